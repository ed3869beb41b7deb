"""A claim stating no value is supported only where its own words are said.

The claim's words for what it says (not its names, not light verbs) must stand in the
sentence or the few before it in its source, a synonym counting: "the study was led by Dr.
Vik" after a paragraph on cycling is not the claim's walking study, however rare "Vik".

Fires: claim "Dr. Vik led the walking study.", sentences "The cycling trial ended in May. It
was led by Dr. Vik." (no "walking" near)
Does not fire: claim "Dr. Vik led the walking study.", sentence "Dr. Vik led the walking
study."
"""

from __future__ import annotations

from crosscheck.matching.reading import unsaid
from crosscheck.matching.rules.base import Case, Stage, rule

ID = "unsaid"


def check(case: Case) -> str | None:
    missing = unsaid(case.context, case.item)
    if missing:
        return f"the claim's own words are not said near it ({', '.join(missing)})"
    return None


RULE = rule(__doc__, ID, frozenset({Stage.STATEMENT}), check)
