"""``scoring.pipeline.score``: what both ``openrs-score`` and ``openrs-eval`` print, from one place.

The real verifier scores everything here. ``openrs-eval``'s generation is replaced at its boundary (``run_eval``,
which would load a model) by a function that writes a predictions file, so that its scoring can be compared with
``openrs-score``'s on the same file.
"""

from __future__ import annotations

import asyncio
import io
import json
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import openrs_rewards.trainer_glue.evaluate as evaluate
from openrs_rewards import __version__, plugins
from openrs_rewards.cli import eval as eval_cli
from openrs_rewards.cli import score as score_cli
from openrs_rewards.scoring.pipeline import (
    InputError,
    RewardSpecError,
    default_ks,
    score,
    verify_records,
    write_verdicts,
)
from openrs_rewards.scoring.records import problem_key, read_records

ROWS: list[dict[str, Any]] = [
    {"id": "q1", "model": "m", "benchmark": "b", "problem": "7?", "completion": "so \\boxed{7}", "gold": "7"},
    {"id": "q1", "model": "m", "benchmark": "b", "problem": "7?", "completion": "so \\boxed{8}", "gold": "7"},
    {
        "id": "q2",
        "model": "m",
        "benchmark": "b",
        "problem": "1/2?",
        "completion": "\\boxed{0.5}",
        "gold": "1/2",
    },
    {"id": "q2", "model": "m", "benchmark": "b", "problem": "1/2?", "completion": "", "gold": "1/2"},
]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


def test_every_kind_of_input_gives_the_same_report(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "p.jsonl", ROWS)
    from_path = score(path, workers=1)
    assert from_path.input_name == str(path)
    assert from_path.counts == {"total": 4, "scored": 4, "bad": 0, "blank": 0}
    assert from_path.ks == [1, 2]
    (group,) = from_path.summaries
    assert (group.problems, group.accuracy, group.pass_at_k[2]) == (2, 0.5, 1.0)
    for source in (
        ROWS,
        list(read_records(path.read_bytes().splitlines(keepends=True))),
        io.BytesIO(path.read_bytes()),
        io.StringIO(path.read_text(encoding="utf-8")),
    ):
        other = score(source, workers=1, name=str(path))
        assert other.to_json() == from_path.to_json()
        assert other.to_text() == from_path.to_text()


def test_bad_records_are_reported_and_the_rest_scored() -> None:
    result = score([ROWS[0], {"completion": "x"}, 42, ROWS[1]], workers=1)
    assert result.counts == {"total": 4, "scored": 2, "bad": 2, "blank": 0}
    assert [e["error"] for e in result.input_errors] == [
        "<records>:2: no gold field (looked for 'gold', 'answer' or 'solution')",
        "<records>:3: expected a JSON object, got int",
    ]
    assert result.exit_status() == 0 and result.exit_status(strict=True) == 1


def test_nothing_to_score_is_exit_status_1() -> None:
    assert score([], workers=1).exit_status() == 1
    assert score(io.BytesIO(b"\n\n"), workers=1).exit_status() == 1


def test_input_and_spec_errors_are_raised_before_anything_is_verified(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"cannot read .*missing\.jsonl"):
        score(tmp_path / "missing.jsonl")
    with pytest.raises(RewardSpecError, match="unknown reward 'no_such_h10'") as error:
        score(ROWS, rewards=["no_such_h10"])
    assert error.value.spec == "no_such_h10"
    with pytest.raises(RewardSpecError, match="twice"):
        score(ROWS, rewards=["format", "format"])
    with pytest.raises(ValueError, match="positive integers"):
        score(ROWS, ks=[0])


# -- rewards through call_reward: sync, async, wrong length, NaN -------------------------------------------------


def digits(completions: Any = None, **kwargs: Any) -> list[float | None]:
    return [float(sum(ch.isdigit() for ch in c)) if c else None for c in completions]


async def async_digits(completions: Any = None, **kwargs: Any) -> list[float | None]:
    await asyncio.sleep(0)
    return digits(completions)


def one_short(completions: Any = None, **kwargs: Any) -> list[float]:
    return [0.0] * (len(completions) - 1)


def nan_for_wrong(completions: Any = None, answer: Any = None, **kwargs: Any) -> list[float]:
    return [1.0 if f"{{{a}}}" in c else float("nan") for c, a in zip(completions, answer, strict=True)]


def test_sync_async_wrong_length_and_nan_rewards() -> None:
    result = score(
        ROWS,
        rewards=[("sync", digits), ("async", async_digits), ("short", one_short), nan_for_wrong],
        workers=1,
    )
    assert result.reward_labels == ["sync", "async", "short", "nan_for_wrong"]
    values = [result.reward_values[i] for i in range(4)]
    assert [v["sync"] for v in values] == [1.0, 1.0, 2.0, None]
    assert [v["async"] for v in values] == [v["sync"] for v in values]
    assert [v["short"] for v in values] == [None] * 4
    assert [v["nan_for_wrong"] for v in values] == [1.0, None, None, None]
    assert result.reward_errors == [
        "reward 'short' on model 'm', benchmark 'b' (4 completions) returned 3 values for 4 completions"
    ]
    stats = result.summaries[0].rewards["nan_for_wrong"]
    assert (stats.count, stats.none_share) == (1, 0.75)


def test_verdicts_file_has_one_line_per_input_line(tmp_path: Path) -> None:
    result = score([*ROWS[:2], "oops"], rewards=[("sync", digits)], workers=1)  # type: ignore[list-item]
    out = tmp_path / "v.jsonl"
    write_verdicts(result, out)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [w["status"] for w in written] == ["correct", "incorrect", "error"]
    assert [w["rewards"] for w in written] == [{"sync": 1.0}, {"sync": 1.0}, {"sync": None}]


# -- one problem key ---------------------------------------------------------------------------------------------

record_rows = st.lists(
    st.fixed_dictionaries(
        {"completion": st.just("\\boxed{1}"), "gold": st.just("1")},
        optional={
            "id": st.sampled_from(["a", "b", 1]),
            "model": st.sampled_from(["m1", "m2"]),
            "benchmark": st.sampled_from(["x", "y"]),
        },
    ),
    min_size=1,
    max_size=12,
)


@given(record_rows)
def test_the_report_the_rewards_and_the_default_k_share_one_problem_key(rows: list[dict[str, Any]]) -> None:
    records = list(read_records([json.dumps(r) for r in rows]))
    keys = [problem_key(r) for r in records]
    sizes = {key: keys.count(key) for key in keys}
    result = score(records, rewards=[("seen", digits)], workers=1)
    assert sum(g.problems for g in result.summaries) == len(sizes)
    assert result.ks == default_ks(records) == ([1] if min(sizes.values()) < 2 else [1, min(sizes.values())])
    for group in result.summaries:
        in_group = [k for k in sizes if k[:2] == (group.model, group.benchmark)]
        assert group.min_samples_per_problem == min(sizes[k] for k in in_group)


# -- openrs-eval scores through the same pipeline ----------------------------------------------------------------


@pytest.fixture
def generated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    """Replaces generation (a model) with writing ROWS plus a bad line; yields the configs it was called with."""
    calls: list[Any] = []

    def fake_run_eval(config: Any) -> Any:
        calls.append(config)
        write_jsonl(Path(config.out), [*ROWS, "not json"])
        return types.SimpleNamespace(generated=len(ROWS), already_done=0, out=config.out)

    monkeypatch.setattr(evaluate, "run_eval", fake_run_eval)
    yield calls


def eval_argv(out: Path, *extra: str) -> list[str]:
    return ["--model", "fake", "--benchmarks", "aime24", "--out", str(out), "--no-progress", *extra]


@pytest.mark.parametrize("as_json", [False, True])
def test_openrs_eval_prints_exactly_what_openrs_score_prints(
    tmp_path: Path, generated: list[Any], capsys: pytest.CaptureFixture[str], as_json: bool
) -> None:
    preds = tmp_path / "preds.jsonl"
    flags = ["--k", "1,2", "--reward", "format", "--reward", "accuracy_async"] + (
        ["--json"] if as_json else []
    )
    eval_out = tmp_path / "eval-verdicts.jsonl"
    assert eval_cli.main(eval_argv(preds, *flags, "--score-out", str(eval_out))) == 0
    from_eval = capsys.readouterr()
    assert len(generated) == 1
    score_out = tmp_path / "score-verdicts.jsonl"
    assert score_cli.main([str(preds), *flags, "--out", str(score_out), "--no-progress"]) == 0
    from_score = capsys.readouterr()
    assert from_eval.out == from_score.out
    assert eval_out.read_text(encoding="utf-8") == score_out.read_text(encoding="utf-8")
    assert f"{preds}:5: not valid JSON" in from_eval.err  # the bad line is reported by both
    assert f"{preds}:5: not valid JSON" in from_score.err


def test_openrs_eval_rewards_go_through_call_reward(
    tmp_path: Path, generated: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    for name, reward in (("h10_eval_async", async_digits), ("h10_eval_short", one_short)):
        plugins.register(name, reward)
    try:
        code = eval_cli.main(
            eval_argv(
                tmp_path / "p.jsonl", "--json", "--reward", "h10_eval_async", "--reward", "h10_eval_short"
            )
        )
    finally:
        plugins.unregister("h10_eval_async")
        plugins.unregister("h10_eval_short")
    captured = capsys.readouterr()
    assert code == 0, captured.err
    report = json.loads(captured.out)
    assert report["groups"][0]["rewards"]["h10_eval_async"]["mean"] == pytest.approx(4 / 3)
    assert report["reward_errors"] == [
        "reward 'h10_eval_short' on model 'm', benchmark 'b' (4 completions) returned 3 values for 4 completions"
    ]


def test_openrs_eval_checks_scoring_options_before_generating(
    tmp_path: Path, generated: list[Any], capsys: pytest.CaptureFixture[str]
) -> None:
    preds = tmp_path / "p.jsonl"
    assert eval_cli.main(eval_argv(preds, "--reward", "no_such_h10")) == 2
    assert "--reward 'no_such_h10': unknown reward" in capsys.readouterr().err
    assert eval_cli.main(eval_argv(preds, "--plot", str(tmp_path / "no" / "r.png"))) == 2
    assert "cannot write the plot" in capsys.readouterr().err
    assert eval_cli.main(eval_argv(preds, "--score-out", str(preds))) == 2
    assert "would overwrite the predictions" in capsys.readouterr().err
    assert generated == []  # nothing was generated
    assert (
        eval_cli.main(eval_argv(preds, "--no-score", "--reward", "no_such_h10")) == 0
    )  # not scoring: not checked


def test_openrs_eval_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"openrs-eval {__version__}"


def test_a_records_problem_makes_an_answer_restating_it_incorrect() -> None:
    problem, echo = "Compute $\\dbinom{31}{28}$.", "$\\dbinom{31}{28}$ is a mathematical expression."
    objects = [
        {"problem": problem, "completion": echo, "gold": "4495"},
        {"problem": problem, "completion": "so \\boxed{4495}", "gold": "4495"},
        {"completion": echo, "gold": "4495"},  # (no problem: the value is all there is)
    ]
    records = list(read_records([json.dumps(obj).encode() for obj in objects]))
    verdicts = verify_records(records, workers=1)
    assert [verdicts[i].status for i in range(3)] == ["incorrect", "correct", "correct"]
    assert verdicts[0].detail is not None and "restates" in verdicts[0].detail
