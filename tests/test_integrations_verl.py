"""The verl adapter, called exactly as verl 0.9 calls a custom reward function (verl itself is not needed
here; tests/test_real_frameworks.py runs it through verl's own loader and reward managers).

verl (``verl/trainer/ppo/reward.py``) wraps the function as ``partial(_call_with_kwargs, fn, reward_kwargs)`` (or
the async twin when ``inspect.iscoroutinefunction(fn)``), which merges the config's ``reward_kwargs`` over the
call's keywords; its reward managers call it per sample, by keyword from a thread of the event loop's executor,
and some of its older managers positionally.
"""

from __future__ import annotations

import asyncio
import inspect
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

import pytest

from openrs_rewards.integrations import verl
from openrs_rewards.integrations._common import GroupRewardError

SAMPLES = [  # (solution_str, ground_truth, expected score, status)
    ("<think>3*6</think> The answer is \\boxed{18}.", "18", 1.0, "correct"),
    ("so \\boxed{17}", "18", 0.0, "incorrect"),
    ("I do not know", "18", 0.0, "no_answer"),
    ("\\boxed{\\frac{1}{2}}", "0.5", 1.0, "correct"),
    ("\\boxed{3}", "\\frac{", 0.0, "invalid_gold"),
    ("\\boxed{\\sum_{k=1}^{3} k}", "6", 1.0, "correct"),  # decided in a guarded worker process
]


def _call_with_kwargs(raw_fn: Any, extra_kwargs: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
    return raw_fn(*args, **{**kwargs, **extra_kwargs})  # verl's merge: reward_kwargs win


async def _call_with_kwargs_async(
    raw_fn: Any, extra_kwargs: dict[str, Any], *args: Any, **kwargs: Any
) -> Any:
    return await raw_fn(*args, **{**kwargs, **extra_kwargs})


def verl_loads(name: str, reward_kwargs: dict[str, Any]) -> Any:
    raw_fn = getattr(verl, name)
    if inspect.iscoroutinefunction(raw_fn):
        return partial(_call_with_kwargs_async, raw_fn, reward_kwargs)
    return partial(_call_with_kwargs, raw_fn, reward_kwargs)


def test_the_async_entry_is_what_verl_takes_for_async() -> None:
    assert not inspect.iscoroutinefunction(verl.compute_score)
    assert inspect.iscoroutinefunction(verl.compute_score_async)
    assert inspect.iscoroutinefunction(verl_loads("compute_score_async", {}))  # verl checks the partial


def test_keyword_calls_from_verls_thread_pool_score_every_sample_with_the_same_keys() -> None:
    fn = verl_loads("compute_score", {})
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [
            pool.submit(fn, data_source="math", solution_str=s[0], ground_truth=s[1], extra_info={"index": 0})
            for s in SAMPLES * 4
        ]
        results = [f.result() for f in futures]
    assert [(r["score"], r["status"]) for r in results] == [(s[2], s[3]) for s in SAMPLES * 4]
    assert {frozenset(r) for r in results} == {frozenset({"score", "skipped", "status", "pred", "acc"})}
    assert results[0]["pred"] == "18" and results[0]["acc"] == 1.0
    assert results[4]["skipped"] == 1.0 and results[1]["skipped"] == 0.0


def test_the_verifier_deadline_holds_in_verls_worker_threads() -> None:
    # math-verify's signal.alarm only works in the main thread; the guarded worker is killed from any thread.
    fn = verl_loads("compute_score", {"spec": "accuracy(timeout=0.5)"})
    with ThreadPoolExecutor(max_workers=2) as pool:
        result = pool.submit(
            fn, data_source="math", solution_str="\\boxed{5^{5^{5^{5^5}}}}", ground_truth="1", extra_info={}
        ).result()
    assert (result["score"], result["status"], result["skipped"]) == (0.0, "timeout", 0.0)


def test_positional_calls_as_verls_older_managers_make_them() -> None:
    fn = verl_loads("compute_score", {"spec": "accuracy"})
    assert fn("math", "so \\boxed{18}", "18", None)["score"] == 1.0
    assert verl.compute_score("math", "so \\boxed{18}", "19")["score"] == 0.0


def test_async_calls_run_concurrently_on_one_event_loop() -> None:
    fn = verl_loads("compute_score_async", {"verifier_workers": None})

    async def all_samples() -> list[dict[str, Any]]:
        return await asyncio.gather(
            *(fn(data_source="math", solution_str=s[0], ground_truth=s[1], extra_info={}) for s in SAMPLES)
        )

    results = asyncio.run(all_samples())
    assert [(r["score"], r["status"]) for r in results] == [(s[2], s[3]) for s in SAMPLES]


def test_any_registered_spec_through_reward_kwargs() -> None:
    fn = verl_loads("compute_score", {"spec": "cosine(max_len=200, length_unit='chars')"})
    right = fn(data_source="math", solution_str="\\boxed{18}", ground_truth="18", extra_info={})
    wrong = fn(data_source="math", solution_str="\\boxed{17}", ground_truth="18", extra_info={})
    assert 0.5 < right["score"] <= 1.0 and -1.0 <= wrong["score"] < 0.0
    assert right["status"] == "correct" and wrong["pred"] == "17"
    formatted = verl_loads("compute_score", {"spec": "format"})(
        data_source="m", solution_str="I add.</think> 4", ground_truth="4", extra_info={}
    )
    assert formatted == {"score": 1.0, "skipped": 0.0, "status": "", "pred": ""}  # no "acc": nothing verified


def test_a_group_normalised_reward_says_it_cannot_work_per_sample() -> None:
    fn = verl_loads("compute_score", {"spec": "length"})
    with pytest.raises(GroupRewardError, match="verl's custom_reward_function scores one sample at a time"):
        fn(data_source="math", solution_str="\\boxed{1}", ground_truth="1", extra_info={})


def test_verl_passes_extra_keywords_that_are_ignored() -> None:
    result = verl.compute_score(
        data_source="math",
        solution_str="\\boxed{2}",
        ground_truth="2",
        extra_info={"num_turns": None, "rollout_reward_scores": {}},
        reward_router_address=None,
        reward_model_tokenizer=None,
    )
    assert result["score"] == 1.0


@pytest.mark.parametrize("key", ["question", "problem", "prompt"])
def test_the_problem_in_extra_info_is_read_so_a_restated_expression_earns_nothing(key: str) -> None:
    restated = (
        "So the answer is $\\boxed{\\dbinom{31}{28}}$."  # its value is the gold's; nothing was computed
    )
    fn = verl_loads("compute_score", {})
    with_problem = {"index": 0, key: "Compute $\\dbinom{31}{28}$."}
    assert fn(data_source="math", solution_str=restated, ground_truth="4495", extra_info=with_problem) == {
        "score": 0.0, "skipped": 0.0, "status": "incorrect", "pred": "\\binom{31}{28}", "acc": 0.0,
    }  # fmt: skip
    # verl's MATH preparation keeps no problem in extra_info: judged on the value alone
    alone = fn(data_source="math", solution_str=restated, ground_truth="4495", extra_info={"index": 0})
    assert alone["score"] == 1.0
    computed = asyncio.run(
        verl_loads("compute_score_async", {})(
            data_source="math", solution_str="\\boxed{4495}", ground_truth="4495", extra_info=with_problem
        )
    )
    assert computed["score"] == 1.0
