"""Readings the forty-seventh session's blind probes (545-552) found missing: a family of values followed by its
parameter's range ("$n=4k+1$ for $k\\ge 0$"); the range of a function written "f(x) \\in [1, +\\infty)"; what a formula
counts after it ("2^n - 1 moves"); a system's solutions parted by semicolons; "no positive integer $n$ works"; a value
followed by how it compares ("$56, which is $8 more than last week"); a reply that ended its turn before the length
limit; a capital letter one side writes where the other writes the small one (R is not r); JSON keys and YAML quotes
in other forms; full-width thousands; circled numbers; decimal commas in more words of the languages that write them.
From the second wave (553-560): names said equal to one value ("$a=b=c=1$") against a tuple and the reverse; all
primes of a residue class; the player who wins by the order of play; a letter chosen and another set aside; a value
read from the work where the text ends by choosing another option's letter; a temperature's unit after the last
number; the count a question asks for by its noun, as the last number or restated in that unit ("630 minutes,
which is 10.5 hours" for "How many hours ...?"), and an amount more said before the rest. Each kind has a twin that
goes the other way. From the third wave: a lettered gold answered by the value or the text of its option, and a
letter alone after the conclusion's word ("..., so A."); days of the week and points of the compass by abbreviation
and in other languages; forms a problem asks for (a line's integer form, simplest radical form with the fraction
reduced, an expansion, a rounding that is the whole task)."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify
from openrs_rewards.verifiers.extract import Extracted, NoAnswer, find_answer
from openrs_rewards.verifiers.normalize import normalize_answer, writes_decimal_commas

_COMPLETIONS = {
    "a family and its parameter's range": [
        ("Since $4 \\mid n-1$, we get $n=4k+1$ for $k=0,1,2,\\dots$", "n \\equiv 1 \\pmod 4", True),
        ("Since $4 \\mid n-1$, we get $n=4k+1$ for some integer $k\\ge 0$.", "n \\equiv 1 \\pmod 4", True),
        ("Since $4 \\mid n-1$, we get $n=4k+3$ with $k\\ge 0$.", "n \\equiv 1 \\pmod 4", False),
        ("So $x=\\frac{\\pi}{6}+2k\\pi$ for $k\\in\\mathbb{Z}$.", "x=\\frac{\\pi}{6}+2k\\pi", True),
        ("So $x=\\frac{\\pi}{3}+2k\\pi$ for $k\\in\\mathbb{Z}$.", "x=\\frac{\\pi}{6}+2k\\pi", False),
        # (a range of the unknown itself, after a relation, is what the sentence states)
        ("By induction, $2^n>n^2$ for $n\\ge 5$.", "n \\geq 5", True),
        ("By induction, $2^n>n^2$ for $n\\ge 5$.", "2^n>n^2", False),
    ],
    "the range of a function, said to hold its values": [
        ("f(x) = (x - 1)^2 + 1, so the minimum is 1. Therefore f(x) ∈ [1, +∞).", "[1,+\\infty)", True),
        ("f(x) = (x - 1)^2 + 1, so the minimum is 1. Therefore f(x) ∈ (1, +∞).", "[1,+\\infty)", False),
        ("$\\boxed{f(x)\\in[1,+\\infty)}$", "[1,+\\infty)", True),
    ],
    "what a formula counts": [
        ("Solving $M_n=2M_{n-1}+1$, the answer is 2^n − 1 moves.", "2^{n}-1", True),
        ("Solving $M_n=2M_{n-1}+1$, the answer is 2^n + 1 moves.", "2^{n}-1", False),
        ("Each pair shakes once: the answer is \\binom{n}{2} handshakes.", "\\frac{n(n-1)}{2}", True),
    ],
    "solutions parted by semicolons": [
        ("(x-1)(y-1) = 2, so x-1 and y-1 are 1 and 2.\n\nAnswer: x=2, y=3; x=3, y=2", "(2,3),(3,2)", True),
        ("(x-1)(y-1) = 2, so x-1 and y-1 are 1 and 2.\n\nAnswer: x=2, y=3; x=3, y=2", "(2,3)", False),
        ("Answer: x=2, y=3; x=3, y=4", "(2,3),(3,2)", False),
    ],
    "no value works": [
        ("$n^2<n^2+n+1<(n+1)^2$.\n\nHence no positive integer $n$ works.", "no such n", True),
        ("$n^2<n^2+n+1<(n+1)^2$.\n\nHence no positive integer $n$ works.", "1", False),
        ("Therefore, no integer $k$ satisfies the condition.", "\\text{No solution}", True),
        # (under a condition it is no answer)
        ("If $n$ is odd, no $n$ works.", "no such n", False),
        ("So $n=3$ works.", "no such n", False),
    ],
    "a value, then how it compares": [
        (
            "4 books at $14 each: 4 * 14 = $56. So she spent $56 this week, which is $8 more than last week.",
            "56",
            True,
        ),
        (
            "4 books at $14 each: 4 * 14 = $56. So she spent $56 this week, which is $8 more than last week.",
            "8",
            False,
        ),
        # (asked for the difference, the difference is the answer)
        ("How much more did she spend? She spent $56, which is $8 more than last week.", "8", True),
        ("She spent $8 more than last week.", "8", True),
    ],
    "JSON and YAML answers": [
        ('{"答案": "８", "解析": "２×４＝８"}', "8", True),
        ('{"答案": "９", "解析": "２×４＝８"}', "8", False),
        ('{"respuesta": "3,5", "explicación": "7 / 2 = 3,5"}', "3.5", True),
        ('{"respuesta": "3,5", "explicación": "7 / 2 = 3,5"}', "35", False),
        ("```yaml\nsolution:\n  x: 1\n  y: 2\nfinal_answer: '(1, 2)'\n```", "(1,2)", True),
        ("```yaml\nsolution:\n  x: 1\n  y: 2\nfinal_answer: '(1, 2)'\n```", "(2,1)", False),
    ],
    "numbers of other scripts and languages": [
        ("每箱 ２５０ 瓶，共 ４ 箱：２５０×４＝１，０００\n答：一共有１，０００瓶。", "1000", True),
        ("每箱 ２５０ 瓶，共 ４ 箱：２５０×４＝１，０００\n答：一共有１，０００瓶。", "1", False),
        ("① 참이 아니다. ② 참이 아니다. ③ 참이다.\n\n정답은 ③ 입니다.", "3", True),
        ("① 참이 아니다. ② 참이 아니다. ③ 참이다.\n\n정답은 ③ 입니다.", "2", False),
        ("３ｘ＋６＝０より、ｘ＝－２。", "-2", True),
        ("３ｘ＋６＝０より、ｘ＝－２。", "2", False),
        ("Der Anteil ist $\\frac{3}{4} = 0{,}75$.\n\nErgebnis: 0,75", "\\frac{3}{4}", True),
        (
            "Hay 40 filas con 30 asientos cada una: $40 \\times 30 = 1.200$.\n\nEn total asistieron 1.200 personas.",
            "1200",
            True,
        ),
        (
            "Hay 40 filas con 30 asientos cada una: $40 \\times 30 = 1.200$.\n\nEn total asistieron 1.200 personas.",
            "1.2",
            False,
        ),
    ],
}


_COMPLETIONS_OF_THE_SECOND_WAVE = {
    "names said equal to one value": [
        ("$(a-1)^2+(b-1)^2+(c-1)^2=0$.\n\nSo $a=b=c=1$.", "(1,1,1)", True),
        ("$(a-1)^2+(b-1)^2+(c-1)^2=0$.\n\nSo $a=b=c=1$.", "(1,1,2)", False),
        ("$t^2-2t+1=0$ has the double root $t=1$.\n\nHence $x=y=1$ is the unique solution.", "(1,1)", True),
        ("**Answer:** $\\boxed{(1,1,1)}$", "a=b=c=1", True),
        ("**Answer:** $\\boxed{(1,1,2)}$", "a=b=c=1", False),
        ("The squares of the differences vanish.\n\nThus $x = y = z$.", "x=y=z", True),
        ("The squares of the differences vanish.\n\nThus $x = y = z$.", "x=y=z=1", False),
        # (a chain of arithmetic still ends on its value)
        ("So $x = 2 + 3 = 5$.", "5", True),
    ],
    "primes of a residue class": [
        (
            "Hence the answer is all primes $p$ with $p\\equiv 1 \\pmod 4$.",
            "\\text{all primes } p \\equiv 1 \\pmod 4",
            True,
        ),
        ("So exactly the primes of the form $4k+1$ work.", "\\text{all primes } p \\equiv 1 \\pmod 4", True),
        ("So exactly the primes of the form $4k+3$ work.", "\\text{all primes } p \\equiv 1 \\pmod 4", False),
    ],
    "the winner by the order of play": [
        (
            "Multiples of 4 lose for the player to move.\n\nThe second player has a winning strategy.",
            "\\text{the second player wins}",
            True,
        ),
        (
            "Multiples of 4 lose for the player to move.\n\nThe first player wins.",
            "\\text{the second player wins}",
            False,
        ),
        (
            "**Answer:** The second player (the one who moves second) wins by restoring a multiple of 4.",
            "\\text{the second player wins}",
            True,
        ),
        ("At first Alice wins.", "\\text{Alice}", False),
        ("So Bob has a winning strategy.", "\\text{Bob}", True),
    ],
    "a letter, then another set aside": [
        ("Answer: (B), not (D), because $210 = 7\\cdot6\\cdot5$ counts ordered selections.", "B", True),
        ("Answer: (B), not (D), because $210 = 7\\cdot6\\cdot5$ counts ordered selections.", "D", False),
        ("The answer is C (not A).", "C", True),
    ],
    "a temperature's unit after the last number": [
        ("T₂ = 300 · 3/2 = 450\n\nThe gas must be heated to 450 °C.", "450 \\mathrm{~K}", False),
        ("T₂ = 300 · 3/2 = 450\n\nThe gas must be heated to 450 K.", "450 \\mathrm{~K}", True),
        ("T₂ = 300 · 3/2 = 450\n\nThe gas must be heated to 450°C.", "450", True),
    ],
}


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    table_params(_COMPLETIONS) + table_params(_COMPLETIONS_OF_THE_SECOND_WAVE),
)
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        ("3 + 4 = 7\nThe answer is 7.<|im_end|><|im_end|><|im_end|><|im_end|><|im_end|>", "7", True),
        ("3 + 4 = 7\nThe answer is 7.<|im_end|><|im_end|><|im_end|><|im_end|><|im_end|>", "4", False),
        (
            "Total: 15 + 5 = 20 miles.\n\nThe answer is 20.\n\nHuman: How many miles in 4 weeks?\n\nAssistant: "
            "20 × 4 = 80 miles.\n\nHuman: ",
            "20",
            True,
        ),
        (
            "Total: 15 + 5 = 20 miles.\n\nThe answer is 20.\n\nHuman: How many miles in 4 weeks?\n\nAssistant: "
            "20 × 4 = 80 miles.\n\nHuman: ",
            "80",
            False,
        ),
    ],
)
def test_a_reply_that_ended_its_turn_before_the_limit(completion: str, gold: str, correct: bool) -> None:
    # The record says the length limit stopped the generation; what it stopped was after the reply's end.
    assert verify(completion, gold, truncated=True).correct is correct


def test_a_reply_cut_by_the_limit_with_no_turn_ended_stays_cut() -> None:
    assert isinstance(find_answer("We need 3 + 4, which is 7", truncated=True), NoAnswer)
    # ... and one cut mid-formula before an end marker the model wrote is still read as cut
    assert isinstance(
        find_answer("We expand: $(x+1)^2 = x^2 + (7 \\cdot<|im_end|>", truncated=True), NoAnswer
    )
    assert find_answer("The answer is 7.<|im_end|>", truncated=True) == Extracted("7", "phrase")


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        ("\\frac{\\mu_0 I}{2\\pi R}", "\\frac{\\mu_0 I}{2 \\pi r}", False),
        ("\\frac{\\mu_0 I}{2\\pi r}", "\\frac{\\mu_0 I}{2 \\pi r}", True),
        ("\\sqrt{\\frac{2gh}{1+I/(mR^2)}}", "\\sqrt{\\frac{2 g h}{1+I/(m r^2)}}", False),
        ("\\sqrt{\\frac{2gh}{1+I/(mr^2)}}", "\\sqrt{\\frac{2 g h}{1+I/(m r^2)}}", True),
        # (an arbitrary constant's name in either case is the same constant)
        ("Ce^{-2t}+\\mu_0", "ce^{-2t}+\\mu_0", True),
    ],
)
def test_a_capital_is_another_quantity_than_its_small_letter(answer: str, gold: str, correct: bool) -> None:
    assert verify(f"$\\boxed{{{answer}}}$", gold).correct is correct


@pytest.mark.parametrize(
    ("answer", "normalized"),
    [
        ("2^n - 1 moves", "2^n-1"),
        ("n+1 ways", "n+1"),
        ("\\frac{n}{2} pairs", "\\frac{n}{2}"),
        # (no plural noun, or a word that counts nothing: kept)
        ("n choose k", "nchoosek"),
        ("n plus", "nplus"),
        ("x+1 cms", "x+1cms"),
    ],
)
def test_the_noun_a_formula_counts_is_left_out(answer: str, normalized: str) -> None:
    assert normalize_answer(answer) == normalized


_PERCENT_OF_80 = "What is 15% of 80?\n\n(A) 8 (B) 10 (C) 12 (D) 15 (E) 20"


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        ("10% of 80 is 8 and 5% is 4, so 15% is 12. That's answer choice (D).", "12", False),
        ("10% of 80 is 8 and 5% is 4, so 15% is 12. That's answer choice (C).", "12", True),
        ("10% of 80 is 8 and 5% is 4, so 15% is 12.", "12", True),
        ("10% of 80 is 8 and 5% is 4, so 15% is 12. That's answer choice (D).", "D", True),
    ],
)
def test_a_value_from_the_work_then_another_letter_chosen(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=_PERCENT_OF_80).correct is correct


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        (
            "14 × 45 = 630 minutes.\n\nKevin practices 630 minutes in 14 days, which is 10.5 hours.",
            "Kevin practices piano for 45 minutes every day. How many hours does he practice in 2 weeks?",
            "10.5",
            True,
        ),
        (
            "18 × 7 = 126 eggs.\n\nShe collects 126 eggs in a week, which is 10.5 dozen.",
            "A farmer collects 18 eggs a day. How many dozen eggs does she collect in a week?",
            "10.5",
            True,
        ),
        (
            "18 × 7 = 126 eggs.\n\nShe collects 126 eggs in a week, which is 10.5 dozen.",
            "A farmer collects 18 eggs a day. How many eggs does she collect in a week?",
            "10.5",
            False,
        ),
        (
            "Together they paint 6 rooms per day. 24 ÷ 6 = 4.\n\nPainting 6 rooms a day together, they finish the "
            "24 rooms in 4 days.",
            "Two painters each paint 3 rooms per day. How many days will it take them together to paint 24 rooms?",
            "4",
            True,
        ),
        # (whose stamps the noun does not say; a turn the model invented; a case it supposes)
        (
            "Working it out gives both counts.\nJerry has 2 stamps and Tom has 3 stamps.",
            "Jerry and Tom collect stamps. How many stamps does Jerry have?",
            "3",
            False,
        ),
        (
            "Ivan packs 7 × 6 = 42 apples.\n\nUser: Now what if he had 9 bags?\nAssistant: Then he would pack "
            "7 × 9 = 63 apples.",
            "Ivan fills 6 bags with 7 apples each. How many apples does he pack?",
            "63",
            False,
        ),
        (
            "It will take her 30 minutes.\n\nHere's how: 1,350 ÷ 45 = 30. For comparison, at 50 words per minute "
            "she would need 27 minutes.",
            "Maya types 45 words per minute. How many minutes will it take her to type a 1,350-word essay?",
            "27",
            False,
        ),
        # an amount more, said before the rest
        (
            "72 - 45 = 27.\n\nLena needs $27 more; she has $45 of the $72.",
            "Lena has $45 and wants a game that costs $72. How much more money does she need?",
            "27",
            True,
        ),
        (
            "23 - 9 = 14\n\nThe shirt costs $14 more than the $9 hat.",
            "A shirt costs $23 and a hat costs $9. How much more does the shirt cost than the hat?",
            "14",
            True,
        ),
        (
            "23 - 9 = 14\n\nThe shirt costs $14 more than the $9 hat.",
            "A shirt costs $23 and a hat costs $9. How much more does the shirt cost than the hat?",
            "9",
            False,
        ),
    ],
)
def test_the_quantity_the_question_asks_by_its_noun(
    completion: str, problem: str, gold: str, correct: bool
) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


_PRIME = (
    "Which of the following numbers is prime?\n\n$\\textbf{(A) } 51 \\qquad \\textbf{(B) } 57 \\qquad \\textbf{(C) } 87"
    " \\qquad \\textbf{(D) } 91 \\qquad \\textbf{(E) } 97$"
)
_FORCE = "Which particle carries the electromagnetic force?\n\nA) the gluon\nB) the photon\nC) the W boson\nD) the graviton"


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        ("Checking: 51 = 3*17, 57 = 3*19, 87 = 3*29, 91 = 7*13. So the prime is 97.", _PRIME, "E", True),
        ("Checking: 51 = 3*17, 57 = 3*19, 87 = 3*29, 91 = 7*13. So the prime is 97.", _PRIME, "B", False),
        ("The electromagnetic force is carried by the photon.", _FORCE, "B", True),
        ("The electromagnetic force is carried by the photon.", _FORCE, "A", False),
        # (two options' texts named: no one chosen)
        ("It is the photon, not the gluon.", _FORCE, "A", False),
        ("Between the gluon and the photon, the force is carried by the photon, so B.", _FORCE, "B", True),
        ("Between the gluon and the photon, the force is carried by the photon, so A.", _FORCE, "B", False),
    ],
)
def test_a_lettered_gold_answered_by_its_value_or_text(
    completion: str, problem: str, gold: str, correct: bool
) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        ("Tue", "Tuesday", True),
        ("Thurs.", "Thursday", True),
        ("星期二", "Tuesday", True),
        ("\\text{mardi}", "Tuesday", True),
        ("Mon", "Tuesday", False),
        ("W", "west", True),
        ("oeste", "west", True),
        ("este", "west", False),
        ("NE", "north-east", True),
        # ("E" may be a choice: no direction alone)
        ("E", "\\text{east}", False),
    ],
)
def test_names_of_days_and_directions(answer: str, gold: str, correct: bool) -> None:
    assert verify(f"The answer is $\\boxed{{{answer}}}$.", gold).correct is correct


_STANDARD_FORM = (
    "Find the equation of the line passing through $(0,-3)$ and $(2,0)$. Express your answer in the form "
    "$Ax + By = C$, where $A$, $B$, and $C$ are integers, $A > 0$, and $\\gcd(|A|,|B|,|C|) = 1$."
)


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        ("$\\boxed{3x-2y=6}$", _STANDARD_FORM, "3x-2y=6", True),
        ("$\\boxed{-3x+2y=-6}$", _STANDARD_FORM, "3x-2y=6", False),
        ("$\\boxed{6x-4y=12}$", _STANDARD_FORM, "3x-2y=6", False),
        ("**Answer:** $y = \\frac{3}{2}x - 3$", _STANDARD_FORM, "3x-2y=6", False),
        (
            "**Answer:** $y = \\frac{3}{2}x - 3$",
            "Find the line through $(0,-3)$ and $(2,0)$.",
            "3x-2y=6",
            True,
        ),
        (
            "$$\\boxed{\\frac{36\\sqrt{3}}{4}}$$",
            "What is the area of an equilateral triangle with side 6? Express your answer in simplest radical form.",
            "9\\sqrt{3}",
            False,
        ),
        (
            "$$\\boxed{9\\sqrt{3}}$$",
            "What is the area of an equilateral triangle with side 6? Express your answer in simplest radical form.",
            "9\\sqrt{3}",
            True,
        ),
        ("so the product is $\\boxed{(x-3)(x+2)}$.", "Expand the product $(x+2)(x-3)$.", "x^2-x-6", False),
        ("so the product is $\\boxed{x^2-x-6}$.", "Expand the product $(x+2)(x-3)$.", "x^2-x-6", True),
        ("$\\sqrt{50} = \\boxed{5\\sqrt{2}}$", "Estimate $\\sqrt{50}$ to the nearest tenth.", "7.1", False),
        (
            "$V = 36\\pi$, so the answer is $\\boxed{36\\pi}$.",
            "Find the volume of a sphere of radius 3. Round to the nearest tenth.",
            "113.1",
            True,
        ),
        (
            "$150/2.75 = 54.5454...$, which rounds to **54.55 mph**.",
            "A car travels 150 miles in 2.75 hours. What is its average speed, in miles per hour? Express your "
            "answer as a decimal to the nearest tenth.",
            "54.5",
            False,
        ),
    ],
)
def test_forms_the_problem_asks_for(completion: str, problem: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


def test_a_final_answer_for_each_reading_is_no_answer() -> None:
    two = "There are 5 integers.\n\n**Final Answer:** 5\n\n**Final Answer (inclusive interpretation):** 7"
    assert isinstance(find_answer(two), NoAnswer)
    assert not verify(two, "5").correct
    # (one final answer, restated alike for the other reading, is still the answer)
    same = "There are 5 integers.\n\n**Final Answer:** 5\n\n**Final Answer (either reading):** 5"
    assert find_answer(same) == Extracted("5", "bold")


def test_an_option_asked_about_is_not_chosen() -> None:
    assert not verify("Is the answer A) the photon?", "A", problem=_FORCE).correct


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        # a rounding to fewer places than asked, where the gold has the places asked
        (
            "$4 \\cdot \\frac23 = 2.667$ cups. $\\boxed{2.667}$",
            "How many cups are needed for 4 batches of 2/3 cup? Give your answer rounded to four decimal places.",
            "2.6667",
            False,
        ),
        (
            "$4 \\cdot \\frac23 = 2.6667$ cups. $\\boxed{2.6667}$",
            "How many cups are needed for 4 batches of 2/3 cup? Give your answer rounded to four decimal places.",
            "2.6667",
            True,
        ),
        # a rate asked as the unit ("in miles per hour") and another rate given
        (
            "$\\frac{150}{2.5} = 60$\n\n$\\boxed{60 \\text{ km/h}}$",
            "A car travels 150 miles in 2.5 hours. What is its average speed in miles per hour?",
            "60",
            False,
        ),
        (
            "$\\frac{150}{2.5} = 60$\n\n$\\boxed{60 \\text{ mph}}$",
            "A car travels 150 miles in 2.5 hours. What is its average speed in miles per hour?",
            "60",
            True,
        ),
    ],
)
def test_roundings_and_rates_the_problem_asks_for(
    completion: str, problem: str, gold: str, correct: bool
) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


def test_a_step_that_concludes_is_its_own_value() -> None:
    # "$x^2=16 \\Rightarrow x = 4$ or $x = -4$": the step concludes 4, then -4 is offered beside it
    found = find_answer("$x^2=16 \\Rightarrow x = 4$ or $x = -4$.")
    assert found == Extracted("x = 4, x = -4", "math_span")
    assert verify("$x^2=16 \\Rightarrow x = 4$ or $x = -4$.", "\\pm 4").correct
    assert not verify("$x^2=16 \\Rightarrow x = 4$ or $x = -4$.", "4").correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        # the reasoning's answer, not stood by after it
        (
            "<think>\n6 rows of 7 eggs: 6 times 7 is 42. So the answer is 42.\n</think>\n\nI am not sure.",
            "42",
            False,
        ),
        ("<think>\nSo the answer is 42.\n</think>\n\nI am not sure, but the answer is 42.", "42", True),
        # ... or pointed back to
        (
            "<think>\n36 = 2^2 · 3^2 has (2+1)(2+1) = 9 divisors. So the answer is 9.\n</think>\n\nThe answer is worked out "
            "in my reasoning above.",
            "9",
            True,
        ),
        (
            "<think>\n36 = 2^2 · 3^2 has (2+1)(2+1) = 9 divisors. So the answer is 9.\n</think>\n\nThe answer is worked out "
            "in my reasoning above.",
            "6",
            False,
        ),
        # another reading weighed in brackets, and the value stated again
        (
            "14 - 3 + 1 = 12.\n\nFinal answer: 12 (if we excluded an endpoint we would get 11, but the problem says "
            "inclusive, so 12)",
            "12",
            True,
        ),
        ("Final answer: 12 (or 11 if we exclude an endpoint)", "12", False),
    ],
)
def test_what_follows_an_answer(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        (
            "$\\binom{7}{2} = 21$.\n\nTherefore, the answer is $\\boxed{21}$.\n\nHmm, that doesn't seem right.",
            "21",
            False,
        ),
        (
            "$x = \\boxed{4}$\n\nCheck: $3(4) + 3 = 16 \\ne 15$ — so something is off in my solution.",
            "4",
            False,
        ),
        (
            "$\\boxed{21}$\n\nHmm, that doesn't seem right at first, but checking again it is right.",
            "21",
            True,
        ),
        ("The answer is $\\boxed{21}$. That seems right.", "21", True),
        ("$\\boxed{21}$\n\nHmm, that doesn't seem right. Redoing it: the answer is 19.", "19", True),
    ],
)
def test_an_answer_doubted_by_the_last_words(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "correct"),
    [
        (
            "$h = \\frac{1}{2}gt^2$, so $t^2 = 4$, and $t = 2$ s.",
            "2 s",
            "A ball is dropped from 19.6 m. Taking g = 9.8 m/s^2, how long does it take to hit the ground?",
            True,
        ),
        (
            "$K = \\frac12(2.0)(3.0)^2 = 9.0$\n\n$\\boxed{9}$",
            "9 J",
            "A 2.0 kg cart moves at 3.0 m/s. What is its kinetic energy in joules?",
            True,
        ),
        (
            "K = ½mv² = ½ · 2 · 9 = 9 kJ",
            "9 J",
            "A 2.0 kg cart moves at 3.0 m/s. What is its kinetic energy in joules?",
            False,
        ),
        # (a letter the problem uses as no unit is a variable: "6m" is six m)
        ("$\\boxed{6}$", "6 m", "Find the perimeter of a hexagon of side m, in terms of m.", False),
    ],
)
def test_a_gold_number_with_a_unit_symbol_the_problem_uses(
    completion: str, gold: str, problem: str, correct: bool
) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


def test_a_space_after_a_function_argument_ends_it() -> None:
    assert verify("$$\\boxed{x = v_{0}\\, t\\cos\\theta}$$", "v_0 \\cos\\theta \\, t").correct
    assert not verify("$$\\boxed{x = v_{0}\\, t\\sin\\theta}$$", "v_0 \\cos\\theta \\, t").correct
    assert normalize_answer("\\int \\sin x \\, dx") == "\\int\\sin xdx"


_LOTTERY = (
    "Jen picks 4 distinct numbers from S = {1, ..., 10}; 4 are drawn. The probability of the grand prize given a prize "
    "is $\\tfrac{m}{n}$ with $m$, $n$ relatively prime. Find $m+n$."
)


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        (
            "So the probability is $\\boxed{\\tfrac{1}{115}}$.\n\nHere $m = 1$ and $n = 115$, so the requested value is "
            "$m + n = 1 + 115 = 116$.",
            "116",
            True,
        ),
        (
            "So the probability is $\\boxed{\\tfrac{1}{115}}$.\n\nHere $m = 1$ and $n = 115$, so the requested value is "
            "$m + n = 1 + 115 = 116$.",
            "115",
            False,
        ),
        ("**Final Answer**\n$$\\boxed{\\frac{1}{115}}$$", "116", False),
    ],
)
def test_the_sum_asked_after_a_boxed_fraction(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=_LOTTERY).correct is correct


def test_short_names_of_an_answer_tag() -> None:
    assert verify("3 of 4 cards are fine.\n\n<output>0.75</output>", "\\frac{3}{4}").correct
    assert verify("Only choice (B) satisfies both.\n\n<ans>B</ans>", "\\text{(B)}").correct
    assert not verify("Only choice (B) satisfies both.\n\n<ans>B</ans>", "\\text{(C)}").correct


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        ("Novo preço: R$ 50.000,00 − R$ 5.000,00.\n\nPortanto, o carro custa R$ 45.000,00.", "45000", True),
        ("Novo preço: R$ 50.000,00 − R$ 5.000,00.\n\nPortanto, o carro custa R$ 45.000,00.", "45", False),
        ("Kembalian: Rp 100.000 − Rp 70.000.\n\nJadi, kembaliannya Rp 30.000,00.", "30000", True),
    ],
)
def test_a_number_grouped_by_points_before_its_decimal_comma(
    completion: str, gold: str, correct: bool
) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("answer", "normalized"),
    [("3 (at x = 2)", "3"), ("8 (at x = y = 2)", "8"), ("5 (when x = 3)", "5"), ("3 (and 4)", "3(and4)")],
)
def test_where_a_value_is_taken_in_a_bracket_of_its_own(answer: str, normalized: str) -> None:
    assert normalize_answer(answer) == normalized


def test_words_of_languages_that_write_decimal_commas() -> None:
    assert writes_decimal_commas("Der Anteil ist drei Viertel.\n\nErgebnis: 0,75")
    assert writes_decimal_commas("En total asistieron 1.200 personas con todas las filas llenas.")
    assert not writes_decimal_commas("The roots are 3,5 and the total is 1,200.")
