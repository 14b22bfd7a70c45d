"""What the in-process equivalence tests share: a deadline for the symbolic stage (these tests call it without the
guard, so a hang must still end the test) and the comparison the guard would make."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

from openrs_rewards.verifiers.fast import compare, prepare_gold

DEADLINE_SECONDS = 10


class Overrun(BaseException):
    """The in-process comparison ran past its deadline (the guard would answer ``timeout``, never ``correct``). A
    BaseException, so that no ``except Exception`` on the way swallows it as the comparison's own error."""


@contextmanager
def deadline(seconds: int = DEADLINE_SECONDS) -> Iterator[None]:
    """Raise :class:`Overrun` in the main thread after ``seconds`` (a test-only stand-in for the guard)."""

    def _raise(signum: int, frame: object) -> None:
        raise Overrun

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def equal_in_process(predicted: str, gold: str, *, overrun_is_false: bool = True) -> bool:
    """Fast path, then the symbolic stage in this process, under :func:`deadline`."""
    prepared = prepare_gold(gold)
    assert prepared is not None, gold
    try:
        with deadline():
            return compare(predicted, prepared).equal
    except Overrun:
        if overrun_is_false:
            return False  # the guard's timeout verdict is never "correct"
        raise
