"""Markers for tests that need an optional extra. CI installs every extra (`.[trl,test,plot]`), so there nothing is
skipped; with `pip install ".[test]"` alone these tests say which extra they need instead of failing."""

from __future__ import annotations

import importlib.util

import pytest


def _installed(*modules: str) -> bool:
    return all(importlib.util.find_spec(module) is not None for module in modules)


TRL_EXTRA = ("trl", "torch", "transformers", "yaml")
HAS_TRL_EXTRA = _installed(*TRL_EXTRA)

needs_trl = pytest.mark.skipif(
    not HAS_TRL_EXTRA, reason="needs the [trl] extra: pip install torch==2.13.0 'openrs-rewards[trl]'"
)
