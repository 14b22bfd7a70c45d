"""Regular expressions compiled on first use: the verifier's modules define a few hundred, most of them for rare
cases, and compiling all of them at import was ~45 ms of every fresh process (half of ``import`` plus the first
``verify``), while a batch of a few hundred real completions uses half of them or fewer (measured: 106 of 270 on
AIME, 220 on all 5,784 real completions). ``openrs-score`` on one small file, a Ray actor, each test process and
the worker zygote pay the compile only for what they use.

Example:
    >>> ANSWER = compile_lazily(r"answer is (\\d+)")
    >>> ANSWER.search("the answer is 42").group(1)
    '42'
    >>> ANSWER.pattern
    'answer is (\\\\d+)'
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["compile_lazily"]

# What callers use of a compiled pattern: bound to the instance once compiled, so later calls are one attribute
# lookup, as on a compiled pattern.
_PATTERN_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "flags", "groups", "groupindex",
)  # fmt: skip


class _LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` until an attribute of the pattern is first asked for."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # the source, without compiling (other patterns are built from it)
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the instance does not have yet: the first use compiles (two threads at once
        # compile twice and bind equal patterns, which is harmless).
        if name.startswith("__") or name == "_flags":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _PATTERN_ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"compile_lazily({self.pattern!r})"


def compile_lazily(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used; typed as the compiled pattern it behaves as."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
