"""Value extraction, dates: absolute and relative dates as day-ordinal intervals.

A date is an inclusive interval of days: "2019-01-22" is one day, "January 2019" is 31 days,
"2019" is a year, "this week" is Monday..Sunday. Relative expressions ("Tuesday", "last
month", a year-less "Jan. 22") resolve against the source's publication date, with the
direction (earlier or later) read from the nearest tense cue; with no publication date they
stay unresolved and say so.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from crosscheck.model import Value, ValueKind

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October"
          r"|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?"
          r"|Oct\.?|Nov\.?|Dec\.?)")
_FULL_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September"
               r"|October|November|December)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_S = r"[\s\u00a0]+"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?![\d-])")),
    ("month_day", re.compile(
        rf"\b{_MONTH}{_S}{_DAY}(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?(?![\d:])"
        rf"(?:,?{_S}{_YEAR}\b)?")),
    ("day_month", re.compile(rf"\b{_DAY}{_S}{_MONTH}(?:,?{_S}{_YEAR}\b)?")),
    ("month_year", re.compile(rf"\b{_MONTH}{_S}(?:of{_S})?{_YEAR}\b")),
    ("relative_month", re.compile(
        rf"\b(?P<cue>(?i:last|next|this|in|since|until|by|from|during|early|late|mid-?|of))"
        rf"{_S}{_FULL_MONTH}\b(?![\s\u00a0]*\d)")),
    ("decade", re.compile(r"(?<![\w$])(?:the\s+)?(?P<decade>1[5-9]\d0|20\d0)['’]?s\b")),
    ("year", re.compile(rf"(?<![\w$.,:/-]){_YEAR}(?![\w%]|[.,]\d|[-/]\d|\s*(?:%|percent))")),
    ("weekday", re.compile(
        r"(?<!every )(?<!Every )"
        r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("deictic_day", re.compile(r"\b(?P<deictic>today|yesterday|tomorrow|tonight)\b", re.I)),
    ("relative_period", re.compile(
        r"\b(?P<rel>(?:later|earlier)\s+this|this|next|last|past|coming|(?:the\s+)?end\s+of"
        r"\s+(?:the|this))\s+(?P<period>week|month|year)\b", re.I)),
)

DIGIT_KINDS = frozenset({"iso", "month_day", "day_month", "month_year", "decade", "year"})
DIGIT = re.compile(r"\d")
LETTERS = re.compile(r"[A-Za-z]+")
_MONTH_WORDS = frozenset(["January", "February", "March", "April", "May", "June", "July",
                          "August", "September", "October", "November", "December"])
_MONTH_TOKENS = _MONTH_WORDS | {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                                "Oct", "Nov", "Dec"}
# The words (as written, or in lower case for the patterns that ignore case) without one of
# which a pattern cannot match: every one of them matches them as whole words.
NEEDED_WORDS: dict[str, frozenset[str]] = {
    "month_day": _MONTH_TOKENS, "day_month": _MONTH_TOKENS, "month_year": _MONTH_TOKENS,
    "relative_month": _MONTH_WORDS,
    "weekday": frozenset(day.capitalize() for day in WEEKDAYS),
    "deictic_day": frozenset(["today", "yesterday", "tomorrow", "tonight"]),
    "relative_period": frozenset(["week", "month", "year"]),
}
FUTURE_CUES = re.compile(
    r"\b(?:will|won't|would|shall|'ll|may|might|going\s+to|plans?|planned|planning|scheduled"
    r"|expects?|expected"
    r"|set\s+to|due|ahead|upcoming|next|is\s+to|are\s+to|to\s+be\s+held|intends?)\b", re.I)
PAST_CUES = re.compile(
    r"(?<![-\w])(?:\w+ed|said|told|met|held|took|gave|made|was|were|had|did|came|went|saw|began|spoke"
    r"|sat|struck|left|led|sent|won|lost|wrote|brought|kept|ago|last|earlier|previous)\b", re.I)


# Punctuation that ends a clause; a comma only when a space follows ("1,500" is a number).
_CLAUSE_PUNCTUATION = re.compile(r"[,;:](?=\s)|[()\u2014]")


@dataclass(frozen=True)
class Reference:
    """The date relative expressions resolve against, and where it came from."""

    date: dt.date
    origin: str

    def describe(self) -> str:
        return f"{self.date.isoformat()} ({self.origin})"


def long_date(day: dt.date) -> str:
    """``Tuesday 22 January 2019``: unambiguous in every locale's reading."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _days(start: dt.date, end: dt.date) -> tuple[float, float]:
    return float(start.toordinal()), float(end.toordinal())


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _direction(text: str, start: int, end: int) -> tuple[int, str]:
    """+1 for later than the reference, -1 for earlier: the nearest tense cue decides."""
    breaks = [m.start() for m in _CLAUSE_PUNCTUATION.finditer(text)]
    clause_start = max((b + 1 for b in breaks if b < start), default=0)
    window_end = min((b for b in breaks if b >= end), default=len(text))
    cues: list[tuple[int, int, str]] = []
    for pattern, sign in ((FUTURE_CUES, 1), (PAST_CUES, -1)):
        for m in pattern.finditer(text, clause_start, window_end):
            if m.start() < end and start < m.end():
                continue  # the value itself ("May") is not a cue
            distance = start - m.end() if m.end() <= start else m.start() - end
            cues.append((abs(distance), sign, m.group(0)))
    if not cues:
        return -1, "no tense cue, read as past (news reports what happened)"
    _, sign, word = min(cues)
    return sign, f'"{word}" reads as {"future" if sign > 0 else "past"}'


def _value(m: re.Match[str], start: dt.date, end: dt.date, normalized: str, precision: str,
           explanation: str, month_day: tuple[int, int] | None = None) -> Value:
    low, high = _days(start, end)
    return Value(ValueKind.DATE, m.start(), m.end(), m.group(0), low, high, normalized,
                 precision, explanation, month_day=month_day)


def _unresolved(m: re.Match[str], normalized: str, precision: str, why: str,
                month_day: tuple[int, int] | None = None) -> Value:
    return Value(ValueKind.DATE, m.start(), m.end(), m.group(0), None, None, normalized,
                 precision, why, month_day=month_day)


def _nearest_year(month: int, day: int, ref: dt.date) -> int:
    """The year that puts month/day closest to the reference date."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append((abs((dt.date(year, month, day) - ref).days), year))
        except ValueError:
            continue
    return min(candidates)[1] if candidates else ref.year


def _absolute(kind: str, m: re.Match[str], text: str, ref: Reference | None) -> Value | None:
    groups = m.groupdict()
    month = int(groups["mon"]) if kind == "iso" else _month_number(groups["month"])
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    day2 = int(groups["day2"]) if groups.get("day2") else None
    if day is None:
        if year is None:
            return None
        first, last = month_bounds(year, month)
        return _value(m, first, last, f"{year}-{month:02d}", "month", f"{first:%B %Y}")
    if year is None:
        return _yearless(m, month, day, day2, text, ref)
    try:
        first = dt.date(year, month, day)
        last = dt.date(year, month, day2) if day2 else first
    except ValueError:
        return None
    return _day_range(m, first, last, "as written")


def _day_range(m: re.Match[str], first: dt.date, last: dt.date, how: str) -> Value | None:
    if last < first:
        return None
    if last == first:
        return _value(m, first, last, first.isoformat(), "day",
                      f"{first.isoformat()} ({first:%A}), {how}")
    return _value(m, first, last, f"{first.isoformat()}/{last.isoformat()}", "days",
                  f"{first.isoformat()} to {last.isoformat()}, {how}")


def _yearless(m: re.Match[str], month: int, day: int, day2: int | None, text: str,
              ref: Reference | None) -> Value | None:
    try:
        dt.date(2000, month, day)  # a leap year: only checks that the day exists in the month
    except ValueError:
        return None
    if ref is None:
        return _unresolved(m, f"--{month:02d}-{day:02d}", "month-day",
                           "no year stated and the source has no publication date",
                           month_day=(month, day))
    year = _nearest_year(month, day, ref.date)
    try:
        first = dt.date(year, month, day)
        last = dt.date(year, month, day2) if day2 else first
    except ValueError:
        return None
    return _day_range(m, first, last, f"year {year} from the publication date {ref.describe()}")


def _relative_month(m: re.Match[str], text: str, ref: Reference | None) -> Value | None:
    month = _month_number(m.group("month"))
    cue = m.group("cue").lower()
    if ref is None:
        return _unresolved(m, f"--{month:02d}", "month", "no year stated and the source has no "
                           "publication date")
    if cue == "this":
        sign, why = (0, '"this"')
    elif cue in ("last", "since"):
        sign, why = (-1, f'"{cue}"')
    elif cue == "next":
        sign, why = (1, '"next"')
    else:
        sign, why = _direction(text, m.start(), m.end())
    year = ref.date.year
    if sign < 0 and month >= ref.date.month:
        year -= 1
    elif sign > 0 and month <= ref.date.month:
        year += 1
    first, last = month_bounds(year, month)
    span_start = m.start("month")
    value = _value(m, first, last, f"{year}-{month:02d}", "month",
                   f"{first:%B %Y}: {why}, from the publication date {ref.describe()}")
    return Value(value.kind, span_start, m.end(), m.group("month"), value.low, value.high,
                 value.normalized, value.precision, value.explanation)


def _weekday(m: re.Match[str], text: str, ref: Reference | None) -> Value:
    name = m.group("weekday")
    if ref is None:
        return _unresolved(m, name, "day", f'"{name}" not resolved: the source has no '
                           "publication date")
    target = WEEKDAYS.index(name.lower())
    offset = target - ref.date.weekday()
    sign, why = _direction(text, m.start(), m.end())
    if sign > 0 and offset < 0:
        offset += 7
    elif sign < 0 and offset > 0:
        offset -= 7
    day = ref.date + dt.timedelta(days=offset)
    return _value(m, day, day, day.isoformat(), "day",
                  f"{day.isoformat()} ({day:%A}): {why}, from the publication date "
                  f"{ref.describe()}")


def _deictic(m: re.Match[str], ref: Reference | None) -> Value:
    word = m.group("deictic").lower()
    if ref is None:
        return _unresolved(m, word, "day", f'"{word}" not resolved: no publication date')
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    day = ref.date + dt.timedelta(days=offset)
    return _value(m, day, day, day.isoformat(), "day",
                  f"{day.isoformat()} ({day:%A}), from the publication date {ref.describe()}")


def _relative_period(m: re.Match[str], ref: Reference | None) -> Value:
    rel = " ".join(m.group("rel").lower().split())
    period = m.group("period").lower()
    if ref is None:
        return _unresolved(m, f"{rel} {period}", period, "not resolved: no publication date")
    shift = {"next": 1, "coming": 1, "last": -1, "past": -1}.get(rel, 0)
    first, last = _period_bounds(ref.date, period, shift)
    if rel.endswith(("end of the", "end of this")):
        rel = "later this"  # "by the end of the year": what is left of it
    if rel == "later this":
        first = max(first, ref.date)
    elif rel == "earlier this":
        last = min(last, ref.date)
    normalized = _period_name(first, last, period)
    return _value(m, first, last, normalized, period,
                  f"{first.isoformat()} to {last.isoformat()}, from the publication date "
                  f"{ref.describe()}")


def _period_name(first: dt.date, last: dt.date, period: str) -> str:
    """A whole month reads as 2019-01, a whole year as 2019; anything else as a range."""
    if period == "month" and (first, last) == month_bounds(first.year, first.month):
        return f"{first.year}-{first.month:02d}"
    if period == "year" and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return str(first.year)
    return f"{first.isoformat()}/{last.isoformat()}"


def _period_bounds(day: dt.date, period: str, shift: int) -> tuple[dt.date, dt.date]:
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=shift)
        return monday, monday + dt.timedelta(days=6)
    if period == "month":
        index = day.year * 12 + day.month - 1 + shift
        return month_bounds(index // 12, index % 12 + 1)
    return dt.date(day.year + shift, 1, 1), dt.date(day.year + shift, 12, 31)


def _year(m: re.Match[str]) -> Value:
    year = int(m.group("year"))
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return _value(m, first, last, str(year), "year", f"the year {year}")


def _decade(m: re.Match[str]) -> Value:
    start = int(m.group("decade"))
    first, last = dt.date(start, 1, 1), dt.date(start + 9, 12, 31)
    return _value(m, first, last, f"{start}s", "decade", f"the years {start}-{start + 9}")


RELATIVE_KINDS = frozenset({"relative_month", "weekday", "deictic_day", "relative_period"})


def find_dates(text: str, ref: Reference | None) -> Iterator[Value]:
    """Every date expression in ``text``, possibly overlapping; the caller keeps the longest."""
    has_digit = DIGIT.search(text) is not None
    written = set(LETTERS.findall(text))
    words = written | {word.lower() for word in written}
    for kind, pattern in PATTERNS:
        # Most sentences hold no date: a pattern is tried only when the text holds what it
        # cannot match without (a digit, a month's or a day's name).
        needed = NEEDED_WORDS.get(kind)
        if (kind in DIGIT_KINDS and not has_digit) or (needed and words.isdisjoint(needed)):
            continue
        for m in pattern.finditer(text):
            value = _dispatch(kind, m, text, ref)
            if value is None:
                continue
            yield replace(value, relative=True) if kind in RELATIVE_KINDS else value


def _dispatch(kind: str, m: re.Match[str], text: str, ref: Reference | None) -> Value | None:
    if kind in ("iso", "month_day", "day_month", "month_year"):
        return _absolute(kind, m, text, ref)
    if kind == "relative_month":
        return _relative_month(m, text, ref)
    if kind == "weekday":
        return _weekday(m, text, ref)
    if kind == "deictic_day":
        return _deictic(m, ref)
    if kind == "relative_period":
        return _relative_period(m, ref)
    if kind == "decade":
        return _decade(m)
    return _year(m)
