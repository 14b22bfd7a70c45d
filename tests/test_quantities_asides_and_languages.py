"""Answers a careful grader reads past their surroundings, and answers to another question: a count in bold words, the
working or clock times in brackets after a value, a named value with its one-letter SI unit, prices and fractions in
one sentence, a value stated after a fronted reason, two values each under its condition, an answer corrected in the
language the text went on in, and (with the problem) a quantity of another kind than the one asked. Each kind of case
has a twin that goes the other way (the same text against another gold, or another problem), so a rule that reads
every number, or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import normalize_answer

_WITHOUT_THE_PROBLEM = {
    "a count in bold words after the sentence's digits": [
        ("Each crate holds 8 bottles, so we fill **nine crates**.", "9", True),
        ("Each crate holds 8 bottles, so we fill **nine crates**.", "8", False),
        ("The 27 guests sit 9 to a table, so they need **three** tables.", "3", True),
        ("The 27 guests sit 9 to a table, so they need **three** tables.", "9", False),
    ],
    "the working that gave the value, in brackets after it": [
        ("So Leo has 15 stamps (9 + 6).", "15", True),
        ("So Leo has 15 stamps (9 + 6).", "6", False),
        ("The answer is 40 minutes (7:20 → 8:00).", "40", True),
        ("The bus ride takes 35 minutes (7:25 → 7:45 → 8:00).", "35", True),
        ("The bus ride takes 35 minutes (7:25 → 7:45 → 8:00).", "8", False),
    ],
    "a named value and its one-letter SI unit": [
        ("\\boxed{c = 0.25 M}", "0.25", True),
        ("\\boxed{c = 0.25 M}", "0.5", False),
        ("So the concentration is [OH-] = 3.2E-04 M.", "0.00032", True),
        ("So the concentration is [OH-] = 3.2E-04 M.", "0.0032", False),
        ("\\boxed{p = 2.5 atm}", "2.5", True),
        # (a one-letter variable after a number is a product, unit or not: "y = 2 x" is 2x)
        ("\\boxed{y = 2 x}", "2", False),
    ],
    "an escaped price before the span of a step, and the conclusion after it": [
        (
            "The discount is \\$6, which is $\\frac{6}{30}$ of the price, so the price dropped by 20%.",
            "20",
            True,
        ),
        (
            "The discount is \\$6, which is $\\frac{6}{30}$ of the price, so the price dropped by 20%.",
            "6",
            False,
        ),
    ],
    "the value of a main clause after a fronted reason in math": [
        (
            "Since $323 = 17 \\cdot 19$ and both factors are prime, the largest prime factor of 323 is 19.",
            "19",
            True,
        ),
        (
            "Since $323 = 17 \\cdot 19$ and both factors are prime, the largest prime factor of 323 is 19.",
            "17",
            False,
        ),
        ("Since $x = 4$, we get 11.", "11", True),
        ("Since $x = 4$, we get 11.", "4", False),
    ],
    "a price, then words and another price in brackets": [
        ("**Answer:** $4.25 (she paid with $10).", "4.25", True),
        ("**Answer:** $4.25 (she paid with $10).", "10", False),
        ("Answer: $4.25 in change (she paid with $10).", "4.25", True),
    ],
    "two values, each under its condition": [
        ("So the answer is either 7 vans (if the driver counts) or 6 vans (if not).", "7", False),
        ("So the answer is either 7 vans (if the driver counts) or 6 vans (if not).", "6", False),
        ("The answer is 7 vans (if the driver counts).", "7", True),
    ],
    "an answer corrected in the language the text went on in": [
        (
            "所以答案是 \\boxed{20}。\n\n等等，我再读一遍题目……哦，我漏掉了最后一步，正确答案应该是 24。",
            "24",
            True,
        ),
        (
            "所以答案是 \\boxed{20}。\n\n等等，我再读一遍题目……哦，我漏掉了最后一步，正确答案应该是 24。",
            "20",
            False,
        ),
        ("8 + 12 = 20, so the answer is 20. 等等，题目说又来了 4 个人。所以答案应该是 24。", "24", True),
        ("8 + 12 = 20, so the answer is 20. 等等，题目说又来了 4 个人。所以答案应该是 24。", "20", False),
    ],
    "a supposed case after a semicolon, its verb contracted": [
        ("She read 18 pages; if she had read 4 more, she'd have finished 22.", "18", True),
        ("She read 18 pages; if she had read 4 more, she'd have finished 22.", "22", False),
    ],
    "a restatement that disagrees, after 'that is' or in dozens": [
        ("The film runs 1.5 hours (that is, 80 minutes).", "1.5", False),
        ("The film runs 1.5 hours (that is, 90 minutes).", "1.5", True),
        ("There are 36 rolls (i.e., 2 dozen).", "36", False),
        ("There are 36 rolls (i.e., 3 dozen).", "36", True),
    ],
    "a Chinese answer line: the value, then another fact beside it": [
        ("48 ÷ 16 = 3（辆）\n\n答：需要 3 辆车，每辆坐 16 人。", "3", True),
        ("48 ÷ 16 = 3（辆）\n\n答：需要 3 辆车，每辆坐 16 人。", "16", False),
        ("答：最大值为 9，此时 x = 3。", "9", True),
        ("答：最大值为 9，此时 x = 3。", "3", False),
        ("答：一共有十五个橘子。", "15", True),
        ("答：一共有十五个橘子。", "5", False),
    ],
    "a condition or another fact after the value of a phrase in another language": [
        ("$y = -(x-3)^2 + 9$.\n\nОтвет: 9 (при x = 3).", "9", True),
        ("$y = -(x-3)^2 + 9$.\n\nОтвет: 9 (при x = 3).", "3", False),
        ("47 ÷ 5 = 9 resto 2. La respuesta es 9 lápices por caja, y sobran 2.", "9", True),
        ("47 ÷ 5 = 9 resto 2. La respuesta es 9 lápices por caja, y sobran 2.", "2", False),
    ],
    "a side fact exclaimed after the answer": [
        ("The plane flies **500 miles**. That's about 805 kilometers!", "500", True),
        ("The plane flies **500 miles**. That's about 805 kilometers!", "805", False),
        ("The class collected 612 bottles — great job! That's enough to fill about 4 bins!", "612", True),
        ("The class collected 612 bottles — great job! That's enough to fill about 4 bins!", "4", False),
    ],
    "an answer tag, then second thoughts that end on another result": [
        (
            "<answer>70</answer>\n\nHmm, wait. Half of 80 is actually 40, so 80 - 40 = 40, plus 20 is 60.",
            "70",
            False,
        ),
        ("<answer>70</answer>\n\nWait, let me verify: 80 - 30 = 50, plus 20 is 70.", "70", True),
    ],
    "a word for a half": [
        ("4 of the 8 slices are left, which is half.\n<answer>half</answer>", "0.5", True),
        ("4 of the 8 slices are left, which is half.\n<answer>half</answer>", "0.25", False),
    ],
    "a count and an alternative after it": [
        ("Ravi has 9 marbles (or 10 if we count the one he lent).", "9", False),
        ("Ravi has 9 marbles, or 10 if we count the one he lent.", "10", False),
        ("The walk is 1 hour 20 minutes, or 80 minutes.", "80", True),
        ("The 360 chairs fill its 12 rows, or 30 chairs per row.", "30", True),
        ("So there are 9 (it would be 7 without the endpoints).", "9", True),
        ("So there are 9 (it would be 7 without the endpoints).", "7", False),
    ],
    "a concession is no doubt": [
        ("Whether or not the last crate is full, we need 8 crates.", "8", True),
        ("Whether or not the last crate is full, we need 8 crates.", "7", False),
    ],
    "bold step labels, a stop inside bold, a check after a bold value": [
        ("**Step 2:** Multiply: 0.2 × 40 = 8.\n**Step 3:** Therefore, 20% of 40 is 8.", "8", True),
        ("**Step 2:** Multiply: 0.2 × 40 = 8.\n**Step 3:** Therefore, 20% of 40 is 8.", "3", False),
        ("So the larger is 13.\n\n**The answer is 13.** Check: 12 + 13 = 25 ✓", "13", True),
        ("(x − 4)(x + 1) = 0, and x is positive:\n\n**x = 4** (check: 4² = 16 = 3(4) + 4 ✓).", "4", True),
        ("(x − 4)(x + 1) = 0, and x is positive:\n\n**x = 4** (check: 4² = 16 = 3(4) + 4 ✓).", "3", False),
    ],
    "a unit's symbol ending a named value, and a detail in brackets with 'in'": [
        ("p₂ = p₁V₁/V₂ = (6 atm)(1.0 L)/(2.0 L) = 3 atm\n\np = 3 atm", "3", True),
        ("So the car's speed is 1/60 ≈ 0.0167 km/h (there are 60 minutes in an hour).", "60", False),
    ],
    "a named subject answers who": [
        (
            "So the highest rate is Mira's.\n\n\\boxed{\\text{Mira has the greatest average speed.}}",
            "\\text{Mira}",
            True,
        ),
        (
            "So the highest rate is Mira's.\n\n\\boxed{\\text{Mira has the greatest average speed.}}",
            "\\text{Jon}",
            False,
        ),
    ],
    "a family of solutions with its parameter declared in words": [
        ("Final Answer: $x = 2k\\pi$ or $x = \\pi + 2k\\pi$, where $k$ is any integer.", "x=k\\pi", True),
        ("Final Answer: $x = 2k\\pi$ or $x = \\pi + 2k\\pi$, where $k$ is any integer.", "x=2k\\pi", False),
    ],
    "an estimate 'somewhere around' a value": [
        ("13^2 = 169 lies between 12^2 and 14^2, so n is somewhere around 13.", "13", False),
    ],
    "digits and answer phrases of other scripts": [
        ("৪ × ৫ = ২০। উত্তর হল ২০।", "20", True),
        ("৪ × ৫ = ২০। উত্তর হল ২০।", "4", False),
        ("4 × 5 = 20। उत्तर २० है।", "20", True),
        ("Kwa hiyo, jibu ni 20.", "20", True),
        ("よって、最小値は 4（x = 1 のとき）です。", "4", True),
        ("よって、最小値は 4（x = 1 のとき）です。", "1", False),
        ("所以 $a$ 的取值范围是 $(-\\infty，3]$。", "(-\\infty,3]", True),
        ("所以 $a$ 的取值范围是 $(-\\infty，3]$。", "(-\\infty,3)", False),
    ],
    "a unit's name and symbol, what a mole is of, a unit glued or in text": [
        ("The answer is 12 joules (J).", "12", True),
        ("The answer is 12 joules (J).", "6", False),
        ("Answer: 3 moles of CO2", "3", True),
        ("Answer: 3 moles of CO2", "2", False),
        ("The net force is \\(\\boxed{\\text{2.5 N}}\\).", "2.5", True),
        ("ρ = m/V = 4.0kg/2.0m^3 = 2.0kg/m^3", "2", True),
        ("ρ = m/V = 4.0kg/2.0m^3 = 2.0kg/m^3", "4", False),
        ("s = (6.0E-12)^(1/3)\n\nMolar solubility = 1.8E-04 M", "1.8e-4", True),
        ("[OH-] = Kw / [H+]\n[OH-]=2.0E-05M", "2e-5", True),
        ("[OH-] = Kw / [H+]\n[OH-]=2.0E-05M", "2e-4", False),
    ],
    "a unit letter the work also names a variable with, written as a unit too": [
        ("W = Fd = 500 J\nP = W/t = 500/2 = 250\\ \\text{W}\n\n**Answer:** **250 W**", "250", True),
        ("W = Fd = 500 J\nP = W/t = 500/2 = 250\\ \\text{W}\n\n**Answer:** **250 W**", "500", False),
    ],
    "a percent in words as the subject of a concluding clause": [
        ("Multiplying by 100 gives the share, so thirty percent are blue.", "30", True),
        ("Multiplying by 100 gives the share, so thirty percent are blue.", "100", False),
        ("That means sixty percent of the team rides to practice.", "60", True),
    ],
    "a count in words, in bold, then a detail in brackets or 'exactly'": [
        ("The farm can fill **nine crates** (with 4 apples left over).", "9", True),
        ("The farm can fill **nine crates** (with 4 apples left over).", "4", False),
        (
            "108 eggs divided into dozens gives 9 exactly, so she fills **a dozen cartons** exactly.",
            "12",
            True,
        ),
    ],
    "how long, in two units, after 'for'": [
        ("Noah swims for 1 hour and 15 minutes.", "75", True),
        ("Noah swims for 1 hour and 15 minutes.", "15", False),
        # (a duration alone after "for" is as often the circumstance of another value)
        ("The bus drives for 3 hours, covering 150 miles.", "150", True),
    ],
    "a time of day after the value, when the activity ended": [
        (
            "Ben practices **45 minutes** (three quarters of an hour) each day, finishing at 6:15 PM.",
            "45",
            True,
        ),
        ("Ben practices 45 minutes each day, finishing at 6:15 PM.", "6:15", False),
    ],
    "an hour of the clock": [
        ("The ferry leaves at **7:00 PM**.", "7", True),
        ("The ferry leaves at **7:00 PM**.", "8", False),
        ("The ferry leaves at **7:30 PM**.", "7", False),
        # (a time the text only mentions, not of the 12-hour clock)
        ("We'll review it at 12:00 tomorrow.", "12", False),
    ],
    "a decision that ends the text": [
        ("If only weekdays count, 9 × 5 = 45; if every day, 9 × 7 = 63. So I'll go with 63.", "63", True),
        ("If only weekdays count, 9 × 5 = 45; if every day, 9 × 7 = 63. So I'll go with 63.", "45", False),
        ("The problem says every day, so I'll go with 63 over 45.", "63", True),
        ("The problem says every day, so I'll go with 63 over 45.", "45", False),
        ("Maybe I'll go with 63.", "63", False),
    ],
    "a fraction in words, the one value of its sentence": [
        ("So two-sevenths of the jar is empty.", "2/7", True),
        ("So two-sevenths of the jar is empty.", "2", False),
        # (not the complement after a fraction computed)
        ("10/15 = 2/3 of the jar is full, so one-third of the jar is empty.", "2/3", True),
    ],
    "a box, then second thoughts that conclude on another value": [
        (
            "So it uses 28 liters.\n\n$\\boxed{28}$\n\nActually, wait — let me recompute: 3.5 × 8 = 24 + 0 = 24. So it uses"
            " 24 liters.",
            "28",
            False,
        ),
        (
            "So it uses 28 liters.\n\n$\\boxed{28}$\n\nActually, wait — let me recompute: 3.5 × 8 = 24 + 0 = 24. So it uses"
            " 24 liters.",
            "24",
            True,
        ),
        # (a re-derivation that arrives at the box's value keeps it; a check is no correction)
        ("$\\boxed{28}$\n\nWait, let me recompute: 3.5 × 8 = 28. So it uses 28 liters.", "28", True),
        (
            "$\\boxed{28}$\n\nWait, let me check the first part: 3 × 8 = 24. So the first part is 24 liters.",
            "28",
            True,
        ),
    ],
    "a comparison after the value, in a 'which' clause": [
        (
            "She gave away 5 and ate 3.\n\nSo she has 12 apples left, which is 3 more than Tom's 9.",
            "12",
            True,
        ),
        (
            "She gave away 5 and ate 3.\n\nSo she has 12 apples left, which is 3 more than Tom's 9.",
            "9",
            False,
        ),
    ],
    "a sum ending the text with the noun it counts": [
        ("Top: 2 × 6 = 12 books\nBottom: 2 × 9 = 18 books\n\n12 + 18 = 30 books", "30", True),
        ("Top: 2 × 6 = 12 books\nBottom: 2 × 9 = 18 books\n\n12 + 18 = 30 books", "18", False),
        ("Top: 2 × 6 = 12 books\nBottom: 2 × 9 = 18 books\n\nTotal: 12 + 18 = 30 books", "30", True),
        ("Top: 2 × 6 = 12 books\nBottom: 2 × 9 = 18 books\n\nTotal: 12 + 18 = 30 books", "12", False),
        # (a line that goes on after its number may have been cut)
        ("Top: 2 × 6 = 12 books\nBottom: 2 × 9 = 18 books\n\n12 + 18 = 30 books and the", "30", False),
    ],
    "an amount in cents against a gold in dollars": [
        (
            "The change is $20.00 − $19.25 = $0.75.\n\nAna should receive **75 cents** in change.",
            "0.75",
            True,
        ),
        ("Ana should receive **75 cents** in change.", "75", True),
        ("Ana should receive **75 cents** in change.", "0.7", False),
        ("Ana should receive **7.5 cents** in change.", "0.75", False),
        ("So the change is 75¢.", "0.75", True),
        ("So the change is 75¢.", "7.5", False),
    ],
    "an invented instruction after the answer, under a heading of its own line": [
        (
            "So 48 − 15 = 33 cookies.\n\n**Answer: 33 cookies**\n\n---\n\n### Instruction\nSolve: A farmer has 33 hens"
            " and buys 17 more. How many hens?\n\n### Response\n33 + 17 = 50.\n\n**Answer: 50 hens**",
            "33",
            True,
        ),
        (
            "So 48 − 15 = 33 cookies.\n\n**Answer: 33 cookies**\n\n---\n\n### Instruction\nSolve: A farmer has 33 hens"
            " and buys 17 more. How many hens?\n\n### Response\n33 + 17 = 50.\n\n**Answer: 50 hens**",
            "50",
            False,
        ),
    ],
    "an invented instruction heading after an answer in a sentence": [
        (
            "Area = 14 × 4 = 56 square meters\n\nSo the area of the garden is 56 square meters.\n\n### Instruction:\nWrite"
            " a poem about a garden in spring. Use at least 3 rhyming couplets and 4 flowers.",
            "56",
            True,
        ),
        (
            "Area = 14 × 4 = 56 square meters\n\nSo the area of the garden is 56 square meters.\n\n### Instruction:\nWrite"
            " a poem about a garden in spring. Use at least 3 rhyming couplets and 4 flowers.",
            "4",
            False,
        ),
    ],
    "an answer label, then a sentence in another language": [
        ("12 euros + 2 euros = 14 euros\n\n**Respuesta:** María gastó 14 euros en total.", "14", True),
        ("12 euros + 2 euros = 14 euros\n\n**Respuesta:** María gastó 14 euros en total.", "12", False),
        ("**Ответ:** Маша потратила 14 рублей.", "14", True),
        ("Zusammen: 124 + 372 = 496 Karten\n\nDie Antwort lautet: 496 Karten.", "496", True),
        ("Zusammen: 124 + 372 = 496 Karten\n\nDie Antwort lautet: 496 Karten.", "372", False),
    ],
    "a unit word in Arabic after the value, its vowel marks and all": [
        ("الإجابة هي ١٢ ريالًا", "12", True),
        ("الإجابة هي ١٢ ريالًا", "1", False),
        ("الإجابة هي ١٢٫٥ لترًا", "12.5", True),
    ],
    "euros with their cents after a comma": [
        ("Sumamos el zumo: 13,50 € + 5 € = 18,50 €.\n\nPedro paga **18,50 €** en total.", "18.5", True),
        ("Sumamos el zumo: 13,50 € + 5 € = 18,50 €.\n\nPedro paga **18,50 €** en total.", "1850", False),
        # (no euro: a comma between two numbers of an English list stays a list)
        ("The two prices are 18,50.", "18.5", False),
    ],
    "the last item of a list after a line with a point where something is taken": [
        (
            "- $c = \\sqrt{44} = 2\\sqrt{11}$\n- Foci at $(\\pm 2\\sqrt{11}, 0)$\n- **Distance between the foci:** $2c"
            " = 4\\sqrt{11}$",
            "4\\sqrt{11}",
            True,
        ),
        (
            "- $c = \\sqrt{44} = 2\\sqrt{11}$\n- Foci at $(\\pm 2\\sqrt{11}, 0)$\n- **Distance between the foci:** $2c"
            " = 4\\sqrt{11}$",
            "2\\sqrt{11}",
            False,
        ),
    ],
    "a quantity named with a unit of another size": [
        ("\\boxed{U = 50\\ \\text{mJ}}", "0.05 \\text{ J}", True),
        ("\\boxed{B = 0.40\\ \\mu\\text{T}}", "4\\times10^{-7} \\text{ T}", True),
        ("\\boxed{x = 5\\text{ cm}}", "5\\text{ m}", False),
        ("\\boxed{x = 5\\text{ cm}}", "0.05\\text{ m}", True),
    ],
    "a count in bold opening the sentence of an answer label": [
        ("So 0.2x = 2 and x = 10.\n\n**Answer:** **10 liters** of water must be added.", "10", True),
        ("So 0.2x = 2 and x = 10.\n\n**Answer:** **10 liters** of water must be added.", "2", False),
        ("So 3x = 219 and x = 73.\n\n### Final Answer\n**73** residents own all four things.", "73", True),
        ("So 3x = 219 and x = 73.\n\n### Final Answer\n**73** residents own all four things.", "219", False),
    ],
    "a final answer heading after a check mark": [
        (
            "So x = 3 or x = 4.\n\n## ✅ Final Answer\nThe solutions are \\( (3, 4) \\) and \\( (4, 3) \\).\n\nBoth"
            " satisfy \\(3^2 + 4^2 = 9 + 16 = 25\\).",
            "(3,4),(4,3)",
            True,
        ),
        (
            "So x = 3 or x = 4.\n\n## ✅ Final Answer\nThe solutions are \\( (3, 4) \\) and \\( (4, 3) \\).\n\nBoth"
            " satisfy \\(3^2 + 4^2 = 9 + 16 = 25\\).",
            "25",
            False,
        ),
    ],
    "a warning of a common mistake after the answer": [
        (
            "0.8p = 40, so p = 50.\n\n**Original price: \\$50**\n\n**Note:** A common mistake is to add 20% of \\$40"
            " back to get \\$48 — that's incorrect.",
            "50",
            True,
        ),
        (
            "0.8p = 40, so p = 50.\n\n**Original price: \\$50**\n\n**Note:** A common mistake is to add 20% of \\$40"
            " back to get \\$48 — that's incorrect.",
            "48",
            False,
        ),
        # (a note that finds the text's own mistake still takes the answer back)
        ("**Original price: \\$50**\n\n**Note:** I made a mistake above: the price is \\$48.", "50", False),
    ],
    "a check of a part after the box concludes on the part": [
        (
            "The machine uses $\\boxed{24}$ liters for one load.\n\nWait, let me double-check the rinse cycles: 3 × 6 = 18."
            " So the rinse cycles use 18 liters.",
            "24",
            True,
        ),
        (
            "The machine uses $\\boxed{24}$ liters for one load.\n\nWait, let me double-check the rinse cycles: 3 × 6 = 18."
            " So the rinse cycles use 18 liters.",
            "18",
            False,
        ),
    ],
    "second thoughts after a box that conclude in a longer sentence": [
        (
            "$$\\boxed{12}$$\n\nWait, the drain removes water, so shouldn't I add the rates? ... no, let me just go with the"
            " faucet rate.\n\nSo it takes 10 minutes to fill the bathtub.",
            "12",
            False,
        ),
        (
            "$$\\boxed{12}$$\n\nWait, the drain removes water, so shouldn't I add the rates? ... no, let me just go with the"
            " faucet rate.\n\nSo it takes 10 minutes to fill the bathtub.",
            "10",
            True,
        ),
    ],
    "a check line without a stop after the answer": [
        ("Tom's books = 30 − 12 = 18\n\nSo Tom has 18 books.\n\nCheck: 12 + 18 = 30 books", "18", True),
        ("Tom's books = 30 − 12 = 18\n\nSo Tom has 18 books.\n\nCheck: 12 + 18 = 30 books", "30", False),
    ],
    "a note's correction worked out in amounts of money": [
        (
            "**Answer:** Dana pays **$40**.\n\n**Note:** I made a mistake above — I forgot the 20% sales tax. The tax is"
            " $8, so the correct total is $40 + $8 = $48.",
            "48",
            True,
        ),
        (
            "**Answer:** Dana pays **$40**.\n\n**Note:** I made a mistake above — I forgot the 20% sales tax. The tax is"
            " $8, so the correct total is $40 + $8 = $48.",
            "40",
            False,
        ),
    ],
    "a value in bold opening an answer sentence that names other numbers": [
        ("**Answer:** **10 liters** of water must be added to get a 20% solution.", "10", True),
        ("**Answer:** **10 liters** of water must be added to get a 20% solution.", "20", False),
        ("**Answer:** **$2.40** per pound, compared with $3 per pound at the other store.", "2.40", True),
        ("**Answer:** **$2.40** per pound, compared with $3 per pound at the other store.", "3", False),
    ],
    "a final sentence that opens with its value in bold": [
        (
            "So each triangle has area 12 cm².\n\n**12 cm²** is the area of each triangle — exactly half of the 24 cm²"
            " rectangle.",
            "12",
            True,
        ),
        (
            "So each triangle has area 12 cm².\n\n**12 cm²** is the area of each triangle — exactly half of the 24 cm²"
            " rectangle.",
            "24",
            False,
        ),
        # (not one that turns to another value)
        (
            "**7 packs** would give 56 pencils, but 6 packs give 48, which is close enough, so he should buy 6 packs.",
            "7",
            False,
        ),
        ("**3 slices** for Jo plus 2 slices for Al means 5 slices are left.", "5", True),
    ],
    "a double-check after the box that finds a fault": [
        (
            "$28 \\times 3 = 74$\n\n$$\\boxed{74}$$\n\nWait, let me double-check the multiplication: $28 \\times 3 = 60 +"
            " 24 = 84$. I made an error above. So the total is 84 students.",
            "84",
            True,
        ),
        (
            "$28 \\times 3 = 74$\n\n$$\\boxed{74}$$\n\nWait, let me double-check the multiplication: $28 \\times 3 = 60 +"
            " 24 = 84$. I made an error above. So the total is 84 students.",
            "74",
            False,
        ),
        (
            "The trip takes $\\boxed{4}$ hours.\n\nWait, let me double-check the speed: the problem says 40 miles per"
            " hour, and I used 45. $180 \\div 40 = 4.5$. So the trip takes 4.5 hours.",
            "4",
            False,
        ),
    ],
    "a correction in amounts of money with a minus sign": [
        (
            "The answer is $\\boxed{52}$.\n\nHmm, actually the extra 10% is taken off the sale price. 10% of $60 is $6."
            " So the correct price is $60 − $6 = $54.",
            "54",
            True,
        ),
        (
            "The answer is $\\boxed{52}$.\n\nHmm, actually the extra 10% is taken off the sale price. 10% of $60 is $6."
            " So the correct price is $60 − $6 = $54.",
            "60",
            False,
        ),
    ],
}

_PUSHED = "A 5.0 kg box starts from rest and accelerates at 2.0 m/s^2 for 5.0 s. What is its speed?"
_MOVING = "A 5.0 kg box moves at 2.0 m/s."
_PHOTONS = "Calculate the energy of one mole of photons of wavelength 500 nm."

_WITH_THE_PROBLEM = {
    "a last line that states a quantity of another kind than the one asked": [
        ("F = ma = 5.0 × 2.0 = 10 N\n\nThe net force on the box is 10 N.", "10", _PUSHED, False),
        ("v = at = 2.0 × 5.0 = 10 m/s\n\nThe speed of the box is 10 m/s.", "10", _PUSHED, True),
        ("T = 1/f = 1/(4.0 Hz) = 0.25 s\n\nSo the period of the wave is 0.25 s.", "0.25",
         "A wave travels at 1.0 m/s with a frequency of 4.0 Hz. What is its wavelength?", False),
        ("λ = v/f = 1.0/4.0 = 0.25 m\n\nSo the wavelength of the wave is 0.25 m.", "0.25",
         "A wave travels at 1.0 m/s with a frequency of 4.0 Hz. What is its wavelength?", True),
    ],
    "a box whose sentence names a quantity of another kind": [
        ("p = mv = 10\n\nThe box's momentum is \\boxed{10\\ \\text{kg·m/s}}.", "10", _MOVING + " What is its momentum?",
         True),
        ("p = mv = 10\n\nThe box's momentum is \\boxed{10\\ \\text{kg·m/s}}.", "10",
         _MOVING + " What is its kinetic energy?", False),
    ],
    "the symbol of the measure asked among a line of named quantities": [
        ("F = ma = 6.0 N\n\n**Results:** a = 2.0 m/s², F = 6.0 N, v = 10 m/s", "10", _PUSHED, True),
        ("F = ma = 6.0 N\n\n**Results:** a = 2.0 m/s², F = 6.0 N, v = 10 m/s", "6", _PUSHED, False),
        ("pH = -log(2.0e-3) = 2.70\n\n[H+] = 2.0e-3 M, pH = 2.70, pOH = 11.30", "11.30",
         "What is the pOH of a 2.0 x 10^-3 M HCl solution?", True),
        ("pH = -log(2.0e-3) = 2.70\n\n[H+] = 2.0e-3 M, pH = 2.70, pOH = 11.30", "2.70",
         "What is the pOH of a 2.0 x 10^-3 M HCl solution?", False),
    ],
    "a quantity of another kind, by the symbol of the one named value": [
        ("K = ½mv² = 9\n\n**Answer:** $p = 6.0\\ \\text{kg·m/s}$", "6", _MOVING + " What is its kinetic energy?", False),
        ("x² = 6² + 8² = 100\n\nx = 10 cm", "10", "A right triangle has legs 6 cm and 8 cm. Find the length of the hypotenuse.",
         True),
        ("**Final answer:** The net force is 10 N.", "10", _PUSHED, False),
    ],
    "a time of day asked, after the time it took": [
        ("2 h 15 min after 2:30 PM is 4:45 PM.\n\nShe spends 135 minutes on homework, finishing at 4:45 PM.", "4:45 PM",
         "Ann starts her homework at 2:30 PM and works for 2 hours 15 minutes. At what time does she finish?", True),
    ],
    "a plain number of the problem written back in the form it was given": [
        ("**Answer:** 0.625", "\\frac{5}{8}", "Write 0.625 as a fraction in simplest form.", False),
        ("**Answer:** 5/8", "\\frac{5}{8}", "Write 0.625 as a fraction in simplest form.", True),
    ],
    "a quantity of another kind asked by its unit or as work": [
        ("a = 2 m/s²\n\n**Final answer:** The acceleration is 2 m/s².", "2",
         "A cart speeds up from rest to 4 m/s at 2 m/s^2. How many seconds does this take?", False),
        ("t = v/a = 4/2 = 2\n\n**Final answer:** It takes 2 seconds.", "2",
         "A cart speeds up from rest to 4 m/s at 2 m/s^2. How many seconds does this take?", True),
        ("P = W/t = 50/1 = 50\n\nAnswer: P = 50 W", "50", "A 10 N force moves a box 5 m in 1 s. How much work is done?",
         False),
        ("Answer: I = 3 A", "3", "A 3 A current flows through a 4 Ω resistor. What is the voltage across it?", False),
        ("ΔG° = -nFE° = -212 kJ/mol\n\n$\\boxed{-212 \\text{ kJ/mol}}$", "-212",
         "A cell has E° = 1.10 V and n = 2. Compute ΔG° in kJ/mol.", True),
    ],
    "a count of none, the difference asked said first": [
        ("x^2 = -9.\n\nThe square of a real number cannot be negative, so the equation has no real solutions.", "0",
         "How many real solutions does the equation x^2 + 9 = 0 have?", True),
        ("Lena has 4 fewer shells, so she has 11.", "4",
         "Omar has 15 shells and Lena has 11 shells. How many fewer shells does Lena have than Omar?", True),
        ("Lena has 4 fewer shells, so she has 11.", "11",
         "Omar has 15 shells and Lena has 11 shells. How many fewer shells does Lena have than Omar?", False),
        ("She needs 4 fewer shells, or 5 if one breaks.", "4",
         "Omar has 15 shells and Lena has 11 shells. How many fewer shells does Lena have than Omar?", False),
    ],
    "a fraction of the problem's prose written back": [
        ("We need to simplify 20/28.\n\n$$\\boxed{\\frac{20}{28}}$$", "\\frac{5}{7}", "Simplify the fraction 20/28.",
         False),
        ("$$\\boxed{\\frac{5}{7}}$$", "\\frac{5}{7}", "Simplify the fraction 20/28.", True),
        ("So the answer is 9/4.", "2\\frac{1}{4}", "Write 9/4 as a mixed number.", False),
    ],
    "a supposed case the problem itself sets": [
        ("She read 18 pages; if she had read 4 more, she'd have finished 22.", "22",
         "Mia read 18 pages. If she had read 4 more pages, how many would she have read?", True),
    ],
    "an answer whose unit is of another kind than the quantity asked": [
        ("v = d/t = 6.0 / 2.0 = 3.0 m/s\n\nAnswer: 3.0 m/s", "3",
         "A cart starts from rest and covers 6.0 m in 2.0 s. What is its acceleration?", False),
        ("v = d/t = 6.0 / 2.0 = 3.0 m/s\n\nAnswer: 3.0 m/s", "3",
         "A cart covers 6.0 m in 2.0 s at a steady pace. What is its speed?", True),
        # (a molar quantity is of its kind)
        ("E = N_A hc/λ\n\n\\boxed{2.4 \\times 10^5 \\text{ J/mol}}", "2.4e5", _PHOTONS, True),
        # (a measure its circumstances name is not the one asked: "at that speed")
        ("d = 60 × 5 = 300\n\n**Final answer: 300 miles**", "300",
         "A train travels 180 miles in 3 hours. How far will it travel in 5 hours at that speed?", True),
    ],
    "an amount in dollars where cents are asked": [
        ("5 − 4.65 = 0.35, and 0.35 × 100 = 35.\n\nSo Oliver gets $35 in change.", "35",
         "Oliver pays for a $4.65 sandwich with a $5 bill. How many cents of change should he get?", False),
        ("5 − 4.65 = 0.35, and 0.35 × 100 = 35.\n\nSo Oliver gets 35 cents in change.", "35",
         "Oliver pays for a $4.65 sandwich with a $5 bill. How many cents of change should he get?", True),
    ],
    "an amount in dollars where cents are asked 'in all'": [
        ("Adding them up: 100 + 30 + 5 = 135\n\nJack has $135 in all.", "135",
         "Jack has 4 quarters, 3 dimes, and 1 nickel. How many cents does Jack have in all?", False),
        ("Adding them up: 100 + 30 + 5 = 135\n\nJack has 135 cents in all.", "135",
         "Jack has 4 quarters, 3 dimes, and 1 nickel. How many cents does Jack have in all?", True),
    ],
    "a letter the work defines is no symbol of a measure": [
        ("Let $P$ be the weight of a large pizza in pounds. Then $\\frac{5}{12}P = \\frac{3}{4}$, so\n$$P ="
         " \\boxed{\\frac{9}{5}}.$$", "\\frac{9}{5}", "What is the weight, in pounds, of a large pizza?", True),
        ("The weight is found from $\\frac{5}{12}P = \\frac{3}{4}$:\n$$P = \\boxed{\\frac{9}{5}}.$$", "\\frac{9}{5}",
         "A motor does 3 J of work in 5/3 s. What is the weight, in pounds, of a large pizza?", False),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_WITHOUT_THE_PROBLEM))
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(
    ("written", "normal"),
    [
        ("c = 0.5 M", "0.5"),
        ("[H+] = 0.0013 M", "[H+]=0.0013"),
        ("x = 1.3E-03 M", "1.3E-03"),
        ("p = 5 atm", "5"),
        ("0.50 M", "0.50"),
        # (no unit after a whole number alone, nor a variable after a name)
        ("5 M", "5M"),
        ("y = 2 x", "2x"),
    ],
)
def test_a_named_value_loses_its_unit(written, normal):
    assert normalize_answer(written) == normal
