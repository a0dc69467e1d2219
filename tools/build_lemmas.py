"""Build atsmatch/language/data/lemmas.json.gz: the English lookup lemmas the extractor uses.

The table is the lower-cased part of spaCy's ``en_lemma_lookup`` (spacy-lookups-data, MIT
License), without entries whose lemma equals the word. Shipping it as package data keeps
the 100 MB spacy-lookups-data package out of the run-time dependencies and makes every
install lemmatise the same way. Run ``python tools/build_lemmas.py`` to rebuild it; the
output is byte-identical for the same input.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "atsmatch" / "language" / "data" / "lemmas.json.gz"


def build() -> dict[str, str]:
    data = resources.files("spacy_lookups_data").joinpath("data", "en_lemma_lookup.json.gz")
    raw: dict[str, str] = json.loads(gzip.decompress(data.read_bytes()))
    return {w: b for w, b in sorted(raw.items()) if w.islower() and b != w}


def main() -> None:
    table = build()
    payload = json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUT.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {len(table)} lemmas to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
