"""Batch output: the rows of atsmatch/serialize/matrix.py as a terminal table, CSV, JSONL,
Markdown or one self-contained HTML leaderboard (each row linked to its pair report)."""

from __future__ import annotations

import html
import io
from collections.abc import Iterator
from itertools import groupby
from typing import Any, Literal

from atsmatch.result import MatchMatrix
from atsmatch.serialize.matrix import rows, write_csv, write_jsonl

__all__ = ["BATCH_FORMATS", "render_batch"]

BATCH_FORMATS = ("table", "csv", "jsonl", "markdown", "html")
Per = Literal["job", "resume"]


def _score(row: dict[str, Any]) -> str:
    return "" if row["score"] is None else f"{row['score']:.2f}"


def _filtered(row: dict[str, Any]) -> str:
    return "; ".join(row["knockouts"]) if row["filtered_out"] else ""


def _grouped(
    matrix: MatchMatrix, per: Per, top: int | None
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    key = "job" if per == "job" else "resume"
    pairs = [r for r in rows(matrix, per=per, top=top) if r["error"] is None]
    for name, group in groupby(pairs, key=lambda r: r[key]):
        yield str(name), list(group)


def _errors(matrix: MatchMatrix) -> list[tuple[str, str]]:
    return [(r["resume"] or r["job"], r["error"]) for r in rows(matrix, top=0)]


def _table(matrix: MatchMatrix, per: Per, top: int | None, color: bool) -> str:
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=color, no_color=not color, width=120)
    other = "resume" if per == "job" else "job"
    for name, group in _grouped(matrix, per, top):
        table = Table(title=f"{per}: {name}", title_justify="left")
        for column in ("#", other, "score", "filtered out", "top missing"):
            table.add_column(column, overflow="fold")
        for row in group:
            table.add_row(
                str(row["rank"]), row[other], _score(row), _filtered(row), ", ".join(row["missing"])
            )
        console.print(table)
    for _, cause in _errors(matrix):
        console.print(f"error: {cause}", markup=False, highlight=False)
    return buffer.getvalue()


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(matrix: MatchMatrix, per: Per, top: int | None) -> str:
    other = "resume" if per == "job" else "job"
    lines = ["# Batch screening", ""]
    for name, group in _grouped(matrix, per, top):
        lines += [f"## {_cell(name)}", "", f"| # | {other} | score | filtered out | top missing |"]
        lines.append("|---|---|---:|---|---|")
        for row in group:
            lines.append(
                f"| {row['rank']} | {_cell(row[other])} | {_score(row)} | "
                f"{_cell(_filtered(row))} | {_cell(', '.join(row['missing']))} |"
            )
        lines.append("")
    errors = _errors(matrix)
    if errors:
        lines += ["## Inputs that could not be read", ""]
        lines += [f"- {_cell(cause)}" for _, cause in errors]
        lines.append("")
    return "\n".join(lines)


_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}"
    "table{border-collapse:collapse;margin-bottom:1.5rem}td,th{padding:.3rem .6rem;"
    "border-bottom:1px solid #ddd;text-align:left}.out{color:#a00}"
    "section.pair{border-top:1px solid #ccc;padding:.5rem 0}"
)


def _html(matrix: MatchMatrix, per: Per, top: int | None) -> str:
    esc = html.escape
    other = "resume" if per == "job" else "job"
    body = ["<h1>Batch screening</h1>"]
    reports = ["<h2>Pair reports</h2>"]
    for name, group in _grouped(matrix, per, top):
        body.append(
            f"<h2>{esc(name)}</h2><table><tr><th>#</th><th>{other}</th><th>score</th>"
            "<th>filtered out</th><th>top missing</th></tr>"
        )
        for row in group:
            anchor = f"pair-{len(reports)}"
            body.append(
                f'<tr><td>{row["rank"]}</td><td><a href="#{anchor}">{esc(row[other])}</a></td>'
                f'<td>{_score(row)}</td><td class="out">{esc(_filtered(row))}</td>'
                f"<td>{esc(', '.join(row['missing']))}</td></tr>"
            )
            subs = "".join(f"<li>{esc(g)}: {v:.2f}</li>" for g, v in row["subscores"].items())
            knocks = "".join(f"<li>{esc(k)}</li>" for k in row["knockouts"]) or "<li>none</li>"
            reports.append(
                f'<section class="pair" id="{anchor}"><h3>{esc(row["resume"])} → '
                f"{esc(row['job'])}: {_score(row)}</h3><p>Subscores</p><ul>{subs}</ul>"
                f"<p>Knockouts</p><ul>{knocks}</ul><p>Top missing: "
                f"{esc(', '.join(row['missing']) or 'nothing')}</p></section>"
            )
        body.append("</table>")
    errors = _errors(matrix)
    if errors:
        body.append("<h2>Inputs that could not be read</h2><ul>")
        body += [f"<li>{esc(cause)}</li>" for _, cause in errors]
        body.append("</ul>")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>atsmatch batch</title><style>{_STYLE}</style></head><body>"
        + "\n".join(body + reports)
        + "</body></html>\n"
    )


def render_batch(
    matrix: MatchMatrix,
    *,
    format: str = "table",
    per: Per = "job",
    top: int | None = None,
    color: bool = False,
) -> str:
    """``matrix`` in one of :data:`BATCH_FORMATS`, ranked per job or per resume."""
    if format == "csv":
        buffer = io.StringIO()
        write_csv(matrix, buffer, per=per, top=top)
        return buffer.getvalue()
    if format == "jsonl":
        buffer = io.StringIO()
        write_jsonl(matrix, buffer, per=per, top=top)
        return buffer.getvalue()
    if format == "markdown":
        return _markdown(matrix, per, top)
    if format == "html":
        return _html(matrix, per, top)
    return _table(matrix, per, top, color)
