"""Terminal reporter: a rich report, worst news first.

Summary counts, a claims-by-sources matrix with a legend, then each claim with its evidence
(file:line:col, the sentence with the value highlighted, what the value normalised to), then
the sources and where their dates came from. Warnings (files skipped) are not part of it:
the CLI prints them on stderr, as for every command. Source text only ever enters rich as plain
``Text`` segments, never as markup, and control characters are shown escaped.
"""

from __future__ import annotations

import io
import re

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from crosscheck.model import ClaimResult, Evidence, Relation, Report, Status
from crosscheck.reporters.common import (
    RELATION_MARK,
    STATUS_MARK,
    location,
    plain,
    shown_evidence,
    source_cell,
    summary_counts,
    value_note,
)
from crosscheck.wording import count

STATUS_STYLE = {
    Status.CONTRADICTED: "bold red", Status.DISPUTED: "bold magenta",
    Status.UNSUPPORTED: "bold yellow", Status.SUPPORTED: "bold green",
}
RELATION_STYLE = {Relation.CONFLICTS: "red", Relation.SUPPORTS: "green",
                  Relation.MENTIONS: "dim"}


def _summary(report: Report) -> Text:
    text = Text()
    text.append("crosscheck report", style="bold")
    text.append(f"  {plain(report.claims_path)} · {count(len(report.results), 'claim')} · "
                f"{count(len(report.sources), 'source')}\n")
    parts = [(f"{count} {status.value}", STATUS_STYLE[status] if count else "dim")
             for status, count in summary_counts(report)]
    for index, (label, style) in enumerate(parts):
        if index:
            text.append(" · ", style="dim")
        text.append(label, style=style)
    return text


def _source_labels(report: Report) -> dict[str, str]:
    return {s.path: f"S{i}" for i, s in enumerate(report.sources, 1)}


def _matrix(report: Report) -> RenderableType:
    labels = _source_labels(report)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("claim", no_wrap=True, overflow="ellipsis", max_width=34)
    table.add_column("verdict", no_wrap=True)
    for label in labels.values():
        table.add_column(label, justify="center", no_wrap=True)
    for result in report.results:
        cells: list[Text] = []
        for path in labels:
            relation = source_cell(result, path)
            cells.append(Text(RELATION_MARK[relation], style=RELATION_STYLE[relation])
                         if relation else Text(""))
        table.add_row(Text(plain(result.claim.id)),
                      Text(result.status.value, style=STATUS_STYLE[result.status]), *cells)
    legend = Text()
    legend.append("✔ supports", style="green")
    legend.append("  ")
    legend.append("✘ conflicts", style="red")
    legend.append("  · mentions  (blank) silent\n", style="dim")
    for path, label in labels.items():
        legend.append(f"{label} = {plain(path)}\n", style="dim")
    return Group(table, legend)


def _highlighted(evidence: Evidence) -> Text:
    text = Text("“", style="dim")
    body = evidence.text
    value = evidence.value
    if value is not None and 0 <= value.start <= value.end <= len(body):
        text.append(plain(body[:value.start]))
        text.append(plain(body[value.start:value.end]),
                    style=f"bold {RELATION_STYLE[evidence.relation]} underline")
        text.append(plain(body[value.end:]))
    else:
        text.append(plain(body))
    text.append("”", style="dim")
    return text


def _indented(text: Text, indent: int) -> Padding:
    """A block whose wrapped lines all start at ``indent`` (a hanging indent)."""
    return Padding(text, (0, 0, 0, indent), expand=False)


def _evidence_block(evidence: Evidence) -> RenderableType:
    style = RELATION_STYLE[evidence.relation]
    head = Text()
    head.append(f"{RELATION_MARK[evidence.relation]} {evidence.relation.value:<9}", style=style)
    head.append(" ")
    head.append(plain(location(evidence)), style="cyan")
    parts: list[RenderableType] = [_indented(head, 2), _indented(_highlighted(evidence), 4)]
    note = value_note(evidence)
    if note:
        parts.append(_indented(Text.assemble(("value: ", "dim"), note), 4))
    elif evidence.relation is not Relation.SUPPORTS and evidence.reasons:
        parts.append(_indented(Text(plain(evidence.reasons[0]), style="dim"), 4))
    if evidence.accepted is not None:
        parts.append(_indented(Text.assemble(("accepted: ", "bold"), plain(evidence.accepted)),
                               4))
    if evidence.relation is Relation.CONFLICTS and evidence.claim_value is not None:
        parts.append(_indented(Text.assemble(
            ("claim says: ", "dim"), f"{plain(evidence.claim_value.text)} → "
                                     f"{plain(evidence.claim_value.explanation)}"), 4))
    return Group(*parts)


def _claim_block(result: ClaimResult, claims_path: str) -> RenderableType:
    head = Text()
    head.append(f"{STATUS_MARK[result.status]} {result.status.value.upper()}",
                style=STATUS_STYLE[result.status])
    if result.fully_accepted:
        head.append(" (accepted)", style="bold")
    head.append(f"  {plain(result.claim.id)}", style="bold")
    head.append(f"  {plain(claims_path)}:{result.claim.line}", style="cyan")
    supports = len(result.sources_with(Relation.SUPPORTS))
    conflicts = len(result.sources_with(Relation.CONFLICTS))
    body: list[RenderableType] = [
        head, _indented(Text(plain(result.claim.text), style="italic"), 2),
        _indented(Text(f"sources: {supports} supporting (needs {result.claim.min_sources}), "
                       f"{conflicts} conflicting", style="dim"), 2)]
    shown = shown_evidence(result)
    if not shown:
        body.append(_indented(Text("no passage in the corpus is about this claim",
                                   style="dim"), 2))
    return Group(*body, *(_evidence_block(e) for e in shown), Text(""))


def _sources(report: Report) -> RenderableType:
    labels = _source_labels(report)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, title_justify="left")
    table.add_column("")
    table.add_column("source")
    table.add_column("passages", justify="right")
    table.add_column("dropped", justify="right")
    table.add_column("published")
    for summary in report.sources:
        date = summary.published.isoformat() if summary.published else "unknown"
        origin = f" from {summary.published_origin}" if summary.published_origin else ""
        table.add_row(labels[summary.path], Text(plain(summary.path)),
                      str(summary.passages), str(len(summary.dropped)),
                      Text(plain(date + origin)))
    return table


def _dropped(report: Report) -> list[RenderableType]:
    items: list[RenderableType] = [Text("Dropped lines (page furniture, not evidence)",
                                        style="bold")]
    for summary in report.sources:
        for line in summary.dropped:
            text = Text(f"  {plain(summary.path)}:{line.line}", style="cyan")
            text.append(f"  [{line.rule}] ", style="dim")
            text.append(plain(line.text))
            items.append(text)
    return items


def _renderables(report: Report, show_dropped: bool) -> list[RenderableType]:
    items: list[RenderableType] = [_summary(report), Text(""), _matrix(report)]
    items += [_claim_block(r, report.claims_path) for r in report.results]
    items += [Text("Sources", style="bold"), _sources(report)]
    if show_dropped:
        items += _dropped(report)
    return items


def render_terminal(report: Report, *, color: bool = False, width: int = 100,
                    show_dropped: bool = False) -> str:
    """The report as terminal text, with ANSI colour when ``color`` is set."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False,
                      emoji=False, markup=False, legacy_windows=False)
    for item in _renderables(report, show_dropped):
        console.print(item)
    return _TRAILING_SPACE.sub(r"\1", buffer.getvalue())


_TRAILING_SPACE = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)
"""Spaces that rich pads table cells and wrapped blocks with, at the end of a line (before
any closing colour codes): invisible, but noise in a saved report or a diff."""
