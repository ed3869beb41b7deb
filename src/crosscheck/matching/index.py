"""The corpus side of matching: every passage, its stems and an inverted index.

Sources are split and tokenised once (``prepare_source``, in worker processes for large
corpora); ``build_index`` turns them into ``IndexedPassage`` objects, postings per stem and
the words' IDF. A claim's words are expanded to the corpus's spellings of them (Sergei /
Sergey) here too, cached on the index.
"""

from __future__ import annotations

import math
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from crosscheck.analysis import CorpusWords
from crosscheck.lexicon.patterns import CONTINUES, PLACE_BEFORE
from crosscheck.lexicon.stems import stem as stem_word
from crosscheck.matching.grammar import DATELINE
from crosscheck.model import Passage, Source, Value, ValueKind
from crosscheck.passages import split_passages
from crosscheck.text import (
    NOT_PLACES,
    WORD,
    Term,
    capitalised_after_preposition,
    content_stem,
    terms,
)
from crosscheck.thresholds import Thresholds
from crosscheck.values import Reference, extract_values

CALENDAR = NOT_PLACES | {stem_word(word) for word in NOT_PLACES}


def _place_before(text: str, start: int) -> bool:
    """A preposition of place ends the text before ``start`` ("in the", "near"). Searched
    in the few characters before it only: from the sentence's start, each capitalised word
    of a long sentence cost a scan of all the text before it."""
    return PLACE_BEFORE.search(text, max(0, start - PLACE_LOOKBACK), start) is not None


PLACE_LOOKBACK = 40  # characters: the longest preposition, "the" and the spaces between


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
                place = term.start < filed_at or _place_before(text, term.start) or bool(
                    found and found[-1][2] and found[-1][0] == number - 1
                    and not text[self.terms[number - 1].end:term.start].strip())
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
    starts: Mapping[str, int] = field(default_factory=dict)
    """Source path -> the position of its first passage (a source's passages are adjacent)."""
    source_words: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Source path -> the stems it writes in lower case and those it capitalises inside a
    sentence, each joined by spaces: how that source writes its words."""

    def source_passages(self, item: IndexedPassage) -> Sequence[IndexedPassage]:
        """Every passage of the passage's source, in order."""
        first = self.starts[item.source]
        last = first
        while last < len(self.passages) and self.passages[last].source == item.source:
            last += 1
        return self.passages[first:last]

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
    starts: dict[str, int] = {}
    sources = list(sources)
    ready = prepared if prepared is not None else [prepare_source(s) for s in sources]
    for source, prepared_source in zip(sources, ready, strict=True):
        reference = (Reference(source.published, source.published_origin or "metadata")
                     if source.published else None)
        first = starts[source.path] = len(indexed)
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
                       proper=proper, starts=starts,
                       source_words={p.path: (p.common, p.proper) for p in ready})


def expand(stem: str, index: CorpusIndex, thresholds: Thresholds) -> frozenset[str]:
    """The corpus stems a claim stem matches: itself and close spellings of it."""
    cached = index.expansion_cache.get(stem)
    if cached is None:
        cached = index.expansion_cache[stem] = _spellings(stem, index, thresholds)
    return cached


def _spellings(stem: str, index: CorpusIndex, thresholds: Thresholds) -> frozenset[str]:
    found = {stem}  # the word itself, whether or not the corpus has it: credits name it
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
