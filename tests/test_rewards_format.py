"""Format rewards: the pre-filled ``<think>`` case, trailing junk, tag counts and reasoning steps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from openrs_rewards.rewards import FormatReward, ReasoningStepsReward, TagCountReward
from openrs_rewards.rewards.format import has_boxed
from test_rewards_base import Recorder

PREFILLED = (
    "Okay, 2 + 2 is 4.\n</think>\n\nThe answer is $\\boxed{4}$."  # DeepSeek-R1-Distill / Qwen3 thinking
)
OPENED = "<think>\nOkay, 2 + 2 is 4.\n</think>\n<answer>\n4\n</answer>"


def test_a_completion_that_starts_inside_prefilled_thinking_passes() -> None:
    assert FormatReward()(completions=[PREFILLED]) == [1.0]
    assert FormatReward(prefilled_think=True)(completions=[PREFILLED]) == [1.0]
    # open-r1's / TRL's pattern demands a leading <think>, so it gives this completion 0: the bug fixed here.
    assert FormatReward(prefilled_think=False)(completions=[PREFILLED]) == [0.0]


def test_a_completion_that_opens_its_own_thinking_passes() -> None:
    assert FormatReward()(completions=[OPENED]) == [1.0]
    assert FormatReward(prefilled_think=False)(completions=[OPENED]) == [1.0]
    assert FormatReward(prefilled_think=True)(completions=[OPENED]) == [0.0]  # <think> again


def test_trailing_junk_after_the_answer_block_fails() -> None:
    # open-r1's re.MULTILINE "$" matches at the end of any line, so these passed there.
    junk = [OPENED + "\nAnd another thing.", OPENED + "\n\n<answer>5</answer>", OPENED + " x"]
    assert FormatReward()(completions=junk) == [0.0, 0.0, 0.0]
    assert FormatReward()(completions=[OPENED + "\n\n  \n"]) == [1.0]  # whitespace is fine


@pytest.mark.parametrize(
    ("completion", "problem"),
    [
        ("just an answer", "no </think>"),
        ("<think>never closed", "no </think>"),
        ("<think>a</think>b</think>c", "repeated </think>"),
        ("<think>a<think>b</think>c", "repeated <think>"),
        ("intro <think>a</think>b", "text before <think>"),
        ("<think>  \n</think> 4", "empty reasoning"),
        ("<think>a <answer>4</answer></think> 4", "answer tag inside the reasoning"),
        ("<think>a</think>   \n", "no answer after </think>"),
        ("<think>a</think><answer>4</answer><answer>4</answer>", "repeated answer tag"),
        ("<think>a</think><answer>4", "no <answer>...</answer> block"),
        ("<think>a</think>so <answer>4</answer>", "text between </think> and <answer>"),
        ("<think>a</think><answer>4</answer> x", "text after </answer>"),
        ("<think>a</think><answer> </answer>", "empty answer"),
        ("<think>a</think><answer><answer>4</answer></answer>", "repeated answer tag"),
        ("</think><think>a</think>", "repeated </think>"),
    ],
)
def test_each_failure_names_its_problem(completion: str, problem: str) -> None:
    reward = FormatReward()
    assert reward.problem(completion, None) == problem
    assert reward(completions=[completion]) == [0.0]


def test_options_require_answer_tag_boxed_and_allow_empty_reasoning() -> None:
    assert FormatReward(require_answer_tag=True)(completions=[PREFILLED, OPENED]) == [0.0, 1.0]
    assert FormatReward(require_boxed=True)(completions=[PREFILLED, OPENED]) == [1.0, 0.0]
    boxed_in_reasoning = "<think>\\boxed{4}</think> 4"
    assert FormatReward(require_boxed=True)(completions=[boxed_in_reasoning]) == [0.0]
    assert FormatReward(allow_empty_reasoning=True)(completions=["<think></think> 4"]) == [1.0]
    with pytest.raises(ValueError, match="prefilled_think"):
        FormatReward(prefilled_think="yes")  # type: ignore[arg-type]


def test_a_text_prompt_that_prefills_think_settles_auto() -> None:
    prompt = "<|User|>What is 2+2?<|Assistant|><think>\n"
    reward = FormatReward()
    assert reward(prompts=[prompt, prompt], completions=[PREFILLED, OPENED]) == [1.0, 0.0]
    # A prompt that does not pre-fill (or a chat prompt, templated later) leaves it to each completion.
    assert reward(
        prompts=["What is 2+2?", [{"role": "user", "content": "q"}]], completions=[OPENED, PREFILLED]
    ) == [
        1.0,
        1.0,
    ]


def test_problems_are_logged_and_chat_completions_read() -> None:
    recorder = Recorder()
    chat = [[{"role": "assistant", "content": PREFILLED}], [{"role": "assistant", "content": "no tags"}]]
    assert FormatReward()(completions=chat, **recorder.kwargs) == [1.0, 0.0]
    assert recorder.extra == {"format/problem": ["", "no </think>"]}


def test_has_boxed_balances_braces_and_settles_degenerate_output() -> None:
    assert has_boxed("\\boxed{\\frac{1}{2}}") and has_boxed("\\fbox{x}") and has_boxed("\\boxed {x}")
    assert not has_boxed("\\boxed{\\frac{1}{2}") and not has_boxed("\\boxed{}") and not has_boxed("boxed{x}")
    assert not has_boxed("\\boxed{" * 20_000)  # degenerate output: one pass, no quadratic rescans
    assert has_boxed("\\boxed{" * 20_000 + "x}")


# -- tag_count ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completion", "auto", "prefilled", "opened"),
    [
        ("<think>a</think><answer>1</answer>", 1.0, 0.75, 1.0),
        ("a</think><answer>1</answer>", 1.0, 1.0, 0.75),
        ("a</think>1", 0.5, 0.5, 0.25),
        ("<think><think>a", 0.0, 0.0, 0.0),
        ("<think>a</think></think><answer>1</answer></answer>", 0.5, 0.25, 0.5),
        ("", 0.25, 0.25, 0.0),
    ],
)
def test_tag_count_scores_a_quarter_per_tag(
    completion: str, auto: float, prefilled: float, opened: float
) -> None:
    assert TagCountReward()(completions=[completion]) == [auto]
    assert TagCountReward(prefilled_think=True)(completions=[completion]) == [prefilled]
    assert TagCountReward(prefilled_think=False)(completions=[completion]) == [opened]


# -- reasoning_steps ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reasoning", "steps"),
    [
        ("Step 1: add. Step 2: carry. Step 3: done.", 3),
        ("step 1) a\nSTEP 2. b", 2),
        ("1. first item\n2. second item\n  3) third", 3),
        ("- a bullet\n* another\n• third\n-5 is negative", 3),
        ("First, we add. Second, we carry. Next, we check. Finally, done.", 4),
        ("Then, we see. Lastly, it is 4.", 2),
        ("The first value is 3, and next we see 2-1.", 0),
        ("x = 1. 2. 3", 0),
    ],
)
def test_reasoning_step_markers_are_counted(reasoning: str, steps: int) -> None:
    assert ReasoningStepsReward().count_steps(reasoning + "</think> 4") == steps


def test_reasoning_steps_reward_caps_and_ignores_the_answer() -> None:
    reward = ReasoningStepsReward()
    assert reward(completions=["Step 1: a. Step 2: b. Step 3: c. Step 4: d.</think>4"]) == [1.0]
    assert reward(completions=["Step 1: a.</think>4"]) == [pytest.approx(1 / 3)]
    assert reward(completions=["The answer.</think>Step 1: a. Step 2: b. Step 3: c."]) == [0.0]
    assert reward(completions=["<think>First, a. Next, b.</think>4"]) == [pytest.approx(2 / 3)]
    assert reward(completions=["Step 1: only reasoning, never closed"]) == [pytest.approx(1 / 3)]
    assert ReasoningStepsReward(min_steps=1)(completions=["Step 1: a.</think>"]) == [1.0]
    with pytest.raises(ValueError, match="min_steps"):
        ReasoningStepsReward(min_steps=0)
    recorder = Recorder()
    reward(completions=["Step 1: a. Step 2: b.</think>4"], **recorder.kwargs)
    assert recorder.extra == {"reasoning_steps/steps": [2]}


# -- properties ---------------------------------------------------------------------------------------------

_prose = st.text(alphabet=st.characters(blacklist_characters="<>"), min_size=1, max_size=40).filter(str.strip)


@settings(max_examples=200, deadline=None)
@given(
    reasoning=_prose,
    answer=_prose,
    junk=_prose,
    opened=st.booleans(),
    space=st.sampled_from(["", "\n", " \n "]),
)
def test_layout_properties(reasoning: str, answer: str, junk: str, opened: bool, space: str) -> None:
    reward = FormatReward()
    prefix = "<think>" if opened else ""
    good = f"{prefix}{reasoning}</think>{space}<answer>{answer}</answer>{space}"
    assert reward(completions=[good]) == [1.0]
    assert reward(completions=[good + junk]) == [0.0]  # anything after </answer> fails, on any line
    assert reward(completions=[good.replace("</think>", "</think></think>", 1)]) == [0.0]
    assert reward(completions=[f"{prefix}{reasoning}</think>{space}{answer}"]) == [1.0]
    assert FormatReward(require_answer_tag=True)(completions=[f"{prefix}{reasoning}</think>{answer}"]) == [
        0.0
    ]
