"""The relation decision: one passage's evidence for a claim (supports, conflicts, mentions).

For each of the claim's checked values, the passage's comparable values are compared; an
equal value aligned enough supports, a different one aligned enough (and of the same measure)
conflicts, unless a demoting rule says it is not about the claim's fact. A claim stating no
value is supported by a sentence that covers its context. Each Evidence records the rules
that decided it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from crosscheck.analysis import ClaimAnalysis
from crosscheck.matching.alignment import Window, clause, window
from crosscheck.matching.candidates import candidates
from crosscheck.matching.context import ClaimContext
from crosscheck.matching.index import CorpusIndex, IndexedPassage
from crosscheck.matching.reading import carried_names
from crosscheck.matching.rules import EXPLAINING, OTHER_MEASURE, Case, Stage, demoting
from crosscheck.model import Evidence, Relation, Value, ValueKind
from crosscheck.thresholds import DEFAULT_THRESHOLDS, Thresholds
from crosscheck.values.compare import Comparison, comparable, compare

COMPARISON_PHRASE = {
    Comparison.AGREES: "agrees with", Comparison.DIFFERS: "differs from",
    Comparison.CONSISTENT: "is consistent with, but less precise than,",
    Comparison.INCOMPARABLE: "cannot be compared with",
}


class Matcher:
    """Relates one claim to the passages of an index: candidates first, then each in full."""

    def __init__(self, analysis: ClaimAnalysis, index: CorpusIndex,
                 thresholds: Thresholds = DEFAULT_THRESHOLDS, trace: bool = False) -> None:
        self.context = ClaimContext(analysis, index, thresholds, trace)

    def candidates(self) -> list[int]:
        return candidates(self.context)

    def relate(self, position: int) -> Evidence | None:
        return relate(self.context, position)


def relate_claim(analysis: ClaimAnalysis, index: CorpusIndex,
                 thresholds: Thresholds = DEFAULT_THRESHOLDS,
                 trace: bool = False) -> tuple[Evidence, ...]:
    """Every passage's evidence for one claim."""
    ctx = ClaimContext(analysis, index, thresholds, trace)
    found = [(position, relate(ctx, position)) for position in candidates(ctx)]
    related = [(position, e) for position, e in found if e is not None]
    return tuple(_anchored_in_time(ctx, related))


def relate(ctx: ClaimContext, position: int) -> Evidence | None:
    """The evidence one passage gives for the claim, or None when it is not relevant."""
    analysis, thresholds = ctx.analysis, ctx.thresholds
    item = ctx.index.passages[position]
    around = window(ctx, position)
    relevance, matched = ctx.coverage(around.weights)
    decisions = [_decide_value(ctx, item, around, checked, relevance)
                 for checked in analysis.checked]
    decided = [d for d in decisions if d is not None]
    conflicts = [d for d in decided if d.relation is Relation.CONFLICTS]
    supports = [d for d in decided if d.relation is Relation.SUPPORTS]
    if conflicts:
        return max(conflicts, key=lambda e: e.score)
    if supports:
        return max(supports, key=lambda e: e.score)
    statement_rules: tuple[str, ...] = ()
    statement_notes: tuple[str, ...] = ()
    if not analysis.values:
        own, own_matched = ctx.coverage({**carried_names(ctx, item),
                                         **{t.stem: 1.0 for t in item.terms}})
        if own >= thresholds.valueless_support:
            fired = _demote(ctx, Case(ctx, item, Stage.STATEMENT))
            statement_rules = tuple(rule_id for rule_id, _ in fired)
            statement_notes = tuple(f"[{rule_id}] {why}" for rule_id, why in fired)
            if not any(rule_id not in _EXPLAINING_IDS for rule_id in statement_rules):
                return _evidence(item, Relation.SUPPORTS, own, None, None, (
                    f"the sentence covers {own:.0%} of the claim's context "
                    f"({ctx.words(item, own_matched)}); the claim states no value",
                    *_traced(ctx, (*around.notes, *statement_notes))),
                    (*around.rules, *statement_rules))
    # A mention must say something of the claim itself: a sentence credited only with
    # the words of the sentences before ("In a time of both misinformation ...") is not.
    if relevance >= thresholds.mention and any(ctx.holds(item, m) for m in matched):
        reasons = [f"covers {relevance:.0%} of the claim's context "
                   f"({ctx.words(item, matched)})"]
        rules = statement_rules
        # Why the value closest to counting did not decide: its reading, its clause's
        # coverage and the rule that stopped it, for `explain`.
        if decided:
            best = max(decided, key=lambda d: d.score)
            reasons += list(best.reasons)
            rules = (*rules, *best.rules)
        else:
            reasons += _traced(ctx, (*around.notes, *statement_notes))
        return _evidence(item, Relation.MENTIONS, relevance, None, None,
                         tuple(reasons) or ("no comparable value",), rules)
    return None


def _traced(ctx: ClaimContext, notes: Sequence[str]) -> list[str]:
    return list(notes) if ctx.trace else []


def _decide_value(ctx: ClaimContext, item: IndexedPassage, around: Window, checked: Value,
                  relevance: float) -> Evidence | None:
    best: Evidence | None = None
    for value in item.values_for(checked.kind):
        if comparable(checked, value) is False:
            continue
        outcome = _judge(ctx, item, around, checked, value, relevance)
        if best is None or _rank(outcome) > _rank(best):
            best = outcome
    return best


def _judge(ctx: ClaimContext, item: IndexedPassage, around: Window, checked: Value,
           value: Value, relevance: float) -> Evidence:
    read = clause(ctx, item, around, checked, value, relevance)
    comparison = compare(checked, value)
    reasons = [
        f"{value.text} -> {value.normalized}: {value.explanation}",
        f"clause \"{read.text.strip()}\" covers {read.coverage:.0%} of the claim's context "
        f"({ctx.words(item, read.matched) or 'nothing'}); alignment {read.alignment:.2f}",
    ]
    notes = list(read.notes)
    rules = list(read.rules)
    thresholds = ctx.thresholds
    relation = Relation.MENTIONS
    stage: Stage | None = None
    if comparison is Comparison.AGREES and read.alignment >= thresholds.support:
        relation, stage = Relation.SUPPORTS, Stage.SUPPORT
        reasons.append(f"{value.normalized} agrees with the claim's {checked.normalized}")
    elif comparison is Comparison.DIFFERS and read.alignment >= thresholds.conflict:
        other_measure = OTHER_MEASURE.check(
            Case(ctx, item, Stage.CONFLICT, checked, value, read.span))
        if other_measure is None:
            relation, stage = Relation.CONFLICTS, Stage.CONFLICT
            reasons.append(f"{value.normalized} differs from the claim's {checked.normalized}")
        else:
            rules.append(OTHER_MEASURE.id)
            notes.append(f"[{OTHER_MEASURE.id}] {other_measure}")
    if relation is Relation.MENTIONS:
        reasons.append(f"{value.normalized} {COMPARISON_PHRASE[comparison]} the claim's "
                       f"{checked.normalized}" + ("" if comparison in (
                           Comparison.CONSISTENT, Comparison.INCOMPARABLE)
                           else " but is not aligned enough with its fact to count"))
    if stage is not None:
        fired = _demote(ctx, Case(ctx, item, stage, checked, value, read.span))
        demoted = [why for rule_id, why in fired if rule_id not in _EXPLAINING_IDS]
        if demoted:
            reasons.append(f"but {demoted[0]}: a mention")
            relation = Relation.MENTIONS
        rules += [rule_id for rule_id, _ in fired]
        notes += [f"[{rule_id}] {why}" for rule_id, why in fired]
    return _evidence(item, relation, read.alignment, value, checked,
                     (*reasons, *_traced(ctx, notes)), tuple(dict.fromkeys(rules)))


_EXPLAINING_IDS = frozenset(r.id for r in EXPLAINING)


def _demote(ctx: ClaimContext, case: Case) -> list[tuple[str, str]]:
    """The rules that fire at the case's stage, as (id, reason): the first demoting one only
    (all of them when tracing), after any explaining rule that fires."""
    fired = [(rule.id, why) for rule in EXPLAINING
             if case.stage in rule.stages and (why := rule.check(case))]
    for rule in demoting(case.stage):
        why = rule.check(case)
        if why:
            fired.append((rule.id, why))
            if not ctx.trace:
                break
    return fired


def _rank(evidence: Evidence) -> tuple[int, float]:
    """Support beats conflict beats mention for one claim value, then alignment.

    A passage that states the claim's value where the claim's fact is keeps its other
    values of that kind for other facts ("agreed Friday to meet on Dec. 15").
    """
    order = {Relation.MENTIONS: 0, Relation.CONFLICTS: 1, Relation.SUPPORTS: 2}
    return order[evidence.relation], evidence.score


def _anchored_in_time(ctx: ClaimContext,
                      related: list[tuple[int, Evidence]]) -> Iterable[Evidence]:
    """A past event without a date is the occurrence its supporting sources report (see the
    other-occurrence rule): a conflict from a source far from all of them is a mention."""
    analysis, index = ctx.analysis, ctx.index
    days = sorted({published for position, e in related if e.relation is Relation.SUPPORTS
                   and (published := index.passages[position].published) is not None})
    if not days or not analysis.past_event or any(
            v.kind is ValueKind.DATE for v in analysis.values):
        return (e for _, e in related)
    anchored = []
    for position, evidence in related:
        if evidence.relation is Relation.CONFLICTS:
            fired = _demote(ctx, Case(ctx, index.passages[position], Stage.OCCURRENCE,
                                      supporting_days=days))
            if fired:
                rule_id, why = fired[0]
                evidence = dataclasses.replace(
                    evidence, relation=Relation.MENTIONS,
                    reasons=(*evidence.reasons, f"but {why}, a mention",
                             *_traced(ctx, [f"[{rule_id}] {why}"])),
                    rules=(*evidence.rules, rule_id))
        anchored.append(evidence)
    return anchored


def _evidence(item: IndexedPassage, relation: Relation, score: float, value: Value | None,
              checked: Value | None, reasons: tuple[str, ...],
              rules: tuple[str, ...] = ()) -> Evidence:
    return Evidence(item.source, item.line, item.column, relation, item.text,
                    round(score, 4), value, checked, reasons, rules=rules)
