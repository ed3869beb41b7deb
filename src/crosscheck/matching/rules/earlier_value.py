"""A value a change started from is not what the thing is now.

"Unemployment fell to 4.1 percent from 4.6 percent": 4.6 percent is where the change began.
A value after "from" in a sentence that speaks of a change (rose, fell, down, up, cut, ...) is
only a mention.

Fires: claim "Unemployment was 4.6 percent.", sentence "Unemployment fell to 4.1 percent
from 4.6 percent."
Does not fire: claim "Unemployment was 4.1 percent.", same sentence (4.1 is the new value).
"""

from __future__ import annotations

from crosscheck.matching.grammar import is_earlier_value
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "earlier-value"


def check(case: Case) -> str | None:
    if is_earlier_value(case.text, case.value):
        return 'it is the earlier value of a change ("from ...")'
    return None


RULE = rule(__doc__, ID, VALUE_STAGES, check)
