from __future__ import annotations

import pytest

from atsmatch import parse
from atsmatch.parse import parse_text
from atsmatch.parse.structure.roles import line_parts, split_title_employer
from tests.parse import pdf_fixtures as fx


def _entries(body: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    doc = parse_text(f"Jane Doe\nExperience\n{body}\nEducation\nBSc, 2012\n")
    return [(e.title, e.employer, e.start, e.end) for e in doc.experience]


@pytest.mark.parametrize(
    ("body", "entries"),
    [
        (
            "Senior Engineer, Acme Corp    Jan 2020 – Present\n• Built things",
            [("Senior Engineer", "Acme Corp", "2020-01", None)],
        ),
        (
            "Acme Corp — Data Analyst\n03/2019 - 06/2021\n- Reports",
            [("Data Analyst", "Acme Corp", "2019-03", "2021-06")],
        ),
        (
            "Software Developer\nGlobex GmbH, Berlin, Germany\n2017–2019\n- Code",
            [("Software Developer", "Globex GmbH", "2017-01", "2019-01")],
        ),
        (
            "Data Scientist\nAirbnb, Inc.\n06/2017 - 12/2020",
            [("Data Scientist", "Airbnb, Inc.", "2017-06", "2020-12")],
        ),
        (
            "Product Manager | Initech | Jan. 2020 to Dec 2022",
            [("Product Manager", "Initech", "2020-01", "2022-12")],
        ),
        (
            "Initech\tJun 2015 - Dec 2016\nQA Engineer\n• Tests",
            [("QA Engineer", "Initech", "2015-06", "2016-12")],
        ),
        (
            "Engineer at Hooli (2018 - 2020)\n• A\nIntern, Pied Piper Inc, Palo Alto, CA\n"
            "May 2017 - Aug 2017\n• B",
            [
                ("Engineer", "Hooli", "2018-01", "2020-01"),
                ("Intern", "Pied Piper Inc", "2017-05", "2017-08"),
            ],
        ),
    ],
)
def test_experience_layouts(
    body: str, entries: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert _entries(body) == entries


def test_experience_spans_cover_entries() -> None:
    doc = parse_text(
        "Experience\nEngineer, A Inc\n2019 - 2020\n• x\nAnalyst, B LLC\n2020 - 2021\n• y\n"
    )
    first, second = doc.experience
    assert doc.text[first.span.start : first.span.end] == "Engineer, A Inc\n2019 - 2020\n• x\n"
    assert doc.text[second.span.start :].startswith("Analyst, B LLC")
    assert first.months == 12 and not first.current


def test_experience_only_in_experience_sections() -> None:
    doc = parse_text("Education\nBSc, Uni, 2010 - 2014\nProjects\nTool, 2019 - 2020\n")
    assert doc.experience == ()


@pytest.mark.parametrize(
    ("parts", "pair"),
    [
        (["Acme Inc", "Engineer"], ("Engineer", "Acme Inc")),
        (["Engineer", "Acme"], ("Engineer", "Acme")),
        (["Pied Piper", "CEO/President"], ("CEO/President", "Pied Piper")),
        (["Stanford University"], (None, "Stanford University")),
        ([], (None, None)),
    ],
)
def test_experience_split_title_employer(
    parts: list[str], pair: tuple[str | None, str | None]
) -> None:
    assert split_title_employer(parts) == pair


def test_experience_flush_right_date_beside_a_bullet_dates_the_entry_above() -> None:
    """Typst/LaTeX \\hfill layouts set the dates beside the first bullet, not the title."""
    doc = parse_text(
        "Experience\n"
        "Nexus AI, Co-Founder & CTO\tSan Francisco, CA\n"
        "• Built model infrastructure serving 2M requests\tJune 2023 – present\n"
        "• Raised $18M Series A\n"
        "NVIDIA Research, Research Intern\tSanta Clara, CA\n"
        "• Designed sparse attention\tMay 2022 – Aug 2022\n"
    )
    assert [(e.title, e.employer, e.start, e.end) for e in doc.experience] == [
        ("Co-Founder & CTO", "Nexus AI", "2023-06", None),
        ("Research Intern", "NVIDIA Research", "2022-05", "2022-08"),
    ]


def test_experience_title_and_employer_above_a_date_line_skip_the_place() -> None:
    doc = parse_text(
        "Experience\n\n"
        "Creative Solutions Inc.\nSenior Web Developer\nSan Francisco, CA\n"
        "January 2019 to Present\n"
        "Spearheaded the redesign of the website\n\n"
        "TechAdvancers\tJune 2016 to December 2018\n"
        "Web Developer\tSan Jose, CA\n"
    )
    assert [(e.title, e.employer) for e in doc.experience] == [
        ("Senior Web Developer", "Creative Solutions Inc."),
        ("Web Developer", "TechAdvancers"),
    ]


def test_experience_bulleted_entry_line_naming_a_place() -> None:
    doc = parse_text(
        "Experience\n"
        "• Google\tMountain View, CA\n"
        "Software Engineer\tOct 2016 – Present\n"
        "◦ TensorFlow: built APIs\n"
    )
    (entry,) = doc.experience
    assert (entry.title, entry.employer, entry.start) == ("Software Engineer", "Google", "2016-10")


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Data Scientist, Lucena Research\tSummer 2012 and 2013", "2012-06", "2013-06"),
        (
            "Project Management Simulation Training (Getoq Consulting)\tNov. 2011",
            "2011-11",
            "2011-11",
        ),
        ("Research Intern, Acme Labs\tSummer 2022", "2022-06", "2022-06"),
        ("Research Intern, Acme Labs\tSummer 2021 – Fall 2022", "2021-06", "2022-09"),
    ],
)
def test_experience_single_and_season_dates(line: str, start: str, end: str) -> None:
    (entry,) = parse_text(f"Experience\n{line}\n• Built things\n").experience
    assert (entry.start, entry.end) == (start, end)


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        (
            "Accounting Intern | Plante Moran, Toledo, OH | Summer 2022",
            ("Accounting Intern", "Plante Moran", "2022-06", "2022-06"),
        ),
        (
            "Cloud Bootcamp Student - TechLaunch Academy (2024)",
            ("Cloud Bootcamp Student", "TechLaunch Academy", "2024-01", "2024-01"),
        ),
        ("Barista, Blue Bottle, May 2019", ("Barista", "Blue Bottle", "2019-05", "2019-05")),
    ],
)
def test_experience_one_date_closing_the_entry_line(
    line: str, entry: tuple[str, str, str, str]
) -> None:
    (found,) = parse_text(f"Experience\n{line}\n- Did things\n").experience
    assert (found.title, found.employer, found.start, found.end) == entry


def test_experience_single_date_needs_a_line_of_dates_alone() -> None:
    assert parse_text("Experience\nSenior Engineer\tAtlanta, GA 2019 plans\n").experience == ()


@pytest.mark.parametrize(
    ("body", "entries"),
    [
        (  # date first, the title below (an open start read as that month)
            "2016 / 09 - University of Bremen\nFullstack Javascript Engineer\n\n• Built\n\n"
            "2014 - 2016 - Globex GmbH Bremen\nIT Consultant\n",
            [
                ("Fullstack Javascript Engineer", "University of Bremen", "2016-09", "2016-09"),
                ("IT Consultant", "Globex GmbH Bremen", "2014-01", "2016-01"),
            ],
        ),
        (  # one date flush right after the employer
            "Simulation Training\tGetoq Consulting, 2011 / 11\n• Two days\n",
            [("Simulation Training", "Getoq Consulting", "2011-11", "2011-11")],
        ),
        (  # "Title @Company", German open end with a non-breaking hyphen
            "Datenanalyst @BetaSoft Technologies\n2023 \u2011 Heute San Francisco, CA\n• SQL\n",
            [("Datenanalyst", "BetaSoft Technologies", "2023-01", None)],
        ),
        (  # "Title (Employer)" with the dates set flush right
            "Student Assistant / Programmer (otulea.example.org)\t2010 - 2011\n"
            "Software Engineer (Contract)\tAcme Inc\t2012 - 2013\n",
            [
                ("Student Assistant / Programmer", "otulea.example.org", "2010-01", "2011-01"),
                ("Software Engineer (Contract)", "Acme Inc", "2012-01", "2013-01"),
            ],
        ),
        (  # a company name ends at its legal form: what follows is a place
            "FLAG Inc. California, America\t2012 – Present\nSummer Intern\n• Built\n\n"
            "Acme Inc. Austin, Texas\t2010 – 2011\nJunior Developer\n",
            [
                ("Summer Intern", "FLAG Inc.", "2012-01", None),
                ("Junior Developer", "Acme Inc.", "2010-01", "2011-01"),
            ],
        ),
        (  # Chinese: company word ends the employer, the city follows unspaced
            "黑科技公司上海\t2015年3月–2015年5月\n实习 经理: 高富帅\n• 实现了特性\n",
            [("实习 经理: 高富帅", "黑科技公司", "2015-03", "2015-05")],
        ),
    ],
)
def test_experience_more_layouts(
    body: str, entries: list[tuple[str | None, str | None, str | None, str | None]]
) -> None:
    assert _entries(body) == entries


def test_experience_bulleted_entry_line_under_the_organisation() -> None:
    """A label-column CV sets the organisation on its own line and the position as a
    bullet with the dates flush right; the bullet is the title, not a detail."""
    doc = parse_text(
        "Research Experience\n"
        "Institute for Advanced Research, Science College\n"
        "• Undergraduate Research Student, Science Department\tMay 2004 – May 2005\n"
        "• Project: Investigations on the Use of Lasers\n"
        "Other Work Experience\n"
        "Alpha Engineering Firm, Oakland, Ohio, USA\n"
        "• Project Officer, Department of Meteorological Sciences,\tOct 2007 – Jan 2008\n"
        "• Led a team of five engineers\n"
    )
    assert [(e.title, e.employer, e.start) for e in doc.experience] == [
        (
            "Undergraduate Research Student",
            "Institute for Advanced Research, Science College",
            "2004-05",
        ),
        ("Project Officer", "Alpha Engineering Firm", "2007-10"),
    ]


def test_experience_a_sentence_bullet_is_never_the_title() -> None:
    doc = parse_text(
        "Experience\nGlobex Systems\tBoston, MA\n"
        "• Led a team of five engineers on billing\tJan 2019 – Mar 2020\n"
    )
    (entry,) = doc.experience
    assert (entry.title, entry.employer) == (None, "Globex Systems")


@pytest.mark.parametrize(
    ("parts", "pair"),
    [
        (["Call Center Agent", "Acme"], ("Call Center Agent", "Acme")),
        (["Acme Research Labs", "Data Engineer"], ("Data Engineer", "Acme Research Labs")),
        (
            ["Lincoln High School", "Head of Department"],
            ("Head of Department", "Lincoln High School"),
        ),
        (
            ["University of Bremen", "Director of Studies"],
            ("Director of Studies", "University of Bremen"),
        ),
        (
            ["Registered Nurse", "Emergency Department"],
            ("Registered Nurse", "Emergency Department"),
        ),
        (
            ["Westside School District", "Paraprofessional"],
            ("Paraprofessional", "Westside School District"),
        ),
        (
            ["Gamma Systems Inc.", "Cybersecurity-Berater"],
            ("Cybersecurity-Berater", "Gamma Systems Inc."),
        ),
        (["Müller GmbH", "Softwareentwicklerin"], ("Softwareentwicklerin", "Müller GmbH")),
        (
            ["Bright Electric", "Journeyman Electrician"],
            ("Journeyman Electrician", "Bright Electric"),
        ),
    ],
)
def test_experience_title_by_its_head_word(
    parts: list[str], pair: tuple[str | None, str | None]
) -> None:
    assert split_title_employer(parts) == pair


def test_experience_template_entry_layouts_in_a_pdf() -> None:
    doc = parse(fx.entry_layouts())
    assert [(e.title, e.employer, e.start, e.end) for e in doc.experience] == [
        ("Operations Analyst", "Northwind Traders Inc.", "2019-01", None),
        ("Journeyman Electrician", "Bright Electric", "2016-04", "2016-04"),
        ("Safety Training", "Getoq Consulting", "2015-11", "2015-11"),
    ]


def test_experience_roles_under_one_employer_share_it() -> None:
    doc = parse_text(
        "Experience\nAcme Corp\tAustin, TX\nSenior Engineer\tJan 2020 – Present\n• Led x\n"
        "Engineer\tJan 2018 – Dec 2019\n• Built y\n\n"
        "Freelance Designer\t2015 – 2017\n• Logos\n"
    )
    assert [(e.title, e.employer) for e in doc.experience] == [
        ("Senior Engineer", "Acme Corp"),
        ("Engineer", "Acme Corp"),
        ("Freelance Designer", None),  # after a blank line: an entry of its own
    ]


def test_experience_parts_apart_by_runs_of_spaces() -> None:
    """Plain-text resumes line columns up with spaces."""
    assert _entries("Charge Nurse     Mercy Hospital     2016 - 2019\n• Triage") == [
        ("Charge Nurse", "Mercy Hospital", "2016-01", "2019-01")
    ]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "Quality Data Analyst - Buckeye Physician Alliance (ACO), Columbus, OH | 2022 - 2024",
            ("Quality Data Analyst", "Buckeye Physician Alliance"),
        ),
        (
            "Second Grade Teacher (Dual Immersion) - Sacramento City Unified (2019 - 2021)",
            ("Second Grade Teacher (Dual Immersion)", "Sacramento City Unified"),
        ),
        (
            "Bookkeeping (part-time), Osei Family Auto Repair, 2020 - 2021",
            ("Bookkeeping (part-time)", "Osei Family Auto Repair"),
        ),
        (
            "Backend Engineer, Basketly (online grocery), 2017 - 2021",
            ("Backend Engineer", "Basketly"),
        ),
        (
            "Fullstack Engineer (University of Bremen)\t2016 - 2019",
            ("Fullstack Engineer", "University of Bremen"),
        ),
        (
            "Scientific Employee / Software Development (University of Bremen)\t2012 - 2014",
            ("Scientific Employee / Software Development", "University of Bremen"),
        ),
        (
            "Simulation Training (Getoq Consulting)\tNov. 2011",
            ("Simulation Training", "Getoq Consulting"),
        ),
    ],
)
def test_experience_brackets_name_the_employer_or_note_a_part(
    line: str, pair: tuple[str, str]
) -> None:
    (entry,) = parse_text(f"Experience\n{line}\n• Did things\n").experience
    assert (entry.title, entry.employer) == pair


def test_experience_employer_line_above_a_title_with_its_dates_in_a_pdf() -> None:
    doc = parse(fx.header_entry_layouts())
    assert [(e.title, e.employer, e.start, e.end) for e in doc.experience] == [
        ("Registered Nurse, Medical-Surgical", "Banner Health", "2019-06", None),
        ("Instructional Aide", "Tucson Unified School District", "2016-08", "2019-05"),
        ("Apprentice Electrician", "Sparks Electric LLC", "2014-01", "2016-01"),
        ("Line Cook", "Denny's", "2012-03", "2013-12"),
    ]


@pytest.mark.parametrize(
    ("parts", "pair"),
    [
        (["Harbor Logistics", "Warehouse Picker"], ("Warehouse Picker", "Harbor Logistics")),
        (["Lakeside Hotel", "Front Desk Attendant"], ("Front Desk Attendant", "Lakeside Hotel")),
        (["State Farm Insurance", "Insurance Agent"], ("Insurance Agent", "State Farm Insurance")),
        (["Infosys Pvt Ltd", "Systems Engineer"], ("Systems Engineer", "Infosys Pvt Ltd")),
        (["Mercy General", "CNA"], ("CNA", "Mercy General")),
        (["US Army", "Sergeant"], ("Sergeant", "US Army")),
    ],
)
def test_experience_service_trade_and_care_roles(
    parts: list[str], pair: tuple[str | None, str | None]
) -> None:
    assert split_title_employer(parts) == pair


def test_experience_employer_above_with_a_place_the_rules_do_not_know() -> None:
    doc = parse_text(
        "Experience\nApollo Hospitals\tChennai, Tamil Nadu\n"
        "Registered Nurse, Cardiac ICU\tJun 2019 – Present\n• Cared\n\n"
        "Infosys\tBengaluru, Karnataka\nSoftware Engineer, Payments\t2016 – 2019\n• Built\n"
    )
    assert [(e.title, e.employer) for e in doc.experience] == [
        ("Registered Nurse, Cardiac ICU", "Apollo Hospitals"),
        ("Software Engineer, Payments", "Infosys"),
    ]


def test_experience_a_dated_remark_inside_an_entry_starts_no_entry() -> None:
    doc = parse_text(
        "Experience\nSoftware Engineer, Acme Corp\tJan 2016 – Dec 2020\n"
        "Promoted to Senior Engineer, 2019\n• Led payments\n"
    )
    assert [(e.title, e.start) for e in doc.experience] == [("Software Engineer", "2016-01")]


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Siemens AG Munich, Bavaria", ["Siemens AG"]),
        ("Acme Co. Boston, Massachusetts", ["Acme Co."]),
        ("Co Founder, Acme", ["Co Founder", "Acme"]),
        ("Stanford University, School of Medicine", ["Stanford University, School of Medicine"]),
    ],
)
def test_experience_line_parts_end_a_company_at_its_legal_form(line: str, parts: list[str]) -> None:
    assert line_parts(line) == parts
