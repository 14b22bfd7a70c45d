"""Units under the larger SI prefixes, and a choice named by the option it matches: readings the forty-third
session's blind probes (410-412) found missing. Each kind has a twin that goes the other way (the same answer against
another gold), so a rule that reads every such answer as right, or none, fails."""

from __future__ import annotations

import pytest

from openrs_rewards import verify

_CHOICES = "Which value is largest?\n(A) 9\n(B) 7\n(C) 5\n(D) 3"


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        # mega-, giga- and tera- joules, watts and electronvolts against the gold in the base unit
        ("5 MJ", "5 \\times 10^{6} \\text{ J}", True),
        ("5 MJ", "5 \\times 10^{-3} \\text{ J}", False),  # (not the millijoule)
        ("5 mJ", "5 \\times 10^{-3} \\text{ J}", True),
        ("5 mJ", "5 \\times 10^{6} \\text{ J}", False),
        ("90 TJ", "9 \\times 10^{13} \\text{ J}", True),
        ("9 TJ", "9 \\times 10^{13} \\text{ J}", False),
        ("1.2\\text{ GJ}", "1.2 \\times 10^{9} \\text{ J}", True),
        ("1.2\\text{ GJ}", "1.2 \\times 10^{6} \\text{ J}", False),
        ("2 GW", "2 \\times 10^{9} \\text{ W}", True),
        ("2 TW", "2 \\times 10^{12} \\text{ W}", True),
        ("2 TW", "2 \\times 10^{9} \\text{ W}", False),
        ("3 mW", "0.003 \\text{ W}", True),
        ("3 MW", "0.003 \\text{ W}", False),  # (the megawatt, written in its case)
        ("3 MW", "3 \\times 10^{6} \\text{ W}", True),
        ("7 TeV", "7 \\times 10^{12} \\text{ eV}", True),
        ("7 TeV", "7 \\times 10^{9} \\text{ eV}", False),
        # another unit of the same kind is another answer, as for the smaller prefixes
        ("5 MJ", "5 \\text{ kJ}", False),
    ],
)
def test_a_value_under_a_large_prefix_converts_to_the_golds_unit(
    answer: str, gold: str, correct: bool
) -> None:
    verdict = verify(f"So the energy is $\\boxed{{{answer}}}$.", gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("completion", "letter"),
    [
        ("Comparing with the options, the exact match is option (A).", "A"),
        ("This matches option (A).", "A"),
        ("The exact match is option **(A)**.", "A"),
        ("It is not option (B); it is option (A).", "A"),
        ("The largest value is 9, which corresponds to option (A).", "A"),
        # the twins: the option it settles on is another one
        ("This is not option (A), so it is (B).", "B"),
        ("At first it looks like option (A), but 7 is the largest here, which matches option (B).", "B"),
    ],
)
def test_a_choice_named_by_the_option_it_matches(completion: str, letter: str) -> None:
    for gold in "AB":
        verdict = verify(completion, gold, problem=_CHOICES)
        assert verdict.correct is (gold == letter), (gold, verdict)


def test_an_option_only_asked_about_names_no_answer() -> None:
    verdict = verify("Is it option (A) or option (B)? Option A gives 9 and option B gives 7.", "A")
    assert verdict.status == "no_answer", verdict


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        # a sum of unit vectors in brackets is the tuple of its coordinates, as it is without them
        ("(3\\hat{i}-4\\hat{j})", "(3, -4) \\text{ N}", True),
        ("(3\\hat{i}-4\\hat{j})", "(3, 4) \\text{ N}", False),
        ("(3\\hat{i}-4\\hat{j}) \\text{ N}", "(3, -4) \\text{ N}", True),
        ("(8\\hat{x}-6\\hat{y})", "(8, -6, 0) \\text{ N}", True),
        ("(8\\hat{x}-6\\hat{y})", "(-6, 8, 0) \\text{ N}", False),
        ("(a\\hat{i}+b\\hat{j})", "(a, b)", True),
        ("(a\\hat{i}+b\\hat{j})", "(b, a)", False),
    ],
)
def test_a_bracketed_sum_of_unit_vectors_is_its_tuple(answer: str, gold: str, correct: bool) -> None:
    verdict = verify(f"So the force is $\\boxed{{{answer}}}$.", gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        # the twins of the hedges in test_false_positives: a remark that offers no other answer
        ("So $\\boxed{14}$\n\nIt might be 15 minutes before the bus comes, so leave early.", "14"),
        ("So $\\boxed{14}$\n\nUsing 15 would be an off-by-one error.", "14"),
        ("So $\\boxed{14}$\n\nIt could be 14 or so; yes, 14.", "14"),
        ("So the answer is 45 miles (his distance from home).", "45"),
        ("Either way, the answer is 45 miles (his distance from home).", "45"),
    ],
)
def test_a_remark_that_offers_no_other_value_keeps_the_answer(completion: str, gold: str) -> None:
    verdict = verify(completion, gold)
    assert verdict.correct, verdict


@pytest.mark.parametrize(
    ("completion", "value", "other"),
    [
        # a decision after the answer in the conditional mood is a decision all the same
        ("**Answer: 36**\n\nActually, I'd go with 66.", "66", "36"),
        ("**Answer: 36** (Actually, I would go with 66.)", "66", "36"),
        # ... but not one under a condition, nor one that keeps the answer
        ("**Answer: 36**\n\nIf the zero case counted, I'd go with 66 instead.", "36", "66"),
        ("**Answer: 36**\n\nI'd go with 36 as computed.", "36", "66"),
        # a value read in a remark in brackets loses the bracket it closes
        ("Counting again gives the same total (so the answer is 4.)", "4", "5"),
    ],
)
def test_a_decision_in_the_conditional_mood(completion: str, value: str, other: str) -> None:
    assert verify(completion, value).correct, verify(completion, value)
    assert not verify(completion, other).correct, verify(completion, other)


def test_a_half_open_interval_keeps_its_bracket() -> None:
    assert verify("So the solution set is [3,\\infty).", "[3,\\infty)").correct
    assert not verify("So the solution set is [3,\\infty).", "(3,\\infty)").correct


def test_a_doubt_about_the_answers_own_decimal_reading_offers_no_other_value() -> None:
    completion = "$$\\boxed{\\frac{\\sqrt{6}-\\sqrt{2}}{4}}$$\n\nNumerically about 0.2588, though I am not certain of the rounding."
    assert verify(completion, "\\frac{\\sqrt{6}-\\sqrt{2}}{4}").correct
