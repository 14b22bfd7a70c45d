"""`openrs-score --plot`: a real PNG is drawn (Agg, no display), a missing matplotlib is a clear error, and the
figure's structure holds: legends outside the data, accuracy per benchmark with error bars, pass@k against k when
problems have several samples, and a constant reward said as a number rather than drawn as an empty histogram."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import openrs_rewards.scoring.pipeline as pipeline
from openrs_rewards import Verdict, plugins
from openrs_rewards.cli.score import main
from openrs_rewards.scoring.metrics import accuracy_with_se, pass_at_k
from openrs_rewards.scoring.plot import build_report_figure, length_buckets, pass_at_k_points
from openrs_rewards.scoring.records import Record
from openrs_rewards.scoring.report import Sample

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def fake_verify_batch(completions: list[str], golds: list[str], **kwargs: Any) -> list[Verdict]:
    """Correct when the completion ends with the gold; short completions are the correct ones below."""
    return [
        Verdict(True, "correct", g, g, "string")
        if c.endswith(g)
        else Verdict(False, "incorrect", "x", g, "string")
        for c, g in zip(completions, golds, strict=True)
    ]


class WordCountReward:
    """Test reward: the number of words."""

    def __call__(self, completions: Any = None, **kwargs: Any) -> list[float | None]:
        return [float(len(c.split())) if len(c) % 7 else None for c in completions]


@pytest.fixture
def preds(tmp_path: Path) -> Path:
    rows = []
    for model in ("model-short", "model-long"):
        for i in range(60):
            filler = "word " * (i * (3 if model == "model-long" else 1))
            gold = str(i % 5)
            rows.append(
                {
                    "id": f"p{i % 20}",
                    "model": model,
                    "benchmark": "toy",
                    "completion": filler + (gold if i < 30 else "wrong"),
                    "gold": gold,
                }
            )
    path = tmp_path / "preds.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_plot_writes_a_png(
    preds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "verify_batch", fake_verify_batch)
    plugins.register("h4_words", WordCountReward)
    try:
        report = tmp_path / "report.png"
        code = main([str(preds), "--plot", str(report), "--reward", "h4_words", "--reward", "format"])
    finally:
        plugins.unregister("h4_words")
    err = capsys.readouterr().err
    assert code == 0, err
    data = report.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 20_000  # three panels with lines, bars and text, not an empty canvas
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 1000 and height >= 800  # 3 x 2 panels: benchmark, pass@k, length, two rewards
    assert f"wrote {report}" in err
    assert "matplotlib.pyplot" not in sys.modules  # drawn with the object-oriented API only


def test_plot_without_rewards_draws_the_accuracy_panels(
    preds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "verify_batch", fake_verify_batch)
    report = tmp_path / "single.png"
    assert main([str(preds), "--plot", str(report)]) == 0
    data = report.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000


def test_plot_without_matplotlib_is_a_clear_error(
    preds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "verify_batch", fake_verify_batch)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails; find_spec says None
    report = tmp_path / "report.png"
    code = main([str(preds), "--plot", str(report)])
    err = capsys.readouterr().err
    assert code == 2
    assert "matplotlib" in err and 'pip install "openrs-rewards[plot]"' in err
    assert not report.exists()


def test_plot_to_an_unwritable_place_is_a_clear_error(
    preds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "verify_batch", fake_verify_batch)
    code = main([str(preds), "--plot", str(tmp_path / "no" / "such" / "dir" / "r.png")])
    assert code == 2
    assert "cannot write the plot" in capsys.readouterr().err


@given(st.lists(st.integers(0, 30), min_size=1, max_size=60), st.integers(1, 8))
def test_length_buckets_partition_by_quantile(lengths: list[int], buckets: int) -> None:
    result = length_buckets(lengths, buckets)
    assert sorted(i for bucket in result for i in bucket) == list(range(len(lengths)))  # a partition
    assert 1 <= len(result) <= buckets
    for lower, upper in itertools.pairwise(result):
        assert max(lengths[i] for i in lower) < min(lengths[i] for i in upper)  # ordered, ties never split
    if len(set(lengths)) == len(lengths) and len(lengths) >= buckets:
        sizes = [len(b) for b in result]
        assert len(result) == buckets and max(sizes) - min(sizes) <= 1  # equal-count buckets


# -- the figure's structure ---------------------------------------------------------------------------------------


def _sample(
    model: str, benchmark: str, problem: str, correct: bool, chars: int, **rewards: float | None
) -> Sample:
    record = Record(
        line=0, completion="x" * chars, gold="1", problem_id=problem, benchmark=benchmark, model=model
    )
    verdict = (
        Verdict(True, "correct", "1", "1", "string")
        if correct
        else Verdict(False, "incorrect", "2", "1", "string")
    )
    return Sample(record=record, verdict=verdict, rewards=dict(rewards))


def _samples(per_problem: int) -> list[Sample]:
    """Two models x two benchmarks x 6 problems x ``per_problem`` samples; correctness varies by problem."""
    samples = []
    for model, skill in (("model-a", 2), ("model-b", 4)):
        for benchmark in ("amc23", "aime24"):
            for problem in range(6):
                for sample in range(per_problem):
                    correct = (problem + sample) % 6 < skill - (benchmark == "aime24")
                    chars = 50 + 40 * problem + 7 * sample
                    samples.append(
                        _sample(
                            model,
                            benchmark,
                            f"p{problem}",
                            correct,
                            chars,
                            spread=float(sample + problem),
                            constant=1.0,
                            missing=None,
                        )
                    )
    return samples


def _axes(figure: Any) -> dict[str, Any]:
    return {ax.get_gid(): ax for ax in figure.axes if ax.get_visible()}


def test_every_legend_lies_outside_every_panel() -> None:
    figure = build_report_figure(_samples(4), ["spread", "constant"])
    renderer = figure.canvas.get_renderer()
    figure.canvas.draw()
    panels = [ax for ax in figure.axes if ax.get_visible()]
    legends = [ax.get_legend() for ax in panels if ax.get_legend() is not None]
    assert len(legends) >= 4  # benchmark, pass@k, length, the spread reward
    for legend in legends:
        box = legend.get_window_extent(renderer)
        for ax in panels:
            assert not box.overlaps(ax.get_window_extent(renderer)), (legend.axes.get_gid(), ax.get_gid())


def test_accuracy_per_benchmark_bars_carry_the_clustered_standard_error() -> None:
    samples = _samples(4)
    ax = _axes(build_report_figure(samples, []))["accuracy_by_benchmark"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["amc23", "aime24"]
    from matplotlib.container import BarContainer

    bars = [c for c in ax.containers if isinstance(c, BarContainer)]
    assert len(bars) == 2  # one bar container per model
    for container, model in zip(bars, ("model-a", "model-b"), strict=True):
        assert len(container.patches) == 2  # one bar per benchmark
        segments = container.errorbar.lines[2][0].get_segments()
        for bar, segment, benchmark in zip(container.patches, segments, ("amc23", "aime24"), strict=True):
            per_problem: dict[str, list[bool]] = {}
            for s in samples:
                if s.record.model == model and s.record.benchmark == benchmark:
                    per_problem.setdefault(str(s.record.problem_id), []).append(s.verdict.correct)
            accuracy, se = accuracy_with_se((sum(v), len(v)) for v in per_problem.values())
            assert bar.get_height() == pytest.approx(100 * accuracy)
            (low_x, low), (high_x, high) = segment
            assert low_x == high_x == pytest.approx(bar.get_x() + bar.get_width() / 2)
            assert se is not None and se > 0
            assert (low, high) == (pytest.approx(100 * (accuracy - se)), pytest.approx(100 * (accuracy + se)))


def test_pass_at_k_is_drawn_against_k_when_problems_have_several_samples() -> None:
    samples = _samples(4)
    ax = _axes(build_report_figure(samples, []))["pass_at_k"]
    lines = {line.get_label(): line for line in ax.get_lines()}
    assert set(lines) == {f"{m} · {b}" for m in ("model-a", "model-b") for b in ("amc23", "aime24")}
    line = lines["model-b · amc23"]
    assert list(line.get_xdata()) == [1, 2, 3, 4]
    counts: dict[str, list[bool]] = {}
    for s in samples:
        if s.record.model == "model-b" and s.record.benchmark == "amc23":
            counts.setdefault(str(s.record.problem_id), []).append(s.verdict.correct)
    expected = [
        100 * sum(pass_at_k(4, sum(v), k) for v in counts.values()) / len(counts) for k in (1, 2, 3, 4)
    ]
    assert list(line.get_ydata()) == pytest.approx(expected)
    assert ax.get_xscale() == "log"


def test_no_pass_at_k_panel_with_one_sample_per_problem() -> None:
    gids = set(_axes(build_report_figure(_samples(1), [])))
    assert gids == {"accuracy_by_benchmark", "accuracy_by_length"}


def test_a_constant_reward_is_said_as_a_number_and_a_varying_one_is_a_histogram() -> None:
    panels = _axes(build_report_figure(_samples(2), ["constant", "spread", "missing"]))
    constant = panels["reward:constant"]
    assert not constant.patches  # no histogram bars
    text = " ".join(t.get_text() for t in constant.texts)
    assert "model-a: always 1 (24 samples, None 0%)" in text and "model-b: always 1" in text
    assert "no value" in " ".join(t.get_text() for t in panels["reward:missing"].texts)
    spread = panels["reward:spread"]
    assert len(spread.patches) == 2 and not spread.texts  # one filled histogram per model
    assert spread.get_legend() is not None


@given(st.integers(1, 300))
def test_pass_at_k_points_run_from_one_to_n(n: int) -> None:
    ks = pass_at_k_points(n)
    assert ks[0] == 1 and ks[-1] == n and ks == sorted(set(ks))
    assert len(ks) <= max(16, n.bit_length() + 1)
