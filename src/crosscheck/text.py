"""Shared text helpers for claim analysis and matching: content terms and clause spans.

Terms are snowball stems of the words that carry meaning (stop words and numbers dropped), so
"annexed" and "annexation" meet at "annex". Clauses are the spans between commas, semicolons,
dashes and subordinating words: the unit a value is attached to.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from crosscheck.lexicon.stems import stem
from crosscheck.lexicon.words import STOPWORDS
from crosscheck.values.dates import MONTHS, WEEKDAYS

NOT_PLACES = frozenset([*MONTHS, *WEEKDAYS])
# A word: an abbreviation ("U.S."), or letters with inner apostrophes ("don't", "Lohan's").
# (The number reader has its own pattern for the words after a number: it keeps hyphens,
# "17,000 Japanese-born residents", and no abbreviations.)
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_](?:[^\W_]|['’][^\W\d_])*")
_MONTH_NAMES = "|".join(name.capitalize() for name in MONTHS)
CLAUSE_BREAK = re.compile(
    r",(?!\d|\s*(?:which|who|whom|whose)\b)|[;:()\[\]“”\"—–]|\s-{1,2}\s"
    r"|\b(?:that|but|while|whereas|because|although|though|when|where|unless)\b"
    # "after the vote ..." starts a clause; "since 2010" is the time of the clause it ends
    rf"|\b(?:after|before|until|since)\b(?!\s+(?:\d|{_MONTH_NAMES}))", re.I)


class Term(NamedTuple):
    """A content word: its stem and where it stands. A named tuple, not a dataclass: a corpus
    has millions of them, and they cross process boundaries when loading in parallel."""

    stem: str
    start: int
    end: int


@functools.lru_cache(maxsize=200_000)
def content_stem(word: str) -> str | None:
    """The stem a word is indexed under, or None for a stop word."""
    lower = word.lower().replace("’", "'")
    if lower in STOPWORDS or len(lower) < 2:
        return None
    return lower if "." in lower else stem(lower)


def terms(text: str) -> tuple[Term, ...]:
    """The content terms of a text, in order."""
    found = []
    for m in WORD.finditer(text):
        content = content_stem(m.group(0))
        if content is not None:
            found.append(Term(content, m.start(), m.end()))
    return tuple(found)


def clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding text[start:end]: from the break before it to the break after it."""
    left = 0
    right = len(text)
    # Search the whole text: a look-ahead ("since 2010") must see past the value's start.
    for m in CLAUSE_BREAK.finditer(text):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def token_distance(text: str, start: int, end: int, other_start: int, other_end: int) -> int:
    """How many words lie between two spans of the same text."""
    left, right = (end, other_start) if end <= other_start else (other_end, start)
    return len(re.findall(r"\w+", text[left:right])) if right > left else 0


def capitalised_after_preposition(text: str) -> tuple[str, ...]:
    """Places named as 'in X' / 'at X' (X capitalised): what an event's place is read from."""
    return tuple(
        stem(m.group(1))
        for m in re.finditer(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][^\W\d_]+)", text)
        if m.group(1).lower() not in STOPWORDS and m.group(1).lower() not in NOT_PLACES
    )
