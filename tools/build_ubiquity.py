"""Build atsmatch/score/data/ubiquity.json: how common each widespread tool is across jobs.

For every product in O*NET 29.2 ``Technology Skills.txt`` the share of occupations that list
it is counted ("Microsoft Excel": 859 of 924 occupations). Products listed by at least
``--min-share`` of the occupations are looked up in the built-in taxonomy (the whole name
must be one concept mention) and written with their share, by concept id. Scoring weighs a
job term on such a concept down (docs/scoring.md, "Specificity"): that a resume names
Excel says little about whether it fits an accounting job, since nearly every office job
lists it.

Usage (from the repository root):
    python tools/build_ubiquity.py [--data ../shared/data] [--out atsmatch/score/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def shares(path: Path) -> tuple[int, dict[str, float]]:
    """The number of occupations and, per product, the share of them that list it."""
    listed: dict[str, set[str]] = defaultdict(set)
    occupations: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            occupations.add(row["O*NET-SOC Code"])
            listed[row["Example"].strip()].add(row["O*NET-SOC Code"])
    total = len(occupations)
    return total, {name: len(codes) / total for name, codes in listed.items()}


VENDORS = ("Microsoft ", "Adobe ", "Google ", "Apple ", "IBM ", "Oracle ", "Autodesk ")


CONTEXTS = (("resume", "Skills\n", "\n"), ("job", "Requirements\n- Experience with ", ".\n"))
"""Where a product name is read: a resume's skills line and a job's requirement line. Both,
because the concept a name is read as can differ with its context, and scoring must discount
whichever one it becomes."""


def concepts_of(name: str) -> set[str]:
    """The taxonomy concepts whose mention covers the whole product name (or the name less
    its vendor: "Microsoft Excel" → Excel), in either context of :data:`CONTEXTS`."""
    import atsmatch

    found: set[str] = set()
    for kind, head, tail in CONTEXTS:
        profile = atsmatch.extract(f"{head}{name}{tail}", kind=kind)  # type: ignore[arg-type]
        start = len(head)
        vendor = start + next((len(v) for v in VENDORS if name.startswith(v)), 0)
        end = start + len(name)
        found |= {
            skill.id
            for skill in profile.skills
            if any(m.start in (start, vendor) and m.end == end for m in skill.mentions)
        }
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("atsmatch/score/data"))
    parser.add_argument("--min-share", type=float, default=0.25)
    args = parser.parse_args()
    total, found = shares(args.data / "onet-29.2" / "Technology Skills.txt")
    concepts: dict[str, float] = {}
    for name, share in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        if share < args.min_share:
            break
        for concept in sorted(concepts_of(name)):
            concepts[concept] = max(concepts.get(concept, 0.0), round(share, 3))
            print(f"{share:6.1%}  {name} -> {concept}")
    args.out.mkdir(parents=True, exist_ok=True)
    payload = {
        "source": "O*NET 29.2 Technology Skills (CC BY 4.0), share of occupations listing it",
        "occupations": total,
        "concepts": dict(sorted(concepts.items())),
    }
    (args.out / "ubiquity.json").write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
