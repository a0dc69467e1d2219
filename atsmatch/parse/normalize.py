"""Character-level normalisation shared by all readers.

Ligatures (ﬁ ﬂ ﬀ ...) are expanded, non-breaking and exotic spaces become plain spaces,
zero-width characters and soft hyphens are dropped, and bullet glyphs become "• ".

:func:`join_hyphenated` undoes end-of-line hyphenation in laid-out text (PDF). A word
broken across two lines ("manage-" / "ment") is joined without the hyphen; a compound that
happened to break at its own hyphen ("cross-" / "functional") keeps it. The rule, in order:
the next line must start with a lower-case letter, else nothing is joined; if the document
elsewhere writes the hyphenated form, keep the hyphen; if it writes the joined word, drop
it; if the first part is a word that commonly starts compounds (``self``, ``cross``, ...)
or the second part one that commonly ends them (``driven``, ``based``, ``time``, ...) or
the first part is already hyphenated ("end-to-"), keep it; otherwise drop it, since
typesetters hyphenate inside words and a real compound rarely breaks at a line end.
"""

from __future__ import annotations

import re

__all__ = ["BULLETS", "SOFT_HYPHEN", "join_hyphenated", "normalize_text", "squeeze_spaces"]

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
BULLETS = "•◦▪▫■□●○◆◇►▶➢➤✓✔❖∙⁃‣⦁·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8"

_TABLE = str.maketrans({**_LIGATURES, **dict.fromkeys(_SPACES, " "), **dict.fromkeys(_DROP, None)})
_BULLET_LINE = re.compile(rf"^([ \t]*)[{re.escape(BULLETS)}][ \t]*", re.MULTILINE)


def normalize_text(text: str) -> str:
    """Normalise characters (see module docstring); line structure is kept."""
    text = text.translate(_TABLE).replace("\r\n", "\n").replace("\r", "\n")
    return _BULLET_LINE.sub(r"\1• ", text)


_SPACE_RUN = re.compile(r"[ \t]{2,}")


def squeeze_spaces(line: str) -> str:
    """One line with runs of spaces reduced to one and no space at either end."""
    return _SPACE_RUN.sub(" ", line).strip()


_FIRST_WORDS = "self cross well non full hands cutting best half fine end long"
_SECOND_WORDS = (
    "driven oriented based time term functional stack facing solving paced motivated known "
    "level scale quality performance focused centric related specific wide free friendly "
    "ready critical intensive aware minded owned led winning making on up end"
)
_COMPOUND_FIRST = frozenset(_FIRST_WORDS.split())
_COMPOUND_SECOND = frozenset(_SECOND_WORDS.split())
_BROKEN_WORD = re.compile(r"(?<![A-Za-z-])((?:[A-Za-z]+-)*)([A-Za-z]+)-$")
_CONTINUATION = re.compile(r"^([a-z]+)(\S*)(.*)$")  # letters, attached punctuation, rest
_WORD_START = re.compile(r"^(\w+\S*)(.*)$")
SOFT_HYPHEN = "\u00ad"


def join_hyphenated(lines: list[str], *, vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """Undo end-of-line hyphenation between consecutive lines (rule in the module docstring).

    ``vocabulary`` holds the lower-cased words (hyphenated ones too) of the whole document.
    A line ending in a soft hyphen (U+00AD, a break the author allowed inside a word) is
    always joined to the next line's first word, without a hyphen.
    The joined word moves up to the first line, so the result has one entry per input line;
    a line whose only word moved up becomes ``""``.
    """
    out = list(lines)
    for index in range(1, len(out)):
        joined = _join(out[index - 1], out[index], vocabulary)
        if joined is not None:
            out[index - 1], out[index] = joined
    return out


def _join(head: str, tail: str, vocabulary: frozenset[str]) -> tuple[str, str] | None:
    if head.endswith(SOFT_HYPHEN):
        start = _WORD_START.match(tail)
        if start is None:
            return None
        return head[:-1] + start.group(1), start.group(2).lstrip()
    broken = _BROKEN_WORD.search(head)
    continuation = _CONTINUATION.match(tail)
    if broken is None or continuation is None:
        return None
    prefix, first = broken.group(1), broken.group(2)
    second, attached, rest = continuation.groups()
    keep = _keeps_hyphen(prefix, first, second, vocabulary)
    word = f"{first}-{second}" if keep else first + second
    return head[: broken.start(2)] + word + attached, rest.lstrip()


def _keeps_hyphen(prefix: str, first: str, second: str, vocabulary: frozenset[str]) -> bool:
    lower_first, lower_second = first.lower(), second.lower()
    if f"{lower_first}-{lower_second}" in vocabulary:
        return True
    if lower_first + lower_second in vocabulary:
        return False
    return bool(prefix) or lower_first in _COMPOUND_FIRST or lower_second in _COMPOUND_SECOND
