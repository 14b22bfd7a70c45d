"""The public API: statuses, methods, options, batches, async twins, and what hostile input cannot do."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards import STATUSES, Verdict, VerifyOptions, averify, averify_batch, verify, verify_batch
from openrs_rewards.verifiers import fast, guard
from openrs_rewards.verifiers.api import clear_decision_cache
from openrs_rewards.verifiers.exact_form import ROUNDED_NOT_EXACT

HANG = "\\boxed{5^{5^{5^{5^5}}}}"
_UNIQUE = itertools.count(1)


@pytest.fixture(scope="module", autouse=True)
def warm_pool() -> Iterator[None]:
    guard.warm_up(2)  # the one-off zygote start is not part of any test's deadline
    yield


@pytest.fixture()
def compare_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every ``WorkerPool.compare`` call (predicted, gold) made while the test runs."""
    calls: list[tuple[str, str]] = []
    original = guard.WorkerPool.compare

    def counting(self: guard.WorkerPool, predicted: str, gold_text: str, **kwargs: Any) -> guard.GuardResult:
        calls.append((predicted, gold_text))
        return original(self, predicted, gold_text, **kwargs)

    monkeypatch.setattr(guard.WorkerPool, "compare", counting)
    clear_decision_cache()
    return calls


def key(verdict: Verdict) -> tuple[Any, ...]:
    """A verdict without its timing."""
    return verdict.correct, verdict.status, verdict.predicted, verdict.gold, verdict.method, verdict.source


# --- statuses and methods ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "gold", "status", "method"),
    [
        ("so the answer is $\\boxed{42}$.", "42", "correct", "string"),
        ("\\boxed{0.5}", "\\frac{1}{2}", "correct", "numeric"),
        ("\\boxed{41}", "42", "incorrect", "numeric"),
        ("\\boxed{\\frac{\\sqrt{2}}{2}}", "\\frac{1}{\\sqrt{2}}", "correct", "expr"),
        ("\\boxed{x^2+2x+1}", "(x+1)^2", "correct", "expr"),
        ("\\boxed{x^2+1}", "(x+1)^2", "incorrect", "expr"),
        ("The answer is (C).", "C", "correct", "choice"),
        ("\\boxed{B}", "C", "incorrect", "choice"),
        ("\\boxed{3}", "\\log_2 8", "correct", "expr"),
        ("\\boxed{\\int_0^{3} 2\\,dx}", "6", "correct", "symbolic"),  # beyond the expression parser: sympy
        ("\\boxed{\\sum_{k=1}^{3} k}", "6", "correct", "expr"),  # a sum with integer bounds is expanded
        # Different variables: compared as functions of all of them in the caller, as sympy would.
        ("\\boxed{2n}", "\\frac{3}{2}-1", "incorrect", "expr"),
        ("\\boxed{x - x + 3}", "3", "correct", "expr"),
        ("\\boxed{Does not exist}", "50", "incorrect", "string"),  # words are never a number: no worker
        ("\\boxed{two}", "2", "correct", "string"),  # ... but number words are numbers
        # Names differing only in case (an arbitrary constant C / c): one symbol to sympy, and so in the caller.
        ("\\boxed{\\frac{1}{3}e^t+Ce^{-2t}}", "\\frac{e^{t}}{3}+ce^{-2t}", "correct", "expr"),
        ("\\boxed{\\int_0^{1} x\\,dx}", "\\frac{1}{3}", "incorrect", "symbolic"),
        ("\\boxed{\\frac{\\sqrt3}{2}}", "\\sin(\\pi/3)", "correct", "expr"),  # \sqrt3 braced inside the \frac
        ("I have no idea.", "42", "no_answer", "extract"),
        ("\\boxed{1}", "", "invalid_gold", "gold"),
        (HANG, "3", "timeout", "guard"),
    ],
)
def test_status_and_method(completion: str, gold: str, status: str, method: str) -> None:
    verdict = verify(completion, gold, timeout=0.5 if completion == HANG else 30.0)
    assert (verdict.status, verdict.method) == (status, method), verdict
    assert verdict.correct is (status == "correct")
    assert verdict.seconds >= 0.0
    if status in ("timeout", "invalid_gold"):
        assert verdict.detail


def test_no_answer_without_the_last_number_fallback() -> None:
    assert verify("I think it is 42.", "42").status == "correct"
    verdict = verify("I think it is 42.", "42", last_number_fallback=False)
    assert (verdict.status, verdict.predicted, verdict.gold, verdict.method) == (
        "no_answer",
        None,
        "42",
        "extract",
    )


@pytest.mark.parametrize("gold", ["", "   ", None, "@@", "$ $", True, float("nan"), [1], {"a": 1}])
def test_unusable_golds_are_invalid(gold: Any) -> None:
    verdict = verify("\\boxed{1}", gold)
    assert (verdict.status, verdict.method, verdict.correct) == ("invalid_gold", "gold", False)
    assert verdict.detail


@pytest.mark.parametrize("gold", ["\\frac{", "1+*2", "\\sqrt{}", "x^", "2)"])
@pytest.mark.parametrize("wrap", ["The answer is {}", "\\boxed{{{}}}", "<answer>{}</answer>"])
def test_a_broken_gold_is_never_correct_even_when_repeated_verbatim(gold: str, wrap: str) -> None:
    completion = wrap.format(gold)
    # "\\boxed{\\frac{}" is an unclosed box: no answer is found in it at all.
    expected = (
        "no_answer" if wrap.startswith("\\boxed") and gold.count("{") > gold.count("}") else "invalid_gold"
    )
    verdict = verify(completion, gold, timeout=30.0)
    assert verdict.status == expected, verdict
    assert not verdict.correct
    # Also with math-verify switched off, and when the same pair comes again (from the cache).
    assert verify(completion, gold, timeout=30.0, use_math_verify=False).status == expected
    assert verify(completion, gold, timeout=30.0).status == expected


@pytest.mark.parametrize(
    "gold", ["\\arg z", "\\operatorname{Re}(z)", "12 \\mid 36", "[1,2]\\times[3,4]", "\\#3", "x \\to \\infty"]
)
def test_a_well_formed_gold_no_parser_reads_is_correct_when_repeated(gold: str) -> None:
    assert verify(f"\\boxed{{{gold}}}", gold, timeout=30.0).status == "correct"
    assert verify(f"The answer is ${gold}$.", gold, timeout=30.0).status == "correct"
    # Anything else against it is still no comparison: the gold stays unreadable.
    assert verify("\\boxed{5}", gold, timeout=30.0).status == "invalid_gold"


def test_a_parseable_gold_repeated_verbatim_stays_a_string_match() -> None:
    clear_decision_cache()
    first = verify("\\boxed{\\sqrt{3}+x}", "\\sqrt{3}+x", timeout=30.0)
    second = verify("The answer is $\\sqrt{3}+x$.", "\\sqrt{3}+x", timeout=30.0)
    assert (first.status, first.method) == ("correct", "string")
    assert (second.status, second.method) == ("correct", "string")


def test_timeout_verdict() -> None:
    verdict = verify(HANG, "3", timeout=0.5)
    assert (verdict.status, verdict.method, verdict.correct) == ("timeout", "guard", False)
    assert verdict.predicted == "5^{5^{5^{5^5}}}" and verdict.gold == "3" and verdict.source == "boxed"
    # The deadline counts the worker's CPU time; on a busy machine the wall clock may run up to its 3x backstop.
    assert verdict.seconds < 3 * 0.5 + 0.5
    assert "deadline" in (verdict.detail or "")


@pytest.mark.parametrize("completion", [None, 12, 3.5, ["a", "b"], [], {"role": "assistant"}, b"\\boxed{1}"])
def test_a_non_text_completion_is_an_error(completion: Any) -> None:
    verdict = verify(completion, "1")
    assert (verdict.status, verdict.method, verdict.correct) == ("error", "input", False)
    assert verdict.gold == "1" and verdict.detail


def test_chat_message_completions() -> None:
    messages = [
        {"role": "user", "content": "What is 3 + 4? The answer is 9, says the prompt."},
        {"role": "assistant", "content": "3 + 4 = \\boxed{7}"},
    ]
    assert verify(messages, "7").status == "correct"
    assert verify(tuple(messages), "7").status == "correct"
    assert verify(messages[-1], "7").status == "correct"
    assert verify(messages, "9").status == "incorrect"  # only the last message counts


def test_multiple_choice_golds() -> None:
    for completion in ("The answer is (C).", "\\boxed{C}", "\\boxed{(C)}", "**Answer:** C"):
        verdict = verify(completion, "C")
        assert (verdict.status, verdict.method, verdict.predicted) == ("correct", "choice", "C"), completion
    assert verify("\\boxed{C}", "(C)").status == "correct"
    assert verify("\\boxed{D}", "C").status == "incorrect"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Final answer: (C) 7", "7", "correct"),
        ("Final answer: (C) 7", "9", "incorrect"),
        ("\\boxed{(B) \\frac{1}{2}}", "0.5", "correct"),
        ("The answer is (B) $12$.", "12", "correct"),
        ("Final answer: (C) 7", "C", "correct"),  # a letter gold still reads the letter
        ("Final answer: (C) 7", "D", "incorrect"),
        ("The answer is (B) $O(n \\log n)$.", "O(n \\log n)", "correct"),  # a value in letters, with brackets
        ("The answer is (B) $O(n \\log n)$.", "O(n^2)", "incorrect"),
    ],
)
def test_an_option_letter_with_its_value_answers_a_value_gold(
    completion: str, gold: str, status: str
) -> None:
    assert verify(completion, gold).status == status


OPTIONS = "Options: A) 60 B) 66 C) 72 D) 78 E) 80\n\n"
FRACTIONS = "(A) $\\frac14$ (B) $\\frac13$ (C) $\\frac25$ (D) $\\frac12$ (E) $\\frac23$\n\n"
LINES = "A. 10\nB. 12\nC. 14\nD. 16\n\n"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (OPTIONS + "Speed $= 72$ km/h.\n\n$$\\boxed{72}$$", "C", "correct"),
        (OPTIONS + "Speed $= 72$ km/h.\n\n$$\\boxed{72}$$", "D", "incorrect"),
        (FRACTIONS + "$$\\boxed{\\frac{1}{3}}$$", "B", "correct"),
        (LINES + "So the answer is \\boxed{12}.", "B", "correct"),
        ("A. 10\nB. 12\nC. 12\nD. 16\n\nSo the answer is \\boxed{12}.", "C", "incorrect"),  # (two options)
        ("So the answer is \\boxed{72}.", "C", "incorrect"),  # (no options printed: the value is no letter)
        ("Answer Choices: (A) 20 (B) 22 (C) 24 (D) 26 (E) 28\n\nThe answer is (C).", "24", "correct"),
        ("Answer Choices: (A) 20 (B) 22 (C) 24 (D) 26 (E) 28\n\nThe answer is (C).", "22", "incorrect"),
        ("The answer is (C).", "24", "incorrect"),
        # options in math, letters past E, and labels of the work's own cases (probe 104)
        (
            "The options are (A) $\\frac12$ (B) $\\frac{\\sqrt2}{2}$ (C) $\\frac{\\sqrt3}{2}$ (D) 1. Since the angle is"
            " $60^\\circ$, $\\sin 60^\\circ = \\boxed{\\frac{\\sqrt{3}}{2}}$.",
            "C",
            "correct",
        ),
        ("(A) 2 (B) 4 (C) 6 (D) 8 (E) 10 (F) 12\n\nThe answer is (F).", "12", "correct"),
        ("(A) 10 (B) 14 (C) 16 (D) 18 (E) 20 (F) 21 (G) 22 (H) 24\n\nSo $\\boxed{22}$.", "G", "correct"),
        (
            "```\nSubcase A) 24 arrangements\nSubcase B) 48 arrangements\nSubcase C) 72 arrangements\n```\n"
            "Only the last subcase works, so the count is $\\boxed{72}$.",
            "C",
            "incorrect",
        ),
        ("Case A: 3 ways. Case B: 5 ways. Case C: 7 ways.\n\nIn all $\\boxed{7}$.", "C", "incorrect"),
    ],
)
def test_an_answer_through_the_options_the_completion_prints(completion: str, gold: str, status: str) -> None:
    """The value of an option against the gold's letter, or a letter against the gold's value, read through the
    list of options the completion itself prints (the question's options are not seen)."""
    assert verify(completion, gold).status == status


def test_numeric_golds() -> None:
    assert verify("#### 72", 72).status == "correct"
    assert verify("\\boxed{72}", 72).gold == "72"
    assert verify("\\boxed{73}", 72).status == "incorrect"
    assert verify("\\boxed{\\frac{1}{2}}", 0.5).status == "correct"
    assert verify("\\boxed{0.25}", 0.5).status == "incorrect"


def test_answer_tags() -> None:
    verdict = verify("<think>maybe 3</think><answer>7</answer>", "7")
    assert (verdict.status, verdict.source) == ("correct", "answer_tag")
    assert verify("<answer>\\frac{14}{2}</answer>", "7").status == "correct"
    assert verify("<answer>8</answer>", "7").status == "incorrect"


def test_unclosed_think_policy() -> None:
    unclosed = "<think>hmm, so it is \\boxed{3}"
    assert verify(unclosed, "3").status == "correct"
    assert verify(unclosed, "3", unclosed_think="search_all").status == "correct"
    strict = verify(unclosed, "3", unclosed_think="no_answer")
    assert (strict.status, strict.method) == ("no_answer", "extract")
    closed = "<think>maybe \\boxed{2}</think> so \\boxed{3}"
    assert verify(closed, "3", unclosed_think="no_answer").status == "correct"
    assert verify(closed, "2").status == "incorrect"  # the scratch work inside the thought does not count


# --- the Open-R1 accuracy_reward bugs ------------------------------------------------------------------------------


def test_bare_gold_is_parsed_whole_not_reduced_to_its_last_number() -> None:
    gold = "10 - 2\\sqrt{5}"
    assert verify("\\boxed{-2\\sqrt{5}+10}", gold, timeout=30.0).status == "correct"
    assert verify("The final answer is $10-2\\sqrt{5}$.", gold, timeout=30.0).status == "correct"
    assert verify("\\boxed{5}", gold, timeout=30.0).status == "incorrect"
    assert verify("\\boxed{10}", gold, timeout=30.0).status == "incorrect"


def test_gold_with_a_variable_is_not_its_number() -> None:
    assert verify("\\boxed{2}", "y - 2", timeout=30.0).status == "incorrect"
    assert verify("\\boxed{y-2}", "y - 2", timeout=30.0).status == "correct"


def test_no_absolute_tolerance() -> None:
    verdict = verify("\\boxed{1/2^{99}}", "1/2^{98}", timeout=30.0)
    assert verdict.status == "incorrect"
    assert verify("\\boxed{\\frac{1}{2^{99}}}", "\\frac{1}{2^{99}}", timeout=30.0).status == "correct"
    assert verify("\\boxed{2^{-99}}", "\\frac{1}{2^{98}}", timeout=30.0).status == "incorrect"


# --- options -------------------------------------------------------------------------------------------------------


def test_unknown_option_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="frobnicate"):
        verify("\\boxed{1}", "1", frobnicate=True)
    with pytest.raises(TypeError, match="frobnicate"):
        verify_batch(["\\boxed{1}"], ["1"], frobnicate=True)
    with pytest.raises(TypeError, match="frobnicate"):
        asyncio.run(averify("\\boxed{1}", "1", frobnicate=True))


@pytest.mark.parametrize("timeout", [0, -1, "1", float("inf"), float("nan"), True])
def test_bad_timeout_is_a_value_error(timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        verify("\\boxed{1}", "1", timeout=timeout)
    with pytest.raises(ValueError, match="timeout"):
        verify_batch(["\\boxed{1}"], ["1"], timeout=timeout)
    with pytest.raises(ValueError, match="timeout"):
        VerifyOptions(timeout=timeout)


def test_options_asked_for_again_are_checked_by_type_not_only_by_value() -> None:
    """The options a call asks for are made once and remembered; a remembered ``timeout=1`` must not let the equal
    (``True == 1``) but invalid ``timeout=True`` through, and an int and a float timeout are both valid."""
    assert VerifyOptions().with_overrides(timeout=1).timeout == 1.0
    assert VerifyOptions().with_overrides(timeout=3) is VerifyOptions().with_overrides(timeout=3)
    assert verify("\\boxed{1}", "1", timeout=1).status == "correct"
    with pytest.raises(ValueError, match="timeout"):
        VerifyOptions().with_overrides(timeout=True)
    with pytest.raises(ValueError, match="timeout"):
        verify("\\boxed{1}", "1", timeout=True)
    with pytest.raises(ValueError, match="last_number_fallback"):
        VerifyOptions(last_number_fallback=False).with_overrides(last_number_fallback=1)


def test_options_object_and_keywords_are_one_thing() -> None:
    """``timeout=None`` and unset options mean the defaults; an options object and keywords combine, keywords win."""
    strict = VerifyOptions(answer_region="after_reasoning")
    text = "<think>so \\boxed{12}.</think>"
    assert verify(text, "12", timeout=None).status == "correct"
    assert verify(text, "12", options=strict).status == "no_answer"
    assert verify(text, "12", options=strict, answer_region="reasoning_fallback").status == "correct"
    assert verify(text, "12", options={"answer_region": "after_reasoning"}).status == "no_answer"
    with pytest.raises(ValueError, match="answer_region"):
        VerifyOptions(answer_region="anywhere")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="truncation flags"):
        verify_batch(["\\boxed{1}"], ["1"], truncated=[True, False])


def test_bad_option_values_are_value_errors() -> None:
    with pytest.raises(ValueError, match="unclosed_think"):
        verify("\\boxed{1}", "1", unclosed_think="sometimes")
    with pytest.raises(ValueError, match="workers"):
        verify_batch(["\\boxed{1}"], ["1"], workers=0)


def test_tail_and_answer_length_options() -> None:
    text = "\\boxed{7}" + " filler" * 200
    assert verify(text, "7").status == "correct"
    assert verify(text, "7", tail_chars=100, last_number_fallback=False).status == "no_answer"
    assert verify("\\boxed{1234567}", "1234567", max_answer_chars=3).status != "correct"


# --- batches -------------------------------------------------------------------------------------------------------


def test_batch_keeps_order_and_length() -> None:
    completions = [f"\\boxed{{{n}}}" for n in range(30)] + [
        None,
        "no answer",
        "\\boxed{\\frac{\\sqrt{2}}{2}}",
    ]
    golds: list[Any] = [n if n % 3 else str(n + 1) for n in range(30)] + ["1", "5", "\\frac{1}{\\sqrt{2}}"]
    verdicts = verify_batch(completions, golds, last_number_fallback=False, timeout=30.0)
    assert len(verdicts) == len(completions)
    expected = ["correct" if n % 3 else "incorrect" for n in range(30)] + ["error", "no_answer", "correct"]
    assert [v.status for v in verdicts] == expected
    assert [v.predicted for v in verdicts[:30]] == [str(n) for n in range(30)]
    assert [key(v) for v in verdicts] == [
        key(verify(c, g, last_number_fallback=False, timeout=30.0))
        for c, g in zip(completions, golds, strict=True)
    ]
    assert verify_batch([], []) == []


def test_batch_length_mismatch_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="2 completions but 1 golds"):
        verify_batch(["a", "b"], ["1"])
    with pytest.raises(ValueError):
        asyncio.run(averify_batch(["a"], []))


def test_identical_hard_pairs_are_compared_once(compare_calls: list[tuple[str, str]]) -> None:
    # An integral is beyond the caller's expression parser, so these go to a worker.
    completions = ["so \\boxed{\\int_0^{3} 2\\,dx}"] * 50
    verdicts = verify_batch(completions, ["6"] * 50, workers=4, timeout=30.0)
    assert [v.status for v in verdicts] == ["correct"] * 50
    assert {v.method for v in verdicts} == {"symbolic"}
    assert len(compare_calls) <= 1
    assert compare_calls == [("\\int_0^{3} 2\\,dx", "6")]
    # A second batch is answered from the per-process cache.
    verify_batch(completions[:10], ["6"] * 10, timeout=30.0)
    assert len(compare_calls) == 1


def test_distinct_hard_pairs_are_compared_once_each(compare_calls: list[tuple[str, str]]) -> None:
    hard = ["\\boxed{\\int_0^{3} 2\\,dx}", "\\boxed{\\int_0^{1} 6\\,dx}", "\\boxed{\\int_0^{2} 3\\,dx}"]
    completions = hard * 10
    verdicts = verify_batch(completions, ["6"] * 30, workers=3, timeout=30.0)
    assert [v.status for v in verdicts] == ["correct"] * 30
    assert len(compare_calls) == 3 and len(set(compare_calls)) == 3


def test_the_decision_cache_keeps_math_verify_on_and_off_apart(compare_calls: list[tuple[str, str]]) -> None:
    """A decision reached with math-verify's backend must not answer a call that switched it off (and back)."""
    completion, gold = "so \\boxed{\\int_0^{3} 2\\,dx}", "6"
    assert verify(completion, gold, timeout=30.0).status == "correct"
    assert verify(completion, gold, timeout=30.0, use_math_verify=False).status == "correct"
    assert len(compare_calls) == 2
    verify(completion, gold, timeout=30.0)
    verify(completion, gold, timeout=30.0, use_math_verify=False)
    assert len(compare_calls) == 2  # each setting answered from its own cache entry


def test_timeouts_are_not_cached(compare_calls: list[tuple[str, str]]) -> None:
    verdicts = verify_batch([HANG] * 5, ["3"] * 5, timeout=0.5)
    assert [v.status for v in verdicts] == ["timeout"] * 5
    assert len(compare_calls) == 1  # deduplicated within the batch
    assert verify(HANG, "3", timeout=0.5).status == "timeout"
    assert len(compare_calls) == 2  # a timeout is not remembered as a decision


def test_each_gold_is_prepared_once_per_batch() -> None:
    unique = next(_UNIQUE)
    gold = f"\\frac{{{unique}}}{{{unique + 7919}}}"
    completions = [f"\\boxed{{\\frac{{{unique}}}{{{unique + 7919}}}}}"] * 20
    before = fast.prepare_gold.cache_info()
    verdicts = verify_batch(completions, [gold] * 20)
    after = fast.prepare_gold.cache_info()
    assert [v.status for v in verdicts] == ["correct"] * 20
    assert after.misses - before.misses == 1
    assert after.hits - before.hits == 19


def test_progress_goes_to_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    verify_batch(["\\boxed{1}"] * 3, ["1"] * 3, progress=True)
    captured = capsys.readouterr()
    assert "verifying 3/3" in captured.err
    assert captured.out == ""
    verify_batch(["\\boxed{1}"] * 3, ["1"] * 3)
    assert capsys.readouterr().err == ""


# --- async ---------------------------------------------------------------------------------------------------------

ASYNC_CASES: list[tuple[Any, Any]] = [
    ("\\boxed{7}", "7"),
    ("\\boxed{8}", 7),
    ("\\boxed{-2\\sqrt{5}+10}", "10 - 2\\sqrt{5}"),
    ("\\boxed{5}", "10 - 2\\sqrt{5}"),
    ("The answer is (B).", "B"),
    ("nothing", "3"),
    (None, "3"),
    ("\\boxed{1}", None),
    ("\\boxed{\\frac{}", "\\frac{"),
    ("\\boxed{3}", "\\frac{"),
]


def test_averify_and_averify_batch_agree_with_sync() -> None:
    completions = [c for c, _ in ASYNC_CASES]
    golds = [g for _, g in ASYNC_CASES]
    sync = [key(verify(c, g, timeout=30.0)) for c, g in ASYNC_CASES]

    async def main() -> tuple[list[Verdict], list[Verdict]]:
        singles = await asyncio.gather(*(averify(c, g, timeout=30.0) for c, g in ASYNC_CASES))
        batch = await averify_batch(completions, golds, timeout=30.0)
        return list(singles), batch

    singles, batch = asyncio.run(main())
    assert [key(v) for v in singles] == sync
    assert [key(v) for v in batch] == sync
    assert [v.status for v in batch] == [
        "correct",
        "incorrect",
        "correct",
        "incorrect",
        "correct",
        "no_answer",
        "error",
        "invalid_gold",
        "no_answer",
        "invalid_gold",
    ]


# --- hostile input -------------------------------------------------------------------------------------------------


def _payloads(marker: Path) -> list[str]:
    m = str(marker)
    return [
        f"__import__('os').system('touch {m}')",
        f"eval(\"open('{m}','w')\")",
        f"exec(\"open('{m}','w').write('x')\")",
        f"(lambda: __import__('os').system('touch {m}'))()",
        f"().__class__.__bases__[0].__subclasses__()[0]('{m}')",
        f"Symbol('x').__class__.__init__.__globals__['__builtins__']['open']('{m}','w')",
        f"\\text{{__import__('os').system('touch {m}')}}",
        f"S(\"__import__('os').system('touch {m}')\")",
        f"sympify(\"__import__('os').system('touch {m}')\")",
        f"parse_expr(\"open('{m}','w')\")",
        f"\\mathrm{{eval}}(\\text{{open('{m}','w')}})",
    ]


def test_injection_payloads_are_never_executed_nor_correct(tmp_path: Path) -> None:
    clear_decision_cache()
    pairs: list[tuple[str, str]] = []
    for index, payload in enumerate(_payloads(tmp_path / "PWNED_x")):
        marker_payload = payload.replace("PWNED_x", f"PWNED_{index}")
        pairs += [
            (f"\\boxed{{{marker_payload}}}", "0"),  # os.system returns 0 if it ran
            (f"The answer is ${marker_payload}$.", "x"),
            ("\\boxed{0}", marker_payload),
            (f"\\boxed{{{marker_payload}}}", marker_payload),  # an unparseable gold repeated verbatim
            (f"\\boxed{{{marker_payload}}}", f"Solution: $\\boxed{{{marker_payload}}}$"),
            (f"<answer>{marker_payload}</answer>", "None"),
        ]
    verdicts = verify_batch([c for c, _ in pairs], [g for _, g in pairs], timeout=5.0)
    verdicts += [verify(c, g, timeout=5.0, use_math_verify=False) for c, g in pairs]
    assert len(verdicts) == 2 * len(pairs)
    for verdict, (completion, gold) in zip(verdicts, pairs + pairs, strict=True):
        assert verdict.status in STATUSES
        assert verdict.status != "correct", (completion, gold, verdict)
    assert list(tmp_path.iterdir()) == []
    assert not any(Path("/tmp").glob("PWNED_*"))


def test_verdict_fields_round_trip() -> None:
    verdict = verify("\\boxed{\\frac{\\sqrt{2}}{2}}", "\\frac{1}{\\sqrt{2}}", timeout=30.0)
    data = verdict.to_dict()
    assert Verdict(**data) == verdict
    assert astuple(verdict)[:2] == (True, "correct")


def test_the_worker_pool_starts_only_when_an_item_needs_it() -> None:
    """A batch settled in the caller, however large, pays no pool start-up (a cold process verifying plain answers
    must not spend a second importing sympy); the first item that needs a worker starts it."""
    guard.shutdown()
    assert not guard.get_pool().started
    settled = verify_batch(
        ["\\boxed{1}", "\\boxed{x^2+1}", "\\boxed{6\\sqrt{2}}"] * 100, ["1", "1+x^2", "6\\sqrt{2}"] * 100
    )
    assert all(verdict.correct for verdict in settled)
    assert not guard.get_pool().started
    mixed = verify_batch(
        ["\\boxed{\\int_0^1 t\\,dt}"] + ["\\boxed{1}"] * 80, ["\\frac{1}{2}"] + ["1"] * 80, timeout=30.0
    )
    assert guard.get_pool().started
    assert [verdict.status for verdict in mixed] == ["correct"] * 81
    assert mixed[0].method in ("symbolic", "math_verify")


@pytest.mark.parametrize(
    ("answer", "gold", "stage"),
    [
        ("0.6667", "\\frac{2}{3}", "numeric"),
        ("1.732", "\\sqrt{3}", "expr"),
        ("x = 1.4142", "x = \\sqrt{2}", "expr"),
        ("(1.732, 2)", "(\\sqrt{3}, 2)", "expr"),
        (
            "0.3333",
            "\\int_0^1 t^2\\,dt",
            "symbolic",
        ),  # decided in a worker: the policy travels with the request
    ],
)
def test_exact_answers_refuse_a_rounded_answer_in_every_stage(answer: str, gold: str, stage: str) -> None:
    completion = f"So the answer is $\\boxed{{{answer}}}$."
    clear_decision_cache()
    # Both policies, one after the other in one process: the worker's decision cache keys on the policy.
    for allowed in (True, False, True):
        verdict = verify(completion, gold, rounded_answers=allowed, timeout=30.0)
        assert (verdict.correct, verdict.method) == (allowed, stage)
    batch = verify_batch(
        [completion] * 3, [gold] * 3, options=VerifyOptions(rounded_answers=False), timeout=30.0
    )
    assert [verdict.correct for verdict in batch] == [False] * 3


@pytest.mark.parametrize(
    ("answer", "gold"),
    [("\\frac{8}{3}", "2.6667"), ("\\sqrt{3}", "1.732"), ("\\frac{1}{2}", "0.5"), ("2.66667", "2.6667")],
)
def test_exact_answers_still_take_what_a_rounded_gold_stands_for(answer: str, gold: str) -> None:
    assert verify(f"\\boxed{{{answer}}}", gold, rounded_answers=False).correct


def test_rounded_answers_must_be_a_bool() -> None:
    with pytest.raises(ValueError, match="rounded_answers"):
        VerifyOptions(rounded_answers="no")  # type: ignore[arg-type]


def test_a_gold_with_a_trailing_comma_is_its_answer() -> None:
    # As some training sets write a choice gold ("\\text{(E)},"): the comma ends nothing.
    assert verify("The answer is $\\boxed{E}$.", "\\text{(E)},").status == "correct"
    assert verify("The answer is $\\boxed{D}$.", "\\text{(E)},").status == "incorrect"
    assert verify("$\\boxed{1, 2}$", "1, 2,").status == "correct"


def test_a_lettered_value_answers_a_value_gold() -> None:
    # "\\textbf{(C)}\\ 12" (an option with its value) against the value
    assert verify("$\\boxed{\\textbf{(C)}\\ 12}$", "12").status == "correct"
    assert verify("$\\boxed{\\textbf{(C)}\\ 13}$", "12").status == "incorrect"


# --- an answer that restates the problem (verifiers/echo.py) --------------------------------------------------------

BINOMIAL = "Compute $\\dbinom{31}{28}$."
# (answers of a real SmolLM2-135M that wrote the problem's expression back: its value is the gold's, nothing computed)
RESTATED = [
    (
        BINOMIAL,
        "$\\dbinom{31}{28}$ is a mathematical expression that counts ways to choose 28 of 31.",
        "4495",
    ),
    ("Express $\\frac{9}{2}$ as a decimal.", "$\\frac{9}{2}$ is a decimal.", "4.5"),
    ("What is $1^{(2^{235423523})}$?", "So, the answer is $1^{(2^{235423523})}$.", "1"),
    ("What is $2+3$?", "The answer is \\boxed{2+3}.", "5"),
]


@pytest.mark.parametrize(("problem", "completion", "gold"), RESTATED)
def test_an_answer_that_restates_the_problem_is_incorrect(problem: str, completion: str, gold: str) -> None:
    assert verify(completion, gold).status == "correct"  # (without the problem, the value is all there is)
    restated = verify(completion, gold, problem=problem)
    assert (restated.status, restated.correct) == ("incorrect", False)
    assert restated.detail is not None and "restates" in restated.detail


@pytest.mark.parametrize(
    ("problem", "completion", "gold"),
    [
        (BINOMIAL, "So the answer is $\\boxed{4495}$.", "4495"),  # computed
        ("Simplify $\\frac{4}{8}$.", "\\boxed{\\frac{1}{2}}", "\\frac12"),
        (
            "Which is larger, $\\frac12$ or $\\frac23$?",
            "\\boxed{\\frac{2}{3}}",
            "\\frac23",
        ),  # the gold's own form
        ("Which is prime, $7$ or $9$?", "\\boxed{7}", "7"),  # a plain number the problem names
        ("Compute two plus three.", "The answer is \\boxed{2+3}.", "5"),  # (no math span in the problem)
    ],
)
def test_an_answer_that_computes_is_kept_with_the_problem(problem: str, completion: str, gold: str) -> None:
    assert verify(completion, gold, problem=problem).status == "correct"


def test_problems_per_completion_in_a_batch_and_async() -> None:
    completions = [RESTATED[0][1], "\\boxed{4495}", RESTATED[0][1]]
    golds = ["4495"] * 3
    statuses = [v.status for v in verify_batch(completions, golds, problems=[BINOMIAL, BINOMIAL, None])]
    assert statuses == ["incorrect", "correct", "correct"]
    batch = asyncio.run(averify_batch(completions, golds, problems=[BINOMIAL, BINOMIAL, None]))
    assert [v.status for v in batch] == statuses
    assert asyncio.run(averify(completions[0], "4495", problem=BINOMIAL)).status == "incorrect"
    with pytest.raises(ValueError, match="2 problems for 3 completions"):
        verify_batch(completions, golds, problems=[BINOMIAL, None])


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200).filter(lambda text: "$" not in text and "\\" not in text))
def test_a_problem_without_math_spans_changes_no_verdict(problem: str) -> None:
    completions = [RESTATED[0][1], "\\boxed{4495}", "The answer is \\boxed{2+3}."]
    golds = ["4495", "4495", "5"]
    given_problem = verify_batch(completions, golds, problems=[problem] * 3)
    without = verify_batch(completions, golds)
    assert [(v.status, v.predicted, v.detail) for v in given_problem] == [
        (v.status, v.predicted, v.detail) for v in without
    ]


# --- a rounded decimal where the problem asks for an exact form (verifiers/exact_form.py) ----------------------------

SPHERE = "A sphere has radius 3. What is its volume? Express your answer in terms of $\\pi$."


@pytest.mark.parametrize(
    ("problem", "completion", "gold"),
    [
        (SPHERE, "V = (4/3)π(27) = 36π ≈ 113.097\n\n\\boxed{113.1}", "36\\pi"),
        (
            "What is the diagonal of a unit square? Give your answer in simplest radical form.",
            "\\boxed{1.414}",
            "\\sqrt2",
        ),
        (
            "What is $8 \\div 3$? Express your answer as a common fraction.",
            "The answer is $2.6667$.",
            "\\frac83",
        ),
        ("Find the exact value of $\\cos 30^\\circ$.", "\\boxed{0.8660}", "\\frac{\\sqrt3}{2}"),
    ],
)
def test_a_rounded_decimal_is_incorrect_where_the_problem_asks_for_an_exact_form(
    problem: str, completion: str, gold: str
) -> None:
    assert (
        verify(completion, gold).status == "correct"
    )  # (without the problem, a rounded decimal of 4+ digits)
    rounded = verify(completion, gold, problem=problem)
    assert (rounded.status, rounded.detail) == ("incorrect", ROUNDED_NOT_EXACT)


@pytest.mark.parametrize(
    ("problem", "completion", "gold"),
    [
        # a word of the problem's story is no leave to round (probe 180) ...
        (
            "Jamal writes the repeating decimal $0.\\overline{45}$. Express it as a common fraction.",
            "Answer: 0.4545",
            "\\frac{5}{11}",
        ),
        (
            "A circle through the nearest lattice point has radius 10. Give its circumference in terms of $\\pi$.",
            "\\boxed{62.83}",
            "20\\pi",
        ),
        (
            "A pizza with a rounded crust has radius 7. Find its area in terms of $\\pi$.",
            "\\boxed{153.94}",
            "49\\pi",
        ),
        # ... and a decimal refused in so many words stays refused
        (
            "Without using a decimal approximation, find the diagonal of a 4 by 8 rectangle in simplest radical form.",
            "\\boxed{8.944}",
            "4\\sqrt{5}",
        ),
    ],
)
def test_a_story_word_is_no_leave_to_round(problem: str, completion: str, gold: str) -> None:
    assert (
        verify(completion, gold).status == "correct"
    )  # (without the problem, a rounded decimal of 4+ digits)
    assert verify(completion, gold, problem=problem).status == "incorrect"


@pytest.mark.parametrize(
    ("problem", "completion", "gold"),
    [
        (SPHERE, "\\boxed{36\\pi}", "36\\pi"),
        (
            "Express your answer as a common fraction.",
            "\\boxed{0.4}",
            "\\frac25",
        ),  # (the exact value as a decimal)
        (
            "Express the answer in terms of $\\pi$, or as a decimal to the nearest tenth.",
            "\\boxed{113.1}",
            "36\\pi",
        ),
        (
            "What is the exact number of ways? Round the probability to four places.",
            "\\boxed{0.6667}",
            "\\frac23",
        ),
        ("Express your answer in terms of $\\pi$.", "\\boxed{2.5}", "2.5"),  # (a decimal gold)
    ],
)
def test_a_decimal_stays_correct_where_exact_is_not_asked_or_it_is_exact(
    problem: str, completion: str, gold: str
) -> None:
    assert verify(completion, gold, problem=problem).status == "correct"


# --- a choice letter graded by its value in the problem's list (verifiers/choices.py) -------------------------------

POWERS_ONE_PER_LINE = "What is $2^5 \\cdot 2^6$?\nA) $2^{10}$\nB) $2^{11}$\nC) $2^{12}$\nD) $2^{30}$"
AMC_STYLE = (
    "Cities $A$ and $B$ are $45$ miles apart. How many miles from City $A$ will they be when they meet?\n\n"
    "$\\textbf{(A) }20\\qquad\\textbf{(B) }24\\qquad\\textbf{(C) }25\\qquad\\textbf{(D) }26\\qquad\\textbf{(E) }27$"
)


@pytest.mark.parametrize(
    ("problem", "completion", "gold", "expected"),
    [
        (AMC_STYLE, "They meet after 1.5 hours, 27 miles from A.\n\n$\\boxed{E}$", "27", "correct"),
        (AMC_STYLE, "$\\boxed{\\textbf{(E)}}$", "27", "correct"),
        (AMC_STYLE, "So the distance is $27$, which is $\\textbf{(E)}$.", "27", "correct"),
        (AMC_STYLE, "$\\boxed{D}$", "27", "incorrect"),  # (the letter of another value)
        ("What is $7+5$?\n(A) 10 (B) 11 (C) 12 (D) 13 (E) 14", "\\boxed{C}", "12", "correct"),
        ("What is $7+5$?\nA. 10\nB. 11\nC. 12\nD. 13", "The answer is C.", "12", "correct"),
        ("What is $7+5$?\nA. 10\nB. 11\nC. 12\nD. 13", "The answer is B.", "12", "incorrect"),
        # no list of choices running from (A): a point named (C) is no choice
        (
            "Points (A) and (C) lie on a circle of radius 12. What is the radius?",
            "\\boxed{C}",
            "12",
            "incorrect",
        ),
        # choices in math, one per line, in lower case, past E, and a list with a letter missing (probe 180)
        (POWERS_ONE_PER_LINE, "Answer: B", "2048", "correct"),
        (POWERS_ONE_PER_LINE, "Answer: C", "2048", "incorrect"),
        (
            "What is $ab$ here?\n(A) $a+b$ (B) $a-b$ (C) $ab$ (D) $a^2$ (E) $b^2$",
            "$\\boxed{C}$",
            "ab",
            "correct",
        ),
        (
            "Which is a multiple of 6 and 9?\n(a) 9 (b) 12 (c) 18 (d) 27",
            "The answer is (c).",
            "18",
            "correct",
        ),
        (
            "Which is the fourth prime?\n(A) 2 (B) 3 (C) 4 (D) 5 (E) 6 (F) 8 (G) 7 (H) 9",
            "$\\boxed{G}$",
            "7",
            "correct",
        ),
        ("How many divisors has 30?\n(A) 4 (B) 8 (D) 10 (E) 12", "The answer is (B).", "8", "correct"),
        ("How many divisors has 30?\n(A) 4 (B) 8 (D) 10 (E) 12", "The answer is (C).", "8", "incorrect"),
    ],
)
def test_a_choice_letter_is_graded_by_the_value_the_problem_lists(
    problem: str, completion: str, gold: str, expected: str
) -> None:
    assert verify(completion, gold).status == "incorrect"  # (without the problem, a letter is no value)
    assert verify(completion, gold, problem=problem).status == expected


def test_a_choice_letter_against_a_letter_gold_is_graded_as_before() -> None:
    assert verify("\\boxed{E}", "E", problem=AMC_STYLE).status == "correct"
    assert verify("\\boxed{D}", "E", problem=AMC_STYLE).status == "incorrect"


@pytest.mark.parametrize(
    ("completion", "expected"), [("\\boxed{27}", "correct"), ("\\boxed{26}", "incorrect")]
)
def test_a_value_against_a_letter_gold_is_graded_by_that_letters_value(
    completion: str, expected: str
) -> None:
    assert verify(completion, "E").status == "incorrect"  # (without the problem, no letter has a value)
    assert verify(completion, "E", problem=AMC_STYLE).status == expected


@pytest.mark.parametrize(
    ("problem", "completion", "gold", "expected"),
    [
        # a rounding the problem asks for answers it, however the gold is stored (probe 182)
        (
            "Three dice are rolled. Give the probability of exactly one six as a decimal to the nearest thousandth.",
            "$\\boxed{0.347}$",
            "\\frac{25}{72}",
            "correct",
        ),
        ("Give the probability to the nearest thousandth.", "$\\boxed{0.35}$", "\\frac{25}{72}", "incorrect"),
        (
            "What is the area of a circle of radius 4, to three significant figures?",
            "$\\boxed{50.3}$",
            "16\\pi",
            "correct",
        ),
        (
            "What is the area of a circle of radius 4, to three significant figures?",
            "$\\boxed{50.2}$",
            "16\\pi",
            "incorrect",
        ),
        ("Round your answer to the nearest whole number.", "$\\boxed{141}$", "45\\pi", "correct"),
        ("Round your answer to the nearest whole number.", "$\\boxed{142}$", "45\\pi", "incorrect"),
        ("Round your answer to 2 decimal places.", "$\\boxed{3.14}$", "\\pi", "correct"),
        # the places of the mantissa where the problem asks for scientific notation; not a power of ten elsewhere
        (
            "Give the energy in joules as $n \\times 10^x$ where $n$ is to 2 decimal places.",
            "$\\boxed{4.46 \\times 10^{-28}}$",
            "4.46e-19",
            "incorrect",
        ),
        (
            "Give the energy in joules as $n \\times 10^x$ where $n$ is to 2 decimal places.",
            "$\\boxed{4.463 \\times 10^{-19}}$",
            "4.46e-19",
            "correct",
        ),
        (
            "If $\\sqrt{p} = a \\times 10^{b}$ with $1 \\leq a < 10$, compute $10a+b$ rounded to the nearest integer.",
            "$\\boxed{71}$",
            "67",
            "incorrect",
        ),
        # ... and a decimal refused in so many words, with no other word of form
        (
            "Compute $\\cos 15^\\circ$ without using a decimal approximation.",
            "$\\boxed{0.9659}$",
            "\\frac{\\sqrt{6}+\\sqrt{2}}{4}",
            "incorrect",
        ),
    ],
)
def test_an_answer_rounded_as_the_problem_asks(
    problem: str, completion: str, gold: str, expected: str
) -> None:
    assert verify(completion, gold, problem=problem).status == expected
