"""The PDF reader: pdfminer.six reads the glyphs, our layout rules put them in order.

``read_pdf`` opens the file, enforces the limits (pages, parse time), converts every
failure into a :class:`~atsmatch.errors.ParseError` naming the file, and hands the pages
to :mod:`atsmatch.parse.pdf.text`. pdfminer is imported here, never at ``import atsmatch``.
"""

from __future__ import annotations

import io
import itertools
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from atsmatch.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    InputTooLargeError,
    ParseError,
)
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.pdf.failures import describe
from atsmatch.parse.pdf.guard import Refused, guarded, interpreter, open_document
from atsmatch.parse.pdf.page import (
    PageContent,
    ParseTimeout,
    TooManyGlyphs,
    collect_page,
    make_device,
)
from atsmatch.parse.pdf.text import compose
from atsmatch.parse.pdf.watchdog import Overtime, watchdog
from atsmatch.parse.raw import RawText

__all__ = ["read_pdf"]

_EOF_WINDOW = 1024
_MAX_TREE_NODES = 100_000


def read_pdf(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read a PDF's text the way an ATS sees it; raises a ParseError subclass on bad input.

    All of pdfminer's work runs inside :func:`~atsmatch.parse.pdf.guard.guarded` (bounded
    streams, references, content and forms) and under a watchdog that stops it at
    ``limits.max_seconds``.
    """
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise CorruptFileError(name, "the PDF is truncated or damaged (no %%EOF end marker)")
    deadline = time.monotonic() + limits.max_seconds
    try:
        with _quiet_pdfminer(), guarded(limits), watchdog(limits.max_seconds):
            pages, encrypted = _read_pages(data, name, limits, deadline)
            raw = compose(pages, encrypted=encrypted)
    except ParseError:
        raise
    except (Overtime, ParseTimeout):
        raise _too_slow(name, limits) from None
    except Refused as refused:
        error = InputTooLargeError if refused.too_large else CorruptFileError
        raise error(name, refused.cause) from None
    except TooManyGlyphs:
        raise InputTooLargeError(
            name, f"the PDF has over {limits.max_chars:,} characters (ParseLimits.max_chars)"
        ) from None
    except RecursionError:
        raise CorruptFileError(name, "the PDF's objects refer to themselves in a loop") from None
    except MemoryError:
        raise InputTooLargeError(name, "not enough memory to read the PDF") from None
    except Exception as exc:  # pdfminer raises many types on damaged files
        raise CorruptFileError(name, f"the PDF is damaged ({describe(exc)})") from None
    if not raw.text and not raw.diagnostics:
        raise EmptyDocumentError(name, "the PDF has no text and nothing drawn on its pages")
    return raw


def _read_pages(
    data: bytes, name: str, limits: ParseLimits, deadline: float
) -> tuple[list[PageContent], bool]:
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    document = _open(data, name)
    _check_page_tree(document, name)
    pages = list(itertools.islice(PDFPage.create_pages(document), limits.max_pages + 1))
    if len(pages) > limits.max_pages:
        raise InputTooLargeError(
            name, f"the PDF has more than {limits.max_pages} pages (ParseLimits.max_pages)"
        )
    if not pages:
        raise CorruptFileError(name, "the PDF has no pages (its page tree is empty or broken)")
    resources = PDFResourceManager(caching=True)
    device = make_device(resources, deadline, limits.max_chars)
    reader = interpreter(resources, device)
    contents: list[PageContent] = []
    for number, page in enumerate(pages, start=1):
        if time.monotonic() > deadline:
            raise _too_slow(name, limits)
        reader.process_page(page)
        device.check()
        contents.append(collect_page(device.get_result(), number, device.glyphs))
    return contents, document.encryption is not None


def _open(data: bytes, name: str) -> Any:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return open_document(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect:
        raise EncryptedFileError(
            name, "the PDF needs a password to open; save a copy without a password"
        ) from None
    except PDFEncryptionError as exc:
        raise EncryptedFileError(
            name, f"the PDF uses an encryption that cannot be read ({describe(exc)})"
        ) from None


def _check_page_tree(document: Any, name: str) -> None:
    """Refuse a page tree in which a node is reached twice (a loop or a shared subtree)."""
    from pdfminer.pdftypes import PDFObjRef, dict_value, list_value

    root = document.catalog.get("Pages")
    stack = [root] if isinstance(root, PDFObjRef) else []
    seen: set[int] = set()
    while stack:
        ref = stack.pop()
        if ref.objid in seen:
            raise CorruptFileError(name, "the PDF's page tree loops back on itself")
        seen.add(ref.objid)
        if len(seen) > _MAX_TREE_NODES:
            raise CorruptFileError(name, f"the PDF's page tree has over {_MAX_TREE_NODES} nodes")
        node = dict_value(ref.resolve())
        kids = node.get("Kids")
        if kids is not None:
            stack.extend(kid for kid in list_value(kids) if isinstance(kid, PDFObjRef))


def _too_slow(name: str, limits: ParseLimits) -> InputTooLargeError:
    return InputTooLargeError(
        name, f"reading the PDF took longer than {limits.max_seconds:g} s (ParseLimits.max_seconds)"
    )


@contextmanager
def _quiet_pdfminer() -> Iterator[None]:
    """pdfminer logs warnings about damaged files; we report them as errors instead."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)
