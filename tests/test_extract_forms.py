"""Answer extraction, issue 9: the answer region policy, truncation and loops, the last-number rules, final math
spans, several answers, mangled text and other markup, and the forms real completions end with."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from openrs_rewards.verifiers.extract import (
    _DISOWNED_WORDS,
    _MISTAKE_WORDS,
    _WITHDRAWAL_WORDS,
    AFTER_REASONING,
    DEFAULT_EXTRACTION,
    LOOPING,
    NOT_FOUND,
    TRUNCATED,
    UNCLOSED_THINK,
    Extracted,
    ExtractionConfig,
    NoAnswer,
    extract_answer,
    extract_gold,
    find_answer,
)
from openrs_rewards.verifiers.text import repair_control_characters, repeats_at_end

STRICT = ExtractionConfig(answer_region="after_reasoning")
EXPLICIT = ExtractionConfig(last_number_fallback=False)


def found(
    completion: str, config: ExtractionConfig = DEFAULT_EXTRACTION, truncated: bool | None = None
) -> tuple[str, str] | None:
    result = extract_answer(completion, config, truncated=truncated)
    return None if result is None else (result.text, result.source)


# --- category 1: the answer region --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        (r"<think>so the area is \boxed{12}.</think>", ("12", "reasoning:boxed")),
        ("<think>so the final answer is 12.</think>\n", ("12", "reasoning:phrase")),
        (r"<think>\boxed{12}</think> Hope this helps!", ("12", "reasoning:boxed")),
        (r"<|begin_of_thought|>\boxed{7}<|end_of_thought|>", ("7", "reasoning:boxed")),
        (r"<think>\boxed{3}</think> So \boxed{4}.", ("4", "boxed")),  # the final part wins
        (r"<think>\boxed{3}</think> The area is $4$.", ("4", "math_span")),  # ... even with a weaker form
        # ... but a lone number after the reasoning is a guess, and a box in the reasoning outranks it
        (r"<think>so \boxed{2}.</think> The remainder is found modulo 7.", ("2", "reasoning:boxed")),
        (r"\boxed{3}.</think>", ("3", "reasoning:boxed")),  # a pre-filled <think>
    ],
)
def test_reasoning_fallback(completion: str, expected: tuple[str, str]) -> None:
    assert found(completion) == expected
    assert found(completion, EXPLICIT) == expected


def test_the_reasoning_is_read_for_explicit_answers_only_when_a_text_follows_it() -> None:
    assert found("<think>so it is 12.</think> I hope this helps.") is None
    assert found("<think>so it is $12$.</think> I hope this helps.") is None
    # With nothing after it, the reasoning is all there is: read like a final text.
    assert found("<think>so it is 12.</think>") == ("12", "reasoning:last_number")
    assert found("<think>so it is $12$.</think>") == ("12", "reasoning:math_span")


@pytest.mark.parametrize(
    "completion", [r"<think>so the area is \boxed{12}.</think>", r"<think>\boxed{12}</think> Done."]
)
def test_after_reasoning_is_strict(completion: str) -> None:
    assert found(completion, STRICT) is None
    assert find_answer(completion, STRICT) == NoAnswer(AFTER_REASONING)


def test_an_unclosed_think() -> None:
    assert found(r"<think>so \boxed{3}") == ("3", "reasoning:boxed")
    assert find_answer(r"<think>so \boxed{3}", STRICT) == NoAnswer(UNCLOSED_THINK)
    assert found("<think>so it is 3.") is None  # an unfinished thought: explicit answers only


def test_the_sections_of_s1_are_its_reasoning_and_its_answer() -> None:
    # "<|im_start|>think ... <|im_start|>answer ...": ChatML sections of one turn, not a next turn
    answer = "think\nPeriod 4, so 3^2023 ends in 7.\n<|im_start|>answer\nAnswer: I believe the answer is 7."
    assert found(answer) == ("7", "phrase")
    assert found("<|im_start|>think\nso \\boxed{7}\n<|im_start|>answer\nDone.") == (
        "7",
        "reasoning:boxed",
    )
    # ... while a next turn after the answer still ends the completion
    assert found(
        "<|im_start|>think\nhmm\n<|im_start|>answer\nAnswer: 9<|im_end|>\n<|im_start|>user\nAnswer: 5"
    ) == (
        "9",
        "phrase",
    )


def test_an_escaped_closing_tag_closes() -> None:
    # JSON-escaped "<\/think>" written out as is (seen in real evaluation dumps).
    assert found(r"<think>\boxed{3}<\/think> <\/assistant>") == ("3", "reasoning:boxed")
    assert found(r"x <\/think> <boxed>106</boxed>") == ("106", "boxed")


# --- category 2: truncation, loops and the last number -----------------------------------------------------------


@pytest.mark.parametrize(
    "completion",
    [
        r"We expand: $x = (7 \cdot",
        "We expand: x = (7 *",
        r"so $x = \frac{1+\sqrt{7}}{3}",
        "The code is XK4P.",
        "Steps: 1. first 2. second 3. third",
        "Steps: 1. first 2. second 3.",
        "Plan:\n1. expand\n2. simplify\n3.",
        "We now have 48 + 24 = 72",  # not a finished sentence
        "so x = 5...",  # trailing off
        "It equals 2 + 3.",  # part of a sum
        "Hence 5. Thank you for reading.",  # not in the final sentence
        "This follows from the factors of 10.",
        "as in step 5.",
    ],
)
def test_no_last_number_guess(completion: str) -> None:
    assert found(completion) is None, completion


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("so the index is a_{n+3}.", "a_{n+3}"),  # never its 3
        (r"so x = \frac{1+\sqrt{7}}{3}.", r"x = \frac{1+\sqrt{7}}{3}"),  # never the 3 of its denominator
        ("The code is 4P.", "4P"),  # never its 4
        ("It equals 3x.", "3x"),
    ],
)
def test_plain_math_is_read_whole_never_a_fragment(completion: str, expected: str) -> None:
    assert found(completion) == (expected, "plain_math")
    assert found(completion, EXPLICIT) == (expected, "plain_math")  # as a final math span is (see the docs)


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("The answers are 3, 5.", "3, 5"),  # the whole list, never one item of it
        ("Final answers: (a) 6, (b) 5, (c) 4", "(a) 6, (b) 5, (c) 4"),  # the labels go in normalisation
        ("**Final answers:** 14 and 23", "14, 23"),
    ],
)
def test_the_answers_of_several_parts(completion: str, expected: str) -> None:
    result = found(completion)
    assert result is not None and result[0] == expected


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("Natalia sold 48 + 24 = 72 clips.", "72"),
        ("Hence the angle is 45^\\circ.", "45"),
        ("The total is 1,000 dollars!", "1,000"),
        ("So x = -2.5 in the end.", "-2.5"),
        ("The ratio is 5 / 2.", "5 / 2"),
        ("19 people were kicked out.", "19"),
        ("Two people accept the position.", "2"),  # a count written as the first word
        ("It could be 3 or maybe 5.", "3, 5"),  # a hedge gives both
        ("in total 42", "42"),  # known finished: no final period needed (below)
    ],
)
def test_last_number_standing_alone(completion: str, expected: str) -> None:
    truncated = False if completion == "in total 42" else None
    assert found(completion, truncated=truncated) == (expected, "last_number")
    assert found(completion, EXPLICIT, truncated=truncated) is None


def test_one_of_them_is_not_a_count() -> None:
    assert found("One of them is red.") is None


@pytest.mark.parametrize(
    ("completion", "truncated", "expected"),
    [
        ("the final answer is 1", True, None),  # may be cut from "12"
        ("the final answer is 1", None, ("1", "phrase")),
        ("the final answer is 12. Let me double check the arithmetic of", True, ("12", "phrase")),
        ("**Answer:** 1", True, None),
        ("#### 7", True, None),
        (r"so \boxed{12} and then more text that was cut of", True, ("12", "boxed")),
        ("<answer>12</answer> and then", True, ("12", "answer_tag")),
        ("<answer>12", True, None),
        ("The area is $12$.", True, None),  # a math span is no explicit answer in a truncated text
        ("The area is 12.", True, None),
        # "the problem asks for" after a box: a step on the way, unless it goes on to give the same answer
        (r"Step 1: $x = \boxed{4}$. Step 2: the question asks for $x + y$, which is", True, None),
        (
            r"So $\boxed{19}$. The problem asks for $f(g(3))$, so the correct answer is $19$. One more check: $2",
            True,
            ("19", "boxed"),
        ),
        (  # ... the same answer as the sentence's last value, a remark in brackets aside
            r"So $x = \boxed{-2}$. The problem asks for the smaller root, which is $-2$ (the other is $5$). Let me ve",
            True,
            ("-2", "boxed"),
        ),
        (r"So $\boxed{24}$. The problem asks for the perimeter, which is $26$. Next", True, None),
        # a loop of one committed box cut inside its macro: the box, not the cut phrase ("$\bo")
        (
            "Done.\n" + "The answer is $\\boxed{\\frac{5}{6}}$.\n" * 5 + "The answer is $\\bo",
            True,
            (r"\frac{5}{6}", "boxed"),
        ),
    ],
)
def test_truncated_texts_are_read_for_explicit_answers_only(
    completion: str, truncated: bool | None, expected: tuple[str, str] | None
) -> None:
    assert found(completion, truncated=truncated) == expected


def test_no_answer_reasons() -> None:
    loop = "Wait, so x = 3 and then 2x = 6. " * 30
    assert find_answer(loop) == NoAnswer(LOOPING)
    assert find_answer(loop, truncated=False) == Extracted("6", "last_number")  # a known finish is no loop
    assert find_answer("so (7 \\cdot", truncated=True) == NoAnswer(TRUNCATED)
    assert find_answer("I have no idea") == NoAnswer(NOT_FOUND)
    assert find_answer("") == find_answer("   ") == NoAnswer("empty completion")
    assert find_answer(loop + "\\boxed{6}") == Extracted("6", "boxed")  # explicit answers survive a loop
    assert find_answer(loop[:-9]) == NoAnswer(LOOPING)  # cut inside the repeated chunk


def test_repeats_at_end() -> None:
    assert repeats_at_end("1 + " * 200)
    assert repeats_at_end("intro " + "<\\/asy> " * 100)
    assert not repeats_at_end("So the answer is 6. " + "x" * 30)
    assert not repeats_at_end("a b c d e f g h i j k l m n o p q r s t u v w x y z " * 3)
    assert not repeats_at_end("")


# --- category 3: final math spans and phrase sentences ----------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        (r"The ratio is $\frac{x+3}{5}$.", r"\frac{x+3}{5}"),
        (r"The ratio is \(\frac{x+3}{5}\).", r"\frac{x+3}{5}"),
        ("Therefore:\n\\[\nx = 5\n\\]", "x = 5"),
        ("So $$2\\sqrt{3}$$", r"2\sqrt{3}"),
        ("Thus the total is $48 + 24 = 72$.", "72"),  # a pure arithmetic chain gives its result
        (r"Hence $\frac{1}{2} = 0.5$.", "0.5"),
        ("So $x + y = 36$.", "x + y = 36"),  # not pure arithmetic: whole
        ("The roots are $2$ or $7$.", "2, 7"),
        ("The pairs are $(1,2)$ and $(2,1)$.", "(1,2), (2,1)"),
        (r"the area is $166 \mathrm{~cm}^{2}$.", r"166 \mathrm{~cm}^{2}"),
        # A derivation in an aligned block answers with its last row.
        ("We solve:\n$$\n\\begin{aligned}\n2 x & =18 \\\\\nx & =9\n\\end{aligned}\n$$", "x   =9"),
        (r"Thus $\begin{aligned} a &= 1+2 \\ &= 3 \end{aligned}$.", "3"),
    ],
)
def test_final_math_span(completion: str, expected: str) -> None:
    assert found(completion) == (expected, "math_span")
    assert found(completion, EXPLICIT) == (expected, "math_span")  # an explicit answer for the rewards


@pytest.mark.parametrize(
    "completion",
    [
        "We still need the values of $x$.",  # a name mentioned in prose
        "So we get $x = (7 \\cdot$.",  # a fragment
        "The area is $12$ for now, and we continue",  # not finished
        "The area is $12$ square units and that is all",
    ],
)
def test_not_a_final_math_span(completion: str) -> None:
    result = extract_answer(completion, EXPLICIT)
    assert result is None or result.source != "math_span"


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("Final Answer: Maria needs 9 cups of flour.", ("9", "phrase")),
        ("The answer is: The area is $12$ square units.", ("12", "phrase")),
        ("**Final Answer:** She has 7 apples left.", ("7", "bold")),
        ("<answer>Maria needs 9 cups of flour</answer>", ("9", "answer_tag")),
        ("The answer is either 3 or 5.", ("3, 5", "phrase")),
        ("The answer is $3$ or $5$.", ("3, 5", "phrase")),
        ("The answer is 3.5 cm.", ("3.5 cm", "phrase")),  # a value with a unit stays whole
        ("The final answer is $\\boxed{5}$", ("5", "boxed")),
        ("The answer is: The solutions are $x = 2$, where $c_1$ is free.", ("x = 2", "phrase")),
        ("Final Answer: There is no solution.", ("There is no solution", "phrase")),
        # the count its verb states in words
        ("**Answer:** A cube has twelve edges.", ("12", "bold")),
        ("Final Answer: It cannot be twelve.", ("It cannot be twelve", "phrase")),
        ("**Answer:** It takes eleven minutes, not twelve.", ("11", "bold")),  # (not the count it sets aside)
    ],
)
def test_phrase_answers_that_are_sentences(completion: str, expected: tuple[str, str]) -> None:
    assert found(completion) == expected


# --- category 4: several answers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        (r"\boxed{3} and \boxed{-1}", "3, -1"),
        (r"\boxed{(1,2)}, \boxed{(2,1)}", "(1,2), (2,1)"),
        (r"$\boxed{3}$ or $\boxed{5}$.", "3, 5"),
        (r"\boxed{3} \quad \boxed{5}", "3, 5"),
        (r"\boxed{3} \text{ and } \boxed{5}", "3, 5"),
        (r"**\boxed{3}** and **\boxed{5}**", "3, 5"),
        ("\\[\\boxed{1}\\]\n\\[\\boxed{2}\\]", "1, 2"),
        (r"\boxed{5}" + "\n\n" + r"\boxed{5}", "5"),  # the same box twice is one answer
        (r"I first got \boxed{3}, but wait, that is wrong; it is \boxed{5}.", "5"),
        (r"\boxed{3}. Wait, let me recheck. \boxed{5}", "5"),
        (r"x = \boxed{3}, y = \boxed{5}", "5"),  # named separately: not a set (the last one wins)
        (r"So $x = \boxed{2}$ or $x = \boxed{3}$.", "2, 3"),  # values of one name: a solution set
        (r"$x_1 = \boxed{-1}$ and $x_2 = \boxed{4}$", "-1, 4"),
        # "or" / "and" in the languages models drift into: a set (a hedge against one gold), not the last box
        (r"La respuesta es $\boxed{580}$ o $\boxed{680}$.", "580, 680"),
        (r"La réponse est $\boxed{580}$ ou $\boxed{680}$.", "580, 680"),
        (r"Die Lösungen sind $\boxed{2}$ und $\boxed{3}$.", "2, 3"),
        (r"答案是 $\boxed{580}$ 或 $\boxed{680}$。", "580, 680"),
        # the answers of parts in turn, labelled: in the parts' order (a tuple)
        (r"Answers: (a) $\boxed{12}$, (b) $\boxed{60}$.", "(12, 60)"),
        (r"**Answers:** (1) $\boxed{a_n = 3n - 1}$; (2) $\boxed{155}$.", "(a_n = 3n - 1, 155)"),
        (r"Part 1: $\boxed{\frac{1}{4}}$; Part 2: $\boxed{\frac{1}{2}}$.", r"(\frac{1}{4}, \frac{1}{2})"),
        ("Part 1: $\\boxed{7}$.\nPart 2: $\\boxed{49}$.", "(7, 49)"),
    ],
)
def test_several_boxes(completion: str, expected: str) -> None:
    assert found(completion) == (expected, "boxed")


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        (r"The solutions are $\boxed{1}$ and $\boxed{5}$.", "1, 5"),
        (r"\boxed{1}, \boxed{5}", "1, 5"),
        (r"First $\boxed{1}$; after correcting the sign, $\boxed{5}$.", "5"),
        ("\x08oxed{\x0crac{1}{2}}", r"\frac{1}{2}"),
    ],
)
def test_gold_with_several_boxes_or_mangled_text(gold: str, expected: str) -> None:
    assert extract_gold(gold) == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.from_regex(r"-?[1-9][0-9]{0,3}", fullmatch=True), min_size=2, max_size=5, unique=True),
    st.sampled_from([", ", " and ", " or ", "$ and $", r" \quad ", r" \text{ and } ", "\n"]),
)
def test_boxes_written_together_form_one_answer(items: list[str], connective: str) -> None:
    completion = "So " + connective.join("\\boxed{" + item + "}" for item in items) + "."
    result = extract_answer(completion)
    assert result == Extracted(", ".join(items), "boxed")
    assert extract_gold(completion) == ", ".join(items)


# --- category 9: mangled text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("so \x08oxed{12}", "12"),
        ("so \x08oxed{\x0crac{1}{2}}", r"\frac{1}{2}"),
        ("so \x08oxed{3 \x09imes 10^4}", r"3 \times 10^4"),
        ("so \x08oxed{\x09heta + \x08eta}", r"\theta + \beta"),
        ("so \x08oxed{\x09an(x)}", r"\tan(x)"),
        ("so \x08oxed{\x0dight)}", r"\right)"),
        ("so \x08oxed{\x07pprox 3}", r"\approx 3"),
        ("so \x08oxed{\x0bec{v}}", r"\vec{v}"),
    ],
)
def test_control_characters_are_repaired(completion: str, expected: str) -> None:
    assert found(completion) == (expected, "boxed")


@pytest.mark.parametrize(
    "text",
    [
        "a\tb",
        "col1\tan apple",  # a tab before an ordinary word
        "line\r\nnext",
        "x\x08y",
        "\x0c",
        "page\x0cbreak",
        "tab\tomorrow",
    ],
)
def test_control_characters_before_ordinary_text_stay(text: str) -> None:
    assert repair_control_characters(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
@example("\to0")  # a tab before "o" and a digit: the macro \to (found by hypothesis)
def test_repair_is_idempotent_and_only_adds_backslashes(text: str) -> None:
    repaired = repair_control_characters(text)
    assert repair_control_characters(repaired) == repaired
    # each repair writes a control character as a backslash and its letter ("\to0" -> "\\to0"): one character more,
    # and that character a backslash
    assert len(repaired) - len(text) == repaired.count("\\") - text.count("\\")
    if not any(char in text for char in "\x07\x08\x09\x0b\x0c\x0d"):
        assert repaired is text


# --- category 10: other markup ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("<boxed>42</boxed>", ("42", "boxed")),
        (r"\boxed{41} then <boxed>42</boxed>", ("42", "boxed")),
        (r"<boxed>41</boxed> then \boxed{42}", ("42", "boxed")),
        (r"so \boxed 7.", ("7", "boxed")),
        (r"so \fbox{7}", ("7", "boxed")),
        ("<answer><br><br>42<br></answer>", ("42", "answer_tag")),
        ("<answer>\n<br/>\n42", ("42", "answer_tag")),
        ("**Final Answer**<br><br>42", ("42", "bold")),
        ("**Final Answer**<br />\n$\\frac{1}{2}$", (r"\frac{1}{2}", "bold")),
        ("<Solution>\n65\n</Solution>", ("65", "answer_tag")),
    ],
)
def test_other_markup(completion: str, expected: tuple[str, str]) -> None:
    assert found(completion) == expected


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        # markdown's other emphasis around a stated value
        ("So the answer is __12__.", ("12", "phrase")),
        ("The answer is ***12***.", ("12", "phrase")),
        ("The answer is *x = 4*.", ("x = 4", "phrase")),
        ("Answer: _7_", ("7", "phrase")),
        # a final tag in square brackets
        ("We add them: 5 + 7.\n[ANSWER] 12 [/ANSWER]", ("12", "answer_tag")),
        ("[result]\\frac{1}{2}[/result]", ("\\frac{1}{2}", "answer_tag")),
        # a template's label on the last line
        ("She has 20 - 15 = 5 left, then buys 30 more.\nFinal: 35.", ("35", "phrase")),
        ("Step 1: 3 * 4 = 12\nResult: 12", ("12", "phrase")),
        ("So the sum is 9.\n\nFinal result: $\\frac{9}{2}$", ("\\frac{9}{2}", "phrase")),
    ],
)
def test_emphasis_bracket_tags_and_template_labels(completion: str, expected: tuple[str, str]) -> None:
    assert found(completion, EXPLICIT) == expected


@pytest.mark.parametrize(
    "completion",
    [
        "a_1 = 3, so the answer is a_2_.",  # (not emphasis: a subscript left open)
        "Result: 12\nThen we double it: 2 * 12 = 24, so the total is 24.",  # a step's result, not the last word
        "[ANSWER] 12 [/ANSWER] Wait, I should add the last term: 12 + 3 = 15.",  # the tag does not end the text
    ],
)
def test_emphasis_tags_and_labels_that_are_not_the_answer(completion: str) -> None:
    assert found(completion, EXPLICIT) not in (("12", "phrase"), ("12", "answer_tag"), ("2", "phrase"))


# --- forms of real completions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        # GPT-3 GSM8K few-shot: an "A:" last line.
        ("She sells 9 eggs for 2 * 9 = $<<2*9=18>>18\nA: 18", ("18", "phrase")),
        ("So he made a profit of 70,000\nA: 70,000", ("70,000", "phrase")),
        # ToRA: a program, its output, then a sentence.
        ("```python\nprint(7)\n```\n```output\n7\n```\nJanet makes $\\boxed{18}$ dollars.", ("18", "boxed")),
        ("```output\n19\n```\n19 people were kicked out for other reasons.", ("19", "last_number")),
        # Minerva.
        ("Final Answer: The final answer is $3.5$. I hope it is correct.", ("3.5", "phrase")),
        # Sky-T1.
        (
            "<|begin_of_thought|>\nhmm\n<|end_of_thought|>\n\n<|begin_of_solution|>\n\\[\\boxed{27}\\]"
            "\n<|end_of_solution|>",
            ("27", "boxed"),
        ),
        # GPT-5 style short write-ups.
        ("Thus m+n = 115+256 = 371.\n\n**Answer: 371**", ("371", "bold")),
        # a number set in bold on the last line, or the one bold number of the final sentence: an explicit answer
        # (the rewards read it), as a final math span is
        ("So the greatest N is 5694, hence Q + R = 699.\n\n**699**", ("699", "bold")),
        # Gemma: an answer in bold at the end of a line.
        ("**4. Find m + n:**\n\nm + n = 25 + 169 = **194**", ("194", "bold")),
        ("So m + n = 13 + 22 = **35**", ("35", "bold")),
        ("Shandy drove **230** miles farther than Matteo.", ("230", "bold")),
        ("Therefore, the value of $f(2,5)$ is **3**.", ("3", "bold")),  # the value after the span it names
        ("So the total is:\n**10**", ("10", "bold")),
        (
            "<think>so $\\boxed{12}$.</think>\n\n**Final Answer**",
            ("12", "reasoning:boxed"),
        ),  # a heading in bold
    ],
)
def test_real_completion_forms(completion: str, expected: tuple[str, str]) -> None:
    assert found(completion) == expected


# --- properties -------------------------------------------------------------------------------------------------

# Junk that cannot hold a box, a tag or a think marker: no backslash, no angle bracket, no hash.
# (no backspace or form feed either: a mangled "\\b"/"\\f" before "oxed", "rac" is repaired into a macro, a box)
_JUNK = st.text(alphabet=st.characters(blacklist_characters="\\<>#\x08\x0c", codec="utf-8"), max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=100), st.from_regex(r"[0-9a-z+\-/^() ]{0,15}[0-9a-z]", fullmatch=True), _JUNK)
@example("-", "0", "")  # (found by hypothesis: the prefix's minus is stripped above)
@example("NOT", "0", "")  # (found by hypothesis: a negated box is assumed away below)
@example("NON", "0", ".")  # (found by hypothesis: "non", a negation too)
@example("", "aa a 0", "")  # (found by hypothesis: words and a number with no verb are no sentence in a box)
@example(
    "boxed{1}", "0", ""
)  # (found by hypothesis: a prefix that is a box, its backslash lost, is assumed away)
def test_junk_after_a_closed_box_never_changes_it(prefix: str, answer: str, junk: str) -> None:
    # (a prefix ending on a minus or "^{" makes the box an operand of "-\\boxed{0}", no answer of its own: see
    # test_false_positives' boxes in formulas)
    prefix = re.sub(r"(?:[ \t-]|\^\{)+\Z", "", re.sub(r"[\\\\<\x08\x0c]", "", prefix))
    # (junk that is itself an answer phrase with another value restates the answer: see the test after this one)
    assume(not any(word in junk.lower() for word in ("answer", "should", "correct")))
    # (junk in the words of a remark that takes the answer back withdraws it: see test_false_positives)
    assume(not any(word in junk.lower() for word in (*_WITHDRAWAL_WORDS, *_MISTAKE_WORDS, *_DISOWNED_WORDS)))
    # (junk that closes a code span around the box and calls it a template makes it one: see test_false_positives)
    assume(not any(word in junk.lower() for word in ("template", "placeholder", "format")))
    # (a box after "if", "try", "maybe" ... is a value tried, no answer in a cut text: see test_false_positives)
    assume(
        re.search(
            r"(?i)\b(?:try|trying|tests?|testing|guess|maybe|might|perhaps|possibly|verify|verifying|check"
            r"|checking|candidates?|suppose|assume|if)\b",
            prefix,
        )
        is None
    )
    # (a box right after "not" is negated, no answer: "NOT\\boxed{0}", found by hypothesis; see test_false_positives;
    # so is one after the French and Italian "non": "NON\\boxed{0}.", found by hypothesis too)
    assume(
        re.search(r"(?i)(?:\bnot|n't|\bnever|\bcannot|\bnon|\brather than|\binstead of)\W*\Z", prefix) is None
    )
    # (a prefix that is itself a box once its lost backslash is repaired, "boxed{1}", writes two boxes together, one
    # answer of two values: found by hypothesis)
    assume("boxed" not in prefix)
    # (a prefix whose last line opens with "%" makes the box a LaTeX comment line, which no reader sees and which is no
    # answer by design ("% \\boxed{12}"): found by hypothesis in the fiftieth session's CI, prefix "\n%")
    assume(re.match(r"[ \t]*%", prefix[prefix.rfind("\n") + 1 :]) is None)
    answer = answer.strip()
    completion = prefix + "\\boxed{" + answer + "}."
    base = extract_answer(completion, truncated=False)
    assert base == Extracted(answer, "boxed")
    for truncated in (False, None, True):
        assert extract_answer(completion + junk, truncated=truncated) == base


def test_an_answer_phrase_ending_the_text_after_a_box_restates_it() -> None:
    # (found by hypothesis as "junk" after a box: it is the text's last word on its answer)
    assert extract_answer("\\boxed{0}.ANSWER IS/0", truncated=False) == Extracted("/0", "phrase")
    assert extract_answer("\\boxed{0}. Let me verify. So the answer is 8.", truncated=False) == Extracted(
        "8", "phrase"
    )


_PIECES = st.sampled_from(
    [
        "so ",
        "x = ",
        "7",
        "12",
        "3.5",
        " + ",
        "\\cdot ",
        "\\frac{1}{",
        "}",
        "$",
        "the answer is ",
        "**Answer:** ",
        ". ",
        "\n",
        "(",
        ")",
        "a_{n+",
        "1. first ",
        "<answer>",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=25).map("".join), st.integers(min_value=0, max_value=400))
def test_a_truncated_prefix_without_a_closed_box_never_guesses(text: str, cut: int) -> None:
    prefix = text[: min(cut, len(text))]
    for config in (DEFAULT_EXTRACTION, EXPLICIT):
        result = extract_answer(prefix, config, truncated=True)
        assert result is None or result.source not in ("last_number", "math_span")


# --- degenerate endings seen in real completions -----------------------------------------------------------------


def test_the_completion_ends_at_its_first_end_of_turn_marker() -> None:
    # A hallucinated next user turn, with a second "answer", is not part of this completion.
    completion = r"So \boxed{2}. <｜User｜>Next subproblem? <｜Assistant｜>Then \boxed{7}."
    assert found(completion) == ("2", "boxed")
    assert found("<|im_start|>assistant\nSo \\boxed{4}<|im_end|>\n<|im_start|>user\n\\boxed{5}") == (
        "4",
        "boxed",
    )


def test_think_tags_repeated_after_the_reasoning() -> None:
    completion = r"<think>so \boxed{2}. " + "</think> " * 3000
    assert found(completion) == ("2", "reasoning:boxed")
    assert found(completion, truncated=True) == ("2", "reasoning:boxed")


@pytest.mark.parametrize(
    "completion",
    [
        "So, perhaps the answer is 25. Let me verify this by",
        "If the answer is 25, then the sum would be",
        "Let me check whether the answer is 25 by",
    ],
)
def test_a_tentative_phrase_is_no_answer(completion: str) -> None:
    assert found(completion) is None


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("This shows $f(n)=n^{2}$ is the only solution.", "f(n)=n^{2}"),  # words may follow the last span
        ("which gives $x=2^{6}=64$ or $x=2^{-2}=\\frac{1}{4}$.", "64, \\frac{1}{4}"),  # chains end on values
        ("Thus $a=5$ works for every $n$.", "a=5"),  # a trailing name is skipped
    ],
)
def test_last_math_span_of_the_final_sentence(completion: str, expected: str) -> None:
    assert found(completion) == (expected, "math_span")


def test_a_value_after_equal_to() -> None:
    assert found("With T = 800, this is equal to 10 .") == ("10", "last_number")


def test_an_answer_line_followed_by_another_value_is_not_the_last_word() -> None:
    assert found("So 3 + 4 = 7.\nA: 7\n\nBut wait: the second bag holds 5, so the total is 9.") != (
        "7",
        "phrase",
    )
    assert found("We proceed.\n#### Step 2: add the terms") is None  # a markdown heading


@pytest.mark.parametrize(
    "completion",
    [
        "Q: Tom has 8 apples.\nA: 5\n\nWait, I made a mistake: she actually has six apples left.",
        "Q: Tom.\nA: 40\n\nNo wait, she spent forty, so she has sixty left.",
        "Let's check the options one by one.\nA: 8\nThis is too small since it ignores the tax.",
        "#### x\nNow we solve for x: 2x + 3 = 11, so x = 4.",  # a heading with its section under it
        "#### x-intercept\nSetting y = 0, the x-intercept is 4.",
    ],
)
def test_an_answer_line_or_heading_that_is_not_the_last_word(completion: str) -> None:
    result = found(completion)
    assert result is None or result[1] not in ("phrase", "gsm8k"), result


# Endings of real completions that must keep their answer under meaning-preserving edits (probe 56), and the readings
# three red teams checked (probes 57, 58): a stated value outranks a bold label or an empty marker.
META_ENDINGS = [
    # probe 56 (meaning-preserving edits of real completions' endings must keep the verdict)
    (
        "She earns $5.\nA: 5\n\nI hope this helps! Let me know if you have any other questions.",
        ("5", "phrase"),
    ),
    (
        "So 200*5 = 1000.\nA: 1000\n\nRe-doing the last computation gives $1000$ again.",
        ("1000", "phrase"),
    ),
    ("The answer is \\(2n\\).\n\n**Final Answer:** 113", ("113", "bold")),  # the later restatement wins
    ("\\[\ny = -2x.\n\\]\n#### y = -2x", ("y = -2x", "gsm8k")),  # math that opens with a letter
    ("**Final Answer**\n\nTherefore, the least integer is **21**.", ("21", "bold")),
    ("**Therefore, the area of square ABCD is $900$.**\n\nAnswer: 900", ("900", "phrase")),
]
STATED_OVER_LABELS = [
    # probe 57, a red team against the bold, answer-line and heading readings: the stated value stands
    ("Therefore, $n = 12$ satisfies all **3** conditions.", ("n = 12", "math_span")),
    ("So $x = 4$, which we found in **2** steps.", ("x = 4", "math_span")),
    ("We get $x = 9$ by **Theorem 2**.", ("x = 9", "math_span")),  # a label in bold
    # another number stated (the last number keeps a known unit after it: 120 km is no 120 m)
    ("In **2** hours, the train covers 120 km.", ("120 km", "last_number")),
    ("So the answer is 12.\n\n## Answer\nSee the computation above.", ("12", "phrase")),
    ("The answer is 42.\n\n**Answer:** see above", ("42", "phrase")),  # a later marker without a value
    (
        "The answer is 9 dollars.\n\n**Final Answer:** 3 hours of work pays 9 dollars.",
        ("9 dollars", "phrase"),
    ),
    ("The answer is 5.\n\n**Final Answer:** \\frac{1}{2}", ("\\frac{1}{2}", "bold")),
    ("She earns $5.\nA: 5\n\nI hope this helps!", ("5", "phrase")),
]
THIRD_RED_TEAM = [
    # probe 58, a third red team: the narrowed readings must keep right answers
    ("The answer is 12.\n\n**Final Answer:** 15 apples", ("15 apples", "bold")),  # a value and its noun
    ("The answer is 5.\n\n**Final Answer:** $x = 6$", ("x = 6", "bold")),
    ("She sells 9 eggs.\nA: 18\nThat's the total for one day.", ("18", "phrase")),  # "one" is no count
    ("She sells 9 eggs.\nA: 18\nThis choice of method is simplest.", ("18", "phrase")),
    ("x = 5 and x = -2.\n#### x = 5 and x = -2", ("x = 5 and x = -2", "gsm8k")),
    ("12 яблок", ("12 яблок", "whole")),  # a count and its noun in another alphabet
    ("<think>so \\boxed{12}.</think>\n\ntwelve", ("12", "reasoning:boxed")),  # the same value in words
]


@pytest.mark.parametrize(("completion", "expected"), META_ENDINGS + STATED_OVER_LABELS + THIRD_RED_TEAM)
def test_endings_that_keep_their_answer(completion: str, expected: tuple[str, str]) -> None:
    assert found(completion) == expected
