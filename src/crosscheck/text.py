"""Shared text helpers for claim analysis and matching: content terms and clause spans.

Terms are snowball stems of the words that carry meaning (stop words and numbers dropped), so
"annexed" and "annexation" meet at "annex". Clauses are the spans between commas, semicolons,
dashes and subordinating words: the unit a value is attached to.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from crosscheck.values import stem
from crosscheck.values.dates import MONTHS, WEEKDAYS

NOT_PLACES = frozenset([*MONTHS, *WEEKDAYS])
STOPWORDS = frozenset([
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
    "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
    "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
    "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
    "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
    "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such",
    "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
    "said", "says", "say", "told", "according", "since", "also", "mr", "mrs", "ms", "dr", "s", "t",
    "don't", "it's", "its'", "one", "new",
])
# Verbs that carry little of a statement's meaning ("held an election", "made a profit",
# "became independent"): a passage may say the same with another verb or none.
LIGHT_VERBS = frozenset(stem(word) for word in (
    "hold", "make", "take", "give", "get", "got", "become", "put", "go", "come", "keep",
    "have", "do", "see", "set", "happen", "occur"))
WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W\d_](?:[^\W_]|['’][^\W\d_])*")
_MONTH_NAMES = "|".join(name.capitalize() for name in MONTHS)
CLAUSE_BREAK = re.compile(
    r",(?!\d|\s*(?:which|who|whom|whose)\b)|[;:()\[\]“”\"—–]|\s-{1,2}\s"
    r"|\b(?:that|but|while|whereas|because|although|though|when|where|unless)\b"
    # "after the vote ..." starts a clause; "since 2010" is the time of the clause it ends
    rf"|\b(?:after|before|until|since)\b(?!\s+(?:\d|{_MONTH_NAMES}))", re.I)
# Case matters for "may" (the month) and "might"/"could"; the rest are hedges however
# written ("If the bank cuts rates next week", "Reportedly, ...").
HEDGE = re.compile(
    r"\b(?:may|might|could|(?i:reportedly|allegedly|rumou?red|possibly|perhaps|if|unconfirmed)"
    r"|(?:is|are|was|were)\s+(?:expected|believed|thought|said)\s+to)\b")
# A schedule ("is due to open in 2025"): a date planned, not one that happened.
SCHEDULED = re.compile(r"\b(?:is|are|was|were)\s+(?:due|scheduled|set|planned)\s+to\b", re.I)
# What someone wants, asks or makes a condition of is not what happened ("demanding a 5
# percent rise", "unless they receive 9 percent"); unlike a hedge, only within its clause.
WANTED = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|threaten(?:s|ed|ing)?"
    r"|(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|push(?:es|ed|ing)?)\s+for|unless)\b", re.I)
NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|denied|denies|deny|false|falsely|wrongly|incorrectly"
    r"|mistakenly|erroneously|untrue|baseless|debunked|rejected|refuted|\w+n['’]t)\b", re.I)


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
