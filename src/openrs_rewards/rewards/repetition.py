"""The repetition penalty: punishes completions that repeat themselves (degenerate loops)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from openrs_rewards.rewards.base import Reward, completion_texts

__all__ = ["RepetitionPenaltyReward"]

RepetitionUnit = Literal["auto", "tokens", "words"]


class RepetitionPenaltyReward(Reward):
    """``max_penalty * (1 - unique n-grams / all n-grams)``: 0 for text that never repeats an n-gram, approaching
    ``max_penalty`` for text that loops ("Demystifying Long Chain-of-Thought Reasoning", arXiv:2502.03373, C.2).

    The n-grams are over token ids when the trainer passes ``completion_ids`` (``unit="auto"``, the default, or
    ``"tokens"``), else over lower-cased whitespace-separated words (``"words"``, or ``"auto"`` without ids). A
    completion with fewer than ``ngram_size`` units earns 0.

    Args:
        ngram_size: the n-gram length.
        max_penalty: the penalty of fully repetitive text; must be <= 0.
        unit: ``"auto"``, ``"tokens"`` or ``"words"`` (see above). ``"tokens"`` without ``completion_ids`` falls
            back to words, with a warning.
        name: the log name (``__name__``).

    Example:
        >>> reward = RepetitionPenaltyReward(ngram_size=2)
        >>> reward(completions=["a b c d", "x x x x x"])
        [0.0, -0.75]
    """

    name = "repetition"

    def __init__(
        self,
        *,
        ngram_size: int = 3,
        max_penalty: float = -1.0,
        unit: RepetitionUnit = "auto",
        name: str | None = None,
    ) -> None:
        super().__init__(name=name)
        if ngram_size < 1:
            raise ValueError(f"ngram_size must be >= 1, got {ngram_size!r}")
        if not max_penalty <= 0:
            raise ValueError(f"max_penalty must be <= 0 (it is a penalty), got {max_penalty!r}")
        if unit not in ("auto", "tokens", "words"):
            raise ValueError(f"unit must be 'auto', 'tokens' or 'words', got {unit!r}")
        self.ngram_size = int(ngram_size)
        self.max_penalty = float(max_penalty)
        self.unit: RepetitionUnit = unit

    @property
    def bounds(self) -> tuple[float, float]:
        return (self.max_penalty, 0.0)

    def penalty(self, units: Sequence[Any]) -> float:
        """The penalty of one sequence of units (token ids or words)."""
        n = self.ngram_size
        total = len(units) - n + 1
        if total <= 0:
            return 0.0
        if n == 1:
            unique = len(set(units))
        else:
            unique = len(set(zip(*(units[i : i + total] for i in range(n)), strict=True)))
        repeated = 1.0 - unique / total
        return self.max_penalty * repeated if repeated else 0.0

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        count = len(completions) if completions is not None else len(completion_ids or ())
        use_ids = self.unit != "words" and completion_ids is not None and len(completion_ids) == count
        if use_ids:
            assert completion_ids is not None
            return [self.penalty(list(ids or ())) for ids in completion_ids]
        if self.unit == "tokens":
            self._warn_once(
                "no_ids",
                f"reward {self.__name__!r} counts token n-grams but got no completion_ids; using words",
            )
        return [self.penalty(text.lower().split()) for text in completion_texts(completions)]
