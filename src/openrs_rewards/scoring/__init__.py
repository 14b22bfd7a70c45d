"""Scoring prediction files: reading records, the metrics, the report, rewards over records, and plots.

This is what ``openrs-score`` and ``openrs-eval`` are made of: :func:`score` runs it all (see
:mod:`openrs_rewards.scoring.pipeline`), :func:`score_dataset` verifies a Ray Dataset on a pool of Ray actors (see
:mod:`openrs_rewards.scoring.ray_scoring`; Ray is imported only when it is used), and each part is usable on its
own:

>>> from openrs_rewards.scoring import pass_at_k
>>> pass_at_k(n=4, c=1, k=2)
0.5
"""

from typing import Any

from openrs_rewards.scoring.metrics import accuracy_with_se, majority_is_correct, mean_and_std, pass_at_k
from openrs_rewards.scoring.pipeline import (
    InputError,
    RewardSpecError,
    ScoreResult,
    default_ks,
    load_rewards,
    score,
    write_verdicts,
)
from openrs_rewards.scoring.records import (
    DEFAULT_FIELDS,
    FieldNames,
    Record,
    parse_record,
    problem_key,
    read_records,
    record_from_object,
)
from openrs_rewards.scoring.report import (
    JSON_SCHEMA,
    GroupSummary,
    RewardStats,
    Sample,
    format_table,
    summarize,
    to_json,
)
from openrs_rewards.scoring.rewards import RewardRun, chunk_order, run_reward


def __getattr__(name: str) -> Any:
    # score_dataset lives with the Ray code: importing this package must not import Ray (an optional extra).
    if name == "score_dataset":
        from openrs_rewards.scoring.ray_scoring import score_dataset

        return score_dataset
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_FIELDS",
    "JSON_SCHEMA",
    "FieldNames",
    "GroupSummary",
    "InputError",
    "Record",
    "RewardRun",
    "RewardSpecError",
    "RewardStats",
    "Sample",
    "ScoreResult",
    "accuracy_with_se",
    "chunk_order",
    "default_ks",
    "format_table",
    "load_rewards",
    "majority_is_correct",
    "mean_and_std",
    "parse_record",
    "pass_at_k",
    "problem_key",
    "read_records",
    "record_from_object",
    "run_reward",
    "score",
    "score_dataset",
    "summarize",
    "to_json",
    "write_verdicts",
]
