"""Answers in parts named by words, sets of integers written as residue classes, answer tags as training prompts get
them written, and answers in the languages models drift into. Each kind of case has a twin that goes the other way
(the same text against another gold, or a near text against the same gold), so a rule that reads every such answer as
right, or none, fails."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.extract import find_answer
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.residue_class import ResidueClass, residue_class, same_residue_class

_WITHOUT_THE_PROBLEM = {
    "parts named by words, compared by name (synonyms of the extremes are one name)": [
        (
            "So the largest value is 9 and the smallest is -4.\n\n$$\\boxed{\\text{Max} = 9,\\ \\text{Min} = -4}$$",
            "max 9, min -4",
            True,
        ),
        (
            "So the largest value is 9 and the smallest is -4.\n\n$$\\boxed{\\text{Max} = -4,\\ \\text{Min} = 9}$$",
            "max 9, min -4",
            False,
        ),
        ("Therefore $\\boxed{\\min = -4,\\ \\max = 9}$.", "\\text{greatest } 9, \\text{ least } -4", True),
        ("Therefore $\\boxed{\\min = -3,\\ \\max = 9}$.", "\\text{greatest } 9, \\text{ least } -4", False),
        ("答：$$\\boxed{f(x)_{\\max}=9,\\ f(x)_{\\min}=-4}$$", "max 9, min -4", True),
        ("答：$$\\boxed{f(x)_{\\max}=-4,\\ f(x)_{\\min}=9}$$", "max 9, min -4", False),
        ("Sorted out:\n\n**Answer:** Minimum: 3, Maximum: 11", "max 11, min 3", True),
        ("Sorted out:\n\n**Answer:** Minimum: 11, Maximum: 3", "max 11, min 3", False),
    ],
    "a bare list answers parts named by words in the gold's order": [
        ("The two values are $\\boxed{(12, 30)}$.", "son 12, father 30", True),
        ("The two values are $\\boxed{(30, 12)}$.", "son 12, father 30", False),
        ("Greatest and least: $\\boxed{7 \\text{ and } -7}$", "\\text{max } 7, \\text{ min } -7", True),
        ("Greatest and least: $\\boxed{7 \\text{ and } 7}$", "\\text{max } 7, \\text{ min } -7", False),
    ],
    "letters the writer chose for the gold's words, in the gold's order": [
        ("$$\\boxed{w = 4 \\text{ cm},\\ \\ell = 9 \\text{ cm}}$$", "width 4 cm, length 9 cm", True),
        ("$$\\boxed{w = 9 \\text{ cm},\\ \\ell = 4 \\text{ cm}}$$", "width 4 cm, length 9 cm", False),
    ],
    "one value under a word in the gold": [
        ("Completing the square, the vertex is $\\boxed{(3, -2)}$.", "\\text{vertex } (3,-2)", True),
        ("Completing the square, the vertex is $\\boxed{(-3, -2)}$.", "\\text{vertex } (3,-2)", False),
    ],
    "residue classes, however written": [
        (
            "So $n$ must leave remainder 2 on division by 5.\n\n$\\boxed{n = 5k + 2,\\ k \\in \\mathbb{Z}}$",
            "n \\equiv 2 \\pmod 5",
            True,
        ),
        (
            "So $n$ must leave remainder 2 on division by 5.\n\n$\\boxed{n = 5k + 3,\\ k \\in \\mathbb{Z}}$",
            "n \\equiv 2 \\pmod 5",
            False,
        ),
        ("Hence $\\boxed{n \\in 2\\mathbb{Z}+1}$.", "n \\text{ is odd}", True),
        ("Hence $\\boxed{n \\in 2\\mathbb{Z}}$.", "n \\text{ is odd}", False),
        ("The exponents are $\\boxed{\\{\\dots, -5, 1, 7, 13, \\dots\\}}$.", "n \\equiv 1 \\pmod 6", True),
        ("The exponents are $\\boxed{\\{\\dots, -5, 1, 7, 13, \\dots\\}}$.", "n \\equiv 1 \\pmod 3", False),
        (
            "This holds exactly when $n = 7k + 1$ or $n = 7k + 6$ for some integer $k$.",
            "n \\equiv \\pm 1 \\pmod 7",
            True,
        ),
        (
            "This holds exactly when $n = 7k + 1$ or $n = 7k + 5$ for some integer $k$.",
            "n \\equiv \\pm 1 \\pmod 7",
            False,
        ),
        # (a narrower class is not the gold's: it leaves members out)
        ("$\\boxed{n \\equiv 1 \\pmod 4}$", "n \\text{ is odd}", False),
        ("$\\boxed{n \\equiv 1, 3 \\pmod 4}$", "n \\text{ is odd}", True),
    ],
    "answer tags with attributes, self-closing, printed as a dict, or opened by none": [
        ('<think>\n7 * 8 = 56\n</think>\n<answer type="integer">56</answer>', "56", True),
        ('<think>\n7 * 8 = 56\n</think>\n<answer type="integer">54</answer>', "56", False),
        ("<think>\n2^5 = 32\n</think>\n<final_answer value='5' />", "5", True),
        ("<think>\n2^5 = 32\n</think>\n<final_answer value='32' />", "5", False),
        ("0.5 hours is 30 minutes.\n\n{'answer': 30}", "30", True),
        ("0.5 hours is 30 minutes.\n\n{'answer': 0.5}", "30", False),
        ("<reasoning>\n3 + 4 = 7, doubled is 14.\n</reasoning>\n14\n</answer>", "14", True),
        ("<reasoning>\n3 + 4 = 7, doubled is 14.\n</reasoning>\n7\n</answer>", "14", False),
    ],
    "the one number of an answer sentence in another language": [
        ("**Antwort:** Das Fahrrad kostet im Angebot 1.275,50 €.", "1275.5", True),
        ("**Antwort:** Das Fahrrad kostet im Angebot 1.257,50 €.", "1275.5", False),
        ("**Đáp số:** 18 quyển vở.", "18", True),
        ("**Đáp số:** 81 quyển vở.", "18", False),
        ("**الإجابة:** اشترت سارة ١٥ كتاباً.", "15", True),
        ("**الإجابة:** اشترت سارة ١٦ كتاباً.", "15", False),
        # (two numbers in the sentence: none is the answer by this rule)
        ("**Respuesta:** En 3 días recorre 45 kilómetros.", "3", False),
    ],
    "no solution, in more languages": [
        ("**答え：解なし**", "\\text{no solution}", True),
        ("**答え：解なし**", "x = 2", False),
        ("**정답: 해가 없다**", "\\emptyset", True),
        ("**Đáp số:** Phương trình vô nghiệm.", "\\text{no solution}", True),
        ("**Cevap:** çözüm yok", "\\text{no solution}", True),
        ("**Cevap:** x = 3", "\\text{no solution}", False),
    ],
    "a check after the answer, labelled in another language": [
        ("**Ответ:** 47.\n\n**Проверка:** $47 = 2 \\cdot 23 + 1 = 3 \\cdot 15 + 2$. Всё верно.", "47", True),
        ("**Ответ:** 47.\n\n**Проверка:** $47 = 2 \\cdot 23 + 1 = 3 \\cdot 15 + 2$. Всё верно.", "15", False),
        ("**Respuesta: 21**\n\nComprobación: $20 + 21 + 22 = 63$ ✓", "21", True),
        ("**Respuesta: 21**\n\nComprobación: $20 + 21 + 22 = 63$ ✓", "63", False),
    ],
    "scales and groupings of other countries": [
        ("**정답: 4만 원**", "40000", True),
        ("**정답: 4만 원**", "4", False),
        ("**उत्तर:** ₹2,40,000", "240000", True),
        ("**उत्तर:** ₹2,40,000", "24000", False),
    ],
    "two values in one unit offered as alternatives": [
        ("So the perimeter of the triangle is 11 cm or 13 cm.", "13", False),
        ("所以这个等腰三角形的周长是 11 cm 或 13 cm。", "13", False),
        # (one quantity said twice is no hedge)
        ("So the trip takes 1 hour 20 minutes, or 80 minutes.", "80", True),
        (
            "So the largest possible value is $\\boxed{48}$ (or $12\\sqrt{17}$ with the other sign convention).",
            "48",
            False,
        ),
        ("So the largest possible value is $\\boxed{48}$ (or $\\frac{96}{2}$ in other words).", "48", True),
    ],
    "a function's bare argument ends before a bracket its writer multiplies by": [
        ("$$\\boxed{\\sin\\theta(3-4\\sin^2\\theta)}$$", "3\\sin\\theta-4\\sin^3\\theta", True),
        ("$$\\boxed{\\sin\\theta(3-4\\sin^2\\theta)}$$", "3\\sin\\theta+4\\sin^3\\theta", False),
    ],
    "a programmer's prefix names the base": [
        ("In hexadecimal: $\\boxed{0x3C}$", "3C_{16}", True),
        ("In hexadecimal: $\\boxed{0x3D}$", "3C_{16}", False),
        ("In binary: $\\boxed{0b1101}$", "1101_{2}", True),
        ("In binary: $\\boxed{0b1101}$", "1101_{8}", False),
    ],
    "more spellings of named parts and of classes": [
        ("$$\\boxed{\\min f = -19,\\ \\max f = 13}$$", "\\text{maximum } 13, \\text{ minimum } -19", True),
        ("$$\\boxed{\\min f = 13,\\ \\max f = -19}$$", "\\text{maximum } 13, \\text{ minimum } -19", False),
        (
            "**Quotient:** $x^2 - x - 1$\n**Remainder:** $3$",
            "\\text{quotient } x^2-x-1, \\text{ remainder } 3",
            True,
        ),
        (
            "**Quotient:** $x^2 - x - 1$\n**Remainder:** $3$",
            "\\text{quotient } x^2-x+1, \\text{ remainder } 3",
            False,
        ),
        ("Hence $n \\equiv 2 \\pmod 4$, i.e. $n = 2, 6, 10, 14, \\ldots$", "n \\equiv 2 \\pmod{4}", True),
        ("Hence $n \\equiv 2 \\pmod 4$, i.e. $n = 2, 6, 10, 14, \\ldots$", "n \\equiv 2 \\pmod{8}", False),
        ("So the valid $n$ are $\\boxed{\\{1, 5, 9, 13, \\ldots\\}}$.", "n \\equiv 1 \\pmod{4}", True),
        ("So the valid $n$ are $\\boxed{\\{1, 5, 9, 13, \\ldots\\}}$.", "n \\equiv 1 \\pmod{2}", False),
    ],
    "a parameter's declaration after the values is no answer": [
        (
            "Therefore all such integers are $n = 5k + 2$ or $n = 5k + 3$, where $k \\in \\mathbb{Z}$.",
            "n \\equiv 2 \\text{ or } 3 \\pmod{5}",
            True,
        ),
        (
            "Therefore all such integers are $n = 5k + 2$ or $n = 5k + 4$, where $k \\in \\mathbb{Z}$.",
            "n \\equiv 2 \\text{ or } 3 \\pmod{5}",
            False,
        ),
    ],
    "every choice of signs in a named tuple": [
        ("$$\\boxed{(x,y)=(\\pm 3,\\pm 2)}$$", "(3,2),(3,-2),(-3,2),(-3,-2)", True),
        ("$$\\boxed{(x,y)=(\\pm 3,\\pm 2)}$$", "(3,2),(-3,-2)", False),
    ],
    "two values of one unit side by side": [
        ("Both cases give triangles, so the perimeter is $13$ cm or $14$ cm.", "13 \\text{ or } 14", True),
        ("Both cases give triangles, so the perimeter is $13$ cm or $14$ cm.", "14", False),
    ],
    "a dict's other keys state nothing after its answer": [
        ("Since $10 = 3 \\cdot 3 + 1$, the remainder is 2.\n\n{'answer': 2, 'cycle_length': 3}", "2", True),
        ("Since $10 = 3 \\cdot 3 + 1$, the remainder is 2.\n\n{'answer': 3, 'cycle_length': 2}", "2", False),
    ],
    "a final sentence that says there is no solution, against a gold that is none": [
        (
            "Squaring gives $x = 2$, which fails the original equation. So the equation has no solution.",
            "\\text{no solution}",
            True,
        ),
        (
            "Squaring gives $x = 2$, which fails the original equation. So the equation has no solution.",
            "2",
            False,
        ),
        ("检验：$x=2$ 时分母为零，$x=2$ 是增根。\n\n∴ 原分式方程无解。", "\\text{无解}", True),
        ("So the equation has no solution other than $x = 2$.", "\\text{no solution}", False),
    ],
    "a choice on a line of its own, a count in Chinese numerals after its verb": [
        ("所以 $T=\\pi$。\n\n选B", "B", True),
        ("所以 $T=\\pi$。\n\n选B", "C", False),
        ("答：这个数是十八。", "18", True),
        ("答：这个数是十八。", "12", False),
    ],
    "a family's constants renamed, under a common factor or in small letters": [
        ("$$\\boxed{y = C_1e^{-x}\\cos x + C_2e^{-x}\\sin x}$$", "y=e^{-x}(A\\cos x + B\\sin x)", True),
        ("$$\\boxed{y = C_1e^{x}\\cos x + C_2e^{x}\\sin x}$$", "y=e^{-x}(A\\cos x + B\\sin x)", False),
        ("$$\\boxed{f(x) = kx \\text{ for some constant } k \\in \\mathbb{R}}$$", "f(x) = cx", True),
        ("$$\\boxed{f(x) = kx^2 \\text{ for some constant } k \\in \\mathbb{R}}$$", "f(x) = cx", False),
    ],
    "a root set aside in Chinese, a fraction in words after its verb": [
        ("∴ 原方程的解为 $x=2$（$x=-1$ 是增根，舍去）。", "x=2", True),
        ("∴ 原方程的解为 $x=2$（$x=-1$ 是增根，舍去）。", "x=-1", False),
        ("答：向上的点数之和为7的概率是六分之一。", "\\frac{1}{6}", True),
        ("答：向上的点数之和为7的概率是六分之一。", "7", False),
    ],
    "a value under an SI prefix against a bare gold in the base unit": [
        ("So the sampling rate is $\\boxed{8 \\text{ kHz}}$.", "8000", True),
        ("So the sampling rate is $\\boxed{8 \\text{ kHz}}$.", "8200", False),
        ("Final answer: $\\lambda \\approx 0.727$ nm.", "7.27e-10", True),
        ("Final answer: $\\lambda \\approx 0.727$ nm.", "7.47e-10", False),
        ("**Resonant frequency ≈ 1.59 kHz**", "1591.5", True),
        ("**Resonant frequency ≈ 1.59 kHz**", "1610", False),
        # (a gold with a unit of its own is compared by the unit stages)
        ("The mass is $\\boxed{5 \\text{ kg}}$.", "5000 \\text{ m}", False),
    ],
    "a prefixed unit outside the box, in text markup, or the ångström": [
        ("So $\\boxed{8}$ kHz.", "8000", True),
        ("So $\\boxed{8}$ MHz.", "8000", False),
        ("$\\boxed{25\\,\\mu\\text{F}}$", "2.5\\times10^{-5}", True),
        ("$\\boxed{25\\,\\text{mF}}$", "2.5\\times10^{-5}", False),
        ("$\\boxed{3.0\\,\\text{M}\\Omega}$", "3\\times10^{6}", True),
        ("The spacing is $\\boxed{7.27}$ Å.", "7.27\\times10^{-10}", True),
        ("The spacing is $\\boxed{7.27}$ Å.", "7.27\\times10^{-9}", False),
    ],
    "a rate's 'per' and a data size's unit": [
        ("So she earns $\\boxed{\\$18/\\text{hour}}$.", "18", True),
        ("So she earns $\\boxed{\\$18/\\text{hour}}$.", "144", False),
        ("The file takes $\\boxed{2048 \\text{ MB}}$.", "2048", True),
    ],
    "two signs chosen apart": [
        ("The four roots are $\\boxed{\\pm 1 \\pm i}$.", "1 + i, 1 - i, -1 + i, -1 - i", True),
        ("The four roots are $\\boxed{\\pm 1 \\pm i}$.", "1 + i, -1 - i", False),
    ],
    "a factor said as '-fold'": [
        ("The maximum speedup is **2.5×**.", "2.5", True),
        ("The maximum speedup is **2.5×**.", "4", False),
    ],
    "lists as TheoremQA stores them": [
        ("The stationary distribution is $\\boxed{(0.8, 0.6)}$.", "[0.8, 0.6]", True),
        ("The stationary distribution is $\\boxed{(0.6, 0.8)}$.", "[0.8, 0.6]", False),
        ("So $x = 1$, $y = 2$, $z = 3$.", "[1, 2, 3]", True),
        ("So $x = 2$, $y = 1$, $z = 3$.", "[1, 2, 3]", False),
        ("The eigenvalues are $\\boxed{\\{11, 2, 1\\}}$.", "[1, 2, 11]", True),
        ("The eigenvalues are $\\boxed{\\{11, 2\\}}$.", "[1, 2, 11]", False),
    ],
    "a gold with the decimal comma of the completion's language": [
        ("**Ответ:** $x = 2{,}5$", "2,5", True),
        ("**Ответ:** $x = 2{,}4$", "2,5", False),
        ("**Réponse :** $x = \\frac{5}{2}$", "2,5", True),
        # (an English text: the list of 2 and 5)
        ("The roots are 2 and 5.", "2,5", True),
        ("The root is 2.5.", "2,5", False),
    ],
    "a percent with a decimal comma, in any language": [
        ("The rate is $\\boxed{12.5\\%}$.", "12,5\\%", True),
        ("The rate is $\\boxed{12.6\\%}$.", "12,5\\%", False),
    ],
    "units of Russian and Ukrainian books": [
        ("**Ответ:** 150 тыс. руб.", "150000", True),
        ("**Ответ:** 150 тыс. руб.", "150", False),
        ("**Ответ:** 0,48 дм².", "0,48", True),
        ("**Ответ:** $\\boxed{420\\ \\text{тыс. человек}}$", "420000", True),
        ("**Ответ:** $\\boxed{420\\ \\text{тыс. человек}}$", "420", False),
        ("Ответ: 350 рублей", "350 \\text{ руб.}", True),
        ("Ответ: 305 рублей", "350 \\text{ руб.}", False),
        ("**Ответ:** 48 см².", "48 \\text{ см}^2", True),
        ("**Ответ:** 84 см².", "48 \\text{ см}^2", False),
        ("**Ответ:** 77 см².", "77", True),
    ],
    "intervals with angle brackets and a semicolon, in the gold too": [
        ("**Odpowiedź:** $x \\in [-1; 3]$", "\\langle -1; 3\\rangle", True),
        ("**Odpowiedź:** $x \\in (-1; 3)$", "\\langle -1; 3\\rangle", False),
        ("**Odpowiedź:** $x \\in \\langle -1; 3 \\rangle$", "(-1;3)", False),
    ],
    "no solution said of the equation, in more languages": [
        ("**Respuesta:** La ecuación no tiene solución.", "\\emptyset", True),
        ("**Respuesta:** La ecuación no tiene solución.", "x = 0", False),
        ("**Відповідь:** розв'язків немає.", "\\varnothing", True),
    ],
    "a box inside a box with more around it": [
        ("Counting both parities:\n\n$$\\boxed{\\boxed{450} \\times 2}$$", "450", False),
        ("Counting both parities:\n\n$$\\boxed{\\boxed{450} \\times 2}$$", "900", True),
        ("$$\\boxed{\\boxed{5}}$$", "5", True),
    ],
    "a count in words, then where or when": [
        ("60 × 60 = 3600\n\nSo there are three thousand six hundred seconds in one hour.", "3600", True),
        ("60 × 60 = 3600\n\nSo there are three thousand six hundred seconds in one hour.", "1800", False),
        ("2 × 125 = 250\n\nThe baker makes two hundred fifty muffins on Tuesday.", "250", True),
        # ("seconds" is a time, never the ordinal denominator of a fraction: "twelve seconds" is no 12/2)
        ("Each step takes one second, so it takes twelve seconds.", "12", True),
        ("Each step takes one second, so it takes twelve seconds.", "6", False),
    ],
    "a tag holding only a decoration": [
        ("<answer>🌀</answer>", "0", False),
    ],
}

_WITH_THE_PROBLEM = {
    "a complex number in polar form where rectangular form is asked": [
        (
            "So $z = \\sqrt{2}e^{3\\pi i/4}$.\n\n$$\\boxed{\\sqrt{2}e^{3\\pi i/4}}$$",
            "-1+i",
            "Write $(1+i)^3/2$ in rectangular form.",
            False,
        ),
        (
            "So $z = \\sqrt{2}e^{3\\pi i/4} = -1 + i$.\n\n$$\\boxed{-1+i}$$",
            "-1+i",
            "Write $(1+i)^3/2$ in rectangular form.",
            True,
        ),
        (
            "So $z = \\sqrt{2}e^{3\\pi i/4}$.\n\n$$\\boxed{\\sqrt{2}e^{3\\pi i/4}}$$",
            "-1+i",
            "Compute $(1+i)^3/2$.",
            True,
        ),
    ],
    "a rate asked is no unit of another kind": [
        (
            "$12 \\text{ L/min} \\times 60 = 720$\n\n**Answer:** $\\boxed{720 \\text{ liters/hour}}$",
            "720",
            "A pipe fills a tank at 12 liters per minute. How many liters does it deliver per hour?",
            True,
        ),
        (
            "$12 \\text{ L/min} \\times 60 = 720$\n\n**Answer:** $\\boxed{702 \\text{ liters/hour}}$",
            "720",
            "A pipe fills a tank at 12 liters per minute. How many liters does it deliver per hour?",
            False,
        ),
    ],
    "a complex number in rectangular form where the polar form is asked": [
        (
            "$(1+i)^5 = -4-4i$.\n\n$$\\boxed{-4-4i}$$",
            "4\\sqrt{2}e^{5\\pi i/4}",
            "Express $(1+i)^5$ in polar form $re^{i\\theta}$.",
            False,
        ),
        (
            "$(1+i)^5 = 4\\sqrt{2}e^{5\\pi i/4}$.\n\n$$\\boxed{4\\sqrt{2}e^{5\\pi i/4}}$$",
            "4\\sqrt{2}e^{5\\pi i/4}",
            "Express $(1+i)^5$ in polar form $re^{i\\theta}$.",
            True,
        ),
    ],
    "a fraction not in lowest terms where the simplest form is asked": [
        (
            "So it is $\\boxed{\\frac{(x-3)(x+3)}{(x+3)^2}}$.",
            "\\frac{x-3}{x+3}",
            "Simplify $\\frac{x^2-9}{(x+3)^2}$.",
            False,
        ),
        (
            "So it is $\\boxed{\\frac{x-3}{x+3}}$.",
            "\\frac{x-3}{x+3}",
            "Simplify $\\frac{x^2-9}{(x+3)^2}$.",
            True,
        ),
        (
            "$\\frac{84 \\div 4}{144 \\div 4} = \\frac{21}{36}$\n\nThe final answer is: $\\boxed{\\frac{21}{36}}$",
            "\\frac{7}{12}",
            "Simplify $\\frac{84}{144}$.",
            False,
        ),
        (
            "$\\frac{84 \\div 12}{144 \\div 12} = \\frac{7}{12}$\n\nThe final answer is: $\\boxed{\\frac{7}{12}}$",
            "\\frac{7}{12}",
            "Simplify $\\frac{84}{144}$.",
            True,
        ),
        (
            "Of the 36 outcomes, 21 work.\n\nThe final answer is: $\\boxed{\\frac{21}{36}}$",
            "\\frac{7}{12}",
            "Two dice are rolled. What is the probability that the sum is at least 7?",
            True,
        ),
    ],
    "a choice letter said with another choice's value": [
        (
            "At $x=1$: $\\frac{1}{1+1} = \\frac{1}{2}$.\n\nThe answer is C. $\\frac{1}{2}$",
            "C",
            "What is $f'(1)$?\nA. 0\nB. $\\frac{1}{2}$\nC. 1\nD. 2",
            False,
        ),
        (
            "At $x=1$: $\\frac{2}{1+1} = 1$.\n\nThe answer is C. $1$",
            "C",
            "What is $f'(1)$?\nA. 0\nB. $\\frac{1}{2}$\nC. 1\nD. 2",
            True,
        ),
        (
            "So together they take 8 days.\n\nAnswer: B) 8",
            "B",
            "In how many days?\nOptions: A)6 B)7.2 C)8 D)9 E)10",
            False,
        ),
        (
            "So together they take 7.2 days.\n\nAnswer: B) 7.2",
            "B",
            "In how many days?\nOptions: A)6 B)7.2 C)8 D)9 E)10",
            True,
        ),
    ],
    "an expression of the problem that is the gold is no echo": [
        (
            "Since $\\frac{\\ln\\pi}{\\pi} < \\frac{1}{e}$, $\\pi^e < e^\\pi$.\n\n$$\\boxed{e^{\\pi}}$$",
            "e^\\pi",
            "Which is larger: $e^{\\pi}$ or $\\pi^{e}$?",
            True,
        ),
        (
            "Since $\\frac{\\ln\\pi}{\\pi} < \\frac{1}{e}$, $\\pi^e < e^\\pi$.\n\n$$\\boxed{\\pi^{e}}$$",
            "e^\\pi",
            "Which is larger: $e^{\\pi}$ or $\\pi^{e}$?",
            False,
        ),
    ],
    "a geometry letter for the measure asked": [
        (
            "The circumradius of an equilateral triangle is $R = \\frac{s}{\\sqrt3}$, so\n\n$$R=\\boxed{\\frac{6}{\\sqrt{3}}}.$$",
            "2\\sqrt{3}",
            "An equilateral triangle has side length $6$. What is the radius of its circumcircle?",
            True,
        ),
        (
            "The circumradius of an equilateral triangle is $R = \\frac{s}{\\sqrt3}$, so\n\n$$R=\\boxed{\\frac{6}{\\sqrt{2}}}.$$",
            "2\\sqrt{3}",
            "An equilateral triangle has side length $6$. What is the radius of its circumcircle?",
            False,
        ),
    ],
    "an answer asked exactly is not its decimal": [
        (
            "$x = \\log_3 10 \\approx 2.096$.\n\nFinal Answer: The final answer is $2.096$.",
            "\\log_3 10",
            "Solve $3^x = 10$. Express your answer exactly.",
            False,
        ),
        (
            "$x = \\log_3 10 \\approx 2.096$.\n\nFinal Answer: The final answer is $\\log_3 10$.",
            "\\log_3 10",
            "Solve $3^x = 10$. Express your answer exactly.",
            True,
        ),
        # ("exactly" of a count asks no form)
        (
            "So $x \\approx 2.096$.\n\nFinal Answer: The final answer is $2.096$.",
            "\\log_3 10",
            "Exactly one real $x$ solves $3^x = 10$. Find it to three decimal places.",
            True,
        ),
    ],
    "intervals as Polish and Czech schools write them": [
        (
            "**Odpowiedź:** $x \\in \\langle 2, 6 \\rangle$",
            "[2,6]",
            "Rozwiąż nierówność $x^2 - 8x + 12 \\le 0$.",
            True,
        ),
        (
            "**Odpowiedź:** $x \\in \\langle 2, 6 \\rangle$",
            "(2,6)",
            "Rozwiąż nierówność $x^2 - 8x + 12 < 0$.",
            False,
        ),
        (
            "**Odpowiedź:** $x \\in (-\\infty, 5\\rangle$",
            "(-\\infty,5]",
            "Rozwiąż nierówność $x \\le 5$.",
            True,
        ),
        (
            "**Odpowiedź:** $x \\in (-\\infty, 5\\rangle$",
            "(-\\infty,5)",
            "Rozwiąż nierówność $x < 5$.",
            False,
        ),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_WITHOUT_THE_PROBLEM))
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold, problem=problem).correct is correct


def test_a_vector_in_angle_brackets_stays_a_vector():
    """Outside Polish and Czech, ``\\langle 1, 3 \\rangle`` is a vector: not the closed interval."""
    completion = "So the direction vector is $\\boxed{\\langle 1, 3 \\rangle}$."
    assert verify(completion, "\\langle 1, 3 \\rangle").correct
    assert not verify(completion, "[1,3]").correct


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("n \\equiv 3 \\pmod{8}", ResidueClass(8, frozenset({3}))),
        ("n \\equiv 1 \\ (\\mathrm{mod}\\ 2)", ResidueClass(2, frozenset({1}))),
        ("n \\equiv \\pm 2 \\pmod 5", ResidueClass(5, frozenset({2, 3}))),
        ("n \\equiv 2 \\text{ or } 3 \\pmod 5", ResidueClass(5, frozenset({2, 3}))),
        ("\\text{all even } n", ResidueClass(2, frozenset({0}))),
        ("3\\mathbb{Z}-1", ResidueClass(3, frozenset({2}))),
        ("n = 6k + 5 \\text{ for some integer } k", ResidueClass(6, frozenset({5}))),
        ("\\{\\ldots, -1, 3, 7, \\ldots\\}", ResidueClass(4, frozenset({3}))),
        # no class: a number, an expression of another letter, a list without end marks
        ("3", None),
        ("2x+1", None),
        ("\\{3, 7, 11\\}", None),
    ],
)
def test_the_residue_class_a_text_describes(text, expected):
    assert residue_class(text) == expected


def test_two_expressions_of_one_parity_are_no_class_unless_one_says_so():
    """ "2n+2" and "2n" are two expressions (compared elsewhere); a declared class makes them sets."""
    assert same_residue_class("2n+2", "2n") is None
    assert same_residue_class("2n+2, n \\in \\mathbb{Z}", "n \\text{ even}") is True


@given(modulus=st.integers(2, 60), residue=st.integers(-200, 200), shift=st.integers(1, 59))
def test_a_congruence_is_its_linear_family(modulus, residue, shift):
    """``n ≡ r (mod m)`` is ``mk + r`` for an integer k, whatever r's representative; another residue is not."""
    sign = "+" if residue >= 0 else "-"
    family = f"n = {modulus}k {sign} {abs(residue)}, k \\in \\mathbb{{Z}}"
    assert same_residue_class(family, f"n \\equiv {residue % modulus} \\pmod{{{modulus}}}") is True
    other = (residue + shift) % modulus
    if other != residue % modulus:
        assert same_residue_class(family, f"n \\equiv {other} \\pmod{{{modulus}}}") is False


def test_labels_of_two_letters_keep_the_order_written():
    """Two letters are no word: "Al: 3, Bo: 4" is the values in order, as before."""
    assert normalize_answer("Al: 3, Bo: 4") == "(3,4)"
    assert normalize_answer("Paolo: 18, Qing: 14") == "Paolo=18,Qing=14"


def test_a_formula_is_no_sentence_of_another_language():
    """A bold formula with Unicode letters keeps its math (not the one number of a sentence)."""
    found = find_answer("So the time of flight is **t = 2v₀ sin θ / g**.")
    assert found is not None and found.text == "t = 2v₀ sin θ / g"
    assert verify("Answer: all integers n ≥ 3", "n \\geq 3").correct
