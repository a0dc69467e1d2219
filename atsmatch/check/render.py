"""Rendering a check: text, json, markdown (PR comments, step summaries) and github
(workflow commands that GitHub shows as annotations on the file and line)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from atsmatch._version import __version__
from atsmatch.check.baseline import Trend
from atsmatch.check.model import CheckReport, Finding

__all__ = ["Changes", "render_github", "render_json", "render_markdown", "render_text"]

JSON_VERSION = 1


@dataclass(frozen=True, slots=True)
class Changes:
    """The trend against a baseline, when one was given."""

    baseline: str
    trends: tuple[Trend, ...] = ()
    new_findings: tuple[str, ...] = field(default_factory=tuple)


def _verdict(report: CheckReport) -> str:
    if report.passed:
        return "PASSED"
    count = len(report.failures)
    return f"FAILED ({count} reason{'s' if count != 1 else ''})"


def _notes(report: CheckReport) -> list[Finding]:
    return [f for f in report.findings if not f.failing]


def render_text(report: CheckReport, changes: Changes | None = None) -> str:
    lines = [f"atsmatch check: {_verdict(report)}"]
    for path, fmt in zip(report.resumes, report.formats, strict=True):
        lines.append(f"{path} (read as {fmt})")
        for result in (s for s in report.scores if s.resume == path):
            bar = f" (minimum {report.min_score:g})" if report.min_score is not None else ""
            lines.append(f"  vs {result.job}: score {result.score}/100{bar}")
    if report.failures:
        lines += ["", "Failing:"] + [f"  {f.reason()}" for f in report.failures]
    if _notes(report):
        lines += ["", "Notes (not failing):"] + [f"  {f.reason()}" for f in _notes(report)]
    if changes is not None:
        lines += ["", f"Since {changes.baseline}:"]
        lines += [f"  {t.resume} vs {t.job}: {t.line()}" for t in changes.trends]
        lines.append(f"  new warnings: {len(changes.new_findings) or 'none'}")
        lines += [f"    {reason}" for reason in changes.new_findings]
    return "\n".join(lines) + "\n"


def _finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind,
        "file": finding.file,
        "rule": finding.rule,
        "message": finding.message,
        "job": finding.job,
        "line": finding.line,
        "page": finding.page,
        "failing": finding.failing,
    }


def render_json(report: CheckReport, changes: Changes | None = None) -> str:
    data: dict[str, Any] = {
        "version": JSON_VERSION,
        "atsmatch": __version__,
        "passed": report.passed,
        "min_score": report.min_score,
        "fail_on": list(report.fail_on),
        "resumes": [
            {"file": path, "format": fmt}
            for path, fmt in zip(report.resumes, report.formats, strict=True)
        ],
        "jobs": list(report.jobs),
        "scores": [
            {
                "resume": s.resume,
                "job": s.job,
                "score": s.score,
                "raw_score": s.raw,
                "matched": list(s.matched),
                "missing": list(s.missing),
                "knockouts": list(s.knockouts),
            }
            for s in report.scores
        ],
        "findings": [_finding_json(f) for f in report.findings],
    }
    if changes is not None:
        data["trend"] = {
            "baseline": changes.baseline,
            "pairs": [
                {
                    "resume": t.resume,
                    "job": t.job,
                    "before": t.before,
                    "after": t.after,
                    "change": None if t.before is None else t.after - t.before,
                    "newly_covered": list(t.covered),
                    "lost": list(t.lost),
                    "summary": t.line(),
                }
                for t in changes.trends
            ],
            "new_findings": list(changes.new_findings),
        }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _cell(text: str) -> str:
    from atsmatch.report.markdown_report import escape_markdown

    return escape_markdown(text)


def render_markdown(report: CheckReport, changes: Changes | None = None) -> str:
    icon = "✅" if report.passed else "❌"
    lines = [f"## {icon} atsmatch check: {_verdict(report)}", ""]
    if report.scores:
        minimum = f"{report.min_score:g}" if report.min_score is not None else "—"
        lines += ["| resume | job | score | minimum |", "|---|---|---:|---:|"]
        lines += [
            f"| {_cell(s.resume)} | {_cell(s.job)} | **{s.score}** | {minimum} |"
            for s in report.scores
        ]
        lines.append("")
    else:
        lines += ["No job given: readability checks only.", ""]
    for title, findings in (("Failing", report.failures), ("Notes", tuple(_notes(report)))):
        if findings:
            lines += [f"### {title}", ""] + [f"- {_cell(f.reason())}" for f in findings] + [""]
    if changes is not None:
        lines += [f"### Since {_cell(changes.baseline)}", ""]
        lines += [
            f"- {_cell(t.resume)} vs {_cell(t.job)}: {_cell(t.line())}" for t in changes.trends
        ]
        news = ", ".join(_cell(r) for r in changes.new_findings) or "none"
        lines += [f"- new warnings: {news}", ""]
    return "\n".join(lines)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: CheckReport, changes: Changes | None = None) -> str:
    """One workflow command per finding: ``::error file=F,line=L,title=T::message``."""
    lines: list[str] = []
    for finding in report.findings:
        level = "error" if finding.failing else "warning" if finding.kind != "info" else "notice"
        props = [f"file={_escape_property(finding.file)}"]
        if finding.line:
            props.append(f"line={finding.line}")
        props.append(f"title={_escape_property('atsmatch ' + finding.rule)}")
        lines.append(f"::{level} {','.join(props)}::{_escape_data(finding.reason())}")
    for result in report.scores:
        lines.append(
            f"::notice file={_escape_property(result.resume)},title=atsmatch score::"
            f"{_escape_data(f'{result.resume} vs {result.job}: score {result.score}')}"
        )
    if changes is not None:
        for t in changes.trends:
            lines.append(
                f"::notice title=atsmatch trend::{_escape_data(t.resume + ': ' + t.line())}"
            )
    lines.append(f"atsmatch check: {_verdict(report)}")
    return "\n".join(lines) + "\n"
