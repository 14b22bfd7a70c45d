"""`openrs-score --plot`: a real PNG is drawn (Agg, no display), and a missing matplotlib is a clear error."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import openrs_rewards.cli.score as score_cli
from openrs_rewards import Verdict, plugins
from openrs_rewards.cli.score import main
from openrs_rewards.scoring.plot import length_buckets

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
    monkeypatch.setattr(score_cli, "verify_batch", fake_verify_batch)
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
    assert width >= 1000 and height >= 800  # 2 x 2 panels
    assert f"wrote {report}" in err
    assert "matplotlib.pyplot" not in sys.modules  # drawn with the object-oriented API only


def test_plot_without_rewards_has_one_panel(
    preds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(score_cli, "verify_batch", fake_verify_batch)
    report = tmp_path / "single.png"
    assert main([str(preds), "--plot", str(report)]) == 0
    data = report.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 10_000
    assert int.from_bytes(data[16:20], "big") < 1000  # one column


def test_plot_without_matplotlib_is_a_clear_error(
    preds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(score_cli, "verify_batch", fake_verify_batch)
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
    monkeypatch.setattr(score_cli, "verify_batch", fake_verify_batch)
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
