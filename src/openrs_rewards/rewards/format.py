"""Format rewards: the R1 ``<think>`` / ``<answer>`` layout, tag counts and visible reasoning steps.

The R1-style format reward people copy is wrong in two ways this module fixes and its tests pin:

- It demands that a completion start with ``<think>``. Chat templates that pre-fill ``<think>`` (DeepSeek-R1-Distill,
  Qwen3 thinking) put that tag in the prompt, so the completion starts *inside* the reasoning and the reward is
  always 0: no signal at all. Here a completion may start inside the reasoning (no ``<think>`` of its own, exactly
  one ``</think>``), or open it itself (exactly one ``<think>`` first, then exactly one ``</think>``).
- open-r1's variant matches with ``re.MULTILINE``, where ``$`` matches at any line end, so text after
  ``</answer>`` on a later line passes. Here nothing but whitespace may follow the closing tag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal

from openrs_rewards.rewards.base import Reward, completion_texts, split_reasoning
from openrs_rewards.verifiers.text import THINK_CLOSE, THINK_OPEN

__all__ = ["FormatReward", "ReasoningStepsReward", "TagCountReward", "has_boxed"]

PrefilledThink = bool | Literal["auto"]

ANSWER_OPEN, ANSWER_CLOSE = "<answer>", "</answer>"


def has_boxed(text: str) -> bool:
    """Whether ``text`` holds a ``\\boxed{...}`` (or ``\\fbox{...}``) with balanced braces and non-blank content.

    >>> has_boxed("so \\\\boxed{\\\\frac{1}{2}}."), has_boxed("\\\\boxed{"), has_boxed("\\\\boxed{ }")
    (True, False, False)
    """
    boxed_braces = {match.end() - 1 for match in _BOXED.finditer(text)}
    if not boxed_braces:
        return False
    # One pass over the braces with a stack: linear even for degenerate text with hundreds of unclosed boxes.
    stack: list[int] = []
    for brace in _BRACES.finditer(text):
        position = brace.start()
        if brace.group() == "{":
            stack.append(position)
        elif stack:
            opened = stack.pop()
            if opened in boxed_braces and text[opened + 1 : position].strip():
                return True
    return False


_BOXED = re.compile(r"\\(?:boxed|fbox)\s*\{")
_BRACES = re.compile(r"[{}]")


def _prefilled_by_prompt(prompt: Any) -> bool | None:
    """True when a text prompt ends inside an unclosed ``<think>`` (the template pre-filled it); None when the
    prompt does not say (a chat prompt is templated later, inside the trainer)."""
    if not isinstance(prompt, str):
        return None
    opened = prompt.rfind(THINK_OPEN)
    return True if opened != -1 and prompt.find(THINK_CLOSE, opened) == -1 else None


def _prefilled_modes(setting: PrefilledThink, prompts: Sequence[Any] | None, count: int) -> list[bool | None]:
    """Per completion: True (template opened ``<think>``), False (the completion must) or None (decide by the
    completion itself: one that has no ``<think>`` of its own starts inside the reasoning)."""
    if setting is True or setting is False:
        return [setting] * count
    if prompts is not None and len(prompts) == count:
        return [_prefilled_by_prompt(p) for p in prompts]
    return [None] * count


def _check_prefilled(value: Any) -> PrefilledThink:
    if isinstance(value, bool):
        return value
    if value == "auto":
        return "auto"
    raise ValueError(f"prefilled_think must be True, False or 'auto', got {value!r}")


class FormatReward(Reward):
    """1.0 when the completion has the reasoning layout, else 0.0.

    The layout, checked without regular expressions that could backtrack or match across lines:

    1. The reasoning is opened by the chat template (``prefilled_think=True``: the completion has no ``<think>``),
       or by the completion (``False``: it starts with ``<think>``, leading whitespace aside), or either
       (``"auto"``, the default: a completion without ``<think>`` is taken to start inside the reasoning, one with
       ``<think>`` must start with it; a text prompt ending in an unclosed ``<think>`` settles it).
    2. Exactly one ``</think>``, after non-blank reasoning; no ``<think>`` repeated.
    3. After ``</think>``, a non-blank answer. When ``<answer>`` tags appear (or ``require_answer_tag``), exactly
       one ``<answer>…</answer>`` block with non-blank content, only whitespace between ``</think>`` and
       ``<answer>``, and **nothing but whitespace after** ``</answer>``. Answer tags inside the reasoning fail.
    4. With ``require_boxed``, the answer holds a brace-balanced ``\\boxed{...}``.

    With ``log_extra`` the completions table gets a ``<name>/problem`` column saying why each one failed.

    Args:
        prefilled_think: True, False or ``"auto"`` (see 1). The trainer glue sets it from the recipe.
        require_answer_tag: demand an ``<answer>…</answer>`` block after ``</think>``.
        require_boxed: demand a ``\\boxed{...}`` in the answer.
        allow_empty_reasoning: accept ``<think></think>`` with nothing inside.
        name: the log name (``__name__``).

    Example:
        >>> reward = FormatReward()
        >>> reward(completions=[
        ...     "Let me add 2 and 2.\\n</think>\\nThe answer is 4.",   # the template pre-filled <think>
        ...     "<think>2 + 2 = 4</think><answer>4</answer>",         # opened by the completion
        ...     "<think>2 + 2 = 4</think><answer>4</answer>\\njunk",   # trailing text after </answer>
        ...     "<think>2 + 2 = 4",                                   # never closed
        ... ])
        [1.0, 1.0, 0.0, 0.0]
    """

    name = "format"

    def __init__(
        self,
        *,
        prefilled_think: PrefilledThink = "auto",
        require_answer_tag: bool = False,
        require_boxed: bool = False,
        allow_empty_reasoning: bool = False,
        name: str | None = None,
    ) -> None:
        super().__init__(name=name)
        self.prefilled_think = _check_prefilled(prefilled_think)
        self.require_answer_tag = require_answer_tag
        self.require_boxed = require_boxed
        self.allow_empty_reasoning = allow_empty_reasoning

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, 1.0)

    def problem(self, text: str, prefilled: bool | None = None) -> str | None:
        """Why ``text`` fails the layout, or None when it passes. ``prefilled``: see :class:`FormatReward`."""
        closes = text.count(THINK_CLOSE)
        opens = text.count(THINK_OPEN)
        if closes == 0:
            return "no </think>"
        if closes > 1:
            return "repeated </think>"
        if prefilled is None:
            prefilled = opens == 0
        if prefilled:
            if opens:
                return "<think> although the template opened it"
            start = 0
        else:
            if opens == 0:
                return "no <think>"
            if opens > 1:
                return "repeated <think>"
            start = text.find(THINK_OPEN)
            if text[:start].strip():
                return "text before <think>"
            start += len(THINK_OPEN)
        end = text.find(THINK_CLOSE)
        if end < start:
            return "</think> before <think>"
        reasoning = text[start:end]
        if not self.allow_empty_reasoning and not reasoning.strip():
            return "empty reasoning"
        if ANSWER_OPEN in reasoning or ANSWER_CLOSE in reasoning:
            return "answer tag inside the reasoning"
        after = text[end + len(THINK_CLOSE) :]
        answer_opens, answer_closes = after.count(ANSWER_OPEN), after.count(ANSWER_CLOSE)
        if answer_opens or answer_closes or self.require_answer_tag:
            if answer_opens == 0 or answer_closes == 0:
                return "no <answer>...</answer> block"
            if answer_opens > 1 or answer_closes > 1:
                return "repeated answer tag"
            block = after.strip()
            if not block.startswith(ANSWER_OPEN):
                return "text between </think> and <answer>"
            if not block.endswith(ANSWER_CLOSE):
                return "text after </answer>"
            answer = block[len(ANSWER_OPEN) : -len(ANSWER_CLOSE)]
            if not answer.strip():
                return "empty answer"
        else:
            answer = after
            if not answer.strip():
                return "no answer after </think>"
        if self.require_boxed and not has_boxed(answer):
            return "no \\boxed{} in the answer"
        return None

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        texts = completion_texts(completions)
        modes = _prefilled_modes(self.prefilled_think, prompts, len(texts))
        problems = [self.problem(text, mode) for text, mode in zip(texts, modes, strict=True)]
        self._log_extra(kwargs, "problem", [p or "" for p in problems])
        return [0.0 if p else 1.0 for p in problems]


class TagCountReward(Reward):
    """0.25 for each of ``<think>``, ``</think>``, ``<answer>``, ``</answer>`` that occurs the right number of times.

    open-r1's heuristic, made aware of pre-filled templates and freed of its newline requirements: ``</think>``,
    ``<answer>`` and ``</answer>`` must occur exactly once; ``<think>`` exactly once when the completion must open
    the reasoning (``prefilled_think=False``), never when the template opened it (``True``), and at most once with
    ``"auto"`` (where a completion without ``<think>`` is taken to start inside the reasoning). A partial-credit
    shaping signal; use :class:`FormatReward` for the strict check.

    Args:
        prefilled_think: True, False or ``"auto"`` (see above; a text prompt ending in an unclosed ``<think>``
            settles ``"auto"``).
        name: the log name (``__name__``).

    Example:
        >>> TagCountReward()(completions=["<think>a</think><answer>1</answer>", "a</think>1", "<think><think>a"])
        [1.0, 0.5, 0.0]
    """

    name = "tag_count"

    def __init__(self, *, prefilled_think: PrefilledThink = "auto", name: str | None = None) -> None:
        super().__init__(name=name)
        self.prefilled_think = _check_prefilled(prefilled_think)

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, 1.0)

    @staticmethod
    def _score(text: str, prefilled: bool | None) -> float:
        opens = text.count(THINK_OPEN)
        # With "auto" (None) a completion without <think> is taken to start inside the reasoning.
        think_ok = opens <= 1 if prefilled is None else opens == (0 if prefilled else 1)
        counted = (
            think_ok,
            text.count(THINK_CLOSE) == 1,
            text.count(ANSWER_OPEN) == 1,
            text.count(ANSWER_CLOSE) == 1,
        )
        return 0.25 * sum(counted)

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        texts = completion_texts(completions)
        modes = _prefilled_modes(self.prefilled_think, prompts, len(texts))
        return [self._score(text, mode) for text, mode in zip(texts, modes, strict=True)]


# Step markers: "Step 3:", a numbered-list item or a bullet at a line start. Every branch is linear: no nested
# quantifiers, so arbitrary text cannot make it backtrack.
_STEP_MARKERS = re.compile(
    r"\b[Ss][Tt][Ee][Pp][ \t]*\d+[ \t]*[:.)]|^[ \t]*(?:\d{1,3}[.)]|[-*•])[ \t]+\S",
    re.MULTILINE,
)
# Sequencing words ("First," "Next," ...): candidates found by a cheap pattern, then looked up (an alternation of
# the words with IGNORECASE is twice as slow on long reasoning).
_SEQUENCE_CANDIDATE = re.compile(r"\b([FfSsTtNnLl][A-Za-z]{3,6})[ \t]*,")
_SEQUENCE_WORDS = frozenset({"first", "second", "third", "fourth", "next", "then", "finally", "lastly"})


class ReasoningStepsReward(Reward):
    """``min(1, steps / min_steps)``: rewards reasoning laid out in visible steps (open-r1's heuristic).

    A step is a ``Step N:`` marker, a numbered-list item or a bullet at the start of a line, or a sequencing word
    (``First,`` ``Second,`` ``Next,`` ``Then,`` ``Finally,`` ...). Only the reasoning is counted: the text before
    ``</think>`` (the whole completion when there is none), so steps written in the answer earn nothing.

    Args:
        min_steps: the number of steps that earns the full 1.0 (open-r1 used 3).
        name: the log name (``__name__``).

    Example:
        >>> ReasoningStepsReward()(completions=["Step 1: add. Step 2: carry.</think>4", "It is 4.</think>4"])
        [0.6666666666666666, 0.0]
    """

    name = "reasoning_steps"

    def __init__(self, *, min_steps: int = 3, name: str | None = None) -> None:
        super().__init__(name=name)
        if min_steps < 1:
            raise ValueError(f"min_steps must be >= 1, got {min_steps!r}")
        self.min_steps = int(min_steps)

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, 1.0)

    def count_steps(self, text: str) -> int:
        """The step markers in the reasoning part of ``text``."""
        reasoning = split_reasoning(text)[0]
        markers = len(_STEP_MARKERS.findall(reasoning))
        return markers + sum(
            1 for word in _SEQUENCE_CANDIDATE.findall(reasoning) if word.lower() in _SEQUENCE_WORDS
        )

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        counts = [self.count_steps(text) for text in completion_texts(completions)]
        self._log_extra(kwargs, "steps", counts)
        return [min(1.0, count / self.min_steps) for count in counts]
