"""The stemmer every stage shares, and the irregular verb forms it does not know.

Claims and passages are compared by Snowball stems, so "annexed" and "annexation" meet at
"annex"; irregular past forms ("met", "held") are mapped to their base form first, or "met"
would never meet "meeting".
"""

from __future__ import annotations

import functools
import json
from importlib import resources

import snowballstemmer

_stemmer = snowballstemmer.stemmer("english")

# Irregular English verb forms the Snowball stemmer leaves alone, mapped to their base form:
# every irregular form WordNet lists that is not a word in its own right ("fled", "slain";
# not "wound" or "rose", which news uses as nouns: irregular-stemming.json, built by
# scripts/build_lexicon.py), and these, which are ("found", "saw", "left", "rose": as verbs
# they are what news reports).
_CHOSEN = {
    form: base
    for base, forms in {
        "meet": "met", "hold": "held", "take": "took taken", "win": "won", "lose": "lost",
        "give": "gave given", "make": "made", "tell": "told", "go": "went gone",
        "come": "came", "see": "saw seen", "begin": "began begun", "speak": "spoke spoken",
        "sit": "sat", "strike": "struck stricken", "leave": "left", "lead": "led",
        "send": "sent", "write": "wrote written", "bring": "brought", "keep": "kept",
        "buy": "bought", "sell": "sold", "pay": "paid", "build": "built",
        "fall": "fell fallen", "rise": "rose risen", "grow": "grew grown",
        "draw": "drew drawn", "run": "ran", "fight": "fought", "think": "thought",
        "find": "found", "stand": "stood", "choose": "chose chosen", "break": "broke broken",
        "spend": "spent", "shoot": "shot", "flee": "fled", "fly": "flew flown",
        "drive": "drove driven", "become": "became", "seek": "sought", "teach": "taught",
        "catch": "caught", "know": "knew known", "show": "shown", "beat": "beaten",
        "do": "did done", "freeze": "froze frozen", "steal": "stole stolen",
        "wear": "wore worn", "swear": "swore sworn", "tear": "tore torn", "bear": "bore borne",
        "sink": "sank sunk", "sing": "sang sung", "ring": "rang rung", "forbid": "forbade",
        "forgive": "forgave forgiven", "hide": "hid hidden", "ride": "rode ridden",
        "shake": "shook shaken", "wake": "woke woken", "feel": "felt", "hear": "heard",
        "mean": "meant", "deal": "dealt", "lend": "lent", "bend": "bent", "bind": "bound",
        "feed": "fed", "sleep": "slept", "sweep": "swept", "weep": "wept", "lay": "laid",
        "slay": "slew slain", "understand": "understood", "undertake": "undertook undertaken",
        "withdraw": "withdrew withdrawn", "overthrow": "overthrew overthrown",
        "throw": "threw thrown", "blow": "blew blown", "forsake": "forsook forsaken",
    }.items()
    for form in forms.split()
}
IRREGULAR = {**json.loads(resources.files("crosscheck.lexicon").joinpath(
    "irregular-stemming.json").read_text(encoding="ascii")), **_CHOSEN}


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The snowball stem of a lower-cased word; shared by every stage so all read alike."""
    lower = word.lower().replace("’", "'").removesuffix("'s")
    return str(_stemmer.stemWord(IRREGULAR.get(lower, lower)))
