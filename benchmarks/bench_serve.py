"""Load test of ``openrs-serve``: requests per second and latency (p50, p99) at 1, 8 and 64 concurrent clients.

Starts ``openrs-serve --reward accuracy --port 0`` in a subprocess (or uses ``--url`` of a running one) and sends
OpenRLHF's request, one query per request as OpenRLHF does: ``POST /get_reward`` with ``{"query": [prompt +
completion + "<|im_end|>"], "prompts": [prompt], "labels": [gold]}``. The completions are the 80 real long
chain-of-thought completions of ``examples/preds.jsonl`` (median 4.3k characters) against their golds; each request
puts a unique tag in front of its completion so that no verdict comes from the reward's verdict cache (every request
is verified). Each client is a thread with its own keep-alive HTTP connection.

Each concurrency level stops after ``--requests`` requests or ``--seconds`` seconds, whichever comes first (the
requests in flight then finish and count). Every reply is checked: status 200 and the reward the verifier gives the
same completion in this process (``verify(...).correct``); a wrong or failed reply is counted and printed.

Run by hand (not a test; the machine is shared, so the load is printed with the numbers):

    python benchmarks/bench_serve.py [--clients 1,8,64] [--requests 2000] [--seconds 30] [--url http://...]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PREDS = ROOT / "examples" / "preds.jsonl"
PROMPT = (
    "<|im_start|>user\n{problem}\nPut the final answer in \\boxed{{}}.<|im_end|>\n<|im_start|>assistant\n"
)


@dataclass
class Level:
    clients: int
    latencies: list[float] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    seconds: float = 0.0


def load_samples() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in PREDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        {
            "prompt": PROMPT.format(problem=row["problem"]),
            "completion": row["completion"],
            "gold": row["gold"],
        }
        for row in rows
    ]


def expected_rewards(samples: list[dict[str, Any]]) -> list[float]:
    """What the accuracy reward gives each completion, from the verifier in this process (the reward's options)."""
    from openrs_rewards import verify_batch
    from openrs_rewards.verifiers.options import REWARD_OPTIONS

    verdicts = verify_batch(
        [s["completion"] for s in samples], [s["gold"] for s in samples], options=REWARD_OPTIONS
    )
    return [1.0 if v.correct else 0.0 for v in verdicts]


@contextmanager
def running_server(url: str | None) -> Iterator[str]:
    if url:
        yield url.rstrip("/")
        return
    command = [sys.executable, "-m", "openrs_rewards.cli.serve", "--reward", "accuracy", "--port", "0"]
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if "listening on http://" in line:
                found = line.split("listening on ")[1].split()[0]
                break
        else:
            raise SystemExit(f"openrs-serve did not start (exit status {process.wait()})")
        threading.Thread(target=lambda: [None for _ in process.stderr or ()], daemon=True).start()
        yield found
    finally:
        process.terminate()
        process.wait(timeout=60)


def run_level(
    url: str, level: Level, samples: list[dict[str, Any]], expected: list[float], limit: int, seconds: float
) -> None:
    parsed = urllib.parse.urlsplit(url)
    counter = iter(range(limit))
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def connect() -> http.client.HTTPConnection:
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=300)
        connection.connect()
        # As aiohttp (OpenRLHF's and slime's client) does: http.client sends the headers and the body in two
        # writes, which Nagle's algorithm and delayed ACKs would hold back by 40 ms.
        connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection

    def client() -> None:
        connection = connect()
        while time.monotonic() < deadline:
            with lock:
                number = next(counter, None)
            if number is None:
                break
            index = number % len(samples)
            sample = samples[index]
            completion = f"[request {number} at {level.clients} clients] " + sample["completion"]
            body = json.dumps(
                {
                    "query": [sample["prompt"] + completion + "<|im_end|>"],
                    "prompts": [sample["prompt"]],
                    "labels": [sample["gold"]],
                }
            ).encode()
            started = time.perf_counter()
            try:
                connection.request("POST", "/get_reward", body, {"Content-Type": "application/json"})
                response = connection.getresponse()
                reply = response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as exc:
                connection.close()
                connection = connect()
                with lock:
                    level.wrong.append(f"request {number}: {type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - started
            with lock:
                level.latencies.append(elapsed)
                if status != 200:
                    level.wrong.append(f"request {number}: HTTP {status}: {reply[:200]!r}")
                elif json.loads(reply)["rewards"] != [expected[index]]:
                    level.wrong.append(
                        f"request {number}: reward {json.loads(reply)['rewards']} != {expected[index]}"
                    )
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(level.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    level.seconds = time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", default="1,8,64", help="concurrency levels (default %(default)s)")
    parser.add_argument(
        "--requests", type=int, default=2000, help="most requests per level (default %(default)s)"
    )
    parser.add_argument(
        "--seconds", type=float, default=30.0, help="most seconds per level (default %(default)s)"
    )
    parser.add_argument("--url", help="a running openrs-serve (default: start one)")
    args = parser.parse_args()
    levels = [Level(int(text)) for text in args.clients.split(",")]

    samples = load_samples()
    expected = expected_rewards(samples)
    load_before = os.getloadavg()[0]
    with running_server(args.url) as url:
        # One request first: the server's verifier workers and gold cache are then warm for every level alike.
        run_level(url, Level(1), samples, expected, 1, 300)
        for level in levels:
            run_level(url, level, samples, expected, args.requests, args.seconds)
            print(
                f"{level.clients} clients: {len(level.latencies)} requests in {level.seconds:.1f} s",
                file=sys.stderr,
            )
    load_after = os.getloadavg()[0]

    print(
        f"openrs-serve --reward accuracy, OpenRLHF-shaped /get_reward (one query of ~4.3k chars, no verdict cache "
        f"hits); {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}; 1-minute load {load_before:.1f} before, {load_after:.1f} after\n"
    )
    print("| clients | requests | seconds | requests/s | p50 ms | p99 ms | max ms | wrong or failed |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for level in levels:
        done = level.latencies
        if not done:
            print(f"| {level.clients} | 0 | {level.seconds:.1f} | - | - | - | - | {len(level.wrong)} |")
            continue
        print(
            f"| {level.clients} | {len(done)} | {level.seconds:.1f} | {len(done) / level.seconds:.1f} "
            f"| {statistics.median(done) * 1000:.1f} | {percentile(done, 0.99) * 1000:.1f} "
            f"| {max(done) * 1000:.1f} | {len(level.wrong)} |"
        )
    for level in levels:
        for line in level.wrong[:10]:
            print(f"{level.clients} clients: {line}", file=sys.stderr)
    return 1 if any(level.wrong for level in levels) else 0


if __name__ == "__main__":
    sys.exit(main())
