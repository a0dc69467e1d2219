"""Plain words for the exceptions pdfminer (and Python under it) raise on damaged PDFs.

A message names the cause the way a person would, never an exception's repr or an
internal object: "its syntax is broken", not ``PSSyntaxError: Invalid dictionary
construct: [/'A']``.
"""

from __future__ import annotations

__all__ = ["describe"]

# Checked in order, against the names of the exception's classes (its MRO), so that
# pdfminer's subclasses of KeyError or ValueError get their own words first.
_WORDS: tuple[tuple[str, str], ...] = (
    ("PSEOF", "it ends in the middle of an object"),
    ("PDFNoValidXRef", "its cross-reference table is missing or broken"),
    ("PDFObjectNotFound", "an object it refers to is missing"),
    ("PDFNotImplementedError", "it uses a filter or feature that cannot be read"),
    ("PDFFontError", "one of its fonts is broken"),
    ("CMapError", "one of its character maps is broken"),
    ("PSSyntaxError", "its syntax is broken"),
    ("PDFSyntaxError", "its syntax is broken"),
    ("PSTypeError", "its objects have the wrong types"),
    ("PDFTypeError", "its objects have the wrong types"),
    ("PDFValueError", "its objects have impossible values"),
    ("OverflowError", "a number in it is too large"),
    ("ZeroDivisionError", "a number in it is zero where it must not be"),
    ("UnicodeError", "text in it cannot be decoded"),
    ("error", "a compressed stream in it is broken"),  # zlib.error, struct.error
    ("KeyError", "an object lacks an entry it needs"),
    ("IndexError", "an object lacks an entry it needs"),
    ("TypeError", "its objects have the wrong types"),
    ("AttributeError", "its objects have the wrong types"),
    ("ValueError", "its objects have impossible values"),
    ("AssertionError", "its objects break the PDF rules"),
)


def describe(exc: BaseException) -> str:
    """A short plain-words cause for ``exc``, for "the PDF is damaged (...)"."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    for name, words in _WORDS:
        if name in names:
            return words
    return "it cannot be read"
