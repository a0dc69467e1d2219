"""Blocks of bare terms in a resume: text written for a keyword filter, not for a reader.

Rule ``keyword-block`` (warning, docs/diagnostics.md) marks, in a resume:

1. **A labelled block**: a line opening with "Keywords", "Key words", "Key terms", "ATS
   keywords", "Search terms", "Tags" or "Buzzwords" followed by ":" (the rest of the line),
   or such a label alone on a line (the lines under it, up to a blank line or a heading).
2. **A long bare list**: one line of at least :data:`LONG_LIST` items (or
   :data:`LONG_LIST_ELSEWHERE` outside a Skills section), split by commas, semicolons, pipes
   or bullets, nearly all of them short (at most four words) and none a sentence.
3. **A list pasted from the job** (at match time, :func:`with_pasted_lists`): a line of at
   least six items of which two or more are words the posting uses only where it asks
   nothing (its benefits, company, pay, location or legal text: "commuter benefit",
   "401(k)", the company's name). Nobody *has* a commuter benefit.

A grouped Skills section ("Languages: Python, Go, SQL" on a few lines) is none of these. A
term the resume shows only inside such blocks earns at most the skills-only credit
(:mod:`atsmatch.score.honesty`); hidden text (rule ``hidden-text``) earns none under the
default ATS profile.
"""

from __future__ import annotations

import dataclasses
import re

from atsmatch.document import Diagnostic, Document, Span
from atsmatch.parse.rules import diagnostic
from atsmatch.profile import Profile

__all__ = [
    "LONG_LIST",
    "LONG_LIST_ELSEWHERE",
    "find_term_blocks",
    "with_pasted_lists",
    "with_term_blocks",
]

LONG_LIST = 25
"""Items in one line that make a bare list anywhere, even in a Skills section."""
LONG_LIST_ELSEWHERE = 12
"""Items in one line that make a bare list outside a Skills section (summary, experience)."""

_LABEL = re.compile(
    r"^[ \t]*(?:[-*•·▪][ \t]*)?(?:(?:ats|seo|resume|search|job)[ \t]+)?"
    r"(?:key[ \t-]?words?|key[ \t]+terms|search[ \t]+terms|tags|buzzwords)[ \t]*(?::|[-–—]|$)",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"[,;|•·▪]|\s[-–]\s")
_SENTENCE_END = re.compile(r"[.!?]\s*$")


def _labelled(text: str) -> list[tuple[int, int]]:
    found = []
    offset = 0
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines):
        line = lines[index]
        label = _LABEL.match(line)
        if label is None:
            offset += len(line)
            index += 1
            continue
        rest = line[label.end() :].strip()
        start, end = offset + label.end(), offset + len(line.rstrip("\n"))
        offset += len(line)
        index += 1
        if not rest:  # a label alone: the lines under it, up to a blank line
            start = offset
            while index < len(lines) and lines[index].strip():
                offset += len(lines[index])
                index += 1
            end = offset
        if text[start:end].strip():
            found.append((start, end))
    return found


def _bare_list(line: str, in_skills: bool) -> bool:
    items = [i.strip() for i in _SPLIT.split(line.split(":", 1)[-1]) if i.strip()]
    needed = LONG_LIST if in_skills else LONG_LIST_ELSEWHERE
    if len(items) < needed:
        return False
    short = sum(1 for i in items if len(i.split()) <= 4 and not _SENTENCE_END.search(i))
    return short >= 0.9 * len(items)


def find_term_blocks(document: Document) -> list[Diagnostic]:
    """One ``keyword-block`` diagnostic per block of bare terms, with its span."""
    text = document.text
    spans = _labelled(text)
    offset = 0
    for line in text.splitlines(keepends=True):
        start, end = offset, offset + len(line.rstrip("\n"))
        offset += len(line)
        if any(a <= start < b or start <= a < end for a, b in spans):
            continue
        if _bare_list(line, document.section_at(start) == "skills"):
            spans.append((start, end))
    found = []
    for start, end in sorted(spans):
        items = len([i for i in _SPLIT.split(text[start:end]) if i.strip()])
        message = (
            f"a block of {items} bare term(s) with no context: an ATS may count them, a "
            "recruiter reads keyword stuffing; show each skill where you used it"
        )
        found.append(diagnostic("keyword-block", message, span=Span(start, end)))
    return found


def with_term_blocks(document: Document) -> Document:
    """``document`` with a ``keyword-block`` diagnostic added for each block of bare terms."""
    found = find_term_blocks(document)
    if not found:
        return document
    return dataclasses.replace(document, diagnostics=(*document.diagnostics, *found))


_TERM_ZONES = frozenset({"summary", "responsibilities", "requirements", "preferred", "unknown"})


def _job_only_boilerplate(job: Profile) -> tuple[str, str]:
    """The job's text that asks nothing, and the text that may, both lower-cased."""
    text = job.document.text
    ignored = [text[z.start : z.end] for z in job.zones if z.name not in _TERM_ZONES]
    asked = [text[z.start : z.end] for z in job.zones if z.name in _TERM_ZONES]
    return " ".join(ignored).lower(), " ".join(asked).lower()


def _from_boilerplate(item: str, ignored: str, asked: str) -> bool:
    word = " ".join(item.lower().split())
    if len(word) < 3:
        return False
    pattern = re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])")
    return pattern.search(ignored) is not None and pattern.search(asked) is None


def with_pasted_lists(resume: Profile, job: Profile) -> Profile:
    """``resume`` with a ``keyword-block`` diagnostic for each list pasted from ``job``
    (rule 3 of the module docstring); the same profile when there is none."""
    if not job.zones:
        return resume
    ignored, asked = _job_only_boilerplate(job)
    if not ignored:
        return resume
    document = resume.document
    taken = [(d.span.start, d.span.end) for d in document.diagnostics
             if d.rule == "keyword-block" and d.span is not None]  # fmt: skip
    found = []
    offset = 0
    for line in document.text.splitlines(keepends=True):
        start, end = offset, offset + len(line.rstrip("\n"))
        offset += len(line)
        if any(a <= start < b for a, b in taken):
            continue
        items = [i.strip() for i in _SPLIT.split(line.split(":", 1)[-1]) if i.strip()]
        if len(items) < 6:
            continue
        junk = [i for i in items if _from_boilerplate(i, ignored, asked)]
        if len(junk) >= 2:
            message = (
                f"a list of {len(items)} terms pasted from the job, with words it uses only "
                f"for benefits or the company ({', '.join(junk[:3])}): a recruiter reads "
                "keyword stuffing; show each skill where you used it"
            )
            found.append(diagnostic("keyword-block", message, span=Span(start, end)))
    if not found:
        return resume
    return dataclasses.replace(
        resume,
        document=dataclasses.replace(document, diagnostics=(*document.diagnostics, *found)),
    )
