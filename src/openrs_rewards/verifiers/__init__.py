"""Answer extraction, normalisation, equivalence and hard timeouts."""

from openrs_rewards.verifiers.verdict import STATUSES, Status, Verdict

__all__ = ["STATUSES", "Status", "Verdict"]
