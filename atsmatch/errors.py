"""The one error tree of atsmatch.

Every error that atsmatch raises on purpose is an :class:`AtsmatchError`. Each also
subclasses the built-in exception a caller would naturally catch, so ``except ValueError``
and ``except OSError`` keep working::

    AtsmatchError (Exception)
    ├── InputError (ValueError)                 bad data handed to the API
    │   ├── ParseError                          a document could not be read
    │   │   ├── UnsupportedFormatError          not a format atsmatch reads
    │   │   ├── CorruptFileError                damaged, truncated or malformed file
    │   │   ├── EncryptedFileError              password-protected document
    │   │   ├── EmptyDocumentError              no bytes, or no readable text at all
    │   │   └── InputTooLargeError              a size, page, expansion or time limit was hit
    │   └── TaxonomyError                       a taxonomy file is malformed
    ├── ConfigError (ValueError)                a bad option or configuration value
    └── SourceNotFoundError (FileNotFoundError) a named file does not exist or cannot be opened

Messages follow one shape: what was wrong, where (the file), and how to fix it when a fix is
known. They are one line, so the CLI can print them as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "AtsmatchError",
    "ConfigError",
    "CorruptFileError",
    "EmptyDocumentError",
    "EncryptedFileError",
    "InputError",
    "InputTooLargeError",
    "ParseError",
    "SourceNotFoundError",
    "TaxonomyError",
    "UnsupportedFormatError",
    "did_you_mean",
]


class AtsmatchError(Exception):
    """Base of every error atsmatch raises on purpose."""


class InputError(AtsmatchError, ValueError):
    """Data handed to atsmatch could not be used."""


class ParseError(InputError):
    """A document could not be read. ``source`` names the file (or ``<bytes>``)."""

    def __init__(self, source: str, cause: str) -> None:
        self.source = source
        self.cause = cause
        super().__init__(f"{source}: {cause}")


class UnsupportedFormatError(ParseError):
    """The content is not in a format atsmatch reads."""


class CorruptFileError(ParseError):
    """The file is damaged, truncated or malformed."""


class EncryptedFileError(ParseError):
    """The document is password-protected."""


class EmptyDocumentError(ParseError):
    """The input has no bytes, or no readable text."""


class InputTooLargeError(ParseError):
    """A configured limit (size, pages, decompressed size, time) was exceeded."""


class TaxonomyError(InputError):
    """A taxonomy file or plugin is malformed."""


class ConfigError(AtsmatchError, ValueError):
    """An option or configuration value is invalid."""


class SourceNotFoundError(AtsmatchError, FileNotFoundError):
    """A named input file does not exist or cannot be opened."""

    def __init__(self, source: str, cause: str = "no such file") -> None:
        self.source = source
        self.cause = cause
        super().__init__(f"{source}: {cause}")

    def __str__(self) -> str:
        return f"{self.source}: {self.cause}"


def did_you_mean(value: str, choices: Iterable[str]) -> str:
    """Return ``" (did you mean 'x'?)"`` for the closest choice, or ``""`` if none is close."""
    from difflib import get_close_matches

    close = get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
