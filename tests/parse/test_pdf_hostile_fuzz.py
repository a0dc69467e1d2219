"""Structure-aware fuzzing of the PDF object graph: mutate real fixtures, never crash or hang.

Each example takes a generated resume PDF apart into its numbered objects, applies a few
mutations that hostile or broken files make — point a reference at another object (or at
itself), make an object a bare reference (chains and rings), lie in ``/Length``, swap or
stack ``/Filter``s, cut stream data, plant absurd numbers, drop objects — and writes it
back with a correct xref. Reading it must either succeed or raise a ``ParseError`` with a
one-line message, within ``ParseLimits.max_seconds``.

Normal runs try a few dozen examples. A long local run::

    ATSMATCH_FUZZ_EXAMPLES=5000 ATSMATCH_FUZZ_SAVE=1 \\
        .venv/bin/python -m pytest -q tests/parse/test_pdf_hostile_fuzz.py -p no:cacheprovider

With ``ATSMATCH_FUZZ_SAVE=1`` a failing input is written to
``tests/parse/pdf_fuzz_regressions/found-<error>.pdf`` (the last write is the shrunk
example); rename it and commit it, and :func:`test_pdf_fuzz_regressions` reads it from then
on.
"""

from __future__ import annotations

import os
import re
import time
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atsmatch.errors import ParseError
from atsmatch.parse import parse
from atsmatch.parse.limits import ParseLimits
from tests.parse import pdf_fixtures as fx

REGRESSIONS = Path(__file__).resolve().parent / "pdf_fuzz_regressions"
_EXAMPLES = int(os.environ.get("ATSMATCH_FUZZ_EXAMPLES", "20"))
_LIMITS = ParseLimits(max_seconds=5, max_decompressed=20_000_000)
_OBJECT = re.compile(rb"(\d+) (\d+) obj\b(.*?)\bendobj", re.DOTALL)
_REF = re.compile(rb"\b(\d+) 0 R\b")
_NUMBER = re.compile(rb"(?<![\w./#])-?\d+(?:\.\d+)?(?![\w.])")
_FILTERS = [
    b"/FlateDecode",
    b"/LZWDecode",
    b"/RunLengthDecode",
    b"/ASCIIHexDecode",
    b"/ASCII85Decode",
    b"[/ASCIIHexDecode /FlateDecode]",
    b"[/FlateDecode /FlateDecode]",
    b"/DCTDecode",
    b"/Crypt",
    b"/Bogus",
    b"7",
    b"[]",
    b"null",
]
_NUMBERS = [b"0", b"-1", b"99999999999999999999", b"1e400", b"-2147483649", b"3.5", b"65536"]


@cache
def _sources() -> list[tuple[dict[int, bytes], int]]:
    """The fixtures as ``(objects by number, root number)``."""
    found = []
    for data in (
        fx.one_column().pdf,
        fx.two_column().pdf,
        fx.cid_pdf(),
        fx.ligature_pdf(),
        fx.self_drawing_form(),
    ):
        objects = {int(m[1]): m[3].strip() for m in _OBJECT.finditer(data)}
        root = re.search(rb"/Root (\d+) 0 R", data)
        assert root is not None and objects
        found.append((objects, int(root[1])))
    return found


def _write(objects: dict[int, bytes], root: int) -> bytes:
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    size = max(offsets, default=0) + 1
    xref = len(out)
    out += b"xref\n0 %d\n" % size
    for number in range(size):
        if number in offsets:
            out += b"%010d 00000 n \n" % offsets[number]
        else:
            out += b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, root, xref)
    return bytes(out)


def _nth(pattern: re.Pattern[bytes], body: bytes, index: int) -> re.Match[bytes] | None:
    matches = list(pattern.finditer(body))
    return matches[index % len(matches)] if matches else None


def _mutate(objects: dict[int, bytes], op: tuple[str, int, int]) -> None:
    kind, pick, value = op
    numbers = sorted(objects)
    if not numbers:
        return
    target = numbers[pick % len(numbers)]
    body = objects[target]
    other = numbers[value % len(numbers)]
    if kind == "retarget" and (m := _nth(_REF, body, value)):
        objects[target] = body[: m.start(1)] + b"%d" % other + body[m.end(1) :]
    elif kind == "alias":
        objects[target] = b"%d 0 R" % other
    elif kind == "length" and b"stream" in body:
        length = [b"0", b"-5", b"3", b"99999999", b"%d" % value][value % 5]
        objects[target] = re.sub(rb"/Length \d+( 0 R)?", b"/Length " + length, body, count=1)
    elif kind == "filter" and b"stream" in body:
        name = _FILTERS[value % len(_FILTERS)]
        if b"/Filter" in body:
            objects[target] = re.sub(
                rb"/Filter\s*(\[[^\]]*\]|/\w+)", b"/Filter " + name, body, count=1
            )
        else:
            objects[target] = body.replace(b"<<", b"<< /Filter " + name, 1)
    elif kind == "truncate" and (start := body.find(b"stream")) >= 0:
        keep = start + 7 + value % max(1, len(body) - start - 7)
        objects[target] = body[:keep] + b"\nendstream"
    elif kind == "number" and (m := _nth(_NUMBER, body.split(b"stream")[0], value)):
        objects[target] = body[: m.start()] + _NUMBERS[value % len(_NUMBERS)] + body[m.end() :]
    elif kind == "drop" and len(numbers) > 1:
        del objects[target]


_OPS = st.tuples(
    st.sampled_from(["retarget", "alias", "length", "filter", "truncate", "number", "drop"]),
    st.integers(0, 200),
    st.integers(0, 10_000),
)


def _check(data: bytes) -> None:
    started = time.monotonic()
    try:
        parse(data, format="pdf", limits=_LIMITS)
    except ParseError as exc:
        assert "\n" not in str(exc) and "\r" not in str(exc)
    # the watchdog stops at max_seconds; allow for a slow, shared machine after that
    assert time.monotonic() - started < _LIMITS.max_seconds + 10


@settings(
    max_examples=_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
@given(source=st.integers(0, 4), ops=st.lists(_OPS, min_size=1, max_size=5))
def test_pdf_fuzz_object_graph(source: int, ops: list[tuple[str, int, int]]) -> None:
    objects, root = _sources()[source]
    mutated = dict(objects)
    for op in ops:
        _mutate(mutated, op)
    data = _write(mutated, root)
    try:
        _check(data)
    except BaseException as exc:
        if os.environ.get("ATSMATCH_FUZZ_SAVE"):
            REGRESSIONS.mkdir(exist_ok=True)
            (REGRESSIONS / f"found-{type(exc).__name__}.pdf").write_bytes(data)
        raise


def test_pdf_fuzz_mutations_change_the_file() -> None:
    objects, root = _sources()[0]
    original = _write(dict(objects), root)
    for op in [("retarget", 2, 1), ("alias", 3, 3), ("filter", 3, 5), ("drop", 1, 0)]:
        mutated = dict(objects)
        _mutate(mutated, op)  # type: ignore[arg-type]
        assert _write(mutated, root) != original, op


@pytest.mark.parametrize(
    "path",
    sorted(REGRESSIONS.glob("*.pdf")) if REGRESSIONS.is_dir() else [],
    ids=lambda path: path.name,
)
def test_pdf_fuzz_regressions(path: Path) -> None:
    _check(path.read_bytes())
