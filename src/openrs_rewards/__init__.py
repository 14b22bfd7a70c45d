"""openrs-rewards: fast, hang-proof math verification and GRPO rewards.

The public surface is small and light: importing this package imports neither torch, trl, transformers nor vllm,
and defers sympy until a comparison actually needs it.

>>> from openrs_rewards import verify
>>> verify("... so the answer is \\\\boxed{\\\\frac{1}{2}}", "0.5").correct
True
"""

from openrs_rewards.verifiers.api import averify, averify_batch, verify, verify_batch
from openrs_rewards.verifiers.options import VerifyOptions
from openrs_rewards.verifiers.verdict import STATUSES, Status, Verdict

__version__ = "0.1.0"

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
