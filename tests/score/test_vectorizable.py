"""The contract a vectorized batch path relies on: score = credits × weights / total weight,
with credits depending on (resume, term) only and weights on (term, job) only."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

import atsmatch
from atsmatch.profile import Degree
from atsmatch.score.ats import resolve_ats
from tests.score.builders import make_profile

JOBS = [
    make_profile(
        "job",
        "Data Engineer\nRequirements\n- Python, SQL and teamwork\n- data pipelines\n",
        {"t:python": "required", "t:sql": "required", "t:teamwork": "required"},
        keywords=[("data pipelines", "required")],
        years=3.0,
        title="Data Engineer",
    ),
    make_profile(
        "job",
        "Requirements\n- Kubernetes, Docker\nNice to have\n- CKA, PostgreSQL\n",
        {
            "t:kubernetes": "required",
            "t:docker": "required",
            "t:cka": "preferred",
            "t:postgresql": "preferred",
        },
        degree=Degree(2, "Bachelor's"),
        years=5.0,
    ),
]
RESUMES = [
    make_profile(
        "resume",
        "Skills\nPython, Postgres\nExperience\nBuilt data pipelines.\n",
        ["t:python", "t:postgresql"],
        years=4.0,
        title="Data Engineer",
    ),
    make_profile(
        "resume",
        "Skills\nDocker, K8s, CKA\n",
        ["t:docker", "t:kubernetes", "t:cka"],
        degree=Degree(3, "MSc"),
        years=6.0,
    ),
    make_profile("resume", "Summary\nPastry chef.\n"),
]


@pytest.mark.parametrize("ats", ["generic", "literal", "semantic"])
def test_vectorizable_score_is_a_sparse_product(ats: str) -> None:
    config = atsmatch.MatchConfig(ats=ats)
    matches = [[atsmatch.match(r, j, config=config) for j in JOBS] for r in RESUMES]
    keys = sorted({(t.id, t.name) for row in matches for m in row for t in m.terms})
    column = {key: index for index, key in enumerate(keys)}
    weights = np.zeros((len(keys), len(JOBS)))
    for j in range(len(JOBS)):
        for term in matches[0][j].terms:
            weights[column[(term.id, term.name)], j] = term.weight
    credits = np.zeros((len(RESUMES), len(keys)))
    for i, row in enumerate(matches):
        for m in row:
            for term in m.terms:
                key = column[(term.id, term.name)]
                if credits[i, key]:
                    assert credits[i, key] == term.credit  # independent of the job
                credits[i, key] = term.credit
    product = sparse.csr_matrix(credits) @ sparse.csr_matrix(weights)
    similarity, pair_weight = _similarity(resolve_ats(config))
    earned = product.toarray() + pair_weight * similarity
    scores = np.round(100 * earned / (weights.sum(axis=0) + pair_weight), 2)
    expected = np.array([[m.score for m in row] for row in matches])
    np.testing.assert_array_equal(scores, expected)


def _similarity(config: atsmatch.MatchConfig) -> tuple[np.ndarray, np.ndarray]:
    """The text-similarity credits and their weights for every pair, from per-document
    vectors only: one sparse product of resume rows and job columns, then elementwise."""
    from atsmatch.score.similarity import RELIABLE_WORDS, job_vector, resume_vector, words_of

    rows = [resume_vector(r.document) for r in RESUMES]
    cols = [job_vector(j.document) for j in JOBS]
    vocab = {w: i for i, w in enumerate(sorted({w for v in rows + cols for w in v if w}))}

    def matrix(vectors: list) -> sparse.csr_matrix:
        out = sparse.lil_matrix((len(vectors), max(len(vocab), 1)))
        for i, vector in enumerate(vectors):
            for word, value in vector.items():
                if word:
                    out[i, vocab[word]] = value
        return out.tocsr()

    cosine = (matrix(rows) @ matrix(cols).T).toarray()
    credit = np.minimum(1.0, cosine / config.similarity_full)
    words = np.minimum.outer([words_of(v) for v in rows], [words_of(v) for v in cols])
    weight = config.similarity_weight * np.minimum(1.0, words / RELIABLE_WORDS)
    return credit, weight
