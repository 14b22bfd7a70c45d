"""The accuracy reward: 1.0 when the completion's final answer equals the gold answer, else 0.0.

Correctness comes from the verifier (:func:`openrs_rewards.verify_batch`), never from re-parsing here: the rewards
read :class:`~openrs_rewards.Verdict` objects. :class:`VerifiedReward` is the shared base of every reward that needs
correctness (accuracy, cosine, Kimi length).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from openrs_rewards.rewards.base import Reward, completion_texts, find_gold_column
from openrs_rewards.verifiers.options import REWARD_OPTIONS, AnswerRegion, UnclosedThink, VerifyOptions
from openrs_rewards.verifiers.problem_checks import with_problems
from openrs_rewards.verifiers.text import completion_truncated, prompt_texts, reasoning_end
from openrs_rewards.verifiers.verdict import Verdict

__all__ = [
    "VERDICT_CACHE_SIZE",
    "AccuracyReward",
    "AsyncAccuracyReward",
    "VerifiedReward",
    "clear_verdict_cache",
]


#: How many (verifier, options, completion, gold) verdicts each process keeps. Rewards that score the same batch
#: (accuracy and cosine, say, or a gate and the reward it gates) then verify each completion once per step.
VERDICT_CACHE_SIZE = 4096

_verdict_cache: OrderedDict[tuple[Any, ...], Verdict] = OrderedDict()
_verdict_cache_lock = (
    threading.Lock()
)  # sync rewards run in the trainer's thread, async ones on its event loop


def clear_verdict_cache() -> None:
    """Forget every cached verdict (for example after changing the verifier's configuration in place)."""
    with _verdict_cache_lock:
        _verdict_cache.clear()


def _cache_key(
    verifier: Any, options: VerifyOptions, text: str, gold: str, truncated: bool | None
) -> tuple[Any, ...]:
    # The verifier object itself is part of the key (held, so its id cannot be reused by another one).
    return (verifier, options, gold, text, truncated)


def _cache_lookup(
    verifier: Any,
    options: VerifyOptions,
    texts: Sequence[str],
    golds: Sequence[str],
    truncated: Sequence[bool | None],
) -> tuple[list[Verdict | None], list[int]]:
    verdicts: list[Verdict | None] = [None] * len(texts)
    missing: list[int] = []
    with _verdict_cache_lock:
        for index, (text, gold) in enumerate(zip(texts, golds, strict=True)):
            key = _cache_key(verifier, options, text, gold, truncated[index])
            cached = _verdict_cache.get(key)
            if cached is None:
                missing.append(index)
            else:
                _verdict_cache.move_to_end(key)
                verdicts[index] = cached
    return verdicts, missing


def _cache_store(
    verifier: Any,
    options: VerifyOptions,
    texts: Sequence[str],
    golds: Sequence[str],
    truncated: Sequence[bool | None],
    missing: Sequence[int],
    found: Sequence[Verdict],
    verdicts: list[Verdict | None],
) -> None:
    if len(found) != len(missing):
        raise RuntimeError(f"the verifier returned {len(found)} verdicts for {len(missing)} completions")
    with _verdict_cache_lock:
        for index, verdict in zip(missing, found, strict=True):
            verdicts[index] = verdict
            key = _cache_key(verifier, options, texts[index], golds[index], truncated[index])
            _verdict_cache[key] = verdict
        while len(_verdict_cache) > VERDICT_CACHE_SIZE:
            _verdict_cache.popitem(last=False)


# The verdict statuses counted and logged as ``<name>/<status>`` on every call.
_FAILURES = ("no_answer", "timeout", "invalid_gold", "error")


class VerifiedReward(Reward):
    """Base of the rewards that need to know whether each completion is correct.

    Args:
        gold_column: the dataset column with the gold answers; ``"auto"`` takes the first present of ``answer``,
            ``solution``, ``gold`` (see :data:`~openrs_rewards.rewards.base.GOLD_COLUMNS` for why ``answer``
            comes first). A worked solution works as a gold: the verifier takes its last ``\\boxed{}``.
        timeout: the verifier's deadline per completion, in seconds of worker CPU time (overruns are killed).
        workers: the verifier's worker processes (None: its default).
        answer_region: ``"reasoning_fallback"`` (default: the answer after ``</think>``, else the one inside the
            reasoning) or ``"after_reasoning"`` (strict: only after ``</think>``). The format reward still scores
            a missing final answer.
        unclosed_think: the verifier's policy for a completion that opens ``<think>`` and never closes it
            (``"search_all"`` or ``"no_answer"``; None: the verifier's default).
        last_number_fallback: whether the verifier may take a last number when no explicit answer (box, answer
            tag, final-answer phrase, final math span) is found. Default False for rewards: a reward paid for a
            trailing number teaches a policy to end on a number.
        rounded_answers: whether a decimal answer of 4+ significant digits (3+ against a gold in scientific notation)
            earns the reward for an exact gold it rounds to (``1.732`` for ``\\sqrt{3}``); None: the verifier's
            default (yes). False pays exact answers only (a rounded gold still accepts what rounds to it).
        max_completion_length: the generation limit in tokens; with ``completion_ids``, a completion that reached
            it counts as truncated (explicit answers only). A ``finish_reason`` or ``truncated`` dataset column,
            when the batch has one, says the same per completion (one value given for the whole batch holds for
            each).
        name: the log name (``__name__``); defaults to the registry name.

    Each process keeps the last :data:`VERDICT_CACHE_SIZE` verdicts, keyed by verifier, options, completion, gold
    and truncation: rewards that score the same batch (accuracy and cosine, a gate and the reward it gates) verify
    each completion once.
    """

    def __init__(
        self,
        *,
        gold_column: str = "auto",
        timeout: float = 1.0,
        workers: int | None = None,
        answer_region: AnswerRegion | None = None,
        unclosed_think: UnclosedThink | None = None,
        last_number_fallback: bool | None = None,
        rounded_answers: bool | None = None,
        max_completion_length: int | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(name=name)
        if max_completion_length is not None and (
            isinstance(max_completion_length, bool)
            or not isinstance(max_completion_length, int)
            or max_completion_length < 1
        ):
            raise ValueError(
                f"max_completion_length must be a positive integer, got {max_completion_length!r}"
            )
        self.gold_column = gold_column
        self.timeout = float(timeout) if isinstance(timeout, (int, float)) else timeout
        self.workers = workers
        self.answer_region = answer_region
        self.unclosed_think = unclosed_think
        self.last_number_fallback = last_number_fallback
        self.rounded_answers = rounded_answers
        self.max_completion_length = max_completion_length
        self.verify_options  # noqa: B018 - bad options raise here, when the reward is built

    # -- the verifier -----------------------------------------------------------------------------------------
    @property
    def verify_options(self) -> VerifyOptions:
        """The :class:`~openrs_rewards.verifiers.options.VerifyOptions` this reward verifies with."""
        return REWARD_OPTIONS.with_overrides(
            timeout=self.timeout,
            answer_region=self.answer_region,
            unclosed_think=self.unclosed_think,
            last_number_fallback=self.last_number_fallback,
            rounded_answers=self.rounded_answers,
        )

    def _golds(self, kwargs: Mapping[str, Any], count: int) -> list[str]:
        column = find_gold_column(kwargs, self.gold_column, self.__name__)
        values = list(kwargs[column])
        if len(values) != count:
            raise ValueError(
                f"reward {self.__name__!r}: the gold column {column!r} has {len(values)} values "
                f"for {count} completions"
            )
        return ["" if value is None else str(value) for value in values]

    def _truncated(
        self,
        kwargs: Mapping[str, Any],
        completion_ids: Sequence[Sequence[int]] | None,
        count: int,
        completions: Sequence[Any] | None = None,
    ) -> list[bool | None]:
        """Per completion: stopped at the length limit (True), finished (False) or unknown (None): from a
        ``finish_reason`` / ``truncated`` column, else what each completion's message says, else the token count
        against ``max_completion_length``."""
        for column in ("finish_reason", "truncated"):
            values = kwargs.get(column)
            if isinstance(values, (str, bool)):
                values = [values] * count  # one value for the whole batch ("finish_reason='length'")
            if values is not None and len(values) == count:
                if column == "finish_reason":
                    return [None if value is None else value == "length" for value in values]
                return [None if value is None else bool(value) for value in values]
        said = [completion_truncated(c) for c in completions or ()]
        if len(said) == count and any(flag is not None for flag in said):
            return said
        if (
            self.max_completion_length is not None
            and completion_ids is not None
            and len(completion_ids) == count
        ):
            limit = self.max_completion_length
            return [None if ids is None else len(ids) >= limit for ids in completion_ids]
        return [None] * count

    def _verify(
        self,
        texts: Sequence[str],
        golds: Sequence[str],
        truncated: Sequence[bool | None],
        problems: Sequence[str | None] | None = None,
    ) -> list[Verdict]:
        """One verdict per text (cached by text, gold, truncation and options); with ``problems``, an answer that
        only restates its problem's expression, or rounds where it asks for an exact form, is incorrect (see
        :mod:`openrs_rewards.verifiers.problem_checks`)."""
        if not texts:
            return []
        from openrs_rewards.verifiers import api  # looked up at call time: the verifier is swappable in tests

        verify_batch = api.verify_batch
        options = self.verify_options
        verdicts, missing = _cache_lookup(verify_batch, options, texts, golds, truncated)
        if missing:
            found = list(
                verify_batch(
                    [texts[i] for i in missing],
                    [golds[i] for i in missing],
                    options=options,
                    truncated=[truncated[i] for i in missing],
                    workers=self.workers,
                )
            )
            _cache_store(verify_batch, options, texts, golds, truncated, missing, found, verdicts)
        return with_problems(verdicts, problems, options, texts)  # type: ignore[arg-type]

    async def _averify(
        self,
        texts: Sequence[str],
        golds: Sequence[str],
        truncated: Sequence[bool | None],
        problems: Sequence[str | None] | None = None,
    ) -> list[Verdict]:
        """:meth:`_verify` for coroutines."""
        if not texts:
            return []
        from openrs_rewards.verifiers import api

        options = self.verify_options
        verdicts, missing = _cache_lookup(api.averify_batch, options, texts, golds, truncated)
        if missing:
            found = list(
                await api.averify_batch(
                    [texts[i] for i in missing],
                    [golds[i] for i in missing],
                    options=options,
                    truncated=[truncated[i] for i in missing],
                    workers=self.workers,
                )
            )
            _cache_store(api.averify_batch, options, texts, golds, truncated, missing, found, verdicts)
        return with_problems(verdicts, problems, options, texts)  # type: ignore[arg-type]

    def _report(self, kwargs: Mapping[str, Any], verdicts: Sequence[Verdict | None]) -> None:
        """Log what the verifier extracted and how often it failed (when the trainer passed the loggers)."""
        if callable(kwargs.get("log_extra")):
            self._log_extra(kwargs, "predicted", [v.predicted if v is not None else None for v in verdicts])
            self._log_extra(kwargs, "status", [v.status if v is not None else "skipped" for v in verdicts])
        if callable(kwargs.get("log_metric")):
            for status in _FAILURES:
                self._log_metric(
                    kwargs, status, sum(1 for v in verdicts if v is not None and v.status == status)
                )


class AccuracyReward(VerifiedReward):
    """1.0 when the completion's final answer equals the gold answer, 0.0 when it does not.

    - A gold the verifier cannot parse gives ``None`` (the sample is skipped), never 1.0.
    - A completion with no answer, or whose verification timed out, gives 0.0; the counts are logged as
      ``<name>/no_answer`` and ``<name>/timeout`` (also ``<name>/invalid_gold`` and ``<name>/error``).
    - An internal verifier ``error`` gives ``None``: it says nothing about the completion.
    - With ``require_closed_think=True`` a completion that never writes ``</think>`` gives 0.0 without being
      verified (an answer found inside unfinished reasoning earns nothing; counted as ``<name>/unclosed_think``).

    With ``log_extra`` the trainer's completions table gets ``<name>/predicted`` and ``<name>/status`` columns.

    Args:
        require_closed_think: score 0.0 when the completion has no ``</think>``.
        gold_column, timeout, workers, answer_region, unclosed_think, last_number_fallback, rounded_answers,
            max_completion_length, name: see :class:`VerifiedReward`.

    Example:
        >>> reward = AccuracyReward()
        >>> reward(completions=["<think>1/2 + 1/4</think> \\\\boxed{\\\\frac{3}{4}}", "\\\\boxed{0.7}"],
        ...        answer=["0.75", "0.75"])
        [1.0, 0.0]
    """

    name = "accuracy"

    def __init__(
        self,
        *,
        require_closed_think: bool = False,
        gold_column: str = "auto",
        timeout: float = 1.0,
        workers: int | None = None,
        answer_region: AnswerRegion | None = None,
        unclosed_think: UnclosedThink | None = None,
        last_number_fallback: bool | None = None,
        rounded_answers: bool | None = None,
        max_completion_length: int | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            gold_column=gold_column,
            timeout=timeout,
            workers=workers,
            answer_region=answer_region,
            unclosed_think=unclosed_think,
            last_number_fallback=last_number_fallback,
            rounded_answers=rounded_answers,
            max_completion_length=max_completion_length,
            name=name,
        )
        self.require_closed_think = require_closed_think

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, 1.0)

    def _to_check(self, texts: Sequence[str]) -> list[int]:
        if not self.require_closed_think:
            return list(range(len(texts)))
        return [i for i, text in enumerate(texts) if reasoning_end(text) != -1]

    def _checked_inputs(
        self,
        prompts: Sequence[Any] | None,
        completions: Sequence[Any] | None,
        completion_ids: Sequence[Sequence[int]] | None,
        kwargs: Mapping[str, Any],
    ) -> tuple[int, list[int], tuple[list[str], list[str], list[bool | None], list[str | None] | None]]:
        """The number of completions, the indices of those to verify (``_to_check``), and their texts, golds,
        truncation and problems (None when the prompts are not given one per completion), as ``_verify`` takes them."""
        texts = completion_texts(completions)
        golds = self._golds(kwargs, len(texts))
        checked = self._to_check(texts)
        truncated = self._truncated(kwargs, completion_ids, len(texts), completions)
        problems = prompt_texts(prompts, len(texts))
        inputs = (
            [texts[i] for i in checked],
            [golds[i] for i in checked],
            [truncated[i] for i in checked],
            None if problems is None else [problems[i] for i in checked],
        )
        return len(texts), checked, inputs

    def _finish(
        self, kwargs: Mapping[str, Any], count: int, checked: Sequence[int], verdicts: Sequence[Verdict]
    ) -> list[float | None]:
        full: list[Verdict | None] = [None] * count
        for index, verdict in zip(checked, verdicts, strict=True):
            full[index] = verdict
        rewards: list[float | None] = []
        for outcome in full:
            if outcome is None:  # not verified: no closed </think>
                rewards.append(0.0)
            elif outcome.status in ("invalid_gold", "error"):
                rewards.append(None)
            else:
                rewards.append(1.0 if outcome.correct else 0.0)
        self._report(kwargs, full)
        if self.require_closed_think:
            self._log_metric(kwargs, "unclosed_think", count - len(checked))
        return rewards

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        count, checked, inputs = self._checked_inputs(prompts, completions, completion_ids, kwargs)
        return self._finish(kwargs, count, checked, self._verify(*inputs))


class AsyncAccuracyReward(AccuracyReward):
    """:class:`AccuracyReward` with an ``async`` call: TRL's trainer awaits it concurrently with its other async
    rewards, and the verification never blocks the event loop.

    Example:
        >>> import asyncio
        >>> asyncio.run(AsyncAccuracyReward()(completions=["\\\\boxed{4}"], solution=["$2+2=\\\\boxed{4}$"]))
        [1.0]
    """

    name = "accuracy_async"

    async def __call__(  # type: ignore[override]
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        count, checked, inputs = self._checked_inputs(prompts, completions, completion_ids, kwargs)
        return self._finish(kwargs, count, checked, await self._averify(*inputs))
