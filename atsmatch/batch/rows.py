"""What the batch engine hands on: a resume's row of the score matrix, and a chunk of scores.

Small frozen values with no behaviour of their own, so that a row can cross from a worker
process to the parent and every step after the engine reads them without the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from atsmatch.batch.similar import ResumeVector
from atsmatch.profile import Profile
from atsmatch.result import Knockout, Match

__all__ = ["Chunk", "ResumeRow", "Rowed"]


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
    """One resume's non-zero credits (sorted columns and their values, numpy arrays), its
    degree/years knockouts, the pairs scored one by one, and its text-similarity vector."""

    columns: Any
    values: Any
    degree: tuple[Knockout | None, ...]
    years: tuple[Knockout | None, ...]
    overrides: dict[int, Match]
    vector: ResumeVector | None = None
    """The resume's text-similarity vector over the jobs' words, when the config uses it."""

    @property
    def credits(self) -> dict[int, float]:
        """Column → credit (non-zero only)."""
        return dict(zip(self.columns.tolist(), self.values.tolist(), strict=True))


@dataclass(frozen=True, slots=True)
class Rowed:
    """A resume read and scored in a worker: its row of the score matrix, and its profile
    when the caller keeps profiles (else ``None``: only the small row travels back)."""

    row: ResumeRow
    profile: Profile | None
