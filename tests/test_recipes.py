"""The shipped recipes and ``openrs-train``: the dry run prints every Open-RS value, unknown keys fail loudly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from _extras import needs_trl
from openrs_rewards.cli import train as cli
from openrs_rewards.trainer_glue import recipes

pytestmark = needs_trl

OPEN_RS_SYSTEM_PROMPT = (
    "A conversation between User and Assistant. The user asks a question, and the Assistant solves it. The assistant "
    "first thinks about the reasoning process in the mind and then provides the user with the answer, and put your "
    "final answer within \\boxed{{}} . The reasoning process and answer are enclosed within <think> </think> and "
    "<answer> </answer> tags, respectively, i.e., <think> reasoning process here </think> <answer> answer here "
    "</answer>."
)
ENGLISH_ONLY = " Note that respond by English, NOT use other languages."


def dry_run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = cli.main(["--dry-run", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def section(text: str, title: str) -> dict[str, str]:
    """``key: value`` lines of one indented section of the dry-run text (model:, dataset:, vllm:)."""
    block = text.split(f"\n{title}:\n", 1)[1].split("\n\n", 1)[0]
    return dict(line.strip().split(": ", 1) for line in block.splitlines() if ": " in line)


def grpo_config(text: str) -> dict[str, str]:
    """``field = value`` lines of the GRPOConfig block, with the provenance notes cut off."""
    block = text.split("GRPOConfig (installed TRL", 1)[1].split("\n\n", 1)[0]
    values = {}
    for line in block.splitlines()[1:]:
        match = re.match(r"\s+(\w+)\s+= (.*?)(?:   <- .*?)?(?:   \(TRL default: .*\))?$", line)
        assert match, line
        values[match.group(1)] = match.group(2)
    return values


def reward_lines(text: str) -> list[str]:
    return re.findall(r"^\s+\d+\. (.*)$", text, flags=re.MULTILINE)


def test_open_rs3_dry_run_prints_every_value_of_the_paper(capsys: pytest.CaptureFixture[str]) -> None:
    text = dry_run(capsys, "--recipe", "open-rs3")
    model = section(text, "model")
    assert model["name_or_path"] == "'deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B'"
    assert model["dtype"] == "'bfloat16'"

    dataset = section(text, "dataset")
    assert dataset["path"] == "'knoveleng/open-rs'"
    assert dataset["max_prompt_length"] == "512"
    assert eval(dataset["system_prompt"]) == OPEN_RS_SYSTEM_PROMPT + ENGLISH_ONLY

    config = grpo_config(text)
    expected = {
        "learning_rate": "1e-06",
        "lr_scheduler_type": "'cosine_with_min_lr'",
        "lr_scheduler_kwargs": "{'min_lr_rate': 0.1}",
        "warmup_steps": "0.1",  # the installed transformers takes warmup_ratio through warmup_steps
        "per_device_train_batch_size": "6",
        "gradient_accumulation_steps": "4",
        "num_generations": "6",
        "max_completion_length": "3584",
        "max_steps": "500",
        "temperature": "0.7",
        "beta": "0.04",
        "loss_type": "'bnpo'",
        "scale_rewards": "'group'",
        "activation_checkpointing": "True",  # gradient_checkpointing under its current name
        "save_strategy": "'steps'",
        "save_steps": "50",
        "use_vllm": "True",
        "vllm_mode": "'server'",
        "vllm_gpu_memory_utilization": "0.7",
        "vllm_max_model_length": "4608",
        "seed": "42",
        "bf16": "True",
        "reward_weights": "[1.0, 2.0]",
    }
    assert {key: config.get(key) for key in expected} == expected
    # Where a value came from, and the TRL default it replaces, are shown.
    assert re.search(r"beta\s+= 0\.04\s+\(TRL default: 0\.0\)", text)
    assert re.search(r"loss_type\s+= 'bnpo'\s+\(TRL default: 'dapo'\)", text)
    assert re.search(r"activation_checkpointing\s+= True\s+<- trainer\.gradient_checkpointing", text)
    assert re.search(r"warmup_steps\s+= 0\.1\s+<- trainer\.warmup_ratio", text)

    rewards = reward_lines(text)
    assert len(rewards) == 2
    assert rewards[0].startswith("format: weight 1 <- FormatReward(")
    assert rewards[1].startswith("cosine: weight 2 <- CosineReward(")
    assert "open_rs_compat=True" in rewards[1] and "max_len=3584" in rewards[1]
    assert "length_unit='chars'" in rewards[1]  # the compat mode counts characters, as Open-RS did
    assert "gold_column='solution'" in rewards[1]

    vllm = section(text, "vllm")
    assert vllm["mode"] == "'server'"
    command = vllm["server command"]
    assert command.startswith("trl vllm-serve --model deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")
    assert "--gpu-memory-utilization 0.7" in command and "--max-model-len 4608" in command
    assert "12 problems x 6 generations" in text  # 3 processes x 6 x 4 = 72 completions per optimizer step


def test_open_rs1_and_open_rs2(capsys: pytest.CaptureFixture[str]) -> None:
    one = dry_run(capsys, "--recipe", "open-rs1")
    assert "18,615" in one
    assert section(one, "dataset")["path"] == "'knoveleng/open-s1'"
    assert grpo_config(one)["max_completion_length"] == "4096"
    assert [line.split(":")[0] for line in reward_lines(one)] == ["accuracy", "format"]
    assert eval(section(one, "dataset")["system_prompt"]) == OPEN_RS_SYSTEM_PROMPT

    two = dry_run(capsys, "--recipe", "open-rs2")
    assert "7,000" in two
    assert section(two, "dataset")["path"] == "'knoveleng/open-rs'"
    assert grpo_config(two)["max_completion_length"] == "3584"
    assert [line.split(":")[0] for line in reward_lines(two)] == ["accuracy", "format"]
    for text in (one, two):  # the shared values
        config = grpo_config(text)
        assert (
            config["beta"] == "0.04" and config["loss_type"] == "'bnpo'" and config["num_generations"] == "6"
        )


def test_open_rs3_fixed_uses_the_corrected_cosine_and_the_language_reward(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = dry_run(capsys, "--recipe", "open-rs3-fixed")
    rewards = reward_lines(text)
    assert [line.split(":")[0] for line in rewards] == ["format", "cosine", "language"]
    assert "open_rs_compat=False" in rewards[1] and "length_unit='tokens'" in rewards[1]
    assert "max_len=3584" in rewards[1]
    assert grpo_config(text)["reward_weights"] == "[1.0, 2.0, 1.0]"


@pytest.mark.parametrize("name", recipes.list_recipes())
def test_every_shipped_recipe_resolves(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    text = dry_run(capsys, "--recipe", name)
    assert f"recipe: {name}" in text
    assert "GRPOConfig: validated" in text


def test_list_recipes(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--list-recipes"]) == 0
    out = capsys.readouterr().out
    names = [
        line.split()[0]
        for line in out.splitlines()
        if line.strip() and not line.startswith(("accelerate", " "))  # wrapped descriptions are indented
    ]
    assert names == ["open-rs1", "open-rs2", "open-rs3", "open-rs3-fixed", "smoke"]
    assert "zero2" in out


def test_overrides_reach_the_config(capsys: pytest.CaptureFixture[str]) -> None:
    text = dry_run(
        capsys,
        "--recipe",
        "open-rs3",
        "--set",
        "learning_rate=2e-6",
        "--set",
        "rewards.cosine.weight=3",
        "--set",
        "vllm.mode=colocate",
        "--set",
        "dataset.limit=100",
        "--set",
        "max_prompt_length=1024",  # a bare key of the dataset section goes there
    )
    config = grpo_config(text)
    assert config["learning_rate"] == "2e-06"
    assert config["reward_weights"] == "[1.0, 3.0]"
    assert config["vllm_mode"] == "'colocate'"
    assert section(text, "dataset")["limit"] == "100"
    assert section(text, "dataset")["max_prompt_length"] == "1024"


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("learning_rat=1e-6", "trainer.learning_rat is not a field of GRPOConfig"),
        ("dataset.problm_column=q", "unknown key dataset.problm_column; did you mean problem_column"),
        ("vllm_enforce_eager=true", "use vllm.enforce_eager"),
        ("trainer.max_prompt_length=1024", "use dataset.max_prompt_length"),
        ("rewards.nope.weight=2", "'nope' matches no reward"),
        ("bf16=maybe", "trainer.bf16 must be true or false"),
        ("num_generations=5", "GRPOConfig rejected the recipe"),  # 24 completions cannot form groups of 5
        ("learning_rate", "expected key=value"),
        # Values of the wrong type fail the dry run, not the training run after the model loaded.
        ("learning_rate=abc", "trainer.learning_rate='abc': expected a number (GRPOConfig.learning_rate)"),
        ("max_steps=2.5", "trainer.max_steps=2.5: expected an integer (GRPOConfig.max_steps), got a number"),
        ("report_to=[1]", "trainer.report_to=[1]: expected text or a list or null"),
        ("vllm.gpu_memory_utilization=high", "vllm.gpu_memory_utilization='high': expected a number"),
        ("vllm.server_port=eighty", "vllm.server_port='eighty': expected an integer"),
        ("model.dtype=float33", "model.dtype must be one of auto, bfloat16, float16, float32"),
        ("model.trust_remote_code=yes please", "model.trust_remote_code must be true or false"),
        ("dataset.problem_column=[a, b]", "dataset.problem_column must be text"),
    ],
)
def test_unknown_or_bad_settings_fail_loudly(
    setting: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--recipe", "open-rs3", "--set", setting, "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("openrs-train: error: ")
    assert message in err


def test_learning_rate_typo_suggests_the_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--recipe", "open-rs3", "--set", "learning_rat=1e-6", "--dry-run"]) == 2
    assert "did you mean learning_rate" in capsys.readouterr().err


def test_an_unknown_trainer_key_in_a_recipe_file_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = recipes.load_recipe("open-rs3")
    data["trainer"]["vllm_enforce_eager"] = True  # the key the original Open-RS recipe lost silently
    import yaml

    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data))
    assert cli.main(["--recipe", str(path), "--dry-run"]) == 2
    assert "trainer.vllm_enforce_eager is not a trainer key here" in capsys.readouterr().err

    data = recipes.load_recipe("open-rs3")
    data["trainer"]["sceduler"] = "cosine"
    path.write_text(yaml.safe_dump(data))
    assert cli.main(["--recipe", str(path), "--dry-run"]) == 2
    assert "trainer.sceduler is not a field of GRPOConfig" in capsys.readouterr().err


def test_unknown_recipe(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--recipe", "open-rs4", "--dry-run"]) == 2
    assert "unknown recipe 'open-rs4'" in capsys.readouterr().err
    assert cli.main([]) == 2


def test_bf16_auto_follows_the_machine() -> None:
    data = recipes.load_recipe("smoke")
    assert data["trainer"]["bf16"] == "auto"
    assert recipes.resolve(data, bf16_available=False).grpo_config["bf16"] is False
    assert recipes.resolve(data, bf16_available=True).grpo_config["bf16"] is True


def test_accelerate_configs_for_the_paper_layout_and_one_gpu(capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    assert cli.main(["--config-path", "zero2"]) == 0
    zero2 = Path(capsys.readouterr().out.strip())
    config = yaml.safe_load(zero2.read_text())
    assert config["num_processes"] == 3
    assert config["distributed_type"] == "DEEPSPEED"
    assert config["deepspeed_config"]["zero_stage"] == 2
    assert config["mixed_precision"] == "bf16"
    assert "CUDA_VISIBLE_DEVICES=3 trl vllm-serve" in zero2.read_text()

    single = yaml.safe_load(cli.config_path("colocate_1gpu").read_text())
    assert single["num_processes"] == 1 and single["distributed_type"] == "NO"
    assert "vllm.mode=colocate" in cli.config_path("colocate_1gpu").read_text()
    assert yaml.safe_load(cli.config_path("zero2_1gpu").read_text())["deepspeed_config"]["zero_stage"] == 2

    # accelerate itself reads them
    from accelerate.commands.config.config_args import load_config_from_file

    loaded = load_config_from_file(str(zero2))
    assert loaded.num_processes == 3

    assert cli.main(["--config-path", "zero9"]) == 2


def test_dry_run_entry_point_loads_nothing(tmp_path: Path) -> None:
    """The console script, offline with an empty hub cache: it never touches the model, the data or vLLM."""
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": str(tmp_path / "hf"),
        "CUDA_VISIBLE_DEVICES": "",
    }
    code = textwrap.dedent(
        """
        import sys
        from openrs_rewards.cli.train import main
        assert "torch" not in sys.modules and "trl" not in sys.modules  # lazy until a recipe is resolved
        code = main(["--recipe", "open-rs3", "--dry-run"])
        assert code == 0, code
        assert "vllm" not in sys.modules
        assert "deepspeed" not in sys.modules
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "beta" in result.stdout
    assert not (tmp_path / "hf").exists() or not any((tmp_path / "hf").rglob("*.safetensors"))


def test_the_core_never_imports_the_trainer_glue() -> None:
    code = (
        "import sys, openrs_rewards, openrs_rewards.plugins, openrs_rewards.rewards, openrs_rewards.cli.train\n"
        "bad = sorted(m for m in sys.modules if m.startswith('openrs_rewards.trainer_glue') "
        "or m.split('.')[0] in ('torch', 'trl', 'transformers', 'vllm'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_group_normalised_rewards_get_the_recipes_num_generations() -> None:
    from openrs_rewards.rewards import KimiLengthReward
    from openrs_rewards.trainer_glue.train import plan

    training = plan("smoke", ["rewards.0.spec=length", "num_generations=2"], bf16_available=False)
    (entry,) = [entry for entry in training.entries if isinstance(entry.reward, KimiLengthReward)]
    assert entry.injected["group_size"] == 2
    assert entry.reward.group_size == 2


def test_verified_rewards_get_the_recipes_completion_limit() -> None:
    """A completion that used all of ``max_completion_length`` was cut off: the accuracy reward must know the limit
    to read such a completion for explicit answers only."""
    from openrs_rewards.rewards import AccuracyReward
    from openrs_rewards.trainer_glue.train import plan

    training = plan("smoke", ["max_completion_length=48"], bf16_available=False)
    (entry,) = [entry for entry in training.entries if isinstance(entry.reward, AccuracyReward)]
    assert entry.injected["max_completion_length"] == 48
    assert entry.reward.max_completion_length == 48
    cut = ["We add 12 + 30 = 42"]
    assert entry.reward(completions=cut, answer=["42"], completion_ids=[[0] * 48]) == [0.0]


def test_an_integral_number_for_an_integer_field_becomes_an_integer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = dry_run(capsys, "--recipe", "smoke", "--set", "max_steps=1e2")
    assert grpo_config(text)["max_steps"] == "100"


def test_resolve_checks_types_from_the_given_fields() -> None:
    data = recipes.load_recipe("smoke")
    fields = {**recipes.grpo_config_fields()}
    data["trainer"]["seed"] = "forty-two"
    with pytest.raises(recipes.RecipeError, match=r"trainer.seed='forty-two': expected an integer"):
        recipes.resolve(data, fields=fields, bf16_available=False)
    # A field whose default is None says nothing about its type: only the installed annotations do.
    with pytest.raises(recipes.RecipeError, match=r"trainer\.seed"):
        recipes.resolve(data, bf16_available=False)
    assert (
        recipes.resolve(data, fields=fields, field_types={}, bf16_available=False).grpo_config["seed"]
        == "forty-two"
    )


@pytest.mark.parametrize(
    ("value", "annotation", "fits"),
    [
        (1e-6, float, True),
        (3, float, True),
        (True, float, False),
        ("1e-6", float, False),
        (4.0, int, True),
        (4.5, int, False),
        (None, int | None, True),
        ("steps", "enum", True),
        ("hourly", "enum", False),
        (["wandb"], list[str] | str | None, True),
        ([3], list[str] | str | None, False),
        ({"min_lr_rate": 0.1}, dict | str | None, True),
        (False, bool | None, True),
        ("no", bool, False),
    ],
)
def test_value_fits(value: object, annotation: object, fits: bool) -> None:
    if annotation == "enum":
        from transformers.trainer_utils import SaveStrategy

        annotation = SaveStrategy | str if fits else SaveStrategy
    assert recipes.value_fits(value, annotation) is fits


# ----------------------------------------------------------------------------------------------------------------
# The health and eval sections (issue 13)


def test_the_open_rs_recipes_watch_health_and_evaluate_at_the_paper_cadence(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import random
    import statistics

    from openrs_rewards.scoring.metrics import accuracy_with_se

    for name in ("open-rs1", "open-rs2", "open-rs3", "open-rs3-fixed"):
        resolved = recipes.resolve(recipes.load_recipe(name), bf16_available=False)
        evaluation = resolved.evaluation
        assert resolved.grpo_config["save_steps"] == evaluation.every == 50
        assert (
            evaluation.enabled
            and evaluation.benchmarks == ("amc23", "aime24")
            and evaluation.problems is None
        )
        assert evaluation.max_new_tokens == resolved.grpo_config["max_completion_length"]
        assert resolved.health.enabled and set(resolved.health.detectors) == set(health_defaults())
        # The recipe comment's arithmetic: with eval.n samples of AMC23's 40 problems the clustered standard error
        # is under 5 points whether every problem is a coin flip or the problems' accuracies spread evenly over 0..1.
        rng = random.Random(0)
        for accuracy_of in (lambda i: 0.5, lambda i: (i + 0.5) / 40):
            errors: list[float] = []
            for _ in range(200):
                counts = [sum(rng.random() < accuracy_of(i) for _ in range(evaluation.n)) for i in range(40)]
                se = accuracy_with_se([(c, evaluation.n) for c in counts])[1]
                assert se is not None
                errors.append(se)
            assert statistics.mean(errors) < 0.05, (name, evaluation.n)
    text = dry_run(capsys, "--recipe", "open-rs3-fixed")
    assert "eval: every 50 steps, amc23, aime24 (all problems), 16 samples per problem" in text
    assert "truncation_surge: max_share=0.3, patience=3" in text


def health_defaults() -> dict[str, dict[str, object]]:
    from openrs_rewards.trainer_glue.health import DETECTOR_DEFAULTS

    return DETECTOR_DEFAULTS


def test_smoke_has_evaluation_available_but_off(capsys: pytest.CaptureFixture[str]) -> None:
    resolved = recipes.resolve(recipes.load_recipe("smoke"), bf16_available=False)
    assert not resolved.evaluation.enabled and resolved.evaluation.every == 2
    assert resolved.health.enabled and resolved.health.on_alert == "warn"
    assert "eval: off" in dry_run(capsys, "--recipe", "smoke")
    text = dry_run(capsys, "--recipe", "smoke", "--set", "eval.enabled=true", "--set", "eval.n=2")
    assert "eval: every 2 steps, amc23 (first 3 problems), 2 samples per problem" in text


def test_health_and_eval_overrides_reach_the_plan(capsys: pytest.CaptureFixture[str]) -> None:
    text = dry_run(
        capsys,
        "--recipe",
        "smoke",
        "--set",
        "health.on_alert=stop",
        "--set",
        "health.truncation_surge.max_share=0.5",
        "--set",
        "health.language_drift=null",
        "--set",
        "eval.enabled=true",
        "--set",
        "eval.every=5",
        "--set",
        "eval.benchmarks=[aime24]",
    )
    assert "  on_alert: stop" in text
    assert "truncation_surge: max_share=0.5, patience=3" in text  # the other threshold kept
    assert "language_drift: off" in text
    assert "eval: every 5 steps, aime24 (first 3 problems), 4 samples per problem" in text


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("health.on_alrt=stop", "unknown key(s) health.on_alrt"),
        ("health.on_alert=panic", "health.on_alert must be one of warn, save_checkpoint, stop"),
        ("health.truncation_surge.max_shar=0.5", "unknown key(s) max_shar in health.truncation_surge"),
        ("health.length_collapse.window=0", "health.length_collapse.window must be a positive integer"),
        ("eval.evry=5", "unknown key(s) eval.evry"),
        ("eval.benchmarks=[amc24]", "eval.benchmarks:"),
        ("eval.n=0", "eval.n must be a positive integer, got 0"),
    ],
)
def test_bad_health_or_eval_settings_fail_with_the_key(
    setting: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--recipe", "smoke", "--set", setting, "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("openrs-train: error: --set: ") and message in err


def test_a_bad_health_key_in_a_recipe_file_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import yaml

    data = recipes.load_recipe("smoke")
    data["health"]["truncation_surge"] = {"max_share": 0.3, "patients": 3}
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data))
    assert cli.main(["--recipe", str(path), "--dry-run"]) == 2
    assert f"{path}: unknown key(s) patients in health.truncation_surge" in capsys.readouterr().err
    data = recipes.load_recipe("smoke")
    data["eval"]["max_tokens"] = 64
    path.write_text(yaml.safe_dump(data))
    assert cli.main(["--recipe", str(path), "--dry-run"]) == 2
    assert f"{path}: unknown key(s) eval.max_tokens" in capsys.readouterr().err


def test_a_run_stopped_by_a_health_alert_exits_3_and_says_why(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from types import SimpleNamespace

    from openrs_rewards.trainer_glue import train
    from openrs_rewards.trainer_glue.health import Alert, HealthMonitor, parse_health_config

    def finished(on_alert: str, alerts: list[Alert]) -> object:
        monitor = HealthMonitor(parse_health_config({"on_alert": on_alert}))
        monitor.alerts.extend(alerts)
        return SimpleNamespace(
            health_monitor=monitor,
            state=SimpleNamespace(global_step=7),
            args=SimpleNamespace(output_dir=str(tmp_path)),
            accelerator=SimpleNamespace(is_main_process=True),
        )

    alert = Alert(
        "truncation_surge", 7, "truncated share 0.75 has been at or above 0.30 for 3 steps (patience 3)"
    )
    for on_alert, alerts, status in (("stop", [alert], 3), ("warn", [alert], 0), ("stop", [], 0)):
        trainer = finished(on_alert, alerts)
        monkeypatch.setattr(train, "run", lambda *args, _trainer=trainer, **kwargs: _trainer)
        assert cli.main(["--recipe", "smoke", "--set", f"output_dir={tmp_path}"]) == status
        err = capsys.readouterr().err
        assert ("openrs-train: stopped at step 7 by the health alert: health alert at step 7" in err) == (
            status == 3
        )
        assert "openrs-train: done" in err
