"""Heading variants by rule, for headings not in the synonym table.

A heading names its section by its head word, the last word ("Clinical Experience",
"Selected Honors", "Technical Skills"); a heading of several parts ("Licensure and
Certifications") needs a head word in every part and takes the first. German compounds
end in their head word too ("Berufserfahrung"). Chinese headings are matched by the
characters they hold ("工作经历", "教育背景"). Only short headings (at most four words)
are read this way, so that "Experience with Python" is not taken for a heading, and
singular item words ("First Aid Certification", "License") name no section.
"""

from __future__ import annotations

import re

__all__ = ["heading_by_rule"]

_MAX_WORDS = 4
_PARTS = re.compile(r"\s+(?:&|and|und|et)\s+|\s*[/,]\s*")
_HEAD_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("experience", "experiences", "employment", "internships", "berufserfahrung",
         "arbeitserfahrung", "berufspraxis", "praxiserfahrung", "expérience",
         "expériences", "experiencia"),
        "experience",
    ),
    **dict.fromkeys(
        ("education", "bildung", "ausbildung", "studium", "werdegang", "formation",
         "formación", "educación"),
        "education",
    ),
    **dict.fromkeys(
        ("skills", "competencies", "fähigkeiten", "kenntnisse", "kompetenzen",
         "compétences", "competences", "habilidades"),
        "skills",
    ),
    **dict.fromkeys(
        ("certifications", "certificates", "licensure", "licenses",
         "licences", "accreditations", "zertifikate", "zertifizierungen"),
        "certifications",
    ),
    **dict.fromkeys(
        ("awards", "honors", "honours", "prizes", "scholarships", "distinctions",
         "auszeichnungen"),
        "awards",
    ),
    **dict.fromkeys(("languages", "sprachen", "langues", "idiomas"), "languages"),
    **dict.fromkeys(("interests", "hobbies", "interessen", "intérêts", "loisirs"), "interests"),
    **dict.fromkeys(("projects", "projekte", "projets", "proyectos"), "projects"),
    **dict.fromkeys(("publications", "publikationen", "veröffentlichungen"), "publications"),
    **dict.fromkeys(("references", "referenzen"), "references"),
}  # fmt: skip
# Chinese headings: the characters that name each kind.
_CJK: tuple[tuple[str, str], ...] = (
    ("经历", "experience"),
    ("经验", "experience"),
    ("教育", "education"),
    ("学历", "education"),
    ("技能", "skills"),
    ("技术栈", "skills"),
    ("获奖", "awards"),
    ("荣誉", "awards"),
    ("证书", "certifications"),
    ("兴趣", "interests"),
    ("语言", "languages"),
    ("项目", "projects"),
)
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_MAX_CJK = 8


def heading_by_rule(key: str) -> str | None:
    """The section kind of a heading ``key`` (lower case, punctuation removed), if any."""
    if _CJK_CHAR.search(key):
        if len(key.replace(" ", "")) > _MAX_CJK:
            return None
        return next((kind for chars, kind in _CJK if chars in key), None)
    if not 0 < len(key.split()) <= _MAX_WORDS:
        return None
    heads = [part.split()[-1] if part.split() else "" for part in _PARTS.split(key)]
    if heads and all(head in _HEAD_WORDS for head in heads):
        return _HEAD_WORDS[heads[0]]  # "Licensure and Certifications": every part names one
    return None
