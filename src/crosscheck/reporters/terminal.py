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
    folded,
    location,
    natural_key,
    plain,
    short_names,
    shown_evidence,
    source_count,
    strongest_relations,
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
    """S1, S2, … in natural order of path (doc-2 before doc-10)."""
    ordered = sorted((s.path for s in report.sources), key=natural_key)
    return {path: f"S{i}" for i, path in enumerate(ordered, 1)}


CLAIM_WIDTH = 34
VERDICT_WIDTH = len("contradicted")


def _claim_width(report: Report, width: int, sources: int = 0) -> int:
    """The claim column: as wide as the longest id (34 columns at most), unless that leaves
    less than ``sources`` columns for the sources: then a quarter of the width, and longer
    ids end in an ellipsis."""
    longest = min(CLAIM_WIDTH, max((len(plain(r.claim.id)) for r in report.results),
                                   default=5))
    if width - (longest + GAP + VERDICT_WIDTH) >= sources:
        return longest
    return min(longest, max(12, width // 4))


COMPACT_ROOM = 40
"""Columns the compact matrix wants for the names of a claim's first sources."""
GAP = 3
"""Between two columns of a matrix: the divider and a space of padding on each side."""


def _columns_width(labels: list[str]) -> int:
    return sum(GAP + len(label) for label in labels)


def _matrix_fits(report: Report, labels: list[str], width: int) -> bool:
    """Whether a column per source fits beside the claim and verdict columns."""
    claim = _claim_width(report, width, _columns_width(labels))
    return claim + GAP + VERDICT_WIDTH + _columns_width(labels) <= width


def _matrix(report: Report, width: int) -> RenderableType:
    """A column per source that bears on some claim, when they fit the width; above that
    many sources, a row per claim with its counts and its first sources by short name."""
    labels = _source_labels(report)
    relations = {str(r.claim.id): strongest_relations(r) for r in report.results}
    shown = [p for p in labels if any(p in found for found in relations.values())]
    silent = len(labels) - len(shown)
    names = short_names(list(labels))
    if _matrix_fits(report, [labels[p] for p in shown], width):
        table = _full_matrix(report, relations, {p: labels[p] for p in shown},
                             _claim_width(report, width, _columns_width(
                                 [labels[p] for p in shown])))
        legend = [f"{labels[p]} = {plain(names[p])}" for p in shown]
    else:
        table = _compact_matrix(report, relations, names, width)
        legend = [f"{count(len(shown), 'source')} bear on the claims: too many for a column "
                  "each; every relation is in `--format json`"]
    if silent:
        legend.append(f"{count(silent, 'source')} silent on every claim, not shown")
    return Group(table, _legend(legend))


def _legend(lines: list[str]) -> Text:
    legend = Text()
    legend.append("✔ supports", style="green")
    legend.append("  ")
    legend.append("✘ conflicts", style="red")
    legend.append("  · mentions  (blank) silent\n", style="dim")
    for line in lines:
        legend.append(line + "\n", style="dim")
    return legend


def _matrix_table(claim_width: int) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("claim", no_wrap=True, overflow="ellipsis", max_width=claim_width)
    table.add_column("verdict", no_wrap=True, min_width=VERDICT_WIDTH)
    return table


def _mark(relation: Relation | None) -> Text:
    if relation is None:
        return Text("")
    return Text(RELATION_MARK[relation], style=RELATION_STYLE[relation])


def _full_matrix(report: Report, relations: dict[str, dict[str, Relation]],
                 labels: dict[str, str], claim_width: int) -> Table:
    table = _matrix_table(claim_width)
    for label in labels.values():
        table.add_column(label, justify="center", no_wrap=True)
    for result in report.results:
        found = relations[result.claim.id]
        table.add_row(Text(plain(result.claim.id)),
                      Text(result.status.value, style=STATUS_STYLE[result.status]),
                      *(_mark(found.get(path)) for path in labels))
    return table


def _compact_matrix(report: Report, relations: dict[str, dict[str, Relation]],
                    names: dict[str, str], width: int) -> Table:
    kinds = (Relation.SUPPORTS, Relation.CONFLICTS, Relation.MENTIONS)
    counts = {claim: [sum(1 for r in found.values() if r is kind) for kind in kinds]
              for claim, found in relations.items()}
    digits = max((len(str(n)) for row in counts.values() for n in row), default=1)
    claim_width = _claim_width(report, width, 3 * (GAP + digits) + GAP + COMPACT_ROOM)
    room = width - (claim_width + GAP + VERDICT_WIDTH + 3 * (GAP + digits) + GAP)
    table = _matrix_table(claim_width)
    for relation in kinds:
        table.add_column(RELATION_MARK[relation], justify="right", no_wrap=True)
    table.add_column("sources", no_wrap=True, overflow="ellipsis")
    for result in report.results:
        found = relations[result.claim.id]
        table.add_row(Text(plain(result.claim.id)),
                      Text(result.status.value, style=STATUS_STYLE[result.status]),
                      *(Text(str(n) if n else "") for n in counts[result.claim.id]),
                      _first_sources(found, names, room))
    return table


def _first_sources(found: dict[str, Relation], names: dict[str, str], room: int) -> Text:
    """Conflicting sources first, then supporting, then mentioning, in natural order, as
    many as fit in ``room`` columns, then how many more."""
    order = {Relation.CONFLICTS: 0, Relation.SUPPORTS: 1, Relation.MENTIONS: 2}
    ranked = sorted(found, key=lambda p: (order[found[p]], natural_key(p)))
    text = Text()
    for shown, path in enumerate(ranked):
        piece = f"{'  ' if shown else ''}{RELATION_MARK[found[path]]} {plain(names[path])}"
        after = len(ranked) - shown - 1
        if len(text) + len(piece) + (len(f"  +{after} more") if after else 0) > room:
            text.append(f"{'  ' if shown else ''}+{len(ranked) - shown} more", style="dim")
            break
        text.append(piece, style=RELATION_STYLE[found[path]])
    return text


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


def _evidence_block(evidence: Evidence, copies: list[Evidence]) -> RenderableType:
    style = RELATION_STYLE[evidence.relation]
    head = Text()
    head.append(f"{RELATION_MARK[evidence.relation]} {evidence.relation.value:<9}", style=style)
    head.append(" ")
    head.append(plain(location(evidence)), style="cyan")
    if evidence.copy_of is not None:
        head.append(f" (copy of {plain(evidence.copy_of)})", style="dim")
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
    if copies:
        parts.append(_indented(Text.assemble(
            ("also in copies: ", "dim"),
            (", ".join(plain(location(c)) for c in copies), "cyan")), 4))
    return Group(*parts)


def _claim_block(result: ClaimResult, claims_path: str) -> RenderableType:
    head = Text()
    head.append(f"{STATUS_MARK[result.status]} {result.status.value.upper()}",
                style=STATUS_STYLE[result.status])
    if result.fully_accepted:
        head.append(" (accepted)", style="bold")
    head.append(f"  {plain(result.claim.id)}", style="bold")
    head.append(f"  {plain(claims_path)}:{result.claim.line}", style="cyan")
    body: list[RenderableType] = [
        head, _indented(Text(plain(result.claim.text), style="italic"), 2),
        _indented(Text(f"sources: {source_count(result, Relation.SUPPORTS, needs=True)}, "
                       f"{source_count(result, Relation.CONFLICTS)}", style="dim"), 2)]
    shown = shown_evidence(result)
    if not shown:
        body.append(_indented(Text("no passage in the corpus is about this claim",
                                   style="dim"), 2))
    return Group(*body, *(_evidence_block(e, copies) for e, copies in folded(shown)),
                 Text(""))


SOURCES_LISTED = 100
"""Above this many sources the terminal report sums them up instead of a row each."""


def _sources(report: Report) -> list[RenderableType]:
    """A row per source (label, path, passages, dropped lines, date and where it came from),
    in natural order; past SOURCES_LISTED, one line of totals."""
    heading = Text("Sources", style="bold")
    if len(report.sources) > SOURCES_LISTED:
        dated = sum(1 for s in report.sources if s.published)
        line = Text(f"{count(len(report.sources), 'source')} · "
                    f"{count(sum(s.passages for s in report.sources), 'passage')} · "
                    f"{dated:,} dated, {len(report.sources) - dated:,} undated · "
                    f"{count(sum(len(s.dropped) for s in report.sources), 'line')} dropped")
        return [heading, _indented(line, 2),
                _indented(Text("a row per source: crosscheck report --format json",
                               style="dim"), 2), Text("")]
    labels = _source_labels(report)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, title_justify="left")
    table.add_column("")
    table.add_column("source")
    table.add_column("passages", justify="right")
    table.add_column("dropped", justify="right")
    table.add_column("published")
    for summary in sorted(report.sources, key=lambda s: natural_key(s.path)):
        date = summary.published.isoformat() if summary.published else "unknown"
        origin = f" from {summary.published_origin}" if summary.published_origin else ""
        copy = f" (copy of {labels[summary.copy_of]})" if summary.copy_of in labels else ""
        table.add_row(labels[summary.path], Text(plain(summary.path) + copy),
                      str(summary.passages), str(len(summary.dropped)),
                      Text(plain(date + origin)))
    return [heading, table]


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


def _renderables(report: Report, show_dropped: bool, width: int) -> list[RenderableType]:
    items: list[RenderableType] = [_summary(report), Text(""), _matrix(report, width)]
    items += [_claim_block(r, report.claims_path) for r in report.results]
    items += _sources(report)
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
    for item in _renderables(report, show_dropped, width):
        console.print(item)
    return _TRAILING_SPACE.sub(r"\1", buffer.getvalue())


_TRAILING_SPACE = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)
"""Spaces that rich pads table cells and wrapped blocks with, at the end of a line (before
any closing colour codes): invisible, but noise in a saved report or a diff."""
