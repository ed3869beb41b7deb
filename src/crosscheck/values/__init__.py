"""Pipeline stage: extract values (numbers, quantities, dates) from a passage's text.

One interface for the rest of the pipeline: ``extract_values(text, reference)`` returns typed,
non-overlapping values with their spans, normalised intervals and explanations.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from crosscheck.model import Value, ValueKind
from crosscheck.values.dates import Reference, find_dates, long_date
from crosscheck.values.numbers import find_numbers, stem

__all__ = ["Reference", "extract_values", "long_date", "stem"]

_KIND_PRIORITY = {ValueKind.DATE: 0, ValueKind.MONEY: 1, ValueKind.PERCENT: 1,
                  ValueKind.ORDINAL: 2, ValueKind.COUNT: 3}


def extract_values(text: str, reference: Reference | None = None) -> tuple[Value, ...]:
    """All values in ``text``; where candidates overlap the longest wins, then dates."""
    candidates = [*find_dates(text, reference), *find_numbers(text)]
    candidates.sort(key=lambda v: (-(v.end - v.start), _KIND_PRIORITY[v.kind], v.start))
    kept: list[Value] = []
    for value in candidates:
        if all(value.end <= k.start or value.start >= k.end for k in kept):
            kept.append(value)
    return tuple(_since(text, v) for v in sorted(kept, key=lambda v: v.start))


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def _since(text: str, value: Value) -> Value:
    """'since 2010' is the time from 2010 on, not the year 2010."""
    if value.kind is not ValueKind.DATE or value.low is None or not _SINCE.search(
            text[max(0, value.start - 12):value.start]):
        return value
    return replace(value, high=math.inf, normalized=f"since {value.normalized}",
                   precision="open", explanation=f"from {value.normalized} on")
