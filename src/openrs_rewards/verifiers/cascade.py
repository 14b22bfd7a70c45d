"""The equivalence cascade: the order of the stages, when a textual match is trusted, the caches; who decided.

One item goes:

1. the gold → :func:`~openrs_rewards.verifiers.fast.prepare_gold` (cached per gold text);
2. the completion → text (:mod:`~openrs_rewards.verifiers.text`) → answer span
   (:func:`~openrs_rewards.verifiers.extract.find_answer`, with the record's truncation flag when it has one);
3. :func:`~openrs_rewards.verifiers.fast.fast_compare` in the caller: normalised strings, exact numbers, number
   lists, choice letters (microseconds);
4. :func:`~openrs_rewards.verifiers.expr.identity_equal` in the caller: a small bounded parser for the common
   forms (a labelled value ``x(t)=…`` read as its right side, as the structure rules read it), compared exactly or
   at random points (tens of microseconds to a millisecond), with sympy's readings where they are known: names
   without case (``C`` and ``c``), a rounded decimal against an exact constant by ``numeric``'s rounding policy;
   then lists, tuples, intervals and relations with such elements by the structure rules; then word answers by the
   word (without case); then a prediction with a word of prose in it, or infinity, or the empty set, against a gold
   that parser reads, is wrong (what sympy concludes too);
5. otherwise :func:`~openrs_rewards.verifiers.symbolic.symbolic_compare` in a guarded worker process with a hard
   deadline (:mod:`~openrs_rewards.verifiers.guard`), with math-verify's LaTeX parser as the last backend. An item
   goes to a worker as soon as the caller meets it, and the caller goes on with the rest meanwhile (the worker pool
   is started by the first such item, in another process): a batch settled in the caller never pays its start-up.

Stages 3 and 4 run with no deadline, so they are bounded by construction (capped input, no sympy). A stage that
is not certain says so (None) and the next one runs. ``Verdict.method`` names the stage that decided.

When a textual match is trusted: a prediction that equals the gold *as text* is correct when the gold is a real
answer: a number, a number list, a choice letter, a word, a plain list of those (``PreparedGold.plain``), a gold
whose every element the expression parser reads, or any well-formed gold (``\\bar z``, ``12 \\mid 36``,
``\\frac{dx}{dt}=kx-a``), whether or not sympy parses it. A broken gold (``\\frac{}{2}``, ``1+*2``, ``x^``) gives
``invalid_gold`` in the caller, even for a completion that repeats it verbatim, unless a caller stage has already
found the answer wrong; it never reaches a worker.

Caches (per process): prepared golds (in ``fast``), parsed expressions (in ``expr``), and the worker's decisions
(here), keyed by (prediction, gold, use_math_verify). Timeouts are never cached: a later call may succeed.
"""

from __future__ import annotations

import math
import numbers
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING, Any

from openrs_rewards.verifiers import forked
from openrs_rewards.verifiers.chemistry import chemistry_equal
from openrs_rewards.verifiers.expr import (
    INTEGER_PARAMETERS,
    ambiguous_function_argument,
    constant_value,
    identity_equal,
    parse_expression,
    writers_reading,
)
from openrs_rewards.verifiers.extract import (
    CONCLUDING_CLAUSE,
    MONTH_NAMES,
    NOT_FOUND,
    PART_LABEL_TOKEN,
    RESTATED_IN_ANOTHER_UNIT,
    WITHDRAWN,
    Extracted,
    NoAnswer,
    find_answer,
    last_boxes,
    last_labelled_boxes,
    more_than_a_letter,
    restated_numbers,
    restatement_agrees,
)
from openrs_rewards.verifiers.fast import (
    MAX_ELEMENT_COMPARISONS,
    TRUTH_ADJECTIVES,
    TRUTH_VALUES,
    PreparedGold,
    fast_compare,
    fast_element_equal,
    prepare_gold,
)
from openrs_rewards.verifiers.normalize import (
    _SCALES,
    CURRENCY_WORDS_BEFORE_NUMBER,
    LANGUAGE_REACH,
    NAMED_QUANTITY_RE,
    QUANTITY_NAME_PATTERN,
    TEXT_GROUP_RE,
    angle_brackets_as_interval_ends,
    answer_label,
    answer_unit,
    compound_quantity_values,
    cyrillic_units_in_latin,
    is_unit_word,
    last_labelled_part,
    normalize_answer,
    normalize_keeping_label,
    units_agree,
    value_an_equation_states,
    value_and_unit,
    value_and_unit_symbol,
    value_in_base_units,
    without_scale_words,
    writes_decimal_commas,
)
from openrs_rewards.verifiers.numeric import (
    ParsedNumber,
    finite_decimal,
    fraction_in_latex,
    numbers_match,
    parse_number,
    rounded_answers,
    rounds_to,
)
from openrs_rewards.verifiers.options import VerifyOptions
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.periodic import periodic_equal
from openrs_rewards.verifiers.piecewise import piecewise_equal
from openrs_rewards.verifiers.residue_class import same_power_family, same_residue_class
from openrs_rewards.verifiers.sets_in_words import gold_set, stated_set_answers
from openrs_rewards.verifiers.structure import MAX_DEPTH as MAX_STRUCTURE_DEPTH
from openrs_rewards.verifiers.structure import (
    Structure,
    label_spellings,
    parse_structure,
    split_top_level,
    structures_equal,
)
from openrs_rewards.verifiers.text import (
    SENTENCE_ENDS,
    completion_text_or_none,
    completion_truncated,
    final_sentence,
    reasoning_end,
)
from openrs_rewards.verifiers.value_at_place import Place, gold_places, stated_places
from openrs_rewards.verifiers.verdict import Decision, Status, Verdict

if TYPE_CHECKING:  # the pool's threads are imported with the first item a worker must settle
    from concurrent.futures import Future, ThreadPoolExecutor

__all__ = ["approximation_sides", "clear_decision_cache", "decide_batch"]

CHOICE_LETTERS = "ABCDEFGHIJ"
# An option's letter with its value ("(C) 7", "C) 7", "C. 7", "\\mathrm{(B)}\\ 7", "(B) $\\frac{1}{2}$", "(B) $O(n \\log n)$",
# "(B) \\$50"): against a gold that is a value, not a letter, the value is the answer. (A value in words may not start
# with a word that goes on to other options: "(A) and (C)".)
_LETTERED_VALUE = compile_lazily(
    r"(?:\\(?:text(?:bf|rm)?|mathrm|mathbf)\{)?(?:\([A-J]\)|[A-J][).:](?=[ \t~$\\]))[ \t]*\}?(?:[ \t~]|\\[ ,;])*(?:\\?\$)?"
    r"([-\d\\][^$()]{0,80}?|(?!(?:and|or|&)\b)[A-Za-z](?:(?!\([A-J]\))[^$]){0,80}?)\$?"
)
DECISION_CACHE_SIZE = 65_536


def _gold_text(gold: Any) -> str | None:
    """Golds are text; plain numbers (GSM8K's ints, a float) are accepted and written out."""
    if isinstance(gold, str):
        return gold
    if isinstance(gold, bool) or gold is None:
        return None
    if isinstance(gold, numbers.Integral):
        return str(int(gold))
    if isinstance(gold, numbers.Real):
        value = float(gold)
        return repr(value) if math.isfinite(value) else None
    return None


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


# --- the per-process cache of the worker's decisions ----------------------------------------------------------------

_CacheKey = tuple[str, str, bool, bool]  # answer, gold, use_math_verify, rounded_answers
_DECISIONS: OrderedDict[_CacheKey, tuple[str, Decision | None, str | None]] = OrderedDict()
_DECISIONS_LOCK = threading.Lock()


def _cache_key(predicted: str, gold_text: str, options: VerifyOptions) -> _CacheKey:
    """What a worker's decision depends on: the texts and the options the comparison reads."""
    return (predicted, gold_text, options.use_math_verify, options.rounded_answers)


def _cached(key: _CacheKey) -> tuple[str, Decision | None, str | None] | None:
    with _DECISIONS_LOCK:
        found = _DECISIONS.get(key)
        if found is not None:
            _DECISIONS.move_to_end(key)
        return found


def _remember(key: _CacheKey, value: tuple[str, Decision | None, str | None]) -> None:
    with _DECISIONS_LOCK:
        _DECISIONS[key] = value
        while len(_DECISIONS) > DECISION_CACHE_SIZE:
            _DECISIONS.popitem(last=False)


def clear_decision_cache() -> None:
    """Forget cached worker decisions (tests that swap the comparison use it)."""
    with _DECISIONS_LOCK:
        _DECISIONS.clear()


# --- the caller-side stages -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    """An item the caller could not settle: it goes to a worker."""

    index: int
    extracted: Extracted
    gold: PreparedGold
    spent: float  # seconds of caller-side work so far


def _verdict(decision: Decision, gold: PreparedGold, source: str | None, seconds: float) -> Verdict:
    return Verdict(
        correct=decision.equal,
        status="correct" if decision.equal else "incorrect",
        predicted=decision.predicted,
        gold=gold.text,
        method=decision.method,
        seconds=seconds,
        source=source,
    )


def _unsettled(
    status: Status, started: float, method: str, *, gold: str | None = None, detail: str | None = None
) -> Verdict:
    """A verdict reached without a comparison (bad input, no answer, an internal error)."""
    return Verdict(
        False, status, gold=gold, method=method, seconds=time.perf_counter() - started, detail=detail
    )


def _expression_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """Stage 4: the bounded expression parser (None when it cannot read both sides or is not sure)."""
    text = normalize_answer(predicted)
    # One value each, read as the structure module reads it (the symbolic stage too): "x(t)=x_0\cos(\omega t)" is
    # the value of x(t), a labelled equation's right side.
    expression = _single_value(text)
    gold_expression = _single_value(gold.text)
    try:
        equal = _expression_equal(expression, gold_expression)
    except Exception:  # a bug of the fast parser must never decide: the worker still can
        return None
    return None if equal is None else Decision(bool(equal), "expr", text)


def _expression_equal(expression: str, gold_expression: str) -> bool | None:
    """Two single expressions compared by the bounded parser as the symbolic stage's sympy compares them.

    An answer whose function argument is written without parentheses before ``*`` or ``/`` is read as its writer
    means it (``\\ln 8/\\ln 2`` is 3, ``\\sin x/\\cos x`` is tan x), not as latex2sympy reads it (ln(8/ln 2),
    sin(x/cos x)), which would call right answers wrong and ``\\ln 6/3`` equal to ``\\ln 2``."""
    equal = _expression_equal_read(expression, gold_expression)
    if equal is None and (
        ambiguous_function_argument(expression) or ambiguous_function_argument(gold_expression)
    ):
        with writers_reading():
            equal = _expression_equal_read(expression, gold_expression)
    return equal


def _expression_equal_read(expression: str, gold_expression: str) -> bool | None:
    equal = identity_equal(expression, gold_expression)
    if equal is not True and _same_with_other_constants(expression, gold_expression):
        return True  # (read as different or undecided: the constants' names differ)
    if equal is None and (
        _same_with_another_parameter(expression, gold_expression)
        or _same_with_another_constant(expression, gold_expression)
    ):
        return True
    if equal is False and (
        _same_up_to_the_constant(expression, gold_expression)
        or _same_solutions_shifted(expression, gold_expression)
    ):
        return True
    if (
        equal is not True
        # (each of _INTEGRATION_CONSTANTS is written with a C or a K: without one, no side adds a constant)
        and ("C" in expression or "K" in expression or "C" in gold_expression or "K" in gold_expression)
        and _constant_added_on_one_side(expression, gold_expression)
    ):
        return True
    same_up_to_case = None if equal is not None else _same_variables_up_to_case(expression, gold_expression)
    if same_up_to_case is False:
        # Different variables ("2n" against "\frac{3}{2}-1", "x-x+3" against "3"): compared as functions of all
        # of them, which is what sympy concludes too.
        equal = identity_equal(expression, gold_expression, variables_must_match=False)
    elif same_up_to_case:
        # Names that differ only in case ("Ce^{-2t}" and "ce^{-2t}", the arbitrary constant): one symbol to
        # sympy's LaTeX parser, which lower-cases every name; read the same way here where that reading is a
        # plain symbol (not E, I, \gamma, u(t)) and no answer writes one name in two cases (else still sympy).
        equal = identity_equal(expression, gold_expression, fold_case=True)
        if equal and not _constants_in_other_case(expression, gold_expression):
            # ... a constant's name; another name in the other case is another quantity ("N^2+1" is not "n^2+1"
            # where N = 2^n, "V" is not "v"), which sympy's lower-casing confuses
            equal = False
    if equal is None:
        equal = _rounded_equal(expression, gold_expression)
    return equal


def _natural_logarithm_decision(predicted: str, gold: PreparedGold, completion: str) -> Decision | None:
    """``\\log 2`` against ``\\ln 2``: where one side writes natural logarithms, the other's ``\\log`` without a base
    is one too (as analysts write it), not the common logarithm the parsers read it as; unless the completion says
    it works in base 10 ("Using base-10 logarithms, $\\log 2 \\approx 0.301$"). Equal by that reading, or None."""
    text = normalize_answer(predicted)
    expression, gold_expression = _single_value(text), _single_value(gold.text)
    if not _one_side_natural_logs(expression, gold_expression) or _BASE_TEN.search(completion) is not None:
        return None
    try:
        natural = _expression_equal(
            _BARE_LOG.sub(r"\\ln", expression), _BARE_LOG.sub(r"\\ln", gold_expression)
        )
    except Exception:  # a bug of the fast parser must never decide
        return None
    return Decision(True, "expr", text) if natural is True else None


_LOG_COMMANDS = compile_lazily(r"\\l(?:n|og)(?![a-z])")
# A completion that says its logarithms are common ones.
_BASE_TEN = compile_lazily(
    r"base[ -]?(?:10|ten)\b|common[ \t]+log|\\log_\{?10|\\lg(?![A-Za-z])", re.IGNORECASE
)
# \log without a base (not \log_2, not \logarithm's other commands).
_BARE_LOG = compile_lazily(r"\\log(?![A-Za-z_])")


def _one_side_natural_logs(expression: str, gold_expression: str) -> bool:
    """Whether one side writes \\ln and the other a \\log without a base (and no \\ln of its own)."""
    for one, other in ((expression, gold_expression), (gold_expression, expression)):
        if (
            "\\ln" in one
            and "\\log" not in one
            and "\\ln" not in other
            and _BARE_LOG.search(other) is not None
        ):
            return True
    return False


# Names of the arbitrary constant of an antiderivative or a differential equation's general solution (not c: a side,
# the speed of light; A only where it leads a term or an exponential's term on both sides, as every name here).
_ARBITRARY_CONSTANTS = frozenset(["C", "K", "A", "C_1", "c_1", "C_0", "c_0"])
# ... and the small letters a family's constant is named with ("f(x) = kx" for "f(x) = cx"), renamed only into one
# another (a small c alone may be a side of a triangle: "a+b+K" is not "a+b+c")
_SMALL_CONSTANTS = frozenset(["c", "k"])


def _same_with_another_parameter(expression: str, gold_expression: str) -> bool:
    """A general solution written with another integer parameter (``\\frac{\\pi}{4}+n\\pi`` against
    ``\\frac{\\pi}{4}+k\\pi``): the same set of solutions. Only for periodic answers (both hold π) whose one
    unshared name on each side is such a parameter."""
    if "\\pi" not in expression or "\\pi" not in gold_expression:
        return False
    return _same_with_another_name(expression, gold_expression, INTEGER_PARAMETERS)


def _same_solutions_shifted(expression: str, gold_expression: str) -> bool:
    """A general solution written from another solution of the same family (``\\frac{7\\pi}{6}+k\\pi`` against
    ``\\frac{\\pi}{6}+k\\pi``): equal once its integer parameter is shifted by one or two periods. Only for periodic
    answers (both hold π) with one shared parameter name."""
    if "\\pi" not in expression or "\\pi" not in gold_expression:
        return False
    parsed, gold_parsed = parse_expression(expression), parse_expression(gold_expression)
    if parsed is None or gold_parsed is None or parsed.variables != gold_parsed.variables:
        return False
    parameters = parsed.variables & INTEGER_PARAMETERS
    if len(parameters) != 1:
        return False
    (name,) = parameters
    if name == "n":
        # "(n-2)\\pi" (a polygon's angles) is a formula in n, which "n\\pi" is not; a general solution in n that
        # says it is one ("x = \\frac{\\pi}{6}+n\\pi", "n \\in \\mathbb{Z}") is compared as a set of residues
        return False
    spelling = _name_re(name)
    return any(
        identity_equal(spelling.sub(f"({name}{shift:+d})", expression), gold_expression) is True
        for shift in (1, -1, 2, -2)
    )


def _same_with_another_constant(expression: str, gold_expression: str) -> bool:
    """An antiderivative or general solution written with another name for its arbitrary constant
    (``\\frac{x^3}{3}+K`` against ``\\frac{x^3}{3}+C``, ``C_1e^{-t}`` against ``Ce^{-t}``): the same family. Only
    where the name plays that part on both sides: once, as a term of its own or the factor of an exponential term,
    beside other variables (``\\frac{Q}{K}`` is not ``\\frac{Q}{C}``: a capacitance is no arbitrary constant)."""
    parsed, gold_parsed = parse_expression(expression), parse_expression(gold_expression)
    if parsed is None or gold_parsed is None or len(parsed.variables) < 2 or len(gold_parsed.variables) < 2:
        return False  # "K+1" against "C+1": a constant of the problem, not of integration
    return _same_with_another_name(
        expression, gold_expression, _ARBITRARY_CONSTANTS, _an_arbitrary_constant
    ) or _same_with_another_name(expression, gold_expression, _SMALL_CONSTANTS, _an_arbitrary_constant)


# Names of the two to four arbitrary constants of a general solution ("C_1 e^{t} + C_2 e^{-t}", "A\cos\omega t +
# B\sin\omega t").
_GENERAL_SOLUTION_CONSTANTS = frozenset(
    ["A", "B", "C", "D", "K", *(f"{letter}_{index}" for letter in "Cc" for index in range(5))]
)


def _same_with_other_constants(expression: str, gold_expression: str) -> bool:
    """A general solution with two to four arbitrary constants named or ordered otherwise (``Ae^{t} + Be^{-t}`` and
    ``C_2e^{t} + C_1e^{-t}`` against ``C_1e^{t} + C_2e^{-t}``): the same family, equal under some renaming of the
    constants among themselves. Only where each constant is the coefficient of a term of its own on both sides and
    the other variables are the same."""
    parsed, gold_parsed = parse_expression(expression), parse_expression(gold_expression)
    if parsed is None or gold_parsed is None:
        return False
    constants = sorted(parsed.variables & _GENERAL_SOLUTION_CONSTANTS)
    gold_constants = sorted(gold_parsed.variables & _GENERAL_SOLUTION_CONSTANTS)
    if not 2 <= len(constants) == len(gold_constants) <= 4:
        return False  # (four: a fourth-order equation's solution, 24 renamings at most)
    if parsed.variables - set(constants) != gold_parsed.variables - set(gold_constants):
        return False
    if not all(
        _leads_a_term(_terms_of(expression), name, _AFTER_A_COEFFICIENT_RE) for name in constants
    ) or not all(
        _leads_a_term(_terms_of(gold_expression), name, _AFTER_A_COEFFICIENT_RE) for name in gold_constants
    ):
        return False
    spelled = re.compile(
        "|".join(f"(?P<c{index}>{_name_re(name).pattern})" for index, name in enumerate(constants))
    )
    for order in permutations(gold_constants):
        # (all constants renamed in one pass: "A -> C_2, C_2 -> C_1" never renames twice)
        if identity_equal(_renamed(expression, spelled, order), gold_expression) is True:
            return True
    return False


# A factor of no constant before the bracket that holds the terms: "e^{-x}(A\cos x+B\sin x)".
_COMMON_FACTOR_OF_TERMS = compile_lazily(
    r"(?:e\^\{[^{}()A-D]{1,20}\}|e\^[a-z]|\\cdot|[0-9])+\((?P<terms>.+)\)"
)


def _terms_of(text: str) -> str:
    """The terms of ``text``: inside the bracket that a common factor multiplies, else ``text``."""
    factored = _COMMON_FACTOR_OF_TERMS.fullmatch(text)
    if factored is None:
        return text
    depth = 0
    for char in factored.group("terms"):
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return text  # ("e^{x}(A)+(B)": the bracket closes before the end)
    return factored.group("terms")


def _renamed(text: str, spelled: re.Pattern[str], names: Sequence[str]) -> str:
    """``text`` with the name matched by ``spelled``'s group ``c<i>`` written ``names[i]``, all in one pass."""
    return spelled.sub(lambda match: names[int(str(match.lastgroup)[1:])], text)


def _same_with_another_name(
    expression: str,
    gold_expression: str,
    names: frozenset[str],
    in_place: Callable[[str, str], bool] | None = None,
) -> bool:
    """Equal once the one name only the answer has is renamed to the one name only the gold has, both of ``names``
    (and, with ``in_place``, where it holds for each name in its text)."""
    parsed, gold_parsed = parse_expression(expression), parse_expression(gold_expression)
    if parsed is None or gold_parsed is None:
        return False
    only_here, only_in_gold = (
        parsed.variables - gold_parsed.variables,
        gold_parsed.variables - parsed.variables,
    )
    if len(only_here) != 1 or len(only_in_gold) != 1 or not (only_here | only_in_gold) <= names:
        return False
    (name,), (gold_name,) = only_here, only_in_gold
    if in_place is not None and not (in_place(expression, name) and in_place(gold_expression, gold_name)):
        return False
    renamed = _name_re(name).sub(gold_name, expression)
    return identity_equal(renamed, gold_expression) is True


def _name_re(name: str) -> re.Pattern[str]:
    """The name as written ("c_1" may be "c_{1}"), not the end of a command or a longer name, nor a subscripted one
    ("Ke^{t}" is K times e^t). Renaming is only ever a way to find True: a wrong rename finds nothing equal."""
    letter, _, subscript = name.partition("_")
    if subscript:
        spelling = rf"{re.escape(letter)}_(?:{re.escape(subscript)}(?!\d)|\{{{re.escape(subscript)}\}})"
    else:
        spelling = rf"{re.escape(letter)}(?!_)"
    return re.compile(rf"(?<![A-Za-z\\]){spelling}")


# After an arbitrary constant: the end of its term, or the exponential it multiplies ("Ce^{-2t}", "C\cdot e^{t}"),
# or the power of one variable it multiplies, ending its term ("Cx^2", "Ct").
_AFTER_A_CONSTANT_RE = compile_lazily(
    r" ?(?:$|[-+]|(?:\\cdot ?)?(?:e\^|\\exp)|[a-z](?:\^(?:\{-?\d{1,2}\}|\d))?(?: ?[-+]|$))"
)
# After one of a general solution's constants: also the trigonometric function it multiplies ("A\cos\omega t").
_AFTER_A_COEFFICIENT_RE = compile_lazily(
    r" ?(?:$|[-+]|(?:\\cdot ?)?(?:e\^|\\exp|\\(?:cos|sin|cosh|sinh)(?![a-z])))"
)


def _an_arbitrary_constant(text: str, name: str) -> bool:
    """Whether ``name`` occurs once in ``text``, outside any group, as a term of its own or an exponential's factor."""
    return _leads_a_term(text, name, _AFTER_A_CONSTANT_RE)


def _leads_a_term(text: str, name: str, after: re.Pattern[str]) -> bool:
    """Whether ``name`` occurs once in ``text``, outside any group, at the start of a term and followed by ``after``."""
    end = _term_of_its_own(text, name)
    return end is not None and after.match(text, end) is not None


def _an_added_constant(text: str, name: str) -> bool:
    """``name`` occurs once in ``text``, outside any group, as a term of its own (``+ C``; not ``Ce^{t}``)."""
    end = _term_of_its_own(text, name)
    after = "" if end is None else text[end:].lstrip()
    return end is not None and (not after or after[0] in "+-")


def _term_of_its_own(text: str, name: str) -> int | None:
    """Where ``name`` ends when it occurs once in ``text``, outside any group, at the start of a term; else None."""
    found = list(_name_re(name).finditer(text))
    if len(found) != 1:
        return None
    start, end = found[0].span()
    before = text[:start].rstrip()
    depth = sum(before.count(opening) for opening in "({[") - sum(before.count(closing) for closing in ")}]")
    return end if depth == 0 and (not before or before[-1] in "+-") else None


# The names of integers a function of an integer is written in ("f(n) = 2n + K"), never of an antiderivative's variable.
_INTEGER_VARIABLES = frozenset("nmk")
# The capital names of a constant of integration one side may add where the other leaves it out.
_INTEGRATION_CONSTANTS = ("C", "K", "C_1", "C_0")


def _constant_added_on_one_side(expression: str, gold_expression: str) -> bool:
    """An antiderivative with its constant of integration on one side only (``x(\\ln x-1)+C`` against ``x\\ln x -
    x``, or the gold's ``\\frac{1}{2}\\ln|x^2+1|+C`` against an answer without it): the same family once the other
    side adds it too. Only a capital name added as a term of its own, beside a variable written small."""
    for name in _INTEGRATION_CONSTANTS:
        mine, theirs = _an_added_constant(expression, name), _an_added_constant(gold_expression, name)
        if mine == theirs:
            continue
        lacking = gold_expression if mine else expression
        small = {char for char in _COMMAND_NAME.sub("", lacking) if char.islower()}
        if _name_re(name).search(lacking) is not None or not small:
            return False  # (the name is the other side's own, or there is no variable: "A + B + C")
        if small <= _INTEGER_VARIABLES:
            return (
                False  # ("2n + K" against "2n": a family of functions on the integers, no antiderivative's)
            )
        completed = f"({lacking})+{name}"
        if mine:
            # (against a gold of one antiderivative, only the same one: "x^3 + C" is no answer to the "x^3 + 2" an
            # initial condition fixed)
            return identity_equal(expression, completed) is True
        return identity_equal(completed, gold_expression) is True or _same_up_to_the_constant(
            completed, gold_expression
        )
    return False


# Letters given to the variables of a difference of antiderivatives to test that it is constant (see below).
_FRESH_NAMES = "uvwpqrsz"


def _same_up_to_the_constant(expression: str, gold_expression: str) -> bool:
    """Two antiderivatives with one arbitrary constant added on both sides that differ by a constant
    (``-\\cos^2 x + C`` against ``\\sin^2 x + C``, ``\\frac{x^3}{3}+x^2+x+C`` against ``\\frac{(x+1)^3}{3}+C``): the
    same family of functions. The difference, the constant cancelled, is constant when it takes one value at
    unrelated points: compared with itself with every variable renamed to a fresh one."""
    parsed, gold_parsed = parse_expression(expression), parse_expression(gold_expression)
    if parsed is None or gold_parsed is None:
        return False
    shared = parsed.variables & gold_parsed.variables & _ARBITRARY_CONSTANTS
    if len(shared) != 1:
        return False
    (constant,) = shared
    if not (_an_added_constant(expression, constant) and _an_added_constant(gold_expression, constant)):
        return False
    others = sorted((parsed.variables | gold_parsed.variables) - {constant})
    fresh = [name for name in _FRESH_NAMES if name not in parsed.variables | gold_parsed.variables]
    if not others or len(fresh) < len(others) or any(len(name) != 1 for name in others):
        return False
    difference = f"({expression})-({gold_expression})"
    renamed = difference
    for name, new_name in zip(others, fresh, strict=False):
        renamed = _name_re(name).sub(new_name, renamed)
    renamed_parsed = parse_expression(renamed)
    if renamed_parsed is None or renamed_parsed.variables & set(others):
        return False  # a name not renamed everywhere: the comparison would be of the difference with itself
    return identity_equal(difference, renamed, variables_must_match=False) is True


# Derivative spellings: the symbolic stage first rejects answers whose derivative orders differ; the structured
# stage below leaves any answer with one to it.
_DERIVATIVE_MARKS = ("'", "\\prime", "dot{", "\\frac{d")


def _value_against_collection(value: str, other: str) -> bool:
    """An expression the bounded parser reads against a tuple, interval, union, matrix or several named values
    (``a=1, b=-1, c=0``): never equal (sympy's expression is never its Tuple, Interval, Union or Matrix either)."""
    if parse_expression(value) is None:
        return False
    structure = parse_structure(other)
    return structure.kind in ("sequence", "union", "matrix") or (
        structure.kind == "named" and len(structure.items) > 1
    )


def _structured_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """Stage 4b: a list, tuple, set, interval or relation on either side, compared by the structure rules the
    symbolic stage uses (:func:`structures_equal`), with element verdicts of the caller: the fast path's, then
    :func:`_expression_equal` (different variables, names in two cases, rounded decimals), which the fast path
    leaves open. ``"\\frac{4A}{3+3i}e^{it}, 300"`` against ``"\\frac{4A}{3+3i}e^{it}"``: a hedged answer whose
    second value is no value of the gold is wrong, as sympy finds. Only for golds whose every element the bounded
    parser reads (a real answer, never an ``invalid_gold`` to be), and never with a derivative in sight."""
    text = normalize_answer(predicted)
    if any(mark in text or mark in gold.text for mark in _DERIVATIVE_MARKS):
        return None
    structure = parse_structure(text)
    gold_structure = gold.structure or parse_structure(gold.text)
    if structure.kind == "value" and gold_structure.kind == "value":
        return None  # the single-value stage's
    if not _readable_in_caller(gold.text):
        return None
    budget = [MAX_ELEMENT_COMPARISONS]

    def element_equal(a: str, b: str) -> bool | None:
        budget[0] -= 1
        if budget[0] < 0:
            return None
        equal = fast_element_equal(a, b)
        if equal is None:
            equal = _expression_equal(a, b)
        if equal is None and (_value_against_collection(a, b) or _value_against_collection(b, a)):
            equal = False
        return equal

    try:
        equal = structures_equal(structure, gold_structure, element_equal)
    except Exception:  # a bug of ours must never decide: the worker still can
        return None
    return None if equal is None else Decision(bool(equal), "expr", text)


# A relative difference of two constants that no rounding policy or tolerance of the symbolic stage bridges.
_CLEARLY_DIFFERENT = 1e-6


def _rounded_equal(predicted: str, gold: str) -> bool | None:
    """A decimal on one side and an exact constant on the other ("1.571" and "\\frac{\\pi}{2}", within a unit
    in the last place, so :func:`identity_equal` leaves it open): the rounding policy of ``numeric``, applied as the
    symbolic stage applies it (the gold's decimal first, then the prediction's), else different when the values
    are clearly apart. None when neither side is a decimal number or a value is not a real constant here.

    Example:
        >>> _rounded_equal("\\\\frac{\\\\pi}{2}", "1.571"), _rounded_equal("\\\\frac{\\\\pi}{2}", "1.5")
        (True, False)
    """
    predicted_number, gold_number = parse_number(predicted), parse_number(gold)
    if predicted_number is not None and gold_number is not None:
        return None  # two numbers: the fast path's
    if gold_number is not None and gold_number.quantum is not None and not gold_number.percent:
        exact = constant_value(predicted)
        if exact is not None and rounds_to(exact, gold_number, is_gold=True):
            return True
    elif (
        predicted_number is not None and predicted_number.quantum is not None and not predicted_number.percent
    ):
        exact = constant_value(gold)
        if exact is not None and rounds_to(exact, predicted_number, is_gold=False):
            return True
    else:
        return None
    value, gold_value = constant_value(predicted), constant_value(gold)
    if value is None or gold_value is None:
        return None
    if abs(value - gold_value) > _CLEARLY_DIFFERENT * max(abs(value), abs(gold_value)):
        return False
    return None


# A final sentence that denies a claim of existence, or of necessity: the reply "No" to a yes-or-no question ("Hence
# no such integer exists.", "So no largest one exists.", "No solutions in positive integers exist.", "there is none",
# "So the answer is: not necessarily.").
_DENIAL = compile_lazily(
    r"\bno[ \t]+such\b[^.!?\n]{0,80}?\bexists?\b"
    r"|\b(?:(?:does|do|can)(?:[ \t]+not|n't)|cannot)[ \t]+(?:always[ \t]+)?exist\b"
    # (the thing denied in a few words of its own: "no largest one", "no solutions in positive integers"; not a clause
    # joined after a "no" of another thing: "no contradiction, so a solution exists", "no doubt one exists")
    r"|\bno(?:[ \t]+(?!(?:so|and|or|but|then|thus|hence|therefore|which|that|if|since|because|as|doubt|matter"
    r"|question|wonder|contradiction|problem|reason)\b)[A-Za-z]+){1,4}[ \t]+exists?\b"
    r"|\bthere[ \t]+(?:is|are|exists?)[ \t]+(?:no(?![ \t]+(?:doubt|question)\b)|none)\b|\bnone[ \t]+exists?\b"
    r"|\bnot[ \t]+necessarily\b",
    re.IGNORECASE,
)
_AFFIRMED = compile_lazily(r"\byes\b|\btrue\b|\bbut\b|\bexcept\b|\bunless\b", re.IGNORECASE)


# A final sentence that says an equation or system has no solution, in the languages models answer in.
_NO_SOLUTION_SAID = compile_lazily(
    r"\b(?:has|have|had)[ \t]+no[ \t]+(?:real[ \t]+|integer[ \t]+|integral[ \t]+)?(?:solutions?|roots?)\b"
    r"|\bthere[ \t]+(?:is|are|exists?)[ \t]+no[ \t]+(?:real[ \t]+|integer[ \t]+)?(?:solutions?|roots?)\b"
    r"|\bno[ \t]+(?:real[ \t]+)?solutions?[ \t]+exists?\b|\bsolution[ \t]+set[ \t]+is[ \t]+(?:the[ \t]+)?empty\b"
    r"|无解|無解|没有(?:实数|整数)?解|沒有(?:實數|整數)?解|解(?:は|が)?(?:なし|ない|存在しない)|해(?:가|는)?[ \t]*없"
    r"|pas[ \t]+de[ \t]+solution|aucune[ \t]+solution|no[ \t]+(?:tiene|hay|existe)[ \t]+soluci[oó]n|keine[ \t]+L[öo]sung"
    r"|нет[ \t]+решений|решений[ \t]+нет|не[ \t]+имеет[ \t]+решений|nessuna[ \t]+soluzione|impossibile"
    r"|v[ôo][ \t]+nghi[ệe]m|n[ãa]o[ \t]+(?:tem|possui|h[áa])[ \t]+solu[çc][ãa]o|sem[ \t]+solu[çc][ãa]o",
    re.IGNORECASE,
)
# ... and what makes it say more than that: a value, a contrast, an exception.
_MORE_THAN_NONE = compile_lazily(r"\d|\b(?:but|except|other[ \t]+than|unless|only)\b|但|除", re.IGNORECASE)


def _no_solution_stated(completion: str) -> Extracted | None:
    """The empty set, where the final sentence of a completion with no marked answer says there is no solution ("So
    the equation has no solution.", "∴ 原方程无解。"), against a gold that is none; None otherwise."""
    sentence = final_sentence(completion, (*SENTENCE_ENDS, "。"))
    said = _NO_SOLUTION_SAID.search(sentence)
    if said is None:
        return None
    # (the clause that concludes it, after the reason given before: "$x^2 = -4$, but a real square cannot be
    # negative, so the equation has no real solutions.")
    concluded = [found.end() for found in CONCLUDING_CLAUSE.finditer(sentence, 0, said.start())]
    if _MORE_THAN_NONE.search(sentence, concluded[-1] if concluded else 0) is not None:
        return None
    return Extracted("\\emptyset", "phrase")


def _statement_may_answer(
    found: Extracted | NoAnswer, truncated: bool | None, options: VerifyOptions
) -> bool:
    """Whether what a final sentence states in words may answer in place of ``found``: no answer was found, or only
    a guess, in a finished text, and the options read guesses at all (never for the rewards' explicit answers)."""
    if truncated or not options.extraction.last_number_fallback:
        return False
    if isinstance(found, Extracted):
        return found.source in _GUESSED_SOURCES
    return found.reason == NOT_FOUND


def _condition_stated(completion: str, variables: set[str]) -> Extracted | None:
    """The one condition on a variable the final sentence of a completion with no marked answer states ("So $n$ is a
    multiple of 3.", "... exactly when $n$ is divisible by 2.", "So $n$ must be a power of 2."), written as an answer
    ("n \\text{ is a multiple of } 3"), against a gold that is such a condition; None otherwise (a denial, "is not a
    multiple", or two conditions state no one; nor one on another variable than the gold's ``variables``: "exactly
    when $k$ is even", where $k = n + 1$)."""
    sentence = final_sentence(completion)
    said = _CONDITION_SAID.findall(sentence)
    if len(said) != 1 or said[0][0] not in variables:
        return None
    variable, condition = said[0]
    return Extracted(f"{variable} \\text{{ is {condition.replace('$', '')} }}", "last_number")


# A gold that is a condition on an integer: "n \\equiv 0 \\pmod{3}", "3 \\mid n", "n \\text{ even}", "n = 2^m".
_CONDITION_GOLD = compile_lazily(
    r"\\pmod|\\mid|\\equiv|multiple|divisible|\beven\b|\bodd\b|power|\^[ \t{]*[a-z]\b"
)
# ... of a variable it names ("n \\text{ even}", not the word "\\text{odd}" a question about a function's parity asks)
_CONDITION_VARIABLE = compile_lazily(r"(?<![A-Za-z\\])[a-z](?![A-Za-z])")
# ... and a sentence that states one: "$n$ is a multiple of 3", "n must be a power of 2", "n is even".
_CONDITION_SAID = compile_lazily(
    r"(?<![\w\\])\$?([a-z])\$?[ \t]+(?:is|must[ \t]+be|has[ \t]+to[ \t]+be|is[ \t]+always)[ \t]+(?:(?:an?|any)[ \t]+)?"
    r"((?:positive[ \t]+)?(?:multiple|power)[ \t]+of[ \t]+\$?\d+\$?|divisible[ \t]+by[ \t]+\$?\d+\$?|even|odd)"
    r"(?![ \t]*(?:and|or|but)\b)\b"
)


_GUESSED_SOURCES = ("last_number", "math_span", "plain_math")
# The words of a kind a word gold may be one of: a sentence that names another of the kind names no one answer.
_WORD_KINDS = tuple(
    frozenset(kind.split())
    for kind in (
        MONTH_NAMES.removeprefix("(?:")
        .removesuffix(")")
        .lower()
        .replace("|", " "),  # (the months, written once)
        "monday tuesday wednesday thursday friday saturday sunday",
        "north south east west northeast northwest southeast southwest",
        "red blue green yellow white black orange purple pink brown gray grey",
        "circle ellipse parabola hyperbola line lines point",
        "even odd neither",
        "acute right obtuse",
        "absolutely conditionally",
        "equilateral isosceles scalene",
        "increasing decreasing constant",
        "true false",
        "yes no",
    )
)
# What makes a sentence say more or less than that it is the gold: a negation, an alternative, a condition, a doubt.
_NOT_ONLY_THE_WORD = compile_lazily(
    r"\b(?:not|never|no|nor|neither|or|either|if|unless|whether|maybe|perhaps|might|could|probably|possibly|except"
    r"|but|than|instead|wait|hmm|actually|let[ \t]+me|let's|check|recheck|recount|again|think|guess|believe"
    r"|seems?|suspect|likely|assume|suppose)\b|n't\b|\?",
    re.IGNORECASE,
)
# A mark of work before a final sentence: a number, a relation, math, an arrow.
_WORK_SHOWN = compile_lazily(r"[\d=$→<>]|\\[(\[]")
_GOLD_WORDS = compile_lazily(r"(?:[A-Za-z]{2,} ?){1,3}")  # (words: not a variable, "n", nor a letter)


_COMPASS_HALVES = compile_lazily(r"\A(north|south)(east|west)\Z", re.IGNORECASE)


def _gold_words(gold: PreparedGold, word_answer: bool) -> str:
    """The gold's words as written, spaces and all ("\\text{second player}", "\\text{infinitely many}"), or its
    normalised text for another word answer; "" when it is no answer in words."""
    words = " ".join(TEXT_GROUP_RE.sub(r" \1 ", gold.raw).replace("\\ ", " ").strip("$ ").split())
    if _GOLD_WORDS.fullmatch(words) is not None:
        return words
    return gold.text if word_answer else ""


def _gold_word_stated(completion: str, gold_text: str) -> Extracted | None:
    """The word gold (``Thursday``, ``north``, ``circle``, ``Evelyn``) that the finished final sentence of the text
    after the reasoning says once, with no negation, alternative, condition or doubt, and no other word of its kind
    (another day, direction, colour, conic, parity, ...) nor, for a name, another name; None otherwise."""
    words = gold_text.strip()
    if _GOLD_WORDS.fullmatch(words) is None or (
        words.lower() in TRUTH_VALUES and words.lower() not in TRUTH_ADJECTIVES
    ):
        return None  # (a reply, "Yes" or "No", opens a sentence that may turn back: "No, wait, ...")
    close = reasoning_end(completion)
    reply = (completion if close == -1 else completion[close:]).rstrip(" \t\n*")
    if not reply.endswith((".", "!")):
        return None
    sentence = final_sentence(reply)
    work = reply[: len(reply) - len(sentence)]
    # (or the work in the sentence itself, before its conclusion: "$5^2+12^2 = 13^2$, so it's a right triangle.")
    concluded = CONCLUDING_CLAUSE.search(sentence)
    if _WORK_SHOWN.search(work) is None and (
        concluded is None or _WORK_SHOWN.search(sentence, 0, concluded.start()) is None
    ):
        # ("We try a few values first.\nThe function is odd.": a plan, then a claim, and no work between; a sentence
        # alone, "Her first direction was east.", is read as a whole answer is, not here)
        return None
    sentence = sentence.replace("**", "").replace("\\text{", " ")
    # (a compound direction with a hyphen or a space is the same word: "south-west" for "southwest")
    spelled = _COMPASS_HALVES.sub(r"\1[- ]?\2", re.escape(words)) if words.isalpha() else re.escape(words)
    # (not inside a word joined by a hyphen: "counter-clockwise" does not say "clockwise")
    found = list(re.finditer(r"(?<![A-Za-z'-])" + spelled + r"(?![A-Za-z'-])", sentence, re.IGNORECASE))
    if len(found) != 1:
        return None
    rest = sentence[: found[0].start()] + " " + sentence[found[0].end() :]
    if _NOT_ONLY_THE_WORD.search(rest) is not None:
        return None
    others = {word.lower() for word in re.findall(r"[A-Za-z]+", rest)}
    gold_words = {word.lower() for word in words.split()}
    if any(gold_words & kind and others & (kind - gold_words) for kind in _WORD_KINDS):
        return None
    if words[0].isupper() and not words.isupper():
        # a name: no other name in the sentence (its opening word aside, a capital by its place)
        tokens = re.findall(r"[A-Za-z]+", rest)
        opening = sentence.lstrip(" \t\n*#>-").startswith(tokens[0]) if tokens else False
        if any(token[0].isupper() and token != "I" for token in tokens[1 if opening else 0 :]):
            return None
    return Extracted(words, "gold_word")


def _set_in_words_decision(
    found: Extracted | None, prepared: PreparedGold, completion: str, options: VerifyOptions
) -> Decision | None:
    """Equal, where the gold is a set of numbers (an interval, a union, a relation, \\emptyset, "all real numbers")
    and the words of the answer's box, or else of the final sentence, state that same set (see
    :mod:`~openrs_rewards.verifiers.sets_in_words`); None otherwise (a set they state that is another is left to the
    rest of the cascade). The final sentence is read where the options read guesses, or where it is labelled an
    answer ("**Final Answer:** all real numbers except 1 and -1.")."""
    if gold_set(prepared.raw, "prime") is None:
        return None
    if found is not None and found.source == "boxed":
        stated = stated_set_answers(completion, prepared.raw, found.text)
    elif found is not None and found.source.startswith("reasoning:"):
        return None
    else:
        if not options.extraction.last_number_fallback:
            sentence = final_sentence(completion.rstrip(" \t\n*")).lstrip(" \t\n*#>")
            if _ANSWER_LABELLED.match(sentence) is None:
                return None
        stated = stated_set_answers(completion, prepared.raw, None)
        if stated is not None and stated[0] and _answered_before_the_final_sentence(completion, options):
            return (
                None  # ("The answer is $(2,5)$. In words, x is greater than 2 and at most 5.": two answers)
            )
    if stated is None or not stated[0]:
        return None
    return Decision(True, "sets_in_words", stated[1])


# Where an answer is marked, not guessed: a box, a tag, "#### 5"; an answer phrase or line ("The answer is ...")
# only where it says "answer" (a labelled step, "Domain: $x \\ge -3$.", opens the work, not its end).
_MARKED_SOURCES = ("boxed", "answer_tag", "gsm8k", "choice", "program_output")
_SAID_SOURCES = ("phrase", "bold")
_ANSWER_WORD = compile_lazily(r"\banswer\b", re.IGNORECASE)


def _answered_before_the_final_sentence(completion: str, options: VerifyOptions) -> bool:
    """Whether the text before the final sentence of the reply marks an answer of its own."""
    finished = completion.rstrip(" \t\n*")
    before = finished[: len(finished) - len(final_sentence(finished))]
    close = reasoning_end(before)
    if close != -1:
        before = before[close:]
    if not before.strip():
        return False
    earlier = find_answer(before, options.extraction, truncated=False)
    if not isinstance(earlier, Extracted):
        return False
    return earlier.source in _MARKED_SOURCES or (
        earlier.source in _SAID_SOURCES
        and _ANSWER_WORD.search(before, max(0, len(before) - _REPLY_REACH)) is not None
    )


_ANSWER_LABELLED = compile_lazily(r"(?:final[ \t]+)?answer[ \t*]*:", re.IGNORECASE)


def _existence_denied(completion: str) -> Extracted | None:
    """The reply "No" of a completion whose final sentence denies that what was asked for exists (or must hold),
    against a yes-or-no gold when no answer is marked; None for any other final sentence (one with "yes", "but",
    "except" says more than a denial)."""
    sentence = final_sentence(completion)
    if _DENIAL.search(sentence) is None or _AFFIRMED.search(sentence) is not None:
        return None
    if sentence.lstrip().startswith("(") or _YES_SAID.search(
        completion, max(0, len(completion) - _REPLY_REACH)
    ):
        # ("Answer: Yes, for example $f(x) = 1/x$. (Note that no such example exists among polynomials.)": an aside
        # after a reply, not the reply)
        return None
    return Extracted("No", "phrase")


_REPLY_REACH = 600  # characters at the end of a completion where a "yes" would answer otherwise
_YES_SAID = compile_lazily(r"\byes\b", re.IGNORECASE)


# A gold that writes chemistry: a reaction's arrow, or an element symbol with a count or a charge ("H_2O",
# "\\text{Cu}^{2+}", "CO2").
_CHEMICAL_GOLD = compile_lazily(
    r"\\(?:rightarrow|to|rightleftharpoons|leftrightharpoons|longrightarrow)(?![A-Za-z])|->|→|⇌"
    r"|[A-Z][a-z]?\}?_\{?\d|[A-Z][a-z]?\}?\^\{?\d*[+-]|(?<![A-Za-z\\])[A-Z][a-z]?\d+[A-Z]"
)


def _solved_for_a_variable(predicted: str, gold: PreparedGold) -> Decision | None:
    """A gold equation of several variables (``PV=nRT``, ``\\frac{1}{f}=\\frac{1}{u}+\\frac{1}{v}``) answered by the
    equation solved for one of them (``P=\\frac{nRT}{V}``, ``f=\\frac{uv}{u+v}``): right when the answer's value,
    put in the gold for its variable, makes the gold hold for every value of the others. Equal, or None."""
    label = answer_label(predicted)
    if label is None or len(label) > 3 or answer_label(gold.raw) is not None:
        return (
            None  # (a gold solved for a name, "y = 2x+1", asks for that name: "x = \\frac{y-1}{2}" is not it)
        )
    gold_equation = _safe_normalize_keeping_labels(gold.raw)
    sides = gold_equation.split("=")
    if (
        len(sides) != 2
        or not all(sides)
        or any(mark in gold_equation for mark in ("<", ">", "\\leq", "\\geq"))
    ):
        return None
    spelled = _name_re(label)
    if spelled.search(gold_equation) is None:
        return None  # (the answer solves for a name the gold does not have)
    value = "{(" + normalize_answer(predicted) + ")}"
    left, right = (spelled.sub(lambda _: value, side) for side in sides)
    try:
        equal = identity_equal(left, right, variables_must_match=False)
    except Exception:  # a bug of the fast parser must never decide
        return None
    return Decision(True, "expr", normalize_answer(predicted)) if equal is True else None


def _safe_normalize_keeping_labels(text: str) -> str:
    try:
        return normalize_keeping_label(text)
    except Exception:
        return ""


@lru_cache(maxsize=4_096)
def _chemical_gold(raw: str) -> bool:
    return _CHEMICAL_GOLD.search(raw) is not None


def _chemistry_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """A chemical formula or reaction against a gold that writes one (see :mod:`~openrs_rewards.verifiers.chemistry`):
    equal or not for a reaction or an ion, equal for another formula (one found different is left to the later
    stages, which may read it as algebra); None when either is no chemistry."""
    equal = chemistry_equal(predicted, gold.raw)
    if equal is None or (equal is False and _REACTION_OR_ION.search(gold.raw) is None):
        return None
    return Decision(equal, "string", normalize_answer(predicted))


# (a reaction or an ion: no algebra answer, so "different" is the verdict, not a malformed gold)
_REACTION_OR_ION = compile_lazily(
    r"\\(?:rightarrow|to|rightleftharpoons|leftrightharpoons|longrightarrow)(?![A-Za-z])|->|→|⇌"
    r"|\^\{?\d*[+-]\}?[ \t$]*\Z"
)


def _piecewise_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """A piecewise answer against another answer of its variable, compared as functions at points (see
    :mod:`~openrs_rewards.verifiers.piecewise`): ``|x|`` and ``x`` for ``x \\geq 0``, ``-x`` below. None when not
    decided there."""
    text = normalize_answer(predicted)
    try:
        equal = piecewise_equal(text, gold.text)
    except Exception:  # a bug of ours must never decide: the later stages still can
        return None
    return None if equal is None else Decision(equal, "expr", text)


# A number written the way most of Europe, Russia, Latin America and Vietnam write it: a decimal comma ("3,5"), a
# thousands dot ("1.500", "1.000.000"); then what follows it (a unit: "2,5 m", "12,50 €").
_EUROPEAN_NUMBER = compile_lazily(
    # (a currency's letters or sign before it: "Rp 15.000", "€ 1.500", "R$ 1.250,00")
    r"[ \t]*(?:(?:" + CURRENCY_WORDS_BEFORE_NUMBER + r"|[€£₺₽₹]|R\$)[ \t]?)?"
    r"(-?)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)((?:[ \t]*[^\d\s.,][^\d]*)?)"
)
# ("1.000.000": no decimal has two points; "1.234,5": no English number has a comma after a point)
_THOUSANDS_DOTS = compile_lazily(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+")
# A number with a unit in Cyrillic after it ("30 км/ч", "12 руб."): the number.
_UNIT_IN_ANOTHER_SCRIPT = compile_lazily(
    # (not a scale: "150 тыс." is 150000, read by the normaliser)
    r"[ \t]*(-?\d+(?:[.,]\d+)*)[ \t]*(?!тыс|млн|млрд)[\u0400-\u04ff]{1,6}\.?(?:/[\u0400-\u04ff]{1,4}\.?)?[ \t.]*"
    # ... or a measure word and what it counts in a script of India or Thailand ("30টি আম", 30 mangoes; "12 ฟอง"),
    # not a scale word ("3 লাখ", three lakh; "5 พัน", five thousand)
    r"|[ \t]*(-?\d+(?:\.\d+)?)[ \t]*(?!লাখ|লক্ষ|কোটি|হাজার|लाख|करोड़|हज़ार|हजार|ล้าน|พัน|หมื่น|แสน|వేల|లక్ష|కోట)"
    r"(?:[\u0900-\u0dff\u0e00-\u0e7f]{1,12}[ \t]*){1,3}[.\u0964]?[ \t]*"
)
# A pair or an interval whose two values a semicolon parts, and no comma (the separator where a comma is a decimal
# point: "(1; 2)", "(-\infty; 2]").
_SEMICOLON_PAIR = compile_lazily(
    r"[ \t$]*((?:[A-Za-z][ \t]*\\in[ \t]*)?[(\[])([^;,()\[\]]{1,40});[ \t]*([^;,()\[\]]{1,40})([)\]])[ \t$.]*"
)


def _in_the_writers_number_format(found: Extracted, completion: str, number_gold: bool) -> Extracted:
    """A number with a decimal comma or thousands dots read as its writer means it: "1.000.000" is a million
    anywhere (against a gold that is one number); "3,5" is 3.5 and "1.500" is 1500 in a text written in a language
    that puts a comma before the decimals (else "3,5" stays a list of two and "1.500" a decimal), whatever the gold
    (there "3,5" is no list of 3 and 5: such a language parts a list with a semicolon). Else as found."""
    number = _EUROPEAN_NUMBER.fullmatch(found.text)
    if number is None:
        return found
    sign, digits, rest = number.groups()
    thousands = _THOUSANDS_DOTS.fullmatch(digits) is not None
    if thousands and not number_gold:
        return found
    if (
        not thousands
        and not writes_decimal_commas(completion)
        and not _priced_in_dot_thousands(digits, completion)
        and not _computed_in_dot_thousands(digits, completion)
    ):
        return found
    if "." in digits and digits not in completion:
        return found  # ("2,500" written, read as the decimal 2.500 by the extraction: no thousands dot of the writer)
    read = digits.replace(".", "").replace(",", ".")
    return Extracted(f"{sign}{read}{rest}", found.source)


def _priced_in_dot_thousands(digits: str, completion: str) -> bool:
    """Whether ``digits`` (one dot, three digits after it) is an amount the end of ``completion`` writes after the sign
    of a currency whose amounts are grouped by dots and have no cents ("Rp 12.500", rupiah; "12.500 ₫", dong)."""
    if "." not in digits or "," in digits:
        return False
    tail = completion[-_DOT_THOUSANDS_REACH:]
    if (
        "Rp" not in tail
        and "IDR" not in tail
        and "₫" not in tail
        and "VND" not in tail
        and "đồng" not in tail
    ):
        return False
    written = re.escape(digits)
    return (
        re.search(r"(?:Rp|IDR)[ \t]?" + written + r"(?!\d|[.,]\d)", tail) is not None
        or re.search(r"(?<![\d.,])" + written + r"[ \t]?(?:₫|VND|đồng)", tail) is not None
    )


_DOT_THOUSANDS_REACH = 600  # characters at the end of a completion where its answer's currency is looked for


def _computed_in_dot_thousands(digits: str, completion: str) -> bool:
    """Whether ``digits`` (one dot, three digits after it) is the result of a sum, difference or product that the end
    of ``completion`` computes, true with its dots grouping thousands and false with them as decimal points ("250 × 5
    = 1.250", "625 · 2 = 1.250"; not "22.990 + 35.453 = 58.443", true either way): the writer's own work says the
    dot is no decimal point."""
    if "." not in digits or "," in digits:
        return False
    tail = completion[-_DOT_THOUSANDS_REACH:]
    if digits not in tail:
        return False
    for step in _WHOLE_NUMBER_STEP.finditer(tail):
        if step.group(4) != digits:
            continue
        first, operator, second = step.group(1, 2, 3)
        grouped = _step_holds(
            first.replace(".", ""), operator, second.replace(".", ""), digits.replace(".", "")
        )
        if grouped and not _step_holds(first, operator, second, digits):
            return True
    return False


def _step_holds(first: str, operator: str, second: str, result: str) -> bool:
    """Whether ``first operator second = result`` holds, each a number with a point or none."""
    left, right = Fraction(first), Fraction(second)
    value = left + right if operator == "+" else left - right if operator in "-−" else left * right
    return value == Fraction(result)


# A step in plain text of numbers whole or with a dot before three digits, its result after "=" with one: "250 × 5 =
# 1.250", "1.000 + 250 = 1.250", "22.990 + 35.453 = 58.443" (not "0.625 · 2": no whole number is cut out of a
# decimal, nor does a group of thousands open with 0).
_WHOLE_NUMBER_STEP = compile_lazily(
    r"(?<![\d.,])([1-9]\d{0,2}(?:\.\d{3})+|\d+)[ \t]*([×x·*+\-−]|\\times|\\cdot)[ \t]*([1-9]\d{0,2}(?:\.\d{3})+|\d+)"
    r"(?![\d,]|\.\d)[ \t]*=[ \t]*([1-9]\d{0,2}(?:\.\d{3})+)(?![\d,]|\.\d)"
)


# Polish and Czech: the words and letters of an answer in them, where angle brackets write a closed interval.
_ANGLE_BRACKET_LANGUAGE = compile_lazily(r"Odpowied[źz]|Odpov[ěe][ďd]|[ąęłńśźżĄĘŁŃŚŹŻěščřůĚŠČŘŮ]")


# A gold of one number with a decimal comma (not three digits after it, which may be a thousands separator).
_DECIMAL_COMMA_GOLD = compile_lazily(
    r"[ \t$]*(-?\d+),(\d{1,2}|\d{4,})(?=[ \t$]*(?:\\?%|\\text\{[^{}]*\}|[ \t]*[A-Za-zА-я€]+)?[ \t$]*\Z)"
)


# ... a percent so written, whatever the completion's language ("12,5\\%": no list ends on a percent sign)
_DECIMAL_COMMA_PERCENT = compile_lazily(r"[ \t$]*-?\d+,\d{1,2}[ \t]*\\?%[ \t$]*")


# What says an answer is a general solution, not a formula in n ("(n-2)\pi" for a polygon's angles): a variable it
# solves for ("x = ...", "\theta = ..."), a declared integer parameter, several families, a sign that alternates.
_SOLVED_FOR = compile_lazily(r"(?:^|[,;]|\bor\b)[ \t$]*(?:[a-z]|\\(?:theta|alpha|beta|varphi|phi))[ \t]*=")
_PARAMETER_DECLARED = compile_lazily(
    r"\b[kmnjl][ \t]*(?:\\in|∈)|\binteger|\\mathbb\{?Z|\(-1\)\^\{?[kmnjl]\b|\\pm|\\mp", re.IGNORECASE
)
_DEGREE_MARK = compile_lazily(r"\\circ|°|\^\{?\\circ")


def _general_solutions(predicted: str, gold_raw: str) -> bool:
    """Whether the two answers may be general solutions compared as sets (:mod:`~openrs_rewards.verifiers.periodic`):
    periodic (π or degree marks), an integer parameter's letter on both sides, and something that says at least one
    of them is a general solution. (Substring tests first: most answers pay a few memchr calls.)"""
    both = predicted + " " + gold_raw
    if "\\pi" not in both and "circ" not in both and "°" not in both:
        return False
    if not any(name in predicted for name in INTEGER_PARAMETERS) or not any(
        name in gold_raw for name in INTEGER_PARAMETERS
    ):
        return False
    return any(
        _SOLVED_FOR.search(text) is not None
        or _PARAMETER_DECLARED.search(text) is not None
        or text.count(",") > 0
        for text in (predicted, gold_raw)
    )


# What a residue class is written with: a modulus, a parity, the integers, a parameter's multiple, a progression.
_RESIDUE_CLASS_MARK = compile_lazily(r"mod|[Oo]dd|[Ee]ven|mathbb|k|dots|\.\.\.|mid|multiple|divisible|∣|∤")


def _residue_class_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """Two residue classes as sets of integers (:mod:`~openrs_rewards.verifiers.residue_class`): "n is odd" is
    "n \\equiv 1 \\pmod 2" and "2k+1", "n \\equiv 1 \\pmod 4" is "4k+1" and not "n is odd". None unless both
    sides are classes."""
    if _RESIDUE_CLASS_MARK.search(gold.raw) is None or _RESIDUE_CLASS_MARK.search(predicted) is None:
        return None
    equal = same_residue_class(predicted, gold.raw)
    return None if equal is None else Decision(equal, "string", _safe_normalize(predicted))


def _power_family_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """Two families of powers as sets of positive integers (:func:`~openrs_rewards.verifiers.residue_class.
    same_power_family`): "n is a power of 2" is "n = 2^k for some k \\ge 0", "one less than a power of 2" is "2^k - 1,
    k \\ge 1"; "2^k, k \\ge 1" leaves out 1. None unless one side says "power" in words (a power in symbols on both
    sides is the comparison's)."""
    if "power" not in gold.raw and "power" not in predicted:
        return None
    equal = same_power_family(predicted, gold.raw)
    return None if equal is None else Decision(equal, "string", _safe_normalize(predicted))


# The unknowns a tuple answer names before its values: "(a,b)=" in "(a,b)=(k,k+1)".
_NAMED_TUPLE_PREFIX = compile_lazily(r"\([a-z](?:,[a-z]){1,4}\)=(?=\()")


def _tuple_family_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """A family of tuples written with another parameter (``(a,b)=(m,m+1)`` against ``(n,n+1)``, ``(t,t)`` against
    ``(k,k)``): the same family once the answer's one parameter is renamed to the gold's. Only where each side is a
    tuple whose items share one name, an integer parameter's letter on both sides; True or None (another family,
    ``(n+1,n)``, is left to the comparison that found it unequal)."""
    structure = gold.structure
    if (
        structure is None
        or structure.kind != "sequence"
        or structure.brackets != "()"
        or len(structure.items) < 2
    ):
        return None
    text = _NAMED_TUPLE_PREFIX.sub("", normalize_answer(predicted), count=1)
    read = parse_structure(text)
    if read.kind != "sequence" or read.brackets != "()" or len(read.items) != len(structure.items):
        return None
    name, gold_name = _one_name_of(read.items), _one_name_of(structure.items)
    if name is None or gold_name is None or name == gold_name:
        return None
    spelled = _name_re(name)
    renamed = [spelled.sub(gold_name, item) for item in read.items]
    if all(
        identity_equal(item, gold_item) is True
        for item, gold_item in zip(renamed, structure.items, strict=True)
    ):
        return Decision(True, "expr", text)
    return None


def _one_name_of(items: Sequence[str]) -> str | None:
    """The one name the items of a tuple are written in, when it is an integer parameter's letter (``n`` of
    ``(n,n+1)``); None otherwise (a number, two names)."""
    names: set[str] = set()
    for item in items:
        parsed = parse_expression(item)
        if parsed is None:
            return None
        names |= parsed.variables
    return next(iter(names)) if len(names) == 1 and names <= INTEGER_PARAMETERS else None


def _periodic_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """Two general solutions as sets of values (:mod:`~openrs_rewards.verifiers.periodic`): ``\\frac{\\pi}{4}+k\\pi``
    is ``\\frac{\\pi}{4}+2k\\pi, \\frac{5\\pi}{4}+2k\\pi``, ``(-1)^k\\frac{\\pi}{6}+k\\pi`` the two families it
    alternates between, ``90^\\circ+180^\\circ k`` is ``\\frac{\\pi}{2}+k\\pi``. None when not decided there."""
    text = normalize_answer(predicted)
    radians_a, radians_b = "\\pi" in text, "\\pi" in gold.text
    try:
        equal = periodic_equal(
            text,
            gold.text,
            a_in_degrees=not radians_a and radians_b and _DEGREE_MARK.search(predicted) is not None,
            b_in_degrees=not radians_b and radians_a and _DEGREE_MARK.search(gold.raw) is not None,
        )
    except Exception:  # a bug of ours must never decide: the later stages still can
        return None
    return None if equal is None else Decision(equal, "expr", text)


def _single_value(text: str) -> str:
    structure = parse_structure(text)
    return structure.text if structure.kind == "value" else text


# A run of six or more letters that is neither a command name nor a command's argument: a word of prose
# ("Navinearnsthemost", "degrees" once spaces are gone). latex2sympy reads it as a product of one-letter symbols.
_PROSE_WORD_RE = compile_lazily(r"(?<![\\A-Za-z{])[A-Za-z]{6,}")


# Answers that are no value: sympy's oo and EmptySet never equal an expression the bounded parser reads.
_NOT_A_VALUE = frozenset(["\\infty", "+\\infty", "-\\infty", "\\emptyset", "\\varnothing", "\\{\\}"])


# A whole answer that is one word (spaces are gone after normalisation); four letters or more is a word to the
# bounded parser too (``expr._MAX_LETTER_RUN``), never a product of one-letter variables.
_WORD_RE = compile_lazily(r"[A-Za-z]{2,200}")
_MIN_WORD_LETTERS = 4
_KIND_NOUNS = ("function", "functions", "number", "numbers", "integer", "integers", "triangle", "sequence")


def _word_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """A word against a word answer ("odd" against "even", "Evelynhasthegreatestaveragespeed" against "Evelyn"),
    or a prediction with a word of prose in it against a word answer ("Navinearnsthemost..." against "Navin"):
    decided by the word, without case. Case-insensitively equal words were settled by the fast path already.

    The symbolic stage reads a word as a product of one-letter symbols, so there "neve" equals "even" (and
    anagrams in general); the word's reading is the better one, and the verdicts agree wherever the letters differ.
    Two answers of two or three letters ("ab" against "ba") stay products: the bounded parser reads them so.
    """
    if _WORD_RE.fullmatch(gold.text) is None:
        return None
    text = normalize_answer(predicted)
    gold_reply = TRUTH_VALUES.get(gold.text.lower())
    if gold_reply is False and (
        (text == "\\emptyset" and _NONE_EXISTS_RE.search(predicted) is not None)
        or (_DENIAL.search(predicted) is not None and _AFFIRMED.search(predicted) is None)
    ):
        # "No such $n$ exists." to "Is there an n ...?" (gold "No"): the existence the question asks about, denied
        # (so is "**Answer:** No real solution exists.", one word once its spaces are gone)
        return Decision(True, "string", text)
    if _WORD_RE.fullmatch(text) is not None:
        if max(len(text), len(gold.text)) < _MIN_WORD_LETTERS:
            return None
        word, gold_word = text.lower(), gold.text.lower()
        # "odd function" against "odd", "prime number" against "prime": the kind of thing named after the answer
        equal = word == gold_word or any(word == gold_word + noun for noun in _KIND_NOUNS)
        return Decision(equal, "string", text)
    reply = _YES_OR_NO_FIRST_RE.match(text)
    if reply is not None and gold_reply is not None and _QUALIFIED_REPLY_RE.search(text) is None:
        # "Yes, it is possible" to a yes-or-no question (or a claim whose gold is "True"): the reply is its first
        # word, the rest its reason
        return Decision(TRUTH_VALUES[reply.group(1).lower()] == gold_reply, "string", text)
    abbreviated = _ABBREVIATED_RE.fullmatch(text)
    if abbreviated is not None and abbreviated.group(1).lower() == gold.text.lower():
        # "\\text{body-centered cubic (BCC)}" against "BCC": the name, and the gold's abbreviation of it
        return Decision(True, "string", text)
    if _PROSE_WORD_RE.search(text) is not None:
        return Decision(False, "string", text)
    return None


# An answer that denies that anything exists ("No such $n$ exists", "there is no such integer", "Such an $n$ does not
# exist.", "none").
_NONE_EXISTS_RE = compile_lazily(
    r"\bno[ \t]+such\b|\bnone[ \t]+exists?\b|\bsuch[ \t]+an?\b.{1,40}?\b(?:does[ \t]+not|doesn't|cannot|can't)[ \t]+exist"
    # ... or that names none ("there is none", read as "none")
    r"|\Anone\Z",
    re.IGNORECASE,
)
# A name followed by its abbreviation in brackets (spaces gone): "body-centeredcubic(BCC)".
_ABBREVIATED_RE = compile_lazily(r"[A-Za-z][A-Za-z-]{3,80}\(([A-Z]{2,8})\)")
# A reply that opens on "yes" or "no" and gives its reason after a comma or a full stop (spaces gone).
_YES_OR_NO_FIRST_RE = compile_lazily(r"(yes|no)[,.;:]", re.IGNORECASE)
# The words that qualify a reply ("Yes, but no", "No, except when n = 1").
_QUALIFIERS = r"but|however|although|though|except|unless"
# ... not a reply it qualifies (spaces gone), nor one that gives the other reply in some case ("Yes, or no if n is
# odd")
_QUALIFIED_REPLY_RE = compile_lazily(
    r"[,.;:](?:" + _QUALIFIERS + r"|(?:or)?(?:yes|no)(?:if|when|unless|for|[,.;:]|\Z))", re.IGNORECASE
)


# One decorated name: a vector, a mean, a unit vector, a set's complement, a segment (``\\vec{F}``, ``\\bar{x}``,
# ``\\hat{X}``, ``\\overline{AB}``, ``\\mathcal{L}``).
_DECORATED_NAME_RE = compile_lazily(
    r"\\(?:vec|bar|hat|tilde|overline|mathcal|mathbb|mathfrak) ?\{ ?[A-Za-z]{1,3} ?\}"
)


def _decorated_name_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """A decorated name against a decorated name: the same only as written, case included (``\\vec{F}`` is not
    ``\\vec{f}``); latex2sympy would lower-case both and call them one."""
    text = normalize_answer(predicted)
    if _DECORATED_NAME_RE.fullmatch(text) is None or _DECORATED_NAME_RE.fullmatch(gold.text) is None:
        return None
    return Decision(text.replace(" ", "") == gold.text.replace(" ", ""), "string", text)


# An expression left as a pattern to continue: an ellipsis next to an operator ("1+2+\\cdots+10", "x_1^2 + ... +
# x_n^2"); not a repeating or cut-off decimal ("0.333...", "3.14159...").
_ELLIPSIS_TOKEN = r"(?:\\(?:[lc]dots|dots[bc]?)(?![A-Za-z])|\.\.\.|\u2026)"
_ARITHMETIC_OPERATOR = r"(?:[+\-*/]|\\(?:cdot|times)(?![A-Za-z]))"
_CONTINUED_PATTERN = compile_lazily(
    _ARITHMETIC_OPERATOR
    + r"[ {}]*"
    + _ELLIPSIS_TOKEN
    + "|"
    + _ELLIPSIS_TOKEN
    + r"[ {}]*"
    + _ARITHMETIC_OPERATOR
)
_ANY_ELLIPSIS = compile_lazily(_ELLIPSIS_TOKEN)


def _unfinished_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """Wrong, when the answer is no closed value and the gold is one: a sum or product left to continue
    (``1+2+\\cdots+10`` against ``55``) or a proportionality (``R \\propto M^{1/3}`` against an expression). The
    symbolic stage concludes the same after a worker's 50-120 ms (sympy reads the dots as a symbol; latex2sympy
    cannot read ``\\propto``). None otherwise."""
    if "\\propto" in predicted and "\\propto" not in gold.raw:
        return Decision(False, "string", _safe_normalize(predicted))
    if _CONTINUED_PATTERN.search(predicted) is not None and _ANY_ELLIPSIS.search(gold.raw) is None:
        return Decision(False, "string", _safe_normalize(predicted))
    return None


# A derivative written as a quotient of differentials: "\\frac{dM}{dt}", "\\frac{d^{2}v}{dt^2}", "\\frac{dSRAC}{dQ}".
_DIFFERENTIAL_QUOTIENT = compile_lazily(
    r"\\frac ?\{ ?d(?:\^\{?\d\}?)? ?[A-Za-z\\][^{}]{0,40}\} ?\{ ?d ?[A-Za-z\\]"
)


def _derivative_against_none(predicted: str, gold: PreparedGold) -> Decision | None:
    """Wrong, when the answer states a derivative (an equation of rates, "\\frac{dSRAC}{dQ}=\\frac{dLRAC}{dQ}") and the
    gold has no derivative in it ("SRAC=LRAC"): a condition on rates is not one on values. The symbolic stage says so
    too after a worker's 50 ms (it reads each "d" as a symbol, which may even cancel: "\\frac{dy}{dx}" as y/x)."""
    if "\\frac" not in predicted or any(mark in gold.raw for mark in _DERIVATIVE_MARKS):
        return None
    text = _safe_normalize(predicted)  # ("\\frac{d \\text{SRAC}}{dQ}": the name's braces gone)
    return None if _DIFFERENTIAL_QUOTIENT.search(text) is None else Decision(False, "string", text)


def _prose_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """A prediction with a word of prose in it (or infinity, the empty set) against a gold the bounded parser reads
    (math, no word of more than three letters): wrong, decided here. The symbolic stage reaches the same verdict at
    the cost of a worker and a LaTeX parse: it reads the word as a product of symbols that the gold does not have,
    which nothing cancels."""
    text = normalize_answer(predicted)
    if (
        _PROSE_WORD_RE.search(text) is None
        and text not in _NOT_A_VALUE
        and not _word_against_constant(text, gold)
    ):
        return None
    if not _readable_in_caller(gold.text):
        return None
    return Decision(False, "string", text)


# A run of four or more letters (not a command's name or argument) with a letter that is no constant (e, i, I).
_LETTER_RUN_RE = compile_lazily(r"(?<![\\A-Za-z{])(?=[A-Za-z]{4})[A-Za-z]*[A-DF-HJ-Za-df-hj-z][A-Za-z]*")


def _word_against_constant(text: str, gold: PreparedGold) -> bool:
    """A word of four or five letters ("Area", "TNYWR", "hours" inside a formula) against a gold that is a constant:
    to sympy a product of symbols, which no constant equals (nothing in the word cancels)."""
    if _LETTER_RUN_RE.search(text) is None:
        return False
    parsed = parse_expression(gold.text)
    return parsed is not None and not parsed.variables


# The first letters of arbitrary constants' names, which answers write in either case ("+C", "+c", "Ae^{3t}+Be^{-t}",
# "K_A t"); a Greek letter's name too ("\\Delta x"). Not a variable's: n, m, x, t, v ... ("N" is not "n" where N = 2^n).
_CONSTANT_INITIALS = frozenset("abcdk\\")


def _constants_in_other_case(a: str, b: str) -> bool:
    """Whether the names that ``a`` and ``b`` write in different cases are all arbitrary constants' names."""
    parsed_a, parsed_b = parse_expression(a), parse_expression(b)
    if parsed_a is None or parsed_b is None:
        return False
    differing = set(parsed_a.variables) ^ set(parsed_b.variables)
    # (and they multiply something in a variable both write alike, as constants of a solution do: "Ae^{3t}", "K_A t";
    # alone, "A+B", "\\frac{K}{2}", they are the answer's own quantities, angles or an energy)
    shared = set(parsed_a.variables) & set(parsed_b.variables)
    return bool(shared) and all(name[:1].lower() in _CONSTANT_INITIALS for name in differing)


def _same_variables_up_to_case(a: str, b: str) -> bool | None:
    """Whether both parse with variable sets that are equal once case is ignored; None when either does not parse."""
    parsed_a, parsed_b = parse_expression(a), parse_expression(b)
    if parsed_a is None or parsed_b is None:
        return None
    return {name.lower() for name in parsed_a.variables} == {name.lower() for name in parsed_b.variables}


def _prepare(
    index: int, completion: Any, gold: Any, truncated: bool | None, options: VerifyOptions
) -> Verdict | _Pending:
    started = time.perf_counter()
    try:
        gold_text = _gold_text(gold)
        if gold_text is None:
            detail = f"gold must be text or a number, got {type(gold).__name__} {_describe(gold)}"
            return _unsettled("invalid_gold", started, "gold", detail=detail)
        prepared = prepare_gold(gold_text)
        if prepared is None:
            detail = f"gold {_describe(gold_text)} has no answer to compare with"
            return _unsettled("invalid_gold", started, "gold", detail=detail)
        text = completion_text_or_none(completion)
        if text is None:
            detail = f"completion must be text (or chat messages), got {type(completion).__name__}"
            return _unsettled("error", started, "input", gold=prepared.text, detail=detail)
        if truncated is None:
            truncated = completion_truncated(completion)  # a message that says its finish_reason
        if (
            "," in gold_text
            and _DECIMAL_COMMA_GOLD.match(gold_text) is not None
            and (writes_decimal_commas(text) or _DECIMAL_COMMA_PERCENT.fullmatch(gold_text) is not None)
        ):
            # "2,5", "0,35", "12,5\\%": a gold written with the decimal comma of the completion's language (the
            # problem's too), one number, not the list of 2 and 5
            prepared = prepare_gold(_DECIMAL_COMMA_GOLD.sub(r"\1.\2", gold_text)) or prepared
        choice_letters = CHOICE_LETTERS if prepared.choice is not None else None
        word_answer = (
            prepared.number is None and prepared.text.replace(" ", "").isalpha()
        ) or prepared.shape is not None  # ("two lines" is written in words too)
        structure = prepared.structure
        # (a plain list gold "7, 14, 18": a final sentence with three numbers may state it; so may a tuple's)
        listed = structure is not None and (
            (structure.kind == "set" and not structure.brackets)
            or (structure.kind == "sequence" and structure.brackets == "()" and not structure.names)
            # ("a=2, b=3": two values, each named; "(x,y)=(3,1)" too, which "So $x = 3, y = 1$." states)
            or structure.kind == "named"
        )
        found = find_answer(
            text,
            options.extraction,
            choice_letters=choice_letters,
            truncated=truncated,
            word_answer=word_answer,
            gold_items=len(structure.items) if listed and structure is not None else 0,
        )
        if (
            not isinstance(found, Extracted)
            and found.reason in (NOT_FOUND, WITHDRAWN)
            and prepared.text.lower() in TRUTH_VALUES
        ):
            found = _existence_denied(text) or found
        if (
            not isinstance(found, Extracted)
            and found.reason in (NOT_FOUND, WITHDRAWN)
            and prepared.text == "\\emptyset"
        ):
            found = _no_solution_stated(text) or found
        if (
            _statement_may_answer(found, truncated, options)
            and _CONDITION_GOLD.search(prepared.raw) is not None
            and (variables := set(_CONDITION_VARIABLE.findall(prepared.raw)))
        ):
            # (over a guess too: "so $3^n \\equiv 1 \\pmod{13}$ exactly when $n$ is a multiple of 3." states the
            # condition in words, its math is what the condition is for)
            found = _condition_stated(text, variables) or found
        if _statement_may_answer(found, truncated, options) and (
            gold_words := _gold_words(prepared, word_answer)
        ):
            # ("So the 24th falls on a Thursday.", "So the graph is a circle of radius 3 centered at $(1, -2)$."
            # against a word: the word the sentence says, not a number or a span of it; a guess as a last number is,
            # so never for the rewards' explicit answers)
            found = _gold_word_stated(text, gold_words) or found
        places = gold_places(prepared.raw) if "at" in prepared.raw else None
        if places is not None and not isinstance(found, Extracted) and found.reason == NOT_FOUND:
            # ("Minimum 4 at x = 2" ending the text: the statement of the value and its place is the answer)
            last_line = text.rstrip().rsplit("\n", 1)[-1].strip()
            found = Extracted(last_line, "plain_math") if stated_places(text) else found
        if not isinstance(found, Extracted) and found.reason == NOT_FOUND and not truncated:
            # ("So $x$ can be any real number." against "(-\\infty, \\infty)": the set the final sentence states)
            in_words = _set_in_words_decision(None, prepared, text, options)
            if in_words is not None:
                return _verdict(in_words, prepared, "sets_in_words", time.perf_counter() - started)
        if not isinstance(found, Extracted):
            return _unsettled("no_answer", started, "extract", gold=prepared.text, detail=found.reason)
        if places is not None:
            # ("\\text{max } 4 \\text{ at } x = 1": two things asked, the value and where it is taken)
            placed = _value_at_place_decision(found.text, places, text)
            return _verdict(placed, prepared, found.source, time.perf_counter() - started)
        contradiction = _contradictory_chain(found.text)  # (before one side of "12 \\approx 13" is taken)
        found = _one_side_of_an_approximation(found, prepared)
        found = _with_the_gold_argument(found, prepared)
        # (the rarer rewritings behind one substring test each: most answers pay a few memchr calls)
        if "j" in found.text or "j" in prepared.text:
            found = _with_the_gold_imaginary_unit(found, prepared, text)
        if ("k" in found.text or "k" in prepared.text) and "epsilon" in found.text + prepared.text:
            found = _with_the_gold_coulomb_constant(found, prepared)
        if "k_" in found.text + prepared.text:
            found = _with_the_gold_boltzmann_constant(found, prepared)
        if "epsilon" in found.text + prepared.text and "math" in found.text + prepared.text:
            found = _with_the_gold_emf(found, prepared)
        if "I" in found.text and prepared.structure is not None and prepared.structure.kind == "matrix":
            found = _identity_matrix_said(found, text)
        if ">" in found.text or "\\ge" in found.text or "\\in" in found.text or "integer" in found.text:
            found = _without_a_parameter_range(found, prepared)
        if (
            ">" in prepared.text
            or "\\ge" in prepared.text
            or "\\in" in prepared.text
            or "for" in prepared.text
        ):
            found, prepared = _ranges_set_aside(found, prepared)
        if "hat" in prepared.raw or "mathbf" in prepared.raw or ("\\" in found.text and prepared.structure):
            found = _unit_vectors_in_the_gold_dimension(found, prepared)
        if structure is not None and structure.kind == "set" and ("<" in found.text or "\\le" in found.text):
            found = _integer_range_as_its_members(found, text)
        if "pm" in found.text and structure is not None and len(structure.items) == 2 and structure.brackets:
            found = _center_and_margin_as_ends(found, structure.brackets)
        elif ("pm" in found.text or "±" in found.text) and (structure is None or structure.kind == "value"):
            found = _central_value_of_a_measurement(found)
        if prepared.unit is not None and (found.text[-1:].isdigit() or found.text.endswith("}")):
            found = _with_the_unit_written_after(found, prepared, text)
        if prepared.number is not None and not found.text.isascii():
            unit = _UNIT_IN_ANOTHER_SCRIPT.fullmatch(found.text)
            in_latin = (
                cyrillic_units_in_latin(found.text) if unit is not None and prepared.unit is not None else ""
            )
            if in_latin and answer_unit(in_latin) is not None:
                # "250 см" against "2.5 m": the unit kept, in Latin letters, that it converts (or differs: "60 м/с"
                # is no 60 km/h)
                found = Extracted(in_latin, found.source)
            elif unit is not None:
                # "30 км/ч", "5 м": the number, as "30 km/h" is
                found = Extracted(unit.group(1) or unit.group(2), found.source)
        if "," in found.text or "." in found.text:
            found = _in_the_writers_number_format(found, text, prepared.number is not None)
        if "langle" in found.text or "rangle" in found.text or "⟨" in found.text or "⟩" in found.text:
            polish = _ANGLE_BRACKET_LANGUAGE.search(text, max(0, len(text) - LANGUAGE_REACH)) is not None
            found = Extracted(
                angle_brackets_as_interval_ends(found.text, angled_pairs_closed=polish), found.source
            )
        if ";" in found.text:
            pair = _SEMICOLON_PAIR.fullmatch(found.text)
            if pair is not None:
                # "(1; 2)", "x \in (-\infty; 2]": two values parted by a semicolon where a comma is a decimal point
                found = Extracted(
                    f"{pair.group(1)}{pair.group(2)}, {pair.group(3)}{pair.group(4)}", found.source
                )
        if word_answer and " " in found.text.strip():
            found = _the_stated_word(found, prepared.text)
        if prepared.choice is not None and found.source != "choice" and more_than_a_letter(found.text):
            # "\\text{C=C}" (a bond the normaliser would read as the label C), "C \\lor D": no option named
            return _verdict(
                Decision(False, "choice", _safe_normalize(found.text)),
                prepared,
                found.source,
                time.perf_counter() - started,
            )
        if prepared.choice is None:
            lettered = _LETTERED_VALUE.fullmatch(found.text.strip())
            if lettered is not None:
                found = Extracted(lettered.group(1), found.source)  # "(C) 7" against the gold 7: the value
        decision = (
            _choice_set_decision(found.text, prepared)
            or contradiction
            or _other_modulus(found.text, prepared)
            or _residue_class_decision(found.text, prepared)
            or _power_family_decision(found.text, prepared)
            or fast_compare(found.text, prepared)
        )
        if (decision is None or not decision.equal) and "(" in found.text and prepared.structure is not None:
            decision = _tuple_family_decision(found.text, prepared) or decision
        if decision is not None and not decision.equal and prepared.number is not None:
            decision = _scale_word_as_unit(found.text, prepared) or decision
        if (decision is None or not decision.equal) and prepared.number is not None:
            decision = (
                _compound_quantity(found.text, prepared)
                or _restated_in_another_unit(found.text, prepared, text)
                or decision
            )
        if (decision is None or not decision.equal) and prepared.number is None and prepared.numbers is None:
            # (a gold in two units: "4 \\text{ feet } 6 \\text{ inches}", "2 hours and 30 minutes")
            decision = _against_a_compound_gold(found.text, prepared) or decision
        if (
            (decision is None or not decision.equal)
            and (
                "," in prepared.raw or "and" in prepared.raw or _OPENS_WITH_A_PLACE_LABEL.match(prepared.raw)
            )
            and ("," in found.text or "and" in found.text or _OPENS_WITH_A_PLACE_LABEL.match(found.text))
        ):
            # ("(70, 80)" for "70 adult, 80 child": the counts in the gold's order)
            decision = (
                _counts_of_a_list(found.text, prepared)
                or _parts_with_units(found.text, prepared, text)
                or decision
            )
        if (
            decision is not None
            and decision.equal
            and ("," in prepared.raw or _OPENS_WITH_A_PLACE_LABEL.match(prepared.raw))
            and _parts_in_other_units(found.text, prepared)
        ):
            decision = Decision(False, decision.method, decision.predicted)
        if (
            (decision is None or not decision.equal)
            and found.source == "boxed"
            and prepared.structure is not None
        ):
            # ("Sum = \\boxed{\\frac72}, Product = \\boxed{\\frac32}" for "\\frac72, \\frac32": each part boxed)
            decision = (
                _parts_boxed_in_turn(text, prepared) or _parts_boxed_by_name(text, prepared) or decision
            )
        if (
            (decision is None or not decision.equal)
            and prepared.structure is not None
            and prepared.structure.kind in ("named", "set")
            and "=" in prepared.text
        ):
            # ("**Answer:** maximum value $11$ (at $x=2$), minimum value $2$." for "y_{\\max}=11, y_{\\min}=2")
            decision = _parts_named_in_prose(text, prepared) or decision
        if (decision is None or not decision.equal) and ("\\pi" in found.text or "\\pi" in prepared.text):
            decision = _angle_in_the_other_measure(found.text, prepared) or decision
        if (
            decision is not None
            and decision.equal
            and prepared.unit is not None
            and _other_unit_after_the_answer(found.text, prepared, text)
        ):
            decision = Decision(False, decision.method, decision.predicted)
        elif (decision is None or not decision.equal) and prepared.unit is not None:
            decision = (
                _same_unit(found.text, prepared)
                or _unit_after_the_answer(found.text, prepared, text)
                or _unit_written_with_the_number_before(found.text, prepared, text)
                or _temperature_in_another_scale(found.text, prepared)
                or decision
            )
        if (decision is None or not decision.equal) and prepared.number is not None:
            decision = (
                _compound_unit_of_a_bare_gold(found.text, prepared)
                or _prefixed_unit_of_a_bare_gold(found.text, prepared, text)
                or _unit_symbol_left_out(found.text, prepared, text)
                or _hour_of_a_clock_time(found.text, prepared)
                or _day_of_a_date(found.text, prepared)
                or _cents_against_dollars(found.text, prepared)
                or _decrease_in_words(found.text, prepared, text)
                or decision
            )
        if (decision is None or not decision.equal) and ")" in found.text:
            decision = (
                _last_part_answered(found.text, prepared) or _named_point(found.text, prepared) or decision
            )
        if (decision is None or not decision.equal) and "+" in found.text and prepared.number is not None:
            decision = _sum_of_names_answered(found.text, prepared) or decision
        if (decision is None or not decision.equal) and (
            prepared.choice is not None or len(found.text) <= _LETTER_ALONE_CHARS
        ):
            decision = _answered_through_printed_options(found.text, prepared, text) or decision
        if (decision is None or not decision.equal) and ("cases" in found.text or "cases" in prepared.text):
            decision = _piecewise_decision(found.text, prepared) or decision
        if decision is None:
            decision = _expression_decision(found.text, prepared)
        if (
            (decision is None or not decision.equal)
            and ("\\l" in found.text or "\\l" in prepared.text)
            and _LOG_COMMANDS.search(found.text + prepared.text)
        ):
            decision = _natural_logarithm_decision(found.text, prepared, text) or decision
        if decision is None:
            decision = _structured_decision(found.text, prepared)
        if decision is None:
            decision = _word_decision(found.text, prepared) or _decorated_name_decision(found.text, prepared)
        if decision is None:
            decision = (
                _prose_decision(found.text, prepared)
                or _unfinished_decision(found.text, prepared)
                or _derivative_against_none(found.text, prepared)
            )
        if (decision is None or not decision.equal) and "=" in prepared.raw and "=" in found.text:
            decision = _solved_for_a_variable(found.text, prepared) or decision
        if (decision is None or not decision.equal) and _general_solutions(found.text, prepared.raw):
            decision = _periodic_decision(found.text, prepared) or decision
        if (decision is None or not decision.equal) and _chemical_gold(prepared.raw):
            chemistry = _chemistry_decision(found.text, prepared)
            if chemistry is not None:
                # (before the malformed-gold rule: a reaction is no algebra, but it is an answer)
                return _verdict(chemistry, prepared, found.source, time.perf_counter() - started)
        if (decision is None or not decision.equal) and not truncated:
            # ("**Final Answer:** all real numbers greater than or equal to 2 except 5." read as "2, 5" against
            # "[2,5) \\cup (5,\\infty)": the set its words state)
            decision = _set_in_words_decision(found, prepared, text, options) or decision
        if (decision is None or decision.equal) and _broken_gold(prepared):
            # No answer to compare with, whatever a parser would make of it ("\\frac{}{2}", "1+*2"), even when
            # the completion repeats it: invalid_gold here, as the worker would find it, without starting one.
            return Verdict(
                False,
                "invalid_gold",
                predicted=_safe_normalize(found.text),
                method="gold",
                seconds=time.perf_counter() - started,
                source=found.source,
                detail=f"gold {_describe(prepared.text)} is malformed",
            )
        if (
            decision is not None
            and decision.equal
            and "%" in found.text
            and _MONEY_GOLD.match(prepared.raw) is not None
            and "%" not in prepared.raw
        ):
            # "You save $\\boxed{12\\%}$." for "\\$12": a percent is no amount of money (a percent's sign may be
            # dropped against a bare gold, not turned into a dollar sign)
            decision = Decision(False, decision.method, decision.predicted)
        if decision is not None:
            return _verdict(decision, prepared, found.source, time.perf_counter() - started)
        return _Pending(index, found, prepared, time.perf_counter() - started)
    except Exception as error:  # a bug of ours must not take a training step down: report it as a verdict
        return _unsettled("error", started, "internal", detail=f"{type(error).__name__}: {error}"[:300])


# A gold that is an amount of money: "\\$12", "$12.50", "12 dollars", "€5".
_MONEY_GOLD = compile_lazily(
    r"[ \t]*(?:\\?\$|€|£|¥|₹)[ \t]*-?\d|[ \t]*-?[\d.,]+[ \t]*(?:\\text\{[ \t]*)?(?:dollars?|euros?|cents?)\b"
)


# The sides of a chain of equalities or approximations: "13 = 12", "x = 13 = 12", "13 := 12", "12 \\approx 13".
_CHAIN_SEPARATOR = compile_lazily(r":=|=|\\approx(?![A-Za-z])")
_LETTER = compile_lazily(r"[A-Za-z]")
_COMMAND_NAME = compile_lazily(r"\\[A-Za-z]+")
_CHAIN_TOLERANCE = Fraction(1, 50)  # (a rounded side: "\\frac{1}{3} = 0.33", "\\pi \\approx 3.14")
# A unit written as a mark, which one side of a conversion has and the other not: degrees, currency (a percentage
# is a number, compared as a hundredth of it: "0.5 = 50\\%" holds, "0.5 = 5\\%" does not).
_UNIT_MARK = compile_lazily(r"\\circ|\u00b0|\\?\$|\\text|\\mathrm|\\operatorname")
# A result followed by the word for what it counts ("20 cookies", "20 red apples"), and the words after a number
# that change its value or say it is a share ("1.2 million", "50 percent"), which a count noun does not.
_COUNTED_RESULT = compile_lazily(r"[ \t]*(-?\d+(?:\.\d+)?)[ \t]+([A-Za-z]+)(?:[ \t]+[A-Za-z]+)?[ \t.]*")
_SCALE_AND_SHARE_WORDS = frozenset(_SCALES) | {"hundred", "dozen", "percent", "pct", "per", "times", "cents"}


# An "and" between two equations, which it lists: "x = 2^5 = 32 and y = 3^2 = 9" (not "13 = 12").
_AND_BETWEEN_EQUATIONS = compile_lazily(r"=[^=]*\band\b[^=]*=")


def _contradictory_chain(predicted: str) -> Decision | None:
    """Wrong, when the answer chains two constants that differ by more than a rounding (2%): ``13 = 12``, ``x = 13
    = 12``, ``12 \\approx 13``, ``3\\sqrt{2} = 2\\sqrt{3}``. A chain reads as its last side elsewhere, so such an answer
    would be paid whichever side the gold is. None for any other answer."""
    if "=" not in predicted and "approx" not in predicted and "\u2248" not in predicted:
        return None
    if predicted.count("{") != predicted.count("}") or "\\{" in predicted or "," in predicted:
        return None  # (a set or a list of equations is no chain)
    if _AND_BETWEEN_EQUATIONS.search(predicted) is not None:
        return None  # (nor equations joined by "and": "x = 2^5 = 32 and y = 3^2 = 9")
    # (sides without a variable's letter first, outside command names: most chains name a variable, "x = 5", and
    # evaluating their other side would cost the numeric library's import for nothing)
    written = [
        side for side in _CHAIN_SEPARATOR.split(predicted.replace("\u2248", "\\approx ")) if side.strip()
    ]
    if len(written) == 2 and _sides_with_units_differ(written[0], written[1]):
        # "12 apples = 15 apples", "3 hours = 5 hours", "90^\\circ = \\pi", "5 m/s = 5 N": a false conversion
        return Decision(False, "string", _safe_normalize(predicted))
    if len({_UNIT_MARK.search(side) is None for side in written}) > 1:
        return None  # a conversion: "90^\\circ = \\frac{\\pi}{2}", "\\$15 = 1500" (cents)
    sides = [side for side in written if not _LETTER.search(_COMMAND_NAME.sub("", side))]
    if len(sides) == len(written) - 1 and len(written) >= 2:
        # a computation stated with what it counts after its result only: "15 + 15 = 20 cookies"
        counted = _COUNTED_RESULT.fullmatch(written[-1])
        if counted is not None and counted.group(2).lower() not in _SCALE_AND_SHARE_WORDS:
            sides.append(counted.group(1))
    if len(sides) < 2:
        return None
    values: list[Fraction] = []
    for side in sides:
        normalized = _safe_normalize(side)
        value = constant_value(normalized)
        if value is None and (number := parse_number(normalized)) is not None:
            # a mixed number ("3\\frac{1}{2}") or a percentage ("5\\%": a hundredth of 5), which the bounded
            # parser leaves alone
            value = number.value / 100 if number.percent else number.value
        if value is not None:
            values.append(value)
    if len(values) < 2:
        return None
    low, high = min(values), max(values)
    scale = max(abs(low), abs(high))
    if scale == 0 or (high - low) <= _CHAIN_TOLERANCE * scale:
        return None
    return Decision(False, "string", _safe_normalize(predicted))


def _sides_with_units_differ(left: str, right: str) -> bool:
    """Whether two sides of an equation, each a number with a unit (or an angle in degrees against one in radians),
    measure different amounts: other kinds of quantity, or values apart by more than a rounding. False when they
    agree or cannot be read so."""
    if not any(character.isalpha() or character in "°$" for character in left + right):
        return False
    read_left, read_right = value_in_base_units(left.strip()), value_in_base_units(right.strip())
    if read_left is not None and read_right is not None:
        if read_left[2] != read_right[2]:
            return True  # "5 m/s = 5 N"
        number_left, number_right = parse_number(read_left[0]), parse_number(read_right[0])
        if number_left is None or number_right is None:
            return False
        return _apart(number_left.value * read_left[1], number_right.value * read_right[1])
    for degrees_side, other in ((left, right), (right, left)):
        degrees = _DEGREES.fullmatch(degrees_side)
        if degrees is not None and "\\pi" in other:
            radians = constant_value(_safe_normalize(other))
            if radians is None:
                return False
            return _apart(Fraction(degrees.group(1)) * _PI / 180, radians)
    unit_left, unit_right = value_and_unit(left), value_and_unit(right)
    if unit_left is None or unit_right is None:
        # ... or one word of what is counted on both sides: "12 apples = 15 apples"
        counted_left = _COUNTED_SIDE.fullmatch(TEXT_GROUP_RE.sub(r" \1 ", left))
        counted_right = _COUNTED_SIDE.fullmatch(TEXT_GROUP_RE.sub(r" \1 ", right))
        if counted_left is None or counted_right is None:
            return False
        if counted_left.group(2).lower() != counted_right.group(2).lower():
            return False
        return _apart(Fraction(counted_left.group(1)), Fraction(counted_right.group(1)))
    if unit_left[1] != unit_right[1]:
        return False  # (not one unit on both sides: a conversion or no unit, read elsewhere)
    number_left, number_right = parse_number(unit_left[0]), parse_number(unit_right[0])
    if number_left is None or number_right is None:
        return False
    return _apart(number_left.value, number_right.value)  # "12 apples = 15 apples"


_PI = Fraction(math.pi)
_COUNTED_SIDE = compile_lazily(r"[ \t$]*(-?\d+(?:\.\d+)?)[ \t]+([A-Za-z]+)[ \t$]*")


def _apart(a: Fraction, b: Fraction) -> bool:
    scale = max(abs(a), abs(b))
    return scale != 0 and abs(a - b) > _CHAIN_TOLERANCE * scale


# One congruence once normalised (its modulus gone): "n\\equiv1", "a_{0}\\equiv0", "\\equiv5".
_ONE_CONGRUENCE = compile_lazily(r"(?:[A-Za-z](?:_\{?\w{1,3}\}?)?)?\\equiv-?\d{1,6}")


def _other_modulus(predicted: str, gold: PreparedGold) -> Decision | None:
    """A congruence with another modulus than the gold's (``n \\equiv 1 \\pmod{2}`` against ``n \\equiv 1 \\pmod{4}``):
    wrong, though both residues are 1 (the normaliser keeps the residue alone). None otherwise."""
    if "mod" not in predicted or "mod" not in gold.raw:
        return None
    modulus, gold_modulus = _MODULUS_RE.search(predicted), _MODULUS_RE.search(gold.raw)
    if modulus is None or gold_modulus is None:
        return None
    mine = next(group for group in modulus.groups() if group is not None).replace(" ", "")
    theirs = next(group for group in gold_modulus.groups() if group is not None).replace(" ", "")
    text = normalize_answer(predicted)
    if mine.isdecimal() and theirs.isdecimal() and int(mine) == int(theirs) > 0:
        # the same modulus: residues compared modulo it ("n \\equiv 5 \\pmod 4" is "n \\equiv 1 \\pmod 4"), of one
        # congruence each (not "p = 2 or p \\equiv 1 \\pmod 4", more than its congruence's class)
        if _ONE_CONGRUENCE.fullmatch(text) is None or _ONE_CONGRUENCE.fullmatch(gold.text) is None:
            return None
        residue, gold_residue = (
            parse_number(text.rpartition("\\equiv")[2]),
            parse_number(gold.text.rpartition("\\equiv")[2]),
        )
        if residue is None or gold_residue is None:
            return None
        if residue.value.denominator != 1 or gold_residue.value.denominator != 1:
            return None
        return Decision((residue.value - gold_residue.value) % int(mine) == 0, "string", text)
    if mine == theirs:
        return None
    return Decision(False, "string", text)


# The modulus of a congruence: "\pmod{4}", "\pmod 4", "(\bmod 4)", "(mod 4)".
_MODULUS_RE = compile_lazily(
    r"\\pmod ?(?:\{ ?([0-9a-zA-Z ]{1,12}?) ?\}|([0-9a-zA-Z]{1,12}))|\( ?\\?b?mod ?\{? ?([0-9a-zA-Z]{1,12}) ?\}? ?\)"
)


def _scale_word_as_unit(predicted: str, gold: PreparedGold) -> Decision | None:
    """``1.2 million`` is 1200000 (what the normaliser reads), and also the 1.2 of a question asked in millions: a
    scale word, like a percent sign, may be the unit the gold leaves out. Equal by that reading, or None."""
    unscaled_text = without_scale_words(predicted)
    if unscaled_text is None:
        return None
    unscaled = fast_compare(unscaled_text, gold)
    return unscaled if unscaled is not None and unscaled.equal else None


def _compound_quantity(predicted: str, gold: PreparedGold) -> Decision | None:
    """``2 hours and 30 minutes`` is 150 minutes and 2.5 hours: a quantity in two units against a plain number, in
    either of them (the unit asked is the question's). Equal by one of the readings, or None."""
    readings = compound_quantity_values(predicted)
    if readings is None or gold.number is None or gold.number.value not in readings:
        return None
    return Decision(True, "numeric", normalize_answer(predicted))


# One count of a list and what it counts: "70 adult", "9 \\text{ quarters}", "and 3 nickels".
_COUNTED_ITEM = compile_lazily(r"\s*(-?\d+(?:\.\d+)?)\s*((?:[A-Za-z]{3,}\s*){1,2})?\s*")
# (a comma, not a thousands separator, "12,000 apples"; or "and")
_LIST_COMMA = compile_lazily(r",(?!\d{3}(?!\d))(?:\s*and\b)?|\band\b")


def _list_items(text: str, item: re.Pattern[str]) -> list[re.Match[str]] | None:
    """The matches of ``item`` on each item of a list of two or more ("70 adult, 80 child", "dimes=8 and
    quarters=12"), its text groups and TeX spaces read as plain words; None unless every item matches."""
    plain = TEXT_GROUP_RE.sub(r" \1 ", text).replace("\\ ", " ").replace("\\,", " ")
    items = [item.fullmatch(part) for part in _LIST_COMMA.split(plain)]
    if len(items) < 2 or not all(items):
        return None
    return [match for match in items if match is not None]


def _counted_items(text: str) -> list[tuple[str, str]] | None:
    """The (count, what it counts) items of a list of counts ("70 adult, 80 child"; a bare "70, 80" or "(70, 80)" has
    no nouns), or None for any other text (a quantity in two units is none: "2 hours, 30 minutes")."""
    text = text.strip().strip("$").strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    items = _list_items(text, _COUNTED_ITEM)
    if items is None:
        return None
    read = [(item.group(1), " ".join((item.group(2) or "").split()).lower()) for item in items]
    if any(noun and is_unit_word(noun.split()[0], counted=False) for _, noun in read):
        return None
    return read


# A count given to a noun by name: "dimes = 8", "Quarters: 12".
_NAMED_COUNT = compile_lazily(r"\s*([A-Za-z]{3,}(?:\s+[A-Za-z]{3,})?)\s*[=:]\s*(-?\d+(?:\.\d+)?)\s*")


def _named_counts(text: str) -> list[tuple[str, str]] | None:
    """The (count, noun) items of a list that names each count ("dimes=8,quarters=12" for "8 dimes, 12 quarters"),
    or None."""
    items = _list_items(text.strip().strip("$"), _NAMED_COUNT)
    if items is None:
        return None
    return [(item.group(2), " ".join(item.group(1).split()).lower()) for item in items]


def _noun_key(noun: str) -> str:
    """What a counted noun is matched by: its first word, singular ("adult tickets" and "adult" are one)."""
    return _singular(noun.split()[0]) if noun.split() else ""


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") else noun


def _counts_of_a_list(predicted: str, gold: PreparedGold) -> Decision | None:
    """A gold that lists counts with what each counts ("70 \\text{ adult}, 80 \\text{ child}") against an answer
    that lists the counts alone, in the gold's order ("(70, 80)"), or with the same nouns in any order ("80 child,
    70 adult"): equal, or None. Counts of other nouns ("12 cows, 8 chickens" for "12 chickens, 8 cows") are not."""
    gold_items, items = _counted_items(gold.raw), _counted_items(predicted) or _named_counts(predicted)
    if gold_items is None or items is None or len(gold_items) != len(items):
        return None
    if not all(noun for _, noun in gold_items):
        return None
    if all(not noun for _, noun in items):
        equal = [Fraction(count) for count, _ in items] == [Fraction(count) for count, _ in gold_items]
    else:
        by_noun = {_noun_key(noun): Fraction(count) for count, noun in gold_items}
        equal = len(by_noun) == len(gold_items) and all(
            by_noun.get(_noun_key(noun)) == Fraction(count) for count, noun in items
        )
    return Decision(True, "numeric", normalize_answer(predicted)) if equal else None


# A value after a part's name in prose: "maximum value $11$", "the minimum is 2", "最大值为 $2$" (group 1 or 2).
_VALUE_AFTER_A_NAME = (
    r"(?:[ \t]+value)?(?:[ \t]+(?:is|equals|of|=)|[ \t]*[:=]|为|是)?[ \t]*(?:\$[ \t]*([^$\n]{1,40}?)[ \t]*\$"
    r"|(-?\d+(?:\.\d+)?)(?![\d.]))"
)
# The words Chinese writes the extremes with, beside the English ones (structure.label_spellings).
_EXTREMES_IN_CHINESE = {"max": ("最大值",), "min": ("最小值",)}
_PROSE_REACH = 400  # characters at the end of a completion where the sentence naming the parts is read
# Another value offered after a part's value: " cm or $-8$", ", or 7".
_ALTERNATIVE_AFTER_A_VALUE = compile_lazily(r"[ \t]*(?:[A-Za-z]{1,12}[ \t]*)?,?[ \t]*or\b", re.IGNORECASE)
_SUPPOSED_IN_PROSE = compile_lazily(r"\b(?:if|would|suppose|assuming|could|might)\b", re.IGNORECASE)


def _named_parts(gold: PreparedGold) -> list[tuple[str, str]] | None:
    """The (name, value) parts of a gold of two or more parts named by words, as its structure reads them or, where a
    shared letter made it a solution set ("y_{\\max}=11, y_{\\min}=2"), as its text writes them; None otherwise."""
    structure = gold.structure
    if structure is None or len(structure.items) < 2:
        return None
    if structure.kind == "named":
        return list(zip(structure.names, structure.items, strict=True))
    if structure.kind != "set" or structure.brackets:
        return None
    parts = [part.partition("=") for part in gold.text.split(",")]
    if len(parts) != len(structure.items) or not all(sign for _, sign, _ in parts):
        return None
    return [(name, value) for name, _, value in parts]


def _parts_named_in_prose(completion: str, gold: PreparedGold) -> Decision | None:
    """A gold of parts named by words ("y_{\\max}=11, y_{\\min}=2", "max 6, min -3") against a final sentence that
    names each part before its value ("maximum value $11$ (at $x=2$), minimum value $2$ (at $x=0$)", "最大值为 $2$，
    最小值为 $-1$"): each part's value the last one written after its name, compared with the gold's. True, or None."""
    parts = _named_parts(gold)
    if parts is None:
        return None
    # (the last paragraph only: the answer's, not the work's "if x = 2, the maximum would be 11")
    tail = completion[-_PROSE_REACH:].rstrip()
    tail = tail[tail.rfind("\n\n") + 1 :]
    if _SUPPOSED_IN_PROSE.search(tail) is not None:
        return None
    values = []
    for name, item in parts:
        spellings = label_spellings(name)
        if spellings is None:
            return None
        words = (
            *spellings,
            *next((chinese for key, chinese in _EXTREMES_IN_CHINESE.items() if key in spellings), ()),
        )
        # (the extremes' own words, as a prose sentence writes them: "maximum" for "max")
        pattern = re.compile(
            r"(?<![A-Za-z])(?:"
            + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
            + r")(?:imum)?"
            + _VALUE_AFTER_A_NAME,
            re.IGNORECASE,
        )
        found = list(pattern.finditer(tail))
        if not found:
            return None
        written = found[-1].group(1) or found[-1].group(2)
        if _ALTERNATIVE_AFTER_A_VALUE.match(tail, found[-1].end()) is not None:
            return None  # "the width is $5$ cm or $-8$ cm": two values offered for the part, no one answer
        if not _equals_a_gold_item(written, item):
            return None
        values.append(f"{name}={_safe_normalize(written)}")
    return Decision(True, "string", ",".join(values))


_PARTS_REACH = 600  # characters at the end of a completion where the boxes of the parts of its answer lie


def _parts_boxed_in_turn(completion: str, gold: PreparedGold) -> Decision | None:
    """A gold that lists two to four values (``84, 85``, ``\\frac72, \\frac32``) against the completion's last boxes
    as many, each boxing one part where it is given ("the mean is \\boxed{84} and the median \\boxed{85}"): the
    boxes in the gold's order, each equal to its item. True, or None (the last box alone is the answer read)."""
    structure = gold.structure
    if (
        structure is None
        or structure.kind not in ("set", "sequence")
        or structure.brackets not in ("", "()")
        or not 2 <= len(structure.items) <= 4
        or structure.names
    ):
        return None
    boxes = last_boxes(completion, len(structure.items), within=_PARTS_REACH)
    if boxes is None:
        return None
    if not all(_equals_a_gold_item(box, item) for box, item in zip(boxes, structure.items, strict=True)):
        return None
    return Decision(True, "string", ", ".join(_safe_normalize(box) for box in boxes))


def _parts_boxed_by_name(completion: str, gold: PreparedGold) -> Decision | None:
    """A gold of two to four parts, named (``x=2, y=-1``, ``\\text{quotient } 142, \\text{ remainder } 6``) or
    labelled in turn by the problem's parts (``5, 4`` for "(a) ... (b) ..."), against the completion's last boxes as
    many, in sentences of their own, each led to by its name ("so $x = \\boxed{2}$. ... $y = 1 - x = \\boxed{-1}$",
    "the quotient is $\\boxed{142}$ and the remainder is $\\boxed{6}$") or its part's label ("(a) ... \\boxed{5}
    (b) ... \\boxed{4}"): each box compared with the gold's item of that name, or of that place. True, or None."""
    structure = gold.structure
    if structure is None or not 2 <= len(structure.items) <= 4 or structure.brackets not in ("", "()"):
        return None
    count = len(structure.items)
    boxes = last_labelled_boxes(completion, count, within=2 * _PARTS_REACH)
    if boxes is None:
        return None
    if structure.names:
        names = [name.lower() for name in structure.names]
        if len(set(names)) != count:
            return None
        by_name = re.compile(
            r"(?<![\w\\])(" + "|".join(re.escape(name) for name in names) + r")\$?[ \t]*(?:=|is\b|:)",
            re.IGNORECASE,
        )
        order = []
        for lead, _ in boxes:
            clause = lead[max(lead.rfind(","), lead.rfind(";"), lead.rfind(". ")) + 1 :]
            named = by_name.search(clause)
            if named is None:
                return None
            order.append(names.index(named.group(1).lower()))
        if sorted(order) != list(range(count)):
            return None
        items = [structure.items[place] for place in order]
    else:
        labels = [_PART_LABEL_LEAD.search(lead) for lead, _ in boxes]
        if any(label is None for label in labels) or [label.group(1) for label in labels if label] != list(
            "abcd"[:count]
        ):
            return None
        items = list(structure.items)
    if not all(_equals_a_gold_item(box, item) for (_, box), item in zip(boxes, items, strict=True)):
        return None
    return Decision(True, "string", ", ".join(_safe_normalize(box) for _, box in boxes))


# A part's label in the words that lead to its box: "(a)", "(b)", "**(a)**", "a)".
_PART_LABEL_LEAD = compile_lazily(r"(?:^|[\s*(])\(?([a-d])\)[\s*]")


def _equals_a_gold_item(text: str, item: str) -> bool:
    """Whether ``text`` equals one item of a gold's list, compared as a gold of its own in the caller (the fast path,
    then the bounded expression parser): the parts of an answer read one by one."""
    item_gold = prepare_gold(item)
    if item_gold is None:
        return False
    decision = fast_compare(text, item_gold)
    if (decision is None or not decision.equal) and item_gold.unit is not None:
        decision = _same_unit(text, item_gold) or decision  # ("240 minutes" for "4 \\text{ h}")
    if decision is None:
        decision = _expression_decision(text, item_gold)
    return decision is not None and decision.equal


def _parts_with_units(predicted: str, gold: PreparedGold, completion: str = "") -> Decision | None:
    """A gold that lists two to four values, one with a unit at least (``20 \\text{ m}, 4 \\text{ s}``, the
    normaliser keeping no unit but the last), against an answer that lists as many in the gold's order, its parts'
    labels left out, each with its unit, in another unit of the kind or bare (``(a) 20 m, (b) 4 s``, ``60 km/h, 240
    minutes``, ``20, 4``): each part compared as a gold of its own (``_equals_a_gold_item``). Equal, or None."""
    gold_items = _listed_gold_items(gold)
    if gold_items is None or not 2 <= len(gold_items) <= 4:
        return None
    gold_items = [
        _LEADING_SPACING.sub("", item) for item in gold_items
    ]  # ("12\\ \\text{m/s},\\ 18\\ \\text{m}")
    text = _safe_normalize(predicted)  # (parts' labels and the brackets they leave out)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    items = split_top_level(text, ",;")
    if items is None or len(items) != len(gold_items):
        return None
    by_noun = _parts_named_by_the_gold_nouns(items, gold_items)
    if by_noun is not None:
        items = by_noun  # ("sugar=6, flour=15" for "15 \\text{ cups flour}, 6 \\text{ cups sugar}")
    elif all(answer_unit(item) is None and not _PHYSICAL_UNIT_AFTER.search(item) for item in gold_items):
        # (a bare gold, "27, 54", against parts each written with a measure, "(a) 27 cm^3, (b) 54 cm^2", each part
        # read alone; not counts of things each named, "12 chickens, 23 rabbits", whose names say which is which)
        written = _written_parts(predicted)
        if len(written) != len(items) or not all(_PHYSICAL_UNIT_AFTER.search(part) for part in written):
            return None
        if len({_NOT_A_UNIT.sub("", part).strip(" $") for part in written}) == 1:
            return None  # (one unit for all, "11 km, 15 km": it tells no part from another, so their order is open)
        items = written
    # (in the gold's order, even for a list that is not a tuple: parts with units are the quantities asked, in the
    # order asked, unlike the members of a solution set; "4.0 m/s, 1.0 m/s" for "1 m/s, 4 m/s" swaps two velocities)
    if not all(
        _equals_a_gold_item(part, item) or _bare_number_of_a_measured_item(part, item)
        for part, item in zip(items, gold_items, strict=True)
    ):
        # ("So s = 18 m and v = 12 m/s." for "12 m/s, 18 m": parts of other kinds of quantity, each its own)
        # (not where the completion labels its parts by place, "(a) 150 m\n(b) 3 m/s²", whatever the answer read kept)
        labelled = _PLACE_LABELLED_LINE.search(completion, max(0, len(completion) - _LABELLED_LINES_REACH))
        paired = None if labelled is not None else _paired_by_kind(_written_parts(predicted), gold_items)
        if paired is None or not all(
            _equals_a_gold_item(part, item) for part, item in zip(paired, gold_items, strict=True)
        ):
            return None
        items = paired
    return Decision(True, "numeric", ", ".join(items))


def _parts_named_by_the_gold_nouns(parts: list[str], gold_items: list[str]) -> list[str] | None:
    """An answer's parts, each named by the noun that ends one of the gold's items (``flour=15, sugar=6`` against
    ``6 \\text{ cups sugar}, 15 \\text{ cups flour}``, a plural's "s" aside), in the order of those items; None
    unless every part is so named, each by another item's noun."""
    nouns = [_NOUN_ENDING_AN_ITEM.search(item) for item in gold_items]
    names = [_part_name(part) for part in parts]
    order = []
    for name in names:
        matching = [
            index
            for index, noun in enumerate(nouns)
            if noun is not None and name and noun.group(1).lower().removesuffix("s") == name.removesuffix("s")
        ]
        if len(matching) != 1:
            return None
        order.append(matching[0])
    if sorted(order) != list(range(len(gold_items))):
        return None
    by_item = dict(zip(order, parts, strict=True))
    return [by_item[index] for index in range(len(gold_items))]


# The noun that ends a gold's item after its number: "flour" of "15 \\text{ cups flour}", "rabbits" of "23 rabbits".
_NOUN_ENDING_AN_ITEM = compile_lazily(r"\d[^,;]*?([A-Za-z]{3,})[ \t}$]*\Z")


def _listed_gold_items(gold: PreparedGold) -> list[str] | None:
    """The items of a gold that lists values: between its commas or semicolons (``20 \\text{ m}, 4 \\text{ s}``), or
    after its parts' labels by place (``(a) 215 (b) 72 km/h``, ``(i) 3 (ii) 9``); None where brackets do not pair."""
    raw = gold.raw.strip().strip("$")
    if _OPENS_WITH_A_PLACE_LABEL.match(raw) is None:
        return split_top_level(raw, ",;")
    items = [item.strip().rstrip(",;").strip() for item in _GOLD_PART_LABEL.split(raw)[1:]]
    return items if all(items) else None


# A list that opens with its first part's label by place: "(a) 60 km/h (b) 240 km", "(i) \\{1,2\\} (ii) \\{3\\}".
_OPENS_WITH_A_PLACE_LABEL = compile_lazily(r"[ \t$]*\((?:a|i)\)[ \t]")
# A part's label by place in a gold, where the text before it ends: "(b) " of "(a) 60 km/h (b) 240 km".
_GOLD_PART_LABEL = compile_lazily(r"(?:^|(?<=[\s,;$]))\((?:[a-h]|i{1,3}|iv|vi{0,3})\)[ \t]*")


def _bare_number_of_a_measured_item(part: str, item: str) -> bool:
    """Whether a part of an answer, a bare number or one named (``300``, ``distance=300``), is the number of a gold's
    item written with a space before its unit of measure (``300 m``, ``48 m^2``, ``6 A``): a part's unit left out,
    as a single answer may leave it out (not ``3m``, a number times a name)."""
    measured = _NUMBER_SPACED_FROM_ITS_UNIT.match(item)
    if measured is None or _PHYSICAL_UNIT_AFTER.search(item) is None:
        return False
    number, gold_number = parse_number(part.rpartition("=")[2].strip()), parse_number(measured.group(1))
    return number is not None and number == gold_number


# A gold's item that opens with a number, then a space before its unit: "300 m", "2\ \text{s}", "6~A" (not "3m").
_NUMBER_SPACED_FROM_ITS_UNIT = compile_lazily(r"\A[ \t$]*(-?\d+(?:\.\d+)?)(?:[ \t~]|\\[,;: ])+(?=\S)")


def _paired_by_kind(parts: list[str], gold_items: list[str]) -> list[str] | None:
    """The answer's named parts in the order of the gold's items they measure the same kind of quantity as, where every
    item of the gold is of another kind ("s = 18 m, v = 12 m/s" against "12 m/s, 18 m": the speed first); None where
    a part or an item has no unit read, or the kinds do not pair one to one; and unless every part is named or none is
    labelled ("180 km, 3 hours" against "3 hours, 180 km": a unit says what each is; a list by place, "(a) 150 m, (b) 3
    m/s²", answers its parts in turn, whatever their units)."""
    if len(parts) != len(gold_items):
        return None
    if not all("=" in part for part in parts) and any(
        "=" in part or _PLACE_LABEL.match(part) is not None for part in parts
    ):
        return None
    kinds = [value_in_base_units(part.rpartition("=")[2].strip()) for part in parts]
    gold_kinds = [value_in_base_units(item) for item in gold_items]
    if any(kind is None for kind in kinds) or any(kind is None for kind in gold_kinds):
        return None
    dimensions = [kind[2] for kind in kinds if kind is not None]
    gold_dimensions = [kind[2] for kind in gold_kinds if kind is not None]
    if len(set(gold_dimensions)) != len(gold_dimensions) or sorted(dimensions) != sorted(gold_dimensions):
        return None
    by_dimension = dict(zip(dimensions, parts, strict=True))
    return [by_dimension[dimension] for dimension in gold_dimensions]


_LEADING_SPACING = compile_lazily(r"\A(?:\s|\\[ ,;:!])+")
# A line that opens with a part's label by its place, near the end of a completion: "(a) 150 m", "**(b)** 3 m/s²".
_PLACE_LABELLED_LINE = compile_lazily(r"(?:^|\n)[ \t*#-]*(?:\((?:" + PART_LABEL_TOKEN + r")\)|[a-h]\))")
_LABELLED_LINES_REACH = 600
# A label of a part by its place: "(a) ", "b) ", "(ii) ", "1. ".
_PLACE_LABEL = compile_lazily(r"[ \t*]*(?:\((?:" + PART_LABEL_TOKEN + r")\)|[a-h]\)|\d[.)][ \t])")
# A unit of measure ending a part as written: "27 cm^3", "4 g/cm^{3}", "8 m/s", "2\\text{ mol}".
_PHYSICAL_UNIT_AFTER = compile_lazily(
    r"(?:\d|\\pi|π)[ \t}]*(?:\\[,;: ]|~)?[ \t]*(?:\\(?:text|mathrm|textrm)[ \t]*\{[ \t~]*)?"
    r"(?:[kcmµμn]?m|[kmµμn]?g|kg|[mµμn]?s|min|h|[kMG]?Hz|[kM]?J|[kM]?W|[kmµμ]?V|m?A|mol|K|N|Pa|L|mL|eV|km/h|m/s|ohms?|\\Omega)"
    r"(?:/[A-Za-z]{1,3})?[ \t}]*(?:\^\{?-?\d\}?|[²³])?[ \t}]*\$?[ \t]*\Z"
)


# A part's number as written before its unit ("27\\ ", "4 ", "$14\\pi"): what is left is the unit.
_NOT_A_UNIT = compile_lazily(r"\A[ \t$]*-?[\d.,]+(?:\\pi|π)?(?:[ \t~]|\\[,;: ])*")


def _written_parts(predicted: str) -> list[str]:
    """The parts of an answer as written (its brackets aside), for what each says beside its value."""
    text = predicted.strip().strip("$")
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return split_top_level(text, ",;") or []


def _parts_in_other_units(predicted: str, gold: PreparedGold) -> bool:
    """Whether an answer that lists as many parts as a gold whose every part has a unit gives a part in another unit
    that is not that part's value converted ("Boat=15 m/s, current=3 m/s" for "15 km/h, 3 km/h", where the
    normaliser keeps no unit of either list)."""
    gold_items = _listed_gold_items(gold)
    if gold_items is None or not 2 <= len(gold_items) <= 4:
        return False
    gold_units = [answer_unit(item) for item in gold_items]
    items = _written_parts(predicted)
    if len(items) != len(gold_items) or None in gold_units:
        return False
    if all("=" in item for item in gold_items):
        # (parts the gold names are paired by name: "T = 24 N, a = 2 m/s^2" for "a = 2 m/s^2, T = 24 N")
        by_name = {_part_name(item): index for index, item in enumerate(gold_items)}
        order = [by_name.get(_part_name(part)) for part in items]
        if None in order or len(set(order)) != len(order):
            return False
        gold_items = [gold_items[index] for index in order if index is not None]
        gold_units = [gold_units[index] for index in order if index is not None]
    paired = _paired_by_kind(items, gold_items)
    if paired is not None:
        items = (
            paired  # (parts each of another kind, paired by it: "s = 18 m, v = 12 m/s" for "12 m/s, 18 m")
        )
    for part, item, gold_unit in zip(items, gold_items, gold_units, strict=True):
        value = part.rpartition("=")[2]  # (a named part: "Boat=15 m/s")
        unit = answer_unit(value)
        gold_value = item.rpartition("=")[2]
        if (
            unit is not None
            and not units_agree(unit, gold_unit or "")
            and not _equals_a_gold_item(value, gold_value)
        ):
            return True
    return False


def _part_name(part: str) -> str:
    """The name a named part gives its value ("T" of "T = 24 N"), its spacing and case aside; "" for none."""
    name, equals, _ = part.partition("=")
    return "".join(name.split()).lower() if equals else ""


def _against_a_compound_gold(predicted: str, gold: PreparedGold) -> Decision | None:
    """A gold in two units (``4 \\text{ feet } 6 \\text{ inches}``, read as 4.5 and 54) against the same quantity in
    two units (``4 ft 6 in``: both readings agree) or as one number in either unit (``54``, ``4.5``: the unit asked
    is the question's). Equal by that reading, or None."""
    gold_readings = compound_quantity_values(gold.raw)
    if gold_readings is None:
        return None
    readings = compound_quantity_values(predicted)
    if readings is not None:
        return Decision(readings == gold_readings, "numeric", normalize_answer(predicted))
    number = parse_number(normalize_answer(predicted))
    if number is None or number.percent or number.value not in gold_readings:
        return None
    return Decision(True, "numeric", normalize_answer(predicted))


# A number and a unit under an SI prefix: "8 kHz", "2.95 km", "1.73 kJ", "0.727 nm", "29.9 kbps".
_PREFIXED_UNIT = compile_lazily(
    r"[ \t$]*(?P<number>-?\d+(?:\.\d+)?(?:[ \t]*(?:\\times|×|\\cdot)[ \t]*10\^\{?-?\d{1,3}\}?)?)[ \t]*\}?[ \t]*\$?[ \t]*"
    r"(?:\\[,;: ])?[ \t]*(?:\\(?:text|mathrm|textrm)[ \t]*\{[ \t]*)?"
    # (not the kilogram: a base unit, whose grams no bare gold counts in)
    r"(?:(?!kg(?![A-Za-z]))(?P<prefix>k|M|G|T|m|µ|μ|u|n|p|\\mu[ \t]*)\}?[ \t]*(?:\\(?:text|mathrm|textrm)[ \t]*\{[ \t]*)?"
    r"(?P<unit>Hz|J|W|V|A|m|g|s|Pa|N|eV|B|b|bps|bit/s|F|C|L|Ω|\\Omega)|(?P<angstrom>Å|\\AA|\\mathring\{A\}|angstroms?))"
    r"(?![A-Za-z])[ \t]*\}?[ \t$.*]*"
)
_PLAIN_DECIMAL = compile_lazily(r"-?\d+(?:\.\d+)?")
_PREFIX_SCALES = {
    "k": Fraction(10**3), "M": Fraction(10**6), "G": Fraction(10**9), "T": Fraction(10**12), "m": Fraction(1, 10**3),
    "µ": Fraction(1, 10**6), "μ": Fraction(1, 10**6), "u": Fraction(1, 10**6), "n": Fraction(1, 10**9),
    "p": Fraction(1, 10**12),
}  # fmt: skip


def _compound_unit_of_a_bare_gold(predicted: str, gold: PreparedGold) -> Decision | None:
    """A number with a known unit of several factors (``1.51e2 km s^-1``, ``8.31 J mol⁻¹ K⁻¹``, ``7.1 × 10³² erg
    s⁻¹``, which the normaliser leaves glued together) against a bare number: the number compared, as a bare gold
    leaves out the unit that ``\\text{ km/s}`` would give it. Equal, or None."""
    if gold.unit is not None or ("/" not in predicted and "^" not in predicted and "\u207b" not in predicted):
        return None
    split = value_and_unit(predicted)
    if split is None and "=" in predicted:
        named = NAMED_QUANTITY_RE.fullmatch(
            predicted.strip()
        )  # ("R = 8.31 J mol⁻¹ K⁻¹": the quantity's value)
        split = None if named is None else value_and_unit(named.group(1).strip())
    if split is None or ("/" not in split[1] and " " not in split[1]):
        return None  # (one unit, as "5 km": the normaliser's and the other readers' case)
    decision = fast_compare(split[0], gold)
    return decision if decision is not None and decision.equal else None


_SYMBOL_GIVEN_A_VALUE = compile_lazily(r"\A(?:\\?[A-Za-z]+|[A-Za-z])(?:_\{?\w{1,6}\}?)?[ \t]*=[ \t]*")


def _prefixed_unit_of_a_bare_gold(predicted: str, gold: PreparedGold, completion: str) -> Decision | None:
    """A value under an SI prefix against a bare gold in the prefix's base unit ("8 kHz" for 8000, "1.73 kJ" for
    1729, "0.727 nm" for 7.27e-10; the unit in the answer, or right after where its value ends the completion:
    "$\\lambda \\approx 0.727$ nm."): the value times the prefix, exact or rounded as written (three significant
    digits or more to round). True, or None."""
    if gold.number is None or gold.number.percent or gold.unit is not None:
        return None  # (a gold with its own unit is compared by the unit stages: "5 kg" is no "5000 m")
    found = _PREFIXED_UNIT.fullmatch(predicted)
    if found is None:
        # (the value given to its symbol: "$a = 0.362$ nm")
        written = _SYMBOL_GIVEN_A_VALUE.sub("", predicted.strip().strip("$").strip(), count=1)
        where = _where_written(written, completion) if _PLAIN_DECIMAL.fullmatch(written) is not None else None
        found = None if where is None else _PREFIXED_UNIT.match(*where)
        if found is None or found.group("number") != written:
            return None
    number = parse_number(normalize_answer(found.group("number")))
    if number is None:
        return None
    scale = (
        Fraction(1, 10**10)  # (the ångström, a tenth of a nanometre)
        if found.group("angstrom")
        else _PREFIX_SCALES[found.group("prefix").strip().removeprefix("\\").replace("mu", "µ")]
    )
    value = number.value * scale
    if value == gold.number.value:
        return Decision(True, "numeric", normalize_answer(predicted))
    if (
        number.quantum is not None
        and number.significant >= 3
        and abs(gold.number.value - value) * 2 <= number.quantum * scale
    ):
        # (the gold rounds to the value as written)
        return Decision(True, "numeric", normalize_answer(predicted))
    return None


def _restated_in_another_unit(predicted: str, gold: PreparedGold, completion: str) -> Decision | None:
    """A value restated in another unit of its kind right after it (``The trip takes 0.75 hours (or 45 minutes).``,
    read as 0.75; ``150 cm (1.5 m)`` read whole) against a gold in either unit (45, 1.5): one quantity, the unit
    asked the question's, as for a quantity in two units. Equal by the restatement, or None."""
    # (the value of a computation: "45 / 30 = 1.5 hours, or 90 minutes")
    stated = predicted.rpartition("=")[2].strip()
    whole = RESTATED_IN_ANOTHER_UNIT.match(stated) if "(" in stated or "," in stated else None
    if whole is not None and stated[whole.end() :].strip(" )") == "":
        found, number = whole, None  # (the answer is the quantity and its restatement)
    else:
        # (where the answer is written: most completions restate none, and the pattern is tried only there)
        where = _where_written(predicted.strip().strip("$"), completion)
        number = None if where is None else parse_number(normalize_answer(predicted))
        if where is None or number is None:
            return None
        tail, at = where
        # (anchored where the answer starts, its "$" included: one match tried, not one at every position)
        restated = RESTATED_IN_ANOTHER_UNIT.match(tail, at - 1 if at > 0 and tail[at - 1] == "$" else at)
        if restated is None:
            return None
        found = restated
    first_written, second_written = restated_numbers(found)
    first = parse_number(first_written)
    if first is None or (number is not None and first.value != number.value) or not restatement_agrees(found):
        return None
    if found.group(5) is not None:
        # ("160 minutes, which is 2 hours and 40 minutes": the restatement is a quantity in two units, read in either)
        readings = compound_quantity_values(
            f"{found.group(3)} {found.group(4)} and {found.group(5)} {found.group(6)}"
        )
        if gold.number is not None and readings is not None and gold.number.value in readings:
            return Decision(True, "numeric", normalize_answer(predicted))
        return None
    values = (second_written,) if number is not None else (first_written, second_written)
    if any((decision := fast_compare(value, gold)) is not None and decision.equal for value in values):
        return Decision(True, "numeric", normalize_answer(predicted))
    # ... or the first value, when exact, converted ("80 minutes (about 1.33 hours)" is 4/3 hours; not a rounded
    # "0.3 hours (20 minutes)", which is no 18 minutes; both sizes are known once the restatement agrees)
    first_size = value_in_base_units(f"{first_written} {found.group(2)}")
    second_size = value_in_base_units(f"{second_written} {found.group(4)}")
    assert first_size is not None and second_size is not None
    exact = first.quantum is None or first.quantum >= 1
    if (
        exact
        and gold.number is not None
        and first.value * first_size[1] / second_size[1] == gold.number.value
    ):
        return Decision(True, "numeric", normalize_answer(predicted))
    return None


# One angle in degrees, marked as such: "45^\circ", "45^{\circ}", "45°", "45\degree", "45 degrees", perhaps named
# ("A = 60^\circ", "\angle APB = 45^\circ").
_DEGREES = compile_lazily(
    r"[ \t$]*(?:[\\A-Za-z][\\A-Za-z_{} \t]{0,20}=[ \t]*)?(-?\d{1,4}(?:\.\d{1,6})?)[ \t]*(?:\^[ \t]*\{?[ \t]*\\circ[ \t]*\}?|°|\\degree|\\text[ \t]*\{[ \t]*degrees?[ \t]*\}"
    r"|[ \t]degrees?)[ \t$.]*"
)


def _angle_in_the_other_measure(predicted: str, gold: PreparedGold) -> Decision | None:
    """An angle in degrees, its degree mark written, against the same angle in radians (a multiple of π), either
    way round (``45^\\circ`` against ``\\frac{\\pi}{4}``, ``\\frac{\\pi}{6}`` against ``30^\\circ``): one angle, as
    one length in two units is one length. Equal, or None. A bare number is no angle in degrees (``30`` against
    ``\\frac{\\pi}{6}``: the question's measure, unknown here)."""
    if _same_angle(predicted, gold.raw, gold.text):
        return Decision(True, "numeric", normalize_answer(predicted))
    # (a list of angles, each in the other measure, in any order: "30^\\circ, 150^\\circ" for "\\frac{\\pi}{6},
    # \\frac{5\\pi}{6}")
    items, gold_items = split_top_level(predicted, ","), split_top_level(gold.raw.strip().strip("$"), ",")
    if items is None or gold_items is None or not 2 <= len(items) == len(gold_items) <= 6:
        return None
    unmatched = [(other, normalize_answer(other)) for other in gold_items]  # (each normalised once)
    for item in items:
        match = next((other for other in unmatched if _same_angle(item, *other)), None)
        if match is None:
            return None
        unmatched.remove(match)
    return Decision(True, "numeric", normalize_answer(predicted))


def _same_angle(predicted: str, gold_raw: str, gold_text: str) -> bool:
    """Whether one side is an angle in degrees, its mark written, and the other the same angle in radians."""
    degrees, radians = _DEGREES.fullmatch(predicted.strip()), gold_text
    if degrees is None:
        degrees, radians = _DEGREES.fullmatch(gold_raw.strip()), normalize_answer(predicted)
    if degrees is None or "\\pi" not in radians or _DEGREES.search(radians) is not None:
        return False
    return identity_equal(f"\\frac{{{degrees.group(1)}\\pi}}{{180}}", radians) is True


# The mark of an option in a list the completion prints ("(A) 60 (B) 66 (C) 72", "A) 60 B) 66", "A. 60" on a line of
# its own, "Answer Choices: (A) 20 ..."), letter in group 1.
_OPTION_MARK = compile_lazily(r"(?:(?<=[\s:])|^)\(?([A-J])(?:\)|[.:](?=[ \t]))[ \t]*", re.MULTILINE)
_OPTIONS_REACH = 6_000  # characters at the end of the completion where its list of options is looked for
_CODE_BLOCK = compile_lazily(r"```.*?(?:```|\Z)", re.DOTALL)
_NOT_AN_OPTION_BEFORE = compile_lazily(
    r"\b(?:sub)?(?:case|part|step|scenario|stage|phase)[ \t]*\Z", re.IGNORECASE
)
_LETTER_ALONE_CHARS = 16  # (the longest spelling of a letter alone, "\textbf{(C)}", and room for spaces)
# An option's letter alone, as a prediction ("C", "(C)", "\text{(C)}").
_LETTER_ALONE = compile_lazily(r"(?:\\text(?:bf)?\{)?\(?([A-J])\)?\}?")


def _printed_options(completion: str) -> dict[str, str]:
    """The options of the last list of lettered options the completion prints (A first, in order, three at least):
    each letter's text, to the next option or the end of its line. Empty when it prints none."""
    text = completion[-_OPTIONS_REACH:]
    if "```" in text:
        text = _CODE_BLOCK.sub(" ", text)  # (a program's printout labels its own cases)
    runs: list[list[re.Match[str]]] = []
    for mark in _OPTION_MARK.finditer(text):
        letter = mark.group(1)
        if _NOT_AN_OPTION_BEFORE.search(text, max(0, mark.start() - 12), mark.start()) is not None:
            runs.append([])  # "Case A)", "Subcase C)", "Part B:": the work's own labels end a list of options
            continue
        if letter == "A":
            runs.append([mark])
        elif runs and runs[-1] and ord(letter) == ord(runs[-1][-1].group(1)) + 1:
            runs[-1].append(mark)
        elif runs:
            runs.append([])  # (a letter out of turn ends the list)
    complete = [run for run in runs if len(run) >= 3]
    if not complete:
        return {}
    run = complete[-1]
    options: dict[str, str] = {}
    for index, mark in enumerate(run):
        end = run[index + 1].start() if index + 1 < len(run) else len(text)
        for stop in (
            "\n",
            ". ",
        ):  # (the last option ends with its line or sentence: "(D) 1. Since the angle ...")
            at = text.find(stop, mark.end(), end)
            if at != -1:
                end = at
        options[mark.group(1)] = text[mark.end() : end].strip().strip("$ .,;").strip()
    return options


def _answered_through_printed_options(predicted: str, gold: PreparedGold, completion: str) -> Decision | None:
    """An answer given as the value of an option the completion lists, against the gold's letter (``\\boxed{72}``
    after "A) 60 B) 66 C) 72" for the gold ``C``), or as a letter against the gold's value ("The answer is (C)."
    after "(A) 20 (B) 22 (C) 24" for the gold ``24``): the option's text read as the answer. Only an answer that
    equals one option and no other; True, or None."""
    letter = _LETTER_ALONE.fullmatch(predicted.strip())
    if (gold.choice is None) == (letter is None):
        return None  # (a letter against a letter, a value against a value: compared as they are)
    options = _printed_options(completion)
    if not options:
        return None
    if letter is not None:
        value = options.get(letter.group(1))
        decision = fast_compare(value, gold) if value else None
        return Decision(True, "choice", letter.group(1)) if decision is not None and decision.equal else None
    matching = []
    for option_letter, value in options.items():
        option_gold = prepare_gold(value) if value else None
        decision = (
            fast_compare(predicted, option_gold)
            if option_gold is not None and option_gold.choice is None
            else None
        )
        if decision is not None and decision.equal:
            matching.append(option_letter)
    if matching == [gold.choice]:
        return Decision(True, "choice", normalize_answer(predicted))
    return None


# Several choice letters: "AC" (in order, as multiple-select keys are written), "A, C", "(A) and (C)", "A、C".
_CHOICE_KEY = compile_lazily(r"[A-E]{2,5}")
_CHOICE_LIST = compile_lazily(r"\(?([A-E])\)?(?:(?:\s*[,;、，；]\s*|\s+and\s+)\(?([A-E])\)?){1,4}")
_CHOICE_LETTER = compile_lazily(r"(?<![A-Za-z])[A-E](?![A-Za-z])")


def _choice_letters(text: str) -> tuple[frozenset[str], bool] | None:
    """The letters of a multiple-select answer and whether they are written as a list: a list of single letters, or
    a run of distinct letters in alphabetical order, the way answer keys write them (``AC``; ``CA`` or ``AB`` of an
    answer may be a product or a segment's name)."""
    text = text.strip()
    if _CHOICE_LIST.fullmatch(text):
        return frozenset(_CHOICE_LETTER.findall(text)), True
    if _CHOICE_KEY.fullmatch(text) and list(text) == sorted(set(text)):
        return frozenset(text), False
    return None


def _choice_set_decision(predicted: str, gold: PreparedGold) -> Decision | None:
    """Multiple-select choices compared as sets of letters: ``A, C`` and ``C, A`` against the key ``AC`` (and the
    reverse); None unless both sides are several choice letters and one of them is a written list."""
    if gold.choice is not None or len(gold.raw) > 40 or len(predicted) > 40:
        return None
    gold_choices, choices = _choice_letters(gold.raw), _choice_letters(predicted)
    if gold_choices is None or choices is None or not (gold_choices[1] or choices[1]):
        return None
    return Decision(choices[0] == gold_choices[0], "choice", ", ".join(sorted(choices[0])))


# "π ≈ 3.14", "\\frac{1}{7} \\approx 0.142": an exact value and its decimal, one approximation sign between them.
_APPROXIMATION = compile_lazily(r"([^≈]+?)\s*(?:≈|\\approx(?![A-Za-z]))\s*([^≈]+)")
# (a Greek letter's too, and subscripts as commands: "\\lambda", "\\lambda_{\\max}", "t_{\\min}", "\\varepsilon")
_NAME = compile_lazily(QUANTITY_NAME_PATTERN)
_BRACKETED_APPROXIMATION = compile_lazily(r"(?:\\[ ,;:!])? ?\( ?(?:≈|\\approx(?![A-Za-z])) ?([^()≈]+?) ?\)\Z")


# An estimate's sign or word with nothing before it, then a value: "≈ 500 nm", "approximately 78.3 km/h" (the words the
# normaliser reads so too; "about" and "roughly" it reads only before a measured value, see normalize).
_ESTIMATE_ALONE = compile_lazily(
    r"[ \t$]*(?:≈|\\approx(?![A-Za-z])|approximately|approx\.?)[ \t]*(?=[-\d.$\\])"
)


def approximation_sides(answer: str) -> tuple[str, str] | None:
    """The two sides of an answer that is one value and its approximation, ``exact ≈ decimal`` ("π ≈ 3.14",
    "\\sqrt{13}\\ (\\approx 3.61)"), or None for any other answer."""
    if "≈" not in answer and "\\approx" not in answer:
        return None
    # (an approximation in brackets after the value, "\\sqrt{13}\\ (\\approx 3.61)", is the same pair of sides)
    approximation = _APPROXIMATION.fullmatch(_BRACKETED_APPROXIMATION.sub(r" \\approx \1", answer.strip()))
    if approximation is None or "\\approx" in approximation.group(2):
        return None
    return approximation.group(1).strip(), approximation.group(2).strip()


def _one_side_of_an_approximation(found: Extracted, gold: PreparedGold) -> Extracted:
    """The side of ``exact ≈ decimal`` that answers the gold: the decimal for a rounded (decimal) gold, as asked for
    ("to three decimal places": ``1/7 ≈ 0.142`` is not 0.143), else the exact value (``π ≈ 3.14`` for π); a name
    before the sign (``x ≈ 3.14``) leaves the decimal; an estimate's sign or word alone before a value (``≈ 500 nm``)
    leaves the value."""
    if "≈" in found.text or "approx" in found.text:
        estimate = _ESTIMATE_ALONE.match(found.text)
        if estimate is not None:
            return Extracted(found.text[estimate.end() :], found.source)
    sides = approximation_sides(found.text)
    if sides is None:
        return found
    exact, decimal = sides
    if _NAME.fullmatch(exact) or "=" in decimal:
        # (an estimate computed on: "2^{20} ≈ 10^6 = 1,000,000" answers 1,000,000)
        return Extracted(decimal, found.source)
    if "." in gold.text and gold.number is not None:
        if _faithful_rounding(exact, decimal, gold.number):
            # "\ln 2 \approx 0.693" against 0.69: the exact value, rounded right by its decimal, rounds to the gold
            return Extracted(exact, found.source)
        return Extracted(decimal, found.source)
    return Extracted(exact, found.source)


def _faithful_rounding(exact: str, decimal: str, gold: ParsedNumber) -> bool:
    """Whether ``decimal`` is ``exact`` rounded right at its last digit and ``exact`` rounds to the decimal ``gold``:
    the pair answers the gold whichever side is read (``\\ln 2 \\approx 0.693`` for 0.69 or 0.6931; not
    ``\\frac17 \\approx 0.142``, a decimal cut short, for 0.143). False when the decimal answers the gold itself."""
    value, written = constant_value(normalize_answer(exact)), parse_number(normalize_answer(decimal))
    if value is None or written is None or written.quantum is None or numbers_match(written, gold):
        return False  # (a decimal that answers the gold itself is the side read)
    # (the decimal within half its last digit of the exact value, however few its digits: "\\ln 2 \\approx 0.7")
    return abs(value - written.value) <= written.quantum / 2 and rounds_to(value, gold, is_gold=True)


# A sentence's clauses ("It is not odd; it is even.", "It is even, not odd.", "..., but it is even").
_CLAUSE_BREAK = compile_lazily(r"[;,]|\bbut\b", re.IGNORECASE)
# What a clause says a thing is: "is even", "are both prime", "was an ellipse"; "is not odd" says what it is not.
_PREDICATE = compile_lazily(
    r"\b(?:is|are|was|were)[ \t]+(not[ \t]+|never[ \t]+)?(?:(?:an?|the|both|always)[ \t]+)?([A-Za-z][A-Za-z-]*)\b"
    r"(?![ \t]+(?:or|and|depending|if|when|unless|for)\b)",  # (not "odd or even depending on n")
    re.IGNORECASE,
)
# The subject of a clause that names the answer before its copula: "Alice is the liar", "Monday is the day" (not a
# pronoun or an article: "It is even", "The function is even").
_NAMED_SUBJECT = compile_lazily(
    r"(?!(?:It|This|That|The|He|She|They|We|I|There|Its|Their|A|An|Each|Every|Both|So|Thus|Hence|Therefore)\b)"
    # (or has the most of what was asked: "Evelyn has the greatest average speed")
    r"([A-Z][a-z]+)[ \t]+(?:is|are|was|were|has|had)\b"
)
# A named player said to win a game, the whole answer: "Alice wins", "Bob can always win", "Alice has a winning
# strategy" (not "Alice loses", nor "Alice wins if n is odd": a condition is another answer).
_NAMED_WINNER = compile_lazily(
    r"([A-Z][a-z]+)[ \t]+(?:wins|will[ \t]+win|can[ \t]+(?:always[ \t]+)?win"
    r"|can[ \t]+(?:always[ \t]+)?force[ \t]+(?:a[ \t]+)?(?:win|victory)"
    r"|has[ \t]+(?:a|the)[ \t]+winning[ \t]+strategy)(?:[ \t]+the[ \t]+game)?"
)
_WIN_QUALIFIED = compile_lazily(
    r"\b(?:if|only|unless|when|provided|but|not|never|except|otherwise|or|depends?|lose[sd]?|draw|tie)\b",
    re.IGNORECASE,
)
_NEGATED_CLAUSE = compile_lazily(r"[ \t]*(?:not|never|rather[ \t]+than)\b", re.IGNORECASE)
_WORDS_ONLY = compile_lazily(r"[A-Za-z][A-Za-z' -]*")
# A reply opening the answer as its own sentence: "Yes. It is possible.", "No. The sum is always odd."
_REPLY_FIRST = compile_lazily(r"(Yes|No)[.!][ \t]", re.IGNORECASE)
_QUALIFYING_WORD = compile_lazily(r"\b(?:" + _QUALIFIERS + r")\b", re.IGNORECASE)


def _the_stated_word(found: Extracted, gold: str) -> Extracted:
    """The word a short sentence gives as the answer to a question answered in a word (``The function is
    even.``, ``It is not odd; it is even.``, ``It is even, not odd.``, ``Even, not odd.``): its first clause when
    that is one word, else the one word its clauses say the thing is (a clause that says what it is not names no
    answer). A named subject answers who (``Alice is the liar``) unless the gold is what the sentence says she is
    (``Alice is a knight`` against ``knight``). Left as it is when the sentence holds a number or says two different
    things."""
    text = found.text.strip().strip(".!*$ \t").replace("**", "").replace("\\text{", "").replace("}", "")
    if len(text) > 120 or any(char.isdigit() for char in text):
        return found
    clauses = [clause.strip() for clause in _CLAUSE_BREAK.split(text)]
    reply = _REPLY_FIRST.match(text)
    if reply is not None and _QUALIFYING_WORD.search(text) is None and " or " not in text:
        # "Yes. It is possible.", "No. The game is always a draw."
        return Extracted(reply.group(1), found.source)
    if any(clause.lower().startswith(("or ", "or\t")) for clause in clauses[1:]):
        return found  # "Yes, or no if n is odd": two answers
    if _WORDS_ONLY.fullmatch(clauses[0]) is not None and " " not in clauses[0]:
        if _QUALIFYING_WORD.search(text) is not None or any(" " not in clause for clause in clauses[1:]):
            return found  # "Yes, but no": a reply it qualifies; "Tuesday, Wednesday", "B, C": several answers
        return Extracted(clauses[0], found.source)  # "Even, not odd.", "Yes, it is possible."
    winner = _NAMED_WINNER.fullmatch(clauses[0])
    if winner is not None and not any(_WIN_QUALIFIED.search(clause) for clause in clauses[1:]):
        # "Alice wins.", "Bob has a winning strategy.": who wins (a remark after it, "no matter how Alice plays",
        # leaves the winner; a condition or a denial does not)
        return Extracted(winner.group(1), found.source)
    subject = _NAMED_SUBJECT.match(clauses[0])
    if subject is not None and len(clauses) == 1 and gold.lower() not in _said_to_be(clauses[0]):
        return Extracted(subject.group(1), found.source)  # "Alice is the liar.": the answer is who
    stated = set().union(
        *(_said_to_be(clause) for clause in clauses if _NEGATED_CLAUSE.match(clause) is None)
    )
    if len(stated) != 1:
        return found
    return Extracted(stated.pop(), found.source)


def _said_to_be(clause: str) -> set[str]:
    """The words a clause says a thing is, lower-cased (``is even`` -> ``even``; not ``is not odd``)."""
    return {
        predicate.group(2).lower() for predicate in _PREDICATE.finditer(clause) if predicate.group(1) is None
    }


# A function of one variable defined by its formula: "f(x)=x^2", "g(t)=3t-1", "h(\\theta)=\\sin\\theta".
_DEFINITION = compile_lazily(r"([A-Za-z](?:\^\{-1\}|_\{?\w{1,3}\}?)?)\((\\?[A-Za-z]+)\)=(.+)")
# The one-letter names of a formula (its variables, LaTeX commands and the constants e and i aside).
_FORMULA_LETTER = compile_lazily(r"(?<![A-Za-z\\])[A-Za-df-hj-z](?![A-Za-z])")


def _with_the_gold_argument(found: Extracted, gold: PreparedGold) -> Extracted:
    """A definition of the gold's function written with another argument's name (``f(t)=t^2`` against
    ``f(x)=x^2``), renamed to the gold's: the same function. Left as it is when the formula already uses the
    gold's name for something else (``f(t)=t+x``)."""
    if "(" not in found.text or "=" not in found.text:
        return found
    definition = _DEFINITION.fullmatch(_safe_normalize(found.text))
    if definition is None:
        return found
    if "=" not in gold.text:
        # ("f(t)=t^2" against "x^2": the formula of a function of the gold's one variable)
        letters = set(_FORMULA_LETTER.findall(gold.text))
        argument = definition.group(2)
        if len(letters) != 1 or not _is_a_name(argument) or len(argument) != 1:
            return found
        (letter,) = letters
        formula = definition.group(3)
        if letter == argument or _argument_re(letter).search(formula) is not None:
            return found
        if set(_FORMULA_LETTER.findall(formula)) != {argument}:
            return found  # (other names in it: "f(t)=t+a" is no function of t alone)
        return Extracted(_argument_re(argument).sub(letter, formula), found.source)
    gold_definition = _DEFINITION.fullmatch(gold.text)
    if gold_definition is None or definition.group(1) != gold_definition.group(1):
        return found
    argument, gold_argument = definition.group(2), gold_definition.group(2)
    if argument == gold_argument or not _is_a_name(argument) or not _is_a_name(gold_argument):
        return found
    formula, spelled, gold_spelled = definition.group(3), _argument_re(argument), _argument_re(gold_argument)
    if (
        gold_spelled.search(formula) is not None
        or spelled.search(formula) is None
        or gold_spelled.search(gold_definition.group(3)) is None
    ):
        # (the formula already uses the gold's name; or a formula without its argument defines nothing of it:
        # "P(B) = \\frac12" is no function)
        return found
    # (a command's name is set apart by spaces: "\\sin\\theta" becomes "\\sin x ", not "\\sinx")
    written = f" {gold_argument} " if "\\" in argument + gold_argument else gold_argument
    renamed = spelled.sub(lambda _: written, formula)
    return Extracted(f"{definition.group(1)}({gold_argument})={renamed}", found.source)


def _integer_range_as_its_members(found: Extracted, completion: str) -> Extracted:
    """A range of integers written as a chain of inequalities ("2 \\le n \\le 4, n \\in \\mathbb{Z}"), against a gold
    that is a set: its members ("2, 3, 4"), where the answer or the end of the completion says the unknown is an
    integer; the answer as it was otherwise (a range of reals is an interval)."""
    chain = _INTEGER_RANGE.match(found.text)
    if chain is None:
        return found
    tail = completion[-_INTEGER_SAID_REACH:]
    if _INTEGER_SAID.search(found.text) is None and _INTEGER_SAID.search(tail) is None:
        return found
    low, high = int(chain.group(1)), int(chain.group(4))
    low += chain.group(2) == "<" or chain.group(2) == "\\lt"
    high -= chain.group(3) == "<" or chain.group(3) == "\\lt"
    if not 0 <= high - low < _MAX_RANGE_MEMBERS:
        return found
    return Extracted(", ".join(str(member) for member in range(low, high + 1)), found.source)


_INTEGER_RANGE = compile_lazily(
    r"[ \t$]*(-?\d{1,6})[ \t]*(<|\\lt|\\leq?|≤)[ \t]*[a-z][ \t]*(<|\\lt|\\leq?|≤)[ \t]*(-?\d{1,6})"
    r"(?=[ \t]*(?:\$|,|\\[ ,;]|\Z))"
)
_INTEGER_SAID = compile_lazily(r"\\in[ \t]*\\mathbb[ \t]*\{?[ \t]*Z|\bintegers?\b|ℤ", re.IGNORECASE)
_INTEGER_SAID_REACH = 400  # characters at the end of a completion where the unknown is said to be an integer
_MAX_RANGE_MEMBERS = 50


def _center_and_margin_as_ends(found: Extracted, brackets: str) -> Extracted:
    """A number plus or minus a margin ("20 \\pm 2.131", a confidence interval) against a gold that is a pair of ends
    in brackets ("(17.869, 22.131)"): the two ends, in the gold's brackets; the answer as it was otherwise."""
    written = _CENTER_AND_MARGIN.fullmatch(found.text.strip().strip("$").strip())
    if written is None:
        return found
    center, margin = parse_number(written.group(1)), parse_number(written.group(2))
    if center is None or margin is None or margin.value <= 0:
        return found
    low, high = (finite_decimal(center.value + sign * margin.value, 40) for sign in (-1, 1))
    if low is None or high is None:
        return found
    return Extracted(f"{brackets[0]}{low}, {high}{brackets[-1]}", found.source)


_CENTER_AND_MARGIN = compile_lazily(r"(-?\d+(?:\.\d+)?)[ \t]*(?:\\pm|±)[ \t]*(\d+(?:\.\d+)?)")


def _central_value_of_a_measurement(found: Extracted) -> Extracted:
    """A measured value with its uncertainty, in brackets before its unit ("(2.00 \\pm 0.01)\\ \\text{m}",
    "(2.0 ± 0.1) m"), against a gold of one value: the central value with its unit, which is the value measured (not
    "x = 3 \\pm 2", two solutions, nor a margin written without brackets and unit)."""
    measured = _MEASUREMENT.fullmatch(found.text.strip().strip("$").strip())
    if measured is None:
        return found
    center, margin = parse_number(measured.group(1)), parse_number(measured.group(2))
    if center is None or margin is None or not 0 < margin.value < abs(center.value):
        return found
    if measured.group(3) is None and not ("." in measured.group(1) and "." in measured.group(2)):
        return found  # (without a unit, only a measurement's decimals say it is one: "(2.00 \\pm 0.01)")
    return Extracted(f"{measured.group(1)} {measured.group(3) or ''}".strip(), found.source)


_MEASUREMENT = compile_lazily(
    r"(?:[A-Za-z](?:_\{?\w{1,6}\}?)?[ \t]*=[ \t]*)?\([ \t]*(-?\d+(?:\.\d+)?)[ \t]*(?:\\pm|±)[ \t]*(\d+(?:\.\d+)?)[ \t]*\)"
    r"[ \t]*(?:\\[ ,;]|~)*[ \t]*(\S.{0,40})?"
)


def _with_the_unit_written_after(found: Extracted, gold: PreparedGold, completion: str) -> Extracted:
    """A number read without its unit, whose unit the completion writes right after the number's math or bold ("The
    frequency is $f = 2.5 \\times 10^{6}$ Hz.", "$\\lambda \\approx 500$ nm"), against a gold with a unit of the same kind
    written otherwise ("2.5 MHz", "5.0 \\times 10^{-7} m"): the number with its unit, so that it converts; the answer as
    read otherwise (a bare number is read in the gold's unit, and a unit of another kind is left to the number)."""
    at = completion.rfind(found.text, max(0, len(completion) - _UNIT_AFTER_REACH))
    written = None if at == -1 else _UNIT_AFTER_CLOSING.match(completion, at + len(found.text))
    if written is None and at != -1 and not completion.isascii():
        # ("答：这块菜地的面积是 12 平方厘米。": a unit of Chinese right after the number, against 12 m²)
        written = _CHINESE_UNIT_AFTER.match(completion, at + len(found.text))
    if written is None:
        return found
    if units_agree(written.group(1), gold.unit or "") and "." not in found.text:
        # (a bare number is read in the gold's unit; a decimal keeps its unit, as a measured value that may round the
        # gold's: "so $v_f \approx 5.349$ m/s" for "5.3 m/s", see _measured_alike)
        return found
    with_unit = (
        f"{found.text} {written.group(1)}"
        if not written.group(1).isascii()
        else f"{found.text} \\text{{ {written.group(1)}}}"
    )
    named = NAMED_QUANTITY_RE.fullmatch(with_unit) if "=" in with_unit else None
    if _in_base_units_of_one_kind(with_unit if named is None else named.group(1), gold) is None:
        return found
    return Extracted(with_unit, found.source)


_UNIT_AFTER_REACH = 2_000  # characters at the end of a completion where the number is looked for
# The closing of a math span or of bold right after a number, then a unit ("$ Hz", "$ nm.", "** km"; a box's brace
# may close first: "$\\boxed{12}$ mm").
_UNIT_AFTER_CLOSING = compile_lazily(
    r"\}?[ \t]*(?:\$\$?|\\[)\]]|\*\*)[ \t]*([A-Za-zµμΩ]{1,5}(?:/[A-Za-z]{1,3})?(?:\^\{?-?\d\}?|[²³])?)(?![A-Za-z])"
)


_CHINESE_UNIT_AFTER = compile_lazily(
    r"[ \t]*((?:平方|立方)?(?:千米|公里|厘米|毫米|分米|米)|千克|公斤|克|毫升|升)"
)


# The vacuum permittivity, and Coulomb's constant k = 1/(4πε₀) written as a name of its own ("kq^2", "2k\\lambda";
# not k_B, a letter of a word or a macro, nor a kilo- unit: "kg", "kN").
_EPSILON_ZERO = compile_lazily(r"\\(?:var)?epsilon_\{?0\}?")
_COULOMB_K = compile_lazily(r"(?<![A-Za-z\\_])k(?!_|(?:g|m|mol|Hz|Pa|J|W|N|V|eV)(?![A-Za-z]))")


def _with_the_gold_coulomb_constant(found: Extracted, gold: PreparedGold) -> Extracted:
    """An electrostatic formula written with Coulomb's constant k against a gold written with ε₀, or the reverse
    (``\\frac{q^2}{16\\pi\\epsilon_0 r^2}`` for ``\\frac{kq^2}{4r^2}``): the answer with k written as
    1/(4πε₀), or ε₀ as 1/(4πk), so that the two compare (see ``_with_the_gold_spelling``)."""
    return _with_the_gold_spelling(
        found,
        gold,
        (_COULOMB_K, lambda _: "\\left(\\frac{1}{4\\pi\\epsilon_0}\\right)"),
        (_EPSILON_ZERO, lambda _: "\\left(\\frac{1}{4\\pi k}\\right)"),
    )


# Boltzmann's constant with its subscript B ("k_B", "k_{B}"; normalisation writes \\mathrm{B} as B).
_BOLTZMANN_K = compile_lazily(r"k_(?:\{B\}|B)")


def _with_the_gold_boltzmann_constant(found: Extracted, gold: PreparedGold) -> Extracted:
    """A formula written with Boltzmann's constant as a bare k against a gold written with k_B, or the reverse
    (``\\sqrt{3kT/m}`` for ``\\sqrt{\\frac{3k_BT}{m}}``): the answer with the gold's spelling, so that the two
    compare (a k beside k_B is another quantity: see ``_with_the_gold_spelling``)."""
    return _with_the_gold_spelling(
        found, gold, (_COULOMB_K, lambda _: "k_{B}"), (_BOLTZMANN_K, lambda _: "k")
    )


# The emf of a circuit, in its script E ("\\mathcal{E}", "\\mathscr E") or as a plain epsilon ("\\varepsilon" and
# "\\epsilon", one after normalisation; not a subscripted one: "\\epsilon_0" and "\\epsilon_r" are permittivities).
_SCRIPT_EMF = compile_lazily(r"\\math(?:cal|scr)[ \t]*(?:\{E\}|E)")
_EPSILON_EMF = compile_lazily(r"\\(?:var)?epsilon(?![A-Za-z_])")


def _with_the_gold_emf(found: Extracted, gold: PreparedGold) -> Extracted:
    """A circuit's formula with the emf written as an epsilon against a gold with a script E, or the reverse
    (``C\\varepsilon(1-e^{-t/RC})`` for ``C\\mathcal{E}(1-e^{-t/RC})``): the answer with the gold's spelling, so
    that the two compare (see ``_with_the_gold_spelling``)."""
    return _with_the_gold_spelling(
        found, gold, (_EPSILON_EMF, lambda said: said.group(0)), (_SCRIPT_EMF, lambda said: said.group(0))
    )


_Spelling = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _with_the_gold_spelling(
    found: Extracted, gold: PreparedGold, first: _Spelling, second: _Spelling
) -> Extracted:
    """The answer rewritten in the gold's spelling of one quantity that has two (``first`` and ``second``, each a
    pattern and how to write the other spelling in it, given the gold's match of the other): where the answer writes
    only the one and the gold only the other (a side that writes both means two quantities); else ``found``."""
    (first_pattern, first_as_second), (second_pattern, second_as_first) = first, second
    answer_first, answer_second = first_pattern.search(found.text), second_pattern.search(found.text)
    gold_first, gold_second = first_pattern.search(gold.text), second_pattern.search(gold.text)
    if answer_first is not None and answer_second is None and gold_second is not None and gold_first is None:
        rewritten = first_pattern.sub(lambda _: first_as_second(gold_second), found.text)
    elif (
        answer_second is not None and answer_first is None and gold_first is not None and gold_second is None
    ):
        rewritten = second_pattern.sub(lambda _: second_as_first(gold_first), found.text)
    else:
        return found
    return Extracted(rewritten, found.source)


def _with_the_gold_imaginary_unit(found: Extracted, gold: PreparedGold, completion: str) -> Extracted:
    """A complex number written with the engineers' imaginary unit j (``2+3j``, ``4e^{j\\pi/3}``) against a gold
    written with i, rewritten with i: the same number. Only where i and j are the only names on their sides (else
    j may be a variable or an index) and the answer has a numeral. And the reverse, for a formula: a gold written
    with j and no i (``R+j\\omega L``), an answer with i and no j (``R+i\\omega L``), rewritten with j."""
    if "i" not in found.text + gold.text or "j" not in found.text + gold.text:
        return found
    gold_names = set(_NAMES.findall(_COMMAND_NAME.sub(" ", gold.text)))
    names = set(_NAMES.findall(_COMMAND_NAME.sub(" ", found.text)))
    if (
        "j" in gold_names
        and "i" not in gold_names
        and "i" in names
        and "j" not in names
        and (len(names) > 1 or any(digit in found.text for digit in "0123456789"))
        and _LETTER_DEFINED["i"].search(completion[-_VARIABLE_REACH:]) is None
    ):
        return Extracted(
            _NAMES.sub(lambda name: "j" if name.group(0) == "i" else name.group(0), found.text), found.source
        )
    if (
        "i" not in gold_names
        or not gold_names <= {"i", "e"}
        or "j" not in names
        or not names <= {"j", "e"}
        or not any(digit in found.text for digit in "0123456789")
        or _LETTER_DEFINED["j"].search(completion[-_VARIABLE_REACH:]) is not None
    ):
        # (a lone "j" is a name, a letter or an index, and so is one the completion defines: "Let $j$ be the number
        # of odd terms"; e is Euler's number, as in 2e^{j\\pi/3})
        return found
    return Extracted(_NAMES.sub(lambda name: "i" if name.group(0) == "j" else "e", found.text), found.source)


# An answer that is a multiple of I: "-I", "2I", "-3 \cdot I" (the factor in group 1).
_MULTIPLE_OF_I = compile_lazily(r"\$?[ \t]*(-?[ \t]*\d{0,3})[ \t]*(?:\\cdot[ \t]*)?I[ \t]*\$?")
# Where the text says that I is the identity matrix of a size: "the negative of the $2\times2$ identity", "I is the 3 x
# 3 identity matrix", "the identity matrix of order 2" (the size in group 1 and 2, or 3).
_IDENTITY_OF_A_SIZE = compile_lazily(
    r"(\d)[ \t]*(?:\\times|×|x)[ \t]*(\d)[ \t]*\$?[ \t]+identity\b"
    r"|\bidentity[ \t]+matrix[ \t]+of[ \t]+(?:order|size)[ \t]+\$?(\d)",
    re.IGNORECASE,
)


def _identity_matrix_said(found: Extracted, completion: str) -> Extracted:
    """An answer that is a multiple of I (``-I``, ``2I``) where the text says that I is the identity matrix of a size
    ("$R^2=-I$ (the negative of the $2\\times2$ identity)"): that multiple of the identity matrix of that size,
    written out (a matrix, never -i, the imaginary unit). The answer as it is where the text says no size."""
    multiple = _MULTIPLE_OF_I.fullmatch(found.text.strip())
    if multiple is None or "identity" not in completion[-_VARIABLE_REACH:].lower():
        return found
    said = list(_IDENTITY_OF_A_SIZE.finditer(completion[-_VARIABLE_REACH:]))
    if not said or (said[-1].group(1) is not None and said[-1].group(1) != said[-1].group(2)):
        return found  # (a "2 x 3 identity" is none)
    size = int(said[-1].group(1) or said[-1].group(3))
    if not 2 <= size <= 6:
        return found
    factor = multiple.group(1).replace(" ", "")
    factor = {"": "1", "-": "-1"}.get(factor, factor)
    rows = ("&".join(factor if column == row else "0" for column in range(size)) for row in range(size))
    return Extracted("\\begin{pmatrix}" + "\\\\".join(rows) + "\\end{pmatrix}", found.source)


# A normalised answer that ends by saying what its parameter ranges over: "n=2^k,k\geq1", "2^k,k\in\mathbb{N}",
# "a_n=3n+1(n\geq1)", "2^{k}fork\geq0" (the body in group 1, the parameter's name in group 2).
_PARAMETER_RANGE = compile_lazily(
    r"(.+?)(?:,|\(|for|where|with)(?:all)?([a-z])(?:\\geq[01]|>0)\)?"
    r"|(.+?)(?:,|\(|for|where|with)(?:all)?([a-z])\\in\\mathbb\{[NZ]\}"
    r"(?:\^\{?[+*]\}?|_\{?(?:[+*]|\\geq?[01]|>0)\}?)?\)?"
    # ... or says so in words ("3kforsomeintegerk", "2^kwherekisapositiveinteger")
    r"|(.+?)(?:for(?:some|any|every|each|all)|where|with)(?:an?)?(?:positive|nonnegative|non-negative|natural)?"
    r"(?:integers?|numbers?)?([a-z])(?:is(?:an?)?(?:positive|nonnegative|non-negative|natural)?(?:integer|number))?"
)
_RANGE_WORDS = compile_lazily(r"\\geq|>|\\in|for")
# The marks of a parameter's range ("k \\geq 1", "k > 0", "k \\in \\mathbb{Z}", "for some integer k"): an answer
# with none of them gives none.
_RANGE_MARKS = ("\\ge", ">", "\\in", "\\mathbb", "integer")


def _without_a_parameter_range(found: Extracted, gold: PreparedGold) -> Extracted:
    """An answer that ends by saying what its parameter ranges over (``n = 2^k,\\ k \\geq 1``, ``2^k, k \\in
    \\mathbb{N}``, ``f(x) = kx,\\ k \\in \\mathbb{R}``) against a gold that says nothing of it (``n = 2^k``): the
    answer without the range, which the gold leaves to the question. Kept when the gold states a range or a relation
    of its own."""
    if not any(mark in found.text for mark in _RANGE_MARKS) or _RANGE_WORDS.search(gold.text):
        return found
    text = normalize_answer(found.text)
    ranged = _parameter_range(text)
    if ranged is None and "mathbb" in text:
        over_a_field = _OVER_A_FIELD.fullmatch(text)
        gold_set = _NUMBER_SET.search(gold.raw)
        if over_a_field is not None and (gold_set is None or gold_set.group(1) == over_a_field.group(3)):
            # "f(x) = kx,\\ k \\in \\mathbb{R}": a constant over the reals (or the rationals, the complex numbers),
            # against a gold that leaves it to the question or says the same ("f(x) = cx"; not "c \\in \\mathbb{Z}")
            body, name = over_a_field.group(1), over_a_field.group(2)
            # (the constant it declares is the gold's under another name: "P(x) = ax,\\ a \\in \\mathbb{R}" for
            # "P(x) = cx")
            gold_constants = [
                constant for constant in _SMALL_CONSTANTS if _name_re(constant).search(gold.text)
            ]
            if (
                _name_re(name).search(gold.text) is None
                and len(gold_constants) == 1
                and _name_re(gold_constants[0]).search(body) is None
            ):
                body, name = _name_re(name).sub(gold_constants[0], body), gold_constants[0]
            ranged = (body, name, over_a_field.group(3))
    if ranged is not None:
        body, name, spec = ranged
        if spec in _PART_OF_THE_INTEGERS and _ALL_INTEGERS.search(gold.raw) is not None:
            return found  # ("x = n\\pi, n \\in \\mathbb{N}" against "x = k\\pi, k \\in \\mathbb{Z}": half the solutions)
    elif _PARAMETER_RANGE.fullmatch(text) is not None:
        return found  # (a range of a name the answer does not use is no parameter's)
    else:
        # (the normaliser may have dropped the range already: "n = 3m, m \in \mathbb{Z}" is "3m")
        declared = _DECLARED_PARAMETER.search(found.text)
        if declared is None:
            return found
        body, name = text, declared.group(1)
    if _name_re(name).search(body) is None:
        return found  # (a range of a name the answer does not use is no parameter's)
    if gold.label is not None:
        # (only against a gold that names the unknown it gives by a family, "n=2^{k}-1": a gold "2^m - 1" may be the
        # value for a given m, which an answer's free family "2^k - 1 for some k" does not name)
        body = _with_the_gold_parameter(body, name, gold.text)
    return found if ranged is None and body == text else Extracted(body, found.source)


@lru_cache(maxsize=4_096)
def _parameter_range(text: str) -> tuple[str, str, str] | None:
    """A normalised answer's body, its parameter's name and the range it gives that name, in one spelling
    (``n=2^k,k\\geq1`` and ``2^kforsomepositiveintegerk`` both range over ``"k>=1"``), when it ends by saying what its
    parameter ranges over; else None."""
    ranged = _PARAMETER_RANGE.fullmatch(text)
    if ranged is None:
        return None
    first = next(index for index in range(1, ranged.re.groups + 1) if ranged.group(index) is not None)
    body, name = ranged.group(first), ranged.group(first + 1)
    if _name_re(name).search(body) is None:
        return None  # (a range of a name the answer does not use is no parameter's)
    said = text[ranged.end(first) :]  # (how the range is said)
    spec = next((spec for pattern, spec in _RANGE_SPELLINGS if pattern.search(said)), None)
    return body, name, _name_re(name).sub("#", said) if spec is None else spec


# A gold whose parameter ranges over all the integers, and the ranges that are only part of them.
_ALL_INTEGERS = compile_lazily(r"\\in ?\\mathbb ?\{? ?Z ?\}?(?![ ]?[_^])|\bany integer\b|\ball integers\b")
_PART_OF_THE_INTEGERS = frozenset([">=0", ">=1", "N"])
# A normalised answer that ends by saying its constant ranges over a field: "f(x)=kx,k\\in\\mathbb{R}"; and the set a
# gold names for its own ("c \\in \\mathbb{Z}")
_OVER_A_FIELD = compile_lazily(r"(.+?),([a-zA-Z])\\in\\mathbb\{([QRC])\}")
_NUMBER_SET = compile_lazily(r"\\in ?\\mathbb ?\{? ?([NZQRC])")
# The ranges a parameter is given, each in the spellings that say it, most specific first.
_RANGE_SPELLINGS = (
    (compile_lazily(r"nonnegative|non-negative|\\geq0|_\{?\\geq0"), ">=0"),
    (compile_lazily(r"positive|\\geq1|>0|\\mathbb\{[NZ]\}(?:\^|_)\{?[+*]"), ">=1"),
    (compile_lazily(r"\\mathbb\{N\}|natural"), "N"),
    (compile_lazily(r"\\mathbb\{Z\}|integer"), "Z"),
)


def _ranges_set_aside(found: Extracted, gold: PreparedGold) -> tuple[Extracted, PreparedGold]:
    """A gold that says what its parameter ranges over (``n = 2^k,\\ k \\ge 0``) against an answer that says
    nothing of it (``n = 2^k``), or says the same under another name (``n = 2^m, m \\geq 0``): the two bodies, the
    answer's parameter named as the gold's; the range is the question's. As they are otherwise (another range, or one
    this reading does not take apart)."""
    gold_range = _parameter_range(gold.text)
    if gold_range is None:
        return _family_over_a_field_set_aside(found, gold) if "mathbb" in gold.text else (found, gold)
    gold_body, gold_name, gold_spec = gold_range
    text = normalize_answer(found.text)
    answer_range = _parameter_range(text)
    if answer_range is None:
        if "for" in text or any(mark in text for mark in _RANGE_MARKS):
            return found, gold  # (a range of its own, not read here)
        body, name = text, None  # (the range left to the question: "n = 2^m", "all powers of 2")
    else:
        body, name, spec = answer_range
        if spec != gold_spec:
            return found, gold  # ("k \\geq 1" against "k \\geq 0": another family)
    # (the gold's parameter is a dummy, as its range says: the answer's one parameter is it under another name)
    named = _parameters_named(body)
    if name is None and len(named) == 1 and _PROSE_WORD_RE.search(body) is None:
        name = named[0]  # (in math only: not the "n" of "nisapowerof3")
    if name is not None and name != gold_name:
        body = _with_the_gold_parameter(body, name, gold_body)
    bare_gold = prepare_gold(gold_body)
    return (found, gold) if bare_gold is None else (Extracted(body, found.source), bare_gold)


def _family_over_a_field_set_aside(found: Extracted, gold: PreparedGold) -> tuple[Extracted, PreparedGold]:
    """A gold family whose constant ranges over a field (``f(x)=cx,\\ c\\in\\mathbb{R}``) against an answer that
    leaves the constant to the question (``f(x)=kx``) or declares the same field: the two families, compared as
    families are. As they are when the answer declares another set (``f(x)=kx,\\ k\\in\\mathbb{Z}``: only some of
    the functions; the normaliser drops that range, so it is read in the answer as written)."""
    over_a_field = _OVER_A_FIELD.fullmatch(gold.text)
    if over_a_field is None:
        return found, gold
    gold_body, gold_name, field = over_a_field.groups()
    declared = _NUMBER_SET.search(found.text)
    if _name_re(gold_name).search(gold_body) is None or (declared is not None and declared.group(1) != field):
        return found, gold
    text = normalize_answer(found.text)
    answer_over_a_field = _OVER_A_FIELD.fullmatch(text)
    body = text if answer_over_a_field is None else answer_over_a_field.group(1)
    bare_gold = prepare_gold(gold_body)
    return (found, gold) if bare_gold is None else (Extracted(body, found.source), bare_gold)


# A parameter declared in an answer's own words after its value: ", m \in \mathbb{Z}", "\text{ where } m \geq 0".
_DECLARED_PARAMETER = compile_lazily(
    r"(?:,|\\text ?\{|\bfor\b|\bwhere\b|\bwith\b)[^,=]{0,40}?(?<![A-Za-z\\])([kmnjl])[ \t}]*"
    r"(?:\\in\b|\\geq?\b|\\ge\b|≥|>|\bis\b|\\text ?\{ ?is\b)"
)


def _with_the_gold_parameter(body: str, name: str, gold_text: str) -> str:
    """``body``, whose parameter ``name`` the answer declared (``2^m-1`` of "n = 2^m-1 for some positive integer m"),
    with the gold's own parameter's name instead (``2^k-1`` against ``n=2^{k}-1``): a declared parameter is a dummy
    whose name means nothing. Only where the gold's value (after its ``n=``) uses one parameter name, none in
    ``body``."""
    named = _parameters_named(gold_text.rpartition("=")[2])
    if len(named) != 1 or named[0] == name or _name_re(named[0]).search(body) is not None:
        return body
    return _name_re(name).sub(named[0], body)


def _parameters_named(text: str) -> list[str]:
    """The integer parameters' names (``INTEGER_PARAMETERS``) that ``text`` uses, as names (see ``_name_re``)."""
    return [name for name in INTEGER_PARAMETERS if _name_re(name).search(text) is not None]


# The completion defining the letter as a name of its own ("Let $j$ be", "where j is", "for each $j$", "j = 1, ...").
_LETTER_DEFINED = {
    letter: compile_lazily(
        rf"\b(?:let|where|with|for[ \t]+(?:each|every|all|some)|index|integer|number)[ \t]+\$?{letter}\b"
        rf"|(?<![\\A-Za-z]){letter}\$?[ \t]*(?:=|\\in\b|\\geq|\\leq|>|<|is\b|be\b|denotes?\b|ranges\b)",
        re.IGNORECASE,
    )
    for letter in "ij"
}
# A vector written with plain letters for its unit vectors: "3i+4j", "2i - j + 5k" (numbers as coefficients only),
# perhaps with a unit after it ("3i + 4j m/s").
_PLAIN_UNIT_VECTORS = compile_lazily(
    r"[ \t$]*-?[ \t]*(?:\d+(?:\.\d+)?)?[ \t]*i[ \t]*[-+][ \t]*(?:\d+(?:\.\d+)?)?[ \t]*j"
    r"(?:[ \t]*[-+][ \t]*(?:\d+(?:\.\d+)?)?[ \t]*k)?(?:[ \t]+(?:[a-zA-Z]{1,3}(?:/[a-zA-Z]{1,3})?))?[ \t$.]*"
)
_PLAIN_UNIT_VECTOR = compile_lazily(r"(?<![A-Za-z\\])[ijk](?![A-Za-z])")
_UNIT_VECTOR_MARKS = ("\\hat", "\\mathbf", "\\vec", "\\boldsymbol", "\\bm")


def _unit_vectors_in_the_gold_dimension(found: Extracted, gold: PreparedGold) -> Extracted:
    """A vector written with unit vectors of the plane (``-9.8\\hat{j}``, read as ``(0,-9.8)``) against a gold
    vector of space (``(0,-9.8,0)``): the same vector, its third coordinate 0 (k̂ unwritten). And one written with
    plain letters for the unit vectors a gold writes with hats (``3i+4j`` against ``3\\hat{i}+4\\hat{j}``)."""
    if "\\hat" in gold.raw or "\\mathbf" in gold.raw:
        plain = _PLAIN_UNIT_VECTORS.fullmatch(found.text)
        if plain is not None:
            # "3i+4j" against "3\\hat{i}+4\\hat{j}": the gold's unit vectors written as plain letters
            found = Extracted(
                _PLAIN_UNIT_VECTOR.sub(lambda axis: f"\\hat{{{axis.group(0)}}}", found.text), found.source
            )
    structure = gold.structure
    if (
        structure is None
        or structure.kind != "sequence"
        or structure.brackets != "()"
        or len(structure.items) != 3
        or not any(mark in found.text for mark in _UNIT_VECTOR_MARKS)
    ):
        return found
    text = normalize_answer(found.text)
    read = parse_structure(text)
    if read.kind != "sequence" or read.brackets != "()" or len(read.items) != 2:
        return found
    return Extracted(f"({read.items[0]},{read.items[1]},0)", found.source)


# A name's letter, not one of a command's (the commands are blanked out first, see above).
_NAMES = compile_lazily(r"(?<![A-Za-z\\_])(?<!_\{)[A-Za-z](?![A-Za-z])")  # (not a subscript's index: "a_j")


def _argument_re(name: str) -> re.Pattern[str]:
    """An argument's name where it is used: a letter as ``_name_re`` finds it, a Greek letter's command as itself."""
    return re.compile(re.escape(name) + r"(?![A-Za-z])") if name.startswith("\\") else _name_re(name)


def _is_a_name(text: str) -> bool:
    """One letter, or a Greek letter's command (``t``, ``\\theta``): an argument's name."""
    return len(text) == 1 or text[1:] in _GREEK_LETTERS


_GREEK_LETTERS = frozenset(
    ["alpha", "beta", "gamma", "theta", "phi", "varphi", "omega", "lambda", "mu", "tau"]
)


def _gold_value_and_unit(gold: PreparedGold) -> tuple[str, str] | None:
    """The gold's number and unit (``value_and_unit``), read in its normalised text or, failing that, as written."""
    return value_and_unit(gold.text) or value_and_unit(gold.raw)


def _same_unit(predicted: str, gold: PreparedGold) -> Decision | None:
    """A number and a known unit against a gold with the same unit however either is written (``5800K`` and
    ``3 \\times 10^{8}\\ \\mathrm{m\\,s^{-1}}`` against ``5800 \\mathrm{~K}`` and ``3.0 \\times 10^{8} \\, \\mathrm{m/s}``):
    the numbers compared. Equal by that reading, or None (another unit is told apart by ``fast_compare``)."""
    if gold.unit is None:
        return None
    split, gold_split = value_and_unit(predicted), _gold_value_and_unit(gold)
    if split is None and "=" in predicted:
        predicted, split = _named_value_and_unit(predicted)
    if split is None:
        return None
    converted = not units_agree(split[1], gold.unit)
    # ("1.2 km" against "1200 m": the number in the gold's unit)
    value = _converted_to_the_gold_unit(predicted, gold) if converted else split[0]
    if value is None:
        return None
    gold_value = prepare_gold(gold_split[0]) if gold_split is not None else gold
    decision = None if gold_value is None else fast_compare(value, gold_value)
    if (decision is None or not decision.equal) and (
        _measured_alike(predicted, gold) or (converted and _rounded_in_another_unit(predicted, gold))
    ):
        # ("1.38 cal/K" for "5.76 J/K", "2.897 eV" for "2.9 eV": two measured values, each rounded, of one quantity)
        return Decision(True, "numeric", " ".join(predicted.split()))
    if decision is None or not decision.equal:
        return None
    # (a converted answer shows as written, its unit kept: "0.05 m", not the "5" it was compared as)
    return replace(decision, predicted=" ".join(predicted.split())) if converted else decision


def _named_value_and_unit(predicted: str) -> tuple[str, tuple[str, str] | None]:
    """The value an answer written as an equation states (``value_an_equation_states``: "U = 50\\ \\text{mJ}", a chain's
    last side) and its number and unit (``value_and_unit``); ``predicted`` and None when it is no equation."""
    value = value_an_equation_states(predicted)
    if value is None:
        return predicted, None
    return value, value_and_unit(value)


# Each temperature scale as (degrees of it in a kelvin, its zero in kelvins): T_K = T / size + zero.
_TEMPERATURE_SCALES = {
    "K": (Fraction(1), Fraction(0)),
    "degC": (Fraction(1), Fraction(27315, 100)),
    "degF": (Fraction(9, 5), Fraction(27315, 100) - Fraction(32 * 5, 9)),
}


def _temperature_in_another_scale(predicted: str, gold: PreparedGold) -> Decision | None:
    """A temperature against a gold in another scale ("313 K" for "40 °C", "104 °F" for "40 °C"): both in kelvins,
    equal when the coarser of the two, at its last written digit (a whole number's is its units), holds the other
    ("313 K" is 39.85 °C, written to the kelvin; the zero of Celsius is often taken as 273 K). Equal by that reading,
    or None (the verdict as compared before)."""
    if gold.unit not in _TEMPERATURE_SCALES:
        return None
    split, gold_split = value_and_unit(predicted), _gold_value_and_unit(gold)
    if split is None and "=" in predicted:
        predicted, split = _named_value_and_unit(predicted)  # ("T_f = 298 K" for "25 °C")
    if split is not None and split[1] == "F":
        # (against a temperature, "104 F" is Fahrenheit without its degree sign, no farad)
        split = (split[0], "degF")
    if split is None or gold_split is None or split[1] not in _TEMPERATURE_SCALES or split[1] == gold.unit:
        return None
    number = parse_number(_safe_normalize(split[0]))
    gold_number = parse_number(_safe_normalize(gold_split[0]))
    if number is None or gold_number is None or number.percent or gold_number.percent:
        return None
    (size, zero), (gold_size, gold_zero) = _TEMPERATURE_SCALES[split[1]], _TEMPERATURE_SCALES[gold.unit]
    kelvins, gold_kelvins = number.value / size + zero, gold_number.value / gold_size + gold_zero
    quantum = max((number.quantum or 1) / size, (gold_number.quantum or 1) / gold_size)
    if abs(kelvins - gold_kelvins) * 2 > quantum:
        return None
    return Decision(True, "numeric", " ".join(predicted.split()))


_InBaseUnits = tuple[str, Fraction, tuple[tuple[str, int], ...]]


def _in_base_units_of_one_kind(
    predicted: str, gold: PreparedGold
) -> tuple[_InBaseUnits, _InBaseUnits] | None:
    """An answer and a gold each read as a number, its unit's size in SI base units and the base units' powers (see
    ``normalize.value_in_base_units``), when both have a unit and it is of one kind ("1.2 km" and "1200 m"); else
    None."""
    mine = value_in_base_units(predicted)
    theirs = value_in_base_units(gold.text) or value_in_base_units(gold.raw)
    if mine is None or theirs is None or mine[2] != theirs[2] or not mine[2]:
        return None
    return mine, theirs


def _measured_alike(predicted: str, gold: PreparedGold) -> bool:
    """Whether an answer and a gold, each a decimal measured value with a unit of one kind (two significant digits or
    more each), are one quantity rounded: the finer one, in one unit, rounds to the coarser at its last digit
    ("1.38 cal/K" is 5.774 J/K, within half a hundredth of a calorie of "5.76 J/K"; "2.897 eV" is "2.9 eV"). A whole number is
    no measured value here (``12 cm`` is exact: "12.4 cm" is no rounding of it); two roundings to one precision are
    two values ("2.8 eV" is not "2.9 eV")."""
    read = _numbers_in_base_units(predicted, gold)
    if read is None:
        return False
    number, size, gold_number, gold_size = read
    if (
        number.quantum is None
        or gold_number.quantum is None
        or min(number.significant, gold_number.significant) < _MEASURED_DIGITS
    ):
        return False
    a, b = number.value * size, gold_number.value * gold_size
    # (the coarser value's rounding holds the finer one: not two roundings a last digit apart, "2.8" and "2.9")
    return abs(a - b) * 2 <= max(number.quantum * size, gold_number.quantum * gold_size)


def _numbers_in_base_units(
    predicted: str, gold: PreparedGold
) -> tuple[ParsedNumber, Fraction, ParsedNumber, Fraction] | None:
    """The numbers of an answer and a gold with units of one kind (``_in_base_units_of_one_kind``), each with its
    unit's size in SI base units; None when either is no such quantity or its number no number."""
    both = _in_base_units_of_one_kind(predicted, gold)
    if both is None:
        return None
    mine, theirs = both
    number, gold_number = parse_number(_safe_normalize(mine[0])), parse_number(_safe_normalize(theirs[0]))
    if number is None or gold_number is None:
        return None
    return number, mine[1], gold_number, theirs[1]


_MEASURED_DIGITS = 2  # significant digits a measured value with a unit needs to be read as a rounding


def _rounded_in_another_unit(predicted: str, gold: PreparedGold) -> bool:
    """Whether an answer in another unit of the gold's kind is the gold converted and rounded at the answer's last
    digit, to three significant digits or more ("101.3 kPa" for "1 atm", 101.325 kPa; "3.07 pc" for "10 ly", 3.066
    pc): a conversion by a measured factor leaves no exact decimal to write, so the answer had to be rounded. Two
    digits are no such rounding ("3.1 pc"), nor is a value its last digit misses ("3.06 pc")."""
    read = _numbers_in_base_units(predicted, gold)
    if read is None:
        return False
    number, size, gold_number, gold_size = read
    if (
        number.quantum is None
        or number.significant < _CONVERTED_DIGITS
        or size == gold_size
        # (a gold in two units, "3 hours 20 minutes", asks for that form: "3.33 hours" is no rounding of it)
        or compound_quantity_values(gold.raw) is not None
    ):
        return False
    a, b = number.value * size, gold_number.value * gold_size
    if gold_number.quantum is not None and gold_number.quantum * gold_size >= number.quantum * size:
        return False  # (a gold no finer than the answer: two roundings, which _measured_alike weighs)
    return abs(a - b) * 2 <= number.quantum * size


_CONVERTED_DIGITS = 3  # significant digits an answer converted to another unit needs to be read as a rounding


def _converted_to_the_gold_unit(predicted: str, gold: PreparedGold) -> str | None:
    """The number of a quantity written in another unit of the gold's kind, in the gold's unit (``1.2 km`` against
    ``1200 m``: ``1200``; ``36 km/h`` against ``10 m/s``: ``10``), as a decimal or a fraction; None when the units
    do not convert (see ``normalize.value_in_base_units``) or the number is no constant."""
    both = _in_base_units_of_one_kind(predicted, gold)
    if both is None:
        return None
    mine, theirs = both
    number = constant_value(_safe_normalize(mine[0]))
    if number is None:
        return None
    converted = number * mine[1] / theirs[1]
    decimal = finite_decimal(converted, 40)
    return decimal if decimal is not None else fraction_in_latex(converted)


# Units said equal to the letter, the unit it is ("kg·m/s^2 = N", "kg m/s² = N"): no variable.
_UNITS_EQUAL_BEFORE = compile_lazily(
    r"(?:kg|m|s)(?:\^\{?-?\d\}?|[²³])?[ \t]*=[ \t]*[A-Za-z]{1,2}(?![A-Za-z])\Z"
)


def _unit_symbol_left_out(predicted: str, gold: PreparedGold, completion: str) -> Decision | None:
    """``3.2 m``, ``45 s`` against a gold that is a plain number: the value, the letter its unit (see
    ``value_and_unit_symbol``; glued to a decimal, ``1.10V``), unless the completion uses the letter as a variable
    (``h = 3``, ``3m``, ``= V``).
    Equal by that reading, or None. Never against a gold with a unit of its own (``12 \\mathrm{~cm}`` is not
    ``12 m``)."""
    if gold.unit is not None or _UNIT_MARKUP_IN_GOLD.search(gold.raw) is not None:
        return None
    wrapped = TEXT_GROUP_RE.fullmatch(predicted.strip())
    if wrapped is not None:
        predicted = wrapped.group(1)  # ("\\boxed{\\text{4.0 N}}": the quantity written as text)
    glued = value_and_unit(predicted) if "/" in predicted else None
    if glued is not None and "/" in glued[1]:
        # "1.2kg/m^3": a compound unit, which no product of variables is written as
        decision = fast_compare(glued[0], gold)
        return decision if decision is not None and decision.equal else None
    reading = value_and_unit_symbol(predicted)
    if reading is None:
        # ("**t = 3.0 s**", "KE = 9 J": the value of the quantity named)
        named = NAMED_QUANTITY_RE.fullmatch(predicted.strip())
        reading = None if named is None else value_and_unit_symbol(named.group(1))
    if reading is None:
        return None
    value, letter = reading[0], re.escape(reading[1])
    variable = (
        # (a whole number glued to the letter, "3m", is a product; a decimal one, "1.10V", is the reading itself)
        rf"(?<![A-Za-z\\]){letter}\s*=|(?<![\d.])\d+{letter}(?![A-Za-z])|=\s*{letter}(?![A-Za-z])|\b{letter}\s+is\b"
    )
    tail = completion[-_VARIABLE_REACH:]
    if re.search(rf"\d[ \t]*(?:\\[ ,;]|~)?[ \t]*\\(?:text|mathrm|rm)[ \t]*\{{[ \t]*{letter}[ \t]*\}}", tail):
        # ("400\\ \\text{W}" in the work: the letter is written as a unit there, whatever "W = mgh" names)
        tail = ""
    for used in re.finditer(variable, tail):
        if not _UNITS_EQUAL_BEFORE.search(tail, max(0, used.start() - 30), used.end()):
            return None  # "by Vieta the sum is 3m; ... So the sum of the roots is 3 m.": m is the problem's
    decision = fast_compare(value, gold)
    return decision if decision is not None and decision.equal else None


def _hour_of_a_clock_time(predicted: str, gold: PreparedGold) -> Decision | None:
    """A clock time on the hour (``5:00 PM``, ``5 p.m.``, ``17:00``) against a gold that is an hour of the clock, a
    whole number from 1 to 12 ("At what hour PM ...?": 5), or of the 24-hour clock from 13 to 23 ("At what hour, on a
    24-hour clock, ...?": 13, for "13:00"): the hour. Equal by that reading, or None."""
    clock = _CLOCK_ON_THE_HOUR.fullmatch(predicted.strip())
    if clock is None or gold.number is None or gold.number.value.denominator != 1:
        return None
    hour = int(clock.group(1) or clock.group(2))
    if not 1 <= gold.number.value <= 23 or not 0 <= hour <= 23:
        return None
    equal = hour == gold.number.value if gold.number.value > 12 else (hour - 1) % 12 + 1 == gold.number.value
    return Decision(True, "numeric", " ".join(predicted.split())) if equal else None


def _cents_against_dollars(predicted: str, gold: PreparedGold) -> Decision | None:
    """An amount in cents (``75 cents``, ``75¢``) against a gold that is a plain number with a fractional part
    (``0.75``): dollars, the unit a price with cents is given in (a gold of whole cents, ``75``, is compared as it
    is). Equal by that reading, or None."""
    if gold.unit is not None or gold.number is None or gold.number.value.denominator == 1:
        return None
    read = value_in_base_units(predicted.strip())
    if read is None or read[2] != (("dollar", 1),) or read[1] != Fraction(1, 100):
        return None
    number = constant_value(_safe_normalize(read[0]))
    if number is None or number / 100 != gold.number.value:
        return None
    return Decision(True, "numeric", " ".join(predicted.split()))


def _decrease_in_words(predicted: str, gold: PreparedGold, completion: str) -> Decision | None:
    """The size of a decrease, which its words make negative ("a $4\\%$ decrease", "fell by 12", "dropped by
    \\$20"), against a negative gold (``-4\\%``, ``-12``): the signed change, compared as the gold is. Equal by that
    reading, or None (a size without such words, "a 4% increase", stays what it says)."""
    if gold.number is None or gold.number.value >= 0:
        return None
    written = predicted.strip()
    number = parse_number(_safe_normalize(written))
    if number is None or number.value <= 0:
        return None
    # (a percent read from prose is written "4%" there)
    for shown in dict.fromkeys((written.replace("\\%", "%"), written)):
        where = _where_written(shown, completion)
        if where is not None:
            break
    else:
        return None
    tail, at = where
    if (
        _DECREASE_AFTER.match(tail, at + len(shown)) is None
        and _DECREASE_BEFORE.search(tail, max(0, at - _DECREASE_BEFORE_REACH), at) is None
    ):
        return None
    decision = fast_compare("-" + written, gold)
    return decision if decision is not None and decision.equal else None


# The words of a decrease after its size ("4% decrease", "4 percent drop", "$12 loss") or before it ("decreased by",
# "fell by about", "a drop of"), in the answer's sentence.
_DECREASE_NOUNS = r"(?:decrease|drop|decline|reduction|loss|fall|dip)"
_DECREASE_AFTER = compile_lazily(
    r"(?:[ \t]*(?:\\?%|percent(?:age[ \t]+points?)?|pct|\$|\}|\\right\))){0,3}[ \t]*"
    + _DECREASE_NOUNS
    + r"\b",
    re.IGNORECASE,
)
_DECREASE_BEFORE = compile_lazily(
    r"\b(?:decreased|dropped|fell|declined|reduced|went[ \t]+down|lost|" + _DECREASE_NOUNS + r"[ \t]+of)"
    r"(?:[ \t]+by)?(?:[ \t]+(?:about|approximately|exactly|roughly))?[ \t]*(?:\\\(|\\?\$|\*\*)*[ \t]*\Z",
    re.IGNORECASE,
)
_DECREASE_BEFORE_REACH = 48


# A time on the hour, of the 12-hour clock or after noon: "5:00 PM", "5 p.m.", "17:00" (not "12:00", "5:00": a time
# the text may only mention).
def _day_of_a_date(predicted: str, gold: PreparedGold) -> Decision | None:
    """A date without its year (``April 15``, ``March 3rd``) against a gold that is a day of the month, a whole number
    from 1 to 31 ("On what day of April ...?": 15): the day. Equal by that reading, or None."""
    date = _DATE_WITHOUT_A_YEAR.fullmatch(predicted.strip())
    if date is None or gold.number is None or gold.number.value.denominator != 1:
        return None
    equal = int(date.group(1)) == gold.number.value and 1 <= gold.number.value <= 31
    return Decision(True, "numeric", " ".join(predicted.split())) if equal else None


_DATE_WITHOUT_A_YEAR = compile_lazily(
    MONTH_NAMES + r"[ \t]*(\d{1,2})"
    r"(?:st|nd|rd|th)?"
)
_CLOCK_ON_THE_HOUR = compile_lazily(
    r"(\d{1,2})(?::00)?[ \t]*(?:[AaPp]\.?[ \t]*[Mm]\.?)|(1[3-9]|2[0-3]):00", re.IGNORECASE
)


def _value_at_place_decision(predicted: str, places: Sequence[Place], completion: str) -> Decision:
    """A gold that gives values with the places where they are taken (``value_at_place``) against what the
    completion's end states: each of the gold's extrema, as the completion last states it, must be taken at the same
    place with the same value; a value stated without its place answers half the question (wrong). An answer that
    is itself "4 at x = 1" (a box without words) is read as the gold is."""
    # (or the last line, read as a gold is: "$$\\boxed{3}, \\text{ attained when } a=b=c=1$$")
    last_line = completion.rstrip().rsplit("\n", 1)[-1]
    stated = stated_places(completion) or list(gold_places(predicted) or gold_places(last_line) or ())
    for place in places:
        same_kind = [
            other for other in stated if place.kind is None or other.kind is None or other.kind == place.kind
        ]
        # (a gold that names no extremum is answered by the last statement of either one: "- Maximum: $18$ at $x =
        # 3$\n- Minimum: ..." for "18 \\text{ at } x = 3")
        last_of_each = (
            {other.kind: other for other in same_kind}.values() if place.kind is None else same_kind[-1:]
        )
        if not any(_same_place(other, place) for other in last_of_each):
            break
    else:
        return Decision(True, "string", _places_written(stated))
    return Decision(False, "string", _places_written(stated) or _safe_normalize(predicted))


def _same_place(stated: Place, gold: Place) -> bool:
    """The same value (where the gold gives one) taken at the same place, of the same variable where both name it."""
    if gold.value is not None and (stated.value is None or not _equals_a_gold_item(stated.value, gold.value)):
        return False
    if gold.variable is not None and stated.variable is not None and stated.variable != gold.variable:
        return False
    return _equals_a_gold_item(stated.at, gold.at)


def _places_written(places: list[Place]) -> str:
    """The values and places as one answer: "max 4 at x=1, min 0 at x=0" (what Verdict.predicted shows)."""
    return ", ".join(
        " ".join(word for word in (place.kind, place.value) if word)
        + f" at {place.variable + '=' if place.variable else ''}{place.at}"
        for place in places
    )


def _named_point(predicted: str, gold: PreparedGold) -> Decision | None:
    """A point named by a capital written against its coordinates (``C(2,-3)``, ``A_1(0, 5)``) against a gold
    tuple: the coordinates. Equal by that reading, or None. Only against a tuple: ``C(6,2)`` is as often the number
    of ways to choose 2 of 6."""
    if gold.structure is None or gold.structure.kind != "sequence" or gold.structure.brackets != "()":
        return None
    point = _NAMED_POINT.fullmatch(predicted.strip().strip("$"))
    if point is None:
        return None
    decision = fast_compare(point.group(1), gold)
    return decision if decision is not None and decision.equal else None


# A point's name, a capital (primed or with a subscript), then its coordinates, no bracket inside them.
_NAMED_POINT = compile_lazily(r"[A-Z](?:'{1,3}|_\{?\w\}?)?[ \t]*(\((?:[^(),]+,)+[^(),]+\))")


def _last_part_answered(predicted: str, gold: PreparedGold) -> Decision | None:
    """Parts answered in turn (``(a) 4, (b) 10``) against a gold of one value: the last part's answer, what a
    question in parts finally asks (a data set keeps that part's answer as the gold). Equal by that reading, or
    None (an earlier part matching the gold answers no question the gold is for)."""
    if gold.structure is not None and gold.structure.kind != "value":
        return None  # (a gold list or tuple is compared with all the parts: "(a) 7, (b) 49" for "7, 49")
    last = last_labelled_part(predicted)
    if last is None:
        return None
    decision = fast_compare(last, gold)
    if decision is None:
        decision = _expression_decision(last, gold)
    return decision if decision is not None and decision.equal else None


def _sum_of_names_answered(predicted: str, gold: PreparedGold) -> Decision | None:
    """Values read together whose last names a sum of the letters of a fraction or a form (``AP = \\frac{100}{13},
    m+n = 113``), against a gold of one number: that sum, what a contest asks for ("Find $m+n$."). Equal by that
    reading, or None."""
    part = _SUM_OF_NAMES_LAST.search(predicted)
    if part is None or part.start() == 0:
        return None  # (the sum alone, "m+n = 113", is an answer the comparison reads already)
    decision = fast_compare(part.group(1), gold)
    return decision if decision is not None and decision.equal else None


# The last of values read together, named as a sum of letters: ", m+n = 113", " and $m + n + p = 42$".
_SUM_OF_NAMES_LAST = compile_lazily(
    r"(?:,|\band\b)[ \t$]*[a-z](?:[ \t]*\+[ \t]*[a-z]){1,3}[ \t]*=[ \t]*([^,=]{1,40}?)[ \t$.]*\Z"
)


_VARIABLE_REACH = 4_000  # the tail of the completion searched for the letter's use as a variable
# What follows a number in a sentence, up to the sentence's end: its unit, perhaps ("5000 米。", "360 cm long.").
_AFTER_A_NUMBER = compile_lazily(r"[ \t]*([^\s\d。．.,，;；!?！？:：]{1,8})")
_ANSWER_SENTENCE_REACH = (
    400  # characters at the end of the completion where the answer's sentence is looked for
)


def _where_written(written: str, completion: str) -> tuple[str, int] | None:
    """Where an answer read from the completion is last written in its final sentences: the completion's tail and
    the position of the text there, for what is said right around it (a unit after it, a restatement in another
    unit), or None when it is not written there as read (an empty text is written nowhere)."""
    tail = completion[-_ANSWER_SENTENCE_REACH:]
    at = tail.rfind(written) if written else -1
    return None if at == -1 else (tail, at)


def written_after_the_answer(predicted: str, completion: str) -> str | None:
    """What a number read from a final sentence without its unit has right after it there (``_AFTER_A_NUMBER``: "米"
    of ``答：距离是 5000 米。``, "minutes" of "The trip takes 5 minutes."), or None."""
    if parse_number(predicted) is None:
        return None
    where = _where_written(predicted.strip(), completion)
    if where is None:
        return None
    tail, at = where
    unit = _AFTER_A_NUMBER.match(tail, at + len(predicted.strip()))
    return None if unit is None else unit.group(1)


def _unit_after_the_answer(predicted: str, gold: PreparedGold, completion: str) -> Decision | None:
    """A number read from a final sentence without the unit written after it (``答：距离是 5000 米。`` read as 5000)
    against a gold with a unit (``5\\text{ km}``): the number with that unit, as the sentence says it. Equal by that
    reading, or None."""
    unit = written_after_the_answer(predicted, completion)
    if unit is None:
        return None
    # (the longest start of what follows that is a unit: "厘米长的彩带" is 厘米 and more words, written unspaced)
    for end in range(len(unit), 0, -1):
        decision = _same_unit(f"{predicted.strip()} {unit[:end]}", gold)
        if decision is not None:
            return decision if decision.equal else None
    return None


def _unit_written_with_the_number_before(
    predicted: str, gold: PreparedGold, completion: str
) -> Decision | None:
    """A bare whole number in a box (``\\boxed{11200}``) against a gold with a unit (``11.2\\ \\text{km/s}``), where the
    work before it writes that number with a unit, grouped or not (``\\approx 11{,}200$ m/s``): the number in that
    unit, as the work says it. Equal by that reading, or None (so too where the work writes it with two units)."""
    digits = predicted.strip()
    if not digits.isdigit() or len(digits) > _GROUPED_NUMBER_DIGITS:
        return None
    # (the digits as written, grouped by thousands or not: "11200", "11,200", "11{,}200", "11\,200", "11 200")
    grouped = r"(?:\{,\}|,|\\,|[ \u2009\u202f])?".join(
        re.escape(group) for group in _thousands_groups(digits)
    )
    tail = completion[-_UNIT_BEFORE_REACH:]
    units = {
        match.group(1).strip()
        for match in re.finditer(
            r"(?<![\d.,])" + grouped + r"(?![\d]|[.,]\d)" + _UNIT_AFTER_WRITTEN_NUMBER, tail
        )
    }
    if len(units) != 1:
        return None
    decision = _same_unit(f"{digits} {units.pop()}", gold)
    return decision if decision is not None and decision.equal else None


def _thousands_groups(digits: str) -> list[str]:
    """The groups of three digits of a whole number, from the left ("11200" -> ["11", "200"])."""
    head = len(digits) % 3 or 3
    return [digits[:head]] + [digits[at : at + 3] for at in range(head, len(digits), 3)]


_GROUPED_NUMBER_DIGITS = 12
_UNIT_BEFORE_REACH = 1_500  # characters before the end where the number is looked for with its unit
# After a number in the work: the math's closing, spacing, and a unit's text ("$ m/s", "\\ \\text{m/s}", " km").
_UNIT_AFTER_WRITTEN_NUMBER = r"[ \t]*\$?[ \t]*(?:\\[,;: ]|~)?[ \t]*(?:\\(?:text|mathrm)\{[ \t]*)?([A-Za-z\u00b5\u03bc][A-Za-z/^\d\u00b2\u00b3-]{0,10})"


def _other_unit_after_the_answer(predicted: str, gold: PreparedGold, completion: str) -> bool:
    """Whether a bare number read from a final sentence, equal to a gold with a unit, is written there with another
    unit of the gold's kind that makes it another amount ("The trip takes 5 minutes." for "5 \\text{ hours}", "5 mm"
    for "5 cm"): the same digits, not the same quantity."""
    unit = written_after_the_answer(predicted, completion)
    if unit is None or units_agree(unit, gold.unit or ""):
        return False
    both = _in_base_units_of_one_kind(f"{predicted.strip()} {unit}", gold)
    if both is None:
        return False
    mine, theirs = both
    number, gold_number = parse_number(mine[0]), parse_number(theirs[0])
    return (
        number is not None
        and gold_number is not None
        and _apart(number.value * mine[1], gold_number.value * theirs[1])
    )


# A gold that writes a unit (known here or not: "5 \\mathrm{~lm}") is no plain number.
_UNIT_MARKUP_IN_GOLD = compile_lazily(r"\\(?:text|mathrm|textrm|mbox|operatorname)(?![A-Za-z])")


def _broken_gold(gold: PreparedGold) -> bool:
    """A gold that is no answer: not a plain answer (numbers, choice letters, words, plain lists of them), not read
    by the bounded parser, and not even well-formed (see the module docstring)."""
    return (
        not gold.plain
        and gold.numbers is None
        and not _readable_in_caller(gold.text)
        and not _well_formed(gold.text)
    )


@lru_cache(maxsize=DECISION_CACHE_SIZE)
def _readable_in_caller(gold_text: str) -> bool:
    """Whether the bounded expression parser reads every element of the gold's structure (``6\\sqrt{2}``,
    ``(3,\\frac{\\pi}{2})``, ``f(x)=\\frac{1}{x}``): such a gold is a real answer, so a prediction that repeats
    it is right without asking a worker whether sympy parses it."""
    return _structure_readable(parse_structure(gold_text), 0)


def _structure_readable(structure: Structure, depth: int) -> bool:
    if depth > MAX_STRUCTURE_DEPTH or not structure.items:
        return False
    if structure.kind == "value":
        return parse_expression(structure.text) is not None
    if structure.kind in ("relation", "matrix"):
        return all(parse_expression(item) is not None for item in structure.items)
    return all(
        item != structure.text and _structure_readable(parse_structure(item), depth + 1)
        for item in structure.items
    )


# --- the worker stage -----------------------------------------------------------------------------------------------


def _settle(pending: _Pending, options: VerifyOptions) -> Verdict:
    """Decide one item in a guarded worker (or from the cache)."""
    from openrs_rewards.verifiers.guard import get_pool

    predicted_raw = pending.extracted.text
    key = _cache_key(predicted_raw, pending.gold.text, options)
    found = _cached(key)
    worker_seconds = 0.0
    if found is None:
        result = get_pool().compare(
            predicted_raw,
            pending.gold.text,
            timeout=options.timeout,
            use_math_verify=options.use_math_verify,
            rounded_answers=options.rounded_answers,
        )
        worker_seconds = result.seconds
        if result.status == "ok":
            reply = result.value
            found = (
                "ok",
                Decision(bool(reply["equal"]), str(reply["method"]), str(reply["predicted"])),
                None,
            )
            _remember(key, found)
        elif result.status == "invalid_gold":
            found = ("invalid_gold", None, result.detail)
            _remember(key, found)
        else:
            found = (result.status, None, result.detail)
    status, decision, detail = found
    seconds = pending.spent + worker_seconds
    if status == "ok" and decision is not None:
        return _verdict(decision, pending.gold, pending.extracted.source, seconds)
    predicted = _safe_normalize(predicted_raw)
    if status == "invalid_gold":
        return Verdict(
            False,
            "invalid_gold",
            predicted=predicted,
            method="gold",
            seconds=seconds,
            source=pending.extracted.source,
            detail=detail,
        )
    return Verdict(
        False,
        "timeout" if status == "timeout" else "error",
        predicted=predicted,
        gold=pending.gold.text,
        method="guard",
        seconds=seconds,
        source=pending.extracted.source,
        detail=detail,
    )


_DANGLING_END = compile_lazily(
    r"(?:[-+*/^_=,({\[]|\\(?:cdot|times|div|pm|mp|le|leq|ge|geq|neq|frac|dfrac|sqrt|left|to|rightarrow)|\\)"
    r"\s*\Z"
)


# Two operators in a row ("1+*2"), an opening bracket followed by an operator that needs a left operand
# ("n-\\lfloor/2\\rfloor", "(*3)") or an empty group ("\\sqrt{}", "\\mho()": what a scraped gold keeps of a
# formula whose letters it lost): broken, whatever else it holds. Code is no answer
# either: a string literal (a double quote, or a quote that opens after a bracket or comma: f'(x) is a derivative)
# or a dunder name.
_MALFORMED = compile_lazily(
    r"[-+*/^_=][ \t]*[*/^_=]|(?:[(\[]|\\l(?:floor|ceil)|\\left[(\[])[ \t]*[*/=]|\{\s*\}|\(\s*\)|\"|__|[(\[,][ \t]*'"
)


def _well_formed(text: str) -> bool:
    """Whether a gold no parser reads is at least whole: braces and brackets balanced, not ending on an operator, a
    command or an opening bracket."""
    text = text.replace("^{*}", "^s").replace("^*", "^s")  # a star superscript (z^*, \\mathbb{R}^*) is a name
    depth = {"{": 0, "(": 0, "[": 0}
    closing = {"}": "{", ")": "(", "]": "["}
    escaped = False
    for char in text:
        if escaped:
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char in depth:
            depth[char] += 1
        elif char in closing:
            depth[closing[char]] -= 1
            if depth["{"] < 0:
                return False
    # Intervals may pair ( with ] ("(0, 1]"): only the total of round and square brackets must balance.
    return (
        bool(text.strip())
        and depth["{"] == 0
        and depth["("] + depth["["] == 0
        and _DANGLING_END.search(text) is None
        and _MALFORMED.search(text) is None
    )


def _safe_normalize(text: str) -> str:
    try:
        return normalize_answer(text)
    except Exception:
        return text


class _WorkerStage:
    """The items the caller cannot settle, compared in guarded workers while the caller goes on with the rest.

    The first item of each distinct (answer, gold) pair goes to a worker as soon as the caller meets it, on up to
    ``workers`` threads (each waits on one worker process: a socket, not the GIL), so the sympy comparisons run on
    the other cores during the caller's pass instead of after it; the pool itself is started by the first such item
    (about half a second of imports in another process) while the caller goes on. Later items of a pair take its
    verdict when the batch ends. A batch that sends nothing never starts the pool; the last item of a batch (and a
    single ``verify``) is compared in the calling thread."""

    def __init__(
        self,
        results: list[Verdict | None],
        options: VerifyOptions,
        workers: int,
        advance: Callable[[int], None],
    ) -> None:
        self._results = results
        self._options = options
        self._workers = workers
        self._advance = advance
        self._pairs: dict[_CacheKey, list[_Pending]] = {}
        self._last: _Pending | None = (
            None  # the batch's last item, when no worker thread was started before it
        )
        self._executor: ThreadPoolExecutor | None = None
        self._futures: list[Future[None]] = []

    def add(self, item: _Pending, more_to_come: bool) -> None:
        key = _cache_key(item.extracted.text, item.gold.text, self._options)
        same_pair = self._pairs.get(key)
        if same_pair is not None:
            same_pair.append(item)
            return
        self._pairs[key] = [item]
        if self._executor is None and more_to_come:
            from openrs_rewards.verifiers.guard import get_pool

            get_pool().ensure_capacity(self._workers)
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="openrs-verify")
        if self._executor is None:
            self._last = item  # more_to_come is False only for the last item
        else:
            self._futures.append(self._executor.submit(self._settle_first, item))

    def _settle_first(self, item: _Pending) -> None:
        self._results[item.index] = _settle(item, self._options)
        self._advance(1)

    def finish(self) -> None:
        """Wait for every comparison; give each later item of a pair the verdict of its first."""
        try:
            if self._last is not None:
                self._settle_first(self._last)
            for future in self._futures:
                future.result()
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
        for items in self._pairs.values():
            first = self._results[items[0].index]
            assert first is not None
            for other in items[1:]:
                self._results[other.index] = replace(
                    first, seconds=other.spent, source=other.extracted.source
                )
            if len(items) > 1:
                self._advance(len(items) - 1)

    def abandon(self) -> None:
        """The batch failed in the caller: drop what has not started (running comparisons end at their deadline)."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)


def decide_batch(
    completions: Sequence[Any],
    golds: Sequence[Any],
    truncated: Sequence[bool | None] | None,
    options: VerifyOptions,
    workers: int,
    advance: Callable[[int], None],
) -> list[Verdict]:
    """One :class:`Verdict` per (completion, gold) pair, in order: the caller-side stages for every item, and the
    items they cannot settle on up to ``workers`` guarded workers at once, started as they turn up.

    A batch of a few hundred items or more, in a process that can fork safely, shares its caller-side stages with
    up to ``workers - 1`` forked copies of the process (:mod:`~openrs_rewards.verifiers.forked`); what they cannot
    settle comes back to this process, so the verdicts are the ones this process alone would give."""
    count = len(completions)
    results: list[Verdict | None] = [None] * count
    stage = _WorkerStage(results, options, workers, advance)
    children: list[forked.Forked] = []

    def prepare(index: int) -> Verdict | _Pending:
        flag = truncated[index] if truncated is not None else None
        return _prepare(index, completions[index], golds[index], flag, options)

    def take(index: int, more_to_come: bool) -> None:
        outcome = prepare(index)
        if isinstance(outcome, _Pending):
            stage.add(outcome, more_to_come=more_to_come)
        else:
            results[index] = outcome
            advance(1)

    try:
        # The caller's comparisons read the rounding policy from the context (numeric.rounded_answers); the
        # worker's get it with each request, the forked copies inherit it.
        with rounded_answers(options.rounded_answers):
            processes = forked.process_count(count, workers)
            shares = [list(range(count))] if processes == 1 else forked.deal(_gold_keys(golds), processes)
            if len(shares) > 1:
                children = forked.start(shares[1:], lambda index: _settled_record(prepare(index)))
            own = [index for share in (shares[0], *shares[1 + len(children) :]) for index in share]
            for position, index in enumerate(own):
                take(index, more_to_come=bool(children) or position + 1 < len(own))
            returned: list[int] = []
            for child in children:
                settled = child.results()
                for index in child.indices:
                    record = settled.get(index)
                    if record is None:
                        returned.append(index)  # for a worker, or the child stopped before it
                    else:
                        results[index] = Verdict(*record)
                        advance(1)
            for position, index in enumerate(returned):
                take(index, more_to_come=position + 1 < len(returned))
    except BaseException:
        for child in children:
            child.stop()
        stage.abandon()
        raise
    stage.finish()
    return [verdict for verdict in results if verdict is not None]


def _gold_keys(golds: Sequence[Any]) -> list[Any]:
    """What groups the items of a batch for sharing it out: the gold's text (a gold that is not text or a number
    is its own group)."""
    return [
        gold if isinstance(gold, (str, int, float)) else ("item", index) for index, gold in enumerate(golds)
    ]


def _settled_record(outcome: Verdict | _Pending) -> list[Any] | None:
    """A verdict settled in a forked copy, as the JSON it sends back (``Verdict(*record)`` rebuilds it); None for
    an item that needs a worker: the parent sends it."""
    if isinstance(outcome, _Pending):
        return None
    return [
        outcome.correct,
        outcome.status,
        outcome.predicted,
        outcome.gold,
        outcome.method,
        outcome.seconds,
        outcome.source,
        outcome.detail,
    ]
