"""Run the framework adapters through the real frameworks: verl, PrimeIntellect verifiers and OpenRLHF.

Run by hand (not part of the test suite, which CI runs without any framework installed)::

    python benchmarks/check_integrations.py                 # builds /tmp/venv-{verl,vf,openrlhf} when missing
    python benchmarks/check_integrations.py --only verl     # one framework
    python benchmarks/check_integrations.py --venvs DIR --torch "torch==2.13.0"

Each framework gets its own virtual environment (their pins conflict with each other and with the ``[trl]``
extra): a CPU torch, the framework, and this checkout (``pip install -e``). The script then runs itself inside each
one (``--inside NAME``), loads the reward through the framework's own loader, runs it through the framework's own
reward manager / executor / task scorer, and prints one line per check; it exits 1 when any check fails.

- verl (``verl==0.9.*``): Hydra composes ``ppo_trainer`` with the README's overrides (``path=pkg://...``,
  ``name=compute_score`` / ``compute_score_async``, ``+...reward_kwargs.spec='...'``); ``load_reward_manager``
  builds the reward loop's ``naive`` and ``dapo`` managers, whose ``run_single`` scores seven samples gathered on
  its event loop (sync: in its executor's threads; async: awaited; one comparison is killed at its deadline);
  ``get_custom_reward_fn`` is called positionally; the returned extra keys go through verl's
  ``process_validation_metrics``; the naive manager runs again inside a local Ray actor, as verl runs it;
  ``spec='length'`` must be refused.
- verifiers (``verifiers==0.4.*``): an ``EnvConfig`` read from the README's TOML, ``Task.score`` on seven traces
  gathered, the weight applied; then ``fn=...:reward`` with ``$OPENRS_REWARD_SPEC``.
- OpenRLHF (``openrlhf==0.11.*`` with ``--no-deps``, plus aiohttp, pylatexenc, transformers and numpy, which its
  ``openrlhf.utils`` imports): ``SingleTurnAgentExecutor(remote_rm_url=<the shipped file>)`` imports the file and
  ``execute`` runs seven rollouts gathered (a stand-in engine returns fixed responses; the tokenizer maps characters
  to ids, keeping special tokens as text), then ``samples_generator``'s tensor conversion of the replies (its module
  imports vLLM and Ray, so those lines are repeated here); a bad ``$OPENRS_REWARD_SPEC`` must stop the executor.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

REPO = Path(__file__).resolve().parent.parent

FRAMEWORKS: dict[str, dict[str, Any]] = {
    "verl": {"venv": "venv-verl", "torch": True, "install": [["verl==0.9.*"]]},
    "verifiers": {"venv": "venv-vf", "torch": False, "install": [["verifiers==0.4.*"]]},
    "openrlhf": {
        "venv": "venv-openrlhf",
        "torch": True,
        "install": [["--no-deps", "openrlhf==0.11.*"], ["aiohttp", "pylatexenc", "transformers", "numpy"]],
    },
}

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
COSINE = 'cosine(max_len=200, length_unit="chars")'


# -- the outer run: environments ------------------------------------------------------------------------------


def _run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, text=True, capture_output=True, check=False, **kwargs)


def ensure_venv(name: str, venvs: Path, torch_requirement: str) -> Path:
    spec = FRAMEWORKS[name]
    venv = venvs / spec["venv"]
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"[{name}] creating {venv}", flush=True)
        _must(_run([sys.executable, "-m", "venv", str(venv)]), f"python -m venv {venv}")
        if spec["torch"]:
            _must(_run([str(python), "-m", "pip", "install", "-q", torch_requirement]), torch_requirement)
        for args in spec["install"]:
            _must(_run([str(python), "-m", "pip", "install", "-q", *args]), " ".join(args))
    where = _run([str(python), "-c", "import openrs_rewards; print(openrs_rewards.__file__)"])
    if where.returncode != 0 or not where.stdout.strip().startswith(str(REPO / "src")):
        print(f"[{name}] pip install -e {REPO}", flush=True)
        _must(_run([str(python), "-m", "pip", "install", "-q", "-e", str(REPO)]), f"pip install -e {REPO}")
    return python


def _must(done: subprocess.CompletedProcess[str], what: str) -> None:
    if done.returncode != 0:
        raise SystemExit(f"{what} failed:\n{done.stderr[-3000:]}")


# -- verl ---------------------------------------------------------------------------------------------------------


class CharTokenizer:
    """Stands in for a Hugging Face tokenizer: ids are code points (special tokens stay text); 0 is padding."""

    def __call__(
        self, text: str, add_special_tokens: bool = False, return_tensors: str = "pt"
    ) -> dict[str, Any]:
        import torch

        return {"input_ids": torch.tensor([[ord(c) for c in text]])}

    def decode(self, ids: Any, skip_special_tokens: bool = False) -> str:
        return "".join(chr(int(i)) for i in ids if int(i) > 0)


def check_verl() -> dict[str, dict[str, Any]]:
    import numpy as np
    import torch
    import verl
    from hydra import compose, initialize_config_dir
    from verl import DataProto
    from verl.trainer.ppo.metric_utils import process_validation_metrics
    from verl.trainer.ppo.reward import get_custom_reward_fn, load_reward_manager

    config_dir = str(Path(verl.__file__).parent / "trainer" / "config")
    results: dict[str, dict[str, Any]] = {}
    expected = [s[2] for s in SAMPLES]

    def config(name: str, spec: str | None, manager: str = "naive") -> Any:
        overrides = [
            "reward.custom_reward_function.path=pkg://openrs_rewards.integrations.verl",
            f"reward.custom_reward_function.name={name}",
            f"reward.reward_manager.name={manager}",
        ]
        if spec:
            overrides.append(f"+reward.custom_reward_function.reward_kwargs.spec='{spec}'")  # Hydra's quoting
        with initialize_config_dir(config_dir=config_dir, version_base=None):
            return compose(config_name="ppo_trainer", overrides=overrides)

    def batch(width: int = 64) -> Any:
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

    def run_manager(
        name: str, spec: str | None = None, manager_name: str = "naive"
    ) -> tuple[Any, list[dict[str, Any]], dict[str, Any]]:
        cfg = config(name, spec, manager_name)
        manager = load_reward_manager(cfg, CharTokenizer())
        data = batch()

        async def every_sample() -> list[dict[str, Any]]:  # as RewardLoopWorker.compute_score_batch does
            return await asyncio.gather(*(manager.run_single(data[i : i + 1]) for i in range(len(data))))

        outs = manager.loop.run_until_complete(every_sample())
        return manager, outs, dict(cfg.reward.custom_reward_function.get("reward_kwargs", {}))

    for manager_name, name in [
        ("naive", "compute_score"),
        ("naive", "compute_score_async"),
        ("dapo", "compute_score"),
        ("dapo", "compute_score_async"),
    ]:
        manager, outs, _ = run_manager(name, None, manager_name)
        keys = {tuple(sorted(o["reward_extra_info"])) for o in outs}
        statuses = [o["reward_extra_info"]["status"] for o in outs]
        results[f"verl {type(manager).__name__}.run_single, name={name}, 7 samples gathered"] = {
            "ok": [o["reward_score"] for o in outs] == expected
            and statuses == [s[3] for s in SAMPLES]
            and len(keys) == 1
            and manager.is_async_reward_score == name.endswith("_async"),
            "async": manager.is_async_reward_score,
            "scores": [o["reward_score"] for o in outs],
            "extra keys": list(keys.pop()),
        }

    _, outs, kwargs = run_manager("compute_score", COSINE)
    scores = [round(o["reward_score"], 3) for o in outs]
    results[f"verl +reward.custom_reward_function.reward_kwargs.spec='{COSINE}'"] = {
        "ok": kwargs == {"spec": COSINE} and scores[0] > 0.5 and scores[1] < 0.0,
        "scores": scores,
    }

    fn = get_custom_reward_fn(config("compute_score", None))
    positional = [fn("math", text, gold, {})["score"] for text, gold, *_ in SAMPLES]
    results["verl get_custom_reward_fn called positionally"] = {
        "ok": positional == expected,
        "scores": positional,
    }

    _, outs, _ = run_manager("compute_score")
    infos: dict[str, list[Any]] = {"reward": [o["reward_score"] for o in outs]}
    for key in outs[0]["reward_extra_info"]:
        infos[key] = [o["reward_extra_info"][key] for o in outs]
    uids = ["u0", "u0", "u0", "u1", "u1", "u2", "u2"]
    metrics = process_validation_metrics(["math"] * len(SAMPLES), uids, infos)["math"]
    results["verl process_validation_metrics on the extra keys (pred votes maj@N)"] = {
        "ok": "acc" in metrics and any(name.startswith("maj@") for name in metrics["acc"]),
        "variables": sorted(metrics),
    }

    # verl runs its reward managers inside Ray actors (RewardLoopWorker): the same, in a local Ray actor.
    import ray

    os.environ.setdefault("RAY_AUTH_MODE", "disabled")  # a local, throw-away cluster
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:

        @ray.remote
        class RewardWorker:
            def scores(self, name: str) -> list[tuple[float, str]]:
                _, outs, _ = run_manager(name)
                return [(o["reward_score"], o["reward_extra_info"]["status"]) for o in outs]

        worker = RewardWorker.remote()  # type: ignore[attr-defined]
        in_actor = {
            name: ray.get(worker.scores.remote(name), timeout=600)
            for name in ("compute_score", "compute_score_async")
        }
    finally:
        ray.shutdown()
    results["verl naive manager inside a Ray actor, sync and async"] = {
        "ok": all(got == [(s[2], s[3]) for s in SAMPLES] for got in in_actor.values()),
        "statuses": [status for _, status in in_actor["compute_score"]],
    }

    try:
        run_manager("compute_score", "length")
        results["verl spec='length' (group-normalised) refused"] = {"ok": False}
    except Exception as exc:
        results["verl spec='length' (group-normalised) refused"] = {
            "ok": "one sample at a time" in str(exc),
            "error": type(exc).__name__,
        }
    return results


# -- PrimeIntellect verifiers -------------------------------------------------------------------------------------

VERIFIERS_TOML = """
[env.taskset.task.rewards.accuracy]
fn = "openrs_rewards.integrations.prime_verifiers:accuracy"
weight = 2.0
"""


def check_verifiers() -> dict[str, dict[str, Any]]:
    import tomllib
    import verifiers.v1 as vf
    from verifiers.v1.trace import AgentInfo, Trace, TraceTask

    class MathData(vf.TaskData):
        answer: str

    class MathTask(vf.Task[MathData]):
        pass

    def traced(task: Any, reply: str) -> Any:
        return Trace(
            task=TraceTask(type="MathTask", data=task.data),
            agent=AgentInfo(config=vf.AgentConfig()),
            root_reply=reply,
        )

    results: dict[str, dict[str, Any]] = {}
    config = vf.EnvConfig.model_validate(tomllib.loads(VERIFIERS_TOML)["env"]).taskset
    tasks = [MathTask(MathData(prompt="What is 3*6?", answer=gold), config.task) for _, gold, *_ in SAMPLES]
    traces = [traced(task, reply) for task, (reply, *_) in zip(tasks, SAMPLES, strict=True)]

    async def score_all() -> None:
        await asyncio.gather(*(task.score(trace) for task, trace in zip(tasks, traces, strict=True)))

    asyncio.run(score_all())
    got = [(t.rewards["accuracy"].score, t.rewards["accuracy"].weight) for t in traces]
    results[
        "verifiers Task.score, TOML [env.taskset.task.rewards.accuracy] weight=2.0, 7 traces gathered"
    ] = {
        "ok": got == [(s[2], 2.0) for s in SAMPLES]
        and [t.info["openrs"]["accuracy"]["status"] for t in traces] == [s[3] for s in SAMPLES]
        and traces[4].info["openrs"]["accuracy"]["skipped"] == 1.0,
        "rewards": [score for score, _ in got],
        "trace.reward": traces[0].reward,
    }

    os.environ["OPENRS_REWARD_SPEC"] = COSINE
    config = vf.EnvConfig.model_validate(
        tomllib.loads(
            '[taskset.task.rewards.cosine]\nfn = "openrs_rewards.integrations.prime_verifiers:reward"\n'
        )
    ).taskset
    task = MathTask(MathData(prompt="?", answer="18"), config.task)
    trace = traced(task, "\\boxed{18}")
    asyncio.run(task.score(trace))
    results[f"verifiers fn=...:reward with $OPENRS_REWARD_SPEC={COSINE}"] = {
        "ok": 0.5 < trace.rewards["cosine"].score <= 1.0,
        "reward": round(trace.rewards["cosine"].score, 3),
    }
    return results


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


def check_openrlhf() -> dict[str, dict[str, Any]]:
    import torch
    from openrlhf.utils.agent import SingleTurnAgentExecutor

    from openrs_rewards.integrations.openrlhf import reward_func_path

    results: dict[str, dict[str, Any]] = {}
    os.environ.pop("OPENRS_REWARD_SPEC", None)
    executor = SingleTurnAgentExecutor(remote_rm_url=reward_func_path())
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

    outs = asyncio.run(rollouts())
    rewards = [float(torch.tensor([o["reward"]]).flatten()[0]) for o in outs]
    results[
        "OpenRLHF SingleTurnAgentExecutor.execute, --reward.remote_url <shipped file>, 7 rollouts gathered"
    ] = {
        "ok": rewards == [s[2] for s in SAMPLES]
        and outs[4]["extra_logs"]["skipped"].item() == 1.0
        and [o["extra_logs"][f"status/{s[3]}"].item() for o, s in zip(outs, SAMPLES, strict=True)]
        == [1.0] * len(SAMPLES),
        "rewards": rewards,
    }

    def experience_info(response: dict[str, Any]) -> dict[str, list[float]]:
        # openrlhf/trainer/ppo_utils/samples_generator.py, _process_response_into_experience
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

    infos = [experience_info(o) for o in outs]
    results["OpenRLHF samples_generator's tensor conversion of every reply"] = {
        "ok": [i["reward"] for i in infos] == [[s[2]] for s in SAMPLES] and infos[0]["answered"] == [1.0],
        "keys": sorted(infos[0]),
    }

    os.environ["OPENRS_REWARD_SPEC"] = "accuracy(timeout="
    try:
        SingleTurnAgentExecutor(remote_rm_url=reward_func_path())
        results["OpenRLHF a bad $OPENRS_REWARD_SPEC stops the executor at start-up"] = {"ok": False}
    except Exception as exc:
        results["OpenRLHF a bad $OPENRS_REWARD_SPEC stops the executor at start-up"] = {
            "ok": "invalid reward spec" in str(exc),
            "error": type(exc).__name__,
        }
    finally:
        os.environ.pop("OPENRS_REWARD_SPEC", None)
    return results


CHECKS = {"verl": check_verl, "verifiers": check_verifiers, "openrlhf": check_openrlhf}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--only", choices=sorted(FRAMEWORKS), action="append", help="check only these frameworks"
    )
    parser.add_argument(
        "--venvs", type=Path, default=Path("/tmp"), help="where the virtual environments live"
    )
    parser.add_argument("--torch", default="torch==2.13.0", help="the torch requirement (a CPU build)")
    parser.add_argument("--inside", choices=sorted(CHECKS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.inside:  # running in the framework's environment
        print(json.dumps(CHECKS[args.inside]()))
        return 0

    failed = 0
    for name in args.only or sorted(FRAMEWORKS):
        python = ensure_venv(name, args.venvs, args.torch)
        started = time.monotonic()
        done = _run([str(python), __file__, "--inside", name], cwd="/tmp", timeout=900)
        seconds = time.monotonic() - started
        try:
            results = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, json.JSONDecodeError):
            print(f"FAIL [{name}] the check did not finish ({seconds:.0f} s):\n{done.stderr[-3000:]}")
            failed += 1
            continue
        for check, result in results.items():
            ok = result.pop("ok")
            failed += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {check}: {json.dumps(result)}")
        print(f"     [{name}: {seconds:.0f} s]")
    print("all integration checks passed" if not failed else f"{failed} integration checks failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
