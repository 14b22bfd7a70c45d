"""Composed rewards: weighted sums (expanded into named parts for the trainer) and gates."""

from __future__ import annotations

import asyncio
import math
import pickle
from typing import Any

import pytest

from openrs_rewards.rewards import (
    AccuracyReward,
    AsyncAccuracyReward,
    CosineReward,
    FormatReward,
    Gated,
    ReasoningStepsReward,
    SoftOverlongReward,
    WeightedSum,
)
from openrs_rewards.rewards.calling import RewardCallError
from openrs_rewards.trainer_glue.adapter import build_reward_funcs, expand_entries
from test_rewards_base import Recorder, fake_verifier

GOOD = "First, a. Next, b. Finally, c.</think> \\boxed{4}"
BAD_FORMAT = "First, a. Next, b. Finally, c. \\boxed{4}"


class Constant:
    """A plain third-party reward: returns fixed values."""

    def __init__(self, values: list[float | None], name: str = "constant") -> None:
        self.values = values
        self.__name__ = name

    def __call__(self, completions: Any = None, **kwargs: Any) -> list[float | None]:
        return list(self.values)


def test_weighted_sum_adds_weighted_parts_and_leaves_out_none() -> None:
    total = WeightedSum(
        parts=[(Constant([1.0, None, None]), 2.0), (Constant([0.5, 0.25, None], "other"), -1.0)]
    )
    assert total(completions=["a", "b", "c"]) == [1.5, -0.25, None]


def test_parts_are_named_unique_and_flattened() -> None:
    inner = WeightedSum(parts=[(FormatReward(), 1.0), (CosineReward(), 2.0)], name="inner")
    total = WeightedSum(parts=[(inner, 0.5), (FormatReward(), 1.0), (ReasoningStepsReward(), 0.25)])
    named = [(name, weight, type(reward).__name__) for name, weight, reward in total.parts()]
    assert named == [
        ("format", 0.5, "FormatReward"),
        ("cosine", 1.0, "CosineReward"),
        ("format_2", 1.0, "FormatReward"),
        ("reasoning_steps", 0.25, "ReasoningStepsReward"),
    ]


def test_the_trainer_glue_expands_a_weighted_sum_into_separately_logged_rewards() -> None:
    total = WeightedSum(parts=[(FormatReward(), 1.0), (ReasoningStepsReward(), 0.5)], name="shaping")
    entries = expand_entries([(total, 2.0)])
    assert [(e.name, e.weight, e.part_of) for e in entries] == [
        ("shaping/format", 2.0, "shaping"),
        ("shaping/reasoning_steps", 1.0, "shaping"),
    ]
    funcs, weights, _ = build_reward_funcs([(total, 2.0)])
    values = [f(prompts=None, completions=[GOOD], completion_ids=None) for f in funcs]
    # What the trainer computes from the expanded parts equals the sum computed directly.
    assert sum(w * v[0] for w, v in zip(weights, values, strict=True)) == pytest.approx(
        2.0 * total(completions=[GOOD])[0]
    )


def test_weighted_sum_bounds_allow_for_skipped_parts() -> None:
    total = WeightedSum(parts=[(Constant([1.0]), 1.0), (FormatReward(), 2.0), (SoftOverlongReward(), 1.0)])
    assert total.bounds == (-math.inf, math.inf)  # Constant declares no bounds: unknown, so unbounded
    bounded = WeightedSum(parts=[(FormatReward(), 2.0), (SoftOverlongReward(), 0.5), (CosineReward(), -1.0)])
    assert bounded.bounds == (-0.5 - 1.0, 2.0 + 1.0)
    positive = WeightedSum(parts=[(CosineReward(min_value_wrong=0.2, max_value_wrong=0.3), 1.0)] * 2)
    assert positive.bounds == (0.2, 2.0)


def test_weighted_sum_validates_its_parts() -> None:
    with pytest.raises(ValueError, match="at least one"):
        WeightedSum(parts=[])
    with pytest.raises(TypeError, match="pair"):
        WeightedSum(parts=[FormatReward()])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="finite"):
        WeightedSum(parts=[(FormatReward(), float("nan"))])
    with pytest.raises(TypeError, match="not callable"):
        WeightedSum(parts=[(3, 1.0)])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="returned 1 values for 2"):
        WeightedSum(parts=[(Constant([1.0]), 1.0)])(completions=["a", "b"])


def test_gated_accuracy_counts_only_when_the_format_passes() -> None:
    gated = Gated(AccuracyReward(), FormatReward())
    assert gated.__name__ == "accuracy_if_format"
    recorder = Recorder()
    with fake_verifier():
        values = gated(completions=[GOOD, BAD_FORMAT, GOOD], answer=["4", "4", "INVALID"], **recorder.kwargs)
    assert values == [1.0, 0.0, None]
    assert recorder.metrics["accuracy_if_format/gate_open"] == [pytest.approx(2 / 3)]
    assert "accuracy/predicted" in recorder.extra  # the parts still report what they extracted


def test_gated_options_and_a_none_gate() -> None:
    gated = Gated(
        Constant([0.5, 0.5, 0.5]), Constant([0.6, 0.4, None], "gate"), threshold=0.5, otherwise=-1.0
    )
    assert gated(completions=["a", "b", "c"]) == [0.5, -1.0, -1.0]
    assert Gated(CosineReward(), FormatReward(), otherwise=-2.0).bounds == (-2.0, 1.0)
    with pytest.raises(TypeError):
        Gated(FormatReward(), 3)  # type: ignore[arg-type]


def test_async_parts_are_awaited_inside_a_sync_composition() -> None:
    total = WeightedSum(parts=[(AsyncAccuracyReward(), 1.0), (FormatReward(), 1.0)])
    with fake_verifier():
        assert total(completions=[GOOD, BAD_FORMAT], answer=["4", "4"]) == [2.0, 1.0]

        async def in_a_loop() -> list[float | None]:
            return total(completions=[GOOD], answer=["4"])

        assert asyncio.run(in_a_loop()) == [2.0]


def test_compositions_pickle() -> None:
    total = WeightedSum(
        parts=[(FormatReward(), 1.0), (Gated(AccuracyReward(), FormatReward()), 2.0)], name="t"
    )
    clone = pickle.loads(pickle.dumps(total))
    with fake_verifier():
        assert clone(completions=[GOOD, BAD_FORMAT], answer=["4", "4"]) == total(
            completions=[GOOD, BAD_FORMAT], answer=["4", "4"]
        )
    assert [name for name, _, _ in clone.parts()] == ["format", "accuracy_if_format"]


def test_the_trainer_glue_builds_the_built_in_rewards_from_specs_with_context() -> None:
    funcs, weights, entries = build_reward_funcs(
        [
            {"spec": "format", "weight": 1.0},
            {"spec": "cosine(open_rs_compat=True, max_len=3584)", "weight": 2.0},
        ],
        context={"gold_column": "solution", "prefilled_think": True},
    )
    assert weights == [1.0, 2.0] and [f.__name__ for f in funcs] == ["format", "cosine"]
    assert entries[0].reward.prefilled_think is True and entries[1].reward.gold_column == "solution"
    recorder = Recorder()
    with fake_verifier():
        values = [
            f(
                prompts=["p"],
                completions=[[{"role": "assistant", "content": "x" * 1775 + "</think>\\boxed{4}"}]],
                completion_ids=[[0] * 600],
                solution=["4"],
                **recorder.kwargs,
            )
            for f in funcs
        ]
    assert values[0] == [1.0]
    # 1792 characters: the compat mode counts characters, not the ids.
    assert values[1] == [pytest.approx(0.75)]
    assert recorder.metrics["rewards/cosine/none_share"] == [0.0]


# -- every part is called through call_reward: sync, async, wrong length, NaN ------------------------------------


class AsyncConstant(Constant):
    """An async third-party reward: returns fixed values."""

    async def __call__(self, completions: Any = None, **kwargs: Any) -> list[float | None]:  # type: ignore[override]
        await asyncio.sleep(0)
        return list(self.values)


def test_sync_and_async_parts_give_the_same_sum_and_gate() -> None:
    for kind in (Constant, AsyncConstant):
        total = WeightedSum(parts=[(kind([1.0, 0.5]), 2.0), (kind([None, 0.5], "other"), 1.0)])
        assert total(completions=["a", "b"]) == [2.0, 1.5]
        gated = Gated(kind([0.25, 0.75]), kind([1.0, 0.0], "gate"))
        assert gated(completions=["a", "b"]) == [0.25, 0.0]


def test_a_part_returning_the_wrong_count_is_named_in_the_error() -> None:
    total = WeightedSum(parts=[(FormatReward(), 1.0), (AsyncConstant([1.0], "short"), 1.0)], name="total")
    with pytest.raises(
        RewardCallError, match=r"reward 'total/short' \(2 completions\) returned 1 values for 2"
    ):
        total(completions=["a", "b"])
    gated = Gated(FormatReward(), Constant([1.0, 1.0, 1.0], "gate"))
    with pytest.raises(RewardCallError, match=r"reward 'format_if_gate/gate' .* returned 3 values for 2"):
        gated(completions=["a", "b"])


def test_a_nan_from_a_part_counts_as_none() -> None:
    total = WeightedSum(
        parts=[(Constant([float("nan"), 1.0]), 1.0), (Constant([float("nan"), 2.0], "b"), 1.0)]
    )
    assert total(completions=["a", "b"]) == [None, 3.0]
    gated = Gated(Constant([float("nan"), 1.0]), Constant([1.0, float("nan")], "gate"), otherwise=-1.0)
    assert gated(completions=["a", "b"]) == [None, -1.0]  # a NaN gate does not open


def test_an_infinite_part_is_refused() -> None:
    total = WeightedSum(parts=[(Constant([1.0, float("inf")], "wild"), 1.0)], name="t")
    with pytest.raises(RewardCallError, match=r"reward 't/wild' .* returned inf at position 1"):
        total(completions=["a", "b"])
