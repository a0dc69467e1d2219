"""Cold start of ``atsmatch score RESUME JOB``: whole fresh processes, against a baseline.

    python benchmarks/bench_coldstart.py [--runs 5] [--baseline 'python -c pass']
                                         [--previous DIR] [--phases] [--no-compile]

Each run starts a new Python process for ``python -m atsmatch score examples/resume.txt
examples/job.txt`` (output thrown away), alternating with the baseline command (A B A B ...),
so the ratio holds while the machine's load drifts. Per command it prints the median and
range of wall time, CPU time (user + system, from the kernel's accounting of the finished
child) and peak RSS, then the median of the per-pair ratios; then ``python -X importtime``
of one run, summed by package (self time), so the import breakdown sits beside the totals.
``--phases`` adds in-process timings (imports, taxonomy, parse, extract, match, render).

``--previous DIR`` makes the baseline the same command run on another checkout (e.g. a
``git worktree`` of main, or ``git archive main atsmatch examples | tar -x -C DIR``): it runs
in DIR, whose ``atsmatch`` then comes first on ``sys.path``. Before timing, the
package's bytecode is compiled (``compileall``) as ``pip install`` does, so no run pays for
compiling source, even with ``PYTHONDONTWRITEBYTECODE`` set; ``--no-compile`` skips that.
Target (issue 12 item 5): median wall <= 0.8 s on a quiet machine. Needs no ../shared data.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORE = ["-m", "atsmatch", "score", "examples/resume.txt", "examples/job.txt"]

PHASES = """
import json, sys, time
marks = [("start", time.perf_counter(), time.process_time())]
def mark(name):
    marks.append((name, time.perf_counter(), time.process_time()))
import atsmatch.cli
mark("import")
from atsmatch.config import load_config
from atsmatch.extract import extract
from atsmatch.parse import parse
from atsmatch.report import render
from atsmatch.score import match
from atsmatch.taxonomy import load_taxonomy
config = load_config(None)
load_taxonomy()
mark("taxonomy")
documents = [parse(path) for path in sys.argv[1:3]]
mark("parse")
profiles = [extract(document, kind=kind) for document, kind in zip(documents, ("resume", "job"))]
mark("extract")
result = match(*profiles, config=config)
mark("match")
render(result, format="text")
mark("render text")
print(json.dumps({b[0]: [b[1] - a[1], b[2] - a[2]] for a, b in zip(marks, marks[1:])}))
"""


def run_once(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MiB) of one finished child process."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{shlex.join(command)} exited with {child.returncode}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def summary(name: str, values: list[float], unit: str) -> str:
    return (
        f"{name:<10} median {statistics.median(values):7.3f} {unit}"
        f"   (min {min(values):.3f}, max {max(values):.3f})"
    )


def import_breakdown(env: dict[str, str], top: int = 14) -> list[str]:
    """Self import time summed per package, from one ``-X importtime`` run."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", *SCORE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    groups: dict[str, float] = defaultdict(float)
    for line in out.splitlines():
        found = re.match(r"import time:\s+(\d+) \|\s+\d+ \|(\s*)(\S+)", line)
        if not found:
            continue
        module = found.group(3)
        parts = module.split(".")
        group = ".".join(parts[:2]) if parts[0] == "atsmatch" and len(parts) > 1 else parts[0]
        groups[group] += int(found.group(1)) / 1e6
    total = sum(groups.values())
    ours = sum(v for k, v in groups.items() if k.startswith("atsmatch"))
    lines = [f"imports: {total:.3f} s in all, atsmatch's own modules {ours:.3f} s (self time)"]
    for group, seconds in sorted(groups.items(), key=lambda item: -item[1])[:top]:
        lines.append(f"  {group:<28} {seconds:.3f} s")
    return lines


def phases(env: dict[str, str], runs: int) -> list[str]:
    import json

    found: dict[str, list[list[float]]] = defaultdict(list)
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PHASES, "examples/resume.txt", "examples/job.txt"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name, pair in json.loads(out).items():
            found[name].append(pair)
    lines = ["in-process phases (median of runs): wall / CPU"]
    for name, pairs in found.items():
        wall = statistics.median(p[0] for p in pairs)
        cpu = statistics.median(p[1] for p in pairs)
        lines.append(f"  {name:<12} {wall:.3f} s / {cpu:.3f} s")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="counted runs of each command")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted runs first")
    parser.add_argument("--baseline", default="python -c pass", help="command run in turn")
    parser.add_argument("--previous", type=Path, help="baseline: the same command on DIR")
    parser.add_argument("--phases", action="store_true", help="also time the phases")
    parser.add_argument("--no-compile", action="store_true", help="do not compile bytecode")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    target = [sys.executable, *SCORE]
    baseline_dir = ROOT
    if args.previous is not None:
        baseline = target
        baseline_dir = args.previous.resolve()
        label = f"previous build ({args.previous})"
    else:
        baseline = [sys.executable if w == "python" else w for w in shlex.split(args.baseline)]
        label = shlex.join(baseline)
    if not args.no_compile:
        for folder in {ROOT, *(p for p in [args.previous] if p is not None)}:
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(Path(folder) / "atsmatch")],
                check=True,
            )
    for _ in range(args.warmup):
        run_once(target, env, ROOT)
        run_once(baseline, env, baseline_dir)
    results: dict[str, list[tuple[float, float, float]]] = {"a": [], "b": []}
    for _ in range(args.runs):
        results["a"].append(run_once(target, env, ROOT))
        results["b"].append(run_once(baseline, env, baseline_dir))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {load:.1f}; {args.runs} runs each after {args.warmup} warm-up"
    )
    for key, name in (("a", shlex.join(["python", *SCORE])), ("b", label)):
        rows = results[key]
        print(f"\n{'A' if key == 'a' else 'B'}: {name}")
        print(summary("wall", [r[0] for r in rows], "s"))
        print(summary("CPU", [r[1] for r in rows], "s"))
        print(summary("peak RSS", [r[2] for r in rows], "MiB"))
    print("\nratio A/B per pair (median):", end="")
    for index, name in enumerate(("wall", "CPU", "peak RSS")):
        ratios = [a[index] / b[index] for a, b in zip(results["a"], results["b"], strict=True)]
        print(f"  {name} {statistics.median(ratios):.2f}", end="")
    print("\n")
    print("\n".join(import_breakdown(env)))
    if args.phases:
        print()
        print("\n".join(phases(env, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
