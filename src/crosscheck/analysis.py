"""Pipeline stage: a Claim -> its analysis (the values to check and the context around them).

The context is what a passage must talk about for its value to count: the claim's content
terms (value words removed), its aliases' terms as alternative phrasings, and the place the
claim names ("in Moscow"). With ``value:`` one value decides and the others become context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from crosscheck.errors import ClaimsError
from crosscheck.model import Claim, ClaimId, Value, ValueKind
from crosscheck.text import (
    Term,
    capitalised_after_preposition,
    clause_around,
    terms,
    token_distance,
)
from crosscheck.values import Reference, extract_values


class CorpusWords(NamedTuple):
    """How the corpus writes its words: stems seen in lower case, and stems capitalised
    inside a sentence (names). Empty without a corpus."""

    common: frozenset[str]
    proper: frozenset[str]


NO_WORDS = CorpusWords(frozenset(), frozenset())
NEAR_NAME_SLACK = 4  # words: names this much farther than the nearest still count


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
    context: tuple[Value, ...] | None = None
    """Set for statements: only the values that frame the checked one (its clause and what
    comes before), not an attribution's date ("..., union leaders said last Friday")."""

    def context_values(self, checked: Value) -> tuple[Value, ...]:
        """The claim's other values: when a passage repeats them it is about the same event."""
        if self.context is not None:
            return self.context
        return tuple(v for v in self.values if v is not checked)


def _phrasing_terms(text: str, values: tuple[Value, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for term in terms(text):
        inside_value = any(v.start <= term.start < v.end for v in values)
        if not inside_value and term.stem not in found:
            found.append(term.stem)
    return tuple(found)


def analyse_claim(claim: Claim, claims_path: str = "claims.yaml",
                  common_words: CorpusWords = NO_WORDS,
                  reference: Reference | None = None) -> ClaimAnalysis:
    """Split a claim into its values and its context; raise when ``value:`` names no value.

    ``common_words`` are stems the corpus writes in lower case: a claim's capitalised first
    word among them ("Turnout was ...") is a predicate, not a name. ``reference`` dates the
    claim's relative expressions (a source sentence used as a claim, in `scan`).
    """
    values = extract_values(claim.text, reference, include_times=True)
    checked = _select(claim, values, claims_path) if claim.value else _default_checked(values)
    phrasings = [_phrasing_terms(claim.text, values)]
    for alias in claim.aliases:
        phrasings.append(_phrasing_terms(alias, extract_values(alias, include_times=True)))
    places = tuple(dict.fromkeys(
        p for text in (claim.text, *claim.aliases) for p in capitalised_after_preposition(text)))
    return ClaimAnalysis(claim, values, checked, tuple(phrasings), places,
                         _predicates((claim.text, *claim.aliases), common_words),
                         {value: _attached(claim.text, value, common_words)
                          for value in checked},
                         _names(claim.text, common_words),
                         _name_groups(claim.text, common_words, places))


def analyse_statement(text: str, value_start: int, common_words: CorpusWords,
                      reference: Reference | None, statement_id: str,
                      line: int = 1) -> ClaimAnalysis | None:
    """A source's own sentence read as a claim about the value starting at ``value_start``
    (for `scan`); the text may begin with the sentences before it, for context."""
    claim = Claim(ClaimId(statement_id), text, line)
    analysis = analyse_claim(claim, "", common_words, reference)
    chosen = next((v for v in analysis.values if v.start == value_start), None)
    if chosen is None:
        return None
    clause_start, clause_end = clause_around(text, chosen.start, chosen.end)
    framing = tuple(v for v in analysis.values if v is not chosen and v.start < clause_end)
    # A source sentence says several things: the statement is its value's clause, about the
    # name nearest to the value, not everything else the sentence mentions.
    groups = _nearest_groups(text, chosen, analysis.name_groups)
    clause_terms = tuple(dict.fromkeys(
        t.stem for t in terms(text) if clause_start <= t.start < clause_end
        and not any(v.start <= t.start < v.end for v in analysis.values)))
    phrasing = tuple(dict.fromkeys((*clause_terms, *(s for g in groups for s in g))))
    return replace(analysis, checked=(chosen,), context=framing, name_groups=groups,
                   phrasings=(phrasing,),
                   attached={chosen: _attached(text, chosen, common_words)})


def _nearest_groups(text: str, value: Value,
                    groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The name nearest the value, and any others as near as it."""
    positions = {t.stem: t for t in terms(text)}
    distances = []
    for group in groups:
        spans = [positions[s] for s in group if s in positions]
        if spans:
            distances.append((min(token_distance(text, t.start, t.end, value.start, value.end)
                                  for t in spans), group))
    if not distances:
        return groups
    nearest = min(d for d, _ in distances)
    return tuple(g for d, g in distances if d <= nearest + NEAR_NAME_SLACK)


def _default_checked(values: tuple[Value, ...]) -> tuple[Value, ...]:
    """Without ``value:``, the claim's numbers are its facts and its dates their time frame
    ("turnout in the 2023 election was 61%"); a claim with only dates checks them all."""
    numbers = tuple(v for v in values if v.kind is not ValueKind.DATE)
    return numbers or values


def _is_predicate(text: str, term: Term, common_words: CorpusWords) -> bool:
    """A common word: written in lower case, or a sentence's capitalised first word that the
    corpus writes in lower case, or never capitalises inside a sentence ("Engineers found")
    unless a capitalised word follows it ("Halvorsen Foods")."""
    written = text[term.start:term.end]
    if written[:1].islower():
        return True
    if term.start != _first_word_start(text):
        return False
    if term.stem in common_words.common:
        return True
    following = re.match(r"\W+(\w)", text[term.end:])
    if following and following.group(1).isupper():
        return False
    return bool(common_words.proper or common_words.common) and \
        term.stem not in common_words.proper


def _first_word_start(text: str) -> int:
    first = re.search(r"\w", text)
    return first.start() if first else 0


def _names(text: str, common_words: CorpusWords) -> frozenset[str]:
    """Stems of the claim's capitalised words: who and where the claim is about."""
    values = extract_values(text, include_times=True)
    return frozenset(
        term.stem for term in terms(text)
        if not _is_predicate(text, term, common_words)
        and not any(v.start <= term.start < v.end for v in values))


def _name_groups(text: str, common_words: CorpusWords,
                 places: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    values = extract_values(text, include_times=True)
    groups: list[list[str]] = []
    previous_end = -10
    for term in terms(text):
        if _is_predicate(text, term, common_words) or any(
                v.start <= term.start < v.end for v in values):
            continue
        adjacent = text[previous_end:term.start].strip() == "" and previous_end >= 0
        if adjacent and groups:
            groups[-1].append(term.stem)
        else:
            groups.append([term.stem])
        previous_end = term.end
    # Where ("in Moscow") is an adjunct when the claim also says who; alone, it is the subject.
    who = tuple(tuple(g) for g in groups if not set(g) <= set(places))
    return who or tuple(tuple(g) for g in groups)


def _attached(text: str, value: Value, common_words: CorpusWords) -> frozenset[str]:
    """The claim's predicate words nearest its value: what the value is the value of."""
    values = extract_values(text, include_times=True)
    by_distance: dict[int, set[str]] = {}
    for term in terms(text):
        if (not _is_predicate(text, term, common_words)
                or any(v.start <= term.start < v.end for v in values)):
            continue
        distance = token_distance(text, term.start, term.end, value.start, value.end)
        by_distance.setdefault(distance, set()).add(term.stem)
    return frozenset(by_distance[min(by_distance)]) if by_distance else frozenset()


def _predicates(texts: tuple[str, ...], common_words: CorpusWords) -> frozenset[str]:
    """Stems of the claim's common words (what happened), as opposed to its names (who)."""
    found = set()
    for text in texts:
        values = extract_values(text, include_times=True)
        for term in terms(text):
            inside_value = any(v.start <= term.start < v.end for v in values)
            if _is_predicate(text, term, common_words) and not inside_value:
                found.add(term.stem)
    return frozenset(found)


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
