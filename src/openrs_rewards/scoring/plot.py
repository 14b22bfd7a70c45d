"""The ``openrs-score --plot`` report: accuracy per benchmark, pass@k against k, accuracy by length, the rewards.

matplotlib is an optional extra (``pip install "openrs-rewards[plot]"``) and is imported only when a plot is drawn,
through its object-oriented API with the Agg canvas: no pyplot, no global backend switch, no display needed.

The panels, each tagged with a ``gid`` so a test can find it:

- ``accuracy_by_benchmark``: one bar per (benchmark, model), the accuracy over all samples with its standard error
  clustered by problem (the table's ``accuracy ± SE``) as the error bar;
- ``pass_at_k`` (only when some problem has several samples): pass@k against k, one line per (model, benchmark),
  the table's unbiased estimator, k on a log scale;
- ``accuracy_by_length``: each model's samples split into quantile buckets of completion length (characters; about
  the same number of samples per bucket), each bucket's accuracy at its median length, with a binomial standard
  error bar;
- ``reward:<label>``: each model's histogram of that reward's values (None left out; the share of None is in the
  legend). A reward that takes one value for every sample of each model has no distribution to draw: the panel
  says the value as a number instead of drawing a single bar.

Every legend sits outside its axes (to the right), never over the data.

:func:`plot_checkpoint_curves` draws a training run's evaluations against the step (``openrs-eval --checkpoints``):
per benchmark, a panel ``checkpoint_accuracy:<benchmark>`` with the accuracy ± standard error of each source
(in-run, checkpoint) and the chosen step marked, and under it a panel ``checkpoint_length:<benchmark>`` with the
mean completion length and, on its second y axis, the share of truncated completions.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from openrs_rewards.scoring.report import GroupSummary, Sample, summarize

__all__ = [
    "PlotUnavailableError",
    "StepMeasurement",
    "build_checkpoint_figure",
    "build_report_figure",
    "length_buckets",
    "pass_at_k_points",
    "plot_checkpoint_curves",
    "plot_report",
    "require_matplotlib",
]

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


def _legend_outside(ax: Any) -> None:
    """The legend to the right of the axes, so it never covers a bar, a point or a line."""
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0, fontsize="small")


def pass_at_k_points(samples_per_problem: int) -> list[int]:
    """The k at which pass@k is drawn for ``samples_per_problem`` samples: every k up to 16, then powers of two.

    >>> pass_at_k_points(4), pass_at_k_points(64), pass_at_k_points(1)
    ([1, 2, 3, 4], [1, 2, 4, 8, 16, 32, 64], [1])
    """
    n = samples_per_problem
    if n <= 16:
        return list(range(1, n + 1))
    ks = [1 << i for i in range(n.bit_length()) if 1 << i <= n]
    return ks if ks[-1] == n else [*ks, n]


def build_report_figure(samples: Sequence[Sample], reward_labels: Sequence[str], *, buckets: int = 5) -> Any:
    """The report as a ``matplotlib.figure.Figure`` (Agg canvas), not yet written; see the module docstring."""
    require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    groups = summarize(samples, ks=(1,))
    most = max((g.min_samples_per_problem for g in groups), default=1)
    if most >= 2:
        groups = summarize(samples, ks=pass_at_k_points(most))
    draw_pass_at_k = any(g.min_samples_per_problem >= 2 for g in groups)

    panels = 2 + int(draw_pass_at_k) + len(reward_labels)
    columns = 2
    rows = math.ceil(panels / columns)
    figure = Figure(figsize=(8.5 * columns, 4.5 * rows), layout="constrained")
    FigureCanvasAgg(figure)
    axes = list(figure.subplots(rows, columns, squeeze=False).ravel())

    _draw_accuracy_by_benchmark(axes.pop(0), groups)
    if draw_pass_at_k:
        _draw_pass_at_k(axes.pop(0), groups)
    _draw_accuracy_by_length(axes.pop(0), samples, buckets)
    for label in reward_labels:
        _draw_reward(axes.pop(0), samples, label)
    for ax in axes:
        ax.set_visible(False)
    return figure


def plot_report(
    samples: Sequence[Sample], reward_labels: Sequence[str], path: str | Path, *, buckets: int = 5
) -> Path:
    """Draw the report into ``path`` (PNG, or any format matplotlib infers from the suffix) and return it."""
    figure = build_report_figure(samples, reward_labels, buckets=buckets)
    target = Path(path)
    figure.savefig(target, dpi=100)
    return target


def _draw_accuracy_by_benchmark(ax: Any, groups: Sequence[GroupSummary]) -> None:
    ax.set_gid("accuracy_by_benchmark")
    benchmarks = list(dict.fromkeys(g.benchmark for g in groups))
    models = list(dict.fromkeys(g.model for g in groups))
    width = 0.8 / len(models)
    for index, model in enumerate(models):
        xs, ys, errors = [], [], []
        for position, benchmark in enumerate(benchmarks):
            group = next((g for g in groups if g.model == model and g.benchmark == benchmark), None)
            if group is None:
                continue
            xs.append(position - 0.4 + width * (index + 0.5))
            ys.append(100 * group.accuracy)
            errors.append(100 * (group.accuracy_se or 0.0))
        ax.bar(xs, ys, width=width * 0.95, yerr=errors, capsize=3, label=_label(model))
    ax.set_xticks(range(len(benchmarks)))
    ax.set_xticklabels([b if b is not None else "(no benchmark field)" for b in benchmarks])
    ax.set_title("Accuracy per benchmark (± standard error, clustered by problem)")
    ax.set_ylabel("accuracy, %")
    ax.set_ylim(0, 103)
    ax.grid(axis="y", alpha=0.3)
    _legend_outside(ax)


def _draw_pass_at_k(ax: Any, groups: Sequence[GroupSummary]) -> None:
    ax.set_gid("pass_at_k")
    several_benchmarks = len({g.benchmark for g in groups}) > 1
    largest = 1
    for group in groups:
        points = [(k, v) for k, v in sorted(group.pass_at_k.items()) if v is not None]
        if len(points) < 2:
            continue
        largest = max(largest, points[-1][0])
        name = _label(group.model) + (f" · {group.benchmark}" if several_benchmarks else "")
        ax.plot([k for k, _ in points], [100 * v for _, v in points], marker="o", label=name)
    ax.set_xscale("log", base=2)
    ticks = pass_at_k_points(largest)
    ax.set_xticks(ticks)
    ax.set_xticklabels([str(k) for k in ticks])
    ax.set_title("pass@k against k (unbiased estimator, mean over problems)")
    ax.set_xlabel("k (samples per problem)")
    ax.set_ylabel("pass@k, %")
    ax.set_ylim(-3, 103)
    ax.grid(alpha=0.3)
    _legend_outside(ax)


def _draw_accuracy_by_length(ax: Any, samples: Sequence[Sample], buckets: int) -> None:
    ax.set_gid("accuracy_by_length")
    by_model: dict[str | None, list[Sample]] = {}
    for sample in samples:
        by_model.setdefault(sample.record.model, []).append(sample)
    for model, group in by_model.items():
        lengths = [s.completion_chars for s in group]
        xs, ys, errors = [], [], []
        for bucket in length_buckets(lengths, buckets):
            bucket_lengths = sorted(lengths[i] for i in bucket)
            accuracy = sum(group[i].verdict.correct for i in bucket) / len(bucket)
            xs.append(bucket_lengths[len(bucket_lengths) // 2])
            ys.append(100 * accuracy)
            errors.append(100 * math.sqrt(accuracy * (1 - accuracy) / len(bucket)))
        ax.errorbar(xs, ys, yerr=errors, marker="o", capsize=3, label=f"{_label(model)} (n={len(group)})")
    ax.set_title(f"Accuracy by completion length ({buckets} quantile buckets per model)")
    ax.set_xlabel("completion length, characters (bucket median)")
    ax.set_ylabel("accuracy, %")
    ax.set_ylim(-3, 103)
    all_lengths = [s.completion_chars for s in samples]
    if all_lengths and min(all_lengths) > 0 and max(all_lengths) > 10 * min(all_lengths):
        ax.set_xscale("log")  # chain-of-thought lengths span decades
    ax.grid(alpha=0.3)
    _legend_outside(ax)


def _number(value: float) -> str:
    return f"{value:.6g}"


def _draw_reward(ax: Any, samples: Sequence[Sample], label: str) -> None:
    ax.set_gid(f"reward:{label}")
    ax.set_title(f"Reward: {label}")
    by_model: dict[str | None, list[float | None]] = {}
    for sample in samples:
        by_model.setdefault(sample.record.model, []).append(sample.rewards.get(label))
    present = {model: [v for v in values if v is not None] for model, values in by_model.items()}
    if all(len(set(values)) <= 1 for values in present.values()):
        # One value per model (or none at all): a histogram would be one bar or an empty frame; say the number.
        lines = []
        for model, values in by_model.items():
            kept = present[model]
            none_share = 100 * (1 - len(kept) / len(values))
            what = f"always {_number(kept[0])}" if kept else "no value"
            lines.append(f"{_label(model)}: {what} ({len(values)} samples, None {none_share:.0f}%)")
        ax.text(0.5, 0.5, "\n".join(lines), ha="center", va="center", transform=ax.transAxes, wrap=True)
        ax.set_xticks([])
        ax.set_yticks([])
        return
    values_all = [v for values in present.values() for v in values]
    low, high = min(values_all), max(values_all)
    for model, values in by_model.items():
        kept = present[model]
        none_share = 100 * (1 - len(kept) / len(values))
        ax.hist(
            kept,
            bins=20,
            range=(low, high),
            histtype="stepfilled",
            alpha=0.45,
            edgecolor="black",
            linewidth=0.8,
            label=f"{_label(model)} (None {none_share:.0f}%)",
        )
    ax.set_xlabel("value")
    ax.set_ylabel("samples")
    ax.grid(alpha=0.3)
    _legend_outside(ax)


# -- accuracy against training step ------------------------------------------------------------------------------


_SOURCE_MARKERS = (("in_run", "s"), ("checkpoint", "o"))
_SOURCE_COLORS = {"in_run": "tab:blue", "checkpoint": "tab:orange"}


class StepMeasurement(Protocol):
    """One evaluation of one training step on one benchmark (what
    :class:`openrs_rewards.trainer_glue.checkpoint_choice.EvalRow` holds)."""

    @property
    def step(self) -> int: ...
    @property
    def benchmark(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def accuracy(self) -> float: ...
    @property
    def stderr(self) -> float | None: ...
    @property
    def mean_length(self) -> float | None: ...
    @property
    def length_unit(self) -> str | None: ...
    @property
    def truncated_share(self) -> float | None: ...


def build_checkpoint_figure(
    rows: Sequence[StepMeasurement], *, best_step: int | None = None, best_label: str = "chosen"
) -> Any:
    """Accuracy (± SE) against step, and length / truncation against step, per benchmark (see the module
    docstring), as a ``matplotlib.figure.Figure``; ``best_step`` is marked on every accuracy panel."""
    require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    benchmarks = sorted({row.benchmark for row in rows}) or ["(no rows)"]
    figure = Figure(figsize=(10, 6.5 * len(benchmarks)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.subplots(2 * len(benchmarks), 1, squeeze=False, height_ratios=[3, 2] * len(benchmarks))
    for index, benchmark in enumerate(benchmarks):
        mine = sorted((row for row in rows if row.benchmark == benchmark), key=lambda r: r.step)
        accuracy_ax, length_ax = axes[2 * index][0], axes[2 * index + 1][0]
        length_ax.sharex(accuracy_ax)
        accuracy_ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # steps are whole numbers
        _draw_step_accuracy(accuracy_ax, benchmark, mine, best_step, best_label)
        _draw_step_length(length_ax, benchmark, mine)
    return figure


def plot_checkpoint_curves(
    rows: Sequence[StepMeasurement],
    path: str | Path,
    *,
    best_step: int | None = None,
    best_label: str = "chosen",
) -> Path:
    """Draw :func:`build_checkpoint_figure` into ``path`` (PNG, or the format the suffix names) and return it."""
    figure = build_checkpoint_figure(rows, best_step=best_step, best_label=best_label)
    target = Path(path)
    figure.savefig(target, dpi=100)
    return target


def _draw_step_accuracy(
    ax: Any, benchmark: str, rows: Sequence[StepMeasurement], best_step: int | None, best_label: str
) -> None:
    ax.set_gid(f"checkpoint_accuracy:{benchmark}")
    for source, marker in _SOURCE_MARKERS:
        mine = [row for row in rows if row.source == source]
        if not mine:
            continue
        ax.errorbar(
            [row.step for row in mine],
            [100 * row.accuracy for row in mine],
            yerr=[100 * (row.stderr or 0.0) for row in mine],
            marker=marker,
            capsize=3,
            color=_SOURCE_COLORS[source],  # the same colour for a source on every benchmark's panel
            label=f"{source.replace('_', '-')} evaluation (± SE)",
        )
    if best_step is not None and any(row.step == best_step for row in rows):
        ax.axvline(
            best_step,
            color="tab:green",
            linestyle="--",
            linewidth=1.2,
            label=f"{best_label}: step {best_step}",
        )
    ax.set_title(f"{benchmark}: accuracy against training step (± standard error, clustered by problem)")
    ax.set_ylabel("accuracy, %")
    ax.set_ylim(-3, 103)
    ax.tick_params(labelbottom=True)
    ax.grid(alpha=0.3)
    _legend_outside(ax)


def _draw_step_length(ax: Any, benchmark: str, rows: Sequence[StepMeasurement]) -> None:
    ax.set_gid(f"checkpoint_length:{benchmark}")
    units = {row.length_unit for row in rows if row.mean_length is not None}
    unit = units.pop() if len(units) == 1 else None
    share_ax = ax.twinx()
    share_ax.set_gid(f"checkpoint_truncated:{benchmark}")
    several_sources = len({row.source for row in rows}) > 1
    for source, marker in _SOURCE_MARKERS:
        mine = [row for row in rows if row.source == source]
        suffix = f" ({source.replace('_', '-')})" if several_sources else ""
        measured = [row for row in mine if row.mean_length is not None]
        if measured:
            ax.plot(
                [row.step for row in measured],
                [row.mean_length for row in measured],
                marker=marker,
                color="tab:purple",
                label="mean length" + suffix,
            )
        cut = [row for row in mine if row.truncated_share is not None]
        if cut:
            share_ax.plot(
                [row.step for row in cut],
                [100 * (row.truncated_share or 0.0) for row in cut],
                marker=marker,
                linestyle="--",
                color="tab:red",
                label="truncated, right axis" + suffix,
            )
    ax.set_ylabel(f"mean length, {unit or 'tokens or chars'}")
    ax.set_xlabel("training step")
    ax.grid(alpha=0.3)
    share_ax.set_ylabel("truncated, % of samples")
    share_ax.set_ylim(-3, 103)
    ax.set_title(f"{benchmark}: completion length and truncation against step")
    handles, labels = ax.get_legend_handles_labels()
    more_handles, more_labels = share_ax.get_legend_handles_labels()
    if handles or more_handles:
        # Beyond the second y axis's labels, so it covers neither the data nor that axis.
        ax.legend(
            handles + more_handles,
            labels + more_labels,
            loc="upper left",
            bbox_to_anchor=(1.1, 1.0),
            borderaxespad=0.0,
            fontsize="small",
        )
