"""Answers that name a family of values: by a parameter ("n = 2^m - 1 for some positive integer m"), by its form ("all n
of the form 2^k - 1"), in words ("all powers of 2", "every integer greater than 2", "the identity function"), or as a
list of consecutive integers that goes on ("{3, 4, 5, ...}"); and the denial that any exists, against a "No" gold.
Cases written for the blind probes 175, 178 and 179 of the thirty-first session, with their near-miss twins."""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def status(completion: str, gold: str) -> str:
    return verify(completion, gold, truncated=False).status


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # a declared parameter is a dummy: its name is the gold's
        ("\\boxed{n = 2^m - 1 \\text{ for some positive integer } m}", "n=2^{k}-1", "correct"),
        ("\\boxed{n = 2^m - 1,\\ m \\geq 1}", "n=2^{k}-1", "correct"),
        ("\\boxed{n = 3m, m \\in \\mathbb{Z}}", "n=3k", "correct"),
        ("\\boxed{n=2^m,\\ m\\in\\mathbb{Z}_{\\geq0}}", "n=2^k", "correct"),
        ("\\boxed{n = 2^m + 1,\\ m \\geq 1}", "n=2^{k}-1", "incorrect"),
        ("\\boxed{n = 3m+1, m \\in \\mathbb{Z}}", "n=3k", "incorrect"),
        # ... not an undeclared name: "2^m - 1" may be another quantity's
        ("\\boxed{n = 2^m - 1}", "n=2^{k}-1", "incorrect"),
        # a gold that gives its parameter's range, against an answer that leaves it to the question or gives the same
        ("\\boxed{n=2^k}", "n = 2^k,\\ k \\ge 0", "correct"),
        ("\\boxed{n=2^m, m\\geq 0}", "n = 2^k,\\ k \\ge 0", "correct"),
        ("\\boxed{n=2^k, k\\geq 1}", "n = 2^k,\\ k \\ge 0", "incorrect"),  # (another family: no n = 1)
        ("\\boxed{n=3^k}", "n = 2^k,\\ k \\ge 0", "incorrect"),
        # ... the range in words or in symbols, one range (probe 181)
        ("\\boxed{n=2^k \\text{ for some positive integer } k}", "n=2^m, m \\geq 1", "correct"),
        ("\\boxed{n=2^k \\text{ for some nonnegative integer } k}", "n=2^m, m \\geq 1", "incorrect"),
        ("\\boxed{n = 2^m - 1}", "n=2^{k}-1, k\\geq 1", "correct"),  # (the gold's parameter is a dummy)
        ("\\boxed{n \\text{ is a power of } 2}", "n=2^m, m \\geq 1", "correct"),
        ("\\boxed{n \\text{ is a power of } 3}", "n=2^m, m \\geq 1", "incorrect"),
        # ... not a part of the integers against all of them, nor a free family against a value in a given m (probe 182)
        ("\\boxed{x = n\\pi,\\ n \\in \\mathbb{N}}", "x = k\\pi,\\ k \\in \\mathbb{Z}", "incorrect"),
        ("\\boxed{x = n\\pi,\\ n \\in \\mathbb{Z}}", "x = k\\pi,\\ k \\in \\mathbb{Z}", "correct"),
        (
            "\\boxed{x = \\frac{\\pi}{2} + n\\pi,\\ n \\ge 0}",
            "x = \\frac{\\pi}{2} + k\\pi,\\ k \\in \\mathbb{Z}",
            "incorrect",
        ),
        ("\\boxed{2^k - 1 \\text{ for some positive integer } k}", "2^m - 1", "incorrect"),
        # a family by its form
        ("Hence the answer is: all $n$ of the form $2^k - 1$ with $k \\ge 1$.", "n=2^{k}-1", "correct"),
        ("Hence the answer is: all $n$ of the form $2^k + 1$ with $k \\ge 1$.", "n=2^{k}-1", "incorrect"),
    ],
)
def test_a_family_by_its_parameter_or_its_form(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        ("\\boxed{\\text{all integers}}", "\\mathbb{Z}", "correct"),
        ("\\boxed{\\text{all powers of } 2}", "n=2^k", "correct"),
        ("\\boxed{\\text{all powers of } 2}", "n=3^k", "incorrect"),
        ("**Answer:** all powers of 2 (including 1 = 2^0).", "n = 2^k,\\ k \\ge 0", "correct"),
        ("\\boxed{\\text{every integer greater than } 2}", "n\\geq 3", "correct"),
        ("\\boxed{\\text{every integer greater than } 3}", "n\\geq 3", "incorrect"),
        ("Answer: all integers n ≥ 3", "n \\geq 3", "correct"),
        ("Answer: all integers $n \\geq 4$", "n \\geq 3", "incorrect"),
        ("\\boxed{\\text{the identity function}}", "f(x)=x", "correct"),
        ("\\boxed{\\text{all constant functions}}", "f(x)=c", "correct"),
        ("\\boxed{\\text{the identity function}}", "f(x)=c", "incorrect"),
        # (a word that names no family is left as it is)
        ("\\boxed{\\text{integer}}", "\\mathbb{Z}", "incorrect"),
    ],
)
def test_a_family_in_words(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        ("\\boxed{\\{3,4,5,\\dots\\}}", "n \\geq 3", "correct"),
        ("\\boxed{n\\geq 3}", "\\{3,4,5,\\dots\\}", "correct"),
        ("\\boxed{3, 4, 5, \\ldots}", "n\\geq 4", "incorrect"),
        # not a list whose steps are no 1, nor one that stops
        ("\\boxed{\\{2,4,6,\\dots\\}}", "n \\geq 2", "incorrect"),
        ("\\boxed{1, 2, 3}", "1, 2, 3, \\ldots", "incorrect"),
        ("\\boxed{1, 4, 9, \\ldots}", "1, 4, 9", "incorrect"),
    ],
)
def test_consecutive_integers_that_go_on(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        ("$$\\boxed{\\text{No such } n \\text{ exists}}$$", "\\text{No}", "correct"),
        ("$$\\boxed{\\text{No such } n \\text{ exists}}$$", "\\emptyset", "correct"),
        ("$$\\boxed{\\text{No such } n \\text{ exists}}$$", "\\text{Yes}", "incorrect"),
        ("For n ≥ 1 it lies between squares.\n\n**Answer:** Such an $n$ does not exist.", "No", "correct"),
        ("For n ≥ 1 it lies between squares.\n\n**Answer:** Such an $n$ does not exist.", "Yes", "incorrect"),
        # a reply that ends a text of two sentences
        ("$n = 40$: $1600 + 40 + 41 = 1681 = 41^2$. So no.", "No", "correct"),
        ("$n = 40$: $1600 + 40 + 41 = 1681 = 41^2$. So no.", "Yes", "incorrect"),
        # ("no solution" to an equation says nothing of a yes-or-no question about existence)
        ("\\boxed{\\text{no solution}}", "\\text{No}", "incorrect"),
    ],
)
def test_a_denial_that_any_exists(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        ("So the angle is 1.3e-5 rad.", "1.3e-5", "correct"),
        ("So the angle is 1.3e5 rad.", "1.3e-5", "incorrect"),
        ("So θ ≈ 1.3e-5 rad.", "1.3e-5", "correct"),
    ],
)
def test_radians_after_a_number_in_scientific_notation(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected


@pytest.mark.parametrize(
    ("completion", "gold", "expected"),
    [
        # the integers of one parity, however said (probe 182)
        ("\\boxed{n \\text{ is odd}}", "n \\text{ odd}", "correct"),
        ("\\boxed{\\text{all odd integers}}", "n \\text{ odd}", "correct"),
        ("\\boxed{\\text{all odd } n}", "n \\text{ odd}", "correct"),
        ("\\boxed{n = 2k+1, k \\in \\mathbb{Z}}", "n \\text{ odd}", "correct"),
        ("\\boxed{n \\text{ odd}}", "n=2k+1", "correct"),
        ("\\boxed{n=2k-1}", "n=2k+1", "correct"),
        ("\\boxed{n=2k}", "n \\text{ even}", "correct"),
        ("\\boxed{n = 2k}", "n \\text{ odd}", "incorrect"),
        ("\\boxed{\\text{all even } n}", "n \\text{ odd}", "incorrect"),
        # (the residue class, k an integer: 2k+3 is odd for every k, and every odd n is 2k+3 for some k)
        ("\\boxed{n = 2k+3}", "n \\text{ odd}", "correct"),
        ("\\boxed{n = 4k+3}", "n \\text{ odd}", "incorrect"),
        # ... not an expression in n: "2n+1" is no family
        ("\\boxed{2n+1}", "2n-1", "incorrect"),
        # all integers but one
        ("\\boxed{\\text{all integers except } 1}", "\\mathbb{Z} \\setminus \\{1\\}", "correct"),
        ("\\boxed{\\text{all integers except } 2}", "\\mathbb{Z} \\setminus \\{1\\}", "incorrect"),
    ],
)
def test_a_parity_and_the_integers_but_one(completion: str, gold: str, expected: str) -> None:
    assert status(completion, gold) == expected
