"""A date belongs to the common word before it by a preposition.

"independence in 1991", "the visit on May 3": the date is the date of that word; when the
claim does not speak of it (or a synonym), a different date is not about the claim's fact.
A name there ("Crimea in 2014") or a verb's complement ("opened to traffic on Monday") does
not take the date.

Fires: claim "Russia annexed Crimea in 2014.", sentence "Russia annexed Crimea after the
referendum in 2013." (2013 dates the referendum)
Does not fire: claim "Russia annexed Crimea in 2014.", sentence "Russia annexed Crimea in
2013."
"""

from __future__ import annotations

from crosscheck.lexicon.stems import stem
from crosscheck.matching.grammar import word_dated
from crosscheck.matching.rules.base import Case, Stage, rule

ID = "dated-word"


def check(case: Case) -> str | None:
    dated = word_dated(case.text, case.value)
    if dated is None or case.same_phase or case.context.known_or_synonym(stem(dated)):
        return None
    return f'it dates the "{dated}", which the claim does not speak of'


RULE = rule(__doc__, ID, frozenset({Stage.CONFLICT}), check)
