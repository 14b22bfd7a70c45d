"""The NeMo-RL environment, stepped as NeMo-RL's rollout steps an environment actor: ``step(message_log_batch,
metadata)`` with OpenAI-style message logs and ``{"ground_truth": ...}`` metadata, returning an
``EnvironmentReturn``. NeMo-RL (and Ray) are not installed here, so ``step`` is called on the class itself."""

from __future__ import annotations

from typing import Any

import pytest

torch = pytest.importorskip("torch")  # NeMo-RL's rewards are tensors; the [trl] extra brings torch

from openrs_rewards.integrations import nemo_rl  # noqa: E402


def conversation(answer: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": "What is 3*6?"}, {"role": "assistant", "content": answer}]


def test_step_returns_an_environment_return_with_rewards_answers_and_updated_metadata() -> None:
    env = nemo_rl.OpenRSEnvironment({"spec": "accuracy"})
    result = env.step(
        [conversation("\\boxed{18}"), conversation("\\boxed{17}"), conversation("\\boxed{1}")],
        [{"ground_truth": "18"}, {"ground_truth": "18"}, {"ground_truth": "\\frac{"}],
    )
    assert result._fields == (
        "observations",
        "metadata",
        "next_stop_strings",
        "rewards",
        "terminateds",
        "answers",
    )
    assert result.rewards.tolist() == [1.0, 0.0, 0.0]
    assert result.terminateds.tolist() == [1.0, 1.0, 1.0]
    assert result.answers == ["18", "17", "1"]
    assert result.next_stop_strings == [None, None, None]
    assert [m["openrs_status"] for m in result.metadata] == ["correct", "incorrect", "invalid_gold"]
    assert [m["openrs_skipped"] for m in result.metadata] == [False, False, True]
    assert result.metadata[0] == {
        "ground_truth": "18",
        "extracted_answer": "18",
        "openrs_status": "correct",
        "openrs_skipped": False,
    }
    assert result.observations[1] == {"role": "environment", "content": "Environment: incorrect"}


def test_every_assistant_turn_is_read_and_metrics_report_the_mean_reward() -> None:
    env = nemo_rl.OpenRSEnvironment({})
    log = [
        *conversation("I think"),
        {"role": "user", "content": "go on"},
        {"role": "assistant", "content": " \\boxed{18}"},
    ]
    assert env.step([log], [{"ground_truth": "18"}]).rewards.tolist() == [1.0]
    batch = {"rewards": torch.tensor([1.0, 0.0])}
    assert env.global_post_process_and_metrics(batch) == (batch, {"accuracy": 0.5})


def test_the_whole_batch_reaches_a_group_normalised_reward() -> None:
    env = nemo_rl.OpenRSEnvironment({"spec": "length(length_unit='chars', group_size=2)"})
    result = env.step(
        [
            conversation("\\boxed{18}"),
            conversation("\\boxed{18} and more"),
            conversation("\\boxed{1}"),
            conversation("\\boxed{1}"),
        ],
        [{"ground_truth": "18"}] * 2 + [{"ground_truth": "1"}] * 2,
    )
    assert result.rewards.tolist() == [0.5, -0.5, 0.0, 0.0]


def test_the_actor_class_is_made_only_when_looked_up() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'Nope'"):
        nemo_rl.Nope  # noqa: B018
    assert nemo_rl.ACTOR_CLASS_FQN.rsplit(".", 1) == [nemo_rl.__name__, "OpenRSMathEnvironment"]


def test_the_users_messages_are_the_problem_an_answer_must_not_only_restate() -> None:
    env = nemo_rl.OpenRSEnvironment({})
    restated = (
        "So the answer is $\\boxed{\\dbinom{31}{28}}$."  # its value is the gold's; nothing was computed
    )
    problem = {"role": "user", "content": "Compute $\\dbinom{31}{28}$."}
    answered = {"role": "assistant", "content": restated}
    later = {"role": "user", "content": "go on"}
    result = env.step(
        [[problem, answered], [problem, later, answered], [answered]],
        [{"ground_truth": "4495"}] * 3,
    )
    assert result.rewards.tolist() == [0.0, 0.0, 1.0]  # (no user message: judged on its value alone)
    assert [m["openrs_status"] for m in result.metadata] == ["incorrect", "incorrect", "correct"]
