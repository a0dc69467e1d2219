"""Profiles as versioned JSON, read back to equal objects (the batch cache's format).

Every value type of a profile is a frozen dataclass of plain values and tuples, so a
dataclass is written as ``{"@": "ClassName", "f": [field values in order]}`` and every JSON
list reads back as a tuple. Reading validates as it goes: the format name and version, a
known class with the right number of fields, and the class's own checks (``Span``); any
mismatch raises :class:`CodecError`, never returns a wrong object.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from atsmatch import document, profile
from atsmatch.errors import InputError
from atsmatch.profile import Profile

__all__ = ["FORMAT", "VERSION", "CodecError", "dumps_profile", "loads_profile"]

FORMAT = "atsmatch-profile"
VERSION = 1
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for module in (document, profile)
    for cls in vars(module).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == module.__name__
}
_FIELDS = {name: len(dataclasses.fields(cls)) for name, cls in _CLASSES.items()}


class CodecError(InputError):
    """Serialized data that is not a valid profile of this format version."""


_PLAIN = frozenset({str, int, float, bool, type(None)})
_NAMES: dict[type, tuple[str, ...]] = {}
"""Field names per value class, read once (``dataclasses.fields`` per object is slow)."""


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind in _PLAIN:
        return value
    names = _NAMES.get(kind)
    if names is not None:
        return {"@": kind.__name__, "f": [_encode(getattr(value, n)) for n in names]}
    if kind is tuple or kind is list:
        return [v if type(v) in _PLAIN else _encode(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = kind.__name__
        if name not in _CLASSES:
            raise CodecError(f"cannot serialize a {name}")
        _NAMES[kind] = tuple(f.name for f in dataclasses.fields(value))
        return _encode(value)
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise CodecError(f"cannot serialize a {kind.__name__}")


def _decode(value: Any) -> Any:
    # JSON gives exact lists, dicts and plain values; only lists and dicts need work
    kind = type(value)
    if kind is list:
        return tuple([_decode(v) if type(v) in _NESTED else v for v in value])
    if kind is dict:
        name, values = value.get("@"), value.get("f")
        if name not in _CLASSES or type(values) is not list or len(values) != _FIELDS[name]:
            raise CodecError(f"not a valid serialized object: {str(name)[:40]}")
        try:
            return _CLASSES[name](*[_decode(v) if type(v) in _NESTED else v for v in values])
        except (TypeError, ValueError) as exc:
            raise CodecError(f"invalid {name}: {exc}") from None
    return value


_NESTED = frozenset({list, dict})


def dumps_profile(value: Profile) -> str:
    """``value`` as one JSON document (format name, version, the profile)."""
    return json.dumps(
        {"format": FORMAT, "version": VERSION, "profile": _encode(value)},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def loads_profile(text: str | bytes) -> Profile:
    """The profile :func:`dumps_profile` wrote; :class:`CodecError` for anything else."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise CodecError(f"not JSON ({type(exc).__name__})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CodecError("not an atsmatch profile")
    if data.get("version") != VERSION:
        raise CodecError(f"profile format version {data.get('version')!r}, expected {VERSION}")
    found = _decode(data.get("profile"))
    if not isinstance(found, Profile):
        raise CodecError("not an atsmatch profile")
    return found
