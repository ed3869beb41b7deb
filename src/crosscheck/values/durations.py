"""Values, inside extraction: lengths of time stated as a clock or in words.

"2:05:12" (a race time), "2 hours, 5 minutes and 12 seconds", "4 minutes 30 seconds": one
length of time each, normalised to seconds so that the clock and the words meet. A length
in one unit alone ("five hours") stays a count of hours, read by numbers.py; "2:05" is left
alone too, since it is as often a time of day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from crosscheck.model import Value, ValueKind

SECONDS = {"hour": 3600, "minute": 60, "second": 1}
CLOCK = re.compile(
    r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)"
    r"(?![\d:]|\s*(?:a\.m\.|p\.m\.|am\b|pm\b))", re.I)
_HOURS = r"\s*(?:hours?|hrs?|h)\b"
_MINUTES = r"\s*(?:minutes?|mins?|m)\b"
_SECONDS = r"\s*(?:seconds?|secs?|s)\b"
_AND = r"\s*,?\s*(?:and\s+)?"
WORDS = re.compile(
    rf"(?<![\d.,])(?:(?P<h>\d+){_HOURS}{_AND}(?P<m>\d+){_MINUTES}(?:{_AND}(?P<s>\d+){_SECONDS})?"
    rf"|(?P<m2>\d+){_MINUTES}{_AND}(?P<s2>\d+){_SECONDS})", re.I)
DIGIT = re.compile(r"\d")


def find_durations(text: str) -> Iterator[Value]:
    """Every length of time of two units or more in ``text``."""
    if not DIGIT.search(text):
        return
    for m in CLOCK.finditer(text):
        seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
        yield _duration(m, seconds, seconds, "second")
    for m in WORDS.finditer(text):
        parts = {"hour": m.group("h"), "minute": m.group("m") or m.group("m2"),
                 "second": m.group("s") or m.group("s2")}
        stated = {unit: int(number) for unit, number in parts.items() if number}
        seconds = sum(number * SECONDS[unit] for unit, number in stated.items())
        finest = min(stated, key=lambda unit: SECONDS[unit])
        yield _duration(m, seconds, seconds + SECONDS[finest] - 1, finest)


def _duration(m: re.Match[str], low: int, high: int, finest: str) -> Value:
    normalized = clock(low)
    to = "" if finest == "second" else f", to the {finest}"
    return Value(ValueKind.COUNT, m.start(), m.end(), m.group(0).strip(), float(low),
                 float(high), normalized, "exact" if low == high else "interval",
                 f"{normalized} ({low:,} seconds{to})", unit="second")


def clock(seconds: int) -> str:
    """7512 -> '2:05:12', 270 -> '4:30'."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
