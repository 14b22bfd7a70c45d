"""Answers read with the problem's rounding and expressions, boxes the text does not give as its answer, bold labels
of an exercise or of the correct answer, a sentence in a box, the steps of an implication, and golds with a remark.

Each case has a twin in the same style that must go the other way, so no rule passes by refusing everything.
"""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.asked_expression import ANOTHER_NAMED, asked_expression
from openrs_rewards.verifiers.exact_form import ROUNDED_OTHERWISE, rounded_otherwise_than_asked
from openrs_rewards.verifiers.extract import Extracted, find_answer
from openrs_rewards.verifiers.problem_checks import ESTIMATE_ASKED

TENTH = "What is the circumference of a circle of radius 2, rounded to the nearest tenth?"
HUNDREDTH = "A circle has radius 1. What is its area, rounded to the nearest hundredth?"


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "correct", "detail"),
    [
        # the exact side only writes the problem's own expression back: the estimate is the answer
        ("7/16 ≈ 0.44", "0.4375", "What is 7/16 as a decimal?", False, ESTIMATE_ASKED),
        ("7/16 ≈ 0.4375", "0.4375", "What is 7/16 as a decimal?", True, None),  # (the estimate read first)
        ("$\\sqrt{72} \\approx 8.49$", "6\\sqrt{2}", "Simplify \\sqrt{72}.", False, ESTIMATE_ASKED),
        # a rounding asked: the estimate answers it
        ("A = π(1)^2 = π ≈ 3.1", "3.14", HUNDREDTH, False, ESTIMATE_ASKED),
        ("A = π(1)^2 = π ≈ 3.14", "3.14", HUNDREDTH, True, None),
        # more places than asked: a rounding other than the one asked, unless the text rounds as asked after it
        ("C = 4π = 12.566.", "12.6", TENTH, False, ROUNDED_OTHERWISE),
        ("C = 4π = 12.566..., which rounds to 12.6.", "12.6", TENTH, True, ESTIMATE_ASKED),
        ("The circumference is 4π = 12.566, or about 12.6.", "12.6", TENTH, True, ESTIMATE_ASKED),
        ("C = 4π = 12.566..., which rounds to 12.57.", "12.6", TENTH, False, ROUNDED_OTHERWISE),
        ("C = 4π ≈ 12.60.", "12.6", TENTH, True, None),  # (the gold's value, a zero written after it)
    ],
)
def test_the_estimate_or_rounding_the_problem_asks_for(completion, gold, problem, correct, detail):
    verdict = verify(completion, gold, problem=problem)
    assert verdict.correct is correct, verdict
    assert verdict.detail == detail


@pytest.mark.parametrize(
    ("completion", "gold"),
    [("7/16 ≈ 0.44", "0.4375"), ("C = 4π = 12.566.", "12.6"), ("A = π ≈ 3.1", "3.14")],
)
def test_without_the_problem_the_exact_value_or_the_rounded_gold_policy_holds(completion, gold):
    assert verify(completion, gold).correct


def test_rounded_otherwise_than_asked_needs_places_asked_and_a_value_other_than_the_gold():
    assert rounded_otherwise_than_asked("12.57", "12.6", TENTH)
    assert not rounded_otherwise_than_asked("12.60", "12.6", TENTH)
    assert not rounded_otherwise_than_asked("12.6", "12.6", TENTH)
    assert not rounded_otherwise_than_asked(
        "12.57", "12.6", "What is the circumference of a circle of radius 2?"
    )
    assert not rounded_otherwise_than_asked("12.57", "12.6", "Give it to three significant figures.")


@pytest.mark.parametrize(
    ("problem", "expression"),
    [
        ("If 2x = 10, what is 3x + 1?", "3x+1"),
        ("If a + b = 7 and a - b = 1, what is ab?", "ab"),
        ("If y = 2x and x = 3, what is y?", "y"),
        ("Tom has 5 apples. What is it?", None),  # a word, no variable
        ("A rectangle has area 40. What is its perimeter in cm?", None),
        ("Let x be 3. What is a?", None),  # "a" stands nowhere else as a variable
    ],
)
def test_an_expression_asked_without_math_delimiters(problem, expression):
    assert asked_expression(problem) == expression


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        ("From 2x = 10 we divide both sides by 2:\nx = 5", "5", False),
        ("From 2x = 10, x = 5.\n3x + 1 = 16", "16", True),
    ],
)
def test_a_last_line_for_another_expression_of_a_plain_problem(completion, gold, correct):
    verdict = verify(completion, gold, problem="If 2x = 10, what is 3x + 1?")
    assert verdict.correct is correct
    assert (verdict.detail == ANOTHER_NAMED) is not correct


def test_a_step_label_names_nothing():
    problem = "If a + b = 7 and a - b = 1, what is ab?"
    wrong = verify(
        "Adding the equations: 2a = 8, so a = 4.\nStep 3: b = 7 - 4 = 3",
        "3",
        problem=problem,
        truncated=False,
    )
    assert not wrong.correct and wrong.detail == ANOTHER_NAMED
    right = verify(
        "Adding the equations: a = 4, b = 3.\nStep 3: ab = 12", "12", problem=problem, truncated=False
    )
    assert right.correct


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        ("**Correct answer:** 45", "45"),
        ("**The correct answer:** 45", "45"),
        ("**Correct Answer**: 45", "45"),
        ("**Correct answers:** 50 out of 60", None),  # a count of answers marked right
    ],
)
def test_a_bold_correct_answer_label(completion, expected):
    found = find_answer(completion)
    assert (found.text if isinstance(found, Extracted) else None) == expected


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        ("12", "12 \\text{ (attained at } t = 3)", True),
        ("3", "12 \\text{ (attained at } t = 3)", False),
        ("5", "x = 5 \\text{ is the only solution}", True),
        ("\\boxed{4}", "4, achieved when x = 2", True),
        ("\\boxed{2}", "4, achieved when x = 2", False),
        ("\\boxed{4}", "4, which occurs at x = 2", True),
    ],
)
def test_a_gold_with_a_remark_on_its_value(answer, gold, correct):
    verdict = verify(answer, gold)
    assert verdict.status != "invalid_gold"
    assert verdict.correct is correct


CARDS = (
    "Ana had 20 pears and 15 apples. She gave away 8 pears and 8 apples. How many apples does she have left?"
)
BOYS = "A class has 30 students. There are 4 more girls than boys. How many boys are in the class?"


def test_a_variable_the_text_names_as_the_expression_asked():
    completion = "Let y = 3x + 1. Since 2x = 10, x = 5.\nThen y = 3·5 + 1\ny = 16"
    assert verify(completion, "16", problem="If 2x = 10, what is 3x + 1?", truncated=False).correct
    other = "Since 2x = 10, x = 5.\nThen y = 3·5 + 1\ny = 16"
    assert not verify(other, "16", problem="If 2x = 10, what is 3x + 1?", truncated=False).correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        ("So the bakery has 15 rolls left, half of the original 30.", "30", False),
        ("So the bakery has 15 rolls left, half of the original 30.", "15", True),
    ],
)
def test_a_number_the_problem_gave_compared_in_an_aside(completion, gold, correct):
    problem = "A bakery had 30 rolls. It sold half of them. How many rolls does it have now?"
    assert verify(completion, gold, problem=problem).correct is correct


def test_the_stop_written_inside_the_math_of_the_expression_asked():
    problem = "If $xy = 6$, $xz = 10$ and $yz = 15$, then find $x + y + z.$"
    completion = "So $x = 2$, $y = 3$, $z = 5$, and $x + y + z = 10$."
    assert asked_expression(problem) == "x+y+z"
    assert verify(completion, "10", problem=problem).correct
    assert not verify(completion, "5", problem=problem).correct


_WITHOUT_THE_PROBLEM = {
    "boxes not given as the answer": [
        # a third party's result, not endorsed
        ("My friend got \\boxed{31}, but she counted the corner twice. So there are 30 posts.", "31", False),
        ("My friend got \\boxed{31}, but she counted the corner twice. So there are 30 posts.", "30", True),
        # not a third party's result: the friend is the sentence's subject
        ("The chance that her friend gets a prize is $\\boxed{25\\%}$.", "25\\%", True),
        # an answer one is drawn to and the text goes past
        ("It is tempting to answer \\boxed{50}, but both ends are excluded, so there are 48.", "50", False),
        ("It is tempting to answer \\boxed{50}, but both ends are excluded, so there are 48.", "48", True),
        # marked wrong
        (
            "**First try:** $\\boxed{64}$ ❌ — each pair was counted twice.\n**Correct answer:** 64 ÷ 2 = 32",
            "64",
            False,
        ),
        (
            "**First try:** $\\boxed{64}$ ❌ — each pair was counted twice.\n**Correct answer:** 64 ÷ 2 = 32",
            "32",
            True,
        ),
        # a step still to take on it
        ("The order comes to \\boxed{84}, which we then split 3 ways, so each pays $28.", "84", False),
        ("The order comes to \\boxed{84}, which we then split 3 ways, so each pays $28.", "28", True),
        ("We get \\boxed{30}, then halve it since half were sold: 15.", "30", False),
        ("We get \\boxed{30}, then halve it since half were sold: 15.", "15", True),
    ],
    "an exercise for the reader under a bold label": [
        ("The sum is 4 × 180 = 720.\n\nFinal answer: 720\n\n**Challenge:** what is the angle sum of an octagon? "
         "Answer: $\\boxed{1080}$", "1080", False),
        ("The sum is 4 × 180 = 720.\n\nFinal answer: 720\n\n**Challenge:** what is the angle sum of an octagon? "
         "Answer: $\\boxed{1080}$", "720", True),
        ("Final answer: 12\n\n**Bonus:** How many would 3 boxes hold? Answer: 36", "12", True),
        # a label in the work, asking nothing, ends nothing
        ("We need 540.\n\n**Challenge:** the tricky part was the overlap.\n\nSo the answer is $\\boxed{360}$", "360",
         True),
    ],
    "a sentence in a box gives its one number": [
        ("\\boxed{\\text{She earns } \\$42 \\text{ per week}}", "42", True),
        ("\\boxed{\\text{She earns \\$42 per week}}", "42", True),
        ("\\boxed{\\text{She earns } \\$43 \\text{ per week}}", "42", False),
        ("\\boxed{\\text{Tom needs } 7}", "7", True),
        # a bound or a family in words keeps its words
        ("\\boxed{\\text{All integers greater than } 3}", "3", False),
        ("\\boxed{\\text{He pays } 5 \\text{ or } 6}", "6", False),
    ],
    "the values an implication concludes": [
        ("$x^2 = 9 \\Rightarrow x = 3,\\ x = -3$", "\\pm 3", True),
        ("$x^2 = 9 \\implies x = 3 \\text{ or } x = -3$", "\\pm 3", True),
        ("$x^2 = 9 \\Rightarrow x = 3,\\ x = -3$", "3", False),
        ("$3x = 12 \\Rightarrow x = 4$", "4", True),
        ("So $x = \\frac{\\pi}{4} + 2k\\pi \\text{ or } x = \\frac{3\\pi}{4} + 2k\\pi, k\\in\\mathbb{Z}$.",
         "\\frac{\\pi}{4} + 2k\\pi, \\frac{3\\pi}{4} + 2k\\pi", True),
        ("So $x = \\frac{\\pi}{4} + 2k\\pi \\text{ or } x = \\frac{3\\pi}{4} + 2k\\pi, k\\in\\mathbb{Z}$.",
         "\\frac{3\\pi}{4} + 2k\\pi", False),
    ],
    "a note that corrects the answer": [
        # a note after the answer that says it corrects, and gives the new value
        ("Step 1: 12 + 19 = 30\nStep 2: 30 + 5 = 35\n\nAnswer: 35\n\nNote: correction — step 1 is wrong, 12 + 19 = "
         "31, so the total is actually 31 + 5 = 36.", "36", True),
        ("Step 1: 12 + 19 = 30\nStep 2: 30 + 5 = 35\n\nAnswer: 35\n\nNote: correction — step 1 is wrong, 12 + 19 = "
         "31, so the total is actually 31 + 5 = 36.", "35", False),
        ("She spent 14 + 21 = 35 dollars.\n\n**Answer: 35**\n\nEdit: I misread the question — it asks what is left. "
         "She has 60 − 35 = 25 dollars left.", "25", True),
        ("Each box costs $3, so 4 boxes cost $12.\n\nFinal answer: $12\n\n(Update: each box actually holds 2 packs, "
         "so we double it: 2 × $12 = $24.)", "24", True),
        # a note that corrects nothing leaves the answer (nor is "$12 ... $5" across the paragraphs one math span)
        ("The jacket is $30 with 10% off: 30 × 0.9 = 27.\n\nFinal answer: $27\n\nNote: with the $5 express "
         "shipping option, the total would be $32.", "27", True),
        ("The jacket is $30 with 10% off: 30 × 0.9 = 27.\n\nFinal answer: $27\n\nNote: with the $5 express "
         "shipping option, the total would be $32.", "32", False),
    ],
    "a plain practice label and a lower case exercise heading": [
        ("Lena has 40 − 9 − 4 = 27 cards left.\n\nPractice: Try the same problem if Lena started with 50 cards. "
         "(Answer: 37)", "27", True),
        ("Lena has 40 − 9 − 4 = 27 cards left.\n\nPractice: Try the same problem if Lena started with 50 cards. "
         "(Answer: 37)", "37", False),
        ("So the sum is 185.\n\n**Answer:** 185\n\n---\n\n### Follow-up exercises\n1. Find the sum of the first "
         "20 terms. *(Answer: 670)*", "670", False),
        ("So the sum is 185.\n\n**Answer:** 185\n\n---\n\n### Follow-up exercises\n1. Find the sum of the first "
         "20 terms. *(Answer: 670)*", "185", True),
    ],
    "a range and the points it leaves out": [
        ("$2 < x < 50, x \\neq 7$", "(2,7) \\cup (7,50)", True),
        ("$x \\ge 1,\\ x \\ne 4$", "[1,4)\\cup(4,\\infty)", True),
        ("$x > 1,\\ x \\ne 4$", "[1,4)\\cup(4,\\infty)", False),  # (1 is left out here)
        ("$-1 \\le x \\le 1, x \\neq 0$", "[-1,0)\\cup(0,1]", True),
        ("$x > 2, y \\neq 1$", "(2,\\infty)", False),  # (another variable's point is no cut)
    ],
    "reported answers amounts and notes": [
        # a third party's answer the text disputes, given after the writer's own box: no hedge between them
        ("So $P = \\frac{10}{36} = \\boxed{\\frac{5}{18}}$. The answer key says the correct answer is "
         "$\\frac{7}{18}$, which I think is a typo.", "\\frac{5}{18}", True),
        ("So $P = \\frac{10}{36} = \\boxed{\\frac{5}{18}}$. The answer key says the correct answer is "
         "$\\frac{7}{18}$, which I think is a typo.", "\\frac{7}{18}", False),
        # a third party's boxed answer the text confirms is the answer
        ("My friend got $\\boxed{41}$, and checking her work: 17 + 24 = 41. She's right.", "41", True),
        # checking a box is no step still to take on it
        ("So $x = \\boxed{28}$, which we then double-check: 3 × 28 = 84 ✓", "28", True),
        # amounts of money side by side are no math span, and "or" between them offers both
        ("So she earns about $81 or $90 per day.", "90", False),
        ("So she earns about \\$81 or \\$90 per day.", "90", False),
        ("The answer is $3 or $5.", "5", False),
        # a clause after a semicolon is a statement of its own, not a detail of the value before it
        ("After eating 3, there are 9 apples; after adding 3, there are 12 apples.", "12", True),
        ("After eating 3, there are 9 apples; after adding 3, there are 12 apples.", "9", False),
        # a note's value that is someone else's, or a correction it states by "meant" or "so it's"
        ("Adding: 14 + 17 + 5 = 36, so the answer is 63.\n\nEdit: typo fix — I wrote 63 above but meant 36.", "36", True),
        ("Total: 14 + 17 + 5 = \\boxed{36}.\n\nNote: actually, wait, box C was already in B, so it's 14 + 17 = 31.",
         "31", True),
        ("So the answer is 15.\n\n**Bonus:** With 10 people you'd get $\\binom{10}{2} = \\boxed{45}$.", "15", True),
    ],
    "a value before an aside": [
        # a breakdown set off by a dash, a breakdown after a colon that follows a total, a phrase of how the value came
        # about: asides
        (
            "Adding: $52 + $31 = $83.\n\nNina spends $83 in total — $52 on boots and $31 on the coat.",
            "83",
            True,
        ),
        (
            "Adding: $52 + $31 = $83.\n\nNina spends $83 in total — $52 on boots and $31 on the coat.",
            "31",
            False,
        ),
        ("So Omar eats 42 grapes in all — 30 green ones and 12 red ones.", "42", True),
        ("In total, he plants 70 trees: 40 oaks and 30 pines.", "70", True),
        ("Ravi spends $31.50 on fuel for the trip, using 9 gallons.", "31.50", True),
        ("The final price is $64.80, including $4.80 of tax.", "64.80", True),
        ("The final price is $64.80, including $4.80 of tax.", "4.80", False),
        # no aside: a conclusion or a restatement after the dash, a list of parts after a colon (no total before it),
        # another case after the dash, an en dash as a minus, a rate that may be the one asked
        ("Tom has read 180 pages — he needs to read 120 more.", "120", True),
        ("Kate spent $83 altogether — leaving her with $37.", "37", True),
        ("So 5 slices remain — that's 5/8 of the pie.", "5/8", True),
        ("He plants 70 trees: 40 oaks and 30 pines.", "30", True),
        ("Kim pays $30 before tax — $32.40 with the 8% tax.", "30", False),
        ("The difference is 30 – 12 = 18.", "18", True),
        ("She drives the 180 miles in 3 hours, at a steady 60 mph.", "60", True),
    ],
    "the constant pi spelled out as the whole answer": [("pi", "\\pi", True), ("pi", "2\\pi", False)],
    "a quantity restated in two units": [
        ("So the trip takes 40 + 20 + 75 = 135 minutes, which is 2 hours and 15 minutes.", "135", True),
        ("So the trip takes 40 + 20 + 75 = 135 minutes, which is 2 hours and 15 minutes.", "2", False),
        ("So the trip takes 40 + 20 + 75 = 135 minutes, which is 2 hours and 15 minutes.", "2.25", True),
        # (two quantities that differ: both values, which no gold equals)
        ("So the trip takes 135 minutes, which is 2 hours 25 minutes.", "135", False),
    ],
    "a quantity restated in another unit after a few words": [
        ("There are 450 centimeters of tape left, or 4.5 meters.", "450", True),
        # (the quantity in either unit answers: a gold may be stored in either)
        ("There are 450 centimeters of tape left, or 4.5 meters.", "4.5", True),
        ("There are 450 centimeters of tape left, or 4.5 meters.", "45", False),
    ],
    "conclusions letters and spaced connectives": [
        # a final-answer sentence that concludes on another value in math: what it concludes
        ("**Final Answer**\n\nThe probability is $\\frac{35}{99}$, so $m+n = 134$.", "134", True),
        ("Final answer: The probability is $\\frac{35}{99}$, so $m+n = 134$.", "\\frac{35}{99}", False),
        # a choice letter with an amount of money
        ("\\boxed{\\textbf{(D) }\\$75}", "75", True),
        ("\\boxed{\\textbf{(D) }\\$75}", "70", False),
        # a connective between two \quad: one list
        ("\\boxed{f(x)=2x \\quad\\text{and}\\quad f(x)=-2x}", "$f(x)=2x$, $f(x)=-2x$", True),
        ("\\boxed{x=4 \\quad\\text{or}\\quad x=-4}", "4, -4", True),
        ("\\boxed{x=4 \\quad\\text{or}\\quad x=-4}", "4", False),
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    table_params(_WITHOUT_THE_PROBLEM),
)
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


PENS = "Lia has 30 pens. She gives 2 pens to each of her 12 students, then buys 24 more. How many pens does she have now?"
SALE = "A $60 coat is on sale for 25% off. What is the sale price?"
FARM = "A farm has only hens and goats: 12 animals and 32 legs. How many goats are on the farm?"
CUPS = "One cup costs $4, and every second cup costs half price. Ana wants to buy 10 cups. How much will she pay?"
_WITH_THE_PROBLEM = {
    "a value before an echo of the problem's count with its owner": [
        ("Adding these together, $20 + $10 = $30. So Ana needs to pay $30 for her 10 cups.", "30", CUPS, True),
        ("Adding these together, $20 + $10 = $30. So Ana needs to pay $30 for her 10 cups.", "10", CUPS, False),
    ],
    "a count in words beside a count of another thing": [
        ("Working it out, the farm has four goats and eight hens.", "4", FARM, True),
        ("Working it out, the farm has four goats and eight hens.", "8", FARM, False),
        # (a count of some of them makes the sentence say several)
        ("Working it out, the farm has four goats, and two of them are white.", "4", FARM, False),
    ],
    "a number the problem gave, compared in a phrase": [
        # the number right before "of her original N" is the one stated
        ("So she gives away 24 pens, leaving 6 of her original 30.", "30", PENS, False),
        ("So she gives away 24 pens, leaving 6 of her original 30.", "6", PENS, True),
        # (a difference stated against the given is no statement of the answer)
        ("The coat costs $15 on sale — $45 less than the original $60.", "45", SALE, False),
    ],
    "the clause that counts what is asked": [
        # "apples" is taken off an answer like a unit, but it names what a clause counts
        ("She has 12 pears and 7 apples left.", "7", CARDS, True),
        ("She has 7 pears and 12 apples left.", "12", CARDS, True),
        ("She has 12 apples and 7 pears left.", "7", CARDS, False),
        # a computation before the statements names nothing
        ("b + (b + 4) = 30 ⇒ 2b = 26 ⇒ b = 13, so there are 13 boys and 17 girls.", "13", BOYS, True),
        ("b + (b + 4) = 30 ⇒ 2b = 26 ⇒ b = 13, so there are 13 boys and 17 girls.", "17", BOYS, False),
    ],
    "a rounding with more places than asked": [
        # more places than the rounding asked: no longer paid as the gold rounded so
        ("4000 ÷ 48 = \\boxed{83.33}", "83", "What is 4000 ÷ 48? Round to the nearest whole number.", False),
        ("4000 ÷ 48 = \\boxed{83}", "83", "What is 4000 ÷ 48? Round to the nearest whole number.", True),
        (
            "$\\frac{2}{3} = 0.666\\ldots$\n\n$\\boxed{0.667}$",
            "0.67",
            "What is 2/3 to the nearest hundredth?",
            False,
        ),
    ],
    "the problem's fraction written back as a division before its estimate": [
        # "49 ÷ 4" is the problem's \frac{49}{4} written back: the estimate after it is the answer
        ("49 ÷ 4 ≈ 12", "\\frac{49}{4}", "Compute $\\frac{49}{4}$ as a simplified fraction or decimal.", False),
        ("49 ÷ 4 ≈ 12.25", "\\frac{49}{4}", "Compute $\\frac{49}{4}$ as a simplified fraction or decimal.", True),
        # the problem's fraction boxed back as a division computed nothing
        ("So the answer is $\\boxed{12/8}$.", "\\frac{3}{2}", "Simplify $\\frac{12}{8}$.", False),
        ("So the answer is $\\boxed{3/2}$.", "\\frac{3}{2}", "Simplify $\\frac{12}{8}$.", True),
    ],
    "the asked quantity among percents and ranges": [
        # a percent the problem gives is no count it gives: "20%" given, "20 students" stated
        ("So 20 students passed, which is 80% of the class.", "20",
         "There are 25 students in a class, and 20% of them failed. How many students passed?", True),
        ("So 20 students passed, which is 80% of the class.", "80",
         "There are 25 students in a class, and 20% of them failed. How many students passed?", False),
        # a range is no answer, even where no answer was read otherwise
        ("Reading it either way, I'd say somewhere between 12 and 21 carrots are left.", "21",
         "A garden has 24 carrots. Half of one row is eaten. How many carrots are left?", False),
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "correct"),
    table_params(_WITH_THE_PROBLEM),
)
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold, problem=problem).correct is correct
