"""Properties of the public API: re-formatting invariance, total robustness, and thread / async determinism."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openrs_rewards import STATUSES, Verdict, averify, verify
from openrs_rewards.verifiers import guard
from openrs_rewards.verifiers.api import clear_decision_cache

TIMEOUT = 0.5
MARGIN_S = 0.5


@pytest.fixture(scope="module", autouse=True)
def warm_pool() -> Iterator[None]:
    guard.warm_up(2)  # the one-off zygote start is not part of any deadline below
    yield


def decimal_text(value: Fraction) -> str | None:
    """The exact decimal expansion of ``value``, or None when it does not terminate."""
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return None
    places = max(twos, fives)
    scaled = abs(value) * 10**places
    assert scaled.denominator == 1
    digits = str(scaled.numerator).rjust(places + 1, "0")
    sign = "-" if value < 0 else ""
    if places == 0:
        return sign + digits
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def assert_correct(completion: str, gold: str) -> None:
    verdict = verify(completion, gold, timeout=30.0)
    assert verdict.status == "correct", (completion, gold, verdict)


# --- (a) equivalence under re-formatting --------------------------------------------------------------------------

numerators = st.integers(-(10**6), 10**6)
denominators = st.integers(-(10**4), 10**4).filter(lambda q: q != 0)


@settings(max_examples=80, deadline=None)
@given(numerators, denominators, st.integers(1, 50))
def test_fraction_gold_accepts_every_reformatting(p: int, q: int, k: int) -> None:
    gold = f"\\frac{{{p}}}{{{q}}}"
    value = Fraction(p, q)
    reduced = f"\\frac{{{value.numerator}}}{{{value.denominator}}}"
    unreduced = f"\\frac{{{p * k}}}{{{q * k}}}"
    completions = [
        f"\\boxed{{{p}/{q}}}",
        f"The answer is $\\frac{{{p}}}{{{q}}}$.",
        f"\\boxed{{x = \\frac{{{p}}}{{{q}}}}}",
        f"\\boxed{{\\dfrac{{{p}}}{{{q}}}}}",
        f"\\boxed{{{reduced}}}",
        f"\\boxed{{{unreduced}}}",
        f"<answer>{value.numerator}/{value.denominator}</answer>",
    ]
    decimal = decimal_text(value)
    if decimal is not None:
        completions.append(f"The final answer is {decimal}.")
        completions.append(f"\\boxed{{{decimal}}}")
    for completion in completions:
        assert_correct(completion, gold)
    # Reflexive, and symmetric (the roles of gold and answer swapped), with reduced and unreduced golds.
    assert_correct(f"\\boxed{{{gold}}}", gold)
    assert_correct(f"\\boxed{{\\frac{{{p}}}{{{q}}}}}", f"{p}/{q}")
    assert_correct(f"\\boxed{{{gold}}}", reduced)
    assert_correct(f"\\boxed{{{reduced}}}", unreduced)
    assert_correct(f"\\boxed{{{unreduced}}}", reduced)
    if decimal is not None:
        assert_correct(f"\\boxed{{{gold}}}", decimal)
    # ... and a different value is never accepted.
    wrong = verify(f"\\boxed{{\\frac{{{p + 1}}}{{{q}}}}}", gold, timeout=30.0)
    assert wrong.status == "incorrect", wrong


@settings(max_examples=80, deadline=None)
@given(st.integers(1000, 10**12), st.booleans())
def test_integers_with_thousands_separators(n: int, negative: bool) -> None:
    value = -n if negative else n
    grouped = f"{value:,}"
    latex_grouped = grouped.replace(",", "{,}")
    for completion in (
        f"\\boxed{{{grouped}}}",
        f"The answer is {grouped}.",
        f"\\boxed{{{latex_grouped}}}",
        f"#### {grouped}",
    ):
        assert_correct(completion, str(value))
    assert_correct(f"\\boxed{{{value}}}", grouped)
    assert_correct(f"\\boxed{{{value}}}", value)  # type: ignore[arg-type]
    assert verify(f"\\boxed{{{grouped}}}", str(value + 1)).status == "incorrect"


# --- (b) arbitrary text never breaks the API ------------------------------------------------------------------------

TOKENS = [
    "\\boxed{",
    "}",
    "{",
    "^",
    "_",
    "\\frac",
    "\\sqrt",
    "5",
    "12",
    "x",
    "(",
    ")",
    ",",
    "=",
    "$",
    "\\",
    "</think>",
    "<think>",
    "<answer>",
    "</answer>",
    "The answer is ",
    "####",
    "\\text{",
    "\\left(",
    "\\right)",
    "!",
    ".",
    " ",
    "\n",
]
latexish = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)),
    max_size=40,
).map("".join)
anything = st.one_of(st.text(max_size=200), latexish)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything, anything)
def test_arbitrary_text_gives_a_verdict_within_the_deadline(completion: str, gold: str) -> None:
    pairs = (
        (completion, "5"),
        (f"\\boxed{{{completion}}}", "x^2+1"),  # reaches the symbolic stage in a worker
        ("\\boxed{5}", gold),
        (completion, gold),
    )
    for c, g in pairs:
        started = time.monotonic()
        verdict = verify(c, g, timeout=TIMEOUT)
        elapsed = time.monotonic() - started
        assert isinstance(verdict, Verdict)
        assert verdict.status in STATUSES
        assert verdict.correct is (verdict.status == "correct")
        assert elapsed < TIMEOUT + MARGIN_S, (c, g, verdict, elapsed)


# --- (c) concurrency gives the same answers as one thread ------------------------------------------------------

MIXED: list[tuple[Any, Any]] = [
    ("\\boxed{7}", "7"),
    ("\\boxed{8}", 7),
    ("#### 1,234", "1234"),
    ("\\boxed{0.5}", "\\frac{1}{2}"),
    ("\\boxed{\\frac{2}{4}}", "0.5"),
    ("\\boxed{0.333}", "\\frac{1}{3}"),
    ("\\boxed{-2\\sqrt{5}+10}", "10 - 2\\sqrt{5}"),
    ("\\boxed{5}", "10 - 2\\sqrt{5}"),
    ("\\boxed{2}", "y - 2"),
    ("\\boxed{y-2}", "y - 2"),
    ("\\boxed{1/2^{99}}", "1/2^{98}"),
    ("\\boxed{\\frac{\\sqrt{2}}{2}}", "\\frac{1}{\\sqrt{2}}"),
    ("\\boxed{\\sqrt{2}/2}", "\\frac{1}{\\sqrt{2}}"),
    ("\\boxed{x^2+2x+1}", "(x+1)^2"),
    ("\\boxed{x^2+1}", "(x+1)^2"),
    ("\\boxed{\\{2,1\\}}", "\\{1,2\\}"),
    ("\\boxed{(2,1)}", "(1,2)"),
    ("\\boxed{[1,2)}", "[1,2]"),
    ("\\boxed{x > 2}", "2 < x"),
    ("\\boxed{y = 2x+1}", "2x+1"),
    ("\\boxed{3}", "\\log_2 8"),
    ("The answer is (C).", "C"),
    ("\\boxed{B}", "C"),
    ("**Answer:** A", "(A)"),
    ("<think>maybe 3</think><answer>4</answer>", "4"),
    ("<think>unfinished \\boxed{9}", "9"),
    ("I have no idea", "42"),
    ("The answer is 42", "42"),
    (None, "1"),
    ([{"role": "assistant", "content": "\\boxed{6}"}], "6"),
    ("\\boxed{1}", None),
    ("\\boxed{1}", "@@"),
    ("\\boxed{1}", "\\frac{"),
    ("\\boxed{1+*2}", "1+*2"),
    ("\\boxed{\\pi}", "3.14159"),
    ("\\boxed{\\frac{\\pi}{2}}", "\\dfrac{\\pi}{2}"),
    ("\\boxed{50\\%}", "0.5"),
    ("\\boxed{2\\sqrt{3}}", "\\sqrt{12}"),
    ("\\boxed{e^{i\\pi}}", "-1"),
    ("\\boxed{\\sin^2 x + \\cos^2 x}", "1"),
    ("\\boxed{\\int_0^{1} x\\,dx}", "\\frac{1}{3}"),  # for sympy: the caller does not read integrals
]


def signature(verdict: Verdict) -> tuple[str, str | None, str | None]:
    return verdict.status, verdict.predicted, verdict.method


def test_threads_and_asyncio_agree_with_one_thread() -> None:
    assert len(MIXED) >= 40
    clear_decision_cache()
    sequential = [signature(verify(c, g, timeout=30.0)) for c, g in MIXED]
    statuses = {status for status, _, _ in sequential}
    assert {"correct", "incorrect", "no_answer", "invalid_gold", "error"} <= statuses
    assert "symbolic" in {method for _, _, method in sequential}

    clear_decision_cache()  # make the concurrent runs go to the workers again
    with ThreadPoolExecutor(max_workers=8) as executor:
        threaded = list(executor.map(lambda pair: signature(verify(pair[0], pair[1], timeout=30.0)), MIXED))
    assert threaded == sequential

    clear_decision_cache()

    async def main() -> list[Verdict]:
        return list(await asyncio.gather(*(averify(c, g, timeout=30.0) for c, g in MIXED)))

    gathered = [signature(v) for v in asyncio.run(main())]
    assert gathered == sequential
