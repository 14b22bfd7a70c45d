"""What the problem statement tells about an answer that the gold alone does not.

:func:`with_problems` takes the verdicts of a batch and the problems they answer (and, for the checks that read an
answer again, the completions).

Made ``incorrect``, a correct verdict whose answer
- only restates an expression of its problem (:mod:`openrs_rewards.verifiers.echo`);
- is a rounded decimal where its problem asks for an exact form (:mod:`openrs_rewards.verifiers.exact_form`);
- has more decimal places than the rounding its problem asks for and is not the gold's value ("12.57" for "to the
  nearest tenth"), or is an exact form whose decimal has no end there ("5\\sqrt{2}" for 7.1:
  :mod:`openrs_rewards.verifiers.exact_form`);
- is a fraction not in lowest terms where its problem asks for the simplest form ("21/36" for "Simplify 84/144."), or
  leaves a square factor under a root or a root in a denominator where it asks for simplest radical form ("2\\sqrt{8}");
- names the gold's choice letter with the value of another choice its problem lists ("C. 1/2" where (B) is 1/2);
- is a line's or a plane's equation scaled otherwise than its problem asks ("2x + 2y + 2z - 2 = 0" where "A > 0 and
  gcd(|A|,|B|,|C|,|D|) = 1" is asked: :mod:`openrs_rewards.verifiers.exact_form`);
- is a complex number in the other form than the one its problem asks (rectangular or polar), or in exponential form
  with its angle outside the range the problem asks ("2\\sqrt{2}e^{-3\\pi i/4}" where $0 \\le \\theta < 2\\pi$);
- is a congruence whose residue lies outside 0 to m - 1 where the problem asks for the least residue;
- is not written as a prime factorization where the problem asks for one (the number itself, or a composite factor);
- leaves a factor that factors further where its problem asks to factor ("2x(x^2-4)" for "2x(x-2)(x+2)"), or a
  product of brackets where it asks to expand ("(x-3)(x+2)" for "x^2-x-6": :mod:`openrs_rewards.verifiers.factored_form`);
- lists the two ends of the interval that solves its problem's inequality ("2, 5" for "(2,5)");
- lists the gold's items in another order than the one its problem asks for ("b, a, c" for "c, a, b" asked "from
  least to greatest": :mod:`openrs_rewards.verifiers.asked_order`);
- is written in another unit than the one its problem asks for, with a scale word the problem does not use, as a
  percent where it asks a probability, or as an angle in degrees where it asks radians (or in radians where it asks
  degrees) (:mod:`openrs_rewards.verifiers.asked_unit`);
- was read from an unmarked last line that gives its value to another expression or measure than the one asked
  ("$2x = 10$" for "what is $x + 5$?", "Area = 18" for "What is its perimeter?":
  :mod:`openrs_rewards.verifiers.asked_expression`).

Made ``correct``, an incorrect verdict whose answer
- is the gold rounded as its problem asks ("to the nearest thousandth": :mod:`openrs_rewards.verifiers.exact_form`);
- is "none" (the empty set) against 0, or the reverse, where the problem asks how many;
- gives one of the unknowns its problem names in a tuple in terms of the other ("all pairs with $b=a+1$" for "Find
  all pairs $(a,b)$ ..."), and the family of tuples it defines is the gold's ("(n,n+1)");
- is a chain of inequalities that states the order the gold lists, where the problem asks for an order ("c < a < b");
- names its parts by words that the problem's question names in another order, and gives the gold's items in that
  order ("Sum = 5, Product = 6" for "Find the product and the sum", gold "6, 5"; an answer whose values are the gold's
  in the written order is made ``incorrect`` so);
- is written in the unit the problem asks for, and its number is the gold ("540 m" where meters are asked), or is
  the gold times the power of ten the problem gives its answer's unit ("1.24 \\times 10^{5}" where "The unit of the
  answer is $10^{5}$ Pa").

Graded again:
- where the answer is a value and its estimate ("19/8 ≈ 2.38", "12.566..., which rounds to 12.6") and the problem
  asks for a rounding or writes the value itself ("What is 19/8 as a decimal?"), by the estimate;
- where an answer was read without an explicit mark (no box, tag or "####"), by the value its last line gives the
  expression the problem asks for ("$x = 5$, and $4x = 20$." for "What is $4x$?":
  :mod:`openrs_rewards.verifiers.asked_expression`);
- where one side is a choice letter and the other a value, by the value the problem's list of choices gives that
  letter (:mod:`openrs_rewards.verifiers.choices`);
- where an answer was read from the last number (or none was found), by the value its last sentence gives the
  quantity the problem's question names: one of several it states ("Jerry has 6 marbles and Tom has 18."), its new
  value before an echo of the problem ("worth $7,500 after 3 years"), a count in words
  (:mod:`openrs_rewards.verifiers.asked_quantity`);
- where no answer was found and the problem asks for a least or greatest number, by the bound the last sentence says
  is needed ("So at least 7 socks must be drawn."; elsewhere "at least 7" is a bound, no value);
- where a yes-or-no question got no reply, by what the last sentence says of the property it asks ("so the series
  diverges." for "Does the series converge?"), or of the claim it asks true or false
  (:mod:`openrs_rewards.verifiers.stated_reply`);
- where no marked answer was read right, by the thing the last sentence names by its place among those the problem
  sets side by side ("the first one is larger" for "Which is larger: $2^{100}$ or $3^{60}$?", "The second player
  wins." where Alice moves first against Bob: :mod:`openrs_rewards.verifiers.ordinal_named`).

Made ``incorrect`` too, a correct verdict whose marked answer gives its value to another variable than the one its
problem asks for ("$\\boxed{x = 5}$" for "what is $y$?").

``verify`` and the rewards apply it after their (cached) verdicts, since the problem is no part of a comparison.

Example:
    >>> from openrs_rewards.verifiers.verdict import Verdict
    >>> paid = Verdict(True, "correct", predicted="113.1", gold="36\\\\pi", method="numeric", source="boxed")
    >>> asked = "What is the volume? Express your answer in terms of $\\\\pi$."
    >>> with_problems([paid], [asked])[0].detail
    'the problem asks for an exact form; the answer is a rounded decimal'
    >>> letter = Verdict(False, "incorrect", predicted="E", gold="27", method="string", source="boxed")
    >>> listed = "How far? $\\\\textbf{(A) }20\\\\qquad\\\\textbf{(B) }24\\\\qquad\\\\textbf{(C) }25\\\\qquad\\\\textbf{(D) }26\\\\qquad\\\\textbf{(E) }27$"
    >>> with_problems([letter], [listed])[0].status
    'correct'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from openrs_rewards.verifiers.asked_expression import (
    ANOTHER_NAMED,
    ASKED_EXPRESSION,
    ASKED_MEASURE,
    another_measure_stated,
    another_named,
    asked_expression,
    asked_measure_kind,
    assigned_value,
    measured_value,
    stated_measure_of_another_kind,
)
from openrs_rewards.verifiers.asked_order import (
    NAMED_IN_THE_ASKED_ORDER,
    ORDER_ANSWERED,
    ORDER_NOT_ASKED,
    answered_order,
    named_in_the_asked_order,
)
from openrs_rewards.verifiers.asked_quantity import ASKED_QUANTITY, asked_value
from openrs_rewards.verifiers.asked_unit import (
    angle_unit_asked,
    angle_unit_not_asked,
    answer_unit_cues,
    asked_sentence,
    asking_part,
    number_in_the_scaled_unit_asked,
    number_in_the_unit_asked,
    unit_not_asked,
    written_unit_kind,
)
from openrs_rewards.verifiers.cascade import approximation_sides, decide_batch, written_after_the_answer
from openrs_rewards.verifiers.choices import answered_letter, choice_values
from openrs_rewards.verifiers.echo import RESTATED_PROBLEM, restates_the_problem, written_in_the_problem
from openrs_rewards.verifiers.exact_form import (
    ANGLE_OUT_OF_RANGE,
    COMPLEX_FORM_NOT_ASKED,
    EQUATION_NOT_NORMALISED,
    EXACT_NOT_ROUNDED,
    NOT_A_PRIME_FACTORIZATION,
    NOT_IN_LOWEST_TERMS,
    NOT_SOLVED_FOR,
    RADICAL_NOT_SIMPLIFIED,
    RESIDUE_OUT_OF_RANGE,
    ROUNDED_AS_ASKED,
    ROUNDED_NOT_EXACT,
    ROUNDED_OTHERWISE,
    angle_outside_the_asked_range,
    asked_rounding,
    complex_form_not_asked,
    equation_not_normalised_as_asked,
    exact_where_a_rounding_is_asked,
    factorization_not_given,
    not_solved_for_the_asked_variable,
    radical_not_simplified_where_asked,
    residue_outside_the_asked_range,
    rounded_as_asked,
    rounded_otherwise_than_asked,
    rounded_where_exact_is_asked,
    uncancelled_where_simplest_is_asked,
    unreduced_where_simplest_is_asked,
)
from openrs_rewards.verifiers.extract import (
    NOT_FOUND,
    WITHDRAWN,
    Extracted,
    ends_stating_in_words,
    find_answer,
    values_owned_by_pronouns,
)
from openrs_rewards.verifiers.factored_form import (
    NOT_DECOMPOSED_AS_ASKED,
    NOT_EXPANDED_AS_ASKED,
    NOT_FACTORED_AS_ASKED,
    factored_less_than_asked,
    factored_where_expansion_asked,
    one_fraction_where_partial_fractions_asked,
)
from openrs_rewards.verifiers.fast import TRUTH_ADJECTIVES, TRUTH_VALUES
from openrs_rewards.verifiers.normalize import (
    POWER_OF_TEN_PATTERN,
    TEXT_GROUP_RE,
    answer_unit,
    compound_quantity_values,
    is_unit_word,
    normalize_answer,
)
from openrs_rewards.verifiers.numeric import parse_number
from openrs_rewards.verifiers.options import DEFAULT_OPTIONS, VerifyOptions
from openrs_rewards.verifiers.ordinal_named import ORDINAL_NAMED, ordinal_named
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.stated_reply import STATED_REPLY, stated_reply
from openrs_rewards.verifiers.structure import split_top_level
from openrs_rewards.verifiers.text import completion_text_or_none, final_sentence
from openrs_rewards.verifiers.verdict import Verdict

__all__ = [
    "CHOSEN_VALUE",
    "ESTIMATE_ASKED",
    "FAMILY_OF_A_RELATION",
    "INTERVAL_ENDS",
    "IN_THE_UNIT_ASKED",
    "LETTER_OF_ANOTHER_VALUE",
    "NONE_COUNTED",
    "VALUE_OF_ANOTHER_LETTER",
    "with_problems",
]

CHOSEN_VALUE = "one side is the letter of a choice the problem lists; graded by that choice's value"
IN_THE_UNIT_ASKED = "the answer is written in the unit the problem asks for; graded by its number"
NONE_COUNTED = "the problem asks how many; 'none' (the empty set) is a count of 0"
FAMILY_OF_A_RELATION = (
    "the answer relates the unknowns the problem names in a tuple; graded as the family of tuples it defines"
)

# A problem that asks for a count: "How many ...", "Find the number of ...".
_COUNT_ASKED = compile_lazily(r"\bhow[ \t]+many\b|\bnumber[ \t]+of\b", re.IGNORECASE)


def _none_counted(verdict: Verdict, problem: str | None) -> bool:
    """Whether an incorrect verdict compared "none" (the empty set: "So he has none left.", "There are no real
    solutions.") with a count of 0, or the reverse, where ``problem`` asks how many: the same answer."""
    if verdict.status != "incorrect" or problem is None or verdict.gold is None or not verdict.predicted:
        return False
    if _COUNT_ASKED.search(problem) is None:
        return False
    return {normalize_answer(verdict.predicted), normalize_answer(verdict.gold)} == {"0", "\\emptyset"}


# A problem that asks for the solutions of an inequality (an interval), and not for a point.
_INEQUALITY_ASKED = compile_lazily(
    r"\binequalit(?:y|ies)\b|\binterval[ \t]+notation\b"
    r"|\bsolve\b[^.?!\n]{0,80}(?:\\[lg]eq?(?![a-z])|\\[lg]t(?![a-z])|[<>≤≥])",
    re.IGNORECASE,
)
_POINT_ASKED = compile_lazily(r"\b(?:ordered[ \t]+pairs?|points?|coordinates?)\b", re.IGNORECASE)
_RELATION_MARK = compile_lazily(r"[<>≤≥]|\\[lg]eq?(?![a-z])|\\[lg]t(?![a-z])|\\neq")
INTERVAL_ENDS = (
    "the problem asks for the solutions of an inequality; the answer lists the ends of the gold's interval"
)


def _ends_of_an_interval(verdict: Verdict, problem: str) -> bool:
    """Whether a correct verdict paid the bare list "2, 5" for the interval "(2,5)" that solves ``problem``'s
    inequality (the two read alike as a pair)."""
    gold, predicted = verdict.gold or "", verdict.predicted or ""
    if not (gold[:1] in "([" and gold[-1:] in ")]" and gold.count(",") == 1 and "\\cup" not in gold):
        return False  # (one interval)
    if predicted.count(",") != 1 or predicted[:1] in "([{\\" or _RELATION_MARK.search(predicted) is not None:
        return False  # (two bare values: not "x<-2, x>3")
    return _INEQUALITY_ASKED.search(problem) is not None and _POINT_ASKED.search(problem) is None


LETTER_OF_ANOTHER_VALUE = (
    "the answer names the gold's letter, but the value it states with it is another choice's"
)
VALUE_OF_ANOTHER_LETTER = "the answer states the gold's value with the letter of another choice"
# A letter and the value said with it, ending the text: "The answer is C. $\\frac{1}{2}$", "Answer: B) 8".
# (a box around both too: "$\\boxed{\\textbf{(D)}\\ 10}$")
_LETTER_AND_VALUE_AT_END = compile_lazily(
    r"(?:\\textbf\{|\\text\{)?\(?([A-J])\)?[ \t]*\}?[.):]?(?:[ \t~]|\\[ ,;:!]|\\q?quad)*"
    r"(?:\$([^$\n]{1,40})\$|(-?\d+(?:\.\d+)?(?:/\d+)?))[ \t.*$}]*\Z"
)


def _letter_of_another_value(verdict: Verdict, problem: str, completion: object) -> bool:
    """Whether a correct verdict read a letter that the completion's last words state with the value of another
    choice ("The answer is C. $\\frac{1}{2}$" where (B) is 1/2 and (C) is 1): letter and value disagree, and the value
    is what was worked out."""
    text = completion_text_or_none(completion)
    values = choice_values(problem) if text is not None else None
    if text is None or not values:
        return False
    said = _LETTER_AND_VALUE_AT_END.search(text[-200:])
    gold_letter = answered_letter(verdict.gold)
    if (
        said is None
        or said.group(1) not in values
        or (gold_letter is not None and said.group(1) != gold_letter)
    ):
        # (against a gold value, any letter: "\boxed{\textbf{(B)}\ 54}" where (B) is 45 and (C) 54 says both)
        return False
    written = said.group(2) or said.group(3)
    stated = _number_of(written)
    if stated is None:
        # (an expression: "Answer: A. $-\\cos x$" where (B) is $-\\cos x$, written alike)
        spelled = normalize_answer(written)
        others = [letter for letter, value in values.items() if normalize_answer(value) == spelled]
    else:
        others = [letter for letter, value in values.items() if _number_of(value) == stated]
    return bool(others) and said.group(1) not in others


ANOTHER_LETTER_CHOSEN = (
    "the answer's value is read from the work, but it ends by choosing another choice's letter"
)


def _another_letter_chosen(
    verdict: Verdict, problem: str, completion: object, options: VerifyOptions | None
) -> bool:
    """Whether a correct verdict read a value from the work where the completion ends by choosing the letter of
    another choice ("so 15% is 12. That's answer choice (D)." where (C) is 12 and (D) is 15): its choice is no
    answer of the gold's value."""
    if verdict.source not in _GUESS_SOURCES or answered_letter(verdict.gold) is not None:
        return False
    text = completion_text_or_none(completion)
    values = choice_values(problem) if text is not None else None
    if text is None or not values:
        return False
    letter = _letter_chosen(text, values, options)
    if letter is None:
        return False
    value, gold = _number_of(values[letter]), _number_of(verdict.gold or "")
    if value is None or gold is None:
        return normalize_answer(values[letter]) != normalize_answer(verdict.gold or "")
    return bool(value != gold)


# Sources of a value the completion does not mark as its answer
_GUESS_SOURCES = frozenset(["last_number", "math_span", "plain_math", "whole", "phrase"])


def _number_of(text: str) -> object:
    parsed = parse_number(normalize_answer(text))
    return None if parsed is None else parsed.value


def _fault(
    verdict: Verdict, problem: str | None, completion: object, options: VerifyOptions | None
) -> str | None:
    """Why the problem makes a correct verdict incorrect, or None."""
    if not verdict.correct or problem is None:
        return None
    if restates_the_problem(verdict.predicted, verdict.gold, problem):
        return RESTATED_PROBLEM
    if rounded_where_exact_is_asked(verdict.predicted, verdict.gold, problem):
        return ROUNDED_NOT_EXACT
    if rounded_otherwise_than_asked(verdict.predicted, verdict.gold, problem):
        return ROUNDED_OTHERWISE
    if exact_where_a_rounding_is_asked(verdict.predicted, verdict.gold, problem):
        return EXACT_NOT_ROUNDED
    if unreduced_where_simplest_is_asked(
        verdict.predicted, verdict.gold, problem
    ) or uncancelled_where_simplest_is_asked(verdict.predicted, verdict.gold, problem):
        return NOT_IN_LOWEST_TERMS
    if radical_not_simplified_where_asked(verdict.predicted, verdict.gold, problem):
        return RADICAL_NOT_SIMPLIFIED
    if factorization_not_given(verdict.predicted, verdict.gold, problem):
        return NOT_A_PRIME_FACTORIZATION
    if not_solved_for_the_asked_variable(verdict.predicted, verdict.gold, problem):
        return NOT_SOLVED_FOR  # ("3y = 6 - 2x" for "Solve $2x + 3y = 6$ for $y$.")
    if complex_form_not_asked(verdict.predicted, problem):
        return COMPLEX_FORM_NOT_ASKED
    if equation_not_normalised_as_asked(verdict.predicted, problem):
        return EQUATION_NOT_NORMALISED  # ("2x + 2y + 2z - 2 = 0" where A > 0 and gcd(|A|,|B|,|C|,|D|) = 1 is asked)
    if completion is not None and verdict.predicted and "equiv" in verdict.predicted:
        # (the answer read again, its modulus and all: the normalised answer keeps the residue alone)
        text = completion_text_or_none(completion)
        found = None if text is None else find_answer(text, (options or DEFAULT_OPTIONS).extraction)
        if isinstance(found, Extracted) and residue_outside_the_asked_range(found.text, problem):
            return RESIDUE_OUT_OF_RANGE  # ("x \\equiv 13 \\pmod 7" where 0 \\le a < m is asked)
    if angle_outside_the_asked_range(verdict.predicted, problem):
        return ANGLE_OUT_OF_RANGE  # ("2\\sqrt{2}e^{-3\\pi i/4}" where 0 \\le \\theta < 2\\pi is asked)
    if answered_order(verdict.predicted, verdict.gold, problem) is False:
        return ORDER_NOT_ASKED
    if factored_less_than_asked(verdict.predicted, verdict.gold, problem):
        return NOT_FACTORED_AS_ASKED
    if factored_where_expansion_asked(verdict.predicted, verdict.gold, problem):
        return NOT_EXPANDED_AS_ASKED
    if one_fraction_where_partial_fractions_asked(verdict.predicted, verdict.gold, problem):
        return NOT_DECOMPOSED_AS_ASKED
    if _ends_of_an_interval(verdict, problem):
        return INTERVAL_ENDS
    if completion is not None and _letter_of_another_value(verdict, problem, completion):
        return (
            LETTER_OF_ANOTHER_VALUE if answered_letter(verdict.gold) is not None else VALUE_OF_ANOTHER_LETTER
        )
    if completion is not None and _another_letter_chosen(verdict, problem, completion, options):
        return ANOTHER_LETTER_CHOSEN
    if completion is not None and angle_unit_asked(problem) is not None:
        # (the answer read again, its degree mark and all, only where the problem asks a unit of angle)
        text = completion_text_or_none(completion)
        angle = (
            None
            if text is None
            else angle_unit_not_asked(_answer_as_extracted(verdict, text, options), problem)
        )
        if angle is not None:
            return angle  # "60^\circ" for "Express your answer in radians." (the comparison converts degrees)
    if (
        verdict.source in _UNMARKED_LINE_SOURCES
        and not _named_parts_gold(verdict)
        and not _as_many_parts_as_the_gold(verdict)  # (each part named: "t = 3 s, x = 45 m" for "3 s, 45 m")
    ):
        text = completion_text_or_none(completion)
        if text is not None and (
            another_named(text, problem) is not None or another_measure_stated(text, problem) is not None
        ):
            # "$2x = 10$" for "what is $x + 5$?", "Area = 18" for "What is its perimeter?"
            return ANOTHER_NAMED
    if verdict.source in _MARKED_NAME_SOURCES and _marked_for_another_variable(
        verdict, problem, completion, options
    ):
        # "$\boxed{x = 5}$" for "what is $y$?": the value of the other unknown, however marked
        return ANOTHER_NAMED
    another_kind = _another_kind_of_quantity(verdict, problem, completion, options)
    if another_kind is not None:
        return another_kind
    return _in_a_unit_not_asked(verdict, problem, completion, options)


_MARKED_NAME_SOURCES = frozenset(["boxed", "bold", "phrase", "answer_tag"])
# A marked answer that gives one variable its value: "x = 5", "y_1 = 3" (the name, group 1).
_ONE_VARIABLE_GIVEN = compile_lazily(r"[ \t$]*([A-Za-z])(?:_\{?\w\}?)?[ \t]*=[^=<>]+")


def _marked_for_another_variable(
    verdict: Verdict, problem: str, completion: object, options: VerifyOptions | None
) -> bool:
    """Whether the marked answer gives its value to one letter where the problem asks for another letter alone
    ("x = 5" for "If $x + y = 12$ and $x - y = 2$, what is $y$?")."""
    asked = asked_expression(problem)
    if asked is None or len(asked) != 1 or not asked.isalpha():
        return False
    text = completion_text_or_none(completion)
    answer = None if text is None else _answer_as_extracted(verdict, text, options)
    given = None if answer is None else _ONE_VARIABLE_GIVEN.fullmatch(answer)
    return given is not None and given.group(1).lower() != asked.lower()


def _another_kind_of_quantity(
    verdict: Verdict, problem: str, completion: object, options: VerifyOptions | None
) -> str | None:
    """Why the answer is a quantity of another kind than the measure the problem asks for, or None: its line states
    another measure ("The ball's momentum is \\boxed{4.0 kg m/s}." for "What is its kinetic energy?"), or its unit
    is of another kind ("2.0 m/s" for "What is its acceleration?"), however it is marked."""
    asked = asked_measure_kind(problem)
    text = completion_text_or_none(completion) if asked is not None else None
    if asked is None or text is None:
        return None
    if stated_measure_of_another_kind(text, problem) is not None:
        return ANOTHER_NAMED
    answer = _answer_as_extracted(verdict, text, options)
    written = None if answer is None else written_unit_kind(answer)
    # (a molar quantity is of its kind: "1.99e5 J/mol" for "the energy of one mole of photons")
    if written is None or written[1].removesuffix("/amount") == asked[1].removesuffix("/amount"):
        return None
    return f"the answer is in {written[0]}, a {written[1]}; the problem asks for the {asked[0]}"


# Where an answer read from an unmarked last line comes from (a box, a tag or a phrase marks one).
_UNMARKED_LINE_SOURCES = frozenset(["math_span", "plain_math", "last_number", "whole"])


def _in_a_unit_not_asked(
    verdict: Verdict, problem: str, completion: object, options: VerifyOptions | None
) -> str | None:
    """Why the answer's unit, scale or percent sign (which the comparison leaves out) is not what the problem asks
    for (:mod:`openrs_rewards.verifiers.asked_unit`), read from the completion's answer again; or None."""
    answer = _answer_read_again(verdict, problem, completion, options)
    return None if answer is None else unit_not_asked(answer, verdict.gold, problem)


def _answer_read_again(
    verdict: Verdict, problem: str, completion: object, options: VerifyOptions | None
) -> str | None:
    """The verdict's answer as the extractor reads it, with its unit, where the problem or the end of the completion
    gives its unit something to say; None otherwise, or when it is read otherwise than the verdict's answer."""
    text = completion_text_or_none(completion)
    if text is None:
        return None
    tail = text[-_UNIT_CUE_REACH:]
    if not answer_unit_cues(problem, tail) or not _written_with_a_unit(verdict.predicted, tail):
        return None
    answer = _answer_as_extracted(verdict, text, options)
    if (
        answer is not None
        and verdict.predicted is not None
        and verdict.predicted.startswith(answer + " ")
        and _written_with_a_unit(verdict.predicted, verdict.predicted)
    ):
        # ("**Final Answer:** $16.67$ m/s": the comparison read the unit written after the number's math, and so is
        # the answer read here)
        return verdict.predicted
    if answer is not None and _PLAIN_AMOUNT.fullmatch(answer) is not None:
        # ("So Oliver gets $35 in change.": the number read last, its dollar sign before it, where cents are asked)
        written = _whole_number_positions(tail, answer)
        if written and _dollar_before(tail, written[-1]):
            return "$" + answer
        # ("So it takes 5 minutes.": the number read last, its unit after it, where hours are asked)
        unit = written_after_the_answer(answer, text)
        if unit is not None and is_unit_word(unit):
            return f"{answer} {unit}"
    return answer


_PLAIN_AMOUNT = compile_lazily(r"\d[\d,]*(?:\.\d+)?")


def _answer_as_extracted(verdict: Verdict, text: str, options: VerifyOptions | None) -> str | None:
    """The verdict's answer as the extractor reads it from ``text``, its unit and all ("6.0 N" where the comparison
    read "6.0", "x = 30^\\circ, x = 150^\\circ" where it read "x=30,x=150"); None when the extractor reads another
    answer than the verdict's (a problem check's reading)."""
    found = find_answer(text, (options or DEFAULT_OPTIONS).extraction)
    if not isinstance(found, Extracted):
        return None
    if (
        _same_leading_number(found.text, verdict.predicted)
        or normalize_answer(found.text) == verdict.predicted
    ):
        return found.text
    return None


def _number_in_the_unit_asked(
    verdict: Verdict, problem: str | None, completion: object, options: VerifyOptions | None
) -> tuple[str, str] | None:
    """The number of an incorrect verdict's answer and the gold, where that answer is written in the unit the
    problem asks for ("540 m" where meters are asked: the comparison kept "540m" whole); None otherwise."""
    if verdict.status != "incorrect" or problem is None or verdict.gold is None:
        return None
    if _UNIT_KEPT.search(verdict.predicted or "") is None:
        return None  # (the comparison took any unit off: a plain number, "540", was compared as such)
    answer = _answer_read_again(verdict, problem, completion, options)
    number = number_in_the_unit_asked(answer, problem)
    return None if number is None else (number, verdict.gold)


_UNIT_KEPT = compile_lazily(r"\d[ \t]*\\?[A-Za-zμ°]")  # a number with letters after it: "540m", "10hrs/wk"
_UNIT_CUE_REACH = 400  # characters: the end of a completion, where its answer and that answer's unit are
_LEADING_NUMBER = compile_lazily(r"[^\d]{0,3}?(\d[\d,]*(?:\.\d+)?)")


def _written_with_a_unit(predicted: str | None, tail: str) -> bool:
    """Whether the number the verdict's answer opens with stands in ``tail`` (the end of the completion) with a
    word, a sign or a unit beside it ("12 m", "12 \\text{ seconds}", "0.5\\%", "\\$75"): else the answer has no unit
    to read again (most completions; reading one again costs as much as reading it first)."""
    number = _LEADING_NUMBER.match(predicted or "")
    if number is None:
        return False
    digits = number.group(1)
    # (its digits as the comparison read them, where the completion grouped them: "1{,}200 \\text{ m}", "1,200 m")
    if len(digits) > 3:
        tail, digits = _THOUSANDS_SEPARATOR.sub("", tail), digits.replace(",", "")
    return any(
        _UNIT_BESIDE.match(tail, _past_a_power_of_ten(tail, at + len(digits))) is not None
        or _dollar_before(tail, at)
        for at in _whole_number_positions(tail, digits)
    )


_THOUSANDS_SEPARATOR = compile_lazily(r"(?<=\d)(?:\{,\}|\\,|,)(?=\d{3}(?!\d))")
# The power of ten of a number in scientific notation, after its digits: " × 10^{-7}", "\\times10^{3}", " × 10⁻⁷".
_POWER_OF_TEN_AFTER = compile_lazily(r"[ \t]*" + POWER_OF_TEN_PATTERN)


def _past_a_power_of_ten(tail: str, at: int) -> int:
    """Where the unit of the number whose digits end at ``at`` starts: past its power of ten, if it has one."""
    power = _POWER_OF_TEN_AFTER.match(tail, at)
    return at if power is None else power.end()


def _whole_number_positions(tail: str, digits: str) -> list[int]:
    """Where ``digits`` stand in ``tail`` as a whole number (not inside "1350" or after the point of "0.35")."""
    positions = []
    at = tail.find(digits)
    while at != -1:
        end = at + len(digits)
        if (at == 0 or not (tail[at - 1].isdigit() or tail[at - 1] == ".")) and not tail[
            end : end + 1
        ].isdigit():
            positions.append(at)
        at = tail.find(digits, end)
    return positions


def _dollar_before(tail: str, at: int) -> bool:
    """Whether a dollar sign ("$", "\\$") stands right before the number at ``at``."""
    return tail[max(0, at - 3) : at].rstrip().endswith("$")


# What stands after a number written with its unit: spaces (TeX's too), a "\text{" and a letter, a percent or a degree.
_UNIT_BESIDE = compile_lazily(
    r"(?:[ \t~]|\\[,;: ]|\\(?:text|mathrm|rm|textrm|mbox)[ \t]*\{)*\\?[A-Za-zμ°%¢^]"
)


def _same_leading_number(found: str, predicted: str | None) -> bool:
    """Whether the answer read again opens with the same number as the verdict's answer."""
    first, second = _LEADING_NUMBER.match(found), _LEADING_NUMBER.match(predicted or "")
    return (
        first is not None
        and second is not None
        and first.group(1).replace(",", "") == second.group(1).replace(",", "")
    )


def _by_the_choices(verdict: Verdict, problem: str | None) -> tuple[str, str] | None:
    """What to compare instead, through ``problem``'s list of choices, for an incorrect verdict where one side is a
    letter and the other a value: the value the answer's letter names against the gold, or the answer against the
    value the gold's letter names. None otherwise."""
    if verdict.status != "incorrect" or problem is None or verdict.gold is None or not verdict.predicted:
        return None
    letter, gold_letter = answered_letter(verdict.predicted), answered_letter(verdict.gold)
    if letter is None and gold_letter is None:
        return None  # (two values need no list)
    values = choice_values(problem)
    if values is None:
        return None
    if letter is not None and gold_letter is not None:
        # ("\boxed{B}" against a gold "b" where the problem labels its choices "(a)" to "(d)": one letter in two cases,
        # which without the list may be a variable; else two letters were compared as letters)
        in_two_cases = verdict.predicted.strip().isupper() != verdict.gold.strip().isupper()
        return (letter, letter) if in_two_cases and letter == gold_letter and letter in values else None
    if letter is not None:
        value = values.get(letter)
        return None if value is None else (value, verdict.gold)
    value = values.get(gold_letter or "")
    if value is None:
        return None
    # ("\\boxed{20\\text{ V}}", read as 20, against "(C) 20 V"; "F = ma = 6 N" read as 6N: each side's number, its
    # unit's letter no factor)
    predicted = _gold_number_before_a_unit_symbol(verdict.predicted, problem) or verdict.predicted
    return predicted, _gold_number_before_a_unit_symbol(value, problem) or value


def _gold_number_before_a_unit_symbol(gold: str | None, problem: str | None) -> str | None:
    """The number of a gold written as a number and one letter that is an SI unit's symbol ("2 s", "9 J", "4.5 \\ N")
    where the problem uses that unit (after a number, in a compound unit, or by its name); None otherwise. (Without
    the problem such a letter may be a variable: "6m", "2 n", "7.6 Z".)"""
    if not gold or not problem or not isinstance(problem, str):
        return None
    written = _NUMBER_AND_A_LETTER.fullmatch(gold)
    if written is None or written.group(2) not in _UNIT_SYMBOL_NAMES:
        return None
    symbol = re.escape(written.group(2))
    used = re.search(
        rf"\d[ \t]*(?:\\[ ,;]|~)?[ \t]*(?:\\(?:text|mathrm)[ \t]*\{{[ \t]*)?{symbol}(?![A-Za-z])|/[ \t]*{symbol}(?![A-Za-z])"
        rf"|\b{_UNIT_SYMBOL_NAMES[written.group(2)]}",
        problem,
    )
    return written.group(1) if used is not None else None


def _written_without_another_unit(
    verdict: Verdict, completion: object, options: VerifyOptions | None
) -> bool:
    """Whether the answer, as the completion writes it, has no unit, or the gold's one letter ("t = 2 s" for "2 s";
    not "9 kJ" for "9 J")."""
    text = completion_text_or_none(completion)
    found = None if text is None else find_answer(text, (options or DEFAULT_OPTIONS).extraction)
    if not isinstance(found, Extracted) or text is None:
        return False
    # (the answer's value, its name aside, and what the text writes right after it: "$t = 2$ s.")
    at = text.rfind(found.text)
    answer = found.text + (
        text[at + len(found.text) : at + len(found.text) + 12].split("\n")[0] if at != -1 else ""
    )
    unit = (
        TEXT_GROUP_RE.sub(r"\1", answer.rpartition("=")[2]).replace("$", " ").replace("}", " ").strip(" \t.")
    )
    unit = _NUMBER_OPENING.sub("", unit).strip(" \t.$~\\,")
    gold = _NUMBER_AND_A_LETTER.fullmatch(verdict.gold or "")
    return not unit or (gold is not None and unit == gold.group(2))


_NUMBER_OPENING = compile_lazily(r"\A[ \t]*-?\d+(?:[.,]\d+)?")
_NUMBER_AND_A_LETTER = compile_lazily(r"[ \t]*(-?\d+(?:\.\d+)?)[ \t]*(?:\\[ ,;]|~)?[ \t]*([A-Za-z])[ \t]*")
# SI units written with one letter, and the start of their names
_UNIT_SYMBOL_NAMES = {
    "s": "seconds?", "m": "met(?:er|re)s?", "g": "grams?", "J": "[Jj]oules?", "N": "[Nn]ewtons?", "W": "[Ww]atts?",
    "V": "[Vv]olts?", "K": "[Kk]elvins?", "A": "[Aa]mp(?:ere)?s?", "C": "[Cc]oulombs?", "T": "[Tt]eslas?",
    "L": "[Ll]it(?:er|re)s?",
}  # fmt: skip


def _assigned_after_the_last_box(text: str, problem: str) -> str | None:
    """The value the last line gives the expression the problem asks for (:func:`assigned_value`), where that line
    comes after the text's last box; None otherwise."""
    last_box = text.rfind("\\boxed")
    assigned = assigned_value(text, problem)
    if assigned is None or last_box == -1:
        return None
    box_end = text.find("\n", last_box)
    return assigned if box_end != -1 and text.rfind(assigned) > box_end else None


def _unlettered_choice(
    verdict: Verdict, problem: str | None, completion: object, options: VerifyOptions | None
) -> tuple[str, str] | None:
    """For a lettered gold where no letter was found: the value the completion states (read as it would be against a
    value: "So the prime is 97.") or the one option's text its last sentence says ("... is carried by the photon."),
    against the value of the gold's choice the problem lists. None otherwise."""
    if verdict.status != "no_answer" or verdict.detail != NOT_FOUND or problem is None:
        return None
    gold_letter = answered_letter(verdict.gold)
    text = completion_text_or_none(completion) if gold_letter is not None else None
    values = choice_values(problem) if text is not None else None
    if text is None or not values or gold_letter not in values or text.rstrip(" \t\n*$").endswith("?"):
        return None  # (nor a question: "Is the answer A) the photon?")
    opening = _CHOICE_OPENING.match(text)
    if opening is not None and opening.group(1) in values:
        chosen = values[opening.group(1)].strip(" .").lower()
        if len(chosen) >= 2 and text[opening.end() :].lower().startswith(chosen):
            # "C) Coulomb. The ampere (A) measures current, ...": the reply opens with one choice, its letter and
            # its own text, then says why the others fail
            return values[opening.group(1)], values[gold_letter]
    found = find_answer(text, (options or DEFAULT_OPTIONS).extraction)
    if isinstance(found, Extracted) and answered_letter(found.text) is None:
        return found.text, values[gold_letter]
    sentence = text.rstrip()[-_OPTION_TEXT_REACH:].lower()
    said = [
        letter
        for letter, value in values.items()
        if len(value) >= 4
        and any(char.isalpha() for char in value)
        and re.search(rf"(?<!\w){re.escape(value.strip(' .').lower())}(?!\w)", sentence) is not None
    ]
    # (one option's text, not several compared: "the photon, not the gluon" names two)
    return (values[said[0]], values[gold_letter]) if len(said) == 1 else None


def _letter_chosen_for_a_value(
    verdict: Verdict, problem: str | None, completion: object, options: VerifyOptions | None
) -> tuple[str, str] | None:
    """For a gold that is a choice's value or text where no answer was found: the value of the choice the completion
    chooses by its letter ("I'll go with option B: meiosis." for "Meiosis", where (B) is Meiosis), against the gold.
    None otherwise."""
    if verdict.status != "no_answer" or verdict.detail != NOT_FOUND or problem is None or not verdict.gold:
        return None
    if answered_letter(verdict.gold) is not None:
        return None  # (a lettered gold: see _unlettered_choice)
    text = completion_text_or_none(completion)
    values = choice_values(problem) if text is not None else None
    if text is None or not values:
        return None
    letter = _letter_chosen(text, values, options)
    return None if letter is None else (values[letter], verdict.gold)


def _letter_chosen(text: str, values: dict[str, str], options: VerifyOptions | None) -> str | None:
    """The letter of one of the problem's choices (``values``) that ``text`` answers with, read with those letters
    as choices; None when it answers with none of them."""
    chosen = find_answer(text, (options or DEFAULT_OPTIONS).extraction, choice_letters="".join(values))
    if not isinstance(chosen, Extracted) or chosen.source != "choice" or chosen.text not in values:
        return None
    return chosen.text


# A reply that opens with a choice's letter: "C) Coulomb.", "**(B)** Meiosis", "A. 12".
_CHOICE_OPENING = compile_lazily(r"[ \t\n]*(?:\*\*)?\(?([A-J])[).:](?:\*\*)?[ \t]*")

_OPTION_TEXT_REACH = 160  # characters at the end of a completion where an option's text is looked for


def _named_parts_gold(verdict: Verdict) -> bool:
    """Whether the gold names two or more parts ("m=3,b=-1"): the problem asks for each of them, whatever one measure
    or expression its question names first ("Find its slope $m$ and its $y$-intercept $b$")."""
    gold = verdict.gold or ""
    return "=" in gold and len(split_top_level(gold, ",") or ()) >= 2


def _as_many_parts_as_the_gold(verdict: Verdict) -> bool:
    """Whether the answer read lists as many parts as the gold, two or more, and the gold's parts are bare values or
    values with a unit ("(45, 15)" for "45, 15"), or the answer names each of its parts ("adult=110,child=90" for "110
    adult, 90 child", compared by name); not for "13 boys, 17 girls" against parts without names, whose nouns the
    values read from a sentence lost ("13 girls and 17 boys" is then graded by the part the question names first)."""
    gold_parts = split_top_level(verdict.gold or "", ",")
    if gold_parts is None or len(gold_parts) < 2 or not verdict.predicted:
        return False
    predicted = verdict.predicted.strip()
    if predicted.startswith("(") and predicted.endswith(")"):
        predicted = predicted[1:-1]
    parts = split_top_level(predicted, ",")
    if parts is None or len(parts) != len(gold_parts):
        return False
    return all("=" in part for part in parts) or not any(
        # (a value with its unit is a bare value still: "3 \text{ s}, 45 \text{ m}")
        any(character.isalpha() for character in part) and answer_unit(part) is None
        for part in gold_parts
    )


def _reply_stated(verdict: Verdict, problem: str | None, completion: object) -> tuple[str, str, str] | None:
    """The "Yes" or "No" the last sentence states of the property a yes-or-no question asks about ("..., so the
    series diverges." for "Does the series converge?"), or of the claim it asks true or false ("..., and the
    statement is true."), against a yes-or-no (or true-or-false) gold where no reply was read; None otherwise
    (:mod:`openrs_rewards.verifiers.stated_reply`)."""
    if problem is None or verdict.correct or verdict.gold is None:
        return None
    if TRUTH_VALUES.get(verdict.gold.lower()) is None:
        return None
    if verdict.predicted is not None and verdict.predicted.lower() in TRUTH_VALUES:
        return None  # (a reply was read: it stands)
    if verdict.status == "no_answer" and verdict.detail != NOT_FOUND:
        return None  # (a reply taken back, a truncated text: no statement to read)
    text = completion_text_or_none(completion)
    reply = None if text is None else stated_reply(text, problem)
    if reply is not None and verdict.gold.lower() in TRUTH_ADJECTIVES:
        reply = "True" if reply == "Yes" else "False"  # (the claim's truth, in the words the gold asks it)
    return None if reply is None else (reply, verdict.gold, STATED_REPLY)


def _ordinal_named(verdict: Verdict, problem: str | None, completion: object) -> tuple[str, str, str] | None:
    """The thing the last sentence names by its place among those the problem sets side by side ("the first one is
    larger" for "Which is larger: $2^{100}$ or $3^{60}$?", "The second player wins." where Alice moves first and Bob
    plays), with the gold and why, where the answer read is no marked one and not the gold; None otherwise
    (:mod:`openrs_rewards.verifiers.ordinal_named`)."""
    if problem is None or verdict.correct or verdict.gold is None:
        return None
    unmarked = verdict.status == "no_answer" and verdict.detail == NOT_FOUND
    if not unmarked and (
        verdict.status != "incorrect" or (verdict.source or "").rpartition(":")[2] in _MARKED_SOURCES
    ):
        return None
    text = completion_text_or_none(completion)
    thing = None if text is None else ordinal_named(text, problem)
    return None if thing is None else (thing, verdict.gold, ORDINAL_NAMED)


PRONOUNS_NAMED = (
    "the last sentence gives its values by pronouns; graded with the persons the problem says they stand for"
)
# Where a problem tells a person's pronoun: a relative named after "his"/"her" ("his sister Priya": she), or a name
# whose own possessive follows before any other name ("John is three times as old as his daughter": he).
_RELATIVE_NAMED = compile_lazily(
    r"\b(?:his|her|their)[ \t]+(?:(sister|daughter|mother|wife|aunt|niece|grandmother|granddaughter|girlfriend)"
    r"|(brother|son|father|husband|uncle|nephew|grandfather|grandson|boyfriend))[ \t,]+([A-Z][a-z]+)\b"
)
_NAME_THEN_POSSESSIVE = compile_lazily(r"\b([A-Z][a-z]+)\b((?:(?![.!?])[^A-Z])*?)\b(his|her)\b")
_NOT_A_NAME = frozenset(
    ["The", "A", "An", "If", "In", "How", "What", "Each", "Both", "Together", "Let", "Find", "When"]
)


def _persons_of_pronouns(problem: str) -> dict[str, str]:
    """The name each of "he" and "she" stands for in ``problem``, where it tells one person of each (see the patterns
    above); the others left out."""
    named: dict[str, set[str]] = {"he": set(), "she": set()}
    for relative in _RELATIVE_NAMED.finditer(problem):
        named["she" if relative.group(1) else "he"].add(relative.group(3))
    for owner in _NAME_THEN_POSSESSIVE.finditer(problem):
        if owner.group(1) not in _NOT_A_NAME:
            named["he" if owner.group(3) == "his" else "she"].add(owner.group(1))
    persons = {pronoun: next(iter(names)) for pronoun, names in named.items() if len(names) == 1}
    return persons if len(set(persons.values())) == len(persons) else {}


def _pronouns_named(verdict: Verdict, problem: str | None, completion: object) -> tuple[str, str, str] | None:
    """The values of a last sentence owned by pronouns ("She gets 40 and he gets 20.") written with the names the
    problem tells the pronouns stand for ("Carlos and his sister Dana ..."), with the gold and why, where no answer
    was read and every pronoun is told; None otherwise. Against a gold of one value, the value of the person the
    question names."""
    if (
        problem is None
        or verdict.gold is None
        or verdict.status != "no_answer"
        or verdict.detail != NOT_FOUND
    ):
        return None
    text = completion_text_or_none(completion)
    owned = None if text is None else values_owned_by_pronouns(text)
    if owned is None:
        return None
    persons = _persons_of_pronouns(problem)
    if not all(owner in persons for owner, _ in owned):
        return None
    if any(mark in verdict.gold for mark in (",", ":", "\\text")):
        return (
            ", ".join(f"{persons[owner]} = {value}" for owner, value in owned),
            verdict.gold,
            PRONOUNS_NAMED,
        )
    question = asked_sentence(problem, else_last_sentence=True)
    asked = [value for owner, value in owned if re.search(rf"\b{persons[owner]}\b", question)]
    return (asked[0], verdict.gold, PRONOUNS_NAMED) if len(asked) == 1 else None


CONTRASTED_SUBJECT = "the last sentence says one word of each of two things; graded by what it says of the one the question asks about"
# Two clauses of a final sentence set against each other: "So $f$ is even, whereas $f'$ is odd."
_CONTRAST = compile_lazily(r",?[ \t]+(?:whereas|while)[ \t]+")
# ... each a thing said to be a word: "$x = 0$ is stable", "$\\sum 1/n$ diverges" (the thing in group 1)
_SAID_OF = compile_lazily(
    r"[ \t]*(?:(?:so|hence|therefore|thus|then|finally)\b,?[ \t]*)?(.{1,40}?)[ \t]+"
    r"(?:is|are|converges|diverges|costs|has|gets|earns|weighs|takes|wins|equals)\b[ \t]*"
    # (the property said, its first word in group 2: "even", "increasing", "$100")
    r"(?:(?:an?|the)[ \t]+)?([A-Za-z]+|\S+)[^;]{0,80}",
    re.IGNORECASE,
)
_NOT_A_THING = frozenset(
    ["it", "they", "this", "that", "the sum", "the product", "their product", "their sum"]
)


def _contrasted_subject(
    verdict: Verdict, problem: str | None, completion: object
) -> tuple[str, str, str] | None:
    """The clause of a final sentence that sets two things against each other ("So $f$ is even, whereas $f'$ is
    odd.", "Plan A costs $100, whereas Plan B costs $200.") which speaks of the one thing the problem's question names
    ("Is $f'$ even, odd, or neither?"), or, where the second clause speaks of the first's thing again ("f is increasing
    on ..., while it is decreasing on ..."), of the one property it names; written as an answer of its own ("So $f'$
    is odd."), with the gold and why. None for any other answer, or where the question names both or neither (an
    answer read from a mark stands)."""
    if problem is None or verdict.gold is None or verdict.status not in ("correct", "incorrect"):
        return None
    if verdict.source is None or verdict.source in _MARKED_SOURCES:
        return None
    text = completion_text_or_none(completion)
    clauses = [] if text is None else _CONTRAST.split(final_sentence(text).strip().rstrip("."))
    if len(clauses) != 2:
        return None
    said = [_SAID_OF.fullmatch(clause) for clause in clauses]
    if said[0] is None or said[1] is None:
        return None
    things = [_math_words(said[0].group(1)), _math_words(said[1].group(1))]
    question = _math_words(asked_sentence(problem, else_last_sentence=True))
    if things[1].lower() in ("it", "they") and things[0].lower() not in _NOT_A_THING:
        # (one thing, two properties: the clause of the property the question names, its thing named again)
        keys = [said[0].group(2).lower(), said[1].group(2).lower()]
        answers = [
            _said_of_the_thing(said[0], said[0].group(1)),
            _said_of_the_thing(said[1], said[0].group(1)),
        ]
    elif any(thing.lower() in _NOT_A_THING for thing in things):
        return None
    else:
        keys = things
        answers = [
            _said_of_the_thing(said[0], said[0].group(1)),
            _said_of_the_thing(said[1], said[1].group(1)),
        ]
    named = [
        index
        for index, key in enumerate(keys)
        if re.search(r"(?<![\w'])" + re.escape(key) + r"(?![\w'])", question, re.IGNORECASE) is not None
    ]
    if len(named) != 1 or keys[0].lower() == keys[1].lower():
        return None
    return answers[named[0]], verdict.gold, CONTRASTED_SUBJECT


def _said_of_the_thing(clause: re.Match[str], thing: str) -> str:
    """A clause of a contrast written as an answer of its own, its thing named: "So $f$ is increasing on ..."."""
    return f"So {thing.strip()} {clause.group()[clause.end(1) :].strip()}."


def _math_words(text: str) -> str:
    """``text`` without math delimiters and with no spaces around operators ("$m + n$" is "m+n")."""
    return re.sub(r"[ \t]*([-+*/=^_{}()])[ \t]*", r"\1", text.replace("$", "")).strip()


EXTREME_AS_ITS_BOUND = (
    "the problem asks for a least or greatest number; graded by the bound the last sentence says is needed"
)
# A problem that asks for a greatest or a least number, and the bound a last sentence gives it: "Horst can put at
# most 100 knights in total.", "So at least 7 socks must be drawn." (group 1 the direction, group 2 the number).
_GREATEST_ASKED = compile_lazily(
    r"\b(?:greatest|largest|maximum|maximal|biggest|highest|most)\b", re.IGNORECASE
)
_LEAST_ASKED = compile_lazily(r"\b(?:least|smallest|minimum|minimal|fewest|lowest)\b", re.IGNORECASE)
_BOUND_AT_THE_END = compile_lazily(
    r"\bat[ \t]+(least|most)[ \t]+\$?(\d{1,9})\$?(?:[ \t]+[A-Za-z]+){0,5}[ \t]*[.!][ \t*]*\Z", re.IGNORECASE
)
# ... unless the sentence bounds the extreme itself ("the minimum is at least 7": a bound, not the value reached)
_EXTREME_BOUNDED = compile_lazily(
    r"\b(?:maximum|minimum|max|min|greatest|least[ \t]+(?:value|number)|largest|smallest|answer)\b"
    r"|\b(?:probably|maybe|perhaps|guess)\b",
    re.IGNORECASE,
)


def _extreme_stated_as_its_bound(text: str, problem: str) -> str | None:
    """The number of a last sentence that says how many at least (or at most) are needed, where the problem asks for
    that least (or greatest) number ("So at least 7 socks must be drawn." for "What is the least number of socks that
    must be drawn ...?"); None otherwise (a last number after "at least" is a bound, no value, to the extractor)."""
    sentence = final_sentence(text)
    bound = _BOUND_AT_THE_END.search(sentence)
    if bound is None or _EXTREME_BOUNDED.search(sentence, 0, bound.start()) is not None:
        return None
    if any(character.isdigit() for character in sentence[: bound.start()]):
        return None  # (another number in the sentence: "If 3 are drawn, at least 2 match.")
    asked = asking_part(problem)
    wanted = _LEAST_ASKED if bound.group(1).lower() == "least" else _GREATEST_ASKED
    return bound.group(2) if wanted.search(asked) is not None else None


def _asked_quantity(verdict: Verdict, problem: str | None, completion: object) -> tuple[str, str, str] | None:
    """The value the answer gives what the problem asks for, the gold and why, for a verdict read without an explicit
    mark (or with no answer found): the value its last line gives the expression the problem names ("... and $4x =
    20$." for "what is $4x$?"), else, for a last number, the quantity the question names among several its last
    sentence states. None otherwise."""
    if problem is None or verdict.gold is None:
        return None
    unmarked = verdict.status == "no_answer" and verdict.detail == NOT_FOUND
    if unmarked:
        text = completion_text_or_none(completion)
        bound = None if text is None else _extreme_stated_as_its_bound(text, problem)
        if bound is not None:
            return bound, verdict.gold, EXTREME_AS_ITS_BOUND
    if verdict.status == "no_answer" and verdict.detail == WITHDRAWN:
        # "..., so there are no real solutions." for "How many real solutions ...?": no answer withdrawn, a count of
        # none (only that: a value taken back is no answer to read again)
        text = completion_text_or_none(completion)
        none = None if text is None else asked_value(text, problem, alone=True)
        return (none, verdict.gold, ASKED_QUANTITY) if none == "0" else None
    if (
        verdict.source in ("bold", "phrase", "answer_tag")
        and verdict.status == "incorrect"
        and len(_NUMBERS_WRITTEN.findall(verdict.predicted or "")) >= 2
        and parse_number(verdict.gold) is not None
    ):
        # ("**Answer:** 23 chickens and 7 cows." for "How many cows are there?": the count its question names among
        # those the answer line states)
        text = completion_text_or_none(completion)
        named = None if text is None else asked_value(text, problem)
        if named is not None:
            return named, verdict.gold, ASKED_QUANTITY
    if not unmarked and (verdict.source is None or verdict.source.rpartition(":")[2] in _MARKED_SOURCES):
        if verdict.source != "boxed":
            return None
        # ("The LCM is $\\boxed{36}$ and the GCD is $\\boxed{6}$." for "Find the least common multiple ...": the box
        # its label names, where the last line labels each of several measures)
        text = completion_text_or_none(completion)
        assigned = None if text is None else _assigned_after_the_last_box(text, problem)
        if assigned is not None and assigned != verdict.predicted:
            # ("$P = \\boxed{5/12}$ ... so $m = 5$, $n = 12$. Thus $m+n=17$." for "... Find $m+n$.": the box holds the
            # probability, the last line the sum asked)
            return assigned, verdict.gold, ASKED_EXPRESSION
        boxed = None if text is None else measured_value(text, problem)
        return None if boxed is None or boxed == verdict.predicted else (boxed, verdict.gold, ASKED_MEASURE)
    text = completion_text_or_none(completion)
    if text is None or _as_many_parts_as_the_gold(verdict):
        # ("Mary is 45 years old and her son is 15." for "How old are Mary and her son now?" and a gold of two
        # parts: each part the question asks, not the one it names first)
        return None
    asking = final_sentence(text).rstrip(" \t\n*$").endswith(("?", "\uff1f"))
    # (not from a question: "Could it be that x = 3 and y = -2?" asks, states nothing)
    assigned = None if asking else assigned_value(text, problem)
    if assigned is not None:
        return None if assigned == verdict.predicted else (assigned, verdict.gold, ASKED_EXPRESSION)
    measured = None if _named_parts_gold(verdict) else measured_value(text, problem)
    if measured is not None:
        # "Therefore the center is $(3,-2)$ and the radius is $4$." for "Find the center ...": the center's value
        return None if measured == verdict.predicted else (measured, verdict.gold, ASKED_MEASURE)
    if verdict.source != "last_number" and not unmarked:
        return None
    if ends_stating_in_words(text):
        return None  # (the value its words state is read; asked_value reads the clauses' digits)
    if verdict.predicted and compound_quantity_values(verdict.predicted) is not None:
        return None  # one quantity in two units ("2 hours and 30 minutes"), not two clauses' values
    if text.rstrip(" \t\n*$").endswith(("?", "\uff1f")):
        return None  # ("... wait, could it be 7:12? Is the answer 7:12 AM?": asked, never stated)
    value = asked_value(text, problem, alone=verdict.status == "no_answer")
    return None if value is None or value == verdict.predicted else (value, verdict.gold, ASKED_QUANTITY)


_NUMBERS_WRITTEN = compile_lazily(r"\d+(?:\.\d+)?")


def _estimate_asked(
    verdict: Verdict, problem: str | None, completion: object, options: VerifyOptions | None
) -> tuple[str, str, str] | None:
    """The estimate of an answer written as ``exact ≈ estimate``, the gold and why, for a correct verdict that read
    the exact side where that side is no answer: the problem asks for the answer rounded ("π ≈ 3.1" for "rounded to
    the nearest hundredth"), or the exact side is the problem's own expression ("19/8 ≈ 2.38" for "What is 19/8 as
    a decimal?"); and, where the problem asks for a rounding, for an incorrect verdict whose value the completion
    rounds right after ("$12.75, or $13 to the nearest dollar", "3.47 ≈ 3"). None otherwise."""
    predicted = verdict.predicted
    if problem is None or verdict.gold is None or not predicted:
        return None
    if not verdict.correct:
        if verdict.status != "incorrect" or asked_rounding(problem) is None:
            return None
        # "$12.75, or $13 to the nearest dollar" for "To the nearest dollar, how much ...?": the rounding it states
        rounded = _rounding_stated_after(predicted, completion) or _estimate_side(
            predicted, completion, options
        )
        if rounded is None or rounded_otherwise_than_asked(rounded, verdict.gold, problem):
            return None
        return rounded, verdict.gold, ESTIMATE_ASKED
    if rounded_otherwise_than_asked(predicted, verdict.gold, problem):
        # "12.566..., which rounds to 12.6." for "rounded to the nearest tenth": the rounding it states
        rounded = _rounding_stated_after(predicted, completion)
        if rounded is None or rounded_otherwise_than_asked(rounded, verdict.gold, problem):
            return None  # (the fault stands: "12.566, which rounds to 12.57" for the nearest tenth)
        return rounded, verdict.gold, ESTIMATE_ASKED
    if asked_rounding(problem) is None and not written_in_the_problem(predicted, problem):
        return None
    estimate = _estimate_side(predicted, completion, options)
    if estimate is None or (
        normalize_answer(estimate) == normalize_answer(predicted)
        and not rounded_otherwise_than_asked(estimate, verdict.gold, problem)
    ):
        return None  # (the answer read is the estimate already, its unit written after it: "$\\lambda \\approx 78$ cm")
    return estimate, verdict.gold, ESTIMATE_ASKED


def _estimate_side(predicted: str, completion: object, options: VerifyOptions | None) -> str | None:
    """The estimate of an answer the completion writes as ``exact ≈ estimate`` ("49 ÷ 4 ≈ 12"), where ``predicted``
    is its exact side; None otherwise."""
    text = completion_text_or_none(completion)
    if text is None or ("≈" not in text and "\\approx" not in text):
        return None
    found = find_answer(text, (options or DEFAULT_OPTIONS).extraction)
    if not isinstance(found, Extracted):
        return None
    sides = approximation_sides(found.text)
    if sides is None or normalize_answer(predicted) not in (
        normalize_answer(sides[0]),
        normalize_answer(found.text),
    ):
        return None  # (the exact side, or the whole "3.47 ≈ 3" read as one answer)
    return sides[1]


def _rounding_stated_after(predicted: str, completion: object) -> str | None:
    """The rounding of ``predicted`` that the completion states right after its last occurrence (see
    ``_ROUNDED_TO``), or None."""
    text = completion_text_or_none(completion)
    at = -1 if text is None else text.rfind(predicted)
    if text is None or at == -1:
        return None
    end = at + len(predicted)
    rounded = _ROUNDED_TO.match(text, end, end + _ROUNDED_TO_REACH)
    return None if rounded is None else rounded.group(1)


# A rounding stated after a value: ", which rounds to 12.6", ", or about 12.6", ", rounded to the nearest tenth, is
# 12.6", ", or $13 to the nearest dollar".
_ROUNDED_TO = compile_lazily(
    r"[^\n]{0,12}?(?:\b(?:rounds?|rounded|rounding)\b[^.\n]{0,40}?\b(?:to|is|gives|as)|\bor[ \t]+(?:about|approximately)"
    r"|\bor(?=[ \t]+\$?[ \t]*-?\d+(?:\.\d+)?[ \t]+(?:[A-Za-z]+[ \t]+)?(?:to[ \t]+the[ \t]+nearest|rounded|when[ \t]+rounded)\b)"
    r"|\u2248|\\approx)[ \t]*\$?[ \t]*(-?\d+(?:\.\d+)?)(?![\d.]*\d)",
    re.IGNORECASE,
)
_ROUNDED_TO_REACH = 80  # characters after the value

ESTIMATE_ASKED = (
    "the answer is a value and its estimate or rounding, where the problem asks for a rounded value or writes the "
    "first one itself; graded by the estimate"
)


# Where an answer is marked as one (a box, an answer tag, "#### 12", a choice): what it says is not read again.
_MARKED_SOURCES = frozenset(["boxed", "answer_tag", "gsm8k", "choice"])


def with_problems(
    verdicts: Sequence[Verdict],
    problems: Sequence[str | None] | None,
    options: VerifyOptions | None = None,
    completions: Sequence[object] | None = None,
) -> list[Verdict]:
    """``verdicts`` with each correct one that its problem (``problems[i]``) faults made ``incorrect``, each answer
    rounded as the problem asks made ``correct``, each letter graded by its choice's value, and (given the
    ``completions``) each last number read again as the quantity the question names (compared under ``options``;
    see the module docstring); all of them as they are without problems."""
    if problems is None:
        return list(verdicts)
    checked = []
    chosen: list[tuple[int, tuple[str, str]]] = []
    asked: list[tuple[int, tuple[str, str], str]] = []  # (index, (answer, gold), why)
    in_unit: list[tuple[int, tuple[str, str]]] = []
    families: list[tuple[int, tuple[str, str]]] = []
    named: list[
        tuple[int, list[tuple[str, str]]]
    ] = []  # (index, the (value, gold item) pairs in the asked order)
    for index, (verdict, problem) in enumerate(zip(verdicts, problems, strict=True)):
        completion = None if completions is None else completions[index]
        if completion is not None:
            quantity = (
                _asked_quantity(verdict, problem, completion)
                or _estimate_asked(verdict, problem, completion, options)
                or _reply_stated(verdict, problem, completion)
                or _contrasted_subject(verdict, problem, completion)
                or _pronouns_named(verdict, problem, completion)
                or _ordinal_named(verdict, problem, completion)
            )
            if quantity is not None:
                asked.append((index, quantity[:2], quantity[2]))
        fault = _fault(verdict, problem, completion, options)
        if fault is not None:
            verdict = replace(verdict, correct=False, status="incorrect", detail=fault)
        elif _none_counted(verdict, problem):
            verdict = replace(verdict, correct=True, status="correct", detail=NONE_COUNTED)
        elif verdict.status == "incorrect" and answered_order(verdict.predicted, verdict.gold, problem):
            # "c < a < b" for "Order a, b, c from least to greatest." with the gold "c, a, b"
            verdict = replace(verdict, correct=True, status="correct", detail=ORDER_ANSWERED)
        elif (
            verdict.status == "incorrect"
            # (the same number written alike was refused for another reason, a unit: "9.8 cm/s^2" for 9.8 m/s^2)
            and verdict.predicted != verdict.gold
            and rounded_as_asked(verdict.predicted, verdict.gold, problem)
        ):
            # "0.347" for 25/72 where the problem asks for the nearest thousandth
            verdict = replace(
                verdict, correct=True, status="correct", method="numeric", detail=ROUNDED_AS_ASKED
            )
        checked.append(verdict)
        in_order = (
            named_in_the_asked_order(verdict.predicted, verdict.gold, problem)
            if fault is None and verdict.status in ("correct", "incorrect")
            else None
        )
        if in_order is not None:
            named.append((index, in_order))
        relation = _family_of_a_relation(verdict, problem, completion, options)
        if relation is not None:
            # "all pairs with $b=a+1$" for "Find all pairs $(a,b)$ ...": the tuples (n, n+1) against the gold's
            families.append((index, relation))
        pair = (
            _by_the_choices(verdict, problem)
            or _unlettered_choice(verdict, problem, completion, options)
            or _letter_chosen_for_a_value(verdict, problem, completion, options)
        )
        if pair is not None:
            chosen.append((index, pair))
        elif (
            verdict.status == "incorrect"
            and verdict.gold is not None
            and (scaled := number_in_the_scaled_unit_asked(verdict.predicted, problem)) is not None
        ):
            # "1.24 \\times 10^{5} Pa" where "The unit of the answer is $10^{5}$ Pa": 1.24 of those units
            in_unit.append((index, (scaled, verdict.gold)))
        elif (
            verdict.status == "incorrect"
            and (bare_gold := _gold_number_before_a_unit_symbol(verdict.gold, problem)) is not None
            and _written_without_another_unit(verdict, completion, options)
        ):
            # "t = 2" against the gold "2 s" where the problem measures in seconds ("9.8 m/s^2"): the gold's letter
            # is its unit, no factor of the answer
            in_unit.append((index, (verdict.predicted or "", bare_gold)))
        elif completion is not None:
            pair = _number_in_the_unit_asked(verdict, problem, completion, options)
            if pair is not None:
                in_unit.append((index, pair))
    if asked:
        # (before the choices: a letter is never a last sentence's quantity, so the two never meet)
        pairs = [(index, pair) for index, pair, _ in asked]
        for (index, (value, _), why), by_value in zip(asked, _decided(pairs, options), strict=True):
            checked[index] = replace(
                checked[index],
                correct=by_value.correct,
                status="correct" if by_value.correct else "incorrect",
                # (a clause read as an answer of its own shows the word read from it)
                predicted=by_value.predicted if why == CONTRASTED_SUBJECT else value,
                method=by_value.method,
                detail=why,
            )
    if named:
        # "Sum = 5, Product = 6" for "Find the product and the sum": each value against the gold's item in its place
        pairs = [(index, pair) for index, in_order in named for pair in in_order]
        decided = iter(_decided(pairs, options))
        for index, in_order in named:
            equal = all([next(decided).correct for _ in in_order])
            checked[index] = replace(
                checked[index],
                correct=equal,
                status="correct" if equal else "incorrect",
                detail=NAMED_IN_THE_ASKED_ORDER,
            )
    _pay_where_equal(checked, families, FAMILY_OF_A_RELATION, options)
    _pay_where_equal(checked, in_unit, IN_THE_UNIT_ASKED, options)
    _pay_where_equal(checked, chosen, CHOSEN_VALUE, options)
    return checked


# The unknowns a problem names in a tuple: "Find all pairs $(a,b)$ of positive integers", "triples (x, y, z)".
_TUPLE_OF_UNKNOWNS = compile_lazily(r"\([ \t]*([a-z])[ \t]*((?:,[ \t]*[a-z][ \t]*){1,3})\)")
# A relation that gives one unknown in terms of the others: "b=a+1", "a = b", "y = 2x - 1".
_ONE_UNKNOWN_GIVEN = compile_lazily(r"[ \t]*([a-z])[ \t]*=[ \t]*([-+*/^()0-9a-z \t]{1,40})")
# A gold family of tuples, plain arithmetic in names of one letter: "(n,n+1)", "(k,k,2k)" (one name: see below).
_FAMILY_TUPLE = compile_lazily(r"\((?:[-+*/^()0-9,]|(?<![a-z])[a-z](?![a-z])){3,60}\)")
_NAME_LETTER = compile_lazily(r"[a-z]")  # (in such a tuple or relation every letter is a name)


def _family_of_a_relation(
    verdict: Verdict, problem: str | None, completion: object, options: VerifyOptions | None
) -> tuple[str, str] | None:
    """An incorrect answer that gives one of the unknowns its problem names in a tuple in terms of the other
    ("all pairs with $b=a+1$" for "Find all pairs $(a,b)$ ..."), against a gold family of such tuples in one
    parameter ("(n,n+1)"): the family the relation defines, in the gold's parameter ("(n,n+1)"), and the gold;
    None otherwise (a relation that leaves two unknowns free, a gold of numbers)."""
    if verdict.status != "incorrect" or problem is None or verdict.gold is None or "(" not in verdict.gold:
        return None
    parameters = set(_NAME_LETTER.findall(verdict.gold))
    named = _TUPLE_OF_UNKNOWNS.search(problem)
    text = completion_text_or_none(completion)
    if len(parameters) != 1 or _FAMILY_TUPLE.fullmatch(verdict.gold) is None or named is None or text is None:
        return None
    unknowns = [named.group(1), *(name.strip(" \t,") for name in named.group(2).split(",")[1:])]
    gold_items = split_top_level(verdict.gold[1:-1], ",")
    if gold_items is None or len(unknowns) != len(gold_items) or len(set(unknowns)) != len(unknowns):
        return None
    found = find_answer(text, (options or DEFAULT_OPTIONS).extraction)
    relation = _ONE_UNKNOWN_GIVEN.fullmatch(found.text) if isinstance(found, Extracted) else None
    if relation is None or relation.group(1) not in unknowns:
        return None
    given, value = relation.group(1), relation.group(2).strip()
    free = [name for name in unknowns if name != given]
    if len(free) != 1 or any(letter not in free for letter in _NAME_LETTER.findall(value)):
        return None  # ("a = b" of a triple leaves c free: no family of one parameter)
    (parameter,) = parameters
    in_the_parameter = re.sub(rf"(?<![a-z]){free[0]}(?![a-z])", parameter, value)
    items = [parameter if name != given else f"({in_the_parameter})" for name in unknowns]
    return "(" + ",".join(items) + ")", verdict.gold


def _pay_where_equal(
    checked: list[Verdict],
    pairs: list[tuple[int, tuple[str, str]]],
    detail: str,
    options: VerifyOptions | None,
) -> None:
    """Make ``checked[index]`` correct, saying ``detail``, for each (index, (answer, gold)) of ``pairs`` whose answer
    equals its gold."""
    if not pairs:
        return
    for (index, (answer, _)), decided in zip(pairs, _decided(pairs, options), strict=True):
        if decided.correct:
            checked[index] = replace(
                checked[index],
                correct=True,
                status="correct",
                # (what was read, where no answer had been: "So the prime is 97." for the letter of 97)
                predicted=checked[index].predicted or answer,
                method=decided.method,
                detail=detail,
            )


def _decided(pairs: list[tuple[int, tuple[str, str]]], options: VerifyOptions | None) -> list[Verdict]:
    """The verdicts of (answer, gold) ``pairs`` compared as bare answers under ``options``."""
    answers = [answer for _, (answer, _) in pairs]
    golds = [gold for _, (_, gold) in pairs]
    return decide_batch(answers, golds, None, options or DEFAULT_OPTIONS, 1, lambda count: None)
