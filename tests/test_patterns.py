"""The verifier's regular expressions are compiled on first use (verifiers/patterns.py): every one of them must still
compile (an error now shows at first use, not at import), behave as ``re.compile`` would, and importing the verifier
must compile none of them."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import openrs_rewards.verifiers
from openrs_rewards.verifiers.patterns import _LazyPattern, compile_lazily


def _lazy_patterns() -> list[tuple[str, _LazyPattern]]:
    found = []
    for info in pkgutil.iter_modules(openrs_rewards.verifiers.__path__):
        module = importlib.import_module(f"openrs_rewards.verifiers.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, _LazyPattern):
                found.append((f"{info.name}.{name}", value))
    return found


LAZY = _lazy_patterns()


def test_the_verifier_modules_define_their_patterns_lazily() -> None:
    modules = {name.partition(".")[0] for name, _ in LAZY}
    assert {"extract", "normalize", "cascade", "structure", "expr"} <= modules
    assert len(LAZY) > 200


@pytest.mark.parametrize(("name", "pattern"), LAZY, ids=[name for name, _ in LAZY])
def test_every_pattern_compiles_with_its_flags(name: str, pattern: _LazyPattern) -> None:
    compiled = re.compile(pattern.pattern, pattern._flags)
    assert pattern.flags == compiled.flags, name
    assert pattern.groups == compiled.groups
    assert pattern.groupindex == compiled.groupindex


def test_import_compiles_no_pattern() -> None:
    program = (
        "import json\n"
        "from openrs_rewards import verify, verify_batch\n"
        "import openrs_rewards.verifiers.extract, openrs_rewards.verifiers.normalize\n"
        "from openrs_rewards.verifiers.patterns import _LazyPattern\n"
        "import gc\n"
        "lazy = [o for o in gc.get_objects() if isinstance(o, _LazyPattern)]\n"
        "print(json.dumps([len(lazy), sum('search' in vars(o) for o in lazy)]))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=True
    )
    defined, compiled = json.loads(completed.stdout.strip().splitlines()[-1])
    assert defined > 200
    assert compiled == 0


def test_first_use_binds_the_compiled_methods() -> None:
    pattern = compile_lazily(r"(?P<n>\d+)", re.ASCII)
    assert "search" not in vars(pattern)
    assert pattern.pattern == r"(?P<n>\d+)"
    assert pattern.fullmatch("12") is not None
    assert "search" in vars(pattern) and "sub" in vars(pattern)
    assert pattern.groupindex == {"n": 1}
    assert repr(pattern) == "compile_lazily('(?P<n>\\\\d+)')"


@given(st.text(alphabet="ab1 \\{}", max_size=30))
def test_a_lazy_pattern_finds_what_the_compiled_one_finds(text: str) -> None:
    source = r"\\(?:frac|boxed)\{([^{}]*)\}|(\d+)|\s+"
    lazy, compiled = compile_lazily(source), re.compile(source)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("_", text) == compiled.sub("_", text)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.search(text) is None) == (compiled.search(text) is None)
