"""An age belongs to the person it is said of: another named person's age is not the claim's.

Real news gives several people's ages in one story (the driver and the woman he hit, the
suspect and his victim). Where both values are ages and the passage's age is said of a named
person ("Banky, 40,", "63-year-old Madeline Kafoury", "Subryan is 23") who is not the person
the claim gives the age of, the value is about someone else. To conflict, an age must be said
of the person the claim names: "the 35-year-old deputy" may be anyone. An age said of no name
("the 33-year-old actress") is the age of whom the source is about: where its first sentence
names a person and not the claim's, the age is that person's.

Fires: claim "Eric Kirkpatrick was 61.", sentence "Kirkpatrick shot Benjamin Banky, 40."
Does not fire: claim "Eric Kirkpatrick was 61.", sentence "Police allege Eric Kirkpatrick, 61,
opened fire."
"""

from __future__ import annotations

from crosscheck.lexicon.stems import stem
from crosscheck.lexicon.wordnet import is_dictionary_word
from crosscheck.matching.context import ClaimContext
from crosscheck.matching.grammar import age_holder
from crosscheck.matching.rules.base import VALUE_STAGES, Case, Stage, rule
from crosscheck.model import Value
from crosscheck.values.compare import is_age

ID = "other-person"
TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Deputy", "Officer", "Sgt", "Lt", "Capt", "Det",
                    "Sheriff", "Gov", "Sen", "Rep", "President", "Judge", "Chief", "Coach",
                    "Sir", "Lady", "Lord", "Prof", "Rev", "Father", "Sister", "Brother"})


def _stems(words: str) -> set[str]:
    return {stem(word.strip(".,'’")) for word in words.split()}


def same_person(context: ClaimContext, checked: Value, holder: str) -> bool:
    """The passage's person shares a name with the person the claim's age is said of (or,
    when the claim does not say whose, with any of the claim's names), and where both give
    a first name, the same one ("Mahnefah Gray" is not "Kimani Gray")."""
    claimed = age_holder(context.analysis.claim.text, checked)
    wanted = _stems(claimed[0]) if claimed and claimed[1] else set(context.analysis.names)
    said = _stems(holder)
    if not any(context.forms(name) & said or name in said for name in wanted):
        return False
    if claimed and claimed[1]:
        first, other = _first_name(claimed[0]), _first_name(holder)
        if first and other and first != other and not context.forms(first) & {other}:
            return False
    return True


def _first_name(name: str) -> str | None:
    """The stem of a name's first word when it has a family name after it (titles and
    initials left out): "Deputy Jerry Ortiz" -> jerri."""
    words = [w for w in name.split() if w.strip(".") not in TITLES and len(w.strip(".")) > 1]
    return stem(words[0]) if len(words) >= 2 else None


def check(case: Case) -> str | None:
    if not (is_age(case.checked) and is_age(case.value)):
        return None
    holder = age_holder(case.text, case.value)
    if holder is not None and holder[1]:
        if same_person(case.context, case.checked, holder[0]):
            return None
        return f'the age is said of "{holder[0]}", not of whom the claim gives an age'
    claimed = age_holder(case.context.analysis.claim.text, case.checked)
    subject = _source_subject(case, claimed)
    if subject is not None:
        return f'the age is said of no name, and the source is about "{subject}"'
    if case.stage is Stage.CONFLICT and claimed is not None and claimed[1]:
        # "the 35-year-old deputy" may be anyone: a different age disagrees only when it is
        # said of the person the claim names.
        whom = f'"{holder[0]}"' if holder else "no one named"
        return f"the age is said of {whom}, not of {claimed[0]}"
    return None


def _source_subject(case: Case, claimed: tuple[str, bool] | None) -> str | None:
    """The person the source's first sentence names (two names in a row, neither an
    English word nor an acronym: "Tara Reid", not "GMT US"), when it does not name the
    claim's person."""
    if claimed is None or not claimed[1]:
        return None
    first = case.context.index.source_passages(case.item)[0]
    if _stems(claimed[0]) & first.stems:
        return None
    capitalised = {number: place for number, _, place in first.capitalised}
    for number, place in capitalised.items():
        if place or capitalised.get(number + 1, True):
            continue
        left, right = first.terms[number], first.terms[number + 1]
        words = first.text[left.start:right.end]
        if first.text[left.end:right.start] == " " and not any(
                is_dictionary_word(word) or word.isupper() for word in words.split()):
            return words
    return None


RULE = rule(__doc__, ID, VALUE_STAGES, check)
