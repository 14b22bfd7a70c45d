"""Readings added after the fifty-fifth session's blind probes: each with a twin that must not be paid.

- answers offered under conditions ("$\\boxed{\\frac12}$ if with replacement, or $\\boxed{\\frac13}$ without",
  "10 (if order doesn't matter) / 20 (if order matters)") are two answers, not the last one;
- a box after a concluding sentence that states another number ("So there are 14 handshakes in total.
  $\\boxed{15}$") ends the text on two answers;
- an answer asked as a question and then doubted ("答案是 12 吗？我不太确定。") is asked, not given;
- chat answers: an emoji after a bold value or before a sign-off ("**28 liters** of fuel. ⛽ Safe travels!"), a
  remark paragraph whose bold label says it is an extra ("**Bonus:** ... **25π**"), the items a bold count counts
  ("**9**\\n\\nThey are: 1, 2, ..."), a bold value restated in another unit in bold ("**90 minutes**, i.e. **1.5
  hours**"), a bracketed aside after a bold answer ("**1/6** (about 16.7%)"), "(that's 1/3 of an hour)", "Let me
  know if there's tax to add!";
- two prices on two lines are no math span ("$25.00\\n**Total bill:** **$59.00**": a "$" before a digit closes
  nothing).
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def _status(completion: str, gold: str, problem: str | None = None) -> str:
    return verify(completion, gold, problem=problem).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        # each value under its own condition: no single answer
        (
            "The probability is $\\boxed{\\frac{1}{2}}$ if the draws are with replacement, or "
            "$\\boxed{\\frac{1}{3}}$ without replacement.",
            "\\frac{1}{3}",
            "incorrect",
        ),
        (
            "The probability is $\\boxed{\\frac{1}{2}}$ when the coin is fair, and $\\boxed{\\frac{2}{3}}$ "
            "for the bent one.",
            "\\frac{2}{3}",
            "incorrect",
        ),
        # a value set against a rejected one still answers
        (
            "At first I got $\\boxed{\\frac{1}{2}}$, but that was wrong; it is $\\boxed{\\frac{1}{3}}$.",
            "\\frac{1}{3}",
            "correct",
        ),
        ("Answer: 10 (if order doesn't matter) / 20 (if order matters)", "10", "incorrect"),
        ("Answer: 10 (if order doesn't matter) / 20 (if order matters)", "20", "incorrect"),
        ("Answer: 10 (since order doesn't matter)", "10", "correct"),
    ],
)
def test_answers_offered_under_conditions(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "Each of 6 people shakes 5 hands, halved.\n\nSo there are 14 handshakes in total. $\\boxed{15}$",
            "15",
            "incorrect",
        ),
        (
            "Each of 6 people shakes 5 hands, halved.\n\nSo there are 14 handshakes in total. $\\boxed{15}$",
            "14",
            "incorrect",
        ),
        (
            "Each of 6 people shakes 5 hands, halved.\n\nSo there are 15 handshakes in total. $\\boxed{15}$",
            "15",
            "correct",
        ),
        # (a sentence of sums states several values: the box is their result)
        ("Thus 6 + 9 = 15 handshakes.\n\n$\\boxed{15}$", "15", "correct"),
        # (math in the sentence states its values in its own terms)
        (
            "Therefore\n$$P = 1 - \\frac{1}{16} = \\frac{15}{16}.$$\n\n$\\boxed{\\frac{15}{16}}$",
            "\\frac{15}{16}",
            "correct",
        ),
    ],
)
def test_a_box_after_a_conclusion_that_states_another_number(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("一打好像是 12 个……\n\n答案是 12 吗？我不太确定。", "12", "no_answer"),
        ("A dozen is 12.\n\nIs the answer 12? I'm not sure.", "12", "no_answer"),
        ("一打是 12 个。\n\n答案是 12。", "12", "correct"),
    ],
)
def test_an_answer_asked_then_doubted(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "350 km ÷ 100 = **3.5**\n\n3.5 × 8 L = **28 L**\n\nYou'll need **28 liters** of fuel. ⛽ Safe travels!",
            "28",
            "correct",
        ),
        (
            "350 km ÷ 100 = **3.5**\n\n3.5 × 8 L = **28 L**\n\nYou'll need **28 liters** of fuel. ⛽ Safe travels!",
            "3.5",
            "incorrect",
        ),
        (
            "📅 **Weekdays:** **37.5 hours**\n\n### Total: **41.5 hours** ⏰\n\n(That's 41 hours and 30 minutes.)",
            "41.5",
            "correct",
        ),
        (
            "📅 **Weekdays:** **37.5 hours**\n\n### Total: **41.5 hours** ⏰\n\n(That's 41 hours and 30 minutes.)",
            "37.5",
            "incorrect",
        ),
        (
            "### Weekly earnings\n$108 × 5 = **$540**\n\n**Jenna earns $540 per week.** 💰\n\nIf she keeps this up "
            "for a 4-week month, that's $2,160! Let me know if you'd like that breakdown too.",
            "540",
            "correct",
        ),
        (
            "### Weekly earnings\n$108 × 5 = **$540**\n\n**Jenna earns $540 per week.** 💰\n\nIf she keeps this up "
            "for a 4-week month, that's $2,160! Let me know if you'd like that breakdown too.",
            "2160",
            "incorrect",
        ),
    ],
)
def test_emoji_after_a_bold_value(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_BONUS = (
    "- Circumference: π × 10 = **10π**\n\nSo the circumference is **10π**.\n\n**Bonus:** the area would be π × 5² = "
    "**25π**. Let me know if you need anything else!"
)
_STATES_ON = (
    "- Circumference: π × 10 = **10π**\n\nSo the circumference is **10π**.\n\n**Area:** π × 5² = **25π**. "
    "Let me know if you need anything else!"
)
_DIVISORS = "Number of divisors = (2 + 1)(2 + 1) = **9**\n\nThey are: 1, 2, 3, 4, 6, 9, 12, 18, 36."
_TOO_FEW = "Number of divisors = (2 + 1)(2 + 1) = **9**\n\nThey are: 1, 2, 3, 4, 6, 9, 12, 18."


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (_BONUS, "10\\pi", "correct"),
        (_BONUS, "25\\pi", "incorrect"),
        # (a paragraph that goes on to state another value in bold is not a remark)
        (_STATES_ON, "10\\pi", "incorrect"),
        (_DIVISORS, "9", "correct"),
        (_DIVISORS, "36", "incorrect"),
        # (a list that is not as long as the count is no enumeration of it)
        (_TOO_FEW, "9", "incorrect"),
    ],
)
def test_remark_paragraphs_after_a_bold_value(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "problem", "status"),
    [
        (
            "🖨️ 90 minutes ÷ 60 = **1.5 hours**\n\nSo the job takes **90 minutes**, i.e. **1.5 hours**.",
            "1.5",
            "How many hours does the job take?",
            "correct",
        ),
        (
            "🖨️ 90 minutes ÷ 60 = **1.5 hours**\n\nSo the job takes **90 minutes**, i.e. **2.5 hours**.",
            "1.5",
            "How many hours does the job take?",
            "incorrect",
        ),
        (
            "Easy one! 💧\n\n500 L ÷ 25 L/min = **20 minutes**\n\nIt takes **20 minutes** (that's 1/3 of an hour) to fill the tank.",
            "20",
            None,
            "correct",
        ),
        ("It takes 20 minutes (that's 1/3 of an hour) to fill the tank.", "20", None, "correct"),
        # (a share that is not the same time is a second answer)
        ("It takes 20 minutes (that's 1/2 of an hour) to fill the tank.", "20", None, "incorrect"),
        (
            "🎲 **Total outcomes:** 6 × 6 = **36**\n**Probability:** 6/36 = **1/6** (about 16.7%)",
            "\\frac{1}{6}",
            None,
            "correct",
        ),
        (
            "🎲 **Total outcomes:** 6 × 6 = **36**\n**Probability:** 6/36 = **1/6** (about 16.7%)",
            "36",
            None,
            "incorrect",
        ),
        ("🔵 A = πr² = π(5)² = **25π** ≈ 78.54 square units", "25\\pi", None, "correct"),
        ("🔵 A = πr² = π(5)² = **25π** ≈ 78.54 square units", "5\\pi", None, "incorrect"),
    ],
)
def test_bold_values_with_their_restatements(
    completion: str, gold: str, problem: str | None, status: str
) -> None:
    assert _status(completion, gold, problem) == status


_COUPON = (
    "**Shirts:** 3 × $15 = **$45**\n**Subtotal:** **$115**\n\nAfter applying the $10 coupon, Rachel pays $105. "
    "Let me know if there's tax to add!"
)
_BILL = (
    "**Text charges:** 340 × $0.10 = $34.00\n**Monthly fee:** $25.00\n**Total bill:** **$59.00**\n\n"
    "Let me know if you want to compare this with an unlimited plan! 📱"
)


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (_COUPON, "105", "correct"),
        (_COUPON, "115", "incorrect"),
        (_BILL, "59", "correct"),
        (_BILL, "25", "incorrect"),
    ],
)
def test_chat_closings_and_prices(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status
