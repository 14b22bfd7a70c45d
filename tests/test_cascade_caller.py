"""What the cascade settles in the caller instead of a worker, and that those verdicts are the symbolic stage's.

Each rule is checked twice: the caller-side verdict (``cascade._prepare`` returns a ``Verdict``, not a pending item)
and the same pair through :func:`symbolic_compare` in-process, so a rule that disagrees with sympy fails here.
"""

from __future__ import annotations

import pytest

from _caller_helpers import settled_in_caller
from openrs_rewards import verify
from openrs_rewards.verifiers.symbolic import symbolic_compare
from openrs_rewards.verifiers.verdict import InvalidGoldError


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("6\\sqrt{2}", "6\\sqrt{2}"),
        ("x^5-x^4+x^3-x^2+x-1", "x^5-x^4+x^3-x^2+x-1"),
        ("(3,\\frac{\\pi}{2})", "(3,\\frac{\\pi}{2})"),
        ("f(x)=\\frac{1}{x}", "f(x)=\\frac{1}{x}"),
    ],
)
def test_repeating_a_gold_the_bounded_parser_reads_is_correct_in_the_caller(answer: str, gold: str) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.status == "correct"
    assert symbolic_compare(answer, gold).equal is True


def test_repeating_a_well_formed_gold_nobody_reads_is_correct_in_the_caller() -> None:
    """A well-formed gold repeated is the answer whatever sympy makes of it: no worker is asked."""
    verdict = settled_in_caller("\\mho(\\natural)", "\\mho(\\natural)")
    assert verdict is not None and (verdict.status, verdict.method) == ("correct", "string")


@pytest.mark.parametrize("gold", ["\\frac{}{2}", "n-\\lfloor/2\\rfloor", "\\frac{}{2k(-k)!}", "1+*2"])
@pytest.mark.parametrize("answer", ["same", "\\frac{1}{2}", "mn"])
def test_a_broken_gold_is_invalid_in_the_caller(gold: str, answer: str) -> None:
    """Whatever the answer, even the gold's own text: invalid_gold without a worker, as the worker says."""
    answer = gold if answer == "same" else answer
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and (verdict.status, verdict.method) == ("invalid_gold", "gold")
    assert "malformed" in (verdict.detail or "")
    with pytest.raises(InvalidGoldError):
        symbolic_compare(answer, gold)


@pytest.mark.parametrize("gold", ["z^*", "x^*=2", "\\mathbb{R}^*", "(^{14}C)", "[^{18}F]FDG"])
def test_a_star_or_an_isotope_is_well_formed(gold: str) -> None:
    """A star superscript is a name and a bracket may open on a superscript: repeated, they are the answer."""
    verdict = settled_in_caller(gold, gold)
    assert verdict is not None and verdict.status == "correct", verdict


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("\\text{Navin earns the most after an 8-hour day}", "\\frac{15-8\\sqrt{3}}{33}"),
        ("\\text{the values of } x^2 \\text{ that you calculated}", "3\\sqrt{5}"),
        ("\\text{a specific numerical value}", "\\frac{8}{\\sqrt[3]{7}}"),
        ("20 \\text{ degrees}", "\\frac{\\pi}{6}"),  # (30 degrees is that angle)
        ("\\infty", "\\frac{5\\pi}{4}\\sqrt{17}"),
        ("-\\infty", "n^{2}+1"),
        ("\\emptyset", "2\\sqrt{3}"),
        # a shorter word against a constant: a product of symbols to sympy, which no constant equals
        ("\\text{Area}", "1024-256\\pi"),
        ("\\frac{15}{56}\\,\\text{hours} \\approx 16.07", "50"),
        ("\\sqrt[4]{10} \\cdot 10^{\\frac{\\sqrt{1+16TNYWR}}{4}}", "10"),
        ("\\text{five}", "\\sqrt{5}"),
        # an equation whose sides are both not the answer; an answer of absolute values that is not a constant
        ("AF^2+BF^2+CF^2=3R^2+\\frac{a^2+b^2+c^2}{9}", "3R^2"),
        ("2(|x_1|+|y_1|)", "24"),
        # applied functions f, g, h are atoms, as in latex2sympy
        ("f(n)=2^{g(n)}\\cdot k", "f(n)=n"),
    ],
)
def test_prose_and_non_values_against_a_math_gold_are_wrong_in_the_caller(answer: str, gold: str) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.status == "incorrect"
    assert symbolic_compare(answer, gold).equal is False


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("\\text{the maximum}", "\\operatorname{lcm}(a,b)"),  # a gold the bounded parser does not read
        ("\\text{the maximum}", "\\mho"),
    ],
)
def test_prose_against_a_gold_the_caller_cannot_read_goes_to_a_worker(answer: str, gold: str) -> None:
    assert settled_in_caller(answer, gold) is None


def test_command_names_are_not_prose() -> None:
    verdict = settled_in_caller("\\alpha\\beta\\gamma\\delta", "x")
    assert verdict is not None and verdict.method == "expr" and verdict.status == "incorrect"


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("x(t)=x_{0}\\cos(\\omega t)+\\frac{\\dot{x}_0}{\\omega}\\sin(\\omega t)",
         "x_{0}\\cos(\\omega t)+\\dot{x}_{0}\\sin(\\omega t)/\\omega", True),
        ("x(t)=-\\frac{t\\cos(2t)}{8}", "\\frac{t}{4}\\sin(2t)", False),
        ("tu(t)-\\frac{1}{2}\\sin(2t)u(t)", "(t+\\frac{1}{2}\\sin{2t})u(t)", False),
        ("1-3e^{-2t}+2e^{-5t}", "(1-3e^{-2t}+2e^{-5t})u(t)", False),
        ("\\hbar\\omega(v+\\frac{1}{2})-\\frac{(E_{0}e)^2}{2k}", "\\hbar\\omega(v+1/2)-\\frac{E_{0}^{2}e^{2}}{2m\\omega^{2}}",
         False),
    ],
)  # fmt: skip
def test_labelled_values_and_applied_functions_are_compared_in_the_caller(
    answer: str, gold: str, equal: bool
) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.method == "expr" and verdict.correct is equal
    assert symbolic_compare(answer, gold).equal is equal


def test_names_that_differ_only_in_case_are_one_name_in_the_caller_as_in_sympy() -> None:
    """C and c (an arbitrary constant) are one symbol to latex2sympy: the caller reads them so too (more cases in
    tests/test_cascade_long_tail.py)."""
    verdict = settled_in_caller("\\frac{1}{3}e^t+Ce^{-2t}", "\\frac{e^{t}}{3}+ce^{-2t}")
    assert verdict is not None and verdict.method == "expr" and verdict.status == "correct"
    assert symbolic_compare("\\frac{1}{3}e^t+Ce^{-2t}", "\\frac{e^{t}}{3}+ce^{-2t}").equal is True


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("n", "\\lfloor\\log_{2}n\\rfloor+1"),
        ("\\left\\lfloor \\frac{n^2}{4} \\right\\rfloor", "2^{n}-n-1"),
        ("T-\\left\\lfloor \\frac{T}{2} \\right\\rfloor", "5"),
    ],
)
def test_a_floor_is_shown_different_in_the_caller(answer: str, gold: str) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.method == "expr" and verdict.status == "incorrect"
    assert symbolic_compare(answer, gold).equal is False


@pytest.mark.parametrize(
    ("answer", "gold"),
    [("4210_5", "4210_{5}"), ("52_8", "52_8"), ("2516_{8}", "2516_8"), ("204_5", "204_{5}")],
)
def test_repeating_a_numeral_in_a_base_is_correct_in_the_caller(answer: str, gold: str) -> None:
    """A numeral in a base is always a real answer: no worker is asked whether sympy parses the gold."""
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.status == "correct"
    assert symbolic_compare(answer, gold).equal is True


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [("4210", "4210_{5}", "correct"), ("42", "52_8", "incorrect"), ("52", "52_8", "correct")],
)
def test_a_number_without_the_base_is_compared_by_its_digits(answer: str, gold: str, status: str) -> None:
    """The symbolic stage's verdict (it drops the subscript), reached in the caller (see test_cascade_long_tail)."""
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.status == status
    assert symbolic_compare(answer, gold).equal is (status == "correct")


def test_a_numeral_in_another_base_is_wrong_in_the_caller() -> None:
    verdict = settled_in_caller("4210_6", "4210_5")
    assert verdict is not None and verdict.status == "incorrect"


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        ("4.5 \\times 10^{33} \\, \\text{erg s}^{-1}", "4.5e33", "correct"),
        ("4 \\times 10^{33} \\, \\text{erg s}^{-1}", "4e33", "correct"),
        ("7.66 \\times 10^{37} \\, \\text{erg} \\cdot \\text{s}^{-1}", "7e37", "incorrect"),
        ("8.00 \\times 10^{18} \\, \\mathrm{cm}^{-3}", "2.88e16", "incorrect"),
        ("4.6 \\times 10^{33} \\, \\text{erg s}^{-1}", "4.5e33", "incorrect"),
    ],
)
def test_a_unit_after_scientific_notation_is_decided_by_the_numeric_stage(
    answer: str, gold: str, status: str
) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.status == status and verdict.method == "numeric"


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("1+2+\\cdots+10", "55"),
        ("1+2+\\cdots+n", "\\frac{n(n+1)}{2}"),
        ("-\\frac{1}{2}(x_1^2+x_2^2+...+x_n^2)", "-(n-1)/2"),
        ("2 \\times 4 \\times \\ldots \\times 20", "3715891200"),
        ("R\\propto M^{1/3}", "M^{1/3}"),
        ("R \\propto M^{-1/3}", "\\frac{aM^{1/3}}{GM^{2/3}+b}"),
    ],
)
def test_an_answer_left_to_continue_or_a_proportionality_is_wrong_in_the_caller_as_in_sympy(
    answer: str, gold: str
) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.method == "string" and verdict.status == "incorrect"
    assert not symbolic_compare(answer, gold).equal


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("0.333...", "\\frac{1}{3}"),  # a repeating decimal
        ("3.14159...", "\\pi"),  # a cut-off decimal
        ("1+2+\\cdots+10=55", "55"),  # a chain ending on its value
        ("x_1+\\cdots+x_n", "x_1 + \\cdots + x_n"),  # the gold is left to continue too
        ("R \\propto M^{1/3}", "R \\propto M^{1/3}"),
    ],
)
def test_dots_that_leave_nothing_to_continue_are_read_as_before(answer: str, gold: str) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.correct


@pytest.mark.parametrize(
    "answer",
    [
        "13 = 12",
        "x = 13 = 12",
        "13 := 12",
        "11 = 13 = 12",
        "12 \\approx 13",
        "12 \\approx 12.5 \\approx 13",
        "3\\sqrt{2} = 2\\sqrt{3}",
        "\\frac{3}{4} \\approx \\frac{4}{3}",
        "15 + 15 = 12 cookies",  # (what the result counts, after it alone: a small model's false sum)
        "11 + 2 = 12 red apples.",
    ],
)
def test_a_chain_of_two_different_constants_is_wrong_whichever_side_the_gold_is(answer: str) -> None:
    for gold in ("12", "13", "2\\sqrt{3}", "\\frac{3}{4}"):
        verdict = settled_in_caller(answer, gold)
        assert verdict is not None and verdict.status == "incorrect", (answer, gold)


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("2+3=5", "5"),
        ("x = 2 + 3 = 5", "5"),
        ("\\frac{6}{8} = \\frac{3}{4}", "\\frac{3}{4}"),
        ("\\pi \\approx 3.14", "\\pi"),
        ("9\\pi \\approx 28.27", "9\\pi"),
        ("12 \\approx 12.1", "12"),  # a rounding, within 2%
        ("15 + 5 = 20 cookies", "20"),
        ("12 \\times 100000 = 1.2 million", "1200000"),  # (a scale word changes the value: no count noun)
        ("90^\\circ = \\frac{\\pi}{2}", "\\frac{\\pi}{2}"),  # a conversion: one side has the unit's mark
        ("0.5 = 50\\%", "0.5"),
    ],
)
def test_a_chain_of_one_value_reads_as_before(answer: str, gold: str) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.correct


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("10^{142.5}", "10", False),
        ("10^{142.5}", "3.16\\times10^{142}", True),  # the gold rounded at its last place
        ("\\sqrt{2}\\times10^{20}", "1.41\\times10^{20}", True),
        ("\\sqrt{2}\\times10^{2}", "1.41\\times10^{2}", True),  # (was wrong in the caller, right in sympy)
        # two digits of a gold: the rounding of a value with no short decimal, a measured quantity's precision
        ("\\sqrt{2}\\times10^{20}", "1.4\\times10^{20}", True),
        ("\\sqrt{2}\\times10^{20}", "1.5\\times10^{20}", False),
        ("\\sqrt{2}\\times10^{20}", "1\\times10^{20}", False),  # (one digit: too coarse a rounding to pay)
        ("\\pi\\times10^{60}+1-\\pi\\times10^{60}", "1", True),  # cancellation at a large scale
    ],
)
def test_a_large_constant_is_compared_in_the_caller_as_in_sympy(answer: str, gold: str, equal: bool) -> None:
    """Values past the random-point cap (10^15) are fine for an expression without a variable: evaluated once, with
    the scale of each operation still watched; a decimal before "\\times 10^{k}" states its precision in that scale."""
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.method == "expr" and verdict.correct is equal
    assert symbolic_compare(answer, gold).equal is equal


def test_a_gold_with_an_empty_call_is_broken_in_the_caller() -> None:
    """What a scraped gold keeps of a formula whose letters it lost ("\\mho()"): invalid, as sympy finds it."""
    gold = "f(x)=+b,wherebisanarbitraryinteger,\\mho()=0"
    for answer in (gold, "\\{f(x)=x+c\\mid c\\in\\mathbb{Z}\\}"):
        verdict = settled_in_caller(answer, gold)
        assert verdict is not None and (verdict.status, verdict.method) == ("invalid_gold", "gold")
        with pytest.raises(InvalidGoldError):
            symbolic_compare(answer, gold)


@pytest.mark.parametrize(
    ("answer", "equal"),
    [("x^2-2x+2", True), ("g(x)=x^{2}-2x+2", True), ("x^2-2x+3", False), ("f(y)=y^2", False)],
)
def test_a_gold_that_lost_its_functions_name_is_still_a_labelled_value(answer: str, equal: bool) -> None:
    """A scraped gold "(x)=x^2-2x+2" (for "f(x)=..."): "(x)=" labels the value as "f(x)=" would."""
    verdict = settled_in_caller(answer, "(x)=x^2-2x+2")
    assert verdict is not None and verdict.correct is equal
    assert symbolic_compare(answer, "(x)=x^2-2x+2").equal is equal


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("\\frac{dSRAC}{dQ}=\\frac{dLRAC}{dQ}", "SRAC=LRAC"),
        ("\\frac{d \\text{SRAC}}{dQ} = \\frac{d \\text{LRAC}}{dQ}", "SRAC=LRAC"),
        ("\\frac{d^{2}y}{dx^{2}}", "y"),
    ],
)
def test_a_derivative_against_a_gold_without_one_is_wrong_in_the_caller(answer: str, gold: str) -> None:
    """A condition on rates is not one on values: wrong without a worker, as sympy finds."""
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.status == "incorrect"
    assert symbolic_compare(answer, gold).equal is False


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        (
            "\\frac{dx}{dt}=kx-a",
            "\\frac{dx}{dt}=kx-a",
            True,
        ),  # a derivative in the gold too: compared as before
        ("\\frac{dx}{2}", "\\frac{xd}{2}", True),  # d a factor, no quotient of differentials
    ],
)
def test_a_derivative_rule_leaves_other_answers_alone(answer: str, gold: str, equal: bool) -> None:
    assert verify(f"\\boxed{{{answer}}}", gold).correct is equal


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        # Euler's form of a cosine of a root of a difference, times a symbol: at the largest real points neither side
        # has a value (they pass the cap), which says nothing; sympy called it different
        ("\\frac{w}{2}e^{it\\sqrt{1-z}}+\\frac{w}{2}e^{-it\\sqrt{1-z}}", "w\\cos(t\\sqrt{1-z})", True),
        ("\\frac{w}{2}e^{it\\sqrt{1-z}}+\\frac{w}{2}e^{-it\\sqrt{1-z}}", "w\\sin(t\\sqrt{1-z})", False),
        ("\\sqrt{(x-2)^2}", "2-x", False),  # a real point where the sides differ still decides
    ],
)
def test_points_where_neither_side_has_a_value_say_nothing(answer: str, gold: str, equal: bool) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.method == "expr" and verdict.correct is equal


@pytest.mark.parametrize(
    ("answer", "gold"),
    [("sinh(a*t)/a", "\\frac{\\sinh(at)}{a}"), ("cosh(a t)", "\\cosh(at)"), ("cot(x)", "\\cot x")],
)
def test_hyperbolic_and_reciprocal_functions_in_plain_text(answer: str, gold: str) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.correct
