"""The job side of the batch path: every job's terms as one sparse weight matrix.

Each distinct job term (two jobs asking for the same thing in the same words share one) is a
column of the credit matrix; a group of alternatives ("Python or Go") adds a column holding
the best credit of its members. ``weights[c, j]`` is the weight job ``j`` gives column ``c``,
so ``credits @ weights / totals`` is every score at once (docs/scoring.md: Σ w·c / Σ w).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from atsmatch.batch.failures import describe
from atsmatch.config import MatchConfig
from atsmatch.extract.understand.years import job_years_field
from atsmatch.profile import Importance, Profile
from atsmatch.score.knockouts import is_hard
from atsmatch.score.model import is_baseline
from atsmatch.score.terms import JobTerm, job_terms, requirement_of

__all__ = ["JobEntry", "JobSide", "credit_key"]


def credit_key(term: JobTerm) -> JobTerm:
    """``term`` without what its credit never depends on (weight, importance, where the job
    says it, its alternatives): terms with equal keys earn equal credit from any resume,
    because :func:`atsmatch.score.match.term_credit` reads nothing else of them."""
    importance: Importance = "mentioned"
    return dataclasses.replace(
        term, weight=0.0, importance=importance, mentions=(), alternatives=()
    )


@dataclass(frozen=True, slots=True)
class JobEntry:
    """One job: its terms in :func:`job_terms` order, the credit column of each, and the
    column its score reads (its alternatives' group column, when it has alternatives)."""

    terms: tuple[JobTerm, ...]
    columns: tuple[int, ...]
    effective: tuple[int, ...]
    total: float
    degree_key: int
    years_key: int


@dataclass(frozen=True, slots=True)
class JobSide:
    """Every job's terms over one column space (see the module docstring)."""

    keys: tuple[JobTerm, ...]
    groups: tuple[tuple[int, ...], ...]
    """Alternative groups: the base columns each group column (``len(keys) + g``) takes
    the best of."""
    jobs: tuple[JobEntry | None, ...]
    weights: Any
    """scipy.sparse CSR matrix, (columns + groups) × jobs."""
    totals: Any
    """numpy array: each job's total weight (NaN for a job that failed)."""
    degree_jobs: tuple[Profile, ...]
    """One job per distinct degree requirement: the degree knockout reads nothing else."""
    years_jobs: tuple[Profile, ...]
    hard: Any
    """scipy.sparse CSR, (columns + groups) × jobs: 1 where the job's knockout needs that
    column matched (a required certification)."""
    failures: dict[int, str]
    """Jobs whose terms could not be read, with the one-line cause."""
    baseline: Any = None
    """scipy.sparse CSR like ``weights``, holding only the weights of baseline terms
    (:func:`atsmatch.score.model.is_baseline`), whose credit counts times the fit."""

    @property
    def width(self) -> int:
        return len(self.keys) + len(self.groups)

    @classmethod
    def build(cls, jobs: Sequence[Profile | None], config: MatchConfig) -> JobSide:
        import numpy as np
        from scipy import sparse

        index: dict[JobTerm, int] = {}
        group_index: dict[tuple[int, ...], int] = {}
        degree: dict[tuple[Any, ...], int] = {}
        years: dict[tuple[Any, ...], int] = {}
        degree_jobs: list[Profile] = []
        years_jobs: list[Profile] = []
        entries: list[JobEntry | None] = []
        failures: dict[int, str] = {}
        for j, job in enumerate(jobs):
            if job is None:
                entries.append(None)
                continue
            try:
                terms = job_terms(job, config)
            except Exception as exc:  # one job the scoring code cannot read: its column only
                failures[j] = describe(exc, job.document.source)
                entries.append(None)
                continue
            columns = tuple(index.setdefault(credit_key(t), len(index)) for t in terms)
            by_id = dict(zip((t.id for t in terms), columns, strict=True))
            effective = []
            for term, column in zip(terms, columns, strict=True):
                members = sorted({column, *(by_id[a] for a in term.alternatives if a in by_id)})
                if len(members) > 1:
                    key = tuple(members)
                    effective.append(-1 - group_index.setdefault(key, len(group_index)))
                else:
                    effective.append(column)
            dkey = (job.degree, requirement_of(job, "degree")[0])
            ykey = (job.years_experience, requirement_of(job, "years")[0], job_years_field(job))
            if dkey not in degree:
                degree[dkey] = len(degree_jobs)
                degree_jobs.append(job)
            if ykey not in years:
                years[ykey] = len(years_jobs)
                years_jobs.append(job)
            entries.append(
                JobEntry(
                    terms=tuple(terms),
                    columns=columns,
                    effective=tuple(effective),
                    total=sum(t.weight for t in terms),
                    degree_key=degree[dkey],
                    years_key=years[ykey],
                )
            )
        base = len(index)
        entries = [
            None
            if e is None
            else dataclasses.replace(
                e, effective=tuple(c if c >= 0 else base - 1 - c for c in e.effective)
            )
            for e in entries
        ]
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        hard_rows: list[int] = []
        hard_cols: list[int] = []
        basic: tuple[list[int], list[int], list[float]] = ([], [], [])
        totals = np.full(len(entries), np.nan)
        for j, entry in enumerate(entries):
            if entry is None:
                continue
            totals[j] = entry.total
            for term, row in zip(entry.terms, entry.effective, strict=True):
                rows.append(row)
                cols.append(j)
                values.append(term.weight)
                if is_baseline(term.id, term.category):
                    basic[0].append(row)
                    basic[1].append(j)
                    basic[2].append(term.weight)
                if is_hard(term):
                    hard_rows.append(row)
                    hard_cols.append(j)
        width = base + len(group_index)
        shape = (width, len(entries))
        # duplicates (members of one group) are summed by the COO → CSR conversion
        weights = sparse.coo_matrix((values, (rows, cols)), shape=shape).tocsr()
        hard = sparse.coo_matrix(
            (np.ones(len(hard_rows)), (hard_rows, hard_cols)), shape=shape
        ).tocsr()
        hard.data[:] = 1.0
        return cls(
            keys=tuple(index),
            groups=tuple(sorted(group_index, key=group_index.__getitem__)),
            jobs=tuple(entries),
            weights=weights,
            totals=totals,
            degree_jobs=tuple(degree_jobs),
            years_jobs=tuple(years_jobs),
            hard=hard,
            failures=failures,
            baseline=sparse.coo_matrix((basic[2], (basic[0], basic[1])), shape=shape).tocsr(),
        )
