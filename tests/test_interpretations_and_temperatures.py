"""Readings the forty-second session added for kinds of answers earlier probes found read wrong: a final sentence that
interprets the value before it, a temperature in another scale than the gold's, one value written in two ways ("2/5,
or 40%") and a quantity in two CJK units ("4小时45分钟"). Each kind of case has a twin
that goes the other way (the same text against another gold, or a near text against the same gold), so a rule that
reads every such answer as right, or none, fails."""

from __future__ import annotations

import pytest

from _verdict_tables import table_params
from openrs_rewards import verify
from openrs_rewards.verifiers.extract import find_answer, without_closing_remarks

_RATIO = "The ratio is **3:2**. This means that for every 3 units of A there are 2 units of B."
_PROBABILITY = "Thus the probability is **1/4**. In other words, about 25 of every 100 trials succeed."
_RECIPE = "The ratio is **3:2**.\n\nThat means for every 3 cups of flour we use 2 cups of sugar."

_CASES = {
    "a final sentence in words that interprets the marked value before it is not the answer": [
        (_RATIO, "3:2", True),
        (_RATIO, "2", False),
        ("The ratio is $3:2$. This means that for every 3 units of A there are 2 units of B.", "3:2", True),
        (_RECIPE, "3:2", True),
        (_PROBABILITY, "1/4", True),
        (_PROBABILITY, "25", False),
        ("So the total is **36**. This tells us each of the 3 friends gets 12 stickers.", "36", True),
        ("So the total is **36**. This tells us each of the 3 friends gets 12 stickers.", "12", False),
    ],
    "an interpretation that states a value of its own, or follows an unmarked one, is read as before": [
        # (a value derived from the one before may be the answer: the last sentence's stays the reading)
        ("So $3x = 36$. This means $x = 12$.", "12", True),
        ("So $3x = 36$. This means $x = 12$.", "36", False),
        ("The total cost is **$36**. This means each of the 3 friends pays $12.", "12", True),
        ("The total cost is **$36**. This means each of the 3 friends pays $12.", "36", False),
        ("So the speed is 12 km/h. This means she covers 60 km in 5 hours.", "60", True),
        # (the value must end the sentence before: "**3:2** in lowest terms" is followed by more)
        ("The ratio is **3:2** in lowest terms. This means 3 of every 5 are boys.", "5", True),
    ],
    "a temperature in another scale is the gold's temperature, to the coarser one's last digit": [
        ("The temperature is **313 K**.", "40^\\circ C", True),
        ("The temperature is **320 K**.", "40^\\circ C", False),
        ("So the temperature is $\\boxed{104^\\circ F}$.", "40^\\circ C", True),
        ("So the temperature is $\\boxed{100^\\circ F}$.", "40^\\circ C", False),
        ("So the temperature is $\\boxed{40\\ ^\\circ\\mathrm{C}}$.", "313.15 \\text{ K}", True),
        ("So the temperature is $\\boxed{40\\ ^\\circ\\mathrm{C}}$.", "40 \\text{ K}", False),
        ("So the temperature is $\\boxed{233\\text{ K}}$.", "-40^\\circ C", True),
        ("So the temperature is $\\boxed{-40^\\circ F}$.", "-40^\\circ C", True),
        ("So the temperature is $\\boxed{-40^\\circ F}$.", "40^\\circ C", False),
        # (39 °C is 312.15 K: more than half a kelvin from 313 K, written to the kelvin)
        ("So the temperature is $\\boxed{39^\\circ C}$.", "313 \\text{ K}", False),
        ("So the temperature is $\\boxed{373 \\text{ K}}$.", "212^\\circ F", True),
        # (a bare number is no temperature in another scale: read as the number)
        ("So the temperature is $\\boxed{100}$.", "373 \\text{ K}", False),
    ],
    "one value written in two ways, one of them a percent, is the gold either way is": [
        ("The fraction is 2/5, or **40%**.", "40", True),
        ("The fraction is 2/5, or **40%**.", "0.4", True),
        ("The fraction is 2/5, or **40%**.", "\\frac{2}{5}", True),
        ("The fraction is 2/5, or **40%**.", "20", False),
        ("So the share is $\\boxed{0.5, 50\\%}$.", "50", True),
        # (two values are a hedge, whichever is the gold)
        ("So the share is $\\boxed{0.4, 50\\%}$.", "50", False),
        ("So the share is $\\boxed{0.4, 50\\%}$.", "0.4", False),
    ],
    "a quantity in two CJK units is read in either unit": [
        ("答案：$\\boxed{4小时45分钟}$", "4.75", True),
        ("答案：$\\boxed{4小时45分钟}$", "285", True),
        ("答案：$\\boxed{4小时45分钟}$", "4.5", False),
        ("答：2小时30分钟。", "2.5", True),
        ("答：2小时30分钟。", "3", False),
        ("答案：$\\boxed{2米30厘米}$", "230 \\text{ cm}", True),
        ("答案：$\\boxed{2米30厘米}$", "2.03", False),
        # (one unit, as before)
        ("答案：$\\boxed{45分钟}$", "45", True),
    ],
}


@pytest.mark.parametrize(("completion", "gold", "correct"), table_params(_CASES))
def test_the_verdict(completion: str, gold: str, correct: bool) -> None:
    assert verify(completion, gold).correct is correct


def test_an_interpretation_is_a_closing_remark_for_the_readers_with_the_problem() -> None:
    # The readers that look at the last sentence again with the problem in hand see the sentence with the value.
    assert without_closing_remarks(_RATIO) == "The ratio is **3:2**."
    assert (
        without_closing_remarks("So $3x = 36$. This means $x = 12$.") == "So $3x = 36$. This means $x = 12$."
    )


@pytest.mark.parametrize(
    "completion",
    [
        _RATIO,
        "The ratio is $3:2$. This means that for every 3 units of A there are 2 units of B.",
    ],
)
def test_the_marked_value_is_found_where_it_is_written(completion: str) -> None:
    found = find_answer(completion)
    assert found.text == "3:2"  # type: ignore[union-attr]
    assert found.source in ("bold", "math_span")  # type: ignore[union-attr]
