"""GRPO training from a recipe: data, chat prompts, the pre-filled ``<think>``, rewards, ``GRPOConfig``, the trainer.

>>> from openrs_rewards.trainer_glue.train import plan, describe_plan
>>> training = plan("smoke", ["max_steps=2"])        # resolves and checks everything; loads no model or data
>>> print(describe_plan(training))                   # doctest: +SKIP
>>> trainer = run(training)  # trains; returns the GRPOTrainer  # doctest: +SKIP

The steps of :func:`run`:

1. The tokenizer, and whether its chat template pre-fills ``<think>`` (``dataset.prefilled_think: auto`` renders a
   generation prompt and looks at its end; DeepSeek-R1-Distill's template ends with ``<think>\\n``, so completions
   start inside the reasoning).
2. The dataset (:func:`prepare_dataset`): a local JSONL / JSON / parquet file or directory, a file shipped in this
   package (``package:data/...``) or a hub id; the problem and answer columns mapped; each problem turned into the
   chat prompt ``[system, user]``; prompts longer than ``max_prompt_length`` tokens dropped (or an error). Rows
   without a usable problem or answer are reported by file, line and field, and the rest is used.
3. The rewards (:func:`~openrs_rewards.trainer_glue.adapter.build_reward_funcs`): the dataset's answer column and
   the pre-filled ``<think>`` are passed to the rewards that take them (``gold_column``, ``prefilled_think``), and
   every row carries a ``prefilled_think`` column, so a reward that does not take the parameter can still read it.
4. ``GRPOConfig`` from the resolved recipe (every key checked against the installed TRL), then the trainer: TRL's
   ``GRPOTrainer`` with the recipe's ``health`` monitor attached (``health/...`` signals on every log line, alerts
   acted on per ``health.on_alert``) and, when ``eval`` is on, an evaluation every ``eval.every`` steps (see
   :mod:`~openrs_rewards.trainer_glue.monitored_trainer` and :mod:`~openrs_rewards.trainer_glue.periodic_eval`).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from openrs_rewards.trainer_glue.adapter import RewardEntry, build_reward_funcs, expand_entries
from openrs_rewards.trainer_glue.health import HealthMonitor, RolloutWindow
from openrs_rewards.trainer_glue.monitored_trainer import (
    periodic_eval_callback,
    verifier_and_language_rewards,
)
from openrs_rewards.trainer_glue.periodic_eval import EvalSettingsError, PeriodicEvaluator, trainer_backend
from openrs_rewards.trainer_glue.recipes import (
    RecipeError,
    ResolvedRecipe,
    apply_overrides,
    build_grpo_config,
    format_resolved,
    load_recipe,
    resolve,
    validate_grpo_config,
)
from openrs_rewards.verifiers.text import THINK_OPEN

__all__ = [
    "PREFILLED_THINK_COLUMN",
    "PreparedData",
    "TrainingPlan",
    "describe_plan",
    "detect_prefilled_think",
    "last_checkpoint",
    "plan",
    "prepare_dataset",
    "read_rows",
    "run",
]

logger = logging.getLogger("openrs_rewards.train")

#: The dataset column that tells every reward whether its completions start inside ``<think>``.
PREFILLED_THINK_COLUMN = "prefilled_think"

_LOCAL_SUFFIXES = (".jsonl", ".json", ".parquet")


# ----------------------------------------------------------------------------------------------------------------
# The plan: everything checked, nothing loaded


@dataclass
class TrainingPlan:
    """A resolved recipe with its rewards built and its ``GRPOConfig`` validated; no model or data touched yet."""

    resolved: ResolvedRecipe
    entries: list[RewardEntry]  # one per TRL reward function (composed rewards expanded into their parts)

    @property
    def reward_weights(self) -> list[float]:
        return [entry.weight for entry in self.entries]


def _context(resolved: ResolvedRecipe, prefilled_think: bool | str | None) -> dict[str, Any]:
    context: dict[str, Any] = {
        "gold_column": resolved.dataset["answer_column"],
        "prefilled_think": prefilled_think,
    }
    generations = resolved.grpo_config.get("num_generations")
    if isinstance(generations, int) and generations > 0:
        context["group_size"] = generations
    limit = resolved.grpo_config.get("max_completion_length")
    if isinstance(limit, int) and limit > 0:
        context["max_completion_length"] = limit
    return context


def plan(
    recipe: str | os.PathLike[str] | Mapping[str, Any],
    overrides: Sequence[str] = (),
    *,
    bf16_available: bool | None = None,
) -> TrainingPlan:
    """Load a recipe (a shipped name, a YAML path or a mapping), apply ``--set`` overrides, resolve it against the
    installed TRL, build its rewards and validate its ``GRPOConfig``. Raises :class:`RecipeError` on any problem.
    """
    data = dict(recipe) if isinstance(recipe, Mapping) else load_recipe(os.fspath(recipe))
    data = apply_overrides(data, overrides)
    resolved = resolve(data, bf16_available=bf16_available)
    prefilled = resolved.dataset["prefilled_think"]
    # The pre-filled <think> is only known once the tokenizer is loaded: an "auto" recipe is shown with "auto".
    try:
        entries = expand_entries(
            [{"spec": entry["spec"], "weight": entry["weight"]} for entry in resolved.rewards],
            context=_context(resolved, prefilled),
        )
    except Exception as exc:
        raise RecipeError(f"{resolved.name}: rewards: {exc}") from exc
    weights = [entry.weight for entry in entries]
    resolved.grpo_config["reward_weights"] = weights
    validate_grpo_config(resolved, reward_weights=weights)
    return TrainingPlan(resolved=resolved, entries=entries)


def describe_plan(training: TrainingPlan, *, processes: int | None = None) -> str:
    """The ``--dry-run`` text: every value the trainer will get, the rewards as TRL will call them, the batch."""
    resolved = training.resolved
    details = [
        f"{i}. {entry.name}: weight {entry.weight:g} <- {entry.reward!r}"
        + (f"  (part of {entry.part_of})" if entry.part_of else "")
        + (
            f"  [set from the recipe: {', '.join(f'{k}={v!r}' for k, v in entry.injected.items())}]"
            if entry.injected
            else ""
        )
        for i, entry in enumerate(training.entries)
    ]
    text = format_resolved(
        resolved, reward_details=["as TRL reward functions (logged as rewards/<name>/mean):", *details]
    )
    config = resolved.grpo_config
    world = processes or int(os.environ.get("WORLD_SIZE", "0") or 0)
    per_device = int(config.get("per_device_train_batch_size", 8))
    accumulation = int(config.get("gradient_accumulation_steps", 1))
    generations = int(config.get("num_generations", 8) or 8)
    lines = ["", "batch per optimizer step:"]
    # The paper's layout (server mode) trains on 3 processes; show one process too, for a single-GPU run.
    layouts = [world] if world else ([1, 3] if resolved.vllm["mode"] == "server" else [1])
    for n in layouts:
        completions = per_device * n * accumulation
        lines.append(
            f"  {n} training process{'es' if n > 1 else ''}: {per_device} x {n} x {accumulation} = {completions} "
            f"completions = {completions / generations:g} problems x {generations} generations"
        )
    mode = resolved.vllm["mode"]
    lines.append("")
    lines.append(
        {
            "server": "generation: vLLM server on its own GPU (start it first, see 'server command' above)",
            "colocate": "generation: vLLM inside each training process",
            "none": "generation: transformers generate() (no vLLM)",
        }[mode]
    )
    prefilled = resolved.dataset["prefilled_think"]
    lines.append(
        "pre-filled <think>: "
        + (
            "auto (detected from the chat template when training starts; passed to the rewards)"
            if prefilled == "auto"
            else f"{prefilled} (from the recipe; passed to the rewards)"
        )
    )
    lines.append("GRPOConfig: validated against the installed TRL (dry run: no model or data loaded)")
    return text + "\n" + "\n".join(lines)


# ----------------------------------------------------------------------------------------------------------------
# Data


@dataclass
class PreparedData:
    """The training set as the trainer gets it, and what was left out of it, with reasons."""

    dataset: Any  # datasets.Dataset with "prompt", the answer column, the other columns and "prefilled_think"
    prefilled_think: bool
    rows_read: int
    problems: list[str] = field(default_factory=list)  # one line per left-out row: where and why

    @property
    def kept(self) -> int:
        return len(self.dataset)


def _package_path(relative: str) -> Path:
    path = Path(str(resources.files("openrs_rewards").joinpath(relative)))
    if not path.exists():
        raise RecipeError(f"dataset.path package:{relative}: no such file in the installed package ({path})")
    return path


def _local_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in _LOCAL_SUFFIXES and p.is_file())
        if not files:
            raise RecipeError(f"dataset.path {path}: the directory holds no .jsonl, .json or .parquet file")
        return files
    if path.suffix not in _LOCAL_SUFFIXES:
        raise RecipeError(f"dataset.path {path}: expected a .jsonl, .json or .parquet file")
    return [path]


def _json_rows(path: Path) -> Iterator[tuple[str, Any]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json" and text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError as exc:
            yield f"{path}:{exc.lineno}", exc
            return
        for i, item in enumerate(items):
            yield f"{path}[{i}]", item
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{number}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{path}:{number}", exc


def read_rows(path: str, *, config: str | None = None, split: str = "train") -> Iterator[tuple[str, Any]]:
    """``(location, row)`` for every row of a dataset; ``row`` is a dict, or an exception for an unreadable line.

    ``path``: a local ``.jsonl`` / ``.json`` / ``.parquet`` file or a directory of them (``split`` is not used),
    ``package:<relative path>`` for a file shipped inside this package, or a hub dataset id (``config``, ``split``).
    Locations are ``file:line`` for JSON lines, ``file[row]`` otherwise, ``hub_id[split][row]`` for the hub.
    """
    if path.startswith("package:"):
        files = _local_files(_package_path(path.removeprefix("package:")))
    else:
        local = Path(path).expanduser()
        if local.exists():
            files = _local_files(local)
        elif path.endswith(_LOCAL_SUFFIXES) or path.startswith((".", "/", "~")):
            raise RecipeError(f"dataset.path {path}: no such file or directory")
        else:
            files = []
    if files:
        for file in files:
            if file.suffix == ".parquet":
                import datasets

                table = datasets.Dataset.from_parquet(str(file))
                for i, row in enumerate(table):
                    yield f"{file}[{i}]", row
            else:
                yield from _json_rows(file)
        return
    import datasets

    try:
        hub = datasets.load_dataset(path, config, split=split)
    except Exception as exc:
        raise RecipeError(
            f"dataset.path {path!r} (config {config!r}, split {split!r}): cannot load it: {exc}"
        ) from exc
    for i, row in enumerate(hub):
        yield f"{path}[{split}][{i}]", row


def detect_prefilled_think(
    tokenizer: Any, *, system_prompt: str | None = None, chat_template_kwargs: Mapping[str, Any] | None = None
) -> bool:
    """Whether the tokenizer's chat template ends its generation prompt inside an opened ``<think>``.

    DeepSeek-R1-Distill's template ends the prompt with ``<think>\\n`` (and Qwen3's does with thinking on): the
    completion then starts inside the reasoning and never writes ``<think>`` itself.
    """
    messages = _messages(system_prompt, "What is 1 + 1?")
    text = tokenizer.apply_chat_template(
        messages, tokenize=False, add_generation_prompt=True, **dict(chat_template_kwargs or {})
    )
    text = str(text).rstrip()
    opened = text.rfind(THINK_OPEN)
    return opened != -1 and text.endswith(THINK_OPEN)


def _messages(system_prompt: str | None, problem: str) -> list[dict[str, str]]:
    messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
    messages.append({"role": "user", "content": problem})
    return messages


def _usable_text(value: Any) -> str | None:
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    if isinstance(value, float) and value != value:  # NaN from a parquet null
        return None
    text = str(value).strip()
    return text or None


def prepare_dataset(
    settings: Mapping[str, Any],
    tokenizer: Any,
    *,
    prefilled_think: bool,
    chat_template_kwargs: Mapping[str, Any] | None = None,
    rows: Sequence[tuple[str, Any]] | None = None,
) -> PreparedData:
    """The training dataset of a resolved recipe's ``dataset`` section (see :func:`read_rows` for ``path``).

    Each kept row gets ``prompt`` (the chat ``[system, user]`` messages), its answer column as a string, its other
    columns unchanged, and ``prefilled_think``. A row is left out, with a logged line naming its location and the
    field, when it is not a JSON object, its problem or answer is missing or empty, or its prompt is longer than
    ``max_prompt_length`` tokens (``prompt_overflow: error`` makes that an error). ``limit`` keeps the first N
    usable problems.
    """
    import datasets

    problem_column = settings["problem_column"]
    answer_column = settings["answer_column"]
    system_prompt = settings.get("system_prompt")
    limit = settings.get("limit")
    source = (
        rows
        if rows is not None
        else read_rows(settings["path"], config=settings.get("config"), split=settings.get("split", "train"))
    )

    records: list[dict[str, Any]] = []
    locations: list[str] = []
    problems: list[str] = []
    read = 0
    seen_columns: set[str] = set()
    for location, row in source:
        if limit is not None and len(records) >= limit:
            break
        read += 1
        if isinstance(row, Exception):
            problems.append(f"{location}: not valid JSON ({row})")
            continue
        if not isinstance(row, Mapping):
            problems.append(f"{location}: expected a JSON object, got {type(row).__name__}")
            continue
        seen_columns.update(row)
        problem = _usable_text(row.get(problem_column))
        answer = _usable_text(row.get(answer_column))
        missing = [
            name for name, value in ((problem_column, problem), (answer_column, answer)) if value is None
        ]
        if missing:
            what = " and ".join(f"field {name!r}" for name in missing)
            problems.append(f"{location}: {what} missing or empty")
            continue
        record = {key: value for key, value in row.items() if key != "prompt"}
        record["prompt"] = _messages(system_prompt, str(problem))
        record[answer_column] = str(answer)
        record[PREFILLED_THINK_COLUMN] = prefilled_think
        records.append(record)
        locations.append(location)

    if read and not records and problem_column not in seen_columns | {""}:
        raise RecipeError(
            f"dataset {settings['path']}: no column {problem_column!r} (columns: {', '.join(sorted(seen_columns))}); "
            "set dataset.problem_column"
        )
    if read and not records and answer_column not in seen_columns:
        raise RecipeError(
            f"dataset {settings['path']}: no column {answer_column!r} (columns: {', '.join(sorted(seen_columns))}); "
            "set dataset.answer_column"
        )

    max_prompt_length = settings.get("max_prompt_length")
    if max_prompt_length and records:
        texts = [
            tokenizer.apply_chat_template(
                r["prompt"], tokenize=False, add_generation_prompt=True, **dict(chat_template_kwargs or {})
            )
            for r in records
        ]
        lengths = [len(ids) for ids in tokenizer(texts, add_special_tokens=False)["input_ids"]]
        kept_records = []
        for record, location, length in zip(records, locations, lengths, strict=True):
            if length <= max_prompt_length:
                kept_records.append(record)
                continue
            message = f"{location}: field {problem_column!r}: the prompt has {length} tokens, over max_prompt_length {max_prompt_length}"
            if settings.get("prompt_overflow") == "error":
                raise RecipeError(message + " (dataset.prompt_overflow: error)")
            problems.append(message)
        records = kept_records

    for line in problems[:20]:
        logger.warning("left out of the training set: %s", line)
    if len(problems) > 20:
        logger.warning("... and %d more rows left out", len(problems) - 20)
    if not records:
        raise RecipeError(f"dataset {settings['path']}: no usable problem among {read} rows read")
    return PreparedData(
        dataset=datasets.Dataset.from_list(records),
        prefilled_think=prefilled_think,
        rows_read=read,
        problems=problems,
    )


# ----------------------------------------------------------------------------------------------------------------
# Training


def _check_vllm(resolved: ResolvedRecipe) -> None:
    mode = resolved.vllm["mode"]
    if mode != "none" and importlib.util.find_spec("vllm") is None:
        raise RecipeError(
            f"{resolved.name}: vllm.mode is {mode!r} but vLLM is not installed: pip install 'openrs-rewards[vllm]', "
            "or train without it (slower): --set vllm.mode=none"
        )


def run(
    training: TrainingPlan,
    *,
    callbacks: Sequence[Any] = (),
    resume_from_checkpoint: bool | str | None = None,
    save_final_model: bool = True,
    train: bool = True,
) -> Any:
    """Train: load the tokenizer, data and model, build the trainer, run it and return the ``GRPOTrainer``.

    ``train=False`` returns the trainer without training (for inspection); ``save_final_model`` writes the final
    weights and tokenizer to ``output_dir``. The trainer's ``health_monitor.alerts`` lists the alerts the run raised.
    """
    from openrs_rewards.trainer_glue.models import load_model, load_tokenizer
    from openrs_rewards.trainer_glue.monitored_trainer import monitored_trainer_class  # imports trl

    resolved = training.resolved
    _check_vllm(resolved)
    if resume_from_checkpoint is True:  # checked before anything loads: found now, or a clear error now
        resume_from_checkpoint = str(last_checkpoint(resolved))
    model_settings = resolved.model
    dataset_settings = resolved.dataset
    revision = model_settings.get("revision")
    tokenizer = load_tokenizer(
        model_settings["name_or_path"],
        revision=revision,
        trust_remote_code=bool(model_settings.get("trust_remote_code")),
    )
    tokenizer.padding_side = (
        "left"  # generation continues the prompt; TRL sets the same for its own tokenizers
    )
    tokenizer.truncation_side = "left"
    chat_template_kwargs = resolved.grpo_config.get("chat_template_kwargs") or {}

    prefilled_setting = dataset_settings["prefilled_think"]
    if prefilled_setting == "auto":
        prefilled = detect_prefilled_think(
            tokenizer,
            system_prompt=dataset_settings.get("system_prompt"),
            chat_template_kwargs=chat_template_kwargs,
        )
        how = "detected from the chat template"
    else:
        prefilled, how = bool(prefilled_setting), "from the recipe"
    logger.info("pre-filled <think>: %s (%s)", prefilled, how)

    data = prepare_dataset(
        dataset_settings, tokenizer, prefilled_think=prefilled, chat_template_kwargs=chat_template_kwargs
    )
    logger.info(
        "dataset %s: %d problems kept of %d rows read (%d left out)",
        dataset_settings["path"],
        data.kept,
        data.rows_read,
        len(data.problems),
    )

    funcs, weights, entries = build_reward_funcs(
        [{"spec": entry["spec"], "weight": entry["weight"]} for entry in resolved.rewards],
        context=_context(resolved, prefilled),
    )
    training.entries = entries
    for entry in entries:
        logger.info("reward %s", entry.describe())
    config = build_grpo_config(resolved, reward_weights=weights)
    if revision not in (None, "main") and float(resolved.grpo_config.get("beta", 0.0)) != 0.0:
        # The reference model is loaded by TRL from the policy's name: give it the same revision.
        config.model_init_kwargs = {"revision": revision}
    if resolved.vllm["mode"] == "server":
        logger.info(
            "vLLM server expected at %s:%s; start it with: %s",
            config.vllm_server_host,
            config.vllm_server_port,
            resolved.vllm_serve_command(),
        )

    model = load_model(
        model_settings["name_or_path"],
        dtype=model_settings.get("dtype", "auto"),
        trainable=True,
        revision=revision,
        attn_implementation=model_settings.get("attn_implementation"),
        trust_remote_code=bool(model_settings.get("trust_remote_code")),
    )
    verifier_reward, language_reward = verifier_and_language_rewards(entries)
    health = resolved.health
    window = (
        RolloutWindow(
            [entry.name for entry in entries],
            num_generations=int(config.num_generations),
            max_completion_length=int(config.max_completion_length),
            weights={entry.name: entry.weight for entry in entries},
            language_reward=language_reward,
            off_language_below=health.off_language_below,
        )
        if health.enabled
        else None
    )
    trainer = monitored_trainer_class()(
        model=model,
        reward_funcs=list[Any](funcs),
        args=config,
        train_dataset=data.dataset,
        processing_class=tokenizer,
        callbacks=list(callbacks) or None,
        health_window=window,
        health_monitor=HealthMonitor(health) if health.enabled else None,
        verifier_reward=verifier_reward,
    )
    if resolved.evaluation.enabled:
        try:
            backend = trainer_backend(trainer)
        except EvalSettingsError as exc:  # a layout the in-run evaluation cannot run in: a usage error
            raise RecipeError(f"{resolved.name}: {exc}") from None
        evaluator = PeriodicEvaluator(
            resolved.evaluation,
            output_dir=config.output_dir,
            backend=backend,
            model=getattr(backend, "model", None),
            label=f"{model_settings['name_or_path']} ({resolved.name})",
            is_main_process=trainer.accelerator.is_main_process,
        )
        trainer.add_callback(periodic_eval_callback(trainer, evaluator))
        logger.info(
            "in-run evaluation every %d steps: %s, %d samples per problem (%s)",
            resolved.evaluation.every,
            ", ".join(resolved.evaluation.benchmarks),
            resolved.evaluation.n,
            backend.name,
        )
    if not train:
        return trainer
    trainer.train(resume_from_checkpoint=resume_from_checkpoint)
    if save_final_model:
        trainer.save_model(config.output_dir)
        if trainer.accelerator.is_main_process:
            tokenizer.save_pretrained(config.output_dir)
            logger.info("model and tokenizer saved to %s", Path(config.output_dir).resolve())
    return trainer


def last_checkpoint(resolved: ResolvedRecipe) -> Path:
    """The newest ``checkpoint-N`` folder in the recipe's ``output_dir`` (what ``--resume`` continues from).

    Raises :class:`RecipeError` saying where it looked and why there may be none (a recipe with
    ``save_strategy: "no"`` never writes one).

    >>> from openrs_rewards.trainer_glue.train import plan
    >>> last_checkpoint(plan("smoke", ["output_dir=/nonexistent/smoke"], bf16_available=False).resolved)
    Traceback (most recent call last):
    ...
    openrs_rewards.trainer_glue.recipes.RecipeError: --resume: /nonexistent/smoke does not exist, so there is no checkpoint to resume from; run without --resume to start training
    """
    output_dir = Path(str(resolved.grpo_config["output_dir"])).expanduser()
    if not output_dir.is_dir():
        raise RecipeError(
            f"--resume: {output_dir} does not exist, so there is no checkpoint to resume from; "
            "run without --resume to start training"
        )
    numbered = [
        (int(path.name.removeprefix("checkpoint-")), path)
        for path in output_dir.iterdir()
        if path.is_dir()
        and path.name.startswith("checkpoint-")
        and path.name.removeprefix("checkpoint-").isdigit()
    ]
    if not numbered:
        strategy = resolved.grpo_config.get("save_strategy")
        why = (
            f"this recipe's save_strategy is {strategy!r}, so it writes none"
            if strategy == "no"
            else "checkpoints are written every save_steps steps"
        )
        raise RecipeError(
            f"--resume: no checkpoint-N folder in {output_dir} ({why}); run without --resume to start over"
        )
    return max(numbered)[1]
