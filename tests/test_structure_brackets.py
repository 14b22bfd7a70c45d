"""The one bracket walk of ``verifiers/structure.py`` against the three walks it replaced, written out here.

Splitting at top-level separators and the "closes only at its end" test must give exactly what they gave; finding a
top-level character differs only where an escaped round or square bracket (``\\(``, ``\\]``) stands, which no
longer counts as a bracket (the old finder ignored escapes).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.verifiers.structure import _closes_at_end, _find_top_level, split_top_level


def old_split_top_level(text: str, separators: str) -> list[str] | None:
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n:
            if text[i + 1] in "{}":
                depth += 1 if text[i + 1] == "{" else -1
            i += 2
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in separators and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
        i += 1
    parts.append(text[start:].strip())
    return parts if depth == 0 else None


def old_closes_at_end(text: str) -> bool:
    depth = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\" and i + 1 < n:
            if text[i + 1] in "{}":
                depth += 1 if text[i + 1] == "{" else -1
                if depth == 0 and i + 2 != n:
                    return False
            i += 2
            continue
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0 and i != n - 1:
                return False
        i += 1
    return depth == 0


def old_find_top_level(text: str, target: str) -> int:
    depth = 0
    for index, char in enumerate(text):
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == target and depth == 0:
            return index
    return -1


answers = st.text(alphabet="()[]{}\\,;=x1 ", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(answers)
def test_split_and_closes_at_end_are_unchanged(text: str) -> None:
    for separators in (",;", ","):
        assert split_top_level(text, separators) == old_split_top_level(text, separators)
    assert _closes_at_end(text) == old_closes_at_end(text)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="()[]{}\\,=x1 ", max_size=40))
def test_find_top_level_is_unchanged_unless_an_escaped_paren_or_square_bracket_stands(text: str) -> None:
    escaped_bracket = any(
        text[i] == "\\" and text[i + 1 : i + 2] in ("(", ")", "[", "]") for i in range(len(text))
    )
    escaped_target = "\\=" in text
    if not escaped_bracket and not escaped_target:
        assert _find_top_level(text, "=") == old_find_top_level(text, "=")


def test_the_walk_on_answers_people_write() -> None:
    assert split_top_level(r"(1,2), \{3,4\}, [5,6)", ",") == ["(1,2)", r"\{3,4\}", "[5,6)"]
    assert split_top_level("(1,2", ",") is None
    assert _closes_at_end(r"\{1,2\}") and not _closes_at_end(r"\{1\}\cup\{2\}")
    assert _closes_at_end("(1,2]") and not _closes_at_end("(1)+(2)")
    assert _find_top_level("f(x=1)=2", "=") == 6
    assert _find_top_level("(a=b)", "=") == -1
