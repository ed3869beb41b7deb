"""Closed classes of words that matching reads as regular expressions.

Each pattern is a small word list with the little grammar it needs ("was expected to",
"called for"); the rules in ``crosscheck.matching.rules`` decide what a match means.
"""

from __future__ import annotations

import re


def _either(*words: str) -> str:
    return "|".join(words)


# --- Statements that are not plain facts -------------------------------------------------
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
ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|tells|according to|added|noted|stated)\b",
                         re.I)

# --- Words that stand for something said before ------------------------------------------
# A sentence opening with one of these refers back to what came before ("It employs ...").
OPENING_REFERENCES = ("this", "that", "these", "those", "it", "its", "they", "their", "them",
                      "he", "his", "she", "her", "such", "both")
# ... and these, anywhere in a clause, stand for names said before ("the two leaders").
INNER_REFERENCES = ("this", "these", "their", "they", "them", "its", "his", "him", "her",
                    "both", r"the\s+two\s+\w+")
# The openers that make a sentence continue the one before as one unit of context; a
# possessive or object pronoun ("His rival ...", "Them ...") does not.
CONTINUING_OPENERS = ("this", "that", "these", "those", "it", "they", "their", "he", "she",
                      "such", "both")
ANAPHOR = re.compile(rf"^\W*(?:{_either(*OPENING_REFERENCES)})\b"
                     rf"|\b(?:{_either(*INNER_REFERENCES)})\b", re.I)
CONTINUES = re.compile(rf"^\W*(?:{_either(*CONTINUING_OPENERS)})\b", re.I)
# A clause that starts with its verb ("..., took 41.5 percent"): what may not start one.
SUBJECTLESS = re.compile(
    r"\s*(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|in|on|at|of|for|to|by|"
    r"with|from|and|or|but|as|after|before|since|while|when|where|which|who|whose)\b)"
    r"[a-z]+(?:ed|s)?\b")

# --- What a value is, besides the total ---------------------------------------------------
INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|further|extra)\b(?!\s+than)", re.I)
INCREMENT_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.I)
# "90 million euros more than budgeted", "190 million over budget": a difference, not the
# amount itself (a word or two for the unit may stand between).
DIFFERENCE = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:(?:more|less|fewer|higher|lower)\s+than|(?:over|under|above|"
    r"below)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:budget|estimate|target|forecast|plan|"
    r"expectation)s?)\b", re.I)
EARLIER_VALUE = re.compile(
    r"\bfrom\s+(?:about|around|roughly|some|nearly|almost|just|over|under|more than|less "
    r"than)?\s*$", re.I)
CHANGE_WORD = re.compile(
    r"\b(?:up|down|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|"
    r"drop\w*|climb\w*|grew|grow\w*|jump\w*|slipp?\w*|declin\w*|cut|rais\w*|lower\w*|"
    r"revis\w*|compared)\b", re.I)
# "Turnout ... was 61 percent": the value completes what the clause's subject is.
COPULA_BEFORE = re.compile(
    r"\b(?:was|is|were|are|stood at|stands at|reached|totall?ed|came to)\s+"
    r"(?:about|around|roughly|some|nearly|almost|just|over|under|more than|less than)?\s*$",
    re.I)

# --- Phases of an event --------------------------------------------------------------------
PHASES = (
    ("began", re.compile(r"\b(?:beg[ai]n\w*|start\w*|launch\w*|broke out|breaks? out|"
                         r"kick(?:ed|s)? off)\b", re.I)),
    ("ended", re.compile(r"\b(?:end(?:ed|s)?|stop(?:ped|s)?|halt\w*|finish\w*|"
                         r"call(?:ed|s)? off|suspend\w*)\b", re.I)),
    ("resumed", re.compile(r"\b(?:resum\w*|return\w*|back to|reopen\w*|restart\w*)\b",
                           re.I)),
)

# --- Prepositions --------------------------------------------------------------------------
# A capitalised word after one of these is where something happened, not who did it.
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|of|near|from|outside|inside|across|above|below|beneath|beside|around|along"
    r"|beyond|behind|off|over|under|toward|towards|into|onto|within|throughout)\s+(?:the\s+)?$",
    re.I)
# "opened to traffic on Monday": a word after one of these is a verb's complement.
AFTER_PREPOSITION = re.compile(r"\b(?:to|into|for|with|by|from|at)\s+$", re.I)

# --- A value that is not the thing itself --------------------------------------------------
# "missing 10 of the Saints' 16 games": the value after "N of (the|its|Name's)" is the whole
# of which N is a part.
PART_BEFORE = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|most"
    r"|some|half|many|several|none)\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+"
    r"|[A-Z][\w.-]*(?:'s|’s|'|’)\s+)+$", re.I)
# "less than the $184 million reported", "compared with 12 percent a year earlier": the value
# is what something else is measured against.
COMPARED_BEFORE = re.compile(
    r"\b(?:than\s+(?:the|a|an|its|their|his|her|last\s+year's)|compared\s+(?:with|to)"
    r"(?:\s+the)?|versus|vs\.?|against)\s+$", re.I)
