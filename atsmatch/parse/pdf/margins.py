"""Page headers and footers in a PDF, which has no such construct: found by position.

A fragment in the top or bottom band of a page (``BAND`` of the page height) is a header or
footer when its text, with digits ignored, appears in that band on at least two pages (a
running head, "Page 2 of 3"), when it is a page number or holds a page label ("Jane Doe -
Page 2"), or when it sits at the very edge of the page (``EDGE`` points), where body text
never goes. Everything else in the
bands is body text: on a one-page resume the name at the top is not a header.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from atsmatch.parse.pdf.lines import Fragment

__all__ = ["PageParts", "is_page_number", "split_margins", "without_page_label"]

BAND = 0.09
EDGE = 20.0
_PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(page|p\.|seite|página|pagina)?\s*\d{1,3}(\s*(of|/|von|de|di)\s*\d{1,3})?[-–—\s]*$",
    re.IGNORECASE,
)
_PAGE_LABEL = re.compile(
    r"\b(page|p\.|seite|página|pagina)\s*\d{1,3}(\s*(of|/|von|de|di)\s*\d{1,3})?\b"
    r"|\b\d{1,3}\s+of\s+\d{1,3}\b",  # not "3/4": a month/year date looks the same
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class PageParts:
    """A page's fragments split into header, body and footer."""

    header: list[Fragment] = field(default_factory=list)
    body: list[Fragment] = field(default_factory=list)
    footer: list[Fragment] = field(default_factory=list)


def is_page_number(text: str) -> bool:
    """True for "3", "Page 3", "Page 3 of 4", "- 3 -", "3/4"."""
    return bool(_PAGE_NUMBER.match(text))


def split_margins(pages: list[tuple[float, list[Fragment]]]) -> list[PageParts]:
    """Split each page's fragments; ``pages`` holds ``(page height, fragments)``."""
    repeated = _repeated_keys(pages)
    result: list[PageParts] = []
    for height, fragments in pages:
        parts = PageParts()
        for fragment in fragments:
            place = _band(fragment, height)
            if place and _is_margin(fragment, height, repeated[place]):
                (parts.header if place == "top" else parts.footer).append(fragment)
            else:
                parts.body.append(fragment)
        result.append(parts)
    return result


def _band(fragment: Fragment, height: float) -> str:
    band = BAND * height
    if fragment.y0 >= height - band:
        return "top"
    if fragment.y1 <= band:
        return "bottom"
    return ""


def _key(text: str) -> str:
    return _SPACES.sub(" ", _DIGITS.sub("#", text.lower())).strip()


def _repeated_keys(pages: list[tuple[float, list[Fragment]]]) -> dict[str, set[str]]:
    counts: dict[str, Counter[str]] = {"top": Counter(), "bottom": Counter()}
    for height, fragments in pages:
        seen: dict[str, set[str]] = {"top": set(), "bottom": set()}
        for fragment in fragments:
            place = _band(fragment, height)
            if place:
                seen[place].add(_key(fragment.text))
        for place, keys in seen.items():
            counts[place].update(keys)
    return {
        place: {key for key, n in counter.items() if n >= 2} for place, counter in counts.items()
    }


def without_page_label(text: str) -> str:
    """``text`` less any page label ("Jane Doe - Page 2" -> "Jane Doe - ")."""
    return _PAGE_LABEL.sub("", text)


def _is_margin(fragment: Fragment, height: float, repeated: set[str]) -> bool:
    if _key(fragment.text) in repeated or is_page_number(fragment.text):
        return True
    if _PAGE_LABEL.search(fragment.text):
        return True  # "Jane Doe - Page 2" on a continuation page
    return fragment.y0 >= height - EDGE or fragment.y1 <= EDGE
