"""Text clean-up shared by gold and prediction: cheap, bounded, pure.

``normalize_answer`` turns the many ways people write one answer into one string, so that the fast path can settle
most comparisons by string or exact-number equality without sympy. Every step is a linear scan or a regex without
nested quantifiers over a capped input, so the cost is bounded by ``MAX_NORMALIZE_CHARS``.

What it does, in order:
    * strips surrounding ``$…$``, ``\\(…\\)``, ``\\[…\\]``, a whole-string ``\\boxed{…}``, a trailing period;
    * removes spacing and sizing commands (``\\left``, ``\\right``, ``\\!``, ``\\,``, ``~``, ``\\displaystyle`` …);
    * ``\\dfrac`` / ``\\tfrac`` → ``\\frac``, ``\\dbinom`` → ``\\binom``, ``\\le`` → ``\\leq`` …;
    * degree signs (``^\\circ``, ``^{\\circ}``, ``°``, ``\\degree``) are dropped: degrees stay degrees, so
      ``45^\\circ`` equals ``45``; against an angle in radians the cascade reads the sign before it is dropped
      (``45^\\circ`` is ``\\frac{\\pi}{4}``, a bare ``45`` is not);
    * currency (``\\$``, ``dollars``) and trailing units (``10\\text{ cm}``, ``5 dollars``, ``3 cm^2``) are dropped
      (the cascade compares two known units first: ``5 km`` is not ``5 m``, ``1.2 km`` is ``1200 m``, see
      :func:`value_in_base_units`);
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

import itertools
import re
import unicodedata
from collections.abc import Callable
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from openrs_rewards.verifiers.foreign_numbers import SCALE_WORDS as FOREIGN_SCALE_WORDS
from openrs_rewards.verifiers.foreign_numbers import foreign_fraction_in_sentence, foreign_number_then_words
from openrs_rewards.verifiers.numeric import finite_decimal, fraction_in_latex, parse_number
from openrs_rewards.verifiers.patterns import compile_lazily
from openrs_rewards.verifiers.structure import _find_top_level, real_line_without, split_top_level
from openrs_rewards.verifiers.text import repair_control_characters

# A LaTeX text group (``\\text{ cm}``, ``\\mathrm{kg}``, ``\\operatorname{lcm}``), its words in group 1: the one
# spelling used wherever a text group is unwrapped or recognised whole.
TEXT_GROUP_RE = compile_lazily(r"\\(?:text|textrm|textbf|mathrm|operatorname|mbox)[ \t]*\{([^{}]*)\}")

__all__ = [
    "CJK_RE",
    "CURRENCY_SIGNS",
    "MAX_NORMALIZE_CHARS",
    "NAMED_QUANTITY_RE",
    "NUMBER_PHRASE_PATTERN",
    "NUMBER_WORD_PATTERN",
    "ORDINAL_WORD_PATTERN",
    "PART_LABEL_SEQUENCES",
    "POWER_OF_TEN_PATTERN",
    "REALS_EXCEPT",
    "WORDED_RELATION",
    "WORDED_SUBJECT",
    "all_reals_except",
    "angle_brackets_as_interval_ends",
    "counted_shape",
    "cyrillic_units_in_latin",
    "interval_written_usually",
    "normalize_answer",
    "number_word_value",
    "ordinal_word_value",
    "relation_in_words",
    "scale_words_as_numbers",
    "units_agree",
]

# Answers longer than this are not normalised (they are degenerate output); see ``normalize_answer``.
MAX_NORMALIZE_CHARS = 4_000


def _holding_any(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern whose ``search`` finds whether a text holds one of ``words`` (``any(word in text for word in
    words)``): one scan in the regex engine, where the generator resumes a Python frame per word (several times as
    long on a short answer, and these tests run on every pass of every answer)."""
    return compile_lazily("|".join(re.escape(word) for word in words))


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
    "\\limits",
    # plain-TeX font switches ("{\\bf 10}", "{\\rm cm}"): typography only
    "\\bf",
    "\\rm",
    "\\it",
    "\\sf",
    "\\tt",
)
# Commands renamed to one canonical spelling. Whole-word matches only (see ``_COMMAND_RE``).
_COMMAND_ALIASES = {
    "\\textnormal": "\\text",  # (the other upright text commands: "$\\textnormal{neither}$")
    "\\textup": "\\text",
    "\\dfrac": "\\frac",
    "\\tfrac": "\\frac",
    "\\cfrac": "\\frac",
    "\\sfrac": "\\frac",  # (xfrac's slanted fraction: "\\sfrac{5}{12}")
    "\\dbinom": "\\binom",
    "\\tbinom": "\\binom",
    "\\le": "\\leq",
    "\\leqslant": "\\leq",
    "\\ge": "\\geq",
    "\\geqslant": "\\geq",
    "\\leslant": "\\leq",  # \\geqslant with its q lost (OlympiadBench golds as some harnesses store them)
    "\\geslant": "\\geq",
    "\\ne": "\\neq",
    "\\minus": "-",  # (unicode-math's name of the minus sign: "\\minus 5")
    "\\doteq": "\\approx",  # ("r \\doteq 4.2\\%": approximately, as Canadian contest solutions write it)
    "\\simeq": "\\approx",
    "\\colon": ":",
    "\\varepsilon": "\\epsilon",  # one letter in two shapes (ϵ and ε); so are θ/ϑ, ρ/ϱ, σ/ς
    "\\vartheta": "\\theta",
    "\\varphi": "\\phi",
    "\\varrho": "\\rho",
    "\\varsigma": "\\sigma",
    "\\lbrace": "\\{",
    "\\rbrace": "\\}",
    "\\lbrack": "[",
    "\\rbrack": "]",
    "\\lvert": "|",
    "\\rvert": "|",
    "\\vert": "|",
    "\\varnothing": "\\emptyset",
    "\\to": "\\rightarrow",
    "\\geqq": "\\geq",
    "\\leqq": "\\leq",
    "\\times": "\\times",
    "\\langle": "(",  # a vector written <1, 2> is the tuple (1, 2)
    "\\rangle": ")",
    "\\dots": "\\ldots",
    "\\lg": "\\log_{10}",  # the common logarithm as Chinese-origin olympiad golds write it ("1-\\lg 2")
    "\\dotsc": "\\ldots",
    "\\overline": "\\bar",  # (repeating decimals, 0.\overline{3}, are read before this)
}
_WRAPPER_COMMANDS = (
    "\\text",
    "\\underline",
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
_WRAPPER_COMMAND_RE = _holding_any(_WRAPPER_COMMANDS)
# Unit words removed when they trail an answer. Lower-case; matched as whole words.
_UNITS = frozenset(
    [
        "angstrom",
        "angstroms",
        "ohm",
        "ohms",
        "cm",
        "mm",
        "dm",
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
        "yr",
        "yrs",
        "kcal",
        "cal",
        "erg",
        "ev",
        "kev",
        "mev",
        "hz",
        "khz",
        "mhz",
        "pc",
        "kpc",
        "mpc",
        "au",
        "ly",
        "nm",
        "fm",
        "um",
        "kj",
        "kw",
        "pa",
        "kpa",
        "ms",
        "ns",
        "µs",
        "millisecond",
        "milliseconds",
        "microsecond",
        "microseconds",
        "nanosecond",
        "nanoseconds",
        "mw",
        "megawatt",
        "megawatts",
        "mv",
        "kv",
        "millivolt",
        "millivolts",
        "mpa",
        "gpa",
        # SI units by name ("6 newtons", "12 joules")
        "newton",
        "newtons",
        "joule",
        "joules",
        "watt",
        "watts",
        "volt",
        "volts",
        "pascal",
        "pascals",
        "kelvin",
        "kelvins",
        "hertz",
        "ampere",
        "amperes",
        "coulomb",
        "coulombs",
        # sound levels ("70 dB", read in any case once glued: "70db")
        "db",
        "decibel",
        "decibels",
        # data sizes and rates ("2048 MB", "5 GB", "12 Mbps")
        "kb",
        "mb",
        "gb",
        "tb",
        "bps",
        "kbps",
        "mbps",
        "gbps",
        "byte",
        "bytes",
        "kilobytes",
        "megabytes",
        "gigabytes",
        "terabytes",
        "bits",
    ]
)
# Things counted that a trailing word names so often that it is taken off like a unit ("5 apples" is 5): no unit
# for a reader who asks what a sentence's numbers count (see is_unit_word).
_COUNTED_NOUNS = frozenset(["people", "persons", "students", "apples"])
_UNITS = _UNITS | _COUNTED_NOUNS
# The lengths of the units of two or more letters, longest first: a glued unit is looked up by the suffix of each
# length (a few set lookups) rather than by trying every unit.
_UNIT_LENGTHS_LONGEST_FIRST = tuple(sorted({len(unit) for unit in _UNITS if len(unit) > 1}, reverse=True))
_COMMAND_RE = compile_lazily(r"\\[a-zA-Z]+")
# A number in bold digits spaced one by one as LaTeX source sets them, its thousands grouped by commas: "\mathbf{1 0 2
# , 0 1 8}" is 102,018 (one to three digits, then groups of exactly three; not a list, "\mathbf{- 3 , - 2 8}").
_SPACED_BOLD_THOUSANDS_RE = compile_lazily(
    r"(?<=\\mathbf\{)[ ]*\d(?:[ ]\d){0,2}(?:[ ]*,[ ]*\d[ ]\d[ ]\d)+[ ]*(?=\})"
)
_NUMBER_PREFIX_RE = compile_lazily(r"-?(?:\d+(?:\.\d*)?|\.\d+)")
# A decimal comma ("2{,}5"; before a group of exactly three digits a thousands separator, "1{,}000"; after a lone 0
# always a decimal comma, "0{,}125").
_LEADING_ZERO_DECIMAL_COMMA_RE = compile_lazily(r"(?<![\d.])0\{,\}(?=\d)")
_DECIMAL_COMMA_RE = compile_lazily(r"(?<=\d)\{,\}(?=\d)(?!\d{3}(?!\d))")
_THOUSANDS_SEPARATOR_RE = compile_lazily(r"(?<=\d)\{,\}(?=\d{3}(?!\d))")
# Two numbers with thousands separators joined by a word ("2,500 and 7,500"): each one number, not a list of four.
_THOUSANDS_PAIR_RE = compile_lazily(
    r"((?:[a-z] ?= ?)?)(-?[1-9]\d{0,2}(?:,\d{3})+) ?,? (?:and|or) ((?:[a-z] ?= ?)?)(-?[1-9]\d{0,2}(?:,\d{3})+)"
)  # (each perhaps a name's value: "n = 1,500 or n = 4,500")
_THOUSANDS_RE = compile_lazily(r"-?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")  # "0,100" is a list, not 100
_FRACTION_PART_THOUSANDS_RE = compile_lazily(r"(?:(?<=\\frac\{)|(?<=\}\{))[1-9]\d{0,2}(?:,\d{3})+(?=\})")
_BRACKETED_NUMBER_RE = compile_lazily(r"\[(-?(?:\d+(?:\.\d*)?|\.\d+))\]")
# A one-letter variable (optionally a Greek letter or with a simple subscript) followed by "=" or "\in"; a point's
# capital may carry primes (the image "C''=(-2,-2)" of a transformed point).
# The subscript's braces must balance and hold no "=": "\sum_{n=1}^{10} n" has no prefix to strip, "m_{\max}=5" has.
# (a vector's name too: "\\vec{F}=", "\\vec F=", "\\overrightarrow{v}=")
_VARIABLE_PREFIX_RE = compile_lazily(
    # (a change of a quantity is one name: "\\Delta E = h\\nu", "\\Delta H = -92")
    r"(?:[A-Z](?:'{1,3}|\^\{?(?:\\prime){1,3}\}?)|(?:[a-zA-Z]|\\(?:vec|overrightarrow) ?\{?[a-zA-Z]\}?|\\Delta ?[A-Za-z]"
    r"|\\[a-zA-Z]+)"
    r"(?:\^\{?(?:\*|\\ast|\\star)\}?)?)"
    r"(?:_(?:\{[^{}=]{1,12}\}|[a-zA-Z0-9]))?(?:=|\\in(?![a-zA-Z])|\\mapsto)"
)
# The name of a function before the variable it maps: "f:x\\mapsto", "f\\colon x\\mapsto", "g_1:t\\mapsto".
_FUNCTION_NAME_BEFORE_MAPSTO = compile_lazily(
    r"\A[a-zA-Z](?:_\{?[a-zA-Z0-9]\}?)?[ ]?(?::|\\colon)[ ]?(?=[a-zA-Z][ ]?\\mapsto)"
)
# A winner stated as the whole answer: "\\text{the second player wins}", "Bob has a winning strategy."
_WINNER_STATED_RE = compile_lazily(
    r"\A[ \t]*(?:\\text[ \t]*\{)?[ \t]*(?:[Tt]he[ \t]+)?((?:[Ff]irst|[Ss]econd)[ \t]+player|[A-Z][a-z]{1,20})[ \t]+"
    r"(?:wins|has[ \t]+a[ \t]+winning[ \t]+strategy)[ \t.]*\}?[ \t.]*\Z"
)
# Numbers of a kind before a condition on their name: "\\text{all primes } p \\equiv 1 \\pmod 4", "all integers $n$ with
# n \\mid 12" (not of a kind the condition leaves out: "all odd n" says more than "n")
_ALL_OF_A_KIND_BEFORE_A_CONDITION_RE = compile_lazily(
    r"\A[ \t]*(?:\\text[ \t]*\{[ \t]*)?all[ \t]+(?:positive[ \t]+)?(?:primes|prime[ \t]+numbers|integers|natural[ \t]+numbers)"
    r"(?:[ \t]+(?:with|such[ \t]+that|where))?[ \t]*\}?[ \t$]*(?=[a-z][ \t$]*(?:\\equiv|\\mid|\\[lg]eq?(?![a-z])|[<>=]))"
)
# A tuple of unknowns said to lie in a set: "(x,y)\\in".
_OUTSIDE_AN_INTERVAL_RE = compile_lazily(
    r"[a-zA-Z]\\notin([\[(])([^,\[\]()]{1,30}),([^,\[\]()]{1,30})([\])])"
)
_TUPLE_MEMBERSHIP_RE = compile_lazily(r"\((?:[a-zA-Z],){1,5}[a-zA-Z]\)\\in(?![a-zA-Z])")
# A function's values said to lie in a set: "f(x)\\in[1,+\\infty)", the range.
_FUNCTION_VALUE_MEMBERSHIP_RE = compile_lazily(r"[a-zA-Z](?:_\{?[a-zA-Z0-9]\}?)?\([a-zA-Z]\)\\in(?![a-zA-Z])")
# The mark of an optimum or an equilibrium on a name ("L^*", "p^{*}"): the same quantity to a reader of the answer.
_STAR_MARK_RE = compile_lazily(r"(?<![zw])\^\{?(?:\*|\\ast|\\star)\}?")  # (z^*, w^*: complex conjugates)
_RELATIONS = ("<", ">", "\\leq", "\\geq", "\\neq", "\\approx")
_RELATION_SIGN_RE = _holding_any(_RELATIONS)

# Words of the languages that write a decimal comma, as they end a solution (three of them, a letter of Cyrillic or
# Vietnamese, or the word for "answer" in one of them make the text one in such a language: "La réponse est 3,5.",
# "Die Antwort lautet 0,75.", "Ответ: 2,5").
# (words of those languages that English math text does not use: not "y", "o", "de", "la", "total", "per", a
# variable, a point or an English word lower-cased)
_DECIMAL_COMMA_WORDS = frozenset(
    [
        *("réponse", "donc", "est", "chaque", "les", "des", "une", "nous", "avec", "sont"),
        *("für", "ein", "eine", "dem", "sich", "auf"),
        *(
            "antwort",
            "lautet",
            "ist",
            "und",
            "der",
            "das",
            "insgesamt",
            "beträgt",
            "kostet",
            "wir",
            "nicht",
            "ergibt",
            *("gilt", "durch", "beide", "beim", "nur", "wird", "sind"),
        ),
        *("respuesta", "entonces", "cada", "los", "las", "una", "para", "por", "del", "con", "hay", "el"),
        *("todos", "todas", "de", "en", "et", "le", "la", "il", "die", "mit", "von", "che", "di"),
        *("resposta", "portanto", "então", "são", "risposta", "quindi", "sono", "della"),
        *(
            "odpowiedź",
            "wynosi",
            "jest",
            "jadi",
            "adalah",
            "yang",
            "dengan",
            "là",
            "é",
            "litros",
            "litri",
            "reais",
        ),
    ]
)
_WORD_RE = compile_lazily(r"\w+")
_ACCENTED_LETTERS = compile_lazily("[éèêàçùâîôûëïüöäßñõãáíóúÉÈÀÇÜÖÄÑ]")
_ASCII_LETTER = compile_lazily("[A-Za-z]")
_ACCENTED_WORD = compile_lazily(r"\w*[éèêàçùâîôûëïüöäßñõãáíóúÉÈÀÇÜÖÄÑ]\w*")
_DECIMAL_COMMA_ANSWER = compile_lazily(
    r"\b(?:r[ée]ponse|antwort|antwoord|respuesta|resposta|risposta|odpowied[źz]|odpov[ěe]d|odp(?=\.|[ \t]*:)|cevap|jawaban|đáp[ \t]+số"
    r"|ответ|відповідь"
    r"|ergebnis|resultado|r[ée]sultat|risultato"
    # ... and the words that conclude a solution in them ("Donc x = 3,5.", "Por lo tanto, x = 2,5.", "Jadi x = 0,4.")
    r"|donc|por[ \t]+lo[ \t]+tanto|portanto|quindi|daher|somit|folglich|jadi|zatem|więc|sonuç[ \t]+olarak)\b"
    # ... or euros, Turkish lira, roubles with their cents after a comma, as prices in them are written ("18,50 €",
    # "€ 4,50", "12,75 TL", "12,50 ₺", "3,20 руб.")
    r"|(?<![\d,.])\d{1,3},\d\d[ \t]*(?:€|TL\b|₺|руб)|€[ \t]*\d{1,3},\d\d(?![\d,])",
    re.IGNORECASE,
)
# (Cyrillic, Vietnamese's letters, a Greek word: a letter with its accent among others, not a Greek name of math; the
# letters of Turkish, Polish and Czech: "kazanır", "złotych", "třídě")
_DECIMAL_COMMA_LETTERS = compile_lazily(
    r"[\u0400-\u04ff]|[đĐơƠưƯ]|[ıİşŞğĞąęłśźżńĄĘŁŚŹŻěščřůťďňŘŠČŽ]|[\u03b1-\u03c9]{2}[\u03ac-\u03af\u03cc-\u03ce]|[\u03ac-\u03af\u03cc-\u03ce][\u03b1-\u03c9]{2}"
)
# ("0{,}125", "2{,}5": not before a group of three digits, where "{,}" is a thousands separator, "1{,}000")
_TYPESET_DECIMAL_COMMA = compile_lazily(r"(?<!\d)0\{,\}\d|\d\{,\}(?:\d{1,2}|\d{4,})(?![\d{])")
LANGUAGE_REACH = 400  # characters at the end of a completion read for its language


def writes_decimal_commas(completion: str) -> bool:
    """Whether the end of ``completion`` is written in a language that puts a comma before the decimals (French,
    German, Spanish, Portuguese, Italian, Russian, Polish, Vietnamese, Indonesian, ...): there "3,5" is 3.5 and
    "1.500" is 1500.

    >>> writes_decimal_commas("Die Antwort lautet 0,75."), writes_decimal_commas("The roots are 3,5.")
    (True, False)
    """
    tail = completion[-LANGUAGE_REACH:]
    if _DECIMAL_COMMA_ANSWER.search(tail.rstrip().rpartition("\n")[2]) is not None:
        return True  # (the last line's answer words say it, whatever language the work before was written in)
    if "{,}" in tail and _TYPESET_DECIMAL_COMMA.search(tail) is not None:
        return True  # ("$P = 0{,}125$": a decimal comma typeset as European typesetting keeps it, see normalize_answer)
    if " the " in tail:
        return False  # (English, as most texts are, names of other languages in it or not: "à la Viète, the roots")
    answer_words = _DECIMAL_COMMA_ANSWER.search(tail) is not None
    if " is " in tail and not answer_words:
        # (English again; a language's answer words outrank it: Dutch says "is" too, "Drie keer vier is twaalf.
        # Antwoord: 12")
        return False
    if answer_words or _DECIMAL_COMMA_LETTERS.search(tail) is not None:
        return True
    # (words with plain letters too: "ÀÑ:ß" is a string of letters, not two words of a language)
    accented = [word for word in _ACCENTED_WORD.findall(tail) if _ASCII_LETTER.search(word) is not None]
    if len(set(accented)) >= 2 and sum(len(_ACCENTED_LETTERS.findall(word)) for word in accented) >= 3:
        # (French, German, Spanish, Portuguese, Italian letters: all write a decimal comma; in two words at least,
        # not one name or a string of letters inside the answer: "\boxed{0,0Çßß}")
        return True
    return len(_DECIMAL_COMMA_WORDS.intersection(_WORD_RE.findall(tail.lower()))) >= 3


def normalize_answer(text: str) -> str:
    """Normalise one answer string (gold or prediction) for comparison.

    Pure, bounded and idempotent (``normalize_answer(normalize_answer(x)) == normalize_answer(x)``): linear-time
    passes over at most ``MAX_NORMALIZE_CHARS`` characters, repeated until nothing changes (at most
    ``_MAX_PASSES`` times; one pass can expose what another removes, as in ``$++56``). A longer input is only
    stripped of surrounding whitespace (it is degenerate output and must not cost more).

    Example:
        >>> normalize_answer("\\\\left( 1, 2 \\\\right)")
        '(1, 2)'
        >>> normalize_answer("45^{\\\\circ}")
        '45'
        >>> normalize_answer("2 \\\\sqrt 3")
        '2\\\\sqrt{3}'
        >>> normalize_answer("2 \\\\text{ or } 7")
        '2, 7'
    """
    if not isinstance(text, str):
        return ""
    stripped = text.strip()
    if _PLAIN_NUMBER_RE.fullmatch(stripped):
        return stripped  # (a plain number, the most common answer, is its own normal form)
    text = _repaired(text)
    if len(text) > MAX_NORMALIZE_CHARS or _PLAIN_NUMBER_RE.fullmatch(text):
        return text
    return _normalize_to_fixed_point(text)


def normalize_keeping_label(text: str) -> str:
    """:func:`normalize_answer` without setting apart a leading label: ``x = 5`` stays an equation.

    >>> normalize_keeping_label("x = 5"), normalize_answer("x = 5")
    ('x=5', '5')
    """
    if not isinstance(text, str):
        return ""
    text = _repaired(text)
    if len(text) > MAX_NORMALIZE_CHARS:
        return text
    return _normalize_to_fixed_point(text, True)


def _repaired(text: str) -> str:
    """``text`` stripped, with LaTeX escapes lost in writing put back: control characters ("\x0crac12", "\\frac12"
    written without escaping: before the strip, as it starts with a whitespace character). (A backslash written
    twice before a macro name is undone in each pass: see ``_DOUBLED_BACKSLASH_RE``.)"""
    text = repair_control_characters(text).strip()
    if not text.isascii():
        # "1；-2", "（1，2）", "１２": the full-width forms of ASCII that Chinese and Japanese text uses
        text = text.translate(_FULL_WIDTH_FORMS)
    if len(text) > 2 and text[0] == "`" and text[-1] == "`" and "`" not in text[1:-1]:
        text = text[1:-1].strip()  # "`12`": a value set as inline code
    if "ermutation" in text or " order" in text:
        text = _permutations_written_out(text)  # "(1,2,3) and its permutations", "(1,2,3) in any order"
    if " is a" in text:
        text = _KIND_WITH_AN_ARTICLE_RE.sub(r"is \1", text)  # "n is a prime number": "n is prime"
    if text.count("$") >= 4 and _LABELLED_MATH_SPANS_RE.fullmatch(text) is not None:
        text = _LABELLED_MATH_SPAN_RE.sub(
            r"\1: \2", text
        )  # "Maximum $2$, minimum $-2$": "Maximum: 2, minimum: -2"
    if (
        "\\text" in text
        or "ed " in text
        or "ing " in text
        or "occurs " in text
        or "(at " in text
        or "(when " in text
    ):
        where = _WHERE_IT_IS_TAKEN_RE.search(text)
        if where is not None and "=" not in text[: where.start()]:
            text = text[: where.start()].rstrip()  # "-\frac{5}{4} \text{ at } x=-\frac{3}{2}": the value
    if "\\text" in text and "only" in text:
        remark = _ONLY_ONE_REMARK_RE.search(text)
        if remark is not None and any(char.isdigit() for char in text[: remark.start()]):
            text = text[: remark.start()].rstrip()  # "x = 3 \text{ is the only solution}": the value
    return text


# The full-width forms of ASCII that Chinese and Japanese text uses ("１２", "（1，2）"), and the ideographic space.
FULL_WIDTH_FORMS: dict[int, int | str] = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x3000: " "
}
# ... in an answer, with the enumeration comma as a comma ("A、C、D" lists three choices, "1、2、3" three values) and a
# circled number as its number ("정답은 ③", the third statement or option: 3)
_FULL_WIDTH_FORMS = (
    FULL_WIDTH_FORMS | {0x3001: ", "} | {0x2460 + number: str(number + 1) for number in range(20)}
)


# Where a value is taken, written after it: "-\frac{5}{4} \text{ at } x=-\frac{3}{2}", "12 \text{ when } t = 3",
# "10 \text{ (attained at } n = 4)", "2, achieved when x = 1".
_WHERE_TAKEN_WORDS = (
    r"[ \t]*\(?[ \t]*(?:at|when|(?:which[ \t]+is[ \t]+)?(?:attained|achieved|reached|obtained)[ \t]+(?:at|when|for)"
    r"|occurring[ \t]+(?:at|when)|which[ \t]+occurs[ \t]+(?:at|when))[ \t]*"
)
_NAMES_SET_TO = r"\(?[a-z](?:[ \t]*,[ \t]*[a-z])*\)?[ \t]*=[ \t]*"
_WHERE_IT_IS_TAKEN_RE = compile_lazily(
    r"(?:[ \t,]*\\(?:text|mathrm)\{"
    + _WHERE_TAKEN_WORDS
    + r"\}|[ \t]*,[ \t]*"
    + _WHERE_TAKEN_WORDS
    # ... or in a bracket of its own: "3 (at x = 2)", "8 (when x = y = 2)"
    + r"|[ \t]+(?=\([ \t]*(?:at|when)\b)"
    + _WHERE_TAKEN_WORDS
    + r")[ \t]*"
    # (the point where, one name or several: "x=3", "(x,y)=(4,2)", "x=4, y=2", "x = y = 2")
    r"(?:"
    + _NAMES_SET_TO
    + r"[^=,]{1,30},[ \t]*(?:and[ \t]+)?){0,3}(?:"
    + _NAMES_SET_TO
    + r"){1,3}[^=]{1,60}\Z"
)
# A remark that the value is the only one: "x = 3 \text{ is the only solution}", "5 \text{ (the only root)}".
_ONLY_ONE_REMARK_RE = compile_lazily(
    r"[ \t,]*\\text\{[ \t]*\(?[ \t]*(?:is[ \t]+the[ \t]+only|the[ \t]+only|only)[ \t]+(?:solution|value|answer|root"
    r"|possibility|one)[ \t]*\)?[ \t.]*\}[ \t.]*\Z"
)


# A kind of number said of a name with an article, or with "number" after it: "$n$ is a prime", "n is an odd prime
# number", "$n$ is a perfect square" (one kind, "n is prime", however it is said).
_KIND_WITH_AN_ARTICLE_RE = compile_lazily(
    r"\bis[ \t]+an?[ \t]+((?:odd[ \t]+)?(?:prime|composite|perfect[ \t]+(?:square|cube)))(?:[ \t]+number)?\b"
)


# Named parts, each a word and its value in a math span, without a colon between them: "Maximum $2$, minimum $-2$",
# "Sum $7$ and product $12$" (read as "Maximum: 2, minimum: -2", a labelled list).
_LABELLED_MATH_SPAN = r"([A-Za-z]{3,20})[ \t]+\$([^$]{1,40})\$"
_LABELLED_MATH_SPAN_RE = compile_lazily(_LABELLED_MATH_SPAN)
_LABELLED_MATH_SPANS_RE = compile_lazily(
    _LABELLED_MATH_SPAN + r"(?:[ \t]*(?:,|;|,?[ \t]+and)[ \t]*" + _LABELLED_MATH_SPAN + r"){1,8}[ \t]*\.?"
)


# One tuple and the words that make it stand for all its orders: "(1,2,3) \text{ and all permutations}", "(1, 2, 3)
# and its permutations", "(a,b,c) = (1,2,3) up to permutation".
_NAMED_TUPLE = r"(?:\([a-z](?:[ \t]*,[ \t]*[a-z]){1,4}\)[ \t]*=[ \t]*)?"
# ... and a remark in brackets after the words that says the same: "(i.e. any ordering of 1, 2, 3)"
_ORDERS_REMARK = r"(?:[ \t]*\((?:i\.e\.|that[ \t]+is|in[ \t]+any|any|all)[^()]{0,60}\))?"
_ALL_PERMUTATIONS_RE = compile_lazily(
    _NAMED_TUPLE + r"(\([^()]{1,80}\))[ \t]*,?[ \t]*(?:\\text\{[ \t]*)?"
    r"(?:\\(?:quad|,|;)[ \t]*)*,?[ \t]*(?:and|with|plus|or)?[ \t]*(?:all[ \t]+)?(?:(?:its|their|the)[ \t]+)?"
    r"(?:permutations?|orderings?)(?:[ \t]+(?:thereof|of[ \t]+(?:it|this|these|them)))?[ \t]*\}?[ \t]*\.?"
    # ... "up to permutation", "up to order", "in any order"
    r"|"
    + _NAMED_TUPLE
    + r"(\([^()]{1,80}\))[ \t]*,?[ \t]*(?:\\text\{[ \t]*)?(?:up[ \t]+to[ \t]+(?:permutations?"
    r"|order(?:ing)?s?)|in[ \t]+any[ \t]+order)[ \t]*\}?" + _ORDERS_REMARK + r"[ \t]*\.?"
    # ... and the words first: "\text{all permutations of } (1,2,3)"
    r"|(?:\\text\{[ \t]*)?(?:all[ \t]+)?(?:the[ \t]+)?permutations[ \t]+of[ \t]*\}?[ \t]*(\([^()]{1,80}\))[ \t]*\.?",
    re.IGNORECASE,
)
_MAX_PERMUTED_ITEMS = 5  # 120 orders at most


def _permutations_written_out(text: str) -> str:
    """``(1,2,3) \\text{ and all permutations}`` written out as the set of its distinct orders, ``(1,2,3), (1,3,2),
    ...``; any other text unchanged.

    >>> _permutations_written_out("(1,1,2) and all permutations")
    '(1,1,2), (1,2,1), (2,1,1)'
    """
    # (the dollars of math spans inside the words are only delimiters: "$(1,2,3)$ and its permutations")
    found = _ALL_PERMUTATIONS_RE.fullmatch(text.replace("$", "").strip())
    if found is None:
        return text
    items = [item.strip() for item in (found.group(1) or found.group(2) or found.group(3))[1:-1].split(",")]
    if not 2 <= len(items) <= _MAX_PERMUTED_ITEMS or not all(items):
        return text
    orders = dict.fromkeys(itertools.permutations(items))
    return ", ".join("(" + ",".join(order) + ")" for order in orders)


_MAX_PASSES = 6
_PLAIN_NUMBER_RE = compile_lazily(r"-?[1-9]\d{0,30}(?:\.\d{1,30})?|-?0(?:\.\d{1,30})?")


@lru_cache(maxsize=16_384)
def _normalize_to_fixed_point(text: str, keep_label: bool = False) -> str:
    for _ in range(_MAX_PASSES):
        once = _normalize_once(text, keep_label)
        if once == text or len(once) > MAX_NORMALIZE_CHARS or _PLAIN_NUMBER_RE.fullmatch(once):
            return once  # (a plain number is its own normal form: no second pass needed)
        text = once
    return text


# A system's solution written as a cases environment of assignments, one per row: "\begin{cases} x = 2 \\ y = 5
# \end{cases}" (not a piecewise function: its rows hold a value and a condition parted by "&").
_SYSTEM_OF_VALUES_RE = compile_lazily(
    r"[ \t]*\\begin\{(cases|aligned|align\*?|gathered|array\}\{[lcr]+)\}(.{1,400}?)\\end\{(?:cases|aligned|align\*?"
    r"|gathered|array)\}[ \t.,]*",
    re.DOTALL,
)
_ASSIGNMENT_ROW_RE = compile_lazily(
    r"[ \t]*([A-Za-z](?:_\{?\w{1,3}\}?)?)[ \t]*&?[ \t]*=[ \t]*([^&=]{1,80}?)[ \t,;.]*"
)


def system_of_values(text: str) -> str | None:
    """The assignments of a cases (or aligned, align*, gathered, array) environment that holds nothing else, as a list
    (``x=2, y=5``); None otherwise.

    >>> system_of_values("\\\\begin{cases}x=2\\\\\\\\y=5\\\\end{cases}")
    'x=2, y=5'
    >>> system_of_values("\\\\begin{cases}x & x \\\\geq 0\\\\\\\\-x & x<0\\\\end{cases}") is None
    True
    """
    if text.count("\\begin") > 1:
        return _systems_of_values(text)
    system = _SYSTEM_OF_VALUES_RE.fullmatch(text)
    return None if system is None else _assignments(system)


def _systems_of_values(text: str) -> str | None:
    """Several systems' solutions joined by "or" or commas ("\\begin{cases}x=2\\\\y=3\\end{cases}\\ \\text{或}\\
    \\begin{cases}x=3\\\\y=2\\end{cases}"), each a tuple of its assignments: "(x=2, y=3), (x=3, y=2)"; None otherwise."""
    tuples, at = [], 0
    for system in _SYSTEM_OF_VALUES_RE.finditer(text):
        values = _assignments(system)
        begin = text.index("\\begin", system.start())  # (the spaces before it are the gap's: "\\ \\begin")
        if values is None or _SYSTEMS_JOINED_RE.fullmatch(text, at, begin) is None:
            return None
        tuples.append(f"({values})")
        at = system.end()
    return ", ".join(tuples) if len(tuples) > 1 and not text[at:].strip() else None


# What may part two systems' solutions: a comma, "or" in words (in English or Chinese), TeX's spaces.
_SYSTEMS_JOINED_RE = compile_lazily(r"(?:[ \t,;，；~]|\\[ ,;:!]|\\q?quad|\\text ?\{ ?(?:or|或) ?\}|or|或)*")


def _assignments(system: re.Match[str]) -> str | None:
    """The assignments of the rows of a system ``_SYSTEM_OF_VALUES_RE`` found, as a list, or None."""
    rows = [row for row in system.group(2).split("\\\\") if row.strip()]
    assignments = [_ASSIGNMENT_ROW_RE.fullmatch(row) for row in rows]
    if len(rows) < 2 or any(row is None for row in assignments):
        return None
    return ", ".join(f"{row.group(1)}={row.group(2).strip()}" for row in assignments if row is not None)


# A value restated in brackets at the end of an answer or of one of its items: "54^{2} (=2916)",
# "x = 7 \\ (= \\sqrt{49})".
_CONVERTED_IN_BRACKETS_RE = compile_lazily(
    r"(?<![A-Za-z])(?:\\[ ,;:!])? ?\( ?= ?-?[\d.,]+ ?(?:\\(?:text|mathrm|mbox) ?\{[^{}]*\}|[A-Za-z]+)[^()=]*\)(?= ?(?:,|\Z))"
)
# (not a function's bracket: "f(=3)" is no restatement)
_RESTATED_IN_BRACKETS_RE = compile_lazily(
    r"(?<![A-Za-z])(?:\\[ ,;:!])?[ ]?\([ ]?=[ ]?([^()=]+?)[ ]?\)(?=[ ]?(?:,|\Z))"
)


# Solutions of a system, each its assignments to the same one-letter unknowns, parted by semicolons.
_SOLUTIONS_PARTED_BY_SEMICOLONS_RE = compile_lazily(
    r"[ \t]*((?:[a-z][ \t]*=[^;=,]+,[ \t]*)+[a-z][ \t]*=)[^;=,]+"
    r"(?:;[ \t]*(?:[a-z][ \t]*=[^;=,]+,[ \t]*)+[a-z][ \t]*=[^;=,]+)+"
)
# A pair or interval with a semicolon between its ends, or (the whole answer) one with a bracket turned outward.
_EUROPEAN_PAIR_RE = compile_lazily(
    r"([\[\](])[ \t]*([^\[\]();,]{1,40}?)[ \t]*(?<!\\);[ \t]*([^\[\]();,]{1,40}?)[ \t]*([\[\])])"
    r"|\A[ \t]*(\])([^\[\]();]{1,40}),([^\[\]();]{1,40})([\[\]])[ \t]*\Z"
    r"|\A[ \t]*(\[)([^\[\]();]{1,40}),([^\[\]();]{1,40})(\[)[ \t]*\Z"
)


_CYRILLIC_UNITS = {
    "мм": "mm", "см": "cm", "дм": "dm", "км": "km", "м": "m", "мг": "mg", "кг": "kg", "г": "g", "т": "t", "ч": "h",
    "мин": "min", "с": "s", "сек": "s", "мл": "mL", "л": "L", "руб": "", "руб.": "", "грн": "", "грн.": "",
    "год": "h", "тыс.": " thousand", "тыс": " thousand", "млн": " million", "млрд": " billion",
}  # fmt: skip


def _latin_unit(found: re.Match[str]) -> str:
    """A Cyrillic unit as the Latin unit in text markup (the markup says it is a unit: "1,2 м²" is 1,2 \\text{ m}²,
    whose "m" alone would be read as a variable), a scale word as its English word."""
    before, latin = found.group(1), _CYRILLIC_UNITS[found.group(2)]
    if "{" in before and latin.startswith(" "):
        # ("420 \\text{тыс. человек}": the scale out of the markup, which goes on around the words after it)
        return _TEXT_OPENING_RE.sub("", before) + latin + " \\text{"
    if "{" in before:
        return before + latin.strip()  # (in its own text markup already: "350 \\text{ руб.}")
    if not latin or latin.startswith(" "):
        return before + latin  # (a currency, dropped; a scale, as its word)
    return before + f"\\text{{ {latin}}}"


# ... after a number, a unit's text command or a slash (not a word that starts so: "48 см²" but not "5 мест")
_CYRILLIC_UNIT_RE = compile_lazily(
    r"((?:\d|/)[ \t]*(?:\\[ ,;:!][ \t]*)?(?:\\(?:text|mathrm)[ \t]*\{[ \t]*)?)(мм|см|дм|км|мг|кг|мин|сек|мл|руб\.?|грн\.?|тыс\.?|млн|млрд|год"
    r"|м|г|т|ч|с|л)"
    r"(?![А-яЁёІіЇїЄє])"
)
_TEXT_OPENING_RE = compile_lazily(r"\\(?:text|mathrm)[ \t]*\{[ \t]*\Z")
# An interval with an angle bracket for a closed end: "(-\\infty, 2\\rangle", "\\langle 1; 3)" (a vector's brackets
# never mix with a parenthesis), or both ends angled, as Polish and Czech schools write a closed interval.
_ANGLE_BRACKET_INTERVAL_RE = compile_lazily(
    r"((?:\\left[ \t]*)?(?:\\langle|⟨)|\()((?:[^,;()⟨⟩]|\\,){1,40})([,;])((?:[^,;()⟨⟩]|\\,){1,40})"
    r"((?:\\right[ \t]*)?(?:\\rangle|⟩)|\))"  # (a thin space "\\," may stand beside the separator)
)


def cyrillic_units_in_latin(text: str) -> str:
    """``text`` with the units it writes in Cyrillic after a number in their Latin symbols in text markup ("250 см"
    is ``250\\text{ cm}``, "60 км/ч" ``60\\text{ km}/\\text{ h}``), which the readers of units know; a currency
    dropped, a scale word in English."""
    return _CYRILLIC_UNIT_RE.sub(_latin_unit, text) if not text.isascii() else text


def angle_brackets_as_interval_ends(text: str, *, angled_pairs_closed: bool = False) -> str:
    """``text`` with the intervals written with angle brackets for closed ends in square brackets: a bracket that
    mixes an angle and a parenthesis (``(-\\infty, 2\\rangle`` is ``(-\\infty, 2]``), a pair of angles with a
    semicolon between the ends (``\\langle -1; 3 \\rangle`` is ``[-1, 3]``) and, with ``angled_pairs_closed`` (a text
    in Polish or Czech), one with a comma (elsewhere ``\\langle 1, 3 \\rangle`` is a vector, left as it is).

    >>> angle_brackets_as_interval_ends("\\\\langle -1; 3\\\\rangle"), angle_brackets_as_interval_ends("\\\\langle 1, 3\\\\rangle")
    ('[-1, 3]', '\\\\langle 1, 3\\\\rangle')
    """

    def closed_ends(interval: re.Match[str]) -> str:
        opening, low, separator, high, closing = interval.groups()
        angled = (opening != "(", closing != ")")
        if angled[0] == angled[1] and not ((angled_pairs_closed or separator == ";") and all(angled)):
            return interval.group()
        return f"{'[' if angled[0] else '('}{low.strip()}, {high.strip()}{']' if angled[1] else ')'}"

    return _ANGLE_BRACKET_INTERVAL_RE.sub(closed_ends, text)


def interval_written_usually(
    opening: str, first: str, second: str, closing: str, separator: str = ","
) -> str:
    """A pair or interval written with ``separator`` between its ends and round brackets for its open ends, where a
    European school writes a bracket turned outward (``"]"``, ``"-\\infty"``, ``"3"``, ``"]"`` is ``(-\\infty,3]``).

    >>> interval_written_usually("[", "2", "5", "["), interval_written_usually("(", "2", "5", ")", ", ")
    ('[2,5)', '(2, 5)')
    """
    return f"{'(' if opening in '](' else '['}{first}{separator}{second}{')' if closing in '[)' else ']'}"


def _comma_pair(match: re.Match[str]) -> str:
    """The pair or interval ``match`` found, as it is usually written."""
    opening, first, second, closing = [group for group in match.groups() if group is not None]
    return interval_written_usually(opening, first.strip(), second.strip(), closing)


# Cached as well as the fixed point: the pass that confirms a normal form is the same for every answer that reaches
# it ("\\dfrac12", "\\frac 1 2" and the gold's "\\frac{1}{2}" all end on one pass over "\\frac{1}{2}").
@lru_cache(maxsize=16_384)
def _normalize_once(text: str, keep_label: bool = False) -> str:
    if "cases" in text or "align" in text or "gathered" in text or "array" in text:
        text = system_of_values(text) or text  # (a cases, aligned or array environment of assignments alike)
    if "\\\\" in text:
        text = _DOUBLED_BACKSLASH_RE.sub(r"\\", text)  # "1\\\\sqrt{19}": "\\sqrt" escaped twice
    if text.startswith("{") and ("|" in text or ":" in text or "\\mid" in text):
        # "{x | x > 3}", "{x \mid x > 3}" in plain braces: set-builder notation, which the unwrapping below would
        # take for a group
        builder = _SET_BUILDER_RE.fullmatch(text.strip())
        if builder is not None:
            text = f"\\{{{builder.group(1)} \\mid {builder.group(2)}\\}}"
    previous = None
    # Outer wrappers can nest (``$\boxed{x = 3}$.``): repeat the cheap unwrapping a bounded number of times.
    for _ in range(4):
        if text == previous:
            break
        previous = text
        text = _strip_outer(text)
    text = text.replace("\n", " ").replace("\t", " ").replace("\r", " ").replace("\x00", "")
    if "\\mathrm{" in text or "\\text{" in text or "\\textrm{" in text:
        text = _value_apart_from_its_unit(text)
    if "win" in text and (" wins" in text or "winning" in text):
        # "\\text{the second player wins}", "Bob has a winning strategy": the winner named
        text = _WINNER_STATED_RE.sub(r"\1", text, count=1)
    if "all" in text[:12]:
        # "\\text{all primes } p \\equiv 1 \\pmod 4": the numbers of that kind the condition keeps, the condition
        text = _ALL_OF_A_KIND_BEFORE_A_CONDITION_RE.sub("", text, count=1)
    if "\\boxed" in text or "\\fbox" in text:
        text = _boxes_as_groups(text)  # "-\\boxed{10}": a box inside a formula is one of its operands
    if "+/-" in text or "+-" in text:
        text = _ASCII_PLUS_MINUS_RE.sub(r"\\pm ", text)  # "3 +/- 2√2", "3 +- 2": the sign ± typed in ASCII
    if not text.isascii():
        # Zero-width spaces, joiners and bidi controls (Unicode "Cf") are invisible and carry no meaning.
        text = "".join(char for char in text if unicodedata.category(char) != "Cf")
        text = _SUPERSCRIPTS.rewrite(text)  # "10⁶" -> "10^{6}", "x⁻¹" -> "x^{-1}"
        text = _SUBSCRIPTS.rewrite(text)  # "x₁" -> "x_{1}", "log₂" -> "log_{2}"
        if "√" in text or "∛" in text or "∜" in text:
            text = _ROOT_SIGN_RE.sub(_root_of_sign, text)  # "√16" is \sqrt{16}, "∛(x+1)" \sqrt[3]{x+1}
        for symbol, command in _UNICODE_RELATIONS:
            text = text.replace(symbol, command)
        if "\u2013" in text or "\u2012" in text:
            text = _UNARY_EN_DASH_IN_ANSWER.sub("-", text)  # "\u20135", "\u2013 \\frac{2}{3}": a minus sign
        if "\u00ba" in text:
            # "90\u00ba": the ordinal sign typed for a degree
            text = _ORDINAL_AS_DEGREE_RE.sub(r"^\\circ", text)
        if CJK_RE.search(text) is not None:
            text = _chinese_numbers(text)
        if _CYRILLIC_UNIT_RE.search(text) is not None:
            # "48 см²", "30 км/ч", "2,5 ч": the units of Russian and Ukrainian books, in their Latin symbols
            text = _CYRILLIC_UNIT_RE.sub(_latin_unit, text)
    if _RELATION_WORD_RE.search(text) is not None:
        worded = relation_in_words(text)
        if worded is not None:
            text = worded
    if "\\" in text and _CHAIN_ARROW_RE.search(text) is not None:
        text = _last_link_of_a_chain(text)
    if "\\newline" in text:
        text = _NEWLINE_COMMAND_RE.sub("\\\\\\\\", text)  # "18 \\newline": TeX's other row break
    # Protect the LaTeX row break ``\\\\`` so that no later step reads its second backslash as a command.
    text = text.replace("\\\\", "\x00")
    if "\x00[" in text or "\x00 [" in text:
        # "\\\\[6pt]": extra space after a row break is layout, never a bracketed value of the next row.
        text = _ROW_SPACING_RE.sub("\x00", text)
    if "{." in text or "{," in text or "{;" in text or "{ " in text:
        text = _PUNCTUATION_IN_TEXT_RE.sub(r"\1", text)  # "\frac72\text{.}": the full stop of a sentence
    if "{,}" in text:
        # "2{,}5": the decimal comma of European typesetting (babel's way of keeping it from spacing like a list
        # comma); before a group of exactly three digits it is a thousands separator ("1{,}000")
        text = _DECIMAL_COMMA_RE.sub(".", _LEADING_ZERO_DECIMAL_COMMA_RE.sub("0.", text))
    if "{,}" in text:
        # ... and one before three digits is no list's comma: "2{,}500 and 7{,}500" are two numbers
        text = _THOUSANDS_SEPARATOR_RE.sub("", text)
    text = text.replace("{,}", ",").replace("\\{,\\}", ",").replace("{.}", ".")  # "3{.}5": a decimal point
    if ";" in text and ("langle" in text or "⟨" in text or "rangle" in text or "⟩" in text):
        # "\\langle -1; 3 \\rangle", "(-\\infty; 2\\rangle": an interval as Polish and Czech schools write it, an angle
        # bracket for a closed end (a semicolon between the ends: no vector)
        text = angle_brackets_as_interval_ends(text)
    if ";" in text and "=" in text and _SOLUTIONS_PARTED_BY_SEMICOLONS_RE.fullmatch(text) is not None:
        text = text.replace(";", ",")  # "x=2, y=3; x=3, y=2": two solutions, each its assignments
    if ";" in text or text.startswith("]") or text.endswith("["):
        # "]-\infty;3]", "[2;5[", "(2; 5)": intervals and pairs as European schools write them, a semicolon between
        # the ends (the comma is their decimal mark) and a bracket turned outward for an open end
        text = _EUROPEAN_PAIR_RE.sub(_comma_pair, text)
    if text.startswith("<") and text.endswith(">"):
        text = _PLAIN_ANGLED_VECTOR_RE.sub(r"(\1)", text)  # "<3, 1, -2>": a vector typed as plain text
    if "T" in text or "ᵀ" in text or "top" in text:
        text = _TRANSPOSED_TUPLE_RE.sub("", text)  # "(1, 2)^T", "[1, 2]ᵀ": a column written as a tuple
    if "{:}" in text:
        text = text.replace("{:}", ":")  # "10{:}15": a colon spaced as punctuation
    if "{-}" in text:
        text = _BRACED_MINUS_RE.sub("-", text)  # "{-}8": a minus sign braced to space it as a sign
    if ("'" in text or "prime" in text or "′" in text) and ("circ" in text or "°" in text):
        text = _DEGREES_MINUTES_RE.sub(_degrees_minutes_as_degrees, text)  # "30^\circ 15'" is 30.25°
    if "^o" in text or "^{o}" in text or "^deg" in text or "^{deg" in text:
        # "36^o", "120^deg": the letter or the word typed for a degree sign
        text = _LETTER_O_AS_DEGREE_RE.sub(r"^\\circ", text)
    if _LAYOUT_WORD_RE.search(text) is not None:
        text = _LAYOUT_RE.sub(" ", text)
    if "color" in text:
        text = _COLOR_RE.sub(r"\1", text)  # "\\color{red}5", "\\textcolor{red}{5}": the 5
    if "\\-" in text:
        text = text.replace("\\-", "-")  # TeX's discretionary hyphen: "\-8" is a minus sign written wrongly
    if "\\mu" in text or "µ" in text or "μ" in text:
        text = _MICRO_PREFIX_RE.sub("u", text)  # "50 µm", "50 μs", "50\\,\\mu m": the micro prefix, as "um"
        if "_" in text:
            # "μ_0 I/(2R)": the letter mu, a name with its subscript
            text = _MU_WITH_A_SUBSCRIPT_RE.sub(r"\\mu", text)
    if "AA" in text or "Å" in text or "\u212b" in text or "mathring" in text:
        text = _ANGSTROM_RE.sub(" angstrom", text)  # the unit, whichever way it is written
    text = _WHITESPACE_RUN_RE.sub(" ", text)  # one space per gap: the patterns below then never backtrack far
    if "=" in text and ")" in text:
        # "2.5 (=2500 \\text{ m})": the value converted to another unit, a remark; "54^{2} (=2916)": the value
        # restated, a chain
        text = _RESTATED_IN_BRACKETS_RE.sub(r"=\1", _CONVERTED_IN_BRACKETS_RE.sub("", text))
    if "..." in text or "…" in text or "dots" in text:
        text = _ELLIPSIS_DECIMAL_RE.sub(r"\1.\2\\overline{\3}", text)  # "0.333...": the 3 repeats
    if "(" in text and "." in text:
        # "0.(3)", "1.2(45)": the period repeats
        text = _BRACKETED_PERIOD_RE.sub(r"\1.\2\\overline{\3}", text)
    elif "(" in text and "," in text:
        # "0,(3)": the same after a decimal comma, the whole answer (a list is not written so)
        text = _BRACKETED_PERIOD_AFTER_A_COMMA_RE.sub(r"\1.\2\\overline{\3}", text)
    if "[" in text or "]" in text:
        # ISO 31-11's reversed brackets for open ends ("]1,5[", "]-\infty, 2]", "[0, 1["), as French and other
        # European schools write intervals
        text = _REVERSED_BRACKET_INTERVAL_RE.sub(_interval_from_reversed_brackets, text)
    if "C" in text or "P" in text:
        # "{}^{8}C_{3}", "^8C_3", "{}_{5}P_{3}", "_5P_3": combinations and permutations in prescript notation
        text = _PRESCRIPT_COMBINATION_RE.sub(_combinations_from_prescript, text)
    if "_" in text and "^" in text and ("C" in text or "A" in text or "P" in text):
        # "C_{10}^{3}", "A_5^2": the same in the scripts after the letter, as Chinese and Russian textbooks write them
        text = _SCRIPTED_COMBINATION_RE.sub(_combinations_from_scripts, text)
    if "_{\\m" in text:
        # "F_{\\max}", "v_{\\min}": the word as a subscript's label, as "F_{max}" writes it
        text = text.replace("_{\\max}", "_{max}").replace("_{\\min}", "_{min}")
    if "\\hbar" in text:
        # the reduced Planck constant, h / 2π by definition (in brackets under a power: "\\hbar^2")
        text = _HBAR_RE.sub(
            lambda match: "(\\frac{h}{2\\pi})" if match.group(1) else "\\frac{h}{2\\pi}", text
        )
    if "cis" in text:
        text = _CIS_RE.sub(_cis_as_exponential, text)  # "2\operatorname{cis}(\pi/3)" is 2e^{i\pi/3}
    if "overline" in text or "\\bar" in text or "\\dot" in text:
        text = _REPEATING_DECIMAL_RE.sub(_repeating_decimal_as_fraction, text)
        if "i" in text:
            text = _CONJUGATE_RE.sub(_conjugate, text)  # "\overline{2+5i}": the conjugate 2-5i
    text = _ascii_relations(text)
    if "10" in text and ("x" in text or "X" in text):
        text = _LETTER_TIMES_TEN_RE.sub(
            r"\1\\times 10^", text
        )  # "4.5 x 10^33": scientific notation typed plainly
    text = _plain_text_math(text)
    if ")_" in text:
        text = _BRACKETED_NUMERAL_RE.sub(
            r"\1", text
        )  # "(123)_4": a numeral in base 4, bracketed before its base
    if "_" in text and ("odot" in text or "sun" in text):
        # "3 \times 10^6 M_\odot": solar masses, a unit
        text = _SOLAR_UNIT_AFTER_NUMBER_RE.sub(r"\1", text)
    if "_" in text and _SUBSCRIPT_SYMBOL_RE.search(text):
        text = _SUBSCRIPT_SYMBOL_RE.sub(_subscript_symbol_as_name, text)
    if "\\mathbf" in text and "," in text:
        # "\mathbf{1 0 2 , 0 1 8}": bold digits spaced one by one, thousands grouped (the comma spaced like them)
        text = _SPACED_BOLD_THOUSANDS_RE.sub(lambda digits: digits.group().replace(" ", ""), text)
    if "\\mathbf" in text or "\\hat" in text or "\\vec" in text or "\\boldsymbol" in text or "\\bm" in text:
        text = _unit_vectors_as_tuple(_scaled_unit_vectors_as_tuple(text))
    text = _replace_commands(text)
    if "\\bar" in text or "\\hat" in text or "\\vec" in text or "\\tilde" in text or "dot " in text:
        # "\bar z" is "\bar{z}" (and "\overline{z}"), "\vec F" is "\vec{F}", "\dot x_0" is "\dot{x}_0"
        text = _ACCENT_TOKEN_RE.sub(lambda match: f"\\{match.group(1).strip()}{{{match.group(2)}}}", text)
    text = _canonical_matrices(text)
    if "\\cup" in text:
        text = _UNESCAPED_SET_RE.sub(r"\\cup\\{\1\\}", text)
    if "mathbb" in text:
        text = _BLACKBOARD_LETTER_RE.sub(r"\\mathbb{\1}", text)  # "\\mathbb R" is "\\mathbb{R}"
        text = _REALS_BUT_ONE_RE.sub(_reals_but_one, text)
        text = _REALS_BUT_AN_INTERVAL_RE.sub(_reals_but_an_interval, text)
        text = _POSITIVE_REALS_RE.sub(_positive_reals, text)  # "\\mathbb{R}^+" is (0, \\infty)
    if "\\ne" in text:
        text = _relation_but_points(text)
    if "minus" in text or "backslash" in text:
        text = _INTERVAL_BUT_POINTS_RE.sub(_interval_but_points, text)
    if any(map(str.isalpha, text)):
        text = _spelled_quantities(text)  # "two and a half", "two dozen", "1.2k", "forty percent", "the 3rd"
    if (" " in text or "-" in text) and (text[:1].isalpha() or text.startswith("\\")):
        said = _NUMBER_PHRASE_ANSWER_RE.fullmatch(text)
        in_words = None if said is None else number_word_value(said.group(1))
        if in_words is not None:
            # "one hundred", "\\text{twenty one}", "two thousand twenty-four": the number
            text = str(in_words)
        elif said is not None:
            # "one hundred fifty minutes", "eleven years old": the number in words, then what it counts (read
            # like "150 minutes" below); "Two lines" opening a sentence too
            phrase = said.group(1)
            counted = _NUMBER_THEN_WORDS_RE.fullmatch(phrase[:1].lower() + phrase[1:])
            in_words = None if counted is None else number_word_value(counted.group(1))
            fraction = None if counted is None else fraction_words_value(counted.group(1), counted.group(2))
            if fraction is not None:
                text = fraction  # "eleven twelfths", "five thirty-sixths": a fraction, not eleven of a thing
            elif counted is not None and in_words is not None:
                text = f"{in_words} \\text{{ {counted.group(2)}}}"
    if len(text) <= _FOREIGN_WORDS_CHARS and text[:1].isalpha() and not any(map(str.isdigit, text)):
        # "doce equipos", "soixante-dix œufs", "zwölf Trainingstage", "двенадцать мальчиков": a number in the words
        # of another language, and what it counts
        foreign = foreign_number_then_words(text)
        if foreign is not None:
            text = str(foreign)
        elif not text.isascii() or " " in text:
            # "две трети", "trois quarts", "zwei Drittel der Pizza": a fraction in the words of another language
            text = foreign_fraction_in_sentence(text) or text
    text = scale_words_as_numbers(text)
    if "for" in text or "where" in text:
        text = _without_universal_tail(text)  # "f(x) = x \\text{ for all real } x" is f(x) = x
    if "frac" in text:
        text = _UNIT_FRACTION_RE.sub(r"\\text{ \1/\2}", text)  # "5\frac{\text{m}}{\text{s}}" is 5 m/s
    if "Omega" in text or "Ω" in text:
        text = _OHMS_AFTER_NUMBER_RE.sub(
            _ohms_as_text, text
        )  # "50\\,\\Omega": the unit, like "50 \\text{ ohms}"
    if len(text) <= _FAMILY_IN_WORDS_CHARS and (text[:1].isalpha() or text.startswith("\\text")):
        text = _family_in_words(text)
        text = _WORD_ANSWERS_IN_ENGLISH.get(" ".join(TEXT_GROUP_RE.sub(r"\1", text).lower().split()), text)
    text = _strip_trailing_text_units(text)
    if "=" in text and "," in text:
        # "T = 15\text{ N}, a = 2.5 m/s^2": the unit of each named part, read as the unit of one named value is
        text = _units_of_named_parts_stripped(text)
    if text.startswith(("\\", " \\")) and ("is " in text or "are " in text or "equals " in text):
        text = _SUBJECT_IN_TEXT_RE.sub(r"\1", text)
    text = unwrap_text_commands(text)
    if "," in text and " " in text:
        # "width 4 cm, length 9 cm": parts named by words lose their units as parts named by letters do
        text = _units_of_word_named_parts_stripped(text)
    if "m" in text or "M" in text:
        text = _TWELVE_HOUR_TIME_RE.sub(
            _as_24_hour_time, text
        )  # "4:30 p.m." is the time 16:30, "9 a.m." 09:00
    text = _WHITESPACE_RUN_RE.sub(" ", text)  # one space per gap keeps the word patterns below linear
    if ")" in text:
        text = _without_part_labels(text)
    if "th" in text or "hal" in text or "quarter" in text or " in " in text:
        text = _FRACTION_WORD_RE.sub(_fraction_in_words, text)  # "3 halves", "4 tenths": 3/2, 4/10
        said = _FRACTION_IN_WORDS_RE.fullmatch(text.strip(" .")) if len(text) <= 30 else None
        fraction = None if said is None else fraction_words_value(said.group(1), said.group(2))
        if fraction is not None:
            text = fraction  # "one third" is 1/3, "two-thirds" 2/3, "one in six" 1/6
        elif (chance := _ONE_IN_SIX_RE.fullmatch(text.strip(" ."))) is not None:
            text = f"\\frac{{{chance.group(1)}}}{{{chance.group(2)}}}"  # "1 in 6", a whole answer: a chance
    text = _without_leading_prose(text)
    if " to " in text:
        text = _RATIO_IN_WORDS_RE.sub(r"\1:\2", text)  # "3 \text{ to } 5" is the ratio 3:5
    if (
        "approx" in text
        or "≈" in text
        or text.startswith("\\sim")
        or (text[:1] in "aArR" and _LEADING_APPROX_RE.match(text) is not None)
    ):
        # "\\approx 3.14", "x \\approx 3.14": an approximate value is compared as that value (the rounding
        # policy of ``numeric`` decides whether it is precise enough).
        text = _LEADING_APPROX_RE.sub("", text)
    if (
        "(" in text
        or " in " in text
        or "together" in text
        or "USD" in text
        or "EUR" in text
        or "GBP" in text
        or "equation" in text
        or text.endswith("TL")
    ):
        # "19 in all", "3 (exactly)", "USD 75", "\\begin{equation*} x = 12 \\end{equation*}": the value, bare
        text = _VALUE_DRESS_RE.sub("", text)
        unit = _UNIT_IN_BRACKETS_RE.search(text) if text.endswith(")") else None
        if unit is not None and is_unit_word(unit.group(1)):
            text = text[: unit.start()]  # "18 (dollars)", "45 (meals)": a data set's note of what is counted
    text = _drop_degrees_and_currency(text)
    if "/" in text and _PER_TIME_RE.search(text) is not None:
        text = _PER_TIME_RE.sub("", text)  # "$18/hour", "3/day": a rate's "per", its number the answer
    if text.rstrip().endswith(("\\times", "×")):
        # "2.5×", "3\\times": a factor said as "-fold" (a speedup), the number
        text = _FOLD_SIGN_RE.sub("", text)
    text = _drop_ordinal_suffixes(text)
    text = _canonical_percent(text)
    if "(" in text and ("root" in text or "max" in text or "min" in text or "multiplicity" in text):
        text = _WHAT_A_ROOT_IS_RE.sub("", text)  # "x = 1 (double root), x = -2": what a value is, said of it
    text = _connectors_to_commas(text)
    if "=" in text and "," in text:
        text = _assignment_blocks_as_tuples(text)
    if text.endswith(")") and "(" in text:
        # "9 joules (J)", "2 moles of H2O": a unit's symbol in brackets after its name, or what a mole is of
        text = _SYMBOL_AFTER_UNIT_NAME_RE.sub("", text)
    if " of " in text:
        text = _MOLES_OF_RE.sub(r"\1", text)
    if "e" in text or "E" in text:
        text = _UNIT_GLUED_TO_E_NOTATION_RE.sub(r"\1", text)  # "1.3E-03M": a unit glued to the number
        if "{" in text:
            text = _BRACED_E_EXPONENT_RE.sub(r"\1\2", text)  # "5.29\mathrm{e}{-11}": the exponent braced
    if " of " in text:
        text = _COUNT_OF_A_NAME_RE.sub(r"\1", text)  # "809 values of n": the count, of the values of a name
    text = _strip_trailing_spaced_words(text)
    if "/" in text:
        # "4/3 \\pi r^3", "1/2 x", "4/3\\pi": a fraction of integers written inline, then what it multiplies (not
        # "1/2x", which some read as 1/(2x): the parser calls that ambiguous)
        text = _INLINE_COEFFICIENT_RE.sub(r"\\frac{\1}{\2}", text)
    if " for " in text or " where " in text or " with " in text:
        declared = _CONSTANT_DECLARED_RE.search(text)
        if declared is not None and declared.start() > 0 and declared.group(1) in text[: declared.start()]:
            # "f(x)=kx for some constant k \\in \\mathbb{R}", "Ce^{2x}, where C is a constant": the family, its
            # constant declared after it
            text = text[: declared.start()]
    text = _squeeze_spaces(text)
    if "{}" in text:
        # "\\frac{11}{3}^{\\,}": a script with nothing in it
        text = text.replace("^{}", "").replace("_{}", "")
    text = _brace_single_token_arguments(text)
    if ("R" in text or "r" in text) and text[-1:].isdigit():
        division = _DIVISION_WITH_REMAINDER_RE.fullmatch(text)
        if division is not None:
            text = f"{division.group(1)},{division.group(2)}"  # "596 ÷ 5 = 119 R 1": the quotient and the remainder
    if not keep_label:
        text = _strip_variable_prefix(text)
    text = _strip_trailing_units(text)
    # A full stop, or a comma or semicolon with nothing after it ("\\text{(E)},", a data set's gold), ends nothing.
    text = text.strip(" \x00").rstrip(".,;").rstrip(" \x00")  # (\x00: a row break that ends the answer)
    if text.startswith("+") and len(text) > 1:
        text = text[1:]
    match = _BRACKETED_NUMBER_RE.fullmatch(text)
    if match:
        text = match.group(1)
    signed = _SIGN_WORD_RE.fullmatch(text) if len(text) <= 24 else None
    if signed is not None:
        value = number_word_value(signed.group(1)) if signed.group(1).isalpha() else signed.group(1)
        if value is not None:
            text = f"-{value}"  # "minus 3", "negative three"
    if len(text) <= 13 and text.replace("-", "").isalpha():
        value = number_word_value(text)
        if value is None:
            value = ordinal_word_value(text.lower())  # "second" is "2nd", whose suffix is dropped above
        if value is not None:
            text = str(value)  # "twelve" is 12, "eighty-one" 81
        elif text.lower() == "half":
            text = "\\frac{1}{2}"  # "<answer>half</answer>" for "What fraction of the pizza is left?"
    excepted = _REALS_EXCEPT_RE.fullmatch(text) if _EXCEPT_WORD_RE.search(text) is not None else None
    if excepted is not None:
        # "all real numbers except 2": the reals without those points
        text = "\\mathbb{R}\\setminus\\{" + ",".join(_excepted_points(excepted.group(1))) + "\\}"
    elif _ALL_REALS_RE.fullmatch(text):
        text = "\\mathbb{R}"
    elif "real" in text:
        signed = _SIGNED_REALS_RE.fullmatch(text)
        if signed is not None:  # "all positive real numbers": (0, ∞)
            text = _SIGNED_REALS[signed.group(1).lower().replace("-", "")]
    if _DOES_NOT_EXIST_RE.fullmatch(text):
        text = "DNE"
    if "nor" in text and _NEITHER_NOR_RE.fullmatch(text):
        text = "neither"  # "neither even nor odd": the choice "neither" the question offers
    if _NO_SOLUTION_RE.fullmatch(text):
        text = "\\emptyset"  # "no solution" is the empty solution set
    elif "ossible" in text and _NOT_POSSIBLE_RE.fullmatch(text):
        text = "No"
    elif "nfinit" in text and _INFINITELY_MANY_RE.fullmatch(text):
        text = "\\text{infinitely many}"
    if _THOUSANDS_RE.fullmatch(text):
        text = text.replace(",", "")
    elif "frac" in text and "," in text:
        # "\frac{1}{29,322,216}": a fraction's numerator or denominator is one number, never a list
        text = _FRACTION_PART_THOUSANDS_RE.sub(lambda match: match.group(0).replace(",", ""), text)
    if "mathbb{Z}" in text:
        stripped = _INTEGER_PARAMETER_RE.sub("", text)
        if stripped:
            text = stripped  # "\frac{\pi}{4}+k\pi, k\in\mathbb{Z}": the general solution; k ranges over the integers
    if "dots" in text:
        # "\\{3, 4, 5, \\ldots\\}" is every integer from 3: n \\geq 3
        text = _consecutive_integers_onward(text)
    if "choose" in text:
        text = _CHOOSE_RE.sub(_as_binomial, text)  # "{5 \choose 2}": plain TeX's binomial coefficient
    if "floor" in text or "ceil" in text:
        text = _ROUNDING_CALL_RE.sub(
            _as_rounding_brackets, text
        )  # "floor(n/2)": the brackets' function, by name
    if "C" in text or "binomial(" in text or "comb(" in text:
        text = _COMBINATIONS_RE.sub(r"\\binom{\1\3}{\2\4}", text)  # "C(5,2)", "8C3": n choose k
    function_equiv = "\\equiv" in text and _IDENTICALLY_EQUAL_RE.search(text) is not None
    if function_equiv and "mod" not in text:
        # "f(x) \\equiv 0": a function identically equal to its right side, not a congruence (no modulus)
        text = _IDENTICALLY_EQUAL_RE.sub(r"\1=", text)
    elif "mod" in text and not function_equiv:
        # (a function's congruence keeps its modulus: "f(x) \\equiv 0 \\pmod{7}" is no identity)
        residue = _MODULUS_SUFFIX_RE.sub("", text)
        named = _RESIDUE_MOD_RE.fullmatch(text)
        if named is not None and int(named.group(1)) < int(named.group(2)):
            residue = named.group(1)
        if residue and residue != text:
            # "3 \pmod{7}": the residue is the answer, the modulus repeats the question
            text = _CONGRUENT_NUMBER_RE.sub("", residue)
    if text.startswith("\\{") and ("mid" in text or ":" in text or "|" in text):
        builder = _SET_BUILDER_RE.fullmatch(text)
        if builder is not None and _mentions(builder.group(2), builder.group(1)):
            # {x | x > 4} is the set that x > 4 describes (an interval to ``structure``)
            text = builder.group(2)
        elif "\\cup" in text:
            # "\\{x \\mid x < -1\\} \\cup \\{x \\mid x > 3\\}": a union of such sets, of the relations they describe
            parts = [_SET_BUILDER_RE.fullmatch(part.strip()) for part in text.split("\\cup")]
            if all(part is not None and _mentions(part.group(2), part.group(1)) for part in parts):
                text = ",".join(part.group(2) for part in parts if part is not None)
    if text[:1].isalpha() and ("\\in\\mathbb{R}," in text or "\\in \\mathbb{R}," in text):
        # "x \\in \\mathbb{R}, x \\neq 2": the real numbers the conditions after the comma leave
        text = _REALS_DECLARED_RE.sub("", text)
    if text.startswith(("R-", "R -", "R\\", "\\mathbb{R}-", "\\mathbb{R} -")) and "{" in text:
        text = _REALS_MINUS_RE.sub(r"\\mathbb{R}\\setminus\\{\1\\}", text)  # "R - {2}": the reals without 2
    if "}^" in text and "{(" in text:
        # "\\ln{\\left(12 \\right)}^{3}" (sympy's printing): the power of the function's value, (\\ln 12)^3
        text = _FUNCTION_GROUP_POWER_RE.sub(r"(\\\1(\2))^", text)
    if ":" in text and "," in text and _LABELLED_LIST_RE.fullmatch(text) is not None:
        # "Paolo: 18, Qing: 14, Rayna: 7": named parts, each value under its word ("Minimum: -19, Maximum: 8" is the
        # answer "max 8, min -19"), which a bare gold "18, 14, 7" takes in the order written (who has which value is
        # not in it, so the order is all that says it; "Paolo: 14, Qing: 18" is another answer); with a label of two
        # letters (no word), a tuple of the values in that order
        labels = _LIST_LABEL_RE.findall(text)
        if all(len(label.strip(" :")) >= 3 for label in labels):
            text = _LIST_LABEL_RE.sub(lambda label: label.group().strip(" :") + "=", text)
        else:
            text = "(" + _LIST_LABEL_RE.sub("", text) + ")"
    return text.replace("\x00", "\\\\")


# A list whose every element is a word's label and a value ("Paolo: 18, Qing: 14", "Length: 5, Width: 3"; not the
# ratio "3:4" nor the time "3:45").
_LABELLED_LIST_RE = compile_lazily(
    r"[A-Za-z]{2,20} ?: ?[^,:]{1,40}(?:, ?[A-Za-z]{2,20} ?: ?[^,:]{1,40}){1,8}"
)
_LIST_LABEL_RE = compile_lazily(r"(?:^|(?<=, )|(?<=,))[A-Za-z]{2,20} ?: ?")


# A function applied to a braced, bracketed argument and then raised: "\ln{(12)}^{3}", "\sin{(x)}^{2}".
_FUNCTION_GROUP_POWER_RE = compile_lazily(
    r"\\(ln|log|exp|sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|arcsin|arccos|arctan)"
    r"\{\(((?:[^{}()]|\([^{}()]*\)|\{[^{}()]*\})*)\)\}\^"
)


_PER_TIME_RE = compile_lazily(
    r"(?<=\d)[ \t]*/[ \t]*(?:\\text[ \t]*\{[ \t]*)?(?:hour|hr|day|week|month|year|yr|minute|min|second|sec|person|item"
    r"|unit|piece|kg|lb|mile|gallon|liter|litre)s?\}?[ \t.]*\Z"
)
_FOLD_SIGN_RE = compile_lazily(r"(?<=\d)[ \t]*(?:\\times|×)[ \t]*\Z")
_CONSTANT_DECLARED_RE = compile_lazily(
    r",? ?\(? ?(?:for|where|with) (?:(?:some|any|all|every|an|a|arbitrary) )?(?:(?:real|arbitrary) )?"
    r"(?:(?:constants?|numbers?|parameters?) )?\$?([a-zA-Z](?:_\{?\d\}?)?)\$?(?: ?\\in ?\\mathbb ?\{?[RZNQC]\}?)?"
    r"(?: (?:is|are) (?:(?:an?|any) )?(?:(?:real|arbitrary) )?(?:constant|number|parameter)s?)? ?\)? ?\.?\Z"
)
_INTEGER_PARAMETER_RE = compile_lazily(r",? ?(?:for|where|with)? ?\(? ?[a-z] ?\\in ?\\mathbb\{Z\} ?\)?\Z")
# (either side a braced group or a short run without braces: "2n \\choose n", "{n+1}\\choose{2}")
_CHOOSE_RE = compile_lazily(
    r"\A(?:\{([^{}]{1,20})\}|([^{}\\ ][^{}\\]{0,19}?)) ?\\choose ?(?:\{([^{}]{1,20})\}|([^{}\\]{1,20}))\Z"
)
# ... and the calculator's and the textbook's: "C(5,2)", "8C3" (a whole answer; not "5C", five coulombs)
# (or of the counting variables n, k, m, r: "C(2n, n)", "C(n+1, 2)"; a point C has other coordinates, "C(2, -3)")
_COMBINATIONS_RE = compile_lazily(
    # (and as code names it: "binomial(6, 2)", "nCr(6, 2)", "comb(6, 2)")
    r"\A(?:C|binomial|nCr|comb)\((?=\d{1,4}, ?\d{1,4}\)|[^()]*[nkmr])([0-9nkmr+ -]{1,10}), ?([0-9nkmr+ -]{1,10})\)\Z"
    r"|\A(\d{1,4}) ?C ?(\d{1,4})\Z"
)
_MODULUS_SUFFIX_RE = compile_lazily(
    r" ?(?:\\pmod ?(?:\{ ?[0-9a-zA-Z]+ ?\}|[0-9a-zA-Z]+)|\( ?\\?b?mod ?\{? ?[0-9a-zA-Z]+ ?\}? ?\))\Z"
)
# "3 mod 7", "3 \\bmod 7": a residue named with its modulus (only a residue: "10 mod 7" and "2^{10} mod 7" are the
# operation, whose value is another number)
_RESIDUE_MOD_RE = compile_lazily(r"\A ?(\d{1,40}) ?\\?b?mod ?\{? ?(\d{1,40}) ?\}? ?\Z")
# "\\equiv" after a function's value: "f(x) \\equiv 0", "g(t)\\equiv t" (an identity of functions).
_IDENTICALLY_EQUAL_RE = compile_lazily(r"([A-Za-z] ?\( ?[a-z] ?\)) ?\\equiv(?![A-Za-z])")
# A number (or a power, product, sum of numbers) congruent to the residue, before it: the "10 \\equiv" of "10 \\equiv
# 3 \\pmod 7", the "2^{100} \\equiv" of "2^{100} \\equiv 376 \\pmod{1000}".
_CONGRUENT_NUMBER_RE = compile_lazily(r"\A ?(?:[-+*^{}() \d]|\\cdot|\\times){1,60}?\\equiv ?(?=-?\d)")
# A variable declared real before its conditions ("x \\in \\mathbb{R}, x \\neq 2"), and the reals less a set written with a
# minus sign or a backslash ("R - {2}", "\\mathbb{R} - \\{2\\}", "R\\{2}").
_REALS_DECLARED_RE = compile_lazily(r"\A([a-z]) ?\\in ?\\mathbb\{R\} ?, ?(?=\1 ?(?:\\neq|<|>|\\leq|\\geq|≠))")
_REALS_MINUS_RE = compile_lazily(r"\A(?:\\mathbb\{R\}|R) ?(?:-|\\(?!setminus)) ?\\?\{([-\d., ]{1,40})\\?\}\Z")
# Set-builder notation for the real numbers satisfying a condition: "\{x \mid x > 4\}", "\{x : x \leq 2\}",
# "\{x \in \mathbb{R} | x \neq 0\}". The condition must be a relation (it holds < > \leq \geq \neq or =).
_SET_BUILDER_RE = compile_lazily(
    # (its braces TeX's or plain ones; a braced group inside the condition: "x > \\sqrt{2}", "\\frac{1}{2}")
    r"\\?\{ ?([a-zA-Z]) ?(?:\\in ?\\mathbb\{R\} ?)?(?:\\mid|\||:) ?"
    r"((?:[^{}]|\{[^{}]*\})*?(?:<|>|\\leq|\\geq|\\neq|=|≤|≥|≠)(?:[^{}]|\{[^{}]*\})*?) ?\\?\}"
)


def _mentions(condition: str, variable: str) -> bool:
    return re.search(rf"(?<![A-Za-z\\]){variable}(?![A-Za-z])", condition) is not None


_COLOR_RE = compile_lazily(
    r"\\textcolor ?\{[A-Za-z!0-9]{1,20}\} ?\{((?:[^{}]|\{[^{}]*\}){0,200})\}|\\color ?\{[A-Za-z!0-9]{1,20}\}()"
)
# Layout with a size or a hidden argument ("9\\hspace{1mm}\\text{cm}", "9\\mkern2mu", "9\\phantom{0}", "9\\enspace"):
# spacing, like "\\," (removed with it; "\\quad" between answers separates them and is read later).
_LAYOUT_RE = compile_lazily(
    r"\\(?:[hv]space\*? ?\{[^{}]{0,20}\}|[hv]?phantom ?\{(?:[^{}]|\{[^{}]{0,20}\}){0,40}\}"
    r"|(?:mkern|mskip|kern|hskip) ?-?\d{0,4}(?:\.\d{1,4})? ?(?:mu|em|ex|pt|mm|cm|in)"
    r"|(?:enspace|thinspace|medspace|thickspace|negthinspace|negmedspace|negthickspace|enskip|hfill)(?![A-Za-z])"
    # a font size: "\\large 18", "{\\Large 18}"
    r"|(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z]))"
)
# A piece of every command _LAYOUT_RE removes, looked for first (most answers hold none).
_LAYOUT_WORDS = ("space", "kern", "skip", "phantom", "hfill", "tiny", "size", "small", "arge", "uge")
_LAYOUT_WORD_RE = _holding_any(_LAYOUT_WORDS)
_NEWLINE_COMMAND_RE = compile_lazily(r"\\newline(?![A-Za-z])")
# An en dash (U+2013) or figure dash (U+2012) where only a sign can stand (not after a value: "3\u20135" is a range)
# and before a number: a minus sign typed as a dash (extract reads it the same way in prose, where it must touch the
# number).
_UNARY_EN_DASH_IN_ANSWER = compile_lazily(r"(?<![\w)\]}])[\u2012\u2013] ?(?=[\d.\\])")
_ORDINAL_AS_DEGREE_RE = compile_lazily(r"(?<=\d)\u00ba")
_TRANSPOSED_TUPLE_RE = compile_lazily(r"(?<=[)\]]) ?(?:ᵀ|\^ ?\{? ?(?:T|\\top|\\intercal) ?\}?)(?![A-Za-z])")
_LETTER_O_AS_DEGREE_RE = compile_lazily(
    r"(?<=\d)\^(?:o|\{o\}|deg(?:rees?)?|\{deg(?:rees?)?\})(?![A-Za-z0-9])"
)
_NEITHER_NOR_RE = compile_lazily(r"neither ?[a-z]{2,12} ?nor ?[a-z]{2,12}", re.IGNORECASE)
_ONE_IN_SIX_RE = compile_lazily(r"(\d{1,6}) in (\d{1,9})")
# ± in ASCII: "+/-" anywhere, "+-" only set apart by spaces ("x+-3" is x + (-3) to some writers)
_ASCII_PLUS_MINUS_RE = compile_lazily(r"\+/-|(?<= )\+-(?= )")
# A root sign and what it covers: a number, one letter, or a bracket (whose content it is).
_ROOT_SIGN_RE = compile_lazily(r"([√∛∜]) ?(\d+(?:\.\d+)?|[A-Za-z](?![A-Za-z])|\(([^()]{1,80})\))")
_ROOT_COMMANDS = {"√": "\\sqrt", "∛": "\\sqrt[3]", "∜": "\\sqrt[4]"}


def _root_of_sign(match: re.Match[str]) -> str:
    radicand = match.group(3) if match.group(3) is not None else match.group(2)
    return f"{_ROOT_COMMANDS[match.group(1)]}{{{radicand}}}"


_UNICODE_RELATIONS = (
    ("≥", "\\geq "),
    ("≤", "\\leq "),
    ("≠", "\\neq "),
    ("±", "\\pm "),
    ("∓", "\\mp "),
    ("−", "-"),
    ("\uff0d", "-"),  # fullwidth and small hyphen-minus
    ("\ufe63", "-"),
    ("⩽", "\\leq "),  # the slanted forms
    ("⩾", "\\geq "),
    ("\u2044", "/"),  # the fraction slash: "3\u20442"
    ("×", "\\times "),
    ("·", "\\cdot "),
    ("⋅", "\\cdot "),
    ("∈", "\\in "),
    ("π", "\\pi "),
    ("ħ", "\\hbar "),  # (the reduced Planck constant, as "\\hbar" names it)
    # Greek letters typed as characters are the letters LaTeX names ("\\sin θ" is "\\sin\\theta"); not μ, the micro
    # of "5 μm", nor capital Ω, the ohm
    *(
        (letter, f"\\{name} ")
        for letter, name in zip(
            "αβγδεζηθκλξρστφχψω",
            (
                "alpha",
                "beta",
                "gamma",
                "delta",
                "epsilon",
                "zeta",
                "eta",
                "theta",
                "kappa",
                "lambda",
                "xi",
                "rho",
                "sigma",
                "tau",
                "phi",
                "chi",
                "psi",
                "omega",
            ),
            strict=True,
        )
    ),
    ("∞", "\\infty "),
    ("∪", "\\cup "),
    ("∩", "\\cap "),
    ("∛", "\\sqrt[3]"),  # (before the square root's sign: its own)
    ("∜", "\\sqrt[4]"),
    ("√", "\\sqrt"),
    ("½", "\\frac{1}{2}"),
    ("⅓", "\\frac{1}{3}"),
    ("⅔", "\\frac{2}{3}"),
    ("¼", "\\frac{1}{4}"),
    ("¾", "\\frac{3}{4}"),
    ("⅕", "\\frac{1}{5}"),
    ("⅛", "\\frac{1}{8}"),
    ("⟨", "("),  # a vector written ⟨1, 2⟩ is the tuple (1, 2), as with \\langle
    ("⟩", ")"),
    ("⅜", "\\frac{3}{8}"),
    ("⅝", "\\frac{5}{8}"),
    ("⅞", "\\frac{7}{8}"),
    ("⅙", "\\frac{1}{6}"),
    ("⅚", "\\frac{5}{6}"),
    ("⅖", "\\frac{2}{5}"),
    ("⅗", "\\frac{3}{5}"),
    ("⅘", "\\frac{4}{5}"),
    ("⅐", "\\frac{1}{7}"),
    ("⅑", "\\frac{1}{9}"),
    ("⅒", "\\frac{1}{10}"),
)
_NUMBER_WORD_LIST = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
_NUMBER_WORDS = {
    word: str(index if index <= 20 else (index - 18) * 10)
    for index, word in enumerate(_NUMBER_WORD_LIST.split(" "))
}
_ORDINAL_WORD_LIST = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINAL_WORDS = {word: index for index, word in enumerate(_ORDINAL_WORD_LIST.split(" "), start=1)}
# An ordinal in words, to the ninety-ninth ("second", "seventeenth", "twenty-first", "sixtieth"): ``ordinal_word_value``
# reads it.
ORDINAL_WORD_PATTERN = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth)|(?:"
    + _ORDINAL_WORD_LIST.replace(" ", "|")
    + r")|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth)"
    r"(?![A-Za-z-])"
)


def ordinal_word_value(word: str) -> int | None:
    """The value of an ordinal in words (``second`` 2, ``twenty-first`` 21, ``sixtieth`` 60), else None.

    >>> ordinal_word_value("seventeenth"), ordinal_word_value("twenty-first"), ordinal_word_value("sixtieth")
    (17, 21, 60)
    """
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    if word.endswith("tieth") and word[:-4] + "y" in _NUMBER_WORDS:
        return int(_NUMBER_WORDS[word[:-4] + "y"])  # ("sixtieth": sixty)
    tens, _, unit = word.partition("-")
    if (
        unit
        and tens in _NUMBER_WORDS
        and int(_NUMBER_WORDS[tens]) >= 20
        and _ORDINAL_WORDS.get(unit, 10) < 10
    ):
        return int(_NUMBER_WORDS[tens]) + _ORDINAL_WORDS[unit]
    return None


_COMPOUND_NUMBER_WORD_RE = compile_lazily(
    r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)"
)


# What the graph of an equation is, counted in words ("two lines", "one circle"): the noun is the answer as much as
# the number ("2" or "two circles" does not answer "two lines"); any other counted noun ("two points" of
# intersection, "45 meals") is the number's unit.
_SHAPE_NOUNS = frozenset(["line", "circle", "parabola", "hyperbola", "ellipse", "plane"])
_COUNTED_SHAPE_RE = compile_lazily(r"(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?) (?:[a-z]+ )?([A-Za-z]+)\.?")


def counted_shape(text: str, *, in_words: bool = False) -> str | None:
    """The kind of graph an answer that only counts such graphs names (``\\\\text{two lines}``, ``2 \\\\text{
    lines}``, ``two straight lines`` -> ``line``); None for anything else. ``in_words``: the count must be written in
    words (a gold that says "two lines" names the graph; one written ``2 lines`` is read as any number and its unit).

    >>> counted_shape("\\\\text{two lines}"), counted_shape("2 \\\\text{ lines}"), counted_shape("2", in_words=True)
    ('line', 'line', None)
    """
    if len(text) > 80:
        return None
    bare = " ".join(TEXT_GROUP_RE.sub(r" \1 ", text).strip().strip("$").split())
    match = _COUNTED_SHAPE_RE.fullmatch(bare)
    if match is None:
        return None
    count, noun = match.group(1), match.group(2).lower()
    if count.isdecimal():
        if in_words:
            return None
    elif number_word_value(count) is None:
        return None
    singular = noun[:-1] if noun.endswith("s") else noun
    return singular if singular in _SHAPE_NOUNS else None


def number_word_value(word: str) -> int | None:
    """The value of a number in words, else None: a word (``twelve`` 12, ``Eighty-one`` 81) or a phrase of them
    (``one hundred`` 100, ``twenty one`` 21, ``three hundred and five`` 305, ``two thousand twenty-four`` 2024).

    >>> number_word_value("twenty one"), number_word_value("a hundred"), number_word_value("one two")
    (21, 100, None)
    """
    word = word.lower()
    if word in _NUMBER_WORDS:
        return int(_NUMBER_WORDS[word])
    compound = _COMPOUND_NUMBER_WORD_RE.fullmatch(word)
    if compound is not None:
        return int(_NUMBER_WORDS[compound.group(1)]) + int(_NUMBER_WORDS[compound.group(2)])
    if " " not in word and "-" not in word:
        return None
    return _number_phrase_value(word.replace("-", " ").split())


_PHRASE_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
# A number said in two or more words ("one hundred", "twenty one", "three hundred and five"), for patterns that look
# for one in prose; number_word_value reads it (and refuses what is no number: "one two").
_NUMBER_WORD = "(?:" + "|".join([*_NUMBER_WORD_LIST.split(" "), "hundred", *_PHRASE_SCALES]) + ")(?![A-Za-z])"
# One number word ("six", "hundred"); with NUMBER_PHRASE_PATTERN, the numbers in words that number_word_value reads.
NUMBER_WORD_PATTERN = _NUMBER_WORD
_NEXT_NUMBER_WORD = rf"[ \t]+(?:and[ \t]+)?{_NUMBER_WORD}(?:-{_NUMBER_WORD})?"
NUMBER_PHRASE_PATTERN = (
    rf"(?:an?[ \t]+(?:hundred|{'|'.join(_PHRASE_SCALES)})(?![A-Za-z])(?:{_NEXT_NUMBER_WORD})*"
    rf"|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?(?:{_NEXT_NUMBER_WORD})+)"
)
# A whole answer that is a number in words of two or more, in a text command or not.
_NUMBER_PHRASE_ANSWER_RE = compile_lazily(
    r"(?:\\(?:text|mathrm|textrm|mbox) ?\{ ?)?([A-Za-z]+(?:(?: |-)[A-Za-z]+){1,11}) ?\}?"
)


# (not a fraction's denominator, a ratio, a factor or more numbers: "one third", "two fifths", "one half cup", "one in
# six", "one out of six", "three times as many", "one two"; nor "one way", a word answer)
_NOT_WHAT_IS_COUNTED = (
    r"(?:half|halves|thirds?|quarters?|(?:four|fif|six|seven|eigh|nin|ten|hundred|thousand)ths?|percent|times|of|and|point"
    rf"|in|out|to|by|per|ways?|{_NUMBER_WORD})(?![a-z])"
)
_NUMBER_THEN_WORDS_RE = compile_lazily(
    rf"((?:{NUMBER_PHRASE_PATTERN}|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?)) (?!{_NOT_WHAT_IS_COUNTED})"
    r"([a-z]+(?: [a-z]+){0,2})"
)


def _number_phrase_value(words: list[str]) -> int | None:
    """``["three", "hundred", "and", "five"]`` -> 305, read as people say numbers: within each thousands group a
    count of hundreds, then tens, then units, each at most once and in that order ("one two", "five twenty",
    "hundred hundred" are no number); "and" only after a hundred or a scale word."""
    if not 2 <= len(words) <= 12:
        return None
    total = 0
    group = 0  # the current group below a thousand
    last = ""  # the kind of the word before: "unit" (1-19), "tens", "hundred", "scale", "and"
    scale_before = 10**12
    for index, word in enumerate(words):
        if word == "and":
            if last not in ("hundred", "scale") or index == len(words) - 1:
                return None
            last = "and"
            continue
        if word in ("a", "an") and index == 0 and len(words) > 1 and words[1] in ("hundred", *_PHRASE_SCALES):
            group, last = 1, "unit"
            continue
        if word == "hundred":
            if last != "unit" or not 1 <= group % 100 <= 19 or group >= 100:
                return None
            group, last = group * 100, "hundred"
            continue
        if word in _PHRASE_SCALES:
            scale = _PHRASE_SCALES[word]
            if last in ("", "scale", "and") or group == 0 or scale >= scale_before:
                return None
            total, group, last, scale_before = total + group * scale, 0, "scale", scale
            continue
        value = int(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS and word != "zero" else None
        if value is None:
            return None
        if value < 20:
            if last == "unit" or (last == "tens" and value >= 10):
                return None
            kind = "unit"
        else:
            if last in ("unit", "tens"):
                return None
            kind = "tens"
        group, last = group + value, kind
    if last == "and":
        return None
    return total + group


def fraction_words_value(numerator: str, denominator: str) -> str | None:
    """A fraction said in words: ``one third`` (``"one", "third"``) is ``\\frac{1}{3}``, ``two thirds`` 2/3, ``a
    half`` 1/2, ``one in six`` (``"one", "in six"``) 1/6; None when the words are no fraction.

    >>> fraction_words_value("two", "thirds"), fraction_words_value("3", "quarters"), fraction_words_value("one", "way")
    ('\\\\frac{2}{3}', '\\\\frac{3}{4}', None)
    """
    numerator_value = 1 if numerator.lower() in ("a", "an") else _whole_number(numerator)
    denominator = denominator.lower()
    if denominator in ("second", "seconds", "firsts"):
        return None  # ("twelve seconds": a time; a fraction of two says "halves")
    if denominator.startswith("in "):
        denominator_value = _whole_number(denominator[3:].strip())
    else:
        # (and any ordinal as a denominator: "nine-sixteenths", "three twentieths")
        denominator_value = _FRACTION_WORDS.get(denominator) or ordinal_word_value(
            denominator.removesuffix("s")
        )
    if numerator_value is None or not denominator_value:
        return None
    return f"\\frac{{{numerator_value}}}{{{denominator_value}}}"


def _whole_number(text: str) -> int | None:
    return int(text) if text.isdecimal() and len(text) <= 6 else number_word_value(text)


# A whole answer that is a fraction in words: "one third", "two-thirds", "five sixths", "a half", "one in six"
# (an ordinal of two words too: "five thirty-sixths")
_FRACTION_IN_WORDS_RE = compile_lazily(r"([A-Za-z]+(?:-[a-z]+)?|\d{1,6})[ -]((?:in )?[a-z]+(?:-[a-z]+)?)")


# Number words that may stand before a scale word ("one million", "ten thousand", "a hundred thousand").
_SMALL_NUMBER_WORDS = {word: int(value) for word, value in _NUMBER_WORDS.items() if 0 < int(value) <= 10} | {
    "a": 1,
    "a hundred": 100,
    "one hundred": 100,
}
# A number followed by a scale word, in a text wrapper or not: "1.2 million", "3\text{ thousand}", "\$2.5\text{
# billion}".
# The scale words of Indian English and Hindi: a lakh is a hundred thousand, a crore ten million ("2 लाख रुपये").
INDIAN_SCALE_WORDS = {"lakh": 10**5, "लाख": 10**5, "crore": 10**7, "करोड़": 10**7}
# (and the other languages' words for a thousand, a million and a billion after digits: "1,5 juta", "3 milliards",
# "2,4 Mio."; not "mil", a unit of length as often as Spanish for a thousand)
_OTHER_LANGUAGES_SCALES = {word: scale for word, scale in FOREIGN_SCALE_WORDS.items() if word != "mil"} | {
    "milliard": 10**9, "milliarde": 10**9, "milliarden": 10**9, "mrd": 10**9, "mio": 10**6, "milioni": 10**6,
    "miliardi": 10**9, "млн": 10**6, "млрд": 10**9,
}  # fmt: skip
_SCALES = {"dozen": 12, **_PHRASE_SCALES, "trillion": 10**12} | INDIAN_SCALE_WORDS | _OTHER_LANGUAGES_SCALES
# (the longest word first: "millionen" before "million"; in one order in every process, as the pattern cache keys
# patterns by their text, whatever order the words' set gave)
_OTHER_LANGUAGES_SCALE_AFTER_DIGITS = compile_lazily(
    r"\d[ \t]*(?:"
    + "|".join(sorted(_OTHER_LANGUAGES_SCALES, key=lambda word: (-len(word), word)))
    + r")s?(?!\w)",
    re.IGNORECASE,
)
_SCALE_WORDS = "|".join(_SCALES)
_SCALED_NUMBER_RE = compile_lazily(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d{1,15})?|\d{1,15}(?:\.\d{1,15})?|\b(?:"
    + "|".join(_SMALL_NUMBER_WORDS)
    + r")) ?"
    # (the word's end as the end of a word: "करोड़" ends on a combining mark, no word character)
    r"(?:\\(?:text|mathrm|textrm|mbox) ?\{ ?)?(" + _SCALE_WORDS + r")s?(?!\w)(?: ?\})?",
    re.IGNORECASE,
)
_SCALE_WORD_RE = compile_lazily(r"(?:\\(?:text|mathrm) ?\{ ?)?\b(?:" + _SCALE_WORDS + r")s?\b ?\}?")


# A quantity in two units, the larger first: "2 hours and 30 minutes", "1 m 25 cm", "3 feet 4 inches", "\\$2 and 50
# cents": the units' words and symbols, and how many of the smaller make one of the larger.
COMPOUND_UNITS = (
    (r"days?", r"h|hrs?|hours?", 24),
    (r"h|hrs?|hours?", r"min|mins|minutes?", 60),
    (r"min|mins|minutes?", r"s|secs?|seconds?", 60),
    (r"weeks?", r"days?", 7),
    (r"years?", r"months?", 12),
    (r"km|kilomet(?:er|re)s?", r"m|met(?:er|re)s?", 1000),
    (r"m|met(?:er|re)s?", r"cm|centimet(?:er|re)s?", 100),
    (r"ft|feet|foot", r"in|inch(?:es)?", 12),
    (r"kg|kilograms?", r"g|grams?", 1000),
    (r"lbs?|pounds?", r"oz|ounces?", 16),
    (r"dollars?", r"cents?", 100),
)
# ... written out, for the patterns that look for one in a sentence (a money sign before the first number)
COMPOUND_QUANTITY_PATTERN = (
    r"(?:\\?\$ ?)?\d+(?:\.\d+)? ?(?:"
    + "|".join(large for large, _, _ in COMPOUND_UNITS)
    + r")?,? (?:and )?\d+(?:\.\d+)? ?(?:"
    + "|".join(small for _, small, _ in COMPOUND_UNITS)
    + r")\b"
)
_COMPOUND_QUANTITY_RE = compile_lazily(
    r" ?(?P<money>\\?\$)? ?(?P<large>\d+(?:\.\d+)?) ?(?P<large_unit>[A-Za-z]+)? ?,? ?(?:and )?"
    r"(?P<small>\d+(?:\.\d+)?) ?(?P<small_unit>[A-Za-z]+)[ .]*",
    re.IGNORECASE,
)
_NUMBER_IN_DOLLARS_RE = compile_lazily(r"(?<!\\)\$(\d+(?:\.\d+)?)\$")


def compound_quantity_values(text: str) -> tuple[Fraction, Fraction] | None:
    """The quantity ``text`` writes in two units, in the larger and in the smaller (``2 hours and 30 minutes`` ->
    2.5 and 150), or None when it is no such quantity (nor is ``2 hours 75 minutes``).

    >>> compound_quantity_values("1 m 25 cm"), compound_quantity_values("x = 2 and y = 30")
    ((Fraction(5, 4), Fraction(125, 1)), None)
    """
    if not any(char.isalpha() for char in text):
        return None  # (most answers compared here: a number with no unit)
    if not text.isascii():
        text = _in_two_cjk_units(text) or text  # ("4小时45分钟")
    # (a number in its own math span is that number: "$2$ hours $15$ minutes")
    plain = _NUMBER_IN_DOLLARS_RE.sub(r" \1 ", TEXT_GROUP_RE.sub(r" \1 ", text))
    plain = " ".join(plain.replace("$", "$ ").split())
    match = _COMPOUND_QUANTITY_RE.fullmatch(plain)
    if match is None:
        return None
    large_unit = "dollars" if match.group("money") else (match.group("large_unit") or "")
    for large_pattern, small_pattern, factor in COMPOUND_UNITS:
        if re.fullmatch(large_pattern, large_unit, re.IGNORECASE) and re.fullmatch(
            small_pattern, match.group("small_unit"), re.IGNORECASE
        ):
            large, small = Fraction(match.group("large")), Fraction(match.group("small"))
            return None if small >= factor else (large + small / factor, large * factor + small)
    return None


def without_scale_words(text: str) -> str | None:
    """``text`` with its scale words taken out (``1.2 million`` -> ``1.2``), None when it has none: the reading of an
    answer to a question asked in that scale, next to the scaled value ``normalize_answer`` reads (1200000).

    >>> without_scale_words("1.2 million"), without_scale_words("12")
    ('1.2 ', None)
    """
    if _SCALE_WORD_RE.search(text) is None:
        return None
    return _SCALE_WORD_RE.sub("", text)


# A value, a space (or a TeX space) and one SI unit symbol, in plain text: "3.2 m", "45 s", "300 K", "2 h". Not A, C, F,
# T (choice letters, constants, temperatures' names) and not glued ("3m" may be 3 times m).
# (an exponent's e inside the value: "4.6e-24 m")
_NOT_A_LETTER_OR_COMMAND = r"(?:[^A-Za-z\\]|(?<=\d)[eE](?=[-+]?\d))"
_VALUE_THEN_UNIT_SYMBOL_RE = compile_lazily(
    r"(?P<value>[-+]?(?:\\[dt]?frac|\\sqrt|\\times|\\cdot|[^A-Za-z\\\s])"
    + _NOT_A_LETTER_OR_COMMAND
    + r"*?(?:\\(?:[dt]?frac|sqrt|times|cdot)"
    + _NOT_A_LETTER_OR_COMMAND
    + r"*?)*)"
    r"(?:\s|\\[,;: ]|~)+(?:\\(?:text|mathrm) ?\{ ?)?(?P<symbol>[mgshKNJWVLΩ]) ?\}?"
    r"(?:(?<=m)(?:\^ ?\{?[23]\}?|[²³]))?[.]?"  # (an area or a volume in metres: "25 m^2", "8 m³")
)


# ... and glued to a value with a decimal point ("1.10V", "9.8N"): a decimal coefficient is rare in algebra, a measured
# value common (a whole number glued to the letter, "12V", stays a product, as "3m" is)
_DECIMAL_THEN_GLUED_UNIT_SYMBOL_RE = compile_lazily(r"(?P<value>[-+]?\d*\.\d+)(?P<symbol>[mgshKNJWVLΩ])[.]?")


def value_and_unit_symbol(text: str) -> tuple[str, str] | None:
    """The value and the unit symbol of ``3.2 m`` (``("3.2", "m")``), None unless ``text`` is a value and one unit
    symbol set apart by a space.

    The normaliser reads ``3.2 m`` as 3.2 times m, as it must without the gold (``2 n`` is 2n); against a gold that is
    a plain number the letter can only be the unit the gold leaves out, as ``\text{ m}`` is.

    >>> value_and_unit_symbol("3.2 m"), value_and_unit_symbol("2n"), value_and_unit_symbol("x m")
    (('3.2', 'm'), None, None)
    >>> value_and_unit_symbol("30000 m²"), value_and_unit_symbol("25 m^{2}")
    (('30000', 'm'), ('25', 'm'))
    >>> value_and_unit_symbol("1.10V"), value_and_unit_symbol("12V")
    (('1.10', 'V'), None)
    """
    stripped = text.strip()
    match = _VALUE_THEN_UNIT_SYMBOL_RE.fullmatch(stripped)
    if match is None:
        match = _DECIMAL_THEN_GLUED_UNIT_SYMBOL_RE.fullmatch(stripped)
    return None if match is None else (match.group("value").strip(), match.group("symbol"))


def scale_words_as_numbers(text: str) -> str:
    """``text`` with each number before a scale word written as the number it makes ("1.2 million" is 1200000, not
    1.2 and a unit; "a dozen" is 12; "2 lakh" is 200000).

    >>> scale_words_as_numbers("The factory produces 1 million bottles.")
    'The factory produces 1000000 bottles.'
    """
    if (
        "illion" in text
        or "thousand" in text
        or "dozen" in text
        or (
            (not text.isascii() or "lakh" in text or "crore" in text)
            and any(word in text for word in INDIAN_SCALE_WORDS)
        )
        or _OTHER_LANGUAGES_SCALE_AFTER_DIGITS.search(text) is not None
    ):
        return _SCALED_NUMBER_RE.sub(_scaled_number, text)
    return text


def _scaled_number(match: re.Match[str]) -> str:
    head = match.group(1).lower()
    # ("\\$1,450 billion": thousands of a scale, grouped)
    number = _SMALL_NUMBER_WORDS[head] if head in _SMALL_NUMBER_WORDS else Fraction(head.replace(",", ""))
    value = number * _SCALES[match.group(2).lower()]
    written = str(value.numerator) if value.denominator == 1 else str(float(value))
    if "{" in match.group() and not match.group().endswith("}"):
        # "75 \\text{ million years}": the words after the scale stay in their wrapper
        return written + " \\text{"
    return written


_BRACKETED_NUMERAL_RE = compile_lazily(r"(?<![\w)\]}])\(([0-9A-Za-z]{1,40})\)(?=_ ?\{? ?\d)")
# Units a micro prefix is written before ("\\mu\\text{m}", "50 µs"): only those the unit reader knows with the prefix
# ("um", "us"), so that "3 \\mu\\text{A}" never reads as the 3 of a gold's "3 mA" (nor "2\\mu g", a friction force).
_MICRO_UNITS = frozenset(["m", "s", "T", "J", "A"])
# The micro prefix after a number, before one of those units ending the answer.
_MICRO_PREFIX_RE = compile_lazily(
    r"(?<=[\d}])(?:[ ~]|\\[,;: !])*(?:\\mu(?![A-Za-z]) ?|µ|μ)(?=["
    + "".join(sorted(_MICRO_UNITS))
    + r"][ .]*$)"
)
_ANGSTROM_RE = compile_lazily(r" ?(?:\\AA(?![A-Za-z])|[Å\u212b]|\\mathring ?\{ ?A ?\})")
# (a time derivative's dot only before a space: "\\dots" and "\\ddots" are ellipses)
_ACCENT_TOKEN_RE = compile_lazily(r"\\(bar|hat|vec|tilde|dot (?=.)|ddot (?=.)) ?([A-Za-z0-9])(?![A-Za-z0-9])")


class _UnicodeScript:
    """Runs of Unicode super- or subscript characters (up to 12) written as a TeX script of plain characters."""

    def __init__(self, characters: str, plain: str, marker: str) -> None:
        self.run = compile_lazily(f"[{characters}]{{1,12}}")
        self.plain = str.maketrans(characters, plain)
        self.marker = marker

    def rewrite(self, text: str) -> str:
        if self.run.search(text) is None:
            return text
        return self.run.sub(self._as_script, text)

    def _as_script(self, match: re.Match[str]) -> str:
        return self.marker + "{" + match.group().translate(self.plain) + "}"


# Chinese numerals ("十二" 12, "一百零五" 105, "两千五" 2500) and the words after a number in a Chinese, Japanese or
# Korean answer: a scale ("1.2 万" is 12000), a measure word ("12 种" kinds, "12个", "12 通り" ways, "12개"), which
# says what the number counts as "45 meals" does in English, or a unit ("5 厘米" is 5 cm). Nothing else after a
# number is dropped: "12 以上" (12 or more), "12 未満", "12 不对" say something of it.
CJK_RE = compile_lazily(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, Han, Hangul
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
_CHINESE_SCALES = {
    "万": 10**4,
    "萬": 10**4,
    "만": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "억": 10**8,
}  # (Korean: 만, 억)
_CHINESE_NUMERAL_RE = compile_lazily(r"-?[零〇一二两三四五六七八九十百千万亿]{1,16}")
# (not "12万分之一", a fraction, nor "1万2千", which mixes the two ways of writing a number)
_SCALED_BY_HAN_RE = compile_lazily(r"(?<![\d.])(\d{1,12}(?:\.\d{1,12})?) ?([万萬만亿億억])(?![分\d十百千])")
_MEASURE_WORDS = ["个", "個", "种", "種", "只", "隻", "人", "名", "位", "本", "张", "張", "条", "條", "件", "块", "塊", "元", "次", "辆", "輛", "支", "棵", "头", "頭", "匹", "枚", "道", "题", "題", "组", "組", "份", "朵", "把", "杯", "盒", "箱", "岁", "歲", "倍", "颗", "顆", "粒", "层", "層", "步", "圈", "通り", "개", "명", "가지", "번", "살", "권", "장", "円", "원"]  # fmt: skip
_CJK_UNITS = {
    "厘米": "cm", "公分": "cm", "毫米": "mm", "千米": "km", "公里": "km", "米": "m", "千克": "kg", "公斤": "kg",
    "克": "g", "秒": "s", "秒钟": "s", "分钟": "min", "小时": "h", "小時": "h", "天": "day", "平方米": "m^2",
    "平方厘米": "cm^2", "立方米": "m^3", "立方厘米": "cm^3", "升": "L", "毫升": "mL", "度": "deg", "摄氏度": "degC",
}  # fmt: skip
# A unit between two numbers: the larger unit of a quantity in two ("4小时45分钟").
_CJK_UNIT_BETWEEN_NUMBERS_RE = compile_lazily(
    r"(?<=\d) ?(" + "|".join(sorted(map(re.escape, _CJK_UNITS), key=len, reverse=True)) + r") ?(?=\d)"
)
# A number in numerals before its measure word or unit, ending the answer ("六十升", "三十六个").
_NUMERAL_BEFORE_A_UNIT_RE = compile_lazily(
    r"(-?)([零〇一二两三四五六七八九十百千万亿]{1,16})("
    + "|".join(sorted(map(re.escape, [*_MEASURE_WORDS, *_CJK_UNITS]), key=len, reverse=True))
    + r")"
)
_CJK_AFTER_NUMBER_RE = compile_lazily(
    r"(?<=\d) ?(?:\\(?:text|mathrm) ?\{ ?)?("
    + "|".join(sorted(map(re.escape, [*_MEASURE_WORDS, *_CJK_UNITS]), key=len, reverse=True))
    + r") ?\}?\Z"
)


def chinese_numeral_value(text: str) -> int | None:
    """The value of a number in Chinese numerals, None when ``text`` is none. A digit after a unit with nothing
    below it counts the next lower unit, as people say numbers ("两千五" is 2500, "一百二" 120, "三万五" 35000).

    >>> chinese_numeral_value("十二"), chinese_numeral_value("一百零五"), chinese_numeral_value("两千五")
    (12, 105, 2500)
    >>> chinese_numeral_value("三万五千"), chinese_numeral_value("一二") is None
    (35000, True)
    """
    if text in ("零", "〇"):
        return 0
    total = section = 0
    digit: int | None = None
    previous_unit = 0  # the unit or scale written right before the current digit (0 after 零 or at the start)
    smallest_unit = 10**5  # units go down within a section: "一百二十" (not "十百")
    for char in text:
        if char in ("零", "〇"):
            if digit is not None:
                return None
            previous_unit = 0
            continue  # the zero that holds an empty place: "一百零五"
        if char in _CHINESE_DIGITS:
            if digit is not None:
                return None  # "一二" is two digits, no number
            digit = _CHINESE_DIGITS[char]
        elif char in _CHINESE_UNITS:
            unit = _CHINESE_UNITS[char]
            if unit >= smallest_unit:
                return None
            section += (1 if digit is None else digit) * unit  # "十二": a ten and two
            digit, smallest_unit, previous_unit = None, unit, unit
        elif char in _CHINESE_SCALES:
            section += digit or 0
            if section == 0:
                return None
            total += section * _CHINESE_SCALES[char]
            section, digit, smallest_unit, previous_unit = 0, None, 10**5, _CHINESE_SCALES[char]
        else:
            return None
    if digit is not None and previous_unit >= 100:
        digit *= previous_unit // 10  # "两千五": the 5 counts hundreds
    return total + section + (digit or 0)


# A fraction, a percentage, a root or a ratio as Chinese, Japanese and Korean write them, denominator first: "四分之三"
# (3/4), "5分の2" (2/5), "3분의 2" (2/3), "百分之二十五" (25%), "根号2", "二分之根号三" (√3/2), "3比2" (3:2).
_CJK_COUNT = r"\d{1,9}(?:\.\d{1,6})?|[零〇一二两三四五六七八九十百千]{1,8}"
CJK_FRACTION_RE = compile_lazily(
    r"(?P<negative>负|負|マイナス|마이너스[ \t]*)?"  # ("负四分之三": minus three quarters)
    rf"(?:百分之(?P<percent>{_CJK_COUNT})"  # (first: "百" is a count too, "百分之" no fraction of a hundred)
    rf"|(?P<denominator>{_CJK_COUNT})[ \t]*(?:分之|分の|분의)[ \t]*(?P<root>根号|根號)?(?P<numerator>{_CJK_COUNT})"
    rf"|(?:根号|根號)(?P<radicand>{_CJK_COUNT})|(?P<first>{_CJK_COUNT})[ \t]*比[ \t]*(?P<second>{_CJK_COUNT}))"
)


def _cjk_count(text: str) -> str | None:
    if text.replace(".", "", 1).isdigit():
        return text
    value = chinese_numeral_value(text)
    return None if value is None else str(value)


def cjk_fraction_as_math(found: re.Match[str]) -> str | None:
    """One match of ``CJK_FRACTION_RE`` written as LaTeX (``四分之三`` -> ``\\frac{3}{4}``), None when a count in it
    is no number."""
    parts = {
        name: _cjk_count(value)
        for name, value in found.groupdict().items()
        if value and name not in ("root", "negative")
    }
    if None in parts.values():
        return None
    value = _cjk_fraction_value(parts, found.group("root") is not None)
    return f"-{value}" if found.group("negative") else value


def _cjk_fraction_value(parts: dict[str, str | None], root: bool) -> str:
    if "percent" in parts:
        return f"{parts['percent']}\\%"
    if "denominator" in parts:
        top = f"\\sqrt{{{parts['numerator']}}}" if root else parts["numerator"]
        return f"\\frac{{{top}}}{{{parts['denominator']}}}"
    if "radicand" in parts:
        return f"\\sqrt{{{parts['radicand']}}}"
    return f"{parts['first']}:{parts['second']}"


_OR_BETWEEN_VALUES_RE = compile_lazily(r"(?<=[\w}])[ \t]*(?:或者|或)[ \t]*(?=[-+\w\\])")


# Digits under the scales and units of Chinese, Japanese and Korean numerals, in two groups or more: "1万2800",
# "1万2千", "3만 6천", "1억 2000만" (one group, "1.2万", is _SCALED_BY_HAN_RE's).
_HAN_UNIT_VALUES = {"千": 1000, "천": 1000, "百": 100, "백": 100, "十": 10, "십": 10}
# What makes 千 the prefix kilo of a unit, not a thousand: "210 千米" is 210 km, "5 千克" 5 kg.
HAN_KILO_UNITS = "[米克瓦焦卡帕赫伏秒]"
# A scale of the numerals after digits: 万, 億, 만, 억, 천, or 千 where it is no prefix kilo.
HAN_SCALE_AFTER_DIGITS = "(?:[万萬만亿億억천]|千(?!" + HAN_KILO_UNITS + "))"
_DIGITS_UNDER_HAN_UNITS_RE = compile_lazily(
    r"(?<![\d.])(?:\d{1,4} ?(?:[百백]|" + HAN_SCALE_AFTER_DIGITS + r") ?){1,4}"
    r"(?:\d{1,4}(?! ?[万萬만亿億억千천百백分]))?(?![\d.分])"
)
_HAN_GROUP_RE = compile_lazily(r"(\d{1,4}) ?([万萬만亿億억千천百백十십]?)")


def _digits_under_han_units(match: re.Match[str]) -> str:
    """The number digits under the scales and units of the numerals write (see ``_DIGITS_UNDER_HAN_UNITS_RE``), read
    as the numerals are: a group below ten thousand, then its scale; the text as it was where the groups are out of
    order ("2千1万")."""
    groups = list(_HAN_GROUP_RE.finditer(match.group()))
    if len(groups) < 2 and groups[0].group(2) in _CHINESE_SCALES:
        return match.group()  # ("1.2万", "5만": one group, read by _SCALED_BY_HAN_RE; "2千" is 2000 here)
    total, section, last_scale = 0, 0, 10**12
    for group in groups:
        number, unit = int(group.group(1)), group.group(2)
        if unit in _CHINESE_SCALES:
            scale = _CHINESE_SCALES[unit]
            if scale >= last_scale:
                return match.group()
            total, section, last_scale = total + (section + number) * scale, 0, scale
        else:
            section += number * _HAN_UNIT_VALUES.get(unit, 1)
    return str(total + section)


def _in_two_cjk_units(text: str) -> str | None:
    """A quantity in two units written with CJK unit words, as it is written with their symbols ("4小时45分钟" -> "4 h
    45 min", "2米30厘米" -> "2 m 30 cm"); None for any other text."""
    if _CJK_UNIT_BETWEEN_NUMBERS_RE.search(text) is None:
        return None
    text = _CJK_UNIT_BETWEEN_NUMBERS_RE.sub(lambda match: f" {_CJK_UNITS[match.group(1)]} ", text)
    after = _CJK_AFTER_NUMBER_RE.search(text)
    unit = None if after is None else _CJK_UNITS.get(after.group(1))
    return None if after is None or unit is None else f"{text[: after.start()]} {unit}"


# A sign before a number ("负二" -2, "零下5" five below zero), a decimal point ("十二点五" 12.5) and a mixed number's
# "and" ("二又三分之一" 2 1/3) as Chinese writes them.
_CHINESE_SIGN_RE = compile_lazily(r"\A[ \t]*(?:负|負|零下)[ \t]*(?=[\d零〇一二两三四五六七八九十百千])")
_CHINESE_DECIMAL_RE = compile_lazily(
    r"(\d+|[零〇一二两三四五六七八九十百千]{1,8})点([零〇一二三四五六七八九\d]{1,8})"
)
_CHINESE_MIXED_RE = compile_lazily(r"\A(\d{1,6}|[一二两三四五六七八九十百]{1,6})又(?=.{3,12}\Z)")
_CHINESE_DIGIT_CHARACTERS = str.maketrans("零〇一二三四五六七八九", "00123456789")


def _chinese_decimal(match: re.Match[str]) -> str:
    whole = _cjk_count(match.group(1))
    return (
        match.group() if whole is None else f"{whole}.{match.group(2).translate(_CHINESE_DIGIT_CHARACTERS)}"
    )


# A run of Chinese numerals in a sentence, its sign, decimal point, mixed number and fraction words with it: two
# characters at least (one is as often part of a word: "三位数", three-digit numbers, "两人", the two of them).
_NUMERAL_RUN_RE = compile_lazily(
    r"(?<![\d.])(?:负|負|零下)?[零〇一二两三四五六七八九十百千万亿点又分之]{2,24}(?![\d.])"
)


def cjk_numerals_as_digits(sentence: str) -> str:
    """``sentence`` with each number it writes in Chinese numerals written in digits (``答：每段长二又三分之一米`` ->
    ``答：每段长$2\\frac{1}{3}$米``), so that a sentence's numbers are read alike however they are written.

    >>> cjk_numerals_as_digits("10天一共生产一千二百个零件"), cjk_numerals_as_digits("每段长二又三分之一米")
    ('10天一共生产1200个零件', '每段长$2\\\\frac{1}{3}$米')
    """

    def digits(found: re.Match[str]) -> str:
        value = _chinese_numbers(found.group())
        if CJK_RE.search(value) is not None or not any(map(str.isdigit, value)):
            return found.group()
        return f"${value}$" if "\\" in value else value  # (a fraction as math: "$2\\frac{1}{3}$")

    sentence = _NUMERAL_RUN_RE.sub(digits, sentence)
    return (
        _CHINESE_SIGN_BEFORE_DIGITS_RE.sub("-", sentence)
        if "负" in sentence or "零下" in sentence
        else sentence
    )


_CHINESE_SIGN_BEFORE_DIGITS_RE = compile_lazily(r"(?:负|負|零下)[ \t]*(?=\d)")


def _chinese_numbers(text: str) -> str:
    if "或" in text:
        text = _OR_BETWEEN_VALUES_RE.sub(", ", text)  # "1或-3", "x=1 或 x=-3": two roots, one solution set
    if ("负" in text or "負" in text or "零下" in text) and CJK_FRACTION_RE.fullmatch(text.strip()) is None:
        text = _CHINESE_SIGN_RE.sub("-", text)  # (a fraction reads its own sign: "负四分之三")
    if "点" in text:
        text = _CHINESE_DECIMAL_RE.sub(_chinese_decimal, text)
    if "又" in text:
        mixed = _CHINESE_MIXED_RE.match(text.strip())
        whole = None if mixed is None else _cjk_count(mixed.group(1))
        rest = None if mixed is None else CJK_FRACTION_RE.fullmatch(text.strip()[mixed.end() :])
        part = None if rest is None else cjk_fraction_as_math(rest)
        if whole is not None and part is not None and part.startswith("\\frac"):
            return whole + part  # "二又三分之一" is 2 1/3
    fraction = CJK_FRACTION_RE.fullmatch(text.strip())
    if fraction is not None:
        return cjk_fraction_as_math(fraction) or text
    numeral = _CHINESE_NUMERAL_RE.fullmatch(text.strip())
    if numeral is not None:
        value = chinese_numeral_value(numeral.group().lstrip("-"))
        if value is not None:
            return ("-" if numeral.group().startswith("-") else "") + str(value)
    if any(scale in text for scale in _CHINESE_SCALES) or "千" in text or "천" in text:
        # "1万2800円", "3만 6천 원", "2千円": digits under the scales and units of the numerals, one number
        text = _DIGITS_UNDER_HAN_UNITS_RE.sub(_digits_under_han_units, text)
        text = _SCALED_BY_HAN_RE.sub(
            lambda match: str(finite_decimal(Fraction(match.group(1)) * _CHINESE_SCALES[match.group(2)], 24)),
            text,
        )
    counted = _NUMERAL_BEFORE_A_UNIT_RE.fullmatch(text.strip())
    count = None if counted is None else chinese_numeral_value(counted.group(2))
    if counted is not None and count is not None:
        text = f"{counted.group(1)}{count}{counted.group(3)}"  # "六十升": 60 litres
    in_two_units = _in_two_cjk_units(text)
    if in_two_units is not None:
        return in_two_units
    after = _CJK_AFTER_NUMBER_RE.search(text)
    if after is None:
        return text
    unit = _CJK_UNITS.get(after.group(1))
    return text[: after.start()] + ("" if unit is None else f" \\text{{ {unit}}}")


_SUPERSCRIPTS = _UnicodeScript("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+", "^")
_SUBSCRIPTS = _UnicodeScript("₀₁₂₃₄₅₆₇₈₉", "0123456789", "_")


# ("=>" is the plain-text arrow of a step, "x + 2 = 6 => x = 4", as models write it; not a spelling of \geq)
_ASCII_RELATIONS = ((">=", "\\geq "), ("<=", "\\leq "), ("=>", "\\Rightarrow "), ("=<", "\\leq "))
# A unit in a text wrapper at the end, with its power: "\text{ cm}^2", "\text{erg s}^{-1}", "\mathrm{cm}^{-3}".
_TEXT_UNIT_RE = compile_lazily(
    r"\\(?:text|textrm|textit|mbox|mathrm) ?\{([^{}]{1,40})\} ?(?:\^ ?\{? ?(?:[23]|-[1-4]) ?\}?)? ?$"
)
# The word after the count a "how many more" question asks ("12 more eggs"), before the thing counted.
_HOW_MANY_MORE = frozenset(["more", "fewer"])
# Words that end a math answer without being a unit: connectors and qualifiers change the meaning, function names
# and constants are math.
_NOT_UNIT_WORDS = frozenset(
    [
        "or",
        "and",
        "not",
        "no",
        "more",
        "less",
        "than",
        "least",
        "most",
        "at",
        "if",
        "only",
        "except",
        "none",
        "all",
        "any",
        "both",
        "either",
        "neither",
        "each",
        "sin",
        "cos",
        "tan",
        "cot",
        "sec",
        "csc",
        "log",
        "ln",
        "exp",
        "lim",
        "max",
        "min",
        "gcd",
        "lcm",
        "mod",
        "sqrt",
        "frac",
        "pi",
        "inf",
        "infty",
        "arcsin",
        "arccos",
        "arctan",
        "sinh",
        "cosh",
        "tanh",
        "det",
        "deg",
        # words that change the value they follow ("12 squared", "12 times the radius", "12 tenths")
        "squared",
        "cubed",
        "factorial",
        "times",
        "plus",
        "minus",
        "divided",
        "over",
        "power",
        "root",
        "halves",
        "thirds",
        "quarters",
        "fourths",
        "fifths",
        "sixths",
        "sevenths",
        "eighths",
        "ninths",
        "tenths",
        "hundredths",
        "thousandths",
    ]
)
_ORDINAL_RE = compile_lazily(
    r"(?<=\d) ?(?:\^ ?\{ ?(?:st|nd|rd|th) ?\}|\^ ?(?:st|nd|rd|th)|(?:st|nd|rd|th))(?![A-Za-z])"
)
_WHITESPACE_RUN_RE = compile_lazily(r"\s+")
# A minus sign in braces before a number or a command (not a one-sided limit's "2^{-}").
_BRACED_MINUS_RE = compile_lazily(r"(?<![\^_A-Za-z])\{-\}(?=[ \d.\\])")  # (not "\text{-}")
# A time of day on the 12-hour clock: "4:30 p.m.", "4:30 PM", "11:05am".
# (the hour alone too, with the dotted or capital marker: "9 a.m.", "9 AM", "9am"; not "9 am" in a sentence's words)
_TWELVE_HOUR_TIME_RE = compile_lazily(
    # (the seconds too: "1:51:06 a.m." is 01:51:06)
    r"(?<![\d:.])(\d{1,2})(?::([0-5]\d(?::[0-5]\d)?) ?([AaPp])\.? ?[Mm]\b\.?"
    r"| ?(?:([ap])\.m\.?|([AP])M\b|([ap])m(?![A-Za-z])))"
)


def _as_24_hour_time(match: re.Match[str]) -> str:
    hour, minutes = int(match.group(1)), match.group(2) or "00"
    half = match.group(3) or match.group(4) or match.group(5) or match.group(6)
    if not 1 <= hour <= 12:
        return match.group()
    # (where the 24-hour form alone would not say which half of the day the time is in, a mark says it: "10:30 a.m."
    # is 10:30_{am}, "12:15 p.m." 12:15_{pm}; against an unmarked 10:30 or 22:30 either of those is the other's time)
    if half in "Pp":
        return f"{hour % 12 + 12}:{minutes}" + ("_{pm}" if hour == 12 else "")
    # "3:45 a.m." is 03:45: said to be before noon, which "3:45" is not
    return f"{hour % 12:02d}:{minutes}" + ("_{am}" if hour in (10, 11) else "")


_LEADING_ANSWER_PHRASE_RE = compile_lazily(r"^ ?(?:the )?(?:final )?answer(?: is)? ?:? (?=\S)", re.IGNORECASE)
# Two numbers joined by "to", the whole answer: a ratio said in words.
_RATIO_IN_WORDS_RE = compile_lazily(r"^ ?(\d{1,9}(?:\.\d{1,9})?) to (\d{1,9}(?:\.\d{1,9})?) ?$")
# Punctuation set in a text command: "\text{.}", "\mbox{,}".
_PUNCTUATION_IN_TEXT_RE = compile_lazily(r"\\(?:text|textrm|mbox|mathrm) ?\{ ?([.,;:!]) ?\}")
# A quotient of unit words: "\frac{\text{m}}{\text{s}}", "\dfrac{\mathrm{km}}{\mathrm{h}}".
_UNIT_FRACTION_RE = compile_lazily(
    r"\\[dt]?frac ?\{ ?\\(?:text|mathrm|textrm|mbox) ?\{ ?([A-Za-z]{1,6}) ?\} ?\}"
    r" ?\{ ?\\(?:text|mathrm|textrm|mbox) ?\{ ?([A-Za-z]{1,6}(?:\^\{?[23]\}?)?) ?\}(\^\{?[23]\}?)? ?\}"
)
# An angle in degrees and minutes (and seconds): "30^\circ 15'", "12°30′", "10^{\circ}5'20''".
_DEGREES_MINUTES_RE = compile_lazily(
    r"(?<![\d.])(\d{1,3}) ?(?:\^ ?\{ ?\\circ ?\}|\^ ?\\circ|°) ?(\d{1,2}(?:\.\d{1,6})?) ?(?:'|′|\^ ?\{? ?\\prime ?\}?)"
    r"(?: ?(\d{1,2}(?:\.\d{1,6})?) ?(?:''|\"|″|\^ ?\{? ?\\prime ?\\prime ?\}?))?"
)


# The positive (or non-negative) reals: "\mathbb{R}^+", "\mathbb{R}^{+}", "\mathbb{R}_{>0}", "\mathbb{R}_{\geq 0}".
_POSITIVE_REALS_RE = compile_lazily(
    r"\\mathbb\{R\}(?:\^ ?\{? ?\+ ?\}?|_ ?\{? ?(>|\\geq ?|\\ge ?|≥) ?0 ?\}?|_ ?\{? ?\+ ?\}?)(?![\w{])"
)


def _positive_reals(match: re.Match[str]) -> str:
    return "(0,\\infty)" if match.group(1) in (None, ">") else "[0,\\infty)"


def _degrees_minutes_as_degrees(match: re.Match[str]) -> str:
    value = Fraction(match.group(1)) + Fraction(match.group(2)) / 60 + Fraction(match.group(3) or 0) / 3600
    return fraction_in_latex(value) + "^\\circ"


def _without_leading_prose(text: str) -> str:
    """What an answer opens with that is no part of its value: a connective ("thus $6\\sqrt{2}-2$"), "the answer is"
    ("\\text{the answer is } 2"), an arrow or equals sign that carried the reasoning there ("= 18", "\\Rightarrow 7"), a
    label ("\\text{total: }18"), an article before a word ("\\text{a circle}")."""
    text = _LEADING_CONNECTIVE_RE.sub("", text)
    if "nswer" in text:
        text = _LEADING_ANSWER_PHRASE_RE.sub("", text)
    stripped = text.strip(" ")
    if not stripped:
        return text
    if stripped[0] in "=\\":
        arrow = _LEADING_ARROW_RE.match(stripped)
        if arrow is not None and arrow.end() < len(stripped):
            return stripped[arrow.end() :]
        return text
    if not stripped[0].isalpha():
        return text
    if ":" in stripped:
        label = _LEADING_LABEL_RE.match(stripped)
        if label is not None and stripped.count(":") == 1:
            return stripped[label.end() :]
    if " form " in stripped:
        family = _OF_THE_FORM_RE.match(stripped)
        if family is not None and family.end() < len(stripped):
            return stripped[family.end() :]  # "all n of the form 2^k - 1": the form the family takes
    article = _LEADING_ARTICLE_RE.fullmatch(stripped)
    return article.group(1) if article is not None else text


# "= 18", "\Rightarrow 7", "\implies x = 3", "\therefore 5": what led to the answer.
_LEADING_ARROW_RE = compile_lazily(
    r"(?:=|\\(?:Rightarrow|Longrightarrow|implies|therefore)(?![A-Za-z])) ?(?=\S)"
)
# The integers of one parity, in words or as "n = 2k + 1" with an integer k ({parity}: odd or even; {form}: what
# follows "2k" in that form).
_PARITY_FAMILY = (
    r"(?:(?:all |every |any )?(?:positive )?{parity} (?:integers?|numbers?|naturals?|\$?n\$?|values? of \$?n\$?)"
    r"|\$?n\$? (?:is |must be |has to be )?{parity}"
    r"|\$?n\$? ?= ?2 ?([kmj]) ?(?:{form})(?:,? ?(?:\1 ?\\in ?\\mathbb ?\{{?Z\}}?|for (?:some|any) integer \$?\1\$?))?)"
)
# Families of answers that competition solutions name in words, as their math ("all powers of 2" is 2^k, "every
# integer greater than 2" is n > 2, "the identity function" is f(x) = x; "#" stands for the number said); the whole
# answer only.
_FAMILIES_IN_WORDS = (
    (r"(?:all |every |any )integers?(?: \$?n\$?)?|(?:the )?integers", "\\mathbb{Z}"),
    (r"(?:only )?(?:the )?identity(?: function| map| mapping)?", "f(x)=x"),
    (r"(?:all |the |only )?(?:the )?constant functions?", "f(x)=c"),
    (
        r"(?:all |the )?(?:(?:positive |nonnegative |non-negative )?integers |\$?n\$? )?(?:that are |which are )?"
        r"(?:the )?(?:(?:non-?negative|positive|integer|integral) )?powers of (?:2|two)",
        "2^k",
    ),
    (
        r"\$?n\$? (?:is|must be|has to be) (?:a |an )?(?:(?:non-?negative|positive|integer|integral) )?power of (?:2|two)",
        "2^k",
    ),
    (
        r"(?:all |every |any )?(?:(?:positive )?integers?|whole numbers?|natural numbers?|\$?n\$?)(?: \$?n\$?)?"
        r" (?:greater|larger|bigger|more) than (\d+)",
        "n>#",
    ),
    (
        r"(?:all |every |any )?(?:(?:positive )?integers?|whole numbers?|natural numbers?|\$?n\$?)(?: \$?n\$?)?"
        r" (?:greater than or equal to|at least|no less than) (\d+)",
        "n\\geq#",
    ),
    (r"(?:all |every |any )(?:positive )?integers? \$?n ?(?:\\geq|\\ge|≥|>=) ?(\d+)\$?", "n\\geq#"),
    (r"(?:all |every |any )(?:positive )?integers? \$?n ?> ?(\d+)\$?", "n>#"),
    (r"(?:all |every |any )integers? (?:except|other than|but) (-?\d+)", "\\mathbb{Z}\\setminus\\{#\\}"),
    # a parity: "n odd", "n is odd", "all odd n", "all odd integers", "n = 2k+1 (k an integer)": the word "odd"
    (_PARITY_FAMILY.format(parity="odd", form=r"\+ ?1|- ?1"), "odd"),
    (_PARITY_FAMILY.format(parity="even", form=r"(?!\d)"), "even"),
)
_FAMILY_IN_WORDS_RES = tuple(
    (compile_lazily(pattern + r"[ .]*", re.IGNORECASE), math) for pattern, math in _FAMILIES_IN_WORDS
)
_FAMILY_IN_WORDS_CHARS = 80
# A word of every pattern above: an answer with none of them names no family.
_FAMILY_WORDS = ("integer", "identity", "constant", "power", "than", "least", "odd", "even", "2k", "2m", "2j")
_FAMILY_WORD_RE = _holding_any(_FAMILY_WORDS)


# A word answer said in another language or by its negation, as the English word a gold writes: "impar" is odd, "not
# rational" is irrational, "发散" is diverges (the whole answer only).
_WORD_ANSWERS_IN_ENGLISH = {
    **dict.fromkeys(["par", "pair", "gerade", "pari", "偶数", "чётное", "четное", "偶数です"], "even"),
    **dict.fromkeys(["impar", "impair", "ungerade", "dispari", "奇数", "нечётное", "нечетное"], "odd"),
    **dict.fromkeys(
        ["irracional", "irrationnel", "irrazionale", "无理数", "not rational", "иррациональное"], "irrational"
    ),
    **dict.fromkeys(["racional", "rationnel", "razionale", "有理数", "рациональное"], "rational"),
    **dict.fromkeys(
        ["posible", "möglich", "possibile", "possível", "not impossible", "可能", "возможно"], "possible"
    ),
    **dict.fromkeys(
        ["imposible", "unmöglich", "impossibile", "impossível", "not possible", "不可能", "невозможно"],
        "impossible",
    ),
    **dict.fromkeys(["converge", "konvergiert", "收敛", "сходится", "converges"], "converges"),
    **dict.fromkeys(["diverge", "divergiert", "发散", "расходится", "does not converge"], "diverges"),
    **dict.fromkeys(["not prime", "compuesto", "composé", "zusammengesetzt", "合数"], "composite"),
}


def _family_in_words(text: str) -> str:
    """The math of a family named in words (see ``_FAMILIES_IN_WORDS``), or ``text`` as it is."""
    lowered = text.lower()
    if _FAMILY_WORD_RE.search(lowered) is None:
        return text  # (most answers: none of the words, no pattern tried)
    words = " ".join(TEXT_GROUP_RE.sub(r"\1", text).split())
    for pattern, math in _FAMILY_IN_WORDS_RES:
        said = pattern.fullmatch(words)
        if said is not None:
            return math.replace("#", said.group(1)) if "#" in math else math
    return text


# A list of consecutive integers that goes on without end: "\\{3, 4, 5, \\ldots\\}", "3, 4, 5, \\dots".
_ONWARD_LIST_RE = compile_lazily(r"(?:\\\{)? ?((?:-?\d+ ?, ?){2,})\\[lc]?dots ?(?:\\\})?")


def _consecutive_integers_onward(text: str) -> str:
    """``n\\geq a`` for a list of consecutive integers from ``a`` that goes on without end (an integer answer's
    family, as "n \\geq 3" writes it); ``text`` as it is otherwise."""
    listed = _ONWARD_LIST_RE.fullmatch(text.strip())
    if listed is None:
        return text
    items = [int(item) for item in listed.group(1).replace(" ", "").rstrip(",").split(",")]
    if any(later - earlier != 1 for earlier, later in itertools.pairwise(items)):
        return text
    return f"n\\geq{items[0]}"


# What names a family by its form: "all n of the form ", "the integers of the form ", "numbers of the form ".
_OF_THE_FORM_RE = compile_lazily(
    r"(?:(?:all|every|any|the) )?(?:(?:positive|nonnegative|non-negative|natural|odd|even|real|prime|whole) )*"
    r"(?:(?:integers|numbers|naturals|values|solutions|primes) )?(?:\$?[a-z]\$? )?(?:are |is )?(?:those )?"
    r"(?:of|in) the form (?=\S)"
)
# A label in words before a colon: "total: 18", "Area: 18 cm^2" (one colon only: "3:45", "Time: 3:45" stay).
_LEADING_LABEL_RE = compile_lazily(r"[A-Za-z][A-Za-z ]{2,30}: (?=\S)")
# The subject of a statement written in a text command before the value it states, a few words: "\text{The
# probability is } \frac{1}{2}", "\text{the triangle is equilateral}" (a sentence in prose is no bare answer: "It
# equals five." stays a sentence).
_SUBJECT_IN_TEXT_RE = compile_lazily(
    r"^( ?\\(?:text|textrm|mbox|mathrm) ?\{ ?)(?:[A-Za-z]+ ){0,5}[A-Za-z]+ (?:is|are|equals) (?!not\b|no\b|never\b)"
)
# An article before a word answer: "a circle", "an ellipse", "the parabola" ("A" may be a choice or a point).
_LEADING_ARTICLE_RE = compile_lazily(r"(?:a|an|An|the|The) ([A-Za-z][A-Za-z -]*[A-Za-z])")


# A sentence's connective before the answer ("thus $6\sqrt{2}-2$"): prose, not part of the answer.
_LEADING_CONNECTIVE_RE = compile_lazily(
    r"^ ?(?:thus|therefore|hence|so|then|finally|either|both|exactly)(?:,? )(?=\S)", re.IGNORECASE
)
# A sign in words before a number or a number word, spaces gone: "minus3", "negativethree", "negative1.5".
_SIGN_WORD_RE = compile_lazily(
    r"(?:minus|negative)(\d{1,15}(?:\.\d{1,15})?|[a-z]{3,9}(?:-[a-z]{3,5})?)", re.IGNORECASE
)
_ALL_REALS_RE = compile_lazily(
    # ("every real x", "all reals", "any real number")
    # (of another one-letter name too: "all real k", "all real values of a")
    r"(?:[a-z] ?\\in ?)?(?:all ?|every ?|any ?)?(?:real ?(?:numbers?|values?)(?: ?of ?[a-z])?|reals|real ?[a-z])",
    re.IGNORECASE,
)
# A vector in angle brackets typed as plain text, two to six comma-separated parts and no other bracket of its kind.
_PLAIN_ANGLED_VECTOR_RE = compile_lazily(r"\A<([^<>=]{1,60}(?:,[^<>=]{1,60}){1,5})>\Z")
# A division's result written with its remainder ("119 R 1", "142 r 6", "119 remainder 1", "596 ÷ 5 = 119 R 1"): the
# quotient and the remainder, in that order.
_DIVISION_WITH_REMAINDER_RE = compile_lazily(
    r"(?:[^=]{1,40}= ?)?(\d+) ?(?:R|r|rem\.?|remainder|with ?(?:a ?)?remainder(?: ?of)?) ?(\d+)"
)
# An arrow between the steps of a chain of relations ("3x - 2 \\geq 1 \\iff 3x \\geq 3 \\iff x \\geq 1", "x^2 = 4
# \\Rightarrow x = 2"): the last link is where it led.
_CHAIN_ARROW_RE = compile_lazily(
    r" ?\\(?:iff|Leftrightarrow|Longleftrightarrow|Rightarrow|Longrightarrow|implies)(?![A-Za-z]) ?"
)
_RELATION_IN_A_LINK_RE = compile_lazily(r"=|<|>|\\[gl]eq?(?![A-Za-z])|\\neq?(?![A-Za-z])")


def _last_link_of_a_chain(text: str) -> str:
    """The last relation of a chain its arrows join, when every link is a relation ("x^2 = 4 \\Rightarrow x = 2" is
    "x = 2"); else ``text`` (an implication between statements, "p \\Rightarrow q", stays whole)."""
    links = _CHAIN_ARROW_RE.split(text)
    if len(links) < 2 or not all(_RELATION_IN_A_LINK_RE.search(link) for link in links):
        return text
    if any(link.count("(") != link.count(")") or link.count("{") != link.count("}") for link in links):
        return text  # (an arrow inside brackets: not a link of the chain)
    return links[-1].strip()


# A point that "all real numbers except" leaves out: a number, "\\pm 2", or a number in words ("zero", "negative
# two").
_EXCEPTED_POINT = r"(?:(?:-|\\pm ?|±)?\d+(?:\.\d+)?|(?:(?:negative|minus) ?)?" + _NUMBER_WORD + ")"
_EXCEPTED_POINT_RE = compile_lazily(_EXCEPTED_POINT, re.IGNORECASE)
# "all real numbers except 2 and -2", "all reals other than zero", "all x except x = 2": the real line without those
# points (the extractor reads it after "is" in a final sentence too).
REALS_EXCEPT = (
    r"(?:x ?\\in ?)?(?:(?:all ?|every ?|any ?)?(?:real ?(?:numbers?|values?)(?: ?(?:of ?)?\$?x\$?)?|reals|real ?\$?[a-z]\$?)"
    r"|(?:all|every|any) ?\$?[a-z]\$?) ?,? ?(?:except|but|other ?than|besides|excluding) ?(?:for ?)?(?:at ?)?"
    r"(?:\$?[a-z] ?= ?)?\$?("
    + _EXCEPTED_POINT
    + r"(?:(?: ?, ?| ?,? ?(?:and|or) ?)\$?(?:[a-z] ?= ?)?"
    + _EXCEPTED_POINT
    + r"\$?){0,4})\$?"
)
_REALS_EXCEPT_RE = compile_lazily(REALS_EXCEPT, re.IGNORECASE)
# A word that sets some points apart (a cheap test before the pattern).
_EXCEPT_WORDS = ("except", "other", "but", "besides", "excluding")
_EXCEPT_WORD_RE = _holding_any(_EXCEPT_WORDS)


def _excepted_points(said: str) -> list[str]:
    """The points of "except 2, -2 and zero", in digits ("\\pm 2" is both 2 and -2, "negative two" -2)."""
    points = []
    for point in _EXCEPTED_POINT_RE.findall(said):
        if point.startswith(("\\pm", "±")):
            number = point.lstrip("\\pm± ")
            points += [number, "-" + number]
        else:
            points.append(_in_digits(point) or point)
    return points


def all_reals_except(text: str) -> bool:
    """Whether ``text`` is "all real numbers except" some points ("all real numbers except -4 and -2"), which the
    normaliser reads as the real line without them.

    >>> all_reals_except("All real numbers except -4 and -2."), all_reals_except("-4 and -2")
    (True, False)
    """
    return _REALS_EXCEPT_RE.fullmatch(text.strip().rstrip(".").strip()) is not None


_SIGNED_REALS_RE = compile_lazily(
    r"(?:x ?\\in ?)?(?:all ?|every ?|the ?)?(positive|negative|non-?negative|non-?positive) ?(?:real ?)?(?:numbers?|values?|reals)",
    re.IGNORECASE,
)
_SIGNED_REALS = {
    "positive": "(0,\\infty)",
    "negative": "(-\\infty,0)",
    "nonnegative": "[0,\\infty)",
    "nonpositive": "(-\\infty,0]",
}
# A relation said in words of a one-letter name or of "all real numbers" ("x is at least 3", "k must be between -1
# and 4, inclusive", "all real numbers greater than 2", "x is either less than -2 or greater than 5"): the relation in
# symbols, or the interval it bounds when no name is said (spaces may already be gone).
_WORDED_COMPARISONS = (
    # (longest first: "greater than or equal to" before "greater than")
    (
        "\\geq",
        r"at ?least|no ?(?:less|smaller|lower) ?than|not ?less ?than"
        r"|(?:greater|more|larger|bigger|higher) ?than ?or ?equal ?to",
    ),
    (
        "\\leq",
        r"at ?most|no ?(?:more|greater|larger|bigger|higher) ?than|not ?(?:more|greater) ?than"
        r"|(?:less|smaller|lower) ?than ?or ?equal ?to|up ?to ?and ?including",
    ),
    (">", r"(?:strictly ?)?(?:greater|more|larger|bigger|higher) ?than|above"),
    ("<", r"(?:strictly ?)?(?:less|smaller|lower) ?than|below|up ?to ?,? ?but ?not ?including ?,?"),
)
_WORDED_COMPARISON_RES = tuple(
    (symbol, compile_lazily(words, re.IGNORECASE)) for symbol, words in _WORDED_COMPARISONS
)
_WORDED_COMPARISON = "|".join(f"(?:{words})" for _, words in _WORDED_COMPARISONS)
# A bound: a number, a fraction, or a number in words ("negative three", "one half", "four").
_WORDED_BOUND = (
    r"[-\u2212]?(?:\d+(?:\.\d+)?(?:/\d+)?|\\[dt]?frac\{\d+\}\{\d+\})"
    r"|(?:(?:negative|minus) ?)?"
    + _NUMBER_WORD
    + r"(?: ?(?:halves|half|thirds?|quarters?|fourths?|fifths?))?"
)
_WORDED_BOUND_RE = compile_lazily(
    r"(?P<sign>(?:negative|minus) ?)?(?P<number>"
    + _NUMBER_WORD
    + r")(?: ?(?P<part>halves|half|thirds?|quarters?"
    r"|fourths?|fifths?))?",
    re.IGNORECASE,
)
# The relation after its subject ("at least 3", "either less than -2 or greater than 5", "between 1 and 4, inclusive"),
# which the extractor reads after a name in a final sentence too.
WORDED_RELATION = (
    r"(?:(?P<either>either ?)?(?P<rel>" + _WORDED_COMPARISON + r") ?\$?(?P<bound>" + _WORDED_BOUND + r")\$?"
    # ("or greater than 5", "or x is greater than 5": the second ray of a union)
    r"(?: ?,? ?or ?(?:\$?[a-z]\$? ?(?:is|are) ?)?(?P<rel2>"
    + _WORDED_COMPARISON
    + r") ?\$?(?P<bound2>"
    + _WORDED_BOUND
    + r")\$?)?"
    r"|(?P<strictly>strictly ?)?(?:between|from) ?\$?(?P<low>"
    + _WORDED_BOUND
    + r")\$? ?(?:and|(?P<open_high>up ?to ?,? ?but ?not ?including ?,?)|(?:up ?)?to) ?\$?(?P<high>"
    + _WORDED_BOUND
    + r")\$?(?: ?,? ?\(?(?P<ends>inclusive(?:ly)?|exclusive(?:ly)?|(?:both ?)?(?:end ?points|ends) ?(?:included"
    r"|excluded)|including ?both ?(?:end ?points|ends))\)?"
    # ("between 3 and 7, including 3 but not 7": one end in, the other out)
    r"| ?,? ?including ?\$?(?P<included>"
    + _WORDED_BOUND
    + r")\$? ?,? ?but ?not ?(?:including ?)?\$?(?P<excluded>"
    + _WORDED_BOUND
    + r")\$?)?)"
)
# What a relation in words is said of: a name ("x is", "k must be", "m can be no larger than"), or the numbers it
# keeps ("all real numbers", "every real $x$", "all values of k", "any number that is").
WORDED_SUBJECT = (
    r"(?:\$?(?P<name>[a-z])\$? ?(?:is|are|lies|(?:must|can|should|will|has ?to|may) ?be)(?: ?any ?(?:real ?)?(?:number|value))?"
    # ("the range is", "the domain of f is": the interval, no name)
    r"|(?:the ?)?(?:range|domain|solution ?set)(?: ?of ?\$?[a-z](?: ?\( ?[a-z] ?\))?\$?)? ?(?:is|consists ?of)"
    r"|(?:(?:the ?set ?of ?)?(?:all|every|any) ?(?:real ?)?(?:numbers?|values?(?: ?of ?\$?[a-z]\$?)?|reals|\$?[a-z]\$?)"
    r"|(?:all|every|any) ?real ?\$?[a-z]\$?)(?: ?(?:that|which) ?(?:are|is))?)"
)
_WORDED_RELATION_RE = compile_lazily(
    r"(?:" + WORDED_SUBJECT + r" ?|(?P<bare_name>[a-z]) ?)?" + WORDED_RELATION, re.IGNORECASE
)


# A word one of the relations said in words holds (a cheap test before the pattern).
_RELATION_WORDS = ("than", "least", "most", "between", "below", "above", "from", "including")
_RELATION_WORD_RE = _holding_any(_RELATION_WORDS)


def _worded_comparison(words: str) -> str:
    """The symbol of a comparison said in words (one of ``_WORDED_COMPARISONS``)."""
    for symbol, pattern in _WORDED_COMPARISON_RES:
        if pattern.fullmatch(words) is not None:
            return symbol
    raise ValueError(words)


def _worded_bound(match: re.Match[str], group: str) -> str | None:
    """A bound of a relation said in words, in digits (see ``_in_digits``)."""
    return _in_digits(match.group(group))


def _in_digits(number: str) -> str | None:
    """A number said in digits or in words, in digits ("negative three" is -3, "one half" \\frac{1}{2}, "-2" stays);
    None when its words are no number."""
    bound = number.replace("\u2212", "-")
    said = _WORDED_BOUND_RE.fullmatch(bound)
    if said is None:
        return bound
    sign = "-" if said.group("sign") else ""
    if said.group("part") is not None:
        fraction = fraction_words_value(said.group("number"), said.group("part"))
        return None if fraction is None else sign + fraction
    value = number_word_value(said.group("number"))
    return None if value is None else f"{sign}{value}"


def _ray(symbol: str, bound: str) -> str:
    """The interval of the numbers that stand in ``symbol`` to ``bound``."""
    if symbol in (">", "\\geq"):
        return ("(" if symbol == ">" else "[") + bound + ",\\infty)"
    return "(-\\infty," + bound + (")" if symbol == "<" else "]")


def relation_in_words(text: str) -> str | None:
    """The relation (or interval) a phrase says in words, or None when it says none.

    >>> relation_in_words("x is at least 3"), relation_in_words("all real numbers greater than 2")
    ('x\\\\geq3', '(2,\\\\infty)')
    >>> relation_in_words("k must be between -1 and 4, inclusive"), relation_in_words("between 1 and 2")
    ('-1\\\\leq k\\\\leq4', None)
    >>> relation_in_words("x is either less than -2 or greater than 5")
    '(-\\\\infty,-2)\\\\cup(5,\\\\infty)'
    >>> relation_in_words("m must be at least one half"), relation_in_words("every real number below negative two")
    ('m\\\\geq\\\\frac{1}{2}', '(-\\\\infty,-2)')
    """
    match = _WORDED_RELATION_RE.fullmatch(text.strip().rstrip(".").strip())
    if match is None:
        return None
    name = match.group("name") or match.group("bare_name")
    if match.group("low") is not None:
        ends = (match.group("ends") or "").lower().replace(" ", "")
        low, high = _worded_bound(match, "low"), _worded_bound(match, "high")
        if low is None or high is None:
            return None
        if match.group("open_high") is not None or match.group("included") is not None:
            # "from 0 up to, but not including, 1", "between 3 and 7, including 3 but not 7": half open
            included = _worded_bound(match, "included") if match.group("included") is not None else low
            excluded = _worded_bound(match, "excluded") if match.group("excluded") is not None else high
            if (included, excluded) == (low, high):
                left, right = "[", ")"
            elif (included, excluded) == (high, low):
                left, right = "(", "]"
            else:
                return None
            if name is None:
                return f"{left}{low},{high}{right}"
            below, above = ("<" if left == "(" else "\\leq "), ("<" if right == ")" else "\\leq")
            return f"{low}{below}{name}{above}{high}"
        if match.group("strictly") is not None or ends.startswith("exclusive") or ends.endswith("excluded"):
            symbol = "<"
        elif ends.startswith(("inclusive", "including")) or ends.endswith("included"):
            symbol = "\\leq"
        else:
            return None  # "between 1 and 4": whether the ends belong is not said
        if name is None:
            return ("(" if symbol == "<" else "[") + f"{low},{high}" + (")" if symbol == "<" else "]")
        return f"{low}\\leq {name}\\leq{high}" if symbol != "<" else f"{low}<{name}<{high}"
    symbol = _worded_comparison(match.group("rel"))
    bound = _worded_bound(match, "bound")
    if bound is None:
        return None
    if match.group("rel2") is not None:
        # "either less than -2 or greater than 5": the union of the two rays
        second = _worded_bound(match, "bound2")
        if second is None:
            return None
        return _ray(symbol, bound) + "\\cup" + _ray(_worded_comparison(match.group("rel2")), second)
    if match.group("either") is not None:
        return None
    return f"{name}{symbol}{bound}" if name is not None else _ray(symbol, bound)


# "does not exist" is what "DNE" abbreviates (a limit, an inverse, a maximum).
_DOES_NOT_EXIST_RE = compile_lazily(
    r"(?:it ?|(?:the ?)?(?:limit|value|maximum|minimum|max|min|inverse|derivative|sum|answer) ?)?(?:does ?not|doesn't)"
    r" ?exists?|dne",
    re.IGNORECASE,
)
# "infinitely many solutions", "there are infinitely many": one answer however it is worded
_INFINITELY_MANY_RE = compile_lazily(
    r"(?:there ?(?:is|are) ?)?(?:an ?)?infinitely ?many(?: ?such)?"
    r"(?: ?(?:solutions?|values?|pairs?|numbers?|integers?|roots?|ways?|triangles?|points?|functions?))?"
    r"|(?:an ?)?infinite ?(?:number ?of ?)?(?:solutions?|values?)",
    re.IGNORECASE,
)
_NO_SOLUTION_RE = compile_lazily(
    # (after the equation or system it is said of: "La ecuación no tiene solución", "L'équation n'a aucune solution")
    r"(?:(?:(?:the|la|le|el|die|das|l'|o|a) ?)?(?:equation|system|ecuaci[oó]n|sistema|[ée]quation|syst[èe]me|gleichung"
    r"|equazione|equa[çc][ãa]o|уравнение|система|рівняння) ?(?:has ?|n'a ?|hat ?|tem ?|имеет ?|має ?)?)?"
    r"(?:(?:there ?(?:is|are|exists?) ?)?no ?(?:real ?|integer ?|integral ?|positive ?)?(?:solutions?|roots?)|\\\{ ?\\\}"
    r"|none(?: ?of ?them)?|(?:the ?)?empty ?set"
    # "There is no such number.", "no such integer exists", "none exist"
    r"|(?:there ?(?:is|are|exists?) ?)?no ?such ?(?:real ?|positive ?)?(?:numbers?|integers?|values?|triangles?|pairs?"
    r"|functions?|polynomials?|sets?|points?|\$?[a-z]\$?)?(?: ?exists?)?|none ?exists?"
    # "Such an $n$ does not exist.", "no such n can exist"
    r"|such ?an? ?(?:real ?|positive ?)?(?:numbers?|integers?|values?|functions?|\$?[a-z]\$?) ?(?:does ?not|doesn't"
    r"|cannot|can't) ?exists?"
    # ... in the languages of foreign_numbers: "no tiene solución", "pas de solution", "keine Lösung", "нет решений"
    r"|no ?(?:tiene|hay|existe) ?(?:ninguna ?)?soluci[oó]n(?:es)?(?: ?reales?)?|sin ?soluci[oó]n"
    r"|(?:il ?n'y ?a ?)?(?:pas ?de|aucune) ?solution(?: ?r[ée]elle)?|keine ?(?:reelle ?)?L[öo]sung(?:en)?"
    r"|n[ãa]o ?(?:tem|h[áa]|existe) ?solu[çc][ãa]o|nessuna ?soluzione|нет ?(?:действительных ?)?решений|решений ?нет"
    # ... and "方程无解", "解なし", "해가 없다", "equazione impossibile", "vô nghiệm", "çözüm yok", "brak rozwiązań"
    r"|(?:原?(?:分式)?方程(?:组)?)?(?:无|沒有|没有|不存在)(?:实数|實數|整数)?解|解不存在"
    r"|解(?:は|が)?(?:なし|ない|存在しない|ありません)|해(?:가|는)? ?(?:없다|없음|없습니다|존재하지 ?않(?:는다|습니다|음))"
    r"|(?:l'?equazione ?(?:è|e) ?)?impossibile|(?:ph[ưu][ơo]ng ?tr[ìi]nh ?)?(?:v[ôo] ?nghi[ệe]m|kh[ôo]ng ?c[óo] ?nghi[ệe]m)"
    r"|[çc][öo]z[üu]m(?:[üu])? ?yok(?:tur)?|brak ?rozwi[ąa]za[ńn]|nie ?ma ?rozwi[ąa]za[ńn]|لا ?(?:يوجد ?)?حل"
    r"|розв['’]язків ?немає|(?:не ?має|немає) ?розв['’]язків|не ?имеет ?решений)",
    re.IGNORECASE,
)
# "not possible" answers a question that asks whether something is possible: "No".
_NOT_POSSIBLE_RE = compile_lazily(r"(?:it ?is ?|it's ?)?(?:not ?possible|impossible)", re.IGNORECASE)
# An estimate's word before its value: "≈ 4.4e7", "approximately 12"; "about", "around" and "roughly" only before a
# measured value (a decimal, scientific notation, a percentage: "about 4.4e7", "about 15\\%"): "about 12" of a count
# says it was not pinned down. (Not "nearly" or "almost", which say the value is not reached.)
# The name of a quantity before its value: a letter or a Greek letter (a change too: "\\Delta H"), perhaps with a
# subscript and a standard state's mark ("\\lambda", "t_{\\min}", "\\Delta G^\\circ"); not \\pi, a value itself ("\\pi
# \\approx 3.14" is a value and its decimal).
QUANTITY_NAME_PATTERN = (
    # (a Greek letter typed as one too, "λ ≈ 6.56 × 10⁻⁷ m"; not π)
    r"(?:[a-zA-Z]|[\u03b1-\u03bf\u03c1-\u03c9\u0391-\u03a9]|\\(?:alpha|beta|gamma|delta|(?:var)?epsilon|zeta|eta|(?:var)?theta|lambda|mu|nu|xi|rho|sigma"
    r"|tau|(?:var)?phi|chi|psi|omega|Delta ?[A-Za-z]?|Gamma|Lambda|Sigma|Phi|Psi|Omega))"
    r"(?:_ ?(?:\{\\?[^{}]{1,10}\}|[a-zA-Z0-9]|\\[a-zA-Z]{2,8}(?![a-zA-Z])))?(?:\^\{?\\(?:circ|ominus)\}?)?"
)
_LEADING_APPROX_RE = compile_lazily(
    # (a name before it: "\\lambda \\approx", "t_{\\min} \\approx")
    r"^ ?(?:" + QUANTITY_NAME_PATTERN + r" ?)?"
    # (and an order of magnitude's "\\sim": "\\sim 10^{28}" atoms)
    r"(?:(?:\\approx|≈|approximately|approx\.?|\\sim(?![a-zA-Z])) ?(?=[-+.\d\\])|(?:about|around|roughly) ?"
    # (a measured size too, a round number in the thousands or more: "about 45,000,000 km"; "about 45" of a count is
    # no exact value)
    r"(?=[-+]?(?:\d*\.\d|\d+(?:\.\d+)? ?(?:[eE][-+]?\d|\\times ?10|\\?%)|\d{1,3}(?:,\d{3})+(?![\d,])|\d+000(?![\d,.]))))",
    re.IGNORECASE,
)
# "and" and "or" in the languages models drift into: "x₁ = 3 und x₂ = 5" (not the one-letter ones, "y", "o", "e",
# "и", which are names in math)
# A remark in brackets on what a value in a list is: "(double root)", "(multiplicity 2)", "(local max)".
_WHAT_A_ROOT_IS_RE = compile_lazily(
    r" ?(?:\\text ?\{ ?)?\( ?(?:(?:double|triple|repeated|simple|a[ \t]double)[ \t]+root|multiplicity[ \t]+\d"
    r"|(?:local|global|absolute|relative)[ \t]+(?:max(?:imum)?|min(?:imum)?)) ?\)(?: ?\})?"
)
_OTHER_CONNECTORS = "und|oder|et|ou|или|hoặc|và|atau"
_OTHER_CONNECTOR = compile_lazily(rf" (?:{_OTHER_CONNECTORS}) ")
# ... which stand as connectors between two equations for one name: "x = 2 o x = 3" (Spanish), "x=1 e x=4".
_ONE_LETTER_CONNECTOR_BETWEEN_EQUATIONS = compile_lazily(
    r"( ?([A-Za-z](?:_\{?\w{1,3}\}?)?) ?= ?[^=]{1,40}?) (?:o|y|e|и) (\2 ?= ?[^=]{1,40})"
)
_CONNECTOR_RE = compile_lazily(
    # (a connective set between two \\quad, "x=1 \\quad\\text{and}\\quad x=-1", is one: a comma)
    rf"(?:, ?| )?\\q?quad ?(?:or|and|{_OTHER_CONNECTORS}) ?\\q?quad(?![A-Za-z])(?: ?,)? ?"
    rf"|,? (?:or|and|{_OTHER_CONNECTORS}) |(?:, ?| )?\\q?quad(?![A-Za-z])(?: ?,)? ?"
    # (logic's "or": "x = 12 \\vee x = 13", "x=2 ∨ x=3")
    r"| ?(?:\\vee|\\lor)(?![A-Za-z]) ?| ?∨ ?"
)
# The optional space of a row break, ``\\\\[6pt]`` (the break itself protected as NUL by then).
_ROW_SPACING_RE = compile_lazily(
    r"\x00 ?\[ ?-?(?:\d{1,4}(?:\.\d{1,4})?|\.\d{1,4}) ?(?:pt|em|ex|mm|cm|in|bp|mu|pc|dd|sp) ?\]"
)
_MATRIX_OPEN_RE = compile_lazily(r"[\[(] ?\\begin\{pmatrix\}")
_MATRIX_CLOSE_RE = compile_lazily(r"\\end\{pmatrix\} ?[\])]")
_ARRAY_BEGIN_RE = compile_lazily(r"\\begin\{array\} ?\{[^{}]{0,40}\}")
_SCIENTIFIC_EXPONENT_RE = compile_lazily(r"\d[eE][+-]?\d")


# A backslash written twice before a macro name: the text was escaped twice ("1\\\\sqrt{19}", "\\\\frac{1}{2}"), as a
# row break is never followed by a macro's name without its backslash. (Not three backslashes: a row break, then a
# macro, "1\\\\\\frac12".)
_DOUBLED_BACKSLASH_RE = compile_lazily(
    r"(?<!\\)\\\\(?=(?:d?frac|tfrac|sqrt|pi|cdot|times|pm|mp|infty|text|mathrm|left|right|leq?|geq?|neq|circ"
    r"|sin|cos|tan|log|ln|boxed|alpha|beta|theta)(?![A-Za-z]))"
)


# A repeating decimal with its period in brackets, as the rest of the world writes 0.\overline{3}: "0.(3)", "1.2(45)".
_BRACKETED_PERIOD_RE = compile_lazily(r"(?<![\w.])(\d{1,30})\.(\d{0,30})\((\d{1,12})\)(?![\w(])")
_BRACKETED_PERIOD_AFTER_A_COMMA_RE = compile_lazily(r"\A[ \t]*(-?\d{1,30}),(\d{0,30})\((\d{1,12})\)[ \t]*\Z")
# An interval with reversed brackets: "]1,5[" is (1,5), "]1,5]" is (1,5], "[1,5[" is [1,5).
_REVERSED_BRACKET_INTERVAL_RE = compile_lazily(
    r"(?:(?<![\w)\]}])|(?<=\\cup))(\]|\[)( ?[^\[\](),;]{1,40}?) ?, ?([^\[\](),;]{1,40}? ?)(\[|\])(?![\w(\[])"
)


def _interval_from_reversed_brackets(match: re.Match[str]) -> str:
    opening, low, high, closing = match.group(1, 2, 3, 4)
    if opening == "[" and closing == "]":
        return match.group(0)  # a closed interval, written the usual way
    left = "(" if opening == "]" else "["
    right = ")" if closing == "[" else "]"
    return f"{left}{low.strip()},{high.strip()}{right}"


# n choose k and its permutations in prescript notation: "{}^{8}C_{3}", "^8C_3", "{}_5C_3", "_{5}P_{3}" (a
# subscript of a name is none: "A_{1}B_{1}C_{1}")
_PRESCRIPT_COMBINATION_RE = compile_lazily(
    r"(?:\{\}|(?<![\w}\\]))[\^_] ?\{? ?(\d{1,4}|[a-z]) ?\}? ?([CP])_ ?\{? ?(\d{1,4}|[a-z]) ?\}?(?![\w^])"
)


def _combinations_from_prescript(match: re.Match[str]) -> str:
    n, kind, k = match.group(1, 2, 3)
    return f"\\binom{{{n}}}{{{k}}}" if kind == "C" else f"\\frac{{{n}!}}{{({n}-{k})!}}"


# ... and written after the letter, n below and k above (either first): "C_{10}^{3}", "C^3_{10}", "A_5^2", "P_6^2",
# "C_n^2" (n choose 2; a letter only for C).
# Only numbers with k <= n: "C_1^2" (a constant squared), "A_3^2" with k > n, "C_6^{12}" are no such count, and a
# letter inside a name ("AC_5^2", "\Delta_3^2") or a script that goes on ("C_5^2_1") is not the notation.
_SCRIPTED_COMBINATION_RE = compile_lazily(
    r"(?<![\w}\\])([CAP])(?:_ ?\{ ?(\d{1,4}|[a-z]) ?\}|_(\d|[a-z])) ?(?:\^ ?\{ ?(\d{1,4}) ?\}|\^(\d))(?![\w^_{])"
    r"|(?<![\w}\\])([CAP])(?:\^ ?\{ ?(\d{1,4}) ?\}|\^(\d)) ?(?:_ ?\{ ?(\d{1,4}|[a-z]) ?\}|_(\d|[a-z]))(?![\w^_{])"
)


_NUMBERED_CONSTANT_RE = compile_lazily(r"(?<![\w}\\])C_(?:\{ ?\d{1,4} ?\}|\d)(?! ?\^)")


def _combinations_from_scripts(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        kind, n, k = match.group(1), match.group(2) or match.group(3), match.group(4) or match.group(5)
    else:
        kind, k, n = match.group(6), match.group(7) or match.group(8), match.group(9) or match.group(10)
    if (n.isdigit() and int(k) > int(n)) or (not n.isdigit() and kind != "C"):
        return match.group(0)  # (C_1^2: k > n; A_n^2 may be a matrix A_n squared, C_n^2 is "n choose 2")
    if kind == "C" and _NUMBERED_CONSTANT_RE.search(match.string) is not None:
        return match.group(0)  # ("C_1e^{x}+C_2^2": numbered constants, the last one squared)
    return f"\\binom{{{n}}}{{{k}}}" if kind == "C" else f"\\frac{{{n}!}}{{({n}-{k})!}}"


# The conjugate of a complex number written out ("\overline{2+5i}", "\bar{4-3i}"): an answer that restates its
# question, of a known value all the same.
_CONJUGATE_RE = compile_lazily(r"\\(?:overline|bar) ?\{ ?(-?\d+(?:\.\d+)?) ?([+-]) ?(\d+(?:\.\d+)?)? ?i ?\}")


def _conjugate(match: re.Match[str]) -> str:
    real, sign, imaginary = match.group(1, 2, 3)
    conjugate = f"{real}{'-' if sign == '+' else '+'}{imaginary or ''}i"
    whole = match.start() == 0 and match.end() == len(match.string)
    return conjugate if whole else f"({conjugate})"  # (in brackets where it is a factor: "3\overline{2+5i}")


_HBAR_RE = compile_lazily(r"\\hbar(?![A-Za-z])(?=[ ]?(\^)?)")
# "cis θ", the engineers' cos θ + i sin θ: "\operatorname{cis}(\pi/3)", "\text{cis}\,45^\circ", "cis(60°)".
_CIS_RE = compile_lazily(
    r"(?:\\operatorname ?\{cis\}|\\(?:text|mathrm) ?\{ ?cis ?\}|(?<![A-Za-z])\\?cis(?![A-Za-z]))"
    r"(?: |\\,|\\;|\\ )*"
    r"(\\left ?\(.{1,60}?\\right ?\)|\([^()]{1,60}\)|\{[^{}]{1,60}\}|\d{1,6}(?:\.\d{1,6})? ?(?:\^ ?\{? ?\\circ ?\}?|°)"
    r"|\\frac\{[^{}]{1,30}\}\{[^{}]{1,30}\}|\\[a-z]{2,8}|[a-z])"
)
_DEGREES_ARGUMENT_RE = compile_lazily(r"\(?(\d{1,6}(?:\.\d{1,6})?) ?(?:\^ ?\{? ?\\circ ?\}?|°)\)?")


def _cis_as_exponential(match: re.Match[str]) -> str:
    argument = match.group(1)
    degrees = _DEGREES_ARGUMENT_RE.fullmatch(argument)
    if degrees is not None:
        argument = f"\\frac{{{degrees.group(1)}\\pi}}{{180}}"
    elif argument.startswith("\\left"):
        argument = argument[5:].strip()[1:]
        argument = argument[: argument.rfind("\\right")]
    elif argument[0] in "({":
        argument = argument[1:-1]
    return f"e^{{i({argument})}}"


# Digits written three times or more before an ellipsis repeat: "0.333...", "0.1666\\ldots", "2.\u2009777…",
# "0.363636\\ldots" (a period of up to six digits; twice is no period: "2.718281828..." is e's digits, not 1828's).
_ELLIPSIS_DECIMAL_RE = compile_lazily(
    r"(?<![\d.])(\d{0,30})\.(\d{0,30}?)(\d{1,6}?)\3{2,30} ?(?:\.\.\.|…|\\[lc]?dots)(?![A-Za-z])"
)
# A repeating decimal: 0.\\overline{3}, 1.2\\overline{45}, 0.\\overline 6, 0.\\bar{3}, 0.\\dot{3} (bounded digit runs,
# one pass, no backtracking across the macro); the integer part may be empty (.\\overline{3}) but a digit may not
# precede it.
_REPEATING_DECIMAL_RE = compile_lazily(
    r"(?<![\d.])(\d{0,30})\.(\d{0,30}) ?\\(?:overline|bar|dot) ?(?:\{ ?(\d{1,30}) ?\}|(\d))(?![\d.])"
)


def _repeating_decimal_as_fraction(match: re.Match[str]) -> str:
    """``0.1\\overline{6}`` → ``\\frac{1}{6}``: the exact value, so every later stage reads a plain fraction.

    Example:
        >>> normalize_answer("0.\\\\overline{3}"), normalize_answer("-1.2\\\\overline{45}")
        ('\\\\frac{1}{3}', '-\\\\frac{137}{110}')
        >>> normalize_answer("0.\\\\overline{9}")
        '1'
    """
    whole, fixed, repeating = match.group(1) or "0", match.group(2), match.group(3) or match.group(4)
    scale = 10 ** len(fixed)
    value = Fraction(int(whole)) + Fraction(int(fixed or "0"), scale)
    value += Fraction(int(repeating), scale * (10 ** len(repeating) - 1))
    if value.denominator == 1:
        return str(value.numerator)
    return f"\\frac{{{value.numerator}}}{{{value.denominator}}}"


# A solar unit after a number, ending the answer: the Sun's mass, luminosity or radius as the unit of the number
# ("3 \\times 10^{6}\\, M_\\odot", "2.5 L_{\\odot}").
_SOLAR_UNIT_AFTER_NUMBER_RE = compile_lazily(
    r"(\d\}?) ?(?:\\[,;: ]|~)? ?(?:\\mathrm ?\{ ?)?[MLR](?: ?\})? ?_ ?"
    r"(?:\{ ?\\odot ?\}|\\odot|\{ ?sun ?\}|(?:\\text|\\mathrm) ?\{ ?sun ?\}|\{ ?(?:\\text|\\mathrm) ?\{ ?sun ?\} ?\})\s*\Z"
)
# A symbol as a whole subscript names a body (the Sun's mass M_\odot, the Earth's M_\oplus, a star's T_\star):
# the parsers know these commands as operators or not at all, so the subscript becomes the body's name, the way
# answers also write it (M_{sun}, M_{\text{earth}}).
_SUBSCRIPT_SYMBOL_NAMES = {"odot": "sun", "oplus": "earth", "star": "star"}
_SUBSCRIPT_SYMBOL_RE = compile_lazily(r"_ ?(?:\{ ?\\(odot|oplus|star) ?\}|\\(odot|oplus|star)(?![A-Za-z]))")


def _subscript_symbol_as_name(match: re.Match[str]) -> str:
    return "_{" + _SUBSCRIPT_SYMBOL_NAMES[match.group(1) or match.group(2)] + "}"


# A root or an absolute value written as a call: "sqrt(3)", "\\sqrt(x+1)" from "√(x+1)", "abs(x)", "Abs(x)".
_PLAIN_CALL_RE = compile_lazily(r"(?<![\\A-Za-z])\\?(sqrt|abs|Abs)\(")
# A root of one number or one letter without parentheses: "sqrt2", "sqrt 3", "sqrt x".
_PLAIN_SQRT_TOKEN_RE = compile_lazily(r"(?<![\\A-Za-z])sqrt ?(\d+(?:\.\d+)?|[A-Za-z](?![A-Za-z(]))")
_PLAIN_PI_RE = compile_lazily(r"(?<![\\A-Za-z])pi(?![A-Za-z])")
# Greek letters spelled out in plain text ("2 alpha" must not read as 2 and a word).
_GREEK_NAMES = (
    "alpha", "beta", "gamma", "delta", "epsilon", "theta", "lambda", "sigma", "omega", "phi", "mu", "nu", "rho",
    "tau", "eta", "kappa",
)  # fmt: skip
_GREEK_NAME_RE = _holding_any(_GREEK_NAMES)
# A letter and one digit in plain-text formulas, the digit its subscript: "v0", "V0*exp(-t/(R*C))", "m1 + m2".
# (not a coefficient before a power, "n2^{n+1}", nor a call, "f2(x)"; a 0 is no base of a power: "v0^2" is v_0 squared)
_PLAIN_SUBSCRIPT_RE = compile_lazily(r"(?<![\\A-Za-z0-9_.])([A-Za-z])(0(?![\w.(\[{])|[12](?![\w.^(\[{]))")
_PLAIN_GREEK_RE = compile_lazily(
    r"(?<![\\A-Za-z])("
    + "|".join(_GREEK_NAMES)
    + r")(?![A-Za-z])(?! [a-z]{3,})"  # ("2 alpha particles": a name)
)
_PYTHON_POWER_RE = compile_lazily(r"(?<=[\w)\]}.])\*\*(?=[\w({.-])")
# "(-inf, 1) U (2, infinity)": infinity as a word and a capital U between two intervals are the plain-text union;
# "oo" is sympy's infinity ("Interval(0, oo)" of a gold written as code).
_PLAIN_INFINITY_RE = compile_lazily(
    r"(?:(?<![A-Za-z])(?:negative|minus) )?(?<![\\A-Za-z])(?:inf(?:inity)?|oo)(?![A-Za-z])"
)
_PLAIN_UNION_RE = compile_lazily(r"(?<=[)\]]) ?U ?(?=[(\[])")
# sympy's intervals printed as code ("Interval(0, oo)", "Interval.open(1, 2)", "Union(Interval(-oo, 1), ...)"): a gold
# written as code; an infinite end is open whatever the call says.
_SYMPY_INTERVAL_RE = compile_lazily(r"(?<![A-Za-z.])Interval(?:\.(open|Lopen|Ropen))?\(([^(),]+),([^(),]+)\)")
_SYMPY_UNION_RE = compile_lazily(r"(?<![A-Za-z.])Union\(([(\[][^()\[\]]*[)\]]) ?, ?([(\[][^()\[\]]*[)\]])\)")


# (and Python's fractions.Fraction, printed the same way: "Fraction(3, 4)")
_SYMPY_RATIONAL_RE = compile_lazily(r"(?<![A-Za-z.])(?:Rational|Fraction)\((-?)(\d+), ?(\d+)\)")
# An equation as sympy prints it: "Eq(x, 3)", "Eq(y, 2*x + 1)" (sides without commas or brackets of their own).
_SYMPY_EQUATION_RE = compile_lazily(r"(?<![A-Za-z.])Eq\(([^(),]{1,40}), ?([^(),]{1,60})\)")
# sympy's imaginary unit in a sum of numbers alone: "1 + I", "3 - 2*I".
_SYMPY_COMPLEX_SUM_RE = compile_lazily(
    r"-?\d+(?:\.\d+)? ?[-+] ?(?:\d+(?:\.\d+)?\*)?I|-?(?:\d+(?:\.\d+)?\*)?I"
)
_SYMPY_FINITE_SET_RE = compile_lazily(r"(?<![A-Za-z.])FiniteSet\(([^()]*)\)")
_SYMPY_MATRIX_RE = compile_lazily(r"(?<![A-Za-z.])Matrix\(\[(\[[^()]*\])\]\)")
_SYMPY_IMAGINARY_RE = compile_lazily(r"(?<![A-Za-z\\])I(?![A-Za-z])")


def _sympy_constructors(text: str) -> str:
    """sympy's printed constructors as LaTeX: ``Rational(1, 3)`` → ``\\frac{1}{3}``, ``FiniteSet(1, 2)`` → ``\\{1, 2\\}``,
    ``Matrix([[1, 2], [3, 4]])`` → a pmatrix, ``sqrt(3)*I`` → ``sqrt(3)*i`` (a gold written as code)."""
    text = _SYMPY_RATIONAL_RE.sub(r"\1\\frac{\2}{\3}", text)
    text = _SYMPY_EQUATION_RE.sub(r"\1=\2", text)
    text = _SYMPY_FINITE_SET_RE.sub(r"\\{\1\\}", text)
    matrix = _SYMPY_MATRIX_RE.search(text)
    if matrix is not None:
        rows = [row.strip(" []") for row in matrix.group(1).split("], [")]
        body = "\\\\".join("&".join(cell.strip() for cell in row.split(",")) for row in rows)
        text = text[: matrix.start()] + f"\\begin{{pmatrix}}{body}\\end{{pmatrix}}" + text[matrix.end() :]
    if "*I" in text or "I*" in text or _SYMPY_COMPLEX_SUM_RE.fullmatch(text.strip()) is not None:
        text = _SYMPY_IMAGINARY_RE.sub("i", text)  # (sympy's imaginary unit, written as code)
    return text


def _sympy_interval(match: re.Match[str]) -> str:
    kind, low, high = match.group(1), match.group(2).strip(), match.group(3).strip()
    left = "(" if kind in ("open", "Lopen") or low in ("-oo", "-\\infty") else "["
    right = ")" if kind in ("open", "Ropen") or high in ("oo", "\\infty") else "]"
    return f"{left}{low}, {high}{right}"


# A function name written without its backslash, before its argument, index or power: "log_{2}10", "sin(x)", "ln 2".
_PLAIN_FUNCTION_RE = compile_lazily(
    r"(?<![\\A-Za-z])(arcsin|arccos|arctan|sinh|cosh|tanh|log|ln|sin|cos|tan|cot|sec|csc|exp)(?=[_^({0-9 ])"
)

# A gold written as code ("np.arcsin(10/13)", "math.sqrt(2)", "np.pi"): the module's name is no part of the value;
# its log is the natural logarithm (log10 and log2 name their bases), unlike LaTeX's \log.
_CODE_LOGARITHM_RE = compile_lazily(r"(?<![A-Za-z0-9_.\\])(?:numpy|np|math|sympy|sp)\.log(10|2)?\(")


def _code_logarithm(match: re.Match[str]) -> str:
    return "\\ln(" if match.group(1) is None else "\\log_{" + match.group(1) + "}("


_CODE_INVERSE_TRIG_RE = compile_lazily(r"(?<![A-Za-z\\])a(sin|cos|tan)\(")
_CODE_NAMESPACE_RE = compile_lazily(
    r"(?<![A-Za-z0-9_.\\])(?:numpy|np|math|sympy|sp)\.(?=(?:arcsin|arccos|arctan|log|ln|sin|cos|tan|exp|sqrt|pi|e)"
    r"(?![A-Za-z]))"
)


def _plain_text_math(text: str, depth: int = 0) -> str:
    """Plain-text math as LaTeX: ``sqrt(3)`` → ``\\sqrt{3}``, ``pi`` → ``\\pi`` (``2*pi`` and ``2\\pi`` agree),
    ``np.arcsin(x)`` → ``\\arcsin(x)``.

    Bounded: at most ``_MAX_PLAIN_ROOTS`` roots per level and ``_MAX_PLAIN_DEPTH`` levels of nesting are converted.
    """
    if depth == 0 and "." in text:
        text = _CODE_LOGARITHM_RE.sub(_code_logarithm, text)
        text = _CODE_NAMESPACE_RE.sub("", text)
    if depth == 0 and "pi" in text:
        text = _PLAIN_PI_RE.sub(r"\\pi ", text)
    if depth == 0 and _GREEK_NAME_RE.search(text) is not None:
        text = _PLAIN_GREEK_RE.sub(r"\\\1 ", text)  # "2 alpha", "theta/2": the letters, not words
    if depth == 0 and ("*" in text or "/" in text or "^" in text) and _PLAIN_SUBSCRIPT_RE.search(text):
        text = _PLAIN_SUBSCRIPT_RE.sub(r"\1_\2", text)  # ("(1/2)*m*v0^2": v_0, in a formula written in code)
    if depth == 0 and (
        "Rational" in text
        or "FiniteSet" in text
        or "Matrix" in text
        or "*I" in text
        or "Fraction(" in text
        or "Eq(" in text
        or text.rstrip().endswith("I")
    ):
        text = _sympy_constructors(text)
    if depth == 0 and "Interval" in text:
        text = _SYMPY_UNION_RE.sub(r"\1 \\cup \2", _SYMPY_INTERVAL_RE.sub(_sympy_interval, text))
    if depth == 0 and ("inf" in text or "oo" in text):
        # ("negative infinity" is -\infty)
        text = _PLAIN_INFINITY_RE.sub(
            lambda match: "-\\infty " if match.group().startswith(("negative", "minus")) else "\\infty ", text
        )
    if depth == 0 and "U" in text:
        text = _PLAIN_UNION_RE.sub(r"\\cup ", text)
    if depth == 0 and "**" in text:
        text = _PYTHON_POWER_RE.sub("^", text)  # "2**3", "x**(n+1)"
    if depth == 0 and ("asin(" in text or "acos(" in text or "atan(" in text):
        text = _CODE_INVERSE_TRIG_RE.sub(r"arc\1(", text)  # "atan(1)": code's name of arctan
    if depth == 0 and "^(" in text:
        text = _plain_powers(text)
    if depth == 0 and ("^-" in text or "^+" in text or "^\u2212" in text):
        # "10^-7": in TeX only the sign would be the exponent, but whoever writes it means the signed number
        text = _PLAIN_SIGNED_EXPONENT_RE.sub(r"^{\1\2}", text)
    if depth == 0 and (
        "log" in text
        or "ln" in text
        or "sin" in text
        or "cos" in text
        or "tan" in text
        or "exp" in text
        or "cot" in text
        or "sec" in text
        or "csc" in text
    ):
        text = _PLAIN_FUNCTION_RE.sub(r"\\\1", text)
    if depth == 0 and "sqrt" in text:
        text = _PLAIN_SQRT_TOKEN_RE.sub(r"\\sqrt{\1}", text)
    if ("sqrt(" not in text and "bs(" not in text) or depth >= _MAX_PLAIN_DEPTH:  # ("bs(": abs( and Abs()
        return text
    out: list[str] = []
    position = 0
    converted = 0
    for match in _PLAIN_CALL_RE.finditer(text):
        if match.start() < position:
            continue  # inside an argument already converted
        if converted >= _MAX_PLAIN_ROOTS:
            break
        close = _matching_parenthesis(text, match.end() - 1)
        if close == -1:
            break  # no closing parenthesis further on: none for the later roots either
        out.append(text[position : match.start()])
        argument = _plain_text_math(text[match.end() : close], depth + 1)
        out.append("\\sqrt{" + argument + "}" if match.group(1) == "sqrt" else "|" + argument + "|")
        position = close + 1
        converted += 1
    out.append(text[position:])
    return "".join(out)


_MAX_PLAIN_ROOTS = 16
_MAX_PLAIN_DEPTH = 4


_VALUE_AND_UNIT_IN_ONE_GROUP_RE = compile_lazily(
    r"\\(?:mathrm|textrm|text) ?\{ ?(-?\d[\d.,]*)(?: |~|\\[,;: ])+([A-Za-z]{1,12})((?:\^\{?-?\d\}?)?) ?\}"
)


def _value_apart_from_its_unit(text: str) -> str:
    """``\\mathrm{36\\,m^2}`` as ``36\\,\\mathrm{m}^2``: a value and its unit set in one font's group, written as a
    value and a unit (a known unit only: "\\text{5 and 7}" is no value and unit)."""

    def apart(found: re.Match[str]) -> str:
        if not is_unit_word(found.group(2)):
            return found.group()
        return f"{found.group(1)}\\,\\mathrm{{{found.group(2)}}}{found.group(3)}"

    return _VALUE_AND_UNIT_IN_ONE_GROUP_RE.sub(apart, text)


_PLAIN_SIGNED_EXPONENT_RE = compile_lazily(r"\^([-+\u2212])(\d+(?:\.\d+)?)(?![\d.])")


def _plain_powers(text: str) -> str:
    """A plain-text power ``6^(5/3)`` as ``6^{5/3}``: in TeX only the ``(`` would be the exponent, but whoever writes
    ``^(`` means the whole group. Up to ``_MAX_PLAIN_ROOTS`` powers; an unclosed group is left as it is."""
    out: list[str] = []
    position = 0
    for _ in range(_MAX_PLAIN_ROOTS):
        at = text.find("^(", position)
        if at == -1:
            break
        close = _matching_parenthesis(text, at + 1)
        if close == -1:
            break
        out.append(text[position:at] + "^{" + text[at + 2 : close] + "}")
        position = close + 1
    out.append(text[position:])
    return "".join(out)


def _matching_parenthesis(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


# "!=" as the ASCII not-equal sign ("x != 3", "3 != 4"); not a factorial then "=" ("5! = 120", "(n+1)!=24": spaces go
# between passes, so "5! = 120" is "5!=120" in the next one).
_ASCII_NOT_EQUAL_RE = compile_lazily(r"(?<![0-9)\]}!])!=")


# A letter x typed for the times sign of scientific notation: a decimal, "x" or "X", then a power of ten.
_LETTER_TIMES_TEN_RE = compile_lazily(r"(?<![A-Za-z\\])(\d+(?:\.\d+)?) ?[xX] ?10 ?\^")


def _ascii_relations(text: str) -> str:
    """``>=`` / ``<=`` / ``!=`` → ``\\geq`` / ``\\leq`` / ``\\neq`` (a trailing space keeps ``\\geqb`` apart)."""
    if "=" not in text:
        return text
    if "\\!=" in text:
        text = text.replace("\\!=", "=")  # "x\\!=\\!5": a negative thin space before "=", not "!="
    if "!=" in text:
        text = _ASCII_NOT_EQUAL_RE.sub(r"\\neq ", text)
    for symbol, command in _ASCII_RELATIONS:
        text = text.replace(symbol, command)
    return text


# A vector written with unit vectors: "\\mathbf{i}+2\\mathbf{j}", "3\\hat{i}-4\\hat{j}+\\hat{k}", "\\vec{\\imath}".
_UNIT_VECTOR = (
    r"(?:\\(?:mathbf|hat|vec|boldsymbol|bm) ?\{ ?\\?([ijk]|imath|jmath) ?\}|\\hat ?\{ ?([xyz]) ?\})"
)
_VECTOR_COEFFICIENT = (
    r"(?:\d+(?:\.\d+)?|\\frac ?\{[^{}]{1,20}\} ?\{[^{}]{1,20}\}|\\sqrt ?\{[^{}]{1,20}\}|\\pi"
    r"|[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?|\\(?:alpha|beta|gamma|theta|omega|mu|lambda|sigma|rho|tau|phi))"
)
_VECTOR_TERM_RE = compile_lazily(
    rf" ?([-+]?) ?((?:{_VECTOR_COEFFICIENT} ?){{0,3}})(?:\\cdot ?|\\times ?)?{_UNIT_VECTOR} ?"
)


def _scaled_unit_vectors_as_tuple(text: str) -> str:
    """A number times a bracketed sum of unit vectors, the tuple of its coordinates scaled: ``7(\\hat{i}-\\hat{j})``
    → ``(7,-7)``; without the number, the sum's tuple (``(3\\hat{i}-4\\hat{j})`` → ``(3,-4)``); anything else as
    it is."""
    scaled = _SCALED_VECTOR_RE.fullmatch(text)
    if scaled is None:
        return text
    inner = _unit_vectors_as_tuple(scaled.group(2))
    if inner == scaled.group(2):
        return text
    if scaled.group(1) is None:
        return inner
    factor = Fraction(scaled.group(1))
    coordinates = []
    for coordinate in inner[1:-1].split(","):
        if _PLAIN_NUMBER_RE.fullmatch(coordinate) is None:
            return text  # (a coordinate that is no number: left as written)
        product = factor * Fraction(coordinate)
        coordinates.append(
            str(product.numerator) if product.denominator == 1 else format(float(product), ".12g")
        )
    return "(" + ",".join(coordinates) + ")"


_SCALED_VECTOR_RE = compile_lazily(r"(-?\d+(?:\.\d+)?)? ?\((.+)\)")


def _unit_vectors_as_tuple(text: str) -> str:
    """A whole answer that is a sum of multiples of unit vectors is the tuple of its coordinates, three when it names
    ``k``, else two: ``\\mathbf{i}+2\\mathbf{j}`` → ``(1,2)``, ``2\\hat{i}-\\hat{k}`` → ``(2,0,-1)``.

    Example:
        >>> _unit_vectors_as_tuple("3\\\\hat{i}-4\\\\hat{j}")
        '(3,-4)'
    """
    coordinates: dict[str, str] = {}
    position = 0
    for match in _VECTOR_TERM_RE.finditer(text):
        if match.start() != position or (position and not match.group(1)):
            return text  # something else between the terms, or two terms without a sign between them
        # (x̂, ŷ, ẑ: the physicists' names of î, ĵ, k̂)
        axis = {"imath": "i", "jmath": "j", "x": "i", "y": "j", "z": "k"}.get(
            match.group(3) or match.group(4), match.group(3) or match.group(4)
        )
        if axis in coordinates:
            return text
        coefficient = match.group(2).strip() or "1"
        coordinates[axis] = ("-" if match.group(1) == "-" else "") + coefficient
        position = match.end()
    if not coordinates or position != len(text):
        return text
    axes = "ijk" if "k" in coordinates else "ij"
    return "(" + ",".join(coordinates.get(axis, "0") for axis in axes) + ")"


def _canonical_matrices(text: str) -> str:
    """``bmatrix``, ``smallmatrix`` and a bracketed ``array`` are spelled ``pmatrix``: a matrix's delimiters and
    size carry no meaning."""
    if "\\begin{" not in text:
        return text
    for environment in ("bmatrix", "smallmatrix", "matrix"):
        text = text.replace("\\begin{" + environment + "}", "\\begin{pmatrix}")
        text = text.replace("\\end{" + environment + "}", "\\end{pmatrix}")
    if "\\begin{array}" in text:
        text = _ARRAY_BEGIN_RE.sub(r"\\begin{pmatrix}", text).replace("\\end{array}", "\\end{pmatrix}")
    if len(_MATRIX_OPEN_RE.findall(text)) == len(_MATRIX_CLOSE_RE.findall(text)):
        # "(\begin{matrix}…\end{matrix})" and "[\begin{array}{cc}…\end{array}]": the outer brackets are the
        # matrix's own delimiters.
        text = _MATRIX_OPEN_RE.sub(r"\\begin{pmatrix}", text)
        text = _MATRIX_CLOSE_RE.sub(r"\\end{pmatrix}", text)
    return text


# A statement's universal quantifier at the end of an answer ("\\text{ for all real } x", "\\quad \\forall x \\in
# \\mathbb{R}", ", for every integer n"): the answer holds for every value, so the quantifier adds nothing to compare.
_UNIVERSAL_RE = compile_lazily(
    r"\\(?:text|textrm|mbox|mathrm) ?\{ ?for (?:all|every|each|any)\b|\\forall(?![A-Za-z])|\bfor (?:all|every|each|any)\b"
    # ... or the declaration of an arbitrary constant: "\\text{ for some constant } c", ", where c is a real constant"
    # (not "for some c \\in \\{1, 2\\}": a limit on it)
    r"|(?:\\(?:text|textrm|mbox|mathrm) ?\{ ?)?(?:\bfor (?:some|any) (?:real |arbitrary )?constant\b"
    r"(?: ?\}? ?[a-zA-Z](?:_\{?\w\}?)?)?|\bwhere [a-zA-Z](?:_\{?\w\}?)? is (?:an? |any )?(?:real |arbitrary )?"
    r"(?:constant|parameter)\b) ?\}? ?\Z"
)
_UNIVERSAL_TAIL_CHARS = 60  # a quantifier is at most this far from the end
_SPACING_BEFORE_RE = compile_lazily(r"(?:[ ,;~]|\\q?quad|\\[,;:! ])+\Z")


def _without_universal_tail(text: str) -> str:
    """``text`` without a universal quantifier that ends it (and the spacing before it); ``text`` when none does."""
    tail_start = max(0, len(text) - _UNIVERSAL_TAIL_CHARS - 30)
    quantifier = _UNIVERSAL_RE.search(text, tail_start)
    if quantifier is None or "\n" in text[quantifier.start() :]:
        return text
    head = text[: quantifier.start()]
    spacing = _SPACING_BEFORE_RE.search(head, max(0, len(head) - 40))
    head = head[: spacing.start()] if spacing is not None else head
    return head or text


# TeX spacing ending a head.
_SPACING_AT_END_RE = compile_lazily(r"(?:\\[,;: !]|~| )+$")


def _strip_trailing_text_units(text: str) -> str:
    """``18\\text{ cm}^2`` → ``18``, ``\\frac{500}{3}\\text{ km/h}`` → ``\\frac{500}{3}``, ``45\\text{ meals}`` → 45.

    Words in a text wrapper at the end of a math answer are its unit (or the thing counted) when what precedes is a
    number or an expression with a number in it; a connector or qualifier (``\\text{ or more}``) is kept, and so is
    a lone answer (``\\text{north}``) or one after a bare variable (``x\\text{ cm}``: there the unit may be the
    question's own variable).
    """
    candidate = text
    joined = False  # the unit so far is the right-hand part of "\\mathrm{km}/\\mathrm{h}"
    for _ in range(4):
        if not candidate.endswith("}") and "^" not in candidate[-6:]:
            break
        match = _TEXT_UNIT_RE.search(candidate)
        if match is None or not _is_unit_phrase(match.group(1)):
            break
        head = candidate[: match.start()].rstrip()
        if head.count("{") != head.count("}"):
            break  # the unit closes a wrapper around the value ("\\mathbf{1625\\ \\text{cm}^2}"), unwrapped first
        if head.endswith("\\mu") and match.group(1).strip() in _MICRO_UNITS:
            # "50\\ \\mu\\text{m}": the micro prefix written as a Greek letter before the unit's text
            head = _SPACING_AT_END_RE.sub("", head[:-3])
        known_unit = match.group(1).strip().lower() in _UNITS
        joined = head.endswith(("/", "\\cdot"))
        if joined:
            candidate = head.removesuffix("/").removesuffix("\\cdot").rstrip()
            continue
        if not _is_numeric_head(head, allow_letters=True) and not (known_unit and _is_plain_head(head)):
            break
        text = candidate = head
    if text.endswith("}") and ("\\mathrm" in text or "\\text" in text):
        # a compound unit the words rule cannot split ("4.5\\times 10^{33}\\,\\mathrm{erg\\,s^{-1}}"): the number,
        # when the rest is a known unit
        split = value_and_unit(text)
        if split is not None and _is_numeric_head(split[0].strip(), allow_letters=False):
            return split[0].strip()
    return text


# Unit symbols of one or two letters, with their case (``\\text{ J}`` after a number is joules, ``\\text{ N}`` newtons):
# too short for the three-letter rule below, and in capitals never read as a lower-case unit. ("u": the "unidades"
# of Spanish and Portuguese geometry, and the atomic mass unit.)
# The letter mu typed as a character before a subscript ("μ_0", "μ₀" once its subscript is read): a name, not a prefix.
_MU_WITH_A_SUBSCRIPT_RE = compile_lazily(r"[μµ](?=[ \t]*_)")
_UNIT_SYMBOLS = frozenset(
    ["J", "N", "W", "K", "V", "A", "C", "T", "Pa", "Hz", "eV", "kJ", "kW", "MW", "kN", "kV", "mV", "mA", "kPa", "hPa", "MPa",
     "GPa", "kHz", "MHz", "GHz", "keV", "MeV", "GeV", "TeV", "Wh", "kWh", "mJ", "MJ", "GJ", "TJ", "mW", "GW", "TW", "nm",
     "pm", "fm", "um", "L", "mL", "dB", "u"]
)  # fmt: skip


# What joins the units of a compound unit: spaces, "/", a product's dot ("L·atm/(mol·K)", "N\\cdot m", "kg*m"),
# brackets around a denominator, powers ("m^2", "s^{-1}").
_UNIT_PHRASE_SEPARATOR_RE = compile_lazily(r"(?:[\s/().·*]|\\cdot|\^ ?\{? ?-?[1-4] ?\}?)+")


def _is_unit_phrase(phrase: str) -> bool:
    if (
        phrase.strip() in _UNIT_SYMBOLS or phrase.strip() == "times"
    ):  # "5 times": a count ("5 times the radius" is not)
        return True
    words = [word for word in _UNIT_PHRASE_SEPARATOR_RE.split(phrase) if word]
    if not words or not all(word.isalpha() for word in words):
        return False
    if words[0].lower() in _HOW_MANY_MORE:
        # "12 more eggs", "12 more": the count a "how many more" question asks, and the thing counted (not "or more")
        words = words[1:]
        if not words:
            return True
    if any(word.lower() in _NOT_UNIT_WORDS for word in words):
        return False
    joined = phrase.strip().lower()
    if joined in _UNITS or all(word.lower() in _UNITS for word in words):
        return True
    return sum(len(word) for word in words) >= 3


# A function's or an operator's name with nothing after it (its argument comes next).
_ENDS_ON_AN_OPERATOR_NAME_RE = compile_lazily(
    r"\\(?:sin|cos|tan|sec|csc|cot|sinh|cosh|tanh|arcsin|arccos|arctan|ln|log|exp|int|iint|oint|sum|prod|lim|det"
    r"|max|min|gcd|lcm)(?:_\{?[^{}]{0,20}\}?)?(?:\^\{?[^{}]{0,20}\}?)?$"
)


def _is_numeric_head(head: str, *, allow_letters: bool = False) -> bool:
    """``head`` holds a digit, does not end in an operator and (unless ``allow_letters``) has no variable in it."""
    head = head.strip()
    if head.lstrip("-") == "\\pi":
        return True  # "\\pi radians"
    if not head or not any(char.isdigit() for char in head):
        return False
    if head[-1] in "+-*/=^_({[,:;<>|" or head.endswith(("\\cdot", "\\times", "\\div", "\\pm")):
        return False
    if _ENDS_ON_AN_OPERATOR_NAME_RE.search(head) is not None:
        return False  # "\\int_0^{\\pi}\\sin x\\,dx": the words after a function's name are its argument
    if head.count("{") != head.count("}"):
        return False
    if allow_letters:
        return True
    bare = _COMMAND_RE.sub("", _SCIENTIFIC_EXPONENT_RE.sub("0", head))
    return not any(char.isalpha() for char in bare)


def _drop_ordinal_suffixes(text: str) -> str:
    """``9^{th}`` / ``9th`` / ``21^{st}`` → the number (an ordinal names its number)."""
    if not any(pair in text for pair in ("st", "nd", "rd", "th")):
        return text
    return _ORDINAL_RE.sub("", text)


# Floor and ceiling called by name ("floor(n/2)", "\\text{ceil}(x)" once unwrapped; a bracket nested once inside).
_ROUNDING_CALL_RE = compile_lazily(r"(?<![A-Za-z\\])(floor|ceil(?:ing)?) ?\(((?:[^()]|\([^()]*\)){1,80})\)")


def _as_rounding_brackets(match: re.Match[str]) -> str:
    """``floor(n/2)`` (a match of ``_ROUNDING_CALL_RE``) as ``\\lfloor n/2\\rfloor``, ``ceil(x)`` as ``\\lceil x\\rceil``."""
    side = "floor" if match.group(1) == "floor" else "ceil"
    return f"\\l{side} {match.group(2)}\\r{side}"


def _as_binomial(match: re.Match[str]) -> str:
    """``n+1 \\choose 2`` (a match of ``_CHOOSE_RE``) as ``\\binom{n+1}{2}``."""
    top, bottom = (match.group(1) or match.group(2)).strip(), (match.group(3) or match.group(4)).strip()
    return f"\\binom{{{top}}}{{{bottom}}}"


_ASSIGNMENT_ITEM_RE = compile_lazily(r" ?([a-zA-Z]) ?= ?([^=,]+?) ?")


def _units_of_named_parts_stripped(text: str) -> str:
    """``T = 15\\text{ N}, a = 2.5 m/s^2`` → ``T=15,a=2.5``: each named part of a list without its unit, as one
    named value loses it (``T = 15 N`` is 15: after a name, the capital is newtons), where the last part (the end of
    the whole answer) would lose only its own; ``text`` when it is no list of named parts."""
    return _each_named_part(text, _letter_named_part)


def _units_of_word_named_parts_stripped(text: str) -> str:
    """``width 4 cm, length 9 cm`` → ``width=4,length=9``: each part named by a word (three letters or more) loses
    its unit (``quotient x^2-x-1, remainder 3`` → ``quotient=x^2-x-1,remainder=3``); ``text`` when it is no list of
    such parts."""
    return _each_named_part(text, _word_named_part)


def _each_named_part(text: str, read: Callable[[str], str | None]) -> str:
    """The top-level comma list ``text`` with each part as ``read`` writes it ("name=value"); ``text`` unless it is
    a list of two or more parts that ``read`` all reads."""
    written = split_top_level(text, ",")
    if written is None or len(written) < 2:
        return text
    parts = []
    for part in written:
        read_part = read(part)
        if read_part is None:
            return text
        parts.append(read_part)
    return ",".join(parts)


def _letter_named_part(part: str) -> str | None:
    named = _NAMED_PART_RE.fullmatch(part)
    if named is None:
        return None
    value = normalize_answer(part)
    return value if "=" in value else f"{named.group(1)}={value}"


def _word_named_part(part: str) -> str | None:
    named = _WORD_NAMED_PART_RE.fullmatch(part)
    if named is None or named.group(1).lower() in _CONNECTIVE_WORDS:
        return None
    said = named.group(2)
    if said[0].isalpha() and _WORD_IN_VALUE_RE.search(said) is not None:
        return None  # ("Likely a very small number": words, no expression of a variable)
    value = normalize_answer(said)
    return None if "=" in value or not value else f"{named.group(1)}={value}"


_NAMED_PART_RE = compile_lazily(r"[ \t]*([A-Za-z]|\\(?:ell|[a-z]{2,8}(?![a-z])))[ \t]*=[ \t]*([^=]+?)[ \t]*")


# (the value a number, a bracket, a macro or a variable's expression: "quotient x^2-x-1"; not a word, "is odd")
_WORD_NAMED_PART_RE = compile_lazily(
    r"[ \t]*([A-Za-z]{3,30})[ \t]*[:=]?[ \t]*((?:-?[\d(\[]|\\|[A-Za-z](?![A-Za-z]))[^,=:]*?)[ \t]*"
)
_WORD_IN_VALUE_RE = compile_lazily(r"(?<![\\A-Za-z])[A-Za-z]{2,}")
_CONNECTIVE_WORDS = frozenset(("and", "or", "but", "the", "then", "with", "plus", "minus", "times"))


def _assignment_blocks_as_tuples(text: str) -> str:
    """``x=3, y=4, x=4, y=3`` (the solutions of a system, "x = 3, y = 4 or x = 4, y = 3") → ``(3, 4), (4, 3)``: the
    same names given values again and again, in the same order, are one tuple of values each time; ``text`` when it is
    no such list."""
    items = [_ASSIGNMENT_ITEM_RE.fullmatch(item) for item in text.split(",")]
    if len(items) < 4 or any(item is None for item in items):
        return text
    names = [item.group(1) for item in items if item is not None]
    size = names.index(names[0], 1) if names[0] in names[1:] else 0
    if size < 2 or len(names) % size or len(set(names[:size])) != size:
        return text
    if any(names[i] != names[i % size] for i in range(len(names))):
        return text
    values = [item.group(2).strip() for item in items if item is not None]
    return ", ".join("(" + ", ".join(values[i : i + size]) + ")" for i in range(0, len(values), size))


def _connectors_to_commas(text: str) -> str:
    """``2 or 7``, ``2 and 7``, ``2, and 7``, ``2 \\quad 7``, ``2 \\vee 7`` → ``2, 7``: several answers form one list.

    "and" between two inequalities is their intersection, not a list: ``x>1 and x<3`` → ``1<x<3``.

    Example:
        >>> _connectors_to_commas("x>1 and x\\\\leq 3"), _connectors_to_commas("x<1 or x>3")
        ('1<x\\\\leq3', 'x<1, x>3')
    """
    if "=" in text and (" o " in text or " y " in text or " e " in text or " и " in text):
        # "x = 2 o x = 3", "x = 1 y x = 4": a one-letter "or" or "and" between two equations for one name
        pair = _ONE_LETTER_CONNECTOR_BETWEEN_EQUATIONS.fullmatch(text)
        text = text if pair is None else f"{pair.group(1)}, {pair.group(3)}"
    if (
        "or " not in text
        and "and " not in text
        and "quad" not in text
        and "\\vee" not in text
        and "\\lor" not in text
        and "∨" not in text
        and not _OTHER_CONNECTOR.search(text)
    ):
        return text
    pair = _THOUSANDS_PAIR_RE.fullmatch(text.strip())
    if pair is not None:
        first, second = pair.group(2).replace(",", ""), pair.group(4).replace(",", "")
        return f"{pair.group(1)}{first}, {pair.group(3)}{second}"
    if "and " in text and ("<" in text or ">" in text or "\\leq" in text or "\\geq" in text):
        text = _conjunction_of_inequalities(text)
    text = _CONNECTOR_RE.sub(_connector, text)
    return text.strip(" ,")


# What a \\quad beside it makes mere spacing: an operator or a relation that needs an operand on that side.
_BINDS_BEFORE = tuple("+-*/^=<>([{,")
_BINDS_AFTER = (*"+-*/^=<>)]}", "\\cdot", "\\times", "\\le", "\\ge", "\\ne")


# A minus glued to what it negates starts a new item after a \\quad ("5 \\quad -1", a negative root); a plus, glued or
# not, continues a sum ("n^{2} \\quad +1", "x^5 - x^4 \\quad + x^3": nobody lists "+1").
_SIGNED_ITEM_RE = compile_lazily(r"-(?=[\d.\\A-Za-z(])")


def _connector(match: re.Match[str]) -> str:
    """A comma for a connective between two answers; a space for a \\quad inside one expression ("x^5 - x^4 \\quad
    + x^3", "y \\quad = 2x + 3"), which only spaces it."""
    if "quad" in match.group() and not _WORD_RE.search(match.group().replace("quad", "")):
        before = match.string[: match.start()].rstrip()
        after = match.string[match.end() :].lstrip()
        if before.endswith(_BINDS_BEFORE) or (
            after.startswith(_BINDS_AFTER) and not _SIGNED_ITEM_RE.match(after)
        ):
            return " "
    return ", "


_AND_RE = compile_lazily(r",? and ")
_INEQUALITY_OPERATORS = ("\\leq", "\\geq", "<", ">")
# One side of a one-variable inequality: "x>1", "x \\leq -2", "1<x" (the value holds no further relation).
_VARIABLE_FIRST_RE = compile_lazily(r" ?([a-zA-Z]) ?(\\leq|\\geq|<|>) ?([^<>=,]{1,60}?) ?")
_VALUE_FIRST_RE = compile_lazily(r" ?([^<>=,]{1,60}?) ?(\\leq|\\geq|<|>) ?([a-zA-Z]) ?")


def _conjunction_of_inequalities(text: str) -> str:
    """``x>1 and x<3`` → ``1<x<3``; two inequalities joined by "and" that bound one variable from both sides.

    Any other "and" between inequalities (``x<1 and x>3``, two lower bounds) is kept as a conjunction
    (``\\wedge``): read as a list it would be a union, the opposite of what it says.
    """
    parts = _AND_RE.split(text)
    if len(parts) < 2 or " or " in text or "," in text:
        return text
    if not all(any(op in part for op in _INEQUALITY_OPERATORS) for part in parts):
        return text
    bounds: list[tuple[str, str, str, bool]] = []  # (variable, "lower"/"upper", value, strict)
    for part in parts:
        bound = _one_bound(part)
        if bound is None:
            return " \\wedge ".join(part.strip() for part in parts)
        bounds.append(bound)
    if (
        len(bounds) == 2
        and bounds[0][0] == bounds[1][0]
        and {bounds[0][1], bounds[1][1]} == {"lower", "upper"}
    ):
        lower, upper = (bounds[0], bounds[1]) if bounds[0][1] == "lower" else (bounds[1], bounds[0])
        left = "<" if lower[3] else "\\leq "  # (a space keeps "\\leq x" from reading as "\\leqx")
        right = "<" if upper[3] else "\\leq"
        return f"{lower[2]}{left}{lower[0]}{right}{upper[2]}"
    return " \\wedge ".join(part.strip() for part in parts)


def _one_bound(part: str) -> tuple[str, str, str, bool] | None:
    match = _VARIABLE_FIRST_RE.fullmatch(part)
    if match is not None and not _VALUE_FIRST_RE.fullmatch(part):
        variable, operator, value = match.groups()
        kind = "lower" if operator in (">", "\\geq") else "upper"
    else:
        match = _VALUE_FIRST_RE.fullmatch(part)
        if match is None:
            return None
        value, operator, variable = match.groups()
        kind = "upper" if operator in (">", "\\geq") else "lower"
    value = value.strip()
    if not value or any(char.isalpha() for char in _COMMAND_RE.sub("", value)):
        return (
            None  # a bound is a constant ("2", "-\\frac{1}{2}", "\\sqrt{3}", "\\pi"), never another variable
        )
    return variable, kind, value, operator in ("<", ">")


_SCIENTIFIC_NUMBER_RE = compile_lazily(
    r"-?\d+(?:\.\d+)?(?:[ \t]*(?:\\times|\\cdot|×|x)[ \t]*10\^(?:\{[ \t]*[-+]?\d+[ \t]*\}|[-+]?\d+)|[eE][-+]?\d+)"
)


# A value given a name: "p = 5", "[H^+] = 1.3 \\times 10^{-3}", "v_{0} = 12" (the value in group 1).
_NAMED_VALUE_RE = compile_lazily(
    r"[ \t]*(?:[A-Za-z](?:_\{?\w{1,4}\}?)?|\[[A-Za-z0-9^+\-{}\\ ]{1,20}\])[ \t]*=[ \t]*(-?[\d.][^=]*)"
)
_DECIMAL_OR_NAMED_VALUE_RE = compile_lazily(
    r"-?\d*\.\d+|(?:[ \t]*(?:[A-Za-z](?:_\{?\w{1,4}\}?)?|\[[A-Za-z0-9^+\-{}\\ ]{1,20}\])[ \t]*=[ \t]*)-?(?:\d[\d,]*)?\.?\d+"
)


def _named_value(text: str) -> str:
    """The value of ``text`` when it names one ("c = 0.5" -> "0.5"), else ``text``."""
    named = _NAMED_VALUE_RE.fullmatch(text) if "=" in text else None
    return text if named is None else named.group(1).strip()


# Capital SI symbols of one letter, read as units after a decimal or a named value (volts, amperes, coulombs, teslas,
# joules, newtons, watts, kelvins; M is mol/L and L the litre).
_CAPITAL_ONE_LETTER_UNITS = frozenset("JNWKAVCTML")


# A unit's symbol in brackets after the unit's name ("9 joules (J)", "3 newtons (N)"); the substance a quantity in
# moles, grams or litres is of ("2 moles of H2O", "18 grams of water"; a one-letter unit, "5.85 g of NaCl", is read with
# its words as before).
_SYMBOL_AFTER_UNIT_NAME_RE = compile_lazily(
    r"(?<=[a-z])[ \t]*\((?:J|N|W|V|A|C|K|Pa|Hz|mol|eV|s|m|kg|g|L|mL|kJ|kW|kPa|atm|Ω)\)[ \t]*\Z"
)
_COUNT_OF_A_NAME_RE = compile_lazily(
    r"\A(-?\d[\d,]*) (?:possible |such |different |distinct |valid )?(?:values|choices|integers|numbers|solutions|ways"
    r"|pairs|triples|possibilities) of \$?[a-zA-Z]\$?\Z"
)
_BRACED_E_EXPONENT_RE = compile_lazily(r"(\d[eE])\{ ?([-+]?\d{1,3}) ?\}")
_UNIT_GLUED_TO_E_NOTATION_RE = compile_lazily(r"(\d[eE][-+]?\d+)(?:M|N|J|W|V|A|K|C|Pa|s|m|g|L|mol)\Z")
_MOLES_OF_RE = compile_lazily(
    r"\A([ \t]*-?\d[\d,]*(?:\.\d+)?[ \t]*(?:moles?|mol|grams?|kg|liters?|litres?|mL))[ \t]+of[ \t]+"
    r"[A-Za-z][A-Za-z0-9₀-₉()+\-]{0,20}(?:[ \t]+[a-z]{2,12})?[ \t]*\Z"
)


# A formula in one-letter names (a power, a fraction, a sum: no word of its own) and the plural noun of what it counts
# after a space ("2^n-1 moves", "\\binom{n}{2} handshakes")
_COUNTED_AFTER_EXPRESSION_RE = compile_lazily(
    r"((?:[^A-Za-z \t]|\\[A-Za-z]+|(?<![A-Za-z])[A-Za-z](?![A-Za-z])|[ \t](?![ \t]*[a-z]{3,}s\Z))*"
    r"(?<![A-Za-z])[A-Za-z0-9})\]](?:\^\{?[A-Za-z0-9]\}?)?)[ \t]+([a-z]{3,}s)"
)
# (words that end a formula in "s" and count nothing: "n plus", "3 times")
_NOT_COUNTED_NOUNS = frozenset(
    ["plus", "minus", "times", "thus", "this", "less", "unless", "always", "whereas"]
)


def _strip_trailing_spaced_words(text: str) -> str:
    """``45 meals`` → ``45``, ``10 cm^2`` → ``10``, ``9 grade`` → 9: words after a number, separated by a space.

    Only when what is left is a number or a numeric expression without variables (``\\frac{500}{3}``,
    ``5\\sqrt{2}``): ``x cm`` and ``2 x`` keep their letters.
    """
    stripped = text.rstrip()
    if "." in stripped[-12:]:
        stripped = _UNIT_ABBREVIATION_DOT_RE.sub(r"\1", stripped)  # "34 sq. units", "12 cu. in."
    if not stripped or (
        not stripped[-1].isalpha() and not _is_mark(stripped[-1]) and not _UNIT_POWER_RE.search(stripped)
    ):
        return text
    candidate = stripped
    for _ in range(8):
        core = _UNIT_POWER_RE.sub("", candidate)
        j = len(core)
        # (a mark on a letter is part of its word: the tanwin of the Arabic "ريالًا", the vowel signs of the Thai
        # "ดอลลาร์" and the Bengali "ডলার")
        while j > 0 and (core[j - 1].isalpha() or core[j - 1] == "/" or _is_mark(core[j - 1])):
            j -= 1
        word = core[j:]
        if not word or j == 0 or core[j - 1] != " ":
            break
        power = candidate[len(core) :]
        if power and "-" not in power and "/" not in word and word.lower() not in _LENGTH_UNIT_WORDS:
            break  # a square or a cube of a length ("10 cm^2"), not "\frac12 mv^2" (m v², no millivolts squared)
        in_phrase = candidate is not stripped and word.lower() in _UNITS  # "kcal m^{-2} yr^{-1}"
        counted = (
            candidate is stripped and word.lower() == "times"
        )  # "5 times" ("5 times the radius" is no unit)
        # (after a number in scientific notation a single letter is a unit: "1.3 \times 10^{-3} M", "-1.6e-19 C")
        scientific = (
            len(word) == 1 and _SCIENTIFIC_NUMBER_RE.fullmatch(_named_value(core[:j].rstrip())) is not None
        )
        # ... or a capital SI symbol after a decimal or a named value: "0.50 M", "c = 0.5 M", "F = 12 N" (not "2 x",
        # nor "y = 2 x")
        symbol = (
            word in _CAPITAL_ONE_LETTER_UNITS
            and candidate is stripped
            and _DECIMAL_OR_NAMED_VALUE_RE.fullmatch(core[:j].rstrip()) is not None
        )
        # ("12 more eggs", "12 more": what a "how many more" question counts; not "3 or more")
        more = word.lower() in _HOW_MANY_MORE and _is_numeric_head(core[:j].rstrip())
        compound = "/" in word and _is_compound_unit(candidate[j:].strip())  # ("W/m^2", "m^3/s^2")
        if (
            not in_phrase
            and not counted
            and not scientific
            and not symbol
            and not more
            and not compound
            and not _is_unit_word(word)
        ):
            break
        candidate = core[:j].rstrip()
        if candidate.endswith("\\cdot") and (word.lower() in _UNITS or in_phrase):
            # a product of units: "kg·m/s" (read "kg\\cdot m/s")
            candidate = candidate.removesuffix("\\cdot").rstrip()
    if candidate is stripped:
        return _without_the_counted_noun(stripped) or text
    if _is_numeric_head(candidate):
        return candidate
    named = _NAMED_VALUE_RE.fullmatch(candidate)
    if named is not None and _is_numeric_head(named.group(1)):
        return candidate  # "p = 5 atm", "[H+] = 0.0013 M": the value named, without its unit
    unit = stripped[len(candidate) :].strip()
    if (
        unit.lower() in _UNITS
        and len(unit) > 1
        and unit.lower() not in _AMBIGUOUS_UNITS
        and _is_plain_head(candidate)
    ):
        return candidate  # "x cm" is the variable x in centimetres
    return _without_the_counted_noun(stripped) or text


def _without_the_counted_noun(text: str) -> str | None:
    """``2^n-1 moves`` → ``2^n-1``, ``n+1 ways`` → ``n+1``: what a formula counts, as ``45 meals`` is what a number
    does; None when ``text`` is no formula in one-letter names followed by one plural noun."""
    counted_after = _COUNTED_AFTER_EXPRESSION_RE.fullmatch(text)
    if counted_after is None or counted_after.group(2) in _NOT_COUNTED_NOUNS:
        return None
    return counted_after.group(1)


def is_unit_word(word: str, *, counted: bool = True) -> bool:
    """Whether ``word`` names a unit (``cm``, ``units``, ``km/h``, ``degrees``), not any word of prose: the reading
    of the words after a value in a sentence, where a counted noun is prose too. ``counted``: the few nouns of things
    counted that are taken off an answer like units ("5 apples") count as units.

    >>> is_unit_word("units"), is_unit_word("cm"), is_unit_word("fails"), is_unit_word("cm²")
    (True, True, False, True)
    >>> is_unit_word("apples"), is_unit_word("apples", counted=False)
    (True, False)
    """
    # ("25π cm²": a square or a cube of a unit, written in Unicode)
    word = word.strip(".,;*")
    lower = word.lower().rstrip("²³")
    if not counted and lower in _COUNTED_NOUNS:
        return False
    if lower in _EXTRA_UNIT_NAMES or all(piece in _UNITS for piece in lower.split("/")):
        return True
    return _is_compound_unit(word)


def _is_compound_unit(word: str) -> bool:
    """A unit built of units by products, quotients and powers: ``kg·m/s``, ``g/cm^3``, ``J·s``, ``W/m^2``,
    ``s^-1``. SI symbols of one or two letters (``J``, ``N``, ``Pa``) count only in such a compound, with their case:
    alone, "12 N" or "3 C" may be prose."""
    pieces = _UNIT_PRODUCT.split(word.replace("(", "").replace(")", "") if "(" in word else word)
    powered = False
    for piece in pieces:
        power = _UNIT_POWER.search(piece)
        if power is not None:
            piece, powered = piece[: power.start()], True
        if not piece or not (piece.lower() in _UNITS or piece in SI_SYMBOLS):
            return False
    return len(pieces) > 1 or powered


_UNIT_PRODUCT = compile_lazily(r"[/·⋅*]")
_UNIT_POWER = compile_lazily(r"(?:\^\{?[-−]?[1-4]\}?|[²³]|⁻?[¹²³⁴])\Z")
# SI symbols of one or two letters: units in a compound (see _is_compound_unit), or after a closed math span.
SI_SYMBOLS = frozenset(
    ["J", "N", "W", "K", "A", "V", "C", "T", "Pa", "Hz", "mol", "eV", "Wb", "Ω", "kJ", "kW"]
)


_EXTRA_UNIT_NAMES = frozenset(
    ["units", "unit", "square", "cubic", "sq", "degrees", "degree", "radians", "radian", "rad", "rads"]
)


def _is_unit_word(word: str) -> bool:
    """A unit (``km/h``), a counted thing (``meals``) or a joining word of a unit phrase (``of``, ``per``); not a
    word in Chinese, Japanese or Korean (``12 个以上`` is 12 or more: see ``_chinese_numbers`` for what is dropped)."""
    if not word.isascii() and CJK_RE.search(word) is not None:
        return False
    pieces = "".join(letter for letter in word.lower() if not _is_mark(letter)).split("/")
    if not all(piece.isalpha() for piece in pieces):
        return False
    if any(piece in _NOT_UNIT_WORDS for piece in pieces):
        return False
    if len(pieces) == 1 and len(word) == 1:
        return False  # "2 n" is 2n: a one-letter unit is read only from markup ("3\\text{ m}") or in "m/s"
    # (in the scripts of other languages a word of two letters may be the thing counted: the Thai "คน", people; not
    # in Greek, whose letters are names: "2 πr")
    return all(
        piece in _UNITS
        or piece in _UNIT_JOINERS
        or len(piece) >= 3
        or (
            len(piece) == 2
            and not piece.isascii()
            and not any("\u0370" <= letter <= "\u03ff" for letter in piece)
        )
        for piece in pieces
    )


_FOREIGN_WORDS_CHARS = 80  # characters of a whole answer read for a number in another language's words
_UNIT_JOINERS = frozenset(["of", "per", "in", "to", "on", "by"])


def _is_mark(character: str) -> bool:
    """A combining mark (a vowel sign, a virama, a tone mark): part of a word in the scripts that write with them
    (Arabic "ريالًا", Thai "ดอลลาร์", Bengali "ডলার", Telugu "డాలర్లు"), though no letter to ``str.isalpha``."""
    return not character.isascii() and unicodedata.category(character).startswith("M")


# "^2", "^{3}", "^{-1}" after a unit word ("kcal m^{-2} yr^{-1}").
_UNIT_POWER_RE = compile_lazily(r"(?<=[A-Za-z])(?:\^\{-?[1-4]\}|\^-?[1-4])$")


# Unit words that are also common math or English words: never stripped after a letter.
# ("mg" and "mv" are also the products of physics formulas: "\mu_k mg", "\frac12 mv".)
_AMBIGUOUS_UNITS = frozenset(
    ["in", "min", "sec", "deg", "sq", "mi", "s", "m", "g", "h", "l", "units", "unit", "mg", "mv"]
)


def _is_plain_head(head: str) -> bool:
    """A short math expression (a variable, ``2x``, ``\\frac{x}{2}``) that a unit may follow."""
    head = head.strip()
    return bool(head) and len(head) <= 40 and head[-1] not in "+-*/=^_({[,:;<>|" and "," not in head


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
    if text.startswith("{") and _matching_brace(text, 0) == len(text) - 1:
        # A whole answer in a bare TeX group: "{1,2}" is the set \{1,2\} as plain-text writers mean it (TeX would
        # print 1,2), "{5}" or "{x^2}" is just what it holds.
        inner = text[1:-1].strip()
        if THOUSANDS_NUMBER_RE.fullmatch(inner):
            return inner  # "{1,000}": a number with a thousands separator, not a set of two
        return "\\{" + inner + "\\}" if _find_top_level(inner, ",") != -1 else inner
    return text


# A number grouped in thousands by commas: "1,250", "-12,000.5".
THOUSANDS_NUMBER_RE = compile_lazily(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


_BOX_OPENING_RE = compile_lazily(r"\\(?:boxed|fbox) ?\{")


def _boxes_as_groups(text: str) -> str:
    """``text`` with each box that is an operand of a larger formula written as a bracketed group (``-\\boxed{10}``
    -> ``-(10)``, ``\\boxed{10}^2`` -> ``(10)^2``); other boxes are left to the steps after (a box that is the whole
    text is gone already, see ``_strip_outer``)."""
    at = 0
    for _ in range(8):
        opening = _BOX_OPENING_RE.search(text, at)
        if opening is None:
            break
        close = _matching_brace(text, opening.end() - 1)
        if close == -1:
            break
        before = text[: opening.start()].rstrip()
        after = text[close + 1 : close + 14].lstrip(" }").replace(" ", "")
        raised = after.startswith(("^", "_")) and not after.startswith(
            ("^\\circ", "^{\\circ", "^\\prime", "^{\\prime")
        )
        if before.endswith(_OPERAND_BEFORE) or raised or after.startswith(_OPERATOR_AFTER):
            text = text[: opening.start()] + "(" + text[opening.end() : close] + ")" + text[close + 1 :]
        at = opening.end()
    return text


# What a box right after is an operand of ("-\\boxed{10}", "\\frac{\\boxed{10}}{3}", "2\\cdot\\boxed{5}").
_OPERAND_BEFORE = ("-", "+", "*", "/", "\\cdot", "\\times", "\\frac{", "\\dfrac{", "\\sqrt{", "^{", "}{")
# ... or an operator after it ("\\boxed{450}\\times 2": the box a factor of the product)
_OPERATOR_AFTER = ("\\times", "\\cdot", "\\div", "*", "+", "-", "/")


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


# "\\operatorname{sin} x", "\\mathrm{log}": a function name spelled as text is that function.
_NAMED_FUNCTION_RE = compile_lazily(
    r"\\(?:operatorname|mathrm|text|rm) ?\{ ?(sin|cos|tan|cot|sec|csc|ln|log|exp|arcsin|arccos|arctan|sinh|cosh|"
    r"tanh|sech|csch|coth) ?\}"
)


_FONT_GROUP_RE = compile_lazily(r"\{ ?\\(?:bf|rm|it|sf|tt)(?![A-Za-z]) ?([^{}]{0,200})\}")


def _font_group_content(group: re.Match[str]) -> str:
    """A font switch's group as its content: set apart by spaces, or braced where it is a script's argument."""
    script = group.start() > 0 and group.string[group.start() - 1] in "_^"
    return f"{{{group.group(1)}}}" if script else f" {group.group(1)} "


# "(-\\infty,0)\\cup{1}": the set {1} with its braces' backslashes lost (braces alone only group in LaTeX).
_UNESCAPED_SET_RE = compile_lazily(r"\\cup ?\{([-\d., ]{1,60})\}")
_BLACKBOARD_LETTER_RE = compile_lazily(r"\\mathbb ?([A-Z])(?![A-Za-z])")
# "\\mathbb{R}\\setminus\\{2\\}": the reals but one point, written as the union every other stage reads.
_REALS_BUT_ONE_RE = compile_lazily(
    r"\\mathbb\{R\} ?(?:\\setminus|\\backslash|-) ?\\\{ ?"
    r"((?:[^{}\\,]|\\[a-z]+|\{[^{}]{0,10}\}){1,30}?(?: ?, ?(?:[^{}\\,]|\\[a-z]+|\{[^{}]{0,10}\}){1,30}?){0,5}) ?\\\}"
)


def _reals_but_one(match: re.Match[str]) -> str:
    """``\\mathbb{R}\\setminus\\{0\\}`` → ``(-\\infty,0)\\cup(0,\\infty)``; several points in order of value
    (as written when one is not a plain number).

    Example:
        >>> normalize_answer("\\\\mathbb{R} \\\\setminus \\\\{-1\\\\}")
        '(-\\\\infty,-1)\\\\cup(-1,\\\\infty)'
        >>> normalize_answer("\\\\mathbb{R}\\\\setminus\\\\{1,0\\\\}")
        '(-\\\\infty,0)\\\\cup(0,1)\\\\cup(1,\\\\infty)'
    """
    return "\\cup".join(real_line_without([point.strip() for point in match.group(1).split(",")]))


# "\\mathbb{R}\\setminus[-1,1]": the reals but an interval, the union of the two rays left (any brackets).
_REALS_BUT_AN_INTERVAL_RE = compile_lazily(
    r"\\mathbb\{R\} ?(?:\\setminus|\\backslash|-) ?(?:\\left)?([(\[]) ?([^(){}\[\],]{1,40}) ?, ?([^(){}\[\],]{1,40}) ?"
    r"(?:\\right)?([)\]])"
)


def _reals_but_an_interval(match: re.Match[str]) -> str:
    """``\\mathbb{R}\\setminus[-1,1]`` → ``(-\\infty,-1)\\cup(1,\\infty)``: each end the interval includes is
    open in the complement, each end it leaves out is closed; an infinite end leaves one ray.

    Example:
        >>> normalize_answer("\\\\mathbb{R}\\\\setminus(0,2]")
        '(-\\\\infty,0]\\\\cup(2,\\\\infty)'
    """
    opening, low, high, closing = (part.strip() for part in match.groups())
    rays = []
    if low not in ("-\\infty", "-\\inf"):
        rays.append(f"(-\\infty,{low}{')' if opening == '[' else ']'}")
    if high not in ("\\infty", "+\\infty", "\\inf"):
        rays.append(f"{'(' if closing == ']' else '['}{high},\\infty)")
    return "\\cup".join(rays) if rays else "\\emptyset"


# A range of one variable and the points it leaves out: "2<x<102, x\\neq12", "x\\geq2 and x\\ne 5".
_RANGE_BOTH_RE = compile_lazily(
    r" ?([^<>=,]{1,40}?) ?(<|\\leq?(?![a-z])) ?([a-zA-Z]) ?(<|\\leq?(?![a-z])) ?([^<>=,]{1,40}?) ?"
)
_RANGE_ONE_RE = compile_lazily(r" ?([a-zA-Z]) ?(<|>|\\[lg]eq?(?![a-z])) ?([^<>=,]{1,40}?) ?")
_LEFT_OUT_RE = compile_lazily(r" ?([a-zA-Z]) ?\\neq?(?![a-z]) ?([^<>=,\\]{1,20}?) ?")
_RANGE_JOINS_RE = compile_lazily(r",|;| and |\\text\{ ?and ?\}|\\wedge|\\land")


def _relation_but_points(text: str) -> str:
    """``2<x<102, x\\neq12`` → ``(2,12)\\cup(12,102)``, ``x\\geq2, x\\neq5`` → ``[2,5)\\cup(5,\\infty)``: a range of one
    variable and the points it leaves out, read as the interval without those points (``_interval_but_points``);
    anything else is left as written.

    Example:
        >>> normalize_answer("x \\\\ge 2,\\\\ x \\\\ne 5")
        '[2,5)\\\\cup(5,\\\\infty)'
    """
    parts = [part for part in _RANGE_JOINS_RE.split(text) if part.strip()]
    if len(parts) < 2:
        return text
    both, one = _RANGE_BOTH_RE.fullmatch(parts[0]), _RANGE_ONE_RE.fullmatch(parts[0])
    if both is not None:
        low, low_sign, variable, high_sign, high = both.groups()
        interval = (
            f"{'(' if low_sign == '<' else '['}{low.strip()},{high.strip()}{')' if high_sign == '<' else ']'}"
        )
    elif one is not None:
        variable, sign, end = one.groups()
        end = end.strip()
        if sign in (">", "\\geq", "\\ge"):
            interval = f"{'(' if sign == '>' else '['}{end},\\infty)"
        else:
            interval = f"(-\\infty,{end}{')' if sign == '<' else ']'})"
    else:
        return text
    points = []
    for part in parts[1:]:
        left_out = _LEFT_OUT_RE.fullmatch(part)
        if left_out is None or left_out.group(1) != variable:
            return text
        points.append(left_out.group(2).strip())
    written = f"{interval}\\setminus\\{{{','.join(points)}\\}}"
    cut = _INTERVAL_BUT_POINTS_RE.sub(_interval_but_points, written)
    return text if cut == written else cut


# "(0,36)\\setminus\\{9\\}": an interval but a few points, the union of the pieces left.
_INTERVAL_BUT_POINTS_RE = compile_lazily(
    r"(?:\\left)?([(\[]) ?([^(){}\[\],]{1,40}) ?, ?([^(){}\[\],]{1,40}) ?(?:\\right)?([)\]]) ?(?:\\setminus|\\backslash) ?"
    r"\\\{ ?([^{}\\]{1,60}) ?\\\}"
)
_INFINITE_ENDS = {"-\\infty": -1, "\\infty": 1, "+\\infty": 1}


def _interval_but_points(match: re.Match[str]) -> str:
    """``(0,36)\\setminus\\{9\\}`` → ``(0,9)\\cup(9,36)``: the points (plain numbers strictly inside, up to six) cut
    the interval, each open at a cut; anything else is left as written.

    Example:
        >>> normalize_answer("[0,10]\\\\setminus\\\\{5, 2\\\\}")
        '[0,2)\\\\cup(2,5)\\\\cup(5,10]'
    """
    opening, low, high, closing, listed = (part.strip() for part in match.groups())
    points = [point.strip() for point in listed.split(",")]
    values = [parse_number(point) for point in points]
    if len(points) > 6 or any(value is None or value.percent for value in values):
        return match.group(0)
    bounds = []
    for end in (low, high):
        number = parse_number(end)
        if number is None and end not in _INFINITE_ENDS:
            return match.group(0)
        bounds.append(number.value if number is not None else None)
    cuts = sorted({value.value for value in values if value is not None})
    below, above = bounds
    if any((below is not None and cut <= below) or (above is not None and cut >= above) for cut in cuts):
        return match.group(0)
    if (below is None and _INFINITE_ENDS[low] > 0) or (above is None and _INFINITE_ENDS[high] < 0):
        return match.group(0)
    written = {value.value: point for value, point in zip(values, points, strict=True) if value is not None}
    ends = [low, *(written[cut] for cut in cuts), high]
    pieces = [f"({left},{right})" for left, right in pairwise(ends)]
    pieces[0] = opening + pieces[0][1:]
    pieces[-1] = pieces[-1][:-1] + closing
    return "\\cup".join(pieces)


def _replace_commands(text: str) -> str:
    if "\\left." in text or "\\right." in text:
        text = text.replace("\\left.", "").replace("\\right.", "")  # invisible delimiters
    if "{\\" in text:
        text = _FONT_GROUP_RE.sub(
            _font_group_content, text
        )  # "{\\bf 10}" -> " 10 ", "T_{\\rm eff}" -> "T_{eff}"
    if "operatorname" in text or "mathrm" in text or "text" in text:
        text = _NAMED_FUNCTION_RE.sub(lambda match: "\\" + match.group(1) + " ", text)
    if "\\" in text:  # (the patterns below start with a backslash; most numbers have none)
        text = _COMMAND_RE.sub(_replaced_command, text)
    if ",\\!" in text:
        # "10,\!080": the negative thin space is how LaTeX typesets a thousands separator, so such a comma stays glued
        # to its digit group (a plain space after a comma, "5, 100", is a list and stays one).
        text = _TIGHT_THOUSANDS_RE.sub(",", text)
    if "..." in text or "…" in text or "cdots" in text:
        text = _LIST_ELLIPSIS_RE.sub(r",\\ldots", text)  # "1, 3, 5, ..." goes on like "1, 3, 5, \\ldots"
    if "\\," in text or "\\;" in text or "\\ " in text:
        # "v_0 \\cos\\theta \\, t": the space ends the function's argument, which the factor after it is no part of
        # (not "\\sin x \\, dx", an integral's differential)
        text = _SPACE_AFTER_A_BARE_ARGUMENT_RE.sub(r"\1 \\cdot ", text)
    if "\\" in text or "~" in text:
        for spacing in ("\\!", "\\,", "\\;", "\\:", "\\ ", "~"):
            text = text.replace(spacing, " ")
    return text


def _replaced_command(match: re.Match[str]) -> str:
    """A command as ``_replace_commands`` writes it: a spacing command dropped, an alias as its one spelling."""
    command = match.group(0)
    if command in _SPACING_COMMANDS:
        return ""
    if command == "\\degree":
        return "\\circ"
    return _COMMAND_ALIASES.get(command, command)


_SPACE_AFTER_A_BARE_ARGUMENT_RE = compile_lazily(
    r"(\\(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|ln|log|exp)[ \t]*(?:\\[A-Za-z]+|[A-Za-z0-9]))[ \t]*\\[,; ][ \t]*"
    # (not a unit after it: "\\ln 2\\ \\text{s}")
    r"(?=[A-Za-z]|\\(?!d(?:x|t|y|z|u|v|r|s|\\theta)\b|text|mathrm|rm\b|mbox|operatorname))"
    r"(?!d(?:x|t|y|z|u|v|r|s)\b)"
)


_LIST_ELLIPSIS_RE = compile_lazily(r", ?(?:\.\.\.|…|\\cdots(?![A-Za-z]))")
_TIGHT_THOUSANDS_RE = compile_lazily(r"(?<=\d),\\! ?(?=\d{3}(?!\d))")


def unwrap_text_commands(text: str, also: tuple[str, ...] = ()) -> str:
    """``\\text{ cm}`` → `` cm ``; applied left to right with brace matching (linear overall). ``also``: more
    commands unwrapped the same way (``("\\boxed",)`` where a box is read as the sentence it stands in)."""
    if "\\" not in text or (
        _WRAPPER_COMMAND_RE.search(text) is None and not any(command in text for command in also)
    ):
        return text  # (no wrapper: the scan below would copy the text as it is)
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == "\\":
            match = _COMMAND_RE.match(text, i)
            if match and (match.group(0) in _WRAPPER_COMMANDS or match.group(0) in also):
                j = match.end()
                while j < n and text[j] == " ":
                    j += 1
                if j < n and text[j] == "{":
                    end = _matching_brace(text, j)
                    if end != -1:
                        # Re-scan the content: wrappers nest (``\text{\textbf{5}}``).
                        content = unwrap_text_commands(text[j + 1 : end], also)
                        while out and out[-1] == " ":
                            out.pop()  # (at most one: runs of spaces are squeezed before this)
                        if out and out[-1] in ("_", "^"):
                            # A script's whole argument keeps its braces: "M_\text{sun}" is M_{sun}, not M_s·u·n.
                            out.append("{" + content.strip() + "}")
                        else:
                            out.append(" " + content + " ")
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


_TEMPERATURE_RE = compile_lazily(r"(\^\{\\circ ?\}|\^\\circ|\\circ|°) ?[CF](?![A-Za-z])")


# A trigonometric function of an angle in degrees: "\\cos 60^\\circ", "\\sin(30°)", "\\tan{45^{\\circ}}".
_TRIG_OF_DEGREES_RE = compile_lazily(
    r"\\(sin|cos|tan|sec|csc|cot) ?([({])? ?(\d{1,6}(?:\.\d{1,6})?) ?(?:\^ ?\{? ?\\circ ?\}?|°) ?(?(2)[)}])"
)  # (a closing bracket only when the argument opened one: "i \sin 45^\circ\right)" closes the sum)


def _drop_degrees_and_currency(text: str) -> str:
    if ("circ" in text or "°" in text) and _TRIG_OF_DEGREES_RE.search(text) is not None:
        # Inside a trigonometric function a degree is an angle unit, not decoration: 60° is \frac{60\pi}{180}.
        text = _TRIG_OF_DEGREES_RE.sub(r"\\\1(\\frac{\3\\pi}{180})", text)
    if "C" in text or "F" in text:
        text = _TEMPERATURE_RE.sub("", text)  # "10^\\circ C", "50°F": degrees Celsius / Fahrenheit
    if "\\circ" in text or "°" in text:  # (in every marker: most answers have none)
        for marker in ("^{\\circ}", "^\\circ", "^{\\circ }", "\\circ", "°"):
            text = text.replace(marker, "")
    if "prime" in text or "\u2032" in text or "\u2033" in text or "''" in text:
        # "0.5^{\\prime\\prime}": seconds of arc, dropped like a degree sign
        text = _MINUTES_OR_SECONDS_AFTER_NUMBER_RE.sub("", text)
    if "$" in text and _DOLLAR_CODE_RE.search(text) is not None:
        text = _DOLLAR_CODE_RE.sub("", text)  # "R$ 100,00", "US$ 12": the code of a dollar-signed currency
    text = text.replace("\\$", "").replace("$", "")
    if "₹" in text or "Rs" in text:
        # "₹1,20,000", "Rs. 12,34,567": rupees grouped as India groups them (lakhs and crores), one number
        text = _INDIAN_GROUPED_RE.sub(lambda found: found.group(1).replace(",", ""), text)
    if _CURRENCY_SYMBOL_RE.search(text) is not None:
        for symbol in _CURRENCY_SYMBOLS:  # "£45", "45 €": a currency, like the dollar sign
            text = text.replace(symbol, "")
    if _CURRENCY_WORD_BEFORE_NUMBER_RE.search(text) is not None:
        text = _CURRENCY_WORD_BEFORE_NUMBER_RE.sub("", text)  # "Rp 15.000", "Shilingi 1,200", "KSh 500"
    return text


# A currency written as letters before its number, where the languages of multilingual word problems write it:
# Indonesian and Malaysian "Rp", "RM", the East African shillings ("KSh", "TSh", "Shilingi"), the Turkish "TL" (the
# lira's sign is among _CURRENCY_SYMBOLS); at the answer's start or after a space, right before the digits.
# (with the rupee's abbreviations in the scripts of India: Hindi "रु. 500", Tamil "ரூ. 500", Telugu "రూ. 500")
CURRENCY_WORDS_BEFORE_NUMBER = (
    r"(?:Rp|RM|KSh|Ksh|TSh|Tsh|USh|[Ss]hilingi|[Dd]ola|TL|Rs|EGP|GH₵|Tk|रु|ரூ|రూ)\.?"
)
_CURRENCY_WORD_BEFORE_NUMBER_RE = compile_lazily(
    r"(?:\A|(?<=\s))" + CURRENCY_WORDS_BEFORE_NUMBER + r"[ \t]?(?=\d)"
)


# The marks of seconds and of minutes of arc (feet and inches share them), in LaTeX or Unicode.
_ARC_SECONDS_MARK = r"\^ ?\{ ?\\prime ?\\prime ?\}|\^ ?\\prime ?\\prime|\u2033|''"
_ARC_MINUTES_MARK = r"\^ ?\{ ?\\prime ?\}|\^ ?\\prime|\u2032"
# ... after the number that ends the answer.
_MINUTES_OR_SECONDS_AFTER_NUMBER_RE = compile_lazily(
    r"(?<=\d) ?(?:" + _ARC_SECONDS_MARK + "|" + _ARC_MINUTES_MARK + r")\Z"
)
# The letters before a dollar sign that name a currency ("R$" the real, "US$", "HK$"), at the answer's start or after a
# space, the sign right before a number (not "$R$", a variable in math).
DOLLAR_CURRENCY_CODES = "US|R|C|A|NZ|HK|NT|S"
_DOLLAR_CODE_RE = compile_lazily(r"(?:\A|(?<=\s))(?:" + DOLLAR_CURRENCY_CODES + r")(?=\\?\$[ \t]?\d)")
# Digits grouped as India groups them: thousands, then lakhs and crores by two ("1,20,000", "12,34,567").
INDIAN_GROUPED_DIGITS = r"[1-9]\d?(?:,\d\d)+,\d{3}"
_INDIAN_GROUPED_RE = compile_lazily(r"(?:₹|\bRs\.?)[ \t]?(" + INDIAN_GROUPED_DIGITS + r"(?:\.\d+)?)(?![\d,])")
_CURRENCY_SYMBOLS = (
    "\\textdollar",
    "\\pounds",
    "\\euro",
    "\\yen",
    "£",
    "€",
    "¥",
    "₹",
    "¢",
    "₺",
    "₽",
    "₩",
    "₫",
    "₱",
    "₦",
    "৳",
    "₪",
    "฿",
    "₴",
    "₵",
)
# The currency signs of one character, which stand before an amount as a dollar sign does ("is ₦28,000.").
CURRENCY_SIGNS = "".join(symbol for symbol in _CURRENCY_SYMBOLS if len(symbol) == 1 and symbol != "¢")
_CURRENCY_SYMBOL_RE = _holding_any(_CURRENCY_SYMBOLS)


# A part's label before its answer: "(a) 7, (b) 49", "a) 18 cm, b) 20.25", "(i) (2,-1); (ii) 3", "(c) 3". Lower-case
# letters and roman numerals label parts (capitals are choices: "(C) 12"); digits do only in a list of two or more
# ("(1) -4; (2) [-4, 5]", "1) 4, 2) 9"), since a lone "(1)" may be a value.
_PART_LABEL_RE = compile_lazily(
    r"(?:^|(?<=[,;]))[ \t]*(?:\((?:[a-h]|i{1,3}|iv|vi{0,3})\)|(?<![\w(])[a-h]\))[ \t]+(?=\S)"
)
_NUMBERED_PART_RE = compile_lazily(r"(?:^|(?<=[,;]))[ \t]*(?:\([1-9]\)|(?<![\w(])[1-9]\))[ \t]+(?=\S)")


def _bracket_depth(text: str) -> int:
    """How many brackets of any kind ``text`` leaves open."""
    return sum(text.count(opening) - text.count(closing) for opening, closing in ("()", "[]", "{}"))


# A part's label opening the text or after a space: "(a) 7 (b) 49", "(1) 4 (2) 9", "a) 4 b) 9".
_LABEL_IN_TURN_RE = compile_lazily(
    r"(?:^|(?<=\s))[ \t]*(?:\(([a-h]|[1-9]|i{1,3}|iv|vi{0,3})\)|(?<![\w(])([a-h]|[1-9])\))[ \t]+(?=\S)"
)
# The labels of a question's parts, in turn (here and in the reading of boxes that answer parts in turn).
PART_LABEL_SEQUENCES = ("abcdefgh", "123456789", ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii"))


def _labels_in_turn(text: str) -> list[re.Match[str]] | None:
    """The labels of parts answered in turn in ``text`` (``(a) 7 (b) 49``, ``(a) 4, (b) 10``): two or more, in turn
    from the first, the first opening the text, none inside a bracket (``(2) (3)`` and ``x (a) y`` are no parts)."""
    labels = list(_LABEL_IN_TURN_RE.finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return None
    names = [label.group(1) or label.group(2) for label in labels]
    if not any(list(sequence[: len(names)]) == names for sequence in PART_LABEL_SEQUENCES):
        return None
    last = depth = 0
    for label in labels:
        depth += _bracket_depth(text[last : label.start()])  # the labels' own brackets left out
        if depth != 0:
            return None  # a label inside a bracket is part of the value
        last = label.end()
    return labels


_AND_BEFORE_A_PART_RE = compile_lazily(r"(?<=\S)[ \t]*,?[ \t]+and[ \t]*\Z")


def _without_labels_in_turn(text: str) -> str:
    """``(a) 7 (b) 49`` → ``7, 49``, ``(a) 2 and (b) 3`` → ``2, 3``: parts labelled without separators (see
    ``_labels_in_turn``)."""
    labels = _labels_in_turn(text)
    if labels is None:
        return text
    pieces: list[str] = []
    last = 0
    for index, label in enumerate(labels):
        # (the "and" before the last part is the list's: "(a) 2 and (b) 3")
        between = _AND_BEFORE_A_PART_RE.sub("", text[last : label.start()])
        pieces.append(between.rstrip())
        pieces.append("" if index == 0 else " " if between.rstrip().endswith((",", ";")) else ", ")
        last = label.end()
    pieces.append(text[last:])
    return "".join(pieces)


def last_labelled_part(text: str) -> str | None:
    """The answer to the last of the parts that ``text`` answers in turn (``10`` of ``(a) 4, (b) 10``), None when it
    answers no parts.

    >>> last_labelled_part("(a) 4, (b) 10"), last_labelled_part("(a) 4 and (b) x = 10."), last_labelled_part("4, 10")
    ('10', 'x = 10', None)
    """
    labels = _labels_in_turn(text.strip())
    if labels is None:
        return None
    return text.strip()[labels[-1].end() :].strip().rstrip(".,;").strip() or None


def _without_part_labels(text: str) -> str:
    """``(a) 7, (b) 49`` → ``7, 49``; ``(1) -4; (2) [-4, 5]`` → ``-4, [-4, 5]``; ``(c) 3`` → ``3``; but the ``b)``
    of ``(a, b) = (1, -2)`` closes a bracket: a label stands outside every bracket."""

    def outside_brackets(label: re.Match[str]) -> str:
        # (a label's own ")" before it counts as closing nothing)
        return "" if _bracket_depth(text[: label.start()]) <= 0 else label.group()

    stripped = _PART_LABEL_RE.sub(outside_brackets, _without_labels_in_turn(text))
    numbered = [
        label
        for label in _NUMBERED_PART_RE.finditer(stripped)
        if _bracket_depth(stripped[: label.start()]) <= 0
    ]  # (the "2) " of "(1,2) \cup (3,4) \cup (5,6)" closes an interval)
    if len(numbered) >= 2:
        stripped = "".join(
            stripped[start:end]
            for start, end in zip(
                [0, *(label.end() for label in numbered)],
                [*(label.start() for label in numbered), len(stripped)],
                strict=True,
            )
        )
    if stripped == text:
        return text
    stripped = stripped.replace(";", ",").strip()
    if _top_level_items(stripped) > 1:
        # Parts answered in turn are ordered: "(a) 49 (b) 7" is (49, 7), which a gold "7, 49" is not (a bare list
        # equals a tuple in order; see structure)
        return f"({stripped})"
    return stripped


def _top_level_items(text: str) -> int:
    """How many comma-separated items ``text`` has outside brackets."""
    depth = items = 1
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 1:
            items += 1
    return items


# A whole number of a unit fraction written in words, ending the answer: "1 half", "3 halves", "4 tenths".
_FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
    "thousandths": 1000,
}  # fmt: skip
_FRACTION_WORD_RE = compile_lazily(r"(?<![\d.,])(\d{1,6})[ \t]+(" + "|".join(_FRACTION_WORDS) + r")[ \t.]*\Z")


def _fraction_in_words(match: re.Match[str]) -> str:
    return f"\\frac{{{match.group(1)}}}{{{_FRACTION_WORDS[match.group(2)]}}}"


# Quantities said with words or a scale letter (before "and" becomes a list's comma):
# "two and a half" 5/2, "one and one-third" 4/3, "12 and a half" 25/2;
_MIXED_NUMBER_WORDS_RE = compile_lazily(
    r"\b(\d{1,6}|[A-Za-z]+(?:-[a-z]+)?) and (an?|\d{1,3}|[a-z]+)[ -]("
    + "|".join(sorted(_FRACTION_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# ... "half a dozen" 6;
_HALF_A_DOZEN_RE = compile_lazily(r"\bhalf an? dozen\b", re.IGNORECASE)
# ... "a dozen and a half" 18, "two dozen and a half" 30, and "two and a half dozen" (a mixed number of dozens) 30;
_DOZENS_AND_A_HALF_RE = compile_lazily(r"\b(an?|[a-z]+|\d{1,4}) dozen and a half\b", re.IGNORECASE)
_MIXED_DOZENS_RE = compile_lazily(r"\\frac\{(\d{1,6})\}\{(2|3|4|6|12)\} ?dozen\b", re.IGNORECASE)
# ... "1.2k" 1200, "4.5K views", "\\$1.2M", "\\$3.2B" (only for money, a count or a decimal "1.2k": not "2k + 2",
# kelvins, molar);
_SCALE_LETTER_RE = compile_lazily(
    r"(\\?\$ ?)?(?<![\w.])(\d{1,12}(?:\.\d{1,9})?)(?:\\(?:text|mathrm) ?\{ ?)?([kKMB])(?: ?\})?(?![A-Za-z_^])"
    r"( ?[a-z]{2,})?"
)  # (the letter in a text wrapper too: "\\$12\\text{k}"; not a name with a subscript: "1.5 k_B T", "2.5 M_\\odot")
# ... "forty percent", "seventy-five per cent" 75%;
_PERCENT_IN_WORDS_RE = compile_lazily(
    r"\b([A-Za-z]+(?:[ -][a-z]+){0,4}) ?(?:per ?cent|percent|\\?%)", re.IGNORECASE
)
# ... a number in words and in digits side by side, "seven (7)", "12 (twelve)": the digits;
_WORDS_AND_DIGITS_RE = compile_lazily(
    r"\b([A-Za-z]+(?:[ -][a-z]+){0,4}) \((\d{1,9})\)|\b(\d{1,9}) \(([A-Za-z]+(?:[ -][a-z]+){0,4})\)"
)
# ... a whole answer that is a position, "the 3rd", "third place", "the fifth row": its number.
_POSITION_ANSWER_RE = compile_lazily(
    r"(?:the )?(\d{1,6}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)(?: (?:place|row|term|floor|chapter|position|day|step"
    r"|line|seat|page|prime|one|in line))?",
    re.IGNORECASE,
)


def _spelled_quantities(text: str) -> str:
    """``text`` with the quantities it says in words or with a scale letter written as numbers (see the patterns
    above); anything else as it was."""
    lowered = text.lower()
    if "dozen and a half" in lowered:
        text = _DOZENS_AND_A_HALF_RE.sub(_dozens_and_a_half, text)
    if " and " in lowered:
        text = _MIXED_NUMBER_WORDS_RE.sub(_mixed_number_in_words, text)
    if "dozen" in lowered:
        text = _HALF_A_DOZEN_RE.sub("6", text)  # (a dozen and N dozen are scaled numbers, read both ways)
        text = _MIXED_DOZENS_RE.sub(_mixed_dozens, text)
    if "k" in lowered or "M" in text or "B" in text:
        text = _SCALE_LETTER_RE.sub(_scaled_by_letter, text)
    if "cent" in lowered or "%" in text:
        text = _PERCENT_IN_WORDS_RE.sub(_percent_in_words, text)
    if "(" in text:
        text = _WORDS_AND_DIGITS_RE.sub(_digits_of_a_number_in_words, text)
    position = _POSITION_ANSWER_RE.fullmatch(text.strip(" ."))
    if position is not None:
        said = position.group(1).lower()
        value = int(said[:-2]) if said[:1].isdigit() else ordinal_word_value(said)
        if value is not None:
            return str(value)
    return text


def _mixed_number_in_words(match: re.Match[str]) -> str:
    whole = _whole_number(match.group(1).lower())
    numerator = 1 if match.group(2).lower() in ("a", "an") else _whole_number(match.group(2).lower())
    denominator = _FRACTION_WORDS[match.group(3).lower()]
    if whole is None or numerator is None or not 0 < numerator < denominator:
        return match.group(0)
    value = whole + Fraction(numerator, denominator)
    return f"\\frac{{{value.numerator}}}{{{value.denominator}}}"


def _dozens_and_a_half(match: re.Match[str]) -> str:
    said = match.group(1).lower()
    dozens = 1 if said in ("a", "an") else _whole_number(said)
    return match.group(0) if dozens is None else str(dozens * 12 + 6)


def _mixed_dozens(match: re.Match[str]) -> str:
    # (a mixed number of dozens, made by the mixed-number words above: "\\frac{5}{2} dozen" is 30)
    return str(Fraction(int(match.group(1)), int(match.group(2))) * 12)


def _scaled_by_letter(match: re.Match[str]) -> str:
    money, number, letter, noun = match.group(1) or "", match.group(2), match.group(3), match.group(4) or ""
    if not (money or (noun and letter in "kK") or ("." in number and letter == "k")):
        return match.group(0)  # "2k + 2", "300K", "0.5M": a product with k, kelvins, molar
    value = Fraction(number) * {"k": 10**3, "K": 10**3, "M": 10**6, "B": 10**9}[letter]
    written = str(value.numerator) if value.denominator == 1 else str(float(value))
    return f"{money}{written}{noun}"


def number_said_last(words: str) -> tuple[list[str], int] | None:
    """The words before the longest number that ``words`` end on, and its value (``"so forty-five"`` ->
    ``(["so"], 45)``); None when they end on no number in words."""
    pieces = re.split(r"[ -]+", words.strip())
    for start in range(len(pieces)):
        value = number_word_value(" ".join(pieces[start:]))
        if value is not None:
            return pieces[:start], value
    return None


def _percent_in_words(match: re.Match[str]) -> str:
    said = number_said_last(match.group(1))  # ("so forty percent" is "so 40%")
    return match.group(0) if said is None else " ".join([*said[0], f"{said[1]}\\%"])


def _digits_of_a_number_in_words(match: re.Match[str]) -> str:
    if match.group(1):  # "so seven (7)": the words before the number stay
        said = number_said_last(match.group(1))
        if said is not None and said[1] == int(match.group(2)):
            return " ".join([*said[0], match.group(2)])
    else:  # "12 (twelve)"
        said = number_said_last(match.group(4))
        if said is not None and said[1] == int(match.group(3)):
            return match.group(3)
    return match.group(0)


# What after a number makes it negative: "5 degrees below zero", "105 feet below sea level".
BELOW_ZERO_PATTERN = (
    r"[ \t]*(?:°[CF]?|degrees?(?:[ \t]+(?:Celsius|Fahrenheit|C|F))?|feet|ft|meters?|metres?|m)?[ \t]+below[ \t]+"
    r"(?:zero|sea[ \t]+level)\b"
)
_BELOW_ZERO_ANSWER_RE = compile_lazily(
    r"\A(\d+(?:\.\d+)?)"
    + BELOW_ZERO_PATTERN
    # ... and the same value with its sign after it in brackets: "7 degrees below zero (−7°C)"
    + r"(?:[ \t]*\([ \t]*[-\u2212]\1[ \t]*(?:°[ \t]*[CF]?|\^ ?\{? ?\\circ ?\}? ?[CF]?|degrees)?[ \t]*\))?[ \t.]*\Z"
)


def _canonical_percent(text: str) -> str:
    if "below" in text:
        below = _BELOW_ZERO_ANSWER_RE.match(text.strip())
        if below is not None:
            return "-" + below.group(1)  # "4 degrees below zero": the sign said in words
    if text.startswith(("%", "\\%")) and _PERCENT_SIGN_FIRST_RE.fullmatch(text.rstrip()) is not None:
        return text.lstrip("\\%").strip() + "\\%"  # "%20": the sign first, as Turkish writes a percentage
    stripped = text.rstrip()
    lowered = stripped.lower()
    for marker in ("\\%", "%", "percent", "per cent", " pct"):
        if lowered.endswith(marker) and len(stripped) > len(marker):
            return stripped[: len(stripped) - len(marker)].rstrip() + "\\%"
    return text


_PERCENT_SIGN_FIRST_RE = compile_lazily(r"\\?% ?\d+(?:[.,]\d+)?")
_INLINE_COEFFICIENT_RE = compile_lazily(
    r"(?<![\w.^_/{}\\)])(?<!\d )(\d{1,6})/(\d{1,6})(?=\\(?:pi|sqrt|cdot|times)(?![A-Za-z])| ?\\(?:pi|sqrt)| [A-Za-z(])"
)
# "2 1/2" (a whole number, a space, a proper fraction) is the mixed number two and a half, as word problems write it;
# squeezed to "21/2" it would read as ten and a half.
_PLAIN_MIXED_NUMBER_RE = compile_lazily(r"(?<![\d.,/])(\d+) +(\d+)/(\d+)(?![\d./])")


def _plain_mixed_number(match: re.Match[str]) -> str:
    numerator, denominator = int(match.group(2)), int(match.group(3))
    if not 0 < numerator < denominator:
        return match.group(0)
    return f"{match.group(1)}\\frac{{{numerator}}}{{{denominator}}}"


# What may dress a value without changing it: a count's "in all" / "in total" / "altogether", a remark in brackets
# after it, a currency code before it (or the lira's after it), a displayed equation's environment around it.
_UNIT_IN_BRACKETS_RE = compile_lazily(r"(?<=[\d}]) ?\(([A-Za-z]{2,20})\)\Z")
_VALUE_DRESS_RE = compile_lazily(
    r"(?<=[\d}]) (?:in all|in total|altogether|all together)\Z"
    r"| ?\((?:exactly|final answer|the answer|answer|approximately|approx\.?|rounded|in total|in all)\)\Z"
    r"|\A(?:USD|EUR|GBP) ?(?=\d)|(?<=\d) ?TL\Z"  # (the Turkish lira's sign after the amount: "1.250 TL")
    r"|\A ?\\begin ?\{(?:equation|displaymath)\*?\} ?|(?<!\\) ?\\end ?\{(?:equation|displaymath)\*?\} ?\Z"
)


def _squeeze_spaces(text: str) -> str:
    """Drop all whitespace except between a command name and a following letter (``\\pi r``); a plain mixed number
    (``2 1/2``) is written as LaTeX's (``2\\frac{1}{2}``)."""
    if " " not in text:
        return text
    if "/" in text:
        text = _PLAIN_MIXED_NUMBER_RE.sub(_plain_mixed_number, text)
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
            elif out and out[-1] == "," and j < n and text[j].isdigit():
                # "5, 100" is two answers (a hedge, a list); squeezed to "5,100" it would read as five thousand one
                # hundred. A space after the comma is kept, so a thousands separator is only ever written unspaced.
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


# Braced arguments nested deeper than this are copied as they are (a bound on the recursion, far above real answers).
_MAX_BRACE_NESTING = 30


def _brace_single_token_arguments(text: str, depth: int = 0) -> str:
    """``\\frac12`` → ``\\frac{1}{2}``, ``\\sqrt3`` → ``\\sqrt{3}`` (``\\sqrt13`` → ``\\sqrt{13}``),
    ``\\frac1{x}`` → ``\\frac{1}{x}``, also inside a braced argument (``\\frac{\\sqrt6}{2}`` →
    ``\\frac{\\sqrt{6}}{2}``) and as the argument of a power (``2^\\frac12`` → ``2^{\\frac{1}{2}}``)."""
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
            # A power or subscript whose argument is this command ("2^\\frac12", "e^\\sqrt{x}"): braced whole below,
            # since latex2sympy reads a bare command after ^ as a syntax error.
            script_start = len(out) if out and out[-1] in ("^", "_") else None
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
                        inside = text[i + 1 : end]
                        if depth < _MAX_BRACE_NESTING:
                            inside = _brace_single_token_arguments(inside, depth + 1)
                        out.append("{" + inside + "}")
                        i = end + 1
                    elif command == "\\sqrt" and text[i].isdigit():
                        # TeX reads "\\sqrt13" as \\sqrt{1}3, but no writer means 3 by it: the root of the digits.
                        end = i + 1
                        while end < n and text[end].isdigit():
                            end += 1
                        out.append("{" + text[i:end] + "}")
                        i = end
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
                else:  # every argument read
                    if script_start is not None:
                        out[script_start:] = ["{" + "".join(out[script_start:]) + "}"]
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


_UNIT_POWERS = ("^2", "^3", "^{2}", "^{3}", "^{-1}", "^{-2}", "^-1", "^-2")


def _strip_trailing_units(text: str) -> str:
    """``10 cm`` / ``10 cm^2`` / ``5 dollars`` / ``3 square feet`` → the number (only after a number)."""
    candidate = text
    # After space squeezing, units glue to the number (``10cm``): peel trailing letters word by word.
    for _ in range(6):
        core = candidate
        powered = core.endswith(_UNIT_POWERS)
        if powered:
            core = core[: core.rfind("^")]  # ("cm^2", and a unit per another: "m s^{-1}", "km h^{-1}")
        j = len(core)
        while j > 0 and (core[j - 1].isalpha() or core[j - 1] == "/"):
            j -= 1
        word = core[j:].lower()
        if not word:
            break
        if word == "pm" and _DECIMAL_AT_END_RE.search(core, 0, j) is not None:
            candidate = core[:j].rstrip()  # ("52.9 pm": picometres; a time of day has no decimals, "3:30 pm")
            continue
        if word not in _UNITS or len(word) == 1:
            # A glued one-letter "unit" may be the answer's variable ("3m"). Units glue together once spaces are gone ("squarefeet"): peel one known unit off the end.
            unit = next(
                (
                    word[-size:]
                    for size in _UNIT_LENGTHS_LONGEST_FIRST
                    if size <= len(word) and word[-size:] in _UNITS
                ),
                None,
            )
            if unit is None:
                break
            j = len(core) - len(unit)
        head = core[:j].rstrip()
        if not head or (powered and core[j:].lower() in _NO_POWER_UNITS):
            break  # ("0.7 M v^2": a mass times a squared speed, no power of a millivolt)
        candidate = head
    if candidate is not text and _NUMBER_PREFIX_RE.fullmatch(candidate.replace(",", "").replace("\\%", "")):
        return candidate
    return text


_DECIMAL_AT_END_RE = compile_lazily(r"\d\.\d+ ?\Z")
# Units no answer carries a power of: a letter and a power after a number are algebra ("M v^2").
_NO_POWER_UNITS = frozenset(["v", "mv", "kv"])
_ONE_TOKEN_SUBSCRIPT_RE = compile_lazily(r"_\{([A-Za-z0-9])\}")


# Units an answer may carry after its number, by canonical name: two answers whose units are both known and differ
# are different answers ("5 km" is not "5 m", "3 hours" is not "3 minutes", "5 cents" is not "\$5"), although each
# equals the bare number. Unit words not listed here ("45 meals", "5 apples") are never a conflict.
_UNIT_NAMES = {
    "m": ("m", "meter", "meters", "metre", "metres"),
    "cm": ("cm", "centimeter", "centimeters", "centimetre", "centimetres"),
    "mm": ("mm", "millimeter", "millimeters", "millimetre", "millimetres"),
    "km": ("km", "kilometer", "kilometers", "kilometre", "kilometres"),
    "in": ("in", "inch", "inches"),  # ("5 in": inches; "19 in all" has a word that is no unit)
    "ft": ("ft", "foot", "feet"),
    "yd": ("yd", "yard", "yards"),
    "mi": ("mi", "mile", "miles"),
    "g": ("g", "gram", "grams"),
    "kg": ("kg", "kilogram", "kilograms"),
    "mg": ("mg", "milligram", "milligrams"),
    "lb": ("lb", "lbs", "pound", "pounds"),
    "oz": ("oz", "ounce", "ounces"),
    "s": ("s", "sec", "secs", "second", "seconds"),
    "ms": ("ms", "millisecond", "milliseconds"),
    "us": ("µs", "microsecond", "microseconds"),  # (not "us": a word)
    "ns": ("ns", "nanosecond", "nanoseconds"),
    "min": ("min", "mins", "minute", "minutes"),
    "h": ("h", "hr", "hrs", "hour", "hours"),
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "year": ("year", "years", "yr", "yrs"),
    "l": ("l", "liter", "liters", "litre", "litres"),
    "ml": ("ml", "milliliter", "milliliters", "millilitre", "millilitres"),
    "gal": ("gallon", "gallons", "gal"),
    "dollar": ("dollar", "dollars", "usd"),
    "cent": ("cent", "cents", "¢"),
    "euro": ("euro", "euros"),
    "deg": ("deg", "degree", "degrees", "\\circ"),
    "rad": ("rad", "rads", "radian", "radians"),  # (12 radians is not 12 degrees)
    "rev": ("rev", "revs", "revolution", "revolutions"),  # (nor 5 rev/s 5 rad/s)
    # the units of science answers (read without case: "K" is kelvin, and "MHz" and "mHz" are one unit here)
    "K": ("k", "kelvin", "kelvins"),
    "degC": ("degc", "celsius"),  # "300 °C", "27^\\circ C" (see _DEGREES_CELSIUS_RE)
    "degF": ("degf", "fahrenheit"),
    "J": ("j", "joule", "joules"),
    "kJ": ("kj", "kilojoule", "kilojoules"),
    "mJ": ("mj", "millijoule", "millijoules"),
    "uJ": (
        "µj",
        "μj",
        "uj",
        "microjoule",
        "microjoules",
    ),  # (MJ, the megajoule, is read in its case: see _CASED_UNITS)
    "MJ": ("megajoule", "megajoules"),
    "GJ": ("gj", "gigajoule", "gigajoules"),
    "TJ": ("tj", "terajoule", "terajoules"),
    "W": ("w", "watt", "watts"),
    "kW": ("kw", "kilowatt", "kilowatts"),
    "MW": ("mw", "megawatt", "megawatts"),  # (mW, the milliwatt, is read in its case: see _CASED_UNITS)
    "mW": ("milliwatt", "milliwatts"),
    "GW": ("gw", "gigawatt", "gigawatts"),
    "TW": ("tw", "terawatt", "terawatts"),
    "N": ("n", "newton", "newtons"),
    "kN": ("kn",),
    "Hz": ("hz", "hertz"),
    "kHz": ("khz",),
    "MHz": ("mhz",),
    "GHz": ("ghz",),
    "THz": ("thz",),
    "eV": ("ev",),
    "keV": ("kev",),
    "MeV": ("mev",),
    "GeV": ("gev",),
    "TeV": ("tev",),
    "Pa": ("pa", "pascal", "pascals"),
    "kPa": ("kpa",),
    "hPa": ("hpa", "hectopascal", "hectopascals"),
    "MPa": ("mpa", "megapascal", "megapascals"),
    "GPa": ("gpa", "gigapascal", "gigapascals"),
    "V": ("v", "volt", "volts"),
    "kV": ("kv", "kilovolt", "kilovolts"),
    "mV": ("mv", "millivolt", "millivolts"),  # (and MV: without case, one unit here)
    "A": ("a", "amp", "amps", "ampere", "amperes"),
    "mA": ("ma", "milliamp", "milliamps", "milliampere", "milliamperes"),
    "uA": ("µa", "μa", "ua", "microamp", "microamps", "microampere", "microamperes"),
    "kA": ("ka", "kiloampere", "kiloamperes"),
    "erg": ("erg", "ergs"),
    "Wh": ("wh", "watt-hour", "watt-hours"),
    "kWh": ("kwh", "kilowatt-hour", "kilowatt-hours"),
    "gauss": ("gauss",),  # (the word only: a capital G is a gravitational constant as often)
    "T": ("t", "tesla", "teslas"),  # (a lower-case t, a tonne or a time, is refused by its case)
    "mT": ("mt", "millitesla", "milliteslas"),
    "uT": ("µt", "ut", "microtesla", "microteslas"),
    "ohm": ("ohm", "ohms"),  # (and "\\Omega", "Ω": see _value_and_unit_powers)
    # (a capital F after a number is a farad here; Fahrenheit has its degree sign, "°F", see _TEMPERATURE_RE)
    "F": ("f", "farad", "farads"),
    "pF": ("pf", "picofarad", "picofarads"),
    "nF": ("nf", "nanofarad", "nanofarads"),
    "uF": ("µf", "μf", "uf", "microfarad", "microfarads"),
    "kohm": ("kohm", "kohms", "kiloohm", "kiloohms", "kilohm", "kilohms"),
    "nm": ("nm", "nanometer", "nanometers"),
    "pm": ("pm", "picometer", "picometers"),
    "angstrom": ("angstrom", "angstroms"),  # (and "\\AA", "\\mathring{A}", "Å": see _value_and_unit_powers)
    "arcmin": ("arcmin", "arcminute", "arcminutes"),
    "arcsec": ("arcsec", "arcsecond", "arcseconds"),
    "um": ("µm", "um", "micrometer", "micrometers", "micron", "microns"),
    "mol": ("mol", "mole", "moles"),
    "mmol": ("mmol", "millimole", "millimoles"),
    "cal": ("cal", "calorie", "calories"),
    "kcal": ("kcal",),
    "atm": ("atm",),
    "mmHg": ("mmhg", "torr"),
    "AU": ("au",),
    "pc": ("pc", "parsec", "parsecs"),
    "kpc": ("kpc", "kiloparsec", "kiloparsecs"),
    "Mpc": ("mpc", "megaparsec", "megaparsecs"),  # (no one writes a milliparsec)
    "Gpc": ("gpc", "gigaparsec", "gigaparsecs"),
    "ly": ("ly",),
}
# The names of lengths, whose squares and cubes are units too ("10 cm^2", "3 ft^3").
_LENGTH_UNIT_WORDS = frozenset(
    [name for unit in ("m", "cm", "mm", "km", "in", "ft", "yd", "mi") for name in _UNIT_NAMES[unit]]
    + ["units", "unit", "square", "cubic"]
)
_UNIT_BY_WORD = {word: unit for unit, words in _UNIT_NAMES.items() for word in words}
# Units read in their case, before the names read without it: concentrations ("0.400 M" is molar; "m" a metre).
_CASED_UNITS = {"M": "M", "mM": "mM", "µM": "uM", "uM": "uM", "MJ": "MJ", "mW": "mW"}
_UNIT_BY_WORD.update({"mph": "mi/h", "kph": "km/h"})
_POWER_WORDS = {"square": "^2", "sq": "^2", "cubic": "^3", "cu": "^3"}
# A plain number (or a fraction of integers, or a number in scientific notation) and what follows it; a dollar sign
# before it is a unit too.
_UNIT_AFTER_NUMBER_RE = compile_lazily(
    r"(\\\$ ?)?(-?(?:\d+/\d+(?![\d.,])|10 ?\^ ?(?:\{ ?[-+]?\d+ ?\}|[-+]?\d+)"
    r"|(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?: ?(?:\\times|\\cdot|\*|x) ?10 ?\^ ?"
    r"(?:\{ ?[-+]?\d+ ?\}|\( ?[-+]?\d+ ?\)|[-+]?\d+)|[eE][-+]?\d+)?|\\[dt]?frac\{\d+\}\{\d+\})) ?(.*)"
)
_UNIT_ABBREVIATION_DOT_RE = compile_lazily(
    r"\b(sq|cu|ft|in|yd|mi|oz|lbs?|hrs?|mins?|secs?|gal|qt|pt|tbsp|tsp|cm|mm|km|kg|mg|ml)\."
)
_UNIT_MARKUP_RE = compile_lazily(r"\\(?:text|mathrm|mbox|textrm|operatorname) ?|\\[,;: !]|[{}~$]")
# (micro as "\mu m", "μm" or "µm"; brackets of a denominator)
_UNIT_TOKEN_RE = compile_lazily(r"\\circ|µ\s*[A-Za-z]+|[A-Za-z]+|\^ ?-?\d|/|\(|\)")
# ... and, in a unit after a number, also typed as quotes
_ARC_SECONDS_RE = compile_lazily(_ARC_SECONDS_MARK + r"|''|\"")
_ARC_MINUTES_RE = compile_lazily(_ARC_MINUTES_MARK + "|'")
_KILO_IN_TEXT_RE = compile_lazily(r"\\(?:text|mathrm) ?\{ ?k ?\}")
_NEWTONS_PER_COULOMB_RE = compile_lazily(r"(?<![A-Za-z])N ?/ ?C(?![A-Za-z])")
_LIGHT_YEARS_RE = compile_lazily(r"\b[Ll]ight[- ]?years?\b")
_OHM_RE = compile_lazily(r"\\Omega(?![A-Za-z])|Ω")
# Ohms after a number, with a kilo prefix or none (the capital omega: a lower-case one is a variable).
_OHMS_AFTER_NUMBER_RE = compile_lazily(
    r"(?<=\d)(?:[ ~]|\\[,;: !])*(\\(?:text|mathrm) ?\{ ?k ?\}|k)? ?(?:\\Omega(?![A-Za-z])|Ω)(?! ?[\w\\{(^])"
)


def _ohms_as_text(match: re.Match[str]) -> str:
    return "\\text{ kohm}" if match.group(1) else "\\text{ ohm}"


_DEGREES_KELVIN_RE = compile_lazily(r"(?:\^\s*\{?\s*\\circ\s*\}?|°)\s*(?=K\b)")
_DEGREES_CELSIUS_RE = compile_lazily(r"(?:\^\s*\{?\s*\\circ\s*\}?|°)\s*([CF])\b")
# ... and in words: "50 degrees C", "50 degrees Celsius", "32 deg. F"
_DEGREES_IN_WORDS_RE = compile_lazily(
    r"\b(?:degrees?|deg\.?)\s+(C|F|[Cc]elsius|[Ff]ahrenheit)\b", re.IGNORECASE
)
# One-letter units read only as capitals: in lower case they are variables ("2 n", "3k", "5 v", "2 a").
_LOWER_CASE_VARIABLES = frozenset("kjnwva")


def units_agree(unit: str, gold_unit: str) -> bool:
    """Whether an answer's unit answers for the gold's: the same unit, or a bare degree sign for a temperature
    (``50^\\circ`` for ``50^\\circ \\mathrm{C}``: the question named the scale).

    >>> units_agree("deg", "degC"), units_agree("degC", "degF"), units_agree("K", "degC")
    (True, False, False)
    """
    return unit == gold_unit or (unit == "deg" and gold_unit in ("degC", "degF"))


_ESTIMATE_MARK = compile_lazily(r"[ \t]*(?:\\sim|\\approx|≈|~)(?![a-zA-Z])[ \t]*")


def answer_unit(text: str) -> str | None:
    """The canonical unit of an answer written as a number and a known unit (``5\\text{ km}`` -> ``km``,
    ``36 \\text{ cm}^3`` -> ``cm^3``, ``\\$5`` -> ``dollar``, ``60 mph`` -> ``mi/h``), None when it has no unit or one
    not known here.

    Example:
        >>> answer_unit("5 square feet"), answer_unit("5 ft^2"), answer_unit("5"), answer_unit("5 apples")
        ('ft^2', 'ft^2', None, None)
    """
    split = value_and_unit(text)
    estimate = _ESTIMATE_MARK.match(text) if split is None else None
    if estimate is not None:
        split = value_and_unit(
            text[estimate.end() :]
        )  # ("\\sim 10^{4} \\text{ K}": an order of magnitude's unit)
    if split is None and "=" in text and "," not in text:
        # ("x = 5\\text{ cm}", "U = 50\\ \\text{mJ}": the unit of the value of the quantity named, a chain's last
        # side, "v = H0 * d = 7.0e3 km s^-1"; not of a list, "a = 2 m/s^2, T = 24 N", which names two quantities)
        stated = value_an_equation_states(text)
        split = None if stated is None else value_and_unit(stated)
    return None if split is None else split[1]


def value_an_equation_states(text: str) -> str | None:
    """The value of the quantity an answer written as an equation names (``U_{0} = 50 mJ`` -> ``50 mJ``), the last side
    of a chain that starts with the name (``E = 8.314 \\times 19250\\ J/mol = 160\\ J/mol`` -> ``160\\ J/mol``);
    None when it names no quantity (``x' = 5t`` is a rate, a relation's ``<=`` no equation).

    Example:
        >>> value_an_equation_states("t = 3.0 s"), value_an_equation_states("x = 2 + 3 = 5 cm")
        ('3.0 s', '5 cm')
    """
    sides = _EQUALS_OF_A_CHAIN.split(text.strip())
    if len(sides) < 2:
        return None
    named = NAMED_QUANTITY_RE.fullmatch(f"{sides[0]}={sides[-1]}")
    return None if named is None else named.group(1).strip()


# The "=" between the sides of a chain of equalities (not of "<=", ">=", "!=", "==").
_EQUALS_OF_A_CHAIN = compile_lazily(r"(?<![<>!=])=(?!=)")


# A quantity's name of up to three letters (a subscript allowed), "=", and its value: "x = 5 cm", "t = 3.0 s", "KE =
# 9 J", "U_{0} = 50 mJ" (the value in group 1).
# (a Greek change or letter too: "ΔS_fus = 0.0220 kJ/(mol K)", "\\Delta G = -237 kJ/mol", "λ = 500 nm")
NAMED_QUANTITY_RE = compile_lazily(
    r"(?:[A-Za-z]{1,3}|[\u0394\u2206δλνρσωμτ][A-Za-z]{0,2}|\\(?:Delta|delta|lambda|nu|rho|sigma|omega|mu|tau) ?[A-Za-z]{0,2}"
    # (a mean or a vector: "\\bar v = 90 km/h", "\\vec{F} = ...")
    r"|\\(?:bar|overline|vec|hat) ?(?:\{[A-Za-z]\}|[A-Za-z]))"
    # (a standard state's mark after the name: "\\Delta G^\\circ = ...", "ΔH° = ...")
    # (a subscript of a few characters, a fraction's too: "t_{1/2} = 1800 s", a half-life)
    # (or in Unicode subscripts: "T₂ = 300 °C")
    r"(?:_\{?\w{1,4}\}?|_\{\w{1,3}/\w{1,3}\}|[\u2080-\u2089\u2090-\u209c]{1,3})?"
    r"(?:\^\{?\\(?:circ|ominus|theta)\}?|°)?[ \t]*=[ \t]*([^=]+)"
)


@lru_cache(maxsize=16_384)
def value_and_unit(text: str) -> tuple[str, str] | None:
    """The number and the canonical unit of an answer written as a number and a known unit (``3 \\times 10^{8}\\,
    \\mathrm{m\\,s^{-1}}`` -> ``("3 \\times 10^{8}", "m/s")``), None when it has no unit or one not known here. The
    canonical unit lists the units of positive power, then ``/`` and those of negative power, each sorted by name
    (``m s^{-1}``, ``m/s`` and ``\\frac{m}{s}`` are one unit; a denominator runs to the end: ``J/mol K`` is
    ``J/(mol K)``).

    Example:
        >>> value_and_unit("5800K"), value_and_unit("2.5 \\\\frac{m}{s}"), value_and_unit("4.5e33 erg/s")
        (('5800', 'K'), ('2.5', 'm/s'), ('4.5e33', 'erg/s'))
    """
    read = _value_and_unit_powers(text)
    if read is None:
        return None
    value, powers, _ = read
    above = [f"{unit}^{power}" if power > 1 else unit for unit, power in sorted(powers.items()) if power > 0]
    below = [
        f"{unit}^{-power}" if power < -1 else unit for unit, power in sorted(powers.items()) if power < 0
    ]
    unit = "".join(above) + ("/" + "".join(below) if below else "")
    return None if len(unit) > 40 else (value, unit)


# A duration in two or three units, largest first: "2 hours and 30 minutes", "2\\text{ h } 30\\text{ min}", "1 min 15 s",
# "3 hours, 5 minutes and 10 seconds" (the markup read away first).
_DURATION_PART = r"(\d+(?:\.\d+)?) ?({})"
_DURATION_SEPARATOR = r" ?(?:,|,? and)? ?"
_DURATION_UNITS = (
    ("hours|hour|hrs|hr|h", 3600),
    ("minutes|minute|mins|min", 60),
    ("seconds|second|secs|sec|s", 1),
)
_DURATION_RE = compile_lazily(
    r" ?(?:"
    + _DURATION_PART.format(_DURATION_UNITS[0][0])
    + _DURATION_SEPARATOR
    + _DURATION_PART.format(_DURATION_UNITS[1][0])
    + r"(?:"
    + _DURATION_SEPARATOR
    + _DURATION_PART.format(_DURATION_UNITS[2][0])
    + r")?|"
    + _DURATION_PART.format(_DURATION_UNITS[1][0])
    + _DURATION_SEPARATOR
    + _DURATION_PART.format(_DURATION_UNITS[2][0])
    + r") ?\.?"
)
_DURATION_NAMES = ("hours", "minutes", "seconds")


def _duration_in_one_unit(text: str) -> str:
    """``text`` as one number in the smallest unit it names when it is a duration in several units (``2 hours and 30
    minutes`` -> ``150 minutes``), else ``text`` itself."""
    plain = _WHITESPACE_RUN_RE.sub(" ", _UNIT_MARKUP_RE.sub(" ", text)).strip()
    match = _DURATION_RE.fullmatch(plain)
    if match is None:
        return text
    groups = match.groups()
    # (groups 1-6: hours, minutes, [seconds]; groups 7-10: minutes, seconds)
    parts = (
        [(groups[0], 0), (groups[2], 1)] + ([(groups[4], 2)] if groups[4] else [])
        if groups[0]
        else [(groups[6], 1), (groups[8], 2)]
    )
    smallest = parts[-1][1]
    seconds = sum((Fraction(number) * _DURATION_UNITS[unit][1] for number, unit in parts), Fraction(0))
    total = seconds / _DURATION_UNITS[smallest][1]
    # (exact: every larger unit is a whole number of the smallest, so the total has a finite decimal)
    return f"{finite_decimal(total, 40)} {_DURATION_NAMES[smallest]}"


_TEN_TO_A_SUPERSCRIPT_RE = compile_lazily(r"10([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")


def _ten_to_the_power(match: re.Match[str]) -> str:
    return "10" + _SUPERSCRIPTS.rewrite(match.group(1))  # ("⁻¹⁹" is "^{-19}")


# The power of ten of a number in scientific notation, after its mantissa: "\\times 10^{-7}", "× 10⁻⁷", "\\cdot10^3",
# "·10^{11}" (the extractor, the unit-asked check and the problem checks read a unit only after it).
POWER_OF_TEN_PATTERN = r"(?:\\times|\\cdot|×|·|x)[ \t]*10[ \t]*(?:\^[ \t]*(?:\{[ \t]*[-−+]?\d+[ \t]*\}|[-−+]?\d+)|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
# A thin space that groups digits by thousands: "96\\,500".
_THIN_SPACE_IN_DIGITS_RE = compile_lazily(r"(?<=\d)\\,(?=\d{3}(?!\d))")


def _value_and_unit_powers(text: str) -> tuple[str, dict[str, int], tuple[tuple[str, str], ...]] | None:
    """The number of an answer written as a number and known units, and the power of each unit in it
    (``5 \\frac{m}{s^2}`` -> ``("5", {"m": 1, "s": -2})``), and each unit as written with its canonical name; see
    :func:`value_and_unit`."""
    if not isinstance(text, str) or len(text) > 200:
        return None
    text = text.strip().strip("$").strip()
    if text.startswith("\\(") and text.endswith("\\)"):
        text = text[2:-2].strip()
    if not text.isascii() and CJK_RE.search(text) is not None:
        text = _chinese_numbers(text)  # "5 厘米" is 5 cm
    if "×" in text:
        # "5.45 × 10⁻¹⁹ J": scientific notation typed in Unicode
        text = _TEN_TO_A_SUPERSCRIPT_RE.sub(_ten_to_the_power, text.replace("×", "\\times"))
    if "⁻" in text or "²" in text or "³" in text:
        # "0.0220 kJ mol⁻¹ K⁻¹", "0.0448 m³": a unit's powers in Unicode
        text = _SUPERSCRIPTS.rewrite(text)
    if "¢" in text:
        text = text.replace("¢", " cents")  # "54¢" is 54 cents
    if "{,}" in text:
        # ("18{,}000 m": a thousands comma braced so that TeX sets no space after it)
        text = text.replace("{,}", ",")
    if "\\," in text:
        text = _THIN_SPACE_IN_DIGITS_RE.sub("", text)  # ("96\\,500 J/mol": a thin space between digit groups)
    if "\\mathrm{" in text or "\\text{" in text or "\\textrm{" in text:
        text = _value_apart_from_its_unit(text)  # ("\\mathrm{36\\,m^2}")
    if ("h" in text or "min" in text) and any(char.isdigit() for char in text):
        text = _duration_in_one_unit(text)  # "2 hours and 30 minutes" is 150 minutes
    match = _UNIT_AFTER_NUMBER_RE.fullmatch(text.rstrip(". "))
    if match is None:
        return None
    value, tail = match.group(2).strip(), match.group(3)
    if tail.startswith(("\\frac", "\\dfrac", "\\tfrac")):
        quotient = _UNIT_QUOTIENT_RE.fullmatch(tail)
        if quotient is None:
            return None
        tail = f"{quotient.group(1)} / {quotient.group(2)}"  # "\frac{m}{s^2}": m per s^2
    if "Omega" in tail or "Ω" in tail:
        tail = _KILO_IN_TEXT_RE.sub("k", tail)  # "2\\text{ k}\\Omega": the prefix set apart in text
        tail = _OHM_RE.sub(
            "ohm", tail
        )  # "50\\,\\Omega", "5 kΩ": ohms (the capital only: \\omega is a variable)
    if "C" in tail:
        tail = _NEWTONS_PER_COULOMB_RE.sub("V/m", tail)  # an electric field: 1 N/C is 1 V/m (no coulomb here)
    if "AA" in tail or "Å" in tail or "\u212b" in tail or "mathring" in tail:
        tail = _ANGSTROM_RE.sub(" angstrom ", tail)  # "1.5 \\AA", "1.5 Å"
    if "ight" in tail:
        tail = _LIGHT_YEARS_RE.sub(" ly ", tail)  # "13.0 light-years"
    if "prime" in tail or "'" in tail or '"' in tail or "\u2032" in tail or "\u2033" in tail:
        # seconds and minutes of arc (the marks feet and inches share): "0.5^{\\prime\\prime}", "12′"
        tail = _ARC_MINUTES_RE.sub(" arcmin ", _ARC_SECONDS_RE.sub(" arcsec ", tail))
    tail = _UNIT_MARKUP_RE.sub(" ", tail).replace("\\cdot", " ").replace("·", " ").replace("\\mu", "µ")
    tail = _DEGREES_KELVIN_RE.sub("", tail.replace("μ", "µ")).strip()  # "300 °K": kelvin, in the old notation
    tail = _DEGREES_CELSIUS_RE.sub(r" deg\1 ", tail).strip()  # "27 °C" is no "27 K"
    tail = tail.replace("°", "\\circ").replace("\\degree", "\\circ")  # "30°" is 30^\circ
    if "deg" in tail or "Deg" in tail:
        tail = _DEGREES_IN_WORDS_RE.sub(lambda match: f" deg{match.group(1)[0].upper()} ", tail).strip()
    if tail.startswith("^") and "\\circ" in tail:
        tail = tail[1:]  # 30^\circ
    if "." in tail:
        # "34 sq. units", "12 cu. in.": an abbreviation's dot
        tail = _UNIT_ABBREVIATION_DOT_RE.sub(r"\1 ", tail)
    if _UNIT_TOKEN_RE.sub("", tail).strip():
        return None  # something that is no unit: "30^\\circ, 256", "5 m + 3"
    powers: dict[str, int] = {}
    written_units: list[tuple[str, str]] = []
    power_word = ""
    sign = 1
    last: str | None = None
    denominator_open = False  # a "/" with no unit after it yet
    for written in _UNIT_TOKEN_RE.findall(tail):
        token = written.replace(" ", "").lower()
        if written in _LOWER_CASE_VARIABLES:
            return None  # "2 n", "3k": a variable; the one-letter science units are capitals (N, K, J, W, V)
        if token in _POWER_WORDS and not power_word:
            power_word = _POWER_WORDS[token]
        elif token in ("/", "per"):
            if last is None or sign == -1:
                return None
            sign, last, denominator_open = -1, None, True
        elif token in "()":
            continue  # "J/(mol K)": the denominator runs to the end either way
        elif token.startswith("^"):
            if last is None:
                return None
            powers[last] += sign * (int(token[1:]) - 1)
            last = None
        elif written.replace(" ", "") in _CASED_UNITS or token in _UNIT_BY_WORD:
            # (a unit whose case tells it apart first: "M" is molar, "m" a metre)
            last = _CASED_UNITS.get(written.replace(" ", "")) or _UNIT_BY_WORD[token]
            written_units.append((written.replace(" ", ""), last))
            powers[last] = powers.get(last, 0) + sign * (int(power_word[1:]) if power_word else 1)
            power_word = ""
            denominator_open = False
        else:
            return None  # a word that is no known unit ("45 meals", "5 m long")
    if match.group(1):
        if powers:
            return None  # "\$5 per hour" and the like: not compared here
        return value, {"dollar": 1}, ()
    if not powers or power_word or denominator_open:
        return None
    if "Hz" in powers:
        powers["s"] = powers.get("s", 0) - powers.pop("Hz")  # a hertz is a reciprocal second
        powers = {unit: power for unit, power in powers.items() if power}
    return (value, powers, tuple(written_units)) if powers else None


# The size of each unit that converts exactly (or by definition) into others of its kind, in SI base units: (factor,
# base powers). Left out: units whose name here stands for two sizes (mV and MV are one name without case; "mJ"
# converts only as written in its case, see _written_in_its_case), temperatures on a scale with an offset, years and
# months of no fixed length, degrees (compared with radians by the cascade, only with their mark written: see the
# module docstring).
_LENGTH, _MASS, _TIME, _VOLUME = (("m", 1),), (("kg", 1),), (("s", 1),), (("m", 3),)
_ENERGY = (("kg", 1), ("m", 2), ("s", -2))
_POWER, _FORCE, _PRESSURE = (
    (("kg", 1), ("m", 2), ("s", -3)),
    (("kg", 1), ("m", 1), ("s", -2)),
    (("kg", 1), ("m", -1), ("s", -2)),
)
_SPEED, _FREQUENCY, _VOLTAGE, _RESISTANCE = (
    (("m", 1), ("s", -1)),
    (("s", -1),),
    (("A", -1), ("kg", 1), ("m", 2), ("s", -3)),
    (("A", -2), ("kg", 1), ("m", 2), ("s", -3)),
)
_MAGNETIC_FIELD = (("A", -1), ("kg", 1), ("s", -2))
_CAPACITANCE = (("A", 2), ("kg", -1), ("m", -2), ("s", 4))
_PARSEC = Fraction(30_856_775_814_913_673)  # metres
_UNIT_SIZES: dict[str, tuple[Fraction, tuple[tuple[str, int], ...]]] = {
    "m": (Fraction(1), _LENGTH),
    "cm": (Fraction(1, 100), _LENGTH),
    "mm": (Fraction(1, 1000), _LENGTH),
    "km": (Fraction(1000), _LENGTH),
    "um": (Fraction(1, 10**6), _LENGTH),
    "nm": (Fraction(1, 10**9), _LENGTH),
    "angstrom": (Fraction(1, 10**10), _LENGTH),
    "pm": (Fraction(1, 10**12), _LENGTH),
    "in": (Fraction("0.0254"), _LENGTH),
    "ft": (Fraction("0.3048"), _LENGTH),
    "yd": (Fraction("0.9144"), _LENGTH),
    "mi": (Fraction("1609.344"), _LENGTH),
    "AU": (Fraction(149_597_870_700), _LENGTH),
    "ly": (Fraction(9_460_730_472_580_800), _LENGTH),
    "kg": (Fraction(1), _MASS),
    "g": (Fraction(1, 1000), _MASS),
    "mg": (Fraction(1, 10**6), _MASS),
    "lb": (Fraction("0.45359237"), _MASS),
    "oz": (Fraction("0.028349523125"), _MASS),
    "s": (Fraction(1), _TIME),
    "ms": (Fraction(1, 1000), _TIME),
    "us": (Fraction(1, 10**6), _TIME),
    "ns": (Fraction(1, 10**9), _TIME),
    "min": (Fraction(60), _TIME),
    "h": (Fraction(3600), _TIME),
    "day": (Fraction(86_400), _TIME),
    "week": (Fraction(604_800), _TIME),
    # (the Julian year of 365.25 days, the astronomers' unit: "1.4e10 yr" is "4.4e17 s")
    "year": (Fraction(31_557_600), _TIME),
    "l": (Fraction(1, 1000), _VOLUME),
    "ml": (Fraction(1, 10**6), _VOLUME),
    "gal": (Fraction("0.003785411784"), _VOLUME),
    "mi/h": (Fraction("1609.344") / 3600, _SPEED),
    "km/h": (Fraction(1000, 3600), _SPEED),
    "J": (Fraction(1), _ENERGY),
    "kJ": (Fraction(1000), _ENERGY),
    "mJ": (Fraction(1, 1000), _ENERGY),
    "uJ": (Fraction(1, 10**6), _ENERGY),
    "MJ": (Fraction(10**6), _ENERGY),
    "GJ": (Fraction(10**9), _ENERGY),
    "TJ": (Fraction(10**12), _ENERGY),
    "cal": (Fraction("4.184"), _ENERGY),
    "kcal": (Fraction(4184), _ENERGY),
    "erg": (Fraction(1, 10**7), _ENERGY),
    "Wh": (Fraction(3600), _ENERGY),
    "kWh": (Fraction(3_600_000), _ENERGY),
    "eV": (Fraction("1.602176634e-19"), _ENERGY),
    "keV": (Fraction("1.602176634e-16"), _ENERGY),
    "MeV": (Fraction("1.602176634e-13"), _ENERGY),
    "GeV": (Fraction("1.602176634e-10"), _ENERGY),
    "TeV": (Fraction("1.602176634e-7"), _ENERGY),
    "W": (Fraction(1), _POWER),
    "kW": (Fraction(1000), _POWER),
    "MW": (Fraction(10**6), _POWER),
    "mW": (Fraction(1, 1000), _POWER),
    "GW": (Fraction(10**9), _POWER),
    "TW": (Fraction(10**12), _POWER),
    "N": (Fraction(1), _FORCE),
    "kN": (Fraction(1000), _FORCE),
    "Pa": (Fraction(1), _PRESSURE),
    "kPa": (Fraction(1000), _PRESSURE),
    "MPa": (Fraction(10**6), _PRESSURE),
    "GPa": (Fraction(10**9), _PRESSURE),
    "hPa": (Fraction(100), _PRESSURE),
    "atm": (Fraction(101_325), _PRESSURE),
    "mmHg": (Fraction(101_325, 760), _PRESSURE),
    # (a concentration in moles per litre: 1 M is 1000 mol/m^3)
    "M": (Fraction(1000), (("m", -3), ("mol", 1))),
    "mM": (Fraction(1), (("m", -3), ("mol", 1))),
    "uM": (Fraction(1, 1000), (("m", -3), ("mol", 1))),
    "kHz": (Fraction(1000), _FREQUENCY),
    "MHz": (Fraction(10**6), _FREQUENCY),
    "GHz": (Fraction(10**9), _FREQUENCY),
    "THz": (Fraction(10**12), _FREQUENCY),
    "T": (Fraction(1), _MAGNETIC_FIELD),
    "mT": (Fraction(1, 1000), _MAGNETIC_FIELD),
    "gauss": (Fraction(1, 10_000), _MAGNETIC_FIELD),
    "uT": (Fraction(1, 10**6), _MAGNETIC_FIELD),
    "V": (Fraction(1), _VOLTAGE),
    "kV": (Fraction(1000), _VOLTAGE),
    "mV": (Fraction(1, 1000), _VOLTAGE),
    "ohm": (Fraction(1), _RESISTANCE),
    "F": (Fraction(1), _CAPACITANCE),
    "pF": (Fraction(1, 10**12), _CAPACITANCE),
    "nF": (Fraction(1, 10**9), _CAPACITANCE),
    "uF": (Fraction(1, 10**6), _CAPACITANCE),
    "kohm": (Fraction(1000), _RESISTANCE),
    "A": (Fraction(1), (("A", 1),)),
    "mA": (Fraction(1, 1000), (("A", 1),)),
    "uA": (Fraction(1, 1_000_000), (("A", 1),)),
    "kA": (Fraction(1000), (("A", 1),)),
    "mol": (Fraction(1), (("mol", 1),)),
    "mmol": (Fraction(1, 1000), (("mol", 1),)),
    "K": (Fraction(1), (("K", 1),)),
    "dollar": (Fraction(1), (("dollar", 1),)),
    "cent": (Fraction(1, 100), (("dollar", 1),)),
    # (a parsec is 648000/π astronomical units, an irrational number of metres: here to 17 digits, finer than any
    # answer is written, so that "13.0 ly" is "4.0 pc" rounded)
    "pc": (_PARSEC, _LENGTH),
    # (an angle: a degree is π/180 radians, here to 25 digits, as the parsec is, so that "0.491 rad" is "28.1°"
    # rounded)
    "rad": (Fraction(1), (("rad", 1),)),
    "deg": (Fraction("0.0174532925199432957692369077"), (("rad", 1),)),
    "rev": (Fraction("6.283185307179586476925286767"), (("rad", 1),)),  # (2π radians, to 28 digits)
    "kpc": (_PARSEC * 10**3, _LENGTH),
    "Mpc": (_PARSEC * 10**6, _LENGTH),
    "Gpc": (_PARSEC * 10**9, _LENGTH),
}


def _written_in_its_case(written: str, unit: str) -> bool:
    """Whether a unit read without case (``value_and_unit``) was written as the unit it is read as: its symbol in its
    own case (``MeV``, ``mA``, ``mm``), a lower-case spelling of a lower-case unit (``hr``), or a word of three letters
    or more (``Hours``, ``Joules``); a capital ``Calorie`` is the food calorie, a kilocalorie, so no calorie is
    converted from one."""
    if (
        written == unit
        or written.replace("µ", "u") == unit  # ("µT": microtesla, named "uT" here)
        or (written in ("L", "mL") and unit in ("l", "ml"))
        or (written.islower() and unit.islower())
    ):
        return True  # (a lower-case spelling of a lower-case unit: "hr", "hrs", "sec", "kg")
    if unit == "cal" and written[:1].isupper():
        return False
    return len(written) >= 3 and written.lower() != unit.lower() and written[1:].islower()


@lru_cache(maxsize=16_384)
def value_in_base_units(text: str) -> tuple[str, Fraction, tuple[tuple[str, int], ...]] | None:
    """An answer written as a number and units that convert (``1.2 km``, ``36 km/h``, ``250 mA``): its number, the
    size of its unit in SI base units, and the base units' powers. Two answers with the same powers measure the same
    kind of quantity, and their numbers compare once each is multiplied by its size (``1.2 km`` is ``1200 m``). None
    for anything else.

    >>> value_in_base_units("1.2 km"), value_in_base_units("5 m/s")[1:], value_in_base_units("5 apples")
    (('1.2', Fraction(1000, 1), (('m', 1),)), (Fraction(1, 1), (('m', 1), ('s', -1))), None)
    """
    read = _value_and_unit_powers(text)
    if read is None:
        return None
    value, powers, written_units = read
    if not all(_written_in_its_case(written, unit) for written, unit in written_units):
        return None  # ("25 meV" read as MeV, "1 Mm" as mm, "5 MA" as mA: the names are read without case)
    size = Fraction(1)
    base: dict[str, int] = {}
    for unit, power in powers.items():
        known = _UNIT_SIZES.get(unit)
        if known is None:
            return None
        size *= known[0] ** power
        for name, exponent in known[1]:
            base[name] = base.get(name, 0) + exponent * power
    dimension = tuple(sorted((name, exponent) for name, exponent in base.items() if exponent))
    return value, size, dimension


_COUNT_IN_DOZENS = compile_lazily(r"(\d+(?:\.\d+)?)[ \t]+dozens?", re.IGNORECASE)
_COUNT_FIRST = compile_lazily(r"(\d+)[ \t]*([A-Za-z]*)")


def restates_quantity(first: str, second: str, more: str | None = None) -> bool | None:
    """Whether ``second`` (and ``more``, a second part of it: "2 hours" and "40 minutes") is the quantity ``first`` in
    another unit of its kind, to the precision each is written (``0.75 hours`` and ``45 minutes``, ``1.33 h`` and ``80
    min``, ``150 cm`` and ``1.5 m``, ``160 minutes`` and ``2 hours`` ``40 minutes``; not ``2 hours`` and ``121
    minutes``, nor ``5 km`` and ``5 m``): the same answer said twice, as in "0.75 hours (45 minutes)". None when they
    are not two units of one kind (no units, two kinds, one unit twice): no restatement at all.

    >>> restates_quantity("0.75 hours", "45 minutes"), restates_quantity("2 h", "121 min")
    (True, False)
    >>> restates_quantity("160 minutes", "2 hours", "40 minutes")
    True
    """
    dozens = _COUNT_IN_DOZENS.fullmatch(second.strip()) if more is None else None
    count = _COUNT_FIRST.fullmatch(first.strip()) if dozens is not None else None
    if dozens is not None and count is not None and "dozen" not in count.group(2).lower():
        # "48 eggs (i.e., 4 dozen)": a count restated in dozens
        return Fraction(count.group(1)) == 12 * Fraction(dozens.group(1))
    read, other = value_in_base_units(first), value_in_base_units(second)
    if read is None or other is None or read[2] != other[2] or (read[1] == other[1] and more is None):
        return None  # (no units, units of two kinds, or one unit twice; "2.5 hours" is "2 hours 30 minutes")
    parts = [(parse_number(other[0]), other[1])]
    if more is not None:
        extra = value_in_base_units(more)
        if extra is None or extra[2] != read[2]:
            return None
        parts.append((parse_number(extra[0]), extra[1]))
    first_value = parse_number(read[0])
    if first_value is None or any(number is None for number, _ in parts):
        return None
    written = [(first_value, read[1]), *parts]
    gap = abs(
        first_value.value * read[1] - sum(number.value * size for number, size in parts if number is not None)
    )
    # (a decimal is the value to within half its last digit, "1.33 h" is 80 min; an integer is exact, "2 h" no 121 min)
    slack = sum(
        (
            number.quantum / 2 * size
            for number, size in written
            if number is not None and number.quantum is not None and number.quantum < 1
        ),
        Fraction(0),
    )
    return gap <= slack


# A quotient of units after a number: "\frac{m}{s}", "\frac{\text{km}}{\text{h}}", "\frac{m}{s^2}".
_UNIT_QUOTIENT_RE = compile_lazily(
    r"\\[dt]?frac ?\{((?:[^{}]|\{[^{}]*\}){1,40})\} ?\{((?:[^{}]|\{[^{}]*\}){1,40})\}"
)


def answer_label(text: str) -> str | None:
    """The one-variable label that :func:`normalize_answer` strips (``x`` of ``x = 5``), None when there is none.

    Two answers that both name their variable and name different ones are different answers (``x = 2`` is not
    ``y = 2``), although each equals the bare ``2``.

    Example:
        >>> answer_label("$x = 5$"), answer_label("m_{1}=2"), answer_label("5"), answer_label("y=2x, x=1")
        ('x', 'm_1', None, None)
    """
    if not isinstance(text, str) or ("=" not in text and "\\in" not in text):
        return None
    text = _repaired(text)
    if len(text) > MAX_NORMALIZE_CHARS:
        return None
    kept = _normalize_to_fixed_point(text, True)
    match = _VARIABLE_PREFIX_RE.match(kept)
    if match is None or _strip_variable_prefix(kept) == kept:
        return None
    label = match.group(0)
    label = label[:-1] if label.endswith("=") else label[: -len("\\in")]
    # "P^* = 10" answers "P = 10": the mark of an optimum
    label = _STAR_MARK_RE.sub("", label.replace(" ", ""))
    return _ONE_TOKEN_SUBSCRIPT_RE.sub(r"_\1", label)  # X_{d} and X_d name one thing


# A subscript that says which extreme a quantity takes: "m_{\max}", "v_{\text{max}}", "T_{min}".
_EXTREME_SUBSCRIPT_RE = compile_lazily(r"_\{?(?:\\(?:max|min)|\\(?:text|mathrm)\{(?:max|min)\}|max|min)\}?\Z")


def labels_agree(label: str, other: str) -> bool:
    """Whether two labels from :func:`answer_label` name one quantity: equal, or one is the other with the extreme it
    takes written as a subscript (``m = 5`` for ``m_{\\max} = 5``; ``m_{\\min}`` is not ``m_{\\max}``).

    >>> labels_agree("m", "m_{\\\\max}"), labels_agree("m_{\\\\min}", "m_{\\\\max}"), labels_agree("n", "m_{\\\\max}")
    (True, False, False)
    """
    if label == other:
        return True
    bare, other_bare = _EXTREME_SUBSCRIPT_RE.sub("", label), _EXTREME_SUBSCRIPT_RE.sub("", other)
    return bare == other_bare and (bare == label) != (other_bare == other)


def _strip_variable_prefix(text: str) -> str:
    """``x=5`` → ``5``; ``y=2x+1`` → ``2x+1``; ``x\\in(1,2]`` → ``(1,2]``. Only one relation, one-letter LHS."""
    if "=" not in text and "\\in" not in text and "\\mapsto" not in text and "notin" not in text:
        return text
    outside = _OUTSIDE_AN_INTERVAL_RE.fullmatch(text) if "\\notin" in text else None
    if outside is not None:
        # "x\\notin[-1,4]": the reals outside it, "(-\\infty,-1)\\cup(4,\\infty)" (an end it holds is left out)
        opening, low, high, closing = outside.groups()
        left = "(-\\infty," + low + (")" if opening == "[" else "]")
        right = ("(" if closing == "]" else "[") + high + ",\\infty)"
        return left + "\\cup" + right
    if "\\mapsto" in text:
        text = _FUNCTION_NAME_BEFORE_MAPSTO.sub("", text, count=1)  # "f:x\\mapsto 2x+1" is "x\\mapsto 2x+1"
    members = _TUPLE_MEMBERSHIP_RE.match(text) if text.startswith("(") else None
    if members is not None and "=" not in text and _RELATION_SIGN_RE.search(text) is None:
        # "(x,y)\\in\\{(4,3),(3,4)\\}": the pairs the unknowns take, a set of them (plain braces are one too)
        rest = text[members.end() :]
        return "\\{" + rest[1:-1] + "\\}" if rest.startswith("{") and rest.endswith("}") else rest
    match = _VARIABLE_PREFIX_RE.match(text) or (
        _FUNCTION_VALUE_MEMBERSHIP_RE.match(text) if "(" in text[:8] else None
    )
    if match is None:
        return text
    rest = text[match.end() :]
    if not rest or "=" in rest or _RELATION_SIGN_RE.search(rest) is not None:
        return text
    if match.group(0).startswith("\\") and match.group(0).split("=")[0] in ("\\pi", "\\infty"):
        return text
    return rest
