"""A disk cache of extracted profiles, so a second batch over unchanged files skips parsing
and extraction.

Key: SHA-256 of the input's bytes, its name (a profile records where it came from), its
kind, the atsmatch version, the profile format version and the taxonomy's fingerprint.
Location: ``platformdirs.user_cache_dir("atsmatch")/profiles`` (on Linux
``~/.cache/atsmatch/profiles``), or ``--cache DIR``. Entries are written to a temporary
file and renamed into place, so concurrent runs sharing a cache never see half a file; an
entry that does not validate is treated as missing and rewritten.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from atsmatch._version import __version__
from atsmatch.inputs import DocumentInput
from atsmatch.profile import Profile, ProfileKind
from atsmatch.serialize.codec import VERSION, CodecError, dumps_profile, loads_profile
from atsmatch.taxonomy import Taxonomy

__all__ = ["ProfileCache", "default_cache_dir", "taxonomy_fingerprint"]

_MAX_KEYED_BYTES = 256 * 1024 * 1024


def default_cache_dir() -> Path:
    """Where profiles are cached unless told otherwise."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("atsmatch")) / "profiles"


def taxonomy_fingerprint(taxonomy: Taxonomy | None) -> str:
    """``builtin`` for the built-in taxonomy, else a hash of every concept."""
    if taxonomy is None:
        return "builtin"
    digest = hashlib.sha256()
    for concept in sorted(taxonomy, key=lambda c: c.id):
        fields = (concept.id, concept.name, concept.category, *concept.forms)
        relations = (concept.broader, concept.related, concept.kind_of, concept.shows)
        digest.update(repr((fields, *relations)).encode("utf-8"))
    digest.update(repr(sorted(taxonomy.ambiguous)).encode("utf-8"))
    return digest.hexdigest()


class ProfileCache:
    """Profiles on disk under ``root`` (see the module docstring). Picklable: it travels to
    worker processes."""

    def __init__(self, root: str | os.PathLike[str], taxonomy: Taxonomy | None = None) -> None:
        self.root = Path(root)
        self.salt = f"{__version__}\0{VERSION}\0{taxonomy_fingerprint(taxonomy)}"

    def key(
        self, value: DocumentInput, kind: ProfileKind, label: str, reference: str | None = None
    ) -> str | None:
        """The entry's key, or ``None`` when ``value`` is not cacheable (a Document, a file
        that cannot be read or is very large: reading it is the reader's job)."""
        digest = hashlib.sha256(f"{self.salt}\0{kind}\0{reference}\0{label}\0".encode())
        if isinstance(value, bytes):
            digest.update(value)
        elif isinstance(value, (str, os.PathLike)) and not (
            isinstance(value, str) and ("\n" in value or not os.path.isfile(value))
        ):
            try:
                if os.path.getsize(value) > _MAX_KEYED_BYTES:
                    return None
                with open(value, "rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
            except (OSError, ValueError):
                return None
        elif isinstance(value, str):
            digest.update(b"text\0" + value.encode("utf-8", "surrogatepass"))
        else:
            return None
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry exists (it is validated when read)."""
        return self._path(key).is_file()

    def get(self, key: str) -> Profile | None:
        try:
            return loads_profile(self._path(key).read_bytes())
        except (OSError, CodecError):
            return None

    def put(self, key: str, value: Profile) -> None:
        """Store ``value``; a cache that cannot be written is skipped, not an error."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(dumps_profile(value))
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, CodecError):
            return
