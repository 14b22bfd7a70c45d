"""Find the final answer span in a model completion, and the answer span in a gold.

Everything here is pure, cheap and linear in the length of its input: no sympy, no regular expression that can
backtrack catastrophically (every pattern below is a literal prefix followed by bounded classes), and every
candidate span is found with ``str.find`` / ``re.finditer`` over a capped tail plus bounded look-ahead.

Where the answer is looked for
------------------------------
1. The *answer region*: the text after the last ``</think>`` (or ``<|end_of_thought|>``, the Sky-T1 / Bespoke
   marker).  When a completion opens ``<think>`` and never closes it, ``ExtractionConfig.unclosed_think`` decides:
   ``"search_all"`` searches the whole tail, ``"no_answer"`` gives up.  A chat template that pre-filled ``<think>``
   leaves no opening tag in the completion: a ``</think>`` still cuts the region, and without one the completion is
   indistinguishable from a non-thinking answer, so it is searched whole under either policy.
2. Only the last ``tail_chars`` characters of that region are searched (the answer is at the end of a long chain of
   thought, and this bounds the work on runaway output).
3. Candidates, highest priority first:

   * ``boxed`` / ``answer_tag`` -- the last non-empty brace-balanced ``\\boxed{}`` / ``\\boxed x`` / ``\\fbox{}``
     and the last non-empty closed ``<answer>...</answer>``.  Both are explicit final-answer markers, so the one
     that comes *later* in the text wins: a tag after the reasoning's boxed scratch work is the declared answer,
     and a boxed answer written after an echoed ``<answer> answer here </answer>`` template is the real one.  A
     boxed inside the tag wins over the tag's raw text (the tag then holds prose around the boxed answer).
   * ``phrase`` -- "the final answer is X", "answer is: X", Minerva's "Final Answer: The final answer is $X$. I
     hope it is correct."  A phrase is a deliberate statement, so it outranks the formatting conventions below.
   * ``bold`` -- ``**Answer:** X``, ``**Final Answer:** X``, ``**Answer: X**``, ``**Final Answer**`` + next line.
   * ``gsm8k`` -- ``#### X`` (markdown headings such as ``#### Step 2`` are refused: X must start like math).
   * ``last_number`` -- the last number in the region; a weak guess, so last, and switchable off.

   Within each kind the last occurrence that yields a usable span wins.  Empty spans are skipped (an empty
   ``\\boxed{}`` is no answer, not an empty answer) and a span longer than ``max_answer_chars`` is refused.
4. With ``choice_letters`` (the gold is a multiple-choice letter), every candidate above is read as a letter
   ("(C)", "C", "\\textbf{(C)}", "(B) 12", "option C"); the first that is one wins with source ``"choice"``.
   When none is, a lone letter on a short last line counts (this replaces the last-number fallback and is switched
   by the same flag), and failing that the best non-letter candidate is returned so the caller can still mark it
   incorrect rather than unanswered.

The returned ``Extracted.text`` is always a slice of the searched tail (only trimmed of whitespace, ``$`` / ``\\(``
wrappers and trailing punctuation), except that a choice letter is upper-cased.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = [
    "DEFAULT_EXTRACTION",
    "Extracted",
    "ExtractionConfig",
    "extract_answer",
    "extract_gold",
    "last_boxed",
]


@dataclass(frozen=True, slots=True)
class ExtractionConfig:
    """How to find the final answer in a completion.

    Attributes:
        unclosed_think: what to do with a completion that opens ``<think>`` and never closes it: ``"search_all"``
            searches the (tail of the) whole completion, ``"no_answer"`` returns no answer (strict: an unfinished
            thought has no final answer).
        last_number_fallback: when no explicit answer marker is found, take the last number in the text.
        tail_chars: only the last this-many characters of the answer region are searched.
        max_answer_chars: a candidate span longer than this is refused (degenerate output).

    Example:
        >>> cfg = ExtractionConfig(unclosed_think="no_answer", last_number_fallback=False)
        >>> extract_answer("<think>so it is 4", cfg) is None
        True
    """

    unclosed_think: Literal["search_all", "no_answer"] = "search_all"
    last_number_fallback: bool = True
    tail_chars: int = 16_000
    max_answer_chars: int = 1_000

    def __post_init__(self) -> None:
        if self.unclosed_think not in ("search_all", "no_answer"):
            raise ValueError(
                f"unclosed_think must be 'search_all' or 'no_answer', not {self.unclosed_think!r}"
            )
        if self.tail_chars < 1:
            raise ValueError(f"tail_chars must be positive, not {self.tail_chars!r}")
        if self.max_answer_chars < 1:
            raise ValueError(f"max_answer_chars must be positive, not {self.max_answer_chars!r}")


DEFAULT_EXTRACTION = ExtractionConfig()


@dataclass(frozen=True, slots=True)
class Extracted:
    """An answer span found in a completion.

    Attributes:
        text: the raw answer span (still LaTeX, not normalised).
        source: where it was found: ``"boxed"``, ``"answer_tag"``, ``"phrase"``, ``"bold"``, ``"gsm8k"``,
            ``"choice"`` or ``"last_number"``.
    """

    text: str
    source: str


# --- think tags ---------------------------------------------------------------------------------------------------

_THINK_OPEN = ("<think>", "<|begin_of_thought|>")
_THINK_CLOSE = ("</think>", "<|end_of_thought|>")


def _answer_region(completion: str, config: ExtractionConfig) -> str | None:
    """The part of the completion that may hold the final answer, capped to its tail; None = give up."""
    close_end = -1
    for tag in _THINK_CLOSE:
        at = completion.rfind(tag)
        if at != -1:
            close_end = max(close_end, at + len(tag))
    region = completion if close_end == -1 else completion[close_end:]
    if config.unclosed_think == "no_answer" and any(tag in region for tag in _THINK_OPEN):
        return None
    return region[-config.tail_chars :]


# --- span trimming ------------------------------------------------------------------------------------------------

_WRAPPERS = (("$$", "$$"), ("\\[", "\\]"), ("\\(", "\\)"), ("$", "$"), ("**", "**"))
_TRAILING_PUNCT = ".,;:!"


def _is_factorial(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` ends with a factorial sign: ``!`` right after a digit, a letter, ``)`` or ``}``."""
    return text[end - 1] == "!" and end - 2 >= start and (text[end - 2].isalnum() or text[end - 2] in ")}")


def _trim(text: str, start: int, end: int, *, math: bool = False) -> tuple[int, int] | None:
    """Shrink ``text[start:end]`` past whitespace, one-piece ``$..$`` / ``\\(..\\)`` / ``**..**`` wrappers and trailing
    punctuation.  Returns None when nothing is left.  Each pass removes at least one character, so it is linear.

    ``math``: the span is math (a ``\\boxed{}`` or ``<answer>`` body); so is anything inside a ``$`` / ``\\(`` / ``\\[``
    wrapper. In math a ``!`` after a digit, letter, ``)`` or ``}`` is a factorial (``\\boxed{5!}``), not punctuation.
    """
    for _ in range(16):  # real answers carry a few wrapper layers; a bound keeps degenerate input linear
        before = (start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while (
            end > start
            and text[end - 1] in _TRAILING_PUNCT
            and not _ends_with_escape(text, start, end - 1)
            and not (math and _is_factorial(text, start, end))
        ):
            end -= 1
        for opener, closer in _WRAPPERS:
            inner_start, inner_end = start + len(opener), end - len(closer)
            if (
                inner_start <= inner_end
                and text.startswith(opener, start)
                and text.startswith(closer, inner_end)
                and text.find(closer, inner_start, inner_end) == -1
            ):
                start, end = inner_start, inner_end
                math = math or opener != "**"
                break
        else:
            # A lone leading "$" before a digit is a dollar amount ("$5"), a lone "**" is left-over bold.
            if end - start > 1 and text[start] == "$" and text[start + 1].isdigit():
                start += 1
            elif text.startswith("**", start):
                start += 2
            elif end - start >= 2 and text.startswith("**", end - 2):
                end -= 2
        if (start, end) == before:
            break
    return (start, end) if start < end else None


_NULL_DELIMITERS = ("\\right", "\\left", "\\bigr", "\\Bigr", "\\biggr", "\\Biggr")


def _ends_with_escape(text: str, start: int, at: int) -> bool:
    """True when ``text[at]`` belongs to LaTeX: escaped by an odd run of backslashes (``\\;`` is spacing, not
    punctuation) or the null delimiter of ``\\right.``."""
    if text[at] == "." and text.endswith(_NULL_DELIMITERS, start, at):
        return True
    run = 0
    while at - 1 - run >= start and text[at - 1 - run] == "\\":
        run += 1
    return run % 2 == 1


# --- boxed --------------------------------------------------------------------------------------------------------

_BOX_MACRO = re.compile(r"\\(?:boxed|fbox)(?![A-Za-z])")
# A brace token: the escapes "\\", "\{", "\}" are consumed whole so that they never count as braces.
_BRACE_TOKEN = re.compile(r"\\[\\{}]|[{}]")
_BARE_TOKEN = re.compile(r"[^\s$]+")


def _boxed_spans_reversed(text: str) -> list[tuple[int, int, int]]:
    """Every ``\\boxed`` / ``\\fbox`` with its content span, as ``(macro_start, start, end)``, last first.

    One forward pass matches all braces after the first macro (a brace's partner depends only on the text after it),
    so the whole thing is linear however many boxes there are and however deeply they nest.  Unclosed boxes and
    stray closing braces are tolerated: an unclosed box simply has no span.
    """
    macros = list(_BOX_MACRO.finditer(text))
    if not macros:
        return []
    partner: dict[int, int] = {}
    open_stack: list[int] = []
    for token in _BRACE_TOKEN.finditer(text, macros[0].end()):
        kind = token.group()
        if kind == "{":
            open_stack.append(token.start())
        elif kind == "}" and open_stack:
            partner[open_stack.pop()] = token.start()
    spans: list[tuple[int, int, int]] = []
    n = len(text)
    for macro in reversed(macros):
        pos = macro.end()
        while pos < n and text[pos] in " \t":
            pos += 1
        if pos < n and text[pos] == "{":
            close = partner.get(pos)
            if close is not None:
                spans.append((macro.start(), pos + 1, close))
        elif pos > macro.end() and pos < n and text[pos] not in "{}$\n\r":
            bare = _BARE_TOKEN.match(text, pos)  # "\boxed 5": one TeX argument up to whitespace or "$"
            # ... but "the \boxed notation" is prose about boxes: a bare word is not an argument.
            if bare is not None and not (bare.end() - pos > 1 and text[pos : bare.end()].isalpha()):
                spans.append((macro.start(), pos, bare.end()))
    return spans


def _last_boxed_span(text: str, max_chars: int | None) -> tuple[int, int, int] | None:
    """``(macro_start, start, end)`` of the last non-empty boxed answer no longer than ``max_chars``."""
    for macro_start, start, end in _boxed_spans_reversed(text):
        trimmed = _trim(text, start, end, math=True)
        if trimmed is None:
            continue  # "\boxed{}" and "\boxed{ }" are no answer: take an earlier one
        if max_chars is not None and trimmed[1] - trimmed[0] > max_chars:
            continue
        return macro_start, trimmed[0], trimmed[1]
    return None


def last_boxed(text: str, *, max_chars: int | None = None) -> str | None:
    """The content of the last non-empty ``\\boxed{...}``, ``\\boxed x`` or ``\\fbox{...}`` in ``text``.

    Braces are matched with escapes (``\\{``, ``\\}``) ignored; unbalanced input is tolerated; empty boxes are
    skipped; linear time.  With ``max_chars``, longer contents are skipped too.

    Example:
        >>> last_boxed(r"so \\boxed{\\frac{1}{2}} hmm, no: \\boxed{\\{1, 2\\}} \\boxed{}")
        '\\\\{1, 2\\\\}'
        >>> last_boxed("no box") is None
        True
    """
    span = _last_boxed_span(text, max_chars)
    return None if span is None else text[span[1] : span[2]]


# --- <answer> tags ------------------------------------------------------------------------------------------------


def _answer_tag_spans_reversed(text: str) -> list[tuple[int, int, int]]:
    """Closed ``<answer>...</answer>`` blocks as ``(tag_end, start, end)``, last first."""
    spans: list[tuple[int, int, int]] = []
    limit = len(text)
    while True:
        close = text.rfind("</answer>", 0, limit)
        if close == -1:
            return spans
        open_ = text.rfind("<answer>", 0, close)
        if open_ == -1:
            return spans
        spans.append((close + len("</answer>"), open_ + len("<answer>"), close))
        limit = open_


# --- phrases, bold, gsm8k -----------------------------------------------------------------------------------------

_PHRASE = re.compile(
    r"\banswer(?:[ \t]+(?:is|was|would[ \t]+be|should[ \t]+be|will[ \t]+be)\b[ \t]*:?|[ \t]*:)", re.IGNORECASE
)
_CHOICE_PHRASE = re.compile(
    r"\b(?:answer|option|choice)(?:[ \t]+(?:is|was|would[ \t]+be|should[ \t]+be|will[ \t]+be)\b[ \t]*:?|[ \t]*:)",
    re.IGNORECASE,
)
_BOLD = re.compile(r"\*\*[ \t]*(?:final[ \t]+)?answer[ \t]*(?::[ \t]*\*\*|\*\*[ \t]*:?|:)", re.IGNORECASE)
_GSM8K = re.compile(r"(?<!#)####(?!#)")
_NUMBER = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:/\d+)?")
# The start of a "the answer is ..." that is commentary, not an answer ("the answer is correct").
_NOT_AN_ANSWER = frozenset(
    [
        "correct",
        "incorrect",
        "wrong",
        "right",
        "not",
        "that",
        "because",
        "probably",
        "likely",
        "wait",
        "still",
        "unclear",
        "unknown",
        "below",
        "above",
        "as",
        "indeed",
        "definitely",
        "clearly",
        "obviously",
        "given",
        "in",
    ]
)
_WORD = re.compile(r"[A-Za-z]+")
_MATH_START = re.compile(r"[-+$\\\d.(\[{]")


def _span_after(text: str, pos: int, max_chars: int, *, one_sentence: bool) -> tuple[int, int] | None:
    """The answer written right after a marker ending at ``pos``: a ``$..$`` / ``\\[..\\]`` / ``\\(..\\)`` block, or
    the rest of the line (cut at the first sentence end when ``one_sentence``).  If the marker ends its line, the
    answer may start on the next non-blank line.  Only ``max_chars`` + a little is looked at."""
    n = len(text)
    window_end = min(n, pos + max_chars + 64)
    i = pos
    while i < window_end and text[i] in " \t":
        i += 1
    if i < window_end and text[i] in "\r\n":
        while i < window_end and text[i].isspace():
            i += 1
    if i >= window_end:
        return None
    for opener, closer in _WRAPPERS[:4]:
        if text.startswith(opener, i):
            close = text.find(closer, i + len(opener), window_end)
            if close != -1:
                return _trim(text, i + len(opener), close, math=True)
            break
    line_end = text.find("\n", i, window_end)
    if line_end == -1:
        if window_end < n:
            return None  # the line runs past the window: longer than any answer we accept
        line_end = n
    if one_sentence:
        stop = text.find(". ", i, line_end)
        if stop != -1:
            line_end = stop
    return _trim(text, i, line_end)


def _refuse(text: str, span: tuple[int, int] | None, max_chars: int) -> bool:
    """A span is refused when missing, too long, or a box (a usable box was already taken by the boxed scanner, so
    one reached here is empty or unclosed: "answer: \\boxed{}" is no answer)."""
    return span is None or span[1] - span[0] > max_chars or _BOX_MACRO.match(text, span[0]) is not None


def _last_phrase(text: str, max_chars: int, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    for marker in reversed(list(pattern.finditer(text))):
        before = text[max(0, marker.start() - 8) : marker.start()].rstrip().lower()
        if before.endswith("*") or before.endswith("**final"):
            continue  # a bold marker: the bold scanner reads it
        if text.startswith("**", marker.end()) or text.startswith("*", marker.end()):
            continue
        span = _span_after(text, marker.end(), max_chars, one_sentence=True)
        if _refuse(text, span, max_chars):
            continue
        assert span is not None
        word = _WORD.match(text, span[0])
        if word is not None and word.group().lower() in _NOT_AN_ANSWER:
            continue
        return span
    return None


def _last_bold(text: str, max_chars: int) -> tuple[int, int] | None:
    for marker in reversed(list(_BOLD.finditer(text))):
        if marker.group().count("**") == 1:
            # "**Answer: 12**": the answer runs to the closing "**" on the same line.
            window_end = min(len(text), marker.end() + max_chars + 64)
            line_end = text.find("\n", marker.end(), window_end)
            line_end = window_end if line_end == -1 else line_end
            bold_end = text.find("**", marker.end(), line_end)
            span = _trim(text, marker.end(), line_end if bold_end == -1 else bold_end)
        else:
            span = _span_after(text, marker.end(), max_chars, one_sentence=False)
        if not _refuse(text, span, max_chars):
            return span
    return None


def _last_gsm8k(text: str, max_chars: int) -> tuple[int, int] | None:
    for marker in reversed(list(_GSM8K.finditer(text))):
        span = _span_after(text, marker.end(), max_chars, one_sentence=False)
        if _refuse(text, span, max_chars):
            continue
        assert span is not None
        if _MATH_START.match(text, span[0]) is None:
            continue  # "#### Step 3: ..." is a markdown heading
        return span
    return None


def _has_boxed_macro(text: str) -> bool:
    return "\\boxed" in text or "\\fbox" in text


_NUMERIC_ATOM = re.compile(
    r"-?\d+ +/ +\d+(?![\d.])|-?(?:\d+\s*)?\\(?:[dt]?frac\{[^{}]{1,40}\}\{[^{}]{1,40}\}|sqrt(?:\[[^\]]{1,10}\])?\{[^{}]{1,40}\})"
)


def _last_number(text: str, max_chars: int) -> tuple[int, int] | None:
    """The last number that can be an answer, widened to the fraction, root or tuple it belongs to.

    An exponent or subscript is not an answer ("$166 \\mathrm{~cm}^{2}$" answers 166), a number inside a fraction or
    root is part of it ("so $a=\\frac{4}{9}$" answers 4/9, not 9), and one inside a tuple or set is part of that
    ("the triple $(3,5,7)$" does not answer 7).
    """
    matches = list(_NUMBER.finditer(text))
    last = None
    for candidate in reversed(matches[-_MAX_NUMBER_TRIES:]):
        if not _is_script(text, candidate.start()):
            last = candidate
            break
    if last is None or last.end() - last.start() > max_chars:
        return None
    window_start = max(0, last.start() - 120)
    for atom in _NUMERIC_ATOM.finditer(text, window_start, min(len(text), last.end() + 60)):
        if atom.start() <= last.start() and last.end() <= atom.end():
            return atom.start(), atom.end()
    group = _enclosing_group(text, last.start(), last.end())
    if group is not None and group[1] - group[0] <= max_chars:
        return group
    return last.start(), last.end()


_MAX_NUMBER_TRIES = 32
_GROUP_REACH = 200
_GROUP_PAIRS = {"(": ")", "[": "]", "{": "}"}


def _is_script(text: str, start: int) -> bool:
    """Whether the number at ``start`` is an exponent or subscript (``^2``, ``^{2}``, ``_1``)."""
    i = start - 1
    if i >= 0 and text[i] == "{":
        i -= 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i >= 0 and text[i] in "^_"


def _enclosing_group(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the innermost ``(...)``, ``[...]`` or ``\\{...\\}`` around ``text[start:end]`` when it is a
    comma-separated list within reach, else None."""
    depth = 0
    i = start - 1
    low = max(0, start - _GROUP_REACH)
    while i >= low:
        char = text[i]
        if char in ")]}":
            depth += 1
        elif char in "([{":
            if depth:
                depth -= 1
            else:
                break
        elif char in "\n$":
            return None  # lists of answers do not span lines or math spans
        i -= 1
    else:
        return None
    opener = text[i]
    open_start = i - 1 if opener == "{" and i > 0 and text[i - 1] == "\\" else i
    if opener == "{" and open_start == i:
        return None  # a plain brace group is LaTeX syntax, not a set
    closer = _GROUP_PAIRS[opener]
    depth = 0
    j = end
    high = min(len(text), end + _GROUP_REACH)
    while j < high:
        char = text[j]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            if depth:
                depth -= 1
            elif char == closer:
                break
            else:
                return None
        elif char in "\n$":
            return None
        j += 1
    else:
        return None
    if "," not in text[i:j]:
        return None
    return open_start, j + 1


# --- multiple choice ----------------------------------------------------------------------------------------------

_LATEX_WORD = re.compile(r"\\[A-Za-z]+")
_CHOICE_WRAPPER_MACROS = frozenset(
    [
        "textbf",
        "text",
        "mathrm",
        "mathbf",
        "bf",
        "rm",
        "it",
        "textit",
        "mathit",
        "boxed",
        "fbox",
        "left",
        "right",
        "quad",
        "qquad",
    ]
)
_AFTER_LETTER = " \t\r\n.,:;)}]$*\\"


def _choice_letter(text: str, start: int, end: int, letters: str) -> int | None:
    """Index of a choice letter that ``text[start:end]`` opens with ("(C)", "C", "\\textbf{(C)} 12", "option C")."""
    i = start
    while i < end:
        ch = text[i]
        if ch in " \t\r\n${[*:":
            i += 1
            continue
        if ch == "\\":
            word = _LATEX_WORD.match(text, i, end)
            if word is not None and word.group()[1:] in _CHOICE_WRAPPER_MACROS:
                i = word.end()
                continue
            if text.startswith("\\(", i) or text.startswith("\\[", i):
                i += 2
                continue
            return None
        lowered = text[i : min(i + 6, end)].lower()
        if lowered in ("option", "choice"):
            i += 6
            continue
        break
    in_parens = i < end and text[i] == "("
    if in_parens:
        i += 1
    if i >= end or not text[i].isalpha() or text[i].upper() not in letters:
        return None
    letter_at, after = i, i + 1
    if in_parens:
        if after >= end or text[after] != ")":
            return None
        after += 1
    elif not text[i].isupper():
        return None  # a bare lower-case letter is a variable, not a choice
    if after < end and text[after] not in _AFTER_LETTER:
        return None  # "Circle", "A2": a word, not a letter
    return letter_at


def _last_line_letter(text: str, letters: str) -> int | None:
    end = len(text)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    if end - start > 40:
        return None  # a lone letter ends a short line; a sentence ending in "A." is not an answer
    trimmed = _trim(text, start, end)
    if trimmed is None:
        return None
    at = _choice_letter(text, trimmed[0], trimmed[1], letters)
    return at


# --- the public entry points --------------------------------------------------------------------------------------


def extract_answer(
    completion: str, config: ExtractionConfig = DEFAULT_EXTRACTION, *, choice_letters: str | None = None
) -> Extracted | None:
    """The final answer span of ``completion``, or None when it has none.

    See the module docstring for where it looks and in which order.

    Example:
        >>> extract_answer("<think>maybe \\\\boxed{3}</think>The answer is $\\\\boxed{4}$.")
        Extracted(text='4', source='boxed')
        >>> extract_answer("**Answer:** (B) 12", choice_letters="ABCDE")
        Extracted(text='B', source='choice')
        >>> extract_answer("Natalia sold 48 + 24 = 72 clips.\\n#### 72")
        Extracted(text='72', source='gsm8k')
    """
    if not isinstance(completion, str) or not completion:
        return None
    region = _answer_region(completion, config)
    if region is None:
        return None
    max_chars = config.max_answer_chars
    letters = choice_letters.upper() if choice_letters else None

    candidates: list[tuple[str, tuple[int, int]]] = []
    # Lazily computed candidate kinds, in priority order: with no choice letters the first hit is the answer, so the
    # later scanners never run.
    scanners: list[tuple[str, Callable[[], tuple[int, int] | None]]] = [
        ("phrase", lambda: _last_phrase(region, max_chars, _CHOICE_PHRASE if letters else _PHRASE)),
        ("bold", lambda: _last_bold(region, max_chars)),
        ("gsm8k", lambda: _last_gsm8k(region, max_chars)),
    ]
    marked = _boxed_or_tag(region, max_chars)
    if marked is not None:
        candidates.append(marked)
        if letters is None:
            return Extracted(region[marked[1][0] : marked[1][1]], marked[0])
    for source, scan in scanners:
        if letters is None and candidates:
            break
        span = scan()
        if span is not None:
            candidates.append((source, span))
    if letters is None:
        if candidates:
            source, (start, end) = candidates[0]
            return Extracted(region[start:end], source)
        # A boxed answer that was refused (empty, or too long to be an answer) is the model's answer all the same:
        # a stray number before it is not (a 2,000-deep nested root would otherwise "answer" its innermost 2).
        if config.last_number_fallback and not _has_boxed_macro(region):
            number = _last_number(region, max_chars)
            if number is not None:
                return Extracted(region[number[0] : number[1]], "last_number")
        return None

    for _source, (start, end) in candidates:
        at = _choice_letter(region, start, end, letters)
        if at is not None:
            return Extracted(region[at].upper(), "choice")
    if config.last_number_fallback:
        at = _last_line_letter(region, letters)
        if at is not None:
            return Extracted(region[at].upper(), "choice")
    if candidates:
        source, (start, end) = candidates[0]
        return Extracted(region[start:end], source)
    return None


def _boxed_or_tag(region: str, max_chars: int) -> tuple[str, tuple[int, int]] | None:
    """The later of the last usable boxed answer and the last usable ``<answer>`` block (see the module docstring)."""
    boxed = _last_boxed_span(region, max_chars)
    for tag_end, start, end in _answer_tag_spans_reversed(region):
        if boxed is not None and boxed[0] >= tag_end:
            break  # the boxed answer comes after every remaining tag
        inner = region[start:end]
        inner_boxed = _last_boxed_span(inner, max_chars)
        if inner_boxed is not None:
            return "answer_tag", (start + inner_boxed[1], start + inner_boxed[2])
        phrase = _last_phrase(inner, max_chars, _PHRASE)
        if phrase is not None:
            return "answer_tag", (start + phrase[0], start + phrase[1])
        span = _trim(region, start, end, math=True)
        if not _refuse(region, span, max_chars):
            assert span is not None
            return "answer_tag", span
    if boxed is not None:
        return "boxed", (boxed[1], boxed[2])
    return None


_GOLD_WRAPPERS = (("$$", "$$"), ("\\[", "\\]"), ("\\(", "\\)"), ("$", "$"))


def extract_gold(gold: str) -> str | None:
    """The answer span of a gold: clean math is kept WHOLE (never reduced to its last number).

    A whole worked solution (it contains ``\\boxed``) gives its last boxed content; a GSM8K answer gives what follows
    its last ``####``; surrounding ``$...$``, ``\\(...\\)``, ``\\[...\\]``, whitespace and a trailing period are
    stripped.  Returns None for an empty or unusable gold (for example a solution whose boxes are all empty or
    unclosed).

    Example:
        >>> extract_gold("$y - 2$.")
        'y - 2'
        >>> extract_gold("so the width is $\\\\boxed{10 - 2\\\\sqrt{5}}$ cm.")
        '10 - 2\\\\sqrt{5}'
        >>> extract_gold("48 + 24 = 72\\n#### 72")
        '72'
    """
    if not isinstance(gold, str):
        return None
    if _BOX_MACRO.search(gold) is not None:
        answer = last_boxed(gold)
        if answer is None:
            return None
    elif "####" in gold:
        answer = gold[gold.rfind("####") + 4 :]
    else:
        answer = gold
    for _ in range(8):  # each pass strips one layer; 8 covers any real gold
        stripped = answer.strip()
        if stripped.endswith(".") and not stripped.endswith("\\."):
            stripped = stripped[:-1].rstrip()
        if stripped.count("$") == 1 and (
            stripped.startswith("$") or (stripped.endswith("$") and not stripped.endswith("\\$"))
        ):
            # Half of a wrapper left by upstream clean-up ("(-\\infty, 0)$."): a lone "$" is never part of the math.
            stripped = stripped.strip("$")
        for opener, closer in _GOLD_WRAPPERS:
            inner = stripped[len(opener) : len(stripped) - len(closer)]
            if (
                len(stripped) >= len(opener) + len(closer)
                and stripped.startswith(opener)
                and stripped.endswith(closer)
                and closer not in inner
            ):
                stripped = inner
                break
        if stripped == answer:
            break
        answer = stripped
    return answer or None
