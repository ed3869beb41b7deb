"""A quotation that holds none of the claim's words does not negate or hedge the sentence.

A speaker's words inside a report ("We will not let our members down," the union said as
5,000 workers walked out) say nothing about the fact reported around them: the negation and
hedge rules read the sentence without such quotations. This rule does not demote anything;
it fires where leaving a quotation out kept a negation or hedge from demoting the passage.

Fires: claim "5,000 workers walked out.", sentence "“We will not let our members down,” the
union said as 5,000 workers walked out."
Does not fire: claim "5,000 workers walked out.", sentence "“5,000 workers did not walk
out,” the union said." (the quotation speaks of the claim's fact).
"""

from __future__ import annotations

from crosscheck.matching.rules.base import Case, rule
from crosscheck.matching.rules.negated import STAGES, denial, unquoted

ID = "quoted-aside"


def check(case: Case) -> str | None:
    said = case.text[:case.clause[1]]
    if denial(case.context, said) and not denial(case.context, unquoted(case.context, said)):
        return ("a quotation in it holds none of the claim's words, so its negation or hedge "
                "is left out")
    return None


RULE = rule(__doc__, ID, STAGES, check)
