"""A value dated to another time than the claim's is about another occurrence.

When the claim dates its fact ("turnout in the 2023 election was 61%"), the passage's dates
in the value's clause (or the nearest before it) must agree with the claim's; without one,
a source published far from the claim's date, or before its time began, reports another
occurrence. A year that labels a thing ("the 2025 budget") is read a year wider.

Fires: claim "Turnout in the 2023 election was 61 percent.", sentence "Turnout in the 2019
election was 58 percent."
Does not fire: claim "Turnout in the 2023 election was 61 percent.", sentence "Turnout in
the 2023 election was 58 percent."
"""

from __future__ import annotations

import datetime as dt

from crosscheck.matching.grammar import as_label_year, days_apart
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule
from crosscheck.model import ValueKind
from crosscheck.values.compare import Comparison, compare

ID = "other-time"


def check(case: Case) -> str | None:
    context, item, value, clause = case.context, case.item, case.value, case.clause
    thresholds = context.thresholds
    analysis = context.analysis
    # A claim's year-less date ("on Tuesday, August 13") still tells its day from another.
    stated = [v for v in analysis.context_values(case.checked)
              if v.kind is ValueKind.DATE and (v.resolved or v.month_day is not None)]
    if not stated:
        return None
    dates = [v for v in item.values if v.kind is ValueKind.DATE and v.resolved
             and v is not value and v.start < clause[1]]
    in_clause = [v for v in dates if v.start >= clause[0]]
    earlier = [v for v in dates if v.end <= clause[0]][-1:]
    event_dates = in_clause or earlier
    for original in stated:
        claimed = as_label_year(analysis.claim.text, original, thresholds.label_year_days)
        if event_dates:
            if all(compare(claimed, d) is Comparison.DIFFERS for d in event_dates):
                return (f"it is dated {event_dates[0].normalized}, not "
                        f"{claimed.normalized} like the claim")
        elif claimed.resolved and item.published is not None:
            published = dt.date.fromordinal(int(item.published))
            if days_apart(item.published, claimed) > thresholds.publication_window:
                return (f"its source is dated {published}, far from the claim's "
                        f"{claimed.normalized}")
            # A source written before the claim's time began reports an earlier
            # occurrence ("16,900 runners finished", a year before the 2024 race).
            if (claimed is original and original.low is not None
                    and item.published < original.low):
                return (f"its source is dated {published}, before the claim's "
                        f"{original.normalized}")
    return None


RULE = rule(__doc__, ID, VALUE_STAGES, check)
