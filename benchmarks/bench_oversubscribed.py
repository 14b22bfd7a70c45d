"""Verdicts with the machine idle and oversubscribed, and how soon after its deadline a guarded call returns.

The guard's deadline counts the worker's CPU time (wall-clock backstop at 3x), so a loaded machine must not turn
correct answers into timeouts. This script checks that on real completions:

1. ``idle``: a fresh Python process verifies every item with ``verify(completion, gold, timeout=T)``, one call at a
   time, each timed from outside (wall seconds of the whole call: extraction, the fast path, the guarded worker).
2. ``loaded``: the same in a fresh process while ``--load`` x cores processes spin on the CPU (``while True: pass``,
   default priority; started before the process, stopped after it).

With ``--batch`` each phase instead verifies all the items in one ``verify_batch`` call, as a reward function or
``openrs-score`` does: the items that need a worker are compared while the caller goes on with the rest, on as many
workers as there are cores (the per-item time is then ``Verdict.seconds``, not a wall time from outside).

Each phase runs in its own process so no cache (decision, parse, gold) carries over from one to the other. Items:
``examples/preds.jsonl`` (80), ``--per-file`` random completions (seed ``--seed``) of each OlympiadBench and Minerva
file in ``../shared/data/real_completions/`` (the sets where most items reach the symbolic stage), and the identities
of the issue's category 11 (``\\frac{1}{k}\\sinh(kt)``, ``\\csc^2 x`` ...), which used to time out under load.

Before the items, the idle phase also measures the guard itself (``--probes`` repetitions each): how long after a
CPU-bound overrun's deadline ``WorkerPool.call`` returns (C-level ``pow(3, 10**9)``), the same through ``verify``
(``\\boxed{5^{5^{5^{5^5}}}}``), a sleeping worker (wall-clock backstop), the next call right after a kill, and one
fork from the zygote (the replacement, paid by a later item, never by the one that timed out).

Run by hand (not a test)::

    .venv/bin/python benchmarks/bench_oversubscribed.py
    .venv/bin/python benchmarks/bench_oversubscribed.py --per-file 20 --json oversubscribed.json
    .venv/bin/python benchmarks/bench_oversubscribed.py --batch --per-file 1000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, cast

ROOT = Path(__file__).resolve().parents[1]
REAL_DIR = ROOT.parent / "shared" / "data" / "real_completions"
EXAMPLES = ROOT / "examples" / "preds.jsonl"
IDENTITIES = (
    ("\\boxed{\\frac{1}{k}\\sinh(kt)}", "\\frac{e^{kt}-e^{-kt}}{2k}"),
    ("\\boxed{\\frac{1}{5}e^{2t}}", "e^{2t}/5"),
    ("\\boxed{\\csc^2 x}", "1+\\cot^2 x"),
    ("\\boxed{\\frac{\\sqrt{2}}{2}}", "\\frac{1}{\\sqrt{2}}"),
)
PATHOLOGICAL = "\\boxed{5^{5^{5^{5^5}}}}"


def load_items(real_dir: Path, per_file: int, seed: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []

    from openrs_rewards.scoring.records import truncation_of

    def add(record: dict[str, Any], origin: str) -> None:
        items.append(
            {
                "origin": origin,
                "id": str(record.get("id", len(items))),
                "completion": record["completion"],
                "gold": record["gold"],
                "truncated": truncation_of(record),
            }
        )

    if EXAMPLES.exists():
        for line in EXAMPLES.read_text().splitlines():
            if line.strip():
                add(json.loads(line), "example")
    rng = random.Random(seed)
    for path in sorted(real_dir.glob("*.jsonl")):
        if not any(name in path.name for name in ("olympiadbench", "minerva")):
            continue
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for record in rng.sample(records, min(per_file, len(records))):
            add(record, path.stem)
    for completion, gold in IDENTITIES:
        items.append(
            {"origin": "identity", "id": gold, "completion": completion, "gold": gold, "truncated": None}
        )
    return items


# --- one phase, in its own process -----------------------------------------------------------------------------------


def _limit_kind(detail: str | None) -> str:
    text = detail or ""
    if "CPU-time" in text:
        return "cpu"
    if "backstop" in text:
        return "backstop"
    if "wall clock" in text:
        return "wall"
    return "other"


def probe_guard(timeout: float, repeats: int) -> dict[str, Any]:
    from openrs_rewards import verify
    from openrs_rewards.verifiers import guard

    pool = guard.get_pool()
    found: dict[str, Any] = {"cpu_accounting": pool.cpu_accounting}

    def timed(function: Any) -> tuple[Any, float]:
        started = time.monotonic()
        result = function()
        return result, time.monotonic() - started

    cpu_over: list[float] = []
    next_call: list[float] = []
    kinds: Counter[str] = Counter()
    for _ in range(repeats):
        result, elapsed = timed(lambda: pool.call("builtins:pow", [3, 10**9], timeout=timeout))
        kinds[f"{result.status}/{_limit_kind(result.detail)}"] += 1
        cpu_over.append(elapsed - timeout)
        _, after = timed(lambda: pool.call("builtins:abs", [-1], timeout=timeout))
        next_call.append(after)
    found["pow_overrun_s_after_deadline"] = cpu_over
    found["pow_outcomes"] = dict(kinds)
    found["next_call_after_kill_s"] = next_call
    verify_over: list[float] = []
    verify_kinds: Counter[str] = Counter()
    for _ in range(repeats):
        verdict, elapsed = timed(lambda: verify(PATHOLOGICAL, "3", timeout=timeout))
        verify_kinds[f"{verdict.status}/{_limit_kind(verdict.detail)}"] += 1
        verify_over.append(elapsed - timeout)
    found["verify_overrun_s_after_deadline"] = verify_over
    found["verify_outcomes"] = dict(verify_kinds)
    sleep_timeout = min(timeout, 0.25)
    result, elapsed = timed(lambda: pool.call("time:sleep", [30], timeout=sleep_timeout))
    found["sleep"] = {
        "timeout": sleep_timeout,
        "elapsed": elapsed,
        "backstop": guard.WALL_BACKSTOP_FACTOR * sleep_timeout,
        "kind": _limit_kind(result.detail),
    }
    forks = []
    for _ in range(repeats):
        worker, elapsed = timed(pool._spawn)
        worker.kill()
        forks.append(elapsed)
    found["fork_s"] = forks
    quick = [timed(lambda: pool.call("builtins:abs", [-1], timeout=timeout))[1] for _ in range(50)]
    found["quick_call_s_median"] = statistics.median(quick)
    return found


def cpu_per_work(repeats: int = 6) -> list[float]:
    """CPU seconds a worker spends on one fixed comparison (warm, measured from outside with its CPU clock): how
    much a loaded machine inflates CPU time itself (shared caches, SMT siblings), which no CPU budget can absorb."""
    from openrs_rewards.verifiers import guard

    pool = guard.WorkerPool(max_workers=1)
    try:
        pid = pool.call("os:getpid", [], timeout=60.0).value
        predicted, gold = "\\frac{1}{k}\\sinh(kt)", "\\frac{e^{kt}-e^{-kt}}{2k}"
        pool.compare(predicted, gold, timeout=60.0)
        spent = []
        for _ in range(repeats):
            before = guard._clock_cpu_seconds(pid)
            pool.compare(predicted, gold, timeout=60.0)
            spent.append(guard._clock_cpu_seconds(pid) - before)
        return spent
    except OSError:
        return []
    finally:
        pool.close()


def run_phase(
    items_path: Path, out_path: Path, timeout: float, probes: int, accounting: str, batch: bool = False
) -> None:
    from openrs_rewards import verify, verify_batch
    from openrs_rewards.verifiers import guard

    items = json.loads(items_path.read_text())
    guard.warm_up()
    if accounting != "auto":
        # e.g. "wall": the deadline as it was before it counted CPU time
        guard.get_pool().cpu_accounting = cast(Literal["clock", "proc", "wall"], accounting)
    report: dict[str, Any] = {"load_before": os.getloadavg()[0]}
    report["probes"] = probe_guard(timeout, probes) if probes else None
    report["cpu_per_work"] = cpu_per_work()
    guard.warm_up()
    results = []
    started_all = time.monotonic()
    if batch:
        verdicts = verify_batch(
            [item["completion"] for item in items],
            [item["gold"] for item in items],
            timeout=timeout,
            truncated=[item["truncated"] for item in items],
        )
        items = []  # nothing left for the one-call-at-a-time loop
        results = [
            {
                "status": verdict.status,
                "predicted": verdict.predicted,
                "method": verdict.method,
                "wall": verdict.seconds,
                "limit": _limit_kind(verdict.detail) if verdict.status == "timeout" else None,
            }
            for verdict in verdicts
        ]
    for item in items:
        started = time.monotonic()
        verdict = verify(item["completion"], item["gold"], timeout=timeout, truncated=item["truncated"])
        wall = time.monotonic() - started
        results.append(
            {
                "status": verdict.status,
                "predicted": verdict.predicted,
                "method": verdict.method,
                "wall": wall,
                "limit": _limit_kind(verdict.detail) if verdict.status == "timeout" else None,
            }
        )
    report["total_s"] = time.monotonic() - started_all
    report["load_after"] = os.getloadavg()[0]
    report["results"] = results
    out_path.write_text(json.dumps(report))


# --- the driver --------------------------------------------------------------------------------------------------


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def busy_processes(count: int) -> Iterator[None]:
    spinners = [
        subprocess.Popen([sys.executable, "-S", "-c", "while True: pass"], stdin=subprocess.DEVNULL)
        for _ in range(count)
    ]
    try:
        time.sleep(0.2)
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
        for spinner in spinners:
            spinner.wait()


def phase(
    items_path: Path, folder: Path, name: str, timeout: float, probes: int, accounting: str, batch: bool
) -> dict[str, Any]:
    out = folder / f"{name}.json"
    command = [sys.executable, __file__, "--phase", str(items_path), str(out), "--timeout", str(timeout)]
    command += ["--probes", str(probes), "--cpu-accounting", accounting] + (["--batch"] if batch else [])
    subprocess.run(command, check=True)
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def ms(values: list[float]) -> str:
    if not values:
        return "-"
    return " / ".join(
        f"{1000 * v:.0f}" for v in (percentile(values, 0.5), percentile(values, 0.99), max(values))
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--per-file", type=int, default=40, help="completions sampled from each file (default 40)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--real-dir", type=Path, default=REAL_DIR, help=f"real completions (default {REAL_DIR})"
    )
    parser.add_argument(
        "--timeout", type=float, default=1.0, help="verify's timeout, CPU seconds (default 1)"
    )
    parser.add_argument("--load", type=int, default=3, help="busy processes per core in the loaded phase")
    parser.add_argument("--probes", type=int, default=5, help="repetitions of each guard probe (0: none)")
    parser.add_argument(
        "--cpu-accounting",
        default="auto",
        choices=("auto", "clock", "proc", "wall"),
        help="the guard's CPU accounting in both phases (wall: the old wall-clock deadline, for comparison)",
    )
    parser.add_argument("--json", type=Path, help="write both phases' results here")
    parser.add_argument("--batch", action="store_true", help="one verify_batch call per phase (see above)")
    parser.add_argument("--phase", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        run_phase(args.phase[0], args.phase[1], args.timeout, args.probes, args.cpu_accounting, args.batch)
        return 0

    items = load_items(args.real_dir, args.per_file, args.seed)
    cores = cpu_count()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        items_path = folder / "items.json"
        items_path.write_text(json.dumps(items))
        idle = phase(items_path, folder, "idle", args.timeout, args.probes, args.cpu_accounting, args.batch)
        with busy_processes(args.load * cores):
            loaded = phase(items_path, folder, "loaded", args.timeout, 0, args.cpu_accounting, args.batch)

    key = ("status", "predicted", "method")
    differ = [
        (item, a, b)
        for item, a, b in zip(items, idle["results"], loaded["results"], strict=True)
        if tuple(a[k] for k in key) != tuple(b[k] for k in key)
    ]
    print(f"# Verdicts idle vs oversubscribed ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})\n")
    print(f"Machine: {platform.platform()}, {cores} cores; Python {platform.python_version()}.")
    print(
        f"Items: {len(items)} ({dict(Counter(item['origin'].split('__')[-1] for item in items))}); ", end=""
    )
    print(
        f"timeout {args.timeout:g} s; CPU accounting {args.cpu_accounting}; loaded = {args.load * cores} busy processes on {cores} cores"
        f"{'; one verify_batch call per phase (per-item ms: Verdict.seconds)' if args.batch else ''}.\n"
    )
    print(
        "| phase | load avg before / after | wall s | verify p50 / p99 / max ms | timeouts (cpu / backstop)",
        end="",
    )
    print(" | over timeout + 0.2 s |\n|---|---|---:|---|---|---:|")
    for name, run in (("idle", idle), ("loaded", loaded)):
        walls = [r["wall"] for r in run["results"]]
        limits = Counter(r["limit"] for r in run["results"] if r["status"] == "timeout")
        over = sum(wall > args.timeout + 0.2 for wall in walls)
        timeouts = sum(limits.values())
        print(
            f"| {name} | {run['load_before']:.1f} / {run['load_after']:.1f} | {run['total_s']:.1f} | {ms(walls)} | {timeouts} ({limits['cpu']} / {limits['backstop']})"
            f" | {over} |"
        )
    idle_work, loaded_work = idle["cpu_per_work"], loaded["cpu_per_work"]
    if idle_work and loaded_work:
        ratio = statistics.median(loaded_work) / statistics.median(idle_work)
        print(
            f"\nCPU time of one fixed comparison (median of {len(idle_work)}): idle "
            f"{1e3 * statistics.median(idle_work):.0f} ms, loaded {1e3 * statistics.median(loaded_work):.0f} ms"
            f" ({ratio:.2f}x: what the load adds to CPU time itself)"
        )
    methods = Counter(r["method"] for r in idle["results"])
    print(f"\nMethods (idle): {dict(methods)}")
    print(f"\n**Verdicts identical (status, predicted, method): {len(items) - len(differ)} / {len(items)}**")
    for item, a, b in differ[:20]:
        print(
            f"- {item['origin']} {item['id']}: idle {a['status']}/{a['method']} -> loaded {b['status']}/{b['method']}"
        )
    probes = idle.get("probes")
    if probes:
        print(
            f"\nGuard probes (idle, timeout {args.timeout:g} s, CPU accounting: {probes['cpu_accounting']}), ms:"
        )
        print(
            f"- CPU-bound overrun (pow), returned after the deadline by: {ms(probes['pow_overrun_s_after_deadline'])}"
            f" (p50 / p99 / max); outcomes {probes['pow_outcomes']}"
        )
        print(
            f"- verify() of a hanging sympy power, after the deadline by: "
            f"{ms(probes['verify_overrun_s_after_deadline'])}; outcomes {probes['verify_outcomes']}"
        )
        sleep = probes["sleep"]
        print(
            f"- sleeping worker, timeout {sleep['timeout']:g} s: killed by {sleep['kind']} after "
            f"{sleep['elapsed']:.3f} s (backstop {sleep['backstop']:g} s)"
        )
        print(f"- next call right after a kill: {ms(probes['next_call_after_kill_s'])}")
        print(f"- one fork from the zygote (the replacement): {ms(probes['fork_s'])}")
        print(f"- a quick call (round trip, median): {1e3 * probes['quick_call_s_median']:.2f} ms")
    if args.json:
        args.json.write_text(json.dumps({"items": items, "idle": idle, "loaded": loaded}, indent=1))
    return 0 if not differ else 1


if __name__ == "__main__":
    sys.exit(main())
