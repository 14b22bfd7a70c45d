"""Accuracy and false positives per category and per form on the category cases, ours against math-verify.

The cases are ``benchmarks/category_cases.py`` (2,237 labelled pairs written for this project; see its docstring for
the categories, the five forms and what *firm* means). Three graders score every case:

- **ours**: ``openrs_rewards.verify_batch`` once over all cases, each with its own ``truncated`` flag;
- **mv**: math-verify ``verify(parse(gold), parse(completion))``, defaults;
- **mv$**: the same with the gold wrapped in ``$...$`` (how math-verify's own examples feed a bare gold).

math-verify runs in a loop in this (main) thread, so its own signal-based timeouts (5 s per parse and per verify)
guard every item against hangs; an exception counts as "not correct". The report gives, per form and per category,
the accuracy and the false positives (judged correct while labelled wrong) on the firm cases, the debatable cases
per form apart, and the firm cases we get wrong.

Run by hand (not a test)::

    python benchmarks/bench_categories.py --out bench_categories.md --json bench_categories.json   # ~25 s
    python benchmarks/bench_categories.py --no-mathverify                                            # ours only
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# Run as a script from this folder (python benchmarks/bench_categories.py), so the sibling modules are importable.
from bench_verify import machine
from category_cases import FORMS, Case, cases

from openrs_rewards import verify_batch

GRADERS = ("ours", "mv", "mv$")


def grade_ours(items: list[Case]) -> list[bool]:
    verdicts = verify_batch(
        [c.prediction for c in items], [c.gold for c in items], truncated=[c.truncated for c in items]
    )
    return [v.correct for v in verdicts]


def math_verify_grader(wrap_gold: bool) -> Callable[[Case], bool]:
    from math_verify import parse
    from math_verify import verify as mv_verify

    def grade(case: Case) -> bool:
        gold = f"${case.gold}$" if wrap_gold else case.gold
        try:
            return bool(mv_verify(parse(gold), parse(case.prediction)))
        except Exception:  # a parse or verify failure (timeouts included) is "not correct"
            return False

    return grade


def score(rows: Iterable[dict[str, Any]], grader: str) -> tuple[int, int, int]:
    """(n, right, false positives) of one grader over result rows."""
    rows = list(rows)
    right = sum(r[grader] == r["expected"] for r in rows)
    false_positives = sum(r[grader] and not r["expected"] for r in rows)
    return len(rows), right, false_positives


def _cells(rows: list[dict[str, Any]], graders: tuple[str, ...]) -> str:
    cells = []
    for grader in graders:
        n, right, fp = score(rows, grader)
        cells.append(f"{100 * right / n:.1f}% / {fp}" if n else "—")
    return " | ".join(cells)


def _table(title: str, groups: dict[str, list[dict[str, Any]]], graders: tuple[str, ...]) -> list[str]:
    header = " | ".join(f"{g} acc / FP" for g in graders)
    lines = [f"### {title}", "", f"| group | n | {header} |", "|---|---:|" + "---|" * len(graders)]
    for name, rows in groups.items():
        if rows:
            lines.append(f"| {name} | {len(rows)} | {_cells(rows, graders)} |")
    return [*lines, ""]


def report(
    rows: list[dict[str, Any]], info: dict[str, Any], graders: tuple[str, ...], seconds: dict[str, float]
) -> str:
    v = info["versions"]
    firm = [r for r in rows if r["firm"]]
    debatable = [r for r in rows if not r["firm"]]
    forms = (*FORMS, "completion")
    timing = ", ".join(f"{g} {seconds[g]:.1f} s" for g in graders)
    lines = [
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gb']} GB, {info['platform']}, Python "
        f"{info['python']}, 1-min load {info['load_1min_at_start'] or 0:.1f} at start. openrs-rewards "
        f"{v['openrs-rewards']} ({info['git']}), math-verify {v['math-verify']}, sympy {v['sympy']}. "
        f"{info['date']}. Wall time: {timing}.",
        "",
        f"{len(rows)} cases, {len(firm)} firm. Cells: accuracy / false positives. mv = math-verify defaults, "
        "mv$ = gold wrapped in `$...$`.",
        "",
    ]
    by_form = {form: [r for r in firm if r["form"] == form] for form in forms}
    not_bare = [r for r in firm if r["form"] not in ("plain", "plain_fin")]
    lines += _table(
        "Firm cases per form",
        {**by_form, "**all but bare (RL forms)**": not_bare, "**all firm**": firm},
        graders,
    )
    categories = sorted({r["category"] for r in rows})
    lines += _table(
        "Firm cases per category (all forms)",
        {c: [r for r in firm if r["category"] == c] for c in categories},
        graders,
    )
    lines += _table(
        "Debatable cases (firm=False) per form",
        {**{f: [r for r in debatable if r["form"] == f] for f in forms}, "**all debatable**": debatable},
        graders,
    )
    misses = [r for r in firm if r["ours"] != r["expected"]]
    lines += [f"### Firm cases ours gets wrong ({len(misses)})", ""]
    lines += [
        f"- `{r['id']}`: {json.dumps(r['answer'] or r['prediction'][-80:])} vs gold {json.dumps(r['gold'])}, "
        f"expected {r['expected']}"
        for r in misses
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--no-mathverify", action="store_true", help="score ours only")
    parser.add_argument("--out", type=Path, help="write the markdown report here")
    parser.add_argument("--json", type=Path, help="write every case with each grader's verdict here")
    args = parser.parse_args(argv)
    info = machine()
    items = cases()
    graders = ("ours",) if args.no_mathverify else GRADERS
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    verdicts: dict[str, list[bool]] = {"ours": grade_ours(items)}
    seconds["ours"] = time.perf_counter() - start
    for name, wrap in (("mv", False), ("mv$", True)):
        if name in graders:
            grade = math_verify_grader(wrap)
            start = time.perf_counter()
            verdicts[name] = [grade(case) for case in items]
            seconds[name] = time.perf_counter() - start
    rows = [{**case.__dict__, **{g: verdicts[g][i] for g in graders}} for i, case in enumerate(items)]
    text = report(rows, info, graders, seconds)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(
            json.dumps({"machine": info, "cases": rows}, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
