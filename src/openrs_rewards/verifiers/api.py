"""Public entry points: :func:`verify`, :func:`verify_batch` and their async twins.

The stages and their order live in :mod:`openrs_rewards.verifiers.cascade`; the options in
:class:`~openrs_rewards.verifiers.options.VerifyOptions`. Every failure is a :class:`Verdict` with a status; no
input makes these functions raise (only bad *options*, a programming error, raise ``TypeError`` / ``ValueError``).

Example:
    >>> verify("<think>...</think> The answer is $\\\\boxed{\\\\dfrac{1}{2}}$.", "0.5").status
    'correct'
    >>> verify("no idea", "42", last_number_fallback=False).status
    'no_answer'
    >>> [v.status for v in verify_batch(["\\\\boxed{7}", "\\\\boxed{8}"], [7, "9"])]
    ['correct', 'incorrect']
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from openrs_rewards.verifiers.cascade import clear_decision_cache, decide_batch
from openrs_rewards.verifiers.forked import usable_cpus
from openrs_rewards.verifiers.options import VerifyOptions, resolve_options
from openrs_rewards.verifiers.problem_checks import with_problems
from openrs_rewards.verifiers.verdict import Verdict

if TYPE_CHECKING:  # imported with the first asynchronous call: a synchronous user never pays for it
    from concurrent.futures import ThreadPoolExecutor

__all__ = ["VerifyOptions", "averify", "averify_batch", "clear_decision_cache", "verify", "verify_batch"]


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


def verify_batch(
    completions: Sequence[Any],
    golds: Sequence[Any],
    *,
    options: VerifyOptions | Mapping[str, Any] | None = None,
    truncated: Sequence[bool | None] | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    progress: bool = False,
    problems: Sequence[str | None] | None = None,
    **overrides: Any,
) -> list[Verdict]:
    """Verify ``completions[i]`` against ``golds[i]`` for every i; one :class:`Verdict` each, in order.

    Args:
        completions: model outputs: strings, chat messages or message lists (the last assistant message; a
            ``content`` made of parts is read too).
        golds: gold answers: clean math (``"10 - 2\\\\sqrt{5}"``, parsed whole), a worked solution (its last
            ``\\\\boxed{}``), a GSM8K ``#### x`` solution, a choice letter, or a plain number.
        options: a :class:`~openrs_rewards.verifiers.options.VerifyOptions` (or a mapping of its fields); default
            :data:`~openrs_rewards.verifiers.options.DEFAULT_OPTIONS`.
        truncated: per completion, True when generation stopped at the length limit (``finish_reason ==
            "length"``), False when it finished, None when unknown (then a looping tail is detected). A truncated
            completion is read for explicit answers only: no last-number guess, no final math span.
        workers: processes used at once (default: one per CPU): guarded workers for the items the caller cannot
            settle, and, for a batch of a few hundred items or more in a single-threaded process on Linux, forked
            copies of this process that share the caller-side stages (the verdicts are the same; 1: none).
        timeout: shorthand for ``options.timeout`` (seconds of worker CPU time per comparison).
        progress: draw a progress counter on stderr.
        problems: per completion, the problem statement (or None): an answer that only writes back one of its
            expressions ("Compute $\\dbinom{31}{28}$." answered "$\\dbinom{31}{28}$ is an expression ...") is
            ``incorrect`` though its value is the gold's, and so is a rounded decimal where the problem asks for an
            exact form ("in terms of $\\pi$": "113.1" for ``36\\pi``), and so is an answer in another unit than
            the one the problem asks for ("12 m" where centimeters are asked); a choice letter against a value (or a
            value against a lettered gold) is graded by the value the problem's list of choices gives the letter,
            an unmarked answer by the value its last line gives the expression or quantity the problem asks for
            ("$x = 5$, and $4x = 20$." for "what is $4x$?"; "Jerry has 6 marbles and Tom has 18."); see
            :mod:`openrs_rewards.verifiers.problem_checks`.
        **overrides: any other :class:`VerifyOptions` field by name (``answer_region="after_reasoning"``,
            ``last_number_fallback=False``, ``use_math_verify=False`` ...).

    Each distinct gold is prepared once per process (cached) and each distinct (answer, gold) pair is compared once.
    """
    resolved = resolve_options(options, timeout=timeout, **overrides)
    if len(completions) != len(golds):
        raise ValueError(f"verify_batch got {len(completions)} completions but {len(golds)} golds")
    if truncated is not None and len(truncated) != len(completions):
        raise ValueError(
            f"verify_batch got {len(truncated)} truncation flags for {len(completions)} completions"
        )
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise ValueError(f"workers must be a positive integer or None, not {workers!r}")
    if problems is not None and len(problems) != len(completions):
        raise ValueError(f"verify_batch got {len(problems)} problems for {len(completions)} completions")
    bar = _Progress(len(completions), progress)
    verdicts = decide_batch(completions, golds, truncated, resolved, workers or usable_cpus(), bar.advance)
    return with_problems(verdicts, problems, resolved, completions)


def verify(
    completion: Any,
    gold: Any,
    *,
    options: VerifyOptions | Mapping[str, Any] | None = None,
    truncated: bool | None = None,
    timeout: float | None = None,
    problem: str | None = None,
    **overrides: Any,
) -> Verdict:
    """Verify one completion against one gold answer; see :func:`verify_batch` for the arguments (``problem`` is one
    of its ``problems``).

    Example:
        >>> v = verify("The final answer is $-2\\\\sqrt{5}+10$.", "10 - 2\\\\sqrt{5}")
        >>> (v.status, v.source)
        ('correct', 'phrase')
    """
    return verify_batch(
        [completion],
        [gold],
        options=options,
        truncated=[truncated],
        workers=1,
        timeout=timeout,
        problems=None if problem is None else [problem],
        **overrides,
    )[0]


# --- async ---------------------------------------------------------------------------------------------------------

_EXECUTOR: ThreadPoolExecutor | None = None
_EXECUTOR_PID = -1
_EXECUTOR_LOCK = threading.Lock()


def _executor() -> ThreadPoolExecutor:
    """Threads that wait on workers for the event loop (waiting on a socket, not computing: many are cheap)."""
    global _EXECUTOR, _EXECUTOR_PID
    with _EXECUTOR_LOCK:
        if _EXECUTOR is None or os.getpid() != _EXECUTOR_PID:
            from concurrent.futures import ThreadPoolExecutor

            _EXECUTOR = ThreadPoolExecutor(max_workers=32, thread_name_prefix="openrs-averify")
            _EXECUTOR_PID = os.getpid()
        return _EXECUTOR


async def _in_thread(function: Callable[[], Any]) -> Any:
    # Imported here, not at the top: asyncio costs every process that imports openrs_rewards ~27 ms, and only
    # averify / averify_batch use it (by the time they run, the caller's event loop has imported it).
    import asyncio

    return await asyncio.get_running_loop().run_in_executor(_executor(), function)


async def averify(
    completion: Any,
    gold: Any,
    *,
    options: VerifyOptions | Mapping[str, Any] | None = None,
    truncated: bool | None = None,
    timeout: float | None = None,
    problem: str | None = None,
    **overrides: Any,
) -> Verdict:
    """:func:`verify` for coroutines: the event loop keeps running while the worker decides.

    Example:
        >>> import asyncio
        >>> asyncio.run(averify("\\\\boxed{4}", "4")).correct
        True
    """
    resolved = resolve_options(
        options, timeout=timeout, **overrides
    )  # bad options raise in the caller's frame
    result: Verdict = await _in_thread(
        partial(verify, completion, gold, options=resolved, truncated=truncated, problem=problem)
    )
    return result


async def averify_batch(
    completions: Sequence[Any],
    golds: Sequence[Any],
    *,
    options: VerifyOptions | Mapping[str, Any] | None = None,
    truncated: Sequence[bool | None] | None = None,
    workers: int | None = None,
    timeout: float | None = None,
    progress: bool = False,
    problems: Sequence[str | None] | None = None,
    **overrides: Any,
) -> list[Verdict]:
    """:func:`verify_batch` for coroutines: the event loop keeps running while the workers decide."""
    resolved = resolve_options(options, timeout=timeout, **overrides)
    call = partial(
        verify_batch,
        list(completions),
        list(golds),
        options=resolved,
        truncated=None if truncated is None else list(truncated),
        workers=workers,
        progress=progress,
        problems=None if problems is None else list(problems),
    )
    result: list[Verdict] = await _in_thread(call)
    return result
