"""Readings added after the fifty-fourth session's blind probes: each with a twin that must not be paid.

- a count in words that a final "There are ..." sentence states ("There are four of them.", as "There are 4 of them."
  is read in digits);
- a value in words restated as a percent in brackets ("one half (50%)"), only when the percent is that value;
- a heading line of practice problems ("📝 Practice problems:") after the answer: their answers answer other problems;
- a chain of equalities whose last side has a unit: that unit is the chain's ("... = 160 J/mol" is not 160 kJ/mol;
  "... = 160000 J/mol" is);
- a decimal comma typeset as European typesetting keeps it ("$P = 0{,}125$") says the writer's "0,125" is 0.125,
  and "bzw." ("or rather") before a percent restates the value, as "i.e." does.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import value_an_equation_states, writes_decimal_commas


def _status(completion: str, gold: str, problem: str | None = None) -> str:
    return verify(completion, gold, problem=problem).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("The primes between 10 and 20 are 11, 13, 17, and 19.\n\nThere are four of them.", "4", "correct"),
        (
            "The primes between 10 and 20 are 11, 13, 17, and 19.\n\nThere are four of them.",
            "19",
            "incorrect",
        ),
        ("Count the vowels in the word.\n\nThere are three of them.", "3", "correct"),
        ("Count the vowels in the word.\n\nThere are three of them.", "5", "incorrect"),
        # two counts offered are no count
        ("Count the vowels in the word.\n\nThere are three or four of them.", "3", "no_answer"),
    ],
)
def test_a_count_stated_by_there_are_in_words(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "Two equally likely outcomes, so the probability of heads is one half (50%).",
            "\\frac{1}{2}",
            "correct",
        ),
        (
            "Two equally likely outcomes, so the probability of heads is one half (50%).",
            "\\frac{1}{4}",
            "incorrect",
        ),
        (
            "Out of six faces two are wanted, so the probability is one third (33%).",
            "\\frac{1}{3}",
            "correct",
        ),
        ("So the probability is three quarters (or 75 percent).", "\\frac{3}{4}", "correct"),
        # a bracket that is not the value's percent leaves the sentence two values, none given
        (
            "Two equally likely outcomes, so the probability of heads is one half (25%).",
            "\\frac{1}{2}",
            "no_answer",
        ),
        ("Two equally likely outcomes, so the probability of heads is one half (25%).", "25\\%", "no_answer"),
    ],
)
def test_a_value_in_words_restated_as_its_percent(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_PRACTICE_AFTER = (
    "Area = ½ × 10 × 7 = **35 cm²**.\n\n📝 Practice problems:\n"
    "1. Find the area of a triangle with base 8 cm and height 5 cm. (Answer: 20 cm²)\n"
    "2. Find the area of a triangle with base 9 cm and height 6 cm. (Answer: 27 cm²)"
)


@pytest.mark.parametrize(("gold", "status"), [("35", "correct"), ("27", "incorrect"), ("20", "incorrect")])
def test_practice_problems_after_the_answer_answer_other_problems(gold: str, status: str) -> None:
    assert _status(_PRACTICE_AFTER, gold) == status
    assert _status(_PRACTICE_AFTER.replace("📝 ", ""), gold) == status


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("$E_a = 8.314 \\times 19250\\ \\text{J/mol} = 160\\ \\text{J/mol}$", "incorrect"),
        ("$E_a = 8.314 \\times 19250\\ \\text{J/mol} = 160000\\ \\text{J/mol}$", "correct"),
        ("$E_a = 8.314 \\times 19250\\ \\text{J/mol} = 160\\ \\text{kJ/mol}$", "correct"),
        ("$E_a = 160\\ \\text{J/mol}$", "incorrect"),
    ],
)
def test_a_chain_has_the_unit_of_its_last_side(completion: str, status: str) -> None:
    assert _status(completion, "160\\ \\mathrm{kJ\\,mol^{-1}}") == status


def test_the_value_an_equation_states() -> None:
    assert value_an_equation_states("U_{0} = 50 mJ") == "50 mJ"
    assert value_an_equation_states("x = 2 + 3 = 5 cm") == "5 cm"
    assert value_an_equation_states("x <= 5") is None  # a relation is no equation
    assert value_an_equation_states("x' = 5t") is None  # a rate, no value of x
    assert value_an_equation_states("5 cm") is None


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("On lance trois pièces : $P = 0{,}5^3 = 0{,}125$.\n\nLa probabilité est 0,125.", "\\frac{1}{8}", "correct"),
        ("On lance trois pièces : $P = 0{,}5^3 = 0{,}125$.\n\nLa probabilité est 0,125.", "125", "incorrect"),
        ("Dreimaliger Münzwurf: $P = 0{,}5^3 = 0{,}125$.\n\nDie Wahrscheinlichkeit beträgt 0,125 bzw. 12,5 %.",
         "\\frac{1}{8}", "correct"),
        ("Dreimaliger Münzwurf: $P = 0{,}5^3 = 0{,}125$.\n\nDie Wahrscheinlichkeit beträgt 0,125 bzw. 12,5 %.",
         "\\frac{1}{4}", "incorrect"),
        # "{,}" before three digits is LaTeX's thousands separator: the writer's "1.250" stays a decimal
        ("The total is $1{,}250$ dollars, so the answer is 1,250.", "1250", "correct"),
    ],
)  # fmt: skip
def test_a_typeset_decimal_comma_tells_how_the_writer_writes_numbers(
    completion: str, gold: str, status: str
) -> None:
    assert _status(completion, gold) == status


def test_writes_decimal_commas_reads_typeset_commas() -> None:
    assert writes_decimal_commas("So $P = 0{,}125$ and that is it.")
    assert writes_decimal_commas("So $x = 2{,}5$ and that is it.")
    assert not writes_decimal_commas("So $N = 1{,}000$ and that is it.")


_SUMMARY_LIST = "Distance = speed × time = 60 × 2.5 = 150 km.\n\n### Summary\n- **Distance: 150 km**\n- Speed: 60 km/h\n- Time: 2.5 h"
_SUMMARY_TABLE = (
    "Area = ½ × base × height = ½ × 10 × 7.\n\n| Quantity | Value |\n|---|---|\n| **Area** | **35 cm²** |\n"
    "| Base | 10 cm |\n| Height | 7 cm |"
)


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (_SUMMARY_LIST, "150", "correct"),
        (_SUMMARY_LIST, "60", "incorrect"),
        (_SUMMARY_LIST, "2.5", "incorrect"),
        (_SUMMARY_TABLE, "35", "correct"),
        (_SUMMARY_TABLE, "10", "incorrect"),
        ("Mix it.\n\n- Sand: 200 L (40%)\n- **Water:** 300 L (60%)", "300", "correct"),
        ("Mix it.\n\n- Sand: 200 L (40%)\n- **Water:** 300 L (60%)", "60\\%", "incorrect"),
        # every item in bold: the list emphasises no one of them (the first is no answer)
        ("Mix it.\n\n- **Sand: 200 L**\n- **Water: 300 L**", "200", "incorrect"),
        # a sentence after the list: the list does not close the text
        ("So we have:\n\n- **Water: 300 L**\n- Sand: 200 L\nThe total is 500 L.", "300", "incorrect"),
    ],
)
def test_the_one_bold_item_of_a_closing_list_or_table(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a doubt, then the other value it offers in the next clause
        ("The side is $\\sqrt{49} = 7$.\n\n$\\boxed{7}$\n\nI am not fully sure; it might be 8.", "7", "incorrect"),
        ("The side is $\\sqrt{49} = 7$.\n\n$\\boxed{7}$\n\nI am not fully sure; it might be 8.", "8", "incorrect"),
        ("The side is $\\sqrt{49} = 7$.\n\n$\\boxed{7}$\n\nI am fully sure of it.", "7", "correct"),
        # another value of what the answer counts, offered as possible
        ("6 × 3 = 18.\n\n**Answer: 18 pages**\n\nNote: if you also count today, it could also be 24 pages.", "18",
         "incorrect"),
        # a count of something else is no other answer
        ("6 × 3 = 18.\n\n**Answer: 18 pages**\n\nNote: at 2 chapters a day it takes longer.", "18", "correct"),
    ],
)  # fmt: skip
def test_a_closing_remark_that_offers_another_value_hedges(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_TIME_AND_DISTANCE = "3 \\text{ hours}, 180 \\text{ km}"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # parts with no label, each with a unit of its own kind: the unit says which is which
        ("\\boxed{180 \\text{ km}, 3 \\text{ hours}}", _TIME_AND_DISTANCE, "correct"),
        ("**Answer:** 180 km, 3 hours", _TIME_AND_DISTANCE, "correct"),
        ("**Answer:** 180 km, 4 hours", _TIME_AND_DISTANCE, "incorrect"),
        ("d = vt = 60 km/h × 3 h.\n\nThe train covers 180 km in 3 hours.", _TIME_AND_DISTANCE, "correct"),
        ("d = vt = 60 km/h × 3 h.\n\nThe train covers 180 km in 4 hours.", _TIME_AND_DISTANCE, "incorrect"),
        # parts labelled by place answer them in turn, whatever their units
        ("**Answer:** (a) 180 km, (b) 3 hours", _TIME_AND_DISTANCE, "incorrect"),
        ("Average speed 15 m/s, so 150 m, and a = 3 m/s².\n\n(a) 150 m\n(b) 3 m/s²", "3 \\text{ m/s}^2, 150 \\text{ m}",
         "incorrect"),
        # two values of one kind are told apart only by their order
        ("So she walks 5 km and then 3 km.", "3 \\text{ km}, 5 \\text{ km}", "incorrect"),
    ],
)  # fmt: skip
def test_unlabelled_parts_are_paired_with_the_gold_by_their_units(
    completion: str, gold: str, status: str
) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a competition solution's result in \mathbf digits, whatever its last sentence goes on to say
        ("So the smallest possible value is $n=\\mathbf{6 0}$; one set of values is $i=1, j=54, k=0$.", "60", "correct"),
        ("So the smallest possible value is $n=\\mathbf{6 0}$; one set of values is $i=1, j=54, k=0$.", "54", "incorrect"),
        ("Thus $2AB=\\frac{2 \\cdot 47}{25 \\cdot 169}=\\frac{\\mathbf{9 4}}{\\mathbf{4 2 2 5}}$.", "\\frac{94}{4225}",
         "correct"),
        ("Adding them yields $QT^{2}+8^{2}=2(4^{2}+6^{2})$ or $QT=\\mathbf{2} \\sqrt{\\mathbf{1 0}}$.", "2\\sqrt{10}",
         "correct"),
        ("Hence $N \\equiv 38+10-1 \\equiv \\mathbf{4 7}$ $(\\bmod 100)$.", "47", "correct"),
        ("The farthest point is therefore $(-\\mathbf{2 6 6}, \\mathbf{- 3 , - 2 8})$.", "(-266,-3,-28)", "correct"),
        ("The count is $\\frac{264}{2}=\\mathbf{1 3 2}$.\n\nRemark: the reader may show that the answer for general $a$ "
         "and $b$ is $a+b-\\gcd(a, b)$.", "132", "correct"),
        # a bold name is a vector, a bold 1 before brackets an indicator: no value
        ("So $A\\mathbf{x} = \\mathbf{0}$ has only the trivial solution $\\mathbf{x} = 5$.", "0", "incorrect"),
        ("So $P = \\int_0^{1} \\mathbf{1}[x > y] \\, dx$.", "1", "incorrect"),
    ],
)  # fmt: skip
def test_a_result_set_in_mathbf_digits(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        # a bare number boxed, written with its unit in the work before it
        ("$v = \\sqrt{2GM/R} \\approx 11{,}200$ m/s.\n\n$\\boxed{11200}$", "correct"),
        ("$v = \\sqrt{2GM/R} \\approx 11200\\ \\text{m/s}$.\n\n$\\boxed{11200}$", "correct"),
        ("$v \\approx 11{,}200$ km/s.\n\n$\\boxed{11200}$", "incorrect"),
        # written with two units: which one the box means is not said
        ("So $v = 11200$ m/s, or 11200 km/h in the other unit.\n\n$\\boxed{11200}$", "incorrect"),
        ("$\\boxed{11200}$", "incorrect"),
    ],
)
def test_a_boxed_number_has_the_unit_the_work_wrote_it_with(completion: str, status: str) -> None:
    assert _status(completion, "11.2\\ \\text{km/s}") == status


_CHECKED_BACK = "Adding 8 to both sides gives $2x = 12$.\n\nTherefore $x = 6$. Substituting back, $2(6) - 8 = 4$, which checks out."


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (_CHECKED_BACK, "6", "correct"),
        (_CHECKED_BACK, "4", "incorrect"),
        # a substitution that states the asked value, not a check of one
        ("So we have $x = 6$. Substituting back, $y = 2(6) - 8 = 4$.", "4", "correct"),
    ],
)
def test_a_substitution_that_checks_out_is_a_check(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        # a person of the word problem who gets the boxed amount
        ("10 / 4 = 2.5, so each friend gets $\\boxed{2.5}$ pizzas.", "correct"),
        ("So the student gets \\boxed{2.5} pencils.", "correct"),
        # a third party's result, which the text reports and does not give
        ("My classmate got \\boxed{2.5}, but the right count is different.", "no_answer"),
        ("Someone answered \\boxed{2.5} online.", "no_answer"),
    ],
)
def test_a_person_of_the_problem_who_gets_the_boxed_amount(completion: str, status: str) -> None:
    assert _status(completion, "2.5") == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("For every integer y, x = y + 3 is an integer too, so there are infinitely many such pairs.", "\\infty",
         "correct"),
        ("The second equation is twice the first. The system has infinitely many solutions.",
         "\\text{infinitely many}", "correct"),
        ("The second equation is twice the first. The system has infinitely many solutions.", "1", "incorrect"),
        # a case, not the answer
        ("If a = 0, the system has infinitely many solutions.", "\\infty", "no_answer"),
        # a product with its first factor a vulgar fraction is a true computation, its result the value
        ("So the area is ½ × 10 × 7 = 35.", "35", "correct"),
        ("So they eat 15 + 15 = 20 cookies.", "20", "incorrect"),
    ],
)  # fmt: skip
def test_infinitely_many_stated_and_a_computation_read_whole(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_HARVEST = "There are 6 × 9 = 54 plants, so the harvest is 54 × 4 = **216 tomatoes**."


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (_HARVEST + "\n\nIf the family eats 12 tomatoes a week, that harvest would last them 18 weeks!", "216", "correct"),
        (_HARVEST + "\n\nIf the family eats 12 tomatoes a week, that harvest would last them 18 weeks!", "18",
         "incorrect"),
        (_HARVEST + "\n\n🍅 Fun fact: a plant can give 20 tomatoes in a good year.\n\nWould you like a weekly plan?",
         "216", "correct"),
        (_HARVEST + "\n\nThat works out to about 24 tomatoes per row.", "216", "correct"),
        # (after a step's bold label on the bold value's line)
        ("**Step 1:** 28 ÷ 8 = 3.5, so 4 vans.\n**Step 2:** 4 × $45 = **$180**.\n\nSplit evenly, each share would be"
         " about $6.43.", "180", "correct"),
        (_HARVEST + "\n\nThat leaves 60 plants for next year.", "216", "correct"),
        (_HARVEST + "\n\n(That's 18 dozen, if you were curious!)", "216", "correct"),
        (_HARVEST + "\n\nA crate holds 20, so you'd want 11 crates to be safe.", "216", "correct"),
        (_HARVEST + "\n\nA crate holds 20, so you'd want 11 crates to be safe.", "11", "incorrect"),
        # ... or remarks in the bold value's own paragraph, after its sentence
        ("Adding the legs, the car travels **270 km**. That's about 167.8 miles.", "270", "correct"),
        ("The movie ends at **9:20 PM**. If you need 15 minutes to get home, you'll be back by 9:35.", "9:20 PM",
         "correct"),
        ("Adding the legs, the car travels **270 km**. The return trip is 300 km.", "270", "incorrect"),
        # a paragraph that states on is no remark: the value it states answers
        ("The baker made 8 × 24 = **192 cookies**.\n\nAfter selling 150 of them, 42 cookies are left.", "42", "correct"),
        # a bold value in the remark: not read past
        (_HARVEST + "\n\nIf they eat 12 a week, it lasts **18 weeks**.", "216", "incorrect"),
    ],
)  # fmt: skip
def test_remarks_after_a_bold_value_leave_it_the_answer(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_RECTANGLE = "<think>\n6w = 30, w = 5, l = 10.\n</think>\n\nThe rectangle is 10 cm long and 5 cm wide."


@pytest.mark.parametrize(
    ("question", "gold", "status"),
    [
        # an adjective of size states its measure ("10 cm long" is the length), and "its" asks a quantity
        ("What is its length in cm?", "10", "correct"),
        ("What is its length in cm?", "5", "incorrect"),
        ("What is its width in cm?", "5", "correct"),
        ("What is its width in cm?", "10", "incorrect"),
    ],
)
def test_the_measure_an_adjective_of_size_states(question: str, gold: str, status: str) -> None:
    problem = "A rectangle has a perimeter of 30 cm and its length is twice its width. " + question
    assert _status(_RECTANGLE, gold, problem) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a remark on the values found, after them, is no value of the answer
        (
            "(x − 2)(x − 3) = 0. The roots are 2 and 3, and their product is 6, as Vieta predicts.",
            "2, 3",
            "correct",
        ),
        (
            "(x − 2)(x − 5) = 0. The roots are 2 and 5, and their product is 10, as Vieta predicts.",
            "2, 3",
            "incorrect",
        ),
        # ... unless the gold asks it too
        ("$n = 24$, $S = 1272$.\n\nThere are 24 terms, and their sum is 1272.", "24, 1272", "correct"),
    ],
)
def test_a_remark_on_the_values_found(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a sum sympy closes is compared by its closed form, well inside the deadline
        ("\\boxed{\\sum_{n=1}^{\\infty} \\frac{1}{n^2}}", "\\frac{\\pi^2}{6}", "correct"),
        ("\\boxed{\\sum_{n=1}^{\\infty} \\frac{1}{n^2}}", "\\frac{\\pi^2}{7}", "incorrect"),
        ("\\boxed{(n+1)!-1}", "\\sum_{k=1}^{n} k\\cdot k!", "correct"),
        ("\\boxed{(n+1)!}", "\\sum_{k=1}^{n} k\\cdot k!", "incorrect"),
    ],
)
def test_sums_in_closed_form(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # remarks after a closing list or table leave its one bold item the value
        (_SUMMARY_TABLE + "\n\nIf the base doubles, the area would be 70 cm².", "35", "correct"),
        (_SUMMARY_TABLE + "\n\nIf the base doubles, the area would be 70 cm².", "70", "incorrect"),
        (_SUMMARY_LIST + "\n\nA steady ride, with no stops at all!", "150", "correct"),
        (
            "| Item | Cost |\n|---|---|\n| Apples | $1.35 |\n| Bread | $4.20 |\n| **Total** | **$5.55** |\n\n"
            "If Kim pays with a $10 bill, she'll get $4.45 back.",
            "5.55",
            "correct",
        ),
        # a paragraph that states a number and opens as no remark: the list does not close the text
        (_SUMMARY_LIST + "\n\nThe return trip takes 3 h.", "150", "incorrect"),
    ],
)
def test_remarks_after_a_closing_list(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_values_offered_then_their_cases_are_a_hedge() -> None:
    hedge = (
        "310 ÷ 48 ≈ 6.46.\n\nSo the school would need either 6 or 7 buses — 6 buses if the other 22 students can"
        " travel some other way, or 7 buses if everyone has to ride a bus."
    )
    assert _status(hedge, "7") == "incorrect"
    assert _status(hedge, "6") == "incorrect"
    # one value, then the cases it comes from: the value stands
    assert _status("So the school needs 7 buses — 6 if some walk, or 7 if everyone rides.", "7") == "correct"


def test_a_question_assigns_no_value() -> None:
    problem = "If x + y = 1 and x - y = 5, what is x?"
    asked = "<think>\nAdding gives 2x = 6...\n</think>\n\nCould it be that x = 3 and y = -2?"
    assert _status(asked, "3", problem) == "no_answer"
    stated = "<think>\nAdding gives 2x = 6...\n</think>\n\nSo x = 3 and y = -2."
    assert _status(stated, "3", problem) == "correct"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("So the probability is 3/4 (or 0.75).", "\\frac{3}{4}", "correct"),
        ("So the probability is 3/4 (or 0.75).", "0.7", "incorrect"),
        # another quantity stated by the way in brackets
        (
            "So $d = 2r = 10$ cm (and the circumference is $10\\pi \\approx 31.4$ cm).",
            "10\\ \\text{cm}",
            "correct",
        ),
        ("So $d = 2r = 10$ cm (and the circumference is $10\\pi \\approx 31.4$ cm).", "10\\pi", "incorrect"),
    ],
)
def test_asides_in_brackets_after_the_value(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("gold", "status"), [("25, 75", "correct"), ("25\\%, 75\\%", "correct"), ("75, 25", "incorrect")]
)
def test_named_value_lines_of_percents(gold: str, status: str) -> None:
    assert _status("There are 20 students.\nBoys: 5/20 = 25%\nGirls: 15/20 = 75%", gold) == status
