"""A number said of another kind of happening is not the claim's number.

"Three people were wounded" does not support "three people were killed", and "four were
killed" is no conflict with "three were wounded": killing and wounding, buying and selling,
rising and falling are different things that happen to the same kind of count. Where the
claim's words for what happened to its count (its nearest predicate, and its words within
three of it: "remain in hospital") belong to one group of
newsroom synonyms, and the nearest word of any group to the passage's count (within three
words; its unit left out) is of another group, the count is the other happening's ("41
injured" is not "41 remain in hospital").
Dates, amounts and ages are left alone: they belong to a whole event or a person, whatever
the verbs around them.

Fires: claim "Three people were killed in the Elm Street shooting.", sentence "Three people
were wounded in the Elm Street shooting."
Does not fire: the same claim, sentence "Three people died in the Elm Street shooting."
"""

from __future__ import annotations

from crosscheck.lexicon.synonyms import group_of
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule
from crosscheck.model import ValueKind
from crosscheck.text import terms, token_distance
from crosscheck.values.compare import is_age

ID = "other-happening"
CLOSE = 3  # words: how near the other happening's word must stand to take the count


def check(case: Case) -> str | None:
    context, item, value = case.context, case.item, case.value
    if value.kind is not ValueKind.COUNT or is_age(value):
        return None  # a date or an amount belongs to a whole event; an age to a person
    attached = context.analysis.attached.get(case.checked, frozenset())
    claim_text = context.analysis.claim.text
    checked = case.checked
    beside = {t.stem for t in terms(claim_text)
              if t.stem != checked.unit and claim_text[t.start].islower()
              and token_distance(claim_text, t.start, t.end, checked.start, checked.end) <= CLOSE}
    claimed = set().union(*(group_of(word) for word in attached | beside))
    if not claimed:
        return None
    units = {value.unit, case.checked.unit}
    happenings = sorted(
        (token_distance(item.text, t.start, t.end, value.start, value.end), t.start, t.stem)
        for t in item.terms if t.stem not in units and group_of(t.stem))
    if not happenings:
        return None
    distance, _, nearest = happenings[0]
    if distance > CLOSE or group_of(nearest) & claimed:
        return None
    return f'it is said of "{nearest}", not of what the claim says happened'


RULE = rule(__doc__, ID, VALUE_STAGES, check)
