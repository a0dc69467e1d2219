"""Value types produced by :func:`atsmatch.match` and :func:`atsmatch.match_many`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from atsmatch.document import Diagnostic
from atsmatch.profile import Category, Importance, Mention

if TYPE_CHECKING:
    from atsmatch.profile import Profile

__all__ = ["Knockout", "Match", "MatchMatrix", "Term", "TermStatus"]

TermStatus = Literal["matched", "partial", "missing"]


@dataclass(frozen=True, slots=True)
class Term:
    """One job term and how the resume covers it.

    ``weight`` is the term's share of the score before normalisation; ``credit`` (0..1) is
    how much of it the resume earned; ``via`` says how it matched (``exact``, ``alias``,
    ``lemma``, ``acronym``, ``fuzzy``, ``related``, or ``None`` when missing); ``gain`` is the
    points the overall score would rise by if the term were added.
    """

    id: str
    name: str
    category: Category | Literal["keyword"]
    importance: Importance
    weight: float
    status: TermStatus
    credit: float
    via: str | None = None
    job_mentions: tuple[Mention, ...] = ()
    resume_mentions: tuple[Mention, ...] = ()
    gain: float = 0.0


@dataclass(frozen=True, slots=True)
class Knockout:
    """A hard requirement the resume fails: an ATS would filter the application out."""

    kind: str
    message: str


@dataclass(frozen=True, slots=True)
class Match:
    """The result of screening one resume against one job."""

    score: float
    subscores: Mapping[str, float]
    terms: tuple[Term, ...]
    knockouts: tuple[Knockout, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    suggestions: tuple[str, ...] = ()
    low_confidence: bool = False
    resume: Profile | None = field(default=None, compare=False, repr=False)
    job: Profile | None = field(default=None, compare=False, repr=False)

    @property
    def matched(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.status == "matched")

    @property
    def partial(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.status == "partial")

    @property
    def missing(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.status == "missing")


@dataclass(frozen=True, slots=True)
class MatchMatrix:
    """Scores of many resumes against many jobs.

    ``scores[i, j]`` is ``match(resumes[i], jobs[j]).score`` (a numpy array); rows or columns
    whose input failed hold NaN and the cause is in ``errors`` keyed by ``(axis, index)``
    with axis ``"resume"`` or ``"job"``.
    """

    scores: Any
    resumes: tuple[str, ...]
    jobs: tuple[str, ...]
    errors: Mapping[tuple[str, int], str] = field(default_factory=dict)

    def __getitem__(self, key: tuple[int, int]) -> float:
        return float(self.scores[key])
