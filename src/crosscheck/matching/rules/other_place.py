"""A passage about an event in another place is about a different event.

Where the claim names a place ("in Moscow") and the passage names places after "in" or "at",
none of them close in spelling to the claim's, a differing value is another event's.

Fires: claim "The storm killed 12 people in Tallgrass County.", sentence "The storm killed
9 people in Harlow County."
Does not fire: claim "The storm killed 12 people in Tallgrass County.", sentence "The storm
killed 9 people in Tallgrass County."
"""

from __future__ import annotations

from rapidfuzz import fuzz

from crosscheck.matching.rules.base import Case, Stage, rule

ID = "other-place"


def check(case: Case) -> str | None:
    places = case.context.analysis.places
    item_places = case.item.places
    if not places or not item_places:
        return None
    similar = case.context.thresholds.fuzzy_term
    for place in item_places:
        if any(place == p or fuzz.ratio(place, p) >= similar for p in places):
            return None
    return (f"it is about an event in {item_places[0]}, not in {', '.join(places)}: a "
            "different event")


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
