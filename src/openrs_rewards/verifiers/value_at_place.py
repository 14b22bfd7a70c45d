"""An extremum with the place where it is taken, as a gold states it: ``\\text{max } 4 \\text{ at } x = 1``,
``2 \\text{ at } x = 1``, ``12 \\text{ at } (4, 0)``, ``\\text{local max at } x=-1, \\text{ local min at } x=1``.

Such a gold answers two questions at once, the value and where it is taken, and a careful grader asks both of the
completion: "The maximum value is $4$, attained at $x = 1$." answers it; "$\\boxed{4}$" gives half of it, "The maximum
value is 1, occurring at x = 4." swaps the two, "Max $18$ at $x=3$, min $-2$ at $x=-1$." takes the minimum elsewhere.
Read without this, such a gold was its first number (any answer of 4 was right, the place never looked at) and a
completion its last one (the place, so that the right answer was wrong).

:func:`gold_places` reads a gold's pieces (each an extremum, named or not, its value when the gold gives one, and
its place); :func:`stated_places` reads the ones a completion's final statement gives, in the forms models write
("Maximum value: $\\boxed{4}$, occurring at $x=1$.", "**Max 4 at x = 1**", "Absolute max: $f(3)=18$.", "so $f$
attains its greatest value, 4, when $x = 1$.", "The maximum point is $(1, 4)$.", "The maximum occurs at $x = 4$ and
its value is $1$."). Values and places are compared by the cascade, with its own equality: this module reads text.

Example:
    >>> gold_places("\\\\text{max } 4 \\\\text{ at } x = 1")
    (Place(kind='max', value='4', variable='x', at='1'),)
    >>> stated_places("So $f$ attains its greatest value, 4, when $x = 1$.")
    [Place(kind='max', value='4', variable='x', at='1')]
    >>> stated_places("The maximum value is 1, occurring at x = 4.")
    [Place(kind='max', value='1', variable='x', at='4')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from openrs_rewards.verifiers.normalize import unwrap_text_commands
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.text import reasoning_end

__all__ = ["Place", "gold_places", "stated_places"]


@dataclass(frozen=True)
class Place:
    """One extremum and where it is taken: ``kind`` "max", "min" or None (not named), ``value`` as written (None
    where only the place is given), ``variable`` the name the place gives a value to (None for a point), ``at`` the
    place's value ("1", or a point "(4, 0)")."""

    kind: str | None
    value: str | None
    variable: str | None
    at: str


# Commands whose content is what a reader reads: "\\boxed{4 \\text{ at } x = 1}" says "4 at x = 1".
# Commands read as the text they wrap, besides the text commands normalize unwraps.
_READ_AS_TEXT = ("\\boxed", "\\operatorname")
_MARKUP = compile_lazily(r"\$|\\[()\[\]]|\*\*|\\[,;:! ]|\\left|\\right|\\quad|\\qquad")
_EXTREMUM = compile_lazily(
    r"\b(?:(?:absolute|abs\.?|global|local|relative)[ \t]+)?(?:(max|min)(?:imum|imal)?(?:[ \t]+(?:value|point))?"
    r"|(greatest|largest|highest|least|smallest|lowest)[ \t]+(?:possible[ \t]+)?value"
    r"|(maximi[sz]ed|minimi[sz]ed))\b",
    re.IGNORECASE,
)
_MAXIMUM_WORDS = ("max", "greatest", "largest", "highest", "maximized", "maximised")
# Where a value is taken: "at x = 1", "attained when x = 1", "(at $x=3$)", "bei x = 1"; or at a point, "at (4, 0)".
_VALUE_TERM = r"-?(?:\\[A-Za-z]+|[\w.√π])(?:\\[A-Za-z]+|[\w.^{}/+\-*\\√π])*"
_PLACE = compile_lazily(
    r"\b(?:at|when|where|for|bei):?[ \t]+(?:the[ \t]+(?:[A-Za-z-]+[ \t]+){1,2})?"
    # (several variables equal at once: "at a = b = c = 3", the place their common value)
    r"(?:(?P<variable>[A-Za-z])(?:[ \t]*=[ \t]*[A-Za-z](?![\w(]))*[ \t]*=[ \t]*(?P<at>" + _VALUE_TERM + r")"
    # (a point by its coordinates: "when x = 4 and y = 0")
    r"(?:[ \t]*,?[ \t]*and[ \t]+[A-Za-z][ \t]*=[ \t]*(?P<second>" + _VALUE_TERM + r"))?"
    r"|(?P<point>\([^()]{1,40},[^()]{1,40}\)))"
)
# A value given as the function's value at the place: "f(3) = 18", "g_{\\min} = g(2) = 4".
_FUNCTION_VALUE = compile_lazily(
    r"\b[A-Za-z]\((?P<at>[^()=]{1,20})\)[ \t]*=[ \t]*(?P<value>" + _VALUE_TERM + r")"
)
# A point named as the extremum's: "The maximum point is (1, 4)", "vertex (1, 4)".
_POINT_VALUE = compile_lazily(r"\((?P<at>[^(),]{1,20}),[ \t]*(?P<value>[^(),]{1,20})\)")
# The value a statement gives, after its extremum's word: "is 4", ": 4", "= 4", "of f is 4", ", 4,", "P = 12".
_STATED_VALUE = compile_lazily(
    r"(?:[ \t]+(?:of[ \t]+(?:[A-Za-z](?:\([a-z]\))?|the[ \t]+function)))?"
    r"(?:\}?[ \t]*(?:(?:is|ist|est|es|was|equals|of)\b|:|=|,)?[ \t]*(?:(?:approximately|about|exactly)\b)?[ \t]*)"
    r"(?:[A-Za-z](?:_\{?[A-Za-z]+\}?)?[ \t]*=[ \t]*)?(?P<value>" + _VALUE_TERM + r")"
)
# ... and the exact value a statement gives beside a rounded one: "approximately 0.368 (exactly $1/e$)".
_EXACT_VALUE = compile_lazily(r"\bexactly[ \t]+(?P<value>" + _VALUE_TERM + r")")
# ... and a value said to be it, past a formula naming what is extremal: "The maximum of $P = 3x + 2y$ is 12".
_SAID_VALUE = compile_lazily(
    r"\b(?:is|equals|ist|est|with[ \t]+(?:the[ \t]+)?value)\b[ \t]*(?:(?:approximately|about|exactly)\b[ \t]*)?"
    # (a name given the value first: "The maximum is $z = 12$")
    r"(?:[A-Za-z](?:_\{?\w+\}?)?[ \t]*=[ \t]*)?(?P<value>(?![A-Za-z]{2})" + _VALUE_TERM + r")"
)
_ITS_VALUE = compile_lazily(r"\b(?:its|the)[ \t]+value[ \t]+(?:is|of)[ \t]*(?P<value>" + _VALUE_TERM + r")")
_STATEMENT_REACH = 800  # characters at the end of the answer where the statements are read
# A word is no value ("occurring", "ist"), a letter may be one ("e").
_WORD = compile_lazily(r"[A-Za-z]{2,}")
# What the value of a gold's piece is not: words alone, or a value followed by a remark opening in brackets.
_NOT_A_GOLD_VALUE = compile_lazily(r"\A[A-Za-z][A-Za-z ]+\Z|\([^)]*\Z")
# A gold's piece: "[max] [4] at x = 1" (its label in a text command or not).
_GOLD_PIECE = compile_lazily(
    r"[ \t]*(?:(?P<kind>(?:(?:absolute|abs\.?|global|local|relative)[ \t]+)?(?:max|min)(?:imum)?(?:[ \t]+value)?)"
    r"[ \t]*)?(?P<value>[^,;]*?)[ \t]*\bat[ \t]+(?:(?P<variable>[A-Za-z])[ \t]*=[ \t]*(?P<at>[^,;]+?)"
    r"|(?P<point>\([^()]+\)))[ \t]*",
    re.IGNORECASE,
)


# A value with the place where it is taken, written as a sentence: "The minimum value is 27, attained at ...", "the
# maximum is 4, which is reached at ...", "3, attained when a=b=c=1" (group 1 the extremum, group 2 the value).
_GOLD_SENTENCE = compile_lazily(
    r"\A[ \t]*(?:(?:the[ \t]+)?((?:(?:absolute|global|local)[ \t]+)?(?:max|min)(?:imum)?)(?:[ \t]+value)?[ \t]+"
    r"(?:is|=)[ \t]+)?([^,;]+?)[ \t]*[,;]?[ \t]*(?:(?:which[ \t]+is[ \t]+)?(?:attained|achieved|reached|taken|obtained)"
    r"|occurring|occurs)[ \t]+(?:at|when|for)[ \t]+",
    re.IGNORECASE,
)
_EQUAL_VARIABLES = compile_lazily(r"\A(?:[A-Za-z](?![\w(])[ \t]*=[ \t]*)+")


def _plain(text: str) -> str:
    """``text`` as a reader reads it: boxes and text commands unwrapped, math delimiters and bold marks dropped."""
    text = unwrap_text_commands(text, _READ_AS_TEXT)  # (nested too: "\\boxed{\\text{max } 4}")
    return re.sub(r"[ \t]+", " ", _MARKUP.sub(" ", text.replace("\u2212", "-")))


def _kind(match: re.Match[str]) -> str:
    word = next(group for group in match.groups() if group).lower()
    return "max" if word.startswith(_MAXIMUM_WORDS) else "min"


@functools.lru_cache(maxsize=4096)
def gold_places(gold: str) -> tuple[Place, ...] | None:
    """The pieces of a gold that states values with the places where they are taken (see the module docstring);
    None for any other gold. Every piece needs its place; a piece without a value needs its extremum named. (Cached:
    the samples of one problem share their gold, and "at" stands in other golds too: "\\begin{pmatrix}".)"""
    if "at" not in gold:
        return None
    pieces = []
    # ("The minimum value is 27, attained at a=b=c=3": a gold in a sentence, read as "minimum 27 at a=b=c=3")
    plain = _GOLD_SENTENCE.sub(r"\1 \2 at ", _plain(gold))
    for part in re.split(r"[,;](?![^()]*\))", plain):
        match = _GOLD_PIECE.fullmatch(part)
        if match is None:
            return None
        kind = match.group("kind")
        value = match.group("value").strip() or None
        if (value is None and kind is None) or (
            value is not None and _NOT_A_GOLD_VALUE.search(value) is not None
        ):
            # ("\\text{vertex at } (1, 4)": a place alone, named by no extremum; "12 \\text{ (attained at } t = 3)":
            # a remark in brackets on the value, which is the answer alone)
            return None
        at = (match.group("at") or match.group("point")).strip().rstrip(".")
        at = _EQUAL_VARIABLES.sub("", at)  # ("a=b=c=3": the place where all three are 3)
        named = None if kind is None else "max" if "max" in kind.lower() else "min"
        pieces.append(Place(named, value, match.group("variable"), at))
    return tuple(pieces) or None


def stated_places(completion: str) -> list[Place]:
    """The extrema the end of ``completion`` states with their places, in the order written (the answer after the
    reasoning when there is one, else the text's end)."""
    end = reasoning_end(completion)
    answer = completion[end:] if end != -1 and completion[end:].strip() else completion
    text = _plain(answer[-_STATEMENT_REACH:])
    words = list(_EXTREMUM.finditer(text))
    places = []
    for number, word in enumerate(words):
        # (a statement runs to the next extremum's word, or to the end of its paragraph)
        stop = words[number + 1].start() if number + 1 < len(words) else len(text)
        paragraph = text.find("\n\n", word.end(), stop)
        statement = text[word.end() : stop if paragraph == -1 else paragraph]
        place = _place_of(statement, named_point=word.group().lower().endswith("point"))
        if place is not None:
            places.append(Place(_kind(word), *place))
    return places


def _place_of(statement: str, *, named_point: bool) -> tuple[str | None, str | None, str] | None:
    """(value, variable, place) that the words after an extremum's name state, or None when they state no place.
    ``named_point``: the name was the extremum's point ("the maximum point is (1, 4)"), its coordinates the place and
    the value."""
    where = _PLACE.search(statement)
    if where is None:
        function_value = _FUNCTION_VALUE.search(statement)
        if function_value is not None:  # ("Absolute max: f(3) = 18.")
            return function_value.group("value").rstrip(".,"), None, function_value.group("at").strip()
        point = _POINT_VALUE.search(statement) if named_point else None
        if point is None:
            return None
        return point.group("value").strip(), None, point.group("at").strip()
    if where.group("point") is not None:
        variable, at = None, where.group("point")
    elif where.group("second") is not None:
        variable, at = None, f"({where.group('at')}, {where.group('second').rstrip('.')})"
    else:
        variable, at = where.group("variable"), where.group("at").rstrip(".")
    rest = statement[: where.start()] + " " + statement[where.end() :]
    value = _value_in(rest)
    return value, variable, at


def _value_in(rest: str) -> str | None:
    """The value a statement gives once its place is taken out: after the extremum's word, or "its value is 1"."""
    stated = (
        _FUNCTION_VALUE.search(rest)
        or _EXACT_VALUE.search(rest)
        or _ITS_VALUE.search(rest)
        or _SAID_VALUE.search(rest)
        or _STATED_VALUE.match(rest)
    )
    if stated is None:
        return None
    value = stated.group("value").rstrip(".,")
    return None if not value or _WORD.fullmatch(value) is not None else value
