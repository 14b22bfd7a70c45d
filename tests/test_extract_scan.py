"""The scans that make extraction cheap on long completions find exactly what a full regex pass finds.

``find_answer`` reads a completion from its end: markers are located with ``str.rfind`` and tried one at a time, last
first, and a box's closing brace is found by a scan from its opening brace. Each test here compares one of these scans
with the plain full pass it replaces (written out in the test), on generated text made of the pieces that matter:
the markers, braces and escapes, case variants, the non-ASCII letters that ``re.IGNORECASE`` equates with ASCII ones.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.verifiers.extract import (
    _BOX_MACRO,
    _CHOICE_PHRASE,
    _CHOICE_PHRASE_WORDS,
    _END_OF_SEQUENCE,
    _END_OF_SEQUENCE_REACH,
    _END_OF_TURN,
    _GSM8K,
    _MAX_NUMBER_TRIES,
    _NUMBER,
    _NUMBER_WINDOW,
    _PHRASE,
    _PHRASE_WORDS,
    _before_trailing_think_tags,
    _boxed_spans_reversed,
    _end_of_turn,
    _is_script,
    _last_first,
    _last_plain_number,
    _trim,
    _trim_layers,
    find_answer,
)
from openrs_rewards.verifiers.text import THINK_CLOSE_TAGS, THINK_OPEN_TAGS, repair_control_characters

PIECES = [
    "answer",
    "Answer",
    "ANSWER",
    "AnSwEr",
    "an\u017fwer",  # a long s: equal to "s" under re.IGNORECASE
    "opt\u0131on",  # a dotless i
    "option",
    "Choice",
    " is",
    " was",
    " would be",
    ":",
    " ",
    "\t",
    "\n",
    "#",
    "##",
    "####",
    "#####",
    "\\boxed",
    "\\fbox",
    "\\boxedx",
    "{",
    "}",
    "\\{",
    "\\}",
    "\\\\",
    "\\",
    "$",
    "7",
    "-1",
    "x",
    "é",
    "≤",
    "丁",
    ".",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_markers_found_from_the_end_are_those_of_a_full_pass(text: str) -> None:
    cases: list[tuple[re.Pattern[str], tuple[str, ...], bool]] = [
        (_PHRASE, _PHRASE_WORDS, True),
        (_CHOICE_PHRASE, _CHOICE_PHRASE_WORDS, True),
        (_GSM8K, ("####",), False),
        (_BOX_MACRO, ("\\boxed", "\\fbox"), False),
    ]
    for pattern, literals, ignore_case in cases:
        expected = _spans(reversed(list(pattern.finditer(text))))
        found = _spans(_last_first(text, pattern, literals, ignore_case=ignore_case))
        assert found == expected, pattern.pattern


_BRACE_TOKEN = re.compile(r"\\[\\{}]|[{}]")
_BARE_TOKEN = re.compile(r"[^\s${}]+")  # (a bare argument holds no brace)


def _boxed_spans_one_pass(text: str) -> list[tuple[int, int, int, int]]:
    """The reference: every brace matched in one forward pass from the first box, then the boxes read last first."""
    macros = list(_BOX_MACRO.finditer(text))
    if not macros:
        return []
    partner: dict[int, int] = {}
    open_stack: list[int] = []
    for token in _BRACE_TOKEN.finditer(text, macros[0].end()):
        if token.group() == "{":
            open_stack.append(token.start())
        elif token.group() == "}" and open_stack:
            partner[open_stack.pop()] = token.start()
    spans: list[tuple[int, int, int, int]] = []
    for macro in reversed(macros):
        pos = macro.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos < len(text) and text[pos] == "{":
            close = partner.get(pos)
            if close is not None:
                spans.append((macro.start(), pos + 1, close, close + 1))
        elif pos < len(text) and (pos > macro.end() or text[pos].isdigit()) and text[pos] not in "{}$\n\r":
            bare = _BARE_TOKEN.match(text, pos)  # "\boxed 5", and "\boxed7" (a digit needs no space)
            if bare is not None and not (bare.end() - pos > 1 and text[pos : bare.end()].isalpha()):
                spans.append((macro.start(), pos, bare.end(), bare.end()))
    return spans


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_boxes_read_from_the_end_are_those_of_a_one_pass_brace_match(text: str) -> None:
    assert list(_boxed_spans_reversed(text)) == _boxed_spans_one_pass(text)


@given(st.integers(min_value=1, max_value=40), st.sampled_from(["", "{", "{{", "\\{"]))
@settings(max_examples=60, deadline=None)
def test_many_unclosed_boxes_fall_back_to_one_pass(count: int, filler: str) -> None:
    # Each unclosed box would scan to the end of the text: past the budget, the one-pass match takes over.
    text = "\\boxed{1} and " + ("\\boxed{" + filler + "x " * 30) * count + "\\boxed{2}"
    assert list(_boxed_spans_reversed(text)) == _boxed_spans_one_pass(text)


def test_a_box_after_a_long_unclosed_one_is_still_read() -> None:
    text = "\\boxed{" + "so " * 5_000 + "hence \\boxed{12}."
    assert find_answer(text) is not None
    assert find_answer(text) == find_answer("hence \\boxed{12}.")


def test_the_phrase_marker_is_read_in_a_text_with_case_twins() -> None:
    # "ſ" makes the whole-text regex pass the one used: the answer is the same.
    assert find_answer("Thuſ the anſwer is 12.") == find_answer("Thus the answer is 12.")


def test_control_characters_are_repaired_only_when_present() -> None:
    text = "plain text without any control character"
    assert repair_control_characters(text) is text
    assert repair_control_characters("so \x08oxed{3}") == "so \\boxed{3}"


TRIM_PIECES = ["12", "x", " ", "\n", "$", "$$", "\\(", "\\)", "\\[", "\\]", "**", "*", "<br>", "<br/>", ".", "!", ",",
               ":", "\\", "5!", "}", "{", ">", "<", "é"]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(TRIM_PIECES), max_size=8).map("".join), st.booleans())
def test_a_span_with_nothing_to_trim_is_returned_as_is(text: str, math: bool) -> None:
    # The shortcut of _trim must agree with the layer-by-layer trimming everywhere, not only where it applies.
    assert _trim(text, 0, len(text), math=math) == _trim_layers(text, 0, len(text), math=math)


def _before_tags_one_at_a_time(text: str, end: int) -> int:
    """The reference: strip whitespace, then one think tag, until no tag ends the text."""
    while True:
        stop = end
        while stop > 0 and text[stop - 1].isspace():
            stop -= 1
        for tag in THINK_CLOSE_TAGS + THINK_OPEN_TAGS:
            if text.endswith(tag, 0, stop):
                end = stop - len(tag)
                break
        else:
            return end


TAG_PIECES = ["</think>", "<think>", "<|end_of_thought|>", "<|begin_of_thought|>", "/think>", "think>", ">", "<",
              " ", "\n", "\u2003", "x", "12", " " * 300, "a" * 100]  # fmt: skip


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(TAG_PIECES), max_size=40).map("".join), st.integers(min_value=0))
def test_trailing_think_tags_are_skipped_as_one_at_a_time(text: str, cut: int) -> None:
    for end in (len(text), cut % (len(text) + 1)):
        assert _before_trailing_think_tags(text, end) == _before_tags_one_at_a_time(text, end)


def test_thousands_of_repeated_closing_tags_are_skipped() -> None:
    text = "so \\boxed{12}" + "</think>\n" * 5_000
    assert _before_trailing_think_tags(text, len(text)) == len("so \\boxed{12}")


def _end_of_turn_marker_by_marker(text: str) -> int:
    """The reference: each marker looked for in turn, the earliest kept (an end-of-sequence token in the text's last
    _END_OF_SEQUENCE_REACH characters only, and only where the text or a next turn follows it, never a
    strikethrough's ``</s>``)."""
    end = len(text)
    first = len(text) - len(text.lstrip()) + 1
    # Each marker's occurrences, in the order of the text; one that opens or is followed by the header of another reply
    # of the assistant (no user's turn before it) is read past, with the header.
    occurrences = sorted(
        (at, marker)
        for marker in _END_OF_TURN
        for at in range(first, len(text))
        if text.startswith(marker, at)
    )
    resume = first
    for at, marker in occurrences:
        if at < resume:
            continue
        header = re.match(
            r"\s*(?:<\|im_start\|>|<\|start_header_id\|>)?[ \t]*assistant[ \t]*(?:<\|end_header_id\|>|<\|im_sep\|>)?"
            r"|\s*<\|assistant\|>",
            text[at if marker in ("<|im_start|>", "<|assistant|>") else at + len(marker) :],
        )
        users = r"<\|(?:im_start|start_header_id)\|>[ \t]*(?:user|system)|<｜User｜>|<\|user\|>|<\|system\|>"
        if header is None or re.search(users, text[:at]) is not None:
            end = at
            break
        resume = (at if marker in ("<|im_start|>", "<|assistant|>") else at + len(marker)) + header.end()
    for marker in _END_OF_SEQUENCE:
        at = text.find(marker, max(1, len(text) - _END_OF_SEQUENCE_REACH))
        after = text[at + len(marker) :].lstrip()
        word = re.match(r"\w+", after)
        ends_a_turn = (
            marker == "</s>"  # only a model writes it: whatever follows is not part of its answer
            or after == ""
            or after.startswith(("<", "[INST]"))
            or (word is not None and word.group() in ("user", "User", "USER", "Human"))
        )
        strikethrough = marker == "</s>" and "<s>" in text[:at]
        if at != -1 and ends_a_turn and not strikethrough:
            end = min(end, at)
    return end


TURN_PIECES = [
    *_END_OF_TURN,
    *_END_OF_SEQUENCE,
    "y" * 150,
    "user",
    "[INST]",
    "<s>",
    "<|",
    "<｜",
    "|",
    "｜",
    "<",
    "im_end|>",
    "User｜>",
    "assistant",
    "</",
    "s>",
    " ",
    "\n",
    "x",
    "ok",
]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(TURN_PIECES), max_size=14).map("".join))
def test_the_end_of_turn_is_the_earliest_marker(text: str) -> None:
    assert _end_of_turn(text) == _end_of_turn_marker_by_marker(text)


def _last_plain_number_whole_window(text: str) -> tuple[int, int] | None:
    """The reference: every number of the last 2,000 characters, the last non-script one of the final 32."""
    matches = list(_NUMBER.finditer(text, max(0, len(text) - _NUMBER_WINDOW)))
    for candidate in reversed(matches[-_MAX_NUMBER_TRIES:]):
        if not _is_script(text, candidate.start()):
            return candidate.span()
    return None


NUMBER_PIECES = ["1", "23", "-", ",", ".", "/", ",000", " ", "x", "^", "_", "{", "}", "^{2}", "a_{n+3}", "\n", "3.5",
                 "1/2", "word " * 30, "9" * 140, "^{" + "7" * 120 + "}"]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NUMBER_PIECES), max_size=120).map("".join))
def test_the_last_number_found_near_the_end_is_that_of_the_whole_window(text: str) -> None:
    found = _last_plain_number(text)
    assert (None if found is None else found.span()) == _last_plain_number_whole_window(text)
