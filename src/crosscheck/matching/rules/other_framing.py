"""The claim's other values, stated differently by the passage, show another event.

A claim about "a second term on October 13" is not dated by a passage about "a third term on
Sunday": where the passage states values of the kind of the claim's other (non-date) values
and all of them differ, it is about another occurrence.

Fires: claim "Kessia won a second term on October 13, 2023.", sentence "Kessia won a third
term on October 20, 2027."
Does not fire: claim "Kessia won a second term on October 13, 2023.", sentence "Kessia won a
second term on October 20, 2023."
"""

from __future__ import annotations

from crosscheck.matching.rules.base import Case, Stage, rule
from crosscheck.model import ValueKind
from crosscheck.values.compare import Comparison, comparable, compare

ID = "other-framing"


def check(case: Case) -> str | None:
    for context in case.context.analysis.context_values(case.checked):
        if context.kind is ValueKind.DATE or comparable(context, context) is False:
            continue
        same_kind = [v for v in case.item.values if v.kind is context.kind
                     and comparable(context, v) is True]
        if same_kind and all(compare(context, v) is Comparison.DIFFERS for v in same_kind):
            return (f"it states {same_kind[0].text!r} where the claim says "
                    f"{context.text!r}: another event")
    return None


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
