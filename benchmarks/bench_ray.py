"""Lines per second of ``openrs-score --ray`` with 1, 2 and 4 actors, next to the run without Ray on the same input,
and the fixed start-up cost.

The input: ``--lines`` lines (default 20,000) made from the real completions in ``examples/preds.jsonl``: each line
is one example with its completion cut to its last 200-900 characters (where the answer is), its boxed answer
sometimes changed, ids giving several samples per problem, three models and two benchmarks. Every run scores the
same file with the same options and rewards (``format``, ``length``) and must give the same report and ``--out``
lines as the plain run (checked; the script stops otherwise).

What is measured, each a single wall-clock run (the machine is shared: repeat when a number matters):

- plain: :func:`openrs_rewards.scoring.pipeline.score` with one verifier worker per CPU.
- Ray start: starting a local Ray (``ray.init(address="local")``), paid once per ``openrs-score --ray``.
- for each actor count, a run on the example's 80 lines (the fixed cost: the dataset plan, starting and warming the
  actors, collecting, the reward tasks) and a run on the whole input; ``lines/s`` is lines / wall time of the whole
  run, ``marginal lines/s`` is (lines - 80) / (whole - fixed): the rate once the actors are up.

Run by hand (not a test):  python benchmarks/bench_ray.py [--lines 20000] [--actors 1,2,4] [--keep FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import random
import re
import tempfile
import time
from pathlib import Path

from openrs_rewards.scoring.pipeline import ScoreResult, score, verdict_lines
from openrs_rewards.scoring.ray_scoring import RayRun, plan_actors, score_on_ray

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "preds.jsonl"
BOXED = re.compile(r"\\boxed\{([^{}]*)\}")
REWARDS = ["format", "length"]


def make_input(path: Path, lines: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    bases = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(lines):
            record = dict(rng.choice(bases))
            record.pop("source", None)
            record["completion"] = str(record["completion"])[-rng.randint(200, 900) :]
            if rng.random() < 0.3:
                record["completion"] = BOXED.sub(
                    lambda _: "\\boxed{" + str(rng.randint(0, 99)) + "}", record["completion"]
                )
            record["id"] = f"{record['id']}/{number % 1500}"
            record["model"] = f"model-{number % 3}"
            record["benchmark"] = f"{record['benchmark']}-{'ab'[number % 2]}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def same(result: ScoreResult, plain: ScoreResult) -> bool:
    return result.to_json() == plain.to_json() and list(verdict_lines(result)) == list(verdict_lines(plain))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=20_000)
    parser.add_argument("--actors", default="1,2,4", help="comma-separated actor counts")
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
        cpus = os.cpu_count() or 1
        print(f"input: {args.lines:,} lines, {size / 1e6:.1f} MB; {cpus} CPUs; {platform.python_version()}")

        started = time.perf_counter()
        plain = score(str(path), rewards=REWARDS)
        plain_seconds = time.perf_counter() - started
        small = score(str(EXAMPLES), rewards=REWARDS)

        started = time.perf_counter()
        ray.init(address="local", include_dashboard=False, logging_level=logging.WARNING)
        ray_start = time.perf_counter() - started
        rows = []
        try:
            for actors in counts:
                run = RayRun(plan=plan_actors(1, 1), files=[])
                started = time.perf_counter()
                fixed_result = score_on_ray(str(EXAMPLES), rewards=REWARDS, actors=actors)
                fixed = time.perf_counter() - started
                started = time.perf_counter()
                result = score_on_ray(str(path), rewards=REWARDS, actors=actors, run=run)
                whole = time.perf_counter() - started
                if not (same(result, plain) and same(fixed_result, small)):
                    raise SystemExit(f"{actors} actor(s): the report or --out differs from the plain run")
                marginal = (args.lines - 80) / max(whole - fixed, 1e-9)
                rows.append((actors, run.plan.cpus_per_actor, fixed, whole, args.lines / whole, marginal))
        finally:
            ray.shutdown()

    print(
        f"\nplain run (no Ray, {cpus} verifier workers): {plain_seconds:.1f} s, {args.lines / plain_seconds:,.0f} lines/s"
    )
    print(f"starting a local Ray: {ray_start:.1f} s (once per openrs-score --ray run)\n")
    print("| actors | CPUs each | fixed cost (80 lines) | whole run | lines/s | marginal lines/s |")
    print("|---|---|---|---|---|---|")
    for actors, share, fixed, whole, rate, marginal in rows:
        print(f"| {actors} | {share:g} | {fixed:.1f} s | {whole:.1f} s | {rate:,.0f} | {marginal:,.0f} |")
    print("\nEvery run gave the plain run's report and --out lines.")


if __name__ == "__main__":
    main()
