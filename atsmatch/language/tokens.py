"""Tokens with character offsets, split as the spaCy pipeline of
:mod:`atsmatch.language.pipeline` splits them (by :mod:`atsmatch.language.affixes`).

``norm`` is the lower-cased token (curly apostrophes made straight) used for lookup;
``lemma`` is its guarded lookup lemma (see :mod:`atsmatch.language.lemmas`). Whitespace is
not a token, and neither is a hyphen inside a word: ``problem-solving`` gives ``problem``
and ``solving``, so it matches ``problem solving`` and the other way round.

:func:`normalize_form` runs the same tokenizer on a taxonomy surface form, so a form and the
same words in running text always split alike.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from atsmatch.language.affixes import split_run
from atsmatch.language.lemmas import noun_table

__all__ = ["Token", "normalize_form", "tokenize"]

_HYPHENS = frozenset({"-", "‐", "‑"})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    norm: str
    lemma: str = ""


_RUN = re.compile(r"\S+")


def _plain(run: str) -> bool:
    """A run of ASCII letters or of ASCII digits: spaCy's rules keep it one token."""
    return run.isascii() and (run.isalpha() or run.isdigit())


def _pieces(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tokens of ``runs`` (non-space runs of ``text``) as ``(start, end)`` offsets.

    spaCy tokenises each run between whitespace on its own, and so does
    :func:`atsmatch.language.affixes.split_run`; a run seen before is split once.
    """
    pieces: list[tuple[int, int]] = []
    seen: dict[str, list[tuple[int, int]]] = {}
    for start, end in runs:
        run = text[start:end]
        split = seen.get(run)
        if split is None:
            split = seen[run] = split_run(run)
        pieces.extend((start + first, start + last) for first, last in split)
    return pieces


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets (``text[t.start:t.end] == t.text``).

    The tokens are those of the spaCy pipeline; runs of plain letters or digits, most of
    a text, are one token there and skip the affix rules.
    """
    runs = [match.span() for match in _RUN.finditer(text)]
    mixed = [run for run in runs if not _plain(text[run[0] : run[1]])]
    pieces = iter(_pieces(text, mixed)) if mixed else iter(())
    nouns = noun_table()
    plain: dict[str, tuple[str, str]] = {}  # norm and lemma of plain runs
    words: dict[str, tuple[str, str]] = {}  # and of pieces of mixed runs
    tokens: list[Token] = []
    append, make = tokens.append, tuple.__new__
    for start, end in runs:
        run = text[start:end]
        found = plain.get(run)
        if found is not None or _plain(run):
            if found is None:
                norm = run.lower()
                found = plain[run] = (norm, nouns.get(norm, norm))
            append(make(Token, (start, end, run, *found)))
            continue
        # a mixed run: its pieces, without hyphens inside words ("problem-solving")
        position = start
        while position < end:
            first, last = next(pieces)
            position = last
            piece = text[first:last]
            if piece in _HYPHENS and first > start and (last < end or text[end : end + 1] != " "):
                continue
            found = words.get(piece)
            if found is None:
                norm = piece.lower()
                if "’" in norm:
                    norm = norm.replace("’", "'")
                found = words[piece] = (norm, nouns.get(norm, norm))
            append(make(Token, (first, last, piece, *found)))
    return tokens


def normalize_form(form: str) -> tuple[str, ...]:
    """The lookup key of a surface form: its lower-cased tokens."""
    return tuple(token.norm for token in tokenize(form))
