"""The PDF family of the hostile corpus through the CLI: outcome, wall time, peak memory.

Each case of tests/hostile/cases/pdf.py is written to a temporary folder and run as
``python -m atsmatch parse FILE`` in a child process with an address-space limit
(``RLIMIT_AS``, 1 GiB by default) and a hard timeout; the child's peak resident memory comes
from ``wait4``. A case passes when the exit code matches its expected outcome (0 for "ok",
2 for "error"), stderr is at most one line and holds no traceback.

    python benchmarks/bench_hostile_pdf.py [--timeout 60] [--memory-mib 1024] [CASE ...]
    python benchmarks/bench_hostile_pdf.py --pythonpath /path/to/old/checkout   # a baseline

Target (issue 13): every case passes, none over 30 s or 1 GiB resident.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile.cases.pdf import CASES  # noqa: E402


def _run(path: Path, timeout: float, memory: int, pythonpath: str) -> tuple[int, float, int, str]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    env = dict(os.environ, PYTHONPATH=pythonpath)
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "atsmatch", "parse", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=limit,
        env=env,
        cwd=pythonpath,  # ``-m`` puts the working directory first on sys.path
    )
    assert child.stderr is not None
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            child.kill()
            pid, status, usage = os.wait4(child.pid, 0)
            status = -1
            break
        time.sleep(0.05)
    err = child.stderr.read().decode("utf-8", "replace")
    took = time.monotonic() - started
    code = os.waitstatus_to_exitcode(status) if status != -1 else -1
    return code, took, usage.ru_maxrss // 1024, err


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--memory-mib", type=int, default=1024)
    parser.add_argument("--pythonpath", default=str(ROOT), help="checkout to run (a baseline)")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cpus")
    names = args.cases or list(CASES)
    failures, worst_time, worst_memory = 0, 0.0, 0
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            write, expected = CASES[name]
            path = write(Path(folder))
            code, took, mib, err = _run(path, args.timeout, args.memory_mib << 20, args.pythonpath)
            lines = err.strip().splitlines()
            got = {0: "ok", 2: "error", -1: "timeout"}.get(code, f"exit {code}")
            passed = got == expected and len(lines) <= 1 and "Traceback" not in err
            failures += not passed
            worst_time, worst_memory = max(worst_time, took), max(worst_memory, mib)
            cause = lines[-1].split(": ", 2)[-1][:70] if lines else ""
            mark = "" if passed else "  FAIL"
            print(f"{name:27} {expected:5} {got:7} {took:6.1f} s {mib:5} MiB  {cause}{mark}")
            path.unlink()
    print(
        f"{len(names)} cases, {failures} failed; worst {worst_time:.1f} s, {worst_memory} MiB peak"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
