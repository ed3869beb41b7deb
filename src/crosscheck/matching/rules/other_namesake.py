"""A source that names a namesake of the claim's subject is about the namesake.

Names of several words share their parts: the Indian Navy's ships are all "INS" (INS Mysore,
INS Sukanya), a family shares a surname, companies share "Holdings". Where the claim names
"INS Sukanya" and a source never writes "Sukanya" but writes "INS" joined to another name
that is no English word ("INS Mysore"), the source is about that other ship, however well its
sentences match: two similar events are reported in the same words. A title before a surname
("Coach Cheeks", "Prime Minister Abe") is an English word, not a namesake; a word that begins
as the claim's missing one is the same name said otherwise ("Alexis" for "Alexandros", "L.A."
for "Los Angeles", "Sergey" for "Sergei").

Fires: claim "INS Sukanya captured 23 pirates.", source "INS Mysore captured 23 pirates."
Does not fire: claim "INS Sukanya captured 23 pirates.", source "INS Sukanya, a patrol
vessel, captured 23 pirates. The INS team ..."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crosscheck.lexicon.wordnet import is_dictionary_word
from crosscheck.matching.context import ClaimContext
from crosscheck.matching.index import IndexedPassage
from crosscheck.matching.rules.base import VALUE_STAGES, Case, Stage, rule
from crosscheck.text import terms

ID = "other-namesake"
POSSESSIVE = re.compile(r"['’]s?$")


def check(case: Case) -> str | None:
    context = case.context
    groups = [group for group in context.analysis.name_groups if len(group) >= 2]
    if not groups:
        return None
    passages = context.index.source_passages(case.item)
    said = frozenset().union(*(p.stems for p in passages))
    for group in groups:
        missing = [n for n, name in enumerate(group) if not context.forms(name) & said]
        if not missing or len(missing) == len(group):
            continue
        for n, name in enumerate(group):
            if n in missing:
                continue
            for side in (-1, 1):
                absent = [_written(context, group[m]) for m in missing if (m - n) * side > 0]
                namesake = _joined(context, passages, name, side, absent) if absent else None
                if namesake is not None:
                    return (f'the source names "{namesake}" and never "{absent[0]}": '
                            "a namesake of the claim's subject")
    return None


def _joined(context: ClaimContext, passages: Sequence[IndexedPassage], name: str,
            side: int, absent: Sequence[str]) -> str | None:
    """Where the source writes the name part right beside (``side`` 1: after it, -1:
    before it) a capitalised word that is none of the claim's, no English word and does
    not begin as an ``absent`` word of the claim's does, the two words as written ("INS
    Mysore")."""
    forms = context.forms(name)
    for item in passages:
        capitalised = {number: stem for number, stem, _ in item.capitalised}
        for number, stem in capitalised.items():
            other = capitalised.get(number + side)
            if stem not in forms or other is None or context.known(other):
                continue
            first, second = sorted((number, number + side))
            left, right = item.terms[first], item.terms[second]
            if item.text[left.end:right.start].strip():
                continue  # "Mysore, INS Sukanya": not one name
            neighbour = item.terms[number + side]
            word = POSSESSIVE.sub("", item.text[neighbour.start:neighbour.end])
            if not is_dictionary_word(word) and not any(
                    word[:1].lower() == other[:1].lower() for other in absent):
                return item.text[left.start:right.end]
    return None


def _written(context: ClaimContext, name: str) -> str:
    """The claim's word for a name stem, as the claim writes it."""
    text = context.analysis.claim.text
    return next((text[t.start:t.end] for t in terms(text) if t.stem == name), name)


RULE = rule(__doc__, ID, VALUE_STAGES | {Stage.STATEMENT}, check)
