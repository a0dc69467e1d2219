"""The Markdown report, for pull-request comments and READMEs (GitHub-flavoured tables).

Document text in table cells is escaped so it cannot break the table or inject markup.
"""

from __future__ import annotations

import re

from atsmatch.report.summary import (
    GROUP_TITLES,
    VIA_LABELS,
    group_shares,
    met_by,
    similarity_line,
    term_order,
    verdict,
)
from atsmatch.result import Match, Term

__all__ = ["escape_markdown", "render_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
_ICON = {"matched": "✅ matched", "partial": "🟡 partial", "missing": "❌ missing"}


def escape_markdown(text: str) -> str:
    """``text`` with Markdown/HTML specials backslash-escaped and on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _summary(result: Match) -> list[str]:
    lines = [f"## ATS match score: **{result.score:.0f}/100**", "", verdict(result), ""]
    lines.append(f"ATS profile: `{result.ats}`")
    if result.coverage is not None:
        cov = result.coverage
        lines.append(
            f"Concept coverage **{cov.concept:.0f}%** ({cov.concept_terms}/{cov.terms} terms), "
            f"literal coverage **{cov.literal:.0f}%** ({cov.literal_terms}/{cov.terms} terms)"
        )
    similar = similarity_line(result)
    if similar is not None:
        lines.append(escape_markdown(similar))
    lines.append("")
    for knockout in result.knockouts:
        lines.append(f"> **Would be filtered out:** {escape_markdown(knockout.message)}")
    for note in result.confidence_notes:
        lines.append(f"> **Low confidence:** {escape_markdown(note)}")
    if result.knockouts or result.confidence_notes:
        lines.append("")
    return lines


def _subscores(result: Match) -> list[str]:
    if not result.subscores:
        return []
    shares = group_shares(result)
    lines = [
        "### Subscores",
        "",
        "| area | score | terms | share of score |",
        "|---|---:|---:|---:|",
    ]
    lines += [
        f"| {GROUP_TITLES.get(name, name)} | {value:.0f} | {shares.get(name, (0, 0.0))[0]} | "
        f"{shares.get(name, (0, 0.0))[1]:.0f}% |"
        for name, value in result.subscores.items()
    ]
    return [*lines, ""]


def _row(term: Term) -> str:
    gain = f"+{term.gain:.1f}" if term.status != "matched" else ""
    where = ", ".join(sorted({m.section or "—" for m in term.resume_mentions}))
    literal = "yes" if term.literal else "no"
    how = VIA_LABELS.get(term.via or "", term.via or "")
    return (
        f"| {_ICON[term.status]} | {escape_markdown(term.name)} | {term.importance} | "
        f"{escape_markdown(how)} | {escape_markdown(met_by(term))} | {literal} | "
        f"{escape_markdown(where)} | {term.resume_count}/{term.job_count} | {gain} |"
    )


_HEADER = [
    "| status | term | asked | how | on the resume | literal | resume sections "
    "| count (resume/job) | gain |",
    "|---|---|---|---|---|---|---|---:|---:|",
]


def _terms(result: Match) -> list[str]:
    """Gaps in a table; matched terms in a collapsed table (short PR comments)."""
    ordered = sorted(result.terms, key=term_order)
    gaps = [t for t in ordered if t.status != "matched"]
    matched = [t for t in ordered if t.status == "matched"]
    lines = []
    if gaps:
        lines += ["### Missing and partly matched", "", *_HEADER, *(_row(t) for t in gaps), ""]
    if matched:
        lines += [
            "<details><summary>Matched terms (" + str(len(matched)) + ")</summary>",
            "",
            *_HEADER,
            *(_row(t) for t in matched),
            "",
            "</details>",
            "",
        ]
    return lines


def _advice(result: Match) -> list[str]:
    shown = [a for a in result.advice if a.kind not in ("knockout", "low-confidence")]
    lines = []
    if shown:
        lines += ["### What to change", ""]
        lines += [f"{n}. {escape_markdown(a.message)}" for n, a in enumerate(shown, 1)]
        lines.append("")
    if result.diagnostics:
        lines += ["### File findings", ""]
        lines += [
            f"- **{d.severity}** `{d.rule}`: {escape_markdown(d.message)}"
            for d in result.diagnostics
        ]
        lines.append("")
    return lines


def render_markdown(result: Match) -> str:
    """The whole report as GitHub-flavoured Markdown."""
    # what to change comes right after the score: it is what a reader acts on
    lines = [*_summary(result), *_subscores(result), *_advice(result), *_terms(result)]
    return "\n".join(lines).rstrip("\n") + "\n"
