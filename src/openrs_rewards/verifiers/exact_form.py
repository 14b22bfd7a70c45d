"""The form a problem asks its answer in: exact, or rounded.

A decimal of four or more significant digits matches the exact value it rounds to (``VerifyOptions.rounded_answers``:
"2.6667" for ``\\frac{8}{3}``), since most problems do not say which form they want and many graders allow it. A
problem that does say so ("Express your answer in terms of $\\pi$.", "in simplest radical form", "as a common
fraction", "the exact value", "simplify", "without using a decimal approximation") is not answered by a rounded
decimal: "113.1" for ``36\\pi`` computed a number the problem asked not to give. :func:`rounded_where_exact_is_asked`
is that test.

A decimal that *is* the exact value stays correct ("0.4" for ``\\frac{2}{5}`` asked as a common fraction: another form
of the same number, which the graders in use accept), and so does any decimal when the problem also asks for one
("as a common fraction or a decimal to the nearest tenth").

The other way round, a problem that asks for its answer rounded ("to the nearest thousandth", "rounded to 2 decimal
places", "to three significant figures", "to the nearest whole number") is answered by the gold rounded so, however the
gold is stored ("0.347" for ``\\frac{25}{72}``, "141" for ``45\\pi``), though such an answer has fewer digits than
a rounded answer needs otherwise: :func:`rounded_as_asked`. An answer with more places than asked ("12.57" to the
nearest tenth) is another rounding than the one asked, paid by neither: :func:`rounded_otherwise_than_asked`.
:func:`~openrs_rewards.verifiers.problem_checks.with_problems` applies both when the problem is given.

Example:
    >>> asked = "A sphere has radius 3. What is its volume? Express your answer in terms of $\\\\pi$."
    >>> rounded_where_exact_is_asked("113.1", "36\\\\pi", asked)
    True
    >>> rounded_where_exact_is_asked("113.1", "36\\\\pi", "A sphere has radius 3. What is its volume?")
    False
    >>> rounded_where_exact_is_asked("0.4", "\\\\frac{2}{5}", "Express your answer as a common fraction.")
    False
    >>> rounded_as_asked("141", "45\\\\pi", "What is its volume? Round your answer to the nearest whole number.")
    True
    >>> rounded_as_asked("0.35", "\\\\frac{25}{72}", "Give the probability to the nearest thousandth.")
    False
"""

from __future__ import annotations

import functools
import math
import re
from fractions import Fraction

from openrs_rewards.verifiers.expr import constant_value
from openrs_rewards.verifiers.normalize import normalize_answer, number_word_value
from openrs_rewards.verifiers.numeric import parse_number
from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "ANGLE_OUT_OF_RANGE",
    "COMPLEX_FORM_NOT_ASKED",
    "EQUATION_NOT_NORMALISED",
    "EXACT_NOT_ROUNDED",
    "NOT_A_PRIME_FACTORIZATION",
    "NOT_IN_LOWEST_TERMS",
    "NOT_SOLVED_FOR",
    "RADICAL_NOT_SIMPLIFIED",
    "RESIDUE_OUT_OF_RANGE",
    "ROUNDED_AS_ASKED",
    "ROUNDED_NOT_EXACT",
    "ROUNDED_OTHERWISE",
    "angle_outside_the_asked_range",
    "asked_rounding",
    "asks_for_an_exact_form",
    "complex_form_not_asked",
    "equation_not_normalised_as_asked",
    "exact_where_a_rounding_is_asked",
    "factorization_not_given",
    "not_solved_for_the_asked_variable",
    "radical_not_simplified_where_asked",
    "residue_outside_the_asked_range",
    "rounded_as_asked",
    "rounded_otherwise_than_asked",
    "rounded_where_exact_is_asked",
    "uncancelled_where_simplest_is_asked",
    "unreduced_where_simplest_is_asked",
]

ROUNDED_NOT_EXACT = "the problem asks for an exact form; the answer is a rounded decimal"
ROUNDED_AS_ASKED = "the problem asks for the answer rounded; the answer is the gold rounded so"
ROUNDED_OTHERWISE = "the problem asks for the answer rounded to other decimal places than the answer has"
EXACT_NOT_ROUNDED = (
    "the problem asks for a decimal rounded to some places; the answer is an exact form with no end"
)
NOT_IN_LOWEST_TERMS = "the problem asks for the simplest form; the answer is a fraction not in lowest terms"
NOT_SOLVED_FOR = "the problem asks to solve for a variable; the answer is an equation that leaves it unsolved"
RADICAL_NOT_SIMPLIFIED = "the problem asks for simplest radical form; the answer leaves a square factor under a root or a root below"

# What a problem says when it wants an exact form of its answer.
_EXACT_FORM_ASKED = compile_lazily(
    r"\bin[ \t]+terms[ \t]+of[ \t]*(?:\$[ \t]*\\pi[ \t]*\$|\\\([ \t]*\\pi[ \t]*\\\)|\\pi\b|π|pi\b)"
    r"|\bradical[ \t]+form\b|\bcommon[ \t]+fraction\b|\bimproper[ \t]+fraction\b|\bmixed[ \t]+number\b"
    # ("Simplify $\sqrt{242}$.": a simpler exact form of an exact value)
    r"|\bsimplify\b|\bsimplest[ \t]+form\b"
    r"|\bas[ \t]+an?[ \t]+(?:reduced[ \t]+)?fraction\b|\bexact(?:[ \t]+(?:value|form|answer))?\b(?![ \t]*(?:ly|number))"
    # ("Express your answer exactly.", "Evaluate it exactly."; not "exactly 3 of them", a count)
    r"|\b(?:answers?|values?|results?|it|them|expressions?|solutions?)[ \t]+exactly\b[ \t]*(?=[.;!?]|\Z)"
    # ("Find $\\tan 75^\\circ$ exactly.": the expression asked, then the word)
    r"|[$)][ \t]+exactly\b[ \t]*(?=[.;!?]|\Z)",
    re.IGNORECASE,
)
# ... and what it says when a decimal answer is welcome after all: an instruction for the answer's form or rounding
# ("as a decimal", "to the nearest tenth", "round your answer to", "three significant figures", "a percent"), not a
# word of the problem's own story ("the repeating decimal 0.45...", "the nearest lattice point", "a rounded crust").
_DECIMAL_WELCOME = compile_lazily(
    r"\bas[ \t]+an?[ \t]+(?:decimal|percent(?:age)?)\b|\bdecimal[ \t]+(?:answer|approximation|form|value|places?)\b"
    r"|\bin[ \t]+decimal[ \t]+form\b|\bnearest[ \t]+(?:tenth|hundredth|thousandth|ten-thousandth|whole|integer|unit"
    r"|degree|cent|percent|dollar|meter|inch|foot|mile|second|minute)"
    r"|\bround(?:ed|ing)?[ \t]+(?:(?:your|the|each|all)[ \t]+)?(?:answers?|results?|values?)?[ \t]*(?:to|off)\b"
    r"|\bsignificant[ \t]+(?:figures?|digits?)\b|\bapproximate[ \t]+(?:value|answer)\b|\bapproximately\b",
    re.IGNORECASE,
)
# A decimal refused in so many words: "Without using a decimal approximation, ...".
_DECIMAL_REFUSED = compile_lazily(
    r"\b(?:without|not|no|never)[ \t]+(?:using[ \t]+|giving[ \t]+)?(?:an?[ \t]+)?decimals?\b", re.IGNORECASE
)
# A digit after a decimal point: only such an answer can be a rounded one.
_DECIMAL_POINT = compile_lazily(r"\d?\.\d")
# A gold that writes an irrational constant or function: no decimal is its exact value.
# (a macro's name may run into its argument once normalised: "\\ln2")
# (and Euler's number standing alone: "e - 1", not the exponent mark of "1.5e-3")
_IRRATIONAL_GOLD = compile_lazily(
    r"\\pi|π|\\sqrt|√|\\ln(?![a-z])|\\log|\\sin|\\cos|\\tan|\be\^|\\exp|\\root|(?<![\w\\.])e(?![A-Za-z])"
)


def asks_for_an_exact_form(problem: str) -> bool:
    """Whether ``problem`` asks for an exact form of its answer and says nothing to welcome a decimal, or refuses a
    decimal in so many words."""
    if _DECIMAL_REFUSED.search(problem) is not None:
        return True
    return _EXACT_FORM_ASKED.search(problem) is not None and _DECIMAL_WELCOME.search(problem) is None


def rounded_where_exact_is_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` (an extracted answer) is a decimal that only rounds to ``gold`` while ``problem`` asks for
    an exact form (see the module docstring)."""
    if not predicted or gold is None or not problem or not isinstance(problem, str):
        return False
    if _DECIMAL_POINT.search(predicted) is None or not asks_for_an_exact_form(problem):
        return False
    answer = parse_number(normalize_answer(predicted))
    if answer is None or answer.percent:
        return False
    exact = parse_number(normalize_answer(gold))
    if exact is not None:
        return not exact.percent and exact.value != answer.value
    return _IRRATIONAL_GOLD.search(gold) is not None


# What a problem says when it asks for a fraction in lowest terms.
_SIMPLEST_ASKED = compile_lazily(
    r"\bsimplify\b|\bsimplest[ \t]+form\b|\blowest[ \t]+terms\b|\breduced?[ \t]+(?:the[ \t]+)?fraction\b"
    r"|\bin[ \t]+reduced[ \t]+form\b"
    # (and in the languages of school problems: "化简", "最简分数", "約分", "simplifiez", "vereinfache", "simplifica")
    r"|化简|最简|約分|既約|simplifi(?:ez|er|ca|que|car)\b|vereinfach|kürze|forma[ \t]+irreducible|irreduzibel",
    re.IGNORECASE,
)
# (after a whole part too: the mixed number "2\\frac{3}{6}")
_FRACTION = compile_lazily(
    r"-?(?:\d{1,12} ?)?\\[dt]?frac\{(\d{1,12})\}\{(\d{1,12})\}|-?(?:\d{1,12} )?(\d{1,12})/(\d{1,12})"
)


def _simplest_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether there is an answer, a gold and a problem that asks for the simplest form."""
    return (
        bool(predicted)
        and gold is not None
        and isinstance(problem, str)
        and _SIMPLEST_ASKED.search(problem) is not None
    )


def unreduced_where_simplest_is_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` is a fraction of two whole numbers with a common factor ("\\frac{21}{36}") where
    ``problem`` asks for the simplest form ("Simplify $\\frac{84}{144}$.") and the gold is in lowest terms.

    >>> unreduced_where_simplest_is_asked("\\\\frac{21}{36}", "\\\\frac{7}{12}", "Simplify $\\\\frac{84}{144}$.")
    True
    >>> unreduced_where_simplest_is_asked("\\\\frac{21}{36}", "\\\\frac{7}{12}", "What is $\\\\frac{84}{144}$?")
    False
    """
    if not _simplest_asked(predicted, gold, problem):
        return False
    answer = _FRACTION.fullmatch(normalize_answer(predicted or ""))
    if answer is None:
        return False
    numerator, denominator = (int(group) for group in answer.groups() if group is not None)
    if math.gcd(numerator, denominator) == 1 or denominator == 0:
        return False
    written = _FRACTION.fullmatch(normalize_answer(gold or ""))
    if written is None:
        # (a gold written otherwise, "7/12" as a decimal or in words: the answer is still unreduced)
        return True
    gold_numerator, gold_denominator = (int(group) for group in written.groups() if group is not None)
    return math.gcd(gold_numerator, gold_denominator) == 1


def radical_not_simplified_where_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` leaves a square factor under a square root ("2\\sqrt{8}", "\\sqrt{117}") or a root in a
    denominator ("\\frac{1}{\\sqrt{2}}") where ``problem`` asks for simplest radical form (or to rationalize the
    denominator) and the gold leaves neither.

    >>> asked = "Simplify $\\\\sqrt{32}$. Express your answer in simplest radical form."
    >>> radical_not_simplified_where_asked("2\\\\sqrt{8}", "4\\\\sqrt{2}", asked)
    True
    >>> radical_not_simplified_where_asked("4\\\\sqrt{2}", "4\\\\sqrt{2}", asked)
    False
    """
    if not predicted or gold is None or not isinstance(problem, str):
        return False
    if "radical" not in problem and "ationaliz" not in problem and "square" not in problem:
        return False
    if _SIMPLEST_RADICAL_ASKED.search(problem) is None:
        return False
    return _radical_unsimplified(normalize_answer(predicted)) and not _radical_unsimplified(
        normalize_answer(gold)
    )


# ... or a denominator without roots: "Rationalize the denominator of ..."
_SIMPLEST_RADICAL_ASKED = compile_lazily(
    r"\bsimplest[ \t]+radical[ \t]+form\b|\brationali[sz](?:e|ing)[ \t]+the[ \t]+denominator\b"
    # ... or a form whose root has no square factor ("a+b\sqrt{c}, where c has no square factor other than 1",
    # "c is not divisible by the square of any prime", "square-free")
    r"|\bno[ \t]+square[ \t]+factors?\b|\bsquare[ -]?free\b|\bnot[ \t]+divisible[ \t]+by[ \t]+the[ \t]+square[ \t]+of"
    r"[ \t]+any[ \t]+prime\b",
    re.IGNORECASE,
)
_SQUARE_ROOT_OF_A_NUMBER = compile_lazily(r"\\sqrt\{(\d{1,12})\}")
_ROOT_IN_A_DENOMINATOR = compile_lazily(
    r"\\[dt]?frac\{(?:[^{}]|\{[^{}]*\})*\}\{[^{}]*\\sqrt"
    r"|\\sqrt\{\\[dt]?frac"  # (a root of a fraction, "\\sqrt{\\frac{2}{3}}": its denominator under the root too)
)


def _radical_unsimplified(text: str) -> bool:
    """Whether a normalised answer has a square root of a whole number with a square factor, or a root in a
    denominator."""
    if "sqrt" not in text:
        return False
    if _ROOT_IN_A_DENOMINATOR.search(text) is not None:
        return True
    for root in _SQUARE_ROOT_OF_A_NUMBER.finditer(text):
        number = int(root.group(1))
        if any(number % (factor * factor) == 0 for factor in range(2, math.isqrt(number) + 1)):
            return True
    reducible = _ROOT_OVER_A_NUMBER.fullmatch(text)
    # ("\\frac{36\\sqrt{3}}{4}" is 9\\sqrt{3}, "\\frac{2\\sqrt{6}}{6}" is \\frac{\\sqrt{6}}{3}: a fraction left unreduced)
    return reducible is not None and math.gcd(int(reducible.group(1) or 1), int(reducible.group(2))) > 1


# A multiple of a root over a whole number: "\\frac{36\\sqrt{3}}{4}", "\\frac{2\\sqrt{6}}{6}"
_ROOT_OVER_A_NUMBER = compile_lazily(r"-?\\[dt]?frac\{(\d{0,9})\\sqrt\{\d{1,12}\}\}\{(\d{1,9})\}")


ANGLE_OUT_OF_RANGE = "the problem asks for the angle in a range; the answer's angle lies outside it"
NOT_A_PRIME_FACTORIZATION = "the problem asks for the prime factorization; the answer is not written as one"
RESIDUE_OUT_OF_RANGE = "the problem asks for the least residue; the answer's residue lies outside 0 to m - 1"
EQUATION_NOT_NORMALISED = "the problem asks for integer coefficients with gcd 1 and a positive leading one; the answer's equation is scaled"
COMPLEX_FORM_NOT_ASKED = (
    "the problem asks for one form of a complex number (rectangular or polar); the answer is in the other"
)
_RECTANGULAR_ASKED = compile_lazily(
    r"\brectangular[ \t]+form\b|\bin[ \t]+the[ \t]+form[ \t]*\$?[ \t]*a[ \t]*\+[ \t]*b[ \t]*\\?,?[ \t]*i\b"
    r"|\bform[ \t]+\$?a[ \t]*\+[ \t]*bi\$?",
    re.IGNORECASE,
)
# A complex number written by its modulus and argument: "e^{3\\pi i/4}", "\\text{cis}", "\\cos\\theta + i\\sin\\theta".
_POLAR_FORM = compile_lazily(r"e\^\{?[^{}]*i|\bcis\b|\\operatorname\{cis\}|\\angle|i[ \t]*\\sin")


_POLAR_ASKED = compile_lazily(
    r"\bpolar[ \t]+form\b|\bexponential[ \t]+form\b|\bin[ \t]+the[ \t]+form[ \t]*\$?[ \t]*r[ \t]*(?:e\^|\\text\{?cis|\\operatorname)",
    re.IGNORECASE,
)
# A complex number written by its parts: "-4-4i", "3 + 2i" (no modulus and argument).
_RECTANGULAR_FORM = compile_lazily(r"[-+]?[\d.\\{}a-z]*[ \t]*[-+][ \t]*[\d.\\{}]*[ \t]*i|[-+]?[\d.]+[ \t]*i")


def complex_form_not_asked(predicted: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` is a complex number in polar or exponential form ("\\sqrt{2}e^{3\\pi i/4}") where
    ``problem`` asks for rectangular form (a + bi), or in rectangular form ("-4-4i") where it asks for the polar form.

    >>> complex_form_not_asked("\\\\sqrt{2}e^{3\\\\pi i/4}", "Write $z$ in rectangular form.")
    True
    >>> complex_form_not_asked("-1+i", "Write $z$ in rectangular form.")
    False
    """
    if not predicted or not problem or not isinstance(problem, str):
        return False
    if _POLAR_FORM.search(predicted) is not None:
        return _RECTANGULAR_ASKED.search(problem) is not None
    # ... or the reverse: "-4-4i" where the problem asks for the polar form re^{i\\theta}
    return (
        _POLAR_ASKED.search(problem) is not None
        and _RECTANGULAR_FORM.fullmatch(normalize_answer(predicted)) is not None
    )


# The range a problem asks an angle in: "0 \\le \\theta < 2\\pi", "-\\pi < \\theta \\leq \\pi", "0 ≤ θ < 2π".
_ANGLE_RANGE_ASKED = compile_lazily(
    r"(-?\d*\\?pi|-?π|-?\d*π|0)[ \t]*(\\le(?:q)?|<|≤)[ \t]*(?:\\theta|θ|\\phi|φ|\\varphi)[ \t]*"
    r"(\\le(?:q)?|<|≤)[ \t]*(\d*[ \t]*\\?pi|\d*π)"
)
# An exponential form's angle: the exponent of e with its i taken out ("e^{-3\\pi i/4}", "e^{i\\frac{5\\pi}{4}}").
_EXPONENTIAL_ANGLE = compile_lazily(r"e\^\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}")


_IMAGINARY_UNIT = compile_lazily(r"(?<![\\A-Za-z])i(?![A-Za-z])")


def _bound(text: str) -> float | None:
    value = constant_value(text.replace("π", "\\pi").replace(" ", "").replace("\\pi", "\\pi "))
    return None if value is None else float(value)


def angle_outside_the_asked_range(predicted: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` is a complex number in exponential form whose angle lies outside the range its problem
    asks for ("2\\sqrt{2}e^{-3\\pi i/4}" where $0 \\le \\theta < 2\\pi$ is asked: the same number, not in the form
    asked; a polar pair's angle is compared with the gold's as written).

    >>> asked = "... $re^{i\\\\theta}$, where $0 \\\\le \\\\theta < 2\\\\pi$."
    >>> angle_outside_the_asked_range("2\\\\sqrt{2}e^{-3\\\\pi i/4}", asked)
    True
    >>> angle_outside_the_asked_range("2\\\\sqrt{2}e^{5\\\\pi i/4}", asked)
    False
    """
    if not predicted or not problem or not isinstance(problem, str) or "e^" not in predicted:
        return False
    asked = _ANGLE_RANGE_ASKED.search(problem)
    if asked is None:
        return False
    exponent = _EXPONENTIAL_ANGLE.search(normalize_answer(predicted))
    units = [] if exponent is None else list(_IMAGINARY_UNIT.finditer(exponent.group(1)))
    if exponent is None or len(units) != 1:
        return False
    angle_text = exponent.group(1)[: units[0].start()] + exponent.group(1)[units[0].end() :]
    angle = constant_value(angle_text.replace("\\cdot", "").strip() or "1")
    low, high = _bound(asked.group(1)), _bound(asked.group(4))
    if angle is None or low is None or high is None:
        return False
    value = float(angle)
    above_low = value >= low if "<" not in asked.group(2) else value > low
    below_high = value <= high if "<" not in asked.group(3) else value < high
    return not (above_low and below_high)


# A problem that asks for the least residue: "where $0 \\le a < m$", "the least nonnegative residue", "0 ≤ a < 7".
_LEAST_RESIDUE_ASKED = compile_lazily(
    r"0[ \t]*(?:\\le(?:q)?|≤|<=)[ \t]*[a-z][ \t]*(?:<|\\lt)[ \t]*(?:[a-z]|\d+)\b"
    r"|\bleast[ \t]+(?:non-?negative|positive)?[ \t]*residue\b",
    re.IGNORECASE,
)
# A congruence's residue and modulus: "x \\equiv 13 \\pmod 7", "x ≡ 13 (mod 7)".
_RESIDUE_AND_MODULUS = compile_lazily(
    r"(?:\\equiv|≡)[ \t]*(-?\d{1,9})[ \t]*\(?[ \t]*\\?(?:pmod|bmod|mod)[ \t]*\{?[ \t]*(\d{1,9})"
)


def residue_outside_the_asked_range(predicted: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` is a congruence whose residue lies outside 0 to m - 1 where ``problem`` asks for the least
    residue ("x \\equiv 13 \\pmod 7" for "... in the form $x \\equiv a \\pmod{m}$, where $0 \\le a < m$": the
    same class, not the form asked).

    >>> residue_outside_the_asked_range("x \\\\equiv 13 \\\\pmod 7", "where $0 \\\\le a < m$.")
    True
    >>> residue_outside_the_asked_range("x \\\\equiv 6 \\\\pmod 7", "where $0 \\\\le a < m$.")
    False
    """
    if not predicted or not problem or not isinstance(problem, str) or "mod" not in predicted:
        return False
    if _LEAST_RESIDUE_ASKED.search(problem) is None:
        return False
    found = _RESIDUE_AND_MODULUS.search(predicted)
    return found is not None and not 0 <= int(found.group(1)) < int(found.group(2))


_FACTORIZATION_ASKED = compile_lazily(
    r"\bprime[ \t]+factori[sz]ation\b|\bproduct[ \t]+of[ \t]+(?:prime[ \t]+)?(?:powers|primes)\b"
    r"|\bfactori[sz]e\b[^.?!\n]{0,40}\binto[ \t]+primes\b",
    re.IGNORECASE,
)
# A product of powers of numbers, as a factorization is written: "2^{3}\\cdot3^{2}\\cdot5", "2^3 \\times 7".
_POWER_PRODUCT = compile_lazily(
    r"\d{1,6}(?:\^\{?\d{1,3}\}?)?(?:[ ]?(?:\\cdot|\\times|×|·|\*)[ ]?\d{1,6}(?:\^\{?\d{1,3}\}?)?)+"
)
_FACTOR = compile_lazily(r"(\d{1,6})(?:\^\{?\d{1,3}\}?)?")


def _is_prime_factorization(text: str) -> bool:
    """Whether ``text`` (normalised) is a product of two or more powers of distinct primes ("2^{3}\\cdot3^{2}\\cdot5")."""
    if _POWER_PRODUCT.fullmatch(text) is None:
        return False
    bases = [int(factor.group(1)) for factor in _FACTOR.finditer(text)]
    return len(bases) == len(set(bases)) >= 2 and all(
        base > 1 and all(base % divisor for divisor in range(2, math.isqrt(base) + 1)) for base in bases
    )


# MATH's normalised form of a line's or a plane's equation: "Enter your answer in the form Ax + By + Cz + D = 0, where
# A, B, C, D are integers such that A > 0 and gcd(|A|,|B|,|C|,|D|) = 1."
_NORMALISED_EQUATION_ASKED = compile_lazily(
    r"gcd ?\( ?\|A\| ?, ?\|B\| ?(?:, ?\|C\| ?)?(?:, ?\|D\| ?)?\) ?= ?1"
)
_LEADING_POSITIVE_ASKED = compile_lazily(r"A ?> ?0")
# A linear expression with integer coefficients in x, y and z, term by term ("2x+2y+2z-2", "-x-y-z+1").
_LINEAR_TERM = compile_lazily(r"([+-]?)(\d*)([xyz]?)")


def _integer_coefficients(side: str) -> dict[str, int] | None:
    """The coefficients of a linear expression in x, y, z with integer coefficients (the constant under ""), None for
    anything else or a variable written twice."""
    coefficients: dict[str, int] = {}
    at = 0
    while at < len(side):
        term = _LINEAR_TERM.match(side, at)
        if (
            term is None
            or term.end() == at
            or (at and not term.group(1))
            or not (term.group(2) or term.group(3))
        ):
            return None
        name = term.group(3)
        if name in coefficients:
            return None
        size = int(term.group(2)) if term.group(2) else 1
        coefficients[name] = -size if term.group(1) == "-" else size
        at = term.end()
    return coefficients if any(coefficients.get(name) for name in "xyz") else None


def equation_not_normalised_as_asked(predicted: str | None, problem: str | None) -> bool:
    """Whether ``predicted``, a linear equation "... = 0" with integer coefficients, breaks the normalisation its
    problem asks (MATH's "where A > 0 and gcd(|A|,|B|,|C|,|D|) = 1"): a common factor, or a negative A.

    >>> asked = "Enter your answer in the form Ax + By + Cz + D = 0, where A > 0 and gcd(|A|,|B|,|C|,|D|) = 1."
    >>> equation_not_normalised_as_asked("2x+2y+2z-2=0", asked), equation_not_normalised_as_asked("x+y+z-1=0", asked)
    (True, False)
    >>> equation_not_normalised_as_asked("-x-y-z+1=0", asked), equation_not_normalised_as_asked("2x+2y+2z-2=0", "")
    (True, False)
    """
    if not predicted or not isinstance(problem, str) or _NORMALISED_EQUATION_ASKED.search(problem) is None:
        return False
    written = predicted.replace(" ", "")
    if _SOLVED_FOR_Y_WITH_A_FRACTION.fullmatch(written if "=" in written else f"y={written}") is not None:
        return True  # ("y = \\frac{3}{2}x - 3" where "Ax + By = C" with integers is asked: another form)
    sides = written.split("=")
    if len(sides) != 2:
        return False
    if "0" in sides:
        coefficients = _integer_coefficients(sides[0] if sides[1] == "0" else sides[1])
    else:
        # "Ax + By = C": the terms on one side, the constant on the other ("-3x+2y=-6", "6x-4y=12")
        constant_side = next((index for index, side in enumerate(sides) if _INTEGER.fullmatch(side)), None)
        if constant_side is None:
            return False
        coefficients = _integer_coefficients(sides[1 - constant_side])
        if coefficients is not None:
            coefficients[""] = coefficients.get("", 0) - int(sides[constant_side])
    if coefficients is None:
        return False
    if math.gcd(*coefficients.values()) != 1:
        return True
    return _LEADING_POSITIVE_ASKED.search(problem) is not None and coefficients.get("x", 0) < 0


_INTEGER = compile_lazily(r"[+-]?\d+")
# A line solved for y whose slope or intercept is a fraction or a decimal ("y=\\frac{3}{2}x-3", "y=1.5x-3").
_SOLVED_FOR_Y_WITH_A_FRACTION = compile_lazily(r"y=(?=[^=]*(?:\\d?frac|/|\d\.\d))[^=]*x[^=]*")


def factorization_not_given(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` is not written as a prime factorization where ``problem`` asks for one and the gold is
    one ("360" or "2^2 \\cdot 3^2 \\cdot 10" for "2^3 \\cdot 3^2 \\cdot 5"; without the problem a gold written as a
    product, "2 \\cdot 3^5", is a number like any other).

    >>> asked = "Find the prime factorization of 360."
    >>> factorization_not_given("360", "2^3 \\\\cdot 3^2 \\\\cdot 5", asked)
    True
    >>> factorization_not_given("5 \\\\cdot 2^3 \\\\cdot 3^2", "2^3 \\\\cdot 3^2 \\\\cdot 5", asked)
    False
    """
    if (
        not predicted
        or not gold
        or not isinstance(problem, str)
        or _FACTORIZATION_ASKED.search(problem) is None
    ):
        return False
    return _is_prime_factorization(normalize_answer(gold)) and not _is_prime_factorization(
        normalize_answer(predicted)
    )


def uncancelled_where_simplest_is_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` is a quotient whose numerator and denominator still share a factor of a variable
    ("\\frac{(x-3)(x+3)}{x-3}") where ``problem`` asks to simplify (the gold is no such quotient).

    >>> uncancelled_where_simplest_is_asked("\\\\frac{(x-3)(x+3)}{x-3}", "x+3", "Simplify $\\\\frac{x^2-9}{x-3}$.")
    True
    >>> uncancelled_where_simplest_is_asked("\\\\frac{x+3}{x-3}", "\\\\frac{x+3}{x-3}", "Simplify it.")
    False
    """
    if not _simplest_asked(predicted, gold, problem) or "frac" not in (predicted or ""):
        return False
    quotient = _QUOTIENT.fullmatch(normalize_answer(predicted or ""))
    if quotient is None:
        return False
    numerator, denominator = _factors(quotient.group(1)), _factors(quotient.group(2))
    shared = {factor for factor in numerator & denominator if any(char.isalpha() for char in factor)}
    written = _QUOTIENT.fullmatch(normalize_answer(gold or ""))
    # (a gold that is a quotient too keeps no common factor: "\\frac{x-3}{x+3}")
    return bool(shared) and (written is None or not _factors(written.group(1)) & _factors(written.group(2)))


_QUOTIENT = compile_lazily(r"\\[dt]?frac\{((?:[^{}]|\{[^{}]*\})+)\}\{((?:[^{}]|\{[^{}]*\})+)\}")


def _factors(product: str) -> set[str]:
    """The factors of a product written as brackets side by side ("(x-3)(x+3)" → x-3, x+3; "x(x+1)" → x, x+1); the
    whole text when it is no such product."""
    bracketed: list[str] = []
    outside: list[str] = []  # (what stands between the brackets: a factor, or a sign that makes a sum)
    depth, start = 0, 0
    for index, char in enumerate(product):
        if char == "(":
            if depth == 0:
                if index > start:
                    outside.append(product[start:index])
                start = index
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return {product}
            if depth == 0:
                bracketed.append(product[start + 1 : index])
                start = index + 1
    if depth != 0:
        return {product}
    if start < len(product):
        outside.append(product[start:])
    if any("+" in piece or "-" in piece for piece in outside):
        return {product}  # ("x-3(x+1)", "(x+1)-3": a sum, not a product)
    factors = bracketed + outside
    return set(factors) if len(factors) > 1 else {product.strip("()") if product.startswith("(") else product}


# A rounding a problem asks for: to a place ("to the nearest tenth", "nearest whole number", "2 decimal places") or to
# significant figures ("three significant figures").
# (to the nearest whole unit of a measure too: "rounded to the nearest meter", "to the nearest minute")
_WHOLE_UNITS = (
    "meter", "metre", "centimeter", "centimetre", "millimeter", "kilometer", "kilometre", "foot", "inch", "yard",
    "mile", "gram", "kilogram", "pound", "ounce", "liter", "litre", "second", "minute", "hour", "day", "week", "year",
    "percent", "person",
)  # fmt: skip
_NEAREST_PLACE = {
    "whole": 0, "integer": 0, "unit": 0, "dollar": 0, "degree": 0, "cent": 2,
    "tenth": 1, "hundredth": 2, "thousandth": 3, "ten-thousandth": 4,
    **dict.fromkeys(_WHOLE_UNITS, 0),
}  # fmt: skip
_ROUNDING_ASKED = compile_lazily(
    r"\bnearest[ \t]+(whole|integer|unit|dollar|degree|cent|tenth|hundredth|thousandth|ten-thousandth|"
    + "|".join(_WHOLE_UNITS)
    + r")\b"
    r"|\b(\d|one|two|three|four|five|six)[ \t]+decimal[ \t]+places?\b"
    r"|\b(\d|one|two|three|four|five|six)[ \t]+significant[ \t]+(?:figures?|digits?)\b",
    re.IGNORECASE,
)


# Decimal places asked of the mantissa of scientific notation: "format your answer as $n \\times 10^x$ where $n$ is to
# 2 decimal places".
_MANTISSA_PLACES = compile_lazily(
    r"\\times[ \t]*10\^[^\n]{0,60}?\$?\bn\$?[ \t]+(?:is|to|should[ \t]+be|rounded)[^.\n]{0,30}?decimal[ \t]+places?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def asked_rounding(problem: str) -> tuple[str, int] | None:
    """The rounding ``problem`` asks its answer in: ``("places", n)`` digits after the point, or ``("figures", n)``
    significant figures; None when it asks none (or asks two). (Cached: the problem checks ask it up to four times a
    verdict, and the samples of one problem share it.)"""
    asked = _ROUNDING_ASKED.findall(problem)
    if len(set(asked)) != 1:
        return None
    nearest, places, figures = asked[0]
    if nearest:
        return "places", _NEAREST_PLACE[nearest.lower()]
    count = places or figures
    digits = int(count) if count.isdigit() else number_word_value(count)
    if digits is None:
        return None
    return ("places", digits) if places else ("figures", digits)


def rounded_as_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted`` is a number within half a unit of the rounding ``problem`` asks for (see
    :func:`asked_rounding`) of the value of ``gold`` (an exact constant or a number)."""
    if not predicted or gold is None or not problem or not isinstance(problem, str):
        return False
    rounding = asked_rounding(problem)
    if rounding is None:
        return False
    answer = parse_number(normalize_answer(predicted))
    if answer is None or answer.percent:
        return False
    stored = parse_number(gold)  # (a number first: "4.46e-19" is no product with Euler's e)
    exact = constant_value(gold) if stored is None or stored.percent else stored.value
    if exact is None or exact == 0:
        return False
    kind, digits = rounding
    if kind == "places" and _MANTISSA_PLACES.search(problem) is not None:
        kind, digits = (
            "figures",
            digits + 1,
        )  # ("as $n \\times 10^x$ where $n$ is to 2 decimal places": n's places)
    if kind == "places":
        unit = Fraction(1, 10**digits)
        if abs(exact) < unit:
            return False  # (a rounding that leaves no digit of the value tells nothing)
        if answer.quantum is not None and answer.quantum < unit:
            return False  # (more places than asked is another rounding: "83.33" to the nearest whole number)
    else:
        unit = Fraction(10) ** (math.floor(math.log10(abs(float(exact)))) - digits + 1)
    if _ROUNDING_IS_THE_TASK.match(problem) is not None and (answer.value / unit).denominator != 1:
        return False  # "Round 149 to one significant figure.": 149 is the number given, not it rounded
    # (strictly inside: a value half a unit away rounds either way, "150" is no 100 at one significant figure)
    return abs(answer.value - exact) < unit / 2


def rounded_otherwise_than_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``predicted``, a decimal, has more places than the places ``problem`` asks for ("to the nearest
    tenth": "12.57"), or fewer where the gold has those places ("2.667" for 2.6667 to four places), and is not the
    gold's value itself ("12.60" is 12.6): a rounding other than the one asked, which only the comparison's
    tolerance for rounded answers would pay."""
    if not predicted or gold is None or not problem or not isinstance(problem, str) or "." not in predicted:
        return False
    rounding = asked_rounding(problem)
    if rounding is None or (rounding[0] == "places" and _MANTISSA_PLACES.search(problem) is not None):
        return False
    if rounding[0] == "figures":
        return _fewer_figures_than_asked(predicted, gold, rounding[1])
    if rounding[0] != "places":
        return False
    written = normalize_answer(predicted)
    if "=" in written:
        written = written.rpartition("=")[2]  # ("150/2.75=54.5454": the value a computation ends on)
    answer, stored = parse_number(written), parse_number(gold)
    if answer is None or answer.quantum is None or stored is None or answer.percent != stored.percent:
        return False
    asked = Fraction(1, 10 ** rounding[1])
    if answer.value == stored.value:
        return False
    # ... or fewer, where the gold has the places asked: "2.667" for 2.6667 "rounded to four decimal places"
    return answer.quantum < asked or (answer.quantum > asked and stored.quantum == asked)


def _fewer_figures_than_asked(predicted: str, gold: str, figures: int) -> bool:
    """Whether ``predicted``, a decimal, has fewer significant figures than the ``figures`` asked where the gold has
    them ("1.5 s" for 1.47 s "to three significant figures"), and is not the gold's value itself."""
    # (the numbers alone, their units aside: "1.5 s" is 1.5)
    leading, gold_leading = _LEADING_DECIMAL.match(predicted), _LEADING_DECIMAL.match(normalize_answer(gold))
    if leading is None or gold_leading is None:
        return False
    answer, stored = parse_number(leading.group(1)), parse_number(gold_leading.group(1))
    if answer is None or stored is None or answer.quantum is None or stored.quantum is None:
        return False
    return answer.value != stored.value and answer.significant < figures <= stored.significant


_LEADING_DECIMAL = compile_lazily(r"[ \t$]*(-?\d+\.\d+)(?![\d.])")


def exact_where_a_rounding_is_asked(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``problem`` is one instruction to round or estimate to some places ("Estimate $\\sqrt{50}$ to the
    nearest tenth."), the gold is such a decimal, and ``predicted`` is an exact form whose decimal has no end
    ("5\\sqrt{2}" for 7.1): the value the problem asked to round, not its rounding.

    >>> exact_where_a_rounding_is_asked("5\\\\sqrt{2}", "7.1", "Estimate $\\\\sqrt{50}$ to the nearest tenth.")
    True
    >>> exact_where_a_rounding_is_asked("7.1", "7.1", "Estimate $\\\\sqrt{50}$ to the nearest tenth.")
    False
    >>> exact_where_a_rounding_is_asked("36\\\\pi", "113.1", "Find the volume of a sphere of radius 3. Round to the nearest tenth.")
    False
    """
    if not predicted or gold is None or not problem or not isinstance(problem, str):
        return False
    if _ROUNDING_IS_THE_TASK.match(problem) is None:
        # (only where rounding is the whole task: elsewhere, "Find the volume ... Round to the nearest tenth.", the
        # exact value answers the question as well, as the graders in use accept)
        return False
    rounding = asked_rounding(problem)
    if rounding is None or rounding[0] != "places" or _MANTISSA_PLACES.search(problem) is not None:
        return False
    stored = parse_number(gold)
    if stored is None or stored.percent:
        return False
    written = normalize_answer(predicted)
    answer = parse_number(written)
    if answer is not None:
        # (an exact fraction whose decimal does not end: "\\frac{600}{11}"; not "\\frac{1}{4}", which is 0.25)
        return answer.quantum is None and answer.value.denominator > 1 and not _ends(answer.value)
    return any(mark in written for mark in ("\\sqrt", "\\pi", "\\log", "\\ln", "\\frac")) and (
        constant_value(written) is not None
    )


def _ends(value: Fraction) -> bool:
    """Whether ``value``'s decimal ends (its reduced denominator has no prime factor but 2 and 5)."""
    denominator = value.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    return denominator == 1


# A problem that is one instruction to round or estimate: its answer is the rounding itself ("Round 149 to one
# significant figure.", "Estimate 487 × 62 to one significant figure.", "Give π to 3 decimal places.").
_ROUNDING_IS_THE_TASK = compile_lazily(
    r"[ \t\n]*(?:round|estimate|give|write|express|approximate)\b(?:[^.?!\n]|\.(?=\d))*(?:[.?!][ \t\n]*)?\Z",
    re.IGNORECASE,
)


# "Solve $2x + 3y = 6$ for $y$", "solve for $y$ in terms of $x$": the variable the answer must give alone.
_SOLVE_FOR = compile_lazily(
    r"\bsolve\b[^.?!]{0,80}?\bfor[ \t]+\$?[ \t]*([A-Za-z])[ \t]*\$?(?![A-Za-z])", re.IGNORECASE
)


def not_solved_for_the_asked_variable(predicted: str | None, gold: str | None, problem: str | None) -> bool:
    """Whether ``problem`` asks to solve for a variable, the gold gives it alone ("y=-\\frac{2}{3}x+2") and
    ``predicted`` is an equation in which it stands alone on neither side ("3y=6-2x": equal, and unsolved).

    >>> not_solved_for_the_asked_variable("3y=6-2x", "y=-\\frac{2}{3}x+2", "Solve $2x + 3y = 6$ for $y$.")
    True
    >>> not_solved_for_the_asked_variable("y=2-\\frac{2x}{3}", "y=-\\frac{2}{3}x+2", "Solve $2x + 3y = 6$ for $y$.")
    False
    """
    if (
        not predicted
        or not gold
        or not isinstance(problem, str)
        or "=" not in predicted
        or "olve" not in problem
    ):
        return False
    asked = _SOLVE_FOR.search(problem)
    if asked is None:
        return False
    name = asked.group(1)
    sides = [side.strip() for side in normalize_answer(predicted).split("=")]
    gold_sides = [side.strip() for side in normalize_answer(gold).split("=")]
    # (a gold read as "y"'s value, its label dropped, "-\\frac{2}{3}x+2", gives it alone too)
    return (len(gold_sides) == 1 or name in gold_sides) and name not in sides and len(sides) == 2
