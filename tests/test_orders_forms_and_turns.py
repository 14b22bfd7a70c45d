"""Lists in the order a problem asks, factorisations it asks for, intervals in the forms schools write them, words
that answer a question in words, and the turns a model invents after its work. Each kind of case has a twin that goes
the other way (the same text against another gold, or another problem), so a rule that reads every such answer as
right, or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.asked_order import answered_order, asked_direction
from openrs_rewards.verifiers.factored_form import factored_less_than_asked
from openrs_rewards.verifiers.normalize import normalize_answer

_WITHOUT_THE_PROBLEM = {
    "a whole exchange of a chat template invented after the work": [
        (
            "Each box has 6 eggs and she buys 4 boxes, so she has 24 eggs.\nUSER: Tom reads 5 pages a day for 3 days. "
            "How many pages?\nASSISTANT: Tom reads 5 × 3 = 15 pages.",
            "15",
            False,
        ),
        (
            "Each box has 6 eggs and she buys 4 boxes, so she has 24 eggs.\nUSER: Tom reads 5 pages a day for 3 days. "
            "How many pages?\nASSISTANT: Tom reads 5 × 3 = 15 pages.",
            "24",
            True,
        ),
    ],
    "a transcript the completion opens with is no invented turn": [
        (
            "System: answer briefly\nUser: What is 9*8?\nAssistant: 9*8 = 72, so the answer is \\boxed{72}.",
            "72",
            True,
        ),
        (
            "System: answer briefly\nUser: What is 9*8?\nAssistant: 9*8 = 72, so the answer is \\boxed{72}.",
            "8",
            False,
        ),
    ],
    "named parts of a list, each with its unit": [
        (
            "**Answer:** $\\boxed{T = 24\\ \\text{N},\\ a = 1.5\\ \\text{m/s}^2}$",
            "a = 1.5 \\mathrm{~m/s^2}, T = 24 \\mathrm{~N}",
            True,
        ),
        (
            "**Answer:** $\\boxed{T = 24\\ \\text{N},\\ a = 1.5\\ \\text{m/s}^2}$",
            "a = 1.5 \\mathrm{~m/s^2}, T = 12 \\mathrm{~N}",
            False,
        ),
        ("So $\\boxed{x = 2\\text{ cm}, y = 5\\text{ cm}}$.", "x=2, y=5", True),
        ("So $\\boxed{x = 2\\text{ cm}, y = 5\\text{ cm}}$.", "x=5, y=2", False),
    ],
    "boxes of named parts, on one line or a line each": [
        (
            "Subtracting gives $a = 4$, then $b = 1$.\n\nSo $b = \\boxed{1}$ and $a = \\boxed{4}$.",
            "a=4, b=1",
            True,
        ),
        (
            "Subtracting gives $a = 4$, then $b = 1$.\n\nSo $b = \\boxed{4}$ and $a = \\boxed{1}$.",
            "a=4, b=1",
            False,
        ),
        (
            "The amplitude is 13.\n\nMaximum value: $\\boxed{13}$\n\nMinimum value: $\\boxed{-13}$",
            "13, -13",
            True,
        ),
        (
            "The amplitude is 13.\n\nMaximum value: $\\boxed{13}$\n\nMinimum value: $\\boxed{-13}$",
            "13, 13",
            False,
        ),
        ("**Largest root:** $\\boxed{6}$\n**Smallest root:** $\\boxed{-2}$", "6, -2", True),
    ],
    "the values of a list in bold after a span that names one of them": [
        (
            "So $n = 12$ or $n = -13$.\n\nSince the integers are positive, $n = 12$, and the integers are **12 and 13**.",
            "12, 13",
            True,
        ),
        (
            "So $n = 12$ or $n = -13$.\n\nSince the integers are positive, $n = 12$, and the integers are **12 and 13**.",
            "12, 14",
            False,
        ),
    ],
    "named parts in plain text, each with its unit symbol": [
        ("**Answer:** T = 24 N, a = 1.5 m/s^2", "a = 1.5 \\mathrm{~m/s^2}, T = 24 \\mathrm{~N}", True),
        ("**Answer:** T = 24 N, a = 1.5 m/s^2", "a = 1.5 \\mathrm{~m/s^2}, T = 12 \\mathrm{~N}", False),
    ],
    "an interval European schools write, in the text's math": [
        ("Le quotient est positif pour $2 \\le x < 5$.\n\n**Conclusion :** $S = [2\\,;\\,5[$", "[2,5)", True),
        (
            "Le quotient est positif pour $2 \\le x < 5$.\n\n**Conclusion :** $S = [2\\,;\\,5[$",
            "[2,5]",
            False,
        ),
    ],
    "who 'is the one who' names is not read: its predicate may be another than the question's": [
        # (asked "Who is lying?": the sentence names the one telling the truth)
        (
            "Only this case is consistent.\n\nSo Dana is the one who is telling the truth.",
            "\\text{Dana}",
            False,
        ),
    ],
    "what a series does, stated as the last sentence": [
        (
            "By the integral test, $\\int_1^b \\frac{dx}{x} = \\ln b \\to \\infty$.\n\n**The series diverges.**",
            "\\text{diverges}",
            True,
        ),
        (
            "By the integral test, $\\int_1^b \\frac{dx}{x} = \\ln b \\to \\infty$.\n\n**The series diverges.**",
            "\\text{converges}",
            False,
        ),
        (
            "With $p = 2 > 1$, the p-test says the series does not converge absolutely.",
            "\\text{converges}",
            False,
        ),
    ],
    "a word stated after a blank line and a span": [
        (
            "50 = 49 + 1, so we need the remainder.\n\nSince $50 \\equiv 1 \\pmod 7$, 50 days after Friday is a **Saturday**.",
            "\\text{Saturday}",
            True,
        ),
        (
            "50 = 49 + 1, so we need the remainder.\n\nSince $50 \\equiv 1 \\pmod 7$, 50 days after Friday is a **Saturday**.",
            "\\text{Sunday}",
            False,
        ),
    ],
    "an answer line and a check line of Japanese, Korean and Chinese schools": [
        ("一辺の長さは 9 cm です。\n\n答\u3000 9 cm", "9", True),
        ("一辺の長さは 9 cm です。\n\n答\u3000 9 cm", "81", False),
        ("양변을 3으로 나누면\n$$x = 4$$\n\n답: $x = 4$\n\n검산: $3(4) + 2 = 14$ ✓", "4", True),
        ("양변을 3으로 나누면\n$$x = 4$$\n\n답: $x = 4$\n\n검산: $3(4) + 2 = 14$ ✓", "14", False),
    ],
    "a final-answer line looped until the cap, cut in its last copy": [
        (
            "Half of 84 is 42.\n\n"
            + "Final Answer: The final answer is $42$. I hope it is correct.\n\n" * 12
            + "Final Answer: The fin",
            "42",
            True,
        ),
        (
            "Half of 84 is 42.\n\n"
            + "Final Answer: The final answer is $42$. I hope it is correct.\n\n" * 12
            + "Final Answer: The fin",
            "84",
            False,
        ),
    ],
    "an answer tag, then an answer that could be it or another": [
        (
            "<think>Perimeter 2(9 + 6) = 30, cost 30 × 4 = 120.</think>\n<answer>120</answer>\n\nIf only three sides "
            "need fencing, it is (9 + 6 + 6) × 4 = 84. So the answer could be 120 or 84 depending on the yard.",
            "120",
            False,
        ),
        (
            "<think>Perimeter 2(9 + 6) = 30, cost 30 × 4 = 120.</think>\n<answer>120</answer>\n\nThe answer could be "
            "checked by adding the four sides.",
            "120",
            True,
        ),
    ],
    "a check labelled on a line of its own above its box": [
        (
            "$$2x + 1 = 9 \\implies x = \\boxed{4}$$\n\n**Verification:** Substituting back,\n"
            "$$\\sqrt{2(4) + 1} = \\boxed{3}\\ ✓$$",
            "4",
            True,
        ),
        (
            "$$2x + 1 = 9 \\implies x = \\boxed{4}$$\n\n**Verification:** Substituting back,\n"
            "$$\\sqrt{2(4) + 1} = \\boxed{3}\\ ✓$$",
            "3",
            False,
        ),
    ],
    "an exercise set for the reader after the work, in bold or italics": [
        (
            "$3^{x-1} = 27 = 3^3$, so $x = 4$.\n\n$$\\boxed{4}$$\n\n**Challenge question:** What if it were $3^x = 9$? "
            "Then $x = \\boxed{2}$.",
            "4",
            True,
        ),
        (
            "$3^{x-1} = 27 = 3^3$, so $x = 4$.\n\n$$\\boxed{4}$$\n\n**Challenge question:** What if it were $3^x = 9$? "
            "Then $x = \\boxed{2}$.",
            "2",
            False,
        ),
        (
            "**GCD(12, 18) = 6**\n\n---\n\n**Try this next:** What is the GCD of 8 and 20?\nSince 4 divides both, the "
            "GCD of 8 and 20 is 4.",
            "4",
            False,
        ),
        (
            "He keeps $\\frac{2}{5} \\times 45 = 18$.\n\n**Liam has 18 stickers left.**\n\n*Follow-up:* How many did he "
            "give away? $45 - 18 = 27$ stickers.",
            "18",
            True,
        ),
        (
            "He keeps $\\frac{2}{5} \\times 45 = 18$.\n\n**Liam has 18 stickers left.**\n\n*Follow-up:* How many did he "
            "give away? $45 - 18 = 27$ stickers.",
            "27",
            False,
        ),
    ],
    "an exercise for the reader after an emoji, or 'Try one yourself'": [
        (
            "A hexagon has 6 sides, so $S = 4 \\times 180^\\circ = 720^\\circ$.\n\n**The angles add up to 720°.**\n\n"
            "🧠 **Now you try:** What is the angle sum of an octagon?\n*(Answer: $\\boxed{1080^\\circ}$)*",
            "720",
            True,
        ),
        (
            "A hexagon has 6 sides, so $S = 4 \\times 180^\\circ = 720^\\circ$.\n\n**The angles add up to 720°.**\n\n"
            "🧠 **Now you try:** What is the angle sum of an octagon?\n*(Answer: $\\boxed{1080^\\circ}$)*",
            "1080",
            False,
        ),
        (
            "So the sale price is $\\boxed{34}$.\n\n**Try one yourself:** A $60 jacket is 20% off. What's the price?\n"
            "Solution: $0.8 \\times 60 = \\boxed{48}$.",
            "48",
            False,
        ),
    ],
    "a follow-up that asks about the writer's own work is a second thought, not an exercise": [
        (
            "Every integer from 1 to 10 works: $$\\boxed{10}$$\n\n*Follow-up:* Did I account for $n = 0$? Yes: the "
            "range starts at 1, so the count stays $\\boxed{10}$.",
            "10",
            True,
        ),
        (
            "Its divisors are 1, 2, 3, 4, 6, 9, 12, 18, 36: $$\\boxed{9}$$\n\n*Follow-up:* Should the answer be 9 or 8? "
            "Without 36 itself it's 8, so it could be either 9 or 8.",
            "9",
            False,
        ),
    ],
    "a follow-up that asks a new question, with its answer in brackets": [
        (
            "Choose 2 of 6: $$\\binom{6}{2} = 15.$$\n\n**Answer:** $\\boxed{15}$ handshakes.\n\n*Follow-up:* What if two more "
            "people arrive, how many handshakes would there be among 8? (Answer: $\\binom{8}{2} = \\boxed{28}$.)",
            "15",
            True,
        ),
        (
            "Choose 2 of 6: $$\\binom{6}{2} = 15.$$\n\n**Answer:** $\\boxed{15}$ handshakes.\n\n*Follow-up:* What if two more "
            "people arrive, how many handshakes would there be among 8? (Answer: $\\binom{8}{2} = \\boxed{28}$.)",
            "28",
            False,
        ),
    ],
    "a follow-up whose question opens on 'Wait' is the writer's own correction": [
        (
            "Primes below 10: 1, 2, 3, 5, 7, sum $\\boxed{18}$.\n\n*Follow-up:* Wait — is 1 prime? No. Removing it, "
            "the sum is $2 + 3 + 5 + 7 = \\boxed{17}$.",
            "17",
            True,
        ),
    ],
    "a follow-up that asks nothing is the writer's own second thought": [
        (
            "So the decagon has $\\boxed{35}$ diagonals.\n\n*Follow-up:* Wait — the sides connect two vertices too. "
            "Adding the 10 sides gives $\\boxed{45}$.",
            "45",
            True,
        ),
        (
            "So the decagon has $\\boxed{35}$ diagonals.\n\n*Follow-up:* Wait — the sides connect two vertices too. "
            "Adding the 10 sides gives $\\boxed{45}$.",
            "35",
            False,
        ),
    ],
    "similar problems offered in Chinese": [
        (
            "$$24 \\div 6 = 4$$\n\n所以每个朋友分到 $\\boxed{4}$ 颗糖。\n\n### 类似题目\n"
            "1. 45 元买 5 本本子，每本多少元？（答案：9 元）",
            "4",
            True,
        ),
        (
            "$$24 \\div 6 = 4$$\n\n所以每个朋友分到 $\\boxed{4}$ 颗糖。\n\n### 类似题目\n"
            "1. 45 元买 5 本本子，每本多少元？（答案：9 元）",
            "9",
            False,
        ),
    ],
    "more problems offered after the answer": [
        (
            "$(5-2) \\cdot 180 = 540$.\n\n**Answer:** $\\boxed{540}$\n\n**Similar problems you can try:**\n"
            "1. The angle sum of a hexagon? *(Answer: 720°)*",
            "540",
            True,
        ),
        (
            "$(5-2) \\cdot 180 = 540$.\n\n**Answer:** $\\boxed{540}$\n\n**Similar problems you can try:**\n"
            "1. The angle sum of a hexagon? *(Answer: 720°)*",
            "720",
            False,
        ),
    ],
    "a label of an interval alone on the last line": [
        ("We need x - 3 >= 0, so x >= 3.\n\nDomain: [3, oo)", "[3,\\infty)", True),
        ("We need x - 3 >= 0, so x >= 3.\n\nDomain: [3, oo)", "(3,\\infty)", False),
        (
            "Dividing by -2 flips the sign: x <= 5.\n\nIn interval notation: (-infinity, 5]",
            "(-\\infty,5]",
            True,
        ),
        (
            "Dividing by -2 flips the sign: x <= 5.\n\nIn interval notation: (-infinity, 5]",
            "(-\\infty,5)",
            False,
        ),
        # (a step's label names no answer)
        ("First we find where it is zero.\n\nStep two: (3, 5)", "(3,5)", False),
    ],
    "a last line that names its quantity in a few words": [
        (
            "Two disks: 2*pi*r^2. Side: 2*pi*r*h.\n\nTotal surface area = 2*pi*r^2 + 2*pi*r*h",
            "2\\pi r(r+h)",
            True,
        ),
        (
            "Two disks: 2*pi*r^2. Side: 2*pi*r*h.\n\nTotal surface area = 2*pi*r^2 + 2*pi*r*h",
            "2\\pi r(r+2h)",
            False,
        ),
        # (a condition names no quantity)
        ("We test values.\n\nIf x = 3", "3", False),
    ],
    "a box whose brace was forgotten inside math the writer closed": [
        ("6 of the 9 marbles are red, so the answer is $\\boxed{\\dfrac{2}{3}$", "\\frac{2}{3}", True),
        ("6 of the 9 marbles are red, so the answer is $\\boxed{\\dfrac{2}{3}$", "\\frac{1}{3}", False),
        # (cut inside the box: no value)
        ("6 of the 9 marbles are red, so the answer is $\\boxed{\\dfrac{2}{$", "\\frac{2}{3}", False),
    ],
    "the solution set of one pair": [
        ("So the only solution is $\\boxed{\\{(4, 1)\\}}$.", "(4,1)", True),
        ("So the only solution is $\\boxed{\\{(4, 1)\\}}$.", "(1,4)", False),
        ("The solutions are $\\boxed{\\{(4, 1), (1, 4)\\}}$.", "(4,1)", False),
    ],
    "intervals and pairs as European schools write them": [
        ("Donc $x \\in \\boxed{]-\\infty;3]}$.", "(-\\infty,3]", True),
        ("Donc $x \\in \\boxed{]-\\infty;3]}$.", "(-\\infty,3)", False),
        ("Also gilt $\\boxed{[2;5[}$.", "[2,5)", True),
        ("Also gilt $\\boxed{[2;5[}$.", "[2,5]", False),
        ("Ответ: $\\boxed{(2; 5)}$", "(2,5)", True),
        ("Ответ: $\\boxed{(2; 5)}$", "(5,2)", False),
    ],
    "no solution said in another language": [
        ("Por lo tanto, $\\boxed{\\text{No tiene solución}}$", "\\emptyset", True),
        ("Por lo tanto, $\\boxed{\\text{No tiene solución}}$", "0", False),
        ("Die Gleichung hat $\\boxed{\\text{keine Lösung}}$.", "\\emptyset", True),
        ("Итак, $\\boxed{\\text{нет решений}}$.", "\\emptyset", True),
    ],
    "all real values of another letter, and no solutions of a kind": [
        (
            "The discriminant is $k^2 + 4 > 0$, so $\\boxed{\\text{all real } k}$.",
            "\\text{all real numbers}",
            True,
        ),
        ("The discriminant is $k^2 + 4 > 0$, so $\\boxed{\\text{all real } k}$.", "(0,\\infty)", False),
        (
            "Mod 4 the left side is 3, the right 0 or 1: $\\boxed{\\text{There are no integer solutions}}$.",
            "\\text{none}",
            True,
        ),
        (
            "Mod 4 the left side is 3, the right 0 or 1: $\\boxed{\\text{There are no integer solutions}}$.",
            "0",
            False,
        ),
    ],
    "a point of the compass by its abbreviation, hyphenated or in two words": [
        ("So the plane ends up flying $\\boxed{\\text{SE}}$.", "\\text{southeast}", True),
        ("So the plane ends up flying $\\boxed{\\text{SW}}$.", "\\text{southeast}", False),
        ("So the heading is $\\boxed{\\text{south-east}}$.", "\\text{southeast}", True),
        ("The answer is $\\boxed{\\text{North West}}$.", "\\text{northwest}", True),
        ("Both components are equal, so the heading is **north-west**.", "NW", True),
        # (a letter alone may be a choice: "E" is not read as east)
        ("The answer is $\\boxed{E}$.", "\\text{east}", False),
    ],
    "a word the last sentence states after a span": [
        ("Three quarter turns: $270^\\circ$ to the left leaves him facing **East**.", "\\text{east}", True),
        ("Three quarter turns: $270^\\circ$ to the left leaves him facing **East**.", "\\text{west}", False),
        ("After 5 right turns of 90 degrees he is facing south.", "\\text{south}", True),
        ("After 5 right turns of 90 degrees he is facing south.", "\\text{north}", False),
    ],
    "a winner in bold, or the one who has the most": [
        ("Bob mirrors every move, so the last stone is his.\n\n**Bob** wins.", "\\text{Bob}", True),
        ("Bob mirrors every move, so the last stone is his.\n\n**Bob** wins.", "\\text{Alice}", False),
        (
            "Her ratio is 3.2 and the others' are below 2.\n\nSo Priya has the highest average speed.",
            "\\text{Priya}",
            True,
        ),
        (
            "Her ratio is 3.2 and the others' are below 2.\n\nSo Priya has the highest average speed.",
            "\\text{Omar}",
            False,
        ),
        # (a condition is another answer)
        (
            "Their ratios are close.\n\nPriya has the highest average speed if she ran 4 km.",
            "\\text{Priya}",
            False,
        ),
    ],
    "a choice gold whose value is negative": [
        ("The least value is $\\boxed{-2}$.", "\\textbf{(A) } -2", True),
        ("The least value is $\\boxed{2}$.", "\\textbf{(A) } -2", False),
        ("So the answer is $\\boxed{A}$.", "\\textbf{(A) } -2", True),
        ("So the answer is $\\boxed{C}$.", "\\textbf{(A) } -2", False),
    ],
    "a bold value in the clause that concludes its sentence": [
        (
            "9 × 15 = 135 minutes\n\nThat is 2 hours and 15 minutes, so the roast needs **135 minutes**.",
            "135",
            True,
        ),
        (
            "9 × 15 = 135 minutes\n\nThat is 2 hours and 15 minutes, so the roast needs **135 minutes**.",
            "2",
            False,
        ),
    ],
}

# Completions the length limit cut (``truncated=True``).
_CUT_BY_THE_LENGTH_LIMIT = {
    "an answer stated in a cut reasoning, then the question read again": [
        (
            "<think>\nThe car goes 50 × 3 = 150 miles, then 40 × 2 = 80. Total is 230. So the answer is 230. "
            "But the question also says that",
            "230",
            False,
        ),
        (
            "<think>\nThe car goes 50 × 3 = 150 miles, then 40 × 2 = 80. Total is 230. So the answer is 230.\n</think>\n\n"
            "The car travels **230 miles** in",
            "230",
            True,
        ),
    ],
}

_FACTOR = "Factor completely: $3y^3 - 27y$."
_ORDER = "Let $x = 2^{40}$, $y = 3^{30}$ and $z = 5^{15}$. Order $x$, $y$, $z$ from least to greatest."
_INEQUALITY = "Solve the inequality $x^2 - 5x + 4 < 0$."

_WITH_THE_PROBLEM = {
    "a list in the order the problem asks": [
        ("Comparing logarithms, $\\boxed{z, x, y}$.", "z, x, y", _ORDER, True),
        ("Comparing logarithms, $\\boxed{x, z, y}$.", "z, x, y", _ORDER, False),
        ("Comparing logarithms, $\\boxed{z < x < y}$.", "z, x, y", _ORDER, True),
        ("Comparing logarithms, $\\boxed{y > x > z}$.", "z, x, y", _ORDER, True),
        ("Comparing logarithms, $\\boxed{x < z < y}$.", "z, x, y", _ORDER, False),
        (
            "Comparing logarithms, $\\boxed{y, x, z}$.",
            "y, x, z",
            "Order $x$, $y$, $z$ from greatest to least.",
            True,
        ),
        (
            "Comparing logarithms, $\\boxed{z, x, y}$.",
            "y, x, z",
            "Order $x$, $y$, $z$ from greatest to least.",
            False,
        ),
        (
            "So the order is $\\boxed{\\frac{3}{4}, 0.7, \\frac{2}{3}}$.",
            "\\frac{2}{3}, 0.7, \\frac{3}{4}",
            "Order the numbers $\\frac{3}{4}$, $0.7$, and $\\frac{2}{3}$ from least to greatest.",
            False,
        ),
        # (a solution set has no order)
        ("The roots are $\\boxed{4, -1}$.", "-1, 4", "Find all roots of $x^2 - 3x - 4 = 0$.", True),
    ],
    "a factorisation the problem asks for": [
        ("Take out $3y$: $\\boxed{3y(y^2-9)}$.", "3y(y-3)(y+3)", _FACTOR, False),
        (
            "Take out $3y$, then the difference of squares: $\\boxed{3y(y+3)(y-3)}$.",
            "3y(y-3)(y+3)",
            _FACTOR,
            True,
        ),
        ("Take out $3y$: $\\boxed{3y(y^2-9)}$.", "3y(y-3)(y+3)", "Simplify $3y^3 - 27y$ as a product.", True),
        ("Expanding: $\\boxed{(x+2)(x+2)}$", "(x+2)^2", "Factor $x^2 + 4x + 4$.", True),
        (
            "Grouping gives $(x^2-4)(x+1)$, and so\n$$x^3 + x^2 - 4x - 4 = (x - 2)(x + 2)(x + 1).$$",
            "(x+1)(x-2)(x+2)",
            "Factor completely: $x^3 + x^2 - 4x - 4$.",
            True,
        ),
        # (a bracket that still holds a common factor)
        ("By grouping, $\\boxed{(5x-10)(x+2)}$.", "5(x-2)(x+2)", "Factor completely: $5x^2 - 20$.", False),
        ("By grouping, $\\boxed{5(x-2)(x+2)}$.", "5(x-2)(x+2)", "Factor completely: $5x^2 - 20$.", True),
    ],
    "an angle in the unit the problem asks": [
        (
            "$\\cos\\theta = \\frac12$, so $\\boxed{60^\\circ}$",
            "\\frac{\\pi}{3}",
            "Find the angle between the vectors. Express your answer in radians.",
            False,
        ),
        (
            "$\\cos\\theta = \\frac12$, so $\\boxed{\\frac{\\pi}{3}}$",
            "\\frac{\\pi}{3}",
            "Find the angle between the vectors. Express your answer in radians.",
            True,
        ),
        (
            "$\\cos\\theta = \\frac12$, so $\\boxed{60^\\circ}$",
            "\\frac{\\pi}{3}",
            "Find the angle between the vectors.",
            True,
        ),
    ],
    "the ends of the interval that solves an inequality": [
        ("The roots are 1 and 4, and the parabola opens up.\n\n$\\boxed{1, 4}$", "(1,4)", _INEQUALITY, False),
        (
            "The roots are 1 and 4, and the parabola opens up.\n\n$\\boxed{(1, 4)}$",
            "(1,4)",
            _INEQUALITY,
            True,
        ),
        (
            "The roots are 1 and 4, and the parabola opens up.\n\n$\\boxed{1 < x < 4}$",
            "(1,4)",
            _INEQUALITY,
            True,
        ),
        (
            "So the point is $\\boxed{1, 4}$.",
            "(1,4)",
            "Find the point $(a, b)$ with $a + b = 5$ and $b = 4a$.",
            True,
        ),
    ],
    "a rounded decimal where the exact value of a logarithm is asked": [
        (
            "$\\int_1^3 \\frac{dx}{x} = \\ln 3 \\approx$ $\\boxed{1.0986}$",
            "\\ln 3",
            "Find the exact value of $\\int_1^3 \\frac{dx}{x}$.",
            False,
        ),
        (
            "$\\int_1^3 \\frac{dx}{x} = \\ln 3 \\approx$ $\\boxed{1.0986}$",
            "\\ln 3",
            "Find $\\int_1^3 \\frac{dx}{x}$ to four decimal places.",
            True,
        ),
    ],
    "a rounded decimal where the exact value of an expression in e is asked": [
        (
            "$\\int_0^1 e^x\\,dx = e - 1 \\approx \\boxed{1.718}$",
            "e - 1",
            "Find the exact value of $\\int_0^1 e^x\\,dx$.",
            False,
        ),
        ("$\\int_0^1 e^x\\,dx = e - 1 \\approx \\boxed{1.718}$", "e - 1", "Find $\\int_0^1 e^x\\,dx$.", True),
        ("So the rate is $\\boxed{0.0015}$.", "1.5e-3", "Find the exact rate.", True),
    ],
    "dollars rounded to the nearest cent": [
        (
            "The final answer is $\\boxed{\\$1,218.75}$",
            "1218.75",
            "What is the balance after 2 years? Give your answer to the nearest cent.",
            True,
        ),
        (
            "The final answer is $\\boxed{\\$1,218.57}$",
            "1218.75",
            "What is the balance after 2 years? Give your answer to the nearest cent.",
            False,
        ),
        ("So he has $\\boxed{\\$35}$.", "35", "How many cents does he have?", False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_WITHOUT_THE_PROBLEM))
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CUT_BY_THE_LENGTH_LIMIT))
def test_the_verdict_of_a_cut_completion(completion, gold, correct):
    """Each kind of case (the keys of ``_CUT_BY_THE_LENGTH_LIMIT``), with twins that go the other way."""
    assert verify(completion, gold, truncated=True).correct is correct


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(
    ("problem", "direction"),
    [
        ("Arrange the fractions in increasing order.", "ascending"),
        ("List the four people in order from least money to most money.", "ascending"),
        ("Rank the cities from largest to smallest.", "descending"),
        ("Put them in descending order.", "descending"),
        ("Find the order of 3 modulo 7.", None),
        ("What is the greatest common divisor of 12 and 18?", None),
    ],
)
def test_the_direction_an_order_is_asked_in(problem, direction):
    assert asked_direction(problem) == direction


def test_an_order_is_judged_only_for_lists_of_the_same_items():
    asked = "Order $a$, $b$, $c$ from least to greatest."
    assert answered_order("b, a, c", "c, a, b", asked) is False
    assert (
        answered_order("2^{30}, 3^{20}, 5^{10}", "c, a, b", asked) is None
    )  # (other items: the comparison's)
    assert answered_order("a < b > c", "c, a, b", asked) is None  # (no one order)


@pytest.mark.parametrize(
    ("answer", "gold", "short"),
    [
        ("2x(x^2-4)", "2x(x-2)(x+2)", True),
        ("2x^3-8x", "2x(x-2)(x+2)", True),  # (not factored at all)
        ("(x-2)(x+2)\\cdot 2x", "2x(x-2)(x+2)", False),
        ("(x+1)^{2}(x-1)", "(x+1)(x+1)(x-1)", False),
        ("\\frac{x}{2}(x-1)", "x(x-1)/2", False),  # (a fraction: not read, left to the comparison)
    ],
)
def test_a_factorisation_short_of_the_gold(answer, gold, short):
    assert factored_less_than_asked(answer, gold, "Factor completely.") is short


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("]-\\infty;3]", "(-\\infty,3]"),
        ("[2;5[", "[2,5)"),
        ("]-1, 4[", "(-1,4)"),
        ("]2;3[\\cup]4;5]", "(2,3)\\cup(4,5]"),
        ("(2; 5)", "(2,5)"),
        ("(2,5; 3)", "(2,5;3)"),  # (a decimal comma beside a semicolon: left alone)
    ],
)
def test_european_intervals_and_pairs(written, normal):
    assert normalize_answer(written) == normal
