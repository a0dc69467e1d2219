"""LaTeX resume sources: what three readers make of the same .tex files (issue 11).

Readers, side by side on the look-alike template fixtures in tests/check/fixtures:
- ``text``: the file read as plain text (what atsmatch did before the LaTeX reader);
- ``latex2text``: pylatexenc's generic LatexNodes2Text, then the usual analysis;
- ``atsmatch``: the LaTeX reader (parse/formats/latex.py).
For each: sections found against the expected ones, email and phone found, dated entries,
and the score against the test job. Needs no ../shared data.

    python benchmarks/bench_sources.py
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atsmatch.parse import parse, parse_text  # noqa: E402
from atsmatch.score import match  # noqa: E402
from tests.check.conftest import FIXTURES, JOB  # noqa: E402

EXPECTED = {
    "jake.tex": {"education", "experience", "skills"},
    "moderncv.tex": {"experience", "education", "skills", "languages"},
    "awesome.tex": {"experience", "education", "skills"},
    "twocolumn.tex": {"experience", "skills", "education", "languages"},
}


def _latex2text(path: Path) -> object:
    from pylatexenc.latex2text import LatexNodes2Text

    text = LatexNodes2Text().latex_to_text(path.read_text(encoding="utf-8"))
    return parse_text(text, source=str(path))


def main() -> None:
    print(f"Python {platform.python_version()} on {platform.platform()}")
    job = parse_text(JOB, source="job.txt")
    print(f"{'file':15} {'reader':11} {'sections':>9} {'email':>6} {'phone':>6} "
          f"{'entries':>8} {'score':>6}")  # fmt: skip
    totals: dict[str, list[float]] = {}
    for name, expected in EXPECTED.items():
        path = FIXTURES / name
        readers = {
            "text": lambda p=path: parse(p, format="text"),
            "latex2text": lambda p=path: _latex2text(p),
            "atsmatch": lambda p=path: parse(p),
        }
        for reader, read in readers.items():
            doc = read()
            found = {s.name for s in doc.sections} & expected  # type: ignore[attr-defined]
            score = match(doc, job).score  # type: ignore[arg-type]
            row = [len(found) / len(expected), bool(doc.contact.email), bool(doc.contact.phone),  # type: ignore[attr-defined]
                   len(doc.experience), score]  # type: ignore[attr-defined]  # fmt: skip
            totals.setdefault(reader, []).extend([row[0], float(row[1]), float(row[2])])
            print(f"{name:15} {reader:11} {len(found)}/{len(expected):<7} {row[1]!s:>6} "
                  f"{row[2]!s:>6} {row[3]:>8} {score:>6.0f}")  # fmt: skip
    for reader, values in totals.items():
        print(f"mean of section recall, email and phone found, {reader}: "
              f"{sum(values) / len(values):.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
