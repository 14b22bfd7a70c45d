"""Sets of numbers stated in words, read as the set they name and compared with a gold that is such a set.

A final sentence may state its answer set in words ("all real numbers greater than or equal to 2 except 5", "every
$x$ between $-1$ and $4$, inclusive", "either less than $-2$ or greater than $2$", "every positive integer from 4
onward", "$x$ must be an integer", "no real number works") where the gold writes it in symbols ("[2,5) \\cup
(5,\\infty)", "[-1, 4]", "n \\geq 4", "x \\in \\mathbb{Z}", "\\emptyset"). Both sides are read here into one
:class:`NumberSet` (real intervals, or the integers or primes in such intervals, perhaps of one residue class mod m)
and compared as sets: a boundary off by one, an open end for a closed one or a missing exception is another set.

Reading is strict: one clause of the final sentence states the set (a reason before it, "Since ..., ", or a
restatement after it, "..., i.e. on the closed interval from 0 to 1", may stand beside it); a hedge, a question, a
condition, a negation before it, two clauses stating different sets, and "between 1 and 4" (whether the ends belong
is not said) read as nothing.

Example:
    >>> said = set_stated_in_words("So the domain is all real numbers greater than or equal to 2 except 5.")
    >>> said.same_as(gold_set("[2,5) \\\\cup (5,\\\\infty)")), said.same_as(gold_set("[2,\\\\infty)"))
    (True, False)
    >>> set_stated_in_words("Thus $x$ is at most $-4$ or at least $4$.").written()
    '(-\\\\infty,-4]\\\\cup[4,\\\\infty)'
    >>> set_stated_in_words("It holds for every positive integer from 4 onward.").same_as(gold_set("n \\\\geq 4", "integer"))
    True
    >>> set_stated_in_words("Maybe $x$ is at least 2.") is None
    True
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from openrs_rewards.verifiers.normalize import NUMBER_WORD_PATTERN, TEXT_GROUP_RE, number_word_value
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.text import final_sentence, reasoning_end

__all__ = ["NumberSet", "gold_set", "set_stated_in_words", "stated_set_answers"]

_WINDOW_LIMIT = 5_000  # (integer sets are compared member by member over a window around their ends)


@dataclass(frozen=True, order=True)
class Piece:
    """An interval of the real line; ``None`` for an end at infinity (then never included)."""

    low: Fraction | None
    low_in: bool
    high: Fraction | None
    high_in: bool

    def holds(self, value: Fraction) -> bool:
        above = self.low is None or value > self.low or (self.low_in and value == self.low)
        below = self.high is None or value < self.high or (self.high_in and value == self.high)
        return above and below


_REAL_LINE: tuple[Piece, ...] = (Piece(None, False, None, False),)


def _empty(piece: Piece) -> bool:
    if piece.low is None or piece.high is None:
        return False
    return piece.low > piece.high or (piece.low == piece.high and not (piece.low_in and piece.high_in))


def _normal(pieces: list[Piece]) -> tuple[Piece, ...]:
    """The union of ``pieces`` as disjoint pieces in order, touching ones merged (``[1,2)`` and ``[2,3]`` are
    ``[1,3]``)."""
    kept = sorted(
        (piece for piece in pieces if not _empty(piece)),
        key=lambda piece: (-math.inf if piece.low is None else piece.low, not piece.low_in),
    )
    merged: list[Piece] = []
    for piece in kept:
        if merged:
            last = merged[-1]
            touching = (
                last.high is None
                or piece.low is None
                or piece.low < last.high
                or (piece.low == last.high and (last.high_in or piece.low_in))
            )
            if touching:
                if last.high is None or (piece.high is not None and piece.high < last.high):
                    high, high_in = last.high, last.high_in
                elif piece.high is None or piece.high > last.high:
                    high, high_in = piece.high, piece.high_in
                else:
                    high, high_in = last.high, last.high_in or piece.high_in
                merged[-1] = Piece(last.low, last.low_in, high, high_in)
                continue
        merged.append(piece)
    return tuple(merged)


def _meet(first: Piece, second: Piece) -> Piece:
    """The intersection of two pieces (perhaps empty)."""
    if first.low is None or (second.low is not None and second.low > first.low):
        low, low_in = second.low, second.low_in
    elif second.low is None or first.low > second.low:
        low, low_in = first.low, first.low_in
    else:
        low, low_in = first.low, first.low_in and second.low_in
    if first.high is None or (second.high is not None and second.high < first.high):
        high, high_in = second.high, second.high_in
    elif second.high is None or first.high < second.high:
        high, high_in = first.high, first.high_in
    else:
        high, high_in = first.high, first.high_in and second.high_in
    return Piece(low, low_in, high, high_in)


def _intersection(first: tuple[Piece, ...], second: tuple[Piece, ...]) -> tuple[Piece, ...]:
    return _normal([_meet(a, b) for a in first for b in second])


def _without(pieces: tuple[Piece, ...], point: Fraction) -> tuple[Piece, ...]:
    below = Piece(None, False, point, False)
    above = Piece(point, False, None, False)
    return _normal([_meet(piece, side) for piece in pieces for side in (below, above)])


def _is_prime(number: int) -> bool:
    if number < 2:
        return False
    return all(number % divisor for divisor in range(2, math.isqrt(number) + 1))


@dataclass(frozen=True)
class NumberSet:
    """A set of numbers: the reals in ``pieces``, or (``domain`` "integer" or "prime") the integers or primes in
    them that leave one of ``residues`` modulo ``modulus``."""

    domain: str
    pieces: tuple[Piece, ...]
    modulus: int = 1
    residues: frozenset[int] = frozenset({0})

    def _holds(self, number: int) -> bool:
        if number % self.modulus not in self.residues:
            return False
        if self.domain == "prime" and not _is_prime(number):
            return False
        return any(piece.holds(Fraction(number)) for piece in self.pieces)

    def _ends(self) -> list[Fraction]:
        return [end for piece in self.pieces for end in (piece.low, piece.high) if end is not None]

    def _bounded(self) -> bool:
        return all(piece.low is not None and piece.high is not None for piece in self.pieces)

    def empty(self) -> bool | None:
        """Whether no number is in the set (None where that is not settled within the window)."""
        if not self.pieces or not self.residues:
            return True
        if self.domain == "real" or not self._bounded():
            return not self.pieces
        low, high = math.floor(min(self._ends())), math.ceil(max(self._ends()))
        if high - low > _WINDOW_LIMIT:
            return None
        return not any(self._holds(number) for number in range(low, high + 1))

    def same_as(self, other: NumberSet) -> bool | None:
        """Whether the two are the same set (None where that is not settled: a window too wide)."""
        empties = (self.empty(), other.empty())
        if None in empties:
            return None
        if empties[0] or empties[1]:
            return empties[0] == empties[1]
        if (self.domain == "real") != (other.domain == "real"):
            return False
        if self.domain == "real":
            return self.pieces == other.pieces
        if self.domain != other.domain and not (self._bounded() and other._bounded()):
            return False  # (the primes of a ray are not the integers of one)
        ends = self._ends() + other._ends()
        period = math.lcm(self.modulus, other.modulus)
        reach = (max(abs(end) for end in ends) if ends else 0) + 2 * period + 2
        if reach > _WINDOW_LIMIT:
            return None
        reach = math.ceil(reach)
        # (past every end both sets repeat with the period, so a window of two periods past them settles the rest)
        return all(self._holds(number) == other._holds(number) for number in range(-reach, reach + 1))

    def written(self) -> str:
        """The set in symbols, for a verdict's ``predicted``."""
        parts = []
        for piece in self.pieces:
            low = "-\\infty" if piece.low is None else str(piece.low)
            high = "\\infty" if piece.high is None else str(piece.high)
            parts.append(("[" if piece.low_in else "(") + f"{low},{high}" + ("]" if piece.high_in else ")"))
        written = "\\cup".join(parts) or "\\emptyset"
        if self.domain != "real":
            written += "\\cap" + ("\\mathbb{Z}" if self.domain == "integer" else "\\mathbb{P}")
            if self.modulus > 1:
                written += (
                    f"\\cap({self.modulus}\\mathbb{{Z}}+\\{{{','.join(map(str, sorted(self.residues)))}\\}})"
                )
        return written


# --- words into a plain string ------------------------------------------------------------------------------------

# The symbols a sentence may mix with its words, as the words the reader reads.
_SYMBOLS_AS_WORDS = (
    (compile_lazily(r"\\geq?(?![A-Za-z])|\\geqslant|≥|>="), " ≥ "),
    (compile_lazily(r"\\leq?(?![A-Za-z])|\\leqslant|≤|<="), " ≤ "),
    (compile_lazily(r"\\neq?(?![A-Za-z])|≠|!="), " ≠ "),
    (compile_lazily(r"\\[lc]?dots(?![A-Za-z])|…|\.\.\."), " … "),
    (compile_lazily(r"\\infty(?![A-Za-z])|∞"), " infinity "),
    (compile_lazily(r"\\cup(?![A-Za-z])|∪"), " ∪ "),
    (compile_lazily(r"\\mathbb\{?R\}?|ℝ"), " reals "),
    (compile_lazily(r"\\mathbb\{?Z\}?|ℤ"), " integers "),
    (compile_lazily(r"\\in(?![A-Za-z])|∈"), " in "),
    (compile_lazily(r"\\pm(?![A-Za-z])|±"), " ± "),
    (compile_lazily(r"\\[dt]?frac\{(\d+)\}\{(\d+)\}"), r" \1/\2 "),
    (compile_lazily(r"\\[{}]"), " "),
    (
        compile_lazily(
            r"\\left|\\right|\\[,;:! ]|\\quad|\\displaystyle|\\boxed|\$|\*\*|\\\(|\\\)|\\\[|\\\]|~"
        ),
        " ",
    ),
    (compile_lazily(r"[−–—]"), "-"),
    (compile_lazily(r"([<>≥≤≠=,;:()\[\]])"), r" \1 "),
)
_SPACES = compile_lazily(r"\s+")
_WORD_IN_BRACKETS = compile_lazily(r"\( ((?:both )?(?:inclusive|exclusive|included|excluded)) \)")
_SPACED_MINUS = compile_lazily(r"(?<![\w)\]]) ?- (?=\d|infinity)")
_SPACED_COMMA = compile_lazily(r" ,")


def _plain(text: str) -> str:
    """``text`` lower-cased, its text commands unwrapped, its relations and sets as the reader's words and marks,
    one space between words."""
    plain = TEXT_GROUP_RE.sub(r" \1 ", TEXT_GROUP_RE.sub(r" \1 ", text))
    for pattern, words in _SYMBOLS_AS_WORDS:
        plain = pattern.sub(words, plain)
    plain = _SPACES.sub(" ", plain).strip().lower()
    # ("(inclusive)": the word, not "f ( x )"; "- 2" after a space: the number -2)
    plain = _WORD_IN_BRACKETS.sub(r"\1", plain)
    return _SPACED_COMMA.sub(",", _SPACED_MINUS.sub("-", plain))


# --- the grammar --------------------------------------------------------------------------------------------------

_NUMBER = r"-?\d+(?:\.\d+)?(?:/\d+)?|(?:(?:negative|minus) )?" + NUMBER_WORD_PATTERN.lower()
_NAME = r"[a-z](?![a-z])"
_COMPARISONS = (
    # (longest first: "greater than or equal to" before "greater than")
    (
        "≥",
        r"≥|at least|no (?:less|smaller|lower) than|not (?:less|smaller) than"
        r"|(?:greater|more|larger|bigger|higher) than or equal to",
    ),
    (
        "≤",
        r"≤|at most|no (?:more|greater|larger|bigger|higher) than|not (?:more|greater|larger) than|not exceeding"
        r"|(?:less|smaller|lower) than or equal to|up to and including",
    ),
    (">", r">|(?:strictly )?(?:greater|more|larger|bigger|higher) than|exceeding|above"),
    ("<", r"<|(?:strictly )?(?:less|smaller|lower) than|below"),
    ("≠", r"≠|not equal to|different from"),
)
_COMPARISON = "|".join(f"(?:{words})" for _, words in _COMPARISONS)
_COMPARISON_RES = tuple((symbol, compile_lazily(words)) for symbol, words in _COMPARISONS)
# What is said of each end of "from a to b" or "between a and b".
_BOTH_IN = r",? ?\(?(?:inclusive(?:ly)?|including (?:both |the )?(?:end ?points|ends)|(?:with )?(?:both )?(?:end ?points|ends) included)\)?"
_BOTH_OUT = (
    r",? ?\(?(?:exclusive(?:ly)?|(?:excluding|not including) (?:both |the )?(?:end ?points|ends)"
    r"|(?:with )?(?:both )?(?:end ?points|ends) excluded)\)?"
)
_ONE_END = r"(?: \(?(?P<{0}>inclusive|exclusive|included|excluded)\)?)?"
_CONDITION_RE = compile_lazily(
    # "greater than 1", "≥ 2", "at most -4" ("either less than -2 or ...": the first of a union)
    rf"(?:either )?(?P<rel>{_COMPARISON}) (?P<bound>{_NUMBER})"
    # "4 or more", "3 and above", "from 4 onward"
    rf"|(?:from )?(?P<from>{_NUMBER}) (?P<onward>onwards?|on|upwards?|or (?:more|greater|larger|above)|and (?:above|up|beyond))"
    rf"|(?P<upto>{_NUMBER}) (?:or (?:less|fewer|smaller|below)|and (?:below|under))"
    # "-1 ≤ x ≤ 4", "1 < x ≤ 4"
    rf"|(?P<chain_low>{_NUMBER}) (?P<chain_rel1><|≤) (?P<chain_name>{_NAME}) (?P<chain_rel2><|≤) (?P<chain_high>{_NUMBER})"
    # "between -1 and 4, inclusive", "strictly between -2 and 3", "from 2 to 6, including both endpoints",
    # "from -3 inclusive up to but not including 1", "the closed interval from 0 to 1"
    rf"|(?:(?:on|in) )?(?:the (?P<kind>closed|open) interval )?(?P<strictly>strictly )?(?:between|from) (?P<low>{_NUMBER})"
    + _ONE_END.format("low_end")
    + rf" (?:and|(?P<open_high>(?:up )?to,? but not including,?)|(?P<closed_high>(?:up )?to and including)|(?:up )?to|through)"
    rf" (?P<high>{_NUMBER})"
    + _ONE_END.format("high_end")
    + rf"(?P<both_in>{_BOTH_IN})?(?P<both_out>{_BOTH_OUT})?"
)
# What names a set before a bare condition: "the range is", "the solution set consists of", "the solutions are".
_SET_NAMED_BEFORE = compile_lazily(
    r"\b(?:range|domain|solution set|set of solutions|solutions|set)(?: of [a-z](?: \( [a-z] \))?)?"
    r" (?:is|are|consists of) \Z"
)
# Between what a set is of and its condition: a space, or a comma and the name again ("n in integers, n ≥ 3").
_CONDITION_LEAD_RE = compile_lazily(r" |, (?:(?P<again>[a-z])(?![a-z]) )?")
# Between two conditions: "and" (both hold), "or" (either does), "but".
_JOINER_RE = compile_lazily(
    r",? (?P<word>and|or|but)(?: (?:also|still))?(?: " + _NAME + r")?(?: (?:is|are|must be|can be|lies))? "
)
# What a set is of: "all real numbers", "every positive integer", "any number", "the odd positive integers", "real x".
_HEAD_RE = compile_lazily(
    r"(?:(?P<subject>"
    + _NAME
    + r") (?:is|are|lies|lie|runs|goes|ranges|varies|(?:must|can|may|should|will|has to) be)"
    r"(?: (?:any|an?|every|all))? )?"
    r"(?:(?:exactly |only |precisely )?(?P<quantifier>the set of(?: all)?|all|every|any|each|the|those)(?: the)? )?"
    # (an adjective only before what it is of: "negative on the open interval" says no negative numbers)
    r"(?:(?P<adjectives>(?:(?:positive|negative|non-?negative|non-?positive|odd|even|real|natural|whole|prime) )*)"
    r"(?:(?P<kind>real numbers?|reals|numbers?|values?|integers?|whole numbers?|natural numbers?|counting numbers?"
    r"|primes?|prime numbers?)(?: (?:of )?(?P<kind_name>" + _NAME + r"))?"
    r"|(?P<name>" + _NAME + r")))?"
    r"(?: (?:that|which) (?:is|are)| (?:such that|with|where|satisfying|for which)(?: "
    + _NAME
    + r" (?:is|are))?"
    r"| in (?P<in_set>reals|integers))?"
)
_EXCEPT_RE = compile_lazily(
    r",? (?:except|but not|other than|excluding|besides|apart from|with the exception of)(?: for| at)?"
    rf"(?P<points>(?: (?:{_NAME} = )?(?:± )?(?:{_NUMBER})(?: ,| and| or|,? and|,? or)?)+)"
)
_EXCEPT_POINT_RE = compile_lazily(rf"(± )?({_NUMBER})")
# After the set: "is a solution", "works", "satisfies the inequality".
_TRAILER_RE = compile_lazily(
    r"(?: (?:is|are) (?:a )?solutions?| (?:works?|satisf(?:y|ies) (?:it|the \w+(?: \w+)?|this \w+))"
    r"| (?:is|are) allowed)?"
)
# The sentence's own statement that nothing or everything is a solution: "has no real solution", "no real number
# works", "the solution set is empty".
_NOTHING_RE = compile_lazily(
    r"(?:ha(?:s|ve) no|there (?:is|are|exists?) no) (?:real )?(?:solutions?|roots?)(?: in (?:positive )?(?:integers|reals|real numbers))?"
    r"|no (?:real |positive )?(?:numbers?|values?|solutions?|(?:real )?"
    + _NAME
    + r") (?:works?|exists?|is a solution)"
    r"|(?:the )?(?:solution set|set of solutions) is (?:the )?empty(?: set)?|no solutions? exists?"
)
_MORE_THAN_NOTHING_RE = compile_lazily(r"\b(?:but|except|other than|only|unless)\b")
# Words that say the set is of another quantity than the number itself: "absolute value greater than 4".
_ANOTHER_QUANTITY_RE = compile_lazily(
    r"\||\b(?:absolute|distance|squared?|cubed?|roots?|reciprocal|twice|times|sum|product|difference|modulus"
    r"|magnitude|log\w*|length|area|perimeter|period)\b"
)
# A clause beside the one read that may answer too: a second claim.
_ANOTHER_CLAIM_RE = compile_lazily(r"\banswer (?:is|=)|=|\b(?:is|are) -?\d")
# Words before a reading that say what kind of number it is of, which the reading would leave out.
_DOMAIN_BEFORE_RE = compile_lazily(
    r"\b(?:integers?|integral|natural|primes?|whole|rational|irrational|complex|digits?)\b"
)
# Doubt, a question, a condition, an alternative: no statement of one set.
_HEDGE_RE = compile_lazily(
    r"\b(?:maybe|perhaps|might|probably|possibly|presumably|likely|unlikely|guess|seems?|suppose|assum\w*|unless|if"
    r"|whether|wait|hmm|not sure|unsure|i think|i believe|approximately|roughly|depend\w*|could|check\w*|unclear"
    r"|convention|(?:i'll|i will|i'd|i would) (?:say|go with))\b|\?"
)
# A negation before the set: "x is not greater than 2", "the function is undefined for all x below 0".
_NEGATION_RE = compile_lazily(
    r"\b(?:not|never|no|none|nor|fails?|false|undefined|excluded|outside|complement|except|cannot|can't)\b|n't\b"
)
# A reason before the statement: "Since x ≥ 2, ...", "Because e^x > 0 for every real number, ...".
_REASON_RE = compile_lazily(r"\A(?:since|because|as) [^,]*, ")
# Where one clause of the final sentence ends and a restatement or a second claim begins.
_CLAUSE_BREAK_RE = compile_lazily(
    r" ?; | ?: |,? (?:so|thus|hence|therefore|i\.e\.|namely),? |, that is,? |\. "
)
# A final line that labels its answer: "Domain: x != 3", "**Final Answer:** all x > 1".
_LABELLED_LINE_RE = compile_lazily(
    r"[ \t*#>-]*(?:final answer|answer|domain|range|solutions?|solution set)[ \t*]*:", re.IGNORECASE
)
# A label before a final answer: "**Final Answer:**", "Answer:", "In words:".
_ANSWER_LABEL_RE = compile_lazily(r"\A(?:final answer|answer|in words|in summary)\b ?:? ?")


def _number(said: str) -> Fraction | None:
    """A bound in digits or in words ("-1", "3/2", "negative three", "zero")."""
    negative = said.startswith(("negative ", "minus "))
    word = said.split(" ", 1)[1] if negative else said
    if word[:1].isalpha():
        value = number_word_value(word)
        return None if value is None else Fraction(-value if negative else value)
    try:
        return Fraction(word)
    except (ValueError, ZeroDivisionError):
        return None


def _ray(symbol: str, bound: Fraction) -> tuple[Piece, ...]:
    if symbol == "≠":
        return _without(_REAL_LINE, bound)
    if symbol in (">", "≥"):
        return (Piece(bound, symbol == "≥", None, False),)
    return (Piece(None, False, bound, symbol == "≤"),)


def _comparison(words: str) -> str:
    return next(symbol for symbol, pattern in _COMPARISON_RES if pattern.fullmatch(words) is not None)


def _condition(match: re.Match[str]) -> tuple[Piece, ...] | None:
    """The numbers one condition keeps, or None when it does not say (whether the ends of "between" belong)."""
    if match.group("rel") is not None:
        bound = _number(match.group("bound"))
        return None if bound is None else _ray(_comparison(match.group("rel")), bound)
    if match.group("from") is not None:
        bound = _number(match.group("from"))
        return None if bound is None else (Piece(bound, True, None, False),)
    if match.group("upto") is not None:
        bound = _number(match.group("upto"))
        return None if bound is None else (Piece(None, False, bound, True),)
    if match.group("chain_low") is not None:
        low, high = _number(match.group("chain_low")), _number(match.group("chain_high"))
        if low is None or high is None:
            return None
        return (Piece(low, match.group("chain_rel1") == "≤", high, match.group("chain_rel2") == "≤"),)
    low, high = _number(match.group("low")), _number(match.group("high"))
    if low is None or high is None:
        return None
    said = [
        match.group("kind") == "closed" or match.group("both_in") is not None,
        match.group("kind") == "open"
        or match.group("strictly") is not None
        or match.group("both_out") is not None,
    ]
    if sum(said) > 1:
        return None
    ends: list[bool | None] = [True if said[0] else False if said[1] else None] * 2
    if match.group("low_end") is None and match.group("high_end") is not None and ends[0] is None:
        # ("from 0 to 4 inclusive": both ends, as ", inclusive" says)
        ends = [match.group("high_end") in ("inclusive", "included")] * 2
    for index, group in enumerate(("low_end", "high_end") if match.group("low_end") is not None else ()):
        end = match.group(group)
        if end is not None:
            if ends[index] is not None:
                return None  # ("the open interval from 0 inclusive": two sayings of one end)
            ends[index] = end in ("inclusive", "included")
    if match.group("open_high") is not None or match.group("closed_high") is not None:
        if ends[1] is not None:
            return None
        ends[1] = match.group("closed_high") is not None
        if ends[0] is None and match.group("open_high") is not None:
            ends[0] = True  # ("from 0 up to but not including 1": the start is in, as "from" says)
    if ends[0] is None or ends[1] is None:
        return None  # ("between 1 and 4", "from 2 to 6": whether the ends belong is not said)
    return (Piece(low, ends[0], high, ends[1]),)


_SIGNS = {
    "positive": Piece(Fraction(0), False, None, False),
    "negative": Piece(None, False, Fraction(0), False),
    "nonnegative": Piece(Fraction(0), True, None, False),
    "non-negative": Piece(Fraction(0), True, None, False),
    "nonpositive": Piece(None, False, Fraction(0), True),
    "non-positive": Piece(None, False, Fraction(0), True),
}


def _read_from(plain: str, start: int) -> tuple[NumberSet, str | None] | None:
    """The set the words of ``plain`` from ``start`` to its end state, with the name they are of; None when they are
    no such statement."""
    head = _HEAD_RE.match(plain, start)
    if head is None:
        return None
    adjectives = (head.group("adjectives") or "").split()
    kind = head.group("kind") or ""
    name = head.group("subject") or head.group("name") or head.group("kind_name")
    named = head.group("name") or head.group("kind_name")
    if head.group("subject") and named and named != head.group("subject"):
        return None  # ("x is all real n": two names)
    position = head.end()
    pieces = _REAL_LINE
    joiners: set[str] = set()
    conditions: list[tuple[Piece, ...]] = []
    if position == start:
        condition = _CONDITION_RE.match(plain, position)
        if condition is None or not (condition.group("kind") or _SET_NAMED_BEFORE.search(plain, 0, start)):
            # (a bare "at most 2" says a set only where the sentence named one: "the range is at most 2", "on the
            # closed interval from 0 to 1"; "the distance from x to 4 is at most 2" is no set of x)
            return None
    else:
        position -= plain[position - 1] == " "
        # (", n ≥ 3" after "n in integers": the condition of the number named again)
        lead = _CONDITION_LEAD_RE.match(plain, position)
        condition = None if lead is None else _CONDITION_RE.match(plain, lead.end())
        if condition is not None and lead is not None and lead.group("again") not in (None, name):
            return None
        if condition is None:
            position = head.end()
    while condition is not None:
        kept = _condition(condition)
        if kept is None:
            return None
        chain_name = condition.group("chain_name")
        if chain_name is not None and name is not None and chain_name != name:
            return None
        name = name or chain_name
        conditions.append(kept)
        position = condition.end()
        joiner = _JOINER_RE.match(plain, position)
        if joiner is None:
            break
        condition = _CONDITION_RE.match(plain, joiner.end())
        if condition is None:
            break
        joiners.add("or" if joiner.group("word") == "or" else "and")
    if len(joiners) > 1:
        return None  # ("greater than 1 and less than 3 or above 5": which binds first is not said)
    if conditions:
        if joiners == {"or"}:
            pieces = _normal([piece for kept in conditions for piece in kept])
            if len(pieces) < len(conditions):
                return None  # ("x ≥ 2 or x > 2": two answers offered, not a union of separate rays)
        else:
            for kept in conditions:
                pieces = _intersection(pieces, kept)
    excepted = _EXCEPT_RE.match(plain, position)
    if excepted is not None:
        for sign, point in _EXCEPT_POINT_RE.findall(excepted.group("points")):
            value = _number(point)
            if value is None:
                return None
            for each in (value, -value) if sign else (value,):
                pieces = _without(pieces, each)
        position = excepted.end()
    trailer = _TRAILER_RE.match(plain, position)
    position = trailer.end() if trailer is not None else position
    if plain[position:].strip(" .!") != "":
        return None
    said_anything = bool(conditions or kind or adjectives or head.group("in_set") or excepted)
    if not said_anything:
        return None
    if not conditions and not excepted and not (head.group("quantifier") or head.group("subject")):
        return None  # ("\\text{integer}", "real numbers": a word, no statement of the set)
    if (
        not conditions
        and not excepted
        and not kind
        and not head.group("in_set")
        and adjectives != ["real"]
        and (not set(adjectives) & set(_SIGNS) or head.group("quantifier") is None)
    ):
        return None  # ("all positive": an adjective without what it is of says no set)
    return _with_kind(pieces, adjectives, kind or head.group("in_set") or "", name)


def _with_kind(
    pieces: tuple[Piece, ...], adjectives: list[str], kind: str, name: str | None
) -> tuple[NumberSet, str | None] | None:
    """The set of the kind of number said ("positive odd integers", "real numbers", "primes") in ``pieces``."""
    for adjective in adjectives:
        if adjective in _SIGNS:
            pieces = _intersection(pieces, (_SIGNS[adjective],))
    if "prime" in adjectives or kind.startswith("prime"):
        domain = "prime"
    elif kind.startswith(("integer", "whole", "natural", "counting")) or {"natural", "whole"} & set(
        adjectives
    ):
        domain = "integer"
        if kind.startswith(("natural", "counting")) or "natural" in adjectives:
            # (whether 0 is natural is a convention: only a bound that settles it is read)
            natural = kind.startswith("natural") or "natural" in adjectives
            if natural and not any(piece.low is not None and piece.low > 0 for piece in pieces):
                return None
            pieces = _intersection(pieces, (Piece(Fraction(1), True, None, False),))
        if kind.startswith("whole") or "whole" in adjectives:
            pieces = _intersection(pieces, (Piece(Fraction(0), True, None, False),))
    elif kind.startswith(("real", "number", "value")) or "real" in adjectives:
        domain = "real"
    elif name is not None or kind == "":
        # ("all n at least 4", "k < 9/4": a name alone says no integers; the gold's "n \\geq 4" is read over the
        # reals then too)
        domain = "real"
    else:
        return None
    residues = frozenset({0})
    modulus = 1
    parities = {"odd", "even"} & set(adjectives)
    if parities:
        if domain == "real" or len(parities) > 1:
            return None
        modulus, residues = 2, frozenset({1 if "odd" in parities else 0})
    return NumberSet(domain, pieces, modulus, residues), name


def _nothing_or_set(clause: str) -> tuple[NumberSet, str | None] | None:
    """The set one clause states: none ("has no real solution") or one in words; None when it states none or its
    words before the statement deny or doubt it."""
    nothing = _NOTHING_RE.search(clause)
    if nothing is not None:
        before, after = clause[: nothing.start()], clause[nothing.end() :]
        if _NEGATION_RE.search(before.replace(nothing.group(0), "")) or after.strip(" .!"):
            return None
        if _MORE_THAN_NOTHING_RE.search(before) is not None:
            return None
        return NumberSet("real", ()), None
    for start in [0, *(found.end() for found in re.finditer(" ", clause))]:
        read = _read_from(clause, start)
        if read is not None:
            if _NEGATION_RE.search(clause[:start]) is not None:
                return None  # ("x is not at least 2")
            if read[0].domain == "real" and _DOMAIN_BEFORE_RE.search(clause[:start]) is not None:
                return None  # ("for integers, x ≥ 3": what kind of number, which the words read leave out)
            return read
    return None


def _sentence_sets(sentence: str) -> list[tuple[NumberSet, str | None]] | None:
    """The sets the clauses of a final sentence state (None when any doubts)."""
    plain = _plain(sentence).strip(" .!")
    if _HEDGE_RE.search(plain) is not None:
        return None
    plain = _ANSWER_LABEL_RE.sub("", plain)
    plain = _REASON_RE.sub("", plain)
    said = []
    others = []
    for clause in _CLAUSE_BREAK_RE.split(plain):
        clause = clause.strip(" ,")
        read = None if _ANOTHER_QUANTITY_RE.search(clause) else _nothing_or_set(clause)
        if read is not None:
            said.append(read)
        else:
            others.append(clause)
    if said and any(_ANOTHER_CLAIM_RE.search(clause) is not None for clause in others):
        return None  # ("all x at least 2; the answer is 3": two claims)
    return said


def set_stated_in_words(sentence: str) -> NumberSet | None:
    """The one set a final sentence (or a box's words) states, or None (a doubt, no set, two different sets).

    >>> set_stated_in_words("So the answer is every integer $n$ that is at least 3.").written()
    '[3,\\\\infty)\\\\cap\\\\mathbb{Z}'
    >>> set_stated_in_words("The solutions are all $x$ between 1 and 4.") is None
    True
    """
    said = set_and_name_stated(sentence)
    return None if said is None else said[0]


def set_and_name_stated(sentence: str) -> tuple[NumberSet, str | None] | None:
    """What :func:`set_stated_in_words` reads, with the name of the number it is said of (or None)."""
    said = _sentence_sets(sentence)
    if not said:
        return None
    first = said[0]
    for other in said[1:]:
        if other[0].same_as(first[0]) is not True or (other[1] and first[1] and other[1] != first[1]):
            return None
    return first


# --- the gold ------------------------------------------------------------------------------------------------------

_END = r"-?\d+(?:\.\d+)?(?:/\d+)?|-?infinity"
_INTERVAL = rf"[\[(] ?(?:{_END}) ?, ?(?:{_END}) ?[\])]"
_INTERVALS_RE = compile_lazily(rf"{_INTERVAL}(?: ?∪ ?{_INTERVAL})*")
_INTERVAL_RE = compile_lazily(rf"([\[(]) ?({_END}) ?, ?({_END}) ?([\])])")
_LISTED_RE = compile_lazily(r"(?:-?\d+, ?)*-?\d+(?:, ?…)?")
# The positive integers: "\\mathbb{Z}^+", "\\mathbb{Z}_{+}", "\\mathbb{Z}_{>0}".
_POSITIVE_INTEGERS_RE = compile_lazily(r"integers ?[\^_] ?\{? ?(?:\+|> ?0) ?\}?")
_INTEGER_LETTERS = "nmk"
# A gold that may be a point as well as an interval, and the words of a text about a point.
_POINT_LIKE_GOLD_RE = compile_lazily(r"\(\s*-?[\d.]+\s*,\s*-?[\d.]+\s*\)")
_POINT_WORDS_RE = compile_lazily(
    r"\b(?:points?|coordinates?|ordered|vertex|vertices|cent(?:er|re)|intersect\w*|midpoint)\b", re.IGNORECASE
)
_POINT_REACH = 1_500
_WORD_RE = compile_lazily(r"[a-z]{3,}")
_IN_INTEGERS_RE = compile_lazily(r"[a-z] in integers")


def _gold_intervals(plain: str) -> NumberSet | None:
    if _INTERVALS_RE.fullmatch(plain) is None:
        return None
    pieces = []
    for left, low, high, right in _INTERVAL_RE.findall(plain):
        ends = [None if "infinity" in end else Fraction(end) for end in (low, high)]
        if (ends[0] is None and not low.startswith("-")) or (ends[1] is None and high.startswith("-")):
            return None
        pieces.append(
            Piece(ends[0], left == "[" and ends[0] is not None, ends[1], right == "]" and ends[1] is not None)
        )
    return NumberSet("real", _normal(pieces))


def _gold_listed(plain: str) -> NumberSet | None:
    """A gold that lists integers in braces (its braces gone): all of them (``\\{0, 1, 2\\}``) or a progression
    going on (``\\{1, 3, 5, \\ldots\\}``)."""
    listed = _LISTED_RE.fullmatch(plain)
    if listed is None:
        return None
    numbers = [int(number) for number in re.findall(r"-?\d+", plain)]
    if "…" not in plain:
        return NumberSet("integer", _normal([Piece(Fraction(n), True, Fraction(n), True) for n in numbers]))
    steps = {later - earlier for earlier, later in itertools.pairwise(numbers)}
    if len(numbers) < 3 or len(steps) != 1 or (step := steps.pop()) <= 0:
        return None
    return NumberSet(
        "integer", (Piece(Fraction(numbers[0]), True, None, False),), step, frozenset({numbers[0] % step})
    )


@lru_cache(maxsize=4096)
def gold_set(gold: str, words_domain: str | None = None) -> NumberSet | None:
    """The set a gold writes: intervals and their unions, "\\mathbb{R}", "\\emptyset", "\\mathbb{Z}", a relation
    ("n \\geq 4", "-1 \\leq x \\leq 4", "x \\neq 0"), a list of integers, or a set in words ("\\text{all positive
    integers}"); None for any other gold. A relation's letter says what it ranges over: n, m, k the integers (p and q
    the primes, where ``words_domain`` says so), any other the reals.

    >>> gold_set("\\\\{1, 3, 5, 7, \\\\dots\\\\}").same_as(set_stated_in_words("These are all positive odd integers."))
    True
    """
    plain = _plain(gold).strip(" .")
    if plain in (
        "\\emptyset",
        "\\varnothing",
        "∅",
        "{ }",
        "no solution",
        "no solutions",
        "no real solutions",
        "none",
        "",  # ("\\{ \\}")
    ):
        return NumberSet("real", ())
    if plain == "reals" or plain == "all real numbers":
        return NumberSet("real", _REAL_LINE)
    if plain == "integers" or _IN_INTEGERS_RE.fullmatch(plain) is not None:
        return NumberSet("integer", _REAL_LINE)
    if _POSITIVE_INTEGERS_RE.fullmatch(plain) is not None:
        return NumberSet("integer", (Piece(Fraction(1), True, None, False),))
    intervals = _gold_intervals(plain)
    if intervals is not None:
        return intervals
    if gold.lstrip().startswith("\\{"):
        return _gold_listed(plain)
    relation = _GOLD_RELATION_RE.fullmatch(plain)
    if relation is not None:
        letter = relation.group("name") or relation.group("chain_name")
        read = _read_from(plain, 0)
        if read is None:
            return None
        pieces = read[0].pieces
        if letter in _INTEGER_LETTERS and words_domain in ("integer", "prime"):
            return NumberSet("integer", pieces)
        if letter in "pq" and words_domain == "prime":
            return NumberSet("prime", pieces)
        return NumberSet("real", pieces)
    if re.search(r"\b(?:all|every|any)\b", plain) is not None and re.search(r"\d", plain) is None:
        read = _read_from(plain, 0)
        return None if read is None else read[0]
    return None


# A gold relation of one letter: "n ≥ 4", "x ≠ 0", "-1 ≤ x ≤ 4".
_GOLD_RELATION_RE = compile_lazily(
    rf"(?P<name>[a-z]) (?:≥|≤|<|>|≠) (?:{_NUMBER})|(?:{_NUMBER}) (?:<|≤) (?P<chain_name>[a-z]) (?:<|≤) (?:{_NUMBER})"
)


def stated_set_answers(completion: str, gold: str, boxed: str | None) -> tuple[bool, str] | None:
    """Whether the set the completion states in words is the gold's, with the set as written; None when the gold
    is no set, or the completion states none. ``boxed``: the box's content where the answer found is a box (then only
    its words are read: a final sentence after a box does not answer in its place); else the final sentence of the
    text after the reasoning is read."""
    if boxed is not None:
        if _WORD_RE.search(_plain(boxed).replace("infinity", "")) is None:
            return None  # (a box of symbols, "k < \\frac{9}{4}", is the rest of the cascade's to compare)
        said = set_and_name_stated(boxed)
    else:
        close = reasoning_end(completion)
        reply = completion if close == -1 else completion[close:]
        sentence = final_sentence(reply.rstrip(" \t\n*"))
        if not reply.rstrip(" \t\n*$").endswith((".", "!")) and _LABELLED_LINE_RE.match(sentence) is None:
            # (an unfinished sentence, "So x is at least 3" cut from "... 30.", states nothing; a labelled answer
            # line, "Domain: x != 3", is whole without a stop)
            return None
        if "\\boxed" in reply[: len(reply.rstrip(" \t\n*")) - len(sentence)]:
            return None  # (a box before the sentence answers, not the words after it)
        said = set_and_name_stated(sentence)
    if said is None:
        return None
    stated, name = said
    expected = gold_set(gold, stated.domain)
    if expected is None:
        return None
    if _POINT_LIKE_GOLD_RE.fullmatch(gold.strip()) and _POINT_WORDS_RE.search(completion[-_POINT_REACH:]):
        return None  # ("(2, 3)" may be a point, which "x between 2 and 3, exclusive" is not)
    relation = _GOLD_RELATION_RE.fullmatch(_plain(gold).strip(" ."))
    if (
        relation is not None
        and name is not None
        and name != (relation.group("name") or relation.group("chain_name"))
    ):
        return None  # ("all x at least 4" for "n \\geq 4": another number)
    same = stated.same_as(expected)
    return None if same is None else (same, stated.written())
