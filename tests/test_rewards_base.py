"""The reward contract (rewards/base.py), and the verifier spy the other reward tests use.

The reward tests run the real verifier: it settles ``\\boxed{7}`` against ``7`` in microseconds, and it checks the
options a reward passes (a wrong or dropped option changes a verdict or raises). :func:`verifier_spy` records what
the rewards send to it and, at the one boundary the real verifier cannot reach cheaply, injects the ``timeout`` and
``error`` statuses for completions that carry a marker word.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
import threading
import warnings
from collections.abc import Iterator, Sequence
from typing import Any
from unittest import mock

import pytest

from openrs_rewards.rewards.base import (
    CHARS_PER_TOKEN_ESTIMATE,
    GOLD_COLUMNS,
    Reward,
    completion_text,
    completion_texts,
    find_gold_column,
    run_sync,
    split_reasoning,
)
from openrs_rewards.verifiers import api
from openrs_rewards.verifiers.options import REWARD_OPTIONS, VerifyOptions
from openrs_rewards.verifiers.verdict import Verdict

#: Completions containing these words get the status without a real verdict: a real ``timeout`` needs a worker
#: killed at its deadline (a second of CPU per case) and a real ``error`` needs a bug in the verifier.
BOUNDARY_MARKERS = {"TIMEOUT": "timeout", "ERROR": "error"}


class VerifierSpy:
    """The real ``verify_batch``, recording each call (completions, golds, options and whether it ran on the async
    executor's threads). A completion containing a :data:`BOUNDARY_MARKERS` word gets that status instead of its
    real verdict; everything else, options included, goes through the real verifier."""

    def __init__(self, real_sync: Any, real_async: Any) -> None:
        self.calls: list[dict[str, Any]] = []
        self._real_sync = real_sync
        self._real_async = real_async

    def __call__(self, completions: Sequence[Any], golds: Sequence[Any], **kwargs: Any) -> list[Verdict]:
        via = "async" if threading.current_thread().name.startswith("openrs-averify") else "sync"
        self.calls.append({"completions": list(completions), "golds": list(golds), "via": via, **kwargs})
        verdicts = self._real_sync(completions, golds, **kwargs)  # validates the options as the real one does
        return [_at_boundary(c, v) for c, v in zip(completions, verdicts, strict=True)]

    async def averify_batch(
        self, completions: Sequence[Any], golds: Sequence[Any], **kwargs: Any
    ) -> list[Verdict]:
        # The real async function, which calls the (patched) sync one on its executor's threads; wrapped so that
        # each spy is a distinct verifier for the rewards' verdict cache.
        result: list[Verdict] = await self._real_async(completions, golds, **kwargs)
        return result

    def options(self, call: int = -1) -> VerifyOptions:
        """The options object a recorded call passed."""
        options = self.calls[call]["options"]
        assert isinstance(options, VerifyOptions), options
        return options


def _at_boundary(completion: Any, verdict: Verdict) -> Verdict:
    if verdict.status == "invalid_gold":  # the gold is judged first, as in the real verifier
        return verdict
    text = completion_text(completion)
    for marker, status in BOUNDARY_MARKERS.items():
        if marker in text:
            return Verdict(False, status, gold=verdict.gold, method="guard")  # type: ignore[arg-type]
    return verdict


@contextlib.contextmanager
def verifier_spy() -> Iterator[VerifierSpy]:
    """Route ``openrs_rewards.verifiers.api`` through a :class:`VerifierSpy` for the duration."""
    spy = VerifierSpy(api.verify_batch, api.averify_batch)
    with (
        mock.patch.object(api, "verify_batch", spy),
        mock.patch.object(api, "averify_batch", spy.averify_batch),
    ):
        yield spy


# -- kept only for tests/test_rewards_compose.py, which its owner is moving to the spy: delete with that import --

_BOXED = re.compile(r"\\boxed\{([^{}]*)\}")


class FakeVerifier:
    """Stands in for ``verify_batch`` by a visible rule (the last ``\\boxed{x}`` equals the gold). Superseded by
    :class:`VerifierSpy`: it accepts any option, so it cannot catch a wrong one."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def verdict(self, completion: str, gold: str) -> Verdict:
        gold = gold.strip()
        if not gold or gold == "INVALID":
            return Verdict(False, "invalid_gold", method="gold")
        if "TIMEOUT" in completion:
            return Verdict(False, "timeout", gold=gold, method="guard")
        if "ERROR" in completion:
            return Verdict(False, "error", gold=gold, method="guard")
        found = _BOXED.findall(completion)
        if not found:
            return Verdict(False, "no_answer", gold=gold, method="extract")
        predicted = found[-1].strip()
        status = "correct" if predicted == gold else "incorrect"
        return Verdict(status == "correct", status, predicted=predicted, gold=gold, method="string")

    def __call__(self, completions: Sequence[str], golds: Sequence[str], **options: Any) -> list[Verdict]:
        self.calls.append({"completions": list(completions), "golds": list(golds), **options})
        assert len(completions) == len(golds)
        return [self.verdict(c, g) for c, g in zip(completions, golds, strict=True)]

    async def averify(
        self, completions: Sequence[str], golds: Sequence[str], **options: Any
    ) -> list[Verdict]:
        await asyncio.sleep(0)
        return self(completions, golds, **options, via="async")


@contextlib.contextmanager
def fake_verifier() -> Iterator[FakeVerifier]:
    fake = FakeVerifier()
    with mock.patch.object(api, "verify_batch", fake), mock.patch.object(api, "averify_batch", fake.averify):
        yield fake


class Recorder:
    """Collects what a reward sends to ``log_extra`` and ``log_metric``."""

    def __init__(self) -> None:
        self.extra: dict[str, list[Any]] = {}
        self.metrics: dict[str, list[float]] = {}

    def log_extra(self, column: str, values: list[Any]) -> None:
        self.extra.setdefault(column, []).extend(values)

    def log_metric(self, name: str, value: float) -> None:
        self.metrics.setdefault(name, []).append(value)

    @property
    def kwargs(self) -> dict[str, Any]:
        return {"log_extra": self.log_extra, "log_metric": self.log_metric, "trainer_state": object()}


# -- completion_text ----------------------------------------------------------------------------------------


def test_completion_text_reads_strings_and_chat_messages() -> None:
    assert completion_text("plain") == "plain"
    assert completion_text([{"role": "assistant", "content": "a"}]) == "a"
    conversation = [
        {"role": "assistant", "content": "first"},
        {"role": "tool", "content": "tool output"},
        {"role": "assistant", "content": "last"},
    ]
    assert completion_text(conversation) == "last"
    assert completion_text([{"content": "no role"}]) == "no role"
    multimodal = [{"role": "assistant", "content": [{"type": "text", "text": "x"}, {"type": "image"}]}]
    assert completion_text(multimodal) == "x"
    for junk in (None, 3, [], [1, 2], [{"role": "assistant"}], {"content": None}):
        assert completion_text(junk) == ""
    assert completion_texts(None) == []


def test_gold_column_auto_prefers_answer_then_solution_then_gold() -> None:
    assert GOLD_COLUMNS == ("answer", "solution", "gold")
    assert find_gold_column({"solution": [1], "answer": [2], "gold": [3]}, "auto", "r") == "answer"
    assert find_gold_column({"solution": [1], "gold": [3]}, "auto", "r") == "solution"
    assert find_gold_column({"gold": [3]}, "auto", "r") == "gold"
    assert find_gold_column({"target": [3], "answer": [1]}, "target", "r") == "target"
    with pytest.raises(KeyError, match=r"reward 'acc' needs a gold column .*only the columns \['problem'\]"):
        find_gold_column({"problem": ["p"], "trainer_state": None, "log_extra": None}, "auto", "acc")
    with pytest.raises(KeyError, match="the gold column 'target'"):
        find_gold_column({"answer": ["1"]}, "target", "acc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<think>hmm</think> 42", ("hmm", " 42", True)),
        ("pre-filled reasoning</think>42", ("pre-filled reasoning", "42", True)),
        ("<think>never closed", ("never closed", "", False)),
        ("no tags at all", ("no tags at all", "", False)),
        ("a</think>b</think>c", ("a</think>b", "c", True)),
        ("  <think>x</think>", ("x", "", True)),
    ],
)
def test_split_reasoning(text: str, expected: tuple[str, str, bool]) -> None:
    assert split_reasoning(text) == expected


# -- lengths ------------------------------------------------------------------------------------------------


class _LengthProbe(Reward):
    name = "probe"

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, 0.0)


class _Encoder:
    def encode(self, text: str) -> list[int]:
        return [0] * len(text.split())


def _split_words(text: str) -> dict[str, list[int]]:
    return {"input_ids": [1] * len(text.split())}


def test_lengths_from_ids_tokenizer_chars_and_the_estimate() -> None:
    probe = _LengthProbe()
    texts = ["one two three", "x" * 36]
    assert probe._lengths(texts, [[1, 2], [3]], "tokens", None, {}) == [2, 1]
    assert probe._lengths(texts, None, "chars", None, {}) == [13, 36]
    with pytest.raises(ValueError, match="1 completion_ids for 2 completions"):
        probe._lengths(texts, [[1]], "tokens", None, {})
    assert probe._lengths(texts, None, "tokens", _Encoder(), {}) == [3, 1]
    assert probe._lengths(texts, None, "tokens", _split_words, {}) == [3, 1]
    recorder = Recorder()
    with pytest.warns(UserWarning, match="estimating tokens"):
        estimate = probe._lengths(texts, None, "tokens", None, recorder.kwargs)
    assert estimate == [math.ceil(13 / CHARS_PER_TOKEN_ESTIMATE), math.ceil(36 / CHARS_PER_TOKEN_ESTIMATE)]
    assert 2.5 <= CHARS_PER_TOKEN_ESTIMATE <= 4.0
    assert recorder.metrics == {"probe/length_estimated": [1.0]}
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        probe._lengths(texts, None, "tokens", None, {})  # warned once per reward, not per call


def test_reward_name_is_settable_and_repr_shows_parameters() -> None:
    assert _LengthProbe().__name__ == "probe"
    assert _LengthProbe(name="mine").__name__ == "mine"
    assert repr(_LengthProbe()) == "_LengthProbe()"


def test_run_sync_works_inside_a_running_event_loop() -> None:
    async def seven() -> int:
        return 7

    async def outer() -> int:
        return int(run_sync(seven()))

    assert run_sync(seven()) == 7
    assert asyncio.run(outer()) == 7


def test_the_spy_runs_the_real_verifier_with_the_real_options() -> None:
    completions = ["\\boxed{7}", "\\boxed{8}", "no answer here", "TIMEOUT \\boxed{7}", "ERROR", "\\boxed{7}"]
    golds = ["7", "7", "7", "7", "7", ""]
    with verifier_spy() as spy:
        verdicts = api.verify_batch(completions, golds, options=REWARD_OPTIONS)
        assert asyncio.run(api.averify_batch(["\\boxed{7}"], ["7"]))[0].correct
        with pytest.raises(TypeError, match="unknown verify option"):  # the real verifier checks every option
            api.verify_batch(["\\boxed{7}"], ["7"], last_number_fallbak=False)
    assert [v.status for v in verdicts] == [
        "correct",
        "incorrect",
        "no_answer",
        "timeout",
        "error",
        "invalid_gold",
    ]
    # A real verdict, not a made-up one:
    assert (verdicts[0].method, verdicts[0].predicted, verdicts[0].source) == ("string", "7", "boxed")
    assert [call["via"] for call in spy.calls] == ["sync", "async", "sync"]
    assert spy.options(0) is REWARD_OPTIONS
    assert api.verify_batch is not spy  # restored


# -- the docstring examples ---------------------------------------------------------------------------------

_VERIFIER_FREE = ("base", "format", "repetition", "language", "compose")
_VERIFIER_BACKED = ("accuracy", "length")


@pytest.mark.parametrize("module", _VERIFIER_FREE + _VERIFIER_BACKED)
def test_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    loaded = importlib.import_module(f"openrs_rewards.rewards.{module}")
    result = doctest.testmod(loaded, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0, result


def test_package_docstring_example_runs() -> None:
    import doctest

    import openrs_rewards.rewards as package

    result = doctest.testmod(package)
    assert result.attempted > 0 and result.failed == 0
