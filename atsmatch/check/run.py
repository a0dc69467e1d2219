"""run_check(): read each resume, judge its readability, score it against each job.

Findings come from three places: the resume's parse diagnostics (``error``/``warning``/
``info`` by rule severity), the knockouts of each job (``knockout``), and a displayed score
under ``min_score`` (``score``). A finding fails the check when its kind is in ``fail_on``
(a low score always fails) and its rule is not ignored for the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from atsmatch.check.lines import SourceLines
from atsmatch.check.model import CheckReport, Finding, ScoreResult, displayed_score
from atsmatch.check.settings import CheckSettings
from atsmatch.config import MatchConfig
from atsmatch.document import Document
from atsmatch.errors import ConfigError

if TYPE_CHECKING:
    from atsmatch.result import Match
    from atsmatch.taxonomy import Taxonomy

__all__ = ["run_check"]


def _email_only_in_margins(document: Document) -> bool:
    """True when the email address appears only in page headers or footers.

    Many ATSs skip headers and footers, so for them the resume has no email: the check
    treats this as the error ``missing-email`` is, whatever the rule's own severity.
    """
    email = document.contact.email
    margins = [b.span for b in document.blocks if b.kind in ("header", "footer")]
    if not email or not margins:
        return False
    starts, index = [], document.text.find(email)
    while index >= 0:
        starts.append(index)
        index = document.text.find(email, index + 1)
    return bool(starts) and all(any(m.start <= i < m.end for m in margins) for i in starts)


def _diagnostic_findings(
    path: str, document: Document, settings: CheckSettings, ignored: frozenset[str]
) -> list[Finding]:
    lines = SourceLines(path, document)
    email_lost = _email_only_in_margins(document)
    found: list[Finding] = []
    for diagnostic in document.diagnostics:
        if diagnostic.rule in ignored:
            continue
        severity = diagnostic.severity
        if email_lost and diagnostic.rule == "header-footer-content":
            severity = "error"
        found.append(
            Finding(
                kind=severity,
                file=path,
                rule=diagnostic.rule,
                message=diagnostic.message,
                line=lines.line_of(diagnostic.span) or lines.quoted_line(diagnostic.message),
                page=diagnostic.page if document.format in ("pdf", "docx") else None,
                failing=severity in settings.fail_on,
            )
        )
    return found


def _score_findings(
    path: str, job: str, result: Match, settings: CheckSettings, ignored: frozenset[str]
) -> tuple[ScoreResult, list[Finding]]:
    score = displayed_score(result.score)
    found: list[Finding] = []
    for knockout in result.knockouts:
        rule = f"knockout-{knockout.kind}"
        if rule in ignored or "knockout" in ignored:
            continue
        failing = "knockout" in settings.fail_on
        found.append(Finding("knockout", path, rule, knockout.message, job=job, failing=failing))
    if settings.min_score is not None and score < settings.min_score and "min-score" not in ignored:
        minimum = f"{settings.min_score:g}"
        missing = [t.name for t in result.missing if t.importance == "required"][:5]
        why = f" (missing: {', '.join(missing)})" if missing else ""
        message = f"score {score} < {minimum}{why}"
        found.append(Finding("score", path, "min-score", message, job=job, failing=True))
    summary = ScoreResult(
        resume=path,
        job=job,
        score=score,
        raw=result.score,
        matched=tuple(t.name for t in result.matched),
        missing=tuple(t.name for t in result.missing),
        knockouts=tuple(k.message for k in result.knockouts),
    )
    return summary, found


def run_check(
    resumes: Sequence[str],
    jobs: Sequence[str] = (),
    *,
    settings: CheckSettings | None = None,
    config: MatchConfig | None = None,
    taxonomy: Taxonomy | None = None,
) -> CheckReport:
    """Check every resume (readability) and score it against every job.

    Raises a :class:`~atsmatch.errors.ParseError` (or ``SourceNotFoundError``) naming the
    file when a resume or job cannot be read.
    """
    from atsmatch.extract import extract
    from atsmatch.parse import parse
    from atsmatch.score import match

    settings = settings or CheckSettings()
    if not resumes:
        raise ConfigError(
            "no resume to check: name the files, or set resumes in [tool.atsmatch] (docs/ci.md)"
        )
    job_profiles = [(job, extract(parse(Path(job)), kind="job", taxonomy=taxonomy)) for job in jobs]
    findings: list[Finding] = []
    scores: list[ScoreResult] = []
    formats: list[str] = []
    for path in resumes:
        document = parse(Path(path))
        formats.append(document.format)
        ignored = settings.ignored(path)
        findings += _diagnostic_findings(path, document, settings, ignored)
        if not job_profiles:
            continue
        profile = extract(document, kind="resume", taxonomy=taxonomy)
        for job, job_profile in job_profiles:
            result = match(profile, job_profile, config=config, taxonomy=taxonomy)
            summary, found = _score_findings(path, job, result, settings, ignored)
            scores.append(summary)
            findings += found
    return CheckReport(
        resumes=tuple(resumes),
        jobs=tuple(jobs),
        formats=tuple(formats),
        scores=tuple(scores),
        findings=tuple(findings),
        min_score=settings.min_score,
        fail_on=settings.fail_on,
    )
