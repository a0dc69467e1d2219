"""Gaps, junk terms, knockouts and ranking on the hand-written set of benchmarks/data/eval.

    python benchmarks/eval_gaps.py [--set DIR] [--jobs ID,ID] [--ats NAME] [--json] [--details]

Each posting is read once as a job and each resume once as a resume, then every pair the
expectations name is matched (benchmarks/data/eval/README.md has the format and the rules).
Reported, micro-averaged over the set:

- false-gap rate: reported gaps (terms left ``missing`` or ``partial``) that are not gaps, i.e.
  a term the expectations say must not be reported missing for that pair (an alternative or
  a category member the resume has), or a junk term; over all reported gaps;
- not-missing violations: of the must-not-be-missing terms the job has, how many were
  reported missing; gap recall: of the gaps a recruiter names, how many were reported;
- junk-term rate: job terms that are junk (a listed must-not-find phrase, or mentioned only
  in the about, benefits, pay, place, schedule, physical demands, EEO or how-to-apply zones),
  over all job terms (years and title terms left out); must-find recall;
- knockout accuracy: pairs whose knockouts are exactly the expected ones (kind, and what
  they are about when given), with knockout precision and recall;
- ranking agreement for atsmatch, TF-IDF cosine and BM25 side by side: Spearman's rho per job
  (its resumes) and per resume (its jobs, where the set gives an order), and the share of
  ordered pairs put in the expected order (ties count half).

Runs from a clean clone; needs nothing from ../shared.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_data import (  # noqa: E402
    DATA_ROOT,
    EvalSet,
    load_eval_set,
)
from benchmarks.eval_judge import Profiles, evaluate_job  # noqa: E402
from benchmarks.eval_ranking import (  # noqa: E402
    Axes,
    bm25_scores,
    ranking_agreement,
    tfidf_scores,
)

REFERENCE = "2026-12"
"""The set was written in December 2026: "Present" in its resumes means that month."""


def needed_pairs(data: EvalSet) -> list[tuple[str, str]]:
    pairs = [(p.resume, j.id) for j in data.jobs for p in j.resumes]
    pairs += [(o.resume, j) for o in data.job_orders for g in o.order for j in g]
    return sorted(set(pairs))


def baseline_scores(data: EvalSet) -> dict[str, Axes]:
    """TF-IDF cosine and BM25 (query = the job for its resumes, the resume for its jobs)."""
    jobs = {j.id: j.file.read_text(encoding="utf-8") for j in data.jobs}
    resumes = {r: data.resume_files[r].read_text(encoding="utf-8") for r, _ in needed_pairs(data)}
    tfidf = tfidf_scores(jobs, resumes)
    return {"tfidf": {"job": tfidf, "resume": tfidf}, "bm25": bm25_scores(jobs, resumes)}


# --- summary and output --------------------------------------------------------------------


def _rate(num: float, den: float) -> float | None:
    return num / den if den else None


def summarize(jobs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    pairs = [p for j in jobs for p in j["pairs"]]

    def total(key: str, rows: Sequence[Mapping[str, Any]] = pairs) -> int:
        return sum(len(r[key]) if isinstance(r[key], list) else r[key] for r in rows)

    strong = [p for p in pairs if p["fit"] == "strong"]
    tp, fp, fn = total("knockout_tp"), total("knockout_fp"), total("knockout_fn")
    return {
        "jobs": len(jobs),
        "pairs": len(pairs),
        "false_gap_rate": _rate(total("false_gaps"), total("reported_gaps")),
        "false_gaps": total("false_gaps"),
        "false_gap_rate_strong": _rate(total("false_gaps", strong), total("reported_gaps", strong)),
        "reported_gaps": total("reported_gaps"),
        "not_missing_violation_rate": _rate(
            total("not_missing_violated"), total("not_missing_judged")
        ),
        "gap_recall": _rate(total("gaps_reported"), total("gaps_expected")),
        "junk_term_rate": _rate(total("junk_terms", jobs), total("terms", jobs)),
        "junk_terms": total("junk_terms", jobs),
        "job_terms": total("terms", jobs),
        "off_zone_term_rate": _rate(total("off_zone_terms", jobs), total("terms", jobs)),
        "must_find_recall": _rate(
            total("must_find", jobs) - total("must_find_missed", jobs), total("must_find", jobs)
        ),
        "knockout_accuracy": _rate(
            sum(p["knockout_fp"] == p["knockout_fn"] == 0 for p in pairs), len(pairs)
        ),
        "knockout_precision": _rate(tp, tp + fp),
        "knockout_recall": _rate(tp, tp + fn),
    }


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_text(result: Mapping[str, Any], *, details: bool) -> str:
    s = result["summary"]
    lines = [
        f"eval set: {s['jobs']} postings, {s['pairs']} resume-job pairs ({result['platform']})",
        f"false-gap rate          {_fmt(s['false_gap_rate'])}  "
        f"({s['false_gaps']} of {s['reported_gaps']} reported gaps)",
        f"  strong-fit pairs only {_fmt(s['false_gap_rate_strong'])}",
        f"not-missing violations  {_fmt(s['not_missing_violation_rate'])}",
        f"gap recall              {_fmt(s['gap_recall'])}",
        f"junk-term rate          {_fmt(s['junk_term_rate'])}  "
        f"({s['junk_terms']} of {s['job_terms']} job terms)",
        f"off-zone term rate      {_fmt(s['off_zone_term_rate'])}",
        f"must-find recall        {_fmt(s['must_find_recall'])}",
        f"knockout accuracy       {_fmt(s['knockout_accuracy'])}  (precision "
        f"{_fmt(s['knockout_precision'])}, recall {_fmt(s['knockout_recall'])})",
        "",
        "ranking          Spearman/job  pairwise/job  Spearman/resume  pairwise/resume",
    ]
    for name, row in result["ranking"].items():
        j, r = row["job"], row["resume"]
        lines.append(
            f"{name:<16} {_fmt(j['spearman']):>12}  {_fmt(j['pairwise']):>12}  "
            f"{_fmt(r['spearman']):>15}  {_fmt(r['pairwise']):>15}"
        )
    lines += ["", "field              postings  false-gap  junk   must-find  knockouts"]
    for name, f in result["fields"].items():
        lines.append(
            f"{name:<18} {f['jobs']:>8}  {_fmt(f['false_gap_rate']):>9}  "
            f"{_fmt(f['junk_term_rate'])}  {_fmt(f['must_find_recall']):>9}  "
            f"{_fmt(f['knockout_accuracy']):>9}"
        )
    if details:
        lines.append("")
        for job in result["jobs"]:
            lines.append(
                f"{job['job']}: junk {job['junk_terms']}; missed {job['must_find_missed']}"
            )
            for p in job["pairs"]:
                lines.append(
                    f"  {p['resume']:<22} {p['score']:6.2f}  false gaps {p['false_gaps']}  "
                    f"knockouts {p['knockouts_found']} (expected {p['knockouts_expected']})"
                )
    return "\n".join(lines)


def run(
    data: EvalSet, *, ats: str = "generic", reference: str | None = REFERENCE
) -> dict[str, Any]:
    profiles = Profiles(data, ats=ats, reference=reference)
    started = time.perf_counter()
    jobs = [evaluate_job(spec, profiles) for spec in data.jobs]
    ats_scores = {pair: float(profiles.match(*pair).score) for pair in needed_pairs(data)}
    systems: dict[str, Axes] = {"atsmatch": {"job": ats_scores, "resume": ats_scores}}
    systems.update(baseline_scores(data))
    return {
        "platform": f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}",
        "ats": ats,
        "reference": reference,
        "seconds": round(time.perf_counter() - started, 1),
        "summary": summarize(jobs),
        "fields": {
            field: summarize([j for j in jobs if j["field"] == field])
            for field in sorted({j["field"] for j in jobs})
        },
        "ranking": ranking_agreement(data, systems),
        "jobs": jobs,
    }


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        "--data",
        dest="data",
        type=Path,
        default=DATA_ROOT,
        help="the evaluation set folder (default benchmarks/data/eval; the held-out check is "
        "benchmarks/data/eval_heldout)",
    )
    parser.add_argument("--jobs", default="", help="comma-separated job ids (default: all)")
    parser.add_argument("--ats", default="generic", help="ATS profile for atsmatch.match")
    parser.add_argument(
        "--reference",
        default=REFERENCE,
        help=f"the month 'Present' stands for in the resumes (default {REFERENCE}; "
        "'' for atsmatch's own guess)",
    )
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--details", action="store_true", help="list junk terms and false gaps")
    args = parser.parse_args(argv)
    from benchmarks.eval_data import EvalDataError

    try:
        data = load_eval_set(args.data)
        if args.jobs:
            data = data.subset(x.strip() for x in args.jobs.split(",") if x.strip())
    except (EvalDataError, OSError) as exc:
        print(f"eval_gaps: {exc}", file=sys.stderr)
        return 2
    result = run(data, ats=args.ats, reference=args.reference or None)
    out(json.dumps(result, indent=2) if args.json else render_text(result, details=args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
