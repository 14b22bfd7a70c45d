"""The shape of an answer, written once: solution sets, tuples, intervals, relations, matrices and named parts.

``parse_structure`` splits a *normalised* answer (see ``normalize.normalize_answer``) into a ``Structure``;
``structures_equal`` compares two structures with the rules below, generic over an element comparator: the fast
path passes exact numbers and strings (``fast.fast_element_equal``), the symbolic stage passes sympy. Both stages
therefore apply the same set/list/tuple semantics. Everything here is a linear scan over capped text, so it runs in
the caller.

Kinds and rules (prediction against gold):
    * ``value``: one answer; compared by the element comparator.
    * ``set``: several answers. A bare list ``3,-1``, answers joined by "or"/"and" (``normalize`` turns them into
      commas), ``\\pm`` (``x=\\pm4`` is ``4,-4``) and ``x_1=2,x_2=3`` are solution sets (brackets ``""``); ``\\{…\\}``
      is an explicit set (brackets ``"{}"``). Sets compare unordered, repeats ignored.
    * A single-value gold never equals a set of several different values: a hedge (``3 or 5``) is wrong against 3;
      a single-value prediction never equals a gold set of several values.
    * ``sequence``: ``(a,b)``, ``[a,b]``, ``(a,b]``, ``[a,b)``: ordered, and equal only with the same brackets (a
      bare list also equals a ``()`` tuple: a point written without its parentheses). Intervals from relations
      (``-1\\leq x\\leq4`` is ``[-1,4]``, ``y\\geq2`` is ``[2,\\infty)``) are sequences too.
    * ``named``: ``m=3,n=8`` or ``(a,b)=(2,5)``. Against named parts, equal only with the same names, compared by
      name (order free: ``c=1,d=2`` is not ``a=1,b=2``); against an unnamed list by position (``(a,b)=(2,5)``
      equals ``(2,5)``, ``m=3,n=8`` equals ``3,8``).
    * ``relation``: ``y\\geq2`` equals ``2\\leq y`` (operands swapped with the operator); ``-y>-2`` equals ``y<2``
      when the element comparator finds the differences of the two sides equal. An equation whose left side is a
      name, a function or a label (``g(t)=t^2+1``, ``\\angle ABC=40``) is its right side; an equation or chain of
      equations given against a single-value gold is right when its last side is that value (``f(9)-f(3)=210``,
      ``x=5^5=3125``), as a reader takes the end of a computation for its result.
    * ``union``: intervals joined by ``\\cup``, compared unordered.
    * ``matrix``: ``\\begin{pmatrix}…\\end{pmatrix}`` (``normalize`` writes bmatrix and bracketed arrays this way),
      compared element-wise with the same shape.
    * ``ratio``: ``2:3:4``, equal to a ratio of proportional terms (``4:6:8``, not ``2:4:3``); one of two terms is
      also its quotient (``2:3`` is ``\\frac{2}{3}``).

``structures_equal`` returns None when the comparator could not decide an element that matters.

Example:
    >>> parse_structure("m=3,n=8")
    Structure(kind='named', text='m=3,n=8', items=('3', '8'), brackets='', names=('m', 'n'), operators=())
    >>> plain = lambda a, b: a == b
    >>> structures_equal(parse_structure("n=8,m=3"), parse_structure("m=3,n=8"), plain)
    True
    >>> structures_equal(parse_structure("3,5"), parse_structure("3"), plain)
    False
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise, product
from typing import NamedTuple, TypeVar

from openrs_rewards.verifiers.expr import WHOLE_NUMBER_NAMES
from openrs_rewards.verifiers.numeric import parse_number
from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "MAX_ITEMS",
    "MAX_STRUCTURE_CHARS",
    "ElementEqual",
    "Structure",
    "interval_of",
    "parse_structure",
    "same_value_names",
    "split_top_level",
    "structures_equal",
    "value_name",
]

MAX_STRUCTURE_CHARS = 2_000  # longer text is one value
MAX_ITEMS = 40  # more parts than this: one value (nobody lists 40 solutions; it bounds the pairwise matching)
MAX_DEPTH = 4  # nesting of structures inside structures ("(1,2),(2,1)")

# (prediction element, gold element) -> equal, not equal, or None for "cannot tell".
ElementEqual = Callable[[str, str], "bool | None"]
_Element = TypeVar("_Element", str, tuple[str, str])  # an element's text, or a branch's value and condition

_RELATION_OPERATORS = ("\\leq", "\\geq", "\\neq", "<", ">", "=")
_FLIPPED = {"<": ">", "\\leq": "\\geq", ">": "<", "\\geq": "\\leq", "=": "=", "\\neq": "\\neq"}
_NAME_RE = compile_lazily(r"(?:[a-zA-Z]|\\(?!infty|pi\b)[a-zA-Z]+)(?:_(?:\{[^{}=]{1,12}\}|[a-zA-Z0-9]))?")
# Labels people give a value: a segment "AB", an angle "\\angle BAC" / "m\\angle ABC" / "\\angle BEA_{1}", a
# trigonometric ratio of an angle "\\sin R" / "\\cos\\theta" / "\\tan\\angle ABC", an operator applied to what
# the question names "\\gcd(12, 18)" / "\\operatorname{lcm}(4, 6)" / "\\det A" / "\\max f" / "\\max_{x} f(x)" / "\\arg z", a
# modulus "|z|" / "|\\vec{v}|".
_LABEL_RE = compile_lazily(
    r"(?:m ?)?\\angle ?(?:[A-Z](?:_\{?\w{1,3}\}?)?){1,3}|[A-Z]{2,3}"
    r"|\\(?:sin|cos|tan|sec|csc|cot) ?(?:[A-Za-z]|\\(?:alpha|beta|gamma|theta|phi)|\\angle ?[A-Z]{1,3})"
    r"|\\(?:gcd|lcm|det|deg|max|min|arg|Re|Im|operatorname ?\{[A-Za-z]{2,12}\})(?:_(?:\{[^{}=]{1,20}\}|[a-z]))?"
    r" ?(?:\([^()=<>]{1,30}\)|[A-Za-z](?: ?\([a-z]\))?)"
    r"|\|(?:[A-Za-z]{1,3}|\\vec\{[A-Za-z]{1,3}\})\|"
    # a norm "\\|v\\|", a limit "\\lim_{x\\rightarrow0}\\frac{\\sin x}{x}", a logarithm of a number "\\log_{2}8"
    r"|\\\|(?:[A-Za-z]{1,3}|\\vec\{[A-Za-z]{1,3}\})\\\|"
    r"|\\lim_\{[^{}]{1,24}\}[^=<>]{1,80}"
    r"|\\log_\{\d{1,3}\}\d{1,6}"
)
# (also a function whose name a scraped gold lost, "(x)=x^2-2x+2" for "f(x)=x^2-2x+2": a bracketed letter is no
# equation's side; a derivative's primes too: "f'(x)=3x^2" names the derivative's value)
_FUNCTION_RE = compile_lazily(
    r"[a-zA-Z](?:'{1,3})?(?:_(?:\{[^{}=]{1,12}\}|[a-zA-Z0-9]))?(?:\^\{?-1\}?)?\([a-zA-Z0-9,]{1,20}\)|\([a-z]\)"
)
_NAME_TUPLE_RE = compile_lazily(
    r"\((?:[a-zA-Z](?:_\{?[a-zA-Z0-9]{1,3}\}?)?,){1,9}[a-zA-Z](?:_\{?[a-zA-Z0-9]{1,3}\}?)?\)"
)
_NUMBER_RE = compile_lazily(r"-?(?:\d+(?:\.\d*)?|\.\d+)")
_MATRIX_OPEN = "\\begin{pmatrix}"
_MATRIX_CLOSE = "\\end{pmatrix}"
_CASES_OPEN = "\\begin{cases}"
_CASES_CLOSE = "\\end{cases}"
# What a piecewise branch's condition opens or ends with, no part of it: "\\text{if } x < 0", "for x \\geq 0,".
# (spaces are gone: "ifx<0" is "if x < 0" when a relation follows)
_CONDITION_WORDS_RE = compile_lazily(
    r"\A(?:if|for|when|where)(?=[^<>=]*(?:[<>=]|\\[lgn]eq|\\in)|[a-z]is[a-z])|,\Z"
)
# ... and a condition in words: "nisodd" ("n is odd") is "nodd" ("n \\text{ odd}")
_CONDITION_IS_RE = compile_lazily(r"\A([a-z])is(?=[a-z]{3})")
_OTHERWISE = frozenset(["otherwise", "else", "elsewhere"])  # (a trailing comma is gone: _CONDITION_WORDS_RE)


@dataclass(frozen=True, slots=True)
class Structure:
    """A parsed answer.

    Attributes:
        kind: ``"value"``, ``"set"``, ``"sequence"``, ``"named"``, ``"relation"``, ``"union"``, ``"matrix"``,
            ``"ratio"`` or ``"cases"`` (a piecewise definition).
        text: the normalised text it was read from.
        items: the element texts (a relation's operands; a matrix's cells row by row; a union's parts; a piecewise
            definition's branches, each value then its condition).
        brackets: ``""`` or ``"{}"`` for sets, the two bracket characters for sequences, ``"()"`` for a named tuple,
            ``"RxC"`` for a matrix's shape.
        names: the part names of a ``named`` structure; for a relation that is an interval, its variable.
        operators: a relation's operators, between its operands.
    """

    kind: str
    text: str
    items: tuple[str, ...]
    brackets: str = ""
    names: tuple[str, ...] = ()
    operators: tuple[str, ...] = ()


@lru_cache(maxsize=16_384)
def parse_structure(text: str) -> Structure:
    """The structure of a normalised answer (a ``value`` when it has none). Linear in ``len(text)``.

    Example:
        >>> parse_structure("\\\\pm4").items
        ('4', '-4')
        >>> parse_structure("(1,2]").kind, parse_structure("(1,2]").brackets
        ('sequence', '(]')
        >>> parse_structure("-1\\\\leq x\\\\leq4").operators
        ('\\\\leq', '\\\\leq')
    """
    value = Structure("value", text, (text,))
    if not text or len(text) > MAX_STRUCTURE_CHARS:
        return value
    if text.endswith(_MATRIX_CLOSE) and text.count(_MATRIX_OPEN) == 1:
        if text.startswith(_MATRIX_OPEN):
            return _parse_matrix(text) or value
        scaled = _scaled_matrix(text)
        if scaled is not None:
            return scaled
    if text.endswith(_CASES_CLOSE) and text.count(_CASES_OPEN) == 1:
        return _parse_cases(text) or value
    if "\\cup" in text:
        union = _parse_union(text)
        if union is not None:
            return union
    parts = split_top_level(text, ",;")
    if parts is None or len(parts) > MAX_ITEMS:
        return value
    if "\\neq" in text:
        excluded = _points_one_name_is_not(text, parts)
        if excluded is not None:
            return excluded
    if len(parts) > 1:
        points = [_labelled_point(part) for part in parts]
        if all(points):
            # "A(-1,0),B(2,3)": points named by the letters of a figure, a set of points
            return Structure("set", text, tuple(point for point in points if point))
        return _parse_list(text, parts)
    point = _labelled_point(text)
    return _parse_single(point) if point else _parse_single(text)


# A point named by a figure's letter, its coordinates right after it: "A(-1,0)", "F_1(4,0)", "P'(2,3)".
_LABELLED_POINT_RE = compile_lazily(r"[A-Z](?:_(?:\{\w{1,3}\}|\d)|'{1,2})?(\(.+\))")


def _labelled_point(part: str) -> str:
    """The coordinates of ``part`` when it is a point named by a letter (``A(-1,0)`` -> ``(-1,0)``): two or three
    of them, in one pair of brackets; "" for anything else (``f(2)``, ``P(A)``, ``A(x)``)."""
    found = _LABELLED_POINT_RE.fullmatch(part)
    if found is None:
        return ""
    coordinates = split_top_level(found.group(1)[1:-1], ",")
    if coordinates is None or not 2 <= len(coordinates) <= 3:
        return ""
    if any(not item or not _COORDINATE_RE.fullmatch(item.strip()) for item in coordinates):
        return ""  # (letters are a function's arguments: "F(x, y)", "P(A, B)")
    return found.group(1)


# A coordinate: numbers and the constants and operations of exact values ("-\\frac{1}{2}", "2\\sqrt{3}", "\\pi").
_COORDINATE_RE = compile_lazily(r"(?:[-+0-9.{}()^ ]|\\(?:[dt]?frac|sqrt|pi|pm|cdot)(?![A-Za-z]))+")


def _points_one_name_is_not(text: str, parts: list[str]) -> Structure | None:
    """``x\\neq-4,x\\neq-2`` or ``x\\neq3`` (a domain): the real line without those points, as ``x\\neq\\pm2`` is
    (:func:`_without_points`); None unless every part says one name is not a number (the same name in each)."""
    points = []
    names = set()
    for part in parts:
        name, operator, point = part.partition("\\neq")
        if not operator or _NAME_RE.fullmatch(name) is None or "\\pm" in point:
            return None
        names.add(name)
        points.append(point)
    return _without_points(text, points) if len(names) == 1 else None


def _parse_cases(text: str) -> Structure | None:
    """``f(x)=\\begin{cases}x&x\\geq0\\\\-x&x<0\\end{cases}``: the branches, each value and its condition (``if``
    and the like left out, ``else`` read as ``otherwise``); None when a row is no value and condition."""
    start = text.index(_CASES_OPEN)
    label = text[:start]
    if label and not (
        label.endswith("=") and (_NAME_RE.fullmatch(label[:-1]) or _FUNCTION_RE.fullmatch(label[:-1]))
    ):
        return None
    rows = text[start + len(_CASES_OPEN) : -len(_CASES_CLOSE)].split("\\\\")
    if not 1 < len(rows) <= MAX_ITEMS:
        return None
    items: list[str] = []
    for row in rows:
        value, ampersand, condition = row.partition("&")
        value = value.strip().removesuffix(",").strip()  # "1, & n odd": the comma of a sentence
        # (the punctuation of a sentence after a condition: "n \text{ even},", "n\text{ odd}.")
        condition = condition.strip().rstrip(".,;").strip()
        condition = _CONDITION_IS_RE.sub(r"\1", _CONDITION_WORDS_RE.sub("", condition).strip())
        if not ampersand or not value or not condition or "&" in condition:
            return None
        items += [value, "otherwise" if condition in _OTHERWISE else condition]
    return Structure("cases", text, tuple(items))


def _parse_single(text: str) -> Structure:
    value = Structure("value", text, (text,))
    if text.startswith("\\{") and text.endswith("\\}") and _closes_at_end(text):
        inner = split_top_level(text[2:-2], ",;")
        if inner is not None and len(inner) <= MAX_ITEMS and all(inner):
            if len(inner) > 1 and all(_split_name(item)[0] for item in inner):
                return _parse_list(text[2:-2], inner)  # "\{f(x)=x, f(x)=-x\}": the equations, as listed bare
            # A set's element "1\pm\sqrt{5}" is two of its elements, as in a bare solution list.
            return Structure("set", text, _unique(_with_plus_minus_expanded(inner)), "{}")
    if len(text) >= 2 and text[0] in "([" and text[-1] in ")]" and _closes_at_end(text):
        inner = split_top_level(text[1:-1], ",")
        if inner is not None and 1 < len(inner) <= MAX_ITEMS and all(inner):
            if all(_split_name(item)[0] for item in inner):
                # "(f(n)=n, g(n)=1)", "(x=1, y=2)": named, as listed bare
                return _parse_list(text[1:-1], inner)
            signed = _tuples_of_signs(text, inner) if "\\pm" in text or "\\mp" in text else None
            if signed is not None:
                return signed
            return Structure("sequence", text, tuple(inner), text[0] + text[-1])
    scaled = _scaled_tuple(text)
    if scaled is not None:
        return scaled
    if ":" in text:
        ratio = _parse_ratio(text)
        if ratio is not None:
            return ratio
    relation = _parse_relation(text)
    if relation is not None:
        return relation
    expanded = _expand_plus_minus(text)
    if expanded is not None:
        return Structure("set", text, _unique(expanded))
    label, labelled = _split_word_label(text)
    if label:
        return Structure("named", text, (labelled,), "", (label,))  # "\text{vertex } (1,-4)"
    return value


# What makes a part of "a:b" no term of a ratio: a relation, a membership or a map ("f: A \\rightarrow B").
_NOT_A_RATIO_TERM = ("=", "<", ">", "\\leq", "\\geq", "\\neq", "\\in", "\\mid", "\\rightarrow", "|")


def _parse_ratio(text: str) -> Structure | None:
    """``2:3:4``: the terms of a ratio, or None when ``text`` is no ratio (a set-builder's colon is inside braces)."""
    parts = split_top_level(text, ":")
    if parts is None or not 1 < len(parts) <= MAX_ITEMS:
        return None
    if not all(parts) or any(mark in part for part in parts for mark in _NOT_A_RATIO_TERM):
        return None
    return Structure("ratio", text, tuple(parts))


# (a mark after it when its 24-hour form does not say which half of the day: see normalize's _as_24_hour_time)
_TIME_OF_DAY = compile_lazily(r"([01]?\d|2[0-4]):([0-5]\d)(_\{[ap]m\})?")
_NON_INTEGER_VALUE = compile_lazily(r"-?(?:\d*\.\d+|\\[dt]?frac\{\d+\}\{\d+\}|\d+/\d+)")


def _same_time_of_day(time: re.Match[str], gold: re.Match[str]) -> bool:
    """Whether a time of day answers for the gold's: the same, or the same on the 12-hour clock when the gold does not
    say which half of the day it is (3:45 p.m., 15:45 and 3:45 a.m., 03:45, for the gold 3:45; but 2:30 does not say
    that it is the gold 2:30 p.m., 14:30)."""
    if time.group(2) != gold.group(2):
        return False
    hour, gold_hour = int(time.group(1)), int(gold.group(1))
    gold_says_which_half = (
        gold.group(1).startswith("0") or gold_hour == 0 or gold_hour > 12 or gold.group(3) is not None
    )
    return hour == gold_hour or (not gold_says_which_half and hour % 12 == gold_hour % 12)


def _ratios_equal(predicted: Structure, gold: Structure, element: ElementEqual) -> bool | None:
    """Two ratios are equal when their terms are proportional (``4:6:8`` is ``2:3:4``, never ``2:4:3``); a ratio of
    two terms against a value is their quotient (``2:3`` is ``\\frac{2}{3}``); a longer one is no single value."""
    time, gold_time = (_TIME_OF_DAY.fullmatch(side.text) for side in (predicted, gold))
    if time is not None and gold_time is not None:
        return _same_time_of_day(time, gold_time)
    either = time or gold_time
    if either is not None and not (
        _NON_INTEGER_VALUE.fullmatch(gold.text if time else predicted.text)
        and math.gcd(int(either.group(1)), int(either.group(2))) == 1
    ):
        # "1:15", "10:04": a time of day (two-digit minutes), never a ratio of its numbers; but a ratio in lowest
        # terms against a fraction or a decimal ("9:16" and 0.5625, "5:12" and 5/12) is no time ("8:22" is)
        return False
    if predicted.kind == gold.kind == "ratio":
        if len(predicted.items) != len(gold.items):
            return False
        if "0" in predicted.items or "0" in gold.items:
            # "0:3" and "0:5": no common factor makes a zero term anything but zero; compared term by term
            return _all_pairs(list(zip(predicted.items, gold.items, strict=True)), element)
        first, gold_first = predicted.items[0], gold.items[0]
        return _all_pairs(
            [
                (f"({term})\\cdot({gold_first})", f"({gold_term})\\cdot({first})")
                for term, gold_term in zip(predicted.items[1:], gold.items[1:], strict=True)
            ],
            element,
        )
    ratio, other = (predicted, gold) if predicted.kind == "ratio" else (gold, predicted)
    if other.kind != "value" or len(ratio.items) != 2:
        return False
    quotient = f"\\frac{{{ratio.items[0]}}}{{{ratio.items[1]}}}"
    return element(quotient, other.text) if ratio is predicted else element(other.text, quotient)


def _parse_list(text: str, parts: list[str]) -> Structure:
    """A top-level comma list: named parts, or a solution set (names of one variable dropped, ``\\pm`` expanded)."""
    if not all(parts):
        return Structure("value", text, (text,))
    names: list[str] = []
    values: list[str] = []
    for part in parts:
        chained = _names_of_one_value(part)
        if chained is not None:
            # ("x=y=1, z=2": two names given one value, then another)
            names += chained[0]
            values += [chained[1]] * len(chained[0])
            continue
        name, rest = _split_name(part) if part.count("=") < 2 else _name_of_a_computation(part)
        if not name:
            name, rest = _split_word_label(part)
        names.append(name)
        values.append(rest)
    if all(names) and len(set(names)) == len(names) and not _one_variable(names):
        return Structure("named", text, tuple(values), "", tuple(names))
    return Structure("set", text, tuple(_with_plus_minus_expanded(values)))


def _name_of_a_computation(part: str) -> tuple[str, str]:
    """``x=2^5=32`` → ("x", "32"): a name, the work that computes it and the number it comes to, which the name is
    given (as a reader takes the end of a computation for its result); ("", part) for anything else."""
    name, _, rest = part.partition("=")
    result = rest.rpartition("=")[2]
    if not _NAME_RE.fullmatch(name) or not _NUMBER_RE.fullmatch(result) or "=" not in rest:
        return "", part
    if any(op in rest for op in ("\\leq", "\\geq", "\\neq", "<", ">", "\\approx")):
        return "", part
    return name, result


def _names_of_one_value(part: str) -> tuple[list[str], str] | None:
    """``x=y=1`` → (["x", "y"], "1"): names set equal to one value that ends the chain; None for anything else."""
    if part.count("=") < 2 or any(op in part for op in ("\\leq", "\\geq", "<", ">")):
        return None
    sides = part.split("=")
    names, value = sides[:-1], sides[-1]
    if not value or _NAME_RE.fullmatch(value) or not all(_NAME_RE.fullmatch(name) for name in names):
        return None
    return names, value


def _split_name(part: str) -> tuple[str, str]:
    """``m=3`` → ("m", "3"); ``f(x)=x^2`` → ("f(x)", "x^2"); anything else → ("", part)."""
    position = _find_top_level(part, "=")
    if position <= 0:
        return "", part
    left, right = part[:position], part[position + 1 :]
    if (
        not right
        or _find_top_level(right, "=") != -1
        or any(op in right for op in ("\\leq", "\\geq", "<", ">"))
    ):
        return "", part
    if _NAME_RE.fullmatch(left) or _FUNCTION_RE.fullmatch(left) or _LABEL_RE.fullmatch(left):
        return left, right
    if left.lower() in _NAMES_OF_FUNCTIONS_AS_LABELS:
        return left, right  # ("gcd=12, lcm=840": the values of the two, named; not "gcd(12,18)")
    return "", part


_NAMES_OF_FUNCTIONS_AS_LABELS = frozenset(["gcd", "lcm", "hcf", "gcf"])


# A part labelled by a word: "max8" ("max 8" once normalised), "Maximum=8", "center(2,-3)", "son:10". The word has
# three letters or more (one letter is a variable's name, read by _split_name; two are a product "ab5") and the value
# starts as a number, a bracket or a fraction or root does (after "=" or ":", anything: "quotient:x^2-x-1").
# (an axis before the word too: "y-intercept -4")
_WORD_LABEL_RE = compile_lazily(
    r"((?:[xyz]-)?[A-Za-z]{3,30})(?:[=:](.+)|((?:[-+]?[\d.(\[]|-?\\(?:[dt]?frac|sqrt)\b).*))"
)
# Words that are no label: functions written without their backslash ("sin30") and connecting words.
_NOT_LABEL_WORDS = frozenset((
    "sin", "cos", "tan", "cot", "sec", "csc", "log", "exp", "sqrt", "frac", "dfrac", "tfrac", "arcsin", "arccos",
    "arctan", "sinh", "cosh", "tanh", "gcd", "lcm", "mod", "det", "deg", "cis", "and", "the",
))  # fmt: skip
# How a condition on a value ends before it, which no label does: "x is greater than 3", "n is a multiple of 3",
# "divisible by 3", "at least 4".
_CONDITION_ENDINGS = (
    "than", "of", "by", "to", "from", "atleast", "atmost", "over", "under", "below", "above", "exceeds", "not",
)  # fmt: skip
# Labels written for one extreme in other words: the greatest value is the maximum.
_LABEL_SYNONYMS = (
    (("maximum", "max", "greatest", "largest", "biggest", "highest"), "max"),
    (("minimum", "min", "least", "smallest", "lowest"), "min"),
    (("centre",), "center"),
    # (the highest common factor is the greatest common divisor; each written out in a problem's question)
    (
        ("gcd", "hcf", "gcf", "greatest common divisor", "greatest common factor", "highest common factor"),
        "gcd",
    ),
    (("lcm", "least common multiple", "lowest common multiple"), "lcm"),
)
_LABEL_FILLERS = ("absolute", "global", "local", "the")


def label_spellings(name: str) -> tuple[str, ...] | None:
    """The words a part's name (``max``, ``\\max``, ``width``, ``f(x)_{\\max}``) is written with in prose: the synonyms
    of an extreme (``max``: maximum, greatest, largest, ...), else the word itself; None for a name that is no word
    (``x``, ``a_1``, ``\\ell``)."""
    key = _label_key(name)
    for spellings, canonical in _LABEL_SYNONYMS:
        if key == canonical:
            return spellings
    return (key,) if _is_word_label(key) else None


def _label_key(name: str) -> str:
    """A part's name as matched between answers: ``\\max``, ``max``, ``f(x)_{\\max}`` and ``y_{max}`` all name the
    maximum; other names as :func:`_canonical_name` writes them."""
    canonical = _canonical_name(name)
    extreme = _EXTREME_NAME_RE.fullmatch(canonical)
    if extreme is not None:
        return extreme.group(1) or extreme.group(2)
    lowered = canonical.lower()
    return next((key for spellings, key in _LABEL_SYNONYMS if lowered in spellings), canonical)


# (the extreme's macro or subscript on a function's name: "\\max", "\\max f", "\\min_{[-2,4]} f", "f(x)_{\\max}",
# "y_{min}")
_EXTREME_NAME_RE = compile_lazily(
    r"\\(max|min)(?:_\{[^{}]{0,20}\})?(?:[a-zA-Z](?:\([a-z]\))?)?|[a-zA-Z](?:\([a-z]\))?_\{?\\?(max|min)\}?"
)


def _is_word_label(name: str) -> bool:
    """A name that is a word (what :func:`_split_word_label` gives: ``width``, ``max``, ``y-intercept``), not a
    letter (``w``, ``x_1``, ``\\ell``)."""
    word = _AXIS_BEFORE_A_WORD.sub("", name)
    return len(word) >= 3 and word.isalpha() and word.islower()


# The axis a word names a part on, before it (as _WORD_LABEL_RE reads one): "y-intercept", "x-coordinate".
_AXIS_BEFORE_A_WORD = compile_lazily(r"\A[xyz]-(?=[a-z])")


def _words_against_letters(names: list[str], other: list[str]) -> bool:
    """One side's names all words (``width``, ``length``), the other's all letters (``w``, ``\\ell``)."""
    return (all(map(_is_word_label, names)) and not any(map(_is_word_label, other))) or (
        all(map(_is_word_label, other)) and not any(map(_is_word_label, names))
    )


def _split_word_label(part: str) -> tuple[str, str]:
    """``max8`` → ("max", "8"), ``Maximumvalue=8`` → ("max", "8"), ``center(2,-3)`` → ("center", "(2,-3)"):
    a part named by a word (its canonical form: lower case, "value" and fillers such as "absolute" left out,
    synonyms of the maximum and the minimum as one); ("", part) when it is none."""
    found = _WORD_LABEL_RE.fullmatch(part)
    if found is None:
        return "", part
    word = found.group(1).lower()
    if word in _NOT_LABEL_WORDS or word.endswith(_CONDITION_ENDINGS):
        return "", part
    for filler in _LABEL_FILLERS:
        word = word.removeprefix(filler)
    word = word.removesuffix("values").removesuffix("value").removesuffix("is")
    for spellings, canonical in _LABEL_SYNONYMS:
        if word.startswith(spellings):
            word = canonical
            break
    return (word, found.group(2) or found.group(3)) if len(word) >= 3 else ("", part)


def value_name(text: str) -> str | None:
    """The name an equation gives its value, as compared: ``\\max f`` of ``\\max f=4``, ``AB`` of ``AB=5``, ``f(2)``
    of ``f(2)=7`` (the name :func:`parse_structure` reads past to the value); None when ``text`` is no such equation.
    Two answers that name their values differently answer different questions (``\\min f = 4`` is not ``\\max f =
    4``), although each equals the bare 4.

    >>> value_name("\\\\max f=4"), value_name("m\\\\angle ABC=30"), value_name("4"), value_name("2x+1=5")
    ('\\\\maxf', '\\\\angleABC', None, None)
    """
    if "=" not in text:
        return None
    name, value = _split_name(text)
    if not name or not value or any(op in value for op in ("\\leq", "\\geq", "\\neq", "<", ">")):
        return None
    canonical = _canonical_name(name)
    return canonical[1:] if canonical.startswith("m\\angle") else canonical


def same_value_names(name: str, other: str) -> bool:
    """Whether two names from :func:`value_name` name one thing: equal, one segment or angle written from its other
    end (``AB`` and ``BA``, ``\\angle ABC`` and ``\\angle CBA``), or a function of the same argument under another
    letter (``g(x)`` for the ``f(x)`` the question defines; ``f(3)`` is not ``f(2)``, ``P(A)`` not ``P(B)``)."""
    if name == other:
        return True
    call, other_call = _FUNCTION_RE.fullmatch(name), _FUNCTION_RE.fullmatch(other)
    if call is not None and other_call is not None:
        argument, other_argument = name[name.index("(") :], other[other.index("(") :]
        if name.count("'") != other.count("'"):
            return False  # "f(x)" is no "f'(x)": the function, not its derivative
        return argument == other_argument and len(argument) == 3 and argument[1].islower()
    letters, other_letters = name.removeprefix("\\angle"), other.removeprefix("\\angle")
    return (
        name.startswith("\\angle") == other.startswith("\\angle")
        and letters.isalpha()
        and letters.isupper()
        and letters == other_letters[::-1]
    )


def _one_variable(names: list[str]) -> bool:
    """``x=1,x=2`` and ``x_1=…,x_2=…`` name the solutions of one variable, not different parts."""
    bases = {name.split("_", 1)[0].split("(", 1)[0] for name in names}
    return len(bases) == 1 and (len(set(names)) < len(names) or all("_" in name for name in names))


def _parse_relation(text: str) -> Structure | None:
    """``a \\leq x < b`` → operands and operators; an equation with a name on the left → that name's value."""
    operands: list[str] = []
    operators: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            if text.startswith("\\{", i) or text.startswith("\\}", i):
                depth += 1 if text[i + 1] == "{" else -1
                i += 2
                continue
            found = next((op for op in ("\\leq", "\\geq", "\\neq") if text.startswith(op, i)), None)
            if found is not None and depth == 0 and not text[i + len(found) : i + len(found) + 1].isalpha():
                operands.append(text[start:i])
                operators.append(found)
                i += len(found)
                start = i
                continue
            i += 1
            while i < n and text[i].isalpha():
                i += 1
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in "<>=" and depth == 0:
            operands.append(text[start:i])
            operators.append(char)
            start = i + 1
        i += 1
    if not operators or len(operators) > 3:
        return None
    operands.append(text[start:])
    operands = [operand.strip() for operand in operands]
    if not all(operands):
        return None
    if operators == ["="]:
        left, right = operands
        if _NAME_RE.fullmatch(left) or _FUNCTION_RE.fullmatch(left) or _LABEL_RE.fullmatch(left):
            return _parse_single(right)
        if _NAME_TUPLE_RE.fullmatch(left):
            values = _parse_single(right)
            names = left[1:-1].split(",")
            if values.kind == "sequence" and values.brackets == "()" and len(values.items) == len(names):
                return Structure("named", text, values.items, "()", tuple(names))
            if values.kind == "set" and ("\\pm" in right or "\\mp" in right):
                # "(x,y)=(\\pm3,\\pm2)": the tuples of every choice of signs, named as the tuple
                return values
    if operators == ["\\neq"] and "\\pm" in operands[1] and _NAME_RE.fullmatch(operands[0]):
        excluded = _without_points(text, _expand_plus_minus(operands[1]) or [])
        if excluded is not None:
            return excluded
    return Structure("relation", text, tuple(operands), operators=tuple(operators))


def _without_points(text: str, points: list[str]) -> Structure | None:
    """The real line without ``points`` (plain numbers), as the union of the open intervals between them: what
    ``x \\neq \\pm 2`` says (its "±" is both signs at once, no choice of one); None when a point is no number."""
    if any(number is None or number.percent for number in map(parse_number, points)):
        return None
    return Structure("union", text, tuple(real_line_without(points)))


def real_line_without(points: Sequence[str]) -> list[str]:
    """The open intervals the real line falls into without ``points`` (as written), in order of value when every
    point is a number, else as given: ``["(-\\infty,-2)", "(-2,2)", "(2,\\infty)"]`` for ``2, -2``."""
    values = [parse_number(point) for point in points]
    if all(value is not None for value in values):
        points = [point for _, point in sorted(zip((v.value for v in values if v), points, strict=True))]
    ends = ["-\\infty", *points, "\\infty"]
    return [f"({low},{high})" for low, high in pairwise(ends)]


def _parse_union(text: str) -> Structure | None:
    parts = text.split("\\cup")
    if len(parts) > MAX_ITEMS or not all(parts):
        return None
    structures = [_parse_single(part) for part in parts]
    if all(part.kind in ("sequence", "set") for part in structures):
        return _merged_intervals(text, structures) or Structure("union", text, tuple(parts))
    return None


_INFINITIES = {"\\infty": math.inf, "+\\infty": math.inf, "-\\infty": -math.inf}


class _Interval(NamedTuple):
    """An interval of numbers: its ends' values, whether each is closed, and each as written."""

    low: float | Fraction
    low_closed: bool
    low_text: str
    high: float | Fraction
    high_closed: bool
    high_text: str


def _merged_intervals(text: str, structures: list[Structure]) -> Structure | None:
    """A union of intervals with numeric ends, merged where they overlap or meet at a closed end: ``[0,1]\\cup[1,2]``
    is the interval ``[0,2]``, ``(-\\infty,1)\\cup[1,3]\\cup(2,5)`` is ``(-\\infty,5)``, and ``(0,1)\\cup(1,2)``
    stays two.
    None when nothing merges or an end is not a plain number (the union is then compared part by part)."""
    intervals: list[_Interval] = []
    for part in structures:
        if part.kind != "sequence" or len(part.items) != 2 or part.brackets not in ("()", "[]", "(]", "[)"):
            return None
        ends = []
        for end in part.items:
            value: float | Fraction | None = _INFINITIES.get(end)
            if value is None:
                number = parse_number(end)
                if number is None or number.percent:
                    return None
                value = number.value
            ends.append(value)
        low, high = ends
        if low > high:
            return None
        intervals.append(
            _Interval(
                low, part.brackets[0] == "[", part.items[0], high, part.brackets[1] == "]", part.items[1]
            )
        )
    intervals.sort(key=lambda interval: (interval.low, not interval.low_closed))
    merged = [intervals[0]]
    for interval in intervals[1:]:
        last = merged[-1]
        if interval.low < last.high or (
            interval.low == last.high and (interval.low_closed or last.high_closed)
        ):
            if interval.high > last.high or (
                interval.high == last.high and interval.high_closed and not last.high_closed
            ):
                merged[-1] = last._replace(
                    high=interval.high, high_closed=interval.high_closed, high_text=interval.high_text
                )
        else:
            merged.append(interval)
    if len(merged) == len(intervals):
        return None
    pieces = [
        ("[" if i.low_closed else "(") + f"{i.low_text},{i.high_text}" + ("]" if i.high_closed else ")")
        for i in merged
    ]
    if len(pieces) == 1:
        return Structure(
            "sequence", text, (merged[0].low_text, merged[0].high_text), pieces[0][0] + pieces[0][-1]
        )
    return Structure("union", text, tuple(pieces))


# A number before a matrix multiplies every entry: "2\begin{pmatrix}1\\2\end{pmatrix}", "-\begin{pmatrix}…".
_MATRIX_SCALAR_RE = compile_lazily(r"-|-?\d+(?:\.\d+)?|-?\\frac\{\d+\}\{\d+\}")


def _scaled_matrix(text: str) -> Structure | None:
    start = text.find(_MATRIX_OPEN)
    scalar = text[:start].strip()
    if not _MATRIX_SCALAR_RE.fullmatch(scalar):
        return None
    matrix = _parse_matrix(text[start:])
    if matrix is None:
        return None
    return Structure("matrix", text, _scaled_items(scalar, matrix.items), matrix.brackets)


def _scaled_items(scalar: str, items: Sequence[str]) -> tuple[str, ...]:
    """Each item times the scalar written before a matrix or tuple (``-`` is -1)."""
    factor = "-1" if scalar == "-" else scalar
    return tuple(f"{factor}\\cdot({item})" for item in items)


# A constant before a tuple multiplies every coordinate: "2(1,2)", "\frac{1}{\sqrt{5}}(1,2)", "-(3,4)" (a vector
# scaled; "2\langle1,2\rangle" reads so too). Numbers, fractions and roots only: "f(1,2)" is no scaled tuple.
_TUPLE_SCALAR_RE = compile_lazily(
    r"-|-?(?:\d+(?:\.\d+)?|\\frac\{(?:[^{}]|\{[^{}]*\}){1,30}\}\{(?:[^{}]|\{[^{}]*\}){1,30}\}|\\sqrt\{\d{1,6}\})"
    r"(?:\\sqrt\{\d{1,6}\})?"
)


def _scaled_tuple(text: str) -> Structure | None:
    start = text.find("(")
    if start <= 0 or not text.endswith(")") or not _TUPLE_SCALAR_RE.fullmatch(text[:start]):
        return None
    if not _closes_at_end(text[start:]):
        return None
    inner = split_top_level(text[start + 1 : -1], ",")
    if inner is None or not 1 < len(inner) <= MAX_ITEMS or not all(inner):
        return None
    return Structure("sequence", text, _scaled_items(text[:start], inner), "()")


def _parse_matrix(text: str) -> Structure | None:
    body = text[len(_MATRIX_OPEN) : len(text) - len(_MATRIX_CLOSE)]
    rows = [row for row in body.split("\\\\")]
    if rows and not rows[-1].strip():
        rows.pop()  # a trailing row break
    cells = [row.split("&") for row in rows]
    if not cells or len(cells) * len(cells[0]) > 400 or any(len(row) != len(cells[0]) for row in cells):
        return None
    items = tuple(cell.strip() for row in cells for cell in row)
    if not all(items):
        return None
    return Structure("matrix", text, items, f"{len(cells)}x{len(cells[0])}")


def _with_plus_minus_expanded(items: list[str]) -> list[str]:
    """The elements of a solution set with each ``a\\pm b`` as its two values."""
    values: list[str] = []
    for item in items:
        expanded = _expand_plus_minus(item)
        values.extend(expanded if expanded is not None else [item])
    return values


def _expand_plus_minus(text: str) -> list[str] | None:
    """``a\\pm b`` → [``a+b``, ``a-b``] (with a ``\\mp``, every ``\\pm`` takes the same sign and every ``\\mp`` the
    other; two or three ``\\pm`` alone are chosen apart: ``\\pm1\\pm i`` is four values)."""
    if "\\pm" not in text and "\\mp" not in text:
        return None
    signs = text.count("\\pm")
    if "\\mp" not in text and 1 < signs <= _MAX_SIGNED_PARTS:
        # "\\pm1\\pm i": two signs chosen apart (the four roots of z^4 = -4); a "\\mp" would tie them
        pieces = text.split("\\pm")
        return [
            _tidy_sign(
                pieces[0] + "".join(sign + piece for sign, piece in zip(choice, pieces[1:], strict=True))
            )
            for choice in itertools.product("+-", repeat=signs)
        ]
    plus = text.replace("\\pm", "+").replace("\\mp", "-")
    minus = text.replace("\\pm", "-").replace("\\mp", "+")
    return [_tidy_sign(plus), _tidy_sign(minus)]


_MAX_SIGNED_PARTS = 3  # (2^3 tuples at most)


def _tuples_of_signs(text: str, items: list[str]) -> Structure | None:
    """A point written with signs to choose, as the set of points it stands for: ``(\\pm 3, \\pm 2)`` is the four
    points with each sign chosen alone (how a solution list of x^2 = 9, y^2 = 4 is written); with a ``\\mp`` the signs
    go together (``(1\\pm\\sqrt{2}, 1\\mp\\sqrt{2})`` is two points). None for an interval's brackets or more than
    three signed parts."""
    if text[0] != "(" or text[-1] != ")":
        return None
    if "\\mp" in text:
        together = _expand_plus_minus(text)
        return None if together is None else Structure("set", text, _unique(together))
    choices = [_expand_plus_minus(item) or [item] for item in items]
    if sum(len(choice) > 1 for choice in choices) > _MAX_SIGNED_PARTS:
        return None
    points = ["(" + ",".join(point) + ")" for point in product(*choices)]
    return Structure("set", text, _unique(points))


def _tidy_sign(text: str) -> str:
    text = text.replace("+-", "-").replace("-+", "-").replace("--", "+")
    return text[1:] if text.startswith("+") else text


def _bracket_tokens(text: str) -> Iterator[tuple[int, int, int]]:
    r"""``(start, end, depth after it)`` for each token of ``text``: an escape (``\x``) is one token, and of the
    escapes only ``\{`` / ``\}`` change the depth; every other character is one token, ``([{`` opening and
    ``)]}`` closing (any closing bracket closes any opening one: interval brackets do not pair up, ``(1,2]``).
    The one bracket walk behind splitting, finding and the "closes only at its end" test below.

    >>> text = r"(a,\{b\})"
    >>> [(text[start:end], depth) for start, end, depth in _bracket_tokens(text)]
    [('(', 1), ('a', 1), (',', 1), ('\\{', 2), ('b', 2), ('\\}', 1), (')', 0)]
    """
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n:
            if text[i + 1] in "{}":
                depth += 1 if text[i + 1] == "{" else -1
            yield i, i + 2, depth
            i += 2
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        yield i, i + 1, depth
        i += 1


def split_top_level(text: str, separators: str) -> list[str] | None:
    """Split at separators outside brackets; None when the brackets do not balance."""
    parts: list[str] = []
    start = 0
    depth = 0
    for begin, end, depth in _bracket_tokens(text):
        if depth == 0 and end - begin == 1 and text[begin] in separators:
            parts.append(text[start:begin].strip())
            start = end
    parts.append(text[start:].strip())
    # An interval's brackets do not pair up ("(1,2]"), so only the total depth is checked.
    return parts if depth == 0 else None


def _find_top_level(text: str, target: str, *, last: bool = False) -> int:
    """Where the character ``target`` first (``last``: last) stands outside brackets, or -1."""
    found = -1
    for begin, end, depth in _bracket_tokens(text):
        if depth == 0 and end - begin == 1 and text[begin] == target:
            if not last:
                return begin
            found = begin
    return found


def _closes_at_end(text: str) -> bool:
    """The bracket opening ``text`` is closed (by any closing bracket) only at its very end."""
    depth = 0
    for begin, end, depth in _bracket_tokens(text):
        # An escaped brace back at depth 0, or a closing bracket: the opening one is closed here.
        brace = end - begin == 2 and text[begin + 1] in "{}"
        if depth == 0 and (brace or text[begin] in ")]}") and end != len(text):
            return False
    return depth == 0


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


# ---------------------------------------------------------------------------------------------------------------
# Comparison


_ZERO_RE = compile_lazily(r"[-+]?0*(?:\.0*)?")
# A free variable: a letter that is neither part of a command name nor a function applied to something ("f(9)").
_FREE_VARIABLE_RE = compile_lazily(r"(?<![\\A-Za-z])[A-Za-z](?![A-Za-z(])")


def _neither_side(predicted: Structure, gold: Structure, element: ElementEqual) -> bool:
    """Whether one of the two is an equation and the other, no relation, clearly equals neither of its sides
    (``AF^2+BF^2=3R^2+1`` against ``3R^2``, ``\\{a,b\\}=\\{c\\}`` against a set): then it is not that answer,
    since an answer is at most one side of an equation (the symbolic stage compares it with the side opposite a bare
    symbol and otherwise calls the two different)."""
    if predicted.kind == "relation" and gold.kind != "relation":
        return predicted.operators == ("=",) and all(
            element(side, gold.text) is False for side in predicted.items
        )
    if gold.kind == "relation" and predicted.kind != "relation":
        return gold.operators == ("=",) and all(element(predicted.text, side) is False for side in gold.items)
    return False


def _is_name(text: str) -> bool:
    """A variable or a function's value at a point, bracketed or not: what an equation may name (``x``, ``a_1``,
    ``f(2)``, ``(x)``)."""
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return _NAME_RE.fullmatch(text) is not None or _FUNCTION_RE.fullmatch(text) is not None


def _standard_form(relation: Structure) -> bool:
    """An equation in standard form, ``x^2-5x+6=0`` or ``2x-y+1=0``: a condition on its variables, not a value, so
    it never answers with its last side (the 0). ``f(9)-f(3)=0`` and ``p+q=95`` do."""
    last = relation.items[-1].strip()
    if not last or _ZERO_RE.fullmatch(last) is None or not any(char == "0" for char in last):
        return False
    return any(_FREE_VARIABLE_RE.search(item) for item in relation.items[:-1])


def structures_equal(
    predicted: Structure, gold: Structure, equal: ElementEqual, depth: int = 0
) -> bool | None:
    """Compare two structures by the rules of the module docstring; None when an undecided element matters.

    ``equal(prediction_element, gold_element)`` is called with the prediction first (rounded-number policies are
    not symmetric).

    Example:
        >>> exact = lambda a, b: a == b
        >>> structures_equal(parse_structure("(a,b)=(2,5)"), parse_structure("(2,5)"), exact)
        True
        >>> structures_equal(parse_structure("2\\\\leq y"), parse_structure("y\\\\geq2"), exact)
        True
    """
    if depth > MAX_DEPTH:
        return None
    interval_p = _as_interval(predicted)
    interval_g = _as_interval(gold)
    if not (predicted.kind == gold.kind == "relation" and (interval_p is predicted) != (interval_g is gold)):
        # Two relations of which only one reads as an interval ("-y>-2" and "y<2") stay relations.
        predicted, gold = interval_p, interval_g

    def element(a: str, b: str) -> bool | None:
        return _elements_equal(a, b, equal, depth + 1)

    kinds = (predicted.kind, gold.kind)
    if kinds == ("value", "value"):
        return equal(predicted.text, gold.text)
    if "cases" in kinds:
        return _branches_equal(predicted, gold, element) if kinds == ("cases", "cases") else False
    if _set_of_sets(predicted, gold) or _set_of_sets(gold, predicted):
        return False  # "\\{\\emptyset\\}" has one element; "\\emptyset" has none
    if gold.kind == "value" and predicted.kind == "set":
        return _all_match_one(predicted.items, gold.text, element)
    if predicted.kind == "value" and gold.kind == "set":
        if len(gold.items) == 1:
            return element(predicted.text, gold.items[0])
        return False
    if kinds == ("set", "set"):
        return _unordered_equal(predicted.items, gold.items, element)
    # "f(9)-f(3)=210", "x=5^5=3125", "p+q=95": an equation (chain) written as the answer ends with the value; a
    # matrix too ("\operatorname{proj}_{b}a=\begin{pmatrix}…\end{pmatrix}", "A^{27}=-I=\begin{pmatrix}…").
    equation_answer = (
        predicted.kind == "relation"
        and set(predicted.operators) == {"="}
        and not _standard_form(predicted)
        # "-x=3" says x is -3: its right side is no value of what the question names ("-p=5, q=3" for p and q)
        and not (predicted.items[0].startswith("-") and _is_name(predicted.items[0][1:].strip()))
    )
    if (
        equation_answer
        and (
            gold.kind in ("value", "matrix", "ratio")
            # (a vector named: "\\nabla f = (2xy, x^2)"; not a multiple of one: "2(a, b) = (2, 4)")
            or (
                gold.kind == "sequence"
                and not gold.names
                and predicted.items[0][:1] not in _COEFFICIENT_START
            )
        )
        and element(predicted.items[-1], gold.text) is True
    ):
        return True  # ("\nabla f = (2xy, x^2)": a vector, a tuple or an interval too)
    if (
        equation_answer
        and (
            (gold.kind == "sequence" and gold.brackets == "()")
            # (a bare list that repeats a value is a tuple written without its brackets, "-2,-2": no set repeats)
            or (gold.kind == "set" and not gold.brackets and len(set(gold.items)) < len(gold.items))
        )
        and not gold.names
        and len(predicted.items) == len(gold.items) + 1
        and all(_is_name(item) for item in predicted.items[:-1])
        and len(set(predicted.items[:-1])) == len(gold.items)
    ):
        # "x=y=z=1" against "(1, 1, 1)": the names of a tuple's parts, all of one value
        return _all_pairs([(predicted.items[-1], item) for item in gold.items], element)
    if (
        gold.kind == "relation"
        and set(gold.operators) == {"="}
        and predicted.kind == "sequence"
        and predicted.brackets == "()"
        and not predicted.names
        and len(gold.items) == len(predicted.items) + 1
        and all(_is_name(item) for item in gold.items[:-1])
        and len(set(gold.items[:-1])) == len(predicted.items)
        and not _is_name(gold.items[-1])
    ):
        # "(1, 1, 1)" against "a=b=c=1": the same, the gold naming the parts
        return _all_pairs([(item, gold.items[-1]) for item in predicted.items], element)
    for said_equal, named in ((predicted, gold), (gold, predicted)):
        if (
            said_equal.kind == "relation"
            and set(said_equal.operators) == {"="}
            and named.kind == "named"
            and len(said_equal.items) == len(named.items) + 1
            and not _is_name(said_equal.items[-1])
            and all(_is_name(item) for item in said_equal.items[:-1])
            and {_label_key(name) for name in said_equal.items[:-1]}
            == {_label_key(name) for name in named.names}
            and len(set(named.names)) == len(named.names)
        ):
            # "a=b=1" against "(a,b)=(1,1)" or "a=1, b=1" (and the reverse): the same names, each given that value
            value = said_equal.items[-1]
            return _all_pairs(
                [(value, item) if said_equal is predicted else (item, value) for item in named.items], element
            )
    if "ratio" in kinds:
        return _ratios_equal(predicted, gold, element)
    if (
        predicted.kind == "value"
        and gold.kind == "named"
        and not gold.brackets
        and all(element(predicted.text, item) is True for item in gold.items)
    ):
        return True  # "The angles are both $90^\\circ$": a value every named part of the gold has answers them all
    if _neither_side(predicted, gold, element):
        return False
    if predicted.kind == "value" or gold.kind == "value":
        single = predicted if predicted.kind == "value" else gold
        if _NUMBER_RE.fullmatch(single.text):
            return False  # a number is never a tuple, a relation or a matrix
        return equal(predicted.text, gold.text)
    if kinds == ("named", "named"):
        predicted_names = [_label_key(name) for name in predicted.names]
        gold_names = [_label_key(name) for name in gold.names]
        if set(predicted_names) != set(gold_names):
            if _words_against_letters(predicted_names, gold_names):
                # "w=5, \ell=12" for "width 5, length 12": letters the writer chose for the gold's words, in order
                return _ordered_equal(predicted.items, gold.items, element)
            return False  # "c=1,d=2" answers for other parts than "a=1,b=2"
        by_name = dict(zip(gold_names, gold.items, strict=True))
        return _all_pairs(
            [(item, by_name[name]) for name, item in zip(predicted_names, predicted.items, strict=True)],
            element,
        )
    if "named" in kinds:
        other = gold if predicted.kind == "named" else predicted
        named = predicted if other is gold else gold
        if len(named.items) == 1 and _is_word_label(named.names[0]):
            # "\text{vertex } (1,-4)": one value under a word, which names what the question asked
            return (
                element(other.text, named.items[0]) if named is gold else element(named.items[0], other.text)
            )
        if other.kind == "set" and other.brackets == "{}":
            return False
        if other.kind in ("set", "sequence") and (other.brackets in ("", "()") or _list_not_interval(other)):
            # Named parts against an unnamed tuple answer in the names' order ("y=2, x=1" is the pair (1, 2)).
            return _ordered_equal(_in_name_order(predicted), _in_name_order(gold), element)
        return False
    if kinds == ("sequence", "sequence"):
        if (
            predicted.brackets != gold.brackets
            and set(predicted.names + gold.names) & WHOLE_NUMBER_NAMES
            and len(predicted.items) == len(gold.items) == 2
        ):
            # "n > 3" and "n \geq 4": of a whole number n, one set (its open ends closed on the next whole number)
            predicted, gold = _closed_whole_number_ends(predicted), _closed_whole_number_ends(gold)
            if predicted.brackets != gold.brackets:
                return False
        if predicted.brackets != gold.brackets and not (
            # three or more terms are no interval: "[-266,-3,-28]" is the tuple "(-266,-3,-28)"
            {predicted.brackets, gold.brackets} == {"()", "[]"}
            and (_list_not_interval(predicted) or _list_not_interval(gold))
        ):
            return False
        if predicted.names and gold.names and predicted.names != gold.names:
            return False  # x > 2 and y > 2 are intervals of different variables
        return _ordered_equal(predicted.items, gold.items, element)
    if set(kinds) == {"set", "sequence"}:
        sequence, collection = (predicted, gold) if predicted.kind == "sequence" else (gold, predicted)
        if (
            collection.brackets == ""
            and (sequence.brackets == "()" or _list_not_interval(sequence))
            and not sequence.names
        ):
            # "1, 2, 3" for the tuple "(1, 2, 3)" or the list "[1, 2, 3]" (as TheoremQA stores its lists)
            return _ordered_equal(predicted.items, gold.items, element)
        if (
            collection.brackets == "{}"
            and len(collection.items) == 1
            and sequence.brackets == "()"
            and collection.items[0].startswith("(")
        ):
            # "\{(3, 2)\}" for "(3, 2)": the solution set of one pair, and the pair
            return element(collection.items[0], sequence.text)
        if (
            collection.brackets == "{}"
            and sequence is gold
            and _list_not_interval(sequence)
            and not sequence.names
        ):
            # "\{1, 2, 11\}" for the list "[1, 2, 11]" (the eigenvalues TheoremQA lists): the same values, a set
            # saying no order
            return _unordered_equal(predicted.items, gold.items, element)
        return False
    if kinds == ("relation", "relation"):
        return _relations_equal(predicted, gold, equal)
    if kinds == ("union", "union"):
        return _unordered_equal(predicted.items, gold.items, element)
    if set(kinds) == {"union", "set"} and "" in (predicted.brackets, gold.brackets):
        # "x\leq-2 or x\geq3" is the union of the intervals its relations describe.
        return _unordered_equal(predicted.items, gold.items, element)
    if kinds == ("matrix", "matrix"):
        if predicted.brackets != gold.brackets:
            return False
        return _ordered_equal(predicted.items, gold.items, element)
    if set(kinds) == {"matrix", "sequence"}:
        # A column (or row) vector written as a tuple: "(1, 2)" or "[1, 2]" for "\begin{pmatrix}1\\2\end{pmatrix}".
        matrix, sequence = (predicted, gold) if predicted.kind == "matrix" else (gold, predicted)
        rows, _, columns = matrix.brackets.partition("x")
        if sequence.brackets in ("()", "[]") and not sequence.names and "1" in (rows, columns):
            return _ordered_equal(predicted.items, gold.items, element)
        nested = _nested_rows(sequence, int(rows), int(columns))
        if nested is not None:
            # "[[1,2],[3,4]]": a matrix as programs print it, row by row
            pairs = (
                zip(nested, matrix.items, strict=True)
                if sequence is predicted
                else zip(matrix.items, nested, strict=True)
            )
            return _all_pairs(list(pairs), element)
        return False
    if "relation" in kinds:
        # A relation that is no interval against a tuple or a set: the comparator may know better (sympy).
        return equal(predicted.text, gold.text)
    return False


_COEFFICIENT_START = frozenset("0123456789-+.")
_WHOLE_NUMBER_RE = compile_lazily(r"-?\d{1,12}")


def _closed_whole_number_ends(interval: Structure) -> Structure:
    """An interval of whole numbers with each open end at a whole number closed on the next one in (``(3, 7)`` is
    ``[4, 6]``); other ends as they are."""
    (low, high), opening, closing = interval.items, interval.brackets[0], interval.brackets[1]
    if opening == "(" and _WHOLE_NUMBER_RE.fullmatch(low):
        low, opening = str(int(low) + 1), "["
    if closing == ")" and _WHOLE_NUMBER_RE.fullmatch(high):
        high, closing = str(int(high) - 1), "]"
    return Structure(interval.kind, interval.text, (low, high), opening + closing, interval.names)


def _list_not_interval(structure: Structure) -> bool:
    """A sequence in square brackets that no interval is written as: three or more terms (``[1, 2, 3]``), two the
    same (``[0.5, 0.5]``) or two numbers going down (``[0.8, 0.6]``): a list, as programs print one."""
    items = structure.items
    if structure.brackets != "[]":
        return False
    if len(items) > 2 or (len(items) == 2 and items[0] == items[1]):
        return True
    # ... or two numbers in decreasing order ("[0.8, 0.6]"): no interval runs down
    low, high = (parse_number(item) for item in items) if len(items) == 2 else (None, None)
    return low is not None and high is not None and low.value > high.value


def _branches_equal(predicted: Structure, gold: Structure, element: ElementEqual) -> bool | None:
    """Two piecewise definitions are equal when their branches pair off, in any order, with equal values under equal
    conditions (``otherwise`` only with ``otherwise``: what it covers depends on the other branches)."""

    def branches(structure: Structure) -> tuple[tuple[str, str], ...]:
        return tuple(zip(structure.items[::2], structure.items[1::2], strict=True))

    def branch_equal(a: tuple[str, str], b: tuple[str, str]) -> bool | None:
        (value, condition), (other_value, other_condition) = a, b
        if "otherwise" in (condition, other_condition):
            same_condition: bool | None = condition == other_condition
        else:
            same_condition = element(condition, other_condition)
        if same_condition is False:
            return False
        same_value = element(value, other_value)
        if same_value is False:
            return False
        return None if None in (same_condition, same_value) else True

    predicted_branches, gold_branches = branches(predicted), branches(gold)
    if len(predicted_branches) != len(gold_branches):
        return False
    return _unordered_equal(predicted_branches, gold_branches, branch_equal)


def _nested_rows(sequence: Structure, rows: int, columns: int) -> tuple[str, ...] | None:
    """The cells of ``[[a, b], [c, d]]`` in row order when it has ``rows`` rows of ``columns`` cells; else None."""
    if sequence.brackets != "[]" or sequence.names or len(sequence.items) != rows:
        return None
    cells: list[str] = []
    for item in sequence.items:
        row = _parse_single(item)
        if row.kind != "sequence" or row.brackets != "[]" or len(row.items) != columns:
            return None
        cells.extend(row.items)
    return tuple(cells)


_SET_VALUES = frozenset(
    ["\\emptyset", "\\mathbb{R}", "\\mathbb{Z}", "\\mathbb{N}", "\\mathbb{Q}", "\\mathbb{C}"]
)


def _set_of_sets(braced: Structure, value: Structure) -> bool:
    """An explicit set of one set (``\\{\\emptyset\\}``) against that set: never the same thing."""
    return (
        braced.kind == "set"
        and braced.brackets == "{}"
        and value.kind == "value"
        and value.text in _SET_VALUES
        and any(item in _SET_VALUES for item in braced.items)
    )


def _elements_equal(a: str, b: str, equal: ElementEqual, depth: int) -> bool | None:
    """Elements may be structures themselves (``(1,2),(2,1)``)."""
    if a == b:
        return True
    a, b = _set_in_plain_braces(a), _set_in_plain_braces(b)
    structure_a = parse_structure(a)
    structure_b = parse_structure(b)
    if structure_a.kind == "value" and structure_b.kind == "value":
        return equal(a, b)
    return structures_equal(structure_a, structure_b, equal, depth)


def _set_in_plain_braces(element: str) -> str:
    """An element that is a list in plain braces written as a set (``{1, 2}`` of ``({1, 2, 3}, {1, 2})``, as plain-text
    writers mean it, and as ``normalize`` reads a whole answer in them); any other element as it is."""
    if not element.startswith("{") or not _closes_at_end(element):
        return element
    inner = element[1:-1]
    return "\\{" + inner + "\\}" if _find_top_level(inner, ",") != -1 else element


_BRACED_SUBSCRIPT_RE = compile_lazily(r"_\{(\w)\}")


def _canonical_name(name: str) -> str:
    """A part's name as compared: ``x_{1}`` is ``x_1``, ``\\angle BEA_{1}`` is ``\\angleBEA_1``."""
    return _BRACED_SUBSCRIPT_RE.sub(r"_\1", name.replace(" ", ""))


# Names whose order is the alphabet's ("y=2, x=1" is the point (1, 2)); other names keep the order they are written in
# ("m = \\frac{3}{2}, b = -13" is the slope and intercept (m, b), "r = 2, \\theta = \\pi" the polar pair).
_GREEK_RUN = ("\\alpha", "\\beta", "\\gamma", "\\delta")
_ALPHABETICAL_NAMES = (
    *(tuple(run) for run in ("xyz", "abcd", "ABCD", "pqr", "uvw", "mn", "hk", "st", "ar")),
    _GREEK_RUN,
)
_GREEK_ORDER = {name: rank for rank, name in enumerate(_GREEK_RUN)}


def _in_name_order(structure: Structure) -> tuple[str, ...]:
    """The items of named parts ordered by name (``x`` before ``y``, ``x_2`` before ``x_10``) when the names are
    coordinates or letters of one alphabetical run (``_ALPHABETICAL_NAMES``) or one name's subscripts; others as
    written."""
    if structure.kind != "named" or structure.brackets:
        return structure.items  # "(b,a)=(5,2)": the writer's tuple names its own order
    bases = {name.partition("_")[0] for name in structure.names}
    subscripted = len(bases) == 1 and all("_" in name for name in structure.names)
    if not subscripted and not any(set(structure.names) <= set(run) for run in _ALPHABETICAL_NAMES):
        return structure.items

    def key(name: str) -> tuple[int, str, int, str]:
        base, _, subscript = name.partition("_")
        digits = subscript.strip("{}")
        # (a run's own order: \\alpha before \\beta, which the alphabet would put after \\beta)
        return (_GREEK_ORDER.get(base, 0), base, int(digits) if digits.isdecimal() else -1, subscript)

    pairs = sorted(zip(structure.names, structure.items, strict=True), key=lambda pair: key(pair[0]))
    return tuple(item for _, item in pairs)


def interval_of(condition: str) -> Structure | None:
    """The interval a condition on one variable describes (``x\\geq0`` is ``[0,\\infty)`` of x, ``0<x<1`` is ``(0,1)``:
    a ``sequence`` with the variable in ``names``), or None when it describes none.

    >>> interval_of("x<0")
    Structure(kind='sequence', text='x<0', items=('-\\\\infty', '0'), brackets='()', names=('x',), operators=())
    """
    interval = _as_interval(parse_structure(condition))
    if interval.kind != "sequence" or len(interval.names) != 1 or len(interval.items) != 2:
        return None
    return interval


def _as_interval(structure: Structure) -> Structure:
    """``a\\leq x<b`` → ``[a,b)``; ``y\\geq2`` → ``[2,\\infty)``; ``x<3`` → ``(-\\infty,3)`` (variable kept in names);
    ``|x-1|\\leq2`` → ``[-1,3]`` and ``|x|>2`` → ``(-\\infty,-2)\\cup(2,\\infty)``."""
    if structure.kind != "relation" or "=" in structure.operators or "\\neq" in structure.operators:
        return structure
    absolute = _absolute_value_interval(structure)
    if absolute is not None:
        return absolute
    operands = list(structure.items)
    operators = list(structure.operators)
    if any(op in (">", "\\geq") for op in operators):
        if not all(op in (">", "\\geq") for op in operators):
            return structure
        operands.reverse()
        operators = [_FLIPPED[op] for op in reversed(operators)]
    # Now every operator is < or \leq, read left to right.
    if len(operands) == 3 and (_NAME_RE.fullmatch(operands[1]) or _FUNCTION_RE.fullmatch(operands[1])):
        # ("\\frac{\\pi^2}{8} \\le f(x) \\le \\frac{5\\pi^2}{4}": a range, the function's values between its ends)
        low, variable, high = operands
        brackets = ("(" if operators[0] == "<" else "[") + (")" if operators[1] == "<" else "]")
    elif len(operands) == 2 and _variable_or_value(operands[1]) and not _variable_or_value(operands[0]):
        low, variable, high = operands[0], operands[1], "\\infty"
        brackets = ("(" if operators[0] == "<" else "[") + ")"
    elif len(operands) == 2 and _variable_or_value(operands[0]) and not _variable_or_value(operands[1]):
        low, variable, high = "-\\infty", operands[0], operands[1]
        brackets = "(" + (")" if operators[0] == "<" else "]")
    else:
        return structure
    return Structure("sequence", structure.text, (low, high), brackets, (variable,))


def _variable_or_value(operand: str) -> bool:
    """A variable ("x", "y_1") or a function's value ("f(x)": "f(x)\\geq2" is the range [2, ∞) a question asks
    for)."""
    return _NAME_RE.fullmatch(operand) is not None or _FUNCTION_RE.fullmatch(operand) is not None


# |x|, |x-1|, |2x+3|, |y-\\frac{1}{2}|: the absolute value of a linear term in one variable with number coefficients.
_ABSOLUTE_LINEAR_RE = compile_lazily(
    r"\|(?P<scale>\d{1,6})?(?P<name>[a-zA-Z])(?P<shift>[-+](?:\d{1,9}(?:\.\d{1,9})?|\\frac\{\d{1,9}\}\{\d{1,9}\}))?\|"
)


def _absolute_value_interval(relation: Structure) -> Structure | None:
    """``|ax+b| < r`` (any of < ≤ > ≥, either side first) as the interval or the union of two rays it describes."""
    if len(relation.items) != 2:
        return None
    (left, right), (operator,) = relation.items, relation.operators
    if _ABSOLUTE_LINEAR_RE.fullmatch(right) and not _ABSOLUTE_LINEAR_RE.fullmatch(left):
        left, right, operator = right, left, _FLIPPED[operator]
    match = _ABSOLUTE_LINEAR_RE.fullmatch(left)
    radius = parse_number(right)
    if match is None or radius is None or radius.percent or radius.value < 0:
        return None
    shift = parse_number(match["shift"] or "0")
    if shift is None:
        return None
    scale = int(match["scale"] or 1)
    if scale == 0:
        return None
    # |ax+b| op r  <=>  |x + b/a| op r/a  <=>  x against -b/a ± r/a.
    centre, reach = -shift.value / scale, radius.value / scale
    low, high = _number_text(centre - reach), _number_text(centre + reach)
    name = (match["name"],)
    if operator in ("<", "\\leq"):
        closed = operator == "\\leq"
        brackets = "[]" if closed else "()"
        if reach == 0 and not closed:
            return None  # |x| < 0 is empty: left to the comparator
        return Structure("sequence", relation.text, (low, high), brackets, name)
    closed = operator == "\\geq"
    rays = (f"(-\\infty,{low}{']' if closed else ')'}", f"{'[' if closed else '('}{high},\\infty)")
    return Structure("union", relation.text, rays, names=name)


def _number_text(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"


def _relations_equal(predicted: Structure, gold: Structure, equal: ElementEqual) -> bool | None:
    """Same operators with equal operands (after turning ``<`` into ``>``), else equal differences of the sides."""
    canonical_p = _canonical_relation(predicted)
    canonical_g = _canonical_relation(gold)
    if canonical_p[1] == canonical_g[1]:
        same = _ordered_equal(canonical_p[0], canonical_g[0], equal)
        if same:
            return True
        symmetric = canonical_g[1] in (("=",), ("\\neq",))
        if symmetric and _ordered_equal(canonical_p[0][::-1], canonical_g[0], equal):
            return True
    if len(canonical_p[1]) == 1 and canonical_p[1] == canonical_g[1]:
        (left_p, right_p), (left_g, right_g) = canonical_p[0], canonical_g[0]
        difference_p = f"({left_p})-({right_p})"
        if equal(difference_p, f"({left_g})-({right_g})"):
            return True
        if canonical_g[1] in (("=",), ("\\neq",)) and equal(difference_p, f"({right_g})-({left_g})"):
            return True
    # Scaled or rearranged relations: only the comparator of the whole texts can tell (sympy can; the fast path
    # answers None).
    return equal(predicted.text, gold.text)


def _canonical_relation(relation: Structure) -> tuple[tuple[str, ...], tuple[str, ...]]:
    operands = list(relation.items)
    operators = list(relation.operators)
    if all(op in ("<", "\\leq") for op in operators):
        operands.reverse()
        operators = [_FLIPPED[op] for op in reversed(operators)]
    return tuple(operands), tuple(operators)


def _ordered_equal(a: tuple[str, ...], b: tuple[str, ...], equal: ElementEqual) -> bool | None:
    if len(a) != len(b):
        return False
    return _all_pairs(list(zip(a, b, strict=True)), equal)


def _all_pairs(pairs: list[tuple[str, str]], equal: ElementEqual) -> bool | None:
    undecided = False
    for left, right in pairs:
        result = equal(left, right)
        if result is False:
            return False
        if result is None:
            undecided = True
    return None if undecided else True


def _all_match_one(items: tuple[str, ...], gold: str, equal: ElementEqual) -> bool | None:
    """A set of answers against one gold value: right only if every answer is the gold (``3, 3.0``), or if the
    answers are one value written in several ways, each equal to every other, and one of them is the gold ("2/5, or
    40%" against 40: the percent policy reads 40% as 40 and as 0.4, which 2/5 is; a hedge "3, 5" is two values)."""
    matches = [equal(item, gold) for item in items]
    result = False if False in matches else None if None in matches else True
    if (
        result is True
        # (equations are no restatements: "54^2=2916, 81^2=6561" are two candidates, each a true equation)
        or any("=" in item or "<" in item or ">" in item for item in items)
        or True not in matches
    ):
        return result
    restated = _all_pairs(list(itertools.combinations(items, 2)), equal)
    return True if restated is True else result


def _matched_one_to_one(size: int, compare: Callable[[int, int], bool | None]) -> bool | None:
    """Whether the elements of two lists of ``size`` pair off one to one, each pair equal by ``compare`` (augmenting
    paths over the equal pairs); None when they do not but undecided pairs might."""
    partner: dict[int, int] = {}  # element of the second list -> its partner in the first

    def place(i: int, seen: set[int]) -> bool:
        for j in range(size):
            if j not in seen and compare(i, j) is True:
                seen.add(j)
                if j not in partner or place(partner[j], seen):
                    partner[j] = i
                    return True
        return False

    if all(place(i, set()) for i in range(size)):
        return True
    undecided = any(compare(i, j) is None for i in range(size) for j in range(size))
    return None if undecided else False


def _unordered_equal(
    a: tuple[_Element, ...], b: tuple[_Element, ...], equal: Callable[[_Element, _Element], bool | None]
) -> bool | None:
    """Set equality under a three-valued comparator: every element of each side matches one of the other. A gold
    that repeats an element (``1, 1, 2``: roots counted with their multiplicity) is a multiset: each of its elements
    needs an element of its own."""
    results: dict[tuple[int, int], bool | None] = {}

    def compare(i: int, j: int) -> bool | None:
        if (i, j) not in results:
            results[(i, j)] = equal(a[i], b[j])
        return results[(i, j)]

    if len(set(b)) < len(b):
        if len(a) != len(b):
            return False
        return _matched_one_to_one(len(a), compare)

    undecided = False
    for i in range(len(a)):
        found = [compare(i, j) for j in range(len(b))]
        if True in found:
            continue
        if None in found:
            undecided = True
        else:
            return False  # this prediction element matches no gold element
    for j in range(len(b)):
        found = [compare(i, j) for i in range(len(a))]
        if True in found:
            continue
        if None in found:
            undecided = True
        else:
            return False  # this gold element is missing
    return None if undecided else True
