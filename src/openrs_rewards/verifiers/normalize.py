"""Text clean-up shared by gold and prediction: cheap, bounded, pure.

``normalize_answer`` turns the many ways people write one answer into one string, so that the fast path can settle
most comparisons by string or exact-number equality without sympy. Every step is a linear scan or a regex without
nested quantifiers over a capped input, so the cost is bounded by ``MAX_NORMALIZE_CHARS``.

What it does, in order:
    * strips surrounding ``$…$``, ``\\(…\\)``, ``\\[…\\]``, a whole-string ``\\boxed{…}``, a trailing period;
    * removes spacing and sizing commands (``\\left``, ``\\right``, ``\\!``, ``\\,``, ``~``, ``\\displaystyle`` …);
    * ``\\dfrac`` / ``\\tfrac`` → ``\\frac``, ``\\dbinom`` → ``\\binom``, ``\\le`` → ``\\leq`` …;
    * degree signs (``^\\circ``, ``^{\\circ}``, ``°``, ``\\degree``) are dropped: degrees stay degrees and are never
      converted to radians, so ``45^\\circ`` equals ``45`` but not ``\\frac{\\pi}{4}``;
    * currency (``\\$``, ``dollars``) and trailing units (``10\\text{ cm}``, ``5 dollars``, ``3 cm^2``) are dropped;
    * ``\\text{…}`` / ``\\mbox{…}`` / ``\\mathrm{…}`` / ``\\textbf{…}`` are unwrapped;
    * percent is kept as one canonical suffix ``\\%`` (the numeric stage decides what it means);
    * braces are added to one-token arguments (``\\frac12`` → ``\\frac{1}{2}``, ``\\sqrt 3`` → ``\\sqrt{3}``);
    * whitespace is removed except where it separates a command from a following letter (``\\pi r``);
    * a leading ``+``, a single-number ``[30]``, thousands separators (``1,000,000`` and ``1{,}000``; only groups of
      exactly three digits, so the pair ``1,2`` stays a pair), and a leading ``x =`` / ``x \\in`` on a one-letter
      variable are removed.

Example:
    >>> normalize_answer("$\\\\dfrac{1}{2}$")
    '\\\\frac{1}{2}'
    >>> normalize_answer("x = 10\\\\text{ cm}")
    '10'
    >>> normalize_answer("1,000,000")
    '1000000'
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_NORMALIZE_CHARS", "normalize_answer"]

# Answers longer than this are not normalised (they are degenerate output); see ``normalize_answer``.
MAX_NORMALIZE_CHARS = 4_000

_SPACING_COMMANDS = (
    "\\displaystyle",
    "\\textstyle",
    "\\scriptstyle",
    "\\left",
    "\\right",
    "\\bigl",
    "\\bigr",
    "\\Bigl",
    "\\Bigr",
    "\\biggl",
    "\\biggr",
    "\\Biggl",
    "\\Biggr",
    "\\big",
    "\\Big",
    "\\bigg",
    "\\Bigg",
    "\\qquad",
    "\\quad",
    "\\limits",
)
# Commands renamed to one canonical spelling. Whole-word matches only (see ``_COMMAND_RE``).
_COMMAND_ALIASES = {
    "\\dfrac": "\\frac",
    "\\tfrac": "\\frac",
    "\\cfrac": "\\frac",
    "\\dbinom": "\\binom",
    "\\tbinom": "\\binom",
    "\\le": "\\leq",
    "\\leqslant": "\\leq",
    "\\ge": "\\geq",
    "\\geqslant": "\\geq",
    "\\ne": "\\neq",
    "\\lbrace": "\\{",
    "\\rbrace": "\\}",
    "\\lbrack": "[",
    "\\rbrack": "]",
    "\\lvert": "|",
    "\\rvert": "|",
    "\\vert": "|",
    "\\varnothing": "\\emptyset",
    "\\to": "\\rightarrow",
    "\\times": "\\times",
}
_WRAPPER_COMMANDS = (
    "\\text",
    "\\textbf",
    "\\textit",
    "\\textrm",
    "\\mbox",
    "\\mathrm",
    "\\mathbf",
    "\\mathit",
    "\\boldsymbol",
    "\\bm",
)
# Unit words removed when they trail an answer. Lower-case; matched as whole words.
_UNITS = frozenset(
    [
        "cm",
        "mm",
        "km",
        "m",
        "meter",
        "meters",
        "metre",
        "metres",
        "centimeter",
        "centimeters",
        "millimeter",
        "millimeters",
        "kilometer",
        "kilometers",
        "in",
        "inch",
        "inches",
        "ft",
        "foot",
        "feet",
        "yd",
        "yard",
        "yards",
        "mi",
        "mile",
        "miles",
        "sq",
        "square",
        "cubic",
        "units",
        "unit",
        "g",
        "kg",
        "mg",
        "gram",
        "grams",
        "kilogram",
        "kilograms",
        "lb",
        "lbs",
        "pound",
        "pounds",
        "oz",
        "ounce",
        "ounces",
        "ton",
        "tons",
        "l",
        "ml",
        "liter",
        "liters",
        "litre",
        "litres",
        "gallon",
        "gallons",
        "s",
        "sec",
        "secs",
        "second",
        "seconds",
        "min",
        "mins",
        "minute",
        "minutes",
        "h",
        "hr",
        "hrs",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "mph",
        "kph",
        "km/h",
        "m/s",
        "dollar",
        "dollars",
        "cent",
        "cents",
        "euro",
        "euros",
        "degree",
        "degrees",
        "deg",
        "people",
        "persons",
        "students",
        "apples",
    ]
)
_UNITS_LONGEST_FIRST = tuple(sorted(_UNITS, key=len, reverse=True))
_COMMAND_RE = re.compile(r"\\[a-zA-Z]+")
_NUMBER_PREFIX_RE = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)")
_THOUSANDS_RE = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_BRACKETED_NUMBER_RE = re.compile(r"\[(-?(?:\d+(?:\.\d*)?|\.\d+))\]")
# A one-letter variable (optionally a Greek letter or with a simple subscript) followed by "=" or "\in".
# The subscript's braces must balance and hold no "=": "\sum_{n=1}^{10} n" has no prefix to strip, "m_{\max}=5" has.
_VARIABLE_PREFIX_RE = re.compile(
    r"(?:[a-zA-Z]|\\[a-zA-Z]+)(?:_(?:\{[^{}=]{1,12}\}|[a-zA-Z0-9]))?(?:=|\\in(?![a-zA-Z]))"
)
_RELATIONS = ("<", ">", "\\leq", "\\geq", "\\neq", "\\approx")


def normalize_answer(text: str) -> str:
    """Normalise one answer string (gold or prediction) for comparison.

    Pure and bounded: linear-time passes over at most ``MAX_NORMALIZE_CHARS`` characters. A longer input is only
    stripped of surrounding whitespace (it is degenerate output and must not cost more).

    Example:
        >>> normalize_answer("\\\\left( 1, 2 \\\\right)")
        '(1,2)'
        >>> normalize_answer("45^{\\\\circ}")
        '45'
        >>> normalize_answer("2 \\\\sqrt 3")
        '2\\\\sqrt{3}'
    """
    if not isinstance(text, str):
        return ""
    text = text.strip()
    if len(text) > MAX_NORMALIZE_CHARS:
        return text
    previous = None
    # Outer wrappers can nest (``$\boxed{x = 3}$.``): repeat the cheap unwrapping a bounded number of times.
    for _ in range(4):
        if text == previous:
            break
        previous = text
        text = _strip_outer(text)
    text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ").replace("\x00", "")
    if not text.isascii():
        # Zero-width spaces, joiners and bidi controls (Unicode "Cf") are invisible and carry no meaning.
        text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    # Protect the LaTeX row break ``\\`` so that no later step reads its second backslash as a command.
    text = text.replace("\\\\", "\x00")
    text = text.replace("{,}", ",").replace("\\{,\\}", ",")
    text = _replace_commands(text)
    text = _unwrap_text_commands(text)
    text = _drop_degrees_and_currency(text)
    text = _canonical_percent(text)
    text = _squeeze_spaces(text)
    text = _brace_single_token_arguments(text)
    text = _strip_variable_prefix(text)
    text = _strip_trailing_units(text)
    text = text.strip(" .")
    if text.startswith("+") and len(text) > 1:
        text = text[1:]
    match = _BRACKETED_NUMBER_RE.fullmatch(text)
    if match:
        text = match.group(1)
    if _THOUSANDS_RE.fullmatch(text):
        text = text.replace(",", "")
    return text.replace("\x00", "\\\\")


def _strip_outer(text: str) -> str:
    text = text.strip()
    while text.endswith(".") and not text.endswith("..") and not _NUMBER_PREFIX_RE.fullmatch(text):
        text = text[:-1].rstrip()
    for opening, closing in (("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]")):
        if len(text) >= len(opening) + len(closing) and text.startswith(opening) and text.endswith(closing):
            inner = text[len(opening) : len(text) - len(closing)]
            if opening.startswith("$") and "$" in inner:
                continue
            return inner.strip()
    for command in ("\\boxed", "\\fbox"):
        if text.startswith(command):
            rest = text[len(command) :].lstrip()
            if rest.startswith("{"):
                end = _matching_brace(rest, 0)
                if end == len(rest) - 1:
                    return rest[1:-1].strip()
    return text


def _matching_brace(text: str, start: int) -> int:
    """Index of the ``}`` closing the ``{`` at ``start`` (escaped ``\\{``/``\\}`` ignored), or -1."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _replace_commands(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        command = match.group(0)
        if command in _SPACING_COMMANDS:
            return ""
        if command == "\\degree":
            return "\\circ"
        return _COMMAND_ALIASES.get(command, command)

    text = _COMMAND_RE.sub(replace, text)
    for spacing in ("\\!", "\\,", "\\;", "\\:", "\\ ", "~"):
        text = text.replace(spacing, " ")
    return text


def _unwrap_text_commands(text: str) -> str:
    """``\\text{ cm}`` → `` cm ``; applied left to right with brace matching (linear overall)."""
    if "\\" not in text:
        return text
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == "\\":
            match = _COMMAND_RE.match(text, i)
            if match and match.group(0) in _WRAPPER_COMMANDS:
                j = match.end()
                while j < n and text[j] == " ":
                    j += 1
                if j < n and text[j] == "{":
                    end = _matching_brace(text, j)
                    if end != -1:
                        # Re-scan the content: wrappers nest (``\text{\textbf{5}}``).
                        out.append(" " + _unwrap_text_commands(text[j + 1 : end]) + " ")
                        i = end + 1
                        continue
            if match:
                out.append(match.group(0))
                i = match.end()
                continue
            out.append(text[i : i + 2])
            i += 2
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _drop_degrees_and_currency(text: str) -> str:
    for marker in ("^{\\circ}", "^\\circ", "^{\\circ }", "\\circ", "°"):
        text = text.replace(marker, "")
    text = text.replace("\\$", "").replace("$", "")
    return text


def _canonical_percent(text: str) -> str:
    stripped = text.rstrip()
    for marker in ("\\%", "%", " percent"):
        if stripped.endswith(marker):
            return stripped[: len(stripped) - len(marker)].rstrip() + "\\%"
    return text


def _squeeze_spaces(text: str) -> str:
    """Drop all whitespace except between a command name and a following letter (``\\pi r``)."""
    if " " not in text:
        return text
    out: list[str] = []
    i = 0
    n = len(text)
    last_was_command = False
    while i < n:
        char = text[i]
        if char == " ":
            j = i
            while j < n and text[j] == " ":
                j += 1
            if last_was_command and j < n and text[j].isalpha():
                out.append(" ")
            elif (
                len(out) >= 2
                and out[-2] in ("_", "^")
                and len(out[-1]) == 1
                and out[-1].isalnum()
                and j < n
                and (text[j].isalnum() or text[j] == "\\")
            ):
                # "\log_2 8" is log base 2 of 8: squeezed to "\log_28" it would read as base 28.
                out[-1] = "{" + out[-1] + "}"
            i = j
            continue
        if char == "\\":
            match = _COMMAND_RE.match(text, i)
            if match:
                out.append(match.group(0))
                i = match.end()
                last_was_command = True
                continue
            out.append(text[i : i + 2])
            i += 2
            last_was_command = False
            continue
        out.append(char)
        i += 1
        last_was_command = False
    return "".join(out)


def _brace_single_token_arguments(text: str) -> str:
    """``\\frac12`` → ``\\frac{1}{2}``, ``\\sqrt3`` → ``\\sqrt{3}``, ``\\frac1{x}`` → ``\\frac{1}{x}``."""
    if "\\frac" not in text and "\\sqrt" not in text and "\\binom" not in text:
        return text
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == "\\":
            match = _COMMAND_RE.match(text, i)
            if match is None:
                out.append(text[i : i + 2])
                i += 2
                continue
            command = match.group(0)
            out.append(command)
            i = match.end()
            if command in ("\\frac", "\\binom", "\\sqrt"):
                arguments = 1 if command == "\\sqrt" else 2
                if command == "\\sqrt" and i < n and text[i] == "[":
                    close = text.find("]", i)
                    if close == -1:
                        continue
                    out.append(text[i : close + 1])
                    i = close + 1
                for _ in range(arguments):
                    if i < n and text[i] == " ":
                        i += 1
                    if i >= n:
                        break
                    if text[i] == "{":
                        end = _matching_brace(text, i)
                        if end == -1:
                            break
                        out.append(text[i : end + 1])
                        i = end + 1
                    elif text[i].isalnum():
                        out.append("{" + text[i] + "}")
                        i += 1
                    elif text[i] == "\\":
                        inner = _COMMAND_RE.match(text, i)
                        if inner is None:
                            break
                        out.append("{" + inner.group(0) + "}")
                        i = inner.end()
                    else:
                        break
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _strip_trailing_units(text: str) -> str:
    """``10 cm`` / ``10 cm^2`` / ``5 dollars`` / ``3 square feet`` → the number (only after a number)."""
    candidate = text
    # After space squeezing, units glue to the number (``10cm``): peel trailing letters word by word.
    for _ in range(6):
        core = candidate
        if core.endswith("^2") or core.endswith("^3") or core.endswith("^{2}") or core.endswith("^{3}"):
            core = core[: core.rfind("^")]
        j = len(core)
        while j > 0 and (core[j - 1].isalpha() or core[j - 1] == "/"):
            j -= 1
        word = core[j:].lower()
        if not word:
            break
        if word not in _UNITS:
            # Units glue together once spaces are gone ("squarefeet"): peel one known unit off the end.
            unit = next((u for u in _UNITS_LONGEST_FIRST if len(u) > 1 and word.endswith(u)), None)
            if unit is None:
                break
            j = len(core) - len(unit)
        head = core[:j].rstrip()
        if not head:
            break
        candidate = head
    if candidate is not text and _NUMBER_PREFIX_RE.fullmatch(candidate.replace(",", "").replace("\\%", "")):
        return candidate
    return text


def _strip_variable_prefix(text: str) -> str:
    """``x=5`` → ``5``; ``y=2x+1`` → ``2x+1``; ``x\\in(1,2]`` → ``(1,2]``. Only one relation, one-letter LHS."""
    if "=" not in text and "\\in" not in text:
        return text
    match = _VARIABLE_PREFIX_RE.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    if not rest or "=" in rest or any(relation in rest for relation in _RELATIONS):
        return text
    if match.group(0).startswith("\\") and match.group(0).split("=")[0] in ("\\pi", "\\infty"):
        return text
    return rest
