"""Which of a job's keywords (phrases outside the taxonomy) are scored as terms.

Only distinctive phrases a recruiter would search for: see :func:`keyword_kept` and
docs/scoring.md ("Which job phrases become terms").
"""

from __future__ import annotations

import re

from atsmatch.config import MatchConfig
from atsmatch.extract.background import fold
from atsmatch.extract.vocabulary import PLACES
from atsmatch.profile import Keyword, Mention, Profile

__all__ = ["keyword_kept", "scored_keywords"]


def _title_line(job: Profile) -> str:
    """The whole line holding the job title ("Registered Nurse - Cardiac Step-Down Unit")."""
    text = job.document.text
    found = re.search(re.escape(job.title or ""), text, re.IGNORECASE) if job.title else None
    if found is None:
        return job.title or ""
    start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.end())
    return text[start : end if end >= 0 else len(text)]


def _fact_phrases(job: Profile) -> set[str]:
    """Phrases the degree term already scores (kept out of the keywords): the name and field
    of every degree the job mentions, not only the one asked, so the order of the job's
    lines never changes which keywords are scored."""
    degrees = [job.degree, *(r.degree for r in job.requirements if r.kind == "degree")]
    phrases: set[str] = set()
    for degree in degrees:
        if degree is not None:
            fields = (degree.field or "", *degree.fields)
            phrases |= {degree.name.lower(), *(f.lower() for f in fields if f)}
    return phrases


_NAME_WORD = re.compile(r"[A-Z][\w&'.-]*$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u25aa\u25cf\u2013]+[ \t]*|\d+[.)][ \t]*)?$")


def _looks_like_name(text: str) -> bool:
    """One word that reads as a product, acronym or code: "MEDDIC", "B2B", "GraphQL"."""
    return any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:])


def _at_line_start(text: str, start: int) -> bool:
    """Nothing but a bullet or a number between the line start and ``start``."""
    line = text.rfind("\n", 0, start) + 1
    return _LINE_START.match(text[line:start]) is not None


def _name_tail(text: str, mention: Mention) -> bool:
    """The mention continues a capitalised name ("Riverside Medical Center")."""
    if not mention.text[:1].isupper() or _at_line_start(text, mention.start):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    if not before.endswith(" ") or not before.split():
        return False
    return bool(_NAME_WORD.match(before.split()[-1]))


def keyword_kept(keyword: Keyword, text: str, config: MatchConfig) -> bool:
    """Whether a job keyword is a distinctive phrase a recruiter would search for.

    It must reach ``min_keyword_score`` and name no place or weekday (:data:`PLACES`). One
    word must look like a name or code, or be capitalised inside a sentence ("Airflow"); a
    lower-case or line-initial word is usually a fragment ("scalable", "Negotiate"). A
    phrase whose every mention opens a line with a capitalised word followed by lower-case
    ones is an instruction ("Document care"), and
    the tail of a capitalised name is a company or place ("Medical Center").
    """
    name = " ".join(keyword.text.split())
    if keyword.score < config.min_keyword_score or not keyword.mentions or not name:
        return False
    if any(w.lower() in PLACES for w in re.findall(r"[A-Za-z]+", name)):
        return False  # "Denver metro area", "east Austin", "Friday": a place or a schedule
    line_starts = all(_at_line_start(text, m.start) for m in keyword.mentions)
    first, *rest = name.split()
    if not rest:
        return _looks_like_name(name) or (name[:1].isupper() and not line_starts)
    if (
        line_starts
        and first[:1].isupper()
        and first[1:].islower()
        and all(w.islower() for w in rest)
    ):
        return False
    return not any(_name_tail(text, m) for m in keyword.mentions)


def _words(phrase: str) -> frozenset[str]:
    return frozenset(fold(w) for w in re.findall(r"[\w+#'./-]+", phrase.lower()))


def scored_keywords(
    job: Profile, config: MatchConfig, taken: set[str]
) -> list[tuple[str, Keyword]]:
    """The job's keywords to score, best first, each with its tidy text: kept by
    :func:`keyword_kept`, never a piece of the title line, never the degree or its field, and
    never one whose words all belong to a skill already scored ("Negotiate" beside
    "negotiate compromises"). ``taken`` holds the skills' forms; kept texts are added."""
    ranked = sorted(job.keywords, key=lambda k: (-k.score, k.text.lower()))
    title_words = _words(_title_line(job))
    taken |= _fact_phrases(job)
    skill_words = [w for w in map(_words, taken) if w]
    kept: list[tuple[str, Keyword]] = []
    for keyword in ranked:
        text = " ".join(keyword.text.split())
        if len(kept) >= config.max_keywords:
            break
        words = _words(text)
        if text.lower() in taken or not keyword_kept(keyword, job.document.text, config):
            continue
        if words <= title_words or any(words <= s for s in skill_words):
            continue
        taken.add(text.lower())
        kept.append((text, keyword))
    return kept
