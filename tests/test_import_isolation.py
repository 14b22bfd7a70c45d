"""Importing the package (and verifying with it) pulls in no ML framework, and ``import openrs_rewards`` no sympy.

Each check runs in a fresh interpreter, since this test process may already have imported anything.
(tests/test_data.py checks ``openrs_rewards.data`` alone and tests/test_numeric.py the fast path alone; these cover
the whole public surface.)
"""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("torch", "trl", "transformers", "vllm", "ray")
# mpmath may load in the caller: the bounded expression stage evaluates with it (pure Python, ~75 ms to import).
SYMBOLIC = ("sympy", "latex2sympy2_extended", "math_verify")


def imported_after(code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter; report which heavy / symbolic modules it left in ``sys.modules``."""
    program = (
        "import json, sys\n"
        f"{code}\n"
        f"heavy = sorted(m for m in {HEAVY!r} if m in sys.modules)\n"
        f"symbolic = sorted(m for m in {SYMBOLIC!r} if m in sys.modules)\n"
        "print(json.dumps({'heavy': heavy, 'symbolic': symbolic, 'result': globals().get('result')}))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=240, check=False
    )
    assert completed.returncode == 0, completed.stderr
    found: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return found


def test_public_packages_import_no_ml_framework() -> None:
    found = imported_after(
        "import openrs_rewards, openrs_rewards.rewards, openrs_rewards.plugins, openrs_rewards.scoring, "
        "openrs_rewards.data\n"
        "result = [openrs_rewards.__version__, callable(openrs_rewards.verify)]"
    )
    assert found["heavy"] == []
    assert found["result"] == ["0.1.0", True]


def test_import_openrs_rewards_defers_sympy() -> None:
    found = imported_after("import openrs_rewards\nresult = openrs_rewards.__name__")
    assert found == {"heavy": [], "symbolic": [], "result": "openrs_rewards"}


def test_verifying_imports_no_ml_framework_and_keeps_sympy_in_the_workers() -> None:
    found = imported_after(
        "import openrs_rewards\n"
        "fast = openrs_rewards.verify('\\\\boxed{2}', '2')\n"
        # Needs the symbolic stage: it runs in a worker process, so even sympy stays out of this one.
        "slow = openrs_rewards.verify('\\\\boxed{\\\\int_0^{3} 1\\\\,dx}', '3', timeout=60.0)\n"
        # Decided by the bounded expression parser in this process, without sympy.
        "expr = openrs_rewards.verify('\\\\boxed{\\\\frac{\\\\sqrt{2}}{2}}', '\\\\frac{1}{\\\\sqrt{2}}')\n"
        "result = [fast.status, fast.method, slow.status, slow.method, expr.status, expr.method]"
    )
    assert found["heavy"] == []
    assert found["symbolic"] == []
    assert found["result"] == ["correct", "string", "correct", "symbolic", "correct", "expr"]


# asyncio: only averify / averify_batch use it, and importing it costs every fresh process (a reward worker,
# openrs-score) ~27 ms.
def test_importing_the_package_does_not_import_asyncio() -> None:
    program = "import sys, openrs_rewards\nprint('asyncio' in sys.modules)"
    completed = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=240, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "False"


def test_the_coroutines_still_verify() -> None:
    import asyncio

    from openrs_rewards import averify, averify_batch

    # asyncio stays out of the import above, not out of the package: the coroutines import it when called.
    assert asyncio.run(averify("\\boxed{4}", "4")).correct
    verdicts = asyncio.run(averify_batch(["\\boxed{4}", "\\boxed{5}"], ["4", "4"]))
    assert [verdict.correct for verdict in verdicts] == [True, False]


def test_the_worker_side_does_not_import_the_caller_side() -> None:
    """The zygote imports the symbolic stage only: answer extraction and the cascade (~90 ms of pattern compiling)
    would lie on the way to a fresh process's first sympy comparison. The package's public names load on use."""
    program = (
        "import sys\n"
        "import openrs_rewards.verifiers._worker, openrs_rewards.verifiers.symbolic\n"
        "caller = ('api', 'cascade', 'extract', 'fast', 'options')\n"
        "print(sorted(m for m in caller if 'openrs_rewards.verifiers.' + m in sys.modules))\n"
        "from openrs_rewards import verify\n"
        "print(verify('\\\\boxed{2}', '2').correct)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=240, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split() == ["[]", "True"]


def test_importing_the_cascade_leaves_the_numeric_library_for_the_first_evaluation() -> None:
    # (a constant evaluated at import, pi for the degree, would import mpmath in every process that only reads answers)
    found = imported_after(
        "import openrs_rewards.verifiers.cascade, openrs_rewards.verifiers.periodic\nresult = 'mpmath' in sys.modules"
    )
    assert found["result"] is False
