"""Public entry points: `verify` and `verify_batch`.

INTERFACE STUB — being implemented (see the guard/api helper). Signatures are fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openrs_rewards.verifiers.verdict import Verdict


def verify(completion: Any, gold: Any, *, timeout: float = 1.0, **options: Any) -> Verdict:
    raise NotImplementedError


def verify_batch(
    completions: Sequence[Any],
    golds: Sequence[Any],
    *,
    workers: int | None = None,
    timeout: float = 1.0,
    progress: bool = False,
    **options: Any,
) -> list[Verdict]:
    raise NotImplementedError
