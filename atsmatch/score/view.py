"""What scoring reads of a resume, computed once per match: the :class:`ResumeView` (its
skills with an index of their relations, titles, years, lower-cased text and the phrase
answers kept by :mod:`atsmatch.score.phrases`), and the :class:`Credit` a rule returns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from atsmatch.extract.understand.credentials import CredentialStatus, credential_status
from atsmatch.extract.understand.resumeinfo import FieldYears, years_in_field
from atsmatch.profile import Concept, Mention, Profile, Skill

__all__ = ["WORD", "Credit", "ResumeView"]

_YEARS_CLAIM = re.compile(r"\b(\d{1,2})(?:\.\d)?\s*\+?\s*(?:years?|yrs?)\b", re.IGNORECASE)
WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*")
"""A word of a title, lower-cased."""


@dataclass(frozen=True, slots=True)
class Credit:
    """A term's credit (0..1), how it was earned, and the resume's evidence."""

    value: float
    via: str | None = None
    mentions: tuple[Mention, ...] = ()
    months: int | None = None


@dataclass(slots=True)
class ResumeView:
    """What scoring needs from a resume profile, computed once per match."""

    profile: Profile
    text: str = ""
    skills: dict[str, Skill] = field(default_factory=dict)
    years: float | None = None
    title_words: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    lower: str = ""
    """The text lower-cased: only to rule a phrase out quickly (offsets come from ``text``)."""
    ascii: bool = False
    """The text is ASCII: ``lower`` then has the offsets of ``text`` (see
    :func:`atsmatch.score.phrases.phrase_hits`)."""
    by_id: tuple[Skill, ...] = ()
    """The profile's skills sorted by id (the order related skills are tried in)."""
    fields: dict[str, FieldYears] = field(default_factory=dict)
    """Years per field of experience asked, computed on first use."""
    phrases: dict[tuple[str, bool], tuple[Mention, ...]] = field(default_factory=dict)
    """:func:`find_phrase`'s answers, kept: the same wording is asked for by several rules
    (a term's credit, the literal check, the skills-only check) and by many job terms."""
    _relations: dict[str, tuple[Skill, ...]] | None = None

    def related(self, asked: Concept) -> tuple[Skill, ...]:
        """The resume's skills that may relate to ``asked`` (:func:`relation_to` is not None
        for no other), sorted by id: an index of the skills' relations, built on first use,
        so a term reads a handful of skills instead of all of them."""
        if self._relations is None:
            index: dict[str, dict[str, Skill]] = {}
            for skill in self.by_id or sorted(self.profile.skills, key=lambda s: s.id):
                concept = skill.concept
                for target in (*concept.kind_of, *concept.shows, *concept.broader):
                    index.setdefault(target, {})[skill.id] = skill
                for target in concept.related:
                    index.setdefault(target, {})[skill.id] = skill
            self._relations = {k: tuple(v.values()) for k, v in index.items()}
        found = {s.id: s for s in self._relations.get(asked.id, ())}
        for other in (*asked.kind_of, *asked.broader, *asked.related):
            held = self.skills.get(other)
            if held is not None:
                found[held.id] = held
        return tuple(found[k] for k in sorted(found))

    @classmethod
    def of(cls, profile: Profile) -> ResumeView:
        text = profile.document.text
        claims = [float(m.group(1)) for m in _YEARS_CLAIM.finditer(text)]
        known = [y for y in (profile.years_experience, max(claims, default=None)) if y]
        titles = [
            profile.title or "",
            *getattr(profile, "titles", ()),
            *(entry.title or "" for entry in profile.document.experience),
        ]
        return cls(
            profile=profile,
            text=text,
            skills={skill.id: skill for skill in profile.skills},
            years=max(known) if known else profile.years_experience,
            title_words=frozenset(WORD.findall(" ".join(titles).lower())),
            titles=tuple(sorted({t for t in titles if t.strip()})),
            lower=text.lower(),
            ascii=text.isascii(),
            by_id=tuple(sorted(profile.skills, key=lambda s: s.id)),
        )

    def years_in(self, name: str) -> FieldYears:
        """The resume's dated positions in the field ``name`` and their years."""
        if name not in self.fields:
            self.fields[name] = years_in_field(
                self.profile.document, name, reference=self.profile.reference, total=self.years
            )
        return self.fields[name]

    def status(self, mentions: tuple[Mention, ...]) -> CredentialStatus:
        """``held`` when one mention names the credential as held, else the status of the
        first (``pursuing`` or ``expired``); ``held`` without mentions."""
        found = [credential_status(self.text, m.start, m.end) for m in mentions]
        return "held" if not found or "held" in found else found[0]

    def may_hold(self, phrase: str) -> bool:
        """False when ``phrase`` surely does not occur: one of its words is not in the text."""
        words = phrase.lower().split()
        if words and len(words[-1]) > 3 and words[-1].endswith("s"):
            words[-1] = words[-1][:-1]
        return all(word in self.lower for word in words)
