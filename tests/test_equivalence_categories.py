"""Issue 9's equivalence categories, one test group each, with examples written for this project.

Each pair runs the fast path and, when it is undecided, the symbolic stage in this process (``fast.compare``); a few
tests also pin which stage decides (the fast path must settle the common shapes). Categories: 4 several answers,
5 named parts, 6 relations, 7 numbers, 8 units and words, 10 markup (matrices, short fractions), and the structure
layer's rules that both stages share.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _equivalence_helpers import deadline, equal_in_process
from openrs_rewards import verify
from openrs_rewards.rewards import AccuracyReward
from openrs_rewards.verifiers.fast import fast_compare, prepare_gold
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.structure import parse_structure, structures_equal
from openrs_rewards.verifiers.symbolic import RELATIVE_TOLERANCE, symbolic_compare


def _equal(predicted: str, gold: str) -> bool:
    # An overrun fails the test here: every pair in this file must be decided within the deadline.
    return equal_in_process(predicted, gold, overrun_is_false=False)


def _fast(predicted: str, gold: str) -> bool | None:
    prepared = prepare_gold(gold)
    assert prepared is not None, gold
    decision = fast_compare(predicted, prepared)
    return None if decision is None else decision.equal


def _check(predicted: str, gold: str, equal: bool) -> None:
    assert _equal(predicted, gold) is equal, f"{predicted!r} vs {gold!r}: expected {equal}"


# --- 4. several answers form one solution set -------------------------------------------------------------------

SOLUTION_SETS = [
    ("5, -2", "-2, 5", True),
    ("-2,5", "5,-2", True),
    ("y = \\pm 6", "6, -6", True),
    ("y=\\pm6", "-6,6", True),
    ("\\pm\\sqrt{3}", "\\sqrt{3}, -\\sqrt{3}", True),
    ("1 \\pm \\sqrt{5}", "1+\\sqrt{5}, 1-\\sqrt{5}", True),
    ("4 or 9", "4, 9", True),
    ("4 \\text{ or } 9", "9, 4", True),
    ("4 \\text{ and } 9", "4,9", True),
    ("4, and 9", "4, 9", True),
    ("x = 4 \\quad x = 9", "4, 9", True),
    ("x=4, x=9", "4,9", True),
    ("4, 9", "4 \\text{ or } 9", True),  # connectors in golds too
    ("1+\\sqrt{5}, 1-\\sqrt{5}, -2", "\\{1\\pm\\sqrt{5},-2\\}", True),  # a braced set's \\pm element is two
    ("\\{-2, 1-\\sqrt{5}, 1+\\sqrt{5}\\}", "\\{1\\pm\\sqrt{5},-2\\}", True),
    ("1+\\sqrt{5}, -2", "\\{1\\pm\\sqrt{5},-2\\}", False),
    ("(1,3),(3,1)", "(3,1),(1,3)", True),
    ("(1,3) \\text{ and } (3,1)", "(3,1),(1,3)", True),
    ("4, 9", "4, 9, 11", False),  # a missing solution
    ("4, 9, 11", "4, 9", False),  # an extra one
    ("4, 9", "4, -9", False),
    ("(1,3),(3,1)", "(1,3)", False),
    # a point with signs to choose stands for the points it names (each sign alone; with \\mp, together)
    ("(\\pm 3, \\pm 2)", "(3,2),(-3,2),(3,-2),(-3,-2)", True),
    ("(\\pm 3, \\pm 2)", "(3,2),(-3,-2)", False),
    ("(\\pm 3, 2)", "(3,2),(-3,2)", True),
    ("(\\pm 3, 2)", "(3,2)", False),
    ("(5,-1),(-5,-1)", "(\\pm 5, -1)", True),
    ("(1\\pm\\sqrt{2}, 1\\mp\\sqrt{2})", "(1+\\sqrt{2},1-\\sqrt{2}),(1-\\sqrt{2},1+\\sqrt{2})", True),
    ("(1\\pm\\sqrt{2}, 1\\mp\\sqrt{2})", "(1+\\sqrt{2},1+\\sqrt{2}),(1-\\sqrt{2},1-\\sqrt{2})", False),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), SOLUTION_SETS)
def test_several_answers_form_one_solution_set(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


@pytest.mark.parametrize(
    "predicted",
    ["6 or 8", "6 \\text{ or } 8", "6, 8", "\\pm 6", "x = 6, x = 8", "6 \\text{ and } 8", "either 6 or 8"],
)
def test_a_hedge_is_never_the_single_gold(predicted: str) -> None:
    assert _equal(predicted, "6") is False
    assert _fast(predicted, "6") is False  # settled in microseconds, no sympy


def test_a_single_value_never_equals_a_gold_set_of_several() -> None:
    assert _equal("6", "6, 8") is False
    assert _equal("6", "\\pm 6") is False


def test_repeating_the_gold_is_not_a_hedge() -> None:
    assert _equal("6, 6.0", "6") is True


# --- 5. named parts and labels -----------------------------------------------------------------------------------

NAMED_PARTS = [
    ("(p,q)=(4,7)", "(4,7)", True),
    ("(p,q)=(4,7)", "(7,4)", False),
    ("p=4, q=7", "4, 7", True),
    ("p=4, q=7", "p=4, q=7", True),
    ("q=7, p=4", "p=4, q=7", True),
    ("p=7, q=4", "p=4, q=7", False),
    ("4, 7", "p=4, q=7", True),
    ("7, 4", "p=4, q=7", False),
    ("h(s)=s^3-2", "s^3-2", True),
    ("h(s)=s^3-2", "s^3+2", False),
    ("x_1=-3, x_2=5", "5, -3", True),
    ("x_{1}=-3, x_{2}=5", "-3,5", True),
    ("AB=12", "12", True),
    ("\\angle PQR = 35", "35^\\circ", True),
    # names compared without braces around a one-character subscript
    ("a_1=4, b_{2}=7", "a_{1}=4, b_2=7", True),
    ("\\angle BEA_1 = 90, \\angle AEB_1 = 90", "\\angle BEA_{1}=90,\\angle AEB_{1}=90", True),
    # one value that every named part has answers them all ("the angles are both 90°"); one of them does not
    ("90^\\circ", "\\angle BEA_{1}=90,\\angle AEB_{1}=90", True),
    ("3", "m=3, n=3", True),
    ("3", "m=3, n=8", False),
    ("3", "(a,b)=(3,3)", False),  # a named tuple is one point: (3, 3), not 3
    ("x=3", "y=3, x=3", False),  # a labelled answer answers its own part only
    # an angle in radians is not the same number of degrees
    ("12 \\text{ rad}", "12^\\circ", False),
    ("12 \\text{ radians}", "12", True),
    # the labels of the parts answered in turn
    ("\\text{(a) } 7,\\ \\text{(b) } 49", "7, 49", True),
    ("(i) (2,-1); (ii) 3", "(2,-1), 3", True),
    ("(1) -4; (2) [-4, 5]", "-4, [-4, 5]", True),
    ("a) 4, b) -1", "4, -1", True),
    ("(c) 3", "3", True),
    ("1) 4, 2) 9", "4, 9", True),
    ("(a) 7, (b) 48", "7, 49", False),
    ("(a, b) = (1, -2)", "a = 1, b = -2", True),  # "b)" closes a bracket here: no label
    # labels in turn with only spaces between the parts
    ("(a) 7 (b) 49", "7, 49", True),
    ("(1) 7 (2) 49", "7, 49", True),
    ("a) 4 b) -1 c) 3", "4, -1, 3", True),
    ("(i) 7 (ii) 49", "7, 49", True),
    ("(a) (x+1) (b) 49", "x+1, 49", True),
    ("(a) 7 (b) 48", "7, 49", False),
    ("(a) 49 (b) 7", "7, 49", False),  # parts answered in turn are in order, unlike a solution set
    ("(1) 2 (2) 8 (3) 4", "2, 4, 8", False),
    ("49, 7", "(a) 7, (b) 49", False),
    ("7, 49", "(a) 7, (b) 49", True),
    ("(1) 7 (3) 49", "7, 49", False),  # not in turn: no labels
    ("[a, b)", "[a, b)", True),
    # a point's name may carry primes (the image of a transformed point)
    ("C''=(-2,-2)", "(-2,-2)", True),
    ("C^{\\prime}=(-2,-2)", "(-2,-2)", True),
    ("C''=(-2,-2)", "(2,-2)", False),
    # a trigonometric ratio names its value ("\\sin R = \\frac{3}{5}" asks for 3/5)
    ("0.6", "\\sin R = \\frac{3}{5}", True),
    ("\\frac{4}{5}", "\\sin R = \\frac{3}{5}", False),
    ("\\frac{1}{2}", "\\cos\\theta=\\frac12", True),
    # an equation between two variables is the relation, either way round
    ("b=a", "a = b", True),
    ("y=x", "x=y", True),
    ("b=c", "a=b", False),
    # the values of one variable (a solution set) are not a point naming several, nor the reverse
    ("x=0 \\text{ and } y=1", "x=0 \\text{ or } x=1", False),
    ("x=0, x=1", "x=0, y=1", False),
    ("x=1, x=0", "x=0 \\text{ or } x=1", True),
    ("y=1, x=0", "x=0, y=1", True),
    ("x = 0 \\text{ or } x = 1", "(0, 1)", False),  # (a point, or an interval)
    ("x = 0 \\text{ or } x = 1", "\\{0, 1\\}", True),
    ("x = 2, y = -2", "x = \\pm 2", False),
    # each value under its own subscript against a gold tuple: a sequence's terms or a system's unknowns, in the
    # subscripts' order
    ("a_1=2, a_2=4, a_3=6", "(2, 4, 6)", True),
    ("a_1=2, a_2=4, a_3=6", "[2, 4, 6]", True),
    ("a_3=6, a_2=4, a_1=2", "(2, 4, 6)", True),
    ("a_1=6, a_2=4, a_3=2", "(2, 4, 6)", False),
    ("x_1=2, x_2=1", "(2, 1)", True),
    ("x_1=0, x_2=1", "[0, 1]", False),  # (two in square brackets: an interval)
    ("x=2, x=4, x=6", "(2, 4, 6)", False),  # (one name: one variable's values)
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), NAMED_PARTS)
def test_named_parts_and_labels(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


# --- 6. relations and intervals ------------------------------------------------------------------------------------

RELATIONS = [
    ("t \\geq 5", "t >= 5", True),
    ("t \\ge 5", "5 \\le t", True),
    ("5 \\leq t", "t\\geq5", True),
    ("t ≥ 5", "t \\geq 5", True),
    ("t \\neq 5", "t != 5", True),
    ("t \\ne 5", "t \\neq 5", True),
    ("t \\in [-3, 8]", "-3 \\le t \\le 8", True),
    ("-3 \\leq t \\leq 8", "[-3,8]", True),
    ("-3 < t \\leq 8", "(-3, 8]", True),
    ("-3 < t \\leq 8", "[-3, 8]", False),
    ("8 \\geq t > -3", "(-3,8]", True),
    ("-t > -5", "t < 5", True),
    ("-t > -5", "t > 5", False),
    ("t > 5", "(5, \\infty)", True),
    ("t \\geq 5", "(5, \\infty)", False),
    ("t < 5", "(-\\infty, 5)", True),
    ("t > 5", "t < 5", False),
    ("t > 5", "t \\geq 5", False),
    ("2t+1 > 3", "3 < 1+2t", True),
    # set-builder notation: the set its condition describes
    ("\\{t \\mid t > 5\\}", "(5, \\infty)", True),
    ("\\{t : -3 < t \\leq 8\\}", "(-3, 8]", True),
    ("\\left\\{t \\in \\mathbb{R} \\mid t \\geq 5 \\right\\}", "t \\geq 5", True),
    ("\\{t \\mid t > 5\\}", "[5, \\infty)", False),
    # the absolute value of a linear term against a number: the interval, or the two rays, it describes
    ("|t| < 4", "-4 < t < 4", True),
    ("|t| \\leq 4", "(-4, 4)", False),
    ("|t-1| \\le 3", "[-2, 4]", True),
    ("|2t+1| < 3", "(-2, 1)", True),
    ("4 > |t|", "(-4,4)", True),
    ("|t| \\geq 2", "t \\le -2 \\text{ or } t \\ge 2", True),
    ("|t| \\geq 2", "(-\\infty,-2]\\cup[2,\\infty)", True),
    ("|t| > 2", "t \\le -2 \\text{ or } t \\ge 2", False),
    ("|t| > 2", "t < -2 \\text{ or } t > 2", True),
    ("|t-\\frac{1}{2}| < 1", "(-\\frac{1}{2},\\frac{3}{2})", True),
    # an equation against a value: the value must be the side opposite a bare name
    ("AF^2+BF^2=3R^2+\\frac{a^2}{9}", "3R^2", False),
    ("AF^2+BF^2=3R^2", "3R^2", True),
    ("3R^2", "AF^2+BF^2=3R^2+\\frac{a^2}{9}", False),
    ("a+b", "a+b=c", True),
    ("a+b+1", "a+b=c", False),
    # an interval but a few points: the pieces left
    ("(0,36)\\setminus\\{9\\}", "(0,9)\\cup(9,36)", True),
    ("(0,36)\\setminus\\{8\\}", "(0,9)\\cup(9,36)", False),
    ("[-2,\\infty) \\setminus \\{0, 3\\}", "[-2,0)\\cup(0,3)\\cup(3,\\infty)", True),
    ("[-2,\\infty) \\setminus \\{0\\}", "(-2,0)\\cup(0,\\infty)", False),
    # an equation is the same relation with its sides swapped, also between names of several letters
    ("MC = AR", "AR=MC", True),
    ("PQ = R", "R=PQ", True),
    ("12 = x", "x=12", True),
    ("MC = AR", "AR=MR", False),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), RELATIONS)
def test_relations(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("t \\geq 5", "5 \\leq t"),
        ("-3 \\le t \\le 8", "t \\in [-3,8]"),
        ("t > 5", "(5,\\infty)"),
        ("|t| \\geq 2", "t \\le -2 \\text{ or } t \\ge 2"),
        ("|t-1| < 3", "(-2,4)"),
    ],
)
def test_simple_relations_are_settled_on_the_fast_path(predicted: str, gold: str) -> None:
    assert _fast(predicted, gold) is True


def test_an_equation_neither_of_whose_sides_is_the_value_is_decided_by_the_structure_rules() -> None:
    equation, value = parse_structure("AF^2+BF^2=3R^2+1"), parse_structure("3R^2")
    assert structures_equal(equation, value, _strings) is False
    assert structures_equal(value, equation, _strings) is False
    # one side undecided: left to the comparator of whole texts (sympy: the side opposite a bare symbol)
    assert structures_equal(parse_structure("a+b=c"), parse_structure("a+b"), _unsure) is None


# ODEs: each derivative spelling is one symbol; equations equal up to a constant or one parameter as a factor.
DIFFERENTIAL_EQUATIONS = [
    ("\\frac{dx(t)}{dt}+\\frac{k}{M}x(t)=kc", "x^{\\prime}+\\frac{k}{M}x-kc=0", True),
    ("y'+ay=a u", "\\frac{dy}{dt}=a(u-y)", True),
    ("m\\frac{dw}{dt}+cw=g", "\\frac{dw}{dt}=\\frac{g-cw}{m}", True),
    ("L\\ddot{\\phi}+q\\sin\\phi=0", "\\frac{d^{2}\\phi}{dt^{2}}+\\frac{q}{L}\\sin\\phi=0", True),
    ("y'+ay=a u", "y'+ay=u", False),
    ("L\\ddot{\\phi}(t)+q\\sin\\phi(t)=0", "\\ddot{\\phi}=-\\frac{q}{L}\\sin\\phi", True),
    ("L\\ddot{\\phi}+q\\sin\\phi=u(t)", "\\ddot{\\phi}+\\frac{q}{L}\\sin\\phi=\\frac{u(t)}{L}", True),
    ("L\\ddot{\\phi}+q\\sin\\phi=u(t)", "L\\ddot{\\phi}-q\\sin\\phi=u(t)", False),
    ("RC\\frac{d^{2}w(t)}{dt^2}+w(t)=s(t)", "\\frac{d^{2}w}{dt^{2}}+\\frac{w}{RC}=\\frac{s}{RC}", True),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), DIFFERENTIAL_EQUATIONS)
def test_differential_equations(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


@pytest.mark.parametrize(("predicted", "gold"), [(p, g) for p, g, equal in DIFFERENTIAL_EQUATIONS if equal])
def test_differential_equations_are_settled_on_the_fast_path(predicted: str, gold: str) -> None:
    assert _fast(predicted, gold) is True


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("L\\ddot{\\phi}+q\\sin\\phi=u(t)", "L\\ddot{\\phi}-q\\sin\\phi=u(t)"),
        ("y'+\\frac{a}{b}y=\\frac{a}{b}u", "y^{\\prime}+ay-au(t)=0"),
        ("x''=x'^2", "x''=2x'"),
    ],
)
def test_different_differential_equations_are_refused_on_the_fast_path(predicted: str, gold: str) -> None:
    # solved for the same highest derivative, the right-hand sides differ: a definite "no" without sympy
    assert _fast(predicted, gold) is False


def test_derivatives_of_different_orders_are_not_equal_on_the_fast_path() -> None:
    # (the symbolic stage reads x'' and x' alike today: reported to the lead, not settled here)
    assert _fast("x''+x=0", "x'+x=0") is not True
    assert _fast("\\ddot{x}+x=0", "\\dot{x}+x=0") is not True


# --- 7. numbers ----------------------------------------------------------------------------------------------------

ROUNDED_AND_SPELLED_NUMBERS = [
    # A rounded gold matches the exact value that rounds to it at the gold's precision.
    ("\\frac{7}{3}", "2.3333", True),
    ("\\frac{7}{3}", "2.333", True),
    ("\\frac{7}{3}", "2.334", False),
    ("\\frac{1}{12}", "0.0833", True),
    ("\\frac{1}{12}", "0.0834", False),
    ("\\frac{5}{6}", "0.833", True),
    ("\\sqrt{3}", "1.732", True),
    ("\\sqrt{3}", "1.733", False),
    ("2\\pi", "6.283", True),
    # A rounded prediction against an exact gold needs at least four significant digits.
    ("2.3333", "\\frac{7}{3}", True),
    ("0.4286", "\\frac{3}{7}", True),
    ("0.429", "\\frac{3}{7}", False),
    ("0.43", "\\frac{3}{7}", False),
    ("6.2832", "2\\pi", True),
    ("6.28", "2\\pi", False),
    # Integers are never rounded values; a decimal needs three significant digits to count as rounded.
    ("3", "3.2", False),
    ("3.2", "3", False),
    ("\\frac{16}{5}", "3.2", True),
    ("\\frac{7}{2}", "3.4", False),
    # Two roundings at the same precision are two different answers.
    ("2.66", "2.67", False),
    # Spellings.
    (".25", "0.25", True),
    ("-.25", "-\\frac{1}{4}", True),
    ("2 500 000", "2500000", True),
    ("2\\,500\\,000", "2500000", True),
    ("2{,}500{,}000", "2.5 \\times 10^6", True),
    ("6e5", "600000", True),
    ("6E+05", "6 \\times 10^{5}", True),
    ("6\\times10^{5}", "6 \\cdot 10^5", True),
    ("6 \\times 10^5", "6e5", True),
    ("6.0 \\times 10^{5}", "6e5", True),
    ("6 \\times 10^{6}", "6e5", False),
    # Exactness: no absolute tolerance.
    ("\\frac{1}{3^{80}}", "\\frac{1}{3^{81}}", False),
    ("10^{10^{10}}+1", "10^{10^{10}}", False),
    ("0.000001", "0.000002", False),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), ROUNDED_AND_SPELLED_NUMBERS)
def test_numbers(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


def test_a_percent_prediction_against_a_fraction_gold() -> None:
    assert _equal("50\\%", "0.5") is True
    assert _equal("50\\%", "\\frac{1}{2}") is True
    assert _equal("50\\%", "0.05") is False
    assert _equal("37.5\\%", "\\frac{3}{8}") is True
    # ... but a proper fraction with a percent mark is a hundredth of it, never the fraction itself
    assert _equal("\\frac{9}{256}\\%", "\\frac{9}{256}") is False
    assert _equal("\\frac{1}{3}\\%", "\\frac{1}{3}") is False
    assert _equal("33\\frac{1}{3}\\%", "33\\frac{1}{3}") is True  # a percent question's mixed-number gold
    assert _equal("25\\%", "25") is True


def test_the_relative_tolerance_is_one_part_in_a_trillion() -> None:
    # Inexact inputs (a decimal coefficient on an irrational) are compared with a relative tolerance of 1e-12: a
    # difference of one part in ten billion must stay visible (it would not be at 1e-9).
    assert RELATIVE_TOLERANCE <= 1e-12
    with deadline():
        assert symbolic_compare("1.0000000001\\pi", "\\pi").equal is False
        assert symbolic_compare("1.00000000000001\\pi", "\\pi").equal is True


# --- 8. units and words ----------------------------------------------------------------------------------------------

UNITS_AND_WORDS = [
    ("24 \\text{ cm}^2", "24", True),
    ("24\\text{ m}^{2}", "24", True),
    ("\\frac{200}{7}\\text{ km/h}", "\\frac{200}{7}", True),
    ("\\frac{200}{7} \\text{ miles per hour}", "\\frac{200}{7}", True),
    ("3\\sqrt{2} \\text{ units}", "3\\sqrt{2}", True),
    ("72 tickets", "72", True),
    ("72 \\text{ tickets}", "72", True),
    ("72 \\text{ tickets}", "27", False),
    ("11^{\\text{th}} floor", "11", True),
    ("11th", "11", True),
    ("42 percent", "42", True),
    ("42 pct", "42", True),
    ("42\\%", "42", True),
    ("42 percent", "0.42", True),
    ("\\text{south}", "South", True),
    ("\\text{South}", "north", False),
    ("\\textbf{Yes}", "yes", True),
    ("\\$2,500", "2500", True),
    ("2,500 dollars", "2500", True),
    ("6.5 \\text{ kg m/s}", "6.5", True),
    ("5 \\text{ or more}", "5", False),  # a qualifier is not a unit
    # two known units that differ: different answers, whatever the number
    ("24 \\text{ km}", "24\\text{ m}", False),
    ("24 \\text{ m}^3", "24\\text{ cm}^3", False),
    ("24 \\text{ m}^3", "24\\text{ m}^2", False),
    ("24 \\text{ cents}", "\\$24", False),
    ("3 \\text{ hours}", "3\\text{ minutes}", False),
    # the same unit spelled another way, or a unit on one side only
    ("24 \\text{ meters}", "24\\text{ m}", True),
    ("24 \\text{ square centimeters}", "24\\text{ cm}^2", True),
    ("24 mph", "24\\text{ miles per hour}", True),
    ("24 \\text{ dollars}", "\\$24", True),
    ("3 \\text{ hrs}", "3\\text{ hours}", True),
    ("24", "24\\text{ km}", True),
    ("24 \\text{ apples}", "24\\text{ m}", True),  # a word that is no known unit is never a conflict
    # unit symbols of one or two letters, kept in their case: joules, newtons, kilopascals
    ("7200 \\text{ J}", "7.2 \\times 10^{3}", True),
    ("7200\\,\\mathrm{J}", "7200", True),
    ("5 \\text{ N}", "5", True),
    ("101 \\text{ kPa}", "101", True),
    ("x\\text{ J}", "x", False),  # after a bare variable the letter may be the question's own
    # a universal quantifier after the answer adds nothing to compare
    ("f(x) = x \\text{ for all real } x", "f(x)=x", True),
    ("f(x)=x \\quad \\forall x\\in\\mathbb{R}", "f(x)=x", True),
    ("f(n)=n, for every integer n", "f(n)=n", True),
    ("f(x)=2x \\text{ for all } x", "f(x)=x", False),
    # compound units: a product's dot, a bracketed denominator, a quotient of unit words
    ("0.0821\\ \\text{L·atm/(mol·K)}", "0.0821", True),
    ("0.0821\\ \\text{L atm/(mol K)}", "0.0821", True),
    ("5 \\frac{\\text{m}}{\\text{s}}", "5\\text{ m/s}", True),
    ("9.8\\frac{\\mathrm{m}}{\\mathrm{s}^2}", "9.8", True),
    ("5 \\frac{\\text{m}}{\\text{s}}", "6", False),
    ("2 \\text{ (in base 3)}", "2", False),  # a remark in brackets is no unit
    ("2 \\text{ (double root)}", "2", True),  # ... though one that says what the root is adds nothing to it
    ("\\textdollar 100", "\\$100", True),
    ("\\textdollar 100", "10", False),
    # an angle in degrees and minutes (and seconds) is that many degrees
    ("30.25^\\circ", "30^\\circ 15'", True),
    ("30^\\circ 15'", "30.25", True),
    ("12°30′", "12.5^\\circ", True),
    ("10^{\\circ}5'24''", "10.09", True),
    ("12^\\circ 20'", "\\frac{37}{3}", True),
    ("30^\\circ 15'", "30.15", False),
    # a solar unit after a number (masses, luminosities, radii of the Sun)
    ("3 \\times 10^{6}\\, M_\\odot", "3e6", True),
    ("2.5 L_{\\odot}", "3.5", False),
    (
        "\\frac{GM_\\odot}{c^2}",
        "\\frac{GM_{\\odot}}{c^2}",
        True,
    ),  # (inside a formula the Sun's mass is a name)
    # the angstrom, however written, is a unit of length of its own
    ("1.5 \\mathrm{~nm}", "1.5 \\AA", False),
    ("1.5", "1.5 \\AA", True),
    ("1.5\\,\u00c5", "1.5 \\AA", True),
    ("1.5 \\mathring{A}", "1.5 \\text{ nm}", False),
    # seconds and minutes of arc after the number, like a degree sign
    ("0.5^{\\prime\\prime}", "0.5", True),
    ("0.5^\\prime", "0.5", True),
    ("0.6^{\\prime\\prime}", "0.5", False),
    # ... which are units of their own: minutes are not seconds, nor degrees; inches are not feet
    ("12^{\\prime\\prime}", "12^\\prime", False),
    ("0.5^\\prime", "0.5^{\\prime\\prime}", False),
    ("0.5^\\circ", "0.5^{\\prime\\prime}", False),
    ("12'", "12^\\circ", False),
    ("3''", "3\\text{ ft}", False),
    ("45^{\\prime\\prime}", "45''", True),
    ("1.5\\ \\text{pm}", "1.5\\ \\AA", False),
    # the common logarithm as Chinese-origin golds write it
    ("\\lg 5", "1-\\lg 2", True),
    ("\\log_{10} 5", "1-\\lg 2", True),
    ("\\lg 4", "1-\\lg 2", False),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), UNITS_AND_WORDS)
def test_units_and_words(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


# Decided in the caller's stage of the cascade (a unit converted, a function's argument renamed), so read through
# ``verify``.
CONVERTED_MEASURES = [
    # another unit of the same kind: the quantities compared
    ("1.2 \\text{ km}", "1200\\text{ m}", True),
    ("120 \\text{ cm}", "1.2\\text{ m}", True),
    ("12 \\text{ cm}", "1.2\\text{ m}", False),
    ("36 \\text{ km/h}", "10\\text{ m/s}", True),
    ("90 \\text{ minutes}", "1.5\\text{ hours}", True),
    ("1/3 \\text{ h}", "20 \\text{ min}", True),
    ("250 \\text{ mA}", "0.25\\text{ A}", True),
    ("3 \\text{ kg}", "300 \\text{ g}", False),
    ("1 \\text{ mile}", "5280 \\text{ feet}", True),
    ("50 \\text{ cents}", "\\$0.50", True),
    ("3 \\times 10^{5} \\text{ km/s}", "3 \\times 10^{8} \\text{ m/s}", True),
    ("5 \\text{ kg}", "5000 \\text{ m}", False),  # another kind of quantity
    ("90 \\text{ minutes}", "1.5", False),  # the bare gold's unit is the question's: not converted
    # millijoules written in their case convert; "MJ" (megajoules, not in the table) or "mj" does not
    ("2 \\text{ mJ}", "0.002 \\text{ J}", True),
    ("U = 50\\ \\text{mJ}", "0.05 \\text{ J}", True),  # (the value of the quantity named)
    ("2 \\text{ MJ}", "0.002 \\text{ J}", False),
    ("2 \\text{ mj}", "0.002 \\text{ J}", False),
    ("U = 50\\ \\text{mJ}", "50 \\text{ J}", False),
    # an angle in degrees, its mark written, against the same angle in radians: one angle in two units; a bare
    # number is no angle in degrees (the question's measure, unknown here)
    ("30^\\circ", "\\frac{\\pi}{6}", True),
    ("\\frac{5\\pi}{6}", "150^\\circ", True),
    ("A = 60^\\circ", "\\frac{\\pi}{3}", True),
    ("45 degrees", "\\frac{\\pi}{4}", True),
    ("30^\\circ", "\\frac{\\pi}{3}", False),
    ("\\frac{2\\pi}{3}", "150^\\circ", False),
    ("30", "\\frac{\\pi}{6}", False),
    ("\\frac{\\pi}{6}", "30", False),
    ("8\\text{ in}", "8\\text{ ft}", False),  # inches, written "in"
    ("12 \\text{ in}", "1\\text{ ft}", True),
    ("19 in all", "19", True),  # ("in" before a word that is no unit is no unit)
    # a function's definition with another name for its argument is the same function
    ("f(t) = t^2", "f(x)=x^2", True),
    ("g(t)=3t-1", "g(x)=3x+1", False),
    ("f(t)=t+x", "f(x)=2x", False),  # (the formula already uses the gold's name: not renamed)
    ("h(t)=t^2", "f(x)=x^2", False),
    ("f(\\theta)=\\theta^2\\sin\\theta", "f(x)=x^2\\sin x", True),
    ("f(\\theta)=\\sin 2\\theta", "f(x)=\\sin x", False),
    # sympy's infinity in a gold written as code
    ("(0, \\infty)", "(0, oo)", True),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), CONVERTED_MEASURES)
def test_caller_stage_conversions(predicted: str, gold: str, equal: bool) -> None:
    assert verify(predicted, gold).correct is equal, f"{predicted!r} vs {gold!r}: expected {equal}"
    assert verify(f"The answer is $\\boxed{{{predicted}}}$.", gold).correct is equal


@pytest.mark.parametrize(
    ("completion", "gold", "equal"),
    [
        ("4.6e-24 m", "4.6\\times10^{-24}", True),
        ("The wavelength is 4.6e-24 m.", "4.6e-24", True),
        ("\\boxed{3.2E+5 s}", "320000", True),
        ("\\boxed{4.7e-24 m}", "4.6\\times10^{-24}", False),
    ],
)
def test_a_unit_symbol_after_e_notation_is_the_unit_the_gold_leaves_out(
    completion: str, gold: str, equal: bool
) -> None:
    assert verify(completion, gold).correct is equal


@pytest.mark.parametrize(
    ("completion", "gold", "equal"),
    [
        ("\\boxed{19 in all}", "19", True),
        ("The answer is 19 in all.", "19", True),
        ("\\boxed{19 in all}", "18", False),
        ("\\boxed{USD 75}", "75", True),
        ("\\boxed{k=3 (exactly)}", "3", True),
        ("\\boxed{-3, 0 (final answer)}", "-3, 0", True),
        ("\\begin{equation*} x = 12 \\end{equation*}", "12", True),
        # a decimal in words is never its whole part
        ("\\boxed{seventeen point five}", "17", False),
    ],
)
def test_what_dresses_a_value_without_changing_it(completion: str, gold: str, equal: bool) -> None:
    assert verify(completion, gold).correct is equal


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        # the units of science answers, however written: the numbers compared when the units agree
        ("3 \\times 10^{8}\\ \\mathrm{m\\,s^{-1}}", "3.0 \\times 10^{8} \\, \\mathrm{m/s}", True),
        ("4.5E+33\\,\\mathrm{erg\\,s^{-1}}", "4.5 \\times 10^{33} \\mathrm{~erg} / \\mathrm{s}", True),
        ("5800K", "5800 \\mathrm{~K}", True),
        ("300 \\,^{\\circ}\\mathrm{K}", "300 \\mathrm{~K}", True),  # kelvin in the old notation
        ("2.5 \\frac{m}{s}", "2.5 \\mathrm{~m} / \\mathrm{s}", True),
        ("9.8 \\mathrm{m\\,s^{-2}}", "9.8 \\mathrm{~m/s^2}", True),
        ("60 \\text{ s}^{-1}", "60 \\mathrm{~Hz}", True),
        ("8.314 \\text{ J/(mol·K)}", "8.314 \\mathrm{~J} \\mathrm{~mol}^{-1} \\mathrm{~K}^{-1}", True),
        # ... and another unit, or another prefix, is another answer
        ("3 \\times 10^{8} \\text{ km/s}", "3.0 \\times 10^{8} \\, \\mathrm{m/s}", False),
        ("12 \\text{ m}", "12 \\mathrm{~cm}", False),
        ("100 \\text{ kJ}", "100 \\mathrm{~J}", False),
        ("60\\text{ kHz}", "60 \\mathrm{~Hz}", False),
        ("2.4 \\times 10^{-3}\\text{ J}", "2.4 \\times 10^{-3} \\mathrm{~eV}", False),
        ("5801K", "5800 \\mathrm{~K}", False),
        # a lower-case letter after a number is a variable, never a unit
        ("3k", "3 \\mathrm{~K}", False),
        # a congruence's modulus is part of it; a name's mark of an optimum is not; one letter in two shapes
        ("n \\equiv 1 \\pmod{2}", "n \\equiv 1 \\pmod{4}", False),
        ("n \\equiv 1 \\ (\\bmod 4)", "n \\equiv 1 \\pmod{4}", True),
        ("1", "n \\equiv 1 \\pmod{4}", True),
        ("L = 8", "L^*=8", True),
        ("8", "L^*=8", True),
        ("K = 8", "L^*=8", False),
        ("P^* = 10", "P=10", True),
        ("z^* = 1 - i", "z = 1 - i", False),  # a star on z is a complex conjugate
        ("5800 \\text{ K}", "5800 K", True),  # a gold's plain-text unit
        ("n \\equiv 5 \\pmod 4", "n \\equiv 1 \\pmod{4}", True),  # residues compared modulo the modulus
        ("n \\equiv -1 \\pmod 4", "n \\equiv 3 \\pmod{4}", True),
        ("n \\equiv 2 \\pmod 4", "n \\equiv 1 \\pmod{4}", False),
        ("5 \\text{ mmol}", "5 \\text{ mol}", False),
        ("3 \\text{ J}", "3\\text{ mJ}", False),
        ("300^\\circ\\text{C}", "300\\text{ K}", False),  # a temperature in degrees Celsius is no kelvin
        ("27\\text{ K}", "27^\\circ C", False),
        ("27^\\circ C", "27", True),
        ("\\text{exactly } 5", "5", True),
        ("\\frac{q}{4\\pi\\varepsilon_0 r^2}", "\\frac{q}{4\\pi\\epsilon_0 r^2}", True),
    ],
)
def test_science_answers_units_moduli_and_names(predicted: str, gold: str, equal: bool) -> None:
    assert _boxed_and_verified(predicted, gold) is equal  # (the caller's unit and modulus stages)


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        ("\\text{No, it is not}", "\\text{no}", True),  # a yes-or-no reply with its reason after it
        ("\\text{Yes, it is possible}", "\\text{Yes}", True),
        ("\\text{Yes, it is possible}", "no", False),
        ("\\text{Not possible}", "no", True),  # the answer to "is it possible?", said in words
        ("\\text{impossible}", "yes", False),
        ("\\text{No}", "yes", False),
        ("\\text{Yes, but no}", "yes", False),  # a reply it qualifies
    ],
)
def test_a_yes_or_no_reply_is_its_first_word(predicted: str, gold: str, equal: bool) -> None:
    assert _boxed_and_verified(predicted, gold) is equal  # (the caller's word stage)


@pytest.mark.parametrize(
    ("completion", "gold", "equal"),
    [
        # a word answer given in a sentence: the word the sentence says the thing is
        ("**Answer:** The function is **even**.", "\\text{even}", True),
        ("Answer: The function is even.", "\\text{even}", True),
        ("Answer: It is not odd; it is even.", "\\text{even}", True),
        ("Answer: It is even, not odd.", "\\text{even}", True),
        ("Answer: It is odd, not even.", "\\text{even}", False),
        ("Answer: Even, not odd.", "\\text{even}", True),
        ("Answer: The graph is a hyperbola.", "\\text{parabola}", False),
        ("$\\boxed{\\text{It is odd or even depending on } n}$", "\\text{odd}", False),
        ("$\\boxed{\\text{Yes, or no if } n \\text{ is odd}}$", "\\text{Yes}", False),
        ("**Answer:** Bob is the knight.", "\\text{Bob}", True),  # the subject named is the answer
        ("$\\boxed{\\text{Alice is the liar}}$", "\\text{Bob}", False),
        # who wins a game: the player named as winning, the whole answer
        ("The final answer is $\\text{Alice wins}$.", "\\text{Alice}", True),
        ("So the answer is **Bob has a winning strategy**.", "Bob", True),
        ("\\boxed{\\text{Bob can always win}}", "\\text{Bob}", True),
        ("The final answer is $\\text{Bob wins}$.", "\\text{Alice}", False),
        ("The final answer is $\\text{Alice loses}$.", "\\text{Alice}", False),
        ("So the answer is **Alice wins if n is odd**.", "Alice", False),
        ("The answer is: Bob wins, no matter how Alice plays.", "Bob", True),
        ("Final answer: Alice can force a win.", "Alice", True),
        ("The answer is: Bob wins, but only if the pile is even.", "Bob", False),
        ("The answer is: Bob wins, or the game is a draw.", "Bob", False),
        ("The answer is: the function is neither even nor odd.", "\\text{even}", False),
        ("$\\boxed{\\text{day: Tuesday}}$", "\\text{Tuesday}", True),
        ("\\boxed{\\text{Tuesday, Wednesday}}", "\\text{Tuesday}", False),  # two answers, not a reply
        ("\\boxed{B, C}", "B", False),
        # an estimate's word before a measured value; before a count it says the count was not pinned down
        ("Answer: about 4.4e7 ferrets", "4.4e7", True),
        ("**Answer:** About 15% of the rest mass energy", "0.15", True),
        ("\\boxed{\\text{about } 35}", "35", False),
        # boxes for cases form one answer; boxes for labelled quantities are not joined (joined, their values would
        # lose which is which: a maximum and minimum swapped would be paid)
        ("Maximum: $\\boxed{1}$, minimum: $\\boxed{2}$.", "2, 1", False),
        ("Case 1: \\boxed{3}. Case 2: \\boxed{5}.", "5", False),  # an answer for each case is no one answer
        ("Case 1: \\boxed{3}. Case 2: \\boxed{5}.", "3, 5", True),
        # labelled values are the values in the order written (who has which value is not in a bare gold)
        ("The answer is Paolo: 18, Qing: 14, Rayna: 7.", "18, 14, 7", True),
        ("The answer is Paolo: 14, Qing: 18, Rayna: 7.", "18, 14, 7", False),
        ("**Answer:** Length: 5, Width: 3", "5, 3", True),
    ],
)
def test_an_answer_in_words_estimates_and_labelled_boxes(completion: str, gold: str, equal: bool) -> None:
    assert verify(completion, gold).correct is equal


def _boxed_and_verified(predicted: str, gold: str) -> bool:
    """Whether ``verify`` finds the answer correct, boxed in a sentence: the stages only the caller has (units,
    moduli, words) take part, which ``_check`` (the fast path and sympy) leaves out."""
    return verify(f"So the answer is $\\boxed{{{predicted}}}$.", gold).correct


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("y \\text{ cm}", "y"),  # a known unit after a variable: the variable stays whole
        ("2 n", "2n"),  # a one-letter word after a number is a variable, not a unit
        ("3m", "3m"),  # glued one-letter "units" are variables too
        ("2 x", "2x"),
        ("\\text{north}", "north"),
        ("\\textnormal{north}", "north"),  # (the other upright text commands unwrap the same way)
        ("\\textup{odd}", "odd"),
        ("\\mu_k mg", "\\mu_{k}mg"),  # m g, the weight, not milligrams of the variable
        ("\\frac12 mv^2", "\\frac{1}{2}mv^2"),  # a square is of a length only (no millivolts squared)
        ("10 cm^2", "10"),
        ("5 m/s^2", "5"),
        ("5 mg", "5"),  # (after a number, a unit)
    ],
)
def test_units_never_mangle_a_variable(raw: str, normalised: str) -> None:
    assert normalize_answer(raw) == normalised


# --- vectors --------------------------------------------------------------------------------------------------------

VECTORS = [
    ("[1, 2]", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", True),  # a column written as a bracketed tuple
    ("(1, 2)^T", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", True),  # ... or transposed
    ("⟨1, 2⟩", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", True),
    ("[2, 1]", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", False),
    ("[1, 2]", "[1, 2]", True),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), VECTORS)
def test_vectors_in_any_bracket(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


# --- ratios -----------------------------------------------------------------------------------------------------------

RATIOS = [
    ("4:6:8", "2:3:4", True),  # proportional terms: the same ratio
    ("2:3:4", "2:3:4", True),
    ("2:4:3", "2:3:4", False),  # never a chained quotient, (2/4)/3 = (2/3)/4
    ("1:4:2", "1:2:4", False),
    ("2:3", "2:3:4", False),
    ("\\sqrt{2}:2", "1:\\sqrt{2}", True),
    ("4:6", "2:3", True),
    ("3:2", "2:3", False),
    ("\\frac{2}{3}", "2:3", True),  # a ratio of two terms is also their quotient
    ("2:3", "\\frac{2}{3}", True),
    ("0.5", "1:2", True),
    ("x:y = 2:3", "2:3", True),
    ("x:y = 3:2", "2:3", False),
    ("1 \\colon 2", "1:2", True),
    ("10:15", "10{:}15", True),
    ("3 \\text{ to } 5", "3:5", True),  # a ratio said in words
    # a time of day on the 12-hour clock is that time (never a ratio)
    ("\\text{4:30 PM}", "4:30 \\text{ p.m.}", True),
    ("16:30", "4:30 \\text{ p.m.}", True),
    ("4:30 \\text{ a.m.}", "4:30 \\text{ p.m.}", False),
    ("12:15 a.m.", "0:15", True),
    ("2:30", "2:30 \\text{ PM}", False),
    ("3:45 \\text{ PM}", "3:45", True),  # a gold that does not say which half of the day it is
    ("3:45 \\text{ a.m.}", "3:45", True),
    ("3:45 \\text{ a.m.}", "15:45", False),
    ("9:16", "0.5625", True),  # a ratio in lowest terms against a decimal is no time of day
    ("\\frac{5}{12}", "5:12", True),
    ("0.75", "15:20", False),  # (15:20 is a time: a ratio is given in lowest terms)
    ("3 to 5", "5:3", False),
    ("2 \\text{ to } 3", "[2, 3]", False),  # never an interval
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), RATIOS)
def test_ratios_compare_their_terms_up_to_a_common_factor(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)
    assert verify(f"The ratio is $\\boxed{{{predicted}}}$.", gold).correct is equal  # the caller's stage too


# --- general solutions ------------------------------------------------------------------------------------------------

GENERAL_SOLUTIONS = [
    ("\\frac{\\pi}{4}+n\\pi", "\\frac{\\pi}{4}+k\\pi", True),  # another name for the integer parameter
    ("x=\\frac{\\pi}{4}+k\\pi, k\\in\\mathbb{Z}", "\\frac{\\pi}{4}+k\\pi", True),  # its range stated
    ("\\frac{\\pi}{4}+m\\pi", "\\frac{\\pi}{4}+k\\pi \\; (k \\in \\mathbb{Z})", True),
    ("\\frac{\\pi}{4}+2n\\pi", "\\frac{\\pi}{4}+k\\pi", False),  # half the solutions
    ("\\frac{\\pi}{3}+n\\pi", "\\frac{\\pi}{4}+k\\pi", False),
    ("2n+1", "2k+1", False),  # no period: k and n may be given quantities of the problem
    # the same family written from another of its solutions
    ("\\frac{7\\pi}{6}+k\\pi", "\\frac{\\pi}{6}+k\\pi", True),
    ("-\\frac{5\\pi}{6}+k\\pi", "\\frac{\\pi}{6}+k\\pi", True),
    ("\\frac{5\\pi}{6}+k\\pi", "\\frac{\\pi}{6}+k\\pi", False),
    # ... also inside a list of families, and with signs to choose
    (
        "-\\frac{\\pi}{6}+k\\pi, \\frac{\\pi}{6}+k\\pi",
        "\\frac{5}{6} \\pi+\\pi k, \\frac{1}{6}\\pi+\\pi k",
        True,
    ),
    (
        "\\pm\\frac{\\pi}{6}+k\\pi,\\ \\pm\\frac{\\pi}{3}+k\\pi",
        "\\frac{\\pi}{6}+\\pi k, \\frac{\\pi}{3}+\\pi k, \\frac{2\\pi}{3}+\\pi k, \\frac{5\\pi}{6}+\\pi k",
        True,
    ),
    (
        "\\pm\\frac{\\pi}{6}+k\\pi,\\ \\pm\\frac{\\pi}{4}+k\\pi",
        "\\frac{\\pi}{6}+\\pi k, \\frac{\\pi}{3}+\\pi k, \\frac{2\\pi}{3}+\\pi k, \\frac{5\\pi}{6}+\\pi k",
        False,
    ),
    (
        "\\frac{\\pi}{6}+2k\\pi, \\frac{5\\pi}{6}+2k\\pi",
        "\\frac{5}{6} \\pi+\\pi k, \\frac{1}{6}\\pi+\\pi k",
        False,
    ),
    # a parameter declared after the answer adds nothing to compare
    ("f(x) = cx \\text{ for some constant } c", "f(x)=cx", True),
    ("f(x)=cx, where c is a real constant", "f(x)=cx", True),
    ("f(x) = 2x \\text{ for some constant } c", "f(x)=cx", False),
    ("f(x)=cx \\text{ for some } c\\in\\{1,2\\}", "f(x)=cx", False),  # a limit on the constant stays
]


GENERAL_SOLUTIONS += [
    # antiderivatives, each with its arbitrary constant added, that differ by a constant: the same family
    ("-\\cos^2 x + C", "\\sin^2 x + C", True),
    ("\\frac{x^3}{3}+x^2+x+C", "\\frac{(x+1)^3}{3}+C", True),
    ("\\ln(2x) + C", "\\ln x + C", True),
    ("\\frac{x^3}{3}+5+C", "\\frac{x^3}{3}+C", True),
    ("\\cos^2 x + C", "\\sin^2 x + C", False),  # differ by cos 2x
    ("x^2 + C", "x^2+2x + C", False),
    ("Ce^{x}+1", "Ce^{x}", False),  # a factor, not an added constant: no family shifted by a constant
    ("x^2 + 1", "x^2", False),  # no constant on either side: a constant difference is a difference
    # a fourth-order equation's four constants, paired with the basis functions in another order
    (
        "\\frac{\\sin t}{8}+C_1e^{t}+C_2e^{-t}+C_3\\sin t+C_4\\cos t",
        "\\frac{\\sin t}{8}+C_1e^{t}+C_2e^{-t}+C_3\\cos t+C_4\\sin t",
        True,
    ),
    ("Ae^{2t}+Be^{-2t}+C\\cos 2t+D\\sin 2t", "C_1e^{-2t}+C_2e^{2t}+C_3\\sin 2t+C_4\\cos 2t", True),
    ("Ae^{2t}+Be^{-2t}+C\\cos 2t+D\\sin t", "C_1e^{-2t}+C_2e^{2t}+C_3\\sin 2t+C_4\\cos 2t", False),
    # one arbitrary constant named A, also as the factor of a power of the variable
    ("y = Ax^2", "y = Cx^2", True),
    ("y = Ax^3", "y = Cx^2", False),
    ("\\frac{t}{2}-\\frac{1}{4}+Ae^{-2t}", "Ce^{-2t}+\\frac{t}{2}-\\frac{1}{4}", True),
    ("y=Ae^{\\frac{x^2}{2}}", "y=Ce^{x^2/2}", True),
    ("\\frac{t}{2}+\\frac{1}{4}+Ae^{-2t}", "Ce^{-2t}+\\frac{t}{2}-\\frac{1}{4}", False),
    ("\\frac{4C}{3+3i}e^{it}", "\\frac{4A}{3+3i}e^{it}", False),  # (A in a product: a given amplitude)
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), GENERAL_SOLUTIONS)
def test_general_solutions(predicted: str, gold: str, equal: bool) -> None:
    # (the caller's expression stage renames the parameter: through verify, not the fast path and sympy alone)
    verdict = verify(f"\\boxed{{{predicted}}}", gold)
    assert verdict.correct is equal, verdict


# --- 10. markup ----------------------------------------------------------------------------------------------------

MARKUP = [
    ("\\frac52", "2.5", True),
    ("\\frac{7}{2}\\text{.}", "\\frac72", True),  # a sentence's full stop set in a text command
    ("8\\;\\text{.}", "8", True),
    ("3\\text{.}5", "3.5", True),
    ("\\text{the answer is } 2", "2", True),
    ("\\text{the answer is } 2", "3", False),
    ("\\frac{11}{3}^{\\,}", "\\frac{11}{3}", True),  # a script with nothing in it
    ("x_{}", "x", True),
    ("2", "\\int_0^{\\pi}\\sin x\\,dx", True),  # a gold's integrand and differential are no unit words
    ("3", "\\int_0^{\\pi}\\sin x\\,dx", False),
    ("\\dfrac{5}{2}", "\\frac{5}{2}", True),
    ("\\tfrac52", "\\frac{5}{2}", True),
    ("\\cfrac{5}{2}", "2.5", True),
    ("\\sqrt7", "\\sqrt{7}", True),
    ("3\\sqrt7", "3\\sqrt{7}", True),
    ("3*sqrt(7)", "3\\sqrt{7}", True),  # plain-text math
    ("(-sqrt(7), sqrt(7))", "(-\\sqrt{7},\\sqrt{7})", True),
    ("2 pi", "2\\pi", True),
    # one-token arguments inside a braced argument (latex2sympy reads neither side as written)
    ("\\sqrt{1.5}", "\\frac{\\sqrt6}{2}", True),
    ("\\frac{1}{\\sqrt3}", "\\frac{\\sqrt{3}}{3}", True),
    ("\\frac{\\sqrt2}{3}", "\\frac{1}{\\sqrt3}", False),
    ("2^\\frac12", "\\sqrt{2}", True),
    ("e^\\frac{x}{2}", "e^{x/2}", True),
    ("2^\\frac13", "\\sqrt{2}", False),
    # a plain-text mixed number
    ("2 1/2", "2.5", True),
    ("2 1/2", "10.5", False),
    # plain TeX's \\choose, an underline, a residue with its modulus
    ("{7 \\choose 3}", "35", True),
    ("7 \\choose 3", "\\binom{7}{3}", True),
    ("\\underline{35}", "35", True),
    ("arctan(1)", "\\frac{\\pi}{4}", True),  # plain-text inverse trigonometric functions
    ("4 \\pmod{9}", "4", True),
    ("4 \\pmod{9}", "9", False),
    ("4 \\; (\\mathrm{mod}\\ 9)", "4", True),
    # a number times a matrix; a column or row vector written as a tuple
    ("3\\begin{pmatrix}1\\\\-2\\end{pmatrix}", "\\begin{pmatrix}3\\\\-6\\end{pmatrix}", True),
    ("-\\begin{pmatrix}1&0\\\\0&1\\end{pmatrix}", "\\begin{pmatrix}-1&0\\\\0&-1\\end{pmatrix}", True),
    ("\\frac{1}{3}\\begin{pmatrix}3\\\\6\\end{pmatrix}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}", True),
    ("3\\begin{pmatrix}1\\\\-2\\end{pmatrix}", "\\begin{pmatrix}3\\\\6\\end{pmatrix}", False),
    ("(3, -6)", "\\begin{pmatrix}3\\\\-6\\end{pmatrix}", True),
    ("\\begin{pmatrix}3&-6\\end{pmatrix}", "(3,-6)", True),
    ("(-6, 3)", "\\begin{pmatrix}3\\\\-6\\end{pmatrix}", False),
    # against a vector gold, brackets write a vector
    ("[3, -6]", "\\begin{pmatrix}3\\\\-6\\end{pmatrix}", True),
    ("(3, -6)", "\\begin{pmatrix}3&-6\\\\1&2\\end{pmatrix}", False),
    # a symbol as a subscript (the Sun's and the Earth's masses) names a quantity; latex2sympy reads none of them
    (
        "\\frac{10^8 L_\\odot}{7 c^2 M_\\odot^6} M^6",
        "\\frac{10^{5}L_{\\odot}}{0.007c^{2}M_{\\odot}^{6}}M^{6}",
        True,
    ),
    (
        "\\frac{10^8 L_\\odot}{7 c^2 M_\\odot^5} M^6",
        "\\frac{10^{5}L_{\\odot}}{0.007c^{2}M_{\\odot}^{6}}M^{6}",
        False,
    ),
    ("2 M_\\text{sun}", "2M_{\\odot}", True),
    ("2 M_\\odot", "2M_{\\oplus}", False),
    (
        "\\begin{pmatrix} 2 & 0 \\\\ 1 & 5 \\end{pmatrix}",
        "\\begin{bmatrix} 2 & 0 \\\\ 1 & 5 \\end{bmatrix}",
        True,
    ),
    (
        "\\left[\\begin{array}{cc} 2 & 0 \\\\ 1 & 5 \\end{array}\\right]",
        "\\begin{pmatrix}2&0\\\\1&5\\end{pmatrix}",
        True,
    ),
    ("\\left(\\begin{matrix} 2 \\\\ 1 \\end{matrix}\\right)", "\\begin{pmatrix}2\\\\1\\end{pmatrix}", True),
    ("\\begin{pmatrix} 2 & 0 \\\\ 1 & 5 \\end{pmatrix}", "\\begin{pmatrix}2&0\\\\5&1\\end{pmatrix}", False),
    ("\\begin{pmatrix} 2 & 0 \\end{pmatrix}", "\\begin{pmatrix}2\\\\0\\end{pmatrix}", False),
    (
        "\\begin{pmatrix} 0.5 & \\frac{4}{2} \\end{pmatrix}",
        "\\begin{pmatrix}\\frac{1}{2}&2\\end{pmatrix}",
        True,
    ),
    # an accent on one letter without braces ("\\dots" stays an ellipsis)
    ("\\dot x_0", "\\dot{x}_{0}", True),
    (
        "x_0\\cos\\omega t+\\frac{\\dot x_0}{\\omega}\\sin\\omega t",
        "x_{0}\\cos(\\omega t)+\\dot{x}_{0}\\sin(\\omega t)/\\omega",
        True,
    ),
    ("\\ddot x", "\\ddot{x}", True),
    ("\\dot x_0", "x_{0}", False),
    ("1,2,\\dots,n", "1,2,\\ldots,n", True),
    # \\quad beside an operator only spaces an expression; between two answers it separates them
    ("x^5 - x^4 \\quad + x^3", "x^5-x^4+x^3", True),
    ("y \\quad = 2x + 3", "2x+3", True),
    ("2 \\quad 7", "7, 2", True),
    ("n^{2} \\quad +1", "n^2+1", True),  # a plus glued to its term still continues the sum
    ("5 \\quad -1", "5, -1", True),  # a minus glued to its number starts a new item
    # a tuple of three or more in square brackets is no interval
    ("[-266,-3,-28]", "(-266,-3,-28)", True),
    ("[1,2]", "(1,2)", False),
    # a Greek letter or a degree written out
    ("2 alpha", "2\\alpha", True),
    ("2 alpha", "2", False),
    ("theta/2", "\\frac{\\theta}{2}", True),
    ("120^deg", "120^\\circ", True),
    # equations of functions listed inside brackets, as listed bare
    ("(f(x)=x, f(x)=-x)", "f(x)=x, f(x)=-x", True),
    ("\\{f(x)=x, f(x)=-x\\}", "f(x)=x", False),
    ("(f(n)=n, g(n)=1)", "f(n)=n, g(n)=1", True),
    ("(f(n)=n, g(n)=2)", "f(n)=n, g(n)=1", False),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), MARKUP)
def test_markup(predicted: str, gold: str, equal: bool) -> None:
    _check(predicted, gold, equal)


def test_matrices_of_numbers_are_settled_on_the_fast_path() -> None:
    assert (
        _fast("\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}", "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}") is True
    )
    assert (
        _fast("\\begin{bmatrix}1&2\\\\3&5\\end{bmatrix}", "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}") is False
    )


def test_mangled_control_characters_are_repaired_before_macro_names_only() -> None:
    assert normalize_answer("\x08oxed{\x0crac{1}{4}}") == "\\frac{1}{4}"
    assert "\\" not in normalize_answer("a\x08c")  # no macro name follows: nothing is invented


# --- the structure layer, generic over the element comparator ----------------------------------------------------


def _strings(a: str, b: str) -> bool:
    return a == b


def _unsure(a: str, b: str) -> bool | None:
    return True if a == b else None


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("1,2", "2,1", True),
        ("\\{1,2\\}", "2,1", True),
        ("(1,2)", "1,2", True),  # a point written without its parentheses
        ("(1,2)", "\\{1,2\\}", False),
        ("(1,2]", "[1,2]", False),
        ("[1,2)", "[1,2)", True),
        ("a=1,b=2", "b=2,a=1", True),
        ("(a,b)=(1,2)", "(1,2)", True),
        ("1,2", "1", False),
        ("(1,2)\\cup(3,4)", "(3,4)\\cup(1,2)", True),
        ("(1,2)\\cup(3,4)", "(1,2)\\cup(3,5)", False),
    ],
)
def test_structure_rules_with_a_plain_comparator(predicted: str, gold: str, expected: bool) -> None:
    assert structures_equal(parse_structure(predicted), parse_structure(gold), _strings) is expected


def test_an_undecided_element_leaves_the_structure_undecided() -> None:
    # "1,x" against "x,1" matches with any comparator; "1,y" against "x,1" needs to know whether y equals x.
    assert structures_equal(parse_structure("1,x"), parse_structure("x,1"), _unsure) is True
    assert structures_equal(parse_structure("1,y"), parse_structure("x,1"), _unsure) is None
    # A length mismatch is decided without asking the comparator.
    assert structures_equal(parse_structure("(1,y)"), parse_structure("(x,1,2)"), _unsure) is False


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(-50, 50), min_size=1, max_size=6, unique=True), st.randoms())
def test_solution_sets_are_unordered_on_the_fast_path(values: list[int], random: object) -> None:
    shuffled = list(values)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    gold = ", ".join(str(value) for value in values)
    predicted = " \\text{ or } ".join(str(value) for value in shuffled)
    assert _fast(predicted, gold) is True
    if len(values) > 1:
        assert _fast(predicted, str(values[0])) is False  # a hedge


@settings(max_examples=150, deadline=None)
@given(st.fractions(min_value=-1000, max_value=1000, max_denominator=97), st.integers(3, 8))
def test_an_exact_answer_matches_its_own_rounding(value: object, digits: int) -> None:
    from fractions import Fraction

    assert isinstance(value, Fraction)
    rounded = f"{float(value):.{digits}g}"
    if "e" in rounded or "." not in rounded:
        return  # an integer or exponent form states no decimal precision
    significant = len(rounded.lstrip("-").replace(".", "").lstrip("0"))
    gold = prepare_gold(rounded)
    assert gold is not None
    decision = fast_compare(f"\\frac{{{value.numerator}}}{{{value.denominator}}}", gold)
    assert decision is not None
    denominator = value.denominator
    for factor in (2, 5):
        while denominator % factor == 0:
            denominator //= factor
    # three digits state a rounding; two do against a fraction with no finite decimal (0.33 for 1/3)
    enough = significant >= 3 or (significant == 2 and denominator != 1)
    assert decision.equal is (Fraction(rounded) == value or enough)


@pytest.mark.parametrize(
    ("gold", "plain"),
    [
        ("3, -1", True),
        ("x \\geq 2", True),
        ("(1, \\infty)", True),
        ("\\text{North}", True),
        ("m=3, n=8", True),
        ("\\begin{pmatrix}1&2\\end{pmatrix}", True),
        ("x^2+1", False),  # an expression: only a parser can tell it is well formed
        ("\\frac{1}{2}+\\sqrt{", False),
    ],
)
def test_plain_golds_are_marked_for_the_cascade(gold: str, plain: bool) -> None:
    prepared = prepare_gold(gold)
    assert prepared is not None and prepared.plain is plain


# Notations found missing by probes 51 and 52 (fourteenth session), each with a near miss that must stay wrong.
NOTATIONS = [
    ("1+\\sqrt{3}i", "2\\operatorname{cis}(\\pi/3)", True),  # cis θ = cos θ + i sin θ
    ("1+i", "\\sqrt{2}\\,\\text{cis}\\,45^\\circ", True),
    ("1-i", "\\sqrt{2}\\,\\text{cis}\\,45^\\circ", False),
    ("1+i", "\\sqrt{2}\\left(\\cos 45^\\circ + i \\sin 45^\\circ\\right)", True),  # (the \right) was eaten)
    ("1-i", "\\sqrt{2}\\left(\\cos 45^\\circ + i \\sin 45^\\circ\\right)", False),
    ("56", "{}^{8}C_{3}", True),  # combinations and permutations in prescript notation
    ("60", "{}_5P_3", True),
    ("20", "{}_5P_3", False),
    ("120", "C_{10}^{3}", True),  # ... and after the letter, as Chinese and Russian textbooks write them
    ("\\binom{10}{3}", "\\mathrm{C}_{10}^3", True),
    ("120", "C^{3}_{10}", True),
    ("20", "A_5^2", True),
    ("\\frac{3}{10}", "\\frac{C_3^1 C_2^1}{C_5^2}", False),  # (3/5)
    ("121", "C_{10}^{3}", False),
    ("1", "C_1^2", False),  # (k > n: a constant C_1 squared, no count)
    ("C_1e^{x}+C_2^2", "C_1e^{x}+1", False),  # (numbered constants: C_2^2 is one squared)
    ("\\text{second}", "2nd", True),  # an ordinal in words and in figures
    ("3^{\\text{rd}}", "\\text{Third}", True),
    ("\\text{third}", "2nd", False),
    ("\\text{second}", "1\\text{ second}", False),
    ("2+3j", "2+3i", True),  # the engineers' imaginary unit
    ("\\sqrt{2}e^{j\\pi/4}", "1+i", True),
    ("2-3j", "2+3i", False),
    ("j", "i", False),  # (j alone: a name, a letter or an index)
    ("\\overline{2+5i}", "2-5i", True),  # the conjugate of a complex number written out
    ("\\bar{-2-i}", "-2+i", True),
    ("\\overline{4+3i}", "4+3i", False),
    ("\\frac{1}{3}", "0.\\overline{3}", True),  # (a repeating decimal is no conjugate)
    ("Yes", "True", True),  # a claim's truth however the reply says it (TheoremQA's golds are True / False)
    ("\\text{No}", "False", True),
    ("false", "\\text{No}", True),
    ("No", "True", False),
    ("\\text{No, it is not complete}", "False", True),
    ("\\text{No, it is not complete}", "True", False),
    ("1, 2, 3", "[1, 2, 3]", True),  # a list as programs print it (TheoremQA): no interval has three terms
    ("(\\frac{1}{2}, \\frac{1}{2})", "[0.5, 0.5]", True),  # ... nor two the same
    ("3, 2, 1", "[1, 2, 3]", False),
    ("1, 2", "[1, 2, 3]", False),
    ("3, 4", "[3, 4]", False),  # (an interval, or a list: not told)
    (
        "n > 3",
        "n \\geq 4",
        True,
    ),  # of a whole number n, m or k: an open end at a whole number is the next one closed
    ("4 \\le n \\le 6", "3 < n < 7", True),
    ("k < 6", "k \\leq 5", True),
    ("n > 4", "n \\geq 4", False),
    ("x > 3", "x \\geq 4", False),  # (x: a real number)
    ("n > 3", "(3, \\infty)", True),
    ("\\log 2", "\\ln 2", True),  # \log without a base beside \ln: a natural logarithm, as analysts write it
    ("x\\log x - x + C", "x\\ln x - x + C", True),
    ("\\ln 2", "\\log 2", True),
    ("\\log 100", "2", True),  # (alone: the common logarithm)
    ("\\log 2", "\\ln 3", False),
    ("\\log_{10} 2", "\\ln 2", False),
    ("\\nabla f = \\langle 2xy, x^2 \\rangle", "(2xy, x^2)", True),  # an equation's last side: a vector too
    ("\\nabla f = \\langle x^2, 2xy \\rangle", "(2xy, x^2)", False),
    ("n = 2^k,\\ k \\geq 1", "n = 2^k", True),  # the range of a parameter the gold leaves to the question
    ("2^k, k \\in \\mathbb{N}", "2^k", True),
    ("a_n = 3n+1 \\; (n \\ge 1)", "a_n = 3n+1", True),
    ("n = 3^k,\\ k \\geq 1", "n = 2^k", False),
    ("n = 2^k, k \\geq 1", "n = 2^k, k \\geq 0", False),  # (a gold that states its range: compared with it)
    ("3, k \\geq 1", "3", False),  # (no parameter of the answer)
    ("x=y=z=1", "(1, 1, 1)", True),  # the names of a tuple's parts, all of one value
    ("x=y=z=2", "(1, 1, 1)", False),
    ("x=y=z=1", "(1, 1, 2)", False),
    ("x=y=z=1", "(1, 1)", False),
    ("\\cos\\varphi", "\\cos\\phi", True),  # one letter in two shapes
    ("\\frac{F_{\\max}}{k}", "\\frac{F_{max}}{k}", True),  # a subscript's label
    ("\\hbar", "\\frac{h}{2\\pi}", True),  # the reduced Planck constant
    ("\\frac{n^2\\pi^2\\hbar^2}{2mL^2}", "\\frac{n^2h^2}{8mL^2}", True),
    ("\\frac{n^2\\pi^2\\hbar^2}{mL^2}", "\\frac{n^2h^2}{8mL^2}", False),
    ("\\hbar", "\\frac{h}{\\pi}", False),
    ("R+i\\omega L", "R+j\\omega L", True),  # an engineer's j in the gold, a mathematician's i in the answer
    ("R-i\\omega L", "R+j\\omega L", False),
    ("\\text{twenty-first}", "21st", True),  # a compound ordinal in words
    ("\\text{twenty-first}", "22nd", False),
    ("2 \\text{ seconds}", "2nd", False),  # (a time, not an ordinal)
    ("C_n^2", "\\frac{n(n-1)}{2}", True),  # n choose 2 with a letter for n
    ("C_n^2", "\\frac{n(n+1)}{2}", False),
    ("2(a, b) = (2, 4)", "(2, 4)", False),  # (a multiple of the pair: the pair is (1, 2))
    ("-9.8\\hat{j}", "(0,-9.8,0)", True),  # a vector of the plane against one of space: k-hat unwritten
    ("-9.8\\hat{j}", "(0,-9.8,1)", False),
    ("(1, 2)", "(1, 2, 0)", False),  # (a point of the plane is no point of space)
    ("qvB\\hat{y}", "qvB\\,\\hat{j}", True),  # y-hat is j-hat
    ("qvB\\hat{x}", "qvB\\,\\hat{j}", False),
    ("3i+4j", "3\\hat{i}+4\\hat{j}", True),  # the gold's unit vectors as plain letters
    ("3i + 4j m/s", "3\\hat{i}+4\\hat{j}\\ \\text{m/s}", True),  # (with the unit after it)
    ("7(\\hat{i}-\\hat{j})", "7\\hat{i}-7\\hat{j}", True),  # a number times a sum of unit vectors
    ("7(\\hat{i}+\\hat{j})", "7\\hat{i}-7\\hat{j}", False),
    ("-2(\\hat{i}-\\hat{k})", "(-2,0,2)", True),
    ("P=\\frac{nRT}{V}", "PV=nRT", True),  # an equation of the gold's solved for one of its names
    ("f=\\frac{uv}{u+v}", "\\frac{1}{f}=\\frac{1}{u}+\\frac{1}{v}", True),
    ("P=\\frac{nR}{TV}", "PV=nRT", False),
    ("f=\\frac{u+v}{uv}", "\\frac{1}{f}=\\frac{1}{u}+\\frac{1}{v}", False),
    ("x = \\frac{y-1}{2}", "y = 2x+1", False),  # (a gold solved for y asks for y)
    ("a = \\frac{F}{m}", "F = ma", False),
    ("4i+3j", "3\\hat{i}+4\\hat{j}", False),
    ("20\\text{ mT}", "2.0\\times10^{-2}\\ \\text{T}", True),  # teslas, terahertz, ohms with a kilo in text
    ("20\\text{ T}", "2.0\\times10^{-2}\\ \\text{T}", False),
    ("750\\text{ THz}", "7.5\\times10^{14}\\ \\text{Hz}", True),
    ("750\\text{ GHz}", "7.5\\times10^{14}\\ \\text{Hz}", False),
    ("2\\text{ k}\\Omega", "2\\times10^{3}\\ \\Omega", True),
    ("3\\text{ k}\\Omega", "2\\times10^{3}\\ \\Omega", False),
    ("10^{4}\\text{ V/m}", "1.0\\times10^{4}\\ \\text{N/C}", True),  # an electric field in either unit
    ("10^{3}\\text{ V/m}", "1.0\\times10^{4}\\ \\text{N/C}", False),
    ("\\frac{1}{3}", "0.(3)", True),  # the period in brackets
    ("\\frac{137}{110}", "1.2(45)", True),
    ("0.3", "0.(3)", False),
    ("(1,5)", "]1,5[", True),  # reversed brackets for open ends
    ("[0,1)", "[0,1[", True),
    ("[1,5]", "]1,5[", False),
    ("[-1,1]\\cup(2,3]", "[-1,1]\\cup]2,3]", True),
    ("60", "60^\\circ = \\frac{\\pi}{3}", True),  # a gold chaining one value in two forms: either answers
    ("\\frac{\\pi}{3}", "60^\\circ = \\frac{\\pi}{3}", True),
    ("64", "2^6 = 64", True),
    ("45", "60^\\circ = \\frac{\\pi}{3}", False),
    ("3", "2x+1=7", False),  # (an equation with a variable is no chain of values)
    ("[[1,2],[3,4]]", "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", True),  # a matrix as programs print it
    ("[[1,3],[2,4]]", "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", False),
    ("\\frac{1}{29322216}", "\\frac{1}{29,322,216}", True),  # thousands separators inside a fraction
    ("2.5", "2{,}5", True),  # a decimal comma
    ("2500", "2{,}500", True),  # ... a thousands separator before three digits
    ("105", "7!!", True),  # the double factorial
    ("5040", "7!!", False),
    ("12", "\\text{十二}", True),  # Chinese numerals
    ("12000", "1.2万", True),
]


def test_an_interval_with_reversed_brackets_is_read_from_a_final_sentence() -> None:
    assert verify("The solution set is $]1,5[$.", "(1,5)").correct  # (it ends on "[", no formula left open)
    assert verify("The solution set is $]1,5[ \\cup ]7,9[$.", "(1,5)\\cup(7,9)").correct
    assert not verify("The solution set is $[1,5[$.", "[1,5]").correct


INLINE_COEFFICIENTS = [
    (
        "4/3 \\pi \\cdot 248^{3/2}",
        "\\frac{4}{3} \\pi \\cdot 248^{3/2}",
        True,
    ),  # an inline fraction's coefficient
    ("4/3\\pi r^3", "\\frac{4\\pi r^3}{3}", True),
    ("1/2 x", "\\frac{x}{2}", True),
    ("1/2 (x+1)", "\\frac{x+1}{2}", True),
    ("4/3 \\pi", "\\frac{4}{3\\pi}", False),
    ("2 1/2", "\\frac{5}{2}", True),  # (a mixed number stays one)
]


def test_emphasis_after_a_decimal_is_no_factorial() -> None:
    assert verify("$0.15!!$", "0.15").correct  # a decimal has no factorial: the marks are emphasis
    assert verify("\\boxed{10!}", "3628800").correct


# Found by probe 55 (fourteenth session): multisets, piecewise definitions, words for special values, residues.
PROBE_55 = [
    ("1, 2", "1, 1, 2", False),  # a gold that repeats a root counts it twice
    ("2, 1, 1", "1, 1, 2", True),
    ("2, 3, 3", "2, 2, 3", False),
    ("3, 2", "2, 3", True),  # (without repeats, still a set)
    (
        "f(x)=\\begin{cases} -x & x<0 \\\\ x & x\\ge 0 \\end{cases}",
        "f(x)=\\begin{cases} x & x\\ge 0 \\\\ -x & x<0 \\end{cases}",
        True,
    ),
    (
        "\\begin{cases} -x & \\text{if } x<0 \\\\ x & \\text{if } x \\geq 0 \\end{cases}",
        "\\begin{cases} x & x\\ge 0 \\\\ -x & x<0 \\end{cases}",
        True,
    ),
    (
        "\\begin{cases} x & x<0 \\\\ -x & x \\geq 0 \\end{cases}",
        "\\begin{cases} x & x\\ge 0 \\\\ -x & x<0 \\end{cases}",
        False,
    ),
    (
        # (a boundary moved where both branches agree, 0 at 0: one function, compared at points)
        "\\begin{cases} x & x>0 \\\\ -x & x \\leq 0 \\end{cases}",
        "\\begin{cases} x & x\\ge 0 \\\\ -x & x<0 \\end{cases}",
        True,
    ),
    (
        "\\begin{cases} x+1 & x>0 \\\\ -x & x \\leq 0 \\end{cases}",
        "\\begin{cases} x+1 & x\\ge 0 \\\\ -x & x<0 \\end{cases}",
        False,  # (at 0: 0 against 1)
    ),
    (
        "\\begin{cases} 2x & x>1 \\\\ 3 & \\text{otherwise} \\end{cases}",
        "\\begin{cases} 2x & x>1 \\\\ 3 & \\text{else} \\end{cases}",
        True,
    ),
    ("\\text{negative infinity}", "-\\infty", True),
    ("\\text{negative infinity}", "\\infty", False),
    ("\\text{all positive real numbers}", "(0,\\infty)", True),
    ("\\text{all nonnegative real numbers}", "(0,\\infty)", False),
    ("3 \\text{ mod } 7", "3", True),
    ("3 \\bmod 7", "3", True),
    ("10 \\equiv 3 \\pmod 7", "3", True),
    ("10 \\text{ mod } 7", "10", False),  # the operation, whose value is 3
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), NOTATIONS + INLINE_COEFFICIENTS + PROBE_55)
def test_notations_found_missing(predicted: str, gold: str, equal: bool) -> None:
    # (probes 51, 52 and 55: notations, inline coefficients, multisets, piecewise, special words and residues)
    assert verify(f"\\boxed{{{predicted}}}", gold).correct is equal


# The eighteenth session's forms, as bare answers (what graders pass) and as a model's final sentence.
DURATIONS_TIMES_UNITS = [
    # a duration in two units is one quantity, in any of its units
    ("3 hours 15 minutes", "3\\text{ hours and }15\\text{ minutes}", True),
    ("3.25 hours", "3\\text{ hours and }15\\text{ minutes}", True),
    ("195 minutes", "3\\text{ hours and }15\\text{ minutes}", True),
    ("3 h 15 min", "195 \\text{ minutes}", True),
    ("3 hours 20 minutes", "3\\text{ hours and }15\\text{ minutes}", False),
    ("2 min 5 s", "125 \\text{ seconds}", True),
    ("1000 hours 30.25 minutes", "60030.25 \\text{ minutes}", True),  # (exact, not rounded to six digits)
    ("1000 hours 30.25 minutes", "60031.25 \\text{ minutes}", False),
    # an hour of the 12-hour clock without its minutes
    ("7 a.m.", "\\text{7:00 a.m.}", True),
    ("7 PM", "19:00", True),
    ("7 p.m.", "\\text{7:00 a.m.}", False),
    # a rate in words, and micro written as a Greek letter
    ("45 \\text{ km per hour}", "45 \\text{ km/h}", True),
    ("45 miles per hour", "45 \\text{ km/h}", False),
    ("8\\ \\mu\\text{m}", "8", True),
    ("8 \\mu\\text{s}", "8", True),
    ("8 µm", "9", False),
    (
        "3 \\mu\\text{A}",
        "3 \\text{ mA}",
        False,
    ),  # (micro of a unit not read with its prefix: never the gold's 3)
    # a numeral bracketed before its base
    ("(2301)_4", "2301_4", True),
    ("(2301)_4", "2311_4", False),
    # a scale word and a unit in one wrapper
    ("75 \\text{ million years}", "7.5e7", True),
    ("75 \\text{ million years}", "7.5e6", False),
    # a product of names written against an operator is a bare answer, not a sentence
    ("mn-\\left\\lfloor\\frac{m}{2}\\right\\rfloor", "m n-\\lfloor m / 2\\rfloor", True),
    ("mn-\\left\\lfloor\\frac{m}{3}\\right\\rfloor", "m n-\\lfloor m / 2\\rfloor", False),
    # a range written with the function in the middle
    ("-1 \\le f(x) \\le 3", "[-1, 3]", True),
    ("-1 < f(x) \\le 3", "[-1, 3]", False),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), DURATIONS_TIMES_UNITS)
def test_durations_times_and_units(predicted: str, gold: str, equal: bool) -> None:
    assert verify(predicted, gold).correct is equal, predicted


FINAL_SENTENCES = [
    ("Leaving at 11:40 a.m. and riding 2 hours, she arrives at 1:40 p.m.", "1:40 \\text{ p.m.}", True),
    ("Leaving at 11:40 a.m. and riding 2 hours, she arrives at 1:40 p.m.", "11:40 \\text{ a.m.}", False),
    ("So the store opens at 8 a.m.", "8:00 \\text{ a.m.}", True),
    ("The car's speed is 72 km per hour.", "72 \\text{ km/h}", True),
    (
        "The left and right limits are 0 and 2, which differ, so the limit does not exist.",
        "\\text{DNE}",
        True,
    ),
    ("The left and right limits are 0 and 2, which differ, so the limit does not exist.", "2", False),
    ("Counting on from Friday, 30 days is 2 days later, which will be a Sunday.", "\\text{Sunday}", True),
    ("Counting on from Friday, 30 days is 2 days later, which will be a Sunday.", "\\text{Monday}", False),
    ("All three conditions hold.\n#### Yes", "\\text{Yes}", True),
]


@pytest.mark.parametrize(("completion", "gold", "equal"), FINAL_SENTENCES)
def test_values_a_final_sentence_states_in_words_or_as_a_time(
    completion: str, gold: str, equal: bool
) -> None:
    assert verify(completion, gold).correct is equal, completion


@pytest.mark.parametrize(
    ("completion", "gold", "equal"),
    [
        ("答：小明家到学校的距离是 5000 米。", "5\\text{ km}", True),
        ("答：需要 360 厘米长的彩带。", "3.6\\text{ m}", True),  # (a unit written unspaced before more words)
        ("The distance is 5000 m.", "5\\text{ km}", True),
        ("答：小明家到学校的距离是 5000 厘米。", "5\\text{ km}", False),
        ("The distance is 5000 mm.", "5\\text{ km}", False),
        ("The distance is 5000 apples.", "5\\text{ km}", False),
    ],
)
def test_the_unit_after_a_final_sentence_number(completion: str, gold: str, equal: bool) -> None:
    """A number read from a final sentence is compared with a gold that has a unit in the unit the sentence writes
    after it (the number alone is the value in an unknown unit)."""
    assert verify(completion, gold).correct is equal


@pytest.mark.parametrize(
    ("completion", "gold", "equal"),
    [
        ("If $n$ is odd, $n^2 \\equiv 1 \\pmod 4$. Hence no such integer exists.", "\\text{No}", True),
        ("If $n$ is odd, $n^2 \\equiv 1 \\pmod 4$. Hence no such integer exists.", "Yes", False),
        (
            "So the answer is: not necessarily — a continuous function need not be differentiable.",
            "False",
            True,
        ),
        ("There is no such function, but one exists for n = 2.", "No", False),  # (more than a denial)
        ("Hence such an integer exists.", "No", False),
    ],
)
def test_a_final_sentence_that_denies_existence_replies_no(completion: str, gold: str, equal: bool) -> None:
    assert verify(completion, gold).correct is equal


@pytest.mark.parametrize(
    ("completion", "gold", "equal"),
    [
        # probe 104, a red team of the session's readings: what each reading must not take
        (
            "Let $j$ be the number of odd terms. Then the count of valid blocks is $\\boxed{1 + j}$.",
            "1 + i",
            False,
        ),
        ("The impedance is $\\boxed{2+3j}$ ohms.", "2+3i", True),
        (
            "Using base-10 logarithms, $\\log 2 \\approx 0.301$, so the answer is $\\boxed{\\log 2 \\approx 0.301}$.",
            "\\ln 2",
            False,
        ),
        ("So the answer is $\\boxed{\\log 2}$.", "\\ln 2", True),
        (
            "No, it is not complete: the Cauchy sequence 1/n in (0, 1] has no limit in the space.",
            "False",
            True,
        ),
        ("**Yes**, the function is continuous on [0, 1] as a composition of continuous ones.", "True", True),
        (
            "**Yes**, the function is continuous on [0, 1] as a composition of continuous ones.",
            "False",
            False,
        ),
        ("Yes, for n <= 5 only; for larger n the bound fails.", "True", False),  # (a qualified reply)
        # probe 106, a red team of the later readings
        ("The toxic gas formed in incomplete combustion is $\\boxed{Co}$.", "CO", False),  # cobalt, not CO
        ("The answer is $\\boxed{NO}$.", "\\text{No}", True),  # (a word in capitals, no formula)
        ("The acceleration is $a=\\boxed{\\frac{|M-m|\\,g}{M+m}}$.", "\\frac{(M-m)g}{M+m}", False),
        (
            "Hence the next term is $\\boxed{a_i + 1}$.",
            "a_j + 1",
            False,
        ),  # (an index, not the imaginary unit)
        ("So $\\boxed{n = 2^k,\\ k \\geq 3}$.", "2^k", False),  # (a range that changes the answer)
        ("So $B = \\boxed{2\\times 10^{-6}\\ \\text{T}}$.", "2\\ \\mu\\text{T}", True),
        ("The impedance is $\\boxed{3+4i}\\ \\Omega$.", "3 + 4j", True),
        ("Yes, such a function exists: for example $f(x)=x$.", "\\text{Yes}", True),
        ("Therefore $n^3 \\equiv 3 \\pmod 7$ has no solution: there is no such integer.", "\\text{No}", True),
        ("So $\\boxed{n = 3k \\text{ for some integer } k}$.", "3k", True),
        ("So $\\boxed{n = 3k \\text{ for some integer } m}$.", "3k", False),
        # probe 107, a reward-hacking red team: a box that names more than one option, or no option
        ("Work could be 12 J or 24 J.\n\n$\\boxed{C \\lor D}$", "C", False),
        ("Work could be 12 J or 24 J.\n\n$\\boxed{C \\text{ (D also plausible)}}$", "C", False),
        ("Work could be 12 J or 24 J.\n\n$\\boxed{C \\quad D}$", "C", False),
        ("Organic molecules such as ethane, $\\boxed{\\mathrm{C}_2\\mathrm{H}_6}$.", "C", False),
        ("A typical functional group: $\\boxed{\\text{C=C}}$.", "C", False),
        ("Work is 12 J.\n\n$\\boxed{\\text{(C) } 12}$", "C", True),
        ("Work is 12 J.\n\n$\\boxed{C}$", "C", True),
        # ... and false equations with units, whose right side alone would be paid
        ("$\\boxed{12 \\text{ apples} = 15 \\text{ apples}}$", "15", False),
        ("$\\boxed{3 \\text{ hours} = 5 \\text{ hours}}$", "5", False),
        ("$\\boxed{90^\\circ = \\pi}$", "\\pi", False),
        ("$\\boxed{5 \\text{ m/s} = 5 \\text{ N}}$", "5\\text{ m/s}", False),
        ("$\\boxed{90^\\circ = \\frac{\\pi}{2}}$", "\\frac{\\pi}{2}", True),
        ("$\\boxed{1500 \\text{ cents} = \\$15}$", "15", True),
    ],
)
def test_the_twenty_first_sessions_readings_under_attack(completion: str, gold: str, equal: bool) -> None:
    assert verify(completion, gold).correct is equal
    assert (AccuracyReward()(completions=[completion], solution=[gold])[0] == 1.0) is equal


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        # a decimal comma and thousands dots, in a text written in a language that writes numbers so
        ("On partage 7 m en deux.\nChaque morceau mesure donc 3,5 m.\nLa réponse est 3,5.", "3.5", True),
        ("Als Dezimalzahl: 3 : 4 = 0,75.\nDie Antwort lautet 0,75.", "0.75", True),
        ("v = 90 км : 3 ч.\nОтвет: 2,5", "2.5", True),
        ("Mỗi đoạn dài: 10 : 4 = 2,5 (m).\nĐáp số: 2,5 m", "2.5", True),
        (
            "Hay 4 tanques, así que la capacidad total es 4 × 250 = 1.000 litros.\nLa respuesta es 1.000 litros.",
            "1000",
            True,
        ),
        ("Wir kürzen: 5000 : 2 = 2.500.\nDie Antwort lautet 2.500.", "2.5", False),  # 2500 in German
        ("10^6 ist eine Eins mit sechs Nullen.\nDie Antwort lautet 1.000.000.", "1000000", True),
        ("The product is \\boxed{1.000.000}", "1000000", True),  # two points: thousands in any language
        # a unit in Cyrillic after the number; a pair or an interval parted by a semicolon
        ("v = 90 км : 3 ч = 30 км/ч.\nОтвет: 30 км/ч.", "30", True),
        ("Ответ: 31 км/ч.", "30", False),
        ("3x ≤ 6\nОтвет: $x \\in (-\\infty; 2]$.", "(-\\infty, 2]", True),
        ("\\boxed{(1; 2)}", "(1,2)", True),
        ("\\boxed{(2; 1)}", "(1,2)", False),
        # such a language parts a list with a semicolon: its "3,5" is no list of 3 and 5
        ("(3 + 4) : 2 = 7 : 2 = 3,5\nAntwort: 3,5", "3, 5", False),
        ("x = 7/2 = 3,5.\nОтвет: 3,5", "3, 5", False),
        # ... also where no marker introduces it: the final sentence's number, its comma a decimal point
        ("Имеем уравнение 4x − 3 = 7.\n4x = 10\nСледовательно, x = 2,5.", "2.5", True),
        ("Resolvemos 2x + 5 = 10.\nPor lo tanto, x = 2,5.", "2.5", True),
        ("Résolvons 2x − 7 = 0.\n2x = 7\nDonc x = 3,5.", "\\frac{7}{2}", True),
        ("Wir teilen 5 durch 2.\n5 : 2 = 2,500\nAntwort: 2,500", "2500", False),  # 2.5, not a thousands dot
        ("Wir teilen 5 durch 2.\n5 : 2 = 2,500\nAntwort: 2,500", "2.5", True),
        # "and" in those languages joins the solutions of one variable: two values, neither alone
        ("Wir lösen x² − 8x + 15 = 0.\nDie Lösungen sind x₁ = 3 und x₂ = 5.", "3, 5", True),
        ("Wir lösen x² − 8x + 15 = 0.\nDie Lösungen sind x₁ = 3 und x₂ = 5.", "5", False),
        # ... and not an English text with names or words of those languages, or with a variable y and a point O
        ("We factor $(x-3)(x-5)$, à la Viète.\nVoilà, the roots are:\n\\boxed{3,5}", "3.5", False),
        (
            "By the García–Ruiz lemma (as Señor García showed), the values are 3 and 5.\n\\boxed{3,5}",
            "3.5",
            False,
        ),
        ("Let O be origin, y = 2x, total de 7. So \\boxed{3,5}", "3.5", False),
        # in English, "3,5" stays two values and "2.500" a decimal
        ("The roots are x = 3,5.\nThe answer is 3,5.", "3.5", False),
        ("So the ratio is 5/2 = 2.500.\nThe answer is 2.500.", "2.5", True),
        # thousands points before a decimal comma: only such a writer's number, in any language
        ("El precio final es 1.250,75 euros.\nRespuesta: 1.250,75", "1250.75", True),
        ("El precio final es 1.250,75 euros.\nRespuesta: 1.250,75", "1.25075", False),
        ("The total comes to \\boxed{3.400,5}", "3400.5", True),
        # a currency's code before its dollar sign; not a variable before a math span's closing sign
        ("O total é R$ 250,00.\nResposta: R$ 250,00", "250", True),
        ("The fare is US$ 12.", "12", True),
        ("So $\\boxed{R}$ is the radius.", "R", True),
    ],
)
def test_a_number_in_the_writers_format(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        # a system's solution as a cases environment of assignments: every row, named parts
        ("The solution of the system is $\\begin{cases}x=2\\\\y=5\\end{cases}$.", "(2,5)", True),
        ("\\boxed{\\begin{cases}x=2\\\\y=5\\end{cases}}", "(2,5)", True),
        ("\\boxed{\\begin{cases}x=5\\\\y=2\\end{cases}}", "(2,5)", False),
        (
            "The solution of the system is $\\begin{cases}x=2\\\\y=5\\end{cases}$.",
            "5",
            False,
        ),  # not its last row
        # a piecewise function stays whole: a condition "x = 0" in it is no value
        ("So $f(x)=\\begin{cases}1 & x=0\\\\x & x\\neq 0\\end{cases}$.", "1", False),
    ],
)
def test_a_system_solved_in_a_cases_environment(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        # fractions, percentages, roots and ratios as Chinese, Japanese and Korean write them (denominator first)
        ("3 个 1/4 就是 3/4。\n答：小明吃了这块蛋糕的四分之三。", "\\frac{3}{4}", True),
        ("答案是二分之一。", "0.5", True),
        ("答：降价了百分之二十五。", "25\\%", True),
        ("答：降价了百分之二十五。", "25", True),
        ("答：男生人数与女生人数的比是3比2。", "3:2", True),
        ("答えは 5分の2 です。", "\\frac{2}{5}", True),
        ("답은 3분의 2입니다.", "\\frac{2}{3}", True),
        ("答：对角线长为根号2。", "\\sqrt{2}", True),
        ("所以 sin 60° 的值为二分之根号三。\n答：二分之根号三", "\\frac{\\sqrt{3}}{2}", True),
        ("答：小明吃了这块蛋糕的三分之四。", "\\frac{3}{4}", False),  # 4/3
        ("温度的变化量为负值。\n所以答案是负四分之三。", "\\frac{3}{4}", False),  # minus three quarters
        ("温度的变化量为负值。\n所以答案是负四分之三。", "-\\frac{3}{4}", True),
        (
            "答：小明吃了这块蛋糕的三分之二，还剩三分之一。",
            "\\frac{2}{3}",
            False,
        ),  # two values: none stated alone
    ],
)
def test_fractions_written_the_chinese_japanese_and_korean_way(
    completion: str, gold: str, correct: bool
) -> None:
    assert verify(completion, gold).correct is correct


def test_greek_letters_typed_as_characters_are_the_letters_latex_names() -> None:
    completion = "So the time of flight is **t = 2v₀ sin θ / g**."
    assert verify(completion, "\\frac{2v_0\\sin\\theta}{g}").correct
    assert not verify(completion, "\\frac{2v_0\\cos\\theta}{g}").correct
    assert verify(
        "The wavelength is \\boxed{5 \\text{ μm}}.", "5"
    ).correct  # (μ, the micro of a unit, is left)


# The twenty-sixth session's forms (a differential hunt against math-verify on the benchmarks' golds found them).
HUNT_137 = [
    # a thousands separator is no list's comma, in TeX's braces or beside a joining word
    ("2{,}500 \\text{ and } 7{,}500", "2500,7500", True),
    ("2{,}500, 7{,}500", "2500,7500", True),
    ("2,500 and 7,500", "2500,7500", True),
    ("2{,}500, 7{,}500", "2500,7000", False),
    ("2{,}5", "2.5", True),  # (a decimal comma stays one)
    # plain TeX's \choose with a top or bottom of more than one token
    ("{2n \\choose n}", "\\binom{2n}{n}", True),
    ("{2n}\\choose{n}", "\\binom{2n}{n}", True),
    ("{n+1 \\choose 2}", "\\frac{n(n+1)}{2}", True),
    ("{2n \\choose n}", "\\binom{2n}{n+1}", False),
    # floor and ceiling called by name
    ("\\text{floor}(n/2) + 1", "\\lfloor n / 2\\rfloor+1", True),
    ("\\text{ceil}(n/2) + 1", "\\lceil n / 2\\rceil+1", True),
    ("floor((n+1)/2)", "\\lfloor \\frac{n+1}{2} \\rfloor", True),
    ("\\text{floor}(n/2) + 1", "\\lceil n / 2\\rceil+1", False),
    ("\\text{floor}(7/2)", "3", True),
    # the cent sign is a unit: cents, not dollars
    ("54¢", "54", True),
    ("54¢", "0.54 \\text{ dollars}", True),
    ("54¢", "54 \\text{ dollars}", False),
    ("5.4¢", "5.4 \\text{ cents}", True),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), HUNT_137)
def test_forms_found_by_a_differential_hunt(predicted: str, gold: str, equal: bool) -> None:
    assert verify(f"The answer is $\\boxed{{{predicted}}}$.", gold).correct is equal


# A second differential hunt (probes/hunt138) and a red team of the session's readings (probe 137): answers a chat
# model writes in plain text, read as a final sentence states them.
# A GSM8K few-shot completion's work: dollar signs and calculator annotations
GSM8K_WORK = "Their earnings were $83 + $91 = $<<83+91=174>>174\nThey needed $200 - $174 = $<<200-174=26>>26 more dollars\n"
# A box of an intermediate step followed by more than a screen of work (see the final answer's label cases below).
STEP_BOX = (
    "The parabola touches the line at \\(\\boxed{(2, -4)}\\).\n\n"
    + "Next, the shoelace sum of the vertices. " * 20
)
HUNT_138_SENTENCES = [
    # a clause of its own after a semicolon is no part of the answer
    ("Final answer: 12; we rejected the other case.", "12", "correct"),
    ("**Answer:** 12; this is the only valid value.", "12", "correct"),
    # a box in e-notation restated by a concluding sentence is one answer, not its exponent too (hunt 144)
    ("in this case $\\boxed{1e-5}$ radians.\n\nSo the final answer is 1e-5.", "1e-5", "correct"),
    ("in this case $\\boxed{3.2e+4}$.\n\nThus the final answer is 3.3e+4.", "3.2e4", "incorrect"),
    ("The answer is 12; actually it is 15.", "12", "incorrect"),
    # set-builder notation in plain braces, a union typed with U or ∪, ± typed in ASCII, Unicode roots
    ("The answer is {x | x > 3}.", "(3,\\infty)", "correct"),
    ("The answer is {x | x > 3}.", "[3,\\infty)", "incorrect"),
    ("The answer is (-inf, 2] U (4, inf).", "(-\\infty,2]\\cup(4,\\infty)", "correct"),
    ("The answer is (-∞, 2] ∪ (4, ∞).", "(-\\infty,2]\\cup(4,\\infty)", "correct"),
    ("So x = 3 +/- 2√2.", "3 \\pm 2\\sqrt{2}", "correct"),
    ("Final answer: ∛2", "\\sqrt[3]{2}", "correct"),
    ("Final answer: ∜16", "2", "correct"),
    # a unit with a negative power after the value
    ("The answer is 2.5 m s^{-1}.", "2.5", "correct"),
    # ten values, one span each: all of them
    (
        "The solutions are $1$, $2$, $3$, $4$, $5$, $6$, $7$, $8$, $9$, $10$.",
        "1,2,3,4,5,6,7,8,9,10",
        "correct",
    ),
    ("The solutions are $1$, $2$, $3$, $4$, $5$, $6$, $7$, $8$, $9$, $10$.", "3,4,5,6,7,8,9,10", "incorrect"),
    # a chance "5 in 9" named earlier in its sentence, or boxed; a binomial of counting variables; floor by name
    ("So the chance of rain on at least one of the two days is 5 in 9.", "\\frac{5}{9}", "correct"),
    ("So the probability is \\boxed{1 \\text{ in } 3}.", "\\frac{1}{3}", "correct"),
    ("Choosing the n positions among 2n gives C(2n, n).", "\\binom{2n}{n}", "correct"),
    ("The answer is C(2, -3).", "(2,-3)", "correct"),  # (a point C, not a binomial)
    ("Counting the even numbers from 0 to n gives floor(n/2) + 1.", "\\lfloor n/2 \\rfloor + 1", "correct"),
    # "neither ... nor ..." against "neither"; names' values with thousands separators; a constant "a"
    ("The function is neither even nor odd.", "\\text{neither}", "correct"),
    ("The function is neither even nor odd.", "\\text{odd}", "incorrect"),
    ("**Answer:** n = 1,500 or n = 4,500", "1500, 4500", "correct"),
    ("The general solution is y = a e^{-x} + b e^{x}.", "Ae^{-x} + Be^{x}", "correct"),
    # a duration stated after "in" by a verb of getting it done; cents glued to the value
    ("Working together they finish the job in 2 hours.", "2", "correct"),
    ("She will be 20 in 5 years.", "5", "incorrect"),  # (the age, before the span of time it is for)
    ("She will be 20 in 5 years.", "20", "correct"),
    ("Each apple costs 54¢.", "0.54 \\text{ dollars}", "correct"),
    ("Each apple costs 54¢.", "54 \\text{ dollars}", "incorrect"),
    # an exact value and a decimal rounded right at its own last digit, however few its digits
    ("Solving $e^t = 2$ gives $t = \\ln 2 \\approx 0.7$.", "0.69", "correct"),
    # an exact value restated rounded in another unit, against the exact conversion; not a rounded one
    ("So the job takes 80 minutes (about 1.33 hours).", "\\frac{4}{3}", "correct"),
    ("The walk takes 0.3 hours (20 minutes).", "18", "incorrect"),
    # a union typed in plain text with "inf", a value "as the result", a power in plain text, a remark after ";"
    ("Hence the solution set is (-inf, -6) U [2, inf).", "(-\\infty, -6) \\cup [2, \\infty)", "correct"),
    ("Putting it all together, we get 3m/2 - 1 as the result.", "\\frac{3 m}{2}-1", "correct"),
    ("So we get 2^10.", "1024", "correct"),
    ("So we get 2^10.", "10", "incorrect"),
    ("Then 2^{10}.", "1024", "correct"),  # (the power whole; its exponent alone is never read)
    ("So the luminosity is 4.5*10^33 erg/s.", "4.5e33", "correct"),
    ("In conclusion, the value we want is 40; the other root, -3, is extraneous.", "40", "correct"),
    ("In conclusion, the value we want is 40; the other root, -3, is extraneous.", "-3", "incorrect"),
    # ... not a clause that takes the other value instead (probe 138)
    ("The value we first found is 40; the other root, -3, is the one that works.", "40", "incorrect"),
    # a cube or fourth root typed in Unicode in a final sentence, a duration after "drain ... in"
    ("We need x^3 = 27.\nSo x = ∛27.", "3", "correct"),
    ("So the inverse is f^{-1}(x) = ∛(x+1).", "\\sqrt[3]{x+1}", "correct"),
    ("Working together, the two pumps drain the pool in 12/5 hours.", "\\frac{12}{5}", "correct"),
    # the endings of small models on word problems (probe 139): a value before the time span it is for, before what
    # it pays for, a mixed number or a number in words in an answer sentence
    ("Therefore, Nina will be 26 years old in 5 years.", "26", "correct"),
    ("The baker uses 63 kg of flour in 4 weeks.", "63", "correct"),
    ("The inlet fills the tank in 3 hours, but with the drain open it fills in 6 hours.", "3", "incorrect"),
    ("It costs $25.50 to get 8 boxes.", "25.5", "correct"),
    ("It costs $25.50 to get 8 boxes.", "8", "incorrect"),
    ("**Answer:** Carlos runs 16 1/2 miles in a week.", "16.5", "correct"),
    ("**Answer:** It will take Liam **sixteen** days to finish the book.", "16", "correct"),
    # ... none of them where the question restated asks the time or a count, the sentence turns to another value,
    # or the bold number word is one of several (red team probe 141)
    ("In how many years will Maria be 20? She is 15 now.\nShe will be 20 in 5 years.", "5", "correct"),
    (
        "We need the number of years until Tom is 20.\nTom will be 20 years old in 10 years.",
        "20",
        "incorrect",
    ),
    (
        "How many pumps are needed to empty it in 3 hours?\nSo 3 pumps empty the pool in 4 hours.",
        "4",
        "incorrect",
    ),
    ("How many pencils can Mia buy with $20?\nIt costs $16 to get 20 pencils.", "16", "incorrect"),
    ("It costs $24.50 for 7 boxes - wait, with the member discount it costs $22.05.", "24.5", "incorrect"),
    ("It costs $24 to buy 3 tickets online, or $27 at the door.", "24", "incorrect"),
    (
        "**Answer:** It will take Liam **sixteen** reading days plus 3 rest days, so 19 days in all.",
        "16",
        "incorrect",
    ),
    ("**Answer:** It will take Liam fourteen days, not **sixteen**.", "16", "incorrect"),
    ("**Answer:** Ann needs 3 1/2-liter bottles.", "3.5", "incorrect"),  # (three half-liter bottles)
    ("There are 12 muffins in the box.\n\nHope that helps! Actually it's 15.", "12", "incorrect"),
    # the end of the work after the answer: a proof's mark, a rule, "This completes the solution." (hunt 140)
    ("So the answer is \\(\\boxed{7}\\). </think>\n\n$\\blacksquare$", "7", "correct"),
    ("Natalia sold 48/2 = 24 clips in May.\nA: 72 ∎", "72", "correct"),
    ("So m + n = 25 + 169 = **194**\n\nThis completes the solution.", "194", "correct"),
    ("So m + n = 25 + 169 = **194**\n\nA quick sanity check agrees with this.", "194", "correct"),
    ("So the decimal is $4.5$.\n\nQ.E.D.", "4.5", "correct"),
    # ... a courtesy that is no choice letter, a question and its answer invented after the work
    ("So the answer is \\(\\boxed{C}\\). </think>\n\nI hope this helps!", "C", "correct"),
    ("m + n = 25 + 169 = **194**\n\nQuestion: What is 2+2?\nAnswer: 4", "194", "correct"),
    ("So 3 + 5 = **8**.\n\nProblem: Compute 2 + 2.\nSolution: 2 + 2 = 4.", "8", "correct"),
    # ... or such a turn alone after the reasoning, whose answer is then the reasoning's (hunt 140)
    ("<think>So the area is \\boxed{12}.</think>\n\nQuestion: What is 2+2?\nAnswer: 4", "12", "correct"),
    ("<think>So the area is \\boxed{12}.</think>\n\nQuestion: What is 2+2?\nAnswer: 4", "4", "incorrect"),
    (
        "<think>So it is \\boxed{12}.</think> </assistant>\n\nUser: What is 2+2?\nAssistant: 4",
        "12",
        "correct",
    ),
    (
        "<think>So the area is \\boxed{12}.</think>\n\n**Next question:** What is 3 + 5? It is 8.",
        "12",
        "correct",
    ),
    (
        "<think>So the area is \\boxed{12}.</think>\n\nAnswer: 14",
        "12",
        "incorrect",
    ),  # (an answer, no new turn)
    # a box of a step far before a text's end under its final answer's label: the label's value (hunt 140)
    (STEP_BOX + "\n\n---\n\n**Final answer:**\n\nThe answer is 15.", "15", "correct"),
    (STEP_BOX + "\n\n---\n\n**Final answer:**\n\nThe answer is 15.", "(2,-4)", "incorrect"),
    (STEP_BOX + "\n\nFinal Answer: 15", "15", "correct"),
    (STEP_BOX + "\n\nSo the area is 15.", "(2,-4)", "correct"),  # (no label: the box, pages of work apart)
    # a check after an aside or a figure that end the work: the value before both (hunt 144)
    (
        "Therefore, $x=100$ or $x=\\frac{1}{100}$.\n\n(We can check by substitution that each is a solution.)"
        "\n\nLet me verify: $100,\\frac{1}{100}$ ✓",
        "100,\\frac{1}{100}",
        "correct",
    ),
    (
        "Squaring, $196=12 d$, so $d=\\frac{49}{3}$.\n\n<img_4034>\n\nLet me verify: $\\frac{49}{3}$ ✓",
        "\\frac{49}{3}",
        "correct",
    ),
    (
        "Squaring, $196=12 d$, so $d=\\frac{49}{3}$.\n\n<img_4034>\n\nLet me verify: $\\frac{49}{3}$ ✓",
        "\\frac{49}{4}",
        "incorrect",
    ),
    (
        "Either way, the product of the digits is 6 (independent of $T$ ).\n\nLet me verify: $6$ ✓",
        "6",
        "correct",
    ),
    # ... but not the writer questioning its own answer in that form (red team probe 142)
    (
        "So there are 6 × 5 = 30 marbles.\n\nQuestion: Did I account for the 5 he gave away?\nAnswer: No, 30 - 5 = 25.",
        "30",
        "incorrect",
    ),
    # ... the marker said twice, the names' values after it, a remark after ";" that goes on to the answer
    ("Therefore, the answer is:\n\n**Final Answer:** 1 \\text{ and } 36", "1", "incorrect"),
    ("Therefore, the answer is:\n\n**Final Answer:** -10, -8, -6", "-10,-8,-6", "correct"),
    ("**Final Answer:** a = \\frac{1}{3}, b = -2, c = 5", "\\frac{1}{3},-2,5", "correct"),
    ("Answer: It is not odd; it is even.", "\\text{even}", "correct"),
    # the solutions of a system as the same names given values again, each time a tuple (blind probe 143)
    ("So $$\\boxed{x = 3, y = 4 \\text{ or } x = 4, y = 3}$$", "(3, 4), (4, 3)", "correct"),
    ("So $$\\boxed{x = 3, y = 4 \\text{ or } x = 4, y = 3}$$", "(3, 4)", "incorrect"),
    ("So $$\\boxed{x = 3, y = 4 \\text{ or } x = 3, y = 4}$$", "(3, 4), (4, 3)", "incorrect"),
    # the noun "test" is no trial of a value; a state reached "in" a time; a time span in decimals (session 27)
    ("The test takes 45 minutes.", "45", "correct"),
    ("Test x = 45.", "45", "no_answer"),
    ("He finishes the test in 45 minutes.", "45", "correct"),
    ("With both pipes open, the tank is full in 6 hours.", "6", "correct"),
    ("The car will cover 330 km in 5.5 hours.", "330", "correct"),
    ("The car will cover 330 km in 5.5 hours.", "5.5", "incorrect"),
    # a reason in its own clause before the stated word; "neither ... nor ..." alone; set-builder with \mid
    (
        "f(-1) = 0 and f(1) = 2.\nSince f(-1) ≠ f(1), the function is neither even nor odd.",
        "\\text{neither}",
        "correct",
    ),
    (
        "f(-1) = 0 and f(1) = 2.\nSince f(-1) ≠ f(1), the function is neither even nor odd.",
        "\\text{odd}",
        "incorrect",
    ),
    ("f(-x) = f(x) for all x.\nSince it is symmetric, it is probably even.", "\\text{even}", "no_answer"),
    ("neither even nor odd", "\\text{neither}", "correct"),
    ("So the answer is {x \\mid x > 4}.", "(4, \\infty)", "correct"),
    ("So the answer is {x \\mid x > 4}.", "[4, \\infty)", "incorrect"),
    # a differential hunt on the training set's golds (hunt 145): a factorial in plain text after an answer's
    # marker, plain math on a "####" line, a constant written first, a decimal without its leading zero
    ("Final answer: 2(n-2)!", "2(n-2)!", "correct"),
    ("Final answer: 2(n-2)!", "2(n-2)", "incorrect"),
    ("So the answer is (n-1)!.", "(n-1)!", "correct"),
    ("The answer is n!", "n", "incorrect"),
    ("The answer is yes!", "\\text{yes}", "correct"),  # (a word's emphasis, no factorial)
    ("So the answer is 5! Great, done.", "5", "correct"),  # (an exclamation ends the answer's sentence)
    ("So the answer is (n-1)! Great, done.", "(n-1)!", "correct"),
    ("The answer is 5! = 120.", "120", "correct"),  # (a factorial in a formula that goes on ends no sentence)
    ("The final answer is 11,\\! 111,\\! 111,\\! 100.", "11111111100", "correct"),  # (TeX's "\\!" is no "!")
    # a red team of the session's readings (probe 147): what a final answer's label holds, turns written as tags
    (
        "So $3 \\times 4 = \\boxed{12}$ cookies. Sam adds 3.\n\nFinal Answer: The answer is 15 cookies.",
        "15",
        "correct",
    ),
    (
        STEP_BOX + "\n\n**Final answer:**\n\nWe were asked how many of the 40 students passed.",
        "40",
        "incorrect",
    ),
    (STEP_BOX + "\n\n**Final answer:**\n\nEach row has 4 cookies.", "4", "incorrect"),
    (
        STEP_BOX + "\n\n**Final answer:**\n\nOn reflection the bag counts too, so the answer is 18.",
        "18",
        "correct",
    ),
    (
        "<think>So 3 × 4 = 12. \\boxed{12}.</think>\n</assistant>\n<user>What is 5+5?</user>\n<assistant>\\boxed{10}",
        "10",
        "incorrect",
    ),
    (
        "<think>So 3 × 4 = 12. \\boxed{12}.</think>\n</assistant>\n<user>What is 5+5?</user>\n<assistant>\\boxed{10}",
        "12",
        "correct",
    ),
    # a GSM8K answer line, then a courtesy with a number of its own (hunt 140)
    (
        GSM8K_WORK + "A: 26\nGood luck with your 2 exams this week!",
        "26",
        "correct",
    ),
    (
        GSM8K_WORK + "A: 26\nGood luck! Actually it is 27.",
        "26",
        "incorrect",
    ),
    ("#### sqrt(15)/8", "\\frac{\\sqrt{15}}{8}", "correct"),
    ("#### pi/4", "\\frac{\\pi}{4}", "correct"),
    ("#### Step 3", "3", "no_answer"),  # (a heading)
    ("Simplifying.\n#### x^2 = \\frac{25}{32}", "x^2=\\frac{25}{32}", "correct"),  # (an equation, no heading)
    ("Simplifying.\n#### mirinda", "\\text{mirinda}", "correct"),  # (a word, against a word gold)
    ("Simplifying.\n#### Bob", "\\text{Alice}", "incorrect"),
    ("#### Final Answer", "\\text{yes}", "no_answer"),
    ("So the line is $13 = 4x + 9y$.", "4x+9y=13", "correct"),
    ("So the line is $13 = 4x + 9y$.", "4x+9y=12", "incorrect"),
    ("So the probability is .19.", "0.19", "correct"),
    ("So the probability is .19.", "19", "incorrect"),
    ("So the slope is -.25.", "-0.25", "correct"),
    ("Each pen costs $.50.", "0.5", "correct"),
    ("Solving, we get $5 = x$.", "5", "correct"),  # (the value of x, written the other way round)
    ("Solving, we get $5 = x$.", "6", "incorrect"),
    # a closing aside that restates the value in another form (probe 147)
    ("That gives exactly 24 orderings (which is 4!).", "24", "correct"),
    ("That gives exactly 24 orderings (which is 4!).", "4", "incorrect"),
    ("It takes 120 minutes.\n\n(Note: in hours this is 2.)", "120", "correct"),
    ("We solve 2x + 3 = 11, so 2x = 8 and x = 4.", "4", "correct"),  # (a step, then the value; no list)
    ("We solve 2x + 3 = 11, so 2x = 8 and x = 4.", "8", "incorrect"),
    # a unit abbreviated with a dot ends no sentence; an escaped dollar before a leading-dot decimal (probe 147)
    ("The area is 35 sq. units.", "35", "correct"),
    ("The area is 36 sq. units.", "35", "incorrect"),
    ("So the volume is 27 cu. in.", "27", "correct"),
    ("Each pencil costs \\$.50.", "0.5", "correct"),
    ("Each pencil costs \\$.50.", "50", "incorrect"),
    # a check, then an aside that checks again, then a figure: the answer before all three (probe 147)
    (
        "We solve 2x + 3 = 11, so x = 4.\n\nCheck: 2(4) + 3 = 11 ✓\n\n(We can check by substitution that 2·4 + 3 = 11.)"
        "\n\n<img_12>",
        "4",
        "correct",
    ),
    (
        "We solve 2x + 3 = 11, so x = 4.\n\nCheck: 2(4) + 3 = 11 ✓\n\n(We can check by substitution that 2·4 + 3 = 11.)"
        "\n\n<img_12>",
        "11",
        "incorrect",
    ),
    ("So x = 4.\n\n(You can verify that 2·4 + 3 = 11.)", "4", "correct"),
    # a courtesy line after the answer; the value restated "or equivalently"; the option a value is (probe 149)
    ("30 - 12 = 18\n\nSo he has 18 marbles left.\n\nLet me know if you need more help!", "18", "correct"),
    ("30 - 12 = 18\n\nSo he has 18 marbles left.\n\nLet me know if you need more help!", "12", "incorrect"),
    ("The answer is 0.5, or equivalently $\\frac12$.", "\\frac{1}{2}", "correct"),
    ("The answer is 0.5, or equivalently $\\frac12$.", "\\frac{1}{3}", "incorrect"),
    ("The answer is $\\frac{\\sqrt{3}}{2}$, which is option (B).", "B", "correct"),
    ("The answer is $\\frac{\\sqrt{3}}{2}$, which is option (B).", "C", "incorrect"),
    ("The answer is $\\frac{\\sqrt{3}}{2}$, which is option (B).", "\\frac{\\sqrt{3}}{2}", "correct"),
    ("The answer is $\\frac{\\sqrt{3}}{2}$ (option B).", "B", "correct"),
    # a word stated after an adverb; the reals a relation holds for (probes 150, 152)
    ("The sum is always even.", "\\text{even}", "correct"),
    ("The sum is always odd.", "\\text{even}", "incorrect"),
    (
        "The discriminant is negative, so the inequality holds for all real numbers.",
        "$\\mathbb{R}$",
        "correct",
    ),
    ("The inequality holds for all real numbers except 2.", "(-\\infty,2)\\cup(2,\\infty)", "correct"),
    ("The inequality holds for all real numbers except 2.", "$\\mathbb{R}$", "incorrect"),
    ("If a > 0, the inequality holds for all real numbers.", "$\\mathbb{R}$", "no_answer"),
    # relations, sets and systems in sentences (probe 154)
    ("$(x-2)(x-5)\\le 0$\nSo $x \\ge 2$ and $x \\le 5$.", "2 \\le x \\le 5", "correct"),  # (both bounds hold)
    ("$(x-2)(x-5)\\le 0$\nSo $x \\ge 2$ and $x \\le 5$.", "[2,5]", "correct"),
    ("$(x-2)(x-6)\\le 0$\nSo $x \\ge 2$ and $x \\le 6$.", "2 \\le x \\le 5", "incorrect"),
    (
        "$x^2\\ge4$\n$x\\leq -2$ or $x\\geq 2$.",
        "x \\le -2 \\text{ or } x \\ge 2",
        "correct",
    ),  # (not the step)
    ("So $x=1, y=2$ or $x=2, y=1$.", "(1,2),(2,1)", "correct"),
    ("So $x=1, y=2$ or $x=2, y=1$.", "(1,2)", "incorrect"),
    ("So $x=1, y=2$ and $x=2, y=3$.", "(1,2),(2,1)", "incorrect"),
    ("Given $a=1, b=2$, we get $x=3, y=4$.", "(3,4)", "correct"),  # (a given, then the answer: no system)
    ("Final Answer: (x, y) ∈ {(4, 3), (3, 4)}", "(3,4),(4,3)", "correct"),
    ("Final Answer: (x, y) ∈ {(4, 3), (3, 5)}", "(3,4),(4,3)", "incorrect"),
    ("$x^2+1$ is always positive.\nFinal Answer: every real x", "\\mathbb{R}", "correct"),
    (
        "The only problem is at $x=1$.\nThe domain is all real $x$ except $x = 1$.",
        "(-\\infty,1)\\cup(1,\\infty)",
        "correct",
    ),
    ("The only problem is at $x=1$.\nThe domain is all real $x$ except $x = 1$.", "1", "incorrect"),
    ("So the domain is all real numbers except 2 and -2.", "\\mathbb{R}\\setminus\\{-2,2\\}", "correct"),
    ("$x^2+1<0$ has no real solution.\nThe solution set is empty.", "\\varnothing", "correct"),
    ("$x^2+1<0$ has no real solution.\nThe solution set is empty.", "0", "incorrect"),
    ("$x^2+1<0$\nThe inequality holds for all real numbers.", "\\varnothing", "incorrect"),
    ("We get the answer.\n#### empty", "\\text{empty}", "correct"),  # (a word gold "empty" stays a word)
    ("$x^2-4\\neq0$, so $\\boxed{(-\\infty,-2)\\cup(-2,2)\\cup(2,\\infty)}$", "x \\neq \\pm 2", "correct"),
    ("$x^2-4\\neq0$, so $\\boxed{(-2,2)}$", "x \\neq \\pm 2", "incorrect"),
    ("$x^2-4\\neq0$, so $\\boxed{x \\neq \\pm 2}$", "\\mathbb{R}\\setminus\\{-2, 2\\}", "correct"),
    ("$x^2-9\\neq0$, so $\\boxed{x \\neq \\pm 3}$", "\\mathbb{R}\\setminus\\{-2, 2\\}", "incorrect"),
    # a sign or a currency in words and marks (probe 155)
    ("So the result is negative 3.", "-3", "correct"),
    ("So the result is negative 3.", "3", "incorrect"),
    ("The temperature is 5 degrees below zero.", "-5", "correct"),
    ("The temperature is 5 degrees below zero.", "5", "incorrect"),
    ("The temperature drops to minus 5 degrees.", "-5", "correct"),
    ("The family pays €45.", "45", "correct"),
    ("The family pays 45€.", "45", "correct"),
    ("The family pays £45.", "46", "incorrect"),
    # the plain number a final sentence ends on after a colon, past the span of a step (probe 133)
    (
        "There are $50 / 5 = 10$ gaps, and a fence with 10 gaps has one more post than gaps: 11.",
        "11",
        "correct",
    ),
    (
        "There are $50 / 5 = 10$ gaps, and a fence with 10 gaps has one more post than gaps: 11.",
        "10",
        "incorrect",
    ),
]


@pytest.mark.parametrize(("completion", "gold", "status"), HUNT_138_SENTENCES)
def test_plain_text_answers_found_by_a_second_hunt(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


# ... and equal forms the hunt found compared wrongly: a time's half of the day, a root of a large index, a
# quotient whose letters open with d, a unit abbreviated with a dot
HUNT_145_FORMS = [
    ("11:00 PM", "11:00 AM", False),
    ("10:00 PM", "10:00 AM", False),
    ("12:00 AM", "12:00 PM", False),
    ("12:00 PM", "12:00", True),
    ("11:00 AM", "11:00", True),
    ("11:00 PM", "11:00", True),  # (a gold that does not say which half)
    ("10:30 a.m.", "10:30 AM", True),
    ("3^{3/26}", "\\sqrt[26]{27}", True),
    ("3^{3/26}", "\\sqrt[26]{28}", False),
    ("\\frac{dh}{d+2h}", "\\frac{hd}{2h+d}", True),
    ("\\frac{dh}{d+2h}", "\\frac{hd}{2h+1}", False),
    ("34 sq. units", "34", True),
    ("34 sq. units", "35", False),
    # one to a power too large to compute is one (it timed out in sympy; real completions, hunt 146)
    ("1^{(2^{235423523})}", "1", True),
    ("1^{(2^{235423523})}", "2", False),
]


@pytest.mark.parametrize(("predicted", "gold", "equal"), HUNT_145_FORMS)
def test_forms_found_by_a_hunt_on_training_golds(predicted: str, gold: str, equal: bool) -> None:
    assert verify(f"The answer is $\\boxed{{{predicted}}}$.", gold).correct is equal


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        # a function identically equal to its right side ("\equiv" after f(x), no modulus) is that equation
        ("f(x) \\equiv 0", "f(x)=0", True),
        ("g(t)\\equiv t^2", "g(t)=t^2", True),
        ("f(x)\\equiv x", "f(x)=2x", False),
        ("f(x) \\equiv 0 \\text{ and } f(x)=x^2", "f(x)=0, f(x)=x^2", True),
        # ... while a congruence keeps its residue
        ("x \\equiv 3 \\pmod{5}", "3", True),
        ("x \\equiv 3 \\pmod{5}", "2", False),
    ],
)
def test_an_identity_of_functions_written_with_equiv(predicted: str, gold: str, equal: bool) -> None:
    assert _boxed_and_verified(predicted, gold) is equal
