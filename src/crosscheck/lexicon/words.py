"""Closed word lists: stop words, light verbs, nouns for people, currencies, past auxiliaries.

Plain data read by the tokeniser (stop words), claim analysis (light verbs, past auxiliaries),
value reading (currencies) and value comparison (nouns for people).
"""

from __future__ import annotations

import functools

from crosscheck.lexicon import wordnet
from crosscheck.lexicon.stems import stem

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

# Auxiliaries that make a claim tell of the past ("was", "had"), besides "-ed" and irregular
# past forms.
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})

# Currency symbols and words, and the ISO code each stands for.
CURRENCIES = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
              "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
              "pounds": "GBP", "yen": "JPY", "rubles": "RUB", "roubles": "RUB"}

# The words for currencies, stemmed: the unit of an amount, not what it is the amount of.
CURRENCY_WORDS = frozenset(stem(word) for word in CURRENCIES if word.isalpha())

# Units that say only that people are counted: they may be anyone's residents or voters.
GENERIC_UNITS = frozenset({"peopl", "person", "individu"})

# Nouns for what happens to people, counted one a person ("four deaths", "11 injuries"):
# such a count may be the claim's count of people, said another way.
PEOPLE_EVENTS = frozenset(stem(word) for word in (
    "death", "fatality", "injury", "casualty", "killing", "murder", "homicide", "arrest",
    "birth", "rescue", "evacuation", "hospitalization", "hospitalisation"))


@functools.lru_cache(maxsize=1)
def people_units() -> frozenset[str]:
    """Nouns for people (WordNet's, and groups of people): a count of any of them is a count
    of "people", so the same fact may be said with either ("employs 9,000 people", "has
    14,000 employees"), and then the verb, not the noun, tells whether two counts are of the
    same thing. Built on first use: stemming WordNet's 6,900 person nouns at import cost
    every run 30 ms, and a report from the cache never needs them."""
    return GENERIC_UNITS | frozenset(stem(word) for word in wordnet.person_nouns()) | \
        frozenset(stem(word) for word in _GROUP_NOUNS)


_GROUP_NOUNS = (
    "resident", "inhabitant", "citizen", "employee", "worker", "staff", "member", "voter",
    "student", "pupil", "child", "children", "adult", "patient", "passenger", "soldier",
    "troop", "civilian", "refugee", "evacuee", "migrant", "victim", "customer", "user",
    "visitor", "tourist", "protester", "demonstrator", "volunteer", "family", "household",
    "man", "men", "woman", "women", "fan", "spectator", "player", "delegate", "prisoner")


@functools.lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for one person, beside ``people_units``: what an age or a count may be said of
    ("the 36-year-old driver", "a Maryland native")."""
    return people_units() | frozenset(stem(word) for word in _ONE_PERSON_NOUNS)


_ONE_PERSON_NOUNS = (
    "native", "driver", "suspect", "gunman", "officer", "deputy", "boy", "girl", "teen",
    "teenager", "mother", "father", "son", "daughter", "wife", "husband", "grandmother",
    "grandfather", "actress", "actor", "singer", "player", "coach", "pitcher", "veteran",
    "rookie", "star", "defendant", "inmate", "receptionist", "employee", "resident",
    "neighbor", "neighbour", "friend", "pedestrian", "cyclist", "motorist", "victim")
