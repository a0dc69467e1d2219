from __future__ import annotations

import pytest

from atsmatch import parse
from atsmatch.parse.formats.markdown import markdown_to_lines, strip_inline

RESUME = b"""# Jane Doe

**Email:** jane@example.com | [GitHub](https://github.com/janedoe)

## Work History

Senior Engineer, *Acme Inc* \xe2\x80\x94 Jan 2020 to Present
- Built `Kafka` pipelines
* Cut costs by 30%

Education
---------
BSc, Some University, 2016

---

> quoted line

```
code line
```
| Skill | Level |
|-------|-------|
| Python | Expert |
"""


def test_markdown_rendered_text() -> None:
    doc = parse(RESUME, format=None)
    assert doc.format == "markdown"
    assert doc.text == (
        "Jane Doe\n"
        "Email: jane@example.com | GitHub\n"
        "Work History\n"
        "Senior Engineer, Acme Inc — Jan 2020 to Present\n"
        "• Built Kafka pipelines\n"
        "• Cut costs by 30%\n"
        "Education\n"
        "BSc, Some University, 2016\n"
        "quoted line\n"
        "code line\n"
        "Skill | Level\n"
        "Python | Expert\n"
    )
    assert [s.name for s in doc.sections] == ["experience", "education"]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("**bold** and __strong__", "bold and strong"),
        ("*em* and _em_ but snake_case_name", "em and em but snake_case_name"),
        ("[link](http://x.y) and ![alt](a.png)", "link and alt"),
        ("<https://jane.dev> and <mailto:a@b.co>", "https://jane.dev and a@b.co"),
        ("~~gone~~ \\*literal\\*", "gone *literal*"),
        ("2 * 3 * 4", "2 * 3 * 4"),
    ],
)
def test_markdown_strip_inline(line: str, text: str) -> None:
    assert strip_inline(line) == text


def test_markdown_headings_flagged() -> None:
    lines = markdown_to_lines("## Skills ##\nPython\nTitle\n===\n- item\n**Side Quests**\n")
    assert lines == [
        ("Skills", True),
        ("Python", False),
        ("Title", True),
        ("• item", False),
        ("Side Quests", True),
    ]


def test_markdown_detected_by_name_or_markup() -> None:
    assert parse(b"plain words\n- a bullet\n- another\n").format == "text"
    assert parse(b"# One\n## Two\nwords\n").format == "markdown"
