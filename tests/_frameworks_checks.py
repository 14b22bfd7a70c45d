"""The adapters run through the real frameworks: verl 0.9, PrimeIntellect verifiers 0.4 and OpenRLHF 0.11.

Run inside a framework's environment (tests/_frameworks_env.py builds it; tests/test_real_frameworks.py runs this
file there, one named test per check)::

    <env>/bin/python tests/_frameworks_checks.py verl [CHECK ...]   # a JSON line per check: name, ok, error, seconds

Each check loads the reward through the framework's own loader and runs it through the framework's own reward
manager / executor / task scorer, on the same seven samples (right, wrong, no answer, an equivalent form, an
unparseable gold that is skipped, one decided by a guarded worker process, one killed at its deadline):

- verl: Hydra composes ``ppo_trainer`` with the README's overrides (``path=pkg://...``, ``name=compute_score`` /
  ``compute_score_async``, ``+...reward_kwargs.spec='...'``); ``load_reward_manager`` builds the reward loop's
  ``naive`` and ``dapo`` managers, whose ``run_single`` scores the samples gathered on its event loop (sync: in its
  executor's threads; async: awaited); ``get_custom_reward_fn`` called positionally; the extra keys through verl's
  ``process_validation_metrics``; the naive manager again inside a local Ray actor, as verl runs it;
  ``spec='length'`` refused.
- verifiers: an ``EnvConfig`` read from the README's TOML, ``Task.score`` on seven traces gathered, the weight
  applied; ``fn=...:reward`` with ``$OPENRS_REWARD_SPEC``.
- OpenRLHF (``--no-deps``; its vLLM engine is a stand-in returning fixed responses, its tokenizer maps characters
  to ids and keeps special tokens as text): ``SingleTurnAgentExecutor(remote_rm_url=<the shipped file>)`` and
  ``execute``; ``samples_generator``'s tensor conversion of the replies (its module imports vLLM and Ray, so those
  lines are repeated here); a bad ``$OPENRS_REWARD_SPEC`` stops the executor. Then ``openrs-serve`` on a free
  loopback port and OpenRLHF's own HTTP client (``SingleTurnAgentExecutor(remote_rm_url="http://.../get_reward")``:
  ``_fetch_rewards_via_http`` with a batch, and ``execute``); a malformed batch through the same client (lists of
  different lengths: 422, which the client retries and then raises) after which the server still serves; SIGTERM
  ends the server with status 0.

Only the standard library is imported at the top: tests/test_real_frameworks.py reads :data:`CHECKS` for the test
names without any framework installed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

# (response, gold, expected accuracy reward, expected verifier status)
SAMPLES = [
    ("<think>3*6</think> The answer is \\boxed{18}.", "18", 1.0, "correct"),
    ("so \\boxed{17}", "18", 0.0, "incorrect"),
    ("I do not know", "18", 0.0, "no_answer"),
    ("\\boxed{\\frac{1}{2}}", "0.5", 1.0, "correct"),
    ("\\boxed{3}", "\\frac{", 0.0, "invalid_gold"),  # an unparseable gold: skipped, sent as 0.0
    ("\\boxed{\\sum_{k=1}^{3} k}", "6", 1.0, "correct"),  # decided by a guarded worker process
    ("\\boxed{5^{5^{5^{5^5}}}}", "1", 0.0, "timeout"),  # the worker is killed at its deadline, in any thread
]
EXPECTED_REWARDS = [sample[2] for sample in SAMPLES]
EXPECTED_STATUSES = [sample[3] for sample in SAMPLES]
SKIPPED_INDEX = 4
COSINE = 'cosine(max_len=200, length_unit="chars")'
SPEC_ENV = (
    "OPENRS_REWARD_SPEC"  # openrs_rewards.integrations._common.SPEC_ENV (not imported: stdlib only here)
)
RESULT_PREFIX = "openrs-check-result: "  # marks the result lines among the frameworks' own output


class Context:
    """What checks of one framework share (built once, on first use), and what must be stopped at the end."""

    def __init__(self) -> None:
        self.cache: dict[str, Any] = {}
        self.closers: list[Callable[[], object]] = []

    def get(self, key: str, build: Callable[[], Any]) -> Any:
        if key not in self.cache:
            self.cache[key] = build()
        return self.cache[key]

    def close(self) -> None:
        for close in reversed(self.closers):
            with_traceback(close)


def with_traceback(call: Callable[[], object]) -> None:
    try:
        call()
    except Exception:
        traceback.print_exc()


class CharTokenizer:
    """Stands in for a Hugging Face tokenizer: ids are code points (special tokens stay text); 0 is padding."""

    def __call__(
        self, text: str, add_special_tokens: bool = False, return_tensors: str = "pt"
    ) -> dict[str, Any]:
        import torch

        return {"input_ids": torch.tensor([[ord(c) for c in text]])}

    def decode(self, ids: Any, skip_special_tokens: bool = False) -> str:
        return "".join(chr(int(i)) for i in ids if int(i) > 0)


# -- verl ---------------------------------------------------------------------------------------------------------


def _verl_config(name: str, spec: str | None, manager: str = "naive") -> Any:
    import verl
    from hydra import compose, initialize_config_dir

    overrides = [
        "reward.custom_reward_function.path=pkg://openrs_rewards.integrations.verl",
        f"reward.custom_reward_function.name={name}",
        f"reward.reward_manager.name={manager}",
    ]
    if spec:
        overrides.append(f"+reward.custom_reward_function.reward_kwargs.spec='{spec}'")  # Hydra's quoting
    config_dir = str(Path(verl.__file__).parent / "trainer" / "config")
    with initialize_config_dir(config_dir=config_dir, version_base=None):
        return compose(config_name="ppo_trainer", overrides=overrides)


def _verl_batch(width: int = 64) -> Any:
    import numpy as np
    import torch
    from verl import DataProto

    responses, masks = [], []
    for text, *_ in SAMPLES:
        ids = [ord(c) for c in text][:width]
        responses.append(ids + [0] * (width - len(ids)))
        masks.append([1] * 4 + [1] * len(ids) + [0] * (width - len(ids)))
    count = len(SAMPLES)
    return DataProto.from_dict(
        tensors={
            "prompts": torch.ones(count, 4, dtype=torch.long),
            "responses": torch.tensor(responses),
            "attention_mask": torch.tensor(masks),
        },
        non_tensors={
            "data_source": np.array(["math"] * count, dtype=object),
            "reward_model": np.array([{"ground_truth": s[1]} for s in SAMPLES], dtype=object),
            "extra_info": np.array([{"index": i} for i in range(count)], dtype=object),
        },
    )


def run_verl_manager(
    name: str, spec: str | None = None, manager_name: str = "naive"
) -> tuple[Any, list[dict[str, Any]], dict[str, Any]]:
    """verl's reward manager scoring the samples, gathered on its loop as ``RewardLoopWorker.compute_score_batch``
    does; returns the manager, its outputs and the reward kwargs Hydra passed."""
    from verl.trainer.ppo.reward import load_reward_manager

    config = _verl_config(name, spec, manager_name)
    manager = load_reward_manager(config, CharTokenizer())
    data = _verl_batch()

    async def every_sample() -> list[dict[str, Any]]:
        return await asyncio.gather(*(manager.run_single(data[i : i + 1]) for i in range(len(data))))

    outs = manager.loop.run_until_complete(every_sample())
    return manager, outs, dict(config.reward.custom_reward_function.get("reward_kwargs", {}))


def _check_verl_manager(manager_name: str, name: str) -> None:
    manager, outs, _ = run_verl_manager(name, None, manager_name)
    scores = [o["reward_score"] for o in outs]
    statuses = [o["reward_extra_info"]["status"] for o in outs]
    keys = {tuple(sorted(o["reward_extra_info"])) for o in outs}
    assert scores == EXPECTED_REWARDS, f"scores {scores}, expected {EXPECTED_REWARDS}"
    assert statuses == EXPECTED_STATUSES, f"statuses {statuses}, expected {EXPECTED_STATUSES}"
    assert len(keys) == 1, f"every sample must return the same extra keys, got {keys}"
    assert {"score", "skipped", "status", "pred", "acc"} <= set(keys.pop())
    assert outs[SKIPPED_INDEX]["reward_extra_info"]["skipped"] == 1.0
    assert manager.is_async_reward_score == name.endswith("_async"), (
        f"verl took {name} as {'async' if manager.is_async_reward_score else 'sync'}"
    )


def verl_naive_sync(ctx: Context) -> None:
    """verl NaiveRewardManager.run_single, name=compute_score: 7 samples gathered, in verl's threads"""
    _check_verl_manager("naive", "compute_score")


def verl_naive_async(ctx: Context) -> None:
    """verl NaiveRewardManager.run_single, name=compute_score_async: taken as async, awaited"""
    _check_verl_manager("naive", "compute_score_async")


def verl_dapo_sync(ctx: Context) -> None:
    """verl DAPORewardManager.run_single, name=compute_score"""
    _check_verl_manager("dapo", "compute_score")


def verl_dapo_async(ctx: Context) -> None:
    """verl DAPORewardManager.run_single, name=compute_score_async"""
    _check_verl_manager("dapo", "compute_score_async")


def verl_reward_kwargs_spec(ctx: Context) -> None:
    """verl +reward.custom_reward_function.reward_kwargs.spec='cosine(...)' reaches the reward"""
    _, outs, kwargs = run_verl_manager("compute_score", COSINE)
    scores = [round(o["reward_score"], 3) for o in outs]
    assert kwargs == {"spec": COSINE}, f"Hydra passed {kwargs}"
    assert scores[0] > 0.5 and scores[1] < 0.0, f"cosine scores {scores}: right must be > 0.5, wrong < 0"


def verl_positional_call(ctx: Context) -> None:
    """verl get_custom_reward_fn, the loaded function called positionally"""
    from verl.trainer.ppo.reward import get_custom_reward_fn

    fn = get_custom_reward_fn(_verl_config("compute_score", None))
    positional = [fn("math", text, gold, {})["score"] for text, gold, *_ in SAMPLES]
    assert positional == EXPECTED_REWARDS, f"scores {positional}, expected {EXPECTED_REWARDS}"


def verl_validation_metrics(ctx: Context) -> None:
    """verl process_validation_metrics over the extra keys (majority votes over pred)"""
    from verl.trainer.ppo.metric_utils import process_validation_metrics

    _, outs, _ = run_verl_manager("compute_score")
    infos: dict[str, list[Any]] = {"reward": [o["reward_score"] for o in outs]}
    for key in outs[0]["reward_extra_info"]:
        infos[key] = [o["reward_extra_info"][key] for o in outs]
    uids = ["u0", "u0", "u0", "u1", "u1", "u2", "u2"]
    metrics = process_validation_metrics(["math"] * len(SAMPLES), uids, infos)["math"]
    assert "acc" in metrics, f"no acc among {sorted(metrics)}"
    assert any(name.startswith("maj@") for name in metrics["acc"]), f"no maj@N in {sorted(metrics['acc'])}"


def verl_in_ray_actor(ctx: Context) -> None:
    """verl naive manager inside a local Ray actor (as verl runs its reward loop), sync and async"""
    import ray

    os.environ.setdefault("RAY_AUTH_MODE", "disabled")  # a local, throw-away cluster
    # address="local": a new cluster of our own, never one that happens to run on this machine already.
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:

        @ray.remote
        class RewardWorker:
            def scores(self, name: str) -> list[tuple[float, str]]:
                _, outs, _ = run_verl_manager(name)
                return [(o["reward_score"], o["reward_extra_info"]["status"]) for o in outs]

        worker = RewardWorker.remote()  # type: ignore[attr-defined]
        in_actor = {
            name: ray.get(worker.scores.remote(name), timeout=300)
            for name in ("compute_score", "compute_score_async")
        }
    finally:
        ray.shutdown()
    expected = list(zip(EXPECTED_REWARDS, EXPECTED_STATUSES, strict=True))
    for name, got in in_actor.items():
        assert [tuple(pair) for pair in got] == expected, f"{name} in a Ray actor: {got}, expected {expected}"


def verl_group_reward_refused(ctx: Context) -> None:
    """verl spec='length' (group-normalised, cannot work per sample) refused with a message saying so"""
    try:
        run_verl_manager("compute_score", "length")
    except Exception as exc:
        assert "one sample at a time" in str(exc), f"{type(exc).__name__}: {exc}"
        return
    raise AssertionError("spec='length' was accepted")


# -- PrimeIntellect verifiers -------------------------------------------------------------------------------------

VERIFIERS_TOML = """
[env.taskset.task.rewards.accuracy]
fn = "openrs_rewards.integrations.prime_verifiers:accuracy"
weight = 2.0
"""


def _verifiers_task(config: Any, answer: str) -> Any:
    import verifiers.v1 as vf

    class MathData(vf.TaskData):
        answer: str

    class MathTask(vf.Task[MathData]):
        pass

    return MathTask(MathData(prompt="What is 3*6?", answer=answer), config.task)


def _verifiers_trace(task: Any, reply: str) -> Any:
    import verifiers.v1 as vf
    from verifiers.v1.trace import AgentInfo, Trace, TraceTask

    return Trace(
        task=TraceTask(type="MathTask", data=task.data),
        agent=AgentInfo(config=vf.AgentConfig()),
        root_reply=reply,
    )


def verifiers_task_score_from_toml(ctx: Context) -> None:
    """verifiers Task.score, the README's TOML ([env.taskset.task.rewards.accuracy], weight=2.0), 7 traces gathered"""
    import tomllib
    import verifiers.v1 as vf

    config = vf.EnvConfig.model_validate(tomllib.loads(VERIFIERS_TOML)["env"]).taskset
    tasks = [_verifiers_task(config, gold) for _, gold, *_ in SAMPLES]
    traces = [_verifiers_trace(task, reply) for task, (reply, *_) in zip(tasks, SAMPLES, strict=True)]

    async def score_all() -> None:
        await asyncio.gather(*(task.score(trace) for task, trace in zip(tasks, traces, strict=True)))

    asyncio.run(score_all())
    got = [(t.rewards["accuracy"].score, t.rewards["accuracy"].weight) for t in traces]
    assert got == [(r, 2.0) for r in EXPECTED_REWARDS], f"(score, weight) {got}"
    statuses = [t.info["openrs"]["accuracy"]["status"] for t in traces]
    assert statuses == EXPECTED_STATUSES, f"statuses {statuses}"
    assert traces[SKIPPED_INDEX].info["openrs"]["accuracy"]["skipped"] == 1.0
    assert traces[0].reward == 2.0, f"trace.reward {traces[0].reward}"


def verifiers_spec_from_environment(ctx: Context) -> None:
    """verifiers fn=...:reward with $OPENRS_REWARD_SPEC=cosine(...)"""
    import tomllib
    import verifiers.v1 as vf

    os.environ[SPEC_ENV] = COSINE
    try:
        toml = '[taskset.task.rewards.cosine]\nfn = "openrs_rewards.integrations.prime_verifiers:reward"\n'
        config = vf.EnvConfig.model_validate(tomllib.loads(toml)).taskset
        task = _verifiers_task(config, "18")
        right, wrong = _verifiers_trace(task, "\\boxed{18}"), _verifiers_trace(task, "\\boxed{17}")
        asyncio.run(task.score(right))
        asyncio.run(task.score(wrong))
    finally:
        os.environ.pop(SPEC_ENV, None)
    scores = (right.rewards["cosine"].score, wrong.rewards["cosine"].score)
    assert 0.5 < scores[0] <= 1.0 and -1.0 <= scores[1] < 0.0, f"cosine (right, wrong) {scores}"


# -- OpenRLHF -----------------------------------------------------------------------------------------------------

OPENRLHF_PROMPT = (
    "<|im_start|>user\nExample: 1+1 = \\boxed{2}. Now: what is 3*6?<|im_end|>\n<|im_start|>assistant\n"
)


class FixedEngine:
    """Stands in for OpenRLHF's vLLM engine: ``generate`` returns a fixed response."""

    def __init__(self, response: str) -> None:
        self.response = response

    async def generate(self, prompt_token_ids: Any, params: Any, multi_modal_data: Any = None) -> Any:
        out = SimpleNamespace(token_ids=[ord(c) for c in self.response], finish_reason="stop", logprobs=None)
        return SimpleNamespace(outputs=[out])


def _openrlhf_rollouts(executor: Any) -> list[dict[str, Any]]:
    """``executor.execute`` for every sample, gathered (as OpenRLHF's generator runs its rollouts)."""
    params = SimpleNamespace(max_tokens=256, logprobs=None)

    async def rollouts() -> list[dict[str, Any]]:
        return await asyncio.gather(
            *(
                executor.execute(
                    OPENRLHF_PROMPT, gold, params, 1024, CharTokenizer(), FixedEngine(text + "<|im_end|>")
                )
                for text, gold, *_ in SAMPLES
            )
        )

    return asyncio.run(rollouts())


def experience_info(response: dict[str, Any]) -> dict[str, list[float]]:
    """openrlhf/trainer/ppo_utils/samples_generator.py, ``_process_response_into_experience``: every value of a
    rollout's reply becomes a tensor (a string would crash the rollout)."""
    import torch

    info = {}
    if response.get("reward") is not None:
        info["reward"] = torch.tensor([response["reward"]])
    if response.get("scores") is not None:
        info["score"] = torch.tensor([response["scores"]])
    for key, value in response.get("extra_logs", {}).items():
        if isinstance(value, torch.Tensor):
            value = value.flatten()[0].item()
        info[key] = torch.tensor([value])
    return {key: value.flatten().tolist() for key, value in info.items()}


def _assert_rollouts(outs: list[dict[str, Any]]) -> None:
    infos = [experience_info(o) for o in outs]
    rewards = [info["reward"] for info in infos]
    assert rewards == [[r] for r in EXPECTED_REWARDS], f"rewards {rewards}, expected {EXPECTED_REWARDS}"
    assert [info["score"] for info in infos] == rewards, "scores differ from rewards"
    assert infos[SKIPPED_INDEX]["skipped"] == [1.0], f"skipped {infos[SKIPPED_INDEX]['skipped']}"
    statuses = [info[f"status/{status}"] for info, status in zip(infos, EXPECTED_STATUSES, strict=True)]
    assert statuses == [[1.0]] * len(SAMPLES), f"status/<expected> columns {statuses} for {EXPECTED_STATUSES}"
    assert all(info["prompt_found"] == [1.0] for info in infos), "the prompt was not cut off a query"


def _shipped_file_rollouts(ctx: Context) -> list[dict[str, Any]]:
    def build() -> list[dict[str, Any]]:
        from openrlhf.utils.agent import SingleTurnAgentExecutor

        from openrs_rewards.integrations.openrlhf import reward_func_path

        os.environ.pop(SPEC_ENV, None)
        return _openrlhf_rollouts(SingleTurnAgentExecutor(remote_rm_url=reward_func_path()))

    return ctx.get("file rollouts", build)


def openrlhf_shipped_file(ctx: Context) -> None:
    """OpenRLHF SingleTurnAgentExecutor.execute with --reward.remote_url <the shipped file>, 7 rollouts gathered"""
    outs = _shipped_file_rollouts(ctx)
    rewards = [o["reward"].flatten().tolist() for o in outs]
    assert rewards == [[r] for r in EXPECTED_REWARDS], f"rewards {rewards}, expected {EXPECTED_REWARDS}"


def openrlhf_tensor_conversion(ctx: Context) -> None:
    """OpenRLHF samples_generator's tensor conversion of every reply of the shipped file"""
    outs = _shipped_file_rollouts(ctx)
    _assert_rollouts(outs)
    assert experience_info(outs[0])["answered"] == [1.0]


def openrlhf_bad_spec_stops_executor(ctx: Context) -> None:
    """OpenRLHF a bad $OPENRS_REWARD_SPEC stops the executor at start-up"""
    from openrlhf.utils.agent import SingleTurnAgentExecutor

    from openrs_rewards.integrations.openrlhf import reward_func_path

    os.environ[SPEC_ENV] = "accuracy(timeout="
    try:
        SingleTurnAgentExecutor(remote_rm_url=reward_func_path())
    except Exception as exc:
        assert "invalid reward spec" in str(exc), f"{type(exc).__name__}: {exc}"
        return
    finally:
        os.environ.pop(SPEC_ENV, None)
    raise AssertionError("the executor started with a bad spec")


class Server:
    """``openrs-serve`` in a child process on a free loopback port (read from the line it prints when ready); its
    standard error is read all along by a thread (a full pipe would stall the server)."""

    def __init__(self, start_timeout_s: float = 120.0) -> None:
        command = [sys.executable, "-m", "openrs_rewards.cli.serve", "--host", "127.0.0.1", "--port", "0"]
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        self.log: list[str] = []
        self.url = ""
        listening = threading.Event()

        def read() -> None:
            assert self.process.stderr is not None
            for line in self.process.stderr:
                self.log.append(line)
                found = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
                if found and not listening.is_set():
                    self.url = found.group(1)
                    listening.set()
            listening.set()  # the server ended: stop waiting

        self.reader = threading.Thread(target=read, daemon=True)
        self.reader.start()
        listening.wait(start_timeout_s)
        if not self.url:
            self.stop()
            raise AssertionError(
                f"openrs-serve did not start in {start_timeout_s} s: {''.join(self.log)[-3000:]}"
            )

    def stop(self, timeout_s: float = 60.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=10)
        return self.process.returncode


def _server(ctx: Context) -> Server:
    def build() -> Server:
        server = Server()
        ctx.closers.append(server.stop)
        return server

    return ctx.get("server", build)


def _http_executor(ctx: Context) -> Any:
    from openrlhf.utils.agent import SingleTurnAgentExecutor

    return SingleTurnAgentExecutor(remote_rm_url=_server(ctx).url + "/get_reward")


def _openrlhf_batch() -> tuple[list[str], list[str], list[str]]:
    queries = [OPENRLHF_PROMPT + text + "<|im_end|>" for text, *_ in SAMPLES]
    return queries, [OPENRLHF_PROMPT] * len(SAMPLES), [gold for _, gold, *_ in SAMPLES]


def openrlhf_http_batch(ctx: Context) -> None:
    """OpenRLHF's HTTP client (_fetch_rewards_via_http) posting a batch of 7 to openrs-serve /get_reward"""
    executor = _http_executor(ctx)
    replies = asyncio.run(executor._fetch_rewards_via_http(*_openrlhf_batch()))
    assert len(replies) == 1, f"one server, one reply expected: {replies}"
    (reply,) = replies
    assert reply["rewards"] == EXPECTED_REWARDS, f"rewards {reply['rewards']}, expected {EXPECTED_REWARDS}"
    assert reply["scores"] == EXPECTED_REWARDS, f"scores {reply['scores']}, expected {EXPECTED_REWARDS}"
    logs = reply["extra_logs"]
    assert logs["skipped"] == [1.0 if i == SKIPPED_INDEX else 0.0 for i in range(len(SAMPLES))], logs[
        "skipped"
    ]
    for i, status in enumerate(EXPECTED_STATUSES):
        assert logs[f"status/{status}"][i] == 1.0, (
            f"sample {i}: status/{status} is {logs[f'status/{status}'][i]}"
        )
    assert reply["details"]["status"] == EXPECTED_STATUSES, reply["details"]


def openrlhf_http_rollouts(ctx: Context) -> None:
    """OpenRLHF SingleTurnAgentExecutor.execute with --reward.remote_url http://127.0.0.1:PORT/get_reward"""
    _assert_rollouts(_openrlhf_rollouts(_http_executor(ctx)))


def openrlhf_http_malformed(ctx: Context) -> None:
    """OpenRLHF's HTTP client posting lists of different lengths: 422 (retried, then raised); the server serves on"""
    executor = _http_executor(ctx)
    queries, prompts, labels = _openrlhf_batch()
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    logger = logging.getLogger("openrlhf.utils.agent")
    handler = Collect()
    logger.addHandler(handler)
    try:
        asyncio.run(executor._fetch_rewards_via_http(queries[:3], prompts[:2], labels[:3]))
    except RuntimeError as exc:
        assert "Request error" in str(exc), str(exc)
    else:
        raise AssertionError("a batch of 3 queries with 2 prompts was scored")
    finally:
        logger.removeHandler(handler)
    assert any("422" in message for message in seen), f"the client's log: {seen}"
    (reply,) = asyncio.run(executor._fetch_rewards_via_http(queries[:1], prompts[:1], labels[:1]))
    assert reply["rewards"] == [1.0], f"after the bad request: {reply}"


def openrlhf_http_shutdown(ctx: Context) -> None:
    """openrs-serve stops on SIGTERM with status 0"""
    server = _server(ctx)
    status = server.stop()
    assert status == 0, f"exit status {status}: {''.join(server.log)[-2000:]}"
    assert "stopped by SIGTERM" in "".join(server.log), "".join(server.log)[-2000:]


CHECKS: dict[str, list[Callable[[Context], None]]] = {
    "verl": [
        verl_naive_sync,
        verl_naive_async,
        verl_dapo_sync,
        verl_dapo_async,
        verl_reward_kwargs_spec,
        verl_positional_call,
        verl_validation_metrics,
        verl_in_ray_actor,
        verl_group_reward_refused,
    ],
    "verifiers": [verifiers_task_score_from_toml, verifiers_spec_from_environment],
    "openrlhf": [
        openrlhf_shipped_file,
        openrlhf_tensor_conversion,
        openrlhf_bad_spec_stops_executor,
        openrlhf_http_batch,
        openrlhf_http_rollouts,
        openrlhf_http_malformed,
        openrlhf_http_shutdown,
    ],
}


def run(framework: str, only: set[str] | None = None) -> int:
    """Run ``framework``'s checks here, printing one JSON line per check as it ends; 1 when any failed."""
    ctx = Context()
    failed = 0
    try:
        for check in CHECKS[framework]:
            if only and check.__name__ not in only:
                continue
            started = time.monotonic()
            error = None
            try:
                check(ctx)
            except Exception as exc:
                error = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()[-3000:]}"
            failed += error is not None
            result: dict[str, Any] = {"name": check.__name__, "ok": error is None, "error": error}
            result["seconds"] = round(time.monotonic() - started, 1)
            print(RESULT_PREFIX + json.dumps(result), flush=True)
    finally:
        ctx.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1], set(sys.argv[2:]) or None))
