"""Scoring prediction files: reading records, the metrics, the report, rewards over records, and plots.

This is what ``openrs-score`` is made of; each part is usable on its own:

>>> from openrs_rewards.scoring import pass_at_k
>>> pass_at_k(n=4, c=1, k=2)
0.5
"""

from openrs_rewards.scoring.metrics import accuracy_with_se, majority_is_correct, mean_and_std, pass_at_k
from openrs_rewards.scoring.records import DEFAULT_FIELDS, FieldNames, Record, parse_record, read_records
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

__all__ = [
    "DEFAULT_FIELDS",
    "JSON_SCHEMA",
    "FieldNames",
    "GroupSummary",
    "Record",
    "RewardRun",
    "RewardStats",
    "Sample",
    "accuracy_with_se",
    "chunk_order",
    "format_table",
    "majority_is_correct",
    "mean_and_std",
    "parse_record",
    "pass_at_k",
    "read_records",
    "run_reward",
    "summarize",
    "to_json",
]
