from __future__ import annotations

import pytest

from atsmatch.parse.structure.contact import find_contact, find_location, find_name, find_phone


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Call +1 (555) 014-2231 today", "+1 (555) 014-2231"),
        ("(912) 555-4321", "(912) 555-4321"),
        ("555-123-4567", "555-123-4567"),
        ("555.123.4567", "555.123.4567"),
        ("+44 20 7946 0958", "+44 20 7946 0958"),
        ("+49 30 12345678", "+49 30 12345678"),
        ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("+4915112345678", "+4915112345678"),
        ("Tel: 030 1234 5678", "030 1234 5678"),
        ("2017 - 2019", None),
        ("2020-01-15", None),
        ("Team of 12, budget 250 000", None),
        ("ID 12345", None),
    ],
)
def test_contact_phone_formats(text: str, phone: str | None) -> None:
    assert find_phone(text) == phone


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Jane Doe", "jane@x.com"], "Jane Doe"),
        (["JANE DOE", "Engineer"], "JANE DOE"),
        (["Resume", "Mary-Ann O'Neil"], "Mary-Ann O'Neil"),
        (["Ludwig van Beethoven | Composer"], "Ludwig van Beethoven"),
        (["J. R. Smith • jr@x.com"], "J. R. Smith"),
        (["Curriculum Vitae", "Senior Software Engineer", "Ana Lima"], "Ana Lima"),
        (["jane@x.com", "Experience"], None),
        (["Иван Петров", "ivan@x.ru"], "Иван Петров"),
        (["Zoë Ødegård-Núñez"], "Zoë Ødegård-Núñez"),
        (["Built 3 APIs in Go"], None),
    ],
)
def test_contact_name(lines: list[str], name: str | None) -> None:
    assert find_name(lines) == name


@pytest.mark.parametrize(
    ("line", "location"),
    [
        ("Austin, TX 78701 | jo@x.com", "Austin, TX 78701"),
        ("San Francisco, CA", "San Francisco, CA"),
        ("Berlin, Germany", "Berlin, Germany"),
        ("Toronto, ON", "Toronto, ON"),
        ("2712 Broadway St, CA 94115", None),
        ("123 Main Street, Springfield, IL 62701", "Springfield, IL 62701"),
        ("2712 Broadway St, San Francisco, California CA 94115", "San Francisco, California"),
        ("Python, Go", None),
    ],
)
def test_contact_location(line: str, location: str | None) -> None:
    assert find_location([line]) == location


def test_contact_all_fields() -> None:
    text = (
        "Jordan Rivera\n"
        "jordan.rivera@example.com | +1 (555) 014-2231 | linkedin.com/in/jordan-rivera/\n"
        "https://github.com/jrivera · jordan.dev · Austin, TX\n"
        "Summary\n"
        "Engineer. See https://example.org/talk for a talk.\n"
    )
    contact = find_contact(text, first_section=text.index("Summary"))
    assert contact.name == "Jordan Rivera"
    assert contact.email == "jordan.rivera@example.com"
    assert contact.phone == "+1 (555) 014-2231"
    assert contact.linkedin == "linkedin.com/in/jordan-rivera"
    assert contact.github == "https://github.com/jrivera"
    assert contact.urls == ("jordan.dev",)
    assert contact.location == "Austin, TX"


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Tel: (+82) 10-1234-5678 | kim@mail.kr", "(+82) 10-1234-5678"),
        ("+1\u2011555\u2011014\u20112231", "+1\u2011555\u2011014\u20112231"),
        ("phone 010\u20101234\u20105678", "010\u20101234\u20105678"),
        ("+39 0325658974", "+39 0325658974"),
        ("+212 6 22 90 22 21", "+212 6 22 90 22 21"),
    ],
)
def test_contact_phone_with_unicode_hyphens_and_prefixes_kept_whole(text: str, phone: str) -> None:
    assert find_phone(text) == phone


@pytest.mark.parametrize("text", ["(+86) 131-221-87xxx", "+49 176 313 *** **"])
def test_contact_masked_phone_is_no_phone(text: str) -> None:
    assert find_phone(text) is None


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["Curriculum Vitae\tJohn Doe", "Personal Information"], "John Doe"),
        (["JANE DOE RESUME", "jane@mail.com"], "JANE DOE"),
        (["Jane Doe\tEmail: jane@mail.com"], "Jane Doe"),
    ],
)
def test_contact_name_on_a_line_with_other_text(lines: list[str], name: str) -> None:
    assert find_name(lines) == name


def test_contact_location_on_the_email_line() -> None:
    line = "Pleasantville, CA 94588 (555) 123-4567 john.doe@gmail.com https://johndoe.me/"
    assert find_location([line]) == "Pleasantville, CA 94588"


@pytest.mark.parametrize(
    ("line", "location"),
    [
        (
            "17 Prime Avenue, Apt 37, Springfield, Pennsylvania 10111, USA",
            "Springfield, Pennsylvania 10111",
        ),
        ("Halifax, Nova Scotia", "Halifax, Nova Scotia"),
        ("Charleston, West Virginia", "Charleston, West Virginia"),
    ],
)
def test_contact_location_with_a_state_or_province_by_name(line: str, location: str) -> None:
    assert find_location([line]) == location


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Alice", "Alice"),  # one word, in the largest type
        ("王小明", "王小明"),  # no capitals in the script
        ("JANE DOE RESUME", "JANE DOE"),
        ("Experience", None),  # a heading
        ("Curriculum Vitae", None),
        ("Senior Engineer", None),
        ("2024", None),
        ("JD", None),  # a monogram
        ("Hello!", None),
        ("Hello, I'm Ana", None),
    ],
)
def test_contact_name_from_the_largest_type(title: str, name: str | None) -> None:
    text = f"street and number\npostcode city\nSome Place\n{title}\njo@example.com\nSkills\nGo\n"
    start = text.index(title)
    contact = find_contact(
        text, first_section=text.index("Skills"), title=(start, start + len(title))
    )
    # without a name in the title, the first name-like line of the contact area is taken
    assert contact.name == (name or "Some Place")


@pytest.mark.parametrize(
    ("lines", "location"),
    [
        (["26 November 1865", "United Kingdom", "+39 0325658974"], "United Kingdom"),
        (["ACHRAF NAJMI\tCasablanca, Maroc\tgithub.com/x"], "Casablanca, Maroc"),
        (["München, Deutschland"], "München, Deutschland"),
        (["Montréal, Quebec"], "Montréal, Quebec"),
        (["London, Royaume-Uni"], "London, Royaume-Uni"),
        (["Remote"], None),
        (["Georgia", "Smith"], None),  # a first name, too
        (["USA"], None),
    ],
)
def test_contact_location_as_a_bare_country_or_in_another_language(
    lines: list[str], location: str | None
) -> None:
    assert find_location(lines) == location


def test_contact_location_from_a_contact_section_of_a_sidebar() -> None:
    from atsmatch.parse.structure.sections import find_sections

    text = (
        "JAN DOE\n\nEXPERIENCE\nEngineer at Acme, 2019 - 2024\n\n"
        "CONTACT\nBremen, Germany\njan@example.com\nhttps://jan.example.org/\n\nSKILLS\nGo\n"
    )
    sections = find_sections(text, layout=(text.index("CONTACT"),))
    assert "CONTACT" in [s.heading for s in sections]
    first = sections[0].start
    assert find_contact(text, first_section=first).location is None
    contact = find_contact(text, first_section=first, sections=sections)
    assert contact.location == "Bremen, Germany"
    assert contact.urls == ("https://jan.example.org/",)
    assert contact.name == "JAN DOE"
