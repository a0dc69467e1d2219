"""The per-pair answers behind a MatchMatrix: terms, knockouts, subscores, the full Match."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from atsmatch.batch.engine import Engine
from atsmatch.errors import InputError
from atsmatch.profile import Profile
from atsmatch.result import Knockout, Match, Term
from atsmatch.score.match import _with_similarity_gains
from atsmatch.score.model import GROUP_ORDER, subscores

__all__ = ["BatchSource"]


class BatchSource:
    """A :class:`~atsmatch.result.PairSource` over an engine's credit matrix.

    ``resumes``/``jobs`` hold the profiles when they were kept (for :meth:`match_of`); the
    other answers need only the credits, which stay small (non-zero credits only).
    """

    def __init__(
        self,
        engine: Engine,
        credits: Any,
        degree: Sequence[tuple[Knockout | None, ...]],
        years: Sequence[tuple[Knockout | None, ...]],
        resumes: Sequence[Profile | None] | None = None,
        jobs: Sequence[Profile | None] | None = None,
        overrides: Sequence[dict[int, Match]] = (),
        words: Sequence[int] = (),
        fits: Sequence[Any] = (),
    ) -> None:
        self.engine = engine
        self.credits = credits
        self.degree = degree
        self.years = years
        self.resumes = resumes
        self.jobs = jobs
        self.overrides = overrides
        self.words = words
        """Per resume, the content words of its text-similarity vector."""
        self.fits = fits
        """Per resume, the fit of each job (``score.model.fit_of``)."""
        self._last: tuple[tuple[int, int], list[Term]] | None = None

    @property
    def groups(self) -> tuple[str, ...]:
        return GROUP_ORDER

    def _single(self, i: int, j: int) -> Match | None:
        return self.overrides[i].get(j) if i < len(self.overrides) else None

    def terms(self, i: int, j: int) -> Sequence[Term]:
        single = self._single(i, j)
        if single is not None:
            return single.terms
        # a writer asks for one pair's subscores, knockouts and missing terms in a row
        if self._last is None or self._last[0] != (i, j):
            terms = self.engine._terms(self.credits, i, j)
            weight = self.engine.similarity_weight(self.words[i] if i < len(self.words) else 0, j)
            fit = float(self.fits[i][j]) if i < len(self.fits) else 1.0
            gained = _with_similarity_gains(terms, weight, fit) if weight else terms
            self._last = ((i, j), gained)
        return self._last[1]

    def knockouts(self, i: int, j: int) -> tuple[Knockout, ...]:
        single = self._single(i, j)
        if single is not None:
            return single.knockouts
        return self.engine.knockouts(self.terms(i, j), self.degree[i], self.years[i], j)

    def subscores(self, i: int, j: int) -> Mapping[str, float]:
        single = self._single(i, j)
        if single is not None:
            return single.subscores
        return subscores(self.terms(i, j))

    def match_of(self, i: int, j: int) -> Match:
        from atsmatch.score import match

        resume = self.resumes[i] if self.resumes is not None else None
        job = self.jobs[j] if self.jobs is not None else None
        if resume is None or job is None:
            raise InputError("match_of needs the profiles: run match_many with keep_profiles=True")
        return match(resume, job, config=self.engine.config)
