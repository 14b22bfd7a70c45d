"""The standard math benchmarks, shipped with the package (no download at run time).

Seven test sets, copied unchanged from public repositories (``benchmarks/SOURCES.md`` in this package names each
file's repository, path, commit and licence): AIME24, AIME25, AMC23, MATH-500, Minerva, OlympiadBench and GSM8K.

:func:`load_benchmark` returns one uniform record per problem: ``id``, ``problem``, ``gold`` (the clean final answer,
what ``openrs-score`` compares against), ``benchmark`` (the canonical name), plus every original field of the file
(``answer``, ``solution``, ``url``, ``subject``, ``level``, ...). Names are forgiving: ``aime24``, ``AIME_2024`` and
``aime-2024`` are the same benchmark, as are ``math500`` and ``MATH-500``. A path to a JSON Lines file of your own
loads the same way (its benchmark name is the file's stem).

Example:
    >>> from openrs_rewards.data import list_benchmarks, load_benchmark
    >>> list_benchmarks()
    ['aime24', 'aime25', 'amc23', 'gsm8k', 'math500', 'minerva', 'olympiadbench']
    >>> problems = load_benchmark("AIME_2024")
    >>> len(problems), problems[0]["benchmark"], problems[0]["gold"]
    (30, 'aime24', '204')
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from openrs_rewards.verifiers.extract import extract_gold

__all__ = [
    "BENCHMARK_ALIASES",
    "BenchmarkError",
    "BenchmarkInfo",
    "UnknownBenchmarkError",
    "benchmark_info",
    "list_benchmarks",
    "load_benchmark",
    "resolve_benchmark",
    "sources_text",
]

#: Other spellings of the shipped benchmarks, after lower-casing and removing ``-``, ``_``, ``.`` and spaces.
BENCHMARK_ALIASES: dict[str, str] = {
    "aime2024": "aime24",
    "aime2025": "aime25",
    "amc2023": "amc23",
    "amc": "amc23",
    "math": "math500",
    "minervamath": "minerva",
    "olympiad": "olympiadbench",
    "olympiadbenchmath": "olympiadbench",
    "gsm": "gsm8k",
}


class BenchmarkError(ValueError):
    """A benchmark file that cannot be loaded; the message names the file, the line and the field."""


class UnknownBenchmarkError(BenchmarkError, LookupError):
    """A benchmark name that is neither shipped nor a path to a JSON Lines file; the message lists the known ones."""


@dataclass(frozen=True)
class BenchmarkInfo:
    """What ``SOURCES.md`` says about one shipped benchmark."""

    name: str
    count: int
    repo: str
    path: str
    commit: str
    license: str
    notes: str


def _data_dir() -> Path:
    return Path(str(resources.files("openrs_rewards.data").joinpath("benchmarks")))


def _squash(name: str) -> str:
    return re.sub(r"[\s_.\-]+", "", name.strip().lower())


def list_benchmarks() -> list[str]:
    """The canonical names of the shipped benchmarks, sorted."""
    return sorted(path.stem for path in _data_dir().glob("*.jsonl"))


def resolve_benchmark(name: str) -> str:
    """The canonical name for ``name`` (any case; ``-``, ``_`` and spaces ignored; aliases such as ``aime_2024``).

    Raises :class:`UnknownBenchmarkError`, listing the known names, when there is no such benchmark.
    """
    known = list_benchmarks()
    squashed = _squash(name)
    by_squashed = {_squash(k): k for k in known}
    if squashed in by_squashed:
        return by_squashed[squashed]
    alias = BENCHMARK_ALIASES.get(squashed)
    if alias in known:
        return alias
    raise UnknownBenchmarkError(
        f"unknown benchmark {name!r}; the shipped benchmarks are {', '.join(known)} "
        "(aliases such as aime_2024 or math-500 work too), or give a path to a .jsonl file of your own"
    )


def sources_text() -> str:
    """The shipped ``SOURCES.md``: each benchmark's repository, path, commit and licence."""
    return (_data_dir() / "SOURCES.md").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _source_table() -> dict[str, BenchmarkInfo]:
    table: dict[str, BenchmarkInfo] = {}
    for line in sources_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 7 or not cells[0].endswith(".jsonl"):
            continue
        name = cells[0][: -len(".jsonl")]
        try:
            count = int(cells[1])
        except ValueError:
            continue
        table[name] = BenchmarkInfo(
            name=name,
            count=count,
            repo=cells[2],
            path=cells[3].strip("`"),
            commit=cells[4].strip("`"),
            license=cells[5],
            notes=cells[6],
        )
    return table


def benchmark_info(name: str) -> BenchmarkInfo:
    """Where a shipped benchmark comes from (repository, path, commit), its licence and its problem count."""
    canonical = resolve_benchmark(name)
    try:
        return _source_table()[canonical]
    except KeyError:
        raise BenchmarkError(f"SOURCES.md has no row for {canonical}.jsonl") from None


def _derive_gold(record: dict[str, Any]) -> str | None:
    """The clean final answer of one benchmark record.

    ``answer`` when the file has one (every shipped file does); else OlympiadBench's ``final_answer`` list joined
    with ``", "``; else the answer inside a worked ``solution`` (its last ``\\boxed{}``, or GSM8K's ``#### x``).
    """
    answer = record.get("answer")
    if isinstance(answer, (int, float)) and not isinstance(answer, bool):
        return str(answer)
    if isinstance(answer, str) and answer.strip():
        return answer.strip()
    final = record.get("final_answer")
    if isinstance(final, list) and final and all(isinstance(part, str) for part in final):
        joined = ", ".join(part.strip().strip("$").strip() for part in final)
        if joined.strip(", "):
            return joined
    if isinstance(final, str) and final.strip():
        return final.strip().strip("$").strip()
    solution = record.get("solution")
    if isinstance(solution, str) and solution.strip():
        gold = extract_gold(solution)
        if gold is not None and "####" in solution:
            gold = gold.replace(",", "")  # GSM8K writes thousands with commas
        return gold
    return None


def _read_jsonl(path: Path, benchmark: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BenchmarkError(f"cannot read {path}: {exc.strerror or exc}") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            original = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BenchmarkError(f"{where}: not valid JSON: {exc.msg} at column {exc.colno}") from None
        if not isinstance(original, dict):
            raise BenchmarkError(f"{where}: expected a JSON object, got {type(original).__name__}")
        problem = original.get("problem", original.get("question"))
        if not isinstance(problem, str) or not problem.strip():
            raise BenchmarkError(f"{where}: field 'problem' is missing or empty")
        gold = _derive_gold(original)
        if gold is None:
            raise BenchmarkError(
                f"{where}: no gold answer: fields 'answer', 'final_answer' and 'solution' are missing or empty"
            )
        raw_id = original.get("id", original.get("unique_id"))
        problem_id = str(raw_id) if raw_id is not None and str(raw_id).strip() else f"{benchmark}-{number}"
        if problem_id in seen:
            raise BenchmarkError(f"{where}: field 'id' {problem_id!r} repeats line {seen[problem_id]}")
        seen[problem_id] = number
        records.append(
            {**original, "id": problem_id, "problem": problem, "gold": gold, "benchmark": benchmark}
        )
    return records


@lru_cache(maxsize=16)
def _load_shipped(canonical: str) -> tuple[dict[str, Any], ...]:
    return tuple(_read_jsonl(_data_dir() / f"{canonical}.jsonl", canonical))


def load_benchmark(name: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Every problem of a benchmark, in file order, as uniform records.

    Each record is the file's original fields plus ``id`` (str), ``problem``, ``gold`` (the clean answer) and
    ``benchmark`` (the canonical name). ``name`` is a shipped benchmark (see :func:`list_benchmarks`; aliases
    accepted) or a path to a JSON Lines file with ``problem`` and ``answer`` (or ``solution``) fields.

    Raises :class:`UnknownBenchmarkError` for an unknown name (the message lists the known ones) and
    :class:`BenchmarkError`, naming file, line and field, for a malformed file.

    Example:
        >>> [r["gold"] for r in load_benchmark("gsm8k")[:3]]
        ['18', '3', '70000']
    """
    text = os.fspath(name)
    path = Path(text).expanduser()
    if text.endswith((".jsonl", ".json")) or os.sep in text:
        if not path.is_file():
            raise UnknownBenchmarkError(f"benchmark file not found: {text}")
        return _read_jsonl(path, path.stem)
    # Fresh dicts each call, so a caller mutating a record never changes the cached copy.
    return [dict(record) for record in _load_shipped(resolve_benchmark(text))]
