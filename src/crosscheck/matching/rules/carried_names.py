"""A sentence that names nobody else is still about the names of the sentences before it.

News drops the subject once it is established ("The company has 14,000 employees.",
"Turnout was 61 percent."): such a sentence inherits the claim's names from the sentences
before it (a few naming sentences back), at a lower weight once a sentence in between says
what the claim says of someone else.

Fires: claim "Risdan Holdings employs 4,000 people.", sentences "Risdan Holdings is based in
Vell. The company employs 4,000 people."
Does not fire: claim "Risdan Holdings employs 4,000 people.", sentences "Risdan Holdings is
based in Vell. Viul Holdings employs 4,000 people."
"""

from __future__ import annotations

from crosscheck.matching.reading import carried_names
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit

ID = "carried-names"


def give(case: ClauseCase) -> Credited | None:
    carried = carried_names(case.context, case.item)
    return Credited(words=carried) if carried else None


RULE: Credit = credit(__doc__, ID, frozenset({Stage.WINDOW, Stage.CLAUSE}), give)
