"""Answers said in words after the work (a correction in a count word, a number said aloud), and the forms of answer
the fortieth session's blind probes found read wrong. Each kind of case has a twin that goes the other way (the same
text against another gold, or a near text against the same gold), so a rule that reads every such answer as right,
or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify

_BOX_THEN_RECOUNT = "Adding the colours: $3 + 4 + 7 = 14$.\n\n$$\\boxed{14}$$\n\nHmm, wait, let me recount. "

_WITHOUT_THE_PROBLEM = {
    "a recount after the box that ends on another count in words replaces the box": [
        (
            _BOX_THEN_RECOUNT
            + "Three plus four is seven, plus eight is fifteen. So the total is actually fifteen balls.",
            "14",
            False,
        ),
        (
            _BOX_THEN_RECOUNT
            + "Three plus four is seven, plus eight is fifteen. So the total is actually fifteen balls.",
            "15",
            True,
        ),
        # (the same count in words keeps the box; so does a count word that is not what the sentence ends on)
        (_BOX_THEN_RECOUNT + "So there are fourteen balls in total.", "14", True),
        (_BOX_THEN_RECOUNT + "So the two of them have fourteen.", "14", True),
        # ("one" is as often a pronoun)
        (_BOX_THEN_RECOUNT + "So this is one way to see it.", "14", True),
    ],
    "logic's 'or' between values is a list of them, never a chain of equations": [
        ("Factor: $(x-12)(x-13) = 0$.\n\n$$\\boxed{x = 12 \\vee x = 13}$$", "13", False),
        ("Factor: $(x-12)(x-13) = 0$.\n\n$$\\boxed{x = 12 \\vee x = 13}$$", "12, 13", True),
        ("Factor: $(x-12)(x-13) = 0$.\n\n$$\\boxed{x = 12 \\lor x = 13}$$", "13", False),
        ("Factor: $(x-12)(x-13) = 0$.\n\n$$\\boxed{x = 12 \\lor x = 13}$$", "12, 13", True),
    ],
    "about a round number in the thousands or more is a measured size, about a small count no exact value": [
        ("Distance $= 300{,}000 \\times 150$.\n\n**Answer:** about 45,000,000 km.", "4.5\\times10^{7}", True),
        (
            "Distance $= 300{,}000 \\times 150$.\n\n**Answer:** about 45,000,000 km.",
            "4.5\\times10^{6}",
            False,
        ),
        ("Distance $= 300{,}000 \\times 150$.\n\n**Answer:** about 45000000 km.", "4.5\\times10^{7}", True),
        ("Each box holds some.\n\n**Answer:** about 45 apples.", "45", False),
    ],
    "a unit word in a script written with combining marks (Thai, Bengali, Telugu) after the number": [
        ("4. ขายไข่ 9 ฟอง ฟองละ 2 ดอลลาร์ ได้เงิน 9 × 2 = 18 ดอลลาร์\n\n**คำตอบ: 18 ดอลลาร์**", "18", True),
        ("4. ขายไข่ 9 ฟอง ฟองละ 2 ดอลลาร์ ได้เงิน 9 × 2 = 18 ดอลลาร์\n\n**คำตอบ: 18 ดอลลาร์**", "16", False),
        ("৪. ৯ × ২ = ১৮ ডলার\n\n**উত্তর: ১৮ ডলার**", "18", True),
        ("৪. ৯ × ২ = ১৮ ডলার\n\n**উত্তর: ১৮ ডলার**", "9", False),
        ("4. అమ్మకం: 9 × $2 = $18\n\nసమాధానం: 18 డాలర్లు", "18", True),
        ("4. అమ్మకం: 9 × $2 = $18\n\nసమాధానం: 18 డాలర్లు", "2", False),
        # (a Greek letter after a number is a name, not a unit)
        ("The circumference is $\\boxed{2 πr}$.", "2", False),
    ],
    "divisibility and non-congruence are residue classes; a congruence is no answer to a gold that is more": [
        ("Hence the condition holds exactly when $\\boxed{3\\nmid n}$.", "n \\not\\equiv 0 \\pmod{3}", True),
        ("Hence the condition holds exactly when $\\boxed{3\\mid n}$.", "n \\not\\equiv 0 \\pmod{3}", False),
        ("$$\\boxed{a_0 \\equiv 0 \\pmod 3}$$", "a_0 \\text{ is a multiple of } 3", True),
        ("$$\\boxed{a_0 \\equiv 1 \\pmod 3}$$", "a_0 \\text{ is a multiple of } 3", False),
        ("$\\boxed{n \\text{ divisible by } 3}$", "n \\equiv 0 \\pmod 3", True),
        ("$\\boxed{n \\text{ divisible by } 6}$", "n \\equiv 0 \\pmod 3", False),
        (
            "So exactly the even integers:\n$$\\boxed{\\alpha\\in 2\\mathbb{Z}}$$",
            "\\alpha \\text{ is an even integer}",
            True,
        ),
        (
            "So exactly the odd integers:\n$$\\boxed{\\alpha\\in 2\\mathbb{Z}+1}$$",
            "\\alpha \\text{ is an even integer}",
            False,
        ),
        # (a class is not the gold's "p = 2 or p ≡ 1 (mod 4)": it leaves out 2)
        ("**Answer:** $\\boxed{p \\equiv 1 \\pmod 4}$", "p=2 \\text{ or } p \\equiv 1 \\pmod 4", False),
        (
            "**Answer:** $\\boxed{p = 2 \\text{ or } p \\equiv 1 \\pmod 4}$",
            "p=2 \\text{ or } p \\equiv 1 \\pmod 4",
            True,
        ),
        (
            "**Answer:** $\\boxed{p = 2 \\text{ or } p \\equiv 1 \\pmod 8}$",
            "p=2 \\text{ or } p \\equiv 1 \\pmod 4",
            False,
        ),
    ],
    "parsecs convert among themselves, and a prefix apart is another distance": [
        ("d = v/H_0 = 7000/70 = 100, in kpc.\n\n$\\boxed{100\\ \\text{kpc}}$", "100 \\text{ Mpc}", False),
        ("d = v/H_0 = 7000/70 = 100 Mpc.\n\n$\\boxed{100\\ \\text{Mpc}}$", "100 \\text{ Mpc}", True),
        ("That is $\\boxed{0.1\\ \\text{Gpc}}$.", "100 \\text{ Mpc}", True),
        ("That is $\\boxed{0.2\\ \\text{Gpc}}$.", "100 \\text{ Mpc}", False),
    ],
    "scientific notation as typed: a braced e exponent, Unicode times and superscripts before a unit": [
        ("The final answer is $5.29\\mathrm{e}{-11}$ m. I hope it is correct.", "5.29\\times10^{-11}", True),
        ("The final answer is $5.29\\mathrm{e}{-10}$ m. I hope it is correct.", "5.29\\times10^{-11}", False),
        ("In SI units: 3.4 eV × 1.602 × 10⁻¹⁹ J/eV.\n\n**Answer: 5.45 × 10⁻¹⁹ J**", "3.4 \\text{ eV}", True),
        ("In SI units: 3.4 eV × 1.602 × 10⁻¹⁹ J/eV.\n\n**Answer: 5.45 × 10⁻¹⁸ J**", "3.4 \\text{ eV}", False),
    ],
    "digits under the scales of Chinese, Japanese and Korean numerals; 千 before a unit is kilo": [
        ("合計：9600 + 3200 = 12800（円）\n\n答え：入場料は全部で **1万2800円** です。", "12800", True),
        ("合計：9600 + 3200 = 12800（円）\n\n答え：入場料は全部で **1万2800円** です。", "1280", False),
        ("따라서 모두 18,000 + 18,000 = 36,000원입니다.\n\n답: 3만 6천 원", "36000", True),
        ("따라서 모두 18,000 + 18,000 = 36,000원입니다.\n\n답: 3만 6천 원", "30006", False),
        ("总路程：150 + 60 = 210 千米\n\n答：总路程是 210 千米。", "210", True),
        ("总路程：150 + 60 = 210 千米\n\n答：总路程是 210 千米。", "210000", False),
    ],
    "the one number of a sentence in another language: in words, under a scale word, after a currency sign": [
        (
            "Por la tarde se venden 12, así que quedan 45 − 12 = 33 manzanas.\n\nRespuesta: quedan treinta y tres manzanas en la canasta.",
            "33",
            True,
        ),
        (
            "Por la tarde se venden 12, así que quedan 45 − 12 = 33 manzanas.\n\nRespuesta: quedan treinta y tres manzanas en la canasta.",
            "45",
            False,
        ),
        ("Elle en donne 12 : 54 − 12 = 42.\n\nRéponse : il lui reste quarante-deux crayons.", "42", True),
        ("Elle en donne 12 : 54 − 12 = 42.\n\nRéponse : il lui reste quarante-deux crayons.", "54", False),
        ("У него осталось 40 − 15 = 25 марок.\n\nОтвет: у Пети осталось двадцать пять марок.", "25", True),
        # (two numbers in words give no one answer; a fraction in words is no count)
        ("Respuesta: quedan tres manzanas y dos peras.", "3", False),
        ("**Antwort:** Zwei Drittel der Klasse fahren mit dem Bus.", "2", False),
        ("Số tiền Lan phải trả là:\n5.000 × 5 = 25.000 (đồng)\n\nĐáp số: 25 nghìn đồng", "25000", True),
        ("Số tiền Lan phải trả là:\n5.000 × 5 = 25.000 (đồng)\n\nĐáp số: 25 nghìn đồng", "25", False),
        (
            "R$ 2.100,00 − R$ 850,00 = R$ 1.250,00\n\n**Resposta:** Ainda falta pagar R$ 1.250,00.",
            "1250",
            True,
        ),
        (
            "R$ 2.100,00 − R$ 850,00 = R$ 1.250,00\n\n**Resposta:** Ainda falta pagar R$ 1.250,00.",
            "1.25",
            False,
        ),
        (
            "Uang kembalian = Rp70.000 − Rp53.000 = Rp17.000\n\n**Jawaban:** Uang kembalian yang diterima Ibu adalah Rp17.000.",
            "17000",
            True,
        ),
        ("৫০ দিনে তৈরি হবে = ২,৫০০ × ৫০ = ১,২৫,০০০টি\n\nউত্তর: ১,২৫,০০০টি খেলনা", "125000", True),
        ("৫০ দিনে তৈরি হবে = ২,৫০০ × ৫০ = ১,২৫,০০০টি\n\nউত্তর: ১,২৫,০০০টি খেলনা", "125", False),
        ("- লাভ\n\nউত্তর: মেলানি 18টি ভ্যাকুয়াম ক্লিনার নিয়ে শুরু করেছিলেন।", "18", True),
        ("答：每段长 $\\frac{5}{8}$ 米（即 0.625 米）。", "\\frac{5}{8}", True),
        ("答：每段长 $\\frac{5}{8}$ 米（即 0.625 米）。", "\\frac{1}{8}", False),
    ],
    "a final answer in another language after the box replaces it": [
        (
            "donc 9 × 60 = 540 m.\n\n$\\boxed{540}$\n\nAttendez, relisons l'énoncé. Dans ce cas, il court 3 × 60 = 180 m.\n\n**Réponse finale : 180 mètres**",
            "540",
            False,
        ),
        (
            "donc 9 × 60 = 540 m.\n\n$\\boxed{540}$\n\nAttendez, relisons l'énoncé. Dans ce cas, il court 3 × 60 = 180 m.\n\n**Réponse finale : 180 mètres**",
            "180",
            True,
        ),
    ],
    "a bold value whose sentence goes on in a phrase that only qualifies it": [
        (
            "135 × 45 = 6,075 words\n\nSo Emily can type **6,075 words** in 2 hours and 15 minutes.",
            "6075",
            True,
        ),
        (
            "135 × 45 = 6,075 words\n\nSo Emily can type **6,075 words** in 2 hours and 15 minutes.",
            "135",
            False,
        ),
        # (the sentence goes on to state the value asked: the bold number is the one it starts from)
        (
            "3 x 12 = 36, and 36 - 10 = 26.\n\n**36** pencils at the start, minus the 10 she gave away, leaves Janet with 26 pencils.",
            "26",
            True,
        ),
        (
            "3 x 12 = 36, and 36 - 10 = 26.\n\n**36** pencils at the start, minus the 10 she gave away, leaves Janet with 26 pencils.",
            "36",
            False,
        ),
    ],
    "what follows the answer and states none: a check, an aside in brackets, a fun fact, a sign-off, a footnote": [
        (
            "$20.00 − $15.50 = $4.50\n\nTherefore, Tom gets **$4.50** in change.\n\nTo double-check: $15.50 + $4.50 = $20.00 ✓",
            "4.5",
            True,
        ),
        (
            "$20.00 − $15.50 = $4.50\n\nTherefore, Tom gets **$4.50** in change.\n\nTo double-check: $15.50 + $4.50 = $20.00 ✓",
            "20",
            False,
        ),
        (
            "14 × $0.25 = $3.50\n\nBen's fine is $3.50.\n\n(The book was due May 3 and returned May 17.)",
            "3.5",
            True,
        ),
        (
            "14 × $0.25 = $3.50\n\nBen's fine is $3.50.\n\n(The book was due May 3 and returned May 17.)",
            "17",
            False,
        ),
        (
            "Final price = $60 − $12 = $48\n\nSo the final price of the jacket is $48.\n\nNotice that the price doesn't go back to $50, because the decrease is taken from a bigger number!",
            "48",
            True,
        ),
        (
            "Final price = $60 − $12 = $48\n\nSo the final price of the jacket is $48.\n\nNotice that the price doesn't go back to $50, because the decrease is taken from a bigger number!",
            "50",
            False,
        ),
        (
            "390 ÷ 30 = 13 gallons\n\nThe car will need 13 gallons of gas.\n\nThat's about 49.2 liters, by the way, since 1 gallon ≈ 3.785 liters!",
            "13",
            True,
        ),
        (
            "390 ÷ 30 = 13 gallons\n\nThe car will need 13 gallons of gas.\n\nThat's about 49.2 liters, by the way, since 1 gallon ≈ 3.785 liters!",
            "49.2",
            False,
        ),
        (
            "Total distance: $120 + 50 = 170$ km.\n\nThe car travels 170 km. Safe travels, and remember to take a rest break at least every 150 minutes on long drives!",
            "150",
            False,
        ),
        (
            "Total distance: $120 + 50 = 170$ km.\n\nThe car travels 170 km. Safe travels, and remember to take a rest break at least every 150 minutes on long drives!",
            "170",
            True,
        ),
        ("So $17 \\times 23 = 391$. Happy to show you 2 other ways to do this if you'd like!", "391", True),
        (
            "From 1 to 21 there are 11 terms, so the sum is $11^2 = 121$.\n\n**The sum is 121.**\n\n[^1]: For reference, the identity gives $100$ when $n = 10$.",
            "100",
            False,
        ),
        (
            "From 1 to 21 there are 11 terms, so the sum is $11^2 = 121$.\n\n**The sum is 121.**\n\n[^1]: For reference, the identity gives $100$ when $n = 10$.",
            "121",
            True,
        ),
    ],
    "a LaTeX comment is no part of the answer": [
        (
            "With $V = 16$ and $F = 28$:\n$$E = 16 + 28 + 2 = 46.$$\n\n$$\\boxed{46}$$ % \\boxed{42}",
            "42",
            False,
        ),
        (
            "With $V = 16$ and $F = 28$:\n$$E = 16 + 28 + 2 = 46.$$\n\n$$\\boxed{46}$$ % \\boxed{42}",
            "46",
            True,
        ),
        # (a percent sign after a number is no comment)
        ("Le taux est donc de $\\boxed{50}$ %.", "50", True),
    ],
    "a table of one row that ends the text gives its cell": [
        (
            "Adding the equations: $2x = 14$, so $x = 7$ (and $y = 3$).\n\n| Quantity | Value |\n|---|---|\n| $x$ | 7 |",
            "7",
            True,
        ),
        (
            "Adding the equations: $2x = 14$, so $x = 7$ (and $y = 3$).\n\n| Quantity | Value |\n|---|---|\n| $y$ | 3 |",
            "7",
            False,
        ),
        ("Perimeter $= 2(9 + 4) = 26$.\n\n| Final answer |\n|:---:|\n| **26 cm** |", "26 \\text{ cm}", True),
        ("Perimeter $= 2(9 + 4) = 26$.\n\n| Final answer |\n|:---:|\n| **13 cm** |", "26 \\text{ cm}", False),
    ],
    "a gold that notes what its number counts in brackets": [
        ("3 × 6 = 18 cupcakes, sold at $1 each: 18 × $1 = $18.\n\nNina made $18.", "18 (dollars)", True),
        ("3 × 6 = 18 cupcakes, sold at $2 each: 18 × $2 = $36.\n\nNina made $36.", "18 (dollars)", False),
    ],
    "a word answer set in bold in the final sentence, a sign of comparison, a reply in another language": [
        (
            "Each turn: N → E → S → W, then a half turn: west → east.\n\nShe is now facing **east**.",
            "\\text{east}",
            True,
        ),
        (
            "Each turn: N → E → S → W, then a half turn: west → east.\n\nShe is now facing **west**.",
            "\\text{east}",
            False,
        ),
        ("So $9x = 9$ and $x = 1$.\n\n**True.**", "\\text{True}", True),
        ("So $9x = 9$ and $x = 1$.\n\n**True.**", "\\text{False}", False),
        ("$2^{30} = 1{,}073{,}741{,}824$.\n\n$$2^{30} \\; \\boxed{>} \\; 10^9$$", ">", True),
        ("$2^{30} = 1{,}073{,}741{,}824$.\n\n$$2^{30} \\; \\boxed{<} \\; 10^9$$", ">", False),
        ("So the left side is at least the right: $\\boxed{\\ge}$", "\\geq", True),
        (
            "Also ist $91 = 7 \\cdot 13$ zusammengesetzt.\n\n**Antwort: Nein**, 91 ist keine Primzahl.",
            "\\text{Nein}",
            True,
        ),
        (
            "Also ist $91 = 7 \\cdot 13$ zusammengesetzt.\n\n**Antwort: Nein**, 91 ist keine Primzahl.",
            "\\text{Ja}",
            False,
        ),
        ("Por lo tanto, la respuesta es $\\boxed{\\text{Sí}}$.", "\\text{sí}", True),
        ("Por lo tanto, la respuesta es $\\boxed{\\text{No}}$.", "\\text{sí}", False),
    ],
    "values each with where it holds, joined by or": [
        (
            "**Answer:** $f(n)=0$ for all $n$, or $f(n)=2n+c$ for all $n$, where $c$ is any integer constant.",
            "f(x)=0, f(x)=2x+c",
            True,
        ),
        ("**Answer:** $f(n)=0$ for all $n$, or $f(n)=2n$ for all $n$.", "f(x)=0, f(x)=2x+c", False),
        (
            "Both work, so the answer is:\n\n$f(x)=x$ for all $x>0$, or $f(x)=1/x$ for all $x>0$.",
            "f(x)=x, f(x)=\\frac{1}{x}",
            True,
        ),
        (
            "Both work, so the answer is:\n\n$f(x)=x$ for all $x>0$, or $f(x)=x^2$ for all $x>0$.",
            "f(x)=x, f(x)=\\frac{1}{x}",
            False,
        ),
    ],
    "a constant of integration on one side only": [
        ("Integrating by parts, $\\boxed{x(\\ln x-1)+C}$", "x\\ln x - x", True),
        ("Integrating by parts, $\\boxed{x(\\ln x+1)+C}$", "x\\ln x - x", False),
        ("So $\\boxed{\\frac{1}{2}\\ln(x^2+1)}$", "\\frac{1}{2}\\ln|x^2+1| + C", True),
        ("So $\\boxed{-\\frac14\\cos 2x}$", "\\frac12\\sin^2 x + C", True),
        # (a family is no answer to one antiderivative an initial condition fixed)
        ("The antiderivatives are $\\boxed{F(x) = x^3 + C}$", "x^3 + 2", False),
        ("The angles are $\\boxed{A+B+C}$", "A+B", False),
    ],
    "hyperbolic functions named as operators": [
        ("Since $\\cosh^2 x - \\sinh^2 x = 1$, $\\boxed{1-\\tanh^{2}x}$", "\\operatorname{sech}^2 x", True),
        ("Since $\\cosh^2 x - \\sinh^2 x = 1$, $\\boxed{1+\\tanh^{2}x}$", "\\operatorname{sech}^2 x", False),
    ],
    "a quantity named by a Greek letter, its unit's powers in Unicode; a count of the values of a name": [
        (
            "ΔS = ΔH/T = 6.01 kJ/mol ÷ 273.15 K\n\n**ΔS_fus = 0.0220 kJ mol⁻¹ K⁻¹**",
            "22.0 \\text{ J/(mol K)}",
            True,
        ),
        (
            "ΔS = ΔH/T = 6.01 kJ/mol ÷ 273.15 K\n\n**ΔS_fus = 0.0220 kJ mol⁻¹ K⁻¹**",
            "2.20 \\text{ J/(mol K)}",
            False,
        ),
        (
            "Bob wins exactly when $n \\equiv 0$ or $2 \\pmod 5$.\n\n$\\boxed{809 \\text{ values of } n}$",
            "809",
            True,
        ),
        (
            "Bob wins exactly when $n \\equiv 0$ or $2 \\pmod 5$.\n\n$\\boxed{405 \\text{ values of } n}$",
            "809",
            False,
        ),
    ],
    "a gold in two units against the quantity in two units or in one": [
        (
            "54 inches is 4 feet and 6 inches.\n\n$\\boxed{4 \\text{ ft } 6 \\text{ in}}$",
            "4 \\text{ feet } 6 \\text{ inches}",
            True,
        ),
        (
            "54 inches is 4 feet and 6 inches.\n\n$\\boxed{4 \\text{ ft } 5 \\text{ in}}$",
            "4 \\text{ feet } 6 \\text{ inches}",
            False,
        ),
        ("The board is $\\boxed{62}$ inches long.", "5 \\text{ feet } 2 \\text{ inches}", True),
        ("The board is $\\boxed{52}$ inches long.", "5 \\text{ feet } 2 \\text{ inches}", False),
    ],
    "a vector named before its components": [
        ("The force points along $-y$:\n\n$\\boxed{\\vec{F}=-qvB\\,\\hat{j}}$", "-qvB\\hat{j}", True),
        ("The force points along $+y$:\n\n$\\boxed{\\vec{F}=qvB\\,\\hat{j}}$", "-qvB\\hat{j}", False),
    ],
    "each part of a listed gold boxed where it is given, in the gold's order": [
        (
            "$$\\text{Sum} = \\boxed{\\frac{7}{2}}, \\qquad \\text{Product} = \\boxed{\\frac{3}{2}}$$",
            "\\frac{7}{2},\\ \\frac{3}{2}",
            True,
        ),
        (
            "$$\\text{Sum} = \\boxed{\\frac{7}{2}}, \\qquad \\text{Product} = \\boxed{\\frac{5}{2}}$$",
            "\\frac{7}{2},\\ \\frac{3}{2}",
            False,
        ),
        ("所以这组数据的平均数是 $\\boxed{84}$ 分，中位数是 $\\boxed{85}$ 分。", "84,\\ 85", True),
        ("所以这组数据的平均数是 $\\boxed{85}$ 分，中位数是 $\\boxed{84}$ 分。", "84,\\ 85", False),
        # (a box and the value it rejects, two boxes in two sentences, are no parts of one answer)
        ("The answer is $\\boxed{3}$, not $\\boxed{5}$.", "3, 5", False),
        ("First it is $\\boxed{7}$. Then the product is $\\boxed{12}$.", "7, 12", False),
    ],
    "measured values with units, each rounded, and a name before an approximation sign": [
        ("$\\Delta S = q/T$\n\n$\\boxed{1.38\\ \\text{cal/K}}$", "5.76 \\text{ J/K}", True),
        ("$\\Delta S = q/T$\n\n$\\boxed{1.48\\ \\text{cal/K}}$", "5.76 \\text{ J/K}", False),
        ("The gap is $\\boxed{E_g \\approx 2.897\\ \\text{eV}}$", "2.9 \\text{ eV}", True),
        ("The gap is $\\boxed{E_g \\approx 2.8\\ \\text{eV}}$", "2.9 \\text{ eV}", False),
        (
            "**Final answer:**\n\n$$\\boxed{\\lambda \\approx 6.56 \\times 10^{-7}\\ \\text{m}}$$",
            "656 \\text{ nm}",
            True,
        ),
        (
            "**Final answer:**\n\n$$\\boxed{\\lambda \\approx 6.56 \\times 10^{-6}\\ \\text{m}}$$",
            "656 \\text{ nm}",
            False,
        ),
    ],
    "hedges in other languages, in brackets or after the box": [
        ("**La réponse est 9 (ou peut-être 15 si l'on compte aussi les côtés).**", "9", False),
        ("**La réponse est 9.**", "9", True),
        (
            "$$A = \\frac{5 \\cdot 12}{2} = 30$$\n\n$$\\boxed{30}$$\n\nO quizás 60, si no hay que dividir entre 2... No estoy del todo seguro.",
            "30",
            False,
        ),
        ("答案应该是 13（也可能是 5，如果题目只要求底面对角线的话）。", "13", False),
        ("答案应该是 13。", "13", True),
    ],
    "a tally's bold total ending the text; a box for each case of a list is a hedge": [
        (
            "- Starting apples: 5\n- After buying 4 more: 5 + 4 = 9\n- After getting 3: 9 + 3 = 12\n- **Total:** 12",
            "12",
            True,
        ),
        (
            "- Starting apples: 5\n- After buying 4 more: 5 + 4 = 9\n- After getting 3: 9 + 3 = 12\n- **Total:** 12",
            "9",
            False,
        ),
        (
            "**Final answer:**\n- If order matters: $\\boxed{20}$\n- If order doesn't matter: $\\boxed{10}$",
            "10",
            False,
        ),
        ("**Final answer:**\n- Order does not matter here, so: $\\boxed{10}$", "10", True),
    ],
    "a value rejected after the answer in another language; a sign-off in Chinese": [
        (
            "Kontrolle: $\\binom{8}{2} - 8 = 20$.\n\n**Die Antwort ist 20, nicht 28** — 28 ist die Anzahl aller Verbindungsstrecken.",
            "20",
            True,
        ),
        (
            "Kontrolle: $\\binom{8}{2} - 8 = 20$.\n\n**Die Antwort ist 20, nicht 28** — 28 ist die Anzahl aller Verbindungsstrecken.",
            "28",
            False,
        ),
        (
            "所以所求概率为 $P = \\frac{3}{6} = \\frac{1}{2}$\n\n答案为 $\\frac{1}{2}$，即 0.5。\n\n希望对你有帮助！",
            "\\frac{1}{2}",
            True,
        ),
        (
            "所以所求概率为 $P = \\frac{3}{6} = \\frac{1}{2}$\n\n答案为 $\\frac{1}{2}$，即 0.5。\n\n希望对你有帮助！",
            "\\frac{1}{3}",
            False,
        ),
    ],
    "concentrations, pressures in mmHg, and a standard state's name before the value": [
        ("$c = n/V = 0.1/0.25$\n\n$\\boxed{0.4\\ \\text{mol/L}}$", "0.400 \\text{ M}", True),
        ("$c = n/V = 0.1/0.25$\n\n$\\boxed{0.4\\ \\text{mmol/L}}$", "0.400 \\text{ M}", False),
        ("So $\\boxed{3.0 \\times 10^{-5}\\ \\text{M}}$", "30 \\ \\mu\\text{M}", True),
        ("So $\\boxed{3.0 \\times 10^{-6}\\ \\text{M}}$", "30 \\ \\mu\\text{M}", False),
        ("$$\\boxed{\\Delta G^\\circ = -2.12 \\times 10^5\\ \\text{J/mol}}$$", "-212 \\text{ kJ/mol}", True),
        ("$$\\boxed{\\Delta G^\\circ = 2.12 \\times 10^5\\ \\text{J/mol}}$$", "-212 \\text{ kJ/mol}", False),
        ("$$\\boxed{\\Delta H \\approx -183\\ \\text{kJ}}$$", "-183 \\text{ kJ}", True),
        ("$$\\boxed{\\Delta H \\approx 183\\ \\text{kJ}}$$", "-183 \\text{ kJ}", False),
    ],
    "a correction in brackets after the box; a bold word that is the subject of a second clause": [
        (
            "Total: $16 + 9 + 4 + 1 = 30$.\n\n$$\\boxed{30}$$\n\n(Wait — I should also include the tilted squares; there are 20 of those, so the real total is 50.)",
            "30",
            False,
        ),
        (
            "Total: $16 + 9 + 4 + 1 = 30$.\n\n$$\\boxed{30}$$\n\n(Wait — I should also include the tilted squares; there are 20 of those, so the real total is 50.)",
            "50",
            True,
        ),
        (
            "Since the Alice scenario works, Alice is the only one telling the truth, and **Bob** is lying.",
            "\\text{Bob}",
            False,
        ),
        ("| Case 1 | Case 2 |\n|---|---|\n| 16 | 20 |", "20", False),
    ],
    "fractions in words of other languages, Swiss thousands, the one amount of money, new currency signs": [
        (
            "Als Bruchteil: $\\frac{2}{8} = \\frac{1}{4}$\n\n**Antwort:** Es ist noch ein Viertel der Pizza übrig.",
            "\\frac{1}{4}",
            True,
        ),
        (
            "Als Bruchteil: $\\frac{2}{8} = \\frac{1}{4}$\n\n**Antwort:** Es ist noch ein Viertel der Pizza übrig.",
            "\\frac{1}{3}",
            False,
        ),
        ("Réponse : Paula a donné un tiers de ses billes.", "\\frac{1}{3}", True),
        ("Risposta: Rimangono i tre quarti della torta.", "\\frac{3}{4}", True),
        ("Risposta: Rimangono i tre quarti della torta.", "\\frac{1}{4}", False),
        (
            "Einnahmen: 5 × 250 = 1'250 Franken\n\nAntwort: Der Veloladen nimmt 1'250 Franken ein.",
            "1250",
            True,
        ),
        ("R$ 250,00 × 5 = R$ 1.250,00\n\n**Resposta:** Carlos ganha R$ 1.250,00 em 5 semanas.", "1250", True),
        ("R$ 250,00 × 5 = R$ 1.250,00\n\n**Resposta:** Carlos ganha R$ 1.250,00 em 5 semanas.", "5", False),
        ("3 × 15 = 45\n\n**Cevap:** 45 ₺", "45", True),
        # (a kilogram is no thousand grams of a bare gold: "5 kg" is no 5000)
        ("1,25 × 4 = 5\n\nRespuesta: El camión transporta 5 kg de arena.", "5000", False),
    ],
    "counts listed with what each counts; a count in words of another language in bold": [
        ("Adults: 70, children: 80.\n\n$\\boxed{(70, 80)}$", "70 \\text{ adult}, 80 \\text{ child}", True),
        ("Adults: 80, children: 70.\n\n$\\boxed{(80, 70)}$", "70 \\text{ adult}, 80 \\text{ child}", False),
        (
            "**9 quarters, 18 dimes, 3 nickels**",
            "9 \\text{ quarters}, 18 \\text{ dimes}, 3 \\text{ nickels}",
            True,
        ),
        ("The answer is: 12 cows and 8 chickens", "12 \\text{ chickens and } 8 \\text{ cows}", False),
        ("The answer is: 8 cows and 12 chickens", "12 \\text{ chickens and } 8 \\text{ cows}", True),
        ("Por lo tanto, hay **seis** subconjuntos de dos elementos.", "6", True),
        ("Por lo tanto, hay **seis** subconjuntos de dos elementos.", "2", False),
    ],
    "parts named by words in the last paragraph's prose, each before its value": [
        (
            "On $[1/2, 4]$ the vertex is at $t = 1$.\n\n**Answer:** maximum value $11$ (at $x=2$), minimum value $2$ (at $x=0$).",
            "y_{\\max}=11,\\ y_{\\min}=2",
            True,
        ),
        (
            "On $[1/2, 4]$ the vertex is at $t = 1$.\n\n**Answer:** maximum value $11$ (at $x=2$), minimum value $3$ (at $x=0$).",
            "y_{\\max}=11,\\ y_{\\min}=2",
            False,
        ),
        (
            "当 $x=\\frac{\\pi}{6}$ 时取得最大值。\n\n所以最大值为 $2$，最小值为 $-1$。",
            "\\max=2, \\min=-1",
            True,
        ),
        (
            "当 $x=\\frac{\\pi}{6}$ 时取得最大值。\n\n所以最大值为 $2$，最小值为 $1$。",
            "\\max=2, \\min=-1",
            False,
        ),
        # (a supposed case names no answer)
        (
            "The work is done.\n\nIf $x = 2$ were allowed, the maximum would be 11 and the minimum 2.",
            "y_{\\max}=11,\\ y_{\\min}=2",
            False,
        ),
    ],
    "answer lines of Thai and Japanese schools": [
        ("วิธีทำ\nนักเรียนหญิงมี ๒/๓ × ๓๖ = ๒๔ คน\nนักเรียนชายมี ๓๖ − ๒๔ = ๑๒ คน\n\nตอบ ๑๒ คน", "12", True),
        ("วิธีทำ\nนักเรียนหญิงมี ๒/๓ × ๓๖ = ๒๔ คน\nนักเรียนชายมี ๓๖ − ๒๔ = ๑๒ คน\n\nตอบ ๑๒ คน", "24", False),
        ("**④ おつり**\n2000 − 1140 = 860（円）\n\n**答え**：860円", "860", True),
        ("**④ おつり**\n2000 − 1140 = 860（円）\n\n**答え**：860円", "1140", False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_WITHOUT_THE_PROBLEM))
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


_VIETA = "By Vieta's formulas the sum of the roots is 5 and their product is 6.\n\n"
_FIVE_CHOICES = (
    "What is $\\frac{2^{2014}+2^{2012}}{2^{2014}-2^{2012}}$?\n\n$\\textbf{(A)}\\ -1\\qquad\\textbf{(B)}\\ 1\\qquad"
    "\\textbf{(C)}\\ \\frac{5}{3}\\qquad\\textbf{(D)}\\ 2013\\qquad\\textbf{(E)}\\ 2^{4024}$"
)
_WITH_THE_PROBLEM = {
    "an option named in lower case after the word for an option, against its letter or its value": [
        (
            "Factor out $2^{2012}$: $(4+1)/(4-1) = 5/3$.\n\nso the answer is option c",
            "C",
            _FIVE_CHOICES,
            True,
        ),
        (
            "Factor out $2^{2012}$: $(4+1)/(4-1) = 5/3$.\n\nso the answer is option c",
            "\\frac{5}{3}",
            _FIVE_CHOICES,
            True,
        ),
        (
            "Factor out $2^{2012}$: $(4+1)/(4-1) = 5/3$.\n\nso the answer is option d",
            "C",
            _FIVE_CHOICES,
            False,
        ),
        (
            "Factor out $2^{2012}$: $(4+1)/(4-1) = 5/3$.\n\nso the answer is option d",
            "\\frac{5}{3}",
            _FIVE_CHOICES,
            False,
        ),
        (
            "Factor out $2^{2012}$: $(4+1)/(4-1) = 5/3$.\n\nSo the answer is Choice C.",
            "\\frac{5}{3}",
            _FIVE_CHOICES,
            True,
        ),
    ],
    "a fraction not in lowest terms where a Chinese problem asks for the simplest": [
        (
            "解：分子分母同时除以 $6$，\n\n$\\dfrac{24}{36}=\\dfrac{4}{6}$。\n\n答：化简结果为 $\\dfrac{4}{6}$。",
            "\\frac{2}{3}",
            "化简：$\\dfrac{24}{36}$，结果写成最简分数。",
            False,
        ),
        (
            "解：分子分母同时除以 $12$，\n\n$\\dfrac{24}{36}=\\dfrac{2}{3}$。\n\n答：化简结果为 $\\dfrac{2}{3}$。",
            "\\frac{2}{3}",
            "化简：$\\dfrac{24}{36}$，结果写成最简分数。",
            True,
        ),
    ],
    "an exponential form's angle outside the range the problem asks": [
        (
            "The argument is $-\\frac{3\\pi}{4}$.\n\nSo $-2 - 2i = \\boxed{2\\sqrt{2}e^{-3\\pi i/4}}$.",
            "2\\sqrt{2}e^{5\\pi i/4}",
            "Express $-2-2i$ in exponential form $re^{i\\theta}$, where $r > 0$ and $0 \\le \\theta < 2\\pi$.",
            False,
        ),
        (
            "The argument is $\\frac{5\\pi}{4}$.\n\nSo $-2 - 2i = \\boxed{2\\sqrt{2}e^{5\\pi i/4}}$.",
            "2\\sqrt{2}e^{5\\pi i/4}",
            "Express $-2-2i$ in exponential form $re^{i\\theta}$, where $r > 0$ and $0 \\le \\theta < 2\\pi$.",
            True,
        ),
    ],
    "two unknowns asked together are answered together": [
        (
            "From the second, $y = 4x - 7$; then $x = 3$.\n\nSo the solution is $x = 3$ and $y = 5$.",
            "(3,5)",
            "Solve for $x$ and $y$: $3x + 2y = 19$ and $4x - y = 7$.",
            True,
        ),
        (
            "From the second, $y = 4x - 7$; then $x = 3$.\n\nSo the solution is $x = 3$ and $y = 4$.",
            "(3,5)",
            "Solve for $x$ and $y$: $3x + 2y = 19$ and $4x - y = 7$.",
            False,
        ),
    ],
    "the least residue asked, and a prime factorization asked": [
        (
            "Multiply by 5: $x \\equiv 20 \\pmod 7$, and 13 also works.\n\n$$\\boxed{x \\equiv 13 \\pmod 7}$$",
            "x \\equiv 6 \\pmod{7}",
            "Solve $3x \\equiv 4 \\pmod 7$. Express your answer in the form $x \\equiv a \\pmod{m}$, where $0 \\le a < m$.",
            False,
        ),
        (
            "Multiply by 5: $x \\equiv 20 \\equiv 6 \\pmod 7$.\n\n$$\\boxed{x \\equiv 6 \\pmod 7}$$",
            "x \\equiv 6 \\pmod{7}",
            "Solve $3x \\equiv 4 \\pmod 7$. Express your answer in the form $x \\equiv a \\pmod{m}$, where $0 \\le a < m$.",
            True,
        ),
        (
            "$360 = 8 \\cdot 45$, so $\\boxed{360}$",
            "2^3 \\cdot 3^2 \\cdot 5",
            "Find the prime factorization of 360.",
            False,
        ),
        (
            "$360 = 8 \\cdot 45$, so $\\boxed{2^2 \\cdot 3^2 \\cdot 10}$",
            "2^3 \\cdot 3^2 \\cdot 5",
            "Find the prime factorization of 360.",
            False,
        ),
        (
            "$360 = 8 \\cdot 45$, so $\\boxed{5 \\cdot 3^2 \\cdot 2^3}$",
            "2^3 \\cdot 3^2 \\cdot 5",
            "Find the prime factorization of 360.",
            True,
        ),
        # (a gold written as a product is a number where no factorization is asked)
        (
            "So $a_6 = 2 \\times 3^5 = 486$.\n\n$$\\boxed{486}$$",
            "2\\cdot 3^{5}",
            "Find the sixth term of the geometric sequence $2, 6, 18, 54, \\ldots$",
            True,
        ),
    ],
    "a division the problem writes with its sign is answered by its fraction in lowest terms, not restated": [
        ("$3 \\div 4 = \\frac{3}{4}$\n\n$$\\boxed{\\dfrac{3}{4}}$$", "0.75", "What is $3 \\div 4$?", True),
        ("$$\\boxed{3/4}$$", "0.75", "What is $3 \\div 4$?", True),
        ("$$\\boxed{3 \\div 4}$$", "0.75", "What is $3 \\div 4$?", False),
        ("$$\\boxed{\\frac{6}{8}}$$", "0.75", "What is $6 \\div 8$?", False),
        ("$$\\boxed{\\frac{3}{4}}$$", "0.75", "What is $6 \\div 8$?", True),
        ("$$\\boxed{\\frac{9}{2}}$$", "4.5", "What is $\\frac{9}{2}$ as a decimal?", False),
    ],
    "parts named by words, against a bare gold list, in the order the question names them": [
        (
            _VIETA + "$\\boxed{\\text{Sum} = 5,\\ \\text{Product} = 6}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            True,
        ),
        (
            _VIETA + "$\\boxed{\\text{Sum} = 6,\\ \\text{Product} = 5}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            False,
        ),
        # (in the order asked, as written)
        (
            _VIETA + "$\\boxed{\\text{Product} = 6,\\ \\text{Sum} = 5}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            True,
        ),
        (
            _VIETA + "$\\boxed{\\text{Product} = 5,\\ \\text{Sum} = 6}$",
            "6, 5",
            "Find the product and the sum of the roots of $x^2-5x+6=0$.",
            False,
        ),
        # (synonyms of the extremes: "greatest" asked before "least")
        (
            "So $\\boxed{\\min = -4,\\ \\max = 9}$.",
            "9, -4",
            "Find the greatest and the least values of $f$ on $[0, 3]$.",
            True,
        ),
        (
            "So $\\boxed{\\min = 9,\\ \\max = -4}$.",
            "9, -4",
            "Find the greatest and the least values of $f$ on $[0, 3]$.",
            False,
        ),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold, problem=problem).correct is correct
