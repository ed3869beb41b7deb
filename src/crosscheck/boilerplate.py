"""Pipeline stage, inside loading: tell page furniture from article text, line by line.

Scraped pages keep their menus, share buttons, paywall prompts, comment forms, photo credits
and teasers for other stories as plain lines. Evidence quoted from them is wrong evidence, so
each line is classified by general rules about what web furniture looks like, never by a list
of known sentences. A dropped line keeps its number and the rule that dropped it, so a report
can show what was left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from crosscheck.model import DroppedLine


@dataclass(frozen=True)
class Needles:
    """What a line must hold for a UI phrase to be looked for in it: one of ``words``
    (lower-case, whole words) or one of ``symbols`` (anywhere)."""

    words: frozenset[str]
    symbols: tuple[str, ...]

    def in_line(self, words: set[str], lower: str) -> bool:
        if not self.words.isdisjoint(words):
            return True
        # A loop, not any(): a generator per rule and line was a tenth of a page's cleaning.
        for symbol in self.symbols:  # noqa: SIM110
            if symbol in lower:
                return True
        return False


# What interface text says: each pattern is a family of UI strings, not a quoted sentence.
# Phrases that also occur in prose ("sign in", "share", "subscribe to the view") only drop a
# line that is UI-sized (WEAK_RULES); the rest drop any line they match. Each rule comes with
# needles: words (whole) or symbols of its alternatives, one of which every line it matches
# holds. A line holding none is not searched (most lines are prose, and the scans were most
# of a file's cleaning time). Written in lower case: they meet the line lower-cased.
UI_PHRASES: tuple[tuple[str, Needles, re.Pattern[str]], ...] = tuple(
    (rule, Needles(frozenset(words), symbols), re.compile(pattern))
    for rule, words, symbols, pattern in (
        ("paywall or subscription prompt",
         ("subscribe", "subscribing", "subscription", "free", "unlimited", "access", "trial",
          "sign", "signin", "signup", "log", "login", "logout", "register", "see", "already",
          "premium", "try", "offer"), (),
         r"\b(?:subscri(?:be|bing|ption)|free articles?|unlimited access|trial period|"
         r"sign[ -]?(?:in|up)|log[ -]?(?:in|out)|register now|see all offers|get (?:unlimited|"
         r"full) access|already a (?:subscriber|member)|premium content|try \d+ (?:days|weeks|"
         r"months)|offer ends)\b"),
        ("sharing or social prompt",
         ("share", "tweet", "email", "print", "pin", "whatsapp", "follow", "like", "click",
          "facebook", "twitter", "google", "linkedin"), (),
         r"^\W*(?:share(?: this)?(?: article| story)?|tweet|email|print|pin it|whatsapp|"
         r"follow us(?: on \w+)?|like us on \w+)\W*$|\b(?:share on|click an icon|"
         r"(?:facebook|twitter|google|linkedin) (?:photo|picture|account))\b"),
        ("comment form",
         ("leave", "comment", "comments", "commenting", "details", "notify", "akismet",
          "address"), (),
         r"\b(?:leave a (?:reply|comment)|post a comment|you are commenting|fill in your "
         r"details|comments? (?:are|is) (?:closed|moderated)|notify me of|akismet|"
         r"your email address will not be published)\b"),
        ("cookie or consent notice", ("cookie", "cookies"), (),
         r"\b(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|"
         r"cookie (?:policy|settings))\b"),
        ("teaser for another story",
         ("related", "read", "see", "recommended", "more", "recent", "trending", "sponsored",
          "advertisement"), (),
         r"^\W*(?:related(?: articles?| stories| coverage)?|read (?:more|also|next)|see also|"
         r"recommended(?: for you)?|more (?:from|on) [\w ]{1,30}|recent features|most read|"
         r"trending|sponsored content|advertisement|about sponsored content)\b"),
        ("call to action",
         ("our", "your", "you", "free", "unlimited", "access", "now", "today", "app", "apps",
          "newsletter"), (),
         r"^\W*(?:get|stay|try|use|read|see|sign|join|download|subscribe|click|tap|watch|listen|"
         r"discover|unlock|start)\b[^.!?]{0,60}\b(?:our|your|you|free|unlimited|access|now|"
         r"today|app|apps|newsletter)\b[^.!?]{0,40}[.;]?\s*$"),
        ("tags or categories", (), (":",),
         r"^\W*(?:categories|tagged(?: as| with)?|tags|filed under)\s*:"),
        ("photo credit", ("getty", "file"), (":", "©", "(c) "),
         r"^\W*(?:credit|photo(?:graph)?|image|picture|source|illustration)s?\s*(?:by)?\s*:|"
         r"^[^.!?]{0,60}(?:©|\(c\) \w)|\bgetty images\b|\bfile photo\b"),
        ("link or URL line", (), (":",),
         r"^\W*(?:original url|source url|url|permalink)\s*:\s*$|^\W*<?https?://\S+>?\W*$"),
    ))
TEMPLATE = re.compile(r"\{\{[^}]*\}\}|\{%[^}]*%\}|%s\b|\$\{[^}]*\}")
CAMEL_RUN = re.compile(r"[a-z][A-Z]")
WORD = re.compile(r"[^\W\d_]+")
FOOTER_MIN_LINES = 4  # a footer is a run of at least this many lines ...
FOOTER_SHARE = 0.6  # ... most of which are furniture by the rules above
TERMINAL = re.compile(r"[.!?:;”\"’]\s*$")
UI_WORDS = 8
READER = re.compile(r"\b(?:you|your|yours)\b", re.I)  # a prompt addresses the reader
WEAK_RULES = ("paywall or subscription prompt", "sharing or social prompt")


@dataclass(frozen=True)
class Classified:
    """Which lines to keep, and the dropped ones with the rule that dropped each."""

    keep: tuple[bool, ...]
    dropped: tuple[DroppedLine, ...]


def furniture_rule(line: str, words: list[str] | None = None) -> str | None:
    """The rule that marks one line as page furniture, or None for article text."""
    text = line.strip()
    if not text:
        return None
    if TEMPLATE.search(text):
        return "template placeholder"
    if words is None:
        words = WORD.findall(text)
    camel = len(CAMEL_RUN.findall(text))
    if camel >= 3 and camel * 3 >= len(words):
        return "icon or sprite names"
    lower = text.lower()
    present = {word.lower() for word in words}
    for rule, needles, pattern in UI_PHRASES:
        if (needles.in_line(present, lower) and pattern.search(lower)
                and (rule not in WEAK_RULES or _ui_sized(text, words) or READER.search(text))):
            return rule
    if (len(words) <= 3 and not any(c.isdigit() for c in text) and not TERMINAL.search(text)
            and not text.startswith("#")):
        return "menu item or label"
    return None


def _ui_sized(text: str, words: list[str]) -> bool:
    """A button or prompt: a few words, or a line that is not a finished sentence."""
    return len(words) <= UI_WORDS or not TERMINAL.search(text)


def is_prose(line: str, counts: Counter[str]) -> bool:
    """A finished sentence of article text: capitalised, several words, not repeated."""
    text = line.strip()
    words = WORD.findall(text)
    return (len(words) >= 6 and bool(TERMINAL.search(text))
            and text[:1].upper() == text[:1] and counts[_opening(text)] <= 1)


def _opening(line: str) -> str:
    return " ".join(WORD.findall(line.lower())[:4])


def classify_lines(lines: list[str]) -> Classified:
    """Keep article text; drop furniture and the repeats of short lines within the page."""
    found = [WORD.findall(line) for line in lines]
    keys = [" ".join(words).lower() for words in found]
    counts = Counter(key for key, line in zip(keys, lines, strict=True) if line.strip())
    seen: set[str] = set()
    keep: list[bool] = []
    dropped: list[DroppedLine] = []
    for number, (line, line_words, key) in enumerate(zip(lines, found, keys, strict=True), 1):
        rule = furniture_rule(line, line_words)
        words = len(line_words)
        # A short line said twice is page chrome; a headline repeated as a heading or an image
        # caption is kept once, where it first stands.
        if rule is None and line.strip() and counts[key] > 1 and words <= 12 and (
                words < 5 or key in seen):
            rule = "repeated page element"
        seen.add(key)
        keep.append(rule is None)
        if rule is not None:
            dropped.append(DroppedLine(number, line.strip(), rule))
    return _cut_footer(lines, keep, dropped)


def _cut_footer(lines: list[str], keep: list[bool], dropped: list[DroppedLine]) -> Classified:
    """Drop the page's tail from where furniture takes over: articles do not resume there.

    The tail starts at a furniture line, holds at least FOOTER_MIN_LINES lines, mostly
    furniture, and no finished sentence of article text.
    """
    content = [i for i, line in enumerate(lines) if line.strip()]
    openings = Counter(_opening(lines[i]) for i in content)
    start = None
    furniture = 0
    for position, index in enumerate(reversed(content), 1):
        if keep[index] and is_prose(lines[index], openings):
            break
        furniture += not keep[index]
        if (not keep[index] and position >= FOOTER_MIN_LINES
                and furniture >= FOOTER_SHARE * position):
            start = index
    if start is None:
        return Classified(tuple(keep), tuple(dropped))
    for index in content:
        if index > start and keep[index]:
            keep[index] = False
            dropped.append(DroppedLine(index + 1, lines[index].strip(), "page footer"))
    return Classified(tuple(keep), tuple(sorted(dropped, key=lambda d: d.line)))


