"""Pipeline stage, last: a Report -> text in one of several formats.

Every reporter is a pure function ``render(report) -> str`` over the same result model; the
CLI picks one by name. Source text is untrusted: each reporter escapes it for its format.
``Links`` (built by the CLI from where the report goes) says where ``file:line`` links point.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, NoReturn

from crosscheck.model import Report
from crosscheck.reporters.links import Links

if TYPE_CHECKING:
    from crosscheck.gate import GateResult


class Format(str, Enum):
    """Output formats the CLI offers."""

    TERMINAL = "terminal"
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"


class CheckFormat(str, Enum):
    """What `crosscheck check` can write besides its own lines."""

    GITHUB = "github"
    SARIF = "sarif"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    JSON = "json"
    TERMINAL = "terminal"
    HTML = "html"


def _unhandled(value: NoReturn) -> NoReturn:
    raise AssertionError(f"unhandled format: {value!r}")


def render(report: Report, fmt: Format, *, color: bool = False, width: int = 100,
           show_dropped: bool = False, links: Links | None = None) -> str:
    """Render a report in the chosen format; Markdown and HTML link ``file:line`` by
    ``links`` (HTML always links, relative to the claims folder by default)."""
    if fmt is Format.TERMINAL:
        from crosscheck.reporters.terminal import render_terminal

        return render_terminal(report, color=color, width=width, show_dropped=show_dropped)
    if fmt is Format.MARKDOWN:
        from crosscheck.reporters.markdown import render_markdown

        return render_markdown(report, links)
    if fmt is Format.JSON:
        from crosscheck.reporters.json import render_json

        return render_json(report)
    if fmt is Format.HTML:
        from crosscheck.reporters.html import render_html

        return render_html(report, links or Links())
    _unhandled(fmt)


def render_check(report: Report, result: GateResult, fmt: CheckFormat,
                 color: bool = False, links: Links | None = None) -> str:
    """Render a check's findings (and its report) in a CI format."""
    if fmt is CheckFormat.GITHUB:
        from crosscheck.reporters.github import render_github

        return render_github(report, result)
    if fmt is CheckFormat.SARIF:
        from crosscheck.reporters.sarif import render_sarif

        return render_sarif(report, result)
    if fmt is CheckFormat.JUNIT:
        from crosscheck.reporters.junit import render_junit

        return render_junit(report, result)
    if fmt is CheckFormat.MARKDOWN:
        return render(report, Format.MARKDOWN, links=links)
    if fmt is CheckFormat.JSON:
        return render(report, Format.JSON)
    if fmt is CheckFormat.TERMINAL:
        return render(report, Format.TERMINAL, color=color)
    if fmt is CheckFormat.HTML:
        return render(report, Format.HTML, links=links)
    _unhandled(fmt)
