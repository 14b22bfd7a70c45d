"""Resuming ``openrs-eval``: what an existing output file holds, and the lock that keeps two runs out of one file.

The existing ``--out`` file is read first; the finished ``(benchmark, id, sample)`` keys are skipped and only the
missing samples are generated. A partial last line left by a kill is cut off before appending. The ``generation``
settings stored on every line must match the run's (:meth:`SamplingSettings.fingerprint`), else
:class:`~openrs_rewards.trainer_glue.eval_config.ResumeError` names the file, the line and the field.

>>> read_existing("no-such-file.jsonl", {}, n=1).count()
0
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from openrs_rewards.trainer_glue.eval_config import EvalError, ResumeError

__all__ = ["ExistingPredictions", "exclusive_writer", "read_existing"]


@dataclass
class ExistingPredictions:
    """What an existing output file already holds."""

    done: dict[tuple[str, str], set[int]] = field(default_factory=dict)  # (benchmark, id) -> finished samples
    lines: int = 0
    repaired_bytes: int = 0  # size of a partial last line that was cut off

    def count(self) -> int:
        return sum(len(samples) for samples in self.done.values())


_REQUIRED = ("id", "benchmark", "model", "sample", "completion", "generation")


def _describe_mismatch(found: dict[str, Any], wanted: dict[str, Any]) -> str:
    parts = []
    for key in sorted(set(found) | set(wanted)):
        if found.get(key) != wanted.get(key):
            parts.append(f"{key} {found.get(key)!r} (now {wanted.get(key)!r})")
    return ", ".join(parts)


def read_existing(
    path: str | os.PathLike[str], fingerprint: dict[str, Any], n: int, *, repair: bool = True
) -> ExistingPredictions:
    """Read an output file to resume: finished keys; a partial last line (from a kill) is cut off when ``repair``.

    Raises :class:`ResumeError`, naming the file, the line and the field, when a complete line is damaged, lacks a
    field, repeats a key, has a sample index ``>= n``, or was generated with other settings than ``fingerprint``.
    """
    target = Path(path)
    existing = ExistingPredictions()
    if not target.exists():
        return existing
    data = target.read_bytes()
    body = data
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        tail = data[cut:]
        try:
            json.loads(tail.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            # A kill in the middle of a write: the partial line's sample is simply generated again.
            if repair:
                with target.open("r+b") as handle:
                    handle.truncate(cut)
            existing.repaired_bytes = len(tail)
            body = data[:cut]
        else:
            if repair:  # a complete last line that only lacks its newline
                with target.open("ab") as handle:
                    handle.write(b"\n")
            body = data + b"\n"
    where_file = os.fspath(path)
    seen: dict[tuple[str, str, int], int] = {}
    for number, raw in enumerate(body.split(b"\n")[:-1] if body else [], start=1):
        if not raw.strip():
            continue
        where = f"{where_file}:{number}"
        try:
            record = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ResumeError(
                f"{where}: not valid JSON ({exc}); fix or delete that line, or start over with --overwrite"
            ) from None
        if not isinstance(record, dict):
            raise ResumeError(
                f"{where}: expected a JSON object; start over with --overwrite or another --out"
            )
        for name in _REQUIRED:
            if name not in record:
                raise ResumeError(
                    f"{where}: field {name!r} is missing, so this file was not written by openrs-eval; "
                    "use another --out, or --overwrite to replace it"
                )
        sample = record["sample"]
        if not isinstance(sample, int) or isinstance(sample, bool) or sample < 0:
            raise ResumeError(f"{where}: field 'sample' must be a non-negative integer, got {sample!r}")
        settings = {
            "model": record["model"],
            **(record["generation"] if isinstance(record["generation"], dict) else {}),
        }
        if settings != fingerprint:
            raise ResumeError(
                f"{where}: this file was generated with other settings: {_describe_mismatch(settings, fingerprint)}; "
                "rerun with the same settings to resume, use another --out, or --overwrite to start over"
            )
        if sample >= n:
            raise ResumeError(
                f"{where}: field 'sample' is {sample} but --n is {n}: the file already holds more samples per "
                f"problem; rerun with --n {sample + 1} or more, or --overwrite to start over"
            )
        key = (str(record["benchmark"]), str(record["id"]), sample)
        if key in seen:
            raise ResumeError(
                f"{where}: sample {sample} of {key[0]}/{key[1]} repeats line {seen[key]} "
                "(were two runs writing this file at once?); remove one of them or --overwrite"
            )
        seen[key] = number
        existing.done.setdefault((key[0], key[1]), set()).add(sample)
        existing.lines += 1
    return existing


@contextlib.contextmanager
def exclusive_writer(handle: IO[str], path: str) -> Iterator[None]:
    """Refuse to run two evaluations into one file at once (their samples would repeat)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise EvalError(f"{path} is being written by another openrs-eval run") from None
    try:
        yield
    finally:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
