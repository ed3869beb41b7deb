"""A value something else is compared with is not that thing's value.

"The Red Sox offer is less than the $184 million reported": $184 million is the yardstick,
not the offer; "up from 12 percent" is another rule's (earlier-value). A value after "than
the", "compared with", "versus" or "against" is what something else is measured against,
unless the claim measures against it too.

Fires: claim "The Red Sox offered $184 million.", sentence "The Red Sox offer is less than
the $184 million reported by WCVB."
Does not fire: claim "The Red Sox offered $184 million.", sentence "The Red Sox offered $184
million."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import COMPARED_BEFORE
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "compared"


def _is_compared(text: str, start: int) -> bool:
    return bool(COMPARED_BEFORE.search(text[max(0, start - 40):start]))


def check(case: Case) -> str | None:
    if not _is_compared(case.text, case.value.start) or _is_compared(
            case.context.analysis.claim.text, case.checked.start):
        return None
    return "it is what something else is compared with (\"than the ...\"), not its value"


RULE = rule(__doc__, ID, VALUE_STAGES, check)
