"""A source's own recent event is another occurrence when the claim's date is far away.

A source reporting an event of its own year ("the strike began on February 23", published
that week; a 2016 digest's "agreed to meet on Dec. 15") while the claim's date is more than
a year from the source reports the same kind of event at another time; a source recalling a
date years before it is not this.

Fires: claim "The strike began on June 2, 2025.", sentence "The strike began on February 23,
2019." (in a source published in February 2019)
Does not fire: claim "The strike began on June 2, 2025.", sentence "The strike began on
June 9, 2025." (in a source published in June 2025: a wrong date, a conflict)
"""

from __future__ import annotations

from crosscheck.matching.grammar import days_apart
from crosscheck.matching.rules.base import Case, Stage, rule
from crosscheck.model import ValueKind

ID = "recent-occurrence"


def check(case: Case) -> str | None:
    checked, value, published = case.checked, case.value, case.item.published
    if (checked.kind is not ValueKind.DATE or published is None or not value.resolved
            or not checked.resolved):
        return None
    thresholds = case.context.thresholds
    if (days_apart(published, value) <= thresholds.other_occurrence_days
            and days_apart(published, checked) > thresholds.other_occurrence_days):
        return ("it dates an event near its source's publication, far from the claim's "
                f"{checked.normalized}: another occurrence")
    return None


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
