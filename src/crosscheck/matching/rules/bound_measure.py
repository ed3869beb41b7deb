"""A bound is supported only by a value of the measure it bounds.

Any smaller amount fits under "less than $90 million", so a value that agrees with a bound
says little unless it is said of what the claim's value is: "grossed less than $90 million
worldwide" is supported by "has grossed $85 million", not by the same film's "$12 million
production budget". The claim's word for what it bounds (its nearest predicate, or a
synonym) must stand near the passage's value, or its unit say it ("14,500 acres" for "more
than 12,000 acres"; a currency says nothing of what was paid). A point claim needs no such
check: that the two agree is itself the evidence; nor does the bound's own figure ("120 mph"
for "up to 120 mph").

Fires: claim "The film grossed less than $90 million.", sentence "The film was made on a $12
million production budget."
Does not fire: claim "The film grossed less than $90 million.", sentence "The film has grossed
$85 million."
"""

from __future__ import annotations

import math

from crosscheck.matching.reading import attribute_near
from crosscheck.matching.rules.base import Case, Stage, rule
from crosscheck.model import Value, ValueKind

ID = "bound-measure"


def is_bound(value: Value) -> bool:
    """The value is open on one side ("more than 300", "less than $90 million")."""
    return value.low is not None and value.high is not None and (
        math.isinf(value.low) or math.isinf(value.high))


def check(case: Case) -> str | None:
    checked, value = case.checked, case.value
    if not is_bound(checked) or is_bound(value) or _states_the_bound(checked, value):
        return None
    attached = case.context.analysis.attached.get(checked, frozenset()) - {checked.unit or ""}
    # A unit says what is measured ("acres"), a currency does not ("$12 million" of what?).
    if not attached or attribute_near(case.context, case.item, checked, value,
                                      by_unit=checked.kind is not ValueKind.MONEY):
        return None
    return (f"the claim gives a bound, and no word near {case.value.text} says it is what "
            f"the bound is of ({', '.join(sorted(attached))})")


def _states_the_bound(checked: Value, value: Value) -> bool:
    """The passage's value is the bound's own figure ("120 mph" for "up to 120 mph")."""
    assert checked.low is not None and checked.high is not None
    assert value.low is not None and value.high is not None
    figure = checked.high if math.isinf(checked.low) else checked.low
    return value.low <= figure * (1 + 1e-9) and figure * (1 - 1e-9) <= value.high


RULE = rule(__doc__, ID, frozenset({Stage.SUPPORT}), check)
