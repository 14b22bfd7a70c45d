"""The value a completion's last line gives to the expression its problem asks for.

"If $2x + 3 = 13$, what is the value of $4x$?" is often answered in one line that states every step: "Subtracting 3,
$2x = 10$, so $x = 5$, and $4x = 20$." Read alone, that line gives all of its math ("x=5, 4x=20"), or its last span,
or its last number, none of which is the answer 20. The problem names what it asks for: ``4x``. Where the verdict
was read without an explicit mark (no box, no answer tag), :func:`assigned_value` reads the last line again for
the one value it gives that expression: ``4x = 20``, ``$k = 9$``, ``m + n = 11``, "$m+n$ is eleven".

The expression asked is read from where the problem asks (the sentence of its last question to the end, or all of it
when it asks no question): "Find $k$.", "What is $m+n$?", "Compute the value of $f(3)$.", "Solve for $x$." It must
name a variable (a letter); it is not a relation ("$x^2 = 4$"). In the last line, the expression must open its clause
(``b + a = 5`` gives no value to ``a``), and one value only is read: "$x = 3$ or $x = 5$" gives none.

Example:
    >>> assigned_value("Subtracting 3, $2x = 10$, so $x = 5$, and $4x = 20$.", "If $2x+3=13$, what is $4x$?")
    '20'
    >>> assigned_value("The area is $9\\\\sqrt{3}$, and $k = 9$.", "The area is $k\\\\sqrt{3}$. Find $k$.")
    '9'
    >>> assigned_value("So $x = 3$ or $x = 5$.", "Solve for $x$: $x^2 - 8x + 15 = 0$.") is None
    True
"""

from __future__ import annotations

import functools
import re

from openrs_rewards.verifiers.asked_unit import asked_unit_kind, asking_part
from openrs_rewards.verifiers.extract import without_closing_remarks
from openrs_rewards.verifiers.normalize import is_unit_word, number_word_value
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.text import reasoning_end

__all__ = [
    "ANOTHER_NAMED",
    "ASKED_EXPRESSION",
    "ASKED_MEASURE",
    "another_measure_stated",
    "another_named",
    "asked_expression",
    "asked_measure_kind",
    "assigned_value",
    "measured_value",
    "stated_measure_of_another_kind",
]

ASKED_EXPRESSION = "the problem asks for an expression; graded by the value the last line gives it"
ASKED_MEASURE = "the problem asks for one measure; graded by the value the last line gives it among others"
ANOTHER_NAMED = (
    "the last line gives its value to another expression or quantity than the one the problem asks for"
)

# Where a problem names the expression it asks for: "Find $k$", "what is the value of $4x$", "Solve for $x$".
_ASKED = compile_lazily(
    r"(?:\b(?:find|compute|determine|evaluate|calculate|what[ \t]+is|what's)[ \t]+"
    r"(?:the[ \t]+(?:value|sum|product|difference)[ \t]+of[ \t]+)?"
    # (not an extreme value: "the minimum value of $x^2 + 6x + 7$" asks for a number, not the expression)
    r"|(?<!minimum[ \t])(?<!maximum[ \t])(?<!smallest[ \t])(?<!largest[ \t])(?<!greatest[ \t])(?<!least[ \t])"
    r"(?<!possible[ \t])\bvalue[ \t]+of[ \t]+|\bsolve[ \t]+for[ \t]+)"
    r"(?:\$([^$]{1,30})\$|\\\((.{1,30}?)\\\)"
    # ... or written plain before the question mark: "If 2x = 10, what is 3x + 1?" (see _plain_expression)
    r"|(?<![\w$\\])([A-Za-z0-9(][A-Za-z0-9 +\-*/^()]{0,24}?)[ \t]*\?)"
    # ... or one letter a system is solved for, at the end of the sentence: "Solve the system x + y = 19, x - y = 5 for x."
    r"|\bsolve\b[^.?\n]{0,80}?\bfor[ \t]+([A-Za-z])[ \t]*[.?]?[ \t]*$",
    re.IGNORECASE,
)
# Another expression asked with it: "$x$ and $y$", "$a$, $b$".
_ANOTHER_ASKED = compile_lazily(r"[ \t]*(?:,|and|&)[ \t]*(?:\$|\\\()")
# What joins an expression asked to another asked before it: "... and the value of $x$".
_ASKED_BEFORE_AND = compile_lazily(r"\band[ \t]+(?:the[ \t]+|also[ \t]+)?\Z")
# Letters of a plain expression: a variable's one letter, or two variables' product ("ab").
_LETTERS = compile_lazily(r"[A-Za-z]+")
_STEP_LABEL = compile_lazily(r"[ \t]*(?:(?:Step|Part)[ \t]+\d{1,2}[ \t]*[:.][ \t]*)?", re.IGNORECASE)
_VARIABLE = compile_lazily(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])")
# Spacing and sizing in an expression, which no reader writes alike: "m + n", "\left( x \right)", "a\,b".
_LAYOUT = compile_lazily(r"\s+|\\[,;!:]|\\left|\\right|\\displaystyle")
# Math delimiters and bold markers of a last line, taken off before it is read.
_MARKUP = compile_lazily(r"\$|\\\(|\\\)|\\\[|\\\]|\*\*")
# How a value is given to the expression, and where the value ends (a clause break, the end of the line).
_GIVEN = r"[ \t]*(?:=|\bis\b|\bequals\b)[ \t]*"
_VALUE_END = compile_lazily(
    r"[ \t]*(?:[,;](?:[ \t]|$)|\b(?:and|so|which|since|because|or)\b|\.(?:[ \t]|$)|$)"
)
# A word of prose in a value (LaTeX's command names aside: "\\sqrt", "\\frac"), and such a name.
_WORD = compile_lazily(r"[A-Za-z]{3,}")
_COMMAND = compile_lazily(r"\\[A-Za-z]+")
_ADVERB = compile_lazily(
    r"(?:definitely|certainly|clearly|exactly|indeed|surely|simply|just)[ \t]+", re.IGNORECASE
)
_TAKEN_BACK = compile_lazily(
    r"\b(?:wrong|incorrect|mistake|error|wait|actually|not[ \t]+right|retract\w*|scratch[ \t]+that)\b",
    re.IGNORECASE,
)
_LEFT_UNDECIDED = compile_lazily(
    r"\b(?:can(?:'|no)t|cannot|unable[ \t]+to)[ \t]+(?:say|tell|decide|determine|know|be[ \t]+sure)\b"
    r"|\bwithout[ \t]+knowing\b|\bdepends[ \t]+on[ \t]+whether\b",
    re.IGNORECASE,
)
_OFFERED = compile_lazily(r"\b(?:either|maybe|perhaps|possibly|probably)\b", re.IGNORECASE)
# What before the expression (past spaces) makes it part of a larger one: an operator; so does a digit, a letter or
# a backslash right before it.
_PART_OF_MORE = frozenset("+-*/^_=·×\\−")


@functools.lru_cache(maxsize=1024)
def asked_expression(problem: str) -> str | None:
    """The expression ``problem`` asks for (without its spacing), or None when it names none. (Cached: the samples
    of one problem share it.)"""
    asking = asking_part(problem)
    found = list(_ASKED.finditer(asking))
    if not found:
        return None
    last = found[-1]
    if _ANOTHER_ASKED.match(asking, last.end()) is not None:
        return None  # ("Solve for $x$ and $y$": two expressions asked, the answer gives both)
    if _ASKED_BEFORE_AND.search(asking, 0, last.start()) is not None:
        # ("Find the maximum value of $f$ and the value of $x$ at which it occurs": two things asked)
        return None
    if last.group(3) is not None and not _plain_expression(last.group(3), problem):
        return None
    # (without the sentence's stop written inside the math: "find $x + y + z.$")
    written = last.group(1) or last.group(2) or last.group(3) or last.group(4)
    expression = _plain(_LAYOUT.sub("", written).rstrip(".,;:"))
    # (a variable, not a command's name: "\\pi" names none; read before the spacing goes: "\\angle C" names C)
    named = _COMMAND.sub("", written)
    if not re.search(r"[A-Za-z]", named) or re.search(r"[=<>,]|\\[lg]e", expression):
        return None  # a number, a relation or a list is no expression a line gives a value to
    return expression


def _plain_expression(written: str, problem: str) -> bool:
    """Whether ``written``, asked for without math delimiters, is an expression: each run of its letters is one or
    two of the problem's variables (letters that stand alone elsewhere in it: "a + b = 7"), not a word ("what is
    it?", "what is its area?")."""
    before, _, after = problem.rpartition(written)
    variables = set(_VARIABLE.findall(before + " " + after))
    runs = _LETTERS.findall(written)
    return bool(runs) and all(len(run) <= 2 and set(run) <= variables for run in runs)


def assigned_value(completion: str, problem: str) -> str | None:
    """The one value the last line of ``completion`` (after its reasoning) gives the expression ``problem`` asks for
    (see the module docstring), or None."""
    expression = asked_expression(problem)
    if expression is None:
        return None
    line = _last_line(completion)
    pattern = r"[ \t]*".join(re.escape(char) for char in expression) + _GIVEN
    values = set()
    for match in re.finditer(pattern, line):
        touching = line[match.start() - 1 : match.start()]
        before = line[: match.start()].rstrip()[-1:]
        if touching.isalnum() or touching == "\\" or (before and before in _PART_OF_MORE):
            continue  # "2x = 10" gives no value to x, nor "b + a = 5" to a
        start = match.end()
        adverb = _ADVERB.match(line, start)
        if adverb is not None:
            start = adverb.end()  # "x is definitely 12"
        stop = _value_end(line, start)
        value = line[start : len(line) if stop is None else stop.start()].strip()
        if _OFFERED.search(value) is not None or (stop is not None and stop.group().strip() == "or"):
            return None  # "x = 3 or 5", "[H+] is either 1.3e-3 M or ...": values offered, none given
        in_words = number_word_value(value) if value[:1].isalpha() else None
        if in_words is None and any(
            not is_unit_word(word) for word in _WORD.findall(_COMMAND.sub(" ", value))
        ):
            return None  # "$m+n$ is also undefined": prose, no value
        values.add(str(in_words) if in_words is not None else value)
    if len(values) != 1 or _TAKEN_BACK.search(line) is not None or _LEFT_UNDECIDED.search(line) is not None:
        # (nor from a line that takes it back: "We get $x = 12$. [Edit: this is wrong, see below.]"; nor one that
        # leaves its case open: "if $a \\neq 0$, then $x = 2$; if $a = 0$, every $x$ works. I can't say more.")
        return None
    value = values.pop()
    if "=" in value:
        # "m+n = 4+9 = \\mathbf{13}": a computation's chain, whose last side is the value (one that is a number;
        # not "x = 3 = y")
        last = value.rsplit("=", 1)[1].strip()
        plain = _COMMAND.sub(" ", last)
        return last if any(char.isdigit() for char in plain) and _VARIABLE.search(plain) is None else None
    return value or None


def _value_end(line: str, start: int) -> re.Match[str] | None:
    """Where the value that starts at ``start`` ends: the first ``_VALUE_END`` outside its brackets (a vector's
    comma, "(2, -3)", is inside the value)."""
    for stop in _VALUE_END.finditer(line, start):
        value = line[start : stop.start()]
        if sum(map(value.count, "([{")) <= sum(map(value.count, ")]}")):
            return stop
    return None


def another_named(completion: str, problem: str) -> str | None:
    """What the last line of ``completion`` names, when it gives its value to another expression than the one
    ``problem`` asks for ("$2x = 10$" for "what is the value of $x + 5$?") or another measure ("Area = 6 × 3 = 18" for
    "What is its perimeter?"); None when it names what is asked, names nothing, or the problem names nothing.

    >>> another_named("Subtract 6:\\n\\n$2x = 10$", "If $2x + 6 = 16$, what is the value of $x + 5$?")
    '2x'
    >>> another_named("Area = 6 × 3 = 18 m²", "A rectangle is 6 m by 3 m. What is its perimeter?")
    'Area'
    >>> another_named("Perimeter = 2(6 + 3) = 18 m", "A rectangle is 6 m by 3 m. What is its perimeter?") is None
    True
    """
    line = _last_line(completion).strip().rstrip(".")
    # (its last statement: "Perimeter = 4s = 28, so s = 7. Side = 7 inches, area = 49 square inches." names the area)
    statements = [part for part in _STATEMENT_BREAK.split(line) if part and _CONDITION.match(part) is None]
    last = statements[-1] if statements else ""
    opening = _CONCLUDING_WORD.match(last)  # ("Hence $f(t)=2t+3$.": the name after the concluding word)
    named = _NAMED_LINE.match(last, 0 if opening is None else opening.end()) if statements else None
    if named is None:
        return None
    name = named.group(1).strip()
    led = _LEADING_TO_THE_NAME.search(name)
    if led is not None:
        # ("Energy conservation gives $v=\\sqrt{2gh}$": the name after the words that lead to it, not "energy")
        name = name[led.end() :].strip()
    expression = asked_expression(problem)
    if expression is not None:
        written = _LAYOUT.sub("", name)  # (the line is plain already: see _last_line)
        if (
            # (a function named in plain text is the one the problem names in LaTeX: "sin A" for "$\\sin A$")
            written.replace("\\", "") != expression.replace("\\", "")
            and expression not in _LAYOUT.sub("", line)
            and re.search(r"[A-Za-z]", written)
            and not _named_as_asked(completion, written, expression)
            and not _same_function(written, expression)
            and not _fresh_name(written, expression, problem)
            and not _sum_in_sigma_notation(written, expression)
        ):
            return name
        return None
    asked = _measures(asking_part(problem))
    said = _measures(name)
    return name if asked and said and not said & asked else None


# The words of a line that lead to the name its value is given ("... gives", "we get", "so we find"): the name is what
# follows the last of them.
_LEADING_TO_THE_NAME = compile_lazily(
    r".*\b(?:gives?|giving|yields?|get|gets|got|obtain|obtains|find|finds|found|becomes|leads[ \t]+to)\b[ \t:]*",
    re.IGNORECASE,
)
# A function applied to one variable: "f(x)", "g(t)".
_FUNCTION_OF_ONE = compile_lazily(r"([A-Za-z](?:\^\{-1\})?)\(([A-Za-z])\)")
# A name of one letter, with a subscript or not: "S", "S_n", "T_{10}".
_ONE_LETTER_NAME = compile_lazily(r"[A-Za-z](?:_\{?\w{1,3}\}?)?")


def _same_function(written: str, expression: str) -> bool:
    """Whether a line's name is the function the problem asks for under another argument's name: "f(t)" for
    "f(x)"."""
    named, asked = _FUNCTION_OF_ONE.fullmatch(written), _FUNCTION_OF_ONE.fullmatch(expression)
    return named is not None and asked is not None and named.group(1) == asked.group(1)


def _fresh_name(written: str, expression: str, problem: str) -> bool:
    """Whether a line's name is one letter the solver gave a long sum or product the problem asks for ("S" for
    "1^2+2^2+\\cdots+n^2"): a letter the problem uses nowhere names nothing else it asked about."""
    if _ONE_LETTER_NAME.fullmatch(written) is None or _ONE_LETTER_NAME.fullmatch(expression) is not None:
        return False
    if not any(mark in expression for mark in ("\\cdots", "\\ldots", "\\dots", "\\sum", "\\prod")):
        return False  # (a short expression, "3x + 1", is named by the letters the problem gives it)
    return re.search(rf"(?<![A-Za-z\\]){re.escape(written[0])}(?![A-Za-z])", problem) is None


def measured_value(completion: str, problem: str) -> str | None:
    """The value the last line of ``completion`` gives the one measure ``problem`` asks for, where that line states
    several measures ("Therefore the center is $(3,-2)$ and the radius is $4$." for "Find the center of ..."); None
    otherwise (one measure stated, the one asked stated twice or not at all, or the problem asking for none or several).

    >>> measured_value("So the center is $(3,-2)$ and the radius is $4$.", "Find the center of the circle.")
    '(3,-2)'
    >>> measured_value("So the center is $(3,-2)$.", "Find the center of the circle.") is None
    True
    """
    asked = _measures(asking_part(problem))
    if len(asked) != 1:
        # (the measures a problem names, given ones among them: "the maximum area of a rectangle whose perimeter is
        # 20"; the symbol of the one it asks for may still be named)
        return _value_of_the_symbol_asked(completion, problem)
    stated = _stated_measures(completion)
    values = stated.get(next(iter(asked)), [])
    if len(stated) < 2 or len(values) != 1 or _OFFERED.search(values[0]) is not None:
        return _value_of_the_symbol_asked(completion, problem)
    value = values[0].rpartition("=")[2].strip()  # (its value, not the work: "2 × (8 + 5) = 26 cm")
    boxed = _BOXED_WHOLE.fullmatch(value)
    return value if boxed is None else boxed.group(1)  # ("The LCM is \\boxed{36}": the box's value)


_BOXED_WHOLE = compile_lazily(r"\\boxed[ \t]*\{(.*)\}")


def _value_of_the_symbol_asked(completion: str, problem: str) -> str | None:
    """The value a last line of named quantities gives the symbol of the measure asked ("a = 2.0 m/s², F = 6.0 N, v
    = 6.0 m/s" for "What is its speed?": the v's; "pH = 2.89, pOH = 11.11" for "What is the pOH?"), where exactly
    one of its names is that symbol; None otherwise."""
    asking = asking_part(problem)
    asked = _measures_asked(asking)
    if not asked and _SUM_OF_TERMS_ASKED.search(asking) is not None:
        asked = {"sum"}  # ("Find the sum of the first 20 terms": S_{20} among the terms' values)
    if len(asked) != 1:
        return None
    measure = next(iter(asked))
    line = _LINE_LABEL.sub("", _last_line(completion).strip().rstrip("."))
    line = _SENTENCE_STOP.split(line)[-1]  # (its last sentence: "Rewrite as ... = 25. So the center is ...")
    opening = _CONCLUDING_WORD.match(line)  # ("So $a_{20} = 62$, $S_{20} = 670$.")
    line = line if opening is None else line[opening.end() :]
    parts = _quantity_items(line)
    if len(parts) < 2:
        return None
    named: list[tuple[str, str]] = []
    for part in parts:
        item = _NAMED_QUANTITY_ITEM.fullmatch(part)
        if item is not None:
            named.append((item.group("name"), item.group("value")))
            continue
        # (or a measure stated in words beside the named ones: "the center is (3,-2) and r = 5")
        said = _MEASURE_STATED.fullmatch(part)
        if said is None:
            return None
        named.append((_measure_name(said.group(1)), said.group(2)))
    symbols = _MEASURE_SYMBOLS.get(measure, frozenset())
    values = [
        value
        for name, value in named
        # ("S_" stands for S with any subscript: S_{20}, S_n)
        if name in symbols
        or name.lower() == measure
        or name.partition("_")[0] + "_" in symbols
        or _of_a_kind(name, symbols)
    ]
    return values[0] if len(values) == 1 else None


# A symbol's subscript that marks a given value, not one found: "v_0", "v_{i}".
_GIVEN_SUBSCRIPT = compile_lazily(r"_\{?[0i]\}?")


def _of_a_kind(name: str, symbols: frozenset[str]) -> bool:
    """Whether ``name`` is one of ``symbols`` with a subscript that says which of its kind (``f_1``, the fundamental
    frequency; ``E_{2}``), not a given initial value (``v_0``, ``v_i``)."""
    base, _, subscript = name.partition("_")
    return bool(subscript) and base in symbols and _GIVEN_SUBSCRIPT.fullmatch("_" + subscript) is None


# A word that opens a concluding line: "So", "Thus", "Hence", "Therefore" (with its comma).
_CONCLUDING_WORD = compile_lazily(r"(?:(?:so|thus|hence|therefore)\b[ \t]*,?[ \t]*)?", re.IGNORECASE)
# The sum of a sequence's first terms, asked by its words (its symbol S_n answers it).
_SUM_OF_TERMS_ASKED = compile_lazily(
    r"\b(?:find|compute|calculate|determine|what[ \t]+is)[ \t]+the[ \t]+sum[ \t]+of[ \t]+the[ \t]+first\b",
    re.IGNORECASE,
)


def _quantity_items(line: str) -> list[str]:
    """The items of a line of named quantities, split at its breaks outside brackets ("r = 5, C = (3, -2)")."""
    items: list[str] = []
    start = 0
    for found in _QUANTITIES_BREAK.finditer(line):
        before = line[start : found.start()]
        if sum(map(before.count, "([{")) > sum(map(before.count, ")]}")):
            continue  # (a break inside brackets: a point's comma)
        items.append(before)
        start = found.end()
    items.append(line[start:])
    return items


# The symbols physics writes its measures with (the measure's own name too: "pOH = 11.11").
_MEASURE_SYMBOLS = {
    "speed": frozenset(["v", "v_f", "v_{f}", "u"]),
    "acceleration": frozenset(["a"]),
    "force": frozenset(["F", "F_{net}", "F_net", "T"]),  # (T: a tension, the force asked as often as a time)
    "momentum": frozenset(["p"]),
    "energy": frozenset(["E", "KE", "K", "E_k", "E_{k}", "PE"]),
    "power": frozenset(["P"]),
    "time": frozenset(["t", "T"]),
    "frequency": frozenset(["f", "ν", "\\nu"]),
    "wavelength": frozenset(["λ", "\\lambda"]),
    "distance": frozenset(["d", "x", "Δx"]),
    "mass": frozenset(["m"]),
    "pressure": frozenset(["P"]),
    "density": frozenset(["ρ", "\\rho"]),
    "voltage": frozenset(["V"]),
    "resistance": frozenset(["R"]),
    "current": frozenset(["I"]),
    # (geometry's letters: R is a circumradius as often as a resistance)
    "radius": frozenset(["r", "R"]),
    "diameter": frozenset(["d", "D"]),
    "height": frozenset(["h", "H"]),
    # (and geometry's and sequences': "A_{\\max} = 25", "m = 2", "S_{20} = 670")
    "area": frozenset(["A", "S", "A_"]),
    "slope": frozenset(["m", "k"]),
    "sum": frozenset(["S", "S_"]),
}
# A label opening a line ("Final answer: ...", "Results: ..."; not a speaker's, "Assistant: ...", whose line is a turn)
_MEASURE_WORDS = (
    r"surface[ \t]+area|area|perimeter|volume|circumference|radius|diameter|height|length|width|speed|distance"
    r"|time|cost|price|profit|center|centre|vertex|slope|midpoint|mean|median|mode|average|rate[ \t]+of[ \t]+change"
    r"|gradient|[xy]-intercept|intercept|axis[ \t]+of[ \t]+symmetry|range"
    # (number theory's two, by their names and their abbreviations: "The LCM is 36 and the GCD is 6")
    r"|least[ \t]+common[ \t]+multiple|lcm|greatest[ \t]+common[ \t]+(?:divisor|factor)|gcd|gcf"
    # (and physics' quantities)
    # ("weight", "work", "charge" and "current" are left out: a word problem's weight in kg, hours of work, a charge
    # in dollars, the current price)
    # (a density of a quantity is its own measure: "the energy density of an electric field" asks no energy)
    r"|(?:energy|charge|mass|power|number|probability)[ \t]+density"
    r"|velocity|acceleration|force|tension|momentum|impulse|kinetic[ \t]+energy|potential[ \t]+energy|energy"
    r"|power|period|frequency|wavelength|pressure|density|mass|voltage|potential[ \t]+difference|resistance"
    r"|displacement|pH|pOH"
)
# ("Closed-open pipe: ...": a label's words may be hyphenated)
_LINE_LABEL = compile_lazily(
    r"\A(?!(?:User|Assistant|Human|AI|System|Model)[ \t]*:)[A-Za-z][A-Za-z -]{1,20}:[ \t]*"
)
_QUANTITIES_BREAK = compile_lazily(r"[ \t]*(?:,[ \t]+|;[ \t]*|[ \t]+and[ \t]+)[ \t]*")
_NAMED_QUANTITY_ITEM = compile_lazily(
    # (a mean value in angle brackets too: "\\langle E\\rangle = ...")
    r"[ \t]*(?P<mean>\\langle[ \t]*)?"
    r"(?P<name>(?:[A-Za-zλνρΔ]|\\(?:lambda|nu|rho))[A-Za-z]{0,3}(?:_\{?\\?\w{1,4}\}?)?|\[[^\]]{1,12}\])"
    r"(?(mean)[ \t]*\\rangle)[ \t]*"
    r"=[ \t]*(?P<value>[^=]+?)[ \t]*"
)


def another_measure_stated(completion: str, problem: str) -> str | None:
    """A measure the last line of ``completion`` states, where every statement of that line gives its value to a
    measure other than the one ``problem`` asks for ("The mean is $5$ and the median is $4$." for "Find the mode");
    None otherwise.

    >>> another_measure_stated("Thus the center is $(0,0)$ and the area is $4\\\\pi$.", "Find the circumference.")
    'center'
    """
    asked = _measures(asking_part(problem))
    if len(asked) != 1:
        # (the measures a problem names, given ones among them: "the maximum area of a rectangle whose perimeter is
        # 20"; the symbol of the one it asks for may still be named)
        return _value_of_the_symbol_asked(completion, problem)
    stated = _stated_measures(completion)
    return None if not stated or next(iter(asked)) in stated else next(iter(stated))


def asked_measure_kind(problem: str) -> tuple[str, str] | None:
    """The one measure ``problem`` asks for and the kind of quantity it is, where that kind is a physical one the
    unit of an answer can contradict ("What is its speed?" -> ("speed", "length/time")); None otherwise (no measure,
    several, or one such as an area, whose unit answers often write without its square).

    >>> asked_measure_kind("A 2.0 kg ball moves at 2.0 m/s. What is its kinetic energy?")
    ('energy', 'energy')
    """
    asked = _measures_asked(asking_part(problem))
    if not asked:
        return asked_unit_kind(problem)  # ("How many seconds ...?": a time)
    if len(asked) != 1:
        return None
    name = next(iter(asked))
    kind = _MEASURE_KINDS.get(name)
    return None if kind is None else (name, kind)


def stated_measure_of_another_kind(completion: str, problem: str) -> str | None:
    """A measure the last line of ``completion`` states, where every statement of that line gives its value to a
    measure of another kind of quantity than the one ``problem`` asks for ("The ball's momentum is 4.0 kg m/s." for
    "What is its kinetic energy?"): even in a box, that value answers another question. None otherwise."""
    asked = asked_measure_kind(problem)
    if asked is None:
        return None
    stated = _stated_measures(completion)
    if not stated:
        # ... or the one named value of the line, by its symbol: "Answer: $p = 4.0$ kg·m/s" for the kinetic energy
        named = _NAMED_QUANTITY_ITEM.fullmatch(
            _LINE_LABEL.sub("", _last_line(completion).strip().rstrip("."))
        )
        symbol = None if named is None else named.group("name")
        symbol_kinds = {
            _MEASURE_KINDS[measure] for measure, symbols in _MEASURE_SYMBOLS.items() if symbol in symbols
        }
        if symbol is None or not symbol_kinds or asked[1] in symbol_kinds:
            return None  # ("x = 5 cm" for the length: of its kind)
        # (not a letter the work names a quantity with: "Let $P$ be the weight of a large pizza.")
        defined = re.compile(
            rf"\b(?:let|where|with)[ \t]+\$?[ \t]*{re.escape(symbol)}[ \t]*\$?[ \t]+(?:be|denotes?|is|represents?)\b"
            rf"|\$?(?<![A-Za-z\\]){re.escape(symbol)}\$?[ \t]+(?:denotes?|represents?|stands[ \t]+for)\b",
            re.IGNORECASE,
        )
        return None if defined.search(completion) is not None else symbol
    kinds = {_MEASURE_KINDS.get(name) for name in stated}
    if None in kinds or asked[1] in kinds:
        return None
    return next(iter(stated))


# The kind of quantity of the measures whose units tell them apart (see asked_unit's kinds).
_MEASURE_KINDS = {
    "speed": "length/time",
    "acceleration": "acceleration",
    "force": "force",
    "momentum": "momentum",
    "energy": "energy",
    "power": "energy/time",
    "time": "time",
    "frequency": "frequency",
    "wavelength": "length",
    "distance": "length",
    "length": "length",
    "height": "length",
    "width": "length",
    "radius": "length",
    "diameter": "length",
    "mass": "mass",
    "pressure": "pressure",
    "density": "mass/volume",
    "voltage": "voltage",
    "resistance": "resistance",
    "current": "current",
}


def _stated_measures(completion: str) -> dict[str, list[str]]:
    """The measures the last line of ``completion`` gives values to, each with the values given; empty unless every
    statement of the line is one ("So the slope is $3$ and the $y$-intercept is $-1$.")."""
    line = _last_line(completion).strip().rstrip(".")
    label = _LINE_LABEL.match(line)
    if label is not None and _MEASURE.fullmatch(label.group().strip(" \t:")) is None:
        line = line[label.end() :]  # ("Final answer: The net force is ..."; not "Center: (3, -2), radius: 5")
    line = _SENTENCE_STOP.split(line)[
        -1
    ]  # (its last sentence: "Sorting: 10, 11, 12. The range is 4 and ...")
    stated: dict[str, list[str]] = {}
    labelled = 0
    for part in _MEASURES_BREAK.split(line):
        said = _MEASURE_STATED.fullmatch(part)
        if said is None:
            if any(char.isdigit() for char in part):
                return {}  # (a statement of something else: the line is read as it is)
            continue
        labelled += said.group(2) is not None and part[: said.start(2)].rstrip().endswith(":")
        stated.setdefault(_measure_name(said.group(1)), []).append(said.group(2))
    # (a label's colon states a measure only among others: a line "x-intercept: -3/2" alone is an answer's label)
    return stated if not labelled or sum(map(len, stated.values())) >= 2 else {}


_SENTENCE_STOP = compile_lazily(r"[.!?][ \t]+(?=[A-Z])")


def _named_as_asked(completion: str, name: str, expression: str) -> bool:
    """Whether ``completion`` gives ``name`` to the expression asked ("Let y = 3x + 1.", "y = 3x + 1"): its value is
    the value asked."""
    plain = _LAYOUT.sub("", _plain(_MARKUP.sub("", completion)))
    return f"{name}={expression}" in plain


@functools.lru_cache(maxsize=16)
def _last_line(completion: str) -> str:
    """The last line of ``completion``'s answer (after its reasoning, without the remarks that follow an answer), its
    math delimiters and bold markers off, written plain (``_plain``). (Cached: the problem checks read one completion
    with both :func:`assigned_value` and :func:`another_named`.)"""
    answer = without_closing_remarks(completion[max(0, reasoning_end(completion)) :])
    line = _MARKUP.sub("", answer[answer.rfind("\n") + 1 :])
    label = _STEP_LABEL.match(line)  # (a step's label names nothing: "Step 3: b = 3")
    return _plain(line if label is None else line[label.end() :])


def _plain(math: str) -> str:
    """``math`` with ``\\dfrac`` as ``\\frac`` and a Unicode minus as a hyphen's ("m − n = 4" for "$m-n$"), as
    the expression asked and the last line are compared."""
    return math.replace("\\dfrac", "\\frac").replace("\u2212", "-")


def _measures(text: str) -> set[str]:
    """The measures ``text`` names ("surface area" not read as "area"; "average" is the mean)."""
    return {_measure_name(match.group()) for match in _MEASURE.finditer(text)}


def _measures_asked(asking: str) -> set[str]:
    """The measures a question asks for ("find the mean and the median": both), each by its one name."""
    return {
        _measure_name(word) for found in _MEASURE_ASKED.finditer(asking) for word in found.groups() if word
    }


def _measure_name(said: str) -> str:
    """One name for a measure however it is said: "average" is the mean, "rate of change" and "gradient" the slope."""
    name = re.sub(r"[ \t]+", " ", said.lower())
    return _SAME_MEASURE.get(name, name)


_SAME_MEASURE = {
    "average": "mean",
    "rate of change": "slope",
    "gradient": "slope",
    "centre": "center",
    "least common multiple": "lcm",
    "greatest common divisor": "gcd",
    "greatest common factor": "gcd",
    "gcf": "gcd",
    # (physics: one measure under several names, or one kind of the other, read leniently: "the energy" states the
    # kinetic energy asked, "the tension" a force)
    "velocity": "speed",
    "kinetic energy": "energy",
    "potential energy": "energy",
    "tension": "force",
    "displacement": "distance",
    "period": "time",
    "impulse": "momentum",
    "work": "energy",
    "potential difference": "voltage",
}


# A clause that says where or when a value holds, not what it is: "attained at x = 1", "which occurs when x = -3".
_CONDITION = compile_lazily(
    r"[ \t]*(?:(?:which|it|and)[ \t]+)*(?:is[ \t]+)?(?:attained|achieved|reached|obtained|occurs?|occurring|when|where"
    r"|if|for|at|with|whenever)\b",
    re.IGNORECASE,
)
_STATEMENT_BREAK = compile_lazily(r"[.;,][ \t]+|[ \t]+(?:so|and|then|thus|hence)[ \t]+", re.IGNORECASE)
# A line that gives a value a name: "Area = 6 × 3 = 18 m²", "$2x = 10$", "Circumference ≈ 12.6".
_NAMED_LINE = compile_lazily(
    r"([A-Za-z0-9(\\][A-Za-z0-9 _{}()^+\-*/\\]{0,30}?)[ \t]*(?:=|\u2248|\\approx)[^=\n]*\d"
)
_MEASURE = compile_lazily(rf"\b(?:{_MEASURE_WORDS})\b", re.IGNORECASE)
# Where one statement of a measure ends and the next begins: a stop, "; ", a dash, ", and ", " and ", ", the", ", so"
# ("(3, -2)" is no break).
_MEASURES_BREAK = compile_lazily(
    r"[ \t]*(?:[;.][ \t]+|;|\u2014|\u2013|--|,?[ \t]+and[ \t]+|,[ \t]+(?=the\b)|,[ \t]*(?=(?:so|thus|then|hence)\b)"
    # (and a comma before the next measure's name: "Perimeter = 24, Area = 35", "Center: (3, -2), radius: 5")
    rf"|,[ \t]+(?=(?:{_MEASURE_WORDS})\b))"
    r"[ \t]*",
    re.IGNORECASE,
)
# A measure that is the object of the question ("What is its speed", "Find the net force on the block", "Calculate
# the wavelength"), not one its circumstances name ("How far does it travel at that speed?", "in that time").
_MEASURE_ASKED = compile_lazily(
    r"\b(?:what|find|compute|calculate|determine|estimate|how[ \t]+much)[ \t]+"
    r"(?:(?:is|was|are|were|will[ \t]+be|would[ \t]+be)[ \t]+)?"
    r"(?:(?:the|its|their|his|her)[ \t]+)?(?:[A-Za-z]+['\u2019]s[ \t]+)?"
    r"(?:(?:net|total|resultant|average|final|initial|maximum|minimum|magnitude[ \t]+of[ \t]+the)[ \t]+)?"
    # (and a physical kind of it: "its fundamental frequency", "the mean energy"; "the mean" alone is still the mean)
    r"(?:(?:fundamental|mean)[ \t]+)?"
    # ("work" only as the object asked: "How much work is done", not "hours of work")
    rf"({_MEASURE_WORDS}|work)\b"
    # ... and a second one asked with it: "find the mean and the median"
    rf"(?:[ \t]+and[ \t]+(?:(?:the|its|their)[ \t]+)?({_MEASURE_WORDS})\b)?",
    re.IGNORECASE,
)
# A statement of one measure's value: "Therefore the center is (3,-2)", "the radius = 4".
_MEASURE_STATED = compile_lazily(
    r"(?:(?:so|thus|hence|therefore|then)[ \t]*,?[ \t]+)?(?:the[ \t]+|its[ \t]+)?(?:[A-Za-z]+['\u2019]s[ \t]+)?"
    # (what kind of it: "the net force", "the ball's momentum")
    rf"(?:(?:net|total|resultant|resulting|final|initial|maximum|minimum)[ \t]+)?\b({_MEASURE_WORDS})\b"
    # ("the area of the circle is ...", "the net force acting on the cart is ...")
    r"(?:[ \t]+(?:of|on|acting[ \t]+on|exerted[ \t]+on)[ \t]+(?:the|this|that|its)[ \t]+[a-z]+)?"
    # (or a label: "Center: (3, -2)", "Area = 35")
    r"(?:[ \t]+(?:is|equals)[ \t]+(?:at[ \t]+)?|[ \t]*[=:][ \t]*)([^ \t].{0,60}?)",  # ("the center is at (-4, 5)")
    re.IGNORECASE,
)


def _sum_in_sigma_notation(written: str, expression: str) -> bool:
    """Whether a line's name writes the long sum or product the problem asks for in sigma or pi notation
    ("\\sum_{k=1}^n k^2" for "1^2+2^2+\\cdots+n^2"): the same quantity, by the notation of the solution."""
    if not any(mark in expression for mark in ("\\cdots", "\\ldots", "\\dots")):
        return False
    if written.startswith("\\sum"):
        return "+" in expression
    return written.startswith("\\prod") and (
        "\\cdot" in expression.replace("\\cdots", "") or "\\times" in expression
    )
