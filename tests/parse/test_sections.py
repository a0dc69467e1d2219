from __future__ import annotations

import pytest

from atsmatch.parse.structure.sections import (
    canonical_heading,
    find_headings,
    find_sections,
    looks_like_job,
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Work History:", "experience"),
        ("PROFESSIONAL EXPERIENCE", "experience"),
        ("## Technical Skills", "skills"),
        ("Licenses & Certifications", "certifications"),
        ("What you’ll do", "responsibilities"),
        ("E X P E R I E N C E", "experience"),
        ("W O R K   H I S T O R Y", "experience"),
        ("Honors & Awards", "awards"),
        ("Your profile", "requirements"),
        ("A B C D", None),
        ("Experience with Python is a plus.", None),
        ("Skills and experience matter", None),
    ],
)
def test_sections_canonical_heading(line: str, name: str | None) -> None:
    assert canonical_heading(line) == name


def test_sections_ranges_partition_the_text() -> None:
    text = "Jo\nSummary\nx\nExperience\ny\nSkills\nz\n"
    sections = find_sections(text)
    assert [(s.name, text[s.start : s.end]) for s in sections] == [
        ("summary", "Summary\nx\n"),
        ("experience", "Experience\ny\n"),
        ("skills", "Skills\nz\n"),
    ]


@pytest.mark.parametrize(
    ("text", "layout_lines", "unknown"),
    [
        # capitals, like the known headings
        (
            "Jo Doe\nEXPERIENCE\nwrote code\nSIDE QUESTS\nsome repos\nSKILLS\nGo",
            (),
            ["SIDE QUESTS"],
        ),
        # capitals, but a date follows: an employer line, not a heading
        ("JO\nEXPERIENCE\nACME CORP\n2019 - 2020\nSKILLS\nz", (), []),
        # underlined by a rule
        ("Jo\nExperience\nx\nSide Quests\n-----------\ny", (), ["Side Quests"]),
        # marked by the reader (bold / heading style), like the known headings
        ("Jo\nExperience\nx\nMy Toolbox\ny", ("Experience", "My Toolbox"), ["My Toolbox"]),
        # a reader mark without known headings marked the same way: not trusted
        ("Jo\nExperience\nx\nMy Toolbox\ny", ("My Toolbox",), []),
        # a wrapped list item or a lone acronym is no heading, even when marked
        ("Jo\nSKILLS\nMedia: Mpeg, MP4,\nGIF\nEXPERIENCE\nx", ("SKILLS", "GIF", "EXPERIENCE"), []),
        ("Jo\nSkills\nPython, Go,\nSide Quests\nExperience\nx", ("Skills", "Side Quests"), []),
        # before the first known heading (the name, a title): never a section
        ("JO DOE\nENGINEER\nEXPERIENCE\nx", (), []),
    ],
)
def test_sections_unknown_headings_need_layout_cues(
    text: str, layout_lines: tuple[str, ...], unknown: list[str]
) -> None:
    layout = tuple(
        text.index(line + "\n") if line + "\n" in text else text.index(line)
        for line in layout_lines
    )
    headings = find_headings(text, layout=layout)
    assert [h.text for h in headings if h.name is None] == unknown
    if unknown:
        assert "other" in {s.name for s in find_sections(text, layout=layout)}


@pytest.mark.parametrize(
    ("text", "job"),
    [
        ("About us\nx\nResponsibilities\ny\nRequirements\nz", True),
        ("Experience\nx\nEducation\ny\nSkills\nz", False),
        ("Experience\nx\nResponsibilities\ny", True),
        ("Summary\nx", False),
    ],
)
def test_sections_looks_like_job(text: str, job: bool) -> None:
    assert looks_like_job(find_sections(text)) is job


def test_sections_job_entry_subheadings_stay_in_experience() -> None:
    text = (
        "Experience\n"
        "Engineer, Acme Inc\nJan 2020 – Present\n"
        "Key Responsibilities:\n• Build\n"
        "Achievements\n• Won\n"
        "Analyst, B LLC\nMar 2018 – Dec 2019\n"
        "Tools:\nExcel\n"
        "Skills\nPython\n"
        "Achievements\nEmployee of the year\n"
    )
    sections = find_sections(text)
    assert [(s.name, s.heading) for s in sections] == [
        ("experience", "Experience"),
        ("skills", "Skills"),
        ("awards", "Achievements"),
    ]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Clinical Experience", "experience"),
        ("Research Experience", "experience"),
        ("Licensure and Certifications", "certifications"),
        ("Selected Honors", "awards"),
        ("Berufserfahrung", "experience"),
        ("Fähigkeiten & Interessen", "skills"),
        ("Bildung", "education"),
        ("教育背景", "education"),
        ("实习/项目经历", "experience"),
        ("———    技术栈    ———", "skills"),
        ("Experience with Python", None),
        ("Skills and experience matter", None),
        ("Improved clinical experience for patients", None),
        ("Licenses, Certifications", "certifications"),
        ("Honors / Awards", "awards"),
        ("Skill", "skills"),
        ("E D U C A T I O N  &  T R A I N I N G", "education"),
        ("LaTeX, Maintainer Individual Projects", None),  # an entry line: "latex" is no kind
        ("Python, Go, Docker Skills", None),
    ],
)
def test_sections_heading_variants_by_rule(heading: str, name: str | None) -> None:
    assert canonical_heading(heading) == name


@pytest.mark.parametrize(
    "line", ["{%- if other_name == “Awards” -%}", "xxx Projects\tJan. 2015 – Present"]
)
def test_sections_no_heading_by_rule_on_code_or_dated_lines(line: str) -> None:
    assert canonical_heading(line) is None


def test_sections_bold_title_under_a_date_first_line_is_no_heading() -> None:
    """Date-first entries ("2015 / 07 - University of Bremen" over a bold title)."""
    text = (
        "Education\n2015 / 07 - University of Bremen\nGraduated as Digital Media\n"
        "Thesis on scoring\n\nExperience\n2014 - 2016 - We4IT GmbH\nIT Consultant\n"
    )
    title = text.index("Graduated")
    sections = find_sections(text, layout=(0, title, text.index("Experience")))
    assert [s.name for s in sections] == ["education", "experience"]


@pytest.mark.parametrize("line", ["- Telemetry experience", "• Customer service skills"])
def test_sections_list_items_are_no_headings_by_rule(line: str) -> None:
    assert canonical_heading(line) is None


def test_sections_the_name_repeated_on_a_later_page_is_no_heading() -> None:
    text = (
        "Jane Doe\njane@example.com\n\nExperience\nEngineer, Acme\n\nSkills\nGo\n\n"
        "Jane Doe\nDear Sir or Madam,\nI apply.\n"
    )
    starts = tuple(i for i, c in enumerate(text) if c == "J" or text.startswith("Experience", i))
    sections = find_sections(text, layout=starts)
    assert [s.heading for s in sections] == ["Experience", "Skills"]


@pytest.mark.parametrize("line", ["{{hobbies}}", "{% for skill in skills %}", "<Experience>"])
def test_sections_template_code_is_no_heading(line: str) -> None:
    assert canonical_heading(line) is None


def test_sections_a_line_right_under_a_heading_is_its_sub_heading() -> None:
    text = (
        "Jane Doe\n\nPublications\nJournals\nOn lasers, J. Sci.\n"
        "Conferences\nOn lasers, Proc. Laser Symp.\n\nPatents\nA laser patent\n"
    )
    marks = tuple(text.index(w) for w in ("Publications", "Journals", "Conferences", "Patents"))
    sections = find_sections(text, layout=marks)
    # "Journals" right under the heading is a sub-heading; "Conferences" after content and
    # "Patents" are read as sections of their own (no rule tells them from one)
    assert [(s.name, s.heading) for s in sections] == [
        ("publications", "Publications"),
        ("other", "Conferences"),
        ("other", "Patents"),
    ]


@pytest.mark.parametrize(
    ("heading", "body", "kind"),
    [
        ("ACTIVITIES", "Chess, hiking, photography\nMarathon running", "interests"),
        ("Extracurricular Activities", "• Trail running\n• Jazz piano\n• Baking", "interests"),
        (
            "Extracurricular Activities",
            "Treasurer, Robotics Club, State University\nSep 2019 – May 2021\n"
            "• Managed a $12,000 budget",
            "volunteering",
        ),
        (
            "Activities",
            "President, Debate Society (2018 - 2020)\nVolunteer tutor, City Library (2017)",
            "volunteering",
        ),
        (
            "Activities",
            "Volunteer at the Red Cross Society\nCaptain of the Chess Club",
            "volunteering",
        ),
        ("Activities", "I spend weekends climbing and reading novels.", "interests"),
        ("ACTIVITIES", "OPERATING SYSTEMS\nCopyright 2018 jo@example.com", "interests"),
        ("Actividades", "Fútbol, lectura, viajes", "interests"),
    ],
)
def test_sections_activities_kind_from_content(heading: str, body: str, kind: str) -> None:
    text = (
        f"Jo Park\njo@example.com\n\nEXPERIENCE\nEngineer, Acme, 2019 - 2021\n\n{heading}\n{body}\n"
    )
    sections = find_sections(text)
    assert [s.name for s in sections] == ["experience", kind]


def _publications(sub: str) -> tuple[str, tuple[int, ...]]:
    text = (
        "Dana Cole\ndana@example.org\n\nEXPERIENCE\nResearcher, Lab of Optics, 2019 - 2022\n\n"
        "PUBLICATIONS\nCole D. Light in fibres. Optics Letters 12, 2021.\n"
        "Cole D. Lasers at scale. Nature Photonics 3, 2020.\n"
        f"{sub}\nInvited talk at Photonics West\nPoster at CLEO\n\nSKILLS\nMATLAB, Python\n"
    )
    layout = tuple(text.index(line) for line in ("EXPERIENCE", "PUBLICATIONS", sub, "SKILLS"))
    return text, layout


def test_sections_quieter_subheading_stays_in_its_section() -> None:
    text, layout = _publications("Conferences")
    sections = find_sections(text, layout=layout)
    assert [s.name for s in sections] == ["experience", "publications", "skills"]
    assert "Poster at CLEO" in text[sections[1].start : sections[1].end]


def test_sections_heading_as_prominent_as_its_neighbours_starts_other() -> None:
    text, layout = _publications("LIFE PHILOSOPHY")
    sections = find_sections(text, layout=layout)
    assert [s.name for s in sections] == ["experience", "publications", "other", "skills"]


def test_sections_unruled_subheading_under_ruled_headings() -> None:
    text = (
        "Experience\n----------\nEngineer, Acme, 2019 - 2021\n\nPublications\n------------\n"
        "Paper one in a journal.\nConferences\nTalk at a meeting\n\nVolunteer Work\n"
        "--------------\nTutor, Library\n"
    )
    marked = ("Experience", "Publications", "Conferences", "Volunteer Work")
    sections = find_sections(text, layout=tuple(text.index(line) for line in marked))
    assert [s.name for s in sections] == ["experience", "publications", "volunteering"]
