"""Symbolic physics answers: formulas of positive quantities, constants and the emf under two spellings, and a last
line that states a given or an intermediate before the quantity asked. Each reading has a twin that must not be
paid (a missing factor, a wrong exponent, a wrong coefficient, the other quantity's value)."""

from __future__ import annotations

import pytest

from openrs_rewards import verify
from openrs_rewards.verifiers.expr import identity_equal


@pytest.mark.parametrize(
    ("predicted", "gold", "equal"),
    [
        # a power of a ratio of positive quantities is the ratio of the powers, whatever the (large) exponent
        ("P_1^{n}P_2^{-n}", "\\left(\\frac{P_1}{P_2}\\right)^{n}", True),
        ("p_0r_1^{\\gamma}r_2^{-\\gamma}", "p_0\\left(\\frac{r_1}{r_2}\\right)^{\\gamma}", True),
        (
            "p_0r_1^{\\gamma}r_2^{\\gamma}",
            "p_0\\left(\\frac{r_1}{r_2}\\right)^{\\gamma}",
            False,
        ),  # (a wrong sign)
        ("p_0r_1^{\\gamma+1}r_2^{-\\gamma}", "p_0\\left(\\frac{r_1}{r_2}\\right)^{\\gamma}", False),
        (
            "p_0\\left(\\frac{r_2}{r_1}\\right)^{\\gamma}",
            "p_0\\left(\\frac{r_1}{r_2}\\right)^{\\gamma}",
            False,
        ),
    ],
)
def test_powers_of_positive_quantities(predicted: str, gold: str, equal: bool) -> None:
    assert identity_equal(predicted, gold) is equal


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        ("P_2 = P_1V_1^{\\gamma}V_2^{-\\gamma}", "P_1\\left(\\frac{V_1}{V_2}\\right)^{\\gamma}", True),
        (
            "P_2 = V_1^{\\gamma}V_2^{-\\gamma}",
            "P_1\\left(\\frac{V_1}{V_2}\\right)^{\\gamma}",
            False,
        ),  # (no P_1)
        ("P_2 = P_1V_1^{\\gamma-1}V_2^{-\\gamma}", "P_1\\left(\\frac{V_1}{V_2}\\right)^{\\gamma}", False),
    ],
)
def test_adiabatic_formulas(answer: str, gold: str, correct: bool) -> None:
    assert verify(f"For an adiabat $PV^\\gamma$ is constant, so ${answer}$.", gold).correct is correct


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        # Boltzmann's constant as a bare k on one side and k_B on the other
        ("\\frac{1}{2}kT", "\\frac{k_BT}{2}", True),
        ("\\frac{3}{2}kT", "\\frac{k_BT}{2}", False),
        ("\\sqrt{\\frac{8k_{B}T}{\\pi m}}", "\\sqrt{8kT/(\\pi m)}", True),
        ("\\sqrt{\\frac{8k_{B}T}{m}}", "\\sqrt{8kT/(\\pi m)}", False),
        # (a k beside k_B is another quantity: no rewriting)
        ("\\frac{k_BT}{k}", "\\frac{k_BT}{k_B}", False),
    ],
)
def test_boltzmann_constant_spelled_two_ways(answer: str, gold: str, correct: bool) -> None:
    assert verify(f"With Boltzmann's constant, the result is ${answer}$.", gold).correct is correct


@pytest.mark.parametrize(
    ("answer", "gold", "correct"),
    [
        # the emf as an epsilon against a script E, and the reverse
        ("\\frac{\\varepsilon}{R}e^{-t/(RC)}", "\\frac{\\mathcal{E}}{R}e^{-t/RC}", True),
        ("\\frac{\\varepsilon}{C}e^{-t/(RC)}", "\\frac{\\mathcal{E}}{R}e^{-t/RC}", False),
        ("\\frac{\\mathscr{E}^2}{4r}", "\\frac{\\epsilon^2}{4r}", True),
        ("\\frac{\\mathscr{E}^2}{2r}", "\\frac{\\epsilon^2}{4r}", False),
        # (a permittivity is no emf)
        ("\\frac{\\mathcal{E}A}{d}", "\\frac{\\epsilon_0A}{d}", False),
    ],
)
def test_emf_spelled_two_ways(answer: str, gold: str, correct: bool) -> None:
    assert verify(f"From the loop rule, $I(t) = {answer}$.", gold).correct is correct


@pytest.mark.parametrize(
    ("completion", "correct"),
    [
        ("Open-open tube: $\\lambda_1 = 2L$, $f_1 = \\frac{v}{2L}$.", True),
        ("Open-open tube: $\\lambda_1 = 2L$, $f_1 = \\frac{v}{4L}$.", False),
    ],
)
def test_the_frequency_asked_after_a_wavelength(completion: str, correct: bool) -> None:
    problem = (
        "A tube of length $L$ is open at both ends; sound travels at $v$. Find its fundamental frequency."
    )
    assert verify(completion, "\\frac{v}{2L}", problem=problem).correct is correct


@pytest.mark.parametrize(
    ("completion", "correct"),
    [
        ("$Z = 1+3e^{-\\Delta/kT}$, $\\langle E\\rangle = \\frac{3\\Delta}{e^{\\Delta/kT}+3}$", True),
        ("$Z = 1+3e^{-\\Delta/kT}$, $\\langle E\\rangle = \\frac{\\Delta}{e^{\\Delta/kT}+3}$", False),
    ],
)
def test_the_mean_energy_asked_after_the_partition_function(completion: str, correct: bool) -> None:
    problem = (
        "A level of energy $0$ and three levels of energy $\\Delta$ are in equilibrium at temperature $T$. "
        "Find the mean energy."
    )
    assert verify(completion, "\\frac{3\\Delta}{e^{\\Delta/kT}+3}", problem=problem).correct is correct
