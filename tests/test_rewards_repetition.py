"""The repetition penalty over token-id or word n-grams."""

from __future__ import annotations

import pickle

import pytest

from openrs_rewards.rewards import RepetitionPenaltyReward


def test_token_ngrams_when_ids_are_given() -> None:
    reward = RepetitionPenaltyReward(ngram_size=2)
    # [5]*5 has 4 bigrams, 1 unique: 1 - 1/4 = 0.75 repeated.
    assert reward(completions=["a", "b"], completion_ids=[[1, 2, 3, 4], [5, 5, 5, 5, 5]]) == [0.0, -0.75]
    # The ids decide, not the text.
    assert reward(completions=["same same same same"], completion_ids=[[1, 2, 3, 4]]) == [0.0]


def test_word_ngrams_without_ids_or_when_asked() -> None:
    reward = RepetitionPenaltyReward()
    loop = "so the answer is 4 " * 10
    # 50 words, 48 trigrams, of which 5 distinct (the loop is 5 words long): 1 - 5/48 repeated.
    assert reward(completions=[loop]) == [pytest.approx(-(1 - 5 / 48))]
    assert reward(completions=["The cat sat on the mat today"]) == [0.0]
    assert reward(completions=["So so SO so"]) == [pytest.approx(-0.5)]  # lower-cased words
    words_mode = RepetitionPenaltyReward(unit="words", ngram_size=1)
    assert words_mode(completions=["a b c d"], completion_ids=[[1, 1, 1, 1]]) == [0.0]
    with pytest.warns(UserWarning, match="no completion_ids"):
        assert RepetitionPenaltyReward(unit="tokens", ngram_size=1)(completions=["x x"]) == [-0.5]


def test_short_completions_and_scaling() -> None:
    reward = RepetitionPenaltyReward(ngram_size=3, max_penalty=-0.5)
    assert reward(completions=["", "one two"], completion_ids=[[], [1, 1]]) == [0.0, 0.0]
    assert reward(completions=["x"], completion_ids=[[7] * 100]) == [pytest.approx(-0.5 * (1 - 1 / 98))]
    assert reward.bounds == (-0.5, 0.0)
    assert RepetitionPenaltyReward(ngram_size=1)(completions=["t"], completion_ids=[[1, 1, 2, 2]]) == [-0.5]


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="max_penalty"):
        RepetitionPenaltyReward(max_penalty=0.5)
    with pytest.raises(ValueError, match="ngram_size"):
        RepetitionPenaltyReward(ngram_size=0)
    with pytest.raises(ValueError, match="unit"):
        RepetitionPenaltyReward(unit="chars")  # type: ignore[arg-type]


def test_pickle_round_trip() -> None:
    reward = RepetitionPenaltyReward(ngram_size=4, max_penalty=-2.0, name="rep")
    clone = pickle.loads(pickle.dumps(reward))
    # 3 four-grams, 1 distinct: 2/3 repeated, scaled by max_penalty -2.0 (both settings survive the round trip).
    assert clone.__name__ == "rep" and clone(completions=["a a a a a a"]) == [pytest.approx(-4 / 3)]
