"""Markdown reporter: the discrepancy summary for a PR comment, job summary or wiki.

Discrepancies (contradicted, disputed, unsupported claims) come first with their evidence
quoted; every claim follows in one table. All untrusted text goes through ``md`` so that a
pipe, backtick, bracket or HTML tag in a source can never break a table or become markup.
Given ``Links``, every ``file:line`` links to the file (on GitHub, to the blob at the line).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from crosscheck.model import ClaimResult, Evidence, Relation, Report, Status
from crosscheck.reporters.common import (
    RELATION_MARK,
    STATUS_MARK,
    folded,
    location,
    plain,
    shown_evidence,
    source_count,
    summary_counts,
)
from crosscheck.reporters.links import Links
from crosscheck.wording import count

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$])")
_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))")


def md(text: str) -> str:
    """Untrusted text as inert inline Markdown: one line, specials escaped, no HTML.

    Escapes what can start emphasis, code, links, HTML, tables, math or strike-through
    anywhere, and a list or heading marker at the start; "@" becomes an entity so that a
    quoted "@name" never notifies anyone from a PR comment.
    """
    flat = plain(text).replace("&", "&amp;")
    escaped = _SPECIAL.sub(r"\\\1", flat)
    escaped = _LINE_START.sub(_escape_marker, escaped)
    return escaped.replace("@", "&#64;")


def _escape_marker(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def code(text: str) -> str:
    """Untrusted text as an inline code span that survives backticks and table pipes."""
    flat = plain(text)
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {flat} " if flat.startswith("`") or flat.endswith("`") else flat
    return f"{fence}{padded}{fence}".replace("|", "\\|")


def _headline(report: Report) -> str:
    counts = " · ".join(f"{count} {status.value}" for status, count in summary_counts(report))
    return f"## crosscheck: {counts}\n\n{code(report.claims_path)} · " \
           f"{count(len(report.results), 'claim')} · {count(len(report.sources), 'source')}\n"


def linked(label: str, links: Links | None, path: str, line: int) -> str:
    """``label`` as an inline code span, linked to ``path`` at ``line`` when there are links.

    The URL is percent-encoded by ``Links``, so it holds no space, parenthesis or bracket."""
    span = code(label)
    return span if links is None else f"[{span}]({links.href(path, line)})"


def _evidence_item(evidence: Evidence, copies: list[Evidence],
                   links: Links | None) -> list[str]:
    where = linked(location(evidence), links, evidence.source, evidence.line)
    head = f"- {RELATION_MARK[evidence.relation]} **{evidence.relation.value}** {where}"
    if evidence.copy_of is not None:
        head += f" (copy of {code(evidence.copy_of)})"
    if evidence.value is not None:
        head += f": found **{md(evidence.value.text)}** → {md(evidence.value.explanation)}"
    if evidence.relation is Relation.CONFLICTS and evidence.claim_value is not None:
        head += f"; the claim says {md(evidence.claim_value.normalized)}"
    if evidence.accepted is not None:
        head += f" — **accepted**: {md(evidence.accepted)}"
    lines = [head, f"  > {_quoted(evidence)}"]
    if copies:
        lines.append("  - also in copies: " + ", ".join(
            linked(location(c), links, c.source, c.line) for c in copies))
    return lines


def _quoted(evidence: Evidence) -> str:
    value = evidence.value
    body = evidence.text
    if value is None or not 0 <= value.start <= value.end <= len(body):
        return md(body)
    return (md(body[:value.start]) + f"**{md(body[value.start:value.end])}**"
            + md(body[value.end:]))


def _discrepancy(result: ClaimResult, claims_path: str, links: Links | None) -> list[str]:
    where = linked(f"{claims_path}:{result.claim.line}", links,
                   PurePosixPath(claims_path).name, result.claim.line)
    lines = [
        f"### {STATUS_MARK[result.status]} {md(result.claim.id)}: {result.status.value}"
        f"{' (accepted)' if result.fully_accepted else ''} ({where})",
        "",
        f"> {md(result.claim.text)}",
        "",
    ]
    shown = shown_evidence(result)
    for evidence, copies in folded(shown):
        lines += _evidence_item(evidence, copies, links)
    if not shown:
        lines.append("- no passage in the corpus is about this claim")
    return [*lines, ""]


def _table(report: Report) -> list[str]:
    lines = ["| | Claim | Verdict | Supporting sources | Conflicting sources |",
             "|---|---|---|---|---|"]
    for result in report.results:
        supports = source_count(result, Relation.SUPPORTS, needs=True).replace(
            " supporting", "")
        conflicts = source_count(result, Relation.CONFLICTS).replace(" conflicting", "")
        lines.append(f"| {STATUS_MARK[result.status]} | **{md(result.claim.id)}** "
                     f"{md(result.claim.text)} | {result.status.value} | "
                     f"{supports} | {conflicts} |")
    return lines


def render_markdown(report: Report, links: Links | None = None) -> str:
    """The whole summary as GitHub-flavoured Markdown; ``file:line`` linked when ``links``."""
    lines = [_headline(report)]
    bad = [r for r in report.results if r.status is not Status.SUPPORTED]
    if bad:
        lines += ["## Discrepancies", ""]
        for result in bad:
            lines += _discrepancy(result, report.claims_path, links)
    else:
        lines += ["Every claim is supported.", ""]
    lines += ["## All claims", "", *_table(report), ""]
    if report.warnings:
        lines += ["## Warnings", "", *(f"- {md(w)}" for w in report.warnings), ""]
    return "\n".join(lines)
