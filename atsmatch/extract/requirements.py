"""How strongly a job description asks for what it mentions.

A mention's importance comes from its line first ("must", "required" → required; "nice to
have", "preferred", "a plus", "bonus" → preferred), then from its section (requirements →
required, preferred → preferred). Mentions in company blurbs, benefits or equal-opportunity
text are not requirements at all. A term takes its strongest mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from atsmatch.profile import Importance

__all__ = ["NOT_REQUIREMENTS", "importance_at", "strongest"]

NOT_REQUIREMENTS = frozenset({"benefits", "company"})
_REQUIRED = re.compile(
    r"\b(must|required|requires|requirement|minimum|mandatory|essential|you have|you will need)\b",
    re.IGNORECASE,
)
_PREFERRED = re.compile(
    r"\b(nice to have|nice-to-have|preferred|preferably|bonus|a plus|is a plus|desirable|"
    r"ideally|familiarity with)\b",
    re.IGNORECASE,
)
_RANK: dict[Importance, int] = {"required": 2, "preferred": 1, "mentioned": 0}


def _line_around(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end != -1 else len(text)]


def importance_at(text: str, offset: int, section: str | None) -> Importance | None:
    """Importance of a job mention at ``offset``; ``None`` when it is not a requirement."""
    if section in NOT_REQUIREMENTS:
        return None
    line = _line_around(text, offset)
    if _PREFERRED.search(line):
        return "preferred"
    if _REQUIRED.search(line):
        return "required"
    if section == "preferred":
        return "preferred"
    if section == "requirements":
        return "required"
    return "mentioned"


def strongest(levels: Iterable[Importance]) -> Importance:
    """The strongest importance among ``levels`` (``mentioned`` if there are none)."""
    return max(levels, key=_RANK.__getitem__, default="mentioned")
