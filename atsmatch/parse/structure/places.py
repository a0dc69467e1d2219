"""Places: "City, ST" (US state or Canadian province code), "City, Country / State name",
and country, state and province names standing alone.

Used for the contact location (:mod:`atsmatch.parse.structure.contact`) and to set places
aside from an entry's title and employer (:mod:`atsmatch.parse.structure.experience`).
"""

from __future__ import annotations

import re

from atsmatch.language.places import CANADIAN_PROVINCES, US_STATES

__all__ = ["is_place", "locations", "remove_locations"]

_STATE_CODES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR AB BC MB NB NL NS ON PE "
    "QC SK"
)
_STATES = frozenset(_STATE_CODES.split())
_COUNTRIES = {
    "usa", "us", "united states", "uk", "united kingdom", "england", "scotland", "ireland",
    "canada", "australia", "new zealand", "germany", "deutschland", "france", "spain", "italy",
    "portugal", "netherlands", "belgium", "switzerland", "austria", "sweden", "norway",
    "denmark", "finland", "poland", "czech republic", "czechia", "hungary", "romania",
    "greece", "turkey", "israel", "india", "pakistan", "bangladesh", "china", "japan",
    "south korea", "korea", "singapore", "malaysia", "indonesia", "philippines", "vietnam",
    "thailand", "brazil", "mexico", "argentina", "chile", "colombia", "peru", "south africa",
    "nigeria", "kenya", "egypt", "uae", "united arab emirates", "saudi arabia", "ukraine",
    "estonia", "latvia", "lithuania", "de", "fr", "nl", "es", "it", "ch", "at", "se", "in",
    "california", "texas", "new york", "washington", "florida", "massachusetts", "illinois",
    "ontario", "quebec", "british columbia", "bavaria", "remote",
}  # fmt: skip
# More countries, and names countries go by in their own languages.
_COUNTRIES |= {
    "afghanistan", "albania", "algeria", "andorra", "angola", "armenia", "azerbaijan",
    "bahrain", "belarus", "bolivia", "bosnia and herzegovina", "botswana", "bulgaria",
    "cambodia", "cameroon", "costa rica", "croatia", "cuba", "cyprus", "dominican republic",
    "ecuador", "el salvador", "ethiopia", "georgia", "ghana", "guatemala", "honduras",
    "hong kong", "iceland", "iran", "iraq", "jamaica", "kazakhstan", "kuwait",
    "lebanon", "luxembourg", "macau", "malta", "moldova", "monaco", "mongolia", "montenegro",
    "morocco", "mozambique", "myanmar", "nepal", "nicaragua", "north macedonia", "oman",
    "panama", "paraguay", "qatar", "russia", "rwanda", "senegal", "serbia", "slovakia",
    "slovenia", "sri lanka", "sudan", "syria", "taiwan", "tanzania", "tunisia", "uganda",
    "uruguay", "uzbekistan", "venezuela", "wales", "northern ireland", "yemen", "zambia",
    "zimbabwe", "maroc", "algérie", "tunisie", "allemagne", "espagne", "italie", "suisse",
    "belgique", "royaume-uni", "états-unis", "pays-bas", "autriche", "schweiz", "österreich",
    "españa", "méxico", "italia", "brasil", "perú", "polska", "česko", "nederland",
    "sverige", "norge", "danmark", "suomi", "türkiye", "россия", "україна", "中国", "日本",
    "한국", "대한민국",
}  # fmt: skip
# US states and Canadian provinces by name ("Springfield, Pennsylvania").
_COUNTRIES |= {name.lower() for name in (*US_STATES, "District of Columbia", *CANADIAN_PROVINCES)}
# Capitals and letters of Latin script, accented ones included ("München", "Montréal").
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zA-Zß-öø-ÿÀ-ÖØ-Þ"
_LOCATION = re.compile(
    rf"(?<![\w@.'’-])([{_UP}][{_LOW}.'’-]{{0,30}}(?:[ -][{_UP}][{_LOW}.'’-]{{0,30}}){{0,3}}),"
    rf"[ \t]{{0,3}}([A-Z]{{2}}|[{_UP}][{_LOW}-]{{0,30}}(?: [{_UP}][{_LOW}]{{0,30}}){{0,2}})"
    r"(?:\s+\d{5}(?:-\d{4})?)?(?![\w@.])"
)


_BARE_PLACES = _COUNTRIES - {"remote", "georgia", "washington"}  # alone, also names
_SHORTEST_PLACE = 3  # a bare place name longer than this ("USA", "in", "de" are not)


def is_place(text: str) -> bool:
    """``text`` is only the name of a country, state or province ("United Kingdom"); not
    a two- or three-letter code, "Remote", nor a name that is a first name too."""
    return len(text) > _SHORTEST_PLACE and text.lower() in _BARE_PLACES


def _in_street(line: str, start: int) -> bool:
    """True when the part of ``line`` holding ``start`` begins with a number: a street
    address such as "2712 Broadway St, CA 94115", whose "St, CA" is no city."""
    window = max(0, start - 60)
    part = max(line.rfind(mark, window, start) for mark in ",|•·\t") + 1
    if part == 0 and window > 0:
        return False
    return line[part:start].strip()[:1].isdigit()


def locations(line: str) -> list[tuple[int, int]]:
    """Where "City, ST" / "City, Country" occur in ``line`` (overlapping tries, so the city
    of "12 Main Street, Springfield, IL" is found after "Main Street, Springfield" fails)."""
    found = []
    pos = 0
    while (match := _LOCATION.search(line, pos)) is not None:
        end = _known_region_end(match)
        if end is not None and not _in_street(line, match.start()):
            found.append((match.start(), end))
            pos = end
        else:
            pos = match.start() + 1
    return found


def _known_region_end(match: re.Match[str]) -> int | None:
    """Where the region of a place match ends, trying its leading words when the whole
    ("California CA") is not a known state or country; ``None`` when none is."""
    region = match.group(2)
    if region in _STATES or region.lower() in _COUNTRIES:
        return match.end()
    words = region.split()
    for size in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:size])
        if prefix in _STATES or prefix.lower() in _COUNTRIES:
            return match.start(2) + len(prefix)
    return None


def remove_locations(line: str) -> str:
    """``line`` with each "City, ST" / "City, Country" replaced by ``" | "``."""
    for start, end in reversed(locations(line)):
        line = line[:start] + " | " + line[end:]
    return line
