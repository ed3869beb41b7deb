"""An equal value beside the claim's own word for what it counts is the claim's fact.

News rarely repeats an editor's claim word for word: "The Angels made free agent Mark
Teixeira a contract offer covering eight years" is stated as "The Angels have offered an
eight-year contract to Mark Teixeira". Where the passage's value equals the claim's and the
claim's word for what the value counts or measures (the predicate nearest it in the claim,
its unit, or a synonym) stands within a few words of it, the clause is credited with the
claim's other words at half weight: enough to support when the names are there too (the
names-absent rule still asks), never enough to conflict (only an equal value is credited).

Fires: claim "The Angels made Mark Teixeira a contract offer covering eight years.",
sentence "The Angels have offered an eight-year contract to Mark Teixeira."
Does not fire: the same claim, sentence "The Angels have offered a seven-year contract to
Mark Teixeira." (a different value)
"""

from __future__ import annotations

from crosscheck.matching.reading import attribute_near
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit
from crosscheck.values.compare import Comparison, compare

ID = "own-attribute"
WEIGHT = 0.5  # half of what the claim's words count when the clause says them


def give(case: ClauseCase) -> Credited | None:
    checked, value = case.pair()
    if compare(checked, value) is not Comparison.AGREES or not attribute_near(
            case.context, case.item, checked, value):
        return None
    return Credited(words=dict.fromkeys(sorted(case.context.claim_stems), WEIGHT))


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
