"""YAML resumes: JSON Resume written as YAML, and RenderCV's ``cv:`` YAML.

Both are read with PyYAML's safe loader; a JSON Resume is then rendered exactly as the JSON
reader renders it (jsonresume.py), a RenderCV file as rendercv.py does. A YAML error names
the file and line.
"""

from __future__ import annotations

from typing import Any

from atsmatch.errors import CorruptFileError, UnsupportedFormatError
from atsmatch.parse.formats.jsonresume import render_job, render_resume
from atsmatch.parse.formats.text import assemble_lines, decode_text
from atsmatch.parse.limits import ParseLimits
from atsmatch.parse.raw import RawText

__all__ = ["load_yaml", "read_yaml_resume"]

_RESUME_KEYS = {"basics", "work", "education", "volunteer", "skills", "projects", "awards"}


def load_yaml(data: bytes, name: str) -> Any:
    """The YAML document in ``data``; a :class:`CorruptFileError` with the line on failure."""
    import yaml

    try:
        return yaml.safe_load(decode_text(data))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise CorruptFileError(name, f"invalid YAML{line} ({exc.problem or exc.context})") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise CorruptFileError(name, f"invalid YAML ({exc})") from None


def read_yaml_resume(data: bytes, name: str, limits: ParseLimits) -> RawText:
    """Read a JSON Resume resume (or job) written in YAML."""
    value = load_yaml(data, name)
    if isinstance(value, dict) and "title" in value and "responsibilities" in value:
        return assemble_lines(render_job(value), name, limits)
    if not isinstance(value, dict) or not _RESUME_KEYS & value.keys():
        raise UnsupportedFormatError(
            name, "YAML that is neither a JSON Resume (basics, work, ...) nor a RenderCV cv"
        )
    return assemble_lines(render_resume(value), name, limits)
