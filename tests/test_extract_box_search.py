"""The reverse search for box macros finds what a search for each macro finds, in the same order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.verifiers import extract

# Pieces that make and break the two macros, overlap them and glue them to other letters.
_PIECES = [
    "\\boxed",
    "\\fbox",
    "\\fboxed",
    "box",
    "\\",
    "f",
    "x",
    "ed",
    "\\b",
    "oxed",
    " ",
    "{1}",
    "\\boxe",
    "fbo",
]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_box_literals_are_every_occurrence_of_either_macro_last_first(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = list(extract._occurrences_last_first(text, ["\\boxed", "\\fbox"]))
    assert list(extract._box_literals_last_first(text)) == expected
    assert extract._has_boxed_macro(text) == ("\\boxed" in text or "\\fbox" in text)
