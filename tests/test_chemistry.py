"""Chemical formulas and reactions (``verifiers.chemistry``): compared as chemistry writes them."""

from __future__ import annotations

import pytest

from openrs_rewards import verify
from openrs_rewards.verifiers.chemistry import chemistry_equal


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        ("H2O", "\\text{H}_2\\text{O}", True),  # counts of atoms however written
        ("C6H12O6", "C_6H_{12}O_6", True),
        ("H_2O_2", "H_2O", False),
        ("Cu^{+2}", "\\text{Cu}^{2+}", True),  # a charge's sign and number in either order
        ("Cu^{+}", "\\text{Cu}^{2+}", False),
        # a reaction: each side a multiset of terms, the arrow's kind kept
        ("O_2+2H_2\\rightarrow2H_2O", "2H_2+O_2\\rightarrow 2H_2O", True),
        ("2KClO3->2KCl+3O2", "2KClO_3\\rightarrow 2KCl+3O_2", True),
        ("Cu^{2+}+Zn\\rightarrow Cu+Zn^{2+}", "Zn+Cu^{2+}\\rightarrow Zn^{2+}+Cu", True),
        ("2H_2O\\rightarrow2H_2+O_2", "2H_2+O_2\\rightarrow 2H_2O", False),  # (the sides swapped)
        ("H_2+O_2\\rightarrow H_2O", "2H_2+O_2\\rightarrow 2H_2O", False),  # (not balanced as the gold is)
        ("3H_2+N_2\\rightarrow2NH_3", "N_2+3H_2\\rightleftharpoons 2NH_3", False),  # (an equilibrium)
    ],
)
def test_formulas_and_reactions(predicted: str, gold: str, equal: bool) -> None:
    verdict = verify(f"The answer is $\\boxed{{{predicted}}}$.", gold)
    assert verdict.correct is equal
    assert verdict.status in ("correct", "incorrect")  # (a reaction gold is no malformed gold)


def test_algebra_is_never_read_as_chemistry() -> None:
    assert chemistry_equal("x^2+y", "H_2O") is None  # (a lower-case name is no element)
    assert verify("\\boxed{PV}", "VP").correct  # (a gold with no count, charge or arrow: algebra, a product)
    assert not verify("\\boxed{T_2}", "T_1").correct
