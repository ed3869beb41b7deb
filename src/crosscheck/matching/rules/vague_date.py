"""A date said relative to the source's date, coarser than a day, never conflicts.

"last year", "in December", "this month": enough to agree with a claim's date, not to tell
one event's date from another's.

Fires: claim "The summit was held on January 22, 2019.", sentence "The summit was held last
month." (in a source published in March 2019)
Does not fire: claim "The summit was held on January 22, 2019.", sentence "The summit was
held on Tuesday." (a day, resolved against the source's date)
"""

from __future__ import annotations

from crosscheck.matching.grammar import is_vague
from crosscheck.matching.rules.base import Case, Stage, rule

ID = "vague-date"


def check(case: Case) -> str | None:
    if is_vague(case.value):
        return (f"it is said relative to the source's date and only to the "
                f"{case.value.precision}")
    return None


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
