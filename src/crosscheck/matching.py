"""Pipeline stage: claims x passages -> Evidence (supports / conflicts / mentions).

Candidate passages come from an inverted index of content terms (fuzzy-expanded with rapidfuzz
so "Sergei" finds "Sergey"). Each candidate is scored by how much of the claim's context it
covers, weighted by how informative each term is across the corpus (IDF). A passage value
decides a relation only when it is *aligned* with the claim: its own clause, not just its
sentence, must be about the claim's fact. Supports need less alignment than conflicts because
an equal value is itself evidence of the same fact, while a different one is evidence of
nothing until the context says it is the same fact.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import math
import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from crosscheck.analysis import ClaimAnalysis, CorpusWords
from crosscheck.model import Evidence, Passage, Relation, Source, Value, ValueKind
from crosscheck.passages import split_passages
from crosscheck.synonyms import synonyms
from crosscheck.text import (
    HEDGE,
    LIGHT_VERBS,
    NEGATION,
    NOT_PLACES,
    SCHEDULED,
    WANTED,
    WORD,
    Term,
    capitalised_after_preposition,
    clause_around,
    content_stem,
    terms,
    token_distance,
)
from crosscheck.values import Reference, extract_values
from crosscheck.values import stem as stem_word
from crosscheck.values.compare import (
    GENERIC_UNITS,
    Comparison,
    both_count_people,
    comparable,
    compare,
    units_match,
)
from crosscheck.values.numbers import CURRENCY_WORDS


@dataclass(frozen=True)
class Thresholds:
    """Every decision threshold in one place. The three relation thresholds were chosen on
    the labelled quality set (`python bench/eval_quality.py`; conflict from a 0.40-0.65
    sweep); the rest are reading rules whose effect the same script shows."""

    mention: float = 0.5  # share of the claim's context a passage covers to be a mention
    support: float = 0.45  # alignment an equal value needs to support
    conflict: float = 0.55  # alignment a different value needs to conflict
    valueless_support: float = 0.85  # coverage that supports a claim stating no value
    clause_weight: float = 0.6  # alignment = this x clause coverage + the rest x sentence's
    anaphor_weight: float = 0.7  # words a pronoun or a subject-less clause stands for
    prior_weight: float = 0.5  # words of the previous sentence, for a pronoun
    fuzzy_term: float = 80.0  # rapidfuzz ratio for a spelling variant
    fuzzy_min_length: int = 5  # shorter words are matched exactly
    predicate_distance: int = 12  # words between a value and what it is the value of
    name_window: int = 3  # sentences back in which the claim's names may stand
    names_share: float = 0.6  # share of the claim's names (by rarity) a passage needs
    name_part_share: float = 0.8  # a part of a name at least this rare stands for it
    variant_weight: float = 0.9  # a spelling variant counts this much of the claim's word
    synonym_weight: float = 0.8  # a synonym counts this much of the claim's word
    light_verb_weight: float = 0.25  # "held", "made", "became": share of their IDF counted
    candidates: int = 60  # passages related in full per claim, best by rare shared words
    publication_window: int = 90  # days: a source describes events this near its date


DEFAULT_THRESHOLDS = Thresholds()
ANAPHOR = re.compile(
    r"^\W*(?:this|that|these|those|it|its|they|their|them|he|his|she|her|such|both)\b"
    r"|\b(?:this|these|their|they|them|its|his|him|her|both|the\s+two\s+\w+)\b", re.I)
COMPARISON_PHRASE = {
    Comparison.AGREES: "agrees with", Comparison.DIFFERS: "differs from",
    Comparison.CONSISTENT: "is consistent with, but less precise than,",
    Comparison.INCOMPARABLE: "cannot be compared with",
}
SUBJECTLESS = re.compile(
    r"\s*(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|in|on|at|of|for|to|by|"
    r"with|from|and|or|but|as|after|before|since|while|when|where|which|who|whose)\b)"
    r"[a-z]+(?:ed|s)?\b")
ATTRIBUTION = re.compile(r"\b(?:said|says|say|told|tells|according to|added|noted|stated)\b",
                         re.I)
PROPER_NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|further|extra)\b(?!\s+than)", re.I)
INCREMENT_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra)\s+$", re.I)
# "90 million euros more than budgeted", "190 million over budget": a difference, not the
# amount itself (a word or two for the unit may stand between).
DIFFERENCE = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:(?:more|less|fewer|higher|lower)\s+than|(?:over|under|above|"
    r"below)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:budget|estimate|target|forecast|plan|"
    r"expectation)s?)\b", re.I)
PHASES = (
    ("began", re.compile(r"\b(?:beg[ai]n\w*|start\w*|launch\w*|broke out|breaks? out|"
                         r"kick(?:ed|s)? off)\b", re.I)),
    ("ended", re.compile(r"\b(?:end(?:ed|s)?|stop(?:ped|s)?|halt\w*|finish\w*|"
                         r"call(?:ed|s)? off|suspend\w*)\b", re.I)),
    ("resumed", re.compile(r"\b(?:resum\w*|return\w*|back to|reopen\w*|restart\w*)\b",
                           re.I)),
)
WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
DAYS_IN_YEAR = 366
DATED_WORD = re.compile(r"([^\W\d_]+)\s+(?:in|on|of)\s+(?:the\s+)?$")
AFTER_PREPOSITION = re.compile(r"\b(?:to|into|for|with|by|from|at)\s+$", re.I)
EARLIER_VALUE = re.compile(
    r"\bfrom\s+(?:about|around|roughly|some|nearly|almost|just|over|under|more than|less "
    r"than)?\s*$", re.I)
CHANGE_WORD = re.compile(
    r"\b(?:up|down|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|"
    r"drop\w*|climb\w*|grew|grow\w*|jump\w*|slipp?\w*|declin\w*|cut|rais\w*|lower\w*|"
    r"revis\w*|compared)\b", re.I)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|of|near|from|outside|inside|across|above|below|beneath|beside|around|along"
    r"|beyond|behind|off|over|under|toward|towards|into|onto|within|throughout)\s+(?:the\s+)?$",
    re.I)
# A wire dateline opening a sentence ("CARROW RIDGE — A wildfire ...", "AMSTERDAM, March 3 —
# Halden ...", "WASHINGTON (Reuters) - ..."): where the story was filed, not what it is about.
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:\s*\([^)]{1,40}\))?"
                      r"(?:,\s*[^—–\n]{1,40}?)?\s+(?:—|–|--?)\s")
CARRY_LIMIT = 12  # sentences back a dropped subject is looked for, named or not
SOURCE_LOOKBACK = 40  # sentences back a name's first, full mention is looked for
CALENDAR = NOT_PLACES | {stem_word(word) for word in NOT_PLACES}
CONTINUES = re.compile(r"^\W*(?:this|that|these|those|it|they|their|he|she|such|both)\b", re.I)


class IndexedPassage:
    """A passage with what matching reads from it; values only when first asked for, since
    most passages are never a candidate for any claim.

    A plain class with slots, not a frozen dataclass, holding the passage's fields itself
    rather than a Passage and its terms: a large corpus has a million of them, built in
    one go, and a worker process that reads one copies the memory pages it touches (one
    object, not three). ``passage`` builds the model's Passage when one is needed."""

    __slots__ = (
        "_capitalised", "_places", "_stems", "_terms", "_times", "_values", "column", "line",
        "number", "previous", "prior", "published", "reference", "source", "start",
        "stems_text", "text",
    )

    def __init__(self, source: str, number: int, text: str, location: Sequence[int],
                 stems_text: str, reference: Reference | None, previous: int | None,
                 published: float | None = None, prior: int | None = None) -> None:
        self.source = source
        self.number = number
        self.text = text
        self.line, self.column, self.start = location
        self.stems_text = stems_text
        """The passage's content stems joined by spaces: what the index is built from."""
        self.reference = reference
        self.previous = previous
        """The passage before, when this one continues it (starts with a pronoun)."""
        self.published = published
        self.prior = prior
        """The passage before in the same source, if any."""
        self._terms: tuple[Term, ...] | None = None
        self._values: tuple[Value, ...] | None = None
        self._times: tuple[Value, ...] | None = None
        self._places: tuple[str, ...] | None = None
        self._capitalised: tuple[tuple[int, str, bool], ...] | None = None
        self._stems: frozenset[str] | None = None

    @property
    def passage(self) -> Passage:
        return Passage(self.source, self.number, self.text, self.line, self.column,
                       self.start)

    @property
    def terms(self) -> tuple[Term, ...]:
        if self._terms is None:
            # Where each term stands is read again from the text, and only for the few
            # passages that become candidates: most never need it.
            self._terms = terms(self.text)
        return self._terms

    @property
    def values(self) -> tuple[Value, ...]:
        if self._values is None:
            self._values = extract_values(self.text, self.reference)
        return self._values

    @property
    def times(self) -> tuple[Value, ...]:
        """Times of day, read only for claims whose value is one."""
        if self._times is None:
            self._times = tuple(v for v in extract_values(self.text, self.reference,
                                                          include_times=True)
                                if v.kind is ValueKind.TIME)
        return self._times

    def values_for(self, kind: ValueKind) -> tuple[Value, ...]:
        return self.values + self.times if kind is ValueKind.TIME else self.values

    @property
    def places(self) -> tuple[str, ...]:
        if self._places is None:
            self._places = capitalised_after_preposition(self.text)
        return self._places

    @property
    def capitalised(self) -> tuple[tuple[int, str, bool], ...]:
        """(position among the terms, stem, whether it names a place) of each capitalised
        word, months and days left out: the names a sentence may hold. A place is a name
        after a preposition ("in the village of Tolo", "in New York")."""
        if self._capitalised is None:
            text = self.text
            dateline = DATELINE.match(text)
            filed_at = dateline.end() if dateline else 0
            found: list[tuple[int, str, bool]] = []
            for number, term in enumerate(self.terms):
                if not text[term.start:term.start + 1].isupper() or term.stem in CALENDAR:
                    continue
                before = text[:term.start]
                place = term.start < filed_at or bool(PLACE_BEFORE.search(before)) or bool(
                    found and found[-1][2] and found[-1][0] == number - 1
                    and not before[self.terms[number - 1].end:].strip())
                found.append((number, term.stem, place))
            self._capitalised = tuple(found)
        return self._capitalised

    @property
    def stems(self) -> frozenset[str]:
        if self._stems is None:
            self._stems = frozenset(self.stems_text.split())
        return self._stems


@dataclass(frozen=True)
class CorpusIndex:
    """All passages of a corpus, their term statistics and an inverted index."""

    passages: tuple[IndexedPassage, ...]
    idf: Mapping[str, float]
    postings: Mapping[str, array[int]]
    """stem -> positions of the passages holding it. Arrays of machine integers, not tuples
    of int objects: a tenth of the memory, and reading them in a forked worker does not
    touch (and so copy) the shared pages of millions of int objects."""
    vocabulary: tuple[str, ...]
    common: frozenset[str] = frozenset()
    max_idf: float = 1.0
    expansion_cache: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    proper: frozenset[str] = frozenset()

    @property
    def common_words(self) -> CorpusWords:
        """How the corpus writes its words, for reading claims against it."""
        return CorpusWords(self.common, self.proper)


@dataclass(frozen=True)
class PreparedSource:
    """A source split into passages and tokenised: the part of indexing done per file.

    Columns rather than a Passage and its terms per sentence: a few objects per file
    cross from worker processes and go into the cache, not three per sentence. ``common`` and
    ``proper`` are stems joined by spaces (a set per file would outweigh its passages)."""

    path: str
    texts: tuple[str, ...]
    locations: bytes
    """array("I") of (line, column, start) per passage."""
    stems: tuple[str, ...]
    """Each passage's content stems joined by spaces (where they stand is not kept: only
    candidates need it, and they read it again from their text)."""
    common: str = ""
    proper: str = ""

    def location(self, number: int) -> tuple[int, int, int]:
        found = array("I")
        found.frombytes(self.locations[12 * number:12 * number + 12])
        return found[0], found[1], found[2]

    @property
    def passages(self) -> tuple[Passage, ...]:
        return tuple(Passage(self.path, number, text, *self.location(number))
                     for number, text in enumerate(self.texts))


def prepare_source(source: Source) -> PreparedSource:
    """Split and tokenise one source (pure; run in worker processes for large corpora).

    Also notes how the source writes its words: stems it writes in lower case, and stems it
    capitalises inside a sentence (names)."""
    passages = split_passages(source)
    common: set[str] = set()
    proper: set[str] = set()
    stems = tuple(_stems_of(p.text, common, proper) for p in passages)
    locations = array("I", [n for p in passages for n in (p.line, p.column, p.start)])
    return PreparedSource(source.path, tuple(p.text for p in passages), locations.tobytes(),
                          stems,
                          " ".join(sorted(common)), " ".join(sorted(proper)))


def _stems_of(text: str, common: set[str], proper: set[str]) -> str:
    """The stems of ``terms(text)`` joined by spaces, in one pass that also notes lower-case
    and capitalised words (no Term object per word: this runs over every sentence)."""
    stems: list[str] = []
    for word in WORD.findall(text):
        content = content_stem(word)
        if content is None:
            continue
        initial = word[0]
        if initial.islower():
            common.add(content)
        elif stems and initial.isupper():
            proper.add(content)
        stems.append(content)
    return " ".join(stems)


def build_index(sources: Iterable[Source],
                prepared: Sequence[PreparedSource] | None = None) -> CorpusIndex:
    """Index every source's passages; ``prepared`` holds them already split, in order."""
    indexed: list[IndexedPassage] = []
    sources = list(sources)
    ready = prepared if prepared is not None else [prepare_source(s) for s in sources]
    for source, prepared_source in zip(sources, ready, strict=True):
        reference = (Reference(source.published, source.published_origin or "metadata")
                     if source.published else None)
        first = len(indexed)
        published = float(source.published.toordinal()) if source.published else None
        locations = array("I")
        locations.frombytes(prepared_source.locations)
        for number, (text, stems_text) in enumerate(zip(prepared_source.texts,
                                                        prepared_source.stems, strict=True)):
            position = len(indexed)
            prior = position - 1 if position > first else None
            indexed.append(IndexedPassage(
                source.path, number, text, locations[3 * number:3 * number + 3], stems_text,
                reference, prior if prior is not None and CONTINUES.match(text) else None,
                published, prior))
    postings: dict[str, array[int]] = defaultdict(lambda: array("I"))
    for position, item in enumerate(indexed):
        # Not item.stems: caching a set for every passage of a large corpus costs memory.
        for stem in set(item.stems_text.split()):
            postings[stem].append(position)
    total = len(indexed)
    idf = {stem: math.log((total + 1) / (len(hits) + 1)) + 1.0 for stem, hits in postings.items()}
    common = frozenset(stem for p in ready for stem in p.common.split())
    proper = frozenset(stem for p in ready for stem in p.proper.split())
    return CorpusIndex(tuple(indexed), idf, dict(postings),
                       tuple(sorted(postings)), common, max(idf.values(), default=1.0),
                       proper=proper)


def _expand(stem: str, index: CorpusIndex, thresholds: Thresholds) -> frozenset[str]:
    """The corpus stems a claim stem matches: itself and close spellings of it."""
    cached = index.expansion_cache.get(stem)
    if cached is None:
        cached = index.expansion_cache[stem] = _spellings(stem, index, thresholds)
    return cached


def _spellings(stem: str, index: CorpusIndex, thresholds: Thresholds) -> frozenset[str]:
    found = {stem} if stem in index.postings else set()
    if len(stem) >= thresholds.fuzzy_min_length:
        for candidate, _, _ in process.extract(
                stem, index.vocabulary, scorer=fuzz.ratio, score_cutoff=thresholds.fuzzy_term,
                limit=None):
            if candidate[0] == stem[0] and _spelling_variant(stem, candidate, thresholds):
                found.add(candidate)
    return frozenset(found)


def _spelling_variant(stem: str, candidate: str, thresholds: Thresholds) -> bool:
    """Sergei/Sergey (one letter changed) or Japan/Japanes (a suffix added) are variants;
    Golgolka/Golgol (a part missing) or Nikmervi/Nikmerpe (two letters) are other names."""
    if len(candidate) < thresholds.fuzzy_min_length:
        return False
    return Levenshtein.distance(stem, candidate) <= 1 or candidate.startswith(stem)


class Matcher:
    """Relates one claim to every passage of an index."""

    def __init__(self, analysis: ClaimAnalysis, index: CorpusIndex,
                 thresholds: Thresholds = DEFAULT_THRESHOLDS) -> None:
        self.analysis = analysis
        self.index = index
        self.thresholds = thresholds
        # A name spelled as the claim spells it is that name; a near spelling elsewhere in
        # a large corpus is more often another person or town than a variant, so names use
        # variants (Sergei/Sergey) only when the corpus never spells them the claim's way.
        self.expansions = {
            stem: (frozenset({stem}) if stem in analysis.names and stem in index.postings
                   else _expand(stem, index, thresholds))
            for phrasing in analysis.phrasings for stem in phrasing}
        # Words for what happened may be said with another word ("talks" for "meet").
        self.synonym_forms = {
            stem: synonyms(stem) for phrasing in analysis.phrasings for stem in phrasing
            if stem not in analysis.names and synonyms(stem)}
        # ... unless the rest of the name is there: "Sergey Ivanov" is "Sergei Ivanov".
        self.name_variants = {
            stem: _expand(stem, index, thresholds) - {stem}
            for group in analysis.name_groups if len(group) > 1 for stem in group}
        self._carried: dict[int, dict[str, float]] = {}
        # Which phase of an event each checked date is (began, ended, resumed: "broke
        # out"); and the claim's words for it, with the pattern that finds the same phase
        # said any other way ("began", "started").
        self._claim_phases = {checked: phase_of(analysis.claim.text, checked)
                              for checked in analysis.checked}
        self._phases = {
            predicate: dict(PHASES)[phase] for checked, phase in self._claim_phases.items()
            if phase for predicate in analysis.attached.get(checked, ())}
        self._known_forms = frozenset().union(
            analysis.names, *(self._forms(term) for phrasing in analysis.phrasings
                              for term in phrasing))
        # A claim word the corpus never uses is as informative as the rarest word there is.
        self.term_idf = {stem: max((index.idf[f] for f in forms), default=index.max_idf)
                         * (thresholds.light_verb_weight if stem in LIGHT_VERBS else 1.0)
                         for stem, forms in self.expansions.items()}

    def candidates(self) -> list[int]:
        """The passages most about the claim, and the sentences that continue them.

        Each passage scores the IDF of the claim words it contains; only the best
        ``Thresholds.candidates`` are related in full, so the work grows with what is
        relevant, not with the corpus. Rare words (names) dominate the score, so the
        passages about the claim's subject come first.
        """
        passages = self.index.passages
        limit = max(self.thresholds.candidates, len(passages) // 100)
        pool: set[int] = set()
        # Rare words (names) bring candidates in; a word in more than `limit` passages only
        # scores the candidates the rare ones found, unless the claim has no rare word.
        for stem in sorted(self.expansions, key=lambda s: (-self.term_idf[s], s)):
            postings = [self.index.postings[f] for f in self.expansions[stem]
                        if f in self.index.postings]
            # Sized before any set is built: the common word that ends the loop may stand in
            # half a million passages.
            if pool and sum(map(len, postings)) > limit:
                break
            pool = pool.union(*postings)
        scores = {position: self._overlap(passages[position].stems) for position in pool}
        best = heapq.nlargest(self.thresholds.candidates, scores.items(),
                              key=lambda item: (item[1], -item[0]))
        hits = {position for position, _ in best}
        return sorted(hits | self._followers(hits))

    def _followers(self, hits: Iterable[int]) -> set[int]:
        """The sentences after each hit that continue it: a pronoun refers back to it, or they
        name nobody and so are still about whom it names ("Net profit was $95 million.")."""
        passages = self.index.passages
        found: set[int] = set()
        for hit in hits:
            position = hit + 1
            for _ in range(self.thresholds.name_window):
                if position >= len(passages) or passages[position].prior != position - 1:
                    break
                follower = passages[position]
                if follower.previous != position - 1 and self._names_someone_else(follower):
                    break
                found.add(position)
                position += 1
        return found

    def _overlap(self, stems: frozenset[str]) -> float:
        """IDF of the claim words a passage holds; a spelling variant counts a little less,
        so the passage that spells the name as the claim does ranks first."""
        score = 0.0
        for stem, forms in self.expansions.items():
            if stem in stems:
                score += self.term_idf[stem]
            elif forms & stems:
                score += self.thresholds.variant_weight * self.term_idf[stem]
        return score

    def _with_name_variants(self, weights: Mapping[str, float]) -> Mapping[str, float]:
        """Count a variant spelling of a name part when another part is spelled exactly."""
        added: dict[str, float] = {}
        for group in self.analysis.name_groups:
            exact = [stem for stem in group if stem in weights]
            if not exact:
                continue
            for stem in group:
                if stem not in weights:
                    variant = next((f for f in sorted(self.name_variants.get(stem, ()))
                                    if f in weights), None)
                    if variant is not None:
                        added[stem] = weights[variant]
        return {**weights, **added} if added else weights

    def coverage(self, weights: Mapping[str, float], bonus: float = 0.0) -> tuple[float, tuple[
            str, ...]]:
        """Best IDF-weighted share of a phrasing's terms present (with their weights)."""
        weights = self._with_name_variants(weights)
        best = 0.0
        best_matched: tuple[str, ...] = ()
        for phrasing in self.analysis.phrasings:
            total = bonus + sum(self._idf(s) for s in phrasing)
            got = bonus
            matched = []
            for stem in phrasing:
                # A stem the corpus never uses has no forms; credited all the same (a phase).
                forms = self.expansions[stem] or (stem,)
                weight = max((weights.get(f, 0.0) for f in forms), default=0.0)
                if not weight and stem in self.synonym_forms:
                    weight = self.thresholds.synonym_weight * max(
                        (weights.get(f, 0.0) for f in self.synonym_forms[stem]), default=0.0)
                if weight:
                    got += weight * self._idf(stem)
                    matched.append(stem)
            share = got / total if total else 0.0
            if share > best:
                best, best_matched = share, tuple(matched)
        return best, best_matched

    def _idf(self, stem: str) -> float:
        return self.term_idf.get(stem, self.index.max_idf)

    def window(self, position: int) -> tuple[list[IndexedPassage], dict[str, float]]:
        """The passage and, when it continues it, the sentence before: stem -> weight 1."""
        item = self.index.passages[position]
        parts = [item]
        if item.previous is not None:
            parts.insert(0, self.index.passages[item.previous])
        weights = {t.stem: 1.0 for part in parts for t in part.terms}
        for name, weight in self._carried_names(item).items():
            weights.setdefault(name, weight)
        if item.previous is None and item.prior is not None and ANAPHOR.search(item.text):
            # "The agreement gives them a pay increase": "them" are the previous sentence's
            # dock workers, at the weight the clause rule gives them.
            for term in self.index.passages[item.prior].terms:
                weights.setdefault(term.stem, self.thresholds.prior_weight)
        return parts, weights

    def _carried_names(self, item: IndexedPassage) -> dict[str, float]:
        """The claim's names a sentence leaves unsaid but is still about.

        News sentences drop the subject once it is established ("The company has 14,000
        employees.", "Turnout was 61 percent."): a sentence that names nobody the claim does
        not name inherits the claim's names from the sentences before it, at
        ``anaphor_weight``; at ``prior_weight`` once a sentence in between says what the
        claim says of someone else ("Rival Nordmark reported a net profit of ..."), which may
        be whom it is about. Only sentences that name someone count towards ``name_window``.
        """
        cached = self._carried.get(id(item))
        if cached is not None:
            return cached
        carried: dict[str, float] = {}
        self._carried[id(item)] = carried
        if not self.analysis.names or self._names_someone_else(item):
            return carried
        wanted = {name for group in self.analysis.name_groups for name in group} - item.stems
        weight = self.thresholds.anaphor_weight
        naming = 0
        for before in self._before(item, CARRY_LIMIT):
            if not wanted or naming >= self.thresholds.name_window:
                break
            for name in sorted(wanted):
                if self._forms(name) & before.stems:
                    carried[name] = weight
            wanted -= set(carried)
            if self._names_someone_else(before):
                naming += 1
                if self._says_what_claim_says(before):
                    weight = self.thresholds.prior_weight
        return carried

    def _before(self, item: IndexedPassage, count: int) -> Iterator[IndexedPassage]:
        """Up to ``count`` sentences before ``item`` in its source, nearest first."""
        position = item.prior
        for _ in range(count):
            if position is None:
                return
            before = self.index.passages[position]
            yield before
            position = before.prior

    def _says_what_claim_says(self, item: IndexedPassage) -> bool:
        """The sentence holds one of the claim's words for what happened (or a synonym)."""
        return any((self._forms(word) | synonyms(word)) & item.stems
                   for word in self.analysis.predicates)

    def _subject_switched(self, item: IndexedPassage) -> str | None:
        """The claim's names reach the sentence only past one that names someone else ("Rival
        Nordmark reported ... . Net profit was $120 million."): enough to agree, since an
        equal value is evidence itself, but a different value may be the other's."""
        carried = self._carried_names(item)
        if not carried or max(carried.values()) >= self.thresholds.anaphor_weight:
            return None
        if any(self._forms(name) & item.stems for group in self.analysis.name_groups
               for name in group):
            return None
        return "the sentences before it turn to someone the claim does not name"

    def _names_someone_else(self, item: IndexedPassage) -> bool:
        """The sentence names a person or body the claim does not: a capitalised word inside
        it, or a first word the corpus only ever capitalises. Where it happened ("in the
        village of Tolo") does not change whom it is about."""
        for number, stem_, place in item.capitalised:
            if place or (number == 0 and (stem_ not in self.index.proper
                                          or stem_ in self.index.common)):
                continue
            if not self._known(stem_):
                return True
        return False

    def relate(self, position: int) -> Evidence | None:
        """The evidence one passage gives for the claim, or None when it is not relevant."""
        item = self.index.passages[position]
        parts, window = self.window(position)
        relevance, matched = self.coverage(window)
        decisions = [self._decide_value(item, parts, window, checked, relevance)
                     for checked in self.analysis.checked]
        decided = [d for d in decisions if d is not None]
        conflicts = [d for d in decided if d.relation is Relation.CONFLICTS]
        supports = [d for d in decided if d.relation is Relation.SUPPORTS]
        if conflicts:
            return max(conflicts, key=lambda e: e.score)
        if supports:
            return max(supports, key=lambda e: e.score)
        own, own_matched = self.coverage({**self._carried_names(item),
                                          **{t.stem: 1.0 for t in item.terms}})
        if not self.analysis.values and own >= self.thresholds.valueless_support \
                and not self._negated(item.text) and not self._unsaid(item):
            return self._evidence(item, Relation.SUPPORTS, own, None, None,
                                  (f"the sentence covers {own:.0%} of the claim's context "
                                   f"({self._words(item, own_matched)}); the claim states no "
                                   "value",))
        # A mention must say something of the claim itself: a sentence credited only with
        # the words of the sentences before ("In a time of both misinformation ...") is not.
        if relevance >= self.thresholds.mention and any(self._holds(item, m) for m in matched):
            reasons = [f"covers {relevance:.0%} of the claim's context "
                       f"({self._words(item, matched)})"]
            # Why the value closest to counting did not decide: its reading, its clause's
            # coverage and the rule that stopped it, for `explain`.
            considered = [d for d in decisions if d is not None]
            if considered:
                reasons += list(max(considered, key=lambda d: d.score).reasons)
            return self._evidence(item, Relation.MENTIONS, relevance, None, None,
                                  tuple(reasons) or ("no comparable value",))
        return None

    def _holds(self, item: IndexedPassage, stem_: str) -> bool:
        """The sentence itself holds the claim word (a spelling variant or synonym of it, or
        for a word of when something began, another word for that)."""
        phase = self._phases.get(stem_)
        return bool((self._forms(stem_) | self.synonym_forms.get(stem_, frozenset()))
                    & item.stems) or (phase is not None and bool(phase.search(item.text)))

    def _words(self, item: IndexedPassage, matched: Sequence[str]) -> str:
        """The claim words a passage was credited with, those it does not hold itself marked
        as read from the sentences before it (a reader checks the quote against this)."""
        own = [m for m in matched if self._holds(item, m)]
        before = [m for m in matched if not self._holds(item, m)]
        parts = [", ".join(own)] if own else []
        if before:
            parts.append(f"from the sentences before: {', '.join(before)}")
        return "; ".join(parts)

    def _decide_value(self, item: IndexedPassage, parts: Sequence[IndexedPassage],
                      window: Mapping[str, float], checked: Value,
                      relevance: float) -> Evidence | None:
        best: Evidence | None = None
        for value in item.values_for(checked.kind):
            if comparable(checked, value) is False:
                continue
            outcome = self._judge(item, parts, window, checked, value, relevance)
            if outcome is not None and (best is None or _rank(outcome) > _rank(best)):
                best = outcome
        return best

    def _judge(self, item: IndexedPassage, parts: Sequence[IndexedPassage],
               window: Mapping[str, float], checked: Value, value: Value,
               relevance: float) -> Evidence | None:
        text = item.text
        start, end = clause_around(text, value.start, value.end)
        if start > 0 and _stands_alone(item, value, start, end):
            # A value standing alone between commas ("Amos Kiptanui, 27, won", "Solvik's
            # previous record, 1.9 million pounds, was set") belongs to the clause before.
            start = clause_around(text, start - 1, start - 1)[0]
        clause_text = text[start:end]
        clause = {t.stem: 1.0 for t in item.terms if start <= t.start < end}
        if ANAPHOR.search(clause_text):
            # A pronoun or "the two leaders" stands for names said before it.
            for stem in window:
                clause.setdefault(stem, self.thresholds.anaphor_weight)
            if item.prior is not None:
                for term in self.index.passages[item.prior].terms:
                    clause.setdefault(term.stem, self.thresholds.prior_weight)
        elif start > 0 and SUBJECTLESS.match(clause_text):
            # "Her rival, Tomas Berg, took 41.5 percent": a clause that starts with its verb
            # continues the subject named before it in the sentence.
            for term in item.terms:
                if term.start < start:
                    clause.setdefault(term.stem, self.thresholds.anaphor_weight)
        for name, carried in self._carried_names(item).items():
            clause.setdefault(name, carried)
        if checked.unit and value.unit and units_match(checked.unit, value.unit):
            # What the value counts is said by the value ("27" read as an age is in years).
            clause.setdefault(checked.unit, 1.0)
        if self._same_phase(item, checked, value):
            # "began Saturday" dates what the claim's "broke out on August 10" dates.
            for predicate in self.analysis.attached.get(checked, ()):
                clause.setdefault(predicate, 1.0)
        bonus_window, bonus_clause = self._context_value_bonus(parts, checked, start, end)
        clause_cov, clause_matched = self.coverage(clause, bonus_clause)
        window_cov, _ = self.coverage(window, bonus_window)
        weight = self.thresholds.clause_weight
        alignment = weight * clause_cov + (1 - weight) * max(window_cov, relevance)
        comparison = compare(checked, value)
        reasons = [
            f"{value.text} -> {value.normalized}: {value.explanation}",
            f"clause \"{clause_text.strip()}\" covers {clause_cov:.0%} of the claim's context "
            f"({self._words(item, clause_matched) or 'nothing'}); alignment {alignment:.2f}",
        ]
        return self._relation_for(item, checked, value, comparison, alignment, (start, end),
                                  reasons)

    def _relation_for(self, item: IndexedPassage, checked: Value, value: Value,
                      comparison: Comparison, alignment: float, clause: tuple[int, int],
                      reasons: list[str]) -> Evidence:
        t = self.thresholds
        if comparison is Comparison.AGREES and alignment >= t.support:
            relation = Relation.SUPPORTS
            reasons.append(f"{value.normalized} agrees with the claim's {checked.normalized}")
        elif (comparison is Comparison.DIFFERS and alignment >= t.conflict
              and self._same_measure(item, checked, value)):
            relation = Relation.CONFLICTS
            reasons.append(f"{value.normalized} differs from the claim's {checked.normalized}")
        else:
            relation = Relation.MENTIONS
            reasons.append(f"{value.normalized} {COMPARISON_PHRASE[comparison]} the claim's "
                           f"{checked.normalized}" + ("" if comparison in (
                               Comparison.CONSISTENT, Comparison.INCOMPARABLE)
                               else " but is not aligned enough with its fact to count"))
        if relation is not Relation.MENTIONS:
            why_not = self._why_not_decisive(item, checked, value, clause, relation)
            if why_not:
                reasons.append(f"but {why_not}: a mention")
                relation = Relation.MENTIONS
        return self._evidence(item, relation, alignment, value, checked, tuple(reasons))

    def _same_measure(self, item: IndexedPassage, checked: Value, value: Value) -> bool:
        """The two values count the same thing: their units say so; or one unit is missing
        or just "people", and the claim's own word for what it counts (its unit or verb, or a
        synonym) stands by the passage's value ("5,000 employees" / "employs 7,000 people",
        "33 deaths" / "killed 29 people")."""
        measured = comparable(checked, value)
        if measured is not None:
            return measured
        if checked.kind is not ValueKind.COUNT:
            return False  # a bare "61%" may be a share of anything
        if (checked.unit in GENERIC_UNITS and value.unit is not None
                and not both_count_people(checked, value)):
            return False  # "9,000 people" against "300 stores"
        return self._predicate_near(item, checked, value, people=True)

    def _why_not_decisive(self, item: IndexedPassage, checked: Value, value: Value,
                          clause: tuple[int, int], relation: Relation) -> str | None:
        """The first reason the value is not about the claim's fact, if there is one."""
        text = item.text
        checks: list[Callable[[], str | None]] = [
            lambda: ("it is the earlier value of a change (\"from ...\")"
                     if is_earlier_value(text, value) else None),
            lambda: ("one states a difference (\"N more than ...\"), the other an amount"
                     if is_difference(self.analysis.claim.text, checked)
                     != is_difference(text, value) else None),
            lambda: ("it counts an addition (\"N more\", \"another N\"), not the total"
                     if is_increment(text, value) else None),
            lambda: self._other_subject(item, clause),
            lambda: self._other_time(item, checked, value, clause),
            lambda: ("the statement is negated or hedged"
                     if self._negated(text[:clause[1]]) else None),
            lambda: ("it is what someone wants or makes a condition, not what happened"
                     if _wanted(text, clause, value) else None),
        ]
        if relation is Relation.SUPPORTS and self.analysis.past_event:
            # A plan that came true would be reported as such; a plan that differs from what
            # the claim says happened is still worth a look (a conflict).
            checks.append(lambda: ("it is what was scheduled, the claim what happened"
                                   if _scheduled(text, clause, value) else None))
        if relation is Relation.CONFLICTS:
            checks.append(lambda: ("it is said relative to the source's date and only to the "
                                   f"{value.precision}" if is_vague(value) else None))
            checks.append(lambda: self._different_event(item, checked, value))
            checks.append(lambda: self._subject_switched(item))
            checks.append(lambda: self._other_framing(item, checked))
        for check in checks:
            reason = check()
            if reason:
                return reason
        return None

    def _other_subject(self, item: IndexedPassage, clause: tuple[int, int]) -> str | None:
        """The passage is about someone else: the claim's names are nowhere near it, or the
        sentence up to its value names another subject ("Rival Nordmark Grocers reported")."""
        if not self.analysis.names:
            return None
        if not self._names_near(item):
            return (f"too few of the claim's names ({', '.join(sorted(self.analysis.names))}) "
                    f"are in the passage or the {self.thresholds.name_window} sentences before")
        clause = (0, clause[1])  # the clause and the clauses before it, where its subject is
        clause_text = item.text[clause[0]:clause[1]]
        clause_stems = {t.stem for t in item.terms if clause[0] <= t.start < clause[1]}
        who = {name for group in self.analysis.name_groups for name in group}
        if any(self._forms(name) & clause_stems for name in who):
            return None
        if ATTRIBUTION.search(clause_text):
            return None
        for name in _names_in(item.text, clause):
            if not any(self._known(stem_word(word)) for word in name.split()):
                return f'its clause is about "{name}", whom the claim does not name'
        return None

    def _names_near(self, item: IndexedPassage) -> bool:
        """Enough of the claim's names stand in the passage or the sentences before it.

        Names count by how rare they are: "Holdings" or "Council" alone, shared by many
        stories, does not make a passage about the claim's subject; the rare town name does.
        """
        context = set(item.stems) | set(self._carried_names(item))
        for before in self._before(item, self.thresholds.name_window):
            context.update(before.stems)
        total = found = 0.0
        for group in self.analysis.name_groups:
            weights = {name: self.name_idf(name) for name in group}
            weight = max(weights.values())
            total += weight
            # A part of the name as rare as the name stands for it ("Lind" for "Marta
            # Lind"); a common part ("Holdings") does not, unless the source named the whole
            # before and the part stands alone here ("Solvik was born": news names a
            # person or a firm in full once, then by one word).
            if any(w >= self.thresholds.name_part_share * weight
                   and self._forms(name) & context
                   for name, w in weights.items()) or self._short_form(item, group):
                found += weight
        return total == 0 or found >= self.thresholds.names_share * total

    def _short_form(self, item: IndexedPassage, group: tuple[str, ...]) -> bool:
        """A part of a name of several words stands alone in the passage (not inside
        another name: "Viul Holdings" is not "Danlin Holdings"), and the whole name stood
        in an earlier sentence of the same source."""
        if len(group) < 2:
            return False
        alone = False
        for number, stem_, _ in item.capitalised:
            if stem_ in group and not any(
                    other in (number - 1, number + 1) and other_stem not in group
                    for other, other_stem, _ in item.capitalised):
                alone = True
        if not alone:
            return False
        return any(all(self._forms(part) & earlier.stems for part in group)
                   for earlier in self._before(item, SOURCE_LOOKBACK))

    def name_idf(self, name: str) -> float:
        forms = self._forms(name)
        return max((self.index.idf[f] for f in forms if f in self.index.idf),
                   default=self.index.max_idf)

    def _forms(self, stem_: str) -> frozenset[str]:
        return self.expansions.get(stem_, frozenset({stem_}))

    def _known(self, stem_: str) -> bool:
        """Whether a word stands in the claim (or one of its aliases), spelling variants too."""
        return stem_ in self._known_forms

    def _unsaid(self, item: IndexedPassage) -> list[str]:
        """The claim's words for what it says (not names, not light verbs) that neither the
        sentence nor the few before it in its source say: "the study was led by Dr. Vik"
        after a paragraph on cycling is not the claim's walking study, however rare "Vik"."""
        said = set(item.stems)
        for before in self._before(item, self.thresholds.name_window):
            said.update(before.stems)
        return [word for word in sorted(self.analysis.predicates - LIGHT_VERBS)
                if word not in self.analysis.names
                and not (self._forms(word) | synonyms(word) | {word}) & said]

    def _same_phase(self, item: IndexedPassage, checked: Value, value: Value) -> bool:
        """Both dates say when something began (or ended, or resumed): "broke out", "began"
        and "started" date the same moment of an event, whatever the verb."""
        phase = self._claim_phases.get(checked)
        return phase is not None and phase == phase_of(item.text, value)

    def _known_or_synonym(self, stem_: str) -> bool:
        return self._known(stem_) or any(self._known(s) for s in synonyms(stem_))

    def _speaks_of_claim(self, text: str) -> bool:
        return any(self._known_or_synonym(term.stem) for term in terms(text))

    def _negated(self, text: str) -> bool:
        """Negated, or hedged where the claim is not ("is expected to close" supports a claim
        that itself says "is expected to"); quotations about something else left out."""
        text = _outside_quotes(text, self._speaks_of_claim)
        if NEGATION.search(text):
            return True
        return bool(HEDGE.search(text)) and not HEDGE.search(self.analysis.claim.text)

    def _other_framing(self, item: IndexedPassage, checked: Value) -> str | None:
        """The claim's other values, where the passage states them differently, show another
        event: a "second term on October 13" is not dated by a "third term on Sunday"."""
        for context in self.analysis.context_values(checked):
            if context.kind is ValueKind.DATE or comparable(context, context) is False:
                continue
            same_kind = [v for v in item.values if v.kind is context.kind
                         and comparable(context, v) is True]
            if same_kind and all(compare(context, v) is Comparison.DIFFERS for v in same_kind):
                return (f"it states {same_kind[0].text!r} where the claim says "
                        f"{context.text!r}: another event")
        return None

    def _other_time(self, item: IndexedPassage, checked: Value, value: Value,
                    clause: tuple[int, int]) -> str | None:
        """The passage's value belongs to another time than the claim's other dates."""
        # A claim's year-less date ("on Tuesday, August 13") still tells its day from another.
        stated = [v for v in self.analysis.context_values(checked)
                  if v.kind is ValueKind.DATE and (v.resolved or v.month_day is not None)]
        if not stated:
            return None
        dates = [v for v in item.values if v.kind is ValueKind.DATE and v.resolved
                 and v is not value and v.start < clause[1]]
        in_clause = [v for v in dates if v.start >= clause[0]]
        before = [v for v in dates if v.end <= clause[0]][-1:]
        event_dates = in_clause or before
        for original in stated:
            context = _as_label_year(self.analysis.claim.text, original)
            if event_dates:
                if all(compare(context, d) is Comparison.DIFFERS for d in event_dates):
                    return (f"it is dated {event_dates[0].normalized}, not "
                            f"{context.normalized} like the claim")
            elif context.resolved and item.published is not None:
                published = dt.date.fromordinal(int(item.published))
                if _days_apart(item.published, context) > self.thresholds.publication_window:
                    return (f"its source is dated {published}, far from the claim's "
                            f"{context.normalized}")
                # A source written before the claim's time began reports an earlier
                # occurrence ("16,900 runners finished", a year before the 2024 race).
                if (context is original and original.low is not None
                        and item.published < original.low):
                    return (f"its source is dated {published}, before the claim's "
                            f"{original.normalized}")
        return None

    def _different_event(self, item: IndexedPassage, checked: Value, value: Value) -> str | None:
        """Why a differing value belongs to another fact or event, if it does."""
        claim_phase = self._claim_phases.get(checked)
        passage_phase = phase_of(item.text, value)
        same_phase = claim_phase is not None and claim_phase == passage_phase
        both_differences = is_difference(self.analysis.claim.text, checked) and is_difference(
            item.text, value)  # "more than budgeted" and "over budget" say the same of it
        if not self._predicate_near(item, checked, value) and not same_phase \
                and not both_differences:
            wanted = ", ".join(sorted(self.analysis.attached.get(checked, ())))
            return f"no word for what the claim says happened ({wanted}) stands near it"
        if claim_phase and passage_phase and claim_phase != passage_phase:
            return (f"it dates when something {passage_phase}, the claim when it "
                    f"{claim_phase}")
        dated = _word_dated(item.text, value)
        if (dated is not None and not self._known_or_synonym(stem_word(dated))
                and not same_phase):
            return f'it dates the "{dated}", which the claim does not speak of'
        place = self._other_place(item)
        if place:
            return (f"it is about an event in {place}, not in "
                    f"{', '.join(self.analysis.places)}: a different event")
        side = _time_side(item.published, checked, value)
        if side:
            return side
        if self._recent_event_of_source(item, checked, value):
            return ("it dates an event near its source's publication, far from the claim's "
                    f"{checked.normalized}: another occurrence")
        return None

    def _predicate_near(self, item: IndexedPassage, checked: Value, value: Value,
                        people: bool = False) -> bool:
        """A word for what the claim's value is the value of stands near the passage's
        value, or is its unit. With ``people``, the claim's unit is such a word ("5,000
        employees" against "employs 7,000 people") and "people" is not."""
        attached = self.analysis.attached.get(checked, frozenset())
        if people:
            attached = (attached | {checked.unit or ""}) - GENERIC_UNITS - {""}
        elif not attached:
            return True
        forms = set().union(*(self.expansions.get(p, frozenset({p})) | synonyms(p)
                              for p in attached))
        if value.unit and not people:
            forms.add(value.unit)
        text = item.text
        modified = _noun_after_year(text, value)
        if modified is not None:
            # "a 1956 joint declaration": the year dates the declaration, nothing else.
            return modified in forms
        return any(
            t.stem in forms and token_distance(text, t.start, t.end, value.start, value.end)
            <= self.thresholds.predicate_distance
            for t in item.terms)

    def _recent_event_of_source(self, item: IndexedPassage, checked: Value,
                                value: Value) -> bool:
        """The source reports an event of its own days while the claim's date is far from
        them: the same kind of event, another time ("the strike began on February 23" in
        2019 against a claim of June 2025). A source recalling a past date is not this.
        Far means more than a year: a tunnel that opened four months after the year the
        claim gives it did not open that year (months apart is a wrong date, not another
        opening)."""
        if (checked.kind is not ValueKind.DATE or item.published is None or not value.resolved
                or not checked.resolved):
            return False
        window = self.thresholds.publication_window
        return (_days_apart(item.published, value) <= window
                and _days_apart(item.published, checked) > DAYS_IN_YEAR)

    def _other_place(self, item: IndexedPassage) -> str | None:
        if not self.analysis.places or not item.places:
            return None
        for place in item.places:
            if any(place == p or fuzz.ratio(place, p) >= self.thresholds.fuzzy_term
                   for p in self.analysis.places):
                return None
        return item.places[0]

    def _context_value_bonus(self, parts: Sequence[IndexedPassage], checked: Value,
                             start: int, end: int) -> tuple[float, float]:
        """The claim's other values, repeated by the passage, count as strong context."""
        weight = self.index.max_idf
        in_window = in_clause = 0.0
        for other in self.analysis.context_values(checked):
            for part in parts:
                for value in part.values:
                    if compare(other, value) is Comparison.AGREES:
                        in_window = max(in_window, weight)
                        inside = part is parts[-1] and start <= value.start < end
                        in_clause = max(in_clause, weight if inside else 0.0)
        return in_window, in_clause

    def _evidence(self, item: IndexedPassage, relation: Relation, score: float,
                  value: Value | None, checked: Value | None,
                  reasons: tuple[str, ...]) -> Evidence:
        return Evidence(item.source, item.line, item.column, relation, item.text,
                        round(score, 4), value, checked, reasons)


def is_vague(value: Value) -> bool:
    """Said relative to the source's date and coarser than a day ("last year", "in
    December"): enough to agree with, not to tell one event's date from another's."""
    return value.relative and value.precision != "day"


def _names_in(text: str, clause: tuple[int, int]) -> list[str]:
    """The names of several words in a clause that may be its subject: not the sentence's
    first word (capitalised whatever it is), not a place after a preposition ("in the hills
    above Carrow Ridge"), not the dateline the story was filed under."""
    start, end = clause
    dateline = DATELINE.match(text)
    if dateline and start < dateline.end():
        start = dateline.end()
    elif start == 0:
        first = re.match(r"\W*\w+", text)
        start = first.end() if first else 0
    return [m.group(0) for m in PROPER_NAME.finditer(text, start, end)
            if not PLACE_BEFORE.search(text, 0, m.start())]


def phase_of(text: str, value: Value) -> str | None:
    """Which phase of an event the value's clause dates: "began", "ended" or "resumed"
    ("stopped work on June 2" against "went back to work on June 11": one strike, two
    dates, no disagreement)."""
    start, end = clause_around(text, value.start, value.end)
    found = [(min(abs(m.start() - value.start), abs(m.end() - value.end)), phase)
             for phase, pattern in PHASES for m in pattern.finditer(text, start, end)]
    return min(found)[1] if found else None


def _as_label_year(text: str, value: Value) -> Value:
    """A year that labels a thing ("the 2025 budget", "Kessia's 2023 election") dates it
    only roughly: a 2025 budget is voted in 2024, a season spans two years. Widened by a
    year on each side; any other date as it is, and the year of a named event too."""
    if (value.low is None or value.high is None or _noun_after_year(text, value) is None
            or text[value.end:].lstrip()[:1].isupper()):
        return value  # a named event's year ("the 2024 Lindholm Marathon") is its year
    return dataclasses.replace(value, low=value.low - DAYS_IN_YEAR,
                               high=value.high + DAYS_IN_YEAR)


def is_earlier_value(text: str, value: Value) -> bool:
    """The value is where a change started ("down from 68%", "rose to $1.8 billion from
    $1.6 billion"): not what the sentence says the thing is now."""
    if not EARLIER_VALUE.search(text[:value.start]):
        return False
    return bool(CHANGE_WORD.search(text))


def is_difference(text: str, value: Value) -> bool:
    """The value is by how much something exceeds or falls short of another ("90 million
    euros more than budgeted", "190 million over budget"), not the amount itself."""
    return value.kind is not ValueKind.DATE and bool(DIFFERENCE.match(text, value.end))


def is_increment(text: str, value: Value) -> bool:
    """The value counts what was added ("two more people died", "another 300 troops")."""
    return bool(INCREMENT_AFTER.match(text, value.end)
                or INCREMENT_BEFORE.search(text[:value.start]))


def _word_dated(text: str, value: Value) -> str | None:
    """The common word a date is the date of by a preposition ("independence in 1991", "the
    visit on May 3"), if there is one; None when a name stands there ("Crimea in 2014")."""
    if value.kind is not ValueKind.DATE:
        return None
    before = DATED_WORD.search(text[:value.start])
    if before is None or not before.group(1)[:1].islower():
        return None
    # "opened to traffic on Monday": a word after a preposition is the verb's complement;
    # the date is the verb's, not the traffic's.
    if AFTER_PREPOSITION.search(text, 0, before.start(1)):
        return None
    return before.group(1)


def names_an_event(item: IndexedPassage, value: Value) -> bool:
    """The date picks out which event the sentence means ("the 2019 election", "Sunday's
    vote") rather than stating when something happened."""
    if value.kind is not ValueKind.DATE:
        return False
    after = item.text[value.end:value.end + 2]
    return after in ("'s", "’s") or _noun_after_year(item.text, value) is not None


def _days_apart(day: float, value: Value) -> float:
    assert value.low is not None and value.high is not None
    if value.low <= day <= value.high:
        return 0.0
    return min(abs(day - value.low), abs(day - value.high))


def _noun_after_year(text: str, value: Value) -> str | None:
    """The stem of the word a year stands before as an adjective ("the 2019 election"), if
    the year is used that way."""
    if value.kind is not ValueKind.DATE or value.precision != "year":
        return None
    following = WORD_AFTER.match(text, value.end)
    return content_stem(following.group(1)) if following else None


def _time_side(published: float | None, checked: Value, value: Value) -> str | None:
    """A source describing a past event cannot date an event still ahead of it, and back."""
    if (published is None or checked.kind is not ValueKind.DATE or checked.low is None
            or checked.high is None or value.low is None or value.high is None):
        return None
    # An event on the source's own date has happened by then: a date the source still
    # looks forward to is another event.
    claim_ahead, value_ahead = checked.low > published, value.low > published
    claim_behind, value_behind = checked.high <= published, value.high <= published
    if (claim_ahead and value_behind) or (claim_behind and value_ahead):
        return ("the source was published between the two dates, so it describes another "
                "occurrence, not this one")
    return None


def _rank(evidence: Evidence) -> tuple[int, float]:
    """Support beats conflict beats mention for one claim value, then alignment.

    A passage that states the claim's value where the claim's fact is keeps its other
    values of that kind for other facts ("agreed Friday to meet on Dec. 15").
    """
    order = {Relation.MENTIONS: 0, Relation.CONFLICTS: 1, Relation.SUPPORTS: 2}
    return order[evidence.relation], evidence.score


def _stands_alone(item: IndexedPassage, value: Value, start: int, end: int) -> bool:
    """The clause holds the value and nothing else but the word for what it counts."""
    return all(term.stem == value.unit or term.stem in CURRENCY_WORDS
               or value.start <= term.start < value.end
               for term in item.terms if start <= term.start < end)


def _scheduled(text: str, clause: tuple[int, int], value: Value) -> bool:
    """A schedule governs the value: "is due to open in 2022", but not "is due to open in
    2022 and is budgeted at 80 million" (after "and", another verb has the value)."""
    start = max(clause[0], text.rfind(" and ", clause[0], value.start) + 1)
    return bool(SCHEDULED.search(text, start, value.start))


def _wanted(text: str, clause: tuple[int, int], value: Value) -> bool:
    # The clause's own opening word ("unless") ends the break before it: look a word back.
    return bool(WANTED.search(text[max(0, clause[0] - len("unless ")):value.start]))


def _outside_quotes(text: str, wanted: Callable[[str], bool]) -> str:
    """The text less the quotations that hold none of the claim's words: a speaker's "no one
    else can match" says nothing about the fact the sentence reports around it."""
    return QUOTED.sub(lambda m: m.group(0) if wanted(m.group(0)) else " ", text)


def relate_claim(analysis: ClaimAnalysis, index: CorpusIndex,
                 thresholds: Thresholds = DEFAULT_THRESHOLDS) -> tuple[Evidence, ...]:
    """Every passage's evidence for one claim."""
    matcher = Matcher(analysis, index, thresholds)
    found = [(position, matcher.relate(position)) for position in matcher.candidates()]
    related = [(position, e) for position, e in found if e is not None]
    return tuple(_anchored_in_time(analysis, index, related, thresholds))


def _anchored_in_time(analysis: ClaimAnalysis, index: CorpusIndex,
                      related: list[tuple[int, Evidence]],
                      thresholds: Thresholds) -> Iterable[Evidence]:
    """A claim that tells of a past event and gives no date is about the occurrence its
    supporting sources report: a different value from a source published far from all of
    them (last year's strike, the previous election) is another occurrence's, a mention. A
    claim about a state ("employs 14,000 people") is compared with every source: an outdated
    figure stays a conflict, which an editor wants to see."""
    days = sorted({published for position, e in related if e.relation is Relation.SUPPORTS
                   and (published := index.passages[position].published) is not None})
    if not days or not analysis.past_event or any(
            v.kind is ValueKind.DATE for v in analysis.values):
        return (e for _, e in related)
    window = thresholds.publication_window
    anchored = []
    for position, evidence in related:
        published = index.passages[position].published
        if (evidence.relation is Relation.CONFLICTS and published is not None
                and all(abs(published - day) > window for day in days)):
            when = dt.date.fromordinal(int(published))
            evidence = dataclasses.replace(evidence, relation=Relation.MENTIONS, reasons=(
                *evidence.reasons, f"but its source ({when}) is far from every source that "
                f"supports the claim: another occurrence, a mention"))
        anchored.append(evidence)
    return anchored
