"""Junk terms and false gaps on realistic postings, today's code beside a baseline commit.

    python benchmarks/eval_jobread.py [--base COMMIT]

Postings and resumes: tests/data/jobread/ (written for this project; nursing, accounting,
trades, teaching, software). A *junk term* is a job term none of whose mentions lies in the
title line or under a heading the posting's ``terms_from`` names (about, benefits, pay,
physical demands, location, EEO, how to apply), or that names a place. A *false gap* is a
``must_not_miss`` term (one the matching resume meets, by itself or through an alternative
the posting offers) reported missing or partial, or a junk term reported missing or partial.
The baseline runs from ``git archive BASE`` in a subprocess, so both columns come from one
run. With /work/shared/data present, the JSON Resume sample job is read too (terms and
ignored zones only: it has no labels). Nothing here reads the network.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "jobread"
SHARED_JOB = Path("/work/shared/data/jsonresume/sample.job.json")
_WORKER = r"""
import json, sys
import atsmatch
assert atsmatch.__file__.startswith(sys.argv[2]), atsmatch.__file__
from atsmatch.config import MatchConfig
out = {}
for name, job_path, resume_path, paste in json.loads(sys.argv[1]):
    resume = open(resume_path, encoding="utf-8").read()
    if paste:
        resume += "\nKeywords: " + paste + "\n"
    result = atsmatch.match(resume, job_path)
    out[name + ":score"] = result.score
    out[name] = [
        {"name": t.name, "forms": list(t.job_forms), "status": t.status,
         "group": t.group, "starts": [m.start for m in t.job_mentions]}
        for t in result.terms
    ]
print(json.dumps(out))
"""


def _run(pythonpath: str, cases: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    env = {"PYTHONPATH": pythonpath, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, json.dumps(cases), pythonpath],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=pythonpath,
    )
    return json.loads(done.stdout)


def _ranges(text: str, headings: list[str], keep: list[str]) -> list[tuple[int, int]]:
    """Character ranges whose text may give terms: the title line and the kept headings."""
    lines = text.splitlines(keepends=True)
    starts, offset = [], 0
    for line in lines:
        if line.strip() in headings:
            starts.append((offset, line.strip()))
        offset += len(line)
    ranges = [(0, len(lines[0]))]
    for i, (start, heading) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        if heading in keep:
            ranges.append((start, end))
    return ranges


def _measure(terms: list[dict], text: str, spec: dict) -> tuple[int, int, list[str], list[str]]:
    from atsmatch.extract.vocabulary import PLACES

    ok = _ranges(text, spec["headings"], spec["terms_from"])
    junk = []
    for t in terms:
        if t["group"] in ("education", "experience", "title"):
            continue
        words = {w.lower() for f in [t["name"], *t["forms"]] for w in f.replace(",", " ").split()}
        inside = any(a <= s < b for s in t["starts"] for a, b in ok)
        if not inside or words & PLACES or t["name"].lower() == "hands-on":
            junk.append(t["name"])
    wanted = {w.lower() for w in spec["must_not_miss"]}
    false_gaps = [
        t["name"]
        for t in terms
        if t["status"] != "matched"
        and ({f.lower() for f in [t["name"], *t["forms"]]} & wanted or t["name"] in junk)
    ]
    return len(terms), len(junk), junk, false_gaps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="73f1907", help="baseline commit (default 73f1907)")
    args = parser.parse_args()
    expected = json.loads((DATA / "expected.json").read_text())
    cases = [
        (name, str(DATA / f"{name}.txt"), str(DATA / f"{name}.resume.txt"), "") for name in expected
    ]
    with tempfile.TemporaryDirectory() as base_dir:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.base], capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", base_dir], input=archive.stdout, check=True)
        before = _run(base_dir, cases)
        # the gamed resume: every term the baseline read in the job (junk too), pasted
        gamed = [
            (n, j, r, ", ".join(t["forms"][0] if t["forms"] else t["name"] for t in before[n]
                                if t["group"] not in ("education", "experience")))
            for n, j, r, _ in cases
        ]  # fmt: skip
        before_gamed = _run(base_dir, gamed)
    after = _run(str(ROOT), cases)
    after_gamed = _run(str(ROOT), gamed)
    print(f"{'posting':20} {'terms b/a':>10} {'junk b/a':>9} {'false gaps b/a':>15}")
    totals = [0] * 6
    lifts: list[tuple[float, float]] = []
    for name, job_path, _, _ in cases:
        text = Path(job_path).read_text()
        b = _measure(before[name], text, expected[name])
        a = _measure(after[name], text, expected[name])
        row = (b[0], a[0], b[1], a[1], len(b[3]), len(a[3]))
        totals = [x + y for x, y in zip(totals, row, strict=True)]
        print(f"{name:20} {b[0]:>4}/{a[0]:<5} {b[1]:>4}/{a[1]:<4} {len(b[3]):>7}/{len(a[3]):<7}")
        print(f"    junk before: {b[2]}\n    junk after:  {a[2]}")
        print(f"    false gaps before: {b[3]}\n    false gaps after:  {a[3]}")
        lift = (
            before_gamed[f"{name}:score"] - before[f"{name}:score"],
            after_gamed[f"{name}:score"] - after[f"{name}:score"],
        )
        lifts.append(lift)
        print(
            f"    pasted 'Keywords:' line lifts the score by {lift[0]:+.1f} before, "
            f"{lift[1]:+.1f} after"
        )
    n = len(cases)
    print(
        f"{'total':20} {totals[0]:>4}/{totals[1]:<5} {totals[2]:>4}/{totals[3]:<4} "
        f"{totals[4]:>7}/{totals[5]:<7}"
    )
    print(
        f"junk terms per posting: {totals[2] / n:.1f} before, {totals[3] / n:.1f} after; "
        f"junk rate {totals[2] / totals[0]:.1%} before, {totals[3] / totals[1]:.1%} after"
    )
    print(
        f"mean lift from a pasted 'Keywords:' line: {sum(b for b, _ in lifts) / n:+.1f} "
        f"before, {sum(a for _, a in lifts) / n:+.1f} after"
    )
    if SHARED_JOB.exists():
        _shared()
    else:
        print("(no /work/shared/data: the JSON Resume sample job is skipped)")
    return 0


def _shared() -> None:
    import atsmatch
    from atsmatch.config import MatchConfig
    from atsmatch.score.terms import job_terms

    job = json.loads(SHARED_JOB.read_text())
    text = "\n".join(
        [
            job.get("title", ""),
            job.get("company", ""),
            job.get("description", ""),
            "",
            "Responsibilities",
            *job.get("responsibilities", []),
            "",
            "Qualifications",
            *job.get("qualifications", []),
            "",
            "Skills",
            *(", ".join(s.get("keywords", [])) for s in job.get("skills", [])),
        ]
    )
    profile = atsmatch.extract(text, kind="job")
    terms = job_terms(profile, MatchConfig())
    ignored = [
        z.name
        for z in profile.zones
        if z.name not in ("responsibilities", "requirements", "preferred", "summary", "unknown")
    ]
    print(f"JSON Resume sample job: {len(terms)} terms; ignored zones: {ignored}")
    print("    " + ", ".join(t.name for t in terms))


if __name__ == "__main__":
    raise SystemExit(main())
