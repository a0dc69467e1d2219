"""JSON Resume files with huge numbers, deep nesting, other encodings or no object at the top."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

_RESUME = {
    "basics": {"name": "Jane Doe", "email": "jane@example.com", "phone": "+1 555 0100"},
    "work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01-01"}],
    "skills": [{"name": "Python", "keywords": ["SQL", "AWS"]}],
}


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return write


_PHONE = json.dumps(_RESUME).replace('"+1 555 0100"', "1" * 5000).encode()
_FLOAT = json.dumps(_RESUME).replace('"+1 555 0100"', "1e999999").encode()

CASES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "phone-5000-digits": (_write("resume.json", _PHONE), "ok"),
    "phone-huge-exponent": (_write("resume.json", _FLOAT), "ok"),
    "top-level-array": (_write("resume.json", json.dumps([_RESUME]).encode()), "error"),
    "top-level-array-no-suffix": (_write("resume.txt", json.dumps([_RESUME]).encode()), "error"),
    "utf16-bom": (_write("resume.json", json.dumps(_RESUME).encode("utf-16")), "ok"),
    "utf16-no-bom": (_write("resume.json", json.dumps(_RESUME).encode("utf-16-le")), "ok"),
    "nested-100k": (_write("resume.json", b'{"basics": ' + b"[" * 100_000), "error"),
    "nested-objects-100k": (_write("resume.json", b'{"a":' * 100_000 + b"1"), "error"),
    "truncated": (_write("resume.json", json.dumps(_RESUME).encode()[:60]), "error"),
}
