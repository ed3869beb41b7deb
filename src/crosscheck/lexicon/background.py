"""How informative each word is, from a fixed background of English, not from the corpus.

A claim word's weight in coverage is its rarity. Taken from the corpus under check, weights
change whenever a file is added, so a claim's relation to one source would depend on which
other sources happen to be present: a CI gate cannot work that way. These weights come from
``background.txt`` (built by scripts/build_background.py from wordfreq's English frequencies,
CC BY-SA 4.0): a stem's Zipf frequency z (log10 of its occurrences per billion words) gives
the chance it occurs in a sentence of ``SENTENCE_WORDS`` words, and its weight is the square
root of 1 + ln(1 / that chance), an inverse document frequency over sentences. A stem the list
does not hold (a name, a rare word) counts as one at ``UNSEEN_ZIPF``.
"""

from __future__ import annotations

import functools
import math
from importlib import resources

SENTENCE_WORDS = 25
UNSEEN_ZIPF = 2.0  # the list's floor: anything rarer is as informative as the rarest listed
# The square root of an inverse document frequency: over all of English a name is 3 to 4 times
# as rare as "police", and counted so it drowned the words that say what a claim's value is
# (on the real-news development set, exponent 1 gave status 0.535, 0.5 gave 0.541 and the
# written development set's conflicts precision 0.89 -> 0.96).
EXPONENT = 0.5


@functools.lru_cache(maxsize=1)
def _table() -> tuple[str, int]:
    """The file's text and where its first entry starts. Entries are looked up in the text
    itself (they are sorted): most of the 62,000 stems are never asked for, and reading
    them all into a table took longer than the rest of a small project's check."""
    text = resources.files("crosscheck.lexicon").joinpath("background.txt").read_text(
        encoding="utf-8")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text, start


def _lookup(stem: str) -> str | None:
    """The Zipf frequency written beside ``stem``, found by bisecting the sorted lines."""
    text, low = _table()
    high = len(text)
    while low < high:  # ``low`` is always the start of a line
        middle = (low + high) // 2
        line = max(low, text.rfind("\n", low, middle) + 1)
        tab = text.index("\t", line)
        key = text[line:tab]
        if key == stem:
            return text[tab + 1:text.index("\n", tab)]
        if key < stem:
            low = text.index("\n", tab) + 1
        else:
            high = line
    return None


def zipf(stem: str) -> float:
    """The stem's Zipf frequency; ``UNSEEN_ZIPF`` for a stem the background lacks."""
    value = _lookup(stem)
    return UNSEEN_ZIPF if value is None else float(value)


def _weight(value: float) -> float:
    chance = -math.expm1(-SENTENCE_WORDS * 10 ** (value - 9))
    return float((1.0 + math.log(1.0 / chance)) ** EXPONENT)


MAX_WEIGHT = _weight(UNSEEN_ZIPF)
"""The weight of the rarest word: what a name the background has never seen counts."""


@functools.lru_cache(maxsize=65_536)
def weight(stem: str) -> float:
    """How informative the stem is: about 2.0 for "year", 2.5 for "police", 3.7 for a
    name the background has never seen."""
    return _weight(zipf(stem))
