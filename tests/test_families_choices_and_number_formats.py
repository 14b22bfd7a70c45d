"""Families of solutions whose constant ranges over a field, options called correct, parts joined by "and", and the
number formats of other countries and languages: readings the forty-third session's blind probes (413-415) found
missing. Each kind has a twin that goes the other way, so a rule that reads every such answer as right, or none,
fails."""

from __future__ import annotations

import pytest

from openrs_rewards import verify
from openrs_rewards.verifiers.foreign_numbers import foreign_number_value

_GASES = "Which gas is most abundant in dry air?\n(A) Oxygen\n(B) Argon\n(C) Nitrogen\n(D) Carbon dioxide"


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        # a constant declared over the reals is the gold's constant, whatever its name
        ("f(x)=kx,\\ k\\in\\mathbb{R}", "f(x)=cx", True),
        ("f(x) = x^2 + cx,\\ \\ c\\in\\mathbb{R}", "f(x)=x^2+cx", True),
        ("P(x)=ax,\\ a\\in\\mathbb{R}", "P(x)=cx", True),
        ("f(x)=kx,\\ k\\in\\mathbb{Q}", "f(x)=cx", True),
        # ... another family, or another set than the gold's own
        ("P(x)=ax,\\ a\\in\\mathbb{R}", "P(x)=cx^2", False),
        ("f(x)=kx+1,\\ k\\in\\mathbb{R}", "f(x)=cx", False),
        ("f(x)=kx^2,\\ k\\in\\mathbb{R}", "f(x)=cx", False),
        ("f(x)=kx,\\ k\\in\\mathbb{R}", "f(x)=cx, c \\in \\mathbb{Z}", False),
    ],
)
def test_a_family_whose_constant_ranges_over_a_field(answer: str, gold: str, correct: bool) -> None:
    verdict = verify(f"Hence all solutions are\n$$\\boxed{{{answer}}}$$", gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("completion", "letter"),
    [
        ("Nitrogen is by far the most abundant gas.\n\nTherefore, (C) is correct.", "C"),
        ("Therefore, option (C) is correct.", "C"),
        ("So (C) is the correct answer.", "C"),
        ("Clearly C is the right choice.", "C"),
        ("Argon is only 0.93%, oxygen 21%.\n\nSo B is the best answer.", "B"),
    ],
)
def test_an_option_called_correct_in_the_last_sentence(completion: str, letter: str) -> None:
    for gold in "BC":
        verdict = verify(completion, gold, problem=_GASES)
        assert verdict.correct is (gold == letter), (gold, verdict)


@pytest.mark.parametrize(
    "completion",
    [
        "So (C) is correct only if we count argon.",  # (a condition follows: no answer)
        "I think A is correct? No.",
    ],
)
def test_an_option_called_correct_under_a_condition_or_in_a_question_is_no_answer(completion: str) -> None:
    assert verify(completion, "C", problem=_GASES).status == "no_answer"


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        ("(a) 2 and (b) 3", "2, 3", True),
        ("(a) 2, and (b) 3", "2, 3", True),
        ("(a) 2 and (b) 3", "3, 2", False),
        ("(a) 2 and (b) 3", "2, 4", False),
    ],
)
def test_parts_answered_in_turn_joined_by_and(answer: str, gold: str, correct: bool) -> None:
    verdict = verify(f"So the remainders are {answer}.", gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("quarante-six", 46),
        ("six", 6),
        ("quatre", 4),
        ("dix-huit", 18),
        ("dix sept", 17),
        ("soixante-dix-sept", 77),
        ("quatre-vingt-dix-sept", 97),
        ("quatre-vingt-six", 86),
        ("quatre cinq", None),  # (two values, no number)
    ],
)
def test_french_number_words(words: str, value: int | None) -> None:
    assert foreign_number_value(words) == value


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # a sentence in words after the answer word, in French
        ("Il en achète 10 : 36 + 10 = 46.\n\nRéponse : il a maintenant quarante-six vaches.", "46", "36"),
        # one count in Chinese numerals ending a sentence without digits, its currency after it
        ("每个卖2美元，一共收入：9 × 2 = 18（美元）\n\n所以珍妮每天在农贸市场赚十八美元。", "18", "9"),
        ("答案：十八美元", "18", "9"),
        # a count and what it counts in Bengali, after the answer word
        ("বাকি রইল = ৪৫ − ১৫ = ৩০টি\n\nউত্তর: ৩০টি আম", "30", "45"),
        # thousands grouped by apostrophes, and the Indian way in a text about rupees
        (
            "Verdienst = 50 × 25 = 1'250 Franken.\n\nDer Mechaniker verdient diese Woche 1'250 Franken.",
            "1250",
            "250",
        ),
        ("Earnings = 250 × ₹500 = ₹1,25,000\n\nSo the farmer earns ₹1,25,000.", "125000", "25000"),
        # a currency's word before the number, in Swahili
        ("Anapata 9 × 2 = dola 18.\n\nJibu: dola 18.", "18", "9"),
    ],
)
def test_number_formats_of_other_languages(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, verify(completion, gold)
    assert not verify(completion, wrong).correct, verify(completion, wrong)


def test_groupings_are_read_only_where_they_are_numbers() -> None:
    assert verify("He is 5'10 tall, so the answer is 10.", "10").correct  # (feet and inches: no grouping)
    assert verify("The set is 1,25,100.", "125100").status != "correct"  # (no rupees: a list without spaces)
    # (several counts in Chinese numerals: none is read as the answer)
    assert verify("每个鸡蛋两美元，一共十八美元。", "18").status == "no_answer"


_BOXED_12 = "A cube has 12 edges.\n\nThe final answer is: $\\boxed{12}$"


@pytest.mark.parametrize(
    ("after", "read"),
    [
        # another reply of the assistant after an end-of-turn marker: the model went on, and its last answer counts
        (
            "<|eot_id|>assistant\n\nI apologize for the mistake. The final answer is: $\\boxed{14}$<|eot_id|>",
            "14",
        ),
        ("<|im_end|>\n<|im_start|>assistant\nActually it is $\\boxed{14}$.<|im_end|>", "14"),
        ("<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\nSo $\\boxed{14}$.", "14"),
        ("<|end|>\n<|assistant|> Correction: $\\boxed{14}$<|end|>", "14"),
        # ... a user's turn after it, or nothing: the reply ended there
        ("<|im_end|>\n<|im_start|>user\nAnd a cube with 14? $\\boxed{14}$<|im_end|>", "12"),
        ("<|eot_id|><|start_header_id|>user<|end_header_id|>\n\nNext: $\\boxed{14}$", "12"),
        ("<|eot_id|>", "12"),
    ],
)
def test_a_reply_the_assistant_goes_on_to_write_after_its_turn_ends(after: str, read: str) -> None:
    for gold in ("12", "14"):
        verdict = verify(_BOXED_12 + after, gold)
        assert verdict.correct is (gold == read), (gold, verdict)


_PLANE = (
    "Find the equation of the plane containing the points $(-1,1,1),$ $(1,-1,1),$ and $(1,1,-1).$  Enter your answer "
    "in the form\\[Ax + By + Cz + D = 0,\\]where $A,$ $B,$ $C,$ $D$ are integers such that $A > 0$ and "
    "$\\gcd(|A|,|B|,|C|,|D|) = 1.$"
)


@pytest.mark.parametrize(
    ("answer", "correct"),
    [
        ("x + y + z - 1 = 0", True),
        ("x+y+z-1=0", True),
        ("2x + 2y + 2z - 2 = 0", False),  # (a common factor the problem asks to divide out)
        ("-x - y - z + 1 = 0", False),  # (A > 0 is asked)
        ("x + y + z + 1 = 0", False),
    ],
)
def test_a_plane_in_the_normalised_form_the_problem_asks(answer: str, correct: bool) -> None:
    completion = f"The normal is $(4,4,4)$, so the plane is\n\n$$\\boxed{{{answer}}}$$"
    assert verify(completion, "x + y + z - 1 = 0", problem=_PLANE).correct is correct
    # (without the problem, a scaled equation is the same plane)
    assert verify(completion, "x + y + z - 1 = 0").correct is (answer != "x + y + z + 1 = 0")


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # a sentence after an elided article, its value in math
        ("**Réponse :** l'aire est de $30$ unités d'aire.", "30", "31"),
        ("Risposta: l'area è $30$.", "30", "31"),
    ],
)
def test_a_foreign_sentence_opening_on_an_elided_article(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, verify(completion, gold)
    assert not verify(completion, wrong).correct


@pytest.mark.parametrize(
    ("completion", "paid"),
    [
        ("$$\\boxed{2} \\text{ (or any real number)}$$", False),
        ("The answer is \\boxed{2}, or any other value.", False),
        # (a remark on another quantity, or a value set aside, is no such offer)
        ("The answer is \\boxed{2}. Any real number works for the other variable.", True),
        ("The answer is \\boxed{2} (or any multiple of it is wrong).", True),
    ],
)
def test_an_answer_offered_with_any_value_is_no_answer(completion: str, paid: bool) -> None:
    assert verify(completion, "2").correct is paid


def test_a_chain_of_computation_gives_the_asked_expression_its_last_side() -> None:
    asked = "The probability is $\\frac{m}{n}$ in lowest terms. Find $m+n$."
    completion = "So the probability is $\\frac{20}{45}=\\frac49$, and $m+n = 4+9 = \\mathbf{13}$."
    assert verify(completion, "13", problem=asked).correct
    assert not verify(completion, "4/9", problem=asked).correct
    # (a last side that is no number gives no value)
    assert not verify("So the probability is $\\frac49$, and $m+n = 4+9 = x$.", "13", problem=asked).correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        # a time of day with its seconds, on the 12-hour clock
        ("**Final answer:** 1:51:06 AM", "\\text{1:51:06 a.m.}", True),
        ("**Final answer:** 1:51:06 AM", "1:51:07 a.m.", False),
        ("**Final answer:** 1:51:06 PM", "\\text{1:51:06 a.m.}", False),
        # a ratio said in words ending a sentence about a ratio
        ("So the ratio of boys to girls is 3 to 2.", "3:2", True),
        ("So the ratio of boys to girls is 3 to 2.", "2:3", False),
        ("So the ratio is 3 to 2.", "\\frac{3}{2}", True),
        # ... but not a change from one value to another
        ("The temperature rose from 3 to 7.", "7", True),
        # xfrac's slanted fraction
        ("So the probability is $\\boxed{\\sfrac{5}{12}}$.", "\\frac{5}{12}", True),
        ("So the probability is $\\boxed{\\sfrac{5}{12}}$.", "\\frac{5}{13}", False),
    ],
)
def test_times_ratios_and_fractions_in_their_other_spellings(
    completion: str, gold: str, correct: bool
) -> None:
    verdict = verify(completion, gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        # a temperature below zero in words, its signed value after it in brackets
        ("7 degrees below zero (−7°C)", "-7", True),
        ("7 degrees below zero (−7°C)", "7", False),
        ("7 degrees below zero (-8°C)", "-7", False),  # (the brackets say another value: no reading)
    ],
)
def test_a_value_below_zero_restated_with_its_sign(answer: str, gold: str, correct: bool) -> None:
    verdict = verify(f"So at midnight it was cold.\n\n**Final answer: {answer}**", gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        # a scale letter is no letter with a subscript or a power: "1.5 k_B T" is 1.5 times Boltzmann's k, not 1500
        ("1.5 k_B T", "\\frac{3}{2}k_BT", True),
        ("1.5 k_B T", "\\frac{5}{2}k_BT", False),
        ("1.5 k_B T", "1500 T", False),
        # ... while a thousand written "1.5k" stays one
        ("1.5k", "1500", True),
    ],
)
def test_a_scale_letter_is_no_name_with_a_subscript(answer: str, gold: str, correct: bool) -> None:
    verdict = verify(f"So the energy is $\\boxed{{{answer}}}$.", gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("completion", "gold", "wrong"),
    [
        # a short answer alone in a code fence without a language, or of math or plain text, ending the text
        ("```\n12\n```", "12", "13"),
        ("```latex\n\\frac{\\pi}{6}\n```", "\\frac{\\pi}{6}", "\\frac{\\pi}{3}"),
        ("```\nx = 12\n```\n", "12", "13"),
        # the marks of a heading with no heading after the answer
        ("12\n\n\n###", "12", "13"),
        # a JSON answer that is a list of values
        ('{"answer": [2, 3]}', "2, 3", "2"),
        ('{"answer": [2, 3], "note": "the two roots"}', "2, 3", "3"),
    ],
)
def test_short_structured_outputs(completion: str, gold: str, wrong: str) -> None:
    assert verify(completion, gold).correct, verify(completion, gold)
    assert not verify(completion, wrong).correct


def test_a_program_in_a_fence_is_no_answer() -> None:
    assert verify("```python\nprint(12)\n```", "12").status == "no_answer"


_DOMAIN = "(-\\infty,-4)\\cup(-4,-2)\\cup(-2,\\infty)"


@pytest.mark.parametrize(
    "completion",
    [
        "The answer is all real numbers except -4 and -2.",
        "All real numbers except -4 and -2.",
    ],
)
def test_all_real_numbers_except_points_is_never_the_points(completion: str) -> None:
    # (the sentence was read as the list "-4, -2": paid against a gold that lists the excluded points)
    assert verify(completion, _DOMAIN).correct
    assert not verify(completion, "-4, -2").correct
