"""What one ``openrs-eval`` run is: its settings, its errors, and the records passed to and from a backend.

Shared by :mod:`~openrs_rewards.trainer_glue.eval_backends` (which generates), :mod:`.eval_resume` (which reads
an existing output file) and :mod:`.evaluate` (the loop). Imports nothing heavy.

>>> SamplingSettings(n=2, max_tokens=48).fingerprint("smollm2")["max_tokens"]
48
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol

from openrs_rewards.trainer_glue.extras import MissingExtraError

__all__ = [
    "DEFAULT_PROMPT_TEMPLATE",
    "Backend",
    "BackendName",
    "EvalConfig",
    "EvalError",
    "EvalExtraMissingError",
    "Generation",
    "GenerationRequest",
    "ResumeError",
    "SamplingSettings",
]

#: DeepSeek-R1's recommended math prompt. ``{problem}`` is replaced by the problem text (a plain replacement, not
#: ``str.format``, so LaTeX braces in a template need no doubling).
DEFAULT_PROMPT_TEMPLATE = "{problem}\nPlease reason step by step, and put your final answer within \\boxed{}."

BackendName = Literal["auto", "vllm", "transformers"]


class EvalError(RuntimeError):
    """A problem with the evaluation's inputs or its output file; the message says what and where."""


class ResumeError(EvalError):
    """The existing ``--out`` file cannot be resumed with these settings (or is damaged mid-file)."""


class EvalExtraMissingError(MissingExtraError, EvalError):
    """A generation backend's packages are not installed (a usage error: the message says what to install)."""


@dataclass(frozen=True)
class SamplingSettings:
    """How each sample is generated. Every field but ``n`` is stored on each output line and checked on resume."""

    n: int = 8
    temperature: float = 0.6
    top_p: float = 0.95
    max_tokens: int = 32768
    seed: int = 0
    system_prompt: str | None = None
    prompt_template: str = DEFAULT_PROMPT_TEMPLATE

    def __post_init__(self) -> None:
        if self.n < 1:
            raise ValueError(f"n must be at least 1, got {self.n}")
        if self.temperature < 0:
            raise ValueError(f"temperature must be >= 0, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if self.max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, got {self.max_tokens}")
        if "{problem}" not in self.prompt_template:
            raise ValueError("the prompt template must contain {problem}")

    def fingerprint(self, model: str) -> dict[str, Any]:
        """What must match for an existing output file to be resumed (``n`` may grow, so it is left out)."""
        values = asdict(self)
        del values["n"]
        return {"model": model, **values}


@dataclass(frozen=True)
class EvalConfig:
    """One ``openrs-eval`` run.

    ``model`` is a hub id, a local directory, a ``.gguf`` path or ``smollm2``; ``model_name`` (default: ``model``)
    is what the ``model`` field of each line says. ``limit`` keeps the first N problems of each benchmark.
    ``batch_size`` counts problems per generation call (default: 64 for vLLM, 4 for transformers).
    """

    model: str
    benchmarks: tuple[str, ...]
    out: str | os.PathLike[str]
    sampling: SamplingSettings = field(default_factory=SamplingSettings)
    backend: BackendName = "auto"
    model_name: str | None = None
    tensor_parallel_size: int = 1
    limit: int | None = None
    batch_size: int | None = None
    overwrite: bool = False
    dtype: str = "auto"
    max_model_len: int | None = None
    gpu_memory_utilization: float = 0.9
    device: str | None = None
    cpu_threads: int | None = None
    progress: bool = True

    @property
    def label(self) -> str:
        return self.model_name or self.model


@dataclass(frozen=True)
class GenerationRequest:
    """One problem's missing samples: ``len(samples)`` completions of one prompt."""

    benchmark: str
    problem_id: str
    prompt_ids: tuple[int, ...]
    samples: tuple[int, ...]
    seed: int


@dataclass(frozen=True)
class Generation:
    """One completion: its text, its length in tokens, and why it stopped (``stop`` / ``length``)."""

    text: str
    num_tokens: int | None = None
    finish_reason: str | None = None


class Backend(Protocol):
    """A generation engine: formats prompts with the model's chat template and samples completions."""

    name: str

    def encode_prompt(self, messages: list[dict[str, str]]) -> list[int]: ...

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: SamplingSettings
    ) -> list[list[Generation]]:
        """One list per request, ``len(request.samples)`` long, in request order."""
        ...
