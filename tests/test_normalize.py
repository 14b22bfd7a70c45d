"""normalize_answer: one canonical string per way of writing an answer; cheap and bounded."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import (
    MAX_NORMALIZE_CHARS,
    _normalize_to_fixed_point,
    answer_unit,
    normalize_answer,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("$\\dfrac{1}{2}$", "\\frac{1}{2}"),
        ("\\tfrac{3}{4}", "\\frac{3}{4}"),
        ("\\frac12", "\\frac{1}{2}"),
        ("2 \\sqrt 3", "2\\sqrt{3}"),
        # TeX would read \sqrt13 as \sqrt{1}3 (that is, 3); the writer means the root of 13
        ("3\\sqrt13", "3\\sqrt{13}"),
        ("\\sqrt 48", "\\sqrt{48}"),
        ("\\sqrt{1}3", "\\sqrt{1}3"),
        # one-token arguments inside a braced argument too: latex2sympy cannot read \frac{\sqrt6}{2} as written
        ("\\frac{\\sqrt6}{2}", "\\frac{\\sqrt{6}}{2}"),
        ("\\frac{1}{\\sqrt3}", "\\frac{1}{\\sqrt{3}}"),
        ("\\sqrt{\\frac12}", "\\sqrt{\\frac{1}{2}}"),
        ("\\sqrt[3]{\\sqrt2}", "\\sqrt[3]{\\sqrt{2}}"),
        # a command as the argument of a power or subscript is braced whole (latex2sympy cannot read 2^\frac12)
        ("2^\\frac12", "2^{\\frac{1}{2}}"),
        ("e^\\sqrt{x}", "e^{\\sqrt{x}}"),
        ("x_\\frac12", "x_{\\frac{1}{2}}"),
        ("2^\\frac", "2^\\frac"),  # incomplete: left as written
        # a symbol as a whole subscript names a body (M_\odot, the Sun's mass): the parsers read no operator there
        ("L_\\odot", "L_{sun}"),
        # a list of values labelled by words is named parts (not a ratio, nor a time); labels of two letters are no
        # words: the values in order
        ("Paolo: 18, Qing: 14", "Paolo=18,Qing=14"),
        ("\\text{Paolo: } 18, \\text{Qing: } 14", "Paolo=18,Qing=14"),
        ("Al: 3, Bo: 4", "(3,4)"),
        ("3:4", "3:4"),
        ("3L_\\odot", "3"),  # ... and after a number, ending the answer, the Sun's luminosity is its unit
        ("2 M_\\text{sun}", "2"),
        ("M_{ \\odot }^6", "M_{sun}^6"),
        ("M_\\oplus", "M_{earth}"),
        ("T_{\\star}", "T_{star}"),
        ("\u20135", "-5"),  # an en dash where only a sign can stand is a minus sign
        ("\u2013 \\frac{2}{3}", "-\\frac{2}{3}"),
        ("(\u20131, 2)", "(-1, 2)"),
        ("3\u20135", "3\u20135"),  # a range: left as written
        ("a\\odot b", "a\\odot b"),  # the operator between two values stays an operator
        # a wrapper as a script's whole argument keeps its braces: M_\text{sun} is M_{sun}, not M_s u n
        ("M_\\text{sun}", "M_{sun}"),
        ("T_ \\mathrm{eff}", "T_{eff}"),
        # a plain mixed number is two and a half, not "21/2"; an improper or zero fraction is no mixed number
        ("2 1/2 cups", "2\\frac{1}{2}"),
        ("10 11/12", "10\\frac{11}{12}"),
        ("1 000/3", "1000/3"),
        ("2 3/2", "23/2"),
        ("x = 10\\text{ cm}", "10"),
        ("20\\text{ square feet}", "20"),
        ("5 dollars", "5"),
        ("\\$5", "5"),
        ("45^\\circ", "45"),
        ("45^{\\circ}", "45"),
        ("45°", "45"),
        ("+7", "7"),
        ("[30]", "30"),
        (
            "\\left( 1, 2 \\right)",
            "(1, 2)",
        ),  # the space after a comma before a digit is kept: "5, 100" is a list
        ("0, 100", "0, 100"),
        ("32,\\!348", "32348"),  # LaTeX's thousands separator: a comma glued by a negative thin space
        ("11,\\! 111,\\! 111,\\! 100", "11111111100"),
        ("1,000,000", "1000000"),
        ("1,000,000", "1000000"),
        ("1{,}000", "1000"),
        ("1,2", "1,2"),
        ("1,23", "1,23"),
        ("50\\%", "50\\%"),
        ("50%", "50\\%"),
        ("y = 2x+1", "2x+1"),
        ("x \\in (1,2]", "(1,2]"),
        ("\\boxed{5}.", "5"),
        ("3\\!0", "30"),
        ("\\pi r^2", "\\pi r^2"),
        ("\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}"),
        ("x+y=1", "x+y=1"),
        ("y - 2", "y-2"),
    ],
)
def test_normalize_examples(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


def test_gold_is_never_reduced_to_its_last_number() -> None:
    assert normalize_answer("y - 2") != "2"
    assert normalize_answer("p(x)=x^2") == "p(x)=x^2"


def test_over_long_input_is_returned_stripped() -> None:
    text = " " + "1" * (MAX_NORMALIZE_CHARS + 5) + " "
    assert normalize_answer(text) == text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example("±±A")  # plus-minus signs are written as commands (\\pm), like the relation signs
@example("α")  # (found by hypothesis: a Greek letter is written as its command, \\alpha)
def test_arbitrary_text_never_raises_and_is_bounded(text: str) -> None:
    result = normalize_answer(text)
    assert isinstance(result, str)
    # Growth comes only from commands (bracing their arguments), from relation, times and membership signs written
    # as commands (``≥`` → ``\\geq``, ``∞`` → ``\\infty``, ``·`` → ``\\cdot``, ``±`` → ``\\pm``), vulgar fractions (any: ``½`` →
    # ``\\frac{1}{2}``), super- and subscripts (``10⁶`` → ``10^{6}``), the angstrom sign (a unit word; the letter Å and the sign
    # U+212B alike) and a degree
    # in a trigonometric function (``\\cos 60°`` → ``\\cos(\\frac{60\\pi}{180})``) and a control character that was a
    # mangled backslash (a tab before ``o`` is ``\\to``, then ``\\rightarrow``): at most 10 characters each; and a
    # whole answer that says there is nothing (``none``) becomes ``\\emptyset``.
    expanding = (
        text.count("\\")
        + sum(
            text.count(sign)
            for sign in "±∓≥≤≠×=·⋅∈∞π√½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒↉⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺₀₁₂₃₄₅₆₇₈₉Å\u212b°\t\x07\x08\x0b\x0c"
        )
        # Greek letters, written as their commands ("α" is \\alpha)
        + sum("\u0391" <= char <= "\u03c9" for char in text)
        + (result == "\\emptyset")
        # a repeating decimal with its period in brackets ("0.(1)" is \\frac{1}{9})
        + len(re.findall(r"\d\.\d*\(", text))
    )
    assert len(result) <= len(text) + 10 * expanding + 4


# Pieces of answers that interact: wrappers, units, connectors, relations, matrices, percent and currency.
_ANSWER_PIECES = [
    "\\frac", "\\dfrac", "\\sqrt", "\\text{", "\\mathrm{", "\\boxed{", "{", "}", "(", ")", "[", "]", "\\{", "\\}",
    " cm", " meals", "^2", "^{\\circ}", "th", " or ", " and ", ",", "\\quad", "$", "\\$", "\\%", " percent", "pct",
    "\\pm", "=", ">=", "\\geq", "<", "\\in", "x", "y_1", "1", "2", "5", "0", ".", "-", "+", " ", "\\,", "\\left[",
    "\\right]", "\\begin{array}{cc}", "\\end{array}", "\\begin{bmatrix}", "\\end{bmatrix}", "&", "\\\\", "\x08oxed{",
    "\x0crac", "≥", "²", "e", "E+", "\\times10^", "~", "^(", "₁", "½", "·", " million", "\\AA", "\\-",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(_ANSWER_PIECES), max_size=16).map("".join),
        st.text(alphabet="0123456789\\frac{}/ .,-+x=^$%()[]<>!tex", max_size=60),
        st.text(max_size=60),
    )
)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize_answer(text)
    assert normalize_answer(once) == once


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("$++56", "56"),  # one pass removed "$+", the next the other "+": the result is the fixed point
        (".5", ".5"),  # a leading point is part of the number, not a sentence's full stop
        ("7.", "7"),
        ("2 \\text{ or } 7", "2, 7"),
        ("2 and 7", "2, 7"),
        ("1, 2, and 3", "1, 2, 3"),
        ("x=1 \\quad y=2", "x=1,y=2"),
        ("y >= 2", "y\\geq2"),
        ("a>=b", "a\\geq b"),
        ("t != 0", "t\\neq0"),
        ("9^{\\text{th}} grade", "9"),
        ("45 meals", "45"),
        ("\\text{(E)},", "(E)"),  # a comma with nothing after it (a data set's gold) ends nothing
        ("1, 2;", "1, 2"),
        ("£45", "45"),  # a currency symbol, like the dollar sign
        ("3 halves", "\\frac{3}{2}"),  # a unit fraction in words is its value
        ("4 \\text{ tenths}", "\\frac{4}{10}"),
        ("5 times", "5"),  # a count ("5 times the radius" is not)
        ("45 €", "45"),
        ("\\pounds 45", "45"),
        ("\\frac{500}{3}\\text{ km/h}", "\\frac{500}{3}"),
        ("35 pct", "35\\%"),
        (
            "\\left[\\begin{array}{cc}1&2\\\\3&4\\end{array}\\right]",
            "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
        ),
        ("\\begin{bmatrix}1\\\\2\\end{bmatrix}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}"),
        (
            "\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix}",
            "\\begin{vmatrix}1&2\\\\3&4\\end{vmatrix}",
        ),  # a determinant
    ],
)
def test_normalize_new_spellings(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


@pytest.mark.parametrize(
    "word",
    ["squared", "cubed", "factorial", "times the radius", "minus one", "tenths", "thousandths", "halves"],
)
def test_a_word_that_changes_the_value_is_no_unit(word: str) -> None:
    # "12 squared" is 144, "12 tenths" 1.2: dropped like "12 apples", they would read as 12.
    for spelled in (f"12 \\text{{ {word}}}", f"12 {word}"):
        assert normalize_answer(spelled) != "12", spelled
    assert normalize_answer("12 \\text{ apples}") == "12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\\log_2 8", "\\log_{2}8"),
        ("x_1 2", "x_{1}2"),
        ("x^2 y", "x^{2}y"),
        ("x^2", "x^2"),
        ("\\pi r^2", "\\pi r^2"),
    ],
)
def test_a_one_character_script_is_not_merged_with_the_next_token(text: str, expected: str) -> None:
    assert normalize_answer(text) == expected


def test_invisible_format_characters_are_dropped() -> None:
    assert normalize_answer("4\u200b2\u202e") == "42"
    assert normalize_answer("\ufeff1\u200d/2") == "1/2"


def test_a_summation_index_is_not_a_variable_prefix() -> None:
    assert normalize_answer("\\sum_{n=1}^{10} n") == "\\sum_{n=1}^{10}n"
    assert normalize_answer("x_{1}=5") == "5"


def test_a_variable_with_a_command_subscript_is_a_prefix() -> None:
    assert normalize_answer("m_{\\max }=n^{2}-n-1") == "n^{2}-n-1"
    assert normalize_answer("a_{10}=3") == "3"


PLAIN_NUMBERS = st.builds(
    lambda sign, whole, fraction: sign + whole + ("." + fraction if fraction else ""),
    st.sampled_from(["", "-"]),
    st.one_of(st.just("0"), st.integers(min_value=1, max_value=10**30).map(str)),
    st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=30)),
)


@settings(max_examples=400, deadline=None)
@given(PLAIN_NUMBERS)
def test_a_plain_number_is_returned_as_the_full_normalisation_returns_it(number: str) -> None:
    # normalize_answer returns a plain number without running the passes: they must leave it unchanged.
    assert _normalize_to_fixed_point(number) == number == normalize_answer(number)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("4.5 \\times 10^{33} \\, \\text{erg s}^{-1}", "4.5\\times10^{33}"),
        ("7.66 \\times 10^{37} \\, \\text{erg} \\cdot \\text{s}^{-1}", "7.66\\times10^{37}"),
        ("8.00 \\times 10^{18} \\, \\mathrm{cm}^{-3}", "8.00\\times10^{18}"),
        ("2.4 \\text{ s}^{-1}", "2.4"),
        ("3 \\mathrm{e}^{-1}", "3e^{-1}"),  # e is no unit: the power stays
    ],
)
def test_a_unit_with_a_negative_power_is_dropped(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


@settings(max_examples=60, deadline=None)
@given(
    mantissa=st.decimals(min_value=1, max_value="9.99", places=2),
    exponent=st.integers(min_value=-40, max_value=40),
    unit=st.sampled_from(["\\text{erg s}^{-1}", "\\mathrm{cm}^{-3}", "\\text{ m}^{-2}", "\\text{ kg}^{3}"]),
    gap=st.sampled_from(["", " ", " \\, ", "\\ "]),
)
def test_scientific_notation_with_a_unit_normalises_as_without_it(
    mantissa: Decimal, exponent: int, unit: str, gap: str
) -> None:
    number = f"{mantissa} \\times 10^{{{exponent}}}"
    assert normalize_answer(f"{number}{gap}{unit}") == normalize_answer(number)


@pytest.mark.parametrize(
    ("answer", "unit"),
    [
        ("5 \\text{ km}", "km"),
        ("5 kilometres", "km"),
        ("36\\text{ cm}^3", "cm^3"),
        ("36 cubic centimeters", "cm^3"),
        ("18\\,\\mathrm{ft}^{2}", "ft^2"),
        ("18 sq ft", "ft^2"),
        ("\\frac{500}{3}\\text{ km/h}", "km/h"),
        ("60 kph", "km/h"),
        ("12 meters per second", "m/s"),
        ("\\$5.50", "dollar"),
        ("5.50 dollars", "dollar"),
        ("30^\\circ", "deg"),
        ("30 degrees", "deg"),
        ("12 \\text{ rad}", "rad"),  # not degrees: 12 radians is no 12 degrees
        ("2 radians", "rad"),
        ("2.5 hrs", "h"),
        # no unit, or one not known here: never a conflict
        ("5", None),
        ("45 meals", None),
        ("5 m long", None),
        ("2\\pi \\text{ m}", None),  # only a plain number's unit is read
        ("\\$5 per hour", None),
        ("5 square", None),
    ],
)
def test_the_unit_of_an_answer_is_named_canonically(answer: str, unit: str | None) -> None:
    assert answer_unit(answer) == unit


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\\{x \\mid x > 4\\}", "x>4"),  # set-builder notation is the condition it states
        ("\\{x : 1 < x \\le 3\\}", "1<x\\leq3"),
        ("\\left\\{x \\in \\mathbb{R} \\mid x \\neq 0 \\right\\}", "x\\neq0"),
        ("\\{x \\mid y > 4\\}", "\\{x\\mid y>4\\}"),  # a condition on another variable: left as written
        ("\\{1, 2\\}", "\\{1, 2\\}"),
        ("\\frac{\\pi}{4}+k\\pi, k \\in \\mathbb{Z}", "\\frac{\\pi}{4}+k\\pi"),  # the parameter's range
        ("\\frac{\\pi}{4}+n\\pi \\text{ for } n \\in \\mathbb{Z}", "\\frac{\\pi}{4}+n\\pi"),
        ("arctan(1)", "\\arctan(1)"),
        ("one million", "1000000"),  # a number word before a scale word
        ("a hundred thousand", "100000"),
        ("1.2 million people", "1200000"),
        ("{5 \\choose 2}", "\\binom{5}{2}"),
        ("\\underline{42}", "42"),
        ("3 \\pmod{7}", "3"),
        ("3 (\\bmod 7)", "3"),
        ("\\pmod{7}", "\\pmod{7}"),  # nothing but the modulus: left as written
    ],
)
def test_set_builders_binomials_underlines_and_moduli(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # layout with a size or a hidden argument is spacing
        ("9\\hspace{1mm}\\text{cm}", "9"),
        ("12\\hspace*{2pt}", "12"),
        ("9\\mkern2mu\\mathrm{cm}", "9"),
        ("4\\kern-0.5em", "4"),
        ("9\\phantom{0}", "9"),
        ("\\phantom{\\frac12}7", "7"),
        ("7\\enspace", "7"),
        ("\\frac{1}{2}\\thinspace", "\\frac{1}{2}"),
        # dashes and symbols typed for a minus, a fraction slash, a slanted relation, an ordinal for a degree
        ("\uff0d7", "-7"),
        ("\ufe6312", "-12"),
        ("\u201212", "-12"),
        ("3\u20125", "3\u20125"),  # after a value: a range, left alone
        ("\\sqrt{3}\u20442", "\\sqrt{3}/2"),
        ("x \u2a7d 2", "x\\leq2"),
        ("y\u2a7e0", "y\\geq0"),
        ("90\u00ba", "90"),
        ("\\pi radians", "\\pi"),  # a unit after π
        ("(1, 2)^T", "(1, 2)"),  # a transposed tuple is the column it writes
        ("A^T", "A^T"),
        ("sqrt2", "\\sqrt{2}"),  # plain-text roots and absolute values
        ("2sqrt x", "2\\sqrt{x}"),
        ("abs(x-1)", "|x-1|"),
        ("Abs(\\sqrt{3}-2)", "|\\sqrt{3}-2|"),
        ("\\text{does not exist}", "DNE"),  # what DNE abbreviates
        ("The limit doesn't exist", "DNE"),
        ("one third", "\\frac{1}{3}"),  # a fraction in words, whole
        ("\\text{two-thirds}", "\\frac{2}{3}"),
        ("a half", "\\frac{1}{2}"),
        ("one in six", "\\frac{1}{6}"),
        ("one way", "oneway"),
        ("36^o", "36"),  # the letter o typed for a degree sign, after a number only
        ("36^{o}", "36"),
        ("x^o", "x^o"),
        ("\u00b13", "\\pm3"),
        ("a\u2213b", "a\\mp b"),
        # a colon spelled as a command or spaced as punctuation
        ("1 \\colon 2", "1:2"),
        ("10{:}15", "10:15"),
        # a braced decimal point, blackboard letters without braces, a small matrix, repeating decimals with a bar
        ("3{.}5", "3.5"),
        ("\\mathbb R", "\\mathbb{R}"),
        ("x\\in\\mathbb Z", "\\mathbb{Z}"),  # as "x\\in\\mathbb{Z}" reads
        (
            "\\left(\\begin{smallmatrix}1&2\\\\3&4\\end{smallmatrix}\\right)",
            "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
        ),
        ("0.\\bar{3}", "\\frac{1}{3}"),
        ("0.1\\dot{6}", "\\frac{1}{6}"),
        ("\\bar{z}", "\\bar{z}"),  # no decimal: a conjugate
        ("\\dot{x}", "\\dot{x}"),  # a derivative
        # plain-text infinity and union between intervals
        ("(-inf,1) U (2,inf)", "(-\\infty,1)\\cup(2,\\infty)"),
        ("[0,1]U[2,3]", "[0,1]\\cup[2,3]"),
        ("infinity", "\\infty"),
        ("x U y", "xUy"),  # a U between names is a name
        ("\\text{infinite}", "infinite"),
        # a digit written three times before an ellipsis repeats; Python powers; a root of a parenthesis
        ("0.333\\ldots", "\\frac{1}{3}"),
        ("0.1666...", "\\frac{1}{6}"),
        ("2.5555\u2026", "\\frac{23}{9}"),
        # ... and so does a period of several digits written three times; written twice it is no period (e's digits)
        ("0.363636\\ldots", "\\frac{4}{11}"),
        ("1.2454545...", "\\frac{137}{110}"),
        ("2.718281828...", "2.718281828"),
        ("1, 4, 9, \\ldots", "1, 4, 9,\\ldots"),  # a list going on, not a decimal
        ("1, 2, 3, \\ldots", "n\\geq1"),  # ... and consecutive integers going on: every integer from 1
        ("2**3", "2^3"),
        ("x**(n+1)", "x^{n+1}"),
        ("\u221a(x+1)", "\\sqrt{x+1}"),
        ("2\\sqrt(3)", "2\\sqrt{3}"),
        # no element: the empty set however written
        ("\\text{None}", "\\emptyset"),
        ("the empty set", "\\emptyset"),
        ("nonempty", "nonempty"),
        # a sum of multiples of unit vectors is the tuple of its coordinates
        ("\\mathbf{i}+2\\mathbf{j}", "(1,2)"),
        ("3\\hat{\\imath}-4\\hat{\\jmath}", "(3,-4)"),
        ("2\\vec{i}-\\vec{k}", "(2,0,-1)"),
        ("\\frac{1}{2}\\hat{i}+\\sqrt{3}\\hat{j}", "(\\frac{1}{2},\\sqrt{3})"),
        (
            "x\\hat{i}+y\\hat{j}",
            "(x,y)",
        ),  # coordinates that are names: a tuple too ("qvB\\hat{j}" is (0, qvB))
        ("x^2\\hat{i}+y\\hat{j}", "x^2\\hat{i}+y\\hat{j}"),  # (other expressions: left alone)
        ("\\hat{i}\\hat{j}", "\\hat{i}\\hat{j}"),  # no sum
        ("\\hat{i}+\\hat{i}", "\\hat{i}+\\hat{i}"),  # an axis twice
        # a gold written as code: the module goes, and Python's log is the natural logarithm
        ("np.log(x)", "\\ln(x)"),
        ("math.log10(1000)", "\\log_{10}(1000)"),
        ("np.log2(x)", "\\log_{2}(x)"),
        ("np.arcsin(10/13)", "\\arcsin(10/13)"),
        # the reals but several points, in order of value
        ("\\mathbb{R}\\setminus\\{1, -2\\}", "(-\\infty,-2)\\cup(-2,1)\\cup(1,\\infty)"),
        # the reals but an interval: the rays left, each end the interval holds open, each end it leaves closed
        ("\\mathbb{R}\\setminus[-1,1]", "(-\\infty,-1)\\cup(1,\\infty)"),
        ("\\mathbb{R} \\setminus \\left(0, 2\\right]", "(-\\infty,0]\\cup(2,\\infty)"),
        ("\\mathbb{R}\\setminus(-\\infty,3)", "[3,\\infty)"),
        # a set after a union with its braces' backslashes lost
        ("(-\\infty,0)\\cup{1}", "(-\\infty,0)\\cup\\{1\\}"),
        ("A\\cup{B}", "A\\cup{B}"),  # a group of a name: left alone
    ],
)
def test_layout_dashes_and_older_notation(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\\color{red}5", "5"),
        ("\\textcolor{blue}{\\frac{1}{2}}", "\\frac{1}{2}"),
        ("x\\!=\\!5", "5"),  # a negative thin space before "=", not "!="
        ("minus 3", "-3"),
        ("negative three", "-3"),
        ("negative 1.5", "-1.5"),
        ("minusx", "minusx"),
        ("x != 5", "x\\neq5"),
        ("3 != 4", "3\\neq4"),
        # a factorial after a number or a bracket, then "=", is no not-equal sign
        ("5! = 120", "5!=120"),
        ("5!=120", "5!=120"),
        ("(n+1)! = 24", "(n+1)!=24"),
        ("5!! = 15", "5!!=15"),
    ],
)
def test_colour_and_thin_spaces(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a backslash written twice before a macro name: escaped twice
        ("1\\\\sqrt{19}", "1\\sqrt{19}"),
        ("\\\\frac{1}{2}", "\\frac{1}{2}"),
        # a row break stays one: before a number, a letter, or a macro with its own backslash
        ("\\begin{pmatrix}1\\\\2\\end{pmatrix}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}"),
        ("a\\\\b", "a\\\\b"),
        ("1\\\\\\frac{1}{2}", "1\\\\\\frac{1}{2}"),
        # a control character for a lost escape, also as the first character (a whitespace one)
        ("\x0crac{1}{2}", "\\frac{1}{2}"),
        ("\tfrac{1}{2}", "\\frac{1}{2}"),
    ],
)
def test_escapes_lost_or_doubled_in_writing_are_put_back(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


def test_a_gold_escaped_twice_is_decided_without_a_worker() -> None:
    from _caller_helpers import settled_in_caller

    verdict = settled_in_caller("-3,3", "1\\\\sqrt{19}")
    assert verdict is not None and verdict.status == "incorrect"
    assert normalize_answer("\\\\sqrt{19}") == normalize_answer("\\sqrt{19}")


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        # Quantities said in words or with a scale letter are their numbers.
        ("**Answer:** three and a half litres", "3.5", "correct"),
        ("**Answer:** three and a half litres", "3", "incorrect"),
        ("$\\boxed{\\text{four and one-third}}$", "\\frac{13}{3}", "correct"),
        ("The answer is five-sixteenths.", "\\frac{5}{16}", "correct"),
        ("**Answer:** 2.4k downloads", "2400", "correct"),
        ("**Answer:** \\$2.4M", "2400000", "correct"),
        ("**Answer:** sixty per cent", "60", "correct"),
        ("**Answer:** nine (9)", "9", "correct"),
        ("**Answer:** 14 (fourteen)", "14", "correct"),
        ("**Answer:** the 4th", "4", "correct"),
        # ... and a position in digits that a final sentence states with its verb
        ("a_n = 4 + 3(n-1), so n = 7.\nIt is the 7th term.", "7", "correct"),
        ("15 - 3 = 12.\nShe is now in 12th place.", "12", "correct"),
        ("20 - 5 = 15.\nAmy is 15th in line.", "15", "correct"),
        ("The first Friday is the 5th, then the 12th.\nThe third Friday is the 19th.", "19", "correct"),
        ("It is the 7th term.", "8", "incorrect"),
        ("It is the 7st term.", "7", "no_answer"),  # (a suffix that is not the number's)
        ("The 3rd step is to add.", "3", "no_answer"),  # (a position the sentence does not state)
        # a number whose thousands are set apart by spaces is one value in a final sentence too
        ("25 × 50 = 1 250.\nThere are 1 250 chairs.", "1250", "correct"),
        ("There are 1 000 000 grains.", "1000000", "correct"),
        ("There are 1 250 chairs.", "250", "incorrect"),
        ("There are 3 250 chairs and 12 tables.", "12", "correct"),
        # a number in words with its digits in brackets, inside a final sentence
        ("24 ÷ 2 = 12.\nEach team has twelve (12) students.", "12", "correct"),
        ("It carries forty-five (45) people.", "45", "correct"),
        ("It carries forty-five (46) people.", "45", "no_answer"),  # (the words and the digits disagree)
        # a fraction in words hyphenated at a final sentence's opening, a negative number in words with its unit
        ("8/12 = 2/3.\nTwo-thirds of the marbles are red.", "\\frac{2}{3}", "correct"),
        ("9 × 5 = 45.\nForty-five people came.", "45", "correct"),
        ("9 × 5 = 45.\nForty-five people came.", "40", "incorrect"),
        ("Two-thirds are red, so one third is blue.", "\\frac{2}{3}", "no_answer"),
        ("6 - 10 = -4.\nThe final temperature is negative four degrees.", "-4", "correct"),
        ("8 - 20 = -12.\nThe new balance is negative twelve dollars.", "-12", "correct"),
        # a mixed number with a Unicode fraction, a ratio after "odds are" or "in the ratio"
        ("5 - 1½ = 7/2.\n\nSo 3½ cups are left.", "\\frac{7}{2}", "correct"),
        ("So 3½ cups are left.", "3", "incorrect"),
        ("So the odds are 3 to 5.", "3:5", "correct"),
        ("So the areas are in the ratio 9 to 25.", "9:25", "correct"),
        ("So the areas are in the ratio 9 to 25.", "25", "incorrect"),
        # a chat model's courtesy after the answer
        ("So she has 12 apples.\nHope that clears it up!", "12", "correct"),
        ("So it will be Friday.\nHappy studying!", "\\text{Friday}", "correct"),
        ("**Answer:** sixth place", "6", "correct"),
        # ... a dozen read both ways, as the other scale words are (the question may count in dozens)
        ("**Answer:** three dozen rolls", "36", "correct"),
        ("So the answer is 5 dozen eggs.", "5", "correct"),
        ("**Answer:** half a dozen", "6", "correct"),
        # ... and a count in words stated with where it is ("There are fifteen chairs in the room.")
        ("5 x 3 = 15.\nSo there are fifteen chairs in the room.", "15", "correct"),
        ("5 x 3 = 15.\nSo there are fifteen chairs in the room.", "5", "incorrect"),
        # A quantity in two units against a plain number, in either unit (the one asked is the question's).
        ("So the drive takes 3 hours and 20 minutes.", "200", "correct"),
        ("So the drive takes 3 hours and 20 minutes.", "\\frac{10}{3}", "correct"),
        ("So the drive takes 3 hours and 20 minutes.", "320", "incorrect"),
        ("**Answer:** 2 feet 5 inches", "29", "correct"),
        ("**Answer:** 1 kg 250 g", "1.25", "correct"),
        ("The rope is 4 m 5 cm long.", "405", "correct"),
        ("The rope is 4 m 5 cm long.", "45", "incorrect"),
        # ... but two values of two names are no quantity
        ("So x = 3 and y = 20.", "200", "incorrect"),
        # A quantity restated in another unit of its kind is one answer, the gold in either unit ("(or 45 minutes)"
        # no longer the last number read, nor a bracket read whole); a restatement that does not convert is none.
        ("Time = 3/4 hour.\nThe trip takes 0.75 hours (or 45 minutes).", "0.75", "correct"),
        ("Time = 3/4 hour.\nThe trip takes 0.75 hours (or 45 minutes).", "45", "correct"),
        ("Time = 3/4 hour.\nThe trip takes 0.75 hours (i.e., 45 minutes).", "0.75", "correct"),
        ("Time = 3/4 hour.\nThe trip takes 0.75 hours (45 minutes).", "0.75", "correct"),
        ("The trip takes 0.75 hours, or 45 minutes.", "0.75", "correct"),
        ("The trip takes 0.75 hours, or 45 minutes.", "30", "incorrect"),
        ("So the answer is 0.75 hours (or 45 minutes).", "45", "correct"),
        ("The answer is \\boxed{0.75} hours (45 minutes).", "45", "correct"),
        ("The answer is \\boxed{0.75} hours (30 minutes).", "30", "incorrect"),
        ("**Answer:** 150 cm (1.5 m)", "1.5", "correct"),
        ("The answer is 1.33 hours (80 minutes).", "80", "correct"),  # (a rounded decimal, to its last digit)
        ("The answer is 2 hours (121 minutes).", "121", "incorrect"),
        ("The answer is 5 km (or 5 m).", "5", "correct"),  # (one number, two kinds of size: the first read)
        # ... a fraction restated ("$\\frac{5}{6}$ hours (or 50 minutes)", an OlympiadBench reference solution), and a
        # restatement that converts to another quantity is two answers
        (
            "Thus $t = \\frac{5}{2} \\cdot \\frac{1}{3} = \\frac{5}{6}$ hours (or 50 minutes).",
            "50",
            "correct",
        ),
        ("The trip takes 3/4 hours (or 40 minutes).", "40", "incorrect"),
        ("The trip takes 3/4 hours (or 40 minutes).", "\\frac{3}{4}", "incorrect"),
        # ... but a product with k, kelvins and molar stay what they are
        ("So the answer is $\\boxed{3k+1}$.", "3001", "incorrect"),
        ("So the answer is $\\boxed{3k+1}$.", "3k+1", "correct"),
        ("The temperature is $\\boxed{300K}$.", "300000", "incorrect"),
    ],
)
def test_quantities_said_in_words_or_with_a_scale_letter(answer: str, gold: str, status: str) -> None:
    assert verify(answer, gold, truncated=False).status == status
