"""General solutions compared as sets: families of values periodic in an integer parameter, as residues.

A trigonometric equation's solutions are written in many ways that are one set: ``\\frac{\\pi}{4}+k\\pi`` is
``\\frac{\\pi}{4}+2k\\pi, \\frac{5\\pi}{4}+2k\\pi`` (two families that interleave), ``(-1)^k\\frac{\\pi}{6}+k\\pi`` is
``\\frac{\\pi}{6}+2k\\pi, \\frac{5\\pi}{6}+2k\\pi`` (a sign that alternates), and ``90^\\circ+180^\\circ k`` is
``\\frac{\\pi}{2}+k\\pi`` (degrees against radians). Each family is read by the bounded expression parser at a few
whole values of its parameter: a family whose values step by a constant every one or two values is a few residues
modulo that step. With every family's step a rational multiple of one of them, both sides become sets of residues
modulo the least common multiple of the steps, compared as sets. An answer that is not such a family (a variable
other than the parameter, values that do not step evenly, too many residues) is not decided here.

Example:
    >>> periodic_equal("\\\\frac{\\\\pi}{4}+2k\\\\pi,\\\\frac{5\\\\pi}{4}+2k\\\\pi", "\\\\frac{\\\\pi}{4}+k\\\\pi")
    True
    >>> periodic_equal("\\\\frac{\\\\pi}{4}+2k\\\\pi", "\\\\frac{\\\\pi}{4}+k\\\\pi")
    False
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import cache

from openrs_rewards.verifiers.expr import (
    INTEGER_PARAMETERS,
    constant_value,
    parse_expression,
    with_name_replaced,
)
from openrs_rewards.verifiers.structure import parse_structure

__all__ = ["periodic_equal"]

_MAX_FAMILIES = 8
_MAX_RESIDUES = 48  # residues modulo the common period, on each side
_SAMPLES = range(-2, 4)  # the parameter's values a family is read at
# Two values closer than this, relative to the period, are one residue (the values are exact to ~50 digits).
_TOLERANCE = Fraction(1, 10**20)

_Family = tuple[list[Fraction], Fraction]  # (residues, period)


def periodic_equal(a: str, b: str, *, a_in_degrees: bool = False, b_in_degrees: bool = False) -> bool | None:
    """Whether two normalised answers, each one or more families ``f(k)`` of an integer parameter (``k``, ``n``,
    ``m``, ``j``, ``l``), are the same set of values: True, False, or None when either is not such a family set.
    A side ``in_degrees`` has its values in degrees (its marks were normalised away) and is compared in radians."""
    families_a = _families(a, _degree() if a_in_degrees else None)
    families_b = _families(b, _degree() if b_in_degrees else None)
    if families_a is None or families_b is None:
        return None
    period = _common_period([p for _, p in families_a] + [p for _, p in families_b])
    if period is None:
        return None
    residues_a, residues_b = _residues(families_a, period), _residues(families_b, period)
    if residues_a is None or residues_b is None:
        return None
    return _same_residues(residues_a, residues_b, period)


@cache
def _degree() -> Fraction:
    """π/180 to 50 digits (made on first use: evaluating π imports the numeric library, which an import must not)."""
    return Fraction(constant_value("\\pi") or 0) / 180


def _families(text: str, scale: Fraction | None) -> list[_Family] | None:
    structure = parse_structure(text)
    if structure is not None and structure.kind not in ("set", "value"):
        # (an interval or a tuple of two families, "(k\\pi+\\frac{\\pi}{6}, k\\pi+\\frac{2\\pi}{3})", is ordered: its
        # ends are no set of solutions, and swapping or shifting one of them makes another answer)
        return None
    items = [text] if structure is None else list(structure.items)
    if not items or len(items) > _MAX_FAMILIES:
        return None
    families = []
    for item in items:
        family = _family(item, scale)
        if family is None:
            return None
        families.append(family)
    return families


def _family(item: str, scale: Fraction | None) -> _Family | None:
    """The residues and period of one family ``f(k)``: its values step by one constant every one or two values of
    ``k``; None otherwise (or when it has any other variable)."""
    parsed = parse_expression(item)
    if parsed is None or len(parsed.variables) != 1:
        return None
    (name,) = parsed.variables
    if name not in INTEGER_PARAMETERS:
        return None
    values = []
    for whole in _SAMPLES:
        value = constant_value(with_name_replaced(item, name, f"{{({whole})}}"))
        if value is None:
            return None
        values.append(value * scale if scale is not None else value)
    for step in (1, 2):
        differences = {values[i + step] - values[i] for i in range(len(values) - step)}
        period = values[step] - values[0]
        if period != 0 and all(abs(d - period) <= _TOLERANCE * abs(period) for d in differences):
            return [values[_SAMPLES.index(0) + i] for i in range(step)], abs(period)
    return None


def _common_period(periods: list[Fraction]) -> Fraction | None:
    """The least common multiple of ``periods`` when each is a simple rational multiple of the first, else None."""
    unit = periods[0]
    numerators, denominators = [], []
    for period in periods:
        ratio = period / unit
        simple = ratio.limit_denominator(60)
        if abs(ratio - simple) > _TOLERANCE * abs(ratio):
            return None
        numerators.append(simple.numerator)
        denominators.append(simple.denominator)
    multiple = Fraction(math.lcm(*numerators), math.gcd(*denominators))
    return unit * multiple


def _residues(families: list[_Family], period: Fraction) -> list[Fraction] | None:
    residues: list[Fraction] = []
    for starts, step in families:
        count = period / step
        if count.denominator != 1 and abs(count - round(count)) > _TOLERANCE:
            return None
        for start in starts:
            for index in range(round(count)):
                residues.append((start + index * step) % period)
                if len(residues) > _MAX_RESIDUES:
                    return None
    return residues


def _same_residues(a: list[Fraction], b: list[Fraction], period: Fraction) -> bool:
    tolerance = _TOLERANCE * period

    def close(x: Fraction, y: Fraction) -> bool:
        gap = abs(x - y)
        return gap <= tolerance or period - gap <= tolerance  # (0 and a value just under the period are one)

    return all(any(close(x, y) for y in b) for x in a) and all(any(close(y, x) for x in a) for y in b)
