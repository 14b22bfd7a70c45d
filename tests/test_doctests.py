"""Every docstring example in the light part of the package runs and gives what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import openrs_rewards

# trainer_glue and the CLIs need torch / trl or start processes; their behaviour is covered by their own tests.
SKIPPED_PACKAGES = ("openrs_rewards.trainer_glue", "openrs_rewards.cli")


def _modules() -> list[str]:
    names = ["openrs_rewards"]
    for info in pkgutil.walk_packages(openrs_rewards.__path__, prefix="openrs_rewards."):
        if not info.name.startswith(SKIPPED_PACKAGES):
            names.append(info.name)
    return sorted(names)


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} docstring examples in {name} failed"


def test_every_reward_module_has_examples() -> None:
    for name in _modules():
        if name.startswith("openrs_rewards.rewards.") and not name.endswith(".base"):
            module = importlib.import_module(name)
            finder = doctest.DocTestFinder()
            examples = sum(len(test.examples) for test in finder.find(module))
            assert examples > 0, f"{name} has no runnable example"
