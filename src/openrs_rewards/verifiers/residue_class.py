"""Residue classes: one set of integers, however it is written.

"n ≡ 1 (mod 4)", "n = 4k + 1", "4k+1", "4\\mathbb{Z}+1", "\\{\\ldots, -3, 1, 5, 9, \\ldots\\}" all describe the
integers that leave 1 when divided by 4; "n is odd", "n ≡ 1 (mod 2)", "2k+1" and "n ≡ 1, 3 (mod 4)" the odd ones;
"3 \\nmid n" and "n \\not\\equiv 0 \\pmod 3" those that leave 1 or 2 when divided by 3, "n is a multiple of 3" and
"3 \\mid n" the others.
An answer and a gold that are both such classes are compared as sets: over the least common multiple of their moduli,
the same residues (so "n ≡ 1 (mod 4)" is not "n is odd": it leaves out 3, 7, 11, ...).

A bare number ("1") is no class here: against a congruence gold it is read as the residue it names elsewhere (the
usual answer to "solve 3x ≡ 2 (mod 7)").

Families of powers are read the same way (:func:`same_power_family`): "n is a power of 2", "n = 2^k for some k \\ge 0",
"one less than a power of 2", "2^k - 1, k \\ge 1", compared by their positive members ("a power of 2" holds 1 = 2^0,
"2^k, k \\ge 1" does not).

Example:
    >>> same_residue_class("n \\\\equiv 1 \\\\pmod{4}", "4k+1"), same_residue_class("n \\\\text{ is odd}", "2k+1")
    (True, True)
    >>> same_residue_class("n \\\\equiv 1 \\\\pmod 4", "n \\\\text{ is odd}"), same_residue_class("3", "3k") is None
    (False, True)
"""

from __future__ import annotations

import itertools
import math
import re
from typing import NamedTuple

from openrs_rewards.verifiers.normalize import TEXT_GROUP_RE
from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "PowerFamily",
    "ResidueClass",
    "power_family",
    "residue_class",
    "same_power_family",
    "same_residue_class",
]

_MAX_MODULUS = 10_000  # (the classes compared are spelled out over the common modulus)


class ResidueClass(NamedTuple):
    """The integers congruent to one of ``residues`` (each in ``range(modulus)``) modulo ``modulus``."""

    modulus: int
    residues: frozenset[int]


# What carries no meaning for the class: spacing, math delimiters, boxes, "all", "integers", the variable's name.
_LAYOUT = compile_lazily(r"\\[,;:! ]|\\left|\\right|\\quad|\\qquad|\$|\s+|\\boxed|\\displaystyle")
# The name of the integer a class is of: "n", "a_0", "a_{0}", "\\alpha".
_NAME = r"(?:[a-z](?:_\{?[0-9a-z]{1,3}\}?)?|\\[a-z]{2,8})"
_MEMBERSHIP = compile_lazily(
    rf"\A{_NAME}(?:\\in|∈)(?=\d|\\\{{)|\A[a-z](?=[a-z]\\equiv)"
)  # "n \\in 2\\mathbb{Z}+1": the set n is in
_RESTATED = compile_lazily(r",?(?:i\.e\.|thatis|namely)")
_WORDS_AROUND = compile_lazily(
    r"(?<![\\\w])(?:all|any|every|the|are|is|an?|positive|natural|nonnegative|non-negative|whole|integers?|numbers?|values?|primes?"
    r"|of|such|that|where|for|with|some|integer|in|be|must|can|only|when|if|and)\b",
    re.IGNORECASE,
)
# "n ≡ r (mod m)": residues (several, "2, 3", "2 or 3", "\\pm 2") and the modulus in any of its spellings.
# (or its complement: "n \\not\\equiv 0 \\pmod 3", "n ≢ 0 (mod 3)")
_CONGRUENCE = compile_lazily(
    rf"(?:{_NAME}(?:\\equiv|≡|(?P<not>\\not\\equiv|\\not≡|≢|\\nequiv)))?"
    r"(?P<residues>(?:\\pm)?-?\d{1,6}(?:(?:,|or|\\lor)(?:\\pm)?-?\d{1,6}){0,9})"
    r"(?:\\pmod\{?(?P<a>\d{1,5})\}?|\(\\?b?mod\{?(?P<b>\d{1,5})\}?\)|\\b?mod\{?(?P<c>\d{1,5})\}?|mod(?P<d>\d{1,5}))"
)
# "odd", "n odd", "odd n", "\\alpha even" (once the words around are gone).
_PARITY = compile_lazily(rf"{_NAME}?(odd|even){_NAME}?", re.IGNORECASE)
# Divisibility: "3 \\mid n", "3 \\nmid n" (the complement), "n is a multiple of 3", "n divisible by 3" (once the
# words around are gone: "nmultiple3", "ndivisibleby3").
_DIVISIBILITY = compile_lazily(
    rf"(?P<modulus>\d{{1,5}})(?:(?P<divides>\\mid|∣)|(?P<not>\\nmid|∤)){_NAME}"
    # (or its denial in words: "n is not divisible by 3", "n is not a multiple of 3")
    rf"|{_NAME}?(?P<denied>not)?(?:multiples?|divisible(?:by)?)(?P<of>\d{{1,5}})"
)
# "4k+1", "n = 4k + 1", "3k", "2k-1" and unions of them ("5k+2 or 5k+3"), the parameter an integer's letter.
# (the offset first too: "8 + 15k")
_LINEAR_TERM = (
    r"(?:[a-z]=)?(?:(?P<lead>-?\d{1,6})\+)?(?P<coefficient>\d{1,5})(?:\\cdot)?(?P<letter>[kmnjlt])"
    r"(?:(?P<sign>[-+])(?P<offset>\d{1,6}))?"
)
_LINEAR = compile_lazily(_LINEAR_TERM)
# (the same term without its group names, which one pattern may not repeat: a list of up to ten terms)
_LINEAR_TERM_UNNAMED = re.sub(r"\(\?P<\w+>", "(?:", _LINEAR_TERM)
_LINEAR_LIST = compile_lazily(_LINEAR_TERM_UNNAMED + r"(?:(?:,|or|\\lor)" + _LINEAR_TERM_UNNAMED + r"){0,9}")
# ... as a coset of the integers: "2\\mathbb{Z}+1", "4\\mathbb{Z}".
_COSET = compile_lazily(r"(\d{1,5})\\mathbb\{?Z\}?(?:([-+])(\d{1,6}))?")
# "\\{\\ldots, -3, 1, 5, 9, \\ldots\\}": an arithmetic progression without end (or without an end above, from
# its first term, as the positive integers of a class are listed: "1, 5, 9, 13, \\ldots").
_PROGRESSION = compile_lazily(
    r"(?:[a-z]=)?\\?\{?(?:(?:\\[lc]?dots|\.\.\.|…),?)?(-?\d{1,6}(?:,-?\d{1,6}){2,9}),?(?:\\[lc]?dots|\.\.\.|…)\\?\}?"
)
# The parameter declared an integer after the class: ", k \\in \\mathbb{Z}", "(k an integer)", "for some integer k"
# (the last two once their words are gone: "k", a letter after the last term).
_PARAMETER_TAIL = compile_lazily(
    r"(?:,?\(?(?P<a>[a-z])\\in\\mathbb\{?[ZN]\}?\)?"
    r"|,?\(?(?:for)?(?P<b>[a-z])(?:an|is)?(?:integer|integral|\\in\\mathbb\{?[ZN]\}?)\)?"
    r"|,?\(?(?P<c>[kmnjlt])\)?)\Z"
)


def _cleaned(text: str) -> str:
    text = TEXT_GROUP_RE.sub(r" \1 ", text)
    text = _WORDS_AROUND.sub(" ", text.replace("\\{", "\\{ "))
    text = _MEMBERSHIP.sub("", _LAYOUT.sub("", text))
    restated = _RESTATED.search(text)
    if restated is not None and restated.start() > 0:
        text = text[
            : restated.start()
        ]  # "n \\equiv 0 \\pmod 3, i.e. n = 3, 6, 9, \\dots": the class, then examples
    if text.startswith("{") and text.endswith("}") and not text.startswith("{\\"):
        text = text[1:-1]
    return text.rstrip(".")


def residue_class(text: str) -> ResidueClass | None:
    """The residue class ``text`` describes, or None when it describes none (see the module docstring)."""
    found = _read(text)
    return None if found is None else found[0]


def _read(text: str) -> tuple[ResidueClass, bool] | None:
    """The class and whether ``text`` says it is one (a congruence, a parity, a coset, a progression without end, a
    parameter declared an integer) rather than an expression that may be one ("4k+1")."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    cleaned = _cleaned(text)
    if not cleaned:
        return None
    parity = _PARITY.fullmatch(cleaned)
    if parity is not None:
        return ResidueClass(2, frozenset({1 if parity.group(1).lower() == "odd" else 0})), True
    congruence = _CONGRUENCE.fullmatch(cleaned)
    if congruence is not None:
        modulus = int(next(group for group in congruence.group("a", "b", "c", "d") if group is not None))
        residues: set[int] = set()
        for residue in re.split(r",|or|\\lor", congruence.group("residues")):
            value = int(residue.removeprefix("\\pm"))
            residues.update((value, -value) if residue.startswith("\\pm") else (value,))
        if congruence.group("not") is not None:
            residues = set(range(modulus)) - {residue % modulus for residue in residues}
        return _made(modulus, residues, True)
    divisible = _DIVISIBILITY.fullmatch(cleaned)
    if divisible is not None:
        modulus = int(divisible.group("modulus") or divisible.group("of"))
        denied = divisible.group("not") or divisible.group("denied")
        return _made(modulus, set(range(1, modulus)) if denied else {0}, True)
    declared = _PARAMETER_TAIL.search(cleaned)
    if declared is not None:
        # (the class read without the parameter's declaration, where what is left still reads: "3k" is no "3")
        parameter = next(letter for letter in declared.group("a", "b", "c") if letter is not None)
        found = _read_family(cleaned[: declared.start()], parameter)
        if found is not None:
            return found
    return _read_family(cleaned, None)


def _read_family(cleaned: str, parameter: str | None) -> tuple[ResidueClass, bool] | None:
    """A coset, a linear family or a progression; ``parameter`` the letter declared an integer after it, which a
    linear family's terms must use ("3k for some integer m" declares no k)."""
    coset = _COSET.fullmatch(cleaned)
    if coset is not None:
        offset = int(coset.group(3) or 0) * (-1 if coset.group(2) == "-" else 1)
        return _made(int(coset.group(1)), {offset}, True)
    if _LINEAR_LIST.fullmatch(cleaned) is not None:
        terms = list(_LINEAR.finditer(cleaned))
        moduli = {int(term.group("coefficient")) for term in terms}
        if len(moduli) != 1 or (
            parameter is not None and {term.group("letter") for term in terms} != {parameter}
        ):
            return None
        residues = {
            int(term.group("lead") or 0)
            + int(term.group("offset") or 0) * (-1 if term.group("sign") == "-" else 1)
            for term in terms
        }
        return _made(moduli.pop(), residues, parameter is not None)
    progression = _PROGRESSION.fullmatch(cleaned)
    if progression is not None:
        values = [int(value) for value in progression.group(1).split(",")]
        steps = {later - earlier for earlier, later in itertools.pairwise(values)}
        if len(steps) == 1 and (step := steps.pop()) > 0:
            return _made(step, {values[0]}, True)
    return None


def _made(modulus: int, residues: set[int], declared: bool) -> tuple[ResidueClass, bool] | None:
    if not 2 <= modulus <= _MAX_MODULUS or not residues:
        return None
    return ResidueClass(modulus, frozenset(residue % modulus for residue in residues)), declared


class PowerFamily(NamedTuple):
    """The positive integers ``base**k + offset`` for the whole numbers ``k`` from ``least``."""

    base: int
    offset: int
    least: int

    def members(self, count: int) -> tuple[int, ...]:
        """Its first ``count`` positive members, in increasing order."""
        values = (self.base**k + self.offset for k in itertools.count(self.least))
        return tuple(itertools.islice((value for value in values if value >= 1), count))


# A power family in words or in symbols, once the words around are gone: "npowerof2" ("n is a power of 2"),
# "oneless(than)powerof2", "n=2^k", "2^{k}-1", each with an optional bound on the exponent after it ("k\geq1").
_POWER_IN_WORDS = compile_lazily(
    rf"{_NAME}?(?:(?P<below>one(?:less|fewer)than)|(?P<above>one(?:more|greater)than))?powers?(?:of)?(?P<base>\d{{1,3}})"
)
_POWER_IN_SYMBOLS = compile_lazily(
    r"(?:[a-z]=)?(?P<base>\d{1,3})\^\{?(?P<letter>[a-z])\}?(?:(?P<sign>[-+])(?P<offset>\d{1,3}))?"
    r"(?:,?(?:for)?(?P=letter)?(?:\\geq?|\\ge|≥|>=)(?P<least>\d)|,?(?P<strict>(?P=letter)>(?P<above>\d)))?"
    r"(?:,?(?:for)?(?P=letter)?(?:\\in\\mathbb\{?[NZ]\}?|integer|wholenumber|nonnegativeinteger))?"
)


def power_family(text: str) -> PowerFamily | None:
    """The family of powers ``text`` describes ("n is a power of 2", "n = 2^k for some k \\ge 0", "one less than a
    power of 2", "2^k - 1, k \\ge 1"), or None. An exponent without a bound runs from 0."""
    if not isinstance(text, str) or len(text) > 200 or ("power" not in text and "^" not in text):
        return None
    cleaned = _cleaned(text)
    if "power" not in text:
        cleaned = cleaned.replace("{", "").replace("}", "")  # ("2^{k}-1": the exponent's braces)
    words = _POWER_IN_WORDS.fullmatch(cleaned)
    if words is not None:
        offset = -1 if words.group("below") else 1 if words.group("above") else 0
        return _power(int(words.group("base")), offset, 0)
    symbols = _POWER_IN_SYMBOLS.fullmatch(cleaned)
    if symbols is None:
        return None
    offset = int(symbols.group("offset") or 0) * (-1 if symbols.group("sign") == "-" else 1)
    least = (
        int(symbols.group("least") or 0)
        if symbols.group("strict") is None
        else int(symbols.group("above")) + 1
    )
    return _power(int(symbols.group("base")), offset, least)


def _power(base: int, offset: int, least: int) -> PowerFamily | None:
    return PowerFamily(base, offset, least) if 2 <= base <= 100 else None


def same_power_family(answer: str, gold: str) -> bool | None:
    """Whether two texts describe the same family of powers, compared by their positive members ("one less than a
    power of 2" and "2^k - 1, k \\ge 1" both start 1, 3, 7; "a power of 2" starts at 1, "2^k, k \\ge 1" at 2);
    None unless both describe one."""
    read, gold_read = power_family(answer), power_family(gold)
    if read is None or gold_read is None:
        return None
    return read.members(_MEMBERS_COMPARED) == gold_read.members(_MEMBERS_COMPARED)


_MEMBERS_COMPARED = 6  # (two families of one base that agree on six members agree on all)


def same_residue_class(answer: str, gold: str) -> bool | None:
    """Whether two texts describe the same residue class; None unless both describe one."""
    read, gold_read = _read(answer), _read(gold)
    if read is None or gold_read is None or not (read[1] or gold_read[1]):
        return None  # ("2n+2" and "2n" are two expressions, of one parity: a class only where one says so)
    first, second = read[0], gold_read[0]
    common = math.lcm(first.modulus, second.modulus)
    if common > _MAX_MODULUS:
        return None

    def spelled_out(of: ResidueClass) -> frozenset[int]:
        return frozenset(residue + step for residue in of.residues for step in range(0, common, of.modulus))

    return spelled_out(first) == spelled_out(second)
