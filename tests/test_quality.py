"""The code stays lint-clean and formatted: these run the same tools a contributor runs, through the running
interpreter (``python -m ruff``), so ``venv/bin/python -m pytest`` checks with the venv's pinned ruff and never skips
for want of a ``ruff`` on ``PATH``. Type checking (mypy) is slower and runs as its own lint step in ``.ci/run``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("src", "tests", "benchmarks", "examples")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_lint_is_clean() -> None:
    result = _run("-m", "ruff", "check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run("-m", "ruff", "format", "--check", *CHECKED)
    assert result.returncode == 0, result.stdout + result.stderr
