"""Length rewards: the cosine length-scaled reward, Kimi 1.5's length penalty and DAPO's soft overlong punishment.

Lengths are in tokens by default: from ``completion_ids`` (TRL passes them), else from a ``tokenizer`` given to the
reward, else estimated from characters with a warning (see :meth:`Reward._lengths`). ``length_unit="chars"`` counts
characters instead.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from openrs_rewards.rewards.accuracy import VerifiedReward
from openrs_rewards.rewards.base import LengthUnit, Reward, check_unit, completion_texts
from openrs_rewards.verifiers.options import AnswerRegion, UnclosedThink
from openrs_rewards.verifiers.text import prompt_texts
from openrs_rewards.verifiers.verdict import Verdict

__all__ = ["AsyncCosineReward", "CosineReward", "KimiLengthReward", "SoftOverlongReward", "resolve_tokenizer"]


def resolve_tokenizer(tokenizer: Any, reward: str) -> Any:
    """The ``tokenizer`` a length reward counts tokens with, checked when the reward is built, not on its first call.

    ``None`` (count from ``completion_ids``), a callable returning token ids, or an object with ``encode`` are kept
    as they are. A string (``cosine(tokenizer='gpt2')`` in a spec) names a tokenizer: a local directory or a hub id
    already in the local cache, loaded with ``transformers.AutoTokenizer`` offline (nothing is downloaded; a reward
    is built inside training workers that may have no network). Anything else, or a name that cannot be loaded, is
    a ``ValueError`` that says what to pass instead.

    >>> resolve_tokenizer(str.split, "cosine")("a b c")
    ['a', 'b', 'c']
    >>> resolve_tokenizer(42, "cosine")
    Traceback (most recent call last):
    ...
    ValueError: reward 'cosine': tokenizer must be a callable returning token ids, an object with encode(), or the name of a local tokenizer; got int 42
    """
    # A str has an ``encode`` method too (to bytes): a name is checked first.
    if not isinstance(tokenizer, str) and (
        tokenizer is None or callable(tokenizer) or callable(getattr(tokenizer, "encode", None))
    ):
        return tokenizer
    if not isinstance(tokenizer, str):
        raise ValueError(
            f"reward {reward!r}: tokenizer must be a callable returning token ids, an object with encode(), or the "
            f"name of a local tokenizer; got {type(tokenizer).__name__} {tokenizer!r}"
        )
    instead = (
        "pass completion_ids (TRL does), a tokenizer object from Python, or length_unit='chars'; "
        "a tokenizer by name must already be on this machine (a local directory, or a hub id in the local cache)"
    )
    try:
        from transformers import AutoTokenizer  # imported here: the core never needs transformers
    except ImportError:
        raise ValueError(
            f"reward {reward!r}: tokenizer={tokenizer!r} names a tokenizer, which needs transformers "
            f"(pip install 'openrs-rewards[trl]'); or {instead}"
        ) from None
    try:
        return AutoTokenizer.from_pretrained(tokenizer, local_files_only=True)
    except Exception as exc:
        raise ValueError(
            f"reward {reward!r}: cannot load the tokenizer {tokenizer!r} offline ({type(exc).__name__}: "
            f"{str(exc).splitlines()[0] if str(exc) else 'no message'}); {instead}"
        ) from None


# Open-RS3's cosine settings (recipes/grpo.yaml of github.com/knoveleng/open-rs, Experiment 3).
_OPEN_RS = {
    "max_len": 3584,
    "min_value_wrong": 0.0,
    "max_value_wrong": -0.5,
    "min_value_correct": 0.5,
    "max_value_correct": 1.0,
}
# open-r1 / TRL's defaults, here with the direction the paper describes.
_DEFAULTS = {
    "max_len": 4096,
    "min_value_wrong": -1.0,
    "max_value_wrong": -0.5,
    "min_value_correct": 0.5,
    "max_value_correct": 1.0,
}


class CosineReward(VerifiedReward):
    """Correctness scaled by length on a cosine schedule ("Demystifying Long Chain-of-Thought Reasoning",
    Yeo et al. 2025, arXiv:2502.03373, Appendix C.1), clamped at ``max_len``.

    With ``progress = min(length / max_len, 1)`` and ``c = cos(progress * pi)`` (1 at length 0, -1 at ``max_len``):

    - a **correct** answer earns ``max_value_correct`` at length 0, falling to ``min_value_correct`` at ``max_len``:
      a shorter correct answer is better;
    - a **wrong** answer (no answer and a verifier timeout count as wrong) earns ``min_value_wrong`` at length 0,
      rising to ``max_value_wrong`` at ``max_len``: a longer wrong attempt is penalised *less*, as the paper
      prescribes, so that the model keeps thinking when it has not found the answer;
    - a gold the verifier cannot parse gives ``None`` (never a reward), as does an internal verifier error.

    Longer than ``max_len`` stays at the ``max_len`` value (the cosine is periodic: unclamped, a completion of twice
    ``max_len`` would earn as much as an empty one). The values must satisfy ``min_value_wrong <= max_value_wrong``
    and ``min_value_correct <= max_value_correct``; defaults -1.0, -0.5, 0.5, 1.0 and ``max_len`` 4096.

    ``open_rs_compat=True`` reproduces the reward Open-RS3 trained with (open-r1's ``cosine_scaled_reward`` and
    Open-RS's settings), bugs included, **for reproducing the paper only**: the length in characters (although its
    ``max_len`` 3584 was the token limit), no clamping (past ``max_len`` the reward climbs back), ``min_value_wrong``
    0.0 and ``max_value_wrong`` -0.5 (so a longer wrong answer is punished *more*, the opposite of the paper), and
    an unparseable gold earns 1.0. Values given explicitly override those settings.

    Args:
        max_len: the length at which the schedule ends (tokens, or characters with ``length_unit="chars"``).
        min_value_wrong: a wrong answer's reward at length 0.
        max_value_wrong: a wrong answer's reward at ``max_len``.
        min_value_correct: a correct answer's reward at ``max_len``.
        max_value_correct: a correct answer's reward at length 0.
        length_unit: ``"tokens"`` (default) or ``"chars"``.
        tokenizer: used to count tokens when the trainer passes no ``completion_ids``: a callable returning token
            ids, an object with ``encode``, or the name of a tokenizer on this machine (loaded offline when the
            reward is built; see :func:`resolve_tokenizer`).
        open_rs_compat: the bug-compatible Open-RS3 mode described above.
        gold_column, timeout, workers, answer_region, unclosed_think, last_number_fallback, rounded_answers,
            max_completion_length, name: see :class:`VerifiedReward`.

    Example:
        >>> reward = CosineReward(max_len=100)
        >>> reward(completions=["\\\\boxed{7}", "\\\\boxed{8}"], answer=["7", "7"],
        ...        completion_ids=[[0] * 50, [0] * 50])
        [0.75, -0.75]
        >>> CosineReward(open_rs_compat=True)(completions=["x" * 3575 + "\\\\boxed{8}"], answer=["7"])
        [-0.5]
    """

    name = "cosine"

    def __init__(
        self,
        *,
        max_len: int | None = None,
        min_value_wrong: float | None = None,
        max_value_wrong: float | None = None,
        min_value_correct: float | None = None,
        max_value_correct: float | None = None,
        length_unit: LengthUnit | None = None,
        tokenizer: Any = None,
        open_rs_compat: bool = False,
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
        defaults = _OPEN_RS if open_rs_compat else _DEFAULTS
        given = {
            "max_len": max_len,
            "min_value_wrong": min_value_wrong,
            "max_value_wrong": max_value_wrong,
            "min_value_correct": min_value_correct,
            "max_value_correct": max_value_correct,
        }
        values = {key: defaults[key] if value is None else value for key, value in given.items()}
        if open_rs_compat and length_unit not in (None, "chars"):
            raise ValueError("open_rs_compat=True counts characters, as Open-RS did; leave length_unit unset")
        self.open_rs_compat = bool(open_rs_compat)
        self.length_unit: LengthUnit = check_unit(length_unit or ("chars" if open_rs_compat else "tokens"))
        self.max_len = int(values["max_len"])
        self.min_value_wrong = float(values["min_value_wrong"])
        self.max_value_wrong = float(values["max_value_wrong"])
        self.min_value_correct = float(values["min_value_correct"])
        self.max_value_correct = float(values["max_value_correct"])
        self.tokenizer = resolve_tokenizer(tokenizer, self.__name__)
        if self.max_len <= 0:
            raise ValueError(f"max_len must be a positive length, got {max_len!r}")
        if not all(math.isfinite(v) for v in self._values()):
            raise ValueError(f"the cosine reward's values must be finite numbers, got {self._values()}")
        if not open_rs_compat:
            if self.min_value_wrong > self.max_value_wrong:
                raise ValueError(
                    f"min_value_wrong ({self.min_value_wrong}) > max_value_wrong ({self.max_value_wrong}) would punish "
                    "a longer wrong answer more, the opposite of the paper's schedule. Open-RS3 set them so by "
                    "mistake; use open_rs_compat=True to reproduce that run."
                )
            if self.min_value_correct > self.max_value_correct:
                raise ValueError(
                    f"min_value_correct ({self.min_value_correct}) > max_value_correct ({self.max_value_correct}): "
                    "max_value_correct is the reward of the shortest correct answer and must be the larger"
                )

    def _values(self) -> tuple[float, float, float, float]:
        return (self.min_value_wrong, self.max_value_wrong, self.min_value_correct, self.max_value_correct)

    @property
    def bounds(self) -> tuple[float, float]:
        values = self._values() + ((1.0,) if self.open_rs_compat else ())
        return (min(values), max(values))

    def value(self, length: float, correct: bool) -> float:
        """The reward of a completion of ``length`` units that is ``correct`` or not.

        >>> reward = CosineReward(max_len=10)
        >>> reward.value(0, True), reward.value(10, True), reward.value(0, False), reward.value(99, False)
        (1.0, 0.5, -1.0, -0.5)
        """
        progress = max(0.0, length / self.max_len)
        if not self.open_rs_compat:
            progress = min(progress, 1.0)
        cosine = math.cos(progress * math.pi)
        if correct:
            low, high = self.min_value_correct, self.max_value_correct
        else:
            low, high = self.max_value_wrong, self.min_value_wrong
        return low + 0.5 * (high - low) * (1.0 + cosine)

    def _rewards(
        self, kwargs: Mapping[str, Any], lengths: Sequence[int], verdicts: Sequence[Verdict]
    ) -> list[float | None]:
        rewards: list[float | None] = []
        for length, verdict in zip(lengths, verdicts, strict=True):
            if verdict.status == "invalid_gold":
                rewards.append(1.0 if self.open_rs_compat else None)
            elif verdict.status == "error":
                rewards.append(None)
            else:
                rewards.append(self.value(length, verdict.correct))
        self._report(kwargs, verdicts)
        self._log_extra(kwargs, "length", list(lengths))
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
        lengths = self._lengths(texts, completion_ids, self.length_unit, self.tokenizer, kwargs)
        truncated = self._truncated(kwargs, completion_ids, len(texts), completions)
        return self._rewards(
            kwargs, lengths, self._verify(texts, golds, truncated, prompt_texts(prompts, len(texts)))
        )


class AsyncCosineReward(CosineReward):
    """:class:`CosineReward` with an ``async`` call, so TRL's trainer runs it concurrently with its other async
    rewards; the verification never blocks the event loop.

    Example:
        >>> import asyncio
        >>> asyncio.run(AsyncCosineReward(max_len=10)(completions=["\\\\boxed{7}"], answer=["7"],
        ...                                            completion_ids=[[0] * 10]))
        [0.5]
    """

    name = "cosine_async"

    async def __call__(  # type: ignore[override]
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        texts = completion_texts(completions)
        golds = self._golds(kwargs, len(texts))
        lengths = self._lengths(texts, completion_ids, self.length_unit, self.tokenizer, kwargs)
        return self._rewards(
            kwargs,
            lengths,
            await self._averify(
                texts,
                golds,
                self._truncated(kwargs, completion_ids, len(texts), completions),
                prompt_texts(prompts, len(texts)),
            ),
        )


class KimiLengthReward(VerifiedReward):
    """Kimi 1.5's length penalty (Kimi Team 2025, arXiv:2501.12599, section 2.3.3), normalised within each prompt's
    group of generations.

    Within a group with shortest length ``min`` and longest ``max``, a completion of length ``len`` has
    ``lam = 0.5 - (len - min) / (max - min)``; a correct answer earns ``lam`` (+0.5 for the shortest, -0.5 for the
    longest) and a wrong one ``min(0, lam)`` (never rewarded for being short). A group whose lengths are all equal
    earns 0. An unparseable gold or a verifier error gives ``None``.

    Groups are the generations of one prompt, as GRPO samples them: ``group_size`` (or ``num_generations`` when the
    trainer passes it) consecutive completions; else runs of consecutive completions with an equal prompt; with
    neither, the whole batch (with a warning). Normalising over the whole device batch instead, as common
    implementations do, lets one long group flatten every other group's signal.

    Args:
        group_size: generations per prompt (GRPO's ``num_generations``); None: from the prompts.
        length_unit: ``"tokens"`` (default) or ``"chars"``.
        tokenizer: counts tokens when no ``completion_ids`` are passed (see :class:`CosineReward`).
        gold_column, timeout, workers, answer_region, unclosed_think, last_number_fallback, rounded_answers,
            max_completion_length, name: see :class:`VerifiedReward`.

    Example:
        >>> reward = KimiLengthReward()
        >>> reward(prompts=["p", "p", "p"], completions=["\\\\boxed{1}", "\\\\boxed{1}", "\\\\boxed{2}"],
        ...        answer=["1", "1", "1"], completion_ids=[[0] * 10, [0] * 20, [0] * 30])
        [0.5, 0.0, -0.5]
    """

    name = "length"

    def __init__(
        self,
        *,
        group_size: int | None = None,
        length_unit: LengthUnit = "tokens",
        tokenizer: Any = None,
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
        if group_size is not None and group_size < 1:
            raise ValueError(f"group_size must be >= 1, got {group_size!r}")
        self.group_size = group_size
        self.length_unit: LengthUnit = check_unit(length_unit)
        self.tokenizer = resolve_tokenizer(tokenizer, self.__name__)

    @property
    def bounds(self) -> tuple[float, float]:
        return (-0.5, 0.5)

    def groups(
        self, count: int, prompts: Sequence[Any] | None, kwargs: Mapping[str, Any] | None = None
    ) -> list[range]:
        """The index ranges of the prompt groups in a batch of ``count`` completions."""
        size = self.group_size or (kwargs or {}).get("num_generations")
        if isinstance(size, int) and size >= 1:
            if count % size:
                raise ValueError(
                    f"reward {self.__name__!r}: {count} completions do not split into groups of {size} generations"
                )
            return [range(start, start + size) for start in range(0, count, size)]
        if prompts is not None and len(prompts) == count:
            groups, start = [], 0
            for index in range(1, count + 1):
                if index == count or prompts[index] != prompts[start]:
                    groups.append(range(start, index))
                    start = index
            return groups
        if count:
            self._warn_once(
                "no_groups",
                f"reward {self.__name__!r} got no prompts and no group_size: normalising over the whole batch",
            )
        return [range(count)] if count else []

    @staticmethod
    def lambdas(lengths: Sequence[int], groups: Sequence[range]) -> list[float]:
        """``0.5 - (len - min) / (max - min)`` per completion, min and max taken within its group."""
        result = [0.0] * len(lengths)
        for group in groups:
            values = [lengths[i] for i in group]
            low, high = min(values), max(values)
            if high == low:
                continue
            for i in group:
                result[i] = 0.5 - (lengths[i] - low) / (high - low)
        return result

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        texts = completion_texts(completions)
        golds = self._golds(kwargs, len(texts))
        groups = self.groups(len(texts), prompts, kwargs)
        lengths = self._lengths(texts, completion_ids, self.length_unit, self.tokenizer, kwargs)
        verdicts = self._verify(
            texts,
            golds,
            self._truncated(kwargs, completion_ids, len(texts), completions),
            prompt_texts(prompts, len(texts)),
        )
        rewards: list[float | None] = []
        for lam, verdict in zip(self.lambdas(lengths, groups), verdicts, strict=True):
            if verdict.status in ("invalid_gold", "error"):
                rewards.append(None)
            else:
                rewards.append(lam if verdict.correct else min(0.0, lam))
        self._report(kwargs, verdicts)
        self._log_extra(kwargs, "length", list(lengths))
        return rewards


class SoftOverlongReward(Reward):
    """DAPO's soft overlong punishment (Yu et al. 2025, arXiv:2503.14476, eq. 13): 0 up to ``max_len - cache_len``,
    then falling linearly to -1 at ``max_len``, and -1 beyond.

    It punishes completions that approach the generation limit without rewarding short ones. Needs no gold.

    Args:
        max_len: the generation limit (``max_completion_length``), in tokens or characters.
        cache_len: the width of the soft-punishment zone before ``max_len`` (0: a hard step at ``max_len``).
        length_unit: ``"tokens"`` (default) or ``"chars"``.
        tokenizer: counts tokens when no ``completion_ids`` are passed (see :class:`CosineReward`).
        name: the log name (``__name__``).

    Example:
        >>> reward = SoftOverlongReward(max_len=100, cache_len=20)
        >>> reward(completions=["a", "b", "c"], completion_ids=[[0] * 80, [0] * 90, [0] * 120])
        [0.0, -0.5, -1.0]
    """

    name = "soft_overlong"

    def __init__(
        self,
        *,
        max_len: int = 4096,
        cache_len: int = 512,
        length_unit: LengthUnit = "tokens",
        tokenizer: Any = None,
        name: str | None = None,
    ) -> None:
        super().__init__(name=name)
        if not 0 <= cache_len <= max_len or max_len <= 0:
            raise ValueError(
                f"need 0 <= cache_len <= max_len and max_len > 0, got {cache_len!r} and {max_len!r}"
            )
        self.max_len = int(max_len)
        self.cache_len = int(cache_len)
        self.length_unit: LengthUnit = check_unit(length_unit)
        self.tokenizer = resolve_tokenizer(tokenizer, self.__name__)

    @property
    def bounds(self) -> tuple[float, float]:
        return (-1.0, 0.0)

    def value(self, length: int) -> float:
        """The punishment of a completion of ``length`` units."""
        start = self.max_len - self.cache_len
        if length <= start:
            return 0.0
        if length > self.max_len:
            return -1.0
        return (start - length) / self.cache_len

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        texts = completion_texts(completions)
        if completions is None and completion_ids is not None:
            texts = [""] * len(completion_ids)
        lengths = self._lengths(texts, completion_ids, self.length_unit, self.tokenizer, kwargs)
        return [self.value(length) for length in lengths]
