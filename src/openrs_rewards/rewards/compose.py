"""Composing rewards: weighted sums and gates, with every part named so that the trainer logs it separately."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from openrs_rewards.rewards.base import Reward
from openrs_rewards.rewards.calling import call_reward, reward_label

__all__ = ["Gated", "WeightedSum"]

RewardFn = Callable[..., Any]


def _bounds_of(reward: Any) -> tuple[float, float]:
    bounds = getattr(reward, "bounds", None)
    if bounds is None:
        return (float("-inf"), float("inf"))
    low, high = bounds
    return (float(low), float(high))


class WeightedSum(Reward):
    """``sum(weight * part)`` over its parts; a part that gives ``None`` for a sample is left out of that sample's
    sum (as TRL does across reward functions), and a sample every part skips gives ``None``.

    Given to the trainer glue (:func:`openrs_rewards.trainer_glue.adapter.build_reward_funcs`), a weighted sum is
    expanded by :meth:`parts` into one TRL reward function per part, with the weights moved into TRL's
    ``reward_weights``: the trainer then logs each part as ``rewards/<sum name>/<part name>/mean``. Called directly,
    it computes the sum itself.

    Args:
        parts: ``(reward, weight)`` pairs; a reward is any reward callable. Nested weighted sums are flattened by
            :meth:`parts`, their weights multiplied.
        name: the log name (``__name__``).

    Example:
        >>> from openrs_rewards.rewards import FormatReward, ReasoningStepsReward
        >>> total = WeightedSum(parts=[(FormatReward(), 1.0), (ReasoningStepsReward(), 0.5)])
        >>> total(completions=["First, a. Next, b. Finally, c.</think> 4", "4"])
        [1.5, 0.0]
        >>> [(name, weight) for name, weight, _ in total.parts()]
        [('format', 1.0), ('reasoning_steps', 0.5)]
    """

    name = "weighted_sum"

    def __init__(self, parts: Sequence[tuple[RewardFn, float]], *, name: str | None = None) -> None:
        super().__init__(name=name)
        checked: list[tuple[RewardFn, float]] = []
        for index, part in enumerate(parts):
            if not (isinstance(part, tuple | list) and len(part) == 2):
                raise TypeError(f"WeightedSum part {index} must be a (reward, weight) pair, got {part!r}")
            reward, weight = part
            if not callable(reward):
                raise TypeError(f"WeightedSum part {index}: {reward!r} is not callable")
            weight = float(weight)
            if weight != weight or weight in (float("inf"), float("-inf")):
                raise ValueError(f"WeightedSum part {index}: weight {weight!r} is not a finite number")
            checked.append((reward, weight))
        if not checked:
            raise ValueError("WeightedSum needs at least one (reward, weight) part")
        self.rewards = checked

    def parts(self) -> list[tuple[str, float, RewardFn]]:
        """``(name, weight, reward)`` per part, nested sums flattened; names made unique (``cosine``,
        ``cosine_2``)."""
        flat: list[tuple[str, float, RewardFn]] = []
        for reward, weight in self.rewards:
            if isinstance(reward, WeightedSum):
                flat.extend((name, weight * inner, part) for name, inner, part in reward.parts())
            else:
                flat.append((reward_label(reward), weight, reward))
        seen: dict[str, int] = {}
        named = []
        for name, weight, reward in flat:
            seen[name] = seen.get(name, 0) + 1
            named.append((name if seen[name] == 1 else f"{name}_{seen[name]}", weight, reward))
        return named

    @property
    def bounds(self) -> tuple[float, float]:
        # Any non-empty subset of the parts may be summed (the others skipped with None).
        lows, highs = [], []
        for _, weight, reward in self.parts():
            low, high = _bounds_of(reward)
            lows.append(min(weight * low, weight * high) if weight else 0.0)
            highs.append(max(weight * low, weight * high) if weight else 0.0)
        negative = [v for v in lows if v < 0]
        positive = [v for v in highs if v > 0]
        return (sum(negative) if negative else min(lows), sum(positive) if positive else max(highs))

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        batch = list(completions or ())
        totals: list[float | None] = [None] * len(batch)
        for name, weight, reward in self.parts():
            values = call_reward(
                reward,
                prompts=prompts,
                completions=batch,
                completion_ids=completion_ids,
                columns=kwargs,
                label=f"{self.__name__}/{name}",
            )
            for index, value in enumerate(values):
                if value is not None:
                    totals[index] = (totals[index] or 0.0) + weight * float(value)
        return totals

    def _repr_items(self) -> list[tuple[str, Any]]:
        return [("parts", self.rewards)]


class Gated(Reward):
    """``reward`` where ``gate`` reaches ``threshold``, else ``otherwise``: for example, accuracy that counts only
    when the format passes.

    A sample for which ``reward`` gives ``None`` gives ``None``; one for which ``gate`` gives ``None`` counts as
    not passing. The share of samples that pass is logged as ``<name>/gate_open``. The log name defaults to
    ``<reward>_if_<gate>``.

    Args:
        reward: the reward that is gated.
        gate: the reward that decides (e.g. :class:`~openrs_rewards.rewards.FormatReward`).
        threshold: the gate value needed to pass.
        otherwise: the value of a sample that does not pass.
        name: the log name (``__name__``).

    Example:
        >>> from openrs_rewards.rewards import FormatReward, ReasoningStepsReward
        >>> gated = Gated(ReasoningStepsReward(), FormatReward())
        >>> gated(completions=["First, a. Next, b. Finally, c.</think> 4", "First, a. Next, b. Finally, c."])
        [1.0, 0.0]
        >>> gated.__name__
        'reasoning_steps_if_format'
    """

    name = "gated"

    def __init__(
        self,
        reward: RewardFn,
        gate: RewardFn,
        threshold: float = 1.0,
        *,
        otherwise: float = 0.0,
        name: str | None = None,
    ) -> None:
        if not callable(reward) or not callable(gate):
            raise TypeError(f"Gated needs two reward callables, got {reward!r} and {gate!r}")
        super().__init__(name=name or f"{reward_label(reward)}_if_{reward_label(gate)}")
        self.reward = reward
        self.gate = gate
        self.threshold = float(threshold)
        self.otherwise = float(otherwise)

    @property
    def bounds(self) -> tuple[float, float]:
        low, high = _bounds_of(self.reward)
        return (min(low, self.otherwise), max(high, self.otherwise))

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        batch = list(completions or ())
        call: dict[str, Any] = {
            "prompts": prompts,
            "completions": batch,
            "completion_ids": completion_ids,
            "columns": kwargs,
        }
        gates = call_reward(self.gate, label=f"{self.__name__}/{reward_label(self.gate)}", **call)
        values = call_reward(self.reward, label=f"{self.__name__}/{reward_label(self.reward)}", **call)
        opened = [g is not None and g >= self.threshold for g in gates]
        if opened:
            self._log_metric(kwargs, "gate_open", sum(opened) / len(opened))
        return [
            None if value is None else (float(value) if is_open else self.otherwise)
            for value, is_open in zip(values, opened, strict=True)
        ]
