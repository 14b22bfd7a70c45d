"""Readings the forty-eighth session's blind probes (597-604) found missing: the short labels of small models'
answer lines ("Ans. 12", "Result = 12", "=> 12") and "=>" as the arrow of a step, not a spelling of \\geq; one value
given to several names ("$a=b=1$", "$m = 3$, $n = 3$"); plain math a worded cue states after a math span; partial
fractions asked; a quotient stated with its remainder; a formula worked out to a value in its unit ("W = F d = ... =
150 J") and results ending on a unit after "≈" or in scientific notation; a temperature named with a Unicode
subscript; hedges, decimal commas and scale words in other languages; options whose label stands alone in its math, golds that give an option's words, a choice letter that
is also the problem's unknown, a letter boxed with another option's value, and roman-numeral statements after a
letter. Each kind has a twin that goes the other way."""

from __future__ import annotations

import pytest
from tests._verdict_tables import table_params

from openrs_rewards import verify
from openrs_rewards.verifiers.choices import choice_values
from openrs_rewards.verifiers.normalize import normalize_answer

_COMPLETIONS = {
    "short labels of an answer line": [
        ("Total = 5 + 7 = 12 apples.\nAns. 12", "12", True),
        ("Ans: 12", "12", True),
        ("So 3 * 4.\nResult = 12", "12", True),
        ("Answer - 12", "12", True),
        ("3x - 7 = 8\n3x = 15\nx = 5\nAns:- x = 5", "5", True),
        ("Ans: 13", "12", False),
        ("Ans: 12\nAns: 15", "12", False),
        ("Girls: 15 out of 25.\n15/25 = 0.6 = 60%\nFinal answer -> 60%", "60", True),
        ("Girls: 15 out of 25.\nFinal answer -> 40%", "60", False),
        ("The train travels 54 km in 6 hours, so 54 ÷ 6 = 9 km per hour.\n\n_Answer:_ 9", "9", True),
        ("The train travels 54 km in 6 hours.\n\n_Answer:_ 8", "9", False),
        # (a key of a data format is no label in italics)
        ("```yaml\nsolution:\n  x: 1\n  y: 2\nfinal_answer: '(1, 2)'\n```", "(1,2)", True),
    ],
    "the arrow of a step": [
        ("Step 1: 3 groups of 4\n=> 12", "12", True),
        ("3*4 => 12", "12", True),
        ("The total is 3*4 => 12.", "12", True),
        ("The total is 3*4 => 12.", "4", False),
        ("So x + 2 = 6 => x = 4.", "4", True),
        ("So x + 2 = 6 => x = 4.", "6", False),
        # (an arrow line is a step when another line concludes after it)
        ("Let the number be x. Then 4x - 5 = 7.\n⇒ 4x = 12\n∴ x = 3", "3", True),
        ("Let the number be x. Then 4x - 5 = 7.\n⇒ 4x = 12\n∴ x = 3", "12", False),
    ],
    "one value given to several names": [
        ("By symmetry of the system, the only solution is $a=b=1$.", "(a,b)=(1,1)", True),
        ("By symmetry of the system, the only solution is $a=b=1$.", "(a,b)=(1,2)", False),
        ("By symmetry of the system, the only solution is $a=b=2$.", "(a,b)=(1,1)", False),
        ("$(a,b)=(1,1)$", "a=b=1", True),
        ("$a=c=1$", "(a,b)=(1,1)", False),
        ("Hence $m = 3$, $n = 3$.", "(3,3)", True),
        ("Hence $m = 3$ and $n = 3$.", "(3,3)", True),
        ("Hence $m = 3$ and $n = 4$.", "(3,3)", False),
        # (one name said twice is one answer)
        ("So $x = 3$ and $x = 3$ again.", "3", True),
    ],
    "plain math after a span": [
        ("Each vertex has degree $n$, so the count is n(n+1)/2.", "\\frac{n(n+1)}{2}", True),
        ("Each vertex has degree $n$, so the count is n(n-1)/2.", "\\frac{n(n+1)}{2}", False),
        ("Since $a=2$, the area is 3π.", "3\\pi", False),
    ],
    "a quotient and its remainder": [
        ("<think>\nlong division\n</think>\nThe quotient is x^2 + x + 1 with remainder 0.", "x^2+x+1", True),
        ("The quotient is 12 with remainder 3.", "12", True),
        ("The quotient is 12 with remainder 3.", "3", False),
        ("17 = 5 · 3 + 2, so the remainder is 2.", "2", True),
    ],
    "a formula worked out to a value in its unit": [
        ("So W = F d = (30 N)(5.0 m) = 150 J.", "150", True),
        ("So W = F d = (30 N)(5.0 m) = 150 J.", "150\\text{ J}", True),
        ("So W = F d = (30 N)(5.0 m) = 150 J.", "15", False),
        ("Friction acts against the motion:\n\nW_f = −f d = −(30 N)(5.0 m) = −150 J", "-150\\text{ J}", True),
        ("Friction acts against the motion:\n\nW_f = −f d = −(30 N)(5.0 m) = −150 J", "150\\text{ J}", False),
    ],
    "a computation with a minus sign of its own": [
        ("So −965.1 + 74.8 = −890.3 kJ.", "-890.3", True),
        ("So the total is 15 + 15 = 20 cookies.", "20", False),
        ("So 20 − 5 = 15 apples.", "15", True),
        ("So 20 − 5 = 14 apples.", "14", False),
    ],
    "a result's unit ends its line": [
        ("KE = ½mv² = ½(1200)(15.3)² = 140 454 J ≈ 140 kJ", "140", True),
        ("λ = h/p = 6.626×10⁻³⁴ / 5.402×10⁻²⁴ = 1.2265 × 10⁻¹⁰ m ≈ 1.23 Å", "1.23", True),
        ("Δm = 2.5 log₁₀(100) = 2.5 × 2 = 5.0 mag", "5", True),
        ("k = ln 2 / t½ = 0.693 / 10.0 min = 6.93 × 10⁻² min⁻¹", "0.0693\\text{ min}^{-1}", True),
        ("k = ln 2 / t½ = 0.693 / 10.0 min = 6.93 × 10⁻² min⁻¹", "0.693\\text{ min}^{-1}", False),
        # (a word cut short after the number is no unit)
        ("The total = 3 + 4 = 12 ap", "12", False),
    ],
    "a temperature named with a subscript": [
        ("At constant volume P/T is constant.\n\n**T₂ = 300 °C**", "300\\text{ K}", False),
        ("At constant volume P/T is constant.\n\n**T₂ = 300 K**", "300\\text{ K}", True),
    ],
    "a gold that gives an option's words": [
        ("So $x^2 = -4$ has no real solution.\n\n$\\boxed{E}$", "(E) \\text{none of these}", True),
        ("No listed value works.\n\n$\\boxed{\\text{none of these}}$", "(E) \\text{none of these}", True),
        ("$\\boxed{D}$", "(E) \\text{none of these}", False),
        ("$\\boxed{-4}$", "(E) \\text{none of these}", False),
    ],
    "a hedge in another language": [
        ("Non sono sicuro: potrebbe essere 10 oppure 12.", "12", False),
        ("Cevap 20 ya da 25 olabilir.", "25", False),
        ("Cevap 20 veya 25.", "25", False),
        ("La risposta è 12.", "12", True),
        ("Cevap 25.", "25", True),
    ],
    "the last line's answer words set the decimal comma": [
        ("The two middle values are 2 and 3, so the median is (2 + 3)/2 = 2.5.\n\nОтвет: 2,5", "2.5", True),
        ("The two middle values are 2 and 3, so the median is (2 + 4)/2 = 3.\n\nОтвет: 3,5", "2.5", False),
    ],
    "a scale word of another language after the digits": [
        ("Réponse : 3 milliards", "3000000000", True),
        ("Réponse : 4 milliards", "3000000000", False),
        ("Ergebnis: 2,4 Mio. Einwohner", "2400000", True),
        ("Jawaban: 1,5 juta rupiah", "1500000", True),
        ("Jawaban: 1,5 juta rupiah", "1.5", False),
    ],
    "every integer, said in words": [
        (
            "$n^3-n=(n-1)n(n+1)$ is always divisible by 6. So every integer $n$ works.",
            "\\text{all integers } n",
            True,
        ),
        ("Thus $n$ can be any integer.", "\\text{all integers } n", True),
        ("So every integer $n$ works.", "n=1", False),
        ("If $n$ is odd, every integer $n$ works.", "\\text{all integers } n", False),
    ],
    "a family's parameter declared after plain math": [
        (
            "$\\tan x=1$ at $x=\\pi/4$, so x = π/4 + nπ, n an integer.",
            "x=\\frac{\\pi}{4}+k\\pi,\\ k\\in\\mathbb{Z}",
            True,
        ),
        ("So x = π/4 + nπ, where n is an integer.", "x=\\frac{\\pi}{4}+k\\pi,\\ k\\in\\mathbb{Z}", True),
        ("So x = π/3 + nπ, n ∈ Z.", "x=\\frac{\\pi}{4}+k\\pi,\\ k\\in\\mathbb{Z}", False),
    ],
    "approximately, as contest solutions write it": [
        ("So $r \\doteq 4.2 \\%$.", "4.2", True),
        ("So $r \\simeq 4.2$.", "4.2", True),
        ("So $r \\doteq 4.3$.", "4.2", False),
    ],
    "what a number ends with": [
        ("Therefore, the 15 th term ends with 233 zeroes.", "233", True),
        ("So it ends with 232 zeroes.", "233", False),
    ],
    "one value given to the parts of a bare list": [
        ("Since $ab=4$, then $-2b=4$ and so $b=-2$.\n\nThus, $a=b=-2$.", "-2,-2", True),
        ("Thus, $a=b=2$.", "-2,-2", False),
        ("Thus, $a=b=c=-2$.", "-2,-2", False),
    ],
    "the name of an equation is no value": [
        ("So $f(x) \\equiv 1$ is the unique function satisfying $(*)$.", "f(x)=1", True),
        ("So $x=3$ satisfies $(*)$.", "2", False),
    ],
    "a value found, then the expression asked worked out from it": [
        ("Thus $x=2^{10}$, and $\\log _{2} \\sqrt{x}=\\log _{2} 2^{5}=5$.", "5", True),
        ("Thus $x=2^{10}$, and $\\log _{2} \\sqrt{x}=\\log _{2} 2^{5}=5$.", "2^{10}", False),
        ("Hence $3 \\nmid 16-m$, and $d(16, m)=d(16-m)=1$.", "1", True),
        # (two values, each of its own name, stay a pair)
        ("So $x = 2$ and $y = x + 1 = 3$.", "(2,3)", True),
    ],
    "two tags that end the text": [
        ("<think>7 + 5 = 12</think>\n<answer>12</answer>\n<final>15</final>", "15", True),
        ("<think>7 + 5 = 12</think>\n<answer>12</answer>\n<final>15</final>", "12", False),
        ("<answer>Is it 8?</answer>", "8", False),
        ("<answer>8</answer>", "8", True),
    ],
    "values named one by one in the final sentence": [
        (
            "Equating gives x = 2, and y = 5. So x is 2 and y is 5, which is where the two lines meet.",
            "(2,5)",
            True,
        ),
        (
            "Solving gives y = 2 and x = 5.\n\nSo the intersection point is where y is 2 and x is 5.",
            "(5,2)",
            True,
        ),
        (
            "Solving gives y = 2 and x = 5.\n\nSo the intersection point is where y is 2 and x is 5.",
            "(2,5)",
            False,
        ),
        (
            "Mean $= 4$. Median is the middle value, $3$.\n\nSo the mean is 4 and the median is 3.",
            "(4,3)",
            True,
        ),
        ("$47 = 5 \\cdot 9 + 2$, so the quotient is $9$ and the remainder is $2$.", "(9,2)", True),
        ("$47 = 5 \\cdot 9 + 2$, so the quotient is $9$ and the remainder is $2$.", "(2,9)", False),
        ("So x is 1,200 and y is 5.", "(1200,5)", True),
        # (letters other than coordinates keep their names)
        ("The slope is 3, so m = 2 and c = 3.", "m = 3, c = 2", False),
        ("The slope is 3, so m = 3 and c = 2.", "m = 3, c = 2", True),
    ],
    "the reals but a point, said in words": [
        (
            "Division by zero at $x = 3$. So $f$ is defined for every real $x$ except $x = 3$.",
            "(-\\infty,3)\\cup(3,\\infty)",
            True,
        ),
        ("So $f$ is defined for every real $x$ except $x = 2$.", "(-\\infty,3)\\cup(3,\\infty)", False),
    ],
    "a computation ending in a number and its unit": [
        ("So the distance = 12 × 5 = 60 m.", "60 \\text{ m}", True),
        ("So the distance = 12 × 5 = 50 m.", "50", False),
    ],
    "a unit after the span": [
        ("The speed is $3.0 \\times 10^8$ km/s.", "3.0 \\times 10^8 \\text{ m/s}", False),
        ("The speed is $3.0 \\times 10^8$ m/s.", "3.0 \\times 10^8 \\text{ m/s}", True),
        ("The length is $5$ cm.", "5\\text{ m}", False),
        ("The length is $5$ cm.", "5", True),
    ],
    "plain-text formulas of physics": [
        ("KE = (1/2)*m*v0^2", "\\frac{1}{2} m v_0^2", True),
        ("KE = (1/2)*m*v1^2", "\\frac{1}{2} m v_0^2", False),
        ("V(t) = V0*exp(-t/(R*C))", "V_0 e^{-t/RC}", True),
        ("The answer is v = sqrt(T/mu).", "\\sqrt{\\frac{T}{\\mu}}", True),
        ("By Coulomb's law, F = q^2/(4*pi*epsilon_0*r^2).", "\\frac{q^2}{4\\pi\\epsilon_0 r^2}", True),
        ("By Coulomb's law, F = q^2/(2*pi*epsilon_0*r^2).", "\\frac{q^2}{4\\pi\\epsilon_0 r^2}", False),
        ("From Bragg's law, d = lambda/(2 sin(theta)).", "\\frac{\\lambda}{2\\sin\\theta}", True),
        # (a coefficient before a power is no subscript)
        ("So the sum is n2^(n+1) - 2^(n+1) + 2.", "n2^{n+1}-2^{n+1}+2", True),
    ],
    "a check in brackets after the box": [
        (
            "Thus the remainder is $\\boxed{376}$. (Maybe I should double check: the last digits are ...205376.)",
            "376",
            True,
        ),
        ("Thus the remainder is $\\boxed{376}$. (Maybe 377.)", "376", False),
    ],
    "a label before a set": [
        ("Need $|x|\\ge 2$.\n\nDomain: x ∈ (−∞, −2] ∪ [2, ∞)", "(-\\infty,-2]\\cup[2,\\infty)", True),
        ("Need $|x|\\ge 2$.\n\nDomain: x ∈ (−∞, −2) ∪ [2, ∞)", "(-\\infty,-2]\\cup[2,\\infty)", False),
    ],
    "outside an interval": [
        ("Hence the solution is $x \\notin [-1, 4]$.", "(-\\infty,-1)\\cup(4,\\infty)", True),
        ("Hence the solution is $x \\notin (-1, 4)$.", "(-\\infty,-1)\\cup(4,\\infty)", False),
    ],
    "solutions one per row": [
        ("$(x-5)(x+2)=0$:\n\\[\n\\begin{array}{l}\nx_1 = -2 \\\\\nx_2 = 5\n\\end{array}\n\\]", "-2, 5", True),
        ("$(x-5)(x+2)=0$:\n\\[\n\\begin{aligned}\nx_1 &= -2 \\\\\nx_2 &= 5\n\\end{aligned}\n\\]", "5", False),
        # (a derivation's rows end on its result)
        ("\\[\\begin{aligned} 2x &= 18 \\\\ x &= 9 \\end{aligned}\\]", "9", True),
    ],
    "a follow-up exercise or an apology after the answer": [
        ("So $x = \\frac{1}{2}$.\n\nYou could also try $2x + 3 = 11$, which gives $x = 4$. 🙂", "4", False),
        (
            "So $x = \\frac{1}{2}$.\n\nYou could also try $2x + 3 = 11$, which gives $x = 4$. 🙂",
            "\\frac12",
            True,
        ),
        (
            "15% of 80 = 12.\n\nSo the answer is **12**.\n\nTry a similar one: what is 15% of 60? (Answer: 9)",
            "12",
            True,
        ),
        (
            "The balance is **$1,050**.\n\nCan you figure out the 8% case? (Hint: you'd get $1,080.)",
            "1050",
            True,
        ),
        ("So the correct area is **28 cm²**. Sorry for the mix-up!", "28", True),
        ("It takes **3 hours**. Let me know if you'd like to see it in minutes (180 min)!", "3", True),
        # (an offer to do the work is no answer after it)
        (
            "Finally, calculate $m + n$.\n\nLet me know if you'd like me to work through the calculations.",
            "m+n",
            False,
        ),
    ],
    "values as sympy and Python print them": [
        ("The probability of at least one head is Rational(3, 4).", "\\frac{3}{4}", True),
        ("So p = Fraction(3, 4).", "\\frac{3}{4}", True),
        ("So p = Fraction(1, 4).", "\\frac{3}{4}", False),
        (
            "So the inverse is Matrix([[1, 2], [3, 4]]).",
            "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}",
            True,
        ),
        ("The solution set is Interval.Ropen(-1, 4).", "[-1, 4)", True),
        ("Answer: Eq(x, 3)", "3", True),
        ("The answer is 1 + I.", "1+i", True),
        ("The answer is 1 + I.", "1-i", False),
        ("Therefore f(x) = x**2 + 1.", "x^2 + 1", True),
    ],
    "the noun a formula counts, after plain math": [
        ("So there are (p-1)/2 quadratic residues.", "\\frac{p-1}{2}", True),
        ("So there are n(n+1)/2 handshakes.", "\\frac{n(n-1)}{2}", False),
        ("5 - 12 = -7. The temperature at night was 7°C below zero.", "-7", True),
        ("Let the number be x. Then x/3 + 8 = 12, so x = 12.\nHence, x equals twelve.", "12", True),
    ],
    "parts named by words, against a gold that names them": [
        (
            "**Final Answer**\n- Radius: $5$\n- Center: $(2, -3)$",
            "\\text{center } (2,-3),\\ \\text{radius } 5",
            True,
        ),
        (
            "**Final Answer**\n- Radius: $3$\n- Center: $(2, -3)$",
            "\\text{center } (2,-3),\\ \\text{radius } 5",
            False,
        ),
        ("The median is 8 and the mean is 9.", "\\text{mean } 9,\\ \\text{median } 8", True),
        ("The median is 9 and the mean is 8.", "\\text{mean } 9,\\ \\text{median } 8", False),
        (
            "The radius is $5$ and the center is $(2,-3)$.",
            "\\text{center } (2,-3),\\ \\text{radius } 5",
            True,
        ),
        ("$\\boxed{12, 840}$", "gcd 12, lcm 840", True),
        ("$\\boxed{840, 12}$", "gcd 12, lcm 840", False),
        ("HCF = 12\nLCM = 840", "gcd 12, lcm 840", True),
        ("HCF = 840\nLCM = 12", "gcd 12, lcm 840", False),
        ("- Slope: 1.5\n- y-intercept: -4", "slope 3/2, y-intercept -4", True),
        ("- Slope: -4\n- y-intercept: 1.5", "slope 3/2, y-intercept -4", False),
        # (two values offered for a part are no answer to it)
        (
            "So the width is $5$ cm or $-8$ cm, and the length is $8$ cm or $-5$ cm.",
            "\\text{length } 8,\\ \\text{width } 5",
            False,
        ),
        ("So the width is $5$ cm, and the length is $8$ cm.", "\\text{length } 8,\\ \\text{width } 5", True),
    ],
    "a question and its answer invented after the work": [
        (
            "We add the marbles she wins to those she has.\n\nQ: Tom has 10 marbles and wins 8 more. How many does he have?\nA: 10 + 8 = 18. The answer is 18.\n\n",
            "18",
            False,
        ),
        (
            "She has 12 + 6 = 18 marbles. The answer is 18.\n\nQ: Tom has 10 marbles and wins 7 more. How many does he have?\nA: 10 + 7 = 17. The answer is 17.",
            "18",
            True,
        ),
    ],
    "sentences of the Indic scripts and Urdu": [
        ("औसत गति = ८५ / २ = ४२.५\n\nअतः कार की औसत गति ४२.५ किमी/घंटा है।", "42.5", True),
        ("औसत गति = ८५ / २ = ४२.५\n\nअतः कार की औसत गति ४३.५ किमी/घंटा है।", "42.5", False),
        ("کل انڈے = ۶ × ۷ = ۴۲\n\nلہٰذا جواب ۴۲ ہے۔", "42", True),
        ("۸۱ ایک مکمل مربع ہے۔\n\nجواب شاید ۸ یا ۹ ہے۔", "9", False),
        ("$x = 5$ किंवा $x = 7$\n\nउत्तर ५ किंवा ७ असू शकते.", "7", False),
        ("x + 5 = 9\n\nவிடை 3 அல்லது 4 ஆக இருக்கலாம்.", "4", False),
    ],
    "word answers in other languages and by negation": [
        ("7^{25} es impar porque 7 es impar.\n\nLa suma es **impar**.", "odd", True),
        ("7^{25} es impar porque 7 es impar.\n\nLa suma es **impar**.", "even", False),
        ("Das Brett hat 25 Felder.\n\nAntwort: **unmöglich**", "impossible", True),
        ("So the answer is $\\boxed{\\text{not rational}}$.", "irrational", True),
        ("Si p > 2 fuera primo y par, sería divisible por 2.\n\n**Verdadero**.", "True", True),
        ("Si p > 2 fuera primo y par, sería divisible por 2.\n\n**Verdadero**.", "False", False),
        (
            "Der kleinste Teiler d > 1 ist stets eine Primzahl. Die Aussage ist also wahr.",
            "\\text{wahr}",
            True,
        ),
        (
            "A counterexample is a_n = 1/n, since Σ 1/n diverges. The statement is false.",
            "\\text{False}",
            True,
        ),
        (
            "A counterexample is a_n = 1/n, since Σ 1/n diverges. The statement is false.",
            "\\text{True}",
            False,
        ),
    ],
    "two counts, each under its own condition": [
        (
            "It depends on the reading. So there are 10 ways if no box holds two balls, or 35 ways if boxes can hold several.",
            "35",
            False,
        ),
        (
            "It depends on the reading. So there are 10 ways if no box holds two balls, or 35 ways if boxes can hold several.",
            "10",
            False,
        ),
        ("Stars and bars gives C(7, 3). So there are 35 ways.", "35", True),
    ],
    "a total given to someone, and a list of plain numbers": [
        ("Each notebook costs $3 and she buys 15, so 3 × 15 = 45. That gives us a total of $45.", "45", True),
        (
            "Each notebook costs $3 and she buys 15, so 3 × 15 = 45. That gives us a total of $45.",
            "15",
            False,
        ),
        ("The first five terms are −1, 2, −3, 4, −5.", "-1, 2, -3, 4, -5", True),
        ("So the roots with multiplicity are 3, 2, 2.", "2, 2, 3", True),
        ("So the roots are 3, 2.", "3", False),
        # (a thousands comma is no list)
        ("The total is 1,250.", "1250", True),
    ],
    "a question on why it holds, after the answer": [
        (
            "2x = 14, so x = 7. Thus x equals 7. Why does that work? Because 2 · 7 + 3 = 14 + 3 = 17.",
            "7",
            True,
        ),
        (
            "2x = 14, so x = 7. Thus x equals 7. Why does that work? Because 2 · 7 + 3 = 14 + 3 = 17.",
            "17",
            False,
        ),
    ],
    "roman-numeral statements after the letter": [
        (
            "I true, II false, III true.\n\n$\\boxed{\\textbf{(D)}\\ \\text{I and III only}}$",
            "\\text{(D)}",
            True,
        ),
        (
            "I true, II false, III true.\n\n$\\boxed{\\textbf{(D)}\\ \\text{I and III only}}$",
            "\\text{(C)}",
            False,
        ),
        ("$\\boxed{\\text{(B) II only}}$", "B", True),
        # (another letter after the first is still a hedge)
        ("$\\boxed{C \\lor D}$", "C", False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_COMPLETIONS))
def test_the_verdict_on_a_completion(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_an_ascii_arrow_is_no_relation() -> None:
    assert normalize_answer("x=>3") != normalize_answer("x \\geq 3")
    assert normalize_answer("x>=3") == normalize_answer("x \\geq 3")


def test_a_scale_word_of_another_language_multiplies_the_number() -> None:
    assert normalize_answer("1.5 juta") == "1500000"
    assert normalize_answer("25 nghìn") == "25000"
    assert normalize_answer("5 millionen") == "5000000"
    # ("mil" is a unit of length as often as Spanish for a thousand)
    assert normalize_answer("5 mil") == "5"


_PARTIAL_FRACTIONS = "Find the partial fraction decomposition of $\\frac{1}{x(x+1)}$."
_PLANE_SHAPES = (
    "Which quadrilateral has exactly one pair of parallel sides?\n\n$\\textbf{(A)}$ parallelogram "
    "$\\qquad\\textbf{(B)}$ rhombus $\\qquad\\textbf{(C)}$ trapezoid $\\qquad\\textbf{(D)}$ rectangle "
    "$\\qquad\\textbf{(E)}$ square"
)
_UNKNOWN_A = (
    "A number $A$ satisfies $2A + 3 = 13$. What is $A + 2$?\n\n$\\textbf{(A)}\\ 7 \\qquad\\textbf{(B)}\\ 5 "
    "\\qquad\\textbf{(C)}\\ 8 \\qquad\\textbf{(D)}\\ 10 \\qquad\\textbf{(E)}\\ 12$"
)
_LARGEST = (
    "Which of the following numbers is the largest?\n\n$\\textbf{(A)}\\ 0.9 \\qquad\\textbf{(B)}\\ 0.99 "
    "\\qquad\\textbf{(C)}\\ 0.909 \\qquad\\textbf{(D)}\\ 0.099 \\qquad\\textbf{(E)}\\ 0.999$"
)

_SINE = "In right triangle $ABC$ with the right angle at $C$, $AC = 5$ and $BC = 12$. Find $\\sin A$."
_RADIANS_TURNED = "A wheel makes 3 full revolutions. Through how many radians does it turn?"
_TENSION = "Two masses m_1 and m_2 hang over a massless frictionless pulley. Find the tension in the string."
_MEAN_AND_MEDIAN = (
    "For the data set $1, 2, 3, 4, 10$, find the mean and the median. Enter your answer as (mean, median)."
)
_SUM_AND_PRODUCT = "Find the sum and the product of the roots of $2x^2 - 7x + 3 = 0$."
_TERMS_IN_ORDER = (
    "The first term is $2$ and the common difference is $3$. List the first four terms in order."
)
_SOLVE_TWICE = "Solve for $x$: $2x + 7 = 4$."
_FIRST_TERMS = "Write the first five terms of the sequence defined by a_1 = 2 and a_{n+1} = 3a_n - 1."
_WITH_PROBLEMS = {
    "the first terms of a sequence, in their order": [
        (
            "3*2-1 = 5, 3*5-1 = 14, ...\n\n$$\\boxed{122, 41, 14, 5, 2}$$",
            _FIRST_TERMS,
            "2, 5, 14, 41, 122",
            False,
        ),
        (
            "3*2-1 = 5, 3*5-1 = 14, ...\n\n$$\\boxed{2, 5, 14, 41, 122}$$",
            _FIRST_TERMS,
            "2, 5, 14, 41, 122",
            True,
        ),
    ],
    "the last line of an invented problem is not this one's": [
        (
            "Subtracting 7, $2x = -3$, so $x = -\\frac32$.\nFinal Answer: The final answer is $x=-\\frac32$. I hope it is correct.\n\nProblem:\nSolve for $x$: $3x - 2 = 7$.\n\nSolution:\n$3x = 9$, so $x = 3$.\nFinal Answer: The final answer is $x=3$. I hope it is correct.",
            _SOLVE_TWICE,
            "-\\frac{3}{2}",
            True,
        ),
        (
            "Subtracting 7, $2x = -3$, so $x = -\\frac32$.\nFinal Answer: The final answer is $x=-\\frac32$. I hope it is correct.\n\nProblem:\nSolve for $x$: $3x - 2 = 7$.\n\nSolution:\n$3x = 9$, so $x = 3$.\nFinal Answer: The final answer is $x=3$. I hope it is correct.",
            _SOLVE_TWICE,
            "3",
            False,
        ),
    ],
    "two parts asked by name, and a list asked in order": [
        (
            "So the answer is $\\boxed{\\frac{3}{2},\\ \\frac{7}{2}}$.",
            _SUM_AND_PRODUCT,
            "\\frac{7}{2},\\ \\frac{3}{2}",
            False,
        ),
        (
            "So the answer is $\\boxed{\\frac{7}{2},\\ \\frac{3}{2}}$.",
            _SUM_AND_PRODUCT,
            "\\frac{7}{2},\\ \\frac{3}{2}",
            True,
        ),
        ("$\\boxed{11, 8, 5, 2}$", _TERMS_IN_ORDER, "2, 5, 8, 11", False),
        ("$\\boxed{2, 5, 8, 11}$", _TERMS_IN_ORDER, "2, 5, 8, 11", True),
        ("$\\boxed{2, 1}$", "Find all real x and y such that x+y=3 and xy=2.", "1, 2", True),
    ],
    "a symbol of the measure asked": [
        (
            "Solving, $$T = \\frac{2g}{\\frac{1}{m_1}+\\frac{1}{m_2}}$$",
            _TENSION,
            "\\frac{2 m_1 m_2 g}{m_1 + m_2}",
            True,
        ),
        (
            "Solving, $$T = \\frac{g}{\\frac{1}{m_1}+\\frac{1}{m_2}}$$",
            _TENSION,
            "\\frac{2 m_1 m_2 g}{m_1 + m_2}",
            False,
        ),
        ("Mean is 4, median is 3.\n\nSo the mean is 4 and the median is 3.", _MEAN_AND_MEDIAN, "(4,3)", True),
        (
            "Mean is 4, median is 3.\n\nSo the mean is 4 and the median is 3.",
            _MEAN_AND_MEDIAN,
            "(3,4)",
            False,
        ),
    ],
    "a function named in plain text": [
        ("AB = 13. The side opposite A is BC = 12, so sin A = 12/13.", _SINE, "\\frac{12}{13}", True),
        ("AB = 13. So cos A = 5/13.", _SINE, "\\frac{12}{13}", False),
    ],
    "radians asked by a count": [
        (
            "Each revolution is 360°, so 3 × 360° = 1080°.\n\n**Answer:** 1080°",
            _RADIANS_TURNED,
            "6\\pi",
            False,
        ),
        ("So it turns $6\\pi$ radians.", _RADIANS_TURNED, "6\\pi", True),
    ],
    "partial fractions asked": [
        (
            "So the answer is $\\boxed{\\frac{1}{x(x+1)}}$.",
            _PARTIAL_FRACTIONS,
            "\\frac{1}{x}-\\frac{1}{x+1}",
            False,
        ),
        ("$\\boxed{\\frac{1}{x}-\\frac{1}{x+1}}$", _PARTIAL_FRACTIONS, "\\frac{1}{x}-\\frac{1}{x+1}", True),
        ("$\\boxed{-\\frac{1}{x+1}+\\frac{1}{x}}$", _PARTIAL_FRACTIONS, "\\frac{1}{x}-\\frac{1}{x+1}", True),
        # (without the task, one fraction of the same value is the same answer)
        (
            "$\\boxed{\\frac{1}{x(x+1)}}$",
            "Simplify $\\frac{1}{x}-\\frac{1}{x+1}$.",
            "\\frac{1}{x}-\\frac{1}{x+1}",
            True,
        ),
    ],
    "options whose label stands alone in its math": [
        ("A trapezoid has exactly one.\n\n$\\boxed{\\text{trapezoid}}$", _PLANE_SHAPES, "\\text{(C)}", True),
        ("A rhombus has two.\n\n$\\boxed{\\text{rhombus}}$", _PLANE_SHAPES, "\\text{(C)}", False),
        ("The last one is a square.\n\n$\\boxed{\\text{square}}$", _PLANE_SHAPES, "\\text{(E)}", True),
    ],
    "a choice letter that is also the problem's unknown": [
        (
            "From $2A + 3 = 13$ we get $A = 5$, so $A + 2 = 7$. The answer is (A).",
            _UNKNOWN_A,
            "\\text{(A)}",
            True,
        ),
        ("From $2A + 3 = 13$ we get $A = 5$. The answer is (B).", _UNKNOWN_A, "\\text{(A)}", False),
    ],
    "a letter boxed with another option's value": [
        (
            "0.99 has the most nines, so it is the largest.\n\n$\\boxed{\\text{(E) } 0.99}$",
            _LARGEST,
            "\\text{(E)}",
            False,
        ),
        ("0.999 is the largest.\n\n$\\boxed{\\text{(E) } 0.999}$", _LARGEST, "\\text{(E)}", True),
    ],
}


@pytest.mark.parametrize(("completion", "problem", "gold", "correct"), table_params(_WITH_PROBLEMS))
def test_the_verdict_with_the_problem(completion: str, problem: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold, problem=problem).correct is correct


def test_options_read_when_each_label_stands_alone_in_its_math() -> None:
    assert choice_values(_PLANE_SHAPES) == {
        "A": "parallelogram",
        "B": "rhombus",
        "C": "trapezoid",
        "D": "rectangle",
        "E": "square",
    }


def test_a_latex_comment_line_ends_at_the_reasoning_s_closing_tag() -> None:
    # (found by hypothesis in test_extract's test_text_inside_the_thinking_never_matters: "%" opened a comment that
    # swallowed "</think>0", and with it the answer after the reasoning)
    from openrs_rewards.verifiers.extract import ExtractionConfig, extract_answer

    strict = ExtractionConfig(answer_region="after_reasoning")
    assert extract_answer("<think>\n%</think>0", strict) == extract_answer("</think>0", strict)
    assert extract_answer("<think>\n%</think>0") is not None
    # (a comment line elsewhere still hides a box: "% \boxed{12}" is no answer)
    assert extract_answer("The answer is $\\boxed{7}$.\n% \\boxed{12}").text == "7"
