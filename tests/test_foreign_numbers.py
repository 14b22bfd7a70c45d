"""Numbers in the words of other languages (verifiers/foreign_numbers.py): each language's way of saying them, what
is no number (two values in a row, an article before a noun, a fraction), and whole answers read through them. The
round-trip properties spell numbers with small spellers written here (Spanish to 999,999, German and Russian to
99), independent of the module's tables."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards import verify
from openrs_rewards.verifiers.foreign_numbers import foreign_number_then_words, foreign_number_value
from openrs_rewards.verifiers.normalize import normalize_answer

_SPANISH_UNITS = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_SPANISH_TENS = {
    3: "treinta",
    4: "cuarenta",
    5: "cincuenta",
    6: "sesenta",
    7: "setenta",
    8: "ochenta",
    9: "noventa",
}
_SPANISH_HUNDREDS = {
    2: "doscientos", 3: "trescientos", 4: "cuatrocientos", 5: "quinientos", 6: "seiscientos", 7: "setecientos",
    8: "ochocientos", 9: "novecientos",
}  # fmt: skip


def _spanish_below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append("cien" if number == 100 else "ciento" if hundreds == 1 else _SPANISH_HUNDREDS[hundreds])
    if rest or not hundreds:
        if rest < 30:
            words.append(_SPANISH_UNITS[rest])
        else:
            tens, unit = divmod(rest, 10)
            words.append(_SPANISH_TENS[tens] + ("" if unit == 0 else " y " + _SPANISH_UNITS[unit]))
    return " ".join(words)


def _spanish(number: int) -> str:
    thousands, rest = divmod(number, 1000)
    if not thousands:
        return _spanish_below_thousand(rest)
    head = "mil" if thousands == 1 else _spanish_below_thousand(thousands) + " mil"
    return head if rest == 0 else f"{head} {_spanish_below_thousand(rest)}"


_GERMAN_UNITS = [
    "null",
    "eins",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
    "neun",
    "zehn",
    "elf",
    "zwölf",
    "dreizehn",
    "vierzehn",
    "fünfzehn",
    "sechzehn",
    "siebzehn",
    "achtzehn",
    "neunzehn",
]
_GERMAN_TENS = {
    2: "zwanzig", 3: "dreißig", 4: "vierzig", 5: "fünfzig", 6: "sechzig", 7: "siebzig", 8: "achtzig", 9: "neunzig",
}  # fmt: skip


def _german(number: int) -> str:
    if number < 20:
        return _GERMAN_UNITS[number]
    tens, unit = divmod(number, 10)
    if unit == 0:
        return _GERMAN_TENS[tens]
    return ("ein" if unit == 1 else _GERMAN_UNITS[unit]) + "und" + _GERMAN_TENS[tens]


_RUSSIAN_UNITS = [
    "ноль",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
_RUSSIAN_TENS = {
    2: "двадцать", 3: "тридцать", 4: "сорок", 5: "пятьдесят", 6: "шестьдесят", 7: "семьдесят", 8: "восемьдесят",
    9: "девяносто",
}  # fmt: skip


def _russian(number: int) -> str:
    if number < 20:
        return _RUSSIAN_UNITS[number]
    tens, unit = divmod(number, 10)
    return _RUSSIAN_TENS[tens] + ("" if unit == 0 else " " + _RUSSIAN_UNITS[unit])


@given(st.integers(min_value=0, max_value=999_999).filter(lambda number: number != 11))
def test_spanish_numbers_read_back(number: int) -> None:
    # ("once", 11 alone, is the English word: read only inside a longer number, "ciento once")
    assert foreign_number_value(_spanish(number)) == number, _spanish(number)


@given(st.integers(min_value=0, max_value=99).filter(lambda number: number != 0))
def test_german_numbers_read_back(number: int) -> None:
    # ("null" is left out of the tables: the English word "null" is no zero)
    assert foreign_number_value(_german(number)) == number, _german(number)


@given(st.integers(min_value=0, max_value=99))
def test_russian_numbers_read_back(number: int) -> None:
    assert foreign_number_value(_russian(number)) == number, _russian(number)


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9))
def test_two_values_in_a_row_are_no_number(first: int, second: int) -> None:
    assert foreign_number_value(f"{_spanish(first)} {_spanish(second)}") is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # French: tens of two words, "et" before one and eleven, the seventies and nineties
        ("soixante-dix", 70), ("soixante et onze", 71), ("soixante-douze", 72), ("soixante-dix-sept", 77),
        ("quatre-vingts", 80), ("quatre-vingt-trois", 83), ("quatre-vingt-dix-neuf", 99), ("vingt et un", 21),
        ("trente-deux", 32), ("douze", 12),
        # Portuguese and Italian (glued tens and units, their vowel dropped: "ventuno")
        ("vinte e dois", 22), ("doze", 12), ("duzentos", 200), ("dodici", 12), ("ventidue", 22), ("ventuno", 21),
        ("trentatré", 33), ("novanta", 90),
        # German units before their tens
        ("zweiundzwanzig", 22), ("einundzwanzig", 21), ("fünfzig", 50), ("hundert", 100),
        # Russian hundreds and thousands
        ("сто двадцать", 120), ("три тысячи", 3000),
        # Dutch (its article "een" a number alone only) and Swahili tens joined by "na"
        ("twaalf", 12), ("tachtig", 80), ("honderd", 100), ("een", 1), ("een appel", None), ("drie", 3),
        # ... its units glued before "en" and the tens ("tweeëntwintig" with the diaeresis), not a tens word alone
        ("vijfentwintig", 25), ("tweeëntwintig", 22), ("eenenveertig", 41), ("zevenentachtig", 87),
        ("entwintig", None), ("twaalfentwintig", None),
        ("kumi na mbili", 12), ("ishirini na tano", 25), ("kumi", 10), ("mbili kumi", None),
        # what is no number: two values, an article before a noun, an English word, a scale twice
        ("dos tres", None), ("veinte doce", None), ("una manzana", None), ("the answer", None), ("mil mil", None),
        ("once", None), ("null", None), ("ciento once", 111),
    ],
)  # fmt: skip
def test_each_language_says_its_numbers(phrase: str, value: int | None) -> None:
    assert foreign_number_value(phrase) == value


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("doce equipos", 12), ("douze gâteaux", 12), ("zwölf Trainingstage", 12), ("двенадцать мальчиков", 12),
        ("soixante-dix œufs", 70), ("treinta y dos manzanas rojas", 32),
        # a fraction in words is no count, nor an English phrase that opens on a word of another language's numbers
        ("tres cuartos", None), ("trois quarts", None), ("drei Viertel", None), ("две трети", None),
        ("due to symmetry", None), ("doce equipos de fútbol y más", None),
    ],
)  # fmt: skip
def test_a_number_then_what_it_counts(phrase: str, value: int | None) -> None:
    assert foreign_number_then_words(phrase) == value


@pytest.mark.parametrize(
    ("completion", "gold", "correct"),
    [
        ("12 − 2 = 10 … no: 8 + 4 = 12.\n\n**Respuesta:** doce equipos.", "12", True),
        ("12 − 2 = 10 … no: 8 + 4 = 12.\n\n**Respuesta:** doce equipos.", "10", False),
        ("Il reste donc soixante-dix œufs.\n\n**Réponse :** soixante-dix œufs", "70", True),
        ("**Ответ:** двенадцать мальчиков.", "12", True),
        ("**Ответ:** двенадцать мальчиков.", "20", False),
        ("La risposta è dodici.", "12", True),
    ],
)
def test_whole_answers_in_another_language(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_an_english_word_answer_is_left_as_it_is() -> None:
    assert normalize_answer("\\text{North}") == normalize_answer("North")
    assert normalize_answer("once") == "once"
