"""Properties of verifiers.expr.identity_equal on random expression trees (sympy is used here, in the test only).

(1) an algebraic rewrite of an expression (expanded, factored, combined, commuted) is never called different;
(2) whenever identity_equal decides, sympy (latex2sympy2_extended + simplify) reaches the same verdict;
(3) no text makes it raise, and it always returns.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from openrs_rewards.verifiers.expr import identity_equal, parse_expression
from openrs_rewards.verifiers.normalize import normalize_answer

sympy = pytest.importorskip("sympy")
latex2sympy = pytest.importorskip("latex2sympy2_extended").latex2sympy

X, Y = sympy.symbols("x y")

# Trees: ("int", n) | ("var", name) | ("pi",) | (op, a, b) for + - * / | ("pow", a, k) | ("sqrt", a) | (func, a)
_leaves = st.one_of(
    st.integers(min_value=1, max_value=9).map(lambda n: ("int", n)),
    st.sampled_from(["x", "y"]).map(lambda name: ("var", name)),
    st.just(("pi",)),
)


def _extend(children: Any) -> Any:
    return st.one_of(
        st.tuples(st.sampled_from(["+", "-", "*", "/"]), children, children),
        st.tuples(st.just("pow"), children, st.integers(min_value=2, max_value=3)),
        st.tuples(st.sampled_from(["sin", "cos", "exp"]), children),
        # Roots of leaves only: keeps sympy able to decide every pair (property 2).
        st.tuples(st.just("sqrt"), _leaves),
    )


trees = st.recursive(_leaves, _extend, max_leaves=6)


def to_sympy(tree: tuple[Any, ...]) -> Any:
    tag = tree[0]
    if tag == "int":
        return sympy.Integer(tree[1])
    if tag == "var":
        return sympy.Symbol(tree[1])
    if tag == "pi":
        return sympy.pi
    if tag in ("+", "-", "*", "/"):
        a, b = to_sympy(tree[1]), to_sympy(tree[2])
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b != 0 else a}[tag]
    if tag == "pow":
        return to_sympy(tree[1]) ** tree[2]
    if tag == "sqrt":
        return sympy.sqrt(to_sympy(tree[1]))
    return {"sin": sympy.sin, "cos": sympy.cos, "exp": sympy.exp}[tag](to_sympy(tree[1]))


def render(tree: tuple[Any, ...], *, commuted: bool = False) -> str:
    """Our own LaTeX spelling (parenthesised, ``\\cdot`` or juxtaposition), optionally with operands swapped."""
    tag = tree[0]
    if tag == "int":
        return str(tree[1])
    if tag == "var":
        return tree[1]
    if tag == "pi":
        return "\\pi"
    if tag in ("+", "*"):
        a, b = render(tree[1], commuted=commuted), render(tree[2], commuted=commuted)
        if commuted:
            a, b = b, a
        return f"({a}+{b})" if tag == "+" else f"({a})\\cdot({b})"
    if tag == "-":
        return f"({render(tree[1], commuted=commuted)}-{render(tree[2], commuted=commuted)})"
    if tag == "/":
        return f"\\frac{{{render(tree[1], commuted=commuted)}}}{{{render(tree[2], commuted=commuted)}}}"
    if tag == "pow":
        return f"({render(tree[1], commuted=commuted)})^{{{tree[2]}}}"
    if tag == "sqrt":
        return f"\\sqrt{{{render(tree[1], commuted=commuted)}}}"
    if tag == "exp":
        return f"e^{{{render(tree[1], commuted=commuted)}}}"
    return f"\\{tag}({render(tree[1], commuted=commuted)})"


def sympy_latex(expression: Any) -> str:
    return normalize_answer(sympy.latex(expression, ln_notation=True))


REWRITES = {
    "expand": sympy.expand,
    "factor": sympy.factor,
    "together": sympy.together,
    "expand_trig": sympy.expand_trig,
    "identity": lambda expression: expression,
}

SLOW = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


@SLOW
@given(trees, st.sampled_from(sorted(REWRITES)), st.booleans())
def test_rewrites_are_never_called_different(tree: tuple[Any, ...], rewrite: str, commuted: bool) -> None:
    original = render(tree, commuted=commuted)
    try:
        rewritten = sympy_latex(REWRITES[rewrite](to_sympy(tree)))
    except (ZeroDivisionError, ValueError):
        assume(False)
        return
    verdict = identity_equal(original, rewritten, variables_must_match=False)
    assert verdict is not False, (original, rewritten)


@SLOW
@given(trees)
def test_an_expression_equals_itself_spelled_differently(tree: tuple[Any, ...]) -> None:
    verdict = identity_equal(render(tree), render(tree, commuted=True))
    assert verdict is not False
    # A polynomial in x, y and π has no pole, no branch and no value a six-leaf tree can push over a cap.
    if not any(tag in repr(tree) for tag in ("'/'", "sqrt", "exp", "sin", "cos")):
        assert parse_expression(render(tree)) is not None
        assert verdict is True, render(tree)


def _sympy_difference_is_zero(a: str, b: str) -> bool | None:
    try:
        difference = sympy.simplify(latex2sympy(a) - latex2sympy(b))
    except Exception:
        return None
    if difference == 0:
        return True
    proven = difference.equals(0)
    return None if proven is None else bool(proven)


@SLOW
@given(trees, trees, st.sampled_from(["independent", "rewrite", "perturbed"]))
def test_decisions_agree_with_sympy(first: tuple[Any, ...], second: tuple[Any, ...], relation: str) -> None:
    a = render(first)
    if relation == "independent":
        b = render(second)
    elif relation == "rewrite":
        b = sympy_latex(sympy.expand(to_sympy(first)))
    else:
        b = f"{render(first)}+\\frac{{1}}{{{render(second)}}}"
    verdict = identity_equal(a, b, variables_must_match=False)
    if verdict is None:
        return
    truth = _sympy_difference_is_zero(a, b)
    assume(truth is not None)
    assert verdict == truth, (a, b)


LATEX_PIECES = [
    "\\frac",
    "\\sqrt",
    "\\sqrt[3]",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "|",
    "^",
    "_",
    "!",
    "+",
    "-",
    "/",
    "*",
    "\\cdot",
    "\\times",
    "\\pi",
    "e",
    "i",
    "x",
    "y",
    "2",
    "0",
    "9",
    ".",
    "1e5",
    "\\sin",
    "\\ln",
    "\\log",
    "\\binom",
    "\\alpha",
    " ",
    "\\pit",
    "=",
    ",",
]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(LATEX_PIECES), max_size=40).map("".join), st.text(max_size=60)))
def test_any_text_returns_without_raising(text: str) -> None:
    assert identity_equal(text, "x+1") in (True, False, None)
    assert identity_equal("\\frac{\\pi}{2}", text) in (True, False, None)
    parse_expression(text)
