"""A clause whose subject is someone the claim does not name is about them.

When none of the claim's names stands in the value's clause or the clauses before it, and no
attribution ("said", "according to") explains the names there, a name of several words the
claim does not know is the clause's subject.

Fires: claim "Halden Foods reported a net profit of $95 million.", sentence "Halden Foods
grew, but rival Nordmark Grocers reported a net profit of $120 million."
Does not fire: claim "Halden Foods reported a net profit of $95 million.", sentence "Halden
Foods reported a net profit of $120 million, Nordmark Grocers said."
"""

from __future__ import annotations

from crosscheck.lexicon.patterns import ATTRIBUTION
from crosscheck.lexicon.stems import stem
from crosscheck.matching.grammar import names_in
from crosscheck.matching.rules.base import VALUE_STAGES, Case, rule

ID = "other-subject"


def check(case: Case) -> str | None:
    context = case.context
    analysis = context.analysis
    if not analysis.names:
        return None
    clause = (0, case.clause[1])  # the clause and the clauses before it, where its subject is
    clause_text = case.text[clause[0]:clause[1]]
    clause_stems = {t.stem for t in case.item.terms if clause[0] <= t.start < clause[1]}
    strangers = [name for name in names_in(case.text, clause)
                 if not any(context.known(stem(word)) for word in name.split())]
    who = {name for group in analysis.name_groups for name in group}
    if any(context.forms(name) & clause_stems for name in who):
        return None
    if ATTRIBUTION.search(clause_text):
        return None
    for name in strangers:
        return f'its clause is about "{name}", whom the claim does not name'
    return None


RULE = rule(__doc__, ID, VALUE_STAGES, check)
