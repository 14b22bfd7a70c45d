"""A gold that gives an extremum with the place where it is taken ("\\text{max } 4 \\text{ at } x = 1") asks two
things: the completion must state both, for each extremum the gold names. Before, such a gold was read as its first
number and a completion as its last, so "$\\boxed{4}$" was right and "The maximum value is 4, attained at x = 1." was
compared by the 1. Each kind of statement has a twin that goes the other way (a swapped pair, another place, the
value alone)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests._verdict_tables import table_params

from openrs_rewards import verify
from openrs_rewards.verifiers.value_at_place import Place, gold_places, stated_places

_CASES = {
    "a value and its place in one sentence": [
        (
            "Completing the square, $g(x) = -(x-2)^2 + 7$, so the maximum value is $7$, attained at $x = 2$.",
            "\\text{max } 7 \\text{ at } x = 2",
            True,
        ),
        (
            "Completing the square, $g(x) = -(x-2)^2 + 7$, so the maximum value is $2$, attained at $x = 7$.",
            "\\text{max } 7 \\text{ at } x = 2",
            False,
        ),
        ("So $h$ reaches its least value, $-5$, when $t = 3$.", "\\text{min } -5 \\text{ at } t = 3", True),
        ("So $h$ reaches its least value, $-5$, when $t = -3$.", "\\text{min } -5 \\text{ at } t = 3", False),
        ("The minimum occurs at $x = 6$ and its value is $0$.", "0 \\text{ at } x = 6", True),
        ("The minimum occurs at $x = 0$ and its value is $6$.", "0 \\text{ at } x = 6", False),
        (
            "The maximum is approximately 1.443 (exactly $e^{1/e}$), reached at $x = e$.",
            "e^{1/e} \\text{ at } x = e",
            True,
        ),
    ],
    "labels, bold and boxes": [
        ("$p'(x) = 0$ at $x = 5$.\n\n**Max 9 at x = 5**", "\\text{maximum } 9 \\text{ at } x = 5", True),
        ("$p'(x) = 0$ at $x = 5$.\n\n**Max 9 at x = -5**", "\\text{maximum } 9 \\text{ at } x = 5", False),
        ("Maximum value: $\\boxed{9}$, occurring at $x = 5$.", "\\text{maximum } 9 \\text{ at } x = 5", True),
        ("$$\\boxed{q_{\\min} = 3 \\text{ at } x = -2}$$", "\\text{min } 3 \\text{ at } x = -2", True),
        ("$$\\boxed{q_{\\min} = 3 \\text{ at } x = 2}$$", "\\text{min } 3 \\text{ at } x = -2", False),
        ("**Minimum value:** 3  \n**Attained at:** $x = -2$", "\\text{min } 3 \\text{ at } x = -2", True),
    ],
    "the value alone, or the place alone, answers half": [
        (
            "The vertex value is $c - \\frac{b^2}{4a} = 9$.\n\n$\\boxed{9}$",
            "\\text{max } 9 \\text{ at } x = 5",
            False,
        ),
        (
            "Setting the derivative to zero, the function is maximized at $x = 5$.",
            "\\text{max } 9 \\text{ at } x = 5",
            False,
        ),
        (
            "The largest value the objective takes on the region is $\\boxed{30}$.",
            "30 \\text{ at } (6, 2)",
            False,
        ),
    ],
    "a point, and the function's value at the place": [
        (
            "At the corners: $(0,0) \\to 0$, $(6,2) \\to 30$, $(5,4) \\to 28$.\n\nMaximum $P = 30$ at $(6, 2)$.",
            "30 \\text{ at } (6, 2)",
            True,
        ),
        (
            "At the corners: $(0,0) \\to 0$, $(6,2) \\to 30$, $(5,4) \\to 28$.\n\nMaximum $P = 28$ at $(5, 4)$.",
            "30 \\text{ at } (6, 2)",
            False,
        ),
        (
            "The parabola opens downward, so the maximum point is $(5, 9)$.",
            "\\text{max } 9 \\text{ at } x = 5",
            True,
        ),
        (
            "The parabola opens downward, so the maximum point is $(9, 5)$.",
            "\\text{max } 9 \\text{ at } x = 5",
            False,
        ),
        (
            "Absolute max: $f(4) = 10$. Absolute min: $f(0) = -6$.",
            "\\text{max } 10 \\text{ at } x = 4, \\text{ min } -6 \\text{ at } x = 0",
            True,
        ),
    ],
    "a maximum and a minimum, each with its own place": [
        (
            "On $[0, 4]$: $f(0) = -6$, $f(2) = 1$, $f(4) = 10$.\n\nAbsolute minimum $-6$ at $x = 0$; absolute maximum "
            "$10$ at $x = 4$.",
            "\\text{max } 10 \\text{ at } x = 4, \\text{ min } -6 \\text{ at } x = 0",
            True,
        ),
        (
            "On $[0, 4]$: $f(0) = -6$, $f(2) = 1$, $f(4) = 10$.\n\nMax $10$ at $x = 4$, min $-6$ at $x = 2$.",
            "\\text{max } 10 \\text{ at } x = 4, \\text{ min } -6 \\text{ at } x = 0",
            False,
        ),
        (
            "$f''(-2) < 0$ and $f''(2) > 0$.\n\nLocal max at $x = -2$ (value $16$), local min at $x = 2$ (value $-16$).",
            "\\text{local max at } x = -2, \\text{ local min at } x = 2",
            True,
        ),
        (
            "$f''(-2) < 0$ and $f''(2) > 0$.\n\nLocal maximum at $x = 2$, local minimum at $x = -2$.",
            "\\text{local max at } x = -2, \\text{ local min at } x = 2",
            False,
        ),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CASES))
def test_the_value_and_its_place(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_a_gold_with_a_place_is_read_as_its_pieces() -> None:
    assert gold_places("\\text{max } 7 \\text{ at } x = 2") == (Place("max", "7", "x", "2"),)
    assert gold_places("30 \\text{ at } (6, 2)") == (Place(None, "30", None, "(6, 2)"),)
    assert gold_places("\\text{local max at } x=-2, \\text{ local min at } x=2") == (
        Place("max", None, "x", "-2"),
        Place("min", None, "x", "2"),
    )


@pytest.mark.parametrize(
    "gold",
    ["2 \\text{ atm}", "\\text{at least } 3", "\\text{vertex at } (1, 4)", "\\text{maximum value } 8", "12"],
)
def test_a_gold_without_a_place_is_not_read_so(gold: str) -> None:
    # (a unit, a bound, a point named by no extremum, a label alone: compared as before)
    assert gold_places(gold) is None


def test_a_value_without_a_place_is_still_the_answer_to_a_gold_without_one() -> None:
    assert verify("So the maximum value is $7$, attained at $x = 2$.", "7").correct
    assert stated_places("The answer is $\\boxed{7}$.") == []


_STATEMENTS = (
    "The maximum value is ${v}$, attained at $x = {p}$.",
    "**Max {v} at x = {p}**",
    "So $f$ attains its greatest value, ${v}$, when $x = {p}$.",
    "The maximum occurs at $x = {p}$ and its value is ${v}$.",
    "Maximum value: $\\boxed{{{v}}}$, occurring at $x = {p}$.",
)


@given(
    value=st.integers(-40, 40),
    place=st.integers(-40, 40),
    statement=st.sampled_from(_STATEMENTS),
    read=st.sampled_from(["right", "swapped", "other place", "value alone"]),
)
def test_each_statement_is_graded_by_both_its_value_and_its_place(
    value: int, place: int, statement: str, read: str
) -> None:
    gold = f"\\text{{max }} {value} \\text{{ at }} x = {place}"
    if read == "value alone":
        completion = f"The vertex gives the largest value.\n\n$\\boxed{{{value}}}$"
    else:
        stated = {"right": (value, place), "swapped": (place, value), "other place": (value, place + 1)}[read]
        completion = "We complete the square.\n\n" + statement.format(v=stated[0], p=stated[1])
    expected = read == "right" or (read == "swapped" and value == place)
    assert verify(completion, gold).correct is expected


@pytest.mark.parametrize(
    ("ending", "correct"),
    [
        ("The function has its maximum at $x = 2$ with value $7$.", True),
        ("The function has its maximum at $x = 7$ with value $2$.", False),
        ("On $[0, 3]$, $g$ reaches its largest value, $7$, at the left endpoint $x = 2$.", True),
        ("The largest possible value is 7, and it happens exactly when x = 2.", True),
        ("The largest possible value is 7, and it happens exactly when x = 3.", False),
    ],
)
def test_more_ways_of_stating_the_place(ending: str, correct: bool) -> None:
    assert (
        verify(f"We complete the square.\n\n{ending}", "\\text{max } 7 \\text{ at } x = 2").correct is correct
    )


def test_a_point_by_its_coordinates() -> None:
    gold = "30 \\text{ at } (6, 2)"
    assert verify("Hence $P_{\\max} = 30$, when $x = 6$ and $y = 2$.", gold).correct
    assert not verify("Hence $P_{\\max} = 30$, when $x = 2$ and $y = 6$.", gold).correct
