"""``atsmatch skills FILE``: the skills and keywords found in one document."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from atsmatch.commands.common import document_source, write_output

__all__ = ["add_parser", "run"]

DESCRIPTION = """Find the skills (taxonomy concepts) and keywords in FILE, with every mention:
its character span, section, surface text and how it matched (exact, alias, lemma, acronym,
fuzzy). FILE may be '-' for stdin. With --per-line, each line of FILE is a text of its own
and the output is JSON Lines: one object per input line, offsets relative to that line.
With --implied, also the ESCO skills the sentences imply without naming them (lower
confidence, never scored)."""


def add_parser(sub: Any) -> None:
    parser: argparse.ArgumentParser = sub.add_parser(
        "skills", help="list the skills and keywords found in a document", description=DESCRIPTION
    )
    parser.add_argument("file", metavar="FILE", help="resume or job description, or '-' for stdin")
    parser.add_argument(
        "--kind", choices=("resume", "job"), help="document kind (default: guessed from sections)"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format")
    parser.add_argument(
        "--per-line",
        action="store_true",
        help="treat each input line as its own text; write JSON Lines (one object per line)",
    )
    parser.add_argument(
        "--taxonomy", metavar="FILE", help="taxonomy file that extends the built-in one"
    )
    parser.add_argument(
        "--implied",
        action="store_true",
        help="also list ESCO skills the sentences imply (lower confidence, not scored)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.set_defaults(run=run)


def _render_text(profile: Any) -> str:
    lines = []
    for skill in profile.skills:
        found = ", ".join(f"{m.text!r} [{m.kind}]" for m in skill.mentions[:5])
        more = f" (+{len(skill.mentions) - 5})" if len(skill.mentions) > 5 else ""
        lines.append(f"{skill.name}  ({skill.category}, {skill.importance}): {found}{more}")
    if not lines:
        lines.append("no skills found")
    if profile.keywords:
        lines.append("")
        lines.append("keywords: " + ", ".join(k.text for k in profile.keywords))
    lines.extend(_ignored(profile))
    return "\n".join(lines) + "\n"


def _ignored(profile: Any) -> list[str]:
    """The job text read for no terms, each with its zone: "ignored: benefits ..."."""
    from atsmatch.extract.understand.zones import TERM_ZONES

    text = profile.document.text
    found = []
    for zone in profile.zones:
        piece = " ".join(text[zone.start : zone.end].split())
        if zone.name in TERM_ZONES or not piece:
            continue
        line = text.count("\n", 0, zone.start) + 1
        shown = piece if len(piece) <= 60 else piece[:57] + "..."
        found.append(f"ignored: {zone.name} (line {line}, by {zone.how}): {shown}")
    return ["", *found] if found else []


def _implied(profile: Any, taxonomy: Any) -> tuple[Any, ...]:
    from atsmatch.extract.skills.implied import implied_in_profile
    from atsmatch.extract.understand.zones import TERM_ZONES

    return implied_in_profile(profile, taxonomy, term_zones=TERM_ZONES)


def _implied_dict(item: Any) -> dict[str, Any]:
    concept = item.concept
    return {
        "id": concept.id,
        "name": concept.name,
        "sources": list(concept.sources),
        "score": item.score,
        "label": item.label,
        "start": item.start,
        "end": item.end,
        "text": item.text,
    }


def _render_implied(implied: tuple[Any, ...] | None) -> str:
    if implied is None:
        return ""
    lines = ["", "implied ESCO skills (lower confidence, not scored):"]
    for item in implied:
        shown = item.text if len(item.text) <= 60 else item.text[:57] + "..."
        lines.append(f"{item.concept.name}  ({item.score:.2f}, by {item.label!r}): {shown}")
    if len(lines) == 2:
        lines.append("none")
    return "\n".join(lines) + "\n"


def _read_lines(name: str) -> tuple[str, list[str]]:
    from atsmatch.errors import EmptyDocumentError, UnsupportedFormatError
    from atsmatch.parse import ParseLimits
    from atsmatch.parse.formats.text import decode_text, looks_binary
    from atsmatch.parse.source import read_source

    source: Any = sys.stdin.buffer if name == "-" else Path(name)
    try:
        data, label = read_source(source, ParseLimits())
    except EmptyDocumentError:
        return name, []
    if looks_binary(data):
        raise UnsupportedFormatError(label, "binary content; --per-line reads text, one per line")
    text = decode_text(data)
    return label, text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def _per_line(args: argparse.Namespace, taxonomy: Any) -> Iterator[str]:
    from atsmatch.document import Document
    from atsmatch.extract import extract
    from atsmatch.serialize.profile import profile_to_dict

    label, lines = _read_lines(args.file)
    for number, line in enumerate(lines, 1):
        document = Document(text=line, source=f"{label}:{number}")
        profile = extract(document, kind=args.kind, taxonomy=taxonomy)
        record = profile_to_dict(profile)
        if args.implied:
            record["implied"] = [_implied_dict(item) for item in _implied(profile, taxonomy)]
        yield json.dumps({"line": number, **record}, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    from atsmatch.extract import extract
    from atsmatch.parse import parse
    from atsmatch.serialize.profile import profile_to_dict
    from atsmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(args.taxonomy)
    if args.per_line:
        write_output("".join(_per_line(args, taxonomy)), args.output)
        return 0
    profile = extract(parse(document_source(args.file)), kind=args.kind, taxonomy=taxonomy)
    implied = _implied(profile, taxonomy) if args.implied else None
    if args.format == "json":
        record = profile_to_dict(profile)
        if implied is not None:
            record["implied"] = [_implied_dict(item) for item in implied]
        text = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    else:
        text = _render_text(profile) + _render_implied(implied)
    write_output(text, args.output)
    return 0
