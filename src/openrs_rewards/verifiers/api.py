"""Public entry points: :func:`verify`, :func:`verify_batch` and their async twins.

One item goes: completion → ``extract_answer`` → (gold → ``prepare_gold``, cached) → ``fast_compare`` in the caller
(microseconds; settles most real items) → otherwise ``symbolic_compare`` in a guarded worker process with a hard
deadline (:mod:`openrs_rewards.verifiers.guard`). Every failure is a :class:`Verdict` with a status; no input makes
these functions raise (only bad *options*, a programming error, raise ``TypeError`` / ``ValueError``).

Example:
    >>> verify("<think>...</think> The answer is $\\\\boxed{\\\\dfrac{1}{2}}$.", "0.5").status
    'correct'
    >>> verify("no idea", "42", last_number_fallback=False).status
    'no_answer'
    >>> [v.status for v in verify_batch(["\\\\boxed{7}", "\\\\boxed{8}"], [7, "9"])]
    ['correct', 'incorrect']
"""

from __future__ import annotations

import asyncio
import math
import numbers
import os
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any

from openrs_rewards.verifiers.extract import DEFAULT_EXTRACTION, Extracted, ExtractionConfig, extract_answer
from openrs_rewards.verifiers.fast import PreparedGold, fast_compare, prepare_gold
from openrs_rewards.verifiers.normalize import normalize_answer
from openrs_rewards.verifiers.verdict import Decision, Status, Verdict

__all__ = ["averify", "averify_batch", "verify", "verify_batch"]

CHOICE_LETTERS = "ABCDEFGHIJ"
DECISION_CACHE_SIZE = 65_536
GROUP_CHUNK = 16  # items of one gold sent to one worker in a row (the worker caches the parsed gold)
_OPTION_NAMES = (
    "unclosed_think",
    "last_number_fallback",
    "tail_chars",
    "max_answer_chars",
    "use_math_verify",
)


@dataclass(frozen=True, slots=True)
class _Options:
    extraction: ExtractionConfig
    use_math_verify: bool


def _options(timeout: Any, options: Mapping[str, Any]) -> _Options:
    unknown = sorted(set(options) - set(_OPTION_NAMES))
    if unknown:
        raise TypeError(
            f"unknown verify option(s) {', '.join(unknown)}; expected some of {', '.join(_OPTION_NAMES)}"
        )
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, numbers.Real)
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
        raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
    fields = {
        name: options[name] for name in _OPTION_NAMES[:4] if name in options and options[name] is not None
    }
    extraction = ExtractionConfig(**fields) if fields else DEFAULT_EXTRACTION
    return _Options(extraction, bool(options.get("use_math_verify", True)))


def _completion_text(completion: Any) -> str | None:
    """The text of a completion: a string, or a chat message / list of messages (the last one's ``content``)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, Mapping):
        content = completion.get("content")
        return content if isinstance(content, str) else None
    if isinstance(completion, (list, tuple)) and completion and isinstance(completion[-1], Mapping):
        return _completion_text(completion[-1])
    return None


def _gold_text(gold: Any) -> str | None:
    """Golds are text; plain numbers (GSM8K's ints, a float) are accepted and written out."""
    if isinstance(gold, str):
        return gold
    if isinstance(gold, bool) or gold is None:
        return None
    if isinstance(gold, numbers.Integral):
        return str(int(gold))
    if isinstance(gold, numbers.Real):
        value = float(gold)
        return repr(value) if math.isfinite(value) else None
    return None


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


# --- the per-process cache of symbolic decisions -------------------------------------------------------------------

_CacheKey = tuple[str, str, bool]
_DECISIONS: OrderedDict[_CacheKey, tuple[str, Decision | None, str | None]] = OrderedDict()
_DECISIONS_LOCK = threading.Lock()


def _cached(key: _CacheKey) -> tuple[str, Decision | None, str | None] | None:
    with _DECISIONS_LOCK:
        found = _DECISIONS.get(key)
        if found is not None:
            _DECISIONS.move_to_end(key)
        return found


def _remember(key: _CacheKey, value: tuple[str, Decision | None, str | None]) -> None:
    with _DECISIONS_LOCK:
        _DECISIONS[key] = value
        while len(_DECISIONS) > DECISION_CACHE_SIZE:
            _DECISIONS.popitem(last=False)


# Golds a worker has parsed (per ``use_math_verify``): an exact textual match against one of them is final in the
# caller. Before that, only the symbolic stage can tell whether the gold parses at all, and an unparseable gold must
# give ``invalid_gold``, never ``correct`` (even for a completion that repeats it verbatim).
_PARSED_GOLDS: set[tuple[str, bool]] = set()


def _gold_parsed(gold_text: str, use_math_verify: bool) -> bool:
    with _DECISIONS_LOCK:
        return (gold_text, use_math_verify) in _PARSED_GOLDS


def _mark_gold_parsed(gold_text: str, use_math_verify: bool) -> None:
    with _DECISIONS_LOCK:
        if len(_PARSED_GOLDS) >= DECISION_CACHE_SIZE:
            _PARSED_GOLDS.clear()
        _PARSED_GOLDS.add((gold_text, use_math_verify))


def clear_decision_cache() -> None:
    """Forget cached symbolic decisions (tests that swap the comparison use it)."""
    with _DECISIONS_LOCK:
        _DECISIONS.clear()
        _PARSED_GOLDS.clear()


# --- one item ------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    index: int
    extracted: Extracted
    gold: PreparedGold
    started: float
    spent: float  # seconds of caller-side work so far
    confirm: Decision | None = None  # a textual match that stands once a worker has parsed the gold


def _verdict(decision: Decision, gold: PreparedGold, source: str | None, seconds: float) -> Verdict:
    return Verdict(
        correct=decision.equal,
        status="correct" if decision.equal else "incorrect",
        predicted=decision.predicted,
        gold=gold.text,
        method=decision.method,
        seconds=seconds,
        source=source,
    )


def _unsettled(
    status: Status, started: float, method: str, *, gold: str | None = None, detail: str | None = None
) -> Verdict:
    """A verdict reached without a comparison (bad input, no answer, an internal error)."""
    return Verdict(
        False, status, gold=gold, method=method, seconds=time.perf_counter() - started, detail=detail
    )


def _prepare(index: int, completion: Any, gold: Any, options: _Options) -> Verdict | _Pending:
    started = time.perf_counter()
    try:
        gold_text = _gold_text(gold)
        if gold_text is None:
            detail = f"gold must be text or a number, got {type(gold).__name__} {_describe(gold)}"
            return _unsettled("invalid_gold", started, "gold", detail=detail)
        prepared = prepare_gold(gold_text)
        if prepared is None:
            detail = f"gold {_describe(gold_text)} has no answer to compare with"
            return _unsettled("invalid_gold", started, "gold", detail=detail)
        text = _completion_text(completion)
        if text is None:
            detail = f"completion must be text (or chat messages), got {type(completion).__name__}"
            return _unsettled("error", started, "input", gold=prepared.text, detail=detail)
        choice_letters = CHOICE_LETTERS if prepared.choice is not None else None
        extracted = extract_answer(text, options.extraction, choice_letters=choice_letters)
        if extracted is None:
            return _unsettled("no_answer", started, "extract", gold=prepared.text)
        decision = fast_compare(extracted.text, prepared)
        if decision is not None and _needs_gold_check(decision, prepared, options.use_math_verify):
            return _Pending(index, extracted, prepared, started, time.perf_counter() - started, decision)
        if decision is not None:
            return _verdict(decision, prepared, extracted.source, time.perf_counter() - started)
        return _Pending(index, extracted, prepared, started, time.perf_counter() - started)
    except Exception as error:  # a bug of ours must not take a training step down: report it as a verdict
        return _unsettled("error", started, "internal", detail=f"{type(error).__name__}: {error}"[:300])


def _needs_gold_check(decision: Decision, gold: PreparedGold, use_math_verify: bool) -> bool:
    """A textual match is trusted only for golds known to parse: numbers, number lists, choice letters, or a gold
    a worker has already parsed."""
    return (
        decision.equal
        and gold.choice is None
        and gold.number is None
        and gold.numbers is None
        and not _gold_parsed(gold.text, use_math_verify)
    )


def _settle(pending: _Pending, timeout: float, options: _Options) -> Verdict:
    """Decide one item in a guarded worker (or from the cache)."""
    from openrs_rewards.verifiers.guard import get_pool

    predicted_raw = pending.extracted.text
    key = (predicted_raw, pending.gold.text, options.use_math_verify)
    found = _cached(key)
    worker_seconds = 0.0
    if found is None:
        result = get_pool().compare(
            predicted_raw, pending.gold.text, timeout=timeout, use_math_verify=options.use_math_verify
        )
        worker_seconds = result.seconds
        if result.status == "ok":
            reply = result.value
            found = (
                "ok",
                Decision(bool(reply["equal"]), str(reply["method"]), str(reply["predicted"])),
                None,
            )
            _remember(key, found)
        elif result.status == "invalid_gold":
            found = ("invalid_gold", None, result.detail)
            _remember(key, found)
        else:
            found = (result.status, None, result.detail)
    status, decision, detail = found
    seconds = pending.spent + worker_seconds
    if status == "ok" and decision is not None:
        _mark_gold_parsed(pending.gold.text, options.use_math_verify)
        if pending.confirm is not None:
            decision = pending.confirm  # the gold parses, so the textual match stands (method "string")
        return _verdict(decision, pending.gold, pending.extracted.source, seconds)
    predicted = _safe_normalize(predicted_raw)
    if status == "invalid_gold":
        return Verdict(
            False,
            "invalid_gold",
            predicted=predicted,
            method="gold",
            seconds=seconds,
            source=pending.extracted.source,
            detail=detail,
        )
    return Verdict(
        False,
        "timeout" if status == "timeout" else "error",
        predicted=predicted,
        gold=pending.gold.text,
        method="guard",
        seconds=seconds,
        source=pending.extracted.source,
        detail=detail,
    )


def _safe_normalize(text: str) -> str:
    try:
        return normalize_answer(text)
    except Exception:
        return text


# --- batches -------------------------------------------------------------------------------------------------------


class _Progress:
    """A one-line progress counter on stderr (redrawn at most ten times a second)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > 0
        self.done = 0
        self._lock = threading.Lock()
        self._last = 0.0
        self._started = time.monotonic()

    def advance(self, count: int = 1) -> None:
        if not self.enabled:
            return
        with self._lock:
            self.done += count
            now = time.monotonic()
            if now - self._last >= 0.1 or self.done >= self.total:
                self._last = now
                rate = self.done / max(now - self._started, 1e-9)
                sys.stderr.write(f"\rverifying {self.done}/{self.total} ({rate:,.0f}/s)")
                if self.done >= self.total:
                    sys.stderr.write("\n")
                sys.stderr.flush()


def _default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def verify_batch(
    completions: Sequence[Any],
    golds: Sequence[Any],
    *,
    workers: int | None = None,
    timeout: float = 1.0,
    progress: bool = False,
    **options: Any,
) -> list[Verdict]:
    """Verify ``completions[i]`` against ``golds[i]`` for every i; one :class:`Verdict` each, in order.

    Args:
        completions: model outputs (strings, or chat messages whose last ``content`` is used).
        golds: gold answers: clean math (``"10 - 2\\\\sqrt{5}"``, parsed whole), a worked solution (its last
            ``\\\\boxed{}``), a GSM8K ``#### x`` solution, a choice letter, or a plain number.
        workers: worker processes used at once for the items the fast path cannot settle (default: one per CPU).
        timeout: seconds each such item may spend in its worker before the worker is killed (status ``"timeout"``).
        progress: draw a progress counter on stderr.
        **options: ``unclosed_think`` (``"search_all"`` | ``"no_answer"``), ``last_number_fallback`` (bool),
            ``tail_chars``, ``max_answer_chars`` (extraction), ``use_math_verify`` (bool: math-verify as a last
            backend in the symbolic stage).

    Each distinct gold is prepared once per process (cached) and each distinct (answer, gold) pair is compared once.
    """
    parsed = _options(timeout, options)
    if len(completions) != len(golds):
        raise ValueError(f"verify_batch got {len(completions)} completions but {len(golds)} golds")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive integer or None, not {workers!r}")
    count = len(completions)
    bar = _Progress(count, progress)
    results: list[Verdict | None] = [None] * count
    pending: list[_Pending] = []
    for index in range(count):
        outcome = _prepare(index, completions[index], golds[index], parsed)
        if isinstance(outcome, _Pending):
            pending.append(outcome)
        else:
            results[index] = outcome
            bar.advance()
    if pending:
        _settle_all(pending, results, float(timeout), parsed, workers or _default_workers(), bar)
    return [verdict for verdict in results if verdict is not None]


def _settle_all(
    pending: list[_Pending],
    results: list[Verdict | None],
    timeout: float,
    options: _Options,
    workers: int,
    bar: _Progress,
) -> None:
    # Identical (answer, gold) pairs are compared once; pairs sharing a gold go to one worker in a row.
    unique: dict[_CacheKey, list[_Pending]] = {}
    for item in pending:
        unique.setdefault((item.extracted.text, item.gold.text, options.use_math_verify), []).append(item)
    by_gold: dict[str, list[list[_Pending]]] = {}
    for items in unique.values():
        by_gold.setdefault(items[0].gold.text, []).append(items)
    chunks: list[list[list[_Pending]]] = []
    for groups in by_gold.values():
        for start in range(0, len(groups), GROUP_CHUNK):
            chunks.append(groups[start : start + GROUP_CHUNK])

    def run(chunk: list[list[_Pending]]) -> None:
        for items in chunk:
            first = _settle(items[0], timeout, options)
            results[items[0].index] = first
            for other in items[1:]:
                results[other.index] = _replace_seconds(first, other.spent)
            bar.advance(len(items))

    workers = min(workers, len(chunks))
    if workers <= 1:
        for chunk in chunks:
            run(chunk)
        return
    from openrs_rewards.verifiers.guard import get_pool

    get_pool().ensure_capacity(workers)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="openrs-verify") as executor:
        for future in [executor.submit(run, chunk) for chunk in chunks]:
            future.result()


def _replace_seconds(verdict: Verdict, seconds: float) -> Verdict:
    from dataclasses import replace

    return replace(verdict, seconds=seconds)


def verify(completion: Any, gold: Any, *, timeout: float = 1.0, **options: Any) -> Verdict:
    """Verify one completion against one gold answer; see :func:`verify_batch` for the arguments.

    Example:
        >>> v = verify("The final answer is $-2\\\\sqrt{5}+10$.", "10 - 2\\\\sqrt{5}")
        >>> (v.status, v.method, v.source)
        ('correct', 'symbolic', 'phrase')
    """
    return verify_batch([completion], [gold], workers=1, timeout=timeout, **options)[0]


# --- async ---------------------------------------------------------------------------------------------------------

_EXECUTOR: ThreadPoolExecutor | None = None
_EXECUTOR_PID = -1
_EXECUTOR_LOCK = threading.Lock()


def _executor() -> ThreadPoolExecutor:
    """Threads that wait on workers for the event loop (waiting on a socket, not computing: many are cheap)."""
    global _EXECUTOR, _EXECUTOR_PID
    with _EXECUTOR_LOCK:
        if _EXECUTOR is None or os.getpid() != _EXECUTOR_PID:
            _EXECUTOR = ThreadPoolExecutor(max_workers=32, thread_name_prefix="openrs-averify")
            _EXECUTOR_PID = os.getpid()
        return _EXECUTOR


async def _in_thread(function: Callable[[], Any]) -> Any:
    return await asyncio.get_running_loop().run_in_executor(_executor(), function)


async def averify(completion: Any, gold: Any, *, timeout: float = 1.0, **options: Any) -> Verdict:
    """:func:`verify` for coroutines: the event loop keeps running while the worker decides.

    Example:
        >>> import asyncio
        >>> asyncio.run(averify("\\\\boxed{4}", "4")).correct
        True
    """
    _options(timeout, options)  # bad options raise here, in the caller's frame
    result: Verdict = await _in_thread(partial(verify, completion, gold, timeout=timeout, **options))
    return result


async def averify_batch(
    completions: Sequence[Any],
    golds: Sequence[Any],
    *,
    workers: int | None = None,
    timeout: float = 1.0,
    progress: bool = False,
    **options: Any,
) -> list[Verdict]:
    """:func:`verify_batch` for coroutines: the event loop keeps running while the workers decide."""
    _options(timeout, options)
    call = partial(
        verify_batch,
        list(completions),
        list(golds),
        workers=workers,
        timeout=timeout,
        progress=progress,
        **options,
    )
    result: list[Verdict] = await _in_thread(call)
    return result
