"""Run the blind probe cases through the verifier: ``python benchmarks/probes/run.py OUT.json [probeNNN ...]``.

Each ``probeNNN/cases.jsonl`` holds cases written by a helper who never saw the code (see ``COMMON.md``, the brief
they were given): a completion, a gold, the verdict a careful grader gives, and why. This prints, per folder, how many
cases get that verdict and how many false positives (a "correct" the case says is wrong) there are, and writes every
case's result to OUT.json for ``show.py``. The folders named in ``README.md`` as held out were never used to decide
a fix: read their totals, not their failures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from openrs_rewards import verify  # noqa: E402


def main(out: str, wanted: list[str]) -> None:
    results: dict[str, dict[str, object]] = {}
    folders = wanted or sorted(path.name for path in HERE.glob("probe*") if path.is_dir())
    for folder in folders:
        path = HERE / folder / "cases.jsonl"
        if not path.exists():
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                case = json.loads(line)
                verdict = verify(
                    case["completion"],
                    case["gold"],
                    truncated=case.get("truncated"),
                    problem=case.get("problem"),
                )
            except Exception as error:  # a malformed line is reported, the rest still run
                results[f"{folder}/line{number}"] = {"ok": False, "error": repr(error)[:200]}
                continue
            correct = verdict.status == "correct"
            results[f"{folder}/{case['id']}"] = {
                "ok": correct == bool(case["expected"]),
                "expected": bool(case["expected"]),
                "status": verdict.status,
                "predicted": verdict.predicted,
                "source": verdict.source,
                "method": verdict.method,
            }
    Path(out).write_text(json.dumps(results, indent=0), "utf-8")
    totals: dict[str, list[int]] = {}
    for key, result in results.items():
        row = totals.setdefault(key.split("/")[0], [0, 0, 0])
        row[0] += 1
        row[1] += bool(result["ok"])
        row[2] += not result["ok"] and result.get("expected") is False
    for folder, (cases, ok, false_positives) in sorted(totals.items()):
        print(f"{folder}: {ok}/{cases} ok, {false_positives} FP")
    print(
        "all:",
        sum(row[1] for row in totals.values()),
        "/",
        sum(row[0] for row in totals.values()),
        "FP",
        sum(row[2] for row in totals.values()),
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
