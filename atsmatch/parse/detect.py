"""Detecting a document's format from its content (magic bytes, structure), not its name."""

from __future__ import annotations

import re

from atsmatch.parse.formats.encoding import BOMS, utf16_without_bom
from atsmatch.parse.formats.text import looks_binary

__all__ = ["FORMATS", "detect_format", "unsupported_reason"]

FORMATS = (
    "pdf", "docx", "jsonresume", "html", "markdown", "text",
    "latex", "jsonresume-yaml", "rendercv",
)  # fmt: skip

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
# Source formats people keep resumes in (issue 11): read, or recognised and refused.
_LATEX = re.compile(rb"\\documentclass\b|\\begin\{document\}")
_LATEX_MACROS = re.compile(
    rb"\\(?:section\*?|cvsection|cventry|resumeSubheading|resumeItem|input|include|item|"
    rb"begin\{itemize\}|textbf|href)\b"
)
_RENDERCV = re.compile(rb"^cv:[ \t]*(?:#.*)?$", re.MULTILINE)
_JSONRESUME_YAML = re.compile(
    rb"^(?:basics|work|education|skills|projects|volunteer|awards|meta):[ \t]*$", re.MULTILINE
)
_YAML_LINE = re.compile(rb"^(?:\s*(?:#.*)?|---.*|\.\.\.|[ \t-].*|[\w\"'.-]+[ \t]*:(?:[ \t].*)?)$")
_TYPST = re.compile(rb"^#(?:set|show|let|import|include)\b", re.MULTILINE)
_ASCIIDOC = re.compile(rb"^(?:={1,2} \S|:[\w-]+:(?: |$))", re.MULTILINE)
_UNSUPPORTED_SOURCES = {
    "typst": "a Typst source, which atsmatch does not read; run `typst compile` and check the "
    "PDF it builds",
    "asciidoc": "an AsciiDoc source, which atsmatch does not read; build it (asciidoctor, or "
    "asciidoctor-pdf) and check the HTML or PDF",
    "odt": "an OpenDocument text (ODT) file, which atsmatch does not read; save it as DOCX or PDF",
}
_JSON_ARRAY = re.compile(rb"\[\s*[\[{]")
_MARKDOWN = re.compile(
    rb"^#{1,6} \S|\*\*\S[^*\n]*\*\*|\]\([^)\s]+\)|^```|^\S[^\n]*\n(?:===+|---+) *$", re.MULTILINE
)


def detect_format(data: bytes, name: str = "") -> str | None:
    """The format name for ``data``, or ``None`` when it is not a readable document."""
    if data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return None if _source_kind(data, name) else "docx"
    if looks_binary(data):
        return None
    data = _as_utf8(data)
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    stripped = head.lstrip()
    if stripped.startswith(b"{\\rtf"):
        return None
    if stripped.startswith(b"{") or _JSON_ARRAY.match(stripped):
        return "jsonresume"  # an array is refused there with a message saying so
    if _HTML.match(head):
        return "html"
    source = _source_kind(data, name)
    if source in _UNSUPPORTED_SOURCES:
        return None
    if source is not None:
        return source
    if name.lower().endswith((".md", ".markdown")) or len(_MARKDOWN.findall(data[:20000])) >= 2:
        # headings, bold, links, fences or underlined headings; "- " bullets alone are
        # common in plain-text resumes and do not make a file Markdown
        return "markdown"
    return "text"


def _as_utf8(data: bytes) -> bytes:
    """The first 64 KB of a UTF-16 or UTF-32 text as UTF-8, so the byte patterns of this
    module see its characters (other encodings keep ASCII as ASCII)."""
    encoding = utf16_without_bom(data)
    if encoding is None:
        encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    if encoding is None or encoding not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        return data
    return data[:65536].decode(encoding, errors="ignore").encode("utf-8")


def _looks_like_yaml(head: bytes) -> bool:
    """Every line is blank, a comment, indented, a list item or a ``key:`` line (a plain-text
    resume has lines such as "Jane Doe" that are none of these)."""
    return all(_YAML_LINE.match(line) for line in head.splitlines()[:400])


def _source_kind(data: bytes, name: str) -> str | None:
    """``latex``, ``rendercv``, ``jsonresume-yaml``, or an unsupported source kind."""
    suffix = name.lower().rpartition(".")[2] if "." in name else ""
    head = data[:20000]
    if data.startswith(b"PK") and b"application/vnd.oasis.opendocument" in data[:200]:
        return "odt"
    if _LATEX.search(head) or len(_LATEX_MACROS.findall(head)) >= (1 if suffix == "tex" else 3):
        return "latex"
    yaml_like = suffix in ("yaml", "yml") or _looks_like_yaml(head)
    if yaml_like and _RENDERCV.search(head):
        return "rendercv"
    keys = len(_JSONRESUME_YAML.findall(head))
    if yaml_like and (keys >= 2 or (keys and suffix in ("yaml", "yml"))):
        return "jsonresume-yaml"
    if suffix == "typ" or len(_TYPST.findall(head)) >= 2:
        return "typst"
    asciidoc = _ASCIIDOC.findall(head)
    if suffix in ("adoc", "asciidoc") or (len(asciidoc) >= 3 and head.startswith(b"= ")):
        return "asciidoc"
    return None


def unsupported_reason(data: bytes, name: str = "") -> str:
    """Why ``data`` (for which :func:`detect_format` found no format) cannot be read."""
    kind = _source_kind(data, name)
    if kind in _UNSUPPORTED_SOURCES:
        return _UNSUPPORTED_SOURCES[kind]
    head = data[:16].lstrip()
    for magic, reason in _KNOWN_BINARY:
        if head.startswith(magic):
            return reason
    return "binary content that is not a PDF or DOCX document"
