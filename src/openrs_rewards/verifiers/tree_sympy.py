"""latex2sympy2_extended's reading of an answer, built from ``verifiers.expr``'s parse tree instead of its ANTLR parse.

The symbolic stage reads every element with latex2sympy2_extended, whose Python ANTLR parser takes 5-120 ms per
string, while ``expr.parse_expression`` reads most answers in microseconds. ``latex_to_sympy`` builds, from expr's
tree, the very object latex2sympy builds (before ``symbolic._canonical_atoms``): the same unevaluated ``Add``,
``Mul`` and ``Pow`` nodes with their arguments in the same order, the same numbers (decimals as ``Float``) and the
same symbols (latex2sympy's names: lower-cased, ``x_1`` / ``x_{12}``, ``theta_w``; ``I`` and ``I_0`` are the
imaginary unit, ``E`` the symbol ``e``, ``e`` Euler's number, ``i`` the symbol ``i``), so that no verdict changes.

The text is first normalised as latex2sympy normalises it (``\\left(`` → ``(``). Then it refuses (returns None,
and the caller parses with ANTLR) every text where expr's tree does not say which object latex2sympy builds:
    * tokens: commands must be cut alike by both (``\\pit`` is ``\\pi t`` to both, ``\\arcsinhx`` is not), letter
      runs must not hold a token of latex2sympy's lexer (``tr``, ``gcd``; ``d`` before a letter is a differential);
    * forms it reads as something else: ``x(y)``, ``x^2(3)``, ``\\alpha(t)``, ``x[2]``, ``x{(y)}`` (function
      calls), ``(e)^2`` (``Pow(E, 2)``, where ``e^2`` is ``exp(2)``), ``x^e`` and ``x!^2`` (syntax errors), ``^T``
      (a transpose), ``x^\\omega_{n}`` (the subscript is x's), ``\\sin^{1}``, ``\\log_e``, ``1.5e-3`` (1.5·e - 3),
      ``I^2`` (``I``: the exponent is dropped), ``{x}`` (a set), ``\\gamma``, ``\\coth``; ``|x|C|y|`` and
      ``|x|-y|z|``, whose bars it pairs otherwise (two absolute values in a group need one operator between them);
      ``\\sin{x}y``, ``\\sin{x}!`` (a braced argument goes on: sin(xy), sin(x!));
    * numbers: a decimal or ``2.5E3`` literal is a ``Float`` until ``_canonical_atoms``, which re-evaluates the nodes
      above it, so it is built as a Float too; refused where the tree does not say which leaf is the Float (``3 +
      3.0``), or where an evaluating constructor (``exp``, ``binomial``) would see it;
    * a leading minus takes the implicit product after it but not an explicit operator that follows (``-2\\cdot x``
      is ``Mul(-2, x)``, ``-2x`` is ``Mul(-1, 2, x)``, ``-a/b`` is ``(-a)/b``, ``-\\frac{a}{b}`` is
      ``-(a/b)``): with ``*``, ``\\cdot`` or ``\\times`` in the text a minus over or inside a product or quotient is
      refused, with ``/`` and ``\\frac`` a minus over a quotient;
    * an integer followed by a rational is a mixed number in an implicit product (``2(3)`` is 5, ``2\\binom{4}{2}``
      is 8): an integer next to a rational in any product is refused;
    * an unparenthesised function argument stops at a root or a power of e (``\\sin x\\sqrt{2}`` is sin(x)·√2 to
      latex2sympy, sin(x√2) to expr): where some argument is not in parentheses, one with such a factor is refused.
A relation ``lhs OP rhs`` (``=``, ``==``, ``\\equiv``, ``<``, ``\\lt``, ``>``, ``\\gt``, ``\\le``, ``\\leq``,
``\\leqslant``, ``<=``, ``\\ge``, ``\\geq``, ``\\geqslant``, ``>=``, ``\\ne``, ``\\neq``, ``!=``, ``≤``, ``≥``,
``≠``: the tokens of latex2sympy's lexer after normalisation) is read as ``convert_relation`` builds it: ``Eq``,
``Ne``, ``StrictLessThan``, ``LessThan``, ``StrictGreaterThan`` or ``GreaterThan`` of the two sides, each read as
above, with ``evaluate=False`` (``2<3`` and ``1=1`` stay relations). Refused: more than one relation token
(``a<b<c`` and ``x=y=z`` are ``And`` chains there), a relation token inside a group, ``d`` before a command
operator (``d\\le`` is one differential token), and ``\\approx``, ``\\in`` (not relations to latex2sympy, or read
by its set grammar).
The construction mirrors latex2sympy2_extended 1.11 (``convert_add``, ``convert_mp``, ``convert_unary``,
``convert_postfix_list``, ``convert_frac``, ``convert_func``, ``handle_exp``, ``convert_relation``): ``mul_flat`` /
``add_flat`` splice one level of an operand that is itself a ``Mul`` / ``Add``, which makes the result independent of
how the products and sums are grouped; ``benchmarks/check_tree_sympy.py`` and ``tests/test_tree_sympy.py`` compare
the two readings node by node on every corpus answer and on generated expressions.

Only the worker imports this module (it imports sympy and latex2sympy2_extended's normaliser when first used).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

from openrs_rewards.verifiers import expr as expr_module
from openrs_rewards.verifiers.expr import MAX_EXPRESSION_CHARS, parse_expression
from openrs_rewards.verifiers.numeric import finite_decimal
from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = ["latex_to_sympy", "same_tree"]

# expr's functions less its logarithm spellings (their own tree node, "log") and the hyperbolic reciprocals, which
# latex2sympy does not read as expr does.
_FUNCTIONS = expr_module._FUNCTIONS - {"ln", "log", "coth", "csch", "sech"}
_SYMPY_FUNCTIONS = {"arcsin": "asin", "arccos": "acos", "arctan": "atan"}
# Greek letters (and \ell, \hbar) that latex2sympy reads as plain symbols: expr's, less \gamma and \Gamma, which
# its lexer makes Euler's constant or the gamma function.
_GREEK = expr_module._GREEK - {"gamma", "Gamma"}
_EXPLICIT_PRODUCT = frozenset(["cdot", "times", "div"])
# Commands accepted as written: what expr reads and latex2sympy lexes as the same single token.
_COMMANDS = (
    _FUNCTIONS
    | _GREEK
    | _EXPLICIT_PRODUCT
    | {"ln", "log", "pi", "frac", "dfrac", "tfrac", "cfrac", "sqrt", "binom", "dbinom", "tbinom"}
    | {"lfloor", "rfloor", "lceil", "rceil"}
)
# Prefixes expr splits off a command glued to letters ("\pit" is "\pi t"), longest first, as expr tries them.
_SPLITTABLE = tuple(
    sorted(_FUNCTIONS | _GREEK | {"ln", "log", "pi", "lfloor", "lceil"}, key=len, reverse=True)
)
# The backslash commands of latex2sympy2_extended's lexer that begin with one of _SPLITTABLE: its lexer takes the
# longest, so "\arcsinhx" is \arcsinh x to it and \arcsin hx to expr (then refused).
_LEXER_COMMANDS = frozenset(
    (
        *_SPLITTABLE,
        "arcsinh",
        "arccosh",
        "arctanh",
        "arccsc",
        "arcsec",
        "arccot",
        "exponentialE",
        "lfloor",
        "lceil",
        "Pi",
        "varpi",
        "varsigma",
        "omicron",
    )
)
# Letter sequences latex2sympy's lexer reads as one token (function names for \operatorname, matrix words): in a run
# of letters they are a syntax error there, a product of variables to expr.
_LEXER_WORDS = (
    "tr",
    "eye",
    "eig",
    "svd",
    "SVD",
    "gcd",
    "lcm",
    "ceil",
    "floor",
    "ones",
    "cols",
    "rows",
    "diag",
    "norm",
    "rank",
    "rref",
    "orth",
    "zeros",
    "stack",
    "arsinh",
    "arcosh",
    "artanh",
    "matrix",
    "array",
)
_WHITESPACE = " \t\r\n"

# Forms latex2sympy reads differently from expr (see the module docstring); matched on the normalised text.
_TRANSPOSE = compile_lazily(r"\^T|\^\{T\}")
_LOWER_CASE_SCIENTIFIC = compile_lazily(r"[0-9.]e[+-]?[0-9]")  # 1.5e-3 is 1.5·e - 3 to latex2sympy
_BARE_E_EXPONENT = compile_lazily(r"\^\s*e")
# x^\omega_{n}: latex2sympy gives the subscript to x (x_n to the power omega), expr to the Greek letter.
_SUBSCRIPT_AFTER_EXPONENT = compile_lazily(r"\^\s*\\[A-Za-z]+\s*_")
_NATURAL_LOG_BASE = compile_lazily(r"\\log\s*_\s*\{?\s*e")
_FUNCTION_FIRST_POWER = compile_lazily(r"\\[A-Za-z]+\s*\^\s*(?:\{\s*\+?\s*1\s*\}|1(?![0-9]))")
# Number literals as latex2sympy's lexer cuts them: NUMBER, or E_NOTATION (a Float, like a decimal).
_LITERAL = compile_lazily(r"([0-9]*\.[0-9]+|[0-9]+)(E[+-]?[0-9]+)?")
# What, inside a parenthesised group after a name, makes it more than one atom (and so not a call's argument).
_NOT_ONE_ATOM = compile_lazily(r"[-+*/,]|\\(?:cdot|times|div)(?![A-Za-z])")
# A function's braced argument: to latex2sympy it is the start of an unparenthesised one, which goes on as far as the
# product after it (\sin{x}y is sin(xy), \sin{x}! is sin(x!), \sin{x}\cdot y is sin(x·y)); expr ends it at "}".
# The alternation of function names, longest first (sinh before sin).
_FUNCTION_NAMES = "|".join(sorted(_FUNCTIONS | {"ln", "log"}, key=lambda name: (-len(name), name)))
_BRACED_ARGUMENT = compile_lazily(
    r"\\(?:" + _FUNCTION_NAMES + r")(?![A-Za-z])\s*(?:[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9])\s*)*\{"
)
# A function command with its scripts, and the character after them: "(" starts a parenthesised argument.
_FUNCTION_START = compile_lazily(
    r"\\(?:" + _FUNCTION_NAMES + r")\s*(?:[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9])\s*)*(.?)"
)
_BINARY_OPERATORS = frozenset(["+", "-", "*", "/", "\\cdot", "\\times", "\\div"])
_SPACING_COMMAND = compile_lazily(r"\\[,;:! ]")
_SPACING = compile_lazily(r"\\[,;:! ]|\s")
_GROUPED_E_POWER = compile_lazily(r"[(\[{][+ ]*e[)\]}][)\]}]*\^")  # (a unary plus too: "(+e)^x", "{+e}^{x}")
_NAME = compile_lazily(r"([A-Za-z]+)(?:_([A-Za-z0-9]+))?")


class _Refused(Exception):
    """The tree does not determine latex2sympy's reading of the text with certainty."""


def latex_to_sympy(text: str) -> Any | None:
    """latex2sympy2_extended's reading of ``text`` (``latex2sympy(text, convert_degrees=False)``, before
    ``symbolic._canonical_atoms``), built from ``expr.parse_expression``'s tree; None where that is not certain to
    be the same object (the caller then asks latex2sympy itself).

    Example:
        >>> latex_to_sympy("3R^2"), latex_to_sympy("I_{0}e^{-t}")   # latex2sympy's names and its I
        (3*r**2, I*exp(-t))
        >>> latex_to_sympy("2(3)") is None   # latex2sympy reads a mixed number here (5)
        True
    """
    if not isinstance(text, str):
        return None
    return _cached(text)


@lru_cache(maxsize=4_096)
def _cached(text: str) -> Any | None:
    # Longer texts are expr's to refuse anyway; checking that first bounds the work below (number literals).
    if len(text) > MAX_EXPRESSION_CHARS or not _mirrored_version():
        return None
    try:
        import sympy

        normalized = _normalize(text)
        relation = _split_relation(normalized)
        if relation is None:
            return _expression(normalized, sympy)
        lhs, relation_class, rhs = relation
        # convert_relation: one relation of two expressions, never evaluated (2<3 stays StrictLessThan(2, 3)).
        return getattr(sympy, relation_class)(
            _expression(lhs, sympy), _expression(rhs, sympy), evaluate=False
        )
    except Exception:  # _Refused, or anything sympy raises: latex2sympy then decides (and raises the same)
        return None


def _expression(text: str, sympy: Any) -> Any:
    """latex2sympy's reading of one expression of the normalised text (the whole text, or a relation's side)."""
    lexed = _lex(text) if text.strip() else None
    if lexed is None or not _forms_agree(text):
        raise _Refused("tokens or forms")
    parsed = parse_expression(text)
    if parsed is None:
        raise _Refused("not an expression to expr")
    result = _Builder(sympy, lexed).build(parsed.tree)
    if not isinstance(result, sympy.Expr):
        raise _Refused("not an expression to sympy")
    return result


# latex2sympy's relation tokens (after normalisation) and the sympy class convert_relation makes of each: EQUAL and
# ASSIGNMENT (= without interpret_simple_eq_as_assignment) are Eq, UNEQUAL Ne. Its lexer takes the longest token, so
# "<=" is LTE and "!=" UNEQUAL (not a factorial). \approx, \in and the rest are not relations there (or not Eq).
_RELATION_SYMBOLS = {
    "==": "Eq",
    "<=": "LessThan",
    ">=": "GreaterThan",
    "!=": "Ne",
    "=": "Eq",
    "<": "StrictLessThan",
    ">": "StrictGreaterThan",
    "\u2264": "LessThan",
    "\u2265": "GreaterThan",
    "\u2260": "Ne",
}
_RELATION_COMMANDS = {
    "equiv": "Eq",
    "lt": "StrictLessThan",
    "le": "LessThan",
    "leq": "LessThan",
    "leqslant": "LessThan",
    "gt": "StrictGreaterThan",
    "ge": "GreaterThan",
    "geq": "GreaterThan",
    "geqslant": "GreaterThan",
    "ne": "Ne",
    "neq": "Ne",
}


def _command_at(text: str, start: int) -> tuple[str, int]:
    """The command name after the backslash at ``start`` (ASCII letters; empty for ``\\,`` or ``\\{``) and the index
    after it, as latex2sympy's lexer cuts a command."""
    end = start + 1
    while end < len(text) and text[end].isascii() and text[end].isalpha():
        end += 1
    return text[start + 1 : end], end


def _split_relation(text: str) -> tuple[str, str, str] | None:
    """``(lhs, sympy class, rhs)`` when the normalised ``text`` is one relation ``lhs OP rhs``; None when it has no
    relation token. Raises ``_Refused`` for anything else: a chain (``a<b<c`` is And(a<b, b<c)), a relation inside
    a group (``(x=1)``, ``\\frac{x=1}{2}``) or a ``d`` before a command operator (``xd\\le 3``: ``d\\le`` is one
    DIFFERENTIAL token to latex2sympy's lexer)."""
    operators: list[tuple[int, int, str]] = []
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            name, j = _command_at(text, i)
            if not name:  # \{, \, and the like: the escaped character still opens or closes a group
                if j < n:
                    depth += text[j] in "([{"
                    depth -= text[j] in ")]}"
                i = j + 1
                continue
            if name in _RELATION_COMMANDS:
                if depth or _SPACING.sub("", text[:i]).endswith("d"):
                    raise _Refused("relation in a group, or after d")
                operators.append((i, j, _RELATION_COMMANDS[name]))
            i = j
            continue
        symbol = text[i : i + 2] if text[i : i + 2] in _RELATION_SYMBOLS else char
        if symbol in _RELATION_SYMBOLS:
            if depth:
                raise _Refused("relation in a group")
            operators.append((i, i + len(symbol), _RELATION_SYMBOLS[symbol]))
            i += len(symbol)
            continue
        depth += char in "([{"
        depth -= char in ")]}"
        i += 1
    if not operators:
        return None
    if len(operators) > 1:
        raise _Refused("a chain of relations")
    start, end, relation_class = operators[0]
    return text[:start], relation_class, text[end:]


# The latex2sympy2_extended releases whose conversion this module mirrors (checked against them, see the docstring).
MIRRORED_VERSIONS = ("1.11.",)


@lru_cache(maxsize=1)
def _mirrored_version() -> bool:
    """Whether the installed latex2sympy2_extended is one this module mirrors; another one may build other objects,
    so then every text goes to its parser."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("latex2sympy2_extended").startswith(MIRRORED_VERSIONS)
    except PackageNotFoundError:
        return False


def _normalize(text: str) -> str:
    """The text latex2sympy's parser sees: its own normalisation (``\\left(`` → ``(``, ``\\dfrac`` → ``\\frac``,
    quotes and ``\\!`` removed, ``inf`` → ``\\infty`` ...)."""
    from latex2sympy2_extended.math_normalization import NormalizationConfig, normalize_latex

    return normalize_latex(text, NormalizationConfig())


@dataclass(frozen=True, slots=True)
class _Lexed:
    """What the tree does not record about a text.

    Attributes:
        products: the text has an explicit product (``*``, ``\\cdot``, ``\\times``).
        quotients: the text has an explicit quotient (``/``, ``\\div``).
        fractions: the text has a ``\\frac`` (also a quotient in the tree).
        floats: the values of its decimal and ``E``-notation literals: Floats to latex2sympy until
            ``_canonical_atoms`` (its integer literals have other values).
        bare_arguments: some function's argument is not in parentheses (``\\sin 2x``, ``\\sin{x}``).
        grouped_minus: a minus is followed by a group that no quotient follows (``-(a/b)``, which is -(a/b) where
            ``-a/b`` and ``-(a)/b`` are (-a)/b).
    """

    products: bool
    quotients: bool
    fractions: bool
    floats: frozenset[Fraction]
    bare_arguments: bool
    grouped_minus: bool


def _lex(text: str) -> _Lexed | None:
    """What ``text``'s tokens say (see ``_Lexed``); None when expr and latex2sympy's lexer would not cut its
    commands and letters into the same tokens."""
    products = "*" in text
    quotients = "/" in text
    fractions = False
    runs: list[tuple[str, int]] = []  # (letters, index after them)
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            name, j = _command_at(text, i)
            if not name:
                if j < n and text[j] in ",;: ":  # spacing, skipped by both
                    i = j + 1
                    continue
                return None
            if name in _COMMANDS:
                products = products or name in ("cdot", "times")
                quotients = quotients or name == "div"
                fractions = fractions or name.endswith("frac")
                i = j
                continue
            prefix = next((known for known in _SPLITTABLE if name.startswith(known)), None)
            lexer_prefix = max(
                (known for known in _LEXER_COMMANDS if name.startswith(known)), key=len, default=None
            )
            if prefix is None or lexer_prefix != prefix:
                return None
            runs.append((name[len(prefix) :], j))
            i = j
            continue
        if char.isascii() and char.isalpha():
            j = i
            while j < n and text[j].isascii() and text[j].isalpha():
                j += 1
            runs.append((text[i:j], j))
            i = j
            continue
        i += 1
    for run, end in runs:
        if any(word in run for word in _LEXER_WORDS):
            return None
        if "d" in run[:-1] or (run.endswith("d") and _letter_follows(text, end)):
            return None  # 'd' then a letter (or a command) is one DIFFERENTIAL token to latex2sympy
    integers: set[Fraction] = set()
    floats: set[Fraction] = set()
    for literal in _LITERAL.finditer(text):
        if len(literal.group(2) or "") > 5:
            return (
                None  # 1.5E-31331333133: expr refuses exponents over 999; as a Fraction it would take forever
            )
        (floats if literal.group(2) or "." in literal.group(1) else integers).add(Fraction(literal.group(0)))
    if integers & floats:
        return None  # "3 + 3.0": which leaf of value 3 is the Float, the tree does not say
    bare_arguments = any(match.group(1) != "(" for match in _FUNCTION_START.finditer(text))
    grouped_minus = _minus_before_group(_SPACING.sub("", text))
    return _Lexed(products, quotients, fractions, frozenset(floats), bare_arguments, grouped_minus)


def _minus_before_group(text: str) -> bool:
    """Whether a minus in ``text`` (without spaces) is followed by a group that is not a quotient's numerator."""
    for match in re.finditer(r"-[(\[{]", text):
        depth = 0
        for position in range(match.start() + 1, len(text)):
            depth += text[position] in "([{"
            depth -= text[position] in ")]}"
            if depth == 0:
                if not text.startswith(("/", "\\div"), position + 1):
                    return True
                break
    return False


def _letter_follows(text: str, index: int) -> bool:
    index = _skip_space(text, index)
    if index >= len(text):
        return False
    if text[index] == "\\":
        return index + 1 < len(text) and text[index + 1].isascii() and text[index + 1].isalpha()
    return text[index].isascii() and text[index].isalpha()


def _forms_agree(text: str) -> bool:
    """Whether ``text`` is free of the forms the two parsers read differently (see the module docstring)."""
    text = _SPACING_COMMAND.sub(" ", text)  # both parsers skip \, and its kin, as they skip spaces
    if (
        _TRANSPOSE.search(text)
        or _LOWER_CASE_SCIENTIFIC.search(text)
        or _BARE_E_EXPONENT.search(text)
        or _SUBSCRIPT_AFTER_EXPONENT.search(text)
        or _NATURAL_LOG_BASE.search(text)
        or _FUNCTION_FIRST_POWER.search(text)
        or _has_call(text)
        or _braced_argument_continues(text)
        or _ambiguous_bars(text)
    ):
        return False
    # "[x]" after a name is a function call; elsewhere a bracket is rare: only \sqrt[n] is kept.
    if text.count("[") != len(re.findall(r"\\sqrt\s*\[", text)):
        return False
    compact = _SPACING.sub("", text)
    # A text in braces is a set ("{x}" is FiniteSet(x)); "(e)^2" is Pow(E, 2), where expr's tree says e^2 (exp(2)).
    return not compact.startswith("{") and not _GROUPED_E_POWER.search(compact)


def _ambiguous_bars(text: str) -> bool:
    r"""Whether two absolute values in one group are separated by more than one operator: latex2sympy may pair the
    bars otherwise (``|x|C|y|`` is \|x·\|C\|·y\| to it, ``|x|-y|z|`` is \|x·\|-y\|·z\|); between ``|x|+|y|``
    the ``|+|`` can hold no expression, so there the pairing is the only one."""
    stack: list[list[int]] = [[]]
    groups: list[list[int]] = []
    for index, char in enumerate(text):
        if char in "([{":
            stack.append([])
        elif char in ")]}" and len(stack) > 1:
            groups.append(stack.pop())
        elif char == "|":
            stack[-1].append(index)
    groups.extend(stack)
    for bars in groups:
        for closing, opening in zip(bars[1::2], bars[2::2], strict=False):
            between = _SPACING.sub("", text[closing + 1 : opening])
            if between not in _BINARY_OPERATORS:
                return True
    return False


def _braced_argument_continues(text: str) -> bool:
    """Whether a function's braced argument is followed by anything but a sum's end (see ``_BRACED_ARGUMENT``)."""
    for match in _BRACED_ARGUMENT.finditer(text):
        depth = 0
        for position in range(match.end() - 1, len(text)):
            depth += text[position] == "{"
            depth -= text[position] == "}"
            if depth == 0:
                following = _skip_space(text, position + 1)
                if following < len(text) and text[following] not in "+-)}":
                    return True
                break
    return False


def _has_call(text: str) -> bool:
    """Whether a name (a letter, a Greek letter, with sub- and superscripts) is followed by a parenthesised single
    atom or by ``{(``: a function call to latex2sympy (``x(y)``, ``x^{2}(3)``, ``\\alpha(t)``, ``x{(y)}``), a
    product to expr. A group with a sum or an operator in it (``x(y+1)``) is no call's argument there."""
    for index, char in enumerate(text):
        if char not in "({" or not _follows_name(text, index):
            continue
        if char == "{":
            following = _skip_space(text, index + 1)
            if following < len(text) and text[following] in "([":
                return True
            continue
        depth = 0
        for position in range(index + 1, len(text)):
            inner = text[position]
            if inner in "([{":
                depth += 1
            elif inner in ")]}":
                if depth == 0:
                    return True  # the group closed with one atom in it (as far as this check can tell)
                depth -= 1
            elif depth == 0 and _NOT_ONE_ATOM.match(text, position):
                break
    return False


def _follows_name(text: str, index: int) -> bool:
    """Whether ``text[index]`` comes right after a name with at most two scripts (``x``, ``x_1^{2}``, ``\\alpha``)."""
    j = _skip_space_back(text, index - 1)
    for _ in range(2):
        if j >= 0 and text[j] == "}":
            depth = 0
            k = j
            while k >= 0:
                depth += text[k] == "}"
                depth -= text[k] == "{"
                if depth == 0:
                    break
                k -= 1
            script = _skip_space_back(text, k - 1)
            if k < 0 or script < 0 or text[script] not in "^_":
                return k < 0  # a group that is no script (\frac{1}{2}, \sqrt{2}): no name before it
            j = _skip_space_back(text, script - 1)
        elif j >= 1 and text[j].isascii() and text[j].isalnum():
            script = _skip_space_back(text, j - 1)
            if script < 0 or text[script] not in "^_":
                break
            j = _skip_space_back(text, script - 1)
        else:
            break
    if j < 0 or not (text[j].isascii() and text[j].isalpha()):
        return False
    start = j
    while start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1] == "\\":
        command = text[start : j + 1]
        # \sin(x) is sin's argument; \alpha(x) and \pi(x) are calls (and an unknown command is not trusted)
        return command in _GREEK or command == "pi" or command not in _COMMANDS
    return text[j] not in "eE"  # e and E are not names to latex2sympy's grammar


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index] in _WHITESPACE:
        index += 1
    return index


def _skip_space_back(text: str, index: int) -> int:
    while index >= 0 and text[index] in _WHITESPACE:
        index -= 1
    return index


class _Builder:
    """Builds latex2sympy's object for one tree; raises ``_Refused`` where it cannot be sure."""

    def __init__(self, sympy: Any, lexed: _Lexed) -> None:
        self.sympy = sympy
        self.lexed = lexed

    def build(self, node: tuple[Any, ...], parent: str = "") -> Any:
        sympy = self.sympy
        tag = node[0]
        if tag == "n":
            return self.number(node[1])
        if tag == "v":
            return self.variable(node[1])
        if tag == "pi":
            return sympy.pi
        if tag == "e":
            return sympy.exp(1)  # handle_exp without an exponent
        if tag == "i":
            return sympy.Symbol("i")  # a plain symbol there; _canonical_atoms makes it the imaginary unit
        if tag == "+":
            return self.sum(node[1])
        if tag == "*":
            return self.product(node)
        if tag == "neg":
            return self.unary_minus(node[1], parent)
        if tag == "/":
            numerator = self.build(node[1], "/")
            denominator = self.build(node[2], "/")
            if numerator.is_Integer and denominator.is_Integer:
                return sympy.Rational(numerator, denominator)
            return sympy.Mul(numerator, sympy.Pow(denominator, -1, evaluate=False), evaluate=False)
        if tag == "^":
            return self.power(node[1], node[2])
        if tag == "root":
            index = node[1]
            exponent = sympy.S.Half if index == 2 else 1 / sympy.Integer(index)
            return sympy.Pow(self.build(node[2], "root"), exponent, evaluate=False)
        if tag == "f":
            argument = self.argument(node[2])
            name = node[1]
            if name not in _FUNCTIONS:
                raise _Refused(f"function {name}")
            if name == "exp":
                return sympy.exp(argument, evaluate=False)
            return getattr(sympy, _SYMPY_FUNCTIONS.get(name, name))(argument, evaluate=False)
        if tag == "log":
            argument = self.argument(node[2])
            if node[1] is None:
                base: Any = 10
            elif node[1] == ("e",):
                base = sympy.E  # \ln (\log_e is refused by _forms_agree)
            else:
                base = self.build(node[1], "log")
            return sympy.log(argument, base, evaluate=False)
        if tag == "!":
            return sympy.factorial(self.build(node[1], "!"), evaluate=False)
        if tag == "!!":
            if self.lexed.floats:
                # ("0.5!!": factorial2 of a Float raises where it is evaluated; latex2sympy reads (0.5!)!)
                raise _Refused("double factorial evaluated with a Float")
            return sympy.factorial2(self.build(node[1], "!"), evaluate=False)
        if tag == "binom":
            if self.lexed.floats:
                raise _Refused("binomial evaluated with a Float")
            return sympy.binomial(self.build(node[1], "binom"), self.build(node[2], "binom"))
        if tag == "abs":
            return sympy.Abs(self.build(node[1], "abs"), evaluate=False)
        if tag == "floor":
            return sympy.floor(self.build(node[1], "floor"), evaluate=False)
        if tag == "ceil":
            return sympy.ceiling(self.build(node[1], "ceil"), evaluate=False)
        raise _Refused(f"node {tag}")

    def number(self, value: Fraction) -> Any:
        if value in self.lexed.floats:
            # A decimal (or 2.5E3) literal: a Float to latex2sympy, which _canonical_atoms turns back into this
            # rational (re-evaluating the nodes above it, as it does for latex2sympy's Float).
            return self.sympy.Number(_decimal_text(value))
        if value.denominator != 1:
            raise _Refused("a fraction that is no literal")
        return self.sympy.Integer(value.numerator)

    def unary_minus(self, operand: tuple[Any, ...], parent: str) -> Any:
        """A leading minus (a subtraction is read by ``sum``). latex2sympy's minus takes the implicit product after
        it, but not an explicit operator that follows: ``-2\\cdot x`` is Mul(-2, x) while ``-2x`` is
        Mul(-1, 2, x), ``a\\cdot -3c`` is a·(-(3c)) where expr's tree says (a·(-3))·c, ``-a/b`` is (-a)/b."""
        lexed = self.lexed
        if lexed.products:
            if parent in ("*", "/") or operand[0] in ("*", "/"):
                raise _Refused("minus next to an explicit product: its reach is not in the tree")
        elif operand[0] == "/" and lexed.quotients:
            if lexed.fractions or lexed.grouped_minus:
                # -\frac{a}{b} and -(a/b) are -(a/b), -a/b is (-a)/b: the tree is the same.
                raise _Refused("minus before a quotient that may be a \\frac or a group")
            # Every quotient is an explicit one, after a minus that is no group's: the minus is its numerator's.
            return self.build(("/", ("neg", operand[1]), operand[2]), parent)
        return self.negate(self.build(operand, "neg"))

    def variable(self, name: str) -> Any:
        from latex2sympy2_extended.symbols import get_symbol

        match = _NAME.fullmatch(name)
        if match is None:
            raise _Refused(f"name {name}")  # u(t) and other applied names
        head, subscript = match.group(1), match.group(2)
        if len(head) == 1:
            if head == "I":
                return self.sympy.I  # latex2sympy's reading of I and I_0 (a subscript is dropped)
            if head in "eE":
                if subscript is not None:
                    raise _Refused("subscripted e")
                return self.sympy.Symbol("e")  # E is E_NOTATION_E to its lexer: the lower-cased symbol e
            atom = head
        elif head in _GREEK:
            atom = "\\" + head
        else:
            raise _Refused(f"name {name}")
        if subscript is not None:
            if subscript == "e":
                raise _Refused(
                    "x_e"
                )  # a syntax error to latex2sympy, x_{e} is x_e: the tree does not say which
            atom += "_" + subscript if len(subscript) == 1 else "_{" + subscript + "}"
        symbol = get_symbol(atom, None, True)
        if not isinstance(symbol, self.sympy.Symbol):
            raise _Refused(f"name {name} is a constant to latex2sympy")
        return symbol

    def negate(self, value: Any) -> Any:
        # convert_unary / convert_add: a number is negated, anything else multiplied by -1 (flat).
        if value.func.is_Number:
            return -value
        return self.mul_flat(self.sympy.S.NegativeOne, value)

    def sum(self, terms: tuple[tuple[Any, ...], ...]) -> Any:
        parts: list[Any] = []
        for index, term in enumerate(terms):
            if index and term[0] == "neg":
                value = self.negate(self.build(term[1], "-"))  # a subtraction: its operand is a whole term
            else:
                value = self.build(term, "+")
            parts.extend(value.args if value.is_Add else (value,))
        return self.sympy.Add(*parts, evaluate=False)

    def product(self, node: tuple[Any, ...]) -> Any:
        leaves: list[tuple[Any, ...]] = []
        _flatten_product(node, leaves)
        values = [self.build(leaf, "*") for leaf in leaves]
        for left, right in itertools.pairwise(values):
            if left.is_Integer and right.is_Rational:
                # convert_postfix_list reads "2 3", "2(3)", "2\frac{1}{2}" as mixed numbers (5, 5, 5/2).
                raise _Refused("an integer next to a rational")
        parts: list[Any] = []
        for value in values:
            parts.extend(value.args if value.is_Mul else (value,))
        return self.sympy.Mul(*parts, evaluate=False)

    def mul_flat(self, left: Any, right: Any) -> Any:
        parts = list(left.args if left.is_Mul else (left,)) + list(right.args if right.is_Mul else (right,))
        return self.sympy.Mul(*parts, evaluate=False)

    def power(self, base: tuple[Any, ...], exponent: tuple[Any, ...]) -> Any:
        sympy = self.sympy
        if base == ("e",):
            if self.lexed.floats:
                raise _Refused("exp evaluated with a Float")
            return sympy.exp(self.build(exponent, "^"))  # handle_exp: evaluated
        if base[0] in ("!", "!!"):
            raise _Refused("power of a factorial")  # a syntax error to latex2sympy
        if base[0] == "v" and base[1].split("_")[0] == "I":
            raise _Refused("power of I")  # latex2sympy drops the exponent of I (but not of (I))
        return sympy.Pow(self.build(base, "^"), self.build(exponent, "^"), evaluate=False)

    def argument(self, node: tuple[Any, ...]) -> Any:
        """A function's argument. Unparenthesised, latex2sympy's argument ends before a root or a power of e
        (they are functions to its grammar): a product with one of those after its first factor is refused, unless
        every argument in the text is in parentheses."""
        if node[0] == "*" and self.lexed.bare_arguments:
            leaves: list[tuple[Any, ...]] = []
            _flatten_product(node, leaves)
            if any(_head(leaf) in ("root", "e", "f", "log") for leaf in leaves[1:]):
                raise _Refused("function-like factor in a function's argument")
        return self.build(node, "f")


def _flatten_product(node: tuple[Any, ...], leaves: list[tuple[Any, ...]]) -> None:
    if node[0] == "*":
        for factor in node[1]:
            _flatten_product(factor, leaves)
    else:
        leaves.append(node)


def _head(node: tuple[Any, ...]) -> str:
    """The tag of the node a factor starts with (the base of a power, the operand of a factorial)."""
    while node[0] in ("^", "!", "!!"):
        node = node[1]
    return str(node[0])


def _decimal_text(value: Fraction) -> str:
    """The exact decimal spelling of a fraction whose denominator divides a power of ten (``3`` is ``3.0``)."""
    if value.denominator == 1:
        return f"{value.numerator}.0"
    written = finite_decimal(value, 200)
    if written is None:
        raise _Refused("not a decimal")
    return written


def same_tree(a: Any, b: Any) -> bool:
    """Whether two sympy objects are the same tree node by node: types, argument order, numbers, and symbols with
    their assumptions (``srepr`` sorts arguments, so it is not enough). What ``latex_to_sympy`` promises against
    latex2sympy's reading; the tests and ``benchmarks/check_tree_sympy.py`` check it with this."""
    import sympy

    if type(a) is not type(b):
        return False
    if isinstance(a, sympy.Symbol):
        return bool(a.name == b.name and a.assumptions0 == b.assumptions0)
    if not isinstance(a, sympy.Basic) or not a.args:
        return bool(a == b)
    return len(a.args) == len(b.args) and all(same_tree(x, y) for x, y in zip(a.args, b.args, strict=True))
