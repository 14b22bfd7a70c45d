"""Readings the forty-sixth session's fourth wave of blind probes (515-522) found missing: the math a final sentence
in Chinese ends on without delimiters ("所以 -1≤m<3。", "解得 x=2 或 x=3。"); a unit of Chinese after the number
("12 平方厘米" is no 12 m²); a root of a fraction or a square factor where the problem asks for a form without them;
an equation left unsolved for the variable the problem asks to solve for; a remark after the answer that offers
another value ("Hmm, or 12 if only daytime counts.", "so 36 or 72", "... So 9."); a footnote and a sentence that
recalls the givens after the answer; a check in brackets with brackets of its own, a reason or a restatement after
the value, a substitution check after the answer. Each kind has a twin that goes the other way."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify

_COMPLETIONS = {
    "math ending a Chinese sentence": [
        ("由题意得 m+1≥0 且 m-3<0，\n所以 -1≤m<3。", "[-1,3)", True),
        ("由题意得 m+1≥0 且 m-3<0，\n所以 -1≤m<3。", "(-1,3)", False),
        ("解：因式分解得 (x-2)(x-3)=0，\n所以 x-2=0 或 x-3=0，解得 x=2 或 x=3。", "2,3", True),
        ("解：因式分解得 (x-2)(x-3)=0，\n所以 x-2=0 或 x-3=0，解得 x=2 或 x=3。", "3", False),
        (
            "解：原不等式可化为 (x-3)(x+2)>0，\n故不等式的解集为（-∞，-2）∪（3，+∞）。",
            "(-\\infty,-2)\\cup(3,+\\infty)",
            True,
        ),
        ("解：原不等式可化为 (x-3)(x+2)>0，\n故不等式的解集为（-∞，-2）∪（3，+∞）。", "(-2,3)", False),
        ("由题意 a=2，b=1，∴ c=\\sqrt{3}，\n∴ 离心率 e=\\frac{c}{a}=√3/2。", "\\frac{\\sqrt{3}}{2}", True),
        ("V=\\frac{4}{3}\\pi r^3=36\\pi\n所以球的体积为 36π 立方厘米。", "36\\pi", True),
        ("V=\\frac{4}{3}\\pi r^3=36\\pi\n所以球的体积为 36π 立方厘米。", "27\\pi", False),
        ("由点斜式得 y-1=x，\n整理得直线 l 的方程为 x-y+1=0。", "y=x+1", True),
        # (a count alone is the count readers': the sentence's number)
        ("一共 3 行，每行 6 个，3×6=18。\n所以一共有 18 个座位。", "18", True),
    ],
    "a unit of Chinese after the number": [
        ("4×3=12 答：这块菜地的面积是 12 平方厘米。", "12\\text{ m}^2", False),
        ("4×3=12 答：这块菜地的面积是 12 平方米。", "12\\text{ m}^2", True),
        ("答：距离是 500 米。", "5\\text{ km}", False),
        ("答：距离是 5000 米。", "5\\text{ km}", True),
    ],
    "another value offered after the answer": [
        ("The answer is 24 hours (i.e., 1 day). Hmm, or 12 if only daytime counts.", "24", False),
        (
            "C(9,2) = 36.\n\nThe answer is 36.\n\nP.S. If the teams play each other twice it's 72 — the problem is a "
            "bit unclear to me, so 36 or 72.",
            "36",
            False,
        ),
        (
            "28 = 2² × 7.\n\nThe answer is 7, which is prime. Hmm, but maybe the question wants the sum of the prime "
            "factors: 2 + 7 = 9. So 9.",
            "7",
            False,
        ),
        # (a remark that offers nothing: the answer stands)
        ("28 = 2² × 7.\n\nThe answer is 7, which is prime.", "7", True),
    ],
    "a footnote or the givens recalled after the answer": [
        (
            "All 5 letters are distinct.\n\nThus there are 120 arrangements.¹\n\n¹ This is 5! = 120; if two of the "
            "letters were identical it would be 5!/2! = 60 instead.",
            "120",
            True,
        ),
        (
            "All 5 letters are distinct.\n\nThus there are 120 arrangements.¹\n\n¹ This is 5! = 120; if two of the "
            "letters were identical it would be 5!/2! = 60 instead.",
            "60",
            False,
        ),
        (
            "P = 2(10 + 5) = 30.\n\nSo the perimeter is 30 cm. Recall the rectangle was 10 cm by 5 cm.",
            "30",
            True,
        ),
        (
            "P = 2(10 + 5) = 30.\n\nSo the perimeter is 30 cm. Recall the rectangle was 10 cm by 5 cm.",
            "5",
            False,
        ),
    ],
    "an answer heading corrected later": [
        (
            "## Answer: 205 books\n\nLet me double-check that: 7 × 32 = 224, and 224 − 19 = 215.\n\nSo actually there "
            "are **215 books** on the shelves. 📚",
            "205",
            False,
        ),
        (
            "## Answer: 205 books\n\nLet me double-check that: 7 × 32 = 224, and 224 − 19 = 215.\n\nSo actually there "
            "are **215 books** on the shelves. 📚",
            "215",
            True,
        ),
        # (a check that confirms it leaves it)
        (
            "## Answer: 205 books\n\nLet me double-check: 7 × 32 = 224, and 224 − 19 = 205. ✓\n\nSo there are **205 books** left.",
            "205",
            True,
        ),
    ],
    "inline HTML around the answer": [
        (
            "I first counted 12, but I missed the two corner squares.\n\nThe answer is <s>12</s> <b>14</b>.",
            "14",
            True,
        ),
        (
            "I first counted 12, but I missed the two corner squares.\n\nThe answer is <s>12</s> <b>14</b>.",
            "12",
            False,
        ),
        ("Three quarters of the tank is full.\n\nThe answer is <code>0.75</code>.", "\\frac{3}{4}", True),
        ("Adding 1 to both sides.\n\nThe answer is <b>x<sup>2</sup> + 1</b>.", "x^2+1", True),
        ("Adding 1 to both sides.\n\nThe answer is <b>x<sup>2</sup> + 2</b>.", "x^2+1", False),
    ],
    "a remark on the answer after it": [
        ("2x = 6, so x = 3. (Check: 2(3) + 1 = 7 ✓)", "3", True),
        ("2x = 6, so x = 3. (Check: 2(3) + 1 = 7 ✓)", "7", False),
        ("2^10 = 1024.\n\nThe remainder is 2, since 1024 = 7 · 146 + 2.", "2", True),
        ("2^10 = 1024.\n\nThe remainder is 2, since 1024 = 7 · 146 + 2.", "146", False),
        ("3 × 4 = 12\n\n答案是 12（因为 3 × 4 = 12）。", "12", True),
        ("Divide by 2.\n\nThe answer is 3/4 — equivalently 0.75, or 75%.", "\\frac{3}{4}", True),
        ("Divide by 2.\n\nThe answer is 3/4 — or maybe 2/3.", "\\frac{3}{4}", False),
        (
            "Adding: 2x = 4, x = 2; then y = −3.\n\nThe ordered pair is $(2, -3)$. Plugging in: $2 + (-3) = -1$ and "
            "$2 - (-3) = 5$ ✓",
            "(2,-3)",
            True,
        ),
        (
            "Adding: 2x = 4, x = 2; then y = −3.\n\nThe ordered pair is $(2, -3)$. Plugging in: $2 + (-3) = -1$ and "
            "$2 - (-3) = 5$ ✓",
            "-1, 5",
            False,
        ),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_COMPLETIONS))
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_a_measure_stated_where_it_is() -> None:
    completion = (
        "Completing squares: $(x+4)^2 + (y-5)^2 = 36$.\n\nThe center is at $(-4, 5)$ and the radius is $6$."
    )
    problem = "Find the center of the circle $x^2 + 8x + y^2 - 10y + 5 = 0$."
    assert verify(completion, "(-4,5)", problem=problem).correct
    assert not verify(completion, "(4,-5)", problem=problem).correct


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        (
            "$(1+\\sqrt2)^2 = 1 + 2\\sqrt{2} + 2$. Writing $2\\sqrt2 = \\sqrt8$: $\\boxed{3+\\sqrt{8}}$.",
            "Write $(1+\\sqrt{2})^2$ in the form $a+b\\sqrt{c}$, where $c$ has no square factor other than 1.",
            "3+2\\sqrt{2}",
            False,
        ),
        (
            "$(1+\\sqrt2)^2 = 1 + 2\\sqrt{2} + 2 = \\boxed{3+2\\sqrt{2}}$.",
            "Write $(1+\\sqrt{2})^2$ in the form $a+b\\sqrt{c}$, where $c$ has no square factor other than 1.",
            "3+2\\sqrt{2}",
            True,
        ),
        (
            "Combine under one radical: $\\boxed{\\sqrt{\\frac{2}{3}}}$",
            "Simplify $\\frac{\\sqrt{2}}{\\sqrt{3}}$ and rationalize the denominator.",
            "\\frac{\\sqrt{6}}{3}",
            False,
        ),
        (
            "Moving $2x$ to the right-hand side gives the answer: $\\boxed{3y = 6 - 2x}$.",
            "Solve $2x + 3y = 6$ for $y$ in terms of $x$.",
            "y=-\\frac{2}{3}x+2",
            False,
        ),
        (
            "Dividing by 3: $\\boxed{y = 2 - \\frac{2x}{3}}$.",
            "Solve $2x + 3y = 6$ for $y$ in terms of $x$.",
            "y=-\\frac{2}{3}x+2",
            True,
        ),
    ],
)
def test_the_form_a_problem_asks_for(completion: str, problem: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=problem).correct is correct
