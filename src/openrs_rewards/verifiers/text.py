"""Completion text and think tags: the one copy, used by answer extraction, ``verify`` and the rewards.

A completion arrives as a string, a chat message (``{"role": ..., "content": ...}``), a list of chat messages (the
last assistant message is read), or a message whose ``content`` is a list of parts (``{"type": "text", "text": ...}``,
as multimodal chat templates write it). :func:`completion_text` turns each into text; ``None`` means "not a
completion at all" in :func:`completion_text_or_none`, which ``verify`` uses to report bad input.

Think tags: ``<think>…</think>`` (R1 family), ``<|begin_of_thought|>…<|end_of_thought|>`` (Sky-T1 / Bespoke) and
the ChatML sections of s1 (``<|im_start|>think`` … ``<|im_start|>answer``, which opens the answer as a closing tag
would).
A chat template that pre-filled ``<think>`` leaves no opening tag in the completion: a closing tag still ends the
reasoning, and without one the completion cannot be told from a non-thinking answer.

Also here: :func:`repair_control_characters` (LaTeX escapes that an unescaped write turned into control characters)
and :func:`repeats_at_end` (a completion stuck in a loop), both bounded and used by answer extraction.

Example:
    >>> completion_text([{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}])
    'a'
    >>> split_reasoning("<think>hmm</think> 42")
    ('hmm', ' 42', True)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "SENTENCE_ENDS",
    "THINK_CLOSE",
    "THINK_CLOSE_TAGS",
    "THINK_OPEN",
    "THINK_OPEN_TAGS",
    "completion_text",
    "completion_text_or_none",
    "completion_texts",
    "completion_truncated",
    "final_sentence",
    "prompt_text",
    "prompt_texts",
    "reasoning_end",
    "repair_control_characters",
    "repeats_at_end",
    "split_reasoning",
]

THINK_OPEN, THINK_CLOSE = "<think>", "</think>"
THINK_OPEN_TAGS: tuple[str, ...] = (THINK_OPEN, "<|begin_of_thought|>", "<|im_start|>think")
THINK_CLOSE_TAGS: tuple[str, ...] = (THINK_CLOSE, "<|end_of_thought|>", "<|im_start|>answer")


def completion_text_or_none(completion: Any) -> str | None:
    """The text of one completion, or None when ``completion`` is not text, a chat message or a list of messages.

    A message list gives its last assistant message (the last message when none has a role ``assistant``); a
    ``content`` that is a list of parts gives its text parts joined.

    >>> completion_text_or_none({"role": "assistant", "content": [{"type": "text", "text": "\\\\boxed{4}"}]})
    '\\\\boxed{4}'
    >>> completion_text_or_none(42) is None
    True
    """
    if isinstance(completion, str):
        return completion
    message = _completion_message(completion)
    return None if message is None else _content_text(message.get("content"))


def _completion_message(completion: Any) -> Mapping[str, Any] | None:
    """The message a completion's text is read from: the message itself, or a list's last assistant message (its
    last message when none has the role)."""
    if isinstance(completion, Mapping):
        return completion
    if isinstance(completion, Sequence) and not isinstance(completion, str) and completion:
        messages = [m for m in completion if isinstance(m, Mapping)]
        assistant = [m for m in messages if m.get("role", "assistant") == "assistant"]
        return assistant[-1] if assistant else (messages[-1] if messages else None)
    return None


def completion_truncated(completion: Any) -> bool | None:
    """Whether a completion given as a chat message (or message list) says it stopped at the length limit: its
    message's ``finish_reason`` (``"length"``: True; another reason: False) or ``truncated`` key; None when it does
    not say (a plain string never does).

    >>> completion_truncated({"role": "assistant", "content": "So x = ", "finish_reason": "length"})
    True
    >>> completion_truncated("So x = 3.") is None
    True
    """
    message = _completion_message(completion)
    if message is None:
        return None
    reason = message.get("finish_reason")
    if isinstance(reason, str):
        return reason == "length"
    flag = message.get("truncated")
    return flag if isinstance(flag, bool) else None


def completion_text(completion: Any) -> str:
    """:func:`completion_text_or_none`, with ``""`` for anything that is not a completion (rewards score it as an
    empty text)."""
    text = completion_text_or_none(completion)
    return "" if text is None else text


def completion_texts(completions: Sequence[Any] | None) -> list[str]:
    """:func:`completion_text` of each completion."""
    return [completion_text(c) for c in completions or ()]


def prompt_text(prompt: Any) -> str | None:
    """The problem a prompt poses: the prompt itself when it is a string, else the text of its last user message
    (a chat prompt is a list of messages); None for anything else.

    >>> prompt_text([{"role": "system", "content": "Think."}, {"role": "user", "content": "Compute $2+3$."}])
    'Compute $2+3$.'
    """
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, Mapping):
        return _content_text(prompt.get("content"))
    if isinstance(prompt, Sequence):
        users = [m for m in prompt if isinstance(m, Mapping) and m.get("role", "user") == "user"]
        return _content_text(users[-1].get("content")) if users else None
    return None


def prompt_texts(prompts: Sequence[Any] | None, count: int) -> list[str | None] | None:
    """:func:`prompt_text` of each of ``count`` prompts; None when the prompts are not given one per completion."""
    if prompts is None or isinstance(prompts, str) or len(prompts) != count:
        return None
    return [prompt_text(prompt) for prompt in prompts]


def _content_text(content: Any) -> str | None:
    if isinstance(content, str):
        return content
    # Multimodal message content: a list of {"type": "text", "text": ...} parts.
    if isinstance(content, Sequence):
        return "".join(
            str(part.get("text", ""))
            for part in content
            if isinstance(part, Mapping) and part.get("type") == "text"
        )
    return None


# Where a sentence ends, for :func:`final_sentence`: a stop or a mark and a space, or a line break.
SENTENCE_ENDS = (". ", ".\n", "\n", "! ", "? ")
_FINAL_SENTENCE_REACH = 300  # characters at the end of a text where its final sentence is looked for


def final_sentence(text: str, ends: tuple[str, ...] = SENTENCE_ENDS) -> str:
    """The text after the last of ``ends`` in the final 300 characters of ``text`` (its own last character aside:
    the stop that ends the sentence), its stop and all (and the space before it).

    >>> final_sentence("We divide by 7. So 221 = 13 · 17 is composite.")
    ' So 221 = 13 · 17 is composite.'
    """
    tail = text.rstrip()[-_FINAL_SENTENCE_REACH:]
    return tail[max(tail.rfind(end, 0, len(tail) - 1) for end in ends) + 1 :]


def reasoning_end(text: str) -> int:
    """The index just past the last closing think tag (either family), or -1 when the text has none."""
    end = -1
    if "<" not in text:
        return end  # every tag starts with "<": one memchr settles the usual text, which has none
    for tag in THINK_CLOSE_TAGS:
        at = text.rfind(tag)
        if at != -1:
            end = max(end, at + len(tag))
    return end


def split_reasoning(text: str) -> tuple[str, str, bool]:
    """``(reasoning, answer, closed)``: the text before the last closing think tag (without a leading opening tag),
    the text after it, and whether a closing tag occurred. Without one the whole text is reasoning — both for a
    completion that opened ``<think>`` and never closed it, and for one whose template pre-filled ``<think>``.

    >>> split_reasoning("<|begin_of_thought|>hmm<|end_of_thought|>42")
    ('hmm', '42', True)
    """
    end = reasoning_end(text)
    if end == -1:
        head, tail, closed = text, "", False
    else:
        close_start = max(text.rfind(tag, 0, end) for tag in THINK_CLOSE_TAGS)
        head, tail, closed = text[:close_start], text[end:], True
    stripped = head.lstrip()
    for tag in THINK_OPEN_TAGS:
        if stripped.startswith(tag):
            head = stripped[len(tag) :]
            break
    return head, tail, closed


# --- control characters left by unescaped writes -------------------------------------------------------------------

# A file written without escaping turns the "\b" of "\boxed" into a backspace, "\f" of "\frac" into a form feed, and
# so on.  Each control character maps back to its escape letter, followed by the macro names (without that first
# letter) that it may begin.  Only these are repaired: a tab or carriage return before ordinary text stays as it is.
_CONTROL_MACROS: dict[str, tuple[str, tuple[str, ...]]] = {
    "\x07": ("a", ("pprox", "pproxeq", "lpha", "ngle", "rccos", "rcsin", "rctan", "st", "leph", "malg")),
    "\x08": (
        "b",
        (
            "oxed",
            "eta",
            "inom",
            "ar",
            "egin",
            "ig",
            "igg",
            "igl",
            "igr",
            "iggl",
            "iggr",
            "f",
            "m",
            "ot",
            "ullet",
            "ackslash",
            "mod",
            "oldsymbol",
            "rack",
            "ecause",
            "igcup",
            "igcap",
        ),
    ),
    "\x09": (
        "t",
        (
            "imes",
            "ext",
            "extbf",
            "extit",
            "extrm",
            "extstyle",
            "frac",
            "heta",
            "an",
            "anh",
            "au",
            "riangle",
            "ilde",
            "o",
            "op",
            "herefore",
        ),
    ),
    "\x0b": ("v", ("ec", "arepsilon", "arphi", "artheta", "ee", "dots", "ert", "Vert", "arnothing", "space")),
    "\x0c": ("f", ("rac", "orall", "box", "latten", "loor", "rak")),
    "\x0d": (
        "r",
        ("ight", "ightarrow", "angle", "floor", "ceil", "ho", "m", "vert", "Vert", "brace", "brack"),
    ),
}
# Names this short are common word beginnings ("an", "au", "m"): repaired only before math, never before a space.
_SHORT_MACRO = 2


def _repair_alternative(char: str, names: tuple[str, ...]) -> str:
    """The pattern of one control character followed by one of its macro names (looked ahead, not consumed)."""
    long_names = sorted(
        {re.escape(name) for name in names if len(name) > _SHORT_MACRO}, key=len, reverse=True
    )
    short_names = sorted(
        {re.escape(name) for name in names if len(name) <= _SHORT_MACRO}, key=len, reverse=True
    )
    options = [f"(?:{'|'.join(long_names)})(?![A-Za-z])"]
    if short_names:
        options.append(f"(?:{'|'.join(short_names)})" + r"(?=[({\[\\^_$0-9])")
    return f"{re.escape(char)}(?={'|'.join(options)})"


_REPAIR = compile_lazily(
    "|".join(_repair_alternative(char, names) for char, (_, names) in _CONTROL_MACROS.items())
)
_CONTROL_CHARACTERS = tuple(_CONTROL_MACROS)


def repair_control_characters(text: str) -> str:
    """``text`` with each control character that stands for a lost LaTeX escape put back (``"\\x08oxed{2}"`` ->
    ``"\\\\boxed{2}"``): only when a known macro name follows it, so tabs and carriage returns in ordinary text stay.
    Linear; returns ``text`` itself when it holds none of these characters.

    >>> repair_control_characters("\\x08oxed{\\x0crac{1}{2}} and\\tthen")
    '\\\\boxed{\\\\frac{1}{2}} and\\tthen'
    """
    # One ``in`` per character (a memchr-speed scan each) rather than a character-class regex over the text: most
    # completions hold none, and this runs on every completion in full.
    if not any(char in text for char in _CONTROL_CHARACTERS):
        return text
    return _REPAIR.sub(lambda match: "\\" + _CONTROL_MACROS[match.group()][0], text)


# --- loops --------------------------------------------------------------------------------------------------------

_LOOP_WINDOW = 6_000
_LOOP_PROBE = 40
_LOOP_REPEATS = 4


def repeats_at_end(text: str) -> bool:
    """Whether the end of ``text`` is a loop: its last 40 characters occur at least 4 times (without overlap) in
    its last 6,000 — a model repeating one chunk until the length cap.  Constant time (bounded window).

    >>> repeats_at_end("Let me think. " + "Wait, so x = 3 and then 2x = 6. " * 20)
    True
    >>> repeats_at_end("So x = 3, and 2x = 6. The answer is 6.")
    False
    """
    tail = text[-_LOOP_WINDOW:].rstrip()
    if len(tail) < _LOOP_PROBE * _LOOP_REPEATS:
        return False
    probe = tail[-_LOOP_PROBE:]
    if probe.isspace():
        return False
    return tail.count(probe) >= _LOOP_REPEATS
