"""`Verdict`: the one object that crosses module boundaries.

Rewards, the scorer and the trainer glue read verdicts; none of them re-parse answers.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["STATUSES", "Decision", "InvalidGoldError", "Status", "Verdict"]

Status = Literal["correct", "incorrect", "no_answer", "invalid_gold", "timeout", "error"]

STATUSES: tuple[Status, ...] = ("correct", "incorrect", "no_answer", "invalid_gold", "timeout", "error")


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of comparing one completion's final answer with one gold answer.

    Attributes:
        correct: True only when ``status == "correct"``.
        status: one of ``STATUSES``. ``invalid_gold`` means the gold could not be parsed (never counted correct);
            ``timeout`` means the guarded worker used up its CPU-time budget (or the 3x wall-clock backstop) and
            was killed.
        predicted: the normalised answer extracted from the completion, or None when none was found.
        gold: the normalised gold answer, or None when it could not be parsed.
        method: the stage that decided: ``"string"``, ``"numeric"``, ``"choice"`` (microsecond comparisons in the
            caller), ``"expr"`` (the bounded expression parser in the caller), ``"symbolic"`` or ``"math_verify"``
            (a guarded worker), or for the non-comparison outcomes ``"extract"``, ``"gold"``, ``"guard"``,
            ``"input"``, ``"internal"``.
        seconds: wall time spent on this verdict.
        source: where in the completion the answer was found: ``"boxed"``, ``"answer_tag"``, ``"phrase"``,
            ``"bold"``, ``"gsm8k"``, ``"math_span"`` (the last math span of the final sentence), ``"plain_math"``
            (math without delimiters that the final sentence states: ``So the area is 3.5π.``), ``"choice"``,
            ``"whole"`` (the completion is nothing but its answer: ``5``, ``x=5``), ``"last_number"``, ``"gold_word"``
            (a word gold that the finished final sentence says, and nothing of its kind besides: ``So the 24th
            falls on a Thursday.``), ``"program_output"``
            (the value the output block a program-of-thought answer ends on prints); prefixed
            ``"reasoning:"`` when it was found inside the reasoning because the text after it had none
            (``answer_region="reasoning_fallback"``); None when no answer was found.
        detail: a short human-readable reason for ``no_answer`` (for example a truncated or looping completion
            without an explicit answer), ``error``, ``timeout`` and ``invalid_gold``, else None.
    """

    correct: bool
    status: Status
    predicted: str | None = None
    gold: str | None = None
    method: str | None = None
    seconds: float = 0.0
    source: str | None = None
    detail: str | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown verdict status {self.status!r}; expected one of {STATUSES}")
        if self.correct != (self.status == "correct"):
            raise ValueError(f"Verdict.correct={self.correct} contradicts status={self.status!r}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class InvalidGoldError(Exception):
    """The gold answer cannot be parsed at all (raised by ``symbolic_compare``; the verdict is ``invalid_gold``)."""


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of one comparison and the stage that decided it.

    Attributes:
        equal: whether the prediction equals the gold.
        method: ``"string"``, ``"numeric"``, ``"symbolic"``, ``"choice"`` or ``"math_verify"``.
        predicted: the normalised prediction (what ``Verdict.predicted`` shows).
    """

    equal: bool
    method: str
    predicted: str
