"""The symbolic stage's number comparison, on its own (in-process: trusted input, no deadline needed)."""

from __future__ import annotations

import pytest

sympy = pytest.importorskip("sympy")  # a core dependency: the skip can only fire on a broken install

from openrs_rewards.verifiers.symbolic import RELATIVE_TOLERANCE, _numbers_close  # noqa: E402


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        (sympy.oo, sympy.Integer(5), False),  # an infinite value is never close to a finite one
        (sympy.Integer(5), sympy.oo, False),
        (sympy.oo, sympy.oo, False),  # nor to itself: infinities are compared structurally, not numerically
        (sympy.nan, sympy.nan, False),
        (sympy.pi, sympy.Rational(314159, 10**5), False),  # 1e-6 off relative (rounding is decided elsewhere)
        (sympy.sqrt(2) / 2, 1 / sympy.sqrt(2), True),
        (sympy.Rational(1, 2**99), sympy.Rational(1, 2**98), False),  # no absolute tolerance
    ],
)
def test_numbers_close(a: object, b: object, close: bool) -> None:
    assert _numbers_close(a, b) is close


def test_the_relative_tolerance_is_tight() -> None:
    assert RELATIVE_TOLERANCE == 1e-12
    assert _numbers_close(sympy.Integer(10**12), sympy.Integer(10**12 + 1)) is True  # 1e-12 relative
    assert _numbers_close(sympy.Integer(10**11), sympy.Integer(10**11 + 1)) is False  # 1e-11 relative


def test_derivatives_of_different_orders_are_never_equal() -> None:
    """latex2sympy reads a prime as nothing, so without this check sympy calls x'' + x = 0 and x' + x = 0 equal."""
    from openrs_rewards.verifiers.symbolic import derivative_orders, symbolic_compare

    assert symbolic_compare("x''+x=0", "x'+x=0").equal is False
    assert symbolic_compare("\\ddot{x}+x=0", "\\dot{x}+x=0").equal is False
    assert symbolic_compare("x'+x=0", "\\frac{dx}{dt}+x=0").equal is True  # the same order, spelled two ways
    assert derivative_orders("y^{\\prime\\prime}") == derivative_orders("\\frac{d^{2}y}{dx^{2}}") == {2}
