"""The accuracy reward: 1.0 when the completion's final answer equals the gold answer, else 0.0.

Correctness comes from the verifier (:func:`openrs_rewards.verify_batch`), never from re-parsing here: the rewards
read :class:`~openrs_rewards.Verdict` objects. :class:`VerifiedReward` is the shared base of every reward that needs
correctness (accuracy, cosine, Kimi length).
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from openrs_rewards.rewards.base import Reward, completion_texts, find_gold_column
from openrs_rewards.verifiers.verdict import Verdict

__all__ = [
    "VERDICT_CACHE_SIZE",
    "AccuracyReward",
    "AsyncAccuracyReward",
    "VerifiedReward",
    "clear_verdict_cache",
]

UnclosedThink = Literal["search_all", "no_answer"]

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


def _cache_key(verifier: Any, options: Mapping[str, Any], text: str, gold: str) -> tuple[Any, ...]:
    # The verifier object itself is part of the key (held, so its id cannot be reused by another one).
    return (verifier, tuple(sorted(options.items())), gold, text)


def _cache_lookup(
    verifier: Any, options: Mapping[str, Any], texts: Sequence[str], golds: Sequence[str]
) -> tuple[list[Verdict | None], list[int]]:
    verdicts: list[Verdict | None] = [None] * len(texts)
    missing: list[int] = []
    with _verdict_cache_lock:
        for index, (text, gold) in enumerate(zip(texts, golds, strict=True)):
            key = _cache_key(verifier, options, text, gold)
            cached = _verdict_cache.get(key)
            if cached is None:
                missing.append(index)
            else:
                _verdict_cache.move_to_end(key)
                verdicts[index] = cached
    return verdicts, missing


def _cache_store(
    verifier: Any,
    options: Mapping[str, Any],
    texts: Sequence[str],
    golds: Sequence[str],
    missing: Sequence[int],
    found: Sequence[Verdict],
    verdicts: list[Verdict | None],
) -> None:
    if len(found) != len(missing):
        raise RuntimeError(f"the verifier returned {len(found)} verdicts for {len(missing)} completions")
    with _verdict_cache_lock:
        for index, verdict in zip(missing, found, strict=True):
            verdicts[index] = verdict
            _verdict_cache[_cache_key(verifier, options, texts[index], golds[index])] = verdict
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
        timeout: the verifier's deadline per completion, in seconds (a hard deadline: overruns are killed).
        workers: the verifier's worker processes (None: its default).
        unclosed_think: the verifier's policy for a completion that opens ``<think>`` and never closes it
            (``"search_all"`` or ``"no_answer"``; None: the verifier's default).
        last_number_fallback: whether the verifier may take the last number when no marked answer is found
            (None: the verifier's default).
        name: the log name (``__name__``); defaults to the registry name.

    Each process keeps the last :data:`VERDICT_CACHE_SIZE` verdicts, keyed by verifier, options, completion and
    gold: rewards that score the same batch (accuracy and cosine, a gate and the reward it gates) verify each
    completion once.
    """

    def __init__(
        self,
        *,
        gold_column: str = "auto",
        timeout: float = 1.0,
        workers: int | None = None,
        unclosed_think: UnclosedThink | None = None,
        last_number_fallback: bool | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(name=name)
        if not timeout > 0:
            raise ValueError(f"timeout must be > 0 seconds, got {timeout!r}")
        if unclosed_think not in (None, "search_all", "no_answer"):
            raise ValueError(f"unclosed_think must be 'search_all' or 'no_answer', got {unclosed_think!r}")
        self.gold_column = gold_column
        self.timeout = float(timeout)
        self.workers = workers
        self.unclosed_think = unclosed_think
        self.last_number_fallback = last_number_fallback

    # -- the verifier -----------------------------------------------------------------------------------------
    def _options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"timeout": self.timeout, "workers": self.workers}
        if self.unclosed_think is not None:
            options["unclosed_think"] = self.unclosed_think
        if self.last_number_fallback is not None:
            options["last_number_fallback"] = self.last_number_fallback
        return options

    def _golds(self, kwargs: Mapping[str, Any], count: int) -> list[str]:
        column = find_gold_column(kwargs, self.gold_column, self.__name__)
        values = list(kwargs[column])
        if len(values) != count:
            raise ValueError(
                f"reward {self.__name__!r}: the gold column {column!r} has {len(values)} values "
                f"for {count} completions"
            )
        return ["" if value is None else str(value) for value in values]

    def _verify(self, texts: Sequence[str], golds: Sequence[str]) -> list[Verdict]:
        if not texts:
            return []
        from openrs_rewards.verifiers import api  # looked up at call time: the verifier is swappable in tests

        verify_batch = api.verify_batch
        options = self._options()
        verdicts, missing = _cache_lookup(verify_batch, options, texts, golds)
        if missing:
            found = list(verify_batch([texts[i] for i in missing], [golds[i] for i in missing], **options))
            _cache_store(verify_batch, options, texts, golds, missing, found, verdicts)
        return verdicts  # type: ignore[return-value]

    async def _averify(self, texts: Sequence[str], golds: Sequence[str]) -> list[Verdict]:
        if not texts:
            return []
        from openrs_rewards.verifiers import api

        averify_batch = getattr(api, "averify_batch", None)
        key = averify_batch if averify_batch is not None else api.verify_batch
        options = self._options()
        verdicts, missing = _cache_lookup(key, options, texts, golds)
        if missing:
            todo_texts, todo_golds = [texts[i] for i in missing], [golds[i] for i in missing]
            if averify_batch is not None:
                found = list(await averify_batch(todo_texts, todo_golds, **options))
            else:
                # A verifier without an async entry point: run it in a thread, never blocking the event loop.
                found = list(await asyncio.to_thread(api.verify_batch, todo_texts, todo_golds, **options))
            _cache_store(key, options, texts, golds, missing, found, verdicts)
        return verdicts  # type: ignore[return-value]

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
        gold_column, timeout, workers, unclosed_think, last_number_fallback, name: see :class:`VerifiedReward`.

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
        unclosed_think: UnclosedThink | None = None,
        last_number_fallback: bool | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            gold_column=gold_column,
            timeout=timeout,
            workers=workers,
            unclosed_think=unclosed_think,
            last_number_fallback=last_number_fallback,
            name=name,
        )
        self.require_closed_think = require_closed_think

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, 1.0)

    def _to_check(self, texts: Sequence[str]) -> list[int]:
        if not self.require_closed_think:
            return list(range(len(texts)))
        return [i for i, text in enumerate(texts) if "</think>" in text]

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
        texts = completion_texts(completions)
        golds = self._golds(kwargs, len(texts))
        checked = self._to_check(texts)
        verdicts = self._verify([texts[i] for i in checked], [golds[i] for i in checked])
        return self._finish(kwargs, len(texts), checked, verdicts)


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
        texts = completion_texts(completions)
        golds = self._golds(kwargs, len(texts))
        checked = self._to_check(texts)
        verdicts = await self._averify([texts[i] for i in checked], [golds[i] for i in checked])
        return self._finish(kwargs, len(texts), checked, verdicts)
