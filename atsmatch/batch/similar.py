"""The text-similarity term of the batch path: resume vectors × job vectors, one sparse
product per chunk (:mod:`atsmatch.score.similarity` computes the same pair by pair).

The jobs' vectors are one matrix over the jobs' own vocabulary, built once; a resume keeps
only the words some job has (a word no job has adds nothing to any cosine), as two small
arrays, so a chunk is one CSR matrix built without a Python loop over its words. The
vectors' weights lie on a grid that makes every dot product exact in any order
(``score.similarity._GRID``), so the product equals :func:`~atsmatch.score.similarity.cosine`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from atsmatch.config import MatchConfig
from atsmatch.score.similarity import RELIABLE_WORDS, words_of

__all__ = ["JobVectors", "ResumeVector"]


@dataclass(frozen=True, slots=True)
class ResumeVector:
    """A resume's vector restricted to the jobs' vocabulary, and its content-word count."""

    indices: Any
    values: Any
    words: int


class JobVectors:
    """Every job's vector as one CSR matrix (vocabulary × jobs); ``None`` jobs are absent."""

    def __init__(self, vectors: Sequence[Mapping[str, float] | None], config: MatchConfig):
        import numpy as np
        from scipy import sparse

        self.config = config
        self.vocabulary: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        data: list[float] = []
        for j, vector in enumerate(vectors):
            for word, value in (vector or {}).items():
                if word:
                    rows.append(self.vocabulary.setdefault(word, len(self.vocabulary)))
                    cols.append(j)
                    data.append(value)
        shape = (max(len(self.vocabulary), 1), len(vectors))
        self.matrix = sparse.csr_matrix((data, (rows, cols)), shape=shape, dtype=np.float64)
        self._by_job = self.matrix.T.tocsr()
        self.words = np.array([words_of(v) if v else 0 for v in vectors], dtype=np.float64)
        self.present = np.array([v is not None for v in vectors], dtype=bool)

    def of(self, vector: Mapping[str, float]) -> ResumeVector:
        """A resume's :class:`ResumeVector`."""
        import numpy as np

        index = self.vocabulary
        found = sorted((index[w], v) for w, v in vector.items() if w in index)
        return ResumeVector(
            np.fromiter((i for i, _ in found), dtype=np.int32, count=len(found)),
            np.fromiter((v for _, v in found), dtype=np.float64, count=len(found)),
            words_of(vector),
        )

    def matrices(self, resumes: Sequence[ResumeVector | None]) -> tuple[Any, Any]:
        """The similarity credit and its weight for every resume × job, as match() computes
        them one pair at a time: ``min(1, cosine / similarity_full)`` and
        ``similarity_weight × min(1, shorter word count / RELIABLE_WORDS)``; zeros where a
        vector is missing or the similarity is off."""
        import numpy as np
        from scipy import sparse

        config = self.config
        shape = (len(resumes), len(self.words))
        if not config.similarity_weight:
            return np.zeros(shape), np.zeros(shape)
        kept = [r for r in resumes if r is not None]
        lengths = [0 if r is None else len(r.indices) for r in resumes]
        indptr = np.zeros(len(resumes) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.concatenate([r.indices for r in kept] or [np.zeros(0, np.int32)])
        values = np.concatenate([r.values for r in kept] or [np.zeros(0)])
        left = sparse.csr_matrix(
            (values, indices, indptr), shape=(len(resumes), self.matrix.shape[0])
        )
        credit = np.ascontiguousarray((self._by_job @ left.toarray().T).T)  # the cosines
        full = config.similarity_full
        if full > 0:
            np.maximum(credit, 0.0, out=credit)
            credit /= full
            np.minimum(credit, 1.0, out=credit)
        else:
            credit[:] = 0.0
        words = np.array([0 if r is None else r.words for r in resumes], dtype=np.float64)
        weight = np.minimum.outer(words, self.words)
        weight /= RELIABLE_WORDS
        np.minimum(weight, 1.0, out=weight)
        weight *= config.similarity_weight
        absent = np.array([r is None for r in resumes], dtype=bool)
        for found in (credit, weight):
            found[absent, :] = 0.0
            found[:, ~self.present] = 0.0
        return credit, weight
