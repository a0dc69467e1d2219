"""Running the CLI on a hostile file in a child process under a time and memory limit.

The child gets an address-space limit (``RLIMIT_AS``) so a memory blow-up fails fast inside
it instead of taking the machine; the parent kills it at a hard timeout. Its peak resident
memory comes from ``os.wait4``, which reports the resources of that one child.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ADDRESS_SPACE = 1024**3  # 1 GiB
TIMEOUT = float(os.environ.get("ATSMATCH_HOSTILE_TIMEOUT", "60"))  # the hard kill
LIMIT_SECONDS = 30.0
LIMIT_RSS = 1024**3


@dataclass(frozen=True)
class Outcome:
    code: int | None  # None: killed at the timeout
    stdout: str
    stderr: str
    seconds: float
    peak_rss: int  # bytes


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def run_cli(args: list[str], cwd: Path, *, timeout: float = TIMEOUT) -> Outcome:
    """Run ``python -m atsmatch ARGS`` in ``cwd`` and report how it ended."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "atsmatch", *args],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env,
            preexec_fn=_limit_memory,
        )
        code, usage = _wait(proc, started + timeout)
        seconds = time.monotonic() - started
        proc.returncode = -1 if code is None else code  # reaped by os.wait4, not by Popen
        out.seek(0)
        err.seek(0)
        return Outcome(
            code=code,
            stdout=out.read().decode("utf-8", errors="replace"),
            stderr=err.read().decode("utf-8", errors="replace"),
            seconds=seconds,
            peak_rss=usage.ru_maxrss * 1024,  # kilobytes on Linux
        )


def _wait(
    proc: subprocess.Popen[bytes], deadline: float
) -> tuple[int | None, resource.struct_rusage]:
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return os.waitstatus_to_exitcode(status), usage
        if time.monotonic() > deadline:
            os.kill(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            return None, usage
        time.sleep(0.02)
