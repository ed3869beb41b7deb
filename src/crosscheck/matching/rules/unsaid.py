"""A claim stating no value is supported only where its own words are said.

The claim's words for what it says (not its names, not light verbs) must stand in the
sentence or the few before it in its source, a synonym counting: "the study was led by Dr.
Vik" after a paragraph on cycling is not the claim's walking study, however rare "Vik". A
paraphrase may leave out a word of little weight ("took back her lawyer" / "rehired her
lawyer"): words worth up to ``unsaid_share`` of the claim's may be missing.

Fires: claim "Dr. Vik led the walking study.", sentences "The cycling trial ended in May. It
was led by Dr. Vik." (no "walking" near)
Does not fire: claim "Dr. Vik led the walking study.", sentence "Dr. Vik led the walking
study."
"""

from __future__ import annotations

from crosscheck.lexicon.words import LIGHT_VERBS
from crosscheck.matching.reading import unsaid
from crosscheck.matching.rules.base import Case, Stage, rule

ID = "unsaid"


def check(case: Case) -> str | None:
    context = case.context
    missing = unsaid(context, case.item)
    if not missing:
        return None
    words = context.analysis.predicates - LIGHT_VERBS - context.analysis.names
    share = sum(map(context.idf, missing)) / sum(map(context.idf, words))
    if share <= context.thresholds.unsaid_share:
        return None
    return f"the claim's own words are not said near it ({', '.join(missing)})"


RULE = rule(__doc__, ID, frozenset({Stage.STATEMENT}), check)
