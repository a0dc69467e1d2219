"""Bounds on everything pdfminer does for one document, checked inside its loops.

* **Streams** decode within a per-stream and a per-document byte budget, checked while
  inflating (:mod:`atsmatch.parse.pdf.streams`).
* **References**: an indirect object that is a reference to itself, or a ring of such
  references, is refused instead of followed forever (a visited set per lookup).
* **Content streams**: every token the content parser reads counts against
  :data:`MAX_PAGE_TOKENS` per page and :data:`MAX_TOKENS` per document (operands and
  operators, inside forms too; the densest real resume page tried has 78,000); the
  operand stack keeps its last :data:`MAX_OPERANDS` entries; ``q`` saves at most
  :data:`MAX_SAVED_STATES` graphics states.
* **Form XObjects** nest at most :data:`MAX_FORM_DEPTH` deep and are drawn at most
  :data:`MAX_FORM_DRAWS` times per document (a form that draws the next one ten times,
  nine levels deep, would otherwise be drawn a billion times).
* **Tokens**: no single name, number, keyword or string grows past :data:`MAX_TOKEN_BYTES`
  (pdfminer's lexer copies a token whole at every 4 KB read: quadratic in its length).
* **ToUnicode and embedded CMaps** keep at most :data:`MAX_CMAP_ENTRIES` entries; a range
  past that (``<00000000> <FFFFFFFF>``) is cut, not walked; one code maps to at most
  :data:`MAX_CMAP_TARGET` bytes of UTF-16 text.

pdfminer builds its content parsers, streams and CMaps itself, so the stream, parser and
CMap bounds are installed once into pdfminer's classes; they act only on a thread inside
:func:`guarded` and leave every other use of pdfminer as it was. A breach raises
:class:`Refused`, a :class:`BaseException` so that pdfminer's ``except Exception`` clauses
cannot swallow it; the reader turns it into an :class:`~atsmatch.errors.AtsmatchError`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.pdf.streams import StreamBudget, decode_stream

__all__ = [
    "MAX_CMAP_ENTRIES",
    "MAX_CMAP_TARGET",
    "MAX_FORM_DEPTH",
    "MAX_FORM_DRAWS",
    "MAX_OPERANDS",
    "MAX_PAGE_TOKENS",
    "MAX_SAVED_STATES",
    "MAX_STREAM_BYTES",
    "MAX_TOKENS",
    "MAX_TOKEN_BYTES",
    "Refused",
    "guarded",
    "interpreter",
    "open_document",
]

MAX_TOKENS = 500_000
MAX_PAGE_TOKENS = 200_000
MAX_OPERANDS = 256
MAX_SAVED_STATES = 1_024
MAX_FORM_DEPTH = 16
MAX_FORM_DRAWS = 10_000
MAX_CMAP_ENTRIES = 200_000
MAX_CMAP_TARGET = 64
MAX_STREAM_BYTES = 32 * 1024 * 1024
MAX_TOKEN_BYTES = 1024 * 1024


_LOOP = "the PDF's objects refer to themselves in a loop"


class Refused(BaseException):
    """A bound was hit inside pdfminer; ``cause`` says which, in plain words."""

    def __init__(self, cause: str, *, too_large: bool = True) -> None:
        super().__init__(cause)
        self.cause = cause
        self.too_large = too_large


@dataclass
class _Budget:
    streams: StreamBudget
    tokens: int = 0
    page_tokens: int = 0
    form_depth: int = 0
    form_draws: int = 0


_local = threading.local()
_install_lock = threading.Lock()
_installed: list[bool] = []


def _current() -> _Budget | None:
    budget: _Budget | None = getattr(_local, "budget", None)
    return budget


def _fail(cause: str) -> None:
    raise Refused(cause)


@contextmanager
def guarded(limits: ParseLimits) -> Iterator[None]:
    """Bound pdfminer's work on this thread for one document read under ``limits``."""
    _install()
    per_document = limits.max_decompressed
    streams = StreamBudget(min(MAX_STREAM_BYTES, per_document), per_document, _fail)
    previous = _current()
    _local.budget = _Budget(streams)
    try:
        yield
    finally:
        _local.budget = previous


def _install() -> None:
    """Put the bounds into pdfminer's stream, content-parser and CMap classes (once)."""
    with _install_lock:
        if _installed:
            return
        from pdfminer import cmapdb, pdfinterp, pdftypes, psparser

        original_decode = pdftypes.PDFStream.decode

        def decode(self: Any) -> None:
            budget = _current()
            if budget is None:
                original_decode(self)
                return
            self.data = decode_stream(self, budget.streams)
            self.rawdata = None

        pdftypes.PDFStream.decode = decode  # type: ignore[method-assign]

        class CountingContentParser(pdfinterp.PDFContentParser):
            def nexttoken(self) -> Any:
                budget = _current()
                if budget is not None:
                    budget.tokens += 1
                    budget.page_tokens += 1
                    if budget.page_tokens > MAX_PAGE_TOKENS:
                        raise Refused(
                            f"a page of the PDF holds over {MAX_PAGE_TOKENS:,} drawing instructions"
                        )
                    if budget.tokens > MAX_TOKENS:
                        raise Refused(
                            f"the PDF's pages hold over {MAX_TOKENS:,} drawing instructions"
                        )
                return super().nexttoken()

        pdfinterp.PDFContentParser = CountingContentParser  # type: ignore[misc]
        for state in _LEXER_STATES:
            setattr(
                psparser.PSBaseParser, state, _bounded_state(getattr(psparser.PSBaseParser, state))
            )
        for cls, method in (
            (cmapdb.FileUnicodeMap, "add_cid2unichr"),
            (cmapdb.FileCMap, "add_code2cid"),
        ):
            setattr(cls, method, _bounded_add(getattr(cls, method)))
        original_keyword = cmapdb.CMapParser.do_keyword

        def do_keyword(self: Any, pos: int, token: Any) -> None:
            with suppress(_CMapFull):  # the rest of an oversized range is dropped
                original_keyword(self, pos, token)

        cmapdb.CMapParser.do_keyword = do_keyword  # type: ignore[method-assign]
        _installed.append(True)


# The lexer states that grow one token across buffer reads (``self._curtoken += ...``: a
# token of n bytes costs n**2 / 8 KB of copying).
_LEXER_STATES = (
    "_parse_comment",
    "_parse_literal",
    "_parse_number",
    "_parse_float",
    "_parse_keyword",
    "_parse_string",
    "_parse_hexstring",
)


def _bounded_state(state: Any) -> Any:
    def bounded(self: Any, s: bytes, i: int) -> int:
        end: int = state(self, s, i)
        if len(self._curtoken) > MAX_TOKEN_BYTES and _current() is not None:
            raise Refused(f"the PDF holds a single word or string over {MAX_TOKEN_BYTES:,} bytes")
        return end

    return bounded


class _CMapFull(Exception):
    """A CMap reached MAX_CMAP_ENTRIES entries."""


def _bounded_add(add: Any) -> Any:
    def bounded(self: Any, key: Any, value: Any) -> None:
        if _current() is not None:
            count = self.__dict__.get("_atsmatch_entries", 0) + 1
            self.__dict__["_atsmatch_entries"] = count
            if count > MAX_CMAP_ENTRIES:
                raise _CMapFull
            if isinstance(value, bytes) and len(value) > MAX_CMAP_TARGET:
                value = value[:MAX_CMAP_TARGET]  # one code stands for a few characters at most
        add(self, key, value)

    return bounded


def open_document(parser: Any) -> Any:
    """A pdfminer ``PDFDocument`` whose object lookups refuse reference loops."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdftypes import PDFObjRef

    class Document(PDFDocument):
        def getobj(self, objid: int) -> object:
            obj = super().getobj(objid)
            seen = {objid}
            while isinstance(obj, PDFObjRef):
                if obj.objid in seen:
                    raise Refused(_LOOP, too_large=False)
                seen.add(obj.objid)
                obj = super().getobj(obj.objid)
            return obj

    return Document(parser, password="")


def interpreter(resources: Any, device: Any) -> Any:
    """A pdfminer page interpreter with bounded operand stack, saved states and forms."""
    from pdfminer.pdfinterp import LITERAL_FORM, PDFPageInterpreter
    from pdfminer.pdftypes import stream_value
    from pdfminer.psparser import literal_name

    class Interpreter(PDFPageInterpreter):
        def process_page(self, page: Any) -> None:
            budget = _current()
            if budget is not None:
                budget.page_tokens = 0
            super().process_page(page)

        def init_state(self, ctm: Any) -> None:
            super().init_state(ctm)
            self.unsaved = 0

        def push(self, obj: Any) -> None:
            self.argstack.append(obj)
            if len(self.argstack) > MAX_OPERANDS:
                del self.argstack[: -MAX_OPERANDS // 2]

        def do_q(self) -> None:
            if len(self.gstack) >= MAX_SAVED_STATES:
                self.unsaved += 1
            else:
                super().do_q()

        def do_Q(self) -> None:
            if self.unsaved:
                self.unsaved -= 1
            else:
                super().do_Q()

        def do_Do(self, xobjid_arg: Any) -> None:
            budget = _current()
            try:
                xobj = stream_value(self.xobjmap[literal_name(xobjid_arg)])
            except Exception:  # pdfminer decides what a bad name does
                xobj = None
            if budget is None or xobj is None or xobj.get("Subtype") is not LITERAL_FORM:
                super().do_Do(xobjid_arg)
                return
            budget.form_draws += 1
            if budget.form_draws > MAX_FORM_DRAWS:
                raise Refused(f"the PDF draws its form objects over {MAX_FORM_DRAWS:,} times")
            if budget.form_depth >= MAX_FORM_DEPTH:
                raise Refused(f"the PDF nests form objects over {MAX_FORM_DEPTH} deep")
            budget.form_depth += 1
            try:
                super().do_Do(xobjid_arg)
            finally:
                budget.form_depth -= 1

    return Interpreter(resources, device)
