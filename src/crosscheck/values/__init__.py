"""Pipeline stage: extract values (numbers, quantities, dates) from a passage's text.

One interface for the rest of the pipeline: ``extract_values(text, reference)`` returns typed,
non-overlapping values with their spans, normalised intervals and explanations.
"""

from __future__ import annotations

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
    return tuple(sorted(kept, key=lambda v: v.start))
