"""Microsecond comparisons in the caller: normalised strings, exact numbers, number lists, choice letters.

``prepare_gold`` turns a gold answer into a cached ``PreparedGold`` once per distinct gold text. ``fast_compare``
runs in the caller with no deadline, so it is provably cheap: it imports no sympy, caps its input, and uses only the
linear normalisation of ``normalize`` and the bounded evaluator of ``numeric``. It returns a ``Decision`` when it
is certain and None otherwise; the caller then runs ``symbolic.symbolic_compare`` inside a guarded worker.

Policies decided here (documented so users can rely on them):
    * Percent: a side written with ``\\%`` equals the other side written as the same number or as that number / 100
      (``50\\%`` equals ``50``, ``50\\%`` and ``0.5``), as the common graders do.
    * A bare list ``1, 2`` is a collection of answers and is compared unordered (like the set ``\\{1,2\\}``); a
      parenthesised ``(1,2)`` is an ordered tuple; ``(1,2]`` and ``[1,2]`` are different intervals.
    * Multiple-choice: a gold that is one letter ``A``–``J`` (``C``, ``(C)``, ``\\text{(C)}``) is compared by letter
      only (method ``"choice"``).
    * Exact rationals: decimals are exact (``0.5`` is 1/2, ``0.333`` is not 1/3); no absolute tolerance anywhere.

Example:
    >>> gold = prepare_gold("\\\\frac{1}{2}")
    >>> fast_compare("0.5", gold)
    Decision(equal=True, method='numeric', predicted='0.5')
    >>> fast_compare("\\\\frac{\\\\sqrt{2}}{2}", gold) is None   # needs the symbolic stage
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from openrs_rewards.verifiers.normalize import MAX_NORMALIZE_CHARS, normalize_answer
from openrs_rewards.verifiers.numeric import (
    ParsedNumber,
    numbers_equal,
    parse_number,
    parse_number_list,
)
from openrs_rewards.verifiers.verdict import Decision, InvalidGoldError

__all__ = [
    "Decision",
    "InvalidGoldError",
    "PreparedGold",
    "compare",
    "fast_compare",
    "prepare_gold",
]

_CHOICE_GOLD_RE = re.compile(r"\(?([A-J])\)?")
_CHOICE_PREDICTION_RE = re.compile(r"\(?([A-Ja-j])(?:\)|\.|:|$)")
_UNORDERED_KINDS = ("", "{}")
_INTERVAL_KINDS = ("()", "[]", "(]", "[)")


@dataclass(frozen=True, slots=True)
class PreparedGold:
    """A gold answer prepared once (cached by ``prepare_gold``) for many comparisons.

    Attributes:
        raw: the gold as given by the user.
        text: the extracted and normalised gold answer (what ``Verdict.gold`` shows).
        choice: ``"A"``..``"J"`` when the gold is a multiple-choice letter, else None.
        number: the exact value when the gold is a plain number (fast path), else None.
        numbers: ``(kind, items)`` when the gold is a flat list / tuple / set / interval of numbers, else None.
    """

    raw: str
    text: str
    choice: str | None = None
    number: ParsedNumber | None = None
    numbers: tuple[str, tuple[ParsedNumber, ...]] | None = None


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
    answer = _extract_gold(gold)
    if answer is None:
        return None
    text = normalize_answer(answer)
    if not text or not any(char.isalnum() for char in text):
        return None
    choice_match = _CHOICE_GOLD_RE.fullmatch(text)
    choice = choice_match.group(1) if choice_match else None
    number = parse_number(text) if choice is None else None
    numbers = parse_number_list(text) if number is None and choice is None else None
    return PreparedGold(raw=gold, text=text, choice=choice, number=number, numbers=numbers)


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
    """
    if not isinstance(predicted, str):
        return Decision(False, "string", "")
    if len(predicted) > MAX_NORMALIZE_CHARS:
        # Degenerate output: no real answer is this long; settling it here keeps it out of the workers.
        return Decision(predicted.strip() == gold.text, "string", predicted.strip())
    text = normalize_answer(predicted)
    if gold.choice is not None:
        match = _CHOICE_PREDICTION_RE.match(text)
        letter = match.group(1).upper() if match else None
        return Decision(letter == gold.choice, "choice", text)
    if text == gold.text:
        return Decision(True, "string", text)
    if not text:
        return Decision(False, "string", text)
    if gold.number is not None:
        number = parse_number(text)
        if number is not None:
            return Decision(numbers_equal(number, gold.number), "numeric", text)
        numbers = parse_number_list(text)
        if numbers is not None and len(numbers[1]) > 1:
            # Several numbers are never one number (and "1,2" is a pair, not 12).
            return Decision(False, "numeric", text)
        return None
    if gold.numbers is not None:
        numbers = parse_number_list(text)
        if numbers is not None:
            equal = _number_lists_equal(numbers, gold.numbers)
            if equal is not None:
                return Decision(equal, "numeric", text)
    return None


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


def _number_lists_equal(
    a: tuple[str, tuple[ParsedNumber, ...]], b: tuple[str, tuple[ParsedNumber, ...]]
) -> bool | None:
    kind_a, items_a = a
    kind_b, items_b = b
    values_a = [item.value for item in items_a]
    values_b = [item.value for item in items_b]
    if kind_a in _UNORDERED_KINDS and kind_b in _UNORDERED_KINDS:
        return _same_multiset(values_a, values_b) or (
            set(values_a) == set(values_b) and "{}" in (kind_a, kind_b)
        )
    if kind_a == kind_b:
        return values_a == values_b
    if kind_a in _INTERVAL_KINDS and kind_b in _INTERVAL_KINDS and len(values_a) == len(values_b) == 2:
        return False
    return None


def _same_multiset(a: list[Fraction], b: list[Fraction]) -> bool:
    return len(a) == len(b) and sorted(a) == sorted(b)


def _extract_gold(gold: str) -> str | None:
    """The answer span of a gold text: H1's ``extract_gold`` when available, else a minimal local equivalent."""
    try:
        from openrs_rewards.verifiers.extract import extract_gold
    except ImportError:
        return _extract_gold_minimal(gold)
    return extract_gold(gold)


def _extract_gold_minimal(gold: str) -> str | None:
    text = gold.strip()
    if not text:
        return None
    boxed = text.rfind("\\boxed")
    if boxed != -1 and not text.startswith("\\boxed"):
        brace = text.find("{", boxed)
        if brace != -1:
            depth = 0
            for index in range(brace, len(text)):
                if text[index] == "{":
                    depth += 1
                elif text[index] == "}":
                    depth -= 1
                    if depth == 0:
                        return text[brace + 1 : index].strip() or None
    marker = text.rfind("####")
    if marker != -1:
        return text[marker + 4 :].strip() or None
    return text
