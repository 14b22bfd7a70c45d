"""Answers said in words after the work (a correction in a count word, a number said aloud), and the forms of answer
the fortieth session's blind probes found read wrong. Each kind of case has a twin that goes the other way (the same
text against another gold, or a near text against the same gold), so a rule that reads every such answer as right,
or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify

_BOX_THEN_RECOUNT = "Adding the colours: $3 + 4 + 7 = 14$.\n\n$$\\boxed{14}$$\n\nHmm, wait, let me recount. "

_WITHOUT_THE_PROBLEM = {
    "a recount after the box that ends on another count in words replaces the box": [
        (
            _BOX_THEN_RECOUNT
            + "Three plus four is seven, plus eight is fifteen. So the total is actually fifteen balls.",
            "14",
            False,
        ),
        (
            _BOX_THEN_RECOUNT
            + "Three plus four is seven, plus eight is fifteen. So the total is actually fifteen balls.",
            "15",
            True,
        ),
        # (the same count in words keeps the box; so does a count word that is not what the sentence ends on)
        (_BOX_THEN_RECOUNT + "So there are fourteen balls in total.", "14", True),
        (_BOX_THEN_RECOUNT + "So the two of them have fourteen.", "14", True),
        # ("one" is as often a pronoun)
        (_BOX_THEN_RECOUNT + "So this is one way to see it.", "14", True),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_WITHOUT_THE_PROBLEM))
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


_VIETA = "By Vieta's formulas the sum of the roots is 5 and their product is 6.\n\n"
_WITH_THE_PROBLEM = {
    "parts named by words, against a bare gold list, in the order the question names them": [
        (
            _VIETA + "$\\boxed{\\text{Sum} = 5,\\ \\text{Product} = 6}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            True,
        ),
        (
            _VIETA + "$\\boxed{\\text{Sum} = 6,\\ \\text{Product} = 5}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            False,
        ),
        # (in the order asked, as written)
        (
            _VIETA + "$\\boxed{\\text{Product} = 6,\\ \\text{Sum} = 5}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            True,
        ),
        (
            _VIETA + "$\\boxed{\\text{Product} = 5,\\ \\text{Sum} = 6}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            False,
        ),
        # (synonyms of the extremes: "greatest" asked before "least")
        (
            "So $\\boxed{\\min = -4,\\ \\max = 9}$.",
            "9, -4",
            "Find the greatest and the least values of $f$ on $[0, 3]$.",
            True,
        ),
        (
            "So $\\boxed{\\min = 9,\\ \\max = -4}$.",
            "9, -4",
            "Find the greatest and the least values of $f$ on $[0, 3]$.",
            False,
        ),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold, problem=problem).correct is correct
