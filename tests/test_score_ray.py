"""``openrs-score --ray`` and ``score_dataset`` on a real Ray cluster: a head and a second node on this machine, one
logical CPU each, started once for the module and always torn down. Each run is held to the run without Ray on the
same input: verdicts, rewards, the report (table and ``--json``), ``--out`` and the bad-line messages, byte for
byte; on the shipped example and on a generated 20,000-line file with bad lines mixed in; also when an actor is
killed mid-run. The real verifier scores everything. The driver keeps a summary per line whose size does not grow
with the completion's, and ``--out`` is written from lines serialised on the actors.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import ray
from hypothesis import given
from hypothesis import strategies as st
from ray.cluster_utils import Cluster

import _ray_helpers
from _ray_helpers import (
    EXAMPLES,
    SelfKillingScorer,
    example_objects,
    generated_lines,
    position_reward,
    write_lines,
)
from openrs_rewards.cli.score import main
from openrs_rewards.scoring import ray_scoring, score_dataset
from openrs_rewards.scoring.pipeline import (
    ScoreResult,
    out_line,
    out_line_parts,
    score,
    verdict_lines,
    write_verdict_shards,
    write_verdicts,
)
from openrs_rewards.scoring.ray_scoring import (
    RayRun,
    _lines,
    input_files,
    plan_actors,
    score_on_ray,
)
from openrs_rewards.scoring.records import record_from_object
from openrs_rewards.verifiers.verdict import Verdict

REWARDS = ["format", "length"]  # length (Kimi's) is normalised over each problem's samples: chunks must match


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """Two Ray nodes on this machine, each with its own CPU and object store; this process is their driver."""
    store = 256 * 1024 * 1024
    nodes = Cluster(
        initialize_head=True,
        head_node_args={"num_cpus": 1, "object_store_memory": store, "include_dashboard": False},
    )
    try:
        nodes.add_node(num_cpus=1, object_store_memory=store)
        nodes.wait_for_nodes()
        ray.init(address=nodes.address, logging_level=logging.WARNING)
        yield nodes
    finally:
        ray.shutdown()
        nodes.shutdown()


def same_report(ray_result: ScoreResult, plain: ScoreResult, ray_out: Path, folder: Path) -> None:
    """The same report, and ``ray_out`` (written by the run on Ray) byte for byte the plain run's ``--out``."""
    assert ray_result.to_json() == plain.to_json()
    assert ray_result.to_text() == plain.to_text()
    assert ray_result.reward_warnings == plain.reward_warnings
    assert ray_result.reward_errors == plain.reward_errors
    write_verdicts(plain, folder / "plain-out.jsonl")
    assert ray_out.read_bytes() == (folder / "plain-out.jsonl").read_bytes()


# A line Ray's log forwarding writes to the driver's own output: "(raylet) A worker died ...", "(MapWorker pid=12) ...",
# in colour or not. Ray may print one in between the report's lines when a worker dies and is restarted.
_RAY_LOG_LINE = re.compile(r"^(?:\x1b\[[0-9;]*m)?\((?:raylet|[A-Za-z_]*\s*pid=\d+)[^)]*\)")


def without_ray_lines(text: str) -> str:
    """``text`` without the lines Ray's log forwarding added to it."""
    return "".join(line for line in text.splitlines(keepends=True) if _RAY_LOG_LINE.match(line) is None)


def subsequence(lines: list[str], within: list[str]) -> bool:
    """Whether ``lines`` appear in ``within`` in order (Ray may add its own lines in between)."""
    rest = iter(within)
    return all(any(line == other for other in rest) for line in lines)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_lines(tmp_path_factory.mktemp("ray") / "preds.jsonl", generated_lines(20_000))


# -- on the cluster -----------------------------------------------------------------------------------------------


def test_cli_on_the_example_prints_and_writes_what_the_plain_run_does(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "preds.jsonl"  # the example plus two bad lines, so stderr has something to compare
    bad.write_bytes(EXAMPLES.read_bytes() + b'{"id": "x", "completion": "4"}\nnot json\n')
    outputs: list[tuple[int, int, str, str, bytes, str]] = []
    for extra in ([], ["--ray", "--ray-address", cluster.address]):
        out = tmp_path / "verdicts.jsonl"  # one path: the closing line names it
        flags = ["--reward", "format", "--reward", "length", "--reward", "accuracy", "--out", str(out)]
        status = main([str(bad), *flags, "--no-progress", *extra])
        table = capsys.readouterr()
        status_json = main([str(bad), *flags, "--json", "--no-progress", *extra])
        printed = capsys.readouterr()
        outputs.append(
            (
                status,
                status_json,
                without_ray_lines(table.out),
                without_ray_lines(printed.out),
                out.read_bytes(),
                printed.err,
            )
        )
    (plain, on_ray) = outputs
    assert on_ray[:5] == plain[:5]
    assert "preds.jsonl:81: no gold field" in plain[5] and "preds.jsonl:82: not valid JSON" in plain[5]
    assert subsequence(plain[5].splitlines(), on_ray[5].splitlines())


def test_generated_file_with_bad_lines_is_scored_alike_on_two_nodes(
    cluster: Cluster, generated: Path, tmp_path: Path
) -> None:
    plain = score(str(generated), rewards=REWARDS, workers=1)
    run = RayRun(plan=plan_actors(1, 1), files=[])
    on_ray = score_on_ray(str(generated), rewards=REWARDS, run=run, out=tmp_path / "out.jsonl")
    assert plain.counts == {
        "total": 20_000,
        "scored": 19_605,
        "bad": 315,
        "blank": 80,
    }  # the file is as meant
    same_report(on_ray, plain, tmp_path / "out.jsonl", tmp_path)
    assert run.plan.actors == 2 and run.plan.cpus_per_actor == 1.0  # one per node: 1 CPU each, 1 CPU per node
    assert sorted(run.lines_per_node) == sorted(node["NodeID"] for node in ray.nodes() if node["Alive"])
    assert sum(run.lines_per_node.values()) == 20_000 and min(run.lines_per_node.values()) > 0


def test_an_actor_killed_mid_run_loses_and_doubles_no_line(
    cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_lines(tmp_path / "preds.jsonl", generated_lines(3_000, seed=5))
    marker = tmp_path / "killed.pid"
    # The test's killer class travels to the actors by value (tests/ is not importable there).
    ray.cloudpickle.register_pickle_by_value(_ray_helpers)
    killer = type("SelfKillingScorer", (SelfKillingScorer,), {"KILL_LINE": 1_500, "MARKER": str(marker)})
    monkeypatch.setattr(ray_scoring, "RecordScorer", killer)
    try:
        on_ray = score_on_ray(str(path), rewards=REWARDS, batch_size=100, out=tmp_path / "out.jsonl")
    finally:
        ray.cloudpickle.unregister_pickle_by_value(_ray_helpers)
    killed = int(marker.read_text())  # an actor got line 1,500 and killed itself (the retry found the marker)
    with pytest.raises(ProcessLookupError):
        os.kill(killed, 0)
    same_report(on_ray, score(str(path), rewards=REWARDS, workers=1), tmp_path / "out.jsonl", tmp_path)


def test_a_folder_and_a_glob_are_read_file_by_file_in_name_order(
    cluster: Cluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = EXAMPLES.read_bytes().splitlines()
    folder = tmp_path / "sweep"
    (folder / "b").mkdir(parents=True)
    parts = {
        folder / "a.jsonl": lines[:30],
        folder / "b" / "c.jsonl": [*lines[30:60], b"not json"],
        folder / "b" / "d.jsonl": lines[60:],
        folder / ".hidden.jsonl": [b"skipped"],
    }
    for path, content in parts.items():
        path.write_bytes(b"\n".join(content) + b"\n")
    files = [folder / "a.jsonl", folder / "b" / "c.jsonl", folder / "b" / "d.jsonl"]
    plain = [score(str(path), workers=1) for path in files]
    expected_out = [line for result in plain for line in verdict_lines(result)]
    expected_errors = [e["error"] for result in plain for e in result.input_errors]
    assert expected_errors == [f"{folder / 'b' / 'c.jsonl'}:31: not valid JSON: Expecting value at column 1"]
    for source in (folder, f"{folder}/**/*.jsonl"):
        on_ray = score_on_ray(source, out=tmp_path / "out.jsonl")
        assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines() == expected_out
        assert [e["error"] for e in on_ray.input_errors] == expected_errors
        assert on_ray.input_errors[0]["line"] == 61  # its position in the files taken one after another
        assert on_ray.counts == {"total": 81, "scored": 80, "bad": 1, "blank": 0}
    shards = tmp_path / "shards"
    flags = [
        "--ray",
        "--ray-address",
        cluster.address,
        "--out",
        str(shards),
        "--out-format",
        "shards",
        "--json",
    ]
    status = main([str(folder), *flags, "--no-progress"])
    capsys.readouterr()
    assert status == 0
    assert (shards / "part-00000.jsonl").read_text(encoding="utf-8").splitlines() == expected_out


def test_rewards_over_several_files_are_those_of_the_files_taken_as_one(
    cluster: Cluster, tmp_path: Path
) -> None:
    """A (model, benchmark) chunk spread over three files is handed to each reward whole, in input order, with its
    records without an id kept apart although their line numbers repeat from file to file."""
    lines = generated_lines(900, seed=7)
    # Every 5th line without an id or a problem field: each is a problem of its own, told apart by its line, and
    # the three files (300 lines each) put such records at the same line numbers, in the same chunks.
    for number in range(0, 900, 5):
        try:
            fields = json.loads(lines[number])
        except ValueError:
            continue  # a bad line stays as it is
        if isinstance(fields, dict):
            fields.pop("id", None), fields.pop("problem", None)
            lines[number] = json.dumps(fields).encode()
    folder = tmp_path / "parts"
    folder.mkdir()
    for number, part in enumerate((lines[:300], lines[300:600], lines[600:])):
        write_lines(folder / f"part-{number}.jsonl", part)
    rewards = [*REWARDS, ("position", position_reward)]  # the order of each call's completions, seen
    plain = score(str(write_lines(tmp_path / "whole.jsonl", lines)), rewards=rewards, workers=1)
    assert sum(s.record.problem_id is None for s in plain.samples) > 5  # records without an id, in every file
    ray.cloudpickle.register_pickle_by_value(_ray_helpers)  # the reward travels to the tasks by value
    try:
        on_ray = score_on_ray(folder, rewards=rewards, out=tmp_path / "out.jsonl")
    finally:
        ray.cloudpickle.unregister_pickle_by_value(_ray_helpers)
    assert [s.rewards for s in on_ray.samples] == [s.rewards for s in plain.samples]
    assert json.loads(on_ray.to_json())["groups"] == json.loads(plain.to_json())["groups"]
    write_verdicts(plain, tmp_path / "plain.jsonl")
    pairs = zip(
        (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines(),
        (tmp_path / "plain.jsonl").read_text(encoding="utf-8").splitlines(),
        strict=True,
    )
    for ray_line, plain_line in pairs:  # a bad line's message names its own file: the others are the same
        assert ray_line == plain_line or json.loads(plain_line)["status"] == "error"


def test_a_file_without_a_scoreable_line_with_rewards_is_reported_as_without_ray(
    cluster: Cluster, tmp_path: Path
) -> None:
    path = write_lines(tmp_path / "bad.jsonl", [b"not json", b"", b'{"completion": "4"}'])
    on_ray = score_on_ray(str(path), rewards=REWARDS, out=tmp_path / "out.jsonl")
    plain = score(str(path), rewards=REWARDS, workers=1)
    assert plain.counts == {"total": 3, "scored": 0, "bad": 2, "blank": 1}
    same_report(on_ray, plain, tmp_path / "out.jsonl", tmp_path)


def test_score_dataset_adds_the_verdict_columns(cluster: Cluster) -> None:
    rows = [
        {"row": i, **{k: v for k, v in r.items() if k != "source"}} for i, r in enumerate(example_objects())
    ]
    rows.append({**rows[0], "row": len(rows), "gold": None})
    plain = score(rows, workers=1)
    scored = sorted(score_dataset(ray.data.from_items(rows), actors=2).take_all(), key=lambda r: r["row"])
    assert len(scored) == len(rows)
    for index, row in enumerate(scored):
        verdict = plain.verdicts.get(index)
        if verdict is None:
            assert (row["status"], row["correct"], row["predicted"]) == ("error", False, None)
            assert row["error"] == "field 'gold' must be a string or a number, got null"
            continue
        assert row["error"] is None
        shown = (row["correct"], row["status"], row["predicted"], row["method"], row["source"], row["detail"])
        expected = (verdict.correct, verdict.status, verdict.predicted, verdict.method, verdict.source)
        assert shown == (*expected, verdict.detail)
        assert row["completion"] == rows[index]["completion"]  # the input columns are kept


def test_the_driver_keeps_per_line_what_a_short_completion_costs_whatever_its_length(
    cluster: Cluster, tmp_path: Path
) -> None:
    """200 KB completions cost the driver what 2 KB ones do: it receives and keeps a summary per line (labels,
    verdict, length), never the record; the completions reach only the actors and, serialised there, --out."""
    kept: dict[int, tuple[int, int]] = {}
    for size in (2_000, 200_000):
        lines = [
            json.dumps(
                {
                    "id": f"q{i % 20}",
                    "model": "m",
                    "benchmark": "b",
                    "completion": ("step " * size)[: size - 9] + f"\\boxed{{{i % 3}}}",  # size chars
                    "gold": "1",
                }
            ).encode()
            for i in range(60)
        ]
        path = write_lines(tmp_path / f"long-{size}.jsonl", [*lines, b"not json", b""])
        run = RayRun(plan=plan_actors(1, 1), files=[])
        out = tmp_path / f"out-{size}.jsonl"
        on_ray = score_on_ray(str(path), rewards=["format"], out=out, run=run)
        assert on_ray.counts == {"total": 62, "scored": 60, "bad": 1, "blank": 1}
        assert all(r.completion is None and r.fields is None and r.raw is None for r in on_ray.records)
        assert on_ray.summaries[0].mean_completion_chars == size  # the length still reaches the report
        with pytest.raises(ValueError, match="scored on Ray"):
            next(
                verdict_lines(on_ray)
            )  # the result cannot rebuild --out: there is nothing to rebuild it from
        out_lines = out.read_text(encoding="utf-8").splitlines()
        assert len(out_lines) == 62 and len(out_lines[0]) > size  # --out has the completions
        kept[size] = (run.bytes_received, len(pickle.dumps(on_ray)))
    (small_received, small_kept), (big_received, big_kept) = kept[2_000], kept[200_000]
    assert big_received <= small_received + 62 * 4  # a few bytes per line: a longer number for the length
    assert big_kept <= small_kept + 62 * 4
    assert big_kept < 62 * 2_000  # far less than one short completion per line


# -- without the cluster ------------------------------------------------------------------------------------------


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=240, check=False
    )


def test_without_ray_the_flag_says_how_to_install_it() -> None:
    completed = run_python(
        "import sys\n"
        "sys.modules['ray'] = None  # import ray now fails, as where it is not installed\n"
        "from openrs_rewards.cli.score import main\n"
        f"sys.exit(main([{str(EXAMPLES)!r}, '--ray']))\n"
    )
    assert completed.returncode == 2
    assert 'pip install "openrs-rewards[ray]"' in completed.stderr
    assert completed.stdout == ""


def test_importing_the_package_and_the_tool_imports_no_ray() -> None:
    completed = run_python(
        "import sys, openrs_rewards, openrs_rewards.scoring, openrs_rewards.cli.score\n"
        "print(sorted(m for m in sys.modules if m == 'ray' or m.startswith('ray.')))\n"
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout.strip().replace("'", '"')) == []


@given(cpus=st.integers(min_value=1, max_value=512), actors=st.one_of(st.none(), st.integers(1, 256)))
def test_the_actor_pool_always_fits_the_cluster(cpus: int, actors: int | None) -> None:
    plan = plan_actors(cpus, actors)
    assert plan.actors == (actors if actors is not None else cpus)
    assert 0 < plan.cpus_per_actor <= 1.0
    # Every actor can start (the reads need no CPU), counted as Ray counts CPUs: in units of 1/10,000 (in floating
    # point 75 x 0.28 is 21.000000000000004, which hypothesis found).
    assert plan.actors * round(plan.cpus_per_actor * 10_000) <= cpus * 10_000
    assert plan.workers_per_actor >= 1


@given(
    fields=st.dictionaries(
        st.sampled_from(["rewards", "status", "completion"]) | st.text(max_size=8),  # the keys --out sets too
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
            lambda children: (
                st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=4), children, max_size=3)
            ),
            max_leaves=6,
        ),
        max_size=6,
    ),
    rewards=st.dictionaries(
        st.text(max_size=8), st.none() | st.floats(allow_nan=False) | st.integers(), max_size=3
    ),
    verified=st.booleans(),
)
def test_an_out_line_cut_on_an_actor_and_completed_on_the_driver_is_the_plain_runs_line(
    fields: dict[str, Any], rewards: dict[str, float | None], verified: bool
) -> None:
    record = record_from_object(3, {**fields, "completion": "so \\boxed{7}", "gold": "7"}, "p.jsonl")
    verdict = Verdict(True, "correct", predicted="7", method="string", source="boxed") if verified else None
    head, tail = out_line_parts(record, verdict)
    assert head + json.dumps(rewards, ensure_ascii=False) + tail == out_line(record, verdict, rewards)


def test_shards_hold_the_out_lines_in_order_and_replace_an_earlier_run(tmp_path: Path) -> None:
    result = score([*example_objects(), {"completion": "so 4"}], workers=1)
    folder = tmp_path / "out"
    write_verdict_shards(result, folder, lines=30)
    (folder / "part-00009.jsonl").write_text("stale\n", encoding="utf-8")
    written = write_verdict_shards(result, folder, lines=30)
    assert [p.name for p in written] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert sorted(p.name for p in folder.iterdir()) == [p.name for p in written]
    lines = [line for p in written for line in p.read_text(encoding="utf-8").splitlines()]
    assert lines == list(verdict_lines(result))
    assert json.loads(lines[-1])["status"] == "error"


def test_uris_are_listed_and_split_into_lines_as_local_files_are(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    content = b'{"id": 1}\r\n\n\xff not utf-8\nlast line without an end'
    for name in ("b/z.jsonl", "a.jsonl", ".hidden"):
        (tmp_path / name).write_bytes(content)
    uris = input_files(f"file://{tmp_path}")
    assert uris == [f"file://{tmp_path / 'a.jsonl'}", f"file://{tmp_path / 'b' / 'z.jsonl'}"]
    with open(tmp_path / "a.jsonl", "rb") as handle:
        assert list(_lines(uris[0])) == list(handle) == content.splitlines(keepends=True)


def test_a_missing_input_is_reported_as_without_ray(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "nope.jsonl")
    assert main([missing]) == 2
    plain = capsys.readouterr()
    assert main([missing, "--ray"]) == 2  # found before Ray starts
    assert capsys.readouterr() == plain
    assert f"cannot read {missing}: No such file or directory" in plain.err
