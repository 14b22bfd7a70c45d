"""The language-consistency reward: English reasoning versus reasoning in other languages and scripts."""

from __future__ import annotations

import pickle

import pytest

from openrs_rewards.rewards import LanguageReward, language_share
from openrs_rewards.rewards.language import LATIN_LANGUAGES, SCRIPT_LANGUAGES
from test_rewards_base import Recorder

ENGLISH = (
    "Okay, so I need to find the value of $x$ such that $x^2 - 5x + 6 = 0$. Let me think about this.\n"
    "First, I can factor the quadratic: \\[(x-2)(x-3) = 0.\\] So the roots are $x = 2$ and $x = 3$.\n"
    "Wait, the problem asks for the larger root, which is 3. Let me double-check by substituting:\n"
    "$$3^2 - 5 \\cdot 3 + 6 = 9 - 15 + 6 = 0.$$ Yes, that works.\n"
    "```python\nprint([r for r in range(10) if r*r - 5*r + 6 == 0])\n```\n"
)
OTHER_LANGUAGES = {
    "de": "Okay, ich muss also den Wert von $x$ finden, für den $x^2 - 5x + 6 = 0$ gilt. Zuerst faktorisiere "
    "ich die Gleichung: \\[(x-2)(x-3) = 0.\\] Die Lösungen sind also $x = 2$ und $x = 3$, und die größere ist 3.",
    "fr": "D'accord, je dois donc trouver la valeur de $x$ telle que $x^2 - 5x + 6 = 0$. On factorise "
    "l'équation : \\[(x-2)(x-3) = 0.\\] Les racines sont donc $x = 2$ et $x = 3$, et la plus grande est 3.",
    "es": "Bien, necesito encontrar el valor de $x$ tal que $x^2 - 5x + 6 = 0$. Primero factorizo la "
    "ecuación: \\[(x-2)(x-3) = 0.\\] Entonces las raíces son $x = 2$ y $x = 3$, y la mayor es 3.",
    "pt": "Certo, preciso encontrar o valor de $x$ tal que $x^2 - 5x + 6 = 0$. Fatorando a equação temos "
    "\\[(x-2)(x-3) = 0.\\] Então as raízes são $x = 2$ e $x = 3$, e a maior é 3.",
    "it": "Allora, devo trovare il valore di $x$ tale che $x^2 - 5x + 6 = 0$. Fattorizzo l'equazione: "
    "\\[(x-2)(x-3) = 0.\\] Quindi le radici sono $x = 2$ e $x = 3$, e la più grande è 3.",
    "vi": "Được rồi, ta cần tìm giá trị của $x$ sao cho $x^2 - 5x + 6 = 0$. Phân tích phương trình thành "
    "\\[(x-2)(x-3) = 0.\\] Vậy các nghiệm là $x = 2$ và $x = 3$, và nghiệm lớn hơn là 3.",
    "zh": "好的，我需要找到满足 $x^2 - 5x + 6 = 0$ 的 $x$ 的值。首先把方程因式分解：\\[(x-2)(x-3) = 0.\\] "
    "所以根是 $x = 2$ 和 $x = 3$，较大的根是 3。",
    "ru": "Итак, нужно найти значение $x$, при котором $x^2 - 5x + 6 = 0$. Разложим уравнение на множители: "
    "\\[(x-2)(x-3) = 0.\\] Значит, корни $x = 2$ и $x = 3$, и больший из них равен 3.",
    "ja": "まず、$x^2 - 5x + 6 = 0$ を満たす $x$ を求めます。因数分解すると \\[(x-2)(x-3) = 0.\\] "
    "したがって解は $x = 2$ と $x = 3$ で、大きい方は 3 です。",
    "ko": "먼저 $x^2 - 5x + 6 = 0$ 을 만족하는 $x$ 를 찾아야 합니다. 인수분해하면 \\[(x-2)(x-3) = 0.\\] "
    "따라서 근은 $x = 2$ 와 $x = 3$ 이고, 큰 근은 3 입니다.",
}


def test_english_reasoning_scores_one_despite_latex_math_and_code() -> None:
    reward = LanguageReward()
    assert reward(completions=[ENGLISH + "</think> The answer is $\\boxed{3}$."]) == [1.0]
    assert reward(completions=[[{"role": "assistant", "content": ENGLISH}]]) == [
        1.0
    ]  # never closed: all reasoning


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_reasoning_in_another_language_scores_low_for_english(language: str) -> None:
    completion = OTHER_LANGUAGES[language] + "</think> The answer is $\\boxed{3}$."
    assert LanguageReward()(completions=[completion])[0] == pytest.approx(0.0, abs=0.1)


@pytest.mark.parametrize("language", ["zh", "ru", "ja", "ko", "de", "fr", "es", "vi"])
def test_other_target_languages(language: str) -> None:
    reward = LanguageReward(language=language)
    assert reward(completions=[OTHER_LANGUAGES[language]])[0] == pytest.approx(1.0, abs=0.1)
    assert reward(completions=[ENGLISH])[0] == pytest.approx(0.0, abs=0.1)


def test_latin_accepts_any_latin_script_language() -> None:
    reward = LanguageReward(language="latin")
    assert reward(completions=[ENGLISH, OTHER_LANGUAGES["de"], OTHER_LANGUAGES["zh"]]) == [1.0, 1.0, 0.0]


def test_mixed_reasoning_scores_its_english_share() -> None:
    english = "So the two roots are two and three, and the larger one is three."
    chinese = "所以根是二和三。"
    share = language_share(english + "\n" + chinese)
    assert share is not None and 0.3 < share < 0.95
    assert language_share(english + "\n" + chinese, "zh") == pytest.approx(1 - share)
    drifting = " ".join([english] * 3 + [OTHER_LANGUAGES["de"]])
    share_drift = language_share(drifting)
    assert share_drift is not None and 0.2 < share_drift < 0.8


def test_math_variables_and_unicode_numbers_are_not_prose() -> None:
    # Spanish "y" / "o" and Unicode superscripts in plain-text math must not read as Spanish or accented text.
    text = "So, y - x = 2y or y - x = -2y. Then y³ = x², so y = x^(2/3). Since log₂x₁ = 4, we get 16."
    assert language_share(text) == 1.0
    assert language_share("The Möbius strip and Poincaré's theorem are both used here.") == 1.0


def test_no_prose_gives_none_and_is_counted() -> None:
    recorder = Recorder()
    values = LanguageReward()(
        completions=["", "$x^2 = 4$</think> 2", "<think>\\[1+1=2\\]</think>", "42 = 6 * 7"], **recorder.kwargs
    )
    assert values == [None, None, None, None]
    assert recorder.metrics == {"language/no_prose": [4.0]}


def test_scope_selects_reasoning_answer_or_all() -> None:
    completion = OTHER_LANGUAGES["de"] + "</think>So the answer is three, as we have shown above."
    assert LanguageReward()(completions=[completion])[0] == pytest.approx(0.0, abs=0.1)
    assert LanguageReward(scope="answer")(completions=[completion]) == [1.0]
    share = LanguageReward(scope="all")(completions=[completion])[0]
    assert share is not None and 0.1 < share < 0.9


def test_unsupported_settings_are_refused_and_listed() -> None:
    with pytest.raises(ValueError, match=r"unsupported language 'xx'.*'en'"):
        LanguageReward(language="xx")
    with pytest.raises(ValueError, match="scope"):
        LanguageReward(scope="middle")  # type: ignore[arg-type]
    assert "en" in LATIN_LANGUAGES and "zh" in SCRIPT_LANGUAGES
    assert LanguageReward(language="ZH").language == "zh"


def test_degenerate_input_is_handled() -> None:
    for text in ("$" * 10_000, "\\[" * 5_000, "```" * 3_000, "\\begin{x}" * 3_000):
        assert language_share(text) is None, text[:12]  # markup only: no prose
    assert language_share("a" * 100_000) == 1.0  # Latin letters only: nothing of another language


def test_pickle_round_trip() -> None:
    reward = LanguageReward(language="zh", name="lang_zh")
    clone = pickle.loads(pickle.dumps(reward))
    texts = [OTHER_LANGUAGES["zh"], ENGLISH]
    assert clone(completions=texts) == reward(completions=texts) and clone.__name__ == "lang_zh"
    still_chinese = [pytest.approx(1.0, abs=0.1), pytest.approx(0.0, abs=0.1)]
    assert clone(completions=texts) == still_chinese
