from __future__ import annotations

import pytest

from atsmatch import parse
from atsmatch.errors import EmptyDocumentError
from atsmatch.parse.formats.html import html_to_lines

PAGE = b"""<!DOCTYPE html>
<html><head><title>CV</title><style>p { color: red }</style>
<script>var secret = "not text";</script></head>
<body>
<h1>Jane  Doe</h1>
<p>jane@example.com &amp; <a href="https://jane.dev">jane.dev</a></p>
<h2>Experience</h2>
<div>Engineer, Acme Inc<br>Jan 2020 &ndash; Present</div>
<ul><li>Built <b>things</b></li><li>Led a team</li></ul>
<h2>Skills</h2>
<table><tr><th>Languages</th><td>Python, Go</td></tr></table>
<pre>keep   spacing
two lines</pre>
<noscript>enable js</noscript>
</body></html>
"""


def test_html_visible_text_in_blocks() -> None:
    doc = parse(PAGE)
    assert doc.format == "html"
    assert doc.text == (
        "Jane Doe\n"
        "jane@example.com & jane.dev\n"
        "Experience\n"
        "Engineer, Acme Inc\n"
        "Jan 2020 – Present\n"
        "• Built things\n"
        "• Led a team\n"
        "Skills\n"
        "Languages | Python, Go\n"
        "keep   spacing\n"
        "two lines\n"
    )


def test_html_headings_and_analysis() -> None:
    doc = parse(PAGE)
    assert [s.name for s in doc.sections] == ["experience", "skills"]
    assert doc.contact.email == "jane@example.com"
    assert doc.experience[0].employer == "Acme Inc"


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        ("<h3>Skills</h3>", [("Skills", True)]),
        ("<head><title>t</title><body><p>x</p>", [("x", False)]),  # unclosed head
        ("<p hidden>secret</p><p>shown</p>", [("shown", False)]),
        ("<div>a<div>b</div>c</div>", [("a", False), ("b", False), ("c", False)]),
    ],
)
def test_html_to_lines_cases(html: str, lines: list[tuple[str, bool]]) -> None:
    assert html_to_lines(html) == lines


def test_html_without_visible_text_is_empty() -> None:
    with pytest.raises(EmptyDocumentError, match="no readable text"):
        parse(b"<html><head><script>x()</script></head><body></body></html>")
