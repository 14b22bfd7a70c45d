"""Readings added after the fifty-fifth session's blind probes (science answers, corrections, checks); each with a
twin that must not be paid.

- an answer converted to another unit of the gold's kind and rounded at its last digit, three significant digits or
  more ("101.3 kPa" for "1 atm", "3.07 pc" for "10 ly"), not when the problem asks for the gold's unit ("16.67 m/s"
  where km/h is asked) nor against a gold in two units ("3.33 hours" for "3 hours 20 minutes");
- a decimal read from math keeps the unit written after the math, so that it may round the gold ("so $v_f \\approx
  5.349$ m/s" for "5.3 m/s");
- an order of magnitude's "\\sim" ("\\boxed{\\sim 10^{28}}", a gold "\\sim 10^{4} \\text{ K}");
- a correction in brackets that names the quantity and computes it ("(Correction: ... so the average speed is 120 /
  2.5 = 48 km/h.)");
- the answer confirmed by a check ("So for $n = 10$ the answer 512 holds.") and a question to the reader after the
  answer ("My result is $\\frac{3}{5}$ — does that match your answer key?");
- a last line naming the asked long sum in sigma notation ("$$\\sum_{k=1}^n k^2 = \\frac{2n^3+3n^2+n}{6}$$" for
  "Compute $1^2+2^2+\\cdots+n^2$.").
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def _status(completion: str, gold: str, problem: str | None = None) -> str:
    return verify(completion, gold, problem=problem).status


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "status"),
    [
        ("Standard pressure is \\boxed{101.3\\text{ kPa}}.", "1 \\text{ atm}", None, "correct"),
        ("Standard pressure is \\boxed{101.2\\text{ kPa}}.", "1 \\text{ atm}", None, "incorrect"),
        (
            "Using 1 pc = 3.26 ly: d = 10/3.26 ≈ 3.07 pc.\n\n\\boxed{3.07 \\text{ pc}}",
            "10 \\text{ ly}",
            None,
            "correct",
        ),
        # (two digits are no rounding of a conversion; a third that misses is another value)
        ("\\boxed{3.1 \\text{ pc}}", "10 \\text{ ly}", None, "incorrect"),
        ("\\boxed{3.06 \\text{ pc}}", "10 \\text{ ly}", None, "incorrect"),
        (
            "The speed is 60 km/h, which is $\\frac{60000}{3600} \\approx 16.67$ m/s.\n\n**Final Answer:** $16.67$ m/s",
            "60\\ \\text{km/h}",
            "A car travels 150 km in 2.5 hours. What is its average speed in km/h?",
            "incorrect",
        ),
        (
            "Elapsed time is 200 minutes ≈ 3.33 hours.\n\n\\boxed{3.33 \\text{ hours}}",
            "3 hours 20 minutes",
            "How long does he study? Give your answer in hours and minutes.",
            "incorrect",
        ),
        (
            "The final velocity is then\n$$v_f = \\sqrt{28.6}$$\nso $v_f \\approx 5.349$ m/s.",
            "5.3\\ \\text{m/s}",
            None,
            "correct",
        ),
        (
            "The final velocity is then\n$$v_f = \\sqrt{30.6}$$\nso $v_f \\approx 5.532$ m/s.",
            "5.3\\ \\text{m/s}",
            None,
            "incorrect",
        ),
    ],
)
def test_values_in_other_units_and_roundings(
    completion: str, gold: str, problem: str | None, status: str
) -> None:
    assert _status(completion, gold, problem) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "70000/18 × 3 × 6×10²³ ≈ 7×10²⁷, i.e. roughly $\\boxed{\\sim 10^{28}}$ atoms.",
            "10^{28}",
            "correct",
        ),
        (
            "70000/18 × 3 × 6×10²³ ≈ 7×10²⁷, i.e. roughly $\\boxed{\\sim 10^{28}}$ atoms.",
            "10^{27}",
            "incorrect",
        ),
        ("So $T \\sim 10^4$ K.\n\n\\boxed{10^{4} K}", "\\sim 10^{4} \\text{ K}", "correct"),
        ("So $T \\sim 10^5$ K.\n\n\\boxed{10^{5} K}", "\\sim 10^{4} \\text{ K}", "incorrect"),
    ],
)
def test_orders_of_magnitude(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_CORRECTED = (
    "Average speed = 120 km / 2 h = 60 km/h.\n\n**Answer:** 60 km/h\n\n(Correction: I misread the problem — the trip "
    "took 2.5 h, not 2 h, so the average speed is 120 / 2.5 = 48 km/h.)"
)


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (_CORRECTED, "48 \\text{ km/h}", "correct"),
        (_CORRECTED, "60 \\text{ km/h}", "incorrect"),
        (
            "For $n = 10$ that is $2^9 = 512$.\n\nLet me double-check with $n = 3$: 4 compositions $= 2^{3-1}$ ✓. "
            "So for $n = 10$ the answer 512 holds.",
            "512",
            "correct",
        ),
        (
            "For $n = 10$ that is $2^9 = 512$.\n\nLet me double-check with $n = 3$: 4 compositions $= 2^{3-1}$ ✓. "
            "So for $n = 10$ the answer 512 holds.",
            "10",
            "incorrect",
        ),
        (
            "So the probability is $\\frac{6}{10} = \\frac{3}{5}$.\n\nMy result is $\\frac{3}{5}$ — does that match "
            "your answer key?",
            "\\frac{3}{5}",
            "correct",
        ),
        (
            "So the probability is $\\frac{6}{10} = \\frac{3}{5}$.\n\nMy result is $\\frac{3}{5}$ — does that match "
            "your answer key?",
            "\\frac{2}{5}",
            "incorrect",
        ),
        # (a question about the value itself is no answer)
        ("So the probability is maybe $\\frac{3}{5}$?", "\\frac{3}{5}", "no_answer"),
    ],
)
def test_corrections_checks_and_questions_to_the_reader(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "Telescoping gives\n$$\\sum_{k=1}^n k^2=\\frac{2n^3+3n^2+n}{6}.$$",
            "$\\frac{n(n+1)(2n+1)}{6}$",
            "correct",
        ),
        (
            "Telescoping gives\n$$\\sum_{k=1}^n k^2=\\frac{2n^3+3n^2}{6}.$$",
            "$\\frac{n(n+1)(2n+1)}{6}$",
            "incorrect",
        ),
    ],
)
def test_the_asked_sum_in_sigma_notation(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold, "Compute $1^2+2^2+\\cdots+n^2$.") == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a plain number said of the span's value that is another value: two answers
        ("So the distance is \\(\\sqrt{25}\\) which is 25 units.", "5", "incorrect"),
        ("So the distance is \\(\\sqrt{25}\\) which is 5 units.", "5", "correct"),
        ("So the length is $\\sqrt{2}$, which is 1.41.", "\\sqrt{2}", "correct"),
        # a sentence that opens on its value after a word's stop
        ("We add the three bags. 12 is the answer.", "12", "correct"),
        ("We add the three bags. 12 is the answer.", "13", "incorrect"),
        ("Apples cost 12 and bananas 3.\nShe spent $15 total. $15.", "15", "correct"),
        ("Apples cost 12 and bananas 3.\nShe spent $15 total. $15.", "12", "incorrect"),
    ],
)
def test_plain_numbers_said_of_a_value(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # Coulomb's constant k = 1/(4πε₀) on one side, ε₀ on the other
        (
            "$$F=\\frac{1}{4\\pi\\epsilon_0}\\frac{q^2}{(2r)^2}=\\boxed{\\frac{q^2}{16\\pi\\epsilon_0 r^2}}$$",
            "\\frac{kq^2}{4r^2}",
            "correct",
        ),
        ("$$\\boxed{\\frac{q^2}{8\\pi\\epsilon_0 r^2}}$$", "\\frac{kq^2}{4r^2}", "incorrect"),
        (
            "Gauss's law gives $$\\boxed{E=\\frac{2k\\lambda}{r}}$$",
            "\\frac{\\lambda}{2\\pi\\epsilon_0 r}",
            "correct",
        ),
        (
            "Gauss's law gives $$\\boxed{E=\\frac{k\\lambda}{r}}$$",
            "\\frac{\\lambda}{2\\pi\\epsilon_0 r}",
            "incorrect",
        ),
        # (a kilo- unit is no Coulomb constant)
        ("\\boxed{5 kg}", "5 kg", "correct"),
    ],
)
def test_coulombs_constant_and_the_permittivity(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "status"),
    [
        # an energy density asks no energy: its symbol's line is no other quantity
        (
            "u = \\frac{\\epsilon_0 E^2}{2}",
            "\\frac{1}{2}\\epsilon_0 E^2",
            "Find the energy density of an electric field of magnitude $E$ in vacuum.",
            "correct",
        ),
        (
            "u = \\frac{\\epsilon_0 E^2}{4}",
            "\\frac{1}{2}\\epsilon_0 E^2",
            "Find the energy density of an electric field of magnitude $E$ in vacuum.",
            "incorrect",
        ),
        # two quantities asked by name: an unlabelled list answers them in that order
        (
            "Computing both gives\n\n$\\boxed{1, 5}$",
            "1, 5",
            "Compute the determinant and the trace of the matrix [[2, 1], [5, 3]].",
            "correct",
        ),
        (
            "Computing both gives\n\n$\\boxed{5, 1}$",
            "1, 5",
            "Compute the determinant and the trace of the matrix [[2, 1], [5, 3]].",
            "incorrect",
        ),
        (
            "Adding the equations gives 2a = 26.\n\n\\boxed{7, 13}",
            "13, 7",
            "Two numbers have sum 20 and difference 6. Find the larger and the smaller number.",
            "incorrect",
        ),
        (
            "\\boxed{4, 2}",
            "2, 4",
            "Find the remainder when 2^10 is divided by 7, and the last digit of 2^10.",
            "incorrect",
        ),
        (
            "\\boxed{2, 4}",
            "2, 4",
            "Find the remainder when 2^10 is divided by 7, and the last digit of 2^10.",
            "correct",
        ),
        (
            "b = 18, and the other is 32.\n\n\\boxed{18, 32}",
            "32, 18",
            "How many does each have? (Give Alice's count, then Bob's.)",
            "incorrect",
        ),
        # (roots are a set, in any order)
        ("\\boxed{3, -1}", "-1, 3", "Find the roots of $x^2 - 2x - 3 = 0$.", "correct"),
        # a result's arrow, a restatement after "exactly"
        ("15 - 8 = 7\nResult → 7 left", "7", None, "correct"),
        ("15 - 8 = 7\nResult → 7 left", "8", None, "incorrect"),
        (
            "She runs 1 km every 5 minutes, so 12 km takes 12 × 5 = 60 minutes, exactly 1 hour.",
            "60",
            None,
            "correct",
        ),
        (
            "She runs 1 km every 5 minutes, so 12 km takes 12 × 5 = 60 minutes, exactly 1 hour.",
            "12",
            None,
            "incorrect",
        ),
    ],
)
def test_asked_quantities_and_their_order(
    completion: str, gold: str, problem: str | None, status: str
) -> None:
    assert _status(completion, gold, problem) == status
