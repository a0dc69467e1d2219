"""The resume of fixtures/jake.tex written in every other format atsmatch reads, as the page
a reader of the built PDF sees: ``(left, right, heading)`` rows, a right part being the
right-aligned place or dates."""

from __future__ import annotations

import html
import json
from pathlib import Path

ROWS: list[tuple[str, str, bool]] = [
    ("Dana Whitfield", "", False),
    ("+1 415 555 0199 | dana.whitfield@example.org | linkedin.com/in/danawhitfield", "", False),
    ("Education", "", True),
    ("Lakeshore State University", "Chicago, IL", False),
    ("Bachelor of Science in Computer Science", "Aug. 2014 - May 2018", False),
    ("Experience", "", True),
    ("Backend Engineer", "Mar 2021 - Present", False),
    ("Northwind Logistics Inc.", "Chicago, IL", False),
    ("- Built event pipelines in Python and Kafka handling 2M messages a day", "", False),
    ("- Moved 40 services to Kubernetes with Helm charts & Terraform", "", False),
    ("Software Developer", "Jun 2018 - Feb 2021", False),
    ("Harbor Analytics LLC", "Evanston, IL", False),
    ("- Wrote REST APIs in Go and PostgreSQL; cut p99 latency by 35%", "", False),
    ("Technical Skills", "", True),
    ("Languages: Python, Go, SQL, Bash", "", False),
    ("Tools: Docker, Kubernetes, Terraform, Git", "", False),
]


def _line(left: str, right: str) -> str:
    return f"{left}   {right}" if right else left


def write_text(path: Path) -> None:
    lines = [_line(left, right) for left, right, _ in ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_markdown(path: Path) -> None:
    out = []
    for left, right, heading in ROWS:
        out.append(f"## {left}" if heading else _line(left, right))
        out.append("")
    path.write_text("# " + "\n".join(out), encoding="utf-8")


def write_html(path: Path) -> None:
    body = []
    for left, right, heading in ROWS:
        tag = "h2" if heading else "p"
        body.append(f"<{tag}>{html.escape(_line(left, right))}</{tag}>")
    path.write_text("<html><body>" + "\n".join(body) + "</body></html>", encoding="utf-8")


def write_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    for left, right, heading in ROWS:
        if heading:
            document.add_heading(left, level=2)
        else:
            document.add_paragraph(f"{left}\t{right}" if right else left)
    document.save(str(path))


def write_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    for left, right, heading in ROWS:
        pdf.set_font("Helvetica", "B" if heading else "", 14 if heading else 10)
        pdf.cell(0, 6, left)
        if right:
            pdf.cell(0, 6, right, align="R")
        pdf.ln(7 if heading else 5)
    pdf.output(str(path))


def write_json(path: Path) -> None:
    resume = {
        "basics": {"name": "Dana Whitfield", "email": "dana.whitfield@example.org",
                   "phone": "+1 415 555 0199",
                   "profiles": [{"network": "LinkedIn",
                                 "url": "https://linkedin.com/in/danawhitfield"}]},
        "education": [{"institution": "Lakeshore State University",
                       "studyType": "Bachelor of Science", "area": "Computer Science",
                       "startDate": "2014-08", "endDate": "2018-05"}],
        "work": [
            {"name": "Northwind Logistics Inc.", "position": "Backend Engineer",
             "startDate": "2021-03", "location": "Chicago, IL",
             "highlights": ["Built event pipelines in Python and Kafka handling 2M messages a day",
                            "Moved 40 services to Kubernetes with Helm charts & Terraform"]},
            {"name": "Harbor Analytics LLC", "position": "Software Developer",
             "startDate": "2018-06", "endDate": "2021-02", "location": "Evanston, IL",
             "highlights": ["Wrote REST APIs in Go and PostgreSQL; cut p99 latency by 35%"]},
        ],
        "skills": [{"name": "Languages", "keywords": ["Python", "Go", "SQL", "Bash"]},
                   {"name": "Tools", "keywords": ["Docker", "Kubernetes", "Terraform", "Git"]}],
    }  # fmt: skip
    path.write_text(json.dumps(resume, indent=2), encoding="utf-8")


WRITERS = {
    "resume.txt": write_text,
    "resume.md": write_markdown,
    "resume.html": write_html,
    "resume.docx": write_docx,
    "resume.pdf": write_pdf,
    "resume.json": write_json,
}


def write_all(folder: Path) -> list[str]:
    """Write the resume in every format into ``folder``; the file names."""
    for name, writer in WRITERS.items():
        writer(folder / name)
    return list(WRITERS)
