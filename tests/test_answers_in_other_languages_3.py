"""Answers in other languages, read since the fifty-fifth session: each with a twin that must not be paid.

- an option named in words by its letter: Japanese "正しいのは選択肢 B", Turkish "Doğru cevap A şıkkıdır." and the
  copula glued to the letter ("Doğru seçenek D'dir.");
- digits under the scales of Chinese and Korean numerals in a final sentence ("7만 2천 원", "3万6千元"), never their
  last group alone, and the scale words of other languages after digits ("2.5 लाख", "3,2 triệu", "12 тысяч");
- a thousands dot that the writer's own work confirms ("480 × 5 = 2.400"), not a decimal's dot ("0.48 × 5 = 2.400"
  is 2.4), nor one of a step true both ways ("12.450 + 30.125 = 42.575");
- the words for "and" and "or" of Vietnamese, Indonesian, Turkish and Polish between the values of one solution set
  ("$x = 3$ và $x = -3$");
- a percentage in Arabic-Indic digits with the Arabic percent sign ("٤٠٪"), a percent sign before its value as
  Turkish writes it ("%40'tır"), the Turkish copula after a value ("Cevap: 36'dır.") and after a number word ("on
  beştir", 15);
- the abbreviation of a Polish or Czech answer line ("Odp.: 2,5 h"), with its decimal comma.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify
from openrs_rewards.verifiers.foreign_numbers import foreign_number_in_sentence


def _status(completion: str, gold: str) -> str:
    return verify(completion, gold).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "(A) と (C) は誤り。(B) は常に成り立つ。\n\nしたがって、正しいのは選択肢 B です。",
            "\\text{(B)}",
            "correct",
        ),
        (
            "(A) と (C) は誤り。(B) は常に成り立つ。\n\nしたがって、正しいのは選択肢 B です。",
            "\\text{(C)}",
            "incorrect",
        ),
        ("Diğer şıklar koşulu sağlamıyor.\n\nDoğru cevap A şıkkıdır.", "\\text{(A)}", "correct"),
        ("Diğer şıklar koşulu sağlamıyor.\n\nDoğru cevap A şıkkıdır.", "\\text{(E)}", "incorrect"),
        ("Diğer şıklar koşulu sağlamıyor.\n\nDoğru seçenek D'dir.", "\\text{(D)}", "correct"),
        ("Diğer şıklar koşulu sağlamıyor.\n\nDoğru seçenek D'dir.", "\\text{(B)}", "incorrect"),
    ],
)
def test_an_option_named_in_words(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("24000 × 3 = 72000이므로\n\n모두 7만 2천 원입니다.", "72000", "correct"),
        # (not the last group alone)
        ("24000 × 3 = 72000이므로\n\n모두 7만 2천 원입니다.", "2000", "incorrect"),
        ("12000 × 3 = 36000\n\n所以一共是3万6千元。", "36000", "correct"),
        ("12000 × 3 = 36000\n\n所以一共是3万6千元。", "6000", "incorrect"),
        # (a kilo's 千 is no scale: "3万6千克" is no number of its own)
        ("12000 × 3 = 36000\n\n所以一共是3万6千克。", "36000", "incorrect"),
        ("50 × 5000 = 250000\n\nकुल राशि 2.5 लाख रुपये है।", "250000", "correct"),
        ("50 × 5000 = 250000\n\nकुल राशि 2.5 लाख रुपये है।", "25000", "incorrect"),
        ("Mỗi tháng 800 nghìn, 4 tháng.\n\nTổng cộng là 3,2 triệu đồng.", "3200000", "correct"),
        ("Mỗi tháng 800 nghìn, 4 tháng.\n\nTổng cộng là 3,2 triệu đồng.", "32000", "incorrect"),
        ("Складываем 7 и 5 тысяч.\n\nИтого получается 12 тысяч рублей.", "12000", "correct"),
        ("Складываем 7 и 5 тысяч.\n\nИтого получается 12 тысяч рублей.", "12", "correct"),
        ("Складываем 7 и 5 тысяч.\n\nИтого получается 12 тысяч рублей.", "1200", "incorrect"),
    ],
)
def test_digits_under_a_scale_word(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Calculamos: 480 × 5 = 2.400.\n\nEn total paga 2.400 pesos.", "2400", "correct"),
        ("Calculamos: 480 × 5 = 2.400.\n\nEn total paga 2.400 pesos.", "2.4", "incorrect"),
        ("1.800 + 600 = 2.400\n\nZusammen sind es 2.400 €.", "2400", "correct"),
        # a decimal's dot: the work multiplies a decimal, and 2.400 is 2.4
        ("0.48 × 5 = 2.400\n\nSo the total is 2.400.", "2.4", "correct"),
        ("0.48 × 5 = 2.400\n\nSo the total is 2.400.", "2400", "incorrect"),
        # a step true both ways ("12.450 + 30.125 = 42.575") says nothing of the dot: a decimal's, as in English
        ("Adding: 12.450 + 30.125 = 42.575\n\nSo the mass is 42.575 g.", "42.575", "correct"),
        ("Adding: 12.450 + 30.125 = 42.575\n\nSo the mass is 42.575 g.", "42575", "incorrect"),
        # a false step confirms nothing
        ("Calculamos: 480 × 4 = 2.400.\n\nEn total paga 2.400 pesos.", "2400", "incorrect"),
    ],
)
def test_a_thousands_dot_the_work_confirms(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("x² = 9.\n\nVậy phương trình có nghiệm $x = 3$ và $x = -3$.", "\\pm 3", "correct"),
        ("x² = 9.\n\nVậy phương trình có nghiệm $x = 3$ và $x = -3$.", "-3", "incorrect"),
        ("x² = 9.\n\nJadi penyelesaiannya adalah $x = 3$ atau $x = -3$.", "\\pm 3", "correct"),
        ("x² = 9.\n\nJadi penyelesaiannya adalah $x = 3$ atau $x = 3$.", "\\pm 3", "incorrect"),
    ],
)
def test_and_or_between_solutions(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("التخفيض = 40 ريالاً، و 40 ÷ 100 = 0.4.\n\nإذن نسبة التخفيض ٤٠٪.", "40", "correct"),
        ("التخفيض = 40 ريالاً، و 40 ÷ 100 = 0.4.\n\nإذن نسبة التخفيض ٤٠٪.", "4", "incorrect"),
        ("Fark 40 TL, 40 / 100 = 0,4.\n\nKâr oranı %40'tır.", "40", "correct"),
        ("Fark 40 TL, 40 / 100 = 0,4.\n\nKâr oranı %40'tır.", "60", "incorrect"),
        ("Fark 40 TL, 40 / 100 = 0,4.\n\nKâr oranı %40.", "40", "correct"),
        # (the remainder of a division: no percent sign first)
        ("We reduce.\n\nSo 23 %7 is 2.", "2", "correct"),
        ("Dört kere dokuz.\n\nCevap: 36'dır.", "36", "correct"),
        ("Dört kere dokuz.\n\nCevap: 36'dır.", "63", "incorrect"),
        ("Yedi artı sekiz.\n\nDolayısıyla cevap on beştir.", "15", "correct"),
        ("Yedi artı sekiz.\n\nDolayısıyla cevap on beştir.", "10", "incorrect"),
    ],
)
def test_turkish_and_arabic_percentages_and_copulas(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Dolayısıyla cevap on ikidir.", 12),
        ("Sonuç yirmi dörttür.", 24),
        ("Toplam iki yüzdür.", 200),
        # (a word that only ends like a copula is no number)
        ("Cevap bilinmiyordur.", None),
    ],
)
def test_turkish_number_words_before_the_copula(sentence: str, value: int | None) -> None:
    assert foreign_number_in_sentence(sentence) == value


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("10 : 4 = 2,5\n\nOdp.: 2,5 h", "2.5", "correct"),
        ("10 : 4 = 2,5\n\nOdp.: 2,5 h", "25", "incorrect"),
        ("10 : 4 = 2,5\n\nOdp. 2,5 godziny", "2.5", "correct"),
        ("10 : 4 = 2,5\n\nOdp: 2,5 h", "2.5", "correct"),
    ],
)
def test_a_polish_answer_line_abbreviated(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status
