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
completion field itself, are not passed again). The reward is called through
:func:`~openrs_rewards.rewards.calling.call_reward` (sync or ``async``; NaN counts as None). A reward that raises,
returns the wrong number of values, or returns something that is not a finite number gives None for that chunk and
an error message naming it, never silently. Warnings a reward emits are collected (each distinct message once) for
the caller to show.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openrs_rewards.rewards.calling import RewardCallError, call_reward
from openrs_rewards.scoring.records import Record, group_key, problem_key

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
        problems = chunks.setdefault(group_key(record), {})
        problems.setdefault(problem_key(record), []).append(index)
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
        where = _where(chunk)
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                values = call_reward(
                    reward,
                    prompts=prompts,
                    completions=[r.completion for r in chunk],
                    completion_ids=None,
                    columns={"answer": [r.gold for r in chunk], **_columns(chunk)},
                    label=label,
                    batch=where,
                )
        except RewardCallError as exc:
            run.errors.append(str(exc))
            continue
        except Exception as exc:
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            run.errors.append(f"reward {label!r} failed on {where} ({len(chunk)} completions): {reason}")
            continue
        finally:
            for warning in caught:
                message = str(warning.message)
                if label not in message:
                    message = f"reward {label!r}: {message}"
                if message not in run.warnings:
                    run.warnings.append(message)
        for index, value in zip(indices, values, strict=True):
            run.values[index] = value
    return run
