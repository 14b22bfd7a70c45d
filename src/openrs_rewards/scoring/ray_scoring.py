"""Scoring on a Ray cluster (``openrs-score --ray`` and :func:`score_dataset`): the verification spread over a pool
of Ray actors, and the same records, verdicts, rewards, report and ``--out`` as
:func:`~openrs_rewards.scoring.pipeline.score`.

A run (:func:`score_on_ray`) goes:

1. The driver lists the input files: a file, a directory (its files, recursively, in name order) or a glob, as
   local paths or URIs that pyarrow's file systems open (``s3://...``, ``gs://...``; a glob only for local paths).
2. With rewards, a first pass computes them: Ray Data reads the files (as in 2), keeps the scoreable lines, groups
   them by (model, benchmark) (``groupby(...).map_groups``, a sort-based shuffle: tasks, no actors) and each
   chunk, whole and in input order, goes to :func:`~openrs_rewards.scoring.rewards.run_reward` in a task: the very
   calls :func:`score` makes, so group rewards see each problem's samples side by side. The driver gets back only
   the values (and each reward's errors and warnings), by (file, line).
3. Ray Data reads the files, one read task per file, each running
   :func:`~openrs_rewards.scoring.records.read_records` (the reader of the run without Ray) over the file's lines:
   every line keeps its file and line number, a bad line gets exactly the message it gets without Ray, and a big
   file is streamed in batches, never held whole. A read task asks for no logical CPU (reading is I/O and JSON
   parsing, light next to verifying), so actors that hold every CPU can never starve the reads that feed them:
   that is the ``ray.init(num_cpus=2)`` with two 1-CPU actors deadlock.
4. A fixed pool of actors (``map_batches`` with a class) verifies the batches with
   :func:`~openrs_rewards.scoring.pipeline.verify_records`, the call :func:`score` makes; each actor starts its
   guarded verifier workers once. An actor that dies is restarted by Ray and its batch retried (Ray Data's
   ``max_restarts=-1``, ``max_task_retries=-1``): a batch's rows count only once its task returned, so no line is
   lost or written twice. For each line the actor returns a :class:`LineSummary` (labels, verdict, completion
   length, truncation, error: what the report needs, whatever the completion's length) and, with ``--out``, the
   line's ``--out`` line serialised there (:func:`~openrs_rewards.scoring.pipeline.out_line`), cut where its
   rewards go when there are rewards (:func:`~openrs_rewards.scoring.pipeline.out_line_parts`).
5. The lines come back in input order (Ray Data's ``preserve_order``); the driver keeps the summaries, splices the
   reward values into each ``--out`` line and writes it at once (one file through a temporary file renamed into
   place, or shards), keeping none, and builds the report with
   :func:`~openrs_rewards.scoring.pipeline.assemble_result`: ``--json``, the table and ``--plot`` are made by the
   code the run without Ray uses. The result's records are summaries (``records_are_full`` False).

Records cross process boundaries pickled, in a column of bytes: the JSON objects of one file rarely share a schema
Arrow can hold (a gold that is ``4`` on one line and ``"4"`` on the next), and a pickle keeps each record exactly.

Why ``--out`` goes through the driver rather than being written by the actors: one file in input order has one
writer, and a local ``--out`` path on a cluster names a folder on the driver's machine only (actors on other nodes
would scatter shards over their own disks). The driver only streams the lines: its memory does not grow with them.

Limits: the driver keeps about 1.2 KB per line (``benchmarks/README.md`` has the numbers), and receives every
``--out`` line once, so a single ``--out`` file is bounded by the driver's network and disk; the reward pass hands
each (model, benchmark) chunk whole to one task (rewards are called once per chunk, as without Ray), so a chunk must
fit in one worker's memory; with rewards the files are read twice; and a file is read by one task, so a sweep should
come as many files for the reads to run in parallel.

With several files, ``--json``'s ``line`` of a bad line is its position in the files taken one after another (the
message names the file and its own line), and a record without a problem id is a problem of its own across files.

Ray is an optional extra (``pip install "openrs-rewards[ray]"``); this module imports it only when a function
runs, so importing it needs no Ray:

>>> from openrs_rewards.scoring.ray_scoring import plan_actors
>>> plan_actors(cluster_cpus=2, actors=None)  # a 2-core laptop: 2 actors, 1 CPU and 1 verifier worker each
ActorPlan(actors=2, cpus_per_actor=1.0, workers_per_actor=1)
"""

from __future__ import annotations

import contextlib
import functools
import glob
import io
import json
import logging
import math
import os
import pickle
import sys
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openrs_rewards.scoring.pipeline import (
    SHARD_LINES,
    InputError,
    ScoreResult,
    assemble_result,
    check_ks,
    load_rewards,
    out_line,
    out_line_parts,
    verdict_fields,
    verify_records,
    write_lines,
    write_shards,
)
from openrs_rewards.scoring.records import (
    DEFAULT_FIELDS,
    FieldNames,
    Record,
    group_key,
    read_records,
    record_from_object,
)
from openrs_rewards.scoring.rewards import RewardRun, run_reward
from openrs_rewards.verifiers.options import DEFAULT_OPTIONS, VerifyOptions
from openrs_rewards.verifiers.verdict import Verdict

if TYPE_CHECKING:
    import pyarrow as pa
    import ray.data

__all__ = [
    "INSTALL_HINT",
    "ActorPlan",
    "LineSummary",
    "RayRun",
    "RayUnavailableError",
    "input_files",
    "plan_actors",
    "score_dataset",
    "score_on_ray",
]

INSTALL_HINT = 'pip install "openrs-rewards[ray]"'
#: Lines per batch handed to an actor: big enough that Ray's per-batch cost (a few ms) is small next to verifying
#: it, small enough that every actor gets work on a few thousand lines and a retried batch costs little.
DEFAULT_BATCH_LINES = 256
#: Bytes per block between the read tasks and the actors: a few hundred lines of a typical file, so one file
#: is spread over every actor; an actor's task takes blocks until it has ``batch_size`` lines.
BLOCK_BYTES = 256 * 1024
#: The columns :func:`score_dataset` adds: what ``--out`` adds to a line.
VERDICT_COLUMNS = ("correct", "status", "predicted", "method", "source", "detail", "error")


class RayUnavailableError(ImportError):
    """Ray (with Ray Data) is not installed; the message says how to install it."""


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise RayUnavailableError(
            f"scoring on Ray needs Ray Data, which is not installed ({exc}): {INSTALL_HINT}"
        ) from None
    return ray


# -- sizing -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActorPlan:
    """How many verifying actors, the logical CPUs each asks Ray for, and the verifier workers each starts."""

    actors: int
    cpus_per_actor: float
    workers_per_actor: int


def plan_actors(cluster_cpus: float, actors: int | None, workers: int | None = None) -> ActorPlan:
    """The actor pool for a cluster with ``cluster_cpus`` logical CPUs: ``actors`` actors (default one per CPU),
    each asking for an equal share of the CPUs, at most one, so that the pool always fits (4 actors on 2 CPUs ask
    for half a CPU each); ``workers`` verifier workers each (default: the CPUs per actor, at least 1). The read
    tasks ask for no CPU, so the actors may take them all.

    >>> plan_actors(cluster_cpus=2, actors=4)
    ActorPlan(actors=4, cpus_per_actor=0.5, workers_per_actor=1)
    >>> plan_actors(cluster_cpus=64, actors=16)
    ActorPlan(actors=16, cpus_per_actor=1.0, workers_per_actor=4)
    """
    cpus = max(float(cluster_cpus), 1.0)
    count = actors if actors is not None else max(1, int(cpus))
    if count < 1:
        raise ValueError(f"actors must be a positive integer, got {count}")
    share = max(min(1.0, math.floor(cpus / count * 10_000) / 10_000), 0.0001)  # Ray counts CPUs to 1/10,000
    return ActorPlan(count, share, workers if workers is not None else max(1, int(cpus // count)))


def _actor_args(plan: ActorPlan) -> dict[str, Any]:
    """``map_batches`` arguments for the actor pool. Ray Data's defaults for actors are what the no-loss promise
    rests on and are left as they are: ``max_restarts=-1`` (a killed actor is restarted), ``max_task_retries=-1``
    (its batch is retried; a batch counts only once its task returned, so no line is lost or doubled) and the
    ``SPREAD`` scheduling strategy (actors on as many nodes as there are). tests/test_score_ray.py kills an actor
    mid-run to hold them to it."""
    from ray.data import ActorPoolStrategy

    return {"compute": ActorPoolStrategy(size=plan.actors), "num_cpus": plan.cpus_per_actor}


@contextlib.contextmanager
def _connected(address: str | None) -> Iterator[Any]:
    """Ray, connected: to the cluster at ``address`` (``auto``, ``ray://host:port``, ``host:port``), or a local one
    started for the run (``None``); an existing connection is used as it is and left open."""
    ray = _import_ray()
    if ray.is_initialized():
        yield ray
        return
    # "local": a new Ray for this run, even where this machine already runs one (ray.init() would join it).
    ray.init(
        address=address or "local", include_dashboard=False, logging_level=logging.WARNING, log_to_driver=True
    )
    try:
        yield ray
    finally:
        ray.shutdown()


def _quiet_ray_data(progress: bool) -> None:
    import ray.data

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = progress
    context.print_on_execution_start = False
    # Two notices that are noise here: that progress bars are off (as asked), and that a small input does not
    # keep every actor busy.
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # not a line per finished dataset
    logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", message="The minimum number of concurrent actors", category=UserWarning)


# -- input ------------------------------------------------------------------------------------------------------


def _is_uri(path: str) -> bool:
    return "://" in path


def input_files(source: str | os.PathLike[str]) -> list[str]:
    """The files ``source`` names, in input order: a file; a directory's files, recursively, in name order
    (hidden ones skipped); a glob's matches in name order (local paths only). Raises
    :class:`~openrs_rewards.scoring.pipeline.InputError` when there are none or a path cannot be read.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     for name in ("b.jsonl", "a.jsonl", ".notes"):
    ...         _ = Path(folder, name).write_text("")
    ...     [os.path.relpath(path, folder) for path in input_files(folder)]
    ['a.jsonl', 'b.jsonl']
    """
    text = os.fspath(source)
    if _is_uri(text):
        return _uri_files(text)
    if glob.has_magic(text):
        matches = sorted(p for p in glob.glob(text, recursive=True) if os.path.isfile(p))
        if not matches:
            raise InputError(f"cannot read {text}: no file matches it")
        return matches
    if os.path.isdir(text):
        found = sorted(
            os.path.join(folder, name)
            for folder, subfolders, names in os.walk(text)
            for name in names
            if not name.startswith(".") and not _hidden(os.path.relpath(folder, text))
        )
        if not found:
            raise InputError(f"cannot read {text}: the folder has no files")
        return found
    try:
        with open(text, "rb"):
            pass
    except OSError as exc:
        raise InputError(f"cannot read {text}: {exc.strerror or exc}") from None
    return [text]


def _hidden(relative_folder: str) -> bool:
    return any(part.startswith(".") and part != "." for part in Path(relative_folder).parts)


def _uri_files(uri: str) -> list[str]:
    import pyarrow.fs as pafs

    try:
        filesystem, path = pafs.FileSystem.from_uri(uri)
        info = filesystem.get_file_info(path)
        if info.type == pafs.FileType.File:
            return [uri]
        if info.type != pafs.FileType.Directory:
            raise InputError(f"cannot read {uri}: no such file or folder")
        infos = filesystem.get_file_info(pafs.FileSelector(path, recursive=True))
    except (OSError, ValueError) as exc:  # pyarrow's errors for unknown schemes and unreachable stores
        raise InputError(f"cannot read {uri}: {exc}") from None
    scheme = uri.split("://", 1)[0]
    found = sorted(
        f"{scheme}://{i.path}"
        for i in infos
        if i.type == pafs.FileType.File and not i.base_name.startswith(".")
    )
    if not found:
        raise InputError(f"cannot read {uri}: the folder has no files")
    return found


def _lines(path: str) -> Iterator[bytes]:
    """The file's lines as bytes with their line ends, split as iterating a file opened ``"rb"`` splits them."""
    if _is_uri(path):
        import pyarrow.fs as pafs

        filesystem, inner = pafs.FileSystem.from_uri(path)
        with filesystem.open_input_stream(inner) as stream:
            yield from io.BufferedReader(_NativeReader(stream), buffer_size=1 << 20)
        return
    with open(path, "rb") as handle:
        yield from handle


class _NativeReader(io.RawIOBase):
    """A pyarrow input stream as a raw binary stream, so :class:`io.BufferedReader` splits its lines."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_file_batches(
    batch: dict[str, Any],
    *,
    files: Sequence[str],
    names: Sequence[str],
    fields: FieldNames,
    lines: int,
    for_rewards: bool = False,
) -> Iterator[dict[str, list[Any]]]:
    """A Ray Data map over rows ``{"file": index}``: each file's records, streamed in batches of ``lines``
    ``{"file", "line", "record"}`` rows (the record pickled). Each batch becomes a block, and a block one actor
    task: batches of the actors' batch size spread a file over all the actors. ``for_rewards``: only the
    scoreable records, each with its (model, benchmark) chunk as a ``chunk`` column (text, for the groupby)."""
    for index in batch["file"]:
        number = int(index)
        records: Iterator[Record] = read_records(_lines(files[number]), name=names[number], fields=fields)
        if for_rewards:
            records = (r for r in records if r.scoreable)
        while chunk := list(islice(records, lines)):
            rows: dict[str, list[Any]] = {
                "file": [number] * len(chunk),
                "line": [r.line for r in chunk],
                "record": [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in chunk],
            }
            if for_rewards:
                rows["chunk"] = [json.dumps(group_key(r)) for r in chunk]
            yield rows


# -- the actors -------------------------------------------------------------------------------------------------


class _Verifier:
    """What each actor keeps: the verifier's options and its warm worker pool."""

    def __init__(self, options: VerifyOptions, workers: int) -> None:
        from openrs_rewards.verifiers import guard

        self.options = options
        self.workers = workers
        guard.warm_up(workers)  # once per actor: the zygote and its workers, so no batch waits for them
        import ray

        self.node = ray.get_runtime_context().get_node_id()

    def verify(self, records: Sequence[Record]) -> dict[int, Verdict]:
        return verify_records(records, options=self.options, workers=self.workers)


class RecordScorer(_Verifier):
    """The actor of :func:`score_on_ray`: verifies batches of pickled records and returns, per line, only what
    the driver keeps: its file, line, the node that verified it and a pickled :class:`LineSummary`; and with
    ``out`` its ``--out`` line, whole (``out``: ``"whole"``) or cut where the rewards go (``"split"``: the
    rewards are spliced in by the driver). The record itself (completion and all) never leaves the actor."""

    def __init__(self, options: VerifyOptions, workers: int, out: str | None = None) -> None:
        # Named, not super(): a test's subclass of this actor travels to the workers by value, and with it a copy
        # of this class whose methods' super() would look for the original.
        _Verifier.__init__(self, options, workers)
        self.out = out

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        records = [pickle.loads(data) for data in batch["record"]]
        verdicts = self.verify(records)
        summaries = [
            pickle.dumps(LineSummary.of(record, verdicts.get(i)), protocol=pickle.HIGHEST_PROTOCOL)
            for i, record in enumerate(records)
        ]
        rows = {
            "file": batch["file"],
            "line": batch["line"],
            "summary": summaries,
            "node": [self.node] * len(records),
        }
        if self.out == "whole":
            rows["out_head"] = [out_line(r, verdicts.get(i), None) for i, r in enumerate(records)]
        elif self.out == "split":
            parts = [
                ("", "") if r.blank else out_line_parts(r, verdicts.get(i)) for i, r in enumerate(records)
            ]
            rows["out_head"] = [head for head, _ in parts]
            rows["out_tail"] = [tail for _, tail in parts]
        return rows


class DatasetScorer(_Verifier):
    """The actor of :func:`score_dataset`: each row is a record's JSON object; adds :data:`VERDICT_COLUMNS`."""

    def __init__(self, options: VerifyOptions, workers: int, fields: FieldNames) -> None:
        super().__init__(options, workers)
        self.fields = fields

    def __call__(self, table: pa.Table) -> pa.Table:
        import pyarrow as pa

        name, number = "<dataset>", 0
        where = f"{name}:{number}: "  # a row has no line number: its error is given without one
        records = [record_from_object(number, row, name, self.fields) for row in table.to_pylist()]
        verdicts = self.verify(records)
        added = [verdict_fields(record, verdicts.get(i)) for i, record in enumerate(records)]
        for row in added:
            if row.get("error"):
                row["error"] = row["error"].removeprefix(where)
        table = table.drop_columns([c for c in VERDICT_COLUMNS if c in table.column_names])
        for column in VERDICT_COLUMNS:
            kind = pa.bool_() if column == "correct" else pa.string()
            table = table.append_column(column, pa.array([row.get(column) for row in added], type=kind))
        return table


def _cluster_cpus(ray: Any) -> float:
    return float(ray.cluster_resources().get("CPU", 1.0))


def score_dataset(
    dataset: ray.data.Dataset,
    *,
    options: VerifyOptions | None = None,
    fields: FieldNames = DEFAULT_FIELDS,
    actors: int | None = None,
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_LINES,
) -> ray.data.Dataset:
    """``dataset`` (one prediction record per row: a completion and a gold column, as in a predictions file) with
    the verdict columns added: ``correct``, ``status``, ``predicted``, ``method``, ``source``, ``detail`` and
    ``error`` (what ``openrs-score --out`` adds to a line; a row that cannot be scored gets ``status`` ``"error"``
    and the reason in ``error``). Lazy, like every Ray Dataset: the actors (default one per CPU of the cluster,
    see :func:`plan_actors`) verify when it is consumed. Connects to Ray (or starts it) when it is not yet.

    Example (needs Ray)::

        import ray.data
        from openrs_rewards.scoring import score_dataset

        rows = [{"id": "q1", "completion": "so \\\\boxed{7}", "gold": "7"}]
        scored = score_dataset(ray.data.from_items(rows))
        scored.take_all()[0]["status"]  # 'correct'
    """
    ray = _import_ray()
    if not ray.is_initialized():
        ray.init(include_dashboard=False, logging_level=logging.WARNING)
    plan = plan_actors(_cluster_cpus(ray), actors, workers)
    return dataset.map_batches(
        DatasetScorer,
        fn_constructor_kwargs={
            "options": options if options is not None else DEFAULT_OPTIONS,
            "workers": plan.workers_per_actor,
            "fields": fields,
        },
        batch_format="pyarrow",
        batch_size=batch_size,
        **_actor_args(plan),
    )


# -- the driver -------------------------------------------------------------------------------------------------


@dataclass
class RayRun:
    """How a :func:`score_on_ray` run went: the actor pool, the lines each node verified, and the seconds spent
    connecting (starting a local Ray included) and scoring."""

    plan: ActorPlan
    files: list[str]
    lines_per_node: dict[str, int] = field(default_factory=dict)
    connect_seconds: float = 0.0
    score_seconds: float = 0.0
    bytes_received: int = 0  # the pickled line summaries the driver received (the --out lines aside)


@dataclass(frozen=True)
class LineSummary:
    """What the driver keeps of a line scored on Ray: what the report needs and no more. ``record`` holds the
    line's labels (problem id, benchmark, model), truncation and error, but not its fields, completion, gold or
    prompt; ``chars`` is the completion's length. Its size does not grow with the completion's.

    It is pickled as plain tuples (no field names on every line) and rebuilt with the labels that repeat over
    millions of lines (model, benchmark, the verdict's status, method and source) shared, not copied per line.

    >>> from openrs_rewards.scoring.records import parse_record
    >>> summary = LineSummary.of(parse_record(1, '{"id": "q1", "completion": "so 42", "gold": "42"}', "p"), None)
    >>> summary.record.problem_id, summary.record.completion, summary.record.fields, summary.chars
    ('q1', None, None, 5)
    >>> pickle.loads(pickle.dumps(summary)) == summary
    True
    """

    record: Record
    verdict: Verdict | None
    chars: int

    @classmethod
    def of(cls, record: Record, verdict: Verdict | None) -> LineSummary:
        return _line_summary(*_summary_tuples(record, verdict, len(record.completion or "")))

    def __reduce__(self) -> tuple[Any, ...]:
        return _line_summary, _summary_tuples(self.record, self.verdict, self.chars)


_KEPT_RECORD_FIELDS = (
    "line",
    "problem_id",
    "benchmark",
    "model",
    "truncated",
    "error",
    "error_field",
    "blank",
)
_VERDICT_FIELDS = ("correct", "status", "predicted", "gold", "method", "seconds", "source", "detail")
_SHARED_FIELDS = frozenset({"benchmark", "model", "error_field", "status", "method", "source"})


def _summary_tuples(
    record: Record, verdict: Verdict | None, chars: int
) -> tuple[tuple[Any, ...], tuple[Any, ...] | None, int]:
    kept = tuple(getattr(record, name) for name in _KEPT_RECORD_FIELDS)
    return kept, None if verdict is None else tuple(getattr(verdict, n) for n in _VERDICT_FIELDS), chars


def _line_summary(record: tuple[Any, ...], verdict: tuple[Any, ...] | None, chars: int) -> LineSummary:
    def shared(names: Sequence[str], values: tuple[Any, ...]) -> dict[str, Any]:
        return {
            name: sys.intern(value) if name in _SHARED_FIELDS and isinstance(value, str) else value
            for name, value in zip(names, values, strict=True)
        }

    kept = Record(**shared(_KEPT_RECORD_FIELDS, record))
    return LineSummary(kept, None if verdict is None else Verdict(**shared(_VERDICT_FIELDS, verdict)), chars)


@dataclass
class _ChunkRewards:
    """Every reward over one (model, benchmark) chunk: the chunk's lines as (file, line), in input order, and
    one :class:`RewardRun` per reward, its values aligned with them."""

    positions: list[tuple[int, int]]
    runs: list[RewardRun]


def _rewards_of_chunk(batch: dict[str, Any], *, loaded: list[tuple[str, Any]]) -> dict[str, Any]:
    """A ``map_groups`` call: every reward over one whole (model, benchmark) chunk, with its records in input
    order, exactly as :func:`~openrs_rewards.scoring.rewards.run_reward` calls it without Ray; one row out (the
    pickled :class:`_ChunkRewards`)."""
    positions = sorted(
        zip(batch["file"].tolist(), batch["line"].tolist(), range(len(batch["line"])), strict=True)
    )
    records: list[Record] = [pickle.loads(batch["record"][i]) for _, _, i in positions]
    # A chunk's lines may come from several files, whose line numbers repeat; problem_key tells a record without
    # an id from the others by its line, so the chunk's records are numbered in input order, as one file would be.
    for number, record in enumerate(records, start=1):
        record.line = number
    runs = [run_reward(label, reward, records) for label, reward in loaded]
    done = _ChunkRewards([(file, line) for file, line, _ in positions], runs)
    return {"rewards": [pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)]}


def _run_rewards(
    ray: Any, loaded: list[tuple[str, Any]], read: dict[str, Any]
) -> tuple[dict[tuple[int, int], list[float | None]], list[RewardRun]]:
    """Every reward over the scoreable lines, by chunk, in Ray tasks: the files read again (``read``: the read's
    arguments), the lines grouped by (model, benchmark) with Ray Data's ``groupby`` and each chunk handed whole to
    :func:`_rewards_of_chunk`. Returns each line's values by (file, line) and one :class:`RewardRun` per reward
    without values but with the errors (in chunk order) and distinct warnings of all chunks, as
    :func:`~openrs_rewards.scoring.rewards.run_reward` over all the lines gives them."""
    from ray.data.context import ShuffleStrategy

    lines = _read_dataset(ray, read, for_rewards=True)
    # A sort-based groupby: tasks only (the default hash shuffle starts aggregator actors: seconds per run, and
    # CPUs held); there are few chunks, each goes to one task whole.
    lines.context.shuffle_strategy = ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
    grouped = lines.groupby("chunk").map_groups(
        functools.partial(_rewards_of_chunk, loaded=loaded), batch_format="numpy"
    )
    chunks: list[_ChunkRewards] = [pickle.loads(row["rewards"]) for row in grouped.iter_rows()]
    chunks.sort(key=lambda chunk: chunk.positions[0])  # by first appearance, as chunk_order orders them
    merged = [RewardRun(label, []) for label, _ in loaded]
    values: dict[tuple[int, int], list[float | None]] = {}
    for chunk in chunks:
        for at, position in enumerate(chunk.positions):
            values[position] = [run.values[at] for run in chunk.runs]
        for whole, part in zip(merged, chunk.runs, strict=True):
            whole.errors.extend(part.errors)
            whole.warnings.extend(w for w in part.warnings if w not in whole.warnings)
    return values, merged


def _read_dataset(ray: Any, read: dict[str, Any], *, for_rewards: bool = False) -> ray.data.Dataset:
    """The input files' records as a Ray Data dataset, one read task per file (see :func:`_read_file_batches`)."""
    files = read["files"]
    return ray.data.from_items(
        [{"file": i} for i in range(len(files))], override_num_blocks=len(files)
    ).map_batches(
        _read_file_batches,
        batch_size=1,
        fn_kwargs={**read, "for_rewards": for_rewards},
        num_cpus=0,  # see the module's description: reads must never wait for a CPU the actors hold
    )


class _Collector:
    """The driver's side of the verifying pass: the lines' summaries in input order (kept), and their ``--out``
    lines (yielded one by one to be written, never kept), the rewards spliced in."""

    def __init__(
        self, labels: Sequence[str], rewards: dict[tuple[int, int], list[float | None]], many: bool
    ) -> None:
        self.labels = list(labels)
        self.rewards = rewards  # (file, line) -> values; taken out as used
        self.many = many
        self.records: list[Record] = []
        self.verdicts: dict[int, Verdict] = {}
        self.chars: dict[int, int] = {}
        self.values: list[list[float | None]] = [[] for _ in labels]  # per reward, over the scoreable lines
        self.lines_per_node: dict[str, int] = {}
        # The summaries' pickles: what the driver receives, the --out lines (streamed, not kept) aside.
        self.bytes_received = 0
        self._last = (-1, 0)

    def out_lines(self, batches: Iterable[dict[str, Any]]) -> Iterator[str]:
        """Take in the batches, in input order; yield each line's ``--out`` line (``""`` for every line when the
        actors were not asked for them)."""
        empty = json.dumps(dict.fromkeys(self.labels), ensure_ascii=False)
        for batch in batches:
            heads = batch.get("out_head")
            tails = batch.get("out_tail")
            for at, (file, line, data, node) in enumerate(
                zip(
                    batch["file"].tolist(),
                    batch["line"].tolist(),
                    batch["summary"],
                    batch["node"].tolist(),
                    strict=True,
                )
            ):
                if (file, line) <= self._last:
                    raise RuntimeError(
                        f"Ray returned line {line} of file {file} out of order (after {self._last})"
                    )
                self._last = (file, line)
                self.bytes_received += len(data)
                self.lines_per_node[node] = self.lines_per_node.get(node, 0) + 1
                summary: LineSummary = pickle.loads(data)
                record, index = summary.record, len(self.records)
                if self.many:
                    # One numbering over all the files: a record without an id stays a problem of its own.
                    record.line = index + 1
                self.records.append(record)
                rewards = empty
                if record.scoreable:
                    if summary.verdict is None:
                        raise RuntimeError(f"Ray returned no verdict for line {line} of file {file}")
                    self.verdicts[index] = summary.verdict
                    self.chars[index] = summary.chars
                    if self.labels:
                        values = self.rewards.pop((file, line))
                        for column, value in zip(self.values, values, strict=True):
                            column.append(value)
                        rewards = json.dumps(dict(zip(self.labels, values, strict=True)), ensure_ascii=False)
                if heads is None:
                    yield ""
                elif tails is None or record.blank:
                    yield str(heads[at])
                else:
                    yield str(heads[at]) + rewards + str(tails[at])


def score_on_ray(
    source: str | os.PathLike[str],
    *,
    options: VerifyOptions | None = None,
    rewards: Iterable[Any] = (),
    ks: Sequence[int] | None = None,
    fields: FieldNames = DEFAULT_FIELDS,
    actors: int | None = None,
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_LINES,
    address: str | None = None,
    progress: bool = False,
    name: str | None = None,
    out: str | os.PathLike[str] | None = None,
    out_shards: bool = False,
    shard_lines: int = SHARD_LINES,
    run: RayRun | None = None,
) -> ScoreResult:
    """:func:`~openrs_rewards.scoring.pipeline.score` on Ray: the same report, verified by a pool of ``actors``
    Ray actors (see the module's description), and ``--out`` written while scoring. The result's records are
    summaries (``records_are_full`` is False: what the report needs, without fields or completions), so
    :func:`~openrs_rewards.scoring.pipeline.verdict_lines` cannot rebuild ``--out`` from it: ask for ``out``.

    Args:
        source: a file, a directory or a glob (local paths, or URIs pyarrow opens).
        options, rewards, ks, fields, name: as for :func:`~openrs_rewards.scoring.pipeline.score`.
        actors: verifying actors (default one per logical CPU of the cluster); workers: verifier workers each.
        batch_size: lines per actor batch.
        address: the cluster (``"auto"``, ``"ray://host:10001"``, ``"host:6379"``); default: a local Ray started
            for the run (an existing connection in this process is used as it is).
        progress: Ray Data's progress bars on standard error.
        out: write ``--out`` here, the very bytes the run without Ray writes (through a temporary file renamed
            into place); with ``out_shards``, a folder of shards of ``shard_lines`` lines
            (:func:`~openrs_rewards.scoring.pipeline.write_verdict_shards`'s layout).
        run: filled in with how the run went (the actor pool, lines per node, seconds, bytes received).

    Raises :class:`RayUnavailableError` without Ray, :class:`~openrs_rewards.scoring.pipeline.InputError` when
    the input cannot be read and :class:`~openrs_rewards.scoring.pipeline.RewardSpecError` for a bad reward spec,
    all before anything is verified; ``OSError`` when ``out`` cannot be written.

    Example (needs Ray)::

        result = score_on_ray("examples/preds.jsonl", actors=2, out="verdicts.jsonl")
        print(result.to_text())
    """
    check_ks(ks)
    loaded = load_rewards(rewards)
    files = input_files(source)
    started = time.perf_counter()
    with _connected(address) as ray:
        connected = time.perf_counter()
        _quiet_ray_data(progress)
        plan = plan_actors(_cluster_cpus(ray), actors, workers)
        many = len(files) > 1
        read = {
            "files": files,
            "names": files if many else [name or files[0]],
            "fields": fields,
            "lines": batch_size,
        }
        # The rewards first (a pass of their own over the files, grouped by chunk): each --out line needs its
        # values, and the verifying pass below writes the lines as they come.
        values, runs = _run_rewards(ray, loaded, read) if loaded else ({}, [])
        scored = _read_dataset(ray, read).map_batches(
            RecordScorer,
            fn_constructor_kwargs={
                "options": options if options is not None else DEFAULT_OPTIONS,
                "workers": plan.workers_per_actor,
                "out": None if out is None else ("split" if loaded else "whole"),
            },
            batch_size=batch_size,
            **_actor_args(plan),
        )
        # Small blocks: a read task's batches are otherwise merged into blocks of up to 128 MiB, and a block goes
        # to one actor, so one file would keep one actor busy. (A repartition would be a task of its own that
        # asks for a whole CPU: the deadlock again.) The lines come back in input order, so that the driver
        # writes each --out line as it comes and keeps none. This run's context only, not the process's.
        scored.context.target_max_block_size = BLOCK_BYTES
        scored.context.execution_options.preserve_order = True
        collector = _Collector([label for label, _ in loaded], values, many)
        lines = collector.out_lines(scored.iter_batches(batch_size=None, batch_format="numpy"))
        if out is None:
            for _ in lines:
                pass
        elif out_shards:
            write_shards(out, lines, shard_lines)
        else:
            write_lines(out, lines)
    if collector.rewards:
        raise RuntimeError(f"{len(collector.rewards)} lines got reward values but no verdict")
    for whole, column in zip(runs, collector.values, strict=True):
        whole.values = column
    if run is not None:
        run.plan, run.files, run.lines_per_node = plan, files, collector.lines_per_node
        run.bytes_received = collector.bytes_received
        run.connect_seconds = connected - started
        run.score_seconds = time.perf_counter() - connected
    shown = name or os.fspath(source)
    return assemble_result(
        shown, collector.records, collector.verdicts, runs, ks, completion_chars=collector.chars
    )
