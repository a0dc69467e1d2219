"""Build the package data of the implied-skill reader (atsmatch/extract/skills/implied.py).

    python tools/build_implied.py [--data ../shared/data] [--output PATH]

Reads ESCO 1.1.1 ``skills_en.csv`` (preferred, alternative and hidden labels, description)
and the built-in taxonomy (which concept carries each ESCO skill URI), and writes
``atsmatch/extract/data/implied.json.gz``: per concept, the content words of each of its
labels (the gate) and of its descriptions (with the labels, the TF-IDF text); the labels are
ESCO's and the concept's taxonomy forms (American spellings, curated names). Words are stored
unstemmed, so a change of the stemmer needs no rebuild; a taxonomy rebuild that changes
which concept carries an ESCO URI, or its forms, does. Same input →
byte-identical output. Never run at import or in tests.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from atsmatch.extract.skills.implied import _ignored  # noqa: E402
from atsmatch.language.tokens import tokenize  # noqa: E402
from atsmatch.taxonomy import load_taxonomy  # noqa: E402

ESCO_SKILL = "http://data.europa.eu/esco/skill/"
OUTPUT = ROOT / "atsmatch" / "extract" / "data" / "implied.json.gz"


def words(text: str) -> list[str]:
    """The lower-case alphabetic words of ``text`` that are no stop or vague word."""
    ignored = _ignored()
    return [t.norm for t in tokenize(text.lower()) if t.norm.isalpha() and t.norm not in ignored]


def owners() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """ESCO skill URI → the built-in concept carrying it (ESCO's own concept first), and
    the forms of those concepts."""
    found: dict[str, str] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for concept in load_taxonomy():
        if any(s.startswith(ESCO_SKILL) for s in concept.sources):
            forms[concept.id] = concept.forms
        for source in concept.sources:
            if source.startswith(ESCO_SKILL):
                own = concept.id == "esco:skill/" + source[len(ESCO_SKILL) :]
                if own or source not in found:
                    found[source] = concept.id
    return found, forms


def build(esco: Path) -> dict[str, list]:  # type: ignore[type-arg]
    owner, forms = owners()
    labels: dict[str, list[str]] = defaultdict(list)
    texts: dict[str, list[str]] = defaultdict(list)
    with (esco / "skills_en.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            concept_id = owner.get(row["conceptUri"])
            if concept_id is None:
                continue
            names = [row["preferredLabel"], *row["altLabels"].split("\n")]
            names += row["hiddenLabels"].split("\n")
            names += forms[concept_id]
            for name in dict.fromkeys(n.strip() for n in names if n.strip()):
                label = " ".join(words(name))
                if label and label not in labels[concept_id]:
                    labels[concept_id].append(label)
            texts[concept_id] += words(row["description"])
    ids = sorted(labels)
    return {
        "source": "ESCO 1.1.1 skills_en.csv (CC BY 4.0, European Commission)",
        "ids": ids,
        "labels": ["|".join(labels[cid]) for cid in ids],
        "descriptions": [" ".join(texts[cid]) for cid in ids],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    data = build(args.data / "esco-1.1.1")
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    args.output.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    print(f"{len(data['ids'])} concepts -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
