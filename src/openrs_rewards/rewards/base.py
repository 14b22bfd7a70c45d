"""The reward contract, and the small helpers every reward shares.

A reward is a small picklable callable class, called the way TRL's ``GRPOTrainer`` calls reward functions::

    reward(prompts=None, completions=[...], completion_ids=None, **dataset_columns) -> list[float | None]

- ``completions`` are strings, or chat-message lists (``[{"role": "assistant", "content": ...}]``), of which the
  content of the last assistant message is scored.
- ``completion_ids`` (token ids, one list per completion) are used by the length and repetition rewards when given.
- Every dataset column arrives as a keyword (one value per completion); so do ``trainer_state``, ``log_extra``
  and ``log_metric``. A reward reads what it needs and ignores the rest.
- A ``None`` in the result means "no reward for this sample" (TRL turns it into NaN and leaves it out).
- ``log_extra(column, values)`` adds a column to the trainer's completions table and ``log_metric(name, value)``
  logs a scalar; rewards use them, when given, to report what they extracted and how often they failed.

Each reward class has a class attribute ``name`` (its registry name), an instance attribute ``__name__`` (TRL's log
key, ``rewards/<__name__>/mean``; defaults to ``name``) and a ``bounds`` property ``(low, high)`` that every value it
returns lies within. Rewards hold plain attributes only (no closures, locks or open resources), so they pickle: TRL's
async trainer and process pools send them to other processes.
"""

from __future__ import annotations

import asyncio
import math
import threading
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Literal

from openrs_rewards.verifiers.text import completion_text, completion_texts, split_reasoning

__all__ = [
    "CHARS_PER_TOKEN_ESTIMATE",
    "GOLD_COLUMNS",
    "LengthUnit",
    "Reward",
    "completion_text",
    "completion_texts",
    "find_gold_column",
    "run_sync",
    "split_reasoning",
]

LengthUnit = Literal["tokens", "chars"]

#: The gold columns tried, in order, when a reward's ``gold_column`` is ``"auto"``. ``answer`` comes first because
#: a dataset that has both (open-r1 style: ``solution`` is the worked solution, ``answer`` its final value) stores
#: the clean final answer there: it is parsed whole, while a worked solution must first be reduced to its last
#: ``\boxed{}`` (which the verifier does, so ``solution`` alone works too). ``gold`` is this package's own name.
GOLD_COLUMNS: tuple[str, ...] = ("answer", "solution", "gold")

#: Characters per token assumed when a length in tokens is asked for but neither ``completion_ids`` nor a tokenizer
#: is available. English prose runs near 4 characters per token with the BPE tokenizers of the Qwen / Llama
#: families, while long math reasoning runs lower because digits are split one by one: the SmolLM2 tokenizer gives
#: 2.6 on this package's example completions. 3.0 sits in between, erring towards more tokens (so that a length
#: penalty errs towards punishing).
CHARS_PER_TOKEN_ESTIMATE = 3.0


def find_gold_column(kwargs: Mapping[str, Any], gold_column: str, reward_name: str) -> str:
    """The dataset column holding the gold answers: ``gold_column``, or with ``"auto"`` the first of
    :data:`GOLD_COLUMNS` present. Raises a ``KeyError`` naming the columns that did arrive."""
    if gold_column != "auto":
        if gold_column in kwargs and kwargs[gold_column] is not None:
            return gold_column
        missing = f"the gold column {gold_column!r}"
    else:
        for candidate in GOLD_COLUMNS:
            if kwargs.get(candidate) is not None:
                return candidate
        missing = f"a gold column (tried {', '.join(GOLD_COLUMNS)})"
    columns = sorted(k for k in kwargs if k not in _NOT_COLUMNS)
    raise KeyError(
        f"reward {reward_name!r} needs {missing}, but the batch has only the columns {columns}; "
        f"pass gold_column='<your column>'"
    )


_NOT_COLUMNS = frozenset({"trainer_state", "log_extra", "log_metric", "environments"})


def run_sync(awaitable: Any) -> Any:
    """The result of a coroutine from synchronous code, also when an event loop is already running in this thread
    (then it runs on a fresh loop in a helper thread).

    >>> async def seven() -> int:
    ...     return 7
    >>> run_sync(seven())
    7
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(awaitable)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(awaitable)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="openrs-rewards-run-sync")
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


class Reward:
    """Base class of the built-in rewards: the call contract, the log name, bounds and the shared helpers.

    Subclasses set ``name``, implement :meth:`score` (or override ``__call__``) and :attr:`bounds`.
    """

    name: ClassVar[str] = "reward"

    def __init__(self, *, name: str | None = None) -> None:
        self.__name__ = name or self.name
        self._warned: set[str] = set()  # warnings already given by this instance (plain data: pickles)

    @property
    def bounds(self) -> tuple[float, float]:
        """The smallest and largest value this reward returns (``None`` aside)."""
        raise NotImplementedError

    def __call__(
        self,
        prompts: Sequence[Any] | None = None,
        completions: Sequence[Any] | None = None,
        completion_ids: Sequence[Sequence[int]] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        raise NotImplementedError

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in self._repr_items())
        return f"{type(self).__name__}({params})"

    def _repr_items(self) -> list[tuple[str, Any]]:
        return [(k, v) for k, v in vars(self).items() if not k.startswith("_")]

    # -- helpers ----------------------------------------------------------------------------------------------
    def _log_extra(self, kwargs: Mapping[str, Any], column: str, values: list[Any]) -> None:
        log_extra = kwargs.get("log_extra")
        if callable(log_extra):
            log_extra(f"{self.__name__}/{column}", values)

    def _log_metric(self, kwargs: Mapping[str, Any], metric: str, value: float) -> None:
        log_metric = kwargs.get("log_metric")
        if callable(log_metric):
            log_metric(f"{self.__name__}/{metric}", float(value))

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            warnings.warn(message, UserWarning, stacklevel=4)

    def _lengths(
        self,
        texts: Sequence[str],
        completion_ids: Sequence[Sequence[int]] | None,
        unit: LengthUnit,
        tokenizer: Any,
        kwargs: Mapping[str, Any],
    ) -> list[int]:
        """Completion lengths in ``unit``: characters; or tokens from ``completion_ids``, else from ``tokenizer``
        (a callable returning ids or an object with ``encode``), else estimated as characters /
        :data:`CHARS_PER_TOKEN_ESTIMATE` with a warning (once per reward) and the metric ``<name>/length_estimated``."""
        if unit == "chars":
            return [len(t) for t in texts]
        if completion_ids is not None:
            if len(completion_ids) != len(texts):
                raise ValueError(
                    f"reward {self.__name__!r}: {len(completion_ids)} completion_ids for {len(texts)} completions"
                )
            return [len(ids) if ids is not None else 0 for ids in completion_ids]
        if tokenizer is not None:
            encode: Callable[[str], Any] = getattr(tokenizer, "encode", tokenizer)
            return [len(_ids(encode(t))) for t in texts]
        self._warn_once(
            "length_estimate",
            f"reward {self.__name__!r} measures length in tokens but got neither completion_ids nor a tokenizer; "
            f"estimating tokens as characters / {CHARS_PER_TOKEN_ESTIMATE}. Pass completion_ids (TRL does), "
            "tokenizer=..., or length_unit='chars'.",
        )
        self._log_metric(kwargs, "length_estimated", 1.0)
        return [math.ceil(len(t) / CHARS_PER_TOKEN_ESTIMATE) for t in texts]


def _ids(encoded: Any) -> Sequence[Any]:
    # transformers tokenizers called directly return a mapping with "input_ids".
    if isinstance(encoded, Mapping):
        encoded = encoded.get("input_ids", ())
    return encoded if isinstance(encoded, Sequence) else list(encoded)


def check_unit(unit: str) -> LengthUnit:
    if unit not in ("tokens", "chars"):
        raise ValueError(f"length_unit must be 'tokens' or 'chars', got {unit!r}")
    return unit  # type: ignore[return-value]
