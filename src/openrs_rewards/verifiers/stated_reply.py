"""The yes or no a completion states without saying "yes" or "no".

"Does the series $\\sum 1/n^2$ converge?" (gold "Yes") is often answered "By the p-series test, the series converges.",
and "Is 221 prime?" (gold "No") "Therefore 221 = 13 · 17 is composite." Neither says "yes" or "no", and neither holds a
value to compare; a careful grader reads the question's property (converges, prime) in the answer's last sentence,
said or denied, or its opposite (diverges, composite) said or denied, and grades the reply that makes.

:func:`stated_reply` does that for a yes-or-no question whose asking sentence names one property of
``_PROPERTIES`` (a property and its opposite, each in the forms a sentence says it). The answer is its last sentence
(or an answer that is only the word: "\\boxed{\\text{Converges}}"); every word of the property it says must agree,
a denial ("not", "cannot", "no such ... exists") turns one over, and a sentence that hedges, supposes or turns back
("if", "but", "probably", "only", a question) states no reply. A question whether something exists ("Is there a
largest prime?") asks about existence, whatever property its thing is named by ("no largest one exists", "no
perfect square ends in 2"); a question asked with "can" that names no property of the list is answered by its verb,
said or denied ("So 11 cannot be written that way."); a claim asked true or false ("True or false: ...") is answered as
the question whether it holds ("It's true.", "the statement is false"). The last sentence is read before an aside
in brackets after it, and before its colon, its semicolon or brackets at its end where what follows is an example
("Such an integer exists: for example $n = 3$.", "so such an $n$ exists (for example $n = 3$).").

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
    (("equal",), ("unequal",)),
    (("perpendicular",), ()),
    (("parallel",), ()),
    (("diagonalizable",), ("non-diagonalizable",)),
    (("odd",), ("even",)),
    (("an integer",), ("a non-integer",)),
    (("infinitely many",), ("finitely many",)),
    (("connected",), ("disconnected",)),
    (("consistent",), ("inconsistent",)),
    (("isomorphic",), ("non-isomorphic",)),
)
_EXISTENCE = next(index for index, (positive, _) in enumerate(_PROPERTIES) if "exists" in positive)
_INFINITELY_MANY = next(
    index for index, (positive, _) in enumerate(_PROPERTIES) if "infinitely many" in positive
)
# The asking sentence of a yes-or-no question: it opens with an auxiliary verb (after the condition it is asked
# under: "If $n$ is even, can $n^2 + 1$ be a multiple of 4?").
_YES_OR_NO_QUESTION = compile_lazily(
    r"(?:^|(?<=[.!?:\n]))[ \t*]*(?:(?:If|When|Given)\b[^,?\n]{1,120},[ \t]*)?"
    r"(?:Is|Are|Does|Do|Can|Could|Will|Must|Has|Have|Was|Were|Should"
    r"|(?<=,[ \t])(?:is|are|does|do|can|could|will|must|has|have|was|were|should))\b[^?\n]*\?"
)
# A claim asked true or false: "True or false: every prime greater than 2 is odd.", "Determine whether the following
# statement is true or false: ..." (the claim in group 1; an "or" in it is the claim's own).
_TRUE_OR_FALSE_ASKED = compile_lazily(
    r"\btrue[ \t]+or[ \t]+false\b[ \t]*[:?.,\u2014-]?[ \t]*([^\n]{3,400})", re.IGNORECASE
)
# A question whether something exists ("Is there a largest prime?", "Does there exist a perfect square whose last
# digit is 2?"), and the words of the thing after it (group 1), up to what it is asked to satisfy.
_EXISTENCE_ASKED = compile_lazily(
    r"\b(?:is|are)[ \t]+there|\b(?:does|do)[ \t]+there[ \t]+exist|\bcan[ \t]+there[ \t]+be", re.IGNORECASE
)
_THING_ASKED = compile_lazily(
    r"[ \t]+(?:an?|any|some)[ \t]+((?:(?!(?:whose|that|which|such|with|where|for|in|of|satisfying|so)\b)[A-Za-z-]+"
    r"[ \t]*){1,4})",
    re.IGNORECASE,
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
    r"|depends?|sometimes|whether|suppose|assume|conditionally|absolutely|necessarily|wait|checking|unsure|unclear"
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


def _existence_asked(question: str) -> int | None:
    """The index in ``_PROPERTIES`` of what ``question`` asks where it asks whether something exists: existence ("Is
    there a largest prime?"), or infinitely many ("Are there infinitely many primes $p$ with $p + 2$ prime?", the
    words after it the thing's condition); None for another question."""
    if _EXISTENCE_ASKED.search(question) is None:
        return None
    if re.search(r"\bthere[ \t]+(?:infinitely|exist[ \t]+infinitely)[ \t]+many\b", question, re.IGNORECASE):
        return _INFINITELY_MANY
    return _EXISTENCE


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
    r"|doesn['\u2019]t[ \t]+hold|is[ \t]+not[ \t]+(?:always[ \t]+)?(?:true|valid))\b"
    # ... or a closing sentence that says it of the claim by a pronoun alone: "It's true.", "So this is false."
    r"|\A[ \t*]*(?:(?:so|thus|hence|therefore),?[ \t]+)?(?:it|this|that)(?:['\u2019]s|[ \t]+is)[ \t]+"
    r"(true|false|not[ \t]+true)[ \t]*[.!]?[ \t*]*\Z",
    re.IGNORECASE,
)


def _statement_held(sentence: str) -> str | None:
    """ "Yes" or "No": what ``sentence`` says of the claim asked about, where the question names no property of
    ``_PROPERTIES`` ("So the statement holds for all $n$."); None otherwise."""
    held = list(_STATEMENT_HELD.finditer(sentence))
    if len(held) != 1:
        return None
    said = (held[0].group(1) or held[0].group(2)).lower()
    denied = said in ("fails", "is false") or "not" in said or "n't" in said or "\u2019t" in said
    return "No" if denied else "Yes"


def _thing_denied(sentence: str, question: str) -> bool:
    """Whether ``sentence`` says that none of the thing an existence ``question`` asks for is ("..., so no perfect
    square ends in 2." for "Does there exist a perfect square whose last digit is 2?")."""
    asked = _EXISTENCE_ASKED.search(question)
    thing = None if asked is None else _THING_ASKED.match(question, asked.end())
    if thing is None:
        return False
    noun = thing.group(1).split()[-1].lower().removesuffix("s")
    denied = rf"\bno[ \t]+(?:[A-Za-z-]+[ \t]+){{0,3}}?{re.escape(noun)}s?\b"
    return re.search(denied, sentence, re.IGNORECASE) is not None


def _property_stated(
    sentence: str, words_of_each: tuple[tuple[str, ...], tuple[str, ...]], asked_positive: bool
) -> str | None:
    """ "Yes" or "No": what ``sentence`` says of the property whose words are ``words_of_each`` (its positive side,
    its opposite; the question names the positive side when ``asked_positive``), every word of it said or denied
    alike; None otherwise."""
    said = []
    for side, words in zip((True, False), words_of_each, strict=True):
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


# A last sentence's aside in brackets after it ("(It is true when $a$ is prime.)"), and the words that make it turn
# back instead.
_ASIDE = compile_lazily(r"\([^()]*\)[ \t*]*\Z")
_TURNED_BACK = compile_lazily(
    r"\b(?:wait|actually|however|but|mistake|wrong|incorrect|correction|oops|no|yes)\b", re.IGNORECASE
)
# What the part of a last sentence after its colon or semicolon, or in brackets at its end (an example, a
# counterexample: "Such an integer exists: for example $n = 3$.", "..., such an $n$ exists (for example $n = 3$).")
# must not say for the rest to state the reply: a hedge, a supposition, a turn, a reply.
_HEDGE_AFTER_COLON = compile_lazily(
    r"\b(?:if|unless|however|although|though|except|only|probably|perhaps|maybe|might|may|possibly|likely"
    r"|depends?|sometimes|whether|suppose|assume|wait|actually|yes|no|true|false)\b|\?",
    re.IGNORECASE,
)
# A modal verb and the verb it governs, said or denied: "11 cannot be written", "the board can be tiled", "so it can
# never be an integer" (the verb in group 1).
_MODAL_VERB = compile_lazily(
    r"\b(?:can(?:not|['\u2019]t)?|could(?:n['\u2019]t)?)(?:[ \t]+(?:not|never|always|ever))?[ \t]+"
    r"((?:be[ \t]+)?[a-z]{3,})\b",
    re.IGNORECASE,
)


def _last_statements(reply: str) -> list[str]:
    """The last sentence of ``reply`` that states something (the one before an aside in brackets after it that does
    not turn back), its part before a colon or a semicolon, or before brackets at its end, first where the rest gives
    an example or a reason without a hedge ("Such an integer exists: for example $n = 3$." states "Such an integer
    exists."; "We check 7, 11, 13: 221 = 13 · 17, so 221 is composite." states what follows the colon)."""
    sentence = final_sentence(reply).strip()
    if sentence.startswith("(") and _ASIDE.fullmatch(sentence) and _TURNED_BACK.search(sentence) is None:
        before = reply.rstrip()[: -len(sentence)].rstrip()
        sentence = final_sentence(before).strip() if before else ""
    plain = re.sub(r"\$[^$]*\$", "$", sentence)
    parted = re.search(r"[:;]|\((?=[^()]*\)[ \t]*[.!]?[ \t*]*\Z)", plain)
    if (
        parted is not None
        and plain[: parted.start()].strip()
        and _HEDGE_AFTER_COLON.search(plain, parted.end()) is None
    ):
        return [plain[: parted.start()].strip() + ".", sentence]
    return [sentence]


def _verbs_echoed(sentence: str, question: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The verbs after "can" in ``sentence`` that a question asked with "can" names after it too ("cannot be
    written" for "Can 11 be written as the sum of two primes?"), as the words of a property of their own."""
    opening = re.match(r"[ \t*]*(?:(?:If|When|Given)\b[^,?\n]*,[ \t]*)?(?i:can|could)\b", question)
    if opening is None:
        return (), ()
    asked = question[opening.end() :]
    verbs = {
        verb.group(1).lower()
        for verb in _MODAL_VERB.finditer(sentence)
        if re.search(r"\b" + re.escape(verb.group(1)) + r"\b", asked, re.IGNORECASE) is not None
    }
    return tuple(sorted(verbs)), ()


def _claim_asked(problem: str) -> str | None:
    """The question of ``problem`` that asks yes or no, or the claim it asks true or false; None for neither (nor for
    a question between alternatives: "Is it possible or impossible?" asks for a word)."""
    claim = _TRUE_OR_FALSE_ASKED.search(problem)
    if claim is not None:
        return claim.group(1)
    question = _YES_OR_NO_QUESTION.search(asking_part(problem)) or _WHETHER_ASKED.search(problem)
    if question is None or _ALTERNATIVES.search(question.group()) is not None:
        return None
    return question.group()


def stated_reply(completion: str, problem: str) -> str | None:
    """ "Yes" or "No": what the last sentence of ``completion`` states of the property the yes-or-no question of
    ``problem`` asks about, or of the claim it asks true or false (see the module docstring); None when it states
    neither or no such question is asked."""
    question = _claim_asked(problem)
    if question is None:
        return None
    reply = _reply_text(completion)
    stated = None
    for sentence in _last_statements(reply):
        stated = stated or _stated_in(sentence, question)
    if stated is None or any(word.capitalize() != stated for word in _REPLY_SAID.findall(reply)):
        return (
            None  # ("So yes, it is always prime. ... 42, which is composite.": a reply, then another object)
        )
    return stated


def _stated_in(sentence: str, question: str) -> str | None:
    """ "Yes" or "No": what ``sentence`` states of what ``question`` asks; None for neither."""
    if not sentence or sentence.startswith("(") or _NO_REPLY.search(sentence) is not None:
        return None  # (no sentence, an aside in brackets, or one that hedges or speaks of another object)
    held = _statement_held(sentence)
    stated = None
    existence = _existence_asked(question)
    if existence is not None:
        # ("Is there a largest prime?" asks of "prime" only what is looked for: "So no largest one exists.", "...,
        # so no perfect square ends in 2.")
        stated = _property_stated(sentence, _PROPERTIES[existence], True)
        if existence == _EXISTENCE and _thing_denied(sentence, question):
            stated = "No" if stated in (None, "No") else "both"
    prop = _property_asked(question) if stated is None else None
    if prop is not None:
        stated = _property_stated(sentence, _PROPERTIES[prop[0]], prop[1])
    elif stated is None:
        # ("So 11 cannot be written that way." for "Can 11 be written as ...?": the question's verb, denied)
        echoed = _verbs_echoed(sentence, question)
        stated = _property_stated(sentence, echoed, True) if echoed[0] else None
    if (held is not None and stated is not None and held != stated) or stated == "both":
        return (
            None  # ("the statement is true" of a property it denies, a thing said and denied: no one reply)
        )
    return stated or held
