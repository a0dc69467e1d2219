"""The values a check produces: findings (each a reason to fail or a note) and scores."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CheckReport", "Finding", "ScoreResult", "displayed_score"]


def displayed_score(score: float) -> int:
    """The score as every report shows it (``f"{score:.0f}"``); thresholds compare this."""
    return int(f"{score:.0f}")


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason a check fails (``failing``) or a note it reports without failing.

    ``kind`` is ``score``, ``knockout``, ``error``, ``warning`` or ``info``; ``rule`` the
    diagnostic rule id (``min-score`` for a low score, ``knockout-<kind>`` for a knockout);
    ``line`` (1-based, in ``file``) or ``page`` point at the place when known.
    """

    kind: str
    file: str
    rule: str
    message: str
    job: str | None = None
    line: int | None = None
    page: int | None = None
    failing: bool = False

    def reason(self) -> str:
        """The one-line reason printed on stderr."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.job is not None:
            where = f"{where} vs {self.job}"
        if self.kind == "score":
            return f"{where}: {self.message}"
        page = f" on page {self.page}" if self.page else ""
        return f"{where}: {self.kind} {self.rule}{page}: {self.message}"


@dataclass(frozen=True, slots=True)
class ScoreResult:
    """A resume scored against one job: the displayed score and the terms behind it."""

    resume: str
    job: str
    score: int
    raw: float
    matched: tuple[str, ...]
    missing: tuple[str, ...]
    knockouts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Everything one ``atsmatch check`` run found; ``passed`` when nothing fails."""

    resumes: tuple[str, ...]
    jobs: tuple[str, ...]
    formats: tuple[str, ...]
    scores: tuple[ScoreResult, ...]
    findings: tuple[Finding, ...]
    min_score: float | None
    fail_on: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not any(f.failing for f in self.findings)

    @property
    def failures(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.failing)

    @property
    def lowest_score(self) -> int | None:
        return min((s.score for s in self.scores), default=None)
