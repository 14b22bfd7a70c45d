"""Readings the forty-fourth session's blind probes (432-454) found missing: domains written as the points a variable
is not and ranges as a bound on the function's value, measured quantities in other units, answers marked as RL loops
and other languages mark them, small models' final lines, dates, Chinese numerals, olympiad forms, choices named in
other ways, currencies of other countries. Each kind has a twin that goes the other way, so a rule that reads every
such answer as right, or none, fails."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify

_COMPLETIONS = {
    "another unit of the gold's kind": [
        ("$$\\boxed{t_H \\approx 1.4\\times10^{10}\\ \\text{yr}}$$", "4.4 \\times 10^{17} \\text{ s}", True),
        ("$$\\boxed{\\theta_2 \\approx 0.491\\ \\text{rad}}$$", "28.1^\\circ", True),
        ("$$\\boxed{18{,}000\\ \\text{m}}$$", "18 \\text{ km}", True),
        # ... a value that rounds otherwise, or another kind of quantity
        ("$$\\boxed{t_H \\approx 1.6\\times10^{10}\\ \\text{yr}}$$", "4.4 \\times 10^{17} \\text{ s}", False),
        ("$$\\boxed{\\theta_2 \\approx 0.52\\ \\text{rad}}$$", "28.1^\\circ", False),
        ("$$\\boxed{18{,}000\\ \\text{m}}$$", "18 \\text{ m}", False),
        ("$$\\boxed{0.491\\ \\text{s}}$$", "28.1^\\circ", False),
    ],
    "a unit or a power written in plain text": [
        ("**Answer: 70 dB**", "70 \\text{ dB}", True),
        ("The level is 70 decibels.", "70", True),
        ("The answer is 1.2*10^(-3) A.", "1.2 \\times 10^{-3} \\text{ A}", True),
        ("**Answer: 80 dB**", "70 \\text{ dB}", False),
        ("The answer is 1.2*10^(-4) A.", "1.2 \\times 10^{-3} \\text{ A}", False),
    ],
    "scientific notation ending a sentence": [
        ("t = 2 × 5730 = 11,460 years.\n\n**The charcoal is about 1.146 × 10⁴ years old.**", "11460", True),
        ("So the sample is about 1.146 \\times 10^4 years old.", "11460", True),
        ("So the sample is about 1.146 × 10⁴ years old.", "1146", False),
        ("So the sample is about 1.146 × 10³ years old.", "11460", False),
    ],
    "a sentence or a mark inside the answer": [
        ('{"answer": "The total is 36 apples"}', "36", True),
        ("<think>\n40 - 25 = 15\n</think>\n<answer>#### 15</answer>", "15", True),
        ("Listing the primes: 2, 3, 5, 7, 11, 13, 17.\n\n```answer\n17\n```", "17", True),
        ('{"answer": "The total is 36 apples"}', "9", False),
        ("<think>\n40 - 25 = 15\n</think>\n<answer>#### 15</answer>", "25", False),
        ("Listing the primes: 2, 3, 5, 7, 11, 13, 17.\n\n```answer\n13\n```", "17", False),
    ],
    "an answer in another language": [
        ("**الجواب: بعد ١٢ سنة.**", "12", True),
        ("**Ergebnis:** 12 cm²", "12", True),
        ("De btw is € 300.\n\nAntwoord: € 1.500", "1500", True),
        ("Logo, o MDC de 54 e 72 é dezoito.", "18", True),
        ("**الجواب: بعد ١٢ سنة.**", "36", False),
        ("**Ergebnis:** 12 cm²", "7", False),
        ("De btw is € 300.\n\nAntwoord: € 1.500", "1.5", False),
        ("Logo, o MDC de 54 e 72 é dezoito.", "72", False),
        # a correction in Vietnamese after the box: the value it settles on
        (
            "Vậy giới hạn bằng $\\boxed{3}$.\n\nKhoan đã, mình đã nhầm. Vậy đáp án đúng là $\\frac{1}{3}$.",
            "3",
            False,
        ),
        (
            "Vậy giới hạn bằng $\\boxed{3}$.\n\nKhoan đã, mình đã nhầm. Vậy đáp án đúng là $\\frac{1}{3}$.",
            "\\frac{1}{3}",
            True,
        ),
    ],
    "how long, after 'for', ending the sentence": [
        ("Total: 2 × 60 + 25 = 145 minutes.\n\nLily practices for 145 minutes.", "145", True),
        ("72 + 6 = 78 hours\n\nThe candle burns for 78 hours.\nThe candle burns for 78 hours.", "78", True),
        ("Lily practices for 145 minutes.", "25", False),
        # (before another value, its circumstance)
        ("The bus drives for 3 hours, covering 150 miles.", "3", False),
    ],
    "a number alone on the last line": [
        ("Total she has: 50 + 15 + 30 = 95.\nShe needs 100 - 95 = 5 more dollars.\n5", "5", True),
        ("She needs 100 - 95 = 5 more dollars.\n5", "95", False),
        # (the next item of a numbered list, cut off; a line after a bare number)
        ("Steps:\n1. Add them.\n2", "2", False),
        ("The total is 12\n5", "5", False),
    ],
    "a date": [
        (
            "- Need 90 - 75 = 15 more days into April\n\nThe subscription ends on **April 15, 2023**.",
            "\\text{April 15, 2023}",
            True,
        ),
        ("The subscription ends on April 15, 2023.", "\\text{April 15, 2023}", True),
        ("His birthday is March 3rd.", "\\text{March 3}", True),
        ("The subscription ends on April 15.", "15", True),
        ("The subscription ends on April 15, 2023.", "\\text{April 16, 2023}", False),
        ("The subscription ends on April 15.", "16", False),
        ("The subscription ends on April 15, 2023.", "2023", False),
    ],
    "a worked example the completion opens with": [
        (
            "Example:\nQ: What is 3 + 4?\nA: 7\n\nNow the real question.\nQ: If 3x + 2 = 23, what is x?\n"
            "A: 3x = 25, so x = 25/3.\n\nThe answer is $\\boxed{\\frac{25}{3}}$.",
            "\\frac{25}{3}",
            True,
        ),
        (
            "Example:\nQ: What is 3 + 4?\nA: 7\n\nNow the real question.\nQ: If 3x + 2 = 23, what is x?\n"
            "A: 3x = 25, so x = 25/3.\n\nThe answer is $\\boxed{\\frac{25}{3}}$.",
            "7",
            False,
        ),
        # (not an answer that an invented question follows)
        (
            "The answer is 12.\n\nQuestion: Tom has 3 apples and buys 4 more. How many?\nAnswer: 7.",
            "7",
            False,
        ),
    ],
    "a unit of a Spanish geometry answer": [
        ("Por lo tanto, la hipotenusa mide $\\boxed{5 \\text{ u}}$.", "5", True),
        ("Por lo tanto, la hipotenusa mide $\\boxed{6 \\text{ u}}$.", "5", False),
    ],
    "numerals with a sign, a decimal point, a mixed number or a percent": [
        ("$-8 \\div 4 = -2$。\n\n所以答案是负二。", "-2", True),
        ("所以摸到红球的概率是 $2 \\div 3$。\n\n所以摸到红球的概率是三分之二。", "\\frac{2}{3}", True),
        ("答：每段长二又三分之一米。", "\\frac{7}{3}", True),
        ("答：晚上的气温是零下5摄氏度。", "-5", True),
        ("答：这个水箱最多能装水六十升。", "60", True),
        ("$-8 \\div 4 = -2$。\n\n所以答案是负二。", "2", False),
        ("所以摸到红球的概率是三分之一。", "\\frac{2}{3}", False),
        ("答：每段长二又三分之一米。", "\\frac{1}{3}", False),
        ("答：晚上的气温是零下5摄氏度。", "5", False),
    ],
    "the count an answer sentence ends on": [
        ("120 × 10 = 1200（个）\n\n答：10天一共生产一千二百个零件。", "1200", True),
        ("答：8天一共生产1万2千个零件。", "12000", True),
        ("答：10天一共生产一千二百个零件。", "10", False),
        # (not a hedge, a range or a quantity in two units)
        ("所以它的周长为13或17。\n\n故答案为：13或17", "17", False),
        ("答：大约需要6到7条船。", "7", False),
        ("答：2小时30分钟。", "2.5", True),
        # (nor a numeral inside a word: "三位数", three-digit numbers)
        ("由乘法原理，共有 4×4×3＝48（个）。\n\n答：可以组成48个没有重复数字的三位数。", "48", True),
    ],
    "a remark that the answer is plausible, after it": [
        (
            "$$6000 = 60r$$\n\nThe larger gear turns at **100 rpm**. This makes sense: a bigger gear turns more slowly.",
            "100",
            True,
        ),
        ("The larger gear turns at 100 rpm. That seems reasonable.", "100", True),
        ("The larger gear turns at 100 rpm. That seems reasonable.", "150", False),
        # (a remark with numbers of its own is read)
        ("So x = 100. This makes sense because 3 > 2.", "100", False),
    ],
    "a physics formula as written": [
        # a font switch in a subscript keeps the subscript whole
        (
            "$$\\boxed{L = 4\\pi\\sigma R^{2}T_{\\rm eff}^{4}}$$",
            "4\\pi R^{2}\\sigma T_{\\mathrm{eff}}^{4}",
            True,
        ),
        (
            "$$\\boxed{L = 4\\pi\\sigma R^{2}T_{\\rm eff}^{2}}$$",
            "4\\pi R^{2}\\sigma T_{\\mathrm{eff}}^{4}",
            False,
        ),
        # a name with a command for its subscript before an estimate's sign: the value after it
        ("$$\\boxed{B_\\lambda \\approx \\frac{2 c k T}{\\lambda^{4}}}$$", "\\frac{2ckT}{\\lambda^4}", True),
        ("$$\\boxed{B_\\lambda \\approx \\frac{2 c k T}{\\lambda^{5}}}$$", "\\frac{2ckT}{\\lambda^4}", False),
        # names of constants in prose after a display are no answer
        (
            "$$x(t) = c_1e^{-t}\\cos(2t) + c_2e^{-t}\\sin(2t),$$\n\nwith $c_1, c_2$ arbitrary real constants.",
            "c_1, c_2",
            False,
        ),
    ],
    "an amount in the currency of its country": [
        ("So the flat costs ₹54 lakh.", "5400000", True),
        ("So the flat costs ₹54 lakh.", "540000", False),
        ("The total is Rp 12.500.", "12500", True),
        ("The total is Rp 12.500.", "12.5", False),
        ("The total is 12.500 kg.", "12.5", True),
        # a currency's sign or letters before the amount, as the countries of word problems write them
        ("**Chioma's profit for the day is ₦28,000.**", "28000", True),
        ("**Aling Rosa spends ₱735.00 in total.**", "735", True),
        ("The profit is GH₵600.", "600", True),
        ("The answer is Rs.72.", "72", True),
        ("The answer is EGP 1,710.", "1710", True),
        ("**Chioma's profit for the day is ₦28,000.**", "700", False),
        ("The answer is Rs.72.", "7.2", False),
        ("The answer is EGP 1,710.", "1.71", False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_COMPLETIONS))
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    verdict = verify(completion, gold)
    assert verdict.correct is correct, verdict


_BOXED_ANSWERS = {
    "excluded points": [
        ("x \\neq -4, x \\neq -2", "(-\\infty,-4)\\cup(-4,-2)\\cup(-2,\\infty)", True),
        ("x \\ne -4 \\text{ and } x \\ne -2", "(-\\infty,-4)\\cup(-4,-2)\\cup(-2,\\infty)", True),
        ("x \\neq 3", "(-\\infty,3)\\cup(3,\\infty)", True),
        ("x \\neq 3", "x \\neq 3", True),
        # ... another point, a point too few, or points of two variables
        ("x \\neq 3", "(-\\infty,2)\\cup(2,\\infty)", False),
        ("x \\neq -4", "(-\\infty,-4)\\cup(-4,-2)\\cup(-2,\\infty)", False),
        ("x \\neq -4, y \\neq -2", "(-\\infty,-4)\\cup(-4,-2)\\cup(-2,\\infty)", False),
    ],
    "a bound on the function's value": [
        ("f(x) \\geq 2", "[2,\\infty)", True),
        ("g(x) > -1", "(-1,\\infty)", True),
        ("h(t) \\le 5", "(-\\infty,5]", True),
        # ... another bound, or the bound the other way
        ("f(x) \\geq 2", "[3,\\infty)", False),
        ("f(x) > 2", "[2,\\infty)", False),
        ("f(x) \\leq 2", "[2,\\infty)", False),
    ],
    "a family whose gold declares the field of its constant": [
        ("f(x)=kx", "f(x)=cx,\\ c\\in\\mathbb{R}", True),
        ("f(x)=cx", "f(x)=cx,\\ c\\in\\mathbb{R}", True),
        ("f(x)=kx,\\ k\\in\\mathbb{R}", "f(x)=cx,\\ c\\in\\mathbb{R}", True),
        ("f(x)=x+c", "f(x)=x+c,\\ c\\in\\mathbb{R}", True),
        # ... only some of them (its constant an integer), another field, or another family
        ("f(x)=kx,\\ k\\in\\mathbb{Z}", "f(x)=cx,\\ c\\in\\mathbb{R}", False),
        ("f(x)=kx,\\ k\\in\\mathbb{Q}", "f(x)=cx,\\ c\\in\\mathbb{R}", False),
        ("f(x)=kx^2", "f(x)=cx,\\ c\\in\\mathbb{R}", False),
        ("f(x)=x", "f(x)=x+c,\\ c\\in\\mathbb{R}", False),
    ],
    "names set equal to one value in a list": [
        ("x=y=1, z=2", "(1,1,2)", True),
        ("x=y=1, z=2", "x=1,y=1,z=2", True),
        ("x=y=1, z=3", "(1,1,2)", False),
        ("x=y=1, z=2", "(1,2,2)", False),
    ],
    "a piecewise value whose conditions end in punctuation": [
        (
            "\\begin{cases}(-1)^{n/2}\\dbinom{n}{n/2}, & n \\text{ even},\\\\ 0, & n\\text{ odd}.\\end{cases}",
            "\\begin{cases}(-1)^{n/2}\\binom{n}{n/2} & n\\text{ even}\\\\ 0 & n\\text{ odd}\\end{cases}",
            True,
        ),
        (
            "\\begin{cases}(-1)^{n/2}\\dbinom{n}{n/2}, & n \\text{ odd},\\\\ 0, & n\\text{ even}.\\end{cases}",
            "\\begin{cases}(-1)^{n/2}\\binom{n}{n/2} & n\\text{ even}\\\\ 0 & n\\text{ odd}\\end{cases}",
            False,
        ),
    ],
    "a vector in angle brackets typed as plain text": [
        ("<3, 1, -2>", "\\begin{pmatrix} 3 \\\\ 1 \\\\ -2 \\end{pmatrix}", True),
        ("<3, 1, 2>", "\\begin{pmatrix} 3 \\\\ 1 \\\\ -2 \\end{pmatrix}", False),
    ],
    "roots with a connector or a remark": [
        ("x = 2 \\text{ o } x = 3", "2, 3", True),  # Spanish "or" between two equations for x
        ("x = 2 o x = 4", "2, 3", False),
        ("x = 1 \\text{ (double root)}, x = -2", "1, -2", True),
        ("x = 1 \\text{ (double root)}, x = -2", "1, 2", False),
        ("x = -1 \\text{ (local max)}, x = 1 \\text{ (local min)}", "x = \\pm 1", True),
    ],
}


@pytest.mark.parametrize(("answer", "gold", "correct"), table_params(_BOXED_ANSWERS))
def test_the_verdict_on_a_boxed_answer(answer: str, gold: str, correct: bool) -> None:
    verdict = verify(f"Hence\n$$\\boxed{{{answer}}}$$", gold)
    assert verdict.correct is correct, verdict


@pytest.mark.parametrize(
    ("display", "correct"),
    [
        ("(x,y)=(2,-1)\\quad\\text{and}\\quad(x,y)=(-2,1).", True),
        ("(x,y)=(2,-1)\\quad\\text{and}\\quad(x,y)=(2,1).", False),
        # the value named before a piecewise display
        (
            "\\sum_{k} a_k=\\begin{cases}(2,-1), & n \\text{ even},\\\\ (-2,1), & n\\text{ odd}.\\end{cases}",
            False,
        ),
    ],
)
def test_the_values_a_final_display_gives(display: str, correct: bool) -> None:
    completion = f"Note that $(x+iy)^2=(2-i)^2$, so the real solutions are\n\n$${display}$$"
    verdict = verify(completion, "(x,y)=(\\pm 2,\\mp 1)")
    assert verdict.correct is correct, verdict


_SPANISH_CHOICES = "Si $3x-7=2x+5$, ¿cuánto vale $x$?\nA) 2  B) 10  C) 12  D) -2"
_FULL_WIDTH_CHOICES = "若直角三角形的两条直角边长分别为 $6$ 和 $8$，则斜边上的高为（　　）\nA. $4.8$　　B. $5$　　C. $10$　　D. $24$"
_LOWER_CASE_CHOICES = "How many edges does a cube have?\n(a) 8  (b) 12  (c) 6  (d) 24"


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        # an option named with its article or the word for a letter, in the languages of the answer
        ("$x = 12$.\n\nLa respuesta correcta es la (C).", _SPANISH_CHOICES, "C", True),
        ("$x = 12$.\n\nPortanto, a alternativa correta é a letra C.", _SPANISH_CHOICES, "C", True),
        ("$x = 12$.\n\nQuindi la risposta corretta è la (C).", _SPANISH_CHOICES, "C", True),
        ("$x = 12$.\n\nLa respuesta correcta es la (B).", _SPANISH_CHOICES, "C", False),
        ("$x = 12$.\n\nPortanto, a alternativa correta é a letra B.", _SPANISH_CHOICES, "C", False),
        # choices set apart by full-width spaces: the value answers its letter
        ("解得 $h=4.8$。\n\n所以斜边上的高为 $\\boxed{4.8}$。", _FULL_WIDTH_CHOICES, "A", True),
        ("解得 $h=5$。\n\n所以斜边上的高为 $\\boxed{5}$。", _FULL_WIDTH_CHOICES, "A", False),
        # a choice's letter in the other case than the gold's, where the problem labels them in lower case
        ("A cube has 12 edges.\n\n$\\boxed{B}$", _LOWER_CASE_CHOICES, "b", True),
        ("A cube has 12 edges.\n\n$\\boxed{C}$", _LOWER_CASE_CHOICES, "b", False),
    ],
)
def test_a_choice_named_in_another_way(completion: str, problem: str, gold: str, correct: bool) -> None:
    verdict = verify(completion, gold, problem=problem)
    assert verdict.correct is correct, verdict


def test_a_final_phrase_after_the_box_whose_reason_names_what_is_asked() -> None:
    problem = "The probability is $\\frac{m}{n}$, where $m$ and $n$ are relatively prime positive integers. Find $m+n$."
    completion = "So the probability is $\\frac{9}{64}$.\n\n$$\\boxed{\\frac{9}{64}}$$\n\nSince the problem asks for $m+n$, the final answer is $73$."
    assert verify(completion, "73", problem=problem).correct is True
    assert verify(completion, "\\frac{9}{64}", problem=problem).correct is False
    # (the question restated after the phrase is no answer over the box)
    restated = "$$\\boxed{18}$$\n\n**Final answer:**\n\nWe were asked how many of the 40 students passed."
    assert verify(restated, "18").correct is True


@pytest.mark.parametrize(
    ("answer", "correct"),
    [
        ("\\frac{2\\sqrt{2}+\\sqrt{3}}{\\sqrt{2}+\\sqrt{3}}", False),
        ("\\sqrt{6}-1", True),
        ("-1+\\sqrt{6}", True),
    ],
)
def test_a_denominator_the_problem_asks_to_rationalize(answer: str, correct: bool) -> None:
    problem = "Rationalize the denominator of $\\frac{\\sqrt{8}+\\sqrt{3}}{\\sqrt{2}+\\sqrt{3}}$. Express your answer in simplest form."
    assert verify(f"$$\\boxed{{{answer}}}$$", "\\sqrt{6}-1", problem=problem).correct is correct
