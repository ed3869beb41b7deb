"""Run one matching rule on one claim and one sentence, with no corpus on disk.

A row gives a claim and a source text; the rule is asked about the source's last sentence
(earlier lines stand before it in the same source; ``asked`` picks another), at every stage
it is asked in real matching: for each of the claim's checked values and each comparable
value of the sentence (at the support stage when they agree, the conflict stage when they
differ), for the whole sentence when the claim states no value, for the sentence's window
and each value's clause.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crosscheck.analysis import analyse_claim, with_claims_names
from crosscheck.matching.alignment import clause, window
from crosscheck.matching.context import ClaimContext
from crosscheck.matching.index import build_index
from crosscheck.matching.rules import Case, Credit, Rule, Stage
from crosscheck.model import Claim, ClaimId, Source
from crosscheck.values.compare import Comparison, comparable, compare


@dataclass(frozen=True)
class Row:
    """One table row: does ``rule`` fire for this claim on the source's last sentence?"""

    claim: str
    source: str
    fires: bool
    published: str | None = None
    """The source's publication date, ISO."""
    supported_on: str | None = None
    """For the occurrence stage: the publication date of a source that supports the claim."""
    value: str | None = None
    """Which of the claim's values is checked (claims.yaml ``value:``)."""
    asked: int = -1
    """Which sentence of the source the rule is asked about (an index: the last by default)."""

    def __str__(self) -> str:
        return f"{self.claim} | {self.source.splitlines()[self.asked]}"


def fires(rule: Rule | Credit, row: Row) -> bool:
    """Whether the rule fires anywhere it is asked for this row."""
    published = dt.date.fromisoformat(row.published) if row.published else None
    source = Source("news/a.txt", row.source, published=published,
                    published_origin="metadata" if published else None)
    index = build_index([source])
    claim = Claim(ClaimId("claim"), row.claim, 1, value=row.value)
    analysis = analyse_claim(claim, "claims.yaml", with_claims_names(index.common_words,
                                                                     [claim]))
    ctx = ClaimContext(analysis, index, trace=True)
    position = range(len(index.passages))[row.asked]
    item = index.passages[position]
    around = window(ctx, position)
    if isinstance(rule, Credit):
        if Stage.WINDOW in rule.stages and rule.id in around.rules:
            return True
    elif Stage.STATEMENT in rule.stages and not analysis.values and rule.check(
            Case(ctx, item, Stage.STATEMENT)):
        return True
    elif Stage.OCCURRENCE in rule.stages and row.supported_on:
        day = float(dt.date.fromisoformat(row.supported_on).toordinal())
        if rule.check(Case(ctx, item, Stage.OCCURRENCE, supporting_days=(day,))):
            return True
    for checked in analysis.checked:
        for value in item.values_for(checked.kind):
            if comparable(checked, value) is False:
                continue
            read = clause(ctx, item, around, checked, value, 0.0)
            if isinstance(rule, Credit):
                if rule.id in read.rules:
                    return True
                continue
            stage = {Comparison.AGREES: Stage.SUPPORT,
                     Comparison.DIFFERS: Stage.CONFLICT}.get(compare(checked, value))
            if stage in rule.stages and rule.check(
                    Case(ctx, item, stage, checked, value, read.span)):
                return True
    return False
