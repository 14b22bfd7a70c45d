"""Readings the forty-sixth session's third wave of blind probes (507-514) found missing: a ratio said "3 to 2" after
the two things it compares or after odds; a function defined with another argument's name against a bare formula or
an inverse; a long sum the solver names S, and a function the problem asks for under another argument's name (no
other quantity); a value that is only the opening of math a cut ended in; one value repeated in a loop; steps of
arithmetic ending on their result; a numbered list of math items; a compound direction with a hyphen; the empty set
in words; a text that ends mid-sentence doubting its answer (cut, whatever the record says). Each kind has a twin."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify
from openrs_rewards.verifiers.extract import Extracted, NoAnswer, find_answer

_COMPLETIONS = {
    "a ratio in words": [
        ("Boys to girls is 18 to 12, which simplifies to 3 to 2.", "3:2", True),
        ("Boys to girls is 18 to 12, which simplifies to 3 to 2.", "2:3", False),
        ("Favorable: 3 red. Unfavorable: 5 blue.\n\nOdds in favor of red are 3 to 5.", "3:5", True),
        ("Favorable: 3 red. Unfavorable: 5 blue.\n\nOdds in favor of red are 3 to 5.", "5", False),
        ("Green: 3 sections, not green: 1 section. Odds in favor = 3 to 1.", "3:1", True),
        # (a change is no ratio)
        ("The temperature rose from 3 to 5.", "3:5", False),
    ],
    "a function under another argument's name": [
        ("Setting $t = x + 1$, we get $f(t) = t^2$.\n\n$$\\boxed{f(t)=t^2}$$", "x^2", True),
        ("Setting $t = x + 1$, we get $f(t) = t^2$.\n\n$$\\boxed{f(t)=t^2}$$", "x^3", False),
        ("**Final Answer:** $f^{-1}(t) = \\dfrac{t-3}{2}$", "f^{-1}(x)=\\frac{x-3}{2}", True),
        ("**Final Answer:** $f^{-1}(t) = \\dfrac{t+3}{2}$", "f^{-1}(x)=\\frac{x-3}{2}", False),
        # (another name in the formula: no function of one variable)
        ("$$\\boxed{f(t)=t^2+a}$$", "x^2+a", False),
    ],
    "values read from odd endings": [
        ("9 pairs x 2 = 18 socks\nThe answer is: 18 18 18 18 18 18", "18", True),
        ("9 pairs x 2 = 18 socks\nThe answer is: 18 18 18 18 18 18", "9", False),
        ("3*4 = 12, 12+6 = 18, 18/2 = 9", "9", True),
        ("3*4 = 12, 12+6 = 18, 18/2 = 9", "18", False),
        ("\\[ 24 \\div 4 = 6 \\]\n\\[ 24 - 6 = 18 \\]", "18", True),
        ("\\[ 24 \\div 4 = 6 \\]\n\\[ 24 - 6 = 18 \\]", "6, 18", False),
        ("Factoring: $(x-3)(x+2) = 0$.\n\nThe solutions are:\n1. $x = -2$\n2. $x = 3$", "-2, 3", True),
        ("Factoring: $(x-3)(x+2) = 0$.\n\nThe solutions are:\n1. $x = -2$\n2. $x = 3$", "3", False),
        ("The displacement points at 225°. So it is south-west.", "\\text{southwest}", True),
        ("The displacement points at 135°. So it is south-east.", "\\text{southwest}", False),
        (
            "No real number is both greater than 3 and less than 1. The intersection is the empty set.",
            "\\emptyset",
            True,
        ),
        (
            "No real number is both greater than 3 and less than 1. The intersection is the empty set.",
            "\\{0\\}",
            False,
        ),
    ],
    "an answer doubted as the text is cut": [
        ("So the answer is 20. Wait, let me reread the problem statement carefully", "20", False),
        (
            "So the answer is $\\boxed{20}$. Hmm, but wait: if the roles differ it would be 120. Let me reread",
            "20",
            False,
        ),
        # (finished: the doubt was settled, or no doubt at all)
        (
            "So the answer is $\\boxed{20}$. Wait, let me reread the problem statement carefully. Yes, 20.",
            "20",
            True,
        ),
        ("I tried several things. Finally the answer is $\\boxed{20}$. Hope this helps", "20", True),
        ("Actually, the answer is 12 apples", "12", True),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_COMPLETIONS))
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        (
            "Summing $(k+1)^3-k^3=3k^2+3k+1$:\n$$S=\\frac{2n^3+3n^2+n}{6}.$$",
            "Find $1^2+2^2+\\cdots+n^2$.",
            "\\frac{n(n+1)(2n+1)}{6}",
            True,
        ),
        (
            "Summing $(k+1)^3-k^3=3k^2+3k+1$:\n$$S=\\frac{2n^3+3n^2+n}{6}.$$",
            "Find $1^2+2^2+\\cdots+n^2$.",
            "\\frac{n(n+1)}{2}",
            False,
        ),
        (
            "Then $a=2$ and $b=3$.\n\nHence $f(t)=2t+3$.",
            "$f$ is linear with $f(f(x))=4x+9$. Find $f(x)$.",
            "2x+3",
            True,
        ),
        # (another function's value is another quantity)
        (
            "Then $a=2$ and $b=3$.\n\nHence $g(t)=2t+3$.",
            "$f$ is linear with $f(f(x))=4x+9$. Find $f(x)$.",
            "2x+3",
            False,
        ),
        # (a short expression is named by the problem's letters: y was never given it)
        ("Since 2x = 10, x = 5.\nThen y = 3·5 + 1\ny = 16", "If 2x = 10, what is 3x + 1?", "16", False),
    ],
)
def test_the_name_a_last_line_gives(completion: str, problem: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=problem, truncated=False).correct is correct


def test_a_value_that_is_only_the_opening_of_math_is_no_answer() -> None:
    cut = (
        "The probability is $\\frac{15}{36} = \\frac{5}{12}$.\n\n**Final Answer**\n\\[\n\\boxed{\\dfrac{5}{1"
    )
    assert isinstance(find_answer(cut), NoAnswer)
    found = find_answer("**Final Answer**\n\\[\n\\boxed{\\dfrac{5}{12}}\n\\]")
    assert isinstance(found, Extracted) and found.text == "\\dfrac{5}{12}"


_DERIVATIVE = "The derivative of $\\sin x$ with respect to $x$ is\nA. $\\cos x$\nB. $-\\cos x$\nC. $-\\sin x$\nD. $\\tan x$"
_MEDIAN = "What is the median of 7, 1, 9, 3, 5?\nA. 3\nB. 5\nC. 7\nD. 9"


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        # a letter stated with the value of another option answers nothing
        ("Recall that $(\\sin x)' = \\cos x$.\n\nAnswer: A. $-\\cos x$", _DERIVATIVE, "A", False),
        ("Recall that $(\\sin x)' = \\cos x$.\n\nAnswer: A. $\\cos x$", _DERIVATIVE, "A", True),
        # an option named by its place in the list
        (
            "After sorting (1, 3, 5, 7, 9) the middle value is 5, so the correct answer is option two.",
            _MEDIAN,
            "B",
            True,
        ),
        (
            "After sorting (1, 3, 5, 7, 9) the middle value is 5, so the correct answer is option two.",
            _MEDIAN,
            "C",
            False,
        ),
        ("Sorted, the middle value is 5: it's the second choice.", _MEDIAN, "B", True),
        # options set as Chinese papers set them ("A．8　　B．10"): a letter graded by its option's value
        (
            "公差 $d=2$，所以 $a_5=a_1+4d=10$，选B。",
            "在等差数列中，$a_1=2$，$a_3=6$，则 $a_5=$（　　）\nA．8　　B．10　　C．12　　D．14",
            "10",
            True,
        ),
        (
            "公差 $d=2$，所以 $a_5=a_1+4d=10$，选C。",
            "在等差数列中，$a_1=2$，$a_3=6$，则 $a_5=$（　　）\nA．8　　B．10　　C．12　　D．14",
            "10",
            False,
        ),
        # a question at the end states no value
        (
            "Total snooze: 27 min. 6:45 + 27 min = 7:12 AM... wait, could it be 7:12 or should I count the first "
            "ring? Is the answer 7:12 AM?",
            "Ella's alarm is set for 6:45 AM. She hits snooze three times, each 9 minutes. At what time does she "
            "get up?",
            "7:12 AM",
            False,
        ),
    ],
)
def test_options_and_questions(completion: str, problem: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


_COMPLETIONS_OF_THE_LAST_WAVE = {
    "a value denied or offered under conditions": [
        (
            "Note that the answer is certainly not $\\boxed{7}$, since 7 does not divide 48. I will check the rest.",
            "7",
            False,
        ),
        ("So the answer is certainly 7.", "7", True),
        (
            "$\\boxed{7}$ (if the question meant distinct arrangements) or $\\boxed{9}$ (otherwise).",
            "9",
            False,
        ),
        (
            "$\\boxed{7}$ (if the question meant distinct arrangements) or $\\boxed{9}$ (otherwise).",
            "7",
            False,
        ),
    ],
    "a later answer label that states a sentence": [
        (
            "## Answer: 168 students\n\n- Total enrolled: 6 × 28 = 168\n- Absent today: 15\n- Present: 168 − 15 = 153"
            "\n\n**Final answer: 153 students are present.**",
            "153",
            True,
        ),
        (
            "## Answer: 168 students\n\n- Total enrolled: 6 × 28 = 168\n- Absent today: 15\n- Present: 168 − 15 = 153"
            "\n\n**Final answer: 153 students are present.**",
            "168",
            False,
        ),
    ],
    "an interval written the French way": [
        ("On trouve $\\frac{1-x}{x} \\ge 0$, d'où $S = ]0, 1]$.", "(0,1]", True),
        ("On trouve $\\frac{1-x}{x} \\ge 0$, d'où $S = ]0, 1[$.", "(0,1]", False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_COMPLETIONS_OF_THE_LAST_WAVE))
def test_the_verdict_on_a_completion_of_the_last_wave(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_exactly_at_the_end_of_a_problem_asks_for_an_exact_form() -> None:
    problem = "Find $\\tan 75^\\circ$ exactly."
    assert not verify("tan 75° ≈ 3.732\n\n\\boxed{3.732}", "2+\\sqrt{3}", problem=problem).correct
    assert verify("\\boxed{2+\\sqrt3}", "2+\\sqrt{3}", problem=problem).correct
