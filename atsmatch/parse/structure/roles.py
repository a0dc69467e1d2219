"""Which part of an entry line is the job title and which the employer.

A part is read by its *head*: the words before a first "of", "for" or "at" ("Director of
Engineering" is headed by Director, "University of Bremen" by University), and in the
head, the cue that comes last wins ("Call Center Agent" ends in a job-title word, "Acme
Research Labs" in an organisation word). Cues are job-title words (engineer, nurse,
teacher, electrician, ..., German compounds ending in -berater, -entwickler, ...; Chinese,
Japanese and Korean role words) and organisation words (Inc, GmbH, University, Hospital,
District, 公司, 大学, ...). The parts left over fill what is still missing, in order, title
first.

A line is cut into parts (:func:`line_parts`) at " | ", tabs, runs of spaces, dashes,
commas, " at " and "@"; a bracket closing the only part names the employer ("Engineer
(University of Bremen)"), elsewhere it is a note (kept on a title, dropped from an
employer). Places are dropped: those the contact rules know ("Austin, TX") and those a
company name tells, since a name ends at its legal form or organisation word ("FLAG Inc.
California, America", "黑科技公司上海"). A line of organisation parts only is one
employer ("Institute for Advanced Research, Science College").
"""

from __future__ import annotations

import re

from atsmatch.parse.structure.contact import remove_locations
from atsmatch.parse.structure.rolewords import (
    EMPLOYER_CJK,
    EMPLOYER_CJK_RE,
    EMPLOYER_WORDS,
    TITLE_CJK_RE,
    TITLE_WORDS,
    is_employer,
    is_title,
)

__all__ = [
    "EMPLOYER_CJK",
    "is_employer",
    "is_title",
    "line_parts",
    "part_kind",
    "split_title_employer",
]

_HEAD = re.compile(r"\s+(?:of|for|at|in|des?|du|der|bei)\s+", re.IGNORECASE)


def _last_end(pattern: re.Pattern[str], text: str) -> int:
    ends = [match.end() for match in pattern.finditer(text)]
    return max(ends) if ends else -1


def part_kind(part: str) -> str | None:
    """``"title"``, ``"employer"`` or None for one part of an entry line."""
    for text in (_HEAD.split(part, maxsplit=1)[0], part):
        title = max(_last_end(TITLE_WORDS, text), _last_end(TITLE_CJK_RE, text))
        employer = max(_last_end(EMPLOYER_WORDS, text), _last_end(EMPLOYER_CJK_RE, text))
        if title >= 0 or employer >= 0:
            return "title" if title > employer else "employer"
    return None


def split_title_employer(parts: list[str]) -> tuple[str | None, str | None]:
    """Pick the title and the employer among a line's parts (see the module docstring)."""
    kinds = [part_kind(p) for p in parts]
    titles = [p for p, k in zip(parts, kinds, strict=True) if k == "title"]
    title = titles[0] if titles else None
    employers = [p for p, k in zip(parts, kinds, strict=True) if k == "employer"]
    employer = employers[0] if employers else None
    others = [p for p in parts if p not in (title, employer)]
    if title is None and others:
        title = others.pop(0)
    if employer is None and others:
        employer = others.pop(0)
    return title, employer


_PARTS = re.compile(r"\s*(?:\||\t+| {3,}|•|·| — | – | - |,\s| at | @ |\s@(?=\w))\s*")
# An employer that ends in its organisation word, followed by a short place written
# without a space ("黑科技公司上海": the company, then Shanghai).
_CJK_PLACE = re.compile(rf"^(.*?(?:{EMPLOYER_CJK}))[^\W\d_A-Za-z]{{1,4}}$")
# A company name ends at its legal form: "FLAG Inc. California, America" is the company
# and a place (the place's last part is the next part, after the comma).
_LEGAL_THEN_WORDS = re.compile(
    r"^(.+?\s(?i:inc|llc|ltd|gmbh|corp|plc|ag|llp|co)\.?)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}$"
)
_LEGAL_END = re.compile(r"\b(?i:inc|llc|ltd|gmbh|ag|co|corp|plc|llp)\b\.?(?=\s+[A-Z])")
_PLACE_WORDS = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")
# "Engineer (Acme Corp)": a bracketed name is a part; "(Contract)", "(Remote)" are not.
_BRACKETED = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")
_NOT_EMPLOYER = re.compile(
    r"^(?:contract|contractor|part[- ]time|full[- ]time|remote|hybrid|on[- ]site|temporary|"
    r"temp|freelance|internship|intern|seasonal|volunteer|per diem|prn|locum)$",
    re.IGNORECASE,
)
_LEGAL_FORM = re.compile(
    r"^(inc|llc|ltd|gmbh|corp|co|plc|ag|sa|bv|nv|pty ltd|s\.?a\.?|l\.?p\.?|llp)\.?$", re.I
)
_NOISE = re.compile(r"^[\s|,;:()\[\]–—•·-]+|[\s|,;:()\[\]–—•·-]+$")


def line_parts(line: str) -> list[str]:
    """The parts of an entry line that may name its title or employer, places dropped."""
    placed = remove_locations(line)
    legal = _LEGAL_END.search(line)
    if legal and not _LEGAL_END.search(placed):
        # The place rule took the company too ("Acme Inc. Austin, Texas"): the company
        # name ends at its legal form.
        placed = remove_locations(f"{line[: legal.end()]} | {line[legal.end() :]}")
    parts: list[str] = []
    for raw in _PARTS.split(placed):
        part = _NOISE.sub("", raw)
        if part.count("(") > part.count(")") and raw.rstrip().endswith(")"):
            part += ")"  # "Software Engineer (Contract)" keeps its bracket
        if parts and _LEGAL_FORM.match(part):  # "Airbnb, Inc." is one employer
            parts[-1] = f"{parts[-1]}, {part}"
        elif part:
            parts.append(part)
    parts = _brackets(_drop_places(parts))
    if len(parts) > 1 and all(is_employer(p) and not is_title(p) for p in parts):
        return [", ".join(parts)]  # "Institute for Advanced Research, Science College"
    return parts


def _brackets(parts: list[str]) -> list[str]:
    """A bracket closing a part: the employer of a line that names no other ("Engineer
    (University of Bremen)"); else a note, kept on a title ("Teacher (Dual Immersion)",
    "Bookkeeping (part-time)") and dropped from an employer ("Basketly (online grocery)")."""
    out = []
    for part in parts:
        bracketed = _BRACKETED.match(part)
        if bracketed is None:
            out.append(part)
            continue
        outer, inner = bracketed.group(1), bracketed.group(2).strip()
        kind = part_kind(outer)
        if len(parts) == 1 and kind != "employer" and not _NOT_EMPLOYER.match(inner):
            return [outer, inner]
        out.append(part if kind == "title" or _NOT_EMPLOYER.match(inner) else outer)
    return out


def _drop_places(parts: list[str]) -> list[str]:
    """Places the location rules cannot know, told by the company name before them:
    "FLAG Inc. California, America" and "黑科技公司上海" keep only the company."""
    out: list[str] = []
    for i, part in enumerate(parts):
        legal = _LEGAL_THEN_WORDS.match(part)
        if legal and i == len(parts) - 2 and _place_like(parts[i + 1]):
            return [*out, legal.group(1)]
        cjk = _CJK_PLACE.match(part)
        out.append(cjk.group(1) if cjk else part)
    return out


def _place_like(part: str) -> bool:
    return bool(_PLACE_WORDS.match(part)) and not is_title(part) and not is_employer(part)
