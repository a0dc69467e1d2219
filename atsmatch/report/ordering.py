"""How reports name subscore groups and order terms (shared by the renderers)."""

from __future__ import annotations

from atsmatch.result import Term

__all__ = ["GROUP_TITLES", "term_order"]

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
