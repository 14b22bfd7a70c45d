"""Scoring a predictions file, start to end: read, verify, run the rewards, summarise. What ``openrs-score`` and
``openrs-eval`` print is made here; the command-line tools only parse arguments and print.

>>> result = score([{"id": "q1", "completion": "so \\\\boxed{7}", "gold": "7"},
...                 {"id": "q1", "completion": "so \\\\boxed{8}", "gold": "7"}], workers=1)
>>> result.counts
{'total': 2, 'scored': 2, 'bad': 0, 'blank': 0}
>>> result.ks, result.summaries[0].accuracy
([1, 2], 0.5)
>>> [v.status for v in result.verdicts.values()]
['correct', 'incorrect']

:func:`score` takes a path (``"-"`` for standard input), an open binary or text stream, or records: JSON objects
(dicts) or :class:`~openrs_rewards.scoring.records.Record` objects. Bad lines never stop it: each becomes an input
error naming the file, line and field, and everything else is scored. A reward that fails gives ``None`` on its
chunk and a reward error; a reward that is ``async`` is awaited (rewards are called through
:func:`~openrs_rewards.rewards.calling.call_reward`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from openrs_rewards.scoring.records import (
    DEFAULT_FIELDS,
    FieldNames,
    Record,
    problem_key,
    read_records,
    record_from_object,
)
from openrs_rewards.scoring.report import GroupSummary, Sample, format_table, summarize, to_json
from openrs_rewards.scoring.rewards import run_reward
from openrs_rewards.verifiers.api import verify_batch
from openrs_rewards.verifiers.options import DEFAULT_OPTIONS, VerifyOptions
from openrs_rewards.verifiers.verdict import Verdict

__all__ = [
    "InputError",
    "RewardSpecError",
    "ScoreResult",
    "check_writable",
    "default_ks",
    "load_rewards",
    "score",
    "write_verdicts",
]

Source = str | os.PathLike[str] | IO[bytes] | IO[str] | Iterable[Mapping[str, Any] | Record]


class InputError(ValueError):
    """The predictions cannot be read at all (a missing or unreadable file)."""


class RewardSpecError(ValueError):
    """A reward spec that cannot be used: malformed, unknown, broken, or given twice."""

    def __init__(self, spec: str, reason: str) -> None:
        super().__init__(f"reward {spec!r}: {reason}")
        self.spec = spec
        self.reason = reason


# -- rewards ----------------------------------------------------------------------------------------------------


def load_rewards(rewards: Iterable[Any]) -> list[tuple[str, Any]]:
    """``(label, reward)`` for each of ``rewards``: a spec (``"cosine(max_len=3584)"``, built by the registry and
    labelled with its normalised spec), a ``(label, reward)`` pair, or a reward callable (labelled by its
    ``__name__``). Raises :class:`RewardSpecError` for a spec that cannot be built or a label given twice.

    >>> [label for label, _ in load_rewards(["format", "cosine( max_len = 100 )"])]
    ['format', 'cosine(max_len=100)']
    """
    from openrs_rewards import plugins
    from openrs_rewards.rewards.calling import reward_label

    loaded: list[tuple[str, Any]] = []
    for item in rewards:
        shown = item if isinstance(item, str) else repr(item)
        if isinstance(item, str):
            try:
                label = str(plugins.parse_spec(item))
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", plugins.PluginWarning)  # the PluginError says it all
                    reward = plugins.get_reward(item)
            except plugins.PluginError as exc:
                raise RewardSpecError(item, str(exc)) from None
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
            label, reward = item
        elif callable(item):
            label, reward = reward_label(item), item
        else:
            raise RewardSpecError(shown, "not a reward spec, a (label, reward) pair or a reward callable")
        if any(label == seen for seen, _ in loaded):
            raise RewardSpecError(shown, f"given twice (as {label!r})")
        loaded.append((label, reward))
    return loaded


# -- input ------------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _open(path: str | os.PathLike[str]) -> Iterator[tuple[IO[bytes] | IO[str], str]]:
    if str(path) == "-":
        buffer = getattr(sys.stdin, "buffer", None)
        yield (buffer if buffer is not None else sys.stdin), "<stdin>"
        return
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; bytes so each line is decoded on its own
    except OSError as exc:
        raise InputError(f"cannot read {os.fspath(path)}: {exc.strerror or exc}") from None
    with handle:
        yield handle, os.fspath(path)


def _read(source: Source, fields: FieldNames, name: str | None) -> tuple[list[Record], str]:
    if isinstance(source, (str, os.PathLike)):
        with _open(source) as (stream, opened):
            return list(read_records(stream, name=name or opened, fields=fields)), name or opened
    if hasattr(source, "read"):
        shown = name or str(getattr(source, "name", "<stream>"))
        return list(read_records(source, name=shown, fields=fields)), shown  # type: ignore[arg-type]
    shown = name or "<records>"
    records: list[Record] = []
    for number, item in enumerate(source, start=1):
        if isinstance(item, Record):
            records.append(item)
        elif isinstance(item, Mapping):
            records.append(record_from_object(number, dict(item), shown, fields))
        else:
            records.append(
                Record(
                    number,
                    raw=repr(item),
                    error=f"{shown}:{number}: expected a JSON object, got {type(item).__name__}",
                )
            )
    return records, shown


def default_ks(records: Iterable[Record]) -> list[int]:
    """The k reported when none are asked for: 1, plus the smallest number of samples per problem when every
    problem has several.

    >>> from openrs_rewards.scoring.records import read_records
    >>> default_ks(read_records([b'{"id": "a", "completion": "", "gold": "1"}'] * 3))
    [1, 3]
    """
    sizes: dict[object, int] = {}
    for record in records:
        key = problem_key(record)
        sizes[key] = sizes.get(key, 0) + 1
    smallest = min(sizes.values(), default=1)
    return [1] if smallest < 2 else [1, smallest]


# -- the result -------------------------------------------------------------------------------------------------


@dataclass
class ScoreResult:
    """Everything a scoring run found: per line (records, verdicts, reward values) and per group (summaries)."""

    input_name: str
    records: list[Record]  # one per input line, blank and bad ones included
    verdicts: dict[int, Verdict]  # record index -> verdict, for the scoreable records
    ks: list[int]
    summaries: list[GroupSummary]
    samples: list[Sample]  # the scoreable records with their verdicts and reward values, in input order
    reward_labels: list[str] = field(default_factory=list)
    # record index -> reward label -> value, for the scoreable records
    reward_values: dict[int, dict[str, float | None]] = field(default_factory=dict)
    # {"line", "field", "error"} per line that cannot be scored
    input_errors: list[dict[str, Any]] = field(default_factory=list)
    reward_errors: list[str] = field(default_factory=list)
    reward_warnings: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Lines in all, scored, bad (not scoreable) and blank."""
        return {
            "total": len(self.records),
            "scored": len(self.samples),
            "bad": len(self.input_errors),
            "blank": sum(r.blank for r in self.records),
        }

    def to_json(self) -> str:
        """The machine-readable report (``openrs-score --json``)."""
        return to_json(
            self.summaries,
            ks=self.ks,
            reward_labels=self.reward_labels,
            input_name=self.input_name,
            counts=self.counts,
            input_errors=self.input_errors,
            reward_errors=self.reward_errors,
        )

    def to_text(self, width: int = 110) -> str:
        """The plain-text report: a line of counts, then the table (``openrs-score``)."""
        counts = self.counts
        header = f"{self.input_name}: {counts['total']} lines, {counts['scored']} scored, {counts['bad']} bad"
        header += f", {counts['blank']} blank (ignored)" if counts["blank"] else ""
        return header + "\n\n" + format_table(self.summaries, self.ks, self.reward_labels, width=width)

    def exit_status(self, *, strict: bool = False) -> int:
        """``openrs-score``'s exit status: 1 when no line could be scored (an empty file included), or with
        ``strict`` when a line was bad or a reward failed; else 0."""
        if not self.samples:
            return 1
        return 1 if strict and (self.input_errors or self.reward_errors) else 0


# -- output -----------------------------------------------------------------------------------------------------


def check_writable(path: str | os.PathLike[str], what: str = "output") -> None:
    """Raise ``ValueError`` (naming ``what`` and the reason) when ``path`` cannot be written: its folder is missing
    or not writable, or it is a folder. The tools check their output paths before scoring, so a typo costs nothing.

    >>> check_writable("/no/such/folder/report.png", "the plot")
    Traceback (most recent call last):
    ...
    ValueError: cannot write the plot /no/such/folder/report.png: the folder /no/such/folder does not exist
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ValueError(f"cannot write {what} {os.fspath(path)}: it is a folder")
    if not folder.is_dir():
        raise ValueError(f"cannot write {what} {os.fspath(path)}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise ValueError(f"cannot write {what} {os.fspath(path)}: permission denied")


def _out_line(record: Record, verdict: Verdict | None, rewards: dict[str, float | None] | None) -> str:
    if record.blank:
        return ""
    data: dict[str, Any] = dict(record.fields) if record.fields is not None else {}
    if record.fields is None and record.raw is not None:
        data["raw"] = record.raw
    if verdict is None:
        data.update(
            correct=False, status="error", predicted=None, method=None, source=None, error=record.error
        )
    else:
        data.update(
            correct=verdict.correct,
            status=verdict.status,
            predicted=verdict.predicted,
            method=verdict.method,
            source=verdict.source,
        )
        if verdict.detail is not None:
            data["detail"] = verdict.detail
    if rewards is not None:
        data["rewards"] = rewards
    return json.dumps(data, ensure_ascii=False)


def write_verdicts(result: ScoreResult, path: str | os.PathLike[str]) -> None:
    """Write one line per input line (``openrs-score --out``): its fields plus ``correct``, ``status``,
    ``predicted``, ``method``, ``source`` (and ``detail``, ``error``, ``rewards`` when there are any). Written to a
    temporary file renamed into place, so a failure never leaves half a file; raises :class:`OSError`.
    """
    target = Path(path)
    labels = result.reward_labels
    empty: dict[str, float | None] | None = dict.fromkeys(labels) if labels else None
    directory = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for index, record in enumerate(result.records):
                values = result.reward_values.get(index, empty) if labels and not record.blank else None
                handle.write(_out_line(record, result.verdicts.get(index), values) + "\n")
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


# -- scoring ----------------------------------------------------------------------------------------------------


def score(
    records_or_path: Source,
    *,
    options: VerifyOptions | None = None,
    rewards: Iterable[Any] = (),
    ks: Sequence[int] | None = None,
    fields: FieldNames = DEFAULT_FIELDS,
    workers: int | None = None,
    progress: bool = False,
    name: str | None = None,
) -> ScoreResult:
    """Read, verify, run the rewards and summarise.

    Args:
        records_or_path: a path (``"-"``: standard input), an open stream of JSON Lines, or records (dicts or
            :class:`~openrs_rewards.scoring.records.Record`).
        options: the verifier's options (default :data:`~openrs_rewards.verifiers.options.DEFAULT_OPTIONS`).
        rewards: reward specs, ``(label, reward)`` pairs or reward callables (see :func:`load_rewards`).
        ks: the k of pass@k and maj@k (default: :func:`default_ks`).
        fields: the field names of each role.
        workers: verifier worker processes (default: one per CPU).
        progress: draw a progress counter on standard error while verifying.
        name: the input's name in messages and the report (default: the path, ``<stdin>``, ``<records>``).

    Raises :class:`InputError` when a path cannot be read and :class:`RewardSpecError` for a bad reward spec (both
    before anything is verified); everything else is reported in the result.
    """
    if ks is not None and (not ks or any(isinstance(k, bool) or not isinstance(k, int) or k < 1 for k in ks)):
        raise ValueError(f"ks must be positive integers, got {list(ks)!r}")
    loaded = load_rewards(rewards)
    records, input_name = _read(records_or_path, fields, name)
    input_errors = [
        {"line": r.line, "field": r.error_field, "error": r.error} for r in records if r.error is not None
    ]
    scoreable = [i for i, r in enumerate(records) if r.scoreable]
    verdicts: dict[int, Verdict] = {}
    if scoreable:
        results = verify_batch(
            [records[i].completion for i in scoreable],
            [records[i].gold for i in scoreable],
            options=options if options is not None else DEFAULT_OPTIONS,
            truncated=[records[i].truncated for i in scoreable],
            workers=workers,
            progress=progress,
        )
        verdicts = dict(zip(scoreable, results, strict=True))

    reward_values: dict[int, dict[str, float | None]] = {i: {} for i in scoreable}
    reward_errors: list[str] = []
    reward_warnings: list[str] = []
    for label, reward in loaded:
        run = run_reward(label, reward, [records[i] for i in scoreable])
        for index, value in zip(scoreable, run.values, strict=True):
            reward_values[index][label] = value
        reward_errors.extend(run.errors)
        reward_warnings.extend(run.warnings)

    labels = [label for label, _ in loaded]
    samples = [Sample(records[i], verdicts[i], reward_values[i]) for i in scoreable]
    chosen = list(ks) if ks is not None else default_ks(records[i] for i in scoreable)
    return ScoreResult(
        input_name=input_name,
        records=records,
        verdicts=verdicts,
        ks=chosen,
        summaries=summarize(samples, chosen, labels),
        samples=samples,
        reward_labels=labels,
        reward_values=reward_values,
        input_errors=input_errors,
        reward_errors=reward_errors,
        reward_warnings=reward_warnings,
    )
