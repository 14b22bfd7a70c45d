"""General solutions compared as sets of residues (``verifiers.periodic``) and through ``verify``: families that
interleave, a sign that alternates, degrees against radians; and what is no general solution stays a formula."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.periodic import periodic_equal


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        (
            "\\frac{\\pi}{4}+2k\\pi, \\frac{5\\pi}{4}+2k\\pi",
            "\\frac{\\pi}{4}+k\\pi",
            True,
        ),  # two that interleave
        ("\\frac{\\pi}{4}+2k\\pi", "\\frac{\\pi}{4}+k\\pi", False),  # half of them
        (
            "(-1)^k\\frac{\\pi}{6}+k\\pi",
            "\\frac{\\pi}{6}+2k\\pi, \\frac{5\\pi}{6}+2k\\pi",
            True,
        ),  # alternating
        ("(-1)^k\\frac{\\pi}{6}+k\\pi", "\\frac{\\pi}{6}+2k\\pi, \\frac{7\\pi}{6}+2k\\pi", False),
        ("\\pm\\frac{\\pi}{3}+2k\\pi", "\\frac{\\pi}{3}+2k\\pi, \\frac{5\\pi}{3}+2k\\pi", True),
        ("\\frac{k\\pi}{2}", "k\\pi, \\frac{\\pi}{2}+k\\pi", True),
        ("\\frac{k\\pi}{3}", "k\\pi, \\frac{\\pi}{2}+k\\pi", False),
        ("\\frac{7\\pi}{6}+n\\pi", "\\frac{\\pi}{6}+n\\pi", True),  # written from another member
        ("x+k\\pi", "\\frac{\\pi}{6}+k\\pi", None),  # another variable: no family
        ("\\frac{\\pi}{6}", "\\frac{\\pi}{6}+k\\pi", None),  # one value
        # an interval of families is ordered, no set: its ends are not compared as residues (probe 150)
        (
            "[k\\pi-\\frac{\\pi}{3}, k\\pi+\\frac{\\pi}{6}]",
            "(k\\pi+\\frac{\\pi}{6}, k\\pi+\\frac{2\\pi}{3})",
            None,
        ),
    ],
)
def test_families_compare_as_sets_of_residues(predicted: str, gold: str, equal: bool | None) -> None:
    assert periodic_equal(normalize_answer(predicted), normalize_answer(gold)) is equal


def test_a_side_in_degrees_is_compared_in_radians() -> None:
    assert periodic_equal("90+180k", "\\frac{\\pi}{2}+k\\pi", a_in_degrees=True) is True
    assert periodic_equal("90+360k", "\\frac{\\pi}{2}+k\\pi", a_in_degrees=True) is False
    # read as radians, the periods 180 and π have no common multiple: not decided here
    assert periodic_equal("90+180k", "\\frac{\\pi}{2}+k\\pi") is None


@given(
    st.integers(1, 11),  # the first solution, in twelfths of π
    st.sampled_from([1, 2, 3, 4, 6]),  # the period, in twelfths of π times 6
    st.integers(2, 3),  # how many families the period is split into
)
def test_a_family_split_into_interleaving_families_is_the_same_set(
    start: int, period: int, parts: int
) -> None:
    step = period * 6  # twelfths of π
    whole = f"\\frac{{{start}\\pi}}{{12}}+\\frac{{{step}k\\pi}}{{12}}"
    split = ", ".join(
        f"\\frac{{{start + index * step}\\pi}}{{12}}+\\frac{{{parts * step}k\\pi}}{{12}}"
        for index in range(parts)
    )
    missing = ", ".join(
        f"\\frac{{{start + index * step}\\pi}}{{12}}+\\frac{{{parts * step}k\\pi}}{{12}}"
        for index in range(parts - 1)
    )
    assert periodic_equal(normalize_answer(split), normalize_answer(whole)) is True
    assert periodic_equal(normalize_answer(missing), normalize_answer(whole)) is False


_INCREASING = "$\\left(k \\pi+\\frac{\\pi}{6}, k \\pi+\\frac{2 \\pi}{3}\\right), k \\in \\mathbb{Z}$"


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        (
            "The final answer is $x=\\frac{\\pi}{4}+2k\\pi \\text{ or } x=\\frac{5\\pi}{4}+2k\\pi$.",
            "x=\\frac{\\pi}{4}+k\\pi",
            True,
        ),
        (
            "The final answer is $x=(-1)^k\\frac{\\pi}{6}+k\\pi$.",
            "x=\\frac{\\pi}{6}+2k\\pi \\text{ or } x=\\frac{5\\pi}{6}+2k\\pi",
            True,
        ),
        ("The answer is $\\boxed{x=\\frac{\\pi}{2}+k\\pi}$.", "x=90^\\circ+180^\\circ k", True),
        ("\\boxed{x=\\frac{\\pi}{4}+2k\\pi}", "x=45^\\circ+180^\\circ k", False),
        (
            "\\boxed{\\frac{\\pi}{3}+2k\\pi, \\frac{4\\pi}{3}+2k\\pi}",
            "\\frac{\\pi}{3}+k\\pi, k\\in\\mathbb{Z}",
            True,
        ),
        (
            "\\boxed{\\frac{\\pi}{3}+2k\\pi, \\frac{5\\pi}{3}+2k\\pi}",
            "\\frac{\\pi}{3}+k\\pi, k\\in\\mathbb{Z}",
            False,
        ),
        # a formula in n is no family: the sum of a polygon's angles is not shifted into another formula
        ("The answer is $\\boxed{n\\pi}$.", "(n-2)\\pi", False),
        ("\\boxed{(n+3)\\pi}", "(n+1)\\pi", False),
        ("\\boxed{x=\\frac{7\\pi}{6}+n\\pi}", "x=\\frac{\\pi}{6}+n\\pi", True),
        # the families written in spans of their own with the parameter declared after them: all of them
        (
            "The answer is $x=\\frac{\\pi}{4}+k\\pi$ or $x=\\frac{3\\pi}{4}+k\\pi$ ($k\\in\\mathbb{Z}$).",
            "x=\\frac{\\pi}{4}+\\frac{k\\pi}{2}, k\\in\\mathbb{Z}",
            True,
        ),
        (
            "Final answer: $x=120^\\circ+360^\\circ k$ or $x=240^\\circ+360^\\circ k$ $(k\\in\\mathbb{Z})$",
            "x=\\pm\\frac{2\\pi}{3}+2k\\pi, k\\in\\mathbb{Z}",
            True,
        ),
        (
            "The answer is $x=\\frac{\\pi}{4}+k\\pi$ or $x=\\frac{3\\pi}{4}+k\\pi$ ($k\\in\\mathbb{Z}$).",
            "x=\\frac{\\pi}{4}+k\\pi",
            False,
        ),
        # intervals of families (where a function increases): the same intervals, shifted by whole periods or with
        # another parameter's name; not the intervals between them (whose ends are the same residues)
        ("$\\boxed{[k\\pi-\\frac{\\pi}{3}, k\\pi+\\frac{\\pi}{6}]}$", _INCREASING, False),
        ("$\\boxed{(k\\pi-\\frac{5\\pi}{6}, k\\pi-\\frac{\\pi}{3})}$", _INCREASING, True),
        ("$\\boxed{(n\\pi+\\frac{\\pi}{6}, n\\pi+\\frac{2\\pi}{3})}$", _INCREASING, True),
        ("$\\boxed{(k\\pi+\\frac{2\\pi}{3}, k\\pi+\\frac{\\pi}{6})}$", _INCREASING, False),
    ],
)
def test_general_solutions_through_verify(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct
