"""Reading prediction records from JSON Lines: field resolution, and one clear error per bad line.

A record is one JSON object per line. Its fields are found by name, trying each alias in order:

=============  ==============================================  =========================================
role           field names tried (first present wins)           flag that replaces them
=============  ==============================================  =========================================
completion     ``completion``, ``response``, ``output``,        ``--completion-field``
               ``prediction``
gold           ``gold``, ``answer``, ``solution``               ``--gold-field``
problem id     ``id``, ``problem``                              ``--id-field``
benchmark      ``benchmark``                                    ``--benchmark-field``
model          ``model``                                        ``--model-field``
=============  ==============================================  =========================================

Records that share a problem id (within one model and benchmark) are samples of one problem; a record without
one is a problem of its own. The completion must be a string; the gold a string or a number.

A line is read as bytes and decoded on its own, so one line of bad UTF-8 spoils only that line. The file is
streamed: it is never read whole into memory at once.

>>> import io
>>> lines = io.BytesIO(b'{"response": "so 4", "answer": 4, "id": "q1"}\\n\\nnot json\\n{"output": "5"}\\n')
>>> for record in read_records(lines, name="p.jsonl"):
...     print(record.line, record.completion, record.gold, record.problem_id, record.blank, record.error)
1 so 4 4 q1 False None
2 None None None True None
3 None None None False p.jsonl:3: not valid JSON: Expecting value at column 1
4 None None None False p.jsonl:4: no gold field (looked for 'gold', 'answer' or 'solution')
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

__all__ = [
    "DEFAULT_FIELDS",
    "FieldNames",
    "Record",
    "group_key",
    "parse_record",
    "problem_key",
    "read_records",
    "record_from_object",
    "truncation_of",
]


@dataclass(frozen=True)
class FieldNames:
    """The field names tried, in order, for each role of a record."""

    completion: tuple[str, ...] = ("completion", "response", "output", "prediction")
    gold: tuple[str, ...] = ("gold", "answer", "solution")
    problem_id: tuple[str, ...] = ("id", "problem")
    benchmark: tuple[str, ...] = ("benchmark",)
    model: tuple[str, ...] = ("model",)
    prompt: tuple[str, ...] = ("problem", "prompt")  # handed to rewards as ``prompts``

    def with_overrides(self, **overrides: str | None) -> FieldNames:
        """A copy in which each role given a name looks only at that field (``completion="text"``)."""
        values = {role: (name,) for role, name in overrides.items() if name is not None}
        return FieldNames(**{**self.__dict__, **values})


DEFAULT_FIELDS = FieldNames()


@dataclass
class Record:
    """One input line, parsed. ``error`` is set (with the file, line and field) when it cannot be scored."""

    line: int  # 1-based line number in the input
    fields: dict[str, Any] | None = (
        None  # the JSON object; None for a blank line or one that is not an object
    )
    raw: str | None = None  # the line's text when it is not a JSON object (kept for --out)
    completion: str | None = None
    gold: str | None = None
    problem_id: str | None = None
    benchmark: str | None = None
    model: str | None = None
    completion_field: str | None = None  # the field names that resolved
    gold_field: str | None = None
    prompt: Any = None
    truncated: bool | None = None  # from ``finish_reason`` ("length") or ``truncated``; None when unknown
    error: str | None = None  # "FILE:LINE: what is wrong (field ...)"
    error_field: str | None = None  # the role or field at fault, when one is
    blank: bool = False

    @property
    def scoreable(self) -> bool:
        return not self.blank and self.error is None


def group_key(record: Record) -> tuple[str | None, str | None]:
    """The (model, benchmark) a record is reported under: one table row, one reward call."""
    return (record.model, record.benchmark)


def problem_key(record: Record) -> tuple[str | None, str | None, object]:
    """The problem a record is a sample of: records with equal keys are samples of one problem.

    Within a (model, benchmark), records sharing a problem id are one problem; a record without an id is a problem
    of its own (keyed by its line). This is the only definition: the report, the rewards' grouping and the default
    ``k`` all use it.

    >>> a, b, c = read_records([b'{"id": 1, "completion": "", "gold": "1"}'] * 2 + [b'{"completion": "", "gold": "1"}'])
    >>> problem_key(a) == problem_key(b), problem_key(c)
    (True, (None, None, ('line', 3)))
    """
    problem: object = record.problem_id if record.problem_id is not None else ("line", record.line)
    return (record.model, record.benchmark, problem)


def _iter_lines(
    stream: IO[bytes] | IO[str] | Iterable[bytes | str],
) -> Iterator[tuple[int, str | None, bytes]]:
    """(line number, decoded text or None when it is not UTF-8, raw bytes) for each line, streamed."""
    for number, chunk in enumerate(stream, start=1):
        if isinstance(chunk, str):
            text = chunk.rstrip("\r\n")
            yield number, text[1:] if number == 1 and text.startswith("\ufeff") else text, b""
            continue
        data = chunk.rstrip(b"\r\n")
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a byte-order mark, as some editors write at the start of a UTF-8 file
        try:
            yield number, data.decode("utf-8"), data
        except UnicodeDecodeError:
            yield number, None, data


def _text_of(value: Any) -> str | None:
    """A label (id, model, benchmark) as text; None for a JSON null."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def _resolve(fields: dict[str, Any], names: tuple[str, ...]) -> tuple[str | None, Any]:
    for name in names:
        if name in fields:
            return name, fields[name]
    return None, None


def _looked_for(names: tuple[str, ...]) -> str:
    quoted = [repr(n) for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def truncation_of(obj: dict[str, Any]) -> bool | None:
    """Whether generation stopped at the length limit: ``finish_reason`` (OpenAI / vLLM: ``"length"``) or a boolean
    ``truncated`` field; None when the record says neither (never read as "finished": that would allow a guess in a
    cut-off text).

    >>> truncation_of({"finish_reason": "length"}), truncation_of({"finish_reason": "stop"}), truncation_of({})
    (True, False, None)
    """
    finish = obj.get("finish_reason")
    if isinstance(finish, str):
        return finish == "length"
    truncated = obj.get("truncated")
    return truncated if isinstance(truncated, bool) else None


def parse_record(number: int, text: str, name: str, fields: FieldNames = DEFAULT_FIELDS) -> Record:
    """Parse one non-blank line into a :class:`Record`; problems become ``Record.error``, never exceptions."""
    where = f"{name}:{number}"
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Record(number, raw=text, error=f"{where}: not valid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return Record(number, raw=text, error=f"{where}: not valid JSON: nested too deeply")
    if not isinstance(obj, dict):
        return Record(
            number, raw=text, error=f"{where}: expected a JSON object, got a JSON {type(obj).__name__}"
        )
    return record_from_object(number, obj, name, fields)


def record_from_object(
    number: int, obj: dict[str, Any], name: str = "<records>", fields: FieldNames = DEFAULT_FIELDS
) -> Record:
    """A :class:`Record` from one already-parsed JSON object (``number`` is its 1-based position, ``name`` the
    source named in errors); problems become ``Record.error``, never exceptions.

    >>> record_from_object(1, {"completion": "so 4", "answer": 4}).gold
    '4'
    """
    where = f"{name}:{number}"
    record = Record(number, fields=obj)
    record.problem_id = _text_of(_resolve(obj, fields.problem_id)[1])
    record.benchmark = _text_of(_resolve(obj, fields.benchmark)[1])
    record.model = _text_of(_resolve(obj, fields.model)[1])
    record.prompt = _resolve(obj, fields.prompt)[1]
    record.truncated = truncation_of(obj)

    completion_field, completion = _resolve(obj, fields.completion)
    gold_field, gold = _resolve(obj, fields.gold)
    record.completion_field, record.gold_field = completion_field, gold_field
    if completion_field is None:
        record.error_field = "completion"
        record.error = f"{where}: no completion field (looked for {_looked_for(fields.completion)})"
    elif not isinstance(completion, str):
        record.error_field = completion_field
        kind = "null" if completion is None else f"a JSON {type(completion).__name__}"
        record.error = f"{where}: field {completion_field!r} must be a string, got {kind}"
    elif gold_field is None:
        record.error_field = "gold"
        record.error = f"{where}: no gold field (looked for {_looked_for(fields.gold)})"
    elif isinstance(gold, bool) or not isinstance(gold, (str, int, float)):
        record.error_field = gold_field
        kind = "null" if gold is None else f"a JSON {type(gold).__name__}"
        record.error = f"{where}: field {gold_field!r} must be a string or a number, got {kind}"
    elif isinstance(gold, float) and not math.isfinite(gold):
        record.error_field = gold_field
        record.error = f"{where}: field {gold_field!r} is not a finite number ({gold})"
    else:
        record.completion = completion
        record.gold = gold if isinstance(gold, str) else str(gold)
    return record


def read_records(
    stream: IO[bytes] | IO[str] | Iterable[bytes | str],
    *,
    name: str = "<stdin>",
    fields: FieldNames = DEFAULT_FIELDS,
) -> Iterator[Record]:
    """One :class:`Record` per line of ``stream`` (bytes are decoded as UTF-8 line by line), in order.

    Blank lines give a record with ``blank=True``; a line that cannot be scored gives one with ``error`` set to
    ``"NAME:LINE: ..."`` naming the field at fault. Nothing is skipped, so the records match the lines one to one.
    """
    for number, text, data in _iter_lines(stream):
        if text is None:
            try:
                data.decode("utf-8")
                problem = "not valid UTF-8"
            except UnicodeDecodeError as exc:
                problem = (
                    f"not valid UTF-8: byte 0x{data[exc.start]:02x} at column {exc.start + 1} ({exc.reason})"
                )
            yield Record(
                number,
                raw=data.decode("utf-8", errors="backslashreplace"),
                error=f"{name}:{number}: {problem}",
            )
        elif not text.strip():
            yield Record(number, blank=True)
        else:
            yield parse_record(number, text, name, fields)
