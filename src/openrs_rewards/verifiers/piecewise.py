"""Piecewise functions compared as functions: ``\\begin{cases}`` answers of one variable evaluated at points.

A piecewise answer and another answer (piecewise or not) of the same one variable are compared at sample points:
the boundaries both sides name, points a little and further on either side of them, and a few generic points;
parity conditions of a whole number's name (``n \\text{ odd}``) at whole numbers. At each point the branch whose
condition holds is evaluated (the first that holds; ``otherwise`` when none does) exactly or numerically by the
bounded expression parser. Equal when they agree at every point where both have a value (enough of them);
different when they clearly differ at one. So ``|x|`` equals ``x`` for ``x \\geq 0`` and ``-x`` for ``x < 0``, and
moving a boundary where both branches agree (``x^2`` for ``x \\geq 0`` or for ``x > 0``, ``-x`` below) changes
nothing; ``x`` for ``x<0`` and ``-x`` for ``x \\geq 0`` is not ``|x|``.

Example:
    >>> piecewise_equal("|x|", "\\\\begin{cases}x&x\\\\geq0\\\\\\\\-x&x<0\\\\end{cases}")
    True
    >>> piecewise_equal("|x|", "\\\\begin{cases}-x&x\\\\geq0\\\\\\\\x&x<0\\\\end{cases}")
    False
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

from openrs_rewards.verifiers.expr import (
    WHOLE_NUMBER_NAMES,
    constant_value,
    identity_equal,
    with_name_replaced,
)
from openrs_rewards.verifiers.numeric import fraction_in_latex
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.structure import interval_of, parse_structure

__all__ = ["piecewise_equal"]

# A condition is a test of the variable's value; None stands for "otherwise".
_Branch = tuple[str, Callable[[Fraction], bool] | None]

_GENERIC_POINTS = tuple(
    Fraction(n, d) for n, d in ((-37, 5), (-11, 5), (-3, 5), (9, 20), (13, 10), (37, 10), (81, 10))
)
_OFFSETS = (Fraction(0), Fraction(1, 4), Fraction(-1, 4), Fraction(3, 2), Fraction(-3, 2))
_WHOLE_NUMBER_POINTS = tuple(Fraction(n) for n in range(-3, 13))
_MIN_POINTS = 6  # points where both sides have a value, for "equal"
_MAX_BRANCHES = 8
_PARITY = compile_lazily(r"([nmk])(?:is)?(odd|even)")
_INFINITIES = {"\\infty": None, "+\\infty": None, "-\\infty": None}


def piecewise_equal(a: str, b: str) -> bool | None:
    """Whether two normalised answers, one of them piecewise (``\\\\begin{cases}``), are one function of their one
    variable: True, False, or None when not decided here (more variables, conditions that are not intervals or
    parities, values the expression parser cannot read)."""
    if "cases" not in a and "cases" not in b:
        return None
    read_a, read_b = _piecewise(a), _piecewise(b)
    if read_a is None or read_b is None:
        return None
    (name_a, branches_a, points_a), (name_b, branches_b, points_b) = read_a, read_b
    name = name_a or name_b
    if name is None or (name_a is not None and name_b is not None and name_a != name_b):
        return None
    whole_numbers = (
        _WHOLE_NUMBER_POINTS if any(p is _WHOLE_NUMBER_POINTS for p in (points_a, points_b)) else None
    )
    if whole_numbers is not None:
        points = list(whole_numbers)
    else:
        boundaries = sorted(set(points_a) | set(points_b))
        points = sorted(
            {boundary + offset for boundary in boundaries for offset in _OFFSETS} | set(_GENERIC_POINTS)
        )
    agreed = 0
    for point in points:
        value_a, value_b = _value_at(branches_a, point), _value_at(branches_b, point)
        if value_a is None or value_b is None:
            continue
        # (braced, so that it is one operand everywhere: "(-1)^n", "2x", "x^2")
        literal = f"{{({fraction_in_latex(point)})}}"
        equal = identity_equal(
            with_name_replaced(value_a, name, literal), with_name_replaced(value_b, name, literal)
        )
        if equal is False:
            return False
        if equal is True:
            agreed += 1
    return True if agreed >= _MIN_POINTS else None


def _piecewise(text: str) -> tuple[str | None, list[_Branch], tuple[Fraction, ...]] | None:
    """(the variable, the branches, the boundaries named) of a piecewise answer, or of a plain one as one branch
    that always holds (no variable known, no boundary); None when a condition cannot be read."""
    structure = parse_structure(text)
    if structure.kind == "value":
        return None, [(structure.text, None)], ()
    if structure.kind != "cases" or len(structure.items) > 2 * _MAX_BRANCHES:
        return None
    names: set[str] = set()
    branches: list[_Branch] = []
    boundaries: list[Fraction] = []
    parity = False
    for value, condition in zip(structure.items[::2], structure.items[1::2], strict=True):
        if condition == "otherwise":
            branches.append((value, None))
            continue
        odd_or_even = _PARITY.fullmatch(condition)
        if odd_or_even is not None:
            names.add(odd_or_even.group(1))
            parity = True
            branches.append((value, _parity_test(1 if odd_or_even.group(2) == "odd" else 0)))
            continue
        interval = interval_of(condition)
        if interval is None:
            return None
        (low_read, low), (high_read, high) = _end(interval.items[0]), _end(interval.items[1])
        if not (low_read and high_read):
            return None
        names.add(interval.names[0])
        boundaries += [end for end in (low, high) if end is not None]
        branches.append((value, _test(low, high, interval.brackets)))
    if len(names) != 1 or (parity and not names <= WHOLE_NUMBER_NAMES):
        return None
    return names.pop(), branches, _WHOLE_NUMBER_POINTS if parity else tuple(boundaries)


def _end(text: str) -> tuple[bool, Fraction | None]:
    """An interval's end: (read, its value), the value None for an infinity; (False, None) when it is no constant."""
    if text in _INFINITIES:
        return True, None
    value = constant_value(text)
    return value is not None, value


def _parity_test(remainder: int) -> Callable[[Fraction], bool]:
    def holds(point: Fraction) -> bool:
        return point.denominator == 1 and point.numerator % 2 == remainder

    return holds


def _test(low: Fraction | None, high: Fraction | None, brackets: str) -> Callable[[Fraction], bool]:
    def holds(point: Fraction) -> bool:
        above = low is None or (point >= low if brackets[0] == "[" else point > low)
        below = high is None or (point <= high if brackets[1] == "]" else point < high)
        return above and below

    return holds


def _value_at(branches: list[_Branch], point: Fraction) -> str | None:
    """The value of the first branch whose condition holds at ``point`` (else the ``otherwise`` branch), or None."""
    otherwise = None
    for value, condition in branches:
        if condition is None:
            otherwise = value if otherwise is None else otherwise
            if len(branches) == 1:
                return value
        elif condition(point):
            return value
    return otherwise
