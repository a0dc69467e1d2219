"""The place a job posting names as its location, so "our Norfolk plant" is not a job term.

A place is a "City, State" pair ("Norfolk, Virginia", "Kansas City, MO", "Salt Lake City, UT")
written in the posting's header (the lines above its first section) or on a "Location:" line.
The city and a spelled-out state come back as folded word tuples; a keyword candidate holding
one of them names the site, not a skill ("Savannah warehouse", "Norfolk plant"). Company
suffixes after a comma ("Contractors, Inc.") are not states. Only the stated location counts:
a city mentioned elsewhere in the text is left alone.
"""

from __future__ import annotations

import re

from atsmatch.extract.background import fold
from atsmatch.language.places import US_STATES
from atsmatch.profile import Profile

__all__ = ["job_places"]

_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
    " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ON QC BC AB"
)
_STATES = (
    *US_STATES,
    "District of Columbia",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    *_STATE_CODES.split(),
)
"""US states and four Canadian provinces, by name and postal code."""
_CITY_STATE = re.compile(
    r"\b(?P<city>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2}),[ \t]*(?P<state>"
    + "|".join(sorted((s.replace(" ", "[ \t]") for s in _STATES), key=len, reverse=True))
    + r")\b"
)
_LOCATION_LINE = re.compile(r"^[ \t]*(?:job[ \t]+)?location[ \t]*:(?P<rest>.*)$", re.I | re.M)


def _tuple(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in name.split())


def job_places(profile: Profile) -> frozenset[tuple[str, ...]]:
    """The folded city and state names of a job's stated location (empty for a resume)."""
    if profile.kind != "job":
        return frozenset()
    text = profile.document.text
    head = min((s.start for s in profile.document.sections), default=0)
    lines = [text[:head]]
    lines.extend(m.group("rest") for m in _LOCATION_LINE.finditer(text))
    places: set[tuple[str, ...]] = set()
    for line in lines:
        for m in _CITY_STATE.finditer(line):
            places.add(_tuple(m.group("city")))
            if len(m.group("state")) > 2:
                places.add(_tuple(m.group("state")))
    return frozenset(places)
