"""Labelled accuracy of openrs-rewards against math-verify on the benchmark reference solutions.

Every benchmark record with a worked reference solution gives one labelled *positive* pair (its solution as the
completion, its own gold answer) and one labelled *negative* pair (the same solution against the gold answer of
another problem of the same benchmark whose answer text differs). Both verifiers score the same pairs in one run;
the script prints, per benchmark and overall, the recall on positives, the false-positive rate on negatives and the
accuracy over both, and writes the pairs each side got wrong with ``--errors PATH``.

Run by hand (not a test):  python benchmarks/bench_accuracy.py [--limit 200] [--errors errors.jsonl]

Label noise: a "negative" can be a true match when two problems share an answer written differently (``0.5`` and
``\\frac12``); the script skips pairs whose answers are equal after removing spaces, and reports the rest as they are.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import re
import time
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "src" / "openrs_rewards" / "data" / "benchmarks"
FALLBACK_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "benchmarks"
BENCHMARKS = ("math500", "minerva", "olympiadbench", "aime24", "gsm8k")


def load_pairs(limit: int | None, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    pairs: list[dict[str, Any]] = []
    for name in BENCHMARKS:
        path = (
            DATA / f"{name}.jsonl" if (DATA / f"{name}.jsonl").exists() else FALLBACK_DATA / f"{name}.jsonl"
        )
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        rows = [r for r in rows if r.get("solution") and str(r.get("answer", "")).strip()]
        if limit is not None and len(rows) > limit:
            rows = rng.sample(rows, limit)
        for i, row in enumerate(rows):
            gold = str(row["answer"])
            pairs.append(
                {
                    "benchmark": name,
                    "id": row["id"],
                    "completion": row["solution"],
                    "gold": gold,
                    "label": True,
                }
            )
            for _ in range(20):
                other = rows[rng.randrange(len(rows))]
                other_gold = str(other["answer"])
                if other is not rows[i] and re.sub(r"\s+", "", other_gold) != re.sub(r"\s+", "", gold):
                    pairs.append(
                        {
                            "benchmark": name,
                            "id": f"{row['id']}~{other['id']}",
                            "completion": row["solution"],
                            "gold": other_gold,
                            "label": False,
                        }
                    )
                    break
    return pairs


def _math_verify_one(args: tuple[str, str]) -> bool:
    from math_verify import parse, verify

    completion, gold = args
    try:
        return bool(verify(parse(gold), parse(completion)))
    except Exception:
        return False


def run_math_verify(pairs: list[dict[str, Any]], item_limit: float) -> tuple[list[bool], float]:
    """math-verify's default single-process loop, in a child whose main thread owns its signal-based timeouts.

    Each item is also bounded from outside (``item_limit`` seconds) so that a hang cannot stall the benchmark.
    """
    results: list[bool] = []
    start = time.perf_counter()
    with mp.get_context("fork").Pool(1, maxtasksperchild=None) as pool:
        for pair in pairs:
            job = pool.apply_async(_math_verify_one, ((pair["completion"], pair["gold"]),))
            try:
                results.append(job.get(timeout=item_limit))
            except mp.TimeoutError:
                results.append(False)
                pool.terminate()
                pool = mp.get_context("fork").Pool(1)
    return results, time.perf_counter() - start


def summarise(name: str, labels: list[bool], predicted: list[bool]) -> dict[str, float | int | str]:
    positives = [p for lab, p in zip(labels, predicted, strict=True) if lab]
    negatives = [p for lab, p in zip(labels, predicted, strict=True) if not lab]
    correct = sum(lab == p for lab, p in zip(labels, predicted, strict=True))
    return {
        "verifier": name,
        "pairs": len(labels),
        "recall": sum(positives) / max(1, len(positives)),
        "false_positive_rate": sum(negatives) / max(1, len(negatives)),
        "false_positives": sum(negatives),
        "accuracy": correct / max(1, len(labels)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="records per benchmark (seeded sample)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=1.0, help="openrs-rewards per-item deadline")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--skip-math-verify", action="store_true")
    parser.add_argument("--errors", type=Path, default=None, help="write the misjudged pairs here (JSONL)")
    args = parser.parse_args()

    import openrs_rewards

    pairs = load_pairs(args.limit, args.seed)
    labels = [p["label"] for p in pairs]
    print(f"{len(pairs)} labelled pairs ({sum(labels)} positive) from {', '.join(BENCHMARKS)}")

    start = time.perf_counter()
    verdicts = openrs_rewards.verify_batch(
        [p["completion"] for p in pairs],
        [p["gold"] for p in pairs],
        timeout=args.timeout,
        workers=args.workers,
    )
    ours_seconds = time.perf_counter() - start
    ours = [v.correct for v in verdicts]

    mv: list[bool] | None = None
    mv_seconds = float("nan")
    if not args.skip_math_verify:
        mv, mv_seconds = run_math_verify(pairs, item_limit=10.0)

    rows = []
    for bench in (*BENCHMARKS, "all"):
        idx = [i for i, p in enumerate(pairs) if bench in ("all", p["benchmark"])]
        lab = [labels[i] for i in idx]
        rows.append({"benchmark": bench, **summarise("openrs-rewards", lab, [ours[i] for i in idx])})
        if mv is not None:
            rows.append({"benchmark": bench, **summarise("math-verify 0.9.0", lab, [mv[i] for i in idx])})
    header = f"{'benchmark':<14}{'verifier':<20}{'pairs':>6}{'recall':>9}{'FPR':>8}{'FP':>5}{'accuracy':>10}"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(
            f"{r['benchmark']:<14}{r['verifier']:<20}{r['pairs']:>6}{r['recall']:>9.3f}"
            f"{r['false_positive_rate']:>8.3f}{r['false_positives']:>5}{r['accuracy']:>10.3f}"
        )
    print(f"wall time: openrs-rewards {ours_seconds:.1f} s, math-verify {mv_seconds:.1f} s")

    if args.errors is not None:
        with args.errors.open("w", encoding="utf-8") as fh:
            for i, pair in enumerate(pairs):
                if ours[i] != pair["label"] or (mv is not None and mv[i] != pair["label"]):
                    record = {k: v for k, v in pair.items() if k != "completion"}
                    record["completion_tail"] = pair["completion"][-300:]
                    record["ours"] = ours[i]
                    record["ours_status"] = verdicts[i].status
                    record["ours_predicted"] = verdicts[i].predicted
                    record["math_verify"] = None if mv is None else mv[i]
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
