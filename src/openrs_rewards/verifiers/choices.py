"""The value behind a choice letter, read from the choices a problem lists.

A multiple-choice problem (AMC, many GSM-style sets) may store its gold as the value ("27") while the model answers
with the letter of that value (``\\boxed{E}``, "which is $\\textbf{(E)}$"). The letter alone is no value, so it is
``incorrect`` against the gold; given the problem, a careful grader looks the letter up in the problem's list of choices
and grades the value it names. :func:`choice_values` reads that list; :func:`answered_letter` tells whether an extracted
answer is nothing but a letter. :func:`~openrs_rewards.verifiers.problem_checks.with_problems` compares the value.

Choices are read as the AMC writes them (``$\\textbf{(A) }20\\qquad\\textbf{(B) }24 ...$``, ``\\mathrm{(A)}\\ 20``),
in plain text (``(A) 20 (B) 24 ...``) or one per line (``A. 20`` / ``A) 20``); the letters must run A, B, C, ... from A
(three at least, in one case, a letter perhaps missing), so a point named "(A)" in the text is no list of choices.

Example:
    >>> choice_values("What is 2+2?\\n\\n$\\\\textbf{(A) }3\\\\qquad\\\\textbf{(B) }4\\\\qquad\\\\textbf{(C) }5$")
    {'A': '3', 'B': '4', 'C': '5'}
    >>> choice_values("Pick one.\\nA. 12\\nB. 15\\nC. 18\\nD. 21")["D"]
    '21'
    >>> answered_letter("\\\\textbf{(C)}"), answered_letter("C"), answered_letter("12")
    ('C', 'C', None)
"""

from __future__ import annotations

import re

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = ["answered_letter", "choice_values"]

# A choice's label: "(A)" in bold, roman or text type or bare, or "A." / "A)" opening a line, or "A)" in a line of
# options; "(a)" in lower case too.
_CHOICE_LABEL = compile_lazily(
    r"(?:\\(?:textbf|mathrm|text|textrm)[ \t]*\{[ \t]*\(([A-Ja-j])\)[ \t]*(?:\\[ ,;]|~)?[ \t]*\}"
    r"|(?<![\w\\])\(([A-Ja-j])\)|^[ \t\u3000]*([A-Ja-j])(?:[.)][ \t\u3000]|．)"  # (a full-width stop: "A．8")
    # ... or in a line of options as AQuA writes them: "Options: A)6 B)7.2 C)8"; or after a full-width space, as
    # Chinese and Japanese papers set them: "A. $4.8$　　B. $5$"
    r"|(?<=[ \t:])([A-J])\)(?=[ \t]*[-\w$.\\])|(?<=\u3000)([A-J])[.)．](?=[ \t\u3000]*[-\w$.\\]))",
    re.MULTILINE,
)
# What a choice's value is written with around it: spacing, dollars, a trailing comma or "or".
_AROUND_A_VALUE = compile_lazily(
    r"\A(?:\\q?quad|\\[ ,;:!]|~|\$|\s)+|(?:\\q?quad|\\[ ,;:!]|~|\$|\s|,|\bor\b)+\Z"
)
_MAX_CHOICE_CHARS = 120
_MAX_LETTER_STEP = 2  # (a list may skip one letter: "(A) ... (B) ... (D) ...")
# An answer that is nothing but a letter: "E", "(E)", "P", "\\textbf{(E)}", "\\text{E}", "(c)", "option c" (read "optionc").
_LETTER_ALONE = compile_lazily(
    r"(?:(?i:option|choice)[ \t]*)?"
    # (any capital: a code a problem asks to enter, "P" for parabola, is looked up in its list like a choice)
    r"(?:\\(?:textbf|mathrm|text|textrm)[ \t]*\{)?[ \t]*\(?[ \t]*([A-Za-j])[ \t]*\)?[ \t]*\}?(?:\\[ ,;]|~|[ \t])*"
)


# A code the problem asks to enter for each kind of answer: 'Enter "C" for circle, "P" for parabola, ...'.
_CODE_FOR = compile_lazily(
    r"[\"“']([A-Z])[\"”'][ \t]+for[ \t]+([A-Za-z][A-Za-z -]{0,40}?)(?=[ \t]*(?:,|\.|;|\band\b|\Z))"
)


def choice_values(problem: str) -> dict[str, str] | None:
    """The value each letter (in capitals) names in ``problem``'s list of choices (see the module docstring), or
    None; also the codes a problem asks to enter (three at least): 'Enter "C" for circle, "P" for parabola, "E" for
    ellipse, "H" for hyperbola, and "N" for none of the above.' gives "E" the value "ellipse"."""
    if not isinstance(problem, str):
        return None
    if " for " in problem:
        codes = {match.group(1): match.group(2).strip() for match in _CODE_FOR.finditer(problem)}
        if len(codes) >= 3:
            return codes
    if "A" not in problem and "a" not in problem:
        return None
    labels = [
        (match, next(group for group in match.groups() if group)) for match in _CHOICE_LABEL.finditer(problem)
    ]
    # the last run of labels A, B, C, ... in one case, each a letter or two after the one before (the list of choices
    # ends a problem)
    run: list[tuple[re.Match[str], str]] = []
    for match, letter in labels:
        if letter in "Aa":
            run = [(match, letter)]
        elif (
            run
            and letter.isupper() == run[-1][1].isupper()
            and 0 < ord(letter) - ord(run[-1][1]) <= _MAX_LETTER_STEP
        ):
            run.append((match, letter))
    if len(run) < 3:
        return None
    first = run[0][0].start()
    if run[0][1].islower() and _PARTS_ASKED_BEFORE.search(problem, max(0, first - 40), first) is not None:
        return None  # ("Find (a) u + v, (b) u · v, (c) |v|.": the parts of the question, no choices)
    values = {}
    for index, (match, letter) in enumerate(run):
        end = run[index + 1][0].start() if index + 1 < len(run) else _choices_end(problem, match.end())
        value = _AROUND_A_VALUE.sub("", problem[match.end() : end])
        if not value or len(value) > _MAX_CHOICE_CHARS:
            return None
        values[letter.upper()] = value
    return values


# A verb that asks for each of a question's parts right before its first label: "Find (a) ...", "compute: (a) ...".
_PARTS_ASKED_BEFORE = compile_lazily(
    r"\b(?:find|compute|calculate|determine|evaluate|simplify|solve|state|give|write|express|show|prove|sketch"
    r"|explain)\b[^.?!\n]{0,20}\Z",
    re.IGNORECASE,
)


def _choices_end(problem: str, start: int) -> int:
    """Where the last choice's value (from ``start``, after its label) ends: its line's end, or the "$" that closes
    the math holding the label (``$\\textbf{(A) }20\\qquad ... \\textbf{(E) }27$``)."""
    line_start = problem.rfind("\n", 0, start) + 1
    line_end = problem.find("\n", start)
    line_end = len(problem) if line_end == -1 else line_end
    if problem.count("$", line_start, start) % 2 == 0:
        return line_end  # (the label in prose: "E) $2^{30}$" runs to its line's end)
    dollar = problem.find("$", start, line_end)
    if dollar != -1 and not _AROUND_A_VALUE.sub("", problem[start:dollar]):
        return line_end  # (the label alone in its math: "$\\textbf{(E)}$ square" names "square")
    return line_end if dollar == -1 else dollar


def answered_letter(predicted: str | None) -> str | None:
    """The letter (in capitals) an extracted answer is, when it is nothing but one (see ``_LETTER_ALONE``), else
    None."""
    if not predicted or len(predicted) > 24:
        return None
    match = _LETTER_ALONE.fullmatch(predicted.strip())
    return None if match is None else match.group(1).upper()
