"""Cold load time of the built-in taxonomy and build time of the extraction matcher.

    python benchmarks/bench_taxonomy.py [--runs N]

Each run is a fresh Python process (nothing cached): it times importing atsmatch, then
``load_taxonomy()``, then ``Matcher(taxonomy)``; the script prints the median and best of N
runs, the package data size, and the median time of ``Taxonomy.search`` for a few terms.
Needs no ../shared data.
Target (issue 4): load + matcher build <= 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = """
import json, time
start = time.perf_counter()
from atsmatch.taxonomy import load_taxonomy
from atsmatch.extract.skills.matcher import Matcher
imported = time.perf_counter()
taxonomy = load_taxonomy()
loaded = time.perf_counter()
matcher = Matcher(taxonomy)
built = time.perf_counter()
getattr(matcher, "keys", None)  # the extraction's key tables, built on first scan
tables = time.perf_counter()
print(json.dumps({
    "imports": imported - start,
    "load": loaded - imported,
    "matcher": built - loaded,
    "total": built - start,
    "key tables": tables - built,
}))
"""
TERMS = ("python", "excel", "project management", "kubern", "zzzz")


def cold_runs(runs: int) -> list[dict[str, float]]:
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
        results.append(json.loads(out))
    return results


def search_times(repeats: int = 5) -> dict[str, float]:
    from atsmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    taxonomy.search("warm up")
    times = {}
    for term in TERMS:
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            taxonomy.search(term)
            samples.append(time.perf_counter() - start)
        times[term] = statistics.median(samples)
    return times


def main() -> int:
    from atsmatch.taxonomy import BUILTIN_DATA

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes (7)")
    args = parser.parse_args()
    print(f"platform: {platform.platform()}, Python {platform.python_version()}")
    data = ROOT / "atsmatch" / "taxonomy" / "data" / BUILTIN_DATA
    print(f"package data: {data.stat().st_size / 1e6:.2f} MB ({data.name})")
    runs = cold_runs(args.runs)
    for key in ("imports", "load", "matcher", "total", "key tables"):
        values = [run[key] for run in runs]
        print(
            f"{key:10s} median {statistics.median(values):.3f} s"
            f"  best {min(values):.3f} s  ({args.runs} fresh processes)"
        )
    for term, seconds in search_times().items():
        print(f"search {term!r}: {seconds * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
