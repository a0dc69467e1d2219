"""The vectorized score: credits (resumes × columns) @ weights (columns × jobs) / totals.

The credit of a resume for a column is computed by the scoring code itself
(``score.match.term_credit``), once per distinct job term; a group column takes the best of
its members, as ``score.match._with_alternatives`` does. Knockouts come from the scoring
code's own functions, called once per distinct degree and years requirement. A pair whose
sum lands within a hair of a rounding boundary is recomputed the way match() sums it
(:meth:`Engine.pair_terms`), so the matrix equals ``match().score`` exactly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from atsmatch.batch.candidates import Candidates
from atsmatch.batch.jobside import JobSide
from atsmatch.config import MatchConfig
from atsmatch.profile import Profile
from atsmatch.result import Knockout, Match, Term
from atsmatch.score.credits import Credit, ResumeView
from atsmatch.score.honesty import suspect_spans
from atsmatch.score.knockouts import _degree, _years, knockouts_of
from atsmatch.score.match import _with_alternatives, term_credit, with_gains
from atsmatch.score.model import score_of, status_of
from atsmatch.score.similarity import (
    RELIABLE_WORDS,
    job_vectors,
    resume_vector,
    similarity_matrices,
    words_of,
)

__all__ = ["Chunk", "Engine", "ResumeRow"]

_BOUNDARY = 1e-6
"""How close (in hundredths of a point) to a rounding boundary a sum is recomputed."""


@dataclass(frozen=True, slots=True)
class Chunk:
    """Scores of a run of resumes against every job.

    ``credits`` is a scipy CSR matrix (resumes × columns); ``degree``/``years`` hold, per
    resume, the knockout (or ``None``) for each distinct degree/years requirement.
    """

    credits: Any
    scores: Any
    filtered: Any
    degree: tuple[tuple[Knockout | None, ...], ...]
    years: tuple[tuple[Knockout | None, ...], ...]
    overrides: tuple[dict[int, Match], ...] = ()
    """Per resume, the pairs scored one by one (see :meth:`Engine.overrides`)."""
    words: tuple[int, ...] = ()
    """Per resume, the content words of its text-similarity vector (0 when off)."""
    fits: tuple[Any, ...] = ()
    """Per resume, the fit baseline terms count at for each job (``score.model.fit_of``)."""


@dataclass(frozen=True, slots=True)
class ResumeRow:
    """One resume's non-zero credits by column and its degree/years knockouts."""

    credits: dict[int, float]
    degree: tuple[Knockout | None, ...]
    years: tuple[Knockout | None, ...]
    overrides: dict[int, Match]
    vector: Mapping[str, float] | None = None
    """The resume's text-similarity vector (``score.similarity``), when the config uses it."""


class Engine:
    """Scores resumes against a fixed set of jobs (see the module docstring)."""

    def __init__(self, jobs: Sequence[Profile | None], config: MatchConfig) -> None:
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
        self.candidates = Candidates(self.side)
        self.groups_of: dict[int, list[int]] = {}
        """Base column → the alternative groups it belongs to."""
        for g, members in enumerate(self.side.groups):
            for member in members:
                self.groups_of.setdefault(member, []).append(g)

    def credit_row(self, view: ResumeView) -> dict[int, float]:
        """Column → credit (non-zero only) of one resume, group columns included."""
        keys = self.side.keys
        row: dict[int, float] = {}
        suspect = suspect_spans(view.profile.document)
        for column in self.candidates.of(view):
            value = term_credit(keys[column], view, self.config, suspect)[0].value
            if value:
                row[column] = value
        base, groups = len(keys), self.side.groups
        touched = sorted({g for column in row for g in self.groups_of.get(column, ())})
        for g in touched:
            best = max(row.get(m, 0.0) for m in groups[g])
            if best:
                row[base + g] = best
        return row

    def row(self, profile: Profile) -> ResumeRow:
        """What the score matrix needs of one resume (small: it may cross processes)."""
        view = ResumeView.of(profile)
        side, config = self.side, self.config
        return ResumeRow(
            self.credit_row(view),
            tuple(_degree(job, view, config) for job in side.degree_jobs),
            tuple(_years(job, view) for job in side.years_jobs),
            self.overrides(profile),
            dict(resume_vector(profile.document)) if config.similarity_weight else None,
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
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        degree: list[tuple[Knockout | None, ...]] = []
        years: list[tuple[Knockout | None, ...]] = []
        fixed: list[tuple[int, int, Match]] = []
        for i, row in enumerate(found):
            if row is None:
                degree.append(())
                years.append(())
                continue
            for column, value in row.credits.items():
                rows.append(i)
                cols.append(column)
                values.append(value)
            degree.append(row.degree)
            years.append(row.years)
            for j, single in row.overrides.items():
                fixed.append((i, j, single))
        shape = (len(found), side.width)
        credits = sparse.csr_matrix((values, (rows, cols)), shape=shape, dtype=np.float64)
        earned = (credits @ side.weights).toarray()
        totals = side.totals
        similar, weight = similarity_matrices(
            [None if row is None else row.vector for row in found], self.job_vectors, config
        )
        fits = np.where(weight > 0, similar, 1.0)  # score.model.fit_of, elementwise
        earned = earned - (1.0 - fits) * (credits @ side.baseline).toarray()
        with np.errstate(divide="ignore", invalid="ignore"):
            raw = np.where(
                totals + weight > 0, 100.0 * (earned + weight * similar) / (totals + weight), 0.0
            )
        filtered = self._filtered(credits, degree, years)
        scores = np.round(raw, 2)
        hundredths = raw * 100.0
        near = np.abs(hundredths - np.floor(hundredths) - 0.5) < _BOUNDARY
        for i, j in zip(*np.nonzero(near), strict=True):
            terms = self._terms(credits, int(i), int(j))
            scores[i, j] = round(score_of(terms, float(similar[i, j]), float(weight[i, j])), 2)
        capped = np.minimum(scores, config.knockout_cap)
        scores = np.where(filtered, capped, scores)
        missing = np.array([r is None for r in found], dtype=bool)
        scores[missing, :] = np.nan
        scores[:, np.isnan(totals)] = np.nan
        filtered[missing, :] = False
        for i, j, single in fixed:
            scores[i, j] = single.score
            filtered[i, j] = single.filtered_out
        overrides = tuple({} if row is None else row.overrides for row in found)
        words = tuple(words_of(row.vector) if row and row.vector else 0 for row in found)
        return Chunk(
            credits, scores, filtered, tuple(degree), tuple(years), overrides, words, tuple(fits)
        )

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
        degree: list[tuple[Knockout | None, ...]],
        years: list[tuple[Knockout | None, ...]],
    ) -> Any:
        """Pairs with a knockout: degree, years, or a hard term whose credit is not
        ``matched`` (decided by ``status_of`` itself, once per distinct credit value)."""
        import numpy as np

        side = self.side
        n, m = credits.shape[0], len(side.jobs)
        filtered = np.zeros((n, m), dtype=bool)
        dkeys = np.array([e.degree_key if e else -1 for e in side.jobs])
        ykeys = np.array([e.years_key if e else -1 for e in side.jobs])
        for i in range(n):
            if degree[i]:
                hit = np.array([k is not None for k in degree[i]] + [False])
                filtered[i] |= hit[dkeys]
            if years[i]:
                hit = np.array([k is not None for k in years[i]] + [False])
                filtered[i] |= hit[ykeys]
        hard_columns = np.unique(side.hard.nonzero()[0])
        if len(hard_columns):
            values = credits[:, hard_columns].toarray()
            distinct = np.unique(values)
            unmatched = {v for v in distinct if status_of(float(v), self.config) != "matched"}
            fails = np.isin(values, list(unmatched)).astype(np.float64)
            filtered |= (fails @ side.hard[hard_columns, :].toarray()) > 0
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
