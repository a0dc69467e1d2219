"""Generated sidebar resumes: the column layouts of real templates, as look-alikes.

Each variant is one page (US Letter) with a sidebar and a main column, written with fpdf2
from tests/data/jsonresume/sample.resume.json. What varies is what broke column reading
on real templates: the sidebar's side (left or right) and width, whether it is shorter or
longer than the main column, a coloured background behind it, a header band over both
columns, headings at the same height in both columns set in colour (not bold), entry
titles with dates set flush right, and a main-column line that runs past the column's
usual right edge into the gutter. The flows record the reading order a person follows:
the header band, then the left column, then the right one.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.parse.pdf_fixtures import Written, _new_pdf, _plain, _Writer, load_resume

__all__ = ["VARIANTS", "Sidebar", "sidebar_resume"]

_PAGE_WIDTH = 215.9  # mm, US Letter
_MARGIN = 12.0
_GUTTER = 8.0


@dataclass(frozen=True)
class Sidebar:
    """One sidebar layout (widths in mm)."""

    side: str = "left"
    width: float = 55.0
    longer: bool = False
    background: bool = False
    band: bool = False
    colour_headings: bool = False
    overshoot: bool = False
    same_leading: bool = False  # both columns in 10 pt on a 5 mm leading: shared baselines


VARIANTS: dict[str, Sidebar] = {
    "left_narrow": Sidebar(side="left", width=50),
    "left_wide": Sidebar(side="left", width=85),
    "right_narrow": Sidebar(side="right", width=50),
    "right_wide": Sidebar(side="right", width=80, colour_headings=True),
    "left_longer": Sidebar(side="left", longer=True),
    "right_longer_background": Sidebar(side="right", longer=True, background=True),
    "left_background_band": Sidebar(side="left", background=True, band=True),
    "right_band_colour_headings": Sidebar(side="right", band=True, colour_headings=True),
    "left_overshoot": Sidebar(side="left", overshoot=True),
    "right_overshoot_background": Sidebar(side="right", overshoot=True, background=True),
    "right_same_leading_background": Sidebar(side="right", same_leading=True, background=True),
    "left_same_leading": Sidebar(side="left", width=60, same_leading=True),
}


def _heading(w: _Writer, flow: str, text: str, *, x: float, colour: bool, size: float) -> None:
    w.pdf.ln(2)
    if colour:
        with w.pdf.local_context(text_color=(20, 110, 160)):
            w.line(flow, text.upper(), size=size, style="", x=x, height=7)
    else:
        w.line(flow, text.upper(), size=size, style="B", x=x, height=7)


def _sidebar(w: _Writer, layout: Sidebar, *, x: float, top: float) -> None:
    resume = load_resume()
    basics = resume["basics"]
    w.pdf.set_y(top)
    size = 10 if layout.same_leading else 9
    para = {"x": x, "width": layout.width, "size": size, "height": size / 2}
    _heading(w, "side", "Contact", x=x, colour=layout.colour_headings, size=11)
    place = basics["location"]
    for text in (basics["email"], basics["phone"], f"{place['city']}, {place['region']}"):
        w.para("side", text, **para)
    _heading(w, "side", "Skills", x=x, colour=layout.colour_headings, size=11)
    for skill in resume["skills"]:
        w.para("side", f"{skill['name']}: {', '.join(skill['keywords'])}", **para)
    _heading(w, "side", "Languages", x=x, colour=layout.colour_headings, size=11)
    for language in resume["languages"]:
        w.para("side", f"{language['language']}: {language['fluency']}", **para)
    if layout.longer:
        _heading(w, "side", "Interests", x=x, colour=layout.colour_headings, size=11)
        for interest in resume["interests"] * 6:
            w.para("side", f"{interest['name']}: {', '.join(interest['keywords'])}", **para)
        for award in resume["awards"] * 4:
            w.para("side", f"{award['title']} ({award['awarder']})", **para)


def _main(w: _Writer, layout: Sidebar, *, x: float, width: float, top: float) -> None:
    resume = load_resume()
    w.pdf.set_y(top)
    colour = layout.colour_headings
    if not layout.band:
        w.line("main", resume["basics"]["name"], size=20, style="B", x=x, height=10)
    _heading(w, "main", "Experience", x=x, colour=colour, size=12)
    for job in resume["work"] + resume["volunteer"]:
        employer = job.get("name") or job.get("organization")
        dates = f"{job['startDate'][:7]} - {job.get('endDate', '')[:7] or 'present'}"
        w.pair("main", f"{job['position']}, {employer}", dates, x=x, width=width)
        for item in job["highlights"]:
            size = 10 if layout.same_leading else 9.5
            w.para("main", f"- {item}", x=x, width=width, size=size, height=size / 2)
    _heading(w, "main", "Education", x=x, colour=colour, size=12)
    for school in resume["education"]:
        dates = f"{school['startDate'][:7]} - {school['endDate'][:7]}"
        w.pair("main", f"{school['studyType']}, {school['area']}", dates, x=x, width=width)
        w.line("main", school["institution"], x=x, width=width)
    if layout.overshoot:
        # A right-aligned date that runs 5 mm past the column into the gutter.
        w.pair("main", "Certified Cloud Practitioner", "2021-04 - 2024-04", x=x, width=width + 5)


def sidebar_resume(layout: Sidebar) -> Written:
    """A one-page resume with a sidebar laid out as ``layout`` says."""
    resume = load_resume()
    pdf = _new_pdf()
    w = _Writer(pdf)
    pdf.set_auto_page_break(False)
    top = 15.0
    if layout.band:
        with pdf.local_context(fill_color=(230, 236, 242)):
            pdf.rect(0, 0, _PAGE_WIDTH, 34, style="F")
        pdf.set_y(10)
        w.line("top", resume["basics"]["name"], size=20, style="B", height=10)
        w.line("top", _plain(resume["basics"]["label"]), size=12, height=6)
        top = 40.0
    main_width = _PAGE_WIDTH - 2 * _MARGIN - _GUTTER - layout.width
    if layout.side == "left":
        side_x, main_x = _MARGIN, _MARGIN + layout.width + _GUTTER
    else:
        main_x, side_x = _MARGIN, _MARGIN + main_width + _GUTTER
    if layout.background:
        with pdf.local_context(fill_color=(40, 120, 90)):
            pdf.rect(side_x - _GUTTER / 2, top - 4, layout.width + _GUTTER, 279.4 - top, "F")
    flows = ("side", "main") if layout.side == "left" else ("main", "side")
    for flow in flows:
        pdf.set_left_margin(main_x if flow == "main" else side_x)
        if flow == "main":
            _main(w, layout, x=main_x, width=main_width, top=top)
        else:
            _sidebar(w, layout, x=side_x, top=top)
    ordered = {name: w.flows[name] for name in ("top", *flows) if name in w.flows}
    return Written(bytes(pdf.output()), ordered)
