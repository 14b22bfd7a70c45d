"""Check ``verifiers.tree_sympy`` against latex2sympy2_extended on every distinct answer string of the corpus.

The strings: the golds and the extracted, normalised predictions of ``../shared/data/real_completions/*.jsonl``, the
``answer`` fields of ``../shared/data/benchmarks/*.jsonl``, and the elements ``parse_structure`` splits them into
(what the symbolic stage parses). For every string the tree conversion accepts, its object (after
``symbolic._canonical_atoms``) is compared with the ANTLR parse's: ``identical`` (``tree_sympy.same_tree``: the
same tree node by node: types, argument order, symbols with their assumptions), ``srepr`` (equal printed forms only), ``equal`` (the same
symbols and ``simplify(a - b) == 0``) or a ``mismatch`` (anything else, including an ANTLR parse that fails). The
run fails (exit 1) on any mismatch.

``--timing`` instead times ``symbolic._parse_element`` over all the strings in this process (CPU time, after the
worker's preload), with the tree conversion (``after``) or without it (``before``)::

    .venv/bin/python benchmarks/check_tree_sympy.py
    .venv/bin/python benchmarks/check_tree_sympy.py --timing before
    .venv/bin/python benchmarks/check_tree_sympy.py --timing after
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
MAX_DEPTH = 4


def corpus_strings() -> list[str]:
    """Every distinct answer, gold and element text of the corpus, sorted."""
    from openrs_rewards.verifiers.extract import Extracted, find_answer
    from openrs_rewards.verifiers.normalize import normalize_answer

    answers: set[str] = set()
    for path in sorted((SHARED / "real_completions").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            record = json.loads(line)
            answers.add(normalize_answer(str(record.get("gold", ""))))
            found = find_answer(str(record.get("completion", "")))
            if isinstance(found, Extracted):
                answers.add(normalize_answer(found.text))
    for path in sorted((SHARED / "benchmarks").glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            answers.add(normalize_answer(str(json.loads(line).get("answer", ""))))
    strings: set[str] = set()
    for answer in answers:
        strings.update(_elements(answer, 0))
    strings.discard("")
    return sorted(strings)


def _elements(text: str, depth: int) -> Iterable[str]:
    from openrs_rewards.verifiers.structure import parse_structure

    yield text
    if depth >= MAX_DEPTH:
        return
    for item in parse_structure(text).items:
        if item != text:
            yield from _elements(item, depth + 1)


def classify(text: str) -> tuple[str, float, float]:
    """(``refused`` | ``identical`` | ``srepr`` | ``equal`` | ``mismatch: ...``, tree seconds, ANTLR seconds)."""
    import sympy

    from openrs_rewards.verifiers import symbolic
    from openrs_rewards.verifiers.tree_sympy import latex_to_sympy, same_tree

    start = time.process_time()
    built = latex_to_sympy(text)
    tree_seconds = time.process_time() - start
    if built is None:
        return "refused", tree_seconds, 0.0
    try:
        ours = symbolic._canonical_atoms(built, sympy)
    except Exception as error:  # i < x: the imaginary unit in an inequality, which sympy refuses to rebuild
        ours = error
    start = time.process_time()
    try:
        reference = symbolic._canonical_atoms(symbolic._antlr_latex(text), sympy)
    except Exception as error:
        if isinstance(ours, Exception) and repr(ours) == repr(error):
            return "identical", tree_seconds, time.process_time() - start  # the same error either way
        return f"mismatch: latex2sympy fails ({str(error).splitlines()[0][:60]})", tree_seconds, 0.0
    antlr_seconds = time.process_time() - start
    if isinstance(ours, Exception):
        return f"mismatch: {ours!r} vs {sympy.srepr(reference)}", tree_seconds, antlr_seconds
    if same_tree(ours, reference):
        return "identical", tree_seconds, antlr_seconds
    if sympy.srepr(ours) == sympy.srepr(reference):
        return "srepr", tree_seconds, antlr_seconds
    try:
        same = ours.free_symbols == reference.free_symbols and sympy.simplify(ours - reference) == 0
    except Exception:
        same = False
    if same:
        return "equal", tree_seconds, antlr_seconds
    return f"mismatch: {sympy.srepr(ours)} vs {sympy.srepr(reference)}", tree_seconds, antlr_seconds


def check(strings: list[str]) -> int:
    counts = {"refused": 0, "identical": 0, "srepr": 0, "equal": 0, "mismatch": 0}
    tree_total = antlr_total = 0.0
    for text in strings:
        outcome, tree_seconds, antlr_seconds = classify(text)
        tree_total += tree_seconds
        antlr_total += antlr_seconds
        kind = outcome.split(":")[0]
        counts[kind] += 1
        if kind in ("srepr", "equal", "mismatch"):
            print(f"{outcome[:300]}  <- {text!r}")
    accepted = len(strings) - counts["refused"]
    print(
        f"strings: {len(strings)}  accepted: {accepted}  " + "  ".join(f"{k}: {v}" for k, v in counts.items())
    )
    print(f"CPU on the accepted strings: tree {tree_total:.3f} s, ANTLR {antlr_total:.3f} s")
    return 1 if counts["mismatch"] else 0


def timing(strings: list[str], mode: str) -> None:
    from openrs_rewards.verifiers import _worker, symbolic, tree_sympy

    _worker._preload()
    if mode == "before":
        tree_sympy.latex_to_sympy = lambda text: None  # type: ignore[assignment]
    symbolic._parse_element.cache_clear()
    start = time.process_time()
    parsed = sum(symbolic._parse_element(text) is not None for text in strings)
    seconds = time.process_time() - start
    print(f"{mode}: _parse_element over {len(strings)} strings ({parsed} parsed): {seconds:.2f} s CPU")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--timing", choices=("before", "after"), help="time _parse_element instead of checking"
    )
    parser.add_argument("--strings", type=Path, help="a JSON list of strings to use instead of the corpus")
    args = parser.parse_args(argv)
    strings = json.loads(args.strings.read_text()) if args.strings else corpus_strings()
    if args.timing:
        timing(strings, args.timing)
        return 0
    return check(strings)


if __name__ == "__main__":
    sys.exit(main())
