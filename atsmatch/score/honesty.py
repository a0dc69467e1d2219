"""Credit a resume earns honestly: nothing for hidden text, little for bare keyword blocks.

- Text the parser flags as hidden (rule ``hidden-text``: white, invisible or tiny) earns no
  credit under any ATS profile but ``literal``: a person screening the resume never sees it.
  ``--ats literal`` models a plain keyword search, which reads it; the report says so.
- A term the resume shows only inside blocks of bare terms (rule ``keyword-block``:
  :mod:`atsmatch.extract.understand.gaming`) earns at most the skills-only credit: the
  ``bare_list`` credit, or the ``skills_only`` one when a config sets a lower one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from atsmatch.config import MatchConfig
from atsmatch.document import Document
from atsmatch.profile import Mention
from atsmatch.score.credits import Credit

__all__ = ["Suspect", "honest_credit", "suspect_spans"]


class Suspect(NamedTuple):
    """Character ranges of a resume that earn no credit (hidden) or little (blocks)."""

    hidden: tuple[tuple[int, int], ...]
    blocks: tuple[tuple[int, int], ...]


def suspect_spans(document: Document) -> Suspect:
    """The hidden-text and keyword-block ranges of ``document`` (from its diagnostics)."""
    hidden, blocks = [], []
    for found in document.diagnostics:
        if found.span is None:
            continue
        if found.rule == "hidden-text":
            hidden.append((found.span.start, found.span.end))
        elif found.rule == "keyword-block":
            blocks.append((found.span.start, found.span.end))
    return Suspect(tuple(hidden), tuple(blocks))


def _inside(mention: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= mention.start and mention.end <= b for a, b in spans)


def honest_credit(credit: Credit, suspect: Suspect, config: MatchConfig) -> Credit:
    """``credit`` less what hidden text and bare keyword blocks earned (see module doc)."""
    if config.literal_only or not credit.mentions or not (suspect.hidden or suspect.blocks):
        return credit
    visible = tuple(m for m in credit.mentions if not _inside(m, suspect.hidden))
    if not visible:
        return Credit(0.0, None, (), None)
    if all(_inside(m, suspect.blocks) for m in visible):
        cap = min(config.credits.get("bare_list", 0.5), config.credits.get("skills_only", 1.0))
        return Credit(min(credit.value, cap), credit.via, visible, credit.months)
    if len(visible) < len(credit.mentions):
        return Credit(credit.value, credit.via, visible, credit.months)
    return credit
