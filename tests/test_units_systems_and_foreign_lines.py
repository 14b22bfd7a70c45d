"""Units, systems and answer lines in other languages that the forty-first session's blind probes (365-372) found read
wrong. Each kind of case has a twin that goes the other way (the same text against another gold, or a near text
against the same gold), so a rule that reads every such answer as right, or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import normalize_answer

_WAVELENGTH = "$$\\lambda = \\frac{b}{T} = 4.997\\times10^{-7}\\ \\text{m} \\approx 499.7\\ \\text{nm}$$\n\n"

_WITHOUT_THE_PROBLEM = {
    "a unit written after the number's math or bold converts to a gold's unit of the same kind": [
        ("The frequency is $f = 2.5 \\times 10^{6}$ Hz.", "2.5 \\text{ MHz}", True),
        ("The frequency is $f = 2.5 \\times 10^{6}$ Hz.", "2.5 \\text{ kHz}", False),
        (
            _WAVELENGTH + "**Answer:** $\\lambda_{\\max} \\approx 500$ nm",
            "5.0 \\times 10^{-7} \\text{ m}",
            True,
        ),
        (
            _WAVELENGTH + "**Answer:** $\\lambda_{\\max} \\approx 500$ nm",
            "5.0 \\times 10^{-6} \\text{ m}",
            False,
        ),
        ("So the width is **0.24** m.", "24 \\text{ cm}", True),
        ("So the width is **0.24** m.", "2.4 \\text{ cm}", False),
        # (a unit of another kind after the number is left to the number, as before: "24 cm" for an area)
        ("The answer is $24$ cm.", "24 \\text{ cm}^2", True),
        ("The answer is $25$ cm.", "24 \\text{ cm}^2", False),
    ],
    "parsecs convert to light-years and metres, light-years in words too": [
        ("The distance is $\\boxed{13.0\\ \\text{ly}}$.", "4.0 \\text{ pc}", True),
        ("The distance is $\\boxed{13.0\\ \\text{light-years}}$.", "4.0 \\text{ pc}", True),
        ("The distance is $\\boxed{16.0\\ \\text{light-years}}$.", "4.0 \\text{ pc}", False),
        ("$$\\boxed{1\\ \\text{pc}}$$", "3.09 \\times 10^{16} \\text{ m}", True),
        ("$$\\boxed{1\\ \\text{pc}}$$", "3.09 \\times 10^{15} \\text{ m}", False),
    ],
    "a unit's square or cube in Unicode converts like its power in TeX": [
        ("**V = 0.0448 m³**\n\n$$\\boxed{0.0448 m³}$$", "44.8 \\text{ L}", True),
        ("**V = 0.0448 m³**\n\n$$\\boxed{0.0448 m³}$$", "4.48 \\text{ L}", False),
    ],
    "a mean or a vector named before its value and unit": [
        ("**Answer:** $\\bar v = 90\\ \\mathrm{km\\,h^{-1}}$", "90 \\mathrm{~km/h}", True),
        ("**Answer:** $\\bar v = 90\\ \\mathrm{km\\,h^{-1}}$", "90 \\mathrm{~m/s}", False),
    ],
    "a value taken at a variable's value is the value, not the variable's": [
        ("So the marginal cost of producing at $q = 10$ is **\\$14 per unit**.", "14", True),
        ("So the marginal cost of producing at $q = 10$ is **\\$14 per unit**.", "10", False),
        ("So the cost at $q = 10$ is \\$14.", "14", True),
        ("So the value for $n = 5$ is 120.", "5", False),
        # (a clause of its own after the span leaves the span the answer: "where it is 3" says more of it)
        ("So $f$ is smallest at $x = 10$ where it is 3.", "10", True),
    ],
    "a span that is its final sentence's subject leaves the value to the number after its verb": [
        ("Multiples of 5: 8, of 25: 1, so $8 + 1 = 9$.\n\nSo $42!$ ends in **9** zeroes.", "9", True),
        ("Multiples of 5: 8, of 25: 1, so $8 + 1 = 9$.\n\nSo $42!$ ends in **9** zeroes.", "42", False),
        ("Multiples of 5: 8, of 25: 1, so $8 + 1 = 9$.\n\nSo $42!$ ends in 9 zeroes.", "9", True),
        # (an assignment that opens the sentence is the answer still)
        ("So $x = 5$ gives 10 solutions.", "5", True),
    ],
    "an answer first, alone in bold in a paragraph of its own, then why; unless taken back": [
        (
            "**42.**\n\nHere's why: 6 = 2 × 3, 14 = 2 × 7, 21 = 3 × 7, so 2 × 3 × 7 = 42. Check: 42 ÷ 21 = 2.",
            "42",
            True,
        ),
        (
            "**42.**\n\nHere's why: 6 = 2 × 3, 14 = 2 × 7, 21 = 3 × 7, so 2 × 3 × 7 = 42. Check: 42 ÷ 21 = 2.",
            "2",
            False,
        ),
        ("**Seven.**\n\nHere's the list: 23, 29, 31, 37, 41, 43, and 47.", "7", True),
        ("**Seven.**\n\nHere's the list: 23, 29, 31, 37, 41, 43, and 47.", "47", False),
        (
            "**10.5**\n\nHere's why: (9 + 12)/2 = 10.5.\n\nActually, wait: the median is the middle number, 9.",
            "10.5",
            False,
        ),
        # (a label of a step that follows on the next line is no answer)
        ("**1.**\nAdd the two numbers: 3 + 4 = 7.", "1", False),
    ],
    "a display whose sentence goes on in a phrase of direction is read, a remark that takes it back is not": [
        (
            "So the block accelerates at\n\n$$a = 2.45\\,\\text{m}\\,\\text{s}^{-2}$$\n\ndown the slope.",
            "2.45",
            True,
        ),
        (
            "So the block accelerates at\n\n$$a = 2.45\\,\\text{m}\\,\\text{s}^{-2}$$\n\ndown the slope.",
            "2.54",
            False,
        ),
        ("So the speed is\n\n$$v = 2.45$$\n\nto the right, which is not possible.", "2.45", False),
    ],
    "thousands of a scale word grouped by commas, thousands grouped by dots twice": [
        ("GDP = 900 + 250 + 350 - 50.\n\nSo GDP is **\\$1,450 billion**.", "\\$1.45 \\text{ trillion}", True),
        ("GDP = 900 + 250 + 350 - 50.\n\nSo GDP is **\\$1,450 billion**.", "\\$1.45 \\text{ billion}", False),
        ("Jadi, Pak Budi menabung **Rp 2.750.000** setiap bulan.", "2750000", True),
        ("Jadi, Pak Budi menabung **Rp 2.750.000** setiap bulan.", "2750", False),
    ],
    "a number below zero or below sea level in bold is negative": [
        ("10 - 14 = -4\n\nAt 1 PM, the temperature was **4 degrees below zero**.", "-4", True),
        ("10 - 14 = -4\n\nAt 1 PM, the temperature was **4 degrees above zero**.", "-4", False),
        ("-120 + 45 - 30 = -105\n\nThe submarine is now **105 feet below sea level**.", "-105", True),
        ("-120 + 45 - 30 = -105\n\nThe submarine is now **105 feet below sea level**.", "105", False),
    ],
    "several systems' solutions joined by or are the gold's pairs": [
        (
            "$$\\boxed{\\begin{cases}x=2\\\\y=3\\end{cases}\\ \\text{或}\\ \\begin{cases}x=3\\\\y=2\\end{cases}}$$",
            "(2,3),(3,2)",
            True,
        ),
        (
            "$$\\boxed{\\begin{cases}x=2\\\\y=3\\end{cases}\\ \\text{或}\\ \\begin{cases}x=3\\\\y=5\\end{cases}}$$",
            "(2,3),(3,2)",
            False,
        ),
    ],
    "answer lines of other languages: Greek, Hebrew, Turkish's lira and percent sign, Dutch": [
        ("4 × 9 = 36\n\n**Απάντηση:** 36", "36", True),
        ("4 × 9 = 36\n\n**Απάντηση:** 36", "9", False),
        ("סך הכול: 4 × 9 = 36 ₪\n\n**תשובה:** דני שילם 36 ₪.", "36", True),
        ("סך הכול: 4 × 9 = 36 ₪\n\n**תשובה:** דני שילם 36 ₪.", "4", False),
        ("150 × 24 = 3.600\n\nΑπάντηση: Το εργοστάσιο παράγει 3.600 κουτιά την ημέρα.", "3600", True),
        ("150 × 24 = 3.600\n\nΑπάντηση: Το εργοστάσιο παράγει 3.600 κουτιά την ημέρα.", "3.6", False),
        ("10 : 4 = 2,5\n\n**Απάντηση:** Κάθε τετράδιο κοστίζει 2,5 ευρώ (2,50 €).", "2.5", True),
        ("10 : 4 = 2,5\n\n**Απάντηση:** Κάθε τετράδιο κοστίζει 2,5 ευρώ (2,50 €).", "25", False),
        ("İndirimli fiyat: 2.500 − 1.250 = 1.250 TL\n\n**Cevap:** 1.250 TL", "1250", True),
        ("İndirimli fiyat: 2.500 − 1.250 = 1.250 TL\n\n**Cevap:** 1.250 TL", "2500", False),
        ("Yani fiyat yüzde 20 düşmüştür.\n\nCevap: %20", "20\\%", True),
        ("Yani fiyat yüzde 20 düşmüştür.\n\nCevap: %20", "25\\%", False),
        ("Drie keer vier is twaalf.\n\nAntwoord: Sanne heeft twaalf potloden.", "12", True),
        ("Drie keer vier is twaalf.\n\nAntwoord: Sanne heeft twaalf potloden.", "3", False),
    ],
    "a later answer line in a foreign language written in ASCII stands over the box": [
        (
            "Het aantal is $\\boxed{7}$\n\nWacht, laat me de vraag nog eens lezen. Dus het antwoord moet 21 zijn."
            "\n\n**Antwoord: 21 leerlingen**",
            "7",
            False,
        ),
        (
            "Het aantal is $\\boxed{7}$\n\nWacht, laat me de vraag nog eens lezen. Dus het antwoord moet 21 zijn."
            "\n\n**Antwoord: 21 leerlingen**",
            "21",
            True,
        ),
        ("Het aantal is $\\boxed{7}$\n\n**Antwoord: 7 leerlingen**", "7", True),
    ],
    "an answer tag's paragraph, and two tags joined by a word are two answers": [
        (
            "<think>\nSum = 28 - 19 = 9.\n</think>\n<answer> 9\n\nLet me know if you'd like more practice!",
            "9",
            True,
        ),
        (
            "<think>\nSum = 28 - 19 = 9.\n</think>\n<answer> 9\n\nLet me know if you'd like more practice!",
            "19",
            False,
        ),
        (
            "<think>\nx^2 = 25 gives x = 5 or x = -5.\n</think>\n<answer>-5</answer> or <answer>5</answer>",
            "5",
            False,
        ),
        (
            "<think>\nx^2 = 25 gives x = 5 or x = -5.\n</think>\n<answer>-5</answer> or <answer>5</answer>",
            "-5, 5",
            True,
        ),
        (
            "<think>\nIt was 26; no, 18.\n</think>\n<answer>26</answer> is wrong. So <answer>18</answer>",
            "18",
            True,
        ),
    ],
    "a change by an amount states the amount (discounted, marked down, cut by), a division by one does not": [
        ("The saving is 10 of 50, 0.2.\n\nSo the jacket is discounted by 20 percent.", "20", True),
        ("The saving is 10 of 50, 0.2.\n\nSo the jacket is discounted by 20 percent.", "10", False),
        ("So the price was marked down by 15%.", "15", True),
        ("Divide both sides by 15.", "15", False),
    ],
    "a multiple of pi and its unit in words, in bold, is the multiple": [
        ("V = π × 9 × 4 = 36π\n\nSo the volume of the cylinder is **36π cubic inches**.", "36\\pi", True),
        ("V = π × 9 × 4 = 36π\n\nSo the volume of the cylinder is **36π cubic inches**.", "36", False),
    ],
    "a center plus or minus a margin against a pair of ends is the interval": [
        ("The margin is 2.131.\n\nSo the interval is $\\boxed{20 \\pm 2.131}$.", "(17.869, 22.131)", True),
        ("The margin is 2.131.\n\nSo the interval is $\\boxed{20 \\pm 2.131}$.", "(17.869, 22.31)", False),
        ("So $\\boxed{3 \\pm 1}$.", "[2, 4]", True),
        ("So $\\boxed{3 \\pm 2}$.", "[2, 4]", False),
    ],
    "text after the reasoning that points back to its box gives no answer of its own": [
        (
            "So the sum is 7.\n\n\\boxed{7}\n</think>\n\nFactoring as $(x-2)(x-5)$ confirms it, so the sum is as boxed above.",
            "7",
            True,
        ),
        (
            "So the sum is 7.\n\n\\boxed{7}\n</think>\n\nFactoring as $(x-2)(x-5)$ confirms it, so the sum is as boxed above.",
            "(x-2)(x-5)",
            False,
        ),
        ("So the sum is 7.\n\n\\boxed{7}\n</think>\n\nSo the sum is $10$.", "10", True),
    ],
    "a range of integers against a set is its members; a range of reals is an interval": [
        ("Since $n$ is an integer, $$\\boxed{2\\le n\\le 4,\\ n\\in\\mathbb{Z}}$$", "\\{2,3,4\\}", True),
        ("Since $n$ is an integer, $$\\boxed{2\\le n\\le 5}$$", "\\{2,3,4\\}", False),
        ("Since $n$ is an integer, $$\\boxed{1 < n < 5}$$", "2, 3, 4", True),
        ("So $$\\boxed{2\\le x\\le 4}$$", "2, 3, 4", False),
        ("So $$\\boxed{2\\le x\\le 4}$$", "[2, 4]", True),
    ],
    "full-width forms in a gold are ASCII's, and the enumeration comma lists": [
        # ("1；-2": two blanks)
        ("故答案为 $\\boxed{1, -2}$", "1；-2", True),
        ("故答案为 $\\boxed{1, 2}$", "1；-2", False),
        ("所以点的坐标为 $\\boxed{(1,2)}$。", "（1，2）", True),
        ("所以点的坐标为 $\\boxed{(2,1)}$。", "（1，2）", False),
        # the enumeration comma lists choices and values
        ("综上，正确的是 A、C、D。\n\n故选 A、C、D", "ACD", True),
        ("综上，正确的是 A、C。\n\n故选 A、C", "ACD", False),
        ("答：1、2、3", "1, 2, 3", True),
    ],
    "a change of a quantity is one name before its value, in a gold too": [
        ("So the photon carries $\\boxed{h\\nu}$.", "\\Delta E = h\\nu", True),
        ("So the photon carries $\\boxed{2h\\nu}$.", "\\Delta E = h\\nu", False),
        ("So $\\boxed{\\Delta G = -92}$ kJ.", "\\Delta H = -92", False),
        ("So $\\boxed{\\Delta H = -92}$ kJ.", "\\Delta H = -92", True),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_WITHOUT_THE_PROBLEM))
def test_the_verdict_without_the_problem(completion, gold, correct):
    """Each kind of case (the keys of ``_WITHOUT_THE_PROBLEM``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


_IN_THAT_ORDER = "Find the sum and the product of the roots of $2x^2 - 6x + 5 = 0$, in that order."


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "correct"),
    [
        (
            "By Vieta, sum $= 3$ and product $= 5/2$.\n\n$$\\boxed{3, \\frac{5}{2}}$$",
            "3, \\frac{5}{2}",
            _IN_THAT_ORDER,
            True,
        ),
        (
            "By Vieta, sum $= 3$ and product $= 5/2$.\n\n$$\\boxed{\\frac{5}{2}, 3}$$",
            "3, \\frac{5}{2}",
            _IN_THAT_ORDER,
            False,
        ),
        # (named parts are compared by their names; without "in that order" a plain list is a set)
        (
            "$$\\boxed{\\text{product} = \\frac{5}{2},\\ \\text{sum} = 3}$$",
            "3, \\frac{5}{2}",
            _IN_THAT_ORDER,
            True,
        ),
        ("$$\\boxed{\\frac{5}{2}, 3}$$", "3, \\frac{5}{2}", "Find the roots of the equation.", True),
    ],
)
def test_parts_named_in_that_order(completion, gold, problem, correct):
    """A problem that names its parts "in that order" (or "respectively") asks an unlabelled list in that order."""
    assert verify(completion, gold, problem=problem).correct is correct


_SCIBENCH = (
    "Calculate the pressure exerted by 1.00 mol of a perfect gas occupying 20.0 L at 298 K. The unit of the answer "
    "is $10^{5}\\ \\mathrm{Pa}$."
)


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        (
            "$$p = \\frac{nRT}{V} = 1.239\\times10^{5}\\ \\text{Pa}$$\n\n$\\boxed{1.24 \\times 10^{5}\\ \\text{Pa}}$",
            "1.24",
            True,
        ),
        (
            "$$p = \\frac{nRT}{V} = 1.239\\times10^{4}\\ \\text{Pa}$$\n\n$\\boxed{1.24 \\times 10^{4}\\ \\text{Pa}}$",
            "1.24",
            False,
        ),
        ("So $p = 1.24$ in those units: $\\boxed{1.24}$.", "1.24", True),
    ],
)
def test_a_power_of_ten_in_the_unit_of_the_answer(completion, gold, correct):
    """SciBench gives the unit of its answers in the problem, a power of ten with it: the gold counts those units."""
    assert verify(completion, gold, problem=_SCIBENCH).correct is correct


_RADICAL_FORM = "Simplify $\\sqrt{32}$. Express your answer in simplest radical form."


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "correct"),
    [
        ("$\\sqrt{32} = \\sqrt{4}\\sqrt{8}$, so $\\boxed{2\\sqrt{8}}$", "4\\sqrt{2}", _RADICAL_FORM, False),
        ("$\\sqrt{32} = \\sqrt{16}\\sqrt{2}$, so $\\boxed{4\\sqrt{2}}$", "4\\sqrt{2}", _RADICAL_FORM, True),
        (
            "The distance is $\\boxed{\\sqrt{117}}$ units.",
            "3\\sqrt{13}",
            "Find the distance in simplest radical form.",
            False,
        ),
        (
            "The distance is $\\boxed{\\sqrt{117}}$ units.",
            "3\\sqrt{13}",
            "Find the distance between the points.",
            True,
        ),
        (
            "So $\\boxed{\\frac{1}{\\sqrt{2}}}$.",
            "\\frac{\\sqrt{2}}{2}",
            "Give it in simplest radical form.",
            False,
        ),
        (
            "So $\\boxed{\\frac{\\sqrt{2}}{2}}$.",
            "\\frac{\\sqrt{2}}{2}",
            "Give it in simplest radical form.",
            True,
        ),
    ],
)
def test_simplest_radical_form_asked(completion, gold, problem, correct):
    """Where the problem asks for simplest radical form, a square factor left under a root, or a root left in a
    denominator, is not that form; without the request the same value is right."""
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("\\$1,450 billion", "1450000000000"),
        ("1.45 trillion", "1450000000000"),
        ("%20", "20\\%"),
        ("% 2.5", "2.5\\%"),
        ("1250 TL", "1250"),
        ("2tl", "2tl"),  # (a product of two names, in lower case: no lira)
    ],
)
def test_scaled_and_signed_numbers_normalise(text, normalised):
    assert normalize_answer(text) == normalised


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("So $\\boxed{n \\equiv 0 \\pmod{3}}$.", "correct"),
        ("So $\\boxed{n = 3k}$ for an integer $k$.", "correct"),
        ("So $\\boxed{5}$.", "incorrect"),
        ("**Answer:** the integers $n \\ge 3$.", "incorrect"),
    ],
)
def test_a_divisibility_gold_is_a_residue_class_not_a_bad_gold(completion, status):
    """ "3 \\mid n" is the class of the multiples of 3: an answer of another kind is wrong, never a gold that cannot be
    read (which would keep the answer from being graded at all)."""
    assert verify(completion, "3 \\mid n").status == status


_ANSWER_ALONE = {
    "functions named as code names them": [
        ("atan(1)", "\\frac{\\pi}{4}", True),
        ("atan(1)", "\\frac{\\pi}{3}", False),
        ("asin(1/2)", "\\frac{\\pi}{6}", True),
        ("binomial(6,2)", "15", True),
        ("nCr(6, 2)", "15", True),
        ("nCr(6, 2)", "30", False),
        ("comb(6,2)", "\\binom{6}{2}", True),
    ],
    "chemistry as written: states, Unicode counts and charges": [
        # a species' state is no part of it; counts and charges in Unicode are counts and charges
        ("O_2(g) + 2H_2(g) \\rightarrow 2H_2O(l)", "2H_2 + O_2 \\rightarrow 2H_2O", True),
        ("O_2(g) + H_2(g) \\rightarrow H_2O(l)", "2H_2 + O_2 \\rightarrow 2H_2O", False),
        ("Ag^+(aq)+Cl^-(aq)\\rightarrow AgCl(s)", "\\mathrm{Ag^+ + Cl^- \\rightarrow AgCl}", True),
        ("Ag^+ + Cl^- \\rightarrow AgCl_2", "\\mathrm{Ag^+ + Cl^- \\rightarrow AgCl}", False),
        ("CH₄ + 2O₂ → CO₂ + 2H₂O", "\\mathrm{CH_4 + 2O_2 \\rightarrow CO_2 + 2H_2O}", True),
        ("CH₄ + O₂ → CO₂ + 2H₂O", "\\mathrm{CH_4 + 2O_2 \\rightarrow CO_2 + 2H_2O}", False),
        ("Fe³⁺", "\\mathrm{Fe}^{3+}", True),
        ("Fe²⁺", "\\mathrm{Fe}^{3+}", False),
    ],
    "two cases of a letter in one answer are two names (latex2sympy reads every name in lower case)": [
        # one answer writing a name in two cases writes two quantities: the field inside a planet of radius R
        ("\\frac{GM}{r^2}", "\\frac{G M r}{R^3}", False),
        ("\\frac{G M r}{R^{3}}", "\\frac{GMr}{R^3}", True),
        ("\\frac{GMr}{R^3}", "\\frac{G M}{r^2}", False),
        ("\\frac{M v^2}{r}", "\\frac{m v^2}{R}", False),
    ],
}


@pytest.mark.parametrize(("answer", "gold", "correct"), table_params(_ANSWER_ALONE))
def test_the_verdict_of_an_answer_alone(answer, gold, correct):
    """Each kind of answer (the keys of ``_ANSWER_ALONE``) boxed at the end of a sentence, with twins."""
    assert verify(f"So the answer is $\\boxed{{{answer}}}$.", gold).correct is correct
