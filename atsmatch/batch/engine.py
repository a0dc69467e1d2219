"""The vectorized score: credits (resumes × columns) @ weights (columns × jobs) / totals.

The credit of a resume for a column is computed by the scoring code itself
(``score.match.credit_value``, the value of ``term_credit``), once per distinct job term and
resume, through the rule primitives match() uses (``score.credits``: the relation index,
the phrase search); a group column takes the best of its members, as
``score.match._with_alternatives`` does. Knockouts come from the scoring code's own
functions, called once per distinct degree and years requirement. A pair whose sum lands
within a hair of a rounding boundary is recomputed the way match() sums it
(:meth:`Engine.pair_terms`), so the matrix equals ``match().score`` exactly. A chunk is
assembled from per-resume numpy arrays (no Python loop over credits), the similarity term
is one product with the jobs' vectors (:mod:`atsmatch.batch.similar`), and the knockout
masks are array operations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from atsmatch.batch.candidates import Candidates
from atsmatch.batch.jobside import JobSide
from atsmatch.batch.rows import Chunk, ResumeRow
from atsmatch.batch.similar import JobVectors
from atsmatch.config import MatchConfig
from atsmatch.profile import Profile
from atsmatch.result import Knockout, Match, Term
from atsmatch.score.credits import Credit, ResumeView
from atsmatch.score.honesty import suspect_spans
from atsmatch.score.knockouts import _degree, _years, knockouts_of
from atsmatch.score.match import _with_alternatives, credit_value, with_gains
from atsmatch.score.model import score_of, status_of
from atsmatch.score.similarity import RELIABLE_WORDS, job_vectors, resume_vector, words_of

__all__ = ["Engine"]

_BOUNDARY = 1e-6
"""How close (in hundredths of a point) to a rounding boundary a sum is recomputed."""


class Engine:
    """Scores resumes against a fixed set of jobs (see the module docstring)."""

    def __init__(self, jobs: Sequence[Profile | None], config: MatchConfig) -> None:
        import numpy as np

        from atsmatch.extract.understand.gaming import _job_only_boilerplate

        self.config = config
        self.jobs = tuple(jobs)
        self.pasting = tuple(
            j for j, job in enumerate(jobs) if job and job.zones and _job_only_boilerplate(job)[0]
        )
        """Jobs whose boilerplate a resume may have pasted (match() reads the resume
        differently for each of them: ``extract.understand.gaming.with_pasted_lists``)."""
        self.side = JobSide.build(jobs, config)
        self.job_vectors = job_vectors(jobs, config)
        """Each job's text-similarity vector (None for a failed job, or when it is off)."""
        self.similar = JobVectors(self.job_vectors, config)
        self._dkeys = np.array([e.degree_key if e else -1 for e in self.side.jobs], dtype=int)
        self._ykeys = np.array([e.years_key if e else -1 for e in self.side.jobs], dtype=int)
        self._weights_t = self.side.weights.T.tocsr()
        self._needed = np.asarray(self.side.hard.sum(axis=0)).ravel()
        """Per job, how many hard columns (required certifications) it has."""
        self._hard_columns = np.unique(self.side.hard.nonzero()[0])
        self._hard = self.side.hard[self._hard_columns, :]
        self.candidates = Candidates(self.side)
        base = len(self.side.keys)
        widest = max((len(m) for m in self.side.groups), default=0)
        self._members = np.full((len(self.side.groups), widest), base, dtype=np.int64)
        """Each group column's members (base columns), padded with ``base``: the index of a
        column of zeros appended to a chunk's credits."""
        for g, members in enumerate(self.side.groups):
            self._members[g, : len(members)] = members

    def credit_row(self, view: ResumeView) -> dict[int, float]:
        """Base column → credit (non-zero only) of one resume (group columns, the best of
        their members, are taken per chunk: :meth:`combine`)."""
        keys = self.side.keys
        row: dict[int, float] = {}
        suspect = suspect_spans(view.profile.document)
        for column in self.candidates.of(view):
            value = credit_value(keys[column], view, self.config, suspect)
            if value:
                row[column] = value
        return row

    def row(self, profile: Profile) -> ResumeRow:
        """What the score matrix needs of one resume (small: it may cross processes)."""
        import numpy as np

        view = ResumeView.of(profile)
        side, config = self.side, self.config
        found = sorted(self.credit_row(view).items())
        vector = None
        if config.similarity_weight:
            vector = self.similar.of(resume_vector(profile.document))
        return ResumeRow(
            np.fromiter((c for c, _ in found), dtype=np.int32, count=len(found)),
            np.fromiter((v for _, v in found), dtype=np.float64, count=len(found)),
            tuple(_degree(job, view, config) for job in side.degree_jobs),
            tuple(_years(job, view) for job in side.years_jobs),
            self.overrides(profile),
            vector,
        )

    def overrides(self, profile: Profile) -> dict[int, Match]:
        """The pairs match() scores with a resume read for that job: when the resume holds a
        list pasted from the job's boilerplate (``with_pasted_lists`` marks it, which lowers
        its credits), the pair is scored by match() itself. Only a resume with a line of six
        or more items can hold such a list, so the others skip the check."""
        from atsmatch.extract.understand.gaming import _SPLIT, with_pasted_lists
        from atsmatch.score.match import match

        lines = profile.document.text.splitlines()
        if not self.pasting or not any(
            len([i for i in _SPLIT.split(line.split(":", 1)[-1]) if i.strip()]) >= 6
            for line in lines
        ):
            return {}
        found: dict[int, Match] = {}
        for j in self.pasting:
            job = self.jobs[j]
            if job is not None and with_pasted_lists(profile, job) is not profile:
                single = match(profile, job, config=self.config)
                found[j] = dataclasses.replace(single, resume=None, job=None)
        return found

    def chunk(self, profiles: Sequence[Profile | None]) -> Chunk:
        """Score ``profiles`` (``None`` for a resume that failed: NaN row) against every job."""
        return self.combine([None if p is None else self.row(p) for p in profiles])

    def combine(self, found: Sequence[ResumeRow | None]) -> Chunk:
        """The scores of resumes whose rows are ``found`` (``None``: a NaN row)."""
        import numpy as np
        from scipy import sparse

        side, config = self.side, self.config
        kept = [row for row in found if row is not None]
        indptr = np.zeros(len(found) + 1, dtype=np.int64)
        np.cumsum([0 if row is None else len(row.columns) for row in found], out=indptr[1:])
        empty = [np.zeros(0, dtype=np.int32)]
        columns = np.concatenate([row.columns for row in kept] or empty)
        values = np.concatenate([row.values for row in kept] or [np.zeros(0)])
        shape = (len(found), len(side.keys) + 1)  # a last column of zeros: see _members
        dense = sparse.csr_matrix((values, columns, indptr), shape=shape).toarray()
        # a group column ("Python or Go") holds the best credit of its members
        dense = np.hstack([dense[:, :-1], dense[:, self._members].max(axis=2, initial=0.0)])
        credits = sparse.csr_matrix(dense)
        degree = tuple(() if row is None else row.degree for row in found)
        years = tuple(() if row is None else row.years for row in found)
        earned = np.ascontiguousarray((self._weights_t @ dense.T).T)
        similar, weight = self.similar.matrices(
            [None if row is None else row.vector for row in found]
        )
        fits = np.where(weight > 0, similar, 1.0)  # score.model.fit_of, elementwise
        earned -= (1.0 - fits) * (credits @ side.baseline).toarray()
        raw = weight * similar  # 100 × (earned + W_s·s) / (totals + W_s), as score_of sums it
        raw += earned
        raw *= 100.0
        total = weight + side.totals
        with np.errstate(divide="ignore", invalid="ignore"):
            raw /= total
        raw[~(total > 0)] = 0.0
        filtered = self._filtered(credits, degree, years)
        scores = np.round(raw, 2)
        raw *= 100.0  # in hundredths: a sum within a hair of a rounding boundary is redone
        raw -= np.floor(raw)
        raw -= 0.5
        near = np.abs(raw, out=raw) < _BOUNDARY
        for i, j in zip(*np.nonzero(near), strict=True):
            terms = self._terms(credits, int(i), int(j))
            scores[i, j] = round(score_of(terms, float(similar[i, j]), float(weight[i, j])), 2)
        if config.knockout_cap < 100.0:
            scores[filtered] = np.minimum(scores[filtered], config.knockout_cap)
        missing = np.array([r is None for r in found], dtype=bool)
        scores[missing, :] = np.nan
        scores[:, np.isnan(side.totals)] = np.nan
        filtered[missing, :] = False
        overrides = tuple({} if row is None else row.overrides for row in found)
        for i, fixed in enumerate(overrides):
            for j, single in fixed.items():
                scores[i, j] = single.score
                filtered[i, j] = single.filtered_out
        words = tuple(row.vector.words if row and row.vector else 0 for row in found)
        return Chunk(credits, scores, filtered, degree, years, overrides, words, tuple(fits))

    def similarity_weight(self, words: int, j: int) -> float:
        """The weight match() gives the text similarity of a resume with ``words`` content
        words and job ``j`` (``similarity_weight`` × reliability; 0 when off)."""
        vector = self.job_vectors[j] if j < len(self.job_vectors) else None
        if not self.config.similarity_weight or vector is None:
            return 0.0
        shorter = min(words, words_of(vector))
        return self.config.similarity_weight * min(1.0, shorter / RELIABLE_WORDS)

    def _filtered(
        self,
        credits: Any,
        degree: Sequence[tuple[Knockout | None, ...]],
        years: Sequence[tuple[Knockout | None, ...]],
    ) -> Any:
        """Pairs with a knockout: degree, years, or a hard term whose credit is not
        ``matched`` (decided by ``status_of`` itself, once per distinct credit value)."""
        import numpy as np

        side = self.side
        n = credits.shape[0]

        def fired(found: Sequence[tuple[Knockout | None, ...]], keys: Any, width: int) -> Any:
            # one column per distinct requirement, plus a last one (never) for failed jobs
            hits = np.zeros((n, width + 1), dtype=bool)
            rows = [i for i, row in enumerate(found) if row]
            if rows and width:
                hits[rows, :width] = [[k is not None for k in found[i]] for i in rows]
            return hits[:, keys]

        filtered = fired(degree, self._dkeys, len(side.degree_jobs))
        filtered |= fired(years, self._ykeys, len(side.years_jobs))
        if not self._needed.any() or status_of(0.0, self.config) == "matched":
            return filtered
        # a job is filtered when fewer of its hard columns are matched than it has
        held = credits[:, self._hard_columns]
        distinct, inverse = np.unique(held.data, return_inverse=True)
        matched = np.array([status_of(float(v), self.config) == "matched" for v in distinct])
        held.data = matched[inverse].astype(np.float64)
        counts = (held @ self._hard).toarray()
        filtered |= counts < self._needed
        return filtered

    def _terms(self, credits: Any, i: int, j: int) -> list[Term]:
        row = credits.getrow(i)
        found = dict(zip(row.indices.tolist(), row.data.tolist(), strict=True))
        return self.pair_terms(found.get, j)

    def pair_terms(self, credit_of: Callable[[int], float | None], j: int) -> list[Term]:
        """Job ``j``'s terms with the credits of one resume, as match() scores them: the
        alternatives rule and the gains are the scoring code's own."""
        entry = self.side.jobs[j]
        if entry is None:
            return []
        found = [Credit(credit_of(c) or 0.0) for c in entry.columns]
        credits = _with_alternatives(list(entry.terms), found)
        terms = [
            Term(
                id=t.id,
                name=t.name,
                category=t.category,
                importance=t.importance,
                weight=t.weight,
                status=status_of(c.value, self.config),
                credit=c.value,
                group=t.group,
                job_forms=t.forms,
                alternatives=t.alternatives,
            )
            for t, c in zip(entry.terms, credits, strict=True)
        ]
        return with_gains(terms)

    def knockouts(
        self,
        terms: Sequence[Term],
        degree: tuple[Knockout | None, ...],
        years: tuple[Knockout | None, ...],
        j: int,
    ) -> tuple[Knockout, ...]:
        """The knockouts of one pair, as match() lists them."""
        entry = self.side.jobs[j]
        if entry is None or not degree:
            return ()
        return knockouts_of(degree[entry.degree_key], terms, years[entry.years_key])
