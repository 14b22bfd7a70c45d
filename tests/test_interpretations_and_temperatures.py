"""Readings the forty-second session added for kinds of answers earlier probes found read wrong: a final sentence that
interprets the value before it, a temperature in another scale than the gold's, one value written in two ways ("2/5,
or 40%"), a quantity in two CJK units ("4小时45分钟"), and what the blind probes 395-400 found: a remark set off by
a dash, currencies written as letters, lakhs and crores, scientific notation in prose, farads, an answer in the unit
asked whose number is not the gold's, checks and courtesies after an answer phrase in another language, lists parted by
semicolons, European intervals with sized brackets, picometres, "μ₀", "0.7 M v^2", a bold value before a purpose phrase,
formulas in Unicode, letters defined after the answer, HTML scripts and paragraphs, a last line in italics. Each kind of case has a twin
that goes the other way (the same text against another gold, or a near text against the same gold), so a rule that
reads every such answer as right, or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.extract import find_answer, without_closing_remarks

_RATIO = "The ratio is **3:2**. This means that for every 3 units of A there are 2 units of B."
_PROBABILITY = "Thus the probability is **1/4**. In other words, about 25 of every 100 trials succeed."
_RECIPE = "The ratio is **3:2**.\n\nThat means for every 3 cups of flour we use 2 cups of sugar."

# A box, then a check that goes wrong and ends on its own final answer: the text's last word.
_SPEED_CHECKED = (
    "Average speed = 180 / 2.5 = 72 km/h.\n\n\\boxed{72}\n\nLet me double-check the time: the 30 minutes go after the"
    " decimal point, so the time is 2.30 hours. 180 / 2.3 ≈ 78.26\n\nHmm, so the average speed is actually about 78.3"
    " km/h.\n\n**Final Answer: approximately 78.3 km/h**"
)

# A box, then second thoughts that end under a final answer's label, the value named with a subscript of letters.
_RMS_RECONSIDERED = (
    "$$V_{rms}=\\sqrt{\\frac{V_0^2}{2}}=\\frac{V_0}{\\sqrt2}.$$\n\n$$\\boxed{\\frac{V_0}{\\sqrt{2}}}$$\n\nHmm, actually, I"
    " think the rms of a sine wave is half the peak. So actually\n\n**Final answer:** $V_{rms}=\\dfrac{V_0}{2}$"
)

_CASES = {
    "a final sentence in words that interprets the marked value before it is not the answer": [
        (_RATIO, "3:2", True),
        (_RATIO, "2", False),
        ("The ratio is $3:2$. This means that for every 3 units of A there are 2 units of B.", "3:2", True),
        (_RECIPE, "3:2", True),
        (_PROBABILITY, "1/4", True),
        (_PROBABILITY, "25", False),
        ("So the total is **36**. This tells us each of the 3 friends gets 12 stickers.", "36", True),
        ("So the total is **36**. This tells us each of the 3 friends gets 12 stickers.", "12", False),
    ],
    "an interpretation that states a value of its own, or follows an unmarked one, is read as before": [
        # (a value derived from the one before may be the answer: the last sentence's stays the reading)
        ("So $3x = 36$. This means $x = 12$.", "12", True),
        ("So $3x = 36$. This means $x = 12$.", "36", False),
        ("The total cost is **$36**. This means each of the 3 friends pays $12.", "12", True),
        ("The total cost is **$36**. This means each of the 3 friends pays $12.", "36", False),
        ("So the speed is 12 km/h. This means she covers 60 km in 5 hours.", "60", True),
        # (the value must end the sentence before: "**3:2** in lowest terms" is followed by more)
        ("The ratio is **3:2** in lowest terms. This means 3 of every 5 are boys.", "5", True),
    ],
    "a temperature in another scale is the gold's temperature, to the coarser one's last digit": [
        ("The temperature is **313 K**.", "40^\\circ C", True),
        ("The temperature is **320 K**.", "40^\\circ C", False),
        ("So the temperature is $\\boxed{104^\\circ F}$.", "40^\\circ C", True),
        ("So the temperature is $\\boxed{100^\\circ F}$.", "40^\\circ C", False),
        ("So the temperature is $\\boxed{40\\ ^\\circ\\mathrm{C}}$.", "313.15 \\text{ K}", True),
        ("So the temperature is $\\boxed{40\\ ^\\circ\\mathrm{C}}$.", "40 \\text{ K}", False),
        ("So the temperature is $\\boxed{233\\text{ K}}$.", "-40^\\circ C", True),
        ("So the temperature is $\\boxed{-40^\\circ F}$.", "-40^\\circ C", True),
        ("So the temperature is $\\boxed{-40^\\circ F}$.", "40^\\circ C", False),
        # (39 °C is 312.15 K: more than half a kelvin from 313 K, written to the kelvin)
        ("So the temperature is $\\boxed{39^\\circ C}$.", "313 \\text{ K}", False),
        ("So the temperature is $\\boxed{373 \\text{ K}}$.", "212^\\circ F", True),
        # (a bare number is no temperature in another scale: read as the number)
        ("So the temperature is $\\boxed{100}$.", "373 \\text{ K}", False),
    ],
    "one value written in two ways, one of them a percent, is the gold either way is": [
        ("The fraction is 2/5, or **40%**.", "40", True),
        ("The fraction is 2/5, or **40%**.", "0.4", True),
        ("The fraction is 2/5, or **40%**.", "\\frac{2}{5}", True),
        ("The fraction is 2/5, or **40%**.", "20", False),
        ("So the share is $\\boxed{0.5, 50\\%}$.", "50", True),
        # (two values are a hedge, whichever is the gold)
        ("So the share is $\\boxed{0.4, 50\\%}$.", "50", False),
        ("So the share is $\\boxed{0.4, 50\\%}$.", "0.4", False),
        # (two true equations are two candidates, not one value said twice)
        ("The only candidates are $54^{2}(=2916)$ and $81^{2}(=6561)$.", "2916", False),
    ],
    "a quantity in two CJK units is read in either unit": [
        ("答案：$\\boxed{4小时45分钟}$", "4.75", True),
        ("答案：$\\boxed{4小时45分钟}$", "285", True),
        ("答案：$\\boxed{4小时45分钟}$", "4.5", False),
        ("答：2小时30分钟。", "2.5", True),
        ("答：2小时30分钟。", "3", False),
        ("答案：$\\boxed{2米30厘米}$", "230 \\text{ cm}", True),
        ("答案：$\\boxed{2米30厘米}$", "2.03", False),
        # (one unit, as before)
        ("答案：$\\boxed{45分钟}$", "45", True),
    ],
    "a remark in words set off by a dash after the value is no part of it": [
        (
            "The force between them is about 6.67E-5 N — tiny, which is why we don't notice it.",
            "6.67\\times10^{-5}",
            True,
        ),
        ("The force between them is about 6.67E-5 N — tiny, which is why we don't notice it.", "6.67", False),
        ("So she has 12 apples -- plenty for the pie.", "12", True),
        # (a dash that doubts or corrects is no remark)
        ("So she has 12 apples — or maybe 15.", "12", False),
    ],
    "a currency written as letters before its number, the digits grouped as its country groups them": [
        ("Jadi, Budi harus membayar Rp 15.000.\n\nJawaban: Rp 15.000", "15000", True),
        ("Jadi, Budi harus membayar Rp 15.000.\n\nJawaban: Rp 15.000", "15", False),
        ("Kwa hiyo Juma analipa shilingi 1,200.\n\nJibu: Shilingi 1,200", "1200", True),
        ("Kwa hiyo Juma analipa shilingi 1,200.\n\nJibu: Shilingi 1,200", "200", False),
        ("মোট দাম = ৫০০ × ৫ = ২,৫০০ টাকা\n\nউত্তর: ৳ ২,৫০০", "2500", True),
        ("মোট দাম = ৫০০ × ৫ = ২,৫০০ টাকা\n\nউত্তর: ৳ ২,৫০০", "500", False),
        ("**La respuesta es: 7,50 €**", "7.5", True),
        ("**La respuesta es: 7,50 €**", "750", False),
    ],
    "a lakh is a hundred thousand, a crore ten million": [
        ("कुल खर्च = ₹2,00,000\n\nउत्तर: 2 लाख रुपये", "200000", True),
        ("कुल खर्च = ₹2,00,000\n\nउत्तर: 2 लाख रुपये", "2", False),
        ("So the total cost is $\\boxed{1.5 \\text{ crore}}$.", "15000000", True),
        ("So the total cost is $\\boxed{1.5 \\text{ crore}}$.", "1500000", False),
    ],
    "scientific notation written in prose is one value": [
        (
            "Final answer: the mass of the Earth is approximately 5.96 × 10²⁴ kg.",
            "5.96 \\times 10^{24}",
            True,
        ),
        (
            "Final answer: the mass of the Earth is approximately 5.96 × 10²⁴ kg.",
            "5.96 \\times 10^{23}",
            False,
        ),
        ("The electron gains 1.6 x 10^-17 J of kinetic energy.", "1.6 \\times 10^{-17}", True),
        ("The electron gains 1.6 x 10^-17 J of kinetic energy.", "1.6 \\times 10^{-19}", False),
    ],
    "farads convert under their prefixes": [
        ("\\[ \\boxed{8.85 \\times 10^{-11}\\,\\text{F}} \\]", "88.5 \\text{ pF}", True),
        ("\\[ \\boxed{8.85 \\times 10^{-12}\\,\\text{F}} \\]", "88.5 \\text{ pF}", False),
        ("So $C = \\boxed{2\\,\\mu\\text{F}}$.", "2 \\times 10^{-6} \\text{ F}", True),
        # (against a temperature, a bare F is Fahrenheit)
        ("So the temperature is $\\boxed{104 F}$.", "40^\\circ C", True),
        ("So the temperature is $\\boxed{100 F}$.", "40^\\circ C", False),
    ],
    "a check or a courtesy in another language after its answer phrase states no other answer": [
        (
            "= 48（块）\n\n**最终答案：48**\n\n希望这能帮到你！如果每个苹果切成 6 块，也可以这样算：12 × 6。",
            "48",
            True,
        ),
        (
            "= 48（块）\n\n**最终答案：48**\n\n希望这能帮到你！如果每个苹果切成 6 块，也可以这样算：12 × 6。",
            "72",
            False,
        ),
        (
            "거리 = 15 × 3 = 45 (km)\n\n**정답: 45km**\n\n(검산: 45 ÷ 3 = 15이므로 시속 15km가 맞습니다.)",
            "45",
            True,
        ),
        (
            "거리 = 15 × 3 = 45 (km)\n\n**정답: 45km**\n\n(검산: 45 ÷ 3 = 15이므로 시속 15km가 맞습니다.)",
            "15",
            False,
        ),
        # (a check that corrects says so with an answer phrase of its own, which is read)
        ("最终答案：48\n\n验算：发现错误，所以答案应为 50。", "50", True),
        ("最终答案：48\n\n验算：发现错误，所以答案应为 50。", "48", False),
    ],
    "values parted by semicolons after an answer phrase in another language are a list": [
        ("$$x_1 = -2, \\qquad x_2 = 3$$\n\nОтвет: $-2$; $3$.", "-2, 3", True),
        ("$$x_1 = -2, \\qquad x_2 = 3$$\n\nОтвет: $-2$; $3$.", "3", False),
        ("Ответ: $-2$; $4$.", "-2, 3", False),
    ],
    "an interval written the European way with sized brackets": [
        ("**Conclusion :** $\\mathcal{S} = \\left]1\\,;\\,3\\right[$", "(1,3)", True),
        ("**Conclusion :** $\\mathcal{S} = \\left]1\\,;\\,3\\right[$", "[1,3]", False),
        ("Donc $S = \\left[1;3\\right[$.", "[1,3)", True),
    ],
    "picometres, the letter mu with a subscript, a mass times a squared speed, a half-life's name": [
        ("0.529 Å × 100 pm/Å = 52.9 pm.\n\n**52.9 pm**", "52.9", True),
        ("0.529 Å × 100 pm/Å = 52.9 pm.\n\n**52.9 pm**", "5.29", False),
        # (a time of day stays one: "3:30 pm" is 15:30, as before)
        ("The play ends at **3:30 pm**.", "15:30", True),
        ("The play ends at **3:30 pm**.", "3:45", False),
        ("Final answer: B = μ₀I/(2R)", "\\frac{\\mu_0 I}{2R}", True),
        ("Final answer: B = μ₀I/(4R)", "\\frac{\\mu_0 I}{2R}", False),
        ("Total: $\\frac12 Mv^2 + \\frac15 Mv^2$\n\n$$\\boxed{0.7\\,M v^2}$$", "\\frac{7}{10}Mv^2", True),
        ("Total: $\\frac12 Mv^2 + \\frac15 Mv^2$\n\n$$\\boxed{0.5\\,M v^2}$$", "\\frac{7}{10}Mv^2", False),
        ("$$\\boxed{t_{1/2} = 1800\\ \\text{s}}$$", "30.0 \\text{ min}", True),
        ("$$\\boxed{t_{1/2} = 1200\\ \\text{s}}$$", "30.0 \\text{ min}", False),
    ],
    "a bold value, then a purpose phrase with another amount": [
        ("So Omar still needs **$5 more** to reach his $100 goal.", "5", True),
        ("So Omar still needs **$5 more** to reach his $100 goal.", "100", False),
        # (a range after the bold value is no purpose: "12 to 15" is not 12)
        ("So she reads **12** to 15 pages a day.", "12", False),
    ],
    "a final answer estimated in words after a box replaces it; states as subscripts in chemistry": [
        (_SPEED_CHECKED, "78.3", True),
        (_SPEED_CHECKED, "72", False),
        (
            "$$\\boxed{\\mathrm{Ag^+_{(aq)} + Cl^-_{(aq)} \\longrightarrow AgCl_{(s)}}}$$",
            "Ag^+(aq) + Cl^-(aq) \\rightarrow AgCl(s)",
            True,
        ),
        (
            "$$\\boxed{\\mathrm{Ag^+_{(aq)} + Cl^-_{(aq)} \\longrightarrow AgCl_{2(s)}}}$$",
            "Ag^+(aq) + Cl^-(aq) \\rightarrow AgCl(s)",
            False,
        ),
    ],
    "a formula in Unicode in bold, the letters defined after it": [
        ("Underdamped, so\n\n**ω = √(4mk − b²) / (2m)**", "\\sqrt{\\frac{k}{m}-\\frac{b^{2}}{4m^{2}}}", True),
        (
            "Underdamped, so\n\n**ω = √(4mk − b²) / (4m)**",
            "\\sqrt{\\frac{k}{m}-\\frac{b^{2}}{4m^{2}}}",
            False,
        ),
        (
            "So the general solution is\n\n**y = Ax^2 + B/x**\n\nwhere A and B are arbitrary constants.",
            "Ax^2+B/x",
            True,
        ),
        (
            "So the general solution is\n\n**y = Ax^2 + B/x**\n\nwhere A and B are arbitrary constants.",
            "Ax^2+B",
            False,
        ),
    ],
    "HTML paragraphs and scripts, a last line in italics": [
        ("<p><b>Answer:</b> f(x) = x<sup>2</sup> + 1</p>", "x^2+1", True),
        ("<p><b>Answer:</b> f(x) = x<sup>2</sup> + 1</p>", "x+1", False),
        ("So the probability is $\\dfrac{3}{8}$.\n\n*Answer: 3/8*", "\\frac{3}{8}", True),
        ("So the probability is $\\dfrac{3}{8}$.\n\n*Answer: 3/8*", "\\frac{3}{4}", False),
        ("Adding 4 gives $5 + 4 = 9$.\n\n_The final answer is 9._", "9", True),
        ("Adding 4 gives $5 + 4 = 9$.\n\n_The final answer is 9._", "5", False),
    ],
    "a math span that names what the sentence states in words": [
        ("Since $3^4 = 81$, the value of $\\log_3 81$ is four.", "4", True),
        ("Since $3^4 = 81$, the value of $\\log_3 81$ is four.", "81", False),
        # (a word that is no number leaves the math as read before)
        ("So the value of $f(2)$ is positive.", "5", False),
    ],
    "a later final answer with a named subscript or a final choice replaces the box": [
        (_RMS_RECONSIDERED, "\\frac{V_0}{2}", True),
        (_RMS_RECONSIDERED, "\\frac{V_0}{\\sqrt{2}}", False),
        (
            "A cube has 12 edges.\n\nAnswer: (B) 12\n\nHmm, on second thought it asks for faces.\n\n**Final choice: (C) 6**",
            "C",
            True,
        ),
        (
            "A cube has 12 edges.\n\nAnswer: (B) 12\n\nHmm, on second thought it asks for faces.\n\n**Final choice: (C) 6**",
            "B",
            False,
        ),
    ],
    "an estimate's sign alone before a value, a Greek name before it, the reduced Planck constant": [
        ("So λ_max ≈ 500 nm.\n\n**Answer: ≈ 500 nm**", "5.0\\times10^{-7}\\ \\text{m}", True),
        ("So λ_max ≈ 600 nm.\n\n**Answer: ≈ 600 nm**", "5.0\\times10^{-7}\\ \\text{m}", False),
        ("Converting to meters: **λ ≈ 6.56 × 10⁻⁷ m**", "656 \\text{ nm}", True),
        ("Converting to meters: **λ ≈ 6.56 × 10⁻⁶ m**", "656 \\text{ nm}", False),
        # (π is a value, not a name: its exact side is read against an exact gold, as before)
        ("So **π ≈ 3.14**", "\\pi", True),
        ("**Answer: ħ/(2mω)**", "\\frac{\\hbar}{2m\\omega}", True),
        ("**Answer: ħ/(mω)**", "\\frac{\\hbar}{2m\\omega}", False),
    ],
    "the equation of a line in two unknowns ending a plain sentence is the answer, not its right side": [
        ("y − 2 = 3(x − 1)\n\nThe equation of the line is 3x − y = 1.", "y=3x-1", True),
        ("y − 2 = 3(x − 1)\n\nThe equation of the line is 3x − y = 1.", "y=3x+1", False),
        # (a computation ending in its number is read as before: the number)
        ("So the circumference 2πr = 12.", "12", True),
    ],
    "where lines meet, a value then 'i.e.' its restatement, a range labelled at the end": [
        ("Then y = 3(3) − 4 = 5.\n\nThe lines meet at (3, 5).", "(3,5)", True),
        ("Then y = 3(3) − 4 = 5.\n\nThe lines meet at (3, 5).", "(5,3)", False),
        ("So the solution is −2 ≤ x < 3, i.e. x ∈ [−2, 3).", "[-2,3)", True),
        ("So the solution is −2 ≤ x < 3, i.e. x ∈ [−2, 3).", "[-2,3]", False),
        ("Subtracting 1:\n\n−4 ≤ f(x) ≤ 2.\n\nRange: −4 ≤ y ≤ 2", "[-4,2]", True),
        ("Subtracting 1:\n\n−4 ≤ f(x) ≤ 2.\n\nRange: −4 ≤ y ≤ 2", "[-4,3]", False),
        ("**Range:** $0 < y \\le 1$, i.e. $(0, 1]$.", "(0,1]", True),
        ("**Range:** $0 < y \\le 1$, i.e. $(0, 1]$.", "[0,1]", False),
    ],
    "a doubt that ends the text settles no value; one that concludes or affirms does": [
        ("So she has 12 apples — wait, she ate one.", "12", False),
        ("So she has 12 apples. Wait, she ate one.", "1", False),
        ("So she has 12 apples — wait, she ate one. So 11 apples.", "11", True),
        ("So she has 12 apples, wait, no, that is right.", "12", True),
        ("So she has 12 apples. Wait, so it is 11.", "11", True),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CASES))
def test_the_verdict(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_an_interpretation_is_a_closing_remark_for_the_readers_with_the_problem() -> None:
    # The readers that look at the last sentence again with the problem in hand see the sentence with the value.
    assert without_closing_remarks(_RATIO) == "The ratio is **3:2**."
    assert (
        without_closing_remarks("So $3x = 36$. This means $x = 12$.") == "So $3x = 36$. This means $x = 12$."
    )


@pytest.mark.parametrize(
    "completion",
    [
        _RATIO,
        "The ratio is $3:2$. This means that for every 3 units of A there are 2 units of B.",
    ],
)
def test_the_marked_value_is_found_where_it_is_written(completion: str) -> None:
    found = find_answer(completion)
    assert found.text == "3:2"  # type: ignore[union-attr]
    assert found.source in ("bold", "math_span")  # type: ignore[union-attr]
