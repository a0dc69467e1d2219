"""How well scores rank: atsmatch against TF-IDF cosine and BM25 on one generated set.

    python benchmarks/eval_onet_ranking.py [--data DIR] [--occupations 64] [--resumes 3] [--seed 8]

Needs ../shared/data/onet-29.2 (exits 0 with a message when it is absent). The set comes
from :mod:`benchmarks.onet_ranking_data`: postings and resumes per O*NET occupation, relevance 2
for the same occupation, 1 for the same job family (SOC major group), 0 otherwise.

Reported, for every scorer in one run:

- ``MAP/job``: mean over postings of the average precision of its resume ranking, with the
  same-occupation resumes as the relevant ones;
- ``AUC/job``: mean over postings of the share of resume pairs of different relevance that
  the score orders the right way (ties count half);
- ``AUC/resume``: the same over the postings of each resume (ranking jobs for one person).

Scorers: ``atsmatch`` (``match().score`` from pre-extracted profiles), ``atsmatch-terms``
(the term coverage alone: ``similarity_weight`` 0 and ``min_specificity`` 1, i.e. no text
similarity, no specificity and baseline terms in full; run the script on an older checkout
for the code before), ``tfidf`` (scikit-learn ``TfidfVectorizer``, English stop words,
sublinear tf, fitted on all postings and resumes; cosine) and ``bm25`` (Okapi BM25, k1 =
1.5, b = 0.75, written out below: postings as queries over resumes, resumes as queries over
postings).
"""

from __future__ import annotations

import argparse
import math
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CANDIDATES = [base / "shared" / "data" / "onet-29.2" for base in ROOT.parents[:2]]
DEFAULT_DATA = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[0])
Matrix = list[list[float]]


def average_precision(scores: Sequence[float], relevant: Sequence[bool]) -> float:
    """Average precision of ranking by ``scores`` (descending; ties broken by index)."""
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if relevant[i]:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def pair_auc(scores: Sequence[float], grades: Sequence[int]) -> float | None:
    """Share of pairs with different grades ordered the right way (ties count half)."""
    right = pairs = 0.0
    for a in range(len(scores)):
        for b in range(len(scores)):
            if grades[a] > grades[b]:
                pairs += 1
                diff = scores[a] - scores[b]
                right += 1.0 if diff > 0 else 0.5 if diff == 0 else 0.0
    return right / pairs if pairs else None


def evaluate(scores: Matrix, grade: Callable[[int, int], int]) -> dict[str, float]:
    """MAP and AUC per job (columns) and AUC per resume (rows) of a resumes × jobs matrix."""
    n_resumes, n_jobs = len(scores), len(scores[0])
    aps, job_aucs, resume_aucs = [], [], []
    for j in range(n_jobs):
        column = [scores[i][j] for i in range(n_resumes)]
        grades = [grade(i, j) for i in range(n_resumes)]
        aps.append(average_precision(column, [g == 2 for g in grades]))
        auc = pair_auc(column, grades)
        if auc is not None:
            job_aucs.append(auc)
    for i in range(n_resumes):
        auc = pair_auc(scores[i], [grade(i, j) for j in range(n_jobs)])
        if auc is not None:
            resume_aucs.append(auc)
    mean = lambda xs: sum(xs) / len(xs) if xs else float("nan")  # noqa: E731
    return {"MAP/job": mean(aps), "AUC/job": mean(job_aucs), "AUC/resume": mean(resume_aucs)}


def tfidf_scores(resumes: Sequence[str], jobs: Sequence[str]) -> Matrix:
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    matrix = vectorizer.fit_transform([*resumes, *jobs])
    product = (matrix[: len(resumes)] @ matrix[len(resumes) :].T).toarray()
    return [[float(x) for x in row] for row in product]


def _tokens(text: str) -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    analyzer = TfidfVectorizer(stop_words="english").build_analyzer()
    return [t for t in analyzer(text) if t not in ENGLISH_STOP_WORDS]


def bm25(
    queries: Sequence[list[str]], corpus: Sequence[list[str]], k1: float = 1.5, b: float = 0.75
) -> Matrix:
    """Okapi BM25 of every query against every document (queries × documents)."""
    n = len(corpus)
    average = sum(map(len, corpus)) / n
    df: Counter[str] = Counter(t for doc in corpus for t in set(doc))
    idf = {t: math.log((n - d + 0.5) / (d + 0.5) + 1.0) for t, d in df.items()}
    counts = [Counter(doc) for doc in corpus]
    out = []
    for query in queries:
        terms = Counter(query)
        row = []
        for doc, tf in zip(corpus, counts, strict=True):
            norm = k1 * (1 - b + b * len(doc) / average)
            row.append(
                sum(idf.get(t, 0.0) * tf[t] * (k1 + 1) / (tf[t] + norm) for t in terms if t in tf)
            )
        out.append(row)
    return out


def bm25_scores(resumes: Sequence[str], jobs: Sequence[str]) -> tuple[Matrix, Matrix]:
    """(per job: postings as queries over resumes, per resume: resumes over postings)."""
    r_tokens, j_tokens = [_tokens(t) for t in resumes], [_tokens(t) for t in jobs]
    by_job = bm25(j_tokens, r_tokens)  # jobs × resumes
    by_resume = bm25(r_tokens, j_tokens)  # resumes × jobs
    return [list(col) for col in zip(*by_job, strict=True)], by_resume


def atsmatch_scores(resumes: Sequence[str], jobs: Sequence[str], config: object) -> Matrix:
    import atsmatch

    r_profiles = [atsmatch.extract(t, kind="resume") for t in resumes]
    j_profiles = [atsmatch.extract(t, kind="job") for t in jobs]
    return [
        [atsmatch.match(r, j, config=config).score for j in j_profiles]  # type: ignore[arg-type]
        for r in r_profiles
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--occupations", type=int, default=64)
    parser.add_argument("--resumes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--no-ablation", action="store_true", help="skip atsmatch-terms")
    args = parser.parse_args(argv)
    if not (args.data / "Task Statements.txt").is_file():
        print(f"skipped: O*NET data not found at {args.data} (needs ../shared/data/onet-29.2)")
        return 0
    import dataclasses

    import atsmatch
    from benchmarks.onet_ranking_data import build_set

    data = build_set(
        args.data, occupations=args.occupations, resumes_per_job=args.resumes, seed=args.seed
    )
    families = len({code[:2] for code in data.job_occupation})
    print(f"python {platform.python_version()} on {platform.machine()}; seed {args.seed}")
    print(f"{len(data.jobs)} postings / {len(data.resumes)} resumes / {families} job families")
    started = time.perf_counter()
    default = atsmatch.MatchConfig()
    terms_only = dataclasses.replace(default, **_terms_only(default))
    results: dict[str, dict[str, float]] = {}
    configs = [("atsmatch", default), ("atsmatch-terms", terms_only)]
    for name, config in configs[:1] if args.no_ablation else configs:
        results[name] = evaluate(atsmatch_scores(data.resumes, data.jobs, config), data.relevance)
    results["tfidf"] = evaluate(tfidf_scores(data.resumes, data.jobs), data.relevance)
    by_job, by_resume = bm25_scores(data.resumes, data.jobs)
    bm = evaluate(by_job, data.relevance)
    bm["AUC/resume"] = evaluate(by_resume, data.relevance)["AUC/resume"]
    results["bm25"] = bm
    print(f"{'scorer':16} {'MAP/job':>8} {'AUC/job':>8} {'AUC/resume':>11}")
    for name, row in results.items():
        print(f"{name:16} {row['MAP/job']:8.3f} {row['AUC/job']:8.3f} {row['AUC/resume']:11.3f}")
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


def _terms_only(config: object) -> dict[str, object]:
    """The settings that switch off what issue 8 added to the score (when present)."""
    names = {f.name for f in __import__("dataclasses").fields(config)}
    wanted = (("similarity_weight", 0.0), ("min_specificity", 1.0))
    return {k: v for k, v in wanted if k in names}


if __name__ == "__main__":
    raise SystemExit(main())
