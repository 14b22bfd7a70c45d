"""More readings the forty-sixth session's blind probes (494-506) found missing: the symbol of the measure a problem
asks for among a line's named values ("$S_{20} = 670$" for a sum, "$r = 5$" for a radius, "$A_{\\max} = 25$" for an
area); points named by a figure's letters; a lower and an upper bound joined by "and" (one interval, not a union); a
union of a chained inequality and a ray; a bound stated with where equality holds; a parts-of-a-unit number in words
("half an hour", "half a million") and the verbs of word problems; Indonesian number words; a Chinese phrase that
names the option chosen; a value and its unit in one font group; a signed exponent typed without braces (a row vector
stays no column); "all real x except ±2"; the empty set concluded after a reason; a letter stated with the value of
another choice. Each kind has a twin that goes the other way."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify
from openrs_rewards.verifiers.foreign_numbers import foreign_number_value
from openrs_rewards.verifiers.structure import parse_structure

_SUM_PROBLEM = "Find the sum of the first 20 terms of the arithmetic sequence 5, 8, 11, ..."
_SUM_LINE = "First, $a_{20} = 5 + 19(3) = 62$. Then $S_{20} = 10 \\cdot 67 = 670$.\n\nSo $a_{20} = 62$, $S_{20} = 670$."
_RADIUS_PROBLEM = "Find the radius of the circle $x^2 + y^2 - 6x + 4y - 12 = 0$."
_RADIUS_LINE = "Rewrite as $(x-3)^2 + (y+2)^2 = 25$. So the center is $(3,-2)$ and $r = 5$."
_AREA_PROBLEM = "Find the maximum area of a rectangle whose perimeter is 20."
_AREA_LINE = "With $x + y = 10$, $A = xy \\le 25$, with equality at $x = y = 5$.\n\n$x = 5$, $y = 5$, $A_{\\max} = 25$."
_CHOICES_PROBLEM = (
    "A rectangle has perimeter 30 and length 9. What is its area?\n\n(A) 36 (B) 45 (C) 54 (D) 60 (E) 81"
)


@pytest.mark.parametrize(
    ("completion", "problem", "gold", "correct"),
    [
        (_SUM_LINE, _SUM_PROBLEM, "670", True),
        (_SUM_LINE, _SUM_PROBLEM, "62", False),
        (_RADIUS_LINE, _RADIUS_PROBLEM, "5", True),
        (_RADIUS_LINE, _RADIUS_PROBLEM, "25", False),
        (_AREA_LINE, _AREA_PROBLEM, "25", True),
        (_AREA_LINE, _AREA_PROBLEM, "5", False),
        # a letter and a value that disagree answer nothing, whichever the gold names
        ("$w = 6$, area $= 54$.\n\n$\\boxed{\\textbf{(B)}\\ 54}$", _CHOICES_PROBLEM, "54", False),
        ("$w = 6$, area $= 54$.\n\n$\\boxed{\\textbf{(C)}\\ 54}$", _CHOICES_PROBLEM, "54", True),
    ],
)
def test_the_value_a_problem_asks_for(completion: str, problem: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


_COMPLETIONS = {
    "points named by letters": [
        ("So the intersection points are $A(-1, 0)$ and $B(2, 3)$.", "(-1,0), (2,3)", True),
        ("So the intersection points are $A(-1, 0)$ and $B(2, 3)$.", "(-1,0), (3,2)", False),
        ("The foci are $F_1(-4, 0)$ and $F_2(4, 0)$.", "(\\pm 4, 0)", True),
        ("The foci are $F_1(-4, 0)$ and $F_2(4, 0)$.", "(\\pm 3, 0)", False),
        ("$C = (2, 2)$, $D = (0, 2)$", "C(2,2), D(0,2)", True),
        ("$C = (2, 2)$, $D = (2, 0)$", "C(2,2), D(0,2)", False),
        ("The vertex is $V(1, -4)$.", "(1,-4)", True),
        # (a function's value is no point: f is no letter of a figure)
        ("So the answer is $\\boxed{f(2, 3)}$.", "(2,3)", False),
    ],
    "two bounds of one name": [
        ("We need $x \\ge -1$ and $x \\le 3$.\n\n**Answer:** $x \\ge -1$ and $x \\le 3$", "[-1, 3]", True),
        ("We need $x \\ge -1$ and $x \\le 3$.\n\n**Answer:** $x \\ge -1$ and $x \\le 3$", "(-1, 3]", False),
        ("So $x < -1$ or $x > 3$.", "(-\\infty,-1)\\cup(3,\\infty)", True),
        ("So $x < -1$ or $x > 3$.", "(-1, 3)", False),
        # ("or" between overlapping bounds is their union, every number: no interval)
        ("**Answer:** $x > 1$ or $x < 4$", "(1, 4)", False),
        ("The answer is $x \\ge -1$ and $x \\le 3$.", "[-1, 3]", True),
        ("So $1 \\le x < 2$ or $x \\ge 3$.", "[1,2)\\cup[3,\\infty)", True),
        ("So $1 \\le x < 2$ or $x \\ge 3$.", "[3,\\infty)", False),
    ],
    "a bound and where equality holds": [
        (
            "Since $x^2 \\ge 0$ for all real $x$, we get $f(x) \\geq 1$, with equality at $x = 0$.",
            "[1,\\infty)",
            True,
        ),
        ("Since $x^2 \\ge 0$ for all real $x$, we get $f(x) \\geq 1$, with equality at $x = 0$.", "0", False),
    ],
    "steps, then what they conclude": [
        ("x - 3 = 5 or x - 3 = -5, so x = 8 or x = -2.", "-2, 8", True),
        ("x - 3 = 5 or x - 3 = -5, so x = 8 or x = -2.", "-5, 5", False),
        ("Expanding (x \u2212 2)\u00b2 gives x\u00b2 \u2212 4x + 4.", "x^2-4x+4", True),
        ("Expanding (x \u2212 2)\u00b2 gives x\u00b2 \u2212 4x + 3.", "x^2-4x+4", False),
    ],
    "numbers in words": [
        ("Fifteen minus nine leaves half a dozen cupcakes.", "6", True),
        ("Fifteen minus nine leaves half a dozen cupcakes.", "15", False),
        ("The increase is 100,000.\n\nThe house is now worth half a million dollars.", "500000", True),
        ("The increase is 100,000.\n\nThe house is now worth half a million dollars.", "100000", False),
        (
            "25% of 20,000 is 5,000, so the car is worth fifteen thousand dollars after one year.",
            "15000",
            True,
        ),
        (
            "25% of 20,000 is 5,000, so the car is worth fifteen thousand dollars after one year.",
            "5000",
            False,
        ),
        (
            "60 \u00d7 5 = 300 minutes. 300 minutes \u00f7 60 = 5 hours.\n\nHe watches five hours of TV.",
            "5",
            True,
        ),
        (
            "60 \u00d7 5 = 300 minutes. 300 minutes \u00f7 60 = 5 hours.\n\nHe watches five hours of TV.",
            "300",
            False,
        ),
        (
            "Each chore is a quarter of an hour.\n\nSo in total he spends three quarters of an hour on chores.",
            "0.75",
            True,
        ),
        (
            "Each chore is a quarter of an hour.\n\nSo in total he spends three quarters of an hour on chores.",
            "3",
            False,
        ),
        ("It leaves him with three apples.", "3", True),
        ("Ada 3 baris, jadi $3 \\times 6 = 18$ kursi.\n\nJadi, jawabannya adalah delapan belas.", "18", True),
        ("Ada 3 baris, jadi $3 \\times 6 = 18$ kursi.\n\nJadi, jawabannya adalah delapan belas.", "8", False),
    ],
    "the option chosen, in Chinese": [
        ("选项 A 排除；选项 C、D 均不是奇函数，排除。\n\n综上所述，正确选项为 B。", "\\text{(B)}", True),
        ("选项 A 排除；选项 C、D 均不是奇函数，排除。\n\n综上所述，正确选项为 B。", "\\text{(C)}", False),
        ("综上，选 B。", "B", True),
        ("综上，选 B。", "A", False),
    ],
    "values, units and vectors written oddly": [
        ("The floor area is $6 \\times 6 = \\boxed{\\mathrm{36\\,m^2}}$.", "36 \\text{ m}^2", True),
        ("The floor area is $6 \\times 6 = \\boxed{\\mathrm{36\\,cm^2}}$.", "36 \\text{ m}^2", False),
        (
            "The wavelength is c/f = 5.0 \u00d7 10^-7 m.\n\nAnswer: 5.0 \u00d7 10^-7 m",
            "500 \\mathrm{~nm}",
            True,
        ),
        (
            "The wavelength is c/f = 5.0 \u00d7 10^-7 m.\n\nAnswer: 5.0 \u00d7 10^-7 m",
            "50 \\mathrm{~nm}",
            False,
        ),
        # (the micro prefix of an ampere: 2.5 µA is no 2.5 mA)
        ("I = V/R = 5.0 V / 2.0 kΩ = 2.5 µA", "2.5\\ \\text{mA}", False),
        ("I = V/R = 5.0 V / 2.0 kΩ = 2500 µA", "2.5\\ \\text{mA}", True),
        # (a row is no column: shapes differ, as the category cases say of a row against a column gold)
        (
            "$$2\\mathbf{a} - \\mathbf{b} = \\begin{pmatrix} 4 & -1 & 2 \\end{pmatrix}$$",
            "\\begin{pmatrix} 4 \\\\ -1 \\\\ 2 \\end{pmatrix}",
            False,
        ),
        (
            "$$2\\mathbf{a} - \\mathbf{b} = \\begin{pmatrix} 4 \\\\ -1 \\\\ 2 \\end{pmatrix}$$",
            "\\begin{pmatrix} 4 \\\\ -1 \\\\ 2 \\end{pmatrix}",
            True,
        ),
        # (a transpose of a square matrix is another matrix)
        (
            "$\\boxed{\\begin{pmatrix}1&3\\\\2&4\\end{pmatrix}}$",
            "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
            False,
        ),
    ],
    "sets written otherwise": [
        ("Exclude the zero of the denominator.\n\nDomain = R - {2}", "(-\\infty,2)\\cup(2,\\infty)", True),
        ("Exclude the zero of the denominator.\n\nDomain = R - {3}", "(-\\infty,2)\\cup(2,\\infty)", False),
        ("The domain is $\\boxed{x \\in \\mathbb{R},\\ x \\neq 2}$.", "(-\\infty,2)\\cup(2,\\infty)", True),
        ("The domain is $\\boxed{x \\in \\mathbb{R},\\ x \\neq 3}$.", "(-\\infty,2)\\cup(2,\\infty)", False),
        (
            "The solution set is $\\{x \\mid x < -1\\} \\cup \\{x \\mid x > 3\\}$.",
            "(-\\infty,-1)\\cup(3,\\infty)",
            True,
        ),
        (
            "The solution set is $\\{x \\mid x < -1\\} \\cup \\{x \\mid x > 3\\}$.",
            "(-\\infty,-1]\\cup(3,\\infty)",
            False,
        ),
    ],
    "sets said in words": [
        (
            "$x^2 - 4 = 0$ at $x = \\pm 2$, so the domain is all real $x$ except $x = \\pm 2$.",
            "(-\\infty,-2)\\cup(-2,2)\\cup(2,\\infty)",
            True,
        ),
        (
            "$x^2 - 4 = 0$ at $x = \\pm 2$, so the domain is all real $x$ except $x = \\pm 2$.",
            "(-\\infty,2)\\cup(2,\\infty)",
            False,
        ),
        (
            "$x^2 = -4$, but a real square cannot be negative, so the equation has no real solutions.",
            "\\text{no real solutions}",
            True,
        ),
        ("So there is no solution except $x = 3$.", "\\text{no real solutions}", False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_COMPLETIONS))
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_a_labelled_point_is_its_coordinates() -> None:
    assert parse_structure("A(-1,0),B(2,3)").items == ("(-1,0)", "(2,3)")
    assert parse_structure("F(x,y)").kind == "value"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("delapan belas", 18),
        ("dua puluh lima", 25),
        ("tiga ratus empat puluh lima", 345),
        ("seribu dua ratus", 1200),
    ],
)
def test_indonesian_number_words(words: str, value: int) -> None:
    assert foreign_number_value(words) == value
