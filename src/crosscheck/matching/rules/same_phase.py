"""Dates of the same phase of an event say the same thing, whatever the verb.

"The fire broke out on August 10" and "the fire began Saturday" date the same moment: the
clause is credited with the claim's words for it.

Fires: claim "The wildfire broke out on August 10.", sentence "The wildfire began on
August 10."
Does not fire: claim "The wildfire broke out on August 10.", sentence "The wildfire was
contained on August 14."
"""

from __future__ import annotations

from crosscheck.matching.grammar import phase_of
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit

ID = "same-phase"


def give(case: ClauseCase) -> Credited | None:
    checked, value = case.pair()
    phase = case.context.claim_phases.get(checked)
    if phase is None or phase != phase_of(case.item.text, value):
        return None
    return Credited(words=dict.fromkeys(case.context.analysis.attached.get(checked, ()), 1.0))


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
