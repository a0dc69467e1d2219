"""A fast regex tokenizer that keeps technical tokens whole (C++, C#, .NET, Node.js, CI/CD).

Tokens carry character offsets into the original text; ``norm`` is the lower-cased form used
for lookup. The same function normalises taxonomy surface forms, so both sides agree.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "normalize_form", "tokenize"]

_TOKEN = re.compile(
    r"""
    \.?[A-Za-z0-9](?:[A-Za-z0-9]|[.'’/&-](?=[A-Za-z0-9]))*[+#]*  # words, C++, C#, .NET, CI/CD
    |[^\sA-Za-z0-9]                                        # any other single symbol
    """,
    re.VERBOSE,
)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    norm: str


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets; trailing sentence dots are not kept."""
    tokens = []
    for m in _TOKEN.finditer(text):
        tokens.append(Token(m.start(), m.end(), m.group(), m.group().lower().replace("’", "'")))
    return tokens


def normalize_form(form: str) -> tuple[str, ...]:
    """The lookup key of a surface form: its lower-cased tokens."""
    return tuple(token.norm for token in tokenize(form))
