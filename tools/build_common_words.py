"""Build atsmatch/extract/data/common_words.txt: the most frequent English words.

The extractor treats a one-word taxonomy form that is also one of these words ("design",
"sales", "support") as generic: it counts only in a skills context (see
docs/extraction.md). The list comes from the word probabilities of spacy-lookups-data
(``en_lexeme_prob``, MIT License); run ``python tools/build_common_words.py`` to rebuild it.
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

COUNT = 8000
OUT = Path(__file__).resolve().parent.parent / "atsmatch" / "extract" / "data" / "common_words.txt"


def main() -> None:
    data = resources.files("spacy_lookups_data").joinpath("data", "en_lexeme_prob.json.gz")
    probs: dict[str, float] = json.loads(gzip.decompress(data.read_bytes()))
    words = sorted(
        (w for w in probs if w.isalpha() and w.isascii() and w.islower() and len(w) > 1),
        key=lambda w: (-probs[w], w),
    )[:COUNT]
    header = "# The most frequent English words (spacy-lookups-data en_lexeme_prob, MIT).\n"
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")


if __name__ == "__main__":
    main()
