"""A past event without a date is the occurrence its supporting sources report.

A claim that tells of a past event and gives no date ("The strike cost 2,000 jobs.") is
about the occurrence its supporting sources report: a different value from a source published
far from all of them (last year's strike) is another occurrence's, a mention. A claim about a
state ("employs 14,000 people") is compared with every source: an outdated figure stays a
conflict, which an editor wants to see.

Fires: claim "The strike cost 2,000 jobs.", a conflicting source published in 2019 while
every supporting one is from 2025.
Does not fire: the same conflicting source published within days of a supporting one.
"""

from __future__ import annotations

import datetime as dt

from crosscheck.matching.rules.base import Case, Stage, rule

ID = "other-occurrence"


def check(case: Case) -> str | None:
    published = case.item.published
    window = case.context.thresholds.publication_window
    if published is None or not case.supporting_days or any(
            abs(published - day) <= window for day in case.supporting_days):
        return None
    when = dt.date.fromordinal(int(published))
    return (f"its source ({when}) is far from every source that supports the claim: "
            "another occurrence")


RULE = rule(__doc__, ID, frozenset({Stage.OCCURRENCE}), check)
