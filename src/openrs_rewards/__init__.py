"""openrs-rewards: fast, hang-proof math verification and GRPO rewards.

The public surface is small and light: importing this package imports neither torch, trl, transformers nor vllm,
and defers sympy until a comparison actually needs it.

>>> from openrs_rewards import verify
>>> verify("... so the answer is \\\\boxed{\\\\frac{1}{2}}", "0.5").correct
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Where each public name lives. They are imported on first use (PEP 562), not with the package: a process that
# needs one submodule only, above all the verifier's worker zygote (it compares, it never extracts), would otherwise
# import the whole caller side, ~90 ms of answer-extraction patterns on the way to a fresh process's first sympy
# comparison (measured).
_PUBLIC = {
    "STATUSES": "openrs_rewards.verifiers.verdict",
    "Status": "openrs_rewards.verifiers.verdict",
    "Verdict": "openrs_rewards.verifiers.verdict",
    "VerifyOptions": "openrs_rewards.verifiers.options",
    "averify": "openrs_rewards.verifiers.api",
    "averify_batch": "openrs_rewards.verifiers.api",
    "verify": "openrs_rewards.verifiers.api",
    "verify_batch": "openrs_rewards.verifiers.api",
}

__all__ = [
    "STATUSES",
    "Status",
    "Verdict",
    "VerifyOptions",
    "__version__",
    "averify",
    "averify_batch",
    "verify",
    "verify_batch",
]

if TYPE_CHECKING:
    from openrs_rewards.verifiers.api import averify, averify_batch, verify, verify_batch
    from openrs_rewards.verifiers.options import VerifyOptions
    from openrs_rewards.verifiers.verdict import STATUSES, Status, Verdict


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_PUBLIC})
