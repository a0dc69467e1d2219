"""All public value types in one place (they live in small modules by stage)."""

from atsmatch.document import (
    Block,
    Contact,
    Diagnostic,
    Document,
    ExperienceEntry,
    Section,
    Severity,
    Span,
)
from atsmatch.profile import (
    Category,
    Concept,
    Degree,
    Importance,
    Keyword,
    MatchKind,
    Mention,
    Profile,
    ProfileKind,
    Skill,
)
from atsmatch.result import Knockout, Match, MatchMatrix, Term, TermStatus

__all__ = [
    "Block",
    "Category",
    "Concept",
    "Contact",
    "Degree",
    "Diagnostic",
    "Document",
    "ExperienceEntry",
    "Importance",
    "Keyword",
    "Knockout",
    "Match",
    "MatchKind",
    "MatchMatrix",
    "Mention",
    "Profile",
    "ProfileKind",
    "Section",
    "Severity",
    "Skill",
    "Span",
    "Term",
    "TermStatus",
]
