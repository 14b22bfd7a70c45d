"""Training health: signals from hand-made batches, each detector on synthetic metric streams, the config section."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.trainer_glue import health
from openrs_rewards.trainer_glue.health import (
    HealthConfigError,
    HealthMonitor,
    LanguageDrift,
    LengthCollapse,
    NoLearningSignal,
    RewardHockeyStick,
    TruncationSurge,
    parse_health_config,
    signals_from_trainer_logs,
    step_signals,
)


def fired_steps(detector: health.Detector, key: str, stream: Sequence[float]) -> list[int]:
    return [step for step, value in enumerate(stream) if detector.update(step, {key: value}) is not None]


# ----------------------------------------------------------------------------------------------------------------
# Signals


def test_step_signals_on_a_hand_made_batch() -> None:
    # Two prompts, three completions each. Prompt 0: accuracy 1, 1, 1 (zero variance); prompt 1: 0, 1, None.
    signals = step_signals(
        completion_lengths=[10, 20, 30, 40, 50, 100],
        max_completion_length=50,
        rewards={"accuracy": [1.0, 1.0, 1.0, 0.0, 1.0, None], "format": [1.0, 1.0, 1.0, 1.0, 0.0, 0.0]},
        num_generations=3,
        weights={"accuracy": 1.0, "format": 0.5},
        verifier_counts={"accuracy/no_answer": 2, "accuracy/timeout": 1},
        kl=0.02,
    )
    assert signals[health.LENGTH_MEAN] == pytest.approx(250 / 6)
    assert signals[health.LENGTH_P50] == pytest.approx(35.0)  # between 30 and 40
    assert signals[health.LENGTH_P90] == pytest.approx(75.0)  # between 50 and 100
    assert signals[health.TRUNCATED_SHARE] == pytest.approx(2 / 6)  # 50 and 100 reach the cap
    assert signals["health/reward/accuracy/mean"] == pytest.approx(0.8)
    assert signals["health/reward/accuracy/std"] == pytest.approx(0.4)
    assert signals["health/reward/accuracy/none_share"] == pytest.approx(1 / 6)
    assert signals["health/reward/format/none_share"] == 0.0
    # totals: 1.5, 1.5, 1.5 | 0.5, 1.0, 0.0 -> one of two groups has zero variance
    assert signals[health.ZERO_VARIANCE_SHARE] == 0.5
    assert signals["health/reward/total/mean"] == pytest.approx(6.0 / 6)
    assert signals[health.NO_ANSWER_SHARE] == pytest.approx(2 / 6)
    assert signals[health.TIMEOUT_SHARE] == pytest.approx(1 / 6)
    assert signals[health.KL] == 0.02
    assert health.OFF_LANGUAGE_SHARE not in signals


def test_off_language_share_from_the_language_reward() -> None:
    signals = step_signals(
        completion_lengths=[5, 5, 5, 5],
        max_completion_length=100,
        rewards={"language": [0.9, 0.2, None, 0.49]},
        num_generations=2,
        language_reward="language",
    )
    assert signals[health.OFF_LANGUAGE_SHARE] == pytest.approx(2 / 3)  # None (no prose) is not counted


def test_a_reward_the_completion_skipped_everywhere_has_no_mean_but_a_none_share() -> None:
    signals = step_signals(
        completion_lengths=[1, 2], max_completion_length=9, rewards={"acc": [None, None]}, num_generations=2
    )
    assert signals["health/reward/acc/none_share"] == 1.0
    assert "health/reward/acc/mean" not in signals
    assert signals[health.ZERO_VARIANCE_SHARE] == 1.0  # both totals are 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"completion_lengths": []}, "no completions"),
        ({"completion_lengths": [1, 2, 3]}, "groups of 2"),
        ({"rewards": {"acc": [1.0]}}, "'acc' has 1 values for 2"),
        ({"language_reward": "language"}, "not among the rewards"),
    ],
)
def test_step_signals_refuses_inconsistent_batches(kwargs: dict[str, object], message: str) -> None:
    call: dict[str, object] = {
        "completion_lengths": [1, 2],
        "max_completion_length": 9,
        "rewards": {"acc": [1.0, 0.0]},
        "num_generations": 2,
    }
    call.update(kwargs)
    with pytest.raises(ValueError, match=message):
        step_signals(**call)  # type: ignore[arg-type]


def test_truncation_flags_replace_the_length_rule() -> None:
    # TRL's rule: cut off when the last token is not EOS. A completion that ends with EOS exactly at the cap finished.
    common = {
        "completion_lengths": [8, 8, 3, 8],
        "max_completion_length": 8,
        "rewards": {"acc": [1.0, 0.0, 1.0, 1.0]},
        "num_generations": 2,
    }
    assert step_signals(**common)[health.TRUNCATED_SHARE] == 0.75  # type: ignore[arg-type]
    flagged = step_signals(**common, truncated=[True, False, False, True])  # type: ignore[arg-type]
    assert flagged[health.TRUNCATED_SHARE] == 0.5
    with pytest.raises(ValueError, match="3 truncation flags for 4 completions"):
        step_signals(**common, truncated=[True, False, False])  # type: ignore[arg-type]


def test_a_rollout_window_pools_its_batches_until_the_log_line() -> None:
    window = health.RolloutWindow(
        ["accuracy", "language"],
        num_generations=2,
        max_completion_length=10,
        weights={"accuracy": 1.0, "language": 0.5},
        language_reward="language",
    )
    # Two generation batches between two log lines (gradient accumulation): one group each.
    window.add([4, 10], [False, True], {"accuracy": [1.0, 0.0], "language": [1.0, 0.1]})
    window.add_counts({"no_answer": 1, "timeout": 0})
    window.add([6, 6], [False, False], {"accuracy": [None, 0.0], "language": [1.0, 1.0]})
    window.add_counts({"no_answer": 0, "timeout": 1})
    signals = window.flush(kl=0.5)
    assert signals == step_signals(
        completion_lengths=[4, 10, 6, 6],
        max_completion_length=10,
        rewards={"accuracy": [1.0, 0.0, None, 0.0], "language": [1.0, 0.1, 1.0, 1.0]},
        num_generations=2,
        weights={"accuracy": 1.0, "language": 0.5},
        verifier_counts={"no_answer": 1, "timeout": 1},
        language_reward="language",
        kl=0.5,
        truncated=[False, True, False, False],
    )
    assert signals[health.NO_ANSWER_SHARE] == 0.25 and signals[health.OFF_LANGUAGE_SHARE] == 0.25
    # totals 1.5, 0.05 | 0.5, 0.5: the second group has no learning signal
    assert signals[health.ZERO_VARIANCE_SHARE] == 0.5
    assert window.flush() is None  # the next window starts empty
    window.add([1, 1], [False, False], {"accuracy": [1.0, 1.0], "language": [1.0, 1.0]})
    again = window.flush()
    assert again is not None and health.NO_ANSWER_SHARE not in again  # counts belong to their own window
    with pytest.raises(ValueError, match="differ in length"):
        window.add([1, 1], [False], {"accuracy": [1.0, 1.0], "language": [1.0, 1.0]})


def test_signals_from_trainer_logs_renames_trl_keys() -> None:
    logs = {
        "completions/mean_length": 300.0,
        "completions/clipped_ratio": 0.125,
        "frac_reward_zero_std": 0.5,
        "kl": 0.01,
        "reward": 0.7,
        "rewards/accuracy/mean": 0.4,
        "rewards/accuracy/std": 0.2,
        "accuracy/no_answer": 4.0,
        "accuracy/timeout": 1.0,
        "loss": 0.3,
    }
    signals = signals_from_trainer_logs(logs, completions_per_step=16, verifier_reward="accuracy")
    assert signals == {
        health.LENGTH_MEAN: 300.0,
        health.TRUNCATED_SHARE: 0.125,
        health.ZERO_VARIANCE_SHARE: 0.5,
        health.KL: 0.01,
        "health/reward/total/mean": 0.7,
        "health/reward/accuracy/mean": 0.4,
        "health/reward/accuracy/std": 0.2,
        health.NO_ANSWER_SHARE: 0.25,
        health.TIMEOUT_SHARE: 1 / 16,
    }


# ----------------------------------------------------------------------------------------------------------------
# Detectors on synthetic streams


def test_length_collapse_fires_at_the_step_the_drop_passes_the_limit() -> None:
    stream = [800, 820, 810, 700, 500, 400, 390, 380]
    # peak of the previous 4 steps is 820 until step 6; 410 = half of 820 is the line: 400 (step 5) is below it
    assert fired_steps(LengthCollapse(window=4, max_drop=0.5), health.LENGTH_MEAN, stream) == [5]


def test_length_collapse_forgets_a_peak_older_than_the_window() -> None:
    stream = [800, 500, 500, 500, 390]
    assert fired_steps(LengthCollapse(window=3, max_drop=0.5), health.LENGTH_MEAN, stream) == []
    assert fired_steps(LengthCollapse(window=4, max_drop=0.5), health.LENGTH_MEAN, stream) == [4]


def test_a_detector_fires_again_only_after_its_condition_cleared() -> None:
    stream = [100, 40, 30, 100, 100, 40]
    assert fired_steps(LengthCollapse(window=1, max_drop=0.5), health.LENGTH_MEAN, stream) == [1, 5]


def test_truncation_surge_needs_patience_steps_in_a_row() -> None:
    stream = [0.1, 0.35, 0.4, 0.2, 0.3, 0.5, 0.6, 0.9]
    assert fired_steps(TruncationSurge(max_share=0.3, patience=3), health.TRUNCATED_SHARE, stream) == [6]


def test_no_learning_signal_fires_after_a_window_of_flat_groups() -> None:
    stream = [0.5, 0.95, 1.0, 0.95, 0.8, 0.9, 0.9, 0.9, 0.9]
    assert fired_steps(NoLearningSignal(max_share=0.9, patience=4), health.ZERO_VARIANCE_SHARE, stream) == [8]


def test_language_drift_fires_when_off_language_share_stays_high() -> None:
    stream = [0.0, 0.05, 0.25, 0.3, 0.4, 0.1]
    assert fired_steps(LanguageDrift(max_share=0.2, patience=2), health.OFF_LANGUAGE_SHARE, stream) == [3]


def test_reward_hockey_stick_fires_on_the_drop_not_on_the_noise_before_it() -> None:
    stream = [0.40, 0.45, 0.42, 0.44, 0.43, 0.41, 0.44, 0.20, 0.22, 0.25]
    detector = RewardHockeyStick(window=5, k=3.0, min_drop=0.1, min_history=5)
    assert fired_steps(detector, "health/reward/total/mean", stream) == [7]


def test_reward_hockey_stick_waits_for_its_history_and_reads_its_reward() -> None:
    detector = RewardHockeyStick(reward="accuracy", window=5, k=2.0, min_drop=0.1, min_history=3)
    # the total reward collapsing does not matter to a detector of the accuracy reward
    assert detector.update(0, {"health/reward/total/mean": 0.0}) is None
    assert fired_steps(detector, "health/reward/accuracy/mean", [0.5, 0.1, 0.5, 0.5, 0.5, 0.1]) == [5]


def test_a_missing_signal_is_skipped_not_counted() -> None:
    detector = TruncationSurge(max_share=0.3, patience=2)
    assert detector.update(0, {health.TRUNCATED_SHARE: 0.5}) is None
    assert detector.update(1, {"other": 1.0}) is None
    assert detector.update(2, {health.TRUNCATED_SHARE: float("nan")}) is None
    alert = detector.update(3, {health.TRUNCATED_SHARE: 0.6})
    assert alert is not None and alert.step == 3 and alert.values["share"] == 0.6


def test_the_alert_line_names_step_detector_and_numbers(caplog: pytest.LogCaptureFixture) -> None:
    monitor = HealthMonitor(parse_health_config({"on_alert": "stop", "length_collapse": {"window": 2}}))
    with caplog.at_level(logging.WARNING, logger="openrs_rewards.health"):
        assert monitor.observe(10, {health.LENGTH_MEAN: 600.0}) == []
        alerts = monitor.observe(11, {health.LENGTH_MEAN: 200.0})
    assert [a.detector for a in alerts] == ["length_collapse"]
    assert caplog.messages == [
        "health alert at step 11: length_collapse: mean completion length 200.0 is 67% below the peak 600.0 of "
        "the previous 2 steps (limit 50%) (on_alert: stop)"
    ]
    assert monitor.alerts == alerts and monitor.on_alert == "stop"


def test_a_healthy_run_stays_silent() -> None:
    monitor = HealthMonitor()
    for step in range(200):
        wobble = (step % 7) / 7  # deterministic, bounded noise
        signals = {
            health.LENGTH_MEAN: 600 + 100 * wobble,
            health.TRUNCATED_SHARE: 0.05 + 0.1 * wobble,
            health.ZERO_VARIANCE_SHARE: 0.3 + 0.2 * wobble,
            health.OFF_LANGUAGE_SHARE: 0.1 * wobble,
            "health/reward/total/mean": 0.5 + 0.05 * wobble,
        }
        assert monitor.observe(step, signals) == [], step


stationary = st.lists(st.floats(0.0, 1.0, allow_nan=False), min_size=1, max_size=60)


@settings(max_examples=200, deadline=None)
@given(noise=stationary, level=st.floats(0.0, 1.0), min_drop=st.floats(0.01, 0.5))
def test_reward_noise_narrower_than_min_drop_never_fires(
    noise: list[float], level: float, min_drop: float
) -> None:
    detector = RewardHockeyStick(window=10, k=0.5, min_drop=min_drop, min_history=1)
    # Strictly narrower (x 0.999, as the share test below): a spread of exactly min_drop can exceed it by an ulp once
    # added to the level ((1.0 + m) - 1.0 > m for some m), which hypothesis found.
    stream = [level + min_drop * x * 0.999 for x in noise]
    assert fired_steps(detector, "health/reward/total/mean", stream) == []


@settings(max_examples=200, deadline=None)
@given(noise=stationary, base=st.floats(1.0, 5000.0), max_drop=st.floats(0.05, 0.95))
def test_length_noise_within_the_allowed_drop_never_fires(
    noise: list[float], base: float, max_drop: float
) -> None:
    # every value lies in [base * (1 - max_drop), base]: no value is more than max_drop below any peak
    stream = [base * (1 - max_drop * x) for x in noise]
    assert fired_steps(LengthCollapse(window=5, max_drop=max_drop), health.LENGTH_MEAN, stream) == []


@settings(max_examples=200, deadline=None)
@given(noise=stationary, max_share=st.floats(0.05, 1.0), patience=st.integers(1, 5))
def test_shares_below_their_limit_never_fire(noise: list[float], max_share: float, patience: int) -> None:
    stream = [max_share * x * 0.999 for x in noise]
    for detector, key in (
        (TruncationSurge(max_share=max_share, patience=patience), health.TRUNCATED_SHARE),
        (NoLearningSignal(max_share=max_share, patience=patience), health.ZERO_VARIANCE_SHARE),
        (LanguageDrift(max_share=max_share, patience=patience), health.OFF_LANGUAGE_SHARE),
    ):
        assert fired_steps(detector, key, stream) == []


# ----------------------------------------------------------------------------------------------------------------
# The recipe section


def test_defaults_and_turning_detectors_off() -> None:
    config = parse_health_config(None)
    assert config.enabled and config.on_alert == "warn"
    assert [d.name for d in config.build_detectors()] == list(health.DETECTOR_DEFAULTS)
    config = parse_health_config({"language_drift": None, "truncation_surge": {"patience": 5}})
    assert [d.name for d in config.build_detectors()] == [
        "length_collapse",
        "truncation_surge",
        "reward_hockey_stick",
        "no_learning_signal",
    ]
    surge = config.build_detectors()[1]
    assert isinstance(surge, TruncationSurge) and surge.patience == 5 and surge.max_share == 0.3
    assert parse_health_config({"enabled": False}).build_detectors() == []


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"on_alert": "panic"}, "health.on_alert must be one of warn, save_checkpoint, stop"),
        ({"enabled": "yes"}, "health.enabled must be true or false"),
        ({"length_colapse": {}}, "unknown key.*health.length_colapse"),
        (
            {"length_collapse": {"windw": 3}},
            "unknown key.*windw in health.length_collapse; known: window, max_drop",
        ),
        ({"length_collapse": {"max_drop": 1.5}}, r"health.length_collapse.max_drop must be in \[0, 1\]"),
        (
            {"truncation_surge": {"patience": 0}},
            "health.truncation_surge.patience must be a positive integer",
        ),
        ({"reward_hockey_stick": {"k": "big"}}, "health.reward_hockey_stick.k must be a number"),
        ({"reward_hockey_stick": {"window": 3, "min_history": 5}}, "min_history .5. must not exceed window"),
        ({"no_learning_signal": 0.9}, "health.no_learning_signal must be a mapping"),
        ({"off_language_below": -1}, "health.off_language_below must be in"),
        ([1, 2], "'health' must be a mapping"),
    ],
)
def test_bad_sections_are_refused_with_the_key(section: object, message: str) -> None:
    with pytest.raises(HealthConfigError, match=message):
        parse_health_config(section)  # type: ignore[arg-type]


def test_importing_health_imports_neither_torch_nor_trl() -> None:
    code = (
        "import sys, openrs_rewards.trainer_glue.health; print(sorted({'torch', 'trl'} & set(sys.modules)))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("on_alert", "expected"),
    [("warn", (False, False)), ("save_checkpoint", (True, False)), ("stop", (True, True))],
)
def test_on_alert_sets_the_trainer_control_flags(on_alert: str, expected: tuple[bool, bool]) -> None:
    from types import SimpleNamespace

    monitor = HealthMonitor(parse_health_config({"on_alert": on_alert, "truncation_surge": {"patience": 1}}))
    control = SimpleNamespace(should_save=False, should_training_stop=False)
    monitor.apply(monitor.observe(0, {health.TRUNCATED_SHARE: 0.1}), control)
    assert (control.should_save, control.should_training_stop) == (False, False)  # no alert, no action
    monitor.apply(monitor.observe(1, {health.TRUNCATED_SHARE: 0.9}), control)
    assert (control.should_save, control.should_training_stop) == expected
