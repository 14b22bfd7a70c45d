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


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # a counterfactual in any tense, then the case that holds: its value is read as in a text with no box
        (
            "If she sold all 16 eggs, she would make \\boxed{32} dollars. But she eats 3 and bakes with 4, so she only "
            "sells 9 eggs and makes 9 × $2 = $18 per day.",
            "18",
            "32",
        ),
        (
            "Without the leak, the tank would be full after \\boxed{6} hours. With the leak, the net rate is 1/12 tank "
            "per hour, so it takes 12 hours.",
            "12",
            "6",
        ),
        (
            "The area of a circle is πr^2. If instead we had used the diameter 8 as the radius, we would get "
            "\\boxed{64\\pi}. But the radius is 4, so the area is 16π.",
            "16\\pi",
            "64\\pi",
        ),
        # a quotation skipped, the computation after it read (a product's middle dot is an operator)
        (
            'As the textbook says: "the number of diagonals of a convex hexagon is \\boxed{9}." But the problem asks '
            "for a heptagon: 7 · 4 / 2 = 14.",
            "14",
            "9",
        ),
        # a doubt opened by "Actually" that names what the work missed
        (
            "5! = \\boxed{120}. Actually, I also need to account for rotations of the circle: 120/5 = 24.",
            "24",
            "120",
        ),
        # a later box labelled wrong leaves the earlier one standing; a statement the question calls incorrect
        (
            "**Right approach:** the probability is 4/6 = \\boxed{\\frac{2}{3}}.\n\n**Wrong approach (for comparison):** "
            "3/6 = \\boxed{\\frac{1}{2}}.",
            "\\frac{2}{3}",
            "\\frac{1}{2}",
        ),
    ],
)
def test_the_value_that_holds_is_read(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, completion
    assert not verify(completion, wrong).correct, completion


def test_a_box_for_the_incorrect_statement_asked_is_read() -> None:
    problem = "Which statement is incorrect? (A) 2 is prime (B) 9 is prime (C) 5 is odd"
    assert verify("9 = 3 × 3.\nIncorrect statement: \\boxed{B}", "B", problem=problem).correct


def test_a_box_then_its_square_as_a_check_is_the_answer() -> None:
    assert verify("So $x = \\boxed{7}$, squared, which returns 49 as a check.", "7").correct


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # the writer's own step put as a condition is no counterfactual, whatever sentence follows
        (
            "Both are divisible by 6. If we divide numerator and denominator by 6, we would get "
            "$\\boxed{\\frac{3}{4}}$. Since 3 and 4 are coprime, this is fully reduced.",
            "\\frac{3}{4}",
            "4",
        ),
        (
            "If we compute this product, we would get $\\boxed{9}$. In fact, they are 1, 2, 3, 4, 6, 9, 12, 18, 36.",
            "9",
            "36",
        ),
        (
            "If we add them up, we would get $\\boxed{15}$. Actually, let me double-check: $4 + 5 + 6 = 15$. Yes.",
            "15",
            "6",
        ),
        # after a counterfactual, the value of the case that holds, not of a remark after it
        (
            "Without the discount, the jacket would cost $\\boxed{80}$ dollars. But with the 25% discount, it costs "
            "$80 - 20 = 60$ dollars. That is 20 dollars saved.",
            "60",
            "20",
        ),
        # a third party's box: not the answer, unless the writer endorses it
        ("My classmate says the answer is $\\boxed{47}$, but let's check: $81 - 32 = 49$.", "49", "47"),
        ("The answer key states $\\boxed{49}$. Let's verify: $81 - 32 = 49$, which matches.", "49", "47"),
    ],
)
def test_conditions_and_reports_that_are_answers_or_not(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, completion
    assert not verify(completion, wrong).correct, completion


def test_either_a_value_or_a_box_is_a_hedge() -> None:
    completion = "Since the problem may intend either reading, the answer is either 125 or $\\boxed{35}$."
    assert not verify(completion, "35").correct
    assert not verify(completion, "125").correct
