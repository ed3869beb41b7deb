"""A hedged statement is not the fact, unless the claim itself is hedged the same way.

"may", "might", "could", "reportedly", "allegedly", "if", "is expected to", "was believed
to" make a statement uncertain; a claim that itself says "is expected to" is supported by a
passage that says so too. Quotations that hold none of the claim's words are left out first.

Fires: claim "The plant employs 4,000 people.", sentence "The plant may employ 4,000 people."
Does not fire: claim "The plant is expected to employ 4,000 people.", sentence "The plant is
expected to employ 4,000 people."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import HEDGE
from crosscheck.matching.rules.base import Case, rule
from crosscheck.matching.rules.negated import STAGES, unquoted

ID = "hedged"


def check(case: Case) -> str | None:
    if HEDGE.search(case.context.analysis.claim.text):
        return None
    if HEDGE.search(unquoted(case.context, case.text[:case.clause[1]])):
        return "the statement is negated or hedged"
    return None


RULE = rule(__doc__, ID, STAGES, check)
