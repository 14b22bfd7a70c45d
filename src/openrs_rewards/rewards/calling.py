"""Calling a reward: the one place where anything (the TRL adapter, the compositions, ``openrs-score``, the
evaluation pipeline) calls a reward function and checks what came back.

:func:`call_reward` (from synchronous code) and :func:`acall_reward` (from a coroutine):

- pass the reward only the keywords its ``__call__`` accepts (everything when it takes ``**kwargs``), so a
  third-party reward with a fixed signature works wherever a built-in one does;
- await a coroutine reward, also from synchronous code inside a running event loop (see
  :func:`~openrs_rewards.rewards.base.run_sync`);
- check that one value per completion came back: a list, tuple or array (anything with ``tolist()``) of real
  numbers or ``None``;
- map NaN to ``None`` ("no reward for this sample", as TRL reads NaN), and refuse infinities and non-numbers.

A result that breaks the contract raises :class:`RewardCallError` naming the reward, the batch, and the offending
value and its position. An exception raised by the reward itself propagates unchanged, with a note (Python 3.11+)
saying which reward on which batch raised it.

>>> def halves(completions, **kwargs):
...     return [len(c) / 2 for c in completions]
>>> call_reward(halves, prompts=None, completions=["ab", "abcd"])
[1.0, 2.0]
>>> call_reward(lambda completions, **kw: [float("nan"), 1], prompts=None, completions=["a", "b"])
[None, 1.0]
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Mapping, Sequence
from numbers import Real
from typing import Any

from openrs_rewards.rewards.base import run_sync

__all__ = ["RewardCallError", "acall_reward", "call_reward", "reward_kwargs_accepted", "reward_label"]


class RewardCallError(ValueError):
    """A reward returned something other than one real number or ``None`` per completion.

    The message names the reward, the batch, and the offending value and its position.
    """


def reward_label(reward: Any) -> str:
    """The name a reward is known by in messages and logs: its ``__name__``, else its class name.

    >>> from openrs_rewards.rewards import FormatReward
    >>> reward_label(FormatReward()), reward_label(len)
    ('format', 'len')
    """
    return str(getattr(reward, "__name__", None) or type(reward).__name__)


def reward_kwargs_accepted(func: Any) -> frozenset[str] | None:
    """The keyword names a reward's call accepts, or None when it takes ``**kwargs`` (or cannot be inspected).

    >>> sorted(reward_kwargs_accepted(lambda completions, answer: None))
    ['answer', 'completions']
    >>> reward_kwargs_accepted(lambda completions, **kwargs: None) is None
    True
    """
    target = func if inspect.isfunction(func) or inspect.ismethod(func) else getattr(func, "__call__", func)  # noqa: B004
    try:
        signature = inspect.signature(target)
    except (TypeError, ValueError):
        return None
    names = set()
    for parameter in signature.parameters.values():
        if parameter.kind is inspect.Parameter.VAR_KEYWORD:
            return None
        if parameter.kind in (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY):
            names.add(parameter.name)
    return frozenset(names)


def _arguments(
    reward: Any,
    prompts: Any,
    completions: Sequence[Any],
    completion_ids: Any,
    columns: Mapping[str, Any],
    accepted: frozenset[str] | None,
) -> dict[str, Any]:
    call = {"prompts": prompts, "completions": completions, "completion_ids": completion_ids, **columns}
    if accepted is None:
        return call
    return {key: value for key, value in call.items() if key in accepted}


def _where(label: str, batch: str | None, size: int) -> str:
    where = f"reward {label!r} on {batch}" if batch else f"reward {label!r}"
    return f"{where} ({size} completions)"


def _note(exc: BaseException, where: str) -> None:
    add_note = getattr(exc, "add_note", None)  # Python 3.11+
    if callable(add_note):
        add_note(f"raised by {where}")


def _check(values: Any, label: str, batch: str | None, size: int) -> list[float | None]:
    where = _where(label, batch, size)
    if inspect.isawaitable(values):
        raise RewardCallError(f"{where} returned an awaitable that was not awaited: {values!r}")
    if not isinstance(values, (str, bytes, Mapping)) and hasattr(values, "tolist"):
        values = values.tolist()  # a numpy array or a torch tensor
    if values is None or isinstance(values, (str, bytes, Mapping)) or not isinstance(values, Sequence):
        raise RewardCallError(
            f"{where} returned {type(values).__name__} {_short(values)}, not a list of one number per completion"
        )
    if len(values) != size:
        raise RewardCallError(f"{where} returned {len(values)} values for {size} completions")
    checked: list[float | None] = []
    for position, value in enumerate(values):
        if value is None:
            checked.append(None)
            continue
        if hasattr(value, "item") and not isinstance(value, Real):
            value = value.item()  # a 0-d array or tensor
        if not isinstance(value, Real):
            raise RewardCallError(
                f"{where} returned {type(value).__name__} {_short(value)} at position {position}, "
                "not a number or None"
            )
        number = float(value)
        if math.isnan(number):
            checked.append(None)
        elif math.isinf(number):
            raise RewardCallError(
                f"{where} returned {number} at position {position}; rewards must be finite (None or NaN skip a "
                "sample)"
            )
        else:
            checked.append(number)
    return checked


def _short(value: Any, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def call_reward(
    reward: Any,
    *,
    prompts: Any,
    completions: Sequence[Any],
    completion_ids: Any = None,
    columns: Mapping[str, Any] | None = None,
    label: str | None = None,
    batch: str | None = None,
) -> list[float | None]:
    """Call ``reward`` on one batch from synchronous code and return its checked values.

    Args:
        reward: any reward callable, sync or ``async``.
        prompts, completions, completion_ids: as TRL passes them.
        columns: the other keywords: dataset columns (one value per completion) and TRL's ``trainer_state`` /
            ``log_extra`` / ``log_metric``; a reward gets those it accepts. A mapping rather than ``**columns``
            so that a dataset column may be called ``label`` or ``batch``.
        label: the reward's name in error messages (default: its ``__name__``).
        batch: where the batch comes from, for error messages (``"step 12"``, ``"model 'm', benchmark 'b'"``).

    Returns one ``float`` or ``None`` per completion; NaN becomes ``None``. Raises :class:`RewardCallError` for a
    result of the wrong length or with an infinite or non-numeric value.

    >>> async def shout(completions, **kwargs):
    ...     return [float(c.isupper()) for c in completions]
    >>> call_reward(shout, prompts=None, completions=["HI", "hi"])
    [1.0, 0.0]
    >>> call_reward(lambda completions: [1.0], prompts=None, completions=["a", "b"], batch="step 3")
    Traceback (most recent call last):
    ...
    openrs_rewards.rewards.calling.RewardCallError: reward '<lambda>' on step 3 (2 completions) returned 1 values for 2 completions
    """
    name = label or reward_label(reward)
    arguments = _arguments(
        reward, prompts, completions, completion_ids, columns or {}, reward_kwargs_accepted(reward)
    )
    try:
        values = reward(**arguments)
        if inspect.isawaitable(values):
            values = run_sync(values)
    except Exception as exc:
        _note(exc, _where(name, batch, len(completions)))
        raise
    return _check(values, name, batch, len(completions))


async def acall_reward(
    reward: Any,
    *,
    prompts: Any,
    completions: Sequence[Any],
    completion_ids: Any = None,
    columns: Mapping[str, Any] | None = None,
    label: str | None = None,
    batch: str | None = None,
) -> list[float | None]:
    """:func:`call_reward` from a coroutine: an ``async`` reward is awaited on the running loop (so several run
    concurrently); a synchronous one is called directly.

    >>> import asyncio
    >>> async def shout(completions, **kwargs):
    ...     return [float(c.isupper()) for c in completions]
    >>> asyncio.run(acall_reward(shout, prompts=None, completions=["HI", "hi"]))
    [1.0, 0.0]
    """
    name = label or reward_label(reward)
    arguments = _arguments(
        reward, prompts, completions, completion_ids, columns or {}, reward_kwargs_accepted(reward)
    )
    try:
        values = reward(**arguments)
        if inspect.isawaitable(values):
            values = await values
    except Exception as exc:
        _note(exc, _where(name, batch, len(completions)))
        raise
    return _check(values, name, batch, len(completions))
