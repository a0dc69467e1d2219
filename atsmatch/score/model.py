"""The scoring model: term weights, statuses, and the weighted sum.

score = 100 × (Σ_t w_t · c_t · f_t + W_s · s) / (Σ_t w_t + W_s) over the job's terms t,
where the weight w_t = category weight × importance weight × frequency factor × specificity,
c_t in [0, 1] is the credit the resume earns for the term, and the text similarity s in [0,
1] (:func:`similarity_credit` of the TF-IDF cosine of the resume and the job's requirement
text) counts like one more term of weight W_s = ``similarity_weight`` × reliability, the
reliability being min(1, content words of the shorter document / 50), and f_t is 1, or for a
baseline term (:func:`is_baseline`: a soft skill, a degree, a tool nearly every job lists)
the similarity s itself: meeting what nearly every job asks counts as far as the resume fits
this job (:func:`fit_of`). A subscore is the plain weighted sum over one group of terms.
Nothing else enters the score (an ATS profile may cap it when a knockout fires), so a batch
path can compute it as two sparse products: credits (resumes × terms) times weights (terms ×
jobs), less (1 − s) times the baseline terms' share of that product, plus W_s times the
similarity (resume vectors × job vectors, W_s from an outer minimum of per-document word
counts), divided by each job's total weight + W_s.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

from atsmatch._resources import read_data
from atsmatch.config import MatchConfig
from atsmatch.profile import Importance, Skill
from atsmatch.result import Term, TermStatus

__all__ = [
    "BASELINE_CATEGORIES",
    "GROUP_ORDER",
    "SUBSCORE_GROUPS",
    "fit_of",
    "frequency_factor",
    "group_of",
    "is_baseline",
    "percent",
    "score_of",
    "similarity_credit",
    "specificity",
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


@lru_cache(maxsize=1)
def _ubiquity() -> Mapping[str, float]:
    data = read_data("atsmatch.score", "ubiquity.json").decode("utf-8")
    return MappingProxyType(dict(json.loads(data)["concepts"]))


def specificity(concept_id: str | None, config: MatchConfig) -> float:
    """1, or less for a tool nearly every job lists: ``1 − share`` of the O*NET occupations
    that list it (Microsoft Excel 93% → 0.07), at least ``min_specificity``
    (tools/build_ubiquity.py writes the shares of tools listed by a quarter or more)."""
    if concept_id is None:
        return 1.0
    share = _ubiquity().get(concept_id)
    return 1.0 if share is None else max(config.min_specificity, 1.0 - share)


def weight_of(
    category: str,
    importance: Importance,
    count: int,
    config: MatchConfig,
    *,
    concept_id: str | None = None,
) -> float:
    """A job term's weight: category weight × importance weight × frequency factor ×
    :func:`specificity` of its concept."""
    return (
        config.category_weights.get(category, 1.0)
        * config.importance_weights[importance]
        * frequency_factor(count, config)
        * specificity(concept_id, config)
    )


def term_weight(skill: Skill, config: MatchConfig) -> float:
    """The weight of a job skill (see :func:`weight_of`)."""
    return weight_of(
        skill.category, skill.importance, len(skill.mentions), config, concept_id=skill.id
    )


BASELINE_CATEGORIES = frozenset({"soft_skill", "degree"})
"""Term categories nearly every posting asks for, whatever its field."""


def is_baseline(term_id: str, category: str) -> bool:
    """A term nearly every job asks for, so that meeting it says little about fit to this
    one: a soft skill, a degree, or a tool :func:`specificity` discounts (Excel, Outlook)."""
    return category in BASELINE_CATEGORIES or term_id in _ubiquity()


def fit_of(similarity: float, weight: float) -> float:
    """The share of its credit a baseline term adds to the score: the similarity credit, or
    1 when the similarity takes no part (weight 0)."""
    return similarity if weight > 0 else 1.0


def similarity_credit(cosine: float, config: MatchConfig) -> float:
    """The text similarity as a credit: ``cosine / similarity_full``, at most 1."""
    if config.similarity_full <= 0:
        return 0.0
    return min(1.0, max(0.0, cosine) / config.similarity_full)


def score_of(terms: Iterable[Term], similarity: float, weight: float) -> float:
    """100 × (Σ w·c·f + W_s·s) / (Σ w + W_s), unrounded; ``similarity`` is the credit s,
    ``weight`` the similarity's weight W_s for this pair, and f the :func:`fit_of` for
    baseline terms (:func:`is_baseline`), 1 for the others."""
    total = weight
    earned = weight * similarity
    fit = fit_of(similarity, weight)
    for term in terms:
        total += term.weight
        factor = fit if is_baseline(term.id, term.category) else 1.0
        earned += term.weight * term.credit * factor
    return 100.0 * earned / total if total else 0.0


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
