"""Units built of units after a value ("kg·m/s", "g/cm^3"), money with a scale letter ("$70k"), and a numbered
exercise with its solution invented after the answer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import is_unit_word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("kg·m/s", True),
        ("kg⋅m/s", True),
        ("g/cm^3", True),
        ("J·s", True),
        ("W/m^2", True),
        ("kJ/mol", True),
        ("s^-1", True),
        ("cm^{2}", True),
        ("m^3/s", True),
        # one- and two-letter SI symbols count only inside a compound: "12 N" may be prose
        ("N", False),
        ("C", False),
        # variables and numbers with powers are no units
        ("x^2", False),
        ("a/b", False),
        ("n^2", False),
        ("2^3", False),
        ("h/λ", False),
    ],
)
def test_units_built_of_units(word: str, expected: bool) -> None:
    assert is_unit_word(word) is expected


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        ("The momentum is p = h/λ = 1.325E-27 kg·m/s.", "1.325e-27", "1.325e-26"),
        ("The density is about 6.7e14 g/cm^3.", "6.7e14", "6.7e13"),
        ("The flux is 2.4e-3 W/m^2.", "2.4 \\times 10^{-3}", "2.4 \\times 10^{-4}"),
    ],
)
def test_a_value_in_e_notation_before_a_compound_unit_is_read(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct
    assert not verify(completion, wrong).correct


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        ("So the answer is $70k.", "70000", "70"),
        ("Profit: $200,000 − $130,000 = **$70k**", "70000", "70"),
        ("1.2M × 1.25 = 1.5M\n#### $1.5M", "1500000", "1.5"),
    ],
)
def test_money_with_a_scale_letter_keeps_its_scale(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct
    assert not verify(completion, wrong).correct


@pytest.mark.parametrize("heading", ["Exercise 2", "Problem 2", "Example 3", "Question 4"])
def test_a_numbered_exercise_solved_after_the_answer_is_an_invented_turn(heading: str) -> None:
    answered = (
        "Area = length × width = 6 × 4 = 24.\nTherefore, the area is 24 square units.\n\n"
        f"{heading}: A rectangle has a length of 9 units and a width of 5 units. Find its area.\n"
        "Solution: Area = 9 × 5 = 45 square units."
    )
    assert verify(answered, "24").correct
    assert not verify(answered, "45").correct
    # the model's own answer is wrong; the invented exercise's is not read for it
    wrong_first = answered.replace("6 × 4 = 24", "2 × (6 + 4) = 20").replace("is 24 square", "is 20 square")
    assert not verify(wrong_first, "45").correct


@given(
    mantissa=st.integers(10, 99),
    exponent=st.integers(-30, 30),
    unit=st.sampled_from(["kg·m/s", "g/cm^3", "J·s"]),
)
def test_e_notation_with_any_compound_unit(mantissa: int, exponent: int, unit: str) -> None:
    completion = f"Putting the numbers in, the result is {mantissa / 10}e{exponent} {unit}."
    assert verify(completion, f"{mantissa / 10} \\times 10^{{{exponent}}}").correct
    assert not verify(completion, f"{mantissa / 10} \\times 10^{{{exponent + 1}}}").correct


@pytest.mark.parametrize(
    "invented",
    [
        "**Problem 2:** Tom buys 4 boxes of 10 markers and loses 6.\n**Solution:** 4 × 10 − 6 = 34. Tom has **34** left.",
        "Practice Problem 1: Kim buys 5 boxes of 6 pens and gives away 4. How many are left?\nSolution: 30 − 4 = 34.",
        "### Example 3\nA baker makes 4 trays of 15 muffins and sells 26. How many are left?\n60 − 26 = 34. 34 left.",
        "Problem 2. Find 7 + 27.\nSolution. 7 + 27 = 34. The answer is 34.",
    ],
)
def test_an_exercise_invented_with_its_solution_or_question_ends_the_answer(invented: str) -> None:
    completion = (
        f"Janet starts with 3 × 12 = 36 pencils.\n36 − 9 = 27.\nJanet has 27 pencils left.\n\n{invented}"
    )
    assert verify(completion, "27").correct
    assert not verify(completion, "34").correct


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        # a line that names its value under the work ends the text though it has no stop: with its unit, through
        # a chain, approximately, by a name of a few letters or a Greek one
        ("x^2 = 3^2 + 4^2 = 25\nx = 5 cm", "5"),
        ("We need to evaluate f at 5.\nf(5) = 25 - 15 + 1 = 11", "11"),
        ("p = mv = (1.3 × 10^{-30} kg)(1000 m/s)\np = 1.3e-27 kg·m/s", "1.3e-27"),
        ("V ≈ 4.19e18 cm^3.\nρ = M/V = 2.8e33 / 4.19e18 ≈ 6.7e14 g/cm^3", "6.7e14"),
        ("F = L / (4π d^2)\nF ≈ 1362 W/m^2", "1362"),
        ("C_v = 1.5 × 8.314 = 12.471\nC_v ≈ 12.5 J/(mol·K)", "12.5"),
    ],
)
def test_a_last_line_that_names_its_value(completion: str, gold: str) -> None:
    assert verify(completion, gold).correct
    assert not verify(completion, "7").correct
