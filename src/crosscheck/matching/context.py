"""The claim side of matching: a claim's words as the corpus spells them, and their weights.

Built once per claim against an index: each claim word's spellings in the corpus (Sergei /
Sergey), its synonyms, the phase of an event each checked date is, and each word's IDF. The
coverage of a passage (the IDF-weighted share of the claim's context it holds) is computed
here; everything that reads a passage against the claim starts from this object.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from crosscheck.analysis import ClaimAnalysis
from crosscheck.lexicon.patterns import PHASES
from crosscheck.lexicon.synonyms import synonyms
from crosscheck.lexicon.words import LIGHT_VERBS
from crosscheck.matching.grammar import phase_of
from crosscheck.matching.index import CorpusIndex, IndexedPassage, expand
from crosscheck.text import terms
from crosscheck.thresholds import DEFAULT_THRESHOLDS, Thresholds


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
        self.expansions = {
            stem: (frozenset({stem}) if stem in analysis.names and stem in index.postings
                   else expand(stem, index, thresholds))
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
        """Per passage (by id): the claim's names it inherits from the sentences before."""
        # Which phase of an event each checked date is (began, ended, resumed: "broke
        # out"); and the claim's words for it, with the pattern that finds the same phase
        # said any other way ("began", "started").
        self.claim_phases = {checked: phase_of(analysis.claim.text, checked)
                             for checked in analysis.checked}
        self.phases: dict[str, re.Pattern[str]] = {
            predicate: dict(PHASES)[phase] for checked, phase in self.claim_phases.items()
            if phase for predicate in analysis.attached.get(checked, ())}
        self.known_forms = frozenset().union(
            analysis.names, *(self.forms(term) for phrasing in analysis.phrasings
                              for term in phrasing))
        # A claim word the corpus never uses is as informative as the rarest word there is.
        self.term_idf = {stem: max((index.idf[f] for f in forms), default=index.max_idf)
                         * (thresholds.light_verb_weight if stem in LIGHT_VERBS else 1.0)
                         for stem, forms in self.expansions.items()}

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

    def idf(self, stem: str) -> float:
        return self.term_idf.get(stem, self.index.max_idf)

    def name_idf(self, name: str) -> float:
        forms = self.forms(name)
        return max((self.index.idf[f] for f in forms if f in self.index.idf),
                   default=self.index.max_idf)

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
        return any(self.known(s) or any(s in forms for forms in self.synonym_forms.values())
                   for s in stems)
