"""Tables of verdict cases, one list of cases per kind: the test modules that keep such tables share how a table
becomes the parameters of one test (an id per case, named by its kind and its place in the list)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest


def table_params(table: Mapping[str, Sequence[tuple[object, ...]]]) -> list[object]:
    """``pytest.param`` for each case of ``table``, with the id ``"<kind>-<index>"``."""
    return [
        pytest.param(*case, id=f"{kind}-{index}")
        for kind, cases in table.items()
        for index, case in enumerate(cases)
    ]
