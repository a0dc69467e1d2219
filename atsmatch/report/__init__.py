"""render(): one renderer per output format; renderers only read a Match."""

from __future__ import annotations

from atsmatch.errors import ConfigError, did_you_mean
from atsmatch.result import Match

__all__ = ["FORMATS", "render"]

FORMATS = ("text", "json", "markdown", "html")


def render(result: Match, *, format: str = "text", color: bool = False) -> str:
    """Render a :class:`Match` as ``text``, ``json``, ``markdown`` or ``html``.

    ``color`` adds ANSI colours to the ``text`` format (for a terminal); other formats
    ignore it.
    """
    if format == "json":
        from atsmatch.report.json_report import render_json

        return render_json(result)
    if format == "text":
        from atsmatch.report.text_report import render_text

        return render_text(result, color=color)
    if format == "markdown":
        from atsmatch.report.markdown_report import render_markdown

        return render_markdown(result)
    if format == "html":
        from atsmatch.report.html_report import render_html

        return render_html(result)
    raise ConfigError(
        f"unknown report format {format!r}{did_you_mean(format, FORMATS)}; "
        f"expected one of {', '.join(FORMATS)}"
    )
