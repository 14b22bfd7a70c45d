"""The OpenRLHF adapter, loaded and called exactly as OpenRLHF 0.11's ``SingleTurnAgentExecutor`` does
(``openrlhf/utils/agent.py``): the ``--reward.remote_url`` file imported by path with ``importlib``,
``reward_func([query], [prompt], [label])`` in a thread, and the result turned into tensors as
``samples_generator.py`` does. OpenRLHF itself is not needed here; tests/test_real_frameworks.py runs its
real executor."""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

torch = pytest.importorskip("torch")  # OpenRLHF's tensors; the [trl] extra brings torch

from openrs_rewards.integrations import openrlhf  # noqa: E402
from openrs_rewards.integrations._common import SPEC_ENV  # noqa: E402

PROMPT = "<|im_start|>user\nExample: 1+1 = \\boxed{2}. Now: what is 3*6?<|im_end|>\n<|im_start|>assistant\n"


def load_like_openrlhf(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("reward_func", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def fetch_like_openrlhf(reward_func: Any, query: str, prompt: str, label: str) -> dict[str, Any]:
    (info,) = await asyncio.gather(asyncio.to_thread(reward_func, [query], [prompt], [label]))
    return info


def experience_info(info: dict[str, Any]) -> dict[str, float]:
    """What OpenRLHF's samples_generator makes of one reply (every value through torch.tensor)."""
    out = {"reward": torch.tensor([info["rewards"]]).flatten()[0].item()}
    out["score"] = torch.tensor([info["scores"]]).flatten()[0].item()
    for key, value in info["extra_logs"].items():
        if isinstance(value, torch.Tensor):
            value = value.flatten()[0].item()
        out[key] = torch.tensor([value]).item()
    return out


def test_the_shipped_file_loads_through_openrlhfs_loader_and_scores_the_response_not_the_prompt(
    monkeypatch: Any,
) -> None:
    monkeypatch.delenv(SPEC_ENV, raising=False)
    module = load_like_openrlhf(openrlhf.reward_func_path())
    # The prompt holds a boxed few-shot answer (2): only the response's 18 may be read.
    right = asyncio.run(
        fetch_like_openrlhf(module.reward_func, PROMPT + "3*6 = \\boxed{18}<|im_end|>", PROMPT, "18")
    )
    assert set(right) == {"rewards", "scores", "extra_logs"}
    assert isinstance(right["rewards"], torch.Tensor) and right["rewards"].shape == (1,)
    info = experience_info(right)
    assert info["reward"] == info["score"] == 1.0
    assert info["status/correct"] == 1.0 and info["prompt_found"] == 1.0 and info["answered"] == 1.0
    silent = experience_info(
        asyncio.run(fetch_like_openrlhf(module.reward_func, PROMPT + "no idea<|im_end|>", PROMPT, "2"))
    )
    assert silent["reward"] == 0.0 and silent["status/no_answer"] == 1.0 and silent["answered"] == 0.0


def test_a_skip_is_zero_and_logged_as_skipped() -> None:
    info = experience_info(openrlhf.reward_func([PROMPT + "\\boxed{3}"], [PROMPT], ["\\frac{"]))
    assert info["reward"] == 0.0 and info["skipped"] == 1.0 and info["status/invalid_gold"] == 1.0


def test_every_extra_log_is_a_number_with_the_same_keys_every_time() -> None:
    first = openrlhf.reward_func([PROMPT + "\\boxed{18}"], [PROMPT], ["18"])["extra_logs"]
    second = openrlhf.reward_func(["unrelated \\boxed{1}"], [PROMPT], ["18"])["extra_logs"]
    assert list(first) == list(second)
    assert all(v.dtype == torch.float32 for v in first.values())
    assert second["prompt_found"].item() == 0.0  # prompt not found: the whole query was scored


def test_the_spec_comes_from_the_environment_and_a_bad_one_fails_at_import(monkeypatch: Any) -> None:
    monkeypatch.setenv(SPEC_ENV, "format")
    info = openrlhf.reward_func([PROMPT + "I add.</think> 4<|im_end|>"], [PROMPT], ["4"])
    assert info["rewards"].item() == 1.0 and info["extra_logs"]["answered"].item() == 0.0
    monkeypatch.setenv(SPEC_ENV, "accuracy(timeout=")
    with pytest.raises(ValueError, match="invalid reward spec 'accuracy\\(timeout='"):
        load_like_openrlhf(openrlhf.reward_func_path())


def test_the_files_path_is_printed() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "openrs_rewards.integrations.openrlhf"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == openrlhf.reward_func_path()
    assert done.stdout.strip().endswith("openrlhf_reward_func.py")


def test_a_users_own_two_line_file_names_any_spec(tmp_path: Any) -> None:
    path = tmp_path / "my_reward.py"
    path.write_text(
        "from openrs_rewards.integrations.openrlhf import make_reward_func\n"
        "reward_func = make_reward_func(\"cosine(max_len=200, length_unit='chars')\")\n"
    )
    module = load_like_openrlhf(str(path))
    right = experience_info(
        asyncio.run(fetch_like_openrlhf(module.reward_func, PROMPT + "\\boxed{18}", PROMPT, "18"))
    )
    wrong = experience_info(
        asyncio.run(fetch_like_openrlhf(module.reward_func, PROMPT + "\\boxed{17}", PROMPT, "18"))
    )
    assert 0.5 < right["reward"] <= 1.0 and -1.0 <= wrong["reward"] < 0.0
    assert wrong["status/incorrect"] == 1.0
