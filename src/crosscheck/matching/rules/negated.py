"""A negated statement is not the fact: "did not", "never", "denied", "false".

The sentence up to the end of the value's clause is read for a negation; quotations that
hold none of the claim's words are left out first (see quoted-aside). Also asked of a
sentence that would support a claim stating no value.

Fires: claim "The plant employs 4,000 people.", sentence "The company denied that the plant
employs 4,000 people."
Does not fire: claim "The plant employs 4,000 people.", sentence "The plant employs 4,000
people."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import HEDGE, NEGATION
from crosscheck.matching.context import ClaimContext
from crosscheck.matching.grammar import outside_quotes
from crosscheck.matching.rules.base import VALUE_STAGES, Case, Stage, rule

ID = "negated"
STAGES = VALUE_STAGES | {Stage.STATEMENT}


def unquoted(context: ClaimContext, text: str) -> str:
    """The text less the quotations that hold none of the claim's words."""
    return outside_quotes(text, context.speaks_of_claim)


def denial(context: ClaimContext, text: str) -> bool:
    """Negated, or hedged where the claim is not."""
    return bool(NEGATION.search(text)) or (
        bool(HEDGE.search(text)) and not HEDGE.search(context.analysis.claim.text))


def check(case: Case) -> str | None:
    if NEGATION.search(unquoted(case.context, case.text[:case.clause[1]])):
        return "the statement is negated or hedged"
    return None


RULE = rule(__doc__, ID, STAGES, check)
