"""The slime adapter, called as slime's ``rm_hub`` calls a ``--custom-rm-path`` function: awaited as
``reward(args, sample)``, or with ``--group-rm`` as ``reward(args, samples)``. slime cannot be installed here (its
PyPI name belongs to another project), so ``Sample`` is a stand-in with the fields the adapter reads."""

from __future__ import annotations

import asyncio
import enum
from argparse import Namespace
from dataclasses import dataclass, field
from typing import Any

import pytest

from openrs_rewards.integrations import slime
from openrs_rewards.integrations._common import SPEC_ENV, GroupRewardError


class Status(enum.Enum):  # slime's Sample.Status
    COMPLETED = "completed"
    TRUNCATED = "truncated"


@dataclass
class Sample:
    prompt: str
    response: str
    label: str
    status: Status = Status.COMPLETED
    metadata: dict[str, Any] = field(default_factory=dict)


ARGS = Namespace(custom_rm_path="openrs_rewards.integrations.slime.reward", group_rm=False)


def test_one_sample_gives_a_float_and_its_verdict_in_the_metadata(monkeypatch: Any) -> None:
    monkeypatch.delenv(SPEC_ENV, raising=False)
    sample = Sample("3*6?", "<think>3*6</think> \\boxed{18}", "18")
    assert asyncio.run(slime.reward(ARGS, sample)) == 1.0
    assert sample.metadata["openrs"] == {"skipped": 0.0, "status": "correct", "pred": "18"}
    skipped = Sample("?", "\\boxed{1}", "\\frac{")
    assert asyncio.run(slime.reward(ARGS, skipped)) == 0.0
    assert skipped.metadata["openrs"]["skipped"] == 1.0


def test_a_truncated_sample_earns_only_an_explicit_answer() -> None:
    text = "Counting: 1, 2, 3, and so the total is 18"
    assert (
        asyncio.run(
            slime.reward(
                Namespace(openrs_reward_spec="accuracy(last_number_fallback=True)"), Sample("?", text, "18")
            )
        )
        == 1.0
    )
    cut = Sample("?", text, "18", status=Status.TRUNCATED)
    assert (
        asyncio.run(slime.reward(Namespace(openrs_reward_spec="accuracy(last_number_fallback=True)"), cut))
        == 0.0
    )


def test_group_rm_scores_a_whole_group_and_allows_group_normalised_rewards() -> None:
    group = [Sample("p", "\\boxed{1}" + " x" * n, "1") for n in (1, 5, 9)]
    args = Namespace(openrs_reward_spec="length(length_unit='chars')", group_rm=True)
    values = asyncio.run(slime.reward(args, group))
    assert values == [0.5, 0.0, -0.5]
    assert [s.metadata["openrs"]["status"] for s in group] == ["correct"] * 3


def test_a_group_normalised_reward_without_group_rm_is_refused() -> None:
    with pytest.raises(GroupRewardError, match="slime without --group-rm"):
        asyncio.run(slime.reward(Namespace(openrs_reward_spec="length"), Sample("p", "\\boxed{1}", "1")))


def test_the_spec_comes_from_the_environment(monkeypatch: Any) -> None:
    monkeypatch.setenv(SPEC_ENV, "format")
    assert asyncio.run(slime.reward(Namespace(), Sample("p", "I add.</think> 4", "4"))) == 1.0
