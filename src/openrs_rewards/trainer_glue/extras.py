"""Optional dependencies of the trainer glue, checked before use so a core-only install gets one clear line.

``pip install openrs-rewards`` installs the verifier and the rewards only. ``openrs-train`` and ``openrs-eval``
need the ``[trl]`` extra (PyYAML for recipes; trl, transformers and torch to resolve and train). Without this check
the first ``import yaml`` deep inside a command ends in a traceback, or worse, in "No module named 'yaml'" printed
once per recipe.

>>> require_extra("trl", ["json"], purpose="reading recipes")  # a module that is there: nothing happens
>>> require_extra("trl", ["no_such_module_here"], purpose="reading recipes")
Traceback (most recent call last):
...
openrs_rewards.trainer_glue.extras.MissingExtraError: reading recipes needs no_such_module_here, which is not installed: pip install 'openrs-rewards[trl]'
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

__all__ = ["MODULES_FOR_TRAINING", "MissingExtraError", "missing_modules", "require_extra"]

#: What ``--dry-run`` and training import: PyYAML (recipes), trl (``GRPOConfig``), torch and transformers.
MODULES_FOR_TRAINING = ("yaml", "trl", "torch", "transformers")

# Import name -> the name pip knows it by, for the message.
_DISTRIBUTIONS = {"yaml": "PyYAML"}


class MissingExtraError(RuntimeError):
    """An optional dependency is not installed; the message names it and the ``pip install`` that adds it."""

    def __init__(self, extra: str, missing: Sequence[str], purpose: str) -> None:
        self.extra = extra
        self.missing = tuple(missing)
        self.purpose = purpose
        names = ", ".join(_DISTRIBUTIONS.get(name, name) for name in self.missing)
        verb = "is" if len(self.missing) == 1 else "are"
        super().__init__(
            f"{purpose} needs {names}, which {verb} not installed: pip install 'openrs-rewards[{extra}]'"
        )


def missing_modules(modules: Sequence[str]) -> list[str]:
    """The top-level modules in ``modules`` that cannot be found (checked without importing them: torch is slow).

    A module blocked with ``sys.modules[name] = None`` counts as missing, as ``import`` would say.
    """
    missing = []
    for name in modules:
        if name in sys.modules:  # imported already (or blocked: None), whatever its __spec__ says
            found = sys.modules[name] is not None
        else:
            try:
                found = importlib.util.find_spec(name) is not None
            except (ImportError, ValueError):  # a parent package that fails to import
                found = False
        if not found:
            missing.append(name)
    return missing


def require_extra(extra: str, modules: Sequence[str], *, purpose: str) -> None:
    """Raise :class:`MissingExtraError` naming ``pip install 'openrs-rewards[EXTRA]'`` when a module is missing."""
    missing = missing_modules(modules)
    if missing:
        raise MissingExtraError(extra, missing, purpose)
