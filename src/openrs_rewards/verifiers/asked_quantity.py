"""The one quantity a problem asks for, among the several that a completion's last sentence states.

A chat model often ends a word problem on a sentence that states two quantities: "Jerry has 6 marbles and Tom has
18." Read alone, that sentence gives its last number, 18, and so do the graders in use. Its question, "How many
marbles does Jerry have?", picks out 6. The extractor does not see the problem. Where the verdict was read from a
last number (or found no answer), :func:`asked_value` reads the last sentence again, clause by clause, with the
question's own words. A clause is part of the last sentence between commas, semicolons, "and", "but", "so" and
"which". Where the final lines are a list of labelled values ("- Cows: 8", "- Chickens: 12"), each line is a clause.

Nothing is read where a clause offers or corrects a value ("or 9 if Jen takes a share", "no wait"), or where a
clause names nothing but a value and its unit (a list of values, "12 dollars and 50 cents": one quantity).
The question must ask for a quantity ("How many ...", "How much ...", "What is the ..."), not for a set or a condition
("For which n ...?"). A clause is chosen only when:
- it is the one clause that shares the most words with the question (at least one). An owner is no clause's
  subject ("Jerry's brother has 6" is about the brother), nor is what a comparison measures against ("Tom has 12 more
  than Jerry" is about Tom). A question for a total prefers the clause that states one ("$23 in total"), and a
  question for a percent the clause with the percent, and a question for a rate ("a year") the clause with that rate
  ("12 pages a week, so 12 × 52 = 624 pages a year");
- it states one value: the number after its last "=", or else its one number that the problem does not already give
  ("After 3 weeks she has saved $45" answers "How much will she have saved after 3 weeks?" with 45).

A last sentence of one clause about the quantity asked, whose last number only echoes the problem with its word
("The car is worth $7,500 after 3 years." for "How much is it worth after 3 years?"), gives its one new value; so
does one whose other numbers are the problem's and whose new number counts what "how many" asks ("Ben will pay $120
each month for 6 months." for "How many months will it take?"). Two things the question itself asks are read
first: the difference stated as "3 fewer than Tom's 20" where it asks how many more or fewer, and a last paragraph
that supposes the case the problem sets ("If he paid $120 each month instead, he would pay for 6 months." where the
problem says he pays $120 instead).

Where no answer was found at all, a last line alone that labels one value with the question's words ("Total: $23"
for "How much does Kim spend in total?") is read too, and so is the one count in words of what "how many" asks
("There are nine positive perfect cubes less than 1000."). Otherwise nothing is chosen and the verdict stays as it
was. A sentence that states one quantity, an explicit answer (a box, an answer tag, "the answer is"), and a text cut
at the length limit are never read this way.
:func:`~openrs_rewards.verifiers.problem_checks.with_problems` grades the chosen value against the gold.

Example:
    >>> asked_value(
    ...     "x + 3x = 24, so x = 6.\\nJerry has 6 marbles and Tom has 18.",
    ...     "Tom has 3 times as many marbles as Jerry. Together they have 24. How many marbles does Jerry have?",
    ... )
    '6'
    >>> asked_value(
    ...     "Girls: 15.\\nThere are 10 boys and 15 girls.", "In a class of 25, 60% are girls. How many boys are there?"
    ... )
    '10'
    >>> asked_value("So she has 18 apples left.", "How many apples does she have left?") is None
    True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Set as AbstractSet

from openrs_rewards.verifiers.asked_unit import asked_sentence
from openrs_rewards.verifiers.extract import without_closing_remarks
from openrs_rewards.verifiers.normalize import is_unit_word, number_word_value, scale_words_as_numbers
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.text import reasoning_end

__all__ = ["ASKED_QUANTITY", "asked_value"]

ASKED_QUANTITY = "graded by the value the last sentence gives the quantity the problem's question names"

# Words of a question that name no quantity: its frame ("How many ... does ... have?"), pronouns and connectives.
_FRAME_WORDS = frozenset([
    "how", "many", "much", "what", "which", "who", "whom", "whose", "does", "did", "do", "the", "and", "are", "is",
    "was", "were", "will", "would", "have", "has", "had", "there", "that", "this", "these", "those", "with", "for",
    "from", "into", "onto", "of", "in", "on", "at", "to", "by", "after", "before", "each", "every", "all", "any",
    "she", "he", "they", "her", "his", "their", "them", "its", "you", "your", "can", "could", "should", "shall",
    "may", "might", "must", "find", "answer", "express", "give", "get", "gets", "got", "one", "some", "more", "less",
    "than", "then", "when", "where", "why", "if", "so", "as", "an", "a", "be", "been", "being", "it", "our", "we",
    "us", "me", "my", "per", "altogether", "left", "now",
])  # fmt: skip
# The last sentence's parts: between commas (not a thousands comma), semicolons and connectives.
_CLAUSE_BREAK = compile_lazily(
    r",[ \t]+|;[ \t]*|[ \t]+(?:and|but|so|which|while|whereas)[ \t]+", re.IGNORECASE
)
_WORD = compile_lazily(r"[A-Za-z]{3,}")
# (with its percent sign: "25%" is no 25 against a gold of 1/4)
# (not an exponent: "10^2" states no 2)
# (a mixed number or a fraction whole: "2 1/2 hours" states no 2)
_NUMBER = compile_lazily(
    r"(?<![\w.^{/])-?\d+(?:[ \t]+\d+)?/\d+(?![\w./])"
    r"|(?<![\w.^{/])-?\d[\d,]*(?:\.\d+)?(?:[ \t]?\\?%|(?![\w./]|,\d))|(?<![\w.^{/])-?\d+(?:\.\d+)?(?=[.,]?(?:\s|$))"
)
# A line of a final list that labels one value: "- Cows: 8", "* **Total raised:** $680", "Blue marbles: 15".
# (a step's label labels no quantity: "Step 1: 600 / 25 = 24 minutes\nStep 2: 24 + 10 = 34 minutes" is work, its
# last line the result)
_LABELLED_LINE = compile_lazily(
    r"[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?!(?:Step|Part)[ \t]+\d)[A-Za-z][^:\n]{0,40}:(?:\*\*)?[ \t]*[^\n]*\d[^\n]*"
)
_SENTENCE_END = compile_lazily(r"[.!?](?:[ \t]+|\n)|\n")
_PERCENT_ASKED = compile_lazily(r"\bpercent(?:age)?\b|%", re.IGNORECASE)
_TOTAL_ASKED = compile_lazily(r"\b(?:in[ \t]+total|altogether|in[ \t]+all|combined|total)\b", re.IGNORECASE)
# A clause that names its value as the one sought ("so the count is 6 × 2 = 12"), whatever the question.
_NAMED_AS_SOUGHT = compile_lazily(
    r"\b(?:the|our|its|my)[ \t]+(?:count|number|answer|result)[ \t]+(?:is|was|equals|comes[ \t]+to)\b",
    re.IGNORECASE,
)
# A kind of quantity a question asks for (None: any question), the mark of a clause that states one, and how much
# that mark counts (a total outweighs the words of its parts, which name the same things).
_KINDS_ASKED = (
    (_PERCENT_ASKED, _PERCENT_ASKED, 1),
    (_TOTAL_ASKED, _TOTAL_ASKED, 3),
    (None, _NAMED_AS_SOUGHT, 3),
)
# A rate a question asks for or a clause states: "a year", "per week", "each day", "every hour".
_RATE = compile_lazily(
    r"\b(?:(?:a|an|per|each|every)[ \t]+(year|month|week|day|hour|minute|second)|(year|month|week|hour)ly|(dai)ly"
    r"|(annual)(?:ly)?|per[ \t]+([a-z]{3,}))\b",  # (and any unit after "per": "30 miles per gallon")
    re.IGNORECASE,
)
_RATE_UNITS = {"dai": "day", "annual": "year"}


def _rate_unit(rate: re.Match[str]) -> str:
    """The unit a rate is per: "a week", "weekly" -> "week"; "daily" -> "day"; "annual" -> "year"; "per gallon" ->
    "gallon"."""
    unit = next(group for group in rate.groups() if group).lower()
    return _RATE_UNITS.get(unit, unit)


# A question that asks for a quantity ("How many boys ...?", "What is the discount ...?"), not for a set or a
# condition ("For which n ...?").
_QUANTITY_ASKED = compile_lazily(
    r"\bhow[ \t]+(?:many|much|old|far|long|tall|fast|heavy)\b"
    r"|\bwhat[ \t]+(?:is|was|will[ \t]+be|are|were)[ \t]+(?:the|his|her|their|its|your|my|our)\b"
    r"|\bwhat[ \t]+(?:percent(?:age)?|fraction|amount)\b"
    # (a value asked by its verb: "What is it worth after 5 years?", "What does the repair cost?")
    r"|\bwhat[ \t]+(?:is|was|are|were|will)\b[^?.]{0,40}\bworth\b|\bwhat[ \t]+(?:does|did|do|will)\b[^?.]{0,40}\bcost\b",
    re.IGNORECASE,
)


# A last sentence that offers, corrects or checks its values is no statement of several quantities: "12 cookies, or 9
# if Jen takes a share", "12 more, no wait, 13 more", "somewhere between 12 and 21 carrots", "(… 1141? No, the empty
# set has 0 elements, so 1140 is right.)".
_UNSETTLED = compile_lazily(
    r"\b(?:or|if|unless|except|wait|otherwise|maybe|perhaps|either|instead|actually|probably|possibly|not|no|hmm"
    r"|right|correct|wrong|between|somewhere"
    # (a bound, no value: "we get at least 45 handshakes", "contains at most 5 integers")
    r"|at[ \t]+(?:least|most)|no[ \t]+(?:more|fewer|less)[ \t]+than)\b",
    re.IGNORECASE,
)


def _unsettled(clause: str) -> bool:
    """Whether ``clause`` offers, corrects or checks a value (``_UNSETTLED``); not an "or" that restates it
    approximately or at another rate ("$1,250.50, or about $15,006 per year", "4 miles a day, or 28 miles a week")."""
    words = {word.lower() for word in _UNSETTLED.findall(clause)}
    if words == {"or"}:
        return _RESTATED_BY_OR.search(clause) is None and _RATE.search(clause) is None
    return bool(words)


_RESTATED_BY_OR = compile_lazily(
    r"\bor[ \t]+(?:about|approximately|roughly|nearly|around|equivalently|in[ \t]+other[ \t]+words)\b",
    re.IGNORECASE,
)


def _stems(text: str) -> set[str]:
    """The words of ``text`` that may name a quantity, each cut to four letters ("marbles" and "marble", "raised"
    and "raise" meet); not units ("12 dollars and 50 cents" is one quantity), not an owner ("Jerry's brother has 6"
    is about the brother) and not what a comparison measures against ("Tom has 12 more than Jerry" is about Tom)."""
    own = _COMPARED.sub(" ", _OWNER.sub(" ", text))
    return {
        _MEASURE_OF_AN_ADJECTIVE.get(word.lower(), word.lower()[:4])
        for word in _WORD.findall(own)
        if word.lower() not in _FRAME_WORDS and not is_unit_word(word, counted=False)
    }


# The measure an adjective of size states, as the stem of its noun: "10 cm long" answers "What is its length?", "5 cm
# wide" its width, "12 m tall" its height.
_MEASURE_OF_AN_ADJECTIVE = {
    "long": "leng",
    "wide": "widt",
    "tall": "heig",
    "high": "heig",
    "deep": "dept",
    "thick": "thic",
    "heavy": "weig",
}


_OWNER = compile_lazily(r"\b[A-Za-z]+['\u2019]s\b")
_COMPARED = compile_lazily(r"\bthan\b.*", re.DOTALL)


def _final_clauses(text: str) -> list[str]:
    """The clauses of the last sentence of ``text``, or the lines of the labelled list that ends it."""
    listed = []
    for line in reversed(text.rstrip().split("\n")):
        if _LABELLED_LINE.fullmatch(line) is None:
            break  # (a blank line too: the work's lines above the final paragraph are no part of its list)
        listed.append(line)
    if len(listed) >= 2:
        return listed[::-1]
    return [part for part in _CLAUSE_BREAK.split(_last_sentence(text)) if part.strip()]


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``, without its stop."""
    body = text.rstrip().rstrip(".!")
    ends = [match.end() for match in _SENTENCE_END.finditer(body)]
    return body[ends[-1] :] if ends else body


def _stated_value(clause: str, given: AbstractSet[str]) -> str | None:
    """The one value ``clause`` states: after its last "=", or its one number the problem does not give."""
    plain = scale_words_as_numbers(clause.replace("$", "").replace("\\%", "%").replace("\\", " "))
    if "=" in plain:
        after = _NUMBER.findall(plain[plain.rfind("=") + 1 :])
        return after[0].replace(",", "") if len(after) == 1 else None
    numbers = [number.replace(",", "") for number in _NUMBER.findall(plain)]
    new = [number for number in numbers if _bare(number) not in given]
    return new[0] if len(new) == 1 else None


def _difference_asked(completion: str, question: str) -> str | None:
    """The difference the last sentence states ("Sam scored 17 points, 3 fewer than Tom's 20."), where the question
    asks how many more or fewer; None otherwise."""
    count = _COUNT_ASKED.search(question) or _AMOUNT_MORE_ASKED.search(question)
    if count is None or not count.group(1):
        return None
    sentence = _last_sentence(completion).replace("$", "")
    stated = {_bare(found.group(1)) for found in _DIFFERENCE_STATED.finditer(sentence)}
    if not stated:
        # ... or what is still needed, said before the rest: "Lena needs $27 more; she has $45 of the $72."
        stated = {_bare(found.group(1)) for found in _MORE_NEEDED.finditer(sentence)}
    if not stated and count.group(2):
        # ... or the difference of the thing counted, said first: "Sam has 3 fewer stickers, so he has 17."
        compared = rf"(?<![\w.])(\d[\d,]*(?:\.\d+)?)[ \t]+{count.group(1)}[ \t]+{re.escape(count.group(2))}\b"
        stated = {_bare(found.group(1)) for found in re.finditer(compared, sentence, re.IGNORECASE)}
        if _ANOTHER_OFFERED.search(sentence) is not None:
            return None  # ("she needs 12 more eggs, or 13 if one breaks": two values offered)
    return stated.pop() if len(stated) == 1 else None


def _number_of_the_noun_asked(completion: str, question: str, problem: str) -> str | None:
    """The one value the last sentence writes right before the noun the question counts, as its last number or a
    restatement ("..., which is 10.5 hours."
    for "How many hours ...?", "She collects 126 eggs in a week, which is 10.5 dozen." for "How many dozen eggs
    ...?"); None where none or several values are written so (the problem's own aside), or one is part of a whole
    ("53 of the 432 seats")."""
    count = _COUNT_ASKED.search(question)
    if count is None or count.group(1) or not count.group(2):
        return None
    noun = count.group(2).lower()
    body = completion.rstrip()
    paragraph = body[body.rfind("\n\n") + 2 :] if "\n\n" in body else body
    if _ROLE_LABEL.match(paragraph) is not None:
        return None  # ("Assistant: Then he would pack 63 apples.": a turn the model went on to invent)
    sentence = _last_sentence(completion).replace("$", "").replace("**", "")
    if (_unsettled(sentence) and not _RESTATED_BY_WHICH.search(sentence)) or _SUPPOSED.search(sentence):
        return None  # ("For comparison, at 50 words per minute she would need 27 minutes.")
    numbers = list(_NUMBER.finditer(sentence))
    if len(numbers) < 2 or "=" in sentence:
        # (a sentence of one quantity is read as it is, and a computation states its own result: "... in 2 ways, so
        # the count is 6 × 2 = 12.")
        return None
    values = set()
    for number in numbers:
        end = number.start() + len(number.group().rstrip(","))
        if (
            sentence[end : end + 1] != " "
            or _DIGIT_GROUP_BEFORE.search(sentence, 0, number.start()) is not None
        ):
            continue  # ("Boys: 12, Girls: 28" counts no 12 girls; "3 628 800 ways" is one number)
        word = _WORD_OR_HYPHENED.match(sentence, end + 1)
        if word is None or not _same_noun(word.group().lower(), noun):
            continue
        if _PART_OF_A_WHOLE_BEFORE.search(sentence, 0, number.start()) is not None:
            return None  # ("53 of the 432 seats are empty": the whole, not the part asked)
        values.add(_bare(number.group()))
        if number is not numbers[-1] and _RESTATED_BEFORE.search(sentence, 0, number.start()) is None:
            # (the last number, or one restated in the unit asked: "Jerry's brother has 18 marbles and Jerry has
            # 6." names whose marbles in words this does not read)
            values.add("")
    # (not one the problem gives: "After adding 120 books and giving away 75, the library has 495."; and one alone:
    # "Jerry has 2 stamps and Tom has 3 stamps." is whose stamps, not how many)
    values -= _given_numbers(problem)
    return values.pop() or None if len(values) == 1 else None


def _same_noun(word: str, noun: str) -> bool:
    """Whether two words are one noun, singular or plural ("hour", "hours"; "box", "boxes"; "dozen")."""
    return word == noun or word in (noun + "s", noun + "es") or noun in (word + "s", word + "es")


_PART_OF_A_WHOLE_BEFORE = compile_lazily(
    r"\b(?:of|out[ \t]+of)[ \t]+(?:the|all|his|her|their|its)[ \t]+\Z", re.IGNORECASE
)
_ROLE_LABEL = compile_lazily(r"[ \t*]*(?:User|Human|Assistant|Question|Q|A)[ \t*]*:")
_SUPPOSED = compile_lazily(r"\b(?:would|could|if|suppose|comparison|instead)\b|\w['\u2019]d\b", re.IGNORECASE)
_DIGIT_GROUP_BEFORE = compile_lazily(r"\d[ \t\u2009\u202f]\Z")
_RESTATED_BEFORE = compile_lazily(r"(?:\b(?:which|that)[ \t]+is|\bor|\bi\.e\.,?)[ \t]+\Z", re.IGNORECASE)
_RESTATED_BY_WHICH = compile_lazily(r"\bwhich[ \t]+is\b", re.IGNORECASE)


# A question for an amount more or less ("How much more does the shirt cost than the hat?"), as _COUNT_ASKED is for a
# count
_AMOUNT_MORE_ASKED = compile_lazily(
    r"\bhow[ \t]+much[ \t]+(more|less)\b(?:[ \t]+([A-Za-z]{3,}))?", re.IGNORECASE
)
# An amount said to be needed or left to get, ending its clause: "needs 27 more;", "must save 15 more."
_MORE_NEEDED = compile_lazily(
    r"\b(?:needs?|must|has[ \t]+to|still)[ \t]+(?:[a-z]+[ \t]+)?(\d[\d,]*(?:\.\d+)?)[ \t]+(?:[a-z]+[ \t]+)?more(?=[ \t]*(?:[;,.]|$))",
    re.IGNORECASE,
)
_TIME_OF_DAY_ASKED = compile_lazily(r"\bwhat[ \t]+time\b", re.IGNORECASE)
_TIME_OF_DAY = compile_lazily(r"(?<![\d:])\d{1,2}:[0-5]\d(?:[ \t]*(?:[AaPp]\.?[ \t]?[Mm]\.?))?")
_ANOTHER_OFFERED = compile_lazily(r",?[ \t]+or[ \t]+\$?\d", re.IGNORECASE)
_DIFFERENCE_STATED = compile_lazily(
    r"(?<![\w.])(\d[\d,]*(?:\.\d+)?)[ \t]+(?:[a-z]+[ \t]+)?(?:more|fewer|less)[ \t]+than\b", re.IGNORECASE
)


def _supposed_case_set_by_the_problem(completion: str, problem: str) -> str | None:
    """The value of a last paragraph that supposes a case ("If he paid $120 each month instead, he would pay for 6
    months."), where the problem itself sets that case (its condition's numbers are the problem's, and the problem
    says "instead", "would" or "if"): the case asked, not a remark after the answer; None otherwise."""
    text = completion.rstrip()
    paragraph = text[text.rfind("\n") + 1 :].strip()
    semicolon = paragraph.rfind("; ")
    if semicolon != -1 and paragraph.startswith(("if ", "If "), semicolon + 2):
        # ("She bought 15 apples; if she had bought 3 fewer, she'd have 12.": the case after the semicolon)
        paragraph = "If" + paragraph[semicolon + 4 :]
    supposed = _SUPPOSED_CASE.fullmatch(paragraph)
    if supposed is None or _CASE_SET.search(problem) is None:
        return None
    condition = [_bare(number) for number in _NUMBER.findall(supposed.group(1).replace("$", ""))]
    values = [_bare(number) for number in _NUMBER.findall(supposed.group(2).replace("$", ""))]
    if not condition or not set(condition) <= _given_numbers(problem) or len(values) != 1:
        return None
    return values[0]


# "If <condition>, <subject> would/'d <what follows>." (one sentence)
_SUPPOSED_CASE = compile_lazily(
    r"If\b([^,.\n]{3,160}),[ \t]+(?:[A-Za-z]+[ \t]+){0,3}?(?:would\b|[A-Za-z]+['\u2019]d\b)((?:[^.\n]|\.(?=\d)){1,160})\.?"
)
_CASE_SET = compile_lazily(r"\b(?:instead|would|if|suppose|supposing)\b", re.IGNORECASE)


def _count_asked_after_the_given(clause: str, question: str, problem: str) -> str | None:
    """The one new number of a last sentence that counts what the question asks how many of, where its other numbers
    are the problem's ("Ben will pay $120 each month for 6 months." for "How many months will it take him?": 6, not
    the monthly $120 the problem gives); None otherwise."""
    count = _COUNT_ASKED.search(question)
    if count is None or count.group(1) or not count.group(2):
        return None
    plain = clause.replace("$", "").replace("\\%", "%")
    numbers = list(_NUMBER.finditer(plain))
    given = _given_numbers(problem)
    new = [number for number in numbers if _bare(number.group()) not in given]
    if len(numbers) < 2 or len(new) != 1:
        return None
    counted = _WORD_OR_HYPHENED.match(plain, new[0].end() + 1)
    if counted is None or counted.group().lower()[:4] != count.group(2).lower()[:4]:
        return None
    return _bare(new[0].group())


def _value_before_an_echo(clause: str, wanted: set[str], problem: str, *, named: bool = True) -> str | None:
    """The one new value of a last sentence (about the quantity asked, where ``named``), whose last number only
    echoes the problem with the word after it ("The car is worth $7,500 after 3 years." for "How much is it worth
    after 3 years?": 7500, not 3); None otherwise."""
    plain = scale_words_as_numbers(clause.replace("$", "").replace("\\%", "%"))
    numbers = list(_NUMBER.finditer(plain))
    if len(numbers) < 2 or (named and not wanted & _stems(clause)):
        return None
    last = numbers[-1]
    if "/" in plain[last.start() - 1 : last.start()]:
        return None  # a part of a fraction ("7 1/2 feet"), no number of its own
    given = _given_numbers(problem)
    compared = _COMPARED_WITH_THE_GIVEN.search(plain, 0, last.start())
    if compared is not None and _bare(last.group()) in given:
        # "The shop has 24 oranges left, half of the original 48.": the number the problem gave, compared with; the
        # sentence's one other number is its statement, though the problem gives it too, or else the number right
        # before the comparison ("..., leaving 6 of her original 30")
        others = {_bare(number.group()) for number in numbers[:-1]}
        if len(others) == 1:
            return others.pop()
        # (not after "than": "$45 less than the original $60" states a difference)
        before = [number for number in numbers[:-1] if number.end() <= compared.start()]
        close = (
            before
            and compared.group().lower().startswith("of")
            and not re.search(r"[,;]", plain[before[-1].end() : compared.start()])
        )
        return _bare(before[-1].group()) if close else None
    if _CIRCUMSTANCE_BEFORE.search(plain, 0, last.start()) is None:
        return None  # (the sentence's own statement, "there are 24 marbles again", is no echo)
    echoed = _ECHOED.match(plain, last.start())
    if echoed is not None:
        echo = (
            rf"(?<![\w./]){re.escape(echoed.group())}\b"  # (its word whole: "45 min" echoes no "45 minutes")
        )
    else:
        # ... or an amount of money after the same verb: "So it takes 5 days to earn $990." for "How many days must
        # she work to earn $990?" (not "she has $50" for "Lisa had $50")
        verb = _WORD_BEFORE_MONEY.search(clause[: clause.rfind(last.group())])
        if verb is None:
            return None
        echo = rf"\b{re.escape(verb.group(1))}[ \t]+\\?\$[ \t]?{re.escape(last.group())}(?![\d.,]*\d)"
    if not re.search(echo, problem, re.IGNORECASE):
        return None
    new = [_bare(number.group()) for number in numbers[:-1] if _bare(number.group()) not in given]
    return new[0] if len(new) == 1 else None


# A number and the word after it, as a problem may have written them: "3 years", "5 days".
_ECHOED = compile_lazily(r"\d[\d,.]*[ \t]+[A-Za-z]{3,}\b")
# What sets an echoed number in a circumstance of the statement: "after 3 years", "in 5 days", "covers 5 days", "to
# earn $990", "for his 16 glasses".
_CIRCUMSTANCE_BEFORE = compile_lazily(
    r"\b(?:after|in|for|over|within|during|by|covers|covering|lasting|to[ \t]+[a-z]{2,})[ \t]+"
    r"(?:(?:his|her|their|its|the|all|those|these)[ \t]+)?\Z",  # (and whose: "to pay $64 for his 16 glasses")
    re.IGNORECASE,
)
# What compares a value with a number the problem gave: "half of the original 48", "of her original 30", "across its 18
# classrooms".
_COMPARED_WITH_THE_GIVEN = compile_lazily(
    r"\b(?:of|than)[ \t]+(?:his|her|their|its|the)[ \t]+original[ \t]+\Z|\bacross[ \t]+(?:its|the|his|her|their)[ \t]+\Z",
    re.IGNORECASE,
)
_WORD_BEFORE_MONEY = compile_lazily(r"\b([A-Za-z]{3,})[ \t]+\\?\$[ \t]?[\d,.]*\Z")


def _counted_in_words(
    sentence: str, wanted: set[str], compared: str | None, given: AbstractSet[str], problem: str
) -> str | None:
    """The one count in words of ``sentence`` that counts what the question asks for (a word of the question within
    three words after it), and that the problem does not give: "There are nine positive perfect cubes less than
    1000." for "How many positive perfect cubes ...?", "... and needs sixteen more days." for "How many more days
    ...?" (``compared``: "more", "fewer" or "less", what the question asks after "how many"); None otherwise."""
    words = list(_WORD_OR_HYPHENED.finditer(sentence))
    counts = set()
    index = 0
    while index < len(words):
        for stop in range(min(len(words), index + 6), index, -1):
            phrase = sentence[words[index].start() : words[stop - 1].end()]
            value = number_word_value(phrase)
            # ("... so this equation has no real solutions." for "How many real solutions ...?": none, whatever zeros
            # the problem's equation holds)
            none = value is None and stop == index + 1 and phrase.lower() == "no"
            if none:
                value = 0
            if value is None:
                continue
            after = [word.group().lower() for word in words[stop : stop + 4]]
            if compared and after[:1] == [compared.lower()]:
                after = after[1:]  # "sixteen more days" counts the days asked for
            if none or (
                str(value) not in given
                and re.search(rf"\b{re.escape(phrase)}\b", problem, re.IGNORECASE) is None
            ):
                counted = (
                    after and after[0] not in _NOT_COUNTING and any(word[:4] in wanted for word in after[:3])
                )
                if counted:
                    counts.add(str(value))
                elif not after or after[0] in _NOT_COUNTING:
                    # (a count of some of them makes the sentence say several: "nine cubes ..., and four of them
                    # are even"; a count of another thing does not: "four cows and six chickens" for the cows)
                    counts.add("")
            index = stop - 1
            break
        index += 1
    return (counts.pop() or None) if len(counts) == 1 else None


_COUNT_ASKED = compile_lazily(
    r"\bhow[ \t]+many\b(?:[ \t]+(more|fewer|less)\b)?(?:[ \t]+([A-Za-z]{3,}))?", re.IGNORECASE
)
_WORD_OR_HYPHENED = compile_lazily(r"[A-Za-z]+(?:-[A-Za-z]+)?")
# Words after a number word that make it no count of things: "one of the cubes", "two more", "three times".
_NOT_COUNTING = frozenset(["of", "more", "less", "fewer", "than", "another", "times", "or", "to"])


@functools.lru_cache(maxsize=1024)
def _given_numbers(problem: str) -> frozenset[str]:
    """The numbers ``problem`` gives, bare (``_bare``). (Cached: the samples of one problem share it.)"""
    return frozenset(
        _bare(number) for number in _NUMBER.findall(problem.replace("$", "").replace("\\%", "%"))
    )


def _computation_alone(clause: str) -> bool:
    """Whether ``clause`` is a computation and no words: "b + (b − 4) = 30 ⇒ 2b = 34 ⇒ b = 17"."""
    return "=" in clause and _WORD.search(clause) is None


def _bare(number: str) -> str:
    """A number's digits without its thousands commas, with its percent sign ("20%" given is no "20 students"); a
    mixed number keeps the space between its whole part and its fraction ("2 1/2")."""
    if "/" in number:
        return " ".join(number.split())
    return number.replace(",", "").replace(" ", "").replace("\t", "")


def asked_value(completion: str, problem: str, *, alone: bool = False) -> str | None:
    """The value of the one clause of ``completion``'s last sentence that its ``problem``'s question names (see the
    module docstring), or None. ``alone``: no answer was found otherwise, so a last line that labels one value with
    the question's words ("Total: $40" for "How much does she spend in total?") is read too."""
    question = asked_sentence(problem)
    if question is not None and _TIME_OF_DAY_ASKED.search(question) is not None:
        # "At what time does she finish?" ... "She spends 135 minutes on homework, finishing at 4:45 PM.": the one time
        # of day the last sentence gives
        times = _TIME_OF_DAY.findall(_last_sentence(completion))
        if not times:
            # ... or of its last line, when the last sentence only adds how long it took ("She finishes at 5:45 PM.
            # That's a total of 2 hours 30 minutes of work.")
            body = completion.rstrip()
            times = _TIME_OF_DAY.findall(body[body.rfind("\n") + 1 :])
        return times[0].rstrip(".") if len(set(times)) == 1 else None
    if question is None or _QUANTITY_ASKED.search(question) is None:
        return None
    completion = completion.replace("\u2212", "-")  # (a Unicode minus is a minus: "the minimum value is −4")
    supposed = _supposed_case_set_by_the_problem(completion, problem)
    if supposed is not None:
        return supposed
    difference = _difference_asked(completion, question)
    if difference is not None:
        return difference
    noun_value = _number_of_the_noun_asked(completion, question, problem)
    if noun_value is not None:
        return noun_value
    wanted = _stems(question)
    if not wanted and _RATE.search(question) is None:
        return None  # (a rate is matched on its own: "How many miles per gallon does it get?")
    answer = without_closing_remarks(completion[max(0, reasoning_end(completion)) :])
    count = _COUNT_ASKED.search(question) if alone else None
    if count is not None:
        given = _given_numbers(problem)
        # (with the noun counted, though it be a unit: "How many more days ...?")
        counted_noun = {count.group(2).lower()[:4]} if count.group(2) else set()
        counted = _counted_in_words(
            " ".join(_final_clauses(answer)), wanted | counted_noun, count.group(1), given, problem
        )
        if counted is not None:
            return counted
    clauses = [clause for clause in _final_clauses(answer) if _NUMBER.search(clause.replace("$", ""))]
    labelled_alone = alone and len(clauses) == 1 and _LABELLED_LINE.fullmatch(clauses[0]) is not None
    if len(clauses) == 1 and not labelled_alone and not _unsettled(clauses[0]):
        return _value_before_an_echo(clauses[0], wanted, problem) or _count_asked_after_the_given(
            clauses[0], question, problem
        )
    if (len(clauses) < 2 and not labelled_alone) or any(_unsettled(clause) for clause in clauses):
        return None
    stated = [clause for clause in clauses if not _computation_alone(clause)]
    if 2 <= len(stated) < len(clauses) and not any(map(_unsettled, _final_clauses(answer))):
        # (a step of the work before the statements names nothing: "2b = 34 ⇒ b = 17, so there are 17 boys and 13
        # girls"; one statement left is read as the sentence was, "..., so it is 12 degrees below zero", and so is a
        # sentence that corrects itself in a clause without a number, "12 more eggs, no wait, 30 − 17 = 13, ...")
        clauses = stated
    chosen = _chosen_clause_value(question, wanted, clauses, problem)
    if chosen is None and not labelled_alone:
        # "The total is $990, and that covers 5 days of work." for "How much does she earn in 5 days?": no clause
        # is named, and the last number only echoes the problem
        return _value_before_an_echo(" ".join(clauses), wanted, problem, named=False)
    return chosen


def _chosen_clause_value(question: str, wanted: set[str], clauses: list[str], problem: str) -> str | None:
    """The value of the clause that the question names among ``clauses`` (its rate, its words, its kind of
    quantity: see the module docstring), or None."""
    given = _given_numbers(problem)
    rate = _RATE.search(question)
    if rate is not None:
        # "How much does she earn per day?": the one clause at that rate ("Her daily pay is $198, and for 5 days it is
        # $990."; "4 miles a day, or 28 miles a week, which comes to 1,456 miles a year" for "a week"; a time word is a
        # unit, no word of the question's: the rate is matched on its own)
        per = _rate_unit(rate)
        at_rate = [
            clause for clause in clauses if any(_rate_unit(found) == per for found in _RATE.finditer(clause))
        ]
        if len(at_rate) > 1:
            # ("25 miles per gallon, better than the 20 miles per gallon of the old car": not the one given)
            at_rate = [clause for clause in at_rate if _stated_value(clause, set()) not in given]
        if len(at_rate) == 1:
            return _stated_value(at_rate[0], given)
    named = [_stems(clause) for clause in clauses]
    if not all(named):
        return None  # a list of values ("1, 2, 3, 4, 6"), or a value and its unit ("12 dollars and 50 cents")
    scores = [len(wanted & words) for words in named]
    for asked, stated, weight in _KINDS_ASKED:
        if asked is None or asked.search(question) is not None:
            # ("What percentage of the class are girls?": "There are 24 girls, which is 60% of the class"; "How much
            # does Kim spend in total?": "Kim spends $15 on notebooks and $8 on pens, $23 in total")
            scores = [
                score + weight * (stated.search(clause) is not None)
                for score, clause in zip(scores, clauses, strict=True)
            ]
    best = max(scores)
    if best == 0 or scores.count(best) != 1:
        return None
    return _stated_value(clauses[scores.index(best)], given)
