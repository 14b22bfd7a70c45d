"""`VerifyOptions`: every option of the verifier in one object, used by ``verify``, the rewards and ``openrs-score``.

Two presets matter:

* :data:`DEFAULT_OPTIONS` — what :func:`openrs_rewards.verify` and ``openrs-score`` use: the answer after the
  reasoning, else inside it (``answer_region="reasoning_fallback"``), and a last number standing alone in a finished
  final sentence as a last resort (evaluation wants to read what a human grader would read).
* :data:`REWARD_OPTIONS` — what the built-in rewards use: explicit answers only (a box, an answer tag, a final-answer
  phrase, a final math span or the plain-text math a final sentence states, never a number alone). A reward that paid for a trailing number would teach a policy to end on a number
  (``1. first 2. second 3. third`` is not the answer 3).

Example:
    >>> VerifyOptions(answer_region="after_reasoning").with_overrides(timeout=2).timeout
    2.0
    >>> REWARD_OPTIONS.last_number_fallback
    False
"""

from __future__ import annotations

import dataclasses
import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from openrs_rewards.verifiers.extract import ExtractionConfig

__all__ = [
    "ANSWER_REGIONS",
    "DEFAULT_OPTIONS",
    "OPTION_NAMES",
    "REWARD_OPTIONS",
    "AnswerRegion",
    "UnclosedThink",
    "VerifyOptions",
]

AnswerRegion = Literal["reasoning_fallback", "after_reasoning"]
UnclosedThink = Literal["search_all", "no_answer"]
ANSWER_REGIONS: tuple[AnswerRegion, ...] = ("reasoning_fallback", "after_reasoning")


@dataclass(frozen=True, slots=True)
class VerifyOptions:
    """How the verifier reads a completion and how long it may spend on one.

    Attributes:
        answer_region: ``"reasoning_fallback"`` (default): the text after the reasoning (``</think>``); when that has
            no answer, the reasoning itself (``Verdict.source`` then starts with ``"reasoning:"``).
            ``"after_reasoning"``: only the text after the reasoning (strict; what TRL's
            ``reasoning_accuracy_reward`` does): an answer inside the reasoning is no answer.
        unclosed_think: a completion that opens ``<think>`` and never closes it: ``"search_all"`` reads it,
            ``"no_answer"`` gives no answer.
        last_number_fallback: with no explicit answer, take a number standing alone at the end of a finished final
            sentence (never in a truncated or looping completion).
        tail_chars: only the last this-many characters are searched (the answer is at the end).
        max_answer_chars: a longer answer span is refused (degenerate output).
        use_math_verify: math-verify's LaTeX parser as the last backend of the symbolic stage.
        rounded_answers: a decimal answer of 4 or more significant digits (3 against a gold in scientific notation)
            matches a more precise or exact gold that rounds to it (``1.732`` for ``\\sqrt{3}``, ``0.6667`` for
            ``\\frac{2}{3}``, as graders with a relative tolerance accept them). False: an answer must be exact (a
            problem that wants the exact form, a reward that must not pay for a calculator's digits); a rounded gold
            (``2.6667``) still accepts every answer that rounds to it, since the data set chose that precision, and a
            decimal that agrees to 12 significant digits (a floating-point print of the value) is still the value.
        timeout: seconds of worker CPU time one comparison may take before it is killed (status ``"timeout"``).
    """

    answer_region: AnswerRegion = "reasoning_fallback"
    unclosed_think: UnclosedThink = "search_all"
    last_number_fallback: bool = True
    tail_chars: int = 16_000
    max_answer_chars: int = 1_000
    use_math_verify: bool = True
    rounded_answers: bool = True
    timeout: float = 1.0

    def __post_init__(self) -> None:
        if self.answer_region not in ANSWER_REGIONS:
            raise ValueError(f"answer_region must be one of {ANSWER_REGIONS}, not {self.answer_region!r}")
        if self.unclosed_think not in ("search_all", "no_answer"):
            raise ValueError(
                f"unclosed_think must be 'search_all' or 'no_answer', not {self.unclosed_think!r}"
            )
        timeout = self.timeout
        if (
            isinstance(timeout, bool)
            or not isinstance(timeout, numbers.Real)
            or not math.isfinite(timeout)
            or timeout <= 0
        ):
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        object.__setattr__(self, "timeout", float(timeout))
        for name in ("last_number_fallback", "use_math_verify", "rounded_answers"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"{name} must be True or False, not {getattr(self, name)!r}")
        for name in ("tail_chars", "max_answer_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"{name} must be a positive integer, not {value!r}")

    def with_overrides(self, **overrides: Any) -> VerifyOptions:
        """A copy with the given options changed; ``None`` values are ignored, unknown names raise ``TypeError``."""
        unknown = sorted(set(overrides) - set(OPTION_NAMES))
        if unknown:
            raise TypeError(
                f"unknown verify option(s) {', '.join(unknown)}; expected some of {', '.join(OPTION_NAMES)}"
            )
        changes = {name: value for name, value in overrides.items() if value is not None}
        if not changes:
            return self
        # verify(..., timeout=2.0) resolves its options on every call: a copy (and its checks) costs ~30 µs, a
        # sixth of a short item's whole verdict, so each distinct request is made once. (Keyed by value and type:
        # 1 and 1.0 and True are equal keys in a dict, and True is no valid timeout.)
        key = (self, tuple((name, type(value), value) for name, value in changes.items()))
        try:
            copy = _OVERRIDDEN.get(key)
        except TypeError:  # an unhashable value: no memo, and the checks say what is wrong with it
            return dataclasses.replace(self, **changes)
        if copy is None:
            copy = dataclasses.replace(self, **changes)
            if len(_OVERRIDDEN) < 256:  # a handful of distinct option sets exist in any one program
                _OVERRIDDEN[key] = copy
        return copy

    @property
    def extraction(self) -> ExtractionConfig:
        """The extraction part, as :mod:`openrs_rewards.verifiers.extract` takes it."""
        return _extraction_config(self)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_OVERRIDDEN: dict[tuple[Any, ...], VerifyOptions] = {}
OPTION_NAMES: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(VerifyOptions))
DEFAULT_OPTIONS = VerifyOptions()
REWARD_OPTIONS = VerifyOptions(last_number_fallback=False)

_EXTRACTION_FIELDS = frozenset(field.name for field in dataclasses.fields(ExtractionConfig))
_EXTRACTION_CACHE: dict[VerifyOptions, ExtractionConfig] = {}


def _extraction_config(options: VerifyOptions) -> ExtractionConfig:
    config = _EXTRACTION_CACHE.get(options)
    if config is None:
        fields = {name: getattr(options, name) for name in OPTION_NAMES if name in _EXTRACTION_FIELDS}
        config = ExtractionConfig(**fields)
        if len(_EXTRACTION_CACHE) < 256:  # a handful of distinct option sets exist in any one program
            _EXTRACTION_CACHE[options] = config
    return config


def resolve_options(options: VerifyOptions | Mapping[str, Any] | None, **overrides: Any) -> VerifyOptions:
    """``options`` (an object, a mapping of option names, or None for the defaults) with ``overrides`` applied."""
    if options is None:
        base = DEFAULT_OPTIONS
    elif isinstance(options, VerifyOptions):
        base = options
    elif isinstance(options, Mapping):
        base = DEFAULT_OPTIONS.with_overrides(**dict(options))
    else:
        raise TypeError(f"options must be a VerifyOptions, a mapping or None, not {type(options).__name__}")
    return base.with_overrides(**overrides)
