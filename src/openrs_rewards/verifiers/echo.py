"""An answer that only restates the problem's own expression.

A small model often ends by writing back the expression it was asked to work out ("$\\dbinom{31}{28}$ is a
mathematical expression that represents ...", "$\\frac{9}{2}$ is a decimal."). Its value is the gold's, so every
grader that compares values pays it (measured on real SmolLM2-135M completions: 3 of 9 completions that end this way
equal their gold), yet nothing was computed. Only the problem tells: :func:`restates_the_problem` is the test that
:func:`~openrs_rewards.verifiers.problem_checks.with_problems` applies when the problem is given.

An answer restates the problem when, normalised, it is one of the problem's math spans (``$...$``, ``\\(...\\)``,
``\\[...\\]``, ``$$...$$``) and is no plain number (a number the problem names may well be the answer: "Is 7 or 9
prime?") nor the gold's own form ("Which is larger, $\\frac{1}{2}$ or $\\frac{2}{3}$?" answered $\\frac{2}{3}$). A
division written with its sign is answered by its fraction in lowest terms ("What is $3 \\div 4$?" answered
$\\frac{3}{4}$), and restated by the same division or an unreduced fraction.

Example:
    >>> restates_the_problem("\\\\dbinom{31}{28}", "4495", "Compute $\\\\dbinom{31}{28}$.")
    True
    >>> restates_the_problem("4495", "4495", "Compute $\\\\dbinom{31}{28}$.")
    False
    >>> restates_the_problem("\\\\frac{2}{3}", "\\\\frac23", "Which is larger, $\\\\frac12$ or $\\\\frac23$?")
    False
"""

from __future__ import annotations

import math
import re

from openrs_rewards.verifiers.choices import answered_letter
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = ["RESTATED_PROBLEM", "restates_the_problem", "written_in_the_problem"]

RESTATED_PROBLEM = "the answer restates an expression of the problem, computed nothing"

# A math span of a problem statement: $$...$$, $...$, \[...\], \(...\) (a problem's spans are short).
_PROBLEM_SPAN = compile_lazily(
    r"\$\$(.{1,400}?)\$\$|(?<!\\)\$(.{1,400}?)(?<!\\)\$|\\\[(.{1,400}?)\\\]|\\\((.{1,400}?)\\\)",
    re.DOTALL,  # (a display may span lines)
)
_PLAIN_NUMBER = compile_lazily(r"-?\d+(?:\.\d+)?")


def restates_the_problem(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` (an extracted answer) is an expression that ``problem`` itself writes, other than a plain
    number or the gold's own form (see the module docstring)."""
    if not predicted or not problem or not isinstance(problem, str):
        return False
    answer = _as_a_fraction(normalize_answer(predicted))
    if not answer:
        return False
    if gold is not None and _unbraced(answer) == _unbraced(_as_a_fraction(normalize_answer(gold))):
        return False  # (the gold's own form, however its groups are braced: "e^{\\pi}" for "e^\\pi")
    if (
        gold is not None
        and answered_letter(gold) is not None
        and answered_letter(predicted) == answered_letter(gold)
    ):
        return False  # (the letter of a choice gold: "(A)" is chosen, not the unknown $A$ the problem names)
    if _PLAIN_NUMBER.fullmatch(answer) is not None:
        # (a plain number only where the problem asks to write a number of its own in another form: "Write 0.375 as
        # a fraction." answered 0.375)
        return _FORM_ASKED.search(problem) is not None and (
            re.search(rf"(?<![\w.]){re.escape(answer)}(?![\w]|\.\d)", problem) is not None
        )
    for span in _PROBLEM_SPAN.finditer(problem):
        written = normalize_answer(next(group for group in span.groups() if group is not None))
        if _as_a_fraction(written) == answer and not _division_computed(written, predicted):
            return True
    if answer.startswith("\\frac{") and (
        _FORM_ASKED.search(problem) is not None or _REWRITING_ASKED.search(problem) is not None
    ):
        # ... or a fraction the problem writes in its prose and asks to rewrite ("Simplify the fraction 18/24.",
        # "Write 7/4 as a mixed number.") written back (not "What is 1/2 of 8?", nor a bare "1/2?")
        return any(
            answer == f"\\frac{{{quotient.group(1)}}}{{{quotient.group(2)}}}"
            for quotient in _QUOTIENT_IN_PROSE.finditer(problem)
        )
    return False


def _unbraced(normalized: str) -> str:
    return normalized.replace("{", "").replace("}", "")


# A question that asks for a number in another form than it is given in.
_FORM_ASKED = compile_lazily(
    r"\b(?:as|into|to)[ \t]+an?[ \t]+(?:common[ \t]+|simplified[ \t]+|improper[ \t]+)?(?:fraction|decimal|percent(?:age)?"
    r"|mixed[ \t]+number)\b|\bin[ \t]+(?:simplest|lowest)[ \t]+(?:form|terms)\b|\bin[ \t]+scientific[ \t]+notation\b",
    re.IGNORECASE,
)
_REWRITING_ASKED = compile_lazily(r"\b(?:simplify|reduce|rewrite|convert|express)\b", re.IGNORECASE)
# A fraction of two whole numbers in a problem's prose: "18/24" (not a date, a path, a ratio of units: "km/h").
_QUOTIENT_IN_PROSE = compile_lazily(r"(?<![\w./\\^{$])(\d+)[ \t]*/[ \t]*(\d+)(?![\w/]|\.\d)")


# A quotient of two whole numbers, written as a division: "49÷4", "49\div4", "49/4" (normalised: no spaces).
_WRITTEN_QUOTIENT = compile_lazily(r"(\d+)(?:÷|\\div|/)(\d+)")


def _as_a_fraction(normalized: str) -> str:
    """``normalized`` with a quotient of two whole numbers written as the fraction it is ("49÷4" is
    ``\\frac{49}{4}``): the problem's ``$\\frac{49}{4}$`` written back as a division computed nothing either."""
    quotient = _WRITTEN_QUOTIENT.fullmatch(normalized)
    return normalized if quotient is None else f"\\frac{{{quotient.group(1)}}}{{{quotient.group(2)}}}"


def _division_computed(written: str, predicted: str) -> bool:
    """Whether a division the problem writes with its sign ("3 \\div 4", "3 ÷ 4") is answered by the fraction in
    lowest terms, its value ("What is $3 \\div 4$?" answered $\\frac{3}{4}$ or 3/4), not by the same division or a fraction
    left unreduced ("\\frac{6}{8}" for $6 \\div 8$: nothing computed)."""
    quotient = _WRITTEN_QUOTIENT.fullmatch(written)
    return (
        quotient is not None
        and "/" not in written  # ("What is 3/4?" is a fraction already)
        and "÷" not in predicted
        and "\\div" not in predicted
        and math.gcd(int(quotient.group(1)), int(quotient.group(2))) == 1
    )


def written_in_the_problem(predicted: str, problem: str) -> bool:
    """Whether ``predicted`` is written in ``problem`` itself: as its text stands ("What is 19/8 as a decimal?",
    "Simplify \\sqrt{50}."), or as one of its math spans (:func:`restates_the_problem`, a plain number aside)."""
    return re.search(
        rf"(?<![\w.\\]){re.escape(predicted)}(?!\w|\.\d)", problem
    ) is not None or restates_the_problem(predicted, None, problem)
