"""CI gating: a Report (and optionally the lock) -> the findings that fail the check.

Verdicts always decide: a contradicted or unsupported claim fails (a disputed one too with
``strict``), lock or no lock. A lock only adds failures: a claim also fails when it lost a
passage that supported it, or gained a conflict the lock did not know, even while its verdict
passes. A lock never makes a failing claim pass; only an acceptance in claims.yaml, with its
reason, does. Pure: no I/O, no printing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from crosscheck.lock import Lock, LockedPassage, passage_hash
from crosscheck.model import ClaimResult, Evidence, Relation, Report, Status
from crosscheck.wording import count


class Level(str, Enum):
    """How loud a finding is."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


@dataclass(frozen=True)
class Finding:
    """One thing to tell the user about one claim, located in claims.yaml and maybe a source."""

    claim_id: str
    claim_line: int
    level: Level
    kind: str
    message: str
    source: str | None = None
    source_line: int | None = None
    passage: str | None = None
    """The passage's text, when the finding is about one: its identity across line moves."""
    accepted_reason: str | None = None
    source_column: int = 1
    claim_column: int = 1

    @property
    def code(self) -> str:
        """The finding's kind as a stable code, the same as its SARIF ruleId."""
        return self.kind


@dataclass(frozen=True)
class GateResult:
    """Everything the check found, failing findings first."""

    findings: tuple[Finding, ...]
    lock_used: bool
    lock_note: str | None = None

    @property
    def failing(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.level is Level.ERROR)

    def failing_claims(self) -> tuple[str, ...]:
        return tuple(sorted({f.claim_id for f in self.failing}))


def _quote(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1] + '…'}”"


def _verdict_findings(result: ClaimResult, strict: bool) -> list[Finding]:
    claim = result.claim
    failing = result.fails(strict)
    findings: list[Finding] = []
    if failing:
        findings.append(Finding(claim.id, claim.line, Level.ERROR, result.status.value,
                                _verdict_message(result), claim_column=claim.column))
    elif result.status is Status.DISPUTED and result.open_conflicts:
        findings.append(Finding(claim.id, claim.line, Level.WARNING, "disputed",
                                _verdict_message(result), claim_column=claim.column))
    findings += [_conflict_finding(result, e, failing) for e in result.open_conflicts]
    return findings


def _verdict_message(result: ClaimResult) -> str:
    supporting = len(result.independent_with(Relation.SUPPORTS))
    copies = len(result.sources_with(Relation.SUPPORTS)) - supporting
    parts = [f"{result.claim.id} is {result.status.value}"]
    for evidence in result.open_conflicts[:3]:
        found = evidence.value.text if evidence.value else "a different value"
        claimed = evidence.claim_value.text if evidence.claim_value else "its value"
        parts.append(f"{evidence.source}:{evidence.line} says {found!r} where the claim says "
                     f"{claimed!r}")
    counted = f" (not counting {count(copies, 'copy', 'copies')})" if copies else ""
    parts.append(f"{count(supporting, 'source')} {'supports' if supporting == 1 else 'support'}"
                 f" it{counted}, {result.claim.min_sources} needed")
    return ": ".join(parts[:1]) + ": " + "; ".join(parts[1:])


def _conflict_finding(result: ClaimResult, evidence: Evidence, failing: bool) -> Finding:
    found = evidence.value.text if evidence.value else "a different value"
    claimed = evidence.claim_value.text if evidence.claim_value else "the claim's value"
    return Finding(result.claim.id, result.claim.line,
                   Level.ERROR if failing else Level.WARNING, "conflict",
                   f"{result.claim.id}: this passage says {found!r} where the claim says "
                   f"{claimed!r}: {_quote(evidence.text)}",
                   evidence.source, evidence.line, evidence.text,
                   source_column=evidence.column, claim_column=result.claim.column)


def _accepted_findings(result: ClaimResult) -> list[Finding]:
    findings = []
    for evidence in result.evidence:
        if evidence.accepted is not None:
            findings.append(Finding(
                result.claim.id, result.claim.line, Level.NOTE, "accepted",
                f"{result.claim.id}: accepted discrepancy ({evidence.accepted}): "
                f"{_quote(evidence.text)}", evidence.source, evidence.line, evidence.text,
                evidence.accepted, source_column=evidence.column,
                claim_column=result.claim.column))
    for stale in result.stale_acceptances:
        findings.append(Finding(
            result.claim.id, stale.line, Level.WARNING, "stale-acceptance",
            f"{result.claim.id}: the accepted discrepancy with {stale.source} matches no "
            "conflict any more; remove it from claims.yaml", stale.source, None))
    return findings


def _checked_against_lock(result: ClaimResult, lock: Lock, strict: bool) -> list[Finding]:
    """The verdict's findings and the lock's, each said once: a conflict the lock did not
    know is a new conflict, and a claim whose verdict fails is not also "below min_sources"."""
    claim = result.claim
    verdict = _verdict_findings(result, strict)
    if lock.claim(claim.id) is None:
        return [Finding(claim.id, claim.line, Level.NOTE, "added",
                        f"{claim.id} is new since the lock; judged by its verdict",
                        claim_column=claim.column), *verdict]
    changes = _lock_findings(result, lock)
    new = {(f.source, f.passage) for f in changes if f.kind == "new-conflict"}
    verdict_fails = any(f.level is Level.ERROR and f.kind == result.status.value
                        for f in verdict)
    return ([f for f in verdict if not (f.kind == "conflict" and (f.source, f.passage) in new)]
            + [f for f in changes if not (verdict_fails and f.kind == "below-min-sources")])


def _lock_findings(result: ClaimResult, lock: Lock) -> list[Finding]:
    claim = result.claim
    locked = lock.claim(claim.id)
    assert locked is not None
    findings: list[Finding] = []
    now_supporting = {(e.source, passage_hash(e.text)) for e in result.evidence
                      if e.relation is Relation.SUPPORTS}
    for passage in locked.supports:
        if (passage.source, passage.hash) not in now_supporting:
            findings.append(_lost(claim.id, claim.line, passage))
    locked_conflicts = {(p.source, p.hash) for p in locked.conflicts}
    for evidence in result.open_conflicts:
        if (evidence.source, passage_hash(evidence.text)) not in locked_conflicts:
            found = evidence.value.text if evidence.value else "a different value"
            findings.append(Finding(claim.id, claim.line, Level.ERROR, "new-conflict",
                                    f"{claim.id} has a new conflict: {found!r} in "
                                    f"{_quote(evidence.text)}", evidence.source,
                                    evidence.line, evidence.text,
                                    source_column=evidence.column,
                                    claim_column=claim.column))
    supporting = len(result.independent_with(Relation.SUPPORTS))
    was = len({p.source for p in locked.supports})
    if supporting < claim.min_sources <= was:
        findings.append(Finding(claim.id, claim.line, Level.ERROR, "below-min-sources",
                                f"{claim.id} has {count(supporting, 'supporting source')} now, "
                                f"{claim.min_sources} needed (it had {was})",
                                claim_column=claim.column))
    return findings


def _lost(claim_id: str, claim_line: int, passage: LockedPassage) -> Finding:
    return Finding(claim_id, claim_line, Level.ERROR, "lost-support",
                   f"{claim_id} lost support from {passage.source}: the passage that "
                   f"supported it (line {passage.line} when locked) was removed or changed: "
                   f"{_quote(passage.text)}",
                   passage.source, passage.line, passage.text)


def gate(report: Report, lock: Lock | None = None, settings: str | None = None,
         strict: bool = False) -> GateResult:
    """The findings of a check, with the lock when it was made with the same settings."""
    usable = lock is not None and lock.settings == settings
    note = None
    if lock is not None and not usable:
        note = ("the lock was made with other matcher settings, so passages were not "
                "compared; verdicts alone decide. Run `crosscheck lock` to refresh it")
    findings: list[Finding] = []
    for result in sorted(report.results, key=lambda r: r.claim.line):
        if usable and lock is not None:
            findings += _checked_against_lock(result, lock, strict)
        else:
            findings += _verdict_findings(result, strict)
        findings += _accepted_findings(result)
    if usable and lock is not None:
        current = {r.claim.id for r in report.results}
        for removed in lock.claims:
            if removed.id not in current:
                findings.append(Finding(removed.id, 0, Level.NOTE, "removed",
                                        f"{removed.id} was in the lock and is no longer in "
                                        "the claims file"))
    return GateResult(tuple(findings), usable, note)
