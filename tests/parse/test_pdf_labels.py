"""Section labels beside the content: a label column and rotated labels (pdf/labels.py)."""

from __future__ import annotations

from functools import cache

from atsmatch.document import Document
from atsmatch.parse import parse
from atsmatch.parse.pdf.labels import find_labels
from atsmatch.parse.pdf.lines import Fragment
from tests.parse import label_fixtures as lf


@cache
def _parsed(name: str) -> Document:
    data: bytes = getattr(lf, name)()
    return parse(data)


def _lines(doc: Document) -> list[str]:
    return [line for line in doc.text.split("\n") if line.strip()]


def _before(doc: Document, heading: str, first: str) -> bool:
    """``heading`` is a line of its own, and the next non-empty line starts with ``first``."""
    lines = _lines(doc)
    return heading in lines and lines[lines.index(heading) + 1].startswith(first)


def test_label_column_names_the_sections_and_is_not_glued_to_entries() -> None:
    doc = _parsed("label_column")
    assert [(s.name, s.heading) for s in doc.sections] == [
        ("education", "EDUCATION"),
        ("experience", "WORK EXPERIENCE"),  # set on two lines beside the entry
        ("skills", "SKILLS"),
        ("languages", "LANGUAGES"),
    ]
    assert _before(doc, "EDUCATION", "State University")
    assert _before(doc, "WORK EXPERIENCE", "Acme Corp")
    glued = ("EDUCATION\t", "WORK\t", "EXPERIENCE\t")
    assert not any(line.startswith(glued) for line in _lines(doc))


def test_right_aligned_larger_labels_and_a_label_alone_on_its_line() -> None:
    doc = _parsed("right_aligned_labels")
    assert [s.name for s in doc.sections] == ["education", "experience", "skills", "languages"]
    assert _before(doc, "Education", "State University")
    # "Experience" has no entry beside it: it goes before the first content line below it
    assert _before(doc, "Experience", "Vocational")
    # the sub-label, in smaller type than the labels, goes before the entry beside it too
    assert _before(doc, "Vocational", "Acme Corp")


def test_rotated_labels_go_before_the_section_they_are_centred_on() -> None:
    doc = _parsed("rotated_labels")
    assert [s.name for s in doc.sections] == ["experience", "education"]
    assert _before(doc, "EXPERIENCE", "Software Engineer (Acme Corp)")
    assert _before(doc, "EDUCATION", "B.S. in Computer Science")
    experience = doc.sections[0]
    part = doc.text[experience.start : experience.end]
    assert all(name in part for name in ("Acme Corp", "Globex Inc", "Initech"))
    assert "State University" not in part


def test_keys_set_like_their_values_stay_on_their_lines() -> None:
    doc = _parsed("key_value_table")
    assert "Python\tExpert" in _lines(doc)
    assert [s.name for s in doc.sections] == ["skills"]


def _frag(text: str, x0: float, y0: float, *, size: float = 10.0, bold: bool = False) -> Fragment:
    width = 0.5 * size * len(text)
    return Fragment(text=text, x0=x0, y0=y0, x1=x0 + width, y1=y0 + size, size=size, bold=bold)


def _column_page(*, stray: bool) -> list[Fragment]:
    page = [
        _frag("EDUCATION", 40, 700, size=9, bold=True),
        _frag("State University", 130, 700),
        _frag("Computer Science", 130, 686),
        _frag("EXPERIENCE", 40, 660, size=9, bold=True),
        _frag("Acme Corp", 130, 660),
        _frag("Software Engineer", 130, 646),
    ]
    if stray:  # a line starting between the labels and the content: no label column
        page.append(_frag("Notes", 100, 620))
    return page


def test_label_column_needs_an_empty_strip_before_the_content() -> None:
    rest, labels = find_labels(_column_page(stray=False))
    assert [[f.text for f in label.fragments] for label in labels] == [
        ["EDUCATION"],
        ["EXPERIENCE"],
    ]
    assert [label.anchor.text for label in labels] == ["State University", "Acme Corp"]
    assert len(rest) == 4
    rest, labels = find_labels(_column_page(stray=True))
    assert labels == [] and len(rest) == 7


def test_one_label_or_labels_in_the_entries_type_make_no_column() -> None:
    page = _column_page(stray=False)
    assert find_labels(page[:3])[1] == []  # a single label
    plain = [_frag(f.text.title(), f.x0, f.y0) for f in page]  # keys set like their values
    assert find_labels(plain)[1] == []


def test_sidebar_headings_beside_the_main_column_are_no_labels() -> None:
    page = _column_page(stray=False)
    sidebar = [_frag("jo@example.com", 40, 686, size=9), _frag("Python, Go", 40, 646, size=9)]
    assert find_labels(page + sidebar)[1] == []


def test_bold_employers_with_dates_flush_right_are_no_labels() -> None:
    doc = _parsed("bold_employers")
    assert "Google\tJun 2020 - Present" in _lines(doc)
    assert "Coursera\tMay 2017 - Jun 2020" in _lines(doc)
    assert [s.name for s in doc.sections] == ["experience"]


def test_label_search_is_linear_on_a_page_of_many_words() -> None:
    """A grid of 20,000 short words (bold every seventh) has no label column, and is
    searched in well under a second of CPU (a search by pairs took over 10 s)."""
    import time

    page = [
        Fragment(
            text="Word",
            x0=40 + (i // 150) * 25,
            y0=800 - (i % 150) * 5,
            x1=60 + (i // 150) * 25,
            y1=804 - (i % 150) * 5,
            size=4,
            bold=i % 7 == 0,
        )
        for i in range(20_000)
    ]
    started = time.process_time()
    rest, labels = find_labels(page)
    assert labels == [] and len(rest) == len(page)
    assert time.process_time() - started < 3.0
