"""The language-consistency reward: the share of the reasoning written in the target language.

Open-RS saw its model drift into other languages after 150-200 steps; this reward gives the trainer a signal
against it. It runs offline with no model: a script detector (``unicodedata``) for languages with their own script
(Chinese, Japanese, Korean, Russian, Arabic, ...), and, within Latin script, small inline lists of function words
("the", "der", "le", "el", "của", ...) that tell English from German, French, Spanish, Vietnamese and others.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, Literal

import regex

from openrs_rewards.rewards.base import Reward, completion_texts, split_reasoning

__all__ = ["LATIN_LANGUAGES", "SCRIPT_LANGUAGES", "LanguageReward", "language_share"]

# Function words: frequent, short, and rarely shared between these languages. A word may sit in several lists
# ("in", "die", "also"); a sentence then counts for each, and the language with the most hits wins.
_FUNCTION_WORDS: dict[str, str] = {
    "en": "the an of and to in is are was were be been being that this these those it its for as with on by at "
    "from or not but if then than so there which what when where how why we you they he she our their us let "
    "have has had do does did can could will would should must may might each all any some such into about over "
    "after before because while also just only very more most other same both between through now since thus "
    "therefore hence given need get take use note wait yes no one two three first second next find solve "
    "equation answer number value step sum square root check problem means gives per like out up down here every equals times plus minus divided total okay hmm right maybe actually think know see look try case either whether who them him me my your let's lets possible",
    "de": "der die das den dem des und ist sind nicht ein eine einen einem einer zu mit auf für von sich auch es wir "
    "ich sie er wenn dann also aber oder wie was wird werden haben hat noch nur dass daher somit gleich jetzt hier "
    "diese dieser dieses nach bei aus um ob kann können muss zwei drei ergibt lösung gleichung",
    "fr": "le la les de des du et est un une que qui dans pour pas ne sur avec au aux ce cette ces nous on il elle "
    "sont donc alors mais ou où par plus comme si puis être avoir fait peut soit entre deux trois équation réponse "
    "nombre valeur",
    "es": "el la los las de del es un una que en por para con no se lo su sus como pero más al entonces donde "
    "cuando este esta estos hay ser son también porque así sea tenemos dos tres ecuación respuesta número valor",
    "it": "il lo la gli le di del della un una che in per con non si come ma più sono quindi allora dove quando "
    "questo questa abbiamo anche perché così sia due tre equazione risposta numero valore",
    "pt": "os as de do da dos das um uma que em no na por para com não se como mas mais ou então onde quando "
    "este esta temos também porque assim seja são dois três equação resposta número valor",
    "nl": "de het een en is van in op te dat die niet met voor zijn er maar ook als dan dus wat we wij ik hij zij bij "
    "naar om deze dit kunnen moet wordt twee drie vergelijking antwoord",
    "vi": "của là và các có được cho này một không với ta những trong để khi thì từ đó nên vậy ra bằng theo số như "
    "cũng phải hai ba phương trình",
    "id": "yang dan di ke dari ini itu dengan untuk adalah tidak dalam pada kita kami akan juga atau karena jadi maka "
    "bisa sehingga dua tiga persamaan jawaban",
    "tr": "ve bir bu için ile da de olan olarak ne çok daha gibi sonra şimdi yani ama iki üç denklem cevap",
}
_WORDS_OF: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()
}
# word -> the languages listing it: one dictionary look-up per word.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _WORDS_OF.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)
_LATIN_ONLY = frozenset({"LATIN"})

#: Languages written in Latin script that the function-word check tells apart.
LATIN_LANGUAGES: tuple[str, ...] = tuple(_FUNCTION_WORDS)

#: Languages told by their script alone: language -> the Unicode script names (first word of a character's name).
SCRIPT_LANGUAGES: dict[str, frozenset[str]] = {
    "zh": frozenset({"CJK"}),
    "ja": frozenset({"CJK", "HIRAGANA", "KATAKANA"}),
    "ko": frozenset({"HANGUL"}),
    "ru": frozenset({"CYRILLIC"}),
    "uk": frozenset({"CYRILLIC"}),
    "bg": frozenset({"CYRILLIC"}),
    "ar": frozenset({"ARABIC"}),
    "fa": frozenset({"ARABIC"}),
    "he": frozenset({"HEBREW"}),
    "el": frozenset({"GREEK"}),
    "hi": frozenset({"DEVANAGARI"}),
    "th": frozenset({"THAI"}),
    "latin": frozenset({"LATIN"}),
}

# Scripts written without spaces between words: each character weighs about a word of Latin letters.
_DENSE_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI"})
_DENSE_WEIGHT = 3

# What is not prose, removed before counting. Every pattern is bounded: no unbounded backtracking on model output.
_NOT_PROSE = re.compile(
    r"```[\s\S]*?(?:```|\Z)"  # fenced code (an unclosed fence runs to the end)
    r"|`[^`\n]{0,500}`"  # inline code
    r"|\$\$[\s\S]{0,8000}?\$\$"  # display math
    r"|\\\[[\s\S]{0,8000}?\\\]"
    r"|\\\([\s\S]{0,4000}?\\\)"
    r"|\\begin\{([a-zA-Z*]{1,30})\}[\s\S]{0,8000}?\\end\{\1\}"  # LaTeX environments
    r"|\$(?:[^$\\\n]|\\.){1,1000}?\$"  # inline math
    r"|\\[a-zA-Z]+"  # any other LaTeX command
    r"|</?[a-zA-Z_]{1,20}>"  # tags such as <think>
)
_SENTENCE_END = re.compile(r"[.!?;:\n。！？；：]+")
_LETTERS = regex.compile(r"\p{L}+")  # letters only: not digits, not ² or ₁ (Unicode numbers), not marks

_script_cache: dict[str, str] = {}


def _script(char: str) -> str:
    script = _script_cache.get(char)
    if script is None:
        is_letter = unicodedata.category(char).startswith("L")
        script = unicodedata.name(char, "UNKNOWN").split(" ", 1)[0] if is_letter else ""
        if len(_script_cache) < 100_000:
            _script_cache[char] = script
    return script


def _char_scripts(word: str) -> dict[str, int]:
    """Letters of a non-ASCII ``word`` per script (Chinese text runs into Latin words without spaces)."""
    counts: dict[str, int] = {}
    for char in word:
        script = _script(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _latin_sentence_is(language: str, hits: dict[str, int], accented: int) -> bool:
    """Whether a Latin-script sentence with these function-word ``hits`` is in ``language``."""
    target = hits.get(language, 0)
    others = max((v for k, v in hits.items() if k != language), default=0)
    if language == "en":
        # Accented words count a little against English ("Poincaré" and "Möbius" do occur in English).
        # Ties, and sentences with no evidence either way, count as English: the default language.
        return target >= others + 0.5 * accented
    if target == 0 and others == 0:
        return True  # no evidence either way
    return target > 0 and target >= others


def language_share(text: str, language: str = "en") -> float | None:
    """The share (0..1) of the prose in ``text`` written in ``language``, or None when ``text`` has no prose.

    LaTeX (``$…$``, ``$$…$$``, ``\\[…\\]``, ``\\(…\\)``, environments, commands), code, numbers and one-letter
    words (variables) are ignored. Each sentence is judged as a whole, weighted by its letters (characters of CJK,
    kana, Hangul and Thai count :data:`_DENSE_WEIGHT` each, as these scripts put no spaces between words).

    >>> language_share("So $x = 2$, and therefore the answer is 4.")
    1.0
    >>> language_share("Also ist $x = 2$ und die Lösung ist 4.")
    0.0
    """
    if language not in _WORDS_OF and language not in SCRIPT_LANGUAGES:
        raise ValueError(
            f"unsupported language {language!r}; supported: {sorted({*_WORDS_OF, *SCRIPT_LANGUAGES})}"
        )
    by_words = language in _WORDS_OF
    target_scripts = SCRIPT_LANGUAGES.get(language, _LATIN_ONLY)
    total = matched = 0
    for sentence in _SENTENCE_END.split(_NOT_PROSE.sub(" ", text)):
        latin = other = accented = 0
        hits: dict[str, int] = {}
        for word in _LETTERS.findall(sentence):
            if word.isascii():
                if len(word) > 1:  # a one-letter word is a variable, or too little to tell
                    latin += len(word)
                    if by_words:
                        for lang in _LANGUAGES_OF.get(word.lower(), ()):
                            hits[lang] = hits.get(lang, 0) + 1
                continue
            for script, letters in _char_scripts(word).items():
                if script in _DENSE_SCRIPTS:
                    weight = letters * _DENSE_WEIGHT
                elif letters < 2:
                    continue
                else:
                    weight = letters
                if script == "LATIN":
                    latin += weight
                    accented += 1
                    if by_words:
                        for lang in _LANGUAGES_OF.get(word.lower(), ()):
                            hits[lang] = hits.get(lang, 0) + 1
                elif script in target_scripts:
                    matched += weight
                    total += weight
                else:
                    total += weight
                    other += weight
        total += latin
        if (
            latin
            and "LATIN" in target_scripts
            and (not by_words or _latin_sentence_is(language, hits, accented))
        ):
            matched += latin
    return matched / total if total else None


class LanguageReward(Reward):
    """The share (0..1) of the reasoning written in ``language``, ignoring LaTeX, math, code and numbers.

    ``language`` is ``"en"`` (default) or another language told apart by function words within Latin script
    (:data:`LATIN_LANGUAGES`: de, fr, es, it, pt, nl, vi, id, tr), or one told by its script
    (:data:`SCRIPT_LANGUAGES`: zh, ja, ko, ru, ar, he, el, hi, th, ...; ``"latin"`` accepts any Latin-script
    language). For English, a sentence in Latin script counts when English function words outnumber those of every
    other listed language (accented letters count a little against it); so German, French, Spanish or Vietnamese
    reasoning scores low although it is Latin script, and mixed reasoning scores the share of its English sentences.

    The reasoning is the text before ``</think>`` (``scope="reasoning"``, the default; the whole completion when it
    has no ``</think>``); ``scope="answer"`` judges the text after it, ``"all"`` the whole completion. A completion
    with no prose to judge (empty, or only math) gives ``None``: it is neither rewarded nor punished, and the count
    is logged as ``<name>/no_prose``. Works offline: no model, no download.

    Args:
        language: the target language (see above).
        scope: ``"reasoning"``, ``"answer"`` or ``"all"``.
        name: the log name (``__name__``).

    Example:
        >>> reward = LanguageReward()
        >>> reward(completions=["We need $x^2 = 4$, so x is 2 or -2.</think> 2",
        ...                     "Wir brauchen $x^2 = 4$, also ist x gleich 2.</think> 2",
        ...                     "我们需要 $x^2 = 4$，所以 x 等于 2。</think> 2"])
        [1.0, 0.0, 0.0]
    """

    name = "language"

    def __init__(
        self,
        *,
        language: str = "en",
        scope: Literal["reasoning", "answer", "all"] = "reasoning",
        name: str | None = None,
    ) -> None:
        super().__init__(name=name)
        language = language.lower()
        if language not in _WORDS_OF and language not in SCRIPT_LANGUAGES:
            raise ValueError(
                f"unsupported language {language!r}; supported: {sorted({*_WORDS_OF, *SCRIPT_LANGUAGES})}"
            )
        if scope not in ("reasoning", "answer", "all"):
            raise ValueError(f"scope must be 'reasoning', 'answer' or 'all', got {scope!r}")
        self.language = language
        self.scope = scope

    @property
    def bounds(self) -> tuple[float, float]:
        return (0.0, 1.0)

    def _part(self, text: str) -> str:
        if self.scope == "all":
            return text
        reasoning, answer, _ = split_reasoning(text)
        return reasoning if self.scope == "reasoning" else answer

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        shares = [language_share(self._part(text), self.language) for text in completion_texts(completions)]
        self._log_metric(kwargs, "no_prose", sum(1 for share in shares if share is None))
        return shares
