"""The expression a problem asks for ("what is $4x$?", "Find $k$."), graded by the value a completion's last line
gives it, where the answer was read without an explicit mark."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.asked_expression import (
    ANOTHER_NAMED,
    ASKED_EXPRESSION,
    another_named,
    asked_expression,
    assigned_value,
)

FOUR_X = "If $2x + 3 = 13$, what is the value of $4x$?"


@pytest.mark.parametrize(
    ("completion", "problem", "gold"),
    [
        ("Subtracting 3, $2x = 10$, so $x = 5$, and $4x = 20$.", FOUR_X, "20"),
        ("$2x = 10$, so $x = 5$, and indeed $2x = 10$.", "Solve for $x$: $2x + 3 = 13$.", "5"),
        (
            "<think>area = (√3/4)(36) = 9√3</think>\n\nThus the area is $9\\sqrt{3}$, and $k = 9$.",
            "An equilateral triangle of side 6 has area $k\\sqrt{3}$. Find $k$.",
            "9",
        ),
        (
            "**Answer:** The probability is $\\dfrac{2}{9}$, so $m+n = 11$.",
            "The probability is $\\frac{m}{n}$ in lowest terms. Find $m + n$.",
            "11",
        ),
    ],
)
def test_the_value_given_to_the_expression_asked_is_graded(completion: str, problem: str, gold: str) -> None:
    verdict = verify(completion, gold, problem=problem)
    assert verdict.correct and verdict.detail == ASKED_EXPRESSION
    wrong = verify(completion, str(int(gold) + 1), problem=problem)
    assert not wrong.correct and wrong.predicted == verdict.predicted


def test_a_value_in_words_after_the_expression_is_read_without_the_problem() -> None:
    # "the requested sum $m+n$ is eleven": the extraction reads the words the sentence states after the math that
    # names them (it needed the problem's expression before), with the problem or without it
    completion = "The probability is two-ninths, so the requested sum $m+n$ is eleven."
    problem = "The probability is $\\frac{m}{n}$ in lowest terms. Find $m + n$."
    for stated in (problem, None):
        assert verify(completion, "11", problem=stated).correct
        assert not verify(completion, "12", problem=stated).correct


@pytest.mark.parametrize(
    ("completion", "problem"),
    [
        # values offered, not given
        ("So $x = 3$ or $x = 5$.", "Solve for $x$: $x^2 - 8x + 15 = 0$."),
        (
            "So $[H^+]$ is either $1.3\\times10^{-3}$ M or $1.8\\times10^{-5}$ M.",
            "Calculate $[H^+]$ in the solution.",
        ),
        # the expression inside a larger one
        ("We have $b + a = 5$.", "Find $a$."),
        ("So $2x = 10$.", "Solve for $x$."),
        # prose, not a value
        ("Therefore, $m+n$ is also undefined.", "Find $m+n$."),
        # two values for it in the last line
        ("First $k = 3$, then correcting, $k = 4$.", "Find $k$."),
    ],
)
def test_nothing_is_read(completion: str, problem: str) -> None:
    assert assigned_value(completion, problem) is None


@pytest.mark.parametrize(
    "problem",
    ["What is $2 + 3$?", "Find $x^2 = 4$.", "Find all $x, y$.", "How many apples are left?", "Find \\pi."],
)
def test_no_expression_is_asked(problem: str) -> None:
    # a number, a relation, a list, a question in words: nothing the last line could give a value to
    assert asked_expression(problem) is None


def test_a_marked_answer_is_never_read_again() -> None:
    # the box is the answer, whatever the line says around it
    completion = "So $x = 5$ and $4x = 20$, and the answer is $\\boxed{5}$."
    verdict = verify(completion, "5", problem=FOUR_X)
    assert verdict.correct and verdict.detail != ASKED_EXPRESSION


def test_without_the_problem_the_line_is_read_as_before() -> None:
    verdict = verify("Subtracting 3, $2x = 10$, so $x = 5$, and $4x = 20$.", "20")
    assert not verdict.correct


@given(
    name=st.sampled_from(["a", "k", "r", "m+n", "f(2)", "3y"]),
    others=st.lists(st.sampled_from(["p", "q", "t", "2p"]), min_size=1, max_size=3, unique=True),
    value=st.integers(-999, 999),
    position=st.integers(0, 3),
)
def test_the_named_value_among_others(name: str, others: list[str], value: int, position: int) -> None:
    # whatever else the last line assigns, and in whichever order, the asked expression's value is read
    parts = [f"${other} = {index + 1000}$" for index, other in enumerate(others)]
    parts.insert(min(position, len(parts)), f"${name} = {value}$")
    completion = "Working done.\nSo " + ", and ".join(parts) + "."
    assert assigned_value(completion, f"Find ${name}$.") == str(value)


def test_a_line_that_takes_its_value_back_gives_none() -> None:
    assert (
        assigned_value("We get $x = 12$. [Edit: this is wrong, see below.]", "Solve for $x$: $3x + 7 = 43$.")
        is None
    )
    assert not verify(
        "We get $x = 12$. [Edit: this is wrong, see below.]", "12", problem="Solve for $x$."
    ).correct


def test_an_adverb_before_the_value() -> None:
    assert assigned_value("x is definitely 12.", "Solve for $x$: $3x + 7 = 43$.") == "12"


def test_a_unicode_minus_in_the_line() -> None:
    problem = "The weight is $\\frac{m}{n}$ in lowest terms. What is $m-n$?"
    assert verify("P = 9/5.\n\nSo m = 9, n = 5 and **m − n = 4**.", "4", problem=problem).correct


@pytest.mark.parametrize(
    ("completion", "problem", "gold"),
    [
        # a step, not the expression asked, though its value is the gold
        (
            "We have $2x + 6 = 16$.\n\nSubtract 6 from both sides:\n\n$2x = 10$",
            "If $2x + 6 = 16$, what is the value of $x + 5$?",
            "10",
        ),
        ("Subtracting 2 from both sides gives\n\n5m = 30", "If $5m + 2 = 32$, find $m + 24$.", "30"),
        # another measure than the one asked
        (
            "Length = 6 m, width = 3 m.\n\nArea = 6 × 3 = 18 m²",
            "A rectangle is 6 m long and 3 m wide. What is its perimeter in meters?",
            "18",
        ),
        (
            "Edge $a = 6$.\n\nVolume $= a^3 = 6^3 = 216$",
            "What is the total surface area of a cube with edge length 6?",
            "216",
        ),
    ],
)
def test_a_last_line_that_names_something_else_is_not_paid(completion: str, problem: str, gold: str) -> None:
    verdict = verify(completion, gold, problem=problem)
    assert not verdict.correct and verdict.detail == ANOTHER_NAMED
    assert another_named(completion, problem) is not None


@pytest.mark.parametrize(
    ("completion", "problem", "gold"),
    [
        ("$2x = 10$, so $x + 5 = 10$", "If $2x + 6 = 16$, what is the value of $x + 5$?", "10"),
        (
            "Perimeter $= 4s = 28$, so $s = 7$. Side = 7 inches, area = 49 square inches.",
            "The perimeter of a square is 28 inches. What is the area of the square?",
            "49",
        ),
        # where an extreme value is attained names no other quantity; "the minimum value of E" asks a number
        (
            "The minimum value is $-2$, which occurs when $x = -3$.",
            "What is the minimum value of $x^2 + 6x + 7$ over all real $x$?",
            "-2",
        ),
        (
            "So the minimum value is 2, attained at x = 1.",
            "Determine the minimum value of $x + \\frac{1}{x}$ over $x > 0$.",
            "2",
        ),
    ],
)
def test_a_last_line_that_names_what_is_asked_is_paid(completion: str, problem: str, gold: str) -> None:
    assert verify(completion, gold, problem=problem).correct
    assert another_named(completion, problem) is None
