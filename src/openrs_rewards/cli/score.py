"""``openrs-score``: score a JSON Lines file of model predictions against gold answers.

::

    openrs-score examples/preds.jsonl                         # a table per (model, benchmark)
    openrs-score preds.jsonl --k 1,4,8 --out verdicts.jsonl   # pass@k / maj@k, and one verdict per input line
    openrs-score preds.jsonl --reward accuracy --reward "cosine(max_len=3584)" --json
    openrs-score preds.jsonl --plot report.png                # accuracy by length, reward histograms
    cat preds.jsonl | openrs-score -                          # read standard input
    openrs-score --list-rewards
    openrs-score --describe cosine                            # a reward's parameters, defaults and bounds
    openrs-score 'sweep/*.jsonl' --ray --out verdicts/ --out-format shards   # on Ray actors (the [ray] extra)

Each line is a JSON object with a completion (``completion``, ``response``, ``output`` or ``prediction``) and a
gold answer (``gold``, ``answer`` or ``solution``); optionally ``id`` or ``problem`` (records sharing one are
samples of one problem), ``benchmark`` and ``model``. The ``--*-field`` flags name other fields.

``--out`` writes one line per input line, in input order: the input fields plus ``correct``, ``status``,
``predicted`` and ``method`` (these four replace input fields of the same name), and with ``--reward`` a
``rewards`` object mapping each reward's label (its spec, e.g. ``cosine(max_len=3584)``) to its value or null. A
line that cannot be scored gets ``status: "error"`` and an ``error`` message; when it was not a JSON object, its
text is kept under ``raw``. A blank input line is written as a blank line, so line N of the output is line N of
the input.

Rewards (``--reward SPEC``, repeatable; see :mod:`openrs_rewards.scoring.rewards` for exactly how they are called)
are called once per (model, benchmark) with each problem's samples side by side; ``prompts`` is the ``problem``
field, or the problem id when there is no ``problem`` field, so rewards that normalise per prompt see the groups.

``--ray`` verifies on a pool of Ray actors (the ``[ray]`` extra; without it, ``--ray`` says how to install it and
exits 2): PREDS may then be a file, a folder or a glob; ``--ray-address`` names the cluster (default: a local Ray
started for the run), ``--ray-actors`` the actors. Verdicts, rewards, the report and ``--out`` are those of the
run without ``--ray`` (:mod:`openrs_rewards.scoring.ray_scoring`). ``--out-format shards`` writes ``--out`` as a
folder of ``part-NNNNN.jsonl`` shards, in input order.

The scoring itself is :func:`openrs_rewards.scoring.pipeline.score`; this module parses the arguments, checks the
output paths before anything is scored, and prints (:func:`emit_report`, which ``openrs-eval`` prints with too).

Exit status:

- 0: scored; also when some lines are bad (each is reported on standard error with its file, line and field).
- 1: with ``--strict``, when any line is bad or any reward failed (everything is still scored and written);
  without it, only when not one line could be scored (an empty file included).
- 2: a usage error: a malformed reward spec, an unknown or broken reward, an unreadable input, an ``--out`` or
  ``--plot`` path that cannot be written, matplotlib missing for ``--plot`` (all found before scoring).
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import textwrap
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from openrs_rewards import __version__
from openrs_rewards.cli._argtypes import positive_float, positive_int
from openrs_rewards.scoring.pipeline import (
    SHARD_LINES,
    InputError,
    RewardSpecError,
    ScoreResult,
    check_writable,
    load_rewards,
    score,
    write_verdict_shards,
    write_verdicts,
)
from openrs_rewards.scoring.records import DEFAULT_FIELDS, FieldNames
from openrs_rewards.verifiers.options import ANSWER_REGIONS, DEFAULT_OPTIONS

if TYPE_CHECKING:
    from openrs_rewards.plugins import RewardInfo

__all__ = ["build_parser", "check_outputs", "emit_report", "main"]

#: Bad lines printed on standard error before the rest are only counted (all are in --out and --json).
MAX_REPORTED_LINES = 50
TABLE_WIDTH = 110
SHARD_PROBE = "part-00000.jsonl"  # the first shard: checked for --out-format shards before scoring


class UsageError(Exception):
    """A problem with the command line or its files: reported in one line, exit status 2."""


def _parse_ks(text: str) -> list[int]:
    try:
        ks = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected comma-separated integers such as 1,4,8, got {text!r}"
        ) from None
    if not ks or ks[0] < 1:
        raise argparse.ArgumentTypeError(f"each k must be a positive integer, got {text!r}")
    return ks


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openrs-score",
        description="Score model predictions (JSON Lines) against gold answers: accuracy ± SE, pass@k, maj@k, "
        "rewards, per model and benchmark.",
        epilog="Exit status: 0 success; 1 with --strict when a line is bad or a reward failed, or when no line "
        "could be scored; 2 usage error.",
    )
    parser.add_argument(
        "preds",
        nargs="?",
        help="a JSON Lines file of predictions, or - for standard input (with --ray also a folder or a glob)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--k",
        type=_parse_ks,
        default=None,
        metavar="K[,K...]",
        help="pass@k and maj@k to report (default: 1, plus the smallest number of samples per problem when every "
        "problem has several)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    parser.add_argument(
        "--out",
        metavar="VERDICTS.jsonl",
        help="write one line per input line, in input order: its fields plus correct, status, predicted, method, "
        "source (where the answer was found), detail (why, for no_answer / timeout / errors) "
        "(and a rewards object with --reward)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a line is bad or a reward fails (all is still scored)",
    )
    parser.add_argument(
        "--reward",
        action="append",
        default=[],
        metavar="SPEC",
        help='add a registered reward: NAME or NAME(key=value, ...), e.g. "cosine(max_len=3584)"; repeatable',
    )
    parser.add_argument(
        "--list-rewards", action="store_true", help="list every registered reward with its bounds, and exit"
    )
    parser.add_argument(
        "--describe",
        metavar="NAME",
        help="print a registered reward's parameters (with defaults and what each does) and exit",
    )
    parser.add_argument("--plot", metavar="REPORT.png", help="draw accuracy by length and reward histograms")
    parser.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        metavar="N",
        help="verifier processes: guarded workers, and forked copies sharing a large batch (default: CPU count)",
    )
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=1.0,
        metavar="SECONDS",
        help="seconds allowed per verification (default 1.0)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    parser.add_argument(
        "--unclosed-think",
        choices=("search_all", "no_answer"),
        default=None,
        help="a completion that opens <think> but never closes it: search it all, or count it as no answer",
    )
    parser.add_argument(
        "--answer-region",
        choices=ANSWER_REGIONS,
        default=None,
        help="where the answer is read: after the reasoning, else inside it (reasoning_fallback, the default), "
        "or only after </think> (after_reasoning)",
    )
    parser.add_argument(
        "--no-last-number-fallback",
        action="store_true",
        help="do not take the last number of a completion as its answer when nothing else marks one",
    )
    parser.add_argument(
        "--exact-answers",
        action="store_true",
        help="a decimal answer never counts as a rounding of an exact gold (1.732 is not \\sqrt{3}); a rounded "
        "gold still accepts the answers that round to it",
    )
    parser.add_argument(
        "--out-format",
        choices=("file", "shards"),
        default="file",
        help="--out as one file (the default), or as a folder of shards part-00000.jsonl, part-00001.jsonl ... "
        f"of {SHARD_LINES:,} lines each, in input order",
    )
    on_ray = parser.add_argument_group(
        'scoring on Ray (pip install "openrs-rewards[ray]"; the same verdicts, rewards, report and --out)'
    )
    on_ray.add_argument(
        "--ray",
        action="store_true",
        help="verify on a pool of Ray actors; PREDS may then also be a folder or a glob (quote it)",
    )
    on_ray.add_argument(
        "--ray-address",
        metavar="ADDRESS",
        default=None,
        help="the cluster: auto (the one this machine belongs to), ray://HOST:10001, HOST:6379 "
        "(default: start a local Ray for the run)",
    )
    on_ray.add_argument(
        "--ray-actors",
        type=positive_int,
        default=None,
        metavar="N",
        help="verifying actors (default: one per logical CPU of the cluster); --workers is then per actor",
    )
    fields = parser.add_argument_group("field names (each replaces the names tried by default)")
    for role, names in (
        ("completion", DEFAULT_FIELDS.completion),
        ("gold", DEFAULT_FIELDS.gold),
        ("id", DEFAULT_FIELDS.problem_id),
        ("benchmark", DEFAULT_FIELDS.benchmark),
        ("model", DEFAULT_FIELDS.model),
        ("prompt", DEFAULT_FIELDS.prompt),
    ):
        default = names[0] if len(names) == 1 else f"the first of {', '.join(names)} that is present"
        fields.add_argument(f"--{role}-field", metavar="NAME", help=f"default: {default}")
    return parser


# -- rewards ----------------------------------------------------------------------------------------------------


def _summary_line(doc: str) -> str:
    """The first sentence of a docstring's first paragraph, without reStructuredText markup."""
    paragraph = " ".join(doc.strip().split("\n\n", 1)[0].split())
    paragraph = re.sub(r":\w+:`~?([^`]*)`", r"\1", paragraph).replace("``", "")
    match = re.search(r"(?<=[.!?])\s+(?=[A-Z(])", paragraph)
    return paragraph[: match.start()] if match else paragraph


def _list_rewards(out: TextIO, width: int = TABLE_WIDTH) -> int:
    from openrs_rewards import plugins

    names = plugins.list_rewards()
    if not names:
        print("No rewards are registered (is openrs-rewards installed? pip install -e .).", file=out)
        return 0
    rows: list[tuple[str, str, str, str]] = []  # name, bounds, origin, description
    for name in names:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the broken ones are flagged in the listing itself
            try:
                info = plugins.describe(name)
            except plugins.PluginError as exc:
                rows.append((name, "BROKEN", "", str(exc)))
                continue
        bounds = "" if info.bounds is None else f"[{info.bounds[0]:g}, {info.bounds[1]:g}]"
        rows.append((name, bounds, info.distribution or "in-process", _summary_line(info.doc)))
    headers = ("reward", "bounds", "from", "description")
    widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) for i in range(3)]
    room = max(30, width - sum(widths) - 6)
    print("  ".join(h.ljust(w) for h, w in zip(headers, [*widths, 0], strict=True)).rstrip(), file=out)
    for row in rows:
        text = row[3]
        if row[1] != "BROKEN" and len(text) > room:
            text = text[: room - 1] + "…"  # a broken reward's reason is shown whole
        cells = [cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)]
        print("  ".join([*cells, text]).rstrip(), file=out)
    broken = sum(r[1] == "BROKEN" for r in rows)
    if broken:
        print(f"\n{broken} reward(s) cannot be used; see the BROKEN lines above.", file=out)
    print("\nUse: openrs-score --reward NAME or --reward 'NAME(key=value, ...)'.", file=out)
    print("Parameters and defaults: openrs-score --describe NAME.", file=out)
    return 0


def _parameter_notes(doc: str) -> dict[str, str]:
    """What the ``Args:`` section of a Google-style docstring says about each parameter (an entry naming several,
    ``a, b: see X``, applies to each)."""
    lines = doc.splitlines()
    try:
        start = next(
            i for i, line in enumerate(lines) if line.strip() in ("Args:", "Arguments:", "Parameters:")
        )
    except StopIteration:
        return {}
    entries: list[str] = []
    indent: int | None = None
    for line in lines[start + 1 :]:
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip())
        indent = depth if indent is None else indent
        if depth < indent:
            break  # the next section
        if depth == indent:
            entries.append(line.strip())
        elif entries:
            entries[-1] += " " + line.strip()
    notes: dict[str, str] = {}
    for entry in entries:
        match = re.match(r"([\w, ]+?):\s*(.*)", entry, re.S)
        if match:
            text = re.sub(r":\w+:`~?([^`]*)`", r"\1", match.group(2)).replace("``", "")
            for name in match.group(1).split(","):
                notes.setdefault(name.strip(), text)
    return notes


def _documented_parameters(info: RewardInfo) -> dict[str, str]:
    """Parameter notes from the reward's docstring and, for a class, those of its base classes (a base class's
    note replaces a "see Base" note)."""
    docs = [info.doc]
    if info.entry_point and ":" in info.entry_point:
        import importlib

        module, _, attribute = info.entry_point.partition(":")
        try:
            target = importlib.import_module(module)
            for part in attribute.split("."):
                target = getattr(target, part)
        except (ImportError, AttributeError):
            target = None
        if isinstance(target, type):
            docs += [inspect.getdoc(base) or "" for base in target.__mro__[1:]]
    notes: dict[str, str] = {}
    for doc in docs:
        for name, text in _parameter_notes(doc).items():
            if name not in notes or notes[name].startswith("see "):
                notes[name] = text
    return notes


def _describe(name: str, out: TextIO) -> int:
    """``--describe NAME``: the reward's spec signature, its summary, and each parameter with its default and what
    its docstring says about it."""
    from openrs_rewards import plugins

    try:
        info = plugins.describe(name)
    except plugins.PluginError as exc:
        raise UsageError(f"--describe {name!r}: {exc}") from None
    origin = "registered in-process"
    if info.distribution:
        origin = f"{info.distribution} {info.version or ''}".rstrip() + f", {info.entry_point}"
    shown = [str(p) for p in info.parameters] + (["**kwargs"] if info.accepts_any_keyword else [])
    lines = [f"{info.name}("]
    for number, shown_parameter in enumerate(shown):
        text = shown_parameter + (")" if number == len(shown) - 1 else ",")
        if len(lines[-1]) + 1 + len(text) > TABLE_WIDTH and lines[-1].strip():
            lines.append(" " * (len(info.name) + 1))
        lines[-1] += ("" if lines[-1].endswith(("(", " ")) else " ") + text
    print("\n".join(lines) if shown else f"{info.name}()", file=out)
    print(f"  from {origin}", file=out)
    if info.doc:
        print("", file=out)
        for line in inspect.cleandoc(_summary_paragraph(info.doc)).splitlines():
            print(f"  {line}", file=out)
    notes = _documented_parameters(info)
    if info.parameters:
        print("\nParameters:", file=out)
        for parameter in info.parameters:
            default = "required" if parameter.required else f"default {parameter.default!r}"
            kind = f"{parameter.annotation}, " if parameter.annotation else ""
            print(f"  {parameter.name} ({kind}{default})", file=out)
            if parameter.name in notes:
                for line in textwrap.wrap(notes[parameter.name], TABLE_WIDTH - 6):
                    print(f"      {line}", file=out)
    else:
        print("\nParameters: none (a ready-made reward)", file=out)
    if info.bounds is not None:
        print(f"\nBounds: [{info.bounds[0]:g}, {info.bounds[1]:g}] (with the defaults)", file=out)
    example = next((p.name for p in info.parameters if not p.required), None)
    spec = f"{info.name}({example}=...)" if example else info.name
    print(f"\nUse: openrs-score preds.jsonl --reward {spec!r}", file=out)
    return 0


def _summary_paragraph(doc: str) -> str:
    """The docstring's first paragraph, without reStructuredText markup."""
    paragraph = doc.strip().split("\n\n", 1)[0]
    return re.sub(r":\w+:`~?([^`]*)`", r"\1", paragraph).replace("``", "")


# -- main -------------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``openrs-score`` with ``argv`` (default: the command line); returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error argparse already printed
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return _run(args, parser)
    except UsageError as exc:
        print(f"openrs-score: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("openrs-score: interrupted", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.list_rewards:
        return _list_rewards(sys.stdout)
    if args.describe:
        return _describe(args.describe, sys.stdout)
    if args.preds is None:
        parser.print_usage(sys.stderr)
        raise UsageError("the predictions file is required (a path, or - for standard input)")
    if args.out and args.preds != "-" and Path(args.out).resolve() == Path(args.preds).resolve():
        raise UsageError(f"--out {args.out} would overwrite the input file")
    if args.ray and args.preds == "-":
        raise UsageError("--ray reads files (a path, a folder or a glob), not standard input")
    shards = args.out_format == "shards"
    if shards and not args.out:
        raise UsageError("--out-format shards needs --out FOLDER")
    check_outputs(out=None if shards else args.out, plot=args.plot)
    if shards:
        _check_shard_folder(args.out)
    try:
        rewards = load_rewards(args.reward)
    except RewardSpecError as exc:
        raise UsageError(f"--reward {exc.spec!r}: {exc.reason}") from None
    fields: FieldNames = DEFAULT_FIELDS.with_overrides(
        completion=args.completion_field,
        gold=args.gold_field,
        problem_id=args.id_field,
        benchmark=args.benchmark_field,
        model=args.model_field,
        prompt=args.prompt_field,
    )
    options = DEFAULT_OPTIONS.with_overrides(
        timeout=args.timeout,
        answer_region=args.answer_region,
        unclosed_think=args.unclosed_think,
        last_number_fallback=False if args.no_last_number_fallback else None,
        rounded_answers=False if args.exact_answers else None,
    )
    # What both runs take: --ray changes where the lines are verified, not what is computed.
    common: dict[str, Any] = {
        "options": options,
        "rewards": rewards,
        "ks": args.k,
        "fields": fields,
        "workers": args.workers,
        "progress": sys.stderr.isatty() and not args.no_progress,
    }
    try:
        result = _score_on_ray(args, common) if args.ray else score(args.preds, **common)
    except InputError as exc:
        raise UsageError(str(exc)) from None
    if shards and not args.ray:
        try:
            write_verdict_shards(result, args.out)
        except OSError as exc:
            raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    return emit_report(
        result,
        as_json=args.json,
        out=None if shards else args.out,
        out_written=args.ray,
        plot=args.plot,
        strict=args.strict,
    )


def _score_on_ray(args: argparse.Namespace, common: dict[str, Any]) -> ScoreResult:
    """``--ray``: :func:`~openrs_rewards.scoring.ray_scoring.score_on_ray` (which writes ``--out`` as it goes:
    the result it returns holds no completions), or how to install Ray."""
    from openrs_rewards.scoring.ray_scoring import RayUnavailableError, score_on_ray

    try:
        return score_on_ray(
            args.preds,
            actors=args.ray_actors,
            address=args.ray_address,
            out=args.out,
            out_shards=args.out_format == "shards",
            **common,
        )
    except RayUnavailableError as exc:
        raise UsageError(f"--ray: {exc}") from None
    except OSError as exc:  # writing --out, which the run on Ray does while scoring
        raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None


def _check_shard_folder(folder: str) -> None:
    """``--out FOLDER`` with ``--out-format shards``: a folder, or a path in a writable folder (made when scoring
    is done)."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise UsageError(f"cannot write --out {folder}: it is a file (--out-format shards writes a folder)")
    try:
        check_writable(target / SHARD_PROBE if target.is_dir() else target, "--out")
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def check_outputs(*, out: str | None, plot: str | None) -> None:
    """Check, before anything is scored, that ``--out`` and ``--plot`` can be written and that matplotlib is there
    for ``--plot``; a :class:`UsageError` otherwise."""
    try:
        if out:
            check_writable(out, "--out")
        if plot:
            check_writable(plot, "the plot")
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if plot:
        from openrs_rewards.scoring.plot import PlotUnavailableError, require_matplotlib

        try:
            require_matplotlib()
        except PlotUnavailableError as exc:
            raise UsageError(str(exc)) from None


def emit_report(
    result: ScoreResult,
    *,
    as_json: bool = False,
    out: str | None = None,
    out_written: bool = False,
    plot: str | None = None,
    strict: bool = False,
    prog: str = "openrs-score",
) -> int:
    """Print what ``openrs-score`` prints for ``result`` (the report on standard output; bad lines, reward warnings
    and errors on standard error), write ``--out`` (unless ``out_written``: written while scoring, as on Ray) and
    ``--plot``, and return the exit status. ``openrs-eval`` prints its report with this too, so the two are the
    same."""
    name = result.input_name
    for error in result.input_errors[:MAX_REPORTED_LINES]:
        print(error["error"], file=sys.stderr)
    if len(result.input_errors) > MAX_REPORTED_LINES:
        print(
            f"{name}: {len(result.input_errors) - MAX_REPORTED_LINES} more bad lines not shown "
            "(every one is listed in --json and written to --out with status 'error')",
            file=sys.stderr,
        )
    for message in result.reward_warnings:
        print(f"{prog}: warning: {message}", file=sys.stderr)
    for message in result.reward_errors:
        print(f"{prog}: error: {message}", file=sys.stderr)
    if out and not out_written:
        try:
            write_verdicts(result, out)
        except OSError as exc:
            raise UsageError(f"cannot write {out}: {exc.strerror or exc}") from None
    if as_json:
        print(result.to_json())
    else:
        sys.stdout.write(result.to_text(width=TABLE_WIDTH))
    sys.stdout.flush()
    counts = result.counts
    if result.input_errors or counts["blank"]:
        summary = f"{name}: {counts['bad']} bad line(s) not scored"
        summary += f", {counts['blank']} blank line(s) ignored" if counts["blank"] else ""
        print(summary + (f"; see {out}" if out and result.input_errors else ""), file=sys.stderr)
    if plot and result.samples:
        from openrs_rewards.scoring.plot import plot_report

        try:
            plot_report(result.samples, result.reward_labels, plot)
        except OSError as exc:
            raise UsageError(f"cannot write the plot {plot}: {exc.strerror or exc}") from None
        print(f"{prog}: wrote {plot}", file=sys.stderr)
    if not result.samples:
        if counts["total"] == counts["blank"]:
            what = "is empty" if not counts["total"] else "has only blank lines"
            print(f"{prog}: {name} {what}: no predictions to score", file=sys.stderr)
        else:
            print(f"{prog}: no line of {name} could be scored", file=sys.stderr)
    return result.exit_status(strict=strict)


if __name__ == "__main__":
    sys.exit(main())
