"""The worker's long tail decided in the caller: names in two cases, numerals in a base, word answers, inverse
trigonometric functions, floors and ceilings, binomials and factorials of variables, equations, rounded decimals
against exact constants, matrices with spaced rows and labelled matrices.

Each rule is checked twice, as in test_cascade_caller.py: the caller settles the item (``cascade._prepare`` returns a
``Verdict``, no worker) and :func:`symbolic_compare` in-process reaches the same verdict, so a rule that drifts from
the symbolic stage fails here. Near misses check that what cannot be decided safely still goes to a worker.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _caller_helpers import settled_in_caller
from openrs_rewards import verify
from openrs_rewards.verifiers.expr import constant_value, identity_equal, not_proportional
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.symbolic import symbolic_compare


def assert_settled_in_caller(answer: str, gold: str, equal: bool, method: str | None = None) -> None:
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None, "went to a worker"
    assert verdict.correct is equal, verdict
    if method is not None:
        assert verdict.method == method


def assert_caller_and_sympy_agree(answer: str, gold: str, equal: bool, method: str | None = None) -> None:
    assert_settled_in_caller(answer, gold, equal, method)
    assert symbolic_compare(answer, gold).equal is equal


# --- names that differ only in case ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("-\\frac{\\cos(2x)}{2x^2}+\\frac{C}{x^2}", "cx^{-2}-\\frac{\\cos(2x)}{2x^{2}}", True),
        ("\\frac{1}{2}x-\\frac{1}{4}+Ce^{-2x}", "x/2-1/4+ce^{-2x}", True),
        ("-\\frac{1}{2}x+\\frac{1}{4}+Ce^{2x}", "x/2-1/4+ce^{-2x}", False),
        ("Ae^{3t}+Be^{-t}", "a e^{3 t}+b e^{-t}", True),
        ("\\Delta x^2", "\\delta x^{2}", True),
        ("K_{A}t+1", "k_{a}t+1", True),
        ("C_{1}\\cos(t)+C_{2}\\sin(t)", "c_{1}\\cos(t)+c_{2}\\sin(t)+1", False),
    ],
)
def test_names_in_another_case_are_one_name_as_in_sympy(answer: str, gold: str, equal: bool) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal, "expr")


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("Mm", "m^{2}"),  # one answer writes M and m: two things to the writer, one symbol to sympy
        ("I_{0}e^{-t}", "i_{0}e^{-t}"),  # I_0 is the imaginary unit to latex2sympy, i_0 a symbol
        ("\\Gamma x", "\\gamma x"),  # both Euler's constant to latex2sympy
        ("U(t)+1", "u(t)+1"),  # applied functions keep their case there
    ],
)
def test_names_whose_case_cannot_be_folded_safely_go_to_a_worker(answer: str, gold: str) -> None:
    assert settled_in_caller(answer, gold) is None


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        # a variable's name in the other case is another quantity, decided here (sympy would fold it): OlympiadBench
        # problems use n and N = 2^n side by side, physics v and V
        ("N^{2}+1", "n^{2}+1"),
        ("\\frac{n}{2}", "\\frac{N}{2}"),
        ("2^{k-N}", "2^{k-n}"),
        ("V", "v"),
        ("(x, 2y)", "(x, 2Y)"),  # (inside a tuple too)
        # ... and a constant's initial alone is the answer's own quantity (angles A and B, an energy K), not a constant
        ("A+B", "a+b"),
        ("\\frac{K}{2}", "\\frac{k}{2}"),
    ],
)
def test_a_variable_in_the_other_case_is_another_variable(answer: str, gold: str) -> None:
    assert_settled_in_caller(answer, gold, False, "expr")


_LETTERS = "abcdfghkmnpqrstuvwxyz"  # no e or i (constants), so case folding is a plain renaming


@settings(max_examples=60, deadline=None)
@given(
    coefficients=st.lists(st.integers(-9, 9).filter(bool), min_size=2, max_size=4),
    letters=st.lists(st.sampled_from(_LETTERS), min_size=2, max_size=4, unique=True),
    upper=st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_a_consistent_change_of_case_is_the_same_answer_and_a_changed_coefficient_is_not(
    coefficients: list[int], letters: list[str], upper: list[bool]
) -> None:
    terms = list(zip(coefficients, letters, strict=False))
    lower_text = "".join(f"{c:+d}{name}^{{{k + 1}}}" for k, (c, name) in enumerate(terms))
    renamed = {name: name.upper() if flag else name for name, flag in zip(letters, upper, strict=False)}
    other_case = "".join(f"{c:+d}{renamed[name]}^{{{k + 1}}}" for k, (c, name) in enumerate(terms))
    assert identity_equal(other_case, lower_text, fold_case=True) is True
    changed = "".join(f"{c + (k == 0):+d}{renamed[name]}^{{{k + 1}}}" for k, (c, name) in enumerate(terms))
    assert identity_equal(changed, lower_text, fold_case=True) is False


# --- numerals in a base ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("52_8", "52", True),
        ("52_{8}", "52", True),
        ("2516_8", "2516", True),
        ("4343_6", "4343", True),
        ("52_8", "42", False),  # 52 in base 8 is 42, but the gold gives the digits asked for
        ("42", "52_8", False),
        ("052_8", "52", True),
    ],
)
def test_a_numeral_in_a_base_against_plain_digits_is_decided_by_the_digits(
    answer: str, gold: str, equal: bool
) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [("2A", "2A_{16}", "correct"), ("2a", "2A_{16}", "correct"), ("2B", "2A_{16}", "incorrect"),
     ("42", "2A_{16}", "incorrect"), ("FF_{16}", "FF", "correct")],
)  # fmt: skip
def test_letters_are_digits_against_a_numeral_that_has_them(answer: str, gold: str, status: str) -> None:
    # sympy reads 2A_{16} as 2 times a symbol A_{16}; the caller reads the digits of base 16 the question asks for.
    verdict = settled_in_caller(answer, gold)
    assert verdict is not None and verdict.status == status


def test_a_numeral_with_a_digit_its_base_lacks_goes_to_a_worker() -> None:
    assert settled_in_caller("9_8", "9") is None


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 10).flatmap(
        lambda base: st.tuples(st.just(base), st.text("0123456789"[:base], min_size=1, max_size=8))
    ),
    st.integers(0, 10**8),
    st.booleans(),
)
def test_digits_in_a_base_equal_plain_digits_exactly_when_the_digit_strings_name_one_number(
    based: tuple[int, str], plain: int, braced: bool
) -> None:
    base, digits = based
    numeral = f"{digits}_{{{base}}}" if braced else f"{digits}_{base}"
    for answer, gold, other in ((numeral, str(plain), plain), (str(plain), numeral, plain)):
        verdict = settled_in_caller(answer, gold)
        assert verdict is not None and verdict.correct is (int(digits) == other)
    same = settled_in_caller(numeral, digits.lstrip("0") or "0")
    assert same is not None and same.status == "correct"


# --- word answers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("odd", "even", False),
        ("\\text{Odd}", "\\text{odd}", True),
        # (not another name; that the subject named answers who is the extraction's reading, see
        # test_quantities_asides_and_languages.py)
        ("\\text{Evelyn has the greatest average speed}", "\\text{Carla}", False),
        ("\\text{Navin earns the most after an 8-hour day}", "\\text{Navin}", False),
        ("\\text{decreasing}", "\\text{increasing}", False),
    ],
)
def test_word_answers_are_decided_by_the_word(answer: str, gold: str, equal: bool) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal, "string")


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("\\text{body-centered cubic (BCC)}", "BCC", True),
        ("\\text{body-centered cubic (BCC)}", "FCC", False),
        ("\\text{FCC}", "BCC", False),
    ],
)
def test_a_name_with_its_abbreviation_answers_the_abbreviation(answer: str, gold: str, equal: bool) -> None:
    assert verify(f"The lattice is $\\boxed{{{answer}}}$.", gold).correct is equal


def test_an_anagram_is_another_word_although_sympy_multiplies_the_letters() -> None:
    """The one place the caller's verdict differs from sympy's: "neve" is not "even" (sympy: e·v·e·n twice), and
    the acronym "CRMS" is not "SRMC"."""
    for answer, gold in (("neve", "even"), ("CRMS", "SRMC")):
        verdict = settled_in_caller(answer, gold)
        assert verdict is not None and verdict.status == "incorrect"
        assert symbolic_compare(answer, gold).equal is True


def test_short_letter_strings_stay_products() -> None:
    """Two or three letters are a product to the bounded parser, as to sympy: "ab" is "ba"."""
    assert_caller_and_sympy_agree("ba", "ab", True, "expr")


# --- inverse trigonometric functions, binomials and factorials ----------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("\\cos^{-1}\\frac{1}{\\sqrt{13}}", "90", False),
        ("\\tan^{-1}1", "\\frac{\\pi}{4}", True),
        ("\\sin^{-1}\\frac{1}{2}", "\\frac{\\pi}{6}", True),
        ("\\cos^{-1}(x)", "\\arccos x", True),
        ("\\binom{n}{2}", "\\frac{n(n-1)}{2}", True),
        ("\\binom{2n}{n}", "\\frac{(2n)!}{(n!)^2}", True),
        ("\\binom{n}{2}+n+1", "n+1", False),
        ("\\frac{(2n)!}{n!}", "2^n", False),
        ("(n+1)!", "(n+1)n!", True),
    ],
)
def test_inverse_functions_binomials_and_factorials_are_read_as_sympy_reads_them(
    answer: str, gold: str, equal: bool
) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal, "expr")


def test_other_inverse_powers_are_not_guessed() -> None:
    assert identity_equal("\\sec^{-1}2", "\\frac{\\pi}{3}") is None
    assert identity_equal("\\sin^{-2}x", "\\frac{1}{\\sin^{2}x}") is None


# --- floors and ceilings --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("\\lfloor\\frac{n^2}{2}\\rfloor", "\\lfloor\\log_{2}n\\rfloor+1"),
        ("\\lfloor\\frac{n}{2}\\rfloor", "\\lfloor\\frac{2n-1}{5}\\rfloor"),
        ("\\lceil\\frac{n}{2}\\rceil", "\\lfloor\\sqrt{n-1}\\rfloor"),
        ("\\lfloor\\frac{n+1}{3}\\rfloor", "\\lfloor\\frac{2n}{3}\\rfloor+1"),
    ],
)
def test_step_functions_that_differ_at_a_real_point_are_different(answer: str, gold: str) -> None:
    assert_caller_and_sympy_agree(answer, gold, False, "expr")


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("\\lceil\\frac{n}{2}\\rceil+1", "\\lceiln/2\\rceil+1"),  # a command glued to its argument
        ("1+\\left\\lfloor \\frac{n+1}{2} \\right\\rfloor", "\\lfloor (1+n)/2\\rfloor+1"),
        ("2\\lfloor\\sqrt{n}\\rfloor", "\\lfloor\\sqrt{n}\\rfloor+\\lfloor\\sqrt{n}\\rfloor"),
    ],
)
def test_the_same_floors_combined_the_same_way_are_equal(answer: str, gold: str) -> None:
    assert_caller_and_sympy_agree(answer, gold, True, "expr")


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("\\lceil\\frac{n}{2}\\rceil", "\\left\\lfloor\\frac{n+1}{2}\\right\\rfloor", True),
        ("\\lfloor\\frac{n}{2}\\rfloor\\lceil\\frac{n}{2}\\rceil", "\\lfloor\\frac{n^2}{4}\\rfloor", True),
        ("\\lfloor\\frac{k+3}{3}\\rfloor", "\\lfloor\\frac{k}{3}\\rfloor+1", True),
        ("\\lceil\\frac{n}{2}\\rceil", "\\left\\lfloor\\frac{n}{2}\\right\\rfloor", False),
        ("\\frac{n+1}{2}", "\\left\\lfloor\\frac{n+1}{2}\\right\\rfloor", False),
        ("\\lfloor\\frac{m^2+1}{4}\\rfloor", "\\lfloor\\frac{m^2}{4}\\rfloor+1", False),
    ],
)
def test_step_functions_of_a_whole_number_are_compared_at_whole_numbers(
    answer: str, gold: str, equal: bool
) -> None:
    """n, m and k name whole numbers: floors of them that agree at every whole number are one answer, though they
    part at real points (n = 0.7); exactly, as rationals (a floor at a whole number is at its jump)."""
    assert identity_equal(answer, gold) is equal
    assert verify(f"\\boxed{{{answer}}}", gold).correct is equal


def test_step_functions_equal_on_the_reals_are_not_called_different() -> None:
    """floor(x) + floor(x + 1/2) = floor(2x) for real x (they part only at complex points): never False here."""
    assert identity_equal("\\lfloor x\\rfloor+\\lfloor x+\\frac{1}{2}\\rfloor", "\\lfloor 2x\\rfloor") is None


# --- equations ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("5x+9y+11z+20=0", "5x-7y+11z+4=0", False),
        ("10x-14y+22z+8=0", "5x-7y+11z+4=0", True),
        ("y=2x", "y=3x", False),
        ("Ax+By=1", "ax+by=2", False),
    ],
)
def test_equations_whose_sides_are_not_proportional_are_different(
    answer: str, gold: str, equal: bool
) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal, "expr")


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("x=0.333", "x=\\frac{1}{3}+y-y"),  # a rounded coefficient: the rounding policy's, not a ratio's
        ("\\frac{dx}{dt}=x", "\\frac{dx}{dt}=2x"),  # derivatives are the ODE rules' (or sympy's)
    ],
)
def test_equations_the_ratio_rule_does_not_read(answer: str, gold: str) -> None:
    left, _, right = normalize_answer(answer).partition("=")
    gold_left, _, gold_right = normalize_answer(gold).partition("=")
    assert not_proportional(f"({left})-({right})", f"({gold_left})-({gold_right})") is False


# --- rounded decimals against exact constants -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("\\frac{\\pi}{2}", "1.571", True),
        # a gold of two digits against a value with no short exact decimal can only be its rounding (as for 1/3 and
        # 0.33); one digit, or an integer, is too few
        ("\\frac{\\pi}{2}", "1.6", True),
        ("\\frac{\\pi}{2}", "1.5", False),
        ("\\pi", "3", False),
        ("\\frac{\\pi}{10}", "0.3", False),
        ("\\pi", "3.14", True),
        ("3.14", "\\pi", False),  # a rounded prediction needs four
        ("3.1416", "\\pi", True),
        ("\\sqrt{2}", "1.41", True),
        ("\\sqrt{2}", "1.5", False),
    ],
)
def test_a_decimal_against_an_exact_constant_follows_the_rounding_policy(
    answer: str, gold: str, equal: bool
) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal, "expr")


def test_constant_values_are_exact_for_rationals_and_signed() -> None:
    assert constant_value("\\frac{3}{4}-0.5") == Fraction(1, 4)
    assert constant_value("i^2") == -1
    value = constant_value("-\\sqrt{2}")
    assert value is not None and abs(value + Fraction(14142135623730950488, 10**19)) < Fraction(1, 10**18)
    assert constant_value("\\sqrt{-1}") is None and constant_value("x") is None


# --- matrices -------------------------------------------------------------------------------------------------------


def test_the_optional_space_of_a_row_break_is_layout() -> None:
    assert normalize_answer("\\begin{pmatrix}1\\\\[6pt]2\\\\[ 1.5em ]3\\end{pmatrix}") == (
        "\\begin{pmatrix}1\\\\2\\\\3\\end{pmatrix}"
    )
    assert (
        normalize_answer("\\begin{pmatrix}1\\\\[2]\\end{pmatrix}") == "\\begin{pmatrix}1\\\\[2]\\end{pmatrix}"
    )
    answer = "\\begin{pmatrix}-\\frac{1}{3}\\\\[6pt]\\frac{2}{3}\\\\[6pt]\\frac{5}{3}\\end{pmatrix}"
    assert_caller_and_sympy_agree(answer, "\\begin{pmatrix} -1/3 \\\\ 2/3 \\\\ 5/3 \\end{pmatrix}", True)


@pytest.mark.parametrize(
    ("answer", "equal"),
    [
        ("\\operatorname{proj}_{b}a=\\begin{pmatrix}\\frac{16}{49}\\\\\\frac{48}{49}\\\\\\frac{24}{49}\\end{pmatrix}", True),
        ("P=\\begin{pmatrix}\\frac{16}{49}\\\\\\frac{48}{49}\\\\\\frac{24}{49}\\end{pmatrix}", True),
        ("v=w=\\begin{pmatrix}\\frac{16}{49}\\\\\\frac{48}{49}\\\\\\frac{25}{49}\\end{pmatrix}", False),
    ],
)  # fmt: skip
def test_an_equation_chain_that_ends_with_the_gold_matrix_is_correct(answer: str, equal: bool) -> None:
    gold = "\\begin{pmatrix} 16/49 \\\\ 48/49 \\\\ 24/49 \\end{pmatrix}"
    assert symbolic_compare(answer, gold).equal is equal
    verdict = settled_in_caller(answer, gold)
    assert verdict is None or verdict.correct is equal


# --- lists, tuples and intervals with expression elements -----------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        (
            "\\frac{4A}{3+3i}e^{it}, 300",
            "\\frac{4A}{3+3i}e^{it}",
            False,
        ),  # a hedge: 300 is no value of the gold
        ("\\binom{2n}{n}, 37", "\\binom{2n}{n}", False),
        ("(\\frac{\\pi}{2}, 1)", "(1.571, 1)", True),  # a rounded element
        ("\\frac{3\\sqrt{3}}{2}", "(0,4]", False),  # an expression is never an interval
        ("110I", "\\begin{pmatrix}-1&0\\\\0&-1\\end{pmatrix}", False),  # ... nor a matrix
        ("x^2", "(1,2)", False),  # ... nor a tuple
    ],
)
def test_structures_with_expression_elements_are_compared_in_the_caller(
    answer: str, gold: str, equal: bool
) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal, "expr")


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("(x', 1)", "(x'', 1)"),  # a derivative in sight: the symbolic stage's order rule first
        ("(1, 2)", "(1, \\mho)"),  # a gold the bounded parser cannot read may be an invalid gold
    ],
)
def test_structures_the_caller_leaves_to_a_worker(answer: str, gold: str) -> None:
    assert settled_in_caller(answer, gold) is None


# --- sixth round: what real completions still sent to a worker -------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        # a function's value at a number is an atom, as latex2sympy's applied function: neither I_0 nor 0
        ("I_0 e^{-\\frac{t}{RC}}", "I(0)e^{-\\frac{t}{RC}}", False),
        ("e^{-\\frac{t}{RC}}I(0)", "I(0)e^{-\\frac{t}{RC}}", True),
        ("0", "v(0)", False),
        # several named values are never one constant
        ("a = 1, b = -1, c = 0", "\\frac{9}{32}\\sqrt{2}", False),
        ("p=2,\\ q=3", "6", False),
        # four to six capitals name one quantity (economics: short-run marginal cost)
        ("MC", "SRMC", False),
        ("SRMC=SRVAC", "SRMC=LRMC", False),
        ("LRAC=SRAC", "SRAC=LRAC", True),
        ("2SRMC", "SRMC+SRMC", True),
        # \geqslant with its q lost
        ("4", "k\\geslant2", False),
        ("k \\ge 2", "k\\geslant2", True),
    ],
)
def test_sixth_round_rules_agree_with_sympy(answer: str, gold: str, equal: bool) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("8^{1/\\log_{10}T}-2^{3*\\log_{10}2/\\log_{10}T}", "0", False),
        ("\\ln 8/\\ln 2", "3", True),  # ln 8 / ln 2, as written (latex2sympy: ln(8 / ln 2))
        ("\\sin x/\\cos x", "\\tan x", True),
        ("\\log_{10}2/\\log_{10}T", "\\frac{\\log_{10}2}{\\log_{10}T}", True),
        ("\\ln 6/3", "\\ln 2", False),  # latex2sympy's ln(6/3) would say True
        ("\\sin x\\cdot y", "\\sin(xy)", False),
        ("\\sin x/x", "\\sin 1", False),
    ],
)
def test_an_ambiguous_argument_is_read_as_its_writer_means_it(answer: str, gold: str, equal: bool) -> None:
    assert_settled_in_caller(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("\\arcsin(\\frac{1}{1.3})", "np.arcsin(10/13)"),
        ("\\sqrt{2}", "math.sqrt(2)"),
        ("2\\pi", "2*np.pi"),
    ],
)
def test_a_gold_written_as_code_is_read_without_its_module(answer: str, gold: str) -> None:
    assert_settled_in_caller(answer, gold, True)


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        # a constant before a tuple scales every coordinate (a vector), as before a matrix
        ("(2,4)", "2(1,2)", True),
        ("(2,5)", "2\\langle 1,2\\rangle", False),
        ("\\frac{1}{\\sqrt5}(1,2)", "\\left(\\frac{\\sqrt5}{5},\\frac{2\\sqrt5}{5}\\right)", True),
        ("-(3,-4)", "(-3,4)", True),
    ],
)
def test_a_scaled_tuple_is_its_scaled_coordinates(answer: str, gold: str, equal: bool) -> None:
    assert_settled_in_caller(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("\\frac{x^3}{3}+K", "\\frac{x^3}{3}+C"),
        ("c_1e^{-t}+2", "Ce^{-t}+2"),
        ("Ke^{t}", "C_{1}e^{t}"),
    ],
)
def test_another_name_for_the_arbitrary_constant_is_the_same_family(answer: str, gold: str) -> None:
    """The writer's reading, not sympy's (to which K and C are two symbols)."""
    assert_settled_in_caller(answer, gold, True)
    assert symbolic_compare(answer, gold).equal is False


@pytest.mark.parametrize(
    ("answer", "gold"),
    [
        ("x+2K", "x+C"),  # not the same family once renamed
        ("c_{12}+x", "C+x"),  # not a name of the constant
        ("x^2+K", "x^2+y"),  # y is no arbitrary constant
        # a given quantity named C or K (a capacitance, a spring constant), not a constant of integration
        ("\\frac{Q}{K}", "\\frac{Q}{C}"),
        ("\\frac12 C_0V^2", "\\frac12 CV^2"),
        ("2K", "2C"),
        ("\\sqrt{\\frac{C}{m}}", "\\sqrt{\\frac{K}{m}}"),
        ("\\pi r^2 K", "\\pi r^2 C"),
        ("a+b+K", "a+b+c"),  # c: a side
        ("K+1", "C+1"),  # nothing else varies
    ],
)
def test_a_renamed_constant_must_give_the_gold_itself(answer: str, gold: str) -> None:
    assert_settled_in_caller(answer, gold, False)


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        # intervals that overlap or meet at a closed end are one interval
        ("[0,1]\\cup[1,2]", "[0,2]", True),
        ("(-\\infty,1)\\cup[1,3]", "(-\\infty,3]", True),
        ("[1,2]\\cup[0,1.5)", "[0,2]", True),
        ("(-\\infty,1)\\cup[1,3]\\cup(2,5)", "(-\\infty,5)", True),
        # ... but an excluded meeting point keeps them apart
        ("(0,1)\\cup(1,2)", "(0,2)", False),
        ("[0,1)\\cup(1,2]", "[0,2]", False),
        ("[0,2)", "[0,1]\\cup[1,2]", False),
    ],
)
def test_a_union_of_intervals_is_merged(answer: str, gold: str, equal: bool) -> None:
    assert_caller_and_sympy_agree(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("y=2, x=1", "(1,2)", True),  # named parts answer an unnamed tuple in the names' order
        ("n=8, m=3", "3, 8", True),
        ("y=2, x=1", "(2,1)", False),
        ("(b,a)=(5,2)", "(5,2)", True),  # a named tuple gives its own order
    ],
)
def test_named_parts_against_an_unnamed_tuple_are_read_in_name_order(
    answer: str, gold: str, equal: bool
) -> None:
    assert_settled_in_caller(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        ("\\vec{f}", "\\vec{F}", False),  # a decorated name keeps its case (sympy lower-cases both)
        ("\\bar{a}", "\\bar{A}", False),
        ("\\mathcal{l}", "\\mathcal{L}", False),
        ("\\overline{AB}", "\\bar{AB}", True),
        ("\\hat{x}", "\\hat x", True),
    ],
)
def test_a_decorated_name_is_compared_as_written(answer: str, gold: str, equal: bool) -> None:
    assert_settled_in_caller(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        # a plain-text unit symbol after a value, against a gold that is a plain number: the unit it leaves out
        ("3.2 m", "3.2", True),
        ("45 s", "45", True),
        ("300\\,K", "300", True),
        ("\\frac{1}{2} m", "0.5", True),
        ("2 \\times 10^3 N", "2000", True),
        ("3.2 m", "3.3", False),
        # glued to a value with a decimal point: a measured value, as graders of physics read it
        ("3.2m", "3.2", True),
        ("1.10V", "1.10", True),
        ("9.8N", "9.8", True),
        ("1.10V", "1.20", False),
        # glued to a whole number, another letter, or a gold that is no plain number: the letter may be a variable
        ("12V", "12", False),
        ("3m", "3", False),
        ("3.2x", "3.2", False),
        ("2.5A", "2.5", False),
        ("2 n", "2", False),
        ("5 A", "5", False),
        ("3 m", "3m", True),
        ("3 m", "3n", False),
    ],
)
def test_a_unit_symbol_after_a_value_is_the_unit_a_plain_gold_leaves_out(
    answer: str, gold: str, equal: bool
) -> None:
    assert_settled_in_caller(answer, gold, equal)


@pytest.mark.parametrize(
    ("answer", "gold", "equal"),
    [
        # several choice letters: a set, against a key written in order ("AC") or as a list
        ("A, C", "AC", True),
        ("C,A", "AC", True),
        ("(A) and (C)", "AC", True),
        ("A, B, C", "AC", False),
        ("AB", "A, B", True),
        ("A,C", "AB", False),
    ],
)
def test_multiple_select_choices_are_sets_of_letters(answer: str, gold: str, equal: bool) -> None:
    assert_settled_in_caller(answer, gold, equal)


def test_a_unit_symbol_the_completion_uses_as_a_variable_is_no_unit() -> None:
    assert (
        verify("By Vieta the sum is 3m, with m unknown.\n\nSo the sum is $\\boxed{3 m}$.", "3").status
        == "incorrect"
    )
    assert (
        verify("We take h = 3 for the height.\n\nSo the volume is $\\boxed{12 h}$.", "12").status
        == "incorrect"
    )
    assert verify("The car moves at 2 m/s.\n\nSo the distance is $\\boxed{12 m}$.", "12").status == "correct"
    # ... glued to a decimal, the same: a letter the work names is a variable
    assert (
        verify("Let m = 2 be the slope parameter.\n\nSo the value is **0.5m**.", "0.5").status == "incorrect"
    )
    assert verify("The cell gives 1.10 volts.\n\nSo the potential is **1.10V**.", "1.10").status == "correct"
    # ... nor one said equal to the units it stands for ("kg·m/s^2 = N": the newton, probe 136)
    assert (
        verify("F = ma = 6 N.\nUnits: kg·m/s^2 = N ✓.\n\nSo the net force on the object is 6 N.", "6").status
        == "correct"
    )
    assert verify("We set 3 = N.\n\nSo the force is 6 N.", "6").status == "incorrect"
