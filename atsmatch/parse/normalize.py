"""Character-level normalisation shared by all readers.

Ligatures (ﬁ ﬂ ﬀ ...) are expanded, non-breaking and exotic spaces become plain spaces,
zero-width characters and soft hyphens are dropped, and bullet glyphs become "• ".
"""

from __future__ import annotations

import re

__all__ = ["BULLETS", "normalize_text"]

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_SPACES = "\u00a0\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))
_DROP = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
BULLETS = "•◦▪▫■□●○◆◇►▶➢➤✓✔❖∙⁃‣⦁\uf0b7\uf0a7\uf076\uf0d8"

_TABLE = str.maketrans({**_LIGATURES, **dict.fromkeys(_SPACES, " "), **dict.fromkeys(_DROP, None)})
_BULLET_LINE = re.compile(rf"^([ \t]*)[{re.escape(BULLETS)}][ \t]*", re.MULTILINE)


def normalize_text(text: str) -> str:
    """Normalise characters (see module docstring); line structure is kept."""
    text = text.translate(_TABLE).replace("\r\n", "\n").replace("\r", "\n")
    return _BULLET_LINE.sub(r"\1• ", text)
