"""Two dates of different phases of one event do not disagree.

"Workers stopped work on June 2" and "went back to work on June 11" date one strike's start
and end: a claim about when it began is not contradicted by when it ended.

Fires: claim "The strike began on June 2.", sentence "The strike ended on June 11."
Does not fire: claim "The strike began on June 2.", sentence "The strike broke out on
June 3." (the same phase, another day: a conflict)
"""

from __future__ import annotations

from crosscheck.matching.rules.base import Case, Stage, rule

ID = "other-phase"


def check(case: Case) -> str | None:
    claim, passage = case.claim_phase, case.passage_phase
    if claim and passage and claim != passage:
        return f"it dates when something {passage}, the claim when it {claim}"
    return None


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
