"""Readings of the endings worked competition solutions write (found on OlympiadBench's reference solutions, which
the verifier must read right against their own golds): each with a twin that must not be paid.

- one list of assignments written over two spans ("$a=2, h=-1$ and $k=-18$") is the whole list;
- a sentence that opens by fixing a given ("With $T=11$, $x=14$.") answers with what follows the given;
- a closing word that the answer meets the conditions ("It is straightforward that this function satisfies the
  requirements.", "It works.") states no value of its own: the sentence before it answers;
- a tuple of unknowns labelling the list after its colon ("$(x, y):(0,2),(4,23)$") is no part of the list;
- bold digits spaced one by one with a thousands comma ("\\mathbf{1 0 2 , 0 1 8}") are one number;
- an answer phrase that names the quantity in words ("The answer is therefore the remainder when ...") is answered by
  the later sentence that gives its number;
- a value that "does not" work after one that works ("$x=2$ works, but $x=-4$ does not") is set aside;
- a closing aside in brackets whose math names something with brackets ("$P(10)$") is an aside all the same;
- a tuple of unknowns after a count ("$417$ possible quadruples $(a, b, c, d)$") names what is counted.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def _status(completion: str, gold: str) -> str:
    return verify(completion, gold).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Solving the system, we find $p=3, q=-2$ and $r=7$.", "3,-2,7", "correct"),
        ("Solving the system, we find $p=3, q=-2$ and $r=7$.", "-2,7", "incorrect"),
        ("Comparing coefficients, $m=1, n=4$, and $t=-5$.", "1,4,-5", "correct"),
        ("Comparing coefficients, $m=1, n=4$, and $t=-5$.", "1,4,5", "incorrect"),
    ],
)
def test_assignments_listed_over_two_spans(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("From the relay, $y = 2T - 8$. With $T=9$, $y=10$.", "10", "correct"),
        ("From the relay, $y = 2T - 8$. With $T=9$, $y=10$.", "9", "incorrect"),
        ("So $n = T + 3$. For $T=5$, $n=8$.", "8", "correct"),
        ("So $n = T + 3$. For $T=5$, $n=8$.", "5,8", "incorrect"),
        # (inside a sentence "for" lists where the value holds, both values)
        ("The identity holds for $k=1$, $k=2$.", "1,2", "correct"),
    ],
)
def test_a_given_fixed_before_the_value(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "Hence $g(t)=3t+2$ for every real $t$. It is easy to check that this function satisfies the equation.",
            "g(t)=3t+2",
            "correct",
        ),
        (
            "Hence $g(t)=3t+2$ for every real $t$. It is easy to check that this function satisfies the equation.",
            "g(t)=3t-2",
            "incorrect",
        ),
        ("Therefore $m=11$. It works.", "11", "correct"),
        ("Therefore $m=11$. It works.", "12", "incorrect"),
        ("Thus $k=4$. Indeed, this value satisfies all the conditions.", "4", "correct"),
        # (a clause that works out another value is no check: "It works out to 12.")
        ("Therefore $m=11$. It works out to 13.", "11", "incorrect"),
    ],
)
def test_a_closing_word_that_the_answer_works(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("All solutions are $(m, n):(1,3),(3,1),(2,5)$.", "(1,3),(3,1),(2,5)", "correct"),
        ("All solutions are $(m, n):(1,3),(3,1),(2,5)$.", "(1,3),(3,1)", "incorrect"),
    ],
)
def test_a_tuple_of_unknowns_labelling_a_list(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("The sum is $\\lfloor 204036.2\\rfloor=\\mathbf{2 0 4 , 0 3 6}$.", "204036", "correct"),
        ("The sum is $\\lfloor 204036.2\\rfloor=\\mathbf{2 0 4 , 0 3 6}$.", "204", "incorrect"),
        # (a list in bold digits keeps its items: the comma is no thousands separator before two digits)
        ("The pair is $(\\mathbf{1 2}, \\mathbf{- 4 , 1 5})$.", "(12,-4,15)", "correct"),
    ],
)
def test_bold_spaced_digits_with_a_thousands_comma(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "The answer is thus the last digit of $3^{T}$. With $T=4$, the last digit of $81$ is 1 .",
            "1",
            "correct",
        ),
        (
            "The answer is thus the last digit of $3^{T}$. With $T=4$, the last digit of $81$ is 1 .",
            "3^{T}",
            "incorrect",
        ),
        # (a phrase whose own sentence gives the value keeps it)
        ("The answer is the product of the roots, which is $6$. Vieta gives it for 2 roots.", "6", "correct"),
    ],
)
def test_an_answer_phrase_that_names_the_quantity_in_words(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Checking both, $t=5$ works, but $t=-3$ does not, since a length is positive.", "5", "correct"),
        ("Checking both, $t=5$ works, but $t=-3$ does not, since a length is positive.", "-3", "incorrect"),
        # (a value only tried is no answer)
        ("We tried $t=5$, but $t=-3$ does not.", "5", "no_answer"),
    ],
)
def test_a_value_that_does_not_work_after_one_that_does(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "So $Q(4)=\\frac{5}{36}$.\n\n(We could also list every outcome in a table to find $Q(4)$.)",
            "\\frac{5}{36}",
            "correct",
        ),
        (
            "So $Q(4)=\\frac{5}{36}$.\n\n(We could also list every outcome in a table to find $Q(4)$.)",
            "\\frac{1}{36}",
            "incorrect",
        ),
    ],
)
def test_a_closing_aside_with_a_named_function(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Altogether there are $25+31=56$ admissible triples $(x, y, z)$.", "56", "correct"),
        ("Altogether there are $25+31=56$ admissible triples $(x, y, z)$.", "31", "incorrect"),
    ],
)
def test_a_tuple_of_unknowns_after_a_count(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


def test_a_family_with_a_repeated_name_is_no_tuple_of_unknowns() -> None:
    assert (
        _status("Hence $m=n$.\n\nAll solutions are $(s,s)$ with $s$ a positive integer.", "(s,s)")
        == "correct"
    )
