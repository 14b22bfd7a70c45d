"""The reward contract (rewards/base.py), and the fake verifier the other reward tests use.

The fake decides correctness by a rule the tests can see (the last ``\\boxed{}`` equals the gold, marker words for
timeouts and errors), so the reward tests pin the rewards' own logic; ``real_verifier`` runs the real one.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
import re
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
from openrs_rewards.verifiers.verdict import Verdict

_BOXED = re.compile(r"\\boxed\{([^{}]*)\}")


class FakeVerifier:
    """Stands in for ``verify_batch``: correct when the last ``\\boxed{x}`` equals the gold (stripped); ``TIMEOUT``
    or ``ERROR`` in a completion give those statuses; an empty gold or ``INVALID`` is an invalid gold. Records its
    calls."""

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
def fake_verifier(with_async: bool = True) -> Iterator[FakeVerifier]:
    """Patch ``openrs_rewards.verifiers.api`` with a :class:`FakeVerifier` for the duration."""
    fake = FakeVerifier()
    with contextlib.ExitStack() as stack:
        stack.enter_context(mock.patch.object(api, "verify_batch", fake))
        if with_async:
            stack.enter_context(mock.patch.object(api, "averify_batch", fake.averify, create=True))
        elif hasattr(api, "averify_batch"):
            stack.enter_context(mock.patch.object(api, "averify_batch", None))
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


def test_fake_verifier_follows_its_rule() -> None:
    with fake_verifier() as fake:
        verdicts = api.verify_batch(
            ["\\boxed{1}", "\\boxed{2}", "none", "TIMEOUT", "x"], ["1", "1", "1", "1", ""]
        )
    assert [v.status for v in verdicts] == ["correct", "incorrect", "no_answer", "timeout", "invalid_gold"]
    assert len(fake.calls) == 1


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
