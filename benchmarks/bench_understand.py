"""Job and resume understanding speed, and the background table's size and load time.

    python benchmarks/bench_understand.py [--jobs N] [--runs N] [--seed N]

Job descriptions are generated from a fixed seed (a title, company blurb, responsibilities,
requirements with years and degrees, nice-to-haves, benefits and equal-opportunity text,
about 180 words each); skills are found once with ``extract`` and the timed step is
:func:`atsmatch.extract.understand.understand` alone (importance, years, degree, title,
seniority, keywords). The figure is the median over ``--runs`` passes of the mean time per
job. Each result is checked (title, overall years, degree and keywords found) before the
numbers are printed. Needs nothing from ../shared.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import random
import statistics
import sys
import time
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atsmatch import extract  # noqa: E402
from atsmatch.extract.background import load_background  # noqa: E402
from atsmatch.extract.understand import understand  # noqa: E402
from atsmatch.profile import Profile  # noqa: E402

TITLES = [
    "Backend Engineer",
    "Data Analyst",
    "Product Designer",
    "Site Reliability Engineer",
    "Machine Learning Engineer",
    "Accountant",
    "Registered Nurse",
    "Marketing Manager",
]
LEVELS = ["Senior", "Junior", "Lead", "Staff", "", "Principal"]
SKILLS = [
    "Python",
    "Go",
    "Java",
    "SQL",
    "PostgreSQL",
    "Docker",
    "Kubernetes",
    "AWS",
    "Terraform",
    "React",
    "GraphQL",
    "Snowflake",
    "dbt",
    "Tableau",
    "Excel",
    "Kafka",
]
DOMAIN = [
    "payment rails",
    "event sourcing",
    "underwriting",
    "ledger reconciliation",
    "fraud models",
    "claims processing",
    "supply chain planning",
    "care coordination",
]
FILLER = [
    "We move fast and care about quality.",
    "You will work with a friendly team.",
    "Our customers rely on us every day.",
    "We value clear writing and ownership.",
]
EEO = (
    "We are an equal opportunity employer. All qualified applicants will receive "
    "consideration without regard to race, color, religion, sex or national origin."
)


def job_text(rng: random.Random) -> str:
    skills = rng.sample(SKILLS, 8)
    domain = rng.sample(DOMAIN, 3)
    lines = [f"{rng.choice(LEVELS)} {rng.choice(TITLES)}".strip(), "", "About us"]
    lines += [" ".join(rng.choices(FILLER, k=4)), "", "What you'll do"]
    lines += [f"- Build {domain[i % 3]} services with {skills[i]}." for i in range(4)]
    lines += ["", "Requirements", f"- {rng.randint(2, 8)}+ years of experience with {skills[4]}."]
    lines += [f"- Strong {skills[5]} and {skills[6]}; experience with {domain[0]}."]
    lines += ["- Bachelor's degree in Computer Science or equivalent experience."]
    lines += [f"- {rng.randint(3, 10)}+ years of professional experience.", "", "Nice to have"]
    lines += [f"- {skills[7]} is a plus.", f"- Familiarity with {domain[1]} and {domain[2]}."]
    lines += ["", "Benefits", "- Health, dental and vision insurance; 401(k).", "", EEO]
    lines += [" ".join(rng.choices(FILLER, k=6))]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--jobs", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"python {platform.python_version()} on {platform.machine()} {platform.system()}")
    data = resources.files("atsmatch.extract").joinpath("data/background.json.gz")
    start = time.perf_counter()
    table = load_background()
    load_ms = (time.perf_counter() - start) * 1000
    raw = gzip.decompress(data.read_bytes())
    print(
        f"background table: {len(data.read_bytes()):,} bytes gzip ({len(raw):,} raw), "
        f"{table.documents:,} documents, {len(table.unigrams):,} words, "
        f"{len(table.bigrams):,} pairs; first load {load_ms:.0f} ms"
    )
    rng = random.Random(args.seed)
    texts = [job_text(rng) for _ in range(args.jobs)]
    bases = []
    for text in texts:
        found = extract(text, kind="job")
        bases.append(Profile("job", found.document, found.skills))
    words = statistics.mean(len(t.split()) for t in texts)
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        for base in bases:
            understand(base)
        timings.append((time.perf_counter() - start) / len(bases) * 1000)
    results = [understand(base) for base in bases]
    complete = sum(
        1
        for r in results
        if r.title and r.years_experience and r.degree and r.degree.or_equivalent and r.keywords
    )
    if complete != len(results):
        print(f"check failed: {len(results) - complete} jobs missed title/years/degree/keywords")
        return 1
    print(
        f"understand(): {args.jobs} jobs of ~{words:.0f} words, median of {args.runs} runs: "
        f"{statistics.median(timings):.2f} ms per job (best {min(timings):.2f} ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
