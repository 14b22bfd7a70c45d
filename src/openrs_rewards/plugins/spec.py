"""Reward specs: ``name``, ``name(key=value, ...)`` or ``distribution:name(key=value, ...)``.

A spec is parsed, never evaluated. The argument list is read with :func:`ast.parse` and every value with
:func:`ast.literal_eval`, so only literals are accepted: strings, numbers, ``True`` / ``False`` / ``None`` and
tuples, lists, dicts and sets of them. Names, calls, attribute access, operators and ``**`` unpacking are refused
with a message that says what is wrong and where.

>>> parse_spec("cosine(max_len=3584, min_value_wrong=-0.5)")
RewardSpec(name='cosine', distribution=None, kwargs={'max_len': 3584, 'min_value_wrong': -0.5})
>>> str(parse_spec("openrs-rewards:format"))
'openrs-rewards:format'
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "MAX_SPEC_CHARS",
    "PluginError",
    "PluginWarning",
    "RewardSpec",
    "SpecError",
    "normalize_distribution",
    "parse_spec",
]

#: Longer specs are refused before parsing (a spec is a short command-line argument, not a data file).
MAX_SPEC_CHARS = 10_000

# A reward name: what an entry point may be called (letters, digits, "_", "-", "."), not starting with "-" or ".".
_NAME = r"[^\W\d][\w.\-]*|_[\w.\-]*"
# A distribution name (PEP 508).
_DIST = r"[A-Za-z0-9](?:[A-Za-z0-9._\-]*[A-Za-z0-9])?"
NAME_RE = re.compile(rf"(?:{_NAME})\Z")
_HEAD_RE = re.compile(rf"(?:(?P<dist>{_DIST}):)?(?P<name>{_NAME})\Z")
_PLACEHOLDER = "_f"  # the argument list is parsed as the call ``_f(...)``


class PluginError(Exception):
    """A reward cannot be found, loaded or constructed; the message says which and why."""


class PluginWarning(UserWarning):
    """A reward plugin is broken; emitted once per entry point, and every other reward still loads."""


class SpecError(PluginError, ValueError):
    """A malformed reward spec. The message names what is wrong and points at the column."""

    def __init__(self, spec: str, problem: str, column: int | None = None) -> None:
        self.spec = spec
        self.problem = problem
        self.column = column  # 0-based offset into ``spec``, or None
        message = f"invalid reward spec {spec!r}: {problem}"
        if column is not None:
            message += f" (at column {column + 1})\n    {spec}\n    {' ' * column}^"
        message += (
            "\n  expected NAME, NAME(key=value, ...) or DISTRIBUTION:NAME(...), with literal values only"
        )
        super().__init__(message)


def normalize_distribution(name: str) -> str:
    """A distribution name compared the PEP 503 way: case-insensitive, runs of ``-``, ``_``, ``.`` equal."""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class RewardSpec:
    """A parsed spec: the reward's name, the distribution it was qualified with (if any), and keyword arguments."""

    name: str
    distribution: str | None = None
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    @property
    def qualified_name(self) -> str:
        return f"{self.distribution}:{self.name}" if self.distribution else self.name

    def __str__(self) -> str:
        if not self.kwargs:
            return self.qualified_name
        args = ", ".join(f"{key}={value!r}" for key, value in self.kwargs.items())
        return f"{self.qualified_name}({args})"


def parse_spec(spec: str) -> RewardSpec:
    """Parse ``[distribution:]name[(key=literal, ...)]`` without evaluating anything.

    Raises :class:`SpecError` (a ``ValueError``) naming the problem and its column.
    """
    if not isinstance(spec, str):
        raise TypeError(f"a reward spec is a string, not {type(spec).__name__}")
    text = spec.strip()
    lead = len(spec) - len(spec.lstrip())  # columns are reported in the spec as given
    if not text:
        raise SpecError(spec, "the spec is empty")
    if len(text) > MAX_SPEC_CHARS:
        raise SpecError(
            spec, f"the spec is {len(text)} characters long; at most {MAX_SPEC_CHARS} are accepted"
        )

    paren = text.find("(")
    head = text if paren < 0 else text[:paren]
    dist, name = _parse_head(spec, head, lead)
    if paren < 0:
        return RewardSpec(name=name, distribution=dist, kwargs={})
    kwargs = _parse_arguments(spec, text[paren:], lead + paren)
    return RewardSpec(name=name, distribution=dist, kwargs=kwargs)


def _parse_head(spec: str, head: str, lead: int) -> tuple[str | None, str]:
    match = _HEAD_RE.match(head)
    if match:
        return match.group("dist"), match.group("name")
    if not head.strip():
        raise SpecError(spec, "the reward name is missing before '('", lead)
    stripped = head.rstrip()
    if stripped != head and _HEAD_RE.match(stripped):
        raise SpecError(spec, "no space is allowed between the reward name and '('", lead + len(stripped))
    if head.count(":") > 1:
        second = head.index(":", head.index(":") + 1)
        raise SpecError(spec, "at most one ':' (DISTRIBUTION:NAME) is allowed", lead + second)
    # Point at the first character that cannot be part of a name.
    dist_part, colon, name_part = head.rpartition(":")
    if colon and not dist_part:
        raise SpecError(spec, "the distribution name is missing before ':'", lead)
    offset = len(dist_part) + 1 if dist_part else 0
    if dist_part and not re.fullmatch(_DIST, dist_part):
        bad = _first_bad(dist_part, re.compile(r"[A-Za-z0-9._\-]"))
        what = "is not a valid distribution name"
        raise SpecError(spec, f"{dist_part!r} {what}", lead + bad)
    if not name_part:
        raise SpecError(spec, "the reward name is missing after ':'", lead + offset - 1)
    if not re.match(r"[^\W\d]|_", name_part):
        raise SpecError(
            spec, f"a reward name must start with a letter or '_', not {name_part[0]!r}", lead + offset
        )
    bad = _first_bad(name_part, re.compile(r"[\w.\-]"))
    char = name_part[bad]
    hint = " (arguments go in parentheses: NAME(key=value))" if char in " =" else ""
    raise SpecError(spec, f"unexpected {char!r} in the reward name{hint}", lead + offset + bad)


def _first_bad(text: str, allowed: re.Pattern[str]) -> int:
    for i, char in enumerate(text):
        if not allowed.fullmatch(char):
            return i
    return len(text) - 1


def _parse_arguments(spec: str, args: str, start: int) -> dict[str, Any]:
    """Parse ``(key=literal, ...)`` found at column ``start`` of ``spec``."""
    source = _PLACEHOLDER + args
    shift = start - len(_PLACEHOLDER)  # a column in ``source`` plus ``shift`` is a column in ``spec``

    def col(node: ast.AST) -> int:
        # (a column counted from the start of the whole source: a "\r" or "\n" inside the arguments starts a new line
        # for the parser, whose col_offset, in UTF-8 bytes, then counts from that line)
        column = _source_column(source, int(getattr(node, "lineno", 1)), int(getattr(node, "col_offset", 0)))
        return max(start, min(column + shift, len(spec) - 1))

    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as exc:
        # (its offset in characters, 1-based, within its line: counted from the start of the whole source)
        column = (_line_start(source, exc.lineno or 1) + exc.offset - 1 + shift) if exc.offset else None
        if column is not None:
            column = max(start, min(column, len(spec) - 1))
        raise SpecError(spec, _syntax_problem(exc), column) from None
    except (RecursionError, MemoryError, ValueError) as exc:
        raise SpecError(spec, f"the arguments cannot be parsed ({type(exc).__name__})", start) from None

    call = tree.body
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == _PLACEHOLDER):
        # Something follows the argument list: find where the first ``_f(...)`` ends.
        first = next(
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == _PLACEHOLDER
        )
        end = int(first.end_col_offset or 0) + shift
        raise SpecError(spec, "unexpected text after the closing ')'", min(end, len(spec) - 1))

    for arg in call.args:
        if isinstance(arg, ast.Starred):
            raise SpecError(spec, "'*' unpacking is not allowed; write key=value", col(arg))
        raise SpecError(
            spec,
            f"positional argument {ast.get_source_segment(source, arg)!r}: every argument must be key=value",
            col(arg),
        )

    kwargs: dict[str, Any] = {}
    for keyword in call.keywords:
        if keyword.arg is None:
            raise SpecError(spec, "'**' unpacking is not allowed; write key=value", col(keyword))
        if keyword.arg in kwargs:
            raise SpecError(spec, f"the argument {keyword.arg!r} is given twice", col(keyword))
        kwargs[keyword.arg] = _literal(spec, source, keyword.arg, keyword.value, col(keyword.value))
    return kwargs


_LINE_ENDING = re.compile(r"\r\n|\r|\n")


def _line_start(source: str, lineno: int) -> int:
    """Where the parser's line ``lineno`` (1-based) starts in ``source``: lines end at "\\n", "\\r\\n" or "\\r"."""
    start = 0
    for _ in range(lineno - 1):
        ending = _LINE_ENDING.search(source, start)
        if ending is None:
            break
        start = ending.end()
    return start


def _source_column(source: str, lineno: int, col_offset: int) -> int:
    """The offset in ``source`` of the parser's (``lineno``, ``col_offset``), the latter in UTF-8 bytes."""
    start = _line_start(source, lineno)
    return start + len(source[start:].encode("utf-8")[:col_offset].decode("utf-8", "ignore"))


def _literal(spec: str, source: str, key: str, node: ast.expr, column: int) -> Any:
    """The value of ``key=...`` through ``ast.literal_eval``; ``column`` is where ``node`` starts in ``spec``."""
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        pass
    segment = ast.get_source_segment(source, node) or "?"
    culprit = _first_non_literal(node) or node  # point at the innermost offending part
    where = column + int(getattr(culprit, "col_offset", node.col_offset)) - node.col_offset
    if isinstance(node, ast.Name):
        problem = f"the value of {key!r} is the bare name {segment!r}; quote strings: {key}={segment!r}"
    else:
        problem = (
            f"the value of {key!r} ({segment}) is not a literal: {_describe_node(culprit)} is not allowed "
            "(use strings, numbers, True/False/None, or tuples/lists/dicts of them)"
        )
    raise SpecError(spec, problem, where)


def _first_non_literal(node: ast.AST) -> ast.AST | None:
    """The first sub-node (in source order) that ``ast.literal_eval`` would refuse."""
    if isinstance(node, ast.Constant):
        return None
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        for element in node.elts:
            found = _first_non_literal(element)
            if found is not None:
                return found
        return None
    if isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            if key is None:
                return value  # ``**`` inside a dict display
            found = _first_non_literal(key) or _first_non_literal(value)
            if found is not None:
                return found
        return None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.UAdd, ast.USub)):
        return _first_non_literal(node.operand)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "set"
        and not node.args
    ):
        return None
    return node


def _describe_node(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return f"the name {node.id!r}"
    if isinstance(node, ast.Call):
        return "a function call"
    if isinstance(node, ast.Attribute):
        return "attribute access"
    if isinstance(node, (ast.BinOp, ast.BoolOp, ast.Compare, ast.UnaryOp)):
        return "an operator expression"
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        return "a comprehension"
    if isinstance(node, ast.Lambda):
        return "a lambda"
    if isinstance(node, ast.Subscript):
        return "indexing"
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    return f"this kind of expression ({type(node).__name__})"


def _syntax_problem(exc: SyntaxError) -> str:
    message = (exc.msg or "invalid syntax").replace("'_f'", "the reward")
    if "never closed" in message or "unexpected EOF" in message:
        return "the '(' is never closed"
    if message.startswith("invalid syntax") and "Maybe you meant '==' or ':=' instead of '='?" in message:
        return "invalid syntax: each argument must be key=value with a Python identifier as key"
    if "keyword argument repeated" in message:
        return message.replace("keyword argument repeated", "argument given twice")
    if "expression cannot contain assignment" in message:
        return "invalid argument: each argument must be key=value with a Python identifier as key"
    return message
