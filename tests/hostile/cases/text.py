"""Plain text: huge or many lines, long tokens, and encodings other than UTF-8."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.hostile.cases import lazy_file as _lazy

_RESUME = (
    "Jane Doe\njane@example.com\n\nExperience\nEngineer at Acme, 2019 - 2024\n"
    "Built Python services.\n\nSkills\nPython, SQL\n"
)


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return write


def _long_line() -> bytes:
    return ("Abcdefghij" * 450_000).encode()  # 4.5 MB, no space


def _short_lines() -> bytes:
    return "".join(f"Line {i} text\n" for i in range(100_000)).encode()[:2_200_000]


def _short_lines_20k() -> bytes:
    head = "Jane Doe\njane@example.com\n\nExperience\n"
    return (head + "".join(f"Item {i} done\n" for i in range(12_000))).encode()


def _million_lines() -> bytes:
    return b"x\n" * 1_000_000


def _long_text() -> bytes:
    words = "Python engineer built services with SQL and AWS for customers in Berlin. "
    return (words * (4_500_000 // len(words))).encode()


def _long_token_job() -> bytes:
    head = "Senior Engineer\n\nRequirements\n- Python and SQL\n- CPR certification\n"
    return (head + "A" + "b" * 120_000 + " certification\n" + "a" * 120_000 + "\n").encode()


def _shift_jis() -> bytes:
    text = (
        "山田 太郎\nyamada@example.jp\n\n職歴\n"
        "株式会社サンプル ソフトウェアエンジニア 2019年 - 2024年\n"
        "Python と SQL でデータ基盤を構築しました。\n\nスキル\nPython, SQL, AWS\n"
    )
    return text.encode("shift_jis")


CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "long-line-4.5MB": (_lazy("resume.txt", _long_line), "error"),
    "short-lines-100k": (_lazy("resume.txt", _short_lines), "error"),  # over max_chars
    "short-lines-12k": (_lazy("resume.txt", _short_lines_20k), "ok"),  # was quadratic
    "lines-1M": (_lazy("resume.txt", _million_lines), "error"),
    "text-4.5M-chars": (_lazy("resume.txt", _long_text), "error"),
    "token-120k-in-job": (_lazy("job.txt", _long_token_job), "ok"),
    "shift-jis": (_write("resume.txt", _shift_jis()), "ok"),
    "utf16-le-no-bom": (_write("resume.txt", _RESUME.encode("utf-16-le")), "ok"),
    "utf16-be-no-bom": (_write("resume.txt", _RESUME.encode("utf-16-be")), "ok"),
    "nul-bytes": (_write("resume.txt", _RESUME.replace("\n\n", "\n\x00\n").encode()), "ok"),
    "undecodable": (_write("resume.txt", bytes(range(0x80, 0x100)) * 40), "error"),
}
SLOW = frozenset({"short-lines-12k", "token-120k-in-job"})
