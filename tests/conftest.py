"""Hypothesis profiles: random examples in a developer's run (new failures keep being found), the same examples in
CI (``CI=true``, as CI services set it), so that a clean-clone run is reproducible and a red build is the code's
doing, not the draw's."""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True)
if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
    settings.load_profile("ci")
