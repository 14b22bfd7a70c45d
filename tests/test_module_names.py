"""No module of the verifier binds one top-level name twice: in a module of thousands of lines a second pattern of
the same name replaces the first for every function that reads it at run time, silently (two sessions found such
clashes only by their wrong verdicts). A name extended from itself (``_UNITS = _UNITS | _COUNTED_NOUNS``) is one
name, grown."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import openrs_rewards

_PACKAGE = Path(openrs_rewards.__file__).parent
_MODULES = sorted(_PACKAGE.rglob("*.py"))


def _names_bound_twice(source: str) -> list[str]:
    """The top-level names ``source`` binds more than once (assignments and definitions), less those rebound from
    their own value."""
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
            isinstance(decorator, ast.Name) and decorator.id == "overload"
            for decorator in node.decorator_list
        ):
            continue  # (typing's overloads of one function, its signatures)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            targets, value = [node.name], None
        elif isinstance(node, ast.Assign):
            targets = [target.id for target in node.targets if isinstance(target, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets, value = [node.target.id], node.value
        else:
            continue
        read = (
            {name.id for name in ast.walk(value) if isinstance(name, ast.Name)}
            if value is not None
            else set()
        )
        for target in targets:
            if target in seen and target not in read:
                twice.append(target)
            seen.add(target)
    return twice


@pytest.mark.parametrize("path", _MODULES, ids=[str(path.relative_to(_PACKAGE)) for path in _MODULES])
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _names_bound_twice(path.read_text(encoding="utf-8")) == []


def test_a_second_binding_is_found() -> None:
    """The check itself: a name bound twice is reported, one grown from itself is not."""
    assert _names_bound_twice("A = 1\nB = A\nA = 2\n") == ["A"]
    assert _names_bound_twice("A = {1}\nA = A | {2}\n") == []
    assert _names_bound_twice("def f():\n    pass\n\n\ndef f():\n    pass\n") == ["f"]
    assert _names_bound_twice("@overload\ndef f(x: int) -> int: ...\ndef f(x):\n    return x\n") == []
