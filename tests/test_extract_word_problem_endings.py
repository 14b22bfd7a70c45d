"""How word-problem completions end without a box, and the traps around an answer a careful grader sees through
(probes 168 and 169 of the thirtieth session): asides, checks and courtesies after the stated value, currencies,
ordinals and years around it, a range, a box superseded or taken back, an invented exercise after the answer. Each
reading comes with the near miss that must not be paid."""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def status(completion: str, gold: str) -> str:
    return verify(completion, gold).status


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # a bracketed detail closing a sentence that has stated its value
        ("36 ÷ 12 = 3 packs.\n\nHe needs to buy 3 more packs (36 pencils).", "3", "correct"),
        ("36 ÷ 12 = 3 packs.\n\nHe needs to buy 3 more packs (36 pencils).", "36", "incorrect"),
        ("Ben = 18, Ana = 36.\n\nAna has 36 stickers (and Ben has 18).", "36", "correct"),
        ("20 - 9 + 3 = 14\n\nLeo has 14 marbles now (see step 2).", "14", "correct"),
        # ... but a hedge in brackets offers another value
        ("So the answer is 5 (or 7 if we count the ends).", "5", "incorrect"),
        ("So the count is 5 (maybe 7).", "5", "no_answer"),
        # a separate remark in brackets, and a check that ends the text on its bracket
        ("Kelly has 54 crayons left. (54 ÷ 24 = 2.25 boxes)", "54", "correct"),
        ("So she earns $18 every day. (Check: 18 ÷ 6 = 3 ✓)", "18", "correct"),
        ("He needs 3 packs.\n\n(3 × 12 = 36 ✓)", "3", "correct"),
        ("He needs 3 packs.\n\n(3 × 12 = 36 ✓)", "36", "incorrect"),
        # another value ruled out in brackets
        ("3x + 7 = 25, so 3x = 18 and x = 6 (not 32/3, which comes from adding 7).", "6", "correct"),
        (
            "3x + 7 = 25, so 3x = 18 and x = 6 (not 32/3, which comes from adding 7).",
            "\\frac{32}{3}",
            "incorrect",
        ),
    ],
)
def test_asides_and_checks_after_the_stated_value(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        (
            "10 - 3 = 7.\n\nTherefore, John has 7 apples left. Let me know if you need anything else!",
            "7",
            "correct",
        ),
        (
            "10 - 3 = 7.\n\nTherefore, John has 7 apples left.\n\nIs there anything else you'd like to know about the"
            " 15 apples John started with?",
            "7",
            "correct",
        ),
        (
            "8 × 15 = 120.\n\nSo the farmer has 120 corn plants. 🌽\n\nI hope this helps! Let me know if you have any"
            " other questions.",
            "120",
            "correct",
        ),
        (
            "8 × 15 = 120.\n\nThe farmer has **120** corn plants in total. Have a great day! 😊",
            "120",
            "correct",
        ),
        # a postscript's number is no answer
        ("The train travels 300 miles.\n\nP.S. In 10 hours it would travel 600 miles.", "300", "correct"),
        ("The train travels 300 miles.\n\nP.S. In 10 hours it would travel 600 miles.", "600", "incorrect"),
    ],
)
def test_courtesies_emoji_and_postscripts_after_the_answer(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # currencies written with letters
        ("5 × 100 = 500\n\nHe spends Rs. 500.", "500", "correct"),
        ("12 - 7 = 5\n\nHe has US$5 left.", "5", "correct"),
        ("So the ticket costs HK$20.", "20", "correct"),
        ("The code is XK4P.", "4", "no_answer"),  # (letters before a number are still part of a word)
        # a temperature, an ordinal stated with a verb
        ("7 - 12 = -5\n\nIt was -5°F at midnight.", "-5", "correct"),
        ("Position from back = 9 - 4 + 1 = 6.\n\nSam is 6th from the back.", "6", "correct"),
        ("She will have $500 in the 3rd year.", "3", "incorrect"),  # an ordinal referred to, not stated
        # a year after the value
        ("2025 - 1991 = 34\n\nShe will be 34 years old in 2025.", "34", "correct"),
        ("2025 - 1991 = 34\n\nShe will be 34 years old in 2025.", "2025", "incorrect"),
        ("40 + 5 × 5 = 65\n\nIt had 65 employees in 2020.", "65", "correct"),
        # a range is no value: neither of its ends, nor both as a list
        ("47 ÷ 10 = 4.7. So she needs between 4 and 5 boxes.", "5", "no_answer"),
        ("47 ÷ 10 = 4.7. So she needs between 4 and 5 boxes.", "4, 5", "no_answer"),
        ("47 ÷ 10 = 4.7. So she needs 5 boxes.", "5", "correct"),
        # one value, not a list across sentences
        ("x² = 36 gives x = ±6. Since x must be positive, x = 6.", "6", "correct"),
        ("The solutions are x=1 and x=2.", "2", "incorrect"),
    ],
)
def test_currencies_ordinals_years_and_ranges(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


RETRACTED_BOX = (
    "16 - 3 = 13 eggs left, 13 × 2 = \\boxed{26}... no wait, I forgot the four eggs used for muffins. That box is"
    " wrong.\n\n16 - 3 - 4 = 9 eggs are sold. 9 × $2 = $18.\n\nSo Janet makes $18 every day."
)
RETRACTED_IN_LOWER_CASE = (
    "16 - 3 - 4 = 9 eggs, 9 × 2 = \\boxed{18}... hmm, no wait. Are the muffins' eggs separate? I'll not subtract"
    " them.\n\n16 - 3 = 13 eggs are sold. 13 × $2 = $26.\n\nSo Janet makes $26 every day."
)
SUPERSEDED_IN_REASONING = (
    '<think>\nspeed 60 mph. 5 hours → 300. \\boxed{300}. Hmm wait, does "in 5 hours" mean 5 more hours after the'
    " first 3? If it keeps going, total = 180 + 300 = 480.\n</think>\n\nIf the train continues for 5 more hours at 60"
    " mph, it will have traveled **480 miles** in total."
)
KEPT_IN_REASONING = (
    "<think>\nspeed 60 mph. 5 hours → 300. \\boxed{300}. The remainder of the trip is 480 miles.\n</think>\n\n"
    "It covers 300 miles."
)
INVENTED_EXERCISE = (
    "$2^{100} \\equiv 2 \\pmod 7$, so the remainder is $\\boxed{2}$.\n\n### Exercise\nFind the remainder when"
    " $3^{100}$ is divided by 7.\n\n**Solution:** $3^{100} \\equiv 3^4 = 81 \\equiv \\boxed{4}$."
)


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        (RETRACTED_BOX, "18", "correct"),
        (RETRACTED_BOX, "26", "incorrect"),
        (RETRACTED_IN_LOWER_CASE, "18", "incorrect"),
        (SUPERSEDED_IN_REASONING, "300", "incorrect"),
        (SUPERSEDED_IN_REASONING, "480", "correct"),
        (KEPT_IN_REASONING, "300", "correct"),  # (480 is another quantity, not where the box's work arrived)
        (INVENTED_EXERCISE, "2", "correct"),
        (INVENTED_EXERCISE, "4", "incorrect"),
    ],
)
def test_boxes_taken_back_superseded_or_followed_by_an_invented_exercise(
    completion: str, gold: str, expected: str
) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize("reward_options", [{"last_number_fallback": False}])
def test_the_reward_reading_does_not_pay_a_superseded_reasoning_box(reward_options: dict[str, bool]) -> None:
    # Without the last-number fallback the 480 after the reasoning is not read, but it still tells that the
    # reasoning's box was not its final answer.
    assert verify(SUPERSEDED_IN_REASONING, "300", **reward_options).status != "correct"


def test_a_hedge_in_brackets_is_read_with_the_span_before_it() -> None:
    completion = "2023 mod 4 = 3, so $i^{2023} = i^3$, which is $-i$ (or $i$ if I mis-remember the sign convention for $i^3$)."
    assert status(completion, "-i") == "incorrect"
    assert status(
        completion.replace(" (or $i$ if I mis-remember the sign convention for $i^3$)", ""), "-i"
    ) == ("correct")


@pytest.mark.parametrize(
    ("output", "gold", "expected"),
    [
        ("5040 120 42", "42", "no_answer"),  # print(a, b, c): none of them said to be the result
        ("42", "42", "correct"),
    ],
)
def test_a_program_printing_several_values(output: str, gold: str, expected: str) -> None:
    completion = f"We compute it.\n```python\nprint(x)\n```\n```output\n{output}\n```"
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # a bracketed remark right after the answer that finds a fault, corrects it or offers another value
        (
            "Time = 18 / 6 = 3.\n\nThe answer is 3 hours. (Check: 18 ÷ 6 = 3 ✗ — the speed was 4 mph, not 6, so it's"
            " 18 ÷ 4 = 4.5 hours.)",
            "3",
            "no_answer",
        ),
        (
            "4 × 6 = 24\n\nSo the answer is 20. (Check: 4 × 6 = 24 ✓ so the total is actually 24.)",
            "20",
            "no_answer",
        ),
        (
            "So the count is 15.\n\nThe answer is 15 (not entirely confident; 16 is also possible).",
            "15",
            "no_answer",
        ),
        ("The answer is 45 (not 90... hmm, actually 90, since order matters here).", "45", "no_answer"),
        # ... not one that confirms it or sets another value aside
        ("The answer is 45 (not 90, which counts ordered pairs).", "45", "correct"),
        ("So the answer is \\boxed{12} (Check: 3 × 4 = 12 ✓).", "12", "correct"),
        (
            "3x + 7 = 25, so 3x = 18 and x = 6 (not 32/3, which comes from adding 7 instead of subtracting).",
            "6",
            "correct",
        ),
        # how the value was got is a detail
        ("She makes $18 a day by selling 9 eggs.", "18", "correct"),
        ("<answer>She makes $18 a day by selling 9 eggs.</answer>", "18", "correct"),
        # a year the work computed is the answer, not a detail
        ("30 + 4 = 34 years.\n2021 + 4 = 2025\n\nShe will be 34 years old in 2025.", "34", "no_answer"),
    ],
)
def test_corrections_in_brackets_and_details_of_how(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # two answer blocks side by side, none withdrawn: both values
        ("<think>eggs</think>\n<answer>26</answer>\n<answer>18</answer>", "18", "incorrect"),
        ("<think>eggs</think>\n<answer>18</answer>\n<answer>18</answer>", "18", "correct"),
        (
            "<think>eggs</think>\n<answer>26</answer>\nWait, I forgot the muffins.\n<answer>18</answer>",
            "18",
            "correct",
        ),
        # an answer block, then a conclusion that states another number
        ("<answer>\\boxed{\\frac{1}{6}}</answer>\nSo the answer is 5/36.", "\\frac{1}{6}", "incorrect"),
        ("<answer>\\boxed{\\frac{1}{6}}</answer>\nSo the answer is 1/6.", "\\frac{1}{6}", "correct"),
    ],
)
def test_answer_blocks_given_together_or_concluded_otherwise(
    completion: str, gold: str, expected: str
) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        (
            "<think>60 × 5 = 300. So \\boxed{300}. Hmm wait, it then goes on at 45 mph for another 4 hours. 45 × 4 ="
            " 180. Total = 300 + 180 = 480.\n</think>\n\nI hope this helps.",
            "300",
            "no_answer",
        ),
        # a check that arrives at another number of the work leaves the box standing
        (
            "<think>60 × 5 = 300. So \\boxed{300}. Hmm wait, let me verify: 300 / 60 = 5.\n</think>\n\nI hope this"
            " helps.",
            "300",
            "correct",
        ),
        # an exercise heading ends the text, whether a box or a sentence answered before it
        (
            "3 × 4 = 12\nSo she has 12 apples.\n\n### Exercise\nJohn buys 6 bags of 5 apples. How many?\n6 × 5 = 30\n"
            "\\boxed{30}",
            "30",
            "incorrect",  # (the sentence before it answers 12)
        ),
        (
            "C(10,2) = 45.\n\n\\boxed{45}\n\n### Follow-up Exercise\nWhat if 2 more people join? C(12,2) = 66.\n\nThe"
            " answer is 66.",
            "66",
            "incorrect",
        ),
    ],
)
def test_a_box_left_behind_in_the_reasoning_and_exercises_after_the_work(
    completion: str, gold: str, expected: str
) -> None:
    assert status(completion, gold) == expected


ALL_ORDERS = "(1,2,3),(1,3,2),(2,1,3),(2,3,1),(3,1,2),(3,2,1)"


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        ("\\boxed{(1,2,3) \\text{ and all permutations}}", f"${ALL_ORDERS}$", "correct"),
        ("\\boxed{(a,b,c) = (1,2,3) \\text{ and permutations}}", ALL_ORDERS, "correct"),
        ("\\boxed{(1,1,2) \\text{ up to permutation}}", "(1,1,2),(1,2,1),(2,1,1)", "correct"),
        # the orders are a set of tuples: not one tuple, nor a set missing some
        ("\\boxed{(1,2,3) \\text{ and all permutations}}", "(1,2,3)", "incorrect"),
        ("\\boxed{(1,2,3)}", ALL_ORDERS, "incorrect"),
        ("\\boxed{(1,2,4) \\text{ and all permutations}}", ALL_ORDERS, "incorrect"),
    ],
)
def test_a_tuple_and_all_its_permutations(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # a final sentence without digits states its count in words, after the work in digits
        ("Eaten: 12. Left: 12. Total: 24.\n\nThere were twenty-four cookies at first.", "24", "correct"),
        ("6 × 500 = 3000\n\nShe walks three thousand steps.", "3000", "correct"),
        ("(6 − 2)·180 = 720.\n\nSo its angles add up to seven hundred twenty degrees.", "720", "correct"),
        ("7 - 12 = -5\n\nThe temperature dropped to negative five degrees.", "-5", "correct"),
        (
            "200,000 - 130,000 = $70,000.\n\nSo Josh made a profit of seventy thousand dollars.",
            "70000",
            "correct",
        ),
        ("6 × 500 = 3000\n\nShe walks three thousand steps.", "300", "incorrect"),
        # ... not a count denied, supposed or doubted
        ("6 × 500 = 3000\n\nShe doesn't walk three thousand steps.", "3000", "no_answer"),
        ("So she never had twelve apples.", "12", "no_answer"),
        ("6 × 500 = 3000\n\nMaybe she walks three thousand steps.", "3000", "no_answer"),
    ],
)
def test_a_count_in_words_ending_the_work(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # corrections in brackets: a word of second thoughts and another value, after a box or an answer block too
        (
            "Area = 8 × 6 = 48.\n\nTherefore the area is \\boxed{48}. (Oops — I used a diagonal as the side; the area"
            " of a rhombus is d1·d2/2 = 24.)",
            "48",
            "no_answer",
        ),
        (
            "<think>\n4 × 4 = 16.\n</think>\n<answer>16</answer> (Actually, I double counted the four corners, so it"
            " should be 12.)",
            "16",
            "no_answer",
        ),
        # ... not second thoughts that come back to the answer's own value
        ("6 × 4 = 24, so the answer is 24 (it is actually 24, as counted).", "24", "correct"),
        # a box left behind however the reasoning words its later result, and however far after the box
        (
            "<think>\nOne favourable case of 3: \\boxed{\\frac{1}{3}}.\nHmm wait, the ball is replaced, so the draws"
            " are independent. P = (1/2)(1/2) = 1/4.\n</think>",
            "\\frac{1}{3}",
            "no_answer",
        ),
        # (a mistake named after it takes the box back: the result the reasoning goes on to is read instead)
        (
            "<think>\nRegular pay: 40 × $7.50 = $300. So \\boxed{300}.\nThat's a fair wage. The rate is standard. Many"
            " states pay near this. The question gives 56 hours. Actually, I forgot the overtime: 16 × 11.25 = 180."
            " Total = 300 + 180 = 480.\n</think>",
            "300",
            "incorrect",
        ),
        (
            "<think>\nRegular pay: 40 × $7.50 = $300. So \\boxed{300}.\nThat's a fair wage. The rate is standard. Many"
            " states pay near this. The question gives 56 hours. Actually, I forgot the overtime: 16 × 11.25 = 180."
            " Total = 300 + 180 = 480.\n</think>",
            "480",
            "correct",
        ),
        # exercises for the reader: a heading with words after it, or a bold label
        (
            "So Sara has \\boxed{12} apples.\n\n#### Exercise for the reader\nShow that it is a multiple of 3."
            " (Hint: \\boxed{3k})",
            "12",
            "correct",
        ),
        (
            "So Sara has \\boxed{12} apples.\n\n**Practice Problem:** A farmer has 5 pens with 6 sheep each. How many"
            " sheep? \\boxed{30}",
            "12",
            "correct",
        ),
        # how the value was got needs no cue
        ("15 × 5 = 75.\n\nHe earns $75 by working 5 hours.", "75", "correct"),
        ("15 × 5 = 75.\n\nHe earns $75 by working 5 hours.", "5", "incorrect"),
        ("So she earns 9 dollars from selling 18 eggs.", "18", "incorrect"),
        # the words first
        ("Then z = 3.\n\n\\boxed{\\text{all permutations of } (1,2,3)}", ALL_ORDERS, "correct"),
    ],
)
def test_second_red_team_of_this_sessions_readings(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # a one-letter unit after a number in scientific notation (probe 174): molar, coulomb
        ("**Answer:** 1.3×10⁻³ M", "1.3 \\times 10^{-3}", "correct"),
        ("The final answer is 1.3 x 10^-3 M.", "1.3 \\times 10^{-3}", "correct"),
        ("So the charge is approximately -1.6e-19 C.", "-1.6e-19", "correct"),
        ("So the charge is approximately -1.6e-19 C.", "1.6e-19", "incorrect"),
        (
            "So the answer is 5 M.",
            "5",
            "incorrect",
        ),  # (after a plain number a letter may be a scale: "$1.2M")
        # a bracketed restatement in other units after the value
        (
            "The luminosity is approximately $4.5\\times10^{33}$ erg/s (about $1.2\\,L_\\odot$).",
            "4.5e33",
            "correct",
        ),
        (
            "The luminosity is approximately $4.5\\times10^{33}$ erg/s (about $1.2\\,L_\\odot$).",
            "1.2",
            "incorrect",
        ),
        # where a value is taken, written after it in its box
        ("\\boxed{-\\frac{5}{4} \\text{ at } x=-\\frac{3}{2}}", "-\\frac{5}{4}", "correct"),
        ("\\boxed{-\\frac{5}{4} \\text{ at } x=-\\frac{3}{2}}", "-\\frac{3}{2}", "incorrect"),
    ],
)
def test_units_restatements_and_where_a_value_is_taken(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # an answer block, then a conclusion that says another value in words: two answers, neither given
        ("<answer>5</answer>\nSo the answer is six.", "5", "incorrect"),
        ("<answer>12</answer>\nSo the answer is one hundred and five.", "12", "incorrect"),
        # ... and the same value in words restates it
        ("<answer>6</answer>\nSo the answer is six.", "6", "correct"),
        ("<answer>105</answer>\nSo the answer is one hundred and five.", "105", "correct"),
    ],
)
def test_a_conclusion_in_words_after_an_answer_block(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # a value said in words by the verb that ends the work: after digits, dozens, mixed numbers (probe 179)
        ("16/40 simplifies to two fifths.", "\\frac25", "correct"),
        (
            "16/40 simplifies to four fifths.",
            "\\frac25",
            "incorrect",
        ),  # (the stated value, not the 16/40 before it)
        ("3 - 10 is minus seven.", "-7", "correct"),
        ("We need 5 people to make one team.", "5", "correct"),  # (a bare "one" counts one thing)
        ("Sam has a dozen eggs.", "12", "correct"),
        ("Each carton has 12 eggs, so 2 x 12 = 24.\n\nSam has two dozen eggs.", "24", "correct"),
        ("Each carton has 12 eggs, so 2 x 12 = 24.\n\nSam has two dozen eggs.", "2", "incorrect"),
        ("3/4 + 3/4 = 6/4 = 3/2.\n\nShe walks one and a half miles.", "\\frac32", "correct"),
        ("It takes two and a half hours.", "\\frac52", "correct"),
        # a name of two words stated after work, on the same line too
        ("100 = 14 × 7 + 2, so two days after Friday. It will be a Sunday.", "\\text{Sunday}", "correct"),
        ("100 = 14 × 7 + 2, so two days after Friday. It will be a Monday.", "\\text{Sunday}", "incorrect"),
        (
            "Equal angles force equal sides, so it is an equilateral triangle.",
            "\\text{equilateral triangle}",
            "correct",
        ),
        (
            "Equal angles force equal sides, so it is an isosceles triangle.",
            "\\text{equilateral triangle}",
            "incorrect",
        ),
        ("So it is not an equilateral triangle.", "\\text{equilateral triangle}", "no_answer"),
    ],
)
def test_values_in_words_that_end_the_work(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # "how many more": the count and the thing counted (probe 177); not "or more"
        ("Mia needs **12 more eggs**.", "12", "correct"),
        ("The answer is **12 more**.", "12", "correct"),
        ("The answer is **3 or more**.", "3", "incorrect"),
        # a final answer after an em dash
        ("3 − 15 = −12. Final answer — −12 °C", "-12", "correct"),
        ("3 − 15 = −12. Final answer — 12 °C", "-12", "incorrect"),
        # struck-through text is withdrawn
        ("Answer: ~~18~~ 12", "12", "correct"),
        ("Answer: ~~12~~ 18", "12", "incorrect"),
        ("Answer: <del>18</del> 12", "12", "correct"),
        # a remark on the value that states none and finds no fault is no answer of its own ...
        ("So Kevin drives 450 miles a week. That's a lot of driving!", "450", "correct"),
        ("So the density is about 6.7 × 10^14 g/cm^3. That is nuclear density.", "6.7e14", "correct"),
        ("So the density is about 670 g/cm^3. That is nuclear density.", "671", "incorrect"),
        # ... but one that faults the value takes it back, and one that states a value is the answer
        ("So x = 5. That is impossible.", "5", "no_answer"),
        ("So the total is 8. This is too small since it ignores the tax.", "8", "no_answer"),
        ("She has 10 red and 5 blue. That's 15 in total.", "15", "correct"),
        # ... but TeX's spaces are no strike: "~~" inside a box or between digits (found by hypothesis)
        ("so \\boxed{~~0~~}", "0", "correct"),
        ("so $\\boxed{1~~2}$", "12", "correct"),
        # a hedge after a box with a word of its own after the other value (probe 178) ...
        ("The answer is either $\\boxed{13}$ or $91$ itself if it's prime.", "13", "incorrect"),
        ("\\boxed{12}\n\nAlternatively, the answer would be 9 if Jen counts.", "12", "incorrect"),
        # ... and no hedge in an "either" before a noun, or another route to the same value
        (
            "The largest prime factor is $\\boxed{13}$, since 91 = 7 · 13 and either factor divides 91.",
            "13",
            "correct",
        ),
        ("\\boxed{12}\n\nAlternatively, we can check: 36 / 3 = 12.", "12", "correct"),
    ],
)
def test_how_many_more_dashes_strikes_and_hedges(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # (probe 180) another value offered "depending on interpretation" after the box: a hedge
        (
            "33/3 = 11\n\n$\\boxed{11}$\n\nThe answer might be 12 depending on interpretation.",
            "11",
            "incorrect",
        ),
        ("33/3 = 11\n\n$\\boxed{11}$\n\nThe fence has 12 posts, depending on the ends.", "11", "correct"),
        # a concluding line after a box that states another value, in digits or in words
        ("$\\boxed{\\frac12}$\nSo the probability is 1/3.", "\\frac12", "incorrect"),
        ("$\\boxed{\\frac12}$\nSo the probability is one third.", "\\frac12", "incorrect"),
        ("$\\boxed{\\frac12}$\nSo the probability is one half.", "\\frac12", "correct"),
        # a reply that opens the concluding sentence, against a yes-or-no gold
        ("91 = 7 × 13. So no, 91 is not prime.", "No", "correct"),
        ("91 = 7 × 13. So no, 91 is not prime.", "Yes", "incorrect"),
        # an en dash spaced as punctuation after "Final answer", and a strike inside math
        ("7 + 5 = 12.\n\nFinal answer – 12", "12", "correct"),
        ("$48/4 = 12$.\n\nAnswer: $\\sout{18}$ 12", "12", "correct"),
        ("$48/4 = 12$.\n\nAnswer: $\\sout{12}$ 18", "12", "incorrect"),
    ],
)
def test_second_red_team_of_the_thirty_first_sessions_readings(
    completion: str, gold: str, expected: str
) -> None:
    assert status(completion, gold) == expected
