"""Candidate retrieval: the few passages of a corpus worth relating to a claim in full.

Each passage scores the IDF of the claim words it holds (a spelling variant a little less);
only the best ``Thresholds.candidates`` are related, with the sentences that continue them,
so the work grows with what is relevant, not with the corpus.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from crosscheck.matching.context import ClaimContext
from crosscheck.matching.reading import names_someone_else


def candidates(ctx: ClaimContext) -> list[int]:
    """The passages worth relating to the claim: those that hold enough of its words, the
    sentences that continue them, and in their sources the sentences that say what the
    claim's value counts.

    Whether a passage is a candidate depends on the claim and the passage's own source
    only (never on the other files present): it must hold one of the claim's anchors (a
    name, or a word rare in English) and words of the claim worth ``candidate_share`` of
    its weight.
    """
    if ctx.analysis.context is not None:
        return _best(ctx)  # a source's own statement (scan): the few best, corpus-wide
    index, thresholds = ctx.index, ctx.thresholds
    anchors = [stem for stem in ctx.expansions
               if stem in ctx.analysis.names or ctx.term_idf[stem] >= thresholds.anchor_weight]
    pool: set[int] = set()
    for stem in sorted(anchors or ctx.expansions):
        pool.update(*(index.postings[f] for f in ctx.expansions[stem] if f in index.postings))
    floor = thresholds.candidate_share * ctx.claim_weight
    passages = index.passages
    hits = {position for position in pool if overlap(ctx, passages[position].stems) >= floor}
    return sorted(hits | followers(ctx, hits) | _saying_what_it_counts(ctx, hits))


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
    count ("Police said two other victims were wounded": the event is named at the top)."""
    words = ctx.core_predicates
    if not words:
        return set()
    found: set[int] = set()
    index = ctx.index
    for source in sorted({index.passages[position].source for position in hits}):
        first = index.starts[source]
        for offset, item in enumerate(index.source_passages(index.passages[first])):
            if words & item.stems:
                found.add(first + offset)
    return found


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
