"""The terminal report, drawn with rich: score, coverage, subscores, terms and advice.

It fits 80 columns. With ``color=False`` (not a TTY, or NO_COLOR set) it is plain text with
no escape codes. Document text is passed as rich ``Text``, never as markup.
"""

from __future__ import annotations

import io

from atsmatch.report.summary import (
    GROUP_TITLES,
    NOT_WORDED_NOTE,
    group_shares,
    how_matched,
    not_worded,
    similarity_line,
    term_order,
    verdict,
)
from atsmatch.result import Match

__all__ = ["render_text"]

WIDTH = 80
_STATUS_STYLE = {"matched": "green", "partial": "yellow", "missing": "red"}
_STATUS_MARK = {"matched": "+ matched", "partial": "~ partial", "missing": "- missing"}


def _score_style(score: float) -> str:
    return "green" if score >= 75 else "yellow" if score >= 50 else "red"


def _bar(score: float, width: int = 20) -> str:
    filled = round(score / 100 * width)
    return "#" * filled + "." * (width - filled)


def _header(result: Match) -> list[object]:
    from rich.table import Table
    from rich.text import Text

    head = Text("ATS match score: ", style="bold")
    head.append(f"{result.score:.0f}/100", style=f"bold {_score_style(result.score)}")
    head.append(f"   (ATS profile: {result.ats})")
    lines: list[object] = [head, Text(verdict(result))]
    if result.coverage is not None:
        cov = result.coverage
        lines.append(
            Text(
                f"Concept coverage {cov.concept:.0f}% ({cov.concept_terms}/{cov.terms} terms) · "
                f"literal coverage {cov.literal:.0f}% ({cov.literal_terms}/{cov.terms})"
            )
        )
    lines.append(
        Text(
            f"Matched {len(result.matched)} · Partial {len(result.partial)} · "
            f"Missing {len(result.missing)}"
        )
    )
    similar = similarity_line(result)
    if similar is not None:
        lines.append(Text(similar))
    if result.raw_score is not None and result.raw_score != result.score:
        lines.append(Text(f"Score before knockouts: {result.raw_score:.0f}", style="red"))
    alerts = [("!", f"Would be filtered out: {k.message}", "bold red") for k in result.knockouts]
    alerts += [("?", f"Low confidence: {n}", "yellow") for n in result.confidence_notes]
    if alerts:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for mark, message, style in alerts:
            grid.add_row(Text(mark, style), Text(message, style))
        lines.append(grid)
    return lines


def _subscore_table(result: Match) -> object:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Subscores", box=box.SIMPLE, title_justify="left", show_header=False)
    table.add_column("group", min_width=20)
    table.add_column("score", justify="right")
    table.add_column("bar")
    table.add_column("share", style="dim")
    shares = group_shares(result)
    for name, value in result.subscores.items():
        style = _score_style(value)
        count, share = shares.get(name, (0, 0.0))
        table.add_row(
            GROUP_TITLES.get(name, name),
            Text(f"{value:.0f}", style),
            Text(_bar(value), style),
            Text(f"{count} term{'s' if count != 1 else ''}, {share:.0f}% of score"),
        )
    return table


def _term_table(result: Match) -> object:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Job terms", box=box.SIMPLE, title_justify="left")
    table.add_column("status", no_wrap=True)
    table.add_column("term", ratio=3, overflow="fold")
    table.add_column("asked", no_wrap=True)
    table.add_column("how", ratio=1, overflow="fold")
    table.add_column("gain", justify="right", no_wrap=True)
    for term in sorted(result.terms, key=term_order):
        style = _STATUS_STYLE[term.status]
        how = how_matched(term)
        gain = f"+{term.gain:.1f}" if term.status != "matched" else ""
        table.add_row(
            Text(_STATUS_MARK[term.status], style),
            Text(term.name),
            Text(term.importance),
            Text(how),
            Text(gain, style),
        )
    if any(not_worded(t) for t in result.terms):
        table.caption = NOT_WORDED_NOTE
        table.caption_justify = "left"
    return table


def _advice(result: Match) -> list[object]:
    from rich.table import Table
    from rich.text import Text

    lines: list[object] = []
    shown = [a for a in result.advice if a.kind not in ("knockout", "low-confidence")]
    if shown:
        lines.append(Text("What to change", style="bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", no_wrap=True)
        grid.add_column(overflow="fold")
        for number, advice in enumerate(shown, 1):
            grid.add_row(Text(f"{number}."), Text(advice.message))
        lines.append(grid)
    if result.diagnostics:
        lines.append(Text("File findings", style="bold"))
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for diag in result.diagnostics:
            style = {"error": "red", "warning": "yellow"}.get(diag.severity, "")
            grid.add_row(Text(f"  {diag.severity}:", style), Text(f"{diag.message} [{diag.rule}]"))
        lines.append(grid)
    return lines


def render_text(result: Match, *, color: bool = False) -> str:
    """The report for a terminal; ANSI colours only when ``color`` is true."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=WIDTH,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    for item in _header(result):
        console.print(item)
    if result.subscores:
        console.print(_subscore_table(result))
    if result.terms:
        console.print(_term_table(result))
    for item in _advice(result):
        console.print(item)
    out = buffer.getvalue()
    if color:
        return out
    # rich pads every line to the console width; piped text keeps no trailing spaces
    return "\n".join(line.rstrip() for line in out.split("\n"))
