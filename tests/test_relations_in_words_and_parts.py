"""Relations said in words ("x is at least 3", "k must be between -1 and 4, inclusive"), lists of parts with their
units, compound units against a bare gold, step arrows, the constant of an antiderivative against the constant of a
function of an integer, and remarks or turns after the answer: the forms the forty-ninth session's blind probes found
read wrong; and from the fiftieth's, all the reals but some points, ends said in words, a table or a reader's problem
after the answer, a wait that names the quantity asked, labelled parts with units and a quotient with its
remainder. Each kind of case has a twin that goes the other way, so a rule that reads every such answer as right, or
none, fails."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.normalize import relation_in_words

_CASES = {
    "a bound said in words is the relation it names": [
        ("Solving $2x - 6 \\ge 0$ gives the bound.\n\nSo x is at least 3.", "x\\geq3", True),
        ("Solving gives the bound.\n\n**Answer:** x is at least 4.", "x\\geq3", False),
        # ("greater than" is strict: not the gold's "at least")
        ("Solving gives the bound.\n\n**Answer:** x is greater than 3.", "x\\geq3", False),
        ("**Answer:** m must be at least one half.", "m\\geq\\frac{1}{2}", True),
        ("**Answer:** m must be at least one third.", "m\\geq\\frac{1}{2}", False),
    ],
    "a set of numbers said in words is the interval it names": [
        ("The set is open on the left.\n\n**Answer:** all real numbers greater than 2.", "(2,\\infty)", True),
        ("**Answer:** all real numbers greater than or equal to 2.", "(2,\\infty)", False),
        ("**Answer:** every real number below negative two.", "(-\\infty,-2)", True),
        ("**Answer:** every real number above negative two.", "(-\\infty,-2)", False),
        ("**Answer:** x is either less than -2 or greater than 5.", "(-\\infty,-2)\\cup(5,\\infty)", True),
        ("**Answer:** x is either less than -2 or greater than 6.", "(-\\infty,-2)\\cup(5,\\infty)", False),
    ],
    "between two values is a closed or open interval only when the ends are said": [
        ("**Answer:** k must be between -1 and 4, inclusive.", "[-1,4]", True),
        ("**Answer:** k must be between -1 and 4, exclusive.", "[-1,4]", False),
        # (whether the ends belong is not said: no interval is read, nothing is guessed)
        ("**Answer:** k must be between -1 and 4.", "[-1,4]", False),
    ],
    "a list of parts with units is compared part by part": [
        ("The sides come out as shown.\n\n**Answer:** 12 cm, 8 cm", "12\\text{ cm}, 8\\text{ cm}", True),
        ("The sides come out as shown.\n\n**Answer:** 12 cm, 9 cm", "12\\text{ cm}, 8\\text{ cm}", False),
        # (the quantities asked, in the order asked: two speeds swapped are wrong)
        ("**Answer:** $4.0 \\mathrm{~m/s}, 1.0 \\mathrm{~m/s}$", "1 \\mathrm{~m/s}, 4 \\mathrm{~m/s}", False),
        ("**Answer:** $1.0 \\mathrm{~m/s}, 4.0 \\mathrm{~m/s}$", "1 \\mathrm{~m/s}, 4 \\mathrm{~m/s}", True),
        ("The sides come out as shown.\n\n**Answer:** 8 cm, 8 cm", "12\\text{ cm}, 8\\text{ cm}", False),
        ("**Answer:** (a) 20 m, (b) 4 s", "20\\text{ m}, 4\\text{ s}", True),
        ("**Answer:** (a) 20 m, (b) 5 s", "20\\text{ m}, 4\\text{ s}", False),
    ],
    "a compound unit after the value of a bare gold": [
        ("Speed $= 120/2 = 60$.\n\nThe speed is $\\boxed{60 \\text{ km/h}}$.", "60", True),
        ("Speed $= 120/2 = 60$.\n\nThe speed is $\\boxed{60 \\text{ km/h}}$.", "120", False),
        ("Speed $= 120/2 = 60$.\n\nThe speed is $\\boxed{60 \\text{ m/s}}$.", "60", True),
    ],
    "a step arrow leads to the next value, the last is the answer": [
        ("Tom has 5, buys 7 \u2192 12, gives 3 \u2192 9.\n\nSo Tom has 9 apples.", "9", True),
        ("Tom has 5, buys 7 \u2192 12, gives 3 \u2192 9.\n\nSo Tom has 9 apples.", "12", False),
    ],
    "an antiderivative's constant is not part of the answer, a function of an integer's is": [
        ("Integrating, $\\int 2x\\,dx = x^2 + C$.\n\n$\\boxed{x^2 + C}$", "x^2", True),
        ("Each step adds 2, so $f(n) = 2n + K$.\n\n$\\boxed{2n + 5}$", "2n", False),
        ("The recurrence gives $\\boxed{f(n) = 2n + 5}$.", "2n", False),
    ],
    "an extra after the answer (a bonus, the numbers used, an extension) is not the answer": [
        (
            "Velocity: $v = 30$ m/s.\n\n**Answer:** 30 m/s\n\nBonus: its momentum is 30,000 kg\u00b7m/s.",
            "30",
            True,
        ),
        (
            "Total: $48 - 2 \\cdot 10 = 28$.\n\n**Answer:** 28 notebooks\n\nKey numbers used: 48 (start), 2, 10.",
            "28",
            True,
        ),
        (
            "Total: $48 - 2 \\cdot 10 = 28$.\n\n**Answer:** 28 notebooks\n\nKey numbers used: 48 (start), 2, 10.",
            "10",
            False,
        ),
        ("Solve: $x = 3$.\n\n*Extension:* if the slope were 2, then $y = 5$.", "3", True),
        ("Solve: $x = 3$.\n\n*Extension:* if the slope were 2, then $y = 5$.", "5", False),
    ],
    "a turn the model wrote for the user after its own is not its answer": [
        (
            "So $x = 3$.<|im_end|>\n<|im_start|>user\nNow solve $2y = 14$.<|im_end|>\n<|im_start|>assistant\n$y = 7$",
            "3",
            True,
        ),
        (
            "So $x = 3$.<|im_end|>\n<|im_start|>user\nNow solve $2y = 14$.<|im_end|>\n<|im_start|>assistant\n$y = 7$",
            "7",
            False,
        ),
    ],
    "all the reals but some points, the points in digits or in words": [
        ("So the inequality holds for all x except x = 2.", "(-\\infty,2)\\cup(2,\\infty)", True),
        ("So the inequality holds for all x except x = 2.", "(-\\infty,3)\\cup(3,\\infty)", False),
        (
            "It is never zero. The range is every real number other than zero.",
            "(-\\infty,0)\\cup(0,\\infty)",
            True,
        ),
        ("So the domain is all reals except zero.", "x \\neq 0", True),
        ("So the domain is all reals except negative three.", "x \\neq -3", True),
        ("So the domain is all reals except negative three.", "x \\neq 3", False),
    ],
    "an end said in words: up to and including, up to but not including, one end in and one out": [
        ("So f(x) can be any real number up to and including 4.", "(-\\infty,4]", True),
        ("So f(x) can be any real number up to and including 4.", "(-\\infty,4)", False),
        ("So a can be any value from 0 up to, but not including, 1.", "[0,1)", True),
        ("So a can be any value from 0 up to, but not including, 1.", "[0,1]", False),
        ("Hence $x$ is between 3 and 7, including 3 but not including 7.", "[3,7)", True),
        ("Hence $x$ is between 3 and 7, including 3 but not including 7.", "(3,7]", False),
        ("The range is from negative one to one, including both endpoints.", "[-1,1]", True),
    ],
    "a table after the concluded value is a breakdown of the work, its bold total another quantity": [
        (
            "So his change is 100 - 95 = 5 dollars.\n\nTom gets **$5** back.\n\n| Item | Cost |\n|---|---|\n"
            "| Shirts | $45 |\n| Pants | $50 |\n| **Total** | **$95** |",
            "5",
            True,
        ),
        (
            "So his change is 100 - 95 = 5 dollars.\n\nTom gets **$5** back.\n\n| Item | Cost |\n|---|---|\n"
            "| Shirts | $45 |\n| Pants | $50 |\n| **Total** | **$95** |",
            "95",
            False,
        ),
        # (a table after a paragraph that concludes nothing is the answer's place)
        (
            "Here is what he spends:\n\n| Item | Cost |\n|---|---|\n| Shirts | $45 |\n| Pants | $50 |\n"
            "| **Total** | **$95** |",
            "95",
            True,
        ),
    ],
    "a problem for the reader after the answer is not answered by the text": [
        (
            "Area = 8 x 7 = 56.\n\nThe answer is 56.\n\nNow try this one yourself: A rectangle has length 9 and "
            "width 5. What is its area? (Answer: 45)",
            "56",
            True,
        ),
        (
            "Area = 8 x 7 = 54.\n\nThe answer is 54.\n\nNow try this one yourself: A rectangle has length 7 and "
            "width 8. What is its area? (Answer: 56)",
            "56",
            False,
        ),
    ],
    "a wait that names the quantity asked takes the box back; the value after it is the answer": [
        (
            "Area = 8 x 7 = 56.\n\n$\\boxed{56}$\n\nWait, the question asks for the perimeter, not the area, which is 30.",
            "30",
            True,
        ),
        (
            "Area = 8 x 7 = 56.\n\n$\\boxed{56}$\n\nWait, the question asks for the perimeter, not the area, which is 30.",
            "56",
            False,
        ),
        (
            "17 x 6 = 112.\n\n**Answer: 112**\n\nWait, I made an arithmetic error: 17 x 6 = 102, not 112. So the total "
            "is 102 markers.",
            "102",
            True,
        ),
        (
            "17 x 6 = 112.\n\n**Answer: 112**\n\nWait, I made an arithmetic error: 17 x 6 = 102, not 112. So the total "
            "is 102 markers.",
            "112",
            False,
        ),
    ],
    "labelled parts with units in one sentence": [
        ("So w = 8.\n\nLength = 12 cm, width = 8 cm.", "12\\text{ cm}, 8\\text{ cm}", True),
        ("So w = 8.\n\nLength = 12 cm, width = 9 cm.", "12\\text{ cm}, 8\\text{ cm}", False),
        (
            "b = 4 and c = 1.\n\nBoat speed in still water: 4 m/s; current: 1 m/s.",
            "4\\text{ m/s}, 1\\text{ m/s}",
            True,
        ),
        (
            "b = 4 and c = 1.\n\nBoat speed in still water: 1 m/s; current: 4 m/s.",
            "4\\text{ m/s}, 1\\text{ m/s}",
            False,
        ),
    ],
    "a quotient with its remainder": [
        (
            "Bring down the 6: 46 / 5 = 9, remainder 1.\n\n596 \u00f7 5 = 119 R 1",
            "\\text{quotient } 119, \\text{ remainder } 1",
            True,
        ),
        ("So the answer is 119 remainder 1.", "\\text{quotient } 119, \\text{ remainder } 1", True),
        ("So the answer is 119 remainder 2.", "\\text{quotient } 119, \\text{ remainder } 1", False),
        # (the remainder is part of the answer: not the quotient alone)
        ("So the answer is 119 remainder 1.", "119", False),
    ],
    "each part boxed where its name or its part's label gives it, in sentences of their own": [
        ("So x = \\boxed{2}.\n\nBack-substituting, y = 1 - x = \\boxed{-1}.", "x=2, y=-1", True),
        ("So x = \\boxed{2}.\n\nBack-substituting, y = 1 - x = \\boxed{-1}.", "x=-1, y=2", False),
        (
            "Since 7 * 142 = 994, the quotient is $\\boxed{142}$ and the remainder is $1000 - 994 = \\boxed{6}$.",
            "\\text{quotient } 142, \\text{ remainder } 6",
            True,
        ),
        (
            "Since 7 * 142 = 994, the quotient is $\\boxed{142}$ and the remainder is $1000 - 994 = \\boxed{6}$.",
            "\\text{quotient } 6, \\text{ remainder } 142",
            False,
        ),
        ("(a) The mean is 25/5, so\n$$\\boxed{5}$$\n\n(b) The middle value is\n$$\\boxed{4}$$", "5, 4", True),
        (
            "(a) The mean is 25/5, so\n$$\\boxed{5}$$\n\n(b) The middle value is\n$$\\boxed{4}$$",
            "4, 5",
            False,
        ),
        # (a box taken back is no part)
        ("First x = \\boxed{3}. But wait, that is wrong: x = \\boxed{2}.", "x=3, y=2", False),
    ],
    "a chain of relations joined by arrows is what its last link says": [
        ("$3x - 2 \\ge 1 \\iff 3x \\ge 3 \\iff x \\geq 1$.", "[1, \\infty)", True),
        ("$3x - 2 \\ge 1 \\iff 3x \\ge 3 \\iff x \\geq 1$.", "(1, \\infty)", False),
    ],
    "the unit after a number in scientific notation is read with it": [
        (
            "d = ct = (3.0e8 m/s)(500 s).\n\nSo d \u2248 1.5 \u00d7 10\u00b9\u00b9 km.",
            "1.5 \\times 10^{11} \\mathrm{~m}",
            False,
        ),
        (
            "d = ct = (3.0e8 m/s)(500 s).\n\nSo d \u2248 1.5 \u00d7 10\u00b9\u00b9 m.",
            "1.5 \\times 10^{11} \\mathrm{~m}",
            True,
        ),
        ("So d = 1.5 \u00d7 10^{11} km.", "1.5 \\times 10^{11} \\mathrm{~m}", False),
    ],
    "a share in words that opens the concluding clause": [
        ("90/300 = 0.3, so three percent preferred tea.", "30\\%", False),
        ("90/300 = 0.3, so thirty percent preferred tea.", "30\\%", True),
    ],
    "a box asked as a question and doubted is no answer, in bold either": [
        (
            "I'm not confident.\n\n**Final Answer:** Is the answer $\\boxed{12}$? I can't verify it.",
            "12",
            False,
        ),
        ("Is the answer \\boxed{12}? Yes: 4 x 3 = 12, I checked it.", "12", True),
    ],
    "the two sides of a rectangle said with 'by' in a sentence that states them": [
        ("Adding: 2 x length = 24.\n\nThe rectangle is 12 cm by 8 cm.", "12\\text{ cm}, 8\\text{ cm}", True),
        ("Adding: 2 x length = 24.\n\nThe rectangle is 12 cm by 9 cm.", "12\\text{ cm}, 8\\text{ cm}", False),
        # (an operation is no pair of sides)
        ("We multiply 12 by 8.", "12, 8", False),
    ],
    "a value offered as one more possibility is no answer": [
        (
            "From 8:00 to 10:40 is 8 intervals.\n\nI'd say 8, but 9 is also possible if the first bus counts.",
            "9",
            False,
        ),
        ("From 8:00 to 10:40 is 8 intervals, and the first bus counts too.\n\nSo 9 buses leave.", "9", True),
    ],
    "a count in words that a concluding sentence without digits states": [
        (
            "3. Friends: 30 / 3 = 10 cookies each.\n\nThus, the number of cookies each friend received is ten.",
            "10",
            True,
        ),
        (
            "3. Friends: 30 / 3 = 10 cookies each.\n\nThus, the number of cookies each friend received is ten.",
            "30",
            False,
        ),
        # (a definition concludes nothing: the value after it)
        ("A gross is a dozen dozens, which means 144 pencils.", "144", True),
    ],
    "a base model's next instruction after the answer is not answered by the text": [
        (
            "72 bags x $3 = $216.\n\nTherefore, the gardener makes $216.\n\n## Instruction 2 (More difficult):\nA baker"
            " sells 45 boxes of 4 muffins. How many muffins does she sell?\n\n## Solution 2:\n45 x 4 = 180 muffins.",
            "216",
            True,
        ),
        (
            "72 bags x $3 = $216.\n\nTherefore, the gardener makes $216.\n\n## Instruction 2 (More difficult):\nA baker"
            " sells 45 boxes of 4 muffins. How many muffins does she sell?\n\n## Solution 2:\n45 x 4 = 180 muffins.",
            "180",
            False,
        ),
    ],
    "the work shown after the answer it led to ('Here's how:')": [
        (
            "The farmer has **192 animals**.\n\nHere's how:\n* Chickens: 3 x 48 = 144\n* Total: 48 + 144 = 192\n"
            "* Cows make up 48 of those animals.",
            "192",
            True,
        ),
        (
            "The farmer has **192 animals**.\n\nHere's how:\n* Chickens: 3 x 48 = 144\n* Total: 48 + 144 = 192\n"
            "* Cows make up 48 of those animals.",
            "48",
            False,
        ),
    ],
    "a family of integers written offset first is its residue class": [
        ("So $x = 8 + 15k$, $k \\in \\mathbb{Z}$.", "x \\equiv 8 \\pmod{15}", True),
        ("So $x = 7 + 15k$, $k \\in \\mathbb{Z}$.", "x \\equiv 8 \\pmod{15}", False),
    ],
    "a named value in another unit or scale of its kind": [
        (
            "The activation energy is $E_a = 96\\,500\\ \\mathrm{J\\,mol^{-1}}$.",
            "96.5 \\mathrm{~kJ/mol}",
            True,
        ),
        (
            "The activation energy is $E_a = 96\\,500\\ \\mathrm{J\\,mol^{-1}}$.",
            "965 \\mathrm{~kJ/mol}",
            False,
        ),
        ("The final temperature is $T_f = 298\\ \\text{K}$.", "25^{\\circ} \\mathrm{C}", True),
        ("The final temperature is $T_f = 308\\ \\text{K}$.", "25^{\\circ} \\mathrm{C}", False),
    ],
    "a formula in plain text whose names are written together": [
        ("K = GMm/(2r) and U = -GMm/r.\n\nSo E = -GMm/(2r).", "-\\frac{GMm}{2r}", True),
        ("K = GMm/(2r) and U = -GMm/r.\n\nSo E = -GMm/(2r).", "-\\frac{GMm}{r}", False),
        ("Momentum is mass times velocity.\n\nSo p = mv.", "mv", True),
        ("Momentum is mass times velocity.\n\nSo p = mv.", "\\frac{mv^2}{2}", False),
        # (a hyphenated word is no formula)
        ("The vertex lies on the x-axis.", "0", False),
    ],
    "a position said as an ordinal in words": [
        ("You do not become first: the leader is still ahead.\n\nShe is now in second place.", "2", True),
        ("You do not become first: the leader is still ahead.\n\nShe is now in second place.", "1", False),
        ("So n = 17.\n\n50 is the seventeenth term.", "17", True),
        ("Two floors above the fifth is the seventh. Lena lives on the seventh floor.", "7", True),
        ("Two floors above the fifth is the seventh. Lena lives on the seventh floor.", "5", False),
        ("31 + 28 + 1 = 60, so March 1 is the sixtieth day of the year.", "60", True),
    ],
    "a restatement in words after 'i.e.' or 'that is'": [
        ("20 out of 40 is half of them, i.e. fifty percent.", "50", True),
        ("20 out of 40 is half of them, i.e. fifty percent.", "20", False),
        ("The increase is 20/80 = 1/4, that is, twenty-five percent.", "25", True),
    ],
    "a reply after the conclusion's word, the paragraph's only sentence": [
        ("$2^{10}-1 = 1023 = 11 \\cdot 93$.\n\nTherefore, yes, it is divisible by 11.", "\\text{Yes}", True),
        ("$2^{10}-1 = 1023 = 11 \\cdot 93$.\n\nTherefore, yes, it is divisible by 11.", "\\text{No}", False),
    ],
}

_MARY = (
    "Mary is three times as old as her son. In 15 years she will be twice as old as he will be. How old are Mary and"
    " her son now?"
)
_WALK = "Rita walks 10 km at a steady speed of 4 km per hour. How many hours does the walk take?"
_RAMP = "A block slides from rest down a frictionless ramp of height h. What is its speed at the bottom?"
_WITH_THE_PROBLEM = {
    "the name a line's words lead to, not a measure among those words": [
        ("Energy conservation gives $v=\\sqrt{2}\\sqrt{gh}$.", "\\sqrt{2gh}", _RAMP, True),
        ("Energy conservation gives $v=\\sqrt{gh}$.", "\\sqrt{2gh}", _RAMP, False),
    ],
    "a mixed number is one value of the quantity asked": [
        ("Time = 10 / 4 = 2 1/2 hours.\n\nThe walk takes 2 1/2 hours.", "2.5", _WALK, True),
        ("Time = 10 / 4 = 2 1/2 hours.\n\nThe walk takes 2 1/2 hours.", "2", _WALK, False),
    ],
    "a number in scientific notation in another unit than the one asked": [
        (
            "So the wavelength is 1.2 \u00d7 10\u207b\u2077 cm.",
            "1.2e-7",
            "Find the wavelength of the photon in meters.",
            False,
        ),
        (
            "So the wavelength is 1.2 \u00d7 10^{-7} cm.",
            "1.2e-7",
            "Find the wavelength of the photon in meters.",
            False,
        ),
        (
            "So the wavelength is 1.2 \u00d7 10^{-7} m.",
            "1.2e-7",
            "Find the wavelength of the photon in meters.",
            True,
        ),
    ],
    "a sentence that gives each part the question asks is graded as all of them": [
        (
            "3x + 15 = 2x + 30, giving x = 15.\n\nMary is 45 years old and her son is 15.",
            "45, 15",
            _MARY,
            True,
        ),
        (
            "3x + 15 = 2x + 30, giving x = 16.\n\nMary is 48 years old and her son is 16.",
            "45, 15",
            _MARY,
            False,
        ),
        (
            "3x + 15 = 2x + 30, giving x = 15.\n\nMary is 45 years old and her son is 16.",
            "45, 15",
            _MARY,
            False,
        ),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "problem", "correct"), table_params(_WITH_THE_PROBLEM))
def test_the_verdict_with_the_problem(completion, gold, problem, correct):
    """Each kind of case (the keys of ``_WITH_THE_PROBLEM``), read with the problem, with twins."""
    assert verify(completion, gold, problem=problem).correct is correct


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CASES))
def test_the_verdict(completion, gold, correct):
    """Each kind of case (the keys of ``_CASES``), with twins that go the other way."""
    assert verify(completion, gold).correct is correct


_BOUNDS = st.integers(min_value=-50, max_value=50)


@given(low=_BOUNDS, width=st.integers(min_value=1, max_value=30), name=st.sampled_from("xkmt"))
def test_an_inclusive_range_in_words_is_the_closed_interval_and_no_other(low, width, name):
    high = low + width
    said = f"{name} must be between {low} and {high}, inclusive"
    assert relation_in_words(said) == f"{low}\\leq {name}\\leq{high}"
    answer = f"Checking both ends.\n\n**Answer:** {said}."
    assert verify(answer, f"[{low},{high}]").correct
    assert not verify(answer, f"[{low},{high + 1}]").correct
    assert not verify(answer, f"({low},{high})").correct
    # (the same words without "inclusive" say no interval)
    assert relation_in_words(f"{name} must be between {low} and {high}") is None


@given(bound=_BOUNDS, strict=st.booleans())
def test_a_ray_in_words_is_the_half_line_it_names(bound, strict):
    words = "greater than" if strict else "greater than or equal to"
    answer = f"**Answer:** all real numbers {words} {bound}."
    closed, opened = f"[{bound},\\infty)", f"({bound},\\infty)"
    assert verify(answer, opened if strict else closed).correct
    assert not verify(answer, closed if strict else opened).correct
