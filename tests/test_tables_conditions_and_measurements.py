"""Readings the fifty-second session's blind probes (703, 704, 706) found wrong: the parts of an answer given as a
table of two columns ending the text; values whose owners are named only by pronouns, paid by the order written; a
last answer line that only leans one way ("**Answer:** probably not."); a measured value with its uncertainty; a
condition on an integer stated in the final sentence ("So $n$ is a multiple of 3."). Each kind has a twin that goes
the other way, so a rule that reads every such answer as right, or none, fails."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify

_TABLE_PROBLEM = (
    "A jar holds 20 coins, nickels and dimes, worth $1.40. How many nickels and how many dimes are there?"
)
_TABLE = (
    "Let n and d be the counts: n + d = 20 and 5n + 10d = 140, so d = 8 and n = 12.\n\n"
    "| Coin | Count |\n|---|---|\n| Nickels | {nickels} |\n| Dimes | {dimes} |"
)
_SHARES_PROBLEM = (
    "Omar and his aunt Rita share 90 marbles so that Rita gets twice as many as Omar. How many does each get?"
)

_CASES = {
    "a table of two columns, a row per part": [
        (_TABLE.format(nickels=12, dimes=8), "12 \\text{ nickels}, 8 \\text{ dimes}", True),
        (_TABLE.format(nickels=8, dimes=12), "12 \\text{ nickels}, 8 \\text{ dimes}", False),
        (
            "The sorted data are 3, 4, 8, 9, 11.\n\n| Statistic | Value |\n|---|---|\n| Mean | 7 |\n| Median | 8 |",
            "\\text{mean } 7, \\text{ median } 8",
            True,
        ),
        (
            "The sorted data are 3, 4, 8, 9, 11.\n\n| Statistic | Value |\n|---|---|\n| Mean | 8 |\n| Median | 7 |",
            "\\text{mean } 7, \\text{ median } 8",
            False,
        ),
    ],
    "a measured value with its uncertainty": [
        ("Averaging the five readings, $T = (3.40 \\pm 0.05)\\ \\text{s}$.", "3.40 \\text{ s}", True),
        ("Averaging the five readings, $T = (3.40 \\pm 0.05)\\ \\text{s}$.", "3.45 \\text{ s}", False),
        ("So the mass is $\\boxed{(7.2 \\pm 0.3)\\text{ kg}}$.", "7.2", True),
        # (two solutions, not a measurement: "x = 4 \\pm 3" is 1 and 7)
        ("Completing the square gives $\\boxed{x = 4 \\pm 3}$.", "4", False),
    ],
    "a hedged last answer line": [
        (
            "Small cases never give a multiple of 7, so the answer seems to be no, though large $n$ might differ."
            "\n\n**Answer:** probably not.",
            "\\text{No}",
            False,
        ),
        (
            "Small cases never give a multiple of 7, and the residues repeat with period 6, so none ever does."
            "\n\n**Answer:** No.",
            "\\text{No}",
            True,
        ),
        ("Answer: maybe 15", "15", False),
        ("Answer: 15", "15", True),
    ],
    "a condition stated in the final sentence": [
        (
            "The powers of 3 modulo 13 repeat with period 3, so $3^n \\equiv 1 \\pmod{13}$ exactly when $n$ is a "
            "multiple of 3.",
            "n \\equiv 0 \\pmod{3}",
            True,
        ),
        (
            "The powers of 3 modulo 13 repeat with period 3, so $3^n \\equiv 1 \\pmod{13}$ exactly when $n$ is a "
            "multiple of 6.",
            "n \\equiv 0 \\pmod{3}",
            False,
        ),
        (
            "Each tile covers two cells, so the board can be tiled exactly when $m$ is even.",
            "m \\text{ even}",
            True,
        ),
        (
            "Each tile covers two cells, so the board can be tiled exactly when $m$ is odd.",
            "m \\text{ even}",
            False,
        ),
        # (a denial states no condition)
        ("Each tile covers two cells, so $m$ is not a multiple of 3.", "3 \\mid m", False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CASES))
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    assert (
        verify(completion, gold, problem=_TABLE_PROBLEM if "Coin" in completion else None).correct is correct
    )


@pytest.mark.parametrize(
    ("ending", "correct"),
    [
        # named: each value with its owner, whatever the order
        ("Rita gets 60 and Omar gets 30.", True),
        ("Omar gets 60 and Rita gets 30.", False),
        # by pronouns: the problem says who they are ("Omar and his aunt Rita"), so each is graded as its person's
        ("She gets 60 and he gets 30.", True),
        ("He gets 30 and she gets 60.", True),
        ("She gets 30 and he gets 60.", False),
    ],
)
def test_values_owned_by_pronouns_are_graded_as_the_problem_names_them(ending: str, correct: bool) -> None:
    completion = f"Let Omar have x marbles, so Rita has 2x, and 3x = 90 gives x = 30.\n\n{ending}"
    assert verify(completion, "Omar: 30, Rita: 60", problem=_SHARES_PROBLEM).correct is correct


_PARITY = "Let $p(x) = x^3 - x$ and $q(x) = p(x)^2$. Is ${asked}$ even, odd, or neither?"


@pytest.mark.parametrize(
    ("ending", "asked", "gold", "correct"),
    [
        # the clause of the thing the question names, whichever comes first
        ("So $q$ is even, whereas $p$ is odd.", "p", "\\text{odd}", True),
        ("So $q$ is even, whereas $p$ is odd.", "q", "\\text{odd}", False),
        ("So $p$ is odd, whereas $q$ is even.", "q", "\\text{even}", True),
        ("So $p$ is odd, whereas $q$ is even.", "p", "\\text{even}", False),
        # (a thing with an operator in it, named with other spaces in the question)
        ("Hence $p + q$ is neither, while $pq$ is odd.", "pq", "\\text{odd}", True),
        ("Hence $pq$ is neither, while $p + q$ is odd.", "pq", "\\text{odd}", False),
    ],
)
def test_a_contrast_of_two_things_is_read_for_the_one_asked(
    ending: str, asked: str, gold: str, correct: bool
) -> None:
    completion = f"We compare each function at $-x$ with its value at $x$.\n\n{ending}"
    assert verify(completion, gold, problem=_PARITY.format(asked=asked)).correct is correct


_AREA = "A garden bed measures 4 m by 7 m. What is its area, in square meters?"
_DISTANCE = "A train runs at 90 km/h for 14 hours. How many kilometers does it cover?"


@pytest.mark.parametrize(
    ("completion", "problem", "correct"),
    [
        # an area or a volume in the unit asked, or in another one of the kind (a bare gold in the unit asked)
        ("$4 \\cdot 7 = 28$, so $\\boxed{28 \\text{ m}^2}$.", _AREA, True),
        ("$4 \\cdot 7 = 28$, so $\\boxed{28 \\text{ cm}^2}$.", _AREA, False),
        ("$4 \\cdot 7 = 28$, so the area is 28 m².", _AREA, True),
        ("$4 \\cdot 7 = 28$, so the area is 28 cm².", _AREA, False),
        # (a number written with its thousands grouped is still read with its unit)
        ("$90 \\times 14 = 1260$, so it covers $\\boxed{1{,}260 \\text{ km}}$.", _DISTANCE, True),
        ("$90 \\times 14 = 1260$, so it covers $\\boxed{1{,}260 \\text{ m}}$.", _DISTANCE, False),
    ],
)
def test_the_unit_asked_for_areas_and_grouped_numbers(completion: str, problem: str, correct: bool) -> None:
    gold = "28" if "garden" in problem else "1260"
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        # a table's labels in math or in a part's brackets, its rule aligned
        (
            "So $p = 5$ and $q = -3$.\n\n| Unknown | Value |\n|:-:|:-:|\n| $p$ | $5$ |\n| $q$ | $-3$ |",
            "(5, -3)",
            True,
        ),
        (
            "So $p = 5$ and $q = -3$.\n\n| Unknown | Value |\n|:-:|:-:|\n| $p$ | $-3$ |\n| $q$ | $5$ |",
            "(5, -3)",
            False,
        ),
        ("| Part | Answer |\n|---|---|\n| (a) | 25 |\n| (b) | 5 |", "(a) 25, (b) 5", True),
        # values owned by possessives: whose is whose is in the pronouns; a relative is a person of their own
        ("So his share is \\$30 and hers is \\$60.", "\\text{Omar: } \\$30, \\text{ Rita: } \\$60", False),
        ("Rita is 14 now, and her brother is 4 years younger, so he is 10.", "10", True),
    ],
)
def test_tables_and_possessives(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_a_contrast_of_one_thing_is_read_for_the_property_asked() -> None:
    ending = "So $g$ is increasing on $(1, \\infty)$, while it is decreasing on $(-\\infty, 1)$."
    asked = "Let $g(x) = (x-1)^2$. On what interval is $g$ {}?"
    assert verify(ending, "(1, \\infty)", problem=asked.format("increasing")).correct
    assert not verify(ending, "(-\\infty, 1)", problem=asked.format("increasing")).correct
    assert verify(ending, "(-\\infty, 1)", problem=asked.format("decreasing")).correct


_FALL = "A stone falls from rest through 12.4 m. How long does the fall take? Use g = 9.81 m/s^2 and give three significant figures."
_SOUND = "A 500 Hz tone travels through air at 340 m/s. What is its wavelength? Give two significant figures."


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "correct"),
    [
        # fewer significant figures than the problem asks, where the gold has them (the problem says how precise)
        ("$t = \\sqrt{2h/g}$.\n\n**Answer:** $t \\approx 1.59\\text{ s}$", "1.59 \\text{ s}", _FALL, True),
        ("$t = \\sqrt{2h/g}$.\n\n**Answer:** $t \\approx 1.6\\text{ s}$", "1.59 \\text{ s}", _FALL, False),
        # (without the problem, a measured value rounded coarser is the same quantity)
        ("$t = \\sqrt{2h/g}$.\n\n**Answer:** $t \\approx 1.6\\text{ s}$", "1.59 \\text{ s}", None, True),
        # the estimate read already, its unit written after its math
        (
            "$\\lambda = 340/500 = 0.68$ m.\n\nTo two significant figures: $\\lambda \\approx 68$ cm.",
            "0.68 \\text{ m}",
            _SOUND,
            True,
        ),
        (
            "$\\lambda = 340/500 = 0.68$ m.\n\nTo two significant figures: $\\lambda \\approx 68$ mm.",
            "0.68 \\text{ m}",
            _SOUND,
            False,
        ),
        # a value given to its symbol, under a prefix, against a bare gold in the base unit
        ("$d = 2\\sqrt{2}\\,r = 0.404$ nm.\n\n**Final Answer:** $d = 0.404$ nm", "4.04e-10", None, True),
        ("$d = 2\\sqrt{2}\\,r = 0.404$ nm.\n\n**Final Answer:** $d = 0.404$ mm", "4.04e-10", None, False),
    ],
)
def test_precision_and_units_of_science_answers(
    completion: str, gold: str, problem: str | None, correct: bool
) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(
    ("completion", "correct"),
    [
        # a closing paragraph that sets the value beside something known states no value of its own
        ("$M \\approx 6.0\\times10^{24}$ kg,\n\nwhich is indeed the accepted mass of the Earth.", True),
        ("So the mass is $M \\approx 6.0\\times10^{24}$ kg.\n\nThat is far heavier than the Moon.", True),
        # (a paragraph that doubts or turns states no comparison: the value is not read past it)
        (
            "So the mass is $M \\approx 6.0\\times10^{24}$ kg.\n\nBut that is heavier than the Sun, which is wrong.",
            False,
        ),
    ],
)
def test_a_closing_comparison_is_a_remark(completion: str, correct: bool) -> None:
    assert verify(completion, "6.0e24").correct is correct


@pytest.mark.parametrize(
    ("ending", "gold", "correct"),
    [
        # the parts of a final sentence written in words, read as their digits would be
        ("So Rita gets sixty marbles and Omar gets thirty.", "Omar: 30, Rita: 60", True),
        ("So Rita gets thirty marbles and Omar gets sixty.", "Omar: 30, Rita: 60", False),
        ("The pen holds twenty-four hens and nine goats.", "24 \\text{ hens}, 9 \\text{ goats}", True),
        ("The pen holds nine hens and twenty-four goats.", "24 \\text{ hens}, 9 \\text{ goats}", False),
        # ("one" after a determiner is a pronoun, no number)
        ("Each one gets a share and the other one gets the rest.", "1, 1", False),
    ],
)
def test_parts_in_words(ending: str, gold: str, correct: bool) -> None:
    assert verify(f"We set up the equations and solve them.\n\n{ending}", gold).correct is correct


def test_lines_naming_points() -> None:
    # (a point on a labelled line, bold or a bullet, is that part's value)
    lines = "We complete the square.\n\n**Vertex:** (3, -4)\n**Axis of symmetry:** x = 3"
    assert verify(lines, "(3,-4), x=3").correct
    assert not verify(lines, "(3,4), x=3").correct
    bullets = "- x-intercept: (6, 0)\n- y-intercept: (0, -2)"
    assert verify(f"Setting each variable to zero:\n\n{bullets}", "(6,0), (0,-2)").correct
    assert not verify(f"Setting each variable to zero:\n\n{bullets}", "(0,-2), (6,0)").correct


_SIBLINGS = "Leo and his sister Mia share 45 stamps so that Mia gets twice as many as Leo. How many stamps does each get?"


@pytest.mark.parametrize(
    ("ending", "gold", "problem", "correct"),
    [
        # the problem tells who "she" and "he" are ("his sister Mia"; "Leo ... his"): the values graded with them
        ("She gets 30 and he gets 15.", "\\text{Leo: } 15, \\text{ Mia: } 30", _SIBLINGS, True),
        ("She gets 15 and he gets 30.", "\\text{Leo: } 15, \\text{ Mia: } 30", _SIBLINGS, False),
        ("He gets 15 and she gets 30.", "15", _SIBLINGS.replace("does each get", "does Leo get"), True),
        ("He gets 30 and she gets 15.", "15", _SIBLINGS.replace("does each get", "does Leo get"), False),
        # (a problem that tells no one's pronoun: no reading)
        (
            "She gets 30 and he gets 15.",
            "\\text{Leo: } 15, \\text{ Mia: } 30",
            "Leo and Mia share 45 stamps so that Mia gets twice as many as Leo. How many stamps does each get?",
            False,
        ),
    ],
)
def test_pronouns_named_by_the_problem(ending: str, gold: str, problem: str, correct: bool) -> None:
    completion = f"Let Leo have s stamps; then Mia has 2s and 3s = 45, so s = 15.\n\n{ending}"
    assert verify(completion, gold, problem=problem).correct is correct
