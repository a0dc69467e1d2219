"""Structure-aware fuzzing of the DOCX reader: the XML of a real DOCX fixture (the sample
resume of ``docx_fixtures.resume_docx``, with tables, text boxes, content controls, tracked
changes and a footnote) is mutated element by element — moved, duplicated, deleted, wrapped
in tables, content controls or hyperlinks, nested deep, given odd attributes or text, cut
short — and ``parse`` must return a Document or raise an ``AtsmatchError``, nothing else.

CI runs a bounded number of examples. For a long local run::

    ATSMATCH_FUZZ_EXAMPLES=20000 .venv/bin/python -m pytest -q tests/parse/test_docx_fuzz.py

A failure's file is saved by the test into ``tests/parse/fuzz_regressions/`` (name: the
SHA-256 of its bytes); commit it and every later run reads it in
:func:`test_saved_regressions`.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from atsmatch import parse
from atsmatch.errors import AtsmatchError
from tests.parse.docx_fixtures import resume_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REGRESSIONS = Path(__file__).resolve().parent / "fuzz_regressions"
EXAMPLES = int(os.environ.get("ATSMATCH_FUZZ_EXAMPLES", "40"))
_WRAPPERS = (
    ["sdt", "sdtContent"],
    ["hyperlink"],
    ["tbl", "tr", "tc"],
    ["ins"],
    ["del"],
    ["smartTag"],
    ["txbxContent"],
    ["r"],
    ["p"],
)
_TEXTS = st.sampled_from(["", " ", "Python", "\u202e", "x" * 500, "&", "\ud7ff", "日本"])


@cache
def _fixture() -> tuple[dict[str, bytes], bytes]:
    data, _ = resume_docx()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    return parts, parts["word/document.xml"]


def _package(parts: dict[str, bytes], document: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, document if name == "word/document.xml" else data)
    return out.getvalue()


@st.composite
def mutated_document(draw: st.DrawFn) -> bytes:
    _, original = _fixture()
    root = ElementTree.fromstring(original)
    for _ in range(draw(st.integers(1, 6))):
        elements = list(root.iter())
        target = elements[draw(st.integers(0, len(elements) - 1))]
        parents = {child: parent for parent in root.iter() for child in parent}
        parent = parents.get(target)
        action = draw(
            st.sampled_from(["delete", "duplicate", "wrap", "nest", "text", "attr", "move"])
        )
        if action == "delete" and parent is not None:
            parent.remove(target)
        elif action == "duplicate" and parent is not None:
            for _ in range(draw(st.integers(1, 50))):
                parent.append(target)  # the same element many times: shared subtrees
        elif action in ("wrap", "nest") and parent is not None:
            chain = draw(st.sampled_from(_WRAPPERS))
            depth = draw(st.integers(1, 120)) if action == "nest" else 1
            index = list(parent).index(target)
            parent.remove(target)
            outer = inner = ElementTree.Element(f"{{{W}}}{chain[0]}")
            for _ in range(depth):
                for tag in chain:
                    node = ElementTree.SubElement(inner, f"{{{W}}}{tag}")
                    inner = node
            inner.append(target)
            parent.insert(index, outer[0] if len(outer) else outer)
        elif action == "text":
            target.text = draw(_TEXTS)
        elif action == "attr":
            name = draw(st.sampled_from(["val", "type", "fill", "dropCap", "id"]))
            value = draw(st.sampled_from(["", "9", "-1", "page", "ffffff", "Heading1", "x" * 99]))
            target.set(f"{{{W}}}{name}", value)
        elif action == "move" and parent is not None:
            others = [e for e in elements if e is not target and target not in list(e.iter())]
            if others:
                parent.remove(target)
                others[draw(st.integers(0, len(others) - 1))].append(target)
    document = ElementTree.tostring(root)
    if draw(st.booleans()) and draw(st.booleans()):
        document = document[: draw(st.integers(0, len(document)))]  # cut short
    return document


def _check(data: bytes) -> None:
    try:
        parse(data)
    except AtsmatchError as exc:
        assert "\n" not in str(exc)
    except BaseException:
        REGRESSIONS.mkdir(exist_ok=True)
        name = hashlib.sha256(data).hexdigest()[:16]
        (REGRESSIONS / f"{name}.docx").write_bytes(data)
        raise


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_document())
def test_mutated_docx_parses_or_raises_atsmatch_error(document: bytes) -> None:
    parts, _ = _fixture()
    _check(_package(parts, document))


@pytest.mark.parametrize("path", sorted(REGRESSIONS.glob("*.docx")), ids=lambda p: p.name)
def test_saved_regressions(path: Path) -> None:
    _check(path.read_bytes())
