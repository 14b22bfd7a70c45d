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
from itertools import islice
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
from openrs_rewards.scoring.rewards import RewardRun, run_reward
from openrs_rewards.verifiers.api import verify_batch
from openrs_rewards.verifiers.options import DEFAULT_OPTIONS, VerifyOptions
from openrs_rewards.verifiers.text import prompt_text
from openrs_rewards.verifiers.verdict import Verdict

__all__ = [
    "SHARD_LINES",
    "InputError",
    "RewardSpecError",
    "ScoreResult",
    "assemble_result",
    "check_ks",
    "check_writable",
    "default_ks",
    "load_rewards",
    "out_line",
    "out_line_parts",
    "score",
    "verdict_fields",
    "verdict_lines",
    "verify_records",
    "write_lines",
    "write_shards",
    "write_verdict_shards",
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
    # False when the records are summaries that hold only what the report needs (no fields, no completion): a
    # run on Ray (:mod:`openrs_rewards.scoring.ray_scoring`) writes ``--out`` while scoring instead
    records_are_full: bool = True

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


def verdict_fields(record: Record, verdict: Verdict | None) -> dict[str, Any]:
    """What ``--out`` adds to a line: ``correct``, ``status``, ``predicted``, ``method``, ``source``, and ``detail``
    when the verdict has one, or for a line that cannot be scored (``verdict`` None) ``status: "error"`` and its
    ``error``.

    >>> from openrs_rewards.scoring.records import parse_record
    >>> verdict_fields(parse_record(3, '{"completion": "so 4"}', "p.jsonl"), None)["error"]
    "p.jsonl:3: no gold field (looked for 'gold', 'answer' or 'solution')"
    """
    if verdict is None:
        return {
            "correct": False,
            "status": "error",
            "predicted": None,
            "method": None,
            "source": None,
            "error": record.error,
        }
    fields = {
        "correct": verdict.correct,
        "status": verdict.status,
        "predicted": verdict.predicted,
        "method": verdict.method,
        "source": verdict.source,
    }
    if verdict.detail is not None:
        fields["detail"] = verdict.detail
    return fields


def _out_data(record: Record, verdict: Verdict | None) -> dict[str, Any]:
    data: dict[str, Any] = dict(record.fields) if record.fields is not None else {}
    if record.fields is None and record.raw is not None:
        data["raw"] = record.raw
    data.update(verdict_fields(record, verdict))
    return data


def out_line(record: Record, verdict: Verdict | None, rewards: dict[str, float | None] | None) -> str:
    """The ``--out`` line of ``record`` (without its newline): its fields, :func:`verdict_fields` and, unless
    ``rewards`` is None, its rewards; a blank line stays blank.

    >>> from openrs_rewards.scoring.records import parse_record
    >>> out_line(parse_record(2, '{"completion": "4"}', "p.jsonl"), None, None)
    '{"completion": "4", "correct": false, "status": "error", ..., "error": "p.jsonl:2: no gold field ..."}'
    """
    if record.blank:
        return ""
    data = _out_data(record, verdict)
    if rewards is not None:
        data["rewards"] = rewards
    return json.dumps(data, ensure_ascii=False)


def out_line_parts(record: Record, verdict: Verdict | None) -> tuple[str, str]:
    """The ``--out`` line of a non-blank ``record`` cut where its ``rewards`` value goes, so that it can be
    serialised where the record is (a Ray actor) before the rewards are known: ``head + json.dumps(rewards,
    ensure_ascii=False) + tail`` is the line :func:`verdict_lines` gives with those rewards, byte for byte.

    >>> from openrs_rewards.scoring.records import parse_record
    >>> head, tail = out_line_parts(parse_record(1, '{"completion": "4", "rewards": 0, "x": 1}', "p"), None)
    >>> head + json.dumps({"format": 1.0}) + tail
    '{"completion": "4", "rewards": {"format": 1.0}, "x": 1, "correct": false, "status": "error", ...}'
    """
    data = _out_data(record, verdict)
    data.setdefault("rewards", None)  # where json.dumps puts it: in place if the input has one, else last
    # One item as json.dumps writes it inside an object (separators ", " and ": "; keys made strings alike).
    items = [json.dumps({key: value}, ensure_ascii=False)[1:-1] for key, value in data.items()]
    at = list(data).index("rewards")
    head = "{" + "".join(item + ", " for item in items[:at]) + '"rewards": '
    return head, "".join(", " + item for item in items[at + 1 :]) + "}"


def verdict_lines(result: ScoreResult) -> Iterator[str]:
    """The ``--out`` line of each input line, in input order (see :func:`write_verdicts`), without newlines.
    Raises ``ValueError`` for a result whose records are summaries (scored on Ray: ``--out`` is written while
    scoring, by :func:`~openrs_rewards.scoring.ray_scoring.score_on_ray`)."""
    if not result.records_are_full:
        raise ValueError(
            f"the records of {result.input_name} were scored on Ray and hold only what the report needs: "
            "ask score_on_ray(out=...) for the --out lines"
        )
    labels = result.reward_labels
    empty: dict[str, float | None] | None = dict.fromkeys(labels) if labels else None
    for index, record in enumerate(result.records):
        values = result.reward_values.get(index, empty) if labels and not record.blank else None
        yield out_line(record, result.verdicts.get(index), values)


def write_lines(path: str | os.PathLike[str], lines: Iterable[str]) -> None:
    """Write ``lines`` (each followed by a newline) to ``path`` through a temporary file renamed into place, so a
    failure never leaves half a file; raises :class:`OSError`."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            for line in lines:
                handle.write(line + "\n")
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_verdicts(result: ScoreResult, path: str | os.PathLike[str]) -> None:
    """Write one line per input line (``openrs-score --out``): its fields plus ``correct``, ``status``,
    ``predicted``, ``method``, ``source`` (and ``detail``, ``error``, ``rewards`` when there are any). Written to a
    temporary file renamed into place, so a failure never leaves half a file; raises :class:`OSError`.
    """
    write_lines(path, verdict_lines(result))


#: Lines per file of ``--out-format shards``.
SHARD_LINES = 100_000


def write_verdict_shards(
    result: ScoreResult, folder: str | os.PathLike[str], lines: int = SHARD_LINES
) -> list[Path]:
    """Write ``--out`` as a folder of shards (``--out-format shards``): ``part-00000.jsonl``, ``part-00001.jsonl``
    ... of ``lines`` lines each, in input order (shard by shard, then line by line); each written whole or not at
    all, and shards of an earlier run beyond the new ones removed. Returns the shards written.

    >>> import tempfile
    >>> result = score([{"completion": "so \\\\boxed{7}", "gold": "7"}] * 3, workers=1)
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [p.name for p in write_verdict_shards(result, folder, lines=2)]
    ['part-00000.jsonl', 'part-00001.jsonl']
    """
    return write_shards(folder, verdict_lines(result), lines)


def write_shards(folder: str | os.PathLike[str], out: Iterable[str], lines: int = SHARD_LINES) -> list[Path]:
    """Write ``out`` (lines without newlines) as ``part-NNNNN.jsonl`` files of ``lines`` lines each into ``folder``,
    each through :func:`write_lines`; shards of an earlier run beyond the new ones are removed."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    stream = iter(out)
    while chunk := list(islice(stream, lines)):
        path = target / f"part-{len(written):05d}.jsonl"
        write_lines(path, chunk)
        written.append(path)
    for stale in sorted(target.glob("part-*.jsonl")):
        if stale not in written:
            stale.unlink()
    return written


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
    check_ks(ks)
    loaded = load_rewards(rewards)
    records, input_name = _read(records_or_path, fields, name)
    verdicts = verify_records(records, options=options, workers=workers, progress=progress)
    scoreable = [r for r in records if r.scoreable]
    runs = [run_reward(label, reward, scoreable) for label, reward in loaded]
    return assemble_result(input_name, records, verdicts, runs, ks)


def verify_records(
    records: Sequence[Record],
    *,
    options: VerifyOptions | None = None,
    workers: int | None = None,
    progress: bool = False,
) -> dict[int, Verdict]:
    """The verdict of each scoreable record, keyed by its index in ``records`` (one ``verify_batch`` call; options
    default to :data:`~openrs_rewards.verifiers.options.DEFAULT_OPTIONS`). :func:`score` and the Ray actors
    (:mod:`openrs_rewards.scoring.ray_scoring`) both verify with it.

    >>> from openrs_rewards.scoring.records import read_records
    >>> lines = [b'{"completion": "so \\\\boxed{7}", "gold": "7"}', b"",
    ...          b'{"completion": "so \\\\boxed{8}", "gold": "7"}']
    >>> {i: v.status for i, v in verify_records(list(read_records(lines)), workers=1).items()}
    {0: 'correct', 2: 'incorrect'}
    """
    scoreable = [i for i, r in enumerate(records) if r.scoreable]
    if not scoreable:
        return {}
    results = verify_batch(
        [records[i].completion for i in scoreable],
        [records[i].gold for i in scoreable],
        options=options if options is not None else DEFAULT_OPTIONS,
        truncated=[records[i].truncated for i in scoreable],
        workers=workers,
        progress=progress,
        # (a record's problem text: an answer that only restates one of its expressions is incorrect)
        problems=[prompt_text(records[i].prompt) for i in scoreable],
    )
    return dict(zip(scoreable, results, strict=True))


def check_ks(ks: Sequence[int] | None) -> None:
    """Raise ``ValueError`` unless ``ks`` is None or positive integers.

    >>> check_ks([1, 0])
    Traceback (most recent call last):
    ...
    ValueError: ks must be positive integers, got [1, 0]
    """
    if ks is not None and (not ks or any(isinstance(k, bool) or not isinstance(k, int) or k < 1 for k in ks)):
        raise ValueError(f"ks must be positive integers, got {list(ks)!r}")


def assemble_result(
    input_name: str,
    records: list[Record],
    verdicts: dict[int, Verdict],
    runs: Sequence[RewardRun],
    ks: Sequence[int] | None,
    completion_chars: Mapping[int, int] | None = None,
) -> ScoreResult:
    """The :class:`ScoreResult` of ``records`` (one per input line), their ``verdicts`` (record index -> verdict,
    one per scoreable record) and one :class:`~openrs_rewards.scoring.rewards.RewardRun` per reward (its values
    aligned with the scoreable records): the input errors, the samples, the default ks and the summaries.
    :func:`score` ends with it, and so does the Ray path (:mod:`openrs_rewards.scoring.ray_scoring`), so both
    report alike. The Ray path's records are summaries without their completions: it gives each scoreable
    record's completion length in ``completion_chars`` (record index -> characters), and the result is marked
    ``records_are_full=False``.

    >>> from openrs_rewards.scoring.records import read_records
    >>> result = assemble_result("p.jsonl", list(read_records([b"oops"], name="p.jsonl")), {}, [], None)
    >>> result.counts, result.input_errors[0]["error"]
    ({'total': 1, 'scored': 0, 'bad': 1, 'blank': 0}, 'p.jsonl:1: not valid JSON: Expecting value at column 1')
    """
    input_errors = [
        {"line": r.line, "field": r.error_field, "error": r.error} for r in records if r.error is not None
    ]
    scoreable = [i for i, r in enumerate(records) if r.scoreable]
    reward_values: dict[int, dict[str, float | None]] = {i: {} for i in scoreable}
    reward_errors: list[str] = []
    reward_warnings: list[str] = []
    for run in runs:
        for index, value in zip(scoreable, run.values, strict=True):
            reward_values[index][run.label] = value
        reward_errors.extend(run.errors)
        reward_warnings.extend(run.warnings)

    labels = [run.label for run in runs]
    chars = completion_chars if completion_chars is not None else {}
    samples = [Sample(records[i], verdicts[i], reward_values[i], chars.get(i)) for i in scoreable]
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
        records_are_full=completion_chars is None,
    )
