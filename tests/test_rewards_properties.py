"""Properties of every built-in reward: within its declared bounds and never raising on arbitrary text; the same
values after a pickle round trip; a ``__name__`` for the trainer; registered under its name.

The rewards run the real verifier; ``TIMEOUT`` and ``ERROR`` in a completion make the spy inject those statuses (a
boundary the real verifier reaches only at a worker's deadline or on a bug)."""

from __future__ import annotations

import asyncio
import inspect
import math
import pickle
import warnings
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openrs_rewards.plugins import get_reward
from openrs_rewards.rewards import (
    AccuracyReward,
    AsyncAccuracyReward,
    AsyncCosineReward,
    CosineReward,
    FormatReward,
    Gated,
    KimiLengthReward,
    LanguageReward,
    ReasoningStepsReward,
    RepetitionPenaltyReward,
    SoftOverlongReward,
    TagCountReward,
    WeightedSum,
)
from test_rewards_base import verifier_spy

REGISTERED = {
    "accuracy": AccuracyReward,
    "accuracy_async": AsyncAccuracyReward,
    "format": FormatReward,
    "tag_count": TagCountReward,
    "reasoning_steps": ReasoningStepsReward,
    "cosine": CosineReward,
    "cosine_async": AsyncCosineReward,
    "length": KimiLengthReward,
    "soft_overlong": SoftOverlongReward,
    "repetition": RepetitionPenaltyReward,
    "language": LanguageReward,
}


def all_rewards() -> list[Any]:
    return [
        AccuracyReward(),
        AccuracyReward(require_closed_think=True, name="accuracy_closed"),
        AsyncAccuracyReward(),
        FormatReward(),
        FormatReward(prefilled_think=True, require_answer_tag=True, require_boxed=True, name="format_strict"),
        FormatReward(prefilled_think=False, allow_empty_reasoning=True, name="format_open"),
        TagCountReward(),
        TagCountReward(prefilled_think=False, name="tag_count_open"),
        ReasoningStepsReward(),
        CosineReward(max_len=64),
        CosineReward(max_len=50, length_unit="chars", name="cosine_chars"),
        CosineReward(open_rs_compat=True, max_len=40, name="cosine_compat"),
        AsyncCosineReward(max_len=64),
        KimiLengthReward(group_size=2),
        KimiLengthReward(name="length_by_prompt"),
        SoftOverlongReward(max_len=60, cache_len=20),
        SoftOverlongReward(max_len=60, cache_len=0, length_unit="chars", name="overlong_chars"),
        RepetitionPenaltyReward(),
        RepetitionPenaltyReward(ngram_size=1, max_penalty=-0.5, unit="words", name="repetition_words"),
        LanguageReward(),
        LanguageReward(language="zh", scope="all", name="language_zh"),
        WeightedSum(parts=[(FormatReward(), 1.0), (CosineReward(max_len=64), 2.0), (LanguageReward(), -0.5)]),
        Gated(AccuracyReward(), FormatReward()),
    ]


FRAGMENTS = [
    "<think>", "</think>", "<answer>", "</answer>", "\\boxed{", "}", "{", "$", "$$", "\\[", "\\]", "\\(", "\\)",
    "\\frac{1}{2}", "4", "7", " ", "\n", "Step 1:", "First,", "- ", "1. ", "the answer is", "der", "的", "в",
    "```", "\\begin{align}", "\\end{align}", "TIMEOUT", "ERROR", "é", "²", "\x00", "\ud800", "\U0001f600",
]  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=25).map("".join)
completion = st.one_of(texts, texts.map(lambda t: [{"role": "assistant", "content": t}]))


@st.composite
def batches(draw: st.DrawFn) -> dict[str, Any]:
    pairs = draw(st.integers(0, 3))
    size = 2 * pairs  # even, so that group_size=2 splits it
    completions = draw(st.lists(completion, min_size=size, max_size=size))
    golds = draw(
        st.lists(st.one_of(st.sampled_from(["4", "7", "INVALID", ""]), texts), min_size=size, max_size=size)
    )
    batch: dict[str, Any] = {"completions": completions, "answer": golds}
    if draw(st.booleans()):
        batch["completion_ids"] = draw(
            st.lists(st.lists(st.integers(0, 5), max_size=120), min_size=size, max_size=size)
        )
    if draw(st.booleans()):
        batch["prompts"] = [f"p{i // 2}" for i in range(size)]
    return batch


def call(reward: Any, batch: dict[str, Any]) -> list[float | None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # the token-count estimate and whole-batch warnings
        result = reward(**batch, trainer_state=None)
        if inspect.isawaitable(result):
            result = asyncio.run(result)
    return list(result)


def check_bounds(reward: Any, batch: dict[str, Any], values: list[float | None]) -> None:
    assert len(values) == len(batch["completions"]), reward
    low, high = reward.bounds
    for value in values:
        if value is not None:
            assert isinstance(value, float) and math.isfinite(value), (reward, value)
            assert low - 1e-9 <= value <= high + 1e-9, (reward, value, (low, high))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=batches())
def test_every_reward_stays_within_its_bounds_and_never_raises(batch: dict[str, Any]) -> None:
    with verifier_spy():
        for reward in all_rewards():
            check_bounds(reward, batch, call(reward, batch))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=batches())
def test_every_reward_gives_the_same_values_after_a_pickle_round_trip(batch: dict[str, Any]) -> None:
    with verifier_spy():
        for reward in all_rewards():
            clone = pickle.loads(pickle.dumps(reward))
            assert type(clone) is type(reward) and clone.__name__ == reward.__name__
            assert clone.bounds == reward.bounds
            assert call(clone, batch) == call(reward, batch), reward


def test_names_bounds_and_registration() -> None:
    for name, cls in REGISTERED.items():
        reward = get_reward(name)
        assert type(reward) is cls and cls.name == name and reward.__name__ == name
        low, high = reward.bounds
        assert low <= high and cls.__doc__ and ">>>" in cls.__doc__, name
    names = [r.__name__ for r in all_rewards()]
    assert all(isinstance(n, str) and n for n in names)
    assert get_reward("cosine(open_rs_compat=True, max_len=3584)").open_rs_compat


def test_the_async_variants_are_async_and_the_others_are_not() -> None:
    for reward in all_rewards():
        expected = isinstance(reward, AsyncAccuracyReward | AsyncCosineReward)
        assert inspect.iscoroutinefunction(reward.__call__) is expected, reward


# A batch on which every reward gives a value (none gives only None), so the checks above are not vacuous for it.
KNOWN_BATCH: dict[str, Any] = {
    "prompts": ["p0", "p0", "p1", "p1"],
    "completions": [
        "<think>First, 2 + 2 is 4. Then we check it.</think>\n<answer>\\boxed{4}</answer>",
        "<think>Step 1: guess. Step 2: guess again.</think> The answer is \\boxed{5}.",
        "We add the numbers and so the answer is \\boxed{7}.</think> \\boxed{7}",
        "<think>TIMEOUT the sum is seven</think> \\boxed{7}",
    ],
    "answer": ["4", "4", "7", "7"],
    "completion_ids": [[1, 2, 3] * 10, [4] * 50, [1, 2] * 20, [3, 4, 5] * 30],
}


def test_known_batch_gives_each_reward_values_within_bounds_and_unchanged_by_pickling() -> None:
    with verifier_spy():
        for reward in all_rewards():
            values = call(reward, KNOWN_BATCH)
            check_bounds(reward, KNOWN_BATCH, values)
            assert any(value is not None for value in values), reward
            assert call(pickle.loads(pickle.dumps(reward)), KNOWN_BATCH) == values, reward
        assert call(AccuracyReward(), KNOWN_BATCH) == [1.0, 0.0, 1.0, 0.0]
        assert len(set(call(CosineReward(max_len=64), KNOWN_BATCH))) == 4  # length and correctness both count
