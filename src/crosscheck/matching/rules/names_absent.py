"""The claim's names must stand in the passage or the few sentences before it.

Names count by how rare they are in the corpus: "Holdings" alone does not make a sentence
about "Risdan Holdings", the rare town name does; a part of a name as rare as the whole
stands for it ("Lind" for "Marta Lind"), and a short form after the full name earlier in the
same source ("Solvik" after "Solvik Auctions") counts too. To support (not to conflict), a
name's common parts count for their share of its rarity ("the Angels" for "the Los Angeles
Angels").

Fires: claim "Risdan Holdings employs 4,000 people.", sentences "Viul Holdings and Danlin
Holdings both grew. Viul Holdings employs 4,000 people." ("Holdings" is common there)
Does not fire: claim "Risdan Holdings employs 4,000 people.", sentence "Risdan Holdings
employs 4,000 people."
"""

from __future__ import annotations

from crosscheck.matching.reading import names_near
from crosscheck.matching.rules.base import VALUE_STAGES, Case, Stage, rule

ID = "names-absent"


def check(case: Case) -> str | None:
    analysis = case.context.analysis
    if not analysis.names or names_near(case.context, case.item,
                                        partial=case.stage is Stage.SUPPORT):
        return None
    return (f"too few of the claim's names ({', '.join(sorted(analysis.names))}) are in the "
            f"passage or the {case.context.thresholds.name_window} sentences before")


RULE = rule(__doc__, ID, VALUE_STAGES, check)
