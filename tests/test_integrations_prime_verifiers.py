"""The PrimeIntellect verifiers adapter, called as verifiers 0.4's ``Task.score`` calls a plugged reward: the
function named by a ``{fn = "pkg.mod:f", weight = ...}`` entry is wrapped (``functools.wraps``) and invoked with
the keywords its signature names from ``task`` (the task data), ``trace`` and ``runtime``, and awaited.
tests/test_real_frameworks.py runs it through verifiers' own loader and ``Task.score``."""

from __future__ import annotations

import asyncio
import functools
import inspect
from dataclasses import dataclass, field
from typing import Any

import pytest

from openrs_rewards.integrations import prime_verifiers
from openrs_rewards.integrations._common import SPEC_ENV


@dataclass
class MathTask:  # a taskset's TaskData with an answer field
    answer: str
    prompt_text: str = "What is 3*6?"


@dataclass
class Trace:
    last_reply: str
    info: dict[str, Any] = field(default_factory=dict)


def invoke_like_verifiers(fn: Any, task: Any, trace: Any) -> Any:
    @functools.wraps(fn)
    def plugged(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    available = {"task": task, "trace": trace}
    params = inspect.signature(plugged).parameters
    return asyncio.run(plugged(**{name: available[name] for name in params if name in available}))


def test_the_reward_takes_task_and_trace_by_name_and_is_async() -> None:
    assert list(inspect.signature(prime_verifiers.accuracy).parameters) == ["task", "trace"]
    assert inspect.iscoroutinefunction(prime_verifiers.accuracy)


def test_accuracy_scores_the_last_reply_against_the_tasks_answer() -> None:
    trace = Trace("so \\boxed{18}")
    assert invoke_like_verifiers(prime_verifiers.accuracy, MathTask("18"), trace) == 1.0
    assert trace.info["openrs"]["accuracy"] == {"skipped": 0.0, "status": "correct", "pred": "18"}
    wrong = Trace("so \\boxed{17}")
    assert invoke_like_verifiers(prime_verifiers.accuracy, MathTask("18"), wrong) == 0.0
    skipped = Trace("\\boxed{1}")
    assert invoke_like_verifiers(prime_verifiers.accuracy, MathTask("\\frac{"), skipped) == 0.0
    assert skipped.info["openrs"]["accuracy"]["skipped"] == 1.0


def test_make_reward_builds_any_spec_and_reward_reads_the_environment(monkeypatch: Any) -> None:
    cosine = prime_verifiers.make_reward("cosine(max_len=200, length_unit='chars')", name="cosine")
    assert cosine.__name__ == "cosine"
    assert 0.5 < invoke_like_verifiers(cosine, MathTask("18"), Trace("\\boxed{18}")) <= 1.0
    monkeypatch.setenv(SPEC_ENV, "format")
    assert invoke_like_verifiers(prime_verifiers.reward, MathTask("4"), Trace("I add.</think> 4")) == 1.0


def test_a_task_without_a_gold_field_is_named_in_the_error() -> None:
    @dataclass
    class NoAnswer:
        prompt_text: str = "?"

    with pytest.raises(KeyError, match="none of the gold answer fields answer, solution, gold"):
        invoke_like_verifiers(prime_verifiers.accuracy, NoAnswer(), Trace("\\boxed{1}"))
