"""The category cases: 2,237 labelled (completion, gold) pairs that say where a math answer verifier is right or wrong.

Every case was written by hand for this project (no other grader's test suite was read or copied). Each is a
:class:`Case`: a completion (``prediction``), a ``gold`` answer, whether a careful grader marks it correct
(``expected``), and whether that label is ``firm`` (careful graders agree) or debatable (``firm=False``: a rounded
``0.33`` against ``\\frac13``, ``\\pi/6`` against ``30^\\circ``, ``2\\text{ hours}`` against ``120``...). The
benchmark and the regression test count the firm cases; the debatable ones are reported apart.

Categories:

- answer pairs (an answer as a model writes it, a gold, the label), by what they exercise: ``latex_format``,
  ``numbers``, ``numbers2``, ``rounding``, ``repeating_mixed``, ``units_words``, ``angles``, ``percent``,
  ``expr2``, ``complex`` (values); ``tuples_sets``, ``sets2``, ``intervals_relations``, ``empty_infinity_pm``,
  ``named_parts``, ``equations``, ``matrices_vectors``, ``matrices2`` (structures); ``choice``,
  ``text_answers``, ``text2``, ``base_subscript`` (letters, words, numerals in a base);
- ``hard_boxed``: harder pairs, boxed only (trigonometry in degrees, logarithms, scale words, unit conversion...);
- ``identical_odd_gold``: the gold itself boxed, for golds no parser reads easily (``\\bar z``, ``\\text{lcm}(4,6)``,
  ``\\begin{cases}``...);
- whole completions: ``reasoning_only``, ``truncated``, ``looping``, ``hedged``, ``multi_boxed``, ``mangled``
  (JSON-mangled escapes such as ``\\x08oxed``), ``markers``, ``gold_forms``, ``phrase_tail``, ``dollar_escape``,
  ``self_correct``, ``end_of_turn``, ``choice_listing``, ``approx``, ``plain_text``, ``list_last_number``,
  ``factorial``, ``real_final_sentence`` (unboxed last sentences), ``mixed_final_answers`` (phrase answers,
  relations, several answers, expressions that time a symbolic check out), ``equation_rhs`` (an equation is not
  its right-hand side).

The five forms of an answer pair (every pair appears in all five; whole completions have form ``completion``):

- ``plain``: the bare answer as the whole completion, truncation unknown (``truncated=None``);
- ``plain_fin``: the same, declared finished (``truncated=False``);
- ``boxed``: a short chain of thought ending "Therefore, the answer is $\\boxed{...}$.";
- ``think``: a ``<think>`` block, then ``**Final Answer**`` and ``\\[\\boxed{...}\\]``;
- ``sentence``: "The final answer is ..." in ``$..$``, ``\\(..\\)`` or ``\\[..\\]`` in turn (words unwrapped).

Run as a script to write the cases as JSON lines::

    python benchmarks/category_cases.py --out cases.jsonl

>>> from category_cases import cases
>>> all_cases = cases()
>>> len(all_cases), sum(c.firm for c in all_cases)
(2237, 1926)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from dataclasses import dataclass
from pathlib import Path

FORMS = ("plain", "plain_fin", "boxed", "think", "sentence")
"""The five forms every answer pair is written in; whole completions have the form ``completion``."""


@dataclass(frozen=True)
class Case:
    """One labelled verifier case: is ``prediction`` (a completion) correct against ``gold``?"""

    id: str
    category: str
    form: str
    prediction: str
    gold: str
    expected: bool
    firm: bool
    truncated: bool | None = None
    answer: str | None = None
    """The answer alone, for answer pairs and boxed cases (None for whole completions)."""


@dataclass(frozen=True)
class _AnswerPair:
    category: str
    answer: str
    gold: str
    expected: bool
    firm: bool
    is_text: bool


_ANSWER_PAIRS: list[_AnswerPair] = []


def _answer_pairs(
    category: str, rows: list[tuple[str, str, bool] | tuple[str, str, bool, bool]], text: bool = False
) -> None:
    """Rows are (answer, gold, expected) or (answer, gold, expected, firm); ``text`` answers are never put in math."""
    for row in rows:
        answer, gold, expected = row[:3]
        firm = bool(row[3]) if len(row) > 3 else True
        _ANSWER_PAIRS.append(_AnswerPair(category, answer, gold, bool(expected), firm, text))


_answer_pairs(
    "latex_format",
    [
        (r"\frac32", r"\frac{3}{2}", True),
        (r"\frac32", "1.5", True),
        (r"\sqrt5", r"\sqrt{5}", True),
        (r"\cfrac{1}{3}", r"\frac{1}{3}", True),
        (r"\dfrac{\sqrt{3}}{2}", r"\frac{\sqrt3}{2}", True),
        (r"\frac{\sqrt{3}}{2}", r"\frac{1}{\sqrt{3}}", False),
        (r"\frac{1}{\sqrt{2}}", r"\frac{\sqrt{2}}{2}", True),
        (r"\frac{2}{\sqrt{3}}", r"\frac{2\sqrt{3}}{3}", True),
        (r"\frac{-1}{2}", r"-\frac12", True),
        (r"-\frac{1}{2}", r"\frac{1}{2}", False),
        (r"\left(\frac{1}{2}\right)^2", r"\frac14", True),
        (r"\displaystyle \frac{7}{4}", "1.75", True),
        (r"\mathbf{12}", "12", True),
        (r"\mathrm{12}", "12", True),
        (r"2\!\sqrt{2}", r"2\sqrt2", True),
        (r"\sqrt[3]{2}", "2^{1/3}", True),
        (r"\sqrt{8}", r"2\sqrt{2}", True),
        (r"\sqrt{8}", r"2\sqrt{3}", False),
        (r"3\sqrt{2}", r"\sqrt{18}", True),
        (r"\frac{\pi}{2}", r"\pi/2", True),
        (r"-2\sqrt5+10", r"10-2\sqrt{5}", True),
        (r"10+2\sqrt{5}", r"10-2\sqrt{5}", False),
        (r"\tfrac{5}{8}", "0.625", True),
        ("(x+1)^2", "x^2+2x+1", True),
        ("(x-1)^2", "x^2+2x+1", False),
        (r"\frac{b+a}{2}", r"\frac{a+b}{2}", True),
        (r"\frac{4}{3}", r"\frac{3}{4}", False),
        (r"\sqrt{6}", r"2\sqrt{3}", False),
        ("3", r"\sqrt{3}", False),
        (r"2 \pi", r"2\pi", True),
        (r"\frac{1}{2}\sqrt{3}", r"\frac{\sqrt3}{2}", True),
        (r"{\left[ 4 \right]}", "4", True),
    ],
)
_answer_pairs(
    "numbers",
    [
        (".5", "0.5", True),
        ("1 000 000", "1000000", True),
        ("1,000,000", "1000000", True),
        ("10^6", "1000000", True),
        ("1e6", "1000000", True, False),
        (r"1.5\times10^{3}", "1500", True),
        (r"1.5 \cdot 10^3", "1500", True),
        (r"1.5\times10^{4}", "1500", False),
        (r"6.02\times 10^{23}", "6.02e23", True, False),
        (r"6.02\times10^{22}", r"6.02 \times 10^{23}", False),
        ("3.0", "3", True),
        ("5.01", "5", False),
        ("99.99", "100", False),
        ("2^{10}", "1024", True),
        ("10!", "3628800", True),
        (r"\binom{5}{2}", "10", True),
        (r"\binom{6}{2}", "10", False),
        (r"\log_2 8", "3", True),
        (r"\log_2 16", "3", False),
        ("-7", "7", False),
        ("121", "12", False),
        ("5", "0.5", False),
        ("100", "1000", False),
        ("1 000", "1000000", False),
        ("1,000", "1000", True),
        ("12.50", "12.5", True),
        (r"\frac18", "0.125", True),
        ("2", r"\frac12", False),
        (r"\dbinom{10}{3}", "120", True),
        ("5!", "120", True),
        ("4!", "120", False),
    ],
)
_answer_pairs(
    "rounding",
    [
        (r"\frac{1}{3}", "0.33", True),
        (r"\frac{1}{3}", "0.3", True, False),
        ("0.3", "0.33", False),
        ("2.3", "2.35", False),
        ("2.4", "2.35", False),
        (r"10\sqrt2", "14.14", True),
        ("14.1", "14.14", False),
        ("3.14159", "3.14", True, False),
        ("3.14", r"\pi", False, False),
        ("0.333", r"\frac{1}{3}", True, False),
        ("0.33", r"\frac{1}{3}", False, False),
        ("14.142", r"10\sqrt{2}", True, False),
        ("1.41", "1.414", False),
        (r"\approx 3.14", "3.14", True),
        (r"\pi \approx 3.14", "3.14", True, False),
        ("0.6667", r"\frac{2}{3}", True, False),
        ("0.67", "0.667", False),
        ("2.718", "e", True, False),
        ("33.3", r"33\frac{1}{3}", True, False),
    ],
)
_answer_pairs(
    "repeating_mixed",
    [
        (r"0.\overline{3}", r"\frac13", True),
        (r"0.\overline{12}", r"\frac{4}{33}", True),
        (r"0.1\overline{6}", r"\frac16", True),
        (r"1\frac{1}{2}", r"\frac32", True),
        (r"2\frac{3}{4}", r"\frac{11}{4}", True),
        (r"2\frac{3}{4}", r"\frac{3}{2}", False),
        (r"3\tfrac12", "3.5", True),
        (r"0.\overline{6}", "0.6", False),
    ],
)
_answer_pairs(
    "units_words",
    [
        (r"12\text{ cm}^2", "12", True),
        (r"12 \text{ cm}^2", r"12\text{ cm}^2", True),
        ("60 km/h", "60", True),
        (r"60\text{ km/h}", "60", True),
        (r"50 \text{ percent}", "50", True, False),
        (r"\$5.50", "5.5", True),
        (r"5.50 \text{ dollars}", "5.5", True),
        (r"30 \text{ minutes}", "30", True),
        (r"0.5 \text{ hours}", "30", False),
        (r"4 \text{ apples}", "4", True),
        (r"\text{7 days}", "7", True),
        (r"1200 \text{ m}^2", "1200", True),
        (r"12^\circ", "12", True),
        (r"90^{\circ}", "90", True),
        ("90°", "90", True),
        (r"\$18", r"\$18.00", True),
        (r"18 \text{ dollars}", "19", False),
        (r"5\text{ cm}", r"5\text{ m}", False, False),
        (r"7\,\mathrm{kg}", "7", True),
        (r"40\text{ mph}", "40", True),
        ("3 \\text{ inches}", "4", False),
    ],
)
_answer_pairs(
    "angles",
    [
        (r"30^\circ", "30", True),
        (r"\frac{\pi}{6}", r"30^\circ", True, False),
        ("30", r"\frac{\pi}{6}", False, False),
        (r"\frac{\pi}{6}", r"30^\circ", True, False),
        (r"45^\circ", "45", True),
        (r"135^\circ", r"45^\circ", False),
        (r"60^\circ", r"\frac{\pi}{3}", True, False),
        (r"120^{\circ}", "120", True),
        (r"\frac{2\pi}{3}", r"\frac{\pi}{3}", False),
    ],
)
_answer_pairs(
    "percent",
    [
        (r"25\%", "25", True),
        (r"25\%", "0.25", True),
        ("0.25", r"25\%", True, False),
        ("0.25", "25", False, False),
        ("25", "0.25", False, False),
        (r"12.5\%", r"\frac18", True),
        (r"20\%", r"25\%", False),
        ("25 \\%", "25", True),
        ("40\\%", "40", True),
    ],
)
_answer_pairs(
    "tuples_sets",
    [
        ("(2, 5)", "(2,5)", True),
        ("(5,2)", "(2,5)", False),
        (r"\{3,2,1\}", r"\{1,2,3\}", True),
        ("1, 2, 3", "1,2,3", True),
        ("x=1, x=2", "1,2", True),
        (r"x=1 \text{ or } x=2", "1, 2", True),
        ("1, 2", "1,2,3", False),
        ("1,2,3", "1,2", False),
        ("2, -2", r"\pm 2", True),
        (r"\pm 2", "2", False),
        ("2", r"\pm 2", False),
        (r"x=\pm\sqrt{3}", r"\sqrt3, -\sqrt3", True),
        ("5 \\text{ and } 3", "3, 5", True, False),
        ("-2, 2", "2,-2", True),
        ("(1,2,3)", "(1,3,2)", False),
        ("3, 4", "3", False),
        (r"\left( 3, -\frac{1}{2} \right)", r"(3,-\frac12)", True),
        ("(3, 0.5)", r"(3,-\frac12)", False),
    ],
)
_answer_pairs(
    "intervals_relations",
    [
        (r"(1,2) \cup (3,4)", r"(1,2)\cup(3,4)", True),
        ("[1,2)", "[1,2]", False),
        (r"x<3", r"(-\infty, 3)", True),
        (r"x \le 3", r"(-\infty,3]", True),
        ("x<3", r"(-\infty,3]", False),
        (r"(2,\infty)", "x>2", True),
        ("2<x<5", "(2,5)", True, False),
        (r"x<-1 \text{ or } x>1", r"(-\infty,-1)\cup(1,\infty)", True),
        (r"(1,4)", r"(1,2)\cup(3,4)", False),
        (r"[2, 5]", "[2,5]", True),
        (r"\left[2,5\right)", "[2,5)", True),
        (r"(-\infty,\infty)", r"\mathbb{R}", True, False),
        (r"x \geq 2", r"[2,\infty)", True),
        (r"x > 2", r"[2,\infty)", False),
        (r"(-3, 3)", r"(-3,3]", False),
        (r"[-1, \infty)", r"[-1,+\infty)", True),
    ],
)
_answer_pairs(
    "empty_infinity_pm",
    [
        (r"\varnothing", r"\emptyset", True),
        (r"\{\}", r"\emptyset", True),
        ("0", r"\emptyset", False),
        (r"\infty", r"\infty", True),
        (r"-\infty", r"\infty", False),
        (r"+\infty", r"\infty", True),
        ("∞", r"\infty", True),
        (r"\pm\sqrt{2}", r"\sqrt2, -\sqrt2", True),
        (r"1\pm\sqrt{2}", r"1+\sqrt2, 1-\sqrt2", True),
        (r"1+\sqrt{2}", r"1\pm\sqrt{2}", False),
        (r"\text{no solution}", r"\emptyset", True, False),
    ],
)
_answer_pairs(
    "named_parts",
    [
        ("(a,b)=(2,5)", "(2,5)", True),
        ("a=2, b=5", "(2,5)", True),
        ("(a,b)=(5,2)", "(2,5)", False),
        ("x=5", "5", True),
        ("y = 5", "5", True),
        ("x=5", "6", False),
        ("f(x)=2x+3", "2x+3", True),
        ("f(x) = 2x + 3", "3+2x", True),
        ("f(x)=2x-3", "2x+3", False),
        (r"k = \frac{3}{2}", "1.5", True),
        ("p(x)=x^2-1", "x^2-1", True),
        ("5", "x=5", True),
        ("b=5, a=2", "(2,5)", True, False),
        ("m=3", "n=3", True, False),
        (r"x = 2, y = -1", "(2,-1)", True),
        ("x=-1, y=2", "(2,-1)", False),
    ],
)
_answer_pairs(
    "equations",
    [
        ("2x - y + 1 = 0", "y = 2x+1", True, False),
        ("y=2x-1", "y=2x+1", False),
        ("x^2+y^2=5^2", "x^2+y^2=25", True),
        ("x^2-2x+y^2+4y-4=0", "(x-1)^2+(y+2)^2=9", True, False),
        ("2x+2y+2z=2", "x+y+z=1", True, False),
        ("x+y+z=2", "x+y+z=1", False),
        ("y = 2x + 1", "y=2x+1", True),
        ("y=1+2x", "y=2x+1", True),
        ("y=-\\frac{1}{2}x+3", "y = -0.5x + 3", True),
    ],
)
_answer_pairs(
    "complex",
    [
        ("4i+3", "3+4i", True),
        ("3-4i", "3+4i", False),
        (r"\sqrt{2}i", r"i\sqrt{2}", True),
        (r"\frac12+\frac{i}{2}", r"\frac{1+i}{2}", True),
        ("i-1", "-1+i", True),
        ("-2i", "2i", False),
        ("3+4\\mathrm{i}", "3+4i", True, False),
        ("2+3j", "2+3i", True, False),
    ],
)
_answer_pairs(
    "choice",
    [
        ("(A)", "A", True),
        (r"\textbf{(B)}", "B", True),
        ("B) 12", "B", True),
        (r"\text{(C)}", "C", True),
        ("(D)", "C", False),
        (r"\textbf{(B) }12", "B", True),
        ("E", "(E)", True),
        (r"\mathrm{(A)}", "A", True),
        ("A", "B", False),
        (r"\textbf{(D)}\ 7", "D", True),
    ],
    text=True,
)
_answer_pairs(
    "base_subscript",
    [
        ("1011_2", "1011_2", True),
        ("1011_{2}", "1011_2", True),
        ("11", "1011_2", False, False),
        ("213_4", "213_{4}", True),
        ("1011", "1011_2", True, False),
        ("1101_2", "1011_2", False),
    ],
)
_answer_pairs(
    "text_answers",
    [
        ("Yes", "yes", True),
        (r"\text{Yes}", "Yes", True),
        ("No", "Yes", False),
        (r"\text{Monday}", "Monday", True),
        ("Tuesday", "Monday", False),
        (r"\text{even}", "even", True),
        ("odd", "even", False),
        ("second", "2nd", True, False),
        (r"\text{Alice}", r"\text{Alice}", True),
        ("Bob", r"\text{Alice}", False),
        ("NO", "no", True),
    ],
    text=True,
)
_answer_pairs(
    "matrices_vectors",
    [
        (r"\begin{pmatrix}1&2\\3&4\end{pmatrix}", r"\begin{bmatrix}1&2\\3&4\end{bmatrix}", True),
        (r"\begin{pmatrix}1&2\\4&3\end{pmatrix}", r"\begin{pmatrix}1&2\\3&4\end{pmatrix}", False),
        (r"\begin{pmatrix}1\\2\\3\end{pmatrix}", "(1,2,3)", True, False),
        (r"\begin{pmatrix} 1/2 \\ -1 \end{pmatrix}", r"\begin{pmatrix} \frac12 \\ -1 \end{pmatrix}", True),
        (r"\left[\begin{array}{cc}1&0\\0&1\end{array}\right]", r"\begin{pmatrix}1&0\\0&1\end{pmatrix}", True),
        (r"\langle 1,2,3\rangle", "(1,2,3)", True, False),
        (r"\langle 1,3,2\rangle", r"\langle 1,2,3\rangle", False),
        (r"\begin{pmatrix} 2 \\ -1 \end{pmatrix}", r"\begin{pmatrix} -1 \\ 2 \end{pmatrix}", False),
        (r"\begin{pmatrix}0.5&0\\0&1\end{pmatrix}", r"\begin{pmatrix}\frac{1}{2}&0\\0&1\end{pmatrix}", True),
    ],
)

_answer_pairs(
    "numbers2",
    [
        (r"1{,}000{,}000", "10^6", True),
        (r"1\,000\,000", "1000000", True),
        (r"\$1{,}250", "1250", True),
        ("100000", "1000000", False),
        (r"1.0\times10^{6}", "1000000", True),
        (r"1.2 \times 10^{-5}", "0.000012", True),
        ("1.2e-5", "0.000012", True, False),
        (r"12\times10^{-6}", "0.000012", True),
        (r"10^{-3}", "0.001", True),
        (r"10^{-3}", "0.01", False),
        ("-0", "0", True),
        ("+5", "5", True),
        ("05", "5", True, False),
        ("5.0000001", "5", False),
        (r"3.0 \times 10^8", r"3 \times 10^8", True),
        (r"3\cdot10^8", "300000000", True),
        (r"6!", "720", True),
        (r"3!", "6", True),
        (r"3!", "3", False),
        (r"2^{2^{3}}", "256", True),
        ("1.000", "1000", False, False),
        (r"10\%", "10", True),
        (r"\frac{1}{10}", r"10\%", True),
        (r"50\%", "0.5", True),
        ("50", "0.5", False),
        (r"0.5", r"\frac{1}{2}\%", False, False),
        (r"1.4142", r"\sqrt2", True),
        (r"1.41", r"\sqrt{2}", False, False),
        (r"3 \times 10^{8}\ \text{m/s}", r"3\times10^8", True),
    ],
)
_answer_pairs(
    "expr2",
    [
        ("x^2", "x^3", False),
        ("2x", "2y", False),
        (r"\frac{1}{2}", r"\frac{1}{2}x", False),
        (r"\sqrt{2}/2", r"\frac{\sqrt2}{2}", True),
        (r"\log_3 9", "2", True),
        (r"\frac{\ln 8}{\ln 2}", "3", True),
        (r"\sin 30^\circ", r"\frac12", True, False),
        (r"\frac{\sqrt{3}}{3}", r"\frac{1}{\sqrt3}", True),
        (r"\sqrt{3}/3", r"\sqrt{3}", False),
        ("3^{1/2}", r"\sqrt3", True),
        (r"\frac{x}{2}+1", r"\frac{x+2}{2}", True),
        (r"\frac{1}{x}", "x^{-1}", True),
        (r"3\sqrt{3}\pi", r"3\pi\sqrt3", True),
        (r"\pi r^2", r"r^2\pi", True),
        ("n(n+1)/2", r"\frac{n^2+n}{2}", True),
        (r"\binom{n}{2}", r"\frac{n(n-1)}{2}", True, False),
        (r"-\frac{\sqrt{2}}{2}", r"\frac{-\sqrt2}{2}", True),
        (r"\frac{-\sqrt{2}}{-2}", r"\frac{\sqrt2}{2}", True),
        ("-(-3)", "3", True),
        (r"\frac{3-4i}{25}", r"\frac{1}{3+4i}", True),
        ("-i", r"\frac{1}{i}", True),
        ("i", "1", False),
        (r"2e^{i\pi/3}", r"1+i\sqrt3", True, False),
        ("y=x", "x-y=0", True, False),
        ("y=x", "y=-x", False),
        ("2n+1", "2n-1", False),
        (r"x^2 - 4", "(x-2)(x+2)", True),
        (r"x^2 + 4", "(x-2)(x+2)", False),
    ],
)
_answer_pairs(
    "sets2",
    [
        (r"(0,1)", "(0,1]", False),
        (r"(0,1)", "[0,1)", False),
        (r"\{1,2\}", r"\{1,2,3\}", False),
        (r"x \in (1,2)", "(1,2)", True),
        (r"x\neq 1", r"(-\infty,1)\cup(1,\infty)", True),
        (r"\mathbb{R}\setminus\{1\}", r"(-\infty,1)\cup(1,\infty)", True, False),
        (r"\left\{ 1, 2 \right\}", r"\{1,2\}", True),
        (r"\{1,2\}", "1,2", True),
        (r"(-\infty,0)\cup(0,\infty)", r"x\neq0", True),
        (r"[0,1]\cup[2,3]", r"[0,1]\cup[2,3]", True),
        (r"[0,1]\cup[2,3]", "[0,3]", False),
        ("(1,2]", r"1<x\le2", True),
        (r"5\text{ and }-5", r"\pm5", True),
        (r"x=3 \text{ and } y=4", "(3,4)", True),
        (r"a=1,b=2,c=3", "(1,2,3)", True),
        (r"a=1,b=3,c=2", "(1,2,3)", False),
        ("3, 3", "3", True, False),
        (r"x=-1 \text{ or } x=3", "-1, 3", True),
        (r"x=-1 \text{ or } x=3", "-1, 2", False),
    ],
)
_answer_pairs(
    "text2",
    [
        (r"\text{yes}", "Yes", True),
        (r"\text{no}", "No", True),
        (r"3\text{rd}", "3", True),
        (r"\text{Wednesday}", r"\text{Wednesday}", True),
        (r"\text{north}", r"\text{south}", False),
        (r"\text{(A) } 12", "A", True),
        (r"\text{True}", "True", True),
        (r"\text{False}", "True", False),
        ("AB = 5", "5", True),
        (r"m\angle A = 40^\circ", "40", True, False),
        (r"30°", "30", True),
        (r"\text{Yes}", "No", False),
    ],
    text=True,
)
_answer_pairs(
    "matrices2",
    [
        (r"\begin{pmatrix} 3 \\ -1 \\ 2 \end{pmatrix}", r"\begin{pmatrix}3\\-1\\2\end{pmatrix}", True),
        (r"\begin{pmatrix} 3 \\ 1 \\ 2 \end{pmatrix}", r"\begin{pmatrix}3\\-1\\2\end{pmatrix}", False),
        (r"\begin{bmatrix} 2 & 0 \\ 0 & 2 \end{bmatrix}", r"\begin{pmatrix}2&0\\0&2\end{pmatrix}", True),
        (r"\begin{pmatrix} 2 & 0 \\ 0 & 3 \end{pmatrix}", r"\begin{pmatrix}2&0\\0&2\end{pmatrix}", False),
        (
            r"\begin{pmatrix} -\frac{1}{3} \\ \frac{2}{3} \end{pmatrix}",
            r"\begin{pmatrix} -1/3 \\ 2/3 \end{pmatrix}",
            True,
        ),
    ],
)

_COMPLETIONS: list[Case] = []


def _completion(
    category: str,
    prediction: str,
    gold: str,
    expected: bool,
    firm: bool = True,
    truncated: bool | None = None,
) -> None:
    count = sum(c.category == category for c in _COMPLETIONS)
    _COMPLETIONS.append(
        Case(f"{category}-{count}", category, "completion", prediction, gold, expected, firm, truncated)
    )


_ROOTS_REASONING = "Okay, the sum of the roots is 7 and the product is 12, so the roots are 3 and 4."
_ROOTS_REASONING = "Okay, the sum of the roots is 7 and the product is 12, so the roots are 3 and 4."
_completion(
    "reasoning_only", f"<think>\n{_ROOTS_REASONING} So the larger root is \\boxed{{4}}.\n</think>", "4", True
)
_completion(
    "reasoning_only",
    f"<think>\n{_ROOTS_REASONING} So the larger root is \\boxed{{4}}.\n</think>\n",
    "3",
    False,
)
_completion("reasoning_only", f"<think>\n{_ROOTS_REASONING} The answer is 4.\n</think>", "4", True, False)
_completion(
    "reasoning_only",
    f"<think>\n{_ROOTS_REASONING} Maybe \\boxed{{3}}? No...\n</think>\nThe answer is $\\boxed{{4}}$.",
    "4",
    True,
)
_completion(
    "reasoning_only",
    f"<think>\n{_ROOTS_REASONING} So \\boxed{{4}}.\n</think>\nThe answer is $\\boxed{{3}}$.",
    "4",
    False,
)
_completion(
    "reasoning_only", f"<think>\n{_ROOTS_REASONING} So the larger root is \\boxed{{4}}.", "4", True, False
)  # unclosed think
_completion(
    "reasoning_only",
    f"{_ROOTS_REASONING} So the larger root is 4.\n</think>\n\nThe larger root is $4$.",
    "4",
    True,
)  # no opening think
_completion("truncated", "Let me compute. 2+2=4, then 4*3=12, then we need to", "12", False, truncated=True)
_completion("truncated", "Let me compute. 2+2=4, then 4*3=12, then we need to", "12", False, truncated=None)
_completion(
    "truncated",
    "First, 3 times 4 is 12. So the answer is \\boxed{12}. Now let me verify by another method: 12 / 4 =",
    "12",
    True,
    truncated=True,
)
_completion(
    "truncated",
    "<think>\nWe need x such that 2x = 10, so x = 5. Hmm, but wait, let me reconsider the",
    "5",
    False,
    truncated=True,
)
_LOOP = "Wait, let me recheck the computation. 6 times 7 is 42. " * 40
_completion("looping", "The product is 42. " + _LOOP, "42", False, False)
_completion("looping", "Thus the answer is $\\boxed{42}$.\n\n" + _LOOP, "42", True, False)
_completion("looping", _LOOP + "So the answer is \\boxed{42}.", "42", True)
_completion("looping", ("So x = 3. " * 60), "3", False, False)
_completion("hedged", "The answer is either $\\boxed{3}$ or $\\boxed{4}$.", "3", False)
_completion("hedged", "I'm not sure, maybe 7 or 8.", "7", False)
_completion("hedged", "It could be $\\boxed{3}$ or $\\boxed{4}$, I can't decide.", "4", False, False)
_completion("hedged", "The answer is $\\boxed{3}$ or $\\boxed{-3}$.", "3", False)
_completion("hedged", "Final answer: 5 (or possibly 6).", "5", False, False)
_completion("multi_boxed", "(a) $\\boxed{2}$ (b) $\\boxed{5}$", "2, 5", True, False)
_completion("multi_boxed", "The solutions are $\\boxed{2}$ and $\\boxed{5}$.", "2,5", True, False)
_completion(
    "multi_boxed", "First I got $\\boxed{3}$, but that was wrong. Correcting: $\\boxed{5}$.", "5", True, False
)
_completion("mangled", "So the answer is \x08oxed{7}.", "7", True)
_completion("mangled", "So the answer is $\\boxed{\x0crac{1}{2}}$.", "0.5", True)
_completion("mangled", "So the answer is $\\boxed{5\x09ext{ cm}}$.", "5", True)
_completion("mangled", "So the answer is $\\boxed{\\left(1,2\x0dight)}$.", "(1,2)", True)
_completion("mangled", "So the answer is \x08oxed{\x0crac{3}{4}}.", "0.75", True)
_completion("mangled", "So the answer is \x08oxed{\x0crac{3}{4}}.", "0.5", False)
# \r (a carriage return) is not a mangled \f: no answer.
_completion("mangled", "Thus \x08oxed{\x0drac12}", "0.5", False, False)
_completion("markers", "The answer is <boxed>7</boxed>.", "7", True)
_completion("markers", "So \\boxed 7.", "7", True)
_completion("markers", "So \\boxed7", "7", True)
_completion("markers", "Hence $\\boxed{7}$.", "8", False)
_completion("markers", "**Final Answer**\n7", "7", True)
_completion("markers", "**Final Answer:** 7", "7", True)
_completion("markers", "Final Answer: The final answer is $7$. I hope it is correct.", "7", True)
_completion("markers", "Final Answer: The final answer is $7$. I hope it is correct.", "8", False)
_completion("markers", "Natalia sold 48 clips in April and half as many in May.\n#### 72", "72", True)
_completion("markers", "<think>ok</think><answer>72</answer>", "72", True)
_completion("markers", "The answer is: 72", "72", True)
_completion("markers", "The answer is \\boxed{12}. Let me double check: 3*4 = 12. Yes.", "12", True)
_completion("markers", "The answer is 12 apples, which is 3 more than 9.", "12", True, False)
_completion("markers", "", "5", False)
_completion("markers", "The answer is $\\boxed{}$.", "5", False)
_completion("markers", "The correct option is (B).", r"\text{(B)}", True)
_completion("markers", "The answer is (C) 15", "B", False)
_completion("markers", "The answer is \\boxed{\\boxed{9}}", "9", True)
_completion("markers", "\\fbox{9}", "9", True, False)
_completion("markers", "The answer is $\\boxed{ 1 / 2 }$", "0.5", True)
_completion("markers", "**Answer:** $x = \\frac{3}{2}$", "1.5", True)
_completion("markers", "So the total is $\\$1,250$.", "1250", True)
_completion("markers", "So the total is 1,250 dollars.", "1250", True)
_completion("markers", "So the total is 1,250 dollars.", "125", False)
_completion("gold_forms", "5", "so the answer is $\\boxed{5}$.", True)
_completion("gold_forms", "6", "so the answer is $\\boxed{5}$.", False)
_completion(
    "gold_forms", "The answer is 72.", "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n#### 72", True
)
_completion(
    "gold_forms", "The answer is 24.", "Natalia sold 48/2 = <<48/2=24>>24 clips in May.\n#### 72", False
)
_completion("gold_forms", "\\boxed{5}", "$5$", True)
_completion("gold_forms", "\\boxed{\\frac{1}{2}}", "\\(\\frac12\\)", True)
_completion("phrase_tail", "The answer is 12 apples, which is 3 more than 9.", "12", True)
_completion("phrase_tail", "The answer is 12, since 3 times 4 is 12.", "12", True)
_completion("phrase_tail", "So the answer is 12 because each box holds 4.", "12", True)
_completion("phrase_tail", "The answer is 12, so she needs 2 more boxes.", "12", True, False)
_completion("phrase_tail", "The final answer is 36 square units, as computed above.", "36", True)
_completion("phrase_tail", "The answer is 5 hours and 30 minutes.", "5.5", True, False)
_completion("phrase_tail", "The answer is 12 apples, which is 3 more than 9.", "9", False)
_completion("dollar_escape", "The total cost is $\\$1,250$.", "1250", True)
_completion("dollar_escape", "The answer is $\\$18$ per day.", "18", True)
_completion("dollar_escape", "Therefore, Janet makes \\$18 every day.", "18", True)
_completion("dollar_escape", "Therefore, Janet makes $18 every day at the farmers' market.", "18", True)
_completion("dollar_escape", "The total cost is $\\$1,250$.", "1,205", False)
_completion("hedged", "I think the answer is B, but it could be C.", "B", False)
_completion("hedged", "The answer is 5 or 6.", "5", False)
_completion("hedged", "The answer is $\\boxed{5}$ or maybe $\\boxed{6}$.", "6", False)
_completion("self_correct", "So the answer is 5. Wait, no, it's 6.", "6", True, False)
_completion("self_correct", "So the answer is 5. Wait, no, it's 6.", "5", False)
_completion("self_correct", "Answer: 5\n\nWait, actually recalculating gives 6, so Answer: 6", "6", True)
_completion("self_correct", "The answer is not 5; it is 6.", "5", False)
_completion("self_correct", "$\\boxed{5}$ is wrong; the correct answer is $\\boxed{6}$.", "6", True)
_completion("self_correct", "The final answer is $\\boxed{5}$. Hmm, actually $\\boxed{6}$.", "5", False)
_completion(
    "end_of_turn",
    "The answer is $\\boxed{5}$.<|im_end|>\n<|im_start|>user\nNext: what is 3+4?<|im_end|>\n<|im_start|>assistant\n$\\boxed{7}$",
    "5",
    True,
)
_completion(
    "end_of_turn",
    "The answer is $\\boxed{5}$.<|im_end|>\n<|im_start|>user\nNext: what is 3+4?<|im_end|>\n<|im_start|>assistant\n$\\boxed{7}$",
    "7",
    False,
)
_completion("end_of_turn", "The answer is $\\boxed{5}$.<|endoftext|>", "5", True)
_completion(
    "choice_listing", "The options are (A) 3 (B) 4 (C) 5 (D) 6. Since 2+3=5, the answer is (C).", "C", True
)
_completion(
    "choice_listing", "The options are (A) 3 (B) 4 (C) 5 (D) 6. Since 2+3=5, the answer is (C).", "A", False
)
_completion("choice_listing", "Since 2+3=5, the answer is $\\boxed{C}$.", "C", True)
_completion("choice_listing", "Since 2+3=5, the answer is $\\boxed{\\text{C}}$.", "C", True)
_completion("approx", "The probability is 1/6 ≈ 0.167.", "\\frac16", True, False)
_completion("approx", "The probability is $\\frac{1}{6} \\approx 0.167$.", "\\frac16", True)
_completion("approx", "So $x = \\sqrt{2} \\approx 1.41$.", "\\sqrt{2}", True)
_completion("approx", "So $x = \\sqrt{3} \\approx 1.73$.", "\\sqrt{2}", False)
_completion("plain_text", "5.", "5", True)
_completion("plain_text", "5", "5", True)
_completion("plain_text", "x = 5", "5", True)
_completion("plain_text", "\\frac{3}{2}", "1.5", True)
_completion("plain_text", "(2, 5)", "(2,5)", True)

_completion("list_last_number", "The solutions are x=1 and x=2.", "2", False)
_completion("list_last_number", "x=1, x=2.", "2", False)
_completion("list_last_number", "So a=2 and b=5.", "5", False, False)
_completion("list_last_number", "Thus the roots are 1 and 2.", "2", False)
_completion("list_last_number", "x=1, x=2", "2", False, truncated=False)
_completion("list_last_number", "The solutions are x=1 and x=2.", "1, 2", True)
_completion("factorial", "3!", "3", False, truncated=False)
_completion("factorial", "3!", "6", True, truncated=False)
_completion("factorial", "So the number of arrangements is 5!", "120", True, False)
_completion("plain_text", "5.", "5", True, truncated=False)


# Harder pairs, boxed only.
HARD_BOXED_PAIRS: list[tuple[str, str, bool]] = [
    # (answer, gold, expected)
    (r"\frac{1}{2}", r"\frac{2}{4}", True),
    (r"0.50", r"\frac12", True),
    (r"50\%", r"\frac12", True),
    (r"\sqrt{12}", r"2\sqrt3", True),
    (r"\sqrt{12}", r"3\sqrt2", False),
    (r"4\sqrt{3}/2", r"2\sqrt3", True),
    (r"\frac{\sqrt{6}}{2}", r"\sqrt{\frac{3}{2}}", True),
    (r"\sqrt{1.5}", r"\frac{\sqrt6}{2}", True),
    (r"2^{-1}", r"0.5", True),
    (r"2^{-2}", r"0.5", False),
    (r"e^{2}", r"e^2", True),
    (r"e^{2}", r"2e", False),
    (r"\ln 2", r"\log 2", True),
    (r"\log_{10} 100", "2", True),
    (r"\log_2 3", r"\frac{\ln 3}{\ln 2}", True),
    (r"\cos 60^\circ", r"\frac12", True),
    (r"\tan 45^\circ", "1", True),
    (r"\sin\frac{\pi}{6}", "0.5", True),
    (r"\arctan 1", r"\frac{\pi}{4}", True),
    (r"\frac{\pi}{4}", r"45^\circ", True),
    (r"\frac{\pi}{4}", "45", False),
    (r"x=\frac{\pi}{4}", r"\frac{\pi}{4}", True),
    (r"\theta = 45^\circ", r"45^\circ", True),
    (r"\frac{5\pi}{6}", r"150^\circ", True),
    (r"\frac{5\pi}{6}", r"\frac{\pi}{6}", False),
    (r"\dfrac{1}{4}\pi", r"\frac{\pi}{4}", True),
    (r"0.25\pi", r"\frac{\pi}{4}", True),
    (r"0.785", r"\frac{\pi}{4}", False),
    (r"1-\frac{\sqrt{3}}{2}", r"\frac{2-\sqrt3}{2}", True),
    (r"\frac{2-\sqrt3}{2}", r"\frac{2+\sqrt3}{2}", False),
    (r"(-1)^n", r"(-1)^{n}", True),
    (r"a_n = 2n+1", r"2n+1", True),
    (r"a_n=3\cdot2^{n-1}", r"3\cdot 2^{n-1}", True),
    (r"a_n=3\cdot2^{n}", r"3\cdot 2^{n-1}", False),
    (r"\frac{n(n+1)(2n+1)}{6}", r"\frac{2n^3+3n^2+n}{6}", True),
    (r"\sum_{k=1}^{10} k", "55", True),
    (r"\int_0^1 x\,dx", r"\frac12", True),
    (r"1/2", r"\frac{1}{2}", True),
    (r"1/2x", r"\frac{x}{2}", True),
    (r"1/(2x)", r"\frac{1}{2x}", True),
    (r"1/2x", r"\frac{1}{2x}", False),
    (r"2\times3", "6", True),
    (r"2 \cdot 3", "6", True),
    (r"6\div 2", "3", True),
    ("3^2+4^2", "25", True),
    (r"\%50", "50", True),
    ("50\\,\\%", "50", True),
    ("0.5\\%", "0.005", True),
    ("0.5\\%", "0.5", True),
    (r"\text{infinitely many}", r"\infty", True),
    (r"\text{none}", r"\emptyset", True),
    ("0", r"\{0\}", True),
    (r"\{0\}", r"\emptyset", False),
    (r"\{\emptyset\}", r"\emptyset", False),
    (r"(-\infty, 2) \cup (2, \infty)", r"(-\infty,2)\cup(2,\infty)", True),
    (r"(-\infty, 2]", r"(-\infty, 2)", False),
    (r"\left(-\infty,-2\right]\cup\left[2,\infty\right)", r"|x|\ge 2", True),
    (r"[-2,2]", r"|x|\le 2", True),
    (r"[-2,2]", r"|x|<2", False),
    (r"x\in[1,3]", r"1\le x\le 3", True),
    (r"1\le x\le 3", r"[1,3]", True),
    (r"1< x\le 3", r"[1,3]", False),
    (r"y=3x-2", r"3x-y-2=0", True),
    (r"y=3x-2", r"y-3x+2=0", True),
    (r"y=3x+2", r"3x-y-2=0", False),
    (r"x^2+y^2=4", r"x^2+y^2-4=0", True),
    (r"x^2+y^2=4", r"x^2+y^2=2", False),
    (r"\frac{x^2}{4}+\frac{y^2}{9}=1", r"9x^2+4y^2=36", True),
    (r"(1,-2)", r"(1, -2)", True),
    (r"(1,-2)", r"(-2,1)", False),
    (r"(1,-2)", r"\{1,-2\}", False),
    (r"\left(\frac{1}{2}, \frac{\sqrt{3}}{2}\right)", r"(0.5,\frac{\sqrt3}{2})", True),
    (r"(0,0),(1,1)", r"(1,1),(0,0)", True),
    (r"(0,0),(1,1)", r"(0,0)", False),
    (r"(0,0)", r"(0,0),(1,1)", False),
    (r"(2,3,4)", r"\langle 2,3,4 \rangle", True),
    (r"2\mathbf{i}+3\mathbf{j}", r"(2,3)", True),
    (r"\begin{pmatrix} 1 & 2 \end{pmatrix}", r"\begin{pmatrix} 1 & 2 \end{pmatrix}", True),
    (r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}", r"\begin{pmatrix} 1 & 2 \end{pmatrix}", False),
    (r"\det = 5", "5", True),
    ("-5", "5", False),
    (r"\text{(A)}", r"\text{(A) }5", True),
    ("5", r"\text{(A) }5", True),
    ("(B)", r"\text{(A) }5", False),
    (r"\mathrm{B}", "B", True),
    (r"\textbf{(E) } 2\sqrt{5}", r"\textbf{(E) } 2\sqrt{5}", True),
    (r"\textbf{(E)}", r"\textbf{(E) } 2\sqrt{5}", True),
    (r"\textbf{(D)}", r"\textbf{(E) } 2\sqrt{5}", False),
    (r"12_{(3)}", "12_3", True),
    (r"10_{10}", "10", True),
    (r"A3_{16}", "A3_{16}", True),
    (r"163", "A3_{16}", False),
    (r"\text{1,000}", "1000", True),
    (r"1,000", "1.000", False),
    ("1,234,567", "1234567", True),
    ("1,234,568", "1234567", False),
    ("12,345", "12345", True),
    ("12, 345", "12345", False),
    ("(1,000)", "1000", False),
    ("1,000", "(1,000)", False),
    (r"3\frac{1}{3}", r"\frac{10}{3}", True),
    (r"3 \frac{1}{3}", r"\frac{10}{3}", True),
    (r"3\frac13", r"1", False),
    (r"-1\frac{1}{2}", "-1.5", True),
    (r"-1\frac{1}{2}", "-0.5", False),
    (r"0.\overline{9}", "1", True),
    (r"0.\overline{142857}", r"\frac17", True),
    (r"0.(3)", r"\frac13", True),
    (r"1.\overline{6}", r"\frac53", True),
    (r"1.6", r"\frac53", False),
    (r"2.5\times10^{-3}", "0.0025", True),
    (r"2.5\times10^{3}", "0.0025", False),
    (r"2.5E-3", "0.0025", True),
    (r"25\times10^{-4}", "0.0025", True),
    (r"2.50\cdot10^{-3}", r"2.5\times10^{-3}", True),
    ("4.0", "4", True),
    ("4.00", "4.0", True),
    ("4.01", "4.0", False),
    ("3.33", r"\frac{10}{3}", False),
    ("3.333", r"\frac{10}{3}", False),
    ("3.3333", r"\frac{10}{3}", True),
    ("0.0833", r"\frac1{12}", True),
    ("8.3\\%", r"\frac1{12}", False),
    ("2.24", r"\sqrt5", False),
    ("2.236", r"\sqrt5", False),
    ("2.2361", r"\sqrt5", True),
    (r"\sqrt5", "2.24", True),
    (r"\sqrt5", "2.2", False),
    (r"\sqrt5", "2.236", True),
    ("3.1", r"\pi", False),
    ("22/7", r"\pi", False),
    (r"\frac{22}{7}", "3.14", False),
    ("100\\text{ cm}", "1\\text{ m}", True),
    ("1000\\text{ g}", "1\\text{ kg}", True),
    ("2\\text{ hours}", "120\\text{ minutes}", True),
    ("2\\text{ hours}", "120", False),
    ("5\\text{ m}^2", "5", True),
    ("5 \\text{ sq ft}", "5", True),
    ("5 \\text{ units}^2", "5", True),
    (r"5\,\text{cm}^3", "5", True),
    (r"5\text{cm}", "5cm", True),
    ("5 cm", "5", True),
    (r"\text{5 cm}", "5", True),
    ("45 mph", "45", True),
    ("45 \\text{miles per hour}", "45", True),
    ("9 \\text{ am}", "9", True),
    (r"\$ 12.00", "12", True),
    ("12 \\text{ USD}", "12", True),
    ("\\text{\\$}12", "12", True),
    (r"\$12.5", "12.50", True),
    (r"\$1.2\text{ million}", "1200000", True),
    (r"3\text{ thousand}", "3000", True),
    ("\\text{three}", "3", True),
    ("\\text{twelve}", "12", True),
    ("\\text{four}", "5", False),
    ("\\text{first}", "1", True),
    ("\\text{Yes, it is possible}", "Yes", True),
    ("\\text{No}", "\\text{no}", True),
    (r"\text{Even}", r"\text{even}", True),
    (r"\text{odd}", r"\text{even}", False),
    (r"\text{I}", "1", False),
    (r"\text{Alice and Bob}", r"\text{Bob and Alice}", True),
    (r"i", r"\sqrt{-1}", True),
    (r"2+2i", "2(1+i)", True),
    (r"(1+i)^2", "2i", True),
    (r"\pm i", "i, -i", True),
    (r"\pm 2i", "2i", False),
    (r"2e^{i\pi}", "-2", True),
    (r"\overline{z}", r"\bar z", True),
    (r"\sqrt{2}e^{i\pi/4}", "1+i", True),
    ("3-4i", "3 - 4 i", True),
    (r"3-4\,i", "3-4i", True),
]

# Golds a parser may not read, boxed as they are (the completion repeats the gold).
UNUSUAL_GOLDS = [
    r"\bar z",
    r"\bar{z}",
    r"\overline{AB}",
    r"\angle ABC",
    r"\triangle ABC",
    r"AB",
    r"\overline{1234}",
    r"\text{Devon}",
    r"f^{-1}(x)=\frac{x-3}{2}",
    r"\frac{x-3}{2}",
    r"\nabla f",
    r"\vec{v}=(1,2)",
    r"\hat{i}",
    r"x \to \infty",
    r"\lim_{x\to0} f(x)",
    r"O(n\log n)",
    r"\text{Tuesday}",
    r"\$\dfrac{1}{2}",
    r"\frac{1}{2}\text{ cm}",
    r"\{(1,2),(3,4)\}",
    r"[1,2]\times[3,4]",
    r"\mathbb{Z}",
    r"\mathbb{N}",
    r"\mathbb{Q}",
    r"2\mathbb{Z}",
    r"n \geq 1",
    r"k\pi",
    r"\frac{\pi}{2}+k\pi, k\in\mathbb{Z}",
    r"x=\frac{\pi}{4}+2k\pi",
    r"\sqrt[4]{2}",
    r"\sqrt[n]{x}",
    r"a^{b^c}",
    r"\lfloor x \rfloor",
    r"\lceil 2.5 \rceil",
    r"|x-1|",
    r"\|v\|",
    r"\gcd(12,18)",
    r"\text{lcm}(4,6)",
    r"12 \mid 36",
    r"3 \pmod 5",
    r"2 \bmod 7",
    r"7\%",
    r"\frac{a}{b}",
    r"C_6H_{12}O_6",
    r"\text{H}_2\text{O}",
    r"\alpha",
    r"\alpha+\beta",
    r"\frac{d}{dx}x^2",
    r"2x\,dx",
    r"\int x\,dx",
    r"\frac{x^2}{2}+C",
    r"P(A)=0.3",
    r"E[X]=2",
    r"\binom{n}{k}",
    r"n!",
    r"(n-1)!",
    r"\dfrac{(2n)!}{n!(n+1)!}",
    r"\sum_{i=1}^n i",
    r"\prod_{k=1}^n k",
    r"\operatorname{Re}(z)",
    r"\arg z",
    r"\sin^2 x",
    r"\sin(x)^2",
    r"\sec x",
    r"\csc^2\theta",
    r"\cot\theta",
    r"\arcsin x",
    r"\sinh x",
    r"e^{-x^2}",
    r"\exp(2)",
    r"10^{10^{10}}",
    r"\infty^2",
    r"-\infty < x < \infty",
    r"x \in \emptyset",
    r"\varnothing",
    r"\{\,\}",
    r"\left\lbrace 1 \right\rbrace",
    r"\{1\}",
    r"1;2;3",
    r"1 \text{ and } 2",
    r"\text{A, C}",
    r"AC",
    r"\text{(A), (C)}",
    r"\text{East}",
    r"3:4",
    r"1:2:3",
    r"3 \text{ to } 4",
    r"5 \text{ km}",
    r"3.5 \times 10^{-2}\text{ m}",
    r"\approx 3.14",
    r"\sim 3",
    r"x_1=1, x_2=2",
    r"a_1=3",
    r"\mathcal{O}(1)",
    r"\sqrt{x^2+y^2}",
    r"\begin{cases} x=1 \\ y=2 \end{cases}",
    r"\begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix}",
    r"\begin{matrix} 1 & 2 \end{matrix}",
    r"\binom{10}{5}",
    r"\text{undefined}",
    r"\text{DNE}",
    r"\text{does not exist}",
    r"\text{true}",
    r"\top",
    r"\checkmark",
    r"\#3",
    r"No.\ 5",
    r"\frac{1}{2}:\frac{1}{3}",
    r"45^{\circ}\text{C}",
    r"-40^\circ F",
    r"12:30",
    r"3\text{:}45\text{ PM}",
    r"\text{3:45 PM}",
    r"1\,234.5",
    r"1'000",
    r"\$1.5\times10^6",
    r"15\%\text{ off}",
    r"(-\infty,\infty)",
    r"\R",
    r"x\in\mathbb{R}",
]

# Unboxed final sentences as models write them (GSM8K style and others).
FINAL_SENTENCES: list[tuple[str, str, bool]] = [
    (
        "Janet sells 16 - 3 - 4 = <<16-3-4=9>>9 duck eggs a day.\nShe makes 9 * 2 = $<<9*2=18>>18 every day at the farmer's market.\n#### 18",
        "18",
        True,
    ),
    ("She makes 9 * 2 = $18 every day at the farmer's market.", "18", True),
    ("So, she makes $18 per day.", "18", True),
    ("She makes $\\$18$ per day.", "18", True),
    ("Thus, she makes **$18** per day.", "18", True),
    ("Therefore, the answer is **18**.", "18", True),
    ("The answer is **$18**.", "18", True),
    ("**18**", "18", True),
    ("Answer: **18 dollars**", "18", True),
    ("The final answer is 18. I hope it is correct.", "18", True),
    ("The final answer is: 18", "18", True),
    ("Final Answer: 18", "18", True),
    ("ANSWER: 18", "18", True),
    ("Hence, $x = 18$.", "18", True),
    ("Hence, $x = 18$ and $y = 3$.", "18", False),
    ("So the area of the triangle is $\\frac{1}{2} \\cdot 6 \\cdot 6 = 18$.", "18", True),
    ("So the area is $6 \\cdot 3 = 18$ square units.", "18", True),
    ("We get $n = 18$, so there are 18 students.", "18", True),
    ("We get $n = 18$, which means 3 groups.", "18", False),
    ("Therefore, there are $\\boxed{18}$ students, and $3$ groups.", "18", True),
    ("The value of $x$ is $18$.", "18", True),
    ("The value of $x$ is 18.", "18", True),
    ("In total there are 18 students in 3 classes.", "18", False),
    ("The result is 18 (eighteen).", "18", True),
    ("The result is eighteen.", "18", True),
    ("She has twelve apples left.", "12", True),
    ("<think>\nlong reasoning... so 18.\n</think>\n\nJanet makes **$18** each day.", "18", True),
    ("<think>\nlong reasoning... so 18.\n</think>\n\nJanet makes $18 each day.", "18", True),
    (
        "<think>\nreasoning 18\n</think>\n\n### Step 1\nCompute eggs: 16-3-4=9.\n### Step 2\n9*2=18.\n### Final Answer\nJanet makes 18 dollars a day.",
        "18",
        True,
    ),
    ("### Final Answer\n$$18$$", "18", True),
    ("### Final Answer\n\n$$\n\\boxed{18}\n$$", "18", True),
    ("The answer is $\\boxed{18}$ dollars per day.", "18", True),
    ("\\[\\boxed{\\$18}\\]", "18", True),
    ("\\boxed{18\\text{ dollars}}", "18", True),
    ("\\boxed{\\text{18 dollars per day}}", "18", True),
    ("Answer: $\\boxed{18}$\n\nExplanation: 16 - 3 - 4 = 9 eggs, 9 × 2 = 18.", "18", True),
    ("The answer is 18.\n\nNote: we assumed each egg sells for $2.", "18", True),
    ("The answer is 18.\n\nNote: if she sold 10 eggs she would make 20.", "18", True),
    ("The answer is 18.\n\nQuestion: Tom has 5 apples... Answer: 5", "18", True),
    ("Therefore, the probability is \\frac{1}{6}.", "\\frac{1}{6}", True),
    ("Therefore, the probability is 1/6.", "\\frac{1}{6}", True),
    ("Therefore, the probability is 16.67%.", "\\frac{1}{6}", True),
    ("Therefore, the probability is 16.7%.", "\\frac{1}{6}", True),
    ("The slope is -2/3.", "-\\frac23", True),
    ("The slope is −2/3.", "-\\frac23", True),
    ("The slope is – 2/3.", "-\\frac23", True),
    ("So x = −5.", "-5", True),
    ("So x = 5.", "-5", False),
    ("The roots are 2 and −3.", "2, -3", True),
    ("The roots are $2$ and $-3$.", "-3, 2", True),
    ("The roots are $x = 2$ and $x = -3$.", "-3, 2", True),
    ("The roots are $x = 2$ and $x = -3$.", "-3", False),
    ("The largest root is $x = 2$.", "2", True),
    ("The point is $(2, -3)$.", "(2,-3)", True),
    ("The point is (2, -3).", "(2,-3)", True),
    ("The point is (2, −3).", "(2,-3)", True),
    ("The interval is [2, 5).", "[2,5)", True),
    ("The solution set is $\\{2, 5\\}$.", "2,5", True),
    ("x ∈ (−∞, 3]", "(-\\infty,3]", True),
    ("The answer is √2/2.", "\\frac{\\sqrt2}{2}", True),
    ("The answer is 2√3.", "2\\sqrt3", True),
    ("The answer is 3π.", "3\\pi", True),
    ("The answer is π/6.", "\\frac{\\pi}{6}", True),
    ("The answer is x² + 1.", "x^2+1", True),
    ("The answer is ½.", "\\frac12", True),
    ("The answer is 1 ½.", "\\frac32", True),
    ("The answer is 10⁶.", "1000000", True),
    ("The answer is 3 × 10^5.", "300000", True),
    ("The answer is 3·10^5.", "300000", True),
    ("The answer is 3x10^5.", "300000", True),
]

# Phrase answers, relations, numbers, units, markup, several answers, expressions that time a symbolic check out.
MIXED_FINAL_ANSWERS: list[tuple[str, str, bool]] = [
    # phrase answer that is a sentence
    ("Final Answer: Tom needs 7 cups of sugar.", "7", True),
    ("Final Answer: Tom needs 7 cups of sugar, which is 2 more than Ann.", "7", True),
    ("Answer: Each of the 3 friends gets 7 cookies.", "7", True),
    ("Answer: Each of the 3 friends gets 7 cookies.", "3", False),
    ("The answer is that Tom needs 7 cups.", "7", True),
    ("The answer: Tom is 14 years old.", "14", True),
    ("**Final Answer:** The garden has an area of 48 square meters.", "48", True),
    ("**Final Answer:** The garden is 6 m by 8 m, so its area is 48 square meters.", "48", True),
    ("Final Answer: It takes 3 hours and costs $45.", "45", False),
    ("Final Answer: The ratio is $\\frac{x+3}{5}$.", "\\frac{x+3}{5}", True),
    ("Final answer: $m = 3$, $n = 8$", "3, 8", True),
    ("The answer is m = 3 and n = 8.", "m=3, n=8", True),
    ("The answer is $m=3, n=8$.", "n=8, m=3", True),
    ("The answer is $m=8, n=3$.", "m=3, n=8", False),
    ("The answer is $x_1 = 2, x_2 = -3$.", "2, -3", True),
    ("So $g(t) = t^2 + 1$.", "t^2+1", True),
    ("So $g(t) = t^2 + 2$.", "t^2+1", False),
    # relations
    ("So $y \\geq 2$.", "y >= 2", True),
    ("So $2 \\le y$.", "y \\geq 2", True),
    ("So $y > 2$.", "y \\geq 2", False),
    ("Thus $x \\neq 3$.", "x != 3", True),
    ("Thus $-y > -2$.", "y < 2", True),
    ("Thus $-y > -2$.", "y > 2", False),
    ("So $x \\in [-1,4]$.", "-1 \\le x \\le 4", True),
    ("So $-1 < x \\le 4$.", "x \\in [-1,4]", False),
    ("Hence $\\boxed{a \\ge 1}$.", "[1, \\infty)", True),
    ("Hence $\\boxed{1 \\leq a}$.", "a\\geq 1", True),
    # numbers
    ("The answer is 4E+07.", "4\\times10^7", True),
    ("The answer is 4e7.", "40000000", True),
    ("The answer is $4 \\cdot 10^7$.", "4e7", True),
    ("The answer is $4 \\cdot 10^6$.", "4e7", False),
    ("The answer is 2.6667.", "\\frac{8}{3}", True),
    ("The answer is $\\frac{8}{3}$.", "2.6667", True),
    ("The answer is 2.667.", "2.6667", False),
    ("The answer is 2.6666.", "2.6667", False),
    # units and words
    ("The speed is $\\frac{500}{3}\\text{ km/h}$.", "\\frac{500}{3}", True),
    ("They need 45 meals.", "45", True),
    ("She is in $9^{\\text{th}}$ grade.", "9", True),
    ("About 35 pct of them.", "35", True),
    ("The answer is 35 percent.", "35", True),
    ("The answer is $\\text{North}$.", "\\text{north}", True),
    ("The answer is 35 pct.", "35", True),
    # markup
    ("**Final Answer**<br><br>$\\boxed{12}$<br>", "12", True),
    ("**Final Answer**<br><br>12<br><br>", "12", True),
    ("<answer>\n12\n</answer>", "12", True),
    ("<answer>The total is 12 apples.</answer>", "12", True),
    # (two answer blocks side by side, none withdrawn: both values, as two boxes side by side are)
    ("<answer>12</answer><answer>13</answer>", "13", False),
    ("<answer>12</answer><answer>13</answer>", "12, 13", True),
    ("<answer>12</answer>Wait, I missed one.<answer>13</answer>", "13", True),
    ("So the answer is $\\boxed x$, where x = 4.", "x", True),
    # several answers
    ("The solutions are $\\boxed{3}$ and $\\boxed{-1}$.", "-1, 3", True),
    ("$\\boxed{(1,2)}, \\boxed{(2,1)}$", "(2,1),(1,2)", True),
    ("$\\boxed{(1,2)}, \\boxed{(2,1)}$", "(1,2)", False),
    ("So $x = \\pm 4$.", "4, -4", True),
    ("So $x = \\pm 4$.", "4", False),
    ("The number is 2 or 7.", "2, 7", True),
    ("The number is 2 or 7.", "7", False),
    ("The answer is \\boxed{1}", "$\\boxed{1}$ and $\\boxed{5}$", False),
    ("The answers are \\boxed{1} and \\boxed{5}", "$\\boxed{1}$ and $\\boxed{5}$", True),
    # symbolic timeouts
    ("$\\boxed{\\frac{1}{k}\\sinh(kt)}$", "\\frac{e^{kt}-e^{-kt}}{2k}", True),
    ("$\\boxed{\\frac{1}{5}e^{2t}}$", "e^{2t}/5", True),
    ("$\\boxed{\\csc^2 x}$", "1+\\cot^2 x", True),
    ("$\\boxed{\\sec^2 x - \\tan^2 x}$", "1", True),
    ("$\\boxed{\\frac{\\sin 2x}{2}}$", "\\sin x\\cos x", True),
    ("$\\boxed{\\cosh^2 t - \\sinh^2 t}$", "1", True),
    ("$\\boxed{\\ln(e^{3x})}$", "3x", True),
    ("$\\boxed{\\frac{x^3-1}{x-1}}$", "x^2+x+1", True),
    ("$\\boxed{\\sqrt{x^2}}$", "x", False),
    ("$\\boxed{(x+1)^{10}}$", "\\sum_{k=0}^{10}\\binom{10}{k}x^k", True),
    ("$\\boxed{\\frac{1}{2}\\arctan\\frac{x}{2}+C}$", "\\frac12\\tan^{-1}(x/2)+C", True),
    ("$\\boxed{e^{i\\theta}}$", "\\cos\\theta + i\\sin\\theta", True),
    ("$\\boxed{\\tan(2x)}$", "\\frac{2\\tan x}{1-\\tan^2 x}", True),
    ("$\\boxed{\\tan(2x)}$", "\\frac{2\\tan x}{1+\\tan^2 x}", False),
    ("$\\boxed{\\log_2(x^8)}$", "8\\log_2 x", True),
    ("$\\boxed{2^{100}}$", "1267650600228229401496703205376", True),
    ("$\\boxed{2^{100}+1}$", "1267650600228229401496703205376", False),
    ("$\\boxed{\\frac{10^{20}+1}{10^{20}}}$", "1", False),
    ("$\\boxed{1+10^{-20}}$", "1", False),
    ("$\\boxed{\\pi + 10^{-15}}$", "\\pi", False),
]

# An equation is not its right-hand side: (completion, gold, expected, firm).
EQUATION_RHS: list[tuple[str, str, bool, bool]] = [
    ("The line is 2x - y + 1 = 0.", "0", False, True),
    ("The equation is x^2-5x+6=0.", "0", False, True),
    ("So the equation of the line is $2x - y + 1 = 0$.", "0", False, True),
    ("$\\boxed{x^2-5x+6=0}$", "0", False, True),
    ("$\\boxed{2x-y+1=0}$", "0", False, True),
    ("$\\boxed{3x=6}$", "6", False, False),
    ("$\\boxed{3x=6}$", "2", True, False),
    ("$\\boxed{2+2=4}$", "4", True, True),
    ("$\\boxed{a+b=7}$", "7", True, False),
    ("$\\boxed{x^2+y^2=25}$", "25", False, False),
    ("2x - y + 1 = 0", "0", False, True),
]

# Pairs of hard_boxed whose label careful graders dispute.
_DEBATABLE_HARD_BOXED = {
    (r"\ln 2", r"\log 2"),
    (r"\frac{\pi}{4}", r"45^\circ"),
    (r"\frac{5\pi}{6}", r"150^\circ"),
    (r"\frac{\pi}{4}", "45"),
    (r"1/2x", r"\frac{x}{2}"),
    (r"1/2x", r"\frac{1}{2x}"),
    (r"\%50", "50"),
    (r"\text{infinitely many}", r"\infty"),
    (r"\text{none}", r"\emptyset"),
    (r"2\mathbf{i}+3\mathbf{j}", "(2,3)"),
    (r"0.(3)", r"\frac13"),
    ("3.333", r"\frac{10}{3}"),
    ("3.33", r"\frac{10}{3}"),
    ("0.0833", r"\frac1{12}"),
    ("2.236", r"\sqrt5"),
    ("2.24", r"\sqrt5"),
    (r"\frac{22}{7}", "3.14"),
    ("100\\text{ cm}", "1\\text{ m}"),
    ("1000\\text{ g}", "1\\text{ kg}"),
    ("2\\text{ hours}", "120\\text{ minutes}"),
    ("2\\text{ hours}", "120"),
    ("\\text{first}", "1"),
    ("\\text{Yes, it is possible}", "Yes"),
    ("0.5\\%", "0.5"),
    ("0.5\\%", "0.005"),
    (r"\{0\}", r"\emptyset"),
    ("0", r"\{0\}"),
    (r"\text{I}", "1"),
    ("(1,000)", "1000"),
    ("1,000", "(1,000)"),
    ("12, 345", "12345"),
    (r"\sqrt5", "2.2"),
    ("3.1", r"\pi"),
    (r"2\mathbf{i}+3\mathbf{j}", r"(2,3)"),
    (r"\det = 5", "5"),
    ("5", r"\text{(A) }5"),
    (r"\text{Alice and Bob}", r"\text{Bob and Alice}"),
}

_DEBATABLE_FINAL_SENTENCES = {
    "We get $n = 18$, which means 3 groups.",
    "The answer is 18.\n\nQuestion: Tom has 5 apples... Answer: 5",
    "The answer is 3x10^5.",
    "In total there are 18 students in 3 classes.",
    "Hence, $x = 18$ and $y = 3$.",
}
_DEBATABLE_MIXED = {"The answer is 2.667.", "So the answer is $\\boxed x$, where x = 4."}

_REASONING = (
    "Let's work through this step by step.\nThere are 2 cases to consider; the first gives 17, which we "
    "reject.\nSimplifying the remaining case carefully,"
)
_SENTENCE_MATH = (("$", "$"), (r"\(", r"\)"), ("\\[\n", "\n\\]"))


def _pair_forms(pair: _AnswerPair, rotation: int) -> dict[str, str]:
    """The five completions of one answer pair; ``rotation`` picks the sentence's math delimiters and final dot."""
    left, right = _SENTENCE_MATH[rotation % 3]
    sentence_answer = pair.answer if pair.is_text else f"{left}{pair.answer}{right}"
    final_dot = "." if pair.is_text or rotation % 3 == 0 else ""
    return {
        "plain": pair.answer,
        "plain_fin": pair.answer,
        "boxed": f"{_REASONING} we get\n\nTherefore, the answer is $\\boxed{{{pair.answer}}}$.",
        "think": f"<think>\n{_REASONING} I think the result is what I found. Let me double-check... yes.\n</think>\n\n"
        f"**Final Answer**\n\\[\n\\boxed{{{pair.answer}}}\n\\]",
        "sentence": f"{_REASONING} we obtain the result.\n\nThe final answer is {sentence_answer}{final_dot}",
    }


def _boxed(answer: str) -> str:
    return f"The answer is $\\boxed{{{answer}}}$."


def cases() -> list[Case]:
    """Every case, in a fixed order with stable ids (``<category>-<n>[-<form>]``); deterministic, writes nothing.

    >>> by_id = {c.id: c for c in cases()}
    >>> by_id["latex_format-0-boxed"].gold, by_id["latex_format-0-plain_fin"].truncated
    ('\\\\frac{3}{2}', False)
    """
    result: list[Case] = []
    seen: dict[str, int] = {}
    for rotation, pair in enumerate(_ANSWER_PAIRS):
        number = seen[pair.category] = seen.get(pair.category, -1) + 1
        for form, prediction in _pair_forms(pair, rotation).items():
            result.append(
                Case(
                    f"{pair.category}-{number}-{form}",
                    pair.category,
                    form,
                    prediction,
                    pair.gold,
                    pair.expected,
                    pair.firm,
                    truncated=False if form == "plain_fin" else None,
                    answer=pair.answer,
                )
            )
    result.extend(_COMPLETIONS)
    for k, (answer, gold, expected) in enumerate(HARD_BOXED_PAIRS):
        firm = (answer, gold) not in _DEBATABLE_HARD_BOXED
        result.append(
            Case(
                f"hard_boxed-{k}", "hard_boxed", "boxed", _boxed(answer), gold, expected, firm, answer=answer
            )
        )
    for k, gold in enumerate(UNUSUAL_GOLDS):
        result.append(
            Case(
                f"identical_odd_gold-{k}",
                "identical_odd_gold",
                "boxed",
                _boxed(gold),
                gold,
                True,
                True,
                answer=gold,
            )
        )
    for category, rows in (
        ("real_final_sentence", FINAL_SENTENCES),
        ("mixed_final_answers", MIXED_FINAL_ANSWERS),
    ):
        debatable = _DEBATABLE_FINAL_SENTENCES if category == "real_final_sentence" else _DEBATABLE_MIXED
        for k, (prediction, gold, expected) in enumerate(rows):
            result.append(
                Case(
                    f"{category}-{k}",
                    category,
                    "completion",
                    prediction,
                    gold,
                    expected,
                    prediction not in debatable,
                )
            )
    for k, (prediction, gold, expected, firm) in enumerate(EQUATION_RHS):
        # The bare equation is declared finished: a truncated bare equation is no answer for another reason.
        truncated = False if prediction == "2x - y + 1 = 0" else None
        result.append(
            Case(
                f"equation_rhs-{k}", "equation_rhs", "completion", prediction, gold, expected, firm, truncated
            )
        )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, help="write the cases here as JSON lines")
    args = parser.parse_args(argv)
    all_cases = cases()
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            for case in all_cases:
                out.write(json.dumps(dataclasses.asdict(case), ensure_ascii=False) + "\n")
    firm = sum(c.firm for c in all_cases)
    print(f"{len(all_cases)} cases ({firm} firm, {len(all_cases) - firm} debatable)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
