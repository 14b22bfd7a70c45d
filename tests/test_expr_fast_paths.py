"""The evaluator's shortcuts on mpmath's raw numbers decide exactly as the plain formulas they stand for.

``_Evaluation.checked`` (cap and scale), ``_Evaluation.nonzero`` (noise floor) and ``_compare_at_point`` (equal,
different or "check") read binary exponents instead of building moduli; each is compared here with the formula it
replaces, on values spread over the magnitudes and near the thresholds where a shortcut could go wrong.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.verifiers import expr

# Powers of two around every threshold: the cap (2^49.8) and the tolerances (2^-26.6, 2^-66.4, 2^-99.7).
_EXPONENTS = st.integers(min_value=-130, max_value=60)
_MANTISSAS = st.floats(min_value=-1.0, max_value=1.0, allow_nan=False)


def _real(mantissa: float, exponent: int, digits: int) -> Any:
    context = expr._context(digits)
    # a tail below the float's bits: values with the full working precision, not only 53 bits
    return context.mpf(mantissa) * context.mpf(2) ** exponent * (1 + context.mpf(2) ** -120)


@st.composite
def _values(draw: Any, digits: int = expr.WORKING_DIGITS) -> Any:
    context = expr._context(digits)
    real = _real(draw(_MANTISSAS), draw(_EXPONENTS), digits)
    kind = draw(st.sampled_from(["real", "complex", "imaginary", "tie", "zero"]))
    if kind == "real":
        return real
    if kind == "zero":
        return context.mpf(0)
    if kind == "tie":  # |re| == |im|: max() keeps the real part
        return context.mpc(real, -real)
    imaginary = _real(draw(_MANTISSAS), draw(_EXPONENTS), digits)
    return context.mpc(0, imaginary) if kind == "imaginary" else context.mpc(real, imaginary)


def _scale(exponent: int, mantissa: float = 1.0) -> Any:
    return expr._context().mpf(2) ** exponent * (mantissa + expr._context().mpf(2) ** -100)


def _plain_checked(evaluation: expr._Evaluation, value: Any) -> None:
    context = evaluation.mp
    if context.isnan(value) or context.isinf(value):
        raise expr._Undecided("not finite")
    magnitude = max(abs(value.real), abs(value.imag)) if isinstance(value, context.mpc) else abs(value)
    if magnitude > context.mpf(expr.MAX_MAGNITUDE):
        raise expr._Undecided("magnitude over the cap")
    if magnitude > evaluation.scale:
        evaluation.scale = magnitude


def _outcome(check: Any, evaluation: expr._Evaluation, value: Any) -> Any:
    try:
        check(evaluation, value)
    except expr._Undecided:
        return "undecided"
    return evaluation.scale


@settings(max_examples=400, deadline=None)
@given(
    st.data(),
    st.integers(min_value=0, max_value=55),
    st.sampled_from([expr.WORKING_DIGITS, expr.CHECK_DIGITS]),
)
def test_checked_is_the_plain_cap_and_scale(data: Any, scale_exponent: int, digits: int) -> None:
    value = data.draw(_values(digits))
    fast, plain = (expr._Evaluation(expr._precision(digits), {}) for _ in range(2))
    fast.scale = plain.scale = expr._context(digits).mpf(2) ** scale_exponent
    assert _outcome(expr._Evaluation.checked, fast, value) == _outcome(_plain_checked, plain, value)


@pytest.mark.parametrize("special", ["inf", "-inf", "nan"])
def test_checked_refuses_what_is_not_finite(special: str) -> None:
    context = expr._context()
    for value in (context.mpf(special), context.mpc(1, special), context.mpc(special, 0)):
        with pytest.raises(expr._Undecided):
            expr._Evaluation(expr._precision(), {}).checked(value)


def test_checked_at_the_cap() -> None:
    context = expr._context()
    cap = context.mpf(expr.MAX_MAGNITUDE)
    for value in (
        cap,
        -cap,
        context.mpc(cap, cap),
        cap * (1 + context.mpf(2) ** -150),
        context.mpc(0, cap + 1),
    ):
        fast, plain = expr._Evaluation(expr._precision(), {}), expr._Evaluation(expr._precision(), {})
        assert _outcome(expr._Evaluation.checked, fast, value) == _outcome(_plain_checked, plain, value)


@settings(max_examples=800, deadline=None)
@given(
    _values(),
    st.integers(min_value=0, max_value=55),
    st.floats(min_value=1.0, max_value=1.999),
    st.one_of(st.integers(-102, -95), st.integers(-120, 0)),
)
def test_nonzero_is_the_plain_noise_floor(
    value: Any, scale_exponent: int, scale_mantissa: float, offset: int
) -> None:
    evaluation = expr._Evaluation(expr._precision(), {})
    evaluation.scale = _scale(scale_exponent, scale_mantissa)
    top = expr._top_bit(value) or 0
    value = value * expr._context().mpf(2) ** (scale_exponent + offset - top)  # 2^offset of the scale, about
    plain = abs(value) <= expr.NOISE_FLOOR * evaluation.scale
    try:
        evaluation.nonzero(value)
        refused = False
    except expr._Undecided:
        refused = True
    assert refused == plain


def _plain_compare(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool | str:
    difference = abs(a[0] - b[0])
    magnitude = max(abs(a[0]), abs(b[0]))
    if difference <= expr.RELATIVE_EQUAL_TOLERANCE * magnitude:
        # (a difference far above the working precision's rounding is checked finer, however small relatively)
        return True if difference <= expr.RESOLVED_DIFFERENCE * magnitude else "check"
    if difference > expr.DIFFERENT_TOLERANCE * magnitude and difference > expr.SIGNAL_FLOOR * max(a[1], b[1]):
        return False
    return "check"


# Relative differences and scales around DIFFERENT_TOLERANCE (2^-26.6) and SIGNAL_FLOOR (2^-66.4), and anywhere.
_RELATIVE = st.one_of(st.integers(-31, -22), st.integers(-140, 4))
_SCALE_OVER_DIFFERENCE = st.one_of(st.integers(61, 72), st.integers(0, 90))


@settings(max_examples=1500, deadline=None)
@given(
    _values(),
    _values(),
    _RELATIVE,
    st.floats(min_value=0.5, max_value=1.0),
    st.sampled_from(["relative", "other", "same"]),
    _SCALE_OVER_DIFFERENCE,
)
def test_compare_at_point_is_the_plain_comparison(
    value: Any, other: Any, exponent: int, factor: float, how: str, scale_over_difference: int
) -> None:
    context = expr._context()
    if how == "relative":  # a difference of factor * 2^exponent relative to the value: around every tolerance
        relative = factor * context.mpf(2) ** exponent
        other = value * (1 + relative) if value else relative
    elif how == "same":
        other = value
    # the larger scale about 2^scale_over_difference times the difference (at least 1, as an evaluation's scale is)
    scale = max(context.mpf(1), abs(value - other) * _scale(scale_over_difference))
    a = (value, scale)
    b = (other, scale / 3)
    assert expr._compare_at_point(a, b) == _plain_compare(a, b)


def test_compare_at_point_with_mpmath_constants() -> None:
    context = expr._context()
    for value in (context.pi, context.e, context.mpf(3), context.mpf(3.14159)):
        for other in (context.pi, context.e, context.mpf(3)):
            a, b = (value, context.mpf(1)), (other, context.mpf(1))
            assert expr._compare_at_point(a, b) == _plain_compare(a, b)


def test_compare_at_point_at_the_edges_of_the_exponent_bounds() -> None:
    """Differences just under the tolerances that the binary exponents alone would misjudge with less margin: a
    real difference at the bottom of its power of two against complex values at the top of theirs (a modulus sqrt(2)
    over its larger part), and against a scale at the top of its power of two."""
    context = expr._context()
    top = 2 - context.mpf(2) ** -40  # just under 2: the top of a power of two
    value = context.mpc(top * 2**10, top * 2**10)
    for bits in range(-28, -22):  # around DIFFERENT_TOLERANCE = 2^-26.6 of the magnitude
        difference = context.mpf(2) ** (11 + bits - 1) * (1 + context.mpf(2) ** -60)
        a, b = (value, context.mpf(1)), (value - difference, context.mpf(1))
        assert expr._compare_at_point(a, b) == _plain_compare(a, b)
    for bits in range(-68, -62):  # around SIGNAL_FLOOR = 2^-66.4 of the scale
        difference = context.mpf(2) ** (bits - 1) * (1 + context.mpf(2) ** -60)
        tiny = context.mpf(2) ** (bits - 40)
        a, b = (tiny, top), (tiny + difference, top)
        assert expr._compare_at_point(a, b) == _plain_compare(a, b)
