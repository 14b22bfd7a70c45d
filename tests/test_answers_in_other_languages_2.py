"""Answers in other languages, read since the languages session: each with a twin that must not be paid.

- a number in words of another language that a final sentence without digits says ("Am Ende bleiben neunzehn Äpfel
  übrig.", "В итоге получилось тридцать шесть."), not an English word that is a number elsewhere ("Due to ...");
- number words of Turkish, Polish, Czech, Ukrainian, Vietnamese, Arabic, Persian, Hebrew and Thai, Italian hundreds
  glued to the rest ("centoquaranta"), and fractions in Russian words ("три пятых");
- a unit in Cyrillic against a gold with a unit, converted ("350 см" is 3.5 m, "60 м/с" is no 60 km/h);
- the answer words of Urdu, Tamil and Hebrew ("جواب:", "விடை:", "תשובה סופית:"), the lakh grouping in a text about
  rupees or taka in the scripts of India, the rupee's abbreviations before a number ("ரூ. 2,40,000");
- decimal commas of Turkish ("14,25 TL"), dot thousands under its letters, French's no-break space before a colon
  ("Réponse\u00a0: 3\u202f600"), a repeating decimal's period in brackets after a decimal comma ("0,(6)");
- a count in Chinese numerals of kinds ("种"), a value after a verb of change ("减少了百分之四十"), a fraction the
  final sentence ends on ("全体の4分の3です。");
- a last line that concludes on a variable's value after another language's "so" ("Поэтому y = 7", "پس y = 7").
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify
from openrs_rewards.verifiers.foreign_numbers import (
    foreign_fraction_in_sentence,
    foreign_number_in_sentence,
    foreign_number_value,
    thai_number_value,
)


def _status(completion: str, gold: str) -> str:
    return verify(completion, gold).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Wir ziehen 7 von 26 ab.\n\nAm Ende bleiben neunzehn Äpfel übrig.", "19", "correct"),
        ("Wir ziehen 7 von 26 ab.\n\nAm Ende bleiben neunzehn Äpfel übrig.", "26", "incorrect"),
        ("Складываем 17 и 19.\n\nВ итоге получилось тридцать шесть конфет.", "36", "correct"),
        ("Складываем 17 и 19.\n\nВ итоге получилось тридцать шесть конфет.", "63", "incorrect"),
        ("On additionne 30 et 27.\n\nIl y a donc cinquante-sept élèves.", "57", "correct"),
        ("On additionne 30 et 27.\n\nIl y a donc cinquante-sept élèves.", "75", "incorrect"),
        # two numbers in the sentence: no one answer
        ("Wir rechnen weiter.\n\nEs bleiben neunzehn Äpfel für drei Kinder übrig.", "19", "no_answer"),
        # an English sentence whose first word is a number elsewhere ("due" is Italian 2)
        (
            "We use Σ over all cases.\n\nDue to the size of the sum, a program should finish it.",
            "2",
            "no_answer",
        ),
    ],
)
def test_a_number_in_words_of_a_final_sentence_in_another_language(
    completion: str, gold: str, status: str
) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("yirmi yedi", 27),  # Turkish
        ("on dört", 14),
        ("üç yüz elli", 350),
        ("trzydzieści osiem", 38),  # Polish
        ("čtyřicet šest", 46),  # Czech
        ("тридцять сім", 37),  # Ukrainian
        ("ba mươi mốt", 31),  # Vietnamese
        ("bốn trăm lẻ hai", 402),
        ("centoquaranta", 140),  # Italian
        ("trecentosei", 306),
        ("ثلاثة وستون", 63),  # Arabic
        ("خمسة عشر", 15),
        ("پنجاه و سه", 53),  # Persian
        ("שבעים ושלושה", 73),  # Hebrew
        ("หกสิบเจ็ด", 67),  # Thai
        ("अड़तीस", 38),  # Hindi
        ("스물일곱", 27),  # Korean
        ("czterdzieści dwa", 42),
        # no numbers: two values, two tens, English words, a unit before a unit
        ("yirmi otuz", None),
        ("mười hai mươi", None),
        ("on the table", None),
        # a short word that is letters of math too is no number alone ("ba" is b times a)
        ("ba", None),
        ("sto", None),
        ("เจ็ดหก", None),
    ],
)
def test_number_words_of_more_languages(phrase: str, value: int | None) -> None:
    assert foreign_number_value(phrase) == value


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("상자 세 개에 공이 각각 일곱 개씩 있으므로, 공은 모두 스물한 개입니다.", "21", "correct"),
        ("상자 세 개에 공이 각각 일곱 개씩 있으므로, 공은 모두 스물한 개입니다.", "7", "incorrect"),
        ("6 × 6 = 36\n\nइसलिए, कुल छत्तीस कुर्सियाँ हैं।", "36", "correct"),
        ("6 × 6 = 36\n\nइसलिए, कुल छत्तीस कुर्सियाँ हैं।", "6", "incorrect"),
        # two counts and no copula that ends on one: no one answer
        ("사과 두 개와 배 세 개가 있습니다.", "2", "no_answer"),
    ],
)
def test_counts_in_korean_and_hindi_words(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_thai_numbers_glued_to_their_sentence() -> None:
    assert thai_number_value("สิบเก้า") == 19
    assert foreign_number_in_sentence("ดังนั้น ในสวนมีต้นไม้ทั้งหมดยี่สิบแปดต้น") == 28
    # (the three of a triangle is no count)
    assert foreign_number_in_sentence("ดังนั้น รูปสามเหลี่ยมนี้มีพื้นที่เท่าเดิม") is None


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Ответ: три пятых.", "\\frac{3}{5}", "correct"),
        ("Ответ: три пятых.", "\\frac{5}{3}", "incorrect"),
        ("Ответ: одна четверть.", "\\frac{1}{4}", "correct"),
        ("Ответ: одна четверть.", "\\frac{1}{3}", "incorrect"),
        ("Відповідь: сорок шість", "46", "correct"),
        ("Відповідь: сорок шість", "64", "incorrect"),
        ("Cevap: otuz iki", "32", "correct"),
        ("Cevap: otuz iki", "23", "incorrect"),
        ("Đáp số: ba mươi sáu quyển vở.", "36", "correct"),
        ("Đáp số: ba mươi sáu quyển vở.", "63", "incorrect"),
        ("الإجابة: تسعة وعشرون", "29", "correct"),
        ("الإجابة: تسعة وعشرون", "92", "incorrect"),
    ],
)
def test_labelled_answers_in_words_of_more_languages(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Ответ: 0,(6)", "\\frac{2}{3}", "correct"),
        ("Ответ: 0,(6)", "\\frac{3}{5}", "incorrect"),
        ("Ответ: 1,2(3)", "\\frac{37}{30}", "correct"),
        ("Ответ: 1,2(3)", "\\frac{37}{3}", "incorrect"),
    ],
)
def test_a_repeating_decimal_after_a_decimal_comma(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_russian_fraction_words() -> None:
    assert foreign_fraction_in_sentence("закрашено три восьмых фигуры") == "\\frac{3}{8}"
    assert foreign_fraction_in_sentence("восемь учеников") is None


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Ответ: 350 см", "3.5\\text{ m}", "correct"),
        ("Ответ: 35 см", "3.5\\text{ m}", "incorrect"),
        ("Ответ: 4 ч", "240\\text{ min}", "correct"),
        ("Ответ: 4 мин", "240\\text{ min}", "incorrect"),
        # a speed of another unit is no speed of the gold's (the unit was dropped before)
        ("Ответ: 60 м/с", "60\\text{ km/h}", "incorrect"),
        ("Ответ: 60 км/ч", "60\\text{ km/h}", "correct"),
    ],
)
def test_a_cyrillic_unit_converts_against_a_gold_with_a_unit(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("مجموعی رقم = ۸ × ۶\n\nجواب: ۴۸ روپے", "48", "correct"),
        ("مجموعی رقم = ۸ × ۶\n\nجواب: ۴۸ روپے", "84", "incorrect"),
        ("மொத்தம் = 9 × 4\n\nவிடை: ௩௬", "36", "correct"),
        ("மொத்தம் = 9 × 4\n\nவிடை: ௩௬", "63", "incorrect"),
        ("אורך = 18 ÷ 4\n\nתשובה סופית: 4.5", "4.5", "correct"),
        ("אורך = 18 ÷ 4\n\nתשובה סופית: 4.5", "5.4", "incorrect"),
        ("বার্ষিক আয় = ২০,০০০ × ১২\n\nউত্তর: ২,৪০,০০০ টাকা", "240000", "correct"),
        ("বার্ষিক আয় = ২০,০০০ × ১২\n\nউত্তর: ২,৪০,০০০ টাকা", "24000", "incorrect"),
        ("மொத்த சேமிப்பு = 20,000 × 12\n\nவிடை: ரூ. 2,40,000", "240000", "correct"),
        ("மொத்த சேமிப்பு = 20,000 × 12\n\nவிடை: ரூ. 2,40,000", "24000", "incorrect"),
    ],
)
def test_answer_words_and_groupings_of_south_asian_scripts(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("57 ÷ 4 = 14,25\n\nSonuç olarak her biri 14,25 TL öder.", "14.25", "correct"),
        ("57 ÷ 4 = 14,25\n\nSonuç olarak her biri 14,25 TL öder.", "1425", "incorrect"),
        (
            "Bir yılda 12 ay vardır.\n12 × 7.500 = 90.000\n\nSonuç olarak yılda 90.000 TL kazanılır.",
            "90000",
            "correct",
        ),
        (
            "Bir yılda 12 ay vardır.\n12 × 7.500 = 90.000\n\nSonuç olarak yılda 90.000 TL kazanılır.",
            "90",
            "incorrect",
        ),
        ("On calcule 300 × 12 = 3\u202f600.\n\nRéponse\u00a0: 3\u202f600\u00a0€", "3600", "correct"),
        ("On calcule 300 × 12 = 3\u202f600.\n\nRéponse\u00a0: 3\u202f600\u00a0€", "3.6", "incorrect"),
    ],
)
def test_number_formats_of_turkish_and_french(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("$5y - 4 = 31$\n$5y = 35$\n\nПоэтому y = 7", "7", "correct"),
        ("$5y - 4 = 31$\n$5y = 35$\n\nПоэтому y = 7", "35", "incorrect"),
        ("$5y - 4 = 31$\n$5y = 35$\n\nپس y = 7", "7", "correct"),
        ("$5y - 4 = 31$\n$5y = 35$\n\nVậy y = 7", "7", "correct"),
        ("$5y - 4 = 31$\n$5y = 35$\n\nإذن y = 7", "5", "incorrect"),
        # a line that gives, not concludes ("given"): no result stated
        ("$5y - 4 = 31$\n$5y = 35$\n\nदिया है y = 7", "7", "no_answer"),
    ],
)
def test_a_concluding_line_in_another_language_that_assigns_the_value(
    completion: str, gold: str, status: str
) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("这是 4 个元素的全排列。\n所以共有二十四种不同的排法。", "24", "correct"),
        ("这是 4 个元素的全排列。\n所以共有二十四种不同的排法。", "4", "incorrect"),
        ("4つに分けたうちの3つを塗ったので、塗ったのは全体の4分の3です。", "\\frac{3}{4}", "correct"),
        ("4つに分けたうちの3つを塗ったので、塗ったのは全体の4分の3です。", "3", "incorrect"),
        ("所以涂色部分占七分之三。", "\\frac{3}{7}", "correct"),
        ("所以涂色部分占七分之三。", "\\frac{7}{3}", "incorrect"),
        ("原价 50 元，现价 30 元。\n所以价格减少了百分之四十。", "40\\%", "correct"),
        ("原价 50 元，现价 30 元。\n所以价格减少了百分之四十。", "60\\%", "incorrect"),
    ],
)
def test_chinese_counts_of_kinds_and_changes(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status
