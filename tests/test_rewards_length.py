"""Length rewards: the cosine schedule (fixed and Open-RS-compatible), Kimi's per-group penalty, DAPO's overlong."""

from __future__ import annotations

import asyncio
import math
import pickle
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _extras import needs_trl
from openrs_rewards.rewards import AsyncCosineReward, CosineReward, KimiLengthReward, SoftOverlongReward
from test_rewards_base import Recorder, verifier_spy

RIGHT, WRONG = "\\boxed{7}", "\\boxed{8}"


def _padded(answer: str, chars: int) -> str:
    """A completion of exactly ``chars`` characters ending in ``answer``."""
    return "x" * (chars - len(answer)) + answer


# -- cosine: the Open-RS3 compatible mode -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chars", "correct", "wrong"),
    [(0, 1.0, 0.0), (1792, 0.75, -0.25), (3584, 0.5, -0.5), (5376, 0.75, -0.25), (7168, 1.0, 0.0)],
)
def test_open_rs_compat_reproduces_the_paper_reward_table(chars: int, correct: float, wrong: float) -> None:
    reward = CosineReward(open_rs_compat=True)
    assert (reward.max_len, reward.length_unit) == (3584, "chars")
    # Characters are counted even though token ids are passed: that is the Open-RS behaviour.
    completions = [_padded(RIGHT, chars), _padded(WRONG, chars)] if chars else [RIGHT, WRONG]
    values = reward(completions=completions, answer=["7", "7"], completion_ids=[[0], [0]])
    if chars:
        assert values == [pytest.approx(correct, abs=1e-12), pytest.approx(wrong, abs=1e-12)]
    else:  # length 9 characters, close to the start of the schedule
        assert values == [pytest.approx(correct, abs=1e-5), pytest.approx(wrong, abs=1e-5)]
    assert reward.value(chars, True) == pytest.approx(correct, abs=1e-12)
    assert reward.value(chars, False) == pytest.approx(wrong, abs=1e-12)


def test_open_rs_compat_gives_an_unparseable_gold_one_and_keeps_its_quirks() -> None:
    # "???" has no answer in it: the real verifier's invalid_gold.
    assert CosineReward(open_rs_compat=True)(completions=[RIGHT], answer=["???"]) == [1.0]
    assert CosineReward()(completions=[RIGHT], answer=["???"], completion_ids=[[0]]) == [None]
    compat = CosineReward(open_rs_compat=True)
    assert compat.bounds == (-0.5, 1.0)
    # Its settings punish a longer wrong answer more: the inverted direction the fixed reward refuses.
    assert compat.value(3000, False) < compat.value(100, False)
    with pytest.raises(ValueError, match="counts characters"):
        CosineReward(open_rs_compat=True, length_unit="tokens")
    assert CosineReward(open_rs_compat=True, max_len=100).max_len == 100  # explicit values override


# -- cosine: the fixed reward -------------------------------------------------------------------------------


def test_fixed_cosine_counts_tokens_and_is_clamped() -> None:
    reward = CosineReward(max_len=100)
    values = reward(
        completions=[RIGHT, RIGHT, WRONG, WRONG, RIGHT],
        answer=["7"] * 5,
        completion_ids=[[0] * 0, [0] * 100, [0] * 0, [0] * 100, [0] * 250],
    )
    assert values == [pytest.approx(v) for v in (1.0, 0.5, -1.0, -0.5, 0.5)]
    assert reward.bounds == (-1.0, 1.0)


def test_no_answer_and_timeout_count_as_wrong_and_errors_are_skipped() -> None:
    recorder = Recorder()
    with verifier_spy():  # the timeout and the error are injected: boundaries of the real verifier
        values = CosineReward(max_len=10)(
            completions=["nothing", "TIMEOUT", "ERROR"], answer=["7"] * 3, completion_ids=[[0] * 5] * 3,
            **recorder.kwargs,
        )  # fmt: skip
    assert values == [pytest.approx(-0.75), pytest.approx(-0.75), None]
    assert recorder.metrics["cosine/no_answer"] == [1.0] and recorder.metrics["cosine/timeout"] == [1.0]
    assert recorder.extra["cosine/length"] == [5, 5, 5]


@settings(max_examples=200, deadline=None)
@given(
    a=st.integers(0, 20_000),
    b=st.integers(0, 20_000),
    max_len=st.integers(1, 8192),
    values=st.lists(st.floats(-5, 5, allow_nan=False), min_size=4, max_size=4),
)
def test_cosine_is_monotone_on_each_side_clamped_and_bounded(
    a: int, b: int, max_len: int, values: list[float]
) -> None:
    low_wrong, high_wrong, low_right, high_right = sorted(values[:2]) + sorted(values[2:])
    reward = CosineReward(
        max_len=max_len,
        min_value_wrong=low_wrong,
        max_value_wrong=high_wrong,
        min_value_correct=low_right,
        max_value_correct=high_right,
    )
    short, long = min(a, b), max(a, b)
    assert reward.value(short, True) >= reward.value(long, True) - 1e-12  # shorter correct is better
    assert reward.value(short, False) <= reward.value(long, False) + 1e-12  # longer wrong is punished less
    assert reward.value(max_len + a, True) == reward.value(max_len, True)  # clamped
    assert reward.value(max_len + a, False) == reward.value(max_len, False)
    low, high = reward.bounds
    for length in (short, long):
        for correct in (True, False):
            assert low - 1e-12 <= reward.value(length, correct) <= high + 1e-12


def test_cosine_refuses_inverted_directions_and_bad_values() -> None:
    with pytest.raises(ValueError, match="open_rs_compat=True"):
        CosineReward(min_value_wrong=0.0, max_value_wrong=-0.5)
    with pytest.raises(ValueError, match="max_value_correct"):
        CosineReward(min_value_correct=1.0, max_value_correct=0.5)
    with pytest.raises(ValueError, match="max_len"):
        CosineReward(max_len=0)
    with pytest.raises(ValueError, match="finite"):
        CosineReward(min_value_wrong=-math.inf)
    with pytest.raises(ValueError, match="length_unit"):
        CosineReward(length_unit="words")  # type: ignore[arg-type]


def test_cosine_length_sources() -> None:
    by_chars = CosineReward(max_len=18, length_unit="chars")(completions=["x" * 9 + RIGHT], answer=["7"])
    by_tokenizer = CosineReward(max_len=4, tokenizer=str.split)(
        completions=["a b c d " + RIGHT], answer=["7"]
    )
    with pytest.warns(UserWarning, match="estimating tokens"):
        estimated = CosineReward(max_len=10)(completions=[RIGHT], answer=["7"])
    assert by_chars == [pytest.approx(0.5)] and by_tokenizer == [pytest.approx(0.5)]
    assert estimated[0] is not None and 0.5 < estimated[0] < 1.0


def test_async_cosine_agrees_with_the_sync_one() -> None:
    kwargs = {"completions": [RIGHT, WRONG, "none"], "answer": ["7"] * 3, "completion_ids": [[0] * 3] * 3}
    with verifier_spy() as spy:
        sync_values = CosineReward(max_len=10)(**kwargs)
        async_values = asyncio.run(AsyncCosineReward(max_len=10)(**kwargs))
    assert async_values == sync_values == [pytest.approx(v) for v in (0.896946, -0.896946, -0.896946)]
    assert [call["via"] for call in spy.calls] == ["sync", "async"]


# -- Kimi length penalty ------------------------------------------------------------------------------------


def test_kimi_is_normalised_within_each_prompt_group_not_the_batch() -> None:
    prompts = ["p"] * 3 + ["q"] * 3
    completions = [RIGHT] * 6
    lengths = [10, 20, 30, 1000, 2000, 3000]
    ids = [[0] * n for n in lengths]
    per_group = KimiLengthReward()(
        prompts=prompts, completions=completions, answer=["7"] * 6, completion_ids=ids
    )
    with pytest.warns(UserWarning, match="whole batch"):
        whole_batch = KimiLengthReward()(completions=completions, answer=["7"] * 6, completion_ids=ids)
    assert per_group == [pytest.approx(v) for v in (0.5, 0.0, -0.5, 0.5, 0.0, -0.5)]
    # Over the whole batch the short group would all look "short", the long one all "long".
    assert whole_batch[:3] == [pytest.approx(0.5 - (n - 10) / 2990) for n in (10, 20, 30)]
    assert per_group != whole_batch


def test_kimi_wrong_answers_are_never_rewarded_for_being_short() -> None:
    values = KimiLengthReward(group_size=4)(
        completions=[WRONG, WRONG, RIGHT, RIGHT],
        answer=["7", "7", "7", "???"],  # the last gold has no answer in it: invalid
        completion_ids=[[0] * 10, [0] * 30, [0] * 30, [0] * 20],
    )
    assert values == [0.0, pytest.approx(-0.5), pytest.approx(-0.5), None]


def test_kimi_groups_from_group_size_num_generations_or_prompts() -> None:
    reward = KimiLengthReward()
    assert reward.groups(4, None, {"num_generations": 2}) == [range(0, 2), range(2, 4)]
    assert reward.groups(5, ["a", "a", "b", "a", "a"]) == [range(0, 2), range(2, 3), range(3, 5)]
    chats = [[{"role": "user", "content": "x"}]] * 2 + [[{"role": "user", "content": "y"}]]
    assert reward.groups(3, chats) == [range(0, 2), range(2, 3)]
    assert KimiLengthReward(group_size=3).groups(6, ["a"] * 6) == [range(0, 3), range(3, 6)]
    with pytest.raises(ValueError, match="groups of 4"):
        KimiLengthReward(group_size=4).groups(6, None)
    with pytest.warns(UserWarning, match="whole batch"):
        assert reward.groups(3, None) == [range(0, 3)]
    with pytest.raises(ValueError, match="group_size"):
        KimiLengthReward(group_size=0)


def test_kimi_equal_lengths_give_zero() -> None:
    values = KimiLengthReward()(
        prompts=["p"] * 3,
        completions=[RIGHT, WRONG, RIGHT],
        answer=["7"] * 3,
        completion_ids=[[0] * 5] * 3,
    )
    assert values == [0.0, 0.0, 0.0]


# -- DAPO soft overlong punishment --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "expected"), [(0, 0.0), (80, 0.0), (81, -0.05), (90, -0.5), (100, -1.0), (101, -1.0)]
)
def test_soft_overlong_schedule(length: int, expected: float) -> None:
    reward = SoftOverlongReward(max_len=100, cache_len=20)
    assert reward(completions=["t"], completion_ids=[[0] * length]) == [pytest.approx(expected)]
    assert reward.bounds == (-1.0, 0.0)


def test_soft_overlong_options() -> None:
    step = SoftOverlongReward(max_len=10, cache_len=0)
    assert step(completions=["a", "b"], completion_ids=[[0] * 10, [0] * 11]) == [0.0, -1.0]
    chars = SoftOverlongReward(max_len=10, cache_len=5, length_unit="chars")
    assert chars(completions=["x" * 5, "x" * 8, "x" * 50]) == [0.0, pytest.approx(-0.6), -1.0]
    assert SoftOverlongReward(max_len=4, cache_len=2)(completion_ids=[[1, 2, 3]]) == [pytest.approx(-0.5)]
    with pytest.raises(ValueError, match="cache_len"):
        SoftOverlongReward(max_len=10, cache_len=11)


def test_length_rewards_pickle() -> None:
    for reward in (CosineReward(open_rs_compat=True), KimiLengthReward(group_size=2), SoftOverlongReward()):
        clone = pickle.loads(pickle.dumps(reward))
        assert vars(clone) == vars(reward)


# -- a tokenizer given by name is loaded when the reward is built, offline, or refused then ------------------


def _word_tokenizer_dir(tmp_path: Any) -> str:
    """A real transformers tokenizer saved to a folder: one token per whitespace-separated word."""
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocabulary = {"[UNK]": 0, "a": 1, "b": 2, "c": 3}
    core = Tokenizer(models.WordLevel(vocab=vocabulary, unk_token="[UNK]"))
    core.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    folder = tmp_path / "word-tokenizer"
    PreTrainedTokenizerFast(tokenizer_object=core, unk_token="[UNK]").save_pretrained(folder)
    return str(folder)


@needs_trl
def test_a_tokenizer_named_by_a_local_folder_counts_tokens(tmp_path: Any) -> None:
    from openrs_rewards.plugins import get_reward

    folder = _word_tokenizer_dir(tmp_path)
    reward = get_reward(f"cosine(max_len=4, tokenizer={folder!r})")
    assert not isinstance(reward.tokenizer, str)  # loaded now, not on the first call
    # "a \boxed{7}": two words, so two tokens, half of max_len: halfway down the correct schedule (1.0 -> 0.5).
    assert reward(completions=["a " + RIGHT], answer=["7"]) == [pytest.approx(0.75)]
    assert reward(completions=["a b c a " + RIGHT], answer=["7"]) == [
        pytest.approx(0.5)
    ]  # five: past max_len
    assert SoftOverlongReward(max_len=4, cache_len=2, tokenizer=folder).tokenizer is not None


@needs_trl
@pytest.mark.parametrize("reward_class", [CosineReward, KimiLengthReward, SoftOverlongReward])
def test_a_tokenizer_name_that_cannot_load_offline_is_refused_when_the_reward_is_built(
    reward_class: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "empty-hub-cache"))  # 'gpt2' is in no cache here
    with pytest.raises(ValueError, match=r"reward '\w+': cannot load the tokenizer 'gpt2' offline") as caught:
        reward_class(tokenizer="gpt2")
    assert "pass completion_ids" in str(caught.value)


def test_a_tokenizer_that_is_neither_callable_nor_a_name_is_refused() -> None:
    with pytest.raises(ValueError, match=r"reward 'cosine': tokenizer must be a callable .* got int 3"):
        CosineReward(tokenizer=3)
    with pytest.raises(ValueError, match="got dict"):
        SoftOverlongReward(tokenizer={"vocab": 1})


def test_building_a_length_reward_imports_no_transformers() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from openrs_rewards.rewards import CosineReward; CosineReward(tokenizer=str.split); "
        "print('transformers' in sys.modules)"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
    )


def test_a_length_reward_reads_the_prompt_for_a_restated_problem() -> None:
    problem = "Compute $\\dbinom{31}{28}$."
    echo = "$\\dbinom{31}{28}$ is an expression."
    reward = CosineReward(max_len=10)
    paid = reward(completions=[echo], answer=["4495"], completion_ids=[[0] * 10])
    unpaid = reward(prompts=[problem], completions=[echo], answer=["4495"], completion_ids=[[0] * 10])
    assert paid[0] is not None and unpaid[0] is not None and unpaid[0] < paid[0]
