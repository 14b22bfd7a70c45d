"""``openrs-train``: GRPO training from a shipped recipe (or a recipe file), with every trainer value explicit.

::

    openrs-train --list-recipes
    openrs-train --recipe open-rs3 --dry-run                     # every value the trainer gets; loads nothing
    openrs-train --recipe smoke                                  # a tiny real run on any machine (CPU included)
    openrs-train --recipe open-rs3 --set learning_rate=2e-6 --set dataset.path=./my.jsonl
    # the paper's 4-GPU layout: vLLM on GPU 3, training on GPUs 0-2
    CUDA_VISIBLE_DEVICES=3 trl vllm-serve --model deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B \\
        --gpu-memory-utilization 0.7 --max-model-len 4608 &
    CUDA_VISIBLE_DEVICES=0,1,2 accelerate launch --config_file "$(openrs-train --config-path zero2)" \\
        --num_processes 3 -m openrs_rewards.cli.train --recipe open-rs3

``--set KEY=VALUE`` (repeatable): ``KEY`` is a trainer key (``learning_rate``), or ``model.KEY``, ``dataset.KEY``,
``vllm.KEY``, ``trainer.KEY``, ``rewards.NAME.weight`` / ``rewards.INDEX.spec``; ``VALUE`` is YAML. A key the recipe
or the installed TRL does not know is an error, never silently dropped.

``health.*`` and ``eval.*`` set the recipe's training-health detectors (``--set health.on_alert=stop``,
``--set health.truncation_surge.max_share=0.5``) and in-run evaluation (``--set eval.enabled=true --set eval.every=50``).

Exit status: 0 success; 1 training failed; 2 usage error (unknown recipe, key or value, ``--resume`` without a
checkpoint, or the ``[trl]`` extra not installed); 3 stopped early by a health alert (``health.on_alert: stop``; the
checkpoint of that step is saved). torch, trl and transformers are imported only once the recipe is
resolved, vLLM only by the trainer when the recipe uses it. A finished run ends by printing where the model was saved.
"""

from __future__ import annotations

import argparse
import logging
import sys
import textwrap
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from openrs_rewards import __version__

__all__ = ["build_parser", "config_path", "list_configs", "main"]


def list_configs() -> list[str]:
    """The accelerate / DeepSpeed configs shipped with the package (see ``trainer_glue/configs/``)."""
    folder = Path(str(resources.files("openrs_rewards.trainer_glue").joinpath("configs")))
    return sorted(path.stem for path in folder.glob("*.yaml"))


def config_path(name: str) -> Path:
    """The file of a shipped accelerate config, by name (``zero2``, ``colocate_1gpu``, ``zero2_1gpu``)."""
    folder = Path(str(resources.files("openrs_rewards.trainer_glue").joinpath("configs")))
    path = folder / f"{name.removesuffix('.yaml')}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"unknown accelerate config {name!r} (shipped: {', '.join(list_configs())})")
    return path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openrs-train",
        description="GRPO training with the Open-RS recipes (TRL), every trainer value explicit.",
        epilog="Recipes: openrs-train --list-recipes. Dry run: openrs-train --recipe open-rs3 --dry-run.",
    )
    parser.add_argument(
        "--recipe", metavar="NAME_OR_YAML", help="a shipped recipe name or a recipe YAML file"
    )
    parser.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one recipe value (repeatable), e.g. --set learning_rate=2e-6 --set dataset.limit=100",
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print the fully resolved trainer config and rewards, then exit",
    )
    parser.add_argument("--list-recipes", action="store_true", help="list the shipped recipes and exit")
    parser.add_argument(
        "--config-path",
        metavar="NAME",
        help="print the path of a shipped accelerate config (zero2, colocate_1gpu, zero2_1gpu) and exit",
    )
    parser.add_argument(
        "--resume", action="store_true", help="resume from the last checkpoint in the recipe's output_dir"
    )
    parser.add_argument("--quiet", action="store_true", help="log warnings only")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _list_recipes() -> int:
    from openrs_rewards.trainer_glue.recipes import list_recipes, load_recipe

    width = 17
    for name in list_recipes():
        try:
            description = " ".join(str(load_recipe(name).get("description") or "").split())
        except Exception as exc:  # a broken recipe is listed with its problem, the others still are
            description = f"(cannot be read: {exc})"
        # The whole description, wrapped: a first line alone would stop mid-sentence.
        print(
            textwrap.fill(
                description or "(no description)",
                width=110,
                initial_indent=name.ljust(width - 1) + " ",
                subsequent_indent=" " * width,
            )
        )
    print(f"\naccelerate configs (openrs-train --config-path NAME): {', '.join(list_configs())}")
    return 0


def _error(message: str) -> int:
    print(f"openrs-train: error: {message}", file=sys.stderr)
    return 2


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Imported here: `import openrs_rewards.cli.train` must not import the trainer glue (tests/test_recipes.py).
    from openrs_rewards.trainer_glue.extras import MODULES_FOR_TRAINING, MissingExtraError, require_extra

    try:
        if args.list_recipes:
            require_extra("trl", ["yaml"], purpose="reading the recipes")
            return _list_recipes()
        if args.config_path:
            try:
                print(config_path(args.config_path))
            except FileNotFoundError as exc:
                return _error(str(exc))
            return 0
        if not args.recipe:
            parser.print_usage(sys.stderr)
            return _error("--recipe is required (see --list-recipes)")
        require_extra("trl", MODULES_FOR_TRAINING, purpose="openrs-train")
    except MissingExtraError as exc:
        return _error(str(exc))

    from openrs_rewards.trainer_glue.recipes import RecipeError
    from openrs_rewards.trainer_glue.train import describe_plan, plan

    try:
        training = plan(args.recipe, args.overrides)
    except RecipeError as exc:
        return _error(str(exc))
    if args.dry_run:
        print(describe_plan(training))
        return 0

    from openrs_rewards.trainer_glue.train import run

    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO, format="%(asctime)s %(name)s: %(message)s"
    )
    try:
        trainer = run(training, resume_from_checkpoint=True if args.resume else None)
    except (RecipeError, MissingExtraError, FileNotFoundError) as exc:  # FileNotFoundError: a model file
        return _error(str(exc))
    except KeyboardInterrupt:
        print("openrs-train: interrupted", file=sys.stderr)
        return 130
    main_process = getattr(getattr(trainer, "accelerator", None), "is_main_process", True)
    monitor = getattr(trainer, "health_monitor", None)
    alerts = list(getattr(monitor, "alerts", None) or [])
    stopped = bool(alerts) and getattr(monitor, "on_alert", None) == "stop"
    if main_process:
        output_dir = Path(str(trainer.args.output_dir)).resolve()
        if stopped:
            print(
                f"openrs-train: stopped at step {trainer.state.global_step} by the health alert: {alerts[-1]}",
                file=sys.stderr,
            )
        print(f"openrs-train: done; the model and tokenizer were saved to {output_dir}", file=sys.stderr)
    return 3 if stopped else 0


if __name__ == "__main__":  # accelerate launch -m openrs_rewards.cli.train ...
    sys.exit(main())
