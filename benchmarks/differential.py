"""Differential testing: openrs-rewards' verdicts against math-verify 0.9 and against the original graders' labels.

The corpus is built here, from four parts (``--parts``):

- ``real``: every record of ``../shared/data/real_completions/*.jsonl`` (real completions of many models with the
  label their original grader gave; the labels are noisy, see that folder's SOURCES.md). ``finish_reason ==
  "length"`` is passed to ``verify_batch(truncated=...)`` when the installed API has that parameter;
- ``reference``: each shipped benchmark's worked reference solution as the completion, against its own gold
  (expected correct);
- ``example``: ``examples/preds.jsonl`` (real completions without labels: ours against math-verify only);
- ``rewrite``: rewritings of every benchmark gold made by a *seeded random generator* (``random.Random(--seed)``,
  not hypothesis: a script wants a fixed, reproducible corpus), each with the verdict it must get: LaTeX <-> plain
  text, equal values written differently, units, wrapping sentences, boxes and answer tags, think tags (answer
  after the reasoning, only inside it, or a different answer after it), mangled escapes, and the false-positive
  controls: truncated text cut before its answer (with and without the truncation flag), hedged answers, another
  problem's gold.

math-verify runs the way users call it, ``verify(parse(gold), parse(completion))`` (column ``mv``); the same run also
records ``verify(parse("$" + gold + "$"), parse(completion))`` for golds without ``$`` / ``\\boxed`` (column
``mv$``), since many users wrap a bare LaTeX gold. It is slow on long completions, so its verdicts are computed in a
pool of worker processes (a per-item wall timeout kills a hung worker and the run goes on) and cached on disk, keyed
by a hash of (gold, completion, math-verify version): re-runs only recompute our side.

Output: agreement tables (ours vs label, math-verify vs label, ours vs math-verify) per file, per benchmark and
overall, the rewrite kinds, the (ours, math-verify, label) patterns, and the disagreements grouped into classes by
simple features (who said correct, our status and source, truncation, the gold's type); the disagreements themselves
as JSONL (``--dump``). Run by hand (not a test)::

    .venv/bin/python benchmarks/differential.py                       # everything (first run: minutes)
    .venv/bin/python benchmarks/differential.py --no-mathverify       # ours vs labels only, seconds
    .venv/bin/python benchmarks/differential.py --files '*math500*' --limit 50 --parts real
    .venv/bin/python benchmarks/differential.py --out report.md --json summary.json
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import hashlib
import inspect
import json
import multiprocessing as mp
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

# Run as a script from this folder (python benchmarks/differential.py), so the sibling benchmark is importable.
from bench_verify import machine

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
REAL_DIR = SHARED / "real_completions"
BENCHMARK_DIRS = (SHARED / "benchmarks", ROOT / "src" / "openrs_rewards" / "data" / "benchmarks")
EXAMPLES = ROOT / "examples" / "preds.jsonl"
DEFAULT_CACHE = Path(__file__).resolve().parent / ".cache" / "mathverify.jsonl"
DEFAULT_DUMP = Path("/tmp/openrs-diff/disagreements.jsonl")
PARTS = ("real", "reference", "example", "rewrite")


@dataclass
class Item:
    """One (completion, gold) pair of the corpus and what is known about its right verdict."""

    id: str
    part: str  # real / reference / example / rewrite
    file: str  # the group its rows are reported under (file stem, "reference:math500", "rewrite:units", ...)
    benchmark: str
    model: str
    gold: str
    completion: str
    label: bool | None  # the original grader's label (real), or the expected verdict (reference, rewrite)
    truncated: bool | None = None  # the record's finish_reason: True (length), False (stop), None (not said)
    kind: str = ""  # the rewrite kind


@dataclass
class Ours:
    correct: bool
    status: str
    predicted: str | None
    source: str | None
    method: str | None
    seconds: float
    detail: str | None


@dataclass
class Theirs:
    correct: bool  # verify(parse(gold), parse(completion))
    correct_wrapped: bool  # the same with the gold wrapped in $...$
    status: str  # ok / error / killed / crashed
    extracted: str | None
    seconds: float
    detail: str | None = None


@dataclass
class Row:
    item: Item
    ours: Ours
    theirs: Theirs | None = None
    features: dict[str, Any] = field(default_factory=dict)

    @property
    def mv(self) -> bool | None:
        """math-verify's verdict in the variant chosen with ``--mv-variant`` (None without math-verify)."""
        if self.theirs is None:
            return None
        return self.theirs.correct_wrapped if MV_VARIANT["wrapped"] else self.theirs.correct


MV_VARIANT = {"wrapped": False}  # set from --mv-variant; read by Row.mv


# -- corpus -------------------------------------------------------------------------------------------------------


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _benchmark_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in BENCHMARK_DIRS:
        if folder.is_dir():
            for path in sorted(folder.glob("*.jsonl")):
                found.setdefault(path.stem, path)
    return found


def load_real(pattern: str | None, limit: int | None, gold_field: str = "gold") -> list[Item]:
    # The record's finish_reason read as openrs-score reads it (a missing one is "unknown", never "finished").
    from openrs_rewards.scoring.records import truncation_of

    items: list[Item] = []
    for path in sorted(REAL_DIR.glob("*.jsonl")):
        if pattern and not fnmatch.fnmatch(path.name, pattern):
            continue
        rows = _read_jsonl(path)[:limit] if limit else _read_jsonl(path)
        for number, r in enumerate(rows):
            label = r.get("label")
            items.append(
                Item(
                    id=f"{path.stem}#{number}:{r.get('id')}",
                    part="real",
                    file=path.stem,
                    benchmark=str(r.get("benchmark") or path.stem.split("__")[2]),
                    model="__".join(path.stem.split("__")[:2]),  # source__model, short and unique
                    gold=str(r.get(gold_field) or r["gold"]),
                    completion=str(r["completion"]),
                    label=label if isinstance(label, bool) else None,
                    truncated=truncation_of(r),
                )
            )
    return items


def load_references(limit: int | None) -> list[Item]:
    items: list[Item] = []
    for name, path in _benchmark_files().items():
        rows = [r for r in _read_jsonl(path) if isinstance(r.get("solution"), str) and r["solution"].strip()]
        for r in rows[:limit] if limit else rows:
            items.append(
                Item(
                    id=f"reference:{r['id']}",
                    part="reference",
                    file=f"reference:{name}",
                    benchmark=name,
                    model="reference solution",
                    gold=str(r["answer"]),
                    completion=r["solution"],
                    label=True,
                )
            )
    return items


def load_examples(limit: int | None) -> list[Item]:
    if not EXAMPLES.exists():
        return []
    rows = _read_jsonl(EXAMPLES)
    return [
        Item(
            id=f"example#{n}:{r.get('id')}",
            part="example",
            file="examples/preds",
            benchmark=str(r.get("benchmark", "?")),
            model=str(r.get("model", "?"))[:60],
            gold=str(r["gold"]),
            completion=str(r["completion"]),
            label=None,
        )
        for n, r in enumerate(rows[:limit] if limit else rows)
    ]


# -- seeded random rewrites of the benchmark golds ----------------------------------------------------------------

_INT = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)")
_SIMPLE_FRACTION = re.compile(r"(-?)\\[dt]?frac\{(\d+)\}\{(\d+)\}")


def _braced(text: str, start: int) -> tuple[str, int] | None:
    """The content of the ``{...}`` group opening at ``text[start]`` and the index after it."""
    if start >= len(text) or text[start] != "{":
        return None
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1 : i], i + 1
    return None


def latex_to_plain(gold: str) -> str | None:
    """A plain-text spelling of a LaTeX gold (``\\frac{a}{b}`` -> ``(a)/(b)``), or None when one is not obvious."""
    text = gold.replace("\\left", "").replace("\\right", "").replace("\\!", "").replace("\\,", "")
    text = text.replace("\\cdot", "*").replace("\\times", "*").replace("\\pi", "pi").replace("$", "")
    plain = _plain(text)
    if plain is None or "\\" in plain or "{" in plain or "}" in plain or plain.strip() == gold.strip():
        return None
    return plain.strip()


def _times(out: list[str]) -> str:
    """``*`` when the plain text so far ends in something a product would follow (``2\\sqrt{5}`` -> ``2*sqrt(5)``)."""
    last = "".join(out).rstrip()[-1:]
    return "*" if last.isalnum() or last == ")" else ""


def _plain(text: str) -> str | None:
    out: list[str] = []
    i = 0
    while i < len(text):
        macro = re.match(r"\\[dt]?frac|\\sqrt", text[i:])
        if macro:
            name = macro.group(0)
            first = _braced(text, i + len(name))
            if first is None:
                return None
            if name == "\\sqrt":
                inner = _plain(first[0])
                if inner is None:
                    return None
                out.append(_times(out) + f"sqrt({inner})")
                i = first[1]
                continue
            second = _braced(text, first[1])
            if second is None:
                return None
            top, bottom = _plain(first[0]), _plain(second[0])
            if top is None or bottom is None:
                return None
            simple = top.isdigit() and bottom.isdigit()
            following = text[second[1] : second[1] + 1]
            if simple and not (following.isalnum() or following == "("):
                out.append(_times(out) + f"{top}/{bottom}")
            else:
                out.append(_times(out) + f"({top})/({bottom})")
            i = second[1]
            continue
        if text[i] == "^" and i + 1 < len(text) and text[i + 1] == "{":
            group = _braced(text, i + 1)
            if group is None:
                return None
            inner = _plain(group[0])
            if inner is None:
                return None
            out.append(f"^({inner})")
            i = group[1]
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def plain_to_latex(gold: str) -> str | None:
    """A LaTeX spelling of a plain-text gold (``3/4`` -> ``\\frac{3}{4}``, ``sqrt(2)`` -> ``\\sqrt{2}``)."""
    text = re.sub(r"(?<![\w.])(\d+)\s*/\s*(\d+)(?![\w.])", r"\\frac{\1}{\2}", gold)
    text = re.sub(r"sqrt\((\w+)\)", r"\\sqrt{\1}", text)
    return text if text != gold else None


def equal_value(gold: str, rng: random.Random) -> str | None:
    """The same number written another way: ``18`` -> ``18.0``, ``\\frac{1}{4}`` -> ``0.25``, ``0.5`` -> ``\\frac{1}{2}``,
    ``12345`` -> ``12\\,345``."""
    text = gold.strip()
    if re.fullmatch(r"-?\d+", text):
        value = int(text)
        if abs(value) >= 10000 and rng.random() < 0.5:
            return f"{value:,}".replace(",", "\\,")
        return f"{value}.0"
    fraction = _SIMPLE_FRACTION.fullmatch(text)
    if fraction:
        sign, top, bottom = fraction.group(1), int(fraction.group(2)), int(fraction.group(3))
        reduced = bottom
        for prime in (2, 5):
            while reduced % prime == 0:
                reduced //= prime
        if reduced == 1 and bottom:
            return sign + format(top / bottom, "f").rstrip("0").rstrip(".")
        return None
    if re.fullmatch(r"-?\d*\.\d+", text):
        whole, _, digits = text.lstrip("-").partition(".")
        denominator = 10 ** len(digits)
        numerator = int(whole or "0") * denominator + int(digits)
        sign = "-" if text.startswith("-") else ""
        return f"{sign}\\frac{{{numerator}}}{{{denominator}}}"
    return None


def is_plain_number(gold: str) -> bool:
    return bool(re.fullmatch(r"-?(?:\d+\.?\d*|\.\d+)|-?\\[dt]?frac\{\d+\}\{\d+\}", gold.strip()))


UNITS = (
    " \\text{ cm}",
    "\\text{ meters}",
    " dollars",
    " \\mbox{ inches}",
    "\\,\\text{km}",
    " units",
    " apples",
)
REASONING = (
    "Let me set up the problem. We compute the quantities step by step, checking each one.",
    "First we simplify. Substituting the values and collecting terms gives an expression we can evaluate.",
    "Consider the cases separately; only one of them is consistent with the conditions.",
)
SENTENCES = (
    "The answer is {a}.",
    "Therefore, the answer is ${a}$.",
    "So the final answer is: {a}",
    "**Final Answer**: ${a}$",
    "Final Answer: The final answer is ${a}$. I hope it is correct.",
    "Thus we get \\( {a} \\).",
    "<answer>{a}</answer>",
)
BOXES = (
    "{r}\n\nThe final answer is $\\boxed{{{a}}}$.",
    "{r} Hence $\\boxed{{{a}}}$",
    "{r}\n\\[\n\\boxed{{{a}}}\n\\]",
    "{r}\n\n**Answer:** \\(\\boxed{{{a}}}\\)",
)


def _present(answer: str, rng: random.Random) -> str:
    """An answer inside a box or a final sentence, after some reasoning."""
    reasoning = rng.choice(REASONING)
    if rng.random() < 0.5:
        return rng.choice(BOXES).format(r=reasoning, a=answer)
    return reasoning + "\n\n" + rng.choice(SENTENCES).format(a=answer)


def _fragment_text(gold: str, rng: random.Random) -> str:
    """Unfinished reasoning (cut by a length cap) that mentions the gold only inside an unfinished formula or
    sentence, or its last number as a fragment (a subscript, a denominator, a base)."""
    numbers = _NUMBER.findall(gold)
    piece = numbers[-1].lstrip("-") if numbers else gold
    whole = (
        f"Expanding, the total is $S = ({gold} \\cdot",
        f"The next term would be {gold} if the pattern continued, but we still need to check whether",
        f"Let $k = {gold}$. Then we check whether $k$ satisfies the second condition, which requires",
        f"Trying ${gold}$ in the first equation gives",
    )
    fragment = (
        f"From the recurrence, $a_{{n+{piece}}}",
        f"so that $x = \\frac{{1+\\sqrt{{7}}}}{{{piece}}}",
        f"We need {piece}^{{",
        f"Consider the string XK{piece}P and",
    )
    return rng.choice(REASONING) + " " + rng.choice(whole + fragment if numbers else whole)


def _cut_before_answer(solution: str, gold: str, rng: random.Random) -> str | None:
    """The solution cut mid-word, before its first answer marker and before the gold's first spelled occurrence."""
    stops = [len(solution)]
    for marker in ("\\boxed", "####", "answer", "Answer", gold.strip()):
        found = solution.find(marker) if marker else -1
        if found >= 0:
            stops.append(found)
    limit = min(stops)
    if limit < 60:
        return None
    for _ in range(20):
        cut = rng.randint(limit // 3, limit - 1)
        if solution[cut - 1].isalnum() and solution[cut].isalnum():
            return solution[:cut]
    return None


def make_rewrites(
    golds: list[tuple[str, str, str, str | None]], seed: int, per_gold: int, total: int | None
) -> list[Item]:
    """Seeded random rewrites of ``(benchmark, id, gold, solution)``; each carries the verdict it must get."""
    rng = random.Random(seed)
    by_benchmark: dict[str, list[str]] = defaultdict(list)
    for benchmark, _id, gold, _solution in golds:
        by_benchmark[benchmark].append(gold)
    items: list[Item] = []

    def other_gold(benchmark: str, gold: str) -> str | None:
        pool = by_benchmark[benchmark]
        for _ in range(20):
            candidate = rng.choice(pool)
            if _canonical(candidate) != _canonical(gold) and _NUMBER.findall(candidate) != _NUMBER.findall(
                gold
            ):
                return candidate
        return None

    builders: dict[str, Callable[[str, str, str | None], tuple[str, bool, bool] | None]] = {}

    def kind(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def register(function: Callable[..., Any]) -> Callable[..., Any]:
            builders[name] = function
            return function

        return register

    @kind("box")
    def _box(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool]:
        return rng.choice(BOXES).format(r=rng.choice(REASONING), a=gold), True, False

    @kind("sentence")
    def _sentence(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool]:
        return rng.choice(REASONING) + "\n\n" + rng.choice(SENTENCES).format(a=gold), True, False

    @kind("latex_to_plain")
    def _to_plain(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool] | None:
        plain = latex_to_plain(gold)
        return None if plain is None else (_present(plain, rng), True, False)

    @kind("plain_to_latex")
    def _to_latex(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool] | None:
        latex = plain_to_latex(gold)
        return None if latex is None else (_present(latex, rng), True, False)

    @kind("equal_value")
    def _equal(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool] | None:
        value = equal_value(gold, rng)
        return None if value is None else (_present(value, rng), True, False)

    @kind("units")
    def _units(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool] | None:
        if not is_plain_number(gold):
            return None
        return _present(gold + rng.choice(UNITS), rng), True, False

    @kind("think_then_answer")
    def _think_then(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool]:
        thought = (
            f"<think>\n{rng.choice(REASONING)} Maybe it is 17? No, recheck the second case.\n</think>\n\n"
        )
        return thought + _present(gold, rng), True, False

    @kind("think_only")
    def _think_only(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool]:
        inner = rng.choice(BOXES).format(r=rng.choice(REASONING), a=gold)
        return f"<think>\n{inner}\n</think>", True, False

    @kind("think_answer_differs")
    def _think_differs(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool] | None:
        other = other_gold(benchmark, gold)
        if other is None:
            return None
        inner = rng.choice(BOXES).format(r=rng.choice(REASONING), a=gold)
        return f"<think>\n{inner}\n</think>\n\nThe final answer is $\\boxed{{{other}}}$.", False, False

    @kind("mangled_escape")
    def _mangled(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool]:
        text = rng.choice(BOXES).format(r=rng.choice(REASONING), a=gold)
        return text.replace("\\boxed", "\x08oxed").replace("\\frac", "\x0crac"), True, False

    @kind("other_gold")
    def _other(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool] | None:
        other = other_gold(benchmark, gold)
        return None if other is None else (_present(other, rng), False, False)

    @kind("hedged")
    def _hedged(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool] | None:
        other = other_gold(benchmark, gold)
        if other is None:
            return None
        first, second = (gold, other) if rng.random() < 0.5 else (other, gold)
        sentence = rng.choice(
            (
                "The answer is either ${a}$ or ${b}$.",
                "It could be ${a}$ or ${b}$; I am not sure which.",
                "So the answer is $\\boxed{{{a}}}$ or $\\boxed{{{b}}}$, depending on the case.",
            )
        )
        return rng.choice(REASONING) + "\n\n" + sentence.format(a=first, b=second), False, False

    def truncated(flagged: bool) -> Callable[[str, str, str | None], tuple[str, bool, bool]]:
        def build(benchmark: str, gold: str, solution: str | None) -> tuple[str, bool, bool]:
            cut = _cut_before_answer(solution, gold, rng) if solution and rng.random() < 0.5 else None
            return (cut if cut is not None else _fragment_text(gold, rng)), False, flagged

        return build

    builders["truncated"] = truncated(False)
    builders["truncated_flagged"] = truncated(True)

    names = sorted(builders)
    for benchmark, gold_id, gold, solution in golds:
        chosen = rng.sample(names, k=min(per_gold, len(names)))
        for name in chosen:
            made = builders[name](benchmark, gold, solution)
            if made is None:
                continue
            completion, expected, flagged = made
            items.append(
                Item(
                    id=f"rewrite:{name}:{gold_id}",
                    part="rewrite",
                    file=f"rewrite:{name}",
                    benchmark=benchmark,
                    model="rewrite",
                    gold=gold,
                    completion=completion,
                    label=expected,
                    truncated=True if flagged else None,  # unflagged: nothing says whether it finished
                    kind=name,
                )
            )
    if total is not None and len(items) > total:
        items = rng.sample(items, total)
        items.sort(key=lambda i: i.id)
    return items


def _canonical(text: str) -> str:
    return re.sub(r"\s+|\\[!,;]|\\left|\\right|\$", "", text)


def load_golds() -> list[tuple[str, str, str, str | None]]:
    golds = []
    for name, path in _benchmark_files().items():
        for r in _read_jsonl(path):
            solution = r.get("solution") if isinstance(r.get("solution"), str) else None
            golds.append((name, str(r["id"]), str(r["answer"]), solution))
    return golds


# -- our side -----------------------------------------------------------------------------------------------------


def run_ours(items: list[Item], timeout: float, workers: int | None) -> tuple[list[Ours], float, bool]:
    """Our verdicts through the public ``verify_batch``; whether a ``truncated`` flag was passed."""
    from openrs_rewards import verify_batch

    kwargs: dict[str, Any] = {"timeout": timeout}
    if workers:
        kwargs["workers"] = workers
    takes_truncated = "truncated" in inspect.signature(verify_batch).parameters
    if takes_truncated:
        kwargs["truncated"] = [item.truncated for item in items]
    start = time.perf_counter()
    verdicts = verify_batch([i.completion for i in items], [i.gold for i in items], **kwargs)
    wall = time.perf_counter() - start
    return (
        [Ours(v.correct, v.status, v.predicted, v.source, v.method, v.seconds, v.detail) for v in verdicts],
        wall,
        takes_truncated,
    )


# -- math-verify, in worker processes, cached on disk -------------------------------------------------------------


def mathverify_version() -> str:
    try:
        return metadata.version("math-verify")
    except metadata.PackageNotFoundError:
        return "missing"


def cache_key(gold: str, completion: str, version: str) -> str:
    digest = hashlib.sha256()
    for part in (version, gold, completion):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _wrap_gold(gold: str) -> str:
    return gold if "$" in gold or "\\boxed" in gold else f"${gold}$"


def _mv_worker(conn: Connection, memory_gb: float) -> None:
    """The child: math-verify's default call on each (key, gold, completion) it receives."""
    if memory_gb > 0:
        import resource

        limit = int(memory_gb * 2**30)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    import logging

    logging.disable(logging.CRITICAL)
    from math_verify import parse, verify

    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        key, gold, completion = message
        began = time.perf_counter()
        record: dict[str, Any] = {"key": key}
        try:
            parsed = parse(completion)
            gold_parsed = parse(gold)
            record["correct"] = bool(verify(gold_parsed, parsed))
            wrapped = _wrap_gold(gold)
            record["correct_wrapped"] = (
                record["correct"] if wrapped == gold else bool(verify(parse(wrapped), parsed))
            )
            record["status"] = "ok"
            extracted = str(parsed[-1]) if parsed else None
            record["extracted"] = extracted[:300] if extracted else extracted
        except BaseException as exc:
            record.update(
                correct=False, correct_wrapped=False, status="error", extracted=None,
                detail=f"{type(exc).__name__}: {str(exc)[:200]}",
            )  # fmt: skip
        record["seconds"] = time.perf_counter() - began
        conn.send(record)


class MathVerifyPool:
    """Worker processes running math-verify, one item each at a time, killed and replaced past ``timeout``."""

    def __init__(self, workers: int, timeout: float, memory_gb: float) -> None:
        self.context = mp.get_context("spawn")
        self.timeout = timeout
        self.memory_gb = memory_gb
        self.slots = [self._start() for _ in range(workers)]

    def _start(self) -> dict[str, Any]:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_mv_worker, args=(child, self.memory_gb), daemon=True)
        process.start()
        child.close()
        return {"process": process, "conn": parent, "job": None, "started": 0.0}

    def _restart(self, slot: dict[str, Any]) -> None:
        with contextlib.suppress(Exception):
            slot["process"].kill()
            slot["process"].join(5)
        slot.update(self._start())

    def run(self, jobs: list[tuple[str, str, str]], on_result: Callable[[dict[str, Any]], None]) -> None:
        queue = list(reversed(jobs))
        done = 0
        last_report = time.perf_counter()
        while queue or any(s["job"] for s in self.slots):
            for slot in self.slots:
                if slot["job"] is None and queue:
                    slot["job"] = queue.pop()
                    slot["started"] = time.perf_counter()
                    slot["conn"].send(slot["job"])
            busy = [s for s in self.slots if s["job"] is not None]
            now = time.perf_counter()
            wait_for = max(0.01, min(s["started"] + self.timeout - now for s in busy))
            ready = wait([s["conn"] for s in busy], timeout=wait_for)
            now = time.perf_counter()
            for slot in busy:
                key = slot["job"][0]
                if slot["conn"] in ready:
                    try:
                        record = slot["conn"].recv()
                    except (EOFError, OSError):
                        record = _failed(key, "crashed", now - slot["started"], "worker died")
                        self._restart(slot)
                    slot["job"] = None
                    on_result(record)
                    done += 1
                elif now - slot["started"] > self.timeout:
                    self._restart(slot)
                    slot["job"] = None
                    on_result(_failed(key, "killed", now - slot["started"], f"over {self.timeout:g} s"))
                    done += 1
            if time.perf_counter() - last_report > 15:
                print(f"  math-verify: {done}/{len(jobs)} …", file=sys.stderr, flush=True)
                last_report = time.perf_counter()

    def close(self) -> None:
        for slot in self.slots:
            with contextlib.suppress(Exception):
                slot["conn"].send(None)
        for slot in self.slots:
            slot["process"].join(2)
            if slot["process"].is_alive():
                slot["process"].kill()


def _failed(key: str, status: str, seconds: float, detail: str) -> dict[str, Any]:
    return {
        "key": key, "correct": False, "correct_wrapped": False, "status": status, "extracted": None,
        "seconds": seconds, "detail": detail,
    }  # fmt: skip


def load_cache(path: Path) -> dict[str, dict[str, Any]]:
    cache: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                record = json.loads(line)
                cache[record["key"]] = record
    return cache


def run_theirs(
    items: list[Item], cache_path: Path, workers: int, timeout: float, memory_gb: float
) -> tuple[list[Theirs], int]:
    """math-verify's verdicts from the cache, computing (and caching) the missing ones; how many were computed."""
    version = mathverify_version()
    cache = load_cache(cache_path)
    keys = [cache_key(i.gold, i.completion, version) for i in items]
    missing: dict[str, tuple[str, str, str]] = {}
    for key, item in zip(keys, items, strict=True):
        if key not in cache and key not in missing:
            missing[key] = (key, item.gold, item.completion)
    if missing:
        print(f"math-verify: {len(missing)} items not cached, computing …", file=sys.stderr, flush=True)
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        pool = MathVerifyPool(workers, timeout, memory_gb)
        with cache_path.open("a", encoding="utf-8") as sink:

            def store(record: dict[str, Any]) -> None:
                cache[record["key"]] = record
                sink.write(json.dumps(record) + "\n")
                sink.flush()

            try:
                pool.run(list(missing.values()), store)
            finally:
                pool.close()
    results = []
    for key in keys:
        r = cache[key]
        results.append(
            Theirs(r["correct"], r["correct_wrapped"], r["status"], r.get("extracted"), r["seconds"],
                   r.get("detail"))
        )  # fmt: skip
    return results, len(missing)


# -- features and classes -----------------------------------------------------------------------------------------


def gold_type(gold: str) -> str:
    """A coarse type of a gold answer, for grouping."""
    g = _canonical(gold)
    if re.search(r"\\begin\{[pbv]?matrix|\\begin\{array", g):
        return "matrix"
    if re.search(r"\\infty|\\cup", g) or (
        re.fullmatch(r"[\[(].*,.*[\])]", g) and g[0] + g[-1] in ("[)", "(]", "[]")
    ):
        return "interval"
    if re.search(r"\\le|\\ge|\\neq|[<>]|(?<![\\])=", g):
        return "relation"
    if re.search(r"\\text|\\mathrm|\\textbf|[A-Za-z]{4,}", re.sub(r"\\[A-Za-z]+", "", g)) or re.search(
        r"\\text\{[^}]*[A-Za-z]{2}", g
    ):
        return "text"
    if "," in g or "\\{" in g:
        return "tuple/set" if g[:1] in "([{\\" else "list"
    if re.fullmatch(r"-?(?:\d+\.?\d*|\.\d+)(?:\\%|%)?", g):
        return "number"
    stripped = re.sub(r"\\(?:[dt]?frac|sqrt|pi|cdot|times|circ|degree)|[\d\s{}()+\-*/^.\\]", "", g)
    if stripped == "":
        return "numeric-expr"
    return "symbolic"


def features(row: Row) -> dict[str, Any]:
    item, ours = row.item, row.ours
    tail = item.completion[-2000:]
    return {
        "gold_type": gold_type(item.gold),
        "truncated": item.truncated,
        "think": "</think>" in item.completion or "<|end_of_thought|>" in item.completion,
        "boxed": "\\boxed" in tail or "\\fbox" in tail,
        "long": len(item.completion) > 8000,
        "our_status": ours.status,
        "our_source": ours.source or "-",
    }


def _mark(value: bool | None) -> str:
    return "?" if value is None else ("✓" if value else "✗")


def pattern(row: Row) -> str:
    theirs = "-" if row.mv is None else _mark(row.mv)
    name = "mv$" if MV_VARIANT["wrapped"] else "mv"
    return f"ours{_mark(row.ours.correct)} {name}{theirs} label{_mark(row.item.label)}"


def is_disagreement(row: Row) -> bool:
    values = {row.ours.correct}
    if row.mv is not None:
        values.add(row.mv)
    if row.item.label is not None:
        values.add(row.item.label)
    return len(values) > 1


def class_of(row: Row) -> str:
    f = row.features
    parts = [pattern(row), f"ours:{f['our_status']}/{f['our_source']}", f"gold:{f['gold_type']}"]
    if f["truncated"]:
        parts.append("truncated")
    if row.item.part != "real":
        parts.insert(0, row.item.part + (":" + row.item.kind if row.item.kind else ""))
    return " | ".join(parts)


# -- tables -------------------------------------------------------------------------------------------------------


def _pct(numerator: int, denominator: int) -> str:
    return "—" if denominator == 0 else f"{100 * numerator / denominator:.1f}%"


def agreement_row(name: str, rows: list[Row], with_mv: bool) -> list[str]:
    labelled = [r for r in rows if r.item.label is not None]
    ours_ok = sum(r.ours.correct == r.item.label for r in labelled)
    ours_fp = sum(r.ours.correct and not r.item.label for r in labelled)
    ours_fn = sum((not r.ours.correct) and bool(r.item.label) for r in labelled)
    cells = [name, str(len(rows)), str(len(labelled)), _pct(ours_ok, len(labelled))]
    if with_mv:
        mv_ok = sum(r.theirs is not None and r.theirs.correct == r.item.label for r in labelled)
        mvw_ok = sum(r.theirs is not None and r.theirs.correct_wrapped == r.item.label for r in labelled)
        both = sum(r.mv is not None and r.mv == r.ours.correct for r in rows)
        mv_fp = sum(r.theirs is not None and r.theirs.correct and not r.item.label for r in labelled)
        mvw_fp = sum(r.theirs is not None and r.theirs.correct_wrapped and not r.item.label for r in labelled)
        cells += [_pct(mv_ok, len(labelled)), _pct(mvw_ok, len(labelled)), _pct(both, len(rows))]
        cells += [f"{ours_fp} / {mv_fp} / {mvw_fp}"]
    else:
        cells += [str(ours_fp)]
    statuses = Counter(r.ours.status for r in rows)
    cells += [str(ours_fn), str(statuses["no_answer"]), str(statuses["timeout"] + statuses["error"])]
    return cells


def markdown_table(headers: list[str], rows: Iterable[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def report(rows: list[Row], with_mv: bool, info: dict[str, Any]) -> str:
    out: list[str] = [f"# Differential run {info['date']}", ""]
    out.append(
        f"Code: {info['git']}; openrs-rewards {info['versions'].get('openrs-rewards')}, math-verify "
        f"{info['versions'].get('math-verify')}; {info['cpu']}, {info['cores']} cores. Our wall time "
        f"{info['ours_wall']:.1f} s for {len(rows)} items (truncated flag passed: {info['truncated_flag']}); "
        f"math-verify items computed this run: {info.get('mv_computed', 0)}; patterns use math-verify "
        f"{'with the gold wrapped in $…$ (mv$)' if MV_VARIANT['wrapped'] else 'default (mv)'}; gold field "
        f"{info.get('gold_field', 'gold')}."
    )
    out.append("")
    headers = ["group", "n", "labelled", "ours=label"]
    if with_mv:
        name = "mv$" if MV_VARIANT["wrapped"] else "mv"
        headers += ["mv=label", "mv$=label", f"ours={name}", "FP ours / mv / mv$"]
    else:
        headers += ["FP ours"]
    headers += ["FN ours", "ours no_answer", "ours timeout+error"]

    def section(title: str, key: Callable[[Row], str | None], total: str | None = None) -> None:
        groups: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            name = key(row)
            if name is not None:
                groups[name].append(row)
        if not groups:
            return
        table = [agreement_row(name, groups[name], with_mv) for name in sorted(groups)]
        if total:
            table.append(agreement_row(f"**{total}**", [r for g in groups.values() for r in g], with_mv))
        out.extend([f"## {title}", "", markdown_table(headers, table), ""])

    section(
        "Real completions, per file", lambda r: r.item.file if r.item.part == "real" else None, "all real"
    )
    section("Real completions, per benchmark", lambda r: r.item.benchmark if r.item.part == "real" else None)
    section("Real completions, per model", lambda r: r.item.model if r.item.part == "real" else None)
    section("Reference solutions (expected correct)", lambda r: r.item.file if r.item.part == "reference" else None,
            "all reference")  # fmt: skip
    section("Rewrites (label = the verdict each must get)", lambda r: r.item.file if r.item.part == "rewrite" else None,
            "all rewrites")  # fmt: skip
    section("Examples (no labels)", lambda r: r.item.file if r.item.part == "example" else None)
    section("Overall, per part", lambda r: r.item.part, "everything")

    patterns = Counter((r.item.part, pattern(r)) for r in rows if is_disagreement(r))
    out.extend(["## Disagreement patterns", ""])
    out.append(
        markdown_table(["part", "pattern", "count"], [[p, q, str(c)] for (p, q), c in patterns.most_common()])
    )
    out.append("")
    classes: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if is_disagreement(row):
            classes[class_of(row)].append(row)
    out.extend(["## Disagreement classes (automatic; top 60)", ""])
    table = []
    for name, members in sorted(classes.items(), key=lambda kv: -len(kv[1]))[:60]:
        table.append([name, str(len(members)), ", ".join(m.item.id for m in members[:3])])
    out.append(markdown_table(["class", "count", "examples"], table))
    out.append("")
    return "\n".join(out)


def dump_disagreements(rows: list[Row], path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as sink:
        for row in rows:
            if not is_disagreement(row):
                continue
            item, ours, theirs = row.item, row.ours, row.theirs
            record = {
                "id": item.id,
                "file": item.file,
                "part": item.part,
                "benchmark": item.benchmark,
                "class": class_of(row),
                "pattern": pattern(row),
                "gold": item.gold,
                "label": item.label,
                "truncated": item.truncated,
                "ours": {
                    "correct": ours.correct,
                    "status": ours.status,
                    "predicted": ours.predicted,
                    "source": ours.source,
                    "method": ours.method,
                    "seconds": round(ours.seconds, 4),
                    "detail": ours.detail,
                },
                "mv": None
                if theirs is None
                else {
                    "correct": theirs.correct,
                    "correct_wrapped": theirs.correct_wrapped,
                    "status": theirs.status,
                    "extracted": theirs.extracted,
                    "detail": theirs.detail,
                },
                "features": row.features,
                "tail": item.completion[-300:],
            }
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


# -- main ---------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--files", help="glob on the real-completion file names (e.g. '*math500*')")
    parser.add_argument("--limit", type=int, help="at most N items per file / benchmark (the first ones)")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"comma-separated parts of {PARTS}")
    parser.add_argument("--no-mathverify", action="store_true", help="ours vs labels only (fast)")
    parser.add_argument("--seed", type=int, default=9, help="seed of the rewrite generator")
    parser.add_argument("--rewrites-per-gold", type=int, default=2, help="rewrites drawn per benchmark gold")
    parser.add_argument("--max-rewrites", type=int, default=2500, help="cap on the number of rewrites")
    parser.add_argument("--timeout", type=float, default=1.0, help="our per-item deadline (s)")
    parser.add_argument("--workers", type=int, help="our worker processes (default: the library's)")
    parser.add_argument("--mv-workers", type=int, default=2, help="math-verify worker processes")
    parser.add_argument(
        "--mv-timeout", type=float, default=30.0, help="wall seconds before a math-verify item is killed"
    )
    parser.add_argument(
        "--mv-memory-gb", type=float, default=4.0, help="address-space cap of a math-verify worker"
    )
    parser.add_argument(
        "--mv-variant",
        choices=("default", "wrapped"),
        default="default",
        help="which math-verify verdict the patterns, classes and ours=mv use: verify(parse(gold), ...) "
        "(default) or with a bare gold wrapped in $...$ (wrapped); the tables show both",
    )
    parser.add_argument(
        "--gold-field",
        choices=("gold", "gold_canonical"),
        default="gold",
        help="real completions: the gold the original grader used (gold) or the cleaner reference when the record "
        "has one (gold_canonical)",
    )
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="math-verify verdict cache (JSONL)")
    parser.add_argument("--dump", type=Path, default=DEFAULT_DUMP, help="where the disagreements go (JSONL)")
    parser.add_argument("--out", type=Path, help="also write the markdown report here")
    parser.add_argument("--json", type=Path, help="write every item's verdicts here (JSONL)")
    args = parser.parse_args(argv)
    MV_VARIANT["wrapped"] = args.mv_variant == "wrapped"

    parts = set(args.parts.split(","))
    unknown = parts - set(PARTS)
    if unknown:
        parser.error(f"unknown parts {sorted(unknown)}; choose from {PARTS}")
    items: list[Item] = []
    if "real" in parts:
        items += load_real(args.files, args.limit, args.gold_field)
    if "reference" in parts:
        items += load_references(args.limit)
    if "example" in parts:
        items += load_examples(args.limit)
    if "rewrite" in parts:
        golds = load_golds()
        if args.limit:
            per_benchmark: dict[str, int] = Counter()
            kept = []
            for gold in golds:
                per_benchmark[gold[0]] += 1
                if per_benchmark[gold[0]] <= args.limit:
                    kept.append(gold)
            golds = kept
        items += make_rewrites(golds, args.seed, args.rewrites_per_gold, args.max_rewrites)
    print(f"corpus: {len(items)} items {dict(Counter(i.part for i in items))}", file=sys.stderr, flush=True)

    info = machine()  # bench_verify's: date, CPU, cores, memory, load, versions, git
    info["gold_field"] = args.gold_field
    ours, wall, flagged = run_ours(items, args.timeout, args.workers)
    info["ours_wall"] = wall
    info["truncated_flag"] = flagged
    print(f"ours: {wall:.1f} s", file=sys.stderr, flush=True)
    errors = Counter(o.detail for o in ours if o.status == "error")
    if errors:
        detail, count = errors.most_common(1)[0]
        print(
            f"warning: {sum(errors.values())} of our verdicts are errors, e.g. {count}x {detail}",
            file=sys.stderr,
        )
    theirs: list[Theirs | None] = [None] * len(items)
    with_mv = not args.no_mathverify
    if with_mv:
        computed, info["mv_computed"] = run_theirs(
            items, args.cache, args.mv_workers, args.mv_timeout, args.mv_memory_gb
        )
        theirs = list(computed)
    rows = [Row(item, o, t) for item, o, t in zip(items, ours, theirs, strict=True)]
    for row in rows:
        row.features = features(row)
    text = report(rows, with_mv, info)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    count = dump_disagreements(rows, args.dump)
    print(f"{count} disagreements written to {args.dump}", file=sys.stderr)
    if args.json:
        with args.json.open("w", encoding="utf-8") as sink:
            for row in rows:
                sink.write(
                    json.dumps(
                        {"id": row.item.id, "file": row.item.file, "label": row.item.label,
                         "truncated": row.item.truncated, "ours": vars(row.ours),
                         "mv": None if row.theirs is None else vars(row.theirs)},
                        ensure_ascii=False,
                    ) + "\n"
                )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
