"""The real program in a subprocess, as a user's shell runs it (shared by the CLI tests)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The test process's environment without a project preset, plus ``extra``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests/support")])}
    env.pop("KALIXPLAN_DB", None)
    env.update(extra or {})
    return env


def run_cli(
    *args: str, env: dict[str, str] | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` with output captured (5 minutes at most)."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env or cli_env(),
        input=stdin,
        timeout=300,
    )


def start_cli(*args: str) -> subprocess.Popen[str]:
    """``python main.py ARGS`` started, for tests that run several at once."""
    return subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
    )
