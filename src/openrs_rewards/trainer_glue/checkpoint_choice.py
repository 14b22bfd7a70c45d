"""Choosing a checkpoint with error bars: evaluation rows, reading them, the selection rule, and the table.

A training run's evaluations are rows, one per (step, benchmark), in the format of ``<output_dir>/eval_history.jsonl``
(written by the in-run evaluation, ``"source": "in_run"``) and of ``<output_dir>/checkpoint_eval/rows.jsonl``
(written by ``openrs-eval --checkpoints OUTPUT_DIR``, ``"source": "checkpoint"``)::

    {"step": 2, "checkpoint": "checkpoint-2", "benchmark": "amc23", "problems": 40, "n": 8, "accuracy": 0.25,
     "stderr": 0.05, "pass_at_k": {"1": 0.25, "8": 0.6}, "maj_at_k": {"8": 0.3}, "mean_length": 812.5,
     "length_unit": "tokens", "truncated_share": 0.1, "no_answer_share": 0.05, "source": "checkpoint",
     "predictions": "checkpoint_eval/checkpoint-2/preds.jsonl"}

The numbers come from :mod:`openrs_rewards.scoring` (accuracy ± standard error clustered by problem, unbiased pass@k,
maj@k); nothing here recomputes them. Unknown keys are ignored; a bad line is reported with its file, line and
field, and the other lines are still used.

**The rule** (:func:`choose_checkpoint`). Each step with a saved checkpoint is one candidate. Its measurement on a
benchmark is that step's row with the most samples (problems x n), preferring rows with several samples per problem
and a standard error (a tie goes to the ``checkpoint`` re-evaluation). Over several benchmarks it is their
unweighted mean, with the standard error ``sqrt(sum SE_b^2) / B`` (the benchmarks' problems are independent). ``lcb`` (the default) picks the highest lower confidence bound,
``accuracy - z * SE`` with ``z`` the two-sided normal quantile of the confidence (1.96 at 0.95); ``mean`` picks the
highest accuracy. Ties go to the earlier step. A candidate measured with one sample per problem, or without a
standard error (one problem), is reported but never chosen: one lucky sample is how a paper reports 46.7% for a
checkpoint whose accuracy is 23-33%. So is a step lacking a benchmark the others were measured on.

>>> rows = [EvalRow(step=s, benchmark="amc23", problems=40, n=8, accuracy=a, stderr=se, checkpoint=f"checkpoint-{s}")
...         for s, a, se in [(50, 0.30, 0.05), (100, 0.36, 0.09), (150, 0.33, 0.03)]]
>>> choice = choose_checkpoint(rows)
>>> choice.best.checkpoint, round(choice.best.lower_bound, 3)  # not step 100: its accuracy is the highest, but noisier
('checkpoint-150', 0.271)
>>> choose_checkpoint(rows, rule="mean").best.step
100
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import NormalDist
from typing import IO, TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from openrs_rewards.scoring.pipeline import ScoreResult
    from openrs_rewards.trainer_glue.eval_config import Backend, EvalConfig

__all__ = [
    "CHECKPOINT_EVAL_DIR",
    "EVAL_HISTORY",
    "JSON_SCHEMA",
    "Candidate",
    "CheckpointDir",
    "CheckpointRun",
    "Choice",
    "EvalRow",
    "HistoryRead",
    "RowError",
    "Rule",
    "attach_checkpoints",
    "choose_checkpoint",
    "evaluate_checkpoints",
    "find_checkpoints",
    "format_markdown",
    "read_eval_history",
    "row_from_dict",
    "rows_from_score",
    "table_json",
    "z_value",
]

#: The in-run evaluation's rows, in a training run's output directory.
EVAL_HISTORY = "eval_history.jsonl"
#: Where ``openrs-eval --checkpoints`` keeps its predictions, rows, table and plot, in the output directory.
CHECKPOINT_EVAL_DIR = "checkpoint_eval"
#: The ``schema`` value of the JSON table.
JSON_SCHEMA = "openrs-checkpoints/1"

Rule = Literal["lcb", "mean"]
SOURCES = ("in_run", "checkpoint")
LENGTH_UNITS = ("tokens", "chars")
_CHECKPOINT_NAME = re.compile(r"checkpoint-(\d+)")


class RowError(ValueError):
    """One evaluation row is unusable; the message names the file, the line and the field."""


# -- rows -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvalRow:
    """One evaluation of one step on one benchmark (the fields of an ``eval_history.jsonl`` line)."""

    step: int
    benchmark: str
    problems: int
    n: int  # samples per problem (the smallest, when problems had different numbers)
    accuracy: float
    stderr: float | None  # clustered by problem; None with one problem
    checkpoint: str | None = None  # the checkpoint directory's name; None when the step saved none
    pass_at_k: Mapping[int, float | None] = field(default_factory=dict)
    maj_at_k: Mapping[int, float | None] = field(default_factory=dict)
    mean_length: float | None = None
    length_unit: str | None = None  # "tokens" or "chars"
    truncated_share: float | None = None
    no_answer_share: float | None = None
    source: str = "checkpoint"  # "in_run" or "checkpoint"
    predictions: str | None = None  # the predictions file, relative to the output directory

    @property
    def samples(self) -> int:
        return self.problems * self.n

    @property
    def flag(self) -> str | None:
        """Why this row may not choose a checkpoint, or None when it may."""
        if self.n < 2:
            return "one sample per problem"
        if self.stderr is None:
            return "no standard error (one problem)"
        return None

    def lower_bound(self, z: float) -> float | None:
        """``accuracy - z * stderr``; None without a standard error."""
        return None if self.stderr is None else self.accuracy - z * self.stderr

    def to_dict(self) -> dict[str, Any]:
        """The JSON line (``pass_at_k`` and ``maj_at_k`` keyed by ``str(k)``)."""
        return {
            "step": self.step,
            "checkpoint": self.checkpoint,
            "benchmark": self.benchmark,
            "problems": self.problems,
            "n": self.n,
            "accuracy": self.accuracy,
            "stderr": self.stderr,
            "pass_at_k": {str(k): v for k, v in sorted(self.pass_at_k.items())},
            "maj_at_k": {str(k): v for k, v in sorted(self.maj_at_k.items())},
            "mean_length": self.mean_length,
            "length_unit": self.length_unit,
            "truncated_share": self.truncated_share,
            "no_answer_share": self.no_answer_share,
            "source": self.source,
            "predictions": self.predictions,
        }


def _field(obj: Mapping[str, Any], name: str, where: str, problem: str) -> RowError:
    return RowError(f"{where}: field {name!r} {problem}, got {obj.get(name)!r}")


def _count(obj: Mapping[str, Any], name: str, where: str, low: int) -> int:
    value = obj.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or value < low:
        raise _field(obj, name, where, f"must be an integer >= {low}")
    return value


def _share(obj: Mapping[str, Any], name: str, where: str, *, optional: bool) -> float | None:
    value = obj.get(name)
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise _field(obj, name, where, "must be a number from 0 to 1" + (" or null" if optional else ""))
    return float(value)


def _at_k(obj: Mapping[str, Any], name: str, where: str) -> dict[int, float | None]:
    value = obj.get(name)
    if value is None:
        return {}
    problem = 'must be an object such as {"1": 0.25, "8": 0.6} (k to a number from 0 to 1 or null)'
    if not isinstance(value, dict):
        raise _field(obj, name, where, problem)
    result: dict[int, float | None] = {}
    for key, rate in value.items():
        if not str(key).isdigit() or int(key) < 1:
            raise _field(obj, name, where, problem)
        if rate is not None and (
            isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0 <= rate <= 1
        ):
            raise _field(obj, name, where, problem)
        result[int(key)] = None if rate is None else float(rate)
    return result


def row_from_dict(obj: Any, where: str = "<row>") -> EvalRow:
    """An :class:`EvalRow` from one parsed JSON line; :class:`RowError` names ``where`` and the field at fault.

    >>> row_from_dict({"step": 2, "benchmark": "amc23", "problems": 3, "n": 4, "accuracy": 0.25, "stderr": 0.1,
    ...                "source": "in_run", "new_key": "ignored"}).flag is None
    True
    >>> row_from_dict({"step": -1}, "eval_history.jsonl:7")
    Traceback (most recent call last):
    ...
    openrs_rewards.trainer_glue.checkpoint_choice.RowError: eval_history.jsonl:7: field 'step' must be an integer >= 0, got -1
    """
    if not isinstance(obj, dict):
        raise RowError(f"{where}: expected a JSON object, got a JSON {type(obj).__name__}")
    step = _count(obj, "step", where, 0)
    benchmark = obj.get("benchmark")
    if not isinstance(benchmark, str) or not benchmark:
        raise _field(obj, "benchmark", where, "must be a non-empty string")
    checkpoint = obj.get("checkpoint")
    if checkpoint is not None and not isinstance(checkpoint, str):
        raise _field(obj, "checkpoint", where, "must be a string or null")
    accuracy = _share(obj, "accuracy", where, optional=False)
    assert accuracy is not None
    stderr = obj.get("stderr")
    if stderr is not None and (
        isinstance(stderr, bool) or not isinstance(stderr, (int, float)) or not 0 <= stderr <= 1
    ):
        raise _field(obj, "stderr", where, "must be a number from 0 to 1 or null")
    mean_length = obj.get("mean_length")
    if mean_length is not None and (
        isinstance(mean_length, bool) or not isinstance(mean_length, (int, float)) or not mean_length >= 0
    ):
        raise _field(obj, "mean_length", where, "must be a non-negative number or null")
    length_unit = obj.get("length_unit")
    if length_unit is not None and length_unit not in LENGTH_UNITS:
        raise _field(obj, "length_unit", where, "must be 'tokens', 'chars' or null")
    source = obj.get("source", "in_run")
    if source not in SOURCES:
        raise _field(obj, "source", where, "must be 'in_run' or 'checkpoint'")
    predictions = obj.get("predictions")
    if predictions is not None and not isinstance(predictions, str):
        raise _field(obj, "predictions", where, "must be a path (string) or null")
    return EvalRow(
        step=step,
        benchmark=benchmark,
        problems=_count(obj, "problems", where, 1),
        n=_count(obj, "n", where, 1),
        accuracy=accuracy,
        stderr=None if stderr is None else float(stderr),
        checkpoint=checkpoint,
        pass_at_k=_at_k(obj, "pass_at_k", where),
        maj_at_k=_at_k(obj, "maj_at_k", where),
        mean_length=None if mean_length is None else float(mean_length),
        length_unit=length_unit,
        truncated_share=_share(obj, "truncated_share", where, optional=True),
        no_answer_share=_share(obj, "no_answer_share", where, optional=True),
        source=source,
        predictions=predictions,
    )


@dataclass
class HistoryRead:
    """The usable rows of a rows file, and one message per bad line (``FILE:LINE: field ...``)."""

    rows: list[EvalRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_eval_history(path: str | os.PathLike[str]) -> HistoryRead:
    """Read ``eval_history.jsonl`` (or ``checkpoint_eval/rows.jsonl``): every good line; each bad one is reported
    with file, line and field, and skipped. A missing file reads as no rows.

    >>> read_eval_history("no-such-dir/eval_history.jsonl").rows
    []
    """
    result = HistoryRead()
    target = Path(path)
    if not target.exists():
        return result
    name = os.fspath(path)
    with target.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{name}:{number}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                result.problems.append(f"{where}: not valid JSON ({exc})")
                continue
            try:
                result.rows.append(row_from_dict(obj, where))
            except RowError as exc:
                result.problems.append(str(exc))
    return result


# -- checkpoints on disk ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckpointDir:
    """A ``checkpoint-N`` directory of a training run."""

    step: int
    path: Path

    @property
    def name(self) -> str:
        return self.path.name


def find_checkpoints(output_dir: str | os.PathLike[str]) -> list[CheckpointDir]:
    """The ``checkpoint-N`` directories of a training run, in step order (other names are left alone).

    >>> find_checkpoints("no-such-dir")
    []
    """
    root = Path(output_dir)
    if not root.is_dir():
        return []
    found = []
    for child in root.iterdir():
        match = _CHECKPOINT_NAME.fullmatch(child.name)
        if match and child.is_dir():
            found.append(CheckpointDir(int(match.group(1)), child))
    return sorted(found, key=lambda c: c.step)


def rows_from_score(
    result: ScoreResult,
    *,
    step: int,
    checkpoint: str | None,
    source: str = "checkpoint",
    predictions: str | None,
) -> list[EvalRow]:
    """One row per benchmark of a scored predictions file (:func:`openrs_rewards.scoring.pipeline.score`): its
    summary's numbers, and the mean length in tokens when every line says ``completion_tokens`` (else characters).
    """
    tokens: dict[str | None, list[int]] = {}
    for sample in result.samples:
        count = (sample.record.fields or {}).get("completion_tokens")
        tokens.setdefault(sample.record.benchmark, []).append(
            count if isinstance(count, int) and not isinstance(count, bool) else -1
        )
    rows = []
    for summary in result.summaries:
        counts = tokens.get(summary.benchmark, [])
        in_tokens = bool(counts) and min(counts) >= 0
        rows.append(
            EvalRow(
                step=step,
                benchmark=summary.benchmark or "(no benchmark field)",
                problems=summary.problems,
                n=summary.min_samples_per_problem,
                accuracy=summary.accuracy,
                stderr=summary.accuracy_se,
                checkpoint=checkpoint,
                pass_at_k=dict(summary.pass_at_k),
                maj_at_k=dict(summary.maj_at_k),
                mean_length=sum(counts) / len(counts) if in_tokens else summary.mean_completion_chars,
                length_unit="tokens" if in_tokens else "chars",
                truncated_share=summary.truncated / summary.samples,
                no_answer_share=summary.no_answer_rate,
                source=source,
                predictions=predictions,
            )
        )
    return rows


@dataclass
class CheckpointRun:
    """What :func:`evaluate_checkpoints` did: the rows, samples generated now and found done, bad lines seen."""

    rows: list[EvalRow] = field(default_factory=list)
    generated: int = 0
    already_done: int = 0
    problems: list[str] = field(default_factory=list)


def evaluate_checkpoints(
    output_dir: str | os.PathLike[str],
    base: EvalConfig,
    *,
    ks: Sequence[int] | None = None,
    backend_factory: Callable[[EvalConfig], Backend] | None = None,
    stderr: IO[str] | None = None,
) -> CheckpointRun:
    """Evaluate every ``checkpoint-N`` of ``output_dir`` in step order with :func:`run_eval` (``base`` with the
    checkpoint as the model, into ``checkpoint_eval/checkpoint-N/preds.jsonl``, resumed like any ``openrs-eval``
    output) and score each with :func:`~openrs_rewards.scoring.pipeline.score`; the rows are also written to
    ``checkpoint_eval/rows.jsonl``. ``base.model`` and ``base.out`` are replaced; its other settings are used.
    """
    from openrs_rewards.scoring.pipeline import score
    from openrs_rewards.trainer_glue.evaluate import make_backend, run_eval

    root = Path(output_dir)
    run = CheckpointRun()
    for checkpoint in find_checkpoints(root):
        relative = Path(CHECKPOINT_EVAL_DIR) / checkpoint.name / "preds.jsonl"
        config = replace(base, model=str(checkpoint.path), model_name=checkpoint.name, out=root / relative)
        summary = run_eval(config, backend_factory=backend_factory or make_backend, stderr=stderr)
        run.generated += summary.generated
        run.already_done += summary.already_done
        result = score(summary.out, ks=ks, name=relative.as_posix())
        run.problems.extend(error["error"] for error in result.input_errors)
        run.rows.extend(
            rows_from_score(
                result, step=checkpoint.step, checkpoint=checkpoint.name, predictions=relative.as_posix()
            )
        )
    if run.rows:
        target = root / CHECKPOINT_EVAL_DIR / "rows.jsonl"
        target.write_text("".join(json.dumps(row.to_dict()) + "\n" for row in run.rows), encoding="utf-8")
    return run


def attach_checkpoints(rows: Iterable[EvalRow], checkpoints: Iterable[CheckpointDir]) -> list[EvalRow]:
    """``rows`` with the checkpoint directory's name filled in where a row names none but its step saved one (the
    in-run evaluation may run before the trainer saves that step).

    >>> row = EvalRow(step=2, benchmark="amc23", problems=3, n=2, accuracy=0.5, stderr=0.1)
    >>> attach_checkpoints([row], [CheckpointDir(2, Path("out/checkpoint-2"))])[0].checkpoint
    'checkpoint-2'
    """
    names = {checkpoint.step: checkpoint.name for checkpoint in checkpoints}
    return [
        replace(row, checkpoint=names[row.step]) if row.checkpoint is None and row.step in names else row
        for row in rows
    ]


# -- the rule ---------------------------------------------------------------------------------------------------


def z_value(confidence: float) -> float:
    """The two-sided normal quantile of ``confidence``: the lower end of that confidence interval is
    ``accuracy - z * SE``.

    >>> round(z_value(0.95), 3), round(z_value(0.8), 3)
    (1.96, 1.282)
    """
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence}")
    return NormalDist().inv_cdf((1 + confidence) / 2)


@dataclass(frozen=True)
class Candidate:
    """One step, measured on every benchmark: the accuracy (mean over benchmarks) and its standard error."""

    step: int
    checkpoint: str | None
    rows: tuple[EvalRow, ...]  # one per benchmark, the one the rule uses
    accuracy: float
    stderr: float | None
    lower_bound: float | None
    flag: str | None  # why this step is not chosen; None when it may be

    @property
    def benchmarks(self) -> tuple[str, ...]:
        return tuple(row.benchmark for row in self.rows)


@dataclass(frozen=True)
class Choice:
    """The candidates, the chosen one (None when none may be chosen), and the rule in words."""

    rule: Rule
    confidence: float
    z: float
    candidates: tuple[Candidate, ...]
    best: Candidate | None

    @property
    def rule_text(self) -> str:
        measure = (
            f"highest lower confidence bound, accuracy - {self.z:.2f} x SE (the lower end of the two-sided "
            f"{100 * self.confidence:g}% interval)"
            if self.rule == "lcb"
            else "highest accuracy"
        )
        return (
            f"Rule: {measure}; several benchmarks: their mean, SE = sqrt(sum SE^2) / benchmarks; ties to the earlier "
            "step. A step measured with one sample per problem or without a standard error is reported, never "
            "chosen; so is a step without a saved checkpoint or missing a benchmark."
        )

    def summary(self) -> str:
        """One line naming the chosen checkpoint and its numbers, or why none was chosen."""
        if self.best is None:
            reasons = sorted({c.flag for c in self.candidates if c.flag})
            why = "; ".join(reasons) if reasons else "no evaluation rows"
            return (
                f"No checkpoint chosen: no step qualifies ({why}). Evaluate with --n 2 or more samples per "
                "problem on 2 or more problems."
            )
        best = self.best
        benchmarks = ", ".join(best.benchmarks)
        assert best.stderr is not None and best.lower_bound is not None
        numbers = f"accuracy {_pct(best.accuracy)}% ± {_pct(best.stderr)}% SE"
        if self.rule == "lcb":
            numbers = f"lower bound {_pct(best.lower_bound)}% = {numbers}, z = {self.z:.2f}"
        tied = [
            c.step
            for c in self.candidates
            if c is not best and c.flag is None and _measure(c, self.rule) == _measure(best, self.rule)
        ]
        # A tie is said, so an all-zero table does not read as a win for the first checkpoint.
        ties = f" Tied with step {', '.join(map(str, tied))}: the earlier step is named." if tied else ""
        return f"Best checkpoint: {best.checkpoint} (step {best.step}): {numbers} (on {benchmarks}).{ties}"


def _preferred(rows: Sequence[EvalRow]) -> EvalRow:
    """Of one step's rows on one benchmark: one with an honest error bar (several samples per problem, an SE), then
    the most samples; a tie goes to the checkpoint re-evaluation."""
    return max(rows, key=lambda r: (r.flag is None, r.samples, r.source == "checkpoint"))


def _candidate(step: int, rows: Sequence[EvalRow], benchmarks: Sequence[str], z: float) -> Candidate:
    by_benchmark: dict[str, list[EvalRow]] = {}
    for row in rows:
        by_benchmark.setdefault(row.benchmark, []).append(row)
    chosen = tuple(_preferred(by_benchmark[b]) for b in benchmarks if b in by_benchmark)
    accuracy = math.fsum(r.accuracy for r in chosen) / len(chosen)
    errors = [r.stderr for r in chosen]
    stderr = (
        None
        if any(e is None for e in errors)
        else math.sqrt(math.fsum(e * e for e in errors if e is not None)) / len(chosen)
    )
    checkpoint = next((r.checkpoint for r in chosen if r.checkpoint), None)
    missing = [b for b in benchmarks if b not in by_benchmark]
    flags = [r.flag for r in chosen if r.flag]
    flag: str | None = None
    if flags:
        flag = flags[0]
    elif missing:
        flag = f"not measured on {', '.join(missing)}"
    elif checkpoint is None:
        flag = "no checkpoint saved at this step"
    return Candidate(
        step=step,
        checkpoint=checkpoint,
        rows=chosen,
        accuracy=accuracy,
        stderr=stderr,
        lower_bound=None if stderr is None else accuracy - z * stderr,
        flag=flag,
    )


def _measure(candidate: Candidate, rule: Rule) -> float:
    if rule == "mean":
        return candidate.accuracy
    if candidate.lower_bound is None:  # never: a candidate without a standard error is flagged
        raise ValueError(f"step {candidate.step} has no lower bound")
    return candidate.lower_bound


def choose_checkpoint(rows: Iterable[EvalRow], *, rule: Rule = "lcb", confidence: float = 0.95) -> Choice:
    """One candidate per step, and the best by ``rule`` (see the module docstring); ``best`` is None when no step
    qualifies."""
    if rule not in ("lcb", "mean"):
        raise ValueError(f"rule must be 'lcb' or 'mean', got {rule!r}")
    z = z_value(confidence)
    by_step: dict[int, list[EvalRow]] = {}
    for row in rows:
        by_step.setdefault(row.step, []).append(row)
    benchmarks = sorted({row.benchmark for group in by_step.values() for row in group})
    candidates = tuple(_candidate(step, by_step[step], benchmarks, z) for step in sorted(by_step))
    eligible = [c for c in candidates if c.flag is None]
    best = None
    if eligible:
        # max() keeps the first of equal keys, and the candidates are in step order: ties go to the earlier step.
        best = max(eligible, key=lambda c: _measure(c, rule))
    return Choice(rule=rule, confidence=confidence, z=z, candidates=candidates, best=best)


# -- the table --------------------------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _ordered(rows: Iterable[EvalRow]) -> list[EvalRow]:
    return sorted(rows, key=lambda r: (r.step, r.benchmark, SOURCES.index(r.source)))


def _ks(rows: Sequence[EvalRow], attribute: str) -> list[int]:
    return sorted({k for row in rows for k in getattr(row, attribute)})


def _length(row: EvalRow) -> str:
    if row.mean_length is None:
        return "—"
    unit = {"tokens": " tok", "chars": " chars"}.get(row.length_unit or "", "")
    return f"{row.mean_length:,.1f}{unit}"


def _markdown_table(headers: Sequence[str], body: Sequence[Sequence[str]], numeric_from: int) -> list[str]:
    """Text columns left-aligned, the numbers (``numeric_from`` up to the last, a note) right-aligned."""
    align = ["---:" if numeric_from <= i < len(headers) - 1 else "---" for i in range(len(headers))]
    return ["| " + " | ".join(line) + " |" for line in (headers, align, *body)]


def format_markdown(rows: Sequence[EvalRow], choice: Choice) -> str:
    """The table (one line per row, in step order) with the chosen checkpoint marked, the candidates when there are
    several benchmarks, the choice, and the rule, as Markdown (rates in %)."""
    ordered = _ordered(rows)
    # maj@1 is the first sample's accuracy, left out as openrs-score leaves it out (the JSON has it).
    pass_ks, maj_ks = _ks(ordered, "pass_at_k"), [k for k in _ks(ordered, "maj_at_k") if k > 1]
    headers = ["step", "checkpoint", "benchmark", "source", "problems", "n", "accuracy ± SE", "lower bound"]
    headers += [f"pass@{k}" for k in pass_ks] + [f"maj@{k}" for k in maj_ks]
    headers += ["mean length", "truncated", "no answer", "note"]
    best_step = choice.best.step if choice.best is not None else None
    used = {id(row) for candidate in choice.candidates for row in candidate.rows}
    step_flags = {candidate.step: candidate.flag for candidate in choice.candidates}
    body = []
    for row in ordered:
        accuracy = _pct(row.accuracy) + ("" if row.stderr is None else f" ± {_pct(row.stderr)}")
        note = row.flag or step_flags.get(row.step) or ""
        if row.step == best_step and id(row) in used:
            note = "**best**"
        line = [
            str(row.step),
            row.checkpoint or "—",
            row.benchmark,
            row.source,
            str(row.problems),
            str(row.n),
        ]
        line += [accuracy, _pct(row.lower_bound(choice.z))]
        line += [_pct(row.pass_at_k.get(k)) for k in pass_ks] + [_pct(row.maj_at_k.get(k)) for k in maj_ks]
        line += [_length(row), _pct(row.truncated_share), _pct(row.no_answer_share), note]
        body.append(line)
    lines = _markdown_table(headers, body, numeric_from=4) if body else ["(no evaluation rows)"]
    if len({row.benchmark for row in ordered}) > 1:
        lines += ["", "Per step, all benchmarks (the mean the rule compares):", ""]
        lines += _markdown_table(
            ["step", "checkpoint", "benchmarks", "accuracy ± SE", "lower bound", "note"],
            [
                [
                    str(c.step),
                    c.checkpoint or "—",
                    ", ".join(c.benchmarks),
                    _pct(c.accuracy) + ("" if c.stderr is None else f" ± {_pct(c.stderr)}"),
                    _pct(c.lower_bound),
                    "**best**" if c is choice.best else c.flag or "",
                ]
                for c in choice.candidates
            ],
            numeric_from=3,
        )
    lines += ["", choice.summary(), "", choice.rule_text]
    lines += [
        "",
        "Rates in %. accuracy: mean over all samples, ± standard error clustered by problem; lower bound: "
        f"accuracy - {choice.z:.2f} x SE. pass@k: unbiased estimator; maj@k: majority vote of the first k samples. "
        "Mean length in tokens (tok) or characters. source: in_run (eval_history.jsonl) or checkpoint "
        "(openrs-eval --checkpoints).",
    ]
    return "\n".join(lines) + "\n"


def table_json(rows: Sequence[EvalRow], choice: Choice) -> dict[str, Any]:
    """The table as a JSON document (schema :data:`JSON_SCHEMA`; rates are fractions)."""

    def candidate(c: Candidate) -> dict[str, Any]:
        return {
            "step": c.step,
            "checkpoint": c.checkpoint,
            "benchmarks": list(c.benchmarks),
            "accuracy": c.accuracy,
            "stderr": c.stderr,
            "lower_bound": c.lower_bound,
            "flag": c.flag,
        }

    return {
        "schema": JSON_SCHEMA,
        "rule": choice.rule,
        "confidence": choice.confidence,
        "z": choice.z,
        "rule_text": choice.rule_text,
        "best": None if choice.best is None else candidate(choice.best),
        "summary": choice.summary(),
        "candidates": [candidate(c) for c in choice.candidates],
        "rows": [
            {**row.to_dict(), "lower_bound": row.lower_bound(choice.z), "flag": row.flag}
            for row in _ordered(rows)
        ],
    }
