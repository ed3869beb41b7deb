"""Scan reporters: disagreements (and agreements with --all) as terminal text, Markdown, JSON,
and claims.yaml entries to paste (--suggest). Untrusted text is escaped as in the report."""

from __future__ import annotations

import io
import json
import re
from typing import Any

from rich.console import Console
from rich.text import Text

from crosscheck.model import ValueKind
from crosscheck.reporters.common import plain
from crosscheck.reporters.markdown import code, md
from crosscheck.scan import ScanFinding, ScanReport, Statement
from crosscheck.text import clause_around
from crosscheck.wording import count

TITLE = {True: "Disagreement", False: "Agreement"}


def _shown(report: ScanReport, show_all: bool, limit: int) -> list[ScanFinding]:
    chosen = list(report.disagreements[:limit])
    if show_all:
        chosen += list(report.agreements[:limit])
    return chosen


def _statement_text(statement: Statement) -> Text:
    text = Text(f"  {plain(statement.source)}:{statement.line}:{statement.column}",
                style="cyan")
    text.append(f"  {plain(statement.value.text)} → {plain(statement.value.explanation)}\n")
    value = statement.value
    body = statement.text
    text.append("    “", style="dim")
    text.append(plain(body[:value.start]))
    text.append(plain(body[value.start:value.end]), style="bold underline")
    text.append(plain(body[value.end:]))
    text.append("”", style="dim")
    return text


def render_scan_terminal(report: ScanReport, *, show_all: bool = False, limit: int = 20,
                         color: bool = False, width: int = 100) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      color_system="standard" if color else None, highlight=False,
                      emoji=False, markup=False)
    head = Text("crosscheck scan", style="bold")
    head.append(f"  {count(len(report.sources), 'source')} · "
                f"{count(len(report.disagreements), 'disagreement')} · "
                f"{count(len(report.agreements), 'agreement')}")
    console.print(head)
    for number, finding in enumerate(_shown(report, show_all, limit), 1):
        conflict = finding.relation.value == "conflicts"
        title = Text(f"\n{number}. {TITLE[conflict]}", style="bold red" if conflict
                     else "bold green")
        title.append(f"  confidence {min(finding.score, 1.0):.2f}"
                     + ("  (found from both sides)" if finding.both_sides else ""),
                     style="dim")
        console.print(title)
        console.print(_statement_text(finding.first))
        console.print(_statement_text(finding.second))
    if not report.disagreements:
        console.print(Text("\nNo two sources disagree on a value they both state.",
                           style="green"))
    return buffer.getvalue()


def render_scan_markdown(report: ScanReport, *, show_all: bool = False,
                         limit: int = 20) -> str:
    lines = [f"## crosscheck scan: {count(len(report.disagreements), 'disagreement')}", ""]
    for number, finding in enumerate(_shown(report, show_all, limit), 1):
        conflict = finding.relation.value == "conflicts"
        lines += [f"### {number}. {TITLE[conflict]} (confidence {min(finding.score, 1.0):.2f})",
                  "", "| source | value | reads as | passage |", "|---|---|---|---|"]
        for statement in (finding.first, finding.second):
            lines.append(f"| {code(f'{statement.source}:{statement.line}')} | "
                         f"**{md(statement.value.text)}** | {md(statement.value.explanation)} "
                         f"| {md(statement.text)} |")
        lines.append("")
    if not report.disagreements:
        lines.append("No two sources disagree on a value they both state.")
    return "\n".join(lines) + "\n"


def _statement_dict(statement: Statement) -> dict[str, Any]:
    return {"source": statement.source, "line": statement.line, "column": statement.column,
            "text": statement.text, "value": statement.value.text,
            "normalized": statement.value.normalized,
            "explanation": statement.value.explanation}


def render_scan_json(report: ScanReport, *, show_all: bool = False, limit: int = 20) -> str:
    data = {
        "version": 1,
        "claims_file": report.claims_path,
        "findings": [{"relation": "disagrees" if f.relation.value == "conflicts" else "agrees",
                      "confidence": round(min(f.score, 1.0), 4), "both_sides": f.both_sides,
                      "statements": [_statement_dict(f.first), _statement_dict(f.second)],
                      "reasons": list(f.reasons)}
                     for f in _shown(report, show_all, limit)],
        "warnings": list(report.warnings),
    }
    return json.dumps(data, indent=2, ensure_ascii=True) + "\n"


def _slug(text: str, taken: set[str]) -> str:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", text) if len(w) > 3][:4]
    base = "-".join(words) or "scan-finding"
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def _standalone(statement: Statement) -> tuple[str, str]:
    """The sentence with a date it states relative to its source ("Monday", "Jan. 15")
    written out, so that the claim means the same without the source's date."""
    value = statement.value
    if value.kind is not ValueKind.DATE or (not value.relative and "publication date" not in \
            value.explanation):
        return statement.text, value.text
    text = statement.text[:value.start] + value.normalized + statement.text[value.end:]
    return text, value.normalized


def render_suggestions(report: ScanReport, limit: int = 10) -> str:
    """claims.yaml entries for the top disagreements, ready to paste under `claims:`."""
    lines = ["# Suggested claims from `crosscheck scan`: check which source is right, fix the",
             "# claim text if needed, then paste under `claims:` in claims.yaml.", ""]
    taken: set[str] = set()
    for finding in report.disagreements[:limit]:
        first, second = finding.first, finding.second
        claim_text, value_text = _standalone(first)
        start, end = clause_around(first.text, first.value.start, first.value.end)
        lines += [
            f"  - id: {_slug(first.text[start:end], taken)}",
            f"    claim: {json.dumps(plain(claim_text), ensure_ascii=False)}",
            f"    value: {json.dumps(plain(value_text), ensure_ascii=False)}",
            f"    # {plain(first.source)}:{first.line} says {plain(first.value.text)!r}; "
            f"{plain(second.source)}:{second.line} says {plain(second.value.text)!r}",
            "",
        ]
    if not report.disagreements:
        lines.append("# (no disagreements found: nothing to suggest)")
    return "\n".join(lines) + "\n"
