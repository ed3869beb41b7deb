"""The claim side of matching: a claim's words as the corpus spells them, and their weights.

Built once per claim against an index: each claim word's spellings in the corpus (Sergei /
Sergey), its synonyms, the phase of an event each checked date is, and each word's IDF. The
coverage of a passage (the IDF-weighted share of the claim's context it holds) is computed
here; everything that reads a passage against the claim starts from this object.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence

from crosscheck.analysis import ClaimAnalysis
from crosscheck.lexicon import background
from crosscheck.lexicon.patterns import PHASES
from crosscheck.lexicon.synonyms import demonyms, synonyms
from crosscheck.lexicon.wordnet import is_dictionary_word
from crosscheck.lexicon.words import LIGHT_VERBS, STOPWORDS
from crosscheck.matching.grammar import phase_of
from crosscheck.matching.index import CorpusIndex, IndexedPassage, expand
from crosscheck.text import terms
from crosscheck.thresholds import DEFAULT_THRESHOLDS, Thresholds


def core_words(analysis: ClaimAnalysis) -> frozenset[str] | None:
    """The claim's names and places, and what its checked values are the values of (their
    nearest predicates and units); None for a claim with no value (all its words are core)."""
    if not analysis.checked or analysis.context is not None:
        return None  # a source's own statement (scan) is all core
    return frozenset().union(analysis.names, analysis.places, analysis.core,
                             {value.unit for value in analysis.checked if value.unit})


# Zipf 5 is about "court" or "unit": a name this common ("Center", "Holdings", "United")
# says little of whom a sentence is about.
COMMON_NAME_ZIPF = 5.0


class ClaimContext:
    """One claim read against one index: what every stage of matching looks words up in."""

    def __init__(self, analysis: ClaimAnalysis, index: CorpusIndex,
                 thresholds: Thresholds = DEFAULT_THRESHOLDS, trace: bool = False) -> None:
        self.analysis = analysis
        self.index = index
        self.thresholds = thresholds
        self.trace = trace
        """Run every rule and keep every reason (for `crosscheck explain`), not just the first."""
        # A name spelled as the claim spells it is that name; a near spelling elsewhere in
        # a large corpus is more often another person or town than a variant, so names use
        # variants (Sergei/Sergey) only when the corpus never spells them the claim's way.
        # A claim word's spellings (annexed / annexation) are found in the corpus's
        # vocabulary, but count only where a source writes them: what other files hold
        # changes nothing. A name is spelled as the claim spells it (a near spelling in a
        # large corpus is more often another person or town); a part of a name of several
        # words may be spelled otherwise when another part is exact (name_variants).
        self.expansions = {
            stem: (frozenset({stem}) if stem in analysis.names
                   else expand(stem, index, thresholds))
            # "Japanese" for "Japan": one name said as a place or as its people's adjective.
            | frozenset(f for f in demonyms(stem) if f in index.postings)
            for phrasing in analysis.phrasings for stem in phrasing}
        # Words for what happened may be said with another word ("talks" for "meet").
        self.synonym_forms = {
            stem: synonyms(stem) for phrasing in analysis.phrasings for stem in phrasing
            if stem not in analysis.names and synonyms(stem)}
        # ... unless the rest of the name is there: "Sergey Ivanov" is "Sergei Ivanov".
        self.name_variants = {
            stem: expand(stem, index, thresholds) - {stem}
            for group in analysis.name_groups if len(group) > 1 for stem in group}
        self.carried: dict[int, dict[str, float]] = {}
        self.naming: dict[int, bool] = {}
        """id of a passage -> whether it names someone the claim does not (see reading)."""
        self._frames: dict[tuple[str, int], frozenset[str]] = {}
        self._words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        """Per passage (by id): the claim's names it inherits from the sentences before."""
        # Which phase of an event each checked date is (began, ended, resumed: "broke
        # out"); and the claim's words for it, with the pattern that finds the same phase
        # said any other way ("began", "started").
        self.claim_phases = {checked: phase_of(analysis.claim.text, checked)
                             for checked in analysis.checked}
        self.phases: dict[str, re.Pattern[str]] = {
            predicate: dict(PHASES)[phase] for checked, phase in self.claim_phases.items()
            if phase for predicate in analysis.attached.get(checked, ())}
        # The corpus's spellings of the claim's names and places: who and where it is about.
        self.name_forms = frozenset().union(*(
            self.forms(stem) | {stem} for stem in (*analysis.names, *analysis.places)))
        self.claim_stems = frozenset(stem for phrasing in analysis.phrasings
                                     for stem in phrasing)
        self.known_forms = frozenset().union(
            analysis.names, *(self.forms(term) for phrasing in analysis.phrasings
                              for term in phrasing))
        # How informative a claim word is comes from a fixed background, not the corpus:
        # a claim's relation to one source must not move with the other files present.
        # The words that say whom the value is about and what it counts are its core; the
        # rest describe (an editor's "free agent", "covering") and count for less, since
        # the source may put them otherwise or leave them out.
        core = core_words(analysis)
        self.term_idf = {stem: self._weight(stem)
                         * (thresholds.light_verb_weight if stem in LIGHT_VERBS else 1.0)
                         * (1.0 if core is None or stem in core
                            else thresholds.periphery_weight)
                         for stem in self.expansions}

    @property
    def claim_weight(self) -> float:
        """The weight of the claim's own phrasing (its first): what a passage's share of it
        is measured against when choosing candidates."""
        return sum(self.idf(stem) for stem in self.analysis.phrasings[0])

    @functools.cached_property
    def core_predicates(self) -> frozenset[str]:
        """The corpus's forms of what the claim's values count (their nearest predicates,
        units and synonyms of them), names left out."""
        words = set().union(*(self.analysis.attached.get(value, frozenset())
                              for value in self.analysis.checked))
        words |= {value.unit for value in self.analysis.checked if value.unit}
        words -= self.analysis.names
        return frozenset().union(*(self.forms(w) | synonyms(w) | {w} for w in words))

    def frame(self, item: IndexedPassage) -> frozenset[str]:
        """The stems of the opening sentences of the passage's source (headline, dateline,
        lede), but for the passage itself: what establishes the event the rest of it
        reports, and the lede's too (its names often follow it: "took 23 into custody.
        Responding to a distress call by MV Gibe, INS Mysore ..."), unless it names a
        person or place the claim does not ("An earlier flood forced 1,200 from Marlow")."""
        if self.analysis.context is not None:
            return frozenset()  # a source's own statement (scan) is read from its sentences
        opening = self.thresholds.frame_sentences
        inside = item.number if item.number < opening else -1
        key = (item.source, inside)
        found = self._frames.get(key)
        if found is None:
            passages = self.index.source_passages(item)
            found = frozenset().union(*(p.stems for p in passages[:min(item.number, opening)]))
            if inside >= 0 and not self._names_elsewhere(item):
                found |= frozenset().union(*(p.stems for p in passages[inside + 1:opening]))
            self._frames[key] = found
        return found

    def names_someone_else(self, item: IndexedPassage) -> bool:
        """The sentence names a person or body the claim does not: a capitalised word
        inside it, or a first word the corpus only ever capitalises. Where it happened ("in
        the village of Tolo") does not change whom it is about."""
        found = self.naming.get(id(item))
        if found is None:
            found = self.naming[id(item)] = any(
                not place and not self.known(stem)
                and (number > 0 or self.is_name_at_start(item, number))
                for number, stem, place in item.capitalised)
        return found

    def _names_elsewhere(self, item: IndexedPassage) -> bool:
        """The sentence sets its event elsewhere or on someone else: a place after "in",
        "at", "from" ... ("forced 1,200 from their homes in Marlow"), or a person's first
        and last name ("Tara Reid"), that the claim does not name. Names that only qualify
        ("the suburban Detroit accounting firm") and acronyms ("7:40 PM ET") do not."""
        unknown = {number: place for number, stem, place in item.capitalised
                   if not self.known(stem) and not self._is_word(item, number)}
        return any(place or (number + 1 in unknown and not unknown[number + 1])
                   for number, place in unknown.items())

    def _is_word(self, item: IndexedPassage, number: int) -> bool:
        """The capitalised term is an English word or an acronym, or opens the sentence
        without being a name."""
        term = item.terms[number]
        written = item.text[term.start:term.end]
        return written.isupper() or is_dictionary_word(written) or (
            number == 0 and not self.is_name_at_start(item, number))

    def is_name_at_start(self, item: IndexedPassage, number: int) -> bool:
        """Whether the capitalised word opening a sentence (term ``number`` 0) is a name: its
        source capitalises it inside sentences and never writes it in lower case, or it is
        no English word at all ("Ferro"). Read from the source alone, never the corpus."""
        term = item.terms[number]
        common, proper = self._source_words(item.source)
        if term.stem in proper and term.stem not in common:
            return True
        written = item.text[term.start:term.end]
        return not is_dictionary_word(written) and written.lower() not in STOPWORDS

    def _source_words(self, source: str) -> tuple[frozenset[str], frozenset[str]]:
        found = self._words.get(source)
        if found is None:
            common, proper = self.index.source_words.get(source, ("", ""))
            found = self._words[source] = (frozenset(common.split()),
                                           frozenset(proper.split()))
        return found

    def forms(self, stem: str) -> frozenset[str]:
        """The corpus's spellings of a claim word (the word itself when it has none)."""
        return self.expansions.get(stem, frozenset({stem}))

    def known(self, stem: str) -> bool:
        """Whether a word stands in the claim (or one of its aliases), spelling variants too."""
        return stem in self.known_forms

    def known_or_synonym(self, stem: str) -> bool:
        return self.known(stem) or any(self.known(s) for s in synonyms(stem))

    def speaks_of_claim(self, text: str) -> bool:
        """The text holds one of the claim's words (or a synonym of one)."""
        return any(self.known_or_synonym(term.stem) for term in terms(text))

    def says_what_claim_says(self, item: IndexedPassage) -> bool:
        """The sentence holds one of the claim's words for what happened (or a synonym)."""
        return any((self.forms(word) | synonyms(word)) & item.stems
                   for word in self.analysis.predicates)

    def _weight(self, stem: str) -> float:
        """How informative a word is: from a fixed background of English for a claim (its
        relation to a source must not move with the other files present); from the corpus
        for a source's own statement (scan looks for what sets sources apart)."""
        if self.analysis.context is None:
            return background.weight(stem)
        index = self.index
        return max((index.idf[f] for f in self.forms(stem) if f in index.idf),
                   default=index.max_idf)

    def idf(self, stem: str) -> float:
        return self.term_idf.get(stem, background.MAX_WEIGHT)

    def name_idf(self, name: str) -> float:
        return self._weight(name)

    def holds(self, item: IndexedPassage, stem: str) -> bool:
        """The sentence itself holds the claim word (a spelling variant or synonym of it, or
        for a word of when something began, another word for that)."""
        phase = self.phases.get(stem)
        return bool((self.forms(stem) | self.synonym_forms.get(stem, frozenset()))
                    & item.stems) or (phase is not None and bool(phase.search(item.text)))

    def words(self, item: IndexedPassage, matched: Sequence[str]) -> str:
        """The claim words a passage was credited with, those it does not hold itself marked
        as read from the sentences before it (a reader checks the quote against this)."""
        own = [m for m in matched if self.holds(item, m)]
        before = [m for m in matched if not self.holds(item, m)]
        parts = [", ".join(own)] if own else []
        if before:
            parts.append(f"from the sentences before: {', '.join(before)}")
        return "; ".join(parts)

    def coverage(self, weights: Mapping[str, float],
                 bonus: float = 0.0) -> tuple[float, tuple[str, ...]]:
        """Best IDF-weighted share of a phrasing's terms present (with their weights)."""
        weights = self._with_name_variants(weights)
        best = 0.0
        best_matched: tuple[str, ...] = ()
        for phrasing in self.analysis.phrasings:
            total = bonus + sum(self.idf(s) for s in phrasing)
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
                    got += weight * self.idf(stem)
                    matched.append(stem)
            share = got / total if total else 0.0
            if share > best:
                best, best_matched = share, tuple(matched)
        return best, best_matched

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

    def credits_claim(self, stems: Iterable[str]) -> bool:
        """Whether any of these stems is one of the claim's words (a spelling variant or
        synonym of one): what makes crediting them change a coverage."""
        return any(self.known(s) or s in self.claim_stems
                   or any(s in forms for forms in self.synonym_forms.values()) for s in stems)
