"""The result model: frozen dataclasses passed between every stage of the pipeline.

claims.yaml -> Claim; corpus -> Source -> Passage; text -> Value; matching -> Evidence;
verdicts -> ClaimResult; everything -> Report, which every reporter renders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import NewType

ClaimId = NewType("ClaimId", str)


class ValueKind(str, Enum):
    """What a value measures; only values of the same kind are ever compared."""

    COUNT = "count"
    ORDINAL = "ordinal"
    DATE = "date"
    PERCENT = "percent"
    MONEY = "money"
    TIME = "time"


@dataclass(frozen=True)
class Value:
    """A value found in a text, with the interval it normalises to.

    ``low``/``high`` bound the value inclusively: counts as numbers, dates as proleptic
    Gregorian day ordinals (``date.toordinal()``). A point value has ``low == high``; "more
    than 4,700" is ``(4700.5, inf)``; "2019" is every day of 2019; a time of day is minutes
    after midnight ("9 a.m." is 540-599). ``None`` bounds mean the
    value could not be resolved (a weekday in a source with no publication date).
    """

    kind: ValueKind
    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    normalized: str
    precision: str
    explanation: str
    unit: str | None = None
    month_day: tuple[int, int] | None = None
    relative: bool = False
    """Said relative to the publication date ("Tuesday", "last year", "in November")."""

    @property
    def resolved(self) -> bool:
        """Whether the value has a known interval."""
        return self.low is not None and self.high is not None


@dataclass(frozen=True)
class Acceptance:
    """A discrepancy someone looked at and explained: conflicts from ``source`` are known."""

    source: str
    reason: str
    line: int


@dataclass(frozen=True)
class Claim:
    """One curated claim from claims.yaml."""

    id: ClaimId
    text: str
    line: int
    column: int = 1
    min_sources: int = 1
    value: str | None = None
    aliases: tuple[str, ...] = ()
    accept: tuple[Acceptance, ...] = ()


@dataclass(frozen=True)
class SourceMeta:
    """Metadata a claims file states for one source path."""

    path: str
    line: int
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None


@dataclass(frozen=True)
class IndependenceRule:
    """A claims.yaml ``independence`` entry: sources that count once, or separately.

    It names its sources by ``sources`` (paths or globs) or by ``publisher``; ``count`` is
    "once" (they are one source of evidence, as copies are) or "separately" (detection never
    groups them with each other)."""

    count: str
    line: int
    sources: tuple[str, ...] = ()
    publisher: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class ClaimsFile:
    """A validated claims.yaml: where it is, what corpus it names, its claims."""

    path: str
    corpus: tuple[str, ...]
    sources: tuple[SourceMeta, ...]
    claims: tuple[Claim, ...]
    corpus_lines: tuple[int, ...] = ()
    independence: tuple[IndependenceRule, ...] = ()


@dataclass(frozen=True)
class DroppedLine:
    """A line of a source kept out of the passages, and the rule that dropped it."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class Source:
    """One loaded source document. ``path`` is relative to the claims file, with ``/``."""

    path: str
    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    published_origin: str | None = None
    dropped: tuple[DroppedLine, ...] = ()
    fingerprint: bytes = b""
    """The word sequences copy detection compares (copies.fingerprint), made while the
    source loads; empty until then."""


@dataclass(frozen=True)
class Passage:
    """A sentence of a source, located by 1-based line and column in the original file."""

    source: str
    index: int
    text: str
    line: int
    column: int
    start: int


class Relation(str, Enum):
    """How one passage bears on one claim."""

    SUPPORTS = "supports"
    CONFLICTS = "conflicts"
    MENTIONS = "mentions"


class Status(str, Enum):
    """A claim's verdict over the whole corpus."""

    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNSUPPORTED = "unsupported"
    SUPPORTED = "supported"

    @property
    def severity(self) -> int:
        """Lower is worse news; reports sort by it."""
        return list(Status).index(self)


@dataclass(frozen=True)
class Evidence:
    """One passage's relation to a claim, with the value that decided it and why."""

    source: str
    line: int
    column: int
    relation: Relation
    text: str
    score: float
    value: Value | None = None
    claim_value: Value | None = None
    reasons: tuple[str, ...] = ()
    accepted: str | None = None
    """The reason a conflict was accepted in claims.yaml; None for everything else."""
    rules: tuple[str, ...] = ()
    """Ids of the matching rules that decided this evidence (see `crosscheck rules`)."""
    copy_of: str | None = None
    """The original of the source's group when the source is a copy; None for originals."""

    @property
    def original(self) -> str:
        """The source that stands for this evidence's group of copies."""
        return self.copy_of or self.source


@dataclass(frozen=True)
class ClaimResult:
    """A claim, its verdict and the evidence behind it (sorted, strongest first)."""

    claim: Claim
    status: Status
    evidence: tuple[Evidence, ...]
    claim_values: tuple[Value, ...] = ()
    stale_acceptances: tuple[Acceptance, ...] = ()

    def sources_with(self, relation: Relation) -> tuple[str, ...]:
        """Sorted source paths that have at least one passage with this relation."""
        return tuple(sorted({e.source for e in self.evidence if e.relation is relation}))

    def independent_with(self, relation: Relation) -> tuple[str, ...]:
        """Sorted originals of the groups with at least one passage with this relation: a
        copy and its original count once."""
        return tuple(sorted({e.original for e in self.evidence if e.relation is relation}))

    @property
    def open_conflicts(self) -> tuple[Evidence, ...]:
        """Conflicts nobody has accepted."""
        return tuple(e for e in self.evidence
                     if e.relation is Relation.CONFLICTS and e.accepted is None)

    @property
    def fully_accepted(self) -> bool:
        """Every conflict of this claim was accepted in claims.yaml (and there is one)."""
        conflicts = [e for e in self.evidence if e.relation is Relation.CONFLICTS]
        return bool(conflicts) and all(e.accepted is not None for e in conflicts)

    def fails(self, strict: bool = False) -> bool:
        """Whether this claim should fail a CI check.

        Accepted conflicts never fail; a claim whose only discrepancies are accepted passes.
        Disputed claims (support and an open conflict) fail only when ``strict``.
        """
        if self.open_conflicts:
            return strict or not self.sources_with(Relation.SUPPORTS)
        if self.fully_accepted:
            return False
        return self.status is not Status.SUPPORTED


@dataclass(frozen=True)
class SourceSummary:
    """What the report says about one source: where its date came from, what was skipped."""

    path: str
    passages: int
    published: dt.date | None = None
    published_origin: str | None = None
    dropped: tuple[DroppedLine, ...] = ()
    copy_of: str | None = None
    """The original this source is a near-copy of; None for originals."""


@dataclass(frozen=True)
class Report:
    """Everything the core found; reporters render it, the CLI picks an exit code from it."""

    claims_path: str
    results: tuple[ClaimResult, ...]
    sources: tuple[SourceSummary, ...]
    warnings: tuple[str, ...] = field(default=())

    def count(self, status: Status) -> int:
        """How many claims have this status."""
        return sum(1 for r in self.results if r.status is status)
