"""``openrs-serve``: any registered reward behind HTTP, for RL frameworks that call a remote reward model.

Endpoints (JSON in, JSON out):

- ``POST /get_reward``, OpenRLHF's remote reward model (``--reward.remote_url http://127.0.0.1:5000/get_reward``).
  OpenRLHF 0.11 (``openrlhf/utils/agent.py``, ``SingleTurnAgentExecutor._fetch_rewards_via_http``) posts
  ``{"query": [...], "prompts": [...], "labels": [...]}`` with aiohttp's ``json=`` and reads ``"rewards"``,
  ``"scores"`` and ``"extra_logs"`` from the reply. A query is the prompt and the response decoded together with
  their special tokens, so the prompt is cut off the front (:func:`strip_prompt`) and trailing end-of-turn tokens
  off the back (:func:`strip_end_tokens`) before the rewards see the response. OpenRLHF turns every
  ``extra_logs`` value into a tensor (``torch.tensor([value])`` in ``samples_generator.py``), where a string would
  crash the rollout, so ``extra_logs`` holds numbers only, the same columns as the ``reward_func`` file
  (:func:`openrs_rewards.integrations.openrlhf.extra_logs`): ``skipped`` (1.0 where the reward gave no value,
  which is sent as 0.0), ``prompt_found`` (0.0 where the prompt was not in the query, so the whole query was
  scored), ``answered`` and one 0/1 column per verifier status (``status/correct``, ``status/no_answer`` ...). The
  verifier's status and extracted answer as text are in ``"details": {"status": [...], "pred": [...]}``, which
  OpenRLHF ignores and a person reads.
- ``POST /score``, slime's remote reward model (``--rm-type remote_rm --rm-url http://127.0.0.1:5000/score``):
  slime (``slime/rollout/rm_hub/__init__.py``, ``remote_rm``) posts ``{"prompt", "response", "label"}`` and uses
  the JSON reply itself as the sample's reward, so the reply is a bare number. ``/score?details=1`` replies
  ``{"score", "skipped", "status", "pred"}`` instead (for slime's ``--reward-key score``).
- ``GET /health``: ``{"status": "ok", "rewards": [...]}``.

Rewards are called as every framework adapter calls them (:func:`openrs_rewards.integrations._common.ascore_samples`,
through :func:`~openrs_rewards.rewards.calling.acall_reward` / :func:`~openrs_rewards.rewards.calling.call_reward`):
labels arrive as the dataset columns ``answer`` and ``label``; an ``async`` reward is awaited on the event loop and
a synchronous one runs in one of the server's threads, so the event loop never blocks and concurrent requests are
verified at the same time by the process's verifier worker pool. Several rewards are one
:class:`~openrs_rewards.rewards.compose.WeightedSum`; a group-normalised reward is refused at start.

Bad requests never stop the server: a body over the size limit gets 413, malformed JSON 400, a body of the wrong
shape (wrong types, lists of different lengths, a missing field) 422, each with ``{"error": "<what and where>"}``;
a reward that raises gets 500 with the reward's message. SIGTERM or SIGINT stops accepting connections, lets the
requests in flight finish (``graceful_timeout`` seconds at most), then stops the verifier workers.

The web stack (starlette, uvicorn) is the ``[serve]`` extra and is imported only when a server is built.

>>> scorer = RewardScorer(["format"])
>>> import asyncio
>>> asyncio.run(scorer.score(prompts=["2+2?"], responses=["4</think> 4"], labels=["4"]))[0].score
1.0
>>> strip_prompt("<|im_start|>user 2+2?<|im_end|>4<|im_end|>", "<|im_start|>user 2+2?<|im_end|>")
('4<|im_end|>', True)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request

    from openrs_rewards.integrations._common import SampleScore

__all__ = [
    "DEFAULT_END_TOKENS",
    "DEFAULT_HOST",
    "DEFAULT_MAX_BATCH",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_PORT",
    "BadRequest",
    "RewardScorer",
    "bind_socket",
    "create_app",
    "serve",
    "strip_end_tokens",
    "strip_prompt",
]

#: Loopback: the server has no authentication, so reaching it from other machines is opt-in (``--host``).
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5000  # OpenRLHF's own serve_rm default, so its documented --reward.remote_url works unchanged
#: 4 MiB: OpenRLHF sends one query per request and slime one sample; a 32k-token completion is about 130 kB.
DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024
DEFAULT_MAX_BATCH = 1024  # queries in one /get_reward request
#: An oversized body is read and thrown away up to this size, so the client gets its 413 instead of a reset
#: connection; beyond it the server answers at once and closes the connection.
DRAIN_LIMIT_BYTES = 64 * 1024 * 1024
#: End-of-turn tokens a decoded query may end with (Qwen / ChatML, Llama 2 and 3, DeepSeek, Phi, Gemma, GPT-2).
DEFAULT_END_TOKENS: tuple[str, ...] = (
    "<|im_end|>",
    "<|endoftext|>",
    "<|eot_id|>",
    "<|end_of_text|>",
    "<｜end▁of▁sentence｜>",
    "<|end|>",
    "<end_of_turn>",
    "<eos>",
    "</s>",
)


class BadRequest(Exception):
    """A request the server refuses: ``status`` (4xx) and a message naming the field at fault."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# -- text ---------------------------------------------------------------------------------------------------------


def strip_prompt(query: str, prompt: str | None) -> tuple[str, bool]:
    """The response in ``query`` (the prompt and response decoded together), and whether the prompt was found.

    The prompt is expected at the front; a prefix before it (a BOS token the decoder added) is dropped too. When
    the prompt is not in the query at all (the framework cut it down to fit, say) the whole query is the response.

    >>> strip_prompt("<s>Q: 1+1? A: 2", "Q: 1+1? A:")
    (' 2', True)
    >>> strip_prompt("something else", "Q: 1+1?")
    ('something else', False)
    """
    if not prompt:
        return query, prompt is not None
    if query.startswith(prompt):
        return query[len(prompt) :], True
    start = query.find(prompt)
    if start == -1:
        return query, False
    return query[start + len(prompt) :], True


def strip_end_tokens(text: str, end_tokens: Sequence[str] = DEFAULT_END_TOKENS) -> str:
    """``text`` without the end-of-turn tokens it ends with and the whitespace around them; unchanged when it ends
    with none, so a response ending in whitespace keeps it.

    >>> strip_end_tokens("<think>2+2</think> 4<|im_end|>\\n<|endoftext|>")
    '<think>2+2</think> 4'
    >>> strip_end_tokens("4 ")
    '4 '
    """
    stripped = text
    while True:
        trimmed = stripped.rstrip()
        token = next((t for t in end_tokens if t and trimmed.endswith(t)), None)
        if token is None:
            return text if stripped is text else trimmed
        stripped = trimmed[: -len(token)]


# -- scoring ------------------------------------------------------------------------------------------------------


class RewardScorer:
    """The rewards a server scores with, and how one batch is scored.

    Args:
        rewards: reward specs (``"accuracy"``, ``"cosine(max_len=3584)"``), ``(label, reward)`` pairs or reward
            callables, as :func:`~openrs_rewards.scoring.pipeline.load_rewards` takes them.
        weights: one weight per reward (default 1.0 each). More than one reward, or a weight other than 1, makes
            one :class:`~openrs_rewards.rewards.compose.WeightedSum`: a sample every part skips is skipped.

    Raises :class:`~openrs_rewards.scoring.pipeline.RewardSpecError` for a spec that cannot be built, and
    :class:`~openrs_rewards.integrations._common.GroupRewardError` for a group-normalised reward (Kimi's
    ``length``): OpenRLHF sends one query per request and slime one sample, so its group would be one sample.

    >>> RewardScorer(["accuracy", "cosine(max_len=100)"], weights=[1.0, 0.5]).parts
    [('accuracy', 1.0), ('cosine(max_len=100)', 0.5)]
    """

    def __init__(self, rewards: Sequence[Any], weights: Sequence[float] | None = None) -> None:
        from openrs_rewards.integrations._common import GroupRewardError, is_group_normalised
        from openrs_rewards.rewards.compose import WeightedSum
        from openrs_rewards.scoring.pipeline import load_rewards

        loaded = load_rewards(rewards)
        if not loaded:
            raise ValueError("give at least one reward")
        if weights is None:
            weights = [1.0] * len(loaded)
        if len(weights) != len(loaded):
            raise ValueError(f"{len(weights)} weights for {len(loaded)} rewards; give one weight per reward")
        self.parts = [(label, float(weight)) for (label, _), weight in zip(loaded, weights, strict=True)]
        grouped = [label for label, reward in loaded if is_group_normalised(reward)]
        if grouped:
            raise GroupRewardError(
                f"the reward {grouped[0]!r} normalises over each prompt's group of generations, but openrs-serve "
                "scores each request on its own (OpenRLHF sends one query per request, slime one sample), so every "
                "reward would be 0; use a per-sample reward (accuracy, cosine, format, ...)"
            )
        if len(loaded) == 1 and self.parts[0][1] == 1.0:
            self.label, self.reward = loaded[0]
        else:
            self.label = " + ".join(f"{weight:g}*{label}" for label, weight in self.parts)
            self.reward = WeightedSum(
                [(reward, weight) for (_, reward), (_, weight) in zip(loaded, self.parts, strict=True)]
            )

    async def score(
        self, *, prompts: Sequence[Any] | None, responses: Sequence[str], labels: Sequence[Any] | None
    ) -> list[SampleScore]:
        """Score ``responses`` against their gold ``labels`` (None: no gold), with their ``prompts`` (or None),
        through :func:`~openrs_rewards.integrations._common.ascore_samples`: an ``async`` reward is awaited, a
        synchronous one runs in a thread of the event loop's default executor."""
        from openrs_rewards.integrations._common import ascore_samples

        golds = list(labels) if labels is not None else [None] * len(responses)
        return await ascore_samples(
            self.reward, list(responses), golds, prompts=prompts, batch="an openrs-serve request"
        )


# -- requests -----------------------------------------------------------------------------------------------------


async def _read_json(request: Request, max_body_bytes: int) -> Any:
    declared = request.headers.get("content-length")
    limit = f"this server takes at most {max_body_bytes} bytes (openrs-serve --max-body-mb)"
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise BadRequest(400, f"Content-Length {declared!r} is not a number") from None
        if length > max_body_bytes:
            if length <= DRAIN_LIMIT_BYTES:
                await _drain(request)
            raise BadRequest(413, f"the body is {length} bytes; {limit}")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body_bytes:
            await _drain(request, already=size)
            raise BadRequest(413, f"the body is over {max_body_bytes} bytes; {limit}")
        chunks.append(chunk)
    body = b"".join(chunks)
    if not body.strip():
        raise BadRequest(400, "the body is empty; send a JSON object")
    try:
        return json.loads(body)
    except UnicodeDecodeError as exc:
        raise BadRequest(400, f"the body is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise BadRequest(400, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise BadRequest(400, "malformed JSON: nested too deeply") from None


async def _drain(request: Request, already: int = 0) -> None:
    """Read and drop the rest of an oversized body (up to :data:`DRAIN_LIMIT_BYTES`)."""
    size = already
    with contextlib.suppress(Exception):
        async for chunk in request.stream():
            size += len(chunk)
            if size > DRAIN_LIMIT_BYTES:
                return


def _object(body: Any, fields: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise BadRequest(422, f"the body must be a JSON object with {fields}, got a JSON {_json_type(body)}")
    return body


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _strings(body: Mapping[str, Any], name: str, *, required: bool, max_batch: int) -> list[str] | None:
    value = body.get(name)
    if value is None:
        if required:
            raise BadRequest(422, f"{name!r} is missing: give a list of strings")
        return None
    if not isinstance(value, list):
        raise BadRequest(422, f"{name!r} must be a list of strings, got a JSON {_json_type(value)}")
    if len(value) > max_batch:
        raise BadRequest(
            413,
            f"{name!r} has {len(value)} items; this server takes at most {max_batch} (openrs-serve --max-batch)",
        )
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise BadRequest(422, f"{name}[{index}] must be a string, got a JSON {_json_type(item)}")
    return value


def _label(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise BadRequest(422, f"{where} must be a string, a number or null, got a JSON {_json_type(value)}")


def _prompt(value: Any) -> Any:
    """slime's prompt: text, or the chat messages when it does not apply the chat template."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(m, dict) for m in value):
        return value
    raise BadRequest(
        422, f"'prompt' must be a string, a list of chat messages or null, got a JSON {_json_type(value)}"
    )


# -- the app ------------------------------------------------------------------------------------------------------


def create_app(
    scorer: RewardScorer,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_batch: int = DEFAULT_MAX_BATCH,
    end_tokens: Sequence[str] = DEFAULT_END_TOKENS,
    threads: int = 32,
    warm_up: bool = True,
) -> Starlette:
    """The ASGI app serving ``scorer`` (see the module docstring for the endpoints).

    Starting it (its lifespan) gives the event loop ``threads`` threads for synchronous rewards and warms up the
    verifier workers (``warm_up``); stopping it waits for those threads and stops the verifier workers.

    >>> app = create_app(RewardScorer(["format"]), warm_up=False)
    >>> sorted(route.path for route in app.routes)
    ['/get_reward', '/health', '/score']
    """
    try:
        from starlette.applications import Starlette
        from starlette.exceptions import HTTPException
        from starlette.responses import JSONResponse
        from starlette.routing import Route
    except ImportError as exc:
        raise ImportError(
            f"openrs-serve needs starlette and uvicorn: pip install 'openrs-rewards[serve]' ({exc})"
        ) from exc

    from openrs_rewards.integrations.openrlhf import extra_logs as openrlhf_extra_logs

    tokens = tuple(end_tokens)

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    def failed(exc: Exception) -> JSONResponse:
        """A reward raised: 500 with its message, and the traceback on the server's standard error."""
        message = f"reward {scorer.label!r} failed: {type(exc).__name__}: {exc}"
        print(f"openrs-serve: {message}", file=sys.stderr)
        traceback.print_exception(exc, file=sys.stderr)
        return error(500, message)

    async def get_reward(request: Request) -> JSONResponse:
        try:
            body = _object(await _read_json(request, max_body_bytes), "'query', 'prompts' and 'labels'")
            queries = _strings(body, "query", required=True, max_batch=max_batch)
            assert queries is not None
            prompts = _strings(body, "prompts", required=False, max_batch=max_batch)
            raw_labels = body.get("labels")
            if raw_labels is not None and not isinstance(raw_labels, list):
                raise BadRequest(422, f"'labels' must be a list, got a JSON {_json_type(raw_labels)}")
            for name, values in (("prompts", prompts), ("labels", raw_labels)):
                if values is not None and len(values) != len(queries):
                    raise BadRequest(
                        422,
                        f"{name!r} has {len(values)} items but 'query' has {len(queries)}; give one per query",
                    )
            labels = (
                None
                if raw_labels is None
                else [_label(value, f"labels[{index}]") for index, value in enumerate(raw_labels)]
            )
        except BadRequest as exc:
            return error(exc.status, exc.message)
        responses: list[str] = []
        found: list[bool] = []
        for index, query in enumerate(queries):
            response, prompt_found = strip_prompt(query, None if prompts is None else prompts[index])
            responses.append(strip_end_tokens(response, tokens))
            found.append(prompt_found)
        try:
            samples = await scorer.score(prompts=prompts, responses=responses, labels=labels)
        except Exception as exc:
            return failed(exc)
        rewards = [sample.score for sample in samples]
        return JSONResponse(
            {
                "rewards": rewards,
                "scores": rewards,
                # the same columns as the reward_func file (openrs_rewards.integrations.openrlhf) logs
                "extra_logs": openrlhf_extra_logs(samples, found),
                "details": {
                    "status": [sample.status for sample in samples],
                    "pred": [sample.pred for sample in samples],
                },
            }
        )

    async def score(request: Request) -> JSONResponse:
        try:
            body = _object(await _read_json(request, max_body_bytes), "'prompt', 'response' and 'label'")
            response = body.get("response")
            if not isinstance(response, str):
                what = "missing" if "response" not in body else f"a JSON {_json_type(response)}"
                raise BadRequest(422, f"'response' must be a string, got {what}")
            prompt = _prompt(body.get("prompt"))
            label = _label(body.get("label"), "'label'")
        except BadRequest as exc:
            return error(exc.status, exc.message)
        try:
            (sample,) = await scorer.score(
                prompts=[prompt], responses=[strip_end_tokens(response, tokens)], labels=[label]
            )
        except Exception as exc:
            return failed(exc)
        if request.query_params.get("details", "").lower() not in ("1", "true", "yes"):
            return JSONResponse(sample.score)
        return JSONResponse({"score": sample.score, **sample.extra()})

    async def health(request: Request) -> JSONResponse:
        from openrs_rewards import __version__

        return JSONResponse(
            {
                "status": "ok",
                "version": __version__,
                "rewards": [{"spec": label, "weight": weight} for label, weight in scorer.parts],
            }
        )

    async def http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        from openrs_rewards.verifiers import guard

        # Synchronous rewards run in the loop's default executor (asyncio.to_thread); each thread mostly waits
        # on a verifier worker, so there are more threads than CPUs.
        executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="openrs-serve")
        asyncio.get_running_loop().set_default_executor(executor)
        if warm_up:
            await asyncio.to_thread(guard.warm_up)
        try:
            yield
        finally:
            # uvicorn has let the requests in flight finish (or given up on them) by now.
            executor.shutdown(wait=True, cancel_futures=True)
            guard.shutdown()

    return Starlette(
        routes=[
            Route("/get_reward", get_reward, methods=["POST"]),
            Route("/score", score, methods=["POST"]),
            Route("/health", health, methods=["GET"]),
        ],
        exception_handlers={HTTPException: http_error},
        lifespan=lifespan,
    )


# -- serving ------------------------------------------------------------------------------------------------------


def bind_socket(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> socket.socket:
    """A listening-ready TCP socket on ``host:port`` (port 0: a free one; read it from ``getsockname()``).

    >>> sock = bind_socket("127.0.0.1", 0)
    >>> sock.getsockname()[1] > 0
    True
    >>> sock.close()
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP: asyncio turns Nagle's algorithm off only on connections whose socket says TCP (the
    # accepted ones copy it from this one); with proto 0, every reply on a keep-alive connection waited 40 ms
    # for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _uvicorn_server() -> Any:
    try:
        import uvicorn
    except ImportError as exc:
        raise ImportError(
            f"openrs-serve needs starlette and uvicorn: pip install 'openrs-rewards[serve]' ({exc})"
        ) from exc

    class Server(uvicorn.Server):
        """uvicorn's server, saying when it takes connections (after the app's startup, when it listens)."""

        def __init__(self, config: uvicorn.Config, on_started: Callable[[], None]) -> None:
            super().__init__(config)
            self.on_started = on_started

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                self.on_started()

    return Server


def serve(
    scorer: RewardScorer,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_batch: int = DEFAULT_MAX_BATCH,
    end_tokens: Sequence[str] = DEFAULT_END_TOKENS,
    threads: int = 32,
    graceful_timeout: float = 30.0,
    access_log: bool = False,
    warm_up: bool = True,
) -> None:
    """Serve ``scorer`` until SIGTERM or SIGINT; then finish the requests in flight (at most ``graceful_timeout``
    seconds) and stop the verifier workers. Prints ``openrs-serve: listening on http://HOST:PORT`` on standard
    error once it takes requests. Raises ``OSError`` when ``host:port`` cannot be bound."""
    server_class = _uvicorn_server()
    import uvicorn

    sock = bind_socket(host, port)
    bound_host, bound_port = sock.getsockname()[:2]
    shown = f"[{bound_host}]" if ":" in bound_host else bound_host

    def ready() -> None:
        rewards = ", ".join(f"{weight:g} x {label}" for label, weight in scorer.parts)
        print(
            f"openrs-serve: listening on http://{shown}:{bound_port} (rewards: {rewards})",
            file=sys.stderr,
            flush=True,
        )

    app = create_app(
        scorer,
        max_body_bytes=max_body_bytes,
        max_batch=max_batch,
        end_tokens=end_tokens,
        threads=threads,
        warm_up=warm_up,
    )
    config = uvicorn.Config(
        app,
        lifespan="on",
        log_level="info" if access_log else "warning",
        access_log=access_log,
        timeout_graceful_shutdown=max(1, round(graceful_timeout)),
        backlog=2048,
    )
    # uvicorn restores the signal handlers it found and raises the signal it stopped on again once it has shut
    # down; with these handlers in place that second signal is only noted, so the process ends normally.
    stopped_by: list[str] = []
    previous: dict[signal.Signals, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for stop_signal in (signal.SIGINT, signal.SIGTERM):
            previous[stop_signal] = signal.signal(
                stop_signal, lambda sig, _frame: stopped_by.append(signal.Signals(sig).name)
            )
    started = time.monotonic()
    try:
        server_class(config, on_started=ready).run(sockets=[sock])
    finally:
        sock.close()
        for stop_signal, handler in previous.items():
            signal.signal(stop_signal, handler)
    why = f" by {stopped_by[0]}" if stopped_by else ""
    print(f"openrs-serve: stopped{why} after {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
