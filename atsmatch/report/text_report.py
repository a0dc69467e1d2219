"""The terminal report: score, subscores, then matched, partial and missing terms."""

from __future__ import annotations

from atsmatch.result import Match, Term

__all__ = ["render_text"]

_MARKS = {"matched": "+", "partial": "~", "missing": "-"}


def _line(term: Term) -> str:
    mark = _MARKS[term.status]
    detail = f" via {term.via}" if term.via and term.via not in ("exact", "alias") else ""
    gain = f"  (+{term.gain:.1f} if added)" if term.status != "matched" else ""
    return f"  {mark} {term.name} [{term.importance}]{detail}{gain}"


def render_text(result: Match) -> str:
    lines = [f"ATS match score: {result.score:.0f}/100"]
    if result.subscores:
        lines.append(
            "  " + "  ".join(f"{k.replace('_', ' ')}: {v:.0f}" for k, v in result.subscores.items())
        )
    if result.low_confidence:
        lines.append("  (low confidence: too few job terms were found to judge)")
    for status, title in (
        ("matched", "Matched"),
        ("partial", "Partly matched"),
        ("missing", "Missing"),
    ):
        terms = [t for t in result.terms if t.status == status]
        if status == "missing":
            terms.sort(key=lambda t: (-t.gain, t.name))
        if terms:
            lines.append(f"{title} ({len(terms)}):")
            lines.extend(_line(t) for t in terms)
    for knockout in result.knockouts:
        lines.append(f"! would be filtered out: {knockout.message}")
    for diagnostic in result.diagnostics:
        lines.append(f"{diagnostic.severity}: [{diagnostic.rule}] {diagnostic.message}")
    return "\n".join(lines) + "\n"
