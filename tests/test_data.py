"""The benchmarks shipped as package data: every file loads, counts match SOURCES.md, golds are clean answers."""

from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path

import pytest

from openrs_rewards.data import (
    BenchmarkError,
    UnknownBenchmarkError,
    benchmark_info,
    list_benchmarks,
    load_benchmark,
    resolve_benchmark,
    sources_text,
)

EXPECTED_COUNTS = {
    "aime24": 30,
    "aime25": 30,
    "amc23": 40,
    "gsm8k": 1319,
    "math500": 500,
    "minerva": 272,
    "olympiadbench": 675,
}

DATA_DIR = Path(str(resources.files("openrs_rewards.data").joinpath("benchmarks")))


def test_every_issue_benchmark_is_shipped() -> None:
    assert list_benchmarks() == sorted(EXPECTED_COUNTS)


@pytest.mark.parametrize("name", sorted(EXPECTED_COUNTS))
def test_each_benchmark_loads_with_uniform_records(name: str) -> None:
    records = load_benchmark(name)
    assert len(records) == EXPECTED_COUNTS[name]
    # One record per non-blank line of the shipped file, in file order.
    lines = [
        json.loads(line) for line in (DATA_DIR / f"{name}.jsonl").read_text("utf-8").splitlines() if line
    ]
    assert len(records) == len(lines)
    assert [str(line["id"]) for line in lines] == [r["id"] for r in records]
    assert len({r["id"] for r in records}) == len(records)
    for record, original in zip(records, lines, strict=True):
        assert record["benchmark"] == name
        assert isinstance(record["problem"], str) and record["problem"].strip()
        assert isinstance(record["gold"], str) and record["gold"].strip()
        assert record["gold"] == record["gold"].strip()
        # The original fields are all kept.
        for key, value in original.items():
            if key != "id":
                assert record[key] == value


def test_counts_match_sources_md() -> None:
    for name, count in EXPECTED_COUNTS.items():
        info = benchmark_info(name)
        assert info.count == count
        assert info.repo and "/" in info.repo
        assert re.fullmatch(r"[0-9a-f]{40}", info.commit)
        assert info.license


def test_sources_md_is_shipped_with_every_source_and_licence() -> None:
    text = sources_text()
    assert (DATA_DIR / "SOURCES.md").is_file()
    for name in EXPECTED_COUNTS:
        assert f"| {name}.jsonl |" in text
    for licence in ("MIT", "CC BY-NC-SA 4.0", "Apache-2.0", "(c) MAA"):
        assert licence in text
    # Each shipped record also names its source repository and commit.
    for name in EXPECTED_COUNTS:
        assert all("@" in r["source"] for r in load_benchmark(name))


def test_golds_are_clean_answers_not_solutions() -> None:
    gsm8k = load_benchmark("gsm8k")
    assert [r["gold"] for r in gsm8k[:3]] == ["18", "3", "70000"]
    assert all("####" not in r["gold"] and "<<" not in r["gold"] for r in gsm8k)
    assert all(r["gold"].isdigit() for r in load_benchmark("aime24") + load_benchmark("aime25"))
    assert all("," not in r["gold"] for r in load_benchmark("amc23"))
    math500 = load_benchmark("math500")
    assert math500[0]["gold"] == r"\left( 3, \frac{\pi}{2} \right)"
    assert all(len(r["gold"]) < 200 for r in math500)
    olympiad = load_benchmark("olympiadbench")
    assert all(r["gold"] == ", ".join(a.strip().strip("$") for a in r["final_answer"]) for r in olympiad)
    assert any(r["is_multiple_answer"] and ", " in r["gold"] for r in olympiad)


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("aime24", "aime24"),
        ("AIME24", "aime24"),
        ("aime_2024", "aime24"),
        ("aime-2024", "aime24"),
        ("AIME 2025", "aime25"),
        ("math500", "math500"),
        ("MATH-500", "math500"),
        ("math_500", "math500"),
        ("amc_2023", "amc23"),
        ("minerva_math", "minerva"),
        ("olympiad_bench", "olympiadbench"),
        ("GSM8K", "gsm8k"),
    ],
)
def test_aliases(alias: str, canonical: str) -> None:
    assert resolve_benchmark(alias) == canonical
    assert load_benchmark(alias)[0]["benchmark"] == canonical


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownBenchmarkError) as info:
        load_benchmark("aime23")
    message = str(info.value)
    assert "'aime23'" in message
    for name in EXPECTED_COUNTS:
        assert name in message


def test_records_are_fresh_copies() -> None:
    first = load_benchmark("aime24")
    first[0]["gold"] = "changed"
    assert load_benchmark("aime24")[0]["gold"] == "204"


def test_own_jsonl_file_derives_golds(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    rows = [
        {"id": 1, "problem": "p1", "answer": " 42 "},
        {"problem": "p2", "solution": "so it is $\\boxed{\\frac{1}{2}}$."},
        {"id": "g", "question": "p3", "solution": "2 + 2 = <<2+2=4>>4 and 1,000 more\n#### 1,004"},
        {"id": "o", "problem": "p4", "final_answer": ["$3$", "$5$"]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    records = load_benchmark(str(path))
    assert [r["gold"] for r in records] == ["42", "\\frac{1}{2}", "1004", "3, 5"]
    assert [r["id"] for r in records] == ["1", "mine-2", "g", "o"]
    assert {r["benchmark"] for r in records} == {"mine"}
    assert records[2]["problem"] == "p3"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('{"id": 1, "problem": "p"}', "answer"),
        ('{"id": 1, "answer": "3"}', "problem"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
    ],
)
def test_bad_own_file_names_file_line_and_field(tmp_path: Path, line: str, field: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 0, "problem": "fine", "answer": "1"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(BenchmarkError) as info:
        load_benchmark(str(path))
    assert f"{path}:2" in str(info.value)
    assert field in str(info.value)


def test_repeated_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.jsonl"
    path.write_text(
        '{"id": "a", "problem": "x", "answer": "1"}\n{"id": "a", "problem": "y", "answer": "2"}\n'
    )
    with pytest.raises(BenchmarkError, match=r"dup.jsonl:2: field 'id' 'a' repeats line 1"):
        load_benchmark(str(path))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UnknownBenchmarkError, match="not found"):
        load_benchmark(str(tmp_path / "nope.jsonl"))


def test_data_module_imports_no_ml_library() -> None:
    import subprocess

    code = (
        "import sys, openrs_rewards.data as d; d.load_benchmark('aime24'); "
        "print(sorted(m for m in ('torch', 'transformers', 'trl', 'vllm') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
