"""Hard deadlines for the slow stage: a pool of pre-loaded worker processes, killed and replaced when they overrun.

Why not ``signal.alarm`` (math-verify) or a thread with a timeout: an alarm only works in the main thread of the main
interpreter, and neither can stop sympy when it is stuck in C code (``5^{5^{5^{5^5}}}``) or swallowing memory. The
only thing that always stops such work is killing the process doing it. So:

* The first comparison starts one *zygote* (``python -c ... _worker``): it imports sympy, latex2sympy2_extended and
  math-verify once. Every worker is an ``os.fork`` of the zygote, ready in milliseconds with everything loaded.
* The caller keeps the clock. It sends one comparison to a checked-out worker and waits on the socket; on overrun
  it sends SIGKILL to that worker, forgets it, and the next item gets a fresh fork (or an idle worker): the fork is
  never on the timed-out item's path. No thread of ours waits on anything but a socket with a timeout, so this holds
  in any thread, inside a running asyncio loop (through :func:`openrs_rewards.verifiers.api.averify`), in a daemonic
  multiprocessing worker, and in a forked child (each process id gets its own pool).
* Workers run under an address-space limit (``memory_mb``, 2 GiB by default) and are killed by the kernel when the
  zygote dies (Linux); the zygote exits when the parent closes its control socket or dies. Nothing outlives the
  user's process.
* Messages are JSON, never pickle, and a worker only runs the comparison it is sent.

The deadline: ``timeout`` seconds of the worker's **CPU time** for this request, with a wall-clock backstop of
``WALL_BACKSTOP_FACTOR`` (3) × ``timeout``. Counting CPU time makes verdicts independent of machine load: a comparison
that needs 0.3 s of CPU gets it whether the machine is idle or has three busy processes per core (where it may take
1 s of wall time). The backstop catches a worker that uses no CPU while it overruns (blocked, sleeping, stopped) or
is starved of it. A reply that comes quickly costs what it cost with a plain wall-clock deadline: the caller blocks on
the socket, reading the worker's CPU clock once before sending; it looks at the clock again only once ``timeout``
wall seconds have passed (a single-threaded worker cannot have used more CPU than wall time), then again when the
CPU budget left could be spent, never more often than every ``MIN_POLL_S`` (5 ms) or the accounting's resolution.
So a worker is never killed before ``timeout`` wall seconds (nor is a verdict that a wall-clock deadline would have
allowed ever turned into a timeout), and on an idle machine a CPU-bound overrun is killed within about 20 ms of its
budget; the kill is a SIGKILL the caller does not wait for.

Where the CPU time comes from (``cpu_accounting``): the kernel's per-process CPU clock (what ``clock_getcpuclockid``
returns on Linux; nanoseconds, about half a microsecond to read), else ``/proc/<pid>/stat`` utime + stime (clock
ticks, 10 ms), else (no Linux accounting, for example macOS) the wall clock alone: ``timeout`` wall seconds, no
backstop, which is what the deadline was before it counted CPU time.

Starting the zygote the first time (its imports: about half a second, once per process) is paid by the request that
needs the first worker, in wall time but not out of its budget: its worker still gets ``timeout`` of CPU time, as
every other does. (Taking the wait out of the budget, as an earlier version did so that a cold process's first
overrun came back at about ``timeout``, made the verdict depend on whether the process was cold: a first worker
meets code paths of sympy and of the LaTeX parser that nothing has run yet, and a correct
``\\int_0^1 t\\,dt`` for ``\\frac{1}{2}``, about 0.3-0.5 s of CPU there, timed out in a fresh forked child and
not in its parent.) So the first overrun of a cold process comes back after its start plus ``timeout``. Waiting for
a busy worker (more callers than workers) is not taken from the budget either: that would make verdicts depend on
load. The zygote says it is ready before its whole warm-up (see ``_worker.WARM_UP_PAIRS``) and
finishes that while nothing is asked of it; call :func:`warm_up` to pay all of it up front, so every worker starts
warm and no request pays a start.

Example:
    >>> pool = get_pool()
    >>> pool.call("math:factorial", [5], timeout=10.0).value
    120
    >>> pool.call("time:sleep", [5], timeout=0.3).status
    'timeout'
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from openrs_rewards.verifiers._worker import PID, READY, WARM, read_message, recv_exact, send_message
from openrs_rewards.verifiers.forked import usable_cpus

__all__ = [
    "DEFAULT_MEMORY_MB",
    "GuardError",
    "GuardResult",
    "WorkerPool",
    "configure",
    "get_pool",
    "shutdown",
    "warm_up",
]

DEFAULT_MEMORY_MB = 2048
STARTUP_TIMEOUT_S = 180.0  # importing sympy on a loaded 2-core machine can take a while; it happens once
WALL_BACKSTOP_FACTOR = 3.0  # a worker may take this many times its CPU deadline in wall time


class GuardError(RuntimeError):
    """The worker pool could not be started (for example the interpreter cannot start a subprocess)."""


@dataclass(frozen=True, slots=True)
class GuardResult:
    """The outcome of one guarded call.

    Attributes:
        status: ``"ok"``; ``"timeout"`` (the worker overran and was killed); ``"invalid_gold"`` (the comparison
            raised ``InvalidGoldError``); ``"error"`` (it raised, hit the memory limit, or the worker died).
        value: the worker's reply (for ``"ok"``), else None.
        detail: a short reason for anything but ``"ok"``; for ``"timeout"`` it names the limit that fired: the
            ``CPU-time deadline``, the ``wall-clock backstop``, or the plain deadline where there is no CPU
            accounting (``wall clock``).
        seconds: wall time of the call: waiting for a worker (and its start), the work and the round trip.
    """

    status: Literal["ok", "timeout", "invalid_gold", "error"]
    value: Any = None
    detail: str | None = None
    seconds: float = 0.0


class _Worker:
    __slots__ = ("jobs", "pid", "sock")

    def __init__(self, pid: int, sock: socket.socket) -> None:
        self.pid = pid
        self.sock = sock
        self.jobs = 0

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(self.pid, signal.SIGKILL)
        self.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


CpuAccounting = Literal["auto", "clock", "proc", "wall"]


def _process_cpu_clock_id(pid: int) -> int:
    """The clock id of another process's CPU clock on Linux (``MAKE_PROCESS_CPUCLOCK(pid, CPUCLOCK_SCHED)``, what
    glibc's ``clock_getcpuclockid`` returns); ``time.clock_gettime`` reads it like any clock."""
    return ((~pid) << 3) | 2


def _clock_cpu_seconds(pid: int) -> float:
    return time.clock_gettime(_process_cpu_clock_id(pid))


_CLOCK_TICKS_PER_S = float(os.sysconf("SC_CLK_TCK")) if hasattr(os, "sysconf") else 100.0


def _proc_cpu_seconds(pid: int) -> float:
    """utime + stime of ``pid`` (all its threads) from ``/proc/<pid>/stat``, in seconds (clock-tick resolution)."""
    with open(f"/proc/{pid}/stat", "rb") as stat:
        data = stat.read()
    # The command name (field 2) is in parentheses and may contain spaces or parentheses: split after the last one.
    fields = data[data.rindex(b")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS_PER_S


_CPU_READERS: dict[str, Callable[[int], float]] = {"clock": _clock_cpu_seconds, "proc": _proc_cpu_seconds}
# The clock is read no more often than this: a worker is killed at most this late, and a waiting caller costs at
# most one read (0.5 µs for the clock, 15 µs for /proc) and one wake-up per interval.
MIN_POLL_S = 0.005
_CPU_RESOLUTION_S = {"clock": MIN_POLL_S, "proc": max(MIN_POLL_S, 1.0 / _CLOCK_TICKS_PER_S)}


def _detect_cpu_accounting() -> Literal["clock", "proc", "wall"]:
    """The most precise source of another process's CPU time that works here (probed on this process)."""
    candidates: tuple[Literal["clock", "proc"], ...] = ("clock", "proc")
    for name in candidates:
        try:
            _CPU_READERS[name](os.getpid())
        except (OSError, ValueError, IndexError, OverflowError):
            continue
        return name
    return "wall"


class _Overrun(Exception):
    """The worker spent its budget; ``detail`` says which limit fired."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class _WorkerGone(Exception):
    pass


class _Deadline:
    """The budget of one request: ``timeout`` seconds of the worker's CPU time, with a wall-clock backstop.

    :meth:`wait_s` is asked before every blocking read: it says how long the read may block before the budget has to
    be looked at again, and raises :class:`_Overrun` once a limit is spent. Until ``timeout`` wall seconds have passed
    it reads no clock but the monotonic one, so a quick reply costs one CPU-clock read (at the start) and nothing more.

    Args:
        pid: the worker.
        timeout: CPU seconds the request may use.
        cpu_seconds: reads a process's CPU time (``_CPU_READERS``); None for a plain wall-clock deadline.
        resolution_s: the reader's resolution: the clock is never read more often than that.
        monotonic: the wall clock (replaceable in tests).
    """

    __slots__ = (
        "backstop",
        "cpu_at_start",
        "cpu_seconds",
        "monotonic",
        "next_check",
        "pid",
        "resolution_s",
        "start",
        "timeout",
    )

    def __init__(
        self,
        pid: int,
        timeout: float,
        cpu_seconds: Callable[[int], float] | None,
        resolution_s: float = MIN_POLL_S,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.pid = pid
        self.timeout = max(timeout, 0.001)
        self.cpu_seconds = cpu_seconds
        self.resolution_s = resolution_s
        self.monotonic = monotonic
        self.cpu_at_start = 0.0
        if cpu_seconds is not None:
            try:
                self.cpu_at_start = cpu_seconds(pid)
            except (OSError, ValueError, IndexError, OverflowError):
                self.cpu_seconds = None  # the worker is gone or unreadable: the wall clock decides
        self.start = monotonic()
        # A single-threaded worker uses at most one CPU second per wall second: nothing to check before this.
        self.next_check = self.start + self.timeout
        factor = WALL_BACKSTOP_FACTOR if self.cpu_seconds is not None else 1.0
        self.backstop = self.start + factor * self.timeout

    def wait_s(self) -> float:
        """Seconds the caller may block on the reply before asking again; raises :class:`_Overrun` when spent."""
        now = self.monotonic()
        if now < self.next_check:
            return self.next_check - now
        used = self._cpu_used()
        if used is None:
            raise _Overrun(
                f"overran its {self.timeout:g} s deadline (wall clock: no CPU accounting for the worker);"
                " the worker was killed"
            )
        if used >= self.timeout:
            raise _Overrun(f"overran its {self.timeout:.3g} s CPU-time deadline; the worker was killed")
        if now >= self.backstop:
            raise _Overrun(
                f"overran the {self.backstop - self.start:g} s wall-clock backstop of its {self.timeout:g} s deadline"
                f" with {used:.2f} s of CPU time used (blocked, sleeping or starved); the worker was killed"
            )
        # The budget left cannot be spent in less wall time than that; read the clock no more often than it ticks.
        self.next_check = min(now + max(self.timeout - used, self.resolution_s), self.backstop)
        return self.next_check - now

    def _cpu_used(self) -> float | None:
        if self.cpu_seconds is None:
            return None
        try:
            return self.cpu_seconds(self.pid) - self.cpu_at_start
        except (OSError, ValueError, IndexError, OverflowError):
            # The worker exited between two reads: an overrun, as it would be under a wall-clock deadline.
            return None


def _recv_exact_until(sock: socket.socket, size: int, deadline: _Deadline) -> bytes:
    chunks = []
    while size:
        sock.settimeout(deadline.wait_s())
        try:
            chunk = sock.recv(min(size, 1 << 20))
        except TimeoutError:
            continue  # time to look at the budget again
        except OSError as error:
            raise _WorkerGone(str(error)) from error
        if not chunk:
            raise _WorkerGone("the worker closed its socket")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _recv_until(sock: socket.socket, deadline: _Deadline) -> dict[str, Any]:
    try:
        reply = read_message(lambda size: _recv_exact_until(sock, size, deadline))
    except ValueError as error:  # oversized, not JSON, not an object
        raise _WorkerGone(f"malformed reply: {error}") from error
    if reply is None:  # pragma: no cover - _recv_exact_until raises on EOF
        raise _WorkerGone("the worker closed its socket")
    return reply


class WorkerPool:
    """Guarded worker processes for one parent process. Thread-safe; use :func:`get_pool` rather than building one.

    Args:
        memory_mb: address-space limit of each worker (0 for none).
        max_workers: most workers alive at once; callers beyond it wait for a free one.
        cpu_accounting: where a worker's CPU time is read: ``"clock"`` (the kernel's per-process CPU clock),
            ``"proc"`` (``/proc/<pid>/stat``), ``"wall"`` (none: the deadline is wall time), or ``"auto"`` (the
            first of these that works here).
    """

    def __init__(
        self,
        memory_mb: int = DEFAULT_MEMORY_MB,
        max_workers: int | None = None,
        cpu_accounting: CpuAccounting = "auto",
    ) -> None:
        if cpu_accounting not in ("auto", "clock", "proc", "wall"):
            raise ValueError(f"unknown cpu_accounting {cpu_accounting!r}")
        self.memory_mb = memory_mb
        self.cpu_accounting = _detect_cpu_accounting() if cpu_accounting == "auto" else cpu_accounting
        self.max_workers = max_workers or max(16, 4 * usable_cpus())
        self.pid = os.getpid()
        self._cond = threading.Condition(threading.Lock())
        self._idle: list[_Worker] = []
        self._live: set[_Worker] = set()
        self._reserved = 0  # workers counted against max_workers (live or being spawned)
        self._spawn_lock = threading.Lock()
        self._zygote: subprocess.Popen[bytes] | None = None
        self._control: socket.socket | None = None
        self._stderr: Any = None
        self._next_id = 0
        self._closed = False
        self.kills = 0  # workers killed at their deadline (for tests and benchmarks)

    # -- lifecycle --------------------------------------------------------------------------------------------

    @property
    def started(self) -> bool:
        """Whether the zygote is running (workers can be forked without waiting for imports)."""
        zygote = self._zygote
        return zygote is not None and zygote.poll() is None

    def start(self) -> None:
        """Start the zygote if it is not running (blocks for its imports, once)."""
        with self._spawn_lock:
            self._ensure_zygote()

    def _ensure_zygote(self) -> None:
        if self._closed:
            raise GuardError("the verifier worker pool was shut down")
        if self._zygote is not None and self._zygote.poll() is None and self._control is not None:
            return
        self._stop_zygote()
        if not sys.executable:
            raise GuardError("cannot start verifier workers: sys.executable is empty")
        parent_end, child_end = socket.socketpair()
        env = dict(os.environ)
        # The worker imports this package from wherever the parent did, installed or not.
        package_root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the zygote; closed with it)
        command = [
            sys.executable,
            "-c",
            "import sys; from openrs_rewards.verifiers._worker import main; sys.exit(main(sys.argv[1:]))",
            "--control-fd",
            str(child_end.fileno()),
            "--memory-mb",
            str(self.memory_mb),
        ]
        try:
            self._zygote = subprocess.Popen(
                command,
                pass_fds=(child_end.fileno(),),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=self._stderr,
                env=env,
                start_new_session=True,  # Ctrl-C in the terminal is for the parent, not the workers
            )
        except OSError as error:
            parent_end.close()
            raise GuardError(f"cannot start verifier workers: {error}") from error
        finally:
            child_end.close()
        parent_end.settimeout(STARTUP_TIMEOUT_S)
        try:
            ready = parent_end.recv(len(READY))
        except OSError:
            ready = b""
        if ready != READY:
            parent_end.close()
            self._stop_zygote()
            raise GuardError(f"verifier workers failed to start: {self._stderr_tail()}")
        parent_end.settimeout(None)
        self._control = parent_end

    def finish_warm_up(self) -> None:
        """Start the zygote if needed and have it finish its warm-up now (it otherwise does so once it has been
        quiet for a second), so that every worker forked from here on starts warm. For :func:`warm_up`."""
        with self._spawn_lock:
            self._ensure_zygote()
            assert self._control is not None
            try:
                self._control.sendall(WARM)
                self._control.settimeout(STARTUP_TIMEOUT_S)
                ready = recv_exact(self._control, len(READY))
                self._control.settimeout(None)
            except OSError as error:
                self._zygote_failed(error)
                raise GuardError(f"the verifier zygote failed while warming up: {error}") from error
            if ready != READY:
                self._zygote_failed(OSError("no answer"))
                raise GuardError(f"the verifier zygote failed while warming up: {self._stderr_tail()}")

    def _stderr_tail(self) -> str:
        try:
            self._stderr.seek(0)
            text = self._stderr.read().decode("utf-8", "replace").strip()
        except (OSError, AttributeError, ValueError):
            return "(no output)"
        return text[-2000:] or "(no output)"

    def _stop_zygote(self) -> None:
        if self._control is not None:
            with contextlib.suppress(OSError):
                self._control.close()  # EOF: the zygote exits
            self._control = None
        if self._zygote is not None:
            try:
                self._zygote.wait(timeout=2.0)
            except subprocess.TimeoutExpired:
                self._zygote.kill()
                self._zygote.wait()
            self._zygote = None

    def _spawn(self) -> _Worker:
        """A new worker (forked by the zygote, which is started first if it is not running)."""
        with self._spawn_lock:
            for attempt in range(2):
                self._ensure_zygote()
                assert self._control is not None
                parent_end, child_end = socket.socketpair()
                try:
                    socket.send_fds(self._control, [b"spawn"], [child_end.fileno()])
                    self._control.settimeout(30.0)
                    pid_bytes = recv_exact(self._control, PID.size)
                    if pid_bytes is None:
                        raise OSError("the zygote closed its control socket")
                    self._control.settimeout(None)
                    (pid,) = PID.unpack(pid_bytes)
                except OSError as error:
                    parent_end.close()
                    # The zygote died (out of memory, killed): restart it once.
                    self._zygote_failed(error)
                    if attempt:
                        raise GuardError(f"cannot start a verifier worker: {error}") from error
                    continue
                finally:
                    child_end.close()
                if pid <= 0:
                    parent_end.close()
                    raise GuardError("the verifier zygote could not fork a worker")
                return _Worker(pid, parent_end)
        raise GuardError("cannot start a verifier worker")  # pragma: no cover - the loop returns or raises

    def _zygote_failed(self, error: BaseException) -> None:
        if self._control is not None:
            with contextlib.suppress(OSError):
                self._control.close()
            self._control = None
        if self._zygote is not None:
            self._zygote.kill()
            self._zygote.wait()
            self._zygote = None

    def close(self) -> None:
        """Kill every worker and stop the zygote. Safe to call twice."""
        with self._cond:
            self._closed = True
            workers = list(self._live)
            self._live.clear()
            self._idle.clear()
            self._cond.notify_all()
        for worker in workers:
            worker.kill()
        with self._spawn_lock:
            self._stop_zygote()

    def _forget_after_fork(self) -> None:
        """In a forked child: drop our copies of the parent's sockets without touching the parent's workers."""
        for worker in list(self._live):
            worker.close()
        if self._control is not None:
            with contextlib.suppress(OSError):
                self._control.close()
        self._closed = True

    # -- checkout -----------------------------------------------------------------------------------------------

    def ensure_capacity(self, workers: int) -> None:
        with self._cond:
            if workers > self.max_workers:
                self.max_workers = workers
                self._cond.notify_all()

    def prestart(self, count: int) -> None:
        """Fork ``count`` idle workers now, so the first items do not wait for a fork."""
        self.start()
        started: list[_Worker] = []
        for _ in range(count):
            with self._cond:
                if len(self._idle) + len(started) >= count or self._reserved >= self.max_workers:
                    break
                self._reserved += 1
            try:
                worker = self._spawn()
            except BaseException:
                with self._cond:
                    self._reserved -= 1
                raise
            started.append(worker)
        with self._cond:
            self._live.update(started)
            self._idle.extend(started)
            self._cond.notify_all()

    def _checkout(self) -> _Worker:
        """An idle worker, or a new one (waiting for a free one when ``max_workers`` are busy)."""
        with self._cond:
            while True:
                if self._closed:
                    raise GuardError("the verifier worker pool was shut down")
                if self._idle:
                    return self._idle.pop()
                if self._reserved < self.max_workers:
                    self._reserved += 1
                    break
                self._cond.wait()
        try:
            worker = self._spawn()
        except BaseException:
            with self._cond:
                self._reserved -= 1
                self._cond.notify()
            raise
        with self._cond:
            self._live.add(worker)
        return worker

    def _checkin(self, worker: _Worker, healthy: bool) -> None:
        with self._cond:
            if healthy and not self._closed:
                self._idle.append(worker)
            else:
                self._live.discard(worker)
                self._reserved -= 1
            self._cond.notify()
        if not healthy:
            worker.kill()

    # -- calls --------------------------------------------------------------------------------------------------

    def request(self, message: dict[str, Any], timeout: float) -> GuardResult:
        """Send one request to a worker and wait for its reply while it has used less than ``timeout`` seconds of
        CPU time and less than ``WALL_BACKSTOP_FACTOR × timeout`` of wall time (see the module docstring)."""
        start = time.monotonic()
        try:
            worker = self._checkout()  # (a wait for the zygote's start is not taken out of the budget)
        except GuardError as error:
            return GuardResult("error", detail=str(error), seconds=time.monotonic() - start)
        with self._cond:
            self._next_id += 1
            request_id = self._next_id
        message = {**message, "id": request_id}
        deadline = _Deadline(
            worker.pid,
            timeout,
            _CPU_READERS.get(self.cpu_accounting),
            _CPU_RESOLUTION_S.get(self.cpu_accounting, MIN_POLL_S),
        )
        try:
            worker.sock.settimeout(max(deadline.backstop - deadline.start, 0.001))
            send_message(worker.sock, message)
            reply = _recv_until(worker.sock, deadline)
        except _Overrun as overrun:
            # SIGKILL without waiting: the kernel reaps the worker; its replacement is forked for a later item.
            self._checkin(worker, healthy=False)
            with self._cond:
                self.kills += 1
            return GuardResult("timeout", detail=overrun.detail, seconds=time.monotonic() - start)
        except (_WorkerGone, OSError, ValueError) as error:
            self._checkin(worker, healthy=False)
            return GuardResult(
                "error", detail=f"the verifier worker died ({error})", seconds=time.monotonic() - start
            )
        except BaseException:
            # KeyboardInterrupt and friends: the worker may be mid-job, so it cannot be reused.
            self._checkin(worker, healthy=False)
            raise
        seconds = time.monotonic() - start
        worker.jobs += 1
        healthy = reply.get("id") == request_id and not reply.get("retire")
        self._checkin(worker, healthy=healthy)
        if reply.get("ok"):
            return GuardResult("ok", value=reply, seconds=seconds)
        status = reply.get("status")
        return GuardResult(
            "invalid_gold" if status == "invalid_gold" else "error",
            detail=str(reply.get("detail") or "the comparison failed"),
            seconds=seconds,
        )

    def compare(
        self,
        predicted: str,
        gold_text: str,
        *,
        timeout: float,
        use_math_verify: bool = True,
        rounded_answers: bool = True,
    ) -> GuardResult:
        """``symbolic_compare(predicted, gold_text)`` in a worker, within ``timeout`` seconds (``rounded_answers``:
        see :class:`~openrs_rewards.verifiers.options.VerifyOptions`)."""
        message = {
            "kind": "compare",
            "predicted": predicted,
            "gold": gold_text,
            "use_math_verify": use_math_verify,
            "rounded_answers": rounded_answers,
        }
        return self.request(message, timeout)

    def call(self, target: str, args: list[Any], *, timeout: float) -> GuardResult:
        """Call ``module:function(*args)`` in a worker (JSON arguments and result); the reply's value is in
        ``GuardResult.value`` for ``"ok"``. Used by tests and benchmarks to exercise the guard."""
        result = self.request({"kind": "call", "target": target, "args": list(args)}, timeout)
        if result.status == "ok":
            return GuardResult("ok", value=result.value.get("value"), seconds=result.seconds)
        return result

    @property
    def live_workers(self) -> list[int]:
        """Process ids of the workers alive now."""
        with self._cond:
            return sorted(worker.pid for worker in self._live)


# --- one pool per process ------------------------------------------------------------------------------------------

_POOL: WorkerPool | None = None
_POOL_LOCK = threading.Lock()
_SETTINGS: dict[str, Any] = {"memory_mb": DEFAULT_MEMORY_MB}


def _memory_from_env() -> int:
    value = os.environ.get("OPENRS_WORKER_MEMORY_MB")
    if value is None:
        return int(_SETTINGS["memory_mb"])
    try:
        return int(value)
    except ValueError:
        return int(_SETTINGS["memory_mb"])


def get_pool() -> WorkerPool:
    """This process's worker pool (created on first use; a forked child gets its own)."""
    global _POOL
    pool = _POOL
    if pool is not None and pool.pid == os.getpid() and not pool._closed:
        return pool
    with _POOL_LOCK:
        if _POOL is None or _POOL.pid != os.getpid() or _POOL._closed:
            _POOL = WorkerPool(memory_mb=_memory_from_env())
        return _POOL


def configure(*, memory_mb: int | None = None) -> None:
    """Set the workers' memory limit (MiB; 0 for none). Restarts the pool if it is running.

    The environment variable ``OPENRS_WORKER_MEMORY_MB`` overrides it.
    """
    if memory_mb is not None:
        if memory_mb < 0:
            raise ValueError("memory_mb must be >= 0")
        _SETTINGS["memory_mb"] = memory_mb
        shutdown()


def warm_up(workers: int | None = None) -> None:
    """Start the zygote, let it finish its warm-up, and start ``workers`` idle workers now (default: one per CPU),
    so no item waits for them and every worker starts warm."""
    pool = get_pool()
    pool.finish_warm_up()
    count = workers if workers is not None else usable_cpus()
    pool.ensure_capacity(count)
    pool.prestart(count)


def shutdown() -> None:
    """Kill this process's workers and zygote (they also go away on their own when the process exits)."""
    global _POOL
    with _POOL_LOCK:
        pool, _POOL = _POOL, None
    if pool is not None and pool.pid == os.getpid():
        pool.close()


def _after_fork_in_child() -> None:
    global _POOL, _POOL_LOCK
    _POOL_LOCK = threading.Lock()
    pool, _POOL = _POOL, None
    if pool is not None:
        with contextlib.suppress(Exception):
            pool._forget_after_fork()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
atexit.register(shutdown)
