"""The framework adapters through the real verl 0.9, PrimeIntellect verifiers 0.4 and OpenRLHF 0.11, and openrs-serve
through OpenRLHF's own HTTP client: one test per check (the checks are in tests/_frameworks_checks.py).

Each framework runs in its own environment, layered on this one and cached (tests/_frameworks_env.py): the first
run installs the frameworks from PyPI (these tests then take about 4 minutes on 2 shared cores; about 1.5 once
cached). Without PyPI these tests fail and say so; ``OPENRS_SKIP_FRAMEWORK_TESTS=1`` skips them instead. Run them
alone with ``python -m pytest tests/test_real_frameworks.py -v``; ``-k verl`` picks one framework.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from _frameworks_checks import CHECKS, RESULT_PREFIX
from _frameworks_env import (
    COMPLETE_MARKER,
    ENVS_DIR_ENV,
    FRAMEWORKS,
    SKIP_ENV,
    Framework,
    FrameworkEnvError,
    ensure_environment,
)

CHECKS_FILE = Path(__file__).with_name("_frameworks_checks.py")
CHECKS_TIMEOUT_S = 420  # all checks of one framework (verl's, with a Ray cluster, take about a minute)

skip_requested = pytest.mark.skipif(
    os.environ.get(SKIP_ENV, "") not in ("", "0"),
    reason=f"{SKIP_ENV} is set: the real-framework checks are skipped",
)

_results: dict[str, dict[str, Any]] = {}


def run_checks(framework: str) -> dict[str, Any]:
    """Every check of ``framework`` run once in its environment (built or reused first); cached per session."""
    if framework in _results:
        return _results[framework]
    outcome: dict[str, Any] = {"checks": {}, "error": None}
    _results[framework] = outcome
    started = time.monotonic()
    try:
        python = ensure_environment(framework, log=lambda line: print(line, file=sys.stderr))
    except FrameworkEnvError as exc:
        outcome["error"] = str(exc)
        return outcome
    outcome["build_seconds"] = round(time.monotonic() - started, 1)
    started = time.monotonic()
    # The checks set the reward spec where they test it; one from the caller's shell would change every expectation.
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "OPENRS_REWARD_SPEC")}
    # A session of its own: on a timeout the whole group goes (Ray's processes, the openrs-serve child).
    process = subprocess.Popen(
        [str(python), str(CHECKS_FILE), framework],
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=CHECKS_FILE.parent,
        env=env,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=CHECKS_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        try:
            stdout, stderr = process.communicate(timeout=30)
        except subprocess.TimeoutExpired:  # a process outside the group still holds the pipes
            stdout, stderr = "", ""
        stderr += f"\n[the checks of {framework} were stopped after {CHECKS_TIMEOUT_S} s]"
    outcome["check_seconds"] = round(time.monotonic() - started, 1)
    for line in stdout.splitlines():
        if line.startswith(RESULT_PREFIX):
            result = json.loads(line[len(RESULT_PREFIX) :])
            outcome["checks"][result["name"]] = result
    outcome["output"] = (stdout + stderr)[-6000:]
    print(
        f"[{framework}] environment ready in {outcome['build_seconds']} s, checks ran in {outcome['check_seconds']} s",
        file=sys.stderr,
    )
    return outcome


CASES = [
    pytest.param(framework, check.__name__, id=check.__name__)
    for framework in CHECKS
    for check in CHECKS[framework]
]


@skip_requested
@pytest.mark.parametrize(("framework", "check"), CASES)
def test_real_framework(framework: str, check: str) -> None:
    unsupported = FRAMEWORKS[framework].unsupported_python()
    if unsupported:
        pytest.skip(unsupported)
    outcome = run_checks(framework)
    if outcome["error"]:
        pytest.fail(f"{framework}'s environment: {outcome['error']}", pytrace=False)
    result = outcome["checks"].get(check)
    if result is None:
        pytest.fail(
            f"{check} did not run (the checks process ended early):\n{outcome['output']}", pytrace=False
        )
    description = next(c for c in CHECKS[framework] if c.__name__ == check).__doc__
    assert result["ok"], f"{description}\n{result['error']}"


def test_every_framework_has_an_environment_and_checks() -> None:
    assert set(CHECKS) == set(FRAMEWORKS)
    assert all(check.__doc__ for checks in CHECKS.values() for check in checks), (
        "each check says what it checks"
    )


# -- the environment cache, with an environment that installs nothing (no index needed) -------------------------


@pytest.fixture
def empty_framework(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Framework:
    monkeypatch.setenv(ENVS_DIR_ENV, str(tmp_path))
    framework = Framework("empty", steps=())
    monkeypatch.setitem(FRAMEWORKS, "empty", framework)
    return framework


def test_an_environment_is_built_once_and_sees_this_checkout(
    empty_framework: Framework, tmp_path: Path
) -> None:
    logged: list[str] = []
    python = ensure_environment("empty", log=logged.append)
    assert any("building" in line for line in logged)
    where = subprocess.run(
        [str(python), "-c", "import sys, openrs_rewards; print(sys.prefix); print(openrs_rewards.__file__)"],
        text=True,
        capture_output=True,
        check=True,
    ).stdout.split()
    import openrs_rewards

    assert where == [
        str(python.parent.parent),
        openrs_rewards.__file__,
    ]  # its own prefix, this checkout layered
    logged.clear()
    assert ensure_environment("empty", log=logged.append) == python
    assert logged == [], "a complete environment is reused as it is"


def test_an_interrupted_build_is_not_reused(empty_framework: Framework) -> None:
    python = ensure_environment("empty", log=lambda _: None)
    env_dir = python.parent.parent
    (env_dir / COMPLETE_MARKER).unlink()  # as if the build had stopped before its last step
    (env_dir / "leftover").write_text("from the interrupted build")
    logged: list[str] = []
    assert ensure_environment("empty", log=logged.append) == python
    assert any("did not finish" in line for line in logged)
    assert not (env_dir / "leftover").exists() and (env_dir / COMPLETE_MARKER).exists()


def test_an_unreachable_index_is_an_error_naming_it(
    empty_framework: Framework, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An index on a closed port and no other source of packages: what pip meets without a network.
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:9/simple")
    for name in (
        "PIP_EXTRA_INDEX_URL",
        "PIP_FIND_LINKS",
        "PIP_CONSTRAINT",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name.lower(), raising=False)
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setitem(FRAMEWORKS, "empty", Framework("empty", steps=(("openrs-no-such-package==1",),)))
    with pytest.raises(FrameworkEnvError) as caught:
        ensure_environment("empty", log=lambda _: None)
    message = str(caught.value)
    assert "could not be reached" in message and SKIP_ENV in message, message
    assert not any(tmp_path.glob("empty-*/bin")), "a failed build leaves nothing to reuse"


def test_a_new_environment_replaces_the_older_one_of_this_test_environment(
    empty_framework: Framework, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import _frameworks_env

    monkeypatch.setattr(_frameworks_env, "environment_key", lambda framework: "old")
    old = ensure_environment("empty", log=lambda _: None).parent.parent
    other = tmp_path / "empty-other"  # built on another test environment (another checkout sharing the cache)
    shutil.copytree(old, other, symlinks=True)
    (other / COMPLETE_MARKER).write_text(json.dumps({"test_environment": "/elsewhere/.venv"}))
    monkeypatch.setattr(_frameworks_env, "environment_key", lambda framework: "new")
    logged: list[str] = []
    new = ensure_environment("empty", log=logged.append).parent.parent
    assert new.name == "empty-new" and (new / COMPLETE_MARKER).exists()
    assert not old.exists() and any("replaced by empty-new" in line for line in logged)
    assert other.exists(), "another test environment's cached environment is left alone"


def test_the_environment_helpers_docstring_examples() -> None:
    import doctest

    import _frameworks_env

    result = doctest.testmod(_frameworks_env, verbose=False)
    assert result.attempted >= 3 and result.failed == 0, result
