"""Summaries per (model, benchmark), as a plain-text table and as JSON.

What each number means (the table prints the same notes):

- **accuracy**: the mean over all samples; **± SE** is its standard error clustered by problem
  (:func:`~openrs_rewards.scoring.metrics.accuracy_with_se`).
- **pass@k**: the unbiased estimator ``1 - C(n-c, k) / C(n, k)`` per problem, averaged over problems; None (``—``)
  when ``k`` exceeds the smallest number of samples of any problem in the group.
- **maj@k**: the share of problems whose majority answer among their first ``k`` samples (in input order) is
  correct (:func:`~openrs_rewards.scoring.metrics.majority_is_correct`; ties go to the answer seen first). The
  table leaves out maj@1 (just the first sample's accuracy); the JSON has every requested k.
- **truncated**: the share of samples whose record says generation stopped at the length limit (``finish_reason``
  ``"length"`` or ``truncated: true``); such a completion is read for explicit answers only.
- **no answer**: the share of samples with status ``no_answer``; **timeouts**, **errors** and **invalid gold** are
  counts of samples with those statuses (they count as incorrect).
- **mean chars**: the mean completion length in characters (not tokens).
- for each reward: the mean and standard deviation over the values that are not None, and the share of None.

Lines that cannot be scored at all (not JSON, a missing field) are not samples: they are counted apart.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openrs_rewards.scoring.metrics import accuracy_with_se, majority_is_correct, mean_and_std, pass_at_k
from openrs_rewards.scoring.records import Record, group_key, problem_key
from openrs_rewards.verifiers.verdict import STATUSES, Verdict

__all__ = [
    "JSON_SCHEMA",
    "GroupSummary",
    "RewardStats",
    "Sample",
    "format_table",
    "summarize",
    "to_json",
]

#: The ``schema`` value of ``openrs-score --json`` output; bumped when a field changes meaning.
JSON_SCHEMA = "openrs-score/1"

_NOTES = (
    "n/problem: samples per problem. accuracy: mean over all samples, ± standard error clustered by problem. "
    "pass@k: unbiased estimator, averaged over problems (— when k exceeds the samples of a problem). maj@k: majority "
    "vote over the normalised answers of the first k samples (ties: the answer seen first). no answer: share of "
    "samples without an extractable answer. errors, bad gold: samples the verifier could not check, golds it could "
    "not parse (shown when any). truncated: share of samples that hit the length limit per their record (shown when "
    "any). chars: mean completion length in characters."
)
#: The notes under the table, whose rates are percentages.
TABLE_NOTES = "Rates in %. " + _NOTES
#: The ``notes`` of the JSON report, whose rates (accuracy, pass@k, maj@k, no_answer_rate, truncated_rate,
#: none_share) are fractions.
JSON_NOTES = "Rates are fractions from 0 to 1 (the table shows them in %). " + _NOTES.replace(
    "chars: mean completion length", "mean_completion_chars: mean completion length"
)


@dataclass
class Sample:
    """One scored line: its record, its verdict, each requested reward's value, and its completion's length in
    characters when the record does not hold the completion (a line scored on Ray reaches the driver without it).

    >>> from openrs_rewards.scoring.records import Record
    >>> Sample(Record(1, completion="so 4"), Verdict(False, "incorrect")).completion_chars
    4
    >>> Sample(Record(1), Verdict(False, "incorrect"), chars=12_000).completion_chars
    12000
    """

    record: Record
    verdict: Verdict
    rewards: dict[str, float | None] = field(default_factory=dict)
    chars: int | None = None  # None: the length of record.completion

    @property
    def completion_chars(self) -> int:
        """The completion's length in characters (``mean chars`` in the report, the plot's length axis)."""
        return self.chars if self.chars is not None else len(self.record.completion or "")


@dataclass
class RewardStats:
    """One reward over one group: mean and sample standard deviation of the non-None values, share of None."""

    mean: float | None
    std: float | None
    none_share: float
    count: int  # values that are not None
    minimum: float | None
    maximum: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "mean": self.mean,
            "std": self.std,
            "none_share": self.none_share,
            "count": self.count,
            "min": self.minimum,
            "max": self.maximum,
        }


@dataclass
class GroupSummary:
    """Everything reported for one (model, benchmark)."""

    model: str | None
    benchmark: str | None
    problems: int
    samples: int
    min_samples_per_problem: int
    max_samples_per_problem: int
    accuracy: float
    accuracy_se: float | None
    pass_at_k: dict[int, float | None]
    maj_at_k: dict[int, float | None]
    status_counts: dict[str, int]
    mean_completion_chars: float
    rewards: dict[str, RewardStats] = field(default_factory=dict)
    truncated: int = 0  # samples whose record says generation hit the length limit

    @property
    def no_answer_rate(self) -> float:
        return self.status_counts.get("no_answer", 0) / self.samples

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "benchmark": self.benchmark,
            "problems": self.problems,
            "samples": self.samples,
            "samples_per_problem": {"min": self.min_samples_per_problem, "max": self.max_samples_per_problem},
            "accuracy": self.accuracy,
            "accuracy_se": self.accuracy_se,
            "pass_at_k": {str(k): v for k, v in self.pass_at_k.items()},
            "maj_at_k": {str(k): v for k, v in self.maj_at_k.items()},
            "no_answer_rate": self.no_answer_rate,
            "truncated": self.truncated,
            "truncated_rate": self.truncated / self.samples,
            "timeouts": self.status_counts.get("timeout", 0),
            "errors": self.status_counts.get("error", 0),
            "invalid_gold": self.status_counts.get("invalid_gold", 0),
            "status_counts": dict(self.status_counts),
            "mean_completion_chars": self.mean_completion_chars,
            "rewards": {label: stats.to_dict() for label, stats in self.rewards.items()},
        }


def reward_stats(values: Sequence[float | None]) -> RewardStats:
    present = [v for v in values if v is not None]
    mean, std = mean_and_std(present)
    return RewardStats(
        mean=mean,
        std=std,
        none_share=(len(values) - len(present)) / len(values) if values else 0.0,
        count=len(present),
        minimum=min(present) if present else None,
        maximum=max(present) if present else None,
    )


def _summarize_group(
    model: str | None,
    benchmark: str | None,
    samples: Sequence[Sample],
    ks: Sequence[int],
    reward_labels: Sequence[str],
) -> GroupSummary:
    problems: dict[object, list[Sample]] = {}
    for sample in samples:
        problems.setdefault(problem_key(sample.record), []).append(sample)
    per_problem = [(sum(s.verdict.correct for s in group), len(group)) for group in problems.values()]
    accuracy, se = accuracy_with_se(per_problem)
    sizes = [n for _, n in per_problem]
    smallest = min(sizes)
    pass_values: dict[int, float | None] = {}
    maj_values: dict[int, float | None] = {}
    for k in ks:
        if k > smallest:
            pass_values[k] = maj_values[k] = None
            continue
        pass_values[k] = sum(pass_at_k(n, c, k) for c, n in per_problem) / len(per_problem)
        votes = [
            majority_is_correct([s.verdict.predicted for s in group], [s.verdict.correct for s in group], k)
            for group in problems.values()
        ]
        maj_values[k] = sum(votes) / len(votes)
    counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
    for sample in samples:
        counts[sample.verdict.status] += 1
    chars = sum(s.completion_chars for s in samples) / len(samples)
    rewards = {label: reward_stats([s.rewards.get(label) for s in samples]) for label in reward_labels}
    return GroupSummary(
        model=model,
        benchmark=benchmark,
        problems=len(problems),
        samples=len(samples),
        min_samples_per_problem=smallest,
        max_samples_per_problem=max(sizes),
        accuracy=accuracy,
        accuracy_se=se,
        pass_at_k=pass_values,
        maj_at_k=maj_values,
        status_counts=counts,
        mean_completion_chars=chars,
        rewards=rewards,
        truncated=sum(1 for s in samples if s.record.truncated),
    )


def summarize(
    samples: Iterable[Sample], ks: Sequence[int] = (1,), reward_labels: Sequence[str] = ()
) -> list[GroupSummary]:
    """One :class:`GroupSummary` per (model, benchmark), in order of first appearance.

    Records sharing a problem id within a (model, benchmark) are samples of one problem, in input order.
    """
    groups: dict[tuple[str | None, str | None], list[Sample]] = {}
    for sample in samples:
        groups.setdefault(group_key(sample.record), []).append(sample)
    return [
        _summarize_group(model, benchmark, group, ks, reward_labels)
        for (model, benchmark), group in groups.items()
    ]


# -- text -------------------------------------------------------------------------------------------------------


def _pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{100 * value:.{digits}f}"


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    if value != 0 and (abs(value) >= 1e5 or abs(value) < 1e-3):
        return f"{value:.3g}"
    return f"{value:.3f}"


def _render(
    headers: Sequence[str], rows: Sequence[Sequence[str]], width: int, indent: str = "  "
) -> list[str]:
    """A left-aligned first column and right-aligned others; columns after the first are split into several
    blocks (each repeating the first column) when the whole would be wider than ``width``."""
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    blocks: list[list[int]] = []
    current: list[int] = []
    used = len(indent) + widths[0]
    for i in range(1, len(headers)):
        if current and used + 2 + widths[i] > width:
            blocks.append(current)
            current, used = [], len(indent) + widths[0]
        current.append(i)
        used += 2 + widths[i]
    blocks.append(current)
    lines: list[str] = []
    for number, block in enumerate(blocks):
        if number:
            lines.append("")
        columns = [0, *block]

        def line(cells: Sequence[str], columns: list[int] = columns) -> str:
            parts = [cells[0].ljust(widths[0]) if len(columns) > 1 else cells[0]]
            parts += [cells[i].rjust(widths[i]) for i in columns[1:]]
            return (indent + "  ".join(parts)).rstrip()

        lines.append(line(headers))
        lines.extend(line(row) for row in rows)
    return lines


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_table(
    summaries: Sequence[GroupSummary],
    ks: Sequence[int],
    reward_labels: Sequence[str] = (),
    *,
    width: int = 110,
    notes: bool = True,
) -> str:
    """The plain-text report: one section per model, a row per benchmark, then the rewards (if any)."""
    if not summaries:
        return "No scoreable records.\n"
    maj_ks = [k for k in ks if k > 1]  # maj@1 is just the first sample's accuracy
    # Columns for rarer statuses appear only when some group has one (they are always in the JSON).
    extra_statuses = [
        (name, status)
        for name, status in (("errors", "error"), ("bad gold", "invalid_gold"))
        if any(g.status_counts.get(status, 0) for g in summaries)
    ]
    show_truncated = any(g.truncated for g in summaries)
    lines: list[str] = []
    by_model: dict[str | None, list[GroupSummary]] = {}
    for summary in summaries:
        by_model.setdefault(summary.model, []).append(summary)
    for model, groups in by_model.items():
        if lines:
            lines.append("")
        heading = textwrap.wrap(
            f"Model: {model if model is not None else '(no model field)'}", width, subsequent_indent="       "
        )
        lines.extend(heading[:3] if len(heading) <= 3 else [*heading[:2], _clip(heading[2] + " …", width)])
        headers = ["benchmark", "problems", "n/problem", "accuracy ± SE", "no answer", "timeouts"]
        headers += (
            [name for name, _ in extra_statuses] + (["truncated"] if show_truncated else []) + ["chars"]
        )
        headers += [f"pass@{k}" for k in ks] + [f"maj@{k}" for k in maj_ks]
        rows = []
        for g in groups:
            per_problem = (
                str(g.min_samples_per_problem)
                if g.min_samples_per_problem == g.max_samples_per_problem
                else f"{g.min_samples_per_problem}–{g.max_samples_per_problem}"
            )
            accuracy = _pct(g.accuracy) + ("" if g.accuracy_se is None else f" ± {_pct(g.accuracy_se)}")
            row = [
                _clip(g.benchmark if g.benchmark is not None else "(none)", 30),
                str(g.problems),
                per_problem,
            ]
            row += [accuracy, _pct(g.no_answer_rate), str(g.status_counts.get("timeout", 0))]
            row += [str(g.status_counts.get(status, 0)) for _, status in extra_statuses]
            row += [_pct(g.truncated / g.samples)] if show_truncated else []
            row += [f"{g.mean_completion_chars:,.0f}"]
            row += [*(_pct(g.pass_at_k[k]) for k in ks), *(_pct(g.maj_at_k[k]) for k in maj_ks)]
            rows.append(row)
        lines.extend(_render(headers, rows, width))
        if reward_labels:
            lines.append("")
            reward_rows = []
            for g in groups:
                for label in reward_labels:
                    stats = g.rewards[label]
                    reward_rows.append(
                        [
                            _clip(label, 40),
                            _clip(g.benchmark if g.benchmark is not None else "(none)", 30),
                            _num(stats.mean),
                            _num(stats.std),
                            _num(stats.minimum),
                            _num(stats.maximum),
                            _pct(stats.none_share),
                        ]
                    )
            lines.extend(
                _render(["reward", "benchmark", "mean", "std", "min", "max", "None %"], reward_rows, width)
            )
    if notes:
        lines.append("")
        lines.extend(textwrap.wrap(TABLE_NOTES, width))
    return "\n".join(lines) + "\n"


# -- JSON -------------------------------------------------------------------------------------------------------


def to_json(
    summaries: Sequence[GroupSummary],
    *,
    ks: Sequence[int],
    reward_labels: Sequence[str] = (),
    input_name: str,
    counts: Mapping[str, int],
    input_errors: Sequence[Mapping[str, Any]] = (),
    reward_errors: Sequence[str] = (),
) -> str:
    """The machine-readable report (schema :data:`JSON_SCHEMA`); see the README for every field."""
    document = {
        "schema": JSON_SCHEMA,
        "input": input_name,
        "lines": dict(counts),
        "k": list(ks),
        "rewards": list(reward_labels),
        "groups": [summary.to_dict() for summary in summaries],
        "input_errors": list(input_errors),
        "reward_errors": list(reward_errors),
        "notes": JSON_NOTES,
    }
    return json.dumps(document, indent=2, ensure_ascii=False)
