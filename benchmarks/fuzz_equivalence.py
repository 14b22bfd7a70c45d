"""Differential fuzzing of the equivalence stage: seeded (gold, prediction) pairs whose truth is known by construction.

Two families of pairs, both from ``random.Random(--seed)`` so a run is reproducible:

- ``expr``: random expression trees over integers, fractions, roots, powers, pi, e, i, trig / log / exp and
  variables, rendered to LaTeX in several spellings (``\\frac`` / ``\\dfrac`` / ``a/b``, ``\\left( \\right)``,
  implicit multiplication, ``\\cdot`` / ``\\times``, spaces, decimals for terminating fractions); EQUAL pairs are
  two spellings of one tree or of a sympy rewrite of it (expand / factor / together), NEAR-MISS pairs change one thing
  (a constant off by one, a flipped sign, a changed exponent, a dropped term, another variable). The truth of every
  pair is checked with sympy at random points here, so a mislabelled pair is dropped, not counted.
- ``struct``: templates for what public graders test: sets vs tuples, intervals and unions, inequalities, equations
  with sides swapped, matrices, complex numbers, degrees, percent, units, scientific notation, thousands
  separators, repeating decimals, mixed numbers, words, choice letters, infinity, empty set, functions, plus-minus,
  rounded decimals; each with equal rewrites and near misses. Kinds named ``policy:`` follow this project's
  documented conventions where graders differ (degrees are never converted to radians; ``\\log`` without a base is
  base 10, as latex2sympy reads it).
- ``hard``: near misses built to fool a tolerance or a random-point test (a big integer off by one, ``2^{67}+1``,
  ``1+10^{-12}``, a last decimal digit, ``\\sin`` for ``\\cos``, ``(x+n)^2`` against ``x^2+n^2``) and exact rewrites.

Every pair is verified twice by ``openrs_rewards.verify_batch``: bare (``\\boxed{pred}``) and in RL form (a think
block, a sentence, the box). math-verify 0.9 runs on the bare pair (``verify(parse("$"+gold+"$"),
parse("$"+pred+"$"))``) in a process pool with a per-item timeout. Output: accuracy / false positives / false
negatives per side and per kind, and the pairs we get wrong (``--dump``). Run by hand (not a test)::

    .venv/bin/python benchmarks/fuzz_equivalence.py --count 1500 --dump /tmp/fuzz_errors.jsonl
    .venv/bin/python benchmarks/fuzz_equivalence.py --no-mathverify --count 4000
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing as mp
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import sympy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


@dataclass(frozen=True)
class Pair:
    gold: str
    pred: str
    equal: bool
    kind: str


# --- expression trees ------------------------------------------------------------------------------------------------

# A node is a tuple: ("int", n) ("frac", p, q) ("sqrt", node) ("pow", base, exponent) ("add", [nodes])
# ("mul", [nodes]) ("neg", node) ("const", "pi"|"e"|"i") ("var", name) ("fn", name, node).
Node = tuple
FUNCTIONS = ("sin", "cos", "tan", "ln", "exp", "log")
VARIABLES = ("x", "y", "t", "a")


def random_tree(rng: random.Random, depth: int, variables: tuple[str, ...]) -> Node:
    if depth <= 0 or rng.random() < 0.25:
        roll = rng.random()
        if roll < 0.4:
            return ("int", rng.randint(1, 12))
        if roll < 0.55:
            q = rng.randint(2, 9)
            p = rng.randint(1, 11)
            if Fraction(p, q).denominator == 1:
                p += 1
            return ("frac", p, q) if Fraction(p, q).denominator != 1 else ("int", p)
        if roll < 0.7 and variables:
            return ("var", rng.choice(variables))
        if roll < 0.8:
            return ("const", rng.choice(("pi", "e", "i")))
        return ("sqrt", ("int", rng.choice((2, 3, 5, 6, 7, 10))))
    roll = rng.random()
    if roll < 0.35:
        return ("add", [random_tree(rng, depth - 1, variables) for _ in range(rng.randint(2, 3))])
    if roll < 0.6:
        return ("mul", [random_tree(rng, depth - 1, variables) for _ in range(2)])
    if roll < 0.7:
        return ("pow", random_tree(rng, depth - 1, variables), ("int", rng.randint(2, 3)))
    if roll < 0.78:
        return ("neg", random_tree(rng, depth - 1, variables))
    if roll < 0.86:
        return ("sqrt", random_tree(rng, depth - 1, variables))
    if roll < 0.93:
        return ("div", random_tree(rng, depth - 1, variables), random_tree(rng, depth - 1, variables))
    return ("fn", rng.choice(FUNCTIONS), random_tree(rng, depth - 1, variables))


def to_sympy(node: Node) -> sympy.Expr:
    tag = node[0]
    if tag == "int":
        return sympy.Integer(node[1])
    if tag == "frac":
        return sympy.Rational(node[1], node[2])
    if tag == "sqrt":
        return sympy.sqrt(to_sympy(node[1]))
    if tag == "pow":
        return to_sympy(node[1]) ** to_sympy(node[2])
    if tag == "add":
        return sympy.Add(*[to_sympy(child) for child in node[1]])
    if tag == "mul":
        return sympy.Mul(*[to_sympy(child) for child in node[1]])
    if tag == "div":
        return to_sympy(node[1]) / to_sympy(node[2])
    if tag == "neg":
        return -to_sympy(node[1])
    if tag == "const":
        return {"pi": sympy.pi, "e": sympy.E, "i": sympy.I}[node[1]]
    if tag == "var":
        return sympy.Symbol(node[1])
    name, arg = node[1], to_sympy(node[2])
    return {
        "sin": sympy.sin,
        "cos": sympy.cos,
        "tan": sympy.tan,
        "ln": sympy.log,
        "log": sympy.log,
        "exp": sympy.exp,
    }[name](arg)


@dataclass(frozen=True)
class Style:
    frac: str  # "frac" | "dfrac" | "slash"
    left_right: bool
    times: str  # "implicit" | "cdot" | "times" | "*"
    spaces: bool
    exp_as_power: bool  # exp(x) as e^{x}
    decimals: bool  # terminating fractions written as decimals


def random_style(rng: random.Random) -> Style:
    return Style(
        frac=rng.choice(("frac", "dfrac", "slash")),
        left_right=rng.random() < 0.3,
        times=rng.choice(("implicit", "cdot", "times", "*")),
        spaces=rng.random() < 0.4,
        exp_as_power=rng.random() < 0.5,
        decimals=rng.random() < 0.3,
    )


def _paren(text: str, style: Style) -> str:
    return f"\\left({text}\\right)" if style.left_right else f"({text})"


def _is_atom(node: Node) -> bool:
    return node[0] in ("int", "var", "const", "sqrt") or (node[0] == "fn" and node[1] != "exp")


def render(node: Node, style: Style) -> str:
    tag = node[0]
    sp = " " if style.spaces else ""
    if tag == "int":
        return str(node[1])
    if tag == "frac":
        p, q = node[1], node[2]
        if style.decimals and _terminates(q):
            return _decimal(Fraction(p, q))
        if style.frac == "slash":
            return f"{p}/{q}"
        return f"\\{style.frac}{{{p}}}{{{q}}}"
    if tag == "sqrt":
        return f"\\sqrt{{{render(node[1], style)}}}"
    if tag == "pow":
        base = render(node[1], style)
        if not _is_atom(node[1]) or base.startswith("-") or node[1][0] == "sqrt":
            base = _paren(base, style)
        return f"{base}^{{{render(node[2], style)}}}"
    if tag == "add":
        out = render(node[1][0], style)
        for child in node[1][1:]:
            text = render(child, style)
            if text.startswith("-"):
                out += (
                    f"{sp}-{sp}{text[1:]}"
                    if child[0] == "neg" and _is_atom(child[1])
                    else f"{sp}+{sp}{_paren(text, style)}"
                )
            else:
                out += f"{sp}+{sp}{text}"
        return out
    if tag == "mul":
        parts = []
        for child in node[1]:
            text = render(child, style)
            if (
                child[0] in ("add", "neg", "div")
                or (child[0] == "frac" and style.frac == "slash")
                or text.startswith("-")
            ):
                text = _paren(text, style)
            parts.append(text)
        joiner = {
            "implicit": " " if style.spaces else "",
            "cdot": " \\cdot ",
            "times": " \\times ",
            "*": "*",
        }[style.times]
        if joiner.strip() == "" or joiner == "":
            # implicit multiplication needs a separator between two digits and before a letter-led macro
            out = parts[0]
            for part in parts[1:]:
                if out[-1].isdigit() and (
                    part[0].isdigit() or part[0] == "." or part.startswith(("\\frac", "\\dfrac"))
                ):
                    # a digit before a fraction is a mixed number (2\\frac{1}{2}), not a product
                    out += " \\cdot " + part
                elif out[-1].isalpha() and part[0].isalpha():
                    out += " " + part
                else:
                    out += joiner + part
            return out
        return joiner.join(parts)
    if tag == "div":
        top, bottom = render(node[1], style), render(node[2], style)
        if style.frac == "slash":
            return f"{_paren(top, style)}/{_paren(bottom, style)}"
        return f"\\{style.frac}{{{top}}}{{{bottom}}}"
    if tag == "neg":
        text = render(node[1], style)
        if not _is_atom(node[1]) and node[1][0] not in ("frac",):
            text = _paren(text, style)
        return "-" + text
    if tag == "const":
        return {"pi": "\\pi", "e": "e", "i": "i"}[node[1]]
    if tag == "var":
        return node[1]
    name, arg = node[1], render(node[2], style)
    if name == "exp":
        return f"e^{{{arg}}}" if style.exp_as_power else f"\\exp{_paren(arg, style)}"
    macro = "\\ln" if name == "ln" else f"\\{name}"
    if name == "log":
        macro = "\\ln"
    return f"{macro}{_paren(arg, style)}"


def _terminates(q: int) -> bool:
    while q % 2 == 0:
        q //= 2
    while q % 5 == 0:
        q //= 5
    return q == 1


def _decimal(value: Fraction) -> str:
    text = f"{float(value):.10f}".rstrip("0").rstrip(".")
    return text


def mutate(rng: random.Random, node: Node) -> Node:
    """A near miss: one local change somewhere in the tree."""
    nodes: list[tuple[Node, Callable[[Node], Node]]] = []

    def walk(current: Node, rebuild: Callable[[Node], Node]) -> None:
        nodes.append((current, rebuild))
        tag = current[0]
        if tag in ("add", "mul"):
            for index, child in enumerate(current[1]):

                def make(new: Node, index: int = index, current: Node = current) -> Node:
                    children = list(current[1])
                    children[index] = new
                    return rebuild((current[0], children))

                walk(child, make)
        elif tag in ("sqrt", "neg"):
            walk(current[1], lambda new, current=current: rebuild((current[0], new)))
        elif tag == "pow" or tag == "div":
            walk(current[1], lambda new, current=current: rebuild((current[0], new, current[2])))
            walk(current[2], lambda new, current=current: rebuild((current[0], current[1], new)))
        elif tag == "fn":
            walk(current[2], lambda new, current=current: rebuild(("fn", current[1], new)))

    walk(node, lambda new: new)
    target, rebuild = rng.choice(nodes)
    tag = target[0]
    if tag == "int":
        return rebuild(("int", target[1] + rng.choice((1, -1, 1, 2)) or 2))
    if tag == "frac":
        return rebuild(
            ("frac", target[1], target[2] + 1) if rng.random() < 0.5 else ("frac", target[2], target[1])
        )
    if tag == "var":
        others = [name for name in VARIABLES if name != target[1]]
        return rebuild(("var", rng.choice(others)))
    if tag == "const":
        other = {"pi": ("int", 3), "e": ("frac", 27, 10), "i": ("int", 1)}[target[1]]
        return rebuild(other if rng.random() < 0.5 else ("neg", target))
    if tag == "add" and len(target[1]) > 2:
        children = list(target[1])
        children.pop(rng.randrange(len(children)))
        return rebuild(("add", children))
    if tag == "pow":
        return rebuild(("pow", target[1], ("int", target[2][1] + 1)))
    if tag == "fn":
        swap = {"sin": "cos", "cos": "sin", "tan": "sin", "ln": "exp", "log": "exp", "exp": "ln"}
        return rebuild(("fn", swap[target[1]], target[2]))
    if tag == "sqrt":
        return rebuild(target[1])
    return rebuild(("neg", target))


def numerically_equal(first: sympy.Expr, second: sympy.Expr, rng: random.Random) -> bool | None:
    symbols = sorted(first.free_symbols | second.free_symbols, key=str)
    try:
        for _ in range(4):
            point = {symbol: sympy.Float(rng.uniform(0.3, 2.1)) for symbol in symbols}
            a = complex(first.evalf(30, subs=point))
            b = complex(second.evalf(30, subs=point))
            if not all(map(math.isfinite, (a.real, a.imag, b.real, b.imag))):
                return None
            if abs(a - b) > 1e-9 * max(1.0, abs(a), abs(b)):
                return False
        return True
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None


def sympy_latex_style(expr: sympy.Expr, rng: random.Random) -> str:
    text = sympy.latex(expr)
    if rng.random() < 0.4:
        text = text.replace("\\frac", "\\dfrac")
    if rng.random() < 0.3:
        text = text.replace("\\left(", "(").replace("\\right)", ")")
    # sympy writes the natural logarithm as \\log; this project reads a \\log without a base as base 10 (as
    # latex2sympy does), so the generator writes \\ln.
    return text.replace("\\log", "\\ln")


def expression_pairs(rng: random.Random, count: int) -> Iterator[Pair]:
    produced = 0
    while produced < count:
        variables = rng.choice(((), (), ("x",), ("x", "y")))
        tree = random_tree(rng, rng.randint(1, 3), variables)
        gold_style, pred_style = random_style(rng), random_style(rng)
        gold = render(tree, gold_style)
        if len(gold) > 120:
            continue
        expr = to_sympy(tree)
        if expr.has(sympy.zoo, sympy.nan, sympy.oo) or expr == 0:
            continue
        roll = rng.random()
        if roll < 0.35:
            pred, expected, kind = render(tree, pred_style), True, "expr:respell"
        elif roll < 0.5:
            rewritten = rng.choice((sympy.expand, sympy.factor, sympy.together, sympy.simplify))(expr)
            try:
                pred = sympy_latex_style(rewritten, rng)
            except Exception:
                continue
            expected, kind = True, "expr:rewrite"
        else:
            changed = mutate(rng, tree)
            pred, kind = render(changed, pred_style), "expr:nearmiss"
            truth = numerically_equal(expr, to_sympy(changed), rng)
            if truth is None:
                continue
            expected = truth
        if pred == gold and not expected:
            continue
        if expected:
            check = numerically_equal(expr, sympy.sympify(to_sympy(tree)), rng)
            if check is not True:
                continue
        produced += 1
        yield Pair(gold, pred, expected, kind)


# --- structured templates -----------------------------------------------------------------------------------------


def _num(rng: random.Random) -> int:
    return rng.randint(-9, 12)


def _frac_tex(p: int, q: int) -> str:
    sign = "-" if p * q < 0 else ""
    return f"{sign}\\frac{{{abs(p)}}}{{{abs(q)}}}"


def struct_pairs(rng: random.Random) -> list[Pair]:
    """Equal rewrites and near misses for the categories public graders test (our own examples)."""
    out: list[Pair] = []

    def add(gold: str, pred: str, equal: bool, kind: str) -> None:
        out.append(Pair(gold, pred, equal, kind))

    for _ in range(40):
        a, b = sorted(rng.sample(range(-9, 15), 2))
        c = rng.randint(-9, 12)
        # intervals
        add(f"[{a},{b}]", f"\\left[{a}, {b}\\right]", True, "interval")
        add(f"[{a},{b}]", f"[{a},{b})", False, "interval:end")
        add(f"({a},{b}]", f"[{a},{b}]", False, "interval:end")
        add(f"({a},\\infty)", f"({a}, \\infty)", True, "interval")
        add(f"({a},\\infty)", f"[{a},\\infty)", False, "interval:end")
        add(
            f"(-\\infty,{a})\\cup({b},\\infty)",
            f"(-\\infty, {a}) \\cup ({b}, \\infty)",
            True,
            "interval:union",
        )
        add(f"(-\\infty,{a})\\cup({b},\\infty)", f"(-\\infty,{a}]\\cup({b},\\infty)", False, "interval:union")
        add(f"(-\\infty,{a})\\cup({b},\\infty)", f"(-\\infty,{b})\\cup({a},\\infty)", False, "interval:union")
        # tuples and sets
        add(f"({a},{b})", f"({b},{a})", False, "tuple:order")
        add(f"\\{{{a},{b}\\}}", f"\\{{{b},{a}\\}}", True, "set:order")
        add(
            f"\\{{{a},{b},{c}\\}}" if c not in (a, b) else f"\\{{{a},{b}\\}}",
            f"\\{{{a},{b}\\}}",
            c in (a, b),
            "set:drop",
        )
        add(f"{a}, {b}", f"{b}, {a}", True, "list:order")
        add(f"({a},{b},{c})", f"({a}, {b}, {c + 1})", False, "tuple:value")
        add(f"({a},{b})", f"(a,b)=({a},{b})", True, "tuple:named")
        add(f"x={a}, y={b}", f"x={a}, y={b + 1}", False, "named:value")
        add(f"x={a}, y={b}", f"y={b}, x={a}", True, "named:order")
        # inequalities and equations
        add(f"x>{a}", f"x\\geq {a}", False, "relation:strict")
        add(f"x\\ge {a}", f"{a}\\le x", True, "relation:flip")
        add(f"x<{a}", f"{a}>x", True, "relation:flip")
        add(f"x<{a}", f"x>{a}", False, "relation:dir")
        add(f"x>{a}", f"y>{a}", False, "relation:var")
        add(f"{a}<x<{b}", f"x\\in({a},{b})", True, "relation:interval")
        add(f"{a}\\le x<{b}", f"x\\in({a},{b})", False, "relation:interval")
        add(f"y={a}x+{b + 20}", f"y = {b + 20} + {a}x", True, "equation")
        add(f"y={a}x+{b + 20}", f"{a}x+{b + 20}=y", True, "equation:swap")
        add(f"y={a}x+{b + 20}", f"y={a}x-{b + 20}", False, "equation:sign")
        add(f"x^2+y^2={abs(a) + 1}", f"x^2+y^2={abs(a) + 2}", False, "equation:value")
        add(f"x={a}", f"{a}", True, "equation:bare")
        add(f"x={a}", f"x={a + 1}", False, "equation:value")
        # matrices / vectors
        m = [rng.randint(-5, 9) for _ in range(4)]
        add(
            f"\\begin{{pmatrix}}{m[0]}&{m[1]}\\\\{m[2]}&{m[3]}\\end{{pmatrix}}",
            f"\\begin{{bmatrix}}{m[0]}&{m[1]}\\\\{m[2]}&{m[3]}\\end{{bmatrix}}",
            True,
            "matrix",
        )
        add(
            f"\\begin{{pmatrix}}{m[0]}&{m[1]}\\\\{m[2]}&{m[3]}\\end{{pmatrix}}",
            f"\\begin{{pmatrix}}{m[0]}&{m[2]}\\\\{m[1]}&{m[3]}\\end{{pmatrix}}",
            m[1] == m[2],
            "matrix:transpose",
        )
        add(
            f"\\begin{{pmatrix}}{m[0]}\\\\{m[1]}\\end{{pmatrix}}",
            f"\\begin{{pmatrix}}{m[0]}\\\\{m[1] + 1}\\end{{pmatrix}}",
            False,
            "vector:value",
        )
        # complex numbers
        p, q = rng.randint(1, 9), rng.randint(1, 9)
        add(f"{p}+{q}i", f"{q}i+{p}", True, "complex")
        add(f"{p}+{q}i", f"{p}-{q}i", False, "complex:conj")
        add(f"{p}+{q}i", f"{p}+{q}j", False, "complex:j")
        add(
            f"\\frac{{{p}}}{{{q + 1}}}+\\frac{{{q}}}{{{q + 1}}}i",
            f"\\frac{{{p}+{q}i}}{{{q + 1}}}",
            True,
            "complex",
        )
        # percent / units / degrees
        add(f"{p * 5}\\%", f"{p * 5}", True, "percent")
        add(f"{p * 5}\\%", f"{p * 5 + 1}\\%", False, "percent:value")
        add(f"{p * 5}", f"{p * 5} \\text{{ cm}}", True, "unit")
        add(f"{p * 5}", f"{p * 5 + 1} \\text{{ cm}}^2", False, "unit:value")
        add(f"{p * 10}^\\circ", f"{p * 10}", True, "degree")
        add(f"{p * 10}^\\circ", f"{p * 10 + 1}^{{\\circ}}", False, "degree:value")
        # scientific notation
        add(f"{p}\\times 10^{{{q}}}", f"{p}e{q}", True, "sci")
        add(f"{p}\\times 10^{{-{q}}}", f"{p}\\times 10^{{-{q + 1}}}", False, "sci:exponent")
        add(f"{p}\\times 10^{{-{q}}}", f"{p}\\cdot 10^{{-{q}}}", True, "sci")
        add(f"{p}.5\\times 10^{{{q}}}", f"{p}.4\\times 10^{{{q}}}", False, "sci:mantissa")
        # thousands, repeating decimals, mixed numbers
        big = rng.randint(1001, 99999)
        add(f"{big}", f"{big:,}", True, "thousands")
        add(f"{big}", f"{big + 1:,}", False, "thousands:value")
        add("\\frac{1}{3}", "0.\\overline{3}", True, "repeating")
        add(
            f"\\frac{{{q}}}{{9}}" if q % 9 else "\\frac{1}{9}",
            "0.\\overline{" + str(q % 9 or 1) + "}",
            True,
            "repeating",
        )
        add("\\frac{1}{3}", "0.33", False, "rounded:coarse")
        add(f"{p}\\frac{{1}}{{2}}", f"\\frac{{{2 * p + 1}}}{{2}}", True, "mixed")
        add(f"{p}\\frac{{1}}{{2}}", f"{p}.5", True, "mixed")
        add(f"{p}\\frac{{1}}{{2}}", f"\\frac{{{p}}}{{2}}", False, "mixed:value")
        # words, choices, special sets
        word = rng.choice(("north", "yes", "Tuesday", "odd", "parabola"))
        add(f"\\text{{{word}}}", word.capitalize(), True, "text")
        add(f"\\text{{{word}}}", "west" if word != "west" else "east", False, "text:other")
        letter = rng.choice("ABCDE")
        add(letter, f"\\text{{({letter})}}", True, "choice")
        add(letter, "ABCDE"[("ABCDE".index(letter) + 1) % 5], False, "choice:other")
        add("\\infty", "\\infty", True, "infty")
        add("\\infty", "-\\infty", False, "infty:sign")
        add("\\emptyset", "\\varnothing", True, "emptyset")
        add("\\emptyset", "\\{0\\}", False, "emptyset:zero")
        add("\\mathbb{R}", "(-\\infty,\\infty)", True, "reals")
        add("\\mathbb{R}", "(0,\\infty)", False, "reals:half")
        # functions, plus-minus, approximations
        add(f"f(x)={p}x^2+{q}", f"{p}x^2+{q}", True, "function")
        add(f"f(x)={p}x^2+{q}", f"{p}x^3+{q}", False, "function:exponent")
        add(f"\\pm {p}", f"{p}, -{p}", True, "pm")
        add(f"\\pm {p}", f"{p}", False, "pm:half")
        add(f"{p}\\pm\\sqrt{{{q + 1}}}", f"{p}+\\sqrt{{{q + 1}}}, {p}-\\sqrt{{{q + 1}}}", True, "pm")
        add(f"\\frac{{{p}}}{{{q + 2}}}", f"{p / (q + 2):.4g}", True, "decimal:4sig")
        add(f"\\frac{{{p}}}{{{q + 2}}}", f"{p / (q + 2) + 0.01:.4f}", False, "decimal:off")
        add(f"{p}\\sqrt{{2}}", f"{p * 1.41421356:.3f}", True, "decimal:approx")
        add(f"{p}\\sqrt{{2}}", f"{p}\\sqrt{{3}}", False, "root:radicand")
        add(f"10^{{-{q}}}", f"10^{{-{q + 1}}}", False, "power:tiny")
        add(f"{p}", f"{p}.0", True, "decimal:zero")
        add(f"{p}", f"{p}.01", False, "decimal:near")
        add(
            f"\\frac{{{p}}}{{{q + 2}}}",
            f"\\frac{{{q + 2}}}{{{p}}}",
            Fraction(p, q + 2) == Fraction(q + 2, p),
            "frac:flip",
        )
        add(f"\\sqrt{{{q + 1}}}", f"({q + 1})^{{1/2}}", True, "root:power")
        add(f"\\sqrt[3]{{{q + 1}}}", f"\\sqrt{{{q + 1}}}", False, "root:index")
        add(f"{p}\\pi", f"{p * 180}^\\circ", False, "policy:degrees-stay-degrees")
        add(f"\\frac{{\\pi}}{{{q + 1}}}", f"\\frac{{\\pi}}{{{q + 2}}}", False, "pi:value")
        add(f"e^{{{p}}}", f"e^{{{p + 1}}}", False, "exp:value")
        add(f"\\ln {p + 1}", f"\\log {p + 1}", False, "policy:log-is-base-10")
        add(f"\\log_2 {p + 1}", f"\\log_3 {p + 1}", False, "log:base")
        # classes found by this harness (kept as regressions of the generator)
        add(f"0.\\overline{{{q}}}", f"\\frac{{{q}}}{{9}}", True, "repeating:gold")
        add(f"0.{p}\\overline{{{q}}}", f"0.{p}{q}", False, "repeating:truncated")
        add(f"({a},{b})", f"x>{a} \\text{{ and }} x<{b}", True, "conjunction")
        add(f"({a},{b})", f"x>{a} \\text{{ or }} x<{b}", False, "conjunction:or")
        add(f"(-\\infty,{a})\\cup({b},\\infty)", f"x<{a} \\text{{ and }} x>{b}", False, "conjunction:empty")
        add(f"a={p}, b={q}", f"c={p}, d={q}", False, "named:other-names")
        add(f"a={p}, b={q}", f"a={p}, c={q}", False, "named:other-names")
        add(f"x={p}", f"y={p}", False, "label:other-variable")
        add(f"y={p}x+{q}", f"y-{p}x={q}", True, "equation:rearranged")
        add(f"y={p}x+{q}", f"y-{p}x={q + 1}", False, "equation:rearranged")
        add(f"{p}.{q}", f"\\approx {p}.{q}", True, "approx")
        add(f"\\approx {p}.{q}", f"{p}.{q + 1}", False, "approx:value")
        add("\\emptyset", "\\text{no real solutions}", True, "no-solution")
        add("\\emptyset", "\\{\\emptyset\\}", False, "no-solution:set-of-empty")
        add(f"{p}+{q}e", f"{q}e+{p}", True, "euler-vs-sci")
        add(f"{p}+{q}e", f"{q}e+{p + 1}", False, "euler-vs-sci")
    return out


def hard_pairs(rng: random.Random) -> list[Pair]:
    """Near misses built to fool a tolerance or a random-point test, and exact rewrites of large or tiny values.

    Truth comes from exact sympy arithmetic on the values written (``sympy.nsimplify`` is never used).
    """
    out: list[Pair] = []
    S = sympy.sympify

    def add(gold: str, pred: str, gold_value: str, pred_value: str, kind: str) -> None:
        difference = sympy.simplify(S(gold_value) - S(pred_value))
        out.append(Pair(gold, pred, difference == 0, kind))

    for _ in range(30):
        k = rng.randint(5, 14)
        n = rng.randint(2, 9)
        big = rng.randint(10**18, 10**21)
        add(str(big), str(big + rng.choice((1, -1, 10))), str(big), str(big + 1), "hard:bigint")
        add(f"2^{{{60 + n}}}", f"2^{{{60 + n}}}+1", f"2**{60 + n}", f"2**{60 + n}+1", "hard:bigpower")
        add(f"2^{{{60 + n}}}", str(2 ** (60 + n)), f"2**{60 + n}", str(2 ** (60 + n)), "hard:bigpower")
        add(f"10^{{{k + 10}}}", f"10^{{{k + 10}}}+1", f"10**{k + 10}", f"10**{k + 10}+1", "hard:bigpower")
        add(f"1+10^{{-{k}}}", "1", f"1+10**-{k}", "1", "hard:tiny")
        add(f"\\sqrt{{{n}}}+10^{{-{k}}}", f"\\sqrt{{{n}}}", f"sqrt({n})+10**-{k}", f"sqrt({n})", "hard:tiny")
        add(f"e^{{-{20 + k}}}", "0", f"exp(-{20 + k})", "0", "hard:tiny")
        add(f"\\frac{{1}}{{10^{{{k}}}}}", f"10^{{-{k}}}", f"10**-{k}", f"10**-{k}", "hard:tiny")
        add(f"\\frac{{1}}{{10^{{{k}}}}}", f"10^{{-{k + 1}}}", f"10**-{k}", f"10**-{k + 1}", "hard:tiny")
        decimal = f"{rng.randint(1, 9)}.{rng.randint(10 ** (k - 1), 10**k - 1)}"
        bumped = decimal[:-1] + str((int(decimal[-1]) + 1) % 10)
        add(decimal, bumped, decimal, bumped, "hard:lastdigit")
        add(f"{n}^{{{n + 2}}}", f"{n + 2}^{{{n}}}", f"{n}**{n + 2}", f"{n + 2}**{n}", "hard:swap-power")
        add(
            f"\\binom{{{n + 6}}}{{{n}}}",
            f"\\binom{{{n + 6}}}{{6}}",
            f"binomial({n + 6},{n})",
            f"binomial({n + 6},6)",
            "hard:binomial",
        )
        add(
            f"\\binom{{{n + 6}}}{{{n}}}",
            f"\\binom{{{n + 6}}}{{{n + 1}}}",
            f"binomial({n + 6},{n})",
            f"binomial({n + 6},{n + 1})",
            "hard:binomial",
        )
        add(f"{n}!", f"{n + 1}!/{n + 1}", f"factorial({n})", f"factorial({n})", "hard:factorial")
        add(
            f"{n + 3}!",
            str(math.factorial(n + 3) + 1),
            f"factorial({n + 3})",
            str(math.factorial(n + 3) + 1),
            "hard:factorial",
        )
        add(
            f"\\sin\\frac{{\\pi}}{{{n + 1}}}",
            f"\\cos\\frac{{\\pi}}{{{n + 1}}}",
            f"sin(pi/{n + 1})",
            f"cos(pi/{n + 1})",
            "hard:trig",
        )
        add(
            f"\\tan\\frac{{\\pi}}{{{n + 2}}}",
            f"\\cot\\frac{{\\pi}}{{{n + 2}}}",
            f"tan(pi/{n + 2})",
            f"cot(pi/{n + 2})",
            "hard:trig",
        )
        add(f"\\sqrt{{{n * n * 3}}}", f"{n}\\sqrt{{3}}", f"sqrt({n * n * 3})", f"{n}*sqrt(3)", "hard:surd")
        add(f"\\sqrt{{{n * n * 3}}}", f"{n}\\sqrt{{2}}", f"sqrt({n * n * 3})", f"{n}*sqrt(2)", "hard:surd")
        add(
            f"\\sqrt{{{n}}}\\sqrt{{{n + 1}}}",
            f"\\sqrt{{{n * (n + 1)}}}",
            f"sqrt({n})*sqrt({n + 1})",
            f"sqrt({n * (n + 1)})",
            "hard:surd",
        )
        add(f"\\log_{{{n}}} {n**3}", "3", f"log({n**3},{n})", "3", "hard:log")
        add(f"\\log_{{{n}}} {n**3}", "4", f"log({n**3},{n})", "4", "hard:log")
        add(
            f"\\frac{{{n}\\pi}}{{{n + 1}}}",
            f"\\frac{{{n}}}{{{n + 1}\\pi}}",
            f"{n}*pi/{n + 1}",
            f"{n}/({n + 1}*pi)",
            "hard:pi-place",
        )
        add(f"{n}x^{{{n}}}", f"{n}x^{{{n + 1}}}", "1", "2", "hard:var-exponent")
        add(f"\\frac{{x+{n}}}{{x-{n}}}", f"\\frac{{x-{n}}}{{x+{n}}}", "1", "2", "hard:var-flip")
        add(f"(x+{n})^2", f"x^2+{n * n}", "1", "2", "hard:var-square")
        add(f"(x+{n})^2", f"x^2+{2 * n}x+{n * n}", "1", "1", "hard:var-square")
        add(f"x^2-{n * n}", f"(x-{n})(x+{n})", "1", "1", "hard:var-factor")
        add(f"x^2-{n * n}", f"(x-{n})^2", "1", "2", "hard:var-factor")
        add("\\sin^2 x+\\cos^2 x", "1", "1", "1", "hard:var-trig")
        add("\\sin^2 x-\\cos^2 x", "1", "1", "2", "hard:var-trig")
        add(f"\\sin({n}x)", f"{n}\\sin x", "1", "2", "hard:var-trig")
        add(f"|x-{n}|", f"x-{n}", "1", "2", "hard:var-abs")
        add(
            f"\\frac{{{n}}}{{{n + 1}}}", f"0.{'9' * k}", f"{n}/{n + 1}", f"0.{'9' * k}", "hard:decimal-approx"
        )
        add(f"{n}.5", f"{n}.49999", f"{n}.5", f"{n}.49999", "hard:decimal-approx")
    return out


# --- running ------------------------------------------------------------------------------------------------------

# RL forms, rotated over the pairs: the answer after a think block, boxed inside the reasoning only, a final-answer
# phrase with an unboxed math span, and a long chain of thought with other numbers before the boxed answer.
RL_TEMPLATES = (
    "<think>\nLet me work through this carefully. First I set up the equations, then I simplify step by step, "
    "checking each line. After some algebra the result follows.\n</think>\n"
    "Putting everything together, the answer is $\\boxed{{{pred}}}$.",
    "<think>\nWe compute 3 + 4 = 7 and then 7 \\cdot 2 = 14, which is not yet the answer. Simplifying the rest, "
    "the answer is \\boxed{{{pred}}}.</think>",
    "Step 1: write the condition. Step 2: solve it; the first attempt gave 12, which fails the check.\n\n"
    "**Final Answer**\nThe final answer is $${pred}$$.",
    "<think>\n"
    + "Consider the cases n = 1, 2, 3 in turn; each gives a value we record, 5, 8 and 13, and we check them. "
    * 12
    + "\n</think>\n\nTherefore the answer is \\[\\boxed{{{pred}}}\\]",
)


def _mathverify_one(pair: tuple[str, str]) -> bool | None:
    import math_verify

    gold, pred = pair
    try:
        return bool(
            math_verify.verify(math_verify.parse("$" + gold + "$"), math_verify.parse("$" + pred + "$"))
        )
    except Exception:
        return None


def mathverify_all(pairs: list[Pair], processes: int, timeout: float) -> list[bool | None]:
    context = mp.get_context("fork")
    results: list[bool | None] = []
    with context.Pool(processes, maxtasksperchild=200) as pool:
        handles = [pool.apply_async(_mathverify_one, ((pair.gold, pair.pred),)) for pair in pairs]
        for handle in handles:
            try:
                results.append(handle.get(timeout))
            except mp.TimeoutError:
                results.append(None)
    return results


def score(name: str, pairs: list[Pair], verdicts: list[bool | None]) -> dict[str, float]:
    right = fp = fn = unknown = 0
    for pair, verdict in zip(pairs, verdicts, strict=True):
        if verdict is None:
            unknown += 1
            verdict = False
        if verdict == pair.equal:
            right += 1
        elif verdict:
            fp += 1
        else:
            fn += 1
    total = len(pairs)
    print(
        f"{name:>14}: accuracy {right / total:.4f}  FP {fp:4d}  FN {fn:4d}  (undecided {unknown}) of {total}"
    )
    return {"accuracy": right / total, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--count", type=int, default=1500, help="expression-tree pairs")
    parser.add_argument("--no-mathverify", action="store_true")
    parser.add_argument("--no-rl", action="store_true")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--dump", type=Path, help="our wrong pairs as JSONL")
    parser.add_argument("--dump-mathverify", type=Path, help="math-verify's wrong pairs as JSONL")
    parser.add_argument(
        "--src", type=Path, help="another source tree to verify with (a before/after comparison)"
    )
    args = parser.parse_args(argv)
    if args.src is not None:
        sys.path.insert(0, str(args.src.resolve()))

    rng = random.Random(args.seed)
    pairs = list(expression_pairs(rng, args.count)) + struct_pairs(rng) + hard_pairs(rng)
    seen: set[tuple[str, str]] = set()
    unique = []
    for pair in pairs:
        if (pair.gold, pair.pred) not in seen:
            seen.add((pair.gold, pair.pred))
            unique.append(pair)
    pairs = unique
    print(f"pairs: {len(pairs)} ({sum(p.equal for p in pairs)} equal, {sum(not p.equal for p in pairs)} not)")

    from openrs_rewards import verify_batch

    started = time.perf_counter()
    bare = verify_batch([f"\\boxed{{{p.pred}}}" for p in pairs], [p.gold for p in pairs])
    print(f"ours bare: {time.perf_counter() - started:.1f}s")
    ours = [v.status == "correct" for v in bare]
    score("ours", pairs, ours)
    rl_ours: list[bool | None] | None = None
    if not args.no_rl:
        completions = [
            RL_TEMPLATES[index % len(RL_TEMPLATES)].format(pred=pair.pred) for index, pair in enumerate(pairs)
        ]
        rl = verify_batch(completions, [p.gold for p in pairs])
        rl_ours = [v.status == "correct" for v in rl]
        score("ours RL", pairs, rl_ours)
    theirs: list[bool | None] | None = None
    if not args.no_mathverify:
        started = time.perf_counter()
        theirs = mathverify_all(pairs, args.processes, 20.0)
        print(f"math-verify: {time.perf_counter() - started:.1f}s")
        score("math-verify", pairs, theirs)

    by_kind: Counter[tuple[str, str]] = Counter()
    wrong = []
    mathverify_wrong: list[dict[str, object]] = []
    for index, (pair, verdict) in enumerate(zip(pairs, bare, strict=True)):
        mine = verdict.status == "correct"
        kind = pair.kind.split(":")[0] if pair.kind.startswith("expr") else pair.kind
        by_kind[(pair.kind, "total")] += 1
        if theirs is not None and bool(theirs[index]) != pair.equal:
            by_kind[(pair.kind, "mvFP" if theirs[index] else "mvFN")] += 1
            if args.dump_mathverify is not None:
                mathverify_wrong.append(
                    {"kind": pair.kind, "gold": pair.gold, "pred": pair.pred, "truth": pair.equal}
                )
        rl_wrong = rl_ours is not None and rl_ours[index] != pair.equal
        if mine != pair.equal or rl_wrong:
            label = "FP" if mine and not pair.equal else ("FN" if mine != pair.equal else "RL")
            by_kind[(pair.kind, label)] += 1
            wrong.append(
                {
                    "kind": kind,
                    "error": label,
                    "gold": pair.gold,
                    "pred": pair.pred,
                    "truth": pair.equal,
                    "status": verdict.status,
                    "method": verdict.method,
                    "rl": None if rl_ours is None else rl_ours[index],
                    "mathverify": None if theirs is None else theirs[index],
                    "detail": verdict.detail,
                }
            )
    kinds = sorted({kind for kind, _ in by_kind})
    print(f"\n{'kind':<30}{'n':>6}{'FP':>5}{'FN':>5}{'RL':>5}{'mvFP':>6}{'mvFN':>6}")
    for kind in kinds:
        print(
            f"{kind:<30}{by_kind[(kind, 'total')]:>6}{by_kind[(kind, 'FP')]:>5}{by_kind[(kind, 'FN')]:>5}"
            f"{by_kind[(kind, 'RL')]:>5}{by_kind[(kind, 'mvFP')]:>6}{by_kind[(kind, 'mvFN')]:>6}"
        )
    if args.dump_mathverify is not None:
        with args.dump_mathverify.open("w") as handle:
            for row in mathverify_wrong:
                handle.write(json.dumps(row) + "\n")
    if args.dump:
        with args.dump.open("w") as handle:
            for row in wrong:
                handle.write(json.dumps(row) + "\n")
        print(f"\n{len(wrong)} wrong pairs written to {args.dump}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
