"""Tokens with character offsets, from the spaCy pipeline of :mod:`atsmatch.extract.pipeline`.

``norm`` is the lower-cased token (curly apostrophes made straight) used for lookup;
``lemma`` is its guarded lookup lemma (see :mod:`atsmatch.extract.lemmas`). Whitespace is
not a token, and neither is a hyphen inside a word: ``problem-solving`` gives ``problem``
and ``solving``, so it matches ``problem solving`` and the other way round.

:func:`normalize_form` runs the same tokenizer on a taxonomy surface form, so a form and the
same words in running text always split alike.
"""

from __future__ import annotations

from typing import NamedTuple

from atsmatch.extract.lemmas import noun_table
from atsmatch.extract.pipeline import pipeline

__all__ = ["CHUNK_CHARS", "Token", "normalize_form", "tokenize"]

CHUNK_CHARS = 100_000
"""Texts are tokenised in pieces of about this many characters, cut at line ends."""

_HYPHENS = frozenset({"-", "‐", "‑"})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    norm: str
    lemma: str = ""


def _chunks(text: str) -> list[tuple[int, str]]:
    pieces = []
    start = 0
    while start < len(text):
        end = start + CHUNK_CHARS
        if end < len(text):
            cut = text.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
            while end < len(text) and not text[end - 1].isspace():
                end += 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _tokens_of(offset: int, chunk: str, out: list[Token]) -> None:
    # Offsets, lengths and trailing-space flags straight from spaCy's token array: making a
    # spaCy Token object per token cost about a third of the tokenising time.
    from spacy.attrs import IDX, LENGTH, SPACY

    doc = pipeline().tokenizer(chunk)
    # one list per column: a list per token would be 100k objects for the garbage collector
    starts: list[int] = doc.to_array(IDX).tolist() if len(doc) else []
    lengths: list[int] = doc.to_array(LENGTH).tolist() if len(doc) else []
    spaces: list[int] = doc.to_array(SPACY).tolist() if len(doc) else []
    nouns = noun_table()
    words: dict[str, tuple[str, str]] = {}
    append = out.append
    make = tuple.__new__
    previous_space = True
    for idx, length, space in zip(starts, lengths, spaces, strict=True):
        text = chunk[idx : idx + length]
        found = words.get(text)
        if found is None:
            if text.isspace():
                previous_space = True
                continue
            norm = text.lower()
            if "’" in norm:
                norm = norm.replace("’", "'")
            found = words[text] = (norm, nouns.get(norm, norm))
        if text in _HYPHENS and not previous_space and not space:
            previous_space = False
            continue
        start = offset + idx
        append(make(Token, (start, start + length, text, *found)))
        previous_space = space == 1


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets (``text[t.start:t.end] == t.text``)."""
    tokens: list[Token] = []
    for offset, chunk in _chunks(text):
        _tokens_of(offset, chunk, tokens)
    return tokens


def normalize_form(form: str) -> tuple[str, ...]:
    """The lookup key of a surface form: its lower-cased tokens."""
    return tuple(token.norm for token in tokenize(form))
