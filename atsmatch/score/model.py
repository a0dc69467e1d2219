"""The scoring model: term weights, statuses, and the weighted sum.

score = 100 × Σ_t w_t · c_t / Σ_t w_t over the job's terms t, where the weight
w_t = category weight × importance weight × frequency factor, and c_t in [0, 1] is the
credit the resume earns for the term. A subscore is the same sum over one group of terms.
Nothing else enters the score (an ATS profile may cap it when a knockout fires), so a batch
path can compute it as a sparse product: credits (resumes × terms) times weights (terms ×
jobs), divided by each job's total weight.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from atsmatch.config import MatchConfig
from atsmatch.profile import Importance, Skill
from atsmatch.result import Term, TermStatus

__all__ = [
    "GROUP_ORDER",
    "SUBSCORE_GROUPS",
    "frequency_factor",
    "group_of",
    "percent",
    "status_of",
    "subscores",
    "term_weight",
    "weight_of",
]

SUBSCORE_GROUPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "hard_skills": frozenset(
            {"programming_language", "tool", "hard_skill", "knowledge", "language"}
        ),
        "soft_skills": frozenset({"soft_skill"}),
        "certifications": frozenset({"certification"}),
        "education": frozenset({"degree"}),
        "experience": frozenset({"experience"}),
        "title": frozenset({"title"}),
        "keywords": frozenset({"keyword"}),
    }
)
GROUP_ORDER: tuple[str, ...] = tuple(SUBSCORE_GROUPS)


def group_of(category: str) -> str:
    """The subscore group of a term category."""
    for name, members in SUBSCORE_GROUPS.items():
        if category in members:
            return name
    return "keywords"


def frequency_factor(count: int, config: MatchConfig) -> float:
    """1 for one mention, plus ``frequency_step`` per extra mention up to ``frequency_cap``."""
    return 1.0 + config.frequency_step * (min(max(count, 1), config.frequency_cap) - 1)


def weight_of(category: str, importance: Importance, count: int, config: MatchConfig) -> float:
    """A job term's weight: category weight × importance weight × frequency factor."""
    return (
        config.category_weights.get(category, 1.0)
        * config.importance_weights[importance]
        * frequency_factor(count, config)
    )


def term_weight(skill: Skill, config: MatchConfig) -> float:
    """The weight of a job skill (see :func:`weight_of`)."""
    return weight_of(skill.category, skill.importance, len(skill.mentions), config)


def status_of(credit: float, config: MatchConfig) -> TermStatus:
    """``matched`` at full credit, ``partial`` above zero, else ``missing``."""
    if credit >= config.matched_threshold:
        return "matched"
    return "partial" if credit > 0 else "missing"


def raw_percent(terms: Iterable[Term]) -> float:
    """100 × Σ w·c / Σ w, unrounded (0 when there is no weight)."""
    total = 0.0
    earned = 0.0
    for term in terms:
        total += term.weight
        earned += term.weight * term.credit
    return 100.0 * earned / total if total else 0.0


def percent(terms: Iterable[Term]) -> float:
    """:func:`raw_percent` rounded to two decimals."""
    return round(raw_percent(terms), 2)


def subscores(terms: Iterable[Term]) -> dict[str, float]:
    """One percentage per group that has terms, in :data:`GROUP_ORDER`."""
    grouped: dict[str, list[Term]] = {}
    for term in terms:
        grouped.setdefault(term.group, []).append(term)
    return {name: percent(grouped[name]) for name in GROUP_ORDER if name in grouped}
