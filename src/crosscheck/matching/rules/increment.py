"""A count of what was added is not the total.

"Two more people died overnight" and "another 300 troops were sent" count an addition; the
claim's total is another number.

Fires: claim "Five people died in the fire.", sentence "Two more people died in the fire
overnight."
Does not fire: claim "Five people died in the fire.", sentence "Two people died in the
fire." (and "two more than expected" is a comparison, not an addition).
"""

from __future__ import annotations

from crosscheck.matching.grammar import is_increment
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "increment"


def check(case: Case) -> str | None:
    if is_increment(case.text, case.value):
        return 'it counts an addition ("N more", "another N"), not the total'
    return None


RULE = rule(__doc__, ID, VALUE_STAGES, check)
