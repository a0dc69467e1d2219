"""render(): one renderer per output format; renderers only read a Match."""

from __future__ import annotations

from collections.abc import Callable

from atsmatch.errors import ConfigError, did_you_mean
from atsmatch.result import Match

__all__ = ["FORMATS", "render"]

FORMATS = ("text", "json")


def _renderer(format: str) -> Callable[[Match], str]:
    if format == "json":
        from atsmatch.report.json_report import render_json

        return render_json
    if format == "text":
        from atsmatch.report.text_report import render_text

        return render_text
    raise ConfigError(
        f"unknown report format {format!r}{did_you_mean(format, FORMATS)}; "
        f"expected one of {', '.join(FORMATS)}"
    )


def render(result: Match, *, format: str = "text") -> str:
    """Render a :class:`Match` as ``text`` or ``json``."""
    return _renderer(format)(result)
