"""numeric: exact rationals, bounded work, and the fast path of the cascade."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from openrs_rewards.verifiers.fast import fast_compare, prepare_gold
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.numeric import (
    numbers_equal,
    numbers_match,
    parse_number,
    parse_number_list,
    rounded_answers,
    rounds_to,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("27", Fraction(27)),
        ("-0.5", Fraction(-1, 2)),
        ("\\frac{3}{4}", Fraction(3, 4)),
        ("3/4", Fraction(3, 4)),
        ("7\\frac{1}{4}", Fraction(29, 4)),
        ("-7\\frac{1}{4}", Fraction(-29, 4)),
        ("1.5e3", Fraction(1500)),
        ("1.5\\times10^{3}", Fraction(1500)),
        ("1.5\\cdot10^3", Fraction(1500)),
        ("\\frac{1}{2^{99}}", Fraction(1, 2**99)),
        ("2^{-3}", Fraction(1, 8)),
        ("(1+2)\\cdot3", Fraction(9)),
    ],
)
def test_parse_number_exact(text: str, value: Fraction) -> None:
    parsed = parse_number(text)
    assert parsed is not None and parsed.value == value


@pytest.mark.parametrize(
    "text", ["\\pi", "x", "\\sqrt{2}", "10^{100000}", "5^{5^{5^{5^5}}}", "1" * 10_000, "2^{0.5}", "1,2", ""]
)
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text) is None


def test_huge_or_deep_inputs_are_refused_not_claimed_equal() -> None:
    # Speed is measured in benchmarks/ (bench_expr.py), not here: this checks the verdict on inputs that would be
    # huge computations if evaluated (10^100000, a power tower, 10,000 nines, 5,000 nested parentheses).
    gold = prepare_gold("5")
    assert gold is not None
    for text in ("10^{100000}", "5^{5^{5^{5^5}}}", "9" * 10_000, "(" * 5000 + "1" + ")" * 5000):
        decision = fast_compare(text, gold)
        # Undecided (the guarded worker then takes it) or a definite "no": never a claim that it equals 5.
        assert decision is None or decision.equal is False, (text[:40], decision)


def test_percent_policy() -> None:
    percent = parse_number("50\\%")
    assert percent is not None and percent.percent
    for other in ("50", "0.5", "50\\%"):
        parsed = parse_number(other)
        assert parsed is not None and numbers_equal(parsed, percent)
    for other in ("5", "0.05", "500"):
        parsed = parse_number(other)
        assert parsed is not None and not numbers_equal(parsed, percent)


def test_tiny_values_stay_apart() -> None:
    decision = fast_compare("\\frac{1}{2^{99}}", prepare_gold("\\frac{1}{2^{98}}"))  # type: ignore[arg-type]
    assert decision is not None and not decision.equal and decision.method == "numeric"


def test_number_lists() -> None:
    assert parse_number_list("(1, 2]") is not None
    assert parse_number_list("1,2") == ("", (parse_number("1"), parse_number("2")))
    assert parse_number_list("(1,(2))") is None


@pytest.mark.parametrize(
    ("predicted", "gold", "equal", "method"),
    [
        ("\\frac{1}{2}", "0.5", True, "numeric"),
        ("\\dfrac{3}{4}", "3/4", True, "numeric"),
        ("2\\sqrt{3}", "2 \\sqrt 3", True, "string"),
        ("x=5", "5", True, "string"),
        ("\\$1,000", "1000.0", True, "numeric"),
        ("28", "27", False, "numeric"),
        ("1,2", "12", False, "numeric"),
        ("(1,2)", "(2,1)", False, "numeric"),
        ("(1,2]", "[1,2]", False, "numeric"),
        ("2, 1", "1, 2", True, "numeric"),
        ("(B)", "B", True, "choice"),
        ("A", "\\text{(B)}", False, "choice"),
    ],
)
def test_fast_path_decides(predicted: str, gold: str, equal: bool, method: str) -> None:
    prepared = prepare_gold(gold)
    assert prepared is not None
    decision = fast_compare(predicted, prepared)
    assert decision is not None
    assert (decision.equal, decision.method) == (equal, method)


@pytest.mark.parametrize(
    ("predicted", "gold"), [("\\sqrt{4}", "2"), ("2", "y-2"), ("x>2+a", "2+a<x+1"), ("\\pi", "3")]
)
def test_fast_path_defers_when_unsure(predicted: str, gold: str) -> None:
    prepared = prepare_gold(gold)
    assert prepared is not None
    assert fast_compare(predicted, prepared) is None


def test_prepare_gold_invalid_and_cached() -> None:
    assert prepare_gold("") is None
    assert prepare_gold("  $ $ ") is None
    assert prepare_gold("\\boxed{}") is None
    assert prepare_gold("#### 72") is prepare_gold("#### 72")
    gold = prepare_gold("Thus the answer is $\\boxed{\\dfrac{3}{4}}$.")
    assert gold is not None and gold.text == "\\frac{3}{4}" and gold.number is not None


def test_fast_path_imports_no_sympy() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from openrs_rewards.verifiers.fast import fast_compare, prepare_gold\n"
        "fast_compare('\\\\frac{1}{2}', prepare_gold('0.5'))\n"
        "assert 'sympy' not in sys.modules and 'latex2sympy2_extended' not in sys.modules, 'heavy import'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=300, deadline=None)
@given(st.integers(-(10**6), 10**6), st.integers(1, 10**4))
def test_fraction_reformatting_is_equal(numerator: int, denominator: int) -> None:
    gold = prepare_gold(f"\\frac{{{numerator}}}{{{denominator}}}")
    assert gold is not None
    for predicted in (
        f"{numerator}/{denominator}",
        f"\\dfrac{{{numerator}}}{{{denominator}}}",
        f"x = {numerator}/{denominator}",
    ):
        decision = fast_compare(predicted, gold)
        assert decision is not None and decision.equal, predicted
    value = Fraction(numerator, denominator)
    other = prepare_gold(str(value + Fraction(1, 10**9)))
    assert other is not None
    decision = fast_compare(f"{numerator}/{denominator}", other)
    assert decision is not None and not decision.equal


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.text(max_size=50))
def test_fast_compare_never_raises(predicted: str, gold: str) -> None:
    prepared = prepare_gold(gold)
    if prepared is not None:
        decision = fast_compare(predicted, prepared)
        assert decision is None or isinstance(decision.equal, bool)
    assert isinstance(normalize_answer(predicted), str)


@pytest.mark.parametrize(
    ("text", "quantum", "significant"),
    [
        ("2.6667", Fraction(1, 10_000), 5),
        ("0.0833", Fraction(1, 10_000), 3),
        ("-.50", Fraction(1, 100), 2),
        ("1.24e-8", Fraction(1, 10**10), 3),
        ("1.24\\times10^{-8}", Fraction(1, 10**10), 3),
        ("6.0\\cdot10^5", Fraction(10_000), 2),
        ("42.5\\%", Fraction(1, 10), 3),
    ],
)
def test_decimal_literals_state_their_precision(text: str, quantum: Fraction, significant: int) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert (parsed.quantum, parsed.significant) == (quantum, significant)


@pytest.mark.parametrize("text", ["3", "\\frac{1}{3}", "4e7", "2^{10}", "1.5+1"])
def test_exact_forms_state_no_precision(text: str) -> None:
    parsed = parse_number(text)
    assert parsed is not None and parsed.quantum is None


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        ("\\frac{8}{3}", "2.6667", True),  # a rounded gold
        ("\\frac{8}{3}", "2.6666", False),  # truncated, not rounded
        ("2.66667", "2.6667", True),  # a more precise prediction
        ("0.6667", "\\frac{2}{3}", True),  # a rounded prediction with four significant digits
        ("0.667", "\\frac{2}{3}", False),  # three are not enough against an exact gold
        ("\\frac{2}{3}", "0.667", True),  # but are for a rounded gold
        ("\\frac{2}{3}", "0.67", True),  # two are enough against a fraction with no finite decimal
        ("\\frac{1}{3}", "0.3", False),  # one is not
        ("\\frac{49}{20}", "2.5", False),  # 2.45 has a finite decimal: the gold 2.5 may be exact
        ("\\frac{1}{7}", "0.15", False),  # 0.142857... rounds to 0.14
        ("\\frac{100}{3}", "33", False),  # an integer gold is never a rounding
        ("0.67", "\\frac{2}{3}", False),  # a two-digit prediction against an exact gold is another answer
        ("33.33\\%", "\\frac{1}{3}", True),  # the percent reading scales the precision too
        ("0.5", "50\\%", True),
        ("3", "3.4", False),
        ("2.67", "2.66", False),  # equal precision: two different roundings
        ("12.5", "12.50", True),
        ("\\frac{1}{2^{99}}", "\\frac{1}{2^{98}}", False),
        # a binary float as a program prints it: the value, off by the float's own rounding
        ("0.30000000000000004", "0.3", True),
        ("11.999999999999998", "12", True),
        ("0.6666666666666666", "\\frac{2}{3}", True),
        ("0.14285714285714285", "\\frac{1}{7}", True),
        ("0.30000000000001", "0.3", False),  # 14 digits: a different value, not a float's rounding
        ("12.00000000001", "12", False),
        ("0.3000000000000004", "0.3", True),  # a few units in the last place: float arithmetic's error
        ("0.3000000000100001", "0.3", False),  # 16 digits, but off by more than a float's rounding
        ("1.4142135623730951", "\\frac{1607521}{1136689}", False),  # √2's double, 2e-13 from this fraction
        (
            "18446744073709552000",
            "18446744073709551615",
            False,
        ),  # 2^64 - 1 printed as a double: a count is exact
    ],
)
def test_numbers_match_rounding_policy(predicted: str, gold: str, equal: bool) -> None:
    parsed_predicted = parse_number(predicted)
    parsed_gold = parse_number(gold)
    assert parsed_predicted is not None and parsed_gold is not None
    assert numbers_match(parsed_predicted, parsed_gold) is equal


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        ("0.6667", "\\frac{2}{3}", False),  # a rounded prediction: refused
        ("2.6667", "2.66667", False),  # rounded against a more precise decimal gold: refused
        ("33.33\\%", "\\frac{1}{3}", False),  # with the percent reading too
        ("\\frac{8}{3}", "2.6667", True),  # a rounded gold still accepts what rounds to it
        ("2.66667", "2.6667", True),  # a more precise prediction of a rounded gold
        ("\\frac{2}{3}", "0.67", True),
        ("0.5", "\\frac{1}{2}", True),  # a decimal that is the value exactly
        ("0.50", "0.5", True),
        ("0.5", "50\\%", True),
    ],
)
def test_exact_answers_refuse_only_a_rounded_prediction(predicted: str, gold: str, equal: bool) -> None:
    parsed_predicted, parsed_gold = parse_number(predicted), parse_number(gold)
    assert parsed_predicted is not None and parsed_gold is not None
    with rounded_answers(False):
        assert numbers_match(parsed_predicted, parsed_gold) is equal
    assert numbers_match(parsed_predicted, parsed_gold)  # the policy ends with its context


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=3, max_value=10**4),
    st.integers(min_value=4, max_value=9),
)
def test_a_rounding_matches_its_value_by_policy(numerator: int, denominator: int, digits: int) -> None:
    value = Fraction(numerator, denominator)
    text = f"{float(value):.{digits}g}"
    assume("e" not in text and "." in text)
    rounded, exact = parse_number(text), parse_number(f"\\frac{{{numerator}}}{{{denominator}}}")
    assert rounded is not None and exact is not None
    assume(rounded.value != value and rounded.significant >= 4)
    assert rounded.quantum is not None
    tie_to_zero = abs(value - rounded.value) * 2 == rounded.quantum and abs(rounded.value) < abs(value)
    # Rounded as the gold: accepted under both policies; as the answer: only where roundings are allowed, and not
    # a tie rounded towards zero (Python's half-to-even formatting of 217.25 as 217.2: the value cut short).
    assert numbers_match(exact, rounded) and rounds_to(value, rounded, is_gold=True)
    assert numbers_match(rounded, exact) is not tie_to_zero
    assert rounds_to(value, rounded, is_gold=False) is not tie_to_zero
    with rounded_answers(False):
        assert numbers_match(exact, rounded) and rounds_to(value, rounded, is_gold=True)
        assert not numbers_match(rounded, exact) and not rounds_to(value, rounded, is_gold=False)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=3, max_value=999))
def test_a_two_digit_gold_matches_only_a_fraction_without_a_finite_decimal(
    numerator: int, denominator: int
) -> None:
    # 0.33 can only be a rounding of 1/3; 0.25 may be exactly 1/4 and 0.3 carries too little to tell.
    value = Fraction(numerator, denominator)
    assume(Fraction(1, 10) <= value < 10)
    gold_text = f"{float(value):#.2g}"
    # (9.95 prints as "10.", an integer: no rounding reading applies to it.)
    assume(
        "e" not in gold_text
        and not gold_text.endswith(".")
        and len(gold_text.replace(".", "").lstrip("0")) == 2
    )
    exact, gold = parse_number(f"\\frac{{{numerator}}}{{{denominator}}}"), parse_number(gold_text)
    assert exact is not None and gold is not None
    reduced = value.denominator
    for factor in (2, 5):
        while reduced % factor == 0:
            reduced //= factor
    assert numbers_match(exact, gold) is (reduced != 1 or value == gold.value)


def test_a_percent_prediction_equals_its_fraction_gold_on_the_fast_path() -> None:
    decision = fast_compare("50\\%", prepare_gold("0.5"))  # type: ignore[arg-type]
    assert decision is not None and decision.equal and decision.method == "numeric"


EXACT_FORMS = st.one_of(
    st.integers(min_value=-10_000, max_value=10_000).map(str),
    st.tuples(st.integers(min_value=-99, max_value=99), st.integers(min_value=1, max_value=99)).map(
        lambda pair: f"\\frac{{{pair[0]}}}{{{pair[1]}}}"
    ),
)


@settings(max_examples=300, deadline=None)
@given(EXACT_FORMS, EXACT_FORMS, st.booleans())
def test_without_a_decimal_literal_only_exact_equality_matches(
    predicted: str, gold: str, percent: bool
) -> None:
    # Integers and fractions state no precision: no rounding reading applies to them (with or without percent).
    a, b = parse_number(predicted + ("\\%" if percent else "")), parse_number(gold)
    assert a is not None and b is not None
    assert numbers_match(a, b) == numbers_equal(a, b)


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        ("2.78\\times10^{-6}", "2.7778e-6", True),  # three digits against a measured (scientific) gold
        ("2.77\\times10^{-6}", "2.7778e-6", False),
        ("0.278", "0.27778", False),  # a plain decimal gold: four digits, as against an exact one
        ("0.3563", ".35625", True),  # a tie rounded away from zero
        ("0.3562", ".35625", False),  # ... not the value cut short
        ("217.25", "217.2", True),  # a gold may round a tie to even (Python's formatting does)
        # A gold in scientific notation states its precision in two digits too: a measured quantity.
        ("4.57\\times10^{-24}", "4.6e-24", True),
        ("4.5655\\times10^{-24}", "4.6\\times10^{-24}", True),
        ("44241339", "4.4e7", True),  # (an integer more precise than the gold: 100 e^13 ferrets)
        ("652000", "6.5\\times10^{5}", True),
        ("4.64e-24", "4.6e-24", True),
        ("4.66e-24", "4.6e-24", False),  # rounds to 4.7
        ("4.5e-24", "4.6e-24", False),  # the same precision: two different roundings
        ("4.6e-23", "4.6e-24", False),
        ("5.4e-7", "5e-7", False),  # one digit is no stated precision
        ("1.33", "1.3", False),  # a two-digit gold written out may be exact (1.3 = 13/10)
        ("0.54", "0.5", False),
    ],
)
def test_rounding_against_measured_golds_and_ties(predicted: str, gold: str, equal: bool) -> None:
    parsed_predicted, parsed_gold = parse_number(predicted), parse_number(gold)
    assert parsed_predicted is not None and parsed_gold is not None
    assert numbers_match(parsed_predicted, parsed_gold) is equal
