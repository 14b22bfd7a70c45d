"""The code stays lint-clean and formatted: these run the same tools a contributor runs, through the running
interpreter (``python -m ruff``), so ``venv/bin/python -m pytest`` checks with the venv's pinned ruff and never skips
for want of a ``ruff`` on ``PATH``. Type checking (mypy) is slower and runs as its own lint step in ``.ci/run``."""

from __future__ import annotations

import ast
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


def _top_level_names(tree: ast.Module) -> list[tuple[str, int, bool]]:
    """Each name a module binds at its top level, with its line and whether the binding reads the name itself (an
    extension, ``_UNITS = _UNITS | _COUNTED_NOUNS``)."""
    bound = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
            getattr(decorator, "id", getattr(decorator, "attr", None)) == "overload"
            for decorator in node.decorator_list
        ):
            continue  # (an overload's signature, which the implementation after it binds)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.append((node.name, node.lineno, False))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            read = (
                {name.id for name in ast.walk(node.value) if isinstance(name, ast.Name)}
                if node.value
                else set()
            )
            for target in targets:
                if isinstance(target, ast.Name):
                    bound.append((target.id, node.lineno, target.id in read))
    return bound


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A second ``_PATTERN = ...`` or ``def _helper`` in a long module silently replaces the first for every caller
    above it (mypy and ruff let a reassigned constant or a used-then-redefined function through): each name is bound
    once, or extended from itself."""
    twice = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        seen: dict[str, int] = {}
        for name, line, extends in _top_level_names(ast.parse(path.read_text("utf-8"))):
            if name in seen and not extends and name != "__all__":
                twice.append(f"{path.relative_to(ROOT)}:{line}: {name} (first bound at line {seen[name]})")
            seen.setdefault(name, line)
    assert not twice, "\n".join(twice)
