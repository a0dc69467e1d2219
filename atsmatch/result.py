"""Value types produced by :func:`atsmatch.match` and :func:`atsmatch.match_many`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, TextIO

from atsmatch.document import Diagnostic
from atsmatch.errors import InputError
from atsmatch.profile import Category, Importance, Mention

if TYPE_CHECKING:
    from atsmatch.profile import Profile

__all__ = [
    "Advice",
    "Coverage",
    "Knockout",
    "Match",
    "MatchMatrix",
    "PairSource",
    "Term",
    "TermCategory",
    "TermStatus",
]

TermStatus = Literal["matched", "partial", "missing"]
TermCategory = Category | Literal["keyword", "experience", "title"]
"""A term's category: a concept category, a non-taxonomy ``keyword``, or the job's
``experience`` (minimum years) and ``title`` terms."""


@dataclass(frozen=True, slots=True)
class Term:
    """One job term and how the resume covers it.

    ``weight`` is the term's share of the score before normalisation; ``credit`` (0..1) is
    how much of it the resume earned; ``via`` says how it matched (``exact``, ``alias``,
    ``lemma``, ``acronym``, ``fuzzy``, ``related``, or ``None`` when missing); ``gain`` is the
    points the overall score would rise by if the term were added.

    ``group`` is the subscore the term counts in; ``literal`` is true when the job's own
    wording of the term appears verbatim in the resume (what a plain keyword search sees);
    ``job_count``/``resume_count`` count the mentions on each side; ``skills_only`` marks a
    term the resume lists only under Skills (or the summary), never in experience or
    projects; ``job_forms`` are the job's wordings of the term; ``years_asked`` is the
    minimum years the job asks for this skill and ``months_found`` the months of experience
    the resume's dated entries show with it (``None`` when unknown).
    """

    id: str
    name: str
    category: TermCategory
    importance: Importance
    weight: float
    status: TermStatus
    credit: float
    via: str | None = None
    job_mentions: tuple[Mention, ...] = ()
    resume_mentions: tuple[Mention, ...] = ()
    gain: float = 0.0
    group: str = ""
    literal: bool = False
    job_count: int = 0
    resume_count: int = 0
    skills_only: bool = False
    job_forms: tuple[str, ...] = ()
    years_asked: float | None = None
    months_found: int | None = None
    alternatives: tuple[str, ...] = ()
    """Ids of the job's terms it accepts instead ("Python or Go"); one of them is enough."""


@dataclass(frozen=True, slots=True)
class Knockout:
    """A hard requirement the resume fails: an ATS would filter the application out.

    ``kind`` is ``degree``, ``certification`` or ``years``; ``required`` and ``found`` say
    what the job asks and what the resume shows; ``term_id`` names the term concerned.
    """

    kind: str
    message: str
    required: str = ""
    found: str = ""
    term_id: str | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    """How much of the job the resume covers, as a share of term weight (0-100).

    ``concept``: terms matched as the same concept (synonyms, acronyms, lemmas count);
    ``literal``: terms whose job wording appears verbatim in the resume text. The counts are
    of terms, unweighted.
    """

    concept: float
    literal: float
    terms: int
    concept_terms: int
    literal_terms: int


@dataclass(frozen=True, slots=True)
class Advice:
    """One finding of the gap report, most useful first.

    ``kind``: ``knockout``, ``missing``, ``partial``, ``wording``, ``skill-years``,
    ``skills-only``, ``stuffing``, ``hidden-text`` or ``low-confidence``; ``gain`` is the
    points the change would add (0 when it does not change the score).
    """

    kind: str
    message: str
    term_id: str | None = None
    gain: float = 0.0


@dataclass(frozen=True, slots=True)
class Match:
    """The result of screening one resume against one job (docs/scoring.md).

    ``score`` (0-100) is the weighted sum of the terms' credits, capped by the ATS profile's
    ``knockout_cap`` when a knockout fires; ``raw_score`` is the uncapped sum. ``coverage``
    holds concept and literal coverage; ``advice`` the gap report's findings, most useful
    first (``suggestions`` holds their messages); ``low_confidence`` is set, with
    ``confidence_notes`` saying why, when too little was extracted to judge; ``ats`` names
    the ATS profile used.
    """

    score: float
    subscores: Mapping[str, float]
    terms: tuple[Term, ...]
    knockouts: tuple[Knockout, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    suggestions: tuple[str, ...] = ()
    low_confidence: bool = False
    coverage: Coverage | None = None
    advice: tuple[Advice, ...] = ()
    confidence_notes: tuple[str, ...] = ()
    ats: str = "generic"
    raw_score: float | None = None
    similarity: float | None = None
    """The text-similarity credit (0..1) that counts like a term of weight
    ``similarity_weight`` (docs/scoring.md); None when it is switched off."""
    similarity_weight: float = 0.0
    """The weight the similarity carried for this pair (``MatchConfig.similarity_weight``
    scaled down for short documents)."""
    similarity_words: tuple[str, ...] = ()
    """The words resume and job share that add most to that similarity."""
    resume: Profile | None = field(default=None, compare=False, repr=False)
    job: Profile | None = field(default=None, compare=False, repr=False)

    @property
    def filtered_out(self) -> bool:
        """True when a knockout means an ATS would filter the application out."""
        return bool(self.knockouts)

    @property
    def matched(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.status == "matched")

    @property
    def partial(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.status == "partial")

    @property
    def missing(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.status == "missing")


class PairSource(Protocol):
    """What a :class:`MatchMatrix` asks its batch engine for, one pair at a time."""

    @property
    def groups(self) -> tuple[str, ...]:
        """The subscore groups, in report order."""

    def terms(self, i: int, j: int) -> Sequence[Term]: ...

    def knockouts(self, i: int, j: int) -> tuple[Knockout, ...]: ...

    def subscores(self, i: int, j: int) -> Mapping[str, float]: ...

    def match_of(self, i: int, j: int) -> Match: ...


@dataclass(frozen=True, slots=True)
class MatchMatrix:
    """Scores of many resumes against many jobs (:func:`atsmatch.match_many`).

    ``scores[i, j]`` is ``match(resumes[i], jobs[j]).score`` (a numpy array) and
    ``filtered_out[i, j]`` its ``filtered_out``; rows or columns whose input failed hold NaN
    (and False) and the cause is in ``errors`` keyed by ``(axis, index)`` with axis
    ``"resume"`` or ``"job"``. Per pair, :meth:`subscores`, :meth:`knockouts`,
    :meth:`missing` and :meth:`terms` are computed on demand, and :meth:`match_of` gives the
    full :class:`Match` (when the profiles were kept). A resume's scores are comparable
    across jobs: each is the share of that job's weight the resume covers.
    """

    scores: Any
    resumes: tuple[str, ...]
    jobs: tuple[str, ...]
    errors: Mapping[tuple[str, int], str] = field(default_factory=dict)
    filtered_out: Any = None
    source: PairSource | None = field(default=None, compare=False, repr=False)
    first: int = 0
    """For a part of a batch (:func:`atsmatch.batch.match_chunks`): the index of its first
    resume in the whole batch."""

    def __getitem__(self, key: tuple[int, int]) -> float:
        return float(self.scores[key])

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.resumes), len(self.jobs))

    def ok(self, i: int, j: int) -> bool:
        """True when both inputs of the pair were read (its score is a number)."""
        return ("resume", i) not in self.errors and ("job", j) not in self.errors

    def _source(self, i: int, j: int) -> PairSource:
        if self.source is None:
            raise InputError("this MatchMatrix holds scores only (no batch engine attached)")
        if not self.ok(i, j):
            cause = self.errors.get(("resume", i)) or self.errors.get(("job", j))
            raise InputError(f"pair ({i}, {j}) has no result: {cause}")
        return self.source

    def terms(self, i: int, j: int) -> tuple[Term, ...]:
        """Job ``j``'s terms with resume ``i``'s credit, status and gain."""
        return tuple(self._source(i, j).terms(i, j))

    def knockouts(self, i: int, j: int) -> tuple[Knockout, ...]:
        """Why resume ``i`` is filtered out of job ``j`` (empty when it is not)."""
        return self._source(i, j).knockouts(i, j)

    def subscores(self, i: int, j: int) -> Mapping[str, float]:
        return self._source(i, j).subscores(i, j)

    def missing(self, i: int, j: int, k: int = 5) -> tuple[Term, ...]:
        """The ``k`` terms not matched that would add the most points, best first."""
        open_terms = [t for t in self.terms(i, j) if t.status != "matched"]
        open_terms.sort(key=lambda t: (-t.gain, t.id))
        return tuple(open_terms[:k])

    def match_of(self, i: int, j: int) -> Match:
        """The full :class:`Match` of resume ``i`` and job ``j`` (same score as the matrix)."""
        return self._source(i, j).match_of(i, j)

    def top(self, k: int = 10, *, per: Literal["job", "resume"] = "job") -> list[list[int]]:
        """For each job, the indices of its ``k`` best resumes (``per="resume"``: for each
        resume, its ``k`` best jobs), best first; ties go to the lower index; failed
        inputs are left out."""
        import numpy as np

        table = self.scores if per == "job" else self.scores.T
        missing = np.isnan(table)
        # best first; a stable sort keeps ties in index order; NaN last, then left out
        order = np.argsort(np.where(missing, np.inf, -table), axis=0, kind="stable")[: max(k, 0)]
        kept = ~np.take_along_axis(missing, order, axis=0)
        return [
            [int(x) for x, ok in zip(order[:, c], kept[:, c], strict=True) if ok]
            for c in range(table.shape[1])
        ]

    def write_csv(
        self, out: TextIO, *, per: Literal["job", "resume"] = "job", top: int | None = None
    ) -> int:
        """Write one row per pair (ranked per job or per resume; errors as rows) as CSV;
        returns the number of rows. Needs no pandas."""
        from atsmatch.serialize.matrix import write_csv

        return write_csv(self, out, per=per, top=top)

    def write_jsonl(
        self, out: TextIO, *, per: Literal["job", "resume"] = "job", top: int | None = None
    ) -> int:
        """Write one JSON object per pair (and per failed input) a line; see write_csv."""
        from atsmatch.serialize.matrix import write_jsonl

        return write_jsonl(self, out, per=per, top=top)
