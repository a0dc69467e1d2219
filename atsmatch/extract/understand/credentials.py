"""Certifications, licences and clearances a job asks for that the taxonomy does not name.

A credential is one or more names (capitalised words or acronyms, joined by "and", "or",
",", "/") right before "certification", "certificate", "license"/"licence" or "clearance":
"BLS and ACLS certification" → BLS, ACLS; "Current RN license" → RN; "Active Secret
clearance" → Secret; "valid driver's license" → driver's. Names that a taxonomy
certification mention already covers are left to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Credential", "find_credentials"]

_NAME = r"(?:[A-Z][A-Za-z0-9+&.-]*|[a-z]+['’]s)"
# A name starts a word (the look-behind): without it every letter of a long token was a
# start, each scanning the rest of the token, quadratic in the token's length.
_CREDENTIAL = re.compile(
    rf"(?<![A-Za-z0-9+&.'’-])(?P<names>{_NAME}(?:(?:\s*(?:,|/|\band\b|\bor\b|&)\s*|\s+){_NAME}){{0,5}})\s+"
    r"(?P<kind>certifications?|certificates?|licen[cs]es?|clearance)\b"
)
_SPLIT = re.compile(r"\s*(?:,|/|\band\b|\bor\b|&)\s*")
_NOT_NAMES = frozenset(
    {"A", "An", "The", "Current", "Active", "Valid", "Relevant", "Professional", "Industry",
     "Any", "Other", "Related", "Required", "Preferred", "Must", "Our", "Your", "This"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Credential:
    """A credential name at ``text[start:end]``, e.g. ``"ACLS certification"``."""

    name: str
    start: int
    end: int


def find_credentials(text: str, start: int = 0, end: int | None = None) -> list[Credential]:
    """Credentials named in ``text[start:end]``, in order."""
    found = []
    for m in _CREDENTIAL.finditer(text, start, len(text) if end is None else end):
        kind = m.group("kind").lower().rstrip("s")
        offset = m.start("names")
        for piece in re.finditer(r"[^,/&]+", m.group("names")):
            for name in _SPLIT.split(piece.group()):
                words = [w for w in name.split() if w not in _NOT_NAMES]
                if not words:
                    continue
                label = " ".join(words)
                at = text.find(label, offset + piece.start(), m.end("names"))
                if at != -1:
                    found.append(Credential(f"{label} {kind}", at, at + len(label)))
    return found
