"""How much credit a resume earns for one job term, and how it earned it.

Skills: the same concept earns the credit of its best match kind (exact, alias, acronym and
lemma full; fuzzy partial); otherwise another concept earns the credit of its relation
(:func:`relation_to`): a member of a class in full ("MongoDB" for "NoSQL"), a tool that
shows a method, a narrower one ("PostgreSQL" for "SQL"), the class of a product, a broader
one or a related one partially. Keywords: found in the resume text
(case-insensitive, word-bounded, plural-insensitive). Degree: the level held, or enough
experience when the job accepts an equivalent; a degree in another field than the one asked
earns ``other_field``. Years: the share of the years asked, counting only positions in the
field when the job names one. Certifications: held, or ``pursuing``/``expired`` credit when the
resume names them only so. Title: the job title as written, else the share of its words
found in the resume's job titles.
"""

from __future__ import annotations

from dataclasses import replace

from atsmatch.config import MatchConfig
from atsmatch.extract.understand.credentials import (
    accepts_pursuing,
    credential_item,
    higher_levels,
    lower_class,
    other_qualifier,
)
from atsmatch.extract.understand.degrees import field_matches
from atsmatch.profile import Concept, Mention
from atsmatch.score.phrases import find_phrase, phrase_pattern
from atsmatch.score.terms import JobTerm
from atsmatch.score.view import WORD, Credit, ResumeView

__all__ = ["Credit", "ResumeView", "credit_for", "find_phrase", "phrase_pattern", "relation_to"]

_TITLE_NOISE = frozenset(
    {"senior", "sr", "junior", "jr", "lead", "principal", "staff", "head", "chief"}
    | {"associate", "intern", "i", "ii", "iii", "iv", "remote"}
    | {"the", "a", "an", "of", "and", "for", "in", "at", "to", "with"}
)


def _skill(term: JobTerm, view: ResumeView, config: MatchConfig) -> Credit:
    found = view.skills.get(term.id)
    if found is not None:
        kinds = [m.kind for m in found.mentions] or ["exact"]
        best = max(kinds, key=lambda kind: (config.credits.get(kind, 1.0), kind))
        return Credit(config.credits.get(best, 1.0), best, found.mentions, found.months)
    if term.concept is None:
        return _in_text(term, view)
    best_credit = Credit(0.0)
    for candidate in view.related(term.concept):
        relation = relation_to(term.concept, candidate.concept)
        if relation and config.credits[relation] > best_credit.value:
            months = candidate.months if relation == "member" else None
            best_credit = Credit(config.credits[relation], relation, candidate.mentions, months)
    if best_credit.value >= 1.0:
        return best_credit
    return max(
        (best_credit, _in_text(term, view), _field_title(term, view, config)),
        key=lambda c: c.value,
    )


def relation_to(asked: Concept, held: Concept) -> str | None:
    """How a resume's concept ``held`` relates to a job's concept ``asked`` (another
    concept), strongest first; the credit of each is ``MatchConfig.credits[relation]``:

    - ``member``: ``held`` is a kind of ``asked`` (MongoDB for "NoSQL", Salesforce for
      "CRM"; ``Concept.kind_of``, transitive);
    - ``evidence``: using ``held`` shows ``asked`` (JUnit for "unit testing";
      ``Concept.shows``, the curated table of tools/curated/relations/evidence.yaml);
    - ``narrower``: ``held`` is narrower in the looser hierarchy (PostgreSQL for "SQL");
    - ``class``: ``held`` is only a class ``asked`` belongs to ("NoSQL" for MongoDB: the
      resume does not show the product);
    - ``broader``, ``related``: the rest of the hierarchy and ESCO's skill relations.
    """
    if asked.id in held.kind_of:
        return "member"
    if asked.id in held.shows:
        return "evidence"
    if asked.id in held.broader:
        return "narrower"
    if held.id in asked.kind_of:
        return "class"
    if held.id in asked.broader:
        return "broader"
    if held.id in asked.related or asked.id in held.related:
        return "related"
    return None


MIN_TEXT_FORM = 5
"""A skill form must have at least this many characters (or two words) to be credited when
it is found only in the resume's text: short forms are often ordinary words ("Go", "Lead")."""


def _field_title(term: JobTerm, view: ResumeView, config: MatchConfig) -> Credit:
    """A job's field of experience ("5+ years of software development experience") shown by
    the resume's job titles ("Software Engineer"): ``title_words`` × the share of the field's
    words a title holds in some form. Only for a skill named in the job's overall years
    requirement: elsewhere a title is no evidence of a skill."""
    if not term.field:
        return Credit(0.0)
    words = [w for w in WORD.findall(term.name.lower()) if w not in _TITLE_NOISE]
    best, shown = 0.0, ""
    for title in view.titles:
        held = WORD.findall(title.lower())
        share = sum(any(same_stem(w, h) for h in held) for w in words) / max(len(words), 1)
        if share > best:
            best, shown = share, title
    if not best:
        return Credit(0.0)
    return Credit(
        config.credits["title_words"] * best, "job_title", tuple(find_phrase(view, shown))
    )


def _in_text(term: JobTerm, view: ResumeView) -> Credit:
    """The job's own wording of a skill found in the resume text when extraction did not
    credit it there (e.g. "accounting" inside "B.S. in Accounting"): a keyword search finds
    it, so it earns full credit, as ``text``."""
    forms = [f for f in (*term.forms, term.name) if len(f) >= MIN_TEXT_FORM or " " in f]
    mentions = {(m.start, m.end): m for f in forms for m in find_phrase(view, f, plural=True)}
    if not mentions:
        return Credit(0.0)
    return Credit(1.0, "text", tuple(sorted(mentions.values(), key=lambda m: m.start)))


def _keyword(term: JobTerm, view: ResumeView) -> Credit:
    mentions: list[Mention] = []
    for form in term.forms:
        mentions.extend(find_phrase(view, form, plural=True))
    if not mentions:
        return Credit(0.0)
    literal = any(m.text.lower() in {f.lower() for f in term.forms} for m in mentions)
    unique = sorted({(m.start, m.end): m for m in mentions}.values(), key=lambda m: m.start)
    return Credit(1.0, "exact" if literal else "lemma", tuple(unique))


def _degree(term: JobTerm, view: ResumeView, config: MatchConfig) -> Credit:
    asked, held = term.degree, view.profile.degree
    if asked is None:
        return Credit(0.0)
    if held is not None and held.level >= asked.level:
        if field_matches(asked, held) is False:
            return Credit(config.credits["other_field"], "other_field")
        return Credit(1.0, "degree")
    if asked.or_equivalent and (view.years or 0.0) >= config.degree_equivalent_years:
        return Credit(config.credits["equivalent"], "equivalent")
    if held is not None:
        return Credit(config.credits["lower_degree"], "lower_degree")
    return Credit(0.0)


def _years(term: JobTerm, view: ResumeView) -> Credit:
    """The share of the years asked; asked in a field ("3+ years of nursing experience"),
    only the dated positions in that field count (``via`` = ``years_in_field``)."""
    if term.years and term.scope:
        shown = view.years_in(term.scope).years
        return Credit(min(1.0, shown / term.years), "years_in_field") if shown else Credit(0.0)
    if not term.years or not view.years:
        return Credit(0.0)
    return Credit(min(1.0, view.years / term.years), "years")


def _credential(
    credit: Credit,
    view: ResumeView,
    config: MatchConfig,
    *,
    forms: tuple[str, ...] = (),
    context: tuple[str, ...] = (),
    eligible: bool = False,
) -> Credit:
    """A certification the resume names only as pursued ("PMP candidate", "CPA exam
    scheduled") or expired earns at most ``pursuing``/``expired``: naming it is not holding
    it (and a required one stays a knockout), unless the job accepts a candidate
    (``eligible``: "CPA or CPA-eligible"). A licence held in a lower class than the job's
    wording ``forms`` names ("Class B CDL" for "Class A CDL"), or a substitute, emergency or
    intern permit, earns ``lower_class``; one held for another US state or subject than the
    job's ``context`` names ("Texas" for "California teaching certificate") earns
    ``other_state``/``other_subject``."""
    status = view.status(credit.mentions) if credit.value > 0 else "held"
    items = [credential_item(view.text, m.start, m.end) for m in credit.mentions]
    if status == "held" and credit.value > 0 and lower_class(forms, items):
        value = min(credit.value, config.credits["lower_class"])
        return Credit(value, "lower_class", credit.mentions, credit.months)
    other = other_qualifier(context, items) if status == "held" and credit.value > 0 else None
    if other is not None:
        via = f"other_{other[0]}"
        pairs = zip(credit.mentions, items, strict=True)
        shown = tuple(_whole_item(view, m, item) for m, item in pairs)
        return Credit(min(credit.value, config.credits[via]), via, shown, credit.months)
    if status == "held" or (eligible and status == "pursuing"):
        return credit
    return Credit(min(credit.value, config.credits[status]), status, credit.mentions, credit.months)


def _whole_item(view: ResumeView, mention: Mention, item: str) -> Mention:
    """``mention`` widened to its list item ("Texas Teaching Certificate"), which shows the
    state or subject held; unchanged when the item is not found around it."""
    item = item.strip()
    at = view.text.find(item, max(0, mention.end - len(item)))
    if not item or at < 0 or at > mention.start or at + len(item) < mention.end:
        return mention
    return replace(mention, start=at, end=at + len(item), text=item)


def _higher(term: JobTerm, view: ResumeView) -> Credit:
    """A higher level of the certification asked (SHRM-SCP for SHRM-CP, OSHA 30 for OSHA
    10) meets it in full, as ``higher_level``."""
    for held in higher_levels(term.id):
        skill = view.skills.get(held)
        if skill is not None:
            return Credit(1.0, "higher_level", skill.mentions, skill.months)
    return Credit(0.0)


def _title(term: JobTerm, view: ResumeView, config: MatchConfig) -> Credit:
    exact = find_phrase(view, term.name)
    if exact:
        return Credit(1.0, "exact", tuple(exact))
    words = [w for w in WORD.findall(term.name.lower()) if w not in _TITLE_NOISE]
    if not words:
        return Credit(0.0)
    share = sum(any(same_stem(w, held) for held in view.title_words) for w in words) / len(words)
    return Credit(config.credits["title_words"] * share, "title_words" if share else None)


STEM = 6
"""Title words match when equal or when they share their first this many letters and differ
only in an ending ("Accounting"/"Accountant", "Engineer"/"Engineering")."""


def same_stem(word: str, other: str) -> bool:
    """``word`` and ``other`` are one word in two forms (see :data:`STEM`)."""
    if word == other:
        return True
    shared = next(
        (i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
        min(len(word), len(other)),
    )
    return shared >= STEM and shared >= min(len(word), len(other)) - 3


def credit_for(term: JobTerm, view: ResumeView, config: MatchConfig) -> Credit:
    """The credit ``view``'s resume earns for ``term`` (before the literal-only rule)."""
    if term.category == "keyword":
        return _keyword(term, view)
    if term.id == "education:degree":
        return _degree(term, view, config)
    if term.id == "experience:years":
        return _years(term, view)
    if term.id == "title:job":
        return _title(term, view, config)
    if term.category == "certification":
        eligible = accepts_pursuing(term.forms)
        credit = max((_skill(term, view, config), _higher(term, view)), key=lambda c: c.value)
        return _credential(
            credit, view, config, forms=term.forms, context=term.context, eligible=eligible
        )
    return _skill(term, view, config)
