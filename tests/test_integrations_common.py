"""What every framework adapter shares (integrations/_common.py), and that importing the adapters imports no
framework."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.integrations import _common
from openrs_rewards.integrations._common import (
    GroupRewardError,
    SampleScore,
    ascore_samples,
    build_reward,
    is_group_normalised,
    score_samples,
    size_pool,
    spec_or_default,
)
from openrs_rewards.plugins import PluginError, SpecError
from openrs_rewards.rewards import FormatReward, Gated, KimiLengthReward, WeightedSum
from openrs_rewards.verifiers import guard

ADAPTERS = ("verl", "openrlhf", "openrlhf_reward_func", "prime_verifiers", "slime", "nemo_rl")
FRAMEWORKS = (
    "torch",
    "trl",
    "transformers",
    "vllm",
    "ray",
    "verl",
    "openrlhf",
    "verifiers",
    "nemo_rl",
    "slime",
)


def test_importing_the_adapters_imports_no_framework() -> None:
    modules = ", ".join(
        f"openrs_rewards.integrations.{name}" for name in ADAPTERS if name != "openrlhf_reward_func"
    )
    program = (
        f"import sys, json, openrs_rewards.integrations, {modules}\n"
        f"print(json.dumps(sorted(m for m in {FRAMEWORKS!r} if m in sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_samples_carry_status_and_extracted_answer_and_none_becomes_a_recorded_skip() -> None:
    reward = build_reward("accuracy")
    scored = score_samples(
        reward, ["so \\boxed{7}", "so \\boxed{8}", "no answer", "\\boxed{1}"], ["7", "7", "7", "\\frac{"]
    )
    assert scored == [
        SampleScore(1.0, False, "correct", "7"),
        SampleScore(0.0, False, "incorrect", "8"),
        SampleScore(0.0, False, "no_answer", ""),
        SampleScore(0.0, True, "invalid_gold", "1"),
    ]
    assert scored[3].extra() == {"skipped": 1.0, "status": "invalid_gold", "pred": "1"}


def test_a_reward_that_does_not_verify_has_an_empty_status_and_the_same_extra_keys() -> None:
    (scored,) = score_samples(build_reward("format"), ["I add.</think> 4"], ["4"])
    assert scored == SampleScore(1.0, False, "", "")
    assert set(scored.extra()) == {"skipped", "status", "pred"}


def test_async_and_sync_rewards_score_alike_from_a_coroutine() -> None:
    completions, golds = ["\\boxed{\\frac{1}{2}}", "\\boxed{0.4}"], ["0.5", "0.5"]
    sync = asyncio.run(ascore_samples(build_reward("accuracy"), completions, golds))
    asynchronous = asyncio.run(ascore_samples(build_reward("accuracy_async"), completions, golds))
    assert sync == asynchronous == score_samples(build_reward("accuracy_async"), completions, golds)
    assert [s.score for s in sync] == [1.0, 0.0]


def test_a_reward_returning_the_wrong_count_is_refused_through_call_reward() -> None:
    with pytest.raises(ValueError, match="returned 1 values for 2 completions"):
        score_samples(lambda completions, **kw: [1.0], ["a", "b"], ["1", "2"])


def test_build_reward_builds_once_per_spec_and_names_a_bad_spec() -> None:
    assert build_reward("cosine(max_len=100)") is build_reward("cosine(max_len=100)")
    with pytest.raises(SpecError, match="cosine\\(max_len=100"):
        build_reward("cosine(max_len=100")
    with pytest.raises(PluginError, match="accuracyy"):
        build_reward("accuracyy")


def test_the_spec_comes_from_the_argument_then_the_environment_then_the_default(monkeypatch: Any) -> None:
    monkeypatch.delenv(_common.SPEC_ENV, raising=False)
    assert spec_or_default(None) == "accuracy"
    monkeypatch.setenv(_common.SPEC_ENV, "format")
    assert spec_or_default(None) == "format"
    assert spec_or_default("cosine") == "cosine"


def test_group_normalised_rewards_are_found_inside_compositions_and_refused_per_sample() -> None:
    assert is_group_normalised(KimiLengthReward())
    assert is_group_normalised(WeightedSum([(FormatReward(), 1.0), (KimiLengthReward(), 1.0)]))
    assert is_group_normalised(Gated(KimiLengthReward(), FormatReward()))
    assert not is_group_normalised(WeightedSum([(FormatReward(), 1.0)]))
    with pytest.raises(GroupRewardError, match=r"'length' normalises over each prompt's group.*verl"):
        build_reward("length", per_sample=True, framework="verl")
    assert isinstance(build_reward("length"), KimiLengthReward)  # fine where the whole group is scored


@pytest.fixture
def pool_ceiling() -> Any:
    pool = guard.get_pool()
    before, sized = pool.max_workers, _common._sized_pid
    _common._sized_pid = None
    yield pool
    pool.max_workers, _common._sized_pid = before, sized


def test_size_pool_shares_the_cpus_among_the_frameworks_reward_processes(
    pool_ceiling: Any, monkeypatch: Any
) -> None:
    monkeypatch.delenv(_common.WORKERS_ENV, raising=False)
    monkeypatch.setattr(_common.os, "cpu_count", lambda: 64)
    assert size_pool(None, processes=8) == 8
    assert pool_ceiling.max_workers == 8
    assert size_pool(None, processes=8) == 8  # once per process: a second call changes nothing


def test_size_pool_takes_the_environment_and_refuses_nonsense(pool_ceiling: Any, monkeypatch: Any) -> None:
    monkeypatch.setenv(_common.WORKERS_ENV, "3")
    assert size_pool(None, processes=8) == 3
    monkeypatch.setenv(_common.WORKERS_ENV, "three")
    with pytest.raises(ValueError, match="OPENRS_VERIFIER_WORKERS must be a positive integer, got 'three'"):
        size_pool(None)
    with pytest.raises(ValueError, match="positive integer, got 0"):
        size_pool(0)


def test_one_process_keeps_the_pools_own_default(pool_ceiling: Any, monkeypatch: Any) -> None:
    monkeypatch.delenv(_common.WORKERS_ENV, raising=False)
    before = pool_ceiling.max_workers
    assert size_pool(None) == before
    assert pool_ceiling.max_workers == before


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.floats(-1, 1)), max_size=6))
def test_none_is_always_zero_and_marked_skipped(values: list[float | None]) -> None:
    def fixed(completions: Any, **kwargs: Any) -> list[float | None]:
        return list(values)

    scored = score_samples(fixed, ["x"] * len(values), ["1"] * len(values))
    assert [s.score for s in scored] == [0.0 if v is None else v for v in values]
    assert [s.skipped for s in scored] == [v is None for v in values]
