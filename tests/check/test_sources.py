"""Resume sources as people keep them in git: LaTeX, JSON Resume YAML, RenderCV YAML."""

from __future__ import annotations

from pathlib import Path

import pytest

from atsmatch.errors import CorruptFileError, UnsupportedFormatError
from atsmatch.parse import parse
from tests.check.conftest import FIXTURES


@pytest.mark.parametrize(
    ("name", "fmt", "sections", "email", "entries"),
    [
        ("jake.tex", "latex", ["education", "experience", "skills"],
         "dana.whitfield@example.org", 2),
        ("moderncv.tex", "latex", ["experience", "education", "skills", "languages"],
         "jonas.brecht@example.net", 2),
        ("awesome.tex", "latex", ["experience", "education", "skills"],
         "priya.raman@example.com", 1),
        ("twocolumn.tex", "latex", ["experience", "skills", "education", "languages"],
         "lena.hofmann@example.de", 2),
        ("resume.yaml", "jsonresume-yaml", ["summary", "experience", "education", "skills"],
         "mara.lindqvist@example.com", 1),
        ("rendercv.yaml", "rendercv", ["summary", "experience", "education", "skills"],
         "tomas.ferreira@example.com", 1),
    ],
)  # fmt: skip
def test_sources_read_into_the_same_document(
    name: str, fmt: str, sections: list[str], email: str, entries: int
) -> None:
    document = parse(FIXTURES / name)
    assert document.format == fmt
    assert [s.name for s in document.sections] == sections
    assert document.contact.email == email and document.contact.phone
    assert len(document.experience) == entries
    assert "\\" not in document.text and "{" not in document.text
    assert not [d for d in document.diagnostics if d.rule == "missing-section"]


def test_sources_latex_entry_fields_and_dates() -> None:
    document = parse(FIXTURES / "jake.tex")
    first = document.experience[0]
    assert (first.title, first.employer, first.start, first.current) == (
        "Backend Engineer", "Northwind Logistics Inc.", "2021-03", True,
    )  # fmt: skip
    assert "• Moved 40 services to Kubernetes with Helm charts & Terraform" in document.text


def test_sources_latex_input_followed(repo: Path) -> None:
    document = parse(repo / "moderncv.tex")
    assert "English | Fluent | C1" in document.text
    assert document.sections[-1].name == "languages"


@pytest.mark.parametrize(
    ("include", "extra", "cause"),
    [
        ("\\input{missing}", {}, "main.tex line 6: \\input{missing} not followed: no such file"),
        ("\\input{../outside}", {"../outside.tex": "\\section{Secret}"}, "outside the repository"),
        ("\\input{loop}", {"loop.tex": "\\input{loop}"}, "loop.tex line 1: \\input{loop} not"),
        ("\\include{main}", {}, "main.tex line 6: \\include{main} not followed: it includes"),
    ],
)
def test_sources_latex_include_not_followed_is_a_warning_with_file_and_line(
    tmp_path: Path, include: str, extra: dict[str, str], cause: str
) -> None:
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    for name, text in extra.items():
        (repo / name).write_text(text, encoding="utf-8")
    main = repo / "main.tex"
    main.write_text(
        "\\documentclass{article}\n\\begin{document}\nJane Roe\n\\section{Skills}\nPython\n"
        f"{include}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    document = parse(main)
    (warning,) = [d for d in document.diagnostics if d.rule == "source-include"]
    assert cause in warning.message and "line" in warning.message
    assert "Secret" not in document.text


def test_sources_latex_include_depth_is_bounded(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    for index in range(12):
        (tmp_path / f"part{index}.tex").write_text(f"Part {index}\n\\input{{part{index + 1}}}\n")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{article}\\begin{document}\\input{part0}\\end{document}")
    document = parse(main)
    assert "Part 7" in document.text and "Part 9" not in document.text
    assert any("deeper than 8" in d.message for d in document.diagnostics)


def test_sources_latex_unknown_macros_keep_their_text() -> None:
    source = (
        b"\\documentclass{article}\\begin{document}\\section{Experience}"
        b"\\fancyrole{Staff Engineer}{Globex Corp} \\mystery worked on \\weird{Rust}"
        b"\\section{Skills} Rust, C\\texttt{++}\\end{document}"
    )
    document = parse(source)
    assert document.format == "latex"
    assert "Staff Engineer" in document.text and "Globex Corp" in document.text
    assert "worked on Rust" in document.text
    assert any(d.rule == "source-include" for d in parse(source + b"\\input{x}").diagnostics)


def test_sources_latex_without_a_file_cannot_follow_inputs() -> None:
    document = parse(b"\\documentclass{article}\\begin{document}Jane\\input{part}\\end{document}")
    assert "not read from a file" in document.diagnostics[0].message


@pytest.mark.parametrize(
    ("name", "says"),
    [("resume.typ", "Typst source"), ("resume.adoc", "AsciiDoc source")],
)
def test_sources_recognised_but_unsupported_say_what_to_do(name: str, says: str) -> None:
    with pytest.raises(UnsupportedFormatError, match=f"{name}: an? {says}.*(compile|build)"):
        parse(FIXTURES / name)


def test_sources_yaml_error_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "resume.yaml"
    bad.write_text("basics:\n  name: Jane\nwork:\n  - name: [unclosed\n", encoding="utf-8")
    with pytest.raises(CorruptFileError, match=r"resume.yaml: invalid YAML at line \d"):
        parse(bad)


def test_sources_markdown_and_text_are_still_what_they_were() -> None:
    assert parse(b"# Jane\n\n## Skills\n\n**Python**\n").format == "markdown"
    assert parse(b"Jane Doe\nSkills\nPython, work: hard\n").format == "text"


def test_sources_latex_options_citations_and_layout_arguments_are_not_text() -> None:
    source = (
        b"\\documentclass{../classes/moderncv}\\name{Jo}{Ng}\\address{1 Road}{Town}{Land}"
        b"\\begin{document}\\section{Skills}"
        b"\\cvcolumn[0.5]{Tools}{Git\\cite{ref1}}"
        b"\\begin{minipage}[t]{0.5\\linewidth}Python\\end{minipage}\\end{document}"
    )
    text = parse(source).text
    assert text.splitlines() == ["Jo Ng", "1 Road, Town, Land", "Skills", "Tools | Git", "Python"]


def test_sources_latex_two_argument_resume_item_is_one_bullet() -> None:
    source = (
        b"\\documentclass{article}\\newcommand{\\resumeItem}[2]{\\item\\textbf{#1}{: #2}}"
        b"\\begin{document}\\section{Experience}\\begin{itemize}"
        b"\\resumeItem{Architecture}{Designed \\textbf{gRPC} services}\\end{itemize}"
        b"\\end{document}"
    )
    assert "• Architecture: Designed gRPC services" in parse(source).text.splitlines()


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"Jane Roe\njane@example.com\neducation:\nBSc Physics\nskills:\nPython\n", "text"),
        (b"cv:\nJane Roe\n", "text"),
        (b"basics:\n  name: Jane\nwork:\n  - name: Acme\n", "jsonresume-yaml"),
        (b"# my cv\ncv:\n  name: Jane\n  sections:\n    skills:\n      - Python\n", "rendercv"),
    ],
)
def test_sources_yaml_is_detected_by_its_structure(data: bytes, fmt: str) -> None:
    from atsmatch.parse.detect import detect_format

    assert detect_format(data) == fmt
