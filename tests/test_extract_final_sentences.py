"""Final sentences and stated answers that used to be misread: one value of a list of assignments, an equation in
standard form read as its 0, a percent sign dropped, an escaped dollar, the Unicode minus, a hedge after the
answer, an answer taken back, a reason given after the stated value, Unicode fractions and superscripts, scale
words. Each with the near miss that must not move."""

from __future__ import annotations

import pytest

from openrs_rewards import verify
from openrs_rewards.verifiers.options import REWARD_OPTIONS


def statuses_with_and_without_fallback(completion: str, gold: str) -> tuple[str, str]:
    """The verdict's status with the last-number fallback (verify's default) and without it (the rewards')."""
    with_fallback = verify(completion, gold, last_number_fallback=True).status
    return with_fallback, verify(completion, gold, last_number_fallback=False).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # A list of assignments is read whole: never one of its values.
        ("The solutions are x=1 and x=2.", "2", "incorrect"),
        ("The solutions are x=1 and x=2.", "1, 2", "correct"),
        ("So we have a=2, b=5.", "5", "incorrect"),
        ("So we have a=2, b=5.", "(2, 5)", "correct"),
        ("Then x=3 \\text{ and } y=4.", "4", "incorrect"),
        ("So x = 2+3 = 5.", "5", "correct"),  # a chain of one value is still read
        ("Since a = 3, we get b = 12.", "12", "correct"),
        # An equation in standard form is a condition, not the value 0 (read whole, as in a box).
        ("The line is 2x - y + 1 = 0.", "0", "incorrect"),
        ("The line is 2x - y + 1 = 0.", "y = 2x + 1", "correct"),
        ("\\boxed{x^2-5x+6=0}", "0", "incorrect"),
        ("\\boxed{f(9)-f(3)=0}", "0", "correct"),  # the value of f(9)-f(3)
        ("\\boxed{p+q=95}", "95", "correct"),
        ("So the sum is 3 - 3 = 0.", "0", "correct"),
        # A percent sign belongs to the number.
        ("So the share is 25\\%.", "\\frac{1}{4}", "correct"),
        ("So the share is 25\\%.", "25", "correct"),
        ("So 40 percent.", "0.4", "correct"),
        ("So 25 apples.", "\\frac{1}{4}", "incorrect"),
        # An escaped dollar is a currency sign, inside a math span or in prose.
        ("The total cost is $\\$1,250$.", "1250", "correct"),
        ("She makes $\\$18$ per day.", "18", "correct"),
        ("Janet makes \\$18 every day.", "18", "correct"),
        ("Janet makes \\$18 every day.", "19", "incorrect"),
        # A closing check is no answer of its own: the guesses read the sentence before it.
        (
            "So Janet makes 18 dollars a day.\n\nCheck: $9 \\times 2 = 18$ and $3 + 4 + 9 = 16$ \u2713.",
            "18",
            "correct",
        ),
        ("So the area is $84$. For comparison, a 5-12-13 triangle has area $30$.", "30", "incorrect"),
        (
            "The area is $84$.\n\nVerification: the height is $12$, and $\\tfrac12 \\cdot 14 \\cdot 12 = 84$.",
            "84",
            "correct",
        ),
        (
            "Check: the total is 5.\n\nSo the total is 7.",
            "7",
            "correct",
        ),  # a check before the final paragraph
        # ... nor one after an interjection ("Hmm, let me double-check ...")
        (
            "So the least value is $6$.\n\nHmm, let me double-check with AM-GM: $x + 9/x \\ge 6$, at $x = 3$. Yes.",
            "6",
            "correct",
        ),
        # The value before a detail the sentence adds: where it comes from, what it is compared with, why (after
        # "it's"); not the sum it arrives at ("for a total of"), nor after an adverb ("each exactly once,")
        ("So Omar makes 42 dollars a week from selling 14 cakes.", "42", "correct"),
        ("So he has 12 marbles left, compared to 30 at the start.", "12", "correct"),
        ("So he has 12 marbles left, compared to 30 at the start.", "30", "incorrect"),
        ("It's 25, because only 5 of the 30 seats are taken.", "25", "correct"),
        ("That takes 9 minutes for the rest, for a total of 21 minutes.", "21", "correct"),
        ("So each lamp is switched exactly once, for a total of 21 minutes.", "21", "correct"),
        # A line "Final Answer" of its own over the value (a heading without markdown) is an answer's label.
        ("The work is above.\n\nFinal Answer\n\n64", "64", "correct"),
        ("<think>\nshort\n</think>\n\nFinal Answer\n$\\frac{5}{2}$", "\\frac{5}{2}", "correct"),
        # ... nor one whose own last line restates a variable's value: that line is the final word
        ("x = 4.\nCheck: 3(4) - 7 = 5, not 8. Redo: 3x = 15, so x = 5.\nx = 5", "5", "correct"),
        ("x = 4.\nCheck: 3(4) - 7 = 5, not 8. Redo: 3x = 15, so x = 5.\nx = 5", "4", "incorrect"),
        ("So $y = 3$.\nCheck: $2(3) + 1 = 7$ \u2713\n$y = 3$", "3", "correct"),
        # A count in words stated by the final sentence's verb (or opening it), compounds too; not "one of".
        ("The result is eighteen.", "18", "correct"),
        ("So the total is eighty-one.", "81", "correct"),
        ("The answer is eighty-one.", "80", "incorrect"),
        ("It is one of them.", "1", "no_answer"),
        # a fraction in words is the fraction, never its first word's count; a sign word makes a negative number
        ("The probability is one third.", "\\frac{1}{3}", "correct"),
        ("The probability is one third.", "1", "incorrect"),
        ("So the probability is two-thirds.", "\\frac{2}{3}", "correct"),
        ("The chance is one in six.", "\\frac{1}{6}", "correct"),
        ("One quarter of the marbles are red.", "\\frac{1}{4}", "correct"),
        ("One quarter of the marbles are red.", "1", "incorrect"),
        ("So x equals negative five.", "-5", "correct"),
        ("So x is minus two.", "2", "incorrect"),
        # A power of a number, a number with a scale word (or a number word before it), a congruence's residue.
        ("So there are 10^6 strings.", "1000000", "correct"),
        ("So there are 2^{10} subsets.", "1024", "correct"),
        ("So there are 10^6 strings.", "6", "incorrect"),
        ("The population is 1.2 million people.", "1200000", "correct"),
        ("The answer is one million.", "1000000", "correct"),
        ("**Answer:** one million strings", "1000000", "correct"),
        ("So $2^{100} \\equiv 2 \\pmod{7}$.", "2", "correct"),
        ("Hence $x \\equiv 3 \\pmod{7}$.", "7", "incorrect"),
        # An apposition after the stated value; a subscripted name is no value; a root sign in prose.
        ("So the answer is 2, the remainder on dividing by 7.", "2", "correct"),
        ("The answer is $\\sqrt{2}$, i.e. about 1.41.", "\\sqrt{2}", "correct"),
        ("Hence the value of $a_{10}$ is 55.", "55", "correct"),
        ("Hence the value of $a_{10}$ is 55.", "10", "incorrect"),
        ("The diagonal is 5\u221a2.", "5\\sqrt{2}", "correct"),
        ("The diagonal is 5\u221a2.", "5", "incorrect"),
        # The Unicode minus sign.
        ("So x = \u22125.", "-5", "correct"),
        ("The slope is \u22122/3.", "-\\frac{2}{3}", "correct"),
        ("So x = \u22125.", "5", "incorrect"),
        # An en dash typed as a minus where only a sign can stand; a range or a spaced dash in prose is none.
        ("So x = \u20135.", "-5", "correct"),
        ("Answer: \u20135", "-5", "correct"),
        ("The answer is $\u2013 \\frac{2}{3}$.", "-\\frac{2}{3}", "correct"),
        ("Children aged 3\u20135.", "-2", "no_answer"),
        ("The total \u2013 12 \u2013 is what we found.", "-12", "no_answer"),
        # A hedge after the answer: both values, never one of them.
        ("$\\boxed{5}$ or maybe $\\boxed{6}$", "6", "incorrect"),
        ("$\\boxed{5}$ or $\\boxed{6}$", "5", "incorrect"),
        ("I think the answer is B, but it could be C.", "B", "incorrect"),
        ("The answer is (B).", "B", "correct"),
        # An answer taken back in a later sentence is no answer.
        ("So the answer is 5. Wait, no, it's 6.", "5", "no_answer"),
        ("The final answer is 5. Wait, actually it's 6.", "5", "no_answer"),
        # (the value stated after it is the answer, as after "Scratch that" below; it was once no answer by accident:
        # "is 6." read as the item after "5." of a list)
        ("The answer is 5. On second thought, it is 6.", "6", "correct"),
        ("The answer is 5. On second thought, it is 6.", "5", "incorrect"),
        ("The answer is 5. Sorry, I meant 6.", "5", "no_answer"),
        ("The answer is 5. No wait, it is 6.", "5", "incorrect"),  # (the later value, 6, is read)
        ("The answer is 5. Hold on, that cannot be right.", "5", "no_answer"),
        ("The answer is 5. Hmm, that's wrong: the radius was 3.", "5", "incorrect"),
        ("The answer is 5. But wait, I made an error in step 2.", "5", "no_answer"),
        ("The answer is 5. Scratch that, the total is 7.", "5", "incorrect"),  # the later value, not the 5
        ("The answer is 5. Wait, let me double check. Yes.", "5", "correct"),
        # a lone number after the reasoning is a guess: a box in the reasoning outranks it, a phrase does not
        ("<think>so \\boxed{2}.</think> The remainder is found modulo 7.", "2", "correct"),
        ("<think>so it is 2.</think> The remainder is found modulo 7.", "7", "correct"),
        ("<think>so \\boxed{2}.</think> The remainder is computed modulo 7 by Fermat.", "2", "correct"),
        # ... but a number its sentence states is the answer, over a box the reasoning wrote earlier
        ("<think>I wrote \\boxed{4} by mistake.</think>\n\nThe remainder is 2.", "2", "correct"),
        ("<think>I wrote \\boxed{4} by mistake.</think>\n\nThe remainder is exactly 2.", "4", "incorrect"),
        ("<think>so \\boxed{4}.</think> The count we found is therefore 4.", "4", "correct"),
        ("<think>so \\boxed{4}.</think> Therefore the count equals 5.", "5", "correct"),
        # a box taken back: only what follows counts
        ("$\\boxed{42}$\n\nNo, that's not right.", "42", "no_answer"),
        ("The area is $\\boxed{42}$. Wait, that's wrong.", "42", "no_answer"),
        ("$\\boxed{27}$\n\nCorrection: that was $3^3$. The final answer is 81.", "81", "correct"),
        ("$\\boxed{27}$\n\nCorrection: that was $3^3$. The final answer is 81.", "27", "incorrect"),
        ("So $\\boxed{42}$. Wait, I should double-check this. Yes, it holds.", "42", "correct"),
        ("The answer is 5. That is the number of red balls.", "5", "correct"),
        # A reason after the stated value is not part of it.
        ("The answer is 12, since 3 times 4 is 12.", "12", "correct"),
        ("The answer is 12 apples, which is 3 more than 9.", "12", "correct"),
        ("The answer is 12 because each box holds 4.", "12", "correct"),
        ("The final answer is 36 square units, as computed above.", "36", "correct"),
        ("Final Answer: Tom needs 7 cups of sugar, which is 2 more than Ann.", "7", "correct"),
        ("The answer is 13, since 3 times 4 is 12.", "12", "incorrect"),
        # Unicode math as plain-text models write it.
        ("The answer is ½.", "\\frac12", "correct"),
        ("The answer is 1 ½.", "\\frac32", "correct"),
        ("The answer is 10⁶.", "1000000", "correct"),
        ("The answer is 10⁻³.", "0.001", "correct"),
        ("The answer is 10⁵.", "1000000", "incorrect"),
        ("The answer is 3·10^5.", "300000", "correct"),
        ("So $x ∈ (−∞, 3]$.", "(-\\infty,3]", "correct"),
        # Scale words: the scaled value, or the number of a question asked in that scale.
        ("The answer is \\$1.2\\text{ million}.", "1200000", "correct"),
        ("The answer is 3 thousand.", "3000", "correct"),
        ("The answer is 1.2 million.", "1.2", "correct"),
        ("The answer is 1.2 million.", "1300000", "incorrect"),
        # Spellings of one macro, a box without braces, a dollar amount inside the math.
        ("\\boxed{\\overline{z}}", "\\bar z", "correct"),
        ("\\boxed{0.\\overline{3}}", "\\frac{1}{3}", "correct"),  # a repeating decimal, not a bar
        ("So \\boxed7", "7", "correct"),
        ("So \\boxed72.", "72", "correct"),
        ("The answer is $\\$18$ per day.", "18", "correct"),
        # The angstrom, however written, is a unit; TeX's discretionary hyphen before a number is a minus.
        ("\\boxed{6630 \\AA}", "6630", "correct"),
        ("\\boxed{0.18Å}", "0.18", "correct"),
        ("\\boxed{5\\,\\mathring{A}}", "5", "correct"),
        ("\\boxed{6631\\AA}", "6630", "incorrect"),
        ("\\boxed{\\-8}", "-8", "correct"),
        ("\\boxed{\\-8}", "8", "incorrect"),
        # Plain-text powers and Unicode subscripts: the whole group is the exponent, a subscript digit an index.
        ("\\boxed{6^(5/3)-1}", "6^{5/3}-1", "correct"),
        ("\\boxed{6^(5/3)-1}", "23", "incorrect"),
        ("\\boxed{e^(i\\pi)}", "-1", "correct"),
        ("\\boxed{x₁+x₂}", "x_1+x_2", "correct"),
        ("\\boxed{x₁+x₂}", "x_1+x_3", "incorrect"),
        ("\\boxed{sin(x)+cos(x)}", "\\cos x+\\sin x", "correct"),  # function names without their backslash
        ("\\boxed{log₂8}", "3", "correct"),
        ("\\boxed{using}", "sin", "incorrect"),  # inside a word, no function
        # A degree inside a trigonometric function is an angle unit; elsewhere it stays decoration.
        ("\\boxed{\\cos 60^\\circ}", "\\frac12", "correct"),
        ("\\boxed{\\sin(30°)}", "0.5", "correct"),
        ("\\boxed{\\tan 45^{\\circ}}", "1", "correct"),
        ("\\boxed{\\cos 60^\\circ}", "\\frac{\\sqrt{3}}{2}", "incorrect"),
        ("\\boxed{30^\\circ}", "30", "correct"),
        # A half-open interval in prose; a value after "of" in a stated answer.
        ("The interval is [2, 5).", "[2,5)", "correct"),
        ("The interval is [2, 5).", "[2,5]", "incorrect"),
        ("**Final Answer:** The garden has an area of 48 square meters.", "48", "correct"),
        ("So the number of factors of 10 is.", "10", "no_answer"),  # a number referred to is still no guess
        # A whole answer in a bare TeX group: a set when it holds a list, else what it holds.
        ("\\boxed{{1,2}}", "\\{2,1\\}", "correct"),
        ("\\{1, 2\\}", "{1,2}", "correct"),
        ("{1,2}", "(1,2)", "incorrect"),  # a set is not an ordered pair
        ("{5}", "5", "correct"),
        ("{1,000}", "1000", "correct"),  # a thousands separator, not a set of two
    ],
)
def test_final_sentence_forms(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # A math span in a condition or reason clause after a stated value is not the answer: the value is.
        ("Hence $y = \\frac{7}{3}$ whenever $3y + 2 = 9$.", "\\frac{7}{3}", "correct"),
        ("Hence $y = \\frac{7}{3}$ whenever $3y + 2 = 9$.", "9", "incorrect"),
        ("Thus $t = 4$ if $5t - 8 = 12$.", "4", "correct"),
        ("Thus $t = 4$ if $5t - 8 = 12$.", "12", "incorrect"),
        ("So $m = 15$, because $15 \\cdot 4 = 60$.", "15", "correct"),
        ("So $m = 15$, because $15 \\cdot 4 = 60$.", "60", "incorrect"),
        ("We get $k = -2$ provided that $k^2 = 4$ and $k < 0$.", "-2", "correct"),
        ("Therefore $f(2) = 11$ given that $f(x) = 3x + 5$.", "11", "correct"),
        # ... the clause ends at a comma or "then": a span after it is read again.
        ("We have $a = 1$ when $b = 2$, and so $c = 9$.", "9", "correct"),
        ("If $a = 2$, then $b = 5$.", "5", "correct"),
        # Near misses: no span before the condition, or the span before it states no value (the condition is
        # what was asked), or a condition word that does not open the clause of the span.
        ("The minimum is reached when $t = 6$.", "6", "correct"),
        ("So $y = 3x + k$ meets the parabola twice when $k > -4$.", "(-4, \\infty)", "correct"),
        ("The answer is $x = 3$ if we take the positive root.", "3", "correct"),
        ("Substituting into the given equation $g(x) = x + 1$ we get $g(4) = 5$.", "5", "correct"),
        # A final clause after a semicolon that states a value is the one read.
        ("No, that counts $2^4$ only; one more doubling gives 32.", "32", "correct"),
        ("No, that counts $2^4$ only; one more doubling gives 32.", "2^4", "incorrect"),
        ("So $x = 6$; this is the only root.", "6", "correct"),  # the clause after it states no value
    ],
)
def test_condition_clauses_and_last_clauses(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # An equation in a name, then that name's value: a step of the working and the value it solves to, not a
        # list of two answers.
        ("Subtracting, $4y - 3 = 17$, and $y = 5$.", "5", "correct"),
        ("So $3m = 27$ and $m = 9$.", "9", "correct"),
        ("Squaring, $t^2 = 49$, and since $t > 0$, $t = 7$.", "7", "correct"),
        ("Cross-multiplying, $\\frac{2}{3}(12) = \\frac{1}{k}(40)$, so $k = 5$.", "5", "correct"),
        ("Thus $p + 6 = 20$, and $p = 14$.", "14", "correct"),
        # ... the value read is the last one, right or wrong
        ("So $3m = 27$ and $m = 8$.", "9", "incorrect"),
        ("Thus $p + 6 = 20$, and $p = 14$.", "20", "incorrect"),
        # Near misses: values of one name (a solution set), of two names (the parts of an answer), and an equation
        # that does not hold the name are lists as before.
        ("So the solutions are $w = -3$ and $w = 6$.", "-3, 6", "correct"),
        ("So the solutions are $w = -3$ and $w = 6$.", "6", "incorrect"),
        ("Therefore $c = 2$ and $d = 7$.", "2, 7", "correct"),
        ("Hence $u + v = 9$ and $w = 4$.", "4", "incorrect"),
    ],
)
def test_a_step_then_the_value_it_solves_to(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # A span that names the quantity, then a verb and a plain number ending the sentence: the number is the
        # value (read by the last number), not the span.
        ("So the value of $m+n$ is 17.", "17", "correct"),
        ("So the value of $m+n$ is 17.", "18", "incorrect"),
        ("Hence the least possible value of $c_{9}+d_{4}$ is 12.", "12", "correct"),
        ("Thus the sum $p+q+r$ equals 31.", "31", "correct"),
        ("So $\\mathcal{G}_{8}$ must have 28 members.", "28", "correct"),
        ("The largest value of $g(t)$ is 9.", "9", "correct"),
        # Near misses: a value with its condition after it, a unit converted, a remark after the value, and a
        # span followed by no number.
        ("So the answer is $k^2 + 1$, which is 10 when $k = 3$.", "k^2+1", "correct"),
        ("So $4\\text{ m}$ is 400 cm.", "4", "correct"),
        ("So the value is $3\\sqrt{2}$ and its square is 18.", "3\\sqrt{2}", "correct"),
        # A clause of its own after the last span, with its own subject, that states a plain number: the value.
        ("Then $Y=4$, and the smallest such number is 1049.", "1049", "correct"),
        ("Then $Y=4$, and the smallest such number is 1049.", "4", "incorrect"),
        ("With $K=7, m>69$, and the least possible $m$ is 70.", "70", "correct"),
        ("Taking $T=50$, this is equal to 12.", "12", "correct"),
        ("The odd ones are $3, 5, 7, 9$, for a total of 4 such numbers.", "4", "correct"),
        ("So the total is $d_{1}+d_{2}+d_{3}$, which equals 96.", "96", "correct"),
        ("For $N=9$, the only such $k$ is 4.", "4", "correct"),
        # ... not a restatement of the span's own value, one of several values, or a comparison
        ("The answer is $\\frac{1}{3}$, which is 0.33.", "\\frac{1}{3}", "correct"),
        ("So $w = 3$, and the other root is 7.", "3, 7", "correct"),
        ("So $w = 3$, and the other root is 7.", "7", "incorrect"),
        ("So $v = 8$, and the difference is 5 more than before.", "8", "correct"),
    ],
)
def test_a_span_naming_the_quantity_then_its_value(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # What a quantity is measured of, then its value: "The number of divisors of $360$ is 24."
        ("The number of positive divisors of $196$ is 9.", "9", "correct"),
        ("The number of positive divisors of $196$ is 9.", "196", "incorrect"),
        ("So the number of diagonals of the $9$-gon is 27.", "27", "correct"),
        # A count after a list of values, in digits, closing the sentence.
        ("The multiples are $n = 15, 30, 45, 60$, which are 4 numbers.", "4", "correct"),
        ("The valid values are $k = 2, 3, \\ldots, 11$, of which there are 10.", "10", "correct"),
        ("The primes here are $61, 67, 71, 73, 79$, so there are 5 of them.", "5", "correct"),
        ("The first term is $a = 1, 2, \\ldots, 8$, and then $b = 9 - a$ is positive, giving 8 ordered pairs.", "8",
         "correct"),
        # ... a value stated before where it is taken, whichever span comes first
        ("Thus the minimum of $q(t)$ is 6, attained at $t = 2$.", "6", "correct"),
        ("Thus the minimum of $q(t)$ is 6, attained at $t = 2$.", "2", "incorrect"),
        # ... a residue before its divisor, and a span in a "when" clause before the value
        ("Thus $5^{40}$ leaves remainder 4 upon division by 7.", "4", "correct"),
        ("Thus $5^{40}$ leaves remainder 4 upon division by 7.", "7", "incorrect"),
        ("So $T$ is congruent to 2 modulo 9.", "2", "correct"),
        ("So $T$ is congruent to 2 modulo 9.", "9", "incorrect"),
        ("So 3^20 leaves a remainder of 1 when divided by 11.", "1", "correct"),
        ("So the remainder when $3^{20}$ is divided by 11 is 1.", "1", "correct"),
        ("So the remainder when $3^{20}$ is divided by 11 is 1.", "3^{20}", "incorrect"),
        # ... a measure's verb, a count after a set or a list, a clause that names the quantity with "where"
        ("The angles sum to $180^\\circ$, so $\\angle D$ measures 55 degrees.", "55", "correct"),
        ("So $-1.5<x<2.5$, and the integers are $x\\in\\{-1,0,1,2\\}$, which are 4 integers.", "4", "correct"),
        ("Listing them: $PQ, PR, QR$, which is 3 in all.", "3", "correct"),
        ("The minimum occurs at $t=3$, where $g$ equals 14.", "14", "correct"),
        ("The minimum occurs at $t=3$, where $g$ equals 14.", "3", "incorrect"),
        # ... one value, and the other of two: both, unless the sentence singles one out
        ("So $y = 5$, and the other root is -2.", "5, -2", "correct"),
        ("So $y = 5$, and the other root is $-2$.", "5, -2", "correct"),
        ("So $y = 5$, and the other root is -2.", "5", "incorrect"),
        ("So $y = -2$ is one root, and the other, positive root is 5.", "5", "correct"),
        ("So $y = -2$ is one root, and the other, positive root is $5$.", "-2", "incorrect"),
        # An approximation in brackets after an exact value: the exact value, or the decimal for a decimal gold.
        ("So the side is $s = \\sqrt{29}\\ (\\approx 5.39)$.", "\\sqrt{29}", "correct"),
        ("So the side is $s = \\sqrt{29}\\ (\\approx 5.39)$.", "5.39", "correct"),
        ("So the side is $s = \\sqrt{29}\\ (\\approx 5.39)$.", "\\sqrt{31}", "incorrect"),
        # A figure after the answer answers nothing, whatever its caption's numbers.
        ("So the shaded area is 30.\n\n![Figure 2: a 5 by 12 rectangle](fig2.png)", "30", "correct"),
        ("Hence the perimeter is $26$.\n\n<img_2041>", "26", "correct"),
        ("Hence the perimeter is $26$.\n\n<img src=\"fig.png\" alt=\"12\">", "12", "incorrect"),
        ("So the perimeter is $2(9+4)=26$. ![a 9 by 4 rectangle](rect.png)", "26", "correct"),
        ("So the perimeter is $2(9+4)=26$.\n\n[Figure 1](fig1.png)", "26", "correct"),
        ("So the perimeter is $2(9+4)=26$.\n\n![](fig.png)\n\nFigure 1: the rectangle with sides 9 and 4.", "26",
         "correct"),
    ],
)  # fmt: skip
def test_values_stated_in_prose_after_the_spans(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # A value, then why: the value ("So the least such $k$ is 12, since $12!$ ...").
        ("So the least such $k$ is 12, since $12!$ is the first factorial with that property.", "12", "correct"),
        # ... but two values each with where it is taken is no value then where: the span is read as before
        ("Comparing, $Q$ is 30 at $m=5$ but 42 at $m=6$.", "30", "incorrect"),
        # ... and a measure in a clause set against the answer is no answer
        ("So there are $(1+1)(2+1)=6$ odd ones, while the number of all divisors of $180$ is 18.", "18",
         "incorrect"),
        # A value converted to another unit in brackets is a remark: the value in the unit written first.
        ("Walking $40$ minutes at $6$ km/h gives $6\\cdot\\frac{2}{3}=4\\ (=4000\\text{ m})$.", "4", "correct"),
        ("Walking $40$ minutes at $6$ km/h gives $6\\cdot\\frac{2}{3}=4\\ (=4000\\text{ m})$.", "4000",
         "incorrect"),
        # ... and a result's verb ends a condition clause: the value after it, not the given before it
        ("Walking $40$ minutes at $6$ km/h covers $4$ km.", "4", "correct"),
        ("Walking $40$ minutes at $6$ km/h covers $4$ km.", "40", "incorrect"),
        # A line per part is a name and its value: not a step ("Expand: ... = 0") nor a sentence or two values.
        ("Solve t^2 - t - 20 = 0.\nFactor: (t - 5)(t + 4) = 0.\nThe solutions are t = 5 and t = -4.", "-4, 5",
         "correct"),
        ("Solve the system.\nAdding gives 2p = 18, so p = 9.\nThen q = 12 - 9 = 3.\np = 9, q = 3", "(9, 3)",
         "correct"),
        # A word answer on the last line of a worked text, against a word gold.
        ("Today is Friday.\n45 = 6 x 7 + 3, so we move 3 days forward.\nIt will be Monday.", "\\text{Monday}",
         "correct"),
        ("Today is Friday.\n45 = 6 x 7 + 3, so we move 3 days forward.\nIt will be Monday.", "\\text{Tuesday}",
         "incorrect"),
        # A closing courtesy after the answer answers nothing.
        ("Multiples of 9: 9, 18, 27, 36.\n36 is the first one divisible by 12.\n\nThe LCM is 36.\n\n"
         "Let me know if you have questions.", "36", "correct"),
    ],
)  # fmt: skip
def test_readings_refined_by_a_red_team(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # Plain-text answers of chat models: a mixed number, a point after "is at", a set, a product with a bracketed
        # power.
        ("Tripling 1 1/6 cups gives 21/6 = 7/2.\nSo you need 3 1/2 cups.", "3\\frac{1}{2}", "correct"),
        ("Tripling 1 1/6 cups gives 21/6 = 7/2.\nSo you need 3 1/2 cups.", "\\frac{7}{2}", "correct"),
        ("Tripling 1 1/6 cups gives 21/6 = 7/2.\nSo you need 3 1/2 cups.", "2", "incorrect"),
        ("x = 6/2 = 3 and y = 9 - 12 + 5 = 2.\nThe vertex is at (3, 2).", "(3,2)", "correct"),
        ("x = 6/2 = 3 and y = 9 - 12 + 5 = 2.\nThe vertex is at (3, 2).", "(2,3)", "incorrect"),
        ("We exclude 10 itself.\nThe set is {1, 2, 5}.", "\\{1,2,5\\}", "correct"),
        ("128 = 64 * 2 and 64 = 4^3.\nSo the cube root of 128 is 4 * 2^(1/3).", "4\\sqrt[3]{2}", "correct"),
        ("128 = 64 * 2 and 64 = 4^3.\nSo the cube root of 128 is 4 * 2^(1/3).", "4", "incorrect"),
        # ... a relation in ASCII ("y >= 0" is no equation ending in 0), a ratio in words, an estimate with its unit
        ("Squares are never negative.\nSo the range is y >= 0.", "[0,\\infty)", "correct"),
        ("Squares are never negative.\nSo the range is y >= 0.", "0", "incorrect"),
        ("2t/5 <= 2\nt <= 5", "(-\\infty,5]", "correct"),
        ("Dividing both by 6, the ratio is 2 to 7.", "2:7", "correct"),
        ("Dividing both by 6, the ratio is 2 to 7.", "7", "incorrect"),
        ("F = 1.8 x 21 + 32 = 69.8.\nSo it is about 69.8 °F.", "69.8", "correct"),
    ],
)
def test_plain_text_values_of_chat_models(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # The answer first, then what follows it and answers nothing: an offer of more work, a section of common
        # mistakes, a generalisation, another case the question does not ask, a candidate set aside, an explanation.
        ("The area of a 5 by 7 rectangle is $5 \\times 7 = 35$.\n\nWould you like me to also compute the perimeter? "
         "It would be 24.", "35", "correct"),
        ("The area of a 5 by 7 rectangle is $5 \\times 7 = 35$.\n\nWould you like me to also compute the perimeter? "
         "It would be 24.", "24", "incorrect"),
        ("**Posts: 9**\n\n### Why\nThere are $40 / 5 = 8$ gaps, so there are 9 posts.\n\n"
         "### Common mistakes\nA common mistake is to answer 8, the number of gaps.", "9", "correct"),
        ("**Posts: 9**\n\n### Why\nThere are $40 / 5 = 8$ gaps, so there are 9 posts.\n\n"
         "### Common mistakes\nA common mistake is to answer 8, the number of gaps.", "8", "incorrect"),
        ("Each angle of a regular pentagon is $108°$.\n\nIn general an $n$-gon's angle is $\\frac{180(n-2)}{n}$; "
         "for a hexagon that is $120°$.", "108", "correct"),
        ("Seating 6 people in a row: $6! = 720$.\n\nIf the table were round, it would be $5! = 120$ instead.", "720",
         "correct"),
        ("Seating 6 people in a row: $6! = 720$.\n\nIf the table were round, it would be $5! = 120$ instead.", "120",
         "incorrect"),
        ("The largest is **84**.\n\nI also looked at 91, but its digits sum to 10, so 91 is not valid.", "84", "correct"),
        ("**9**\n\nExplanation: the sum is 5 + 9 + 13 = 27, and there are 3 numbers, so the mean is 27 divided by 3.",
         "9", "correct"),
    ],
)  # fmt: skip
def test_what_follows_an_answer_given_first(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # A value restated in brackets after the expression that gives it: a chain of two equal sides, not a
        # chain split inside the brackets ("2916)").
        ("The only candidate left is $54^{2}(=2916)$.", "2916", "correct"),
        ("The only candidate left is $54^{2}(=2916)$.", "2915", "incorrect"),
        ("Thus $q = 9\\ (=\\sqrt{81})$.", "9", "correct"),
        ("The two values are $3^{3}\\ (=27)$ and $2^{5}\\ (=32)$.", "27, 32", "correct"),
        # ... a false restatement is a chain of two values, wrong whichever side the gold is
        ("The only candidate left is $54^{2}(=2961)$.", "2916", "incorrect"),
        # ... and a function's bracket restates nothing
        ("The answer is $g(=5)$.", "5", "incorrect"),
    ],
)
def test_a_value_restated_in_brackets(completion: str, gold: str, status: str) -> None:
    verdict = verify(completion, gold, truncated=False)
    assert verdict.status == status
    assert verdict.predicted is not None and verdict.predicted.count("(") == verdict.predicted.count(")")


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # An answer tag that holds a sentence is read as a final sentence: the value after its last cue ...
        (
            "<answer>With a radius of 3 and the usual formula, the volume is 36 cubic units.</answer>",
            "36",
            "correct",
        ),
        (
            "<answer>With a radius of 3 and the usual formula, the volume is 36 cubic units.</answer>",
            "3",
            "incorrect",
        ),
        ("<answer>Using b = 12 and the height, the area equals $30$.</answer>", "30", "correct"),
        ("<answer>Using b = 12 and the height, the area equals $30$.</answer>", "12", "incorrect"),
        ("<answer>The solutions are $x = 2$ and $x = 5$.</answer>", "2, 5", "correct"),
        ("<answer>The solutions are $x = 2$ and $x = 5$.</answer>", "5", "incorrect"),
        # ... or, when a clause follows that value or there is no cue, a number standing alone.
        ("<answer>Since k = 4, Tom buys 9 pencils.</answer>", "9", "correct"),
        ("<answer>Since k = 4, Tom buys 9 pencils.</answer>", "4", "incorrect"),
        # Near misses that keep their reading: a hedge, a phrase, a bare value, a reason after the value.
        ("<answer>It is either 4 or 6.</answer>", "6", "incorrect"),
        ("<answer>So the final answer is 12.</answer>", "12", "correct"),
        ("<answer>x = 12</answer>", "12", "correct"),
        ("<answer>The value is 12, the remainder when dividing by 7.</answer>", "12", "correct"),
    ],
)
def test_answer_tags_holding_a_sentence(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


_REASONED = (
    "<think>The legs are 6 and 8, so the hypotenuse is 10 and the area is 24. So \\boxed{24}.\n</think>\n\n"
)


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # After the reasoning, a math span in a sentence that states nothing is a guess: the reasoning's box wins.
        (_REASONED + "I checked it against the hypotenuse $c = 10$.", "24", "correct"),
        (_REASONED + "I checked it against the hypotenuse $c = 10$.", "10", "incorrect"),
        (_REASONED + "I took half the product of the legs \\(6 \\cdot 8\\).", "48", "incorrect"),
        # A sentence that states a result still outranks the reasoning's box, and so does a bare statement.
        (_REASONED + "The area is $24$.", "24", "correct"),
        (_REASONED + "Half the product of the legs gives $25$.", "25", "correct"),
        (_REASONED + "$A = 25$.", "25", "correct"),
        (_REASONED + "Therefore $25$.", "25", "correct"),
        # Without a box in the reasoning the span stands.
        (
            "<think>the legs are 6 and 8</think>\n\nI checked it against the hypotenuse $c = 10$.",
            "10",
            "correct",
        ),
    ],
)
def test_a_span_that_states_nothing_after_the_reasoning(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # "X out of Y" is the ratio X/Y: never its last number, however it is written.
        ("Hence the chance is 2 out of every 9 draws.", "\\frac{2}{9}", "correct"),
        ("Hence the chance is 2 out of every 9 draws.", "9", "incorrect"),
        ("The odds of success are 4 out of 11.", "\\frac{4}{11}", "correct"),
        ("The odds of success are 4 out of 11.", "11", "incorrect"),
        ("So 3 out of the 12 tiles are blue.", "12", "incorrect"),
        ("So 3 out of the 12 tiles are blue.", "\\frac14", "correct"),
        ("Final answer: 5 out of 20", "\\frac14", "correct"),
        ("Final answer: 5 out of 20", "20", "incorrect"),
        ("So the probability is $2$ out of $9$.", "\\frac{2}{9}", "correct"),
        ("So the probability is $2$ out of $9$.", "9", "incorrect"),
        # "1 in 6" in a sentence about a chance is the ratio too
        ("The probability is 1 in 3.", "\\frac{1}{3}", "correct"),
        ("The probability is 1 in 3.", "3", "incorrect"),
        ("So there is a 1 in 6 chance.", "\\frac{1}{6}", "correct"),
        ("The risk is 1 in 1000.", "0.001", "correct"),
        # Near misses: "out of" with no number before it, and "1 in 6" about no chance ("in" refers to too much else)
        ("We pick the largest out of 9.", "9", "no_answer"),
        ("The odds are 1 in 6.", "6", "no_answer"),
        ("He scored 3 in 2024.", "\\frac{3}{2024}", "no_answer"),
    ],
)
def test_a_ratio_in_words(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a change stated by its amount ("increased by 25%") is the value, where "divisible by 5" refers to one
        ("The price increased by 25%.", "25", "correct"),
        ("The price increased by 25 percent.", "25\\%", "correct"),
        ("So the population went up by 120 people.", "120", "correct"),
        ("So the area decreased by 1/3.", "\\frac13", "correct"),
        ("The price increased by 25%.", "20", "incorrect"),
        ("The number is divisible by 5.", "5", "no_answer"),
        ("We then multiply both sides by 3.", "3", "no_answer"),
        ("To write 12/16 in lowest terms we reduce by 4.", "4", "no_answer"),  # a step, not a change stated
        ("The exponent is raised by 2, giving x^5.", "2", "no_answer"),  # a value that gives the next one
        ("So the cost was lowered by 20%.", "20", "correct"),
        # amounts of money: "$8 ... $80" are prices, never one math span
        ("Each ticket is $8 and they need 10 tickets, so the total cost is $80.", "80", "correct"),
        ("She pays $5 for the pen and $3 for the book, so she spent $8 in total.", "8", "correct"),
        ("Each ticket is $8 and they need 10 tickets, so the total cost is $80.", "8", "incorrect"),
        ("So $x = 5$ and the total is $12 + 8 = 20$.", "20", "correct"),  # math spans stay math
        # an amount named, then its value ("a profit of"), where "a multiple of 3" refers to a number
        ("Josh spent $130,000 in all.\n\nJosh made a profit of $70,000.", "70000", "correct"),
        ("They pay a total of 64 dollars.", "64", "correct"),
        ("The rectangle has an area of 48 square units.", "48", "correct"),
        ("They pay a total of 64 dollars.", "46", "incorrect"),
        ("So n must be a multiple of 3.", "3", "no_answer"),
        # a list of function equations in one span is the answer, not a chain to its last side
        ("The solutions are $f(x)=x, f(x)=2-x$.", "f(x)=x, f(x)=2-x", "correct"),
        ("The solutions are $f(x)=x, f(x)=2-x$.", "2-x", "incorrect"),
        ("So $x = 2^{6} = 64$.", "64", "correct"),
        # against a word gold, the word a finished final sentence ends by stating
        (
            "Turning right is clockwise.\n\nPutting it all together, the result is east.",
            "\\text{east}",
            "correct",
        ),
        ("Turning right is clockwise, so a quarter turn from north is west.", "\\text{east}", "incorrect"),
        ("So the direction is not east.", "\\text{east}", "no_answer"),
        ("I wonder whether it is east.", "\\text{east}", "no_answer"),
        ("So the function is odd.", "\\text{odd}", "correct"),
        # ... the whole of a one-sentence answer, or a last line after work written in plain text
        ("The function is odd.", "\\text{odd}", "correct"),
        ("f(-x) = -f(x) for all x.\nThe function is odd.", "\\text{odd}", "correct"),
        ("The function is even.", "\\text{odd}", "incorrect"),
        ("I think the function is odd.", "\\text{odd}", "no_answer"),
        ("The function is odd or even.", "\\text{odd}", "no_answer"),
        ("We try a few values first.\nThe function is odd.", "\\text{odd}", "no_answer"),
        # ... and the word before what it is not
        ("10 = 7 + 3.\nIt will be Thursday, not Wednesday.", "\\text{Thursday}", "correct"),
        ("10 = 7 + 3.\nIt will be Thursday, not Wednesday.", "\\text{Wednesday}", "incorrect"),
        # bold markers at a word's edge are no part of the answer; a bold answer asked is no answer
        ("We compute.\n\nThe answer is exactly **16**.", "16", "correct"),
        ("We compute.\n\n答えは **15** です。", "15", "correct"),
        ("We compute.\n\nHmm, so the answer is **18**? Let me think again.", "18", "no_answer"),
        # named parts in the order written, unless they are coordinates or one alphabetical run
        ("So, $m = \\frac{3}{2}$ and $b = -13$.", "(\\frac{3}{2}, -13)", "correct"),
        ("So, $m = \\frac{3}{2}$ and $b = -13$.", "(-13, \\frac{3}{2})", "incorrect"),
        ("So $y = 2$ and $x = 1$.", "(1, 2)", "correct"),
        # an answer phrase that only describes what is asked is no answer; the value found later is
        (
            "Note that the answer is equivalent to the number of ways to pair them.\n\nCombining, $x = 450 + 452 = 902$.",
            "902",
            "correct",
        ),
        ("The answer is the number of ways to pair them.", "902", "no_answer"),
        # a markdown table's row labelled as the answer (the rewards read it too: it is labelled)
        ("We get $BD^2 > 480$.\n\n| Quantity | Value |\n|---|---|\n| Answer | 480 |", "480", "correct"),
        (
            "We get it.\n\n| Step | Value |\n|---|---|\n| Sum | 12 |\n| **Final answer** | **13** |",
            "12",
            "incorrect",
        ),
        ("Hence 12 is a factor of 36.", "36", "no_answer"),
    ],
)
def test_amounts_of_change_and_of_money(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold"),
    [
        # "would" concludes as often as it supposes: only a counterfactual's marks leave the value unstated
        ("So the answer would be 12.", "12"),
        ("So the total number of ways would be 12.", "12"),
        ("Using the correct formula instead, the area is 12.", "12"),
        ("If we were to add them, the total is 12.", "12"),
        # a refusal followed by the answer found after all
        ("I was unable to find a closed form at first, but counting directly gives 42 paths.", "42"),
        ("I don't know if there's a faster method, but brute force gives 15.", "15"),
        ("We were unable to find any integer solutions for n > 3, so the largest is n = 3.", "3"),
        ("There is no answer key to check against, but I computed 17.", "17"),
        ("So $x = 3$, which is not an integer multiple of 2.", "3"),
    ],
)
def test_a_conclusion_in_the_conditional_mood_is_read(completion: str, gold: str) -> None:
    assert verify(completion, gold, truncated=False).status == "correct"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a detail after the stated value (a reason, a circumstance, a condition) holds no answer of its own
        ("Thus the probability is 1/6, since there are 6 faces.", "\\frac16", "correct"),
        ("Thus the probability is 1/6, since there are 6 faces.", "6", "incorrect"),
        ("So the final count is 18 after removing 2 duplicates.", "18", "correct"),
        ("Total: $1,250 for the 5 rooms.", "1250", "correct"),
        ("The value is 12 when n = 3.", "12", "correct"),
        ("The value is 12 when n = 3.", "3", "incorrect"),
        ("He has $35 left after spending $15.", "35", "correct"),
        ("So the answer is 12 for n = 3.", "12", "correct"),
        ("So she has 12 apples left, since 15 - 3 = 12.", "12", "correct"),
        # ... but a detail after an unstated number changes nothing, and "after" in an answer phrase is its time
        (
            "The probability is $\\frac{1}{6}$, since there are $6$ faces.",
            "\\frac16",
            "correct",
        ),  # in math spans
        ("It is $q+2u=0$, and since $u = 0$, we must have $q \\in \\{-2,0,2\\}$.", "-2,0,2", "correct"),
        ("Since 1 + 1 = 2, the rest follows.", "2", "correct"),
        ("The answer is 2 s after the second ball is released.", "2", "incorrect"),
    ],
)
def test_a_detail_after_the_stated_value_is_no_answer(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # an answer line in prose around its math: the math is the value
        ("**Answer:** the identity function, $f(x)=x$ for all $x\\in\\mathbb R$.", "f(x)=x", "correct"),
        ("**Answer:** a $20\\%$ decrease.", "20\\%", "correct"),
        ("**Answer:** all real numbers greater than 3, i.e. $(3,\\infty)$.", "(3,\\infty)", "correct"),
        ("**Answer:** all real numbers greater than 3, i.e. $(3,\\infty)$.", "[3,\\infty)", "incorrect"),
        ("The answer is 64, i.e. 4 cubed.", "64", "correct"),  # a restatement in words stays an explanation
        # "**Final:**" labels the final answer
        (
            "**Answer:** $5$ cm... no wait, the side is $5\\sqrt2$ cm.\n\n**Final:** $5\\sqrt{2}$ cm",
            "5\\sqrt2",
            "correct",
        ),
        (
            "**Answer:** $5$ cm... no wait, the side is $5\\sqrt2$ cm.\n\n**Final:** $5\\sqrt{2}$ cm",
            "5",
            "incorrect",
        ),
    ],
)
def test_an_answer_line_in_prose_gives_its_math(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a box asked about on the way ("what about ...?") is no answer; the box before it is
        (
            "\\boxed{8}\n\nCheck: $8^3 = 512$. And what about $\\boxed{9}$? $9^3 = 729$, so not that.",
            "8",
            "correct",
        ),
        (
            "\\boxed{8}\n\nCheck: $8^3 = 512$. And what about $\\boxed{9}$? $9^3 = 729$, so not that.",
            "9",
            "incorrect",
        ),
        ("So the total is $\\boxed{12}$?", "12", "no_answer"),  # at the end: the text asks
        # a box with a unit raised after it, or a conclusion in the conditional mood, is the answer
        ("So $\\theta = \\boxed{41.8}^{\\circ}$.", "41.8", "correct"),
        ("So $\\pi'' = \\boxed{0.003}^{\\prime \\prime}$.", "0.003", "correct"),
        ("The merchant would make a profit of $\\boxed{125}$ dollars.", "125", "correct"),
        ("So the answer would be $\\boxed{6}$.", "6", "correct"),
        # the same answer phrase repeated is one answer; different ones in a row are candidates
        ("The answer is 5. The answer is 5.", "5", "correct"),
        ("The answer is 7. Wait, let me recheck: 3+4 = 7, so the answer is 7.", "7", "correct"),
        ("I thought the answer is 7. After checking, the answer is 5.", "5", "correct"),
        ("The answer is 7. The answer is 6. The answer is 5.", "5", "incorrect"),
    ],
)
def test_boxes_asked_about_and_walks_through_candidates(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # A box corrected after it: a correction cue, then the answer restated.
        (
            "Counting the tiles: $\\boxed{35}$\n\nWait, I miscounted the red ones. The correct answer is 36.",
            "36",
            "correct",
        ),
        (
            "Counting the tiles: $\\boxed{35}$\n\nWait, I miscounted the red ones. The correct answer is 36.",
            "35",
            "incorrect",
        ),
        (
            "The perimeter is \\boxed{30}.\n\nHmm, wait: I added one side twice. It should be 24, not 30.",
            "24",
            "correct",
        ),
        (
            "The perimeter is \\boxed{30}.\n\nHmm, wait: I added one side twice. It should be 24, not 30.",
            "30",
            "incorrect",
        ),
        (
            "So the total is \\boxed{20}.\n\nI made an arithmetic error: 15 + 7 = 22, so it's 22.",
            "22",
            "correct",
        ),
        (
            "So the total is \\boxed{20}.\n\nI made an arithmetic error: 15 + 7 = 22, so it's 22.",
            "20",
            "incorrect",
        ),
        ("\\boxed{45}\n\nWait, let me redo it: 9 rows of 6 seats, so it should be 54.", "45", "incorrect"),
        ("Counting again: \\boxed{35}\n\nWait, I mis-added. \\boxed{36}", "36", "correct"),  # a later box
        # ... under a "Correction:" label, restated as "the correct <noun> is"
        (
            "$$\\boxed{\\frac{5}{12}}$$\n\n**Correction:** I double-counted sum 7. The correct probability is"
            " $\\frac{7}{18}$.",
            "\\frac{7}{18}",
            "correct",
        ),
        ("\\boxed{20}\n\nCorrection: the correct total is 18.", "18", "correct"),
        (
            "\\boxed{45}\n\n(Correction: the correct number of edges is 12 and of faces is 6.)",
            "45",
            "correct",
        ),
        (
            "\\boxed{20}\n\nNote that the correct count is 20 since each pair is counted once.",
            "20",
            "correct",
        ),
        # A value stated with the one it replaces: "84, not 42" is 84.
        ("The answer is 24, not 30.", "24", "correct"),
        ("The answer is 24, not 30.", "30", "incorrect"),
        # ... taken back with "No wait": the last clause after a semicolon states the value.
        (
            "So the product is $\\boxed{16}$. No wait, that's $2^4$; one more doubling gives 32.",
            "32",
            "correct",
        ),
        (
            "So the product is $\\boxed{16}$. No wait, that's $2^4$; one more doubling gives 32.",
            "16",
            "incorrect",
        ),
        # Near misses: a check that confirms the box, or that restates nothing, or only mentions errors, keeps it.
        ("\\boxed{45}. Wait, let me verify: $9 \\cdot 5 = 45$. Yes.", "45", "correct"),
        (
            "\\boxed{45}\n\nWait, let me double-check: each row should be 9 seats, and 5 rows give 45. Good.",
            "45",
            "correct",
        ),
        ("\\boxed{45}\n\nWait, let me double-check. Yes, the answer is 45.", "45", "correct"),
        ("\\boxed{45}. Let me check for errors: each row should be 9 seats. Fine.", "45", "correct"),
        (
            "\\boxed{45}\n\nWait, is it 45? If the answer were 54, the rows would hold 6. No, 45 it is.",
            "45",
            "correct",
        ),
    ],
)
def test_a_box_corrected_after_it(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, truncated=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a value set in bold after an answer phrase is the answer, with or without the last-number fallback
        ("Seven multiples in all.\n\nThe final answer is **7**.", "7", "correct"),
        ("So a representation exists.\n\nTherefore, the answer is **Yes**.", "\\text{Yes}", "correct"),
        ("Only option (C) works.\n\nThe answer is **(C)**.", "C", "correct"),
        ("The answer is *12*.", "12", "correct"),
        ("The answer is **not** 5.", "5", "no_answer"),  # commentary, not a value
        # ... and a bold value that the final sentence states
        ("15 of the 36 outcomes work.\n\nThe probability is **5/12**.", "\\frac{5}{12}", "correct"),
        ("She buys two packs.\n\nSo she spends a total of **$72** on packs.", "72", "correct"),
        ("Both conditions hold.\n\nThe solution set is **[-1, 3)**.", "[-1,3)", "correct"),
        ("The area is approximately **3.14**.", "3.14", "correct"),
        ("**Step 2** Add the terms.", "2", "no_answer"),  # a heading, stated by nothing
        # a repeating decimal written with three dots keeps them
        ("The answer is 0.333...", "\\frac{1}{3}", "correct"),
        ("So $\\boxed{0.1666...}$", "\\frac{1}{6}", "correct"),
        ("The answer is 0.333...", "0.334", "incorrect"),
    ],
)
def test_bold_values_and_repeating_decimals(completion: str, gold: str, status: str) -> None:
    assert statuses_with_and_without_fallback(completion, gold) == (status, status)


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # "the answer is" in the languages models drift into
        ("\u6240\u4ee5\u7b54\u6848\u662f 5\u3002", "5", "correct"),
        ("\u6700\u7ec8\u7b54\u6848\u4e3a $\\frac{1}{2}$", "\\frac12", "correct"),
        ("\u6240\u4ee5\u7b54\u6848\u662f 5\u3002", "6", "incorrect"),
        ("Sumamos los dos lados. La respuesta es 12.", "12", "correct"),
        ("Donc la r\u00e9ponse finale est 7.", "7", "correct"),
        ("Also ist die Antwort 7.", "7", "no_answer"),  # the word order of a question, no statement
        ("Die Antwort lautet 7.", "7", "correct"),
        ("\u041e\u0442\u0432\u0435\u0442: 3", "3", "correct"),
        (
            "\u0412\u043e\u0437\u043c\u043e\u0436\u043d\u043e, \u043e\u0442\u0432\u0435\u0442: 3",
            "4",
            "incorrect",
        ),
    ],
)
def test_the_answer_phrase_in_other_languages(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, last_number_fallback=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # end-of-turn markers of other chat templates end the completion
        ("The answer is 5.</s>", "5", "correct"),
        ("The answer is 5.<end_of_turn>\n<start_of_turn>user Now 6?", "5", "correct"),
        ("Final answer: 5<|end|>", "5", "correct"),
        # more languages, and a full-width colon
        ("\u7b54\u6848\u4e3a\uff1a12", "12", "correct"),
        ("\u7b54\u3048\u306f 12 \u3067\u3059", "12", "correct"),
        ("\ub2f5: 12", "12", "correct"),
        ("A resposta \u00e9 12.", "12", "correct"),
        ("R\u00e9ponse : 72", "72", "correct"),
        ("Antwort: 7", "7", "correct"),
        # "the answer is not 12, but 14": the denied value is part of the marker
        ("\u7b54\u6848\u4e0d\u662f 12\uff0c\u800c\u662f 14", "12", "incorrect"),
        ("\u7b54\u6848\u4e0d\u662f 12\uff0c\u800c\u662f 14", "14", "correct"),
        ("\u041e\u0442\u0432\u0435\u0442: \u043d\u0435 12, \u0430 15.", "12", "incorrect"),
        ("\u041e\u0442\u0432\u0435\u0442: \u043d\u0435 12, \u0430 15.", "15", "correct"),
        # "Answer = 5", and an answer given as JSON
        ("Answer = 5", "5", "correct"),
        (
            "The answer is 288 km (about 179 miles).",
            "288",
            "correct",
        ),  # an aside in parentheses is no part of it
        ("The answer is 5 (or 6).", "5", "incorrect"),  # ... but a hedge is
        ("The answer is minus 3.", "-3", "correct"),
        ('{"answer": 12, "reasoning": "twice six"}', "12", "correct"),
        ('```json\n{"final_answer": "\\\\frac{1}{2}"}\n```', "\\frac12", "correct"),
        # ... LaTeX written into a JSON or YAML string unescaped, a YAML key, and tags named for the final answer
        ('{"answer": "\\frac{3}{4}"}', "0.75", "correct"),
        ('{"answer": "45\\u00b0"}', "45", "correct"),
        (
            '```yaml\nsteps:\n  - "add"\nfinal_answer: "\\sqrt{3}"\nconfidence: high\n```',
            "\\sqrt3",
            "correct",
        ),
        ("final_answer: 64\n", "64", "correct"),
        ("<work>2 + 5 = 7</work>\n<final_answer>7</final_answer>", "7", "correct"),
        ("<steps>\n3 x 4 = 12\n</steps>\n<result>12</result>\n", "12", "correct"),
        # "or" in the languages models answer in offers two values
        ("\u7b54\u3048: $6$ \u307e\u305f\u306f $8$", "8", "incorrect"),
        ("\uc815\ub2f5: $6$ \ub610\ub294 $8$", "8", "incorrect"),
        # two candidate lists that share values are alternatives, not one list
        ("So the answer is 2, 3 or 1, 2, 3.", "1, 2, 3", "incorrect"),
        ("So the answer is 1, 2, or 3.", "1, 2, 3", "correct"),
        # program code is no answer: its comments and prints are not, the prose after it is
        ("```python\n# expected: \\boxed{15}\nprint(8 + 8)\n```\nThe answer is 16.", "15", "incorrect"),
        ("```python\n# expected: \\boxed{15}\nprint(8 + 8)\n```\nThe answer is 16.", "16", "correct"),
        ("```latex\n\\boxed{5}\n```", "5", "correct"),  # LaTeX in a fence is read
        # a box given as an example of the format is no answer
        ("Write it as \\boxed{answer}, e.g. \\boxed{10}. The answer is 12.", "10", "incorrect"),
        ("Write it as \\boxed{answer}, e.g. \\boxed{10}. The answer is 12.", "12", "correct"),
        # a final sentence that asks or sets a task is the question restated, not an answer
        ("Solve for $x$: $3x - 7 = 8$.", "8", "no_answer"),
        ("What is $3 + 2$?", "5", "no_answer"),
        ("Given the data, the mean is $5$.", "5", "correct"),
    ],
)
def test_templates_languages_json_code_and_restated_questions(
    completion: str, gold: str, status: str
) -> None:
    assert statuses_with_and_without_fallback(completion, gold) == (status, status)


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # a summary after the reasoning that states another value than the reasoning's box: that box is no answer
        (
            "<think>\nso 5 + 9 - 2 = \\boxed{12}.\n</think>\n\nTom has 14 apples.",
            "12",
            ("incorrect", "no_answer"),
        ),
        (
            "<think>\nso 5 + 9 - 2 = \\boxed{12}.\n</think>\n\nTom has 12 apples.",
            "12",
            ("correct", "correct"),
        ),
        ("<think>\nso \\boxed{12}.\n</think>\n\nI hope this helps.", "12", ("correct", "correct")),
        # "Wait" opens a correction of a box ("Actually" does not: it elaborates as often)
        (
            "\\boxed{15}\n\nWait, recomputing: 3 x 5 + 1 = 16.\n\nThe answer is 16.",
            "15",
            ("incorrect", "incorrect"),
        ),
        ("\\boxed{18}. Actually, let me double-check: 9 \\cdot 2 = 18. Yes.", "18", ("correct", "correct")),
    ],
)
def test_a_summary_or_a_correction_overrules_a_box(
    completion: str, gold: str, expected: tuple[str, str]
) -> None:
    assert statuses_with_and_without_fallback(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a placeholder as the last box is no answer, and no earlier (rejected) box takes its place
        (
            "Trying $n = 5$ gives \\boxed{5} as a candidate. Checking: it fails.\n\nFinal answer: \\boxed{?}",
            "5",
            "no_answer",
        ),
        ("We can express it in the form $\\boxed{\\frac34}$.", "\\frac34", "correct"),
        # a JSON key or another language's marker followed by a later statement is not the answer
        ('The output format is {"answer": 0}. Adding the parts, the total is $12$.', "0", "incorrect"),
        ("\u7b54\u3048\uff1a3\n\nWait, that was part (a). So the total is $7$.", "3", "incorrect"),
        ("Se a resposta \u00e9 5, ent\u00e3o falha. Portanto $x = 3$.", "3", "correct"),
        # "Actually" elaborating after a box is no correction
        ("\\boxed{10}\n\nActually, with 6 people the answer would be 15.", "10", "correct"),
        # end-of-sequence tokens: a strikethrough's </s> and a mention in prose end nothing
        ("I first wrote <s>\\boxed{5}</s>, but rechecking gives \\boxed{7}.", "7", "correct"),
        ("Models use tokens like <eos> to stop. So the answer is \\boxed{7}.", "7", "correct"),
        # an unclosed program fence is read
        ("```python\nprint(2+3)\n\nThe answer is \\boxed{5}.", "5", "correct"),
        # "answer =" opening the last line is an answer; a variable in code or prose is not
        ("answer = 3\nanswer = answer + 4\nprint(answer)\nThe output is $7$.", "7", "correct"),
        ("Let answer = a + b. So the total is $7$.", "7", "correct"),
        # a task label before a computed value is a statement; a restated problem is not
        ("Compute: $3 \\cdot 4 = 12$.", "12", "correct"),
        ("Solve for $x$: $2x + 1 = 7 \\Rightarrow x = 3$.", "3", "correct"),
        ("**Find the total:** $4 \\times 3 = 12$.", "12", "correct"),
        ("Solve for $x$: $3x - 7 = 8$.", "8", "no_answer"),
        # other-language copulas and an "(i.e." aside
        ("\uc815\ub2f5\uc740 12\uc785\ub2c8\ub2e4.", "12", "correct"),
        ("The answer is 3 (i.e. the number of red balls).", "3", "correct"),
    ],
)
def test_second_red_team_cases(completion: str, gold: str, status: str) -> None:
    assert statuses_with_and_without_fallback(completion, gold) == (status, status)


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a summary that states the box's value in another spelling does not contradict it
        ("<think>\nso \\boxed{\\frac{1}{2}}.\n</think>\n\nThe probability is 0.5.", "\\frac12", "correct"),
        ("<think>\nso \\boxed{1000}.\n</think>\n\nThe total is 1,000.", "1000", "correct"),
        (
            "<think>\nso \\boxed{12}.\n</think>\n\nThis gives the answer above.",
            "12",
            "correct",
        ),  # no number stated
        ("<think>\nso 5 + 9 - 2 = \\boxed{12}.\n</think>\n\nSo 14 apples remain.", "12", "no_answer"),
    ],
)
def test_a_summary_contradicts_the_reasoning_only_by_another_stated_number(
    completion: str, gold: str, status: str
) -> None:
    assert verify(completion, gold, last_number_fallback=False).status == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a text that ends inside a \( or \[ it never closed stopped mid-formula: cut, read for explicit answers only
        (
            "<think>so \\boxed{116}</think>\n\nThe probability is \\( \\frac{1}{115} \\), so \\( m = 1",
            "116",
            "correct",
        ),
        ("The probability is \\( \\frac{1}{115} \\), so \\( m = 1", "1", "no_answer"),
        ("Simplifying:\n\\[\n-\\frac{28}{24} = -\\frac{5", "5", "no_answer"),
        ("The value is \\( x = 5 \\).", "5", "correct"),
        (
            "\\begin{pmatrix}1 \\\\[4pt] 2\\end{pmatrix}",
            "\\begin{pmatrix}1\\\\2\\end{pmatrix}",
            "correct",
        ),  # a row break
        # a row break right before "(" or "[" at the end is no \( or \[ left open: the answer stands
        ("\\[ \\boxed{7} \\]\nwhich follows from the rows a \\\\(1) and b \\\\[2pt]", "7", "correct"),
        ("\\[ \\boxed{7} \\]\nwhich follows from \\(a\\) and \\(b", "7", "correct"),  # cut, the box read
        ("So $x = 7$, by \\(a\\) and \\(b", "7", "no_answer"),  # cut: explicit answers only
    ],
)
def test_a_text_ending_inside_an_open_formula_is_cut(completion: str, gold: str, status: str) -> None:
    verdict = verify(completion, gold)
    assert verdict.status == status
    if status == "no_answer":
        assert "truncated" in (verdict.detail or "")


@pytest.mark.parametrize(
    ("final_sentence", "gold", "status"),
    [
        # math written without delimiters, stated by the final sentence: read whole, units and glosses aside
        ("So the area is 4.5π.", "\\frac{9}{2}\\pi", "correct"),
        ("So x ≥ 2 and x < 7.", "[2,7)", "correct"),
        ("So it's 8 − 3√2.", "8-3\\sqrt{2}", "correct"),
        ("Combining: **x² + 2x + 1**", "(x+1)^2", "correct"),
        ("So the distance is 3 sqrt(2) units.", "3\\sqrt{2}", "correct"),
        ("The roots are x = 4 or x = −1.", "-1, 4", "correct"),
        ("So the probability is ⅝.", "\\frac58", "correct"),
        ("So the period is π ≈ 3.14.", "\\pi", "correct"),  # the exact value; the decimal is a gloss
        ("So the area is 4.5π.", "\\frac{7}{2}\\pi", "incorrect"),
        # ruled out, hedged, prose after it, unfinished, a task or a question: nothing is read
        ("So the answer is not 2π.", "2\\pi", "no_answer"),
        ("So either 2π or 3π.", "2\\pi", "no_answer"),
        ("So 4.5π is what we need to check next.", "\\frac{9}{2}\\pi", "no_answer"),
        ("So y = 2x + 1 for the line.", "y=2x+1", "no_answer"),
        ("So the area is 4.5π", "\\frac{9}{2}\\pi", "no_answer"),
        ("Let's find x² − 1.", "x^2-1", "no_answer"),
        ("Is it 4.5π?", "\\frac{9}{2}\\pi", "no_answer"),
    ],
)
def test_plain_math_in_the_final_sentence(final_sentence: str, gold: str, status: str) -> None:
    completion = "We work it out step by step.\n\n" + final_sentence
    assert verify(completion, gold).status == status
    # the rewards read it as they read a final math span: an explicit statement of the answer
    assert verify(completion, gold, options=REWARD_OPTIONS).status == status


def test_a_decimal_after_the_quantity_asked_for_is_the_answer() -> None:
    # "cos 30°" names what was asked; the decimal after it is the answer: a plain number, the last number's
    completion = "We work it out step by step.\n\nSo cos 30° ≈ 0.87."
    verdict = verify(completion, "\\frac{\\sqrt{3}}{2}")
    assert (verdict.status, verdict.predicted, verdict.source) == ("incorrect", "0.87", "last_number")
    assert (
        verify(completion, "0.87", options=REWARD_OPTIONS).status == "no_answer"
    )  # no guesses for the rewards


@pytest.mark.parametrize(
    "final_sentence",
    [
        # doubt, a supposition, a trial, a restated task, a side remark or a rejection: no result stated
        "I am curious whether the volume is 6√2.",
        "Suppose the volume is 6√2.",
        "Try V = 6√2.",
        "Simplify: 12√2/2.",
        "For comparison, the cube's volume is 6√2.",
        "So V = 6√2 is extraneous.",
        "Thus 6√2 violates the constraint.",
        "The volume isn't 6√2.",
        "Next we find 6√2 / 1.",
        "Goal: 6√2.",  # a task restated under its label
        "So the volume is not V = 6√2.",  # a negation before the name the value is given to
        "It can't be six.",
        "The volume is six if the edge doubles.",
        "Is V = 6√2 the volume.",  # a question typed with a full stop
        "With the other edge we'd get 6√2.",
        "We cannot conclude that V = 6√2.",
        "Start with V = 6√2.",
    ],
)
def test_a_guess_its_sentence_does_not_state_is_no_answer(final_sentence: str) -> None:
    completion = "We set up the volume formula and compute.\n\n" + final_sentence
    gold = "6" if "six" in final_sentence else "6\\sqrt{2}"
    assert verify(completion, gold).status == "no_answer"
    assert verify(completion, gold, options=REWARD_OPTIONS).status == "no_answer"


@pytest.mark.parametrize(
    ("final_sentence", "gold"),
    [
        # ... while a stated result stays one, a hedge reads both values, a contrast keeps the value before it
        ("So the volume is 6√2.", "6\\sqrt{2}"),
        ("If we add them, the total is 6√2.", "6\\sqrt{2}"),
        ("So now the volume is 6√2 cubic units.", "6\\sqrt{2}"),
        ("So the volume is 6√2, not 12√2.", "6\\sqrt{2}"),
        ("The volume is six.", "6"),
        ("The probability is one third, not one half.", "\\frac{1}{3}"),
        ("Options A and C fail, so B.", "B"),
        # a summary's own words are no doubt: a condition before a comma, a negation about something else, "would"
        ("Given that, the volume is 6√2.", "6\\sqrt{2}"),
        ("Not counting the base, the volume is 6√2.", "6\\sqrt{2}"),
        ("So she would need 90 points.", "90"),
        ("So the probability is 5/12, which is not too surprising.", "\\frac{5}{12}"),
        ("So x = −1 (x = 4 is an extraneous solution).", "-1"),
        ("Simplify: 15/36 = 5/12.", "\\frac{5}{12}"),
        ("The answer is 5. Hmm, that's wrong: the radius was 3.", "3"),
        (
            "Thus the largest prime divisor of 15 ! - 13 ! is 19 .",
            "19",
        ),  # (a factorial's "!" ends no sentence)
    ],
)
def test_a_stated_result_is_read_despite_the_gate(final_sentence: str, gold: str) -> None:
    completion = "We set up the volume formula and compute.\n\n" + final_sentence
    assert verify(completion, gold).status == "correct"


def test_a_decimal_gold_compares_the_decimal_of_an_approximation() -> None:
    completion = "Long division gives 0.142857...\n\nSo 1/7 ≈ 0.142."
    assert verify(completion, "0.143").status == "incorrect"  # the decimal asked for is wrong
    assert verify(completion, "\\frac{1}{7}").status == "correct"  # the exact value is right
    assert verify("So the period is π ≈ 3.14.", "3.14").status == "correct"


@pytest.mark.parametrize(
    ("answer", "gold", "status"),
    [
        # an exact value and its decimal, rounded right: the gold is answered by either side ("ln 2 ≈ 0.693" for a
        # gold of two digits, which the more precise decimal alone does not round to under the policy)
        ("\\ln 2 \\approx 0.693", "0.69", "correct"),
        ("\\ln 2 \\approx 0.69", "0.6931", "correct"),
        ("\\frac17 \\approx 0.143", "0.14", "correct"),
        ("\\ln 2 \\approx 0.693", "0.693", "correct"),
        # ... not a decimal cut short, nor a pair whose exact value is not the gold's
        ("\\frac17 \\approx 0.142", "0.143", "incorrect"),
        ("\\ln 3 \\approx 0.693", "0.69", "incorrect"),
        ("\\ln 2 \\approx 0.693", "0.7", "incorrect"),
    ],
)
def test_an_approximation_answers_a_decimal_gold_by_either_side(answer: str, gold: str, status: str) -> None:
    assert verify(f"So the answer is $\\boxed{{{answer}}}$.", gold).status == status


@pytest.mark.parametrize(
    "final_sentence",
    [
        # a fraction in words opening a sentence of several clauses is no result
        "Two thirds of the beads are red, so one third are blue.",
        "One quarter of the cake is left, which means three quarters were eaten.",
    ],
)
def test_first_words_of_a_sentence_of_clauses_are_no_answer(final_sentence: str) -> None:
    completion = "We count the beads.\n\n" + final_sentence
    assert verify(completion, "\\frac{2}{3}").status == "no_answer"
    assert verify(completion, "\\frac{1}{4}").status == "no_answer"


@pytest.mark.parametrize(
    ("last_line", "gold", "status"),
    [
        # a last paragraph of math alone is a finished conclusion without a full stop
        ("x² − 4x + 3", "x^2-4x+3", "correct"),
        ("x = −6/3 = −2", "-2", "correct"),
        ("(−∞, −2] ∪ [3, ∞)", "(-\\infty,-2]\\cup[3,\\infty)", "correct"),
        ("42", "42", "correct"),
        # ... but not an operator left dangling, an open bracket, a lone name, prose, or a list's next enumerator
        ("x² − 4x +", "x^2-4x", "no_answer"),
        ("(x − 1)(x", "x-1", "no_answer"),
        ("x", "x", "no_answer"),
        ("so 42", "42", "no_answer"),
    ],
)
def test_a_last_line_of_math_alone_is_a_conclusion(last_line: str, gold: str, status: str) -> None:
    completion = "We expand the product term by term.\n\n" + last_line
    assert verify(completion, gold).status == status
    assert verify(completion, gold, truncated=True).status != "correct"  # cut by the length limit: never


def test_a_numbered_lists_next_enumerator_is_no_conclusion() -> None:
    completion = "Plan:\n\n1. Expand the product.\n\n2"
    assert verify(completion, "2").status == "no_answer"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a last line right under the work that names its value or repeats the value above it
        ("The hens lay 12 eggs a day.\n12*7=84\n84", "84", "correct"),
        ("Favourable: HHT, HTH, THH = 3\nP = 3/8", "\\frac{3}{8}", "correct"),
        # ... but not another line of a derivation, nor a list's next enumerator
        ("We expand:\n2x + 3 = 7\n2x", "2", "no_answer"),
        ("Steps\n1. first\n2", "2", "no_answer"),
        # verbs that state a form or a measure
        ("We factor.\n\nSo x² − 4x + 3 factors as (x − 1)(x − 3).", "(x-1)(x-3)", "correct"),
        ("We add the angles.\n\nEach interior angle measures 120°.", "120", "correct"),
    ],
)
def test_lines_under_the_work_and_stating_verbs(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold).status == status


def test_a_value_restated_after_which_is_the_later_one() -> None:
    # "4/6, which simplifies to 1/3": the text commits to the simplified value (here a wrong one)
    completion = "The probability of red first is 4/6.\n\nTherefore, the probability is **4/6**, which simplifies to **1/3**."
    assert verify(completion, "\\frac{1}{3}").correct
    assert not verify(completion, "\\frac{2}{3}").correct
    # a detail after "which" still leaves the value before it
    assert verify("So the minimum value is 4, which occurs at $x = 3$.", "4").correct
