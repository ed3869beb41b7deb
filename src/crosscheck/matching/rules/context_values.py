"""The claim's other values, repeated by the passage, are strong context.

A claim "The Jan. 22, 2019 summit is the 25th meeting" checks 25th; a passage that also says
January 22, 2019 is about the same summit. Each such value counts as much as the rarest word
there is, in the passage's window and, when it stands in the value's clause, there too.

Fires: claim "The Jan. 22, 2019 summit in Moscow is the 25th meeting.", sentence "The Jan.
22, 2019 talks were the 25th meeting."
Does not fire: claim "The Jan. 22, 2019 summit in Moscow is the 25th meeting.", sentence
"The talks were the 25th meeting."
"""

from __future__ import annotations

from crosscheck.lexicon import background
from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit
from crosscheck.values.compare import Comparison, compare

ID = "context-values"


def give(case: ClauseCase) -> Credited | None:
    checked, _ = case.pair()
    weight = background.MAX_WEIGHT
    start, end = case.span
    last = case.parts[-1] if case.parts else None
    in_window = in_clause = 0.0
    for other in case.context.analysis.context_values(checked):
        for part in case.parts:
            for value in part.values:
                if compare(other, value) is Comparison.AGREES:
                    in_window = max(in_window, weight)
                    inside = part is last and start <= value.start < end
                    in_clause = max(in_clause, weight if inside else 0.0)
    if not in_window:
        return None
    return Credited(clause_bonus=in_clause, window_bonus=in_window)


RULE: Credit = credit(__doc__, ID, frozenset({Stage.CLAUSE}), give)
