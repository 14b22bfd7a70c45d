"""Readings the forty-sixth session's blind probes (492-497) found wrong: a value a problem asks for by its symbol
when the line gives a vector with commas ("$\\overrightarrow{AB} = (2, -3)$") or names it with a command ("Find
$\\angle C$"); two things asked at once ("the maximum value ... and the value of $x$ at which it occurs"); a value
stated with where it is taken ("the minimum is 3 at $x = 1$", "20 m at t = 2 s"); GSM8K's "####" line after an
answer phrase; a gold that is a condition ("n is a multiple of 3") read as a labelled number; two boxes each under
its own "If ..." paragraph; a unit refused and then paid by the rounding the problem asks for. Each kind has a twin
that goes the other way, so a rule that reads every such answer as right, or none, fails."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify
from openrs_rewards.verifiers.asked_expression import asked_expression
from openrs_rewards.verifiers.extract import find_answer

_VECTOR_PROBLEM = (
    "Let $\\overrightarrow{OA} = \\mathbf{u} = (1, 2)$ and $\\overrightarrow{OB} = \\mathbf{v} = (3, -1)$. "
    "Find $\\overrightarrow{AB}$."
)
_VECTOR_LINE = "$\\overrightarrow{AB} = \\overrightarrow{OB} - \\overrightarrow{OA} = \\mathbf{v} - \\mathbf{u} = (2, -3)$."
_SUM_PROBLEM = "Let $\\mathbf{a} = (2, -1)$ and $\\mathbf{b} = (1, 3)$. Find $2\\mathbf{a} + \\mathbf{b}$."
_SUM_LINE = "$2\\mathbf{a} = (4, -2)$, so $2\\mathbf{a} + \\mathbf{b} = (4 + 1, -2 + 3) = (5, 1)$."
_ANGLE_PROBLEM = "In triangle $ABC$, $\\angle A = 30^\\circ$ and $\\angle B = 60^\\circ$. Find $\\angle C$."
_ANGLE_LINE = "The angles sum to $180^\\circ$, so $\\angle A = 30^\\circ$, $\\angle B = 60^\\circ$, $\\angle C = 90^\\circ$."
_EXTREME_PROBLEM = (
    "Find the maximum value of $f(x) = -2x^2 + 8x - 3$ and the value of $x$ at which it occurs."
)


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        (_VECTOR_LINE, _VECTOR_PROBLEM, "(2,-3)", True),
        (_VECTOR_LINE, _VECTOR_PROBLEM, "(2,3)", False),
        (_SUM_LINE, _SUM_PROBLEM, "(5,1)", True),
        (_SUM_LINE, _SUM_PROBLEM, "(4,1)", False),
        (_ANGLE_LINE, _ANGLE_PROBLEM, "90^\\circ", True),
        (_ANGLE_LINE, _ANGLE_PROBLEM, "60^\\circ", False),
        # two things asked: the value of x alone answers half of it, and a swapped pair answers neither
        ("So the maximum value is 2, attained at x = 5.", _EXTREME_PROBLEM, "\\text{maximum } 5", False),
        ("So the maximum value is 5, attained at x = 2.", _EXTREME_PROBLEM, "\\text{maximum } 5", True),
    ],
)
def test_the_value_the_last_line_gives_what_the_problem_asks(
    completion: str, problem: str, gold: str, correct: bool
) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


def test_an_expression_asked_with_another_is_not_asked_alone() -> None:
    assert asked_expression("Find the value of $x$.") == "x"
    assert asked_expression(_ANGLE_PROBLEM) == "\\angleC"
    assert asked_expression(_EXTREME_PROBLEM) is None
    assert asked_expression("Find $\\pi$.") is None  # (a constant's command names no variable)


_COMPLETIONS = {
    "a value and where it is taken": [
        ("Since $(x-1)^2 \\ge 0$, the minimum is 3 at $x = 1$.", "3", True),
        ("Since $(x-1)^2 \\ge 0$, the minimum is 3 at $x = 1$.", "1", False),
        ("The maximum height is 20 m at t = 2 s.", "20", True),
        ("The maximum height is 20 m at t = 2 s.", "2", False),
        ("The speed is v = 12 m/s at t = 3 s.", "12", True),
        ("The speed is v = 12 m/s at t = 3 s.", "3", False),
        # (where it is taken may name several variables, and the value may hold Euler's number)
        ("By AM-GM the sum is at least 3.\n\nThe minimum is 3, attained when a = b = c = 1.", "3", True),
        ("By AM-GM the sum is at least 3.\n\nThe minimum is 3, attained when a = b = c = 1.", "1", False),
        ("So $x^x$ has minimum value $e^{-1/e}$, attained at $x = 1/e$.", "e^{-1/e}", True),
        ("So $x^x$ has minimum value $e^{-1/e}$, attained at $x = 1/e$.", "\\frac{1}{e}", False),
    ],
    "GSM8K's answer line after an answer phrase": [
        ("7 \u00d7 8 = 56\nThe answer is 56.\n#### 65", "65", True),
        ("7 \u00d7 8 = 56\nThe answer is 56.\n#### 65", "56", False),
        ("7 \u00d7 8 = 56\nThe answer is 56.\n#### 56", "56", True),
        # (a markdown heading after it is no answer line)
        ("7 \u00d7 8 = 56\nThe answer is 56.\n#### Step 2\nWe check it: 56 / 8 = 7.", "56", True),
    ],
    "a condition as the gold": [
        ("So the answer is $\\boxed{3}$.", "n \\text{ is a multiple of } 3", False),
        ("So the answer is $\\boxed{3}$.", "x \\text{ is greater than } 3", False),
        ("So the answer is $\\boxed{3}$.", "\\text{all multiples of } 3", False),
        ("So the answer is $\\boxed{n \\equiv 0 \\pmod 3}$.", "n \\text{ is a multiple of } 3", True),
        ("So the answer is $\\boxed{n = 3k}$.", "\\text{all multiples of } 3", True),
        # (a label is still a label)
        ("So the answer is $\\boxed{8}$.", "\\text{maximum value } 8", True),
        ("So the answer is $\\boxed{(1,-4)}$.", "\\text{vertex } (1,-4)", True),
    ],
    "two boxes, each under its own condition": [
        (
            "We choose 3 people out of 5.\n\nIf the roles are distinct, the count is $5 \\cdot 4 \\cdot 3 = "
            "\\boxed{60}$.\n\nIf the roles are identical, the count is $\\binom{5}{3} = \\boxed{10}$.",
            "10",
            False,
        ),
        (
            "If the roles were distinct, the count would be $\\boxed{60}$.\n\nSince the roles are identical, the "
            "count is $\\binom{5}{3} = \\boxed{10}$.",
            "10",
            True,
        ),
        (
            "If the roles are distinct: $\\boxed{60}$. If they are identical: $\\boxed{10}$.",
            "10",
            False,
        ),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_COMPLETIONS))
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_where_a_value_is_taken_is_no_answer() -> None:
    found = find_answer("The maximum height is 20 m at t = 2 s.")
    assert found.text == "20 m"
    assert find_answer("The minimum is 3 at x = 1.").text == "3"


_ROUNDED_PROBLEM = "What is the magnitude of the gravitational acceleration near Earth's surface, to two significant figures?"


@pytest.mark.parametrize(
    ("completion", "correct"),
    [
        ("$g = \\frac{GM}{R^2} \\approx 9.8$.\n\n$$\\boxed{9.8\\ \\text{cm/s}^2}$$", False),
        ("$g = \\frac{GM}{R^2} \\approx 9.8$.\n\n$$\\boxed{9.8\\ \\text{m/s}^2}$$", True),
        ("$g = \\frac{GM}{R^2} \\approx 9.81$.\n\n$$\\boxed{9.81\\ \\text{m/s}^2}$$", True),
    ],
)
def test_rounding_as_asked_pays_no_other_unit(completion: str, correct: bool) -> None:
    assert verify(completion, "9.8 m/s^2", problem=_ROUNDED_PROBLEM).correct is correct
