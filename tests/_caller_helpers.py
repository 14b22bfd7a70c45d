"""What the caller-side cascade tests share: the caller's own verdict for one boxed answer, or None when the item
would go to a worker."""

from __future__ import annotations

from openrs_rewards.verifiers import cascade
from openrs_rewards.verifiers.options import resolve_options
from openrs_rewards.verifiers.verdict import Verdict

OPTIONS = resolve_options(None)


def settled_in_caller(answer: str, gold: str) -> Verdict | None:
    """The caller's verdict for ``\\boxed{answer}``, or None when the item would go to a worker."""
    cascade.clear_decision_cache()
    outcome = cascade._prepare(0, f"\\boxed{{{answer}}}", gold, False, OPTIONS)
    return outcome if isinstance(outcome, Verdict) else None
