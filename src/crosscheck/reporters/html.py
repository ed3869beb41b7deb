"""HTML reporter: the report as one self-contained page to look at, share or publish.

A Report -> view objects (plain strings, already made one-line and control-free) -> a Jinja2
template with autoescaping, so source text only ever becomes text. The stylesheet and script
are inlined and allowed by hash in the page's Content-Security-Policy: nothing is loaded from
elsewhere, and even markup smuggled into the page could run no script. Everything essential
(counts, claims table, evidence cards, sources) is plain HTML; the script adds filtering,
sorting, search and the claims-by-sources grid, which it draws lazily from a compact JSON
island (only the cells in view are in the DOM, so 1,000 x 3,000 stays fast).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import PurePosixPath
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from crosscheck import __version__
from crosscheck.model import ClaimResult, Evidence, Relation, Report, SourceSummary
from crosscheck.reporters.common import (
    MENTIONS_SHOWN,
    RELATION_MARK,
    STATUS_MARK,
    location,
    plain,
    summary_counts,
)
from crosscheck.reporters.links import Links

# Grid cell codes, shared with report.js.
CELL_CODE = {Relation.CONFLICTS: 0, Relation.SUPPORTS: 1, Relation.MENTIONS: 2}
ACCEPTED_CONFLICT = 3
# Above this many sources their table starts folded: laying out thousands of rows would
# cost the page's opening most of a second, for a table most readers never open.
SOURCES_OPEN_MAX = 300


@dataclass(frozen=True)
class EvidenceView:
    """One piece of evidence as the page shows it."""

    anchor: str
    relation: str
    mark: str
    label: str
    accepted: bool
    source_index: int
    location: str
    href: str
    before: str
    value: str
    after: str
    notes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ClaimView:
    """One claim's card and its row in the claims table."""

    row: int
    anchor: str
    id: str
    text: str
    status: str
    mark: str
    accepted: bool
    where: str
    href: str
    supporting: int
    conflicting: int
    min_sources: int
    read_as: str
    evidence: tuple[EvidenceView, ...]
    more_mentions: tuple[EvidenceView, ...]
    marks: tuple[tuple[str, str, str, str, str], ...]
    """(relation, mark, source label, evidence anchor, source path) for each source that
    supports or conflicts."""
    mentioning: int
    stale: tuple[str, ...]


@dataclass(frozen=True)
class SourceView:
    """One row of the sources table."""

    index: int
    path: str
    href: str
    passages: int
    dropped: int
    published: str
    origin: str
    copy_of: str
    copy_of_index: int | None


def _split_quote(evidence: Evidence) -> tuple[str, str, str]:
    """The passage as (before, value, after), each one line with controls made visible."""
    body, value = evidence.text, evidence.value
    if value is None or not 0 <= value.start <= value.end <= len(body):
        return plain(body), "", ""
    return plain(body[:value.start]), plain(body[value.start:value.end]), plain(body[value.end:])


def _notes(evidence: Evidence) -> tuple[tuple[str, str], ...]:
    """How the evidence was read: value, the claim's value, acceptance, reasons, rules."""
    notes: list[tuple[str, str]] = []
    if evidence.value is not None:
        notes.append(("value", f"{plain(evidence.value.text)} → "
                               f"{plain(evidence.value.explanation)}"))
    if evidence.relation is Relation.CONFLICTS and evidence.claim_value is not None:
        notes.append(("claim says", f"{plain(evidence.claim_value.text)} → "
                                    f"{plain(evidence.claim_value.explanation)}"))
    if evidence.accepted is not None:
        notes.append(("accepted", plain(evidence.accepted)))
    if evidence.reasons:
        notes.append(("why", "; ".join(plain(r) for r in evidence.reasons)))
    if evidence.rules:
        notes.append(("rules", ", ".join(plain(r) for r in evidence.rules)))
    return tuple(notes)


def _evidence_view(evidence: Evidence, anchor: str, source_index: int,
                   links: Links) -> EvidenceView:
    label = evidence.relation.value
    if evidence.accepted is not None:
        label += " (accepted)"
    before, value, after = _split_quote(evidence)
    return EvidenceView(anchor, evidence.relation.value, RELATION_MARK[evidence.relation], label,
                        evidence.accepted is not None, source_index, plain(location(evidence)),
                        links.href(evidence.source, evidence.line), before, value, after,
                        _notes(evidence))


def _ordered_evidence(result: ClaimResult) -> list[Evidence]:
    """Conflicts and supports first (strongest first, as the report has them), then
    mentions."""
    decisive = [e for e in result.evidence if e.relation is not Relation.MENTIONS]
    return decisive + [e for e in result.evidence if e.relation is Relation.MENTIONS]


def _marks(views: list[EvidenceView],
           paths: list[str]) -> tuple[tuple[str, str, str, str, str], ...]:
    """The sources that support or conflict, once each, with their strongest relation."""
    first: dict[int, EvidenceView] = {}
    for view in views:
        if view.relation != Relation.MENTIONS.value:
            first.setdefault(view.source_index, view)
    order = {Relation.CONFLICTS.value: 0, Relation.SUPPORTS.value: 1}
    picked = sorted(first.values(), key=lambda v: (order[v.relation], v.source_index))
    return tuple((v.relation, v.mark, f"S{v.source_index + 1}", v.anchor,
                  paths[v.source_index]) for v in picked if v.source_index >= 0)


def _claim_view(row: int, result: ClaimResult, claims_path: str, links: Links,
                source_index: dict[str, int], paths: list[str]) -> ClaimView:
    anchor = f"claim-{result.claim.id}"
    views = [_evidence_view(e, f"{anchor}-e{n}", source_index.get(e.source, -1), links)
             for n, e in enumerate(_ordered_evidence(result), 1)]
    decisive = [v for v in views if v.relation != Relation.MENTIONS.value]
    mentions = [v for v in views if v.relation == Relation.MENTIONS.value]
    shown = MENTIONS_SHOWN if decisive else MENTIONS_SHOWN + 1
    read_as = "; ".join(f"{plain(v.text)} → {plain(v.explanation)}"
                        for v in result.claim_values)
    stale = tuple(f"{plain(a.source)} (claims.yaml line {a.line}): {plain(a.reason)}"
                  for a in result.stale_acceptances)
    return ClaimView(
        row, anchor, result.claim.id, plain(result.claim.text), result.status.value,
        STATUS_MARK[result.status], result.fully_accepted,
        f"{plain(claims_path)}:{result.claim.line}",
        links.href(PurePosixPath(claims_path).name, result.claim.line),
        len(result.sources_with(Relation.SUPPORTS)), len(result.sources_with(Relation.CONFLICTS)),
        result.claim.min_sources, read_as, tuple(decisive + mentions[:shown]),
        tuple(mentions[shown:]), _marks(views, paths),
        len(result.sources_with(Relation.MENTIONS)), stale)


def _source_view(index: int, summary: SourceSummary, links: Links,
                 source_index: dict[str, int]) -> SourceView:
    copy_index = source_index.get(summary.copy_of) if summary.copy_of else None
    return SourceView(
        index + 1, plain(summary.path), links.href(summary.path), summary.passages,
        len(summary.dropped), summary.published.isoformat() if summary.published else "unknown",
        plain(summary.published_origin or ""), plain(summary.copy_of or ""),
        None if copy_index is None else copy_index + 1)


def _grid_cells(result: ClaimResult, source_index: dict[str, int]) -> list[list[int]]:
    """[column, code, evidence number...] for each source with evidence on this claim."""
    by_column: dict[int, list[tuple[int, Evidence]]] = {}
    for number, evidence in enumerate(_ordered_evidence(result), 1):
        column = source_index.get(evidence.source)
        if column is not None:
            by_column.setdefault(column, []).append((number, evidence))
    return [[column, _cell_code([e for _, e in items]), *(n for n, _ in items)]
            for column, items in sorted(by_column.items())]


def _cell_code(evidence: list[Evidence]) -> int:
    """A source's strongest relation to a claim; a conflict all of whose passages were
    accepted is told apart."""
    conflicts = [e for e in evidence if e.relation is Relation.CONFLICTS]
    if conflicts:
        accepted = all(e.accepted is not None for e in conflicts)
        return ACCEPTED_CONFLICT if accepted else CELL_CODE[Relation.CONFLICTS]
    if any(e.relation is Relation.SUPPORTS for e in evidence):
        return CELL_CODE[Relation.SUPPORTS]
    return CELL_CODE[Relation.MENTIONS]


def grid_data(report: Report) -> dict[str, Any]:
    """The compact data the page's script draws the claims-by-sources grid from."""
    source_index = {s.path: i for i, s in enumerate(report.sources)}
    return {
        "sources": [plain(s.path) for s in report.sources],
        "claims": [[r.claim.id, r.status.value, len(r.sources_with(Relation.SUPPORTS)),
                    len(r.sources_with(Relation.CONFLICTS)), r.claim.min_sources,
                    plain(r.claim.text)]
                   for r in report.results],
        "cells": [_grid_cells(r, source_index) for r in report.results],
    }


@cache
def _environment() -> Environment:
    return Environment(loader=PackageLoader("crosscheck.reporters", "templates"),
                       autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                       lstrip_blocks=True, keep_trailing_newline=True)


@cache
def _asset(name: str) -> str:
    """A stylesheet or script shipped beside the template, inlined into the page as is."""
    folder = resources.files("crosscheck.reporters") / "templates"
    return (folder / name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    """The CSP source expression that allows exactly this inline style or script."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def render_html(report: Report, links: Links) -> str:
    """The whole report as one self-contained HTML page."""
    source_index = {s.path: i for i, s in enumerate(report.sources)}
    paths = [plain(s.path) for s in report.sources]
    css, script = _asset("report.css"), _asset("report.js")
    template = _environment().get_template("report.html.j2")
    return template.render(
        version=__version__,
        claims_path=plain(report.claims_path),
        claims_href=links.href(PurePosixPath(report.claims_path).name),
        counts=[(s.value, STATUS_MARK[s], n) for s, n in summary_counts(report)],
        claims=[_claim_view(row, r, report.claims_path, links, source_index, paths)
                for row, r in enumerate(report.results)],
        sources=[_source_view(i, s, links, source_index) for i, s in enumerate(report.sources)],
        sources_open_max=SOURCES_OPEN_MAX,
        warnings=[plain(w) for w in report.warnings],
        grid=grid_data(report),
        # Our own files, inlined as they are (their hashes are in the CSP): never input.
        css=Markup(css), script=Markup(script),
        css_hash=csp_hash(css), script_hash=csp_hash(script),
    )
