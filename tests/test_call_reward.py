"""``call_reward`` / ``acall_reward``: the one way a reward is called, and what it accepts back."""

from __future__ import annotations

import asyncio
import math
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards.rewards import AccuracyReward, AsyncAccuracyReward, AsyncCosineReward, CosineReward
from openrs_rewards.rewards.calling import RewardCallError, acall_reward, call_reward

COMPLETIONS = ["so \\boxed{7}", "so \\boxed{8}", "no answer here"]
GOLDS = ["7", "7", "7"]


class Returns:
    """A reward returning fixed values (whatever they are)."""

    def __init__(self, values: Any, name: str = "fixed") -> None:
        self.values = values
        self.__name__ = name

    def __call__(self, completions: Any = None, **kwargs: Any) -> Any:
        return self.values


class AsyncReturns(Returns):
    async def __call__(self, completions: Any = None, **kwargs: Any) -> Any:  # type: ignore[override]
        await asyncio.sleep(0)
        return self.values


def call(reward: Any, **extra: Any) -> list[float | None]:
    return call_reward(reward, prompts=None, completions=COMPLETIONS, columns={"answer": GOLDS}, **extra)


def test_a_sync_reward_gives_floats() -> None:
    assert call(Returns([1, 0.5, None])) == [1.0, 0.5, None]
    assert all(type(v) is float for v in call(Returns((1, 2, 3))))


def test_an_async_reward_is_awaited_from_sync_code_and_inside_a_running_loop() -> None:
    assert call(AsyncReturns([1.0, 0.0, None])) == [1.0, 0.0, None]

    async def from_a_coroutine() -> list[float | None]:
        return call(AsyncReturns([0.0, 1.0, 2.0]))  # the sync entry point, with a loop running in this thread

    assert asyncio.run(from_a_coroutine()) == [0.0, 1.0, 2.0]


def test_acall_reward_awaits_async_and_calls_sync_rewards() -> None:
    async def both() -> tuple[list[float | None], list[float | None]]:
        return (
            await acall_reward(AsyncReturns([1, 2, 3]), prompts=None, completions=COMPLETIONS),
            await acall_reward(Returns([3, 2, 1]), prompts=None, completions=COMPLETIONS),
        )

    assert asyncio.run(both()) == ([1.0, 2.0, 3.0], [3.0, 2.0, 1.0])


def test_async_built_in_rewards_equal_their_sync_twins() -> None:
    completion_ids = [[0] * 10, [0] * 20, [0] * 30]
    for sync, async_ in ((AccuracyReward(), AsyncAccuracyReward()), (CosineReward(), AsyncCosineReward())):
        kwargs: dict[str, Any] = {"completion_ids": completion_ids}
        expected = call_reward(
            sync, prompts=None, completions=COMPLETIONS, columns={"answer": GOLDS}, **kwargs
        )
        assert (
            call_reward(async_, prompts=None, completions=COMPLETIONS, columns={"answer": GOLDS}, **kwargs)
            == expected
        )
        assert (
            asyncio.run(
                acall_reward(
                    async_, prompts=None, completions=COMPLETIONS, columns={"answer": GOLDS}, **kwargs
                )
            )
            == expected
        )
    assert call(AccuracyReward()) == [1.0, 0.0, 0.0]


def test_nan_becomes_none() -> None:
    assert call(Returns([float("nan"), 1.0, np.float32("nan")])) == [None, 1.0, None]


def test_wrong_length_names_the_reward_the_batch_and_the_counts() -> None:
    with pytest.raises(RewardCallError) as error:
        call(Returns([1.0, 0.0], name="short"), batch="step 12")
    assert str(error.value) == "reward 'short' on step 12 (3 completions) returned 2 values for 3 completions"
    assert isinstance(error.value, ValueError)
    with pytest.raises(RewardCallError, match=r"reward 'long' \(3 completions\) returned 4 values"):
        call(Returns([1.0] * 4, name="long"))


@pytest.mark.parametrize(
    ("values", "fragment"),
    [
        ([1.0, float("inf"), 0.0], "returned inf at position 1"),
        ([1.0, 0.0, -math.inf], "returned -inf at position 2"),
        (["1.0", 0.0, 0.0], "returned str '1.0' at position 0, not a number"),
        ([1.0, [0.5], 0.0], "returned list [0.5] at position 1, not a number"),
        (None, "returned NoneType None, not a list"),
        ("abc", "returned str 'abc', not a list"),
        ({"a": 1.0}, "returned dict"),
        (3.0, "returned float 3.0, not a list"),
    ],
)
def test_bad_values_are_refused_naming_value_and_position(values: Any, fragment: str) -> None:
    with pytest.raises(RewardCallError, match="reward 'bad' on batch 7") as error:
        call(Returns(values, name="bad"), batch="batch 7")
    assert fragment in str(error.value)


def test_arrays_are_accepted() -> None:
    assert call(Returns(np.array([1.0, np.nan, 0.25]))) == [1.0, None, 0.25]
    assert call(Returns([np.float64(1.0), np.int64(2), True])) == [1.0, 2.0, 1.0]


def test_the_label_replaces_the_name_in_messages() -> None:
    with pytest.raises(RewardCallError, match="reward 'sum/part'"):
        call(Returns([1.0], name="part"), label="sum/part")


def test_a_fixed_signature_reward_gets_only_what_it_names() -> None:
    def exact(completions: list[str], answer: list[str]) -> list[float]:
        return [float(a in c) for c, a in zip(completions, answer, strict=True)]

    values = call_reward(
        exact,
        prompts=["p"] * 3,
        completions=COMPLETIONS,
        completion_ids=[[1]] * 3,
        columns={"answer": GOLDS, "log_metric": print, "label": ["x"] * 3},
    )
    assert values == [1.0, 0.0, 0.0]


def test_columns_named_label_or_batch_reach_the_reward() -> None:
    seen: dict[str, Any] = {}

    def spy(completions: Any = None, **kwargs: Any) -> list[float]:
        seen.update(kwargs)
        return [0.0] * len(completions)

    call_reward(
        spy, prompts=None, completions=["a"], columns={"label": [1], "batch": [2]}, label="spy", batch="b"
    )
    assert seen["label"] == [1] and seen["batch"] == [2]


def test_an_exception_from_the_reward_propagates_with_a_note() -> None:
    def broken(completions: Any = None, **kwargs: Any) -> list[float]:
        raise KeyError("answer")

    with pytest.raises(KeyError) as error:
        call_reward(broken, prompts=None, completions=["a"], batch="step 3")
    notes = getattr(error.value, "__notes__", None)
    if notes is not None:  # Python 3.11+
        assert notes == ["raised by reward 'broken' on step 3 (1 completions)"]


@given(
    st.lists(st.one_of(st.none(), st.floats(allow_infinity=False), st.integers(-(10**6), 10**6)), max_size=20)
)
def test_finite_numbers_pass_unchanged_and_nan_becomes_none(values: list[Any]) -> None:
    completions = ["x"] * len(values)
    result = call_reward(Returns(values), prompts=None, completions=completions)
    assert len(result) == len(values)
    for given_value, returned in zip(values, result, strict=True):
        if given_value is None or (isinstance(given_value, float) and math.isnan(given_value)):
            assert returned is None
        else:
            assert returned == float(given_value)
