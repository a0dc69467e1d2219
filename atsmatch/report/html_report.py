"""One self-contained HTML file: resume and job side by side with the terms highlighted
(green matched, amber partial, red missing), the score breakdown as bars, what to change
right after it, the term table and the file findings. No scripts, no external assets; every
piece of document text is HTML-escaped, so a resume containing ``<script>`` shows as text.
The page reflows down to a phone's width without sideways scrolling, and prints both
documents in full (a print stylesheet lifts the panes' height cap).
"""

from __future__ import annotations

from html import escape

from atsmatch.report.summary import (
    GROUP_TITLES,
    VIA_LABELS,
    group_shares,
    met_by,
    term_order,
    verdict,
)
from atsmatch.result import Match, Term

__all__ = ["highlight", "render_html"]

_CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2430;
background:#f6f7f9;overflow-wrap:anywhere}
header,section{max-width:1200px;margin:0 auto;padding:12px 20px}
h1{font-size:26px;margin:8px 0}h2{font-size:19px;margin:18px 0 8px}
.score{font-size:44px;font-weight:700}.ok{color:#12703a}.mid{color:#9a6700}.low{color:#b42318}
.knockout{background:#fde8e7;border-left:4px solid #b42318;padding:6px 10px;margin:6px 0}
.note{background:#fff6db;border-left:4px solid #9a6700;padding:6px 10px;margin:6px 0}
.breakdown{display:grid;grid-template-columns:minmax(7em,auto) minmax(60px,1fr) 2.5em auto;
gap:6px 10px;align-items:center;max-width:760px}
.bar{background:#e9ecef;height:18px;border-radius:3px}.bar i{display:block;height:100%;
border-radius:3px}.bar .ok{background:#2f9e5b}.bar .mid{background:#d4a017}
.bar .low{background:#d64541}.value{text-align:right;font-weight:600}.share{color:#5b6573;
font-size:13px}
.docs{display:grid;grid-template-columns:1fr 1fr;gap:16px}.docs>div{min-width:0}
.doc{background:#fff;border:1px solid #d5d9e0;border-radius:6px;padding:10px 12px;
white-space:pre-wrap;word-wrap:break-word;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;
max-height:720px;overflow:auto;margin:0}
mark{border-radius:3px;padding:0 1px}mark.matched{background:#c9f2d6}
mark.partial{background:#ffe8a3}mark.missing{background:#ffc9c5}
.table{overflow-x:auto}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e3e6ea;padding:4px 8px;text-align:left;vertical-align:top}
td.num{text-align:right}.legend span{margin-right:14px}
@media (max-width:800px){.docs{grid-template-columns:1fr}}
@media (max-width:520px){header,section{padding:8px 10px}
.breakdown{grid-template-columns:minmax(6em,auto) minmax(40px,1fr) 2.2em}
.breakdown .share{grid-column:1/-1;margin-top:-4px}
th,td{padding:3px 4px;font-size:13px}}
@media print{body{background:#fff}.docs{grid-template-columns:1fr}
.doc{max-height:none;overflow:visible;border:none;padding:0}
.table{overflow:visible}tr,mark{break-inside:avoid}}
"""


def highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """``text`` escaped, with ``(start, end, css_class, title)`` spans wrapped in ``<mark>``.

    Overlapping spans keep the earliest, then longest, then best-status one.
    """
    out: list[str] = []
    cursor = 0
    rank = {"matched": 0, "partial": 1, "missing": 2}
    for start, end, css, title in sorted(spans, key=lambda s: (s[0], -s[1], rank.get(s[2], 3))):
        if start < cursor or end > len(text) or start >= end:
            continue
        out.append(escape(text[cursor:start]))
        out.append(
            f'<mark class="{escape(css)}" title="{escape(title)}">{escape(text[start:end])}</mark>'
        )
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _tone(score: float) -> str:
    return "ok" if score >= 75 else "mid" if score >= 50 else "low"


def _breakdown(result: Match) -> str:
    """The overall score and each subscore as a bar, with its term count and share of the
    score, so "Soft skills 0" from one light term reads as the small thing it is."""
    shares = group_shares(result)
    rows = [f'<span>Overall</span>{_bar(result.score)}<span class="share"></span>']
    for name, value in result.subscores.items():
        count, share = shares.get(name, (0, 0.0))
        terms = f"{count} term{'' if count == 1 else 's'}"
        rows.append(
            f"<span>{escape(GROUP_TITLES.get(name, name))}</span>{_bar(value)}"
            f'<span class="share">{terms} · {share:.0f}% of the score</span>'
        )
    return f'<div class="breakdown" role="list">{"".join(rows)}</div>'


def _bar(value: float) -> str:
    width = max(0.0, min(value, 100.0))
    return (
        f'<span class="bar"><i class="{_tone(value)}" style="width:{width:.1f}%"></i></span>'
        f'<span class="value">{value:.0f}</span>'
    )


def _spans(result: Match, side: str) -> list[tuple[int, int, str, str]]:
    spans: list[tuple[int, int, str, str]] = []
    for term in result.terms:
        mentions = term.job_mentions if side == "job" else term.resume_mentions
        for mention in mentions:
            spans.append((mention.start, mention.end, term.status, f"{term.name}: {term.status}"))
    return spans


def _documents(result: Match) -> str:
    resume = result.resume.document.text if result.resume else ""
    job = result.job.document.text if result.job else ""
    return (
        '<section><h2>Resume and job side by side</h2><p class="legend">'
        '<span><mark class="matched">matched</mark></span>'
        '<span><mark class="partial">partial</mark></span>'
        '<span><mark class="missing">missing from the resume</mark></span></p>'
        '<div class="docs"><div><h3>Resume</h3><pre class="doc" id="resume">'
        f"{highlight(resume, _spans(result, 'resume'))}</pre></div>"
        '<div><h3>Job</h3><pre class="doc" id="job">'
        f"{highlight(job, _spans(result, 'job'))}</pre></div></div></section>"
    )


def _term_row(term: Term) -> str:
    gain = f"+{term.gain:.1f}" if term.status != "matched" else ""
    return (
        f'<tr><td><mark class="{term.status}">{term.status}</mark></td>'
        f"<td>{escape(term.name)}</td><td>{escape(term.importance)}</td>"
        f"<td>{escape(VIA_LABELS.get(term.via or '', term.via or ''))}"
        f"</td><td>{'yes' if term.literal else 'no'}</td>"
        f"<td>{escape(met_by(term))}</td>"
        f'<td class="num">{term.resume_count}/{term.job_count}</td>'
        f'<td class="num">{gain}</td></tr>'
    )


def _terms(result: Match) -> str:
    rows = "".join(_term_row(t) for t in sorted(result.terms, key=term_order))
    return (
        '<section><h2>Job terms</h2><div class="table"><table><thead><tr><th>status</th>'
        "<th>term</th><th>asked</th><th>how</th><th>literal</th><th>on the resume</th>"
        "<th>count (resume/job)</th><th>gain</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></div></section>"
    )


def _advice(result: Match) -> str:
    items = "".join(
        f"<li>{escape(a.message)}</li>"
        for a in result.advice
        if a.kind not in ("knockout", "low-confidence")
    )
    return f"<section><h2>What to change</h2><ol>{items}</ol></section>" if items else ""


def _findings(result: Match) -> str:
    findings = "".join(
        f"<li><b>{escape(d.severity)}</b> <code>{escape(d.rule)}</code> {escape(d.message)}</li>"
        for d in result.diagnostics
    )
    return f"<section><h2>File findings</h2><ul>{findings}</ul></section>" if findings else ""


def _header(result: Match) -> str:
    cov = result.coverage
    coverage = (
        f"<p>Concept coverage <b>{cov.concept:.0f}%</b> ({cov.concept_terms}/{cov.terms} terms)"
        f" · literal coverage <b>{cov.literal:.0f}%</b> ({cov.literal_terms}/{cov.terms})</p>"
        if cov
        else ""
    )
    before = (
        f'<div class="knockout">Score before knockouts: {result.raw_score:.0f}</div>'
        if result.raw_score is not None and result.raw_score != result.score
        else ""
    )
    alerts = (
        before
        + "".join(
            f'<div class="knockout">Would be filtered out: {escape(k.message)}</div>'
            for k in result.knockouts
        )
        + "".join(
            f'<div class="note">Low confidence: {escape(n)}</div>' for n in result.confidence_notes
        )
    )
    return (
        f'<header><h1>ATS match report</h1><div class="score {_tone(result.score)}">'
        f"{result.score:.0f}<small>/100</small></div><p><b>{escape(verdict(result))}</b></p>"
        "<p>ATS profile: "
        f"<code>{escape(result.ats)}</code></p>{coverage}{alerts}"
        f"<h2>Score breakdown</h2>{_breakdown(result)}</header>"
    )


def render_html(result: Match) -> str:
    """The whole report as one HTML page."""
    # what to change right after the score: it is what a reader acts on
    body = (
        _header(result) + _advice(result) + _documents(result) + _terms(result) + _findings(result)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>ATS match report: {result.score:.0f}/100</title><style>{_CSS}</style>"
        f"</head><body>{body}</body></html>\n"
    )
