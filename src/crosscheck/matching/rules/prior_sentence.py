"""A pronoun anywhere in a sentence stands for the words of the sentence before.

"The agreement gives them a pay increase": "them" are the previous sentence's dock
workers; the sentence is credited with that sentence's words at a lower weight. (A sentence
that opens with a pronoun joins the one before in full: continued-sentence.)

Fires: claim "Dock workers got a 5 percent rise.", sentences "Dock workers signed the deal.
The agreement gives them a 5 percent rise."
Does not fire: claim "Dock workers got a 5 percent rise.", sentences "Dock workers signed the
deal. The agreement gives pilots a 5 percent rise."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import ANAPHOR
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit

ID = "prior-sentence"


def give(case: ClauseCase) -> Credited | None:
    item = case.item
    if item.previous is not None or item.prior is None or not ANAPHOR.search(item.text):
        return None
    weight = case.context.thresholds.prior_weight
    return Credited(words={t.stem: weight
                           for t in case.context.index.passages[item.prior].terms})


RULE: Credit = credit(__doc__, ID, frozenset({Stage.WINDOW}), give)
