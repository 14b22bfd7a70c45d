"""Speed and agreement of openrs-rewards' verifier against math-verify, on the same inputs, in one run.

Input sets (each scored by both tools):

- ``example``: the shipped ``examples/preds.jsonl`` (real long chain-of-thought completions);
- one set per benchmark in ``src/openrs_rewards/data/benchmarks/`` (or ``../shared/data/benchmarks/``) that has
  reference solutions: the solution text is the completion and the ``answer`` field the gold (GSM8K solutions end
  in ``#### n``, OlympiadBench solutions are proofs without a boxed answer; benchmarks without solutions are skipped);
- ``adversarial``: ``benchmarks/adversarial.jsonl``, degenerate and hostile completions (see the README).

openrs-rewards runs as a user runs it: ``verify_batch(completions, golds, workers=..., timeout=...)`` for the wall
time, then one ``verify`` call per item, timed from outside, for the per-item latency. math-verify 0.9.0 runs its
documented default, ``verify(parse(gold), parse(completion))``, in a single-process loop inside a child process that
an outer watchdog kills when one item runs past ``--watchdog`` seconds (math-verify's own timeouts cannot interrupt
long C-level sympy work); the item is then recorded as ``killed`` (counted wrong, at the watchdog's time) and the loop
goes on in a fresh child. Its wall time is the sum of its per-item times, imports and restarts excluded.

Injection payloads in the adversarial set try to create files in a fresh temporary folder; the script reports, per
tool, whether any appeared.

Run by hand (not a test)::

    python benchmarks/bench_verify.py                      # everything; several minutes on 2 cores
    python benchmarks/bench_verify.py --limit 50 --sets example,adversarial --show-disagreements 5
    python benchmarks/bench_verify.py --json results.json
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import os
import platform
import selectors
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_PATHS = (ROOT / "examples" / "preds.jsonl", ROOT.parent / "shared" / "data" / "example_preds.jsonl")
BENCHMARK_DIRS = (
    ROOT / "src" / "openrs_rewards" / "data" / "benchmarks",
    ROOT.parent / "shared" / "data" / "benchmarks",
)
BENCHMARKS = ("math500", "minerva", "olympiadbench", "aime24", "aime25", "amc23", "gsm8k")
ADVERSARIAL = Path(__file__).with_name("adversarial.jsonl")
CANARY = "@CANARY@"  # replaced in the adversarial completions by a path in a fresh temporary folder
WORKER_FLAG = "--math-verify-worker"


@dataclass
class Item:
    set: str
    id: str
    completion: str
    gold: str
    expected: bool | None = None  # the right verdict, for the labelled adversarial cases


@dataclass
class ToolResult:
    correct: bool
    seconds: float  # per-item latency
    status: str  # ours: the Verdict status; math-verify: "ok", "error", "killed", "crashed"
    predicted: str | None = None
    detail: str | None = None


@dataclass
class SetRun:
    name: str
    items: list[Item]
    ours: list[ToolResult] = field(default_factory=list)
    ours_wall: float = 0.0
    ours_batch_seconds: list[float] = field(default_factory=list)  # Verdict.seconds from the batch run
    theirs: list[ToolResult] = field(default_factory=list)
    theirs_wall: float = 0.0
    theirs_restarts: int = 0


# -- inputs -------------------------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{number}: not JSON: {exc}") from None
    return rows


def _first_existing(paths: tuple[Path, ...]) -> Path | None:
    return next((p for p in paths if p.exists()), None)


def load_sets(
    wanted: set[str] | None, limit: int | None, canary: str
) -> tuple[dict[str, list[Item]], list[str]]:
    """The input sets, and notes about what was skipped."""
    sets: dict[str, list[Item]] = {}
    notes: list[str] = []
    example = _first_existing(EXAMPLE_PATHS)
    if example is None:
        notes.append("example: no examples/preds.jsonl (nor ../shared/data/example_preds.jsonl); skipped")
    elif wanted is None or "example" in wanted:
        rows = _read_jsonl(example)
        sets["example"] = [
            Item("example", str(r.get("id", i)), str(r["completion"]), str(r["gold"]))
            for i, r in enumerate(rows)
        ]
    for name in BENCHMARKS:
        if wanted is not None and name not in wanted:
            continue
        path = _first_existing(tuple(d / f"{name}.jsonl" for d in BENCHMARK_DIRS))
        if path is None:
            notes.append(f"{name}: no data file found; skipped")
            continue
        rows = [r for r in _read_jsonl(path) if isinstance(r.get("solution"), str) and r["solution"].strip()]
        if not rows:
            notes.append(f"{name}: has no reference solutions; skipped")
            continue
        sets[name] = [Item(name, str(r["id"]), r["solution"], str(r["answer"])) for r in rows]
    if wanted is None or "adversarial" in wanted:
        items = []
        for row in _read_jsonl(ADVERSARIAL):
            if "parts" in row:
                completion = "".join(text * int(count) for text, count in row["parts"])
            else:
                completion = row["completion"]
            items.append(
                Item(
                    "adversarial",
                    row["id"],
                    completion.replace(CANARY, canary),
                    row["gold"],
                    row.get("expected"),
                )
            )
        sets["adversarial"] = items
    if limit is not None:
        sets = {name: items[:limit] for name, items in sets.items()}
    return sets, notes


# -- openrs-rewards -----------------------------------------------------------------------------------------------


def run_ours(run: SetRun, *, timeout: float, workers: int | None, latency_sample: int | None) -> None:
    from openrs_rewards import verify, verify_batch

    completions = [item.completion for item in run.items]
    golds = [item.gold for item in run.items]
    start = time.perf_counter()
    verdicts = verify_batch(completions, golds, workers=workers, timeout=timeout)
    run.ours_wall = time.perf_counter() - start
    run.ours_batch_seconds = [v.seconds for v in verdicts]
    # Per-item latency: one verify() call per item, timed from outside (extraction, guard and all).
    latency: dict[int, float] = {}
    indices = range(len(run.items))
    if latency_sample is not None and latency_sample < len(run.items):
        step = len(run.items) / latency_sample
        indices = sorted({int(i * step) for i in range(latency_sample)})  # type: ignore[assignment]
    for i in indices:
        item = run.items[i]
        start = time.perf_counter()
        verify(item.completion, item.gold, timeout=timeout)
        latency[i] = time.perf_counter() - start
    run.ours = [
        ToolResult(v.correct, latency.get(i, math.nan), v.status, v.predicted, v.method)
        for i, v in enumerate(verdicts)
    ]


def warm_up_ours(timeout: float, workers: int | None) -> None:
    """Start the verifier's worker pool and import its parsers before anything is timed (math-verify gets the same)."""
    from openrs_rewards import verify, verify_batch

    verify("\\boxed{\\frac{1}{2}}", "0.5", timeout=timeout)
    verify("\\boxed{x^2+2x+1}", "(x+1)^2", timeout=timeout)
    verify_batch(["\\boxed{2}", "\\boxed{x+1}"], ["2", "1+x"], workers=workers, timeout=timeout)


# -- math-verify, in a watched child process ----------------------------------------------------------------------


def math_verify_worker(items_path: str, start: int, memory_gb: float) -> int:
    """The child: math-verify's default call on each item from ``start``, reporting as it goes."""
    if memory_gb > 0:
        import resource

        limit = int(memory_gb * 2**30)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import logging

    logging.disable(logging.CRITICAL)  # math-verify logs every timeout; the parent records them itself
    from math_verify import parse, verify

    verify(parse("$\\frac{1}{2}$"), parse("\\boxed{0.5}"))  # imports and caches warm, as for ours
    items = json.loads(Path(items_path).read_text(encoding="utf-8"))
    out = sys.stdout
    for index in range(start, len(items)):
        completion, gold = items[index]
        out.write(json.dumps({"start": index}) + "\n")
        out.flush()
        began = time.perf_counter()
        predicted: str | None = None
        try:
            parsed = parse(completion)
            correct = bool(verify(parse(gold), parsed))
            status, detail = "ok", None
            predicted = str(parsed[-1]) if parsed else None
        except (
            BaseException
        ) as exc:  # math-verify can raise anything, MemoryError and RecursionError included
            correct, status, detail = False, "error", f"{type(exc).__name__}: {str(exc)[:200]}"
        seconds = time.perf_counter() - began
        if predicted is not None and len(predicted) > 200:
            predicted = predicted[:200] + "…"
        record = {"index": index, "correct": correct, "seconds": seconds, "status": status, "detail": detail}
        record["predicted"] = predicted
        out.write(json.dumps(record) + "\n")
        out.flush()
    return 0


def run_theirs(run: SetRun, *, watchdog: float, memory_gb: float, scratch: Path) -> None:
    items_path = scratch / f"{run.name}.items.json"
    items_path.write_text(json.dumps([[i.completion, i.gold] for i in run.items]), encoding="utf-8")
    results: dict[int, ToolResult] = {}
    next_index = 0
    restarts = -1
    while next_index < len(run.items):
        restarts += 1
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            WORKER_FLAG,
            str(items_path),
            str(next_index),
        ]
        command.append(str(memory_gb))
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert child.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(child.stdout, selectors.EVENT_READ)
        buffer = b""
        current: int | None = None
        started = time.perf_counter()
        startup_deadline = started + 120.0  # the import and warm-up
        finished = False
        while not finished:
            deadline = started + watchdog if current is not None else startup_deadline
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or not selector.select(timeout=remaining):
                # The watchdog: this item ran too long (or the child never started). Kill and go on.
                child.kill()
                child.wait()
                if current is None:
                    raise SystemExit("the math-verify child did not start within 120 s")
                results[current] = ToolResult(False, watchdog, "killed", None, f"over {watchdog:g} s, killed")
                next_index = current + 1
                break
            chunk = os.read(child.stdout.fileno(), 1 << 16)
            if not chunk:  # the child exited: done, or it died (memory limit, a segfault)
                code = child.wait()
                if current is not None and current not in results:
                    elapsed = time.perf_counter() - started
                    results[current] = ToolResult(
                        False, elapsed, "crashed", None, f"child exited with {code}"
                    )
                    next_index = current + 1
                else:
                    next_index = len(run.items) if code == 0 else next_index
                    if code != 0:
                        raise SystemExit(f"the math-verify child failed with exit code {code} between items")
                break
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                message = json.loads(line)
                if "start" in message:
                    current = message["start"]
                    started = time.perf_counter()
                else:
                    index = message["index"]
                    results[index] = ToolResult(
                        message["correct"],
                        message["seconds"],
                        message["status"],
                        message["predicted"],
                        message["detail"],
                    )
                    current = None
                    started = time.perf_counter()
                    if index == len(run.items) - 1:
                        finished = True
        selector.close()
        if finished:
            child.wait()
            next_index = len(run.items)
    run.theirs = [results[i] for i in range(len(run.items))]
    run.theirs_wall = sum(r.seconds for r in run.theirs)
    run.theirs_restarts = max(restarts, 0)
    items_path.unlink()


# -- reporting ----------------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in [0, 100]) of the values that are not NaN."""
    data = sorted(v for v in values if not math.isnan(v))
    if not data:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(data)))
    return data[rank - 1]


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 2**20, 1)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    versions = {}
    for name in ("openrs-rewards", "math-verify", "sympy", "latex2sympy2_extended"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": usable,
        "memory_gb": memory,
        "python": platform.python_version(),
        "versions": versions,
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def summarize(run: SetRun, timeout: float) -> dict[str, Any]:
    ours_latency = [r.seconds for r in run.ours]
    theirs_latency = [r.seconds for r in run.theirs]
    agree = sum(a.correct == b.correct for a, b in zip(run.ours, run.theirs, strict=True))
    labelled = [(i, item.expected) for i, item in enumerate(run.items) if item.expected is not None]
    bar = timeout + 0.2
    summary: dict[str, Any] = {
        "n": len(run.items),
        "ours_wall_s": run.ours_wall,
        "theirs_wall_s": run.theirs_wall,
        "speedup": run.theirs_wall / run.ours_wall if run.ours_wall > 0 else None,
        "ours_latency_s": _latency(ours_latency),
        "theirs_latency_s": _latency(theirs_latency),
        "ours_max_verdict_seconds": max(run.ours_batch_seconds, default=0.0),
        "ours_over_deadline": sum(v > bar for v in ours_latency if not math.isnan(v)),
        "theirs_over_deadline": sum(v > bar for v in theirs_latency),
        "theirs_killed": [run.items[i].id for i, r in enumerate(run.theirs) if r.status == "killed"],
        "theirs_crashed": [run.items[i].id for i, r in enumerate(run.theirs) if r.status == "crashed"],
        "theirs_errors": sum(r.status == "error" for r in run.theirs),
        "ours_status": dict(Counter(r.status for r in run.ours)),
        "ours_correct": sum(r.correct for r in run.ours),
        "theirs_correct": sum(r.correct for r in run.theirs),
        "agreement": agree / len(run.items) if run.items else None,
        "only_ours_correct": sum(
            a.correct and not b.correct for a, b in zip(run.ours, run.theirs, strict=True)
        ),
        "only_theirs_correct": sum(
            b.correct and not a.correct for a, b in zip(run.ours, run.theirs, strict=True)
        ),
    }
    if labelled:
        summary["labelled"] = len(labelled)
        summary["ours_right_on_labelled"] = sum(run.ours[i].correct == e for i, e in labelled)
        summary["theirs_right_on_labelled"] = sum(run.theirs[i].correct == e for i, e in labelled)
    return summary


def _latency(values: list[float]) -> dict[str, float]:
    return {"p50": percentile(values, 50), "p99": percentile(values, 99), "max": percentile(values, 100)}


def _ms(seconds: float) -> str:
    if math.isnan(seconds):
        return "—"
    return f"{seconds * 1000:.1f}" if seconds < 10 else f"{seconds * 1000:.0f}"


def print_report(
    info: dict[str, Any], summaries: dict[str, dict[str, Any]], timeout: float, watchdog: float
) -> None:
    v = info["versions"]
    print(
        f"Machine: {info['platform']}; {info['cpu']}; {info['cores']} cores; {info['memory_gb']} GB; "
        f"Python {info['python']}; openrs-rewards {v['openrs-rewards']}, math-verify {v['math-verify']}, "
        f"sympy {v['sympy']}, latex2sympy2_extended {v['latex2sympy2_extended']}; {info['date']}"
    )
    print(
        f"ours: verify_batch(timeout={timeout:g}) wall; latency = one verify() call per item. theirs: math-verify "
        f"verify(parse(gold), parse(completion)), one process, watchdog {watchdog:g} s.\n"
    )
    headers = [
        "set", "n", "ours s", "theirs s", "speedup", "ours p50/p99/max ms", "theirs p50/p99/max ms",
        f"over {timeout + 0.2:g}s o/t", "killed", "agree",
    ]  # fmt: skip
    rows = []
    for name, s in summaries.items():
        o, t = s["ours_latency_s"], s["theirs_latency_s"]
        rows.append(
            [
                name,
                str(s["n"]),
                f"{s['ours_wall_s']:.2f}",
                f"{s['theirs_wall_s']:.2f}",
                "—" if s["speedup"] is None else f"{s['speedup']:.1f}×",
                f"{_ms(o['p50'])}/{_ms(o['p99'])}/{_ms(o['max'])}",
                f"{_ms(t['p50'])}/{_ms(t['p99'])}/{_ms(t['max'])}",
                f"{s['ours_over_deadline']}/{s['theirs_over_deadline']}",
                str(len(s["theirs_killed"])),
                "—" if s["agreement"] is None else f"{100 * s['agreement']:.1f}%",
            ]
        )
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print(
            "  ".join(
                c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print()
    for name, s in summaries.items():
        line = (
            f"{name}: correct ours {s['ours_correct']} / theirs {s['theirs_correct']}; only ours "
            f"{s['only_ours_correct']}, only theirs {s['only_theirs_correct']}; our statuses {s['ours_status']}; "
            f"math-verify errors {s['theirs_errors']}"
        )
        if "labelled" in s:
            line += (
                f"; right on {s['labelled']} labelled cases: ours {s['ours_right_on_labelled']}, "
                f"theirs {s['theirs_right_on_labelled']}"
            )
        if s["theirs_killed"]:
            line += f"; math-verify killed after {watchdog:g} s on: {', '.join(s['theirs_killed'])}"
        if s["theirs_crashed"]:
            line += f"; math-verify crashed on: {', '.join(s['theirs_crashed'])}"
        print(line)


def _clip(text: str | None, limit: int = 160) -> str:
    if text is None:
        return "None"
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit // 2] + " … " + text[-limit // 2 :]


def print_disagreements(runs: list[SetRun], count: int) -> None:
    shown = 0
    print(f"\nDisagreements (up to {count}):")
    for run in runs:
        for item, a, b in zip(run.items, run.ours, run.theirs, strict=True):
            if a.correct == b.correct:
                continue
            print(
                f"- {run.name}/{item.id}: gold {_clip(item.gold, 60)!s}\n"
                f"    ours   {a.status} predicted={_clip(a.predicted, 60)} method={a.detail}\n"
                f"    theirs {b.status} predicted={_clip(b.predicted, 60)} {b.detail or ''}\n"
                f"    completion tail: {_clip(item.completion[-300:], 160)}"
            )
            shown += 1
            if shown >= count:
                return


# -- main ---------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="at most this many items per input set (the first ones)")
    parser.add_argument("--sets", help="comma-separated input sets (example, math500, ..., adversarial)")
    parser.add_argument("--timeout", type=float, default=1.0, help="openrs-rewards' per-item deadline (s)")
    parser.add_argument("--workers", type=int, help="openrs-rewards' worker processes (default: its own)")
    parser.add_argument(
        "--watchdog", type=float, default=10.0, help="kill math-verify on an item after this many seconds"
    )
    parser.add_argument(
        "--memory-gb", type=float, default=8.0, help="address-space limit of the math-verify child"
    )
    parser.add_argument(
        "--latency-sample",
        type=int,
        help="time single verify() calls on this many items per set (default all)",
    )
    parser.add_argument(
        "--show-disagreements", type=int, default=0, metavar="K", help="print K disagreements"
    )
    parser.add_argument("--json", metavar="OUT", help="write the summary and every item's results as JSON")
    args = parser.parse_args(argv)

    info = machine()
    wanted = set(args.sets.split(",")) if args.sets else None
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as scratch_name:
        scratch = Path(scratch_name)
        canary_dir = scratch / "canary"
        canary_dir.mkdir()
        sets, notes = load_sets(wanted, args.limit, str(canary_dir / "pwned"))
        for note in notes:
            print(f"note: {note}", file=sys.stderr)
        runs = [SetRun(name, items) for name, items in sets.items() if items]
        warm_up_ours(args.timeout, args.workers)
        injected: dict[str, list[str]] = {}
        for run in runs:
            print(f"[{run.name}] openrs-rewards on {len(run.items)} items …", file=sys.stderr, flush=True)
            run_ours(run, timeout=args.timeout, workers=args.workers, latency_sample=args.latency_sample)
        injected["ours"] = sorted(p.name for p in canary_dir.iterdir())
        for run in runs:
            print(f"[{run.name}] math-verify on {len(run.items)} items …", file=sys.stderr, flush=True)
            run_theirs(run, watchdog=args.watchdog, memory_gb=args.memory_gb, scratch=scratch)
        injected["theirs"] = sorted(p.name for p in canary_dir.iterdir() if p.name not in injected["ours"])

    summaries = {run.name: summarize(run, args.timeout) for run in runs}
    if len(runs) > 1:
        everything = SetRun("all", [i for r in runs for i in r.items])
        everything.ours = [x for r in runs for x in r.ours]
        everything.theirs = [x for r in runs for x in r.theirs]
        everything.ours_wall = sum(r.ours_wall for r in runs)
        everything.theirs_wall = sum(r.theirs_wall for r in runs)
        everything.ours_batch_seconds = [x for r in runs for x in r.ours_batch_seconds]
        summaries["all"] = summarize(everything, args.timeout)
    print_report(info, summaries, args.timeout, args.watchdog)
    print(
        f"\ninjection payloads: files created by openrs-rewards: {injected['ours'] or 'none'}; "
        f"by math-verify: {injected['theirs'] or 'none'}"
    )
    if args.show_disagreements:
        print_disagreements(runs, args.show_disagreements)
    if args.json:
        document = {
            "machine": info,
            "arguments": vars(args),
            "notes": notes,
            "injection_files": injected,
            "sets": summaries,
            "items": [
                {
                    "set": run.name,
                    "id": item.id,
                    "gold": item.gold,
                    "expected": item.expected,
                    "completion_chars": len(item.completion),
                    "ours": vars(a),
                    "theirs": vars(b),
                }
                for run in runs
                for item, a, b in zip(run.items, run.ours, run.theirs, strict=True)
            ],
        }
        Path(args.json).write_text(json.dumps(document, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == WORKER_FLAG:
        sys.exit(math_verify_worker(sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
    sys.exit(main())
