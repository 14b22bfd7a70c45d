"""The ``openrs-score --plot`` report: accuracy by completion length, and each reward's distribution, per model.

matplotlib is an optional extra (``pip install "openrs-rewards[plot]"``) and is imported only when a plot is drawn,
through its object-oriented API with the Agg canvas: no pyplot, no global backend switch, no display needed.

Panel 1 shows, for each model, its samples split into quantile buckets of completion length (characters; about
the same number of samples per bucket), each bucket's accuracy at its median length, with a binomial standard error
bar. One more panel per reward shows each model's histogram of that reward's values (None left out; the share of
None is in the legend).
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Sequence
from pathlib import Path

from openrs_rewards.scoring.report import Sample

__all__ = ["PlotUnavailableError", "length_buckets", "plot_report", "require_matplotlib"]

INSTALL_HINT = 'pip install "openrs-rewards[plot]"'


class PlotUnavailableError(RuntimeError):
    """matplotlib is not installed."""


def require_matplotlib() -> None:
    """Raise :class:`PlotUnavailableError` with the install command when matplotlib is missing."""
    if importlib.util.find_spec("matplotlib") is None:
        raise PlotUnavailableError(f"--plot needs matplotlib, which is not installed: {INSTALL_HINT}")


def length_buckets(lengths: Sequence[int], buckets: int) -> list[list[int]]:
    """Indices of ``lengths`` split into at most ``buckets`` quantile buckets (ties never straddle two buckets).

    >>> length_buckets([5, 1, 9, 3, 7, 3], 3)
    [[1, 3, 5], [0], [4, 2]]
    """
    if buckets < 1:
        raise ValueError("need at least one bucket")
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    result: list[list[int]] = []
    start = 0
    for b in range(1, buckets + 1):
        end = round(b * len(order) / buckets)
        # Extend to the end of a run of equal lengths, so one length never lands in two buckets.
        while 0 < end < len(order) and lengths[order[end]] == lengths[order[end - 1]]:
            end += 1
        if end > start:
            result.append(order[start:end])
            start = end
    return result


def _label(model: str | None, limit: int = 48) -> str:
    text = model if model is not None else "(no model field)"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plot_report(
    samples: Sequence[Sample], reward_labels: Sequence[str], path: str | Path, *, buckets: int = 5
) -> Path:
    """Draw the report into ``path`` (PNG, or any format matplotlib infers from the suffix) and return it."""
    require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    by_model: dict[str | None, list[Sample]] = {}
    for sample in samples:
        by_model.setdefault(sample.record.model, []).append(sample)

    panels = 1 + len(reward_labels)
    columns = min(2, panels)
    rows = math.ceil(panels / columns)
    figure = Figure(figsize=(6.5 * columns, 4.5 * rows), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(rows, columns, squeeze=False).ravel()

    accuracy_axes = axes[0]
    for model, group in by_model.items():
        lengths = [len(s.record.completion or "") for s in group]
        xs, ys, errors = [], [], []
        for bucket in length_buckets(lengths, buckets):
            bucket_lengths = sorted(lengths[i] for i in bucket)
            accuracy = sum(group[i].verdict.correct for i in bucket) / len(bucket)
            xs.append(bucket_lengths[len(bucket_lengths) // 2])
            ys.append(100 * accuracy)
            errors.append(100 * math.sqrt(accuracy * (1 - accuracy) / len(bucket)))
        accuracy_axes.errorbar(
            xs, ys, yerr=errors, marker="o", capsize=3, label=f"{_label(model)} (n={len(group)})"
        )
    accuracy_axes.set_title(f"Accuracy by completion length ({buckets} quantile buckets per model)")
    accuracy_axes.set_xlabel("completion length, characters (bucket median)")
    accuracy_axes.set_ylabel("accuracy, %")
    accuracy_axes.set_ylim(-3, 103)
    all_lengths = [len(s.record.completion or "") for s in samples]
    if all_lengths and min(all_lengths) > 0 and max(all_lengths) > 10 * min(all_lengths):
        accuracy_axes.set_xscale("log")  # chain-of-thought lengths span decades
    accuracy_axes.grid(alpha=0.3)
    accuracy_axes.legend(fontsize="small")

    for panel, label in enumerate(reward_labels, start=1):
        ax = axes[panel]
        present = [v for s in samples if (v := s.rewards.get(label)) is not None]
        low, high = (min(present), max(present)) if present else (0.0, 1.0)
        if low == high:
            low, high = low - 0.5, high + 0.5
        for model, group in by_model.items():
            values = [v for s in group if (v := s.rewards.get(label)) is not None]
            none_share = 100 * (1 - len(values) / len(group))
            ax.hist(
                values,
                bins=20,
                range=(low, high),
                histtype="stepfilled",
                alpha=0.45,
                edgecolor="black",
                linewidth=0.8,
                label=f"{_label(model)} (None {none_share:.0f}%)",
            )
        ax.set_title(f"Reward: {label}")
        ax.set_xlabel("value")
        ax.set_ylabel("samples")
        ax.grid(alpha=0.3)
        ax.legend(fontsize="small")
    for ax in axes[panels:]:
        ax.set_visible(False)

    target = Path(path)
    figure.savefig(target, dpi=100)
    return target
