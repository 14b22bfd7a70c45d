"""Reward specs -> TRL ``GRPOTrainer`` ``reward_funcs`` and ``reward_weights``.

TRL (checked against 1.16) calls every reward function as::

    func(prompts=..., completions=..., completion_ids=..., **dataset_columns,
         trainer_state=..., log_extra=..., log_metric=...)

where ``completions`` are strings or chat-message lists, ``completion_ids`` lists of token ids, every dataset column
except ``prompt`` arrives by its name (one value per completion), ``log_extra(column, values)`` adds a column to the
completions table and ``log_metric(name, value)`` logs a scalar next to ``kl`` and ``entropy``. A ``None`` in the
returned list means "no reward for this sample" (TRL turns it into NaN and leaves it out of the sums). Each function
is logged as ``rewards/<its __name__>/mean`` and ``.../std``; an ``async def __call__`` runs concurrently with the
other async rewards.

:class:`TRLReward` wraps one reward so that

- its log name is unique in the run (two ``cosine`` rewards become ``cosine`` and ``cosine_2``);
- it receives only the keywords it accepts (a third-party reward with a fixed signature still works), and everything
  (columns, ``completion_ids``, ``log_extra``, ``log_metric``, ``trainer_state``) when it takes ``**kwargs``;
- its share of ``None`` results is logged as ``rewards/<name>/none_share``;
- it stays picklable and keeps the async-ness of the reward it wraps.

A composed reward with a ``parts()`` method (a weighted sum) is expanded into one TRL reward per part, with the
part weights multiplied into ``reward_weights``, so the trainer logs each part separately.

This module imports neither torch nor trl.
"""

from __future__ import annotations

import contextlib
import inspect
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openrs_rewards.rewards.calling import acall_reward, call_reward, reward_kwargs_accepted, reward_label

__all__ = [
    "CONTEXT_PARAMETERS",
    "RewardEntry",
    "TRLReward",
    "build_reward_funcs",
    "expand_entries",
    "reward_kwargs_accepted",
]

#: Options the glue fills in for a reward that has such a constructor parameter and whose spec leaves it unset:
#: context key -> accepted parameter names. ``gold_column``: the dataset column holding the gold answer;
#: ``prefilled_think``: whether the chat template opened ``<think>`` before the completion starts; ``group_size``:
#: generations per prompt; ``max_completion_length``: the generation limit in tokens.
CONTEXT_PARAMETERS: dict[str, tuple[str, ...]] = {
    "gold_column": ("gold_column", "answer_column", "solution_column", "gold_key"),
    "prefilled_think": ("prefilled_think", "think_prefilled", "think_prefix", "assume_think_open"),
    # GRPO's num_generations: group-normalised rewards (Kimi's length reward) then never fall back to guessing
    # groups from repeated prompts.
    "group_size": ("group_size",),
    # GRPO's max_completion_length: a completion that used all of it was cut off, so the verified rewards read it for
    # explicit answers only (never a trailing number of an unfinished sentence).
    "max_completion_length": ("max_completion_length",),
}


@dataclass
class RewardEntry:
    """One reward as the trainer will see it."""

    name: str  # the log name: rewards/<name>/mean
    weight: float
    reward: Any  # the callable reward object
    spec: str = ""  # the spec it came from, for display
    part_of: str | None = None  # the composed reward it was expanded from
    injected: dict[str, Any] = field(default_factory=dict)  # options the glue filled in

    def describe(self) -> str:
        origin = f" (part of {self.part_of})" if self.part_of else ""
        injected = ", ".join(f"{k}={v!r}" for k, v in self.injected.items())
        injected = f"; set by the glue: {injected}" if injected else ""
        return f"{self.name}: weight {self.weight:g}, {type(self.reward).__name__}{origin}{injected}"


def _is_async(func: Any) -> bool:
    return inspect.iscoroutinefunction(func) or inspect.iscoroutinefunction(getattr(func, "__call__", None))  # noqa: B004


def _batch_name(kwargs: Mapping[str, Any]) -> str | None:
    """The training step of this batch, for error messages, when TRL passes its ``trainer_state``."""
    step = getattr(kwargs.get("trainer_state"), "global_step", None)
    return f"training step {step}" if isinstance(step, int) else None


class TRLReward:
    """A reward as one TRL reward function: a unique ``__name__``, keyword filtering, ``None``-share logging.

    The reward is called through :func:`~openrs_rewards.rewards.calling.call_reward` (which filters the keywords,
    checks one finite number or ``None`` per completion and maps NaN to ``None``). Picklable as long as the wrapped
    reward is.
    """

    def __init__(self, reward: Callable[..., Any], name: str) -> None:
        if not callable(reward):
            raise TypeError(f"reward {name!r} is not callable: {reward!r}")
        self.reward = reward
        self.__name__ = name

    def __repr__(self) -> str:
        return f"TRLReward({self.__name__!r}, {self.reward!r})"

    def _log_none_share(self, values: list[float | None], kwargs: Mapping[str, Any]) -> list[float | None]:
        log_metric = kwargs.get("log_metric")
        if callable(log_metric) and values:
            log_metric(f"rewards/{self.__name__}/none_share", values.count(None) / len(values))
        return values

    def __call__(
        self, prompts: Any = None, completions: Any = None, completion_ids: Any = None, **kwargs: Any
    ) -> list[float | None]:
        values = call_reward(
            self.reward,
            prompts=prompts,
            completions=list(completions or ()),
            completion_ids=completion_ids,
            columns=kwargs,
            label=self.__name__,
            batch=_batch_name(kwargs),
        )
        return self._log_none_share(values, kwargs)


class AsyncTRLReward(TRLReward):
    """:class:`TRLReward` for a reward whose ``__call__`` is ``async``: TRL awaits it next to the other async ones."""

    async def __call__(  # type: ignore[override]
        self, prompts: Any = None, completions: Any = None, completion_ids: Any = None, **kwargs: Any
    ) -> list[float | None]:
        values = await acall_reward(
            self.reward,
            prompts=prompts,
            completions=list(completions or ()),
            completion_ids=completion_ids,
            columns=kwargs,
            label=self.__name__,
            batch=_batch_name(kwargs),
        )
        return self._log_none_share(values, kwargs)


def wrap(reward: Callable[..., Any], name: str) -> TRLReward:
    return AsyncTRLReward(reward, name) if _is_async(reward) else TRLReward(reward, name)


# ----------------------------------------------------------------------------------------------------------------


def _parts(reward: Any) -> list[tuple[str, float, Any]] | None:
    """The parts of a composed (weighted-sum) reward as (name, weight, reward), or None when it is not one.

    Accepts ``parts()`` returning (name, weight, reward) tuples, (weight, reward) pairs, mappings with those keys,
    or objects with ``name`` / ``weight`` / ``reward`` attributes.
    """
    method = getattr(reward, "parts", None)
    if not callable(method):
        return None
    parts = []
    for item in method():
        if isinstance(item, Mapping):
            reward_obj = item.get("reward")
            name = item.get("name") or reward_label(reward_obj)
            weight = item.get("weight", 1.0)
        elif isinstance(item, tuple) and len(item) == 3:
            name, weight, reward_obj = item
        elif isinstance(item, tuple) and len(item) == 2:
            weight, reward_obj = item
            name = reward_label(reward_obj)
        else:
            reward_obj = getattr(item, "reward", item)
            name = getattr(item, "name", None) or reward_label(reward_obj)
            weight = getattr(item, "weight", 1.0)
        parts.append((str(name), float(weight), reward_obj))
    return parts or None


def _constructor_parameters(name: str) -> set[str] | None:
    """The constructor parameters of a registered reward, or None when unknown (then nothing is injected)."""
    try:
        from openrs_rewards.plugins import describe
    except ImportError:  # pragma: no cover - the registry ships with the package
        return None
    try:
        info = describe(name)
    except Exception:
        return None
    return {p.name for p in info.parameters}


def _from_spec(spec: str, context: Mapping[str, Any]) -> tuple[Any, str, dict[str, Any]]:
    from openrs_rewards.plugins import get_reward
    from openrs_rewards.plugins.spec import parse_spec

    parsed = parse_spec(spec)
    injected: dict[str, Any] = {}
    parameters = _constructor_parameters(parsed.qualified_name) if context else None
    if parameters:
        for key, value in context.items():
            if value is None:
                continue
            for candidate in CONTEXT_PARAMETERS.get(key, (key,)):
                if candidate in parameters and candidate not in parsed.kwargs:
                    injected[candidate] = value
                    break
    reward = get_reward(parsed, **injected)
    return reward, parsed.name, injected


def expand_entries(
    rewards: Iterable[Any],
    *,
    context: Mapping[str, Any] | None = None,
    expand_parts: bool = True,
) -> list[RewardEntry]:
    """Rewards (specs, ``{spec, weight}`` mappings, ``(spec_or_reward, weight)`` pairs or reward objects) as entries.

    ``context`` holds ``gold_column`` / ``prefilled_think``, filled into rewards that take them (see
    :data:`CONTEXT_PARAMETERS`) unless the spec sets them. Composed rewards with ``parts()`` are expanded.
    Log names are made unique.
    """
    context = dict(context or {})
    entries: list[RewardEntry] = []
    for item in rewards:
        weight = 1.0
        if isinstance(item, Mapping):
            spec_or_reward: Any = item["spec"] if "spec" in item else item["reward"]
            weight = float(item.get("weight", 1.0))
        elif isinstance(item, tuple) and len(item) == 2:
            spec_or_reward, weight = item[0], float(item[1])
        else:
            spec_or_reward = item
        if isinstance(spec_or_reward, str):
            reward, name, injected = _from_spec(spec_or_reward, context)
            spec = spec_or_reward
        else:
            reward, name, injected, spec = spec_or_reward, reward_label(spec_or_reward), {}, ""
        if not math.isfinite(weight):
            raise ValueError(f"reward {name!r}: weight {weight!r} is not a finite number")
        parts = _parts(reward) if expand_parts else None
        if parts:
            for part_name, part_weight, part in parts:
                entries.append(
                    RewardEntry(
                        f"{name}/{part_name}",
                        weight * part_weight,
                        part,
                        spec,
                        part_of=name,
                        injected=injected,
                    )
                )
        else:
            entries.append(RewardEntry(name, weight, reward, spec, injected=injected))
    _uniquify(entries)
    for entry in entries:
        # A reward built here from a spec logs its own metrics under its __name__: make that the unique TRL name,
        # so that two cosine rewards report cosine/... and cosine_2/..., not both cosine/....
        if entry.spec and entry.part_of is None and getattr(entry.reward, "__name__", None) != entry.name:
            with contextlib.suppress(AttributeError, TypeError):
                entry.reward.__name__ = entry.name
    return entries


def _uniquify(entries: Sequence[RewardEntry]) -> None:
    seen: dict[str, int] = {}
    taken = {entry.name for entry in entries}
    for entry in entries:
        count = seen.get(entry.name, 0) + 1
        seen[entry.name] = count
        if count > 1:
            candidate = f"{entry.name}_{count}"
            while candidate in taken:
                count += 1
                candidate = f"{entry.name}_{count}"
            seen[entry.name] = count
            taken.add(candidate)
            entry.name = candidate


def build_reward_funcs(
    rewards: Iterable[Any],
    *,
    context: Mapping[str, Any] | None = None,
    expand_parts: bool = True,
) -> tuple[list[TRLReward], list[float], list[RewardEntry]]:
    """``(reward_funcs, reward_weights, entries)`` for ``GRPOTrainer(reward_funcs=..., args=GRPOConfig(reward_weights=...))``.

    >>> funcs, weights, _ = build_reward_funcs([{"spec": "format", "weight": 1.0},
    ...                                        {"spec": "cosine(max_len=3584)", "weight": 2.0}])  # doctest: +SKIP
    """
    entries = expand_entries(rewards, context=context, expand_parts=expand_parts)
    if not entries:
        raise ValueError("no rewards given")
    funcs = [wrap(entry.reward, entry.name) for entry in entries]
    return funcs, [entry.weight for entry in entries], entries
