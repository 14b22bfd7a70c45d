"""A large batch's caller-side work shared with forked copies of this process, one per free core.

Why: the caller-side stages (extraction, the string, numeric and expression comparisons) settle almost every real
completion in a fraction of a millisecond, but in one thread: on a batch of thousands (``openrs-score`` on a big
file, a benchmark run, a scoring script) they are the whole time while the other cores sit idle. ``os.fork`` copies
this process with everything already imported, compiled and cached, ready in a few milliseconds, so sharing the
batch pays from a few hundred items on.

When: only where forking is safe. A fork copies the calling thread alone, so a lock that another thread holds (in
Python or in a native library) would stay locked forever in the child: the process must have exactly one thread,
which Linux tells (``/proc/self/task``), counting native threads too. A trainer's process (torch's thread pools, a
data loader, an HTTP server) has more, and its batch runs in the calling thread as before; so does every batch where
``/proc`` cannot tell (other systems).

What comes back: each child runs the same function on its share of the indices and writes back what it settled as
JSON (never pickle, as with the guard's workers); an index it did not settle (``work`` returned None, it raised, or
the child died) is the parent's to do, so the outcome is exactly the one-process outcome. Children end with
``os._exit`` (no atexit handlers, no second flush of the parent's buffers) and never outlive the batch: the parent
kills and reaps them when its own share raises.

Example:
    >>> deal(["7", "7", "12", "7", "5", "12"], 2)
    [[0, 1, 3], [2, 4, 5]]
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["MIN_ITEMS_PER_PROCESS", "Forked", "deal", "fork_is_safe", "process_count", "start", "usable_cpus"]

# The fewest items worth a process: ~128 real completions are ~30 ms of caller-side work, a fork and the collection
# of its results ~3 ms.
MIN_ITEMS_PER_PROCESS = 128


def fork_is_safe() -> bool:
    """Whether this process can fork a working copy of itself: Linux, and one thread (native ones included)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return False


def process_count(items: int, workers: int) -> int:
    """How many processes (this one included) share ``items``: at most ``workers`` and the CPUs this process may
    use, at least ``MIN_ITEMS_PER_PROCESS`` items each; 1 when forking is not safe here."""
    wanted = min(workers, usable_cpus(), items // MIN_ITEMS_PER_PROCESS)
    return wanted if wanted > 1 and fork_is_safe() else 1


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity where the system tells it): the default number of processes
    for the verifier's workers and forked copies."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def deal(keys: Sequence[Hashable], processes: int) -> list[list[int]]:
    """The indices of ``keys`` dealt to ``processes`` shares, the items of one key together (a problem's samples
    share its prepared gold: dealt apart, each process would prepare it again), each key to the share with the
    fewest items so far, the largest keys first; share 0 is the parent's. Each share is in index order."""
    groups: dict[Hashable, list[int]] = {}
    for index, key in enumerate(keys):
        groups.setdefault(key, []).append(index)
    shares: list[list[int]] = [[] for _ in range(processes)]
    for group in sorted(groups.values(), key=len, reverse=True):
        min(shares, key=len).extend(group)
    return [sorted(share) for share in shares]


@dataclass
class Forked:
    """One child at work on ``indices``; its results are read from ``fd``."""

    pid: int
    fd: int
    indices: Sequence[int]
    # Once reaped, the pid and the descriptor may already belong to others: they are never touched again.
    reaped: bool = False

    def results(self) -> dict[int, Any]:
        """What the child settled, by index (waits for it to finish); empty when it died or wrote nothing whole."""
        chunks = []
        try:
            while chunk := os.read(self.fd, 1 << 20):
                chunks.append(chunk)
        finally:
            self._reap()
        import json  # (imported by start() already)

        try:
            records = json.loads(b"".join(chunks))
        except ValueError:
            return {}
        return {index: value for index, value in records} if isinstance(records, list) else {}

    def stop(self) -> None:
        """Kill the child and reap it (the batch failed in the parent); nothing when it was reaped already."""
        if not self.reaped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._reap()

    def _reap(self) -> None:
        if self.reaped:
            return
        self.reaped = True
        with contextlib.suppress(OSError):
            os.close(self.fd)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def start(shares: Sequence[Sequence[int]], work: Callable[[int], Any]) -> list[Forked]:
    """A child for each share, running ``work(index)`` on its indices: ``work`` returns a JSON-serialisable value
    for an index it settled, None for one the parent must do. A share whose fork fails is left out of the list
    (the parent does it)."""
    # (imported here, before the forks, so that each child has it: a batch that forks is rare, and the import is
    # ~1.5 ms of every fresh process)
    import json  # noqa: F401

    if gc.get_freeze_count():
        # (the caller froze objects itself: unfreezing them after is not ours to do)
        return _forked(shares, work)
    # Every object this process holds moves out of the collector's reach while the children are forked: a child's
    # collections would otherwise walk (and so write to) them all, copying the parent's memory page by page (~3% of a
    # large batch's time, measured); the parent takes them back at once.
    gc.freeze()
    try:
        return _forked(shares, work)
    finally:
        gc.unfreeze()


def _forked(shares: Sequence[Sequence[int]], work: Callable[[int], Any]) -> list[Forked]:
    children: list[Forked] = []
    for share in shares:
        read_fd, write_fd = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            break
        if pid == 0:  # the child: never returns into the caller's code
            _serve(share, work, write_fd, [read_fd] + [child.fd for child in children])
        os.close(write_fd)  # (before the next fork, so no other child holds this pipe open)
        children.append(Forked(pid, read_fd, share))
    return children


def _serve(share: Sequence[int], work: Callable[[int], Any], write_fd: int, inherited: list[int]) -> None:
    status = 1
    try:
        for fd in inherited:
            os.close(fd)
        # The caller's own signal handlers (a checkpoint saved on SIGTERM, say) are not the copy's to run: Ctrl-C or
        # a kill ends it, and the parent, which gets the same signal, handles it.
        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            with contextlib.suppress(ValueError, OSError):
                signal.signal(number, signal.SIG_DFL)
        settled = list(_settled(share, work))
        import json  # (imported by start() before the fork)

        with os.fdopen(write_fd, "wb") as sink:
            sink.write(json.dumps(settled).encode("ascii"))  # (escaped: a lone surrogate survives)
        status = 0
    finally:
        os._exit(status)


def _settled(share: Sequence[int], work: Callable[[int], Any]) -> Iterator[tuple[int, Any]]:
    for index in share:
        try:
            value = work(index)
        except BaseException:
            return  # this index and the rest are the parent's (where the same error is raised, and seen)
        if value is not None:
            yield index, value
