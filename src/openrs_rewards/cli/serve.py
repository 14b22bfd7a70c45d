"""``openrs-serve``: serve any registered reward over HTTP (OpenRLHF's ``/get_reward``, slime's ``/score``).

::

    openrs-serve                                              # accuracy on http://127.0.0.1:5000
    openrs-serve --reward accuracy --reward "cosine(max_len=3584)" --weight 1 --weight 0.5
    openrs-serve --reward "accuracy(timeout=2)" --host 0.0.0.0 --port 8000 --max-body-mb 16
    openrs-serve --print-openrlhf-file                        # OpenRLHF without a server: its reward_func file

Then point the framework at it: OpenRLHF ``--reward.remote_url http://127.0.0.1:5000/get_reward``; slime
``--rm-type remote_rm --rm-url http://127.0.0.1:5000/score``. The endpoints, their JSON and their status codes are
described in :mod:`openrs_rewards.integrations.server`. Needs the ``[serve]`` extra (starlette, uvicorn).

Exit status: 0 after SIGTERM or SIGINT (the requests in flight are finished first); 2 for a usage error (a bad reward
spec, weights that do not match the rewards, an address that cannot be bound, the web stack missing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from openrs_rewards import __version__
from openrs_rewards.cli._argtypes import positive_float, positive_int

__all__ = ["build_parser", "main"]


def _finite_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a port number, got {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``openrs-serve``.

    >>> args = build_parser().parse_args(["--reward", "accuracy", "--port", "0"])
    >>> args.reward, args.host, args.port
    (['accuracy'], '127.0.0.1', 0)
    """
    from openrs_rewards.integrations import server

    parser = argparse.ArgumentParser(
        prog="openrs-serve",
        description="Serve openrs-rewards rewards over HTTP: POST /get_reward (OpenRLHF), POST /score (slime), "
        "GET /health.",
    )
    parser.add_argument(
        "--reward",
        action="append",
        metavar="SPEC",
        help='a registered reward spec, e.g. accuracy or "cosine(max_len=3584)"; repeat for a weighted sum '
        "(default: accuracy)",
    )
    parser.add_argument(
        "--weight",
        action="append",
        type=_finite_float,
        metavar="W",
        help="the weight of each --reward, in order (default 1 each)",
    )
    parser.add_argument(
        "--host",
        default=server.DEFAULT_HOST,
        help="address to listen on (default %(default)s: this machine only; 0.0.0.0 exposes the server, which has "
        "no authentication, to the network)",
    )
    parser.add_argument(
        "--port", type=_port, default=server.DEFAULT_PORT, help="port (default %(default)s; 0: any free)"
    )
    parser.add_argument(
        "--max-body-mb",
        type=positive_float,
        default=server.DEFAULT_MAX_BODY_BYTES / 2**20,
        help="largest request body in MiB; larger ones get 413 (default %(default)g)",
    )
    parser.add_argument(
        "--max-batch",
        type=positive_int,
        default=server.DEFAULT_MAX_BATCH,
        help="most queries in one /get_reward request (default %(default)s)",
    )
    parser.add_argument(
        "--threads",
        type=positive_int,
        default=32,
        help="threads running synchronous rewards at once; each waits on the verifier workers (default %(default)s)",
    )
    parser.add_argument(
        "--end-token",
        action="append",
        default=[],
        metavar="TEXT",
        help="another end-of-turn token to cut off the end of responses (besides ChatML, Llama, DeepSeek, Gemma ...)",
    )
    parser.add_argument(
        "--graceful-timeout",
        type=positive_float,
        default=30.0,
        help="seconds the requests in flight get to finish after SIGTERM / SIGINT (default %(default)g)",
    )
    parser.add_argument("--access-log", action="store_true", help="log every request on standard error")
    parser.add_argument(
        "--no-warm-up",
        dest="warm_up",
        action="store_false",
        help="do not start the verifier workers before taking requests (the first request then waits for them)",
    )
    parser.add_argument(
        "--print-openrlhf-file",
        action="store_true",
        help="print the path of the reward_func file for OpenRLHF's --reward.remote_url (scoring in the "
        "training process itself, without a server) and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``openrs-serve``; returns the exit status."""
    from openrs_rewards.integrations import server
    from openrs_rewards.integrations._common import GroupRewardError
    from openrs_rewards.scoring.pipeline import RewardSpecError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.print_openrlhf_file:
        from openrs_rewards.integrations.openrlhf import main as print_openrlhf_file

        return print_openrlhf_file()
    rewards = args.reward or ["accuracy"]
    if args.weight is not None and len(args.weight) != len(rewards):
        parser.error(f"{len(args.weight)} --weight for {len(rewards)} --reward; give one weight per reward")
    try:
        scorer = server.RewardScorer(rewards, args.weight)
    except (RewardSpecError, GroupRewardError) as exc:
        parser.error(str(exc))
    try:
        server.serve(
            scorer,
            host=args.host,
            port=args.port,
            max_body_bytes=int(args.max_body_mb * 2**20),
            max_batch=args.max_batch,
            end_tokens=(*server.DEFAULT_END_TOKENS, *args.end_token),
            threads=args.threads,
            graceful_timeout=args.graceful_timeout,
            access_log=args.access_log,
            warm_up=args.warm_up,
        )
    except ImportError as exc:
        print(f"openrs-serve: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"openrs-serve: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
