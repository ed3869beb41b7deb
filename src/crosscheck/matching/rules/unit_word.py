"""What a value counts is said by the value: its unit is the claim's word for it.

"27" read as an age is in years; "17,000 residents" says residents. Where the passage's value
has the claim value's unit, the clause is credited with the claim's unit word.

Fires: claim "The town has 17,000 residents.", sentence "The town was home to 17,000
residents."
Does not fire: claim "The town has 17,000 residents.", sentence "The town was home to 17,000
troops."
"""

from __future__ import annotations

from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit
from crosscheck.values.compare import units_match

ID = "unit-word"


def give(case: ClauseCase) -> Credited | None:
    checked, value = case.pair()
    if checked.unit and value.unit and units_match(checked.unit, value.unit):
        return Credited(words={checked.unit: 1.0})
    return None


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
