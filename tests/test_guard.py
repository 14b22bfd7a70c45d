"""The guard: hard per-item deadlines, memory limits and clean process lifecycles for the symbolic stage.

The deadline counts the worker's CPU time with a wall-clock backstop at ``WALL_BACKSTOP_FACTOR`` × the timeout, so a
CPU-bound overrun ends between ``timeout`` and the backstop in wall time, and a sleeping one at the backstop.
Wall-clock checks use generous margins (+ 0.5 s) because the test machine is small and shared (how soon after its
budget a worker is killed on an idle machine is measured in benchmarks/bench_oversubscribed.py, not here); the
one-off zygote start is paid in module-scoped fixtures and never counted against a deadline.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import _guard_helpers
from openrs_rewards.verifiers import forked, guard
from openrs_rewards.verifiers._worker import READY_AFTER, WARM_UP_PAIRS, WARM_UP_QUIET_S
from openrs_rewards.verifiers.api import averify, clear_decision_cache, verify
from openrs_rewards.verifiers.guard import GuardResult, WorkerPool

TESTS_DIR = Path(__file__).resolve().parent
HELPERS = "_guard_helpers"
WORKER = "openrs_rewards.verifiers._worker"
MARGIN_S = 0.5
STARTUP_ALLOWANCE_S = (
    10.0  # a zygote's start (its imports) on a loaded 2-core machine, well over the half second idle
)
BACKSTOP = guard.WALL_BACKSTOP_FACTOR
LINUX_ONLY = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="CPU accounting through the kernel"
)
# Where the kernel gives no CPU accounting (not Linux) the deadline is plain wall time; the CPU-time tests skip there.
CPU_ACCOUNTED = guard._detect_cpu_accounting() != "wall"
NEEDS_CPU_ACCOUNTING = pytest.mark.skipif(
    not CPU_ACCOUNTED, reason="no CPU accounting for other processes here"
)
SLEEP_LIMIT = BACKSTOP if CPU_ACCOUNTED else 1.0  # how many timeouts a sleeping worker lasts
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


@NEEDS_CPU_ACCOUNTING
def test_sleep_overrun_is_killed_and_replaced(pool: WorkerPool, tmp_path: Path) -> None:
    marker = tmp_path / "pid"
    kills = pool.kills
    started = time.monotonic()
    result = pool.call(f"{HELPERS}:pid_then_sleep", [str(marker), 60], timeout=0.5)
    elapsed = time.monotonic() - started
    assert result.status == "timeout", result
    assert result.value is None and "wall-clock backstop" in (result.detail or "")
    # A sleeping worker uses no CPU: the wall-clock backstop, not the CPU budget, stops it.
    assert BACKSTOP * 0.5 <= elapsed < BACKSTOP * 0.5 + MARGIN_S
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
    assert 0.5 <= elapsed < BACKSTOP * 0.5 + MARGIN_S
    assert pool.call("math:factorial", [5], timeout=10.0).value == 120


def test_c_level_integer_power_is_killed_within_the_deadline(pool: WorkerPool) -> None:
    kills = pool.kills
    started = time.monotonic()
    result = pool.call(f"{HELPERS}:huge_power", [], timeout=0.5)
    elapsed = time.monotonic() - started
    assert result.status == "timeout", result
    assert "CPU-time deadline" in (result.detail or "") or not CPU_ACCOUNTED  # time in C code is CPU time too
    assert 0.5 <= elapsed < BACKSTOP * 0.5 + MARGIN_S
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
    assert SLEEP_LIMIT * 0.25 <= elapsed < SLEEP_LIMIT * 0.25 + MARGIN_S
    assert SLEEP_LIMIT * 0.25 <= slow.seconds < SLEEP_LIMIT * 0.25 + MARGIN_S


@NEEDS_CPU_ACCOUNTING
def test_cpu_bound_overrun_is_killed_at_its_cpu_budget(pool: WorkerPool, tmp_path: Path) -> None:
    marker = tmp_path / "pid"
    kills = pool.kills
    started = time.monotonic()
    result = pool.call(f"{HELPERS}:pid_then_burn", [str(marker), 60], timeout=0.5)
    elapsed = time.monotonic() - started
    assert result.status == "timeout", result
    assert "CPU-time deadline" in (result.detail or "") and "0.5" in (result.detail or "")
    # Never before its timeout in wall time; the CPU budget fires before the backstop.
    assert 0.5 <= elapsed < BACKSTOP * 0.5 + MARGIN_S
    assert pool.kills == kills + 1
    killed = int(marker.read_text())
    assert killed not in pool.live_workers
    assert wait_gone([killed]) == [], describe([killed])
    assert pool.call(f"{HELPERS}:echo", ["next"], timeout=10.0).value == "next"


@NEEDS_CPU_ACCOUNTING
def test_the_budget_is_cpu_time_not_wall_time(pool: WorkerPool) -> None:
    """0.3 s of CPU and 0.9 s asleep under a 1 s deadline: at least 1.2 s of wall time, so a wall-clock deadline
    would kill it; it uses 0.3 s of its CPU budget and ends well inside the 3 s backstop."""
    result = pool.call(f"{HELPERS}:burn_then_sleep", [0.3, 0.9], timeout=1.0)
    assert result.status == "ok", result
    assert result.value["cpu"] >= 0.3 and result.seconds >= 1.2


@contextmanager
def busy_processes(count: int) -> Iterator[list[int]]:
    """``count`` processes spinning on a CPU each, stopped (by pid) on exit."""
    spinners = [
        subprocess.Popen([sys.executable, "-S", "-c", "while True: pass"], stdin=subprocess.DEVNULL)
        for _ in range(count)
    ]
    try:
        yield [spinner.pid for spinner in spinners]
    finally:
        for spinner in spinners:
            spinner.kill()
        for spinner in spinners:
            spinner.wait()


@NEEDS_CPU_ACCOUNTING
def test_a_job_within_its_cpu_budget_succeeds_on_an_oversubscribed_machine(pool: WorkerPool) -> None:
    """0.3 s of CPU under a 1 s deadline, with three busy processes per core: on 2 cores the worker gets about 2/7 of
    a core, so it needs about 1.05 s of wall time (a wall-clock deadline of 1 s would kill it), well inside the 3 s
    backstop (which would take more than 19 competing processes on 2 cores to reach)."""
    pool.prestart(1)
    with busy_processes(3 * forked.usable_cpus()):
        time.sleep(0.1)  # let them start spinning
        result = pool.call(f"{HELPERS}:burn_cpu", [0.3], timeout=1.0)
        symbolic = pool.compare("-2\\sqrt{5}+10", "10-2\\sqrt{5}", timeout=1.0)
    assert result.status == "ok", result
    assert result.value["cpu"] >= 0.3
    assert symbolic.status == "ok" and symbolic.value["equal"] is True, symbolic


@LINUX_ONLY
def test_the_cpu_clock_and_proc_stat_agree_on_a_worker(pool: WorkerPool) -> None:
    result = pool.call(f"{HELPERS}:burn_cpu", [0.2], timeout=10.0)
    assert result.status == "ok", result
    pid = int(result.value["pid"])  # the worker is idle now, so its CPU time stands still
    precise = guard._clock_cpu_seconds(pid)
    ticks = guard._proc_cpu_seconds(pid)
    assert precise >= result.value["cpu"] >= 0.2
    assert abs(precise - ticks) <= 0.03  # /proc counts whole clock ticks (10 ms)
    assert guard._detect_cpu_accounting() == "clock"


def test_a_quick_reply_reads_the_cpu_clock_once(pool: WorkerPool, monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    real = guard._CPU_READERS["clock"]

    def counting(pid: int) -> float:
        reads.append(pid)
        return real(pid)

    monkeypatch.setattr(pool, "cpu_accounting", "clock")
    monkeypatch.setitem(guard._CPU_READERS, "clock", counting)
    result = pool.call("os:getpid", [], timeout=30.0)
    assert result.status == "ok"
    assert reads == [result.value]  # the baseline, read before sending; no polling while the reply comes


@LINUX_ONLY
def test_proc_stat_accounting_kills_a_cpu_bound_overrun(
    pool: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool, "cpu_accounting", "proc")
    ok = pool.call(f"{HELPERS}:burn_cpu", [0.05], timeout=5.0)
    assert ok.status == "ok", ok
    started = time.monotonic()
    result = pool.call(f"{HELPERS}:burn_cpu", [60], timeout=0.3)
    elapsed = time.monotonic() - started
    assert result.status == "timeout" and "CPU-time deadline" in (result.detail or ""), result
    assert 0.3 <= elapsed < BACKSTOP * 0.3 + MARGIN_S


def test_without_cpu_accounting_the_deadline_is_wall_time(
    pool: WorkerPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pool, "cpu_accounting", "wall")
    started = time.monotonic()
    result = pool.call("time:sleep", [30], timeout=0.3)
    elapsed = time.monotonic() - started
    assert result.status == "timeout" and "wall clock" in (result.detail or ""), result
    assert 0.3 <= elapsed < 0.3 + MARGIN_S  # no backstop multiple: the plain deadline
    assert pool.call(f"{HELPERS}:echo", [3], timeout=10.0).value == 3


def test_unknown_cpu_accounting_is_rejected() -> None:
    with pytest.raises(ValueError, match="cpu_accounting"):
        WorkerPool(cpu_accounting="sundial")  # type: ignore[arg-type]


# --- the deadline's schedule, on simulated clocks --------------------------------------------------------------------


def simulate(
    timeout: float, share: float, work: float | None, tick: float, accounting: bool = True
) -> tuple[str, float, list[float]]:
    """Run a :class:`guard._Deadline` against a simulated worker that gets ``share`` of a CPU and replies once it has
    used ``work`` CPU seconds (never, for None); its CPU clock counts whole ``tick``s (0: exact). Returns the outcome
    (``"ok"`` or the overrun detail), the wall time it came at, and when the CPU clock was read."""
    wall = [1000.0]
    reads: list[float] = []
    cpu_at_start = 5.0

    def cpu_seconds(pid: int) -> float:
        reads.append(wall[0] - 1000.0)
        used = (wall[0] - 1000.0) * share
        return cpu_at_start + (math.floor(used / tick) * tick if tick else used)

    deadline = guard._Deadline(
        7,
        timeout,
        cpu_seconds if accounting else None,
        resolution_s=tick or guard.MIN_POLL_S,
        monotonic=lambda: wall[0],
    )
    done_at = None if work is None else work / share
    for _ in range(100_000):
        try:
            wait = deadline.wait_s()
        except guard._Overrun as overrun:
            return overrun.detail, wall[0] - 1000.0, reads
        assert wait > 0
        if done_at is not None and wall[0] - 1000.0 + wait >= done_at:
            return "ok", done_at, reads
        wall[0] += wait
    raise AssertionError("the deadline never ended")  # pragma: no cover


@settings(max_examples=300, deadline=None)
@given(
    timeout=st.floats(0.01, 5.0),
    share=st.floats(0.02, 1.0),
    work=st.one_of(st.none(), st.floats(0.0, 10.0)),
    tick=st.sampled_from([0.0, 0.01]),
)
def test_the_deadline_counts_cpu_time_with_a_wall_backstop(
    timeout: float, share: float, work: float | None, tick: float
) -> None:
    outcome, elapsed, reads = simulate(timeout, share, work, tick)
    backstop = BACKSTOP * timeout
    resolution = tick or guard.MIN_POLL_S
    # The baseline before the request; then not before `timeout` wall seconds, and never more often than it ticks
    # (but for the last look, at the backstop).
    assert reads[0] == 0.0
    assert all(when >= timeout - 1e-9 for when in reads[1:])
    assert all(
        later - earlier >= resolution - 1e-9 or later >= backstop - 1e-9
        for earlier, later in itertools.pairwise(reads[1:])
    )
    if outcome == "ok":
        assert work is not None and work / share <= backstop + resolution
        assert work <= timeout + tick + resolution + 1e-9
        if elapsed < timeout * (1 - 1e-9):
            assert len(reads) == 1  # a reply within `timeout` wall seconds pays only the baseline read
        return
    assert elapsed >= timeout - 1e-9  # never killed before its timeout in wall time
    if (
        work is not None
    ):  # what it needed fitted in its budget and came before the backstop: it was never killed
        assert not (work < timeout and work / share < backstop - resolution)
    if "CPU-time" in outcome:
        assert elapsed * share >= timeout - 1e-9  # it really used its budget
        # ... and was killed as soon as the clock could tell (a tick late at most).
        assert elapsed <= max(timeout, (timeout + tick) / share) + resolution + 1e-9
    else:
        assert "wall-clock backstop" in outcome
        assert backstop - 1e-9 <= elapsed <= backstop + 1e-9
        assert elapsed * share < timeout + tick + 1e-9


def test_an_unreadable_cpu_clock_falls_back_to_the_wall_clock() -> None:
    wall = [0.0]
    reads = [0]

    def vanishing(pid: int) -> float:
        reads[0] += 1
        if reads[0] > 1:
            raise ProcessLookupError(pid)  # the worker exited between two reads
        return 3.0

    deadline = guard._Deadline(1, 0.5, vanishing, monotonic=lambda: wall[0])
    assert deadline.wait_s() == pytest.approx(0.5)
    wall[0] = 0.5
    with pytest.raises(guard._Overrun, match="wall clock"):
        deadline.wait_s()

    def unreadable(pid: int) -> float:
        raise PermissionError(pid)

    wall[0] = 0.0
    from_the_start = guard._Deadline(1, 0.5, unreadable, monotonic=lambda: wall[0])
    assert from_the_start.backstop == pytest.approx(0.5)  # no CPU accounting, no backstop multiple


@given(timeout=st.floats(0.01, 5.0), work=st.one_of(st.none(), st.floats(0.0, 10.0)))
def test_without_cpu_accounting_the_simulated_deadline_is_the_timeout(
    timeout: float, work: float | None
) -> None:
    outcome, elapsed, reads = simulate(timeout, 1.0, work, 0.0, accounting=False)
    assert reads == []
    if work is not None and work < timeout * (1 - 1e-9):
        assert outcome == "ok"
    elif work is None or work > timeout * (1 + 1e-9):
        assert "wall clock" in outcome and elapsed == pytest.approx(timeout)


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
    assert max(elapsed for _, elapsed in outcomes) < BACKSTOP * 0.5 + MARGIN_S
    assert total < 4.0  # in parallel: eight 1.5 s backstops one after another would take 12 s
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
    assert elapsed < BACKSTOP * 0.5 + MARGIN_S
    assert ticks >= 3  # the loop kept running while the worker was stuck


def test_deadline_holds_in_a_daemonic_multiprocessing_worker(global_pool: WorkerPool) -> None:
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as workers:
        found = workers.apply_async(_guard_helpers.mp_verify_pathological, (0.5,)).get(timeout=120)
    assert found["daemon"] is True
    assert found["pid"] != os.getpid() and found["pool_pid"] == found["pid"]
    assert (found["status"], found["method"]) == ("timeout", "guard")
    assert found["elapsed"] < BACKSTOP * 0.5 + MARGIN_S
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
    # Which stage settles the first two (the caller's expression stage or a worker) is the cascade's business; the
    # hanging one always reaches a worker, so the child's own pool did the work.
    assert [status for status, _ in report["verdicts"]] == ["correct", "incorrect", "timeout"]
    assert report["verdicts"][2] == ["timeout", "guard"]
    # The child neither used nor killed the parent's workers.
    assert guard.get_pool() is parent_pool
    assert all(not process_gone(worker) for worker in parent_workers)
    clear_decision_cache()
    verdict = verify("\\boxed{\\frac{\\sqrt{2}}{2}}", "\\frac{1}{\\sqrt{2}}", timeout=30.0)
    assert verdict.status == "correct"


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


# --- the zygote's warm-up --------------------------------------------------------------------------------------------


def _fresh_worker_warm_up(pool: WorkerPool) -> int:
    """The warm-up pairs run by a worker forked now: the idle one is killed first (an overrun), so the next call
    forks a new worker from the zygote as it is at this moment."""
    assert pool.call("time:sleep", [5], timeout=0.2).status == "timeout"
    result = pool.call(f"{WORKER}:warm_up_pairs_run", [], timeout=30.0)
    assert result.status == "ok", result
    return int(result.value)


def test_the_zygote_is_ready_before_its_whole_warm_up_and_warm_up_finishes_it() -> None:
    fresh = WorkerPool(max_workers=1)
    try:
        fresh.start()
        first = fresh.call(f"{WORKER}:warm_up_pairs_run", [], timeout=30.0)
        # Ready after the first READY_AFTER pairs; the rest come later (after a quiet second), so a worker forked
        # at once has run fewer than all of them unless the machine stalled this test for that second.
        assert first.status == "ok" and READY_AFTER <= first.value <= len(WARM_UP_PAIRS)
        fresh.finish_warm_up()
        assert _fresh_worker_warm_up(fresh) == len(WARM_UP_PAIRS)
        fresh.finish_warm_up()  # asking again is harmless
        assert _fresh_worker_warm_up(fresh) == len(WARM_UP_PAIRS)
        assert fresh.compare("\\sec^2 y", "1+\\tan^2 y", timeout=30.0).value["equal"] is True
    finally:
        fresh.close()


def test_a_quiet_zygote_finishes_its_warm_up_on_its_own() -> None:
    fresh = WorkerPool(max_workers=1)
    try:
        fresh.start()
        deadline = time.monotonic() + 120.0
        while True:
            time.sleep(WARM_UP_QUIET_S + 1.0)  # quiet: no spawn request in that time
            run = _fresh_worker_warm_up(fresh)
            if run == len(WARM_UP_PAIRS) or time.monotonic() > deadline:
                break
        assert run == len(WARM_UP_PAIRS)
    finally:
        fresh.close()


@NEEDS_CPU_ACCOUNTING
def test_a_cold_pool_keeps_the_whole_budget_of_its_first_request() -> None:
    """The first request of a process waits for the zygote's imports; that wait is not taken out of its budget, so a
    verdict does not depend on whether the process was cold (a shortened budget once turned a correct integral into a
    timeout in a freshly forked child and not in its parent). An overrun still comes back within its start plus the
    timeout."""
    timeout = 1.0
    with helpers_importable():
        fresh = WorkerPool(max_workers=1)
        try:
            began = time.monotonic()
            result = fresh.call(f"{HELPERS}:burn_cpu", [60], timeout=timeout)
            elapsed = time.monotonic() - began
            assert result.status == "timeout", result
            assert "overran its 1 s CPU-time deadline" in (result.detail or "")
            assert result.seconds == pytest.approx(
                elapsed, abs=0.05
            )  # the call's wall time, its start included
            assert elapsed < timeout + STARTUP_ALLOWANCE_S + MARGIN_S
            # and the comparison that needs a cold worker's first imports gets its whole budget too
            cold = WorkerPool(max_workers=1)
            try:
                integral = cold.compare("\\int_0^{1}tdt", "\\frac{1}{2}", timeout=timeout)
                assert integral.status == "ok" and integral.value["equal"] is True, integral
            finally:
                cold.close()
        finally:
            fresh.close()
