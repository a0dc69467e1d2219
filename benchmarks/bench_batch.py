"""Speed of the batch path (match_many) against looping over match().

    python benchmarks/bench_batch.py [--resumes N] [--jobs M] [--pool P] [--loop-sample S]
    python benchmarks/bench_batch.py --resumes N --jobs M --stream /dev/null [--top K]
    python benchmarks/bench_batch.py --cli [--cli-resumes N] [--baseline DIR]

Scoring (extraction excluded): P distinct resumes and M distinct jobs are generated from a
fixed seed (skills drawn from the taxonomy, with degrees, years, titles and "A or B"
alternatives) and extracted once; the resumes are repeated to N rows (the same Profile
objects: ``match_many`` scores a repeated object once, so ``--pool N`` measures N distinct
resumes). The job side (the jobs' terms, weights and text vectors) is timed alone too. Then
``match_many`` on the profiles is timed (wall and CPU), the loop over ``match()`` is timed
on S random pairs and extrapolated, and S random pairs of the matrix are checked against
``match().score`` (the run fails on any difference). Peak memory (max RSS) is printed.

``--stream FILE [--top K]``: the memory run: ``match_chunks`` with each chunk written as it
comes (CSV, the best K jobs per resume, as ``atsmatch batch --format csv --top K``), e.g.
to /dev/null; run it under ``/usr/bin/time -v`` for the peak RSS of the whole process.

``--cli``: ``atsmatch batch`` end to end over N generated PDF resumes (fpdf2; 1,000 by
default) × 10 jobs, in documents per second of wall and of CPU time (the command and its
workers), with 1 and 2 workers, cache cold and warm; ``--baseline DIR`` runs another
checkout's package (e.g. a ``git worktree`` of main) on the same files, in turn, and every
run must write the same rows.

Nothing outside the repository is read.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TITLES = [
    "Software Engineer",
    "Data Engineer",
    "Data Analyst",
    "DevOps Engineer",
    "Accountant",
    "Product Manager",
    "Backend Developer",
    "Machine Learning Engineer",
    "Nurse",
]
DEGREES = ["Bachelor's degree in Computer Science", "Master's degree", "PhD", "Associate degree"]


def _names(rng: random.Random) -> list[str]:
    from atsmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    names = sorted(
        c.name
        for c in taxonomy
        if c.id.startswith("atsmatch:")
        and not ({c.name.lower(), *(f.lower() for f in c.forms)} & taxonomy.ambiguous)
    )
    return names


def make_job(rng: random.Random, names: list[str]) -> str:
    skills = rng.sample(names, rng.randint(6, 14))
    lines = [rng.choice(TITLES), "", "Requirements"]
    while skills:
        if len(skills) > 1 and rng.random() < 0.2:
            lines.append(f"- {skills.pop()} or {skills.pop()}")
        else:
            lines.append(f"- {skills.pop()}")
    lines.append(f"- {rng.randint(1, 8)}+ years of experience")
    if rng.random() < 0.7:
        lines.append(f"- {rng.choice(DEGREES)} required")
    lines += ["", "Nice to have", f"- {rng.choice(names)}", "- clear written communication"]
    return "\n".join(lines) + "\n"


def make_resume(rng: random.Random, names: list[str]) -> str:
    skills = rng.sample(names, rng.randint(8, 25))
    lines = [
        "Sam Example",
        "",
        "Summary",
        f"{rng.choice(TITLES)} with experience in {', '.join(skills[:3])}.",
        "",
        "Skills",
        ", ".join(skills),
        "",
        "Experience",
    ]
    start = rng.randint(2005, 2020)
    for n in range(rng.randint(1, 4)):
        lines.append(f"{rng.choice(TITLES)}, Company {n}")
        lines.append(f"Jan {start + 2 * n} - Dec {start + 2 * n + 1}")
        lines.append(f"Built systems with {rng.choice(skills)} and {rng.choice(skills)}.")
    if rng.random() < 0.8:
        lines += ["", "Education", rng.choice(DEGREES)]
    return "\n".join(lines) + "\n"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_scoring(args: argparse.Namespace) -> None:
    import atsmatch

    rng = random.Random(args.seed)
    names = _names(rng)
    started = time.perf_counter()
    pool = [atsmatch.extract(make_resume(rng, names), kind="resume") for _ in range(args.pool)]
    jobs = [atsmatch.extract(make_job(rng, names), kind="job") for _ in range(args.jobs)]
    print(
        f"extracted {args.pool} resumes + {args.jobs} jobs in {time.perf_counter() - started:.1f} s"
    )
    resumes = [pool[i % len(pool)] for i in range(args.resumes)]
    if args.stream:
        _bench_stream(args, resumes, jobs, rng)
        return
    from atsmatch.batch.engine import Engine
    from atsmatch.config import MatchConfig
    from atsmatch.score.ats import resolve_ats

    wall, cpu = time.perf_counter(), time.process_time()
    Engine(jobs, resolve_ats(MatchConfig()))
    print(
        f"job side alone (Engine over {args.jobs} jobs, built once per run): "
        f"{time.perf_counter() - wall:.2f} s wall, {time.process_time() - cpu:.2f} s CPU"
    )
    rss_before = _rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    matrix = atsmatch.match_many(resumes, jobs, keep_profiles=False)
    batch = time.perf_counter() - wall
    batch_cpu = time.process_time() - cpu
    pairs = args.resumes * args.jobs
    print(
        f"match_many {args.resumes} x {args.jobs} ({len(pool)} distinct resumes): {batch:.2f} s "
        f"wall, {batch_cpu:.2f} s CPU ({batch / pairs * 1e6:.3f} us/pair wall); max RSS "
        f"{_rss_mb():.0f} MB (before scoring {rss_before:.0f} MB)"
    )
    if args.workers:
        wall = time.perf_counter()
        parallel = atsmatch.match_many(resumes, jobs, keep_profiles=False, workers=args.workers)
        took = time.perf_counter() - wall
        same = bool((parallel.scores == matrix.scores).all())
        print(
            f"match_many with workers={args.workers}: {took:.2f} s wall "
            f"({took / pairs * 1e6:.3f} us/pair); same scores: {same}"
        )
    sample = [
        (rng.randrange(args.resumes), rng.randrange(args.jobs)) for _ in range(args.loop_sample)
    ]
    wall, cpu = time.perf_counter(), time.process_time()
    singles = [atsmatch.match(resumes[i], jobs[j]).score for i, j in sample]
    loop = (time.perf_counter() - wall) / len(sample)
    loop_cpu = (time.process_time() - cpu) / len(sample)
    print(
        f"match() loop: {loop * 1e3:.2f} ms/pair wall, {loop_cpu * 1e3:.2f} ms CPU -> "
        f"{loop * pairs:.0f} s extrapolated for {pairs} pairs; batch is "
        f"{loop * pairs / batch:.0f}x faster (wall), {loop_cpu * pairs / batch_cpu:.0f}x (CPU)"
    )
    wrong = [(i, j) for (i, j), s in zip(sample, singles, strict=True) if matrix[i, j] != s]
    print(f"checked {len(sample)} random pairs against match(): {len(wrong)} differ")
    if wrong:
        raise SystemExit(f"batch differs from match() at {wrong[:5]}")


def _bench_stream(args: argparse.Namespace, resumes: list, jobs: list, rng: random.Random) -> None:
    """match_chunks with each chunk written as CSV (top ``--top`` jobs per resume) to
    ``--stream``, as ``atsmatch batch --format csv`` streams; random pairs are checked
    against match() as their chunk passes."""
    import atsmatch
    from atsmatch.batch import match_chunks
    from atsmatch.serialize.matrix import write_csv

    sample = {}
    for _ in range(args.loop_sample):
        sample.setdefault(rng.randrange(args.resumes), []).append(rng.randrange(args.jobs))
    wrong = checked = written = 0
    wall, cpu = time.perf_counter(), time.process_time()
    with open(args.stream, "w", encoding="utf-8") as out:
        for part in match_chunks(resumes, jobs, keep_profiles=False):
            written += write_csv(part, out, per="resume", top=args.top, header=not written)
            for i in range(part.first, part.first + part.shape[0]):
                for j in sample.get(i, ()):
                    checked += 1
                    wrong += part[i - part.first, j] != atsmatch.match(resumes[i], jobs[j]).score
    took, used = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"streamed {args.resumes} x {args.jobs} to {args.stream} (top {args.top} per resume, "
        f"{written} rows): {took:.1f} s wall, {used:.1f} s CPU; max RSS {_rss_mb():.0f} MB; "
        f"checked {checked} random pairs against match(): {wrong} differ"
    )
    if wrong:
        raise SystemExit("batch differs from match()")


def _write_pdfs(folder: Path, count: int, rng: random.Random, names: list[str]) -> None:
    from fpdf import FPDF

    for n in range(count):
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        for line in make_resume(rng, names).splitlines():
            text = line.encode("latin-1", "replace").decode("latin-1") or " "
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.output(str(folder / f"resume{n:05d}.pdf"))


def _cli_run(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the process and its workers) and exit code of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    code = subprocess.run(command, check=False, env=env).returncode
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, code


def bench_cli(args: argparse.Namespace) -> None:
    """``atsmatch batch`` over generated PDFs: 1 and 2 workers, cache cold then warm, for
    this checkout and (``--baseline DIR``) another one, in turn, on the same files."""
    rng = random.Random(args.seed)
    names = _names(rng)
    builds = [("this checkout", str(ROOT))]
    if args.baseline:
        builds.insert(0, ("baseline", str(Path(args.baseline).resolve())))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "resumes").mkdir()
        (root / "jobs").mkdir()
        started = time.perf_counter()
        _write_pdfs(root / "resumes", args.cli_resumes, rng, names)
        for n in range(10):
            (root / "jobs" / f"job{n}.txt").write_text(make_job(rng, names), encoding="utf-8")
        print(f"wrote {args.cli_resumes} PDFs in {time.perf_counter() - started:.0f} s")
        outputs: dict[str, bytes] = {}
        for workers in (1, 2):
            for label, path in builds:
                env = {**os.environ, "PYTHONPATH": path}
                cache = root / f"cache-{workers}-{len(outputs)}"
                out = root / f"out-{workers}-{len(outputs)}.csv"
                for state in ("cold", "warm"):
                    command = [
                        sys.executable,
                        "-m",
                        "atsmatch",
                        "batch",
                        str(root / "resumes"),
                        str(root / "jobs"),
                        "--format",
                        "csv",
                        "-o",
                        str(out),
                        "--workers",
                        str(workers),
                        "--cache",
                        str(cache),
                        "-q",
                    ]
                    wall, cpu, code = _cli_run(command, env)
                    print(
                        f"{label}: atsmatch batch {args.cli_resumes} PDFs x 10 jobs, "
                        f"workers={workers}, cache {state}: {wall:.1f} s wall "
                        f"({args.cli_resumes / wall:.1f} docs/s), {cpu:.1f} s CPU "
                        f"({args.cli_resumes / cpu:.1f} docs/CPU s), exit {code}",
                        flush=True,
                    )
                    outputs[f"{label} {workers} {state}"] = out.read_bytes()
        distinct = set(outputs.values())
        print(f"same rows in every run: {len(distinct) == 1}")
        if len(distinct) != 1:
            raise SystemExit("the runs wrote different rows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resumes", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--pool", type=int, default=200, help="distinct resumes extracted")
    parser.add_argument("--loop-sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=0, help="also time with N processes")
    parser.add_argument("--stream", help="write ranked CSV chunks to this file (memory run)")
    parser.add_argument("--top", type=int, default=10, help="with --stream: jobs per resume")
    parser.add_argument("--cli", action="store_true", help="end-to-end `atsmatch batch` instead")
    parser.add_argument("--cli-resumes", type=int, default=1000)
    parser.add_argument(
        "--baseline", metavar="DIR", help="--cli: also run the atsmatch package of checkout DIR"
    )
    args = parser.parse_args()
    print(
        f"{platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    )
    if args.cli:
        bench_cli(args)
    else:
        bench_scoring(args)


if __name__ == "__main__":
    main()
