"""``openrs-score``: score a JSON Lines file of model predictions against gold answers.

::

    openrs-score examples/preds.jsonl                         # a table per (model, benchmark)
    openrs-score preds.jsonl --k 1,4,8 --out verdicts.jsonl   # pass@k / maj@k, and one verdict per input line
    openrs-score preds.jsonl --reward accuracy --reward "cosine(max_len=3584)" --json
    openrs-score preds.jsonl --plot report.png                # accuracy by length, reward histograms
    cat preds.jsonl | openrs-score -                          # read standard input
    openrs-score --list-rewards

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

Exit status:

- 0: scored; also when some lines are bad (each is reported on standard error with its file, line and field).
- 1: with ``--strict``, when any line is bad or any reward failed (everything is still scored and written);
  without it, only when the input has lines but not one of them could be scored.
- 2: a usage error: a malformed reward spec, an unknown or broken reward, an unreadable input, matplotlib missing
  for ``--plot``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, TextIO

from openrs_rewards import verify_batch
from openrs_rewards.cli._argtypes import positive_int
from openrs_rewards.scoring.records import DEFAULT_FIELDS, FieldNames, Record, read_records
from openrs_rewards.scoring.report import Sample, format_table, summarize, to_json
from openrs_rewards.scoring.rewards import run_reward
from openrs_rewards.verifiers.options import ANSWER_REGIONS, DEFAULT_OPTIONS
from openrs_rewards.verifiers.verdict import Verdict

__all__ = ["build_parser", "main"]

#: Bad lines printed on standard error before the rest are only counted (all are in --out and --json).
MAX_REPORTED_LINES = 50
TABLE_WIDTH = 110


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


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openrs-score",
        description="Score model predictions (JSON Lines) against gold answers: accuracy ± SE, pass@k, maj@k, "
        "rewards, per model and benchmark.",
        epilog="Exit status: 0 success; 1 with --strict when a line is bad or a reward failed, or when no line "
        "could be scored; 2 usage error.",
    )
    parser.add_argument("preds", nargs="?", help="a JSON Lines file of predictions, or - for standard input")
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
    parser.add_argument("--plot", metavar="REPORT.png", help="draw accuracy by length and reward histograms")
    parser.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        metavar="N",
        help="verifier worker processes (default: CPU count)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive_float,
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
    print("Parameters and defaults: openrs_rewards.plugins.describe('NAME').", file=out)
    return 0


def _load_rewards(specs: Sequence[str]) -> list[tuple[str, Any]]:
    """(label, reward) per spec; a malformed spec or an unknown / broken reward is a :class:`UsageError`."""
    from openrs_rewards import plugins

    loaded: list[tuple[str, Any]] = []
    for spec in specs:
        try:
            label = str(plugins.parse_spec(spec))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", plugins.PluginWarning)  # the PluginError below says it all
                reward = plugins.get_reward(spec)
        except plugins.PluginError as exc:
            raise UsageError(f"--reward {spec!r}: {exc}") from None
        if any(label == seen for seen, _ in loaded):
            raise UsageError(f"--reward {spec!r} is given twice (as {label!r})")
        loaded.append((label, reward))
    return loaded


# -- input and output -------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _open_input(path: str) -> Iterator[tuple[IO[bytes] | IO[str], str]]:
    if path == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        yield (buffer if buffer is not None else sys.stdin), "<stdin>"
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; bytes so each line is decoded on its own
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    with handle:
        yield handle, path


def _out_line(record: Record, verdict: Verdict | None, rewards: dict[str, float | None] | None) -> str:
    if record.blank:
        return ""
    data: dict[str, Any] = dict(record.fields) if record.fields is not None else {}
    if record.fields is None and record.raw is not None:
        data["raw"] = record.raw
    if verdict is None:
        data.update(
            correct=False, status="error", predicted=None, method=None, source=None, error=record.error
        )
    else:
        data.update(
            correct=verdict.correct,
            status=verdict.status,
            predicted=verdict.predicted,
            method=verdict.method,
            source=verdict.source,
        )
        if verdict.detail is not None:
            data["detail"] = verdict.detail
    if rewards is not None:
        data["rewards"] = rewards
    return json.dumps(data, ensure_ascii=False)


def _write_out(
    path: str,
    records: Sequence[Record],
    verdicts: dict[int, Verdict],
    rewards: dict[int, dict[str, float | None]],
    labels: Sequence[str],
) -> None:
    """Write atomically (a temporary file renamed into place), so a failure never leaves half a file."""
    target = Path(path)
    empty: dict[str, float | None] | None = dict.fromkeys(labels) if labels else None
    directory = target.parent if str(target.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for index, record in enumerate(records):
                values = rewards.get(index, empty) if labels and not record.blank else None
                handle.write(_out_line(record, verdicts.get(index), values) + "\n")
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _default_ks(records: Sequence[Record]) -> list[int]:
    sizes: dict[tuple[str | None, str | None, object], int] = {}
    for record in records:
        key: object = record.problem_id if record.problem_id is not None else ("line", record.line)
        group = (record.model, record.benchmark, key)
        sizes[group] = sizes.get(group, 0) + 1
    smallest = min(sizes.values(), default=1)
    return [1] if smallest < 2 else [1, smallest]


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
    if args.preds is None:
        parser.print_usage(sys.stderr)
        raise UsageError("the predictions file is required (a path, or - for standard input)")
    if args.plot:
        from openrs_rewards.scoring.plot import PlotUnavailableError, require_matplotlib

        try:
            require_matplotlib()
        except PlotUnavailableError as exc:
            raise UsageError(str(exc)) from None
    if args.out and args.preds != "-" and Path(args.out).resolve() == Path(args.preds).resolve():
        raise UsageError(f"--out {args.out} would overwrite the input file")
    rewards = _load_rewards(args.reward)
    labels = [label for label, _ in rewards]
    fields: FieldNames = DEFAULT_FIELDS.with_overrides(
        completion=args.completion_field,
        gold=args.gold_field,
        problem_id=args.id_field,
        benchmark=args.benchmark_field,
        model=args.model_field,
        prompt=args.prompt_field,
    )

    # Read (streamed line by line), reporting bad lines as they come.
    records: list[Record] = []
    input_errors: list[dict[str, Any]] = []
    with _open_input(args.preds) as (stream, name):
        for record in read_records(stream, name=name, fields=fields):
            records.append(record)
            if record.error is not None:
                input_errors.append({"line": record.line, "field": record.error_field, "error": record.error})
                if len(input_errors) <= MAX_REPORTED_LINES:
                    print(record.error, file=sys.stderr)
    blank = sum(r.blank for r in records)
    if len(input_errors) > MAX_REPORTED_LINES:
        print(
            f"{name}: {len(input_errors) - MAX_REPORTED_LINES} more bad lines not shown "
            "(every one is listed in --json and written to --out with status 'error')",
            file=sys.stderr,
        )

    # Verify.
    scoreable = [i for i, r in enumerate(records) if r.scoreable]
    options = DEFAULT_OPTIONS.with_overrides(
        timeout=args.timeout,
        answer_region=args.answer_region,
        unclosed_think=args.unclosed_think,
        last_number_fallback=False if args.no_last_number_fallback else None,
    )
    verdicts: dict[int, Verdict] = {}
    if scoreable:
        results = verify_batch(
            [records[i].completion for i in scoreable],
            [records[i].gold for i in scoreable],
            options=options,
            truncated=[records[i].truncated for i in scoreable],
            workers=args.workers,
            progress=sys.stderr.isatty() and not args.no_progress,
        )
        verdicts = dict(zip(scoreable, results, strict=True))

    # Rewards.
    reward_values: dict[int, dict[str, float | None]] = {i: {} for i in scoreable}
    reward_errors: list[str] = []
    for label, reward in rewards:
        run = run_reward(label, reward, [records[i] for i in scoreable])
        for index, value in zip(scoreable, run.values, strict=True):
            reward_values[index][label] = value
        for message in run.warnings:
            print(f"openrs-score: warning: {message}", file=sys.stderr)
        for message in run.errors:
            print(f"openrs-score: error: {message}", file=sys.stderr)
        reward_errors.extend(run.errors)

    samples = [Sample(records[i], verdicts[i], reward_values[i]) for i in scoreable]
    ks = args.k if args.k is not None else _default_ks([records[i] for i in scoreable])
    summaries = summarize(samples, ks, labels)

    if args.out:
        _write_out(args.out, records, verdicts, reward_values, labels)

    counts = {
        "total": len(records),
        "scored": len(scoreable),
        "bad": len(input_errors),
        "blank": blank,
    }
    if args.json:
        print(
            to_json(
                summaries,
                ks=ks,
                reward_labels=labels,
                input_name=name,
                counts=counts,
                input_errors=input_errors,
                reward_errors=reward_errors,
            )
        )
    else:
        header = f"{name}: {counts['total']} lines, {counts['scored']} scored"
        header += f", {counts['bad']} bad" + (f", {blank} blank (ignored)" if blank else "")
        print(header + "\n")
        sys.stdout.write(format_table(summaries, ks, labels, width=TABLE_WIDTH))
    if input_errors or blank:
        summary = f"{name}: {len(input_errors)} bad line(s) not scored"
        summary += f", {blank} blank line(s) ignored" if blank else ""
        print(summary + (f"; see {args.out}" if args.out and input_errors else ""), file=sys.stderr)

    if args.plot:
        from openrs_rewards.scoring.plot import plot_report

        try:
            plot_report(samples, labels, args.plot)
        except OSError as exc:
            raise UsageError(f"cannot write the plot {args.plot}: {exc.strerror or exc}") from None
        print(f"openrs-score: wrote {args.plot}", file=sys.stderr)

    if args.strict and (input_errors or reward_errors):
        return 1
    if records and not scoreable and len(records) > blank:
        print(f"openrs-score: no line of {name} could be scored", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
