"""An age said of the claim's person is the claim's fact, whatever else the sentence says.

A person has one age at a time: "Nichols, 37, was found guilty" states the age of the Brian
Nichols a claim describes at length ("Brian Nichols, who killed four people in the Atlanta
courthouse rampage, was 37 when he was sentenced"). Where both values are ages and the
passage's is said of the person the claim's is, the value's clause is credited with all of
the claim's words (other rules still ask whether it is another time).

Fires: claim "Brian Nichols, who killed four people in Atlanta, was 37.", sentence "Nichols,
37, was found guilty."
Does not fire: the same claim, sentence "Kirkpatrick, 37, was found guilty."
"""

from __future__ import annotations

from crosscheck.matching.grammar import age_holder
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit
from crosscheck.matching.rules.other_person import same_person
from crosscheck.values.compare import is_age

ID = "age-of-person"
WEIGHT = 0.9  # a little less than the claim's own words said in the clause


def give(case: ClauseCase) -> Credited | None:
    checked, value = case.pair()
    if not (is_age(checked) and is_age(value)):
        return None
    holder = age_holder(case.item.text, value)
    if holder is None or not holder[1] or not same_person(case.context, checked, holder[0]):
        return None
    return Credited(words=dict.fromkeys(case.context.claim_stems, WEIGHT))


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
