"""Pipeline stage: a Claim -> its analysis (the values to check and the context around them).

The context is what a passage must talk about for its value to count: the claim's content
terms (value words removed), its aliases' terms as alternative phrasings, and the place the
claim names ("in Moscow"). With ``value:`` one value decides and the others become context.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from crosscheck.errors import ClaimsError
from crosscheck.lexicon.patterns import COPULA_BEFORE
from crosscheck.lexicon.stems import IRREGULAR
from crosscheck.lexicon.wordnet import is_dictionary_word
from crosscheck.lexicon.words import CURRENCY_WORDS, LIGHT_VERBS, PAST_AUXILIARIES
from crosscheck.model import Claim, ClaimId, Value, ValueKind
from crosscheck.text import (
    Term,
    capitalised_after_preposition,
    clause_around,
    terms,
    token_distance,
)
from crosscheck.thresholds import DEFAULT_THRESHOLDS
from crosscheck.values import Reference, extract_values


class CorpusWords(NamedTuple):
    """How the corpus writes its words: stems seen in lower case, and stems capitalised
    inside a sentence (names). Empty without a corpus."""

    common: frozenset[str]
    proper: frozenset[str]


NO_WORDS = CorpusWords(frozenset(), frozenset())


def with_claims_names(words: CorpusWords, claims: Iterable[Claim]) -> CorpusWords:
    """The corpus's words, plus the names the claims themselves capitalise inside a sentence
    ("... the mayor of Brennick" makes "Brennick's 2025 budget" open with a name)."""
    named = {term.stem for claim in claims for text in (claim.text, *claim.aliases)
             for term in terms(text)
             if text[term.start:term.start + 1].isupper() and not _starts_sentence(text,
                                                                                 term.start)}
    return CorpusWords(words.common, words.proper | named) if named else words


@dataclass(frozen=True)
class ClaimAnalysis:
    """What matching needs to know about one claim."""

    claim: Claim
    values: tuple[Value, ...]
    checked: tuple[Value, ...]
    phrasings: tuple[tuple[str, ...], ...]
    places: tuple[str, ...]
    predicates: frozenset[str] = frozenset()
    attached: Mapping[Value, frozenset[str]] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    name_groups: tuple[tuple[str, ...], ...] = ()
    """Runs of adjacent capitalised words ("Marta Lind", "Risdan Holdings"), places left out:
    who the claim is about. Later mentions use part of a name ("Lind")."""
    past_event: bool = False
    """The claim tells of something that happened (a past-tense verb), not of a state."""
    core: frozenset[str] = frozenset()
    """The words that say what the checked values are the values of, read wide (see
    ``_core``): with the names, what a passage must hold most of all."""
    context: tuple[Value, ...] | None = None
    """Set for statements: only the values that frame the checked one (its clause and what
    comes before), not an attribution's date ("..., union leaders said last Friday")."""

    def context_values(self, checked: Value) -> tuple[Value, ...]:
        """The claim's other values: when a passage repeats them it is about the same event."""
        if self.context is not None:
            return self.context
        return tuple(v for v in self.values if v is not checked)


@dataclass(frozen=True)
class _Reading:
    """A text's content words outside its values, each marked as a predicate (what
    happened) or not (a name: who or where). Read once per text, used by every rule below."""

    text: str
    words: tuple[tuple[Term, bool], ...]

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(term.stem for term, _ in self.words))


def _read(text: str, values: tuple[Value, ...], common_words: CorpusWords) -> _Reading:
    return _Reading(text, tuple(
        (term, _is_predicate(text, term, common_words)) for term in terms(text)
        if not any(v.start <= term.start < v.end for v in values)))


def _analyse(claim: Claim, claims_path: str, common_words: CorpusWords,
             reference: Reference | None) -> tuple[ClaimAnalysis, _Reading]:
    values = extract_values(claim.text, reference, include_times=True)
    checked = _select(claim, values, claims_path) if claim.value else _default_checked(values)
    reading = _read(claim.text, values, common_words)
    aliases = [_read(alias, extract_values(alias, include_times=True), common_words)
               for alias in claim.aliases]
    places = tuple(dict.fromkeys(
        p for text in (claim.text, *claim.aliases) for p in capitalised_after_preposition(text)))
    analysis = ClaimAnalysis(
        claim, values, checked, tuple(r.stems for r in (reading, *aliases)), places,
        frozenset(t.stem for r in (reading, *aliases) for t, predicate in r.words if predicate),
        {value: _attached(reading, value) for value in checked},
        frozenset(t.stem for t, predicate in reading.words if not predicate),
        _name_groups(reading, places), past_event=_tells_of_past(claim.text),
        core=frozenset().union(*(_core(reading, value, _attached(reading, value))
                                 for value in checked)))
    return analysis, reading


def analyse_claim(claim: Claim, claims_path: str = "claims.yaml",
                  common_words: CorpusWords = NO_WORDS,
                  reference: Reference | None = None) -> ClaimAnalysis:
    """Split a claim into its values and its context; raise when ``value:`` names no value.

    ``common_words`` says how the corpus writes its words: a claim's capitalised first word
    the corpus writes in lower case ("Turnout was ...") is a predicate, not a name.
    ``reference`` dates the claim's relative expressions (a source sentence used as a claim,
    in `scan`).
    """
    return _analyse(claim, claims_path, common_words, reference)[0]


def analyse_statement(text: str, value_start: int, common_words: CorpusWords,
                      reference: Reference | None, statement_id: str,
                      line: int = 1) -> ClaimAnalysis | None:
    """A source's own sentence read as a claim about the value starting at ``value_start``
    (for `scan`); the text may begin with the sentences before it, for context."""
    analysis, reading = _analyse(Claim(ClaimId(statement_id), text, line), "", common_words,
                                 reference)
    chosen = next((v for v in analysis.values if v.start == value_start), None)
    if chosen is None:
        return None
    clause_start, clause_end = clause_around(text, chosen.start, chosen.end)
    framing = tuple(v for v in analysis.values if v is not chosen and v.start < clause_end)
    # A source sentence says several things: the statement is its value's clause, about the
    # name nearest to the value, not everything else the sentence mentions.
    groups = _nearest_groups(reading, chosen, analysis.name_groups)
    clause_terms = tuple(dict.fromkeys(
        t.stem for t, _ in reading.words if clause_start <= t.start < clause_end))
    phrasing = tuple(dict.fromkeys((*clause_terms, *(s for g in groups for s in g))))
    return replace(analysis, checked=(chosen,), context=framing, name_groups=groups,
                   phrasings=(phrasing,), attached={chosen: _attached(reading, chosen)})


def _nearest_groups(reading: _Reading, value: Value,
                    groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The name nearest the value, and any others as near as it."""
    positions = {t.stem: t for t, _ in reading.words}
    distances = []
    for group in groups:
        spans = [positions[s] for s in group if s in positions]
        if spans:
            distances.append((min(token_distance(reading.text, t.start, t.end, value.start,
                                                 value.end) for t in spans), group))
    if not distances:
        return groups
    nearest = min(d for d, _ in distances)
    return tuple(g for d, g in distances if d <= nearest + DEFAULT_THRESHOLDS.near_name_slack)


def _default_checked(values: tuple[Value, ...]) -> tuple[Value, ...]:
    """Without ``value:``, the claim's numbers are its facts and its dates their time frame
    ("turnout in the 2023 election was 61%"); a claim with only dates checks them all."""
    numbers = tuple(v for v in values if v.kind is not ValueKind.DATE)
    return numbers or values


def _is_predicate(text: str, term: Term, common_words: CorpusWords) -> bool:
    """A common word: written in lower case, or a sentence's capitalised first word that the
    given words write in lower case (a source's, for its own statements), or that is an
    English word ("Turnout was ...") unless they capitalise it inside a sentence ("...
    Reggie Bush" in the claims makes "Bush was 23" open with a name), or a capitalised word
    ("Halvorsen Foods") or a possessive ("Brennick's") follows."""
    written = text[term.start:term.end]
    if written[:1].islower():
        return True
    if not _starts_sentence(text, term.start):
        return False
    if term.stem in common_words.common:
        return True
    if term.stem in common_words.proper:
        return False
    following = re.match(r"\W+(\w)", text[term.end:])
    if following and following.group(1).isupper():
        return False
    if text[term.end:term.end + 2] in ("'s", "’s"):
        return False  # "Brennick's 2025 budget": a possessive opening a claim is a name's
    return is_dictionary_word(written)


def _tells_of_past(text: str) -> bool:
    """A past-tense verb: "was", "had", a regular "-ed" form or an irregular one ("won")."""
    return any(word in PAST_AUXILIARIES or word in IRREGULAR or
               (word.endswith("ed") and len(word) > 4)
               for word in re.findall(r"\b[a-z]+\b", text))


def _core(reading: _Reading, value: Value, attached: frozenset[str]) -> frozenset[str]:
    """What the value is the value of, read wider than ``attached``: also the word the
    nearest predicate is said of ("revenue grew 12 percent": revenue), and for a date or a
    time the claim's verbs ("were called to the fire ... at 3:33 a.m.": called)."""
    core = set(attached)
    subject = _word_before(reading, set(attached))
    if subject is not None:
        core.add(subject)
    if value.kind in (ValueKind.DATE, ValueKind.TIME):
        core |= {term.stem for term, predicate in reading.words
                 if predicate and term.stem not in LIGHT_VERBS
                 and _past_verb(reading.text[term.start:term.end])}
    return frozenset(core)


def _word_before(reading: _Reading, nearest: set[str]) -> str | None:
    """The predicate word right before the first of the nearest ones, when nothing but
    spaces stands between them (a subject and its verb: "revenue grew")."""
    words = reading.words
    for number, (term, _) in enumerate(words):
        if term.stem in nearest and number > 0:
            previous, predicate = words[number - 1]
            between = reading.text[previous.end:term.start]
            if predicate and not between.strip() and previous.stem not in LIGHT_VERBS:
                return previous.stem
            return None
    return None


def _past_verb(word: str) -> bool:
    """A past form: regular ("called") or irregular ("struck", "won")."""
    lower = word.lower()
    return lower in IRREGULAR or (lower.endswith("ed") and len(lower) > 4)


def _starts_sentence(text: str, start: int) -> bool:
    """The word at ``start`` begins the text or a sentence in it (a statement read with
    the sentences before it)."""
    before = text[:start].rstrip(" \t\n\"'“‘([")
    return not before or before[-1] in ".!?"


def _name_groups(reading: _Reading, places: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    groups: list[list[str]] = []
    previous_end = -1
    for term, predicate in reading.words:
        if predicate:
            continue
        adjacent = previous_end >= 0 and reading.text[previous_end:term.start].strip() == ""
        if adjacent and groups:
            groups[-1].append(term.stem)
        else:
            groups.append([term.stem])
        previous_end = term.end
    # Where ("in Moscow") is an adjunct when the claim also says who; alone, it is the subject.
    who = tuple(tuple(g) for g in groups if not set(g) <= set(places))
    return who or tuple(tuple(g) for g in groups)


def _attached(reading: _Reading, value: Value) -> frozenset[str]:
    """The claim's predicate words nearest its value: what the value is the value of; and
    when the value completes "X was ...", the head of X ("Turnout in the 2023 election was
    61 percent" gives the turnout, not the election, as 61 percent)."""
    by_distance: dict[int, set[str]] = {}
    # "happened on February 16": a light verb says only that something happened; the word
    # for what happened is the one the value belongs to, when the claim has one.
    light_only = all(term.stem in LIGHT_VERBS for term, predicate in reading.words if predicate)
    for term, predicate in reading.words:
        # "sold for 4.2 million pounds": the currency is the amount's unit, not what it is
        # the amount of (an estimate or a sale's total in pounds is another amount).
        if value.kind is ValueKind.MONEY and term.stem in CURRENCY_WORDS:
            continue
        # "Three people were killed": the noun a count counts is its unit, not what it is
        # the count of; the word for what happened to them is ("killed").
        if term.stem == value.unit and any(
                t.stem != value.unit and p for t, p in reading.words):
            continue
        if predicate and (light_only or term.stem not in LIGHT_VERBS):
            distance = token_distance(reading.text, term.start, term.end, value.start,
                                      value.end)
            by_distance.setdefault(distance, set()).add(term.stem)
    nearest = set(by_distance[min(by_distance)]) if by_distance else set()
    clause_start, _ = clause_around(reading.text, value.start, value.end)
    if COPULA_BEFORE.search(reading.text[clause_start:value.start]):
        head = next((term.stem for term, predicate in reading.words
                     if predicate and clause_start <= term.start < value.start), None)
        if head is not None:
            nearest.add(head)
        elif clause_start > 0:
            # "SeaMicro's revenue in 2011, the year before AMD bought it, was about $50
            # million": the subject stands before the aside, and the aside's words
            # ("bought") are not what the value is of.
            _, first_end = clause_around(reading.text, 0, 0)
            subject = next((term.stem for term, predicate in reading.words
                            if predicate and term.start < first_end
                            and term.stem not in LIGHT_VERBS), None)
            if subject is not None:
                return frozenset({subject})
    return frozenset(nearest)


def _select(claim: Claim, values: tuple[Value, ...], claims_path: str) -> tuple[Value, ...]:
    wanted = " ".join((claim.value or "").split()).lower()
    for value in values:
        if " ".join(value.text.split()).lower() == wanted or value.normalized.lower() == wanted:
            return (value,)
    for value in values:
        if wanted in value.text.lower() or value.text.lower() in wanted:
            return (value,)
    found = ", ".join(f'"{v.text}"' for v in values) or "none"
    raise ClaimsError(
        f'claim "{claim.id}": value "{claim.value}" is not a value of its claim text',
        path=claims_path, line=claim.line, column=claim.column,
        hint=f"values found in the text: {found}",
    )
