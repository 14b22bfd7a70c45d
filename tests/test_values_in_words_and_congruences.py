"""Fractions in words with any ordinal ("eleven twelfths" is 11/12, never 11), parts of a whole ("three-quarters of
the cake"), a mixed number with a spaced Unicode fraction ("2 ½"), a congruence of a computed number ("2^{100} \\equiv
376 \\pmod{1000}"), and where an extreme value is attained, at several points."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import normalize_answer, number_word_value

ORDINALS = {
    11: "eleventh", 12: "twelfth", 13: "thirteenth", 16: "sixteenth", 20: "twentieth", 36: "thirty-sixth",
}  # fmt: skip


@pytest.mark.parametrize(("numerator", "denominator"), [(11, 12), (5, 36), (12, 13), (13, 16), (19, 20)])
def test_a_fraction_in_words_is_never_its_numerator(numerator: int, denominator: int) -> None:
    words = {11: "eleven", 5: "five", 12: "twelve", 13: "thirteen", 19: "nineteen"}[numerator]
    ordinal = {12: "twelfths", 36: "thirty-sixths", 13: "thirteenths", 16: "sixteenths", 20: "twentieths"}[
        denominator
    ]
    said = f"{words} {ordinal}"
    assert normalize_answer(said) == f"\\frac{{{numerator}}}{{{denominator}}}"
    completion = f"So the probability is {said}."
    assert verify(completion, f"\\frac{{{numerator}}}{{{denominator}}}").correct
    assert not verify(completion, str(numerator)).correct


@given(numerator=st.integers(1, 9), denominator=st.sampled_from(sorted(ORDINALS)))
def test_any_ordinal_denominator(numerator: int, denominator: int) -> None:
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][numerator - 1]
    plural = ORDINALS[denominator] + ("s" if numerator > 1 else "")
    assert number_word_value(words) == numerator
    assert normalize_answer(f"{words} {plural}") == f"\\frac{{{numerator}}}{{{denominator}}}"


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        ("Three of the four pieces remain.\nShe has three-quarters of the cake left.", "\\frac{3}{4}", "3"),
        ("She ate two-thirds of the pizza.", "\\frac{2}{3}", "2"),
        ("1¼ + 1¼ = 2½\n\nYou need 2 ½ cups of sugar.", "2.5", "2"),
    ],
)
def test_parts_of_a_whole_and_mixed_numbers(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct
    assert not verify(completion, wrong).correct


@pytest.mark.parametrize(
    ("boxed", "gold", "expected"),
    [
        ("2^{100} \\equiv 376 \\pmod{1000}", "376", True),
        ("2^{100} \\equiv 376 \\pmod{1000}", "1000", False),
        ("3^{2} + 1 \\equiv 3 \\pmod{7}", "3", True),
        ("10 \\equiv 3 \\pmod 7", "3", True),
        # a variable's congruence keeps its form
        ("n \\equiv 3 \\pmod{7}", "n \\equiv 3 \\pmod{7}", True),
    ],
)
def test_a_congruence_of_a_computed_number_gives_its_residue(boxed: str, gold: str, expected: bool) -> None:
    assert verify(f"So the last three digits: $\\boxed{{{boxed}}}$", gold).correct is expected


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        ("The minimum value is $9$, attained at $a=\\frac13$, $b=\\frac23$.", "9"),
        ("The maximum is $4$, which occurs at $x = 1$ and $y = 2$.", "4"),
        # a condition's comma ends it: what follows is the result
        ("If $a = 2$, $b = 5$.", "5"),
        ("When $x = 1$, $y = 5$.", "5"),
    ],
)
def test_where_a_value_is_attained_is_no_answer(completion: str, gold: str) -> None:
    assert verify(completion, gold).correct
    assert not verify(completion, "\\frac{1}{3}" if "attained" in completion else "1").correct
