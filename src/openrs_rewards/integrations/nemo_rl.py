"""NeMo-RL: any registered reward as a NeMo-RL environment (a Ray actor with ``step``).

NeMo-RL creates an environment by name from ``nemo_rl.environments.utils.ENV_REGISTRY`` and starts its actor with
the Python of ``ACTOR_ENVIRONMENT_REGISTRY[<class path>]``; neither knows this class, so register both (the step
NeMo-RL's docs leave out) and create the environment where your copy of ``examples/run_grpo_math.py`` sets up its
data::

    from collections import defaultdict
    from nemo_rl.environments.utils import create_env
    from openrs_rewards.integrations.nemo_rl import ENV_NAME, register

    register()                                   # "openrs_math", run with the system Python
    env = create_env(ENV_NAME, config["env"])    # config["env"]["openrs_math"] = {"spec": "accuracy"}
    task_to_env = defaultdict(lambda: env)

with the environment's section in the recipe::

    env:
      openrs_math:
        spec: "accuracy"          # any registered spec; a group-normalised one sees the whole batch
        verifier_workers: null    # this actor's verifier pool (default: the pool's own)

``step(message_log_batch, metadata)`` scores the assistant messages of each conversation against
``metadata[i]["ground_truth"]`` and returns an ``EnvironmentReturn`` (rewards and ``terminateds`` as float
tensors, ``answers`` the extracted answers); each metadata dict gets ``extracted_answer`` (as NeMo-RL's math
environment sets it), ``openrs_status`` and ``openrs_skipped``. A reward of ``None`` is sent as 0.0. The user
messages of each conversation are the problem the reward reads (an answer that only restates one of its expressions
earns nothing).

``OpenRSMathEnvironment`` (the Ray actor class) is made when first looked up, so importing this module needs
neither Ray nor NeMo-RL; :class:`OpenRSEnvironment` is the same class before ``ray.remote``. NeMo-RL could not be
installed here (its PyPI release is a placeholder), so the tests call ``step`` the way NeMo-RL's rollout does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from openrs_rewards.integrations._common import build_reward, score_samples, size_pool

__all__ = ["ACTOR_CLASS_FQN", "ENV_NAME", "EnvironmentReturn", "OpenRSEnvironment", "register"]

ENV_NAME = "openrs_math"
ACTOR_CLASS_FQN = "openrs_rewards.integrations.nemo_rl.OpenRSMathEnvironment"


class _EnvironmentReturn(NamedTuple):
    """NeMo-RL's ``EnvironmentReturn`` fields, used where NeMo-RL is not installed."""

    observations: list[dict[str, str]]
    metadata: list[Any]
    next_stop_strings: list[Any]
    rewards: Any
    terminateds: Any
    answers: list[str | None] | None = None


try:
    from nemo_rl.environments.interfaces import EnvironmentReturn
except ImportError:  # NeMo-RL absent: the same fields, so the call shape is tested without it
    EnvironmentReturn = _EnvironmentReturn


def _said_by(role: str, conversation: Sequence[Mapping[str, Any]], separator: str) -> str:
    """Every message of ``role`` in the conversation, joined: the assistant's turns are one response (joined as
    written), the user's the problem and any later words ("go on", a paragraph apart)."""
    return separator.join(
        str(message.get("content", "")) for message in conversation if message.get("role") == role
    )


class OpenRSEnvironment:
    """The environment: ``cfg`` is its section of the recipe (``spec``, ``verifier_workers``)."""

    def __init__(self, cfg: Mapping[str, Any] | None = None) -> None:
        self.cfg = dict(cfg or {})
        size_pool(self.cfg.get("verifier_workers"))
        self.reward = build_reward(self.cfg.get("spec"), framework="NeMo-RL")

    def step(self, message_log_batch: Sequence[Sequence[Mapping[str, Any]]], metadata: Sequence[Any]) -> Any:
        """Score one batch of conversations; every episode ends here (single turn)."""
        import torch  # NeMo-RL's own dependency

        golds = [None if meta is None else meta.get("ground_truth") for meta in metadata]
        scored = score_samples(
            self.reward,
            [_said_by("assistant", c, "") for c in message_log_batch],
            golds,
            # (so an answer that only restates the problem's expression earns nothing)
            prompts=[_said_by("user", c, "\n\n") for c in message_log_batch],
            batch="a NeMo-RL environment step",
        )
        updated = []
        for meta, result in zip(metadata, scored, strict=True):
            entry = dict(meta or {})
            entry.update(
                extracted_answer=result.pred or None,
                openrs_status=result.status,
                openrs_skipped=result.skipped,
            )
            updated.append(entry)
        rewards = torch.tensor([result.score for result in scored], dtype=torch.float32)
        return EnvironmentReturn(
            observations=[
                {"role": "environment", "content": f"Environment: {result.status or 'scored'}"}
                for result in scored
            ],
            metadata=updated,
            next_stop_strings=[None] * len(scored),
            rewards=rewards,
            terminateds=torch.ones_like(rewards),
            answers=[result.pred or None for result in scored],
        )

    def global_post_process_and_metrics(self, batch: Any) -> tuple[Any, dict[str, float]]:
        """The batch unchanged, and the mean reward as ``accuracy`` (NeMo-RL logs these metrics per step)."""
        rewards = batch["rewards"]
        return batch, {"accuracy": float(rewards.float().mean().item()) if len(rewards) else 0.0}

    def shutdown(self) -> None:
        """Nothing to stop: the verifier workers go with the actor's process."""


def register(env_name: str = ENV_NAME) -> None:
    """Register the environment with NeMo-RL under ``env_name``, to run with the system Python (where this package is
    installed). Call it before NeMo-RL creates its environments; a second call is a no-op."""
    from nemo_rl.distributed.ray_actor_environment_registry import ACTOR_ENVIRONMENT_REGISTRY
    from nemo_rl.distributed.virtual_cluster import PY_EXECUTABLES
    from nemo_rl.environments.utils import ENV_REGISTRY, register_env

    ACTOR_ENVIRONMENT_REGISTRY.setdefault(ACTOR_CLASS_FQN, PY_EXECUTABLES.SYSTEM)
    if env_name not in ENV_REGISTRY:
        register_env(env_name, ACTOR_CLASS_FQN)


def __getattr__(name: str) -> Any:
    # NeMo-RL's create_env resolves ACTOR_CLASS_FQN with hydra's get_object and calls .options(...).remote(cfg).
    if name == "OpenRSMathEnvironment":
        import ray

        actor = ray.remote(OpenRSEnvironment)
        globals()[name] = actor
        return actor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
