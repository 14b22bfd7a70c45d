"""The failures of one probe folder with their cases: ``python benchmarks/probes/show.py OUT.json probeNNN [chars]``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(out: str, folder: str, chars: int) -> None:
    results = json.loads(Path(out).read_text("utf-8"))
    cases = {}
    for line in (HERE / folder / "cases.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            cases[case["id"]] = case
    for key, result in results.items():
        if not key.startswith(folder + "/") or result["ok"]:
            continue
        case = cases.get(key.split("/")[1], {})
        text = case.get("completion", "")
        print("=" * 100)
        print(
            key,
            "expected",
            result.get("expected"),
            "| got",
            result.get("status"),
            repr(result.get("predicted")),
        )
        print("gold:", repr(case.get("gold")), "| why:", case.get("why"))
        print("completion:", repr(text if len(text) <= chars else "..." + text[-chars:]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 400)
