"""The thing a completion names by its place among those its problem sets side by side.

"Which is larger: $2^{100}$ or $3^{60}$?" (gold "2^{100}") is often answered "Since 32 > 27, the first one is larger.",
"Plan A costs ... Plan B costs ... For 100 minutes, which plan is cheaper?" (gold "Plan A") "The first plan is
cheaper.", and a game where "Alice moves first" (gold "Alice") "The first player wins." Neither names the gold, yet a
careful grader reads "the first one" as the thing the problem puts first, and grades that.

:func:`ordinal_named` does that for a last sentence whose subject is one ordinal ("the first one", "the second
option", "the latter") and whose predicate says what the question asks ("is larger" for "Which is larger ...?",
"arrives first" for "Which train arrives first?", "wins" for "Who has a winning strategy?"), with nothing that
negates, hedges or compares it otherwise. The things are, in order: the alternatives the question lists ("$A$ or
$B$"), else the things of the question's noun the problem names ("Plan A", "Plan B" for "which plan"), else, for
"the first player" or "the second player", the two players the problem names and the one it says moves first. A
predicate of the opposite direction ("the first one is smaller" for "Which is larger?") names the other of two.

Example:
    >>> ordinal_named("Since 32 > 27, the first one is larger.", "Which is larger: $2^{100}$ or $3^{60}$?")
    '2^{100}'
    >>> ordinal_named("So the first one is smaller.", "Which is larger: $2^{100}$ or $3^{60}$?")
    '3^{60}'
    >>> ordinal_named("The first one is probably larger.", "Which is larger: $2^{100}$ or $3^{60}$?") is None
    True
"""

from __future__ import annotations

import re

from openrs_rewards.verifiers.asked_unit import asked_sentence
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.text import final_sentence, reasoning_end

__all__ = ["ORDINAL_NAMED", "ordinal_named"]

ORDINAL_NAMED = (
    "the last sentence names what it chooses by its place ('the first one'); graded with the thing the problem "
    "puts there"
)

_PLACES = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3}
_PLACE_WORD = r"(?:first|second|third|fourth|former|latter)"
# The subject of a last sentence named by its place: "the first one", "The second option", "the latter" (the place
# in group 1, the word after it in group 2), opening the sentence or the clause that concludes it.
_ORDINAL_SUBJECT = compile_lazily(
    r"(?:\A|[,;][ \t]*(?:(?:so|thus|hence|therefore)\b,?)?|\b(?:so|thus|hence|therefore)\b,?)[ \t*]*"
    r"the[ \t]+(" + _PLACE_WORD + r")(?:[ \t]+([a-z]+))?\b",
    re.IGNORECASE,
)
# ... and the other it is set against after it: "the first one is larger than the second (one)".
_THAN_THE_OTHER = compile_lazily(
    r"[ \t]+than[ \t]+the[ \t]+(?:other|" + _PLACE_WORD + r")(?:[ \t]+[a-z]+)?[ \t]*\Z", re.IGNORECASE
)
# The nouns that name one of the compared things by its kind alone.
_ANY_THING = frozenset(
    [
        "one",
        "expression",
        "number",
        "quantity",
        "value",
        "option",
        "choice",
        "alternative",
        "event",
        "fraction",
    ]
)
# What makes a sentence say more or less than that the thing named has the property asked: a negation, a condition,
# a hedge, a tie, another thing compared.
_NOT_ONLY_THAT = compile_lazily(
    r"\b(?:not|never|no|nor|neither|either|or|if|unless|when|whether|maybe|perhaps|might|could|probably|possibly"
    r"|likely|seems?|guess|equal|same|both|tie|draw|but|except|only|wait|actually|depends)\b|n't\b|\?",
    re.IGNORECASE,
)
# The words of a predicate that say one thing, whatever word says it ("greater" for "larger", "wins" for "has a
# winning strategy"), and the directions of a comparison.
_SAME_WORD = {
    **dict.fromkeys(
        ["larger", "greater", "bigger", "more", "higher", "largest", "greatest", "biggest"], "LARGE"
    ),
    **dict.fromkeys(["smaller", "less", "lesser", "fewer", "lower", "smallest", "least", "fewest"], "SMALL"),
    **dict.fromkeys(["wins", "win", "winning", "winner"], "WIN"),
}
_OPPOSITE = {"LARGE": "SMALL", "SMALL": "LARGE"}
_EMPTY_WORDS = frozenset(
    ["is", "are", "was", "were", "will", "be", "the", "a", "an", "has", "have", "must", "always", "clearly"]
)
# Alternatives a question lists at its end: "Which is larger: $A$ or $B$?", "Which is bigger, 0.3 or 1/3?".
_ALTERNATIVES_LISTED = compile_lazily(r"[:,][ \t]*([^:?]+?),?[ \t]+or[ \t]+([^,:?]+?)[ \t]*\?\Z")
# A question that asks which thing of a kind: "Which plan is cheaper?" (the noun in group 1).
_WHICH_NOUN = compile_lazily(
    r"\b[Ww]hich[ \t]+(?:of[ \t]+the[ \t]+(?:two[ \t]+)?([a-z]+?)s\b"
    r"|(?!(?:is|are|was|were|has|have|had|will|would|can|could|does|do|did|one|of)\b)([a-z]+)\b)"
)
# The player the problem says moves first ("Alice first", "Alice moves first", "starting with Alice"), and two players.
_MOVES_FIRST = compile_lazily(
    r"\b([A-Z][a-z]+)[ \t]+(?:(?:moves|goes|plays|moving|going|playing)[ \t]+first|first"
    r"|starts[ \t]+(?:the[ \t]+game|first)"
    r"|takes[ \t]+the[ \t]+first[ \t]+(?:turn|move))\b|\b(?:starting|beginning)[ \t]+with[ \t]+([A-Z][a-z]+)\b"
)
_TWO_PLAYERS = compile_lazily(r"\b([A-Z][a-z]+)[ \t]+and[ \t]+([A-Z][a-z]+)\b")


def _words(text: str) -> set[str]:
    """The words of ``text``, each as ``_SAME_WORD`` writes it, but the empty ones."""
    return {_SAME_WORD.get(word, word) for word in re.findall(r"[a-z]+", text.lower())} - _EMPTY_WORDS


def _things_compared(question: str) -> list[str]:
    """The alternatives ``question`` lists ("$2^{100}$ or $3^{60}$"), without their dollars; [] where it lists none
    or one is long prose."""
    listed = _ALTERNATIVES_LISTED.search(question.strip())
    if listed is None:
        return []
    things = [*re.split(r",[ \t]*", listed.group(1)), listed.group(2)]
    things = [thing.strip().strip("$").strip() for thing in things]
    if any(not thing or len(thing.split()) > 4 for thing in things):
        return []
    return things


def _things_of_a_kind(problem: str, noun: str) -> list[str]:
    """The things of the kind ``noun`` ("plan") the problem names by a letter, a number or a name ("Plan A", "Plan
    B"), in the order it first names them."""
    named: list[str] = []
    pattern = rf"\b(?i:{re.escape(noun)})[ \t]+([A-Z]|[IVX]+|\d{{1,2}}|[A-Z][a-z]+)\b"
    for found in re.finditer(pattern, problem):
        thing = f"{noun.capitalize()} {found.group(1)}"
        if thing not in named:
            named.append(thing)
    return named


def _players_in_order(problem: str) -> list[str]:
    """The two players of the problem, the one it says moves first first; [] where it does not say which, or says
    several."""
    movers = {first.group(1) or first.group(2) for first in _MOVES_FIRST.finditer(problem)}
    if len(movers) != 1:
        return []
    mover = movers.pop()
    for pair in _TWO_PLAYERS.finditer(problem):
        if mover in pair.groups() and pair.group(1) != pair.group(2):
            return [mover, pair.group(2) if pair.group(1) == mover else pair.group(1)]
    return []


def _kind_asked(question: str) -> str | None:
    """The noun of a question that asks which thing of a kind ("plan" for "Which plan is cheaper?"), or None."""
    which = _WHICH_NOUN.search(question)
    return None if which is None else which.group(1) or which.group(2)


def _things_in_place(problem: str, question: str, noun: str) -> list[str]:
    """The things the problem sets side by side that ``noun`` ("one", "plan", "player") names, in their order."""
    kind = _kind_asked(question)
    if noun == "player":
        return _players_in_order(problem)
    if noun not in _ANY_THING:
        return _things_of_a_kind(problem, noun) if kind == noun else []
    things = _things_compared(question)
    if not things and kind is not None:
        things = _things_of_a_kind(problem, kind)
    return things


def _written_in_another_order(reply: str, things: list[str]) -> bool:
    """Whether ``reply`` first writes the things in another order than the problem does ("Compare $3^{60}$ and
    $2^{100}$: ... so the first one is larger." counts from its own first)."""
    # (spaces, dollars and braces aside: "3^60" is "$3^{60}$")
    plain = re.sub(r"[\s${}]", "", reply)
    found = [plain.find(re.sub(r"[\s${}]", "", thing)) for thing in things]
    at = [place for place in found if place != -1]
    return at != sorted(at)


def ordinal_named(completion: str, problem: str) -> str | None:
    """The thing the last sentence of ``completion`` names by its place among those ``problem`` sets side by side,
    where it says of it what the question asks (see the module docstring); None otherwise."""
    close = reasoning_end(completion)
    reply = (completion if close == -1 else completion[close:]).replace("**", "").rstrip(" \t\n*")
    if not reply.endswith((".", "!")):
        return None
    sentence = final_sentence(reply).strip()
    subjects = list(_ORDINAL_SUBJECT.finditer(sentence))
    if len(subjects) != 1 or _NOT_ONLY_THAT.search(sentence) is not None:
        return None  # (two things named by their places, or a negation, a hedge, a tie)
    subject = subjects[0]
    question = asked_sentence(problem, else_last_sentence=True)
    noun = (subject.group(2) or "").lower()
    named_by = noun if noun in _ANY_THING or noun == "player" or noun == _kind_asked(question) else "one"
    # (no noun after the place, "the latter is larger": the word after it is the predicate's)
    predicate = sentence[subject.end() if named_by != "one" or noun == "one" else subject.end(1) :]
    # (an aside in brackets says what it names, or why: "The second option (\\$35 vs \\$40) is cheaper.")
    predicate = _THAN_THE_OTHER.sub("", re.sub(r"\([^()]*\)", " ", predicate).rstrip(" .!"))
    said, asked = _words(predicate), _words(question)
    things = _things_in_place(problem, question, named_by)
    place = _PLACES.get(subject.group(1).lower(), len(things) - 1)  # ("the latter": the last of two)
    if not said or place >= len(things) or (subject.group(1).lower() == "latter" and len(things) != 2):
        return None
    if _written_in_another_order(reply, things):
        return None
    if said <= asked:
        return things[place]
    turned = {_OPPOSITE.get(word, word) for word in said}
    if turned != said and turned <= asked and len(things) == 2:
        return things[1 - place]  # ("the first one is smaller" for "Which is larger?": the other of two)
    return None  # (the predicate says something the question does not ask)
