"""What every renderer says the same way: group names, term order, the one-line verdict."""

from __future__ import annotations

from atsmatch.result import Match, Term
from atsmatch.score.model import is_baseline

__all__ = [
    "GROUP_TITLES",
    "NOT_WORDED_NOTE",
    "VIA_LABELS",
    "group_shares",
    "how_matched",
    "met_by",
    "not_worded",
    "similarity_line",
    "term_order",
    "verdict",
]

GROUP_TITLES = {
    "hard_skills": "Hard skills",
    "soft_skills": "Soft skills",
    "certifications": "Certifications",
    "education": "Education",
    "experience": "Years of experience",
    "title": "Job title",
    "keywords": "Other keywords",
}

VIA_LABELS = {
    "exact": "same words",
    "alias": "synonym",
    "acronym": "acronym",
    "lemma": "word form",
    "fuzzy": "near spelling",
    "member": "a kind of it",
    "evidence": "a tool that shows it",
    "class": "only its class",
    "narrower": "more specific skill",
    "broader": "more general skill",
    "related": "related skill",
    "text": "found in text",
    "alternative": "accepted alternative",
    "title_words": "some title words",
    "job_title": "your job title",
    "years": "years",
    "degree": "degree",
    "equivalent": "equivalent experience",
    "lower_degree": "lower degree",
    "lower_class": "lower class than asked",
    "higher_level": "a higher level of it",
    "other_field": "degree in another field",
    "years_in_field": "years in the field",
    "pursuing": "pursuing, not held",
    "expired": "expired, not held",
    "literal": "same words",
}
"""Plain words for ``Term.via`` (the JSON keeps the machine name)."""
_BY_ITEM = {
    "member": "met by {held}, a kind of {asked}",
    "evidence": "{held} shows {asked}",
}
_FACTS = frozenset({"education", "experience"})


def how_matched(term: Term) -> str:
    """How the resume met a term, in words a reader knows; marked "*" when a literal
    keyword search would miss it (:data:`NOT_WORDED_NOTE`)."""
    how = VIA_LABELS.get(term.via or "", term.via or "")
    if term.via in _BY_ITEM and term.resume_mentions:
        how = _BY_ITEM[term.via].format(held=term.resume_mentions[0].text, asked=term.name)
    elif term.via == "alternative" and term.resume_mentions:
        how = f"met by {term.resume_mentions[0].text}"
    if not_worded(term):
        how = f"{how} *"
    return how


def met_by(term: Term, *, limit: int = 3) -> str:
    """What on the resume met ``term``, as written there: ``"PostgreSQL ×3"`` for a MySQL
    term met by an accepted alternative. Empty for a missing term or a fact (years, degree)
    with no mention."""
    if term.status == "missing":
        return ""
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for mention in term.resume_mentions:
        text = " ".join(mention.text.split())
        key = text.casefold()
        counts[key] = counts.get(key, 0) + 1
        shown.setdefault(key, text)
    ordered = sorted(counts, key=lambda k: (-counts[k], k))
    parts = [f"{shown[k]} ×{counts[k]}" if counts[k] > 1 else shown[k] for k in ordered[:limit]]
    if len(ordered) > limit:
        parts.append(f"+{len(ordered) - limit} more")
    return ", ".join(parts)


def not_worded(term: Term) -> bool:
    """Met, but not in the job's own words: a literal keyword search misses it."""
    return term.status != "missing" and not term.literal and term.group not in _FACTS


NOT_WORDED_NOTE = "* not the job's exact wording: a literal keyword search misses it"


def group_shares(result: Match) -> dict[str, tuple[int, float]]:
    """Per subscore group: how many job terms it has and its share (0-100) of the total
    weight, so a reader sees that "Soft skills 0" from one light term costs little."""
    total = sum(t.weight for t in result.terms)
    found: dict[str, tuple[int, float]] = {}
    for term in result.terms:
        count, weight = found.get(term.group, (0, 0.0))
        found[term.group] = (count + 1, weight + term.weight)
    return {g: (n, 100.0 * w / total if total else 0.0) for g, (n, w) in found.items()}


def similarity_line(result: Match) -> str | None:
    """ "Text similarity to the job's requirements: 80% (python, aws, kafka)", or None; it
    says when baseline terms (:func:`atsmatch.score.model.is_baseline`) count at that share."""
    if result.similarity is None:
        return None
    words = (
        f" (shared words: {', '.join(result.similarity_words)})" if result.similarity_words else ""
    )
    line = f"Text similarity to the job's requirements: {100 * result.similarity:.0f}%{words}"
    if result.similarity_weight and any(is_baseline(t.id, t.category) for t in result.terms):
        # docs/scoring.md, "Baseline terms": their credit counts times this share
        line += "; soft skills, degrees and tools nearly every job lists count at this share"
    return line


def term_order(term: Term) -> tuple[int, float, str]:
    """Missing terms first (largest gain first), then partial, then matched (heaviest)."""
    rank = {"missing": 0, "partial": 1, "matched": 2}[term.status]
    return (rank, -term.gain if term.status != "matched" else -term.weight, term.name.lower())


def verdict(result: Match) -> str:
    """One plain sentence on where the resume stands."""
    if not result.terms:
        return "Too little was found in the job description to judge the match."
    if result.score >= 75:
        text = "Strong match: the resume covers most of what the job asks for."
    elif result.score >= 50:
        text = "Fair match: the resume covers part of the job; the gaps below cost points."
    else:
        text = "Weak match: much of what the job asks for is missing from the resume."
    if result.filtered_out:
        text += " But a hard requirement is not met, so an ATS could filter it out."
    return text
