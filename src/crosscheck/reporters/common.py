"""Helpers every reporter shares: safe text, labels, and which evidence to show."""

from __future__ import annotations

import re

from crosscheck.model import ClaimResult, Evidence, Relation, Report, Status

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")

STATUS_MARK = {
    Status.CONTRADICTED: "✘", Status.DISPUTED: "!", Status.UNSUPPORTED: "?",
    Status.SUPPORTED: "✔",
}
RELATION_MARK = {Relation.SUPPORTS: "✔", Relation.CONFLICTS: "✘", Relation.MENTIONS: "·"}
MENTIONS_SHOWN = 2


def plain(text: str) -> str:
    """Untrusted text on one line with control characters (ANSI escapes too) made visible."""
    one_line = re.sub(r"\s+", " ", text)
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", one_line)


def location(evidence: Evidence) -> str:
    """``path:line:col``, clickable in terminals and editors."""
    return f"{evidence.source}:{evidence.line}:{evidence.column}"


def shown_evidence(result: ClaimResult) -> list[Evidence]:
    """Conflicts and supports, then a few mentions (more when nothing decided)."""
    decisive = [e for e in result.evidence if e.relation is not Relation.MENTIONS]
    mentions = [e for e in result.evidence if e.relation is Relation.MENTIONS]
    limit = MENTIONS_SHOWN if decisive else MENTIONS_SHOWN + 1
    return decisive + mentions[:limit]


def summary_counts(report: Report) -> list[tuple[Status, int]]:
    """(status, count) for every status, worst first."""
    return [(status, report.count(status)) for status in Status]


def value_note(evidence: Evidence) -> str:
    """``2013 -> 2013 (the year 2013)``: what was found and how it was read."""
    value = evidence.value
    if value is None:
        return ""
    return f"{plain(value.text)} → {plain(value.explanation)}"


def natural_key(path: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that orders ``doc-2`` before ``doc-10``: digit runs compare as numbers."""
    return tuple((1, int(part)) if part.isdigit() else (0, part.casefold())
                 for part in _DIGITS.split(path) if part)


_DIGITS = re.compile(r"(\d+)")


def short_names(paths: list[str]) -> dict[str, str]:
    """Each path without the folders every path shares (``news/a.txt`` -> ``a.txt`` when all
    the sources are in news/)."""
    folders = [p.split("/")[:-1] for p in paths]
    shared = 0
    if folders:
        shortest = min(folders, key=len)
        while shared < len(shortest) and all(f[shared] == shortest[shared] for f in folders):
            shared += 1
    return {p: "/".join(p.split("/")[shared:]) for p in paths}


def strongest_relations(result: ClaimResult) -> dict[str, Relation]:
    """Each source that bears on a claim, with its strongest relation to it (conflicts over
    supports over mentions)."""
    found: dict[str, Relation] = {}
    for relation in (Relation.MENTIONS, Relation.SUPPORTS, Relation.CONFLICTS):
        for evidence in result.evidence:
            if evidence.relation is relation:
                found[evidence.source] = relation
    return found


def source_cell(result: ClaimResult, source: str) -> Relation | None:
    """The strongest relation a source has to a claim, or None when it is silent."""
    relations = {e.relation for e in result.evidence if e.source == source}
    for relation in (Relation.CONFLICTS, Relation.SUPPORTS, Relation.MENTIONS):
        if relation in relations:
            return relation
    return None


def source_count(result: ClaimResult, relation: Relation, needs: bool = False) -> str:
    """"5 supporting (2 independent, needs 3)": sources, and independent ones when copies
    make them fewer."""
    word = {Relation.SUPPORTS: "supporting", Relation.CONFLICTS: "conflicting",
            Relation.MENTIONS: "mentioning"}[relation]
    total = len(result.sources_with(relation))
    independent = len(result.independent_with(relation))
    notes = [f"{independent} independent"] if independent != total else []
    if needs:
        notes.append(f"needs {result.claim.min_sources}")
    return f"{total} {word}" + (f" ({', '.join(notes)})" if notes else "")


def folded(shown: list[Evidence]) -> list[tuple[Evidence, list[Evidence]]]:
    """Evidence with the copies that repeat it: a copy's passage that bears on the claim as
    its group's does (same relation, same value) is listed under that one, the original's
    own passage first, instead of being shown again. A copy that differs (an edited figure
    that conflicts) stands on its own."""
    groups: dict[tuple[str, Relation, str], list[Evidence]] = {}
    for item in shown:
        said = item.value.normalized if item.value else " ".join(item.text.split()).casefold()
        groups.setdefault((item.original, item.relation, said), []).append(item)
    items = []
    for members in groups.values():
        head = next((m for m in members if m.copy_of is None), members[0])
        items.append((head, [m for m in members if m is not head]))
    return items
