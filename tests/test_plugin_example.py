"""examples/plugin-example, installed as a real third-party distribution, works by name with no change here.

One virtual environment per module, in a temporary folder: it sees this interpreter's packages (openrs-rewards and
its dependencies, so no network is needed) and gets the example plugin installed by pip. Everything is then checked
in subprocesses running that environment's Python and ``openrs-score``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import site
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

from openrs_rewards.plugins import GROUP, list_rewards

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "plugin-example"
TIMEOUT = 300


@dataclass(frozen=True)
class PluginEnv:
    root: Path
    python: Path
    bin: Path
    broken_site: Path  # a broken plugin distribution, seen only when this folder is on PYTHONPATH

    def env(self, *, broken: bool = False) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
        env["PATH"] = f"{self.bin}{os.pathsep}{env.get('PATH', '')}"
        env["VIRTUAL_ENV"] = str(self.root)
        env["PYTHONWARNINGS"] = "default"
        if broken:
            env["PYTHONPATH"] = str(self.broken_site)
        return env

    def run(
        self, args: Sequence[str | Path], *, broken: bool = False, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=self.env(broken=broken),
            cwd=cwd or self.root,
        )

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
    if importlib.util.find_spec("setuptools") is None:
        pytest.fail(
            "setuptools is needed to build examples/plugin-example without network access "
            "(`pip install setuptools`; it is part of the [test] extra)"
        )
    root = tmp_path_factory.mktemp("plugin-env")
    venv = root / "venv"
    have_pip = importlib.util.find_spec("pip") is not None
    create = [sys.executable, "-m", "venv", "--system-site-packages", str(venv)]
    _check(
        subprocess.run(
            create + (["--without-pip"] if have_pip else []), capture_output=True, text=True, timeout=TIMEOUT
        ),
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
    # environment (the usual case) its packages live elsewhere, so the new environment adds them after its own.
    ours = [p for p in [*site.getsitepackages(), sysconfig.get_path("purelib")] if Path(p).is_dir()]
    lines = [f"import site; site.addsitedir({p!r})" for p in dict.fromkeys(ours)]
    (Path(purelib) / "_openrs_test_parent.pth").write_text("\n".join(lines) + "\n")

    # Build from a copy, so that the build leaves nothing (build/, *.egg-info) in the repository.
    source = root / "plugin-example"
    shutil.copytree(EXAMPLE, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    install = [
        python,
        "-m",
        "pip",
        "install",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "--disable-pip-version-check",
        "--quiet",
        str(source),
    ]
    _check(
        subprocess.run(install, capture_output=True, text=True, timeout=TIMEOUT, cwd=root),
        "pip install of examples/plugin-example",
    )

    # `openrs-score` for this environment: the console script, exactly as installed, run by its Python.
    script = metadata.entry_points(group="console_scripts")["openrs-score"]
    module, _, attr = script.value.partition(":")
    (bin_dir / "openrs-score").write_text(
        f"#!{python}\nimport sys\nfrom {module} import {attr}\nsys.exit({attr}())\n"
    )
    (bin_dir / "openrs-score").chmod(0o755)

    broken_site = root / "broken-site"
    _write_broken_distribution(broken_site)
    return PluginEnv(root=venv, python=python, bin=bin_dir, broken_site=broken_site)


def _write_broken_distribution(folder: Path) -> None:
    """A distribution whose reward module fails to import (a missing dependency), laid out as pip installs one."""
    folder.mkdir()
    (folder / "openrs_broken_plugin.py").write_text("import a_dependency_that_is_not_installed\n")
    info = folder / "openrs_broken_plugin-0.3.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: openrs-broken-plugin\nVersion: 0.3.0\n")
    (info / "entry_points.txt").write_text(f"[{GROUP}]\nbroken = openrs_broken_plugin:BrokenReward\n")


# -- the library ---------------------------------------------------------------------------------------------


def test_discovery_describe_and_get_reward(plugin_env: PluginEnv) -> None:
    found, stderr = plugin_env.python_json(
        """
        import json, pickle, sys
        from openrs_rewards.plugins import describe, get_reward, list_rewards
        names = list_rewards()
        imported_by_listing = "openrs_plugin_example.conciseness" in sys.modules
        info = describe("concise")
        reward = get_reward("concise(target_words=3, max_words=5)")
        completions = ["a b c", "a b c d", "a b c d e f", [{"role": "assistant", "content": "x y z w"}], None]
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
            "values": values,
            "clone_values": clone(completions=completions),
            "name": reward.__name__,
            "qualified": get_reward("openrs-plugin-example:concise").max_words,
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
        "defaults": {"target_words": 100, "max_words": 400},
        "bounds": [0.0, 1.0],
        "summary": "Reward short completions: 1.0 up to ``target_words`` words, 0.0 from ``max_words`` on, "
        "linear between.",
    }
    assert found["values"] == [1.0, 0.5, 0.0, 0.5, None]
    assert found["clone_values"] == found["values"]
    assert found["name"] == "concise"
    assert found["qualified"] == 400
    assert "PluginWarning" not in stderr


def test_typo_in_a_parameter_is_explained(plugin_env: PluginEnv) -> None:
    found, _ = plugin_env.python_json(
        """
        import json
        from openrs_rewards.plugins import PluginError, get_reward
        try:
            get_reward("concise(max_word=10)")
        except PluginError as error:
            print(json.dumps(str(error)))
        """
    )
    assert "has no parameter 'max_word'. Did you mean 'max_words'?" in found


def test_the_plugin_is_not_visible_outside_its_environment() -> None:
    assert "concise" not in list_rewards()  # the test installed nothing into this interpreter


def test_broken_plugin_warns_once_and_the_rest_works(plugin_env: PluginEnv) -> None:
    found, _ = plugin_env.python_json(
        """
        import json, warnings
        from openrs_rewards.plugins import PluginError, PluginWarning, describe, get_reward, list_rewards
        warnings.simplefilter("always")
        errors = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            names = list_rewards()
            for _ in range(2):
                try:
                    get_reward("broken")
                except PluginError as error:
                    errors.append(str(error))
            values = get_reward("concise(target_words=1, max_words=3)")(completions=["a", "a b", "a b c"])
        print(json.dumps({
            "names": names,
            "errors": errors,
            "warnings": [str(w.message) for w in caught if issubclass(w.category, PluginWarning)],
            "values": values,
        }))
        """,
        broken=True,
    )
    assert {"broken", "concise"} <= set(found["names"])
    assert len(found["errors"]) == 2
    for error in found["errors"]:
        assert "'broken' from distribution 'openrs-broken-plugin' 0.3.0" in error
        assert "entry point 'broken = openrs_broken_plugin:BrokenReward'" in error
        assert "No module named 'a_dependency_that_is_not_installed'" in error
    assert len(found["warnings"]) == 1
    assert "openrs-broken-plugin" in found["warnings"][0]
    assert found["values"] == [1.0, 0.5, 0.0]
