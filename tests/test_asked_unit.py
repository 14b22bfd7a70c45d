"""The unit, scale and percent a problem asks for, against the ones an answer is written in (asked_unit), and the
rounding a problem asks for when the rounding is the task or the answer sits half a unit away (exact_form)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.asked_unit import unit_not_asked

ROPE = "A rope 60 cm long is cut into 5 equal pieces. How long is each piece, in centimeters?"
PRINTER = "A printer prints 15 pages per minute. How many minutes does it take to print 180 pages?"
SAM = "Sam buys 4 notebooks at \\$3 each. How much money, in dollars, does he spend?"
PENCILS = "A pencil costs 25 cents. How many cents do 3 pencils cost?"
CAR = "A car covers 150 km in 2.5 hours. What is its average speed in km/h?"
GAS = "A gas at constant volume starts at 150 K and its pressure doubles. What is its final temperature, in kelvins?"
ATOM = "What is the ionization energy of a ground-state hydrogen atom, in eV?"
COINS = "Two fair coins are tossed. What is the probability that both show heads?"


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "expected"),
    [
        ("60/5 = 12.\n\nEach piece is $\\boxed{12 \\text{ cm}}$.", "12", ROPE, True),
        ("60/5 = 12.\n\nEach piece is $\\boxed{12 \\text{ m}}$.", "12", ROPE, False),
        ("60/5 = 12, so each piece is 12 mm long.", "12", ROPE, False),
        ("Time = 180 / 15 = 12.\n\n$\\boxed{12 \\text{ minutes}}$", "12", PRINTER, True),
        ("Time = 180 / 15 = 12.\n\n$\\boxed{12\\text{ seconds}}$", "12", PRINTER, False),
        ("Time = 180 / 15 = 12.\n\n$\\boxed{12 \\text{ min}}$", "12", PRINTER, True),
        ("4 × \\$3 = \\$12.\n\n$\\boxed{\\$12}$", "12", SAM, True),
        ("4 × 3 = 12.\n\n$\\boxed{12 \\text{ cents}}$", "12", SAM, False),
        ("3 × 25 = 75.\n\n$\\boxed{75\\text{ cents}}$", "75", PENCILS, True),
        ("3 × 25 = 75.\n\n$\\boxed{\\$75}$", "75", PENCILS, False),
        ("150/2.5 = 60.\n\n$\\boxed{60 \\text{ km/h}}$", "60", CAR, True),
        ("150/2.5 = 60.\n\n$\\boxed{60 \\text{ m/s}}$", "60", CAR, False),
        ("$T_f = 2 \\times 150 = 300$.\n\n$\\boxed{300\\ \\mathrm{K}}$", "300", GAS, True),
        ("$T_f = 2 \\times 150 = 300$.\n\n$\\boxed{300^\\circ \\text{C}}$", "300", GAS, False),
        ("With $n = 1$: $\\boxed{13.6 \\text{ eV}}$", "13.6", ATOM, True),
        ("The ionization energy is $\\boxed{13.6\\text{ J}}$.", "13.6", ATOM, False),
        # the same answers without the problem: the unit is not compared
        ("60/5 = 12.\n\nEach piece is $\\boxed{12 \\text{ m}}$.", "12", None, True),
        ("3 × 25 = 75.\n\n$\\boxed{\\$75}$", "75", None, True),
    ],
)
def test_the_unit_the_problem_asks_for(
    completion: str, gold: str, problem: str | None, expected: bool
) -> None:
    assert verify(completion, gold, problem=problem).correct is expected


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "expected"),
    [
        ("Only HH works.\n\n$\\boxed{25\\%}$", "0.25", COINS, True),
        ("Only HH works.\n\n$\\boxed{0.25\\%}$", "0.25", COINS, False),
        ("Only HH works.\n\n$\\boxed{0.25}$", "0.25", COINS, True),
        ("So 10/40 = 25%.\n\n$\\boxed{25\\%}$", "25", "What percent of the 40 students wear glasses?", True),
        ("Therefore the answer is 12 thousand.", "12", "How many people live in the town?", False),
        (
            "Therefore the answer is 12 thousand.",
            "12",
            "How many people, in thousands, live in the town?",
            True,
        ),
        ("Therefore the answer is 12 thousand.", "12000", "How many people live in the town?", True),
    ],
)
def test_percents_and_scale_words(completion: str, gold: str, problem: str, expected: bool) -> None:
    assert verify(completion, gold, problem=problem).correct is expected


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("12 cm", "A rectangle is 3 cm by 4 cm. What is its area in square centimeters?"),  # another kind
        ("12 m", "How far, in meters or in feet, does it go?"),  # two units asked
        ("12 furlongs", ROPE),  # a unit not in the table
        ("12", ROPE),  # no unit written
    ],
)
def test_units_left_alone(answer: str, problem: str) -> None:
    assert unit_not_asked(answer, "12", problem) is None


LENGTHS = {"mm": 1, "cm": 10, "m": 1000, "km": 1000000}


@given(
    asked=st.sampled_from(sorted(LENGTHS)),
    written=st.sampled_from(sorted(LENGTHS)),
    value=st.integers(1, 999),
)
def test_a_length_in_another_unit_is_not_the_one_asked(asked: str, written: str, value: int) -> None:
    names = {"mm": "millimeters", "cm": "centimeters", "m": "meters", "km": "kilometers"}
    problem = f"How long is the path, in {names[asked]}?"
    fault = unit_not_asked(f"{value} \\text{{ {written}}}", str(value), problem)
    assert (fault is not None) is (asked != written)


@pytest.mark.parametrize(
    ("answer", "gold", "problem", "expected"),
    [
        (
            "150",
            "100",
            "A number was measured as 149. To one significant figure, what is it?",
            False,
        ),  # a tie
        ("130", "100", "A number was measured as 149. To one significant figure, what is it?", True),
        ("149", "100", "Round 149 to one significant figure.", False),  # the rounding is the task
        ("0.046", "0.05", "Round 0.0456 to one significant figure.", False),
        ("0.05", "0.05", "Round 0.0456 to one significant figure.", True),
        ("25000", "30000", "Estimate 487 × 62 to one significant figure.", False),
        ("0.347", "\\frac{25}{72}", "Give the probability to the nearest thousandth.", True),
    ],
)
def test_rounding_asked(answer: str, gold: str, problem: str, expected: bool) -> None:
    assert verify(f"So the answer is $\\boxed{{{answer}}}$.", gold, problem=problem).correct is expected


MARBLES = "Tom is Jerry's older brother. Together they have 24 marbles. How many marbles does Jerry have?"


@pytest.mark.parametrize(
    ("last_sentence", "gold", "expected"),
    [
        ("So Jerry's brother has 18 marbles and Jerry has 6.", "6", True),
        ("So Jerry's brother has 6 marbles and Jerry has 18.", "6", False),
        ("So Tom has 12 more marbles than Jerry, and Jerry has 6.", "6", True),
        ("So Tom has 12 more marbles than Jerry, and Jerry has 6.", "12", False),
    ],
)
def test_an_owner_or_a_comparison_is_no_clause_s_subject(
    last_sentence: str, gold: str, expected: bool
) -> None:
    completion = f"Let Jerry have x marbles and work it out.\n{last_sentence}"
    assert verify(completion, gold, problem=MARBLES).correct is expected


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("**Final Answer:** 6\n\n**Corrected Final Answer:** 7", "7"),
        (
            "**Final Answer:** 6\n\n**Final Answer (corrected):** 7\n\n**Final Answer (corrected again):** 8",
            "8",
        ),
    ],
)
def test_corrected_final_answers(completion: str, expected: str) -> None:
    assert verify(completion, expected).predicted == expected


def test_a_value_in_another_unit_that_converts_to_the_gold_is_left_to_the_comparison() -> None:
    # "2 hours" where minutes are asked and the gold is 120: compared in the unit asked already
    problem = "A movie marathon has 4 movies, each 30 minutes long. How many minutes does the marathon last?"
    assert unit_not_asked("2 hours", "120", problem) is None
    assert unit_not_asked("2 hours", "2", problem) is not None
    assert verify(
        "Each movie is half an hour.\n\nThe marathon lasts 2 hours (120 minutes).", "120", problem=problem
    ).correct


@pytest.mark.parametrize(
    ("answer", "gold", "problem", "expected_fault"),
    [
        # the unit counted by "how many", whatever follows it
        ("12 feet", "12", "A board is 1 foot long. How many inches long is it?", True),
        ("18 mL", "18", "A tap drips 5 mL per second. How many liters drip in one hour?", True),
        # the question's units, not the data's: "measured in g/cm^3" is data
        ("0.5 g", "0.5", "Its density is measured in g/cm^3. What is its mass, in kilograms?", True),
        ("58.5 kg", "58.5", "What mass of NaCl, in grams, is in 1.00 mol? (Na = 23.0, Cl = 35.5)", True),
        ("11.2 m/s", "11.2", "Compute the escape velocity in km/s. ($M = 6.0\\times10^{24}$ kg.)", True),
        # a change of temperature: a kelvin is a degree Celsius
        (
            "15 °C",
            "15",
            "Water at 20 °C is heated to 35 °C. By how many kelvins does its temperature rise?",
            False,
        ),
        ("15 °C", "15", "Water starts at 20 K. What is its final temperature, in kelvins?", True),
        # a percent asked is the number before the sign; a percent in the data is no percent asked
        ("50\\%", "0.5", "What percent of 200 is 1?", True),
        ("0.5\\%", "0.5", "What percent of 200 is 1?", False),
        (
            "0.09\\%",
            "0.09",
            "It rains on 30% of days. What is the probability that it rains on two given days?",
            True,
        ),
        ("12 thousand", "12", "How many apples are in the crate?", True),
        ("12 thousand", "12", "How many apples, in thousands, are in the crates?", False),
    ],
)
def test_what_the_question_asks(answer: str, gold: str, problem: str, expected_fault: bool) -> None:
    assert (unit_not_asked(answer, gold, problem) is not None) is expected_fault


def test_a_unit_the_comparison_keeps_is_no_obstacle_where_the_problem_asks_for_it() -> None:
    problem = "James runs 3 sprints 3 times a week, 60 meters each. How many total meters does he run a week?"
    completion = "3 sprints × 3 times = 9 sprints per week. 9 × 60 m = 540 m.\nThe answer is 540 m."
    verdict = verify(completion, "540", problem=problem)
    assert verdict.correct
    assert not verify(completion, "541", problem=problem).correct


def test_degrees_celsius_in_words_are_no_kelvins() -> None:
    problem = "The Sun's spectrum peaks near 500 nm. Estimate its surface temperature in kelvins."
    assert not verify(
        "$T = b/\\lambda = 5800$\n\n$\\boxed{5800 \\text{ degrees Celsius}}$", "5800", problem=problem
    ).correct
    assert verify("$T = b/\\lambda = 5800$\n\n$\\boxed{5800 \\text{ K}}$", "5800", problem=problem).correct


_IN_KPA = "What is the pressure, in kPa, of 2.00 mol of an ideal gas held at 300 K in a 10.0 L container?"


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        # the bare gold is in the unit asked: an answer in that unit is read in it, not converted to the base unit
        ("$P = 498.8$ Pa $= 0.4988$ kPa.\n\n$$\\boxed{0.499\\ \\text{kPa}}$$", "499", False),
        ("$P = 498840$ Pa.\n\n$$\\boxed{499\\ \\text{kPa}}$$", "499", True),
        ("$P = 498840$ Pa.\n\n$$\\boxed{499.0\\ \\text{kPa}}$$", "499", True),
    ],
)
def test_an_answer_in_the_unit_asked_is_read_in_it(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=_IN_KPA).correct is correct
