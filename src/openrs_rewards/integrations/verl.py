"""verl (0.9): any registered reward as verl's custom reward function.

Point verl at this module and pick the sync or the async entry (the spec in Hydra's quotes, the whole override in
the shell's)::

    reward.custom_reward_function.path=pkg://openrs_rewards.integrations.verl
    reward.custom_reward_function.name=compute_score          # or compute_score_async
    "+reward.custom_reward_function.reward_kwargs.spec='cosine(max_len=3584)'"   # optional; default accuracy
    +reward.custom_reward_function.reward_kwargs.verifier_workers=4              # optional

verl (``verl/trainer/ppo/reward.py``, ``get_custom_reward_fn``) loads the function, merges ``reward_kwargs`` into
every call's keywords and calls it once per sample as ``fn(data_source=..., solution_str=..., ground_truth=...,
extra_info=..., **reward_kwargs)`` (its older reward managers pass the first four positionally), from a thread of
the event loop's executor inside each of its reward worker actors (``reward.num_workers``, 8 by default). It picks
the async path with ``inspect.iscoroutinefunction``, so :func:`compute_score_async` is a plain ``async def``.

The result is a dict with ``score`` and the same extra keys for every sample: ``skipped`` (1.0 where the reward
gave ``None``, sent as 0.0), ``status`` (the verifier's), ``pred`` (the extracted answer: verl's validation
metrics take majority votes over ``pred``) and, for a reward that verifies, ``acc`` (1.0 when correct: verl's
validation reports ``acc`` as its main metric).

The problem reaches the reward from ``extra_info`` when the dataset put it there (``question``, as verl's GSM8K
preparation does, ``problem`` or ``prompt``): an answer that only restates one of the problem's expressions, or a
rounded decimal where the problem asks for an exact form, then earns nothing (see
:mod:`openrs_rewards.verifiers.problem_checks`). Without it every answer is judged on its value alone.

Each reward worker process builds the reward once and sizes its verifier pool once (:data:`VERL_REWARD_WORKERS`
processes share the machine's CPUs unless ``verifier_workers`` says otherwise). A group-normalised reward (``length``,
Kimi's) cannot work one sample at a time and is refused with a message saying so.

>>> compute_score("openai/gsm8k", "so \\\\boxed{18}", "18")["score"]
1.0
>>> compute_score("openai/gsm8k", "so \\\\boxed{18}", "18", None, spec="format")["status"]
''
"""

from __future__ import annotations

from typing import Any

from openrs_rewards.integrations._common import (
    SampleScore,
    ascore_samples,
    build_reward,
    score_samples,
    size_pool,
)

__all__ = ["VERL_REWARD_WORKERS", "compute_score", "compute_score_async"]

#: verl's default ``reward.num_workers``: the reward worker actors that share one machine.
VERL_REWARD_WORKERS = 8


def _prepare(spec: str | None, verifier_workers: int | None) -> Any:
    size_pool(verifier_workers, processes=VERL_REWARD_WORKERS)
    return build_reward(spec, per_sample=True, framework="verl's custom_reward_function")


# The extra_info keys that hold the problem's text, in the order tried (verl's examples/data_preprocess/gsm8k.py
# writes "question"; other preparations name it "problem" or keep the "prompt").
_PROBLEM_KEYS = ("question", "problem", "prompt")


def _problems(extra_info: Any) -> list[Any] | None:
    """The sample's problem, one per sample as the rewards take ``prompts``; None when extra_info holds none."""
    if not isinstance(extra_info, dict):
        return None
    for key in _PROBLEM_KEYS:
        value = extra_info.get(key)
        if isinstance(value, str | list) and value:
            # (a list: the chat messages of the prompt, whose last user message is the problem)
            return [value]
    return None


def _result(sample: SampleScore, reward: Any) -> dict[str, Any]:
    result: dict[str, Any] = {"score": sample.score, **sample.extra()}
    if getattr(reward, "verify_options", None) is not None:
        result["acc"] = float(sample.status == "correct")
    return result


def compute_score(
    data_source: Any,
    solution_str: str,
    ground_truth: Any,
    extra_info: Any = None,
    *,
    spec: str | None = None,
    verifier_workers: int | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """Score one verl sample: ``solution_str`` (the decoded response) against ``ground_truth``.

    Args:
        data_source, extra_info: as verl passes them (the reward is chosen by ``spec``; extra_info's
            ``question`` / ``problem`` / ``prompt``, when there, is the problem the reward reads).
        spec: a registered reward spec (``reward_kwargs.spec``); default ``$OPENRS_REWARD_SPEC`` or ``accuracy``.
        verifier_workers: this process's verifier pool (``reward_kwargs.verifier_workers``).
        kwargs: what else verl passes (``reward_router_address`` ...), ignored.
    """
    reward = _prepare(spec, verifier_workers)
    (sample,) = score_samples(
        reward,
        [solution_str],
        [ground_truth],
        prompts=_problems(extra_info),
        batch=f"a verl sample from {data_source!r}",
    )
    return _result(sample, reward)


async def compute_score_async(
    data_source: Any,
    solution_str: str,
    ground_truth: Any,
    extra_info: Any = None,
    *,
    spec: str | None = None,
    verifier_workers: int | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    """:func:`compute_score` for verl's async path: the reward worker's event loop keeps running while the
    verifier decides."""
    reward = _prepare(spec, verifier_workers)
    (sample,) = await ascore_samples(
        reward,
        [solution_str],
        [ground_truth],
        prompts=_problems(extra_info),
        batch=f"a verl sample from {data_source!r}",
    )
    return _result(sample, reward)
