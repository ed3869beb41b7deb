"""A source published between two dates describes another occurrence.

A source describing a past event cannot date an event still ahead of it, and back: when the
claim's date lies after the source's publication and the passage's date before it (or the
other way round), the two dates are two occurrences.

Fires: claim "The summit will be held on March 3, 2019.", sentence "The summit was held on
January 22, 2019." (in a source published on February 1, 2019)
Does not fire: claim "The summit was held on January 20, 2019.", same sentence and source.
"""

from __future__ import annotations

from crosscheck.matching.grammar import time_side
from crosscheck.matching.rules.base import Case, Stage, rule

ID = "time-side"


def check(case: Case) -> str | None:
    return time_side(case.item.published, case.checked, case.value)


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
