"""A Document as plain, JSON-ready data (for ``atsmatch parse --format json`` and reports)."""

from __future__ import annotations

from typing import Any

from atsmatch.document import Block, Diagnostic, Document, ExperienceEntry, Section

__all__ = ["diagnostic_to_dict", "document_to_dict"]


def diagnostic_to_dict(diagnostic: Diagnostic) -> dict[str, Any]:
    """``rule``, ``severity``, ``message``, ``page`` and ``start``/``end`` (or ``None``)."""
    span = diagnostic.span
    return {
        "rule": diagnostic.rule,
        "severity": diagnostic.severity,
        "message": diagnostic.message,
        "page": diagnostic.page,
        "start": span.start if span else None,
        "end": span.end if span else None,
    }


def _section(section: Section) -> dict[str, Any]:
    return {
        "name": section.name,
        "heading": section.heading,
        "start": section.start,
        "end": section.end,
    }


def _entry(entry: ExperienceEntry) -> dict[str, Any]:
    return {
        "title": entry.title,
        "employer": entry.employer,
        "start": entry.start,
        "end": entry.end,
        "current": entry.current,
        "months": entry.months,
        "span": [entry.span.start, entry.span.end],
    }


def _block(block: Block) -> dict[str, Any]:
    return {
        "kind": block.kind,
        "start": block.span.start,
        "end": block.span.end,
        "page": block.page,
        "bbox": list(block.bbox) if block.bbox else None,
        "paragraph": block.paragraph,
    }


def document_to_dict(
    document: Document, *, text: bool = True, blocks: bool = False
) -> dict[str, Any]:
    """The JSON-ready dictionary of ``document``; ``text``/``blocks`` include those parts."""
    contact = document.contact
    data: dict[str, Any] = {
        "source": document.source,
        "format": document.format,
        "pages": document.pages,
    }
    if text:
        data["text"] = document.text
    data["sections"] = [_section(section) for section in document.sections]
    data["contact"] = {
        "name": contact.name,
        "email": contact.email,
        "phone": contact.phone,
        "linkedin": contact.linkedin,
        "github": contact.github,
        "urls": list(contact.urls),
        "location": contact.location,
    }
    data["experience"] = [_entry(entry) for entry in document.experience]
    data["diagnostics"] = [diagnostic_to_dict(d) for d in document.diagnostics]
    if blocks:
        data["blocks"] = [_block(block) for block in document.blocks]
    return data
