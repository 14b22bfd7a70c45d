"""One virtual environment per RL framework, layered on the environment running the tests, built once and cached.

verl, OpenRLHF and PrimeIntellect verifiers pin versions that conflict with the ``[trl]`` extra and with each other
(verl: ``transformers<5.11`` and Hydra's ``antlr4-python3-runtime==4.9.*``; OpenRLHF: ``transformers==5.15.0``), so
each runs in its own environment. Such an environment is *layered* on the one running the tests: a
``<python> -m venv --without-pip`` whose ``site-packages`` ends with a ``.pth`` file adding the test environment's
``site-packages`` after its own (``--system-site-packages`` would not do: a venv made by a venv's Python gets the
base interpreter's site-packages, not the test venv's). Its pip (the test environment's, run by the child's interpreter) sees everything
already installed there as installed, so torch, sympy, math-verify, starlette, ray and this checkout (editable, with
its entry points) are not installed again: only what the framework needs and the test environment lacks, and the
framework's own pins where they conflict, go into the child, whose ``site-packages`` comes first. Measured on 2
shared cores (load 4-8): verl 22-70 s and 350 MB, verifiers 22-40 s and 140 MB, OpenRLHF 15-40 s and 150 MB (a
separate environment with its own CPU torch was 1.2-1.9 GB each).

Every dependency is installed from a wheel (``--only-binary :all:``, as ``PIP_ONLY_BINARY=:all:`` in CI) with one
exception: ``antlr4-python3-runtime==4.9.3``, which Hydra 1.3 and OmegaConf 2.3 (verl's configuration) pin and
which PyPI only has as a source distribution. It is pure Python (no compiler); without it pip quietly falls back to
hydra-core 0.11.3 from 2019, which cannot read verl's config, so verl's requirements also say ``hydra-core>=1.3``.

The cache lives in ``<cache_root>/framework-envs/<name>-<key>`` (``cache_root`` is the package's model cache:
``$OPENRS_REWARDS_CACHE``, else ``$XDG_CACHE_HOME/openrs-rewards``; ``$OPENRS_FRAMEWORK_ENVS`` overrides the
whole directory). The key hashes the requirements, the Python version and the test environment's path and
installed distributions, so a change to any of them builds a new environment (and removes the one it replaces:
the older environments of the same test environment). An environment is used only once
its completion marker exists, written last; a build that was interrupted leaves no marker and is deleted and built
again. A file lock serialises builds of the same environment by concurrent test runs.

Without the package index (PyPI), a missing environment cannot be built: that is an error naming the index, unless
``OPENRS_SKIP_FRAMEWORK_TESTS=1`` is set, which skips these tests (CI reaches PyPI and must not set it).

>>> sorted(FRAMEWORKS)
['openrlhf', 'verifiers', 'verl']
>>> len(environment_key(FRAMEWORKS["verl"])) == 16
True
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SKIP_ENV = "OPENRS_SKIP_FRAMEWORK_TESTS"
ENVS_DIR_ENV = "OPENRS_FRAMEWORK_ENVS"
COMPLETE_MARKER = ".openrs-complete.json"
LAYER_PTH = "_openrs_test_environment.pth"
# All of one environment's installs; a cold verl install takes under a minute on 2 shared cores. With the checks'
# own limit (tests/test_real_frameworks.py) a hang cannot take more than ~50 of CI's 90 minutes.
BUILD_TIMEOUT_S = 600

# What pip prints when it cannot reach an index (urllib3 / requests / socket errors).
_NETWORK_ERRORS = re.compile(
    r"NewConnectionError|Max retries exceeded|Temporary failure in name resolution|Name or service not known"
    r"|Network is unreachable|Connection refused|ConnectTimeout|ReadTimeout|No route to host|SSLError|ProxyError"
)


@dataclass(frozen=True)
class Framework:
    """How to install one framework: ``pip install`` argument lists run in order, and the extras of this package
    the checks need (their requirements, read from the installed distribution's metadata, are installed too)."""

    name: str
    steps: tuple[tuple[str, ...], ...]
    package_extras: tuple[str, ...] = field(default=())
    python: tuple[tuple[int, int], tuple[int, int]] = ((3, 10), (4, 0))  # its Requires-Python: [low, high)

    def unsupported_python(self) -> str | None:
        """Why this framework cannot be installed for the running Python, or None when it can."""
        low, high = self.python
        if low <= sys.version_info[:2] < high:
            return None
        return f"{self.name} needs Python >={low[0]}.{low[1]},<{high[0]}.{high[1]} (this is {sys.version.split()[0]})"


FRAMEWORKS: dict[str, Framework] = {
    "verl": Framework(
        "verl",
        # hydra-core>=1.3: see the module docstring (antlr 4.9.3 exists only as a pure-Python sdist). kernels: the
        # transformers verl pins (<5.11) builds kernel mappings at import with the kernels API of its own pin
        # (transformers[kernels]: >=0.12,<0.13); a newer kernels in the test environment (transformers 5.25 requires
        # one) raises on import ("Either a revision or a version must be specified").
        steps=(
            (
                "verl==0.9.*",
                "hydra-core>=1.3",
                "kernels>=0.12,<0.13",
                "--no-binary",
                "antlr4-python3-runtime",
            ),
        ),
        python=((3, 10), (3, 13)),
    ),
    "verifiers": Framework("verifiers", steps=(("verifiers==0.4.*",),), python=((3, 11), (3, 15))),
    "openrlhf": Framework(
        "openrlhf",
        # OpenRLHF's own requirements pull DeepSpeed, flash-attn and vLLM (CUDA builds); the reward path needs only
        # what `openrlhf.utils.agent` imports, with OpenRLHF's transformers pin.
        steps=(
            ("--no-deps", "openrlhf==0.11.*"),
            ("aiohttp", "pylatexenc", "transformers==5.15.0"),
        ),
        package_extras=("serve",),  # openrs-serve for OpenRLHF's HTTP client
    ),
}


class FrameworkEnvError(RuntimeError):
    """A framework's environment could not be built."""


def envs_dir() -> Path:
    """Where the framework environments are cached."""
    explicit = os.environ.get(ENVS_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    from openrs_rewards.trainer_glue.models import cache_root

    return cache_root() / "framework-envs"


def _parent_site_dirs() -> list[str]:
    paths = sysconfig.get_paths()
    return list(dict.fromkeys([paths["purelib"], paths["platlib"]]))


def extra_requirements(extras: Sequence[str]) -> list[str]:
    """This package's requirements for ``extras``, from the installed distribution's metadata.

    >>> any(req.startswith("uvicorn") for req in extra_requirements(["serve"]))
    True
    """
    wanted = []
    for line in importlib.metadata.requires("openrs-rewards") or []:
        requirement, _, marker = line.partition(";")
        found = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
        if found and found.group(1) in extras:
            wanted.append(requirement.strip())
    return wanted


def environment_key(framework: Framework) -> str:
    """16 hex digits naming what the environment was built from (see the module docstring)."""
    installed = sorted(
        {
            f"{(dist.metadata['Name'] or '?').lower()}=={dist.version}"
            for dist in importlib.metadata.distributions()
        }
    )
    identity = {
        "steps": framework.steps,
        "extras": extra_requirements(framework.package_extras),
        "python": sys.version,
        "test_environment": sys.prefix,
        "installed": installed,
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:16]


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _pip_failure(what: str, done: subprocess.CompletedProcess[str], env_dir: Path) -> FrameworkEnvError:
    output = (done.stdout + done.stderr).strip()
    tail = "\n".join(line for line in output.splitlines() if "is ignored: it is neither" not in line)[-4000:]
    if _NETWORK_ERRORS.search(output):
        return FrameworkEnvError(
            f"building {env_dir} failed: the package index (PyPI) could not be reached while running `{what}`. "
            f"These tests install verl, OpenRLHF and verifiers once (then reuse the cached environment); "
            f"run them with network access, or set {SKIP_ENV}=1 to skip them.\n{tail}"
        )
    return FrameworkEnvError(f"building {env_dir} failed at `{what}` (exit {done.returncode}):\n{tail}")


def _build(framework: Framework, env_dir: Path, log: Callable[[str], None]) -> dict[str, object]:
    python = env_dir / "bin" / "python"
    layered_pip = importlib.util.find_spec("pip") is not None
    venv_args = [sys.executable, "-m", "venv", *(["--without-pip"] if layered_pip else []), str(env_dir)]
    done = subprocess.run(venv_args, text=True, capture_output=True, timeout=300, check=False)
    if done.returncode != 0:
        raise FrameworkEnvError(f"`{' '.join(venv_args)}` failed:\n{done.stderr[-3000:]}")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        text=True,
        capture_output=True,
        timeout=60,
        check=True,
    ).stdout.strip()
    # After the child's own site-packages: the child's installs shadow the test environment's where they differ.
    lines = [f"import site; site.addsitedir({parent!r})" for parent in _parent_site_dirs()]
    Path(site, LAYER_PTH).write_text("\n".join(lines) + "\n")

    steps = [list(step) for step in framework.steps]
    extras = extra_requirements(framework.package_extras)
    if extras:
        steps.append(extras)
    started = time.monotonic()
    for step in steps:
        what = "pip install " + " ".join(step)
        left = BUILD_TIMEOUT_S - (time.monotonic() - started)
        log(f"[{framework.name}] {what}")
        command = [
            str(python),
            "-m",
            "pip",
            "install",
            "-q",
            "--only-binary",
            ":all:",
            "--retries",
            "2",
            *step,
        ]
        try:
            done = subprocess.run(command, text=True, capture_output=True, timeout=max(left, 1), check=False)
        except subprocess.TimeoutExpired as exc:
            raise FrameworkEnvError(
                f"building {env_dir} took over {BUILD_TIMEOUT_S} s (at `{what}`)"
            ) from exc
        if done.returncode != 0:
            raise _pip_failure(what, done, env_dir)
    return {"steps": steps, "install_seconds": round(time.monotonic() - started, 1)}


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    os.replace(partial, path)


def ensure_environment(name: str, log: Callable[[str], None] = print) -> Path:
    """The Python of ``name``'s environment, built first when no complete one is cached (see the module docstring).

    Raises :class:`FrameworkEnvError` with pip's output (and what to do when the index is unreachable)."""
    framework = FRAMEWORKS[name]
    root = envs_dir()
    root.mkdir(parents=True, exist_ok=True)
    env_dir = root / f"{name}-{environment_key(framework)}"
    with _locked(root / f"{env_dir.name}.lock"):
        marker = env_dir / COMPLETE_MARKER
        if not marker.exists():
            if env_dir.exists():
                log(f"[{name}] removing {env_dir}: its build did not finish")
                shutil.rmtree(env_dir)
            log(f"[{name}] building {env_dir}")
            try:
                built = _build(framework, env_dir, log)
            except BaseException:
                shutil.rmtree(env_dir, ignore_errors=True)
                raise
            _write_atomically(
                marker, json.dumps({"framework": name, "test_environment": sys.prefix, **built})
            )
            _remove_replaced(root, name, env_dir, log)
    return env_dir / "bin" / "python"


def _remove_replaced(root: Path, name: str, current: Path, log: Callable[[str], None]) -> None:
    """Delete ``name``'s older environments built on this same test environment (those of other test
    environments stay: several checkouts may share the cache), unless a test run is building one right now."""
    for env_dir in root.glob(f"{name}-*"):
        marker = env_dir / COMPLETE_MARKER
        if env_dir == current or not env_dir.is_dir() or not marker.exists():
            continue
        try:
            built_on = json.loads(marker.read_text()).get("test_environment")
        except (OSError, ValueError):
            continue
        if built_on != sys.prefix:
            continue
        with (root / f"{env_dir.name}.lock").open("a") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue
            log(f"[{name}] removing {env_dir}: replaced by {current.name}")
            shutil.rmtree(env_dir, ignore_errors=True)
