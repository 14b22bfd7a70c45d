"""A factorisation asked for, and an answer that stops short of it.

"Factor completely: $2x^3 - 8x$." asks for ``2x(x-2)(x+2)``; ``2x(x^2-4)`` has the same value, so a comparison of
values pays it, but it leaves a factor that factors further: the task was not done. Where the problem asks to factor
(an imperative "Factor ...", "Factorise ...", or "... factor ... completely/fully"), :func:`factored_less_than_asked`
counts the non-constant factors of the gold and of the answer (a power counts as often as its whole exponent says:
``(x+2)^2`` is two) and finds the answer short when it has fewer, or when a bracket of it still holds a common whole
number the gold's brackets do not (``(3x-6)(x+2)`` for ``3(x-2)(x+2)``). An answer with more factors than the gold (over
the reals where the gold factors over the integers) or the same number is left to the comparison; so is anything
this small reader does not read (fractions, roots, functions): it only reads products of brackets, letters, powers
and numbers.

Example:
    >>> asked = "Factor completely: $2x^3 - 8x$."
    >>> factored_less_than_asked("2x(x^2-4)", "2x(x-2)(x+2)", asked)
    True
    >>> factored_less_than_asked("2x(x+2)(x-2)", "2x(x-2)(x+2)", asked)
    False
    >>> factored_less_than_asked("(3x-6)(x+2)", "3(x-2)(x+2)", "Factor completely: $3x^2 - 12$.")
    True
    >>> factored_less_than_asked("2x(x^2-4)", "2x(x-2)(x+2)", "Simplify $2x^3 - 8x$.")
    False
"""

from __future__ import annotations

import math
import re

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "NOT_DECOMPOSED_AS_ASKED",
    "NOT_EXPANDED_AS_ASKED",
    "NOT_FACTORED_AS_ASKED",
    "factored_less_than_asked",
    "factored_where_expansion_asked",
    "one_fraction_where_partial_fractions_asked",
]

NOT_FACTORED_AS_ASKED = "the problem asks to factor; the answer leaves a factor that factors further"
NOT_EXPANDED_AS_ASKED = "the problem asks to expand; the answer leaves a product of brackets"
NOT_DECOMPOSED_AS_ASKED = "the problem asks for partial fractions; the answer is one fraction"

# A factorisation asked: "Factor ..." opening a sentence or line, "Factorise", or "factor ... completely".
_FACTORING_ASKED = compile_lazily(
    r"(?:\A|[.!?:]\s+|\n\s*)(?:\*\*)?(?:completely[ \t]+|fully[ \t]+)?factori?[sz]?e?\b(?![ \t]+(?:of|is|tree)\b)"
    r"|\bfactor(?:i[sz]e)?\b[^.?!\n]{0,80}\b(?:completely|fully)\b",
    re.IGNORECASE,
)
_NOISE = compile_lazily(r"\\left|\\right|\\cdot|\\times|\\,|\\!|\\;|[*\s]")
_POWER = compile_lazily(r"\^(?:\{(\d{1,2})\}|(\d))")
_CLOSING = {"(": ")", "[": "]", "{": "}"}


def _factor_count(text: str) -> tuple[int, bool] | None:
    """The non-constant factors of the product ``text`` (powers counted by their exponent; a sum is one factor), and
    whether a bracket of it holds a common whole number of its terms ("(3x-6)"); None when ``text`` holds anything
    but brackets, letters, digits, powers and signs."""
    text = _NOISE.sub("", text)
    count, at, divisible = 0, 0, False
    while at < len(text):
        char = text[at]
        if char in _CLOSING:
            depth, end = 0, at
            for end in range(at, len(text)):
                if text[end] in _CLOSING:
                    depth += 1
                elif text[end] in ")]}":
                    depth -= 1
                    if depth == 0:
                        break
            if depth != 0:
                return None
            inner = text[at + 1 : end]
            if not inner or "\\" in inner:
                return None
            constant = not any(c.isalpha() for c in inner)
            divisible = divisible or (not constant and _common_whole_number(inner) > 1)
            at = end + 1
        elif char.isalpha():
            constant = False
            at += 1
        elif char.isdigit() or char == ".":
            constant = True
            at += 1
        elif char in "+-":
            if at == 0:
                at += 1
                continue
            return 1, divisible  # a sum at the top: one factor
        else:
            return None  # a macro, a fraction bar, an equals sign: not read here
        power = _POWER.match(text, at)
        times = 1
        if power is not None:
            times = int(power.group(1) or power.group(2))
            at = power.end()
        if not constant:
            count += times
    return count, divisible


def _common_whole_number(terms: str) -> int:
    """The greatest whole number that divides every term's coefficient of the sum ``terms`` ("3x-6": 3); 1 when a
    term has none written or the sum is one term."""
    found = _TERM.findall(terms.lstrip("+-"))
    if len(found) < 2:
        return 1
    common = 0
    for coefficient in found:
        if not coefficient:
            return 1
        common = math.gcd(common, int(coefficient))
    return common


_TERM = compile_lazily(r"(?:\A|(?<=[+-]))(\d*)")


def factored_less_than_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``problem`` asks to factor and ``predicted`` has fewer non-constant factors than ``gold`` (see the
    module docstring)."""
    if not predicted or not gold or not problem or not isinstance(problem, str):
        return False
    if _FACTORING_ASKED.search(problem) is None:
        return False
    # (of an equation, its last side: "x^3+2x^2-9x-18=(x-3)(x+3)(x+2)" gives the factorisation it ends on)
    wanted = _factor_count(gold.rsplit("=", 1)[-1])
    if wanted is None or wanted[0] < 2:
        return False
    given = _factor_count(predicted.rsplit("=", 1)[-1])
    return given is not None and (given[0] < wanted[0] or (given[1] and not wanted[1]))


# An expansion asked: "Expand ...", "Multiply out ...", opening a sentence or line.
_EXPANSION_ASKED = compile_lazily(
    r"(?:\A|[.!?:]\s+|\n\s*)(?:\*\*)?(?:fully[ \t]+)?(?:expand|multiply[ \t]+out)\b", re.IGNORECASE
)
# A bracket holding a sum, multiplied or raised to a power: "(x-3)(x+2)", "2(x+1)", "(x+1)^2".
_PRODUCT_OF_A_SUM = compile_lazily(r"[\w)}]\s*\([^()]*[+-][^()]*\)|\([^()]*[+-][^()]*\)\s*(?:\^|\(|\w)")


def factored_where_expansion_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``problem`` asks to expand ("Expand the product $(x+2)(x-3)$.") and ``predicted`` still multiplies a
    bracket that holds a sum, where the gold does not ("(x-3)(x+2)" for "x^2-x-6"): the task was not done.

    >>> factored_where_expansion_asked("(x-3)(x+2)", "x^2-x-6", "Expand the product $(x+2)(x-3)$.")
    True
    >>> factored_where_expansion_asked("x^2-x-6", "x^2-x-6", "Expand the product $(x+2)(x-3)$.")
    False
    """
    sides = _last_sides_where_asked(predicted, gold, problem, _EXPANSION_ASKED)
    if sides is None:
        return False
    answer, wanted = sides
    return _PRODUCT_OF_A_SUM.search(answer) is not None and _PRODUCT_OF_A_SUM.search(wanted) is None


def _last_sides_where_asked(
    predicted: str | None, gold: str | None, problem: str | None, asked: re.Pattern[str]
) -> tuple[str, str] | None:
    """The last sides of ``predicted`` and ``gold`` (an equation's result: "x^3-1=(x-1)(x^2+x+1)" gives its product)
    where ``problem`` asks for the form ``asked`` finds; None otherwise."""
    if not predicted or not gold or not problem or not isinstance(problem, str):
        return None
    if asked.search(problem) is None:
        return None
    return predicted.rsplit("=", 1)[-1], gold.rsplit("=", 1)[-1]


# Partial fractions asked: "Find the partial fraction decomposition of ...", "Decompose ... into partial fractions".
_PARTIAL_FRACTIONS_ASKED = compile_lazily(r"\bpartial[ \t-]+fractions?\b", re.IGNORECASE)


def _terms_at_top_level(text: str) -> int:
    """How many terms ``text`` adds or subtracts outside its brackets and braces (a leading sign opens none)."""
    depth, terms = 0, 1
    for at, char in enumerate(text):
        if char in "({[":
            depth += 1
        elif char in ")}]":
            depth -= 1
        elif char in "+-" and depth == 0 and text[:at].strip() and text[:at].rstrip()[-1] not in "^_=(":
            terms += 1
    return terms


def one_fraction_where_partial_fractions_asked(
    predicted: str | None, gold: str | None, problem: str | None
) -> bool:
    """Whether ``problem`` asks for a partial fraction decomposition and ``predicted`` is one term where the gold
    is a sum of several ("\\frac{1}{x(x+1)}" for "\\frac{1}{x}-\\frac{1}{x+1}"): the fraction given back, the task
    not done.

    >>> asked = "Find the partial fraction decomposition of $\\frac{1}{x(x+1)}$."
    >>> one_fraction_where_partial_fractions_asked("\\frac{1}{x(x+1)}", "\\frac{1}{x}-\\frac{1}{x+1}", asked)
    True
    >>> one_fraction_where_partial_fractions_asked("-\\frac{1}{x+1}+\\frac{1}{x}", "\\frac{1}{x}-\\frac{1}{x+1}", asked)
    False
    """
    sides = _last_sides_where_asked(predicted, gold, problem, _PARTIAL_FRACTIONS_ASKED)
    if sides is None:
        return False
    answer, wanted = sides
    return _terms_at_top_level(answer) == 1 and _terms_at_top_level(wanted) > 1
