"""A cold `atsmatch score` on a text pair loads only what a text pair needs (issue 12).

The time itself is measured by benchmarks/bench_coldstart.py, not here; this checks what
the command imports and reads, which is what keeps it fast.
"""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# Nothing of these is needed to score a text resume against a text job with --format json.
NOT_NEEDED = (
    "pdfminer",
    "docx",
    "pylatexenc",
    "spacy",
    "scipy",
    "sklearn",
    "numpy",
    "rich",
    "yaml",
    "atsmatch.parse.pdf",
    "atsmatch.parse.docx",
    "atsmatch.parse.formats.latex",
    "atsmatch.batch",
    "atsmatch.check.run",
    "atsmatch.serialize.matrix",
    "importlib.resources",
    "tempfile",
    "hashlib",
)

CODE = """
import sys
from atsmatch.cli import main
code = main(["score", "examples/resume.txt", "examples/job.txt", "--format", "json"])
loaded = sorted({m for m in sys.modules for n in NAMES if m == n or m.startswith(n + ".")})
from atsmatch.taxonomy import load_taxonomy
stored = type(load_taxonomy()._ids).__name__
print(code, stored, ",".join(loaded), file=sys.stderr)
"""


def test_coldstart_score_of_a_text_pair_imports_only_what_it_needs() -> None:
    out = subprocess.run(
        [sys.executable, "-c", f"NAMES = {NOT_NEEDED!r}\n{CODE}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    code, stored, loaded = [*out.stderr.strip().splitlines()[-1].split(" "), ""][:3]
    assert code == "0"
    assert stored == "TextColumn"  # the taxonomy came from taxonomy.bin, not the gzip'd text
    assert loaded == ""


def test_coldstart_building_the_parser_imports_no_command_engine() -> None:
    code = (
        "import sys\nfrom atsmatch.cli import build_parser\nbuild_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('atsmatch.batch', "
        "'atsmatch.check.run', 'atsmatch.check.render'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def test_coldstart_lazy_pattern_compiles_on_first_use() -> None:
    import re

    from atsmatch._lazy import lazy_pattern

    pattern = lazy_pattern(r"[\u3040-\u30ff]+", re.IGNORECASE)
    assert "search" not in vars(pattern)
    assert pattern.findall("ab カタカナ cd") == ["カタカナ"]
    assert "findall" in vars(pattern)  # kept: later calls skip __getattr__
    assert pattern.search("abc") is None and pattern.flags & re.IGNORECASE
    assert pattern.pattern == r"[\u3040-\u30ff]+"


def test_coldstart_lazy_legacy_encoding_sniffing_still_works() -> None:
    from atsmatch.parse.formats.encoding import sniff_encoding

    assert sniff_encoding("履歴書：田中太郎、ソフトウェア開発".encode("cp932")) == "cp932"
    assert sniff_encoding("이력서: 소프트웨어 개발".encode("euc_kr")) == "euc_kr"
    assert sniff_encoding("café résumé".encode("cp1252")) == "cp1252"
