"""How much of the symbolic stage's work ``verifiers.expr.identity_equal`` settles on real completions, how fast.

Takes every (gold, extracted answer) pair of the real completions that the fast path (``fast.fast_compare``)
leaves undecided, and reports: the share ``identity_equal`` decides (all pairs, and pairs where neither side is a
top-level list, which is its domain), its agreement with ``symbolic.symbolic_compare`` on the decided pairs (each
disagreement listed), and per-item latency (median / p99 / max) of both. ``symbolic_compare`` runs in this process
under a ``signal.alarm`` deadline (``--deadline``, default 10 s); a pair over it counts as "timeout".

Run: ``.venv/bin/python benchmarks/bench_expr.py [--data DIR] [--limit N] [--deadline S] [--skip-symbolic]``
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import signal
import statistics
import sys
import time
from collections import Counter
from typing import Any

from openrs_rewards.verifiers import fast
from openrs_rewards.verifiers.expr import identity_equal
from openrs_rewards.verifiers.extract import extract_answer
from openrs_rewards.verifiers.normalize import normalize_answer

DEFAULT_DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "real_completions")


class _Deadline(Exception):
    pass


def undecided_pairs(data_dir: str) -> list[dict[str, str]]:
    """(file, gold text, normalised prediction) of every record the fast path cannot decide."""
    pairs: list[dict[str, str]] = []
    for path in sorted(glob.glob(os.path.join(data_dir, "*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                gold = fast.prepare_gold(record["gold"]) if isinstance(record.get("gold"), str) else None
                extracted = extract_answer(record.get("completion") or "")
                if gold is None or extracted is None or fast.fast_compare(extracted.text, gold) is not None:
                    continue
                pairs.append(
                    {
                        "file": os.path.basename(path),
                        "gold": gold.text,
                        "predicted": normalize_answer(extracted.text),
                    }
                )
    return pairs


def is_list(text: str) -> bool:
    depth = 0
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            return True
    return False


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def timed_symbolic(predicted: str, gold: str, deadline: float) -> tuple[Any, float]:
    from openrs_rewards.verifiers.symbolic import symbolic_compare

    def on_alarm(signum: int, frame: Any) -> None:
        raise _Deadline

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, deadline)
    start = time.perf_counter()
    try:
        result: Any = symbolic_compare(predicted, gold).equal
    except _Deadline:
        result = "timeout"
    except Exception as error:
        result = f"error:{type(error).__name__}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return result, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--deadline", type=float, default=10.0)
    parser.add_argument("--skip-symbolic", action="store_true")
    args = parser.parse_args()

    pairs = undecided_pairs(args.data)
    if args.limit:
        pairs = pairs[: args.limit]
    print(f"pairs the fast path leaves undecided: {len(pairs)}")

    # Cold: the first call of each pair (parse caches empty for it), as the verifier meets it.
    expr_times: list[float] = []
    for pair in pairs:
        start = time.perf_counter()
        pair["expr"] = identity_equal(pair["predicted"], pair["gold"])  # type: ignore[assignment]
        expr_times.append(time.perf_counter() - start)

    single = [pair for pair in pairs if not is_list(pair["gold"]) and not is_list(pair["predicted"])]
    decided = [pair for pair in pairs if pair["expr"] is not None]
    decided_single = [pair for pair in single if pair["expr"] is not None]
    print(
        f"identity_equal decides {len(decided)}/{len(pairs)} ({len(decided) / max(1, len(pairs)):.1%}) of all;"
    )
    print(
        f"  {len(decided_single)}/{len(single)} ({len(decided_single) / max(1, len(single)):.1%}) of the pairs "
        "where neither side is a top-level list"
    )
    print(f"  verdicts: {Counter(str(pair['expr']) for pair in pairs)}")
    print(
        "identity_equal latency (s): "
        f"median {statistics.median(expr_times):.2e}  p99 {percentile(expr_times, 0.99):.2e}  max {max(expr_times):.2e}"
    )
    union = Counter(
        str(identity_equal(pair["predicted"], pair["gold"], variables_must_match=False)) for pair in pairs
    )
    print(f"  with variables_must_match=False: {dict(union)}")
    decided_times = [t for t, pair in zip(expr_times, pairs, strict=True) if pair["expr"] is not None]
    if decided_times:
        print(
            "  on decided pairs: "
            f"median {statistics.median(decided_times):.2e}  p99 {percentile(decided_times, 0.99):.2e}"
        )
    if args.skip_symbolic:
        return 0

    symbolic_times: list[float] = []
    for pair in pairs:
        result, seconds = timed_symbolic(pair["predicted"], pair["gold"], args.deadline)
        pair["symbolic"] = result  # type: ignore[assignment]
        symbolic_times.append(seconds)
    print(
        "symbolic_compare latency (s): "
        f"median {statistics.median(symbolic_times):.2e}  p99 {percentile(symbolic_times, 0.99):.2e}  "
        f"max {max(symbolic_times):.2e}"
    )
    decided_symbolic = [t for t, pair in zip(symbolic_times, pairs, strict=True) if pair["expr"] is not None]
    if decided_symbolic:
        print(
            "  on the pairs identity_equal decides: "
            f"median {statistics.median(decided_symbolic):.2e}  p99 {percentile(decided_symbolic, 0.99):.2e}  "
            f"total {sum(decided_symbolic):.2f} s vs {sum(decided_times):.3f} s"
        )
    union_decided = [
        (pair, identity_equal(pair["predicted"], pair["gold"], variables_must_match=False))
        for pair in pairs
        if pair["expr"] is None
    ]
    union_disagreements = [
        (pair, verdict)
        for pair, verdict in union_decided
        if verdict is not None and verdict != pair["symbolic"]
    ]
    print(
        "variables_must_match=False decides "
        f"{sum(verdict is not None for _, verdict in union_decided)} more; disagreements with symbolic_compare: "
        f"{len(union_disagreements)}"
    )
    for pair, verdict in union_disagreements:
        print(
            f"  expr={verdict!s:5} symbolic={pair['symbolic']!s:7} "
            f"gold={pair['gold'][:70]!r} predicted={pair['predicted'][:70]!r}"
        )
    agreements = Counter((str(pair["expr"]), str(pair["symbolic"])) for pair in decided)
    print(f"(identity_equal, symbolic_compare) on decided pairs: {dict(agreements)}")
    disagreements = [pair for pair in decided if pair["expr"] != pair["symbolic"]]
    print(f"disagreements: {len(disagreements)}")
    for pair in disagreements:
        print(
            f"  expr={pair['expr']!s:5} symbolic={pair['symbolic']!s:7} "
            f"gold={pair['gold'][:70]!r} predicted={pair['predicted'][:70]!r}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
