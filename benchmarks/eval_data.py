"""The hand-written evaluation set of benchmarks/data/eval: loading, checking, term matching.

The format is described in benchmarks/data/eval/README.md. :func:`load_eval_set` reads every
``expectations/*.yaml`` file, checks it (files exist, zone anchors occur in order, ranks and
knockout kinds are well formed, ids are unique and resolve) and raises :class:`EvalDataError`
naming the file and the cause on the first problem. Terms are compared by label or alias,
case-insensitively, so that expectations do not depend on internal concept ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

DATA_ROOT = Path(__file__).resolve().parent / "data" / "eval"

ZONE_KINDS = frozenset(
    {
        "title", "about", "summary", "responsibilities", "requirements", "nice_to_have",
        "benefits", "compensation", "location", "schedule", "physical", "eeo", "apply",
    }
)  # fmt: skip
JUNK_ZONES = frozenset(
    {"about", "benefits", "compensation", "location", "schedule", "physical", "eeo", "apply"}
)
"""Zones that must produce no terms: a term mentioned only there is junk."""
TERM_ZONES = frozenset({"responsibilities", "requirements", "nice_to_have"})
KNOCKOUT_KINDS = frozenset({"degree", "certification", "years"})
FITS = frozenset({"strong", "partial", "off-field"})

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML has it (several times faster), else the pure one."""

Alternatives = tuple[str, ...]
"""One expected term: any of these labels satisfies it."""


class EvalDataError(ValueError):
    """The evaluation set is malformed; the message names the file and the cause."""


@dataclass(frozen=True, slots=True)
class KnockoutSpec:
    kind: str
    about: Alternatives = ()


@dataclass(frozen=True, slots=True)
class PairSpec:
    resume: str
    rank: int
    fit: str
    not_missing: tuple[Alternatives, ...] = ()
    gaps: tuple[Alternatives, ...] = ()
    knockouts: tuple[KnockoutSpec, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class JobSpec:
    id: str
    file: Path
    occupation: str
    zones: tuple[tuple[str, str], ...]
    must_find: tuple[Alternatives, ...]
    must_not_find: tuple[str, ...]
    resumes: tuple[PairSpec, ...]
    source: Path


@dataclass(frozen=True, slots=True)
class JobOrder:
    resume: str
    order: tuple[Alternatives, ...]
    """Job ids, best fit first; ids in one inner tuple are tied."""


@dataclass(frozen=True, slots=True)
class EvalSet:
    root: Path
    jobs: tuple[JobSpec, ...]
    job_orders: tuple[JobOrder, ...]
    resume_files: Mapping[str, Path]

    def job(self, job_id: str) -> JobSpec:
        return next(j for j in self.jobs if j.id == job_id)

    def subset(self, job_ids: Iterable[str]) -> EvalSet:
        """Only these jobs, their resumes, and the job orders restricted to them."""
        keep = set(job_ids)
        unknown = keep - {j.id for j in self.jobs}
        if unknown:
            raise EvalDataError(f"unknown job id(s): {', '.join(sorted(unknown))}")
        orders = []
        for o in self.job_orders:
            groups = tuple(g for g in (tuple(x for x in grp if x in keep) for grp in o.order) if g)
            if len(groups) >= 2:
                orders.append(JobOrder(o.resume, groups))
        return EvalSet(
            self.root, tuple(j for j in self.jobs if j.id in keep), tuple(orders), self.resume_files
        )


# --- term labels ---------------------------------------------------------------------------

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-"})


def term_key(text: str) -> str:
    """The comparison form of a label: case-folded, one space between words, no edge
    punctuation, a plural "s" dropped from words longer than three letters."""
    text = " ".join(text.translate(_QUOTES).casefold().split()).strip(" .,;:!?*")
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in text.split())


def _words(key: str) -> list[str]:
    return re.findall(r"[\w+#./()'-]+", key)


def contains_words(haystack: str, needle: str) -> bool:
    """``needle`` occurs in ``haystack`` as a whole-word sequence (both already keys)."""
    big, small = _words(haystack), _words(needle)
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


def satisfies(spec: Alternatives, labels: Iterable[str]) -> bool:
    """Some label of a term equals one of the spec's alternatives."""
    keys = {term_key(a) for a in spec}
    return any(term_key(label) in keys for label in labels)


def is_listed_junk(labels: Iterable[str], junk: Sequence[str]) -> bool:
    """A label equals a must-not-find phrase or holds it as a word sequence ("commuter
    benefit" in "$150/month commuter benefit")."""
    phrases = [term_key(p) for p in junk]
    for label in labels:
        key = term_key(label)
        if key and any(key == p or contains_words(key, p) for p in phrases):
            return True
    return False


# --- loading and checking ------------------------------------------------------------------


def _fail(source: Path, where: str, cause: str) -> EvalDataError:
    return EvalDataError(f"{source}: {where}: {cause}")


def _alternatives(value: Any, source: Path, where: str) -> Alternatives:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(x, str) and x.strip() for x in items):
        raise _fail(source, where, f"expected a label or a list of labels, got {value!r}")
    return tuple(items)


def _spec_list(value: Any, source: Path, where: str) -> tuple[Alternatives, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _fail(source, where, f"expected a list, got {type(value).__name__}")
    return tuple(_alternatives(v, source, f"{where}[{i}]") for i, v in enumerate(value))


def _knockouts(value: Any, source: Path, where: str) -> tuple[KnockoutSpec, ...]:
    if value is None:
        raise _fail(source, where, "knockouts must be given (use [] for none)")
    if not isinstance(value, list):
        raise _fail(source, where, "knockouts must be a list")
    found = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or item.get("kind") not in KNOCKOUT_KINDS:
            raise _fail(source, f"{where}[{i}]", f"kind must be one of {sorted(KNOCKOUT_KINDS)}")
        extra = set(item) - {"kind", "about"}
        if extra:
            raise _fail(source, f"{where}[{i}]", f"unknown key(s) {sorted(extra)}")
        about = item.get("about")
        found.append(
            KnockoutSpec(item["kind"], () if about is None else _alternatives(about, source, where))
        )
    return tuple(found)


_PAIR_KEYS = {"resume", "rank", "fit", "not_missing", "gaps", "knockouts", "note"}
_JOB_KEYS = {"id", "file", "occupation", "zones", "must_find", "must_not_find", "resumes"}


def _pair(item: Any, source: Path, where: str, resumes: Mapping[str, Path]) -> PairSpec:
    if not isinstance(item, dict) or set(item) - _PAIR_KEYS:
        raise _fail(source, where, f"expected a mapping with keys from {sorted(_PAIR_KEYS)}")
    resume, rank, fit = item.get("resume"), item.get("rank"), item.get("fit")
    if not isinstance(resume, str) or resume not in resumes:
        raise _fail(source, where, f"resume {resume!r} has no file in resumes/")
    if not isinstance(rank, int) or isinstance(rank, bool) or rank < 1:
        raise _fail(source, where, f"rank must be a positive integer, got {rank!r}")
    if fit not in FITS:
        raise _fail(source, where, f"fit must be one of {sorted(FITS)}, got {fit!r}")
    return PairSpec(
        resume=resume,
        rank=rank,
        fit=fit,
        not_missing=_spec_list(item.get("not_missing"), source, f"{where}.not_missing"),
        gaps=_spec_list(item.get("gaps"), source, f"{where}.gaps"),
        knockouts=_knockouts(item.get("knockouts"), source, f"{where}.knockouts"),
        note=str(item.get("note", "")),
    )


def locate_zones(text: str, zones: Sequence[tuple[str, str]]) -> list[tuple[str, int, int]]:
    """``(kind, start, end)`` of each zone in ``text``: each anchor is searched
    (case-insensitively, spaces collapsed) after the previous one; a zone runs to the next
    zone's anchor. Zones whose anchor is not found are left out."""
    folded = text.translate(_QUOTES).casefold()
    found: list[tuple[str, int]] = []
    pos = 0
    for kind, anchor in zones:
        words = anchor.translate(_QUOTES).casefold().split()
        pattern = r"\s+".join(re.escape(w) for w in words)
        hit = re.compile(pattern).search(folded, pos)
        if hit is not None:
            found.append((kind, hit.start()))
            pos = hit.end()
    ends = [start for _, start in found[1:]] + [len(text)]
    return [(kind, start, end) for (kind, start), end in zip(found, ends, strict=True)]


def _zones(value: Any, source: Path, where: str, text: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not value:
        raise _fail(source, where, "zones must be a non-empty list of [kind, anchor]")
    zones = []
    for i, item in enumerate(value):
        ok = isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item)
        if not ok or item[0] not in ZONE_KINDS:
            raise _fail(
                source, f"{where}[{i}]", f"expected [kind, anchor], kind in {sorted(ZONE_KINDS)}"
            )
        zones.append((item[0], item[1]))
    located = locate_zones(text, zones)
    if len(located) != len(zones):
        missing = [a for k, a in zones if k not in {z[0] for z in located}]
        raise _fail(source, where, f"anchor(s) not found in order in the posting: {missing}")
    return tuple(zones)


def _job(item: Any, source: Path, root: Path, resumes: Mapping[str, Path]) -> JobSpec:
    where = f"job {item.get('id', '?') if isinstance(item, dict) else '?'}"
    if not isinstance(item, dict) or set(item) - _JOB_KEYS or not set(item) >= _JOB_KEYS:
        raise _fail(source, where, f"expected exactly the keys {sorted(_JOB_KEYS)}")
    path = root / str(item["file"])
    if not path.is_file():
        raise _fail(source, where, f"posting file {item['file']!r} does not exist")
    must_find = _spec_list(item["must_find"], source, f"{where}.must_find")
    must_not = tuple(a for spec in _spec_list(item["must_not_find"], source, where) for a in spec)
    pairs = tuple(
        _pair(p, source, f"{where}.resumes[{i}]", resumes) for i, p in enumerate(item["resumes"])
    )
    wanted = [*must_find, *(s for p in pairs for s in (*p.not_missing, *p.gaps))]
    clash = sorted({a for spec in wanted for a in spec if is_listed_junk([a], must_not)})
    if clash:
        raise _fail(source, where, f"expected terms that must_not_find rules out: {clash}")
    if len(pairs) < 2 or len({p.resume for p in pairs}) != len(pairs):
        raise _fail(source, where, "needs at least two distinct resumes")
    if len({p.rank for p in pairs}) < 2:
        raise _fail(source, where, "the resumes' ranks must not all be equal")
    return JobSpec(
        id=str(item["id"]),
        file=path,
        occupation=str(item["occupation"]),
        zones=_zones(item["zones"], source, f"{where}.zones", path.read_text(encoding="utf-8")),
        must_find=must_find,
        must_not_find=must_not,
        resumes=pairs,
        source=source,
    )


def _resume_files(root: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for path in sorted((root / "resumes").iterdir()):
        if path.stem in files:
            raise EvalDataError(f"{path}: two resume files share the id {path.stem!r}")
        files[path.stem] = path
    return files


def _orders(data: Any, source: Path, jobs: set[str], resumes: Mapping[str, Path]) -> list[JobOrder]:
    orders = []
    for i, item in enumerate(data):
        where = f"job_orders[{i}]"
        if not isinstance(item, dict) or item.get("resume") not in resumes:
            raise _fail(source, where, "needs a resume that has a file in resumes/")
        groups = tuple(_alternatives(g, source, where) for g in item.get("order") or [])
        ids = [x for g in groups for x in g]
        if len(ids) < 2 or len(set(ids)) != len(ids) or set(ids) - jobs:
            raise _fail(source, where, f"order must list two or more distinct known jobs: {ids}")
        orders.append(JobOrder(item["resume"], groups))
    return orders


def load_eval_set(root: Path = DATA_ROOT) -> EvalSet:
    """Read and check every expectations file under ``root``."""
    resumes = _resume_files(root)
    jobs: list[JobSpec] = []
    raw_orders: list[tuple[Any, Path]] = []
    for source in sorted((root / "expectations").glob("*.yaml")):
        try:
            data = yaml.load(source.read_text(encoding="utf-8"), Loader=_LOADER)
        except yaml.YAMLError as exc:
            raise EvalDataError(f"{source}: not valid YAML: {exc}") from None
        if not isinstance(data, dict) or set(data) - {"jobs", "job_orders"}:
            raise EvalDataError(f"{source}: expected a mapping with 'jobs' and/or 'job_orders'")
        jobs.extend(_job(item, source, root, resumes) for item in data.get("jobs") or [])
        if data.get("job_orders"):
            raw_orders.append((data["job_orders"], source))
    ids = [j.id for j in jobs]
    if len(set(ids)) != len(ids):
        raise EvalDataError(f"{root}: duplicate job ids")
    orders = [o for data, src in raw_orders for o in _orders(data, src, set(ids), resumes)]
    return EvalSet(root, tuple(jobs), tuple(orders), resumes)
