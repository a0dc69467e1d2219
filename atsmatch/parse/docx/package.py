"""Opening a DOCX package safely: a zip archive read within limits, XML parsed without DTDs.

A DOCX is a zip of XML parts. Hostile files are refused before they cost time or memory:

- not a zip, or a truncated/damaged zip → :class:`CorruptFileError`;
- a zip without ``word/document.xml`` → :class:`UnsupportedFormatError`;
- declared or actual inflated size over ``ParseLimits.max_decompressed`` (a zip bomb) →
  :class:`InputTooLargeError`; members are inflated in bounded chunks, so a member that lies
  about its size is stopped at the limit;
- an XML part with a document type declaration (``<!DOCTYPE``), which Word never writes and
  which is what entity-expansion ("billion laughs") and external-entity attacks need →
  :class:`CorruptFileError`. A UTF-16 part (with or without a byte-order mark) is made
  UTF-8 before that check, so the check sees the characters expat will see. Parts are then
  parsed with the standard library's expat, which never fetches anything from the network;
- an element nested deeper than ``ParseLimits.max_xml_depth`` (500 nested tables, 5,000
  nested content controls) → :class:`CorruptFileError`, found while parsing, before any
  recursive walk of the tree.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast
from xml.etree import ElementTree

from atsmatch.errors import CorruptFileError, InputTooLargeError, UnsupportedFormatError
from atsmatch.parse.formats.encoding import utf16_without_bom
from atsmatch.parse.limits import ParseLimits

__all__ = ["DocxPackage", "open_package"]

_CHUNK = 64 * 1024
_STRICT = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_TRANSITIONAL = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MAX_MEMBERS = 10_000
_DOCTYPE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_PART = re.compile(
    r"^(word/(document|header\d*|footer\d*|footnotes|endnotes|comments|styles)\.xml"
    r"|docProps/app\.xml)$"
)


class DocxPackage:
    """The XML parts of a DOCX, inflated within limits, parsed on demand."""

    def __init__(
        self, parts: dict[str, bytes], name: str, limits: ParseLimits | None = None
    ) -> None:
        self._parts = parts
        self.name = name
        self._max_depth = (limits or ParseLimits()).max_xml_depth

    def raw(self, part: str) -> bytes | None:
        """The bytes of ``part`` (not parsed), or ``None`` when the package lacks it."""
        return self._parts.get(part)

    def names(self) -> list[str]:
        """Names of the XML parts read from the package."""
        return sorted(self._parts)

    def xml(self, part: str) -> ElementTree.Element | None:
        """The parsed root element of ``part``, or ``None`` when the package lacks it."""
        data = self._parts.get(part)
        if data is None:
            return None
        data = _utf8(data, self.name, part)
        _refuse_doctype(data, f"{self.name}: {part}")
        data = data.replace(_STRICT, _TRANSITIONAL)  # ISO 29500 Strict → the usual names
        try:
            return _parse(data, self.name, part, self._max_depth)
        except ElementTree.ParseError as exc:
            raise CorruptFileError(self.name, f"{part} is not well-formed XML ({exc})") from None


def _parse(data: bytes, name: str, part: str, max_depth: int) -> ElementTree.Element:
    """Parse ``data``, counting element depth as expat reports it (no recursion)."""
    parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
        events=("start", "end")
    )
    depth = 0
    root: ElementTree.Element | None = None
    for start in range(0, len(data) + 1, _CHUNK):
        if start < len(data):
            parser.feed(data[start : start + _CHUNK])
        else:
            parser.close()
        events = cast("Iterator[tuple[str, ElementTree.Element]]", parser.read_events())
        for event, element in events:
            if event == "end":
                depth -= 1
                continue
            depth += 1
            if root is None:
                root = element
            if depth > max_depth:
                raise CorruptFileError(
                    name,
                    f"{part} nests elements more than {max_depth} deep, which no Word "
                    "document does (ParseLimits.max_xml_depth)",
                )
    if root is None:
        raise CorruptFileError(name, f"{part} is not well-formed XML (no element)")
    return root


_DECLARED = re.compile(rb"^<\?xml[^>]*?encoding=[\"'][^\"']*[\"']")


def _utf8(data: bytes, name: str, part: str) -> bytes:
    """A UTF-16 part (byte-order mark, or the NUL pattern without one) as UTF-8 bytes."""
    bom = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    encoding = "utf-16" if bom else utf16_without_bom(data) or ""
    if not encoding:
        return data
    try:
        text = data.decode(encoding).lstrip("\ufeff").encode("utf-8")
    except UnicodeDecodeError:
        raise CorruptFileError(name, f"{part} is not valid UTF-16 text") from None
    return _DECLARED.sub(
        lambda m: re.sub(rb"encoding=[\"'][^\"']*[\"']", b'encoding="UTF-8"', m.group()), text
    )


def _refuse_doctype(text: bytes, where: str) -> None:
    if _DOCTYPE.search(text):
        source, _, part = where.partition(": ")
        raise CorruptFileError(
            source,
            f"{part} declares a DTD or XML entities, which Word never writes "
            "(refused: entity expansion could exhaust memory)",
        )


def open_package(data: bytes, name: str, limits: ParseLimits) -> DocxPackage:
    """Read the XML parts a text reader needs from the DOCX bytes ``data``."""
    with _zip(data, name) as archive:
        infos = archive.infolist()
        if len(infos) > _MAX_MEMBERS:
            raise InputTooLargeError(name, f"zip archive has {len(infos):,} members")
        members = {info.filename: info for info in infos}
        if "word/document.xml" not in members:
            raise UnsupportedFormatError(name, _other_zip(archive, members))
        wanted = [info for info in infos if _XML_PART.match(info.filename)]
        declared = sum(info.file_size for info in wanted)
        if declared > limits.max_decompressed:
            raise InputTooLargeError(name, _too_big(declared, limits))
        parts: dict[str, bytes] = {}
        budget = limits.max_decompressed
        for info in wanted:
            parts[info.filename] = _inflate(archive, info, name, limits, budget)
            budget -= len(parts[info.filename])
    return DocxPackage(parts, name, limits)


_OTHER_ZIPS = (
    ("xl/workbook.xml", "an Excel workbook (XLSX)"),
    ("ppt/presentation.xml", "a PowerPoint presentation (PPTX)"),
)


def _other_zip(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> str:
    """What a zip without ``word/document.xml`` is, for the error message."""
    what = "a zip archive"
    for part, kind in _OTHER_ZIPS:
        if part in members:
            what = kind
    mimetype = members.get("mimetype")
    if mimetype is not None and mimetype.file_size < 200:
        with archive.open(mimetype) as handle:
            if b"opendocument.text" in handle.read(200):
                what = "an OpenDocument text (ODT); save it as DOCX or PDF"
    return f"{what} without word/document.xml, so not a DOCX document"


@contextmanager
def _zip(data: bytes, name: str) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,  # a damaged header claiming a zip version Python cannot read
    ) as exc:
        raise CorruptFileError(name, f"not a valid DOCX (zip) file ({exc})") from None
    with archive:
        yield archive


def _inflate(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, limits: ParseLimits, budget: int
) -> bytes:
    out = bytearray()
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                out += chunk
                if len(out) > budget:
                    raise InputTooLargeError(name, _too_big(len(out), limits, info.filename))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise CorruptFileError(
            name, f"damaged or truncated DOCX: cannot inflate {info.filename} ({exc})"
        ) from None
    except RuntimeError:  # an encrypted member; the message holds a ZipInfo repr
        raise CorruptFileError(
            name, f"cannot read {info.filename}: the part is encrypted (password-protected)"
        ) from None
    return bytes(out)


def _too_big(size: int, limits: ParseLimits, part: str = "its XML parts") -> str:
    return (
        f"zip bomb refused: {part} inflate to more than {limits.max_decompressed:,} bytes "
        f"({size:,} so far; ParseLimits.max_decompressed)"
    )
