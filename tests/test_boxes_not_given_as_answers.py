"""Boxes a writer does not give as its answer: the result of a counterfactual it goes past, a supposition for a
contradiction, a quotation, a sentence labelled wrong, a box followed by an operation in words; and a box taken back
by a doubt that names what the work missed. Each with a control that is paid."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify

COUNTERFACTUAL = (
    "If the two offices were interchangeable, the count would be $\\binom42 = \\boxed{6}$. Since they are distinct, "
    "we multiply by $2!$ to get 12."
)


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        (COUNTERFACTUAL, "6"),
        (
            "Suppose, for contradiction, that $x = \\boxed{13}$. Then $3x + 7 = 46 \\neq 43$. Contradiction.",
            "13",
        ),
        (
            'As the textbook says: "The answer to such a problem is often \\boxed{15}." Let\'s compute it ourselves.',
            "15",
        ),
        ("**Wrong approach:** treating the positions as identical gives $\\binom42 = \\boxed{6}$.", "6"),
        ("Failed method: brute force with symmetry \\boxed{60}.", "60"),
        ("The answer is $\\boxed{24}$ minus the overcount, which we still need to determine.", "24"),
        (
            "16 - 3 - 4 = 9, 9 * 2 = 18, so she makes $\\boxed{18}$ dollars. Hmm, but she also bakes with 4 eggs, so I "
            "should subtract those again: 9 - 4 = 5, so she makes 10 dollars.",
            "18",
        ),
    ],
)
def test_a_box_not_given_as_the_answer_is_not_paid(completion: str, gold: str) -> None:
    assert not verify(completion, gold).correct


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        # the labelled wrong box is skipped, the correct one read (the label's scope is its sentence)
        ("Incorrect answer: $\\boxed{12}$. Correct answer: $\\boxed{6}$.", "6"),
        # a plain "would be" ending the text is the answer
        ("Therefore, the answer would be $\\boxed{12}$.", "12"),
        # "times" as a count, not an operation
        ("The event occurs $\\boxed{24}$ times.", "24"),
        # the doubt taken back leads to the value stated after it
        (
            "so she makes $\\boxed{18}$ dollars. Hmm, but she also bakes with 4 eggs, so I should subtract those "
            "again: 9 - 4 = 5, so she makes 10 dollars.",
            "10",
        ),
    ],
)
def test_the_controls_are_paid(completion: str, gold: str) -> None:
    assert verify(completion, gold).correct


def test_a_counterfactual_box_leaves_the_answer_after_it_to_the_problem() -> None:
    problem = (
        "Two fair six-sided dice are rolled. The probability that the sum is 7 or 11 is $\\frac{m}{n}$ in lowest "
        "terms. Find $m+n$."
    )
    completion = (
        "Had the dice been 8-sided, the probability of a sum of 7 would be $\\boxed{\\frac{6}{64}}$. For six-sided "
        "dice, the probability of 7 or 11 is $8/36 = 2/9$, so $m+n = 11$."
    )
    assert verify(completion, "11", problem=problem).correct
    assert not verify(completion, "\\frac{6}{64}", problem=problem).correct


@given(value=st.integers(2, 500), other=st.integers(2, 500))
def test_any_counterfactual_value_is_never_paid(value: int, other: int) -> None:
    completion = (
        f"If the seats were identical, the count would be $\\boxed{{{value}}}$. Since they are distinct, the count "
        f"is {other}."
    )
    # (the value stated after it is not read either: a text with a box reads no last number)
    assert not verify(completion, str(value)).correct or value == other
