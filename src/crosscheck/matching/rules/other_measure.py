"""Two different values conflict only when they count the same thing.

Their units say so ("17,000 residents" / "7,000 residents"); or one unit is missing or just
"people", and the claim's own word for what it counts (its unit or verb, or a synonym)
stands by the passage's value ("5,000 employees" / "employs 7,000 people"). A bare
percentage may be a share of anything. ("9,000 people" is not "300 stores": their units
already say so, see ``values.compare.units_match``.)

Fires: claim "The chain employs 9,000 people.", sentence "The chain served 7,000 people a
day." (people, but not employed)
Does not fire: claim "The chain employs 9,000 people.", sentence "The chain has 7,000
employees."
"""

from __future__ import annotations

from crosscheck.lexicon.words import GENERIC_UNITS
from crosscheck.matching.reading import predicate_near
from crosscheck.matching.rules.base import Case, Stage, rule
from crosscheck.model import ValueKind
from crosscheck.values.compare import both_count_people, comparable

ID = "other-measure"


def same_measure(case: Case) -> bool:
    """The two values count the same thing."""
    checked, value = case.checked, case.value
    measured = comparable(checked, value)
    if measured is not None:
        return measured
    if checked.kind is not ValueKind.COUNT:
        return False  # a bare "61%" may be a share of anything
    if (checked.unit in GENERIC_UNITS and value.unit is not None
            and not both_count_people(checked, value)):
        return False  # "9,000 people" against "300 deaths"
    return predicate_near(case.context, case.item, checked, value, people=True)


def check(case: Case) -> str | None:
    if same_measure(case):
        return None
    return "the two values do not count the same thing"


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
