"""``atsmatch parse FILE``: the text an ATS reads, its sections, contact details, diagnostics."""

from __future__ import annotations

import argparse
import json
from typing import Any

from atsmatch.commands.common import document_source, write_output

__all__ = ["add_parser", "render_text", "run"]


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "parse",
        help="show what an ATS reads from a file",
        description="Read FILE the way an ATS does and print the plain text it sees, then the "
        "sections, contact details, dated positions and diagnostics (rule ids are listed in "
        "docs/diagnostics.md). Exit code 2 when the file cannot be read.",
    )
    parser.add_argument(
        "file", help="resume or job file (PDF, DOCX, text, Markdown, HTML, JSON), or '-' for stdin"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.add_argument(
        "--blocks", action="store_true", help="JSON only: add the layout blocks (kind, page, ...)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the output to FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from atsmatch.parse import parse
    from atsmatch.serialize.document import document_to_dict

    document = parse(document_source(args.file))
    data = document_to_dict(document, blocks=args.blocks)
    if args.format == "json":
        out = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    else:
        out = render_text(data)
    write_output(out, args.output)
    return 0


def _rule(title: str) -> str:
    return f"── {title} " + "─" * max(3, 60 - len(title)) + "\n"


def render_text(data: dict[str, Any]) -> str:
    """The human-readable view of :func:`atsmatch.serialize.document.document_to_dict` output."""
    parts = [_rule(f"Text ({data['format']}, {data['pages']} page(s))"), data["text"]]
    if not data["text"].endswith("\n"):
        parts.append("\n")
    parts.append(_rule("Sections"))
    for s in data["sections"]:
        parts.append(f"{s['name']:<16} {s['heading']!r} [{s['start']}, {s['end']})\n")
    parts.append(_rule("Contact"))
    for key, value in data["contact"].items():
        if value:
            shown = ", ".join(value) if isinstance(value, list) else value
            parts.append(f"{key + ':':<10} {shown}\n")
    if data["experience"]:
        parts.append(_rule("Experience"))
        for e in data["experience"]:
            period = f"{e['start']} – {'present' if e['current'] else e['end']}"
            months = f" ({e['months']} months)" if e["months"] is not None else ""
            parts.append(f"{period}{months}: {e['title'] or '?'} | {e['employer'] or '?'}\n")
    parts.append(_rule("Diagnostics"))
    if not data["diagnostics"]:
        parts.append("none\n")
    for d in data["diagnostics"]:
        page = f" (page {d['page']})" if d["page"] else ""
        parts.append(f"{d['severity']:<8} {d['rule']:<22} {d['message']}{page}\n")
    return "".join(parts)
