"""`openrs-score` end to end: reading, bad lines, --out, --json, --strict, stdin, rewards, --list-rewards,
--describe, --version.

The real verifier scores every test (it settles ``\\boxed{7}`` against ``7`` in microseconds). A few tests wrap
it in a spy (``verifier``) to see what reached it; one replaces it, to produce a timeout status on demand.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

import openrs_rewards.scoring.pipeline as pipeline
from openrs_rewards import Verdict, __version__, plugins, verify_batch
from openrs_rewards.cli.score import main
from openrs_rewards.scoring import FieldNames, format_table, read_records, summarize
from openrs_rewards.scoring.report import Sample
from openrs_rewards.verifiers.options import DEFAULT_OPTIONS

ROOT = Path(__file__).resolve().parents[1]
BOXED = re.compile(r"\\boxed\{([^{}]*)\}")


class VerifierSpy:
    """Passes every call on to the real ``verify_batch`` and remembers its arguments."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, completions: Sequence[str], golds: Sequence[str], **kwargs: Any) -> list[Verdict]:
        self.calls.append({"completions": list(completions), "golds": list(golds), **kwargs})
        return verify_batch(completions, golds, **kwargs)


@pytest.fixture
def verifier(monkeypatch: pytest.MonkeyPatch) -> VerifierSpy:
    spy = VerifierSpy()
    monkeypatch.setattr(pipeline, "verify_batch", spy)
    return spy


def write_jsonl(path: Path, rows: Sequence[Any]) -> Path:
    """Rows are dicts (written as JSON) or str (written as they are)."""
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def run(argv: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def boxed(answer: str) -> str:
    return f"Thinking... so the answer is \\boxed{{{answer}}}."


def samples_file(tmp_path: Path) -> Path:
    """Two models x one benchmark, 3 problems x 4 samples, answers chosen so every metric is known."""
    answers = {  # problem -> (gold, the 4 sampled answers)
        "p1": ("1", ["1", "1", "1", "1"]),  # 4/4
        "p2": ("2", ["3", "2", "3", "2"]),  # 2/4, majority tie 2-2: "3" seen first -> maj wrong
        "p3": ("3", ["9", "8", "7", "3"]),  # 1/4, majority: all single votes, "9" first -> wrong
    }
    rows = []
    for model in ("m-a", "m-b"):
        for problem, (gold, predicted) in answers.items():
            for sample, answer in enumerate(predicted):
                rows.append(
                    {
                        "id": problem,
                        "model": model,
                        "benchmark": "toy",
                        "problem": f"What is {problem}?",
                        "completion": boxed(answer),
                        "gold": gold,
                        "sample": sample,
                    }
                )
    return write_jsonl(tmp_path / "preds.jsonl", rows)


# -- the report -------------------------------------------------------------------------------------------------


def test_json_report_schema_and_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(samples_file(tmp_path)), "--json", "--k", "1,2,4,8"], capsys)
    assert code == 0
    report = json.loads(out)
    assert report["schema"] == "openrs-score/1"
    assert report["lines"] == {"total": 24, "scored": 24, "bad": 0, "blank": 0}
    assert report["k"] == [1, 2, 4, 8]
    assert [(g["model"], g["benchmark"]) for g in report["groups"]] == [("m-a", "toy"), ("m-b", "toy")]
    group = report["groups"][0]
    expected_keys = {
        "model", "benchmark", "problems", "samples", "samples_per_problem", "accuracy", "accuracy_se",
        "pass_at_k", "maj_at_k", "no_answer_rate", "timeouts", "errors", "invalid_gold", "status_counts",
        "mean_completion_chars", "rewards", "truncated", "truncated_rate",
    }  # fmt: skip
    assert set(group) == expected_keys
    assert group["problems"] == 3  # the same ids under another model are other problems
    assert group["samples"] == 12
    assert group["samples_per_problem"] == {"min": 4, "max": 4}
    assert group["accuracy"] == pytest.approx(7 / 12)
    means = [1.0, 0.5, 0.25]
    mean = sum(means) / 3
    se = (sum((m - mean) ** 2 for m in means) / 2) ** 0.5 / 3**0.5
    assert group["accuracy_se"] == pytest.approx(se)
    assert group["pass_at_k"]["1"] == pytest.approx(mean)
    assert group["pass_at_k"]["2"] == pytest.approx((1 + (1 - 1 / 6) + 0.5) / 3)
    assert group["pass_at_k"]["4"] == pytest.approx(1.0)
    assert group["pass_at_k"]["8"] is None  # k > n
    assert group["maj_at_k"]["4"] == pytest.approx(1 / 3)
    assert group["maj_at_k"]["8"] is None
    assert group["status_counts"]["correct"] == 7
    assert group["mean_completion_chars"] == pytest.approx(len(boxed("1")))
    assert report["input_errors"] == []


def test_table_shows_every_group_and_fits_110_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(samples_file(tmp_path)), "--k", "1,2,4,8,16"], capsys)
    assert code == 0
    assert "Model: m-a" in out and "Model: m-b" in out
    assert "58.3 ± " in out  # 7/12
    assert "pass@4" in out and "maj@4" in out and "pass@16" in out
    assert "—" in out  # pass@8 and pass@16 need more samples than there are
    assert "characters" in out  # the length column says its unit
    assert max(len(line) for line in out.splitlines()) <= 110


def test_default_k_adds_the_number_of_samples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([str(samples_file(tmp_path)), "--json"], capsys)
    assert code == 0
    assert json.loads(out)["k"] == [1, 4]


def test_ragged_samples_show_min_and_max(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"id": "a", "completion": boxed("1"), "gold": "1"}] * 3 + [
        {"id": "b", "completion": "", "gold": "2"}
    ]
    path = write_jsonl(tmp_path / "ragged.jsonl", rows)
    code, out, _ = run([str(path), "--k", "1,2"], capsys)
    assert code == 0
    assert "1–3" in out
    code, out, _ = run([str(path), "--k", "1,2", "--json"], capsys)
    group = json.loads(out)["groups"][0]
    assert group["samples_per_problem"] == {"min": 1, "max": 3}
    assert group["pass_at_k"]["2"] is None
    assert group["no_answer_rate"] == pytest.approx(0.25)
    assert group["model"] is None and group["benchmark"] is None


def test_long_model_names_and_many_columns_stay_within_110_columns() -> None:
    records = list(
        read_records(
            [
                json.dumps(
                    {"model": "x" * 300, "benchmark": "b" * 80, "id": i % 5, "completion": "", "gold": "1"}
                )
                for i in range(40)
            ]
        )
    )
    verdicts = verify_batch([r.completion or "" for r in records], [r.gold or "" for r in records], workers=1)
    summaries = summarize([Sample(r, v) for r, v in zip(records, verdicts, strict=True)], [1, 2, 4, 8])
    table = format_table(summaries, [1, 2, 4, 8], width=110)
    assert max(len(line) for line in table.splitlines()) <= 110
    assert "pass@8" in table and "maj@8" in table


# -- fields -----------------------------------------------------------------------------------------------------


def test_field_aliases(tmp_path: Path, verifier: VerifierSpy, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"response": boxed("1"), "answer": "1"},
        {"output": boxed("2"), "solution": "2"},
        {"prediction": boxed("3"), "gold": 3},  # a numeric gold is read as its text
        {"completion": boxed("4"), "gold": "5"},
    ]
    path = write_jsonl(tmp_path / "aliases.jsonl", rows)
    code, out, _ = run([str(path), "--json"], capsys)
    assert code == 0
    assert verifier.calls[0]["completions"] == [boxed(a) for a in "1234"]
    assert verifier.calls[0]["golds"] == ["1", "2", "3", "5"]
    assert json.loads(out)["groups"][0]["accuracy"] == pytest.approx(0.75)


def test_field_overrides_replace_the_defaults(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"text": boxed("1"), "truth": "1", "qid": "q1", "m": "M", "b": "B", "completion": "ignored"},
        {"text": boxed("1"), "truth": "1", "qid": "q1", "m": "M", "b": "B"},
        {"completion": boxed("1"), "truth": "1", "qid": "q2", "m": "M", "b": "B"},  # no 'text': an error
    ]
    path = write_jsonl(tmp_path / "override.jsonl", rows)
    argv = [str(path), "--json", "--completion-field", "text", "--gold-field", "truth", "--id-field", "qid"]
    argv += ["--model-field", "m", "--benchmark-field", "b"]
    code, out, err = run(argv, capsys)
    assert code == 0
    report = json.loads(out)
    group = report["groups"][0]
    assert (group["model"], group["benchmark"], group["problems"], group["samples"]) == ("M", "B", 1, 2)
    assert f"{path}:3: no completion field (looked for 'text')" in err
    assert report["input_errors"][0]["line"] == 3 and report["input_errors"][0]["field"] == "completion"


def test_records_without_an_id_are_problems_of_their_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "noid.jsonl", [{"completion": boxed("1"), "gold": "1"}] * 3)
    code, out, _ = run([str(path), "--json"], capsys)
    assert code == 0
    assert json.loads(out)["groups"][0]["problems"] == 3


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted() -> None:
    first, second = read_records(
        io.BytesIO(b'\xef\xbb\xbf{"completion": "a", "gold": "1"}\r\n{"completion": "b", "gold": "2"}\r\n')
    )
    assert (first.completion, first.error, second.gold, second.error) == ("a", None, "2", None)


def test_read_records_field_resolution_directly() -> None:
    fields = FieldNames().with_overrides(completion="c")
    lines = [b'{"c": "x", "gold": "1", "problem": "P"}', b'{"completion": "x", "gold": "1"}']
    first, second = read_records(lines, name="f", fields=fields)
    assert (first.completion, first.gold, first.problem_id, first.prompt) == ("x", "1", "P", "P")
    assert second.error == "f:2: no completion field (looked for 'c')"


# -- bad input --------------------------------------------------------------------------------------------------


def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad.jsonl"
    lines = [
        json.dumps({"id": "a", "completion": boxed("1"), "gold": "1"}).encode(),  # 1 ok
        b"{not json",  # 2
        json.dumps({"id": "b", "gold": "1"}).encode(),  # 3 no completion
        json.dumps({"id": "c", "completion": 42, "gold": "1"}).encode(),  # 4 non-string completion
        json.dumps({"id": "d", "completion": boxed("1")}).encode(),  # 5 no gold
        b"",  # 6 blank
        b'{"id": "e", "completion": "caf\xe9", "gold": "1"}',  # 7 not UTF-8
        b"[1, 2]",  # 8 not an object
        json.dumps({"id": "f", "completion": boxed("2"), "gold": "2"}).encode(),  # 9 ok
        json.dumps({"id": "g", "completion": boxed("2"), "gold": None}).encode(),  # 10 null gold
        b"   ",  # 11 blank (whitespace)
        json.dumps(
            {"id": "h", "completion": "\u2028 \\boxed{3}", "gold": "3"}, ensure_ascii=False
        ).encode(),  # 12
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


def test_bad_lines_are_reported_with_line_and_field_and_the_rest_is_scored(
    tmp_path: Path, verifier: VerifierSpy, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_file(tmp_path)
    out_path = tmp_path / "verdicts.jsonl"
    code, out, err = run([str(path), "--out", str(out_path)], capsys)
    assert code == 0
    assert f"{path}:2: not valid JSON" in err
    assert (
        f"{path}:3: no completion field (looked for 'completion', 'response', 'output' or 'prediction')"
        in err
    )
    assert f"{path}:4: field 'completion' must be a string, got a JSON int" in err
    assert f"{path}:5: no gold field" in err
    assert f"{path}:7: not valid UTF-8: byte 0xe9" in err
    assert f"{path}:8: expected a JSON object" in err
    assert f"{path}:10: field 'gold' must be a string or a number, got null" in err
    assert "7 bad line(s) not scored, 2 blank line(s) ignored" in err
    assert "12 lines, 3 scored, 7 bad, 2 blank" in out
    assert verifier.calls[0]["golds"] == ["1", "2", "3"]

    written = out_path.read_text(encoding="utf-8").split("\n")
    assert written[-1] == "" and len(written) - 1 == 12  # one line per input line
    assert written[5] == "" and written[10] == ""  # blank lines stay blank: line N is line N
    parsed = {number: json.loads(text) for number, text in enumerate(written[:-1], start=1) if text}
    assert parsed[1]["status"] == "correct" and parsed[1]["id"] == "a"
    assert parsed[9]["status"] == "correct" and parsed[12]["status"] == "correct"
    for number in (2, 3, 4, 5, 7, 8, 10):
        assert parsed[number]["status"] == "error"
        assert parsed[number]["correct"] is False
        assert parsed[number]["error"].startswith(f"{path}:{number}: ")
    assert parsed[2]["raw"] == "{not json"
    assert parsed[7]["raw"] == '{"id": "e", "completion": "caf\\xe9", "gold": "1"}'
    assert parsed[8]["raw"] == "[1, 2]"
    assert parsed[4]["completion"] == 42 and "raw" not in parsed[4]  # input fields are kept


def test_strict_exits_1_but_still_scores_and_writes_everything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_file(tmp_path)
    out_path = tmp_path / "verdicts.jsonl"
    code, out, _ = run([str(path), "--strict", "--out", str(out_path), "--json"], capsys)
    assert code == 1
    assert json.loads(out)["groups"][0]["samples"] == 3
    assert len(out_path.read_text(encoding="utf-8").split("\n")) - 1 == 12
    good = write_jsonl(tmp_path / "good.jsonl", [{"completion": boxed("1"), "gold": "1"}])
    assert run([str(good), "--strict"], capsys)[0] == 0


def test_a_file_with_no_scoreable_line_exits_1(
    tmp_path: Path, verifier: VerifierSpy, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "junk.jsonl", ["junk", "more junk"])
    code, out, err = run([str(path)], capsys)
    assert code == 1
    assert "No scoreable records" in out and "could be scored" in err
    assert verifier.calls == []


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run([str(tmp_path / "missing.jsonl")], capsys)
    assert code == 2 and "cannot read" in err and "missing.jsonl" in err
    path = samples_file(tmp_path)
    code, _, err = run([str(path), "--out", str(path)], capsys)
    assert code == 2 and "overwrite the input" in err
    code, _, err = run([str(path), "--k", "0,4"], capsys)
    assert code == 2 and "positive" in err
    code, _, err = run([], capsys)
    assert code == 2 and "required" in err


def test_out_order_and_added_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = samples_file(tmp_path)
    out_path = tmp_path / "v.jsonl"
    assert run([str(path), "--out", str(out_path)], capsys)[0] == 0
    inputs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    outputs = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert len(outputs) == len(inputs)
    for given, written in zip(inputs, outputs, strict=True):
        assert {k: written[k] for k in given} == given
        assert set(written) - set(given) - {"detail"} == {
            "correct",
            "status",
            "predicted",
            "method",
            "source",
        }
        assert written["correct"] == (BOXED.findall(given["completion"])[-1] == given["gold"])
        assert written["predicted"] == BOXED.findall(given["completion"])[-1]


def test_stdin(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    data = samples_file(tmp_path).read_bytes() + b"oops\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, out, err = run(["-", "--json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert report["input"] == "<stdin>" and report["lines"]["scored"] == 24
    assert "<stdin>:25: not valid JSON" in err


def test_verifier_options_are_passed_through(
    tmp_path: Path, verifier: VerifierSpy, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples_file(tmp_path)
    argv = [str(path), "--workers", "3", "--timeout", "0.25", "--unclosed-think", "no_answer"]
    assert run([*argv, "--no-last-number-fallback"], capsys)[0] == 0
    call = verifier.calls[0]
    options = call["options"]
    assert call["workers"] == 3 and options.timeout == 0.25
    assert call["progress"] is False  # captured stderr is not a terminal
    assert options.unclosed_think == "no_answer" and options.last_number_fallback is False
    assert run([str(path)], capsys)[0] == 0
    assert verifier.calls[1]["options"] == DEFAULT_OPTIONS  # the verifier's own defaults apply


def test_timeouts_are_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fake verifier here, and only here: the real one times out only on a comparison that outruns its deadline,
    # which no input produces on demand in a unit test. (tests/test_guard.py tests the real timeouts.)
    def timing_out(completions: Sequence[str], golds: Sequence[str], **kwargs: Any) -> list[Verdict]:
        verdicts = verify_batch(completions, golds, **kwargs)
        return [
            Verdict(False, "timeout", None, gold, "guard") if "TIMEOUT" in completion else verdict
            for completion, gold, verdict in zip(completions, golds, verdicts, strict=True)
        ]

    monkeypatch.setattr(pipeline, "verify_batch", timing_out)
    rows = [{"completion": boxed("TIMEOUT"), "gold": "1"}, {"completion": boxed("1"), "gold": "1"}]
    code, out, _ = run([str(write_jsonl(tmp_path / "t.jsonl", rows)), "--json"], capsys)
    assert code == 0
    group = json.loads(out)["groups"][0]
    assert group["timeouts"] == 1 and group["accuracy"] == 0.5


# -- rewards ----------------------------------------------------------------------------------------------------


class RecordingReward:
    """A test reward: 1.0 when the completion mentions the gold, else 0.0; None for empty completions."""

    calls: list[dict[str, Any]] = []  # noqa: RUF012 - shared on purpose: the registry builds the instance

    bounds = (0.0, 1.0)

    def __call__(
        self, prompts: Any = None, completions: Any = None, completion_ids: Any = None, **kwargs: Any
    ) -> list[float | None]:
        RecordingReward.calls.append({"prompts": prompts, "completions": completions, **kwargs})
        return [None if not c else float(a in c) for c, a in zip(completions, kwargs["answer"], strict=True)]


class ExplodingReward:
    """A test reward that always fails."""

    def __call__(self, completions: Any = None, **kwargs: Any) -> list[float]:
        raise RuntimeError("kaboom")


@pytest.fixture
def test_rewards() -> Iterator[None]:
    RecordingReward.calls = []
    plugins.register("h4_recording", RecordingReward)
    plugins.register("h4_exploding", ExplodingReward)
    try:
        yield
    finally:
        plugins.unregister("h4_recording")
        plugins.unregister("h4_exploding")


def test_registered_reward_in_table_json_and_out(
    tmp_path: Path, test_rewards: None, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {
            "id": "p1",
            "problem": "Q1",
            "completion": "1 " + boxed("1"),
            "gold": "1",
            "tag": "x",
            "answer": "IGNORED",
        },
        {"id": "p2", "problem": "Q2", "completion": "", "gold": "2", "tag": "y", "answer": "IGNORED"},
        {"id": "p1", "problem": "Q1", "completion": "nope", "gold": "1", "tag": "z", "answer": "IGNORED"},
        "broken line",
    ]
    path = write_jsonl(tmp_path / "r.jsonl", rows)
    out_path = tmp_path / "v.jsonl"
    code, out, err = run([str(path), "--reward", "h4_recording", "--json", "--out", str(out_path)], capsys)
    assert code == 0, err
    # One call for the (model, benchmark) chunk, the samples of p1 side by side, TRL-style keywords.
    (call,) = RecordingReward.calls
    assert call["prompts"] == ["Q1", "Q1", "Q2"]
    assert call["completions"] == [rows[0]["completion"], rows[2]["completion"], ""]  # type: ignore[index]
    assert call["answer"] == ["1", "1", "2"]  # the resolved gold, not the record's own 'answer' field
    assert (
        call["tag"] == ["x", "z", "y"]
        and call["id"] == ["p1", "p1", "p2"]
        and call["gold"] == ["1", "1", "2"]
    )
    assert "completion" not in call

    report = json.loads(out)
    assert report["rewards"] == ["h4_recording"]
    stats = report["groups"][0]["rewards"]["h4_recording"]
    assert stats["mean"] == pytest.approx(0.5) and stats["count"] == 2
    assert stats["none_share"] == pytest.approx(1 / 3)
    assert stats["std"] == pytest.approx(2**0.5 / 2)
    written = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [w["rewards"] for w in written] == [
        {"h4_recording": 1.0},
        {"h4_recording": None},
        {"h4_recording": 0.0},
        {"h4_recording": None},
    ]
    code, out, _ = run([str(path), "--reward", "h4_recording"], capsys)
    assert re.search(r"h4_recording\s+\(none\)\s+0\.500\s+0\.707\s+0\.000\s+1\.000\s+33\.3", out)


def test_a_failing_reward_is_reported_and_gives_none(
    tmp_path: Path, test_rewards: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples_file(tmp_path)
    out_path = tmp_path / "v.jsonl"
    argv = [
        str(path),
        "--reward",
        "h4_exploding",
        "--reward",
        "h4_recording",
        "--json",
        "--out",
        str(out_path),
    ]
    code, out, err = run(argv, capsys)
    assert code == 0
    assert (
        "reward 'h4_exploding' failed on model 'm-a', benchmark 'toy' (12 completions): RuntimeError: kaboom"
        in err
    )
    report = json.loads(out)
    assert len(report["reward_errors"]) == 2  # one per (model, benchmark)
    assert report["groups"][0]["rewards"]["h4_exploding"]["none_share"] == 1.0
    assert report["groups"][0]["rewards"]["h4_recording"]["none_share"] == 0.0  # the other reward still ran
    written = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert all(w["rewards"]["h4_exploding"] is None for w in written)
    assert run([*argv, "--strict"], capsys)[0] == 1


def test_malformed_or_unknown_reward_spec_exits_2(
    tmp_path: Path, verifier: VerifierSpy, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples_file(tmp_path)
    code, _, err = run([str(path), "--reward", "cosine(max_len=__import__('os'))"], capsys)
    assert code == 2 and "invalid reward spec" in err and "--reward" in err
    code, _, err = run([str(path), "--reward", "no_such_reward_h4"], capsys)
    assert code == 2 and "unknown reward 'no_such_reward_h4'" in err
    code, _, err = run([str(path), "--reward", "format", "--reward", "format"], capsys)
    assert code == 2 and "twice" in err
    assert verifier.calls == []  # nothing was scored


def test_built_in_reward_from_a_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "a", "completion": "<think>\nhm\n</think>\n<answer>\n4\n</answer>", "gold": "4"},
        {"id": "b", "completion": "no tags at all", "gold": "4"},
    ]
    path = write_jsonl(tmp_path / "fmt.jsonl", rows)
    out_path = tmp_path / "v.jsonl"
    code, out, err = run([str(path), "--reward", "format", "--json", "--out", str(out_path)], capsys)
    assert code == 0, err
    values = [
        json.loads(line)["rewards"]["format"] for line in out_path.read_text(encoding="utf-8").splitlines()
    ]
    assert values[0] is not None and values[1] is not None and values[0] > values[1]
    assert json.loads(out)["rewards"] == ["format"]


def test_list_rewards(capsys: pytest.CaptureFixture[str], test_rewards: None) -> None:
    code, out, _ = run(["--list-rewards"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["reward", "bounds", "from", "description"]
    assert max(len(line) for line in lines) <= 110
    by_name = {line.split()[0]: line for line in lines[1:] if line.strip()}
    for name in ("accuracy", "cosine", "format", "length", "h4_recording"):
        assert name in by_name, out
    assert "[0, 1]" in by_name["h4_recording"] and "A test reward" in by_name["h4_recording"]
    assert "in-process" in by_name["h4_recording"] and "openrs-rewards" in by_name["accuracy"]


def test_list_rewards_flags_a_broken_plugin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / "h4_broken_dist-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: h4-broken-dist\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[openrs_rewards.rewards]\nh4_broken = h4_no_such_module:Reward\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    plugins.refresh()
    try:
        code, out, _ = run(["--list-rewards"], capsys)
        assert code == 0
        broken = next(line for line in out.splitlines() if line.startswith("h4_broken"))
        assert "BROKEN" in broken and "h4-broken-dist" in broken and "h4_no_such_module" in broken
        assert any(line.startswith("accuracy ") for line in out.splitlines())  # the rest still listed
        assert "1 reward(s) cannot be used" in out
        code, _, err = run([str(samples_file(tmp_path)), "--reward", "h4_broken"], capsys)
        assert code == 2 and "h4_broken" in err and "h4_no_such_module" in err
    finally:
        monkeypatch.undo()
        plugins.refresh()


# -- with the real verifier -------------------------------------------------------------------------------------


def test_real_verifier_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "q1", "completion": "so \\boxed{\\frac{1}{2}}", "gold": "0.5"},
        {"id": "q1", "completion": "so \\boxed{3}", "gold": "0.5"},
        {"id": "q2", "completion": "The final answer is 12.", "gold": "12"},
        {"id": "q2", "completion": "I do not know", "gold": "12"},
        "not json",
    ]
    path = write_jsonl(tmp_path / "real.jsonl", rows)
    out_path = tmp_path / "v.jsonl"
    code, out, err = run([str(path), "--json", "--out", str(out_path), "--no-progress"], capsys)
    assert code == 0, err
    group = json.loads(out)["groups"][0]
    assert group["status_counts"]["correct"] == 2
    assert group["accuracy"] == pytest.approx(0.5)
    written = [json.loads(line) for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [w["correct"] for w in written] == [True, False, True, False, False]
    assert written[4]["status"] == "error"


def test_real_verifier_with_the_accuracy_reward(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "q1", "problem": "1/2?", "completion": "so \\boxed{\\frac{1}{2}}", "gold": "0.5"},
        {"id": "q2", "problem": "3?", "completion": "so \\boxed{4}", "gold": "3"},
    ]
    path = write_jsonl(tmp_path / "acc.jsonl", rows)
    code, out, err = run([str(path), "--json", "--reward", "accuracy", "--no-progress"], capsys)
    assert code == 0, err
    group = json.loads(out)["groups"][0]
    assert group["rewards"]["accuracy"]["mean"] == pytest.approx(group["accuracy"]) == pytest.approx(0.5)


def test_console_script_scores_the_shipped_example() -> None:
    example = ROOT / "examples" / "preds.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "openrs_rewards.cli.score", str(example), "--json", "--no-progress"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["lines"]["total"] == report["lines"]["scored"] == 80
    assert len(report["groups"]) == 2
    for group in report["groups"]:
        assert group["benchmark"] == "amc23" and group["problems"] == 40
        assert 0.0 < group["accuracy"] < 1.0


def test_truncated_records_answer_region_and_where_the_answer_was_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real verifier: ``finish_reason`` reaches it, ``--out`` says where each answer was found and why there
    was none, the report shows the truncated share, and ``--answer-region`` switches the policy."""
    lines = [
        {"id": "a", "gold": "42", "completion": "We add them.\nThe total is 42.", "finish_reason": "stop"},
        {"id": "b", "gold": "42", "completion": "We add 12 + 30 = 42", "finish_reason": "length"},
        {
            "id": "c",
            "gold": "12",
            "completion": "<think>so the area is \\boxed{12}.</think>",
            "truncated": False,
        },
    ]
    preds = tmp_path / "preds.jsonl"
    preds.write_text("".join(json.dumps(line) + "\n" for line in lines))
    out = tmp_path / "verdicts.jsonl"
    code, stdout, _ = run([str(preds), "--json", "--out", str(out)], capsys)
    assert code == 0
    group = json.loads(stdout)["groups"][0]
    assert (group["truncated"], group["truncated_rate"]) == (1, pytest.approx(1 / 3))
    written = [json.loads(line) for line in out.read_text().splitlines()]
    assert [w["status"] for w in written] == ["correct", "no_answer", "correct"]
    assert written[0]["source"] == "last_number"
    assert "trunc" in written[1]["detail"]
    assert written[2]["source"] == "reasoning:boxed"
    code, stdout, _ = run(
        [str(preds), "--json", "--answer-region", "after_reasoning", "--out", str(out)], capsys
    )
    assert code == 0
    assert [json.loads(line)["status"] for line in out.read_text().splitlines()][2] == "no_answer"
    code, stdout, _ = run([str(preds)], capsys)
    assert code == 0 and "truncated" in stdout


# -- rewards are called through call_reward: async, wrong length, NaN -------------------------------------------


class AsyncRecordingReward(RecordingReward):
    """The test reward above, async."""

    async def __call__(  # type: ignore[override]
        self, prompts: Any = None, completions: Any = None, completion_ids: Any = None, **kwargs: Any
    ) -> list[float | None]:
        return RecordingReward.__call__(self, prompts, completions, completion_ids, **kwargs)


class ShortReward:
    """Returns one value fewer than it is given completions."""

    def __call__(self, completions: Any = None, **kwargs: Any) -> list[float]:
        return [1.0] * (len(completions) - 1)


class NanReward:
    """NaN for an empty completion, else 1.0."""

    def __call__(self, completions: Any = None, **kwargs: Any) -> list[float]:
        return [float("nan") if not c else 1.0 for c in completions]


@pytest.fixture
def call_rewards() -> Iterator[None]:
    names = {"h10_sync": RecordingReward, "h10_async": AsyncRecordingReward, "h10_short": ShortReward}
    names["h10_nan"] = NanReward
    for name, reward in names.items():
        plugins.register(name, reward)
    try:
        yield
    finally:
        for name in names:
            plugins.unregister(name)


def test_sync_async_wrong_length_and_nan_rewards(tmp_path: Path, call_rewards: None, capsys) -> None:
    rows = [
        {"id": "p1", "completion": "1 " + boxed("1"), "gold": "1"},
        {"id": "p1", "completion": "", "gold": "1"},
        {"id": "p2", "completion": boxed("3"), "gold": "2"},
    ]
    path = write_jsonl(tmp_path / "r.jsonl", rows)
    out_path = tmp_path / "v.jsonl"
    argv = [str(path), "--json", "--out", str(out_path)]
    for name in ("h10_sync", "h10_async", "h10_short", "h10_nan"):
        argv += ["--reward", name]
    code, out, err = run(argv, capsys)
    assert code == 0, err
    assert "never awaited" not in err
    written = [json.loads(line)["rewards"] for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [w["h10_sync"] for w in written] == [1.0, None, 0.0]
    assert [w["h10_async"] for w in written] == [w["h10_sync"] for w in written]
    assert [w["h10_nan"] for w in written] == [1.0, None, 1.0]  # NaN is "no reward", not an error
    assert [w["h10_short"] for w in written] == [None, None, None]
    report = json.loads(out)
    assert report["reward_errors"] == [
        "reward 'h10_short' on model '(none)', benchmark '(none)' (3 completions) returned 2 values for 3 "
        "completions"
    ]
    assert report["reward_errors"][0] in err
    assert run([*argv, "--strict"], capsys)[0] == 1


@pytest.mark.parametrize(("sync", "async_"), [("accuracy", "accuracy_async"), ("cosine", "cosine_async")])
def test_async_built_in_rewards_give_the_numbers_of_their_sync_twins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sync: str, async_: str
) -> None:
    path = samples_file(tmp_path)
    out_path = tmp_path / "v.jsonl"
    code, out, err = run(
        [str(path), "--json", "--reward", sync, "--reward", async_, "--out", str(out_path)], capsys
    )
    assert code == 0, err
    assert "never awaited" not in err and json.loads(out)["reward_errors"] == []
    written = [json.loads(line)["rewards"] for line in out_path.read_text(encoding="utf-8").splitlines()]
    assert [w[async_] for w in written] == [w[sync] for w in written]
    assert {w[sync] for w in written} - {None} and all(w[sync] is not None for w in written)
    for group in json.loads(out)["groups"]:
        assert group["rewards"][async_] == group["rewards"][sync]


# -- newcomer items: empty input, --plot and --out checked first, JSON notes, --version, --describe ------------


def test_an_empty_or_all_blank_file_exits_1(
    tmp_path: Path, verifier: VerifierSpy, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    code, out, err = run([str(empty)], capsys)
    assert code == 1
    assert "No scoreable records" in out and "is empty: no predictions to score" in err
    blank = write_jsonl(tmp_path / "blank.jsonl", ["", "  "])
    code, out, err = run([str(blank), "--json"], capsys)
    assert code == 1 and json.loads(out)["lines"] == {"total": 2, "scored": 0, "bad": 0, "blank": 2}
    assert "has only blank lines" in err
    assert verifier.calls == []


def test_plot_and_out_paths_are_checked_before_scoring(
    tmp_path: Path, verifier: VerifierSpy, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = samples_file(tmp_path)
    code, _, err = run([str(path), "--plot", str(tmp_path / "no" / "r.png")], capsys)
    assert code == 2 and "cannot write the plot" in err and "does not exist" in err
    code, _, err = run([str(path), "--plot", str(tmp_path)], capsys)
    assert code == 2 and "is a folder" in err
    code, _, err = run([str(path), "--out", str(tmp_path / "no" / "v.jsonl")], capsys)
    assert code == 2 and "cannot write --out" in err
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now fails
    code, _, err = run([str(path), "--plot", str(tmp_path / "r.png")], capsys)
    assert code == 2 and "matplotlib" in err
    assert verifier.calls == []  # nothing was verified before any of these errors


def test_json_notes_speak_of_fractions_and_the_table_of_percent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples_file(tmp_path)
    _, out, _ = run([str(path), "--json"], capsys)
    notes = json.loads(out)["notes"]
    assert "Rates in %" not in notes and "fractions" in notes
    _, out, _ = run([str(path)], capsys)
    assert "Rates in %" in out and "fractions" not in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"openrs-score {__version__}"


def test_describe_prints_parameters_defaults_and_what_they_do(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--describe", "cosine"], capsys)
    assert code == 0
    assert out.startswith("cosine(max_len: int | None = None, ")
    assert max(len(line) for line in out.splitlines()) <= 110
    lines = out.splitlines()
    max_len = lines.index("  max_len (int | None, default None)")
    assert "the length at which the schedule ends" in lines[max_len + 1]
    timeout = lines.index("  timeout (float, default 1.0)")
    assert (
        "deadline" in lines[timeout + 1]
    )  # documented on the base class, found through "see VerifiedReward"
    assert "Bounds: [-1, 1]" in out and "--reward 'cosine(max_len=...)'" in out
    code, _, err = run(["--describe", "no_such_reward_h10"], capsys)
    assert code == 2 and "unknown reward 'no_such_reward_h10'" in err


def test_exact_answers_refuse_a_rounded_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "root", "completion": boxed("1.732"), "gold": "\\sqrt{3}"},  # a rounded answer
        {"id": "third", "completion": boxed("\\frac{1}{3}"), "gold": "0.3333"},  # a rounded gold
    ]
    path = write_jsonl(tmp_path / "rounded.jsonl", rows)
    out_default, out_exact = tmp_path / "default.jsonl", tmp_path / "exact.jsonl"
    assert run([str(path), "--out", str(out_default)], capsys)[0] == 0
    assert run([str(path), "--out", str(out_exact), "--exact-answers"], capsys)[0] == 0

    def verdicts(out: Path) -> list[tuple[str, bool]]:
        return [(row["id"], row["correct"]) for row in map(json.loads, out.read_text().splitlines())]

    assert verdicts(out_default) == [("root", True), ("third", True)]
    assert verdicts(out_exact) == [("root", False), ("third", True)]
