"""The conciseness reward: 1.0 for a short completion, less for a long one.

This module is all a reward plugin needs: a class whose constructor takes the reward's parameters as keywords
(with defaults) and whose instances are called the way TRL's GRPOTrainer calls reward functions. The entry point
in ``pyproject.toml`` makes it known to openrs-rewards as ``concise``:

>>> reward = ConcisenessReward(max_chars=10)
>>> reward(completions=["short", "x" * 15, "x" * 30])
[1.0, 0.5, 0.0]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class ConcisenessReward:
    """Reward short completions: 1.0 up to ``max_chars`` characters, then linearly less, ``min_value`` from twice that.

    Length is counted in characters of the completion text (for a chat completion, of its last message). A
    completion that is not text gives None, which a GRPO trainer leaves out. When the trainer passes
    ``log_metric``, the mean length of the batch is logged as ``concise/mean_chars``.
    """

    def __init__(self, max_chars: int = 4000, min_value: float = 0.0) -> None:
        # Check the parameters here, so that a bad spec fails when the reward is built, not in the middle of a run.
        if max_chars <= 0:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        if min_value > 1.0:
            raise ValueError(f"min_value must be at most 1.0, got {min_value}")
        self.max_chars = max_chars
        self.min_value = min_value
        self.__name__ = "concise"  # TRL logs a reward as rewards/<__name__>/mean

    @property
    def bounds(self) -> tuple[float, float]:
        """The smallest and the largest value this reward returns (``describe`` and ``--list-rewards`` show it)."""
        return (self.min_value, 1.0)

    def __call__(
        self,
        prompts: list[Any] | None = None,
        completions: list[Any] | None = None,
        completion_ids: list[list[int]] | None = None,
        log_metric: Callable[[str, float], None] | None = None,
        **kwargs: Any,  # every other dataset column (the gold answer, say) arrives here by its name
    ) -> list[float | None]:
        texts = [_text(completion) for completion in completions or []]
        lengths = [len(text) for text in texts if text is not None]
        if log_metric is not None and lengths:
            log_metric("concise/mean_chars", sum(lengths) / len(lengths))
        return [None if text is None else self._value(len(text)) for text in texts]

    def _value(self, chars: int) -> float:
        if chars <= self.max_chars:
            return 1.0
        excess = min(1.0, (chars - self.max_chars) / self.max_chars)  # 0 at max_chars, 1 at twice that
        return 1.0 - excess * (1.0 - self.min_value)

    def __repr__(self) -> str:
        return f"ConcisenessReward(max_chars={self.max_chars}, min_value={self.min_value})"


def _text(completion: Any) -> str | None:
    """A completion's text: a string as it is; a chat completion (a list of messages) its last message's content."""
    if isinstance(completion, list) and completion and isinstance(completion[-1], dict):
        completion = completion[-1].get("content")
    return completion if isinstance(completion, str) else None
