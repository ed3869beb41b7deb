"""What someone wants, demands or makes a condition of is not what happened.

"The union is demanding a 5 percent rise", "unless they receive 9 percent", "called for 200
more beds": the value is wanted, not a fact. Read within the value's clause (and the word
that opens it). A claim that is itself about what was wanted ("Tokyo sought a visit by the
president in 2014") is supported by a passage that says so ("Tokyo had initially sought a
visit by the president in 2014").

Fires: claim "Dock workers got a 5 percent pay rise.", sentence "Dock workers are demanding
a 5 percent pay rise."
Does not fire: claim "Dock workers got a 5 percent pay rise.", sentence "Dock workers got a
5 percent pay rise."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import WANTED
from crosscheck.matching.grammar import is_wanted
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "wanted"


def check(case: Case) -> str | None:
    if WANTED.search(case.context.analysis.claim.text):
        return None
    if is_wanted(case.text, case.clause, case.value):
        return "it is what someone wants or makes a condition, not what happened"
    return None


RULE = rule(__doc__, ID, VALUE_STAGES, check)
