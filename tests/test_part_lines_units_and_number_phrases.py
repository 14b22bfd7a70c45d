"""Readings added after the fifty-third session's blind probes: each with a twin that must not be paid.

- a number of several words opening the final sentence ("One hundred three books remain.");
- a closing offer to break the result down, after it ("Let me know if you'd like me to break this down by row.");
- a money amount with LaTeX's grouped thousands in prose ("\\$1{,}250");
- a value asked by its verb ("What is it worth after 5 years?") and a labelled final line after the work's lines;
- a hedge that leaves the value open ("12 or close to it", "12 or thereabouts");
- a bare number written with another unit of the gold's kind ("5 minutes" for "5 hours"), or in radians where
  degrees are asked;
- a part's line that states a value and its estimate ("14π ≈ 43.98 cm"), or offers two values for one part;
- parts each written with a measure against a bare gold ("27 cm^3, 54 cm^2" for "27, 54"), in the gold's order.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def _status(completion: str, gold: str, problem: str | None = None) -> str:
    return verify(completion, gold, problem=problem).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "12 rows of 17 chairs is 204, plus 1 = 205.\n\nTwo hundred five chairs are set out.",
            "205",
            "correct",
        ),
        (
            "12 rows of 17 chairs is 204, plus 1 = 205.\n\nTwo hundred five chairs are set out.",
            "2",
            "incorrect",
        ),
        ("So 300 + 12 = 312 stamps.\n\nThree hundred and twelve stamps are in the album.", "312", "correct"),
        ("So 300 + 12 = 312 stamps.\n\nThree hundred and twelve stamps are in the album.", "3", "incorrect"),
    ],
)
def test_a_number_of_several_words_opens_the_final_sentence(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("The orchard yields **840** apples.\n\nLet me know if you'd like me to break it down by week.", "840", "correct"),
        ("The orchard yields 840 apples.\n\nLet me know if you want me to break this down by tree (each gives 35).",
         "840", "correct"),
        ("The orchard yields **840** apples.\n\nLet me know if you'd like me to break it down by week.", "35", "incorrect"),
    ],
)  # fmt: skip
def test_an_offer_to_break_the_result_down_is_a_closing_remark(
    completion: str, gold: str, status: str
) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("The shop makes \\$2{,}400 per week (300 mugs × \\$8).", "2400", "correct"),
        ("The shop makes \\$2{,}400 per week.", "2400", "correct"),
        ("The shop makes \\$2{,}400 per week.", "2", "incorrect"),
    ],
)
def test_grouped_thousands_in_prose(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_a_value_asked_by_its_verb_is_the_one_before_the_echo() -> None:
    problem = "A boat costs $18,000 and loses $1,500 of value each year. What is it worth after 4 years?"
    completion = "Loss: 4 × $1,500 = $6,000\n\nThe boat is worth $12,000 after 4 years."
    assert _status(completion, "12000", problem) == "correct"
    assert _status(completion, "4", problem) == "incorrect"


def test_a_labelled_final_line_after_the_work_lines_gives_the_person_asked() -> None:
    problem = (
        "Dana is 3 years younger than Eli. Eli is three times as old as Finn, who is 5. How old is Dana?"
    )
    completion = "Finn: 5\nEli: 3 × 5 = 15\nDana: 15 − 3 = 12\n\nAges — Dana: 12, Eli: 15, Finn: 5."
    assert _status(completion, "12", problem) == "correct"
    assert _status(completion, "15", problem) == "incorrect"


@pytest.mark.parametrize(
    "completion",
    [
        "I did not check every factor, so: the answer is 18 or close to it.",
        "The answer is $\\boxed{18}$ or thereabouts.",
        "So there are 18 such numbers, or somewhere near that.",
        "So there are 18 such numbers, or slightly more.",
    ],
)
def test_a_value_left_open_around_itself_is_no_answer(completion: str) -> None:
    assert _status(completion, "18") != "correct"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Time = 240 / 80 = 3.\n\nThe drive takes 3 minutes.", "3 \\text{ hours}", "incorrect"),
        ("Time = 240 / 80 = 3.\n\nThe drive takes 3 hours.", "3 \\text{ hours}", "correct"),
        ("Time = 240 / 80 = 3.\n\nThe drive takes 180 minutes.", "3 \\text{ hours}", "correct"),
        ("The rod is 8 mm long.", "8 \\text{ cm}", "incorrect"),
        ("The rod is 80 mm long.", "8 \\text{ cm}", "correct"),
    ],
)
def test_a_bare_number_with_another_unit_of_the_golds_kind(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_radians_where_degrees_are_asked() -> None:
    problem = "Each angle of an equilateral triangle measures how much, in degrees?"
    assert _status("All three angles are equal.\n\n**Answer:** 60 radians", "60", problem) == "incorrect"
    assert _status("All three angles are equal.\n\n**Answer:** 60 degrees", "60", problem) == "correct"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("(a) A = πr² = 9π ≈ 28.27 cm²\n(b) C = 2πr = 6π ≈ 18.85 cm", "9\\pi, 6\\pi", "correct"),
        ("(a) A = πr² = 9π ≈ 28.27 cm²\n(b) C = 2πr = 6π ≈ 18.85 cm", "6\\pi, 9\\pi", "incorrect"),
        ("(a) P(both) ≈ 0.25\n(b) P(none) ≈ 0.35", "0.25, 0.35", "correct"),
        # two values offered for one part, then one chosen in the part's last clause
        (
            "**Part 1:** t = 2 s\n**Part 2:** 8t − 2t² = 0 → t = 0 or t = 4; it lands at t = 4 s.",
            "2\\text{ s}, 4\\text{ s}",
            "correct",
        ),
        (
            "**Part 1:** t = 2 s\n**Part 2:** It is on the ground at t = 0 s or t = 4 s.",
            "2\\text{ s}, 4\\text{ s}",
            "incorrect",
        ),
    ],
)
def test_part_lines_with_an_estimate_or_two_values(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("$\\boxed{8 \\text{ m}^2, 12 \\text{ m}}$", "8, 12", "correct"),
        ("**Final Answer:** (a) $8\\ \\text{m}^2$, (b) $12\\ \\text{m}$", "8, 12", "correct"),
        ("(a) ρ = 3 g/cm³\n(b) 3 g/cm³ × 1000 = 3000 kg/m³", "3, 3000", "correct"),
        # in the gold's order: a swap is wrong
        ("$\\boxed{12 \\text{ m}, 8 \\text{ m}^2}$", "8, 12", "incorrect"),
        # one unit for both tells no part from the other: their order stays open, as without units
        ("Ana walked 8 km and Ben walked 12 km.", "12, 8", "incorrect"),
        # counts of things, each named, are no measures
        ("$\\boxed{8 \\text{ hens}, 12 \\text{ goats}}$", "12, 8", "incorrect"),
    ],
)
def test_parts_written_with_measures_against_a_bare_gold(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_a_doubt_answered_before_the_box_leaves_the_box_given() -> None:
    completion = "Many people get 20 here and doubt it, but they are right: $\\boxed{20}$."
    assert _status(completion, "20") == "correct"
    assert _status("I doubt that it is $\\boxed{20}$.", "20") != "correct"


def test_the_letter_a_system_is_solved_for() -> None:
    problem = "Solve the system a + b = 13, a - b = 3 for a."
    assert _status("So $a = 8$ and $b = 5$.\n\n$$\\boxed{b = 5}$$", "5", problem) == "incorrect"
    assert _status("So $a = 8$ and $b = 5$.\n\n$$\\boxed{a = 8}$$", "8", problem) == "correct"


def test_a_case_left_open_gives_the_variable_asked_no_value() -> None:
    problem = "Let k = 4. Solve kx = 3k for x."
    open_case = (
        "If $k \\neq 0$, then $x = 3$; if $k = 0$, any $x$ works. Without knowing $k$ I can't say more."
    )
    assert _status(open_case, "3", problem) != "correct"
    assert _status("Since $k = 4 \\neq 0$, dividing gives $x = 3$.", "3", problem) == "correct"


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("Adding the equations, $2m = 10$, so $m = 5$ and then $n = 2$.\n\nSo $m = 5, n = 2$.", "correct"),
        ("Adding the equations, $2m = 10$, so $m = 5$ and then $n = 2$.\n\nSo $m = 2, n = 5$.", "incorrect"),
    ],
)
def test_a_named_tuple_gold_against_named_values_in_the_final_math(completion: str, status: str) -> None:
    assert _status(completion, "(m,n)=(5,2)") == status


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("By AM-GM the minimum is 12, reached when $x = y = z = 2$.\n\nMinimum $\\boxed{12}$, at $x=y=z=2$.", "correct"),
        ("By AM-GM the minimum is 12.\n\nMinimum $\\boxed{12}$, at $x=y=z=4$.", "incorrect"),
        ("Minimum $\\boxed{12}$.", "incorrect"),
    ],
)  # fmt: skip
def test_a_gold_sentence_with_the_place_where_several_variables_are_equal(
    completion: str, status: str
) -> None:
    assert _status(completion, "The minimum value is 12, attained at x=y=z=2") == status


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "status"),
    [
        # work with an "and" before the value's "=" is no second value; the parts named by the problem's order
        ("- Range = 9 − 1 = 8\n- Median = average of 3 and 5 = 4\n- Mean = 24 / 6 = 4", "4, 4, 8",
         "For the data 1, 2, 3, 5, 6, 9 find the mean, the median and the range.", "correct"),
        ("- Range = 9 − 1 = 8\n- Median = average of 3 and 5 = 4\n- Mean = 24 / 6 = 4", "8, 4, 4",
         "For the data 1, 2, 3, 5, 6, 9 find the mean, the median and the range.", "incorrect"),
        # a unit in a line's name and after its value
        ("- speed in m/s: 300/60 = 5 m/s\n- speed in km/h: 5 × 3.6 = 18 km/h", "5, 18", None, "correct"),
        ("- speed in m/s: 300/60 = 5 m/s\n- speed in km/h: 5 × 3.6 = 18 km/h", "5, 20", None, "incorrect"),
        # a price after its name
        ("So p = 4 and b = 7.\n\n- pencil box: $4\n- binder: $7", "4, 7",
         "Find the price of a pencil box and of a binder.", "correct"),
        ("So p = 4 and b = 7.\n\n- pencil box: $7\n- binder: $4", "4, 7",
         "Find the price of a pencil box and of a binder.", "incorrect"),
    ],
)  # fmt: skip
def test_lines_naming_the_parts(completion: str, gold: str, problem: str | None, status: str) -> None:
    assert _status(completion, gold, problem) == status


def test_parts_labelled_after_find_are_no_choices() -> None:
    problem = "Let p = (2, 0) and q = (1, 3). Find (a) p + q, (b) p · q, (c) |q|."
    completion = "(a) p + q = (3, 3)\n(b) p · q = 2 + 0 = 2\n(c) |q| = √(1 + 9) = √10"
    assert _status(completion, "(3,3), 2, \\sqrt{10}", problem) == "correct"
    assert _status(completion, "(3,3), 3, \\sqrt{10}", problem) == "incorrect"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("$$\\boxed{\\text{LCM} = 60,\\ \\text{GCD} = 4}$$", "4, 60", "correct"),
        ("$$\\boxed{\\text{LCM} = 4,\\ \\text{GCD} = 60}$$", "4, 60", "incorrect"),
        # an unlabelled list answers the labelled parts in their order
        ("The GCD is 4 and the LCM is 60.\n\n$\\boxed{60, 4}$", "4, 60", "incorrect"),
        ("The GCD is 4 and the LCM is 60.\n\n$\\boxed{4, 60}$", "4, 60", "correct"),
    ],
)
def test_divisor_and_multiple_named_or_listed_for_labelled_parts(
    completion: str, gold: str, status: str
) -> None:
    problem = "Find (a) the greatest common divisor and (b) the least common multiple of 12 and 20."
    assert _status(completion, gold, problem) == status


def test_an_amount_with_grouped_thousands_on_a_parts_line() -> None:
    completion = "(a) A = 2000(1.1)² = $2,420.00\n(b) Interest = 2420 − 2000 = $420.00"
    assert _status(completion, "2420, 420") == "correct"
    assert _status(completion, "2, 420") == "incorrect"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("$$\\boxed{m = 3^j \\text{ for some } j \\ge 0}$$", "m is a power of 3", "correct"),
        ("$$\\boxed{m = 3^j \\text{ for some } j \\ge 0}$$", "m is a power of 2", "incorrect"),
        ("$$\\boxed{m = 2^j + 1,\\ j \\ge 0}$$", "m is one more than a power of 2", "correct"),
        ("$$\\boxed{m = 2^j - 1,\\ j \\ge 0}$$", "m is one more than a power of 2", "incorrect"),
        ("So we need $\\boxed{5 \\nmid m}$.", "m is not divisible by 5", "correct"),
        ("So we need $\\boxed{5 \\mid m}$.", "m is not divisible by 5", "incorrect"),
    ],
)
def test_families_of_integers_in_words_and_symbols(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_power_families_compare_their_positive_members() -> None:
    from openrs_rewards.verifiers.residue_class import same_power_family

    assert (
        same_power_family("2^k - 1, k \\ge 1", "n is one less than a power of 2") is True
    )  # (0 is no member)
    assert same_power_family("2^k, k \\ge 1", "n is a power of 2") is False  # (1 = 2^0 is left out)
    assert same_power_family("12", "n is a power of 2") is None


def test_a_last_numbers_unit_is_read_against_the_unit_asked() -> None:
    problem = "Two pumps each empty a pool in 8 hours. How many hours do they take together?"
    assert (
        _status("Together they empty 1/8 + 1/8 = 1/4 per hour.\n\nSo it takes 4 minutes.", "4", problem)
        == "incorrect"
    )
    assert (
        _status("Together they empty 1/8 + 1/8 = 1/4 per hour.\n\nSo it takes 4 hours.", "4", problem)
        == "correct"
    )


def test_two_quantities_asked_in_turn_are_answered_in_that_order() -> None:
    problem = (
        "Pens cost $2 and pencils $1. 20 items cost $32. How many pens and how many pencils were bought?"
    )
    assert _status("2p + q = 32, p + q = 20.\n\n$\\boxed{8, 12}$", "12, 8", problem) == "incorrect"
    assert _status("2p + q = 32, p + q = 20.\n\n$\\boxed{12, 8}$", "12, 8", problem) == "correct"


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        # named parts of other kinds of quantity: each paired with the gold's item of its kind
        ("So d = 40 m and v = 8 m/s.", "correct"),
        ("So d = 8 m and v = 40 m/s.", "incorrect"),
        ("v = 8 m/s, d = 40 m", "correct"),
        # parts by place answer their parts in turn, whatever their units
        ("(a) 40 m\n(b) 8 m/s", "incorrect"),
    ],
)
def test_named_parts_pair_with_the_gold_by_their_kind_of_quantity(completion: str, status: str) -> None:
    assert _status(completion, "8\\ \\text{m/s},\\ 40\\ \\text{m}") == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a heading that labels the line after it
        ("### Part 1\nAB = √(5² + 12²) = 13\n\n### Part 2\nArea = ½ · 5 · 12 = 30", "13, 30", "correct"),
        ("### Part 1\nAB = √(5² + 12²) = 13\n\n### Part 2\nArea = ½ · 5 · 12 = 30", "30, 13", "incorrect"),
        # the last step's arrow gives the part's value
        ("**Part 1:** 2·1 = 2 ordered pairs → 2/20\n\n**Part 2:** 2·3 + 3·2 = 12 → 12/20", "\\frac{1}{10}, \\frac{3}{5}",
         "correct"),
        ("**Part 1:** 2·1 = 2 ordered pairs → 2/20\n\n**Part 2:** 2·3 + 3·2 = 12 → 12/20", "\\frac{1}{10}, \\frac{2}{5}",
         "incorrect"),
    ],
)  # fmt: skip
def test_part_lines_under_headings_and_after_arrows(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_a_truncated_text_whose_last_sentence_closes_a_value_with_its_unit() -> None:
    text = (
        "It covers 150 km in 2 hours, so its speed is 150/2 = 75 km/h.\n\nTherefore, the answer is 75 km/h."
    )
    assert verify(text, "75", truncated=True).status == "correct"
    # (a bare number at the cut may have been cut itself: "75." could be "75.5")
    assert verify("Therefore, the answer is 75.", "75", truncated=True).status == "no_answer"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Divide both sides by 4: y = 6.\n\n**y = 6**\n\nWant more practice? Try solving 2y + 1 = 9. (Answer: y = 4)", "6",
         "correct"),
        ("Divide both sides by 4: y = 6.\n\n**y = 6**\n\nWant more practice? Try solving 2y + 1 = 9. (Answer: y = 4)", "4",
         "incorrect"),
        ("4 × $1.50 = $6.00. He pays **$6.00**.\n\nIf he bought 6 pens instead, he'd pay $9.00.", "6", "correct"),
        ("4 × $1.50 = $6.00. He pays **$6.00**.\n\nIf he bought 6 pens instead, he'd pay $9.00.", "9", "incorrect"),
    ],
)  # fmt: skip
def test_an_exercise_or_another_case_after_the_answer(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_a_percent_asked_is_its_exact_value_rounded_as_the_gold_is() -> None:
    problem = "What percent of 60 is 40?"
    assert (
        _status("$\\frac{40}{60} = 66\\frac{2}{3}\\%$.\n\n$\\boxed{66\\frac{2}{3}\\%}$", "66.67", problem)
        == "correct"
    )
    assert _status("$\\boxed{66\\%}$", "66.67", problem) == "incorrect"


def test_an_answer_line_of_several_counts_gives_the_one_the_question_names() -> None:
    problem = "A yard has ducks and goats. There are 20 heads and 56 legs. How many goats are there?"
    completion = (
        "d + g = 20, 2d + 4g = 56, so 2g = 16 and g = 8, d = 12.\n\n**Answer:** 12 ducks and 8 goats."
    )
    assert _status(completion, "8", problem) == "correct"
    assert _status(completion, "12", problem) == "incorrect"


def test_a_summary_that_says_how_leaves_the_reasonings_box_the_answer() -> None:
    completion = (
        "<think>\n3^4 = 81 ≡ 1 (mod 5), and 3^{102} = (3^4)^{25} · 9 ≡ 4 (mod 5).\n\nSo the remainder is \\boxed{4}.\n"
        "</think>\nThe remainder is found by noting that $3^4 \\equiv 1 \\pmod 5$."
    )
    assert _status(completion, "4") == "correct"
    assert _status(completion, "1") == "incorrect"  # (not the residue of the step the summary names)


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "There are 4 aces in 52 cards, so the probability is 1/13 (about 7.7%).",
            "\\frac{1}{13}",
            "correct",
        ),
        ("Two of the eight marbles are red, so the probability is 1/4 (25%).", "\\frac{1}{4}", "correct"),
        ("Two of the eight marbles are red, so the probability is 0.25 (or 25%).", "\\frac{1}{4}", "correct"),
        ("Two of the eight marbles are red, so the probability is 1/4 (25%).", "\\frac{1}{2}", "incorrect"),
    ],
)
def test_a_value_restated_as_a_percent_in_brackets(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status
