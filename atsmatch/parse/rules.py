"""The diagnostic rules: stable ids, their severity, and what each one means.

Rule ids never change meaning once released; docs/diagnostics.md lists them all (a test
checks that the page and this table agree).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from atsmatch.document import Diagnostic, Severity, Span

__all__ = ["RULES", "diagnostic"]

RULES: Mapping[str, tuple[Severity, str]] = MappingProxyType(
    {
        "no-text-layer": ("error", "a page has no text layer (scanned or image-only)"),
        "encrypted": ("warning", "the file is encrypted; some ATSs refuse encrypted files"),
        "unmapped-glyphs": ("error", "characters whose glyphs map to no Unicode text"),
        "hidden-text": ("error", "white, invisible or tiny text (reads as keyword stuffing)"),
        "header-footer-content": ("warning", "text that appears only in a header or footer"),
        "multi-column": ("warning", "a multi-column layout, which some ATSs read across"),
        "tables": ("warning", "tables, whose cells some ATSs merge or drop"),
        "text-boxes": ("warning", "text boxes or frames, which many ATSs skip"),
        "images": ("info", "images or icons; an ATS reads no text in them"),
        "file-too-large": ("warning", "a file larger than 2.5 MB, over many ATS upload limits"),
        "too-many-pages": ("warning", "more pages than a resume usually has"),
        "missing-section": ("warning", "a standard resume section was not found"),
        "nonstandard-heading": ("info", "a heading an ATS may not map to a standard section"),
        "missing-email": ("error", "no email address found"),
        "missing-phone": ("warning", "no phone number found"),
        "date-format": ("warning", "dates that are inconsistent or cannot be parsed"),
        "tracked-changes": ("info", "tracked changes or comments left in the document"),
        "source-include": ("warning", "a LaTeX \\input or \\include that was not followed"),
        "keyword-block": ("warning", "a block of bare terms with no context (keyword stuffing)"),
    }
)


def diagnostic(
    rule: str, message: str, *, page: int | None = None, span: Span | None = None
) -> Diagnostic:
    """A :class:`Diagnostic` for ``rule`` with the rule's severity."""
    severity, _ = RULES[rule]
    return Diagnostic(rule=rule, severity=severity, message=message, page=page, span=span)
