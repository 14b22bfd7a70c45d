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
