"""Lines per second of ``openrs-score --ray`` with 1, 2 and 4 actors, next to the run without Ray on the same input,
the fixed start-up cost, and what the driver holds per line.

The input: ``--lines`` lines (default 20,000) made from the real completions in ``examples/preds.jsonl``: each line
is one example with its completion cut to its last 200-900 characters (where the answer is), its boxed answer
sometimes changed, ids giving several samples per problem, three models and two benchmarks. Every run scores the
same file with the same options and rewards (``format``, ``length``), writes ``--out`` (``score_on_ray(out=...)``:
serialised on the actors, streamed to the file by the driver) and must give the same report and the very bytes of
the plain run's ``--out`` (checked; the script stops otherwise).

What is measured, each a single wall-clock run (the machine is shared: repeat when a number matters):

- plain: :func:`openrs_rewards.scoring.pipeline.score` with one verifier worker per CPU, and its ``--out``.
- Ray start: starting a local Ray (``ray.init(address="local")``), paid once per ``openrs-score --ray``.
- for each actor count, a run on the example's 80 lines (the fixed cost: the dataset plans, the reward pass,
  starting and warming the actors, collecting) and a run on the whole input; ``lines/s`` is lines / wall time of
  the whole run, ``marginal lines/s`` is (lines - 80) / (whole - fixed): the rate once the actors are up;
  ``driver B/line`` is what the driver received per line besides the ``--out`` lines (the pickled summaries).
- the driver's memory: with :mod:`tracemalloc`, the bytes the driver still holds per line once the run is done (the
  result), and how far above that its peak went (the ``--out`` lines in flight), on ``--long-lines`` lines of this
  input and as many with the examples' full-length chain-of-thought completions (untimed runs, 2 actors).
- the driver's own rates, single process: line summaries unpickled, and ``--out`` lines spliced and written.

Run by hand (not a test):  python benchmarks/bench_ray.py [--lines 20000] [--actors 1,2,4] [--long-lines 2000]
[--keep FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import pickle
import platform
import random
import re
import tempfile
import time
import tracemalloc
from pathlib import Path

from openrs_rewards.scoring.pipeline import ScoreResult, out_line_parts, score, write_verdicts
from openrs_rewards.scoring.ray_scoring import LineSummary, RayRun, plan_actors, score_on_ray
from openrs_rewards.scoring.records import read_records

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "preds.jsonl"
BOXED = re.compile(r"\\boxed\{([^{}]*)\}")
REWARDS = ["format", "length"]


def make_input(path: Path, lines: int, seed: int = 3, full_length: bool = False) -> None:
    rng = random.Random(seed)
    bases = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(lines):
            record = dict(rng.choice(bases))
            record.pop("source", None)
            if not full_length:
                record["completion"] = str(record["completion"])[-rng.randint(200, 900) :]
            if rng.random() < 0.3:
                record["completion"] = BOXED.sub(
                    lambda _: "\\boxed{" + str(rng.randint(0, 99)) + "}", record["completion"]
                )
            record["id"] = f"{record['id']}/{number % 1500}"
            record["model"] = f"model-{number % 3}"
            record["benchmark"] = f"{record['benchmark']}-{'ab'[number % 2]}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def same(result: ScoreResult, out: Path, plain: ScoreResult, plain_out: Path) -> bool:
    return result.to_json() == plain.to_json() and out.read_bytes() == plain_out.read_bytes()


def driver_memory(path: Path, lines: int, actors: int) -> tuple[float, float, float]:
    """Bytes per line the driver holds once the run is done (its result), MB by which its peak exceeded that (by
    tracemalloc, which also counts what Ray's client allocated meanwhile), and the result's pickle, bytes per line
    (exact, Ray aside)."""
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = score_on_ray(str(path), rewards=REWARDS, actors=actors, out=path.with_suffix(".out"))
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    if result.counts["total"] != lines:
        raise SystemExit(f"{path}: {result.counts['total']} lines scored, not {lines}")
    return (held - before) / lines, (peak - held) / 1e6, len(pickle.dumps(result)) / lines


def driver_rates(path: Path) -> tuple[float, float, float]:
    """Single process, the driver's share of the work: line summaries unpickled per second, and ``--out`` lines
    spliced and written per second, with the MB/s written."""
    with path.open("rb") as handle:
        records = list(read_records(handle))
    summaries = [pickle.dumps(LineSummary.of(r, None), protocol=pickle.HIGHEST_PROTOCOL) for r in records]
    started = time.perf_counter()
    for data in summaries:
        pickle.loads(data)
    unpickled = len(summaries) / (time.perf_counter() - started)
    parts = [out_line_parts(r, None) for r in records]
    values = json.dumps(dict.fromkeys(REWARDS, 0.5))
    written = 0
    started = time.perf_counter()
    with path.with_suffix(".spliced").open("w", encoding="utf-8") as handle:
        for head, tail in parts:
            line = head + values + tail + "\n"
            written += len(line)
            handle.write(line)
    seconds = time.perf_counter() - started
    return unpickled, len(parts) / seconds, written / seconds / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--actors", default="1,2,4", help="comma-separated actor counts")
    parser.add_argument(
        "--long-lines",
        type=int,
        default=2_000,
        help="lines of full-length completions, for the driver's memory",
    )
    parser.add_argument(
        "--keep", type=Path, help="write the generated input here (default: a temporary file)"
    )
    args = parser.parse_args()
    counts = [int(part) for part in args.actors.split(",")]

    import ray

    with tempfile.TemporaryDirectory() as folder:
        path = args.keep or Path(folder) / "preds.jsonl"
        make_input(path, args.lines)
        size = path.stat().st_size
        long_path, short_path = Path(folder) / "long.jsonl", Path(folder) / "short.jsonl"
        make_input(long_path, args.long_lines, full_length=True)
        make_input(short_path, args.long_lines)
        long_size, short_size = long_path.stat().st_size, short_path.stat().st_size
        cpus = os.cpu_count() or 1
        print(f"input: {args.lines:,} lines, {size / 1e6:.1f} MB; {cpus} CPUs; {platform.python_version()}")
        print(f"full-length input: {args.long_lines:,} lines, {long_size / 1e6:.1f} MB")

        plain_out, small_out, out = (Path(folder) / name for name in ("plain.out", "small.out", "ray.out"))
        started = time.perf_counter()
        plain = score(str(path), rewards=REWARDS)
        write_verdicts(plain, plain_out)
        plain_seconds = time.perf_counter() - started
        small = score(str(EXAMPLES), rewards=REWARDS)
        write_verdicts(small, small_out)

        started = time.perf_counter()
        ray.init(address="local", include_dashboard=False, logging_level=logging.WARNING)
        ray_start = time.perf_counter() - started
        rows = []
        try:
            for actors in counts:
                run = RayRun(plan=plan_actors(1, 1), files=[])
                started = time.perf_counter()
                fixed_result = score_on_ray(str(EXAMPLES), rewards=REWARDS, actors=actors, out=out)
                fixed = time.perf_counter() - started
                if not same(fixed_result, out, small, small_out):
                    raise SystemExit(f"{actors} actor(s): the report or --out differs from the plain run")
                started = time.perf_counter()
                result = score_on_ray(str(path), rewards=REWARDS, actors=actors, run=run, out=out)
                whole = time.perf_counter() - started
                if not same(result, out, plain, plain_out):
                    raise SystemExit(f"{actors} actor(s): the report or --out differs from the plain run")
                marginal = (args.lines - 80) / max(whole - fixed, 1e-9)
                received = run.bytes_received / args.lines
                rows.append(
                    (actors, run.plan.cpus_per_actor, fixed, whole, args.lines / whole, marginal, received)
                )
            memory = [
                (what, source_size / lines, *driver_memory(source, lines, actors=2))
                for what, source, lines, source_size in (
                    ("short", short_path, args.long_lines, short_size),
                    ("full-length", long_path, args.long_lines, long_size),
                )
            ]
        finally:
            ray.shutdown()
        rates = [
            (what, *driver_rates(source)) for what, source in (("short", path), ("full-length", long_path))
        ]

    print(
        f"\nplain run (no Ray, {cpus} verifier workers, --out included): {plain_seconds:.1f} s, "
        f"{args.lines / plain_seconds:,.0f} lines/s"
    )
    print(f"starting a local Ray: {ray_start:.1f} s (once per openrs-score --ray run)\n")
    print(
        "| actors | CPUs each | fixed cost (80 lines) | whole run | lines/s | marginal lines/s | driver B/line |"
    )
    print("|---|---|---|---|---|---|---|")
    for actors, share, fixed, whole, rate, marginal, received in rows:
        print(
            f"| {actors} | {share:g} | {fixed:.1f} s | {whole:.1f} s | {rate:,.0f} | {marginal:,.0f} "
            f"| {received:,.0f} |"
        )
    print("\nEvery run gave the plain run's report and the bytes of its --out.\n")
    print(
        f"| {args.long_lines:,} lines | input bytes/line | driver holds after the run, bytes/line "
        "| peak above that | the result pickled, bytes/line |"
    )
    print("|---|---|---|---|---|")
    for what, per_line, held, above, pickled in memory:
        print(f"| {what} | {per_line:,.0f} | {held:,.0f} | {above:.1f} MB | {pickled:,.0f} |")
    print("\n| lines | summaries unpickled/s | --out lines spliced and written/s | MB/s written |")
    print("|---|---|---|---|")
    for what, unpickled, spliced, megabytes in rates:
        print(f"| {what} | {unpickled:,.0f} | {spliced:,.0f} | {megabytes:,.0f} |")


if __name__ == "__main__":
    main()
