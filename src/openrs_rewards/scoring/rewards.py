"""Running registered rewards over scored records, the way TRL's GRPOTrainer calls them.

Each reward is called once per (model, benchmark) chunk, with the chunk's records ordered so that the samples of a
problem sit together (problems in order of first appearance, samples in input order): a group-normalised reward
(Kimi's length reward, say) then sees each problem's samples side by side. The call is::

    reward(prompts=PROMPTS, completions=[...], completion_ids=None, answer=[gold, ...], **columns)

``PROMPTS`` is the list of ``problem`` (or ``prompt``) fields when every record has one; otherwise the problem ids
when every record has one (so a reward that groups by prompt still sees each problem's samples as one group);
otherwise None. ``answer`` is
the resolved gold. ``columns`` holds every other field present in all records of the chunk, each as a list aligned
with the completions (a field named ``answer``, ``prompts``, ``completions`` or ``completion_ids``, and the
completion field itself, are not passed again). A reward that raises, returns the wrong number of values, or
returns something that is not a number gives None for that chunk and an error message naming it, never silently.
Warnings a reward emits are collected (each distinct message once) for the caller to show.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from numbers import Real
from typing import Any

from openrs_rewards.scoring.records import Record

__all__ = ["RewardRun", "chunk_order", "run_reward"]

_RESERVED = frozenset({"prompts", "completions", "completion_ids", "answer"})


@dataclass
class RewardRun:
    """One reward's value per record (aligned with the records given to :func:`run_reward`) and its errors."""

    label: str
    values: list[float | None]
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # distinct messages the reward warned, in order


def chunk_order(records: Sequence[Record]) -> list[list[int]]:
    """Indices of ``records`` split into (model, benchmark) chunks, each ordered problem by problem.

    Chunks come in order of first appearance; inside one, problems in order of first appearance and each
    problem's samples in input order. A record without a problem id is a problem of its own.
    """
    chunks: dict[tuple[str | None, str | None], dict[object, list[int]]] = {}
    for index, record in enumerate(records):
        problems = chunks.setdefault((record.model, record.benchmark), {})
        key: object = record.problem_id if record.problem_id is not None else ("line", record.line)
        problems.setdefault(key, []).append(index)
    return [[i for indices in problems.values() for i in indices] for problems in chunks.values()]


def _columns(chunk: Sequence[Record]) -> dict[str, list[Any]]:
    shared: set[str] | None = None
    for record in chunk:
        keys = set(record.fields or ())
        shared = keys if shared is None else shared & keys
    excluded = _RESERVED | {r.completion_field for r in chunk if r.completion_field}
    names = [name for name in (chunk[0].fields or {}) if name in (shared or set()) and name not in excluded]
    return {name: [(r.fields or {})[name] for r in chunk] for name in names}


def _where(chunk: Sequence[Record]) -> str:
    first = chunk[0]
    return f"model {first.model or '(none)'!r}, benchmark {first.benchmark or '(none)'!r}"


def run_reward(label: str, reward: Any, records: Sequence[Record]) -> RewardRun:
    """Call ``reward`` over ``records`` (all scoreable), chunk by chunk; never raises for the reward's faults."""
    run = RewardRun(label, [None] * len(records))
    for indices in chunk_order(records):
        chunk = [records[i] for i in indices]
        prompts: list[Any] | None = None
        if all(r.prompt is not None for r in chunk):
            prompts = [r.prompt for r in chunk]
        elif all(r.problem_id is not None for r in chunk):
            prompts = [r.problem_id for r in chunk]
        where = f"{_where(chunk)} ({len(chunk)} completions)"
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                values = reward(
                    prompts=prompts,
                    completions=[r.completion for r in chunk],
                    completion_ids=None,
                    answer=[r.gold for r in chunk],
                    **_columns(chunk),
                )
                values = list(values)
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            run.errors.append(f"reward {label!r} failed on {where}: {reason}")
            continue
        finally:
            for warning in caught:
                message = str(warning.message)
                if label not in message:
                    message = f"reward {label!r}: {message}"
                if message not in run.warnings:
                    run.warnings.append(message)
        if len(values) != len(chunk):
            run.errors.append(
                f"reward {label!r} returned {len(values)} values for {len(chunk)} completions on {where}"
            )
            continue
        bad = [v for v in values if v is not None and not isinstance(v, Real)]
        if bad:
            run.errors.append(
                f"reward {label!r} returned {type(bad[0]).__name__} values (e.g. {bad[0]!r}), not numbers, on {where}"
            )
            continue
        not_finite = 0
        for index, value in zip(indices, values, strict=True):
            if value is None:
                continue
            number = float(value)
            if math.isfinite(number):
                run.values[index] = number
            else:
                not_finite += 1
        if not_finite:
            run.errors.append(
                f"reward {label!r} returned {not_finite} non-finite values (NaN or inf) on {where}; "
                "they count as None"
            )
    return run
