"""Completion text and think tags: the one copy, used by answer extraction, ``verify`` and the rewards.

A completion arrives as a string, a chat message (``{"role": ..., "content": ...}``), a list of chat messages (the
last assistant message is read), or a message whose ``content`` is a list of parts (``{"type": "text", "text": ...}``,
as multimodal chat templates write it). :func:`completion_text` turns each into text; ``None`` means "not a
completion at all" in :func:`completion_text_or_none`, which ``verify`` uses to report bad input.

Think tags: ``<think>…</think>`` (R1 family) and ``<|begin_of_thought|>…<|end_of_thought|>`` (Sky-T1 / Bespoke).
A chat template that pre-filled ``<think>`` leaves no opening tag in the completion: a closing tag still ends the
reasoning, and without one the completion cannot be told from a non-thinking answer.

Example:
    >>> completion_text([{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}])
    'a'
    >>> split_reasoning("<think>hmm</think> 42")
    ('hmm', ' 42', True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "THINK_CLOSE",
    "THINK_CLOSE_TAGS",
    "THINK_OPEN",
    "THINK_OPEN_TAGS",
    "completion_text",
    "completion_text_or_none",
    "completion_texts",
    "reasoning_end",
    "split_reasoning",
]

THINK_OPEN, THINK_CLOSE = "<think>", "</think>"
THINK_OPEN_TAGS: tuple[str, ...] = (THINK_OPEN, "<|begin_of_thought|>")
THINK_CLOSE_TAGS: tuple[str, ...] = (THINK_CLOSE, "<|end_of_thought|>")


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
    if isinstance(completion, Mapping):
        return _content_text(completion.get("content"))
    if isinstance(completion, Sequence) and completion:
        messages = [m for m in completion if isinstance(m, Mapping)]
        assistant = [m for m in messages if m.get("role", "assistant") == "assistant"]
        chosen = assistant[-1] if assistant else (messages[-1] if messages else None)
        if chosen is not None:
            return _content_text(chosen.get("content"))
    return None


def completion_text(completion: Any) -> str:
    """:func:`completion_text_or_none`, with ``""`` for anything that is not a completion (rewards score it as an
    empty text)."""
    text = completion_text_or_none(completion)
    return "" if text is None else text


def completion_texts(completions: Sequence[Any] | None) -> list[str]:
    """:func:`completion_text` of each completion."""
    return [completion_text(c) for c in completions or ()]


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


def reasoning_end(text: str) -> int:
    """The index just past the last closing think tag (either family), or -1 when the text has none."""
    end = -1
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
