"""The two generation backends of ``openrs-eval``: vLLM (GPU) and transformers (CPU or one GPU).

- :class:`VLLMBackend` (``pip install "openrs-rewards[vllm]"``): ``vllm.LLM`` with tensor parallelism, one request
  per problem with ``SamplingParams(n=...)`` and a per-problem seed;
- :class:`TransformersBackend` (``pip install "openrs-rewards[trl]"``): batched ``model.generate`` with left
  padding, the model loaded by :mod:`openrs_rewards.trainer_glue.models` (so ``smollm2`` or a ``.gguf`` path works
  offline).

Both format each problem with the model's chat template (``apply_chat_template(..., add_generation_prompt=True)``),
after an optional system message, and tokenize the result without adding special tokens again (the template already
holds the BOS token where the model wants one). torch, transformers and vllm are imported only when a backend is
built; :func:`make_backend` first checks that they are installed and otherwise raises
:class:`~openrs_rewards.trainer_glue.eval_config.EvalExtraMissingError` with the ``pip install`` line.

>>> vllm_available() in (True, False)
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openrs_rewards.trainer_glue.eval_config import (
    Backend,
    EvalConfig,
    EvalError,
    EvalExtraMissingError,
    Generation,
    GenerationRequest,
    SamplingSettings,
)
from openrs_rewards.trainer_glue.extras import missing_modules

__all__ = ["TransformersBackend", "VLLMBackend", "make_backend", "vllm_available"]


def _chat_prompt_ids(tokenizer: Any, messages: list[dict[str, str]]) -> list[int]:
    text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    if not isinstance(text, str):
        raise EvalError("the tokenizer's chat template did not return text")
    ids = tokenizer.encode(text, add_special_tokens=False)
    return [int(token) for token in ids]


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
    """The backend ``config.backend`` names (``auto``: vLLM when it can be imported, else transformers).

    Raises :class:`EvalExtraMissingError` (with the ``pip install`` line) when the backend's packages are missing,
    before anything is loaded.
    """
    choice = config.backend
    if choice == "auto":
        choice = "vllm" if vllm_available() else "transformers"
    if choice == "vllm":
        if missing_modules(["vllm"]):
            raise EvalExtraMissingError("vllm", ["vllm"], "the vllm backend")
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
        missing = missing_modules(["torch", "transformers"])
        if missing:
            raise EvalExtraMissingError("trl", missing, "generating with the transformers backend")
        return TransformersBackend(
            config.model,
            dtype=config.dtype,
            device=config.device,
            seed=config.sampling.seed,
            cpu_threads=config.cpu_threads,
        )
    raise EvalError(f"unknown backend {choice!r}; expected auto, vllm or transformers")
