"""Profile building speed: `atsmatch skills` on 1 MB of job-posting text, minus its cold start.

    python benchmarks/bench_profile.py [--megabytes 1] [--runs 3] [--seed 7] [--skillspan]
        [--baseline DIR] [--shape both|per-line|documents]

Everything `atsmatch skills --format json` does for a document is timed: reading and
parsing the text (sections, contact), extraction, job understanding (importance, years,
degrees, credentials, zones, keywords) and the JSON it writes. Two shapes of the same
generated text (seeded job-posting sentences: duties, requirements with years, degrees and
"A or B" alternatives, benefits, pay, equal-opportunity and company text, skills drawn from
the built-in taxonomy):

- ``per-line``: one 1 MB file, one sentence a line, ``--per-line --kind job`` (one profile
  per sentence, JSON Lines);
- ``documents``: the same sentences grouped into postings under headings and written as
  files of at most 240,000 characters (the text limit is 250,000), ``--kind job``, one run
  of the command per file; together they hold the same megabyte.

The cold start (the same command on a one-sentence file, best of the runs) is measured in
the same sitting and subtracted per run of the command. Rates are tokens (the extraction's
tokenizer) per CPU second of the child process, median of ``--runs``; wall time is printed
beside them.
``--skillspan`` mixes in sentences of ../shared/data/skillspan-dev and skillskape-dev when
present (skipped, with a note, when not). ``--baseline DIR`` also runs another checkout's
package (e.g. a ``git worktree`` of main), the two in turn, on the same files, and checks
that both write the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TITLES = [
    "Software Engineer",
    "Data Analyst",
    "Registered Nurse",
    "Staff Accountant",
    "Warehouse Associate",
    "Marketing Manager",
    "Electrician",
    "Site Reliability Engineer",
    "Sales Representative",
    "Elementary School Teacher",
]
VERBS = ["Build", "Maintain", "Design", "Support", "Lead", "Own", "Improve", "Coordinate"]
OBJECTS = [
    "reporting pipelines",
    "patient care plans",
    "month-end close",
    "customer accounts",
    "inventory counts",
    "the release process",
    "campaign budgets",
    "service panels",
    "lesson plans",
    "vendor contracts",
]
DEGREES = [
    "Bachelor's degree in Computer Science or a related field",
    "BS in Accounting",
    "Master's degree preferred",
    "Associate degree in Nursing",
    "High school diploma or GED",
    "Bachelor's degree or equivalent experience",
]
CREDENTIALS = ["CPA", "PMP", "BLS certification", "a valid driver's license", "Class A CDL"]
BOILERPLATE = [
    "We are an equal opportunity employer and value diversity at our company.",
    "All qualified applicants will receive consideration without regard to race or religion.",
    "We offer medical, dental and vision insurance, a 401(k) match and paid time off.",
    "The pay range for this role is $85,000 - $120,000 per year plus bonus.",
    "Our team is remote-first with offices in Austin and Berlin.",
    "Must be able to lift up to 50 pounds and stand for long periods.",
    "To apply, send your resume and a short cover letter.",
    "Founded in 2011, we help small businesses run payroll with confidence.",
]
SECTIONS = {
    "duty": "Responsibilities",
    "need": "Requirements",
    "nice": "Nice to have",
    "boiler": "Benefits",
}


def skill_names(seed: int) -> list[str]:
    """Names of taxonomy concepts that are not ambiguous words, in a seeded order."""
    from atsmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    names = sorted(
        c.name
        for c in taxonomy
        if c.category != "degree"
        and not ({c.name.lower(), *(f.lower() for f in c.forms)} & taxonomy.ambiguous)
        and c.name.isascii()
        and len(c.name) < 40
    )
    random.Random(seed).shuffle(names)
    return names[:3000]


def sentence(rng: random.Random, names: list[str]) -> tuple[str, str]:
    """One generated posting sentence and the part of a posting it belongs in."""
    pick = rng.random()
    a, b, c = rng.sample(names, 3)
    if pick < 0.30:
        verb, what = rng.choice(VERBS), rng.choice(OBJECTS)
        return "duty", f"{verb} {what} using {a} and {b}, working closely with the {c} team."
    if pick < 0.55:
        years = rng.randint(1, 10)
        form = rng.choice(["{y}+ years of experience with {a}", "At least {y} years of {a}"])
        tail = rng.choice([f"; strong {b} skills.", f" and {b} or {c}.", "."])
        return "need", form.format(y=years, a=a) + tail
    if pick < 0.65:
        return "need", f"{rng.choice(DEGREES)}; {rng.choice(CREDENTIALS)} is required."
    if pick < 0.80:
        return "need", f"Experience with {a}, {b} or {c} (or similar tools)."
    if pick < 0.90:
        return "nice", f"Familiarity with {a} is a plus, as is exposure to {b}."
    return "boiler", rng.choice(BOILERPLATE)


def shared_sentences(limit: int) -> list[str]:
    """SkillSpan and SkillSkape sentences from ../shared/data when present, else none."""
    found: list[str] = []
    for base in ROOT.parents[:2]:
        data = base / "shared" / "data"
        for path in sorted((data / "skillspan-dev").glob("*.conll")):
            words: list[str] = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    words.append(line.split("\t")[0])
                elif words:
                    found.append(" ".join(words))
                    words = []
        skape = data / "skillskape-dev" / "train.csv"
        if skape.exists():
            with skape.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    text = (row.get("sentence") or next(iter(row.values()), "") or "").strip()
                    if text:
                        found.append(" ".join(text.split()))
        if found:
            break
    return found[:limit]


def make_corpus(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    """The per-line sentences (about ``--megabytes`` MB) and the posting documents."""
    rng = random.Random(args.seed)
    names = skill_names(args.seed)
    extra = shared_sentences(100_000) if args.skillspan else []
    if args.skillspan and not extra:
        print("--skillspan: ../shared/data has no SkillSpan/SkillSkape sentences; generated only")
    target = int(args.megabytes * 1_000_000)
    lines: list[str] = []
    parts: list[tuple[str, str]] = []
    size = 0
    while size < target:
        if extra and rng.random() < 0.3:
            part, text = "duty", rng.choice(extra)
        else:
            part, text = sentence(rng, names)
        lines.append(text)
        parts.append((part, text))
        size += len(text.encode("utf-8")) + 1
    documents, current, length = [], [], 0
    for start in range(0, len(parts), 24):
        posting = _posting(rng, parts[start : start + 24])
        if length + len(posting) > 240_000 and current:
            documents.append("\n".join(current))
            current, length = [], 0
        current.append(posting)
        length += len(posting) + 1
    if current:
        documents.append("\n".join(current))
    return lines, documents


def _posting(rng: random.Random, parts: list[tuple[str, str]]) -> str:
    out = [rng.choice(TITLES), ""]
    for part, heading in SECTIONS.items():
        chosen = [text for kind, text in parts if kind == part]
        if chosen:
            out += [heading, *(f"- {text}" for text in chosen), ""]
    return "\n".join(out) + "\n"


def token_count(texts: list[str]) -> int:
    from atsmatch.language.tokens import tokenize

    return sum(len(tokenize(text)) for text in texts)


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--megabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skillspan", action="store_true", help="mix in ../shared sentences")
    parser.add_argument(
        "--baseline", metavar="DIR", help="also run checkout DIR's package, in turn"
    )
    parser.add_argument("--shape", choices=("both", "per-line", "documents"), default="both")
    args = parser.parse_args()
    print(
        f"{platform.platform()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    )
    lines, documents = make_corpus(args)
    builds = [("this checkout", str(ROOT))]
    if args.baseline:
        builds.insert(0, ("baseline", str(Path(args.baseline).resolve())))
    base = [sys.executable, "-m", "atsmatch", "skills", "--kind", "job", "--format", "json"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "one.txt").write_text(lines[0] + "\n", encoding="utf-8")
        (folder / "lines.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        for n, document in enumerate(documents):
            (folder / f"posting{n}.txt").write_text(document, encoding="utf-8")
        size = (folder / "lines.txt").stat().st_size
        tokens = {"per-line": token_count(lines), "documents": token_count(documents)}
        print(
            f"{len(lines):,} sentences, {size:,} bytes; {len(documents)} posting files; "
            f"{tokens['per-line']:,} tokens per line, {tokens['documents']:,} as postings"
        )

        def commands(shape: str, out: Path) -> list[list[str]]:
            if shape == "per-line":
                return [[*base, "--per-line", str(folder / "lines.txt"), "-o", str(out / "l")]]
            return [
                [*base, str(folder / f"posting{n}.txt"), "-o", str(out / f"p{n}")]
                for n in range(len(documents))
            ]

        shapes = [s for s in ("per-line", "documents") if args.shape in ("both", s)]
        cold: dict[str, tuple[float, float]] = {}
        cpus: dict[tuple[str, str], list[float]] = {}
        walls: dict[tuple[str, str], list[float]] = {}
        written: dict[str, dict[str, bytes]] = {}
        for _ in range(args.runs):  # the builds in turn, so both see the same load
            for label, path in builds:
                env = {**os.environ, "PYTHONPATH": path}
                out = folder / f"out{builds.index((label, path))}"
                out.mkdir(exist_ok=True)
                first = run_child([*base, str(folder / "one.txt")], env)
                cold[label] = first if label not in cold else min(cold[label], first)
                for shape in shapes:
                    results = [run_child(command, env) for command in commands(shape, out)]
                    cpus.setdefault((label, shape), []).append(sum(c for c, _ in results))
                    walls.setdefault((label, shape), []).append(sum(w for _, w in results))
                written[label] = {f.name: f.read_bytes() for f in sorted(out.iterdir())}
        for label, _ in builds:
            print(f"{label}: cold start (one sentence, best of runs): CPU {cold[label][0]:.2f} s")
        for shape in shapes:
            for label, _ in builds:
                count = len(commands(shape, folder))
                cpu = statistics.median(cpus[label, shape]) - cold[label][0] * count
                wall = statistics.median(walls[label, shape]) - cold[label][1] * count
                print(
                    f"{label}, {shape}: {count} run(s) of the command, {cpu:.2f} s CPU "
                    f"({wall:.2f} s wall) past the cold start: {tokens[shape] / cpu:,.0f} "
                    f"tokens/s CPU ({tokens[shape] / wall:,.0f} wall)"
                )
        if len(builds) == 2:
            same = written["baseline"] == written["this checkout"]
            print(f"output identical to the baseline's: {same}")
            if not same:
                return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
