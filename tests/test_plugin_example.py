"""examples/plugin-example, installed as a real third-party distribution, works by name with no change here.

One virtual environment per module, in a temporary folder, made from this interpreter's environment: it sees this
interpreter's packages (openrs-rewards and its dependencies, so no network is needed) and gets the example plugin
installed into it by pip. Everything is then checked in subprocesses running that environment's Python and its
``openrs-score``: discovery, ``describe``, ``get_reward``, ``openrs-score --reward`` end to end and the TRL adapter.
A second, broken distribution (its reward module fails to import) can be put on the path to check that it gives
one clear warning and that everything else keeps working.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import shutil
import site
import statistics
import subprocess
import sys
import sysconfig
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from _extras import needs_trl
from openrs_rewards.plugins import GROUP

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "plugin-example"
TIMEOUT = 300


@dataclass(frozen=True)
class PluginEnv:
    root: Path
    python: Path
    bin: Path
    broken_site: Path  # a broken plugin distribution, seen only when this folder is on PYTHONPATH
    work: Path  # a scratch folder for input and output files

    def env(self, *, broken: bool = False) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(self.root)
        env["PYTHONWARNINGS"] = "default"
        env["PYTHONIOENCODING"] = "utf-8"
        if broken:
            env["PYTHONPATH"] = str(self.broken_site)
        return env

    def run(self, args: Sequence[str | Path], *, broken: bool = False) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=self.env(broken=broken),
            cwd=self.work,
        )

    def score(self, *args: str | Path, broken: bool = False) -> subprocess.CompletedProcess[str]:
        """``openrs-score ARGS`` as a user types it: the console script found on this environment's PATH."""
        script = shutil.which("openrs-score", path=str(self.bin))
        assert script is not None, f"no openrs-score in {self.bin}"
        return self.run([script, *args], broken=broken)

    def python_json(self, code: str, *, broken: bool = False) -> tuple[Any, str]:
        """Run ``code`` in the environment, which prints one JSON document last: that document, and stderr."""
        result = self.run([self.python, "-c", textwrap.dedent(code)], broken=broken)
        assert result.returncode == 0, result.stdout + result.stderr
        return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def _check(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0:
        pytest.fail(f"{what} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory: pytest.TempPathFactory) -> PluginEnv:
    try:
        metadata.distribution("openrs-rewards")
    except metadata.PackageNotFoundError:
        pytest.fail("openrs-rewards is not installed in this interpreter: run `pip install -e .` first")
    if importlib.util.find_spec("pip") is None:
        pytest.fail("pip is needed to install examples/plugin-example into a temporary environment")
    root = tmp_path_factory.mktemp("plugin-env")
    venv = root / "venv"
    # --without-pip: the new environment uses this interpreter's pip (made visible below), which is quicker than
    # bootstrapping one and needs no network.
    create = [sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)]
    _check(
        subprocess.run(create, capture_output=True, text=True, timeout=TIMEOUT),
        "creating the virtual environment",
    )
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
    ).stdout.strip()
    # --system-site-packages exposes the *base* interpreter's packages; when the tests themselves run in a virtual
    # environment (the usual case, and CI's .venv-ci) its packages live elsewhere, so the new environment adds them
    # after its own. addsitedir also runs their .pth files, so an editable openrs-rewards is found too.
    ours = [p for p in [*site.getsitepackages(), sysconfig.get_path("purelib")] if Path(p).is_dir()]
    lines = [f"import site; site.addsitedir({p!r})" for p in dict.fromkeys(ours)]
    (Path(purelib) / "_openrs_test_parent.pth").write_text("\n".join(lines) + "\n")

    # Build from a copy, so that the build leaves nothing (build/, *.egg-info) in the repository.
    source = root / "plugin-example"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    install = [python, "-m", "pip", "install", "--no-deps", "--disable-pip-version-check", "--quiet"]
    if importlib.util.find_spec("setuptools") is not None:
        # The build backend is already here: build offline, in this environment.
        install += ["--no-build-isolation", "--no-index"]
    # else pip fetches setuptools into an isolated build environment (needs the package index).
    _check(
        subprocess.run([*install, str(source)], capture_output=True, text=True, timeout=TIMEOUT, cwd=root),
        "pip install of examples/plugin-example",
    )

    # `openrs-score` for this environment, as pip would write it: the console script run by this environment's Python.
    script = metadata.entry_points(group="console_scripts")["openrs-score"]
    module, _, attr = script.value.partition(":")
    (bin_dir / "openrs-score").write_text(
        f"#!{python}\nimport sys\nfrom {module} import {attr}\nsys.exit({attr}())\n"
    )
    (bin_dir / "openrs-score").chmod(0o755)

    broken_site = root / "broken-site"
    _write_broken_distribution(broken_site)
    work = root / "work"
    work.mkdir()
    return PluginEnv(root=venv, python=python, bin=bin_dir, broken_site=broken_site, work=work)


def _write_broken_distribution(folder: Path) -> None:
    """A distribution whose reward module fails to import (a missing dependency), laid out as pip installs one."""
    folder.mkdir()
    (folder / "openrs_broken_plugin.py").write_text("import a_dependency_that_is_not_installed\n")
    info = folder / "openrs_broken_plugin-0.3.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: openrs-broken-plugin\nVersion: 0.3.0\n")
    (info / "entry_points.txt").write_text(f"[{GROUP}]\nbroken = openrs_broken_plugin:BrokenReward\n")


def _concise(chars: int, max_chars: int, min_value: float = 0.0) -> float:
    """The example reward's documented value, computed independently of its code."""
    if chars <= max_chars:
        return 1.0
    if chars >= 2 * max_chars:
        return min_value
    return 1.0 - (chars - max_chars) / max_chars * (1.0 - min_value)


# -- the library ---------------------------------------------------------------------------------------------


def test_discovery_describe_and_get_reward(plugin_env: PluginEnv) -> None:
    found, stderr = plugin_env.python_json(
        """
        import json, pickle, sys
        from importlib import metadata
        from openrs_rewards.plugins import describe, get_reward, list_rewards
        names = list_rewards()
        imported_by_listing = "openrs_plugin_example.conciseness" in sys.modules
        info = describe("concise")
        reward = get_reward("concise(max_chars=4, min_value=-1.0)")
        completions = ["abcd", "abcdef", "abcdefgh", [{"role": "assistant", "content": "abcdef"}], None]
        values = reward(prompts=["p"] * 5, completions=completions, completion_ids=None, solution=["1"] * 5)
        clone = pickle.loads(pickle.dumps(reward))
        print(json.dumps({
            "names": names,
            "imported_by_listing": imported_by_listing,
            "info": {
                "name": info.name, "distribution": info.distribution, "version": info.version,
                "entry_point": info.entry_point, "kind": info.kind, "defaults": info.defaults,
                "bounds": info.bounds, "summary": info.summary,
            },
            "described": str(info),
            "values": values,
            "clone_values": clone(completions=completions),
            "bounds": reward.bounds,
            "name": reward.__name__,
            "qualified": get_reward("openrs-plugin-example:concise").max_chars,
            "installed_at": str(metadata.distribution("openrs-plugin-example").locate_file("")),
            "prefix": sys.prefix,
        }))
        """
    )
    assert "concise" in found["names"]
    assert {"accuracy", "cosine", "format"} <= set(found["names"])  # the built-ins, found the same way
    assert found["imported_by_listing"] is False
    assert found["info"] == {
        "name": "concise",
        "distribution": "openrs-plugin-example",
        "version": "0.1.0",
        "entry_point": "openrs_plugin_example.conciseness:ConcisenessReward",
        "kind": "class",
        "defaults": {"max_chars": 4000, "min_value": 0.0},
        "bounds": [0.0, 1.0],
        "summary": "Reward short completions: 1.0 up to ``max_chars`` characters, then linearly less, "
        "``min_value`` from twice that.",
    }
    assert "parameters: max_chars: int = 4000, min_value: float = 0.0" in found["described"]
    assert "bounds: [0, 1]" in found["described"]
    expected = [_concise(n, 4, -1.0) for n in (4, 6, 8)] + [_concise(6, 4, -1.0), None]
    assert found["values"] == expected == [1.0, 0.0, -1.0, 0.0, None]
    assert found["clone_values"] == found["values"]
    assert found["bounds"] == [-1.0, 1.0]
    assert found["name"] == "concise"
    assert found["qualified"] == 4000
    # pip installed it into the temporary environment, not into the interpreter running the tests.
    assert Path(found["installed_at"]).resolve().is_relative_to(Path(found["prefix"]).resolve())
    assert Path(found["prefix"]).resolve() == plugin_env.root.resolve()
    assert "PluginWarning" not in stderr


def test_bad_parameters_and_malformed_specs_are_explained(plugin_env: PluginEnv) -> None:
    found, _ = plugin_env.python_json(
        """
        import json
        from openrs_rewards.plugins import PluginError, SpecError, get_reward
        messages = {}
        for spec in ["concise(max_char=10)", "concise(max_chars=0)", "concise(max_chars=2000",
                     "concise(max_chars=__import__('os').getcwd())", "concise(2000)"]:
            try:
                get_reward(spec)
            except PluginError as error:
                messages[spec] = [type(error).__name__, str(error)]
        print(json.dumps(messages))
        """
    )
    assert found["concise(max_char=10)"][1].startswith("the reward 'concise' has no parameter 'max_char'.")
    assert "Did you mean 'max_chars'?" in found["concise(max_char=10)"][1]
    assert found["concise(max_chars=0)"] == [
        "PluginError",
        "constructing the reward 'concise(max_chars=0)' failed: ValueError: max_chars must be positive, got 0",
    ]
    kind, message = found["concise(max_chars=2000"]
    assert kind == "SpecError" and "the '(' is never closed" in message
    kind, message = found["concise(max_chars=__import__('os').getcwd())"]
    assert kind == "SpecError" and "a function call is not allowed" in message
    kind, message = found["concise(2000)"]
    assert kind == "SpecError" and "every argument must be key=value" in message


def test_broken_plugin_warns_once_and_the_rest_works(plugin_env: PluginEnv) -> None:
    found, _ = plugin_env.python_json(
        """
        import json, warnings
        from openrs_rewards.plugins import PluginError, PluginWarning, describe, get_reward, list_rewards
        errors = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            names = list_rewards()
            for _ in range(2):
                try:
                    get_reward("broken")
                except PluginError as error:
                    errors.append(str(error))
            values = get_reward("concise(max_chars=2)")(completions=["a", "abc", "abcd"])
            accuracy = describe("accuracy").name
        print(json.dumps({
            "names": names,
            "errors": errors,
            "warnings": [str(w.message) for w in caught if issubclass(w.category, PluginWarning)],
            "values": values,
            "accuracy": accuracy,
        }))
        """,
        broken=True,
    )
    assert {"broken", "concise", "accuracy"} <= set(found["names"])
    assert len(found["errors"]) == 2
    for error in found["errors"]:
        assert "'broken' from distribution 'openrs-broken-plugin' 0.3.0" in error
        assert "entry point 'broken = openrs_broken_plugin:BrokenReward'" in error
        assert "No module named 'a_dependency_that_is_not_installed'" in error
    assert len(found["warnings"]) == 1
    assert "openrs-broken-plugin" in found["warnings"][0]
    assert "'broken = openrs_broken_plugin:BrokenReward'" in found["warnings"][0]
    assert found["values"] == [1.0, 0.5, 0.0]
    assert found["accuracy"] == "accuracy"


# -- openrs-score ----------------------------------------------------------------------------------------------

COMPLETIONS = {  # id -> completion; lengths chosen so that concise(max_chars=40) gives 1.0, a slope value and 0.0
    "p1": "Adding them up, the answer is \\boxed{4}.",
    "p2": "Let me think this through step by step. 2 + 2 makes four, so \\boxed{4}",
    "p3": "After a lot of thought about this problem and several detours, I conclude \\boxed{5}",
    "p4": "Short: \\boxed{9}",
}


def _write_preds(folder: Path) -> tuple[Path, dict[str, float]]:
    path = folder / "preds.jsonl"
    lines = [
        json.dumps({"id": key, "model": "m", "benchmark": "b", "gold": "4", "completion": text})
        for key, text in COMPLETIONS.items()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, {key: _concise(len(text), 40) for key, text in COMPLETIONS.items()}


def test_list_rewards_shows_the_plugin_and_flags_a_broken_one(plugin_env: PluginEnv) -> None:
    result = plugin_env.score("--list-rewards")
    _check(result, "openrs-score --list-rewards")
    line = next(line for line in result.stdout.splitlines() if line.startswith("concise "))
    assert "[0, 1]" in line and "Reward short completions" in line and "openrs-plugin-example" in line
    assert any(line.startswith("accuracy ") for line in result.stdout.splitlines())

    result = plugin_env.score("--list-rewards", broken=True)
    _check(result, "openrs-score --list-rewards with a broken plugin installed")
    lines = result.stdout.splitlines()
    broken = next(line for line in lines if line.startswith("broken "))
    assert (
        "BROKEN" in broken
        and "openrs-broken-plugin" in broken
        and "a_dependency_that_is_not_installed" in broken
    )
    assert any(line.startswith("concise ") and "[0, 1]" in line for line in lines)
    assert "1 reward(s) cannot be used" in result.stdout


def test_openrs_score_uses_the_plugin_by_name(plugin_env: PluginEnv) -> None:
    preds, expected = _write_preds(plugin_env.work)
    out = plugin_env.work / "verdicts.jsonl"
    label = "concise(max_chars=40)"
    result = plugin_env.score(preds, "--reward", label, "--reward", "format", "--json", "--out", out)
    _check(result, "openrs-score --reward concise(max_chars=40)")
    assert (
        0.0 < expected["p2"] < 1.0 and expected["p1"] == 1.0 and expected["p3"] == 0.0
    )  # the test's own premise

    report = json.loads(result.stdout)
    assert report["rewards"] == [label, "format"]
    assert report["reward_errors"] == []
    (group,) = report["groups"]
    stats = group["rewards"][label]
    values = list(expected.values())
    assert stats["count"] == len(values) and stats["none_share"] == 0.0
    assert stats["mean"] == pytest.approx(statistics.fmean(values))
    assert stats["std"] == pytest.approx(statistics.stdev(values))
    assert (stats["min"], stats["max"]) == (min(values), max(values))
    assert "format" in group["rewards"]

    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in written] == list(COMPLETIONS)  # one line per input line, in input order
    for row in written:
        assert row["rewards"][label] == pytest.approx(expected[row["id"]])
        assert set(row["rewards"]) == {label, "format"}
    assert [row["correct"] for row in written] == [True, True, False, False]

    table = plugin_env.score(preds, "--reward", label)
    _check(table, "openrs-score table with --reward")
    row = next(line for line in table.stdout.splitlines() if line.lstrip().startswith(label))
    cells = row.split()
    assert f"{statistics.fmean(values):.3f}" in cells and f"{statistics.stdev(values):.3f}" in cells, row


def test_openrs_score_with_a_broken_plugin_installed(plugin_env: PluginEnv) -> None:
    preds, expected = _write_preds(plugin_env.work)
    result = plugin_env.score(preds, "--reward", "concise(max_chars=40)", "--json", broken=True)
    _check(result, "openrs-score --reward concise with a broken plugin installed")
    stats = json.loads(result.stdout)["groups"][0]["rewards"]["concise(max_chars=40)"]
    assert stats["mean"] == pytest.approx(statistics.fmean(expected.values()))

    asked = plugin_env.score(preds, "--reward", "broken", broken=True)
    assert asked.returncode == 2, asked.stdout + asked.stderr
    assert (
        "openrs-broken-plugin" in asked.stderr
        and "'broken = openrs_broken_plugin:BrokenReward'" in asked.stderr
    )
    assert "No module named 'a_dependency_that_is_not_installed'" in asked.stderr
    assert "Traceback" not in asked.stderr


@pytest.mark.parametrize(
    ("spec", "problem"),
    [
        ("concise(max_chars=2000", "the '(' is never closed"),
        ("concise(max_chars=2_000 + 1)", "an operator expression is not allowed"),
        ("concise max_chars=2000", "arguments go in parentheses"),
        ("concise(max_char=2000)", "Did you mean 'max_chars'?"),
        ("consise", "unknown reward 'consise'. Did you mean 'concise'"),
    ],
)
def test_openrs_score_explains_a_malformed_spec(plugin_env: PluginEnv, spec: str, problem: str) -> None:
    preds, _ = _write_preds(plugin_env.work)
    result = plugin_env.score(preds, "--reward", spec)
    assert result.returncode == 2, result.stdout + result.stderr
    assert spec in result.stderr and problem in result.stderr
    assert "Traceback" not in result.stderr


# -- the TRL adapter -------------------------------------------------------------------------------------------


def test_trl_adapter_builds_the_plugin_by_name(plugin_env: PluginEnv) -> None:
    found, _ = plugin_env.python_json(
        """
        import json, pickle, sys
        from openrs_rewards.trainer_glue.adapter import build_reward_funcs
        funcs, weights, entries = build_reward_funcs(
            [{"spec": "concise(max_chars=4)", "weight": 0.5}, {"spec": "format", "weight": 1.0}]
        )
        metrics = {}
        completions = ["abcd", "abcdef", [{"role": "assistant", "content": "abcdefgh"}]]
        # Called exactly as TRL's GRPOTrainer calls a reward function.
        values = funcs[0](
            prompts=["p"] * 3, completions=completions, completion_ids=[[1], [2], [3]],
            answer=["1", "2", "3"], trainer_state=None, log_extra=lambda column, values: None,
            log_metric=lambda name, value: metrics.__setitem__(name, value),
        )
        clone = pickle.loads(pickle.dumps(funcs[0]))
        print(json.dumps({
            "names": [f.__name__ for f in funcs],
            "weights": weights,
            "values": values,
            "clone_values": clone(prompts=None, completions=completions),
            "metrics": metrics,
            "heavy": sorted(m for m in ("torch", "trl", "transformers") if m in sys.modules),
        }))
        """
    )
    assert found["names"] == ["concise", "format"]
    assert found["weights"] == [0.5, 1.0]
    assert found["values"] == [_concise(4, 4), _concise(6, 4), _concise(8, 4)] == [1.0, 0.5, 0.0]
    assert found["clone_values"] == found["values"]
    assert found["metrics"]["concise/mean_chars"] == pytest.approx(
        6.0
    )  # the plugin's own metric, passed through
    assert found["metrics"]["rewards/concise/none_share"] == 0.0
    assert not math.isnan(found["metrics"]["concise/mean_chars"])
    assert found["heavy"] == []  # building reward functions needs no torch / trl


@needs_trl
def test_a_recipe_can_use_the_plugin(plugin_env: PluginEnv) -> None:
    """`openrs-train --recipe ... --set rewards.N.spec=... --dry-run` resolves the plugin like a built-in reward."""
    code = (
        "import sys; from openrs_rewards.cli.train import main; "
        "sys.exit(main(['--recipe', 'open-rs3', '--set', 'rewards.1.spec=concise(max_chars=2000)', '--dry-run']))"
    )
    result = plugin_env.run([plugin_env.python, "-c", code])
    _check(result, "openrs-train --recipe open-rs3 --set rewards.1.spec=concise(max_chars=2000) --dry-run")
    lines = [line.strip() for line in result.stdout.splitlines()]
    assert any(line.startswith("- concise") and "max_chars=2000" in line for line in lines), result.stdout
    assert any("concise: weight 2" in line and "ConcisenessReward" in line for line in lines), result.stdout
    assert any(line.startswith("reward_weights") and "[1.0, 2.0]" in line for line in lines), result.stdout
