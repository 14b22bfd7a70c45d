"""Checkpoint choice on a REAL training run: ``openrs-train --recipe smoke`` (SmolLM2-135M on CPU) saves a
checkpoint every 2 steps and evaluates in the run every 2 steps on 3 problems (``eval_history.jsonl``), then ``openrs-eval --checkpoints`` generates with each checkpoint on 3 AMC23 problems
(2 samples, 16 new tokens), writes the table and the plot, and a second call generates nothing. Nothing is
downloaded. A few minutes on 2 CPU cores.

AMC23, not GSM8K: the smoke recipe trains on the first GSM8K problems. A 135M model with 16 tokens answers nothing,
so this checks the pipeline and the files, not accuracy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _extras import needs_trl

pytestmark = [needs_trl, pytest.mark.slow]

ENV = {
    **os.environ,
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "CUDA_VISIBLE_DEVICES": "",
    "OMP_NUM_THREADS": "1",  # on a shared 2-core machine, spinning OpenMP threads slow training tenfold
}


def _module(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", f"openrs_rewards.cli.{name}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=1200, env=ENV)


def test_smoke_training_checkpoints_are_evaluated_tabulated_and_plotted(tmp_path: Path) -> None:
    run = tmp_path / "run"
    trained = _module(
        "train",
        "--recipe",
        "smoke",
        "--set",
        "trainer.max_steps=4",
        "--set",
        "trainer.save_strategy=steps",
        "--set",
        "trainer.save_steps=2",
        "--set",
        "trainer.save_only_model=true",  # no optimizer state: half the disk
        "--set",
        f"trainer.output_dir={run}",
        "--set",
        "eval.enabled=true",
        "--set",
        "eval.every=2",
        "--set",
        "eval.n=2",
        "--set",
        "eval.max_new_tokens=16",
    )
    assert trained.returncode == 0, trained.stderr[-3000:]
    assert sorted(p.name for p in run.glob("checkpoint-*")) == ["checkpoint-2", "checkpoint-4"]
    in_run = [json.loads(line) for line in (run / "eval_history.jsonl").read_text("utf-8").splitlines()]
    assert [(r["step"], r["benchmark"], r["problems"], r["n"]) for r in in_run] == [
        (2, "amc23", 3, 2),
        (4, "amc23", 3, 2),
    ]

    command = ["--checkpoints", str(run), "--benchmarks", "amc23", "--limit", "3", "--n", "2"]
    command += [
        "--max-tokens",
        "16",
        "--temperature",
        "0.7",
        "--backend",
        "transformers",
        "--cpu-threads",
        "1",
    ]
    first = _module("eval", *command)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "2 checkpoints: 12 samples generated, 0 already done; 2 in-run rows" in first.stderr
    assert first.stderr.count("generating with transformers") == 2

    folder = run / "checkpoint_eval"
    for step in (2, 4):
        lines = (folder / f"checkpoint-{step}" / "preds.jsonl").read_text("utf-8").splitlines()
        records = [json.loads(line) for line in lines]
        assert len(records) == 3 * 2
        assert {r["model"] for r in records} == {f"checkpoint-{step}"}
        assert all(1 <= r["completion_tokens"] <= 16 for r in records)
    document = json.loads((folder / "checkpoints.json").read_text("utf-8"))
    rows = document["rows"]
    # the in-run rows (named after the checkpoint saved at their step) and the checkpoint re-evaluations, one table
    assert sorted((r["step"], r["checkpoint"], r["benchmark"], r["source"]) for r in rows) == [
        (2, "checkpoint-2", "amc23", "checkpoint"),
        (2, "checkpoint-2", "amc23", "in_run"),
        (4, "checkpoint-4", "amc23", "checkpoint"),
        (4, "checkpoint-4", "amc23", "in_run"),
    ]
    for r in rows:
        assert (r["problems"], r["n"], r["length_unit"]) == (3, 2, "tokens")
        assert 0 <= r["accuracy"] <= 1 and r["stderr"] is not None
        assert 1 <= r["mean_length"] <= 16 and 0 <= r["truncated_share"] <= 1
        assert set(r["pass_at_k"]) == {"1", "2"}
    assert document["best"] is not None and document["best"]["checkpoint"] in {"checkpoint-2", "checkpoint-4"}
    table = (folder / "checkpoints.md").read_text("utf-8")
    assert table == first.stdout
    assert f"Best checkpoint: {document['best']['checkpoint']}" in table
    assert (folder / "checkpoints.png").read_bytes().startswith(b"\x89PNG")
    print(table)

    again = _module("eval", *command)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "2 checkpoints: 0 samples generated, 12 already done" in again.stderr
    assert "generating with" not in again.stderr  # no model was loaded
    assert again.stdout == table
