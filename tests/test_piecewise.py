"""Piecewise answers compared as functions of their one variable (``verifiers.piecewise``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.piecewise import piecewise_equal

ABS = "\\begin{cases} x & x \\ge 0 \\\\ -x & x < 0 \\end{cases}"


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        (ABS, "|x|", True),  # the definition of |x|
        ("f(x)=" + ABS, "f(x)=|x|", True),
        ("\\begin{cases} -x & x \\ge 0 \\\\ x & x < 0 \\end{cases}", "|x|", False),
        ("\\begin{cases} x-1 & x\\ge 1 \\\\ 1-x & x<1 \\end{cases}", "|x-1|", True),
        ("\\begin{cases} x-1 & x\\ge 0 \\\\ 1-x & x<0 \\end{cases}", "|x-1|", False),  # (the wrong boundary)
        # a boundary moved where both branches agree: one function
        (
            "\\begin{cases} x^2 & x > 0 \\\\ -x & x \\le 0 \\end{cases}",
            "\\begin{cases} x^2 & x \\geq 0 \\\\ -x & x < 0 \\end{cases}",
            True,
        ),
        (
            "\\begin{cases} x^2 & x > 1 \\\\ -x & x \\le 1 \\end{cases}",
            "\\begin{cases} x^2 & x \\geq 1 \\\\ -x & x < 1 \\end{cases}",
            False,  # (x = 1: 1 against -1)
        ),
        # branches in another order, "otherwise" for the rest
        (
            "\\begin{cases} 1+x & x\\ge 0 \\\\ e^{x} & \\text{otherwise} \\end{cases}",
            "\\begin{cases} e^x & x< 0 \\\\ 1+x & x\\geq 0 \\end{cases}",
            True,
        ),
        # parity of a whole number's name, against a closed form
        (
            "\\frac{1-(-1)^n}{2}",
            "\\begin{cases} 1 & n \\text{ odd} \\\\ 0 & n \\text{ even} \\end{cases}",
            True,
        ),
        (
            "\\frac{1+(-1)^n}{2}",
            "\\begin{cases} 1 & n \\text{ odd} \\\\ 0 & n \\text{ even} \\end{cases}",
            False,
        ),
    ],
)
def test_piecewise_answers_are_functions(predicted: str, gold: str, equal: bool) -> None:
    assert verify(f"\\boxed{{{predicted}}}", gold).correct is equal


def test_what_is_not_read_is_left_undecided() -> None:
    # two variables, a condition that is no interval, and no piecewise side at all
    assert piecewise_equal(normalize_answer("\\begin{cases} x & y>0 \\\\ 0 & x<0 \\end{cases}"), "x") is None
    assert (
        piecewise_equal(
            normalize_answer("\\begin{cases} x & x \\text{ rational} \\\\ 0 & x<0 \\end{cases}"), "x"
        )
        is None
    )
    assert piecewise_equal("x+1", "1+x") is None


@settings(max_examples=40, deadline=None)
@given(
    boundary=st.integers(-5, 5),
    slopes=st.tuples(st.integers(-4, 4), st.integers(-4, 4)),
    shift=st.integers(-3, 3).filter(lambda value: value != 0),
)
def test_a_piecewise_linear_function_is_itself_in_any_order_and_not_another(
    boundary: int, slopes: tuple[int, int], shift: int
) -> None:
    """Two linear pieces that meet at the boundary: the same function with its branches swapped, its boundary moved
    to the other piece, or as |…| when it is one; and not once a piece is shifted."""
    left, right = slopes
    # pieces meeting at the boundary b: left*(x-b) below, right*(x-b) above
    low, high = f"{left}(x{-boundary:+d})", f"{right}(x{-boundary:+d})"
    written = f"\\begin{{cases}} {low} & x < {boundary} \\\\ {high} & x \\geq {boundary} \\end{{cases}}"
    swapped = f"\\begin{{cases}} {high} & x > {boundary} \\\\ {low} & x \\leq {boundary} \\end{{cases}}"
    shifted = (
        f"\\begin{{cases}} {low} & x < {boundary} \\\\ {high}{shift:+d} & x \\geq {boundary} \\end{{cases}}"
    )
    a, b, c = normalize_answer(written), normalize_answer(swapped), normalize_answer(shifted)
    assert piecewise_equal(a, b) is True
    assert piecewise_equal(a, c) is False
    if left == -right and right > 0:
        assert piecewise_equal(a, normalize_answer(f"{right}|x{-boundary:+d}|")) is True
