"""OpenRLHF (0.11): any registered reward as the ``reward_func`` file that ``--reward.remote_url`` loads.

Give OpenRLHF the file this package ships (its path is printed by
``python -m openrs_rewards.integrations.openrlhf``); it scores with ``$OPENRS_REWARD_SPEC`` as the Ray workers see
it (default ``accuracy``)::

    python -m openrlhf.cli.train_ppo_ray ... \\
        --reward.remote_url "$(python -m openrs_rewards.integrations.openrlhf)"

or write a two-line file of your own for another spec (no environment variable to pass to Ray)::

    from openrs_rewards.integrations.openrlhf import make_reward_func
    reward_func = make_reward_func("cosine(max_len=3584)")

OpenRLHF (``openrlhf/utils/agent.py``, ``SingleTurnAgentExecutor``) imports a ``--reward.remote_url`` ending in
``.py`` with ``importlib`` inside each vLLM engine actor and calls its ``reward_func(queries, prompts, labels)``
with a batch of one, in a thread (``asyncio.to_thread``), with no timeout. A query is the prompt and the response
decoded together with their special tokens, so the prompt is cut off the front and the end-of-turn tokens off the
back before the reward sees the response. An exception there is logged at info level and the sample trains
without a reward, so the reward is built when the file is imported (a bad ``$OPENRS_REWARD_SPEC`` stops the
engine at start-up with the registry's message) and nothing after that raises for an ordinary sample.

:func:`reward_func` returns ``{"rewards", "scores", "extra_logs"}`` as tensors (OpenRLHF converts every
``extra_logs`` value with ``torch.tensor([value])``, so they are numbers): ``skipped`` (1.0 where the reward gave
``None``, sent as 0.0), ``prompt_found`` (0.0 where the prompt was not in the query, so the whole query was
scored), ``answered`` (1.0 where the verifier extracted an answer) and one 0/1 column per verifier status
(``status/correct``, ``status/no_answer``, ``status/timeout`` ...), which OpenRLHF averages into its logged metrics.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openrs_rewards.integrations._common import build_reward, score_samples, size_pool
from openrs_rewards.verifiers.verdict import STATUSES

__all__ = [
    "OPENRLHF_ENGINES",
    "extra_logs",
    "make_reward_func",
    "response_of",
    "reward_func",
    "reward_func_path",
]

#: Reward processes assumed per machine when sizing each one's verifier pool: the reward runs inside every vLLM
#: engine actor (``--vllm_num_engines``); 8 engines fill an 8-GPU node. ``$OPENRS_VERIFIER_WORKERS`` overrides.
OPENRLHF_ENGINES = 8


def reward_func_path() -> str:
    """The path of the shipped ``reward_func`` file, for ``--reward.remote_url``.

    >>> reward_func_path().endswith("openrs_rewards/integrations/openrlhf_reward_func.py")
    True
    """
    return str(Path(__file__).with_name("openrlhf_reward_func.py"))


def response_of(query: str, prompt: str | None) -> tuple[str, bool]:
    """The response in an OpenRLHF query (prompt + response decoded with special tokens) and whether the prompt
    was found in it: the prompt cut off the front, the end-of-turn tokens off the back.

    >>> response_of("<|im_start|>user 2+2?<|im_end|>\\\\boxed{4}<|im_end|>", "<|im_start|>user 2+2?<|im_end|>")
    ('\\\\boxed{4}', True)
    """
    from openrs_rewards.integrations.server import strip_end_tokens, strip_prompt

    response, found = strip_prompt(query, prompt)
    return strip_end_tokens(response), found


def extra_logs(samples: Sequence[Any], prompt_found: Sequence[bool]) -> dict[str, list[float]]:
    """The numeric ``extra_logs`` columns for scored samples (see the module docstring)."""
    logs: dict[str, list[float]] = {
        "skipped": [float(s.skipped) for s in samples],
        "prompt_found": [float(found) for found in prompt_found],
        "answered": [float(bool(s.pred)) for s in samples],
    }
    for status in STATUSES:
        logs[f"status/{status}"] = [float(s.status == status) for s in samples]
    return logs


def make_reward_func(spec: str | None) -> Callable[..., dict[str, Any]]:
    """An OpenRLHF ``reward_func(queries, prompts, labels, **kwargs)`` scoring with ``spec`` (None:
    ``$OPENRS_REWARD_SPEC`` or ``accuracy``). The reward is built now, so a bad spec fails where the file is loaded.

    >>> make_reward_func("format")(["Q: 2+2? A: I add.</think> 4"], ["Q: 2+2? A:"], ["4"])["rewards"]
    tensor([1.])
    """
    build_reward(spec, framework="OpenRLHF")

    def reward_func(
        queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any], **kwargs: Any
    ) -> dict[str, Any]:
        import torch  # OpenRLHF's own dependency; imported here so the module loads without it

        size_pool(None, processes=OPENRLHF_ENGINES)
        reward = build_reward(spec, framework="OpenRLHF")
        responses, found = [], []
        for query, prompt in zip(queries, prompts, strict=True):
            response, prompt_found = response_of(query, prompt)
            responses.append(response)
            found.append(prompt_found)
        samples = score_samples(
            reward, responses, list(labels), prompts=list(prompts), batch="an OpenRLHF rollout"
        )
        rewards = torch.tensor([s.score for s in samples], dtype=torch.float32)
        logs = {
            name: torch.tensor(values, dtype=torch.float32)
            for name, values in extra_logs(samples, found).items()
        }
        return {"rewards": rewards, "scores": rewards.clone(), "extra_logs": logs}

    return reward_func


def reward_func(
    queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any], **kwargs: Any
) -> dict[str, Any]:
    """OpenRLHF's ``reward_func``: score each query's response against its label with ``$OPENRS_REWARD_SPEC``
    (default ``accuracy``, read at each call); returns ``{"rewards", "scores", "extra_logs"}`` as float tensors of
    one value per query."""
    return make_reward_func(None)(queries, prompts, labels, **kwargs)


def main() -> int:
    """Print the ``reward_func`` file's path (``python -m openrs_rewards.integrations.openrlhf``)."""
    if not os.path.isfile(reward_func_path()):
        print(
            f"the reward_func file is missing from this installation: {reward_func_path()}", file=sys.stderr
        )
        return 1
    print(reward_func_path())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
