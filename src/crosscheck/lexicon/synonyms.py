"""Words news reports use interchangeably for the same event or quantity.

A claim that says "meet" should find a source that says "talks" or "summit"; "evacuated"
should find "displaced". Each group lists base forms; matching compares their stems and counts
a synonym a little less than the claim's own word, like a spelling variant. The groups are
general newsroom vocabulary, not phrases from any corpus.
"""

from __future__ import annotations

import functools

from crosscheck.lexicon import wordnet
from crosscheck.lexicon.stems import stem

GROUPS: tuple[tuple[str, ...], ...] = (
    ("meet", "meeting", "talks", "summit", "visit"),
    ("evacuate", "displace", "flee", "relocate"),
    ("kill", "die", "dead", "death", "fatality"),
    ("injure", "wound", "hurt", "injury"),
    ("hospital", "hospitalize", "hospitalise"),  # not "injured": 41 hurt, 38 still in hospital
    ("cut", "shed", "eliminate", "axe", "slash"),
    ("job", "post", "position", "role"),
    ("employ", "employee", "staff", "worker", "workforce"),
    ("win", "elect", "victory"),
    ("vote", "ballot"),
    ("buy", "acquire", "purchase", "takeover", "acquisition"),
    ("announce", "unveil", "disclose", "reveal"),
    ("approve", "pass", "adopt", "authorise", "authorize"),
    ("reject", "block", "veto"),
    ("arrest", "detain", "apprehend"),
    ("establish", "create"),  # not "found": stemmed, it is "find" ("found dead")
    ("open", "inaugurate"),
    ("close", "shut"),
    ("build", "construct"),
    ("rise", "raise", "increase", "grow", "climb", "jump"),
    ("fall", "decrease", "decline", "drop"),
    ("revenue", "sales", "turnover"),
    ("profit", "earnings"),
    ("alliance", "pact", "treaty"),
    ("annex", "seize", "occupy"),
    ("expel", "deport", "oust"),
    ("resident", "inhabitant", "people"),
    ("agree", "agreement", "deal", "accord"),
    ("sign", "conclude"),
    ("ship", "vessel", "boat"),
    ("strike", "walkout", "stoppage"),
    ("declare", "confirm", "proclaim"),
    ("pay", "offer", "bid"),
)

_BY_STEM: dict[str, frozenset[str]] = {}
for _group in GROUPS:
    _stems = frozenset(stem(word) for word in _group)
    for _stem in _stems:
        _BY_STEM[_stem] = _BY_STEM.get(_stem, frozenset()) | _stems


def synonyms(word_stem: str) -> frozenset[str]:
    """The stems interchangeable with this one (empty when it has none)."""
    return _BY_STEM.get(word_stem, frozenset()) - {word_stem}


def group_of(word_stem: str) -> frozenset[str]:
    """The stems of the word's synonym groups, the word among them (empty when it is in
    none): one kind of happening ("kill", "die", "dead", ...)."""
    return _BY_STEM.get(word_stem, frozenset())


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, frozenset[str]]:
    partners: dict[str, set[str]] = {}
    for adjective, place in wordnet.demonym_pairs():
        a, b = stem(adjective), stem(place)
        if a != b:
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    return {word: frozenset(others) for word, others in partners.items()}


def demonyms(word_stem: str) -> frozenset[str]:
    """The place a people's adjective is of, and back ("japanes" <-> "japan"), from
    WordNet's pertainyms: one name, said two ways."""
    return _demonyms().get(word_stem, frozenset())
