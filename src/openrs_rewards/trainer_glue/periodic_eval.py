"""Periodic n-sample evaluation during training: every ``eval.every`` steps, on benchmarks shipped with the package.

A recipe's ``eval`` section (:data:`EVAL_KEYS`, checked by :func:`parse_eval_config`) turns it on. At each
evaluation step the run's own generation backend samples ``eval.n`` completions per problem of each benchmark (the
first ``eval.problems`` problems): the trainer's model in eval mode with transformers ``generate`` when the run
has no vLLM, the run's vLLM engine (colocated) or server otherwise. The loop is ``openrs-eval``'s
(:func:`~openrs_rewards.trainer_glue.evaluate.run_eval`, predictions written to
``<output_dir>/eval/step-<N>/<benchmark>.jsonl``) and the scoring is ``openrs-score``'s
(:func:`~openrs_rewards.scoring.pipeline.score`: accuracy with a standard error clustered by problem, pass@k,
maj@k, no-answer share). The numbers are logged through the trainer's logger as ``eval/<benchmark>/<metric>`` and
appended, one line per (step, benchmark), to ``<output_dir>/eval_history.jsonl`` (the format ``openrs-eval
--checkpoints`` reads).

The evaluation must not change training: it runs under :func:`preserved_rng_state` (Python, NumPy, torch CPU and
CUDA generators saved and restored), without gradients, with the model put back in train mode; so a run with
evaluation ends with the same weights as one without.

Importing this module imports neither torch nor trl; :func:`parse_eval_config` is pure Python.

>>> settings = parse_eval_config({"every": 50, "n": 16, "benchmarks": ["amc23"]}, max_completion_length=3584)
>>> settings.enabled, settings.every, settings.n, settings.max_new_tokens, settings.ks
(True, 50, 16, 3584, (1, 16))
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openrs_rewards.trainer_glue.checkpoint_choice import EVAL_HISTORY, rows_from_score
from openrs_rewards.trainer_glue.eval_backends import TransformersBackend, VLLMBackend
from openrs_rewards.trainer_glue.eval_config import Generation, GenerationRequest, SamplingSettings

__all__ = [
    "EVAL_HISTORY",
    "EVAL_KEYS",
    "EvalSettings",
    "EvalSettingsError",
    "PeriodicEvaluator",
    "log_metrics",
    "parse_eval_config",
    "preserved_rng_state",
    "trainer_backend",
]

logger = logging.getLogger("openrs_rewards.train")

#: The file, in the run's ``output_dir``, that every in-run evaluation appends its rows to.

EVAL_KEYS: dict[str, str] = {
    "enabled": "true | false (default: true when the section sets 'every')",
    "every": "evaluate every N optimizer steps",
    "n": "samples per problem (pass@n and maj@n are logged too)",
    "benchmarks": "benchmarks shipped with the package, e.g. [amc23, aime24]",
    "problems": "evaluate the first N problems of each benchmark (null: all)",
    "max_new_tokens": "longest completion in tokens (default: trainer.max_completion_length)",
    "temperature": "sampling temperature (0: greedy)",
    "top_p": "nucleus sampling",
    "seed": "base seed of the evaluation samples (the same problems get the same seeds at every step)",
    "system_prompt": "system message (default: dataset.system_prompt, what the model is trained with; '' for none)",
    "prompt_template": "the user message, with {problem} (default: '{problem}', as in training)",
    "batch_size": "problems per generation call (default: 64 with vLLM, 4 with transformers)",
    "workers": "verifier worker processes (default: 1)",
}


class EvalSettingsError(ValueError):
    """An ``eval`` section that cannot be used as written; the message names the key."""


@dataclass(frozen=True)
class EvalSettings:
    """A checked ``eval`` section."""

    enabled: bool = False
    every: int = 0
    n: int = 1
    benchmarks: tuple[str, ...] = ("amc23",)
    problems: int | None = None
    max_new_tokens: int = 512
    temperature: float = 0.6
    top_p: float = 0.95
    seed: int = 0
    system_prompt: str | None = None
    prompt_template: str = "{problem}"
    batch_size: int | None = None
    workers: int = 1

    @property
    def ks(self) -> tuple[int, ...]:
        """The k of pass@k and maj@k: 1 and n."""
        return (1,) if self.n == 1 else (1, self.n)


def _positive(value: Any, key: str, *, allow_none: bool = False) -> Any:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        extra = " or null" if allow_none else ""
        raise EvalSettingsError(f"eval.{key} must be a positive integer{extra}, got {value!r}")
    return value


def _float_in(value: Any, key: str, low: float, high: float, *, low_open: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise EvalSettingsError(f"eval.{key} must be a number, got {value!r}")
    if value < low or value > high or (low_open and value == low):
        bracket = "(" if low_open else "["
        raise EvalSettingsError(f"eval.{key} must be in {bracket}{low:g}, {high:g}], got {value!r}")
    return float(value)


def parse_eval_config(
    section: Mapping[str, Any] | None,
    *,
    max_completion_length: int | None = None,
    system_prompt: str | None = None,
) -> EvalSettings:
    """A checked :class:`EvalSettings` from a recipe's ``eval`` mapping (None: evaluation off).

    ``max_completion_length`` and ``system_prompt`` are the training run's, the defaults of ``max_new_tokens`` and
    ``system_prompt``. Unknown keys, unknown benchmarks and out-of-range values raise :class:`EvalSettingsError`
    naming the key.

    >>> parse_eval_config({"every": 10, "n": 0})
    Traceback (most recent call last):
    ...
    openrs_rewards.trainer_glue.periodic_eval.EvalSettingsError: eval.n must be a positive integer, got 0
    """
    from openrs_rewards.data import UnknownBenchmarkError, resolve_benchmark

    if section is None:
        return EvalSettings()
    if not isinstance(section, Mapping):
        raise EvalSettingsError(f"'eval' must be a mapping, got {type(section).__name__}")
    unknown = sorted(set(section) - set(EVAL_KEYS))
    if unknown:
        raise EvalSettingsError(
            f"unknown key(s) eval.{', eval.'.join(unknown)}; known: {', '.join(EVAL_KEYS)}"
        )
    enabled = section.get("enabled", "every" in section)
    if not isinstance(enabled, bool):
        raise EvalSettingsError(f"eval.enabled must be true or false, got {enabled!r}")
    every = section.get("every")
    if enabled or every is not None:
        every = _positive(every, "every")
    benchmarks = section.get("benchmarks", ["amc23"])
    if isinstance(benchmarks, str):
        benchmarks = [benchmarks]
    if not isinstance(benchmarks, list) or not benchmarks or not all(isinstance(b, str) for b in benchmarks):
        raise EvalSettingsError(f"eval.benchmarks must be a non-empty list of names, got {benchmarks!r}")
    names: list[str] = []
    for name in benchmarks:
        try:
            canonical = resolve_benchmark(name)
        except UnknownBenchmarkError as exc:
            raise EvalSettingsError(f"eval.benchmarks: {exc}") from None
        if canonical not in names:
            names.append(canonical)
    default_tokens = max_completion_length if max_completion_length else EvalSettings.max_new_tokens
    prompt = section.get("system_prompt", system_prompt)
    if prompt is not None and not isinstance(prompt, str):
        raise EvalSettingsError(f"eval.system_prompt must be text or null, got {prompt!r}")
    template = section.get("prompt_template", "{problem}")
    if not isinstance(template, str) or "{problem}" not in template:
        raise EvalSettingsError(f"eval.prompt_template must be text containing {{problem}}, got {template!r}")
    seed = section.get("seed", 0)
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise EvalSettingsError(f"eval.seed must be a non-negative integer, got {seed!r}")
    return EvalSettings(
        enabled=enabled,
        every=every or 0,
        n=_positive(section.get("n", 1), "n"),
        benchmarks=tuple(names),
        problems=_positive(section.get("problems"), "problems", allow_none=True),
        max_new_tokens=_positive(section.get("max_new_tokens", default_tokens), "max_new_tokens"),
        temperature=_float_in(section.get("temperature", 0.6), "temperature", 0.0, 10.0),
        top_p=_float_in(section.get("top_p", 0.95), "top_p", 0.0, 1.0, low_open=True),
        seed=seed,
        system_prompt=prompt or None,
        prompt_template=template,
        batch_size=_positive(section.get("batch_size"), "batch_size", allow_none=True),
        workers=_positive(section.get("workers", 1), "workers"),
    )


# ----------------------------------------------------------------------------------------------------------------
# Leaving training as it was


@contextlib.contextmanager
def preserved_rng_state() -> Iterator[None]:
    """Save every random generator training draws from (Python, NumPy, torch CPU, every CUDA device) and restore
    them on exit, so what runs inside (sampling evaluation completions) leaves the training trajectory unchanged.

    >>> import random
    >>> random.seed(1)
    >>> with preserved_rng_state():
    ...     _ = [random.random() for _ in range(5)]
    >>> random.random() == (random.seed(1), random.random())[1]
    True
    """
    import random

    import numpy as np
    import torch

    python_state = random.getstate()
    numpy_state = np.random.get_state()
    torch_state = torch.get_rng_state()
    cuda_states = torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None
    try:
        yield
    finally:
        random.setstate(python_state)
        np.random.set_state(numpy_state)
        torch.set_rng_state(torch_state)
        if cuda_states is not None:
            torch.cuda.set_rng_state_all(cuda_states)


@contextlib.contextmanager
def eval_mode(model: Any) -> Iterator[None]:
    """The model in eval mode without gradients; its train / eval mode as it was afterwards."""
    import torch

    was_training = bool(getattr(model, "training", False))
    model.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        model.train(was_training)


# ----------------------------------------------------------------------------------------------------------------
# The numbers


def log_metrics(row: Mapping[str, Any]) -> dict[str, float]:
    """The ``eval/<benchmark>/...`` numbers the trainer logs for one history row (undefined ones left out).

    >>> sorted(log_metrics({"benchmark": "amc23", "accuracy": 0.5, "stderr": None, "pass_at_k": {"1": 0.5},
    ...                     "maj_at_k": {}, "mean_length": 40.0, "no_answer_share": 0.25, "truncated_share": 0.0}))
    ['eval/amc23/accuracy', 'eval/amc23/mean_length', 'eval/amc23/no_answer_share', 'eval/amc23/pass@1', 'eval/amc23/truncated_share']
    """
    prefix = f"eval/{row['benchmark']}"
    values: dict[str, Any] = {
        f"{prefix}/accuracy": row["accuracy"],
        f"{prefix}/accuracy_se": row["stderr"],
        f"{prefix}/mean_length": row["mean_length"],
        f"{prefix}/no_answer_share": row["no_answer_share"],
        f"{prefix}/truncated_share": row["truncated_share"],
    }
    values.update({f"{prefix}/pass@{k}": v for k, v in row["pass_at_k"].items()})
    values.update({f"{prefix}/maj@{k}": v for k, v in row["maj_at_k"].items()})
    return {key: float(value) for key, value in values.items() if value is not None}


# ----------------------------------------------------------------------------------------------------------------
# The evaluator


class PeriodicEvaluator:
    """Runs one evaluation at a training step: generate, score, write the history, return the numbers to log.

    ``backend`` is an ``openrs-eval`` backend (see :func:`trainer_backend` for the run's own engine); ``model``,
    when given, is put in eval mode without gradients while generating. Only the main process writes
    (``is_main_process``); the others return an empty mapping.
    """

    def __init__(
        self,
        settings: EvalSettings,
        *,
        output_dir: str | os.PathLike[str],
        backend: Any,
        model: Any = None,
        label: str = "policy",
        is_main_process: bool = True,
    ) -> None:
        self.settings = settings
        self.output_dir = Path(output_dir)
        self.backend = backend
        self.model = model
        self.label = label
        self.is_main_process = is_main_process

    def due(self, step: int) -> bool:
        return self.settings.enabled and step > 0 and step % self.settings.every == 0

    def evaluate(self, step: int, *, checkpoint: str | None = None) -> dict[str, float]:
        """Evaluate every benchmark at ``step``; the ``eval/...`` numbers (empty on the other processes)."""
        prepare = getattr(self.backend, "prepare", None)
        if callable(prepare):  # every process: pushing weights to vLLM is a collective under ZeRO-3 / FSDP
            prepare()
        if not self.is_main_process:
            return {}
        with (
            preserved_rng_state(),
            eval_mode(self.model) if self.model is not None else contextlib.nullcontext(),
        ):
            rows = [self._benchmark(step, name, checkpoint) for name in self.settings.benchmarks]
        history = self.output_dir / EVAL_HISTORY
        history.parent.mkdir(parents=True, exist_ok=True)
        with history.open("a", encoding="utf-8") as handle:
            handle.write("".join(json.dumps(row) + "\n" for row in rows))
        metrics: dict[str, float] = {}
        for row in rows:
            metrics.update(log_metrics(row))
            stderr = f" +- {row['stderr']:.3f}" if row["stderr"] is not None else ""
            logger.info(
                "eval at step %d: %s accuracy %.3f%s over %d problems x %d samples, mean length %.1f %s, "
                "no answer %.2f, truncated %.2f",
                step,
                row["benchmark"],
                row["accuracy"],
                stderr,
                row["problems"],
                row["n"],
                row["mean_length"],
                row["length_unit"],
                row["no_answer_share"],
                row["truncated_share"],
            )
        return metrics

    def _benchmark(self, step: int, benchmark: str, checkpoint: str | None) -> dict[str, Any]:
        from openrs_rewards.scoring.pipeline import score
        from openrs_rewards.trainer_glue.evaluate import EvalConfig, run_eval

        settings = self.settings
        relative = Path("eval") / f"step-{step}" / f"{benchmark}.jsonl"
        out = self.output_dir / relative
        config = EvalConfig(
            model=self.label,
            benchmarks=(benchmark,),
            out=out,
            sampling=SamplingSettings(
                n=settings.n,
                temperature=settings.temperature,
                top_p=settings.top_p,
                max_tokens=settings.max_new_tokens,
                seed=settings.seed,
                system_prompt=settings.system_prompt,
                prompt_template=settings.prompt_template,
            ),
            limit=settings.problems,
            batch_size=settings.batch_size,
            overwrite=True,  # a resumed run evaluating this step again starts the file over
            progress=False,
        )
        messages = io.StringIO()
        run_eval(config, backend_factory=lambda _config: self.backend, stderr=messages)
        result = score(out, ks=list(settings.ks), workers=settings.workers)
        if result.input_errors or not result.summaries:
            raise RuntimeError(
                f"in-run evaluation at step {step}: {out} could not be scored: {result.input_errors}"
            )
        # The row is built exactly as openrs-eval --checkpoints builds its own, so the two tables read as one.
        (row,) = rows_from_score(
            result, step=step, checkpoint=checkpoint, source="in_run", predictions=relative.as_posix()
        )
        return row.to_dict()


# ----------------------------------------------------------------------------------------------------------------
# The run's own generation engine as an openrs-eval backend


def trainer_backend(trainer: Any) -> Any:
    """The generation backend of a ``GRPOTrainer`` as an ``openrs-eval`` backend: its vLLM engine (colocated or
    server) when it uses vLLM, else its own model with transformers ``generate``."""
    if getattr(trainer, "use_vllm", False):
        generation = trainer.vllm_generation
        if getattr(generation, "enable_sleep_mode", False):
            raise EvalSettingsError("eval: in-run evaluation does not support vllm_enable_sleep_mode")
        if generation.mode == "colocate":
            if getattr(generation, "tensor_parallel_size", 1) > 1:
                raise EvalSettingsError(
                    "eval: in-run evaluation with a colocated vLLM needs vllm.tensor_parallel_size 1"
                )
            return _ColocatedVLLMBackend(trainer)
        return _ServerVLLMBackend(trainer)
    if getattr(getattr(trainer, "accelerator", None), "state", None) is not None:
        plugin = getattr(trainer.accelerator.state, "deepspeed_plugin", None)
        if plugin is not None and getattr(plugin, "zero_stage", 0) == 3:
            raise EvalSettingsError(
                "eval: in-run evaluation with transformers generate does not support DeepSpeed ZeRO-3 "
                "(use vLLM: vllm.mode colocate or server)"
            )
    return _TrainerTransformersBackend(trainer)


def _sync_vllm_weights(trainer: Any) -> None:
    """Push the current weights to vLLM when TRL has not yet this step (TRL would push the same ones next)."""
    if trainer.state.global_step != getattr(trainer, "_last_loaded_step", None):
        trainer.vllm_generation.sync_weights()
        trainer._last_loaded_step = trainer.state.global_step


class _TrainerTransformersBackend(TransformersBackend):
    """``openrs-eval``'s transformers backend around the trainer's own (unwrapped) model: nothing is loaded."""

    def __init__(self, trainer: Any) -> None:  # no super().__init__: it would load a second model
        import torch

        self._torch = torch
        self.trainer = trainer
        self.device = str(trainer.accelerator.device)
        self.tokenizer = trainer.processing_class
        self.model = trainer.accelerator.unwrap_model(trainer.model)
        self.seed = 0
        self.cpu_threads = None
        eos = {int(token) for token in getattr(trainer, "eos_token_ids", None) or []}
        if not eos and self.tokenizer.eos_token_id is not None:
            eos = {int(self.tokenizer.eos_token_id)}
        self.eos_ids = eos
        pad = self.tokenizer.pad_token_id
        self.pad_id = int(pad) if pad is not None else min(eos)
        self.context_length = getattr(self.model.config, "max_position_embeddings", None)

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: SamplingSettings
    ) -> list[list[Generation]]:
        with self.trainer.accelerator.autocast():  # bf16 mixed precision as in training, where it is on
            return super().generate(requests, sampling)


class _ColocatedVLLMBackend(VLLMBackend):
    """``openrs-eval``'s vLLM backend around the trainer's colocated engine."""

    def __init__(self, trainer: Any) -> None:  # no super().__init__: the engine exists already
        import vllm

        self._vllm = vllm
        self.trainer = trainer
        self.llm = trainer.vllm_generation.llm
        self.tokenizer = trainer.processing_class
        self.progress = False

    def prepare(self) -> None:
        _sync_vllm_weights(self.trainer)


class _ServerVLLMBackend(VLLMBackend):
    """The trainer's ``trl vllm-serve`` client: one call per batch of problems with ``n`` samples each."""

    def __init__(self, trainer: Any) -> None:  # no super().__init__: the server runs already
        self.trainer = trainer
        self.tokenizer = trainer.processing_class
        self.progress = False
        self.eos_ids = {
            int(t) for t in getattr(trainer, "eos_token_ids", None) or [self.tokenizer.eos_token_id]
        }

    def prepare(self) -> None:
        _sync_vllm_weights(self.trainer)

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: SamplingSettings
    ) -> list[list[Generation]]:
        client = self.trainer.vllm_generation.vllm_client
        results: list[list[Generation]] = []
        start = 0
        while start < len(requests):
            n = len(requests[start].samples)
            end = start
            while end < len(requests) and len(requests[end].samples) == n:
                end += 1
            # A seed makes the server sample from its own generator for these requests, so evaluating leaves the
            # random state of the training rollouts alone. The client takes one seed per call: one per batch, as
            # openrs-eval's transformers backend does (the server would serialise one call per problem).
            output = client.generate(
                prompts=[list(request.prompt_ids) for request in requests[start:end]],
                n=n,
                temperature=sampling.temperature,
                top_p=sampling.top_p,
                max_tokens=sampling.max_tokens,
                generation_kwargs={"seed": requests[start].seed},
            )
            completions = output["completion_ids"]
            if len(completions) != (end - start) * n:
                raise RuntimeError(
                    f"the vLLM server returned {len(completions)} completions, expected {(end - start) * n}"
                )
            for index in range(end - start):
                results.append([self._generation(ids) for ids in completions[index * n : (index + 1) * n]])
            start = end
        return results

    def _generation(self, ids: Sequence[int]) -> Generation:
        stopped = bool(ids) and ids[-1] in self.eos_ids
        kept = list(ids[:-1] if stopped else ids)
        return Generation(
            text=self.tokenizer.decode(kept, skip_special_tokens=True),
            num_tokens=len(kept),
            finish_reason="stop" if stopped else "length",
        )
