"""A rounded decimal where the problem asks for an exact form.

A decimal of four or more significant digits matches the exact value it rounds to (``VerifyOptions.rounded_answers``:
"2.6667" for ``\\frac{8}{3}``), since most problems do not say which form they want and many graders allow it. A
problem that does say so ("Express your answer in terms of $\\pi$.", "in simplest radical form", "as a common
fraction", "the exact value") is not answered by a rounded decimal: "113.1" for ``36\\pi`` computed a number the problem
asked not to give. :func:`rounded_where_exact_is_asked` is the test that
:func:`~openrs_rewards.verifiers.problem_checks.with_problems` applies when the problem is given.

A decimal that *is* the exact value stays correct ("0.4" for ``\\frac{2}{5}`` asked as a common fraction: another form
of the same number, which the graders in use accept), and so does any decimal when the problem also speaks of decimals,
rounding or approximation ("as a common fraction or a decimal to the nearest tenth").

Example:
    >>> asked = "A sphere has radius 3. What is its volume? Express your answer in terms of $\\\\pi$."
    >>> rounded_where_exact_is_asked("113.1", "36\\\\pi", asked)
    True
    >>> rounded_where_exact_is_asked("113.1", "36\\\\pi", "A sphere has radius 3. What is its volume?")
    False
    >>> rounded_where_exact_is_asked("0.4", "\\\\frac{2}{5}", "Express your answer as a common fraction.")
    False
"""

from __future__ import annotations

import re

from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.numeric import parse_number
from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = ["ROUNDED_NOT_EXACT", "asks_for_an_exact_form", "rounded_where_exact_is_asked"]

ROUNDED_NOT_EXACT = "the problem asks for an exact form; the answer is a rounded decimal"

# What a problem says when it wants an exact form of its answer.
_EXACT_FORM_ASKED = compile_lazily(
    r"\bin[ \t]+terms[ \t]+of[ \t]*(?:\$[ \t]*\\pi[ \t]*\$|\\\([ \t]*\\pi[ \t]*\\\)|\\pi\b|π|pi\b)"
    r"|\bradical[ \t]+form\b|\bcommon[ \t]+fraction\b|\bimproper[ \t]+fraction\b|\bmixed[ \t]+number\b"
    r"|\bas[ \t]+an?[ \t]+(?:reduced[ \t]+)?fraction\b|\bexact(?:[ \t]+(?:value|form|answer))?\b(?![ \t]*(?:ly|number))",
    re.IGNORECASE,
)
# ... and what it says when a decimal answer is welcome after all: an instruction for the answer's form or rounding
# ("as a decimal", "to the nearest tenth", "round your answer to", "three significant figures", "a percent"), not a
# word of the problem's own story ("the repeating decimal 0.45...", "the nearest lattice point", "a rounded crust").
_DECIMAL_WELCOME = compile_lazily(
    r"\bas[ \t]+an?[ \t]+(?:decimal|percent(?:age)?)\b|\bdecimal[ \t]+(?:answer|approximation|form|value|places?)\b"
    r"|\bin[ \t]+decimal[ \t]+form\b|\bnearest[ \t]+(?:tenth|hundredth|thousandth|ten-thousandth|whole|integer|unit"
    r"|degree|cent|percent|dollar|meter|inch|foot|mile|second|minute)"
    r"|\bround(?:ed|ing)?[ \t]+(?:(?:your|the|each|all)[ \t]+)?(?:answers?|results?|values?)?[ \t]*(?:to|off)\b"
    r"|\bsignificant[ \t]+(?:figures|digits)\b|\bapproximate[ \t]+(?:value|answer)\b|\bapproximately\b",
    re.IGNORECASE,
)
# A decimal refused in so many words: "Without using a decimal approximation, ...".
_DECIMAL_REFUSED = compile_lazily(
    r"\b(?:without|not|no|never)[ \t]+(?:using[ \t]+|giving[ \t]+)?(?:an?[ \t]+)?decimals?\b", re.IGNORECASE
)
# A digit after a decimal point: only such an answer can be a rounded one.
_DECIMAL_POINT = compile_lazily(r"\d?\.\d")
# A gold that writes an irrational constant or function: no decimal is its exact value.
_IRRATIONAL_GOLD = compile_lazily(r"\\pi|π|\\sqrt|√|\\ln\b|\\log|\\sin|\\cos|\\tan|\be\^|\\exp|\\root")


def asks_for_an_exact_form(problem: str) -> bool:
    """Whether ``problem`` asks for an exact form of its answer and says nothing to welcome a decimal."""
    if _EXACT_FORM_ASKED.search(problem) is None:
        return False
    welcome = _DECIMAL_WELCOME.search(problem)
    return welcome is None or _DECIMAL_REFUSED.search(problem) is not None


def rounded_where_exact_is_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` (an extracted answer) is a decimal that only rounds to ``gold`` while ``problem`` asks for
    an exact form (see the module docstring)."""
    if not predicted or gold is None or not problem or not isinstance(problem, str):
        return False
    if _DECIMAL_POINT.search(predicted) is None or not asks_for_an_exact_form(problem):
        return False
    answer = parse_number(normalize_answer(predicted))
    if answer is None or answer.percent:
        return False
    exact = parse_number(normalize_answer(gold))
    if exact is not None:
        return not exact.percent and exact.value != answer.value
    return _IRRATIONAL_GOLD.search(gold) is not None
