"""Final sentences that state their number in words, boxes that hold a sentence, a result and its unit ending the
last line, asides, sign-offs and circumstances after the value stated, and (with the problem) the measure asked among
several a last line states, a rounding stated after the exact value. Each kind of case with a twin that goes the other
way (the same text against another gold), so a rule that reads every number, or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import normalize_answer

_WITHOUT_THE_PROBLEM = {
    "a count in words after a verb of motion": [
        ("Distance = speed × time, so the train travels ninety miles.", "90", True),
        ("Distance = speed × time, so the train travels ninety miles.", "45", False),
    ],
    "a mixed number in words before what its unit measures": [
        ("Each batch takes one and a half cups, so three batches need four and a half cups of flour.", "4.5", True),
        # (not its whole part, nor the first clause's amount)
        ("Each batch takes one and a half cups, so three batches need four and a half cups of flour.", "4", False),
        ("Each batch takes one and a half cups, so three batches need four and a half cups of flour.", "1.5", False),
    ],
    "money in dollars and cents": [
        ("$1.45 + $5.60 = $7.05. Ana spends seven dollars and five cents.", "7.05", True),
        ("Ana spends seven dollars and five cents.", "7", False),
        ("Ana spends twelve dollars and fifty cents.", "12.50", True),
    ],
    "a percent in words after the sentence's digits": [
        ("20 ÷ 50 = 0.4, so forty percent of the marbles are red.", "40", True),
        ("20 ÷ 50 = 0.4, so forty percent of the marbles are red.", "20", False),
        ("5 out of 20 is one quarter, so twenty-five percent of the class is left-handed.", "25", True),
        ("20/50 = 0.4, so the share is forty percent.", "40", True),
        # an aside that compares the value, or a change, is no statement of the answer
        ("The price is $60, which is twenty-five percent of the original.", "60", True),
        ("The price is $60, which is twenty-five percent of the original.", "25", False),
        ("The sale price is $60, twenty percent off.", "20", False),
    ],
    "dozens in words after the sentence's digits": [
        ("One carton keeps 12 and the other half of its 12, so she has a dozen and a half unbroken eggs.", "18", True),
        ("One carton keeps 12 and the other half of its 12, so she has a dozen and a half unbroken eggs.", "12", False),
        ("Each of the 2 boxes holds 15, so she has two and a half dozen eggs.", "30", True),
    ],
    "a box that holds a sentence in plain words": [
        ("So \\boxed{The area of the rectangle is 54}", "54", True),
        ("So \\boxed{The area of the rectangle is 54}", "27", False),
        ("\\boxed{The area is 54 square units}", "54", True),
        # (a bound is no value)
        ("\\boxed{At least 54}", "54", False),
    ],
    "a unit after the closing math span of the last line": [
        ("Using $F = ma$:\n\n$F = 2 \\times 3 = 6$ N", "6", True),
        ("Using $F = ma$:\n\n$F = 2 \\times 3 = 6$ N", "5", False),
        ("The distance is:\n\n$d = 5 \\cdot 2 = 10$ cm", "10", True),
    ],
    "a quantity restated in another unit, with thousands separators": [
        ("The jug holds 2.5 liters (2,500 mL).", "2500", True),
        ("The jug holds 2.5 liters (2,500 mL).", "2.5", True),
        # (a restatement that disagrees is two answers)
        ("The jug holds 2.5 liters (2,400 mL).", "2400", False),
    ],
    "a number in words after the work: not a reason, a purpose, a rate or a hedge": [
        ("45 × 2 = 90, so the car travels ninety miles.", "90", True),
        # (a reason after the result: the result stands)
        ("90 × 2 = 180, so in 2 hours the train covers 180 miles, since it travels ninety miles per hour.", "180",
         True),
        ("90 × 2 = 180, so in 2 hours the train covers 180 miles, since it travels ninety miles per hour.", "90",
         False),
        # (both of two values offered is no one answer)
        ("45 × 2 = 90, so the car travels either ninety or one hundred miles, depending on the stop.", "90", False),
        ("12 × 3 = 36, so she has roughly thirty-six or thirty-seven stickers.", "36", False),
    ],
    "a closing aside or sign-off after the answer": [
        ("Sara saves **$40**.\n\nCheck: 25% of $160 = $40 ✓ (she pays $120 instead of $160)", "40", True),
        ("Sara saves **$40**.\n\nCheck: 25% of $160 = $40 ✓ (she pays $120 instead of $160)", "120", False),
        ("The family pays $42 in total.\n\nLet me know if you want me to break down step 2 in more detail! 😊", "42",
         True),
        ("The family pays $42 in total.\n\nLet me know if you want me to break down step 2 in more detail! 😊", "2",
         False),
    ],
    "a circumstance after the value a sentence states": [
        ("Therefore, Ben will pay $120 each month for 6 months.", "120", True),
        ("Therefore, Ben will pay $120 each month for 6 months.", "6", False),
        ("The factory produces 70,500 toys in a 30-day month.", "70500", True),
        ("The factory produces 70,500 toys in a 30-day month.", "30", False),
        ("Answer: Maria has 28 pencils left after giving 8 pencils to her brother.", "28", True),
        ("Answer: Maria has 28 pencils left after giving 8 pencils to her brother.", "8", False),
    ],
    "a result and its unit ending the line": [
        ("600 pages / 25 pages per minute = 24 minutes", "24", True),
        ("600 pages / 25 pages per minute = 24 minutes", "25", False),
        # (cut mid-sentence: no answer)
        ("So the time is 600 / 25 = 24 minutes and", "24", False),
        ("45 / 30 = 1.5 hours, or 90 minutes.", "90", True),
        ("45 / 30 = 1.5 hours, or 80 minutes.", "80", False),
    ],
    "a count in words that ends the sentence, after the work's digits": [
        ("18 − 15 = 3\n\nShe gives away 15 of her 18 apples, which leaves her with three.", "3", True),
        ("18 − 15 = 3\n\nShe gives away 15 of her 18 apples, which leaves her with three.", "18", False),
        ("16 ÷ 5 = 3.2, and 3 vans would leave one student behind, so four vans are needed.", "4", True),
        ("16 ÷ 5 = 3.2, and 3 vans would leave one student behind, so four vans are needed.", "3", False),
        ("36 − 24 = 12.\n\nSo Mia is left with twelve crayons — exactly one box.", "12", True),
        ("36 − 24 = 12.\n\nSo Mia is left with twelve crayons — exactly one box.", "1", False),
        # (a purpose is no conclusion)
        ("She needs 12 boards, so that each of the four walls gets three.", "12", True),
        ("She needs 12 boards, so that each of the four walls gets three.", "3", False),
    ],
    "a given or a case that was not, after the value stated": [
        ("So Sam has 36 eggs left out of the 48 he started with.", "36", True),
        ("So Sam has 36 eggs left out of the 48 he started with.", "48", False),
        # (right after the value, "out of" makes a ratio)
        ("So 3 out of the 12 tiles are blue.", "\\frac14", True),
        ("So Ben has 8 apples now; he would still have 20 if he hadn't given any away.", "8", True),
        ("So Ben has 8 apples now; he would still have 20 if he hadn't given any away.", "20", False),
    ],
    "a quantity restated in another unit, and otherwise": [
        ("The jug holds 2.5 liters (250 mL).", "2.5", False),
        ("It takes 2.5 hours (2 hours 50 minutes).", "2.5", False),
        ("It takes 2.5 hours (2 hours 30 minutes).", "2.5", True),
    ],
    "a factor named in a formula is no question": [
        ("Toys per month = toys per day × number of days\n= 2,350 × 30\n= 70,500\n\n"
         "The factory produces 70,500 toys in a 30-day month.", "70500", True),
        ("Toys per month = toys per day × number of days\n= 2,350 × 30\n= 70,500\n\n"
         "The factory produces 70,500 toys in a 30-day month.", "30", False),
    ],
    "a chat model's sign-off, offer or supposed case after its answer": [
        ("Rachel pays **$16.00**.\n\n✔️ *Quick check:* $16.00 ÷ 2.5 = $6.40 per pound ✅\n\nHappy snacking! 😊", "16",
         True),
        ("Rachel pays **$16.00**.\n\n✔️ *Quick check:* $16.00 ÷ 2.5 = $6.40 per pound ✅\n\nHappy snacking! 😊",
         "6.40", False),
        ("The phone costs **$691.20** with tax. Let me know if you'd like to compare with a 6% tax rate! 😊", "691.20",
         True),
        ("The phone costs **$691.20** with tax. Let me know if you'd like to compare with a 6% tax rate! 😊", "6",
         False),
        ("The factory produces **37,500 widgets** in April! 🎉 Let me know if you'd like the numbers for May (31 days) "
         "too.", "37500", True),
        ("Kim runs **8.4 km** every week. Keep it up! 💪\n\nIf she added one more lap each day, she'd hit 11.2 km — "
         "want me to work that out in detail?", "8.4", True),
        ("Kim runs **8.4 km** every week. Keep it up! 💪\n\nIf she added one more lap each day, she'd hit 11.2 km — "
         "want me to work that out in detail?", "11.2", False),
        ("720 ÷ 90 = 8, so it takes Ben 8 months.\n\nIf he paid $120 each month instead, he would pay for 6 months.",
         "8", True),
        ("720 ÷ 90 = 8, so it takes Ben 8 months.\n\nIf he paid $120 each month instead, he would pay for 6 months.",
         "6", False),
        # (an offer to do the work itself is no sign-off after an answer: nothing was answered)
        ("I cannot tell without the price of one item. Let me know if you would like me to work through the "
         "calculations for all 12 items.", "12", False),
    ],
    "a comparison or a supposed case after the value stated": [
        ("She baked 15 cakes in the afternoon, compared with 45 in the morning.", "15", True),
        ("She baked 15 cakes in the afternoon, compared with 45 in the morning.", "45", False),
        ("So Sara has 17 marbles, 3 fewer than Tom's 20.", "17", True),
        ("So Sara has 17 marbles, 3 fewer than Tom's 20.", "20", False),
        ("90 ÷ 15 = 6.\n\nSo it will take Maya 6 weeks — it would be only 5 if she already had one week's savings.",
         "6", True),
        ("90 ÷ 15 = 6.\n\nSo it will take Maya 6 weeks — it would be only 5 if she already had one week's savings.",
         "5", False),
        ("$100 − $80 = $20\n\nSo Carla has $20 left. (If she had only bought tickets for her friends, she would have "
         "$28 left.)", "20", True),
        ("$100 − $80 = $20\n\nSo Carla has $20 left. (If she had only bought tickets for her friends, she would have "
         "$28 left.)", "28", False),
    ],
    "a purpose or a result after 'so that'": [
        ("She splits the 12 tiles evenly across the four walls, so that each wall gets three.", "3", True),
        ("She needs 12 boards, so that each of the four walls gets three.", "12", True),
        ("She needs 12 boards, so that each of the four walls gets three.", "3", False),
        ("Nora needs 4 × 3 = 12 tiles in total. She will have to buy more tiles so that each of the four walls gets "
         "three.", "3", False),
    ],
    "a decision after second thoughts in the reasoning, nothing after it": [
        ("So the answer is $\\boxed{35}$.\n\nHmm, wait, let me verify using Euler's theorem. Sum: $41 + 43 = 84$.\n\n"
         "Hmm, that's 84, which doesn't match 35. The inverse approach is exact. So I'll go with 84.\n</think>\n\n",
         "35", False),
        ("So the answer is $\\boxed{35}$.\n\nHmm, wait, let me verify using Euler's theorem. Sum: $41 + 43 = 84$.\n\n"
         "Hmm, that's 84, which doesn't match 35. The inverse approach is exact. So I'll go with 84.\n</think>\n\n",
         "84", True),
    ],
    "a decision that offers two values": [
        ("<think>\nC(9,3) = 84, so the answer is \\boxed{84}. Hmm, wait, if two people refuse to serve together... "
         "that would change things, maybe to 35. I'll go with either 84 or 35 depending on the interpretation.\n"
         "</think>", "84", False),
    ],
    "a choice's letter in \\mathrm with its value": [
        ("$\\boxed{\\mathrm{(B)}\\ 7}$", "7", True),
        ("$\\boxed{\\mathrm{(B)}\\ 9}$", "7", False),
    ],
    "a small model's box with its backslash lost": [
        ("So 9 * 60 = 540 meters.\n\nboxed{540}", "540", True),
        ("So 9 * 60 = 540 meters.\n\nboxed{540}", "9", False),
    ],
    "a phrase answer that is a count, its noun and a verb": [
        ("**Final Answer:** **300 boxes** are needed. 🍎📦", "300", True),
        ("Final Answer: 300 boxes are needed.", "30", False),
        # (the emoji that end its line, and a verification section after it)
        ("**Final Answer:** **300 boxes** are needed. 🍎📦\n\n---\n\n### 🔍 Verification\n- 300 boxes × 24 apples = "
         "7,200 apples ✅\n\nEverything checks out!", "300", True),
    ],
    "what a day or a trip ends with": [
        ("24 − 9 + 9 = 24. She ends the day with 24 cupcakes.", "24", True),
        ("24 − 9 + 9 = 24. She ends the day with 24 cupcakes.", "9", False),
        ("He went home with 12 shells.", "12", True),
        # (what it starts with is given, not found)
        ("She starts the day with 24 cupcakes.", "24", False),
    ],
}  # fmt: skip

CIRCLE = "Find the center of the circle with equation $x^2 + y^2 - 6x + 4y - 3 = 0$."
EGGS = (
    "Sara buys 2 cartons with a dozen eggs in each. She drops one carton and half of its eggs break. "
    "How many unbroken eggs does she have?"
)
STATS = "The scores are 4, 6, 6, 8 and 11. What is the median score?"
BILL = "Three friends split a bill of $38.25 equally. To the nearest dollar, how much does each pay?"
PIANO = (
    "Sam practices piano for 30 minutes a day, 5 days a week. How many minutes does he practice each week?"
)
RECTANGLE = "A rectangle is 8 cm long and 5 cm wide. What is its perimeter?"
SLOPE = "Find the slope of the line through $(1,2)$ and $(3,8)$."
MONTHS = (
    "Ben buys a TV for $720. He pays $120 each month. How many months will it take him to pay off the TV?"
)
MONTHLY = (
    "Ben buys a TV for $720 and pays for it in 6 equal monthly installments. How much does he pay each month?"
)
ROPE = "A rope 10.41 m long is cut into 3 equal pieces. How long is each piece, rounded to the nearest meter?"
AVERAGE = "The test scores are 10, 11, 12, 13, and 14. What is the average score?"
TILES = (
    "Nora has 10 tiles and wants to put 3 tiles on each of the 4 walls of a dollhouse. How many more tiles does she "
    "need?"
)
FEWER = "Tom scored 20 points and Sam scored 17 points. How many fewer points did Sam score than Tom?"
INSTEAD = (
    "Marco owes $720. He planned to pay $90 a month, but decides to pay $120 each month instead. How many months "
    "will it take him to pay it off?"
)
BREAK = "Kim reads 25 pages per minute and takes a 10-minute break. How many minutes does a 600-page book take her?"
_CIRCLE_WORK = "Complete the square: $(x-3)^2 + (y+2)^2 = 16$.\n\nTherefore the center is $(3,-2)$ and the radius is $4$."

_WITH_THE_PROBLEM = {
    "the measure asked among several the last line states": [
        (_CIRCLE_WORK, "(3,-2)", CIRCLE, True),
        (_CIRCLE_WORK, "4", CIRCLE, False),
        ("So the mean is 7 and the median is 6.", "6", STATS, True),
        ("So the mean is 7 and the median is 6.", "7", STATS, False),
        # (one measure stated: read as before, the last value)
        ("Therefore the radius is $4$.", "(3,-2)", CIRCLE, False),
    ],
    "a rounding the problem asks for, stated after the exact value": [
        ("38.25 / 3 = 12.75, so each pays $12.75, or $13 to the nearest dollar.", "13", BILL, True),
        ("38.25 / 3 = 12.75, so each pays $12.75, or $12 to the nearest dollar.", "13", BILL, False),
        # (more places than asked, and no rounding stated)
        ("38.25 / 3 = 12.75, so each pays $12.75.", "13", BILL, False),
    ],
    "a quantity in two units, one of them the unit asked": [
        ("Per week: 5 × 30 min = 2 hours and 30 minutes, which is 150 minutes.", "150", PIANO, True),
        ("Per week: 5 × 30 min = 2 hours and 30 minutes, which is 150 minutes.", "30", PIANO, False),
    ],
    "the measure asked, its value after its work": [
        ("Perimeter = 2 × (8 + 5) = 26 cm, and the area is 8 × 5 = 40 cm².", "26", RECTANGLE, True),
        ("Perimeter = 2 × (8 + 5) = 26 cm, and the area is 8 × 5 = 40 cm².", "40", RECTANGLE, False),
    ],
    "the measure asked, said another way, among others; or only other measures stated": [
        ("So the slope is $3$ and the $y$-intercept is $-1$.", "3", SLOPE, True),
        # (the gold stated only under another measure's name)
        ("So the slope is $3$ and the $y$-intercept is $-2$.", "-2", SLOPE, False),
        ("The mean is $6$ and the median is $4$.", "6", "What is the average of 3, 14, 1, 8, 4?", True),
        ("The mean is $5$ and the median is $4$.", "4", "Find the mode of the data set 4, 10, 2, 5, 4.", False),
        ("Thus the center is $(0,0)$ and the area is $4\\pi$.", "4\\pi",
         "Find the circumference of the circle $x^2 + y^2 = 4$.", False),
    ],
    "an estimate of the problem's own fraction, where a rounding is asked": [
        ("$\\frac{49}{4} = 12.25$, and rounding:\n\n49 ÷ 4 ≈ 12", "12",
         "Round $\\frac{49}{4}$ to the nearest whole number.", True),
        ("$\\frac{49}{4} = 12.25$, and rounding:\n\n49 ÷ 4 ≈ 13", "12",
         "Round $\\frac{49}{4}$ to the nearest whole number.", False),
    ],
    "the circumstance the question asks for": [
        ("720 ÷ 120 = 6\n\nBen will pay $120 each month for 6 months.", "6", MONTHS, True),
        ("720 ÷ 120 = 6\n\nBen will pay $120 each month for 6 months.", "120", MONTHS, False),
        # (the amount asked: the time span is the circumstance)
        ("$720 ÷ 6 = $120\n\nBen will pay $120 each month for 6 months.", "120", MONTHLY, True),
        ("$720 ÷ 6 = $120\n\nBen will pay $120 each month for 6 months.", "6", MONTHLY, False),
    ],
    "the last step of a list of steps": [
        ("Step 1: 600 pages / 25 pages per minute = 24 minutes\nStep 2: 24 minutes + 10 minute break = 34 minutes",
         "34", BREAK, True),
        ("Step 1: 600 pages / 25 pages per minute = 24 minutes\nStep 2: 24 minutes + 10 minute break = 34 minutes",
         "24", BREAK, False),
    ],
    "a value after a Unicode minus; an estimate written whole": [
        ("Completing the square, y = (x − 3)^2 − 4, so the minimum value is −4, reached at x = 3.", "-4",
         "What is the minimum value of y = x^2 − 6x + 5?", True),
        ("Completing the square, y = (x − 3)^2 − 4, so the minimum value is −4, reached at x = 3.", "4",
         "What is the minimum value of y = x^2 − 6x + 5?", False),
        ("3.47 is less than 3.5, so it rounds down: 3.47 ≈ 3.", "3", "Round 3.47 to the nearest whole number.", True),
        ("3.47 is less than 3.5, so it rounds down: 3.47 ≈ 4.", "3", "Round 3.47 to the nearest whole number.", False),
    ],
    "only other measures stated, a range among them": [
        ("Highest − lowest = 14 − 10 = 4.\n\nThe range is 4 and the median is 12.", "12",
         "What is the average of 10, 12 and 14?", False),
        ("The mean is 12 and the range is 4.", "12", "What is the average of 10, 12 and 14?", True),
    ],
    "a rounding to the nearest whole unit of a measure": [
        ("10.41 ÷ 3 = 3.47 ≈ 3", "3", ROPE, True),
        ("10.41 ÷ 3 = 3.47 ≈ 4", "3", ROPE, False),
    ],
    "the measures of the last sentence": [
        ("Sorting: 10, 11, 12, 13, 14. The range is 4 and the median is 12.", "12", AVERAGE, False),
        ("Sorting: 10, 11, 12, 13, 14. The mean is 12 and the median is 12.", "12", AVERAGE, True),
    ],
    "a need's 'so that' after the count asked": [
        ("She needs 4 × 3 = 12 tiles and has 10, so 12 − 10 = 2. She buys two more tiles so that each of the four "
         "walls gets three.", "2", TILES, True),
        ("She needs 4 × 3 = 12 tiles and has 10, so 12 − 10 = 2. She buys two more tiles so that each of the four "
         "walls gets three.", "3", TILES, False),
    ],
    "the difference the question asks for": [
        ("20 − 17 = 3\n\nSam scored 17 points, 3 fewer than Tom's 20.", "3", FEWER, True),
        ("20 − 17 = 3\n\nSam scored 17 points, 3 fewer than Tom's 20.", "17", FEWER, False),
    ],
    "the supposed case the problem sets": [
        ("At $90 a month it would take 720 ÷ 90 = 8 months.\n\nIf he paid $120 each month instead, he would pay "
         "for 6 months.", "6", INSTEAD, True),
        ("At $90 a month it would take 720 ÷ 90 = 8 months.\n\nIf he paid $120 each month instead, he would pay "
         "for 6 months.", "8", INSTEAD, False),
    ],
    "a number in words after the digits, with the question's clauses": [
        ("One carton is fine (12 eggs) and the dropped carton keeps half of its 12, so she has a dozen and a half "
         "unbroken eggs.", "18", EGGS, True),
        ("One carton is fine (12 eggs) and the dropped carton keeps half of its 12, so she has a dozen and a half "
         "unbroken eggs.", "12", EGGS, False),
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    table_params(_WITHOUT_THE_PROBLEM),
)
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "correct"),
    table_params(_WITH_THE_PROBLEM),
)
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("a dozen and a half", "18"),
        ("two dozen and a half", "30"),
        ("two and a half dozen", "30"),  # a mixed number of dozens, not 5/2
        ("half a dozen", "6"),
        ("two and a half", "\\frac{5}{2}"),
    ],
)
def test_dozens_in_words_are_their_count(said, value):
    assert normalize_answer(said) == value


@pytest.mark.parametrize(
    ("completion", "truncated", "correct"),
    [
        # a box never closed where the text stopped by itself: its brace forgotten
        ("So 12 × 52 = 624.\n</think>\n\nThe answer is \\boxed{624", False, True),
        ("Sum = 14/3\n\\boxed{\\frac{14}{3}", False, True),
        # ... cut by the length limit, or not known to have stopped: a value that may be cut off
        ("So 12 × 52 = 624.\n</think>\n\nThe answer is \\boxed{62", True, False),
        ("So 12 × 52 = 624.\n</think>\n\nThe answer is \\boxed{624", None, False),
    ],
)
def test_a_final_box_never_closed(completion, truncated, correct):
    gold = "\\frac{14}{3}" if "frac" in completion else "624"
    assert verify(completion, gold, truncated=truncated).correct is correct
