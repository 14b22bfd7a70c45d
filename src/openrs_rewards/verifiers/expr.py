"""Fast identity testing of normalised answer expressions: a small safe parser, exact rationals, random points.

``identity_equal(a, b)`` decides in microseconds to a few milliseconds, in the caller, whether two answers that
``normalize_answer`` produced are the same expression, for the forms real answers take (``\\frac``, ``\\sqrt``,
powers, π, e, i, implicit multiplication, the elementary functions, ``!``, ``\\binom``, ``|x|``, decimals and
variables). It answers True, False, or None ("not decided here": the caller then asks the symbolic stage).

Safety and bounds (it runs outside the guarded worker):
    * model text is only tokenised and parsed by the hand-written recursive-descent parser below: nothing here
      calls ``eval``, ``sympify`` or ``parse_expr``, and sympy is never imported;
    * the input is capped at ``MAX_EXPRESSION_CHARS`` characters, the tree at ``MAX_NODES`` nodes and
      ``MAX_DEPTH`` levels; tokenising and parsing are linear in the input, evaluation bounded by the node cap;
    * exact values are capped at ``MAX_EXACT_BITS`` bits (checked before a power is computed), factorials at
      ``MAX_FACTORIAL``, numeric magnitudes at ``MAX_MAGNITUDE``; anything over a cap is undecided (None).

How it decides:
    * constants that are exact rationals (integers, fractions, decimals, integer powers, perfect roots, ``n!``,
      ``\\binom``) are compared exactly with ``fractions.Fraction``: ``10^{10^{10}}+1`` is over the caps and
      undecided, never "equal" to ``10^{10^{10}}``; decimals are exact, so ``3.14`` is never ``\\pi``: a constant
      within one unit in the last place of a decimal literal (``3.14`` and π, ``0.333`` and 1/3) is undecided, so
      that the caller's precision policy for rounded answers decides, and further away it is different;
    * anything else is evaluated with mpmath at ``WORKING_DIGITS`` digits: constants once, expressions with
      variables at a few seeded random points (the same points for both sides, variables shared by name).
      Equal needs agreement to ``RELATIVE_EQUAL_TOLERANCE`` at every point; different needs a difference above
      ``DIFFERENT_TOLERANCE`` relative to the values at some point and agreement at none. A difference that is tiny
      next to the terms that produced it is re-evaluated at ``CHECK_DIGITS``: rounding noise shrinks (``\\sin\\pi``
      equals 0), a genuinely tiny value stays (``\\pi\\cdot10^{-40}`` is not 0). Everything in between is None;
    * expressions with a branch (roots, fractional powers, logarithms, inverse trigonometric functions) are
      evaluated at positive reals and at complex points just above and below the negative real axis and in mixed
      half-planes, so ``\\sqrt{x^2}`` and ``x`` (real values that differ at x < 0) are told apart, and
      ``\\sqrt{x}\\sqrt{y}`` and ``\\sqrt{xy}`` (one side without a real value at x, y < 0, equal wherever both
      have one) are one answer as real functions; a formula of several variables is read for positive values of
      them, as a physical formula's reader reads it (``\\frac{\\sqrt{2gh}}{g}`` is ``\\sqrt{\\frac{2h}{g}}``);
      ``|x|`` of a variable is compared at real points, and (by default) different variable sets are left to the
      symbolic stage;
    * ``n!`` and ``\\binom`` of variables are evaluated through the gamma function, as sympy evaluates them;
      floors and ceilings of variables, constant between jumps, are only ever shown different: by a difference at
      a positive real point (see ``ParsedExpression.stepped``); of the one variable ``n``, ``m`` or ``k`` (a whole
      number's name) they are compared exactly at the whole numbers, where they may agree though they part between
      (``\\lceil\\frac{n}{2}\\rceil`` and ``\\lfloor\\frac{n+1}{2}\\rfloor``);

Conventions follow latex2sympy2_extended (the symbolic stage) so that both stages agree: ``e`` is Euler's number,
``i`` the imaginary unit, ``\\log`` without a base is base 10, ``\\sin 2x`` is sin(2x), ``\\sin^2 x`` is (sin x)²,
``\\sin^{-1} x`` is arcsin x (likewise cos, tan), and, on request (``fold_case``), names are read without case;
``4.5e33`` is scientific notation, as in the fast path. Forms whose reading is ambiguous (``1/2x``, ``x^23``,
``2^3^2``, ``\\sin x/x``, ``\\sin(x)^2``, ``f(x)``, ``x(t)``, ``\\frac{dv}{dt}``, the mixed number ``7\\frac{1}{4}``,
words) are undecided rather than guessed (an odd root of a negative number is the real one: ``\\sqrt[3]{-27}`` is -3,
``(-8)^{1/3}`` is -2, as competition mathematics means them), except that derivatives
(``\\frac{dx}{dt}``, ``x'``, ``\\dot{x}`` ...) are read as one opaque symbol per function and order, and then
``x(t)`` as the function ``x`` (see ``derivatives_as_symbols``). Commands glued to letters by lost spaces
(``\\pit``, ``\\cotx``) are split when the command is a known function or Greek letter.

Example:
    >>> identity_equal("\\\\frac{1}{5}e^{2t}", "e^{2t}/5")
    True
    >>> identity_equal("(x+1)^{2}", "x^{2}+2x")
    False
    >>> identity_equal("3.14", "\\\\pi") is None   # a rounded value: for the caller's precision policy
    True
    >>> identity_equal("3.5", "\\\\pi")
    False
"""

from __future__ import annotations

import contextlib
import math
import re
import threading
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "INTEGER_PARAMETERS",
    "MAX_EXPRESSION_CHARS",
    "WHOLE_NUMBER_NAMES",
    "ParsedExpression",
    "ambiguous_function_argument",
    "constant_value",
    "derivative_symbol",
    "derivatives_as_symbols",
    "differential_equations_equal",
    "differential_equations_proportional",
    "identity_equal",
    "not_proportional",
    "parse_expression",
    "proportional",
    "with_name_replaced",
    "writers_reading",
]

MAX_EXPRESSION_CHARS = 300
MAX_NODES = 200
MAX_DEPTH = 40
MAX_NUMBER_CHARS = 40  # digits in one literal
MAX_EXACT_BITS = 8_192  # numerator / denominator size of an exact value
MAX_FACTORIAL = 200
MAX_ROOT_INDEX = 64  # (an exact integer root of that index costs microseconds at MAX_EXACT_BITS)
MAX_FUNCTION_POWER = 12  # \sin^{n} x
MAX_SUM_TERMS = 40  # terms of a \sum or \prod with integer bounds, expanded
MAX_NUMERIC_EXPONENT = 1_000  # |n| of an integer power evaluated numerically
# Names of the integer parameter of a general solution ("\\frac{\\pi}{4}+k\\pi"): one family of solutions may be
# written from another of its members or with another name, which an identity test alone calls different.
INTEGER_PARAMETERS = frozenset("kmnjl")
# Names that stand for whole numbers in competition answers: "n > 3" is "n \\geq 4", a floor of n is compared at the
# whole numbers, "n odd" is a parity (structure, piecewise and this module read them so).
WHOLE_NUMBER_NAMES = frozenset("nmk")
MAX_MAGNITUDE = 1e15  # any intermediate value beyond this makes a numeric comparison undecided
# ... of an expression without a variable: evaluated once, at no random point, so a large value ("10^{142.5}",
# "\sqrt{2}\times 10^{40}": astronomy) is only a large number; the scale of each operation still guards against
# cancellation.
MAX_CONSTANT_MAGNITUDE = 1e300
WORKING_DIGITS = 50
# A difference that is tiny next to the terms that produced it is re-evaluated at this precision: rounding noise
# shrinks by NOISE_SHRINK or more, a genuine difference moves by less than STABLE_DIFFERENCE.
CHECK_DIGITS = 75
RELATIVE_EQUAL_TOLERANCE = 1e-30  # |a - b| <= this * max(|a|, |b|) -> equal at a point
# ... provided it is below this, a few thousand units in the last place of WORKING_DIGITS digits: rounding reaches no
# further without cancellation (else: see CHECK_DIGITS). A genuine difference above it (π against π + e^{-93}, 1e-41
# apart) is checked, and stays undecided; one below it is beyond what these digits can tell.
RESOLVED_DIFFERENCE = 1e-46
# Both sides near zero (cancellation: \sin\pi and 0) are equal at a point when |a - b| <= EQUAL_TOLERANCE * scale
# (scale: the largest magnitude met while evaluating) and the difference was noise (see CHECK_DIGITS).
EQUAL_TOLERANCE = 1e-32
NOISE_SHRINK = 1e-12
STABLE_DIFFERENCE = 1e-6
NOISE_FLOOR = 1e-30  # a value this small relative to the scale is indistinguishable from zero
SIGNAL_FLOOR = 1e-20  # a difference must also exceed this relative to the scale to count (far above rounding)
DIFFERENT_TOLERANCE = 1e-8  # |a - b| > DIFFERENT_TOLERANCE * max(|a|, |b|) -> different at a point
# The same tests told from binary exponents alone where that is certain (see ``_clearly_different``), in powers of
# two: DIFFERENT_TOLERANCE is 2^-26.6, SIGNAL_FLOOR 2^-66.4 and NOISE_FLOOR 2^-99.7; with the factor 2 of a
# power-of-two bound, sqrt(2) of a complex modulus and the roundings, a difference at least 2^-25 (2^-65) of the
# magnitude (scale) passes the "different" tests, an operand at least 2^-98 of the scale is above the noise floor.
# One more power of two is kept in reserve in each.
_CLEARLY_DIFFERENT_BITS = -24
_CLEARLY_SIGNAL_BITS = -64
_CLEARLY_NONZERO_BITS = -97
_SEED = 20_240_901
_GENERIC_POINTS = 3
# With a branch, the real points (of mixed signs, then positive) spread over these ranges: an expression that follows
# a branch only near the origin (\sqrt{(x-2)^2} is 2-x where x < 2, \arcsin(\sin x) is x where |x| < pi/2) is met on
# its other branch too, and the first lies inside the unit interval (|x^2-1| is x^2-1 only where |x| >= 1).
_BRANCH_REAL_RANGES = ((0.3, 0.9), (3.5, 6.5), (12.0, 30.0))
_BRANCH_REAL_POINTS = len(_BRANCH_REAL_RANGES)  # of each kind, signed and positive
# Of the six real points, at least this many must be evaluated (and agree) for a real identity.
_MIN_REAL_AGREEMENTS = 4
# Positive real points at which formulas of positive quantities must agree where the others pass the caps.
_MIN_POSITIVE_AGREEMENTS = 2
# Where a branched ``_points`` holds its signed real points: after the four complex points near the origin.
_SIGNED_REAL_POINTS = slice(4, 4 + _BRANCH_REAL_POINTS)
# Points that must remain when those where both sides leave the reals are set aside: the four complex ones and a
# real one.
_MIN_POINTS_LEFT = 5
# Extra positive real points for floors and ceilings of variables (see ``_points``).
_STEPPED_RANGES = ((3.0, 7.0), (7.0, 15.0), (15.0, 40.0), (40.0, 100.0))

_FUNCTIONS = frozenset(
    [
        "sin",
        "cos",
        "tan",
        "sec",
        "csc",
        "cot",
        "sinh",
        "cosh",
        "tanh",
        "coth",
        "sech",
        "csch",
        "arcsin",
        "arccos",
        "arctan",
        "exp",
        "ln",
        "log",
    ]
)
# \sin^{-1}: the inverse function (latex2sympy's reading too, and the usual notation).
_INVERSE_FUNCTIONS = {"sin": "arcsin", "cos": "arccos", "tan": "arctan"}
_BRANCH_FUNCTIONS = frozenset(["arcsin", "arccos", "arctan", "ln", "log"])
_GREEK = frozenset(
    [
        "alpha",
        "beta",
        "gamma",
        "delta",
        "epsilon",
        "varepsilon",
        "zeta",
        "eta",
        "theta",
        "vartheta",
        "iota",
        "kappa",
        "lambda",
        "mu",
        "nu",
        "xi",
        "rho",
        "varrho",
        "sigma",
        "tau",
        "upsilon",
        "phi",
        "varphi",
        "chi",
        "psi",
        "omega",
        "Gamma",
        "Delta",
        "Theta",
        "Lambda",
        "Xi",
        "Sigma",
        "Upsilon",
        "Phi",
        "Psi",
        "Omega",
        "ell",
        "hbar",  # a constant's name, read as a symbol by latex2sympy too
    ]
)
_MULTIPLY = frozenset(["*", "cdot", "times"])
_DIVIDE = frozenset(["/", "div"])
# Spellings normalize_answer already unifies, accepted here too so unnormalised element text parses the same way.
_COMMAND_ALIASES = {"dfrac": "frac", "tfrac": "frac", "cfrac": "frac", "dbinom": "binom", "tbinom": "binom"}
_COMMAND_ALIASES.update(dict.fromkeys(("left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr"), ""))
_SPACING_SYMBOLS = frozenset(",;:! ")
# \lfloor x \rfloor and \lceil x \rceil: a step function of its argument (see ``ParsedExpression.stepped``).
_STEPS = {"lfloor": ("floor", "rfloor"), "lceil": ("ceil", "rceil")}
_KNOWN_COMMANDS = (
    _FUNCTIONS
    | _GREEK
    | _MULTIPLY
    | _DIVIDE
    | {"pi", "frac", "sqrt", "binom", "lfloor", "rfloor", "lceil", "rceil"}
)
_SPLITTABLE_PREFIXES = tuple(sorted(_FUNCTIONS | _GREEK | {"pi", "lfloor", "lceil"}, key=len, reverse=True))
# Letter runs that are words or function names written without a backslash ("sin(x)", "and", "ergs"): reading
# them as products of one-letter variables would be a guess.
_WORD_FRAGMENTS = (
    "sin",
    "cos",
    "tan",
    "cot",
    "sec",
    "csc",
    "log",
    "exp",
    "ln",
    "and",
    "or",
    "mod",
    "max",
    "min",
)
_MAX_LETTER_RUN = 3
# Letters that are constants here and in latex2sympy (``e(t)`` is e·t to it), never the name of a function.
_CONSTANT_LETTERS = frozenset("eEi")


class _Unsupported(Exception):
    """The text is outside the grammar or over a cap: the answer is not decided here."""


class _AmbiguousArgument(_Unsupported):
    """``\\log_{10}2/\\log_{10}T``: where an unparenthesised function argument ends is a matter of reading."""


class _Undecided(Exception):
    """A numeric evaluation cannot be trusted (overflow, pole, branch ambiguity, noise-level operand)."""


class _OutsideReals(_Undecided):
    """A value left the reals at a point that tests real functions only (see ``_Evaluation.real_only``)."""


# What ``_evaluations`` gives for such a point: no value, and known to be outside the expression's real domain.
_OUTSIDE_REALS = (None, None)


def _no_value(evaluated: tuple[Any, Any] | None) -> bool:
    """Whether an evaluation at a point gave no value: undecided (None) or outside the reals."""
    return evaluated is None or evaluated is _OUTSIDE_REALS


class _NotExact(Exception):
    """The value is not an exact rational (it has π, e, a variable, an irrational root ...)."""


class _TooBig(Exception):
    """The value is an exact rational beyond ``MAX_EXACT_BITS``: neither exact nor numeric comparison is sound."""


# ---------------------------------------------------------------------------------------------------------------
# Tokens and parser
#
# Tokens are (kind, text): kind "num" (digits with an optional decimal point), "letter" (one ASCII letter),
# "cmd" (a backslash command, text without the backslash) or "sym" (one punctuation character).
# Tree nodes are tuples: ("n", Fraction), ("v", name), ("pi",), ("e",), ("i",), ("+", (terms)), ("*", (factors)),
# ("neg", x), ("/", a, b), ("^", base, exponent), ("root", k, x), ("f", name, x), ("log", base | None, x),
# ("!", x), ("!!", x) (the double factorial), ("binom", a, b), ("abs", x).

_SYMBOLS = frozenset("+-*/^_!()[]{}|")
# The bounds of \sum and \prod, read only when both are integers: _{k=0}^{10}, _{k=1}^9, _{i=-2}^{2}.
_SUM_RANGE_RE = compile_lazily(r"_\{([a-zA-Z])=([-+]?\d{1,3})\}\^(?:\{([-+]?\d{1,3})\}|(\d))")
_BIG_OPERATORS = frozenset(["sum", "prod"])


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    i = 0
    n = len(text)
    letter_run = 0
    while i < n:
        char = text[i]
        if char.isascii() and char.isalpha():
            tokens.append(("letter", char))
            letter_run += 1
            i += 1
            continue
        if letter_run:
            _end_letter_run(tokens, text[i - letter_run : i])
            letter_run = 0
        if char == " ":
            i += 1
            continue
        if char.isascii() and (char.isdigit() or (char == "." and i + 1 < n and text[i + 1].isdigit())):
            j = i
            while j < n and text[j].isascii() and text[j].isdigit():
                j += 1
            if j < n and text[j] == ".":
                j += 1
                if not (j < n and text[j].isascii() and text[j].isdigit()):
                    raise _Unsupported("a decimal point without digits after it")
                while j < n and text[j].isascii() and text[j].isdigit():
                    j += 1
            # Scientific notation as the fast path reads it (4.5e33, 2E-3, 4E+07): a digit run right after the e.
            # A lowercase e followed by a sign is Euler's number inside a longer expression ("2+3e+3\\pi" is
            # 2 + 3e + 3pi, not 2 + 3000 + pi): there it is sci notation only when the literal is the whole text.
            if j < n and text[j] in "eE":
                k = j + 1
                signed = k < n and text[k] in "+-"
                if signed:
                    k += 1
                if k < n and text[k].isascii() and text[k].isdigit():
                    start = k
                    while k < n and text[k].isascii() and text[k].isdigit():
                        k += 1
                    if k - start > 3:
                        raise _Unsupported("decimal exponent over 999")
                    # (i <= 2 first: the slices below then run at most once per text, keeping this linear)
                    euler = signed and text[j] == "e"
                    if euler and i <= 2 and text[:i].strip() in ("", "-", "+") and not text[k:].strip():
                        euler = False  # the whole text is this literal
                    if not euler:
                        j = k
            if j - i > MAX_NUMBER_CHARS:
                raise _Unsupported("number literal too long")
            tokens.append(("num", text[i:j]))
            i = j
            continue
        if char == "\\":
            j = i + 1
            while j < n and text[j].isascii() and text[j].isalpha():
                j += 1
            if j == i + 1:
                if i + 1 < n and text[i + 1] in _SPACING_SYMBOLS:
                    i += 2  # \\, \\; \\! \\: and "\\ " are spacing (normalize_answer removes them too)
                    continue
                raise _Unsupported("escaped symbol")
            name = _COMMAND_ALIASES.get(text[i + 1 : j], text[i + 1 : j])
            if not name:  # \\left( and \\right): sizing only
                i = j
                continue
            if name in _BIG_OPERATORS:
                bounds = _SUM_RANGE_RE.match(text, j)
                if bounds is None:
                    raise _Unsupported(f"\\{name} without integer bounds")
                variable, low, high, digit = bounds.groups()
                tokens.append(("cmd", name))
                tokens.append(("range", f"{variable},{int(low)},{int(high or digit)}"))
                i = bounds.end()
                continue
            if name not in _KNOWN_COMMANDS:
                # Spaces lost in the data: "\\pit" is "\\pi t", "\\omegat" is "\\omega t". Only a name / function
                # prefix qualifies (never "\\cdots" -> "\\cdot s"), and the rest must be a short non-word.
                prefix = next((known for known in _SPLITTABLE_PREFIXES if name.startswith(known)), None)
                if prefix is None:
                    raise _Unsupported(f"command \\{name}")
                _check_letter_run(name[len(prefix) :])
                tokens.append(("cmd", prefix))
                tokens.extend(("letter", letter) for letter in name[len(prefix) :])
                i = j
                continue
            tokens.append(("cmd", name))
            i = j
            continue
        if char in _SYMBOLS:
            tokens.append(("sym", char))
            i += 1
            continue
        raise _Unsupported(f"character {char!r}")
    if letter_run:
        _end_letter_run(tokens, text[n - letter_run :])
    return tokens


# Four to six capitals: an acronym that names one quantity ("SRMC", "LRAC", "GDP" stays three letters, a product as
# to latex2sympy), one atom here; latex2sympy reads the letters' product, which agrees unless two names are
# anagrams, where the name's reading is the writer's.
_ACRONYM_RE = compile_lazily(r"[A-Z]{4,6}")


def _end_letter_run(tokens: list[tuple[str, str]], run: str) -> None:
    if _ACRONYM_RE.fullmatch(run):
        del tokens[-len(run) :]
        tokens.append(("letter", run))
        return
    _check_letter_run(run)


def _check_letter_run(run: str) -> None:
    if len(run) > _MAX_LETTER_RUN:
        raise _Unsupported("a word")
    if len(run) > 1 and any(fragment in run for fragment in _WORD_FRAGMENTS):
        raise _Unsupported("a word or a function name without a backslash")


def _literal_value(text: str) -> Fraction:
    """The exact value of a number token: ``Fraction(text)``, through ``int`` for plain digits (four times faster
    than parsing the string as a fraction, and the same value)."""
    return Fraction(int(text)) if text.isdecimal() else Fraction(text)


# Whether an unparenthesised function argument may end at a product or quotient operator: the writer's reading
# (``\\ln 8/\\ln 2`` is ln 8 / ln 2, ``\\sin x/x`` is (sin x)/x), which latex2sympy does not share (it reads
# ln(8/ln 2)). Off by default, so that the parser reads only what latex2sympy reads alike; the caller turns it on
# for answers that need it (see ``writers_reading``).
_WRITERS_READING: ContextVar[bool] = ContextVar("openrs_writers_reading", default=False)


@contextlib.contextmanager
def writers_reading() -> Iterator[None]:
    """Parse an unparenthesised function argument as ending at ``*`` or ``/``, in this context only.

    Example:
        >>> identity_equal("\\\\ln 8/\\\\ln 2", "3") is None   # latex2sympy's ln(8/ln 2) differs: undecided
        True
        >>> with writers_reading():
        ...     identity_equal("\\\\ln 8/\\\\ln 2", "3")
        True
    """
    token = _WRITERS_READING.set(True)
    try:
        yield
    finally:
        _WRITERS_READING.reset(token)


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], writers_reading: bool = False) -> None:
        self.tokens = tokens
        self.writers_reading = writers_reading
        self.position = 0
        self.depth = 0
        self.nodes = 0
        self.abs_depth = 0

    # -- helpers --
    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise _Unsupported("unexpected end")
        self.position += 1
        return token

    def expect(self, symbol: str) -> None:
        if self.take() != ("sym", symbol):
            raise _Unsupported(f"expected {symbol!r}")

    def at(self, kind: str, text: str) -> bool:
        return self.peek() == (kind, text)

    def node(self, value: tuple[Any, ...]) -> tuple[Any, ...]:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Unsupported("too many nodes")
        return value

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Unsupported("nested too deeply")

    def starts_factor(self, *, functions: bool = True) -> bool:
        """Whether the next token can begin a factor of an implicit product."""
        token = self.peek()
        if token is None:
            return False
        kind, text = token
        if kind in ("num", "letter"):
            return True
        if kind == "sym":
            return text in "([{" or (text == "|" and self.abs_depth == 0)
        return (
            text in ("frac", "sqrt", "binom", "pi", "lfloor", "lceil", "sum", "prod")
            or text in _GREEK
            or (functions and text in _FUNCTIONS)
        )

    # -- grammar --
    def parse(self) -> tuple[Any, ...]:
        tree = self.expression()
        if self.peek() is not None:
            raise _Unsupported(f"unexpected {self.peek()!r}")
        return tree

    def expression(self) -> tuple[Any, ...]:
        self.enter()
        terms = [self.unary()]
        while True:
            token = self.peek()
            if token == ("sym", "+"):
                self.take()
                terms.append(self.term())
            elif token == ("sym", "-"):
                self.take()
                terms.append(self.node(("neg", self.term())))
            else:
                break
        self.depth -= 1
        return terms[0] if len(terms) == 1 else self.node(("+", tuple(terms)))

    def unary(self) -> tuple[Any, ...]:
        """A term that may start with signs (the first term of an expression, a factor after ``\\cdot``)."""
        token = self.peek()
        if token == ("sym", "-"):
            self.take()
            return self.node(("neg", self.unary()))
        if token == ("sym", "+"):
            self.take()
            return self.unary()
        return self.term()

    def term(self) -> tuple[Any, ...]:
        current = self.power()
        while True:
            token = self.peek()
            if token is None:
                break
            kind, text = token
            if (kind == "sym" and text == "*") or (kind == "cmd" and text in _MULTIPLY):
                self.take()
                current = self.node(("*", (current, self.signed_factor())))
            elif (kind == "sym" and text == "/") or (kind == "cmd" and text in _DIVIDE):
                self.take()
                divisor = self.signed_factor()
                if self.starts_factor():
                    # "1/2x": 1/(2x) to latex2sympy, (1/2)x to many writers.
                    raise _Unsupported("implicit product after '/'")
                current = self.node(("/", current, divisor))
            elif self.starts_factor():
                current = self.node(("*", (current, self.power())))
            else:
                break
        return current

    def signed_factor(self) -> tuple[Any, ...]:
        if self.at("sym", "-"):
            self.take()
            return self.node(("neg", self.signed_factor()))
        return self.power()

    def power(self) -> tuple[Any, ...]:
        base = self.postfix()
        if self.at("sym", "^"):
            self.take()
            exponent = self.exponent()
            if self.at("sym", "^"):
                raise _Unsupported("chained exponent without braces")
            # "f^{-1}(0)": the inverse's value, not f^{-1} * 0
            if base[0] == "v" and exponent == ("neg", ("n", Fraction(1))) and self.at("sym", "("):
                raise _Unsupported("inverse function notation")
            base = self.node(("^", base, exponent))
            if self.at("sym", "!"):
                raise _Unsupported("factorial after a power")
        return base

    def postfix(self) -> tuple[Any, ...]:
        value = self.atom()
        if self.at("sym", "!"):
            self.take()
            if self.at("sym", "!"):
                self.take()
                value = self.node(("!!", value))  # "7!!" is the double factorial 7*5*3*1, not (7!)!
            else:
                value = self.node(("!", value))
            if self.at("sym", "!"):
                raise _Unsupported("factorial of a factorial")
        return value

    def exponent(self) -> tuple[Any, ...]:
        """``^{...}`` or a single token (``x^2``, ``e^x``, ``2^\\pi``); ``x^23`` is ambiguous and refused."""
        token = self.take()
        kind, text = token
        if token == ("sym", "{"):
            return self.group_rest("}")
        if kind == "num":
            if len(text) != 1:
                raise _Unsupported("multi-digit exponent without braces")
            return self.node(("n", _literal_value(text)))
        if kind == "letter":
            return self.letter(text, subscript=False)
        if kind == "cmd" and (text == "pi" or text in _GREEK):
            return self.command_atom(text)
        raise _Unsupported("exponent")

    def group_rest(self, closing: str) -> tuple[Any, ...]:
        saved_abs = self.abs_depth
        self.abs_depth = 0
        inner = self.expression()
        self.abs_depth = saved_abs
        self.expect(closing)
        return inner

    def braced(self) -> tuple[Any, ...]:
        self.expect("{")
        return self.group_rest("}")

    def atom(self) -> tuple[Any, ...]:
        kind, text = self.take()
        if kind == "num":
            if self.at("cmd", "frac") and text.isdigit():
                # 7\\frac{1}{4}: a mixed number (29/4) to the fast path, a product (7/4) to sympy.
                raise _Unsupported("mixed number")
            return self.node(("n", _literal_value(text)))
        if kind == "letter":
            return self.letter(text, subscript=True)
        if kind == "sym":
            if text == "(":
                return self.group_rest(")")
            if text == "[":
                return self.group_rest("]")
            if text == "{":
                return self.group_rest("}")
            if text == "|" and self.abs_depth == 0:
                self.abs_depth += 1
                inner = self.expression()
                self.abs_depth -= 1
                self.expect("|")
                return self.node(("abs", inner))
            raise _Unsupported(f"unexpected {text!r}")
        return self.command_atom(text)

    def letter(self, letter: str, *, subscript: bool, logarithm_base: bool = False) -> tuple[Any, ...]:
        if subscript and self.at("sym", "_"):
            name = letter + "_" + self.subscript()
            return self.node(("v", self.applied_name(name)))
        if not logarithm_base:  # \log_b(x) is the logarithm of x, not b(x)
            if letter not in _CONSTANT_LETTERS:
                return self.node(("v", self.applied_name(letter)))
            self.refuse_function_call()
        if letter == "e":
            return self.node(("e",))
        if letter == "i":
            return self.node(("i",))
        return self.node(("v", letter))

    def applied_name(self, name: str) -> str:
        """``u(t)``, ``u_S(t)``, ``x(t)``, ``I(0)``: an unknown function of one variable, or its value at a number,
        which latex2sympy reads as an applied function, becomes one opaque variable named by its text (``u(t)``,
        ``I(0)``). Algebra treats it as an atom either way, so identities and differences agree with sympy's; it
        equals neither ``u`` nor ``u(s)``, and ``I(0)`` is neither 0 nor ``I_0``."""
        following = self.tokens[self.position : self.position + 3]
        if len(following) == 3 and following[0] == ("sym", "(") and following[2] == ("sym", ")"):
            kind, argument = following[1]
            if kind == "num":
                self.position += 3
                return f"{name}({_literal_value(argument)})"  # f(2.0) is f(2), I(00) is I(0)
            if kind == "letter" and argument not in _CONSTANT_LETTERS:
                self.position += 3
                return f"{name}({argument})"
        self.refuse_function_call()
        return name

    def refuse_function_call(self) -> None:
        """``I(0)``, ``e(t)``: a value of a function (or latex2sympy's product), not read here."""
        following = self.tokens[self.position : self.position + 3]
        if (
            len(following) == 3
            and following[0] == ("sym", "(")
            and following[1][0] in ("letter", "num")
            and following[2] == ("sym", ")")
        ):
            raise _Unsupported("function notation")

    def subscript(self) -> str:
        """The text of ``_1`` / ``_{12}`` / ``_{d}`` (letters and digits only)."""
        self.expect("_")
        kind, text = self.take()
        if kind in ("letter", "num"):
            if len(text) != 1:
                raise _Unsupported("multi-character subscript without braces")
            return text
        if (kind, text) != ("sym", "{"):
            raise _Unsupported("subscript")
        parts: list[str] = []
        while not self.at("sym", "}"):
            kind, text = self.take()
            if kind not in ("letter", "num") or len(parts) >= 4 or "." in text:
                raise _Unsupported("subscript")
            parts.append(text)
        self.take()
        if not parts:
            raise _Unsupported("empty subscript")
        return "".join(parts)

    def _differential_follows(self) -> bool:
        """Whether the braced group at the position opens with a differential: "d" and then a name or a power
        ("{dv", "{d\\theta", "{d^2"), not "d" as a factor of a sum ("{d+2h}")."""
        ahead = self.tokens[self.position + 1 : self.position + 3]
        return (
            len(ahead) == 2
            and ahead[0] == ("letter", "d")
            and (ahead[1][0] in ("letter", "cmd") or ahead[1] == ("sym", "^"))
        )

    def command_atom(self, name: str) -> tuple[Any, ...]:
        if name == "pi":
            return self.node(("pi",))
        if name in _GREEK:
            if self.at("sym", "_"):
                return self.node(("v", self.applied_name(name + "_" + self.subscript())))
            return self.node(("v", self.applied_name(name)))
        if name == "frac":
            numerator_starts_with_d = self._differential_follows()
            numerator = self.braced()
            if numerator_starts_with_d and self._differential_follows():
                # \frac{dv}{dt} is a derivative, not the quotient v/t (but \frac{dh}{d+2h} is dh over d + 2h)
                raise _Unsupported("derivative")
            denominator = self.braced()
            return self.node(("/", numerator, denominator))
        if name == "binom":
            top = self.braced()
            bottom = self.braced()
            return self.node(("binom", top, bottom))
        if name in _BIG_OPERATORS:
            return self.big_operator(name)
        if name == "sqrt":
            index = 2
            if self.at("sym", "["):
                self.take()
                kind, text = self.take()
                if kind != "num" or not text.isdigit():
                    raise _Unsupported("root index")
                index = int(text)
                if not 2 <= index <= MAX_ROOT_INDEX:
                    raise _Unsupported("root index")
                self.expect("]")
            return self.node(("root", index, self.braced()))
        if name in _FUNCTIONS:
            return self.function(name)
        if name in _STEPS:
            tag, closing = _STEPS[name]
            saved_abs = self.abs_depth
            self.abs_depth = 0
            inner = self.expression()
            self.abs_depth = saved_abs
            if self.take() != ("cmd", closing):
                raise _Unsupported(f"\\{name} without \\{closing}")
            return self.node((tag, inner))
        raise _Unsupported(f"command \\{name}")

    def big_operator(self, name: str) -> tuple[Any, ...]:
        """``\\sum_{k=0}^{10}\\binom{10}{k}x^k``: expanded into its terms (bounded by ``MAX_SUM_TERMS``), so an
        identity such as the binomial theorem is a comparison at points instead of a slow symbolic one. The body
        is the product of the juxtaposed factors that follow, as latex2sympy reads it."""
        kind, bounds = self.take()
        if kind != "range":
            raise _Unsupported(f"\\{name} without integer bounds")
        variable, low_text, high_text = bounds.split(",")
        low, high = int(low_text), int(high_text)
        if not 1 <= high - low + 1 <= MAX_SUM_TERMS:
            raise _Unsupported(f"\\{name} of {high - low + 1} terms")
        if not self.starts_factor():
            raise _Unsupported(f"\\{name} without a body")
        body = self.power()
        while self.starts_factor():
            body = self.node(("*", (body, self.power())))
        bound = {"e": ("e",), "i": ("i",)}.get(variable, ("v", variable))
        if _indexes_a_name(body, variable):
            raise _Unsupported(f"\\{name} over a subscript")  # x_k: each term names another variable
        terms = tuple(_substituted(body, bound, ("n", Fraction(index))) for index in range(low, high + 1))
        self.nodes += _node_count(body) * (len(terms) - 1)
        if self.nodes > MAX_NODES:
            raise _Unsupported("too many nodes")
        if name == "sum":
            return self.node(("+", terms)) if len(terms) > 1 else terms[0]
        return self.node(("*", terms)) if len(terms) > 1 else terms[0]

    def function(self, name: str) -> tuple[Any, ...]:
        power = 1
        if self.at("sym", "^"):
            self.take()
            exponent = self.exponent()
            if exponent == ("neg", ("n", Fraction(1))) and name in _INVERSE_FUNCTIONS:
                # \cos^{-1} x is arccos x, as latex2sympy reads it (the symbolic stage): the same reading in both.
                name, exponent = _INVERSE_FUNCTIONS[name], ("n", Fraction(1))
            if (
                exponent[0] != "n"
                or exponent[1].denominator != 1
                or not 1 <= exponent[1] <= MAX_FUNCTION_POWER
            ):
                # \sin^{-2} x, \sec^{-1} x: no arc function of ours to read them as.
                raise _Unsupported("function power")
            power = int(exponent[1])
        base: tuple[Any, ...] | None = None
        if name == "log" and self.at("sym", "_"):
            self.take()
            if self.at("sym", "{"):
                base = self.braced()
            else:
                kind, text = self.take()
                if kind == "num" and len(text) == 1:
                    base = self.node(("n", _literal_value(text)))
                elif kind == "letter":
                    base = self.letter(text, subscript=False, logarithm_base=True)
                else:
                    raise _Unsupported("logarithm base")
        if self.peek() in (("sym", "("), ("sym", "["), ("sym", "{")):
            opening = self.take()[1]
            argument = self.group_rest({"(": ")", "[": "]", "{": "}"}[opening])
            if self.at("sym", "^"):
                raise _Unsupported("power after a parenthesised function argument")
        else:
            # \sin 2x, \cos\pi x, \sin x^2: the argument is the product of the juxtaposed factors up to an operator
            # or the next function (as latex2sympy reads it); "\sin x \cdot y" and "\sin x / x" are ambiguous.
            if not self.starts_factor(functions=False):
                raise _Unsupported("function without an argument")
            argument = factor = self.power()
            while self.starts_factor(functions=False):
                if factor[0] == "v" and self.peek() == ("sym", "("):
                    # "\cos\theta(4\cos^2\theta-3)": its writer multiplies cos θ by the bracket; latex2sympy
                    # takes the bracket into the argument
                    if not self.writers_reading:
                        raise _AmbiguousArgument("a bracket after an unparenthesised function argument")
                    break
                factor = self.power()
                argument = self.node(("*", (argument, factor)))
            token = self.peek()
            if token == ("sym", "!"):
                raise _Unsupported("factorial after an unparenthesised function argument")
            operator_follows = token is not None and (
                token in (("sym", "*"), ("sym", "/"))
                or (token[0] == "cmd" and token[1] in _MULTIPLY | _DIVIDE)
            )
            if operator_follows and not self.writers_reading:
                raise _AmbiguousArgument("operator after an unparenthesised function argument")
        if name == "log":
            value = self.node(("log", base, argument))
        elif name == "ln":
            value = self.node(("log", ("e",), argument))
        else:
            value = self.node(("f", name, argument))
        if power != 1:
            value = self.node(("^", value, ("n", Fraction(power))))
        return value


def _substituted(node: Any, old: tuple[Any, ...], new: tuple[Any, ...]) -> Any:
    """``node`` with every occurrence of the leaf ``old`` replaced by ``new`` (trees and tuples of trees)."""
    if node == old:
        return new
    if isinstance(node, tuple):
        return tuple(_substituted(part, old, new) for part in node)
    return node


def _node_count(node: Any) -> int:
    if not isinstance(node, tuple):
        return 0
    return (1 if node and isinstance(node[0], str) else 0) + sum(_node_count(part) for part in node)


def _indexes_a_name(node: tuple[Any, ...], variable: str) -> bool:
    """Whether a variable name in ``node`` carries ``variable`` as its subscript or argument (``x_k``, ``f(k)``)."""
    names: set[str] = set()
    _scan(node, names, {"branched": False, "abs": False, "stepped": False})
    return any(mark + variable in name for name in names - {variable} for mark in ("_", "("))


# ---------------------------------------------------------------------------------------------------------------
# Parsed expressions


@dataclass(frozen=True, slots=True)
class ParsedExpression:
    """An answer parsed by ``parse_expression``.

    Attributes:
        tree: the expression tree (nested tuples, see the comment above ``_tokenize``).
        variables: names of the free variables (``x``, ``x_1``, ``theta``).
        branched: the tree has a root, a fractional power, a logarithm or an inverse trigonometric function.
        has_abs: the tree has an absolute value of an expression with variables.
        exact: the exact value when the expression is a constant rational within the caps, else None.
        too_big: the expression is a constant rational beyond the caps (undecidable here).
        decimal_unit: the largest unit in the last place of its decimal literals (``3.14``: 1/100), None without
            decimals; a constant within one such unit of the other side may be that side rounded (see
            ``identity_equal``).
        stepped: the tree has a floor or ceiling of an expression with variables. Such a function is constant
            between its jumps, so agreeing at a few points proves nothing: with variables it is shown different by
            a difference at a real point, and equal only when both sides combine the same floors the same way.
    """

    tree: tuple[Any, ...]
    variables: frozenset[str]
    branched: bool
    has_abs: bool
    exact: Fraction | None
    too_big: bool
    decimal_unit: Fraction | None = None
    stepped: bool = False


def parse_expression(text: str) -> ParsedExpression | None:
    """Parse one normalised answer; None when it is outside the grammar or over a cap (never raises).

    Example:
        >>> sorted(parse_expression("2x\\\\sqrt{y}+\\\\pi").variables)
        ['x', 'y']
        >>> parse_expression("\\\\frac{3}{4}-0.5").exact
        Fraction(1, 4)
        >>> parse_expression("1/2x") is None   # ambiguous: undecided, not guessed
        True
    """
    if not isinstance(text, str):
        return None
    return _parse_cached(text)


def _parse_cached(text: str) -> ParsedExpression | None:
    return _parse_read(text, _WRITERS_READING.get())


@lru_cache(maxsize=8_192)
def ambiguous_function_argument(text: str) -> bool:
    """Whether the text is outside the grammar only because an unparenthesised function argument is followed by a
    product or quotient operator (``\\\\log_{10}2/\\\\log_{10}T``): see ``writers_reading``.

    Example:
        >>> ambiguous_function_argument("\\\\sin x/x"), ambiguous_function_argument("\\\\sin(x)/x")
        (True, False)
    """
    if not isinstance(text, str) or "\\" not in text or not text or len(text) > MAX_EXPRESSION_CHARS:
        return False
    try:
        _Parser(_tokenize(text)).parse()
    except _AmbiguousArgument:
        return True
    except Exception:
        return False
    return False


@lru_cache(maxsize=8_192)
def _parse_read(text: str, writers: bool) -> ParsedExpression | None:
    # One cache for both sides: golds repeat across samples, predictions repeat across golds and samples.
    if not text or len(text) > MAX_EXPRESSION_CHARS:
        return None
    try:
        tokens = _tokenize(text)
        tree = _Parser(tokens, writers).parse()
        variables: set[str] = set()
        flags = {"branched": False, "abs": False, "stepped": False}
        _scan(tree, variables, flags)
        exact: Fraction | None = None
        too_big = False
        if not variables:
            try:
                exact = _exact(tree)
            except _TooBig:
                too_big = True
            except (_NotExact, _Undecided):
                exact = None
    except (_Unsupported, _Undecided, ValueError, ZeroDivisionError, RecursionError):
        return None
    return ParsedExpression(
        tree,
        frozenset(variables),
        flags["branched"],
        flags["abs"],
        exact,
        too_big,
        _decimal_unit(tokens),
        flags["stepped"],
    )


def _decimal_unit(tokens: list[tuple[str, str]]) -> Fraction | None:
    """The largest unit in the last place of a decimal literal (``3.14`` -> 1/100, ``2.75e11`` -> 10^9,
    ``1.41\\times10^{20}`` -> 10^18), if any."""
    unit: Fraction | None = None
    for index, (kind, text) in enumerate(tokens):
        if kind != "num" or text.isdigit():
            continue
        mantissa, _, exponent = text.lower().partition("e")
        places = len(mantissa.partition(".")[2])
        literal_unit = Fraction(1, 10**places) * Fraction(10) ** (
            int(exponent or "0") + _power_of_ten_after(tokens, index + 1)
        )
        unit = literal_unit if unit is None else max(unit, literal_unit)
    return unit


_MAX_TEN_EXPONENT = 400


def _power_of_ten_after(tokens: list[tuple[str, str]], start: int) -> int:
    """k when ``tokens[start:]`` opens with ``\\times 10^{k}`` (or ``\\cdot``, ``k`` bare or signed in braces), else
    0: the decimal before it is a mantissa, and its last place counts in that scale."""
    if tokens[start : start + 3] not in (
        [("cmd", "times"), ("num", "10"), ("sym", "^")],
        [("cmd", "cdot"), ("num", "10"), ("sym", "^")],
    ):
        return 0
    rest = tokens[start + 3 : start + 7]
    if rest[:1] and rest[0][0] == "num" and rest[0][1].isdigit():
        exponent = int(rest[0][1][0])  # 10^23 is 10^2 times 3 to a LaTeX reader: one digit
    elif rest[:1] == [("sym", "{")]:
        sign = 1
        inner = rest[1:]
        if inner[:1] in ([("sym", "-")], [("sym", "+")]):
            sign = -1 if inner[0][1] == "-" else 1
            inner = inner[1:]
        if len(inner) < 2 or inner[0][0] != "num" or not inner[0][1].isdigit() or inner[1] != ("sym", "}"):
            return 0
        exponent = sign * int(inner[0][1])
    else:
        return 0
    return exponent if abs(exponent) <= _MAX_TEN_EXPONENT else 0


def _scan(node: tuple[Any, ...], variables: set[str], flags: dict[str, bool]) -> None:
    """Collect variables and the branch / abs flags (iterative: the tree depth is capped anyway)."""
    stack = [node]
    while stack:
        current = stack.pop()
        tag = current[0]
        if tag == "v":
            variables.add(current[1])
        elif tag in ("+", "*"):
            stack.extend(current[1])
        elif tag in ("neg", "!", "!!"):
            stack.append(current[1])
        elif tag == "abs":
            inner: set[str] = set()
            _scan(current[1], inner, flags)
            variables |= inner
            flags["abs"] = flags["abs"] or bool(inner)
        elif tag in ("floor", "ceil"):
            stepped: set[str] = set()
            _scan(current[1], stepped, flags)
            variables |= stepped
            flags["stepped"] = flags["stepped"] or bool(stepped)
        elif tag in ("/", "binom"):
            stack.extend((current[1], current[2]))
        elif tag == "^":
            base, exponent = current[1], current[2]
            if base != ("e",) and not _is_integer_constant(exponent):
                flags["branched"] = True
            stack.extend((base, exponent))
        elif tag == "root":
            flags["branched"] = True
            stack.append(current[2])
        elif tag == "f":
            if current[1] in _BRANCH_FUNCTIONS:
                flags["branched"] = True
            stack.append(current[2])
        elif tag == "log":
            flags["branched"] = True
            if current[1] is not None:
                stack.append(current[1])
            stack.append(current[2])


def _has_even_denominator(node: tuple[Any, ...]) -> bool:
    try:
        value = _exact(node)
    except (_NotExact, _TooBig, _Undecided, ZeroDivisionError):
        return False
    return value.denominator % 2 == 0


def _is_integer_constant(node: tuple[Any, ...]) -> bool:
    try:
        value = _exact(node)
    except (_NotExact, _TooBig, _Undecided, ZeroDivisionError):
        return False
    return value.denominator == 1


# ---------------------------------------------------------------------------------------------------------------
# Exact evaluation (rationals)


def _check_bits(value: Fraction) -> Fraction:
    if value.numerator.bit_length() > MAX_EXACT_BITS or value.denominator.bit_length() > MAX_EXACT_BITS:
        raise _TooBig
    return value


def _exact(node: tuple[Any, ...]) -> Fraction:
    tag = node[0]
    if tag == "n":
        return _check_bits(node[1])
    if tag == "+":
        return _check_bits(sum((_exact(term) for term in node[1]), Fraction(0)))
    if tag == "*":
        product = Fraction(1)
        for factor in node[1]:
            product = _check_bits(product * _exact(factor))
        return product
    if tag == "neg":
        return -_exact(node[1])
    if tag == "/":
        numerator = _exact(node[1])
        denominator = _exact(node[2])
        if denominator == 0:
            raise _Undecided("division by zero")
        return _check_bits(numerator / denominator)
    if tag == "^":
        base = _exact(node[1])
        if base == 1:
            return Fraction(1)  # 1^{2^{235423523}}: one, whatever the size of the exponent (never computed)
        return _exact_power(base, _exact(node[2]))
    if tag == "root":
        return _exact_power(_exact(node[2]), Fraction(1, node[1]))
    if tag == "abs":
        return abs(_exact(node[1]))
    if tag == "floor":
        return Fraction(math.floor(_exact(node[1])))
    if tag == "ceil":
        return Fraction(math.ceil(_exact(node[1])))
    if tag == "!":
        value = _exact(node[1])
        if value.denominator != 1 or not 0 <= value <= MAX_FACTORIAL:
            raise _Undecided("factorial argument")
        return Fraction(math.factorial(int(value)))
    if tag == "!!":
        value = _exact(node[1])
        if value.denominator != 1 or not 0 <= value <= 2 * MAX_FACTORIAL:
            raise _Undecided("double factorial argument")
        return Fraction(math.prod(range(int(value), 0, -2)))
    if tag == "binom":
        top = _exact(node[1])
        bottom = _exact(node[2])
        if top.denominator != 1 or bottom.denominator != 1 or not 0 <= top <= 10 * MAX_FACTORIAL:
            raise _Undecided("binomial arguments")
        return _check_bits(Fraction(math.comb(int(top), int(bottom)) if bottom >= 0 else 0))
    raise _NotExact


def _exact_power(base: Fraction, exponent: Fraction) -> Fraction:
    if exponent.denominator != 1:
        if exponent.denominator > MAX_ROOT_INDEX:
            raise _NotExact
        if base < 0:
            if exponent.denominator % 2 == 0:
                raise _Undecided("even root of a negative number")  # (-4)^{1/2} is 2i: not a rational
            # (-8)^{1/3} and \sqrt[3]{-27}: the real root, as competition mathematics means it (sympy's principal
            # complex root is 1 + i√3)
            return _exact_power(-_exact_root(-base, exponent.denominator), Fraction(exponent.numerator))
        root = _exact_root(base, exponent.denominator)
        return _exact_power(root, Fraction(exponent.numerator))
    power = exponent.numerator
    if base == 0:
        if power < 0:
            raise _Undecided("zero to a negative power")
        return Fraction(int(power == 0))
    if base in (1, -1):
        return base**power
    # Estimate the size before computing: 10^{10^{10}} must not be built.
    bits = max(base.numerator.bit_length(), base.denominator.bit_length()) - 1
    if bits * abs(power) > MAX_EXACT_BITS:
        raise _TooBig
    return _check_bits(base**power)


def _sign_of_a_real_power(exponent_node: tuple[Any, ...]) -> int | None:
    """The sign (-1)^p of the real power x^{p/q} of a negative x, for a rational constant p/q with q odd; None for an
    exponent that is no such constant."""
    try:
        exponent = _exact(exponent_node)
    except (_NotExact, _Undecided, _TooBig):
        return None
    if exponent.denominator % 2 == 0:
        return None
    return -1 if exponent.numerator % 2 else 1


def _exact_root(value: Fraction, index: int) -> Fraction:
    numerator = _integer_root(value.numerator, index)
    denominator = _integer_root(value.denominator, index)
    if numerator is None or denominator is None:
        raise _NotExact
    return Fraction(numerator, denominator)


def _integer_root(value: int, index: int) -> int | None:
    if value < 2:
        return value
    guess = round(value ** (1.0 / index)) if value.bit_length() < 1000 else None
    if guess is None:
        # Newton's method on integers for very large values (bounded: value has at most MAX_EXACT_BITS bits).
        guess = 1 << (value.bit_length() // index + 1)
        while True:
            better = ((index - 1) * guess + value // guess ** (index - 1)) // index
            if better >= guess:
                break
            guess = better
    for candidate in (guess - 1, guess, guess + 1):
        if candidate > 0 and candidate**index == value:
            return candidate
    return None


# ---------------------------------------------------------------------------------------------------------------
# Numeric evaluation (mpmath, a private context per thread so the caller's mpmath precision is untouched)

_LOCAL = threading.local()
# Entries of each per-precision cache of points and number literals before it is emptied (bounds its memory).
_CACHE_ENTRIES = 4_096


class _Precision:
    """One thread's mpmath context at one precision, with what every evaluation at that precision reuses: its
    constants (as raw numbers too, for ``_Evaluation.checked``), its evaluation points and its number literals
    (mpmath numbers are immutable, so sharing them is safe)."""

    __slots__ = ("bits", "context", "limit", "limit_top", "mpc", "mpf", "numbers", "one", "points", "raw_cmp")

    def __init__(self, digits: int, limit: float = MAX_MAGNITUDE) -> None:
        from mpmath.ctx_mp import MPContext
        from mpmath.libmp import mpf_cmp

        context = MPContext()
        context.dps = digits
        self.context = context
        self.mpf = context.mpf
        self.mpc = context.mpc
        self.bits = context.prec  # the working precision in bits (abs() rounds to it)
        self.one = context.mpf(1)
        self.limit = context.mpf(limit)._mpf_
        self.limit_top = self.limit[2] + self.limit[3]
        self.raw_cmp = mpf_cmp
        self.points: dict[tuple[Any, ...], tuple[dict[str, Any], ...]] = {}
        self.numbers: dict[Fraction, Any] = {}


def _precision(digits: int = WORKING_DIGITS, constant: bool = False) -> _Precision:
    """This thread's context at ``digits``; ``constant``: for an expression without a variable (a higher cap)."""
    precisions = getattr(_LOCAL, "precisions", None)
    if precisions is None:
        precisions = _LOCAL.precisions = {}
    key = (digits, constant)
    precision = precisions.get(key)
    if precision is None:
        limit = MAX_CONSTANT_MAGNITUDE if constant else MAX_MAGNITUDE
        precision = precisions[key] = _Precision(digits, limit)
    return precision


def _context(digits: int = WORKING_DIGITS, constant: bool = False) -> Any:
    return _precision(digits, constant).context


class _Evaluation:
    """Evaluates one tree at one point, recording the largest magnitude met (the scale of rounding errors)."""

    def __init__(
        self, precision: _Precision, point: dict[str, Any], fold_case: bool = False, real_only: bool = False
    ) -> None:
        self.precision = precision
        self.mp = precision.context
        self.point = point
        self.fold_case = fold_case
        self.scale = precision.one
        # At a real point that tests real functions only: a value that leaves the reals (sqrt(x) at x < 0, even
        # when a later operation comes back to them) has no meaning there, so the point has no value.
        self.real_only = real_only

    def checked(self, value: Any) -> Any:
        if self.real_only and type(value) is self.precision.mpc and value.imag:
            raise _OutsideReals("outside the real domain at a real point")
        # The larger of |re| and |im| (within a factor sqrt(2) of |value|, which is all a cap and a scale need):
        # a complex abs is a hypot, a square root at working precision, and this runs after every operation. Read on
        # mpmath's raw numbers, (sign, mantissa, exponent, bits) worth mantissa * 2^exponent: a non-zero one lies in
        # [2^(top-1), 2^top) with top = exponent + bits, so two magnitudes with different tops compare as their tops
        # do. That settles nearly every comparison here without a call or an mpf object; mpf_cmp settles a tie. The
        # outcome is that of abs(), max() and ">" on mpf objects.
        precision = self.precision
        kind = type(value)
        if kind is precision.mpf:
            _sign, mantissa, exponent, bits = value._mpf_
            if not mantissa:
                if exponent:  # nan, +inf, -inf: the raw numbers without a mantissa but zero
                    raise _Undecided("not finite")
                return value  # zero: under the cap and under the scale (at least 1)
        elif kind is precision.mpc:
            (_, real_mantissa, real_exponent, real_bits), (_, mantissa, exponent, bits) = value._mpc_
            if (not real_mantissa and real_exponent) or (not mantissa and exponent):
                raise _Undecided("not finite")
            if real_bits > precision.bits or bits > precision.bits:
                return self.checked_object(value)  # more bits than the precision (see below)
            if real_mantissa and (
                not mantissa
                or real_exponent + real_bits > exponent + bits
                or (
                    real_exponent + real_bits == exponent + bits
                    and precision.raw_cmp(
                        (0, mantissa, exponent, bits), (0, real_mantissa, real_exponent, real_bits)
                    )
                    <= 0
                )
            ):
                # |re| >= |im| (max keeps re)
                mantissa, exponent, bits = real_mantissa, real_exponent, real_bits
            elif not mantissa:
                return value  # zero
        else:
            return self.checked_object(value)
        if bits > precision.bits:  # more bits than the precision (never made here): abs() would round
            return self.checked_object(value)
        top = exponent + bits
        if top >= precision.limit_top and (
            top > precision.limit_top or precision.raw_cmp((0, mantissa, exponent, bits), precision.limit) > 0
        ):
            raise _Undecided("magnitude over the cap")
        scale = self.scale._mpf_
        scale_top = scale[2] + scale[3]
        if top >= scale_top and (
            top > scale_top or precision.raw_cmp((0, mantissa, exponent, bits), scale) > 0
        ):
            self.scale = precision.context.make_mpf((0, mantissa, exponent, bits))
        return value

    def checked_object(self, value: Any) -> Any:
        """``checked`` for a value that is neither an mpf nor an mpc of this context (none is expected)."""
        mp = self.mp
        if mp.isnan(value) or mp.isinf(value):
            raise _Undecided("not finite")
        magnitude = max(abs(value.real), abs(value.imag)) if isinstance(value, mp.mpc) else abs(value)
        if magnitude > mp.make_mpf(self.precision.limit):
            raise _Undecided("magnitude over the cap")
        if magnitude > self.scale:
            self.scale = magnitude
        return value

    def nonzero(self, value: Any) -> Any:
        """Refuse an operand indistinguishable from zero where that matters (divisor, log, root ...)."""
        top_value, top_scale = _top_bit(value), _top_bit(self.scale)
        if top_value is not None and top_scale is not None and top_value - top_scale >= _CLEARLY_NONZERO_BITS:
            return value  # far above the floor: the modulus (a square root for a complex value) is not needed
        if abs(value) <= NOISE_FLOOR * self.scale:
            raise _Undecided("operand at noise level")
        return value

    def value(self, node: tuple[Any, ...]) -> Any:
        mp = self.mp
        tag = node[0]
        if tag == "n":
            numbers = self.precision.numbers
            number = numbers.get(node[1])
            if number is None:
                if len(numbers) >= _CACHE_ENTRIES:
                    numbers.clear()
                number = numbers[node[1]] = mp.mpf(node[1].numerator) / node[1].denominator
            return self.checked(number)
        if tag == "v":
            return self.checked(self.point[node[1].lower() if self.fold_case else node[1]])
        if tag == "pi":
            return mp.pi
        if tag == "e":
            return mp.e
        if tag == "i":
            return mp.mpc(0, 1)
        # A sum starts from its first term rather than from 0, a product from its first factor rather than from 1:
        # every value here is already rounded to this precision (mpmath's pi and e are rounded by the first operation
        # either way), so 0 + x and 1 * x are x exactly; the same values, one number and one operation fewer.
        if tag == "+":
            terms = node[1]
            total = self.value(terms[0])
            for term in terms[1:]:
                total += self.value(term)
            return self.checked(total)
        if tag == "*":
            factors = node[1]
            product = self.value(factors[0])
            for factor in factors[1:]:
                product *= self.value(factor)
            return self.checked(product)
        if tag == "neg":
            return -self.value(node[1])
        if tag == "/":
            numerator = self.value(node[1])
            return self.checked(numerator / self.nonzero(self.value(node[2])))
        if tag == "^":
            return self.power(node)
        if tag == "root":
            radicand = self.value(node[2])
            if node[1] % 2 == 1 and mp.im(radicand) == 0 and mp.re(radicand) < 0:
                return self.checked(-mp.root(-radicand, node[1]))  # \sqrt[3]{-27} is -3: the real root
            if node[1] == 2:
                return self.checked(mp.sqrt(self.nonzero(radicand)))
            return self.checked(mp.root(self.nonzero(radicand), node[1]))
        if tag == "f":
            return self.function(node[1], self.value(node[2]))
        if tag == "log":
            argument = self.nonzero(self.value(node[2]))
            if node[1] is None:
                return self.checked(mp.log(argument, 10))
            if node[1] == ("e",):
                return self.checked(mp.log(argument))
            base = self.nonzero(self.value(node[1]))
            return self.checked(mp.log(argument) / self.nonzero(mp.log(base)))
        if tag == "abs":
            return self.checked(abs(self.value(node[1])))
        if tag in ("floor", "ceil"):
            return self.step(tag, self.value(node[1]))
        if tag in ("!", "!!", "binom"):
            # Integer constants: the exact evaluator gives the value (a non-integer constant is undecided).
            try:
                exact = _exact(node)
            except _NotExact:
                if tag == "!!":
                    raise _Undecided("double factorial of a variable") from None
                return self.gamma_form(node)
            except (_TooBig, ZeroDivisionError) as error:
                raise _Undecided("factorial or binomial too big") from error
            return self.checked(mp.mpf(exact.numerator) / exact.denominator)
        raise _Undecided(f"node {tag}")

    def gamma_form(self, node: tuple[Any, ...]) -> Any:
        """``n!`` and ``\\binom{a}{b}`` of variables through the gamma function, ``n! = \\Gamma(n+1)``: how sympy
        evaluates them at a point too (``\\binom{n}{2}`` equals ``\\frac{n(n-1)}{2}``, ``\\binom{2n}{n}`` is not
        ``C_n``); a pole is undecided."""
        mp = self.mp
        if node[0] == "!":
            argument = self.value(node[1])
            self.not_at_pole(argument + 1)
            return self.checked(mp.gamma(argument + 1))
        top, bottom = self.value(node[1]), self.value(node[2])
        for argument in (top + 1, bottom + 1, top - bottom + 1):
            self.not_at_pole(argument)
        return self.checked(mp.gamma(top + 1) / (mp.gamma(bottom + 1) * mp.gamma(top - bottom + 1)))

    def not_at_pole(self, argument: Any) -> None:
        """Refuse a gamma argument at or near 0, -1, -2, ... (a pole: no value there)."""
        mp = self.mp
        if mp.re(argument) < 0.5 and abs(argument - mp.nint(mp.re(argument))) <= DIFFERENT_TOLERANCE:
            raise _Undecided("a pole of the gamma function")

    def step(self, tag: str, argument: Any) -> Any:
        """floor / ceil of each of the real and imaginary parts (sympy's and mpmath's definition for complex
        arguments); a part at noise level from an integer has no trustworthy value there."""
        mp = self.mp
        for part in (mp.re(argument), mp.im(argument)):
            if part != 0 and abs(part - mp.nint(part)) <= SIGNAL_FLOOR * max(self.scale, 1):
                raise _Undecided("floor or ceiling at a jump")
        return self.checked(mp.floor(argument) if tag == "floor" else mp.ceil(argument))

    def power(self, node: tuple[Any, ...]) -> Any:
        mp = self.mp
        base_node, exponent_node = node[1], node[2]
        exponent = self.value(exponent_node)
        if base_node == ("e",):
            if mp.re(exponent) > 40:
                raise _Undecided("magnitude over the cap")
            return self.checked(mp.exp(exponent))
        base = self.value(base_node)
        # An exactly integer exponent (\frac{6}{3} included) is a plain power, without a branch.
        if _is_integer_constant(exponent_node):
            power = int(_exact(exponent_node))
            if abs(power) > MAX_NUMERIC_EXPONENT:
                raise _Undecided("exponent over the cap")
            if power < 0:
                self.nonzero(base)
            elif power == 0:
                return mp.mpf(1)
            return self.checked(base**power)
        if not _has_even_denominator(exponent_node) and mp.im(base) == 0 and mp.re(base) < 0:
            # (-2)^{1/3}: the real root to a reader (sympy's is the principal complex root). (-4)^{1/2} is 2i to both.
            odd_power = _sign_of_a_real_power(exponent_node)
            if odd_power is None:
                raise _Undecided("fractional power of a negative number")
            return self.checked(odd_power * mp.exp(exponent * mp.log(-base)))
        return self.checked(mp.exp(exponent * mp.log(self.nonzero(base))))

    def function(self, name: str, argument: Any) -> Any:
        mp = self.mp
        if name in ("exp",) and mp.re(argument) > 40:
            raise _Undecided("magnitude over the cap")
        if name in ("tan", "sec", "csc", "cot", "coth", "sech", "csch"):
            # Poles: the reciprocal of a noise-level sine or cosine is not a value.
            if name in ("tan", "sec"):
                self.nonzero(mp.cos(argument))
            elif name in ("csc", "cot"):
                self.nonzero(mp.sin(argument))
            elif name in ("coth", "csch"):
                self.nonzero(mp.sinh(argument))
            else:
                self.nonzero(mp.cosh(argument))
        function = {
            "sin": mp.sin,
            "cos": mp.cos,
            "tan": mp.tan,
            "sec": mp.sec,
            "csc": mp.csc,
            "cot": mp.cot,
            "sinh": mp.sinh,
            "cosh": mp.cosh,
            "tanh": mp.tanh,
            "coth": mp.coth,
            "sech": mp.sech,
            "csch": mp.csch,
            "arcsin": mp.asin,
            "arccos": mp.acos,
            "arctan": mp.atan,
            "exp": mp.exp,
        }[name]
        return self.checked(function(argument))


def _points(
    variables: tuple[str, ...], branched: bool, precision: _Precision, stepped: bool = False
) -> tuple[dict[str, Any], ...]:
    """Seeded evaluation points (the same for both sides): generic complex points; with a branch, points near the
    negative real axis from above and below (where principal branches of sqrt(xy) and sqrt(x)sqrt(y) part), mixed
    half-planes, and positive reals; with a floor or ceiling, also positive reals spread over [3, 100) (step
    functions that agree near 1 part further out). The coordinates are binary floats, so every precision sees the
    same points. Made once per precision and kind (seeded, so always the same): read-only for the callers."""
    if not variables:
        return ({},)
    key = (variables, branched, stepped)
    points = precision.points.get(key)
    if points is None:
        if len(precision.points) >= _CACHE_ENTRIES:
            precision.points.clear()
        points = precision.points[key] = tuple(_new_points(variables, branched, precision.context, stepped))
    return points


def _new_points(
    variables: tuple[str, ...], branched: bool, context: Any, stepped: bool
) -> list[dict[str, Any]]:
    points = _base_points(variables, branched, context)
    if stepped:
        import random

        generator = random.Random(_SEED - len(variables))
        for low, high in _STEPPED_RANGES:
            points.append({name: context.mpf(generator.uniform(low, high)) for name in variables})
    return points


def _base_points(variables: tuple[str, ...], branched: bool, context: Any) -> list[dict[str, Any]]:
    import random  # (here, where points are first drawn: the import is ~1 ms of a fresh process that needs none)

    generator = random.Random(_SEED + len(variables))
    points: list[dict[str, Any]] = []

    def polar(angle: float) -> Any:
        radius = generator.uniform(0.6, 1.5)
        return context.mpc(radius * math.cos(angle), radius * math.sin(angle))

    if not branched:
        for index in range(_GENERIC_POINTS):
            points.append(
                {
                    name: polar(((index + position) % 4 + generator.uniform(0.15, 0.85)) * math.pi / 2)
                    for position, name in enumerate(variables)
                }
            )
        return points
    for sign in (1, -1):
        points.append({name: polar(sign * generator.uniform(0.7, 0.9) * math.pi) for name in variables})
    points.append(
        {
            name: polar((-1) ** position * generator.uniform(0.55, 0.75) * math.pi)
            for position, name in enumerate(variables)
        }
    )
    points.append({name: polar(generator.uniform(-math.pi, math.pi)) for name in variables})
    for index, (low, high) in enumerate(_BRANCH_REAL_RANGES):
        # Real points with signs mixed across the variables (the last with all of them negative): sqrt(x^2 y^2)
        # and xy part where x and y differ in sign, sqrt(x^2) and x where x < 0.
        points.append(
            {
                name: context.mpf(
                    generator.uniform(low, high) * (-1 if (position + index) % 2 == 0 or index == 2 else 1)
                )
                for position, name in enumerate(variables)
            }
        )
    for low, high in _BRANCH_REAL_RANGES:
        points.append({name: context.mpf(generator.uniform(low, high)) for name in variables})
    return points


def _evaluations(
    text: str,
    variables: tuple[str, ...],
    branched: bool,
    digits: int = WORKING_DIGITS,
    fold_case: bool = False,
    stepped: bool = False,
    *,
    first: int = 0,
    count: int | None = None,
) -> tuple[tuple[Any, Any] | None, ...]:
    """(value, scale) of ``text`` at each point of ``_points(variables, branched)`` (those from ``first``, ``count``
    of them when given); None where undecided. With ``fold_case`` a variable takes the value of its lower-cased
    name (``variables`` are then lower-cased names)."""
    writers = _WRITERS_READING.get()
    return _evaluations_read(text, writers, variables, branched, digits, fold_case, stepped, first, count)


@lru_cache(maxsize=8_192)
def _evaluations_read(
    text: str,
    writers: bool,
    variables: tuple[str, ...],
    branched: bool,
    digits: int,
    fold_case: bool,
    stepped: bool,
    first: int,
    count: int | None,
) -> tuple[tuple[Any, Any] | None, ...]:
    parsed = _parse_read(text, writers)
    if parsed is None:
        return ()
    precision = _precision(digits, constant=not variables)
    results: list[tuple[Any, Any] | None] = []
    points = _points(variables, branched, precision, stepped)
    signed = _SIGNED_REAL_POINTS if branched and variables else slice(0, 0)
    for index, point in enumerate(points[first : None if count is None else first + count], start=first):
        evaluation = _Evaluation(precision, point, fold_case, signed.start <= index < signed.stop)
        try:
            value = evaluation.value(parsed.tree)
            results.append((value, evaluation.scale))
        except _OutsideReals:
            results.append(_OUTSIDE_REALS)
        except (_Undecided, ZeroDivisionError, ValueError, OverflowError):
            results.append(None)
    return tuple(results)


def _compare_at_point(a: tuple[Any, Any] | None, b: tuple[Any, Any] | None) -> bool | str | None:
    """True / False at this point, None when in doubt, "check" when only a finer evaluation can tell."""
    if a is None or b is None or a is _OUTSIDE_REALS or b is _OUTSIDE_REALS:
        return None
    value_a, scale_a = a
    value_b, scale_b = b
    if value_a == value_b:  # a zero difference is within any tolerance (the values are finite: see checked)
        return True
    raw_difference = value_a - value_b
    scale = max(scale_a, scale_b)
    if _clearly_different(raw_difference, value_a, value_b, scale):
        return False
    difference = abs(raw_difference)
    magnitude = max(abs(value_a), abs(value_b))
    if difference <= RELATIVE_EQUAL_TOLERANCE * magnitude:
        # (unless the difference stands far above the working precision's noise: e^{36} + e^{-36} against e^{36}
        # differ by 5e-32 of their value, a real difference the finer evaluation leaves standing)
        return True if difference <= RESOLVED_DIFFERENCE * magnitude else "check"
    if difference > DIFFERENT_TOLERANCE * magnitude and difference > SIGNAL_FLOOR * scale:
        return False
    # Tiny next to the terms that produced it: rounding noise (\sin\pi vs 0) or a genuinely tiny value
    # (\frac{10^{-34}}{3} vs \frac{10^{-34}}{\pi}); a finer evaluation tells them apart.
    return "check"


def _clearly_different(difference: Any, value_a: Any, value_b: Any, scale: Any) -> bool:
    """Whether ``_compare_at_point``'s "different" tests are certain to pass, told from the binary exponents alone:
    ``|difference| > DIFFERENT_TOLERANCE * max(|a|, |b|)`` and ``> SIGNAL_FLOOR * scale``. Most wrong answers
    differ by far more than that, and this spares them three complex moduli (square roots at working precision).
    False means "not certain": the caller then computes the moduli."""
    top_difference = _top_bit(difference)
    top_a, top_b, top_scale = _top_bit(value_a), _top_bit(value_b), _top_bit(scale)
    if top_difference is None or top_a is None or top_b is None or top_scale is None:
        return False
    return (
        top_difference - max(top_a, top_b) >= _CLEARLY_DIFFERENT_BITS
        and top_difference - top_scale >= _CLEARLY_SIGNAL_BITS
    )


def _top_bit(value: Any) -> int | None:
    """``e`` with ``2^(e-1) <= max(|re|, |im|) < 2^e`` for a non-zero finite mpf or mpc (a raw mpf is ``(sign,
    mantissa, exponent, bits)``, worth ``mantissa * 2^exponent``, with ``2^(bits-1) <= mantissa < 2^bits``); None for
    zero, a non-finite value or anything else."""
    if hasattr(value, "_mpc_"):
        parts = value._mpc_
    elif hasattr(value, "_mpf_"):
        parts = (value._mpf_,)
    else:
        return None
    top: int | None = None
    for _sign, mantissa, exponent, bits in parts:
        if mantissa:
            if top is None or exponent + bits > top:
                top = exponent + bits
        elif exponent:
            return None  # nan or an infinity
    return top


# ---------------------------------------------------------------------------------------------------------------
# The decision


def identity_equal(
    a: str, b: str, *, variables_must_match: bool = True, fold_case: bool = False
) -> bool | None:
    """Whether two normalised answers are the same expression: True, False, or None when not decided here.

    Exact for rational constants, numeric identity testing at seeded random points otherwise (see the module
    docstring). Never raises; costs microseconds for rationals and a few milliseconds for expressions.

    With ``variables_must_match`` (the default) two sides with different variables (``x+1`` and ``y+1``, ``7`` and
    ``7m``) are undecided: a later stage may know that ``m`` is a unit or ``C`` an arbitrary constant. With it
    False they are compared as functions of all the variables (``x-x+3`` equals ``3``, ``7m`` is not ``7``), which
    is what the symbolic stage's sympy comparison concludes too.

    With ``fold_case`` variable names are compared and evaluated lower-cased, as latex2sympy2_extended reads them
    (``Ce^{-2t}`` and ``ce^{-2t}`` are one answer there, the usual arbitrary constant); None when a name's reading
    there is not a plain lower-cased symbol (``E``, ``I``, ``\\gamma``, ``u(t)``) or one side writes a name in two
    cases (see ``_folded_names``).

    Example:
        >>> identity_equal("\\\\frac{1}{k}\\\\sinh(kt)", "\\\\frac{e^{kt}-e^{-kt}}{2k}")
        True
        >>> identity_equal("\\\\csc^2 x", "1+\\\\cot^2 x")
        True
        >>> identity_equal("\\\\frac{\\\\sqrt{2}}{2}", "\\\\frac{1}{\\\\sqrt{2}}")
        True
        >>> identity_equal("\\\\frac{n(n+1)}{2}", "2n^2")
        False
        >>> identity_equal("10^{10^{10}}+1", "10^{10^{10}}") is None   # over the exact caps: not decided
        True
        >>> identity_equal("x+1", "y+1") is None   # different variables: left to the symbolic stage
        True
        >>> identity_equal("\\\\frac{1}{3}e^t+Ce^{-2t}", "\\\\frac{e^{t}}{3}+ce^{-2t}", fold_case=True)
        True
    """
    if not isinstance(a, str) or not isinstance(b, str):
        return None
    try:
        equal = _identity_equal(a.strip(), b.strip(), variables_must_match, fold_case)
        if equal is None and not fold_case:
            # \dot{x}_0 and \frac{dx_0}{dt}: one derivative spelled twice, compared as one opaque symbol
            rewrite = _rewrite_derivatives((a.strip(), b.strip()))
            if rewrite is not None:
                equal = _identity_equal(rewrite[0][0], rewrite[0][1], variables_must_match)
        return equal
    except Exception:
        # The contract is "never an exception to the caller": anything unforeseen is simply not decided here.
        return None


def proportional(a: str, b: str) -> bool | None:
    """Whether ``a`` is a constant non-zero multiple of ``b`` (both with variables): True, or None when not shown.

    Two equations are the same when the differences of their sides are proportional (``2y-4x-2`` and ``y-2x-1``).
    Never False: a caller that needs a "no" asks another stage. Bounded like :func:`identity_equal`.

    Example:
        >>> proportional("(2y)-(4x+2)", "(y)-(2x+1)"), proportional("(y)-(2x+1)", "(y)-(2x)") is None
        (True, True)
    """
    if not isinstance(a, str) or not isinstance(b, str):
        return None
    try:
        parsed_a = _parse_cached(a.strip())
        parsed_b = _parse_cached(b.strip())
        if parsed_a is None or parsed_b is None or not parsed_a.variables:
            return None
        if parsed_a.variables != parsed_b.variables or parsed_a.has_abs or parsed_b.has_abs:
            return None
        if parsed_a.stepped or parsed_b.stepped:
            return None
        variables = tuple(sorted(parsed_a.variables))
        branched = parsed_a.branched or parsed_b.branched
        values_a = _evaluations(a.strip(), variables, branched)
        values_b = _evaluations(b.strip(), variables, branched)
        if not values_a or any(value is None for value in values_a + values_b):
            return None
        first_a, first_b = values_a[0], values_b[0]
        assert first_a is not None and first_b is not None
        if (
            abs(first_b[0]) <= DIFFERENT_TOLERANCE * first_b[1]
            or abs(first_a[0]) <= DIFFERENT_TOLERANCE * first_a[1]
        ):
            return None  # a (near) zero at the first point fixes no ratio
        ratio = first_a[0] / first_b[0]
        for value_a, value_b in zip(values_a, values_b, strict=True):
            assert value_a is not None and value_b is not None
            scaled = (value_b[0] * ratio, value_b[1] * abs(ratio))
            if _compare_at_point(value_a, scaled) is not True:
                return None
        return True
    except Exception:
        return None


def with_name_replaced(text: str, name: str, literal: str) -> str:
    """``text`` with every occurrence of the variable ``name`` (not the end of a command or of a longer name)
    replaced by ``literal``, verbatim: an answer written at a point of its variable.

    >>> with_name_replaced("\\\\sin(x)+x^2", "x", "{(3)}")
    '\\\\sin({(3)})+{(3)}^2'
    """
    return _spelled_name(name).sub(lambda _: literal, text)


@lru_cache(maxsize=64)
def _spelled_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z\\]){re.escape(name)}(?![A-Za-z])")


def constant_value(text: str) -> Fraction | None:
    """The value of a constant answer: exact for a rational, else its real value at ``WORKING_DIGITS`` digits as
    a fraction (what the rounding policy compares with a decimal literal). None for anything else: a variable, a
    complex or non-finite value, over a cap, outside the grammar. Never raises.

    Example:
        >>> constant_value("\\\\frac{3}{4}-0.5")
        Fraction(1, 4)
        >>> float(constant_value("\\\\frac{\\\\pi}{2}"))
        1.5707963267948966
        >>> constant_value("x+1") is None
        True
    """
    if not isinstance(text, str):
        return None
    try:
        parsed = _parse_cached(text.strip())
        if parsed is None or parsed.variables or parsed.too_big:
            return None
        if parsed.exact is not None:
            return parsed.exact
        evaluated = _evaluations(text.strip(), (), parsed.branched)
        if len(evaluated) != 1 or evaluated[0] is None:
            return None
        value = evaluated[0][0]
        mp = _context(constant=True)  # (the context the value was made in: a constant's)
        if isinstance(value, mp.mpc):
            if value.imag != 0:
                return None
            value = value.real
        if not mp.isfinite(value):
            return None
        mantissa, exponent = mp.mpf(value).man_exp  # of the magnitude
        magnitude = Fraction(mantissa) * Fraction(2) ** exponent
        return -magnitude if value < 0 else magnitude
    except Exception:
        return None


def not_proportional(a: str, b: str) -> bool:
    """Whether ``a`` is clearly no constant multiple of ``b``: their ratio takes two different values. Then the
    equations ``a = 0`` and ``b = 0`` (``a``, ``b`` the differences of their sides) are different, which is what the
    symbolic stage concludes too: equal sides, swapped sides, equal or opposite differences and a constant ratio
    all need a constant ratio. Names are read as latex2sympy reads them (lower-cased, see ``_folded_names``).

    False when not shown: a side outside the grammar, a decimal literal (a rounded coefficient is for the rounding
    policy), an absolute value, no variable, or no two points with both sides clearly non-zero. With a root,
    logarithm, fractional power, floor or ceiling only positive real points count. Bounded like :func:`identity_equal`.

    Example:
        >>> not_proportional("(5x-7y+11z+4)-(0)", "(5x+9y+11z+20)-(0)")
        True
        >>> not_proportional("(2y)-(4x+2)", "(y)-(2x+1)")
        False
    """
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    try:
        return _not_proportional(a.strip(), b.strip())
    except Exception:
        return False


def _not_proportional(a: str, b: str) -> bool:
    parsed_a, parsed_b = _parse_cached(a), _parse_cached(b)
    if parsed_a is None or parsed_b is None:
        return False
    if parsed_a.decimal_unit is not None or parsed_b.decimal_unit is not None:
        return False
    if parsed_a.has_abs or parsed_b.has_abs:
        return False
    folded_a, folded_b = _folded_names(parsed_a.variables), _folded_names(parsed_b.variables)
    if folded_a is None or folded_b is None or not folded_a | folded_b:
        return False
    variables = tuple(sorted(folded_a | folded_b))
    branched = parsed_a.branched or parsed_b.branched
    stepped = parsed_a.stepped or parsed_b.stepped
    values_a = _evaluations(a, variables, branched, WORKING_DIGITS, True, stepped)
    values_b = _evaluations(b, variables, branched, WORKING_DIGITS, True, stepped)
    pairs = list(zip(values_a, values_b, strict=True))
    if branched or stepped:
        pairs = pairs[-_real_point_count(branched, stepped) :]
    ratios = []
    for value_a, value_b in pairs:
        if value_a is None or value_b is None:
            continue
        if any(abs(value) <= DIFFERENT_TOLERANCE * scale for value, scale in (value_a, value_b)):
            continue  # a (near) zero fixes no ratio
        ratios.append(value_a[0] / value_b[0])
    return any(
        abs(first - second) > DIFFERENT_TOLERANCE * max(abs(first), abs(second))
        for index, first in enumerate(ratios)
        for second in ratios[index + 1 :]
    )


# A whole answer "6e+2" is 600 in scientific notation, or 6e + 2 with Euler's number; both readings are tried.
_AMBIGUOUS_E_RE = compile_lazily(r"-?\d{1,30}(?:\.\d{1,30})?e[+-]\d{1,3}")


def _identity_equal(a: str, b: str, variables_must_match: bool, fold_case: bool = False) -> bool | None:
    equal = _identity_equal_once(a, b, variables_must_match, fold_case)
    if equal is False:
        euler_a = a.replace("e", "e ", 1) if _AMBIGUOUS_E_RE.fullmatch(a) else a
        euler_b = b.replace("e", "e ", 1) if _AMBIGUOUS_E_RE.fullmatch(b) else b
        if (euler_a, euler_b) != (a, b) and _identity_equal_once(
            euler_a, euler_b, variables_must_match, fold_case
        ):
            return True
    return equal


def _identity_equal_once(a: str, b: str, variables_must_match: bool, fold_case: bool = False) -> bool | None:
    parsed_a = _parse_cached(a)
    parsed_b = _parse_cached(b)
    if parsed_a is None or parsed_b is None:
        return None
    variables_a, variables_b = parsed_a.variables, parsed_b.variables
    if fold_case:
        folded_a, folded_b = _folded_names(variables_a), _folded_names(variables_b)
        if folded_a is None or folded_b is None:
            return None
        variables_a, variables_b = folded_a, folded_b
    if variables_a != variables_b and variables_must_match:
        return None
    all_variables = variables_a | variables_b
    if all_variables and (parsed_a.has_abs or parsed_b.has_abs):
        # |x| is only meaningful for real x, and the complex identity test would call |x| and sqrt(x^2) different:
        # compared at the real points only. A clear difference at one is a difference all the same (no
        # simplification, over complex or real symbols, makes two expressions one that differ at a real point):
        # "2(|x_1|+|y_1|)" is not "24"; agreement at all of them is a real identity (|x|^2 is x^2).
        return _compare_at_real_points(a, b, all_variables, fold_case, parsed_a, parsed_b)
    units = [unit for unit in (parsed_a.decimal_unit, parsed_b.decimal_unit) if unit is not None]
    rounding_unit = max(units) if units and not all_variables else None
    if not all_variables:
        if parsed_a.too_big or parsed_b.too_big:
            return None
        if parsed_a.exact is not None and parsed_b.exact is not None:
            if parsed_a.exact == parsed_b.exact:
                return True
            if rounding_unit is not None and abs(parsed_a.exact - parsed_b.exact) <= rounding_unit:
                # 3.14 and 3.1416, 0.3 and 1/3: a rounded value; whether it counts is the caller's precision policy.
                return None
            return False
    variables = tuple(sorted(all_variables))
    branched = parsed_a.branched or parsed_b.branched
    stepped = parsed_a.stepped or parsed_b.stepped
    if stepped and not fold_case and len(variables) == 1 and variables[0] in WHOLE_NUMBER_NAMES:
        # \lfloor\frac{n+1}{2}\rfloor and \lceil\frac{n}{2}\rceil: floors of n, the name of a whole number, are
        # one answer when they agree at every whole number; at real points they differ (n = 0.7)
        on_integers = _compare_at_integers(parsed_a.tree, parsed_b.tree, variables[0])
        if on_integers is not None:
            return on_integers
    if variables and not branched and not stepped:
        # Functions without branches or steps (polynomials, rational functions, exp, trig, gamma) that clearly
        # differ at one generic complex point are different functions: agreeing at another random point would be a
        # coincidence, and the symbolic stage's numeric screen rejects them the same way. Most wrong answers stop
        # here, after one point instead of all of them.
        head_a = _evaluations(a, variables, branched, WORKING_DIGITS, fold_case, stepped, count=1)
        head_b = _evaluations(b, variables, branched, WORKING_DIGITS, fold_case, stepped, count=1)
        if head_a and head_b and _compare_at_point(head_a[0], head_b[0]) is False:
            return False
        values_a = head_a + _evaluations(a, variables, branched, WORKING_DIGITS, fold_case, stepped, first=1)
        values_b = head_b + _evaluations(b, variables, branched, WORKING_DIGITS, fold_case, stepped, first=1)
    else:
        values_a = _evaluations(a, variables, branched, WORKING_DIGITS, fold_case, stepped)
        values_b = _evaluations(b, variables, branched, WORKING_DIGITS, fold_case, stepped)
    outcomes = [_compare_at_point(x, y) for x, y in zip(values_a, values_b, strict=True)]
    if "check" in outcomes:
        finer_a = _evaluations(a, variables, branched, CHECK_DIGITS, fold_case, stepped)
        finer_b = _evaluations(b, variables, branched, CHECK_DIGITS, fold_case, stepped)
        for index, outcome in enumerate(outcomes):
            if outcome == "check":
                outcomes[index] = _check_finer(
                    values_a[index], values_b[index], finer_a[index], finer_b[index]
                )
    # The signed real points lie on the branch cuts of roots and logarithms of a negative variable, where nothing
    # is evaluated (None): they may only tell two expressions apart, or confirm a real identity below.
    signed = _SIGNED_REAL_POINTS if branched else slice(0, 0)
    required = outcomes[: signed.start] + outcomes[signed.stop :] if branched else outcomes
    if branched and None in required:
        # A point where neither side has a value (both leave the reals, \sqrt{1-z} at z > 1, or both pass the cap,
        # e^{t\sqrt{z-1}} at z = 20) tells nothing either way: it is left out, as the signed points are, when enough
        # others agree.
        kept = [
            outcome
            for index, outcome in enumerate(outcomes)
            if not signed.start <= index < signed.stop
            and not (_no_value(values_a[index]) and _no_value(values_b[index]))
        ]
        if len(kept) >= _MIN_POINTS_LEFT:
            required = kept
    if (
        required
        and all(outcome is True for outcome in required)
        and False not in outcomes[signed]
        and not stepped
    ):
        return True
    if branched and not stepped and variables:
        # Not equal on every complex branch: compared as the real functions the answers mean (\ln(e^{3x}) is 3x,
        # e^{x/2} is \sqrt{e^x}, \sqrt{(x-2)^2} is not 2-x); sympy, whose symbols are complex, would call the
        # first two different.
        real = _all_real_point_count(stepped)
        as_real = _as_real_functions(
            outcomes[-real:],
            values_a[-real:],
            values_b[-real:],
            stepped,
            quantities=len(variables) > 1 and not _COORDINATES.intersection(variables),
        )
        if (
            as_real is True
            and len(variables) > 1
            and not _ordered_points_agree(parsed_a, parsed_b, variables)
        ):
            return False
        if as_real is not None:
            return as_real
    if False in outcomes and True not in outcomes:
        if rounding_unit is not None and _within(values_a[0], values_b[0], rounding_unit):
            return None  # 3.14 and π: a rounded value, for the caller's precision policy
        return False
    if stepped and False in outcomes[-_real_point_count(branched, stepped) :]:
        # Step functions agree on whole stretches (\lfloor\frac{n}{2}\rfloor and \lfloor\frac{n+1}{3}\rfloor at
        # n = 1.5), so agreement at some points says nothing; a difference at one point still proves them different
        # functions (simplify, which preserves values, cannot make them one: sympy says "different" too). Only the
        # positive real points count: no branch cut is near, and floor(x)+floor(x+1/2) = floor(2x), true for real x
        # only, is not called different.
        return False
    if stepped and _equal_with_steps_as_atoms(parsed_a.tree, parsed_b.tree, fold_case):
        # A step function agreeing at a few points may still differ between them (see ParsedExpression.stepped),
        # but not when its floors are the same floors, combined the same way.
        return True
    return None


# The whole numbers a step function of a whole number's name (WHOLE_NUMBER_NAMES) is compared at (exactly, as
# rationals: a floor at a whole number is at its jump, where a float evaluation cannot tell). Enough of them must
# have a value on both sides.
_INTEGER_POINTS = range(-3, 41)
_MIN_INTEGER_POINTS = 30


def _compare_at_integers(tree_a: tuple[Any, ...], tree_b: tuple[Any, ...], name: str) -> bool | None:
    """Whether two trees of the one variable ``name`` agree at every whole number of ``_INTEGER_POINTS`` where both
    have an exact rational value (True; at least ``_MIN_INTEGER_POINTS`` of them), differ at one (False), or
    cannot tell (None: a value that is not rational, such as a square root, or too few points)."""
    decided = 0
    for number in _INTEGER_POINTS:
        value = ("n", Fraction(number))
        try:
            value_a = _exact(_substituted(tree_a, ("v", name), value))
            value_b = _exact(_substituted(tree_b, ("v", name), value))
        except (_Undecided, ZeroDivisionError):
            continue  # (no value there: 1/n at 0)
        except (_NotExact, _TooBig):
            return None
        if value_a != value_b:
            return False
        decided += 1
    return True if decided >= _MIN_INTEGER_POINTS else None


def _compare_at_real_points(
    a: str,
    b: str,
    names: frozenset[str],
    fold_case: bool,
    parsed_a: ParsedExpression,
    parsed_b: ParsedExpression,
) -> bool | None:
    """``a`` and ``b`` at the real points of a branched evaluation (signed and positive): False when they clearly
    differ at one, True when they agree at all those evaluated (at least ``_MIN_REAL_AGREEMENTS``; never with a
    floor or ceiling, which agree on whole stretches), else None."""
    variables = tuple(sorted(names))
    stepped = parsed_a.stepped or parsed_b.stepped
    real = _all_real_point_count(stepped)
    values_a = _evaluations(a, variables, True, WORKING_DIGITS, fold_case, stepped)[-real:]
    values_b = _evaluations(b, variables, True, WORKING_DIGITS, fold_case, stepped)[-real:]
    outcomes = [_compare_at_point(x, y) for x, y in zip(values_a, values_b, strict=True)]
    as_real = _as_real_functions(outcomes, values_a, values_b, stepped)
    if (
        as_real is True
        and len(variables) > 1
        and not _ordered_points_agree(parsed_a, parsed_b, variables, fold_case)
    ):
        return False
    return as_real


# Positive values for the variables in increasing and in decreasing order of their names: the seeded real points may
# all order two variables one way (M > m), and |M-m| and M-m part only where they are ordered the other way.
_ORDERED_VALUES = (1.25, 2.5, 3.75, 5.5, 7.25, 9.5, 11.75, 13.5)


def _ordered_points_agree(
    parsed_a: ParsedExpression,
    parsed_b: ParsedExpression,
    variables: tuple[str, ...],
    fold_case: bool = False,
) -> bool:
    """Whether the two trees do not clearly differ at the two points whose (positive) coordinates increase and
    decrease with the variables' order; True where either has no value there (no evidence either way)."""
    if len(variables) > len(_ORDERED_VALUES):
        return True
    precision = _precision()
    context = precision.context
    for values in (_ORDERED_VALUES, _ORDERED_VALUES[len(variables) - 1 :: -1]):
        point = {name: context.mpf(value) for name, value in zip(variables, values, strict=False)}
        try:
            first = _Evaluation(precision, point, fold_case, real_only=True)
            second = _Evaluation(precision, point, fold_case, real_only=True)
            outcome = _compare_at_point(
                (first.value(parsed_a.tree), first.scale), (second.value(parsed_b.tree), second.scale)
            )
        except (_OutsideReals, _Undecided, ZeroDivisionError, ValueError, OverflowError):
            continue
        if outcome is False:
            return False
    return True


# The names of a real unknown or a coordinate, negative as often as positive (never a formula's positive quantity).
_COORDINATES = frozenset("xyz")


def _as_real_functions(
    outcomes: Sequence[bool | str | None],
    values_a: Sequence[Any],
    values_b: Sequence[Any],
    stepped: bool,
    *,
    quantities: bool = False,
) -> bool | None:
    r"""The verdict of the real points of a branched evaluation (the signed ones first, then the positive ones, then
    a step function's): False when the sides clearly differ at one (different real functions, which no
    simplification makes one: sympy says "different" too); True when they agree at every one evaluated, at least
    ``_MIN_REAL_AGREEMENTS`` (e^{3x} at x = 25 is out of range), one of them with a negative coordinate ((x^3)^{1/3}
    has no value we read at x < 0), and no point has a value on one side only (\ln(x^2) and 2\ln x at x < 0: real
    domains that differ); never for a floor or ceiling, which agree on whole stretches; else None.

    ``quantities``: the answers are formulas of several variables, none of them x, y or z (coordinates and
    unknowns, negative as often as not): ``\sqrt{\frac{2h}{g}}``, read as a formula's reader reads it, of positive
    quantities: True when they agree at every positive point, whatever they do where a variable is negative
    (``\frac{\sqrt{2gh}}{g}`` there is negative, the root positive)."""
    positive = outcomes[len(_BRANCH_REAL_RANGES) : 2 * len(_BRANCH_REAL_RANGES)]
    if quantities and not stepped and _agree_at_positive_points(positive, values_a, values_b):
        return True
    if False in outcomes:
        return False
    decided = [outcome for outcome in outcomes if outcome is not None]
    signed = outcomes[: len(_BRANCH_REAL_RANGES)]  # the first and the last always have a negative coordinate
    one_sided = any(
        (x is _OUTSIDE_REALS) != (y is _OUTSIDE_REALS) for x, y in zip(values_a, values_b, strict=True)
    )
    if (
        not stepped
        and not one_sided
        and len(decided) >= _MIN_REAL_AGREEMENTS
        and all(outcome is True for outcome in decided)
        and (signed[0] is True or signed[-1] is True)
    ):
        return True
    if (
        not stepped
        and (one_sided or signed[0] is None or signed[-1] is None)
        and all(outcome is True for outcome in positive)
        and all(outcome is True for outcome in decided)
    ):
        # \sqrt{\frac{k}{m}} and \frac{\sqrt{k}}{\sqrt{m}}, \log(xy) and \log x+\log y: one side has no real value
        # where a variable is negative (or neither has: \sqrt{x^3} and x\sqrt{x}), and they agree wherever both
        # have one, at every positive point: one answer
        # to a reader (whose quantities under a root or a logarithm are positive). Not when both have real values
        # that differ (\sqrt{x^2} and x at x < 0: told apart above).
        return True
    return None


def _agree_at_positive_points(
    positive: Sequence[bool | str | None], values_a: Sequence[Any], values_b: Sequence[Any]
) -> bool:
    r"""Whether formulas of positive quantities agree at the positive real points: at every one, or at all but those
    where a side's value passes the magnitude cap (``V_1^{\gamma-1}`` at V_1 = 28, \gamma = 21), at two at least.
    Not where a side has no real value (``\sqrt{a-b}`` at a < b): a domain that differs."""
    start = len(_BRANCH_REAL_RANGES)
    agreed = 0
    for index, outcome in enumerate(positive):
        if outcome is True:
            agreed += 1
        elif outcome is not None or any(
            value is _OUTSIDE_REALS for value in (values_a[start + index], values_b[start + index])
        ):
            return False
    return agreed >= _MIN_POSITIVE_AGREEMENTS


def _equal_with_steps_as_atoms(tree_a: tuple[Any, ...], tree_b: tuple[Any, ...], fold_case: bool) -> bool:
    """Whether the two trees are one function once every floor or ceiling is an opaque variable, one per
    argument up to the order of sums and products (``1+\\lfloor\\frac{n}{2}\\rfloor`` and
    ``\\lfloor n/2\\rfloor+1``). Equal for every value of the atoms means equal for their actual values: sound. A
    difference means nothing (the atoms are not independent), so this only ever shows "equal"."""
    atoms: dict[Any, str] = {}
    opaque_a = _steps_as_atoms(tree_a, atoms, fold_case)
    opaque_b = _steps_as_atoms(tree_b, atoms, fold_case)
    variables: set[str] = set()
    flags = {"branched": False, "abs": False, "stepped": False}
    _scan(opaque_a, variables, flags)
    _scan(opaque_b, variables, flags)
    if flags["abs"] or flags["stepped"] or not variables:
        return False
    names = tuple(sorted({name.lower() if fold_case else name for name in variables}))
    precision = _precision()
    for point in _points(names, flags["branched"], precision):
        try:
            value_a = _Evaluation(precision, point, fold_case)
            value_b = _Evaluation(precision, point, fold_case)
            outcome = _compare_at_point(
                (value_a.value(opaque_a), value_a.scale), (value_b.value(opaque_b), value_b.scale)
            )
        except (_Undecided, ZeroDivisionError, ValueError, OverflowError):
            return False
        if outcome is not True:
            return False
    return True


def _steps_as_atoms(node: tuple[Any, ...], atoms: dict[Any, str], fold_case: bool) -> tuple[Any, ...]:
    """``node`` with each floor / ceiling replaced by its atom (``_equal_with_steps_as_atoms``)."""
    tag = node[0]
    if tag in ("floor", "ceil"):
        key = (tag, _canonical_key(node[1], fold_case))
        name = atoms.setdefault(key, f"step_{{{len(atoms)}}}")
        return ("v", name)
    if tag in ("+", "*"):
        return (tag, tuple(_steps_as_atoms(child, atoms, fold_case) for child in node[1]))
    if tag in ("neg", "!", "!!", "abs"):
        return (tag, _steps_as_atoms(node[1], atoms, fold_case))
    if tag in ("/", "^", "binom"):
        return (tag, _steps_as_atoms(node[1], atoms, fold_case), _steps_as_atoms(node[2], atoms, fold_case))
    if tag == "root":
        return (tag, node[1], _steps_as_atoms(node[2], atoms, fold_case))
    if tag == "f":
        return (tag, node[1], _steps_as_atoms(node[2], atoms, fold_case))
    if tag == "log":
        base = None if node[1] is None else _steps_as_atoms(node[1], atoms, fold_case)
        return (tag, base, _steps_as_atoms(node[2], atoms, fold_case))
    return node


def _canonical_key(node: tuple[Any, ...], fold_case: bool) -> Any:
    """A key equal for trees that differ only in the order of sums and products (and, with ``fold_case``, in the
    case of names): structural, so no two different functions share one."""
    tag = node[0]
    if tag == "v":
        return ("v", node[1].lower() if fold_case else node[1])
    if tag in ("+", "*"):
        return (tag, tuple(sorted((_canonical_key(child, fold_case) for child in node[1]), key=repr)))
    return tuple(
        _canonical_key(part, fold_case)
        if isinstance(part, tuple) and part and isinstance(part[0], str)
        else part
        for part in node
    )


def _real_point_count(branched: bool, stepped: bool) -> int:
    """How many of ``_points``' last points are positive reals (with a branch or a step; else none is)."""
    return (_BRANCH_REAL_POINTS if branched else 0) + (len(_STEPPED_RANGES) if stepped else 0)


def _all_real_point_count(stepped: bool) -> int:
    """How many of the last points of a branched ``_points`` are real: the signed ones, then the positive ones."""
    return 2 * _BRANCH_REAL_POINTS + (len(_STEPPED_RANGES) if stepped else 0)


def _folded_names(names: frozenset[str]) -> frozenset[str] | None:
    """The variable names as latex2sympy2_extended names its symbols: lower-cased (``C`` and ``c`` are one
    symbol there, ``R_{A}`` is ``r_a``, ``\\Delta`` is ``delta``). None when that reading is not a plain
    lower-cased symbol (``E`` stays a symbol but ``e`` is Euler's number, ``I`` and ``I_0`` are the imaginary unit,
    ``\\gamma`` and ``\\Gamma`` Euler's constant, ``u(t)`` an applied function that keeps its case) or when one side
    writes one name in two cases (``M`` and ``m`` in one answer are two things; merging them would be sympy's
    reading, not the writer's, so it is left to the symbolic stage)."""
    folded = frozenset(name.lower() for name in names)
    if len(folded) != len(names):
        return None
    for name in names:
        base = name.partition("_")[0]
        if "(" in name or base in ("E", "I") or base.lower() == "gamma":
            return None
    return folded


def _check_finer(
    a: tuple[Any, Any] | None,
    b: tuple[Any, Any] | None,
    finer_a: tuple[Any, Any] | None,
    finer_b: tuple[Any, Any] | None,
) -> bool | None:
    """Settle a tiny difference with the same point evaluated at ``CHECK_DIGITS``.

    Rounding noise shrinks by orders of magnitude (equal, when it was within ``EQUAL_TOLERANCE`` of the scale); a
    real difference stays put (different, when it is not small relative to the values); anything else is None.
    """
    if a is None or b is None or finer_a is None or finer_b is None:
        return None
    coarse = abs(a[0] - b[0])
    finer = abs(finer_a[0] - finer_b[0])
    scale = max(a[1], b[1])
    if (finer == 0 or finer <= NOISE_SHRINK * coarse) and coarse <= EQUAL_TOLERANCE * scale:
        return True
    magnitude = max(abs(finer_a[0]), abs(finer_b[0]))
    if abs(finer - coarse) <= STABLE_DIFFERENCE * finer and finer > DIFFERENT_TOLERANCE * magnitude:
        return False
    return None


def _within(a: tuple[Any, Any] | None, b: tuple[Any, Any] | None, unit: Fraction) -> bool:
    """Whether two evaluated constants differ by at most ``unit``."""
    if a is None or b is None:
        return False
    return bool(abs(a[0] - b[0]) <= _context(constant=True).mpf(unit.numerator) / unit.denominator)


# ---------------------------------------------------------------------------------------------------------------
# Derivatives as opaque symbols
#
# An ODE answer spells the same derivative many ways: ``\frac{dx}{dt}``, ``\frac{dx(t)}{dt}``, ``x'``,
# ``x^{\prime}``, ``\dot{x}``; ``\frac{d^{2}x}{dt^{2}}``, ``x''``, ``\ddot{x}``. Each is rewritten to one symbol
# named by the function and the order (``x_{D1}``, ``\theta_{D2}``, ``v_{oD2}``), which the parser reads as a
# variable. Treating a derivative as an independent variable is sound for identity and proportionality: two
# expressions that agree for every value of the symbols agree for every function. Inside such a pair, ``x(t)``
# with ``t`` the independent variable (``t``, or the ``dt`` of a Leibniz quotient) is the function ``x`` itself;
# ``I(0)`` (a value at a point) and ``x(x+1)`` (a product) are never rewritten and stay undecided.

_GREEK_NAMES = "|".join(sorted(_GREEK, key=len, reverse=True))
# A function name: one letter or a Greek letter, with an optional short subscript (x_0, v_{o}, \theta_1).
_FUNCTION_NAME = (
    rf"(?:\\(?:{_GREEK_NAMES})(?![A-Za-z])|[A-Za-z])(?:_(?:[A-Za-z0-9]|\{{[A-Za-z0-9]{{1,2}}\}}))?"
)
_ORDER = r"(?:\^\{?([1-3])\}?)?"
_LEIBNIZ_RE = compile_lazily(
    rf"\\[dt]?frac\{{d{_ORDER} ?({_FUNCTION_NAME})(?:\(([a-z])\))?\}}\{{d ?([a-z]){_ORDER}\}}"
)
_PRIME_RE = compile_lazily(
    rf"(?<!\\)({_FUNCTION_NAME})('{{1,3}}|\^\{{(?:\\prime){{1,3}}\}}|\^\\prime(?![A-Za-z]))(?:\(([a-z])\))?"
)
_DOT_RE = compile_lazily(rf"\\(dd?)ot ?\{{({_FUNCTION_NAME})\}}(_(?:[A-Za-z0-9]|\{{[A-Za-z0-9]{{1,2}}\}}))?")
_DERIVATIVE_MARK_RE = compile_lazily(r"'|\\prime|\\d?dot(?![A-Za-z])|\\[dt]?frac\{d")
_APPLIED_RE = compile_lazily(rf"(?<!\\)({_FUNCTION_NAME})\(([a-z])\)")
_MAX_DERIVATIVE_TEXT = 2 * MAX_EXPRESSION_CHARS


def derivative_symbol(name: str, order: int) -> str:
    """``x`` order 1 -> ``x_{D1}``; ``v_{o}`` order 2 -> ``v_{oD2}``; ``\\theta_1`` -> ``\\theta_{1D1}``."""
    base, _, subscript = name.partition("_")
    return f"{base}_{{{subscript.strip('{}')}D{order}}}"


def _inside_command(text: str, start: int) -> bool:
    """Whether the letter at ``start`` belongs to a command name (the ``n`` of ``\\sin``): looked back a bounded way."""
    index = start
    while index > 0 and start - index < 16 and text[index - 1].isascii() and text[index - 1].isalpha():
        index -= 1
    return index > 0 and (text[index - 1] == "\\" or start - index >= 16)


def derivatives_as_symbols(texts: tuple[str, ...]) -> tuple[str, ...] | None:
    """The texts with every derivative spelled as one opaque symbol per function and order, or None.

    None when no text has a derivative, when one would be left half-read (a stray prime), when the orders of a
    Leibniz quotient disagree, or when a generated name already occurs in the input: the caller then keeps its
    answer "undecided". Linear regexes over inputs capped at ``2 * MAX_EXPRESSION_CHARS`` characters.

    Example:
        >>> derivatives_as_symbols(("\\\\frac{dx(t)}{dt}+x(t)", "x^{\\\\prime}+x"))
        ('x_{D1}+x', 'x_{D1}+x')
        >>> derivatives_as_symbols(("\\\\ddot{\\\\theta}", "\\\\frac{d^{2}\\\\theta}{dt^{2}}"))
        ('\\\\theta_{D2}', '\\\\theta_{D2}')
        >>> derivatives_as_symbols(("I(0)", "x'")) is None   # I(0) is a value, not the function: left unread
        False
        >>> derivatives_as_symbols(("x+1", "2x")) is None     # no derivative at all
        True
    """
    rewrite = _rewrite_derivatives(texts)
    return None if rewrite is None else rewrite[0]


def _rewrite_derivatives(texts: tuple[str, ...]) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """``derivatives_as_symbols`` and the independent variables it read (``t``, the ``dt`` of a quotient)."""
    if sum(len(text) for text in texts) > _MAX_DERIVATIVE_TEXT:
        return None
    if not any(_DERIVATIVE_MARK_RE.search(text) for text in texts):
        return None
    if any("D" in text for text in texts):
        return None  # the generated names use D in a subscript; an input with its own D is not rewritten
    explicit: set[str] = set()  # independent variables written out: the dt of a quotient, the t of y'(t)
    dots = [False]
    orders_agree = True

    def leibniz(match: re.Match[str]) -> str:
        nonlocal orders_agree
        top, name, argument, variable, bottom = match.groups()
        if (top or "1") != (bottom or "1") or (argument is not None and argument != variable):
            orders_agree = False
        explicit.add(variable)
        return derivative_symbol(name, int(top or "1"))

    def prime(match: re.Match[str]) -> str:
        name, marks, argument = match.groups()
        if not name.startswith("\\") and _inside_command(match.string, match.start()):
            return match.group(0)  # left with its prime: the whole pair is then unread
        order = marks.count("'") or marks.count("prime")
        if argument is not None:
            explicit.add(argument)
        return derivative_symbol(name, order)

    def dot(match: re.Match[str]) -> str:
        kind, name, subscript = match.groups()
        dots[0] = True
        if subscript is not None:
            if "_" in name:
                return match.group(0)  # a subscript on a subscripted name: left unread (no symbol)
            name += subscript
        return derivative_symbol(name, 2 if kind == "dd" else 1)

    rewritten = [_DOT_RE.sub(dot, _PRIME_RE.sub(prime, _LEIBNIZ_RE.sub(leibniz, text))) for text in texts]
    # One independent variable for the whole pair: \dot{x} (a time derivative) and \frac{dx}{ds} are not one symbol.
    if not orders_agree or len(explicit) > 1 or (dots[0] and explicit - {"t"}):
        return None
    variables = explicit or {"t"}
    if variables & {"e", "i"}:
        return None

    def applied(match: re.Match[str]) -> str:
        name, argument = match.groups()
        if not name.startswith("\\") and _inside_command(match.string, match.start()):
            return match.group(0)  # \\sin(t) is a function value, never the function "n"
        if argument in variables and name != argument:
            return name
        return match.group(0)

    rewritten = [_APPLIED_RE.sub(applied, text) for text in rewritten]
    if any(_DERIVATIVE_MARK_RE.search(text) or "\\dot" in text for text in rewritten):
        return None
    return tuple(rewritten), frozenset(variables)


def _variable_text(name: str) -> str:
    """A parser variable name as text it reads back: ``x_0`` -> ``x_{0}``, ``theta`` -> ``\\theta``."""
    base, _, subscript = name.partition("_")
    text = f"\\{base}" if base in _GREEK else base
    return f"{text}_{{{subscript}}}" if subscript else text


def differential_equations_proportional(a: str, b: str) -> bool | None:
    """Whether two equation differences (``lhs-rhs``) state the same differential equation: True or None.

    Derivatives become opaque symbols (:func:`derivatives_as_symbols`); the differences are then the same
    equation when one is a non-zero constant multiple of the other, or of the other times one parameter (a
    variable that is neither a function, its derivative, nor the independent variable): ``m\\frac{dv}{dt}+bv-f``
    and ``\\frac{dv}{dt}-\\frac{f-bv}{m}``. Never False; bounded like :func:`proportional`.

    Example:
        >>> differential_equations_proportional("(m\\\\frac{dv}{dt}+bv)-(f)", "(\\\\frac{dv}{dt})-(\\\\frac{f-bv}{m})")
        True
        >>> differential_equations_proportional("(m\\\\frac{dv}{dt}+bv)-(f)", "(v')-(f-bv)") is None
        True
        >>> differential_equations_proportional("(x'+tx)-(0)", "(x'+x)-(0)") is None   # t is no parameter
        True
    """
    try:
        rewrite = _rewrite_derivatives((a, b))
        if rewrite is None:
            return None
        (rewritten_a, rewritten_b), independent = rewrite
        if proportional(rewritten_a, rewritten_b) is True:
            return True
        parsed_a = _parse_cached(rewritten_a.strip())
        parsed_b = _parse_cached(rewritten_b.strip())
        if parsed_a is None or parsed_b is None or parsed_a.variables != parsed_b.variables:
            return None
        derivatives = {name for name in parsed_a.variables if "D" in name}
        functions = {name.rsplit("D", 1)[0].rstrip("_") for name in derivatives}
        parameters = sorted(parsed_a.variables - derivatives - functions - independent)
        for parameter in parameters[:6]:
            factor = _variable_text(parameter)
            if proportional(rewritten_a, f"({rewritten_b})\\cdot {factor}") is True:
                return True
            if proportional(f"({rewritten_a})\\cdot {factor}", rewritten_b) is True:
                return True
        return None
    except Exception:
        return None


def differential_equations_equal(a: str, b: str) -> bool | None:
    """Whether two equation differences (``lhs-rhs``) state the same differential equation: True, False or None.

    After :func:`differential_equations_proportional`, an equation linear in its highest derivative ``D``
    (``A D + B = 0`` with ``A``, ``B`` free of ``D``, ``A`` not zero) is solved for it: two such equations with the
    same highest derivative are the same exactly when ``-B/A`` is the same expression of the other symbols, and
    different otherwise (derivatives being opaque symbols, a difference at some values of them is a difference of
    the equations). Anything else (several highest derivatives, another highest order, non-linear in ``D``,
    over the length cap) is None. Bounded like :func:`identity_equal`.

    Example:
        >>> differential_equations_equal("(x''+\\\\frac{g}{l}\\\\sin x)-(0)", "(lx''+g\\\\sin x)-(0)")
        True
        >>> differential_equations_equal("(x''+\\\\frac{g}{l}\\\\sin x)-(0)", "(lx''-g\\\\sin x)-(0)")
        False
        >>> differential_equations_equal("(x''+x)-(0)", "(x'+x)-(0)") is None   # other highest derivatives
        True
    """
    if differential_equations_proportional(a, b) is True:
        return True
    try:
        rewrite = _rewrite_derivatives((a, b))
        if rewrite is None:
            return None
        solved = [_solved_for_highest_derivative(text) for text in rewrite[0]]
        if solved[0] is None or solved[1] is None or solved[0][0] != solved[1][0]:
            return None
        return identity_equal(solved[0][1], solved[1][1], variables_must_match=False)
    except Exception:
        return None


def _solved_for_highest_derivative(text: str) -> tuple[str, str] | None:
    """(the highest derivative's name, ``-B/A`` as text) for a difference ``A D + B`` linear in it, else None."""
    parsed = _parse_cached(text.strip())
    if parsed is None:
        return None
    orders: dict[str, int] = {}
    for name in parsed.variables:
        marker = name.rfind("D")
        if marker > 0 and name[marker + 1 :].isdigit():
            orders[name] = int(name[marker + 1 :])
    if not orders:
        return None
    top = max(orders.values())
    highest = [name for name, order in orders.items() if order == top]
    if len(highest) != 1:
        return None
    symbol = _variable_text(highest[0])
    if text.count(symbol) == 0:
        return None
    # in braces, a group the parser multiplies: "l(1)" would read as a function value
    at = [text.replace(symbol, f"{{{value}}}") for value in (0, 1, 2)]
    coefficient = f"({at[1]})-({at[0]})"
    # linear in the symbol: f(2) + f(0) = 2 f(1); a coefficient that is not identically zero
    if identity_equal(f"({at[2]})+({at[0]})", f"2\\cdot({at[1]})", variables_must_match=False) is not True:
        return None
    if identity_equal(coefficient, "0", variables_must_match=False) is not False:
        return None
    return highest[0], f"-\\frac{{{at[0]}}}{{{coefficient}}}"
