"""Short excerpts of a document around a mention, for reports."""

from __future__ import annotations

from atsmatch.profile import Mention

__all__ = ["snippet"]


def snippet(text: str, mention: Mention, *, width: int = 80) -> str:
    """The line holding ``mention``, trimmed to about ``width`` characters around it."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end == -1 else line_end
    room = max(width - (mention.end - mention.start), 10) // 2
    start = max(line_start, mention.start - room)
    end = min(line_end, mention.end + room)
    body = " ".join(text[start:end].split())
    return ("…" if start > line_start else "") + body + ("…" if end < line_end else "")
