"""The reward registry: every reward, built-in or third-party, is found by name through entry points.

>>> from openrs_rewards.plugins import get_reward, list_rewards
>>> "cosine" in list_rewards()  # reads installed metadata only; imports no reward module
True
>>> reward = get_reward("cosine(max_len=3584)")  # literals only, never evaluated

A third-party distribution adds a reward with an entry point in its ``pyproject.toml``::

    [project.entry-points."openrs_rewards.rewards"]
    concise = "openrs_plugin_example.rewards:ConcisenessReward"

See :mod:`openrs_rewards.plugins.registry` for the rules, and ``examples/plugin-example/`` for a whole plugin.
"""

from openrs_rewards.plugins.registry import (
    GROUP,
    REQUIRED,
    Parameter,
    RewardInfo,
    describe,
    get_reward,
    list_rewards,
    refresh,
    register,
    unregister,
)
from openrs_rewards.plugins.spec import PluginError, PluginWarning, RewardSpec, SpecError, parse_spec

__all__ = [
    "GROUP",
    "REQUIRED",
    "Parameter",
    "PluginError",
    "PluginWarning",
    "RewardInfo",
    "RewardSpec",
    "SpecError",
    "describe",
    "get_reward",
    "list_rewards",
    "parse_spec",
    "refresh",
    "register",
    "unregister",
]
