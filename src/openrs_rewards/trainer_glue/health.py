"""Training health: signals computed from one GRPO step's rollouts, and detectors that watch them step by step.

The Open-RS paper saw small models gain in the first 50-100 GRPO steps and then degrade: completions run into the
length cap, drift into other languages, and the reward falls. This module turns what a step already has into
numbers named ``health/...`` (:func:`step_signals`, or :func:`signals_from_trainer_logs` from TRL's own log
keys) and feeds them, one step at a time, to small detectors with documented, configurable thresholds:

==========================  ======================================================================================
detector (config key)       fires when
==========================  ======================================================================================
``length_collapse``         the mean completion length falls more than ``max_drop`` (a fraction) below its peak
                            over the previous ``window`` steps
``truncation_surge``        the share of completions cut at ``max_completion_length`` is at or above
                            ``max_share`` for ``patience`` steps in a row
``reward_hockey_stick``     the reward's mean drops below the mean of the previous ``window`` steps by more than
                            ``k`` standard deviations of those steps and by more than ``min_drop``
``no_learning_signal``      the share of prompt groups whose rewards have zero variance is at or above
                            ``max_share`` for ``patience`` steps in a row
``language_drift``          the share of completions whose reasoning is off-language is at or above ``max_share``
                            for ``patience`` steps in a row
==========================  ======================================================================================

A detector fires once when its condition starts and again only after the condition has cleared. What happens then
is the config's ``on_alert``: ``warn`` (a log line), ``save_checkpoint`` or ``stop``.

Pure Python: importing this module imports neither torch nor trl.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ON_ALERT",
    "Alert",
    "Detector",
    "HealthConfig",
    "HealthConfigError",
    "HealthMonitor",
    "LanguageDrift",
    "LengthCollapse",
    "NoLearningSignal",
    "RewardHockeyStick",
    "RolloutWindow",
    "TruncationSurge",
    "parse_health_config",
    "signals_from_trainer_logs",
    "step_signals",
]

logger = logging.getLogger("openrs_rewards.health")

ON_ALERT = ("warn", "save_checkpoint", "stop")

LENGTH_MEAN = "health/length/mean"
LENGTH_P50 = "health/length/p50"
LENGTH_P90 = "health/length/p90"
TRUNCATED_SHARE = "health/length/truncated_share"
ZERO_VARIANCE_SHARE = "health/zero_variance_share"
NO_ANSWER_SHARE = "health/verifier/no_answer_share"
TIMEOUT_SHARE = "health/verifier/timeout_share"
OFF_LANGUAGE_SHARE = "health/language/off_share"
KL = "health/kl"
TOTAL_REWARD = "total"


def reward_key(reward: str, statistic: str) -> str:
    """The signal name of one reward's statistic (``mean``, ``std`` or ``none_share``).

    >>> reward_key("accuracy", "mean")
    'health/reward/accuracy/mean'
    """
    return f"health/reward/{reward}/{statistic}"


# ----------------------------------------------------------------------------------------------------------------
# Signals


def _quantile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between order statistics (numpy's default)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _mean_std(values: Sequence[float]) -> tuple[float, float]:
    mean = sum(values) / len(values)
    return mean, math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


def step_signals(
    *,
    completion_lengths: Sequence[int],
    max_completion_length: int,
    rewards: Mapping[str, Sequence[float | None]],
    num_generations: int,
    weights: Mapping[str, float] | None = None,
    verifier_counts: Mapping[str, float] | None = None,
    language_reward: str | None = None,
    off_language_below: float = 0.5,
    kl: float | None = None,
    truncated: Sequence[bool] | None = None,
) -> dict[str, float]:
    """The ``health/...`` signals of one step, from its completions in rollout order.

    ``rewards`` maps each reward's name to its value per completion (``None``: the reward skipped it); completions
    ``[i * num_generations, (i + 1) * num_generations)`` answer the same prompt. The total reward of a completion is
    the weighted sum of its rewards (``None`` counts 0, as TRL's ``nansum``). ``verifier_counts`` are the accuracy
    reward's ``log_metric`` counts of one step (``{"no_answer": 2, "timeout": 0}``; a ``name/`` prefix is ignored).
    ``language_reward`` names the language reward: a completion scoring below ``off_language_below`` is off-language.
    ``truncated`` flags the completions that were cut off (TRL: the last token is not EOS); without it a completion
    as long as ``max_completion_length`` counts as cut off.

    >>> signals = step_signals(completion_lengths=[10, 20, 30, 40], max_completion_length=40,
    ...                        rewards={"accuracy": [1.0, 0.0, 1.0, 1.0]}, num_generations=2)
    >>> signals["health/length/mean"], signals["health/length/truncated_share"], signals["health/zero_variance_share"]
    (25.0, 0.25, 0.5)
    """
    count = len(completion_lengths)
    if count == 0:
        raise ValueError("step_signals: no completions")
    if num_generations <= 0 or count % num_generations:
        raise ValueError(f"step_signals: {count} completions do not split into groups of {num_generations}")
    for name, values in rewards.items():
        if len(values) != count:
            raise ValueError(
                f"step_signals: reward {name!r} has {len(values)} values for {count} completions"
            )
    if truncated is not None and len(truncated) != count:
        raise ValueError(f"step_signals: {len(truncated)} truncation flags for {count} completions")
    cut = (
        [bool(flag) for flag in truncated]
        if truncated is not None
        else [length >= max_completion_length for length in completion_lengths]
    )
    lengths = [float(length) for length in completion_lengths]
    signals: dict[str, float] = {
        LENGTH_MEAN: sum(lengths) / count,
        LENGTH_P50: _quantile(lengths, 0.5),
        LENGTH_P90: _quantile(lengths, 0.9),
        TRUNCATED_SHARE: sum(cut) / count,
    }
    weights = weights or {}
    totals = [0.0] * count
    for name, values in rewards.items():
        present = [float(v) for v in values if v is not None]
        signals[reward_key(name, "none_share")] = 1 - len(present) / count
        if present:
            signals[reward_key(name, "mean")], signals[reward_key(name, "std")] = _mean_std(present)
        weight = float(weights.get(name, 1.0))
        for i, value in enumerate(values):
            if value is not None:
                totals[i] += weight * float(value)
    if rewards:
        signals[reward_key(TOTAL_REWARD, "mean")], signals[reward_key(TOTAL_REWARD, "std")] = _mean_std(
            totals
        )
        groups = [totals[start : start + num_generations] for start in range(0, count, num_generations)]
        signals[ZERO_VARIANCE_SHARE] = sum(1 for group in groups if max(group) == min(group)) / len(groups)
    if verifier_counts is not None:
        by_status = {key.rsplit("/", 1)[-1]: float(value) for key, value in verifier_counts.items()}
        signals[NO_ANSWER_SHARE] = by_status.get("no_answer", 0.0) / count
        signals[TIMEOUT_SHARE] = by_status.get("timeout", 0.0) / count
    if language_reward is not None:
        if language_reward not in rewards:
            raise ValueError(f"step_signals: language_reward {language_reward!r} is not among the rewards")
        scored = [v for v in rewards[language_reward] if v is not None]
        if scored:
            signals[OFF_LANGUAGE_SHARE] = sum(1 for v in scored if v < off_language_below) / len(scored)
    if kl is not None:
        signals[KL] = float(kl)
    return signals


class RolloutWindow:
    """The rollouts of one logging window, added batch by batch, turned into :func:`step_signals` at log time.

    The trainer generates several batches between two log lines (gradient accumulation, ``steps_per_generation``);
    each :meth:`add` appends one batch of completions in rollout order (whole prompt groups), and :meth:`flush`
    returns the window's signals and starts a new window. Verifier counts (the accuracy reward's ``no_answer`` /
    ``timeout`` per batch) are summed with :meth:`add_counts`.

    >>> window = RolloutWindow(["accuracy"], num_generations=2, max_completion_length=8)
    >>> window.add([3, 8], [False, True], {"accuracy": [1.0, 0.0]})
    >>> window.add([5, 5], [False, False], {"accuracy": [1.0, 1.0]})
    >>> signals = window.flush(kl=0.01)
    >>> signals["health/length/truncated_share"], signals["health/zero_variance_share"], signals["health/kl"]
    (0.25, 0.5, 0.01)
    >>> window.flush() is None  # nothing since the last flush
    True
    """

    def __init__(
        self,
        reward_names: Sequence[str],
        *,
        num_generations: int,
        max_completion_length: int,
        weights: Mapping[str, float] | None = None,
        language_reward: str | None = None,
        off_language_below: float = 0.5,
    ) -> None:
        self.reward_names = list(reward_names)
        self.num_generations = num_generations
        self.max_completion_length = max_completion_length
        self.weights = dict(weights or {})
        self.language_reward = language_reward
        self.off_language_below = off_language_below
        self._reset()

    def _reset(self) -> None:
        self.lengths: list[int] = []
        self.truncated: list[bool] = []
        self.rewards: dict[str, list[float | None]] = {name: [] for name in self.reward_names}
        self.counts: dict[str, float] | None = None

    def add(
        self,
        lengths: Sequence[int],
        truncated: Sequence[bool],
        rewards: Mapping[str, Sequence[float | None]],
    ) -> None:
        """One batch: a length, a cut-off flag and each reward's value (None: skipped) per completion."""
        if len(truncated) != len(lengths) or any(
            len(rewards[name]) != len(lengths) for name in self.reward_names
        ):
            raise ValueError("RolloutWindow.add: lengths, truncation flags and rewards differ in length")
        self.lengths.extend(int(length) for length in lengths)
        self.truncated.extend(bool(flag) for flag in truncated)
        for name in self.reward_names:
            self.rewards[name].extend(rewards[name])

    def add_counts(self, counts: Mapping[str, float]) -> None:
        """Add one batch's verifier counts (``{"no_answer": 2, "timeout": 0}``)."""
        totals = self.counts if self.counts is not None else {}
        for key, value in counts.items():
            totals[key] = totals.get(key, 0.0) + float(value)
        self.counts = totals

    def flush(self, *, kl: float | None = None) -> dict[str, float] | None:
        """The window's signals (None when no rollout arrived since the last flush); the window starts over."""
        if not self.lengths:
            return None
        try:
            return step_signals(
                completion_lengths=self.lengths,
                max_completion_length=self.max_completion_length,
                rewards=self.rewards,
                num_generations=self.num_generations,
                weights=self.weights,
                verifier_counts=self.counts,
                language_reward=self.language_reward,
                off_language_below=self.off_language_below,
                kl=kl,
                truncated=self.truncated,
            )
        finally:
            self._reset()


def signals_from_trainer_logs(
    logs: Mapping[str, float],
    *,
    completions_per_step: int | None = None,
    verifier_reward: str | None = None,
) -> dict[str, float]:
    """The ``health/...`` signals TRL's ``GRPOTrainer`` logs already carry, renamed.

    TRL logs ``completions/mean_length``, ``completions/clipped_ratio``, ``frac_reward_zero_std``, ``kl``,
    ``reward`` / ``reward_std`` and ``rewards/<name>/mean`` / ``std``; a reward's ``log_metric`` counts arrive as
    ``<name>/no_answer`` and ``<name>/timeout`` (shares need ``completions_per_step``). Length percentiles, ``None``
    shares and the off-language share need the rollouts themselves (:func:`step_signals`).

    >>> signals_from_trainer_logs({"completions/mean_length": 120.0, "frac_reward_zero_std": 0.25, "loss": 0.1})
    {'health/length/mean': 120.0, 'health/zero_variance_share': 0.25}
    """
    renamed = {
        "completions/mean_length": LENGTH_MEAN,
        "completions/clipped_ratio": TRUNCATED_SHARE,
        "frac_reward_zero_std": ZERO_VARIANCE_SHARE,
        "kl": KL,
        "reward": reward_key(TOTAL_REWARD, "mean"),
        "reward_std": reward_key(TOTAL_REWARD, "std"),
    }
    signals = {renamed[key]: float(value) for key, value in logs.items() if key in renamed}
    for key, value in logs.items():
        parts = key.split("/")
        if len(parts) == 3 and parts[0] == "rewards" and parts[2] in ("mean", "std"):
            signals[reward_key(parts[1], parts[2])] = float(value)
    if verifier_reward is not None and completions_per_step:
        for status, name in (("no_answer", NO_ANSWER_SHARE), ("timeout", TIMEOUT_SHARE)):
            count = logs.get(f"{verifier_reward}/{status}")
            if count is not None:
                signals[name] = float(count) / completions_per_step
    return signals


# ----------------------------------------------------------------------------------------------------------------
# Detectors


@dataclass(frozen=True)
class Alert:
    """One detector firing: which, at which step, the numbers, and a log line saying so."""

    detector: str
    step: int
    message: str
    values: dict[str, float] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"health alert at step {self.step}: {self.detector}: {self.message}"


class Detector:
    """Fed one step's signals at a time; :meth:`update` returns an :class:`Alert` when its condition starts.

    A step without the detector's signal is skipped (it neither fires nor resets). Subclasses implement
    :meth:`_check`, returning a message and the numbers while the condition holds, else None.
    """

    name = "detector"
    signal = ""  # the health/... key it reads

    def __init__(self) -> None:
        self._active = False

    def update(self, step: int, signals: Mapping[str, float]) -> Alert | None:
        value = signals.get(self.signal)
        if value is None or not math.isfinite(value):
            return None
        finding = self._check(float(value))
        if finding is None:
            self._active = False
            return None
        if self._active:
            return None
        self._active = True
        message, values = finding
        return Alert(self.name, step, message, values)

    def _check(self, value: float) -> tuple[str, dict[str, float]] | None:
        raise NotImplementedError


def _positive_int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise HealthConfigError(f"{what} must be a positive integer, got {value!r}")
    return value


def _number(value: Any, what: str, low: float, high: float | None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise HealthConfigError(f"{what} must be a number, got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"in [{low:g}, {high:g}]" if high is not None else f"at least {low:g}"
        raise HealthConfigError(f"{what} must be {bound}, got {value!r}")
    return float(value)


class LengthCollapse(Detector):
    """Mean completion length falls more than ``max_drop`` below its peak over the previous ``window`` steps.

    >>> detector = LengthCollapse(window=3, max_drop=0.5)
    >>> [detector.update(step, {"health/length/mean": length}) is not None
    ...  for step, length in enumerate([400, 410, 390, 220, 150])]
    [False, False, False, False, True]
    """

    name = "length_collapse"
    signal = LENGTH_MEAN

    def __init__(self, *, window: int = 20, max_drop: float = 0.5) -> None:
        super().__init__()
        self.window = _positive_int(window, "length_collapse.window")
        self.max_drop = _number(max_drop, "length_collapse.max_drop", 0.0, 1.0)
        self._recent: deque[float] = deque(maxlen=self.window)

    def _check(self, value: float) -> tuple[str, dict[str, float]] | None:
        peak = max(self._recent) if self._recent else None
        self._recent.append(value)
        if peak is None or peak <= 0 or value >= peak * (1 - self.max_drop):
            return None
        drop = 1 - value / peak
        return (
            f"mean completion length {value:.1f} is {drop:.0%} below the peak {peak:.1f} of the previous "
            f"{self.window} steps (limit {self.max_drop:.0%})",
            {"mean_length": value, "peak": peak, "drop": drop},
        )


class _SustainedShare(Detector):
    """A share at or above ``max_share`` for ``patience`` steps in a row."""

    what = "share"

    def __init__(self, *, max_share: float, patience: int) -> None:
        super().__init__()
        self.max_share = _number(max_share, f"{self.name}.max_share", 0.0, 1.0)
        self.patience = _positive_int(patience, f"{self.name}.patience")
        self._run = 0

    def _check(self, value: float) -> tuple[str, dict[str, float]] | None:
        self._run = self._run + 1 if value >= self.max_share else 0
        if self._run < self.patience:
            return None
        return (
            f"{self.what} {value:.2f} has been at or above {self.max_share:.2f} for {self._run} steps "
            f"(patience {self.patience})",
            {"share": value, "steps": float(self._run)},
        )


class TruncationSurge(_SustainedShare):
    """The share of completions cut at ``max_completion_length`` stays at or above ``max_share``.

    >>> detector = TruncationSurge(max_share=0.3, patience=2)
    >>> [detector.update(step, {"health/length/truncated_share": s}) is not None
    ...  for step, s in enumerate([0.1, 0.4, 0.5, 0.6])]
    [False, False, True, False]
    """

    name = "truncation_surge"
    what = "truncated share"
    signal = TRUNCATED_SHARE

    def __init__(self, *, max_share: float = 0.3, patience: int = 3) -> None:
        super().__init__(max_share=max_share, patience=patience)


class NoLearningSignal(_SustainedShare):
    """The share of prompt groups whose rewards all agree (zero advantage) stays at or above ``max_share``."""

    name = "no_learning_signal"
    what = "zero-variance group share"
    signal = ZERO_VARIANCE_SHARE

    def __init__(self, *, max_share: float = 0.9, patience: int = 10) -> None:
        super().__init__(max_share=max_share, patience=patience)


class LanguageDrift(_SustainedShare):
    """The share of completions whose reasoning is off-language stays at or above ``max_share``."""

    name = "language_drift"
    what = "off-language share"
    signal = OFF_LANGUAGE_SHARE

    def __init__(self, *, max_share: float = 0.2, patience: int = 3) -> None:
        super().__init__(max_share=max_share, patience=patience)


class RewardHockeyStick(Detector):
    """A reward's mean drops below the mean of the previous ``window`` steps by more than ``k`` of their standard
    deviations and by more than ``min_drop`` (so a flat reward's tiny wobble is not a drop). It waits for
    ``min_history`` steps of history first.

    >>> detector = RewardHockeyStick(window=5, k=3.0, min_drop=0.1, min_history=3)
    >>> [detector.update(step, {"health/reward/total/mean": r}) is not None
    ...  for step, r in enumerate([0.50, 0.52, 0.49, 0.51, 0.20])]
    [False, False, False, False, True]
    """

    name = "reward_hockey_stick"

    def __init__(
        self,
        *,
        reward: str = TOTAL_REWARD,
        window: int = 20,
        k: float = 3.0,
        min_drop: float = 0.1,
        min_history: int = 5,
    ) -> None:
        super().__init__()
        if not isinstance(reward, str) or not reward:
            raise HealthConfigError(f"reward_hockey_stick.reward must be a reward name, got {reward!r}")
        self.reward = reward
        self.window = _positive_int(window, "reward_hockey_stick.window")
        self.k = _number(k, "reward_hockey_stick.k", 0.0, None)
        self.min_drop = _number(min_drop, "reward_hockey_stick.min_drop", 0.0, None)
        self.min_history = _positive_int(min_history, "reward_hockey_stick.min_history")
        if self.min_history > self.window:
            raise HealthConfigError(
                f"reward_hockey_stick.min_history ({min_history}) must not exceed window ({window})"
            )
        self.signal = reward_key(reward, "mean")
        self._recent: deque[float] = deque(maxlen=self.window)

    def _check(self, value: float) -> tuple[str, dict[str, float]] | None:
        history = list(self._recent)
        self._recent.append(value)
        if len(history) < self.min_history:
            return None
        mean, std = _mean_std(history)
        drop = mean - value
        if drop <= self.k * std or drop <= self.min_drop:
            return None
        return (
            f"reward {self.reward!r} mean {value:.3f} dropped {drop:.3f} below the mean {mean:.3f} of the previous "
            f"{len(history)} steps ({drop / std if std else math.inf:.1f} standard deviations of {std:.3f}; "
            f"limits: {self.k:g} sd and {self.min_drop:g})",
            {"reward_mean": value, "recent_mean": mean, "recent_std": std, "drop": drop},
        )


# ----------------------------------------------------------------------------------------------------------------
# Configuration (a recipe's ``health`` section)


class HealthConfigError(ValueError):
    """A ``health`` section that cannot be used as written."""


_DETECTORS: dict[str, type[Detector]] = {
    "length_collapse": LengthCollapse,
    "truncation_surge": TruncationSurge,
    "reward_hockey_stick": RewardHockeyStick,
    "no_learning_signal": NoLearningSignal,
    "language_drift": LanguageDrift,
}


@dataclass
class HealthConfig:
    """The recipe's ``health`` section: on/off, what an alert does, and each detector's settings (None: off).

    >>> config = parse_health_config({"on_alert": "stop", "language_drift": None})
    >>> config.on_alert, sorted(config.detectors)
    ('stop', ['length_collapse', 'no_learning_signal', 'reward_hockey_stick', 'truncation_surge'])
    """

    enabled: bool = True
    on_alert: str = "warn"
    off_language_below: float = 0.5
    detectors: dict[str, dict[str, Any]] = field(default_factory=lambda: {name: {} for name in _DETECTORS})

    def build_detectors(self) -> list[Detector]:
        """One fresh detector per configured entry (in the order of :data:`_DETECTORS`)."""
        if not self.enabled:
            return []
        return [cls(**self.detectors[name]) for name, cls in _DETECTORS.items() if name in self.detectors]


HEALTH_KEYS: dict[str, str] = {
    "enabled": "true | false: compute health/... signals and run the detectors",
    "on_alert": "warn (log line) | save_checkpoint (save now, keep training) | stop (save and stop)",
    "off_language_below": "a completion whose language reward is below this is off-language (0..1)",
    **{name: "a mapping of its thresholds, or null to turn it off" for name in _DETECTORS},
}


def parse_health_config(section: Mapping[str, Any] | None) -> HealthConfig:
    """A checked :class:`HealthConfig` from a recipe's ``health`` mapping (None or absent keys: the defaults).

    Unknown keys, unknown thresholds and out-of-range values raise :class:`HealthConfigError` naming the key.

    >>> parse_health_config({"length_collapse": {"window": 0}})
    Traceback (most recent call last):
    ...
    openrs_rewards.trainer_glue.health.HealthConfigError: health.length_collapse.window must be a positive integer, got 0
    """
    import inspect

    if section is None:
        return HealthConfig()
    if not isinstance(section, Mapping):
        raise HealthConfigError(f"'health' must be a mapping, got {type(section).__name__}")
    unknown = sorted(set(section) - set(HEALTH_KEYS))
    if unknown:
        raise HealthConfigError(
            f"unknown key(s) health.{', health.'.join(unknown)}; known: {', '.join(HEALTH_KEYS)}"
        )
    config = HealthConfig()
    enabled = section.get("enabled", True)
    if not isinstance(enabled, bool):
        raise HealthConfigError(f"health.enabled must be true or false, got {enabled!r}")
    config.enabled = enabled
    on_alert = section.get("on_alert", "warn")
    if on_alert not in ON_ALERT:
        raise HealthConfigError(f"health.on_alert must be one of {', '.join(ON_ALERT)}, got {on_alert!r}")
    config.on_alert = on_alert
    config.off_language_below = _number(
        section.get("off_language_below", 0.5), "health.off_language_below", 0.0, 1.0
    )
    for name, cls in _DETECTORS.items():
        settings = section.get(name, {})
        if settings is None or settings is False:
            config.detectors.pop(name)
            continue
        if not isinstance(settings, Mapping):
            raise HealthConfigError(
                f"health.{name} must be a mapping of thresholds or null, got {settings!r}"
            )
        allowed = [p for p in inspect.signature(cls.__init__).parameters if p != "self"]
        extra = sorted(set(settings) - set(allowed))
        if extra:
            raise HealthConfigError(
                f"unknown key(s) {', '.join(extra)} in health.{name}; known: {', '.join(allowed)}"
            )
        try:
            cls(**settings)  # checks every value
        except HealthConfigError as exc:
            raise HealthConfigError(f"health.{exc}") from None
        config.detectors[name] = dict(settings)
    return config


# ----------------------------------------------------------------------------------------------------------------
# Monitor


class HealthMonitor:
    """Every configured detector, fed the same step's signals; each alert is logged as a warning.

    >>> monitor = HealthMonitor(parse_health_config({"truncation_surge": {"max_share": 0.5, "patience": 1}}))
    >>> [str(alert) for alert in monitor.observe(7, {"health/length/truncated_share": 0.75})]
    ['health alert at step 7: truncation_surge: truncated share 0.75 has been at or above 0.50 for 1 steps (patience 1)']
    """

    def __init__(self, config: HealthConfig | None = None) -> None:
        self.config = config or HealthConfig()
        self.detectors = self.config.build_detectors()
        self.alerts: list[Alert] = []

    @property
    def on_alert(self) -> str:
        return self.config.on_alert

    def observe(self, step: int, signals: Mapping[str, float]) -> list[Alert]:
        """The alerts this step raises (usually none); each is also logged and kept in :attr:`alerts`."""
        fired = [alert for d in self.detectors if (alert := d.update(step, signals)) is not None]
        for alert in fired:
            logger.warning("%s (on_alert: %s)", alert, self.on_alert)
        self.alerts.extend(fired)
        return fired

    def apply(self, alerts: Sequence[Alert], control: Any) -> None:
        """Act on a step's alerts through a ``transformers.TrainerControl``-like object: ``save_checkpoint`` sets
        ``should_save``, ``stop`` sets ``should_save`` and ``should_training_stop``; ``warn`` (and no alert) does
        nothing beyond the log line.

        >>> from types import SimpleNamespace
        >>> control = SimpleNamespace(should_save=False, should_training_stop=False)
        >>> monitor = HealthMonitor(parse_health_config({"on_alert": "stop"}))
        >>> monitor.apply([Alert("length_collapse", 3, "...")], control)
        >>> control.should_save, control.should_training_stop
        (True, True)
        """
        if not alerts or self.on_alert == "warn":
            return
        control.should_save = True
        if self.on_alert == "stop":
            control.should_training_stop = True


def _detector_defaults() -> dict[str, dict[str, Any]]:
    """Each detector's documented default thresholds (what a recipe that leaves one out gets)."""
    import inspect

    return {
        name: {
            p.name: p.default
            for p in inspect.signature(cls.__init__).parameters.values()
            if p.name != "self" and p.default is not inspect.Parameter.empty
        }
        for name, cls in _DETECTORS.items()
    }


DETECTOR_DEFAULTS = _detector_defaults()
