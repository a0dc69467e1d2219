"""Grouping a page's glyphs into fragments: runs of text on one baseline with no wide gap.

Glyphs are taken in content-stream order (the order the producer drew them). A glyph
continues the current fragment when it sits on the same baseline and starts at most about
one character width after the previous glyph; a wider gap (a column gutter, a table cell
boundary, a right-aligned date) starts a new fragment, and the layout step decides how
fragments form lines. Inside a fragment a space is put where the producer drew a space
glyph or left a gap wider than a word space; letter-spaced text ("E X P E R I E N C E")
is read as one word because the gap threshold grows with the fragment's usual letter gap.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from statistics import median

from atsmatch.parse.normalize import BULLETS
from atsmatch.parse.pdf.lines import SAME_LINE, Fragment
from atsmatch.parse.pdf.page import Glyph

__all__ = ["build_fragments"]

_CID = re.compile(r"^\(cid:\d+\)$")
# Spacing accents that TeX (OT1) and some producers draw over a letter, as combining marks.
_ACCENTS = {
    "\u00b4": "\u0301",
    "`": "\u0300",
    "\u00a8": "\u0308",
    "\u02c6": "\u0302",
    "^": "\u0302",
    "\u02dc": "\u0303",
    "~": "\u0303",
    "\u00b8": "\u0327",
    "\u02c7": "\u030c",
    "\u02d8": "\u0306",
    "\u02da": "\u030a",
    "\u00af": "\u0304",
    "\u02d9": "\u0307",
}
_DOTLESS = {"\u0131": "i", "\u0237": "j"}
_BREAK_GAP = 0.9  # a gap wider than this many font sizes starts a new fragment
_BACKTRACK = 0.6  # a glyph starting this far left of the previous one's end starts one too
_WORD_GAP = 0.18  # at most this many font sizes of gap make a word space
_MIN_WORD_GAP = 0.1
_NO_SPACE_GAP = 0.12  # the word gap for fonts with no space glyph (TeX, subsets)
_LIGATURE_WIDTH = 0.4  # font sizes: a lost ligature is at least this wide
_LIGATURE_TOUCH = 0.05
_MIN_SPACE = 0.15  # a space glyph narrower than this (font sizes) says nothing
_LETTER_SPACED = 0.05
_LONGEST_WORD = 30  # glyphs: a longer "word" read with letter spacing was spaced letters
_MIN_GAPS = 3
_TEXT, _SPACE, _UNMAPPED, _ICON = range(4)
_OVERPRINT = 1.5  # points: the same text drawn again this close is a fake-bold copy


def build_fragments(glyphs: list[Glyph]) -> list[Fragment]:
    """Fragments of ``glyphs`` in stream order, without overprinted duplicates."""
    runs: list[list[Glyph]] = []
    for glyph in glyphs:
        if runs and _continues(runs[-1], glyph):
            if not _overprint(runs[-1][-1], glyph):
                runs[-1].append(glyph)
        else:
            runs.append([glyph])
    runs = [_lost_ligatures(_attach_accents(run)) for run in runs]
    spacing = _letter_spacing(runs)
    fragments = [
        fragment
        for run, usual in zip(runs, spacing, strict=True)
        if (fragment := _fragment(run, usual)) is not None
    ]
    return _drop_overprinted(fragments)


def _letter_spacing(runs: list[list[Glyph]]) -> list[float]:
    """Each run's usual gap between letters (letter spacing; 0 for normally set text).

    A run with fewer than three such gaps ("he", "GIF") takes the spacing of the nearest
    run of the same font size before it (or else after it): tracking is set per text block.
    """
    measured: list[float | None] = []
    for run in runs:
        gaps = [b.x0 - a.x1 for a, b in pairwise(run) if not _is_space(a) and not _is_space(b)]
        measured.append(median(gaps) if len(gaps) >= _MIN_GAPS else None)
    sizes = [round(median(g.size for g in run), 1) for run in runs]
    known: dict[float, float] = {}
    for order in (range(len(runs)), range(len(runs) - 1, -1, -1)):
        for index in order:
            value = measured[index]
            if value is None:
                measured[index] = known.get(sizes[index])
            else:
                known[sizes[index]] = value
        known.clear()
    return [value or 0.0 for value in measured]


def _continues(run: list[Glyph], glyph: Glyph) -> bool:
    prev = run[-1]
    if glyph.upright != prev.upright:
        return False
    if not glyph.upright:  # rotated text: follow the drawing order while glyphs are close
        reach = 2 * max(prev.size, glyph.size, 1.0)
        return abs(glyph.x0 - prev.x0) <= reach and abs(glyph.y0 - prev.y0) <= reach
    height = max(min(prev.y1 - prev.y0, glyph.y1 - glyph.y0), 0.1)
    if min(prev.y1, glyph.y1) - max(prev.y0, glyph.y0) < SAME_LINE * height:
        return False
    size = max(prev.size, glyph.size, 1.0)
    gap = glyph.x0 - prev.x1
    return -_BACKTRACK * size <= gap <= _BREAK_GAP * size


def _overprint(prev: Glyph, glyph: Glyph) -> bool:
    width = max(prev.x1 - prev.x0, 0.1)
    return glyph.text == prev.text and abs(glyph.x0 - prev.x0) < 0.25 * width


def _is_space(glyph: Glyph) -> bool:
    return _glyph_kind(glyph) == _SPACE


def _glyph_kind(glyph: Glyph) -> int:
    """Like :func:`_kind`; a glyph of an icon font is an icon unless it is a bullet."""
    kind = _kind(glyph.text)
    if glyph.icon and kind == _TEXT and glyph.text not in BULLETS:
        return _ICON
    return kind


@lru_cache(maxsize=4096)
def _kind(text: str) -> int:
    """What a glyph's text is: letters, a space, an unmapped glyph or an icon.

    Control characters count as spaces: broken fonts map their spaces to them.
    """
    if not text.strip() or (
        not text.isprintable() and all(ord(c) < 32 or 127 <= ord(c) < 160 for c in text)
    ):
        return _SPACE
    if _CID.match(text):
        return _UNMAPPED
    if all("\ue000" <= char <= "\uf8ff" and char not in BULLETS for char in text):
        return _ICON  # a private-use character that is not a bullet: an icon-font glyph
    if all("\U0001f000" <= char <= "\U0001faff" for char in text):
        return _ICON  # a pictograph (emoji): icon fonts map house, envelope, ... to them
    return _TEXT


def _word_threshold(usual: float, size: float, space: float) -> float:
    """The gap that separates words: half a word space, plus any letter spacing.

    The word space is the font's own space glyph when it has one (``space``, in font
    sizes); TeX and subset fonts have none, and their word gaps shrink to about 0.18 font
    sizes in justified narrow columns, so 0.12 stands in. Kerning inside a word stays
    well below either.
    """
    if usual > _LETTER_SPACED * size:
        return usual + 0.15 * size
    if space >= _MIN_SPACE:
        return min(_WORD_GAP, max(_MIN_WORD_GAP, 0.5 * space)) * size
    return _NO_SPACE_GAP * size


def _fragment(run: list[Glyph], usual: float) -> Fragment | None:
    ink = [glyph for glyph in run if not _is_space(glyph)]
    if not ink:
        return None
    size = median(glyph.size for glyph in ink)
    parts: list[tuple[str, str | None]] = []  # (text, hidden reason); None marks a space
    cids = icons = 0
    space = median(glyph.space for glyph in ink)
    words = _words(run, _word_threshold(usual, size, space))
    if usual and any(len(word) > _LONGEST_WORD for word in words):
        # Even gaps between one-letter words ("Ā ā Ă ă") look like letter spacing; read
        # as such they make one endless word: the gaps are word spaces after all.
        words = _words(run, _word_threshold(0.0, size, space))
    for word in words:
        unmapped = sum(1 for glyph in word if _glyph_kind(glyph) == _UNMAPPED)
        if len(word) == 1 and _glyph_kind(word[0]) in (_UNMAPPED, _ICON):
            icons += 1  # a lone glyph with no text, or a private-use one: an icon
            continue
        cids += unmapped
        if parts:
            parts.append((" ", None))
        for glyph in word:
            kind = _glyph_kind(glyph)
            if kind == _UNMAPPED:
                continue
            if kind == _ICON:
                icons += 1
                continue
            parts.append((glyph.text, glyph.hidden))
    text = "".join(part for part, _ in parts).strip()
    if not text and not cids and not icons:
        return None
    return Fragment(
        text=text,
        x0=min(glyph.x0 for glyph in ink),
        y0=min(glyph.y0 for glyph in ink),
        x1=max(glyph.x1 for glyph in ink),
        y1=max(glyph.y1 for glyph in ink),
        size=size,
        bold=all(g.bold for g in letters)
        if (letters := [g for g in ink if g.text.isalpha()])
        else None,
        cids=cids,
        icons=icons,
        hidden=_hidden_runs(parts),
        upright=ink[0].upright,
    )


def _words(run: list[Glyph], threshold: float) -> list[list[Glyph]]:
    """The run's glyphs split at space glyphs and at gaps wider than ``threshold``."""
    words: list[list[Glyph]] = []
    space = True
    prev: Glyph | None = None
    for glyph in run:
        if _is_space(glyph):
            space = True
            continue
        if prev is not None and glyph.upright and glyph.x0 - prev.x1 > threshold:
            space = True
        if space or not words:
            words.append([])
        words[-1].append(glyph)
        space = False
        prev = glyph
    return words


def _lost_ligatures(run: list[Glyph]) -> list[Glyph]:
    """A NUL glyph as wide as two letters, touching letters on both sides, is "fi".

    Some producers (pdf-lib, used by web resume builders) map their ligature glyphs to
    U+0000, which would read as a space: "Pro les", "Certi ed". "fi" is by far the most
    frequent ligature in English text ("fl", "ff" stay unknown; see docs/parsing.md).
    """
    if not any(glyph.text == "\x00" for glyph in run):
        return run
    out = list(run)
    for index in range(1, len(run) - 1):
        prev, glyph, after = run[index - 1], run[index], run[index + 1]
        if glyph.text != "\x00" or not (prev.text.isalpha() and after.text.isalpha()):
            continue
        touch = _LIGATURE_TOUCH * glyph.size
        wide = glyph.x1 - glyph.x0 >= _LIGATURE_WIDTH * glyph.size
        if wide and abs(glyph.x0 - prev.x1) <= touch and abs(after.x0 - glyph.x1) <= touch:
            out[index] = replace(glyph, text="fi")
    return out


def _attach_accents(run: list[Glyph]) -> list[Glyph]:
    """Put accents drawn over a neighbouring letter onto it ("e" + "´" -> "é")."""
    if not any(glyph.text in _ACCENTS for glyph in run):
        return run
    out: list[Glyph | None] = list(run)
    for index, glyph in enumerate(run):
        if glyph.text not in _ACCENTS:
            continue
        for other in (index - 1, index + 1):
            letter = out[other] if 0 <= other < len(out) else None
            if letter is not None and _covers(letter, glyph):
                base = _DOTLESS.get(letter.text, letter.text)
                text = unicodedata.normalize("NFC", base + _ACCENTS[glyph.text])
                out[other] = replace(letter, text=text)
                out[index] = None
                break
    return [glyph for glyph in out if glyph is not None]


def _covers(letter: Glyph, accent: Glyph) -> bool:
    if not letter.text.isalpha() or len(letter.text) != 1:
        return False
    overlap = min(letter.x1, accent.x1) - max(letter.x0, accent.x0)
    return overlap >= 0.5 * min(letter.x1 - letter.x0, accent.x1 - accent.x0)


def _hidden_runs(parts: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """Consecutive hidden parts of one reason, as ``(text, reason)``."""
    runs: list[tuple[str, str]] = []
    text, reason = "", ""
    for part, why in parts:
        if why is None:
            text += " " if reason else ""
        elif why and why == reason:
            text += part
        else:
            if reason and text.strip():
                runs.append((text.strip(), reason))
            text, reason = (part, why) if why else ("", "")
    if reason and text.strip():
        runs.append((text.strip(), reason))
    return runs


def _drop_overprinted(fragments: list[Fragment]) -> list[Fragment]:
    kept: list[Fragment] = []
    seen: dict[str, list[Fragment]] = {}
    for fragment in fragments:
        twins = seen.setdefault(fragment.text, [])
        if any(
            abs(twin.x0 - fragment.x0) < _OVERPRINT and abs(twin.y0 - fragment.y0) < _OVERPRINT
            for twin in twins
        ):
            continue
        twins.append(fragment)
        kept.append(fragment)
    return kept
