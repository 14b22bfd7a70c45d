"""A large batch's caller-side stages shared with forked copies of the process (verifiers/forked.py): the verdicts
are exactly the one-process verdicts, whatever a child does (settles, hands back, raises, dies), and a process that
cannot fork safely (a second thread) never forks.

The forking runs in fresh interpreters (``python -c``): the test process may hold threads of earlier tests, and a
fresh process has exactly one, as a user's scoring script does."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards.verifiers import forked

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "preds.jsonl"


def _run(program: str) -> dict:
    """The JSON a fresh interpreter prints last, running ``program``."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(program)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@given(st.lists(st.integers(0, 12), max_size=200), st.integers(1, 5))
def test_deal_shares_every_index_once_keeping_a_key_together(keys: list[int], processes: int) -> None:
    shares = forked.deal(keys, processes)
    assert len(shares) == processes
    assert sorted(index for share in shares for index in share) == list(range(len(keys)))
    assert all(share == sorted(share) for share in shares)
    owner = {keys[index]: number for number, share in enumerate(shares) for index in share}
    assert all(
        keys[index] in owner and owner[keys[index]] == number
        for number, share in enumerate(shares)
        for index in share
    )
    # Balanced within the largest group (each group went to the share with the fewest items so far).
    largest = max((keys.count(key) for key in set(keys)), default=0)
    sizes = [len(share) for share in shares]
    assert max(sizes) - min(sizes) <= largest


def test_process_count_is_one_for_small_batches_one_worker_or_a_second_thread() -> None:
    assert forked.process_count(forked.MIN_ITEMS_PER_PROCESS * 2 - 1, 8) == 1
    assert forked.process_count(10_000, 1) == 1
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert not forked.fork_is_safe()
        assert forked.process_count(10_000, 8) == 1
    finally:
        release.set()
        thread.join()


def test_a_fresh_process_forks_and_its_children_return_what_they_settled() -> None:
    result = _run(
        """
        import json, os
        from openrs_rewards.verifiers import forked
        forked.usable_cpus = lambda: 4
        assert forked.fork_is_safe()
        count = forked.process_count(4 * forked.MIN_ITEMS_PER_PROCESS, 8)

        def work(index):
            if index == 7:
                raise KeyboardInterrupt  # this index and the rest of the share are the parent's
            return None if index % 2 else {"double": index * 2, "pid": os.getpid()}

        shares = [[0, 2, 3, 4], [5, 6, 7, 8, 10], [12, 14]]
        children = forked.start(shares, work)
        got = [child.results() for child in children]
        died = forked.start([[1, 2]], lambda index: os._exit(3))[0].results()
        print(json.dumps({"count": count, "got": got, "died": died, "parent": os.getpid()}))
        """
    )
    assert result["count"] == 4
    first, second, third = result["got"]
    assert sorted(int(index) for index in first) == [0, 2, 4]  # 3 is odd: handed back
    assert sorted(int(index) for index in second) == [6]  # 5 odd, 7 raised: 7, 8 and 10 are the parent's
    assert sorted(int(index) for index in third) == [12, 14]
    assert all(value["double"] == 2 * int(index) for share in result["got"] for index, value in share.items())
    pids = {value["pid"] for share in result["got"] for value in share.values()}
    assert len(pids) == 3 and result["parent"] not in pids
    assert result["died"] == {}


def test_stop_kills_and_reaps_a_child_still_at_work() -> None:
    result = _run(
        """
        import json, os, time
        from openrs_rewards.verifiers import forked
        child = forked.start([[0]], lambda index: time.sleep(60))[0]
        began = time.monotonic()
        child.stop()
        try:
            os.kill(child.pid, 0)
            alive = True
        except ProcessLookupError:
            alive = False
        child.stop()  # a second stop touches nothing
        print(json.dumps({"alive": alive, "seconds": time.monotonic() - began, "reaped": child.reaped}))
        """
    )
    assert result == {"alive": False, "seconds": result["seconds"], "reaped": True}
    assert result["seconds"] < 30


def test_verify_batch_gives_the_same_verdicts_forked_and_in_one_process() -> None:
    # 80 real completions against their own golds and against another record's gold, repeated to ~640 items,
    # and one item that only a guarded worker settles (the forked copy hands it back to the parent).
    result = _run(
        f"""
        import json
        from openrs_rewards import verify_batch
        from openrs_rewards.verifiers import forked
        forked.usable_cpus = lambda: 4
        records = [json.loads(line) for line in open({str(EXAMPLES)!r}, encoding="utf-8")]
        completions, golds = [], []
        for shift in range(4):
            for number, record in enumerate(records):
                completions.append(record["completion"])
                golds.append(records[(number + shift) % len(records)]["gold"])
        completions, golds = completions * 2, golds * 2
        completions.insert(300, "\\\\boxed{{\\\\int_0^1 t\\\\,dt}}")
        golds.insert(300, "\\\\frac{{1}}{{2}}")
        started = []
        start = forked.start
        forked.start = lambda shares, work: started.append(len(shares)) or start(shares, work)
        shared = verify_batch(completions, golds, workers=3)
        alone = verify_batch(completions, golds, workers=1)
        fields = lambda v: [v.correct, v.status, v.predicted, v.gold, v.method, v.source, v.detail]
        print(json.dumps({{
            "started": started,
            "n": len(completions),
            "same": [fields(a) == fields(b) for a, b in zip(shared, alone)],
            "integral": fields(shared[300]),
            "correct": sum(v.correct for v in alone),
        }}))
        """
    )
    assert result["started"] == [2]  # three processes: this one and two forked copies
    assert len(result["same"]) == result["n"] == 641
    assert all(result["same"])
    assert result["integral"][:2] == [True, "correct"] and result["integral"][4] == "symbolic"
    assert 50 <= result["correct"] <= 641 - 300  # right and wrong answers both (the shifted golds are wrong)
