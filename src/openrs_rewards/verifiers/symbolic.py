"""The symbolic stage: LaTeX → sympy with latex2sympy2_extended, structure-aware comparison, math-verify fallback.

``symbolic_compare`` may be slow, hang in C-level sympy work, or eat memory, so it is ONLY called inside a guarded
worker process with a hard deadline (``verifiers.guard``), or in-process by tests via ``cascade.compare``.

Security: model text reaches sympy only through latex2sympy2_extended's ANTLR LaTeX grammar, which builds sympy
objects directly (its ``sympify`` calls only ever see already-built sympy objects; its one ``parse_expr`` call is for
``variable_values``, which we never pass). Nothing here calls ``eval``, ``exec``, ``sympify`` on a string or
``parse_expr``; math-verify is used only through its ``LatexExtractionConfig`` path (its ``ExprExtractionConfig``
would call ``parse_expr``), with its ``signal.alarm`` timeouts switched off (the guard owns the clock).

Structure (decided before sympy sees the text, by ``verifiers.structure``, the same rules as the fast path):
    * ``\\{a, b\\}`` is a set, a bare ``a, b`` (or ``a or b``, ``\\pm``) a solution set, ``(a, b)`` an ordered
      tuple, ``(a, b]`` / ``[a, b)`` / ``[a, b]`` intervals; two intervals are equal only with the same brackets;
      named parts, relations-as-intervals and matrices as documented there.
    * Relations: ``x > 2`` equals ``2 < x``; ``y = 2x+1`` equals ``2x+1``; equations are equal when their sides
      are equal, their differences agree up to sign, or one is a non-zero multiple of the other; a one-variable
      relation equals the set it describes (``-y>-2`` equals ``(-\\infty,2)``).
    * Numbers: exact where both sides are exact; the rounding policy of ``numeric`` for decimal literals (``1.414``
      is ``\\sqrt{2}`` rounded); otherwise a relative tolerance of 1e-12 on 30-digit evaluations, never an absolute
      one (``1/2^{99}`` and ``1/2^{98}`` differ).

Example:
    >>> symbolic_compare("10-2\\\\sqrt{5}", "-2\\\\sqrt{5}+10")
    Decision(equal=True, method='symbolic', predicted='10-2\\\\sqrt{5}')
"""

from __future__ import annotations

import contextlib
import contextvars
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.numeric import ParsedNumber, numbers_match, parse_number, rounds_to
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.residue_class import residue_class, same_residue_class
from openrs_rewards.verifiers.structure import Structure, parse_structure, structures_equal
from openrs_rewards.verifiers.verdict import Decision, InvalidGoldError

__all__ = ["InvalidGoldError", "SymbolicConfig", "symbolic_compare"]

MAX_SYMBOLIC_CHARS = 2_000  # longer text is not sent to the LaTeX parser
RELATIVE_TOLERANCE = 1e-12
_DECIMAL_RE = compile_lazily(r"\d\.\d|(?<!\d)\.\d")
# Whether both answers being compared are free of decimals (set per comparison; a context variable keeps threads
# that call ``cascade.compare`` in-process apart).
_EXACT_INPUTS: contextvars.ContextVar[bool] = contextvars.ContextVar("exact_inputs", default=False)
_SUBSCRIPTED_E = compile_lazily(r"(?<![\\A-Za-z])E(?=_)")


@dataclass(frozen=True, slots=True)
class SymbolicConfig:
    """Options of the symbolic stage.

    Attributes:
        use_math_verify: ask math-verify's LaTeX path when our own parser cannot read one side.
    """

    use_math_verify: bool = True


DEFAULT_SYMBOLIC = SymbolicConfig()


_PRIMES_RE = compile_lazily(r"(?<=[A-Za-z}\)])('{1,4})|\^\{(\\prime(?:\\prime){0,3})\}")
_DOTS_RE = compile_lazily(r"\\(dddot|ddot|dot)\{")
_LEIBNIZ_RE = compile_lazily(r"\\frac\{d(?:\^\{?(\d)\}?)?\s*[A-Za-z\\]")


def derivative_orders(text: str) -> frozenset[int]:
    """The orders of the derivatives written in ``text`` (primes, dots, Leibniz quotients), whatever the spelling.

    >>> sorted(derivative_orders("x''+x^{\\\\prime}=\\\\frac{d^{2}y}{dt^{2}}")), sorted(derivative_orders("x+1"))
    ([1, 2], [])
    """
    orders: set[int] = set()
    for match in _PRIMES_RE.finditer(text):
        orders.add(len(match.group(1)) if match.group(1) else match.group(2).count("\\prime"))
    for match in _DOTS_RE.finditer(text):
        orders.add({"dot": 1, "ddot": 2, "dddot": 3}[match.group(1)])
    for match in _LEIBNIZ_RE.finditer(text):
        orders.add(int(match.group(1)) if match.group(1) else 1)
    return frozenset(orders)


def symbolic_compare(predicted: str, gold_text: str, config: SymbolicConfig = DEFAULT_SYMBOLIC) -> Decision:
    """Compare with sympy; ``gold_text`` is ``PreparedGold.text``. Raises ``InvalidGoldError`` for an unparseable gold.

    Runs without a deadline of its own: call it only inside a guarded worker. The structure (sets, tuples,
    intervals, relations, named parts, matrices) is read by ``verifiers.structure``, the same rules as the fast
    path; sympy compares the elements.

    Example:
        >>> symbolic_compare("\\\\{2, 1\\\\}", "\\\\{1,2\\\\}").equal
        True
        >>> symbolic_compare("(2, 1)", "(1,2)").equal
        False
        >>> symbolic_compare("\\\\sqrt{2}", "1.414").equal
        True
    """
    predicted_text = normalize_answer(predicted) if isinstance(predicted, str) else ""
    gold_norm = normalize_answer(gold_text)
    shown = predicted_text  # (the answer as the verdict shows it, whatever its names are read as)
    predicted_text, gold_norm = _cases_kept_apart(predicted_text, gold_norm)
    gold = parse_structure(gold_norm)
    if not _structure_parses(gold, 0):
        if config.use_math_verify and _math_verify_parse(gold_norm) is not None:
            return Decision(_math_verify_equal(predicted_text, gold_norm), "math_verify", shown)
        if residue_class(gold_norm) is not None:
            # ("3 \\mid n": a set of integers sympy cannot read, which the residue classes compared before did not
            # equal: an answer of another kind, no bad gold)
            return Decision(bool(same_residue_class(predicted_text, gold_norm)), "residue_class", shown)
        raise InvalidGoldError(f"cannot parse gold answer {gold_text[:200]!r}")
    if not predicted_text:
        return Decision(False, "symbolic", shown)
    if derivative_orders(predicted_text) != derivative_orders(gold_norm):
        # latex2sympy reads a prime as nothing ("x''+x=0" parses like "x+x=0"), so sympy would call "x''" and "x'"
        # equal. Answers whose derivatives are of different orders are never the same answer.
        return Decision(False, "symbolic", shown)
    prediction = parse_structure(predicted_text)
    equal: bool | None
    try:
        equal = structures_equal(prediction, gold, _element_equal)
    except Exception:
        equal = False
    if equal is None:
        # A part of the prediction that our parser cannot read: math-verify's parser may.
        if config.use_math_verify:
            return Decision(_math_verify_equal(predicted_text, gold_norm), "math_verify", shown)
        return Decision(False, "symbolic", shown)
    return Decision(equal, "symbolic", shown)


# ---------------------------------------------------------------------------------------------------------------
# Parsing


def _cases_kept_apart(predicted: str, gold: str) -> tuple[str, str]:
    """Both texts with each capital letter that one of them also writes in lower case ("\\frac{GMr}{R^3}": R and r)
    written as a Greek letter neither uses, alike in both. latex2sympy lower-cases every name, so it would read R as
    r; within one answer two cases are two quantities (a field inside a planet of radius R at distance r). A name
    that one side writes as a capital and the other in lower case ("2\\pi R" for "2\\pi r") is another quantity too
    (a radius R is not a distance r), unless its name is an arbitrary constant's ("Ce^{-2t}" for "ce^{-2t}": A, B,
    C, D, K, which the expression stage reads alike as well). E and I are left alone (latex2sympy's symbol e and
    imaginary unit)."""
    colliding = (
        _colliding_capitals(predicted)
        | _colliding_capitals(gold)
        | _capitals_written_small_across(predicted, gold)
        | _capitals_written_small_across(gold, predicted)
    )
    if not colliding:
        return predicted, gold
    spare = [name for name in _SPARE_NAMES if name not in predicted and name not in gold]
    renamed = dict(zip(sorted(colliding), spare, strict=False))

    def rename(found: re.Match[str]) -> str:
        letter = found.group(1)
        return found.group() if letter is None or letter not in renamed else renamed[letter] + " "

    return _LETTER_OR_COMMAND.sub(rename, predicted), _LETTER_OR_COMMAND.sub(rename, gold)


def _colliding_capitals(text: str) -> set[str]:
    """The capital letters ``text`` writes as names that it also writes in lower case (E and I aside)."""
    if not any("A" <= char <= "Z" for char in text):
        return set()
    letters = _letters_named(text)
    return {
        letter for letter in letters if letter.isupper() and letter.lower() in letters and letter not in "EI"
    }


def _capitals_written_small_across(text: str, other: str) -> set[str]:
    """The capital letters ``text`` writes as names that ``other`` writes in lower case only (constants' initials,
    E and I aside)."""
    if not any("A" <= char <= "Z" for char in text):
        return set()
    # (names in formulas, not the letters of a word: "Odd" is no O, "\\text{North}" no N)
    mine = _letters_named(_WORDS_IN_FORMULA.sub(" ", text))
    theirs = _letters_named(_WORDS_IN_FORMULA.sub(" ", other))
    return {
        letter
        for letter in mine
        if letter.isupper() and letter not in "EIABCDK" and letter.lower() in theirs and letter not in theirs
    }


# Text in a formula, and a run of three letters or more: a word's letters, not names
_WORDS_IN_FORMULA = compile_lazily(
    r"\\(?:text|mathrm|mbox|operatorname|textbf)\s*\{[^{}]*\}|(?<![\\A-Za-z])[A-Za-z]{3,}"
)


def _letters_named(text: str) -> set[str]:
    return {found.group(1) for found in _LETTER_OR_COMMAND.finditer(text) if found.group(1) is not None}


_LETTER_OR_COMMAND = compile_lazily(r"\\[A-Za-z]+|([A-Za-z])")
# Greek letters latex2sympy reads as plain symbols, for the capitals above
_SPARE_NAMES = ("\\xi", "\\zeta", "\\kappa", "\\chi", "\\psi", "\\eta", "\\upsilon", "\\varsigma")


def _structure_parses(structure: Structure, depth: int) -> bool:
    """Every element of a gold structure is readable (by sympy, or as a word answer)."""
    if depth > 4:
        return False
    if structure.kind in ("value", "relation", "matrix"):
        return _is_word(structure.text) or _parse_element(structure.text) is not None
    return all(
        _structure_parses(parse_structure(item), depth + 1) if item != structure.text else False
        for item in structure.items
    )


@lru_cache(maxsize=4_096)
def _parse_element(text: str) -> Any | None:
    if not text or len(text) > MAX_SYMBOLIC_CHARS:
        return None
    try:
        return _latex(text)
    except Exception:
        return None


def _is_word(text: str) -> bool:
    return len(text) >= 2 and text.isascii() and text.isalpha()


def _element_equal(predicted: str, gold: str) -> bool | None:
    """Sympy comparison of two elements (prediction first); None when the prediction element cannot be read."""
    if predicted == gold:
        return True
    if _is_word(gold) and _is_word(predicted) and predicted.lower() == gold.lower():
        return True
    predicted_number = parse_number(predicted)
    gold_number = parse_number(gold)
    if predicted_number is not None and gold_number is not None:
        return numbers_match(predicted_number, gold_number)
    gold_object = _parse_element(gold)
    if gold_object is None:
        return False if _is_word(gold) else None
    predicted_object = _parse_element(predicted)
    if predicted_object is None:
        return None
    if _rounded_match(predicted_number, predicted_object, gold_number, gold_object):
        return True
    # Decimals are read as exact rationals, so only answers without a decimal point are compared exactly.
    token = _EXACT_INPUTS.set(_DECIMAL_RE.search(predicted) is None and _DECIMAL_RE.search(gold) is None)
    try:
        return _objects_equal(predicted_object, gold_object)
    except Exception:
        return False
    finally:
        _EXACT_INPUTS.reset(token)


def _rounded_match(
    predicted_number: ParsedNumber | None,
    predicted_object: Any,
    gold_number: ParsedNumber | None,
    gold_object: Any,
) -> bool:
    """A rounded decimal on one side and an exact constant (``\\sqrt{2}``, ``\\pi``) on the other (see
    ``numeric``'s rounding policy)."""
    if gold_number is not None and gold_number.quantum is not None and not gold_number.percent:
        exact = _constant_fraction(predicted_object)
        return exact is not None and rounds_to(exact, gold_number, is_gold=True)
    if predicted_number is not None and predicted_number.quantum is not None and not predicted_number.percent:
        exact = _constant_fraction(gold_object)
        return exact is not None and rounds_to(exact, predicted_number, is_gold=False)
    return False


def _constant_fraction(expression: Any) -> Fraction | None:
    """A real constant evaluated to 50 digits, as a fraction; None for anything else."""
    import sympy

    try:
        if not isinstance(expression, sympy.Expr) or expression.free_symbols:
            return None
        value = sympy.N(expression, 50)
        if not (value.is_real and value.is_finite) or not value.is_Float:
            return None
        return Fraction(str(value))
    except Exception:
        return None


def _latex(text: str) -> Any:
    import sympy

    from openrs_rewards.verifiers.tree_sympy import latex_to_sympy

    if not text:
        raise ValueError("empty element")
    # The ANTLR parse is most of the worker's time (5-120 ms a string); where expr's tree gives latex2sympy's very
    # object (see tree_sympy), it takes microseconds.
    expression = latex_to_sympy(text)
    if expression is None:
        expression = _antlr_latex(text)
    return _canonical_atoms(expression, sympy)


# A gcd or lcm of something other than numbers: latex2sympy evaluates sympy's gcd, which is 1 for two symbols
# ("m+n-\\gcd(m,n)" would read as m+n-1); written as an unknown function it stays itself.
_SYMBOLIC_GCD = compile_lazily(
    r"\\(?:gcd|lcm|operatorname ?\{(?:gcd|lcm)\})(?= ?\((?:[^()]*[A-Za-z])[^()]*\))"
)


def _antlr_latex(text: str) -> Any:
    """latex2sympy2_extended's reading of ``text`` through its ANTLR parser (before ``_canonical_atoms``)."""
    if "gcd" in text or "lcm" in text:
        text = _SYMBOLIC_GCD.sub(
            lambda match: "\\mathrm{" + ("gcd" if "gcd" in match.group() else "lcm") + "}", text
        )
    try:
        return _latex2sympy(text)
    except Exception:
        # latex2sympy's grammar reads a capital E before a subscript as an exponent marker ("E_{1}" fails to parse);
        # as \mathrm{E} it is the symbol physics golds mean (Minerva: "\frac{1}{3} E_{1}+\frac{2}{3} E_{2}").
        renamed = _SUBSCRIPTED_E.sub(r"\\mathrm{E}", text)
        if renamed == text:
            raise
        return _latex2sympy(renamed)


def _latex2sympy(text: str) -> Any:
    """latex2sympy2_extended's reading of ``text``, parsed in two stages, as ANTLR advises for speed: first with
    SLL prediction (no full-context lookahead), and only when that reports a syntax error again with the full LL
    prediction latex2sympy uses. SLL is the expensive part of a parse done cheaper: ~30% of the worker's time on
    real answers. When the SLL pass succeeds the grammar gives the same tree (checked on the 2,712 distinct answers
    and golds of the real completions and benchmarks: identical sympy objects), and a text SLL cannot parse gets
    latex2sympy's own parse, so nothing is read differently."""
    from latex2sympy2_extended import latex2sympy

    sll = _sll_converter()
    if sll is not None:
        with contextlib.suppress(Exception):
            return sll(text)
    return latex2sympy(text, convert_degrees=False)


@lru_cache(maxsize=1)
def _sll_converter() -> Callable[[str], Any] | None:
    """A converter that is latex2sympy(text, convert_degrees=False) with SLL prediction; None when the installed
    latex2sympy2_extended does not have the parts it is built from (its parse then runs as it comes)."""
    try:
        from antlr4.atn.PredictionMode import PredictionMode
        from latex2sympy2_extended import latex2sympy2 as module

        converter_type: type = module._Latex2Sympy
        normalize_latex = module.normalize_latex
        normalization = module.NormalizationConfig()
        conversion = module.ConversionConfig()
    except (ImportError, AttributeError):
        return None

    class _SLLLatex2Sympy(converter_type):
        def create_parser(self, latex_str: str) -> Any:
            parser = super().create_parser(latex_str)
            parser._interp.predictionMode = PredictionMode.SLL
            return parser

    def convert(text: str) -> Any:
        converter = _SLLLatex2Sympy(None, None, False, config=conversion)
        return converter.parse(normalize_latex(text, normalization))

    return convert


def _canonical_atoms(expression: Any, sympy: Any) -> Any:
    """Floats → exact rationals (from their decimal text); the symbol ``i`` → the imaginary unit."""
    if isinstance(expression, sympy.MatrixBase):
        return expression.applyfunc(lambda element: _canonical_atoms(element, sympy))
    if not isinstance(expression, sympy.Basic):
        return expression
    replacements: dict[Any, Any] = {}
    for atom in expression.atoms(sympy.Float):
        replacements[atom] = sympy.Rational(str(atom))
    for symbol in expression.free_symbols:
        if getattr(symbol, "name", None) == "i":
            replacements[symbol] = sympy.I
    return expression.xreplace(replacements) if replacements else expression


# ---------------------------------------------------------------------------------------------------------------
# Comparison


def _unordered_equal(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    remaining = list(b)
    for item in a:
        for index, candidate in enumerate(remaining):
            if _objects_equal(item, candidate):
                del remaining[index]
                break
        else:
            # A set may repeat an element ({1, 1, 2} = {1, 2}): accept a match already used.
            if not any(_objects_equal(item, candidate) for candidate in b):
                return False
    return not remaining or all(any(_objects_equal(candidate, item) for item in a) for candidate in remaining)


def _objects_equal(a: Any, b: Any) -> bool:
    import sympy

    if a == b:
        return True
    if isinstance(a, sympy.MatrixBase) or isinstance(b, sympy.MatrixBase):
        if not (isinstance(a, sympy.MatrixBase) and isinstance(b, sympy.MatrixBase)) or a.shape != b.shape:
            return False
        return all(_objects_equal(x, y) for x, y in zip(list(a), list(b), strict=True))
    if not isinstance(a, sympy.Basic) or not isinstance(b, sympy.Basic):
        return False
    a_is_eq = isinstance(a, sympy.Eq)
    b_is_eq = isinstance(b, sympy.Eq)
    if a_is_eq and b_is_eq:
        return _equations_equal(a, b)
    if a_is_eq != b_is_eq:
        equation, other = (a, b) if a_is_eq else (b, a)
        if isinstance(equation.lhs, sympy.Symbol) and not isinstance(other, sympy.Rel):
            return _objects_equal(equation.rhs, other)
        if isinstance(equation.rhs, sympy.Symbol) and not isinstance(other, sympy.Rel):
            return _objects_equal(equation.lhs, other)
        return False
    if isinstance(a, sympy.Set) != isinstance(b, sympy.Set):
        # A one-variable relation is the set it describes ("-y>-2" and "(-\\infty, 2)").
        relation, other = (b, a) if isinstance(a, sympy.Set) else (a, b)
        if isinstance(relation, (sympy.Rel, sympy.And)) and len(relation.free_symbols) == 1:
            try:
                return _sets_equal(relation.as_set(), other)
            except Exception:
                return False
    if isinstance(a, sympy.Rel) or isinstance(b, sympy.Rel):
        return isinstance(a, sympy.Rel) and isinstance(b, sympy.Rel) and _relations_equal(a, b)
    if isinstance(a, sympy.And) or isinstance(b, sympy.And):
        if not (isinstance(a, sympy.And) and isinstance(b, sympy.And)):
            return False
        return _unordered_equal(tuple(a.args), tuple(b.args))
    if isinstance(a, sympy.Set) or isinstance(b, sympy.Set):
        return _sets_equal(a, b)
    if isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr):
        return _expressions_equal(a, b)
    return False


def _equations_equal(a: Any, b: Any) -> bool:
    if _expressions_equal(a.lhs, b.lhs) and _expressions_equal(a.rhs, b.rhs):
        return True
    if _expressions_equal(a.lhs, b.rhs) and _expressions_equal(a.rhs, b.lhs):
        return True
    difference_a = a.lhs - a.rhs
    difference_b = b.lhs - b.rhs
    if _expressions_equal(difference_a, difference_b) or _expressions_equal(difference_a, -difference_b):
        return True
    # The same equation scaled (2x+2y=2 and x+y=1): the differences have a constant non-zero ratio.
    import sympy

    if _varies(difference_a / difference_b):
        return False  # a ratio with two different values is not a constant
    try:
        ratio = sympy.simplify(difference_a / difference_b)
    except Exception:
        return False
    return bool(ratio.is_number and ratio != 0 and ratio.is_finite)


def _relations_equal(a: Any, b: Any) -> bool:
    canonical_a = a.canonical
    canonical_b = b.canonical
    if type(canonical_a) is not type(canonical_b):
        reversed_b = canonical_b.reversed
        if type(canonical_a) is not type(reversed_b):
            return False
        canonical_b = reversed_b
    return _expressions_equal(canonical_a.lhs, canonical_b.lhs) and _expressions_equal(
        canonical_a.rhs, canonical_b.rhs
    )


def _sets_equal(a: Any, b: Any) -> bool:
    import sympy

    if not (isinstance(a, sympy.Set) and isinstance(b, sympy.Set)):
        return False
    if isinstance(a, sympy.FiniteSet) and isinstance(b, sympy.FiniteSet):
        return _unordered_equal(tuple(a.args), tuple(b.args))
    if isinstance(a, sympy.Interval) and isinstance(b, sympy.Interval):
        return (
            a.left_open == b.left_open
            and a.right_open == b.right_open
            and _expressions_equal(a.start, b.start)
            and _expressions_equal(a.end, b.end)
        )
    if isinstance(a, sympy.Union) and isinstance(b, sympy.Union):
        return _unordered_equal(tuple(a.args), tuple(b.args))
    return bool(a == b)


def _expressions_equal(a: Any, b: Any) -> bool:
    import sympy

    if a == b:
        return True
    if not (isinstance(a, sympy.Expr) and isinstance(b, sympy.Expr)):
        return False
    a, b = _evaluated_sums(a, sympy), _evaluated_sums(b, sympy)
    if a == b:
        return True
    if _clearly_different(a, b):
        # Different values at a point: simplify (value-preserving) cannot reach 0 and no tolerance below applies,
        # so the answer is known without paying for simplify (most of the symbolic stage's time on wrong answers).
        return False
    try:
        if _small_powers(a - b) and sympy.expand(a - b) == 0:  # cheaper than simplify, which finds this 0 too
            return True
        difference = sympy.simplify(a - b)
        if difference == 0:
            return True
    except Exception:
        difference = None
    if not a.free_symbols and not b.free_symbols:
        if _EXACT_INPUTS.get() and difference is not None and _exactly_nonzero(difference, sympy):
            # Both sides exact and provably different: no tolerance applies ("10^{10^{10}}+1" is not
            # "10^{10^{10}}", although they agree to 30 digits).
            return False
        return _numbers_close(a, b)
    if difference is not None and difference.free_symbols:
        try:
            return bool(sympy.expand(difference) == 0)
        except Exception:
            return False
    return False


_MOST_TERMS_DONE = 1000  # terms of a finite sum or product written out by doit


def _evaluated_sums(expression: Any, sympy: Any) -> Any:
    """``expression`` with its sums and products in closed form where sympy knows one (``\\sum_{n=1}^{\\infty}
    \\frac{1}{n^2}`` is ``\\pi^2/6``, found in milliseconds; simplify on the sum itself evaluates it numerically by
    hypergeometric series, a second of CPU time that put easy identities past the deadline). As it was where none
    is found."""
    if not expression.has(sympy.Sum, sympy.Product):
        return expression
    for term in expression.atoms(sympy.Sum, sympy.Product):
        for _, low, high in term.limits:
            span = high - low
            if span.is_number and span.is_finite and span > _MOST_TERMS_DONE:
                return expression  # ("\\prod_{k=1}^{10^6} k": a million terms multiplied out, no closed form)
    try:
        done = expression.doit()
    except Exception:
        return expression
    return expression if done.has(sympy.Sum, sympy.Product) else done


# Points where the numeric screen evaluates: complex, away from the real axis (where branch cuts lie) and from
# small integers (poles of the usual answers), seeded so that verdicts never depend on the run.
_SCREEN_POINTS = 2
_SCREEN_SEED = 20_261_201
_SCREEN_DIGITS = 30
# A relative difference at a point that proves two values different (far above the rounding of 30 digits).
_SCREEN_DIFFERENT = 1e-8


def _screen_points(symbols: list[Any], sympy: Any) -> list[dict[Any, Any]]:
    generator = random.Random(_SCREEN_SEED)
    return [
        {
            symbol: sympy.Rational(generator.randint(310, 1690), 1000)
            + sympy.I * sympy.Rational(generator.randint(210, 890), 1000)
            for symbol in symbols
        }
        for _ in range(_SCREEN_POINTS)
    ]


def _bound_variable_types() -> tuple[type, ...]:
    import sympy

    return (sympy.Integral, sympy.Derivative, sympy.Sum, sympy.Product, sympy.Limit, sympy.Subs, sympy.Lambda)


def _opaque_applications(expressions: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The expressions with each application of an undefined function to numbers and plain symbols (``I(0)``,
    ``f(n)``, ``g(x, 2)``) replaced by a symbol of its own, one per distinct application; None when some application
    has another argument (``f(2x)``, ``f(x+1)``), which may equal another application only after simplification.

    Sound for the screen: nothing is known of an undefined function, so any values of ``f(0)``, ``f(1)`` and, at a
    point where ``x`` is neither 0 nor 1, ``f(x)`` are the values of some function; expressions that differ for such
    values are different expressions, and simplify (value-preserving for every function) never makes them one."""
    import sympy
    from sympy.core.function import AppliedUndef

    applications: set[Any] = set()
    for expression in expressions:
        applications |= expression.atoms(AppliedUndef)
    if not applications:
        return expressions
    if not all(
        all(argument.is_Number or isinstance(argument, sympy.Symbol) for argument in application.args)
        for application in applications
    ):
        return None
    opaque = {application: sympy.Dummy(str(application.func)) for application in applications}
    return tuple(expression.xreplace(opaque) for expression in expressions)


def _screen_values(expressions: tuple[Any, ...]) -> list[tuple[Any, ...]] | None:
    """The expressions evaluated at ``_SCREEN_POINTS`` shared complex points (``_SCREEN_DIGITS`` digits), one
    tuple per point; None when that is not a sound test: a symbol with assumptions (a real or integer symbol is
    not a complex variable), an undefined function applied to anything but numbers and symbols (``u(2t)``; see
    ``_opaque_applications``), or a value that is not a finite number."""
    import sympy

    opaque = _opaque_applications(expressions)
    if opaque is None:
        return None
    expressions = opaque
    symbols: set[Any] = set()
    for expression in expressions:
        symbols |= expression.free_symbols
    if any(symbol.assumptions0 != {"commutative": True} for symbol in symbols):
        return None
    if any(expression.has(*_bound_variable_types()) for expression in expressions):
        return None  # a number put in for a bound variable (an integral's t) is not a point of the function
    if not all(
        _tame_powers(expression, MAX_SCREENED_POWER, symbolic_exponents=True) for expression in expressions
    ):
        return None
    ordered = sorted(symbols, key=lambda symbol: symbol.name)
    values: list[tuple[Any, ...]] = []
    try:
        for point in _screen_points(ordered, sympy) if ordered else [{}]:
            row = []
            for expression in expressions:
                value = sympy.N(expression.xreplace(point), _SCREEN_DIGITS)
                if not (value.is_number and value.is_finite) or value.free_symbols:
                    return None
                real, imaginary = value.as_real_imag()
                if not (real.is_Float or real.is_zero) or not (imaginary.is_Float or imaginary.is_zero):
                    return None  # something left unevaluated (an unknown function of a number)
                row.append(complex(real) + 1j * complex(imaginary))
            values.append(tuple(row))
    except Exception:
        return None
    return values


def _clearly_different(a: Any, b: Any) -> bool:
    """Whether ``a`` and ``b`` take values that differ by far more than rounding at some point.

    Sound for the symbolic verdicts: simplify and expand preserve values, so expressions that differ at a point are
    never reduced to the same thing, and the numeric comparison of constants (1e-12 relative) rejects them too.
    """
    values = _screen_values((a, b))
    if values is None:
        return False
    for value_a, value_b in values:
        scale = max(abs(value_a), abs(value_b))
        if scale > 0 and abs(value_a - value_b) > _SCREEN_DIFFERENT * scale:
            return True
    return False


def _varies(expression: Any) -> bool:
    """Whether ``expression`` (with variables) clearly takes two different values at the screen's points."""
    import sympy

    if not isinstance(expression, sympy.Expr) or not expression.free_symbols:
        return False
    values = _screen_values((expression,))
    if values is None or len(values) < 2:
        return False
    first, second = values[0][0], values[1][0]
    scale = max(abs(first), abs(second))
    return scale > 0 and abs(first - second) > _SCREEN_DIFFERENT * scale


MAX_EXPANDED_POWER = 30  # expand multiplies (a+b+c)^n out: fine for small n
MAX_SCREENED_POWER = 1_000  # x^{1000} at |x| < 2 is a 300-digit number: fine for a 30-digit evaluation


def _tame_powers(expression: Any, limit: int, *, symbolic_exponents: bool) -> bool:
    """Whether every power in ``expression`` has a rational exponent of at most ``limit`` in size (or, with
    ``symbolic_exponents``, one with variables), so that ``expand`` or a numeric evaluation stays cheap. A tower
    like ``5^{5^{5^{5^5}}}`` or ``10^{10^{10}}`` is computed digit by digit, in C, where no deadline reaches. The
    check is structural: deciding whether an exponent is small must not evaluate it."""
    import sympy

    for power in expression.atoms(sympy.Pow):
        exponent = power.exp
        if exponent.is_Rational:
            if abs(exponent.p) > limit * exponent.q:
                return False
        elif exponent.is_number or not symbolic_exponents:
            return False
    return True


def _small_powers(expression: Any) -> bool:
    return _tame_powers(expression, MAX_EXPANDED_POWER, symbolic_exponents=False)


def _exactly_nonzero(difference: Any, sympy: Any) -> bool:
    try:
        return bool(not difference.has(sympy.Float) and difference.is_zero is False)
    except Exception:
        return False


def _numbers_close(a: Any, b: Any) -> bool:
    """Relative comparison of two constant expressions at 30 digits; never an absolute tolerance."""
    import sympy

    try:
        value_a = sympy.N(a, 30)
        value_b = sympy.N(b, 30)
        if not (value_a.is_number and value_b.is_number):
            return False
        if not (value_a.is_finite and value_b.is_finite):
            return False
        if value_a == value_b:
            return True
        scale = max(abs(value_a), abs(value_b))
        if scale == 0:
            return True
        return bool(abs(value_a - value_b) <= RELATIVE_TOLERANCE * scale)
    except Exception:
        return False


# ---------------------------------------------------------------------------------------------------------------
# math-verify backend (LaTeX path only; no signal.alarm)


@lru_cache(maxsize=1_024)
def _math_verify_parse(text: str) -> tuple[Any, ...] | None:
    try:
        from math_verify import LatexExtractionConfig, parse
    except ImportError:  # pragma: no cover - math-verify is a core dependency
        return None
    try:
        parsed = parse(
            "$" + text + "$",
            extraction_config=[LatexExtractionConfig()],
            parsing_timeout=None,  # None disables its signal.alarm; the guard times us
        )
    except Exception:
        return None
    # Its "first_match" fallback returns the raw string when nothing parsed: that is not a parse.
    parsed = [item for item in parsed if not isinstance(item, str)]
    return tuple(parsed) if parsed else None


def _math_verify_equal(predicted: str, gold: str) -> bool:
    from math_verify import verify

    # The prediction first: it reaches this backend because our readings failed on it, and math-verify's parse
    # usually fails on it too, in a millisecond, where the gold's LL parse costs up to ~0.1 s (measured).
    parsed_prediction = _math_verify_parse(predicted)
    if parsed_prediction is None:
        return False
    parsed_gold = _math_verify_parse(gold)
    if parsed_gold is None:
        return False
    try:
        return bool(verify(list(parsed_gold), list(parsed_prediction), timeout_seconds=None))
    except Exception:
        return False
