"""Pipeline stage, last: a Report -> text in one of several formats.

Every reporter is a pure function ``render(report) -> str`` over the same result model; the
CLI picks one by name. Source text is untrusted: each reporter escapes it for its format.
"""

from __future__ import annotations

from enum import Enum
from typing import NoReturn

from crosscheck.model import Report


class Format(str, Enum):
    """Output formats the CLI offers."""

    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    JSON = "json"


def _unhandled(value: NoReturn) -> NoReturn:
    raise AssertionError(f"unhandled format: {value!r}")


def render(report: Report, fmt: Format, *, color: bool = False, width: int = 100,
           show_dropped: bool = False) -> str:
    """Render a report in the chosen format."""
    if fmt is Format.TERMINAL:
        from crosscheck.reporters.terminal import render_terminal

        return render_terminal(report, color=color, width=width, show_dropped=show_dropped)
    if fmt is Format.MARKDOWN:
        from crosscheck.reporters.markdown import render_markdown

        return render_markdown(report)
    if fmt is Format.JSON:
        from crosscheck.reporters.json import render_json

        return render_json(report)
    _unhandled(fmt)
