"""Helpers for tests/test_guard.py.

``WorkerPool.call`` targets are imported *in the worker process*, so this module must be importable there: the tests
put this directory on ``PYTHONPATH`` before the pool they call it through starts its zygote. The ``mp_*`` functions
run in ``multiprocessing`` pool workers, which import them by name.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

PATHOLOGICAL_COMPLETION = "\\boxed{5^{5^{5^{5^5}}}}"


class HelperBoom(Exception):
    """A distinctive exception name for the error-reporting test."""


def pid_then_sleep(path: str, seconds: float) -> float:
    """Record this worker's pid in ``path``, then sleep (a deadline overrun the worker cannot notice)."""
    Path(path).write_text(str(os.getpid()))
    time.sleep(seconds)
    return seconds


def burn_cpu(seconds: float) -> dict[str, float]:
    """Spin in Python until this process has used ``seconds`` of CPU time (however long that takes in wall time);
    report the pid and the CPU time used."""
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass
    return {"pid": os.getpid(), "cpu": time.process_time() - started}


def burn_then_sleep(cpu_seconds: float, sleep_seconds: float) -> dict[str, float]:
    """Use ``cpu_seconds`` of CPU, then wait ``sleep_seconds`` using none: wall time well over CPU time."""
    used = burn_cpu(cpu_seconds)
    time.sleep(sleep_seconds)
    return used


def pid_then_burn(path: str, seconds: float) -> dict[str, float]:
    """Record this worker's pid in ``path``, then use ``seconds`` of CPU time."""
    Path(path).write_text(str(os.getpid()))
    return burn_cpu(seconds)


def huge_power() -> int:
    """A C-level computation (one ``int.__pow__`` call) that runs for far longer than any test deadline."""
    return int(pow(3, 10**9) % 7)


def allocate(size: int) -> int:
    """Allocate ``size`` bytes at once and report how many were allocated."""
    block = bytearray(size)
    return len(block)


def boom(message: str) -> None:
    raise HelperBoom(message)


def echo(value: Any) -> Any:
    return value


def mp_verify_pathological(timeout: float) -> dict[str, Any]:
    """Run in a daemonic multiprocessing worker: a hanging comparison, then an ordinary one, both through the API."""
    import multiprocessing

    from openrs_rewards import verify
    from openrs_rewards.verifiers import guard

    guard.warm_up(1)  # the zygote start is paid once per process and is not part of any deadline
    started = time.monotonic()
    hanging = verify(PATHOLOGICAL_COMPLETION, "3", timeout=timeout)
    elapsed = time.monotonic() - started
    ordinary = verify("so $\\boxed{-2\\sqrt{5}+10}$", "10 - 2\\sqrt{5}", timeout=30.0)
    pool_pid = guard.get_pool().pid
    guard.shutdown()
    return {
        "status": hanging.status,
        "method": hanging.method,
        "elapsed": elapsed,
        "ordinary": ordinary.status,
        "pid": os.getpid(),
        "pool_pid": pool_pid,
        "daemon": multiprocessing.current_process().daemon,
    }
