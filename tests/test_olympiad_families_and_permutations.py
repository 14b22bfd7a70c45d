"""Readings of olympiad answers that stand for more than they write: all the orders of a tuple, a family with a
declared constant, a kind of number beside a value, labelled parts, a multiple of the identity matrix. Each reading
has a twin that must not be paid.

- a gold (or an answer) "$(1,2,3)$ and its permutations", "(a,b,c) = (1,2,3) up to permutation (i.e. ...)", "(1,2,3)
  in any order" is the set of all the tuple's orders (dollars inside the words included); a list missing one order,
  or another tuple's orders, is another set;
- an answer line "$(a,b,c)=(1,2,3)$ up to permutation" is read with its words, not as the one tuple;
- a family whose real constant is declared after it ("$f(x)=kx$ with $k\\in\\mathbb{R}$ arbitrary", "for some
  constant $c\\in\\mathbb R$") is the family, not the declaration's \\mathbb{R}; another family stays wrong;
- "$n=1$ or $n$ is a prime" is one value and a kind of number, "is a prime" said as "is prime" is; a value alone, or
  another kind, is another answer;
- a gold of labelled parts written without colons ("Maximum $5$, minimum $-1$") is read as "Maximum: 5, minimum:
  -1"; the values swapped, or one alone, are wrong;
- a family of tuples written with another parameter ("$(m,m+2)$" for "(n,n+2)") is the gold's family; another
  family ("(m+2,m)") is not;
- a relation that gives one of the unknowns the problem names in a tuple in terms of the other ("all pairs with
  $y=x+2$" for "Find all pairs $(x,y)$ ...") is the family of tuples it defines, against a gold family; the
  relation turned round ("$x=y+2$"), or against a gold of numbers, is not;
- "-I" where the text says I is the $2\\times2$ identity is that matrix (no -i); said of another size, it is that
  size's matrix, and without a size it stays as it is.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def _status(completion: str, gold: str) -> str:
    return verify(completion, gold).status


_ORDERS_OF_124 = "(1,2,4),(1,4,2),(2,1,4),(2,4,1),(4,1,2),(4,2,1)"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            f"Hence the solutions are \\boxed{{{_ORDERS_OF_124}}}.",
            "$(1,2,4)$ and its permutations",
            "correct",
        ),
        (
            "Hence the solutions are \\boxed{(1,2,4),(1,4,2),(2,1,4),(2,4,1),(4,1,2)}.",
            "$(1,2,4)$ and its permutations",
            "incorrect",
        ),
        ("So the triple is \\boxed{(1,2,4)}.", "$(1,2,4)$ and its permutations", "incorrect"),
        (
            "**Answer:** $(x,y,z)=(1,2,4)$ up to permutation (i.e. any ordering of 1, 2, 4).",
            "$(1,2,4)$ and its permutations",
            "correct",
        ),
        (
            "**Answer:** $(x,y,z)=(1,3,4)$ up to permutation (i.e. any ordering of 1, 3, 4).",
            "$(1,2,4)$ and its permutations",
            "incorrect",
        ),
        ("Answer: $(1,2,4)$ in any order.", _ORDERS_OF_124, "correct"),
        ("Answer: $(1,2,4)$.", _ORDERS_OF_124, "incorrect"),
    ],
)
def test_a_tuple_and_all_its_orders(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "Every solution is $g(t)=at$ with $a\\in\\mathbb{R}$ arbitrary.",
            "$g(t)=ct$ for any real $c$",
            "correct",
        ),
        (
            "Every solution is $g(t)=at^3$ with $a\\in\\mathbb{R}$ arbitrary.",
            "$g(t)=ct$ for any real $c$",
            "incorrect",
        ),
        (
            "So $g(t)=kt^2$ for some constant $k\\in\\mathbb R$.",
            "$g(t)=ct^2$ for a real constant $c$",
            "correct",
        ),
        (
            "So $g(t)=kt^2+1$ for some constant $k\\in\\mathbb R$.",
            "$g(t)=ct^2$ for a real constant $c$",
            "incorrect",
        ),
    ],
)
def test_a_family_with_its_real_constant_declared_after_it(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("**Final Answer:** $m=1$ or $m$ is a prime.", "$m=1$ or $m$ is prime", "correct"),
        ("**Final Answer:** $m=1$ or $m$ is a prime number.", "$m=1$ or $m$ is prime", "correct"),
        ("**Final Answer:** $m=4$ or $m$ is a prime.", "$m=1$ or $m$ is prime", "incorrect"),
        ("**Final Answer:** $m=1$ or $m$ is odd.", "$m=1$ or $m$ is prime", "incorrect"),
        ("So \\boxed{m \\text{ is prime}}", "$m=1$ or $m$ is prime", "incorrect"),
    ],
)
def test_a_value_or_a_kind_of_number(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "status"),
    [
        ("So the maximum is $5$ and the minimum is $-1$.", "correct"),
        ("So the maximum is $-1$ and the minimum is $5$.", "incorrect"),
        ("The minimum is attained at the vertex: \\boxed{-1}", "incorrect"),
    ],
)
def test_labelled_parts_written_without_colons(completion: str, status: str) -> None:
    assert _status(completion, "Maximum $5$, minimum $-1$") == status


_MINUS_TWO_BY_TWO = "$\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}$"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "Squaring, $M^2=-I$, with $I$ the $2\\times2$ identity.\n\n**Final Answer:** $-I$",
            _MINUS_TWO_BY_TWO,
            "correct",
        ),
        (
            "Squaring, $M^2=-I$, with $I$ the $3\\times3$ identity.\n\n**Final Answer:** $-I$",
            _MINUS_TWO_BY_TWO,
            "incorrect",
        ),
        (
            "Squaring, $M^2=I$, with $I$ the $2\\times2$ identity.\n\n**Final Answer:** $I$",
            _MINUS_TWO_BY_TWO,
            "incorrect",
        ),
        (
            "Here $I$ is the identity matrix of order 2, so $M^2=3I$.\n\n\\boxed{3I}",
            "\\begin{pmatrix}3&0\\\\0&3\\end{pmatrix}",
            "correct",
        ),
        ("Squaring gives $M^2=-I$.\n\n**Final Answer:** $-I$", _MINUS_TWO_BY_TWO, "incorrect"),
        ("So $z^2=-1$ and $z=-i$.\n\n**Final Answer:** $-i$", "$-i$", "correct"),
    ],
)
def test_a_multiple_of_the_identity_matrix_said(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


_PAIRS_TWO_APART = "Find all pairs $(x,y)$ of positive integers with $(y-x)(y+x)=2(x+y)$."
_GOLD_FAMILY = "$(n,n+2)$ for every positive integer $n$"


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("So $y-x=2$.\n\n\\boxed{(x,y)=(m,m+2)}", _GOLD_FAMILY, "correct"),
        ("So $y-x=2$.\n\n\\boxed{(x,y)=(m+2,m)}", _GOLD_FAMILY, "incorrect"),
        ("So $y-x=2$.\n\n**Final answer:** all pairs with $y=x+2$.", _GOLD_FAMILY, "correct"),
        ("So $x-y=2$.\n\n**Final answer:** all pairs with $x=y+2$.", _GOLD_FAMILY, "incorrect"),
        ("So $y-x=1$.\n\n**Final answer:** all pairs with $y=x+1$.", _GOLD_FAMILY, "incorrect"),
        ("So $y-x=2$.\n\n**Final answer:** all pairs with $y=x+2$.", "$(1,3)$", "incorrect"),
    ],
)
def test_a_family_of_tuples(completion: str, gold: str, status: str) -> None:
    assert verify(completion, gold, problem=_PAIRS_TWO_APART).status == status
