"""What every framework adapter shares: a reward built from a spec, called the one way, and its result per sample.

- :func:`build_reward` builds a reward from a registered spec (``"accuracy"``, ``"cosine(max_len=3584)"``, a
  plugin's ``"my-rewards:concise"``) through :mod:`openrs_rewards.plugins`, once per process and spec, and refuses a
  group-normalised reward (Kimi's ``length``) where the framework scores one sample at a time.
- :func:`score_samples` / :func:`ascore_samples` call it through
  :func:`~openrs_rewards.rewards.calling.call_reward` / :func:`~openrs_rewards.rewards.calling.acall_reward` and
  return one :class:`SampleScore` per sample: ``None`` ("no reward for this sample") becomes 0.0 with
  ``skipped=True``, and the verifier's status and extracted answer (what the reward reports through
  ``log_extra``) come along for the framework's extra logged fields.
- :func:`size_pool` sizes this process's verifier worker pool once, for frameworks that run several reward
  processes on one machine (verl starts 8 reward workers by default).

>>> [s.score for s in score_samples(build_reward("accuracy"), ["\\\\boxed{7}", "\\\\boxed{8}"], ["7", "7"])]
[1.0, 0.0]
>>> score_samples(build_reward("accuracy"), ["\\\\boxed{7}"], ["7"])[0].extra()
{'skipped': 0.0, 'status': 'correct', 'pred': '7'}
"""

from __future__ import annotations

import asyncio
import inspect
import os
import threading
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from openrs_rewards.rewards.calling import acall_reward, call_reward, reward_label

__all__ = [
    "DEFAULT_SPEC",
    "SPEC_ENV",
    "WORKERS_ENV",
    "GroupRewardError",
    "SampleScore",
    "ascore_samples",
    "build_reward",
    "is_group_normalised",
    "score_samples",
    "size_pool",
    "spec_or_default",
]

#: The reward an adapter uses when none is named.
DEFAULT_SPEC = "accuracy"
#: The environment variable naming the reward spec where a framework's hook takes no arguments (OpenRLHF's
#: ``reward_func`` file, a verifiers reward config entry, slime's ``--custom-rm-path``).
SPEC_ENV = "OPENRS_REWARD_SPEC"
#: The environment variable that sets the verifier workers of each reward process (overrides the adapter's default).
WORKERS_ENV = "OPENRS_VERIFIER_WORKERS"


class GroupRewardError(ValueError):
    """A group-normalised reward was asked for where the framework scores one sample at a time."""


@dataclass(frozen=True)
class SampleScore:
    """One sample's reward as a framework gets it.

    Attributes:
        score: the reward; 0.0 where the reward gave ``None``.
        skipped: the reward gave ``None`` (an unparseable gold, a verifier error): the 0.0 is not a judgement.
        status: the verifier's status (``correct``, ``incorrect``, ``no_answer``, ``timeout``, ``invalid_gold``,
            ``error``), or ``""`` for a reward that does not verify (``format``).
        pred: the answer the verifier extracted, ``""`` when none.
    """

    score: float
    skipped: bool
    status: str = ""
    pred: str = ""

    def extra(self) -> dict[str, Any]:
        """The extra logged fields, the same keys for every sample: ``skipped`` (0.0 / 1.0), ``status``, ``pred``."""
        return {"skipped": float(self.skipped), "status": self.status, "pred": self.pred}


def spec_or_default(spec: str | None) -> str:
    """The spec to use: ``spec``, else ``$OPENRS_REWARD_SPEC``, else :data:`DEFAULT_SPEC`.

    >>> spec_or_default("format")
    'format'
    """
    return spec or os.environ.get(SPEC_ENV) or DEFAULT_SPEC


def is_group_normalised(reward: Any) -> bool:
    """Whether ``reward`` (or a part of a composed one) normalises within groups of generations (it has a
    ``groups`` method, as :class:`~openrs_rewards.rewards.length.KimiLengthReward` does).

    >>> from openrs_rewards.rewards import KimiLengthReward, FormatReward, WeightedSum
    >>> is_group_normalised(WeightedSum([(FormatReward(), 1.0), (KimiLengthReward(), 0.5)]))
    True
    >>> is_group_normalised(FormatReward())
    False
    """
    if callable(getattr(reward, "groups", None)):
        return True
    parts = getattr(reward, "parts", None)
    if callable(parts) and any(is_group_normalised(part) for _, _, part in parts()):
        return True
    return any(
        is_group_normalised(getattr(reward, name, None))
        for name in ("reward", "gate")
        if hasattr(reward, name)
    )


_built: dict[str, Any] = {}
_built_lock = threading.Lock()


def build_reward(
    spec: str | None = None, *, per_sample: bool = False, framework: str = "this framework"
) -> Any:
    """The reward named by ``spec`` (see :func:`spec_or_default`), built once per process and spec by the plugin
    registry, so that every call in a process shares one reward (and its verdict cache).

    Args:
        spec: a registered reward spec; None: ``$OPENRS_REWARD_SPEC`` or ``accuracy``.
        per_sample: the framework calls the reward on one sample at a time; a group-normalised reward then raises
            :class:`GroupRewardError` (normalising a group of one gives every sample 0).
        framework: named in that error.

    Raises :class:`~openrs_rewards.plugins.PluginError` (a ``SpecError`` for a malformed spec) naming the spec.

    >>> build_reward("length", per_sample=True, framework="verl")
    Traceback (most recent call last):
    ...
    openrs_rewards.integrations._common.GroupRewardError: the reward spec 'length' normalises over each prompt's group of generations, but verl scores one sample at a time (its group would be that sample alone, so every reward would be 0); use a per-sample reward (accuracy, cosine, format, ...), or a hook that sees the whole group
    """
    from openrs_rewards import plugins

    wanted = spec_or_default(spec)
    with _built_lock:
        reward = _built.get(wanted)
        if reward is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", plugins.PluginWarning)  # the PluginError says it all
                reward = plugins.get_reward(wanted)
            _built[wanted] = reward
    if per_sample and is_group_normalised(reward):
        raise GroupRewardError(
            f"the reward spec {wanted!r} normalises over each prompt's group of generations, but {framework} "
            "scores one sample at a time (its group would be that sample alone, so every reward would be 0); use a "
            "per-sample reward (accuracy, cosine, format, ...), or a hook that sees the whole group"
        )
    return reward


_sized_pid: int | None = None


def size_pool(workers: int | None, *, processes: int = 1) -> int:
    """Size this process's verifier worker pool, once per process; returns the size set.

    ``workers`` (or ``$OPENRS_VERIFIER_WORKERS``) when given; else, where the framework runs several reward
    processes on one machine, its CPUs shared among the ``processes`` (at least 2 each); else the pool's own
    default. The pool only forks a worker when a comparison needs one, so the size is a ceiling: threads beyond it
    wait for a free worker.

    >>> size_pool(None) >= 1  # one reward process: the pool keeps its own default
    True
    """
    global _sized_pid
    from openrs_rewards.verifiers import guard

    env = os.environ.get(WORKERS_ENV)
    if workers is None and env:
        try:
            workers = int(env)
        except ValueError:
            raise ValueError(f"${WORKERS_ENV} must be a positive integer, got {env!r}") from None
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ValueError(f"verifier workers must be a positive integer, got {workers!r}")
    if workers is None and processes <= 1:
        return guard.get_pool().max_workers
    size = workers or max(2, (os.cpu_count() or 1) // processes)
    if _sized_pid != os.getpid():
        # WorkerPool.max_workers is the ceiling its checkout reads under its lock; set before the first call
        # (a smaller value later only makes new callers wait for a free worker).
        guard.get_pool().max_workers = size
        _sized_pid = os.getpid()
    return size


def _call_arguments(
    reward: Any,
    completions: Sequence[Any],
    golds: Sequence[Any],
    prompts: Sequence[Any] | None,
    columns: Mapping[str, Any] | None,
    batch: str | None,
    logged: dict[str, list[Any]],
) -> dict[str, Any]:
    def log_extra(column: str, values: Sequence[Any]) -> None:
        logged.setdefault(
            column, list(values)
        )  # a composed reward's first verified part speaks for the sample

    texts = ["" if gold is None else str(gold) for gold in golds]
    # "answer" is the first gold column a reward's gold_column="auto" tries; "label" is OpenRLHF's and slime's name.
    every: dict[str, Any] = {"answer": texts, "label": texts, **(columns or {}), "log_extra": log_extra}
    return {
        "prompts": None if prompts is None else list(prompts),
        "completions": list(completions),
        "columns": every,
        "label": reward_label(reward),
        "batch": batch,
    }


def _samples(values: Sequence[float | None], logged: Mapping[str, list[Any]]) -> list[SampleScore]:
    count = len(values)

    def column(suffix: str) -> list[Any]:
        for name, column_values in logged.items():
            if name.endswith(suffix) and len(column_values) == count:
                return column_values
        return [None] * count

    statuses, predicted = column("/status"), column("/predicted")
    return [
        SampleScore(
            score=0.0 if value is None else float(value),
            skipped=value is None,
            status="" if status is None or status == "skipped" else str(status),
            pred="" if pred is None else str(pred),
        )
        for value, status, pred in zip(values, statuses, predicted, strict=True)
    ]


def score_samples(
    reward: Any,
    completions: Sequence[Any],
    golds: Sequence[Any],
    *,
    prompts: Sequence[Any] | None = None,
    columns: Mapping[str, Any] | None = None,
    batch: str | None = None,
) -> list[SampleScore]:
    """Score ``completions`` against ``golds`` (one each) from synchronous code, in any thread.

    The golds reach the reward as the dataset columns ``answer`` and ``label``; ``columns`` adds others (one value
    per completion). An ``async`` reward is awaited (see :func:`~openrs_rewards.rewards.calling.call_reward`).

    >>> score_samples(build_reward("accuracy"), ["so \\\\boxed{18}"], ["18"])
    [SampleScore(score=1.0, skipped=False, status='correct', pred='18')]
    """
    logged: dict[str, list[Any]] = {}
    values = call_reward(
        reward, **_call_arguments(reward, completions, golds, prompts, columns, batch, logged)
    )
    return _samples(values, logged)


async def ascore_samples(
    reward: Any,
    completions: Sequence[Any],
    golds: Sequence[Any],
    *,
    prompts: Sequence[Any] | None = None,
    columns: Mapping[str, Any] | None = None,
    batch: str | None = None,
) -> list[SampleScore]:
    """:func:`score_samples` from a coroutine: an ``async`` reward is awaited on the running loop, a synchronous
    one runs in a thread, so the event loop never blocks on verification.

    >>> asyncio.run(ascore_samples(build_reward("accuracy"), ["so \\\\boxed{17}"], ["18"]))[0].status
    'incorrect'
    """
    logged: dict[str, list[Any]] = {}
    call = _call_arguments(reward, completions, golds, prompts, columns, batch, logged)
    call_is_async = inspect.iscoroutinefunction(reward) or inspect.iscoroutinefunction(
        getattr(reward, "__call__", None)  # noqa: B004 - the method itself, to see whether it is async
    )
    if call_is_async:
        values = await acall_reward(reward, **call)
    else:
        values = await asyncio.to_thread(lambda: call_reward(reward, **call))
    return _samples(values, logged)
