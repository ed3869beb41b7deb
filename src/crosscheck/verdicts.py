"""Pipeline stage: a claim's evidence -> its verdict.

Independent sources, not passages, are counted: a copy and its original (copies.py) are one
source. A claim is supported when at least ``min_sources`` independent sources support it and
none conflicts; disputed with both (a copy that edits its original's figure still
conflicts); contradicted with conflict only; unsupported with neither (or with too few
independent supporting sources).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from crosscheck.analysis import ClaimAnalysis
from crosscheck.copies import NO_COPIES, Grouping
from crosscheck.model import Acceptance, Claim, ClaimResult, Evidence, Relation, Status

MENTIONS_KEPT = 5
_RELATION_ORDER = {Relation.CONFLICTS: 0, Relation.SUPPORTS: 1, Relation.MENTIONS: 2}


def status_of(supporting: int, conflicting: int, min_sources: int) -> Status:
    """The verdict from how many sources support and conflict."""
    if conflicting and supporting:
        return Status.DISPUTED
    if conflicting:
        return Status.CONTRADICTED
    if supporting >= min_sources:
        return Status.SUPPORTED
    return Status.UNSUPPORTED


def order_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    """Conflicts, then supports, then mentions; strongest first; then by file and line."""
    return sorted(evidence, key=lambda e: (_RELATION_ORDER[e.relation], -e.score, e.source,
                                           e.line, e.column))


def _mark_accepted(claim: Claim, evidence: Iterable[Evidence]) -> tuple[list[Evidence],
                                                                         tuple[Acceptance, ...]]:
    """Conflicts from an accepted source carry the reason; acceptances matching no conflict
    are stale."""
    reasons = {a.source: a.reason for a in claim.accept}
    used: set[str] = set()
    marked = []
    for item in evidence:
        if item.relation is Relation.CONFLICTS and item.source in reasons:
            used.add(item.source)
            item = replace(item, accepted=reasons[item.source])
        marked.append(item)
    stale = tuple(a for a in claim.accept if a.source not in used)
    return marked, stale


def _mark_copies(evidence: Iterable[Evidence], grouping: Grouping) -> list[Evidence]:
    """Evidence from a copy names the original of its group."""
    return [replace(e, copy_of=grouping.copy_of[e.source]) if e.source in grouping.copy_of
            else e for e in evidence]


def decide(analysis: ClaimAnalysis, evidence: Iterable[Evidence],
           grouping: Grouping = NO_COPIES) -> ClaimResult:
    """The claim's verdict, with its evidence sorted and mentions trimmed to the strongest."""
    marked, stale = _mark_accepted(analysis.claim, _mark_copies(evidence, grouping))
    ordered = order_evidence(marked)
    decisive = [e for e in ordered if e.relation is not Relation.MENTIONS]
    mentions = [e for e in ordered if e.relation is Relation.MENTIONS][:MENTIONS_KEPT]
    supporting = len({e.original for e in decisive if e.relation is Relation.SUPPORTS})
    conflicting = len({e.original for e in decisive if e.relation is Relation.CONFLICTS})
    status = status_of(supporting, conflicting, analysis.claim.min_sources)
    return ClaimResult(analysis.claim, status, tuple(decisive + mentions), analysis.values,
                       stale)
