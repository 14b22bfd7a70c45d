"""The guard: hard per-item deadlines, memory limits and clean process lifecycles for the symbolic stage.

Wall-clock checks use generous margins (deadline + 0.5 s) because the test machine is small and shared; the one-off
zygote start is paid in module-scoped fixtures and never counted against a deadline.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import _guard_helpers
from openrs_rewards.verifiers import guard
from openrs_rewards.verifiers.api import averify, clear_decision_cache, verify
from openrs_rewards.verifiers.guard import GuardResult, WorkerPool

TESTS_DIR = Path(__file__).resolve().parent
HELPERS = "_guard_helpers"
MARGIN_S = 0.5
HANG = "5^{5^{5^{5^5}}}"


@contextmanager
def helpers_importable() -> Iterator[None]:
    """Put tests/ on PYTHONPATH while a pool starts its zygote (the workers import ``_guard_helpers``)."""
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(TESTS_DIR), old) if p)
    try:
        yield
    finally:
        if old is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = old


def process_gone(pid: int) -> bool:
    """True once ``pid`` no longer exists. A zombie still exists: nobody reaped it, which is a leak too."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # pragma: no cover - the pid was reused by another user's process
        return True
    return False


def wait_gone(pids: list[int], limit_s: float = 5.0) -> list[int]:
    """The pids still present after polling for up to ``limit_s`` seconds."""
    stop = time.monotonic() + limit_s
    remaining = [pid for pid in pids if not process_gone(pid)]
    while remaining and time.monotonic() < stop:
        time.sleep(0.02)
        remaining = [pid for pid in remaining if not process_gone(pid)]
    return remaining


def describe(pids: list[int]) -> str:
    states = []
    for pid in pids:
        try:
            states.append(f"{pid}: {Path(f'/proc/{pid}/stat').read_text().split()[2]}")
        except OSError:
            states.append(f"{pid}: ?")
    return ", ".join(states)


@pytest.fixture(scope="module")
def pool() -> Iterator[WorkerPool]:
    """A dedicated pool whose workers can import ``_guard_helpers``; started and warmed once."""
    with helpers_importable():
        instance = WorkerPool()
        instance.prestart(2)
    assert instance.call(f"{HELPERS}:echo", [1], timeout=30.0).status == "ok"
    yield instance
    instance.close()


@pytest.fixture(scope="module")
def global_pool() -> WorkerPool:
    """The process's own pool (used by the API), warmed so its start is not counted against a deadline."""
    guard.warm_up(2)
    return guard.get_pool()


# --- plain calls ---------------------------------------------------------------------------------------------------


def test_ok_call_returns_the_value(pool: WorkerPool) -> None:
    result = pool.call("math:factorial", [20], timeout=10.0)
    assert result == GuardResult("ok", value=2432902008176640000, seconds=result.seconds)
    payload = {"a": [1, 2.5, "x", None], "b": {"nested": True}}
    echoed = pool.call(f"{HELPERS}:echo", [payload], timeout=10.0)
    assert echoed.status == "ok" and echoed.value == payload and echoed.detail is None
    assert 0.0 <= echoed.seconds < 10.0


def test_compare_in_a_worker_gives_a_decision(pool: WorkerPool) -> None:
    result = pool.compare("-2\\sqrt{5}+10", "10-2\\sqrt{5}", timeout=30.0)
    assert result.status == "ok"
    assert result.value["equal"] is True and result.value["method"] == "symbolic"
    different = pool.compare("5", "10-2\\sqrt{5}", timeout=30.0)
    assert different.status == "ok" and different.value["equal"] is False
    invalid = pool.compare("1", "\\frac{", timeout=30.0, use_math_verify=False)
    assert invalid.status == "invalid_gold" and "gold" in (invalid.detail or "")


# --- deadlines -----------------------------------------------------------------------------------------------------


def test_sleep_overrun_is_killed_and_replaced(pool: WorkerPool, tmp_path: Path) -> None:
    marker = tmp_path / "pid"
    kills = pool.kills
    started = time.monotonic()
    result = pool.call(f"{HELPERS}:pid_then_sleep", [str(marker), 60], timeout=0.5)
    elapsed = time.monotonic() - started
    assert result.status == "timeout", result
    assert result.value is None and "deadline" in (result.detail or "")
    assert 0.5 <= elapsed < 0.5 + MARGIN_S
    assert pool.kills == kills + 1
    killed = int(marker.read_text())
    assert killed not in pool.live_workers
    assert wait_gone([killed]) == [], describe([killed])
    with pytest.raises(ProcessLookupError):
        os.kill(killed, 0)
    after = pool.call("os:getpid", [], timeout=10.0)
    assert after.status == "ok" and after.value != killed
    assert after.value in pool.live_workers


def test_c_level_hang_in_sympy_is_killed_within_the_deadline(pool: WorkerPool) -> None:
    started = time.monotonic()
    result = pool.compare(HANG, "3", timeout=0.5)
    elapsed = time.monotonic() - started
    assert result.status == "timeout", result
    assert elapsed < 0.5 + MARGIN_S
    assert pool.call("math:factorial", [5], timeout=10.0).value == 120


def test_c_level_integer_power_is_killed_within_the_deadline(pool: WorkerPool) -> None:
    kills = pool.kills
    started = time.monotonic()
    result = pool.call(f"{HELPERS}:huge_power", [], timeout=0.5)
    elapsed = time.monotonic() - started
    assert result.status == "timeout", result
    assert elapsed < 0.5 + MARGIN_S
    assert pool.kills == kills + 1
    assert pool.call(f"{HELPERS}:echo", ["still here"], timeout=10.0).value == "still here"


def test_float_timeouts_work(pool: WorkerPool) -> None:
    fast = pool.call(f"{HELPERS}:echo", [0.25], timeout=0.25)
    assert fast.status == "ok" and fast.value == 0.25
    started = time.monotonic()
    slow = pool.call("time:sleep", [5], timeout=0.25)
    elapsed = time.monotonic() - started
    assert slow.status == "timeout"
    assert "0.25" in (slow.detail or "")
    assert 0.25 <= elapsed < 0.25 + MARGIN_S
    assert 0.25 <= slow.seconds < 0.25 + MARGIN_S


# --- failures inside the worker ------------------------------------------------------------------------------------


def test_memory_limit_gives_an_error_and_the_pool_recovers() -> None:
    with helpers_importable():
        small = WorkerPool(memory_mb=400, max_workers=2)
        small.prestart(1)
    try:
        [first] = small.live_workers
        result = small.call(f"{HELPERS}:allocate", [2_000_000_000], timeout=30.0)
        assert result.status == "error", result
        assert "memory" in (result.detail or "").lower() and "400" in (result.detail or "")
        # The worker that hit its limit retires instead of serving more items.
        assert first not in small.live_workers
        assert wait_gone([first]) == [], describe([first])
        ok = small.call(f"{HELPERS}:allocate", [20_000_000], timeout=30.0)
        assert ok.status == "ok" and ok.value == 20_000_000
        again = small.call(f"{HELPERS}:allocate", [2_000_000_000], timeout=30.0)
        assert again.status == "error" and "memory" in (again.detail or "").lower()
        assert small.call("math:factorial", [6], timeout=30.0).value == 720
    finally:
        small.close()


def test_an_exception_in_the_worker_is_an_error_and_the_worker_survives(pool: WorkerPool) -> None:
    before = pool.call("os:getpid", [], timeout=10.0)
    result = pool.call(f"{HELPERS}:boom", ["kaboom"], timeout=10.0)
    assert result.status == "error"
    assert "HelperBoom" in (result.detail or "") and "kaboom" in (result.detail or "")
    after = pool.call("os:getpid", [], timeout=10.0)
    assert after.status == "ok" and after.value == before.value  # the same worker, not a replacement
    assert not process_gone(before.value)
    missing = pool.call("no_such_module_xyz:f", [], timeout=10.0)
    assert missing.status == "error" and "ModuleNotFoundError" in (missing.detail or "")


# --- the deadline holds in every calling context -------------------------------------------------------------------


def test_deadline_holds_from_eight_threads_at_once(pool: WorkerPool) -> None:
    pool.ensure_capacity(8)
    pool.prestart(8)
    kills = pool.kills
    barrier = threading.Barrier(8)
    outcomes: list[tuple[GuardResult, float]] = []
    lock = threading.Lock()

    def overrun() -> None:
        barrier.wait()
        started = time.monotonic()
        result = pool.call("time:sleep", [30], timeout=0.5)
        with lock:
            outcomes.append((result, time.monotonic() - started))

    threads = [threading.Thread(target=overrun) for _ in range(8)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30.0)
    total = time.monotonic() - started
    assert len(outcomes) == 8
    assert [result.status for result, _ in outcomes] == ["timeout"] * 8
    assert max(elapsed for _, elapsed in outcomes) < 0.5 + MARGIN_S
    assert total < 2.0  # in parallel: eight 0.5 s deadlines one after another would take 4 s
    assert pool.kills == kills + 8
    assert pool.call(f"{HELPERS}:echo", [8], timeout=10.0).value == 8


def test_deadline_holds_inside_a_running_event_loop(global_pool: WorkerPool) -> None:
    async def main() -> tuple[str, str | None, float, int]:
        ticks = 0
        stop = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not stop.is_set():
                ticks += 1
                await asyncio.sleep(0.02)

        task = asyncio.create_task(ticker())
        started = time.monotonic()
        verdict = await averify(_guard_helpers.PATHOLOGICAL_COMPLETION, "3", timeout=0.5)
        elapsed = time.monotonic() - started
        stop.set()
        await task
        return verdict.status, verdict.method, elapsed, ticks

    status, method, elapsed, ticks = asyncio.run(main())
    assert (status, method) == ("timeout", "guard")
    assert elapsed < 0.5 + MARGIN_S
    assert ticks >= 3  # the loop kept running while the worker was stuck


def test_deadline_holds_in_a_daemonic_multiprocessing_worker(global_pool: WorkerPool) -> None:
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as workers:
        found = workers.apply_async(_guard_helpers.mp_verify_pathological, (0.5,)).get(timeout=120)
    assert found["daemon"] is True
    assert found["pid"] != os.getpid() and found["pool_pid"] == found["pid"]
    assert (found["status"], found["method"]) == ("timeout", "guard")
    assert found["elapsed"] < 0.5 + MARGIN_S
    assert found["ordinary"] == "correct"


def test_a_forked_child_gets_its_own_pool(global_pool: WorkerPool) -> None:
    parent_pool = guard.get_pool()
    parent_workers = parent_pool.live_workers
    assert parent_workers
    cases = [
        ("\\boxed{\\frac{\\sqrt{2}}{2}}", "\\frac{1}{\\sqrt{2}}", 30.0),
        ("\\boxed{5}", "10 - 2\\sqrt{5}", 30.0),
        (_guard_helpers.PATHOLOGICAL_COMPLETION, "3", 0.5),
    ]
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, reported through the pipe
        code = 1
        try:
            os.close(read_end)
            clear_decision_cache()
            own = guard.get_pool()
            verdicts = [verify(c, g, timeout=t) for c, g, t in cases]
            report = {
                "pool_pid": own.pid,
                "same_object": own is parent_pool,
                "workers": own.live_workers,
                "verdicts": [(v.status, v.method) for v in verdicts],
            }
            guard.shutdown()
            os.write(write_end, json.dumps(report).encode())
            code = 0
        except BaseException as error:
            os.write(write_end, json.dumps({"error": repr(error)}).encode())
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    report = json.loads(b"".join(chunks).decode())
    assert os.waitstatus_to_exitcode(status) == 0, report
    assert report["pool_pid"] == pid and report["same_object"] is False
    assert not set(report["workers"]) & set(parent_workers)
    assert report["verdicts"] == [["correct", "symbolic"], ["incorrect", "symbolic"], ["timeout", "guard"]]
    # The child neither used nor killed the parent's workers.
    assert guard.get_pool() is parent_pool
    assert all(not process_gone(worker) for worker in parent_workers)
    clear_decision_cache()
    verdict = verify("\\boxed{\\frac{\\sqrt{2}}{2}}", "\\frac{1}{\\sqrt{2}}", timeout=30.0)
    assert (verdict.status, verdict.method) == ("correct", "symbolic")


# --- lifecycle -----------------------------------------------------------------------------------------------------


def test_close_leaves_no_zombie_or_orphan_workers() -> None:
    doomed = WorkerPool()
    doomed.prestart(3)
    assert doomed.call("time:sleep", [30], timeout=0.3).status == "timeout"
    assert doomed._zygote is not None
    pids = [*doomed.live_workers, doomed._zygote.pid]
    assert len(pids) >= 3
    doomed.close()
    assert doomed.live_workers == []
    left = wait_gone(pids)
    assert left == [], describe(left)
    after = doomed.call("math:factorial", [3], timeout=5.0)
    assert after.status == "error" and "shut down" in (after.detail or "")
    doomed.close()  # twice is fine


def test_memory_setting_comes_from_configure_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="memory_mb"):
        guard.configure(memory_mb=-1)
    try:
        guard.configure(memory_mb=777)
        assert guard.get_pool().memory_mb == 777
        monkeypatch.setenv("OPENRS_WORKER_MEMORY_MB", "555")
        guard.shutdown()
        assert guard.get_pool().memory_mb == 555
    finally:
        monkeypatch.delenv("OPENRS_WORKER_MEMORY_MB", raising=False)
        guard.configure(memory_mb=guard.DEFAULT_MEMORY_MB)
    assert guard.get_pool().memory_mb == guard.DEFAULT_MEMORY_MB


def test_shutdown_leaves_no_worker_alive() -> None:
    guard.warm_up(2)
    pool = guard.get_pool()
    assert pool is guard.get_pool()  # one pool per process
    assert pool._zygote is not None
    pids = [*pool.live_workers, pool._zygote.pid]
    assert len(pids) >= 3
    guard.shutdown()
    assert pool.live_workers == []
    left = wait_gone(pids)
    assert left == [], describe(left)
    fresh = guard.get_pool()
    assert fresh is not pool
    assert fresh.call("math:factorial", [4], timeout=60.0).value == 24
