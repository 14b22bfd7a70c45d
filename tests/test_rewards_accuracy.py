"""The accuracy rewards: statuses to values, gold columns, closed-think option, logging, the async variant."""

from __future__ import annotations

import asyncio
import inspect
import pickle
from typing import Any

import pytest

from openrs_rewards import verify
from openrs_rewards.rewards import AccuracyReward, AsyncAccuracyReward
from test_rewards_base import Recorder, verifier_spy

COMPLETIONS = [
    "<think>2+2</think> \\boxed{4}",  # correct
    "<think>2+2</think> \\boxed{5}",  # incorrect
    "<think>2+2</think> I cannot tell.",  # no answer ("four" alone would be a bare answer)
    "<think>TIMEOUT</think> \\boxed{4}",  # verifier timed out (injected by the spy: a boundary)
    "<think>ERROR</think> \\boxed{4}",  # verifier error (injected by the spy: a boundary)
    "<think>2+2</think> \\boxed{4}",  # invalid gold (the real verifier: an empty gold has no answer)
]
GOLDS = ["4", "4", "4", "4", "4", ""]


def test_statuses_become_values() -> None:
    with verifier_spy():
        assert AccuracyReward()(completions=COMPLETIONS, answer=GOLDS) == [1.0, 0.0, 0.0, 0.0, None, None]


def test_failures_and_extractions_are_logged() -> None:
    recorder = Recorder()
    with verifier_spy():
        AccuracyReward()(completions=COMPLETIONS, answer=GOLDS, **recorder.kwargs)
    assert recorder.extra["accuracy/predicted"] == ["4", "5", None, None, None, None]
    assert recorder.extra["accuracy/status"] == [
        "correct", "incorrect", "no_answer", "timeout", "error", "invalid_gold",
    ]  # fmt: skip
    assert recorder.metrics == {
        "accuracy/no_answer": [1.0],
        "accuracy/timeout": [1.0],
        "accuracy/invalid_gold": [1.0],
        "accuracy/error": [1.0],
    }


def test_log_name_follows_dunder_name() -> None:
    recorder = Recorder()
    AccuracyReward(name="acc_strict")(
        completions=["\\boxed{1}", "I cannot tell."], answer=["1", "1"], **recorder.kwargs
    )
    assert recorder.metrics == {
        "acc_strict/no_answer": [1.0],
        "acc_strict/timeout": [0.0],
        "acc_strict/invalid_gold": [0.0],
        "acc_strict/error": [0.0],
    }
    assert recorder.extra == {
        "acc_strict/predicted": ["1", None],
        "acc_strict/status": ["correct", "no_answer"],
    }


def test_chat_completions_and_extra_columns_are_accepted() -> None:
    chats = [
        [{"role": "assistant", "content": "\\boxed{3}"}],
        [{"role": "assistant", "content": "\\boxed{2}"}],
    ]
    values = AccuracyReward()(
        prompts=[[{"role": "user", "content": "q"}]] * 2,
        completions=chats,
        completion_ids=[[1], [2]],
        solution=["3", "3"],
        problem=["q", "q"],
        trainer_state=object(),
    )
    assert values == [1.0, 0.0]


def test_gold_column_auto_takes_answer_before_solution() -> None:
    golds: dict[str, Any] = {"answer": ["1", "1"], "solution": ["worked: \\boxed{2}", "worked: \\boxed{2}"]}
    assert AccuracyReward()(completions=["\\boxed{1}", "\\boxed{2}"], **golds) == [1.0, 0.0]
    assert AccuracyReward(gold_column="solution")(completions=["\\boxed{1}", "\\boxed{2}"], **golds) == [
        0.0,
        1.0,
    ]
    # Non-string golds are passed as text; an explicit column wins over "answer".
    target = AccuracyReward(gold_column="target")
    assert target(completions=["\\boxed{7}", "\\boxed{1}"], target=[7, 7.0], answer=["1", "1"]) == [1.0, 0.0]


def test_missing_or_short_gold_column_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match=r"accuracy.*gold column.*\['problem'\]"):
        AccuracyReward()(completions=["x"], problem=["p"])
    with pytest.raises(ValueError, match="'answer' has 1 values for 2 completions"):
        AccuracyReward()(completions=["x", "y"], answer=["1"])


def test_verifier_options_reach_the_real_verifier() -> None:
    """Each option changes what the real verifier does, so a reward that dropped one would fail here."""
    reward = AccuracyReward(timeout=0.25, workers=3, unclosed_think="no_answer", last_number_fallback=True)
    with verifier_spy() as spy:
        assert reward(completions=["<think>so \\boxed{4}"], answer=["4"]) == [0.0]  # unclosed: no answer
    # The timeout and worker count cannot change a cheap verdict: what reached the real verifier is checked.
    assert spy.options().timeout == 0.25 and spy.calls[0]["workers"] == 3
    assert spy.options() == reward.verify_options
    # A trailing number is paid for when asked for, ...
    assert reward(completions=["Adding them up gives 4."], answer=["4"]) == [1.0]
    assert AccuracyReward()(completions=["<think>so \\boxed{4}"], answer=["4"]) == [1.0]
    # Rewards read explicit answers only unless told otherwise: a trailing number is not paid for.
    ending_on_a_number = ["1. first\n2. second\n3. third"]
    assert AccuracyReward()(completions=ending_on_a_number, answer=["3"]) == [0.0]
    assert AccuracyReward().verify_options.last_number_fallback is False
    # The answer region: strict readers ignore an answer that is only inside the reasoning.
    inside = ["<think>so the area is \\boxed{12}.</think>"]
    assert AccuracyReward()(completions=inside, answer=["12"]) == [1.0]
    assert AccuracyReward(answer_region="after_reasoning")(completions=inside, answer=["12"]) == [0.0]
    with pytest.raises(ValueError, match="answer_region"):
        AccuracyReward(answer_region="everywhere")  # type: ignore[arg-type]
    # Rounded answers: paid by default (a decimal of 4+ digits for the exact value), not when exact ones are asked
    # for; the verdicts of one policy are never served to the other from the rewards' cache.
    rounded = ["<think>sqrt(3) = 1.7320...</think> \\boxed{1.732}"]
    assert AccuracyReward()(completions=rounded, answer=["\\sqrt{3}"]) == [1.0]
    assert AccuracyReward(rounded_answers=False)(completions=rounded, answer=["\\sqrt{3}"]) == [0.0]
    assert AccuracyReward(rounded_answers=False)(completions=rounded, answer=["1.732"]) == [1.0]


def test_truncation_columns_and_length_limit_reach_the_verifier() -> None:
    cut = "Let me compute. The total is 12 + 30 = 42"
    finished = "Let me compute.\nThe total is 42."
    reward = AccuracyReward(last_number_fallback=True)
    assert reward(completions=[finished], answer=["42"]) == [1.0]
    assert reward(completions=[cut], answer=["42"], finish_reason=["length"]) == [0.0]
    assert reward(completions=[cut], answer=["42"], truncated=[True]) == [0.0]
    limited = AccuracyReward(last_number_fallback=True, max_completion_length=8)
    assert limited(completions=[finished], answer=["42"], completion_ids=[[0] * 8]) == [0.0]
    assert limited(completions=[finished], answer=["42"], completion_ids=[[0] * 7]) == [1.0]


def test_a_message_that_says_its_finish_reason_is_read_as_truncated_or_not() -> None:
    # "The answer is 7, since" is paid when nothing says the text was cut; its message can say so
    cut = {"role": "assistant", "content": "The answer is 7, since"}
    reward = AccuracyReward()
    assert reward(completions=[[cut]], answer=["7"]) == [1.0]
    assert reward(completions=[[{**cut, "finish_reason": "length"}]], answer=["7"]) == [0.0]
    assert reward(completions=[[{**cut, "truncated": True}]], answer=["7"]) == [0.0]
    assert reward(completions=[[{**cut, "finish_reason": "stop"}]], answer=["7"]) == [1.0]
    # a column says it for every completion and wins over the messages
    assert reward(
        completions=[[{**cut, "finish_reason": "length"}]], answer=["7"], finish_reason=["stop"]
    ) == [1.0]
    assert verify({**cut, "finish_reason": "length"}, "7").status == "no_answer"
    assert (
        verify([{"role": "user", "content": "q"}, {**cut, "finish_reason": "length"}], "7").status
        == "no_answer"
    )
    assert verify({**cut, "finish_reason": "length"}, "7", truncated=False).correct  # the caller's flag wins


def test_require_closed_think_gives_zero_without_verifying() -> None:
    completions = [
        "<think>so \\boxed{4} maybe",
        "<think>ok</think> \\boxed{4}",
        "pre-filled</think>\\boxed{4}",
    ]
    recorder = Recorder()
    with verifier_spy() as spy:
        values = AccuracyReward(require_closed_think=True)(
            completions=completions, answer=["4"] * 3, **recorder.kwargs
        )
    assert values == [0.0, 1.0, 1.0]
    assert [call["completions"] for call in spy.calls] == [completions[1:]]
    assert recorder.metrics["accuracy/unclosed_think"] == [1.0]
    assert recorder.extra["accuracy/status"] == ["skipped", "correct", "correct"]
    assert AccuracyReward()(completions=completions, answer=["4"] * 3) == [1.0, 1.0, 1.0]


def test_invalid_options_are_refused() -> None:
    with pytest.raises(ValueError, match="timeout"):
        AccuracyReward(timeout=0)
    with pytest.raises(ValueError, match="unclosed_think"):
        AccuracyReward(unclosed_think="maybe")  # type: ignore[arg-type]


def test_empty_batch() -> None:
    with verifier_spy() as spy:
        assert AccuracyReward()(completions=[], answer=[]) == []
    assert spy.calls == []


def test_async_variant_is_a_coroutine_and_agrees() -> None:
    reward = AsyncAccuracyReward()
    assert inspect.iscoroutinefunction(reward.__call__)
    assert reward.__name__ == "accuracy_async"
    with verifier_spy() as spy:
        values = asyncio.run(reward(completions=COMPLETIONS, answer=GOLDS))
    assert values == [1.0, 0.0, 0.0, 0.0, None, None]
    assert [call["via"] for call in spy.calls] == ["async"]  # on the executor: the event loop never blocks


def test_async_rewards_run_concurrently_on_one_loop() -> None:
    async def main() -> list[list[float | None]]:
        rewards = [AsyncAccuracyReward(), AsyncAccuracyReward(name="second")]
        return list(await asyncio.gather(*(r(completions=["\\boxed{1}"], answer=["1"]) for r in rewards)))

    with verifier_spy() as spy:
        assert asyncio.run(main()) == [[1.0], [1.0]]
    # Run one after the other, the second would be served from the verdict cache: two calls, both on the
    # executor's threads, show that both were awaiting the verifier at once.
    assert [call["via"] for call in spy.calls] == ["async", "async"]


def test_pickle_round_trip_keeps_settings() -> None:
    reward = AccuracyReward(require_closed_think=True, gold_column="solution", name="acc")
    clone = pickle.loads(pickle.dumps(reward))
    assert vars(clone) == vars(reward)
    completions = ["a</think>\\boxed{1}", "<think>\\boxed{1}", "a</think>\\boxed{2}"]
    assert clone(completions=completions, solution=["1"] * 3) == [1.0, 0.0, 0.0]  # require_closed_think kept


def test_with_the_real_verifier() -> None:
    completions = [
        "<think>1/2 + 1/4 = 3/4</think> The answer is \\boxed{\\frac{3}{4}}.",
        "<think>hmm</think> \\boxed{0.7}",
        "<think>hmm</think> \\boxed{4}",
    ]
    golds = ["0.75", "0.75", "We compute $2+2=\\boxed{4}$."]  # the last: a worked solution
    assert AccuracyReward()(completions=completions, solution=golds) == [1.0, 0.0, 1.0]
    assert asyncio.run(AsyncAccuracyReward()(completions=completions, solution=golds)) == [1.0, 0.0, 1.0]


def test_an_answer_line_followed_by_a_check_or_a_note_is_paid_and_a_correction_is_not() -> None:
    # (the rewards read explicit answers only: a GSM8K "A:" line is one, a check or note after it leaves it standing)
    completions = [
        "In all 4 + 12 + 6 = 22 times.\nA: 22\n\nLet me double-check: 5 + 17 = 22 \u2713",
        "He ended up with 7 marbles.\nA: 7\n\nNote: the sequence starts with 1, so the indexing above is consistent.",
        "One was a bead, so he has 8 - 1 = 7 marbles.\n**A: 7**",
        "The total is 22.\nA: 22\n\nHmm, the first ring was 5 not 4, so 5 + 12 + 6 = 23.",
    ]
    golds = ["22", "7", "7", "22"]
    assert AccuracyReward()(completions=completions, solution=golds) == [1.0, 1.0, 1.0, 0.0]


def test_a_closing_remark_in_doubt_between_two_values_is_not_paid() -> None:
    # (the box in the reasoning is the answer the reward reads; the text after the reasoning hedges it)
    completions = [
        "<think>\nSo the speed is \\boxed{2.5}.\n</think>\n\nIt could also be 5; I am not sure which.",
        "The area is \\boxed{48}.\n\nI'm torn between 48 and 24 here; both seem plausible.",
        "<think>\nSo the speed is \\boxed{2.5}.\n</think>\n\nI am not sure the units were meant, but 2.5 it is.",
    ]
    golds = ["2.5", "48", "2.5"]
    assert AccuracyReward()(completions=completions, solution=golds) == [0.0, 0.0, 1.0]


def test_rewards_on_the_same_batch_share_verdicts() -> None:
    from openrs_rewards.rewards import CosineReward
    from openrs_rewards.rewards.accuracy import VERDICT_CACHE_SIZE, clear_verdict_cache

    batch: dict[str, Any] = {
        "completions": ["\\boxed{1}", "\\boxed{2}"],
        "answer": ["1", "1"],
        "completion_ids": [[0], [0]],
    }
    with verifier_spy() as spy:
        assert AccuracyReward()(**batch) == [1.0, 0.0]
        CosineReward()(**batch)  # same verifier options: served from the cache
        assert len(spy.calls) == 1
        AccuracyReward(timeout=2.0)(**batch)  # other options: verified again
        assert len(spy.calls) == 2
        AccuracyReward()(**batch, finish_reason=["length", "length"])  # other truncation: verified again
        assert len(spy.calls) == 3 and spy.calls[-1]["truncated"] == [True, True]
        AccuracyReward()(completions=["\\boxed{1}", "\\boxed{3}"], answer=["1", "1"])  # only the new one
        assert spy.calls[-1]["completions"] == ["\\boxed{3}"]
        AccuracyReward()(completions=["\\boxed{1}"], answer=["2"])  # the same completion, another gold
        assert spy.calls[-1]["golds"] == ["2"]
        clear_verdict_cache()
        AccuracyReward()(**batch)
        assert len(spy.calls) == 6
        for index in range(VERDICT_CACHE_SIZE + 10):  # bounded: the oldest entries go
            AccuracyReward()(completions=[f"\\boxed{{{index}}}"], answer=["1"])
        calls = len(spy.calls)
        AccuracyReward()(completions=["\\boxed{0}"], answer=["1"])
        assert len(spy.calls) == calls + 1
    with verifier_spy() as other:  # another verifier never sees the first one's verdicts
        AccuracyReward()(**batch)
        assert len(other.calls) == 1


def test_one_finish_reason_for_the_whole_batch_is_read_for_every_completion() -> None:
    # (a scalar column, "finish_reason='length'", is not dropped: found by probe 99)
    cut = "<think>\nSo maybe \\boxed{5}. Let me check this again, the second case gives"
    reward = AccuracyReward()
    assert reward(completions=[cut], solution=["5"]) == [1.0]
    assert reward(completions=[cut], solution=["5"], finish_reason="length") == [0.0]
    assert reward(completions=[cut, cut], solution=["5", "5"], truncated=True) == [0.0, 0.0]


# --- the prompt: an answer that restates the problem earns nothing (verifiers/echo.py) ------------------------------

PROBLEM = "Compute $\\dbinom{31}{28}$."
ECHO = "$\\dbinom{31}{28}$ is a mathematical expression that counts the ways to choose 28 of 31."
COMPUTED = "So the answer is $\\boxed{4495}$."


@pytest.mark.parametrize(
    "prompt",
    [PROBLEM, [{"role": "system", "content": "Reason step by step."}, {"role": "user", "content": PROBLEM}]],
)
def test_an_answer_restating_the_prompt_earns_nothing(prompt: Any) -> None:
    reward = AccuracyReward()
    assert reward(completions=[ECHO, COMPUTED], solution=["4495", "4495"]) == [
        1.0,
        1.0,
    ]  # (no prompt: the value)
    assert reward(prompts=[prompt, prompt], completions=[ECHO, COMPUTED], solution=["4495", "4495"]) == [
        0.0,
        1.0,
    ]
    async_reward = AsyncAccuracyReward()
    rewards = asyncio.run(
        async_reward(prompts=[prompt, prompt], completions=[ECHO, COMPUTED], solution=["4495"] * 2)
    )
    assert rewards == [0.0, 1.0]


def test_prompts_not_one_per_completion_are_not_read() -> None:
    # (a single prompt string for a batch says nothing about which completion answers what)
    assert AccuracyReward()(prompts=PROBLEM, completions=[ECHO], solution=["4495"]) == [1.0]


def test_a_rounded_decimal_earns_nothing_where_the_prompt_asks_for_an_exact_form() -> None:
    prompt = [{"role": "user", "content": "What is the volume? Express your answer in terms of $\\pi$."}]
    completions = ["\\boxed{113.1}", "\\boxed{36\\pi}"]
    reward = AccuracyReward()
    assert reward(completions=completions, solution=["36\\pi"] * 2) == [1.0, 1.0]  # (no prompt: the value)
    assert reward(prompts=[prompt, prompt], completions=completions, solution=["36\\pi"] * 2) == [0.0, 1.0]


def test_a_choice_letter_earns_the_reward_of_the_value_it_names_in_the_prompt() -> None:
    prompt = [
        {
            "role": "user",
            "content": "What is $7+5$?\n\n$\\textbf{(A) }10\\qquad\\textbf{(B) }11\\qquad\\textbf{(C) }12\\qquad"
            "\\textbf{(D) }13\\qquad\\textbf{(E) }14$",
        }
    ]
    completions = ["$\\boxed{C}$", "$\\boxed{B}$"]
    reward = AccuracyReward()
    assert reward(completions=completions, solution=["12"] * 2) == [
        0.0,
        0.0,
    ]  # (no prompt: a letter, no value)
    assert reward(prompts=[prompt, prompt], completions=completions, solution=["12"] * 2) == [1.0, 0.0]
