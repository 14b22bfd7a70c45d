"""Microsecond comparisons in the caller: normalised strings, exact numbers, structures, choice letters.

``prepare_gold`` turns a gold answer into a cached ``PreparedGold`` once per distinct gold text. ``fast_compare``
runs in the caller with no deadline, so it is provably cheap: it imports no sympy, caps its input, and uses only the
linear normalisation of ``normalize`` and the bounded evaluator of ``numeric``. It returns a ``Decision`` when it
is certain and None otherwise; the caller then runs ``symbolic.symbolic_compare`` inside a guarded worker.

Policies decided here (documented so users can rely on them):
    * Percent: a side written with ``\\%`` equals the other side written as the same number or as that number / 100
      (``50\\%`` equals ``50``, ``50\\%`` and ``0.5``), as the common graders do.
    * Structure (solution sets, tuples, intervals, relations, named parts, matrices) follows
      ``verifiers.structure``: a bare list ``1, 2`` (also ``1 or 2``, ``\\pm``) is a solution set compared
      unordered; ``(1,2)`` is an ordered tuple; ``(1,2]`` and ``[1,2]`` are different intervals; a hedge ``3, 5`` is
      never the single gold 3. Elements are compared here as exact numbers or strings, and with the bounded
      expression parser (``verifiers.expr``); what stays undecided goes to the symbolic stage.
    * Multiple-choice: a gold that is one letter ``A``–``J`` (``C``, ``(C)``, ``\\text{(C)}``) is compared by letter
      only (method ``"choice"``).
    * Exact rationals, with the rounding policy of ``numeric.numbers_match`` for decimal literals (``2.6667`` is
      8/3 rounded; ``0.333`` is not 1/3); no absolute tolerance anywhere.
    * Words: two purely alphabetic answers are compared without case (``\\text{north}`` equals ``North``).

Example:
    >>> gold = prepare_gold("\\\\frac{1}{2}")
    >>> fast_compare("0.5", gold)
    Decision(equal=True, method='numeric', predicted='0.5')
    >>> fast_compare("\\\\frac{\\\\sqrt{2}}{2}", gold) is None   # needs the symbolic stage
    True
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from openrs_rewards.verifiers.expr import (
    INTEGER_PARAMETERS,
    derivative_symbol,
    derivatives_as_symbols,
    differential_equations_equal,
    identity_equal,
    not_proportional,
    parse_expression,
    proportional,
)
from openrs_rewards.verifiers.extract import extract_gold, names_another_choice
from openrs_rewards.verifiers.normalize import (
    MAX_NORMALIZE_CHARS,
    answer_label,
    answer_unit,
    counted_shape,
    labels_agree,
    normalize_answer,
    units_agree,
    value_an_equation_states,
)
from openrs_rewards.verifiers.numeric import (
    ParsedNumber,
    numbers_match,
    parse_number,
    parse_number_list,
)
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.structure import (
    Structure,
    _find_top_level,
    _in_name_order,
    parse_structure,
    same_value_names,
    structures_equal,
    value_name,
)
from openrs_rewards.verifiers.verdict import Decision, InvalidGoldError

__all__ = [
    "MAX_ELEMENT_COMPARISONS",
    "Decision",
    "InvalidGoldError",
    "PreparedGold",
    "compare",
    "fast_compare",
    "fast_element_equal",
    "prepare_gold",
]

# Element comparisons one fast_compare may make before it leaves the item undecided (sets compare pairwise).
MAX_ELEMENT_COMPARISONS = 256
_ONE_VARIABLE_RE = compile_lazily(r"[a-zA-Z]")
_CHOICE_GOLD_RE = compile_lazily(r"\(?([A-J])\)?")
_PROSE_RE = compile_lazily(r"[A-Za-z][A-Za-z ]{1,200}")  # two or more letters, nothing else: words, not math
_CHOICE_PREDICTION_RE = compile_lazily(r"\(?([A-Ja-j])(?:\)|\.|:|$)")


@dataclass(frozen=True, slots=True)
class PreparedGold:
    """A gold answer prepared once (cached by ``prepare_gold``) for many comparisons.

    Attributes:
        raw: the gold as given by the user.
        text: the extracted and normalised gold answer (what ``Verdict.gold`` shows).
        choice: ``"A"``..``"J"`` when the gold is a multiple-choice letter, else None.
        number: the exact value when the gold is a plain number (fast path), else None.
        numbers: ``(kind, items)`` when the gold is a flat list / tuple / set / interval of numbers, else None.
        structure: the gold's structure (``verifiers.structure``): a value, set, tuple, relation, ...
        plain: every element of the gold is a number, a word, an infinity or a one-letter variable (``3,-1``,
            ``x\\geq2``, ``(1,\\infty)``, ``North``), or the gold is a numeral in a base (``4210_{5}``): such a gold
            is a real answer, so a match found here can be trusted without asking a worker to parse the gold first.
        label: the variable the gold names (``x`` of ``x = 5``; see ``normalize.answer_label``), else None: an
            answer naming another variable (``y = 5``) answers for something else.
        name: the name the gold's equation gives its value (``\\max f`` of ``\\max f = 4``, ``f(2)`` of ``f(2) = 7``;
            see ``structure.value_name``), else None: an answer that names its value differently (``\\min f = 4``)
            answers another question. A label is a name too; ``label`` is kept apart for the checks only a
            variable has (sides swapped, a rate ``x'`` for ``x``).
        unit: the known unit the gold's number carries (``km`` of ``5\\text{ km}``; see ``normalize.answer_unit``),
            else None.
        open_list: the gold is a list that goes on (``1, 2, 3, \\ldots``): a finite list is not it.
        choice_value: the value that a choice gold gives with its letter (``12`` of ``\\textbf{(E)}\\ 12``).
        shape: the kind of graph a gold in words counts (``line`` of ``\\text{two lines}``; see
            ``normalize.counted_shape``), else None: the answer must name the same kind.
    """

    raw: str
    text: str
    choice: str | None = None
    number: ParsedNumber | None = None
    numbers: tuple[str, tuple[ParsedNumber, ...]] | None = None
    structure: Structure | None = None
    plain: bool = False
    label: str | None = None
    name: str | None = None
    open_list: bool = False
    choice_value: str | None = None
    unit: str | None = None
    shape: str | None = None


@lru_cache(maxsize=65_536)
def prepare_gold(gold: str) -> PreparedGold | None:
    """Extract, normalise and pre-parse a gold answer (cheap; cached by gold text). None when the gold is unusable.

    A worked solution yields its last ``\\boxed{}``; ``#### x`` yields x; otherwise the whole text is the answer (it
    is never reduced to its last number). Whether the symbolic stage can parse it is found out later:
    ``symbolic_compare`` raises ``InvalidGoldError``.

    Example:
        >>> prepare_gold("The area is $\\\\boxed{\\\\dfrac{3}{4}}$.").text
        '\\\\frac{3}{4}'
        >>> prepare_gold("  $ $ ") is None
        True
    """
    if not isinstance(gold, str):
        return None
    answer = extract_gold(gold)
    if answer is None:
        return None
    text = normalize_answer(answer)
    sign = _RELATION_SIGNS.get(text)
    if sign is not None:
        # "Fill in the blank with <, > or =": a sign is the answer, compared as the sign it is ("\\geq" is "≥")
        return PreparedGold(
            raw=gold, text=sign, choice=None, number=None, numbers=None, structure=None, plain=True
        )
    if not text or not any(char.isalnum() for char in text):
        return None
    choice_match = _CHOICE_GOLD_RE.fullmatch(text)
    choice = choice_match.group(1) if choice_match else None
    choice_value = None
    if choice is None:
        # "\\textbf{(E)}\\ 12": a choice given with its value; either one answers it
        with_value = _CHOICE_WITH_VALUE_RE.fullmatch(text)
        if with_value is not None and (
            with_value.group(2).isalpha() or _is_simple_value(with_value.group(2))
        ):
            choice, choice_value = with_value.group(1), with_value.group(2)
    number = parse_number(text) if choice is None else None
    numbers = parse_number_list(text) if number is None and choice is None else None
    structure = parse_structure(text) if number is None and choice is None else None
    plain = (
        number is not None
        or choice is not None
        or (structure is not None and _is_plain(structure, 0))
        or _is_numeral_in_base(text)
    )
    return PreparedGold(
        raw=gold,
        text=text,
        choice=choice,
        number=number,
        numbers=numbers,
        structure=structure,
        plain=plain,
        label=answer_label(answer),
        name=value_name(text),
        unit=answer_unit(answer),
        open_list=_is_open_list(answer, text),
        choice_value=choice_value,
        shape=counted_shape(answer, in_words=True),
    )


# The signs of comparison a gold may be, each as its one spelling.
_RELATION_SIGNS = {
    "<": "<", ">": ">", "=": "=", "\\lt": "<", "\\gt": ">", "\\le": "\\leq", "\\leq": "\\leq", "≤": "\\leq",
    "\\ge": "\\geq", "\\geq": "\\geq", "≥": "\\geq", "\\ne": "\\neq", "\\neq": "\\neq", "≠": "\\neq",
}  # fmt: skip


def relation_sign(text: str) -> str | None:
    """The one spelling of a sign of comparison that ``text`` (normalised) is alone (``\\ge`` is ``\\geq``), else
    None."""
    return _RELATION_SIGNS.get(text)


def _sides_swapped(text: str, other: str) -> bool:
    """Whether ``text`` is the one equation ``other`` with its two sides swapped (both normalised)."""
    if "=" not in text or "<" in text or ">" in text:
        return False  # (not "x>=2")
    position, other_position = _find_top_level(text, "="), _find_top_level(other, "=")
    if position <= 0 or other_position <= 0:
        return False
    return (text[position + 1 :], text[:position]) == (other[:other_position], other[other_position + 1 :])


def _is_plain(structure: Structure, depth: int) -> bool:
    if depth > 3:
        return False
    if structure.kind == "value":
        return _is_plain_element(structure.text)
    if structure.kind == "relation":
        return all(_is_plain_element(item) or _ONE_VARIABLE_RE.fullmatch(item) for item in structure.items)
    return all(
        item != structure.text and (_is_plain_element(item) or _is_plain(parse_structure(item), depth + 1))
        for item in structure.items
    )


def _is_numeral_in_base(text: str) -> bool:
    """``4210_{5}``, ``2A_{16}``: digits that are all valid in a base from 2 to 36 (``x_1`` and ``9_8`` are not)."""
    match = _BASED_NUMBER_RE.fullmatch(text)
    if match is None:
        return False
    base = int(match.group(2))
    # digit by digit: int(digits, base) would also take Python's own prefixes ("0x1" in base 16)
    return 2 <= base <= 36 and all(int(digit, 36) < base for digit in match.group(1))


def _is_plain_element(text: str) -> bool:
    return parse_number(text) is not None or _is_word(text) or text in ("\\infty", "-\\infty")


# An ordinal in figures, as a gold writes it: "2nd", "21^{st}", "3^{\\text{rd}}".
_ORDINAL_NUMERAL_RE = compile_lazily(
    r"[ \t$]*\d{1,4}[ \t]*(?:\^[ \t]*\{?(?:\\text[ \t]*\{)?)?(?:st|nd|rd|th)\}?\}?[ \t$.]*"
)
_ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th"])
# A chemical formula's element symbols, with counts: "CO", "Co", "NaCl", "H2O" (with three capitals at least on the
# two sides together: "Co" against "CO"; a lone capital against another is a choice letter or a name).
_ELEMENT_SYMBOLS_RE = compile_lazily(r"(?:[A-Z][a-z]?\d*)+")
# ... but not a word written in capitals ("NO" is the reply "No", not nitric oxide against nobelium)
_WORDS_IN_CAPITALS = frozenset(
    ["no", "on", "in", "so", "be", "he", "hi", "as", "at", "is", "if", "or", "by", "us"]
)
# The truth values a sentence states of a claim ("The statement is false.", "Die Aussage ist also wahr."), unlike a
# reply that opens one ("No, wait, ..."): each one of TRUTH_VALUES.
TRUTH_ADJECTIVES = frozenset(
    ["true", "false", "wahr", "falsch", "vrai", "faux", "verdadero", "falso", "vero"]
)
# A claim's truth, however the reply says it (TheoremQA's golds are "True" / "False", models answer "Yes" / "No").
TRUTH_VALUES = {
    "yes": True,
    "true": True,
    "no": False,
    "false": False,
    # (the replies of the other languages models answer in, and golds of Chinese data sets are written in: "否",
    # "正确"; a check mark or a cross too)
    "是": True,
    "对": True,
    "正确": True,
    "否": False,
    "不是": False,
    "错": False,
    "错误": False,
    "不对": False,
    "はい": True,
    "いいえ": False,
    "да": True,
    "нет": False,
    "sí": True,
    "sim": True,
    "não": False,
    "oui": True,
    "non": False,
    "ja": True,
    "nein": False,
    # (a claim's truth in the languages that say it with a word of their own: "Verdadero", "falsch", "vrai")
    "verdadero": True,
    "verdadera": True,
    "verdadeiro": True,
    "vrai": True,
    "wahr": True,
    "vero": True,
    "falso": False,
    "falsa": False,
    "faux": False,
    "falsch": False,
    "✓": True,
    "×": False,
    "✗": False,
}


def fast_compare(predicted: str, gold: PreparedGold) -> Decision | None:
    """Decide cheaply (no sympy, bounded work) whether ``predicted`` equals ``gold``; None when it cannot tell.

    A definite "not equal" is returned only when certain: both sides are plain numbers (or flat number lists) that
    differ, a multiple-choice letter differs, or the prediction is empty / over the length cap.

    Example:
        >>> fast_compare("x = 5", prepare_gold("5"))
        Decision(equal=True, method='string', predicted='5')
        >>> fast_compare("\\\\$1,000", prepare_gold("1000.0"))
        Decision(equal=True, method='numeric', predicted='1000')
        >>> fast_compare("\\\\frac{1}{2^{99}}", prepare_gold("\\\\frac{1}{2^{98}}")).equal
        False
        >>> fast_compare("y = 2", prepare_gold("x = 2")).equal
        False
    """
    if not isinstance(predicted, str):
        return Decision(False, "string", "")
    if len(predicted) > MAX_NORMALIZE_CHARS:
        # Degenerate output: no real answer is this long; settling it here keeps it out of the workers.
        return Decision(predicted.strip() == gold.text, "string", predicted.strip())
    text = normalize_answer(predicted)
    if gold.structure is None and gold.text in _RELATION_SIGNS.values():
        # (a sign against a sign: "\\ge" is the gold "\\geq"; anything else answers another question)
        return Decision(relation_sign(text) == gold.text, "string", text)
    # (a label the normaliser set apart is one side of the equation again: "b = a" reads "a" labelled b)
    label = answer_label(predicted) if gold.label is not None else None
    equation = text if label is None else f"{label}={text}"
    if _sides_swapped(equation, gold.text if gold.label is None else f"{gold.label}={gold.text}"):
        return Decision(True, "string", text)  # "SRMC = MR", "b = a" are the relations "MR = SRMC", "a = b"
    if gold.label is not None:
        if label is not None and not labels_agree(label, gold.label):
            return Decision(False, "string", text)  # "y = 2" answers for another variable than "x = 2"
        if label is None and _derivative_of(text, gold.label):
            # "x' = 5t" is an equation for the rate of x, not the value "x = 5t": its right side answers another
            # question, so the rule that a chain answers with its last side does not apply.
            return Decision(False, "string", text)
    if gold.name is not None:
        name = value_name(text)
        if name is not None and not same_value_names(name, gold.name):
            # "\\min f = 4" answers another question than "\\max f = 4"
            return Decision(False, "string", text)
    if gold.structure is not None and gold.structure.kind == "named" and answer_label(predicted) is not None:
        # "x=3" against "y=3, x=3": it answers one named part (its label is gone from ``text``), however equal.
        return Decision(False, "string", text)
    if gold.unit is not None:
        # (a chain's unit is its last side's, the value it is read as: "8.314 \\times 19250\\ J/mol = 160\\ J/mol")
        unit = answer_unit(value_an_equation_states(predicted) or predicted)
        if unit is not None and not units_agree(unit, gold.unit):
            return Decision(False, "string", text)  # "5 km" is not "5 m", although both are 5 of something
    if (
        gold.unit is None
        and gold.raw.rstrip("}$ .")[-2:] in _ORDINAL_SUFFIXES
        and _ORDINAL_NUMERAL_RE.fullmatch(gold.raw)
        and answer_unit(predicted) is not None
    ):
        return Decision(False, "string", text)  # "2 seconds" is no "2nd", however both are 2
    if gold.shape is not None and counted_shape(predicted) != gold.shape:
        return Decision(False, "string", text)  # "2" or "two circles" does not say the graph is "two lines"
    if gold.open_list != _is_open_list(predicted, text):
        # "1, 2, 3" is not the sequence "1, 2, 3, \\ldots" (nor the reverse)
        return Decision(False, "string", text)
    if gold.choice is not None:
        match = _CHOICE_PREDICTION_RE.match(text)
        letter = match.group(1).upper() if match and not names_another_choice(text, match.end()) else None
        if letter is None and gold.choice_value is not None:
            return Decision(_value_answers_choice(predicted, gold.choice_value), "choice", text)
        return Decision(letter == gold.choice, "choice", text)
    if text == gold.text:
        return Decision(True, "string", text)
    if not text:
        return Decision(False, "string", text)
    if _same_words(text, gold.text):
        return Decision(True, "string", text)
    if (
        text != gold.text
        and text.lower() == gold.text.lower()
        and _ELEMENT_SYMBOLS_RE.fullmatch(text)
        and _ELEMENT_SYMBOLS_RE.fullmatch(gold.text)
        and sum(character.isupper() for character in text + gold.text) >= 3
        and text.lower() not in _WORDS_IN_CAPITALS
    ):
        # "Co" (cobalt) is not "CO": in symbols of elements, case names the substance
        return Decision(False, "string", text)
    if len(text) <= 10 and len(gold.text) <= 10:  # (yes, no, true, false; verdadeiro)
        reply, gold_reply = TRUTH_VALUES.get(text.lower()), TRUTH_VALUES.get(gold.text.lower())
        if reply is not None and gold_reply is not None:
            return Decision(reply == gold_reply, "string", text)  # "Yes" to the claim whose gold is "True"
        if text in ("T", "F") and gold.text.lower() in ("true", "false"):
            # "T" and "F" abbreviate the truth values of a true/false question (against "Yes" a capital letter may
            # be a variable or a choice)
            return Decision((text == "T") == (gold.text.lower() == "true"), "string", text)
        if gold_reply is not None and not gold.text.isascii():
            # ("12" against "否": a reply in another script is no formula for the symbolic stage, nor is this one)
            return Decision(False, "string", text)
    if {text, gold.text} == _INFINITELY_MANY_AND_INFINITY or {
        text,
        gold.text,
    } == _INFINITELY_MANY_AND_INFINITE:
        # how many? "infinitely many", "\\infty" and a gold's word "infinite" say the same
        return Decision(True, "string", text)
    based_predicted = _BASED_NUMBER_RE.fullmatch(text)
    based_gold = _BASED_NUMBER_RE.fullmatch(gold.text) if based_predicted else None
    if based_predicted and based_gold:
        # 1011_2 and 1011_3 are different numbers (the symbolic stage would drop both subscripts)
        same = based_predicted.group(1).upper() == based_gold.group(1).upper()
        return Decision(same and int(based_predicted.group(2)) == int(based_gold.group(2)), "string", text)
    same_digits = _same_digits_one_base(text, gold.text)
    if same_digits is not None:
        return Decision(same_digits, "string", text)
    if gold.number is not None:
        number = parse_number(text)
        if number is not None:
            return Decision(numbers_match(number, gold.number), "numeric", text)
        if _PROSE_RE.fullmatch(text):
            # "Undefined", "maximum value", "Does not exist" against a number: words with no digit and no math are
            # never a number (number words were turned into digits by the normaliser).
            return Decision(False, "string", text)
    sides = _constant_chain(gold)
    if sides is not None and "=" not in text:
        # "60^\\circ = \\frac{\\pi}{3}", "2^6 = 64": a gold that gives one value in several forms is answered by
        # any of them
        decisions = [fast_compare(predicted, side) for side in sides]
        if any(decision is not None and decision.equal for decision in decisions):
            return Decision(True, next(d.method for d in decisions if d is not None and d.equal), text)
        return Decision(False, "string", text) if all(d is not None for d in decisions) else None
    methods: set[str] = set()
    budget = [MAX_ELEMENT_COMPARISONS]

    def element_equal(a: str, b: str) -> bool | None:
        # Sets compare pairwise; the budget keeps a long list (or a nested one) bounded in the caller.
        budget[0] -= 1
        if budget[0] < 0:
            return None
        return fast_element_equal(a, b, methods)

    predicted_structure = parse_structure(text)
    gold_structure = gold.structure or parse_structure(gold.text)
    if _one_variable_against_several(predicted_structure, gold_structure, gold.label is not None):
        # "x=0, y=1" (a point) is not "x=0 or x=1" (the solutions of x)
        return Decision(False, "string", text)
    equations = _labelled_equations(predicted, predicted_structure, gold, gold_structure)
    if equations is not None and structures_equal(equations[0], equations[1], element_equal):
        return Decision(True, "expr" if "expr" in methods else "string", text)
    if equations is None and _is_equation(predicted_structure) and _is_equation(gold_structure):
        equations = (predicted_structure, gold_structure)
    if equations is not None:
        scaled = _scaled_equations(equations[0], equations[1])
        if scaled is not None:
            return Decision(scaled, "expr", text)  # 2y = 4x + 2 is y = 2x + 1
    if predicted_structure.kind == "value" and gold_structure.kind == "value":
        # One expression each: words and numbers here; the expression stage of the cascade does the rest.
        equal = fast_element_equal(
            predicted_structure.text, gold_structure.text, methods, use_expressions=False
        )
    else:
        if _terms_of_a_tuple(predicted_structure, gold_structure):
            # "a_3=3, a_2=7, a_1=15" for "(15, 7, 3)": the terms in their subscripts' order, however written
            predicted_structure = _in_subscript_order(predicted_structure)
        equal = structures_equal(predicted_structure, gold_structure, element_equal)
    if equal is None:
        return None
    if "expr" in methods:
        method = "expr"
    elif "numeric" in methods or (not methods and gold.numbers is not None and parse_number_list(text)):
        method = "numeric"  # decided by numbers, or by the shape of two number lists ("(1,2]" and "[1,2]")
    else:
        method = "string"
    return Decision(equal, method, text)


def _one_variable_against_several(predicted: Structure, gold: Structure, gold_labelled: bool) -> bool:
    """Whether one side lists values of one variable, each with its name ("x=0, x=1", or "x=\\pm 2": a gold whose
    one label the normaliser set apart, ``gold_labelled``), and the other names several variables ("x=0, y=1": a
    point), which no ordering of values reconciles; or the answer lists such values against a gold point or
    interval in brackets ("(0, 1)")."""
    if predicted.kind == "named" and gold.kind == "set":
        return _values_of_one_variable(gold) or (gold_labelled and len(gold.items) >= 2 and not gold.brackets)
    if predicted.kind == "set" and gold.kind == "named":
        return _values_of_one_variable(predicted)
    # (not a gold set in braces: "\\{-1, 4\\}" is what "x=-1 or x=4" lists)
    return (
        predicted.kind == "set"
        and gold.brackets[:1] in ("(", "[")
        and _values_of_one_variable(predicted)
        and not _terms_of_a_tuple(predicted, gold)
    )


def _terms_of_a_tuple(predicted: Structure, gold: Structure) -> bool:
    """Whether ``predicted`` names each of its values with its own subscript ("a_1=2, a_2=4, a_3=6": the terms of a
    sequence, the unknowns x_1, x_2 of a system) against a gold tuple, or a list in square brackets of three or more
    (two may be an interval), which then lists them in the subscripts' order. (Roots are a set: their gold is no
    tuple.)"""
    if predicted.kind != "set" or gold.kind != "sequence" or gold.brackets not in ("()", "[]"):
        return False
    names = _ASSIGNED_NAME_RE.findall(predicted.text)
    return (
        len(gold.items) >= (2 if gold.brackets == "()" else 3)
        and len(names) == len(predicted.items)
        and len(set(names)) == len(names)
        and all("_" in name for name in names)
    )


def _in_subscript_order(structure: Structure) -> Structure:
    """``structure`` (see ``_terms_of_a_tuple``) with its items in the order of their names' subscripts, as named
    parts are ordered (``x_2`` before ``x_10``)."""
    named = replace(structure, kind="named", names=tuple(_ASSIGNED_NAME_RE.findall(structure.text)))
    return replace(structure, items=_in_name_order(named))


def _values_of_one_variable(listed: Structure) -> bool:
    names = _ASSIGNED_NAME_RE.findall(listed.text)
    return (
        len(listed.items) >= 2
        and bool(names)
        and len({name[0] for name in names}) == 1
        and not listed.brackets
    )


# The name an item of a list assigns its value to ("x" of "x=0", "x_1" of "x_1=2"; not "f(x)").
_ASSIGNED_NAME_RE = compile_lazily(r"(?<![\w\\])([A-Za-z](?:_\{?\w{1,3}\}?)?)=")


def _constant_chain(gold: PreparedGold) -> tuple[PreparedGold, ...] | None:
    """The sides of a gold that chains equal constants (``2^6=64``), each prepared as a gold; None for any other."""
    structure = gold.structure
    if structure is None or structure.kind != "relation" or set(structure.operators) != {"="}:
        return None
    sides = []
    for item in structure.items:
        parsed = parse_expression(item)
        side = prepare_gold(item) if parsed is not None and not parsed.variables else None
        if side is None:
            return None
        sides.append(side)
    return tuple(sides)


_INFINITELY_MANY_AND_INFINITY = {"\\text{infinitely many}", "\\infty"}
_INFINITELY_MANY_AND_INFINITE = {"\\text{infinitely many}", "infinite"}
# A numeral in a base: 1011_2, 2A_{16}.
_BASED_NUMBER_RE = compile_lazily(r"([0-9A-Za-z]{1,40})_\{?(\d{1,2})\}?")
# The value starts with a digit or a macro ("(E)12", "(B)\\frac{1}{2}"): "(A)+1" and "(A)x" are algebra.
# (or the words of the choice: "(E) \text{none of these}", read "(E)noneofthese")
_CHOICE_WITH_VALUE_RE = compile_lazily(
    r"\(([A-J])\) ?([-\d.\\][^()]{0,80}|[a-z]{4,80})"
)  # (a value may be negative: "(B) -1")


_DIGITS_RE = compile_lazily(r"\d{1,40}")
_LETTER_DIGITS_RE = compile_lazily(r"[0-9A-Za-z]{1,40}")
_PREFIXED_NUMERAL_RE = compile_lazily(r"0([xXbBoO])([0-9A-Fa-f]{1,40})")
_PREFIX_BASES = {"x": 16, "b": 2, "o": 8}


def _same_digits_one_base(predicted: str, gold: str) -> bool | None:
    """A numeral in a base against plain digits (``52_8`` and ``52``, either side): whether the digits are the same.

    The plain side is the answer written in the base the question asks for, without the subscript, so the digits
    are the answer: ``42`` is not ``52_8`` here, although 52 in base 8 is 42 (the symbolic stage, which drops the
    subscript, says the same). Letters are digits too when the based side has them (``2A`` is ``2A_{16}``, in
    either case). None when neither side has that form, or the based side has a digit its base does not have
    (``9_8``).

    Example:
        >>> _same_digits_one_base("2516_{8}", "2516"), _same_digits_one_base("52", "42_8")
        (True, False)
        >>> _same_digits_one_base("2a", "2A_{16}"), _same_digits_one_base("42", "2A_{16}")
        (True, False)
        >>> _same_digits_one_base("0xFF", "FF_{16}"), _same_digits_one_base("0b101", "101_8")
        (True, False)
        >>> _same_digits_one_base("9_8", "9") is None
        True
    """
    for based, plain in ((predicted, gold), (gold, predicted)):
        match = _BASED_NUMBER_RE.fullmatch(based)
        if match is None:
            continue
        digits = match.group(1)
        prefixed = _PREFIXED_NUMERAL_RE.fullmatch(plain)
        if prefixed is not None:
            # "0xFF" for "FF_{16}": a programmer's prefix names the base, which must be the subscript's
            if _PREFIX_BASES[prefixed.group(1).lower()] != int(match.group(2)):
                return False
            plain = prefixed.group(2)
        plain_digits = _DIGITS_RE if digits.isdigit() else _LETTER_DIGITS_RE
        if plain_digits.fullmatch(plain) is None:
            continue
        if not _is_numeral_in_base(based):
            return None
        return digits.upper().lstrip("0") == plain.upper().lstrip("0")
    return None


def _is_simple_value(text: str) -> bool:
    """A number, or an expression the bounded parser reads: what a choice's printed value is."""
    if parse_number(text) is not None:
        return True
    return parse_expression(text) is not None


def _value_answers_choice(predicted: str, value: str) -> bool:
    """A prediction without a letter answers a choice gold when it equals the choice's value (decided here)."""
    value_gold = prepare_gold(value)
    if value_gold is None or value_gold.choice is not None:
        return False
    decision = fast_compare(predicted, value_gold)
    if decision is not None:
        return decision.equal
    return identity_equal(normalize_answer(predicted), value_gold.text) is True


_ELLIPSIS_RE = compile_lazily(r"\\[lc]?dots(?![A-Za-z])|\.\.\.|…")


def _is_open_list(answer: str, normalized: str) -> bool:
    """Whether ``answer`` is a list that goes on ("1, 4, 9, \\ldots"), and still one once normalised (not a run of
    consecutive integers onward, which the normaliser writes as the family "n \\geq 3")."""
    return (
        "," in answer
        and _ELLIPSIS_RE.search(answer[:MAX_NORMALIZE_CHARS]) is not None
        and "dots" in normalized
    )


def _is_equation(structure: Structure) -> bool:
    return structure.kind == "relation" and structure.operators == ("=",)


def _derivative_of(text: str, label: str) -> bool:
    """Whether ``text`` is an equation whose left side is a derivative of ``label`` (``\\frac{dx}{dt} = …``,
    ``x' = …``, ``\\dot{x} = …``): read by the expression module's one reader of derivative spellings."""
    equals = text.find("=")
    if equals <= 0:
        return False
    rewritten = derivatives_as_symbols((text[:equals].strip(),))
    return rewritten is not None and rewritten[0] in {derivative_symbol(label, order) for order in (1, 2, 3)}


def _labelled_equations(
    predicted: str, predicted_structure: Structure, gold: PreparedGold, gold_structure: Structure
) -> tuple[Structure, Structure] | None:
    """Both sides as equations when one side's label was stripped and the other is an equation.

    ``y = 2x + 1`` normalises to ``2x + 1`` (a named answer equals its bare value), which hides that it is the
    same equation as ``y - 2x = 1``; with the label put back the relation rules compare the two equations.
    """
    if (
        gold.label is not None
        and gold_structure.kind == "value"
        and _is_equation(predicted_structure)
        and answer_label(predicted) is None
    ):
        return predicted_structure, _equation(gold.label, gold.text)
    if gold.label is None and predicted_structure.kind == "value" and _is_equation(gold_structure):
        label = answer_label(predicted)
        if label is not None:
            return _equation(label, predicted_structure.text), gold_structure
    return None


def _scaled_equations(predicted: Structure, gold: Structure) -> bool | None:
    """True when the differences of the two sides are proportional (bounded parser, random points); for
    differential equations also False when solved for the same highest derivative they differ; else None."""
    (left_p, right_p), (left_g, right_g) = predicted.items, gold.items
    difference_p, difference_g = f"({left_p})-({right_p})", f"({left_g})-({right_g})"
    if proportional(difference_p, difference_g) is True:
        return True
    # ODEs: x' + kx = 0 and \frac{dx}{dt} = -kx, with each derivative one opaque symbol (see expr's rewrite)
    equal = differential_equations_equal(difference_p, difference_g)
    if equal is None and not_proportional(difference_p, difference_g):
        return False  # 5x-7y+11z+4=0 and 5x+9y+11z+20=0: the differences' ratio is not a constant
    return equal


def _equation(label: str, value: str) -> Structure:
    # Built directly: parse_structure reads "y=2x+1" as the named value "2x+1" again.
    return Structure("relation", f"{label}={value}", (label, value), operators=("=",))


def fast_element_equal(
    predicted: str, gold: str, methods: set[str] | None = None, *, use_expressions: bool = True
) -> bool | None:
    """Compare two single elements cheaply: equal strings, numbers (rounding policy), words without case, and
    the bounded expression parser when it is available. None when it cannot tell. ``methods`` collects the
    deciding method names.

    Example:
        >>> fast_element_equal("\\\\frac{8}{3}", "2.6667")
        True
        >>> fast_element_equal("north", "North")
        True
        >>> fast_element_equal("x+1", "1+x", use_expressions=False) is None
        True
    """
    recorded = methods if methods is not None else set()
    if predicted == gold:
        recorded.add("string")
        return True
    predicted_number = parse_number(predicted)
    gold_number = parse_number(gold)
    if predicted_number is not None and gold_number is not None:
        recorded.add("numeric")
        return numbers_match(predicted_number, gold_number)
    if _is_word(predicted) and _is_word(gold) and predicted.lower() == gold.lower():
        recorded.add("string")
        return True
    named = _NAMES.get(gold.lower().replace("-", "").replace(" ", ""))
    if named is not None and len(gold) > 1:
        # "SE", "south-east", "South East", "sudeste" for the gold "southeast"; "Tue", "mardi", "星期二" for "Tuesday"
        # (a gold of one letter may be a choice)
        answer = _NAMES.get(predicted.lower().rstrip(".").replace("-", "").replace(" ", ""))
        # (a letter alone for a direction named in full, "W" for "west", but not "E", which may be a choice)
        if answer is not None and (
            len(predicted) > 1 or len(predicted) == len(gold) or predicted in ("N", "S", "W", "n", "s", "w")
        ):
            recorded.add("string")
            return answer == named
    if not use_expressions:
        return None
    try:
        equal = identity_equal(predicted, gold)
    except Exception:  # a bug of the expression parser must never decide: the symbolic stage still can
        return None
    if equal is False and _general_solutions(predicted, gold):
        return None  # (perhaps one family written from another of its members: the cascade's general-solution rules)
    if equal is not None:
        recorded.add("expr")
    return equal


def _general_solutions(predicted: str, gold: str) -> bool:
    """Whether both are periodic (hold π) in one integer parameter each (``-\\frac{\\pi}{6}+k\\pi``)."""
    if "\\pi" not in predicted or "\\pi" not in gold:
        return False
    parsed, gold_parsed = parse_expression(predicted), parse_expression(gold)
    return (
        parsed is not None
        and gold_parsed is not None
        and len(parsed.variables & INTEGER_PARAMETERS) == 1
        and len(gold_parsed.variables & INTEGER_PARAMETERS) == 1
    )


# The points of the compass, by name and by abbreviation, in English and in the languages models answer in (keys
# without hyphens or spaces: "south-west" and "south west" are read as "southwest").
_COMPASS = {
    **{name: name for name in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")},
    "n": "north", "s": "south", "e": "east", "w": "west",
    "ne": "northeast", "nw": "northwest", "se": "southeast", "sw": "southwest",
    "norte": "north", "sur": "south", "este": "east", "oeste": "west", "noreste": "northeast", "nordeste": "northeast",
    "noroeste": "northwest", "sureste": "southeast", "sudeste": "southeast", "suroeste": "southwest",
    "sudoeste": "southwest", "nord": "north", "sud": "south", "est": "east", "ouest": "west", "nordest": "northeast",
    "nordouest": "northwest", "sudest": "southeast", "sudouest": "southwest", "süd": "south", "ost": "east",
    "nordost": "northeast", "nordwest": "northwest", "südost": "southeast", "südwest": "southwest",
    "北": "north", "南": "south", "东": "east", "西": "west", "东北": "northeast", "西北": "northwest",
    "东南": "southeast", "西南": "southwest", "север": "north", "юг": "south", "восток": "east", "запад": "west",
}  # fmt: skip
# The days of the week, by name and by abbreviation, in English and in other languages.
_WEEKDAY_NAMES = (
    ("monday", "mon", "montag", "lundi", "lunes", "lunedì", "segunda", "segundafeira", "星期一", "周一", "礼拜一",
     "月曜日", "月曜", "понедельник", "월요일"),
    ("tuesday", "tue", "tues", "dienstag", "mardi", "martes", "martedì", "terça", "terçafeira", "星期二", "周二",
     "礼拜二", "火曜日", "火曜", "вторник", "화요일"),
    ("wednesday", "wed", "mittwoch", "mercredi", "miércoles", "miercoles", "mercoledì", "quarta", "quartafeira",
     "星期三", "周三", "礼拜三", "水曜日", "水曜", "среда", "수요일"),
    ("thursday", "thu", "thur", "thurs", "donnerstag", "jeudi", "jueves", "giovedì", "quinta", "quintafeira",
     "星期四", "周四", "礼拜四", "木曜日", "木曜", "четверг", "목요일"),
    ("friday", "fri", "freitag", "vendredi", "viernes", "venerdì", "sexta", "sextafeira", "星期五", "周五", "礼拜五",
     "金曜日", "金曜", "пятница", "금요일"),
    ("saturday", "sat", "samstag", "sonnabend", "samedi", "sábado", "sabado", "sabato", "星期六", "周六", "礼拜六",
     "土曜日", "土曜", "суббота", "토요일"),
    ("sunday", "sun", "sonntag", "dimanche", "domingo", "domenica", "星期日", "星期天", "周日", "礼拜天", "日曜日",
     "日曜", "воскресенье", "일요일"),
)  # fmt: skip
_NAMES = _COMPASS | {name: names[0] for names in _WEEKDAY_NAMES for name in names}


# The noun of a kind a question asks for, which a one-word answer leaves out: "isosceles" for "isosceles triangle",
# "even" for "even function" (the normaliser writes both without spaces: "isoscelestriangle").
_KIND_NOUNS = (
    "triangle",
    "triangles",
    "quadrilateral",
    "polygon",
    "number",
    "numbers",
    "integer",
    "function",
    "angle",
)


def _same_words(text: str, gold: str) -> bool:
    """Whether two answers in words are one answer written two ways: with a hyphen and without ("counter-clockwise",
    "counterclockwise"), or with and without the noun of the kind asked ("isosceles", "isosceles triangle"). Each
    hyphenated piece has three letters at least and the word eight: "x-y" and "ab-cd" are math."""
    if "-" in text or "-" in gold:
        if not all(len(piece) >= 3 for piece in (*text.split("-"), *gold.split("-"))):
            return False
        text, gold = text.replace("-", ""), gold.replace("-", "")
        if text == gold and len(text) >= 8 and text.isalpha() and text.isascii():
            return True
    if not (text.isalpha() and gold.isalpha() and text.isascii() and gold.isascii()) or text == gold:
        return False
    shorter, longer = sorted((text.lower(), gold.lower()), key=len)
    return len(shorter) >= 3 and any(longer == shorter + noun for noun in _KIND_NOUNS)


def _is_word(text: str) -> bool:
    """A word of two letters or more, in the Latin alphabet with its accents ("sí", "não") or in Cyrillic ("да"); not
    Greek letters, which are names in math ("πr")."""
    return (
        len(text) >= 2
        and text.isalpha()
        and (
            text.isascii()
            or all(
                char.isascii() or "\u00c0" <= char <= "\u024f" or "\u0400" <= char <= "\u04ff"
                for char in text
            )
        )
    )


def compare(predicted: str, gold: PreparedGold) -> Decision:
    """Fast path, then the symbolic stage in this process (for tests and trusted input only: no deadline).

    Production code runs ``symbolic_compare`` inside the guarded worker pool instead (``verifiers.guard``).

    Example:
        >>> compare("\\\\frac{\\\\sqrt{3}}{2}", prepare_gold("\\\\sqrt{3}/2")).equal
        True
    """
    decision = fast_compare(predicted, gold)
    if decision is not None:
        return decision
    from openrs_rewards.verifiers.symbolic import symbolic_compare

    return symbolic_compare(predicted, gold.text)
