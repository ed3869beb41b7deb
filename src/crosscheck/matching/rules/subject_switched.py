"""A value whose sentence inherits the claim's names only past someone else may be theirs.

"Rival Nordmark reported a net profit of $120 million. Net profit was up 4 percent.": the
second sentence names nobody; the claim's names reach it only past a sentence about someone
else saying what the claim says. Enough to agree, never enough to conflict.

Fires: claim "Halden Foods reported a net profit of $95 million.", sentences "Halden Foods
published its results. Rival Nordmark Grocers reported a net profit of $120 million. Net
profit was $110 million."
Does not fire: claim "Halden Foods reported a net profit of $95 million.", sentences "Halden
Foods published its results. Net profit was $110 million."
"""

from __future__ import annotations

from crosscheck.matching.reading import carried_names
from crosscheck.matching.rules.base import Case, Stage, rule

ID = "subject-switched"


def check(case: Case) -> str | None:
    context, item = case.context, case.item
    carried = carried_names(context, item)
    if not carried or max(carried.values()) >= context.thresholds.anaphor_weight:
        return None
    if any(context.forms(name) & item.stems for group in context.analysis.name_groups
           for name in group):
        return None
    return "the sentences before it turn to someone the claim does not name"


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
