"""The numbers `openrs-score` reports: accuracy with a clustered standard error, unbiased pass@k, maj@k.

Every function here is pure and takes plain numbers, so each can be checked against its textbook definition.

>>> round(pass_at_k(n=8, c=2, k=4), 4)  # 1 - C(6,4)/C(8,4) = 1 - 15/70
0.7857
>>> majority_is_correct(["7", "5", "5", None], [True, False, False, False], k=4)
False
>>> accuracy, se = accuracy_with_se([(1, 2), (2, 2), (0, 2)])  # (correct, samples) per problem
>>> accuracy, round(se, 4)
(0.5, 0.2887)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

__all__ = [
    "accuracy_with_se",
    "majority_is_correct",
    "mean_and_std",
    "pass_at_k",
]


def pass_at_k(n: int, c: int, k: int) -> float:
    """The unbiased estimate of pass@k for one problem from ``n`` samples of which ``c`` are correct.

    ``1 - C(n - c, k) / C(n, k)``: the chance that ``k`` samples drawn without replacement from the ``n`` include a
    correct one (Chen et al., 2021). Computed as the product ``prod_{i=n-c+1}^{n} (1 - k / i)``, which never forms
    a huge binomial coefficient and is exact to rounding. Requires ``1 <= k <= n`` and ``0 <= c <= n``.
    """
    if not 0 <= c <= n:
        raise ValueError(f"need 0 <= c <= n, got n={n}, c={c}")
    if not 1 <= k <= n:
        raise ValueError(f"pass@{k} needs 1 <= k <= n samples per problem, got n={n}")
    if n - c < k:
        return 1.0  # every draw of k samples contains a correct one
    miss = 1.0
    for i in range(n - c + 1, n + 1):
        miss *= 1.0 - k / i
    return 1.0 - miss


def majority_is_correct(predicted: Sequence[str | None], correct: Sequence[bool], k: int) -> bool:
    """Whether the majority answer among the first ``k`` samples of one problem is correct (maj@k for one problem).

    Votes are the normalised predicted answers. A sample with no answer (``None``) casts no vote; when no sample
    votes the result is incorrect. Every correct answer equals the gold and so equals every other correct answer:
    the correct samples form one voting class even when their normalised strings differ (``1/2`` and ``0.5``), and
    so does any other sample whose normalised answer matches a correct one's (a timed-out duplicate, say). Other
    answers are grouped by their normalised string. Ties go to the class encountered first among the ``k``.
    """
    if k < 1:
        raise ValueError(f"maj@k needs k >= 1, got {k}")
    if len(predicted) != len(correct):
        raise ValueError("predicted and correct must have the same length")
    if k > len(predicted):
        raise ValueError(f"maj@{k} needs at least k samples, got {len(predicted)}")
    first_predicted = list(predicted[:k])
    first_correct = list(correct[:k])
    correct_answers = {
        p for p, ok in zip(first_predicted, first_correct, strict=True) if ok and p is not None
    }
    counts: dict[object, int] = {}  # insertion order = order first encountered, which settles ties
    correct_class = object()
    for answer, ok in zip(first_predicted, first_correct, strict=True):
        if ok or (answer is not None and answer in correct_answers):
            key: object = correct_class
        elif answer is None:
            continue
        else:
            key = answer
        counts[key] = counts.get(key, 0) + 1
    if not counts:
        return False
    best = max(counts.values())
    winner = next(key for key, count in counts.items() if count == best)
    return winner is correct_class


def accuracy_with_se(per_problem: Iterable[tuple[int, int]]) -> tuple[float, float | None]:
    """Accuracy over all samples and its standard error clustered by problem.

    ``per_problem`` holds ``(correct, samples)`` for each problem. The accuracy is ``sum(c) / sum(n)``. Samples of
    one problem are not independent, so the standard error treats each problem as one cluster (the usual
    cluster-robust variance of a ratio)::

        SE = sqrt(P / (P - 1) * sum_i (c_i - acc * n_i) ** 2) / sum_i n_i

    With the same ``n`` for every problem this is exactly the standard error of the per-problem means,
    ``stdev(c_i / n) / sqrt(P)``; with a ragged ``n`` it weights problems by their samples, as the accuracy does.
    The SE is None with fewer than two problems.
    """
    pairs = [(int(c), int(n)) for c, n in per_problem]
    if not pairs:
        raise ValueError("accuracy needs at least one problem")
    if any(n <= 0 or not 0 <= c <= n for c, n in pairs):
        raise ValueError("each problem needs 0 <= correct <= samples and samples >= 1")
    total = sum(n for _, n in pairs)
    accuracy = sum(c for c, _ in pairs) / total
    problems = len(pairs)
    if problems < 2:
        return accuracy, None
    squares = sum((c - accuracy * n) ** 2 for c, n in pairs)
    return accuracy, math.sqrt(problems / (problems - 1) * squares) / total


def mean_and_std(values: Sequence[float]) -> tuple[float | None, float | None]:
    """The mean and the sample standard deviation (``ddof=1``); None where undefined (no values / one value)."""
    if not values:
        return None, None
    mean = math.fsum(values) / len(values)
    if len(values) < 2:
        return mean, None
    variance = math.fsum((v - mean) ** 2 for v in values) / (len(values) - 1)
    return mean, math.sqrt(variance)
