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
from crosscheck.values.durations import find_durations
from crosscheck.values.numbers import find_numbers

__all__ = ["Reference", "extract_dates", "extract_values", "long_date"]

_KIND_PRIORITY = {ValueKind.DATE: 0, ValueKind.TIME: 0, ValueKind.MONEY: 1,
                  ValueKind.PERCENT: 1, ValueKind.ORDINAL: 2, ValueKind.COUNT: 3}
TIME_OF_DAY = re.compile(
    r"(?<![\d:.])(?P<h>1[0-2]|0?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?<![\d:.])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])", re.I)


def find_times(text: str) -> list[Value]:
    """Times of day as minutes after midnight: "9:27 a.m." is 567, "9 a.m." is 540-599."""
    found = []
    for m in TIME_OF_DAY.finditer(text):
        if m.group("h24") is not None:
            hour, minute, exact = int(m.group("h24")), int(m.group("m24")), True
        else:
            hour = int(m.group("h")) % 12 + (12 if m.group("ampm").lower().startswith("p")
                                             else 0)
            minute, exact = int(m.group("m") or 0), m.group("m") is not None
        start = hour * 60 + minute
        found.append(Value(ValueKind.TIME, m.start(), m.end(), m.group(0), float(start),
                           float(start if exact else start + 59), f"{hour:02d}:{minute:02d}",
                           "minute" if exact else "hour",
                           f"{hour:02d}:{minute:02d} on the 24-hour clock"
                           + ("" if exact else " (the hour)")))
    return found


def extract_values(text: str, reference: Reference | None = None,
                   include_times: bool = False) -> tuple[Value, ...]:
    """All values in ``text``; where candidates overlap the longest wins, then dates.

    Times of day are values only when asked for: a claim whose value is a time asks; a
    passage's "at 9:27 a.m." is otherwise a detail, not a fact to compare.
    """
    return _longest(text, [*find_dates(text, reference), *find_numbers(text),
                           *find_durations(text),
                           *(find_times(text) if include_times else ())])


def extract_dates(text: str, reference: Reference | None = None) -> tuple[Value, ...]:
    """The dates in ``text`` alone, read as extract_values reads them (where two overlap
    the longest wins), for a caller that wants nothing else (a dateline)."""
    return _longest(text, list(find_dates(text, reference)))


def _longest(text: str, candidates: list[Value]) -> tuple[Value, ...]:
    """Where candidates overlap the longest wins, then dates; in reading order."""
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
