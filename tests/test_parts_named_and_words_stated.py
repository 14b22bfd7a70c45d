"""Parts named without a verb or on their own lines ("Centre (2, -3), radius 5.", "- Radius: $r = 5$", "Mean = 6,
Median = 7" with no full stop), counts named by their nouns, a bound said before a number, a value rounded in bold,
answers in words (a hyphen, the noun of the kind asked, "T" for True, a gold of several words), the codes a problem
asks to enter, and a box that gives its value to another variable than the one asked: the forms the fifty-first
session's blind probes found read wrong. Each kind of case has a twin that goes the other way, so a rule that reads
every such answer as right, or none, fails."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.stated_reply import stated_reply

_SQUARE = "Completing the square gives $(x-2)^2 + (y+3)^2 = 25$.\n\n"

_CASES = {
    "a point in plain text is one named value": [
        ("The centre is (2, -3) and the radius is 5.", "(2,-3), 5", True),
        ("The centre is (2, -3) and the radius is 4.", "(2,-3), 5", False),
    ],
    "parts named without a verb": [
        (_SQUARE + "Centre (2, -3), radius 5.", "(2,-3), 5", True),
        (_SQUARE + "Centre (2, -3), radius 4.", "(2,-3), 5", False),
        (_SQUARE + "Centre $(2, -3)$, radius $5$.", "(2,-3), 5", True),
        ("The circle has center $(2,-3)$ and radius $5$.", "(2,-3), 5", True),
        ("The circle has center $(2,-3)$ and radius $5$.", "(2,3), 5", False),
        ("$x^4+1=(x^2+1)(x^2-1)+2$.\n\nQuotient $x^2-1$, remainder $2$.", "x^2-1, 2", True),
        ("$x^4+1=(x^2+1)(x^2-1)+2$.\n\nQuotient $x^2-1$, remainder $2$.", "x^2-1, 3", False),
        ("So the line is steep.\n\nSlope $\\frac{3}{2}$, y-intercept $-4$.", "\\frac{3}{2}, -4", True),
        ("So the line is steep.\n\nSlope $\\frac{3}{2}$, y-intercept $4$.", "\\frac{3}{2}, -4", False),
        # (a clause with a verb names no parts: "Adding 3 and 4" is work, and 7 its result)
        ("Adding 3 and 4 gives 7.", "3, 4", False),
        # (a sentence that states one value and checks it is no list of two named parts)
        (
            "The case $a = 1$ fails.\n\nThe only solution is $(a, b) = (2, 4)$, since $2^4 = 4^2 = 16$.",
            "(2,4)",
            True,
        ),
    ],
    "named values whose '=' and value are in the math, with a unit after it": [
        ("Solving, $l = 12$.\n\nLength $= 12$ cm, width $= 5$ cm.", "12, 5", True),
        ("Solving, $l = 12$.\n\nLength $= 12$ cm, width $= 6$ cm.", "12, 5", False),
    ],
    "a remark in brackets after a named value": [
        (
            "The sorted data are 1, 3, 3, 5, 7, 11.\n\nMedian = 4 (average of 3 and 5), mode = 3, and mean = 5.",
            "4, 3, 5",
            True,
        ),
        (
            "The sorted data are 1, 3, 3, 5, 7, 11.\n\nMedian = 4 (average of 3 and 5), mode = 5, and mean = 5.",
            "4, 3, 5",
            False,
        ),
    ],
    "named values on a line of math without a full stop": [
        ("Sum = 36, n = 6, so the mean is 6.\n\nMean = 6, Median = 7", "6, 7", True),
        ("Sum = 36, n = 6, so the mean is 6.\n\nMean = 6, Median = 8", "6, 7", False),
    ],
    "a part's value given to its symbol on the part's line": [
        (_SQUARE + "Therefore:\n- Centre: $(2, -3)$\n- Radius: $r = 5$", "(2,-3), 5", True),
        (_SQUARE + "Therefore:\n- Centre: $(2, -3)$\n- Radius: $r = 4$", "(2,-3), 5", False),
    ],
    "counts named by the nouns the gold counts": [
        (
            "So q = 12 and d = 8.\n\n- Dimes: 8\n- Quarters: 12",
            "8 \\text{ dimes}, 12 \\text{ quarters}",
            True,
        ),
        (
            "So q = 8 and d = 12.\n\n- Dimes: 12\n- Quarters: 8",
            "8 \\text{ dimes}, 12 \\text{ quarters}",
            False,
        ),
        (
            "So q = 12 and d = 8.\n\n- Dimes: 8\n- Nickels: 12",
            "8 \\text{ dimes}, 12 \\text{ quarters}",
            False,
        ),
        (
            "$\\boxed{\\text{dimes} = 8, \\text{quarters} = 12}$",
            "8 \\text{ dimes}, 12 \\text{ quarters}",
            True,
        ),
    ],
    "a counted noun of one word against the gold's noun of two": [
        (
            "$a = 70$, $c = 50$.\n\nSo the numbers of adult and child tickets are 70 and 50, respectively.",
            "70 adult tickets and 50 child tickets",
            True,
        ),
        (
            "$a = 50$, $c = 70$.\n\nSo the numbers of adult and child tickets are 50 and 70, respectively.",
            "70 adult tickets and 50 child tickets",
            False,
        ),
    ],
    "names listed before the values they get, respectively": [
        (
            "Solving the system, the numbers of adult and child tickets are 70 and 50, respectively.",
            "70 \\text{ adult}, 50 \\text{ child}",
            True,
        ),
        (
            "Solving the system, the numbers of child and adult tickets are 70 and 50, respectively.",
            "70 \\text{ adult}, 50 \\text{ child}",
            False,
        ),
    ],
    "counts in a sentence, each with its noun, in another order than the gold's": [
        (
            "If all were chickens there would be 60 legs.\n\nThere are 7 cows and 23 chickens.",
            "23 \\text{ chickens}, 7 \\text{ cows}",
            True,
        ),
        (
            "If all were chickens there would be 60 legs.\n\nThere are 7 chickens and 23 cows.",
            "23 \\text{ chickens}, 7 \\text{ cows}",
            False,
        ),
    ],
    "a span that opens with 'therefore' concludes the lines of work above it": [
        ("$4x - 3 = 17$\n$4x = 20$\n$\\therefore\\ x = 5$", "5", True),
        ("$4x - 3 = 17$\n$4x = 20$\n$\\therefore\\ x = 5$", "20", False),
    ],
    "a check that goes on to conclude is no check after the answer": [
        (
            "Case 1: $2x - 5 = 3 \\Rightarrow x = 4$.\nCase 2: $2x - 5 = -3 \\Rightarrow x = 1$.\n\nBoth check out,"
            " so the solutions are $x = 1$ or $x = 4$.",
            "1, 4",
            True,
        ),
        (
            "Case 1: $2x - 5 = 3 \\Rightarrow x = 4$.\nCase 2: $2x - 5 = -3 \\Rightarrow x = 1$.\n\nBoth check out,"
            " so the solutions are $x = 1$ or $x = 4$.",
            "4",
            False,
        ),
    ],
    "a bound said before a number is no value": [
        ("The multiples of 7 start 7, 14, 21.\n\nThere are at least 7 such multiples.", "7", False),
        ("The multiples of 7 are 7, 14, ..., 49.\n\nThere are 7 such multiples.", "7", True),
        ("Completing the square, $(x-2)^2 + 7 \\ge 7$.\n\nSo the minimum is at least 7.", "7", False),
        ("Completing the square, $(x-2)^2 + 7 \\ge 7$.\n\nSo the minimum is 7.", "7", True),
        ("Checking a few cases.\n\nThere are at most 3 such triangles.", "3", False),
    ],
    "the value a span rounds to, in bold": [
        ("$\\sqrt{200} = 10\\sqrt{2} \\approx 14.14$, which rounds to **14**.", "14", True),
        ("$\\sqrt{200} = 10\\sqrt{2} \\approx 14.14$, which rounds to **15**.", "14", False),
    ],
    "a word with and without its hyphen": [
        ("A positive angle.\n\n$\\boxed{\\text{counter-clockwise}}$", "\\text{counterclockwise}", True),
        ("A negative angle.\n\n$\\boxed{\\text{clockwise}}$", "\\text{counterclockwise}", False),
        ("$\\boxed{\\text{non-negative}}$", "\\text{nonnegative}", True),
        # (letters joined by a minus sign are math: "ab - cd" is no word)
        ("$\\boxed{abc-def}$", "abcdef", False),
    ],
    "a word inside another joined by a hyphen is not said": [
        (
            "The angle changes by $90^\\circ$.\n\nThe rotation is counter-clockwise.",
            "\\text{clockwise}",
            False,
        ),
        ("The angle changes by $-90^\\circ$.\n\nThe rotation is clockwise.", "\\text{clockwise}", True),
    ],
    "a word gold the concluding clause states after the work in its own sentence": [
        ("$5^2+12^2 = 25+144 = 169 = 13^2$, so it's a right triangle.", "\\text{right}", True),
        ("$5^2+12^2 = 25+144 = 169 = 13^2$, so it's a right triangle.", "\\text{obtuse}", False),
        (
            "Both terms decrease to 0.\n\nThus $\\sum (-1)^{n}/n^2$ converges conditionally, whereas $\\sum (-1)^{n}/n$"
            " converges absolutely.",
            "\\text{converges conditionally}",
            False,
        ),
        # (another word of the kind in the sentence: the triangle is obtuse, two of its angles acute)
        (
            "$6^2 + 7^2 = 85 < 9^2$, so the triangle is obtuse; each of its other two angles is acute.",
            "\\text{acute}",
            False,
        ),
    ],
    "a kind's adjective without the noun asked": [
        ("Two sides are $\\sqrt{29}$.\n\n$\\boxed{\\text{isosceles}}$", "\\text{isosceles triangle}", True),
        ("All sides are 4.\n\n$\\boxed{\\text{equilateral}}$", "\\text{isosceles triangle}", False),
        ("$f(-x) = f(x)$.\n\n$\\boxed{\\text{even}}$", "\\text{even function}", True),
        ("$f(-x) = -f(x)$.\n\n$\\boxed{\\text{odd}}$", "\\text{even function}", False),
    ],
    "T and F for the truth values": [
        ("$(2a+1)+(2b+1) = 2(a+b+1)$, which is even.\n\n$\\boxed{T}$", "\\text{True}", True),
        ("$(2a+1)+(2b+1) = 2(a+b+1)$, which is even.\n\n$\\boxed{F}$", "\\text{True}", False),
        ("$(2a+1)+(2b+1) = 2(a+b+1)$, which is odd.\n\n$\\boxed{F}$", "\\text{False}", True),
        # (against a reply "Yes" a capital letter may be a variable or a choice)
        ("So it holds.\n\n$\\boxed{T}$", "\\text{Yes}", False),
    ],
    "a gold of several words stated by the final sentence": [
        (
            "Suppose there are finitely many, $p_1, \\dots, p_k$. Then $p_1 \\cdots p_k + 1$ has a new prime"
            " factor.\n\nSo there are infinitely many primes.",
            "\\text{infinitely many}",
            True,
        ),
        (
            "Suppose there are finitely many, $p_1, \\dots, p_k$. Then $p_1 \\cdots p_k + 1$ has no new prime"
            " factor.\n\nSo there are not infinitely many primes.",
            "\\text{infinitely many}",
            False,
        ),
        (
            "By pairing the moves, $n = 7$ is odd. Therefore the second player wins.",
            "\\text{second player}",
            True,
        ),
        (
            "By pairing the moves, $n = 7$ is odd. Therefore the first player wins.",
            "\\text{second player}",
            False,
        ),
    ],
    "a reply that opens the last paragraph, in English or another language": [
        ("We check divisors.\n\nNein, denn $221 = 13 \\cdot 17$.", "\\text{No}", True),
        ("We check divisors.\n\nJa, denn $221 = 13 \\cdot 17$.", "\\text{No}", False),
        (
            "We check.\n\nOui : $561 = 3 \\cdot 11 \\cdot 17$ est sans facteur carr\u00e9.",
            "\\text{Yes}",
            True,
        ),
        ("False. Counterexample: $\\sqrt2 + (-\\sqrt2) = 0$, which is rational.", "\\text{False}", True),
        ("True. Counterexample: $\\sqrt2 + (-\\sqrt2) = 0$, which is rational.", "\\text{False}", False),
    ],
    "parts in another unit than the gold's parts": [
        (
            "$b + c = 18$, $b - c = 12$.\n\nBoat: 15 km/h, current: 3 km/h.",
            "15 \\text{ km/h}, 3 \\text{ km/h}",
            True,
        ),
        (
            "$b + c = 18$, $b - c = 12$.\n\nBoat: 15 m/s, current: 3 m/s.",
            "15 \\text{ km/h}, 3 \\text{ km/h}",
            False,
        ),
    ],
    "parts the gold names, in another order, with their units": [
        ("Adding: 10 = 5a.\n\nT = 24 N, a = 2 m/s^2", "a = 2\\text{ m/s}^2, T = 24\\text{ N}", True),
        ("Adding: 10 = 5a.\n\nT = 24 kN, a = 2 m/s^2", "a = 2\\text{ m/s}^2, T = 24\\text{ N}", False),
        ("Adding: 10 = 5a.\n\na = 2 m/s^2, T = 24 N", "a = 2\\text{ m/s}^2, T = 24\\text{ N}", True),
    ],
    "a list of angles in the other measure": [
        (
            "$\\sin x = 1/2$ at $30^\\circ$ and $150^\\circ$.\n\n\\boxed{30^\\circ, 150^\\circ}",
            "\\frac{\\pi}{6}, \\frac{5\\pi}{6}",
            True,
        ),
        (
            "$\\sin x = 1/2$ at $30^\\circ$ and $120^\\circ$.\n\n\\boxed{30^\\circ, 120^\\circ}",
            "\\frac{\\pi}{6}, \\frac{5\\pi}{6}",
            False,
        ),
        ("So $\\boxed{\\frac{5\\pi}{6}, \\frac{\\pi}{6}}$.", "30^\\circ, 150^\\circ", True),
    ],
    "a list of options copied out chooses none": [
        ("Since I'm unsure, I'll list the options.\n(A) 10\n(B) 12\n(C) 15\n(D) 18\n(E) 20", "20", False),
        (
            "The options are\n(A) 10\n(B) 12\n(C) 20\n\nWe compute $4 + 16 = 20$, so the answer is 20.",
            "20",
            True,
        ),
    ],
    "a value restated in brackets in another unit, in scientific notation or with a power": [
        (
            "$E = hc/\\lambda$ = 2.0 eV.\n\nThe photon energy is 2.0 eV (3.2 × 10^-19 J).",
            "3.2 \\times 10^{-19} \\mathrm{~J}",
            True,
        ),
        (
            "$E = hc/\\lambda$ = 2.0 eV.\n\nThe photon energy is 2.0 eV (4.2 × 10^-19 J).",
            "2.0 \\text{ eV}",
            False,
        ),
        ("$V = nRT/P$ = 22.4 L.\n\nSo one mole occupies 22.4 L (0.0224 m³) at STP.", "22.4 \\text{ L}", True),
        (
            "$V = nRT/P$ = 22.4 L.\n\nSo one mole occupies 22.4 L (0.0224 m³) at STP.",
            "24.2 \\text{ L}",
            False,
        ),
    ],
    "a value restated in brackets with another value of the quantity is two answers": [
        ("$v = 450/18 = 25$ m/s (9.0 km/h).", "25\\ \\text{m/s}", False),
        ("$v = 450/18 = 25$ m/s (90 km/h).", "25\\ \\text{m/s}", True),
        ("$I = 1200/240 = 5.0$ A (500 mA).", "5.0\\ \\text{A}", False),
        ("$I = 1200/240 = 5.0$ A (5000 mA).", "5.0\\ \\text{A}", True),
    ],
    "unicode-math's minus sign": [
        ("$\\boxed{\\minus 5}$", "-5", True),
        ("$\\boxed{\\minus 5}$", "5", False),
    ],
    "an ordinal word the gold names": [
        ("The nim-sum is $3 \\oplus 5 \\oplus 6 = 0$. The second player wins.", "\\text{Second}", True),
        ("The nim-sum is $3 \\oplus 5 \\oplus 6 = 6$. The first player wins.", "\\text{Second}", False),
    ],
}

_CONIC = (
    'Which type of conic section is described by the equation $x^2 - y^2 + 2x = 0$? Enter "C" for circle, "P"'
    ' for parabola, "E" for ellipse, "H" for hyperbola, and "N" for none of the above.'
)
_REMAINDER = "What is the remainder when $2^{10}$ is divided by 7?\n(A) 1  (B) 2  (C) 4  (D) 6"
_SYSTEM = "If $x + y = 12$ and $x - y = 2$, what is $y$?"
_SYSTEM_WORK = (
    "From $x + y = 12$ and $x - y = 2$: subtracting, $2x = 10$, so $x = 5$. Then $y = 12 - 5 = 7$.\n\n"
    "So $x = 5$ and $y = 7$.\n\n"
)
_FLIGHT = (
    "A ball is thrown horizontally at 15 m/s from a height of 45 m. Taking g = 10 m/s², find the time of flight and"
    " the horizontal distance travelled."
)

_CONVERGES = "Does the series $\\sum_{n=1}^{\\infty} \\frac{n}{n+1}$ converge?"
_PRIME = "Is 221 prime?"
_EXISTS = "Does an integer $n$ with $n^2 = 2$ exist?"
_COUNTABLE = "Is the set $\\mathbb{Q}$ of rational numbers countable?"
_POLYNOMIAL = (
    "Does there exist a polynomial $p$ with integer coefficients such that $p(1) = 2$ and $p(3) = 5$?"
)
_PRIME_561 = "Is 561 prime?"
_INTEGRAL = "Does $\\int_0^1 \\frac{dx}{x}$ converge?"
_DIFFERENTIABLE = "Is $f(x) = |x|^{3/2}$ differentiable at $0$?"
_RADIANS = "Solve $2\\sin x = 1$ for $0 \\le x < 2\\pi$. Give your answers in radians."
_SHARE = "Ann and Ben share 60 apples so that Ann gets twice as many as Ben. How many apples does each get?"
_COINS = "Maya has 25 nickels and dimes worth \\$1.90. How many nickels and how many dimes does she have?"
_JAR = "A jar holds 30 coins, all nickels and dimes, worth \\$2.15 in total. How many of each coin are there?"
_TICKETS = (
    "Adult tickets cost $8 and child tickets $5. A total of 200 tickets were sold for $1330. How many adult tickets and"
    " how many child tickets were sold?"
)
_EVEN = "Determine whether $n^2+n$ is even for every integer $n$."
_POWERS = "Is $3^n \\ge 2n + 1$ for every positive integer $n$?"
_TOUR = "Is an open knight's tour of a 4×4 board possible or impossible?"
_SOCKS = "A drawer holds socks of 6 colours. What is the least number of socks that must be drawn to guarantee a pair?"
_KNIGHTS = "Determine the maximal positive $K$ such that Horst can place at least $K$ knights."
_MINIMUM = "Find the minimum value of $f(x) = x^2 - 4x + 11$."
_MULTIPLES = "How many positive integers less than 50 are multiples of 7?"

_WITH_THE_PROBLEM = {
    "the codes a problem asks to enter are its choices": [
        ("Opposite signs, so it is a hyperbola.\n\n$\\boxed{\\text{hyperbola}}$", "\\text{(H)}", _CONIC, True),
        ("Equal signs, so it is a parabola.\n\n$\\boxed{\\text{parabola}}$", "\\text{(H)}", _CONIC, False),
        ("One squared term.\n\n$\\boxed{P}$", "\\text{parabola}", _CONIC, True),
        ("Opposite signs.\n\n$\\boxed{H}$", "\\text{parabola}", _CONIC, False),
    ],
    "an answer line that opens with the answer choice": [
        ("1024 mod 7 = 2.\n\nanswer choice B: 2", "\\text{(B) }2", _REMAINDER, True),
        ("1024 mod 7 = 4.\n\nanswer choice C: 4", "\\text{(B) }2", _REMAINDER, False),
    ],
    "a box that gives its value to another variable than the one asked": [
        (_SYSTEM_WORK + "$$\\boxed{x = 5}$$", "5", _SYSTEM, False),
        (_SYSTEM_WORK + "$$\\boxed{y = 7}$$", "7", _SYSTEM, True),
        (_SYSTEM_WORK + "$$\\boxed{7}$$", "7", _SYSTEM, True),
    ],
    "each part named with its unit, where the problem asks for two measures": [
        ("$45 = 5t^2$, so $t = 3$ s, and $15 \\times 3 = 45$.\n\nt = 3 s, x = 45 m", "3 \\text{ s}, 45 \\text{ m}",
         _FLIGHT, True),
        ("$45 = 5t^2$, so $t = 3$ s, and $15 \\times 3 = 45$.\n\nt = 3 s, x = 40 m", "3 \\text{ s}, 45 \\text{ m}",
         _FLIGHT, False),
    ],
    "a property said or denied answers a yes-or-no question": [
        ("By the divergence test, the terms tend to $1 \\neq 0$, so the series diverges.", "No", _CONVERGES, True),
        ("By the divergence test, the terms tend to $1 \\neq 0$, so the series diverges.", "Yes", _CONVERGES, False),
        ("We check $7$, $11$, $13$: $221 = 13 \\cdot 17$, so 221 is composite.", "\\text{No}", _PRIME, True),
        ("We check $7$, $11$, $13$: $221 = 13 \\cdot 17$, so 221 is not prime.", "\\text{Yes}", _PRIME, False),
        ("Squares of integers are $0, 1, 4, \\dots$; hence no such integer exists.", "No", _EXISTS, True),
        ("By Cantor's pairing, $\\mathbb{Q}$ is countable.", "\\text{Yes}", _COUNTABLE, True),
        ("By Cantor's diagonal argument, it is uncountable.", "\\text{Yes}", _COUNTABLE, False),
        ("A polynomial's divisibility fails here. No, such a polynomial cannot exist.", "No", _POLYNOMIAL, True),
        # (two denials undo each other; a sentence about another object, or an aside, states no reply)
        ("No divisor up to 23 is found.\n\nIt is not true that 561 is not prime.", "No", _PRIME_561, False),
        (
            "$\\int_0^1 dx/x = \\ln 1 - \\ln 0$, so $\\int_0^1 \\frac{dx}{x}$ converges to 1.\n\nBy contrast,"
            " $\\int_1^\\infty \\frac{dx}{x}$ diverges.",
            "No",
            _INTEGRAL,
            False,
        ),
        (
            "$f$ has no jump at 0, so $f$ is differentiable there. Yes.\n\n(A function with a jump, like the sign"
            " function, would not be differentiable.)",
            "No",
            _DIFFERENTIABLE,
            False,
        ),
        ("$3^1 = 3 \\ge 2(1) + 1$. ✓\n\nSo the statement holds for $n = 1$.", "Yes", _POWERS, False),
        (
            "$|h|/h \\to 1$ from both sides, so $f$ is differentiable at $0$. The function $1/x$, on the other hand, is"
            " not differentiable at 0.",
            "No",
            _DIFFERENTIABLE,
            False,
        ),
        # (a hedge, a condition, or a question between alternatives states no reply)
        ("With $p = 2$, it converges if $p > 1$.", "Yes", _CONVERGES, False),
        ("We tried all 16 squares.\n\n$\\boxed{\\text{possible}}$", "\\text{impossible}", _TOUR, False),
    ],
    "a list of angles in the measure the problem does not ask for": [
        ("$\\sin x = \\frac{1}{2}$, so $x = 30^\\circ$ or $x = 150^\\circ$.", "\\frac{\\pi}{6}, \\frac{5\\pi}{6}", _RADIANS, False),
        ("$\\sin x = \\frac{1}{2}$, so $x = \\frac{\\pi}{6}$ or $x = \\frac{5\\pi}{6}$.", "\\frac{\\pi}{6}, \\frac{5\\pi}{6}", _RADIANS, True),
    ],
    "each value of a sentence with the one it belongs to, in the order the question names them": [
        ("Ben takes one part of 20 and Ann two.\n\nBen gets 20 apples and Ann gets 40 apples.", "40, 20", _SHARE, True),
        ("Ben takes one part of 40 and Ann two.\n\nBen gets 40 apples and Ann gets 20 apples.", "40, 20", _SHARE, False),
        ("So $d = 13$ and $n = 12$.\n\nMaya has 13 dimes and 12 nickels.", "12, 13", _COINS, True),
        ("So $d = 12$ and $n = 13$.\n\nMaya has 12 dimes and 13 nickels.", "12, 13", _COINS, False),
        ("So $n = 17$, $d = 13$.\n\nThere are 13 dimes and 17 nickels.", "17 nickels and 13 dimes", _JAR, True),
    ],
    "parts named by the sentence are not regraded by the one the question names first": [
        ("$3a = 330$, so $a = 110$, $c = 90$.\n\n110 adult tickets and 90 child tickets were sold.", "110 adult, 90 child", _TICKETS, True),
        ("$3a = 330$, so $a = 110$, $c = 90$.\n\n90 adult tickets and 110 child tickets were sold.", "110 adult, 90 child", _TICKETS, False),
    ],
    "a claim said to hold or fail answers a task that asks whether it holds": [
        ("$n^2 + n = n(n+1)$, a product of consecutive integers.\n\nSo the statement holds for all $n$.", "\\text{Yes}", _EVEN, True),
        ("$n^2 + n = n(n+1)$, a product of consecutive integers.\n\nSo the statement holds for all $n$.", "\\text{No}", _EVEN, False),
        ("For $n = 1$, $n^2 + n = 2$.\n\nSo the statement does not hold for all $n$.", "\\text{No}", _EVEN, True),
        ("For $n = 1$, $n^2 + n = 2$.\n\nSo the statement probably holds.", "\\text{Yes}", _EVEN, False),
    ],
    "a least or greatest number stated as the bound needed": [
        ("There are 6 colours of socks.\n\nSo at least 7 socks must be drawn.", "7", _SOCKS, True),
        ("There are 6 colours of socks.\n\nSo at least 8 socks must be drawn.", "7", _SOCKS, False),
        ("Each cycle holds one knight.\n\nHence Horst can put at most 100 knights in total.", "100", _KNIGHTS, True),
        # (a bound of the extreme itself, or a bound where a count is asked, is no value)
        ("Completing the square, $(x-2)^2 + 7 \\ge 7$.\n\nSo the minimum is at least 7.", "7", _MINIMUM, False),
        ("The multiples of 7 start 7, 14, 21.\n\nThere are at least 7 such multiples.", "7", _MULTIPLES, False),
    ],
}  # fmt: skip


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CASES))
def test_the_verdict(completion, gold, correct):
    """Each kind of case (the keys of ``_CASES``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), read with the problem, with twins."""
    assert verify(completion, gold, problem=problem).correct is correct


_NAMES = st.sampled_from(["Centre", "Vertex", "Focus", "Midpoint"])
_COORDINATE = st.integers(min_value=-9, max_value=9)


@given(name=_NAMES, x=_COORDINATE, y=_COORDINATE, r=st.integers(min_value=1, max_value=20))
def test_a_point_and_a_length_named_without_a_verb_are_read_part_by_part(name, x, y, r):
    """A point and a length named without a verb ("Centre (x, y), radius r.") are the two parts, in order: right
    against their own values, wrong when any part differs or the parts are swapped."""
    answer = f"Reading off the equation.\n\n{name} ({x}, {y}), radius {r}."
    assert verify(answer, f"({x},{y}), {r}").correct
    assert not verify(answer, f"({x},{y}), {r + 1}").correct
    assert not verify(answer, f"({x},{y + 1}), {r}").correct
    assert not verify(answer, f"{r}, ({x},{y})").correct


# (a property, its opposite, and a yes-or-no question asking either one)
_PROPERTIES = st.sampled_from(
    [
        ("converges", "diverges", "Does the series $\\sum a_n$ {} ?", "the series {}"),
        ("rational", "irrational", "Is $x$ {}?", "$x$ is {}"),
        ("prime", "composite", "Is $n$ {}?", "$n$ is {}"),
        ("countable", "uncountable", "Is the set $S$ {}?", "the set $S$ is {}"),
    ]
)


@given(prop=_PROPERTIES, asks_positive=st.booleans(), says_positive=st.booleans(), denied=st.booleans())
def test_the_reply_stated_is_the_property_said_or_denied(prop, asks_positive, says_positive, denied):
    """The reply a last sentence states: yes when it says (or denies the opposite of) what the question asks, no
    otherwise, and the verdict against a yes-or-no gold follows it."""
    positive, negative, question, statement = prop
    asked = question.format(positive.removesuffix("s") if "series" in question else positive)
    if not asks_positive:
        asked = question.format(negative.removesuffix("s") if "series" in question else negative)
    word = positive if says_positive else negative
    if denied:
        word = ("does not " + word.removesuffix("s")) if "series" in question else "not " + word
    completion = f"We check the definition carefully.\n\nTherefore {statement.format(word)}."
    holds = says_positive != denied
    expected = "Yes" if holds == asks_positive else "No"
    assert stated_reply(completion, asked) == expected
    assert verify(completion, expected, problem=asked).correct
    assert not verify(completion, "No" if expected == "Yes" else "Yes", problem=asked).correct
