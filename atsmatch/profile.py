"""Value types produced by :func:`atsmatch.extract`: skills and keywords with their evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from atsmatch.document import Document

__all__ = [
    "Category",
    "Concept",
    "Degree",
    "Importance",
    "Keyword",
    "MatchKind",
    "Mention",
    "Profile",
    "ProfileKind",
    "Requirement",
    "RequirementKind",
    "Skill",
    "Zone",
]

Category = Literal[
    "programming_language",
    "tool",
    "hard_skill",
    "knowledge",
    "soft_skill",
    "certification",
    "language",
    "degree",
]
"""Concept categories: ``language`` is a spoken language, ``tool`` a tool or technology."""

MatchKind = Literal["exact", "alias", "lemma", "acronym", "fuzzy"]
Importance = Literal["required", "preferred", "mentioned"]
ProfileKind = Literal["resume", "job"]
RequirementKind = Literal["years", "degree", "certification"]


@dataclass(frozen=True, slots=True)
class Concept:
    """A taxonomy entry: one skill, tool, certification, ... with all its surface forms.

    ``sources`` holds traceable ids (an ESCO concept URI, ``onet:43232202``,
    ``linguist:Python``, ``atsmatch:kubernetes``); ``broader`` and ``related`` hold
    concept ids. ``kind_of`` holds the classes the concept is a member of, transitively
    ("MongoDB" → NoSQL, database management systems): a job term that is one of them is met
    by it. ``shows`` holds the skills or methods its use is evidence of ("JUnit" → unit
    testing; docs/taxonomy.md, "Classes and evidence").
    """

    id: str
    name: str
    category: Category
    forms: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    kind_of: tuple[str, ...] = ()
    shows: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a concept or keyword was found: ``text[start:end]`` of the document."""

    start: int
    end: int
    text: str
    kind: MatchKind = "exact"
    section: str | None = None


@dataclass(frozen=True, slots=True)
class Skill:
    """A concept found in a document, with every mention of it.

    For a job, ``importance`` says how strongly it is asked for and ``years`` the minimum
    years asked ("5+ years of Python" → 5.0). For a resume, ``months`` estimates the months
    of experience from the dated entries that mention it.
    """

    concept: Concept
    mentions: tuple[Mention, ...]
    importance: Importance = "mentioned"
    years: float | None = None
    months: int | None = None

    @property
    def id(self) -> str:
        return self.concept.id

    @property
    def name(self) -> str:
        return self.concept.name

    @property
    def category(self) -> Category:
        return self.concept.category


@dataclass(frozen=True, slots=True)
class Keyword:
    """A salient phrase outside the taxonomy, ranked by ``score`` (distinctiveness)."""

    text: str
    score: float
    mentions: tuple[Mention, ...]
    importance: Importance = "mentioned"


@dataclass(frozen=True, slots=True)
class Degree:
    """A degree held (resume) or asked for (job).

    ``level``: 1 associate, 2 bachelor, 3 master, 4 doctorate. ``or_equivalent`` is set when
    a job accepts equivalent experience instead. ``field`` is the field as written
    ("Computer Science or a related field"), ``fields`` its named fields one by one
    (``("Computer Science",)``).
    """

    level: int
    name: str
    field: str | None = None
    or_equivalent: bool = False
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Requirement:
    """One thing a job asks for, as written: years of experience, a degree or a certification.

    ``mention`` is where the job says it; ``concept_id`` names the skill or certification it
    is about (``None`` for overall years, a degree, or a certification outside the taxonomy);
    ``years`` is the minimum asked for a ``years`` requirement; ``degree`` the degree asked.
    """

    kind: RequirementKind
    text: str
    importance: Importance
    mention: Mention
    concept_id: str | None = None
    years: float | None = None
    degree: Degree | None = None


@dataclass(frozen=True, slots=True)
class Zone:
    """A part of a job posting and the kind of text it is (docs/understanding.md, "Zones").

    ``name`` is one of company, summary, responsibilities, requirements, preferred,
    benefits, compensation, location, physical, legal, apply or unknown; ``heading`` the
    heading it stands under ("" before the first); ``how`` what decided: ``heading``,
    ``content`` (its paragraph's sentences) or ``sentence`` (its own wording).
    """

    name: str
    start: int
    end: int
    heading: str = ""
    how: str = "heading"


@dataclass(frozen=True, slots=True)
class Profile:
    """What an ATS extracts from one document (a resume or a job description).

    ``requirements`` (job) lists every years, degree and certification requirement found,
    each with its importance. ``titles`` (resume) holds every job title of the dated
    entries, latest first; ``title`` is the job's title or the resume's latest one.
    ``reference`` (resume) is the ``YYYY-MM`` month that "present" stood for.
    """

    kind: ProfileKind
    document: Document
    skills: tuple[Skill, ...] = ()
    keywords: tuple[Keyword, ...] = ()
    title: str | None = None
    seniority: str | None = None
    years_experience: float | None = None
    degree: Degree | None = None
    requirements: tuple[Requirement, ...] = ()
    titles: tuple[str, ...] = ()
    reference: str | None = None
    zones: tuple[Zone, ...] = ()
    """(job) The zones of the posting; only some produce terms (docs/understanding.md)."""

    def skill(self, concept_id: str) -> Skill | None:
        """The skill with this concept id, or ``None``."""
        for skill in self.skills:
            if skill.concept.id == concept_id:
                return skill
        return None
