"""Every docstring example in the light part of the package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import openrs_rewards
from _extras import HAS_TRL_EXTRA

# trainer_glue and the CLIs need torch / trl or start processes; their behaviour is covered by their own tests.
SKIPPED_PACKAGES = ("openrs_rewards.trainer_glue", "openrs_rewards.cli")


def _modules() -> list[str]:
    names = ["openrs_rewards"]
    for info in pkgutil.walk_packages(openrs_rewards.__path__, prefix="openrs_rewards."):
        if not info.name.startswith(SKIPPED_PACKAGES):
            names.append(info.name)
    return sorted(names)


# Modules whose examples build framework tensors: they need the [trl] extra's torch.
NEEDS_TRL_EXTRA = ("openrs_rewards.integrations.openrlhf", "openrs_rewards.integrations.nemo_rl")


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    if name in NEEDS_TRL_EXTRA and not HAS_TRL_EXTRA:
        pytest.skip("needs the [trl] extra (torch)")
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} docstring examples in {name} failed"


def test_the_walk_finds_the_public_modules() -> None:
    names = set(_modules())
    assert {
        "openrs_rewards.verifiers.api",
        "openrs_rewards.rewards.accuracy",
        "openrs_rewards.plugins.spec",
    } <= names
    assert not any(name.startswith(SKIPPED_PACKAGES) for name in names)


def _example_count(name: str) -> int:
    module = importlib.import_module(name)
    return sum(len(test.examples) for test in doctest.DocTestFinder().find(module))


def test_every_reward_module_has_examples() -> None:
    reward_modules = [
        name
        for name in _modules()
        if name.startswith("openrs_rewards.rewards.") and not name.endswith(".base")
    ]
    assert len(reward_modules) >= 6, reward_modules  # accuracy, compose, format, language, length, repetition
    for name in reward_modules:
        assert _example_count(name) > 0, f"{name} has no runnable example"
    # The public entry points carry examples too (a doctest run over modules without any would pass vacuously).
    for name in ("openrs_rewards.verifiers.api", "openrs_rewards.verifiers.options"):
        assert _example_count(name) > 0, f"{name} has no runnable example"
