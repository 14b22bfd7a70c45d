"""Sets of numbers stated in words against a gold that writes the set in symbols (an interval, a union, a relation,
\\emptyset, "all real numbers", a list of integers): each reading has a twin that names another set (an end off by
one, open for closed, an exception missing) or doubts it, and must not be paid."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.sets_in_words import gold_set, set_stated_in_words

_CASES = [
    # rays and their unions
    ("We need $3 - x > 0$.\n\nFinal answer: every real number smaller than 3.", "(-\\infty, 3)", True),
    ("We need $3 - x > 0$.\n\nFinal answer: every real number no more than 3.", "(-\\infty, 3)", False),
    ("Thus $t$ must be no less than $-7$.", "[-7, \\infty)", True),
    ("Thus $t$ must be more than $-7$.", "[-7, \\infty)", False),
    ("So $z$ is either below $-6$ or above $1$.", "(-\\infty,-6)\\cup(1,\\infty)", True),
    ("So $z$ is either below $-6$ or at least $1$.", "(-\\infty,-6)\\cup(1,\\infty)", False),
    ("Hence $w$ is at most $-1$ or at least $9$.", "(-\\infty,-1]\\cup[9,\\infty)", True),
    ("Hence $w$ is at most $-1$ or at least $8$.", "(-\\infty,-1]\\cup[9,\\infty)", False),
    # bounded intervals, the ends said
    ("Solving the two cases gives every $y$ between $-3$ and $8$, inclusive.", "[-3, 8]", True),
    ("Solving the two cases gives every $y$ between $-3$ and $8$, exclusive.", "[-3, 8]", False),
    ("Solving the two cases gives every $y$ between $-3$ and $8$.", "[-3, 8]", False),
    ("The sign chart settles it: $y$ goes from $-5$ inclusive up to but not including $7$.", "[-5, 7)", True),
    (
        "The sign chart settles it: $y$ goes from $-5$ inclusive up to but not including $7$.",
        "[-5, 7]",
        False,
    ),
    ("The answer set: all $s$ greater than 2 and at most 9.", "(2, 9]", True),
    ("The answer set: all $s$ at least 2 and less than 9.", "(2, 9]", False),
    ("By the sign chart the quotient is negative on the open interval from 3 to 10.", "(3, 10)", True),
    ("By the sign chart the quotient is negative on the closed interval from 3 to 10.", "(3, 10)", False),
    # all the reals, some points taken out
    (
        "The log needs $x \\ge 3$ and the fraction $x \\ne 7$.\n\nAnswer: all real numbers at least 3 except 7.",
        "[3,7)\\cup(7,\\infty)",
        True,
    ),
    (
        "The log needs $x \\ge 3$ and the fraction $x \\ne 7$.\n\nAnswer: all real numbers at least 3.",
        "[3,7)\\cup(7,\\infty)",
        False,
    ),
    (
        "**Final Answer:** every real number other than $2$ and $-3$.",
        "(-\\infty,-3)\\cup(-3,2)\\cup(2,\\infty)",
        True,
    ),
    (
        "**Final Answer:** every real number other than $2$.",
        "(-\\infty,-3)\\cup(-3,2)\\cup(2,\\infty)",
        False,
    ),
    ("Since the square is positive, the inequality holds for any real number.", "(-\\infty, \\infty)", True),
    ("Since $(x-4)^2 + 1 > 0$, $x$ can be any real number.", "\\mathbb{R}", True),
    ("Maybe $x$ can be any real number.", "\\mathbb{R}", False),
    # nothing
    (
        "Since the left side is at least 1 for every real $x$, no real value works.",
        "\\text{no solution}",
        True,
    ),
    ("So the equation $3^x = -9$ has no real solutions.", "\\emptyset", True),
    ("So the equation $3^x = -9$ has no real solutions, except possibly $x = 2$.", "\\emptyset", False),
    # integers
    ("From $n = 5$ and the step, it holds for every positive integer from 5 onward.", "n \\geq 5", True),
    ("From $n = 5$ and the step, it holds for every positive integer from 6 onward.", "n \\geq 5", False),
    ("So the answer is every integer $m$ that is at least 7.", "m \\geq 7", True),
    ("So the answer is every integer $m$ greater than 7.", "m \\geq 7", False),
    ("So the answer is every integer $m$ greater than 6.", "m \\geq 7", True),
    (
        "The two agree exactly when the input has no fractional part, that is $t$ must be an integer.",
        "t \\in \\mathbb{Z}",
        True,
    ),
    ("So the answer is the integers from 2 to 6 inclusive.", "\\{2, 3, 4, 5, 6\\}", True),
    ("So the answer is the integers from 2 to 6 inclusive.", "\\{2, 3, 4, 5\\}", False),
    ("These are exactly the positive even integers.", "\\{2, 4, 6, 8, \\dots\\}", True),
    ("These are exactly the positive odd integers.", "\\{2, 4, 6, 8, \\dots\\}", False),
    ("It holds for each natural number $k \\ge 1$.", "\\text{all positive integers}", True),
    ("It holds for each natural number $k \\ge 2$.", "\\text{all positive integers}", False),
    # a union of separate rays, an answer line without a stop (a sentence without one may be cut short)
    ("So $v$ is at least 6 or at most 1.", "(-\\infty,1]\\cup[6, \\infty)", True),
    ("The logarithm needs a positive argument.\n\nDomain: u > 4", "(4, \\infty)", True),
    ("The logarithm needs a positive argument.\n\nSo u is greater than 4", "(4, \\infty)", False),
    # another quantity than the number itself, a boxed answer that says otherwise
    ("So $k$ has absolute value greater than 3.", "(3, \\infty)", False),
    ("The answer is $\\boxed{(1, 5)}$.\n\nSo $x$ is greater than 1 and at most 5.", "(1, 5]", False),
]


@pytest.mark.parametrize(("completion", "gold", "expected"), _CASES)
def test_sets_stated_in_words(completion: str, gold: str, expected: bool) -> None:
    assert (verify(completion, gold).status == "correct") is expected


def test_a_box_of_words_is_read_alone() -> None:
    assert (
        verify("It holds on that ray.\n\n$$\\boxed{\\text{all } y \\geq 4}$$", "[4,\\infty)").status
        == "correct"
    )
    assert (
        verify("It holds on that ray.\n\n$$\\boxed{\\text{all } y > 4}$$", "[4,\\infty)").status != "correct"
    )


_BOUNDS = st.integers(min_value=-30, max_value=30)


@given(_BOUNDS, _BOUNDS, st.booleans(), st.booleans())
def test_an_interval_said_in_words_is_the_interval_written(
    low: int, high: int, low_in: bool, high_in: bool
) -> None:
    """Every way the ends of "from a to b" are said reads as the interval with those ends, and no other."""
    if low >= high:
        return
    low_words = "inclusive" if low_in else "exclusive"
    high_words = "inclusive" if high_in else "exclusive"
    said = set_stated_in_words(f"So $x$ runs from ${low}$ {low_words} to ${high}$ {high_words}.")
    written = ("[" if low_in else "(") + f"{low},{high}" + ("]" if high_in else ")")
    assert said is not None and said.same_as(gold_set(written)) is True
    flipped = ("(" if low_in else "[") + f"{low},{high}" + ("]" if high_in else ")")
    assert said.same_as(gold_set(flipped)) is False


@given(_BOUNDS, st.sampled_from(["at least", "greater than", "at most", "less than"]))
def test_a_ray_of_integers_is_its_relation(bound: int, words: str) -> None:
    """A ray of integers said with a strict bound is the relation with the next integer, and not with the bound."""
    said = set_stated_in_words(f"It holds for every integer $n$ {words} {bound}.")
    assert said is not None
    symbol = "\\geq" if words in ("at least", "greater than") else "\\leq"
    step = {"at least": 0, "greater than": 1, "at most": 0, "less than": -1}[words]
    assert said.same_as(gold_set(f"n {symbol} {bound + step}", "integer")) is True
    beyond = bound + step + (1 if symbol == "\\geq" else -1)
    assert said.same_as(gold_set(f"n {symbol} {beyond}", "integer")) is False


def test_fractions_of_the_ends_are_kept() -> None:
    said = set_stated_in_words("So $x$ is at least $\\frac{3}{2}$.")
    assert said is not None and said.pieces[0].low == Fraction(3, 2)


def test_two_answers_offered_or_another_kind_of_number_read_as_nothing() -> None:
    assert set_stated_in_words("So $v$ is at least 6 or greater than 6.") is None
    assert set_stated_in_words("Over the integers only, $v$ is at least 6.") is None
    assert set_stated_in_words("I'll say $v$ is at least 6.") is None


def test_a_kind_of_number_alone_states_no_set() -> None:
    assert set_stated_in_words("\\text{integer}") is None
    assert set_stated_in_words("So the range is the set of positive real numbers.") is not None


def test_an_answer_marked_before_the_final_sentence_is_not_read_past() -> None:
    said_after = "So $x$ is greater than 2 and at most 5."
    assert verify("The answer is $(2, 5)$.\n\n" + said_after, "(2, 5]").status != "correct"
    assert verify("The sign chart ends it.\n\n" + said_after, "(2, 5]").status == "correct"
