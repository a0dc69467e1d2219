"""Field coverage of the skill finder: recall of the terms a recruiter expects, and junk.

    python benchmarks/field_coverage.py [--taxonomy OTHER.txt.gz ...]

Reads the look-alike postings and resumes of tests/data/fields (nursing, accounting,
electrician/HVAC, warehouse/logistics, sales/marketing, teaching, HR, software) and their
expected terms (tests/data/fields/expected.yaml: exact substrings of each file). A term is
*found* when a counted skill mention overlaps its span; a mention that overlaps no expected
term is *junk* (conservative: a real skill nobody listed counts as junk too). Reports one
row per field for the built-in taxonomy and for each ``--taxonomy`` file (a built
``taxonomy.txt.gz``, e.g. main's), side by side. Needs no ../shared data.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import atsmatch  # noqa: E402
from atsmatch.taxonomy import Taxonomy  # noqa: E402
from atsmatch.taxonomy.packed import unpack  # noqa: E402

FIELDS = ROOT / "tests" / "data" / "fields"


def load(path: Path) -> Taxonomy:
    header, columns = unpack(path.read_bytes(), str(path))
    return Taxonomy.from_columns(header, columns, str(path))


def score_file(path: Path, terms: list[str], taxonomy: Taxonomy) -> tuple[int, int, int, int]:
    """(expected terms found, expected terms, junk mentions, mentions)."""
    text = path.read_text(encoding="utf-8")
    spans: list[list[tuple[int, int]]] = []  # every occurrence of each term
    for term in terms:
        found_at = [(m.start(), m.end()) for m in re.finditer(re.escape(term), text)]
        if not found_at:
            raise ValueError(f"{path.name}: expected term {term!r} is not in the file")
        spans.append(found_at)
    every = [span for occurrences in spans for span in occurrences]
    kind = "job" if "_job" in path.name else "resume"
    profile = atsmatch.extract(text, kind=kind, taxonomy=taxonomy)
    mentions = [(m.start, m.end) for skill in profile.skills for m in skill.mentions]
    found = sum(
        any(s < e2 and s2 < e for s, e in occurrences for s2, e2 in mentions)
        for occurrences in spans
    )
    junk = sum(not any(s < e2 and s2 < e for s2, e2 in every) for s, e in mentions)
    return found, len(spans), junk, len(mentions)


def table(taxonomy: Taxonomy) -> dict[str, tuple[int, int, int, int]]:
    expected = yaml.safe_load((FIELDS / "expected.yaml").read_text(encoding="utf-8"))
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for name, terms in sorted(expected.items()):
        counts = score_file(FIELDS / name, [str(t) for t in terms], taxonomy)
        for field in (name.split("_")[0], "all"):
            rows[field] = [a + b for a, b in zip(rows[field], counts, strict=True)]
    return {field: (r[0], r[1], r[2], r[3]) for field, r in rows.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taxonomy", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    runs = {"built-in": atsmatch.load_taxonomy()}
    runs.update({str(path): load(path) for path in args.taxonomy})
    tables = {name: table(tax) for name, tax in runs.items()}
    print("field        " + "".join(f"| {name[-28:]:>28} recall  junk " for name in tables))
    for field in next(iter(tables.values())):
        cells = []
        for rows in tables.values():
            found, total, junk, mentions = rows[field]
            cells.append(f"| {found:>3}/{total:<3} {found / total:6.1%} {junk:>3}/{mentions:<3}")
        print(f"{field:<12} " + " ".join(f"{c:>43}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
