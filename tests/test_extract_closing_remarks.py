"""What follows a final answer and states none (a note, a footnote, an emoji and an aside, a check after a line with
no stop), and restatements inside the final sentence (", or about $15,006 per year", ", which is 75%"), each with a
twin whose answer is wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.extract import without_closing_remarks


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # a note or a related case on a paragraph of its own
        (
            "April: 48. May: 24. Total: 72.\n\nSo there are 72 clips in total.\n\nNote: May had 24 clips.",
            "72",
            "24",
        ),
        (
            "5 + 7 = 12.\nTom now has 12 marbles.\n\nRelated: If he finds 3 more tomorrow, he'll have 15.",
            "12",
            "15",
        ),
        ("So the total is 40 dollars.\n\n**Side note:** the tax of 3 dollars was included.", "40", "3"),
        # a footnote's mark after the answer, and the footnote
        ("12 × 52 = 624.\n\nThe answer is 624 pages.*\n\n*Assuming 52 weeks in a year.", "624", "52"),
        # an emoji, then an aside that states another number
        ("Mark has 35 flowers. 🌸 (That's 7 more than the 28 yellow and purple ones.)", "35", "28"),
        # a check after a line that ends with no stop: the line was finished, the text went on
        ("Percent = (28/80) × 100 = 35%\nCheck: 35% of 80 = 0.35 × 80 = 28 ✓", "35\\%", "28"),
    ],
)
def test_what_follows_the_answer_and_states_none(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, completion
    assert not verify(completion, wrong).correct, completion


def test_a_note_that_gives_the_answer_is_read() -> None:
    # an explicit phrase in the note is the answer, as anywhere else
    completion = "So there are 72 clips in total.\n\nNote: the answer should be 24, since only May counts."
    assert verify(completion, "24").correct
    assert not verify(completion, "72").correct


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # a value restated approximately in another unit, with money signs that open no math
        (
            "82 × 15.25 = 1250.50.\nSo Maria's monthly pay is $1,250.50, or about $15,006 per year.",
            "1250.5",
            "15006",
        ),
        # a clause of its own after "and", not a detail of the first value
        (
            "Overtime is $27 per hour.\nHer daily pay is 144 + 54 = $198, and for 5 days it is $990.",
            "990",
            "198",
        ),
        # a whole answer restated: the value it ends on
        ("3/4 = 0.75, which is 75%.", "75\\%", "0.75\\%"),
    ],
)
def test_restatements_in_the_final_sentence(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, completion
    assert not verify(completion, wrong).correct, completion


def test_a_detail_after_the_value_is_still_a_detail() -> None:
    assert verify("He earns $75 by working 5 hours.", "75").correct
    assert verify("It costs $24 for 3 tickets.", "24").correct


@given(
    value=st.integers(10, 999),
    other=st.integers(1, 9),
    remark=st.sampled_from(
        ["Note: {o} of them were red.", "Related: with {o} more it would differ.", "Remark: {o} was a given."]
    ),
)
def test_a_remark_paragraph_never_replaces_the_answer(value: int, other: int, remark: str) -> None:
    completion = (
        f"Adding up the parts gives {value}.\n\nSo the total is {value} apples.\n\n{remark.format(o=other)}"
    )
    assert without_closing_remarks(completion).endswith(f"{value} apples.")
    assert verify(completion, str(value)).correct
    assert not verify(completion, str(other)).correct


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # the references of footnotes after the answer
        (
            "The formula[1] gives $(3+1)(2+1)(1+1) = 24$ divisors.\n\n[1] See Hardy & Wright, Theorem 273.",
            "24",
            "273",
        ),
        # a note that corrects the answer with what it forgot is no remark: its value is the answer
        (
            "3 × $4 = $12. The total cost is $12.\n\nNote: I forgot the $2 delivery fee; with it the total is $14.",
            "14",
            "12",
        ),
    ],
)
def test_footnotes_and_notes_that_correct(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct
    assert not verify(completion, wrong).correct


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # a note that names a mistake and the value the answer becomes
        (
            "2 tickets × $6 = $12.\n\n\\boxed{12}\n\nNote: I forgot the $2 fee; with it the total is $14.",
            "14",
            "12",
        ),
        (
            "So the answer is 12 dollars.\n\n*Note: I overlooked the 2-dollar booking fee. Including it, the total "
            "comes to 14 dollars.*",
            "14",
            "12",
        ),
        # a value rejected after ", and": the one kept
        ("So the only solution is x = 4, and we reject x = −2.", "4", "-2"),
        # where an extreme value is attained is a detail of the answer
        ("**Answer:** The minimum value is 4, attained at x = 2.", "4", "2"),
        # a value in a bold wrapper with its unit
        ("Area $=0.65\\times2500=\\mathbf{1625\\ \\text{cm}^2}$.", "1625", "2500"),
    ],
)
def test_corrections_rejections_and_details(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, completion
    assert not verify(completion, wrong).correct, completion


def test_a_mistake_named_without_a_new_value_leaves_no_answer() -> None:
    assert (
        verify("So the answer is 12 dollars.\n\nI think I made a mistake somewhere.", "12").status
        == "no_answer"
    )


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        ("Rechecking, 42 − 30 = 12, so Tom has 12 apples left rather than the 22 I first wrote.", "12", "22"),
        ("It takes 3 hours instead of 5.", "3", "5"),
    ],
)
def test_what_the_value_replaces_is_not_the_answer(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct
    assert not verify(completion, wrong).correct
