"""atsmatch: see what an Applicant Tracking System makes of a resume, offline.

    >>> import atsmatch
    >>> result = atsmatch.match("resume.pdf", "job.txt")      # doctest: +SKIP
    >>> print(atsmatch.render(result, format="markdown"))     # doctest: +SKIP

Importing this package is cheap: spaCy, scikit-learn, scipy, pdfminer and python-docx are
imported only by the functions that need them, and the batch engine (``match_many``) only
when it is first used.
"""

from typing import TYPE_CHECKING

from atsmatch._lazy import lazy_exports
from atsmatch._version import __version__
from atsmatch.config import MatchConfig
from atsmatch.document import Diagnostic, Document, Section, Span
from atsmatch.errors import (
    AtsmatchError,
    ConfigError,
    InputError,
    ParseError,
    SourceNotFoundError,
    TaxonomyError,
)
from atsmatch.extract import extract
from atsmatch.parse import ParseLimits, parse
from atsmatch.profile import Concept, Degree, Keyword, Mention, Profile, Requirement, Skill
from atsmatch.report import render
from atsmatch.result import Knockout, Match, MatchMatrix, Term
from atsmatch.score import match
from atsmatch.taxonomy import Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from atsmatch.batch import match_many

__all__ = [
    "AtsmatchError",
    "Concept",
    "ConfigError",
    "Degree",
    "Diagnostic",
    "Document",
    "InputError",
    "Keyword",
    "Knockout",
    "Match",
    "MatchConfig",
    "MatchMatrix",
    "Mention",
    "ParseError",
    "ParseLimits",
    "Profile",
    "Requirement",
    "Section",
    "Skill",
    "SourceNotFoundError",
    "Span",
    "Taxonomy",
    "TaxonomyError",
    "Term",
    "__version__",
    "extract",
    "load_taxonomy",
    "match",
    "match_many",
    "parse",
    "render",
]

__getattr__, __dir__ = lazy_exports(__name__, {"match_many": "atsmatch.batch"}, __all__)
