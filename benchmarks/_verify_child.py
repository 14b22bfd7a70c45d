"""The measured children of ``bench_verify.py``: each runs in a fresh process and reports JSON lines on stdout.

Kept apart from the harness so that a child imports only what it measures: the harness's own modules (argparse,
importlib.metadata, dataclasses, subprocess: ~70 ms) are no part of either side's start-up. Run by the harness as
``python _verify_child.py ours MODE ITEMS TIMEOUT WORKERS LAUNCHED`` or ``... theirs ITEMS START MEMORY_GB``.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

# A few unrelated items verified after warm_up() in the warm and serial runs: all but the last are settled in the
# caller, the last (an integral) reaches the worker pool.
WARM_UP = (
    ("so \\boxed{\\frac{1}{2}}", "0.5"),
    ("so \\boxed{x^2+2x+1}", "(x+1)^2"),
    ("the answer is $\\sqrt{8}$", "2\\sqrt{2}"),
    ("\\boxed{(1, 2)}", "(1,2)"),
    ("\\boxed{m\\frac{dv}{dt}+bv=f}", "\\frac{dv}{dt}=\\frac{f-bv}{m}"),
    ("\\boxed{\\sinh(x)}", "\\frac{e^{x}-e^{-x}}{2}"),
    ("\\boxed{\\text{maximum value}}", "480"),
    ("\\boxed{\\int_0^1 t\\,dt}", "\\frac{1}{2}"),
)


# -- the children --------------------------------------------------------------------------


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record) + "\n")
    sys.stdout.flush()


def _batch_kwargs(
    verify_batch: Any, items: list[list[Any]], timeout: float, workers: int | None
) -> dict[str, Any]:
    import inspect

    kwargs: dict[str, Any] = {"timeout": timeout}
    if workers:
        kwargs["workers"] = workers
    if "truncated" in inspect.signature(verify_batch).parameters:
        kwargs["truncated"] = [i[2] for i in items]  # None: the record does not say (not False)
    return kwargs


def child_ours(mode: str, items_path: str, launched: float, timeout: float, workers: int | None) -> int:
    """``cold``: import and one verify_batch; ``warm``: warm up first; ``serial``: warm up, then verify() per item."""
    began = time.time()
    from openrs_rewards import verify, verify_batch

    imported = time.time()
    with open(items_path, encoding="utf-8") as handle:
        items = json.load(handle)
    completions = [i[0] for i in items]
    golds = [i[1] for i in items]
    if mode != "cold":
        from openrs_rewards.verifiers.guard import warm_up

        warm_up(workers)  # what a long-running user (openrs-serve, a Ray actor) does at start
        verify_batch([c for c, _ in WARM_UP], [g for _, g in WARM_UP], timeout=timeout)
    kwargs = _batch_kwargs(verify_batch, items, timeout, workers)
    if mode == "serial":
        import inspect

        takes_truncated = "truncated" in inspect.signature(verify).parameters
        latencies = []
        for completion, gold, truncated in items:
            start = time.perf_counter()
            if takes_truncated:
                verify(completion, gold, timeout=timeout, truncated=truncated)
            else:
                verify(completion, gold, timeout=timeout)
            latencies.append(time.perf_counter() - start)
        _emit({"latencies": latencies})
        return 0
    start = time.perf_counter()
    verdicts = verify_batch(completions, golds, **kwargs)
    wall = time.perf_counter() - start
    done = time.time()
    _emit(
        {
            "import_s": imported - began,
            "since_launch_s": done - launched,
            "batch_s": wall,
            "verdicts": [
                {"correct": v.correct, "status": v.status, "method": v.method, "source": v.source,
                 "seconds": v.seconds, "predicted": (v.predicted or "")[:200]}
                for v in verdicts
            ],
        }
    )  # fmt: skip
    return 0


def child_theirs(items_path: str, start: int, memory_gb: float) -> int:
    """math-verify's default call on each item from ``start``, reporting as it goes."""
    if memory_gb > 0:
        import resource

        limit = int(memory_gb * 2**30)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import logging

    began = time.time()
    logging.disable(logging.CRITICAL)  # math-verify logs every timeout; the parent records them itself
    from math_verify import parse, verify

    _emit({"imported": time.time() - began})
    with open(items_path, encoding="utf-8") as handle:
        items = json.load(handle)
    for index in range(start, len(items)):
        completion, gold = items[index][0], items[index][1]
        _emit({"start": index})
        item_began = time.perf_counter()
        predicted: str | None = None
        try:
            parsed = parse(completion)
            correct = bool(verify(parse(gold), parsed))
            status, detail = "ok", None
            predicted = str(parsed[-1])[:200] if parsed else None
        except BaseException as exc:
            correct, status, detail = False, "error", f"{type(exc).__name__}: {str(exc)[:200]}"
        _emit(
            {"index": index, "correct": correct, "seconds": time.perf_counter() - item_began, "status": status,
             "detail": detail, "predicted": predicted}
        )  # fmt: skip
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "ours":
        mode, items_path, timeout, workers, launched = sys.argv[2:7]
        sys.exit(child_ours(mode, items_path, float(launched), float(timeout), int(workers) or None))
    sys.exit(child_theirs(sys.argv[2], int(sys.argv[3]), float(sys.argv[4])))
