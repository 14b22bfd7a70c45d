"""verifiers.expr: the safe expression parser and the exact / random-point identity test."""

from __future__ import annotations

import threading
from fractions import Fraction

import mpmath
import pytest

from openrs_rewards.verifiers.expr import (
    MAX_EXPRESSION_CHARS,
    ambiguous_function_argument,
    identity_equal,
    parse_expression,
    proportional,
    writers_reading,
)
from openrs_rewards.verifiers.normalize import normalize_answer


def both_ways(a: str, b: str, **options: bool) -> bool | None:
    """identity_equal must not depend on the order of its arguments."""
    forward = identity_equal(a, b, **options)
    backward = identity_equal(b, a, **options)
    assert forward == backward, (a, b, forward, backward)
    return forward


# --- the identities the symbolic stage times out on (issue 9, category 11) and their relatives ------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("\\frac{1}{k}\\sinh(kt)", "\\frac{e^{kt}-e^{-kt}}{2k}"),
        ("\\frac{1}{5}e^{2t}", "e^{2t}/5"),
        ("\\csc^2 x", "1+\\cot^2 x"),
        ("10-2\\sqrt{5}", "-2\\sqrt{5}+10"),
        ("(x+1)^2", "x^2+2x+1"),
        ("\\frac{e^{-2t}}{15}", "\\frac{1}{15}e^{-2t}"),
        ("\\frac{1}{s}-\\frac{1}{s}e^{-sT}", "\\frac{1-e^{-sT}}{s}"),
        ("\\frac{1}{LCs^{2}+RCs+1}", "\\frac{1}{RsC+s^2LC+1}"),
        ("\\cot x", "\\frac{\\cos x}{\\sin x}"),
        ("\\sin 2x", "2\\sin x\\cos x"),
        ("\\cos(a+b)", "\\cos a\\cos b-\\sin a\\sin b"),
        ("\\tan\\theta", "\\frac{\\sin\\theta}{\\cos\\theta}"),
        ("\\cosh^{2}u-\\sinh^{2}u", "\\frac{u}{u}"),
        (
            "\\frac{s+\\sigma}{(s+\\sigma)^{2}+\\omega_{d}^{2}}",
            "\\frac{s+\\sigma}{(s+\\sigma)^2+\\omega_d^2}",
        ),
        ("\\frac{1}{3}E_{1}+\\frac{2}{3}E_{2}", "\\frac{2E_2+E_1}{3}"),
        ("x_{1}x_2", "x_2x_1"),
        ("0.5x", "\\frac{x}{2}"),
        ("e^{x}e^{y}", "e^{x+y}"),
        ("\\exp(2x)", "(e^{x})^{2}"),
        ("\\sqrt{4x}", "2\\sqrt{x}"),
        ("\\log_b(x)", "\\frac{\\ln x}{\\ln b}"),
        ("x^{\\frac{3}{2}}", "x\\sqrt{x}"),
        ("[P_{0}^{2/5}-\\frac{2}{5}gK^{-3/5}z]^{5/2}", "(P_0^{2/5}-\\frac{2gz}{5K^{3/5}})^{5/2}"),
        ("|{-3}|x", "3x"),
    ],
)
def test_identities_are_equal(a: str, b: str) -> None:
    assert both_ways(a, b) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("(x+1)^{2}", "x^{2}+2x"),
        ("\\frac{n(n+1)}{2}", "2n^2"),
        ("2\\cos(\\pi t+\\pi/3)", "2\\cos(\\pi t-\\frac{2\\pi}{3})"),
        ("\\sqrt{x}", "\\sqrt{2x}"),
        ("\\sin x", "\\cos x"),
        ("e^{2t}/5", "e^{2t}/4"),
        ("\\frac{1}{k}\\sinh(kt)", "\\frac{e^{kt}+e^{-kt}}{2k}"),
        ("x^{2}", "x^{2}+10^{-6}"),
        ("10^{-20}x", "10^{-20}x+10^{-21}x^2"),
    ],
)
def test_different_expressions_are_different(a: str, b: str) -> None:
    assert both_ways(a, b) is False


# --- constants: exact where exact, numeric otherwise --------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("\\frac{\\sqrt{2}}{2}", "\\frac{1}{\\sqrt{2}}", True),
        ("\\sqrt{8}", "2\\sqrt{2}", True),
        ("\\sqrt[3]{8}", "2", True),
        ("8^{2/3}", "4", True),
        ("2^{-2/3}", "\\frac{1}{\\sqrt[3]{4}}", True),
        ("|1-\\sqrt{2}|", "\\sqrt{2}-1", True),
        ("\\log_{2}8", "3", True),
        ("\\log_2(8)", "3", True),
        ("\\log 1000", "3", True),  # \log without a base is base 10, as in the symbolic stage
        ("\\ln(e^{2})", "2", True),
        ("e^{i\\pi}", "-1", True),
        ("i^{2}", "-1", True),
        ("5!", "120", True),
        ("\\binom{5}{2}", "10", True),
        ("\\sin(\\pi)", "0", True),
        ("\\sqrt{2}^{2}-2", "0", True),
        ("4\\times10^{7}", "40000000", True),
        ("4.5e33", "4.5\\times10^{33}", True),
        ("2e-1", "\\frac{1}{5}", True),
        ("6\\sqrt{2}-2", "4", False),
        ("\\pi", "\\frac{355}{113}", False),
        # Decimals are exact: never equal to the constant they round; within one unit in their last place the
        # caller's precision policy decides (None), further away they are different.
        ("3.14", "\\pi", None),
        ("3.5", "\\pi", False),
        ("0.333", "\\frac{1}{3}", None),
        ("0.3", "\\frac{1}{3}", None),
        ("0.33", "\\frac{1}{2}", False),
        ("20.385", "20.39", None),
        ("6.5", "4\\sqrt{2}", False),
        ("2.75e11", "2.7525\\times10^{11}", None),
        ("2.75e11", "2.9\\times10^{11}", False),
        ("2^{2014}+1", "2^{2014}", False),
        ("\\frac{1}{2^{99}}", "\\frac{1}{2^{98}}", False),
        ("10^{10^{10}}+1", "10^{10^{10}}", None),  # beyond the exact caps: not decided
        ("e^{\\pi\\sqrt{163}}", "262537412640768744", None),  # over the numeric magnitude cap
        ("\\sqrt{2-\\sqrt{2}^{2}}", "0", None),  # the root of a rounding-noise zero is not a value
        # Tiny values are values, not rounding noise: no absolute tolerance.
        ("\\pi\\cdot10^{-40}", "0", False),
        ("\\frac{1}{3}\\cdot10^{-34}", "\\frac{10^{-34}}{\\pi}", False),
        ("\\pi\\cdot2^{-120}", "\\pi\\cdot2^{-119}", False),
        ("\\pi+10^{-14}\\cdot10^{-14}\\cdot10^{-14}-\\pi", "0", False),
        ("\\frac{\\pi}{10^{12}}", "\\pi\\cdot10^{-12}", True),
        ("\\frac{1}{0}", "1", None),
        ("\\tan\\frac{\\pi}{2}", "1", None),
        # an odd root of a negative number is the real root, as competition mathematics means it (sympy's principal
        # complex root would call these different)
        ("\\sqrt[3]{-8}", "-2", True),
        ("(-8)^{1/3}", "-2", True),
        ("(-2)^{1/3}", "-\\sqrt[3]{2}", True),
        ("\\sqrt[5]{-32}+1", "-1", True),
        ("\\sqrt[3]{-2}", "\\sqrt[3]{2}", False),
        ("(-4)^{1/2}", "2", False),  # an even root of a negative number is imaginary
        ("1000!", "1000!+1", None),
        # a genuine difference far below the values' size (1e-42 of them, from e^{-95}) yet above the rounding of
        # the working precision is no proof of equality; nor is it told apart: undecided (a case of the kind
        # hypothesis found in test_expr_properties)
        ("\\pi", "\\pi+e^{-95}", None),
        ("\\sqrt{2}", "\\sqrt{2}+e^{-97}", None),
        ("e", "e+\\frac{\\sqrt{2}}{10^{43}}", None),
        ("\\pi", "\\pi+\\frac{1}{e^{10}}", False),
    ],
)
def test_constants(a: str, b: str, expected: bool | None) -> None:
    assert both_ways(a, b) is expected


# --- branches: equal where the real functions agree -----------------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), [("\\sqrt{x^2}", "x"), ("(x^{2})^{1/2}", "x")])
def test_identities_of_principal_branches_that_fail_for_negative_reals_are_different(a: str, b: str) -> None:
    # Different real values at x < 0 (|x| against x): sympy says "different" too.
    assert both_ways(a, b) is False


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("\\sqrt{x}\\sqrt{y}", "\\sqrt{xy}", True),  # no real value of the left at x, y < 0
        ("\\log(xy)", "\\log x+\\log y", True),
        ("\\ln(x^{2})", "2\\ln x", True),  # real domains differ: the left has a value at x < 0
        ("\\sqrt{\\frac{k}{m}}", "\\frac{\\sqrt{k}}{\\sqrt{m}}", True),
        ("\\sqrt{x}\\sqrt{y}", "-\\sqrt{xy}", False),  # ... but not when they part at a positive point
        ("\\ln(x^{2})", "\\ln x", False),
        ("\\sqrt{x^3}", "x\\sqrt{x}", True),  # (neither has a real value at x < 0)
        ("\\sqrt{x-1}", "\\sqrt{1-x}", False),
    ],
)
def test_identities_whose_real_domains_differ_are_equal_where_both_have_values(
    a: str, b: str, expected: bool
) -> None:
    """One side has no real value where a variable is negative; equal when they agree wherever both have one, at
    every positive point (the quantities under a root or a logarithm of an answer are positive to its reader)."""
    assert both_ways(a, b) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # equal only near the origin, on one branch: told apart at the far or negative real points
        ("\\sqrt{(x-2)^2}", "2-x", False),
        ("\\sqrt{(x-10)^2}", "10-x", False),
        ("\\arcsin(\\sin x)", "x", False),
        ("\\arctan(\\tan x)", "x", False),
        ("\\sqrt{\\cos^2 x}", "\\cos x", False),
        ("\\sqrt{1+\\tan^2 x}", "\\sec x", False),
        # (of several variables, a formula's quantities are positive: equal where they all are, see below)
        ("\\sqrt{x^2y^2}", "-xy", False),
        ("|xy|", "xy", False),  # (an absolute value is compared at every real point)
        ("(x^3)^{1/3}", "x", True),  # the real cube root: x at every real point, negative ones too
        ("\\sqrt[3]{x^3}", "x", True),
        ("\\sqrt[3]{x^3}", "|x|", False),
        # equal at every real point though not on every complex branch: identities of the real functions
        ("\\ln(e^{3x})", "3x", True),
        ("e^{x/2}", "\\sqrt{e^x}", True),
        ("\\sqrt{x}\\sqrt{x}", "x", True),
        ("\\log_2(8x)", "3+\\log_2 x", True),
    ],
)
def test_branched_expressions_are_compared_as_real_functions(a: str, b: str, expected: bool | None) -> None:
    assert both_ways(a, b) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "\\frac{\\sqrt{2gh}}{g}",
            "\\sqrt{\\frac{2h}{g}}",
            True,
        ),  # rationalised: negative where g < 0, the root not
        ("\\frac{\\sqrt{km}}{m}", "\\sqrt{\\frac{k}{m}}", True),
        ("\\sqrt{4\\pi G\\rho_0 r_0^2}", "r_0\\sqrt{4\\pi G\\rho_0}", True),
        ("\\sqrt{x^2y^2}", "xy", False),  # (x, y, z: coordinates and unknowns, negative too)
        ("\\sqrt{x^2y}", "x\\sqrt{y}", False),
        ("\\sqrt{a^2b}", "a\\sqrt{b}", True),
        ("\\frac{\\sqrt{2gh}}{2g}", "\\sqrt{\\frac{2h}{g}}", False),
        ("-\\frac{\\sqrt{2gh}}{g}", "\\sqrt{\\frac{2h}{g}}", False),
        ("x", "\\sqrt{x^2}", False),  # (one variable: a real number, negative too)
    ],
)
def test_formulas_of_several_variables_are_equal_where_their_quantities_are_positive(
    a: str, b: str, expected: bool
) -> None:
    """A formula of several variables (a physical one: lengths, masses, g) is read for positive values of them, as
    its reader reads it: two that agree at every positive point are one, whatever they do at negative ones."""
    assert both_ways(a, b) is expected


def test_absolute_values_of_variables_are_compared_at_the_real_points() -> None:
    assert both_ways("|x|", "\\sqrt{x^2}") is True
    assert both_ways("|x|^2", "x^2") is True
    assert both_ways("|x-2|", "\\sqrt{(x-2)^2}") is True
    assert both_ways("|x|+|y|", "|y|+|x|") is True
    assert both_ways("|x|", "x") is False  # x < 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2(|x_{1}|+|y_{1}|)", "24"),  # depends on its variables: never one constant
        ("|x-1|+|x+1|", "2"),  # 2 on [-1, 1] only
        ("|x|", "-x"),
        ("|x|", "2x"),
        # Equal wherever |x| > 1 only: the real points include small ones.
        ("|x^2-1|", "x^2-1"),
        ("\\sqrt{(x^2-1)^2}", "x^2-1"),
        ("|1-x^2|", "1-x^2"),
        ("|x^3-x|", "x^3-x"),
    ],
)
def test_absolute_values_that_differ_at_a_real_point_are_different(a: str, b: str) -> None:
    assert identity_equal(a, b, variables_must_match=False) is False
    assert identity_equal(b, a, variables_must_match=False) is False


# --- variables ------------------------------------------------------------------------------------------------------


def test_different_variable_sets_are_undecided_by_default() -> None:
    assert both_ways("x+1", "y+1") is None
    assert both_ways("\\frac{37}{4}m", "\\frac{37}{4}") is None
    assert both_ways("x-x+3", "3") is None


def test_different_variable_sets_compared_as_functions_when_asked() -> None:
    assert both_ways("x+1", "y+1", variables_must_match=False) is False
    assert both_ways("\\frac{37}{4}m", "\\frac{37}{4}", variables_must_match=False) is False
    assert both_ways("x-x+3", "3", variables_must_match=False) is True
    assert both_ways("\\sin^{2}x+\\cos^{2}x", "1", variables_must_match=False) is True


def test_e_and_i_are_constants_and_subscripted_letters_are_variables() -> None:
    parsed = parse_expression("e^{i\\theta}+e_{1}+i_{2}+\\alpha_{0}")
    assert parsed is not None
    assert parsed.variables == {"theta", "e_1", "i_2", "alpha_0"}


# --- ambiguous or unsupported text is never guessed ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1/2x",  # 1/(2x) or x/2
        "x^23",  # x^2 * 3 in LaTeX, x^23 to latex2sympy
        "2^3^2",
        "\\sin x/x",
        "\\sin x\\cdot y",
        "\\sin(x)^2",
        "\\sec^{-1}x",  # no arcsec here
        "\\sin^{-2}x",
        "e(t)",  # e·t to latex2sympy
        "7\\frac{1}{4}",  # a mixed number to the fast path
        "sin(x)",
        "Nosolutions",
        "2and3",
        "\\infty",
        "x=2",
        "1,2",
        "(1,2]",
        "1\\pm\\sqrt{2}",
        "\\frac{}{2}",
        "4210_{5}",
        "45√3",
        "x^{",
        "\\sqrt[n]{x}",
        "\\cdots",
        "\\frac{dv}{dt}",  # a derivative, not v/t
        "\\frac{d^{2}x}{dt^{2}}",
        "\\dot{x}",
        "x^{\\prime}",
        "",
    ],
)
def test_outside_the_grammar_is_undecided(text: str) -> None:
    assert parse_expression(text) is None
    assert identity_equal(text, "x") is None
    assert identity_equal("2", text) is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("\\sum_{k=0}^{10}\\binom{10}{k}x^k", "(x+1)^{10}", True),  # the binomial theorem, at points
        ("\\sum_{k=0}^{10}\\binom{10}{k}x^{k+1}", "(x+1)^{10}", False),
        ("\\sum_{k=1}^{4}\\frac{1}{k}", "\\frac{25}{12}", True),  # exact
        ("\\sum_{i=1}^{3} i^2", "14", True),  # i is the index here, not the imaginary unit
        ("\\prod_{k=1}^5 k", "5!", True),
        ("\\sum_{k=0}^{3}x^k+1", "x^3+x^2+x+2", True),  # the body ends at the + (latex2sympy's reading)
        ("\\sum_{k=-2}^{2}k^3", "0", True),
    ],
)
def test_sums_and_products_with_integer_bounds_are_expanded(a: str, b: str, expected: bool) -> None:
    assert both_ways(a, b) is expected


@pytest.mark.parametrize(
    "text",
    [
        "\\sum_{k=1}^{n}k",  # a symbolic bound: for the symbolic stage
        "\\sum_{k=1}^{100}k",  # over MAX_SUM_TERMS terms
        "\\sum_{k=3}^{1}k",  # empty
        "\\sum_{i=1}^{3}x_i",  # each term names another variable
        "\\sum k",
        "\\sum_{k=1}^{3}",
    ],
)
def test_sums_outside_the_bounded_form_are_undecided(text: str) -> None:
    assert parse_expression(text) is None


def test_glued_command_and_letters_are_split() -> None:
    # Data that lost its spaces: "\pit" is "\pi t", "\cotx" is "\cot x".
    assert both_ways("2\\cos(\\pit+\\pi/3)", "2\\cos(\\pi t+\\frac{\\pi}{3})") is True
    assert both_ways("\\cotx", "\\cot x") is True


def test_unnormalised_spellings_parse_like_normalised_ones() -> None:
    assert both_ways("\\dfrac{1}{2}\\left(x+1\\right)", "\\frac{x+1}{2}") is True
    assert both_ways("2\\,\\pi\\!r", "2\\pi r") is True
    assert both_ways("\\tbinom{4}{2}", "6") is True


def test_non_strings_are_undecided() -> None:
    assert identity_equal(None, "1") is None  # type: ignore[arg-type]
    assert identity_equal("1", 1) is None  # type: ignore[arg-type]
    assert parse_expression(3) is None  # type: ignore[arg-type]


# --- caps -------------------------------------------------------------------------------------------------------


def test_length_cap() -> None:
    long_sum = "+".join(["x"] * (MAX_EXPRESSION_CHARS // 2 + 1))
    assert len(long_sum) > MAX_EXPRESSION_CHARS
    assert parse_expression(long_sum) is None
    short_sum = "+".join(["x"] * 20)
    assert both_ways(short_sum, "20x") is True


def test_depth_and_node_caps() -> None:
    assert parse_expression("(" * 60 + "x" + ")" * 60) is None
    assert parse_expression("(" * 10 + "x" + ")" * 10) is not None
    assert parse_expression("\\sqrt{" * 45 + "2" + "}" * 45) is None


def test_exact_value_caps() -> None:
    assert parse_expression("2^{100}").exact == 2**100  # type: ignore[union-attr]
    huge = parse_expression("2^{100000}")
    assert huge is not None and huge.exact is None and huge.too_big
    assert parse_expression("1e999") is not None
    # A 4-digit decimal exponent is refused before the number is built.
    assert parse_expression("1e9999") is None


def test_parse_results_are_cached() -> None:
    assert parse_expression("\\frac{x+1}{3}") is parse_expression("\\frac{x+1}{3}")
    assert parse_expression("\\frac{3}{4}-0.5").exact == Fraction(1, 4)  # type: ignore[union-attr]


# --- the caller's mpmath state and threads ---------------------------------------------------------------------


def test_callers_mpmath_precision_is_untouched() -> None:
    before = mpmath.mp.dps
    assert identity_equal("\\sqrt{3}x", "\\frac{3x}{\\sqrt{3}}") is True
    assert mpmath.mp.dps == before


def test_threads_get_the_same_verdicts() -> None:
    cases = [
        ("\\csc^2 y", "1+\\cot^2 y"),
        ("\\sqrt{z}", "\\sqrt{2z}"),
        ("\\sqrt{w^2}", "w"),
        ("\\lfloor w \\rfloor", "\\lceil w \\rceil - 1"),
    ]
    expected = [True, False, False, None]
    results: list[list[bool | None]] = []

    def work() -> None:
        results.append([identity_equal(a, b) for a, b in cases])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


# --- input as it arrives: normalize_answer output ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("$\\dfrac{1}{k}\\sinh(k t)$", "\\frac{e^{kt} - e^{-kt}}{2k}", True),
        ("\\left( x + 1 \\right)^2", "x^2 + 2x + 1", True),
        ("\\sin x \\cos x", "\\frac{1}{2}\\sin 2x", True),
        ("2 \\sqrt 3", "\\sqrt{12}", True),
        ("\\frac12 \\pi r^2", "\\frac{\\pi r^{2}}{2}", True),
        ("\\tfrac{\\pi}{4}", "0.785", None),
        ("\\tfrac{\\pi}{4}", "0.5", False),
    ],
)
def test_normalized_answers(a: str, b: str, expected: bool) -> None:
    assert both_ways(normalize_answer(a), normalize_answer(b)) is expected


# --- derivatives as opaque symbols (ODE answers) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("\\dot{x}_0", "\\frac{dx_0}{dt}"),
        ("\\frac{d^{2}v_{o}}{dt^{2}}", "v_o''"),
        ("\\ddot{\\theta}+\\theta", "\\theta+\\frac{d^{2}\\theta}{dt^{2}}"),
        ("x^{\\prime}(t)+2x(t)", "2x+\\frac{dx}{dt}"),
        ("y^{\\prime\\prime}", "y''"),
    ],
)
def test_every_spelling_of_a_derivative_is_one_symbol(a: str, b: str) -> None:
    assert both_ways(a, b) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("x'", "x''"),  # different orders: different symbols (different variables: undecided)
        ("x'", "x"),
        ("\\dot{x}", "\\frac{dx}{ds}"),  # a time derivative and a derivative in s
        ("\\frac{dx}{dt}", "\\frac{dx}{ds}"),
        ("I(t)", "I(0)"),  # a value at a point is never the function
        ("x(x+1)'", "x'"),
        ("\\frac{d}{dt}x", "x'"),
    ],
)
def test_unlike_or_unread_derivatives_are_never_equal(a: str, b: str) -> None:
    assert both_ways(a, b) is not True


def test_derivative_identities_can_be_different() -> None:
    assert both_ways("x'+1", "\\frac{dx}{dt}+2") is False


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("(m\\frac{dv}{dt}+bv)-(f)", "(\\frac{dv}{dt})-(\\frac{f-bv}{m})", True),
        (
            "(I\\frac{d\\omega}{dt}+2B\\omega)-(T)",
            "(\\frac{d\\omega}{dt}+\\frac{2B}{I}\\omega)-(\\frac{T}{I})",
            True,
        ),
        ("(\\frac{dx(t)}{dt}+\\frac{r}{V}x(t))-(rc)", "(x^{\\prime}+\\frac{r}{V}x-rc)-(0)", True),
        (
            "(I\\frac{d\\omega}{dt}+2B\\omega)-(T)",
            "(\\frac{d\\omega}{dt}+\\frac{2B}{I}\\omega)-(\\frac{2T}{I})",
            None,
        ),
        ("(x'+tx)-(0)", "(x'+x)-(0)", None),  # t is the independent variable, never a scale
        ("(x'+x)-(0)", "(x''+x)-(0)", None),
        ("(y'+ky)-(0)", "(y'-ky)-(0)", None),
        ("(x+1)-(0)", "(2x+2)-(0)", None),  # no derivative: the plain proportional test's business
    ],
)
def test_differential_equations_proportional(a: str, b: str, expected: bool | None) -> None:
    from openrs_rewards.verifiers.expr import differential_equations_proportional

    assert differential_equations_proportional(a, b) is expected
    assert differential_equations_proportional(b, a) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("(x''+\\frac{g}{l}\\sin x)-(0)", "(lx''+g\\sin x)-(0)", True),
        ("(x''+\\frac{g}{l}\\sin x)-(0)", "(lx''-g\\sin x)-(0)", False),
        ("(x''-x'^2)-(0)", "(x''-2x')-(0)", False),
        ("((x'')^2-x)-(0)", "(x''-\\sqrt{x})-(0)", None),  # not linear in x'': never solved here
        ("(x''+x)-(0)", "(x'+x)-(0)", None),  # other highest derivatives
        ("(x''+y''+x)-(0)", "(x''+y''-x)-(0)", None),  # two highest derivatives
        ("(0\\cdot x''+x)-(0)", "(x''+x)-(0)", None),  # a zero coefficient
    ],
)
def test_differential_equations_solved_for_the_highest_derivative(
    a: str, b: str, expected: bool | None
) -> None:
    from openrs_rewards.verifiers.expr import differential_equations_equal

    assert differential_equations_equal(a, b) is expected
    assert differential_equations_equal(b, a) is expected


# --- an unknown function of one variable (u(t), the unit step) is one opaque variable, as latex2sympy's atom ---------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("tu(t)-\\frac{1}{2}\\sin(2t)u(t)", "(t-\\frac{1}{2}\\sin{2t})u(t)", True),
        ("tu(t)-\\frac{1}{2}\\sin(2t)u(t)", "(t+\\frac{1}{2}\\sin{2t})u(t)", False),
        ("u_S(t)e^{-t}", "e^{-t}u_{S}(t)", True),
        ("\\theta(t)^{2}", "\\theta(t)\\theta(t)", True),
        ("I(t)R", "RI(t)", True),
        # f, g and h too (latex2sympy applies them alike): "f(n)=2^{g(n)}k" against "f(n)=n" is decided here
        ("2^{g(n)}k", "k2^{g(n)}", True),
        ("f(x)^2", "f(x)f(x)", True),
        ("f(x+1)", "fx+f", True),  # a product to latex2sympy, as u(x+1) is
        # a value at a number is an atom too: the initial current I(0), x(1.5)
        ("I(0)e^{-\\frac{t}{RC}}", "e^{-\\frac{t}{RC}}I(0)", True),
        ("2x(1.5)", "x(1.5)+x(1.5)", True),
        ("f(2)+f(2)", "2f(2)", True),
        ("f(2.0)", "f(2)", True),  # the value at the number 2, however written
        ("I(00)+1", "1+I(0)", True),
        ("x(0)+1", "x(0)+2", False),
    ],
)
def test_an_applied_function_is_an_atom(a: str, b: str, expected: bool) -> None:
    assert both_ways(a, b) is expected


def test_a_value_at_a_number_is_neither_the_number_nor_a_subscript() -> None:
    parsed = parse_expression("I(0)e^{-t}")
    assert parsed is not None and parsed.variables == {"I(0)", "t"}
    assert identity_equal("I(0)", "0", variables_must_match=False) is False  # not I times 0
    assert identity_equal("I_0", "I(0)", variables_must_match=False) is False
    assert parse_expression("e(0)") is None  # e·0 to latex2sympy: still refused


# --- an unparenthesised function argument before an operator: the writer's reading, on request ---------------------


@pytest.mark.parametrize(
    ("text", "writers", "latex2sympys"),
    [
        ("\\ln8/\\ln2", "\\frac{\\ln 8}{\\ln 2}", "\\ln(\\frac{8}{\\ln 2})"),
        ("\\sin x\\cdot y", "y\\sin(x)", "\\sin(xy)"),
        (
            "\\log_{10}2/\\log_{10}T",
            "\\frac{\\log_{10}(2)}{\\log_{10}(T)}",
            "\\log_{10}(\\frac{2}{\\log_{10}(T)})",
        ),
        ("3\\sin x/x\\cdot2+1", "\\frac{6\\sin(x)}{x}+1", "3\\sin(\\frac{2x}{x})+1"),
    ],
)
def test_the_writers_reading_of_an_ambiguous_argument(text: str, writers: str, latex2sympys: str) -> None:
    assert parse_expression(text) is None and ambiguous_function_argument(text)
    with writers_reading():
        assert identity_equal(text, writers) is True
        assert identity_equal(text, latex2sympys) is False
    assert parse_expression(text) is None  # outside the context: undecided again, cached or not
    assert identity_equal(text, writers) is None


def test_only_the_operator_after_an_argument_is_that_ambiguity() -> None:
    for text in ("\\sin(x)/x", "\\frac{\\sin x}{x}", "1/2x", "x^{", "\\sin x!"):
        assert not ambiguous_function_argument(text)


def test_an_applied_function_is_neither_its_name_nor_another_application() -> None:
    parsed = parse_expression("2u(t)+u")
    assert parsed is not None and parsed.variables == {"u(t)", "u"}
    assert (
        identity_equal("u(t)", "u(s)") is None
    )  # different variables: the caller compares them as functions
    assert identity_equal("u(t)", "u(s)", variables_must_match=False) is False
    assert identity_equal("1-e^{-t}", "(1-e^{-t})u(t)", variables_must_match=False) is False
    assert identity_equal("2^{g(n)}k", "n", variables_must_match=False) is False
    assert parse_expression("\\theta(t)") is not None and parse_expression("\\theta t") is not None
    assert identity_equal("\\theta(t)", "\\theta t", variables_must_match=False) is False  # not a product
    product = parse_expression("a(b+c)")
    assert product is not None and product.variables == {"a", "b", "c"}  # a product to latex2sympy too


def test_hbar_is_a_name() -> None:
    assert both_ways("\\hbar\\omega(v+\\frac{1}{2})", "\\hbar\\omega v+\\frac{\\hbar\\omega}{2}") is True


# --- floor and ceiling: exact for constants; with variables only ever "different" ------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("\\lfloor\\sqrt{2}\\rfloor", "1", True),
        ("\\lfloor\\sqrt{2}\\rfloor", "2", False),
        ("\\lfloor\\pi\\rfloor+\\lceil e\\rceil", "6", True),
        ("\\left\\lceil\\frac{7}{2}\\right\\rceil", "4", True),
        ("\\lfloor\\frac{10^{20}+1}{3}\\rfloor", "33333333333333333333", True),  # exact, not rounded
    ],
)
def test_floor_and_ceiling_of_constants(a: str, b: str, expected: bool) -> None:
    assert both_ways(a, b) is expected


def test_a_step_function_with_variables_is_called_equal_only_with_the_same_floors() -> None:
    """floor(x) + floor(x + 1/2) equals floor(2x) for every real x, and agrees at every sample point, yet sympy does
    not prove it: a few agreeing points prove nothing for a function that is constant between jumps. The same
    floors combined the same way are one function, whatever the points."""
    assert identity_equal("\\lfloor x\\rfloor+\\lfloor x+\\frac{1}{2}\\rfloor", "\\lfloor 2x\\rfloor") is None
    assert identity_equal("\\lfloor\\frac{n}{2}\\rfloor", "\\lfloor\\frac{n}{2}\\rfloor+0") is True
    assert identity_equal("1+\\lceil\\frac{1+n}{2}\\rceil", "\\lceil (n+1)/2\\rceil+1") is True
    assert (
        identity_equal("\\lfloor\\frac{x}{2}\\rfloor", "\\lfloor\\frac{1}{2}x\\rfloor") is None
    )  # other trees (of a real x; of a whole number n they are compared at the whole numbers)
    assert identity_equal("\\lfloor\\frac{n}{2}\\rfloor", "\\lfloor\\frac{1}{2}n\\rfloor") is True
    assert identity_equal("n", "\\lfloor\\log_{2}n\\rfloor+1", variables_must_match=False) is False
    assert identity_equal("\\lfloor\\frac{n^2}{4}\\rfloor", "2^{n}-n-1") is False
    assert proportional("\\lfloor x\\rfloor", "2\\lfloor x\\rfloor") is None
    parsed = parse_expression("\\lfloor x\\rfloor")
    assert parsed is not None and parsed.stepped
    constant = parse_expression("\\lfloor\\pi\\rfloor")
    assert constant is not None and not constant.stepped


@pytest.mark.parametrize("text", ["\\lfloor x", "x\\rfloor", "\\lfloor x\\rceil", "\\lceil x\\rfloor"])
def test_unclosed_or_mismatched_brackets_are_not_read(text: str) -> None:
    assert parse_expression(text) is None


def test_four_to_six_capitals_are_one_name() -> None:
    parsed = parse_expression("2SRMC_1+LRAC")
    assert parsed is not None and parsed.variables == {"SRMC_1", "LRAC"}
    assert identity_equal("SRMC-LRMC", "-(LRMC-SRMC)") is True
    assert identity_equal("SRMC", "CMRS", variables_must_match=False) is False  # letters alike, names not
    for text in ("ABCDEFG", "Area", "TNYwr"):  # seven capitals, or mixed case: a word, undecided
        assert parse_expression(text) is None
    product = parse_expression("GDP")  # three capitals: a product, as to latex2sympy
    assert product is not None and product.variables == {"G", "D", "P"}


def test_a_difference_tiny_next_to_the_value_but_far_above_rounding_is_no_identity() -> None:
    # e^{36} + e^{-36} and e^{36} differ by 5e-32 of their value: under the relative tolerance, but 50-digit
    # evaluation resolves it (found by the property against sympy); the caller leaves it to sympy, which says no.
    assert identity_equal("e^{36}", "e^{36}+\\frac{1}{e^{36}}", variables_must_match=False) is not True
    assert identity_equal("e^{36}", "e^{36}", variables_must_match=False) is True
