"""Two counts of one noun with different words for its kind count different things.

"three prior DUI convictions" and "two motor vehicle theft convictions" both count
convictions, of different kinds; "404 rushing yards" and "440 receiving yards" both count
yards. Where both the claim and the passage say what kind of thing their value counts (the
words between the number and its noun), and no word of the one is a word of the other (or a
synonym), the two values are not the same fact. Where either says nothing of the kind, this
cannot be told and the rule does not fire.

Fires: claim "LaSalle had three prior DUI convictions.", sentence "He also has two motor
vehicle theft convictions."
Does not fire: claim "LaSalle had three prior DUI convictions.", sentence "He has two DUI
convictions."
"""

from __future__ import annotations

from crosscheck.lexicon.synonyms import synonyms
from crosscheck.matching.grammar import unit_modifiers
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "other-kind"


def check(case: Case) -> str | None:
    checked, value = case.checked, case.value
    if checked.unit != value.unit:
        return None
    claimed = unit_modifiers(case.context.analysis.claim.text, checked)
    said = unit_modifiers(case.text, value)
    if not claimed or not said:
        return None
    if claimed & said or any(synonyms(word) & said for word in claimed):
        return None
    return (f"it counts {' '.join(sorted(said))} {value.unit}, the claim "
            f"{' '.join(sorted(claimed))} {checked.unit}")


RULE = rule(__doc__, ID, VALUE_STAGES, check)
