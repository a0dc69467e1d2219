"""Alternatives a job's own wording offers: every list form makes one group of terms.

A *chain* is a run of term mentions on one line joined only by list punctuation (",", "/",
"or", "and", "and/or", "&", each maybe followed by "a"/"an" or a credential's qualifier:
"active", "current", "valid", "multistate"...); a parenthesis ends one. A chain is a group
of alternatives when

- it holds "or" or "/" ("Jenkins, CircleCI or GitLab CI", "A, B, or C", "A/B/C",
  "(MongoDB or Cassandra)"), or
- a cue opens it: "such as", "e.g.", "for example", "like", "any of", "one of",
  "either", or "(" ("experience with any of A, B, C", "tools (Ansible, Chef)"), or
- it ends open: "A or similar", "A or another X", "A or other X tools", "A or equivalent".

A *category* named with examples joins the group of its examples: a term ending just before
the cue, or followed only by category nouns ("tools", "platforms", "databases", ...): "a
CRM such as Salesforce or HubSpot", "NoSQL databases (MongoDB or Cassandra)",
"configuration management tools (Ansible, Chef)"; or a term just after an open end
("Ansible or other configuration management tools"). Any member then meets the group; "a
sales methodology like MEDDICC" does not make Sales one ("methodology" names no category).
A hard skill followed by "skills in" / "experience with" heads its list too ("scripting
skills in Python, Bash, or Go"); a soft skill or spoken language never does.

A term also named on its own elsewhere in the job (outside every group) is asked for itself
("Manage our Kubernetes clusters"): it still meets the other members of its group, but they
do not meet it ("BlackLine or another reconciliation tool" with reconciliations asked
elsewhere: reconciliation meets BlackLine, BlackLine does not meet reconciliation). A
mention after a statement of openness ("willingness to work in Go", "open to learning
Kotlin", "interest in Rust") asks for nothing and does not count as named alone. One
group is one requirement: its members share the weight of its heaviest member, so a group
of three weighs what one term does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from atsmatch.score.jobterm import JobTerm

__all__ = ["group_alternatives"]

_GAP = re.compile(
    r"[ \t]*(?:(?:,|/|&|\bor\b|\band\b|\band/or\b)[ \t]*"
    r"(?:(?:an?|active|current|valid|unrestricted|unencumbered|multi-?state|national)[ \t]+)*)*",
    re.IGNORECASE,
)
"""List punctuation between two mentions of a chain, with the qualifiers a credential takes
("RN license or multistate compact license", "BLS or a current CPR card")."""
_OR = re.compile(r"\bor\b|/", re.IGNORECASE)
_CUE_BEFORE = re.compile(
    r"(?:such as|e\.\s?g\.?,?|for example,?|for instance,?|\blike|any of|one of|one or more of"
    r"|\beither|\()[ \t]*$",
    re.IGNORECASE,
)
_CATEGORY_NOUN = (
    r"(?:tools?|software|platforms?|systems?|databases?|frameworks?|languages?|services?"
    r"|solutions?|suites?|technolog(?:y|ies)|applications?|apps|packages?|librar(?:y|ies)"
    r"|servers?|engines?|products?|providers?|vendors?|clouds?)"
)
_CUE_WORD = r"(?:such as|e\.\s?g\.?,?|for example,?|for instance,?|like|including)"
_CATEGORY_GAP = re.compile(
    rf"[ \t]*(?:{_CATEGORY_NOUN}[ \t]+){{0,2}},?[ \t]*(?:\(?[ \t]*{_CUE_WORD}|\()[ \t]*$",
    re.IGNORECASE,
)
_SKILLS_IN = re.compile(
    r"[ \t]*(?:skills?|experience|knowledge|expertise|proficiency)[ \t]+(?:in|with|using)[ \t]*$",
    re.IGNORECASE,
)
"""A hard skill "with examples": "scripting skills in Python, Bash, or Go" (never a soft
skill or a spoken language: "communication skills in English or Spanish")."""
_HARD = frozenset({"programming_language", "tool", "hard_skill", "knowledge"})
_OPEN_END = re.compile(
    r"[ \t]*,?[ \t]*(?:or|and/or)[ \t]+(?:any[ \t]+)?(?:other|another|similar|equivalent|"
    r"comparable|related|alike)\b[^\n),;.]{0,40}",
    re.IGNORECASE,
)
_WILLING = re.compile(
    r"\b(?:willing(?:ness)?|eager(?:ness)?|open(?:ness)?|interest(?:ed)?|desire|keen)"
    r"[ \t]+(?:to|in)[ \t]+(?:(?:learn(?:ing)?|work(?:ing)?|use|using|pick(?:ing)?[ \t]+up"
    r"|grow(?:ing)?|cross-train(?:ing)?|switch(?:ing)?)[ \t]+(?:in|with|on|to|into)?[ \t]*)?$",
    re.IGNORECASE,
)
"""Openness before a mention: it asks for nothing ("willingness to work in Go")."""
_Span = tuple[int, int, str]


def _spans(terms: list[JobTerm]) -> list[_Span]:
    """Every mention as ``(start, end, id)``, in text order, overlaps dropped (first wins)."""
    ordered = sorted((m.start, -m.end, t.id) for t in terms for m in t.mentions if m.start >= 0)
    found: list[_Span] = []
    for start, negative_end, term_id in ordered:
        if found and start < found[-1][1]:
            continue
        found.append((start, -negative_end, term_id))
    return found


def _chains(spans: list[_Span], text: str) -> list[list[_Span]]:
    chains: list[list[_Span]] = []
    for span in spans:
        last = chains[-1][-1] if chains else None
        if last is not None and _GAP.fullmatch(text, last[1], span[0]):
            chains[-1].append(span)
        else:
            chains.append([span])
    return chains


def _line_before(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : start]


def _group_of(
    chain: list[_Span], index: int, spans: list[_Span], text: str, hard: frozenset[str]
) -> list[_Span]:
    """The mentions of the group ``chain`` makes (empty when it is no list of alternatives)."""
    first, last = chain[0], chain[-1]
    gaps = "".join(text[a[1] : b[0]] for a, b in pairwise(chain))
    cue = _CUE_BEFORE.search(_line_before(text, first[0])) is not None
    tail = _OPEN_END.match(text, last[1])
    several = len({s[2] for s in chain}) > 1
    if not ((several and (_OR.search(gaps) is not None or cue)) or tail is not None):
        return []
    members = list(chain)
    head = spans[index - 1] if index > 0 else None
    if (
        head is not None
        and "\n" not in text[head[1] : first[0]]
        and (
            _CATEGORY_GAP.match(text, head[1], first[0])
            or (head[2] in hard and _SKILLS_IN.match(text, head[1], first[0]))
        )
    ):
        members.append(head)
    if tail is not None:
        members += [
            s
            for s in spans[index + len(chain) :]
            if s[0] <= tail.end() and "\n" not in text[last[1] : s[0]]
        ]
    return members if len({s[2] for s in members}) > 1 else []


def group_alternatives(terms: list[JobTerm], text: str) -> list[JobTerm]:
    """``terms`` with ``alternatives`` set from the list forms of ``text`` (see the module
    docstring) and each group's weight shared among its members."""
    spans = _spans(terms)
    hard = frozenset(t.id for t in terms if t.category in _HARD)
    groups: list[set[str]] = []
    grouped: set[_Span] = set()
    index = 0
    for chain in _chains(spans, text):
        found = _group_of(chain, index, spans, text, hard)
        index += len(chain)
        if found:
            groups.append({s[2] for s in found})
            grouped |= set(found)
    alone = {
        s[2]
        for s in spans
        if s not in grouped and not _WILLING.search(_line_before(text, s[0])[-60:])
    }
    merged: dict[str, set[str]] = {}
    accepted: dict[str, set[str]] = {}
    for ids in groups:
        members = ids - alone
        for member in members:  # a term named alone elsewhere meets the others, not they it
            accepted.setdefault(member, set()).update(ids & alone)
        joined = set(members)
        for member in members:
            joined |= merged.get(member, set())
        for member in joined:
            merged[member] = joined
    weights = {t.id: t.weight for t in terms}
    result = []
    for term in terms:
        group = merged.get(term.id, set())
        others = (group | accepted.get(term.id, set())) - {term.id}
        if not others:
            result.append(term)
            continue
        share = max(weights[m] for m in group) / len(group)
        result.append(replace(term, alternatives=tuple(sorted(others)), weight=round(share, 6)))
    return result
