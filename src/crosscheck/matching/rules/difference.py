"""A difference is compared only with a difference, never with an amount.

"The bridge cost 90 million euros more than budgeted" states by how much it overran, not
what it cost. Where one value is such a difference and the other is not, they are not the
same fact.

Fires: claim "The bridge cost 190 million euros.", sentence "The bridge cost 90 million
euros more than budgeted."
Does not fire: claim "The bridge cost 90 million euros more than budgeted.", sentence "The
bridge came in 90 million euros over budget."
"""

from __future__ import annotations

from crosscheck.matching.grammar import is_difference
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "difference"


def check(case: Case) -> str | None:
    if is_difference(case.context.analysis.claim.text, case.checked) != is_difference(
            case.text, case.value):
        return 'one states a difference ("N more than ..."), the other an amount'
    return None


RULE = rule(__doc__, ID, VALUE_STAGES, check)
