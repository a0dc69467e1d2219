"""Sidebar layouts of real templates, as generated look-alikes: columns read whole, in order."""

from __future__ import annotations

import re
from functools import cache

import pytest

from atsmatch.document import Document
from atsmatch.parse import parse
from atsmatch.parse.normalize import normalize_text
from tests.parse import column_fixtures as cf
from tests.parse.pdf_fixtures import Written


@cache
def written(name: str) -> Written:
    return cf.sidebar_resume(cf.VARIANTS[name])


@cache
def parsed(name: str) -> Document:
    return parse(written(name).pdf)


def words(text: str) -> list[str]:
    return [w for w in normalize_text(text).split() if any(c.isalnum() for c in w)]


@pytest.mark.parametrize("name", sorted(cf.VARIANTS))
def test_sidebar_columns_read_whole_in_order(name: str) -> None:
    """Header band, left column, right column: every word once, no column interleaved."""
    flows = written(name).flows
    expected = [w for lines in flows.values() for line in lines for w in words(line)]
    assert words(parsed(name).text) == expected


@pytest.mark.parametrize("name", sorted(cf.VARIANTS))
def test_sidebar_no_line_joins_the_columns(name: str) -> None:
    """No output line holds text of both columns."""
    flows = written(name).flows
    side = {w for line in flows["side"] for w in words(line)}
    main = {w for line in flows["main"] for w in words(line)}
    for line in parsed(name).text.split("\n"):
        found = set(words(line))
        assert not (found & side - main and found & main - side), line


@pytest.mark.parametrize("name", sorted(cf.VARIANTS))
def test_sidebar_multi_column_diagnostic_gives_page_and_boxes(name: str) -> None:
    found = [d for d in parsed(name).diagnostics if d.rule == "multi-column"]
    assert len(found) == 1
    assert found[0].page == 1
    boxes = re.findall(r"x (\d+)-(\d+) y (\d+)-(\d+)", found[0].message)
    assert len(boxes) == 2
    left, right = sorted(tuple(map(int, box)) for box in boxes)
    assert left[1] < right[0]  # the left column ends before the right one starts


@pytest.mark.parametrize("name", sorted(cf.VARIANTS))
def test_sidebar_sections_and_dated_positions_survive(name: str) -> None:
    doc = parsed(name)
    assert {"experience", "education", "skills", "languages"} <= {s.name for s in doc.sections}
    assert len(doc.experience) >= 2
    assert doc.contact.email == "richard.hendriks@mail.com"
