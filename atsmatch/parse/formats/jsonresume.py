"""The JSON Resume reader: a ``resume.json`` or JSON Resume job rendered as a readable page.

A resume (keys such as ``basics``, ``work``, ``education``) is rendered with the contact
details at the top and standard section headings (Summary, Experience, Volunteering,
Education, Skills, Projects, ...); a job (``title`` with ``responsibilities``,
``qualifications``, ``company`` or ``description``) with Summary, Responsibilities,
Requirements and Skills. Dates become "Dec 2013" style. Other JSON is not a document
(:class:`UnsupportedFormatError`); malformed JSON is :class:`CorruptFileError`.
"""

from __future__ import annotations

import json
from typing import Any

from atsmatch.errors import CorruptFileError, UnsupportedFormatError
from atsmatch.parse.formats.text import assemble_lines, decode_text
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.raw import RawText

__all__ = ["read_jsonresume", "render_job", "render_resume"]

Lines = list[tuple[str, bool]]

_RESUME_KEYS = {"basics", "work", "education", "volunteer", "skills", "projects", "awards"}
_JOB_KEYS = {"responsibilities", "qualifications", "company", "description"}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def read_jsonresume(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read a JSON Resume resume or job."""
    text = decode_text(data, name)
    try:
        # numbers stay as written: a 5,000-digit "phone" is text, not an int Python refuses
        # to convert (over 4,300 digits) or a float that overflows to infinity
        value = json.loads(text, parse_int=str, parse_float=str, parse_constant=str)
    except json.JSONDecodeError as exc:
        raise CorruptFileError(name, f"invalid JSON ({exc})") from None
    except RecursionError:
        raise CorruptFileError(name, "invalid JSON: nested too deeply to read") from None
    except ValueError as exc:  # anything else the decoder refuses, in its own words
        raise CorruptFileError(name, f"invalid JSON ({exc})") from None
    if isinstance(value, list):
        raise UnsupportedFormatError(
            name, "JSON whose top level is an array; a JSON Resume is one object {...}"
        )
    if isinstance(value, dict) and "title" in value and _JOB_KEYS & value.keys():
        lines = render_job(value)
    elif isinstance(value, dict) and _RESUME_KEYS & value.keys():
        lines = render_resume(value)
    else:
        raise UnsupportedFormatError(
            name, "JSON that is neither a JSON Resume resume nor a JSON Resume job"
        )
    return assemble_lines(lines, name, limits)


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    return str(value).strip() if isinstance(value, (str, int, float)) else ""


def _items(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [s for s in (_text(v) for v in value) if s] if isinstance(value, list) else []


def _join(*parts: str, sep: str = ", ") -> str:
    """The non-empty parts joined by ``sep``, each once ("Berlin, Berlin" is "Berlin")."""
    return sep.join(dict.fromkeys(part for part in parts if part))


def _date(value: Any) -> str:
    """``2013-12-01`` → ``Dec 2013``; ``2013`` stays; anything else is kept as written."""
    text = _text(value)
    year, _, rest = text.partition("-")
    month = rest[:2]
    if len(year) == 4 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{_MONTHS[int(month) - 1]} {year}"
    return text


def _dates(item: dict[str, Any]) -> str:
    start, end = _date(item.get("startDate")), _date(item.get("endDate"))
    if start:
        return f"{start} – {end or 'Present'}"
    return end


def _paragraphs(value: Any) -> Lines:
    return [(line.strip(), False) for line in _text(value).split("\n") if line.strip()]


def _section(heading: str, body: Lines) -> Lines:
    return [(heading, True), *body] if body else []


def _entries(items: list[dict[str, Any]], title: str, org: str) -> Lines:
    lines: Lines = []
    for item in items:
        lines.append((_join(_text(item.get(title)), _text(item.get(org)), sep=" — "), False))
        lines.append((_dates(item), False))
        lines.append((_text(item.get("location")), False))
        lines += _paragraphs(item.get("description")) + _paragraphs(item.get("summary"))
        lines += [(f"• {h}", False) for h in _strings(item.get("highlights"))]
        lines.append((_text(item.get("url")), False))
    return lines


def _basics(basics: dict[str, Any]) -> Lines:
    location = basics.get("location") if isinstance(basics.get("location"), dict) else {}
    assert isinstance(location, dict)
    lines: Lines = [(_text(basics.get(key)), False) for key in ("name", "label")]
    contact = (_text(basics.get(key)) for key in ("email", "phone", "url"))
    lines.append((_join(*contact, sep=" | "), False))
    street = _join(*(_text(location.get(key)) for key in ("address", "postalCode")))
    lines.append((street.replace("\n", ", "), False))
    place = (_text(location.get(key)) for key in ("city", "region", "countryCode"))
    lines.append((_join(*place), False))
    for profile in _items(basics.get("profiles")):
        network, user = _text(profile.get("network")), _text(profile.get("username"))
        label = f"{network}: {user}" if network and user else network or user
        lines.append((_join(label, _text(profile.get("url")), sep=" "), False))
    return lines + _section("Summary", _paragraphs(basics.get("summary")))


def _simple(items: list[dict[str, Any]], name: str, detail: str, sep: str = ": ") -> Lines:
    lines: Lines = []
    for item in items:
        words = ", ".join(_strings(item.get("keywords")))
        label = _join(_text(item.get(name)), _text(item.get(detail)), sep=sep)
        lines.append((_join(label, words, sep=": "), False))
    return lines


def render_resume(resume: dict[str, Any]) -> Lines:
    """The lines of a JSON Resume resume, each with whether it is a heading."""
    basics = resume.get("basics") if isinstance(resume.get("basics"), dict) else {}
    assert isinstance(basics, dict)
    get = resume.get
    lines = _basics(basics)
    lines += _section("Experience", _entries(_items(get("work")), "position", "name"))
    lines += _section(
        "Volunteering", _entries(_items(get("volunteer")), "position", "organization")
    )
    lines += _section("Education", _education(_items(get("education"))))
    lines += _section("Skills", _simple(_items(get("skills")), "name", "level", " — "))
    lines += _section("Projects", _projects(_items(get("projects"))))
    lines += _section("Awards", _dated(_items(get("awards")), "title", "awarder", "date"))
    lines += _section(
        "Certifications", _dated(_items(get("certificates")), "name", "issuer", "date")
    )
    lines += _section(
        "Publications", _dated(_items(get("publications")), "name", "publisher", "releaseDate")
    )
    lines += _section("Languages", _simple(_items(get("languages")), "language", "fluency", " — "))
    lines += _section("Interests", _simple(_items(get("interests")), "name", "", ""))
    lines += _section("References", _simple(_items(get("references")), "name", "reference"))
    return lines


def _education(items: list[dict[str, Any]]) -> Lines:
    lines: Lines = []
    for item in items:
        degree = _join(_text(item.get("studyType")), _text(item.get("area")), sep=" in ")
        lines.append((_join(degree, _text(item.get("institution")), sep=" — "), False))
        lines.append((_dates(item), False))
        if _text(item.get("score")):
            lines.append((f"Score: {_text(item.get('score'))}", False))
        lines += [(f"• {course}", False) for course in _strings(item.get("courses"))]
        lines.append((_text(item.get("url")), False))
    return lines


def _dated(items: list[dict[str, Any]], title: str, org: str, date: str) -> Lines:
    lines: Lines = []
    for item in items:
        lines.append((_join(_text(item.get(title)), _text(item.get(org)), sep=" — "), False))
        lines.append((_date(item.get(date)), False))
        lines += _paragraphs(item.get("summary"))
        lines.append((_text(item.get("url")), False))
    return lines


def _projects(items: list[dict[str, Any]]) -> Lines:
    lines: Lines = []
    for item in items:
        lines.append((_join(_text(item.get("name")), _text(item.get("entity")), sep=" — "), False))
        lines.append((_dates(item), False))
        lines += _paragraphs(item.get("description"))
        lines += [(f"• {h}", False) for h in _strings(item.get("highlights"))]
        lines.append((_join(*_strings(item.get("keywords"))), False))
        lines.append((_join(*_strings(item.get("roles"))), False))
        lines.append((_text(item.get("url")), False))
    return lines


def render_job(job: dict[str, Any]) -> Lines:
    """The lines of a JSON Resume job, each with whether it is a heading."""
    location = job.get("location") if isinstance(job.get("location"), dict) else {}
    assert isinstance(location, dict)
    place = (_text(location.get(key)) for key in ("city", "region", "countryCode"))
    lines: Lines = [(_text(job.get("title")), False), (_text(job.get("company")), False)]
    lines.append((_join(*place), False))
    for key, label in (("type", "Type"), ("remote", "Remote"), ("salary", "Salary")):
        if _text(job.get(key)):
            lines.append((f"{label}: {_text(job.get(key))}", False))
    if _text(job.get("experience")):
        lines.append((f"Experience level: {_text(job.get('experience'))}", False))
    if _text(job.get("date")):
        lines.append((f"Posted: {_date(job.get('date'))}", False))
    lines += _section("Summary", _paragraphs(job.get("description")))
    bullets = [(f"• {r}", False) for r in _strings(job.get("responsibilities"))]
    lines += _section("Responsibilities", bullets)
    bullets = [(f"• {q}", False) for q in _strings(job.get("qualifications"))]
    lines += _section("Requirements", bullets)
    lines += _section("Skills", _simple(_items(job.get("skills")), "name", "level", " — "))
    return lines
