"""Answers to problems that ask for several values, against a gold that lists them (session 55's blind probes).

- parts given as bare numbers or named (``side = 7, area = 49``) against a gold whose parts are each written with
  a unit of measure after a space (``7 m, 49 m^2``): a part's unit left out, as a single answer may leave it out,
  compared in the gold's order; a wrong part, swapped parts, a missing part or an extra value stays wrong;
- letters for parts that the gold names by words on an axis (``m = -2, b = 5`` for ``slope -2, y-intercept 5``): the
  letters the writer chose for the gold's words, in their order, as ``w = 5, l = 12`` is read for ``width 5, length
  12``;
- sets in plain braces inside a tuple (``({2, 4, 6, 8}, {4})``) are sets, as a whole answer in plain braces is:
  each compared unordered, the tuple in order;
- a gold whose parts are labelled by place (``(a) 150 (b) 48 km/h``, ``(i) ... (ii) ...``): its items are read
  between the labels, and an answer's parts, labelled or listed, are compared with them in turn, each with its unit
  or without;
- parts named by the nouns that end the gold's items (``oats = 10, butter = 4`` for ``4 cups butter, 10 cups oats``):
  paired by those nouns, in any order; a part under another item's noun stays wrong;
- named parts each given with the work that computes it (``a = 5^2 = 25 and b = 2^4 = 16``): each name is given the
  number its computation comes to, and equations joined by "and" are a list, not one chain of sides that differ;
- a completion that is nothing but parts each named by a word or two (``shorter side = 8, area = 120, perimeter =
  40``): a bare answer, whatever the number of its names' words.
"""

from __future__ import annotations

import pytest

from openrs_rewards import verify


def _status(completion: str, gold: str, problem: str | None = None) -> str:
    return verify(completion, gold, problem=problem).status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Side = 7 and area = 49.\n\nFinal answer: side = 7, area = 49", "7 m, 49 m^2", "correct"),
        ("Side = 7 and area = 49.\n\nFinal answer: side = 7, area = 47", "7 m, 49 m^2", "incorrect"),
        ("Final answer: time = 4, height = 78.4", "4 s, 78.4 m", "correct"),
        ("Final answer: height = 78.4, time = 4", "4 s, 78.4 m", "incorrect"),
        ("Final answer: 35, 2.5", "35 V, 2.5 A", "correct"),
        ("Final answer: 2.5, 35", "35 V, 2.5 A", "incorrect"),
        ("Final answer: 35", "35 V, 2.5 A", "incorrect"),
        ("Final answer: 35, 2.5, 14", "35 V, 2.5 A", "incorrect"),
        # a number written against a name ("3m" is three times m) is no measure
        ("Final answer: 3, 5", "3m, 5 s", "incorrect"),
    ],
)
def test_parts_without_units_against_parts_with_units(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "The line is y = -2x + 5.\n\nFinal answer: m = -2, b = 5",
            "\\text{slope } -2, \\text{ y-intercept } 5",
            "correct",
        ),
        (
            "The line is y = 5x - 2.\n\nFinal answer: m = 5, b = -2",
            "\\text{slope } -2, \\text{ y-intercept } 5",
            "incorrect",
        ),
        ("Final answer: h = 4, k = 7", "\\text{x-coordinate } 4, \\text{ y-coordinate } 7", "correct"),
        ("Final answer: h = 7, k = 4", "\\text{x-coordinate } 4, \\text{ y-coordinate } 7", "incorrect"),
        ("Final answer: m = -2", "\\text{slope } -2, \\text{ y-intercept } 5", "incorrect"),
    ],
)
def test_letters_for_parts_the_gold_names_on_an_axis(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "(i) P ∪ Q = {2, 4, 6, 8}\n(ii) P ∩ Q = {4}\n\nFinal answer: ({2, 4, 6, 8}, {4})",
            "(\\{2,4,6,8\\}, \\{4\\})",
            "correct",
        ),
        (
            "(i) P ∪ Q = {2, 4, 6, 8}\n(ii) P ∩ Q = {4}\n\nFinal answer: ({4}, {2, 4, 6, 8})",
            "(\\{2,4,6,8\\}, \\{4\\})",
            "incorrect",
        ),
        ("Final answer: ({2, 4, 6, 8}, {4, 6})", "(\\{2,4,6,8\\}, \\{4\\})", "incorrect"),
        ("Final answer: ({8, 6, 4, 2}, {4})", "(\\{2,4,6,8\\}, \\{4\\})", "correct"),
    ],
)
def test_sets_in_plain_braces_inside_a_tuple(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        (
            "The trip takes 150 minutes.\n\nFinal answer: (a) 150 minutes (b) 48 km/h",
            "(a) 150 (b) 48 km/h",
            "correct",
        ),
        (
            "The trip takes 150 minutes.\n\nFinal answer: (a) 150 minutes (b) 45 km/h",
            "(a) 150 (b) 48 km/h",
            "incorrect",
        ),
        ("Final answer: 150, 48", "(a) 150 (b) 48 km/h", "correct"),
        ("Final answer: 48, 150", "(a) 150 (b) 48 km/h", "incorrect"),
        ("Final answer: 150", "(a) 150 (b) 48 km/h", "incorrect"),
        ("Final answer: 150, 48, 2", "(a) 150 (b) 48 km/h", "incorrect"),
        ("Final answer: (i) 9 m (ii) 27 m^2", "(i) 9 \\text{ m} (ii) 27 \\text{ m}^2", "correct"),
        ("Final answer: (i) 27 m^2 (ii) 9 m", "(i) 9 \\text{ m} (ii) 27 \\text{ m}^2", "incorrect"),
    ],
)
def test_a_gold_with_its_parts_labelled_by_place(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("Final answer: butter = 4, oats = 10", "4 \\text{ cups butter}, 10 \\text{ cups oats}", "correct"),
        ("Final answer: oats = 10, butter = 4", "4 \\text{ cups butter}, 10 \\text{ cups oats}", "correct"),
        ("Final answer: oats = 4, butter = 10", "4 \\text{ cups butter}, 10 \\text{ cups oats}", "incorrect"),
        ("Final answer: butter = 4, oats = 12", "4 \\text{ cups butter}, 10 \\text{ cups oats}", "incorrect"),
        ("Final answer: butter = 4", "4 \\text{ cups butter}, 10 \\text{ cups oats}", "incorrect"),
    ],
)
def test_parts_named_by_the_nouns_of_the_gold(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("a = 5^2 = 25 and b = 2^4 = 16.", "a = 25, b = 16", "correct"),
        ("a = 5^2 = 25 and b = 2^4 = 8.", "a = 25, b = 16", "incorrect"),
        ("Final answer: b = 2^4 = 16, a = 5^2 = 25", "a = 25, b = 16", "correct"),
        ("Final answer: a = 5^2 = 25", "a = 25, b = 16", "incorrect"),
        # a chain of constants that differ is still wrong
        ("So x = 25 = 24.", "24", "incorrect"),
    ],
)
def test_named_parts_each_given_with_its_computation(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status


@pytest.mark.parametrize(
    ("completion", "gold", "status"),
    [
        ("base = 8, height = 15, hypotenuse = 17", "8, 15, 17", "correct"),
        ("base = 8, height = 15, hypotenuse = 19", "8, 15, 17", "incorrect"),
        ("shorter side = 8, area = 120, perimeter = 40", "8, 120, 40", "correct"),
        ("area = 120, shorter side = 8, perimeter = 40", "8, 120, 40", "incorrect"),
        ("shorter side = 8, area = 120", "8, 120, 40", "incorrect"),
        # a sentence is still no bare answer
        ("It is 8", "8", "no_answer"),
    ],
)
def test_a_completion_of_parts_each_named_by_words(completion: str, gold: str, status: str) -> None:
    assert _status(completion, gold) == status
