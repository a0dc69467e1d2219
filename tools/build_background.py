"""Build atsmatch/extract/data/background.json.gz: document frequencies for keyword ranking.

Each background "document" is one O*NET 29.2 task statement, detailed work activity or
occupation description, or one ESCO 1.1.1 occupation or skill description: occupational
language in general, against which a job's own terms stand out. Words are folded with
:func:`atsmatch.extract.background.fold`; single words with df >= 2 and word pairs with
df >= ``--min-pair-df`` are kept. The common-English list holds the lower-case words with a
log probability of at least ``--common-logprob`` in spacy-lookups-data's ``en_lexeme_prob``
table (MIT).

Usage (from the repository root):
    python tools/build_background.py [--data ../shared/data] [--out atsmatch/extract/data]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from atsmatch.extract.background import fold, words

csv.field_size_limit(10_000_000)


def _tsv_column(path: Path, column: str) -> Iterator[str]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            value = row.get(column)
            if value:
                yield value


def _csv_column(path: Path, column: str) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            value = row.get(column)
            if value:
                yield value


def documents(data: Path) -> Iterator[str]:
    onet, esco = data / "onet-29.2", data / "esco-1.1.1"
    yield from _tsv_column(onet / "Task Statements.txt", "Task")
    yield from _tsv_column(onet / "DWA Reference.txt", "DWA Title")
    yield from _tsv_column(onet / "Occupation Data.txt", "Description")
    yield from _csv_column(esco / "occupations_en.csv", "description")
    yield from _csv_column(esco / "skills_en.csv", "description")


def count(data: Path) -> tuple[int, Counter[str], Counter[str]]:
    unigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    n = 0
    for text in documents(data):
        n += 1
        folded = [fold(m.group()) for m in words(text)]
        unigrams.update(set(folded))
        bigrams.update({f"{a} {b}" for a, b in itertools.pairwise(folded)})
    return n, unigrams, bigrams


def common_words(threshold: float) -> list[str]:
    from importlib import resources

    raw = resources.files("spacy_lookups_data").joinpath("data/en_lexeme_prob.json.gz")
    table = json.loads(gzip.decompress(raw.read_bytes()))
    return sorted(
        {fold(w) for w, p in table.items() if p >= threshold and w.isalpha() and w.islower()}
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--data", type=Path, default=root.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=root / "atsmatch" / "extract" / "data")
    parser.add_argument("--min-pair-df", type=int, default=3)
    parser.add_argument("--common-logprob", type=float, default=-10.5)
    args = parser.parse_args(argv)
    if not (args.data / "onet-29.2").is_dir():
        print(f"{args.data}: no onet-29.2 folder; pass --data", file=sys.stderr)
        return 2
    n, unigrams, bigrams = count(args.data)
    table = {
        "version": 1,
        "sources": ["O*NET 29.2 (CC BY 4.0)", "ESCO 1.1.1", "spacy-lookups-data (MIT)"],
        "documents": n,
        "unigrams": dict(sorted((w, c) for w, c in unigrams.items() if c >= 2)),
        "bigrams": dict(sorted((w, c) for w, c in bigrams.items() if c >= args.min_pair_df)),
        "common": common_words(args.common_logprob),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / "background.json.gz"
    payload = json.dumps(table, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    target.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(
        f"{target}: {n} documents, {len(table['unigrams'])} words, {len(table['bigrams'])} pairs,"
        f" {len(table['common'])} common words, {target.stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
