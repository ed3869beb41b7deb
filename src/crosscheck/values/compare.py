"""Value comparison: how a passage's value relates to a claim's, at the precision both state.

A passage value *agrees* when its interval lies inside the claim's (it says at least as much),
*differs* when the intervals are disjoint, and is merely *consistent* when they overlap (it
says less: "January 2019" against 22 January 2019). Values of different kinds or counting
different things are not compared at all.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from rapidfuzz import fuzz

from crosscheck.lexicon.synonyms import demonyms, synonyms
from crosscheck.lexicon.words import GENERIC_UNITS, PEOPLE_EVENTS, people_units
from crosscheck.model import Value, ValueKind
from crosscheck.thresholds import DEFAULT_THRESHOLDS


class Comparison(str, Enum):
    """The outcome of comparing a passage value with a claim value."""

    AGREES = "agrees"
    DIFFERS = "differs"
    CONSISTENT = "consistent"
    INCOMPARABLE = "incomparable"


def units_match(a: str | None, b: str | None) -> bool | None:
    """True or False when both values name what they count; None when one does not, or
    counts "people", which may be the claim's residents or voters: enough to agree with,
    not to differ from."""
    if a is None or b is None:
        return None
    if a in GENERIC_UNITS or b in GENERIC_UNITS:
        # "four people" may be four residents, not four sentences.
        other = b if a in GENERIC_UNITS else a
        return None if other in GENERIC_UNITS or counts_people(other) else False
    return a == b or fuzz.ratio(a, b) >= DEFAULT_THRESHOLDS.unit_similarity or b in synonyms(a)


def counts_people(unit: str) -> bool:
    """The unit is a noun for people ("residents", "Somalis") or for what happens to them
    ("deaths")."""
    return unit in people_units() or unit in PEOPLE_EVENTS or bool(demonyms(unit))


def both_count_people(claim: Value, passage: Value) -> bool:
    """Both values count people, one of them just as "people" (see people_units)."""
    units = {claim.unit, passage.unit}
    return bool(units & GENERIC_UNITS) and all(
        u is not None and (u in GENERIC_UNITS or counts_people(u)) for u in units)


def is_age(value: Value) -> bool:
    """The value is someone's age ("Ruiz, 70,", "a 70-year-old", "aged 70")."""
    return value.kind is ValueKind.COUNT and value.precision == "interval" and \
        " old (at least " in value.explanation


def comparable(claim: Value, passage: Value) -> bool | None:
    """Whether two values measure the same thing: None when it cannot be told (no unit)."""
    if claim.kind is not passage.kind:
        return False
    if is_age(claim) != is_age(passage) and (claim.unit or passage.unit):
        return False  # an age is not "an eight-year contract"; an unknown count may be one
    if claim.kind in (ValueKind.COUNT, ValueKind.ORDINAL, ValueKind.MONEY):
        return units_match(claim.unit, passage.unit)
    if claim.kind is ValueKind.PERCENT:
        return _shares_match(claim.unit or "%", passage.unit or "%")
    return True


def _shares_match(a: str, b: str) -> bool | None:
    """'% vote' and '% vote' compare; '% vote' and '% respond' do not; a bare '%' may be a
    share of either: enough to agree with, not to differ from."""
    if a == b:
        return True
    if "%" in (a, b):
        return None
    return units_match(a.removeprefix("% "), b.removeprefix("% "))


def compare(claim: Value, passage: Value) -> Comparison:
    """Compare two values of the same kind by their intervals."""
    if comparable(claim, passage) is False:
        return Comparison.INCOMPARABLE
    if claim.resolved and passage.resolved:
        return _intervals(claim, passage)
    if claim.kind is ValueKind.DATE:
        return _month_day(claim, passage)
    return Comparison.INCOMPARABLE


def _intervals(claim: Value, passage: Value) -> Comparison:
    assert claim.low is not None and claim.high is not None
    assert passage.low is not None and passage.high is not None
    if claim.low <= passage.low and passage.high <= claim.high:
        return Comparison.AGREES
    if passage.precision == "approximate" and claim.low <= _center(passage) <= claim.high:
        return Comparison.AGREES  # "about 4,200" says 4,200, only less firmly
    if passage.high < claim.low or claim.high < passage.low:
        return Comparison.DIFFERS
    if passage.precision == "approximate" and claim.precision == "approximate" and not (
            claim.low <= _center(passage) <= claim.high
            or passage.low <= _center(claim) <= passage.high):
        # "about 40 percent" and "about 35 percent" overlap only by their margins: each
        # states a number the other's margin does not reach.
        return Comparison.DIFFERS
    return Comparison.CONSISTENT


def _center(value: Value) -> float:
    try:
        return float(value.normalized)
    except ValueError:
        return float("nan")


def _month_day(claim: Value, passage: Value) -> Comparison:
    """A year-less date against a dated one: the month and day can still differ. A claim's
    "August 11" agrees with a passage's 11 August 2024 (any year's August 11 is its day);
    a passage's "August 11" is only consistent with a claim's 11 August 2024."""
    if (not claim.resolved and claim.month_day is not None and passage.resolved
            and passage.precision == "day"):
        assert passage.low is not None
        day = dt.date.fromordinal(int(passage.low))
        if (day.month, day.day) == claim.month_day:
            return Comparison.AGREES
        return Comparison.DIFFERS
    if not claim.resolved or passage.month_day is None or claim.precision != "day":
        return Comparison.INCOMPARABLE
    assert claim.low is not None
    day = dt.date.fromordinal(int(claim.low))
    if (day.month, day.day) == passage.month_day:
        return Comparison.CONSISTENT
    return Comparison.DIFFERS
