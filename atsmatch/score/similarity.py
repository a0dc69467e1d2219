"""Text similarity between a resume and the requirement text of a job: a TF-IDF cosine.

Each document becomes one sparse vector, computed once and cached: its words reduced to their
lemma (``maintained``, ``maintaining`` → ``maintain``: resumes tell in the past what postings
ask in the present) and the background normal form (:func:`atsmatch.extract.background.fold`),
stop words and numbers left out, weighted ``(1 + log tf) × √idf`` with the inverse document
frequencies of the built-in background table (O*NET task and ESCO descriptions, the same table
that ranks keywords), then scaled to unit length. This is what scikit-learn's
``TfidfVectorizer`` computes with ``sublinear_tf=True`` and a fixed ``idf_`` (here the square
root of the background idf: the table counts task statements, not postings, and the full idf let
one rare word decide a pair); it is written out here so that scoring one pair needs neither
scikit-learn nor a corpus. A resume's education, interests and references count half
(:data:`HALF_SECTIONS`): they tell where a person studied and what they like, not the work a job
asks for. A job's vector reads only its requirement text: lines in the company, benefits, pay,
EEO and how-to-apply zones (:meth:`JobReader.is_boilerplate`) are left out, so boilerplate
shared by every posting of an employer adds nothing.

The similarity of a pair is the dot product of the two vectors (the cosine), so many
resumes × many jobs are one sparse product of a resumes × words matrix with a words × jobs
matrix (:func:`vector_of` gives the rows).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from atsmatch.config import MatchConfig
from atsmatch.document import Document
from atsmatch.extract.background import fold, load_background, word_set, words
from atsmatch.language.lemmas import verb_lemma
from atsmatch.profile import Profile, Zone

__all__ = [
    "HALF_SECTIONS",
    "RELIABLE_WORDS",
    "cosine",
    "job_vector",
    "job_vectors",
    "reliability",
    "resume_vector",
    "shared_words",
    "similarity_matrices",
    "vector_of",
    "weighted_vector",
    "word_key",
    "words_of",
]

Vector = Mapping[str, float]

_STOP = word_set(
    """a an the and or of in on at to for with by from as is are be been being was were will
    would can could should may might must shall do does did have has had having this that
    these those it its our your their we you they he she i me my us them who whom which what
    when where why how all any both each few more most other some such no nor not only own
    same so than too very just also into over under about above below up down out off again
    further then once here there etc per via including include includes within across
    experience experienced year years month months skill skills ability able strong
    excellent good great proven knowledge required require requirement requirements
    preferred plus responsibility responsibilities role job candidate work working team new
    well using use used across day per"""
)
"""Function words, and the words every posting and resume uses about itself ("experience",
"years", "skills", "required"): the background table counts task statements, where those
are rare, so their idf would be high for no reason."""


RELIABLE_WORDS = 50
"""Two short texts that share one word ("Python") have a high cosine that says little: a
pair whose shorter document has fewer content words than this gives the similarity only
``words / RELIABLE_WORDS`` of its weight (:func:`reliability`)."""


def reliability(a: Vector, b: Vector) -> float:
    """min(1, content words of the shorter document / :data:`RELIABLE_WORDS`)."""
    return min(1.0, min(words_of(a), words_of(b)) / RELIABLE_WORDS)


def words_of(vector: Vector) -> int:
    """How many content words the vector's document had (kept under the key ``""``)."""
    return int(vector.get("", 0.0))


HALF_SECTIONS = frozenset({"education", "interests", "references"})
"""Resume sections whose words count half in the resume's vector."""


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The key of a word in a vector: its lemma (``-ing`` and ``-ed`` forms included:
    ``managed``, ``managing`` → ``manage``) in the background normal form."""
    return fold(verb_lemma(word.lower()))


def vector_of(text: str) -> Vector:
    """The unit-length sublinear TF-IDF vector of ``text`` (see :func:`weighted_vector`)."""
    return weighted_vector(((text, 1.0),))


def weighted_vector(parts: Sequence[tuple[str, float]]) -> Vector:
    """The unit-length sublinear TF-IDF vector of the texts in ``parts``, each word counted
    with its part's factor (a term frequency below 1 counts as itself, from 1 on as
    ``1 + log tf``); empty for no words; weights on a 2**-20 grid, see :data:`_GRID`. The key
    ``""`` holds the number of content words, which no dot product sees (a word is never
    empty, and :func:`cosine` skips it)."""
    background = load_background()
    counts: dict[str, float] = {}
    seen = 0
    for text, factor in parts:
        for match in words(text):
            word = match.group()
            if word[0].isdigit() or len(word) < 2:
                continue
            key = word_key(word)
            if key not in _STOP:
                counts[key] = counts.get(key, 0.0) + factor
                seen += 1
    weights = {
        k: (1.0 + math.log(n) if n >= 1 else n) * math.sqrt(background.idf(k))
        for k, n in counts.items()
        if n > 0
    }
    norm = math.sqrt(sum(v * v for v in weights.values()))
    if not norm:
        return MappingProxyType({})
    unit = {k: round(v / norm * _GRID) / _GRID for k, v in sorted(weights.items())}
    return MappingProxyType({"": float(seen), **unit})


_GRID = float(1 << 20)
"""Weights are rounded to multiples of 2**-20: every product of two is then a multiple of
2**-40 and every sum below 2**12 of such products is exact in a float64, so a dot product
gives the same bits in any order — a sparse matrix product in a batch equals :func:`cosine`
here."""


def cosine(a: Vector, b: Vector) -> float:
    """The dot product of two unit vectors (0..1 for non-negative weights)."""
    if len(b) < len(a):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items() if k)


def shared_words(a: Vector, b: Vector, text: str, limit: int = 6) -> tuple[str, ...]:
    """The words that add most to the cosine, most first: the similarity term by term,
    each as ``text`` (the job) writes it ("Kubernetes", not its folded key)."""
    parts = sorted(((-v * b[k], k) for k, v in a.items() if k and k in b))
    keys = [k for _, k in parts[:limit]]
    written: dict[str, str] = {}
    for match in words(text):  # stops at the first spelling of the last key it needs
        key = word_key(match.group())
        if key in keys and key not in written:
            written[key] = match.group()
            if len(written) == len(keys):
                break
    return tuple(written.get(k, k) for k in keys)


@lru_cache(maxsize=256)
def _resume_vector(text: str, halves: tuple[tuple[int, int], ...]) -> Vector:
    parts, start = [], 0
    for begin, end in halves:
        begin = max(begin, start)
        if end <= begin:
            continue
        parts += [(text[start:begin], 1.0), (text[begin:end], 0.5)]
        start = end
    parts.append((text[start:], 1.0))
    return weighted_vector(parts)


def resume_vector(document: Document) -> Vector:
    """The vector of a resume's whole text, its :data:`HALF_SECTIONS` at half weight
    (cached by text and sections)."""
    halves = tuple(
        (s.start, s.end)
        for s in sorted(document.sections, key=lambda s: s.start)
        if s.name in HALF_SECTIONS and s.end > s.start
    )
    return _resume_vector(document.text, halves)


_JOBS: dict[str, Vector] = {}


def job_vector(document: Document, zones: tuple[Zone, ...] | None = None) -> Vector:
    """The vector of a job's requirement text: every line outside its boilerplate zones
    (cached by text; ``zones``: the job profile's, found again when not given)."""
    text = document.text
    found = _JOBS.get(text)
    if found is not None:
        return found
    from atsmatch.extract.understand.jobinfo import job_reader

    reader = job_reader(document, zones)
    kept, start = [], 0
    for line in text.split("\n"):
        if line.strip() and not reader.is_boilerplate(start + len(line) - len(line.lstrip())):
            kept.append(line)
        start += len(line) + 1
    if len(_JOBS) >= 256:
        _JOBS.clear()
    _JOBS[text] = vector = vector_of("\n".join(kept))
    return vector


def job_vectors(jobs: Sequence[Profile | None], config: MatchConfig) -> list[Vector | None]:
    """:func:`job_vector` of each job (None for a missing job, or all None when off)."""
    if not config.similarity_weight:
        return [None] * len(jobs)
    return [None if job is None else job_vector(job.document, job.zones or None) for job in jobs]


def similarity_matrices(
    resumes: Sequence[Vector | None], jobs: Sequence[Vector | None], config: MatchConfig
) -> tuple[Any, Any]:
    """The similarity credit and its weight for every resume × job, as match() computes them
    one pair at a time: one sparse product of the vectors (exact, see :data:`_GRID`), then
    elementwise ``min(1, cosine / similarity_full)`` and ``similarity_weight × min(1, shorter
    word count / RELIABLE_WORDS)``. Zeros where either vector is missing or it is off."""
    import numpy as np
    from scipy import sparse

    shape = (len(resumes), len(jobs))
    if not config.similarity_weight:
        return np.zeros(shape), np.zeros(shape)
    vocabulary: dict[str, int] = {}

    def matrix(vectors: Sequence[Vector | None]) -> Any:
        rows, cols, data = [], [], []
        for i, vector in enumerate(vectors):
            for word, value in (vector or {}).items():
                if word:
                    rows.append(i)
                    cols.append(vocabulary.setdefault(word, len(vocabulary)))
                    data.append(value)
        return rows, cols, data

    r, j = matrix(resumes), matrix(jobs)
    width = max(len(vocabulary), 1)
    left = sparse.csr_matrix((r[2], (r[0], r[1])), shape=(len(resumes), width))
    right = sparse.csr_matrix((j[2], (j[0], j[1])), shape=(len(jobs), width))
    cosine = (left @ right.T).toarray()
    full = config.similarity_full
    credit = np.minimum(1.0, np.maximum(0.0, cosine) / full) if full > 0 else np.zeros(shape)
    words_r = np.array([words_of(v) if v else 0 for v in resumes], dtype=float)
    words_j = np.array([words_of(v) if v else 0 for v in jobs], dtype=float)
    shorter = np.minimum.outer(words_r, words_j)
    weight = config.similarity_weight * np.minimum(1.0, shorter / RELIABLE_WORDS)
    present = np.outer([v is not None for v in resumes], [v is not None for v in jobs])
    return np.where(present, credit, 0.0), np.where(present, weight, 0.0)
