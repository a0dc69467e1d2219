"""Finding resume and job sections from their headings.

A line is a heading when it is short, has no sentence punctuation at its end, and its words
(less a trailing colon) match a known heading for a section. The synonym list maps what
people write ("Work History", "Professional Experience") to canonical names.
"""

from __future__ import annotations

import re

from atsmatch.document import Section

__all__ = ["HEADINGS", "canonical_heading", "find_sections"]

HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "professional summary",
        "profile",
        "about",
        "about me",
        "objective",
        "career objective",
        "overview",
        "career summary",
        "executive summary",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "relevant experience",
        "professional background",
    ),
    "education": (
        "education",
        "academic background",
        "education and training",
        "qualifications",
        "academic qualifications",
        "education & training",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core skills",
        "key skills",
        "competencies",
        "core competencies",
        "skills and tools",
        "technologies",
        "tools",
        "tech stack",
        "skills & tools",
        "areas of expertise",
        "expertise",
    ),
    "projects": ("projects", "personal projects", "selected projects", "key projects"),
    "certifications": (
        "certifications",
        "certificates",
        "licenses",
        "licenses and certifications",
        "licenses & certifications",
        "certifications and licenses",
    ),
    "publications": ("publications", "papers", "selected publications"),
    "awards": ("awards", "honors", "honours", "awards and honors", "achievements"),
    "volunteering": ("volunteering", "volunteer experience", "volunteer work", "community"),
    "languages": ("languages", "spoken languages", "language skills"),
    "interests": ("interests", "hobbies", "hobbies and interests"),
    "references": ("references",),
    # job-description sections
    "responsibilities": (
        "responsibilities",
        "what you will do",
        "what you'll do",
        "duties",
        "the role",
        "your role",
        "key responsibilities",
        "role",
    ),
    "requirements": (
        "requirements",
        "minimum qualifications",
        "required qualifications",
        "what you need",
        "what you bring",
        "must have",
        "must haves",
        "basic qualifications",
        "who you are",
        "what we're looking for",
        "what we are looking for",
        "required skills",
    ),
    "preferred": (
        "preferred qualifications",
        "nice to have",
        "nice to haves",
        "bonus points",
        "preferred",
        "preferred skills",
        "desired qualifications",
        "pluses",
    ),
    "benefits": ("benefits", "perks", "what we offer", "why join us", "compensation"),
    "company": ("about us", "about the company", "who we are", "our company"),
}

_LOOKUP = {heading: name for name, headings in HEADINGS.items() for heading in headings}
_CLEAN = re.compile(r"[^a-z0-9&' ]+")


def canonical_heading(line: str) -> str | None:
    """The canonical section name for a heading line, or ``None`` if it is not one."""
    stripped = line.strip().strip("#*=_-:| ").strip()
    if not stripped or len(stripped) > 50 or stripped.endswith((".", ",", ";")):
        return None
    key = " ".join(_CLEAN.sub(" ", stripped.lower().replace("’", "'")).split())
    return _LOOKUP.get(key)


def find_sections(text: str) -> tuple[Section, ...]:
    """Sections of ``text``, each running from its heading to the next heading or the end."""
    starts: list[tuple[int, str, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        name = canonical_heading(line)
        if name is not None:
            starts.append((offset, name, line.strip()))
        offset += len(line)
    sections = []
    for i, (start, name, heading) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        sections.append(Section(name=name, heading=heading, start=start, end=end))
    return tuple(sections)
