"""Which matches count: the ambiguity rule and the precision rules (docs/extraction.md).

A match is *guarded* when its form is

- **ambiguous**: listed in ``Taxonomy.ambiguous`` or in the built-in list
  :data:`~atsmatch.extract.skills.wordlists.AMBIGUOUS_WORDS` ("Go", "Excel", "R", "Spring", ...), or
- **generic**: a phrase that starts or ends with a function word ("be responsible", "and
  procedures"), or one word that is among the most frequent English words ("design", "sales",
  "react"), unless the taxonomy writes it capitalised and the text does too, mid-sentence
  ("Python", "Linux"), or it is an acronym written in capitals ("PM" defined in the text).

An unguarded match always counts. A guarded match is first checked against the false
readings (vetoes), then needs a technical context:

- vetoes: a year right after it ("Spring 2021"); a grade-like word right before a single
  letter ("grade C", "Type B"); in an education section, a single letter without a
  technical neighbour or cue ("Computer Science, Minor C"); outside a list, a preposition
  or article right after a verb-like ambiguous word
  (:data:`~atsmatch.extract.skills.wordlists.VERB_LIKE`: "excel at", "go to market",
  "Lead a team", "Teams of five") unless the word is capitalised mid-sentence ("in Python
  and Go that");
- casing: an ambiguous match must be written as the taxonomy writes it ("Go", not "go"),
  except inside a skills section or a list or after a skill cue ("experience with
  python"); one-letter forms always. A name written otherwise is treated as ambiguous: an
  all-capitals form of up to five letters ("pm", "It") or a capitalised common word in
  lower case ("level" for the tool Level);
- context, any of: a skills-like section (skills, certifications); an item of a list
  (separated by commas, slashes, pipes, semicolons or bullets) on a line with another
  counted skill, or alone on its line ("- Python"), or on a keyword line (two or more
  matches covering 60% of its words, no function word: "python sql docker aws"); for an
  ambiguous word or a capitalised name ("React is nice to have"), a technical neighbour — an
  unguarded programming language or tool written like a name (a capital, digit or symbol:
  "Docker", "C++", not "steel bridges") within :data:`WINDOW` tokens on the same line, or a
  cue word next to it ("MS Excel", "Go developer", "R programming");
  a skill cue up to three words before or just after, past a coordinated word ("experience
  in design", "expertise in Java", "sales skills", "communication and English skills");
  for a credential written as the taxonomy writes it, being listed with a counted credential
  ("CPA, CMA or CIA preferred": CMA and CIA are ambiguous acronyms).

A spoken language counts only in a skills or languages section, near a language cue
("fluent", "spoken", "native", "language") or listed with another language ("English and
German").

Matches inside e-mail addresses and URLs never count, nor one-word matches of a function
word ("it", "are", "one"), a skill cue word ("skills", "experience"), a single letter
other than an ambiguous capital one, or bare punctuation; nor a one-word fuzzy near-miss
of a lower-case phrase ("Washington" is not "washing stone"), nor a lemma match that reads
a participle as a verb ("build trusted", "driven fast": :mod:`atsmatch.extract.skills.verbforms`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence

from atsmatch.extract.skills.context import (
    Context,
    coordinated,
    dense_lines,
    is_list_item,
    whole_line,
)
from atsmatch.extract.skills.keytables import compact
from atsmatch.extract.skills.matcher import Hit
from atsmatch.extract.skills.verbforms import verb_form_ok
from atsmatch.extract.skills.wordlists import (
    AMBIGUOUS_WORDS,
    FUNCTION_WORDS,
    LANGUAGE_CUES,
    LETTER_CONTEXT,
    SENTENCE_END,
    SKILL_CUES,
    SKILL_SECTIONS,
    TECH_AFTER,
    TECH_BEFORE,
    TECH_CATEGORIES,
    VERB_FOLLOWERS,
    VERB_LIKE,
    common_words,
    never_words,
)
from atsmatch.taxonomy import Taxonomy

__all__ = ["WINDOW", "accept"]

WINDOW = 6
"""How many tokens away a technical neighbour may be."""
_YEAR = re.compile(r"^(19|20)\d\d$")


def _is_generic(hit: Hit, ctx: Context) -> bool:
    if hit.first != hit.last:
        edges = (ctx.tokens[hit.first].norm, ctx.tokens[hit.last].norm)
        return any(word in FUNCTION_WORDS for word in edges)
    token = ctx.tokens[hit.first]
    if hit.kind == "acronym" and token.text.isupper():
        return False
    if token.norm not in common_words():
        return False
    proper = hit.form[:1].isupper() and token.text[:1].isupper()
    return not (proper and not ctx.sentence_initial(hit.first))


def _vetoed(hit: Hit, ctx: Context, in_list: bool) -> bool:
    after = ctx.norm_at(hit.last + 1) if ctx.same_line(hit.last, hit.last + 1) else ""
    before = ctx.norm_at(hit.first - 1) if ctx.same_line(hit.first, hit.first - 1) else ""
    if _YEAR.match(after):
        return True
    if len(hit.form) == 1 and before in LETTER_CONTEXT:
        return True
    return (
        hit.form.lower() in VERB_LIKE
        and not in_list
        and after in VERB_FOLLOWERS
        and not _capitalised_mid_sentence(hit, ctx)
    )


def _capitalised_mid_sentence(hit: Hit, ctx: Context) -> bool:
    """Written with the taxonomy's capital inside a sentence ("in Python and Go that ..."):
    a name, so the verb reading's veto does not apply."""
    token = ctx.tokens[hit.first]
    return (
        hit.form[:1].isupper()
        and token.text[:1].isupper()
        and not token.text.isupper()
        and not ctx.sentence_initial(hit.first)
    )


def _casing_ok(hit: Hit, ctx: Context, relaxed: bool) -> bool:
    surface = " ".join(t.text for t in ctx.tokens[hit.first : hit.last + 1])
    return surface == hit.form or (relaxed and len(hit.form) > 1)


def _needs_casing(hit: Hit, ctx: Context) -> bool:
    """A name written otherwise than the taxonomy writes it: an all-capitals form of up to
    five letters ("pm", "It" for PM, IT), or a capitalised common word in lower case
    ("level" for the tool Level)."""
    if hit.kind == "acronym" and hit.first == hit.last and ctx.tokens[hit.first].text == hit.form:
        return False
    form = hit.form
    surface = " ".join(t.text for t in ctx.tokens[hit.first : hit.last + 1])
    if surface == form:
        return False
    if len(form) <= 5 and form.isupper() and form.isalpha():
        return True
    return (
        hit.first == hit.last
        and form[:1].isupper()
        and surface.islower()
        and (ctx.tokens[hit.first].norm in common_words())
    )


def _cue_near(hit: Hit, ctx: Context) -> bool:
    before = ctx.norm_at(hit.first - 1) if ctx.same_line(hit.first, hit.first - 1) else ""
    after = ctx.norm_at(hit.last + 1) if ctx.same_line(hit.last, hit.last + 1) else ""
    if hit.ambiguous and (before in TECH_BEFORE or after in TECH_AFTER):
        return True
    return _skill_cue(hit, ctx)


def _skill_cue(hit: Hit, ctx: Context) -> bool:
    """A skill cue up to three words before, or after it past at most two words joined by
    "and"/"or"/commas ("experience with ...", "communication and English skills")."""
    before = range(max(0, hit.first - 3), hit.first)
    if any(ctx.same_line(hit.first, j) and ctx.tokens[j].norm in SKILL_CUES for j in before):
        return True
    for j in range(hit.last + 1, min(len(ctx.tokens), hit.last + 5)):
        word = ctx.tokens[j].norm
        if not ctx.same_line(hit.last, j) or word in SENTENCE_END:
            return False
        if word in SKILL_CUES:
            return True
        joined = ctx.tokens[j - 1].norm in {"and", "or", ",", "&"} or word in {
            "and",
            "or",
            ",",
            "&",
        }
        if j > hit.last + 2 and not joined:
            return False
    return False


def _name_like(hit: Hit) -> bool:
    """An ambiguous word, or a form the taxonomy writes capitalised (a product name)."""
    return hit.ambiguous or hit.form[:1].isupper()


def _technical_near(hit: Hit, anchors: Sequence[int], ctx: Context) -> bool:
    """An anchor (sorted token indexes) within WINDOW tokens on the same line."""
    lo = bisect_left(anchors, hit.first - WINDOW)
    hi = bisect_right(anchors, hit.first + WINDOW)
    return any(ctx.lines[a] == ctx.lines[hit.first] for a in anchors[lo:hi])


def _counts(hit: Hit, ctx: Context, skill_lines: set[int], anchors: Sequence[int]) -> bool:
    in_section = ctx.sections[hit.first] in SKILL_SECTIONS
    in_list = ctx.lines[hit.first] in ctx.keyword_lines or (
        is_list_item(hit, ctx)
        and (ctx.lines[hit.first] in skill_lines or in_section or whole_line(hit, ctx))
    )
    if _vetoed(hit, ctx, in_list):
        return False
    if hit.ambiguous and not _casing_ok(
        hit, ctx, in_section or in_list or (len(hit.form) > 2 and _skill_cue(hit, ctx))
    ):
        return False
    if len(hit.form) == 1 and ctx.sections[hit.first] == "education":
        # "B.S. Computer Science, Minor C", "GPA 3.1, C": a grade or a class, unless a
        # language stands next to it ("Coursework: Java, C") or a cue does ("C programming")
        return _technical_near(hit, anchors, ctx) or _cue_near(hit, ctx)
    return (
        in_section
        or in_list
        or (_name_like(hit) and _technical_near(hit, anchors, ctx))
        or _cue_near(hit, ctx)
    )


def _is_anchor(hit: Hit, ctx: Context, categories: Mapping[str, str]) -> bool:
    """A programming language or tool written like a name: a capital, digit or symbol."""
    if categories[hit.concept_id] not in TECH_CATEGORIES:
        return False
    return any(
        not t.text.isalpha() or not t.text.islower() for t in ctx.tokens[hit.first : hit.last + 1]
    )


def _language_ok(hit: Hit, ctx: Context, languages: set[int]) -> bool:
    """A spoken language counts in a skills or languages section, next to a language cue
    within :data:`WINDOW` tokens on its line ("fluent in", "spoken", "native"), or listed with
    another language ("English, German"); not as an adjective ("Danish company")."""
    if ctx.sections[hit.first] in SKILL_SECTIONS | {"languages"}:
        return True
    line = ctx.lines[hit.first]
    for j in range(max(0, hit.first - WINDOW), min(len(ctx.tokens), hit.last + WINDOW + 1)):
        if ctx.lines[j] == line and ctx.tokens[j].norm in LANGUAGE_CUES:
            return True
    return any(coordinated(hit.first, j, ctx) for j in languages if j != hit.first)


def _inside_address(hit: Hit, ctx: Context) -> bool:
    return any(
        "@" in t.text or "://" in t.text or t.norm.startswith("www.")
        for t in ctx.tokens[hit.first : hit.last + 1]
    )


def _loose_fuzzy(hit: Hit, ctx: Context) -> bool:
    """A one-word near-miss of a lower-case phrase: "Washington" is not "washing stone"."""
    if hit.kind != "fuzzy" or hit.first != hit.last or " " not in hit.form.strip():
        return False
    if not hit.form.islower():
        return False
    return compact(ctx.tokens[hit.first].text) != compact(hit.form)


def _never(hit: Hit, ctx: Context) -> bool:
    if _loose_fuzzy(hit, ctx):
        return True
    if hit.first != hit.last or hit.kind == "acronym":
        return False
    token = ctx.tokens[hit.first]
    if not any(ch.isalnum() for ch in token.norm):
        return True
    if len(token.norm) == 1 and not (token.text.isupper() and hit.ambiguous):
        return True
    return token.norm in never_words() and token.norm not in AMBIGUOUS_WORDS


def accept(hits: Sequence[Hit], ctx: Context, taxonomy: Taxonomy) -> list[Hit]:
    """The hits that count, in order (see the module docstring for the rule)."""
    categories = {cid: taxonomy[cid].category for cid in {h.concept_id for h in hits}}
    hits = [
        Hit(h.first, h.last, h.concept_id, h.form, True, h.kind) if _needs_casing(h, ctx) else h
        for h in hits
        if not _inside_address(h, ctx)
        and not _never(h, ctx)
        and verb_form_ok(h, ctx.tokens, ctx.lines, category=categories[h.concept_id])
    ]
    languages = {h.first for h in hits if categories[h.concept_id] == "language"}
    hits = [h for h in hits if h.first not in languages or _language_ok(h, ctx, languages)]
    ctx = Context(ctx.tokens, ctx.sections, ctx.lines, frozenset(dense_lines(hits, ctx)))
    guarded = [h.ambiguous or _is_generic(h, ctx) for h in hits]
    plain = [h for h, g in zip(hits, guarded, strict=False) if not g]
    skill_lines = {ctx.lines[h.first] for h in plain}
    anchors = [h.first for h in plain if _is_anchor(h, ctx, categories)]
    kept = [
        not g or _counts(h, ctx, skill_lines, anchors) for h, g in zip(hits, guarded, strict=False)
    ]
    _listed_credentials(hits, kept, ctx, categories)
    return [h for h, k in zip(hits, kept, strict=True) if k]


def _listed_credentials(
    hits: Sequence[Hit], kept: list[bool], ctx: Context, categories: Mapping[str, str]
) -> None:
    """Accept (in ``kept``) credentials written as the taxonomy writes them and listed with
    a kept credential ("CPA, CMA or CIA"), repeating while the list grows."""
    credential = [categories[h.concept_id] == "certification" for h in hits]
    changed = True
    while changed:
        changed = False
        peers = [
            p
            for h, k, c in zip(hits, kept, credential, strict=True)
            if k and c
            for p in (h.first, h.last)
        ]
        for n, hit in enumerate(hits):
            written = " ".join(t.text for t in ctx.tokens[hit.first : hit.last + 1]) == hit.form
            if kept[n] or not credential[n] or not written:
                continue
            if any(coordinated(hit.first, p, ctx) or coordinated(hit.last, p, ctx) for p in peers):
                kept[n] = changed = True
