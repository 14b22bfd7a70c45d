"""A rerunnable mutation check over the verifier's and the rewards' decision points.

Each mutation is one textual change to one source file (flip a comparison, loosen a tolerance, drop a key from a
cache, stop reading a flag). For each, this script copies ``src/``, ``tests/``, ``examples/`` and ``pyproject.toml`` to
a temporary folder, applies the change **to the copy only** (the working tree is never written), and runs a fixed
subset of fast tests there with ``PYTHONPATH`` pointing at the copy's ``src``. A mutation is *killed* when a test
fails (or the copy no longer imports, or the run times out) and *survives* when every test passes. The score is
killed / applied.

Tests that already fail on the unchanged copy (the baseline) are deselected for every mutation, and listed, so that
they cannot count as kills. A mutation whose target text is no longer in its file (the source moved on) is reported
as ``target not found`` and left out of the score: update its ``old`` text.

Usage::

    .venv/bin/python benchmarks/mutation_check.py                  # every mutation (about 15-25 min on 2 cores)
    .venv/bin/python benchmarks/mutation_check.py --list           # the mutations, and whether each target exists
    .venv/bin/python benchmarks/mutation_check.py --only cascade-cache-ignores-math-verify numeric-percent-off
    .venv/bin/python benchmarks/mutation_check.py --json mutation.json

Exit status: 0 when every applied mutation is killed, 1 when some survive, 2 when the baseline cannot run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path("src") / "openrs_rewards"
COPIED = ("src", "tests", "examples", "pyproject.toml")

#: The tests each mutation runs: the fast unit and property tests of the verifier and the rewards, quickest first
#: (``-x`` stops at the first failure, so a killed mutation costs only the tests up to its killer). Left out: the
#: worker-pool tests (tests/test_guard.py, process timing, not decisions), the real-model runs, lint, and the plugin
#: example (it builds a virtual environment).
TESTS = (
    "tests/test_numeric.py",
    "tests/test_normalize.py",
    "tests/test_expr.py",
    "tests/test_verdict.py",
    "tests/test_rewards_base.py",
    "tests/test_rewards_accuracy.py",
    "tests/test_rewards_length.py",
    "tests/test_rewards_format.py",
    "tests/test_rewards_repetition.py",
    "tests/test_rewards_language.py",
    "tests/test_rewards_compose.py",
    "tests/test_rewards_properties.py",
    "tests/test_extract.py",
    "tests/test_extract_forms.py",
    "tests/test_false_positives.py",
    "tests/test_equivalence_categories.py",
    "tests/test_api.py",
    "tests/test_api_properties.py",
    "tests/test_expr_properties.py",
    "tests/test_score_cli.py",
    "tests/test_examples_data.py",
    "tests/test_equivalence.py",
    "tests/test_benchmark_golds.py",
)


@dataclass(frozen=True)
class Mutation:
    """Replace ``old`` by ``new`` in ``path`` (relative to src/openrs_rewards); ``old`` must occur exactly once."""

    id: str
    path: str
    old: str
    new: str
    what: str


MUTATIONS: tuple[Mutation, ...] = (
    # -- numbers and percent --------------------------------------------------------------------------------------
    Mutation(
        "numeric-percent-off",
        "verifiers/numeric.py",
        'if text.endswith("\\\\%"):\n        percent = True',
        "if False:\n        percent = True",
        "percent handling ignores \\%: `50\\%` is no longer read as a number carrying a percent mark",
    ),
    Mutation(
        "numeric-percent-not-scaled",
        "verifiers/numeric.py",
        "    if a.percent and not b.percent:\n        return a.value / 100 == b.value",
        "    if a.percent and not b.percent:\n        return a.value == b.value",
        "a predicted `50\\%` no longer equals the gold `0.5` (only 50)",
    ),
    Mutation(
        "numeric-rounding-whole-quantum",
        "verifiers/numeric.py",
        "    return abs(exact_value - rounded_value) * 2 <= quantum",
        "    return abs(exact_value - rounded_value) <= quantum",
        "a decimal literal matches anything within a whole unit of its last digit, not half",
    ),
    Mutation(
        "numeric-rounding-any-digits",
        "verifiers/numeric.py",
        "MIN_ROUNDED_GOLD_DIGITS = 3",
        "MIN_ROUNDED_GOLD_DIGITS = 1",
        "a one-digit rounded gold (`3`) accepts any value that rounds to it (`3.4`)",
    ),
    Mutation(
        "numeric-equal-flipped",
        "verifiers/numeric.py",
        "    if a.value == b.value:\n        return True",
        "    if a.value != b.value:\n        return True",
        "exact number equality flipped",
    ),
    # -- the symbolic stage ---------------------------------------------------------------------------------------
    Mutation(
        "symbolic-tolerance-1e-9",
        "verifiers/symbolic.py",
        "RELATIVE_TOLERANCE = 1e-12",
        "RELATIVE_TOLERANCE = 1e-9",
        "the symbolic stage's relative tolerance loosened from 1e-12 to 1e-9",
    ),
    Mutation(
        "symbolic-infinite-equal",
        "verifiers/symbolic.py",
        "        if not (value_a.is_finite and value_b.is_finite):\n            return False",
        "        if not (value_a.is_finite and value_b.is_finite):\n            return True",
        "two constants of which one is infinite compare equal",
    ),
    Mutation(
        "expr-equal-tolerance-1e-6",
        "verifiers/expr.py",
        "RELATIVE_EQUAL_TOLERANCE = 1e-30",
        "RELATIVE_EQUAL_TOLERANCE = 1e-6",
        "the expression parser calls values within 1e-6 of each other equal at a point",
    ),
    # -- the cascade ----------------------------------------------------------------------------------------------
    Mutation(
        "cascade-cache-ignores-math-verify",
        "verifiers/cascade.py",
        "    key = (predicted_raw, pending.gold.text, options.use_math_verify)",
        "    key = (predicted_raw, pending.gold.text, True)",
        "the worker-decision cache key drops use_math_verify",
    ),
    Mutation(
        "cascade-trusts-unparsed-gold",
        "verifiers/cascade.py",
        'known to parse (see the module docstring)."""\n    return (',
        'known to parse (see the module docstring)."""\n    return False and (',
        "a textual match is trusted before the gold is known to parse (an unparseable gold repeated verbatim is "
        "`correct`, not `invalid_gold`)",
    ),
    Mutation(
        "cascade-bool-gold-accepted",
        "verifiers/cascade.py",
        "    if isinstance(gold, bool) or gold is None:",
        "    if gold is None:",
        "a boolean gold is written out as a number instead of being refused",
    ),
    Mutation(
        "cascade-timeouts-cached",
        "verifiers/cascade.py",
        "        else:\n            found = (result.status, None, result.detail)\n",
        "        else:\n            found = (result.status, None, result.detail)\n            _remember(key, found)\n",
        "a timeout is cached, so a later call never retries the item",
    ),
    # -- the fast stage -------------------------------------------------------------------------------------------
    Mutation(
        "fast-choice-any-letter",
        "verifiers/fast.py",
        '        return Decision(letter == gold.choice, "choice", text)',
        '        return Decision(letter is not None, "choice", text)',
        "any choice letter is correct against a multiple-choice gold",
    ),
    Mutation(
        "fast-words-any-case-any-word",
        "verifiers/fast.py",
        "    if _is_word(predicted) and _is_word(gold) and predicted.lower() == gold.lower():",
        "    if _is_word(predicted) and _is_word(gold):",
        "any two words are equal",
    ),
    Mutation(
        "fast-overlong-correct",
        "verifiers/fast.py",
        '        return Decision(predicted.strip() == gold.text, "string", predicted.strip())',
        '        return Decision(True, "string", predicted.strip())',
        "a prediction over the length cap is correct",
    ),
    Mutation(
        "fast-number-compare-flipped",
        "verifiers/fast.py",
        '            return Decision(numbers_match(number, gold.number), "numeric", text)',
        '            return Decision(not numbers_match(number, gold.number), "numeric", text)',
        "the plain-number comparison against a number gold is flipped",
    ),
    # -- extraction -----------------------------------------------------------------------------------------------
    Mutation(
        "extract-truncation-ignored",
        "verifiers/extract.py",
        "    cut = truncated is True or looping",
        "    cut = looping",
        "the truncation check is off: a truncated completion is read like a finished one",
    ),
    Mutation(
        "extract-loop-detection-off",
        "verifiers/extract.py",
        "    looping = truncated is None and repeats_at_end(final)",
        "    looping = False",
        "a completion that ends in a loop is read like a finished one",
    ),
    Mutation(
        "extract-strict-region-reads-unclosed",
        "verifiers/extract.py",
        '    if unclosed and (config.unclosed_think == "no_answer" or config.answer_region == "after_reasoning"):',
        '    if unclosed and config.unclosed_think == "no_answer":',
        "answer_region='after_reasoning' reads an answer inside never-closed reasoning",
    ),
    Mutation(
        "extract-fallback-always",
        "verifiers/extract.py",
        '    if close_end != -1 and config.answer_region == "reasoning_fallback":',
        "    if close_end != -1:",
        "answer_region='after_reasoning' still falls back to the reasoning",
    ),
    Mutation(
        "extract-last-number-always",
        "verifiers/extract.py",
        "        last_number=config.last_number_fallback,",
        "        last_number=True,",
        "last_number_fallback=False is ignored: a trailing number counts as the answer",
    ),
    Mutation(
        "options-reward-last-number",
        "verifiers/options.py",
        "REWARD_OPTIONS = VerifyOptions(last_number_fallback=False)",
        "REWARD_OPTIONS = VerifyOptions()",
        "the rewards' options read trailing numbers (a reward pays for ending on a number)",
    ),
    Mutation(
        "text-first-think-close",
        "verifiers/text.py",
        "        at = text.rfind(tag)\n        if at != -1:\n            end = max(end, at + len(tag))",
        "        at = text.find(tag)\n        if at != -1:\n            end = max(end, at + len(tag))",
        "the reasoning ends at the first closing think tag, not the last",
    ),
    Mutation(
        "normalize-thousands-kept",
        "verifiers/normalize.py",
        '    if _THOUSANDS_RE.fullmatch(text):\n        text = text.replace(",", "")',
        '    if False:\n        text = text.replace(",", "")',
        "thousands separators are kept (`1,000` is a list, not 1000)",
    ),
    Mutation(
        "normalize-dfrac-kept",
        "verifiers/normalize.py",
        '    "\\\\dfrac": "\\\\frac",\n',
        "",
        "`\\dfrac` is no longer rewritten to `\\frac`",
    ),
    # -- the rewards ----------------------------------------------------------------------------------------------
    Mutation(
        "accuracy-pays-no-answer",
        "rewards/accuracy.py",
        "                rewards.append(1.0 if outcome.correct else 0.0)",
        '                rewards.append(1.0 if outcome.correct or outcome.status == "no_answer" else 0.0)',
        "the accuracy reward pays for no_answer",
    ),
    Mutation(
        "accuracy-invalid-gold-scored",
        "rewards/accuracy.py",
        '            elif outcome.status in ("invalid_gold", "error"):',
        '            elif outcome.status in ("error",):',
        "an invalid gold gives 0.0 instead of skipping the sample",
    ),
    Mutation(
        "accuracy-cache-ignores-truncation",
        "rewards/accuracy.py",
        "    return (verifier, options, gold, text, truncated)",
        "    return (verifier, options, gold, text)",
        "the verdict cache key drops the truncation flag",
    ),
    Mutation(
        "accuracy-cache-ignores-options",
        "rewards/accuracy.py",
        "    return (verifier, options, gold, text, truncated)",
        "    return (verifier, gold, text, truncated)",
        "the verdict cache key drops the verifier options",
    ),
    Mutation(
        "accuracy-finish-reason-misread",
        "rewards/accuracy.py",
        '[None if value is None else value == "length" for value in values]',
        '[None if value is None else value == "stop" for value in values]',
        "finish_reason 'length' is not read as truncated",
    ),
    Mutation(
        "accuracy-length-limit-off-by-one",
        "rewards/accuracy.py",
        "            return [None if ids is None else len(ids) >= limit for ids in completion_ids]",
        "            return [None if ids is None else len(ids) > limit for ids in completion_ids]",
        "a completion of exactly max_completion_length tokens is not counted as truncated",
    ),
    Mutation(
        "accuracy-drops-last-number-option",
        "rewards/accuracy.py",
        "            last_number_fallback=self.last_number_fallback,\n        )",
        "        )",
        "the reward's last_number_fallback never reaches the verifier",
    ),
    Mutation(
        "accuracy-closed-think-inverted",
        "rewards/accuracy.py",
        "        return [i for i, text in enumerate(texts) if reasoning_end(text) != -1]",
        "        return [i for i, text in enumerate(texts) if reasoning_end(text) == -1]",
        "require_closed_think verifies only the completions that never close </think>",
    ),
    Mutation(
        "cosine-unclamped",
        "rewards/length.py",
        "            progress = min(progress, 1.0)",
        "            progress = progress",
        "the fixed cosine reward is no longer clamped at max_len",
    ),
    Mutation(
        "cosine-compat-invalid-gold-none",
        "rewards/length.py",
        "                rewards.append(1.0 if self.open_rs_compat else None)",
        "                rewards.append(None)",
        "open_rs_compat no longer gives an unparseable gold 1.0 (the Open-RS quirk)",
    ),
    Mutation(
        "kimi-pays-short-wrong",
        "rewards/length.py",
        "                rewards.append(lam if verdict.correct else min(0.0, lam))",
        "                rewards.append(lam)",
        "Kimi's length reward pays a short wrong answer",
    ),
    Mutation(
        "overlong-slope",
        "rewards/length.py",
        "        return (start - length) / self.cache_len",
        "        return (start - length) / self.max_len",
        "the soft overlong punishment's slope uses max_len instead of cache_len",
    ),
    Mutation(
        "repetition-denominator",
        "rewards/repetition.py",
        "        repeated = 1.0 - unique / total",
        "        repeated = 1.0 - unique / (total + 1)",
        "the repetition share counts one n-gram too many",
    ),
    Mutation(
        "gated-strict-threshold",
        "rewards/compose.py",
        "        opened = [g is not None and g >= self.threshold for g in gates]",
        "        opened = [g is not None and g > self.threshold for g in gates]",
        "a gate exactly at its threshold stays closed",
    ),
    Mutation(
        "format-empty-reasoning-allowed",
        "rewards/format.py",
        "        if not self.allow_empty_reasoning and not reasoning.strip():",
        "        if False:",
        "empty reasoning passes the format reward",
    ),
)


@dataclass
class Outcome:
    id: str
    result: str  # "killed", "survived", "target not found", "target ambiguous"
    detail: str
    seconds: float


def _copy_tree(destination: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", "*.egg-info", "build")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, destination / name)


def _environment(copy: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["PYTHONPATH"] = str(copy / "src")
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # a restored file must never be shadowed by the mutant's bytecode
    return env


def _pytest(
    copy: Path, tests: Sequence[str], deselect: Sequence[str], *, stop_early: bool, timeout: float
) -> tuple[int | None, str, float]:
    command = [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider", "--hypothesis-seed=0"]
    command += ["-x"] if stop_early else []
    for node in deselect:
        command += ["--deselect", node]
    command += list(tests)
    started = time.perf_counter()
    try:
        result = subprocess.run(
            command, cwd=copy, env=_environment(copy), capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout if isinstance(expired.stdout, str) else ""
        return None, output, time.perf_counter() - started
    return result.returncode, result.stdout + result.stderr, time.perf_counter() - started


_FAILED = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)


def _failures(output: str) -> list[str]:
    return [node for node in _FAILED.findall(output)]


def _locate(mutation: Mutation, source: str) -> str | None:
    """Why the mutation cannot be applied, or None when its target occurs exactly once."""
    count = source.count(mutation.old)
    if count == 0:
        return "target not found"
    if count > 1:
        return "target ambiguous"
    return None


def _check_import(copy: Path) -> None:
    code = "import openrs_rewards, sys; sys.stdout.write(openrs_rewards.__file__)"
    found = subprocess.run(
        [sys.executable, "-c", code],
        cwd=copy,
        env=_environment(copy),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if not Path(found).resolve().is_relative_to(copy.resolve()):
        raise SystemExit(f"the copy's package is not the one imported ({found}); refusing to run")


def run(mutations: Sequence[Mutation], tests: Sequence[str], keep: bool) -> tuple[list[Outcome], list[str]]:
    work = Path(tempfile.mkdtemp(prefix="openrs-mutation-"))
    try:
        _copy_tree(work)
        _check_import(work)
        print(f"copy: {work}; baseline run of {len(tests)} test files ...", flush=True)
        code, output, seconds = _pytest(work, tests, (), stop_early=False, timeout=3600)
        if code not in (0, 1):
            print(output[-4000:])
            raise SystemExit(2)
        baseline = _failures(output)
        print(f"baseline: {seconds:.0f} s, {len(baseline)} failing test(s) deselected", flush=True)
        for node in baseline:
            print(f"  baseline failure: {node}")
        limit = max(120.0, 3 * seconds)
        outcomes: list[Outcome] = []
        for mutation in mutations:
            target = work / PACKAGE / mutation.path
            original = target.read_text(encoding="utf-8") if target.exists() else ""
            problem = _locate(mutation, original) if target.exists() else "target not found"
            if problem is not None:
                outcomes.append(Outcome(mutation.id, problem, f"{mutation.path}: {mutation.old[:60]!r}", 0.0))
                print(f"{mutation.id:40s} {problem.upper()} in {mutation.path}", flush=True)
                continue
            target.write_text(original.replace(mutation.old, mutation.new, 1), encoding="utf-8")
            try:
                code, output, seconds = _pytest(work, tests, baseline, stop_early=True, timeout=limit)
            finally:
                target.write_text(original, encoding="utf-8")
            if code is None:
                outcome = Outcome(mutation.id, "killed", f"timed out after {limit:.0f} s", seconds)
            elif code == 0:
                outcome = Outcome(mutation.id, "survived", "every selected test passed", seconds)
            elif code == 1:
                failed = _failures(output)
                outcome = Outcome(mutation.id, "killed", failed[0] if failed else "a test failed", seconds)
            else:  # 2-4: the copy did not import or collect; 5: nothing ran
                tail = output.strip().splitlines()[-1:] or [""]
                result = "killed" if code in (2, 3, 4) else "error"
                outcome = Outcome(mutation.id, result, f"pytest exit {code}: {tail[0][:120]}", seconds)
            outcomes.append(outcome)
            print(
                f"{mutation.id:40s} {outcome.result.upper():9s} {seconds:5.0f} s  {outcome.detail}",
                flush=True,
            )
        return outcomes, baseline
    finally:
        if keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "src", "tests"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+ (working tree)" if dirty else "")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--list", action="store_true", help="list the mutations and whether each target exists"
    )
    parser.add_argument("--only", nargs="+", metavar="ID", help="run only these mutations")
    parser.add_argument(
        "--tests", nargs="+", metavar="PATH", help=f"test files to run (default: {len(TESTS)})"
    )
    parser.add_argument("--json", type=Path, help="also write the outcomes here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy")
    args = parser.parse_args(argv)

    mutations = list(MUTATIONS)
    if args.only:
        known = {m.id for m in MUTATIONS}
        unknown = sorted(set(args.only) - known)
        if unknown:
            parser.error(f"unknown mutation(s) {', '.join(unknown)}; see --list")
        mutations = [m for m in MUTATIONS if m.id in args.only]
    if args.list:
        for mutation in mutations:
            path = ROOT / PACKAGE / mutation.path
            state = (
                _locate(mutation, path.read_text(encoding="utf-8")) if path.exists() else "target not found"
            )
            print(f"{mutation.id:40s} {mutation.path:24s} {state or 'ok':18s} {mutation.what}")
        return 0

    commit = _commit()
    started = time.perf_counter()
    outcomes, baseline = run(mutations, args.tests or TESTS, args.keep)
    applied = [o for o in outcomes if o.result in ("killed", "survived")]
    killed = [o for o in applied if o.result == "killed"]
    survivors = [o for o in applied if o.result == "survived"]
    skipped = [o for o in outcomes if o not in applied]
    score = f"{len(killed)}/{len(applied)}" + (
        f" ({100 * len(killed) / len(applied):.0f}%)" if applied else ""
    )
    print(f"\nmutation score {score} at {commit}, {time.perf_counter() - started:.0f} s")
    for outcome in survivors:
        what = next(m.what for m in MUTATIONS if m.id == outcome.id)
        print(f"  survived: {outcome.id}: {what}")
    for outcome in skipped:
        print(f"  not applied: {outcome.id}: {outcome.result} ({outcome.detail})")
    if args.json:
        document = {
            "commit": commit,
            "score": score,
            "baseline_failures": baseline,
            "tests": list(args.tests or TESTS),
            "outcomes": [asdict(o) for o in outcomes],
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main())
