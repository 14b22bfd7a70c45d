"""Yes-or-no, true-or-false, existence and comparison questions answered in a sentence rather than a word: a denial
of existence ("no smallest one exists", "there is none"), a reply with its echo ("No, they cannot."), the property a
question asks said of its thing ("They are equal.", "Not every square is even", "can never be a perfect square"), a
claim asked true or false ("... and so the claim is false."), and a thing named by its place ("the second one is
bigger", "The first bus is faster"). Each reading has a twin that must not be read as right: the opposite reply, a
hedge, a false example, the other thing, an answer to another question."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.ordinal_named import ordinal_named
from openrs_rewards.verifiers.stated_reply import stated_reply

# (completion, gold, correct): read without the problem, as only an unambiguous sentence is.
_CASES = {
    "a denial of what was asked for, in a few words of its own": [
        (
            "Every positive integer has a smaller one below it, so no smallest negative one exists.",
            "No",
            True,
        ),
        (
            "Every positive integer has a smaller one below it, so no smallest negative one exists.",
            "Yes",
            False,
        ),
        ("Parity rules out every case. Hence no integer pairs exist.", "\\text{No}", True),
        # (a "no" of another thing, then a clause that says one exists: no denial)
        ("We tried it and found no contradiction so a solution exists.", "No", False),
        ("There is no doubt a solution exists.", "No", False),
    ],
    "none said of what was asked for": [
        ("A cube of an integer is never 2 mod 7; there is none.", "No", True),
        ("A cube of an integer is never 2 mod 7; there is none.", "Yes", False),
    ],
    "a denial of existence as the answer itself, or with cannot": [
        ("The discriminant is $-7$.\n\n**Answer:** No real root exists.", "No", True),
        ("The discriminant is $-7$.\n\n**Answer:** No real root exists.", "Yes", False),
        ("The two short sides add to 9 < 10, so such a triangle cannot exist.", "No", True),
        ("The two short sides add to 9 < 10, so such a triangle cannot exist.", "Yes", False),
    ],
    "a reply that closes the concluding clause": [
        ("Both roots, 5 and -3, are integers, so yes.", "Yes", True),
        ("Both roots, 5 and -3, are integers, so yes.", "No", False),
        ("Both roots are integers, so yes, but only when $k = 2$.", "Yes", False),
    ],
    "a closing reply and its echo": [
        ("Both summands are multiples of 3, so the sum is too. No, they cannot.", "No", True),
        ("Both summands are multiples of 3, so the sum is too. No, they cannot.", "Yes", False),
        ("Take $n = 4$: $4^2 = 16$. Yes, it can.", "Yes", True),
        # (a reply its echo contradicts, or a "no" that takes the work back, states none)
        ("Both summands are multiples of 3. No, it can.", "No", False),
        ("No, they can.", "No", False),
        ("We get $12 = 5 + 7$. No, that is wrong.", "No", False),
    ],
}

_CUBE = "Is there a perfect cube whose last digit is 0?"
_SEVEN = "Is there a perfect cube that leaves remainder 3 when divided by 7?"
_HALF = "If $m$ is odd, can $\\frac{m^2 + 2}{2}$ be an integer?"
_FORTEEN = "Can 15 be written as the sum of two squares?"
_EQUAL = "Is $\\frac{4}{6}$ equal to $\\frac{2}{3}$?"
_SQUARES = "Is every perfect square even?"
_TF_CLAIM = "True or false: the sum of two primes greater than 2 is even."
_TF_WHETHER = "Determine whether the following statement is true or false: if $n^2$ is divisible by 4, then $n$ or $n + 2$ is divisible by 4."
_MANY = "Are there infinitely many integers $n$ with $n^2 + 1$ even?"
_SEVEN_SQUARE = "Does there exist an integer $n$ with $n^2 \\equiv 2 \\pmod 7$?"
_LINES = "Are the lines $y = 3x + 1$ and $y = -\\frac{1}{3}x + 2$ perpendicular?"
_TF_SIDES = "True or false: the opposite sides of a parallelogram are equal."
_GAME_MOVING = "Maria and Tom take turns removing 1 or 2 coins from 10 coins, Tom moving first. Whoever takes the last coin wins. Who wins with perfect play?"
_BIGGER = "Which is bigger: $5^{30}$ or $2^{70}$?"
_BUS = "Bus P leaves at 9:00 and drives at 40 km/h. Bus Q leaves at 9:20 and drives at 60 km/h. Which bus reaches the town 60 km away first?"
_GAME = "Maria and Tom take turns removing 1 or 2 coins from a pile of 10 coins, Tom first. Whoever takes the last coin wins. Who has a winning strategy?"

# (completion, gold, problem, correct): read with the problem, which tells what a sentence's words answer.
_WITH_THE_PROBLEM = {
    "existence: the thing asked for denied, or shown": [
        (
            "Cubes end in the last digit of $d^3$ for the last digit $d$, and $10^3 = 1000$ ends in 0. Such a cube exists: for instance $1000$.",
            "Yes",
            _CUBE,
            True,
        ),
        ("Cubes mod 7 are 0, 1 or 6, so no perfect cube leaves remainder 3.", "No", _SEVEN, True),
        ("Cubes mod 7 are 0, 1 or 6, so no perfect cube leaves remainder 3.", "Yes", _SEVEN, False),
        # (an example that only might work states nothing)
        ("Such a cube exists: perhaps $27$, if we check.", "Yes", _CUBE, False),
    ],
    "a property asked, said or denied": [
        ("$m^2$ is odd, so $m^2 + 2$ is odd, and the fraction can never be an integer.", "No", _HALF, True),
        ("$m^2$ is odd, so $m^2 + 2$ is odd, and the fraction is an integer.", "No", _HALF, False),
        ("Reducing, $4/6 = 2/3$. They are equal.", "Yes", _EQUAL, True),
        ("Reducing, $4/6 = 2/3$. They are equal.", "No", _EQUAL, False),
        ("Not every perfect square is even: $9$ is a square and odd.", "No", _SQUARES, True),
        ("Every perfect square is even: $4$ and $16$ are.", "No", _SQUARES, False),
        ("Take $n = 2k + 1$ for any $k$; so there are infinitely many such integers.", "Yes", _MANY, True),
        ("Take $n = 2k + 1$ for any $k$; so there are infinitely many such integers.", "No", _MANY, False),
    ],
    "a question after what it supposes, and a thing shown with an example in brackets or after a semicolon": [
        (
            "Let $B$ be a $2 \\times 2$ matrix with $B^3 = 0$. Then $\\det(B)^3 = 0$. Hence $B$ is not invertible.",
            "No",
            "Let $B$ be a $2 \\times 2$ real matrix with $B^3 = 0$. Is $B$ invertible?",
            True,
        ),
        (
            "Then $\\det(B)^3 = 0$. Hence $B$ is invertible.",
            "No",
            "Let $B$ be a $2 \\times 2$ real matrix with $B^3 = 0$. Is $B$ invertible?",
            False,
        ),
        (
            "$4^2 = 16 \\equiv 2 \\pmod 7$, so such an integer exists (take $n = 4$).",
            "Yes",
            _SEVEN_SQUARE,
            True,
        ),
        ("So such an integer exists; for example $n = 4$.", "Yes", _SEVEN_SQUARE, True),
        ("So such an integer exists (maybe $n = 4$, if I computed right).", "Yes", _SEVEN_SQUARE, False),
        (
            "The slopes are 3 and $-1/3$, whose product is $-1$, so the lines are perpendicular.",
            "Yes",
            _LINES,
            True,
        ),
        (
            "The slopes are 3 and $-1/3$, whose product is $-1$, so the lines are perpendicular.",
            "No",
            _LINES,
            False,
        ),
    ],
    "a claim said true or false by a pronoun": [
        (
            "Opposite sides of a parallelogram are equal by congruent triangles. It's true.",
            "True",
            _TF_SIDES,
            True,
        ),
        (
            "Opposite sides of a parallelogram are equal by congruent triangles. It's true.",
            "False",
            _TF_SIDES,
            False,
        ),
        ("It is true that the sides are equal, so the claim needs more checking.", "True", _TF_SIDES, False),
    ],
    "the question's verb, said or denied": [
        (
            "Squares are 0, 1, 4 or 9 and no two of them add to 15. So 15 cannot be written that way.",
            "No",
            _FORTEEN,
            True,
        ),
        (
            "Squares are 0, 1, 4 or 9 and no two of them add to 15. So 15 cannot be written that way.",
            "Yes",
            _FORTEEN,
            False,
        ),
        ("We find $15 = 9 + 6$, so 15 can be written as such a sum.", "No", _FORTEEN, False),
    ],
    "a claim asked true or false": [
        ("Both primes are odd, so their sum is even, and the claim is true.", "True", _TF_CLAIM, True),
        ("Both primes are odd, so their sum is even, and the claim is true.", "False", _TF_CLAIM, False),
        (
            "The statement does not hold in general: $n = 6$ gives $n^2 = 36$, but neither 6 nor 8 is divisible by 4. (It holds for even $n$ in one case.)",
            "False",
            _TF_WHETHER,
            True,
        ),
        ("The statement holds: $n = 6$ works, if we are lucky.", "True", _TF_WHETHER, False),
    ],
    "a thing named by its place alone, or by the player's place where the problem says who moves first": [
        ("$5^{30} = 125^{10}$ and $2^{70} = 128^{10}$, so the latter is bigger.", "2^{70}", _BIGGER, True),
        ("$5^{30} = 125^{10}$ and $2^{70} = 128^{10}$, so the latter is bigger.", "5^{30}", _BIGGER, False),
        ("Hence the second is bigger.", "2^{70}", _BIGGER, True),
        ("Hence the second is bigger.", "5^{30}", _BIGGER, False),
        (
            "With 10 coins the mover leaves a multiple of 3. So the first player wins.",
            "\\text{Tom}",
            _GAME_MOVING,
            True,
        ),
        (
            "With 10 coins the mover leaves a multiple of 3. So the first player wins.",
            "\\text{Maria}",
            _GAME_MOVING,
            False,
        ),
    ],
    "a thing named by its place among those compared": [
        (
            "$5^{30} = 125^{10}$ and $2^{70} = 128^{10}$, so the second one is bigger.",
            "2^{70}",
            _BIGGER,
            True,
        ),
        (
            "$5^{30} = 125^{10}$ and $2^{70} = 128^{10}$, so the second one is bigger.",
            "5^{30}",
            _BIGGER,
            False,
        ),
        (
            "$5^{30} = 125^{10}$ and $2^{70} = 128^{10}$, so the first one is smaller.",
            "2^{70}",
            _BIGGER,
            True,
        ),
        ("The first one is probably bigger.", "5^{30}", _BIGGER, False),
        # (a completion that writes them in its own order counts from its own first)
        (
            "Compare 2^70 with 5^30 through tenth powers, 128 against 125. So the first one is bigger.",
            "5^{30}",
            _BIGGER,
            False,
        ),
        (
            "Compare $2^{70}$ with $5^{30}$ through tenth powers, 128 against 125. So the first one is bigger.",
            "5^{30}",
            _BIGGER,
            False,
        ),
        (
            "Bus P needs 90 minutes, bus Q 60 minutes from 9:20. The second bus reaches the town first.",
            "\\text{Bus Q}",
            _BUS,
            True,
        ),
        (
            "Bus P arrives at 10:30 and bus Q at 10:20. The first bus reaches the town first.",
            "\\text{Bus Q}",
            _BUS,
            False,
        ),
        (
            "Tom takes 1 and leaves 9, a multiple of 3, each turn after. The first player wins.",
            "\\text{Tom}",
            _GAME,
            True,
        ),
        (
            "Tom takes 1 and leaves 9, a multiple of 3, each turn after. The second player wins.",
            "\\text{Tom}",
            _GAME,
            False,
        ),
        # (a predicate the question does not ask: "is faster" for "which reaches first" says nothing it asks)
        ("The second bus is cheaper.", "\\text{Bus Q}", _BUS, False),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CASES))
def test_the_verdict(completion, gold, correct):
    """Each kind of case (the keys of ``_CASES``), with twins."""
    assert verify(completion, gold).correct is correct


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), read with the problem, with twins."""
    assert verify(completion, gold, problem=problem).correct is correct


def test_without_the_problem_a_place_or_a_property_names_nothing():
    """ "The second one is bigger." and "They are equal." answer nothing without the question they answer."""
    assert not verify("So the second one is bigger.", "2^{70}").correct
    assert not verify("Reducing, $4/6 = 2/3$. They are equal.", "Yes").correct


def test_the_readers_state_nothing_for_another_question():
    """A place names nothing where the question lists no things; a property says nothing to a question of another."""
    assert ordinal_named("So the second one is bigger.", "What is $5^{30} - 2^{70}$?") is None
    assert stated_reply("They are equal.", "Is $\\frac{4}{6}$ in lowest terms?") is None
    assert ordinal_named("So the first player wins.", "Maria and Tom play a game. Who wins?") is None
