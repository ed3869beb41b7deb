"""Terminal reporter: a rich report, worst news first.

Summary counts, a claims-by-sources matrix with a legend, then each claim with its evidence
(file:line:col, the sentence with the value highlighted, what the value normalised to), then
the sources and where their dates came from. Source text only ever enters rich as plain
``Text`` segments, never as markup, and control characters are shown escaped.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from crosscheck.model import ClaimResult, Evidence, Relation, Report, Status
from crosscheck.reporters.common import (
    RELATION_MARK,
    STATUS_MARK,
    folded,
    location,
    plain,
    shown_evidence,
    source_cell,
    source_count,
    summary_counts,
    value_note,
)

STATUS_STYLE = {
    Status.CONTRADICTED: "bold red", Status.DISPUTED: "bold magenta",
    Status.UNSUPPORTED: "bold yellow", Status.SUPPORTED: "bold green",
}
RELATION_STYLE = {Relation.CONFLICTS: "red", Relation.SUPPORTS: "green",
                  Relation.MENTIONS: "dim"}


def _summary(report: Report) -> Text:
    text = Text()
    text.append("crosscheck report", style="bold")
    text.append(f"  {plain(report.claims_path)} · {len(report.results)} claims · "
                f"{len(report.sources)} sources\n")
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


def _evidence_block(evidence: Evidence, copies: list[Evidence]) -> Text:
    style = RELATION_STYLE[evidence.relation]
    text = Text("  ")
    text.append(f"{RELATION_MARK[evidence.relation]} {evidence.relation.value:<9}", style=style)
    text.append(" ")
    text.append(plain(location(evidence)), style="cyan")
    if evidence.copy_of is not None:
        text.append(f" (copy of {plain(evidence.copy_of)})", style="dim")
    text.append("\n    ")
    text.append_text(_highlighted(evidence))
    note = value_note(evidence)
    if note:
        text.append("\n    value: ", style="dim")
        text.append(note)
    elif evidence.relation is not Relation.SUPPORTS and evidence.reasons:
        text.append("\n    ", style="dim")
        text.append(plain(evidence.reasons[0]), style="dim")
    if evidence.accepted is not None:
        text.append("\n    accepted: ", style="bold")
        text.append(plain(evidence.accepted))
    if evidence.relation is Relation.CONFLICTS and evidence.claim_value is not None:
        text.append("\n    claim says: ", style="dim")
        text.append(f"{plain(evidence.claim_value.text)} → "
                    f"{plain(evidence.claim_value.explanation)}")
    if copies:
        text.append("\n    also in copies: ", style="dim")
        text.append(", ".join(plain(location(c)) for c in copies), style="cyan")
    return text


def _claim_block(result: ClaimResult, claims_path: str) -> RenderableType:
    head = Text()
    head.append(f"{STATUS_MARK[result.status]} {result.status.value.upper()}",
                style=STATUS_STYLE[result.status])
    if result.fully_accepted:
        head.append(" (accepted)", style="bold")
    head.append(f"  {plain(result.claim.id)}", style="bold")
    head.append(f"  {plain(claims_path)}:{result.claim.line}", style="cyan")
    head.append("\n  ")
    head.append(plain(result.claim.text), style="italic")
    head.append(f"\n  sources: {source_count(result, Relation.SUPPORTS, needs=True)}, "
                f"{source_count(result, Relation.CONFLICTS)}", style="dim")
    shown = shown_evidence(result)
    if not shown:
        head.append("\n  no passage in the corpus is about this claim", style="dim")
    return Group(head, *(_evidence_block(e, copies) for e, copies in folded(shown)), Text(""))


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
        copy = f" (copy of {labels[summary.copy_of]})" if summary.copy_of in labels else ""
        table.add_row(labels[summary.path], Text(plain(summary.path) + copy),
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
    if report.warnings:
        items.append(Text("\nWarnings", style="bold yellow"))
        items += [Text(f"  {plain(w)}", style="yellow") for w in report.warnings]
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
    return buffer.getvalue()
