"""A value standing alone between commas belongs to the clause before it.

"Amos Kiptanui, 27, won the race", "Solvik's previous record, 1.9 million pounds, was set":
the clause of the value holds nothing but the value (and its unit); the clause it describes
is the one before.

Fires: claim "Amos Kiptanui is 27.", sentence "Amos Kiptanui, 27, won the race."
Does not fire: claim "Amos Kiptanui is 27.", sentence "Amos Kiptanui won the race at 27."
"""

from __future__ import annotations

from crosscheck.lexicon.words import CURRENCY_WORDS
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit
from crosscheck.text import clause_around

ID = "apposition"


def give(case: ClauseCase) -> Credited | None:
    _, value = case.pair()
    start, end = case.span
    if start == 0:
        return None
    inside = (t for t in case.item.terms if start <= t.start < end)
    if all(t.stem == value.unit or t.stem in CURRENCY_WORDS
           or value.start <= t.start < value.end for t in inside):
        return Credited(span=(clause_around(case.item.text, start - 1, start - 1)[0], end))
    return None


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
