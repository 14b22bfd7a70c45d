"""``openrs-serve`` over loopback: the real server in a subprocess, spoken to over HTTP the way the frameworks do.

OpenRLHF's client (``openrlhf/utils/agent.py``, ``SingleTurnAgentExecutor._fetch_rewards_via_http``, 0.11.2) is
``aiohttp.ClientSession().post(url, json={"query": [...], "prompts": [...], "labels": [...]})``, then
``raise_for_status()`` and ``response.json()``, of which it reads ``"rewards"``, ``"scores"`` and ``"extra_logs"``
and turns every ``extra_logs`` value into ``torch.tensor([value])`` (``samples_generator.py``). These tests need no
framework, so :func:`post` sends the same request with ``urllib`` (aiohttp's ``json=`` is ``json.dumps(payload)``
sent with ``Content-Type: application/json``); tests/test_real_frameworks.py also runs OpenRLHF's own client against
the server. slime's ``remote_rm`` (``slime/rollout/rm_hub/__init__.py``) posts ``{"prompt", "response",
"label"}`` the same way and takes the JSON reply as the reward.

The rewards are the real ones (accuracy verifies with the real verifier and its worker pool).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from openrs_rewards.cli.serve import main
from openrs_rewards.integrations._common import GroupRewardError
from openrs_rewards.integrations.server import (
    DEFAULT_END_TOKENS,
    RewardScorer,
    bind_socket,
    create_app,
    strip_end_tokens,
    strip_prompt,
)

CHATML_PROMPT = "<|im_start|>user\nWhat is 2 + 2?<|im_end|>\n<|im_start|>assistant\n<think>"
MAX_BODY_MB = 1
MAX_BATCH = 64
TEN_MB = 10 * 1024 * 1024


# -- the server -----------------------------------------------------------------------------------------------


class Server:
    """An ``openrs-serve`` subprocess; ``url`` once it said it is listening."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None, script: str | None = None) -> None:
        command = (
            [sys.executable, "-c", script, *args]
            if script
            else [sys.executable, "-m", "openrs_rewards.cli.serve", *args]
        )
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        ready = threading.Event()

        def read() -> None:  # drains stderr so the server never blocks on a full pipe
            assert self.process.stderr is not None
            for line in self.process.stderr:
                self.lines.append(line)
                if "listening on http://" in line:
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(240) or self.process.poll() is not None:
            self.stop()
            raise AssertionError(f"openrs-serve did not start: {''.join(self.lines)}")
        line = next(line for line in self.lines if "listening on http://" in line)
        self.url = line.split("listening on ")[1].split()[0]
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    running = Server(
        [
            *("--reward", "accuracy", "--reward", "format", "--weight", "1", "--weight", "0.5"),
            *("--port", "0", "--max-body-mb", str(MAX_BODY_MB), "--max-batch", str(MAX_BATCH)),
        ]
    )
    yield running
    assert running.stop() == 0, "".join(running.lines)
    assert "stopped by SIGTERM" in "".join(running.lines)


def post(url: str, payload: Any = None, *, body: bytes | None = None, **headers: str) -> tuple[int, Any]:
    """POST like aiohttp's ``session.post(url, json=payload)``; returns the status and the parsed JSON reply."""
    data = json.dumps(payload).encode() if body is None else body
    request = urllib.request.Request(
        url, data=data, method="POST", headers={"Content-Type": "application/json", **headers}
    )
    return _open(request)


def get(url: str) -> tuple[int, Any]:
    return _open(urllib.request.Request(url, method="GET"))


def _open(request: urllib.request.Request) -> tuple[int, Any]:
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def chat(response: str) -> str:
    """What OpenRLHF decodes: the templated prompt, the response and the end-of-turn token, all as text."""
    return CHATML_PROMPT + response + "<|im_end|>"


def openrlhf_reads(reply: dict[str, Any]) -> dict[str, Any]:
    """What OpenRLHF's executor and experience builder take from a reply (and would crash on)."""
    score = reply.get("scores")
    if score is None:
        score = reply.get("rewards")
    for key, value in (reply.get("extra_logs") or {}).items():
        # torch.tensor([value]) needs numbers: a string here would end the rollout.
        assert isinstance(value, list) and all(type(v) is float for v in value), (key, value)
    return {"reward": reply.get("rewards"), "scores": score, "extra_logs": reply.get("extra_logs") or {}}


# -- OpenRLHF /get_reward -------------------------------------------------------------------------------------


def test_get_reward_in_openrlhfs_shape(server: Server) -> None:
    status, reply = post(
        f"{server.url}/get_reward",
        {"query": [chat("2 + 2 is 4.</think> \\boxed{4}")], "prompts": [CHATML_PROMPT], "labels": ["4"]},
    )
    assert status == 200
    read = openrlhf_reads(reply)
    # accuracy 1 + 0.5 * format 1: the format reward sees the response without the prompt and <|im_end|>.
    assert read["reward"] == [1.5] and read["scores"] == [1.5]
    assert read["extra_logs"]["skipped"] == [0.0]
    assert read["extra_logs"]["prompt_found"] == [1.0]
    assert read["extra_logs"]["status/correct"] == [1.0]
    assert read["extra_logs"]["answered"] == [1.0]
    assert reply["details"] == {"status": ["correct"], "pred": ["4"]}


def test_get_reward_batch_each_sample_its_own_value(server: Server) -> None:
    samples = [
        ("so</think> \\boxed{4}", "4", 1.5, "correct"),
        ("so</think> \\boxed{5}", "4", 0.5, "incorrect"),
        ("I give up", "4", 0.0, "no_answer"),
        ("so</think> \\boxed{4}", 4, 1.5, "correct"),  # a number as the label
        ("so</think> \\boxed{4}", None, 0.5, "invalid_gold"),  # accuracy skips; format still counts
    ]
    status, reply = post(
        f"{server.url}/get_reward",
        {
            "query": [chat(response) for response, *_ in samples],
            "prompts": [CHATML_PROMPT] * len(samples),
            "labels": [label for _, label, *_ in samples],
        },
    )
    assert status == 200, reply
    read = openrlhf_reads(reply)
    assert read["reward"] == [expected for *_, expected, _ in samples]
    assert reply["details"]["status"] == [status for *_, status in samples]
    assert read["extra_logs"]["status/no_answer"] == [0.0, 0.0, 1.0, 0.0, 0.0]
    assert read["extra_logs"]["skipped"] == [0.0] * 5  # format scores the sample accuracy skips


def test_get_reward_when_the_prompt_is_not_in_the_query(server: Server) -> None:
    status, reply = post(
        f"{server.url}/get_reward",
        {"query": ["so</think> \\boxed{4}"], "prompts": ["a prompt the decoder changed"], "labels": ["4"]},
    )
    assert status == 200
    assert reply["rewards"] == [1.5]  # the whole query is scored
    assert reply["extra_logs"]["prompt_found"] == [0.0]


def test_health(server: Server) -> None:
    assert get(f"{server.url}/health") == (
        200,
        {
            "status": "ok",
            "version": reply_version(),
            "rewards": [{"spec": "accuracy", "weight": 1.0}, {"spec": "format", "weight": 0.5}],
        },
    )


def reply_version() -> str:
    from openrs_rewards import __version__

    return __version__


# -- slime /score ---------------------------------------------------------------------------------------------


def test_score_in_slimes_shape_is_a_bare_number(server: Server) -> None:
    payload = {"prompt": "What is 2 + 2?", "response": "so</think> \\boxed{4}<|im_end|>", "label": "4"}
    assert post(f"{server.url}/score", payload) == (200, 1.5)
    assert post(f"{server.url}/score", {**payload, "label": "5"}) == (200, 0.5)


def test_score_with_details(server: Server) -> None:
    status, reply = post(
        f"{server.url}/score?details=1",
        {"prompt": [{"role": "user", "content": "2 + 2?"}], "response": "I give up", "label": "4"},
    )
    assert (status, reply) == (200, {"score": 0.0, "skipped": 0.0, "status": "no_answer", "pred": ""})


# -- bad requests ---------------------------------------------------------------------------------------------

GOOD = {"query": [chat("so</think> \\boxed{4}")], "prompts": [CHATML_PROMPT], "labels": ["4"]}

BAD_REQUESTS = [
    pytest.param("/get_reward", b'{"query": ["a"', 400, "malformed JSON", id="truncated-json"),
    pytest.param("/get_reward", b"", 400, "empty", id="empty-body"),
    pytest.param("/get_reward", b'{"query": ["\xff"]}', 400, "not UTF-8", id="not-utf8"),
    pytest.param("/get_reward", b"[" * 100_000, 400, "malformed JSON", id="nested-too-deep"),
    pytest.param("/get_reward", b"[1, 2]", 422, "JSON object", id="array-body"),
    pytest.param("/get_reward", b'{"prompts": ["a"]}', 422, "'query' is missing", id="no-query"),
    pytest.param("/get_reward", b'{"query": "a"}', 422, "'query' must be a list", id="query-string"),
    pytest.param("/get_reward", b'{"query": ["a", 7]}', 422, "query[1] must be a string", id="query-item"),
    pytest.param(
        "/get_reward", b'{"query": ["a"], "prompts": ["a", "b"]}', 422, "'prompts' has 2", id="mismatch"
    ),
    pytest.param(
        "/get_reward", b'{"query": ["a"], "labels": []}', 422, "'labels' has 0", id="labels-mismatch"
    ),
    pytest.param(
        "/get_reward", b'{"query": ["a"], "labels": [{"x": 1}]}', 422, "labels[0]", id="label-object"
    ),
    pytest.param(
        "/get_reward", b'{"query": ["a"], "labels": "4"}', 422, "'labels' must be a list", id="labels-str"
    ),
    pytest.param(
        "/get_reward",
        json.dumps({"query": ["a"] * (MAX_BATCH + 1)}).encode(),
        413,
        "--max-batch",
        id="too-many",
    ),
    pytest.param(
        "/score", b'{"prompt": "p", "label": "4"}', 422, "'response' must be a string", id="no-response"
    ),
    pytest.param("/score", b'{"response": ["a"]}', 422, "'response' must be a string", id="response-list"),
    pytest.param("/score", b'{"response": "a", "label": true}', 422, "'label' must be", id="label-bool"),
    pytest.param("/score", b'{"response": "a", "prompt": 3}', 422, "'prompt' must be", id="prompt-number"),
    pytest.param("/score", b"nul", 400, "malformed JSON", id="score-bad-json"),
]


@pytest.mark.parametrize(("path", "body", "expected", "message"), BAD_REQUESTS)
def test_bad_request_gets_a_4xx_and_the_server_keeps_serving(
    server: Server, path: str, body: bytes, expected: int, message: str
) -> None:
    status, reply = post(server.url + path, body=body)
    assert status == expected, reply
    assert message in reply["error"]
    assert post(f"{server.url}/get_reward", GOOD)[1]["rewards"] == [1.5]


@pytest.mark.parametrize("path", ["/get_reward", "/score"])
def test_ten_megabyte_body_gets_413(server: Server, path: str) -> None:
    payload = {"query": ["x" * TEN_MB], "prompts": [""], "labels": ["4"]}
    status, reply = post(server.url + path, payload)
    assert status == 413
    assert f"at most {MAX_BODY_MB * 1024 * 1024} bytes" in reply["error"]
    assert post(f"{server.url}/get_reward", GOOD)[1]["rewards"] == [1.5]


def test_ten_megabyte_body_without_content_length_gets_413(server: Server) -> None:
    chunks = (b"x" * 65536 for _ in range(TEN_MB // 65536))  # sent chunked: the size is only known by reading
    request = urllib.request.Request(
        f"{server.url}/get_reward",
        data=chunks,
        method="POST",
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
    )
    status, reply = _open(request)
    assert status == 413
    assert "over" in reply["error"]
    assert post(f"{server.url}/get_reward", GOOD)[1]["rewards"] == [1.5]


def test_wrong_method_and_unknown_path(server: Server) -> None:
    assert get(f"{server.url}/get_reward")[0] == 405
    assert get(f"{server.url}/nothing_here")[0] == 404
    assert post(f"{server.url}/health", {})[0] == 405


# -- concurrency ----------------------------------------------------------------------------------------------


def test_32_concurrent_requests_all_answered_correctly(server: Server) -> None:
    def ask(number: int) -> tuple[int, Any]:
        gold = number if number % 3 else number + 1  # every third one wrong
        return post(
            f"{server.url}/get_reward",
            {
                "query": [chat(f"so</think> \\boxed{{{number}}}")],
                "prompts": [CHATML_PROMPT],
                "labels": [str(gold)],
            },
        )

    with ThreadPoolExecutor(max_workers=32) as pool:
        replies = list(pool.map(ask, range(32)))
    assert [status for status, _ in replies] == [200] * 32
    assert [reply["rewards"] for _, reply in replies] == [[0.5 if n % 3 == 0 else 1.5] for n in range(32)]


def test_bad_and_good_requests_at_once_none_lost(server: Server) -> None:
    def ask(number: int) -> tuple[int, Any]:
        if number % 2:
            return post(f"{server.url}/get_reward", body=b'{"query": [' + str(number).encode() + b"]}")
        return post(
            f"{server.url}/score", {"response": f"so</think> \\boxed{{{number}}}", "label": str(number)}
        )

    with ThreadPoolExecutor(max_workers=32) as pool:
        replies = list(pool.map(ask, range(32)))
    for number, (status, reply) in enumerate(replies):
        if number % 2:
            assert (status, reply) == (422, {"error": "query[0] must be a string, got a JSON number"})
        else:
            assert (status, reply) == (200, 1.5)


# -- in process: scoring, text, lifecycle, command line -------------------------------------------------------


def test_a_skipped_sample_is_sent_as_zero_and_recorded() -> None:
    scorer = RewardScorer(["accuracy"])
    responses = ["\\boxed{4}", "\\boxed{4}", "\\boxed{4}"]
    samples = asyncio.run(scorer.score(prompts=None, responses=responses, labels=["4", "", "5"]))
    assert [s.score for s in samples] == [1.0, 0.0, 0.0]
    assert [s.skipped for s in samples] == [False, True, False]
    assert [s.status for s in samples] == ["correct", "invalid_gold", "incorrect"]


def test_an_async_reward_is_awaited() -> None:
    scorer = RewardScorer(["accuracy_async"])
    (sample,) = asyncio.run(scorer.score(prompts=None, responses=["\\boxed{4}"], labels=["4"]))
    assert (sample.score, sample.status, sample.pred) == (1.0, "correct", "4")


def test_weights_must_match_the_rewards() -> None:
    with pytest.raises(ValueError, match="2 weights for 1 rewards"):
        RewardScorer(["accuracy"], weights=[1.0, 2.0])


def test_a_group_normalised_reward_is_refused() -> None:
    with pytest.raises(GroupRewardError, match="'length' normalises over each prompt's group"):
        RewardScorer(["accuracy", "length"])


def test_stopping_the_app_stops_the_verifier_pool() -> None:
    from openrs_rewards.verifiers import guard

    app = create_app(RewardScorer(["format"]), warm_up=True)

    async def start_and_stop() -> tuple[bool, bool]:
        async with app.router.lifespan_context(app):
            started = guard._POOL is not None and guard._POOL.pid == os.getpid()
        return started, guard._POOL is None

    assert asyncio.run(start_and_stop()) == (True, True)


@given(prompt=st.text(max_size=50), response=st.text(max_size=50))
def test_strip_prompt_gives_back_the_response(prompt: str, response: str) -> None:
    assert strip_prompt(prompt + response, prompt) == (response, True)


@given(
    response=st.text(max_size=40).filter(lambda text: strip_end_tokens(text) == text),
    tokens=st.lists(st.sampled_from(DEFAULT_END_TOKENS), max_size=3),
    gap=st.sampled_from(["", "\n", " "]),
)
def test_strip_end_tokens_removes_only_the_trailing_tokens(
    response: str, tokens: list[str], gap: str
) -> None:
    text = response + "".join(gap + token for token in tokens)
    expected = response if not tokens else response.rstrip()
    assert strip_end_tokens(text) == expected


def test_connections_are_marked_tcp_so_asyncio_turns_nagle_off() -> None:
    # asyncio sets TCP_NODELAY only on sockets whose proto is IPPROTO_TCP; an accepted socket copies the listening
    # one's. Without it every reply on a keep-alive connection (aiohttp's) waited 40 ms for a delayed ACK.
    listening = bind_socket("127.0.0.1", 0)
    listening.listen()
    with listening, socket.create_connection(listening.getsockname()[:2]):
        accepted, _ = listening.accept()
        with accepted:
            assert accepted.proto == socket.IPPROTO_TCP


def test_cli_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--reward", "no_such_reward"])
    assert exc.value.code == 2
    assert "no_such_reward" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--reward", "accuracy", "--weight", "1", "--weight", "2"])
    assert exc.value.code == 2
    assert "2 --weight for 1 --reward" in capsys.readouterr().err


def test_cli_prints_the_openrlhf_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--print-openrlhf-file"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.name == "openrlhf_reward_func.py" and path.is_file()
    assert "reward_func" in path.read_text()  # what OpenRLHF loads from it


def test_cli_port_in_use_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:
        code = main(["--reward", "format", "--port", str(taken.getsockname()[1]), "--no-warm-up"])
    finally:
        taken.close()
    assert code == 2
    assert "cannot listen on 127.0.0.1:" in capsys.readouterr().err


@contextmanager
def served_in_thread(scorer: RewardScorer) -> Iterator[str]:
    """``scorer`` served by uvicorn in a thread of this process (for rewards only this process knows)."""
    import uvicorn

    sock = bind_socket("127.0.0.1", 0)
    server = uvicorn.Server(uvicorn.Config(create_app(scorer, warm_up=False), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive(), "uvicorn stopped while starting"
        threading.Event().wait(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(60)
        sock.close()


def test_a_reward_that_raises_gets_500_and_the_server_keeps_serving(
    capfd: pytest.CaptureFixture[str],
) -> None:
    def fragile(completions: list[str], **kwargs: Any) -> list[float]:
        if "boom" in completions:
            raise RuntimeError("the reward broke")
        if "short" in completions:
            return []  # one value short: the call contract is broken
        return [1.0] * len(completions)

    with served_in_thread(RewardScorer([("fragile", fragile)])) as url:
        assert post(f"{url}/score", {"response": "boom"}) == (
            500,
            {"error": "reward 'fragile' failed: RuntimeError: the reward broke"},
        )
        status, reply = post(f"{url}/get_reward", {"query": ["short"]})
        assert status == 500 and "returned 0 values for 1 completions" in reply["error"]
        assert post(f"{url}/score", {"response": "fine"}) == (200, 1.0)
    assert "RuntimeError: the reward broke" in capfd.readouterr().err


# -- graceful shutdown ----------------------------------------------------------------------------------------

# A server whose one reward waits for the test's go-ahead, so a request is surely in flight at SIGTERM.
GATED_SERVER = """
import sys, time, pathlib
from openrs_rewards import plugins
from openrs_rewards.cli.serve import main
from openrs_rewards.integrations._common import GroupRewardError

started, release = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])

class WaitForRelease:
    def __call__(self, completions, **kwargs):
        started.write_text("in flight")
        deadline = time.monotonic() + 120
        while not release.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        return [float(len(c)) for c in completions]

plugins.register("wait_for_release", WaitForRelease)
sys.exit(main(sys.argv[3:]))
"""


def test_sigterm_finishes_the_request_in_flight_then_stops(tmp_path: Path) -> None:
    started, release = tmp_path / "started", tmp_path / "release"
    server = Server(
        [str(started), str(release), "--reward", "wait_for_release", "--port", "0", "--no-warm-up"],
        script=GATED_SERVER,
    )
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            in_flight = pool.submit(post, f"{server.url}/score", {"response": "abcd"})
            while not started.exists():
                assert not in_flight.done(), in_flight.result()
                threading.Event().wait(0.01)
            # A synchronous reward runs in a thread: the event loop still answers while it works.
            assert get(f"{server.url}/health")[0] == 200
            assert not in_flight.done()
            server.process.send_signal(signal.SIGTERM)
            # The server stops accepting connections before the request in flight ends.
            while _accepts(server.port):
                assert server.process.poll() is None
                threading.Event().wait(0.01)
            assert not in_flight.done()
            release.write_text("go")
            assert in_flight.result(timeout=60) == (200, 4.0)
        assert server.process.wait(timeout=60) == 0
    finally:
        release.write_text("go")
        server.stop()
    assert "stopped by SIGTERM" in "".join(server.lines)


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False
