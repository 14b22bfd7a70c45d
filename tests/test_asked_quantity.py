"""The quantity a problem's question names, among several a last sentence states; and the other readings of plain
prose answers added with it (a reply on the last line, counts in words, "none" as a count of 0, a corrected final
answer, the exact form "simplify" asks, a rounding asked in one significant figure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.asked_quantity import ASKED_QUANTITY, asked_value
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.problem_checks import NONE_COUNTED

MARBLES = (
    "Tom has 3 times as many marbles as Jerry. Together they have 24 marbles. How many marbles does {} have?"
)


@pytest.mark.parametrize(
    ("asked", "gold", "expected"),
    [("Jerry", "6", True), ("Tom", "18", False), ("Tom", "6", True), ("Jerry", "18", False)],
)
def test_the_clause_the_question_names_is_graded(asked: str, gold: str, expected: bool) -> None:
    # the same last sentence answers both questions; only its clause about the one asked counts
    completion = "Let Jerry have x marbles. Then x + 3x = 24, so x = 6.\nJerry has 6 marbles and Tom has 18."
    if asked == "Tom":
        completion = "x + 3x = 24, 4x = 24, x = 6.\nTom has 6 marbles and Jerry has 18."
    verdict = verify(completion, gold, problem=MARBLES.format(asked))
    assert verdict.correct is expected
    assert verdict.detail == ASKED_QUANTITY


def test_without_the_problem_the_last_number_is_read_as_before() -> None:
    verdict = verify("x + 3x = 24, so x = 6.\nJerry has 6 marbles and Tom has 18.", "6")
    assert verdict.status == "incorrect" and verdict.predicted == "18"


@pytest.mark.parametrize(
    ("completion", "problem", "gold"),
    [
        (
            "15% of 200 = 0.15 × 200 = 30.\nThe discount is $30, so the jacket now costs $170.",
            "A $200 jacket is discounted by 15%. What is the discount in dollars?",
            "30",
        ),
        (
            "Girls: 60% of 25 = 15.\nThere are 10 boys and 15 girls.",
            "In a class of 25 students, 60% are girls. How many boys are in the class?",
            "10",
        ),
        (
            "Solving the system:\n- Cows: 8\n- Chickens: 12\n- Total legs: 56",
            "A farmer has chickens and cows. There are 20 heads and 56 legs in total. How many cows are there?",
            "8",
        ),
        (
            "- Price per ticket: $480 / 60 = $8\n- Total raised: $480 + $200 = $680\n- Tickets sold: 85",
            "A class raised $480 selling 60 tickets, then sold 25 more at the same price. How much did they raise in total?",
            "680",
        ),
        (
            "15 × 3 = 45.\nAfter 3 weeks she has saved $45, which is $5 short of the $50 game.",
            "Lisa saves $15 each week toward a $50 video game. How much will she have saved after 3 weeks?",
            "45",
        ),
        # a total asked outweighs the words of its parts
        (
            "4 × 2 = 8, 3 × 5 = 15.\n\nKim spends $15 on notebooks and $8 on pens, $23 in total.",
            "Pens cost $2 each and notebooks $5 each. Kim buys 4 pens and 3 notebooks. How much does Kim spend in total?",
            "23",
        ),
        # a percent asked: the clause with the percent
        (
            "10 of the 40 students are boys, so 24 are girls.\nThere are 24 girls, which is 60% of the class.",
            "A class of 40 has 16 boys. What percentage of the class are girls?",
            "60",
        ),
        # a last line that labels the value asked, where no answer is found otherwise
        (
            "Notebooks: 3 × $5 = $15\nPens: 4 × $2 = $8\n\nTotal: $23",
            "How much does Kim spend in total?",
            "23",
        ),
    ],
)
def test_labelled_clauses_lists_and_kinds_of_quantity(completion: str, problem: str, gold: str) -> None:
    assert verify(completion, gold, problem=problem).correct
    wrong = str(int(gold) + 1)
    assert not verify(completion, wrong, problem=problem).correct


@pytest.mark.parametrize(
    ("completion", "problem"),
    [
        # a list of values, not quantities each with a name
        (
            "The positive divisors of 36 are 1, 2, 3, 4, 6, 9, 12, 18, 36.",
            "How many positive divisors does 36 have?",
        ),
        # one quantity with its units
        ("Five notebooks cost 12 dollars and 50 cents.", "How much do five notebooks cost?"),
        # offered or corrected values
        (
            "Each friend gets **12** cookies, or **9** if Jen takes a share too.",
            "How many cookies does each friend get?",
        ),
        (
            "She needs 12 more eggs, no wait, 30 − 17 = 13, so 13 more eggs.",
            "How many more eggs does she need?",
        ),
        # a check of a value, not a statement of quantities
        (
            "C(20,3) = 1140.\n\nThe answer is 1140 (hmm, 1141? No, the empty set has 0 elements, so 1140 is right.)",
            "How many subsets of {1, 2, ..., 20} have exactly 3 elements, the empty set not counted?",
        ),
        # a question for a set, not a quantity
        (
            "n^2 > n iff n > 1, so all positive integers except 1.",
            "For which positive integers n is n^2 > n?",
        ),
        # one quantity: nothing to choose
        ("So she has 18 apples left.", "How many apples does she have left?"),
    ],
)
def test_nothing_is_chosen(completion: str, problem: str) -> None:
    assert asked_value(completion, problem) is None


def test_a_decimal_point_ends_no_question() -> None:
    # the question is its whole sentence: "How many 0.5 L bottles ..." is not cut to "5 L bottles ..."
    problem = "Jerry has 6 L of juice. How many 0.5 L bottles does Jerry fill?"
    completion = "6 / 0.5 = 12.\nJerry fills 12 bottles and Tom fills 3 cups."
    assert asked_value(completion, problem) == "12"
    assert verify(completion, "12", problem=problem).correct


def test_an_explicit_answer_is_never_read_again() -> None:
    problem = MARBLES.format("Jerry")
    verdict = verify(
        "Jerry has 6 marbles and Tom has 18, so the answer is $\\boxed{18}$.", "6", problem=problem
    )
    assert verdict.status == "incorrect" and verdict.detail is None


@given(
    first=st.sampled_from(["Jerry", "Amir", "Lena", "Paolo"]),
    second=st.sampled_from(["Tom", "Bea", "Kofi", "Rayna"]),
    mine=st.integers(2, 500),
    theirs=st.integers(2, 500),
    asked_first=st.booleans(),
)
def test_either_order_either_name(first: str, second: str, mine: int, theirs: int, asked_first: bool) -> None:
    # whichever name the question asks about, the value stated beside that name is the answer
    if mine == theirs:
        return
    completion = (
        f"Working it out gives both counts.\n{first} has {mine} stamps and {second} has {theirs} stamps."
    )
    asked, value = (first, mine) if asked_first else (second, theirs)
    problem = f"{first} and {second} collect stamps. How many stamps does {asked} have?"
    assert asked_value(completion, problem) == str(value)


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "expected"),
    [
        (
            "All 5 balloons popped, so he has none left.",
            "0",
            "Jack had 5 balloons. How many does he have left?",
            True,
        ),
        ("So there are no real solutions.", "0", "How many real solutions does x^2 + 4 = 0 have?", True),
        ("\\boxed{0}", "\\text{none}", "How many real roots does x^2 + 1 have?", True),
        # not a count: "no solutions" is no answer of 0
        ("So there are no real solutions.", "0", "Solve x^2 = 0.", False),
        ("All 5 balloons popped, so he has none left.", "0", None, False),
    ],
)
def test_none_is_a_count_of_zero_where_the_problem_asks_how_many(
    completion: str, gold: str, problem: str | None, expected: bool
) -> None:
    verdict = verify(completion, gold, problem=problem)
    assert verdict.correct is expected
    assert (verdict.detail == NONE_COUNTED) is expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        ("51 = 3 × 17.\nNo.", "\\text{No}", True),
        ("51 = 3 × 17.\nNo.", "Yes", False),
        (
            "3 × $6.50 = $19.50, which is less than $20.\nYes, she has enough, with $0.50 left over.",
            "Yes",
            True,
        ),
        ("17 ÷ 3 = 5 remainder 2.\nNo — each friend would get 5 and 2 cookies would be left.", "No", True),
        ("17 ÷ 3 = 5 remainder 2.\nNo — each friend would get 5 and 2 cookies would be left.", "Yes", False),
        # a reply that turns back is no reply
        ("17 ÷ 3 = 5 remainder 2.\nNo, wait, let me recount the cookies.", "No", False),
    ],
)
def test_a_reply_on_the_last_line(completion: str, gold: str, expected: bool) -> None:
    assert verify(completion, gold).correct is expected


@pytest.mark.parametrize(
    ("completion", "value"),
    [
        ("Zoe has 3 × 14 = forty-two stickers.", 42),
        ("Four hundred divided by twenty-five is sixteen, so it takes him sixteen days.", 16),
        ("8 + 5 − 1 = 12 (Jenna is counted twice).\nThere are twelve people in line.", 12),
        ("Seven rows of fifteen trees gives one hundred and five trees.", 105),
        ("45 × 1,000 = 45,000.\nThe stadium seats forty-five thousand people.", 45000),
        ("Four packs of six — that's two dozen juice boxes.", 24),
        ("45 × 3 + 30 = 165.\nThe job costs one hundred sixty-five dollars.", 165),
    ],
)
def test_counts_in_words_after_the_work(completion: str, value: int) -> None:
    assert verify(completion, str(value)).correct
    assert not verify(completion, str(value + 1)).correct


@pytest.mark.parametrize(("first", "corrected"), [("15", "12"), ("12", "15")])
def test_a_corrected_final_answer_replaces_the_first(first: str, corrected: str) -> None:
    completion = f"**Final Answer:** {first}\n\n**Final Answer (corrected):** {corrected}"
    verdict = verify(completion, "12")
    assert verdict.predicted == corrected
    assert verdict.correct is (corrected == "12")


def test_simplify_asks_for_an_exact_form() -> None:
    completion = "242 = 2 × 11², so √242 = 11√2 ≈ 15.556.\n\nTherefore, the answer is $\\boxed{15.56}$."
    assert not verify(completion, "11\\sqrt2", problem="Simplify $\\sqrt{242}$.").correct
    assert verify(completion, "11\\sqrt2", problem="What is $\\sqrt{242}$ to the nearest hundredth?").correct


def test_one_significant_figure_is_a_rounding_asked() -> None:
    completion = "θ = 1.22 λ/D ≈ 2.54 × 10⁻⁷ rad ≈ 0.052 arcseconds.\n\n$\\boxed{0.052''}$"
    asked = "What is its angular resolution in arcseconds? Give your answer to one significant figure."
    assert verify(completion, "0.05", problem=asked).correct
    assert not verify(completion, "0.05", problem="What is its angular resolution in arcseconds?").correct
    assert not verify(completion.replace("0.052", "0.058"), "0.05", problem=asked).correct


@pytest.mark.parametrize(
    ("text", "expected"), [("0.052''", "0.052"), ("12^{\\prime\\prime}", "12"), ("f''", "f''")]
)
def test_seconds_of_arc_after_a_number_are_a_unit(text: str, expected: str) -> None:
    assert normalize_answer(text) == expected


def test_a_lone_labelled_line_needs_the_question_s_words() -> None:
    # "Tickets: 12" names nothing the question asks ("How much does Kim spend?"): still no answer
    verdict = verify(
        "Pens: 4 × $2 = $8\n\nTickets: 12", "12", problem="How much does Kim spend on pens and notebooks?"
    )
    assert verdict.status != "correct"


@pytest.mark.parametrize(
    ("completion", "problem", "gold"),
    [
        # a rate asked: the clause with that rate, not the one that shares more words
        (
            "Each week he writes 3 pages to each of 2 friends, twice.\n"
            "He writes 12 pages a week, so 12 × 52 = 624 pages a year.",
            "James writes a 3-page letter to 2 different friends twice a week. How many pages does he write a year?",
            "624",
        ),
        # one clause whose last number echoes the problem with its word: its one new value
        (
            "Half of $15,000 is $7,500.\nThe car is worth $7,500 after 3 years.",
            "A car costs $15,000 and loses half its value after 3 years. How much is it worth after 3 years?",
            "7500",
        ),
        # a labelled list before a sign-off: the sign-off is no part of the last sentence
        (
            "**Summary**\n- Change: +2,000\n- Percent increase: 25%\n- Percent decrease to return: 20%\n\n"
            "I hope this clears it up! Let me know if you want more practice problems.",
            "A town's population rose from 8,000 to 10,000. By what percent did it increase?",
            "25",
        ),
    ],
)
def test_rates_echoes_and_sign_offs(completion: str, problem: str, gold: str) -> None:
    assert asked_value(completion, problem) is not None
    assert normalize_answer(asked_value(completion, problem) or "").rstrip("\\%") == gold
    assert verify(completion, gold, problem=problem).correct
    assert not verify(completion, str(int(gold) + 1), problem=problem).correct


@pytest.mark.parametrize(
    ("completion", "problem"),
    [
        # a mixed number is one value: its "2" is no echo of "2 1/2 feet"
        (
            "10 − 2 1/2 = 7 1/2\nThe board is 7 1/2 feet long.",
            "A 10-foot board has 2 1/2 feet cut off. How long is the rest?",
        ),
        # "45 min" echoes no "45 minutes": a quantity in two units
        (
            "45 + 35 + 25 = 105 minutes.\n\nShe studies for 1 h 45 min in total.",
            "She studies 45 minutes, then 35, then 25. How many hours does she study in total?",
        ),
    ],
)
def test_no_echo_is_read(completion: str, problem: str) -> None:
    assert asked_value(completion, problem) is None


@pytest.mark.parametrize(
    ("completion", "problem", "gold"),
    [
        (
            "<think>1, 8, 27, ..., 729: nine of them.</think>\n\nThere are nine positive perfect cubes less than 1000.",
            "How many positive perfect cubes are less than $1000$?",
            "9",
        ),
        (
            "40 people per trip times 3 trips.\nThe bus moves one hundred twenty people in total.",
            "A bus carries 40 people on each trip and makes 3 trips. How many people does it carry in total?",
            "120",
        ),
        # "how many more": the count before "more", not the given count in words
        (
            "20 − 4.\nHe has worked four days and needs sixteen more days.",
            "A worker needs 20 days to finish a job. He has worked 4 days. How many more days does he need?",
            "16",
        ),
    ],
)
def test_a_count_in_words_of_what_is_asked(completion: str, problem: str, gold: str) -> None:
    verdict = verify(completion, gold, problem=problem)
    assert verdict.correct and verdict.detail == ASKED_QUANTITY, verdict
    assert not verify(completion, str(int(gold) + 1), problem=problem).correct
    # without the problem no count is read: nothing says which of the words counts what is asked
    assert verify(completion, gold).status == "no_answer"


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "other"),
    [
        # a restatement at another rate: the clause at the rate asked
        (
            "25.01 × 50 = 1,250.50.\nShe earns $1,250.50 per month, or about $15,006 per year.",
            "She earns $25.01 per hour and works 50 hours a month. How much does she earn in a year, in dollars?",
            "15006",
            "1250.5",
        ),
        (
            "8 × 24.75 = 198.\n\nHer daily pay is $198, and for 5 days it is $990.",
            "Tina works 8 hours a day at $24.75 per hour. How much does she earn per day, in dollars?",
            "198",
            "990",
        ),
        (
            "4 × 7 = 28.\nShe runs 4 miles a day, or 28 miles a week, which comes to 1,456 miles a year.",
            "Ava runs 4 miles every day. How many miles does she run a week?",
            "28",
            "1456",
        ),
        # no clause named, and the last number echoes the problem: the one new value
        (
            "198 × 5 = 990.\nThe total is $990, and that covers 5 days of work.",
            "Tina earns $198 a day. How much does she earn in 5 days, in dollars?",
            "990",
            "5",
        ),
        # a rate of any unit after "per"
        (
            "240 miles / 8 gallons = 30 miles per gallon, so a full 12-gallon tank lasts 360 miles.",
            "A car uses 8 gallons to travel 240 miles. How many miles per gallon does it get?",
            "30",
            "360",
        ),
        # an amount of money echoed from the problem
        (
            "990 / 198 = 5. So it takes 5 days to earn $990.",
            "Jenna earns $198 a day. How many days must she work to earn $990?",
            "5",
            "990",
        ),
        # a clause that names its value as the count sought
        (
            "If the offices were interchangeable, the count would be 6. Since they are distinct (president vs. "
            "vice-president), each pair can be assigned to the two offices in 2 ways, so the count is 6 × 2 = 12.",
            "In how many ways can it choose a president and a vice-president (two different people)?",
            "12",
            "2",
        ),
        # the closing statement may equal a given number: no echo (it is the statement, not a circumstance)
        (
            "After adding, there are 24 + 6 = 30 marbles, and after removing 6, there are 24 marbles again.",
            "A jar has 24 marbles. Tim adds 6 marbles and then removes 6 marbles. How many marbles are in the jar now?",
            "24",
            "30",
        ),
        (
            "She spent $15 + $15 = $30, leaving $20, and after earning $30 babysitting she has $50.",
            "Lisa had $50. She spent $15 on lunch and $15 on a movie, then earned $30 babysitting. How much money does "
            "she have now?",
            "50",
            "20",
        ),
        # two clauses at the rate asked: not the one the problem gives
        (
            "$300 / 12 = 25$, so the new car gets 25 miles per gallon, better than the 20 miles per gallon of the old car.",
            "Ann's old car got 20 miles per gallon. Her new car goes 300 miles on 12 gallons. How many miles per gallon "
            "does the new car get?",
            "25",
            "20",
        ),
        # "the total is" names no asked average
        (
            "The total is 270, and dividing by 3 tests, her average is 90.",
            "Sue scored 85, 90, and 95 on three tests. What is her average score?",
            "90",
            "270",
        ),
    ],
)
def test_the_value_the_question_asks_for(completion: str, problem: str, gold: str, other: str) -> None:
    assert verify(completion, gold, problem=problem).correct
    assert not verify(completion, other, problem=problem).correct


@pytest.mark.parametrize(
    ("completion", "problem"),
    [
        # two counts in words: which one is asked is not said
        (
            "The cubes below 1000 are 1, 8, 27, 64, 125, 216, 343, 512, 729.\n"
            "There are nine positive perfect cubes less than 1000, and four of them are even.",
            "How many positive perfect cubes less than 1000 are even?",
        ),
        # an exponent is no value of its own
        ("Here n = 10, so the sum is 10^2", "What is the sum of the first 10 odd numbers?"),
    ],
)
def test_no_value_is_chosen(completion: str, problem: str) -> None:
    assert asked_value(completion, problem, alone=True) is None
