"""Extraction speed: tokens/s after loading, and `atsmatch skills` from a cold start.

    python benchmarks/bench_extract.py [--runs N] [--tokens N] [--taxonomy FILE]

Texts are generated from fixed seeds: resume-like lines of common English words (Zipf
weights), taxonomy forms and a few misspelt tool names. Throughput is the median of N runs
of the full extraction steps (tokenise, look up, acronyms, fuzzy, rules, mentions: the
``find_skills`` step of ``extract``) on one core, each
on a text not seen before, after a warm-up run has loaded the pipeline and taxonomy; in CPU
time of the process (the shared machine's load makes wall time swing by 2x). Cold start is
the median of N subprocess runs of `python -m atsmatch skills` on a one-page resume.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atsmatch.document import Document  # noqa: E402
from atsmatch.extract import find_hits, find_skills, matcher_for  # noqa: E402
from atsmatch.extract.skills.wordlists import common_words  # noqa: E402
from atsmatch.language.tokens import tokenize  # noqa: E402
from atsmatch.taxonomy import load_taxonomy  # noqa: E402

TYPOS = ["Kubernetis", "Postgre SQL", "ReactJS", "Terrafrom", "Dokcer"]


def generate_text(forms: list[str], tokens: int, seed: int) -> str:
    """Resume-like lines: common English words drawn by a Zipf law (weight 1/rank), with
    about one taxonomy form in twelve words and an occasional misspelt tool name."""
    rng = random.Random(seed)
    vocabulary = sorted(common_words())
    rng.shuffle(vocabulary)
    weights = [1 / rank for rank in range(1, len(vocabulary) + 1)]
    lines, count = [], 0
    while count < tokens:
        size = rng.randint(8, 20)
        words = rng.choices(vocabulary, weights, k=size)
        for _ in range(max(1, size // 12)):
            words.insert(rng.randrange(size), rng.choice(forms))
        if rng.random() < 0.1:
            words.insert(rng.randrange(size), rng.choice(TYPOS))
        line = " ".join(words).capitalize() + rng.choice([".", ";", ",", ""])
        lines.append(("• " if rng.random() < 0.5 else "") + line)
        count += len(line.split()) + 1
    return "\n".join(lines) + "\n"


ONE_PAGE = """Jane Doe
jane.doe@example.com | +1 555 0100 | github.com/janedoe

Summary
Backend engineer with 7 years of experience building data platforms in Python and Go.

Skills
Python, Go, SQL, PostgreSQL, Kubernetes, Docker, Terraform, AWS, Kafka, Airflow, Git

Experience
Senior Software Engineer, Acme Corp (2019 - present)
• Managed databases and led a team of five engineers building REST APIs.
• Built Machine Learning (ML) pipelines on Apache Spark; ML models serve 2M users.
• Migrated CI/CD to GitHub Actions; cut deploy time by 60%.
Software Engineer, Beta Inc (2016 - 2019)
• Developed microservices with Node.js and React; wrote unit tests.
• Reporting in MS Excel and Tableau for the sales team.

Education
B.Sc. Computer Science, State University, 2016
"""


def throughput(
    forms: list[str], tokens: int, runs: int, taxonomy: str | None
) -> tuple[int, list[float]]:
    """CPU seconds per run; each run reads a text it has not seen (seeds 1..runs), after a
    warm-up on another one (seed 0), so spaCy's tokenizer cache holds only what a similar
    earlier document left in it."""
    matcher = matcher_for(load_taxonomy(taxonomy))
    find_hits(Document(text=generate_text(forms, tokens, seed=0)), matcher)
    times, count = [], 0
    for run in range(1, runs + 1):
        document = Document(text=generate_text(forms, tokens, seed=run))
        started = time.process_time()
        find_skills(document, matcher)
        # the tokens are dropped inside the timed call, so any garbage collection they
        # cause is timed too
        times.append(time.process_time() - started)
        count = len(tokenize(document.text))
    return count, times


def cold_start(runs: int, taxonomy: str | None) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "resume.txt"
        path.write_text(ONE_PAGE, encoding="utf-8")
        command = [sys.executable, "-m", "atsmatch", "skills", str(path)]
        if taxonomy:
            command += ["--taxonomy", taxonomy]
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tokens", type=int, default=100_000)
    parser.add_argument("--taxonomy", help="extra taxonomy file merged into the built-in one")
    args = parser.parse_args()
    print(f"python {platform.python_version()} on {platform.platform()}")
    taxonomy = load_taxonomy(args.taxonomy)
    forms = sorted({form for form, _ in taxonomy.forms()})
    count, times = throughput(forms, args.tokens, args.runs, args.taxonomy)
    best, median = min(times), statistics.median(times)
    print(f"taxonomy: {len(taxonomy)} concepts; texts of about {count:,} tokens")
    print(f"extraction: median {count / median:,.0f} tokens/s (best {count / best:,.0f}), CPU time")
    cold = cold_start(args.runs, args.taxonomy)
    print(
        f"cold start `atsmatch skills` one page: median {statistics.median(cold):.2f} s "
        f"(best {min(cold):.2f} s, {args.runs} runs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
