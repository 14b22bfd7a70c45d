"""The worker side of the guard: a zygote process that forks pre-loaded workers on request.

Started by :mod:`openrs_rewards.verifiers.guard` as ``python -m openrs_rewards.verifiers._worker --control-fd N``.
Never imported by the parent process for anything but this module's constants.

Why a zygote: importing sympy, latex2sympy2_extended and math-verify takes seconds, while ``os.fork`` of a process
that already has them takes milliseconds. The zygote imports everything once, then forks one worker per request, so
a worker killed at its deadline is replaced before the next item needs it. The zygote itself never runs a
comparison and has no threads, which keeps forking it safe.

Protocol (all messages are length-prefixed JSON, never pickle: a worker's reply is data, not code):
    zygote → parent   b"ready\n" once its imports are done (and the first warm-up pair, see WARM_UP_PAIRS)
    parent → zygote   b"spawn" with one file descriptor (the worker's end of a fresh socketpair) attached
    zygote → parent   the new worker's pid as 8 bytes (``!q``), or -1 when fork failed
    parent → zygote   b"warm": finish the warm-up now (``guard.warm_up``); the zygote answers b"ready\n" when done
    parent → worker   ``{"id": n, "kind": "compare", "predicted": ..., "gold": ..., "use_math_verify": ...,
                      "rounded_answers": ...}``
                      or ``{"id": n, "kind": "call", "target": "module:function", "args": [...]}`` (used by tests
                      to exercise the guard with sleeps, busy loops and allocations)
    worker → parent   ``{"id": n, "ok": true, "equal": ..., "method": ..., "predicted": ...}``,
                      ``{"id": n, "ok": false, "status": "invalid_gold" | "error", "detail": ...}``
                      or for "call" ``{"id": n, "ok": true, "value": ...}``; ``"retire": true`` means the worker
                      exits after this reply (it hit its memory limit) and must not be used again.
EOF on its socket makes a worker exit; EOF on the control socket makes the zygote exit. Workers also ask the kernel
(Linux) to kill them when the zygote dies, so nothing is left running when the user's process goes away.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import select
import signal
import socket
import struct
import sys
from collections.abc import Callable
from typing import Any

HEADER = struct.Struct("!I")
PID = struct.Struct("!q")
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
READY = b"ready\n"
WARM = b"warm"


def send_message(sock: socket.socket, message: dict[str, Any]) -> None:
    data = json.dumps(message, ensure_ascii=False).encode("utf-8")
    sock.sendall(HEADER.pack(len(data)) + data)


def recv_exact(sock: socket.socket, size: int) -> bytes | None:
    """Exactly ``size`` bytes, or None on EOF."""
    chunks = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def read_message(read_exact: Callable[[int], bytes | None]) -> dict[str, Any] | None:
    """One message, read with ``read_exact(size)`` (None on EOF); shared by the worker and the deadline-keeping
    parent, which reads with a socket timeout."""
    header = read_exact(HEADER.size)
    if header is None:
        return None
    (size,) = HEADER.unpack(header)
    if size > MAX_MESSAGE_BYTES:
        raise ValueError(f"message of {size} bytes exceeds the {MAX_MESSAGE_BYTES} byte limit")
    body = read_exact(size)
    if body is None:
        return None
    message = json.loads(body.decode("utf-8"))
    if not isinstance(message, dict):
        raise ValueError("a guard message must be a JSON object")
    return message


def recv_message(sock: socket.socket) -> dict[str, Any] | None:
    return read_message(lambda size: recv_exact(sock, size))


# --- the worker ------------------------------------------------------------------------------------------------------


def _limit_memory(memory_mb: int) -> None:
    if memory_mb <= 0:
        return
    try:
        import resource

        limit = memory_mb * 1024 * 1024
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):  # not every platform has RLIMIT_AS (macOS ignores it)
        pass


def _die_with_parent() -> None:
    """Linux only: SIGKILL this worker when the zygote exits, even if it is stuck in C code at that moment."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _handle(request: dict[str, Any]) -> dict[str, Any]:
    kind = request.get("kind")
    if kind == "compare":
        from openrs_rewards.verifiers.numeric import rounded_answers
        from openrs_rewards.verifiers.symbolic import SymbolicConfig, symbolic_compare
        from openrs_rewards.verifiers.verdict import InvalidGoldError

        config = SymbolicConfig(use_math_verify=bool(request.get("use_math_verify", True)))
        try:
            with rounded_answers(bool(request.get("rounded_answers", True))):
                decision = symbolic_compare(str(request["predicted"]), str(request["gold"]), config)
        except InvalidGoldError as error:
            return {"ok": False, "status": "invalid_gold", "detail": str(error)[:500]}
        return {
            "ok": True,
            "equal": decision.equal,
            "method": decision.method,
            "predicted": decision.predicted,
        }
    if kind == "call":
        import importlib

        module_name, _, function_name = str(request["target"]).partition(":")
        function = getattr(importlib.import_module(module_name), function_name)
        return {"ok": True, "value": function(*request.get("args", []))}
    return {"ok": False, "status": "error", "detail": f"unknown request kind {kind!r}"}


def serve(sock: socket.socket, memory_mb: int) -> None:
    """The worker loop: one request at a time until EOF."""
    _die_with_parent()
    _limit_memory(memory_mb)
    while True:
        try:
            request = recv_message(sock)
        except (OSError, ValueError):
            return
        if request is None:
            return
        retire = False
        try:
            reply = _handle(request)
        except MemoryError:
            # The address-space limit was hit: answer, then exit so the parent starts a clean worker.
            reply = {
                "ok": False,
                "status": "error",
                "detail": f"worker memory limit ({memory_mb} MiB) exceeded",
            }
            retire = True
        except RecursionError:
            reply = {"ok": False, "status": "error", "detail": "expression too deeply nested"}
        except Exception as error:  # every failure becomes a reply; the worker stays usable
            reply = {"ok": False, "status": "error", "detail": f"{type(error).__name__}: {error}"[:500]}
        reply["id"] = request.get("id")
        if retire:
            reply["retire"] = True
        try:
            send_message(sock, reply)
        except (OSError, TypeError, ValueError):
            return
        if retire:
            return


# --- the zygote ------------------------------------------------------------------------------------------------------


# Exercised in the zygote, so workers start with these code paths and sympy's caches warm and a worker's first
# comparison costs its CPU budget closer to what it costs a worker that has run a few (measured: `\csc^2 x` vs
# `1+\cot^2 x` 0.25 -> 0.06 s of CPU, a long Minerva answer 1.4 -> 1.15 s; warm: 0.02 and 0.8 s). The first
# READY_AFTER pairs run before the zygote says it is ready (they load the LaTeX parser and sympy's basic paths); the
# rest (about 0.5 s of CPU) run one pair at a time while nothing is asked of the zygote: from READY_GRACE_S after
# READY until the first worker is asked for (the caller is usually still busy with the batch), and after that only
# once no spawn request has come for WARM_UP_QUIET_S. So the first workers of a fresh process are neither held back
# by the warm-up nor made to share the CPU with it (measured on the 75 items of the real completions that reached a
# worker, each in a fresh fork: 68 ms of CPU each when forked after the whole warm-up, 116 ms after the first pair,
# none over 0.5 s; a fresh process's first batch finished 0.3 s sooner), and workers forked later (a replacement
# after a kill, more workers) start warm.
WARM_UP_PAIRS = (
    ("\\frac{1}{2}", "0.5"),
    ("x^2+1", "1+x^{2}"),
    ("\\{1,2\\}", "\\{2,1\\}"),
    ("\\sec^2 y", "1+\\tan^2 y"),
    ("\\log_3 9+\\ln(e^2)", "4"),
    ("\\sqrt{8}", "2\\sqrt{2}"),
    ("\\frac{a+bi}{c}", "\\frac{a}{c}+\\frac{b}{c}i"),
    ("y \\le 3", "3 \\ge y"),
)
READY_AFTER = 1
WARM_UP_QUIET_S = 1.0
# Right after READY a parent that is waiting for a worker asks for one within a millisecond or two; a warm-up pair
# started in that moment would hold its fork back by up to ~0.2 s (measured), so the warm-up waits this long first.
READY_GRACE_S = 0.05


def _preload() -> None:
    """Import the heavy libraries once and run the first warm-up pairs, so every forked worker starts loaded."""
    # No collections while importing: sympy's import creates hundreds of thousands of objects that all live as long
    # as the zygote, and walking them again and again is ~12% of the import's CPU time (measured); _freeze then
    # takes them out of the collector's sight for good.
    gc.disable()
    try:
        with contextlib.suppress(ImportError):
            import math_verify  # noqa: F401  (the fallback backend; imported here so workers never pay for it)
        for pair in WARM_UP_PAIRS[:READY_AFTER]:
            _warm_up(pair)
        _freeze(collect=False)
    finally:
        gc.enable()


_warm_up_pairs_run = 0


def _warm_up(pair: tuple[str, str]) -> None:
    global _warm_up_pairs_run
    from openrs_rewards.verifiers.symbolic import symbolic_compare

    with contextlib.suppress(Exception):
        symbolic_compare(*pair)
    _warm_up_pairs_run += 1


def warm_up_pairs_run() -> int:
    """How many of WARM_UP_PAIRS this process (a worker: the zygote it was forked from) has run; for tests."""
    return _warm_up_pairs_run


def _freeze(collect: bool = True) -> None:
    # Objects that exist now live as long as the zygote: keep the collector off them, so a worker's collections
    # neither walk the whole sympy heap nor write to (and so copy) the pages it shares with the zygote. Before READY
    # the collection is skipped: the imports leave little garbage, and walking their heap is ~80 ms (measured) on
    # the way to the first worker; the later freeze, after the warm-up, collects.
    if collect:
        gc.collect()
    gc.freeze()


def _request_within(control: socket.socket, seconds: float) -> bool:
    readable, _, _ = select.select([control], [], [], seconds)
    return bool(readable)


def zygote(control: socket.socket, memory_mb: int) -> None:
    # Forked workers are reaped by the kernel: the parent kills them by pid and never waits on them.
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's business; it shuts us down by EOF
    _preload()
    control.sendall(READY)
    warm_up_left = list(WARM_UP_PAIRS[READY_AFTER:])
    quiet = READY_GRACE_S  # then, before the first request, the caller is still busy: warm up at once
    while True:
        if warm_up_left and not _request_within(control, quiet):
            _warm_up(warm_up_left.pop(0))
            if not warm_up_left:
                _freeze()
            quiet = 0.0  # go on while nothing is asked
            continue
        quiet = WARM_UP_QUIET_S
        try:
            message, fds, _, _ = socket.recv_fds(control, 64, 1)
        except OSError:
            return
        if not message:
            for fd in fds:
                os.close(fd)
            return
        if message == WARM and not fds:
            for pair in warm_up_left:
                _warm_up(pair)
            if warm_up_left:
                warm_up_left.clear()
                _freeze()
            control.sendall(READY)
            continue
        if message != b"spawn" or len(fds) != 1:
            for fd in fds:
                os.close(fd)
            control.sendall(PID.pack(-1))
            continue
        try:
            pid = os.fork()
        except OSError:
            os.close(fds[0])
            control.sendall(PID.pack(-1))
            continue
        if pid == 0:
            status = 0
            try:
                control.close()
                serve(socket.socket(fileno=fds[0]), memory_mb)
            except BaseException:
                status = 1
            finally:
                os._exit(status)
        os.close(fds[0])
        control.sendall(PID.pack(pid))


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="openrs-rewards verifier zygote (started by the guard)")
    parser.add_argument("--control-fd", type=int, required=True)
    parser.add_argument("--memory-mb", type=int, default=0)
    args = parser.parse_args(argv)
    control = socket.socket(fileno=args.control_fd)
    try:
        zygote(control, args.memory_mb)
    finally:
        control.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
