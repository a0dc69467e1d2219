"""Ranking agreement and text-similarity baselines for benchmarks/eval_gaps.py.

Agreement: Spearman's rho between a recruiter's expected order and a system's scores (per
job over its resumes, per resume over its jobs) and the share of ordered pairs a system puts
in the expected order. Baselines: TF-IDF cosine and Okapi BM25.

Both read the raw text of the files. TF-IDF is fitted on every posting and resume of the run
(scikit-learn, English stop words, sublinear term frequency); its cosine is symmetric, so one
score serves both ranking directions. BM25 (k1 = 1.2, b = 0.75) ranks the resumes of a job
with the job's distinct words as the query over all resumes of the run, and the jobs of a
resume with the resume's words as the query over all postings.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from benchmarks.eval_data import EvalSet

__all__ = [
    "bm25",
    "bm25_scores",
    "pairwise",
    "ranking_agreement",
    "ranking_lists",
    "ranks_of",
    "spearman",
    "tfidf_scores",
]

Pair = tuple[str, str]
"""(resume id, job id)."""
Scores = Mapping[Pair, float]
"""Score of each (resume id, job id) pair."""
Axes = Mapping[str, Scores]
"""Scores used to rank the resumes of a job (``"job"``) and the jobs of a resume (``"resume"``)."""


def _analyzer() -> object:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english").build_analyzer()


def tfidf_scores(jobs: Mapping[str, str], resumes: Mapping[str, str]) -> dict[Pair, float]:
    """Cosine of TF-IDF vectors for every (resume, job) pair."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    job_ids, resume_ids = sorted(jobs), sorted(resumes)
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform([jobs[j] for j in job_ids] + [resumes[r] for r in resume_ids])
    sims = (matrix[len(job_ids) :] @ matrix[: len(job_ids)].T).toarray()
    return {
        (r, j): float(sims[ri, ji])
        for ri, r in enumerate(resume_ids)
        for ji, j in enumerate(job_ids)
    }


def bm25(
    query: Sequence[str], corpus: Mapping[str, Sequence[str]], *, k1: float = 1.2, b: float = 0.75
) -> dict[str, float]:
    """Okapi BM25 of each document of ``corpus`` for the distinct words of ``query``."""
    n = len(corpus)
    counts = {key: Counter(tokens) for key, tokens in corpus.items()}
    avg = sum(len(t) for t in corpus.values()) / n if n else 0.0
    df = Counter(word for c in counts.values() for word in c)
    scores = {}
    for key, tf in counts.items():
        norm = k1 * (1 - b + b * len(corpus[key]) / avg) if avg else k1
        total = 0.0
        for word in set(query):
            if tf[word]:
                idf = math.log((n - df[word] + 0.5) / (df[word] + 0.5) + 1.0)
                total += idf * tf[word] * (k1 + 1) / (tf[word] + norm)
        scores[key] = total
    return scores


def bm25_scores(
    jobs: Mapping[str, str], resumes: Mapping[str, str]
) -> dict[str, dict[Pair, float]]:
    """BM25 per ranking direction: ``{"job": ..., "resume": ...}``, each keyed by pair."""
    analyze = _analyzer()
    job_tokens = {j: analyze(t) for j, t in jobs.items()}  # type: ignore[operator]
    resume_tokens = {r: analyze(t) for r, t in resumes.items()}  # type: ignore[operator]
    by_job = {(r, j): s for j, q in job_tokens.items() for r, s in bm25(q, resume_tokens).items()}
    by_resume = {
        (r, j): s for r, q in resume_tokens.items() for j, s in bm25(q, job_tokens).items()
    }
    return {"job": by_job, "resume": by_resume}


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
