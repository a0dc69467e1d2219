"""Gaps, junk terms, knockouts and ranking on the hand-written set of benchmarks/data/eval.

    python benchmarks/eval_gaps.py [--data DIR] [--jobs ID,ID] [--ats NAME] [--json] [--details]

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
import math
import platform
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.eval_data import (  # noqa: E402
    DATA_ROOT,
    JUNK_ZONES,
    TERM_ZONES,
    EvalSet,
    JobSpec,
    KnockoutSpec,
    PairSpec,
    contains_words,
    is_listed_junk,
    load_eval_set,
    locate_zones,
    satisfies,
    term_key,
)

REFERENCE = "2026-12"
"""The set was written in December 2026: "Present" in its resumes means that month."""
FACT_CATEGORIES = frozenset({"experience", "title"})
Scores = Mapping[tuple[str, str], float]
"""Score of each (resume id, job id) pair."""
Axes = Mapping[str, Scores]
"""Scores used to rank the resumes of a job (``"job"``) and the jobs of a resume (``"resume"``)."""


# --- atsmatch ------------------------------------------------------------------------------


@dataclass
class Profiles:
    """Each document extracted once; matches memoised by (resume, job)."""

    data: EvalSet
    ats: str = "generic"
    reference: str | None = None
    jobs: dict[str, Any] = field(default_factory=dict)
    resumes: dict[str, Any] = field(default_factory=dict)
    matches: dict[tuple[str, str], Any] = field(default_factory=dict)

    def job(self, job_id: str) -> Any:
        import atsmatch

        if job_id not in self.jobs:
            self.jobs[job_id] = atsmatch.extract(self.data.job(job_id).file, kind="job")
        return self.jobs[job_id]

    def resume(self, resume_id: str) -> Any:
        import atsmatch

        if resume_id not in self.resumes:
            path = self.data.resume_files[resume_id]
            self.resumes[resume_id] = atsmatch.extract(
                path, kind="resume", reference=self.reference
            )
        return self.resumes[resume_id]

    def match(self, resume_id: str, job_id: str) -> Any:
        import atsmatch

        key = (resume_id, job_id)
        if key not in self.matches:
            config = atsmatch.MatchConfig(ats=self.ats)
            self.matches[key] = atsmatch.match(
                self.resume(resume_id), self.job(job_id), config=config
            )
        return self.matches[key]


def term_labels(term: Any, job: Any) -> list[str]:
    """A job term's name, the job's wordings of it and its concept's aliases."""
    labels = [term.name, *term.job_forms]
    skill = job.skill(term.id)
    if skill is not None:
        labels.extend(skill.concept.forms)
    return labels


def _zone_of(zones: Sequence[tuple[str, int, int]], offset: int) -> str | None:
    return next((kind for kind, start, end in zones if start <= offset < end), None)


def junk_reason(term: Any, job: Any, spec: JobSpec, zones: Sequence[tuple[str, int, int]]) -> str:
    """Why a job term is junk ("listed", "zone") or "" when it is not."""
    if term.category in FACT_CATEGORIES:
        return ""
    if is_listed_junk(term_labels(term, job), spec.must_not_find):
        return "listed"
    kinds = {_zone_of(zones, m.start) for m in term.job_mentions}
    return "zone" if kinds and kinds <= JUNK_ZONES else ""


def _off_zone(term: Any, zones: Sequence[tuple[str, int, int]]) -> bool:
    kinds = {_zone_of(zones, m.start) for m in term.job_mentions}
    return bool(kinds) and not kinds & TERM_ZONES


def _knockout_hits(expected: KnockoutSpec, knockout: Any, match: Any) -> bool:
    if knockout.kind != expected.kind:
        return False
    if not expected.about:
        return True
    text = term_key(f"{knockout.required} {knockout.message}")
    labels = [text]
    term = next((t for t in match.terms if t.id == knockout.term_id), None)
    if term is not None:
        labels.extend(term_key(x) for x in term_labels(term, match.job))
    return any(contains_words(lab, term_key(a)) for a in expected.about for lab in labels)


def knockout_outcome(pair: PairSpec, match: Any) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of the pair's knockouts."""
    unused = list(match.knockouts)
    tp = 0
    for expected in pair.knockouts:
        hit = next((k for k in unused if _knockout_hits(expected, k, match)), None)
        if hit is not None:
            unused.remove(hit)
            tp += 1
    return tp, len(unused), len(pair.knockouts) - tp


# --- per job and per pair ------------------------------------------------------------------


def evaluate_job(spec: JobSpec, profiles: Profiles) -> dict[str, Any]:
    job = profiles.job(spec.id)
    zones = locate_zones(job.document.text, spec.zones)
    first = profiles.match(spec.resumes[0].resume, spec.id)
    terms = [t for t in first.terms if t.category not in FACT_CATEGORIES]
    junk = {t.id: junk_reason(t, job, spec, zones) for t in first.terms}
    found = [any(satisfies(s, term_labels(t, job)) for t in first.terms) for s in spec.must_find]
    pairs = [_evaluate_pair(spec, pair, profiles, junk) for pair in spec.resumes]
    return {
        "job": spec.id,
        "occupation": spec.occupation,
        "terms": len(terms),
        "junk_terms": sorted(t.name for t in terms if junk[t.id]),
        "off_zone_terms": sorted(t.name for t in terms if not junk[t.id] and _off_zone(t, zones)),
        "zones_located": len(zones),
        "zones": len(spec.zones),
        "must_find": len(spec.must_find),
        "must_find_missed": [s[0] for s, ok in zip(spec.must_find, found, strict=True) if not ok],
        "pairs": pairs,
    }


def _evaluate_pair(
    spec: JobSpec, pair: PairSpec, profiles: Profiles, junk: Mapping[str, str]
) -> dict[str, Any]:
    match = profiles.match(pair.resume, spec.id)
    job = match.job
    gaps = [t for t in match.terms if t.status != "matched"]
    false_gaps = []
    for t in gaps:
        labels = term_labels(t, job)
        if junk.get(t.id) or any(satisfies(s, labels) for s in pair.not_missing):
            false_gaps.append(t.name)
    judged = violated = 0
    for s in pair.not_missing:
        hits = [t for t in match.terms if satisfies(s, term_labels(t, job))]
        if hits:
            judged += 1
            violated += any(t.status != "matched" for t in hits)
    reported = {t.id for t in gaps} | {k.term_id for k in match.knockouts}
    gap_hits = sum(
        any(t.id in reported and satisfies(s, term_labels(t, job)) for t in match.terms)
        for s in pair.gaps
    )
    tp, fp, fn = knockout_outcome(pair, match)
    return {
        "resume": pair.resume,
        "fit": pair.fit,
        "score": match.score,
        "reported_gaps": len(gaps),
        "false_gaps": sorted(false_gaps),
        "not_missing_judged": judged,
        "not_missing_violated": violated,
        "gaps_expected": len(pair.gaps),
        "gaps_reported": gap_hits,
        "knockouts_expected": [k.kind for k in pair.knockouts],
        "knockouts_found": [f"{k.kind}: {k.required or k.message}" for k in match.knockouts],
        "knockout_tp": tp,
        "knockout_fp": fp,
        "knockout_fn": fn,
    }


# --- ranking -------------------------------------------------------------------------------


def ranks_of(groups: Sequence[Sequence[str]]) -> dict[str, float]:
    """Expected rank of each id (1 = best) from tie groups, best first."""
    ranks: dict[str, float] = {}
    for position, group in enumerate(groups, start=1):
        for item in group:
            ranks[item] = float(position)
    return ranks


def spearman(expected: Mapping[str, float], scores: Mapping[str, float]) -> float:
    """Spearman's rho between expected ranks (1 = best) and scores; 0 when undefined
    (all scores equal), so a system that cannot tell candidates apart earns nothing."""
    from scipy.stats import spearmanr

    ids = sorted(expected)
    if len({scores[i] for i in ids}) < 2 or len({expected[i] for i in ids}) < 2:
        return 0.0
    rho = spearmanr([-expected[i] for i in ids], [scores[i] for i in ids]).statistic
    return 0.0 if rho is None or math.isnan(rho) else float(rho)


def pairwise(expected: Mapping[str, float], scores: Mapping[str, float]) -> tuple[float, int]:
    """(agreeing pairs, pairs) over pairs of ids with different expected ranks; a score tie
    counts half."""
    good, total = 0.0, 0
    ids = sorted(expected)
    for a in ids:
        for b in ids:
            if expected[a] < expected[b]:
                total += 1
                good += 1.0 if scores[a] > scores[b] else 0.5 if scores[a] == scores[b] else 0.0
    return good, total


def ranking_lists(data: EvalSet) -> list[tuple[str, str, dict[str, float]]]:
    """("job" | "resume", id, expected ranks of the other side's ids)."""
    lists: list[tuple[str, str, dict[str, float]]] = []
    for job in data.jobs:
        groups: dict[int, list[str]] = {}
        for p in job.resumes:
            groups.setdefault(p.rank, []).append(p.resume)
        lists.append(("job", job.id, ranks_of([groups[r] for r in sorted(groups)])))
    lists.extend(("resume", o.resume, ranks_of(o.order)) for o in data.job_orders)
    return lists


def ranking_agreement(data: EvalSet, systems: Mapping[str, Axes]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    lists = ranking_lists(data)
    for name, scores in systems.items():
        row: dict[str, Any] = {}
        for axis in ("job", "resume"):
            rhos, good, total = [], 0.0, 0
            for kind, key, expected in lists:
                if kind != axis:
                    continue
                pairs = {o: (o, key) if axis == "job" else (key, o) for o in expected}
                got = {o: scores[axis][pair] for o, pair in pairs.items()}
                rhos.append(spearman(expected, got))
                g, t = pairwise(expected, got)
                good, total = good + g, total + t
            row[axis] = {
                "lists": len(rhos),
                "spearman": sum(rhos) / len(rhos) if rhos else None,
                "pairwise": good / total if total else None,
            }
        out[name] = row
    return out


def needed_pairs(data: EvalSet) -> list[tuple[str, str]]:
    pairs = [(p.resume, j.id) for j in data.jobs for p in j.resumes]
    pairs += [(o.resume, j) for o in data.job_orders for g in o.order for j in g]
    return sorted(set(pairs))


def baseline_scores(data: EvalSet) -> dict[str, Axes]:
    """TF-IDF cosine and BM25 (query = the job for its resumes, the resume for its jobs)."""
    from benchmarks.eval_baselines import bm25_scores, tfidf_scores

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

    tp, fp, fn = total("knockout_tp"), total("knockout_fp"), total("knockout_fn")
    return {
        "jobs": len(jobs),
        "pairs": len(pairs),
        "false_gap_rate": _rate(total("false_gaps"), total("reported_gaps")),
        "false_gaps": total("false_gaps"),
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
        "ranking": ranking_agreement(data, systems),
        "jobs": jobs,
    }


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA_ROOT, help="the evaluation set folder")
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
