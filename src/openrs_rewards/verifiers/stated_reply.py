"""The yes or no a completion states without saying "yes" or "no".

"Does the series $\\sum 1/n^2$ converge?" (gold "Yes") is often answered "By the p-series test, the series converges.",
and "Is 221 prime?" (gold "No") "Therefore 221 = 13 · 17 is composite." Neither says "yes" or "no", and neither holds a
value to compare; a careful grader reads the question's property (converges, prime) in the answer's last sentence,
said or denied, or its opposite (diverges, composite) said or denied, and grades the reply that makes.

:func:`stated_reply` does that for a yes-or-no question whose asking sentence names one property of
``_PROPERTIES`` (a property and its opposite, each in the forms a sentence says it). The answer is its last sentence
(or an answer that is only the word: "\\boxed{\\text{Converges}}"); every word of the property it says must agree,
a denial ("not", "cannot", "no such ... exists") turns one over, and a sentence that hedges, supposes or turns back
("if", "but", "probably", "only", a question) states no reply.

Example:
    >>> stated_reply("By the p-series test, the series converges.", "Does $\\\\sum 1/n^2$ converge?")
    'Yes'
    >>> stated_reply("Therefore 221 = 13 · 17 is composite.", "Is 221 prime?")
    'No'
    >>> stated_reply("Hence no such integer exists.", "Does an integer $n$ with $n^2 = 2$ exist?")
    'No'
    >>> stated_reply("It converges if p > 1.", "Does the series converge?") is None
    True
"""

from __future__ import annotations

import re

from openrs_rewards.verifiers.asked_unit import asking_part
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.text import final_sentence, reasoning_end

__all__ = ["STATED_REPLY", "stated_reply"]

STATED_REPLY = (
    "the problem asks yes or no; graded by the reply its last sentence states of the property asked"
)

# Each property a yes-or-no question asks about, with its opposite: the words that say each (a word said of a thing:
# "the series converges", "221 is composite", "the matrix is singular").
_PROPERTIES = (
    (
        ("converge", "converges", "convergent", "converging"),
        ("diverge", "diverges", "divergent", "diverging"),
    ),
    (("rational",), ("irrational",)),
    (("prime",), ("composite",)),
    (("countable",), ("uncountable",)),
    (("possible",), ("impossible",)),
    (("exist", "exists"), ()),
    (("invertible", "nonsingular", "non-singular"), ("singular", "non-invertible", "noninvertible")),
    (("linearly independent", "independent"), ("linearly dependent", "dependent")),
    (("planar",), ("non-planar", "nonplanar")),
    (("differentiable",), ("non-differentiable", "nondifferentiable")),
    (("continuous",), ("discontinuous",)),
    (("bounded",), ("unbounded",)),
    (("injective", "one-to-one"), ()),
    (("surjective",), ()),
    (("bijective",), ()),
    (("divisible",), ()),
    (("a perfect square",), ()),
    (("periodic",), ("aperiodic", "non-periodic")),
    (("connected",), ("disconnected",)),
    (("consistent",), ("inconsistent",)),
    (("isomorphic",), ("non-isomorphic",)),
)
# The asking sentence of a yes-or-no question: it opens with an auxiliary verb.
_YES_OR_NO_QUESTION = compile_lazily(
    r"(?:^|(?<=[.!?:\n])[ \t*]*)(?:Is|Are|Does|Do|Can|Could|Will|Must|Has|Have|Was|Were|Should)\b[^?\n]*\?"
)
_ALTERNATIVES = compile_lazily(r"\bor\b", re.IGNORECASE)
# A denial in the clause before a word of the property: "is not prime", "cannot exist", "no such integer exists",
# "fails to converge", "doesn't converge", "neither ... nor".
_DENIAL = compile_lazily(
    r"\b(?:not|never|cannot|no|none|neither|nor|fails?[ \t]+to|failed[ \t]+to)\b|n['\u2019]t\b", re.IGNORECASE
)
# What makes a last sentence state no reply: a hedge, a supposition, a turn, a question.
_NO_REPLY = compile_lazily(
    r"\b(?:if|unless|but|however|although|though|except|only|probably|perhaps|maybe|might|may|possibly|likely"
    r"|depends?|sometimes|whether|suppose|assume|conditionally|absolutely|necessarily|wait"
    # ... or one that speaks of another object, set beside the one asked ("By contrast, $\\int_1^\\infty dx/x$
    # diverges.", "Note that no such example exists among polynomials.")
    r"|contrast|compare[ds]?|comparison|unlike|whereas|similarly|note|recall|example|instance|other[ \t]+hand)\b|\?"
    # ... or one that says it of one case only ("So the statement holds for $n = 1$.")
    r"|\bfor[ \t]+\$?[A-Za-z][ \t]*=[ \t]*-?\d",
    re.IGNORECASE,
)
# A reply said in words anywhere after the reasoning ("So yes, ...", "... Yes."): the last sentence's reply stands
# only where every such word agrees with it.
_REPLY_SAID = compile_lazily(r"\b(?:yes|no)\b(?=[ \t]*[,.!:;)\n]|[ \t]*\Z)", re.IGNORECASE)
_CLAUSE_BREAK = compile_lazily(
    r"[,;:]|\b(?:so|thus|hence|therefore|and|which|because|since)\b", re.IGNORECASE
)


def _words_pattern(words: tuple[str, ...]) -> str:
    return (
        r"(?<![\w-])(?:"
        + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
        + r")(?![\w-])"
    )


def _property_asked(question: str) -> tuple[int, bool] | None:
    """(the index in ``_PROPERTIES``, whether the question names its positive side) of the property the question
    names last (its predicate: "Is the set of rational numbers countable?" asks about countable); None for none."""
    named = []
    for index, (positive, negative) in enumerate(_PROPERTIES):
        for side, words in ((True, positive), (False, negative)):
            found = list(re.finditer(_words_pattern(words), question, re.IGNORECASE)) if words else []
            if found:
                named.append((found[-1].start(), index, side))
    if not named:
        return None
    _, index, side = max(named)
    return index, side


# A task that asks yes or no without a question mark: "Determine whether $n^2+n$ is even for every integer $n$."
_WHETHER_ASKED = compile_lazily(
    r"\b(?:determine|decide|check|find[ \t]+out|prove[ \t]+or[ \t]+disprove)[ \t]+(?:whether|if)\b[^.?!\n]*",
    re.IGNORECASE,
)
# A last sentence that says the claim asked about holds or fails: "So the statement holds for all $n$.", "Therefore
# the inequality is true for every $n$." (group 1: what is said of it).
_STATEMENT_HELD = compile_lazily(
    r"\b(?:statement|claim|inequality|identity|equation|assertion|property|divisibility|result)\b[ \t]+"
    r"(?:(?:always|indeed|therefore|thus)[ \t]+)?"
    r"(holds|is[ \t]+(?:always[ \t]+)?(?:true|valid|correct)|fails|is[ \t]+false|does[ \t]+not[ \t]+hold"
    r"|doesn['\u2019]t[ \t]+hold|is[ \t]+not[ \t]+(?:always[ \t]+)?(?:true|valid))\b",
    re.IGNORECASE,
)


def _statement_held(sentence: str) -> str | None:
    """ "Yes" or "No": what ``sentence`` says of the claim asked about, where the question names no property of
    ``_PROPERTIES`` ("So the statement holds for all $n$."); None otherwise."""
    held = list(_STATEMENT_HELD.finditer(sentence))
    if len(held) != 1:
        return None
    said = held[0].group(1).lower()
    denied = said in ("fails", "is false") or "not" in said or "n't" in said or "\u2019t" in said
    return "No" if denied else "Yes"


def _property_stated(sentence: str, index: int, asked_positive: bool) -> str | None:
    """ "Yes" or "No": what ``sentence`` says of the property ``_PROPERTIES[index]`` (the question names its
    positive side when ``asked_positive``), every word of it said or denied alike; None otherwise."""
    said = []
    for side, words in zip((True, False), _PROPERTIES[index], strict=True):
        if not words:
            continue
        for match in re.finditer(_words_pattern(words), sentence, re.IGNORECASE):
            breaks = [found.end() for found in _CLAUSE_BREAK.finditer(sentence, 0, match.start())]
            clause = sentence[breaks[-1] if breaks else 0 : match.start()]
            # (two denials undo each other: "It is not true that 561 is not prime." says it is prime)
            denied = len(_DENIAL.findall(clause)) % 2 == 1
            said.append(side != denied)
    if not said or len(set(said)) != 1:
        return None
    return "Yes" if said[0] == asked_positive else "No"


def _reply_text(completion: str) -> str:
    """The text after the reasoning, without the markdown emphasis around it."""
    close = reasoning_end(completion)
    return (completion if close == -1 else completion[close:]).strip().strip("*")


def stated_reply(completion: str, problem: str) -> str | None:
    """ "Yes" or "No": what the last sentence of ``completion`` states of the property the yes-or-no question of
    ``problem`` asks about (see the module docstring); None when it states neither or no such question is asked."""
    asked = asking_part(problem)
    question = _YES_OR_NO_QUESTION.search(asked) or _WHETHER_ASKED.search(problem)
    if question is None or _ALTERNATIVES.search(question.group()) is not None:
        return None  # (nor a question between alternatives: "Is it possible or impossible?" asks for a word)
    reply = _reply_text(completion)
    sentence = final_sentence(reply).strip()
    if not sentence or sentence.startswith("(") or _NO_REPLY.search(sentence) is not None:
        return None  # (no sentence, an aside in brackets, or one that hedges or speaks of another object)
    prop = _property_asked(question.group())
    stated = _statement_held(sentence) if prop is None else _property_stated(sentence, *prop)
    if stated is None or any(word.capitalize() != stated for word in _REPLY_SAID.findall(reply)):
        return (
            None  # ("So yes, it is always prime. ... 42, which is composite.": a reply, then another object)
        )
    return stated
