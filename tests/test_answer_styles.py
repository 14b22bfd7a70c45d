"""Ways of writing an answer that two probes of this round (equivalence pairs in graders' style, and completions in
fifteen model families' styles) found misread, each with the near miss that must not move: what an answer opens
with (an arrow, a label, an article, a font size, the subject of a sentence in a text command), what it ends with (a
row break), a number said in several words, an operator applied to what the question names as the gold's left side,
a hedge in a parenthesis after an answer line, a next turn in Alpaca's or Zephyr's template, the value an
answer-first completion opens with in bold, the concluding clause of a final sentence, a phrase that says what a
value counts, parts answered in turn on lines of their own."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import normalize_answer, number_word_value


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        # An equals sign or an arrow that carried the reasoning to the answer is no part of it.
        ("= 18", "18", "correct"),
        ("$=\\frac{97}{36}$", "\\frac{97}{36}", "correct"),
        ("\\boxed{= (1, 2)}", "(1, 2)", "correct"),
        ("\\boxed{\\implies 7}", "7", "correct"),
        ("\\boxed{\\therefore x = 7}", "7", "correct"),
        ("\\boxed{\\Rightarrow 7}", "8", "incorrect"),
        # A font size is layout.
        ("\\boxed{\\Large 18}", "18", "correct"),
        ("{\\large 18}", "18", "correct"),
        ("\\boxed{\\small\\frac{1}{2}}", "\\frac{1}{2}", "correct"),
        ("\\boxed{\\large 18}", "19", "incorrect"),
        # A row break (or \\newline, \\hfill) that ends the answer.
        ("\\boxed{18 \\\\}", "18", "correct"),
        ("\\boxed{18 \\\\[2mm]}", "18", "correct"),
        ("\\boxed{18 \\newline}", "18", "correct"),
        ("18 \\hfill", "18", "correct"),
        ("\\boxed{\\begin{pmatrix}1\\\\2\\end{pmatrix}}", "\\begin{pmatrix}1\\\\2\\end{pmatrix}", "correct"),
        # A label in words before a colon; an article before a word answer.
        ("\\boxed{\\text{total: }18}", "18", "correct"),
        ("\\boxed{\\text{Time: }3:45}", "3:45", "incorrect"),  # two colons: no label is taken off
        ("\\boxed{\\text{an ellipse}}", "\\text{ellipse}", "correct"),
        ("\\boxed{\\text{a circle}}", "\\text{ellipse}", "incorrect"),
        ("\\boxed{A}", "A", "correct"),
        # The subject of a statement written in a text command.
        ("\\boxed{\\text{The probability is } \\frac{1}{2}}", "\\frac{1}{2}", "correct"),
        ("\\boxed{\\text{the triangle is equilateral}}", "\\text{equilateral}", "correct"),
        ("\\boxed{\\text{The probability is not } \\frac{1}{2}}", "\\frac{1}{2}", "incorrect"),
        # A phrase inside a text command: the value after the command's closing brace.
        ("\\text{The answer is } 18", "18", "correct"),
        ("So $\\text{The answer is } 18$.", "18", "correct"),
        ("\\text{Answer: } 18", "17", "incorrect"),
    ],
)
def test_what_an_answer_opens_and_ends_with(answer: str, gold: str, status: str) -> None:
    assert verify(answer, gold).status == status


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        ("6", "\\gcd(12, 18) = 6", "correct"),
        ("12", "\\operatorname{lcm}(4, 6) = 12", "correct"),
        ("-2", "\\det A = -2", "correct"),
        ("5", "|z| = 5", "correct"),
        ("4", "\\max_{x} f(x) = 4", "correct"),
        ("\\boxed{\\gcd(12,18) = 6}", "6", "correct"),
        ("7", "\\gcd(12, 18) = 6", "incorrect"),
        ("\\boxed{\\gcd(12,18) = 6}", "7", "incorrect"),
        ("\\gcd(12, 18)", "6", "correct"),  # (the operator's value, evaluated)
    ],
)
def test_an_operator_applied_to_what_the_question_names_labels_a_value(
    answer: str, gold: str, status: str
) -> None:
    assert verify(answer, gold).status == status


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one hundred", 100),
        ("twenty one", 21),
        ("three hundred and five", 305),
        ("two thousand twenty-four", 2024),
        ("a hundred", 100),
        ("fifteen hundred", 1500),
        ("one million two hundred thousand", 1_200_000),
        ("one two", None),
        ("five twenty", None),
        ("hundred", None),
        ("one hundred hundred", None),
        ("one and two", None),
        ("twenty one hundred", None),
        ("ten and", None),
    ],
)
def test_a_number_in_several_words(words: str, value: int | None) -> None:
    assert number_word_value(words) == value


@given(st.integers(min_value=1, max_value=999_999))
def test_a_number_said_in_words_reads_back(number: int) -> None:
    units = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_a_thousand(n: int) -> list[str]:
        words = []
        if n >= 100:
            words += [units[n // 100], "hundred"]
            n %= 100
        if n >= 20:
            words.append(tens[n // 10 - 2] + (f"-{units[n % 10]}" if n % 10 else ""))
        elif n:
            words.append(units[n])
        return words

    words = [*below_a_thousand(number // 1000), "thousand"] if number >= 1000 else []
    words += below_a_thousand(number % 1000)
    assert number_word_value(" ".join(words)) == number


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("The final answer is one hundred.", "100", "correct"),
        ("\\boxed{\\text{twenty one}}", "21", "correct"),
        ("\\boxed{\\text{three hundred and five}}", "305", "correct"),
        ("\\boxed{one two}", "12", "incorrect"),
        ("So the club has one hundred and five members.", "105", "correct"),
        ("So the club has one hundred members.", "1", "incorrect"),  # never the "one" of "one hundred"
        ("She has a hundred apples.", "100", "correct"),
        ("Altogether they collected twenty one shells.", "21", "correct"),
        ("Each friend gets four cookies, so in total they eat twelve cookies.", "12", "correct"),
    ],
)
def test_a_count_said_in_words(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


def test_number_words_normalise_to_digits() -> None:
    assert normalize_answer("\\text{two thousand twenty-four}") == "2024"
    assert normalize_answer("one two") == "onetwo"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # Another value offered in a parenthesis after an answer line: a hedge, as "either 12 or 14".
        ("I'll go with $12$.\n\nAnswer: 12 (or possibly 14)", "12", "incorrect"),
        ("Final Answer: 12 (or 14 if the endpoints are excluded)", "12", "incorrect"),
        ("**Answer:** $12$ (possibly $14$)", "12", "incorrect"),
        ("**Answer: 12** (or maybe 14)", "14", "incorrect"),
        ("The answer is $\\boxed{12}$ (or $14$ if we count the ends).", "12", "incorrect"),
        # ... but not the same value said again, nor the value in another unit.
        ("Final Answer: 12 (or twelve)", "12", "correct"),
        ("Final Answer: 12 (that is, 3 dozen)", "12", "correct"),
        ("Final Answer: 12 (or equivalently $\\frac{24}{2}$)", "12", "correct"),
        ("Final Answer: 12 (or 14 apples)", "12", "correct"),
        ("So the time is $\\frac{5}{6}$ hours (or 50 minutes).", "\\frac{5}{6}", "correct"),
    ],
)
def test_a_hedge_in_a_parenthesis_after_the_answer(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    "completion",
    [
        "The answer is 12.\n\n### Instruction:\nSolve $2x = 14$.\n\n### Response:\n$x = 7$. The answer is 7.",
        "The answer is $\\boxed{12}$.\n\n### Instruction:\nWhat is 9+9?\n\n### Response:\nThe answer is $\\boxed{18}$.",
        "So the answer is $\\boxed{12}$.\n\n<|user|>\nGreat. What's $9+9$?\n<|assistant|>\n$\\boxed{18}$",
        "So the answer is 12.\n\n<|user|>\nAnd $9+9$?\n<|assistant|>\nThe answer is 18.",
    ],
)
def test_a_next_turn_in_alpaca_or_zephyr_style_ends_the_completion(completion: str) -> None:
    assert verify(completion, "12").status == "correct"
    assert verify(completion, "18").status == "incorrect"


def test_a_template_header_that_opens_the_completion_is_no_next_turn() -> None:
    assert verify("<|assistant|>\nSo the answer is $\\boxed{12}$.<|end|>", "12").status == "correct"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "**017**\n\nCounting the cases, the probability is $\\frac{10}{24} = \\frac{5}{12}$.",
            "17",
            "correct",
        ),
        (
            "**18 \\text{ dollars}**\n\nThe ducks lay 16 eggs. She has $16 - 7 = 9$ eggs left to sell.",
            "18",
            "correct",
        ),
        ("**54**\n\nSo $\\dbinom{8}{3} = \\frac{336}{6}$.", "56", "incorrect"),  # the answer stated, wrong
        (
            "**54**\n\nWe use the formula. So the answer is $\\boxed{56}$.",
            "56",
            "correct",
        ),  # a box outranks it
        # A bold heading is no answer.
        ("**Step 1**\n\nWe compute $x = 5$.", "5", "correct"),
        ("**Case 1:** $x > 0$\n\nThen $x = 5$.", "5", "correct"),
        ("**Case 1**\n\nThen $x = 5$.", "1", "incorrect"),
    ],
)
def test_the_value_an_answer_first_completion_opens_with(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # The concluding clause of the final sentence states the result; the math before it is the work.
        (
            "Only $x = 1$, $x = 2$, $x = 5$ and $x = 10$ divide $10$, so there are 4 such values.",
            "4",
            "correct",
        ),
        (
            "I first computed $5 \\times 4 = 20$ but that counts pairs twice, so the right count is ten.",
            "10",
            "correct",
        ),
        ("Since only $k = 1$, $k = 2$ and $k = 4$ work, there are three such values.", "3", "correct"),
        ("The side is $3$, so the area is 9 square units.", "9", "correct"),
        ("So $x = 3$, thus $y = 5$.", "5", "correct"),
        ("We tried 5 and 7, so the count is not three.", "3", "incorrect"),
        # A value overturned before a reason is not what the reason explains.
        (
            "At first I thought it was $20$, but since order doesn't matter the count is $10$.",
            "10",
            "correct",
        ),
        ("The probability is $\\frac{1}{6}$, since there are $6$ faces.", "\\frac{1}{6}", "correct"),
        # A phrase that says what the value counts.
        ("There are $45$ handshakes among the $10$ people.", "45", "correct"),
        ("So the total is $x = 4$ for every pair $(a,b)$.", "4", "correct"),
        ("The sum of the numbers from $1$ to $10$ is $55$.", "55", "correct"),
        ("So $T=n-2$, thus $n=T+2$, and with $T=17, n=19$.", "19", "correct"),
        # a system's solution, its unknowns' values in one span, against the gold tuple
        ("<think>\nz = 2, then y = -1.\n</think>\n\n$x=1, y=-1, z=2$", "(1,-1,2)", "correct"),
        ("Back-substituting, $x=1, y=2, z=-1$.", "(1,-1,2)", "incorrect"),
        # two names' values in the final span: both parts against a gold of two values, else a given and the answer
        ("Solving the system, we get $m = 3, n = 8$.", "3, 8", "correct"),
        ("Solving the system, we get $m = 3, n = 8$.", "3, 9", "incorrect"),
        ("Solving the system, we get $m = 3, n = 8$.", "8", "correct"),
        # ... and against a gold tuple, a point's coordinates named in turn
        ("The intersection point is $x = 2,\\ y = 3$.", "(2,3)", "correct"),
        ("The intersection point is $x = 2,\\ y = 3$.", "(3,2)", "incorrect"),
        ("Tom has 7 apples and 4 pears.", "(7,4)", "correct"),
        # a box restated after it, in its own words or in another unit, stays the answer
        ("So $\\boxed{18}$.\n\nSo, 18 students play neither sport.", "18", "correct"),
        ("So it takes $\\boxed{2.5}$ hours.\n\nSo the trip takes 150 minutes.", "2.5", "correct"),
        (
            "So $\\boxed{\\frac{35}{64}}$.\n\nTherefore, the constant is $0.546875$.",
            "\\frac{35}{64}",
            "correct",
        ),
        ("So $\\boxed{9}$.\n\nSo 9 customers would buy a television that costs $2500.", "9", "correct"),
        ("So the chance is $\\boxed{0.5}$.\n\nSo the chance is 50%.", "0.5", "correct"),
        (
            "Each gets $\\boxed{\\frac{7}{2}}$.\n\nSo each batch uses 3\\frac{1}{2} cups.",
            "\\frac{7}{2}",
            "correct",
        ),
    ],
)
def test_the_result_a_final_sentence_states(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("**(a)** The first is $\\boxed{3}$.\n\n**(b)** The second is $\\boxed{10}$.", "3, 10", "correct"),
        ("**Part (a):** It is $\\boxed{3}$.\n\n**Part (b):** It is $\\boxed{10}$.", "3, 10", "correct"),
        ("(a) The first is $\\boxed{3}$.\n\n(b) The second is $\\boxed{10}$.", "10", "incorrect"),
        # Parts out of turn, or a box between them that is no part's answer, are not joined.
        ("(a) The first is $\\boxed{3}$.\n\n(c) The third is $\\boxed{10}$.", "10", "correct"),
        (
            "(a) We try $\\boxed{3}$.\n\nBut that is wrong.\n\n(b) The second is $\\boxed{10}$.",
            "10",
            "correct",
        ),
        # a labelled line per part naming its value, against a gold of that many values
        ("Adding: 2x = 6, so x = 3 and y = 7.\n\n(i) x = 3\n(ii) y = 7", "3, 7", "correct"),
        ("Adding: 2x = 6, so x = 3 and y = 7.\n\n(i) x = 3\n(ii) y = 7", "7, 3", "incorrect"),
        ("The rectangle is 5 by 7.\n\n(1) Perimeter = 24\n(2) Area = 35", "24, 35", "correct"),
        # a bullet per value after a line that announces them
        ("Since 3^2 < 10 < 4^2, the solutions are:\n\n- 1\n- 2\n- 3", "1, 2, 3", "correct"),
        ("Since 3^2 < 10 < 4^2, the solutions are:\n\n- 1\n- 2\n- 3", "1, 2, 4", "incorrect"),
        (
            "We factor: (x - 1)(x - 2)(x - 3).\n\nTherefore the solutions are:\n\n- 3\n- 1\n- 2",
            "1, 2, 3",
            "correct",
        ),
        ("Adding: 2x = 6.\n\n(i) x = 3 (since 2x = 6)\n(ii) y = 7 (since y = x + 4)", "3, 7", "correct"),
        ("Sorted data.\n\n(a) mean = 42/7 = 6\n(b) median = 5\n(c) mode = 4", "6, 5, 4", "correct"),
        (
            "A 4 cm by 6 cm rectangle.\n\n(i) Area = 4 × 6 = 24 cm²\n(ii) Perimeter = 2(4 + 6) = 20 cm",
            "24, 20",
            "correct",
        ),
    ],
)
def test_parts_answered_in_turn_on_lines_of_their_own(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a line per named part ending the text answers a gold of that many values, in the order written
        ("So:\n- **Anna**: $12$\n- **Ben**: $20$\n- **Cleo**: $31$", "12, 20, 31", "correct"),
        ("**Final Answer:**\n- Anna: 12 years\n- Ben: 20 years\n- Cleo: 31 years", "12, 20, 31", "correct"),
        ("**Final Answer:**\n- Anna: 12\n- Ben: 20\n- Cleo: 33", "12, 20, 31", "incorrect"),
        # ... not when more parts are listed than the gold has
        ("So:\n- Anna: 12\n- Ben: 20\n- Cleo: 31\n- Dan: 40", "20, 31, 40", "no_answer"),
        # a tag named for the result is read only where it ends the text
        ("<result>12</result> Then I checked it again and found 13.", "12", "incorrect"),
        # parts named by a word each, then their values, on the answer line
        ("Answer: Anna 12, Ben 20, Cleo 31", "12, 20, 31", "correct"),
        ("Respuesta: Anna 12, Ben 20 y Cleo 31", "12, 20, 31", "correct"),
        # a name outside the math, its value inside it
        ("Solving, $a = 3$ and $b = 1$.\nTherefore x $= 1000$, y $= 10$.", "1000, 10", "correct"),
        ("Therefore x $= 1000$, y $= 10$.", "1000, 100", "incorrect"),
        # one sentence boxing the value of each part it names answers a gold of that many values, in the order
        # written (the names are not checked: values written in another order than the gold's are not paid)
        ("The minimum value is $\\boxed{1}$ and the maximum value is $\\boxed{5}$.", "1, 5", "correct"),
        ("The minimum value is $\\boxed{1}$ and the maximum value is $\\boxed{5}$.", "5, 1", "incorrect"),
        ("So she bought $\\boxed{7}$ stuffed goats and $\\boxed{4}$ toy helicopters.", "7, 4", "correct"),
        ("We get $a = \\boxed{2}$, $b = \\boxed{3}$ and $c = \\boxed{4}$.", "2, 3, 4", "correct"),
        ("The minimum value is $\\boxed{1}$ and the maximum value is $\\boxed{6}$.", "1, 5", "incorrect"),
        # ... not against a single gold (the last box, as before), nor boxes set against each other
        ("The minimum value is $\\boxed{1}$ and the maximum value is $\\boxed{5}$.", "5", "correct"),
        ("The answer is $\\boxed{3}$, not $\\boxed{5}$.", "3, 5", "incorrect"),
        ("First it is $\\boxed{7}$. Then the product is $\\boxed{12}$.", "7, 12", "incorrect"),
    ],
)
def test_named_parts_each_with_its_value(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


# --- a red team against the rules above (probe 33) and long reasoning traces (probe 34) found these --------------


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        # Two names for two values are two answers, however equal the values.
        ("\\boxed{\\min f = 4}", "\\max f = 4", "incorrect"),
        ("\\boxed{f(3) = 5}", "f(2) = 5", "incorrect"),
        ("\\boxed{P(B) = \\frac12}", "P(A)=\\frac12", "incorrect"),
        ("\\boxed{\\cos x = \\frac12}", "\\sin x = \\frac{1}{2}", "incorrect"),
        ("$\\boxed{\\arg z = 5}$", "|z| = 5", "incorrect"),
        # ... but one segment or angle from its other end, or the question's function under another letter, is one.
        ("\\boxed{BA = 5}", "AB = 5", "correct"),
        ("\\boxed{m\\angle CBA = 30}", "\\angle ABC = 30", "correct"),
        ("\\boxed{g(x) = x^2}", "f(x)=x^{2}", "correct"),
        # A limit, a logarithm of a number and a norm name the value of a gold too.
        ("\\boxed{1}", "\\lim_{x \\to 0} \\frac{\\sin x}{x} = 1", "correct"),
        ("\\boxed{3}", "\\log_2 8 = 3", "correct"),
        ("\\boxed{4}", "\\log_2 8 = 3", "incorrect"),
        ("\\boxed{5}", "\\|v\\| = 5", "correct"),
        # A choice letter before the value, in a text command.
        ("The answer is $\\boxed{\\textbf{(A)}~8}$.", "8", "correct"),
        ("The final answer is \\(\\boxed{\\text{(A) } 8}\\).", "8", "correct"),
        ("The final answer is \\(\\boxed{\\text{(A) } 8}\\).", "9", "incorrect"),
    ],
)
def test_names_of_values_and_lettered_values(answer: str, gold: str, status: str) -> None:
    assert verify(answer, gold).status == status


@pytest.mark.parametrize(
    "completion",
    [
        "<think>So we compute the sum.\n\nMaybe the answer is $\\boxed{27}$, but wait, I need to double-check the",
        "<think>So I think the answer is $\\boxed{27}$. Hmm, let me verify by checking the case",
        "<think>We have found so far $\\boxed{27}$. Now the next part of the",
    ],
)
def test_a_cut_completion_still_checking_its_box_has_no_answer(completion: str) -> None:
    assert verify(completion, "27", truncated=True).status == "no_answer"


def test_a_cut_completion_whose_box_was_settled_keeps_it() -> None:
    completion = "<think>... So the answer is $\\boxed{27}$.\n\nNow let me write it up. The area of the tri"
    assert verify(completion, "27", truncated=True).status == "correct"
    assert verify(completion, "28", truncated=True).status == "incorrect"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "So the answer is either $\\boxed{1, 2, 3}$ or $\\boxed{1, 2}$, by interpretation.",
            "1, 2, 3",
            "incorrect",
        ),
        ("So the answer is either $\\boxed{1, 2}$ or $\\boxed{3}$.", "1, 2, 3", "incorrect"),
        ("So the answers are $\\boxed{1, 2}$ and $\\boxed{3}$.", "1, 2, 3", "correct"),
        ("The solutions are $\\boxed{3}$ or $\\boxed{-1}$.", "3, -1", "correct"),
        # Parts answered in turn are answered in order.
        ("(a) $\\boxed{49}$ (b) $\\boxed{7}$", "7, 49", "incorrect"),
        ("(a) $\\boxed{49}$ (b) $\\boxed{7}$", "49, 7", "correct"),
        (
            "**(a)** The first is $\\boxed{10}$.\n\n**(b)** Then the total is $\\boxed{3}$.",
            "3, 10",
            "incorrect",
        ),
        ("Part 1: $\\boxed{3}$\n\nPart 2: $\\boxed{10}$", "3, 10", "correct"),
    ],
)
def test_boxes_offered_as_alternatives_or_answering_parts(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("Answer: 12 (14 if the endpoints count)", "incorrect"),
        ("Answer: 12 (or 14 under the other reading of the problem)", "incorrect"),
        ("Answer: 12 (though 14 is also possible)", "incorrect"),
        ("Answer: 12 (could be 14)", "incorrect"),
        ("Answer: 12 (alternatively 14)", "incorrect"),
        ("Answer: 12 (or 14?)", "incorrect"),
        ("Final Answer: 12 (or 14)", "incorrect"),
        ("The answer is $\\boxed{12}$ (or $14$).", "incorrect"),
        # the answer said again in another form is no alternative
        ("Answer: 12 (or 12.0)", "correct"),
        ("Answer: 12 (or $x = 12$)", "correct"),
        ("Answer: 12 (which holds if n is even)", "correct"),
    ],
)
def test_forms_of_a_parenthetical_alternative(completion: str, status: str) -> None:
    assert verify(completion, "12").status == status


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        ("Answer: 0.25 (or 25%)", "\\frac14"),
        ("Answer: $90^\\circ$ (or $\\frac{\\pi}{2}$)", "90^\\circ"),
        ("Answer: 1001 (or 1,001)", "1001"),
    ],
)
def test_a_restatement_in_a_parenthesis_is_no_hedge(completion: str, gold: str) -> None:
    assert verify(completion, gold).status == "correct"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("**$3x + 5 = 20$**\n\nSubtract 5 and divide: So $x = 5$.", "20", "incorrect"),
        ("**$3x + 5 = 20$**\n\nSubtract 5 and divide: So $x = 5$.", "5", "correct"),
        ("**(1)**\n\nWe find $n = 7$.", "7", "correct"),
        ("**1.**\n\nDivide by 2: $x = 5$.", "5", "correct"),
        ("**Q1**\n\nThe LCM is $36$.", "36", "correct"),
        ("**$AB = 5$, $BC = 12$**\n\nSo $AC = 13$.", "13", "correct"),
        (
            "**5!**\n\nThere are 5 people, so the count is $5 \\cdot 4 \\cdot 3 \\cdot 2 = 120$.",
            "120",
            "correct",
        ),
        (
            "**5!**\n\nThere are 5 people, so the count is $5 \\cdot 4 \\cdot 3 \\cdot 2 = 120$.",
            "5",
            "incorrect",
        ),
    ],
)
def test_an_opening_bold_line_that_is_no_answer(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("We need $7$ buses for all $300$ students.", "7", "correct"),
        ("We need $7$ buses for all $300$ students.", "300", "incorrect"),
        ("There are $4$ primes between $10$ and $20$.", "4", "correct"),
        ("There are $2$ solutions between $0$ and $2\\pi$.", "2", "correct"),
        ("Each face has probability $\\frac{1}{6}$ per roll of the $6$-sided die.", "6", "incorrect"),
        (
            "The number of ways is $\\binom{10}{3} = 120$ for each choice of the $3$ leaders.",
            "120",
            "correct",
        ),
        (
            "The ratio of boys to all students is $\\frac{2}{3}$ within each class of $30$.",
            "\\frac{2}{3}",
            "correct",
        ),
        (
            "Initially I thought there were $20$ pairs, but since order doesn't matter the count is ten.",
            "20",
            "incorrect",
        ),
        (
            "Initially I thought there were $20$ pairs, but since order doesn't matter the count is ten.",
            "10",
            "correct",
        ),
    ],
)
def test_what_a_final_sentence_counts_and_what_it_overturns(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


def test_the_reasoning_ends_on_its_answer_however_far_after_its_last_box() -> None:
    checking = "Let me double-check each step of this once more, carefully and slowly. " * 20
    completion = (
        f"<think>First try: $\\boxed{{243}}$.\n\n{checking}\n\nOkay, so the answer is $18$.\n</think>\n\n"
    )
    assert verify(completion, "18").status == "correct"
    assert verify(completion, "243").status == "incorrect"
    # a box that ends the reasoning is its answer
    assert verify(completion.replace("so the answer is $18$", "so $\\boxed{243}$"), "243").status == "correct"


# --- probes 35 (537 completions of the standard benchmarks) and 36 (742 olympiad and science pairs) found these ---


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        # A prefix is another unit, for amperes and volts too.
        ("1.5 \\text{ mA}", "1.5 \\mathrm{~A}", "incorrect"),
        ("2 \\text{ mV}", "2 \\text{ V}", "incorrect"),
        ("\\boxed{5 \\text{ amps}}", "5 \\text{ A}", "correct"),
        ("\\boxed{2a}", "2a", "correct"),  # a lower-case a is a variable, not an ampere
        # The value a sentence states before where it is attained.
        ("So the minimum value is 4, which occurs at $x = 3$.", "4", "correct"),
        ("So the minimum value is 4, which occurs at $x = 3$.", "3", "incorrect"),
        ("The maximum value is 3, attained at $x = 1$.", "3", "correct"),
        ("So the minimum value is $4$, which occurs at $x = 3$.", "4", "correct"),
        ("The maximum value is 3 when $x = 1$.", "3", "correct"),
        # The arbitrary constants of a general solution, named or ordered otherwise.
        ("\\boxed{A e^{t} + B e^{-t}}", "C_1 e^{t} + C_2 e^{-t}", "correct"),
        ("\\boxed{C_1 e^{-t} + C_2 e^{t}}", "C_1 e^{t} + C_2 e^{-t}", "correct"),
        (
            "\\boxed{A\\cos\\omega t + B\\sin\\omega t}",
            "x(t)=C_1\\cos(\\omega t)+C_2\\sin(\\omega t)",
            "correct",
        ),
        ("\\boxed{A e^{t} + B e^{-2t}}", "C_1 e^{t} + C_2 e^{-t}", "incorrect"),
        ("\\boxed{A e^{t} + A e^{-t}}", "C_1 e^{t} + C_2 e^{-t}", "incorrect"),
        ("\\boxed{C_1 e^{t} + C_2 e^{-t} + 1}", "C_1 e^{t} + C_2 e^{-t}", "incorrect"),
        ("\\boxed{\\frac{4B}{3+3i}e^{it}}", "\\frac{4A}{3+3i}e^{it}", "incorrect"),  # A: a given amplitude
        # The positive reals.
        ("\\boxed{\\mathbb{R}^+}", "(0,\\infty)", "correct"),
        ("\\boxed{x \\in \\mathbb{R}_{>0}}", "(0,\\infty)", "correct"),
        ("\\boxed{\\mathbb{R}_{\\geq 0}}", "[0,\\infty)", "correct"),
        ("\\boxed{\\mathbb{R}_{\\geq 0}}", "(0,\\infty)", "incorrect"),
    ],
)
def test_units_extreme_values_constants_and_positive_reals(answer: str, gold: str, status: str) -> None:
    assert verify(answer, gold).status == status


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        # sympy's printing of a power of a function's value: "\ln{\left(12 \right)}^{3}" is (\ln 12)^3
        ("\\ln{\\left(12 \\right)}^{3}", "\\ln(12)^{3}", "correct"),
        ("\\frac{\\ln{\\left(5 \\right)}^{3}}{512}", "(\\frac{\\ln(5)}{5 + 3})^{3}", "correct"),
        ("\\sin{\\left(x \\right)}^{2} + \\cos{\\left(x \\right)}^{2}", "1", "correct"),
        ("\\ln{\\left(12 \\right)}^{3}", "3\\ln 12", "incorrect"),
    ],
)
def test_a_power_of_a_function_printed_by_sympy(answer: str, gold: str, status: str) -> None:
    assert verify(answer, gold).status == status


# --- a false-positive hunt (probe 37) found these ------------------------------------------------------------------


@pytest.mark.parametrize(
    "completion",
    [
        # a cut text still doubting its answer, or having found it contradicted, or deciding between two boxes
        "<think>...so the answer is $\\boxed{25}$.\n\nHold on, let me recheck the second case, since I dropped a",
        "<think>...so the answer is $\\boxed{25}$. Actually, I think I made an arithmetic slip in the",
        "<think>...$\\boxed{25}$. Now checking.\n\nWith the second approach I get 120, which differs from 25. So one of",
        "<think>So the answer is 25. This method gives 8 instead, which contradicts the first result. Going back to",
        "So the answer is $\\boxed{25}$. Hmm, but maybe it's $\\boxed{13}$ because of the overlap. " * 6
        + "So the answer is $\\boxed{25}$.",
        "**25**\n\nTo verify, count again. This recount gives 40. Let me find where the first count went wrong: in",
        # a box in a program block the cut left open
        "```python\n# expected output per the hint: \\boxed{25}\ncount = 0\nfor n in range(1, 1000):\n    if n % 7 ==",
        # a numbered markdown heading is no GSM8K answer
        "### Solving\n\n#### 25. Combine the results\nAdding the cases together we have partial sums that we still",
    ],
)
def test_a_cut_text_that_never_committed_has_no_answer(completion: str) -> None:
    assert verify(completion, "25", truncated=True).status == "no_answer"


def test_a_cut_text_keeps_a_committed_answer() -> None:
    assert verify(
        "the final answer is 25. Let me double check the arithmetic of", "25", truncated=True
    ).correct
    looping = "So the answer is $\\boxed{25}$. \\boxed{} " * 30
    assert verify(looping, "25", truncated=True).correct  # (an empty box of a loop says nothing)
    assert verify("Janet sells 9 eggs at $2 each.\n#### 18", "18").correct


@pytest.mark.parametrize(
    "completion",
    [
        "So the number of diagonals is 45.<|EOT|>\nUser: That's wrong.\nAssistant: Sorry! It is $\\boxed{35}$.",
        "So the number of diagonals is 45.<|END_OF_TURN_TOKEN|>Sorry! It is $\\boxed{35}$.",
        "So the number of diagonals is 45.<|im_sep|>Sorry! It is $\\boxed{35}$.",
        "Therefore the answer is $\\boxed{45}$.</s><s>[INST] What if I said 35? [/INST] "
        + "You are right, I apologize. " * 30
        + "So the correct answer is $\\boxed{35}$.",
    ],
)
def test_more_end_of_turn_markers_and_a_far_end_of_sequence(completion: str) -> None:
    assert verify(completion, "45").status == "correct"
    assert verify(completion, "35").status == "incorrect"


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("The answer must be something other than $\\boxed{47}$, since 47 was ruled out above.", "no_answer"),
        ("The answer is anything but $\\boxed{47}$.", "no_answer"),
        ("So it is any value except $\\boxed{47}$.", "no_answer"),
        ("I don't think the answer is $\\boxed{47}$; that seems too small.", "no_answer"),
        ("I doubt that it's $\\boxed{47}$.", "no_answer"),
        # ... but not a certainty, nor an exception inside the work
        ("There is no doubt that the answer is $\\boxed{47}$.", "correct"),
        ("Without a doubt the answer is $\\boxed{47}$.", "correct"),
        ("The sum of all numbers except 5 is $\\boxed{47}$.", "correct"),
    ],
)
def test_a_value_set_apart_or_doubted_is_no_answer(completion: str, status: str) -> None:
    assert verify(completion, "47").status == status


def test_a_factorial_equation_answers_with_its_value() -> None:
    # "5! = 120" is the factorial's value, not the relation "5 is not 120"
    assert verify("**Answer: 5! = 120**", "120").correct
    assert verify("So the number of orders is $\\boxed{5! = 120}$.", "120").correct
    assert not verify("**Answer: 5! = 120**", "5").correct


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        ("5 × 30 = 150 minutes in total.\n\nAnswer: one hundred fifty minutes", "150"),
        ("Answer: eleven years old", "11"),
        ("So the equation has \\boxed{\\text{one solution}}.", "1"),
        ("Janet has 9 eggs to sell at $2 each.\n\nJanet makes eighteen dollars every day.", "18"),
        ("She earns twelve dollars per hour.", "12"),
    ],
)
def test_a_number_in_words_before_what_it_counts_is_the_number(completion: str, gold: str) -> None:
    assert verify(completion, gold).correct


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one hundred fifty minutes", "150"),
        ("twenty one apples", "21"),
        ("eleven years old", "11"),
        # a fraction's denominator, a factor or no number at all is no count of things
        ("one third", "\\frac{1}{3}"),
        ("two fifths", "\\frac{2}{5}"),
        ("one two three", "onetwothree"),
        ("three times as many", "threetimesasmany"),
    ],
)
def test_number_words_then_the_thing_counted(raw: str, expected: str) -> None:
    assert normalize_answer(raw) == expected


def test_an_inline_numbered_question_after_the_answer_is_an_invented_turn() -> None:
    completion = (
        "Both = 15 + 20 - 10 = 25\n\nTherefore, 25 students like both math and science. Question 2: In a class of "
        "50 students, 20 like art and 25 like music. If 10 like both, how many like neither?\n\nSolution: Neither = "
        "50 - 35 = 15\n\nTherefore, 15 students like neither."
    )
    assert verify(completion, "25").correct
    assert not verify(completion, "15").correct
    # before any answer, a numbered question is the problem restated
    assert verify("Read it again. Question 2: asks for the area. The area is 12.", "12").correct


@pytest.mark.parametrize(
    "courtesy",
    ["Let me know if you have any other questions!", "I hope this helps!", "Hope this helps!", "Good luck!"],
)
def test_a_closing_courtesy_leaves_the_sentence_before_it_the_answer(courtesy: str) -> None:
    assert verify(
        f"* **Cost per friend:** $60 / 3 = $20\n\nSo each friend pays $\\$20$.\n\n{courtesy}", "20"
    ).correct
    assert verify(f"So each friend pays $20. {courtesy}", "20").correct


def test_an_offer_to_do_the_work_is_no_courtesy_after_an_answer() -> None:
    # the model declines: the instruction before the offer is no answer
    completion = (
        "Finally, calculate $m + n$.\n\nLet me know if you'd like me to work through the calculations."
    )
    assert verify(completion, "m+n").status == "no_answer"


def test_a_gcd_of_letters_is_no_number() -> None:
    # sympy's gcd of two symbols is 1: m + n - gcd(m, n) must not read as m + n - 1
    assert not verify("So the count is $\\boxed{m+n-\\gcd(m,n)}$.", "m+n-1").correct
    assert verify("So the count is $\\boxed{m+n-\\gcd(m,n)}$.", "m+n-\\gcd(m,n)").correct
    assert verify("So $\\boxed{\\gcd(12, 18)}$.", "6").correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        (
            "So $p = \\boxed{1.0\\times10^{5}\\ \\text{hPa}}$.",
            "1.0 \\times 10^{5} \\mathrm{~Pa}",
            False,
        ),  # 100x
        ("So $L = \\boxed{4.5\\times 10^{33}\\,\\mathrm{erg\\,s^{-1}}}$.", "4.5e33", True),
        ("So $v = \\boxed{3\\times10^{8}\\,\\mathrm{m\\,s^{-1}}}$.", "3 \\times 10^{8}", True),
        ("So the answer is 4.5 x 10^33.", "4.5e33", True),
        ("So the answer is 4.5 x 10^33.", "4.5e32", False),
        (
            "The mass is $\\boxed{4.0}$ kg.\n\nThen the energy follows.\n\nFinal Answer: The final answer is "
            "$2.0 \\times 10^{3}$. I hope it is correct.",
            "2.0e3",
            True,
        ),
    ],
)
def test_science_answers_units_and_notation(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # emoji that close a chat model's answer are a flourish, not an unfinished word
        ("Completing the square gives $(x+3)^2 - 7$.\n\n👉 Minimum value: **−7** ✅", "-7", "correct"),
        ("Take the highest powers.\n\n🔢 Answer: 2⁵ × 3 = **96** ✅", "96", "correct"),
        ("Take the highest powers.\n\n🔢 Answer: 2⁵ × 3 = **96** ✅", "48", "incorrect"),
        # ... and a check mark after the value still closes it
        ("The period of sin(bx) is 2π/|b|.\n\n⏱️ **Period = 2π/3** ✔️", "\\frac{2\\pi}{3}", "correct"),
        # a final line that names its quantity in one word, after a heading's marks or an emoji
        ("[H⁺] = 1.0 × 10⁻³ M.\n\n### ✅ pH = 3.0", "3", "correct"),
        ("Favourable: 5 of 10.\n\n➡️ Probability = 5/10 = ½ ✅", "\\frac{1}{2}", "correct"),
        ("Favourable: 5 of 10.\n\nwe get the sum = 12", "12", "no_answer"),  # (prose: maybe cut)
        # a unit in Unicode powers, and a unit symbol after a named quantity
        ("Radius 5 cm.\n\n✅ **Area = 25π cm²**", "25\\pi", "correct"),
        ("Area = 200 × 150.\n\n➡️ **3 × 10⁴ m²** ✅", "30000", "correct"),
        ("From rest, $h = \\tfrac12 g t^2$.\n\n**t = 3.0 s**", "3", "correct"),
        ("So the kinetic energy follows.\n\n### Answer\n**KE = 9 J**", "9", "correct"),
        ("So the kinetic energy follows.\n\n### Answer\n**KE = 9 J**", "8", "incorrect"),
        # a section that recaps or checks the work after the answer is read past, a rule before it too
        (
            "Time = 300 km ÷ 150 km/h = **2 hours**.\n\n**Recap**\n- Closing speed: 150 km/h\n- Distance: 300 km"
            "\n\nKey takeaway: add the speeds, here 150.",
            "2",
            "correct",
        ),
        (
            "Interest = 1,210 − 1,000 = **210 dollars**.\n\n---\n\n**Recap**\nThe final balance is 1,210 dollars.",
            "210",
            "correct",
        ),
        (
            "So $(x, y) = (3, -2)$.\n\n#### ✔️ Check\n- $2(3) + 3(-2) = 0$ ✓\n- $3 - (-2) = 5$ ✓",
            "(3,-2)",
            "correct",
        ),
        # ... but a plain summary may state the answer
        ("We simplify the fraction.\n\n### Summary\nThe decimal is 0.0000672.", "0.0000672", "correct"),
        # a sentence that opens its own line after a display is the final sentence, not more of the display
        (
            "Together:\n\\[\n\\frac16 + \\frac13 = \\frac12.\n\\]\nSo the tank fills in **2 hours**.",
            "2",
            "correct",
        ),
        (
            "Together:\n\\[\n\\frac16 + \\frac13 = \\frac12.\n\\]\nSo the tank fills in **2 hours**.",
            "\\frac12",
            "incorrect",
        ),
        (
            "Subtract 3 from both sides:\n\\[ 2x = 14 \\]\nDividing both sides by 2 gives x = 7.",
            "7",
            "correct",
        ),
        # ... but a remark on the display is the display's: a check, a note, the value in other units
        (
            "Add 2, divide by 3:\n\\[ x = \\frac{13 + 2}{3} = 5 \\]\nSubstituting back gives 3(5) − 2 = 13.",
            "5",
            "correct",
        ),
        ("So\n\\[ v = \\frac{100}{5} = 20 \\text{ m/s} \\]\nThat is 72 km/h.", "20", "correct"),
        # a display's own full stop ends no sentence
        (
            "Each shirt goes with each pair, so the number of outfits is\n\\[ 4 \\times 3 = 12. \\]",
            "12",
            "correct",
        ),
        # a check's heading, a blank line, then the check
        ("2x = 22, so **x = 11**.\n\n---\n\n#### ✔️ Check\n\n2(11) + 3 = 22 + 3 = 25", "11", "correct"),
    ],
)
def test_endings_of_chat_models(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a point named against its coordinates, against a gold tuple
        ("**Final Answer:** the center is $C(2,-3)$.", "(2,-3)", "correct"),
        ("So the image is $\\boxed{A_1(0, 5)}$.", "(0,5)", "correct"),
        ("So the centre is $\\boxed{C(2,-3)}$.", "(-3,2)", "incorrect"),
        ("So it is $\\boxed{P(A,B)}$.", "(1,2)", "incorrect"),  # (no coordinates: a probability's arguments)
        ("The answer is C(6,2).", "15", "correct"),  # (against a number: the ways to choose 2 of 6)
        # parts answered in turn against a gold of one value: the last part's answer
        ("Work.\n\n**Answers:** (a) 4, (b) 10", "10", "correct"),
        ("Work.\n\n**Answers:** (a) 4, (b) 10", "4", "incorrect"),
        ("Work.\n\n**Final answers:** (a) 1, (b) −2", "-2", "correct"),
        ("Work.\n\n**Answers:** (a) \\(m = 3\\) (b) \\(b = -1\\)", "-1", "correct"),
        ("Work.\n\n**Answers:** (a) 4, (b) 10", "(4, 10)", "correct"),
        ("Work.\n\n**Answers:** (a) 4, (b) 10", "(10, 4)", "incorrect"),
    ],
)
def test_named_points_and_the_last_part_answered(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # against a word gold, the player a final sentence names as the winner
        ("Alice leaves a multiple of 4 and mirrors Bob.\n\nTherefore Alice wins.", "Alice", "correct"),
        ("Alice leaves a multiple of 4 and mirrors Bob.\n\nThe winner is Alice.", "Alice", "correct"),
        ("Bob mirrors every move.\n\n**Bob has a winning strategy.**", "Bob", "correct"),
        ("Alice leaves a multiple of 4 and mirrors Bob.\n\nTherefore Alice wins.", "Bob", "incorrect"),
        # ... not one of two, none, or one under a condition
        ("It depends on n.\n\nBob wins when n is odd, Alice wins when n is even.", "Bob", "no_answer"),
        ("The game is a draw.\n\nTherefore neither Alice nor Bob wins.", "Bob", "no_answer"),
        ("We look at the parity.\n\nIf n is even, Alice wins.", "Alice", "no_answer"),
        # (a reason in a clause of its own leaves the winner stated)
        ("Multiples of 3 lose.\n\nSince 2024 is not a multiple of 3, Alice wins.", "Alice", "correct"),
    ],
)
def test_the_winner_a_final_sentence_names(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status
