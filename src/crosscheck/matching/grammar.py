"""Reading one sentence around one value: pure functions of text and values, no claim.

Which clause a value is in, which phase of an event it dates, whether it is where a change
started, a difference, an addition, a year that labels a thing, a date of the word before it.
The rules in ``crosscheck.matching.rules`` ask these questions; nothing here decides.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from crosscheck.lexicon.patterns import (
    AFTER_PREPOSITION,
    CHANGE_WORD,
    DIFFERENCE,
    EARLIER_VALUE,
    INCREMENT_AFTER,
    INCREMENT_BEFORE,
    PHASES,
    PLACE_BEFORE,
    SCHEDULED,
    WANTED,
)
from crosscheck.lexicon.stems import stem
from crosscheck.lexicon.wordnet import is_dictionary_word
from crosscheck.lexicon.words import STOPWORDS, person_nouns
from crosscheck.model import Value, ValueKind
from crosscheck.text import clause_around, content_stem

SINGLE_NAME = re.compile(r"\W*([A-Z][a-z][\w’'-]*)\b(?!\s+[A-Z])")
PROPER_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
DATED_WORD = re.compile(r"([^\W\d_]+)\s+(?:in|on|of)\s+(?:the\s+)?$")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A wire dateline opening a sentence ("CARROW RIDGE — A wildfire ...", "AMSTERDAM, March 3 —
# Halden ...", "WASHINGTON (Reuters) - ..."): where the story was filed, not what it is about.
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:\s*\([^)]{1,40}\))?"
                      r"(?:,\s*[^—–\n]{1,40}?)?\s+(?:—|–|--?)\s")


def is_vague(value: Value) -> bool:
    """Said relative to the source's date and coarser than a day ("last year", "in
    December"): enough to agree with, not to tell one event's date from another's."""
    return value.relative and value.precision != "day"


def names_in(text: str, clause: tuple[int, int]) -> list[str]:
    """The names of several words in a clause that may be its subject: not the sentence's
    first word (capitalised whatever it is), not a place after a preposition ("in the hills
    above Carrow Ridge"), not the dateline the story was filed under."""
    start, end = clause
    dateline = DATELINE.match(text)
    if dateline and start < dateline.end():
        start = dateline.end()
    elif start == 0:
        first = re.match(r"\W*\w+", text)
        start = first.end() if first else 0
    found = [m.group(0) for m in PROPER_NAME.finditer(text, start, end)
             if not PLACE_BEFORE.search(text, 0, m.start())]
    if not found and clause[0] == 0:
        # A single word that can only be a name ("Ferro, founded in 1987, ..."): not an
        # English word, not after a preposition.
        first = SINGLE_NAME.match(text)
        if first and not is_dictionary_word(first.group(1)) and \
                first.group(1).lower() not in STOPWORDS and first.end(1) <= end:
            found.append(first.group(1))
    return found


def phase_of(text: str, value: Value) -> str | None:
    """Which phase of an event the value's clause dates: "began", "ended" or "resumed"
    ("stopped work on June 2" against "went back to work on June 11": one strike, two
    dates, no disagreement)."""
    start, end = clause_around(text, value.start, value.end)
    found = [(min(abs(m.start() - value.start), abs(m.end() - value.end)), phase)
             for phase, pattern in PHASES for m in pattern.finditer(text, start, end)]
    return min(found)[1] if found else None


def as_label_year(text: str, value: Value, slack_days: int) -> Value:
    """A year that labels a thing ("the 2025 budget", "Kessia's 2023 election") dates it
    only roughly: a 2025 budget is voted in 2024, a season spans two years. Widened by
    ``slack_days`` on each side; any other date as it is, and the year of a named event too."""
    if (value.low is None or value.high is None or noun_after_year(text, value) is None
            or text[value.end:].lstrip()[:1].isupper()):
        return value  # a named event's year ("the 2024 Lindholm Marathon") is its year
    return dataclasses.replace(value, low=value.low - slack_days, high=value.high + slack_days)


def is_earlier_value(text: str, value: Value) -> bool:
    """The value is where a change started ("down from 68%", "rose to $1.8 billion from
    $1.6 billion"): not what the sentence says the thing is now."""
    if not EARLIER_VALUE.search(text[:value.start]):
        return False
    return bool(CHANGE_WORD.search(text))


def is_difference(text: str, value: Value) -> bool:
    """The value is by how much something exceeds or falls short of another ("90 million
    euros more than budgeted", "190 million over budget"), not the amount itself."""
    return value.kind is not ValueKind.DATE and bool(DIFFERENCE.match(text, value.end))


def is_increment(text: str, value: Value) -> bool:
    """The value counts what was added ("two more people died", "another 300 troops")."""
    return bool(INCREMENT_AFTER.match(text, value.end)
                or INCREMENT_BEFORE.search(text[:value.start]))


def word_dated(text: str, value: Value) -> str | None:
    """The common word a date is the date of by a preposition ("independence in 1991", "the
    visit on May 3"), if there is one; None when a name stands there ("Crimea in 2014")."""
    if value.kind is not ValueKind.DATE:
        return None
    before = DATED_WORD.search(text[:value.start])
    if before is None or not before.group(1)[:1].islower():
        return None
    # "opened to traffic on Monday": a word after a preposition is the verb's complement;
    # the date is the verb's, not the traffic's.
    if AFTER_PREPOSITION.search(text, 0, before.start(1)):
        return None
    return before.group(1)


def names_an_event(text: str, value: Value) -> bool:
    """The date picks out which event the sentence means ("the 2019 election", "Sunday's
    vote") rather than stating when something happened."""
    if value.kind is not ValueKind.DATE:
        return False
    after = text[value.end:value.end + 2]
    return after in ("'s", "’s") or noun_after_year(text, value) is not None


def days_apart(day: float, value: Value) -> float:
    """Days between a day (an ordinal) and a resolved value's interval (0 inside it)."""
    assert value.low is not None and value.high is not None
    if value.low <= day <= value.high:
        return 0.0
    return min(abs(day - value.low), abs(day - value.high))


def noun_after_year(text: str, value: Value) -> str | None:
    """The stem of the word a year stands before as an adjective ("the 2019 election"), if
    the year is used that way."""
    if value.kind is not ValueKind.DATE or value.precision != "year":
        return None
    following = WORD_AFTER.match(text, value.end)
    return content_stem(following.group(1)) if following else None


def time_side(published: float | None, checked: Value, value: Value) -> str | None:
    """A source describing a past event cannot date an event still ahead of it, and back."""
    if (published is None or checked.kind is not ValueKind.DATE or checked.low is None
            or checked.high is None or value.low is None or value.high is None):
        return None
    # An event on the source's own date has happened by then: a date the source still
    # looks forward to is another event.
    claim_ahead, value_ahead = checked.low > published, value.low > published
    claim_behind, value_behind = checked.high <= published, value.high <= published
    if (claim_ahead and value_behind) or (claim_behind and value_ahead):
        return ("the source was published between the two dates, so it describes another "
                "occurrence, not this one")
    return None


def is_scheduled(text: str, clause: tuple[int, int], value: Value) -> bool:
    """A schedule governs the value: "is due to open in 2022", but not "is due to open in
    2022 and is budgeted at 80 million" (after "and", another verb has the value)."""
    start = max(clause[0], text.rfind(" and ", clause[0], value.start) + 1)
    return bool(SCHEDULED.search(text, start, value.start))


def is_wanted(text: str, clause: tuple[int, int], value: Value) -> bool:
    """What someone wants or makes a condition governs the value ("demanding a 5 percent
    rise", "unless they receive 9 percent")."""
    # The clause's own opening word ("unless") ends the break before it: look a word back.
    return bool(WANTED.search(text[max(0, clause[0] - len("unless ")):value.start]))


def outside_quotes(text: str, wanted: Callable[[str], bool]) -> str:
    """The text less the quotations that hold none of the claim's words: a speaker's "no one
    else can match" says nothing about the fact the sentence reports around it."""
    return QUOTED.sub(lambda m: m.group(0) if wanted(m.group(0)) else " ", text)


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|al|bin|III|II|Jr\.?))*"
_HOLDER_BEFORE = re.compile(rf"({_NAME}),\s*(?:who\s+(?:is|was)\s+|aged\s+)?$")
_COPULA_BEFORE = re.compile(r"\b(?:is|was|turned|turns)\s+(?:only\s+|just\s+)?$")
_NAMES = re.compile(rf"{_NAME}|\b[Hh]e\b|\b[Ss]he\b")
_HOLDER_AFTER = re.compile(
    rf"(?:-|\s+)(?:years?|months?)-?\s*old,?\s+(?:({_NAME})(?:\s+([a-z][\w-]*))?"
    r"|([a-z][\w-]*))")
_HOLDER_AGED = re.compile(rf"(?:({_NAME})|\b(?:a|an|the)\s+([a-z][\w-]*)),?\s+aged\s+$")
_NOT_HOLDERS = frozenset({"The", "A", "An", "This", "That", "It", "Its", "There", "In", "On",
                          "At", "Police", "Officials", "Authorities"})


def _copula_subject(before: str) -> tuple[str, bool] | None:
    """The subject of "... was 37": the first name of the sentence that is not a place (after
    "in", "at", ...), or he / she (unresolved, so not a name)."""
    sentence = re.split(r"[.;!?]\s+", before)[-1]
    for found in _NAMES.finditer(sentence):
        name = found.group(0)
        if name.split()[0] in _NOT_HOLDERS or PLACE_BEFORE.search(sentence, 0, found.start()):
            continue
        return name, name not in ("He", "he", "She", "she")
    return None


def age_holder(text: str, value: Value) -> tuple[str, bool] | None:
    """Whose age the value is, as (the words for them, whether that is a name): "Nichols,
    37," -> ("Nichols", True); "a 61-year-old man" -> ("man", False); "Subryan is 23" ->
    ("Subryan", True); None when the text does not say."""
    before = text[max(0, value.start - 160):value.start]
    for pattern in (_HOLDER_BEFORE, _HOLDER_AGED):
        found = pattern.search(before)
        if found is not None:
            name = found.group(1)
            if name and name.split()[0] not in _NOT_HOLDERS:
                return name, True
            if pattern is _HOLDER_AGED and found.group(2):
                return found.group(2), False
    if _COPULA_BEFORE.search(before):
        subject = _copula_subject(before)
        if subject is not None:
            return subject
    after = _HOLDER_AFTER.match(text, value.end)
    if after is None:
        return None
    name, noun_after, noun = after.groups()
    if name and noun_after and stem(noun_after) in person_nouns():
        return noun_after, False  # "the 28-year-old Maryland native"
    if name and name.split()[0] not in _NOT_HOLDERS:
        return name, True
    return (noun, False) if noun else None


_UNIT_WINDOW = re.compile(r"(?:[\s-]+[\w'’.-]+){0,5}")


def unit_modifiers(text: str, value: Value) -> frozenset[str]:
    """The content words between a count and the noun it counts: what kind of thing it is
    ("three prior DUI convictions": prior, dui; "404 rushing yards": rush)."""
    if value.unit is None or value.kind is not ValueKind.COUNT:
        return frozenset()
    window = _UNIT_WINDOW.match(text, value.end)
    modifiers: list[str] = []
    for word in re.findall(r"[A-Za-z][\w'’-]*", window.group(0) if window else ""):
        if stem(word) == value.unit:
            return frozenset(modifiers)
        # "AK-47" and "AK 47" are one kind: hyphened parts, letters only.
        for part in re.findall(r"[A-Za-z][a-z'’]*", word):
            content = content_stem(part)
            if content is not None:
                modifiers.append(content)
    return frozenset()


_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|stated|added|noted|explained)(?:\s+(?:reporters|journalists|"
    r"the\s+\w+|in\s+a\s+\w+|on|late|early|last))*\s+$", re.I)


def is_when_said(text: str, value: Value) -> bool:
    """The date says when someone said something ("Lavrov told reporters Wednesday", "the
    Kremlin said in a statement Monday"), not when what they said happened."""
    if value.kind is not ValueKind.DATE:
        return False
    start, _ = clause_around(text, value.start, value.end)
    return bool(_SAID_BEFORE.search(text, start, value.start))
