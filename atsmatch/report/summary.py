"""What every renderer says the same way: group names, term order, the one-line verdict."""

from __future__ import annotations

from atsmatch.result import Match, Term

__all__ = ["GROUP_TITLES", "term_order", "verdict"]

GROUP_TITLES = {
    "hard_skills": "Hard skills",
    "soft_skills": "Soft skills",
    "certifications": "Certifications",
    "education": "Education",
    "experience": "Years of experience",
    "title": "Job title",
    "keywords": "Other keywords",
}


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
