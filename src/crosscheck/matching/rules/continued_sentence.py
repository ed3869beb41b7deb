"""A sentence that opens with a pronoun continues the one before: both are one passage.

"It employs 4,000 people." after "Risdan Holdings opened a plant in Vell.": the words of the
sentence before count in full for the passage (it joined the passage when the corpus was
indexed).

Fires: claim "Risdan Holdings employs 4,000 people.", sentences "Risdan Holdings is based in
Vell. It employs 4,000 people."
Does not fire: claim "Risdan Holdings employs 4,000 people.", sentences "Risdan Holdings is
based in Vell. The plant employs 4,000 people."
"""

from __future__ import annotations

from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit

ID = "continued-sentence"


def give(case: ClauseCase) -> Credited | None:
    previous = case.item.previous
    if previous is None:
        return None
    earlier = case.context.index.passages[previous]
    return Credited(words={t.stem: 1.0 for t in earlier.terms})


RULE: Credit = credit(__doc__, ID, frozenset({Stage.WINDOW}), give)
