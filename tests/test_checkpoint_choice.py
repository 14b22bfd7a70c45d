"""Checkpoint choice: the rows, the rule (highest lower confidence bound, never one sample), the table, the bad-line
messages of eval_history.jsonl, and ``openrs-eval --checkpoints`` end to end with a scripted backend (the real
verifier scores it; tests/test_checkpoints_cpu.py runs the real model)."""

from __future__ import annotations

import doctest
import json
import math
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.cli.eval import main
from openrs_rewards.data import load_benchmark
from openrs_rewards.scoring.metrics import accuracy_with_se, pass_at_k
from openrs_rewards.scoring.pipeline import score
from openrs_rewards.trainer_glue import checkpoint_choice, evaluate
from openrs_rewards.trainer_glue.checkpoint_choice import (
    CheckpointDir,
    EvalRow,
    attach_checkpoints,
    choose_checkpoint,
    evaluate_checkpoints,
    find_checkpoints,
    format_markdown,
    read_eval_history,
    row_from_dict,
    rows_from_score,
    table_json,
    z_value,
)
from openrs_rewards.trainer_glue.evaluate import (
    EvalConfig,
    Generation,
    GenerationRequest,
    SamplingSettings,
)

Z95 = z_value(0.95)


def row(step: int, accuracy: float, stderr: float | None, **changes: object) -> EvalRow:
    values: dict[str, object] = {
        "step": step,
        "benchmark": "amc23",
        "problems": 40,
        "n": 8,
        "accuracy": accuracy,
        "stderr": stderr,
        "checkpoint": f"checkpoint-{step}",
    }
    values.update(changes)
    return EvalRow(**values)  # type: ignore[arg-type]


# -- the rule ---------------------------------------------------------------------------------------------------


def test_the_lower_bound_prefers_a_steadier_checkpoint_to_a_noisier_higher_one() -> None:
    rows = [row(50, 0.30, 0.05), row(100, 0.36, 0.09), row(150, 0.33, 0.03)]
    lcb = choose_checkpoint(rows)
    assert lcb.best is not None and lcb.best.step == 150
    assert lcb.best.lower_bound == pytest.approx(0.33 - 1.959964 * 0.03)
    mean = choose_checkpoint(rows, rule="mean")
    assert mean.best is not None and mean.best.step == 100
    # A lower confidence makes the bound trust the mean more: at 20% (z = 0.253) step 100 wins.
    assert choose_checkpoint(rows, confidence=0.2).best.step == 100  # type: ignore[union-attr]
    assert "Best checkpoint: checkpoint-150 (step 150)" in lcb.summary()
    assert "lower bound 27.1" in lcb.summary()


def test_ties_go_to_the_earlier_step() -> None:
    rows = [row(300, 0.4, 0.05), row(100, 0.4, 0.05), row(200, 0.4, 0.05)]
    assert choose_checkpoint(rows).best.step == 100  # type: ignore[union-attr]
    assert choose_checkpoint(rows, rule="mean").best.step == 100  # type: ignore[union-attr]
    assert "Tied with step 200, 300: the earlier step is named." in choose_checkpoint(rows).summary()
    assert "Tied" not in choose_checkpoint([rows[0], row(100, 0.4, 0.06)]).summary()


def test_one_sample_per_problem_or_no_standard_error_is_reported_but_never_chosen() -> None:
    lucky = row(100, 0.467, 0.09, n=1)  # one sample per problem: the paper's 46.7%
    single_problem = row(150, 1.0, None, problems=1)
    honest = row(50, 0.28, 0.03)
    choice = choose_checkpoint([lucky, single_problem, honest])
    assert choice.best is not None and choice.best.step == 50
    assert choose_checkpoint([lucky, single_problem, honest], rule="mean").best.step == 50  # type: ignore[union-attr]
    flags = {c.step: c.flag for c in choice.candidates}
    assert flags == {50: None, 100: "one sample per problem", 150: "no standard error (one problem)"}
    table = format_markdown([lucky, single_problem, honest], choice)
    assert "one sample per problem" in table and "no standard error (one problem)" in table
    assert "never chosen" in choice.rule_text

    nothing = choose_checkpoint([lucky, single_problem])
    assert nothing.best is None
    assert nothing.summary().startswith("No checkpoint chosen")
    assert "one sample per problem" in nothing.summary()
    assert table_json([lucky], nothing)["best"] is None


def test_a_step_without_a_checkpoint_is_not_chosen_until_its_directory_is_known() -> None:
    in_run = row(100, 0.5, 0.02, checkpoint=None, source="in_run")
    other = row(50, 0.3, 0.02)
    unnamed = choose_checkpoint([in_run, other])
    assert unnamed.best is not None and unnamed.best.step == 50
    assert "| 100 | — | amc23 | in_run |" in format_markdown([in_run, other], unnamed)
    assert "no checkpoint saved at this step |" in format_markdown([in_run, other], unnamed)
    named = attach_checkpoints([in_run, other], [CheckpointDir(100, Path("out/checkpoint-100"))])
    choice = choose_checkpoint(named)
    assert choice.best is not None and choice.best.checkpoint == "checkpoint-100"


def test_several_rows_of_one_step_use_the_one_with_most_samples() -> None:
    small = row(100, 0.9, 0.05, source="in_run", problems=10, n=2)
    large = row(100, 0.4, 0.02, source="checkpoint", problems=40, n=8)
    choice = choose_checkpoint([small, large, row(50, 0.5, 0.02)])
    step_100 = next(c for c in choice.candidates if c.step == 100)
    assert step_100.rows == (large,)
    assert choice.best is not None and choice.best.step == 50
    # More samples, but one per problem: the step keeps its measurement with an honest error bar.
    single = row(100, 0.9, 0.01, source="in_run", problems=500, n=1)
    assert next(c for c in choose_checkpoint([single, large]).candidates).rows == (large,)
    # With equal samples the checkpoint re-evaluation is used.
    twin = row(100, 0.2, 0.02, source="in_run")
    assert next(c for c in choose_checkpoint([twin, large]).candidates).rows == (large,)


def test_several_benchmarks_are_averaged_and_a_missing_one_disqualifies_a_step() -> None:
    rows = [
        row(50, 0.30, 0.03, benchmark="amc23"),
        row(50, 0.10, 0.04, benchmark="aime24"),
        row(100, 0.50, 0.03, benchmark="amc23"),  # aime24 never measured at step 100
    ]
    choice = choose_checkpoint(rows)
    step_50 = choice.candidates[0]
    assert step_50.accuracy == pytest.approx(0.2)
    assert step_50.stderr == pytest.approx(math.sqrt(0.03**2 + 0.04**2) / 2)
    assert choice.candidates[1].flag == "not measured on aime24"
    assert choice.best is step_50
    table = format_markdown(rows, choice)
    assert "Per step, all benchmarks" in table and "aime24, amc23" in table


@st.composite
def measured_steps(draw: st.DrawFn) -> list[EvalRow]:
    steps = draw(st.lists(st.integers(0, 500), min_size=1, max_size=12, unique=True))
    rows = []
    for step in steps:
        accuracy = draw(st.sampled_from([0.0, 0.1, 0.25, 0.3, 0.5, 0.75, 1.0]))  # few values: ties happen
        stderr = draw(st.one_of(st.none(), st.sampled_from([0.0, 0.02, 0.05, 0.1])))
        n = draw(st.sampled_from([1, 2, 8]))
        rows.append(row(step, accuracy, stderr, n=n, problems=1 if stderr is None else 30))
    return rows


@given(rows=measured_steps(), rule=st.sampled_from(["lcb", "mean"]))
@settings(max_examples=300, deadline=None)
def test_the_choice_has_the_highest_measure_and_the_earliest_step_among_equals(
    rows: list[EvalRow], rule: str
) -> None:
    choice = choose_checkpoint(rows, rule=rule)  # type: ignore[arg-type]
    eligible = [r for r in rows if r.n >= 2 and r.stderr is not None]
    if not eligible:
        assert choice.best is None
        return

    def measure(r: EvalRow) -> float:
        bound = r.lower_bound(Z95)
        assert bound is not None
        return bound if rule == "lcb" else r.accuracy

    top = max(measure(r) for r in eligible)
    assert choice.best is not None
    assert (choice.best.lower_bound if rule == "lcb" else choice.best.accuracy) == top
    assert choice.best.step == min(r.step for r in eligible if measure(r) == top)


@given(
    rows=measured_steps(),
    step=st.integers(0, 600),
    gap=st.floats(0.0001, 1.0),
    stderr=st.sampled_from([0.0, 0.02, 0.1]),
    n=st.sampled_from([1, 2, 8]),
)
@settings(max_examples=300, deadline=None)
def test_a_new_checkpoint_below_the_best_never_changes_the_choice(
    rows: list[EvalRow], step: int, gap: float, stderr: float, n: int
) -> None:
    before = choose_checkpoint(rows)
    if before.best is None or step in {r.step for r in rows}:
        return
    assert before.best.lower_bound is not None
    bound = before.best.lower_bound - gap
    accuracy = bound + Z95 * stderr
    if not 0 <= accuracy <= 1:
        return
    after = choose_checkpoint([*rows, row(step, accuracy, stderr, n=n)])
    assert after.best is not None
    assert (after.best.step, after.best.lower_bound) == (before.best.step, before.best.lower_bound)


# -- rows and the history file ----------------------------------------------------------------------------------


def test_bad_history_lines_are_named_by_file_line_and_field_and_the_rest_is_used(tmp_path: Path) -> None:
    good = {
        "step": 2,
        "checkpoint": None,
        "benchmark": "amc23",
        "problems": 3,
        "n": 4,
        "accuracy": 0.25,
        "stderr": 0.12,
        "pass_at_k": {"1": 0.25, "4": 0.66},
        "maj_at_k": {"4": 0.33},
        "mean_length": 41.5,
        "length_unit": "tokens",
        "truncated_share": 0.5,
        "no_answer_share": 0.25,
        "source": "in_run",
        "predictions": "eval/step-2/amc23.jsonl",
        "a_key_from_a_later_version": [1, 2],
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({**good, "step": 4, "accuracy": 1.5}),
        "",
        json.dumps({**good, "step": 6, "n": "four"}),
        json.dumps([1, 2]),
        json.dumps({key: value for key, value in good.items() if key != "benchmark"}),
        json.dumps({**good, "step": 8, "pass_at_k": {"one": 0.2}}),
        json.dumps({**good, "step": 10, "source": "somewhere"}),
        json.dumps({**good, "step": 12, "stderr": None, "pass_at_k": None}),
    ]
    path = tmp_path / "eval_history.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = read_eval_history(path)
    assert [r.step for r in read.rows] == [2, 12]
    first = read.rows[0]
    assert first.pass_at_k == {1: 0.25, 4: 0.66} and first.maj_at_k == {4: 0.33}
    assert (first.length_unit, first.source, first.checkpoint) == ("tokens", "in_run", None)
    assert read.rows[1].stderr is None and read.rows[1].flag == "no standard error (one problem)"
    messages = "\n".join(read.problems)
    assert len(read.problems) == 7
    assert f"{path}:2: not valid JSON" in messages
    assert f"{path}:3: field 'accuracy' must be a number from 0 to 1, got 1.5" in messages
    assert f"{path}:5: field 'n' must be an integer >= 1, got 'four'" in messages
    assert f"{path}:6: expected a JSON object, got a JSON list" in messages
    assert f"{path}:7: field 'benchmark' must be a non-empty string, got None" in messages
    assert f"{path}:8: field 'pass_at_k' must be an object" in messages
    assert f"{path}:9: field 'source' must be 'in_run' or 'checkpoint'" in messages


def test_a_row_survives_the_json_table() -> None:
    original = row(
        4,
        0.5,
        0.1,
        pass_at_k={1: 0.5, 2: 0.75},
        maj_at_k={2: None},
        mean_length=12.5,
        length_unit="chars",
        truncated_share=0.25,
        no_answer_share=0.0,
        predictions="checkpoint_eval/checkpoint-4/preds.jsonl",
    )
    document = table_json([original], choose_checkpoint([original]))
    assert document["best"]["checkpoint"] == "checkpoint-4"
    written = document["rows"][0]
    assert written["lower_bound"] == pytest.approx(0.5 - Z95 * 0.1)
    assert row_from_dict(json.loads(json.dumps(written))) == original


def test_rows_from_a_scored_file_are_the_scoring_numbers() -> None:
    # Problem a: 2 of 2 right; b: 1 of 2 (one no answer); c: 0 of 2. The real verifier decides \boxed{7} vs "7".
    records: list[dict[str, object]] = [
        {"id": "a", "benchmark": "b1", "completion": "\\boxed{7}", "gold": "7", "completion_tokens": 5},
        {"id": "a", "benchmark": "b1", "completion": "so \\boxed{7.0}", "gold": "7", "completion_tokens": 7},
        {"id": "b", "benchmark": "b1", "completion": "\\boxed{3}", "gold": "3", "completion_tokens": 4},
        {"id": "b", "benchmark": "b1", "completion": "I give up", "gold": "3", "completion_tokens": 3},
        {"id": "c", "benchmark": "b1", "completion": "\\boxed{1}", "gold": "2", "finish_reason": "length",
         "completion_tokens": 9},
        {"id": "c", "benchmark": "b1", "completion": "\\boxed{5}", "gold": "2", "completion_tokens": 4},
        {"id": "z", "benchmark": "b2", "completion": "\\boxed{1}", "gold": "1"},  # no token count: characters
    ]  # fmt: skip
    result = score(records, ks=[1, 2], workers=1)
    first, second = rows_from_score(result, step=6, checkpoint="checkpoint-6", predictions="p.jsonl")
    accuracy, se = accuracy_with_se([(2, 2), (1, 2), (0, 2)])
    assert (first.benchmark, first.problems, first.n) == ("b1", 3, 2)
    assert first.accuracy == accuracy and first.stderr == se
    assert first.pass_at_k[2] == pytest.approx((pass_at_k(2, 2, 2) + pass_at_k(2, 1, 2)) / 3)
    assert first.maj_at_k[2] == pytest.approx(2 / 3)  # a; b (no answer casts no vote); not c
    assert (first.mean_length, first.length_unit) == (32 / 6, "tokens")
    assert first.truncated_share == pytest.approx(1 / 6) and first.no_answer_share == pytest.approx(1 / 6)
    assert (first.step, first.checkpoint, first.source) == (6, "checkpoint-6", "checkpoint")
    assert (second.length_unit, second.mean_length, second.stderr) == ("chars", len("\\boxed{1}"), None)


def test_checkpoint_directories_are_found_in_step_order(tmp_path: Path) -> None:
    for name in ("checkpoint-10", "checkpoint-2", "checkpoint-best", "checkpoint-3.bak"):
        (tmp_path / name).mkdir()
    (tmp_path / "checkpoint-4").write_text("a file, not a checkpoint")
    assert [(c.step, c.name) for c in find_checkpoints(tmp_path)] == [
        (2, "checkpoint-2"),
        (10, "checkpoint-10"),
    ]


# -- openrs-eval --checkpoints with a scripted backend ----------------------------------------------------------


class ScriptedBackend:
    """Answers each problem: right in the samples the checkpoint's step allows, ``\\boxed{0}`` otherwise."""

    name = "scripted"

    def __init__(self, model: str, right_samples: int, calls: list[str]) -> None:
        self.golds = {p["id"]: p["gold"] for p in load_benchmark("amc23")}
        self.right_samples = right_samples
        calls.append(model)

    def encode_prompt(self, messages: list[dict[str, str]]) -> list[int]:
        return [len(messages[-1]["content"])]

    def generate(
        self, requests: Sequence[GenerationRequest], sampling: SamplingSettings
    ) -> list[list[Generation]]:
        results = []
        for index, request in enumerate(requests):
            # Problem index 0 of each batch is always right, so the accuracy differs between problems (an SE > 0).
            right = self.right_samples if index else sampling.n
            results.append(
                [
                    Generation(
                        f"\\boxed{{{self.golds[request.problem_id] if sample < right else 0}}}",
                        num_tokens=10 + sample,
                        finish_reason="stop",
                    )
                    for sample in request.samples
                ]
            )
        return results


def scripted(calls: list[str]) -> Callable[[EvalConfig], ScriptedBackend]:
    def factory(config: EvalConfig) -> ScriptedBackend:
        step = int(Path(config.model).name.removeprefix("checkpoint-"))
        return ScriptedBackend(config.model, right_samples={2: 1, 4: 3, 6: 0}[step], calls=calls)

    return factory


def make_run(tmp_path: Path) -> Path:
    root = tmp_path / "run"
    for step in (2, 4, 6):
        (root / f"checkpoint-{step}").mkdir(parents=True)
    return root


def test_evaluate_checkpoints_scores_each_and_resumes(tmp_path: Path) -> None:
    root = make_run(tmp_path)
    base = EvalConfig(
        model="unused",
        benchmarks=("amc23",),
        out="unused",
        sampling=SamplingSettings(n=4),
        limit=3,
        progress=False,
    )
    calls: list[str] = []
    first = evaluate_checkpoints(root, base, backend_factory=scripted(calls))
    assert [Path(c).name for c in calls] == ["checkpoint-2", "checkpoint-4", "checkpoint-6"]
    assert (first.generated, first.already_done) == (3 * 3 * 4, 0)
    assert [(r.step, r.checkpoint, r.source) for r in first.rows] == [
        (2, "checkpoint-2", "checkpoint"),
        (4, "checkpoint-4", "checkpoint"),
        (6, "checkpoint-6", "checkpoint"),
    ]
    # Problem 1 of 3 always right, the others right in 1, 3, 0 of 4 samples.
    assert [r.accuracy for r in first.rows] == [(4 + 1 + 1) / 12, (4 + 3 + 3) / 12, 4 / 12]
    assert all(r.length_unit == "tokens" and r.mean_length == 11.5 for r in first.rows)
    preds = root / "checkpoint_eval" / "checkpoint-4" / "preds.jsonl"
    assert first.rows[1].predictions == "checkpoint_eval/checkpoint-4/preds.jsonl"
    assert {json.loads(line)["model"] for line in preds.read_text().splitlines()} == {"checkpoint-4"}
    written = read_eval_history(root / "checkpoint_eval" / "rows.jsonl")
    assert written.rows == first.rows and not written.problems

    again = evaluate_checkpoints(root, base, backend_factory=scripted(calls))
    assert (again.generated, again.already_done) == (0, 36)
    assert len(calls) == 3  # nothing left to generate: no backend was built
    assert again.rows == first.rows


def test_openrs_eval_checkpoints_writes_the_table_and_plot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_run(tmp_path)
    in_run = {"step": 4, "benchmark": "amc23", "problems": 3, "n": 4, "accuracy": 0.9, "stderr": 0.05,
              "source": "in_run"}  # fmt: skip
    (root / "eval_history.jsonl").write_text(
        json.dumps(in_run) + "\n" + json.dumps({**in_run, "step": 5, "stderr": "small"}) + "\n"
    )
    calls: list[str] = []
    monkeypatch.setattr(evaluate, "make_backend", scripted(calls))
    command = [
        "--checkpoints",
        str(root),
        "--benchmarks",
        "amc23",
        "--limit",
        "3",
        "--n",
        "4",
        "--no-progress",
    ]
    assert main(command) == 0
    out, err = capsys.readouterr()
    assert f"{root / 'eval_history.jsonl'}:2: field 'stderr' must be a number from 0 to 1 or null" in err
    assert "36 samples generated, 0 already done" in err
    assert "| step | checkpoint | benchmark | source |" in out
    # Step 4: the in-run row (0.9) has as many samples as the re-evaluation, which the rule uses (10/12).
    assert "Best checkpoint: checkpoint-4 (step 4)" in out
    assert "| 4 | checkpoint-4 | amc23 | in_run | 3 | 4 | 90.0 ± 5.0 |" in out  # its checkpoint name attached
    folder = root / "checkpoint_eval"
    assert (folder / "checkpoints.md").read_text() == out
    document = json.loads((folder / "checkpoints.json").read_text())
    assert document["best"]["step"] == 4 and len(document["rows"]) == 4
    assert (folder / "checkpoints.png").read_bytes().startswith(b"\x89PNG")
    assert "matplotlib.pyplot" not in sys.modules

    assert main([*command, "--json", "--rule", "mean"]) == 0
    out, err = capsys.readouterr()
    assert "0 samples generated, 36 already done" in err
    assert json.loads(out)["rule"] == "mean" and len(calls) == 3


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--model", "smollm2"], "--model cannot be used with --checkpoints"),
        (["--out", "x.jsonl"], "--out cannot be used with --checkpoints"),
        (["--confidence", "1"], "expected a confidence level between 0 and 1"),
    ],
)
def test_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    root = make_run(tmp_path)
    assert main(["--checkpoints", str(root), "--benchmarks", "amc23", *extra]) == 2
    assert message in capsys.readouterr().err


def test_missing_inputs_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--checkpoints", str(tmp_path / "nowhere")]) == 2
    assert "no such directory" in capsys.readouterr().err
    assert main(["--checkpoints", str(tmp_path)]) == 2
    assert "no checkpoint-N directory and no rows in eval_history.jsonl" in capsys.readouterr().err
    root = make_run(tmp_path)
    assert main(["--checkpoints", str(root)]) == 2
    assert "--benchmarks required" in capsys.readouterr().err


def test_the_plot_draws_accuracy_with_error_bars_and_length_per_benchmark() -> None:
    pytest.importorskip("matplotlib")
    from openrs_rewards.scoring.plot import build_checkpoint_figure

    rows = [
        row(2, 0.25, 0.1, mean_length=40.0, length_unit="tokens", truncated_share=0.5),
        row(4, 0.5, 0.05, mean_length=30.0, length_unit="tokens", truncated_share=0.25),
        row(4, 0.1, 0.02, benchmark="aime24", source="in_run", mean_length=90.0, truncated_share=0.75),
    ]
    figure = build_checkpoint_figure(rows, best_step=4)
    axes = {ax.get_gid(): ax for ax in figure.axes}
    assert set(axes) == {
        f"checkpoint_{panel}:{benchmark}"
        for panel in ("accuracy", "length", "truncated")
        for benchmark in ("amc23", "aime24")
    }
    accuracy = axes["checkpoint_accuracy:amc23"]
    line = accuracy.get_lines()[0]
    assert list(line.get_xdata()) == [2, 4] and list(line.get_ydata()) == [25.0, 50.0]
    caps = [c for c in accuracy.collections if c.get_segments()]
    assert [seg[:, 1].tolist() for seg in caps[0].get_segments()] == [[15.0, 35.0], [45.0, 55.0]]  # ± SE
    assert any(label.startswith("chosen: step 4") for label in accuracy.get_legend_handles_labels()[1])
    assert list(axes["checkpoint_length:amc23"].get_lines()[0].get_ydata()) == [40.0, 30.0]
    assert list(axes["checkpoint_truncated:amc23"].get_lines()[0].get_ydata()) == [50.0, 25.0]


def test_the_docstring_examples_run() -> None:  # tests/test_doctests.py skips trainer_glue
    result = doctest.testmod(checkpoint_choice, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 8 and result.failed == 0


def test_reading_and_choosing_import_no_ml_framework() -> None:
    program = (
        "import sys, openrs_rewards.trainer_glue.checkpoint_choice\n"
        "print(sorted(m for m in ('torch', 'transformers', 'trl', 'vllm', 'matplotlib') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"
