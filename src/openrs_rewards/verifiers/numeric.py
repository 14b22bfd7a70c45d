"""Exact numbers from normalised answer text: a small bounded evaluator over ``fractions.Fraction``.

``parse_number`` reads the arithmetic people write as a final numeric answer — integers, decimals, ``\\frac{a}{b}``,
``a/b``, mixed numbers (``7\\frac{1}{4}`` = 29/4), scientific notation (``1.5\\times10^{3}``, ``1.5e3``),
integer powers (``\\frac{1}{2^{99}}``), ``+ - \\cdot \\times`` and parentheses — and returns an exact rational.
Anything else (π, roots, variables) gives None and is left to the symbolic stage.

Everything is bounded so it can run in the caller with no deadline: the input length, the number of tokens, the
digits of every literal and the bit size of every intermediate result are capped; past a cap the answer is "cannot
decide" (None), never a slow computation. ``10^{100000}`` or ``5^{5^{5^{5^5}}}`` return None in microseconds.

Percent policy (the common graders'): ``50\\%`` is the number 50 carrying a percent mark; a comparison where either
side carries the mark accepts the other side written as 50 or as 0.5 (see ``numbers_equal``).

Rounding policy (``numbers_match``): a decimal literal states its precision (``2.6667`` is known to ±0.00005). A
rounded side equals a more precise or exact side that lies within half a unit of its last digit (so it rounds to it,
a tie rounded either way for a gold, only away from zero for a prediction: 0.3563 for 0.35625, not the cut short
0.3562). The rounded side must carry enough significant digits to be a deliberate rounding rather than a different
answer: at least 3 for a gold (``0.0833`` for 1/12, ``3.14`` for π: the data set author chose that precision; 2
against a value with no finite decimal, ``0.33`` for 1/3 or ``1.6`` for π/2, which only a rounding can give, and 2 for a gold in
scientific notation, a measured quantity: ``4.6e-24`` for 4.5655e-24) and at least 4 for a
prediction against a more precise gold (``0.6667`` for 2/3, but not
``0.333`` for 1/3 or ``3.14`` for π: when the gold is exact, a three-digit decimal is an approximation that also
matches about one wrong answer in a thousand nearby, and the problem usually wants the exact form; against a gold in
scientific notation, a measured quantity, 3 suffice: ``2.78e-6`` for ``2.7778e-6``). Integers are
never rounded values (``3`` is not "3.4 rounded"), and there is no absolute tolerance anywhere. Inside
``rounded_answers(False)`` (``VerifyOptions.rounded_answers``) a rounded prediction never matches: the answer must be
exact, while a rounded gold still accepts every answer that rounds to it (the data set chose that precision).

Example:
    >>> parse_number("\\\\frac{3}{4}")
    ParsedNumber(value=Fraction(3, 4), percent=False)
    >>> parse_number("1.5\\\\times10^{3}").value
    Fraction(1500, 1)
    >>> parse_number("\\\\pi") is None
    True
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "MAX_DIGITS",
    "MAX_NUMERIC_CHARS",
    "ParsedNumber",
    "finite_decimal",
    "fraction_in_latex",
    "numbers_equal",
    "numbers_match",
    "parse_number",
    "parse_number_list",
    "rounded_answers",
    "rounds_to",
]

MAX_NUMERIC_CHARS = 400  # longer text is not a plain number
MAX_DIGITS = 300  # digits in one literal
MAX_BITS = 4_000  # bit size of numerator / denominator of any intermediate value
MAX_TOKENS = 120
MIN_ROUNDED_GOLD_DIGITS = 3  # significant digits a rounded gold needs (see the rounding policy above)
MIN_ROUNDED_PREDICTION_DIGITS = 4  # significant digits a rounded prediction needs against a more precise gold

# Whether a rounded prediction may match (VerifyOptions.rounded_answers). A context variable, not an argument: the
# policy holds in every comparison of one item, and those reach this module from the fast path, the structures'
# elements, the bounded parser's constants and the worker's sympy stage alike.
_ROUNDED_ANSWERS: ContextVar[bool] = ContextVar("openrs_rounded_answers", default=True)


@contextlib.contextmanager
def rounded_answers(allowed: bool) -> Iterator[None]:
    """Within this context, whether a rounded prediction matches a more precise or exact gold it rounds to.

    Example:
        >>> numbers_match(parse_number("0.6667"), parse_number("\\\\frac{2}{3}"))
        True
        >>> with rounded_answers(False):
        ...     numbers_match(parse_number("0.6667"), parse_number("\\\\frac{2}{3}"))
        False
    """
    token = _ROUNDED_ANSWERS.set(allowed)
    try:
        yield
    finally:
        _ROUNDED_ANSWERS.reset(token)


# A decimal literal, optionally in scientific notation: its digits state its precision.
_DECIMAL_LITERAL_RE = compile_lazily(
    r"[-+]?(?P<integer>\d*)\.(?P<fraction>\d+)"
    r"(?:[eE](?P<e>[+-]?\d{1,4})|(?:\\times|\\cdot)10\^(?:\{(?P<braced>[+-]?\d{1,4})\}|(?P<bare>\d)))?"
)

_TOKEN_RE = compile_lazily(
    r"(?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)"
    r"|(?P<command>\\[a-zA-Z]+)"
    r"|(?P<op>[-+*/^(){}])"
)


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """An exact rational read from answer text; ``percent`` when it was written with a percent sign.

    ``quantum`` (the unit of the last written digit) and ``significant`` (digits written, leading zeros excluded)
    are set for decimal literals, whose digits state a precision; both are None / 0 for exact forms. ``scientific``
    marks a decimal literal in scientific notation (``2.7778e-6``, ``6.0\\times10^{23}``): a measured quantity.
    """

    value: Fraction
    percent: bool = False
    quantum: Fraction | None = field(default=None, compare=False, repr=False)
    significant: int = field(default=0, compare=False, repr=False)
    scientific: bool = field(default=False, compare=False, repr=False)


class _Refused(Exception):
    """The text is not a plain number, or evaluating it would exceed the caps."""


@lru_cache(maxsize=16_384)
def parse_number(text: str) -> ParsedNumber | None:
    """The exact value of a normalised numeric answer, or None when it is not one (or too big to evaluate cheaply).

    Example:
        >>> parse_number("7\\\\frac{1}{4}").value
        Fraction(29, 4)
        >>> parse_number("50\\\\%")
        ParsedNumber(value=Fraction(50, 1), percent=True)
        >>> parse_number("10^{100000}") is None
        True
    """
    if not text or len(text) > MAX_NUMERIC_CHARS:
        return None
    percent = False
    if text.endswith("\\%"):
        percent = True
        text = text[:-2]
    if not text:
        return None
    try:
        tokens = _tokenize(text)
        value = _Evaluator(tokens).evaluate()
    except (_Refused, ZeroDivisionError, ValueError, OverflowError):
        return None
    literal = _DECIMAL_LITERAL_RE.fullmatch(text)
    if literal is None:
        return ParsedNumber(value, percent)
    written_exponent = literal.group("e") or literal.group("braced") or literal.group("bare")
    exponent = int(written_exponent or 0)
    digits = (literal.group("integer") + literal.group("fraction")).lstrip("0")
    quantum = Fraction(10) ** (exponent - len(literal.group("fraction")))
    return ParsedNumber(value, percent, quantum, len(digits), written_exponent is not None)


def parse_number_list(text: str) -> tuple[str, tuple[ParsedNumber, ...]] | None:
    """A flat comma-separated list of numbers with its delimiters: ``("()", (1, 2))`` for ``(1,2)``.

    Delimiter kinds: ``""`` (a bare list ``1,2``), ``"{}"`` (a set ``\\{1,2\\}``), or the two bracket characters
    (``"()"``, ``"[]"``, ``"(]"``, ``"[)"``). None when the text is not such a list (nested lists, expressions).

    Example:
        >>> kind, items = parse_number_list("(1, 2]")
        >>> kind, [item.value for item in items]
        ('(]', [Fraction(1, 1), Fraction(2, 1)])
    """
    if "," not in text or len(text) > MAX_NUMERIC_CHARS:
        return None
    kind = ""
    inner = text
    if text.startswith("\\{") and text.endswith("\\}"):
        kind, inner = "{}", text[2:-2]
    elif len(text) >= 2 and text[0] in "([" and text[-1] in ")]":
        kind, inner = text[0] + text[-1], text[1:-1]
    if any(char in inner for char in "()[]{}") and "\\frac" not in inner:
        return None
    parts = inner.split(",")
    if len(parts) > 50:
        return None
    items: list[ParsedNumber] = []
    for part in parts:
        number = parse_number(part.strip())
        if number is None or number.percent:
            return None
        items.append(number)
    return kind, tuple(items)


def numbers_equal(a: ParsedNumber, b: ParsedNumber) -> bool:
    """Exact equality, with the percent policy: if either side has a percent mark, x equals x and x/100.

    Example:
        >>> numbers_equal(parse_number("50\\\\%"), parse_number("0.5"))
        True
        >>> numbers_equal(parse_number("\\\\frac{1}{2^{99}}"), parse_number("\\\\frac{1}{2^{98}}"))
        False
    """
    if a.value == b.value and _mark_may_be_dropped(a, b):
        return True
    if a.percent and not b.percent:
        return a.value / 100 == b.value
    if b.percent and not a.percent:
        return b.value / 100 == a.value
    return False


def _mark_may_be_dropped(a: ParsedNumber, b: ParsedNumber) -> bool:
    """Whether "x%" may read as x against the other side: not when that side is a proper fraction written exactly
    (``\\frac{9}{256}``, a probability or a share: "\\frac{9}{256}\\%" is a hundredth of it; a percent question's
    gold is a whole number, a decimal or a mixed number)."""
    if a.percent == b.percent:
        return True
    plain = b if a.percent else a
    return not (plain.quantum is None and plain.value.denominator != 1 and abs(plain.value) < 1)


def numbers_match(predicted: ParsedNumber, gold: ParsedNumber) -> bool:
    """``numbers_equal``, or equal under the rounding policy of the module docstring.

    Example:
        >>> numbers_match(parse_number("\\\\frac{8}{3}"), parse_number("2.6667"))
        True
        >>> numbers_match(parse_number("0.6667"), parse_number("\\\\frac{2}{3}"))
        True
        >>> numbers_match(parse_number("0.333"), parse_number("\\\\frac{1}{3}"))
        False
        >>> numbers_match(parse_number("3"), parse_number("3.4"))
        False
    """
    if numbers_equal(predicted, gold):
        return True
    if predicted.quantum is None and gold.quantum is None:
        return False  # neither side is a rounded decimal: only exact equality counts (and it failed)
    for predicted_factor, gold_factor in _percent_factors(predicted, gold):
        predicted_value = predicted.value * predicted_factor
        gold_value = gold.value * gold_factor
        if _within_rounding(
            predicted_value, gold_value, gold, gold_factor, predicted, predicted_factor, True
        ):
            return True
        if _within_rounding(
            gold_value, predicted_value, predicted, predicted_factor, gold, gold_factor, False
        ):
            return True
    return False


# Significant digits from which a decimal is a binary float's printed form (a double has 15 to 17 of them) and how
# far, relative to the value, the float arithmetic that made it may have moved it.
FLOAT_REPR_DIGITS = 15
FLOAT_REPR_TOLERANCE = Fraction(1, 10**14)  # (about 45 units in the last place of a double)


def _float_of(exact: Fraction, printed: Fraction) -> bool:
    """Whether ``printed`` (15+ significant digits) is ``exact`` as float arithmetic gives it: within
    ``FLOAT_REPR_TOLERANCE`` of it, and for a whole number within half of one (a double cannot hold 2^64 - 1, so its
    print, 1.8446744073709552e+19, is another integer: a count must be exact)."""
    if abs(exact - printed) > FLOAT_REPR_TOLERANCE * abs(exact):
        return False
    return exact.denominator != 1 or abs(exact - printed) < Fraction(1, 2)


def rounds_to(exact: Fraction, rounded: ParsedNumber, *, is_gold: bool) -> bool:
    """Whether ``exact`` (a value known more precisely) rounds to the decimal literal ``rounded``.

    ``is_gold`` picks the significant-digit threshold of the rounding policy. Used by the symbolic stage for
    irrational exact values (evaluated to 50 digits).

    Example:
        >>> rounds_to(Fraction(1, 12), parse_number("0.0833"), is_gold=True)
        True
    """
    if not is_gold and not _ROUNDED_ANSWERS.get():
        return False
    minimum = MIN_ROUNDED_GOLD_DIGITS if is_gold else MIN_ROUNDED_PREDICTION_DIGITS
    places = _decimal_places(exact.denominator)
    if is_gold and (places is None or places > _SHORT_DECIMAL_PLACES):
        # A gold of two digits (6.3, 1.4) against a value with no short exact decimal (2\pi, \sqrt{2}, evaluated to
        # many digits; 1/3) can only be its rounding, as for a fraction in ``_within_rounding``
        minimum = MIN_ROUNDED_GOLD_DIGITS - 1
    quantum = rounded.quantum
    if quantum is None or rounded.significant < minimum:
        return False
    if rounded.significant >= FLOAT_REPR_DIGITS:
        # A binary float as a program prints it ("0.30000000000000004", "0.14285714285714285", "11.999999999999998"):
        # the nearest double to the value, off by its own rounding in the last digits, not a decimal rounded by hand.
        return _float_of(exact, rounded.value)
    return _rounds_within(exact, rounded.value, quantum, either_tie=is_gold)


# Decimal places beyond which an exact value's decimal is no number anyone writes: an irrational evaluated to many
# digits (its fraction's denominator a large power of 2).
_SHORT_DECIMAL_PLACES = 20


def _rounds_within(exact: Fraction, rounded: Fraction, quantum: Fraction, *, either_tie: bool) -> bool:
    """Whether ``exact`` rounds to ``rounded`` at ``quantum``: within half a unit of its last digit. A tie rounded
    either way for a gold (a data set may round half to even, as Python's formatting does: 217.2 for 217.25), only
    away from zero for a prediction (0.3563 for 0.35625; 0.3562 is the value cut short)."""
    twice = abs(exact - rounded) * 2
    return twice < quantum or (twice == quantum and (either_tie or abs(rounded) > abs(exact)))


def _percent_factors(a: ParsedNumber, b: ParsedNumber) -> list[tuple[Fraction, Fraction]]:
    """The factors applied to (a, b) in each reading the percent policy allows (``50\\%`` is 50 or 0.5)."""
    factors = [(Fraction(1), Fraction(1))] if _mark_may_be_dropped(a, b) else []
    if b.percent and not a.percent:
        factors.append((Fraction(1), Fraction(1, 100)))
    if a.percent and not b.percent:
        factors.append((Fraction(1, 100), Fraction(1)))
    return factors


def _within_rounding(
    exact_value: Fraction,
    rounded_value: Fraction,
    rounded: ParsedNumber,
    rounded_factor: Fraction,
    exact: ParsedNumber,
    exact_factor: Fraction,
    rounded_is_gold: bool,
) -> bool:
    """``exact_value`` rounds to ``rounded_value`` (both already scaled by their percent factors)."""
    if not rounded_is_gold and not _ROUNDED_ANSWERS.get():
        return False
    minimum = MIN_ROUNDED_GOLD_DIGITS if rounded_is_gold else MIN_ROUNDED_PREDICTION_DIGITS
    if not rounded_is_gold and exact.scientific:
        # A gold in scientific notation is a measured quantity, known to its digits only: three significant digits
        # of a prediction are the usual precision of such an answer (2.78e-6 for 2.7778e-6).
        minimum = MIN_ROUNDED_GOLD_DIGITS
    if rounded_is_gold and rounded.scientific:
        # A gold in scientific notation is a measured quantity: two significant digits are its stated precision
        # (4.6e-24 for 4.57e-24, 7.4e14 for 7.41e14), as three are for a gold written out.
        minimum = MIN_ROUNDED_GOLD_DIGITS - 1
    elif rounded_is_gold and exact.quantum is None and not _terminates(exact_value):
        # A gold of two digits (0.33, 0.67, 1.7) can only be a rounding of a fraction that has no exact decimal,
        # so the data set's author rounded it; against a fraction that has one (49/20 = 2.45 for a gold 2.5) the
        # gold may be exact, and three digits stay the rule.
        minimum = MIN_ROUNDED_GOLD_DIGITS - 1
    if rounded.quantum is None or rounded.significant < minimum:
        return False
    if rounded.significant >= FLOAT_REPR_DIGITS:  # a binary float as a program prints it (see rounds_to)
        return _float_of(exact_value, rounded_value)
    quantum = rounded.quantum * rounded_factor
    if exact.quantum is not None and exact.quantum * exact_factor >= quantum:
        return False  # the other side is no more precise: two different roundings are two different answers
    return _rounds_within(exact_value, rounded_value, quantum, either_tie=rounded_is_gold)


def _terminates(value: Fraction) -> bool:
    """Whether ``value`` has a finite decimal expansion (its reduced denominator has no prime factor but 2 and 5)."""
    return _decimal_places(value.denominator) is not None


def _decimal_places(denominator: int) -> int | None:
    """The digits after the point of a finite decimal with this (reduced) denominator: the larger of its powers of 2
    and 5; None when it has another prime factor (no finite decimal)."""
    twos = fives = 0
    while denominator % 2 == 0:
        denominator, twos = denominator // 2, twos + 1
    while denominator % 5 == 0:
        denominator, fives = denominator // 5, fives + 1
    return max(twos, fives) if denominator == 1 else None


def fraction_in_latex(value: Fraction) -> str:
    """``value`` written exactly: an integer as digits, else ``\\frac{p}{q}`` (the sign on the numerator).

    Example:
        >>> fraction_in_latex(Fraction(-3, 8)), fraction_in_latex(Fraction(4))
        ('\\\\frac{-3}{8}', '4')
    """
    return (
        str(value.numerator)
        if value.denominator == 1
        else f"\\frac{{{value.numerator}}}{{{value.denominator}}}"
    )


def finite_decimal(value: Fraction, max_places: int) -> str | None:
    """``value`` written out as a decimal, exactly; None when it has no finite decimal of at most ``max_places``
    digits after the point.

    Example:
        >>> finite_decimal(Fraction(6, 5), 40), finite_decimal(Fraction(-1, 8), 40), finite_decimal(Fraction(12000), 0)
        ('1.2', '-0.125', '12000')
        >>> finite_decimal(Fraction(1, 3), 40) is None
        True
    """
    if value.denominator == 1:
        return str(value.numerator)
    places = _decimal_places(value.denominator)
    if places is None or places > max_places:
        return None
    digits = str(abs(value.numerator) * (10**places // value.denominator)).rjust(places + 1, "0")
    return ("-" if value < 0 else "") + digits[:-places] + "." + digits[-places:]


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    n = len(text)
    while position < n:
        match = _TOKEN_RE.match(text, position)
        if match is None:
            raise _Refused(text[position])
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(0)))
        position = match.end()
        if len(tokens) > MAX_TOKENS:
            raise _Refused("too many tokens")
    return tokens


def _check_size(value: Fraction) -> Fraction:
    if value.numerator.bit_length() > MAX_BITS or value.denominator.bit_length() > MAX_BITS:
        raise _Refused("too large")
    return value


def _literal(text: str) -> Fraction:
    mantissa, _, exponent = text.lower().partition("e")
    if len(mantissa) > MAX_DIGITS:
        raise _Refused("too many digits")
    # Fraction(int) skips the string parsing (a regex) that Fraction(str) does: most literals are integers.
    value = Fraction(int(mantissa)) if mantissa.isdecimal() else Fraction(mantissa)
    if exponent:
        power = int(exponent)
        if abs(power) > 1000:
            raise _Refused("exponent too large")
        value *= Fraction(10) ** power
    return _check_size(value)


def _power(base: Fraction, exponent: Fraction) -> Fraction:
    if exponent.denominator != 1:
        raise _Refused("non-integer exponent")
    power = exponent.numerator
    if base == 0 or base == 1:
        if power < 0 and base == 0:
            raise ZeroDivisionError
        return base
    if base == -1:
        return Fraction(-1) if power % 2 else Fraction(1)
    bits = max(base.numerator.bit_length(), base.denominator.bit_length())
    if abs(power) * bits > MAX_BITS:
        raise _Refused("power too large")
    return _check_size(base**power)


class _Evaluator:
    """Recursive descent over tokens. Grammar (``\\cdot``/``\\times`` are ``*``; ``{}`` group like ``()``)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/") unary)*
    unary   := ("-" | "+") unary | power
    power   := atom ("^" unary-atom)?
    atom    := number [\\frac{..}{..}]  (mixed number) | "(" expr ")" | "{" expr "}" | \\frac{expr}{expr}
    """

    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.position = 0
        self.depth = 0

    def evaluate(self) -> Fraction:
        if not self.tokens:
            raise _Refused("empty")
        value = self.expr()
        if self.position != len(self.tokens):
            raise _Refused("trailing tokens")
        return value

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, text: str) -> None:
        token = self.peek()
        if token is None or token[1] != text:
            raise _Refused(f"expected {text}")
        self.position += 1

    def is_op(self, *texts: str) -> bool:
        token = self.peek()
        if token is None:
            return False
        if token[0] == "op":
            return token[1] in texts
        if token[0] == "command" and token[1] in ("\\cdot", "\\times"):
            return "*" in texts
        return False

    def expr(self) -> Fraction:
        self.depth += 1
        if self.depth > 30:
            raise _Refused("too deep")
        value = self.term()
        while self.is_op("+", "-"):
            sign = self.tokens[self.position][1]
            self.position += 1
            right = self.term()
            value = _check_size(value + right if sign == "+" else value - right)
        self.depth -= 1
        return value

    def term(self) -> Fraction:
        value = self.unary()
        while self.is_op("*", "/"):
            operator = self.tokens[self.position][1]
            self.position += 1
            right = self.unary()
            value = _check_size(value / right if operator == "/" else value * right)
        return value

    def unary(self) -> Fraction:
        if self.is_op("-"):
            self.position += 1
            return -self.unary()
        if self.is_op("+"):
            self.position += 1
            return self.unary()
        return self.power()

    def power(self) -> Fraction:
        base = self.atom()
        if self.is_op("^"):
            self.position += 1
            if self.is_op("-"):
                self.position += 1
                exponent = -self.atom()
            else:
                exponent = self.atom()
            if self.is_op("^"):
                raise _Refused("tower of powers")
            return _power(base, exponent)
        return base

    def atom(self) -> Fraction:
        token = self.peek()
        if token is None:
            raise _Refused("unexpected end")
        kind, text = token
        if kind == "number":
            self.position += 1
            value = _literal(text)
            # Mixed number: an integer immediately followed by \frac of integers (7\frac{1}{4} = 29/4).
            following = self.peek()
            if following == ("command", "\\frac") and value.denominator == 1 and "." not in text:
                start = self.position
                fraction = self.frac()
                if fraction.numerator > 0 and fraction < 1 and _is_integer_fraction(self.tokens[start:]):
                    return value + fraction
                raise _Refused("number followed by a fraction")
            return value
        if kind == "op" and text in "({":
            closing = ")" if text == "(" else "}"
            self.position += 1
            value = self.expr()
            self.take(closing)
            return value
        if kind == "command" and text == "\\frac":
            return self.frac()
        raise _Refused(text)

    def frac(self) -> Fraction:
        self.take("\\frac")
        self.take("{")
        numerator = self.expr()
        self.take("}")
        self.take("{")
        denominator = self.expr()
        self.take("}")
        return _check_size(numerator / denominator)


def _is_integer_fraction(tokens: list[tuple[str, str]]) -> bool:
    """The tokens start with ``\\frac { int } { int }`` (a mixed number's fractional part)."""
    return (
        len(tokens) >= 7
        and tokens[2][0] == "number"
        and tokens[2][1].isdigit()
        and tokens[3][1] == "}"
        and tokens[5][0] == "number"
        and tokens[5][1].isdigit()
        and tokens[6][1] == "}"
    )
