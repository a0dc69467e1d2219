"""Detecting a document's format from its content (magic bytes, structure), not its name."""

from __future__ import annotations

import re

from atsmatch.parse.text import looks_binary

__all__ = ["FORMATS", "detect_format"]

FORMATS = ("pdf", "docx", "jsonresume", "html", "markdown", "text")

_HTML = re.compile(rb"^\s*(<!doctype html|<html|<head|<body)", re.IGNORECASE)
_MARKDOWN = re.compile(
    rb"^#{1,6} \S|\*\*\S[^*\n]*\*\*|\]\([^)\s]+\)|^```|^\S[^\n]*\n(?:===+|---+) *$", re.MULTILINE
)


def detect_format(data: bytes, name: str = "") -> str | None:
    """The format name for ``data``, or ``None`` when it is not a readable document."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if looks_binary(data):
        return None
    stripped = head.lstrip()
    if stripped.startswith(b"{"):
        return "jsonresume"
    if _HTML.match(head):
        return "html"
    if name.lower().endswith((".md", ".markdown")) or len(_MARKDOWN.findall(data[:20000])) >= 2:
        # headings, bold, links, fences or underlined headings; "- " bullets alone are
        # common in plain-text resumes and do not make a file Markdown
        return "markdown"
    return "text"
