"""Parsing quality on real resume templates: atsmatch against a plain-text baseline.

Needs the development set in ``/work/shared/data/resume-templates`` (24 real resume files
made with public LaTeX, Typst, web and Word templates; see its SOURCES.md) and skips
cleanly without it. The ground truth is ``tests/data/parse_truth/resume-templates.json``,
written by reading the rendered pages (not from any parser's output).

Two readers run side by side on every file:

* ``atsmatch``: ``atsmatch.parse(path)``.
* ``baseline``: the plain text of pdfminer.six's own layout analysis (``extract_pages``,
  default LAParams; python-docx paragraphs for DOCX) fed to today's structure step
  (``atsmatch.parse_text``): what a reader without atsmatch's layout rules gets.

Measures, per file and in total:

* ``sections``: standard section kinds (experience, education, ...) found against the truth:
  right / (right + missed + wrong). Kinds the truth lists as optional, and ``other``, are
  never wrong.
* ``contact``: name, email, phone and location exactly right (name and email compared
  case-insensitively; phone by its digits; location by its first comma part, the city).
* ``positions``: dated positions whose title, employer, start and end are all right (title
  and employer: the truth's words all present and at most about twice as many words).
* ``columns``: files where ``multi-column`` fires as the truth says (true/false).
* ``interleave`` / ``joins``: on the column part of a page (``column_regions``), the text
  lines in reading order are labelled left or right of the gutter; every return to a
  column already left is an interleaving, every line spanning the gutter a join.
* ``recall``: share of pdftotext's words (poppler, when installed) found in the text.

    python benchmarks/eval_parse.py [--data DIR] [--only SUBSTRING] [--verbose]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = Path("/work/shared/data/resume-templates")
TRUTH = ROOT / "tests" / "data" / "parse_truth" / "resume-templates.json"
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\u00ad"})
KINDS = {
    "summary", "experience", "education", "skills", "projects", "certifications",
    "publications", "awards", "volunteering", "languages", "interests", "references",
}  # fmt: skip


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_DASHES).casefold().split())


def normalise(kind: str, value: str) -> str:
    """The form a contact field is compared in (and hashed in, for real people's files)."""
    if kind == "phone":
        return re.sub(r"\D", "", value)
    if kind == "location":
        return _norm(value.split(",")[0])
    return _norm(value)


def _hashed(kind: str, value: str) -> str:
    return "sha256:" + hashlib.sha256(normalise(kind, value).encode()).hexdigest()[:16]


def _same_field(kind: str, truth: str | None, found: str | None) -> bool:
    if truth is None or found is None:
        return truth is None and found is None
    if truth.startswith("sha256:"):
        return _hashed(kind, found) == truth
    return normalise(kind, truth) == normalise(kind, found)


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", _norm(text or ""))


def _same_words(truth: str, found: str | None) -> bool:
    want, got = _words(truth), _words(found)
    return bool(want) and Counter(want) <= Counter(got) and len(got) <= 2 * len(want) + 2


def _same_date(truth: str | None, found: str | None, current: bool) -> bool:
    if truth is None:
        return True
    if truth == "present":
        return current
    return found is not None and found[: len(truth)] == truth


@dataclass
class Result:
    sections: list[int] = field(default_factory=lambda: [0, 0, 0])  # right, missed, wrong
    contact: list[int] = field(default_factory=lambda: [0, 0])  # right, scored
    positions: list[int] = field(default_factory=lambda: [0, 0])  # right, total
    columns: int | None = None  # 1 right, 0 wrong, None not scored
    interleave: int = 0
    joins: int = 0
    recall: float | None = None
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Reading:
    doc: Any
    lines: list[tuple[int, tuple[float, float, float, float]]]  # (page, bbox) in order
    multi_column: bool | None


def _read_atsmatch(path: Path) -> Reading:
    from atsmatch import parse

    doc = parse(path)
    lines = [(b.page, b.bbox) for b in doc.blocks if b.page is not None and b.bbox is not None]
    multi = any(d.rule == "multi-column" for d in doc.diagnostics)
    return Reading(doc, lines, multi if doc.format == "pdf" else None)


def _read_baseline(path: Path) -> Reading:
    from atsmatch.parse import parse_text

    lines: list[tuple[int, tuple[float, float, float, float]]] = []
    if path.suffix == ".docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    else:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LTTextContainer, LTTextLine

        parts: list[str] = []
        for number, page in enumerate(extract_pages(str(path)), start=1):
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                for line in box:
                    if isinstance(line, LTTextLine):
                        parts.append(line.get_text().rstrip("\n"))
                        lines.append((number, (line.x0, line.y0, line.x1, line.y1)))
                parts.append("")
        text = "\n".join(parts)
    return Reading(parse_text(text, source=str(path)), lines, None)


def _columns(truth: dict[str, Any], reading: Reading, result: Result) -> None:
    for region in truth.get("column_regions", []):
        gx0, gx1 = region["gutter"]
        y0, y1 = region["y"]
        labels: list[str] = []
        for page, (bx0, by0, bx1, by1) in reading.lines:
            if page != region["page"] or by1 < y0 or by0 > y1 or bx1 - bx0 < 1:
                continue
            if bx1 <= gx1:
                side = "L"
            elif bx0 >= gx0:
                side = "R"
            else:
                result.joins += 1
                continue
            if not labels or labels[-1] != side:
                labels.append(side)
        result.interleave += max(0, len(labels) - len(set(labels)))


def _pdftotext_words(path: Path) -> list[str] | None:
    if path.suffix != ".pdf" or shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(
        ["pdftotext", "-q", str(path), "-"], capture_output=True, text=True, check=False
    ).stdout
    return _words(out)


def score(truth: dict[str, Any], reading: Reading, reference: list[str] | None) -> Result:
    doc, result = reading.doc, Result()
    found = {s.name for s in doc.sections} & KINDS
    want = set(truth["sections"])
    allowed = want | set(truth.get("sections_optional", []))
    result.sections = [len(want & found), len(want - found), len(found - allowed)]
    if want - found:
        result.notes.append(f"missed sections {sorted(want - found)}")
    if found - allowed:
        result.notes.append(f"wrong sections {sorted(found - allowed)}")
    for kind, value in truth["contact"].items():
        got = getattr(doc.contact, kind)
        ok = _same_field(kind, value, got)
        result.contact[0] += ok
        result.contact[1] += 1
        if not ok:
            shown = "<hidden>" if (value or "").startswith("sha256:") else value
            result.notes.append(f"{kind}: want {shown!r} got {got!r}")
    for position in truth["positions"]:
        result.positions[1] += 1
        if any(
            _same_words(position["title"], entry.title)
            and _same_words(position["employer"], entry.employer)
            and _same_date(position["start"], entry.start, False)
            and _same_date(position["end"], entry.end, entry.current)
            for entry in doc.experience
        ):
            result.positions[0] += 1
        else:
            result.notes.append(f"position missed: {position['title']} @ {position['employer']}")
    if truth.get("columns") is not None and reading.multi_column is not None:
        result.columns = int(reading.multi_column == truth["columns"])
        if not result.columns:
            result.notes.append(f"multi-column fired={reading.multi_column}")
    _columns(truth, reading, result)
    if reference:
        have = Counter(_words(doc.text))
        need = Counter(reference)
        result.recall = sum((need & have).values()) / sum(need.values())
    return result


def _pct(right: int, total: int) -> str:
    return f"{right / total:.3f}" if total else "-"


def _row(name: str, r: Result) -> str:
    sec = _pct(r.sections[0], sum(r.sections))
    col = "-" if r.columns is None else ("ok" if r.columns else "WRONG")
    rec = "-" if r.recall is None else f"{r.recall:.3f}"
    return (
        f"{name:<44} {sec:>6} {r.contact[0]}/{r.contact[1]:<3} {r.positions[0]}/{r.positions[1]:<3}"
        f" {col:>5} {r.interleave:>3} {r.joins:>3} {rec:>6}"
    )


def _total(results: list[Result]) -> Result:
    total = Result()
    for r in results:
        total.sections = [a + b for a, b in zip(total.sections, r.sections, strict=True)]
        total.contact = [a + b for a, b in zip(total.contact, r.contact, strict=True)]
        total.positions = [a + b for a, b in zip(total.positions, r.positions, strict=True)]
        total.interleave += r.interleave
        total.joins += r.joins
    scored = [r.columns for r in results if r.columns is not None]
    total.columns = None
    recalls = [r.recall for r in results if r.recall is not None]
    total.recall = sum(recalls) / len(recalls) if recalls else None
    total.notes = [f"columns {sum(scored)}/{len(scored)}"] if scored else []
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--only", default="", help="only files whose path holds this text")
    ap.add_argument("--verbose", action="store_true", help="list what each file got wrong")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (the development set lives in ../shared)")
        return 0
    truths = json.loads(TRUTH.read_text(encoding="utf-8"))["files"]
    header = f"{'file':<44} {'sect':>6} {'contact':<5} {'pos':<5} {'cols':>5} {'int':>3} {'joi':>3}"
    header += f" {'recall':>6}"
    totals: dict[str, list[Result]] = {"atsmatch": [], "baseline": []}
    for truth in truths:
        if args.only not in truth["file"]:
            continue
        path = args.data / truth["file"]
        reference = _pdftotext_words(path)
        for name, reader in (("atsmatch", _read_atsmatch), ("baseline", _read_baseline)):
            result = score(truth, reader(path), reference)
            totals[name].append(result)
            if args.verbose:
                print(_row(f"{name[:4]} {truth['file'][-39:]}", result))
                for note in result.notes:
                    print(f"      {note}")
    print(header)
    for name, results in totals.items():
        total = _total(results)
        print(_row(f"TOTAL {name} ({len(results)} files)", total), *total.notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
