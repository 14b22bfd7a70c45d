"""The conciseness reward: short answers earn 1.0, long ones 0.0, linearly in between."""

from __future__ import annotations

from typing import Any


class ConcisenessReward:
    """Reward short completions: 1.0 up to ``target_words`` words, 0.0 from ``max_words`` on, linear between.

    Length is counted in whitespace-separated words of the completion text (for chat completions, of the last
    message's content). A completion that is not text gives None, which a GRPO trainer skips.
    """

    name = "concise"  # the entry-point name, for logs

    def __init__(self, target_words: int = 100, max_words: int = 400) -> None:
        if not 0 <= target_words < max_words:
            raise ValueError(f"need 0 <= target_words < max_words, got {target_words} and {max_words}")
        self.target_words = target_words
        self.max_words = max_words
        self.__name__ = self.name  # TRL logs each reward under its __name__

    @property
    def bounds(self) -> tuple[float, float]:
        """The smallest and largest value this reward returns."""
        return (0.0, 1.0)

    def __call__(
        self,
        prompts: list[Any] | None = None,
        completions: list[Any] | None = None,
        completion_ids: list[list[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        """Called the way TRL's GRPOTrainer calls reward functions; extra dataset columns arrive in ``kwargs``."""
        return [self._score(completion) for completion in completions or []]

    def _score(self, completion: Any) -> float | None:
        if isinstance(completion, list) and completion and isinstance(completion[-1], dict):
            completion = completion[-1].get("content")  # a chat completion: a list of messages
        if not isinstance(completion, str):
            return None
        words = len(completion.split())
        if words <= self.target_words:
            return 1.0
        if words >= self.max_words:
            return 0.0
        return (self.max_words - words) / (self.max_words - self.target_words)

    def __repr__(self) -> str:
        return f"ConcisenessReward(target_words={self.target_words}, max_words={self.max_words})"
