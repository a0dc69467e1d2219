"""RenderCV YAML (``cv:`` with ``sections:``) rendered as the page RenderCV would build.

Contact details first (name, location, email, phone, website, social networks); then each
section under its own heading (the key with underscores as spaces, ``experience`` →
"Experience"), each entry by RenderCV's entry types: experience (position, company),
education (degree in area, institution), normal (name), one-line (label: details),
publication (title, authors, journal), bullet and plain text entries; dates as written.
"""

from __future__ import annotations

from typing import Any

from atsmatch.errors import UnsupportedFormatError
from atsmatch.parse.formats.text import assemble_lines
from atsmatch.parse.formats.yamlresume import load_yaml
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.raw import RawText

__all__ = ["read_rendercv", "render_cv"]

Lines = list[tuple[str, bool]]
_NETWORKS = {
    "linkedin": "linkedin.com/in/",
    "github": "github.com/",
    "gitlab": "gitlab.com/",
    "twitter": "twitter.com/",
    "x": "x.com/",
}


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return str(value).strip() if isinstance(value, (str, int, float)) else ""


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _date(value: Any) -> str:
    """``2019-03`` (or a YAML date) → ``Mar 2019``; anything else as written."""
    text = str(value)[:7] if hasattr(value, "year") else _text(value)
    year, _, month = text.partition("-")
    if len(year) == 4 and year.isdigit() and month[:2].isdigit() and 1 <= int(month[:2]) <= 12:
        return f"{_MONTHS[int(month[:2]) - 1]} {year}"
    return text


def _dates(entry: dict[str, Any]) -> str:
    start, end, date = (_date(entry.get(k)) for k in ("start_date", "end_date", "date"))
    if start:
        return f"{start} – {end.capitalize() if end.lower() == 'present' else end or 'Present'}"
    return date


def _header(cv: dict[str, Any]) -> Lines:
    lines: Lines = [(_text(cv.get(key)), False) for key in ("name", "label", "location")]
    contact = [_text(cv.get(key)) for key in ("email", "phone", "website")]
    lines.append((" | ".join(c for c in contact if c), False))
    for social in cv.get("social_networks") or []:
        if isinstance(social, dict):
            network, user = _text(social.get("network")), _text(social.get("username"))
            prefix = _NETWORKS.get(network.lower().replace(" ", ""), f"{network}: ")
            lines.append((prefix + user if user else network, False))
    return lines


def _joined(sep: str, *parts: str) -> str:
    return sep.join(part for part in parts if part)


def _entry(entry: Any) -> Lines:
    if not isinstance(entry, dict):
        return [(_text(entry), False)]
    if "bullet" in entry and len(entry) == 1:
        return [(f"• {_text(entry['bullet'])}", False)]
    if "label" in entry and "details" in entry:
        return [(f"{_text(entry['label'])}: {_text(entry['details'])}", False)]
    if "company" in entry or "position" in entry:
        title = _joined(" — ", _text(entry.get("position")), _text(entry.get("company")))
    elif "institution" in entry:
        degree = _joined(" in ", _text(entry.get("degree")), _text(entry.get("area")))
        title = _joined(" — ", degree, _text(entry.get("institution")))
    elif "title" in entry:
        authors = entry.get("authors")
        by = ", ".join(map(_text, authors)) if isinstance(authors, list) else _text(authors)
        title = _joined(" — ", _text(entry.get("title")), by, _text(entry.get("journal")))
    else:
        title = _text(entry.get("name") or entry.get("number") or entry.get("reversed_number"))
    lines: Lines = [(title, False), (_dates(entry), False), (_text(entry.get("location")), False)]
    lines.append((_text(entry.get("summary")), False))
    highlights = entry.get("highlights")
    if isinstance(highlights, list):
        lines += [(f"• {_text(h)}", False) for h in highlights]
    return lines


def render_cv(cv: dict[str, Any]) -> Lines:
    """The lines of a RenderCV ``cv`` mapping, each with whether it is a heading."""
    lines = _header(cv)
    sections = cv.get("sections")
    for key, entries in sections.items() if isinstance(sections, dict) else ():
        heading = str(key).replace("_", " ").strip()
        body: Lines = []
        for entry in entries if isinstance(entries, list) else [entries]:
            body += _entry(entry)
        if any(text for text, _ in body):
            lines += [(heading[:1].upper() + heading[1:], True), *body]
    return lines


def read_rendercv(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read a RenderCV YAML input file."""
    value = load_yaml(data, name)
    cv = value.get("cv") if isinstance(value, dict) else None
    if not isinstance(cv, dict):
        raise UnsupportedFormatError(name, "YAML without a RenderCV 'cv:' mapping")
    return assemble_lines(render_cv(cv), name, limits)
