"""A schedule does not support a claim that something happened.

"The bridge is due to open in 2025" states a plan; a claim that it opened in 2025 (a past
event) is not supported by it. A plan that differs from what the claim says happened is
still worth a look, so this rule never stops a conflict.

Fires: claim "The bridge opened in 2025.", sentence "The bridge is due to open in 2025."
Does not fire: claim "The bridge opened in 2025.", sentence "The bridge opened in 2025."
"""

from __future__ import annotations

from crosscheck.matching.grammar import is_scheduled
from crosscheck.matching.rules.base import Case, Stage, rule

ID = "scheduled"


def check(case: Case) -> str | None:
    if case.context.analysis.past_event and is_scheduled(case.text, case.clause, case.value):
        return "it is what was scheduled, the claim what happened"
    return None


RULE = rule(__doc__, ID, frozenset({Stage.SUPPORT}), check)
