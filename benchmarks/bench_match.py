"""Speed of match() and of a cold `atsmatch score` run.

    python benchmarks/bench_match.py [--runs N] [--cli-runs N]

1. ``match`` on a parsed two-page resume and a job, after warm-up: median of N runs, with
   the profiles pre-extracted (scoring and the gap report only) and from Documents
   (extraction + scoring). Target: <= 20 ms.
2. ``atsmatch score RESUME JOB`` from a cold start (a new process each run), on a two-page
   PDF when the PDF reader and fpdf2 are available, else on the text file (said in the
   output). Target: <= 2.5 s.

Data is generated from a fixed seed; nothing outside the repository is read.
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

FILLER = (
    "Worked with product and design to ship features on schedule",
    "Reduced latency and cost by profiling hot paths and removing waste",
    "Wrote design documents, reviewed code and mentored new engineers",
    "Owned on-call rotation and cut incident count through better alerting",
    "Partnered with customers to turn feedback into a quarterly roadmap",
)


def _skills(rng: random.Random, count: int) -> list[str]:
    from atsmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    names = sorted(
        c.name
        for c in taxonomy
        if not ({c.name.lower(), *(f.lower() for f in c.forms)} & taxonomy.ambiguous)
    )
    return rng.sample(names, min(count, len(names)))


def make_resume(rng: random.Random) -> str:
    """About two pages (~900 words) of resume text."""
    skills = _skills(rng, 30)
    lines = ["Alex Example", "alex@example.com | +1 555 010 2000", "", "Summary"]
    lines.append(f"Engineer with 9 years of experience in {', '.join(skills[:4])}.")
    lines += ["", "Skills", ", ".join(skills), "", "Experience"]
    for job in range(6):
        lines.append(f"Senior Engineer, Company {job} — City")
        lines.append(f"Jan {2012 + 2 * job} – Dec {2013 + 2 * job}")
        for _ in range(6):
            used = ", ".join(rng.sample(skills, 3))
            lines.append(f"- {rng.choice(FILLER)} using {used}, for {rng.randint(2, 40)} teams.")
        lines.append("")
    lines += ["Education", "B.S. Computer Science, State University, 2011", ""]
    lines += ["Certifications", "Certified Kubernetes Administrator (CKA)"]
    return "\n".join(lines) + "\n"


def make_job(rng: random.Random) -> str:
    skills = _skills(rng, 18)
    lines = ["Senior Platform Engineer", "", "About us", "We build tools for teams.", ""]
    lines += ["Requirements", "- 5+ years of professional experience."]
    lines += [f"- Strong {a} and {b}." for a, b in zip(skills[:10:2], skills[1:10:2], strict=True)]
    lines += ["", "Nice to have"] + [f"- {name} is a plus." for name in skills[10:]]
    return "\n".join(lines) + "\n"


def _median_ms(fn: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_match(resume_text: str, job_text: str, runs: int) -> None:
    import atsmatch
    from atsmatch.parse import parse_text

    resume_doc, job_doc = parse_text(resume_text), parse_text(job_text)
    resume = atsmatch.extract(resume_doc, kind="resume")
    job = atsmatch.extract(job_doc, kind="job")
    reference = atsmatch.match(resume_doc, job_doc)
    assert atsmatch.match(resume, job).score == reference.score
    for _ in range(5):
        atsmatch.match(resume_doc, job_doc)
    words = len(resume_text.split())
    print(
        f"resume: {words} words, job: {len(job_text.split())} words, "
        f"{len(reference.terms)} job terms, score {reference.score}"
    )
    profiles = _median_ms(lambda: atsmatch.match(resume, job), runs)
    documents = _median_ms(lambda: atsmatch.match(resume_doc, job_doc), runs)
    report = _median_ms(lambda: atsmatch.render(reference, format="html"), runs)
    print(f"match, profiles pre-extracted : {profiles:7.2f} ms (median of {runs})")
    print(f"match, from parsed Documents  : {documents:7.2f} ms (median of {runs})")
    print(f"render html                   : {report:7.2f} ms (median of {runs})")


def _resume_file(folder: Path, text: str) -> tuple[Path, str]:
    try:
        from fpdf import FPDF

        from atsmatch.parse import parse
    except ImportError:
        FPDF = None
    if FPDF is not None:
        pdf = FPDF()
        pdf.set_font("Helvetica", size=10)
        pdf.add_page()
        for line in text.encode("latin-1", "replace").decode("latin-1").splitlines():
            pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
        path = folder / "resume.pdf"
        pdf.output(str(path))
        try:
            parse(path)
            return path, f"two-page PDF ({pdf.page_no()} pages)"
        except Exception as exc:  # the PDF reader has not landed yet
            print(f"(PDF not readable by this build: {exc}; timing the text file)")
    path = folder / "resume.txt"
    path.write_text(text, encoding="utf-8")
    return path, "text file (PDF reader not available)"


def bench_cli(resume_text: str, job_text: str, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        resume, kind = _resume_file(folder, resume_text)
        job = folder / "job.txt"
        job.write_text(job_text, encoding="utf-8")
        command = [sys.executable, "-m", "atsmatch", "score", str(resume), str(job)]
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                print(f"atsmatch score failed: {proc.stderr.strip()}")
                return
        print(
            f"atsmatch score, cold start, {kind}: median {statistics.median(times):.2f} s, "
            f"best {min(times):.2f} s (of {runs})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--cli-runs", type=int, default=5)
    args = parser.parse_args()
    print(
        f"platform: {platform.platform()}, Python {platform.python_version()}, "
        f"{platform.processor() or platform.machine()}"
    )
    rng = random.Random(20261127)
    resume_text, job_text = make_resume(rng), make_job(rng)
    bench_match(resume_text, job_text, args.runs)
    bench_cli(resume_text, job_text, args.cli_runs)


if __name__ == "__main__":
    main()
