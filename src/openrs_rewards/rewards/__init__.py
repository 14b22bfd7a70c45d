"""Reward functions for GRPO, built on the verifiers: each a small picklable callable class.

Every reward is called the way TRL's ``GRPOTrainer`` calls reward functions,
``reward(prompts=None, completions=..., completion_ids=None, **dataset_columns) -> list[float | None]``
(see :mod:`openrs_rewards.rewards.base` for the contract), has a ``__name__`` (its log key) and ``bounds``.

>>> from openrs_rewards.rewards import FormatReward
>>> FormatReward()(completions=["I add 2 and 2.</think> 4"])
[1.0]
"""

from openrs_rewards.rewards.accuracy import AccuracyReward, AsyncAccuracyReward, VerifiedReward
from openrs_rewards.rewards.base import GOLD_COLUMNS, Reward, completion_text, split_reasoning
from openrs_rewards.rewards.calling import RewardCallError, acall_reward, call_reward
from openrs_rewards.rewards.compose import Gated, WeightedSum
from openrs_rewards.rewards.format import FormatReward, ReasoningStepsReward, TagCountReward
from openrs_rewards.rewards.language import LanguageReward, language_share
from openrs_rewards.rewards.length import (
    AsyncCosineReward,
    CosineReward,
    KimiLengthReward,
    SoftOverlongReward,
)
from openrs_rewards.rewards.repetition import RepetitionPenaltyReward

__all__ = [
    "GOLD_COLUMNS",
    "AccuracyReward",
    "AsyncAccuracyReward",
    "AsyncCosineReward",
    "CosineReward",
    "FormatReward",
    "Gated",
    "KimiLengthReward",
    "LanguageReward",
    "ReasoningStepsReward",
    "RepetitionPenaltyReward",
    "Reward",
    "RewardCallError",
    "SoftOverlongReward",
    "TagCountReward",
    "VerifiedReward",
    "WeightedSum",
    "acall_reward",
    "call_reward",
    "completion_text",
    "language_share",
    "split_reasoning",
]
