"""Readings added after the fifty-fifth session's blind probes (structured output, small models, multiple choice);
each with a twin that must not be paid.

- JSON that names its answer "result" or "solutions" ({"result": 12}, {"solutions": [2, 3]}), or gives the unknowns
  by name ({"x": 3, "y": -1});
- a step's bold answer label ("**Step 4 — Answer:** 9") and an emoji before a "Final:" label ("✅ Final: 144 tiles");
- a small model's last words "answer 27" / "that is the answer 70 pencils", after "the" or opening a sentence (not
  "Please rate this answer 5 stars!");
- a sentence after the answer that adds another quantity ("Also, the hypotenuse is 10.");
- a letter assigned a value is no choice ("F = ma = (2)(3) = 6 N" names the force, not option F), and a choice's
  value with a unit's letter ("(C) 6 N") is compared with the answer's number.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify

_FORCE_PROBLEM = "A net force gives a 2 kg object an acceleration of 3 m/s^2. What is the net force?\nA. 1.5 N\nB. 5 N\nC. 6 N\nD. 9 N"


def _status(completion: str, gold: str, problem: str | None = None) -> str:
    return verify(completion, gold, problem=problem).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ('```json\n{"solutions": [2, 3]}\n```', "2, 3", "correct"),
        ('```json\n{"solutions": [2, 3]}\n```', "2, 4", "incorrect"),
        ('{"result": 12}', "12", "correct"),
        ('{"result": 13}', "12", "incorrect"),
        # a JSON object of the unknowns and their values, closing the text
        (
            'Solving the system gives x = 3 and y = -1.\n\n```json\n{"x": 3, "y": -1}\n```',
            "(3,-1)",
            "correct",
        ),
        (
            'Solving the system gives x = 3 and y = 1.\n\n```json\n{"x": 3, "y": 1}\n```',
            "(3,-1)",
            "incorrect",
        ),
        ("**Step 3 — Invert.** The tank fills after 9 hours.\n\n**Step 4 — Answer:** 9", "9", "correct"),
        ("**Step 3 — Invert.** The tank fills after 9 hours.\n\n**Step 4 — Answer:** 9", "3", "incorrect"),
        ("Step 3 → tiles needed: 36 ÷ 0.25 = 144\n\n✅ Final: 144 tiles", "144", "correct"),
        ("Step 3 → tiles needed: 36 ÷ 0.25 = 144\n\n✅ Final: 144 tiles", "36", "incorrect"),
    ],
)
def test_structured_answers(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Mike has 11+5 = 16. Together they have 11 + 16 = 27. answer 27", "27", "correct"),
        ("Mike has 11+5 = 16. Together they have 11 + 16 = 27. answer 27", "16", "incorrect"),
        ("he has 100 minus 30 which is 70 pencils left and that is the answer 70 pencils", "70", "correct"),
        ("9 + 9 = 18 slices\nSo the answer is 18. 😊 Please rate this answer 5 stars!", "18", "correct"),
        ("9 + 9 = 18 slices\nSo the answer is 18. 😊 Please rate this answer 5 stars!", "5", "incorrect"),
        (
            "Area = 1/2 x 6 x 8 = 24.\nThe area is 24 square units. Also, the hypotenuse is 10.",
            "24",
            "correct",
        ),
        (
            "Area = 1/2 x 6 x 8 = 24.\nThe area is 24 square units. Also, the hypotenuse is 10.",
            "10",
            "incorrect",
        ),
    ],
)
def test_small_model_endings(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("F = ma = (2)(3) = 6 N", "C", "correct"),
        ("F = ma = (2)(3) = 9 N", "C", "incorrect"),
        ("F = ma = (2)(3) = 6 N", "F", "incorrect"),
        ("The force is $\\boxed{6\\text{ N}}$.", "C", "correct"),
        ("The force is $\\boxed{5\\text{ N}}$.", "C", "incorrect"),
    ],
)
def test_values_against_a_lettered_gold(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold, _FORCE_PROBLEM) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # the count of what lies in a range, the range its noun's
        ("Listing them: 11, 13, 17, 19, 23, 29.\n\nSo there are 6 primes between 10 and 30.", "6", "correct"),
        (
            "Listing them: 11, 13, 17, 19, 23, 29.\n\nSo there are 6 primes between 10 and 30.",
            "30",
            "incorrect",
        ),
        # (a range alone is no value)
        ("So she needs between 4 and 5 boxes.", "4", "no_answer"),
        # a value in words, then where it is attained
        (
            "The largest possible value is nine hundred ninety-nine, attained when all three digits are 9.",
            "999",
            "correct",
        ),
        (
            "The largest possible value is nine hundred ninety-nine, attained when all three digits are 9.",
            "9",
            "incorrect",
        ),
        # a value restated after "i.e."; another set against it after "vs."
        ("Store B is cheaper by $0.40 − $0.35 = $0.05, i.e. **5 cents** per egg.", "5", "correct"),
        ("We had 5 cars. So the total is 7 vs. 9 before.", "9", "no_answer"),
    ],
)
def test_counts_ranges_and_abbreviations(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a warning of a common mistake, and the value it gives, after the answer
        (
            "Only HH works of the four outcomes.\n\nThe probability is $\\frac{1}{4}$. (A common mistake gives "
            "$\\frac{1}{3}$ by treating the three head counts as equally likely.)",
            "\\frac{1}{4}",
            "correct",
        ),
        (
            "Only HH works of the four outcomes.\n\nThe probability is $\\frac{1}{4}$. (A common mistake gives "
            "$\\frac{1}{3}$ by treating the three head counts as equally likely.)",
            "\\frac{1}{3}",
            "incorrect",
        ),
        # (the writer's own mistake in brackets takes the answer back)
        (
            "The probability is $\\frac{1}{4}$. (Oops, a mistake: it is $\\frac{1}{3}$.)",
            "\\frac{1}{4}",
            "no_answer",
        ),
    ],
)
def test_a_common_mistake_named_after_the_answer(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_CELL_PROBLEM = "Which type of cell division produces gametes in animals?\nA. Mitosis\nB. Meiosis\nC. Binary fission\nD. Budding"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a choice's letter and its text, against a gold that is the choice's text
        ("I'll go with option B: meiosis.", "Meiosis", "correct"),
        # (another choice's text is not paid; the reading through the choices only pays where the values agree)
        ("I'll go with option A: mitosis.", "Meiosis", "no_answer"),
        # (another option offered beside it is no choice)
        ("I'll go with option B, or maybe C.", "Meiosis", "no_answer"),
    ],
)
def test_a_letter_chosen_against_a_value_gold(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold, _CELL_PROBLEM) == status


_CHARGE_PROBLEM = "What is the SI unit of electric charge?\nA. Ampere\nB. Volt\nC. Coulomb\nD. Ohm"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # a reply that opens with one choice, its letter and its own text, then says why the others fail
        ("C) Coulomb. The ampere (A) measures current, and the ohm (D) measures resistance.", "C", "correct"),
        ("B) Volt. The ampere (A) measures current, and the ohm (D) measures resistance.", "C", "no_answer"),
        # (a letter whose text is another choice's is no such opening)
        ("C) Volt. The ampere (A) measures current, and the ohm (D) measures resistance.", "C", "no_answer"),
    ],
)
def test_a_reply_that_opens_with_its_choice(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold, _CHARGE_PROBLEM) == status
