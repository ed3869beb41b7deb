"""The whole that a part is counted out of is not the part.

"Thomas missed 10 of the Saints' 16 games": 16 is how many games there were, 10 how many he
missed. A value after "N of the ..." (or "of its", "of Name's") is the whole a part is taken
from, and says nothing of a claim about the part, unless the claim counts that whole too.

Fires: claim "Pierre Thomas missed 10 games.", sentence "Thomas missed 10 of the Saints' 16
games." (for its 16)
Does not fire: claim "The Saints played 16 games.", sentence "The Saints played 16 games."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import PART_BEFORE
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "whole"


def _is_whole(text: str, start: int) -> bool:
    return bool(PART_BEFORE.search(text[max(0, start - 80):start]))


def check(case: Case) -> str | None:
    if not _is_whole(case.text, case.value.start) or _is_whole(
            case.context.analysis.claim.text, case.checked.start):
        return None
    return "it is the whole a part is counted out of (\"N of the ...\"), not the part"


RULE = rule(__doc__, ID, VALUE_STAGES, check)
