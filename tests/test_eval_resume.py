"""``openrs-eval`` through its vLLM path, with the engine replaced at the boundary (a fake ``vllm`` module).

The fake decodes each prompt back to text, finds the benchmark problem in it and answers with ``\\boxed{gold}`` for
problems at an even position and a wrong boxed number for the others, so the score table's numbers are known.
It can fail (an engine crash, or Ctrl-C) after a given number of generate calls, to test resuming.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import sys
import types
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _extras import needs_trl
from openrs_rewards.cli.eval import main
from openrs_rewards.data import load_benchmark
from openrs_rewards.trainer_glue.evaluate import (
    EvalConfig,
    ResumeError,
    SamplingSettings,
    read_existing,
    run_eval,
    vllm_available,
)

WRONG = "-987654321"


class FakeTokenizer:
    """A reversible tokenizer (one id per character) with a visible chat template."""

    def apply_chat_template(
        self, messages: list[dict[str, str]], tokenize: bool = False, add_generation_prompt: bool = False
    ) -> str:
        assert tokenize is False
        text = "".join(f"<|{m['role']}|>{m['content']}<|end|>" for m in messages)
        return text + ("<|assistant|>" if add_generation_prompt else "")

    def encode(self, text: str, add_special_tokens: bool = True) -> list[int]:
        assert add_special_tokens is False  # the template already holds any special tokens
        return [ord(c) for c in text]


class FakeEngine:
    """Shared state of the fake vllm module: what was asked for, and when to fail."""

    def __init__(self, benchmarks: tuple[str, ...] = ("aime24", "math500", "amc23")) -> None:
        self.answers: dict[str, tuple[str, bool]] = {}
        for name in benchmarks:
            for index, record in enumerate(load_benchmark(name)):
                self.answers[record["problem"]] = (record["gold"], index % 2 == 0)
        self.llm_kwargs: list[dict[str, Any]] = []
        self.calls = 0
        self.prompts: list[str] = []
        self.params: list[Any] = []
        self.fail_after: int | None = None
        self.failure: type[BaseException] = RuntimeError
        self.use_tqdm: list[bool] = []

    def module(self) -> types.ModuleType:
        engine = self

        class SamplingParams:
            def __init__(self, **kwargs: Any) -> None:
                self.kwargs = kwargs
                self.n = kwargs.get("n", 1)

        class LLM:
            def __init__(self, model: str, **kwargs: Any) -> None:
                engine.llm_kwargs.append({"model": model, **kwargs})

            def get_tokenizer(self) -> FakeTokenizer:
                return FakeTokenizer()

            def generate(self, prompts: list[Any], params: Any, use_tqdm: bool = True) -> list[Any]:
                if engine.fail_after is not None and engine.calls >= engine.fail_after:
                    raise engine.failure("simulated engine crash")
                engine.calls += 1
                engine.use_tqdm.append(use_tqdm)
                plist = params if isinstance(params, list) else [params] * len(prompts)
                assert len(plist) == len(prompts)
                outputs = []
                for prompt, param in zip(prompts, plist, strict=True):
                    text = "".join(chr(t) for t in prompt["prompt_token_ids"])
                    engine.prompts.append(text)
                    engine.params.append(param)
                    problem = next(p for p in engine.answers if p in text)
                    gold, right = engine.answers[problem]
                    answer = gold if right else WRONG
                    completion = f"<think>working</think> The answer is $\\boxed{{{answer}}}$."
                    outputs.append(
                        types.SimpleNamespace(
                            outputs=[
                                types.SimpleNamespace(
                                    text=completion,
                                    token_ids=list(range(len(completion))),
                                    finish_reason="stop",
                                )
                                for _ in range(param.n)
                            ]
                        )
                    )
                return outputs

        module = types.ModuleType("vllm")
        module.LLM = LLM  # type: ignore[attr-defined]
        module.SamplingParams = SamplingParams  # type: ignore[attr-defined]
        return module


@contextlib.contextmanager
def fake_vllm(engine: FakeEngine) -> Iterator[FakeEngine]:
    with mock.patch.dict(sys.modules, {"vllm": engine.module()}):
        yield engine


@pytest.fixture
def engine() -> Iterator[FakeEngine]:
    with fake_vllm(FakeEngine()) as fake:
        yield fake


def _argv(
    out: Path, *extra: str, n: int = 3, limit: int = 4, benchmarks: str = "aime24,math-500"
) -> list[str]:
    return [
        "--model",
        "fake/r1-distill-1.5b",
        "--benchmarks",
        benchmarks,
        "--limit",
        str(limit),
        "--n",
        str(n),
        "--temperature",
        "0.6",
        "--top-p",
        "0.95",
        "--max-tokens",
        "1024",
        "--seed",
        "7",
        "--batch-size",
        "3",
        "--out",
        str(out),
        "--no-progress",
        *extra,
    ]


def _parses(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _assert_complete(path: Path, n: int, problems: int) -> list[dict[str, Any]]:
    """Exactly n samples (0..n-1) per problem, no duplicates, every line valid."""
    records = _lines(path)
    keys = Counter((r["benchmark"], r["id"], r["sample"]) for r in records)
    assert all(count == 1 for count in keys.values()), [k for k, c in keys.items() if c > 1]
    per_problem = Counter((r["benchmark"], r["id"]) for r in records)
    assert len(per_problem) == problems
    assert set(per_problem.values()) == {n}
    for benchmark, problem_id in per_problem:
        samples = sorted(r["sample"] for r in records if (r["benchmark"], r["id"]) == (benchmark, problem_id))
        assert samples == list(range(n))
    return records


def test_full_run_writes_score_format_and_prints_json_table(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    rc = main(
        _argv(
            out, "--tensor-parallel-size", "2", "--system-prompt", "Reply in English.", "--json", "--k", "1,3"
        )
    )
    captured = capsys.readouterr()
    assert rc == 0, captured.err
    records = _assert_complete(out, n=3, problems=8)
    assert len(records) == 24

    # The record format openrs-score reads, with the gold from the shipped benchmark.
    golds = {("aime24", r["id"]): r["gold"] for r in load_benchmark("aime24")}
    golds |= {("math500", r["id"]): r["gold"] for r in load_benchmark("math500")}
    for record in records:
        assert {"id", "benchmark", "model", "completion", "gold", "sample", "problem"} <= set(record)
        assert record["model"] == "fake/r1-distill-1.5b"
        assert record["gold"] == golds[(record["benchmark"], record["id"])]
        assert record["finish_reason"] == "stop"
        assert record["completion_tokens"] == len(record["completion"])
        assert record["generation"]["temperature"] == 0.6

    # The engine: built once, tensor parallel, seeded; one request per problem with n samples.
    assert len(engine.llm_kwargs) == 1
    assert engine.llm_kwargs[0]["model"] == "fake/r1-distill-1.5b"
    assert engine.llm_kwargs[0]["tensor_parallel_size"] == 2
    assert engine.llm_kwargs[0]["seed"] == 7
    assert engine.calls == 3  # 8 problems in batches of 3
    assert engine.use_tqdm == [False, False, False]  # --no-progress silences vLLM's bar too
    assert len(engine.prompts) == 8
    for param in engine.params:
        assert param.kwargs["n"] == 3
        assert param.kwargs["temperature"] == 0.6
        assert param.kwargs["top_p"] == 0.95
        assert param.kwargs["max_tokens"] == 1024
    assert len({param.kwargs["seed"] for param in engine.params}) == 8  # a seed per problem

    # The chat template with the system prompt, the problem and the generation prompt.
    first = engine.prompts[0]
    assert first.startswith("<|system|>Reply in English.<|end|><|user|>")
    assert load_benchmark("aime24")[0]["problem"] in first
    assert "\\boxed{}" in first
    assert first.endswith("<|assistant|>")

    report = json.loads(captured.out)
    groups = {g["benchmark"]: g for g in report["groups"]}
    assert set(groups) == {"aime24", "math500"}
    for group in groups.values():
        assert group["problems"] == 4
        assert group["samples"] == 12
        assert group["accuracy"] == pytest.approx(0.5)  # problems 0 and 2 answered right, 1 and 3 wrong
        assert group["pass_at_k"]["3"] == pytest.approx(0.5)
        assert group["model"] == "fake/r1-distill-1.5b"
    assert "24 to generate" in captured.err


def test_text_table_is_printed(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    assert main(_argv(out, n=2, limit=2, benchmarks="amc23")) == 0
    table = capsys.readouterr().out
    assert "amc23" in table
    assert "pass@2" in table
    assert "50.0" in table  # 1 of 2 problems right


def test_engine_crash_then_resume_ends_with_exactly_n(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    argv = _argv(out, "--json")
    engine.fail_after = 2
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "simulated engine crash" in err
    assert "rerun the same command" in err
    assert len(_lines(out)) == 2 * 3 * 3  # two finished batches of 3 problems x 3 samples were kept

    engine.fail_after = None
    prompts_before = len(engine.prompts)
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert "18 already in" in captured.err and "6 to generate" in captured.err
    assert len(engine.prompts) - prompts_before == 2  # only the two unfinished problems were asked for
    _assert_complete(out, n=3, problems=8)
    groups = json.loads(captured.out)["groups"]
    assert sorted(g["benchmark"] for g in groups) == ["aime24", "math500"]
    assert all(g["samples"] == 12 for g in groups)

    # A third run has nothing to do and does not even start the engine.
    engines_before = len(engine.llm_kwargs)
    assert main([*argv, "--no-score"]) == 0
    assert len(engine.llm_kwargs) == engines_before
    assert "0 to generate" in capsys.readouterr().err
    _assert_complete(out, n=3, problems=8)


def test_ctrl_c_keeps_finished_batches(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    engine.fail_after, engine.failure = 1, KeyboardInterrupt
    assert main(_argv(out, "--no-score")) == 130
    assert "interrupted" in capsys.readouterr().err
    assert len(_lines(out)) == 9
    engine.fail_after = None
    assert main(_argv(out, "--no-score")) == 0
    _assert_complete(out, n=3, problems=8)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fraction=st.floats(min_value=0.0, max_value=1.0))
def test_kill_mid_write_at_any_byte_is_repaired(
    tmp_path_factory: pytest.TempPathFactory, fraction: float
) -> None:
    out = tmp_path_factory.mktemp("kill") / "preds.jsonl"
    argv = _argv(out, "--no-score", n=2, limit=3, benchmarks="aime24")
    with fake_vllm(FakeEngine(("aime24",))) as fake, contextlib.redirect_stderr(sys.stdout):
        assert main(argv) == 0
        data = out.read_bytes()
        cut = int(len(data) * fraction)
        out.write_bytes(data[:cut])  # what a kill in the middle of a write leaves
        kept = data[:cut].split(b"\n")
        complete_before = len(kept) - 1 + (1 if _parses(kept[-1]) else 0)
        assert main(argv) == 0
    records = _assert_complete(out, n=2, problems=3)
    assert len(records) == 6
    # Finished lines were kept byte for byte; only the missing samples were generated again.
    assert out.read_bytes().split(b"\n")[:complete_before] == data.split(b"\n")[:complete_before]
    missing = 6 - complete_before
    assert sum(p.kwargs["n"] for p in fake.params) == 6 + missing


def test_truncated_last_line_is_reported(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    assert main(_argv(out, "--no-score")) == 0
    data = out.read_bytes()
    out.write_bytes(data[: len(data) - 40])
    assert main(_argv(out, "--no-score")) == 0
    assert "cut off a partial last line" in capsys.readouterr().err
    _assert_complete(out, n=3, problems=8)


def test_complete_last_line_without_newline_is_kept(engine: FakeEngine, tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    assert main(_argv(out, "--no-score", n=2)) == 0
    data = out.read_bytes()
    out.write_bytes(data.rstrip(b"\n").rsplit(b"\n", 2)[0])  # drop one line and the last newline
    assert main(_argv(out, "--no-score", n=2)) == 0
    _assert_complete(out, n=2, problems=8)


def test_changed_settings_are_refused_unless_overwrite(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    assert main(_argv(out, "--no-score", n=2)) == 0
    before = out.read_bytes()
    capsys.readouterr()

    changed = _argv(out, "--no-score", n=2)
    changed[changed.index("--temperature") + 1] = "1.0"
    assert main(changed) == 2
    err = capsys.readouterr().err
    assert f"{out}:1" in err and "temperature 0.6 (now 1.0)" in err and "--overwrite" in err
    assert out.read_bytes() == before

    other_model = _argv(out, "--no-score", n=2)
    other_model[other_model.index("--model") + 1] = "fake/other"
    assert main(other_model) == 2
    assert "model 'fake/r1-distill-1.5b' (now 'fake/other')" in capsys.readouterr().err

    assert main([*changed, "--overwrite"]) == 0
    records = _assert_complete(out, n=2, problems=8)
    assert {r["generation"]["temperature"] for r in records} == {1.0}


def test_more_samples_later_only_adds_the_new_ones(engine: FakeEngine, tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    assert main(_argv(out, "--no-score", n=2)) == 0
    first = out.read_bytes()
    asked_before = sum(p.kwargs["n"] for p in engine.params)
    assert main(_argv(out, "--no-score", n=5)) == 0
    assert out.read_bytes().startswith(first)
    assert sum(p.kwargs["n"] for p in engine.params) - asked_before == 8 * 3
    _assert_complete(out, n=5, problems=8)


def test_fewer_samples_than_the_file_holds_is_refused(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    assert main(_argv(out, "--no-score", n=3)) == 0
    assert main(_argv(out, "--no-score", n=2)) == 2
    assert "'sample' is 2 but --n is 2" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda lines: [*lines[:2], b"{broken", *lines[2:]], ":3: not valid JSON"),
        (lambda lines: [*lines[:4], lines[1], *lines[4:]], ":5: sample 1 of aime24/aime24-60 repeats line 2"),
        (
            lambda lines: [*lines[:1], b'{"id": "x", "completion": "y"}', *lines[1:]],
            ":2: field 'benchmark' is missing",
        ),
    ],
)
def test_damaged_file_is_refused_naming_the_line(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Any, message: str
) -> None:
    out = tmp_path / "preds.jsonl"
    assert main(_argv(out, "--no-score", n=2)) == 0
    lines = out.read_bytes().rstrip(b"\n").split(b"\n")
    out.write_bytes(b"\n".join(damage(lines)) + b"\n")
    assert main(_argv(out, "--no-score", n=2)) == 2
    assert f"{out}{message}" in capsys.readouterr().err


def test_second_writer_is_refused(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "preds.jsonl"
    with out.open("a") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
        assert main(_argv(out, "--no-score")) == 1
    assert "being written by another openrs-eval run" in capsys.readouterr().err
    assert engine.llm_kwargs == []


def test_greedy_asks_one_sample_per_request(engine: FakeEngine, tmp_path: Path) -> None:
    out = tmp_path / "preds.jsonl"
    argv = _argv(out, "--no-score", n=2, limit=2, benchmarks="aime24")
    argv[argv.index("--temperature") + 1] = "0"
    assert main(argv) == 0
    assert [p.kwargs["n"] for p in engine.params] == [1, 1, 1, 1]
    _assert_complete(out, n=2, problems=2)


def test_unknown_benchmark_lists_known_ones_before_loading_anything(
    engine: FakeEngine, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_argv(tmp_path / "p.jsonl", benchmarks="aime24,aime2023")) == 2
    err = capsys.readouterr().err
    assert "unknown benchmark 'aime2023'" in err and "math500" in err and "olympiadbench" in err
    assert engine.llm_kwargs == []


def test_missing_vllm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with mock.patch.dict(sys.modules, {"vllm": None}):  # None in sys.modules makes the import fail
        assert vllm_available() is False
        assert (
            main(_argv(tmp_path / "p.jsonl", "--backend", "vllm")) == 2
        )  # a missing extra is a set-up error, like a bad argument
    assert "pip install 'openrs-rewards[vllm]'" in capsys.readouterr().err


def test_auto_backend_picks_vllm_when_importable(engine: FakeEngine, tmp_path: Path) -> None:
    assert vllm_available() is True
    summary = run_eval(
        EvalConfig(
            model="fake/m",
            benchmarks=("aime24",),
            out=tmp_path / "p.jsonl",
            sampling=SamplingSettings(n=1, max_tokens=16),
            limit=2,
            progress=False,
        )
    )
    assert summary.backend == "vllm"
    assert summary.generated == 2


def test_read_existing_reports_done_keys(tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    fingerprint = SamplingSettings(n=2).fingerprint("m")
    settings_only = {k: v for k, v in fingerprint.items() if k != "model"}
    rows = [
        {
            "id": "a",
            "benchmark": "b",
            "model": "m",
            "sample": s,
            "completion": "",
            "generation": settings_only,
        }
        for s in (0, 1)
    ]
    out.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    existing = read_existing(out, fingerprint, 2)
    assert existing.done == {("b", "a"): {0, 1}}
    assert existing.count() == 2
    with pytest.raises(ResumeError, match="'sample' is 1 but --n is 1"):
        read_existing(out, fingerprint, 1)


@needs_trl
def test_cli_options_reach_the_transformers_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openrs_rewards.trainer_glue import eval_backends, evaluate

    built: list[dict[str, Any]] = []

    class Recorder:
        def __init__(self, model: str, **kwargs: Any) -> None:
            built.append({"model": model, **kwargs})
            raise evaluate.EvalError("stop here")

    monkeypatch.setattr(eval_backends, "TransformersBackend", Recorder)
    argv = _argv(
        tmp_path / "p.jsonl", "--backend", "transformers", "--cpu-threads", "1", "--dtype", "float32"
    )
    assert main([*argv, "--device", "cpu"]) == 1
    assert built == [
        {"model": "fake/r1-distill-1.5b", "dtype": "float32", "device": "cpu", "seed": 7, "cpu_threads": 1}
    ]
    # Tensor parallelism needs vLLM.
    assert main([*argv, "--tensor-parallel-size", "2"]) == 1
    assert len(built) == 1


@needs_trl
def test_model_that_cannot_load_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from openrs_rewards.trainer_glue import eval_backends

    def unreachable(model: str, **kwargs: Any) -> None:
        raise OSError("We couldn't connect to 'https://huggingface.co'")

    monkeypatch.setattr(eval_backends, "TransformersBackend", unreachable)
    assert main(_argv(tmp_path / "p.jsonl", "--backend", "transformers")) == 1
    err = capsys.readouterr().err
    assert "cannot load 'fake/r1-distill-1.5b' (OSError: We couldn't connect" in err
    assert "resume" not in err


def test_list_benchmarks_shows_counts_and_licences(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-benchmarks"]) == 0
    out = capsys.readouterr().out
    for name, count in (("aime24", 30), ("aime25", 30), ("amc23", 40), ("math500", 500), ("gsm8k", 1319)):
        assert re.search(rf"^{name}\s+{count}\s", out, re.MULTILINE), out
    assert "CC BY-NC-SA 4.0" in out and "openai/grade-school-math" in out


def test_missing_required_options_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--model", "m"]) == 2
    assert "--benchmarks, --out required" in capsys.readouterr().err
