"""What the ambiguity rules know about a document's tokens, and where a match sits on its line.

:class:`Context` holds the tokens with their section and line numbers; the functions here
answer positional questions the rules in :mod:`atsmatch.extract.skills.ambiguity` ask: is a match a
list item, alone on its line, on a keyword line, or listed with another token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from atsmatch.extract.skills.matcher import Hit
from atsmatch.extract.skills.wordlists import FUNCTION_WORDS, SENTENCE_END, SEPARATORS
from atsmatch.language.tokens import Token

__all__ = ["Context", "coordinated", "dense_lines", "is_list_item", "whole_line"]


@dataclass(frozen=True)
class Context:
    """What the rules need to know about a document's tokens."""

    tokens: Sequence[Token]
    sections: Sequence[str | None]
    lines: Sequence[int]
    """Line number of each token."""
    keyword_lines: frozenset[int] = frozenset()
    """Lines that are mostly matches (set by :func:`atsmatch.extract.skills.ambiguity.accept`)."""

    def sentence_initial(self, i: int) -> bool:
        return (
            i == 0
            or self.lines[i - 1] != self.lines[i]
            or (self.tokens[i - 1].norm in SENTENCE_END)
        )

    def norm_at(self, i: int) -> str:
        """The norm of token ``i`` when it is on the same line, else ``""``."""
        return self.tokens[i].norm if 0 <= i < len(self.tokens) else ""

    def same_line(self, i: int, j: int) -> bool:
        return 0 <= j < len(self.tokens) and self.lines[i] == self.lines[j]


def is_list_item(hit: Hit, ctx: Context) -> bool:
    before, after = hit.first - 1, hit.last + 1
    open_left = not ctx.same_line(hit.first, before) or ctx.norm_at(before) in SEPARATORS
    open_right = not ctx.same_line(hit.last, after) or ctx.norm_at(after) in SEPARATORS
    return open_left and open_right


def whole_line(hit: Hit, ctx: Context) -> bool:
    """The hit is all a line holds, besides bullets and punctuation ("- Python")."""
    line = ctx.lines[hit.first]
    j = hit.first - 1
    while j >= 0 and ctx.lines[j] == line:
        if ctx.tokens[j].norm not in SEPARATORS:
            return False
        j -= 1
    j = hit.last + 1
    while j < len(ctx.tokens) and ctx.lines[j] == line:
        if ctx.tokens[j].norm not in SEPARATORS | {"."}:
            return False
        j += 1
    return True


def dense_lines(hits: Sequence[Hit], ctx: Context) -> set[int]:
    """Lines that are mostly matches, as keyword lines ("python sql docker aws"): at least
    two matches covering at least 60% of the line's words, and no function word."""
    words: dict[int, int] = {}
    prose: set[int] = set()
    for token, line in zip(ctx.tokens, ctx.lines, strict=True):
        if token.norm[:1].isalnum() or token.norm[-1:].isalnum():  # ".net" and "c#" too
            words[line] = words.get(line, 0) + 1
        if token.norm in FUNCTION_WORDS:
            prose.add(line)
    covered: dict[int, int] = {}
    counts: dict[int, int] = {}
    for hit in {(h.first, h.last): h for h in hits}.values():
        line = ctx.lines[hit.first]
        covered[line] = covered.get(line, 0) + hit.last - hit.first + 1
        counts[line] = counts.get(line, 0) + 1
    return {
        line
        for line, n in counts.items()
        if n >= 2 and covered[line] >= 0.6 * words.get(line, 0) and line not in prose
    }


def coordinated(i: int, j: int, ctx: Context) -> bool:
    """Tokens ``i`` and ``j`` are items of one list: only separators, "and", "or" between."""
    low, high = min(i, j), max(i, j)
    if high - low > 4 or ctx.lines[low] != ctx.lines[high]:
        return False
    between = (ctx.tokens[k].norm for k in range(low + 1, high))
    return all(word in SEPARATORS or word in {"and", "or"} for word in between)
