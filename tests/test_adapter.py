"""The TRL adapter: reward specs -> GRPOTrainer's reward_funcs and reward_weights."""

from __future__ import annotations

import asyncio
import pickle
import types
from collections.abc import Iterator
from typing import Any

import pytest

from openrs_rewards import plugins
from openrs_rewards.rewards import FormatReward, RepetitionPenaltyReward, WeightedSum
from openrs_rewards.rewards.calling import RewardCallError
from openrs_rewards.trainer_glue.adapter import (
    AsyncTRLReward,
    TRLReward,
    build_reward_funcs,
    expand_entries,
    wrap,
)

trl_utils = pytest.importorskip("trl.trainer.utils")


class Recorder:
    """A reward that takes everything (``**kwargs``) and remembers what it got: 1.0 for a completion with a digit."""

    name = "recorder"
    calls: list[dict[str, Any]] = []  # noqa: RUF012 - shared on purpose: instances are rebuilt by the registry

    def __init__(self, *, gold_column: str = "auto", prefilled_think: Any = "auto") -> None:
        self.gold_column = gold_column
        self.prefilled_think = prefilled_think

    def __call__(
        self, prompts: Any = None, completions: Any = None, completion_ids: Any = None, **kwargs: Any
    ) -> list[float | None]:
        Recorder.calls.append(
            {"prompts": prompts, "completions": completions, "completion_ids": completion_ids, **kwargs}
        )
        if callable(kwargs.get("log_extra")):
            kwargs["log_extra"]("recorder/seen", list(completions))
        return [1.0 if any(ch.isdigit() for ch in c) else None for c in completions]


class Narrow:
    """A hand-written reward with a fixed signature: it must get only what it names."""

    name = "narrow"

    def __call__(self, completions: list[str], answer: list[str]) -> list[float]:
        return [float(c.strip() == a) for c, a in zip(completions, answer, strict=True)]


class AsyncLength:
    """An async reward: TRL must see it as async through the adapter's wrapper."""

    name = "async_length"

    async def __call__(self, completions: Any = None, **kwargs: Any) -> list[float]:
        await asyncio.sleep(0)
        return [float(len(c)) for c in completions]


def format_and_repetition() -> WeightedSum:
    return WeightedSum([(FormatReward(), 1.0), (RepetitionPenaltyReward(ngram_size=2), 0.5)], name="shaped")


@pytest.fixture(autouse=True)
def registered() -> Iterator[None]:
    names = {"recorder": Recorder, "async_length": AsyncLength, "shaped": format_and_repetition}
    for name, obj in names.items():
        plugins.register(name, obj, replace=True)
    Recorder.calls.clear()
    yield
    for name in names:
        plugins.unregister(name)


def test_specs_become_named_weighted_trl_rewards() -> None:
    funcs, weights, entries = build_reward_funcs(
        [
            {"spec": "format", "weight": 1.0},
            {"spec": "cosine(open_rs_compat=True, max_len=3584)", "weight": 2.0},
        ],
        context={"gold_column": "solution", "prefilled_think": True},
    )
    assert [trl_utils.get_callable_name(f) for f in funcs] == ["format", "cosine"]
    assert weights == [1.0, 2.0]
    assert isinstance(entries[0].reward, FormatReward)
    assert entries[0].reward.prefilled_think is True  # the glue told the format reward about the template
    assert entries[1].reward.gold_column == "solution"
    assert entries[1].reward.open_rs_compat is True and entries[1].reward.max_len == 3584
    assert entries[1].injected == {"gold_column": "solution"}


def test_a_spec_value_wins_over_the_context() -> None:
    _, _, entries = build_reward_funcs(["format(prefilled_think=False)"], context={"prefilled_think": True})
    assert entries[0].reward.prefilled_think is False
    assert entries[0].injected == {}


def test_the_format_reward_scores_a_prefilled_completion_through_the_adapter() -> None:
    funcs, _, _ = build_reward_funcs(["format"], context={"prefilled_think": True})
    completions = ["2 + 2 = 4, so\n</think>\nThe answer is 4.", "<think>2 + 2 = 4</think> 4"]
    assert funcs[0](prompts=[[], []], completions=completions) == [1.0, 0.0]


def test_composed_rewards_are_expanded_into_named_parts() -> None:
    funcs, weights, entries = build_reward_funcs([{"spec": "shaped", "weight": 2.0}, "format"])
    names = [trl_utils.get_callable_name(f) for f in funcs]
    assert names == ["shaped/format", "shaped/repetition", "format"]
    assert weights == [2.0, 1.0, 1.0]  # the sum's weight times each part's
    assert entries[0].part_of == "shaped" and entries[2].part_of is None
    # The expanded parts add up to what the composed reward computes itself (weights applied).
    completions = ["a b a b</think> 4", "x y z</think> 5"]
    total = format_and_repetition()(completions=completions)
    parts = [f(completions=completions) for f in funcs[:2]]
    summed = [sum(w * p[i] for w, p in zip(weights[:2], parts, strict=True)) / 2.0 for i in range(2)]
    assert summed == pytest.approx(total)


def test_a_composed_reward_object_is_expanded_too() -> None:
    entries = expand_entries([(format_and_repetition(), 3.0)])
    assert [(e.name, e.weight) for e in entries] == [("shaped/format", 3.0), ("shaped/repetition", 1.5)]
    assert [(e.name, e.weight) for e in expand_entries([format_and_repetition()], expand_parts=False)] == [
        ("shaped", 1.0)
    ]


def test_log_names_are_unique() -> None:
    funcs, _, entries = build_reward_funcs(["cosine", "cosine(max_len=1024)", "format"])
    assert [f.__name__ for f in funcs] == ["cosine", "cosine_2", "format"]
    # the reward's own metrics (log_metric / log_extra) go under the same unique name
    assert [e.reward.__name__ for e in entries] == ["cosine", "cosine_2", "format"]


def test_everything_reaches_a_reward_that_takes_kwargs() -> None:
    funcs, _, entries = build_reward_funcs(
        ["recorder"], context={"gold_column": "answer", "prefilled_think": True}
    )
    assert entries[0].injected == {"gold_column": "answer", "prefilled_think": True}
    extras: list[tuple[str, list[Any]]] = []
    metrics: list[tuple[str, float]] = []
    state = object()
    values = funcs[0](
        prompts=["p1", "p2"],
        completions=["7", "none"],
        completion_ids=[[1, 2], [3]],
        answer=["7", "8"],
        problem=["a", "b"],
        prefilled_think=[True, True],
        trainer_state=state,
        log_extra=lambda column, vals: extras.append((column, vals)),
        log_metric=lambda name, value: metrics.append((name, value)),
    )
    assert values == [1.0, None]
    call = Recorder.calls[-1]
    assert call["completion_ids"] == [[1, 2], [3]]
    assert call["answer"] == ["7", "8"] and call["problem"] == ["a", "b"]
    assert call["prefilled_think"] == [True, True]
    assert call["trainer_state"] is state
    assert ("recorder/seen", ["7", "none"]) in extras  # the reward's own log_extra went through
    assert ("rewards/recorder/none_share", 0.5) in metrics  # the adapter logs the share of skipped samples


def test_a_fixed_signature_reward_gets_only_what_it_names() -> None:
    # The registry refuses such a reward by name (no **kwargs), but a reward object given directly still works.
    funcs, _, _ = build_reward_funcs([Narrow()])
    values = funcs[0](
        prompts=["p"],
        completions=[" 4 "],
        completion_ids=[[4]],
        answer=["4"],
        problem=["2+2"],
        log_metric=lambda name, value: None,
    )
    assert values == [1.0]


def test_a_reward_returning_the_wrong_count_is_an_error() -> None:
    wrapped = TRLReward(lambda completions, **kw: [1.0], "short")
    with pytest.raises(ValueError, match="returned 1 values for 2 completions"):
        wrapped(completions=["a", "b"])
    with pytest.raises(TypeError, match="not callable"):
        TRLReward(42, "nope")  # type: ignore[arg-type]


def test_async_rewards_stay_async_for_trl() -> None:
    funcs, _, _ = build_reward_funcs(["async_length", "format", "accuracy_async", "cosine_async", "accuracy"])
    is_async = [trl_utils.is_async_callable(f) for f in funcs]
    assert is_async == [True, False, True, True, False]
    assert isinstance(funcs[0], AsyncTRLReward)
    assert asyncio.run(funcs[0](completions=["ab", "abcd"])) == [2.0, 4.0]


def test_wrapped_rewards_pickle() -> None:
    funcs, _, _ = build_reward_funcs(
        ["format", "repetition(ngram_size=2)", "cosine(max_len=100)", "accuracy_async"]
    )
    completions = ["a b a b</think> 4", "x y z"]
    for func in funcs:
        copy = pickle.loads(pickle.dumps(func))
        assert copy.__name__ == func.__name__
        assert trl_utils.is_async_callable(copy) == trl_utils.is_async_callable(func)
        if func.__name__ in ("format", "repetition"):
            assert copy(completions=completions) == func(completions=completions)


def test_bad_inputs_are_reported() -> None:
    with pytest.raises(ValueError, match="no rewards"):
        build_reward_funcs([])
    with pytest.raises(ValueError, match="not a finite number"):
        build_reward_funcs([{"spec": "format", "weight": float("nan")}])
    with pytest.raises(plugins.PluginError):
        build_reward_funcs(["no_such_reward"])


# -- every TRL reward calls through call_reward: sync, async, wrong length, NaN -----------------------------------


class Fixed:
    """A third-party reward returning fixed values."""

    def __init__(self, values: Any) -> None:
        self.values = values

    def __call__(self, completions: Any = None, **kwargs: Any) -> Any:
        return self.values


class AsyncFixed(Fixed):
    async def __call__(self, completions: Any = None, **kwargs: Any) -> Any:  # type: ignore[override]
        await asyncio.sleep(0)
        return self.values


def test_sync_and_async_rewards_give_the_same_values_and_none_share() -> None:
    metrics: list[tuple[str, float]] = []
    log_metric = lambda name, value: metrics.append((name, value))  # noqa: E731
    sync = build_reward_funcs([Fixed([1.0, None])])[0][0]
    async_ = build_reward_funcs([AsyncFixed([1.0, None])])[0][0]
    assert isinstance(async_, AsyncTRLReward) and not isinstance(sync, AsyncTRLReward)
    assert sync(completions=["a", "b"], log_metric=log_metric) == [1.0, None]
    assert asyncio.run(async_(completions=["a", "b"], log_metric=log_metric)) == [1.0, None]
    assert metrics == [("rewards/Fixed/none_share", 0.5), ("rewards/AsyncFixed/none_share", 0.5)]


def test_a_wrong_count_names_the_reward_and_the_training_step() -> None:
    state = types.SimpleNamespace(global_step=12)
    for reward in (Fixed([1.0]), AsyncFixed([1.0])):
        func = wrap(reward, "short")
        with pytest.raises(RewardCallError, match=r"reward 'short' on training step 12 \(2 completions\)"):
            result = func(completions=["a", "b"], trainer_state=state)
            if asyncio.iscoroutine(result):
                asyncio.run(result)


def test_nan_is_none_and_inf_is_refused() -> None:
    metrics: dict[str, float] = {}
    func = wrap(Fixed([float("nan"), 2.0]), "nan")
    assert func(completions=["a", "b"], log_metric=metrics.__setitem__) == [None, 2.0]
    assert metrics == {"rewards/nan/none_share": 0.5}
    async_func = wrap(AsyncFixed([0.0, float("nan")]), "anan")
    assert asyncio.run(async_func(completions=["a", "b"])) == [0.0, None]
    with pytest.raises(RewardCallError, match="returned inf at position 0"):
        wrap(Fixed([float("inf")]), "inf")(completions=["a"])
