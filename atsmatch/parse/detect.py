"""Detecting a document's format from its content (magic bytes, structure), not its name."""

from __future__ import annotations

import re

from atsmatch.parse.formats.text import looks_binary

__all__ = ["FORMATS", "detect_format", "unsupported_reason"]

FORMATS = ("pdf", "docx", "jsonresume", "html", "markdown", "text")

_HTML = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype html|html|head|body|meta|title|div|p|h[1-6]|table|section|article|ul|main)\b",
    re.IGNORECASE | re.DOTALL,
)
_KNOWN_BINARY = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Word .doc (OLE2) file; save it as DOCX or PDF"),
    (b"{\\rtf", "an RTF document; save it as DOCX or PDF"),
    (b"\x89PNG", "a PNG image, which has no text an ATS can read"),
    (b"\xff\xd8\xff", "a JPEG image, which has no text an ATS can read"),
    (b"GIF8", "a GIF image, which has no text an ATS can read"),
)
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
    if stripped.startswith(b"{\\rtf"):
        return None
    if stripped.startswith(b"{"):
        return "jsonresume"
    if _HTML.match(head):
        return "html"
    if name.lower().endswith((".md", ".markdown")) or len(_MARKDOWN.findall(data[:20000])) >= 2:
        # headings, bold, links, fences or underlined headings; "- " bullets alone are
        # common in plain-text resumes and do not make a file Markdown
        return "markdown"
    return "text"


def unsupported_reason(data: bytes) -> str:
    """Why ``data`` (for which :func:`detect_format` found no format) cannot be read."""
    head = data[:16].lstrip()
    for magic, reason in _KNOWN_BINARY:
        if head.startswith(magic):
            return reason
    return "binary content that is not a PDF or DOCX document"
