"""Text-similarity baselines for benchmarks/eval_gaps.py: TF-IDF cosine and Okapi BM25.

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

__all__ = ["bm25", "bm25_scores", "tfidf_scores"]

Pair = tuple[str, str]
"""(resume id, job id)."""


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
