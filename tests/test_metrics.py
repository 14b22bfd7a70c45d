"""The scoring metrics against their definitions: pass@k by brute-force enumeration, maj@k, clustered SE."""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards.scoring.metrics import accuracy_with_se, majority_is_correct, mean_and_std, pass_at_k


@st.composite
def n_c_k(draw: st.DrawFn, max_n: int = 10) -> tuple[int, int, int]:
    n = draw(st.integers(1, max_n))
    return n, draw(st.integers(0, n)), draw(st.integers(1, n))


@given(n_c_k())
def test_pass_at_k_equals_brute_force_enumeration(case: tuple[int, int, int]) -> None:
    n, c, k = case
    samples = [True] * c + [False] * (n - c)
    draws = list(itertools.combinations(range(n), k))
    expected = sum(any(samples[i] for i in draw) for draw in draws) / len(draws)
    assert pass_at_k(n, c, k) == pytest.approx(expected, abs=1e-12)


@given(n_c_k(max_n=200))
def test_pass_at_k_equals_the_binomial_formula(case: tuple[int, int, int]) -> None:
    n, c, k = case
    expected = 1 - math.comb(n - c, k) / math.comb(n, k)
    assert pass_at_k(n, c, k) == pytest.approx(expected, abs=1e-9)


@given(n_c_k(max_n=50))
def test_pass_at_1_is_the_share_correct_and_pass_at_k_grows_with_k(case: tuple[int, int, int]) -> None:
    n, c, k = case
    assert pass_at_k(n, c, 1) == pytest.approx(c / n)
    if k < n:
        assert pass_at_k(n, c, k) <= pass_at_k(n, c, k + 1) + 1e-12


def test_pass_at_k_rejects_impossible_arguments() -> None:
    with pytest.raises(ValueError, match="k <= n"):
        pass_at_k(4, 1, 5)
    with pytest.raises(ValueError, match="k <= n"):
        pass_at_k(4, 1, 0)
    with pytest.raises(ValueError, match="c <= n"):
        pass_at_k(4, 5, 2)


def test_pass_at_k_extremes() -> None:
    assert pass_at_k(8, 0, 8) == 0.0
    assert pass_at_k(8, 8, 1) == 1.0
    assert pass_at_k(8, 1, 8) == 1.0
    assert pass_at_k(8, 2, 4) == pytest.approx(1 - 15 / 70)


# -- maj@k ------------------------------------------------------------------------------------------------------


def _plurality_reference(predicted: list[str | None], gold: str, k: int) -> bool:
    """The textbook rule, for answers whose strings are canonical: plurality, ties to the first seen."""
    votes = [p for p in predicted[:k] if p is not None]
    if not votes:
        return False
    counts = Counter(votes)
    best = max(counts.values())
    return next(p for p in votes if counts[p] == best) == gold


@given(st.lists(st.sampled_from(["a", "b", "c", None]), min_size=1, max_size=12), st.data())
def test_maj_at_k_matches_plurality_vote_with_first_seen_tie_break(
    predicted: list[str | None], data: st.DataObject
) -> None:
    k = data.draw(st.integers(1, len(predicted)))
    correct = [p == "a" for p in predicted]
    assert majority_is_correct(predicted, correct, k) == _plurality_reference(predicted, "a", k)


def test_maj_at_k_ties_go_to_the_answer_seen_first() -> None:
    assert majority_is_correct(["5", "7", "7", "5"], [False, True, True, False], 4) is False
    assert majority_is_correct(["7", "5", "5", "7"], [True, False, False, True], 4) is True


def test_maj_at_k_looks_only_at_the_first_k_samples() -> None:
    predicted = ["5", "5", "7", "7", "7"]
    correct = [False, False, True, True, True]
    assert majority_is_correct(predicted, correct, 2) is False
    assert majority_is_correct(predicted, correct, 4) is False  # 2-2 tie: "5" was seen first
    assert majority_is_correct(predicted, correct, 5) is True


def test_maj_at_k_missing_answers_cast_no_vote() -> None:
    assert majority_is_correct([None, None, "3"], [False, False, True], 3) is True
    assert majority_is_correct([None, None], [False, False], 2) is False


def test_maj_at_k_counts_differently_written_correct_answers_as_one_answer() -> None:
    # "1/2" and "0.5" both equal the gold, so they are the same answer and outvote the two "3"s.
    predicted = ["3", "1/2", "3", "0.5", "\\frac{1}{2}"]
    correct = [False, True, False, True, True]
    assert majority_is_correct(predicted, correct, 5) is True
    # A timed-out sample with the same normalised answer as a correct one votes with it.
    assert majority_is_correct(["4", "9", "4", "9"], [True, False, False, False], 4) is True


def test_maj_at_k_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        majority_is_correct(["1"], [True], 2)
    with pytest.raises(ValueError):
        majority_is_correct(["1"], [True], 0)
    with pytest.raises(ValueError):
        majority_is_correct(["1", "2"], [True], 1)


# -- accuracy and its clustered standard error ------------------------------------------------------------------


@given(st.integers(1, 8), st.lists(st.integers(0, 8), min_size=2, max_size=40))
def test_clustered_se_with_equal_samples_is_the_se_of_per_problem_means(n: int, raw: list[int]) -> None:
    per_problem = [(min(c, n), n) for c in raw]
    accuracy, se = accuracy_with_se(per_problem)
    means = [c / n for c, _ in per_problem]
    assert accuracy == pytest.approx(statistics.fmean(means))
    assert se == pytest.approx(statistics.stdev(means) / math.sqrt(len(means)), abs=1e-12)


def test_clustered_se_with_ragged_samples_weights_problems_by_samples() -> None:
    # correct / samples: 1/2, 0/1, 3/3 -> accuracy 4/6; residuals c - acc*n: -1/3, -2/3, 1.
    accuracy, se = accuracy_with_se([(1, 2), (0, 1), (3, 3)])
    assert accuracy == pytest.approx(4 / 6)
    assert se == pytest.approx(math.sqrt(3 / 2 * (1 / 9 + 4 / 9 + 1)) / 6)


def test_clustered_se_is_larger_than_the_naive_se_when_samples_of_a_problem_agree() -> None:
    # 10 problems, each solved by all 8 samples or by none: really 10 observations, not 80.
    per_problem = [(8, 8)] * 5 + [(0, 8)] * 5
    accuracy, se = accuracy_with_se(per_problem)
    naive = math.sqrt(accuracy * (1 - accuracy) / 80)
    assert se is not None and se > 2 * naive


def test_clustered_se_needs_two_problems_and_valid_counts() -> None:
    assert accuracy_with_se([(3, 4)]) == (0.75, None)
    with pytest.raises(ValueError):
        accuracy_with_se([])
    with pytest.raises(ValueError):
        accuracy_with_se([(5, 4)])


def test_mean_and_std() -> None:
    assert mean_and_std([]) == (None, None)
    assert mean_and_std([2.0]) == (2.0, None)
    mean, std = mean_and_std([1.0, 2.0, 3.0, 4.0])
    assert mean == 2.5
    assert std == pytest.approx(statistics.stdev([1.0, 2.0, 3.0, 4.0]))
