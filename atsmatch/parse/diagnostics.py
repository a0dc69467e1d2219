"""Document-level diagnostics: checks that need the whole analysed document.

Readers report what only they can see (text boxes, image-only pages, hidden text); the
checks here run the same way for every format: file size, page count, missing sections,
non-standard headings, missing email or phone, date styles, and contact details that only a
header or footer holds. The resume checks (``resume=True``) are for documents read as a
resume; a job description, or a document with too little text to judge, gets only the
checks that apply to any document (size, headings, dates).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from atsmatch.document import Block, Contact, Diagnostic, Section, Span
from atsmatch.parse.rules import diagnostic
from atsmatch.parse.structure.dates import find_ranges, odd_dates
from atsmatch.parse.structure.sections import HeadingLine

__all__ = [
    "MAX_BYTES",
    "MAX_PAGES",
    "MIN_WORDS",
    "REQUIRED_SECTIONS",
    "document_diagnostics",
    "judgeable",
    "looks_like_job_text",
    "merge_diagnostics",
]

MAX_BYTES = 2_500_000
"""Files over this size (2.5 MB) are over many ATS upload limits."""
MAX_PAGES = 2
"""Resumes over this many pages get a ``too-many-pages`` warning."""
REQUIRED_SECTIONS = ("experience", "education", "skills")
MIN_WORDS = 20
"""Texts without sections and with fewer words get no resume checks."""
_EDGE = ("header", "footer")
_DATED_SECTIONS = {"experience", "education", "volunteering", "projects", "other"}


def document_diagnostics(
    text: str,
    *,
    size: int | None,
    pages: int,
    resume: bool,
    sections: tuple[Section, ...],
    headings: Sequence[HeadingLine],
    contact: Contact,
    blocks: tuple[Block, ...],
) -> list[Diagnostic]:
    """The document-level findings, in a fixed order."""
    found: list[Diagnostic] = []
    if size is not None and size > MAX_BYTES:
        found.append(
            diagnostic(
                "file-too-large",
                f"the file is {size / 1e6:.1f} MB; many ATSs refuse files over 2.5 MB "
                "(compress images or export again)",
            )
        )
    if resume:
        found += _resume_checks(pages, sections, contact)
    found += _heading_checks(headings)
    found += _date_checks(text, sections)
    if resume:
        found += _header_footer_checks(text, blocks, contact)
    return found


def _resume_checks(pages: int, sections: tuple[Section, ...], contact: Contact) -> list[Diagnostic]:
    found = []
    if pages > MAX_PAGES:
        found.append(
            diagnostic(
                "too-many-pages",
                f"{pages} pages; most resumes fit on {MAX_PAGES} pages",
            )
        )
    names = {section.name for section in sections}
    for name in REQUIRED_SECTIONS:
        if name not in names:
            found.append(
                diagnostic(
                    "missing-section",
                    f"no {name} section found; add a heading named "
                    f"'{name.capitalize()}' so an ATS can file its content",
                )
            )
    if contact.email is None:
        found.append(diagnostic("missing-email", "no email address found; add one at the top"))
    if contact.phone is None:
        found.append(diagnostic("missing-phone", "no phone number found; add one at the top"))
    return found


def _heading_checks(headings: Sequence[HeadingLine]) -> list[Diagnostic]:
    return [
        diagnostic(
            "nonstandard-heading",
            f"heading {heading.text!r} is not a standard section name; an ATS may not "
            "know where its content belongs",
            span=Span(heading.start, heading.start + len(heading.text)),
        )
        for heading in headings
        if heading.name is None
    ]


def _date_checks(text: str, sections: tuple[Section, ...]) -> list[Diagnostic]:
    found = []
    styles: set[str] = set()
    odd: list[str] = []
    for section in sections:
        if section.name in _DATED_SECTIONS:
            body = text[section.start : section.end]
            for date_range in find_ranges(body):
                styles.update(s for s in date_range.styles if s != "year")
            odd += odd_dates(body)
    if odd:
        shown = ", ".join(repr(d) for d in odd[:3])
        found.append(
            diagnostic(
                "date-format",
                f"dates an ATS may not read: {shown}; write them as 'Mar 2021' or '03/2021'",
            )
        )
    if len(styles) > 1:
        found.append(
            diagnostic(
                "date-format",
                f"dates are written in {len(styles)} styles ({', '.join(sorted(styles))}); "
                "use one style throughout",
            )
        )
    return found


def _header_footer_checks(
    text: str, blocks: tuple[Block, ...], contact: Contact
) -> list[Diagnostic]:
    """Contact details that appear in a header or footer block and nowhere in the body."""
    edge = [b for b in blocks if b.kind in _EDGE]
    if not edge:
        return []
    body = "\n".join(text[b.span.start : b.span.end] for b in blocks if b.kind not in _EDGE)
    rim = "\n".join(text[b.span.start : b.span.end] for b in edge)
    fields = (
        ("name", contact.name),
        ("email", contact.email),
        ("phone", contact.phone),
        ("LinkedIn URL", contact.linkedin),
        ("location", contact.location),
    )
    only = [label for label, value in fields if value and value in rim and value not in body]
    if not only:
        return []
    return [
        diagnostic(
            "header-footer-content",
            f"the {', '.join(only)} appear only in a page header or footer, which many ATSs "
            "skip; repeat them in the body",
            page=edge[0].page,
        )
    ]


def merge_diagnostics(
    reader: Sequence[Diagnostic], checks: Sequence[Diagnostic], text: str, contact: Contact
) -> list[Diagnostic]:
    """The reader's findings, then the document checks, each said once.

    When the check names contact details that sit only in a header or footer, the reader's
    own header-footer finding for the line holding them says the same thing less usefully
    (it quotes the line; the check says what an ATS loses), so only the check is kept.
    """
    named = any(d.rule == "header-footer-content" for d in checks)
    values = [v for v in (contact.name, contact.email, contact.phone, contact.linkedin) if v]

    def repeated(d: Diagnostic) -> bool:
        if not named or d.rule != "header-footer-content" or d.span is None:
            return False
        return any(v in text[d.span.start : d.span.end] for v in values)

    kept = [d for d in reader if not repeated(d)]
    seen = {(d.rule, d.message) for d in kept}
    return kept + [d for d in checks if (d.rule, d.message) not in seen]


def judgeable(text: str, sections: tuple[Section, ...], reader: Sequence[Diagnostic]) -> bool:
    """Enough text to judge as a resume: the reader found a text layer, and the text has
    sections or at least :data:`MIN_WORDS` words (a lone line is no resume to check)."""
    if any(d.rule == "no-text-layer" for d in reader):
        return False
    return bool(sections) or len(text.split()) >= MIN_WORDS


def looks_like_job_text(text: str) -> bool:
    """Wording typical of a job ad, for documents without recognisable sections."""
    cues = re.findall(
        r"\b(we are looking for|we're looking for|you will|we offer|the ideal candidate|"
        r"apply now|join our team|what you'll do|who you are|you'll join|our client|"
        r"equal opportunity employer|years of experience (?:in|with))\b",
        text[:20000],
        flags=re.IGNORECASE,
    )
    return len(set(c.lower() for c in cues)) >= 2
