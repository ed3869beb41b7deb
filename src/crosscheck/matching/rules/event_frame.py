"""A source's opening sentences establish whom and where every later sentence is about.

News names the event once: the headline, dateline and lede give the place, the date and the
people; later sentences ("Police said two other victims were wounded") name none of them.
Every sentence of a source is credited with the claim's names (people, bodies, places) that
its opening sentences hold, at a lower weight than its own words. Only names: what a value
counts or dates must be said by its own clause.

Fires: claim "Anthony LaCalamita shot three people in Troy.", source "Troy shooting: man
held. Anthony LaCalamita was arrested on Monday. Police said three people were shot." (the
last sentence)
Does not fire: the same claim, source "Police said three people were shot." (nothing opens
the source before it)
"""

from __future__ import annotations

from crosscheck.matching.rules.base import ClauseCase, Credit, Credited, Stage, credit
from crosscheck.text import clause_around

ID = "event-frame"


def give(case: ClauseCase) -> Credited | None:
    context = case.context
    frame = context.frame(case.item)
    if _names_another(case):
        return None
    words = frame if case.value is None else frame & context.name_forms
    if not words:
        return None
    return Credited(words=dict.fromkeys(sorted(words), context.thresholds.frame_weight))


def _names_another(case: ClauseCase) -> bool:
    """The value's clause and the clauses before it (for the sentence as a whole, its first
    clause) name someone the claim does not, and none of the claim's names: its subject is
    someone else ("Ferro, founded in 1987, ...")."""
    context, item = case.context, case.item
    end = case.span[1] if case.value is not None else clause_around(item.text, 0, 0)[1]
    terms = item.terms
    named = [(stem, place) for number, stem, place in item.capitalised
             if terms[number].start < end
             and (number > 0 or context.is_name_at_start(item, number))]
    if any(context.known(stem) for stem, _ in named):
        return False
    return any(not place for _, place in named)


RULE: Credit = credit(__doc__, ID, frozenset({Stage.WINDOW, Stage.CLAUSE}), give)
