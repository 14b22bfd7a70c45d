"""Helpers for tests/test_score_ray.py: a prediction file made from the shipped examples with variants and bad lines
mixed in, and an actor that kills itself once, mid-run."""

from __future__ import annotations

import json
import os
import random
import re
import signal
from pathlib import Path
from typing import Any

from openrs_rewards.scoring.ray_scoring import RecordScorer

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "preds.jsonl"
BOXED = re.compile(r"\\boxed\{([^{}]*)\}")

# One of each kind of line that cannot be scored (bytes: one is not UTF-8), and a blank one.
BAD_LINES = (
    b"",
    b"   ",
    b'{"id": "broken", "completion": "so 4"',
    b'\xff\xfe{"id": "latin", "completion": "\xe9", "gold": "1"}',
    b"[1, 2, 3]",
    b'{"id": "nogold", "completion": "so \\\\boxed{4}"}',
    b'{"id": "nullgold", "completion": "so \\\\boxed{4}", "gold": null}',
    b'{"id": "numcompletion", "completion": 4, "gold": "4"}',
    b'{"completion": "so \\\\boxed{4}", "gold": NaN}',
)


def example_objects() -> list[dict[str, Any]]:
    return [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _variant(base: dict[str, Any], rng: random.Random, number: int) -> dict[str, Any]:
    """A record like ``base``: its completion's ending (where the answer is), sometimes with the boxed answer
    changed, the gold sometimes a JSON number, several samples per problem, three models and two benchmarks (six
    reward chunks), some without an id."""
    record = dict(base)
    completion = str(base["completion"])
    record["completion"] = completion[-rng.randint(200, 900) :]
    if rng.random() < 0.3:
        record["completion"] = BOXED.sub(
            lambda m: "\\boxed{" + str(rng.randint(0, 99)) + "}", record["completion"]
        )
    if rng.random() < 0.2 and re.fullmatch(r"-?\d+", str(base["gold"])):
        record["gold"] = int(base["gold"])
    record["id"] = f"{base['id']}/{number % 1500}"
    record["model"] = f"model-{number % 3}"
    record["benchmark"] = f"{base['benchmark']}-{'ab'[number % 2]}"
    if rng.random() < 0.05:
        record["finish_reason"] = "length"
    if rng.random() < 0.02:
        del record["id"]  # a problem of its own, keyed by its line
    record.pop("source", None)
    return record


def generated_lines(count: int, seed: int = 12) -> list[bytes]:
    """``count`` lines: variants of the shipped examples, with about 2% bad or blank lines mixed in."""
    rng = random.Random(seed)
    bases = example_objects()
    lines: list[bytes] = []
    for number in range(count):
        if rng.random() < 0.02:
            lines.append(rng.choice(BAD_LINES))
        else:
            variant = _variant(rng.choice(bases), rng, number)
            lines.append(json.dumps(variant, ensure_ascii=False).encode("utf-8"))
    return lines


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


class SelfKillingScorer(RecordScorer):
    """The real actor, except that the first batch holding line ``KILL_LINE`` (of any file) kills its process with
    SIGKILL, once: the first actor to get there writes its pid to ``MARKER`` (created exclusively), then dies."""

    KILL_LINE = 0
    MARKER = ""

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        if self.KILL_LINE in {int(line) for line in batch["line"]}:
            try:
                handle = os.open(self.MARKER, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                pass  # the retry, after the kill
            else:
                os.write(handle, str(os.getpid()).encode())
                os.close(handle)
                os.kill(os.getpid(), signal.SIGKILL)
        return super().__call__(batch)


def position_reward(completions: list[str], **_: Any) -> list[float]:
    """Each completion's position in the call: two runs give the same values only when they call the reward with
    the same completions in the same order (problem by problem, as the chunk order puts them)."""
    return [float(position) for position in range(len(completions))]
