"""A differing value conflicts only beside a word for what the claim's value counts or dates.

The claim's predicate words nearest its value ("expelled ... 17,000 residents": expel,
resid) must stand within a few words of the passage's value (or be its unit, or a synonym);
a date that dates the same phase of an event ("began", "broke out") or a difference beside a
difference needs no more.

Fires: claim "The Soviet Union expelled 17,000 Japanese residents.", sentence "The Soviet
Union stationed 7,000 on the islands in 1946." (no word for expelling or residents beside it)
Does not fire: claim "The Soviet Union expelled 17,000 Japanese residents.", sentence "The
Soviet Union expelled 7,000 Japanese residents."
"""

from __future__ import annotations

from crosscheck.matching.reading import predicate_near
from crosscheck.matching.rules.base import Case, Stage, rule
from crosscheck.values.compare import is_age

ID = "no-predicate"


def check(case: Case) -> str | None:
    if is_age(case.checked) and is_age(case.value):
        return None  # an age says what it is; whose it is, is other-person's question
    if predicate_near(case.context, case.item, case.checked, case.value) or case.same_phase \
            or case.both_differences:
        return None
    wanted = ", ".join(sorted(case.context.analysis.attached.get(case.checked, ())))
    return f"no word for what the claim says happened ({wanted}) stands near it"


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
