"""Verdict is the one object crossing module boundaries: its invariants must hold."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from openrs_rewards import STATUSES, Verdict


def test_correct_flag_must_agree_with_status() -> None:
    with pytest.raises(ValueError, match="contradicts"):
        Verdict(correct=True, status="incorrect")
    with pytest.raises(ValueError, match="contradicts"):
        Verdict(correct=False, status="correct")


def test_unknown_status_is_rejected() -> None:
    with pytest.raises(ValueError, match="unknown verdict status"):
        Verdict(correct=False, status="maybe")  # type: ignore[arg-type]


@pytest.mark.parametrize("status", STATUSES)
def test_every_status_round_trips_through_pickle_and_dict(status: str) -> None:
    verdict = Verdict(correct=status == "correct", status=status, predicted="1", gold="1", method="string")  # type: ignore[arg-type]
    clone = pickle.loads(pickle.dumps(verdict))
    assert clone == verdict
    assert (clone.status, clone.correct, clone.predicted) == (status, status == "correct", "1")
    assert verdict.to_dict()["status"] == status
    assert verdict != Verdict(correct=status == "correct", status=status, predicted="2", gold="1")  # type: ignore[arg-type]


def test_verdict_is_frozen() -> None:
    verdict = Verdict(correct=False, status="no_answer")
    with pytest.raises(dataclasses.FrozenInstanceError):
        verdict.status = "correct"  # type: ignore[misc]
    assert verdict.status == "no_answer"
