"""Candidate retrieval: the few passages of a corpus worth relating to a claim in full.

Each passage scores the IDF of the claim words it holds (a spelling variant a little less);
only the best ``Thresholds.candidates`` are related, with the sentences that continue them,
so the work grows with what is relevant, not with the corpus.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from crosscheck.lexicon.background import zipf
from crosscheck.matching.context import COMMON_NAME_ZIPF, ClaimContext
from crosscheck.matching.index import IndexedPassage
from crosscheck.matching.reading import names_someone_else
from crosscheck.values.compare import comparable


def candidates(ctx: ClaimContext) -> list[int]:
    """The passages worth relating to the claim: those that hold enough of its words, the
    sentences that continue them, and in their sources the sentences that say what the
    claim's value counts.

    Whether a passage is a candidate depends on the claim and the passage's own source
    only (never on the other files present): it must hold one of the claim's anchors (a
    name, or lacking names its rarest words) and words of the claim worth
    ``candidate_share`` of its weight.
    """
    if ctx.analysis.context is not None:
        return _best(ctx)  # a source's own statement (scan): the few best, corpus-wide
    index, thresholds = ctx.index, ctx.thresholds
    pool: set[int] = set()
    for stem in _anchors(ctx):
        pool.update(*(index.postings[f] for f in ctx.expansions[stem] if f in index.postings))
    floor = thresholds.candidate_share * ctx.claim_weight
    passages = index.passages
    hits = {position for position in pool if overlap(ctx, passages[position].stems) >= floor}
    # A sentence that continues a hit but holds no value to compare could only mention
    # the claim, which the hit already does (a claim stating no value wants them all).
    continuing = {position for position in followers(ctx, hits) if not ctx.analysis.checked
                  or _holds_comparable(ctx, passages[position])}
    return sorted(hits | continuing | _saying_what_it_counts(ctx, hits))


def _anchors(ctx: ClaimContext) -> list[str]:
    """The claim words a candidate must hold one of: its names (whom and where it is about)
    that are not also common English words ("Nikka", not the "Holdings" of "Nikka
    Holdings"), or all its names when each is common ("Japan", "Russia"), or without names
    its ``ANCHOR_WORDS`` rarest words in English. Chosen from the claim and a fixed
    background, so a passage's candidacy never depends on the other files; few and rare,
    so that looking them up stays cheap in a corpus of a million passages."""
    names = sorted(stem for stem in ctx.expansions if stem in ctx.analysis.names)
    rare = [stem for stem in names if zipf(stem) < COMMON_NAME_ZIPF]
    if rare or names:
        return rare or names
    return sorted(ctx.expansions, key=lambda s: (-ctx.term_idf[s], s))[:ANCHOR_WORDS]


ANCHOR_WORDS = 2


def _best(ctx: ClaimContext) -> list[int]:
    """The ``Thresholds.candidates`` passages holding most of the statement's words (rare
    words first), and the sentences that continue them."""
    index, thresholds = ctx.index, ctx.thresholds
    passages = index.passages
    limit = max(thresholds.candidates, len(passages) // 100)
    pool: set[int] = set()
    # Rare words (names) bring candidates in; a word in more than `limit` passages only
    # scores the candidates the rare ones found, unless the statement has no rare word.
    for stem in sorted(ctx.expansions, key=lambda s: (-ctx.term_idf[s], s)):
        postings = [index.postings[f] for f in ctx.expansions[stem] if f in index.postings]
        if pool and sum(map(len, postings)) > limit:
            break
        pool = pool.union(*postings)
    scores = {position: overlap(ctx, passages[position].stems) for position in pool}
    best = heapq.nlargest(thresholds.candidates, scores.items(),
                          key=lambda item: (item[1], -item[0]))
    hits = {position for position, _ in best}
    return sorted(hits | followers(ctx, hits))


def _saying_what_it_counts(ctx: ClaimContext, hits: set[int]) -> set[int]:
    """In the sources of the hits, the sentences holding a word for what the claim's values
    count and a value that can be compared with one of them ("Police said two other victims
    were wounded": the event is named at the top). One without such a value could only
    mention the claim, and the hits already say where the source does."""
    words = ctx.core_predicates
    if not words:
        return set()
    found: set[int] = set()
    index = ctx.index
    near = _within_carry(ctx, hits)
    for source in sorted({index.passages[position].source for position in hits}):
        first = index.starts[source]
        framed = bool(ctx.frame(index.passages[first + len(index.source_passages(
            index.passages[first])) - 1]) & ctx.name_forms)
        for offset, item in enumerate(index.source_passages(index.passages[first])):
            if (framed or first + offset in near) and words & item.stems \
                    and _holds_comparable(ctx, item):
                found.add(first + offset)
    return found


def _within_carry(ctx: ClaimContext, hits: set[int]) -> set[int]:
    """The sentences a hit's names may be carried to (``carry_limit`` after it)."""
    return {position for hit in hits
            for position in range(hit + 1, hit + 1 + ctx.thresholds.carry_limit)}


def _holds_comparable(ctx: ClaimContext, item: IndexedPassage) -> bool:
    return any(comparable(checked, value) is not False for checked in ctx.analysis.checked
               for value in item.values_for(checked.kind))


def followers(ctx: ClaimContext, hits: Iterable[int]) -> set[int]:
    """The sentences after each hit that continue it: a pronoun refers back to it, or they
    name nobody and so are still about whom it names ("Net profit was $95 million.")."""
    passages = ctx.index.passages
    found: set[int] = set()
    for hit in hits:
        position = hit + 1
        for _ in range(ctx.thresholds.name_window):
            if position >= len(passages) or passages[position].prior != position - 1:
                break
            follower = passages[position]
            if follower.previous != position - 1 and names_someone_else(ctx, follower):
                break
            found.add(position)
            position += 1
    return found


def overlap(ctx: ClaimContext, stems: frozenset[str]) -> float:
    """IDF of the claim words a passage holds; a spelling variant counts a little less,
    so the passage that spells the name as the claim does ranks first."""
    score = 0.0
    for stem, forms in ctx.expansions.items():
        if stem in stems:
            score += ctx.term_idf[stem]
        elif forms & stems:
            score += ctx.thresholds.variant_weight * ctx.term_idf[stem]
    return score
