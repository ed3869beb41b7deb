"""A pronoun in a value's clause stands for the names said before it.

"they agreed to a 5 percent rise", "the two leaders met on Tuesday": the clause is credited
with the words of its sentence's window (a little less than its own) and of the sentence
before (less again).

Fires: claim "Putin and Abe met on January 22.", sentence "Putin hosted Abe in Moscow, and
the two leaders met on January 22."
Does not fire: claim "Putin and Abe met on January 22.", sentence "Putin hosted Abe in
Moscow, and ministers met on January 22."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import ANAPHOR
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit

ID = "anaphor"


def give(case: ClauseCase) -> Credited | None:
    if not ANAPHOR.search(case.clause_text):
        return None
    thresholds = case.context.thresholds
    words = dict.fromkeys(case.window, thresholds.anaphor_weight)
    if case.item.prior is not None:
        for term in case.context.index.passages[case.item.prior].terms:
            words.setdefault(term.stem, thresholds.prior_weight)
    return Credited(words=words)


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
