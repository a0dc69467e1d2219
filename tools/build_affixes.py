"""Build atsmatch/language/data/affixes.json: the tokenizer's affix rules, from spaCy.

spaCy's English prefix, suffix and infix expressions, with the changes of
``atsmatch.language.pipeline`` (no "#" suffix after a word, a sentence dot split from
``AWS.``), are stored as plain regular expressions with the spaCy version they came from.
At run time :mod:`atsmatch.language.affixes` applies them with spaCy's algorithm, so
atsmatch tokenises like spaCy without importing it. The English stop words (spaCy's list)
are stored beside them for the same reason. Rebuild after upgrading spaCy:
``python tools/build_affixes.py``; the output is byte-identical for the same spaCy.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "atsmatch" / "language" / "data" / "affixes.json"


def build() -> dict[str, object]:
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    from atsmatch.language.pipeline import pipeline

    tokenizer = pipeline().tokenizer
    return {
        "source": f"spaCy {spacy.__version__} English tokenizer rules (MIT License)",
        "prefix": tokenizer.prefix_search.__self__.pattern,
        "suffix": tokenizer.suffix_search.__self__.pattern,
        "infix": tokenizer.infix_finditer.__self__.pattern,
        "stop_words": sorted(STOP_WORDS),
    }


def main() -> None:
    table = build()
    OUT.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote the affix rules of {table['source']} to {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
