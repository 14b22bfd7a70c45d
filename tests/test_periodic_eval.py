"""In-run evaluation: the ``eval`` section, the evaluator with a scripted backend and the real verifier, the
random state and model mode it must leave as they were. (The real-model runs are in tests/test_train_cpu.py.)"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from _extras import needs_trl
from openrs_rewards.data import load_benchmark
from openrs_rewards.scoring.metrics import accuracy_with_se, pass_at_k
from openrs_rewards.trainer_glue.eval_config import Generation, GenerationRequest, SamplingSettings
from openrs_rewards.trainer_glue.periodic_eval import (
    EVAL_HISTORY,
    EvalSettings,
    EvalSettingsError,
    PeriodicEvaluator,
    log_metrics,
    parse_eval_config,
)

# ----------------------------------------------------------------------------------------------------------------
# The section


def test_defaults_follow_the_training_run() -> None:
    settings = parse_eval_config(
        {"every": 5, "n": 4, "benchmarks": ["AMC23", "aime24", "amc23"]},
        max_completion_length=256,
        system_prompt="Be brief.",
    )
    assert settings.enabled and settings.every == 5 and settings.ks == (1, 4)
    assert settings.benchmarks == ("amc23", "aime24")  # canonical names, each once
    assert settings.max_new_tokens == 256 and settings.system_prompt == "Be brief."
    assert settings.prompt_template == "{problem}"  # what training puts in the user message
    assert parse_eval_config(None) == EvalSettings()  # no section: off
    off = parse_eval_config({"enabled": False, "every": 2, "n": 4})
    assert not off.enabled and off.every == 2  # available, not running
    assert parse_eval_config({"every": 1, "system_prompt": ""}, system_prompt="x").system_prompt is None


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"every": 5, "samples": 4}, "unknown key(s) eval.samples; known: enabled, every, n"),
        ({"enabled": True}, "eval.every must be a positive integer, got None"),
        ({"every": 0}, "eval.every must be a positive integer, got 0"),
        ({"every": 5, "n": 2.5}, "eval.n must be a positive integer, got 2.5"),
        ({"every": 5, "benchmarks": []}, "eval.benchmarks must be a non-empty list of names"),
        ({"every": 5, "benchmarks": ["amc24"]}, "eval.benchmarks:"),
        ({"every": 5, "top_p": 0}, "eval.top_p must be in (0, 1], got 0"),
        ({"every": 5, "temperature": "hot"}, "eval.temperature must be a number"),
        (
            {"every": 5, "prompt_template": "no slot"},
            "eval.prompt_template must be text containing {problem}",
        ),
        ({"every": 5, "enabled": "yes"}, "eval.enabled must be true or false"),
        ([1, 2], "'eval' must be a mapping, got list"),
    ],
)
def test_bad_sections_are_refused_with_the_key(section: Any, message: str) -> None:
    with pytest.raises(EvalSettingsError) as caught:
        parse_eval_config(section)
    assert message in str(caught.value)


def test_importing_periodic_eval_imports_neither_torch_nor_trl() -> None:
    code = (
        "import sys, openrs_rewards.trainer_glue.periodic_eval, openrs_rewards.trainer_glue.monitored_trainer; "
        "print(sorted(m for m in ('torch', 'trl', 'transformers') if m in sys.modules))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"


# ----------------------------------------------------------------------------------------------------------------
# The evaluator, with a scripted backend and the real verifier


class ScriptedBackend:
    """Answers by script: problem index -> the answers of its samples (None: no answer). It also draws from every
    random generator and checks the model is in eval mode without gradients while it generates."""

    name = "scripted"

    def __init__(self, answers: dict[str, list[str | None]], model: Any = None) -> None:
        self.answers = answers
        self.model = model
        self.prepared = 0
        self.calls = 0

    def prepare(self) -> None:
        self.prepared += 1

    def encode_prompt(self, messages: list[dict[str, str]]) -> list[int]:
        return [len(message["content"]) for message in messages]

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: SamplingSettings
    ) -> list[list[Generation]]:
        self.calls += 1
        random.random()
        if self.model is not None:
            import numpy as np
            import torch

            assert not self.model.training and not torch.is_grad_enabled()
            np.random.rand()
            torch.manual_seed(request_seed := requests[0].seed)  # what the transformers backend does
            torch.rand(3)
            assert request_seed >= 0
        results = []
        for request in requests:
            answers = self.answers[request.problem_id]
            results.append(
                [
                    Generation(
                        text=f"So the answer is \\boxed{{{answer}}}."
                        if answer is not None
                        else "I am not sure",
                        num_tokens=10 if answer is not None else 48,
                        finish_reason="stop" if answer is not None else "length",
                    )
                    for answer in (answers[s] for s in request.samples)
                ]
            )
        return results


def amc23_golds(count: int) -> list[tuple[str, str]]:
    return [(problem["id"], problem["gold"]) for problem in load_benchmark("amc23")[:count]]


def test_one_evaluation_writes_the_history_row_and_logs_the_numbers(tmp_path: Path) -> None:
    (id0, gold0), (id1, gold1), (id2, _gold2) = amc23_golds(3)
    # Problem 0: 3 of 4 right; problem 1: 1 of 4 right, the wrong three agree; problem 2: no answer at all.
    backend = ScriptedBackend(
        {id0: [gold0, gold0, "1", gold0], id1: ["999", gold1, "999", "999"], id2: [None, None, None, None]}
    )
    settings = parse_eval_config({"every": 2, "n": 4, "problems": 3, "benchmarks": ["amc23"]})
    evaluator = PeriodicEvaluator(settings, output_dir=tmp_path, backend=backend)
    assert [step for step in range(7) if evaluator.due(step)] == [2, 4, 6]

    metrics = evaluator.evaluate(4, checkpoint="checkpoint-4")

    [row] = [json.loads(line) for line in (tmp_path / EVAL_HISTORY).read_text().splitlines()]
    accuracy, se = accuracy_with_se([(3, 4), (1, 4), (0, 4)])
    assert row == {
        "step": 4,
        "checkpoint": "checkpoint-4",
        "benchmark": "amc23",
        "problems": 3,
        "n": 4,
        "accuracy": pytest.approx(accuracy),
        "stderr": pytest.approx(se),
        "pass_at_k": {
            "1": pytest.approx(accuracy),
            "4": pytest.approx((pass_at_k(4, 3, 4) + pass_at_k(4, 1, 4) + 0) / 3),
        },
        "maj_at_k": {
            "1": pytest.approx(1 / 3),
            "4": pytest.approx(1 / 3),
        },  # only problem 0's majority is right
        "mean_length": pytest.approx((8 * 10 + 4 * 48) / 12),
        "length_unit": "tokens",
        "truncated_share": pytest.approx(4 / 12),
        "no_answer_share": pytest.approx(4 / 12),
        "source": "in_run",
        "predictions": "eval/step-4/amc23.jsonl",
    }
    assert metrics == pytest.approx(log_metrics(row))
    assert metrics["eval/amc23/accuracy"] == pytest.approx(4 / 12)
    assert metrics["eval/amc23/maj@4"] == pytest.approx(1 / 3)
    predictions = (tmp_path / row["predictions"]).read_text().splitlines()
    assert len(predictions) == 12 and json.loads(predictions[0])["gold"] == gold0

    evaluator.evaluate(6)  # a second evaluation appends its row
    rows = [json.loads(line) for line in (tmp_path / EVAL_HISTORY).read_text().splitlines()]
    assert [(r["step"], r["checkpoint"]) for r in rows] == [(4, "checkpoint-4"), (6, None)]
    assert backend.prepared == 2


def test_other_processes_take_part_in_the_weight_sync_but_write_nothing(tmp_path: Path) -> None:
    backend = ScriptedBackend({})
    settings = parse_eval_config({"every": 1, "n": 1, "problems": 1})
    evaluator = PeriodicEvaluator(settings, output_dir=tmp_path, backend=backend, is_main_process=False)
    assert evaluator.evaluate(1) == {}
    assert backend.prepared == 1 and backend.calls == 0
    assert not (tmp_path / EVAL_HISTORY).exists()


@needs_trl
def test_evaluation_leaves_every_random_generator_and_the_model_mode_as_they_were(tmp_path: Path) -> None:
    import numpy as np
    import torch

    [(problem_id, gold)] = amc23_golds(1)
    model = torch.nn.Linear(2, 2)
    model.train()
    backend = ScriptedBackend({problem_id: [gold, None]}, model=model)
    settings = parse_eval_config({"every": 1, "n": 2, "problems": 1})
    evaluator = PeriodicEvaluator(settings, output_dir=tmp_path, backend=backend, model=model)

    def draws() -> tuple[float, float, float]:
        return random.random(), float(np.random.rand()), float(torch.rand(1))

    for seed in (0, 1):
        random.seed(seed), np.random.seed(seed), torch.manual_seed(seed)
        expected = draws()
        random.seed(seed), np.random.seed(seed), torch.manual_seed(seed)
        evaluator.evaluate(1)
        assert draws() == expected
    assert model.training and torch.is_grad_enabled() and backend.calls == 2


@needs_trl
@pytest.mark.parametrize("name", ["health", "periodic_eval", "monitored_trainer"])
def test_docstring_examples(name: str) -> None:
    # tests/test_doctests.py leaves trainer_glue out (most of it needs a model); these modules' examples run here.
    import doctest
    import importlib

    module = importlib.import_module(f"openrs_rewards.trainer_glue.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0
