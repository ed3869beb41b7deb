"""`crosscheck scan`: the disagreements nobody wrote a claim for.

Every value a source states becomes a statement; each statement is matched against the other
sources exactly as a claim would be (candidates by rare shared words, then same-fact
alignment: predicate, names, place, time, negation), so grouping is by shared context and
never all-pairs. A statement that another source conflicts with is a finding; one that
another source supports is an agreement. Findings found from both sides rank first.

A group of copies (copies.py) is one source: its members are never compared with each other,
and a copy's sentence that repeats its original's is not scanned again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crosscheck.analysis import analyse_statement
from crosscheck.copies import Grouping
from crosscheck.matching import (
    DEFAULT_THRESHOLDS,
    CorpusIndex,
    IndexedPassage,
    Matcher,
    Thresholds,
    is_vague,
    is_when_said,
    names_an_event,
)
from crosscheck.model import Evidence, Relation, SourceSummary, Value, ValueKind

BOTH_SIDES_BONUS = 0.25
CONTEXT_SENTENCES = 2
MIN_STATEMENT_WORDS = 6
WORDS = re.compile(r"[^\W\d_]+")
NAMED = re.compile(r"\b[A-Z][a-z]")


@dataclass(frozen=True)
class Statement:
    """A value as one source states it."""

    source: str
    line: int
    column: int
    text: str
    value: Value


@dataclass(frozen=True)
class ScanScope:
    """Which sources are one (copies and their original), and which passages repeat one of
    their original's, so that a group counts as one source."""

    original: Mapping[str, str] = field(default_factory=dict)
    """copy's path -> its group's original."""
    repeats: frozenset[int] = frozenset()
    """Positions of copies' passages whose text the original has too."""

    @classmethod
    def of(cls, index: CorpusIndex, grouping: Grouping) -> ScanScope:
        if not grouping.copy_of:
            return cls()
        texts: dict[str, set[str]] = {}
        for item in index.passages:
            if item.source not in grouping.copy_of:
                texts.setdefault(item.source, set()).add(_normal(item.text))
        repeats = frozenset(
            position for position, item in enumerate(index.passages)
            if item.source in grouping.copy_of
            and _normal(item.text) in texts.get(grouping.copy_of[item.source], ()))
        return cls(dict(grouping.copy_of), repeats)

    def same_source(self, first: str, second: str) -> bool:
        return self.original.get(first, first) == self.original.get(second, second)


NO_SCOPE = ScanScope()


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class ScanFinding:
    """Two statements about the same fact, and whether their values agree."""

    relation: Relation
    score: float
    first: Statement
    second: Statement
    both_sides: bool
    reasons: tuple[str, ...]

    @property
    def key(self) -> tuple[str, int, str, int]:
        return (self.first.source, self.first.line, self.second.source, self.second.line)


@dataclass(frozen=True)
class ScanReport:
    """What a scan found, for the scan reporters."""

    claims_path: str
    findings: tuple[ScanFinding, ...]
    sources: tuple[SourceSummary, ...]
    warnings: tuple[str, ...] = ()

    @property
    def disagreements(self) -> tuple[ScanFinding, ...]:
        return tuple(f for f in self.findings if f.relation is Relation.CONFLICTS)

    @property
    def agreements(self) -> tuple[ScanFinding, ...]:
        return tuple(f for f in self.findings if f.relation is Relation.SUPPORTS)


def _statement_values(item: IndexedPassage) -> list[Value]:
    """Values worth comparing: resolved, counting something when they are counts, in a
    sentence that says something about them (not a dateline), and stated rather than naming
    an event ("down from 68% in the 2019 election" states 68%, not when an election was), nor
    saying when someone spoke ("Lavrov told reporters Wednesday")."""
    if len(WORDS.findall(item.text)) < MIN_STATEMENT_WORDS:
        return []
    return [v for v in item.values if v.resolved and (
        v.kind is not ValueKind.COUNT or v.unit is not None) and v.precision != "open"
        and not names_an_event(item.text, v) and not is_when_said(item.text, v)]


def _statement(item: IndexedPassage, value: Value) -> Statement:
    return Statement(item.source, item.line, item.column, item.text, value)


def _context_text(index: CorpusIndex, position: int) -> str:
    """The sentence, after the sentences before it when it names nobody itself: "Turnout was
    68 percent." is about the election the previous sentence names."""
    item = index.passages[position]
    if NAMED.search(item.text[1:]) or item.prior is None:
        return ""
    parts: list[str] = []
    prior: int | None = item.prior
    for _ in range(CONTEXT_SENTENCES):
        if prior is None:
            break
        parts.insert(0, index.passages[prior].text)
        prior = index.passages[prior].prior
    return " ".join(parts) + " "


def _relations_of(index: CorpusIndex, position: int, value: Value,
                  thresholds: Thresholds, scope: ScanScope) -> list[tuple[int, Evidence]]:
    item = index.passages[position]
    context = _context_text(index, position)
    analysis = analyse_statement(context + item.text, len(context) + value.start,
                                 index.common_words, item.reference, f"statement-{position}",
                                 item.line)
    if analysis is None:
        return []
    matcher = Matcher(analysis, index, thresholds)
    found = []
    for candidate in matcher.candidates():
        other = index.passages[candidate]
        if (scope.same_source(other.source, item.source) or candidate in scope.repeats
                or _different_times(item, other, value, thresholds)):
            continue
        evidence = matcher.relate(candidate)
        if evidence is None or evidence.relation is Relation.MENTIONS or evidence.value is None:
            continue
        # "Last year" or "this week" against "Dec. 15" is more often two events than one
        # event dated twice: a disagreement needs dates at least one of them states exactly.
        if evidence.relation is Relation.CONFLICTS and (is_vague(value)
                                                        or is_vague(evidence.value)):
            continue
        found.append((candidate, evidence))
    return found


def _different_times(item: IndexedPassage, other: IndexedPassage, value: Value,
                     thresholds: Thresholds) -> bool:
    """Counts, shares and amounts describe a state at a time: two sources published far apart
    describe two states (turnout in 2019 and in 2023), not one fact they disagree on."""
    if value.kind is ValueKind.DATE or item.published is None or other.published is None:
        return False
    return abs(item.published - other.published) > thresholds.publication_window


Directed = list[tuple[tuple[int, int, str], tuple[Relation, float, Value, Value,
                                                   tuple[str, ...]]]]
"""What one passage's statements found: (its position, the other passage's, the value as
normalised) -> (relation, score, the value, the other value, reasons)."""


def statement_relations(index: CorpusIndex, position: int,
                        thresholds: Thresholds = DEFAULT_THRESHOLDS,
                        scope: ScanScope = NO_SCOPE) -> Directed:
    """What the statements of one passage find in the other sources: the unit of a scan's
    work, independent of every other passage's (so it may run in any process)."""
    found: dict[tuple[int, int, str], tuple[Relation, float, Value, Value,
                                            tuple[str, ...]]] = {}
    if position in scope.repeats:
        return []
    for value in _statement_values(index.passages[position]):
        for candidate, evidence in _relations_of(index, position, value, thresholds, scope):
            assert evidence.value is not None
            key = (position, candidate, value.normalized)
            if key not in found or found[key][1] < evidence.score:
                found[key] = (evidence.relation, evidence.score, value, evidence.value,
                              evidence.reasons)
    return list(found.items())


def scan(index: CorpusIndex, thresholds: Thresholds = DEFAULT_THRESHOLDS,
         progress: Callable[[int, int], None] | None = None) -> tuple[ScanFinding, ...]:
    """Every pair of statements from different sources about the same fact, best first."""
    total = len(index.passages)
    found: list[Directed] = []
    for position in range(total):
        if progress is not None:
            progress(position, total)
        found.append(statement_relations(index, position, thresholds))
    return pair_up(index, found)


def pair_up(index: CorpusIndex, found: list[Directed]) -> tuple[ScanFinding, ...]:
    """Findings from what each passage found (keys never repeat across passages: each
    starts with its own position), a pair seen from both sides ranked higher."""
    return _pair_up(index, dict(entry for directed in found for entry in directed))


def _pair_up(index: CorpusIndex, directed: dict[tuple[int, int, str], tuple[
        Relation, float, Value, Value, tuple[str, ...]]]) -> tuple[ScanFinding, ...]:
    findings: dict[tuple[int, int, str, str], ScanFinding] = {}
    seen_from = {(a, b, found[0]) for (a, b, _), found in directed.items()}
    for (a, b, _), (relation, score, value_a, value_b, reasons) in sorted(directed.items()):
        first, second = (a, b) if a < b else (b, a)
        values = (value_a, value_b) if a < b else (value_b, value_a)
        key = (first, second, values[0].normalized, values[1].normalized)
        reverse = (b, a, relation) in seen_from
        total = score + (BOTH_SIDES_BONUS if reverse else 0.0)
        current = findings.get(key)
        if current is None or current.score < total:
            findings[key] = ScanFinding(
                relation, round(total, 4),
                _statement(index.passages[first], values[0]),
                _statement(index.passages[second], values[1]), reverse, reasons)
    return tuple(sorted(findings.values(), key=lambda f: (
        f.relation is not Relation.CONFLICTS, -f.score, f.key)))
