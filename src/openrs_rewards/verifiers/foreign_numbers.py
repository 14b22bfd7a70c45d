"""Whole numbers written in words in the other languages answers come in: Spanish, Portuguese, Italian, French,
German, Dutch, Russian and Swahili (``doce`` 12, ``soixante-dix`` 70, ``zweiundzwanzig`` 22, ``двадцать пять`` 25).

:func:`foreign_number_value` reads a phrase that is one number and nothing else, from 0 to 999,999, the way people
say them: tens then units (joined by a space, a hyphen or the language's "and": ``treinta y dos``, ``vinte e dois``,
``vingt et un``, ``zweiundzwanzig`` and ``vijfentwintig`` with the units first), hundreds before them and ``mil``/``mille``/``tausend``/
``тысяча`` as a scale. A word that is also an article (``un``, ``una``, ``ein``, ``um``) counts only alone or after
tens, hundreds or thousands (``vingt et un``, ``ciento uno``), and a
phrase in which two values follow each other without a scale between them (``dos tres``) is no number (None).
English number words are :func:`~openrs_rewards.verifiers.normalize.number_word_value`'s.

Example:
    >>> foreign_number_value("doce"), foreign_number_value("soixante-dix"), foreign_number_value("zweiundzwanzig")
    (12, 70, 22)
    >>> foreign_number_value("двадцать пять"), foreign_number_value("dos tres") is None
    (25, True)
"""

from __future__ import annotations

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "SCALE_WORDS",
    "foreign_fraction_in_sentence",
    "foreign_number_in_sentence",
    "foreign_number_then_words",
    "foreign_number_value",
]

# Each word's value, by kind: units and teens (below 20), tens, hundreds; the scale words multiply what comes before.
_BELOW_TWENTY = {
    # Spanish
    "cero": 0, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28,
    "veintinueve": 29,
    # Portuguese
    "zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "onze": 11, "doze": 12, "treze": 13, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
    "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
    # Italian
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "dieci": 10, "undici": 11,
    "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19,
    # French
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "douze": 12, "treize": 13, "seize": 16, "dix_sept": 17, "dix_huit": 18, "dix_neuf": 19,
    # German
    "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    # Russian
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6,
    "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18,
    "девятнадцать": 19,
    # Swahili (its ten, "kumi", is a ten: "kumi na mbili" is 12)
    "moja": 1, "mbili": 2, "tatu": 3, "nne": 4, "tano": 5, "sita": 6, "saba": 7, "nane": 8, "tisa": 9,
    # Dutch
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twaalf": 12,
    "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
    # Indonesian and Malay (teens, tens and hundreds of two words, "delapan belas" 18, "dua puluh" 20, "tiga ratus"
    # 300, are read as one word: see _INDONESIAN_COMPOUND)
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "sebelas": 11,
}  # fmt: skip
_INDONESIAN_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                     "sembilan": 9}  # fmt: skip
_BELOW_TWENTY |= {f"{unit}_belas": 10 + value for unit, value in _INDONESIAN_UNITS.items() if value > 1}
_BELOW_TWENTY["lima"] = 5
_TENS = {
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
    "noventa": 90,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "oitenta": 80,
    "venti": 20, "trenta": 30, "quaranta": 40, "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
    "achtzig": 80, "neunzig": 90,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
    "восемьдесят": 80, "девяносто": 90,
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80,
    "negentig": 90,
    "kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60, "sabini": 70, "themanini": 80,
    "tisini": 90,
}  # fmt: skip
_TENS |= {f"{unit}_puluh": 10 * value for unit, value in _INDONESIAN_UNITS.items() if value > 1}
_HUNDREDS = {
    "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "cuatrocientos": 400,
    "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900,
    "cem": 100, "cento": 100, "duzentos": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500,
    "seiscentos": 600, "setecentos": 700, "oitocentos": 800, "novecentos": 900,
    "hundert": 100, "einhundert": 100, "honderd": 100,
    "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900,
    "seratus": 100,
}  # fmt: skip
_HUNDREDS |= {f"{unit}_ratus": 100 * value for unit, value in _INDONESIAN_UNITS.items() if value > 1}
_THOUSANDS = frozenset(
    ["mil", "mille", "mila", "tausend", "duizend", "тысяча", "тысячи", "тысяч", "ribu", "seribu"]
)
# Words for a thousand, a million and a billion after digits, in the languages of multilingual word problems ("25
# nghìn đồng", "1,5 triệu", "Rp 2 juta", "25 mil pesos", "25 тысяч рублей"); only those of a thousand above are read
# within a number in words too ("dos mil").
SCALE_WORDS = dict.fromkeys(_THOUSANDS, 10**3) | {
    "nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9,  # Vietnamese
    "ribu": 10**3, "juta": 10**6, "miliar": 10**9,  # Indonesian
    "millones": 10**6, "millón": 10**6, "milhões": 10**6, "milhão": 10**6,  # Spanish, Portuguese
    "millionen": 10**6, "million": 10**6, "millions": 10**6,  # German, French
    "लाख": 10**5, "करोड़": 10**7,  # Hindi
}  # fmt: skip
# The words that join tens and units ("treinta y dos", "vinte e dois", "vingt et un") and are no value.
_JOINERS = frozenset(["y", "e", "et", "und", "na"])
# Words that are articles as often as numbers: a number only when the phrase is that word alone.
_ARTICLES = frozenset(["un", "une", "una", "uno", "um", "uma", "ein", "eine", "een"])
_ITALIAN_TENS_GLUED = ("venti", "vent", "trenta", "trent", "quaranta", "quarant", "cinquanta", "cinquant", "sessanta",
                       "sessant", "settanta", "settant", "ottanta", "ottant", "novanta", "novant")  # fmt: skip
_MAX_WORDS = 12


def foreign_number_value(phrase: str) -> int | None:
    """The value of ``phrase`` when it is one whole number in words of one of this module's languages, else None."""
    words = _words(phrase.lower().strip())
    if not words or len(words) > _MAX_WORDS:
        return None
    total = 0
    group = 0
    last = ""  # the kind of the last value word: "unit", "ten", "hundred", "scale"
    for word in words:
        if word in _JOINERS:
            if last not in ("ten", "hundred"):
                return None
            continue
        if word in _THOUSANDS:
            if last == "scale":
                return None
            total += (group or 1) * 1000
            group, last = 0, "scale"
            continue
        if word in _ARTICLES and len(words) > 1 and last not in ("ten", "hundred", "scale"):
            return None  # ("una manzana" is no number; "vingt et un", "ventuno" are)
        value, kind = _value_of(word)
        if word in _WITHIN_A_NUMBER_ONLY and len(words) > 1:
            value, kind = (
                _WITHIN_A_NUMBER_ONLY[word],
                "unit",
            )  # ("ciento once", "once mil"; "once" alone is English)
        if value is None:
            return None
        if kind == "hundred":
            if last in ("unit", "ten", "hundred"):
                return None
        elif kind == "ten":
            if last in ("unit", "ten") or (last == "hundred" and group % 100):
                return None
        elif last == "unit" or (
            last == "ten" and (group % 10 or (value >= 10 and group % 100 not in (60, 80)))
        ):
            return None  # ("dos tres", "veinte doce": two values, no number; French says 72 "soixante-douze")
        group += value
        last = kind
    return total + group if last else None


def _words(phrase: str) -> list[str]:
    """The words of a number phrase, French two-word tens and German and Italian glued compounds taken apart."""
    # (French tens of two words: "soixante-dix" 70, "quatre-vingts" 80, "quatre-vingt-dix" 90)
    phrase = phrase.replace("soixante-dix", "soixante_dix").replace("quatre-vingt-dix", "quatre_vingt_dix")
    phrase = phrase.replace("quatre-vingts", "quatre_vingt").replace("quatre-vingt", "quatre_vingt")
    # ... and the teens of two words: "dix-sept" 17 (not the end of "quatre-vingt-dix-sept", 90 + 7)
    phrase = _FRENCH_TEEN.sub(r"dix_\1", phrase)
    if "belas" in phrase or "puluh" in phrase or "ratus" in phrase:
        phrase = _INDONESIAN_COMPOUND.sub(r"\1_\2", phrase)  # ("delapan belas" 18, "dua puluh" 20)
    words: list[str] = []
    for word in phrase.replace("-", " ").split():
        if "und" in word and word not in _BELOW_TWENTY and word not in _TENS:
            # German units before tens: "zweiundzwanzig" is 2 + 20
            unit, _, ten = word.partition("und")
            if unit in _BELOW_TWENTY and ten in _TENS:
                words += [ten, unit]
                continue
        glued = _italian_compound(word) or _dutch_compound(word)
        words += glued if glued is not None else [word]
    return words


_INDONESIAN_COMPOUND = compile_lazily(r"\b(" + "|".join(_INDONESIAN_UNITS) + r")[ -](belas|puluh|ratus)\b")
_DUTCH_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
_DUTCH_UNITS = frozenset(["een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"])


def _dutch_compound(word: str) -> list[str] | None:
    """A Dutch number glued from units, "en" and tens, units first ("vijfentwintig" 25, "tweeëntwintig" 22), else
    None."""
    for tens in _DUTCH_TENS:
        head = word.removesuffix(tens)
        if head != word and head.endswith(("en", "ën")) and head[:-2].replace("ë", "e") in _DUTCH_UNITS:
            return [tens, head[:-2]]
    return None


def _italian_compound(word: str) -> list[str] | None:
    """An Italian number glued from tens and units ("ventidue" 22, "trentatré" 33, "ventuno" 21), else None."""
    if word in _BELOW_TWENTY or word in _TENS:
        return None
    for tens in _ITALIAN_TENS_GLUED:
        if word.startswith(tens) and len(word) > len(tens):
            unit = word[len(tens) :].replace("tré", "tre")
            full = tens if tens.endswith(("i", "a")) else tens + ("i" if tens == "vent" else "a")
            if full in _TENS and unit in (
                "uno",
                "due",
                "tre",
                "quattro",
                "cinque",
                "sei",
                "sette",
                "otto",
                "nove",
            ):
                return [full, unit]
    return None


def _value_of(word: str) -> tuple[int | None, str]:
    """One word's value and its kind ("unit" below 20, "ten", "hundred"); (None, "") for no number word."""
    if word in _BELOW_TWENTY:
        return _BELOW_TWENTY[word], "unit"
    if word in _TENS:
        return _TENS[word], "ten"
    if word in _HUNDREDS:
        return _HUNDREDS[word], "hundred"
    french = _FRENCH_TENS.get(word)
    if french is not None:
        return french, "ten"
    return None, ""


# French teens of two words, where no tens of two words end on the "dix" ("quatre_vingt_dix-sept" is 97).
_FRENCH_TEEN = compile_lazily(r"(?<![\w_])dix[- ](sept|huit|neuf)\b")
# French tens of two words, as _words writes them.
_FRENCH_TENS = {"soixante_dix": 70, "quatre_vingt": 80, "quatre_vingt_dix": 90}


# Spanish "once" (11) is English "once": read only after another number word of its phrase ("ciento once").
_WITHIN_A_NUMBER_ONLY = {"once": 11}
# Number words that are English words too ("due to symmetry", "Sept."): a number only as the whole phrase. (Spanish
# "once", 11, and German "null", 0, are left out of the tables for the same reason: "once", "null set".)
_ENGLISH_TOO = frozenset(["due", "sept", "elf", "dos", "sei"])


def foreign_number_then_words(phrase: str, most: int = 3) -> int | None:
    """The value of a number in words of this module's languages that opens ``phrase``, followed by at most ``most``
    words of what it counts ("doce equipos" 12, "soixante-dix œufs" 70, "двенадцать мальчиков" 12); None when
    the phrase opens with no such number or goes on longer."""
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS + most:
        return None
    whole = foreign_number_value(phrase)
    if whole is not None:
        return whole
    for cut in range(len(words) - 1, max(0, len(words) - most - 1), -1):
        head, rest = words[:cut], words[cut:]
        if not all(word.isalpha() for word in rest) or head[0].lower() in _ENGLISH_TOO:
            continue
        if _FRACTION_WORD.match(rest[0].lower()) is not None:
            return None  # ("tres cuartos", "trois quarts", "drei Viertel": a fraction, not a count)
        value = foreign_number_value(" ".join(head))
        if value is not None:
            return value
    return None


# The denominators of fractions in words ("cuartos", "tercio", "quarts", "tiers", "cinquièmes", "Viertel", "Drittel",
# "octavos", "четверти", "пятых"), and halves.
_FRACTION_WORD = compile_lazily(
    r"(?:medi|terci|cuart|quint|sext|séptim|septim|octav|noven|décim|decim|mei[oa]|terç|quart|mezz|terz|demi|tiers"
    r"|\w+ième|\w+tel\b|\w+avos?\b|halb|половин|трет|четверт|\w+ых\b)"
)


# Number words that alone in a sentence are another word: the Italian "sei" (you are).
_NOT_ALONE = frozenset(["sei"])
# A word of a sentence (letters and the hyphens of "quarante-deux").
_SENTENCE_WORD = compile_lazily(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def foreign_number_in_sentence(sentence: str) -> int | None:
    """The one number a sentence says in words of this module's languages ("quedan treinta y tres manzanas", "il lui
    reste quarante-deux crayons", "у Пети осталось двадцать пять марок"): the longest runs of number words read as
    numbers; None unless exactly one run is a number (an article alone, "una canasta", is none; two numbers give no
    one answer)."""
    if "belas" in sentence or "puluh" in sentence or "ratus" in sentence:
        sentence = _INDONESIAN_COMPOUND.sub(r"\1-\2", sentence)  # (one word each: "delapan belas")
    words = [(word.group(), word.group().lower()) for word in _SENTENCE_WORD.finditer(sentence)]
    runs: list[tuple[list[str], str]] = []  # (the run's words, the word after it)
    current: list[str] = []
    for _, lower in [*words, ("", "")]:
        pieces = _words(lower)
        if pieces and all(
            piece in _JOINERS or piece in _THOUSANDS or _value_of(piece)[0] is not None for piece in pieces
        ):
            current.append(lower)
            continue
        if current:
            runs.append((current, lower))
        current = []
    values = []
    for run, after in runs:
        while run and run[-1] in _JOINERS:
            run = run[
                :-1
            ]  # ("treinta y tres y": the "and" after a number joins the sentence, not the number)
        while run and run[0] in _JOINERS:
            run = run[1:]
        if not run or (len(run) == 1 and run[0] in _ARTICLES | _NOT_ALONE):
            continue  # ("una canasta", "tu sei")
        if _FRACTION_WORD.match(after) is not None:
            return None  # ("zwei Drittel", "trois quarts": a fraction, no count)
        value = foreign_number_value(" ".join(run))
        if value is None:
            return None  # (number words that make no one number: "dos tres")
        values.append(value)
    return values[0] if len(values) == 1 else None


# The denominators of the fractions said in words, by the word (singular and plural), in the module's languages.
_DENOMINATORS = {
    "halb": 2, "halbe": 2, "hälfte": 2, "drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "achtel": 8,
    "zehntel": 10,
    "demi": 2, "demie": 2, "moitié": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5,
    "sixième": 6, "sixièmes": 6, "huitième": 8, "huitièmes": 8, "dixième": 10, "dixièmes": 10,
    "medio": 2, "media": 2, "mitad": 2, "tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "quinto": 5,
    "quintos": 5, "sexto": 6, "sextos": 6, "octavo": 8, "octavos": 8, "décimo": 10, "décimos": 10,
    "mezzo": 2, "terzo": 3, "terzi": 3, "quarti": 4, "quinti": 5, "sesto": 6, "sesti": 6, "ottavo": 8, "ottavi": 8,
    "meio": 2, "metade": 2, "terço": 3, "terços": 3, "quartos": 4,
}  # fmt: skip
# (each word with the next: pairs that overlap, "noch ein Viertel" holds "ein Viertel")
_FRACTION_IN_WORDS = compile_lazily(r"(?<![\w-])([^\W\d_]+)(?=[ \t]+([^\W\d_]+)(?![\w-]))")


def foreign_fraction_in_sentence(sentence: str) -> str | None:
    """The one fraction a sentence says in words of this module's languages ("ein Viertel der Pizza", "un tiers de
    ses billes", "tre quarti della torta"), as ``\\frac{n}{d}``; None unless exactly one is said."""
    found = set()
    for pair in _FRACTION_IN_WORDS.finditer(sentence):
        denominator = _DENOMINATORS.get(pair.group(2).lower())
        if denominator is None:
            continue
        numerator = foreign_number_value(pair.group(1).lower())
        if numerator is None and pair.group(1).lower() in _ARTICLES:
            numerator = 1  # ("ein Viertel", "un tiers", "un quarto": one of them)
        if numerator is not None and 0 < numerator < denominator:
            found.add((numerator, denominator))
    if len(found) != 1:
        return None
    numerator, denominator = found.pop()
    return f"\\frac{{{numerator}}}{{{denominator}}}"
