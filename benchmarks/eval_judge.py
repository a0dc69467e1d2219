"""How one posting and its resumes are judged against the expectations (benchmarks/eval_gaps.py).

Each posting is extracted once as a job and each resume once as a resume; a job term's
labels are its name, the job's wordings and its concept's aliases. See
benchmarks/data/eval/README.md for the rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.eval_data import (
    JUNK_ZONES,
    TERM_ZONES,
    EvalSet,
    JobSpec,
    KnockoutSpec,
    PairSpec,
    contains_words,
    is_listed_junk,
    locate_zones,
    satisfies,
    term_key,
)

__all__ = ["Profiles", "evaluate_job", "junk_reason", "knockout_outcome", "term_labels"]

FACT_CATEGORIES = frozenset({"experience", "title"})


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
        "field": spec.source.stem,
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
