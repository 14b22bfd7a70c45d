"""slime: any registered reward as slime's custom reward function.

::

    export OPENRS_REWARD_SPEC="accuracy"       # optional; any registered spec, default accuracy
    python train.py ... --custom-rm-path openrs_rewards.integrations.slime.reward
    # the whole group at once (group-normalised rewards such as Kimi's "length" need it):
    python train.py ... --custom-rm-path openrs_rewards.integrations.slime.reward --group-rm

slime (``slime/rollout/rm_hub/__init__.py``) loads the function by its dotted path and awaits
``reward(args, sample)`` for each sample, or with ``--group-rm`` ``reward(args, samples)`` for each prompt's group,
which must return one value per sample. :func:`reward` takes both. The spec comes from ``args.openrs_reward_spec``
when slime's ``args`` carries one (``--custom-config-path`` sets extra attributes), else ``$OPENRS_REWARD_SPEC``.

A reward of ``None`` is returned as 0.0; what the verifier said goes into ``sample.metadata["openrs"]``
(``skipped``, ``status``, ``pred``). A sample slime marks ``TRUNCATED`` is verified as cut off (explicit answers
only). slime was not installable here (its PyPI name is another project), so the tests call :func:`reward` the way
slime's ``rm_hub`` does, with objects of the same shape as its ``Sample``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openrs_rewards.integrations._common import SampleScore, ascore_samples, build_reward, size_pool

__all__ = ["reward"]


def _truncated(sample: Any) -> bool | None:
    status = getattr(sample, "status", None)
    name = getattr(status, "name", None) or getattr(status, "value", None) or status
    return None if name is None else str(name).upper() == "TRUNCATED"


def _record(sample: Any, scored: SampleScore) -> None:
    metadata = getattr(sample, "metadata", None)
    if metadata is None:
        try:
            sample.metadata = metadata = {}
        except AttributeError:
            return
    if isinstance(metadata, dict):
        metadata["openrs"] = scored.extra()


async def reward(args: Any, sample: Any, **kwargs: Any) -> float | list[float]:
    """slime's ``--custom-rm-path`` function: one sample gives a float, a list of samples (``--group-rm``) a list."""
    group = isinstance(sample, Sequence) and not isinstance(sample, (str, bytes))
    samples: list[Any] = list(sample) if group else [sample]
    size_pool(getattr(args, "openrs_verifier_workers", None))
    spec = getattr(args, "openrs_reward_spec", None)
    built = build_reward(spec, per_sample=not group, framework="slime without --group-rm")
    scored = await ascore_samples(
        built,
        [getattr(s, "response", "") for s in samples],
        [getattr(s, "label", None) for s in samples],
        prompts=[getattr(s, "prompt", None) for s in samples],
        columns={"truncated": [_truncated(s) for s in samples]},
        batch="a slime group" if group else "a slime sample",
    )
    for one, result in zip(samples, scored, strict=True):
        _record(one, result)
    values = [result.score for result in scored]
    return values if group else values[0]
