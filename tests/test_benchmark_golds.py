"""Every shipped benchmark gold is usable: it verifies as correct against itself in a box.

Known exceptions are listed with the reason; a new unusable gold (a data or verifier regression) fails here.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify_batch
from openrs_rewards.data import list_benchmarks, load_benchmark

KNOWN_UNUSABLE = {
    "np.arcsin(10/13)": "Minerva gold written in NumPy, not LaTeX",
    "t(0,4]": "OlympiadBench gold missing its relation (t \\in (0,4])",
}
KNOWN_PREFIXES = (
    "\\frac{dM}{dt}=",  # a differential equation: latex2sympy cannot read \\odot subscripts
    "f(x)=a x+b$, where",  # prose with embedded $ from OlympiadBench's final_answer list
)


@pytest.mark.parametrize("name", list_benchmarks())
def test_every_gold_verifies_against_itself(name: str) -> None:
    golds = [record["gold"] for record in load_benchmark(name)]
    verdicts = verify_batch([f"The answer is $\\boxed{{{gold}}}$." for gold in golds], golds, timeout=5.0)
    failing = [
        (gold, verdict.status)
        for gold, verdict in zip(golds, verdicts, strict=True)
        if not verdict.correct and gold not in KNOWN_UNUSABLE and not gold.startswith(KNOWN_PREFIXES)
    ]
    assert failing == [], f"{name}: {len(failing)} golds do not verify against themselves: {failing[:5]}"
