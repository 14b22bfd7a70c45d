"""Properties found by differential fuzzing (``benchmarks/fuzz_equivalence.py``): near misses are never equal, and the
equal rewrites of the classes it found wrong are equal.

Each property builds a (prediction, gold) pair whose truth is known from the construction (exact fractions, the
order of a tuple, the end of an interval, a variable's name ...) and runs the fast path, then the symbolic stage in
this process (``fast.compare``) under a deadline. Examples are our own.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _equivalence_helpers import equal_in_process
from openrs_rewards.verifiers.normalize import answer_label, normalize_answer

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _tex(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.numerator)}}}{{{value.denominator}}}"


small = st.integers(min_value=-30, max_value=30)
positive = st.integers(min_value=1, max_value=30)
letters = st.sampled_from("abcmnpqrstxyz")


# --- near misses: never equal -----------------------------------------------------------------------------------


@FAST
@given(small, positive, st.sampled_from([1, -1, 2]))
def test_a_changed_numerator_is_neverequal_in_process(numerator: int, denominator: int, change: int) -> None:
    gold = Fraction(numerator, denominator)
    predicted = Fraction(numerator + change, denominator)
    assert not equal_in_process(_tex(predicted), _tex(gold))


@FAST
@given(small, small)
def test_a_swapped_tuple_is_equal_only_when_symmetric(first: int, second: int) -> None:
    assert equal_in_process(f"({second},{first})", f"({first},{second})") is (first == second)


@FAST
@given(small, small, st.sampled_from(["[", "("]), st.sampled_from(["]", ")"]))
def test_another_interval_end_is_neverequal_in_process(
    low: int, width: int, opening: str, closing: str
) -> None:
    high = low + abs(width) + 1
    flipped = {"[": "(", "(": "["}[opening]
    assert not equal_in_process(f"{flipped}{low},{high}{closing}", f"{opening}{low},{high}{closing}")


@FAST
@given(small, st.sampled_from([(">", "\\geq"), ("<", "\\leq"), ("\\geq", ">"), ("\\leq", "<")]))
def test_strict_and_loose_inequalities_differ(bound: int, operators: tuple[str, str]) -> None:
    assert not equal_in_process(f"x{operators[0]}{bound}", f"x{operators[1]}{bound}")


@FAST
@given(small, letters, letters)
def test_an_answer_for_another_variable_is_neverequal_in_process(value: int, name: str, other: str) -> None:
    assert equal_in_process(f"{other}={value}", f"{name}={value}") is (name == other)


@FAST
@given(
    small,
    small,
    st.sampled_from([("a", "b"), ("m", "n"), ("p", "q")]),
    st.sampled_from([("c", "d"), ("a", "c")]),
)
def test_named_parts_with_other_names_are_neverequal_in_process(
    first: int, second: int, names: tuple[str, str], others: tuple[str, str]
) -> None:
    gold = f"{names[0]}={first}, {names[1]}={second}"
    predicted = f"{others[0]}={first}, {others[1]}={second}"
    assert equal_in_process(predicted, gold) is (set(names) == set(others))


@FAST
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=2, max_value=40))
def test_a_changed_decimal_exponent_is_neverequal_in_process(mantissa: int, exponent: int) -> None:
    assert not equal_in_process(
        f"{mantissa}\\times 10^{{-{exponent + 1}}}", f"{mantissa}\\times 10^{{-{exponent}}}"
    )


@FAST
@given(small, small)
def test_and_between_opposite_inequalities_is_not_a_union(low: int, width: int) -> None:
    high = low + abs(width) + 1
    union = f"(-\\infty,{low})\\cup({high},\\infty)"
    assert not equal_in_process(f"x<{low} \\text{{ and }} x>{high}", union)
    assert equal_in_process(f"x<{low} \\text{{ or }} x>{high}", union)


@FAST
@given(st.lists(st.integers(min_value=1, max_value=50), min_size=2, max_size=4, unique=True))
def test_a_finite_list_is_not_an_open_sequence(items: list[int]) -> None:
    listed = ", ".join(map(str, items))
    assert not equal_in_process(listed, f"{listed}, \\ldots")
    assert not equal_in_process(f"{listed}, \\ldots", listed)
    assert equal_in_process(f"{listed}, ...", f"{listed}, \\dots")


@FAST
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9))
def test_euler_number_before_a_sign_is_not_scientific_notation(coefficient: int, constant: int) -> None:
    assert equal_in_process(
        f"\\frac{{{constant}+{coefficient}e+\\pi}}{{2}}", f"{constant}/2+{coefficient}e/2+\\pi/2"
    )
    assert not equal_in_process(f"{coefficient}e+{constant + 1}", f"{constant}+{coefficient}e")


# --- equal rewrites of the classes found wrong -------------------------------------------------------------------


@FAST
@given(
    st.integers(min_value=0, max_value=20),
    st.text(alphabet="0123456789", max_size=3),
    st.text(alphabet="0123456789", min_size=1, max_size=3),
)
def test_repeating_decimals_are_their_fraction(whole: int, fixed: str, repeating: str) -> None:
    scale = 10 ** len(fixed)
    value = Fraction(whole) + Fraction(int(fixed or "0"), scale)
    value += Fraction(int(repeating), scale * (10 ** len(repeating) - 1))
    written = f"{whole}.{fixed}\\overline{{{repeating}}}"
    assert equal_in_process(written, _tex(value))
    assert equal_in_process(_tex(value), written)
    changed = repeating[:-1] + str((int(repeating[-1]) + 1) % 10)
    if Fraction(int(changed), 10 ** len(changed) - 1) != Fraction(int(repeating), 10 ** len(repeating) - 1):
        assert not equal_in_process(
            f"{whole}.{fixed}\\overline{{{changed}}}", written
        )  # another repeating block


@FAST
@given(small, small, st.booleans(), st.booleans())
def test_and_between_bounds_is_the_interval(
    low: int, width: int, closed_low: bool, closed_high: bool
) -> None:
    high = low + abs(width) + 1
    lower = "\\geq" if closed_low else ">"
    upper = "\\leq" if closed_high else "<"
    interval = f"{'[' if closed_low else '('}{low},{high}{']' if closed_high else ')'}"
    assert equal_in_process(f"x {lower} {low} \\text{{ and }} x {upper} {high}", interval)


@FAST
@given(st.integers(min_value=1, max_value=9), small, letters)
def test_an_equation_rearranged_equals_the_labelled_gold(slope: int, intercept: int, name: str) -> None:
    if name == "x":
        name = "y"
    gold = f"{name}={slope}x+{intercept}" if intercept >= 0 else f"{name}={slope}x{intercept}"
    assert equal_in_process(f"{name}-{slope}x={intercept}", gold)
    assert not equal_in_process(f"{name}-{slope}x={intercept + 1}", gold)


def test_labels_are_compared_without_cosmetic_braces() -> None:
    assert answer_label("X_{d}=125-1.25P") == answer_label("X_d = 125 - 1.25P") == "X_d"
    assert equal_in_process("X_d = 125 - 1.25P", "X_{d}=125-1.25P")


def test_markup_spellings_found_by_fuzzing() -> None:
    assert normalize_answer("\\left.\\frac{1}{2}\\right.") == "\\frac{1}{2}"
    assert normalize_answer("{\\bf 10}") == "10"
    assert normalize_answer("\\operatorname{sin} x") == normalize_answer("\\sin x")
    assert normalize_answer("\\text{No real solutions}") == "\\emptyset"
    assert normalize_answer("x \\approx 2.45") == "2.45"
    assert normalize_answer("\\text{twelve}") == "12"
    assert not equal_in_process("\\{\\emptyset\\}", "\\emptyset")


@FAST
@given(small, small)
def test_the_reals_but_one_point_is_that_union(point: int, other: int) -> None:
    union = f"(-\\infty,{point})\\cup({point},\\infty)"
    assert equal_in_process(f"\\mathbb{{R}}\\setminus\\{{{point}\\}}", union)
    assert equal_in_process(f"\\mathbb{{R}}\\setminus\\{{{other}\\}}", union) is (point == other)


@FAST
@given(small, small, st.sampled_from("[("), st.sampled_from("])"))
def test_the_reals_but_an_interval_is_the_two_rays(low: int, width: int, opening: str, closing: str) -> None:
    high = low + abs(width) + 1
    rays = (
        f"(-\\infty,{low}{')' if opening == '[' else ']'}\\cup{'(' if closing == ']' else '['}{high},\\infty)"
    )
    assert equal_in_process(f"\\mathbb{{R}}\\setminus{opening}{low},{high}{closing}", rays)
    other = "(" if opening == "[" else "["  # the other bracket at the low end: another set
    assert not equal_in_process(f"\\mathbb{{R}}\\setminus{other}{low},{high}{closing}", rays)


@FAST
@given(st.sampled_from("ABCDE"), st.sampled_from("ABCDE"), st.integers(min_value=1, max_value=999), small)
def test_a_choice_gold_with_its_value(letter: str, other: str, value: int, change: int) -> None:
    gold = f"\\textbf{{({letter})}}\\ {value}"
    assert equal_in_process(letter, gold)
    assert equal_in_process(str(value), gold)
    assert equal_in_process(f"({other})", gold) is (other == letter)
    assert equal_in_process(str(value + change), gold) is (change == 0)


@FAST
@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=2, max_value=9), st.integers(2, 9))
def test_numerals_in_different_bases_differ(digits: int, base: int, other: int) -> None:
    numeral = str(digits)
    assert equal_in_process(f"{numeral}_{{{other}}}", f"{numeral}_{base}") is (base == other)


@FAST
@given(
    st.integers(min_value=1, max_value=9),
    small,
    st.integers(min_value=2, max_value=7),
    st.sampled_from([0, 1]),
)
def test_a_scaled_equation_is_the_same_equation(slope: int, intercept: int, factor: int, change: int) -> None:
    gold = f"y={slope}x+{intercept}" if intercept >= 0 else f"y={slope}x{intercept}"
    constant = factor * intercept + change
    predicted = (
        f"{factor}y={factor * slope}x+{constant}"
        if constant >= 0
        else f"{factor}y={factor * slope}x{constant}"
    )
    assert equal_in_process(predicted, gold) is (change == 0)
