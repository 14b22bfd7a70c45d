"""Plugging openrs-rewards into RL frameworks and serving it over HTTP: one small module per framework.

- :mod:`~openrs_rewards.integrations.verl`: ``reward.custom_reward_function.path=pkg://openrs_rewards.integrations.verl``
- :mod:`~openrs_rewards.integrations.openrlhf`: ``--reward.remote_url "$(python -m openrs_rewards.integrations.openrlhf)"``
- :mod:`~openrs_rewards.integrations.prime_verifiers`: ``fn = "openrs_rewards.integrations.prime_verifiers:accuracy"``
- :mod:`~openrs_rewards.integrations.slime`: ``--custom-rm-path openrs_rewards.integrations.slime.reward``
- :mod:`~openrs_rewards.integrations.nemo_rl`: ``register()``, then the environment ``openrs_math``
- :mod:`~openrs_rewards.integrations.server`: ``openrs-serve``, any reward behind HTTP

What they share (a reward built from a spec, called the one way, ``None`` sent as 0.0 and marked skipped, the
verifier's status and extracted answer logged) is :mod:`openrs_rewards.integrations._common`.

Nothing here is imported by the core, and this package itself imports no framework or web stack: each module
imports what it needs when it is used.
"""
