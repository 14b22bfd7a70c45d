"""Throughput of openrs-rewards' verifier against math-verify on real completions, in one run, each side cold.

Input: the real completions of ``../shared/data/real_completions/*.jsonl``, one set per benchmark (aime24, aime25,
amc23, math500, minerva, olympiadbench, gsm8k); with ``--extras``, also ``together`` (every benchmark's completions
in one set, so one fresh process per side scores all of them: start-up paid once, as when scoring one big mixed
file), ``example`` (``examples/preds.jsonl``),
``reference`` (the benchmarks' worked reference solutions against their own gold) and ``adversarial``
(``benchmarks/adversarial.jsonl``: degenerate and hostile completions, each labelled with its right verdict; its
injection payloads try to create files in a fresh temporary folder and the script reports whether any appeared).

Every measurement runs in a FRESH Python process (``_verify_child.py``, which imports nothing of this harness: its
argparse, importlib.metadata and dataclasses would add ~70 ms to both sides' start-up), so imports, parser grammars
and our worker start-up are paid the way a user pays them (with Python's bytecode cache on, filled by one untimed import, as a pip-installed package has
its .pyc files, even where PYTHONDONTWRITEBYTECODE=1 is set):

- ``ours cold``: a new process imports ``openrs_rewards`` and calls ``verify_batch(completions, golds)`` once; the
  time is from the process's start (``python`` launched) to the verdicts.
- ``ours warm``: a new process imports, calls ``verifiers.guard.warm_up`` (the worker pool started and its warm-up
  finished, as openrs-serve and the Ray actors do) and verifies a few unrelated items, then times
  ``verify_batch`` on the set. Per-item ``Verdict.seconds`` and the share settled per stage (``Verdict.method``)
  come from this run.
- ``ours serial``: a new process, warmed up the same way, calls ``verify(completion, gold)`` once per item, timed from
  outside: the per-item wall latency (p50 / p99 / max; items over the deadline + 0.2 s are counted).
- ``math-verify``: 0.9's documented default ``verify(parse(gold), parse(completion))`` in a single-process loop in
  a new process, watched from outside: an item still running after ``--watchdog`` seconds is killed, recorded as
  wrong at the watchdog's time, and the loop goes on in a fresh process. ``cold`` = launch to last verdict (restarts
  included); ``warm`` = the sum of its per-item times.

Speedup = math-verify's time / ours, cold and warm. The issue's bar is >= 20x cold on real completions.

Run by hand (not a test; the whole real set takes ~15 minutes, almost all of it math-verify)::

    .venv/bin/python benchmarks/bench_verify.py --out bench_verify.md
    .venv/bin/python benchmarks/bench_verify.py --sets math500,minerva --limit 100
    .venv/bin/python benchmarks/bench_verify.py --extras adversarial,example --json bench_verify.json
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
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
REAL_DIR = SHARED / "real_completions"
BENCHMARK_DIRS = (SHARED / "benchmarks", ROOT / "src" / "openrs_rewards" / "data" / "benchmarks")
EXAMPLES = ROOT / "examples" / "preds.jsonl"
ADVERSARIAL = Path(__file__).with_name("adversarial.jsonl")
BENCHMARKS = ("aime24", "aime25", "amc23", "math500", "minerva", "olympiadbench", "gsm8k")
EXTRAS = ("together", "example", "reference", "adversarial")
CANARY = "@CANARY@"  # replaced in the adversarial completions by a path in a fresh temporary folder
CHILD = Path(__file__).with_name("_verify_child.py")  # the measured processes (see its docstring)


@dataclass
class Item:
    id: str
    completion: str
    gold: str
    truncated: bool | None = None  # finish_reason == "length"; None when the record does not say
    expected: bool | None = None  # the right verdict, for the labelled adversarial cases


@dataclass
class SetResult:
    name: str
    items: list[Item]
    ours_cold: float = math.nan
    ours_import: float = math.nan
    ours_warm: float = math.nan
    ours_verdicts: list[dict[str, Any]] = field(default_factory=list)
    ours_serial: list[float] = field(default_factory=list)
    theirs_cold: float = math.nan
    theirs_import: float = math.nan
    theirs: list[dict[str, Any]] = field(default_factory=list)
    theirs_restarts: int = 0


# -- inputs -------------------------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_sets(wanted: list[str], extras: list[str], limit: int | None, canary: str) -> dict[str, list[Item]]:
    from openrs_rewards.scoring.records import truncation_of

    sets: dict[str, list[Item]] = defaultdict(list)
    for path in sorted(REAL_DIR.glob("*.jsonl")):
        for number, r in enumerate(_read_jsonl(path)):
            benchmark = str(r.get("benchmark") or path.stem.split("__")[2])
            if benchmark in wanted:
                sets[benchmark].append(
                    Item(f"{path.stem}#{number}", str(r["completion"]), str(r["gold"]), truncation_of(r))
                )
    ordered = {name: sets[name] for name in wanted if sets.get(name)}
    if "together" in extras:
        # Every wanted benchmark's completions in ONE fresh process (file order): the throughput a user sees
        # scoring a large mixed file, where start-up is paid once, not once per benchmark.
        ordered["together"] = [item for name in wanted for item in sets.get(name, [])]
    if "example" in extras and EXAMPLES.exists():
        ordered["example"] = [
            Item(f"example#{n}", str(r["completion"]), str(r["gold"]))
            for n, r in enumerate(_read_jsonl(EXAMPLES))
        ]
    if "reference" in extras:
        references: list[Item] = []
        for folder in BENCHMARK_DIRS:
            for name in BENCHMARKS:
                path = folder / f"{name}.jsonl"
                if path.exists() and not any(i.id.startswith(f"{name}:") for i in references):
                    references += [
                        Item(f"{name}:{r['id']}", r["solution"], str(r["answer"]))
                        for r in _read_jsonl(path)
                        if isinstance(r.get("solution"), str) and r["solution"].strip()
                    ]
        ordered["reference"] = references
    if "adversarial" in extras:
        items = []
        for row in _read_jsonl(ADVERSARIAL):
            if "parts" in row:
                completion = "".join(text * int(count) for text, count in row["parts"])
            else:
                completion = row["completion"]
            items.append(
                Item(row["id"], completion.replace(CANARY, canary), row["gold"], False, row.get("expected"))
            )
        ordered["adversarial"] = items
    if limit is not None:
        ordered = {name: items[:limit] for name, items in ordered.items()}
    return ordered


# -- the parent ---------------------------------------------------------------------------------------------------


def _child_command(*args: str) -> list[str]:
    return [sys.executable, str(CHILD.resolve()), *args]


# The children's environment: Python's bytecode cache on. A pip-installed package (ours, math-verify, sympy) comes
# with its .pyc files; a checkout run with PYTHONDONTWRITEBYTECODE=1 (set in some environments, this one included)
# compiles our modules from source in every fresh process (~0.05 s, and again in the worker pool's process), which
# is not what a user's process pays. The cache (``__pycache__`` beside our sources, ignored by git) is filled by one
# untimed import of every module the children load. The same step fills our compiled-pattern cache (a file in the same
# ``__pycache__``; see ``verifiers/patterns.py``) with every pattern, the state any earlier use leaves behind; a first
# process on a fresh install compiles what it uses (25-35 ms more, measured) and writes it there for the next.
_CHILD_ENV: dict[str, str] | None = None
_OUR_MODULES = (
    "openrs_rewards",
    "openrs_rewards.scoring.records",
    "openrs_rewards.verifiers.guard",
    "openrs_rewards.verifiers.symbolic",
    "openrs_rewards.verifiers._worker",
)


_COMPILE_EVERY_PATTERN = (
    "import importlib, pkgutil, openrs_rewards.verifiers as v\n"
    "from openrs_rewards.verifiers.patterns import _LazyPattern\n"
    "for info in pkgutil.iter_modules(v.__path__):\n"
    "    module = importlib.import_module('openrs_rewards.verifiers.' + info.name)\n"
    "    [value.search for value in vars(module).values() if isinstance(value, _LazyPattern)]\n"
)


def _child_env() -> dict[str, str]:
    global _CHILD_ENV
    if _CHILD_ENV is None:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [sys.executable, "-c", "import " + ", ".join(_OUR_MODULES) + "\n" + _COMPILE_EVERY_PATTERN],
            env=env,
            check=False,
            capture_output=True,
        )
        _CHILD_ENV = env
    return _CHILD_ENV


def _prime(scratch: Path, sets: dict[str, list[Item]], args: argparse.Namespace) -> None:
    """One untimed cold run of each side on a few items before anything is timed: the first child of a run pays
    for the files it reads first (~0.15 s more than the next), which would otherwise land on the first set."""
    items = [item for set_items in sets.values() for item in set_items][:20]
    if not items:
        return
    path = scratch / "prime.json"
    path.write_text(json.dumps([[i.completion, i.gold, i.truncated] for i in items]), encoding="utf-8")
    subprocess.run(
        _child_command("ours", "cold", str(path), str(args.timeout), "0", repr(time.time())),
        capture_output=True,
        check=False,
        env=_child_env(),
    )
    if not args.no_mathverify:
        subprocess.run(
            _child_command("theirs", str(path), "0", str(args.memory_gb)),
            capture_output=True,
            check=False,
            env=_child_env(),
            timeout=120 + args.watchdog * len(items),
        )


def run_ours(result: SetResult, items_path: Path, timeout: float, workers: int | None, serial: bool) -> None:
    common = [str(items_path), str(timeout), str(workers or 0)]
    for mode in ("cold", "warm") + (("serial",) if serial else ()):
        launched = time.time()
        done = subprocess.run(
            _child_command("ours", mode, *common, repr(launched)),
            capture_output=True,
            text=True,
            check=False,
            env=_child_env(),
        )
        if done.returncode != 0:
            raise SystemExit(f"our {mode} child failed ({done.returncode}):\n{done.stderr[-3000:]}")
        record = json.loads(done.stdout.strip().splitlines()[-1])
        if mode == "cold":
            result.ours_cold = record["since_launch_s"]
            result.ours_import = record["import_s"]
        elif mode == "warm":
            result.ours_warm = record["batch_s"]
            result.ours_verdicts = record["verdicts"]
        else:
            result.ours_serial = record["latencies"]


def run_theirs(result: SetResult, items_path: Path, watchdog: float, memory_gb: float) -> None:
    count = len(result.items)
    results: dict[int, dict[str, Any]] = {}
    next_index = 0
    restarts = -1
    launched = time.perf_counter()
    while next_index < count:
        restarts += 1
        child = subprocess.Popen(
            _child_command("theirs", str(items_path), str(next_index), str(memory_gb)),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_child_env(),
        )
        assert child.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(child.stdout, selectors.EVENT_READ)
        buffer = b""
        current: int | None = None
        started = time.perf_counter()
        startup_deadline = started + 120.0  # the import
        finished = False
        while not finished:
            deadline = started + watchdog if current is not None else startup_deadline
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or not selector.select(timeout=remaining):
                child.kill()
                child.wait()
                if current is None:
                    raise SystemExit("the math-verify child did not start within 120 s")
                results[current] = {"correct": False, "seconds": watchdog, "status": "killed",
                                    "detail": f"over {watchdog:g} s, killed", "predicted": None}  # fmt: skip
                next_index = current + 1
                break
            chunk = os.read(child.stdout.fileno(), 1 << 16)
            if not chunk:  # the child exited: done, or it died (memory limit, a segfault)
                code = child.wait()
                if current is not None and current not in results:
                    results[current] = {"correct": False, "seconds": time.perf_counter() - started,
                                        "status": "crashed", "detail": f"exit {code}", "predicted": None}  # fmt: skip
                    next_index = current + 1
                elif code != 0:
                    raise SystemExit(f"the math-verify child failed with exit code {code} between items")
                else:
                    next_index = count
                break
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                message = json.loads(line)
                if "imported" in message:
                    if restarts == 0:
                        result.theirs_import = message["imported"]
                elif "start" in message:
                    current = message["start"]
                    started = time.perf_counter()
                else:
                    results[message["index"]] = message
                    current = None
                    started = time.perf_counter()
                    if message["index"] == count - 1:
                        finished = True
        selector.close()
        if finished:
            child.wait()
            next_index = count
    result.theirs_cold = time.perf_counter() - launched
    result.theirs = [results[i] for i in range(count)]
    result.theirs_restarts = max(restarts, 0)


# -- reporting ----------------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in [0, 100]) of the values that are not NaN.

    >>> percentile([3.0, 1.0, 2.0, 4.0], 50)
    2.0
    """
    data = sorted(v for v in values if not math.isnan(v))
    if not data:
        return math.nan
    return data[max(1, math.ceil(q / 100 * len(data))) - 1]


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
    load = None
    with contextlib.suppress(OSError):
        load = os.getloadavg()[0]
    versions: dict[str, str | None] = {}
    for name in ("openrs-rewards", "math-verify", "sympy", "latex2sympy2_extended", "mpmath"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    git = "unknown"
    with contextlib.suppress(Exception):
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True, text=True
        )
        git = head.stdout.strip() + (" + uncommitted changes in src/" if dirty.stdout.strip() else "")
    module = "unknown"
    with contextlib.suppress(Exception):
        import openrs_rewards

        module = str(Path(openrs_rewards.__file__).parent)
    if not module.startswith(str(ROOT)):
        git = f"openrs_rewards from {module}"
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gb": memory,
        "load_1min_at_start": load,
        "python": platform.python_version(),
        "versions": versions,
        "git": git,
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _load(info: dict[str, Any], when: str) -> str:
    value = info.get(f"load_1min_at_{when}")
    return "?" if value is None else f"{value:.1f}"


def _ms(seconds: float) -> str:
    if math.isnan(seconds):
        return "—"
    return f"{seconds * 1000:.1f}" if seconds < 1 else f"{seconds * 1000:.0f}"


def _ratio(theirs: float, ours: float) -> str:
    return "—" if not ours or math.isnan(ours) or math.isnan(theirs) else f"{theirs / ours:.1f}×"


def _lat(values: list[float]) -> str:
    return "/".join(_ms(percentile(values, q)) for q in (50, 99, 100))


def combine(results: list[SetResult], name: str) -> SetResult:
    total = SetResult(name, [i for r in results for i in r.items])
    for attribute in ("ours_cold", "ours_warm", "theirs_cold"):
        setattr(total, attribute, sum(getattr(r, attribute) for r in results))
    total.ours_verdicts = [v for r in results for v in r.ours_verdicts]
    total.ours_serial = [v for r in results for v in r.ours_serial]
    total.theirs = [v for r in results for v in r.theirs]
    total.theirs_restarts = sum(r.theirs_restarts for r in results)
    return total


def report(results: list[SetResult], info: dict[str, Any], args: argparse.Namespace) -> str:
    v = info["versions"]
    lines = [
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB, {info['platform']}, Python "
        f"{info['python']}, 1-min load {_load(info, 'start')} at start, {_load(info, 'end')} at end (other processes "
        f"share the machine). openrs-rewards {v['openrs-rewards']} "
        f"({info['git']}), math-verify {v['math-verify']}, sympy {v['sympy']}, latex2sympy2_extended "
        f"{v['latex2sympy2_extended']}. {info['date']}. Our deadline {args.timeout:g} s; math-verify watchdog "
        f"{args.watchdog:g} s.",
        "",
    ]
    real = [r for r in results if r.name in BENCHMARKS]
    rows = list(results)
    if len(real) > 1:
        rows.insert(len(real), combine(real, "**all real**"))
    bar = args.timeout + 0.2
    headers = [
        "set", "n", "ours cold s", "ours warm s", "mv cold s", "mv warm s", "speedup cold", "speedup warm",
        "ours Verdict.seconds p50/p99/max ms", "ours serial wall p50/p99/max ms", "mv p50/p99/max ms",
        f"over {bar:g} s ours/mv", "mv killed", "correct ours/mv",
    ]  # fmt: skip
    table = []
    for r in rows:
        seconds = [x["seconds"] for x in r.ours_verdicts]
        theirs = [x["seconds"] for x in r.theirs]
        over_ours = sum(x > bar for x in (r.ours_serial or seconds))
        table.append(
            [
                r.name, str(len(r.items)), f"{r.ours_cold:.2f}", f"{r.ours_warm:.2f}", f"{r.theirs_cold:.1f}",
                f"{sum(theirs):.1f}", _ratio(r.theirs_cold, r.ours_cold), _ratio(sum(theirs), r.ours_warm),
                _lat(seconds), _lat(r.ours_serial) if r.ours_serial else "—", _lat(theirs),
                f"{over_ours}/{sum(x > bar for x in theirs)}", str(sum(x['status'] == 'killed' for x in r.theirs)),
                f"{sum(x['correct'] for x in r.ours_verdicts)}/{sum(x['correct'] for x in r.theirs)}",
            ]
        )  # fmt: skip
    lines += [*_markdown(headers, table), ""]
    methods = sorted({x["method"] or "-" for r in rows for x in r.ours_verdicts})
    lines.append("Share of items settled per stage (our `Verdict.method`), from the warm run:")
    lines.append("")
    stage_rows = []
    for r in rows:
        counts = Counter(x["method"] or "-" for x in r.ours_verdicts)
        n = max(1, len(r.ours_verdicts))
        stage_rows.append([r.name] + [f"{100 * counts[m] / n:.1f}%" if counts[m] else "·" for m in methods])
    lines += [*_markdown(["set", *methods], stage_rows), ""]
    lines.append("Latency by stage (ours, `Verdict.seconds` in the warm batch, p50/p99/max ms, count):")
    lines.append("")
    everything = [x for r in results for x in r.ours_verdicts]
    by_method: dict[str, list[float]] = defaultdict(list)
    for x in everything:
        by_method[x["method"] or "-"].append(x["seconds"])
    spent = sum(x["seconds"] for x in everything) or 1.0
    lines += _markdown(
        ["stage", "items", "p50/p99/max ms", "sum s", "share of time"],
        [
            [m, str(len(s)), _lat(s), f"{sum(s):.2f}", f"{100 * sum(s) / spent:.1f}%"]
            for m, s in sorted(by_method.items())
        ],
    )
    lines.append("")
    imports = [r.ours_import for r in results if not math.isnan(r.ours_import)]
    theirs_imports = [r.theirs_import for r in results if not math.isnan(r.theirs_import)]
    if imports:
        theirs_text = f"{min(theirs_imports):.2f} s" if theirs_imports else "not run"
        lines.append(
            f"Import time: openrs_rewards {min(imports):.2f} s, math_verify {theirs_text} (fastest of the "
            f"fresh processes). math-verify restarts after a kill: {sum(r.theirs_restarts for r in results)}."
        )
    for r in results:
        labelled = [(i, it.expected) for i, it in enumerate(r.items) if it.expected is not None]
        if labelled and r.ours_verdicts and r.theirs:
            ours_right = sum(r.ours_verdicts[i]["correct"] == e for i, e in labelled)
            theirs_right = sum(r.theirs[i]["correct"] == e for i, e in labelled)
            lines.append(f"{r.name}: right on {len(labelled)} labelled cases: ours {ours_right}, math-verify "
                         f"{theirs_right}.")  # fmt: skip
    return "\n".join(lines)


def _markdown(headers: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    return out + ["| " + " | ".join(row) + " |" for row in rows]


# -- main ---------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--sets", default=",".join(BENCHMARKS), help="comma-separated benchmarks (real completions)"
    )
    parser.add_argument("--extras", default="", help=f"comma-separated extra sets of {EXTRAS}")
    parser.add_argument("--limit", type=int, help="at most this many items per set (the first ones)")
    parser.add_argument("--timeout", type=float, default=1.0, help="our per-item deadline (s)")
    parser.add_argument("--workers", type=int, help="our worker processes (default: the library's)")
    parser.add_argument("--watchdog", type=float, default=10.0, help="kill math-verify on an item after this")
    parser.add_argument(
        "--memory-gb", type=float, default=8.0, help="address-space limit of math-verify's child"
    )
    parser.add_argument("--no-serial", action="store_true", help="skip the per-item verify() latency run")
    parser.add_argument("--no-mathverify", action="store_true", help="measure our side only")
    parser.add_argument("--out", type=Path, help="write the markdown report here")
    parser.add_argument("--json", type=Path, help="write the summary and every item's results as JSON")
    args = parser.parse_args(argv)

    info = machine()
    wanted = [s for s in args.sets.split(",") if s]
    extras = [s for s in args.extras.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as scratch_name:
        scratch = Path(scratch_name)
        canary_dir = scratch / "canary"
        canary_dir.mkdir()
        sets = load_sets(wanted, extras, args.limit, str(canary_dir / "pwned"))
        results = []
        injected: dict[str, list[str]] = {"ours": [], "theirs": []}
        _prime(scratch, sets, args)
        for name, items in sets.items():
            result = SetResult(name, items)
            items_path = scratch / f"{name}.json"
            items_path.write_text(
                json.dumps([[i.completion, i.gold, i.truncated] for i in items]), encoding="utf-8"
            )
            print(f"[{name}] openrs-rewards on {len(items)} items …", file=sys.stderr, flush=True)
            run_ours(result, items_path, args.timeout, args.workers, not args.no_serial)
            injected["ours"] += [p.name for p in canary_dir.iterdir() if p.name not in injected["ours"]]
            if not args.no_mathverify:
                print(f"[{name}] math-verify on {len(items)} items …", file=sys.stderr, flush=True)
                run_theirs(result, items_path, args.watchdog, args.memory_gb)
                injected["theirs"] += [
                    p.name
                    for p in canary_dir.iterdir()
                    if p.name not in injected["ours"] + injected["theirs"]
                ]
            else:
                result.theirs = [{"correct": False, "seconds": math.nan, "status": "skipped"} for _ in items]
            results.append(result)
    with contextlib.suppress(OSError):
        info["load_1min_at_end"] = os.getloadavg()[0]
    text = report(results, info, args)
    if "adversarial" in extras:
        text += (
            f"\n\nInjection payloads: files created by openrs-rewards: {injected['ours'] or 'none'}; "
            f"by math-verify: {injected['theirs'] or 'none'}."
        )
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.json:
        document = {
            "machine": info,
            "arguments": {k: str(v) for k, v in vars(args).items()},
            "sets": [
                {
                    "name": r.name, "ours_cold_s": r.ours_cold, "ours_warm_s": r.ours_warm,
                    "ours_import_s": r.ours_import, "theirs_cold_s": r.theirs_cold,
                    "theirs_import_s": r.theirs_import, "theirs_restarts": r.theirs_restarts,
                    "items": [
                        {"id": it.id, "gold": it.gold, "expected": it.expected, "ours": o,
                         "ours_serial_s": r.ours_serial[k] if r.ours_serial else None, "theirs": t}
                        for k, (it, o, t) in enumerate(zip(r.items, r.ours_verdicts, r.theirs, strict=True))
                    ],
                }
                for r in results
            ],
        }  # fmt: skip
        args.json.write_text(json.dumps(document, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
