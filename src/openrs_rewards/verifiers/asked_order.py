"""The order a problem asks its list in.

An answer that is a list is compared as a set by default ("3, -1" is the solution set of a quadratic however it is
ordered). A problem that asks for an order ("Order $a$, $b$, $c$ from least to greatest.", "Arrange the fractions in
increasing order.", "List the four people in order from least money to most money.") makes the list a sequence:
"b, a, c" does not answer it where the gold is "c, a, b", though both hold the same items. A chain of inequalities
states an order too: "c < a < b" is "c, a, b" from least to greatest, and "b > a > c" the same order read the other
way, which answers "from least to greatest" just as well (it says which is least).

:func:`answered_order` is that test; :func:`~openrs_rewards.verifiers.problem_checks.with_problems` applies it when
the problem is given. Only lists of the same items are judged (compared normalised, item by item); any other pair is
left to the comparison.

Example:
    >>> asked = "Let $a = 2^{30}$, $b = 3^{20}$ and $c = 5^{10}$. Order $a$, $b$, $c$ from least to greatest."
    >>> answered_order("b, a, c", "c, a, b", asked)
    False
    >>> answered_order("c < a < b", "c, a, b", asked)
    True
    >>> answered_order("b > a > c", "c, a, b", asked)
    True
    >>> answered_order("b, a, c", "c, a, b", "Find all $x$ with $x^3 = x$.") is None
    True
"""

from __future__ import annotations

import re
from collections import Counter

from openrs_rewards.verifiers.normalize import is_unit_word, normalize_answer
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.structure import label_spellings, parse_structure

__all__ = [
    "NAMED_IN_THE_ASKED_ORDER",
    "ORDER_ANSWERED",
    "ORDER_NOT_ASKED",
    "answered_order",
    "asked_direction",
    "named_in_the_asked_order",
]

ORDER_NOT_ASKED = "the problem asks for an order; the answer lists the same items in another"
ORDER_ANSWERED = "the problem asks for an order; the answer's inequalities state the gold's"
NAMED_IN_THE_ASKED_ORDER = (
    "the answer's parts are named; compared in the order the problem's question names them"
)

_ASCENDING = ("least", "smallest", "lowest", "shortest", "youngest", "fewest", "increasing", "ascending")
_DESCENDING = (
    "greatest",
    "largest",
    "biggest",
    "highest",
    "longest",
    "oldest",
    "most",
    "decreasing",
    "descending",
)
# An order asked: a verb of ordering, then (in the same sentence) where the order starts or which way it goes.
_ORDER_ASKED = compile_lazily(
    # (a decimal point is no sentence's end: "Order $0.7$, $\frac{3}{4}$ ...")
    r"\b(?:order|arrange|rank|sort|list|put|write)\b(?:[^.?!\n]|\.(?=\d)){0,160}?"
    r"\b(?:from[ \t]+(?:the[ \t]+)?(" + "|".join(_ASCENDING[:6] + _DESCENDING[:7]) + r")\b"
    r"|in[ \t]+(" + "|".join(_ASCENDING[6:] + _DESCENDING[7:]) + r")[ \t]+order\b)",
    re.IGNORECASE,
)
# The parts of a chain of inequalities; a chain is all "<" or all ">" (with "≤", "≥" for ties).
_LESS = compile_lazily(r"\\(?:lt|leq?|leqslant)(?![A-Za-z])|<=?|≤|⩽")
_GREATER = compile_lazily(r"\\(?:gt|geq?|geqslant)(?![A-Za-z])|>=?|≥|⩾")
_WRAPPERS = compile_lazily(r"\\(?:text|textbf|mathrm|mathbf|mbox)[ \t]*\{|[{}$]|\\[,;:! ]")


def asked_direction(problem: str) -> str | None:
    """``"ascending"`` or ``"descending"``: the order ``problem`` asks a list in; None when it asks none."""
    asked = _ORDER_ASKED.search(problem)
    if asked is None:
        return None
    word = (asked.group(1) or asked.group(2)).lower()
    return "ascending" if word in _ASCENDING else "descending"


def _sequence(answer: str) -> tuple[list[str], str | None] | None:
    """The items of ``answer`` in its order, and the direction a chain of inequalities states (None for a list);
    None when ``answer`` is no list of two or more items."""
    text = _WRAPPERS.sub("", answer)
    less = _LESS.split(text)
    greater = _GREATER.split(text)
    if len(less) > 1 and len(greater) > 1:
        return None  # "a < b > c" states no one order
    if len(less) > 1:
        parts, direction = less, "ascending"
    elif len(greater) > 1:
        parts, direction = greater, "descending"
    else:
        parts, direction = re.split(r"[,;]", text), None
    items = [normalize_answer(part.strip()) for part in parts]
    if len(items) < 2 or not all(items):
        return None
    return items, direction


def answered_order(predicted: str | None, gold: str | None, problem: str | None) -> bool | None:
    """Whether ``predicted`` lists the items of ``gold`` in the order ``problem`` asks for (see the module
    docstring); None when the problem asks no order or the two are not lists of the same items."""
    if not predicted or not gold or not problem or not isinstance(problem, str):
        return None
    direction = asked_direction(problem)
    if direction is None:
        if "order" in problem or "respectively" in problem or " and " in problem or ", then " in problem:
            return _in_the_order_named(predicted, gold, problem)
        return None
    answer, expected = _sequence(predicted), _sequence(gold)
    if answer is None or expected is None:
        return None
    sequences = []
    for items, stated in (answer, expected):
        sequences.append(items[::-1] if stated is not None and stated != direction else items)
    if Counter(sequences[0]) != Counter(sequences[1]):
        return None
    return sequences[0] == sequences[1]


def _in_the_order_named(predicted: str, gold: str, problem: str) -> bool | None:
    """Whether an unlabelled list answers the parts a problem names "in that order" (or "respectively") in the
    gold's order ("Find the sum and the product of the roots, in that order.": "3, 5/2", not "5/2, 3"); None when the
    problem asks no such order, or the answer names its parts (compared by their names elsewhere) or is no list of
    the gold's items."""
    if "=" in predicted:
        return None
    answer, expected = _sequence(predicted), _sequence(gold)
    if answer is None or expected is None or answer[1] is not None or expected[1] is not None:
        return None
    if (
        _IN_THAT_ORDER.search(problem) is None
        and _TWO_PARTS_ASKED.search(problem) is None
        # ("Find (a) the greatest common divisor and (b) the least common multiple": one item of the gold per part)
        and len(_PART_LABELS.findall(problem)) != len(expected[0])
    ):
        return None
    if Counter(answer[0]) != Counter(expected[0]):
        return None
    return answer[0] == expected[0]


_IN_THAT_ORDER = compile_lazily(
    r"\bin[ \t]+(?:that|this|the[ \t]+same)[ \t]+order\b|\brespectively\b"
    # ("List the first four terms in order, separated by commas.", "Write the first five terms of the sequence")
    r"|\b(?:list|write|give)\b[^.?!\n]{0,60}\bin[ \t]+order\b"
    # ("(Give Alice's count, then Bob's.)")
    r"|\b(?:give|list|write)\b[^.?!\n]{1,60},[ \t]*then\b"
    r"|\b(?:list|write|give|find|compute|determine|what[ \t]+are)[ \t]+the[ \t]+(?:first|next|last)[ \t]+"
    r"(?:\w+[ \t]+)?terms\b",
    re.IGNORECASE,
)
# Two parts of one answer asked by name, which the answer's list gives in that order: "Find the sum and the product
# of the roots", "find the quotient and the remainder" (not "find all x and y", a set of values).
_PART_NAMES = (
    r"sum|product|difference|quotient|remainder|mean|median|mode|range|maximum|minimum|gcd|lcm|area|perimeter"
    r"|volume|radius|diameter|length|width|height|slope|intercept|x-intercept|y-intercept|base|exponent|mass|speed"
    # ("the determinant and the trace", "the larger and the smaller number", "the remainder ..., and the last digit")
    r"|determinant|trace|larger|smaller|greater|lesser|(?:first|last|units)[ \t]+digit|[xy]-coordinate"
)
_TWO_PARTS_ASKED = compile_lazily(
    r"\b(?:find|compute|determine|calculate|give|what[ \t]+(?:is|are))[ \t]+(?:both[ \t]+)?the[ \t]+"
    # (each perhaps with what it is of: "the x-coordinate of the local maximum and the x-coordinate of the local
    # minimum", "the remainder when 2^10 is divided by 7, and the last digit of 2^10")
    r"(?:" + _PART_NAMES + r")(?:[ \t]+(?:of|when)\b[^,.?!\n]{1,60}?)?,?[ \t]+and[ \t]+(?:the[ \t]+)?"
    r"(?:" + _PART_NAMES + r")\b"
    # (or two quantities asked in turn: "How many child tickets and how many adult tickets were sold?", "What percent
    # are boys, and what percent are girls?")
    r"|\b(how[ \t]+(?:many|much|long|far|old)|what[ \t]+(?:percent(?:age)?|fraction))\b[^?.]{1,80}?\band[ \t]+\1\b",
    re.IGNORECASE,
)


# The labels of a problem's parts, in turn from (a): "(a) ... (b) ... (c) ...".
_PART_LABELS = compile_lazily(r"(?<![\w(])\(([a-h])\)(?=[ \t])")


# The sentences of a problem: ends of sentences, not a decimal point ("Find the sum of 0.5 and ...").
_SENTENCE_END = compile_lazily(r"[?!\n]|\.(?!\d)")


# A count's noun in a gold item, its macros aside: "17nickels", "13 dimes" (a unit, "3 hours", is no noun counted).
_COUNTED_NOUN = compile_lazily(r"\d[ \t]*([A-Za-z]{3,})")
_MACRO = compile_lazily(r"\\[A-Za-z]+")


def named_in_the_asked_order(
    predicted: str | None, gold: str | None, problem: str | None
) -> list[tuple[str, str]] | None:
    """The (value, gold item) pairs of an answer in parts named by words against a gold list without names, paired in
    the order the problem's question names the parts, where that is not the order the answer writes them ("Sum = 5,
    Product = 6" for "Find the product and the sum of the roots", gold "6, 5": the pairs (6, 6) and (5, 5), where
    the written order pairs 5 with 6); None otherwise (the comparison takes the written order, as it does without the
    problem). The question is the last sentence of the problem that names every part."""
    if not predicted or not gold or not problem or not isinstance(problem, str):
        return None
    answer = parse_structure(normalize_answer(predicted))
    if answer.kind != "named" or answer.brackets:
        return None
    words = [label_spellings(name) for name in answer.names]
    expected = parse_structure(normalize_answer(gold))
    if (
        expected.kind not in ("set", "sequence")
        or expected.brackets not in ("", "()")
        or expected.names
        or len(expected.items) != len(answer.items)
    ):
        return None
    if not all(words):
        return None  # ("x = 2, y = 3": letters, ordered by name)
    if any(
        (noun := _COUNTED_NOUN.search(_MACRO.sub("", item))) is not None and not is_unit_word(noun.group(1))
        for item in expected.items
    ):
        return None  # ("17 nickels and 13 dimes": the gold names its parts by their nouns, compared by noun)
    spelled = [  # (made for the rare answer in named parts, and cached by re)
        re.compile(r"\b(?:" + "|".join(map(re.escape, spellings or ())) + r")(?:e?s)?\b", re.IGNORECASE)
        for spellings in words
    ]
    for sentence in reversed(_SENTENCE_END.split(problem)):
        found = [pattern.search(sentence) for pattern in spelled]
        if all(found):
            positions = [match.start() for match in found if match is not None]
            break
    else:
        return None
    if len(set(positions)) != len(positions):
        return None
    asked = sorted(range(len(positions)), key=positions.__getitem__)
    if asked == list(range(len(positions))):
        return None
    return [(answer.items[index], item) for index, item in zip(asked, expected.items, strict=True)]
