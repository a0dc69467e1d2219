"""Decoding PDF streams within a byte budget, checked while the bytes come out.

pdfminer inflates a stream whole (``zlib.decompress``) and decodes LZW and RunLength into
lists in memory, so one small stream can become gigabytes before anything could look at
its size. :func:`decode_stream` applies the same filters in bounded pieces and stops as
soon as a stream passes its per-stream budget or the document passes its total budget.
Image filters (DCT, JPX, JBIG2, CCITT) are left undecoded: the reader never needs pixels.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

__all__ = ["StreamBudget", "decode_stream"]

_CHUNK = 1 << 16
_FEED = 1 << 12
_IMAGE_FILTERS = frozenset(
    {"DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF"}
)


class StreamBudget:
    """Bytes one stream and the whole document may decode to; ``fail`` reports a breach."""

    def __init__(self, per_stream: int, per_document: int, fail: Callable[[str], None]) -> None:
        self.per_stream = per_stream
        self.left = per_document
        self.per_document = per_document
        self.fail = fail

    def cap(self) -> int:
        """The most bytes the next stream may decode to."""
        return min(self.per_stream, self.left)

    def over(self, size: int) -> None:
        """Report a stream that would decode past :meth:`cap` (``size`` bytes so far)."""
        if self.per_stream < self.per_document and size > self.per_stream:
            self.fail(
                f"a stream in the PDF inflates to over {self.per_stream:,} bytes "
                "(a decompression bomb)"
            )
        self.fail(
            f"the PDF's streams inflate to over {self.per_document:,} bytes "
            "(ParseLimits.max_decompressed)"
        )


def decode_stream(stream: Any, budget: StreamBudget) -> bytes:
    """The decoded bytes of a pdfminer ``PDFStream``, every filter bounded by ``budget``."""
    from pdfminer.ascii85 import ascii85decode, asciihexdecode
    from pdfminer.pdfexceptions import PDFNotImplementedError
    from pdfminer.psparser import PSLiteral

    data: bytes = stream.rawdata
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for kind, params in stream.get_filters():
        name = str(kind.name) if isinstance(kind, PSLiteral) else type(kind).__name__
        if name in ("FlateDecode", "Fl"):
            data = _inflate(data, budget)
        elif name in ("LZWDecode", "LZW"):
            data = _lzw(data, budget)
        elif name in ("ASCII85Decode", "A85"):
            data = ascii85decode(data)
        elif name in ("ASCIIHexDecode", "AHx"):
            data = asciihexdecode(data)
        elif name in ("RunLengthDecode", "RL"):
            data = _runlength(data, budget)
        elif name in _IMAGE_FILTERS:
            break
        else:
            raise PDFNotImplementedError(f"unsupported filter {name[:40]}")
        if len(data) > budget.cap():
            budget.over(len(data))
        data = _predict(data, params)
    budget.left -= len(data)
    if budget.left < 0:
        budget.over(len(data))
    return data


def _inflate(data: bytes, budget: StreamBudget) -> bytes:
    """Inflate ``data`` in pieces; damaged data yields what came out before the damage.

    Input goes in blocks of :data:`_FEED` bytes; when a block fails, it is fed again a byte
    at a time from the state before it, so the output up to the damage is kept (as pdfminer
    does, without its quadratic byte-by-byte pass over the whole stream).
    """
    cap = budget.cap()
    inflater = zlib.decompressobj()
    pieces: list[bytes] = []
    size = 0

    def feed(block: bytes) -> None:
        nonlocal size
        pending = block
        while True:
            piece = inflater.decompress(pending, _CHUNK)
            size += len(piece)
            if size > cap:
                budget.over(size)
            pieces.append(piece)
            pending = inflater.unconsumed_tail
            if inflater.eof or not (pending or piece):
                return

    for start in range(0, len(data), _FEED):
        if inflater.eof:
            break
        block = data[start : start + _FEED]
        saved, kept = inflater.copy(), (len(pieces), size)
        try:
            feed(block)
        except zlib.error:
            inflater = saved
            del pieces[kept[0] :]
            size = kept[1]
            try:
                for index in range(len(block)):
                    feed(block[index : index + 1])
            except zlib.error:
                pass
            break
    return b"".join(pieces)


def _lzw(data: bytes, budget: StreamBudget) -> bytes:
    import io

    from pdfminer.lzw import LZWDecoder

    cap = budget.cap()
    pieces: list[bytes] = []
    size = 0
    for piece in LZWDecoder(io.BytesIO(data)).run():
        size += len(piece)
        if size > cap:
            budget.over(size)
        pieces.append(piece)
    return b"".join(pieces)


def _runlength(data: bytes, budget: StreamBudget) -> bytes:
    """RunLengthDecode (PDF 32000-1 7.4.5): a length byte, then a literal run or one byte."""
    cap = budget.cap()
    out = bytearray()
    index = 0
    while index < len(data):
        length = data[index]
        if length == 128:
            break
        if length < 128:
            out += data[index + 1 : index + length + 2]
            index += length + 2
        else:
            out += data[index + 1 : index + 2] * (257 - length)
            index += 2
        if len(out) > cap:
            budget.over(len(out))
    return bytes(out)


def _predict(data: bytes, params: Any) -> bytes:
    """Undo a TIFF or PNG predictor named in ``params`` (as pdfminer does)."""
    from pdfminer.pdftypes import int_value
    from pdfminer.utils import apply_png_predictor, apply_tiff_predictor

    if not isinstance(params, dict) or "Predictor" not in params:
        return data
    predictor = int_value(params["Predictor"])
    colors = int_value(params.get("Colors", 1))
    columns = int_value(params.get("Columns", 1))
    bits = int_value(params.get("BitsPerComponent", 8))
    if predictor == 2:
        return bytes(apply_tiff_predictor(colors, columns, bits, data))
    if predictor >= 10:
        return bytes(apply_png_predictor(predictor, colors, columns, bits, data))
    return data
