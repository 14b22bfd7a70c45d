"""The verifier on every firm category case (``benchmarks/category_cases.py``, all five forms and whole completions):
never a false positive, and every case right except the known failures below, each of which must still fail (so
the list shrinks when one is fixed: delete its line). Accuracy against math-verify is measured by
``benchmarks/bench_categories.py``, not here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from openrs_rewards import Verdict, verify_batch

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load_generator() -> ModuleType:
    # benchmarks/ is a folder of scripts, not a package: load the generator by its path.
    spec = importlib.util.spec_from_file_location("category_cases", BENCHMARKS / "category_cases.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(
        "category_cases", module
    )  # a dataclass resolves its annotations through sys.modules
    spec.loader.exec_module(module)
    return module


category_cases = _load_generator()

# Firm cases the verifier gets wrong today, by id, each with why. Grouped by cause.
KNOWN_FAILURES: dict[str, str] = {
    # Values the expression and symbolic stages do not evaluate.
    "hard_boxed-145": r"`9 \text{ am}` against 9: `am` is not dropped as a unit",
    # Unboxed final sentences.
    "real_final_sentence-42": r"`16.7%` against \frac16: a rounded percent is not accepted",
    "real_final_sentence-45": "`– 2/3` (en dash and a space) is not read as a minus (no answer)",
}


@pytest.fixture(scope="module")
def firm_results() -> list[tuple[Any, Verdict]]:
    firm = [case for case in category_cases.cases() if case.firm]
    verdicts = verify_batch(
        [c.prediction for c in firm], [c.gold for c in firm], truncated=[c.truncated for c in firm]
    )
    return list(zip(firm, verdicts, strict=True))


def _describe(case: Any, verdict: Verdict) -> str:
    return (
        f"{case.id}: {case.prediction[-80:]!r} vs gold {case.gold!r} (expected {case.expected}) -> "
        f"{verdict.status}, predicted {verdict.predicted!r} by {verdict.method}"
    )


def test_the_cases_are_deterministic_with_unique_ids_in_every_form() -> None:
    first, second = category_cases.cases(), category_cases.cases()
    assert first == second
    assert len({c.id for c in first}) == len(first)
    assert {c.form for c in first} == {*category_cases.FORMS, "completion"}
    assert set(KNOWN_FAILURES) <= {c.id for c in first if c.firm}


def test_no_firm_case_is_a_false_positive(firm_results: list[tuple[Any, Verdict]]) -> None:
    false_positives = [_describe(c, v) for c, v in firm_results if v.correct and not c.expected]
    assert not false_positives, "\n".join(false_positives)


def test_every_firm_case_is_right_except_the_known_failures(firm_results: list[tuple[Any, Verdict]]) -> None:
    new_failures = [
        _describe(c, v) for c, v in firm_results if v.correct != c.expected and c.id not in KNOWN_FAILURES
    ]
    assert not new_failures, "\n".join(new_failures)


def test_every_known_failure_still_fails(firm_results: list[tuple[Any, Verdict]]) -> None:
    fixed = [
        f"{c.id} now passes; delete it from KNOWN_FAILURES ({KNOWN_FAILURES[c.id]})"
        for c, v in firm_results
        if c.id in KNOWN_FAILURES and v.correct == c.expected
    ]
    assert not fixed, "\n".join(fixed)
