"""A completion that is nothing but its answer (``5``, ``x=5``, ``\\frac32``): read whole, source ``"whole"``.

Graders and users pass bare answers to ``verify``; before this reading they all came back ``no_answer`` (a bare
``5`` is no finished sentence, so the last-number rule refused it). What it must never do: read a sentence, a text, a
formula cut on an operator, or anything in a truncated, looping or unclosed-think completion."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.extract import Extracted, ExtractionConfig, find_answer

NO_FALLBACK = ExtractionConfig(last_number_fallback=False)


@pytest.mark.parametrize(
    ("completion", "answer"),
    [
        ("5", "5"),
        ("  -12  \n", "-12"),
        ("5.", "5"),
        ("x=5", "x=5"),
        ("\\frac32", "\\frac32"),
        ("(2, 5)", "(2, 5)"),
        ("\\{1,2\\}", "\\{1,2\\}"),
        ("[-1, 4)", "[-1, 4)"),
        ("x^2+2x+1", "x^2+2x+1"),
        ("3 and -1", "3 and -1"),
        ("x = 1 or x = 2", "x = 1 or x = 2"),  # several answers stay whole (no chain of equalities read)
        ("2+3=5", "5"),  # a chain of pure arithmetic gives its value
        ("12 cm", "12 cm"),
        ("12 square units", "12 square units"),
        ("5!", "5!"),  # a factorial, not an exclamation
        (
            "\\begin{pmatrix}1\\\\\n2\\end{pmatrix}",
            "\\begin{pmatrix}1\\\\\n2\\end{pmatrix}",
        ),  # one environment
        ("f(x)=x^2", "f(x)=x^2"),
        ("AB = 5", "AB = 5"),  # a name given its value is no sentence
        (
            "\\left[\\begin{array}{cc}1&0\\\\0&1\\end{array}\\right]",
            "\\left[\\begin{array}{cc}1&0\\\\0&1\\end{array}\\right]",
        ),
    ],
)
def test_a_bare_answer_is_read_whole(completion: str, answer: str) -> None:
    assert find_answer(completion, NO_FALLBACK) == Extracted(answer, "whole")


def test_a_bare_math_span_is_its_own_final_sentence() -> None:
    assert find_answer("$\\frac{1}{2}$", NO_FALLBACK) == Extracted("\\frac{1}{2}", "math_span")


@pytest.mark.parametrize(
    "completion",
    [
        "It equals 2 + 3.",  # a sentence: it opens with a word
        "so x = 5",
        "Then 2^{10}.",
        "Step 1 gives 7",
        "x = 5 is what we get",  # more than two words
        "#### Step 1: add",  # a markdown heading
        "(7 \\cdot",  # cut on an operator
        "x = 1 +",
        "5\n6",  # two lines: a text
        "\\boxed{}",  # a refused box is the model's answer slot, empty: nothing else is read
    ],
)
def test_a_sentence_a_text_or_a_fragment_is_not_a_bare_answer(completion: str) -> None:
    result = find_answer(completion, NO_FALLBACK)
    assert not (isinstance(result, Extracted) and result.source == "whole"), result


def test_no_bare_answer_in_a_truncated_completion() -> None:
    assert not isinstance(find_answer("5", truncated=True), Extracted)
    assert not isinstance(find_answer("x = 12", truncated=True), Extracted)
    assert find_answer("x = 12", truncated=False) == Extracted("x = 12", "whole")


def test_no_bare_answer_after_an_unclosed_think() -> None:
    assert not isinstance(find_answer("<think>5"), Extracted)


def test_word_answers_need_a_word_gold_and_no_sign_off() -> None:
    assert find_answer("Yes", word_answer=True) == Extracted("Yes", "whole")
    assert find_answer("no solution", word_answer=True) == Extracted("no solution", "whole")
    assert not isinstance(find_answer("Yes", word_answer=False), Extracted)
    assert not isinstance(find_answer("I am not sure", word_answer=True), Extracted)  # three words
    # After reasoning, the word that is all of the text after it answers ("</think>\n\nAlice"), as it does alone...
    assert find_answer("<think>who wins?</think>\n\nAlice", word_answer=True) == Extracted("Alice", "whole")
    assert find_answer("<think>parity</think> odd", STRICT_WORDS, word_answer=True) == Extracted(
        "odd", "whole"
    )
    # ... but a sign-off is no answer ("Done."): the reasoning's is read, or none under the strict region.
    assert not isinstance(
        find_answer("<think>so \\frac{1}{2}</think> Done.", STRICT_WORDS, word_answer=True), Extracted
    )
    assert find_answer("<think>so \\boxed{Yes}</think> Done.", word_answer=True) == Extracted(
        "Yes", "reasoning:boxed"
    )
    assert find_answer("<think>so it is 7</think>\n\n7") == Extracted("7", "whole")


STRICT_WORDS = ExtractionConfig(answer_region="after_reasoning")


@pytest.mark.parametrize(
    ("prediction", "gold", "status"),
    [
        ("5", "5", "correct"),
        ("x=5", "5", "correct"),
        ("\\frac32", "1.5", "correct"),
        ("(2, 5)", "(2,5)", "correct"),
        ("(5, 2)", "(2,5)", "incorrect"),
        ("Yes", "yes", "correct"),
        ("\\text{North}", "north", "correct"),
        ("nothing", "3", "no_answer"),  # a word against a number: no answer, as before
        ("1. first 2. second 3. third", "3", "no_answer"),  # not a guess: no bare answer, no last number
        ("a_{n+3}", "3", "incorrect"),  # compared whole: never its subscript
        ("XK4P", "4", "no_answer"),  # a word, not a value: never its 4
        # TeX spacing around it, a lone symbol, math names without a backslash, words the normaliser reads as math
        ("\\,5\\,", "5", "correct"),
        ("2\\sqrt{2}\\,", "2\\sqrt{2}", "correct"),
        ("\\quad 7", "7", "correct"),
        ("π", "\\pi", "correct"),
        ("θ", "\\theta", "correct"),
        ("π", "3", "incorrect"),
        ("pi/4", "\\frac{\\pi}{4}", "correct"),
        ("sqrt2", "\\sqrt{2}", "correct"),
        ("abs(x-1)", "|x-1|", "correct"),
        ("five", "5", "correct"),
        ("one third", "\\frac{1}{3}", "correct"),
        ("\\text{all real numbers}", "(-\\infty,\\infty)", "correct"),
        ("\\text{does not exist}", "\\text{DNE}", "correct"),
        # sentences, not bare answers: the last number reads them (the rewards do not, below)
        ("It equals five.", "5", "correct"),
        ("So 8 vertices.", "8", "correct"),
    ],
)
def test_bare_answers_through_verify(prediction: str, gold: str, status: str) -> None:
    assert verify(prediction, gold).status == status


def test_a_sentence_is_no_bare_answer_for_the_rewards() -> None:
    assert verify("So 8 vertices.", "8", last_number_fallback=False).status == "no_answer"
    assert verify("It equals five.", "5", last_number_fallback=False).status == "no_answer"
    assert verify("five", "5", last_number_fallback=False).status == "correct"
    assert verify("So the function is odd.", "odd", last_number_fallback=False).status == "no_answer"


@pytest.mark.parametrize("gold", ["B", "(B)", "\\text{(B)}", "\\textbf{(B)}"])
@pytest.mark.parametrize("completion", ["B", "$B$", " (B)\n", "\\text{B}"])
def test_a_completion_that_is_one_choice_letter_is_read_by_the_rewards_too(
    completion: str, gold: str
) -> None:
    # However the gold dresses the letter; a letter on the last line of a longer text stays a guess for them.
    assert verify(completion, gold, last_number_fallback=False).status == "correct"
    assert verify(completion.replace("B", "C"), gold, last_number_fallback=False).status == "incorrect"
    assert verify("We weigh each option.\n\nB", gold, last_number_fallback=False).status == "no_answer"
    assert verify("We weigh each option.\n\nB", gold).status == "correct"


@settings(max_examples=80, deadline=None)
@given(
    st.fractions(min_value=-1000, max_value=1000, max_denominator=50),
    st.sampled_from(["{}", "\\frac{{{n}}}{{{d}}}", "{n}/{d}", "${}$", "x = {}", " {} ", "{}."]),
)
def test_a_bare_number_in_any_spelling_equals_its_value(value: Fraction, spelling: str) -> None:
    plain = str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"
    text = spelling.format(plain, n=value.numerator, d=value.denominator)
    assert verify(text, plain).status == "correct", text
    assert (
        verify(
            text, str(value + 1) if value.denominator == 1 else f"{value.numerator + 1}/{value.denominator}"
        ).status
        == "incorrect"
    ), text
