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

import re

from openrs_rewards.verifiers.patterns import compile_lazily

__all__ = [
    "SCALE_WORDS",
    "foreign_fraction_in_sentence",
    "foreign_number_in_sentence",
    "foreign_number_then_words",
    "foreign_number_value",
    "thai_number_value",
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
    # Turkish (its ten, "on", is a ten and an English word: "on sekiz" 18; see _ENGLISH_TOO)
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    # Polish
    "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
    "dziewięć": 9, "dziesięć": 10, "jedenaście": 11, "dwanaście": 12, "trzynaście": 13, "czternaście": 14,
    "piętnaście": 15, "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19,
    # Czech ("jeden", "jedna" as in Polish)
    "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5, "šest": 6, "sedm": 7, "osm": 8, "devět": 9, "deset": 10,
    "jedenáct": 11, "dvanáct": 12, "třináct": 13, "čtrnáct": 14, "patnáct": 15, "šestnáct": 16, "sedmnáct": 17,
    "osmnáct": 18, "devatenáct": 19,
    # Ukrainian (words without an apostrophe: "п'ять" is two words to a sentence's reader)
    "чотири": 4, "шість": 6, "сім": 7, "вісім": 8, "одинадцять": 11, "дванадцять": 12, "тринадцять": 13,
    "чотирнадцять": 14, "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18,
    # Vietnamese ("mốt" 1, "tư" 4 and "lăm" 5 are the units after a ten: "hai mươi lăm" 25; the tens and hundreds of
    # two words, "hai mươi" 20, "ba trăm" 300, are read as one word: see _VIETNAMESE_COMPOUND)
    "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mốt": 1, "tư": 4,
    "lăm": 5,
    # Arabic (units before tens, joined by a prefixed "and": "اثنان وأربعون" 42; teens of two words, "اثنا عشر" 12,
    # read as one: see _ARABIC_TEEN)
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
    "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10,
    # Persian
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10, "یازده": 11,
    "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15, "شانزده": 16, "هفده": 17, "هجده": 18, "هیجده": 18,
    "نوزده": 19,
    # Hebrew (tens before units, the units joined by a prefixed "and": "ארבעים ושניים" 42)
    "אחד": 1, "אחת": 1, "שניים": 2, "שתיים": 2, "שלוש": 3, "שלושה": 3, "ארבע": 4, "ארבעה": 4, "חמש": 5,
    "חמישה": 5, "שש": 6, "שישה": 6, "שבע": 7, "שבעה": 7, "שמונה": 8, "תשע": 9, "תשעה": 9, "עשר": 10, "עשרה": 10,
}  # fmt: skip
# Hindi says each number to a hundred by a word of its own ("बयालीस" 42, "पचास" 50), in this order from one.
_HINDI_TO_A_HUNDRED = [
    "एक",
    "दो",
    "तीन",
    "चार",
    "पाँच",
    "छह",
    "सात",
    "आठ",
    "नौ",
    "दस",
    "ग्यारह",
    "बारह",
    "तेरह",
    "चौदह",
    "पंद्रह",
    "सोलह",
    "सत्रह",
    "अठारह",
    "उन्नीस",
    "बीस",
    "इक्कीस",
    "बाईस",
    "तेईस",
    "चौबीस",
    "पच्चीस",
    "छब्बीस",
    "सत्ताईस",
    "अट्ठाईस",
    "उनतीस",
    "तीस",
    "इकतीस",
    "बत्तीस",
    "तैंतीस",
    "चौंतीस",
    "पैंतीस",
    "छत्तीस",
    "सैंतीस",
    "अड़तीस",
    "उनतालीस",
    "चालीस",
    "इकतालीस",
    "बयालीस",
    "तैंतालीस",
    "चवालीस",
    "पैंतालीस",
    "छियालीस",
    "सैंतालीस",
    "अड़तालीस",
    "उनचास",
    "पचास",
    "इक्यावन",
    "बावन",
    "तिरेपन",
    "चौवन",
    "पचपन",
    "छप्पन",
    "सत्तावन",
    "अट्ठावन",
    "उनसठ",
    "साठ",
    "इकसठ",
    "बासठ",
    "तिरसठ",
    "चौंसठ",
    "पैंसठ",
    "छियासठ",
    "सड़सठ",
    "अड़सठ",
    "उनहत्तर",
    "सत्तर",
    "इकहत्तर",
    "बहत्तर",
    "तिहत्तर",
    "चौहत्तर",
    "पचहत्तर",
    "छिहत्तर",
    "सतहत्तर",
    "अठहत्तर",
    "उन्यासी",
    "अस्सी",
    "इक्यासी",
    "बयासी",
    "तिरासी",
    "चौरासी",
    "पचासी",
    "छियासी",
    "सत्तासी",
    "अट्ठासी",
    "नवासी",
    "नब्बे",
    "इक्यानबे",
    "बानबे",
    "तिरानबे",
    "चौरानबे",
    "पंचानबे",
    "छियानबे",
    "सत्तानबे",
    "अट्ठानबे",
    "निन्यानबे",
]
# (read as units: no tens or units join them; "पांच", "छः" as they are spelled too)
_BELOW_TWENTY |= {word: value for value, word in enumerate(_HINDI_TO_A_HUNDRED, start=1)}
_BELOW_TWENTY |= {"पांच": 5, "छः": 6, "छह": 6}
# The Arabic units that open a teen of two words, with its ten ("اثنا عشر" 12, "ثلاثة عشر" 13, "أحد عشر" 11).
_ARABIC_TEEN_UNITS = {"أحد": 1, "إحدى": 1, "اثنا": 2, "اثنتا": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4,
                      "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8,
                      "تسعة": 9, "تسع": 9}  # fmt: skip
_BELOW_TWENTY |= {f"{unit}_عشر": 10 + value for unit, value in _ARABIC_TEEN_UNITS.items()}
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
_TENS |= {
    "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80,
    "doksan": 90,
    "dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50, "sześćdziesiąt": 60,
    "siedemdziesiąt": 70, "osiemdziesiąt": 80, "dziewięćdziesiąt": 90,
    "dvacet": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50, "šedesát": 60, "sedmdesát": 70, "osmdesát": 80,
    "devadesát": 90,
    "двадцять": 20, "тридцять": 30, "сімдесят": 70, "вісімдесят": 80, "шістдесят": 60,
    "mười": 10,
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
    "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80, "نود": 90,
    "עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50, "שישים": 60, "שבעים": 70, "שמונים": 80, "תשעים": 90,
}  # fmt: skip
_VIETNAMESE_UNITS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_TENS |= {f"{unit}_mươi": 10 * value for unit, value in _VIETNAMESE_UNITS.items() if value > 1}
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
_HUNDREDS |= {f"{unit}_trăm": 100 * value for unit, value in _VIETNAMESE_UNITS.items()}
# (Turkish hundreds too: "iki yüz" 200)
_TURKISH_UNITS = {"iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9}
_HUNDREDS |= {f"{unit}_yüz": 100 * value for unit, value in _TURKISH_UNITS.items()}
_HUNDREDS |= {
    "duecento": 200, "trecento": 300, "quattrocento": 400, "cinquecento": 500, "seicento": 600, "settecento": 700,
    "ottocento": 800, "novecento": 900,
    "yüz": 100, "sto": 100, "dwieście": 200, "trzysta": 300, "czterysta": 400, "pięćset": 500, "sześćset": 600,
    "siedemset": 700, "osiemset": 800, "dziewięćset": 900, "двісті": 200,
    "सौ": 100,
    "مائة": 100, "مئة": 100, "مائتان": 200, "مئتان": 200, "صد": 100, "מאה": 100,
}  # fmt: skip
_THOUSANDS = frozenset(
    [
        "mil",
        "mille",
        "mila",
        "tausend",
        "duizend",
        "тысяча",
        "тысячи",
        "тысяч",
        "ribu",
        "seribu",
        "tysiąc",
        "tysiące",
        "tysięcy",
        "tisíc",
        "tisíce",
        "тисяча",
        "тисячі",
        "тисяч",
        "nghìn",
        "ngàn",
    ]
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
# The words that join tens and units ("treinta y dos", "vinte e dois", "vingt et un", "hai trăm lẻ năm") and are no
# value.
_JOINERS = frozenset(["y", "e", "et", "und", "na", "lẻ", "linh", "و", "ו"])
# Words that are articles as often as numbers: a number only when the phrase is that word alone.
_ARTICLES = frozenset(
    ["un", "une", "una", "uno", "um", "uma", "ein", "eine", "een", "bir", "một", "یک", "एक"]
)
_ITALIAN_TENS_GLUED = ("venti", "vent", "trenta", "trent", "quaranta", "quarant", "cinquanta", "cinquant", "sessanta",
                       "sessant", "settanta", "settant", "ottanta", "ottant", "novanta", "novant")  # fmt: skip
_MAX_WORDS = 12


def foreign_number_value(phrase: str) -> int | None:
    """The value of ``phrase`` when it is one whole number in words of one of this module's languages, else None."""
    if "\u0e00" <= phrase[:1] <= "\u0e7f":
        return thai_number_value(phrase.strip())
    if "\uac00" <= phrase[:1] <= "\ud7af":
        # ("열다섯", "다섯": a Korean count, glued tens and units)
        glued = _KOREAN_GLUED.fullmatch(phrase.strip())
        return None if glued is None else _korean_count(glued)
    words = _words(phrase.lower().strip())
    if not words or len(words) > _MAX_WORDS or (len(words) == 1 and words[0] in _LETTERS_TOO):
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
    if "mươi" in phrase or "trăm" in phrase or "yüz" in phrase:
        phrase = _VIETNAMESE_COMPOUND.sub(r"\1_\2", phrase)  # ("hai mươi" 20, "ba trăm" 300, "iki yüz" 200)
    if "عشر" in phrase:
        phrase = _ARABIC_TEEN.sub(r"\1_عشر", phrase)  # ("اثنا عشر" 12)
    words: list[str] = []
    for word in phrase.replace("-", " ").split():
        if word[:1] in ("و", "ו") and len(word) > 2 and word not in _BELOW_TWENTY:
            joined = _joined_by_a_prefixed_and(word, words)
            if joined is not None:
                words = joined
                continue
        if "und" in word and word not in _BELOW_TWENTY and word not in _TENS:
            # German units before tens: "zweiundzwanzig" is 2 + 20
            unit, _, ten = word.partition("und")
            if unit in _BELOW_TWENTY and ten in _TENS:
                words += [ten, unit]
                continue
        glued = _italian_compound(word) or _dutch_compound(word)
        words += glued if glued is not None else [word]
    return words


_ARABIC_TEEN = compile_lazily(r"(?<!\w)(" + "|".join(_ARABIC_TEEN_UNITS) + r")[ \t-]+عشرة?(?!\w)")


def _joined_by_a_prefixed_and(word: str, before: list[str]) -> list[str] | None:
    """The words of a number phrase ``before`` and then ``word``, a number word with the "and" of Arabic or Hebrew
    glued before it ("وأربعون", "ושניים"): the tens before the units ("اثنان وأربعون", 2 and 40, is 40 and 2), the
    "and" a word of its own; None when the rest of ``word`` is no number word."""
    rest = word[1:]
    if rest in _TENS and before and before[-1] in _BELOW_TWENTY:
        return [*before[:-1], rest, before[-1]]
    if rest in _BELOW_TWENTY or rest in _TENS or rest in _HUNDREDS:
        return [*before, word[0], rest]
    return None


# The copula Turkish glues to the number word that ends its sentence ("Dolayısıyla cevap on ikidir.", 12; "beştir",
# "yüzdür"): -dir after a voiced sound, -tir after a voiceless one, its vowel in harmony with the word's.
_TURKISH_COPULA_AFTER_A_NUMBER = compile_lazily(
    r"\b(bir|"
    + "|".join(_TURKISH_UNITS)
    + r"|on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz)[dt][ıiuü]r\b",
    re.IGNORECASE,
)
_INDONESIAN_COMPOUND = compile_lazily(r"\b(" + "|".join(_INDONESIAN_UNITS) + r")[ -](belas|puluh|ratus)\b")
_VIETNAMESE_COMPOUND = compile_lazily(
    r"\b(" + "|".join([*_VIETNAMESE_UNITS, *_TURKISH_UNITS]) + r")[ -](mươi|trăm|yüz)\b"
)
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
    """An Italian number glued from tens and units ("ventidue" 22, "trentatré" 33, "ventuno" 21), or from hundreds
    and the rest ("centoventi" 120, "duecentotrentadue" 232), else None."""
    if word in _BELOW_TWENTY or word in _TENS or word in _HUNDREDS:
        return None
    hundred = word.find("cento")
    if hundred != -1 and word[: hundred + 5] in _HUNDREDS and len(word) > hundred + 5:
        rest = word[hundred + 5 :]
        rest_words = [rest] if rest in _BELOW_TWENTY or rest in _TENS else _italian_compound(rest)
        return None if rest_words is None else [word[: hundred + 5], *rest_words]
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
_ENGLISH_TOO = frozenset(["due", "sept", "elf", "dos", "sei", "on", "ba", "hai"])


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
        if not all(word.isalpha() for word in rest) or (len(head) == 1 and head[0].lower() in _ENGLISH_TOO):
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


# Number words short enough to be letters of math or English words too ("ba" is b times a, "on", "sto"): a number
# only with others ("ba mươi", "on sekiz", "sto dwa").
_LETTERS_TOO = frozenset(
    ["ba", "hai", "on", "sto", "osm", "dva", "dwa", "tư", "năm", "lăm", "mốt", "dvě", "tři"]
)
# Number words that alone in a sentence are another word: the Italian "sei" (you are).
# (and the Arabic short forms, which are fractions and nouns too: "خمس" a fifth, "ست" a lady; Persian "نه" no, "ده"
# a village; Hindi "दो" give)
_NOT_ALONE = frozenset(["sei", "on", "ba", "hai", "năm", "tư", "sto", "osm", "ست", "سبع", "خمس", "تسع", "أربع",
                        "ثلاث", "نه", "ده", "سی", "שש", "दो", "सौ"])  # fmt: skip
# A word of a sentence (letters and the hyphens of "quarante-deux").
# (the vowel signs of Devanagari are letters of its words: "बयालीस")
_SENTENCE_WORD = compile_lazily(r"(?:[^\W\d_]|[\u0900-\u0963\u0971-\u097f])+(?:-[^\W\d_]+)*")


def foreign_number_in_sentence(sentence: str, english_too: bool = False) -> int | None:
    """The one number a sentence says in words of this module's languages ("quedan treinta y tres manzanas", "il lui
    reste quarante-deux crayons", "у Пети осталось двадцать пять марок"): the longest runs of number words read as
    numbers; None unless exactly one run is a number (an article alone, "una canasta", is none; two numbers give no
    one answer). With ``english_too``, a word that is English as well is no number alone either ("Due to ...")."""
    if "belas" in sentence or "puluh" in sentence or "ratus" in sentence:
        sentence = _INDONESIAN_COMPOUND.sub(r"\1-\2", sentence)  # (one word each: "delapan belas")
    if _THAI_LETTER.search(sentence) is not None:
        return _thai_number_in_sentence(sentence)
    if _HANGUL.search(sentence) is not None:
        return _korean_number_in_sentence(sentence)
    if "عشر" in sentence:
        sentence = _ARABIC_TEEN.sub(r"\1-عشر", sentence)  # (one word: "اثنا عشر")
    if "r" in sentence:
        sentence = _TURKISH_COPULA_AFTER_A_NUMBER.sub(r"\1", sentence)  # ("on ikidir": "on iki", 12, is)
    if "mươi" in sentence or "trăm" in sentence or "yüz" in sentence:
        sentence = _VIETNAMESE_COMPOUND.sub(r"\1-\2", sentence)  # (one word each: "hai mươi", "iki yüz")
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
        if not run or (
            len(run) == 1 and (run[0] in _ARTICLES | _NOT_ALONE or (english_too and run[0] in _ENGLISH_TOO))
        ):
            continue  # ("una canasta", "tu sei")
        if _FRACTION_WORD.match(after) is not None:
            return None  # ("zwei Drittel", "trois quarts": a fraction, no count)
        value = foreign_number_value(" ".join(run))
        if value is None:
            return None  # (number words that make no one number: "dos tres")
        values.append(value)
    return values[0] if len(values) == 1 else None


# Thai writes its number words glued, to each other and to the words around them ("สามสิบห้า" 35, "ยี่สิบเอ็ด" 21,
# "หนึ่งร้อยยี่สิบ" 120): the units, then the words that multiply them ("สิบ" ten, "ร้อย" hundred, "พัน" thousand);
# "ยี่" is the two of twenty, "เอ็ด" the one after a ten.
_THAI_UNITS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9, "ยี่": 2,
               "เอ็ด": 1}  # fmt: skip
_THAI_SCALES = {"สิบ": 10, "ร้อย": 100, "พัน": 1000}
_THAI_LETTER = compile_lazily("[\u0e00-\u0e7f]")
_HANGUL = compile_lazily("[\uac00-\ud7af]")
_THAI_WORD = compile_lazily("|".join([*_THAI_UNITS, *_THAI_SCALES]))
# (a run of them, not the three of a triangle nor the four of a square: "สามเหลี่ยม", "สี่เหลี่ยม")
_THAI_NUMBER = compile_lazily("(?:" + _THAI_WORD.pattern + ")+(?!เหลี่ยม)")


def thai_number_value(phrase: str) -> int | None:
    """The value of ``phrase`` when it is one whole number in Thai words ("สามสิบห้า" 35), else None.

    >>> thai_number_value("สามสิบห้า"), thai_number_value("ยี่สิบเอ็ด"), thai_number_value("สามสาม") is None
    (35, 21, True)
    """
    total, unit, smallest = 0, None, 10**6
    at = 0
    while at < len(phrase):
        word = _THAI_WORD.match(phrase, at)
        if word is None:
            return None
        at = word.end()
        if word.group() in _THAI_SCALES:
            scale = _THAI_SCALES[word.group()]
            if scale >= smallest:
                return None  # (each scale smaller than the one before: "สิบร้อย" is no number)
            total += (1 if unit is None else unit) * scale
            unit, smallest = None, scale
        elif unit is not None or (word.group() == "ยี่" and phrase[at : at + 3] != "สิบ"):
            return None  # (two units in a row: "สามสาม"; "ยี่" only before "สิบ")
        else:
            unit = _THAI_UNITS[word.group()]
    return total + (unit or 0) if at else None


def _thai_number_in_sentence(sentence: str) -> int | None:
    """The one number in Thai words that a sentence says, glued to the words around it ("ห้องเรียนมีนักเรียนทั้งหมด
    สี่สิบสองคน" 42); None unless exactly one run of number words is one number (not a bare "one", an article)."""
    values = {thai_number_value(run.group()) for run in _THAI_NUMBER.finditer(sentence)}
    values.discard(1)
    return values.pop() if len(values) == 1 and None not in values else None


# Korean counts in native numerals, glued tens before units ("열다섯" 15, "스물세" 23), before the counter of what
# they count ("열두 개", "다섯 명"): units in their forms alone and before a counter ("둘", "두 개"), then the tens.
_KOREAN_UNITS = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4, "다섯": 5, "여섯": 6,
                 "일곱": 7, "여덟": 8, "아홉": 9}  # fmt: skip
_KOREAN_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70, "여든": 80,
                "아흔": 90}  # fmt: skip
# (a counter after it, with its particles: "세" alone is a world and "네" a yes; "열두 개입니다", "다섯 명이")
_KOREAN_COUNT = compile_lazily(
    r"(?<![\uac00-\ud7af])("
    + "|".join(_KOREAN_TENS)
    + r")?("
    + "|".join(sorted(_KOREAN_UNITS, key=len, reverse=True))
    + r")?[ \t]*(?:개|명|마리|권|살|장|번|대|자루|송이|켤레|병|잔|그루|시간|가지)"
)


_KOREAN_GLUED = compile_lazily(
    "(" + "|".join(_KOREAN_TENS) + ")?(" + "|".join(sorted(_KOREAN_UNITS, key=len, reverse=True)) + ")?"
)


def _korean_count(found: re.Match[str]) -> int | None:
    """The value of one match of ``_KOREAN_COUNT``; None when it holds no numeral."""
    tens, unit = found.group(1), found.group(2)
    if tens is None and unit is None:
        return None
    return _KOREAN_TENS.get(tens or "", 0) + _KOREAN_UNITS.get(unit or "", 0)


def _korean_number_in_sentence(sentence: str) -> int | None:
    """The one count in Korean native numerals that a sentence says before its counter ("사과는 모두 열다섯
    개입니다." 15); None unless exactly one, or for one ("한 개": one of them)."""
    counts = list(_KOREAN_COUNT.finditer(sentence))
    values = {_korean_count(found) for found in counts}
    values.discard(None)
    if len(values) > 1 and _KOREAN_COPULA_TO_THE_END.fullmatch(sentence, counts[-1].end()) is not None:
        # ("한 상자에 다섯 개씩 세 상자이므로, 사과는 모두 열다섯 개입니다.": the count the sentence ends on, after
        # the counts of its reason)
        values = {_korean_count(counts[-1])}
    return values.pop() if len(values) == 1 and 1 not in values and None not in values else None


# The copula that ends a sentence after its count ("개입니다.", "명이에요."), and its stop.
_KOREAN_COPULA_TO_THE_END = compile_lazily(r"(?:입니다|이다|예요|이에요|이야)?[ \t]*[.!。]?[ \t]*")


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
    "siebtel": 7, "neuntel": 9, "septième": 7, "septièmes": 7, "neuvième": 9, "neuvièmes": 9, "séptimo": 7,
    "séptimos": 7, "noveno": 9, "novenos": 9,
    # Russian: the fraction's noun after one ("одна треть", "одна пятая") and after two or more ("две трети", "три
    # пятых", "пять восьмых")
    "половина": 2, "треть": 3, "трети": 3, "третьих": 3, "четверть": 4, "четверти": 4, "четвертей": 4,
    "пятая": 5, "пятых": 5, "шестая": 6, "шестых": 6, "седьмая": 7, "седьмых": 7, "восьмая": 8, "восьмых": 8,
    "девятая": 9, "девятых": 9, "десятая": 10, "десятых": 10,
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
