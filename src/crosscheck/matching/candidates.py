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
    """The passages most about the claim, and the sentences that continue them.

    Rare words (names) dominate the score, so the passages about the claim's subject come
    first.
    """
    index, thresholds = ctx.index, ctx.thresholds
    passages = index.passages
    limit = max(thresholds.candidates, len(passages) // 100)
    pool: set[int] = set()
    # Rare words (names) bring candidates in; a word in more than `limit` passages only
    # scores the candidates the rare ones found, unless the claim has no rare word.
    for stem in sorted(ctx.expansions, key=lambda s: (-ctx.term_idf[s], s)):
        postings = [index.postings[f] for f in ctx.expansions[stem] if f in index.postings]
        # Sized before any set is built: the common word that ends the loop may stand in
        # half a million passages.
        if pool and sum(map(len, postings)) > limit:
            break
        pool = pool.union(*postings)
    scores = {position: overlap(ctx, passages[position].stems) for position in pool}
    best = heapq.nlargest(thresholds.candidates, scores.items(),
                          key=lambda item: (item[1], -item[0]))
    hits = {position for position, _ in best}
    return sorted(hits | followers(ctx, hits))


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
