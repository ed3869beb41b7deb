"""Value extraction, numbers: counts, ordinals, percentages and money as intervals.

"17,000" is the point [17000, 17000]; "1.5 million" is [1.45M, 1.55M] (the precision it is
written to); "more than 4,700" is (4700, inf); "about 40" is [36, 44]. Each number keeps the
thing it counts (its unit: "residents", "%", "USD"), because 17,000 residents and 17,000
troops are not comparable.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from crosscheck.lexicon.stems import stem
from crosscheck.lexicon.words import CURRENCIES
from crosscheck.model import Value, ValueKind
from crosscheck.thresholds import DEFAULT_THRESHOLDS

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000,
}
SCALE_SUFFIXES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000}

# Qualifier -> how it turns a number x into an interval: (low factor, high factor, open ends)
QUALIFIERS: dict[str, tuple[str, str]] = {
    "more than": ("above", "more than"), "over": ("above", "more than"),
    "in excess of": ("above", "more than"), "upwards of": ("above", "more than"),
    "just over": ("above", "more than"),
    "at least": ("from", "at least"), "no fewer than": ("from", "at least"),
    "no less than": ("from", "at least"),
    "fewer than": ("below", "fewer than"), "less than": ("below", "fewer than"),
    "under": ("below", "fewer than"), "just under": ("below", "fewer than"),
    "up to": ("to", "at most"), "at most": ("to", "at most"), "no more than": ("to", "at most"),
    "as many as": ("to", "at most"),
    "about": ("about", "about"), "around": ("about", "about"), "roughly": ("about", "about"),
    "approximately": ("about", "about"), "some": ("about", "about"),
    "an estimated": ("about", "about"),
    "nearly": ("nearly", "nearly"), "almost": ("nearly", "nearly"),
    "close to": ("nearly", "nearly"),
}
APPROXIMATION = DEFAULT_THRESHOLDS.approximation
DETERMINERS = {"the", "these", "those", "both", "its", "their", "our", "his", "her", "my",
               "your", "which", "whose"}
STOP_AFTER = {
    "of", "in", "on", "at", "to", "from", "by", "with", "for", "and", "or", "that", "which",
    "who", "since", "between", "than", "as", "the", "a", "an", "is", "are", "was", "were",
    "will", "have", "has", "had", "be", "been", "this", "it", "they", "he", "she", "we",
    "but", "after", "before", "during", "when", "while", "into", "over", "per", "ago",
    "off", "near", "across", "around", "about", "among", "through", "within", "without",
    "against", "along", "behind", "beyond", "under", "like", "including", "via", "amid",
    "toward", "towards", "upon", "onto", "up", "down", "out", "so", "if", "because", "where",
    "not", "no", "all", "each", "every", "more", "less", "there", "here", "then",
    "said", "says", "say", "told", "do", "does", "did", "can", "could", "would",
    "should", "may", "might", "must", "shall",
}

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, "dozen"], key=len, reverse=True))
_SCALE_WORD = rf"(?:{'|'.join([*SCALES, 'dozen'])})\b"
_ORDINAL_WORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_QUALIFIER = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
# "a dispute over four islands": before a number word, over/under are prepositions.
PREPOSITION_QUALIFIERS = ("over", "under", "just over", "just under")
_WORD_QUALIFIER = "|".join(sorted((re.escape(q) for q in QUALIFIERS
                                   if q not in PREPOSITION_QUALIFIERS), key=len, reverse=True))
_DIGITS = (r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d,.])"
           r"|\d+(?:\.\d+)?)")

_DIGIT_NUMBER = (
    rf"(?P<cur>US\$|\$|€|£|¥)?(?<![\w.,:/#+-]){_DIGITS}"
    r"(?:(?P<suffix>bn|mn|tn|[kmb])\b|[\s\u00a0]*(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?![\w:/]|[.,]\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b))"
    r"(?P<pct>\s*%|\s+per\s?cent\b)?"
)
DIGIT_NUMBER = re.compile(rf"(?:\b(?P<qual>{_QUALIFIER})[\s\u00a0]+)?{_DIGIT_NUMBER}", re.I)
# The same without the qualifier, for a text holding none: most of the pattern's cost is
# trying every qualifier at every position.
UNQUALIFIED_DIGIT_NUMBER = re.compile(_DIGIT_NUMBER, re.I)
_QUALIFIER_WORDS = tuple(frozenset(qualifier.split()) for qualifier in QUALIFIERS)
WORD_NUMBER = re.compile(
    rf"(?:\b(?P<qual>{_WORD_QUALIFIER})\s+)?\b(?P<words>(?:a\s+(?={_SCALE_WORD}))?"
    rf"(?:{_NUMBER_WORD})"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_NUMBER_WORD}))*)\b(?!-(?:{_NUMBER_WORD}))",
    re.I,
)
DIGIT_ORDINAL = re.compile(r"(?<![\w.,])(?P<num>\d+)(?P<sfx>st|nd|rd|th)\b", re.I)
WORD_ORDINAL = re.compile(
    rf"\b(?P<words>(?:(?:{'|'.join(TENS)})[\s-])?(?:{_ORDINAL_WORD}))\b", re.I)
_PLAIN = r"\d{1,3}(?:,\d{3})+|\d+"
RANGE = re.compile(
    rf"(?<![\w.,$-])(?:\bbetween\s+(?P<a1>{_PLAIN})\s+and\s+(?P<b1>{_PLAIN})"
    rf"|\bfrom\s+(?P<a2>{_PLAIN})\s+to\s+(?P<b2>{_PLAIN})"
    rf"|(?P<a3>{_PLAIN})\s*[-–]\s*(?P<b3>{_PLAIN}))(?![\w%]|[.,]\d|[-–/]\d)", re.I)
MULTIPLICATIVE = re.compile(
    r"\b(?P<word>twice|thrice)\b|\ba\s+(?P<adj>double|triple)(?=\s+[a-z])", re.I)
FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
             "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
             "a fifth": 20.0, "one fifth": 20.0}
FRACTION = re.compile(
    rf"(?:\b(?P<qual>{_WORD_QUALIFIER})\s+)?\b(?P<frac>half|(?:a|one|two|three)[\s-]"
    r"(?:thirds?|quarters?|fifth))(?=\s+of\b)", re.I)
NOT_NUMBERS = re.compile(
    r"\b\d{1,2}:\d\d\b|\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b|https?://\S+|\{\{[^}]*\}\}", re.I)
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
COMPOUND_UNIT = re.compile(r"-([A-Za-z]{2,})(?:-old)?\b(?!-)")
DIGIT = re.compile(r"\d")
LETTERS = re.compile(r"[A-Za-z]+")
# The words without one of which a pattern cannot match (each matches whole words only).
NUMBER_WORDS = frozenset([*UNITS, *TENS, *SCALES, "dozen"])
MULTIPLICATIVE_WORDS = frozenset(["twice", "thrice", "double", "triple"])
FRACTION_WORDS = frozenset(["half", "third", "thirds", "quarter", "quarters", "fifth"])
AGE = re.compile(r"-([A-Za-z]+)-old\b|\s+(year|month|week|day)s?\s+old\b", re.I)
# "Amos Kiptanui, 27, won": a number between commas after a name is the person's age.
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
# ... where the age ends its phrase: "Ana Ruiz, 70, said", "as Anthony LaCalamita, 38."
COMMA_AFTER = re.compile(r"\s*(?:,|;|\.(?:\s|$)|$|\s+(?:of|and|from)\b)")
# "aged 37", "at age 37", "ages 47 and 48": the number after is an age.
AGED_BEFORE = re.compile(r"\b(?:aged|age|ages\s+(?:\d{1,3}\s*(?:,|and)\s*)*)\s*$", re.I)
# "Brian Nichols was 37 when he was sentenced", "Subryan is 23.": a bare number completing
# a copula whose subject is a person (a name, or he, she, who) is an age.
COPULA_AGE_BEFORE = re.compile(
    r"(?:\b(?!(?:The|A|An|This|That|It|Its|There|Their|These|Those)\b)[A-Z][\w'’-]+"
    r"[^.;:!?]{0,80}?|\b(?:he|she|who)\s+)"
    r"\b(?:is|was|turned|turns|had turned|will turn|would have turned)\s+(?:only\s+|just\s+)?$")
COPULA_AGE_AFTER = re.compile(r"\s*(?:[.,;:)!?]|$|(?:when|at the time|at his|at her)\b)")
INCREMENT_WORDS = frozenset({"more", "additional", "further", "extra"})


@dataclass(frozen=True)
class _Number:
    value: float
    digits_after_point: int
    scaled: bool


def parse_number_words(words: str) -> int | None:
    """'seventeen thousand' -> 17000, 'a dozen' -> 12, 'twenty-five' -> 25; else None."""
    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t and t != "and"]
    if tokens[:1] == ["a"]:
        tokens = ["one", *tokens[1:]]
    total, current, seen = 0, 0, False
    for token in tokens:
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _interval(number: _Number, qualifier: str | None) -> tuple[float, float, str]:
    x = number.value
    if number.scaled:
        half = 0.5 * 10 ** -number.digits_after_point * _scale_of(number)
        low, high, how = x - half, x + half, f"as written to the nearest {half * 2:,.0f}"
    else:
        low, high, how = x, x, "exact"
    if qualifier is None:
        return low, high, how
    mode, word = QUALIFIERS[" ".join(qualifier.lower().split())]
    if mode == "above":
        return math.nextafter(x, math.inf), math.inf, f'"{word}": above {x:,g}'
    if mode == "from":
        return x, math.inf, f'"{word}": {x:,g} or more'
    if mode == "below":
        return -math.inf, math.nextafter(x, -math.inf), f'"{word}": below {x:,g}'
    if mode == "to":
        return -math.inf, x, f'"{word}": {x:,g} or fewer'
    if mode == "nearly":
        return x * (1 - APPROXIMATION), x, f'"{word}": a little under {x:,g}'
    return (x * (1 - APPROXIMATION), x * (1 + APPROXIMATION),
            f'"{word}": {x:,g} give or take {APPROXIMATION:.0%}')


def _precision(low: float, high: float, qualifier: str | None) -> str:
    """exact, approximate ("about 40": agrees with 40) or interval ("more than 40")."""
    if qualifier and QUALIFIERS[" ".join(qualifier.lower().split())][0] in ("about", "nearly"):
        return "approximate"
    return "exact" if low == high else "interval"


def _scale_of(number: _Number) -> float:
    """The scale word's size, recovered from value and mantissa (1.5 million -> 1e6)."""
    magnitude = 10 ** math.floor(math.log10(abs(number.value))) if number.value else 1
    for size in (1e12, 1e9, 1e6, 1e3):
        if magnitude >= size:
            return size
    return 1.0


def _unit_after(text: str, end: int) -> tuple[str | None, str]:
    """The head noun after a number, as (stem, word): '17,000 Japanese residents' -> resid."""
    speed = SPEED_UNIT.match(text, end)
    if speed:
        # "120 miles per hour", "120 miles an hour" and "120 mph" are one unit.
        metric = (speed.group("metric") or speed.group("metric_short")) is not None
        return ("kph" if metric else "mph"), speed.group(0).strip()
    compound = COMPOUND_UNIT.match(text, end)
    if compound:
        # "a nine-day strike", "a 40-page report": the number measures the hyphened word.
        return stem(compound.group(1)), compound.group(1)
    words = _following_words(text, end)
    if len(words) > 1 and words[0].lower() in INCREMENT_WORDS and words[1].lower() != "than":
        words = words[1:]  # "two more people" counts people
    partitive = words[:1] == ["of"]
    if partitive:
        rest = words[1:]
        if rest[:1] and rest[0].lower() in {"the", "its", "their", "these", "those"}:
            rest = rest[1:]
        words = [w for w in rest if parse_number_words(w) is None]
    phrase: list[str] = []
    for word in words[:4]:
        if word.lower() in STOP_AFTER or (phrase and word.lower().endswith("ed")):
            break
        phrase.append(word)
    # Counts count plural nouns: the first plural is the head ("4,200 Dorval residents").
    plurals = [w for w in phrase if _looks_plural(w)]
    head = plurals[:1] or phrase
    if not head:
        return None, ""
    if not plurals and head[0].lower() in STATE_OF_PEOPLE:
        return "peopl", head[0]  # "4 dead, 5 hurt": people, dead or hurt
    # "two of the four islands" counts a part of the islands, not the islands.
    if partitive:
        return f"{stem(head[-1])} (part)", f"of the {head[-1]}"
    return stem(head[-1]), head[-1]


def _share_of(text: str, end: int) -> tuple[str, str]:
    """What a percentage is a share of: '54 percent of the vote' -> ('% vote', 'percent of
    the vote'); a bare '61%' -> ('%', 'percent'). Shares of different things never compare."""
    unit, written = _unit_after(text, end)
    if unit and unit.endswith(" (part)"):
        return f"% {unit.removesuffix(' (part)')}", f"percent {written}"
    return "%", "percent"


SPEED_UNIT = re.compile(
    r"[\s-]*(?:(?:(?P<metric>kilomet(?:re|er)s?|km)|miles?)\s+(?:per|an|a)\s+hour\b"
    r"|(?P<metric_short>km/h|kph|kmh)\b|mph\b)", re.I)
# Plurals that do not end in "s": "four people dead" counts people, not the dead.
IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police", "staff",
                               "personnel", "troops", "cattle", "feet", "teeth", "mice"})
# Words for a state of people, used as nouns ("4 dead, 5 hurt"): the count is of people, and
# the word says what happened to them.
STATE_OF_PEOPLE = frozenset({"dead", "injured", "wounded", "hurt", "missing", "killed",
                             "dying", "sick", "ill", "hospitalized", "hospitalised", "homeless",
                             "displaced", "unaccounted", "arrested", "detained", "evacuated"})


def _looks_plural(word: str) -> bool:
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    return (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
            and not lower.endswith(("'s", "’s")) and word[:1].islower())


def _following_words(text: str, end: int) -> list[str]:
    tail = text[end:end + 80]
    stop = re.search(r"[.,;:!?()\"“”\[\]—–]", tail)
    tail = tail[: stop.start()] if stop else tail
    return WORD.findall(tail)


def _kind_and_unit(m: re.Match[str], text: str) -> tuple[ValueKind, str | None, str]:
    """The value's kind, the unit it is compared by, and the unit as written."""
    groups = m.groupdict()
    if groups.get("pct"):
        return ValueKind.PERCENT, *_share_of(text, m.end())
    if groups.get("cur"):
        code = CURRENCIES[groups["cur"].lower()]
        return ValueKind.MONEY, code, code
    unit, written = _unit_after(text, m.end())
    after = _following_words(text, m.end())
    if after and after[0].lower() in CURRENCIES:
        code = CURRENCIES[after[0].lower()]
        return ValueKind.MONEY, code, code
    return ValueKind.COUNT, unit, written


def _qualifier(m: re.Match[str]) -> str | None:
    """The match's qualifier ("more than"), if its pattern reads one."""
    return m.group("qual") if "qual" in m.re.groupindex else None


def _digit_value(m: re.Match[str], text: str) -> Value | None:
    raw = m.group("num")
    digits = re.sub(r"[,\u00a0\u202f ]", "", raw)
    scale_word = (m.group("scale") or "").lower()
    suffix = (m.group("suffix") or "").lower()
    scale = SCALES.get(scale_word) or SCALE_SUFFIXES.get(suffix) or 1
    if suffix in ("m", "b") and not m.group("cur"):
        return None  # "5m" without a currency is more often metres than millions
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    number = _Number(float(digits) * scale, decimals, scale > 1)
    kind, unit, written = _kind_and_unit(m, text)
    low, high, how = _interval(number, _qualifier(m))
    if kind is ValueKind.PERCENT and low == high:
        # "54 percent" is a rounded share: it stands for 53.5-54.5, "54.2 percent" for 54.15-54.25
        half = 0.5 * 10 ** -decimals
        low, high, how = low - half, high + half, f"to the nearest {2 * half:g} point"
    normalized = _format_number(number.value)
    explanation = f"{normalized} {written}".strip()
    return Value(kind, m.start(), m.end(), m.group(0).strip(), low, high, normalized,
                 _precision(low, high, _qualifier(m)), f"{explanation} ({how})", unit=unit)


def _word_value(m: re.Match[str], text: str) -> Value | None:
    words = m.group("words")
    parsed = parse_number_words(words)
    if parsed is None or _is_determiner(m, text, parsed):
        return None
    number = _Number(float(parsed), 0, False)
    kind, unit, written = _kind_and_unit(m, text)
    low, high, how = _interval(number, _qualifier(m))
    normalized = _format_number(number.value)
    return Value(kind, m.start(), m.end(), m.group(0), low, high, normalized,
                 _precision(low, high, _qualifier(m)),
                 f"{normalized} {written}".strip() + f" ({how})",
                 unit=unit)


def _is_determiner(m: re.Match[str], text: str, parsed: int) -> bool:
    """'the two countries', 'one of the', a lone 'one': words that pick out, not count."""
    if m.group("words").lower() == "one":
        return True
    if COMPOUND_UNIT.match(text, m.end()):
        return False  # "the nine-day strike" measures it
    before = WORD.findall(text[max(0, m.start() - 20): m.start()])
    return parsed <= 10 and bool(before) and before[-1].lower() in DETERMINERS


def _ordinal(m: re.Match[str], text: str, number: int) -> Value:
    unit, written = _unit_after(text, m.end())
    normalized = f"{number}{_ordinal_suffix(number)}"
    return Value(ValueKind.ORDINAL, m.start(), m.end(), m.group(0), float(number),
                 float(number), normalized, "exact",
                 f"ordinal {number}" + (f" ({written})" if written else ""),
                 unit=unit)


def _ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _word_ordinal_number(words: str) -> int:
    parts = re.split(r"[\s-]+", words.lower())
    return sum(TENS.get(p, 0) + ORDINAL_WORDS.get(p, 0) for p in parts)


def _format_number(x: float) -> str:
    return f"{int(x)}" if x == int(x) else f"{x:g}"


def _range_value(m: re.Match[str], text: str) -> Value | None:
    pairs = [(m.group(f"a{i}"), m.group(f"b{i}")) for i in (1, 2, 3) if m.group(f"a{i}")]
    first, second = (float(n.replace(",", "")) for n in pairs[0])
    if second <= first:
        return None  # "3-1" is a score, "10-2" a ratio: not a range
    if all(1500 <= n <= 2099 and n == int(n) for n in (first, second)):
        low = float(dt.date(int(first), 1, 1).toordinal())
        high = float(dt.date(int(second), 12, 31).toordinal())
        return Value(ValueKind.DATE, m.start(), m.end(), m.group(0), low, high,
                     f"{int(first)}/{int(second)}", "years", f"the years {int(first)} to "
                     f"{int(second)}")
    unit, written = _unit_after(text, m.end())
    normalized = f"{_format_number(first)}-{_format_number(second)}"
    return Value(ValueKind.COUNT, m.start(), m.end(), m.group(0), first, second, normalized,
                 "range", f"{normalized} {written}".strip() + " (a range)", unit=unit)


def _multiplicative(m: re.Match[str], text: str) -> Value:
    """'twice' is 2 times; 'a double murder' is 2 murders."""
    word = (m.group("word") or m.group("adj")).lower()
    times = 2.0 if word in ("twice", "double") else 3.0
    if m.group("adj"):
        unit, written = _unit_after(text, m.end())
        start = m.start("adj")
        return Value(ValueKind.COUNT, start, m.end(), m.group("adj"), times, times,
                     _format_number(times), "exact",
                     f"{_format_number(times)} {written} (exact)".replace("  ", " "), unit=unit)
    return Value(ValueKind.COUNT, m.start(), m.end(), m.group(0), times, times,
                 _format_number(times), "exact", f"{_format_number(times)} times (exact)",
                 unit="time")


def _fraction(m: re.Match[str], text: str) -> Value:
    key = " ".join(re.split(r"[\s-]+", m.group("frac").lower()))
    share = FRACTIONS.get(key, FRACTIONS.get(key.rstrip("s"), 0.0))
    number = _Number(share, 0, False)
    low, high, how = _interval(number, _qualifier(m))
    if low == high:  # "a third" is 33.3...%: anything that rounds to it agrees
        low, high, how = share - 0.5, share + 0.5, "to the nearest percent"
    unit, written = _share_of(text, m.end())
    return Value(ValueKind.PERCENT, m.start(), m.end(), m.group(0), low, high,
                 f"{share:.4g}", "interval", f"{share:.4g} {written} ({how})", unit=unit)


def _as_age(value: Value, text: str) -> Value:
    """"A 70-year-old dispute", "she is 70 years old" and "Ana Ruiz, 70, said": at least 70
    years old and not yet 71."""
    low = value.low
    if low is None or low != value.high:
        return value
    age = AGE.match(text, value.end)
    if age is not None:
        unit = (age.group(1) or age.group(2)).lower()
    elif (value.unit is None and value.kind is ValueKind.COUNT and 0 < low <= 120
          and low == int(low) and _bare_age(text, value)):
        unit = "year"
        value = replace(value, unit=stem(unit))
    else:
        return value
    # "under 71": the interval ends just before the next birthday, so that 70 and 71 differ.
    return replace(value, high=math.nextafter(low + 1, -math.inf), precision="interval",
                   explanation=f"{value.normalized} {unit}s old (at least "
                               f"{value.normalized}, under {_format_number(low + 1)})")


def _bare_age(text: str, value: Value) -> bool:
    """A number with no unit that can only be someone's age: "Ana Ruiz, 70, said", "aged
    70", "Ruiz was 70 when ..."."""
    before = text[max(0, value.start - 120):value.start]
    if NAME_BEFORE.search(before) and COMMA_AFTER.match(text, value.end):
        return True
    if AGED_BEFORE.search(before):
        return True
    return bool(COPULA_AGE_BEFORE.search(before) and COPULA_AGE_AFTER.match(text, value.end))


def find_numbers(text: str) -> Iterator[Value]:
    """Every number in ``text``, possibly overlapping; the caller keeps the longest."""
    has_digit = DIGIT.search(text) is not None
    # Each pattern is tried only on a text holding what it cannot match without (a digit, or
    # one of its words): most sentences hold no number words, and scanning them for every
    # spelling of one is most of the cost of reading a sentence's values.
    words = {word.lower() for word in LETTERS.findall(text)}
    blocked = [(m.start(), m.end()) for m in NOT_NUMBERS.finditer(text)] if (
        has_digit or "://" in text or "{{" in text) else []

    def free(m: re.Match[str]) -> bool:
        return not any(s < m.end() and m.start() < e for s, e in blocked)

    for m in DIGIT_ORDINAL.finditer(text) if has_digit else ():
        if free(m):
            yield _ordinal(m, text, int(m.group("num")))
    for m in WORD_ORDINAL.finditer(text) if not words.isdisjoint(ORDINAL_WORDS) else ():
        ordinal = _ordinal(m, text, _word_ordinal_number(m.group("words"))) if free(m) else None
        # "the first to arrive", "at first": a spelled ordinal counts only with its noun, and
        # "first" hardly ever states a checkable rank ("the first time", "first flight").
        if ordinal is not None and ordinal.unit is not None and ordinal.low != 1:
            yield ordinal
    qualified = any(qualifier <= words for qualifier in _QUALIFIER_WORDS)
    numbers = DIGIT_NUMBER if qualified else UNQUALIFIED_DIGIT_NUMBER
    for m in numbers.finditer(text) if has_digit else ():
        value = _digit_value(m, text) if free(m) else None
        if value is not None:
            yield _as_age(value, text)
    for m in WORD_NUMBER.finditer(text) if not words.isdisjoint(NUMBER_WORDS) else ():
        value = _word_value(m, text) if free(m) else None
        if value is not None:
            yield _as_age(value, text)
    for m in RANGE.finditer(text) if has_digit else ():
        value = _range_value(m, text) if free(m) else None
        if value is not None:
            yield value
    if not words.isdisjoint(MULTIPLICATIVE_WORDS):
        yield from (_multiplicative(m, text) for m in MULTIPLICATIVE.finditer(text))
    if not words.isdisjoint(FRACTION_WORDS):
        yield from (_fraction(m, text) for m in FRACTION.finditer(text))
