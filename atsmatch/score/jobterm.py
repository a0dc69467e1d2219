"""A term of the job, as scoring compares it with a resume (built by
:func:`atsmatch.score.terms.job_terms`, grouped by :mod:`atsmatch.score.listforms`)."""

from __future__ import annotations

from dataclasses import dataclass

from atsmatch.profile import Concept, Degree, Importance, Mention
from atsmatch.result import TermCategory
from atsmatch.score.model import group_of

__all__ = ["JobTerm"]


@dataclass(frozen=True, slots=True)
class JobTerm:
    """What the job asks for, before it is compared with a resume."""

    id: str
    name: str
    category: TermCategory
    importance: Importance
    weight: float
    mentions: tuple[Mention, ...] = ()
    forms: tuple[str, ...] = ()
    concept: Concept | None = None
    degree: Degree | None = None
    years: float | None = None
    alternatives: tuple[str, ...] = ()
    """Ids of the job's other terms it accepts instead ("Python or Go")."""
    field: bool = False
    """The skill names the field of the job's overall years requirement ("5+ years of
    software development experience")."""
    context: tuple[str, ...] = ()
    """For a certification, the job's list items around its mentions ("Active Texas RN
    license required"), which name the state or subject asked."""
    scope: str | None = None
    """The field the job's overall years are asked in ("nursing"), for ``experience:years``."""

    @property
    def group(self) -> str:
        return group_of(self.category)
