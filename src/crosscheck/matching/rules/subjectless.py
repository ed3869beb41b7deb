"""A clause that starts with its verb continues the subject named before it.

"Her rival, Tomas Berg, took 41.5 percent": the clause "took 41.5 percent" has no subject
of its own; it is credited with the words before it in the sentence, a little less than its
own. (A clause with a pronoun is the anaphor rule's.)

Fires: claim "Tomas Berg took 41.5 percent.", sentence "Her rival, Tomas Berg, took 41.5
percent."
Does not fire: claim "Tomas Berg took 41.5 percent.", sentence "Her rival, Tomas Berg, said
the mayor took 41.5 percent." (the clause opens with "the")
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import ANAPHOR, SUBJECTLESS
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit

ID = "subjectless"


def give(case: ClauseCase) -> Credited | None:
    start = case.span[0]
    text = case.clause_text
    if start == 0 or ANAPHOR.search(text) or not SUBJECTLESS.match(text):
        return None
    weight = case.context.thresholds.anaphor_weight
    return Credited(words={t.stem: weight for t in case.item.terms if t.start < start})


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
