"""The LaTeX macros the reader knows: what each means on the page a reader sees.

Resume classes and templates define their own macros; these tables say which ones are
section headings, entries (several fields of one position), bullets, personal data, and
which produce no text at all. A macro in none of them keeps the text of its arguments.
"""

from __future__ import annotations

__all__ = [
    "ARGS",
    "BREAKS",
    "BULLETS",
    "CLASS_ARGS",
    "CONTACT",
    "ENTRIES",
    "ENV_ARGS",
    "HEADINGS",
    "INCLUDES",
    "SILENT",
    "SKIPPED_ENVIRONMENTS",
]

# Argument specs (pylatexenc notation: "{" mandatory, "[" optional, "*" star) of macros the
# default pylatexenc context does not know; a \newcommand in the source overrides them.
ARGS: dict[str, str] = {
    # sections of resume classes
    "cvsection": "{",
    "cvsubsection": "{",
    "sectiontitle": "{",
    # entries: moderncv (6 fields), awesome-cv (5), "resumeSubheading" templates (4)
    "cventry": "[{{{{{{",
    "cvitem": "[{{",
    "cvitemwithcomment": "[{{{",
    "cvdoubleitem": "[{{{{",
    "cvlistitem": "[{",
    "cvlistdoubleitem": "[{{",
    "cvcolumn": "[{{",
    "cvhonor": "{{{{",
    "cvskill": "{{",
    "resumeSubheading": "{{{{",
    "resumeSubSubheading": "{{",
    "resumeProjectHeading": "{{",
    "resumeItem": "{",
    "resumeSubItem": "{",
    "cvevent": "{{{{",
    "cvtag": "{",
    "cvachievement": "{{{",
    "datedsubsection": "{{",
    "runsubsection": "{",
    "descript": "{",
    # personal data (moderncv, awesome-cv, altacv)
    "name": "{",  # moderncv's and awesome-cv's take two: CLASS_ARGS
    "firstname": "{",
    "familyname": "{",
    "position": "{",
    "address": "{",  # moderncv's takes three: CLASS_ARGS
    "phone": "[{",
    "mobile": "{",
    "email": "{",
    "homepage": "{",
    "social": "[[{",
    "linkedin": "{",
    "github": "{",
    "quote": "{",
    "photo": "[[{",
    "tagline": "{",
    "personalinfo": "{",
    "location": "{",
    "href": "{{",
    "url": "{",
    "includegraphics": "[{",
    "titleformat": "*{[{{{{[",
    "titlespacing": "*{{{{",
    "setlength": "{{",
    "addtolength": "{{",
    "geometry": "{",
    "definecolor": "{{{",
    "colorlet": "{{",
    "color": "[{",
    "textcolor": "[{{",
    "pagestyle": "{",
    "thispagestyle": "{",
    "moderncvstyle": "{",
    "moderncvcolor": "{",
    "moderncvtheme": "[{",
    "colorizelinks": "[",
    "setcolumnwidth": "{",
    "fontsize": "{{",
    "fontfamily": "{",
    "hypersetup": "{",
    "import": "{{",
    "subfile": "{",
    "NewDocumentCommand": "{{{",
    "RenewDocumentCommand": "{{{",
    "newenvironment": "*{[[{{",
    "renewenvironment": "*{[[{{",
    "newlength": "{",
    "setcounter": "{{",
    "raisebox": "{",
    "faIcon": "[{",
    "cite": "[{",
    "nocite": "{",
    "bibliography": "{",
    "bibliographystyle": "{",
    "extrainfo": "{",
    "columnratio": "{",
    "divider": "",
}

ENV_ARGS: dict[str, str] = {
    "minipage": "[[[{",
    "paracol": "{",
    "multicols": "{",
    "tabularx": "{{",
    "tabular*": "{[{",
    "cvcolumns": "",
    "wrapfigure": "[{[{",
}
"""Argument specs of layout environments (their arguments are widths, not text)."""

CLASS_ARGS: dict[str, dict[str, str]] = {
    "moderncv": {"address": "{{{", "name": "{{"},
    "awesome-cv": {"name": "{{"},
}
"""Argument specs that differ by document class."""

HEADINGS = frozenset({"section", "cvsection", "sectiontitle", "chapter"})
"""Macros whose (last) argument is a section heading."""

ENTRIES = frozenset(
    {
        "cventry", "cvitem", "cvitemwithcomment", "cvdoubleitem", "cvlistdoubleitem",
        "cvhonor", "cvskill", "resumeSubheading", "resumeSubSubheading",
        "resumeProjectHeading", "cvevent", "cvachievement", "datedsubsection", "cvcolumn",
    }
)  # fmt: skip
"""Macros whose arguments are the fields of one entry (title, employer, dates, place...)."""

BULLETS = frozenset({"resumeItem", "resumeSubItem", "cvlistitem", "item"})

CONTACT = frozenset(
    {
        "name", "firstname", "familyname", "position", "address", "phone", "mobile",
        "email", "homepage", "social", "linkedin", "github", "tagline", "personalinfo",
    }
)  # fmt: skip
"""Personal data given in the preamble (moderncv, awesome-cv); shown at the top."""

INCLUDES = frozenset({"input", "include", "subfile", "import"})

BREAKS = frozenset(
    {"\\", "newline", "linebreak", "par", "cr", "bigskip", "medskip", "smallskip", "vspace",
     "columnbreak", "switchcolumn", "newpage", "clearpage", "pagebreak", "hline", "cvline"}
)  # fmt: skip

SILENT = frozenset(
    {
        "documentclass", "usepackage", "RequirePackage", "newcommand", "renewcommand",
        "providecommand", "NewDocumentCommand", "RenewDocumentCommand", "newenvironment",
        "renewenvironment", "def", "let", "setlength", "addtolength", "geometry",
        "definecolor", "colorlet", "color", "pagestyle", "thispagestyle", "moderncvstyle",
        "moderncvcolor", "moderncvtheme", "colorizelinks", "setcolumnwidth", "fontsize",
        "fontfamily", "hypersetup", "titleformat", "titlespacing", "includegraphics",
        "photo", "label", "vspace", "hspace", "newlength", "setcounter", "raisebox",
        "faIcon", "quote", "pdfgentounicode", "cite", "nocite", "bibliography",
        "bibliographystyle", "columnratio", "input", "include", "selectfont",
        "makecvtitle", "makecvheader", "maketitle", "urlstyle", "raggedright", "centering",
        "small", "footnotesize", "scriptsize", "tiny", "large", "Large", "LARGE", "huge",
        "Huge", "normalsize", "bfseries", "itshape", "scshape", "noindent",
    }
)  # fmt: skip
"""Macros that produce no reader-visible text (their arguments are not text)."""

SKIPPED_ENVIRONMENTS = frozenset({"comment", "figure", "tikzpicture", "verbatim"})
