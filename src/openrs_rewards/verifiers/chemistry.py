"""Chemical formulas and reactions compared as chemistry writes them, not as algebra reads them.

``H_2O``, ``\\text{H}_2\\text{O}`` and ``H2O`` are one formula (the subscripts are counts of atoms, not indices or
products); an ion's charge is the same however its sign and number are ordered (``Cu^{2+}``, ``Cu^{+2}``); a
reaction is its two sides, each a multiset of terms (a coefficient and a formula), so the order of the terms is
free but not the side they stand on, nor the arrow's kind (``\\rightarrow`` against ``\\rightleftharpoons``); a
species' state (``(aq)``, ``(g)``) is no part of it.

Read only where every part is a formula (element symbols with counts, brackets and a charge): an algebra answer
(``x^2+y_1``) is never read as chemistry.

Example:
    >>> chemistry_equal("H2O", "\\\\text{H}_2\\\\text{O}")
    True
    >>> chemistry_equal("O_2+2H_2\\\\rightarrow2H_2O", "2H_2+O_2\\\\rightarrow 2H_2O")
    True
    >>> chemistry_equal("2H_2O\\\\rightarrow2H_2+O_2", "2H_2+O_2\\\\rightarrow 2H_2O")
    False
"""

from __future__ import annotations

import re
from collections import Counter

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = ["chemistry_equal"]

_MAX_CHARS = 300
_MARKUP = compile_lazily(r"\\(?:text|mathrm|ce|textrm|mbox) ?|[{}$ ~]|\\[,;:! ]")
_ARROWS = (
    ("\\rightleftharpoons", "<=>"),
    ("\\leftrightharpoons", "<=>"),
    ("\\leftrightarrow", "<=>"),
    ("\\rightarrow", "->"),
    ("\\longrightarrow", "->"),
    ("\\to", "->"),
    ("⇌", "<=>"),
    ("→", "->"),
)
_ARROW_RE = compile_lazily(r"<=>|->")
# A species' state after it: solid, liquid, gas, in water (in lower case: a bracket of a formula holds elements); as a
# subscript too ("Ag^+_{(aq)}", its braces gone with the markup).
_STATE_SYMBOL = compile_lazily(r"_?\((?:s|l|g|aq)\)")
_UNICODE_CHARGE = compile_lazily(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]*[⁺⁻]")
_UNICODE_COUNTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "01234567890123456789+-")
# One formula: element symbols with counts and brackets ("Ca(OH)_2", "C_6H_{12}O_6", "CuSO_4"), then a charge.
_FORMULA_RE = compile_lazily(r"(?:[A-Z][a-z]?_?\d*|\(|\)_?\d*)+(?:\^[+-]?\d*[+-]?)?")
_CHARGE_RE = compile_lazily(r"\^(?:(\d*)([+-])|([+-])(\d*))\Z")
_TERM_RE = compile_lazily(r"(\d*)(.+)")
_ELEMENT = compile_lazily(r"[A-Z][a-z]?")


def chemistry_equal(a: str, b: str) -> bool | None:
    """Whether two answers are one chemical formula or reaction: True, False, or None when either is no chemistry
    (see the module docstring)."""
    read_a, read_b = _reaction(a), _reaction(b)
    if read_a is None or read_b is None:
        return None
    return read_a == read_b


def _reaction(text: str) -> tuple[str, tuple[Counter[tuple[int, str]], ...]] | None:
    """(the arrow, each side's terms as a multiset of (coefficient, formula)); a lone formula is a side of one term
    with no arrow. None when a part is no formula."""
    if not isinstance(text, str) or len(text) > _MAX_CHARS or not any(char.isupper() for char in text):
        return None
    text = _MARKUP.sub("", text)
    if not text.isascii():
        # "CH₄", "Fe³⁺": counts and charges in Unicode
        text = _UNICODE_CHARGE.sub(lambda charge: "^" + charge.group(), text).translate(_UNICODE_COUNTS)
    if "(" in text:
        text = _STATE_SYMBOL.sub("", text)  # "2H_2O(l)", "Ag^+(aq)": the state of a species, no part of it
    for written, arrow in _ARROWS:
        text = text.replace(written, arrow)
    arrows = _ARROW_RE.findall(text)
    if len(arrows) > 1:
        return None
    sides = _ARROW_RE.split(text)
    read: list[Counter[tuple[int, str]]] = []
    for side in sides:
        terms: Counter[tuple[int, str]] = Counter()
        for term in _terms(side):
            match = _TERM_RE.fullmatch(term)
            if match is None:
                return None
            formula = _formula(match.group(2))
            if formula is None:
                return None
            terms[(int(match.group(1) or 1), formula)] += 1
        if not terms:
            return None
        read.append(terms)
    if not arrows and (len(read[0]) != 1 or next(iter(read[0]))[0] != 1):
        return None  # (a sum of formulas without an arrow, or "2H_2O" alone: no answer chemistry writes)
    return (arrows[0] if arrows else ""), tuple(read)


def _terms(side: str) -> list[str]:
    """The terms of one side, split at the "+" that joins them (not the "+" of a charge: "Cu^{2+}", "Na^+")."""
    terms, start = [], 0
    for at, char in enumerate(side):
        # (not the "+" of a charge, "^+" or "^2+"; the "+" after a charge, "Ag^++Cl^-", joins two terms)
        if (
            char == "+"
            and at > 0
            and side[at - 1] != "^"
            and not (at > 1 and side[at - 2] == "^" and side[at - 1].isdigit())
        ):
            if at + 1 < len(side) and side[at + 1] in "+-":
                continue
            terms.append(side[start:at])
            start = at + 1
    terms.append(side[start:])
    return [term for term in (term.strip() for term in terms) if term] if all(terms) else []


def _formula(text: str) -> str | None:
    """A formula in one spelling (``H2O``, subscripts as plain counts, the charge as number and sign), or None."""
    if _FORMULA_RE.fullmatch(text) is None or _ELEMENT.search(text) is None:
        return None
    charge = ""
    found = _CHARGE_RE.search(text)
    if found is not None:
        number = found.group(1) or found.group(4) or ""
        sign = found.group(2) or found.group(3)
        charge = f"^{'' if number in ('', '1') else number}{sign}"
        text = text[: found.start()]
    elif "^" in text:
        return None
    return re.sub(r"_", "", text) + charge
