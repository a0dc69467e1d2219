"""Hostile PDFs: every bound of atsmatch.parse.pdf.guard/streams/watchdog, one by one.

Small files and lowered bounds keep these fast; the full-size corpus is in
tests/hostile/cases/pdf.py and runs through the CLI under time and memory limits.
"""

from __future__ import annotations

import signal
import threading
import time
import zlib
from concurrent.futures import ThreadPoolExecutor

import pytest

from atsmatch.errors import CorruptFileError, EmptyDocumentError, InputTooLargeError, ParseError
from atsmatch.parse import parse
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.pdf import guard
from atsmatch.parse.pdf.failures import describe
from atsmatch.parse.pdf.watchdog import Overtime, watchdog
from tests.hostile.cases import pdf as hostile
from tests.parse import pdf_fixtures as fx

_SMALL = ParseLimits(max_decompressed=1_000_000, max_seconds=20)


def _one_line(error: pytest.ExceptionInfo[ParseError]) -> str:
    message = str(error.value)
    assert "\n" not in message and "\r" not in message
    return message


# --- references ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make",
    [
        hostile.self_ref_pages,
        hostile.self_ref_contents,
        hostile.self_ref_resources,
        hostile.ref_ring_resources,
        hostile.resources_cycle_font,
        hostile.resources_cycle_xobject,
    ],
)
def test_pdf_hostile_reference_loops_are_refused(make: object) -> None:
    assert callable(make)
    with pytest.raises(CorruptFileError) as caught:
        parse(make(), limits=_SMALL)
    assert "refer to themselves in a loop" in _one_line(caught)


def test_pdf_hostile_long_reference_chain_is_followed() -> None:
    assert "Richard Hendriks" in parse(hostile.ref_chain_deep()).text


# --- decompression ---------------------------------------------------------------------------


def _contents(stream_object: bytes) -> bytes:
    return hostile._with_contents(stream_object)


def _flate_bomb(size: int) -> bytes:
    return zlib.compress(hostile._TEXT + b" " + b" " * size, 9)


def test_pdf_hostile_bomb_behind_lone_cr_is_refused() -> None:
    packed = _flate_bomb(3_000_000)
    data = _contents(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\r" % len(packed) + packed + b"\nendstream"
    )
    with pytest.raises(InputTooLargeError) as caught:
        parse(data, limits=_SMALL)
    assert "inflate to over 1,000,000 bytes" in _one_line(caught)


def test_pdf_hostile_bomb_inside_hex_filter_is_refused() -> None:
    packed = _flate_bomb(3_000_000).hex().encode() + b">"
    data = _contents(
        b"<< /Length %d /Filter [/ASCIIHexDecode /FlateDecode] >>\nstream\n" % len(packed)
        + packed
        + b"\nendstream"
    )
    with pytest.raises(InputTooLargeError, match="inflate to over 1,000,000 bytes"):
        parse(data, limits=_SMALL)


def test_pdf_hostile_lzw_bomb_is_refused() -> None:
    body = hostile.lzw_spaces(1)  # ~5 KB of codes, ~7.5 MB of spaces
    data = _contents(
        b"<< /Length %d /Filter /LZWDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    )
    with pytest.raises(InputTooLargeError, match="inflate to over 1,000,000 bytes"):
        parse(data, limits=_SMALL)


def test_pdf_hostile_runlength_bomb_is_refused() -> None:
    body = b"\x81 " * 20_000 + b"\x80"  # 40 KB that repeat a space 128 times each: 2.5 MB
    data = _contents(
        b"<< /Length %d /Filter /RunLengthDecode >>\nstream\n" % len(body) + body + b"\nendstream"
    )
    with pytest.raises(InputTooLargeError, match="inflate to over 1,000,000 bytes"):
        parse(data, limits=_SMALL)


def test_pdf_hostile_runlength_decodes_like_pdfminer() -> None:
    from pdfminer.runlength import rldecode

    from atsmatch.parse.pdf.streams import StreamBudget, _runlength

    encoded = b"\x02abc\xfdz\x00q\x80ignored"
    budget = StreamBudget(1000, 1000, lambda cause: None)
    assert _runlength(encoded, budget) == rldecode(encoded) == b"abczzzzq"


def test_pdf_hostile_one_stream_has_its_own_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "MAX_STREAM_BYTES", 100_000)
    data = fx.inflation_bomb(200_000)
    with pytest.raises(InputTooLargeError) as caught:
        parse(data, limits=_SMALL)
    assert "a stream in the PDF inflates to over 100,000 bytes" in _one_line(caught)


def test_pdf_hostile_streams_add_up_per_document() -> None:
    packed = _flate_bomb(400_000)
    stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed
    refs = b" ".join(b"%d 0 R" % (6 + i) for i in range(3))
    page = hostile._page(content_ref=b"[" + refs + b"]")
    data = hostile._one_page(hostile._TEXT, page=page, extra=[stream + b"\nendstream"] * 3)
    with pytest.raises(InputTooLargeError) as caught:
        parse(data, limits=_SMALL)
    assert "streams inflate to over 1,000,000 bytes (ParseLimits.max_decompressed)" in str(
        caught.value
    )
    assert "Richard" in parse(data, limits=ParseLimits(max_decompressed=2_000_000)).text


def test_pdf_hostile_damaged_flate_keeps_what_came_before() -> None:
    packer = zlib.compressobj()
    damaged = packer.compress(hostile._TEXT) + packer.flush(zlib.Z_FULL_FLUSH) + b"\xff" * 40
    data = _contents(
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(damaged) + damaged + b"\nendstream"
    )
    assert "Richard Hendriks" in parse(data).text


# --- content streams -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [b"q " * 3_000, b"1 " * 3_000, b"(a) Tj " * 1_500, b"[" + b"1 " * 3_000, b"[" * 3_000],
    ids=["q", "operands", "Tj", "open-array", "nested-arrays"],
)
def test_pdf_hostile_content_tokens_are_bounded(
    monkeypatch: pytest.MonkeyPatch, tail: bytes
) -> None:
    monkeypatch.setattr(guard, "MAX_TOKENS", 2_000)
    with pytest.raises(InputTooLargeError) as caught:
        parse(fx.content_pdf(hostile._TEXT + b" BT /F1 1 Tf " + tail), limits=_SMALL)
    assert "over 2,000 drawing instructions" in _one_line(caught)


def _two_pages(first: bytes, second: bytes) -> bytes:
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
    page += b"/Resources << /Font << /F1 7 0 R >> >> >>"
    return hostile.pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            page % 5,
            page % 6,
            hostile._stream(hostile._TEXT + b" " + first),
            hostile._stream(hostile._TEXT + b" " + second),
            hostile._HELVETICA,
        ]
    )


def test_pdf_hostile_tokens_are_bounded_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "MAX_PAGE_TOKENS", 2_000)
    assert "Richard" in parse(_two_pages(b"q Q " * 700, b"q Q " * 700)).text
    with pytest.raises(InputTooLargeError) as caught:
        parse(_two_pages(b"q Q " * 700, b"q Q " * 1_200))
    assert "a page of the PDF holds over 2,000 drawing instructions" in _one_line(caught)


def _interpreter() -> object:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFResourceManager

    resources = PDFResourceManager()
    reader = guard.interpreter(resources, PDFPageAggregator(resources))
    reader.init_state((1, 0, 0, 1, 0, 0))
    return reader


def test_pdf_hostile_saved_states_are_bounded() -> None:
    reader = _interpreter()
    for _ in range(guard.MAX_SAVED_STATES + 500):
        reader.do_q()  # type: ignore[attr-defined]
    assert len(reader.gstack) == guard.MAX_SAVED_STATES  # type: ignore[attr-defined]
    for _ in range(guard.MAX_SAVED_STATES + 500):
        reader.do_Q()  # type: ignore[attr-defined]
    assert reader.gstack == []  # type: ignore[attr-defined]


def test_pdf_hostile_operand_stack_is_bounded_and_keeps_the_last() -> None:
    reader = _interpreter()
    for number in range(10_000):
        reader.push(number)  # type: ignore[attr-defined]
    assert len(reader.argstack) <= guard.MAX_OPERANDS  # type: ignore[attr-defined]
    assert reader.pop(3) == [9_997, 9_998, 9_999]  # type: ignore[attr-defined]


def test_pdf_hostile_many_q_still_reads_the_text() -> None:
    assert "Richard" in parse(fx.content_pdf(b"q " * 5_000 + hostile._TEXT)).text


# --- form XObjects ---------------------------------------------------------------------------


def test_pdf_hostile_form_fanout_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "MAX_FORM_DRAWS", 300)
    with pytest.raises(InputTooLargeError) as caught:
        parse(hostile.xobject_fanout(levels=4, fanout=10), limits=_SMALL)
    assert "draws its form objects over 300 times" in _one_line(caught)


def test_pdf_hostile_form_nesting_is_bounded() -> None:
    with pytest.raises(InputTooLargeError) as caught:
        parse(hostile.xobject_fanout(levels=guard.MAX_FORM_DEPTH + 4, fanout=1), limits=_SMALL)
    assert f"nests form objects over {guard.MAX_FORM_DEPTH} deep" in _one_line(caught)


def test_pdf_hostile_small_fanout_is_read() -> None:
    raw = parse(hostile.xobject_fanout(levels=3, fanout=3))
    assert "Richard Hendriks" in raw.text


# --- fonts -----------------------------------------------------------------------------------


def test_pdf_hostile_huge_tounicode_range_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard, "MAX_CMAP_ENTRIES", 1_000)
    started = time.monotonic()
    raw = parse(hostile.tounicode_huge_range(), limits=_SMALL)
    assert raw.text and time.monotonic() - started < 15


def test_pdf_hostile_long_tounicode_target_is_cut() -> None:
    cmap = b"1 beginbfchar <52> <" + b"0041" * 2_000 + b"> endbfchar"
    text = parse(hostile._tounicode(cmap)).text
    assert "A" * (guard.MAX_CMAP_TARGET // 2) in text
    assert "A" * (guard.MAX_CMAP_TARGET // 2 + 1) not in text


@pytest.mark.parametrize(
    "content",
    [
        b"BT /F1 12 Tf (" + b"a" * 1_100_000 + b") Tj ET",
        b"BT /F1 12 Tf <" + b"41" * 600_000 + b"> Tj ET",
        b"/" + b"N" * 1_100_000,
        b"1" * 1_100_000,
    ],
    ids=["literal", "hex", "name", "number"],
)
def test_pdf_hostile_huge_tokens_are_refused(content: bytes) -> None:
    with pytest.raises(InputTooLargeError) as caught:
        parse(fx.content_pdf(hostile._TEXT + b" " + content))
    assert "a single word or string over 1,048,576 bytes" in _one_line(caught)


def test_pdf_hostile_huge_token_in_a_tounicode_map_is_refused() -> None:
    with pytest.raises(InputTooLargeError, match="over 1,048,576 bytes"):
        parse(hostile.tounicode_long_target())


def test_pdf_hostile_bounds_act_only_inside_guarded() -> None:
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    packed = zlib.compress(b" " * 50_000_000)
    stream = PDFStream({"Filter": LIT("FlateDecode")}, packed)
    assert len(stream.get_data()) == 50_000_000  # pdfminer's own decoding, unbounded
    with guard.guarded(ParseLimits(max_decompressed=1_000_000)):
        again = PDFStream({"Filter": LIT("FlateDecode")}, packed)
        with pytest.raises(guard.Refused):
            again.get_data()


# --- the watchdog ----------------------------------------------------------------------------


def _spin() -> None:
    while True:
        pass


def test_pdf_hostile_watchdog_stops_a_loop_on_the_main_thread() -> None:
    assert threading.current_thread() is threading.main_thread()
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(Overtime), watchdog(0.2):
        _spin()
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_pdf_hostile_watchdog_stops_a_loop_on_a_worker_thread() -> None:
    def work() -> str:
        try:
            with watchdog(0.2):
                _spin()
        except Overtime:
            return "stopped"
        return "ran on"

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(work).result(timeout=20) == "stopped"


def test_pdf_hostile_watchdog_leaves_no_late_exception() -> None:
    def work() -> int:
        with watchdog(0.05):
            total = sum(range(1000))
        time.sleep(0.2)  # the timer would have fired here
        return total

    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(work).result(timeout=20) == 499_500


@pytest.mark.parametrize("on_worker", [False, True])
def test_pdf_hostile_stuck_pdfminer_is_stopped(
    monkeypatch: pytest.MonkeyPatch, on_worker: bool
) -> None:
    from pdfminer.pdfinterp import PDFPageInterpreter

    def stuck(self: object, fontid: object, fontsize: object) -> None:
        _spin()

    monkeypatch.setattr(PDFPageInterpreter, "do_Tf", stuck)
    limits = ParseLimits(max_seconds=0.5)

    def run() -> str:
        with pytest.raises(InputTooLargeError) as caught:
            parse(fx.text_lines(["hello"]), limits=limits)
        return _one_line(caught)

    if on_worker:
        with ThreadPoolExecutor(1) as pool:
            message = pool.submit(run).result(timeout=30)
    else:
        message = run()
    assert "took longer than 0.5 s (ParseLimits.max_seconds)" in message


# --- messages --------------------------------------------------------------------------------


def test_pdf_hostile_messages_have_no_internals() -> None:
    with pytest.raises(CorruptFileError) as caught:
        parse(hostile._one_page(hostile._TEXT, page=hostile._page(resources=b"<< /A " * 50)))
    message = _one_line(caught)
    assert message.endswith("the PDF is damaged (its syntax is broken)")
    assert "[" not in message and "'" not in message and "Error" not in message


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (KeyError("Kids"), "lacks an entry"),
        (OverflowError("int too large"), "too large"),
        (zlib.error("bad"), "compressed stream"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), "cannot be decoded"),
        (RuntimeError("x"), "cannot be read"),
    ],
)
def test_pdf_hostile_describe_in_plain_words(exc: BaseException, words: str) -> None:
    assert words in describe(exc)


# --- the corpus, the quick cases in process ---------------------------------------------------

_HEAVY = {
    "many-tj",
    "many-q",
    "many-operands",
    "huge-array",
    "deep-arrays",
    "bomb-lone-cr",
    "bomb-hex-wrapped",
    "bomb-many-streams",
    "bomb-lzw",
    "bomb-runlength",
    "xobject-fanout",
    "tounicode-long-target",
    "nested-dicts",
}


@pytest.mark.parametrize("name", sorted(set(hostile.CASES) - _HEAVY))
def test_pdf_hostile_corpus_quick_cases(tmp_path: object, name: str) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    write, outcome = hostile.CASES[name]
    path = write(tmp_path)
    if outcome == "ok":
        assert parse(path, limits=ParseLimits(max_seconds=20)).text
    else:
        with pytest.raises((ParseError, EmptyDocumentError)) as caught:
            parse(path, limits=ParseLimits(max_seconds=20))
        assert str(caught.value).startswith(f"{path}: ")
        assert "\n" not in str(caught.value)
