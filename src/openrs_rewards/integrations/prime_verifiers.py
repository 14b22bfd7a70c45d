"""PrimeIntellect ``verifiers`` (0.4, the v1 API): any registered reward as a plugged reward function.

Plug it into a task's rewards in the environment's TOML config (or ``--env.taskset.task.rewards``)::

    [env.taskset.task.rewards.accuracy]
    fn = "openrs_rewards.integrations.prime_verifiers:accuracy"
    weight = 1.0

``accuracy`` scores with the ``accuracy`` reward; :func:`reward` with ``$OPENRS_REWARD_SPEC`` (default
``accuracy``). For any other spec, make one in your own module with :func:`make_reward`
(``cosine = make_reward("cosine(max_len=3584, length_unit='chars')")``) and name it in ``fn``.

verifiers (``verifiers/v1/utils/loaders.py``, ``load_plugged_fn``) imports ``pkg.module:function``; ``Task.score``
awaits every reward through ``invoke``, which passes the parameters it names from ``task`` (the task's data),
``trace`` and ``runtime``, and records the returned float with the entry's ``weight``. The completion is
``trace.last_reply``; the gold answer is the task data's ``answer`` field (else ``solution``, ``gold``). A reward of
``None`` is recorded as 0.0, and ``trace.info["openrs"][<name>]`` keeps ``skipped``, ``status`` and ``pred``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from openrs_rewards.integrations._common import ascore_samples, build_reward, size_pool
from openrs_rewards.rewards.base import GOLD_COLUMNS

__all__ = ["accuracy", "make_reward", "reward"]


def _gold(task: Any) -> Any:
    for name in GOLD_COLUMNS:
        value = getattr(task, name, None)
        if value is None and isinstance(task, dict):
            value = task.get(name)
        if value is not None:
            return value
    raise KeyError(
        f"the task data has none of the gold answer fields {', '.join(GOLD_COLUMNS)}; "
        f"give the taskset's TaskData an 'answer' field (got {type(task).__name__})"
    )


def _prompt(task: Any) -> Any:
    text = getattr(task, "prompt_text", None)
    return text if isinstance(text, str) else getattr(task, "prompt", None)


def make_reward(spec: str | None, name: str | None = None) -> Callable[[Any, Any], Awaitable[float]]:
    """An ``async f(task, trace) -> float`` for a verifiers reward config entry, scoring with ``spec``.

    >>> cosine = make_reward("cosine(max_len=3584)", name="cosine")
    >>> cosine.__name__
    'cosine'
    """

    async def scored(task: Any, trace: Any) -> float:
        size_pool(None)
        built = build_reward(spec, framework="verifiers")
        (result,) = await ascore_samples(
            built, [trace.last_reply], [_gold(task)], prompts=[_prompt(task)], batch="a verifiers rollout"
        )
        info = getattr(trace, "info", None)
        if isinstance(info, dict):
            info.setdefault("openrs", {})[scored.__name__] = result.extra()
        return result.score

    scored.__name__ = name or (spec or "reward").split("(", 1)[0]
    scored.__qualname__ = scored.__name__
    return scored


#: The ``accuracy`` reward.
accuracy = make_reward("accuracy", name="accuracy")
#: The reward named by ``$OPENRS_REWARD_SPEC`` (default ``accuracy``), read at its first call.
reward = make_reward(None, name="reward")
