"""The file OpenRLHF's ``--reward.remote_url`` loads: ``reward_func`` scores with ``$OPENRS_REWARD_SPEC``
(default ``accuracy``). See :mod:`openrs_rewards.integrations.openrlhf`.

OpenRLHF imports this file by path inside each vLLM engine actor; the reward is built here, at import, so a bad
spec stops the engine at start-up with the registry's message instead of every sample training without a reward.
"""

from openrs_rewards.integrations._common import build_reward
from openrs_rewards.integrations.openrlhf import reward_func

__all__ = ["reward_func"]

build_reward(None, framework="OpenRLHF")
