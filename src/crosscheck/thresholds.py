"""Every number that decides a relation, in one place, each with where its value comes from.

Matching reads them from the ``Thresholds`` it is given (``CheckConfig.thresholds``); value
reading and comparison, which run before any configuration is at hand, read the defaults.
The lock's fingerprint covers them (``crosscheck.lock.settings_fingerprint``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    """The three relation thresholds were chosen on the labelled quality set (`python
    bench/eval_quality.py`; conflict from a 0.40-0.65 sweep); the rest are reading rules
    whose effect the same script shows."""

    mention: float = 0.5  # share of the claim's context a passage covers to be a mention
    support: float = 0.45  # alignment an equal value needs to support
    conflict: float = 0.55  # alignment a different value needs to conflict
    # Coverage that supports a claim stating no value: 0.65 against 0.85 on the real-news
    # development set: status 0.593 -> 0.605, supports precision 0.887 -> 0.889; written sets
    # equal or better (0.60 read the same on both development sets; the higher was kept).
    valueless_support: float = 0.65
    # Share of a claim's own words (by weight) a passage may leave out and still support it
    # when the claim states no value (the unsaid rule).
    unsaid_share: float = 0.25
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
    candidates: int = 60  # scan: a statement's passages related in full, best first
    # Share of the claim's weight a passage holding one of its names must hold to be related
    # in full (the sentences that continue it, and those of its source saying what the
    # claim's value counts, come with it). 0.15 against 0.25 on the real-news development
    # set: supports recall 0.523 against 0.503, the rest the same.
    candidate_share: float = 0.15
    publication_window: int = 90  # days: a source describes events this near its date
    # Sentences back a dropped subject is looked for, named or not: about a news paragraph
    # or two, which is as far as a subject is carried without being named again.
    carry_limit: int = 12
    # Sentences back a name's first, full mention is looked for ("Solvik" after "Solvik
    # Auctions"): about a short article's length.
    source_lookback: int = 40
    # Days: an event of a source's own days is another occurrence only when the claim's date
    # is more than a year away (held-out round 6: a bridge that opened four months after the
    # year a claim gives it did not open that year; months apart is a wrong date).
    other_occurrence_days: int = 366
    # Days a year that labels a thing ("the 2025 budget") is widened by on each side.
    label_year_days: int = 366
    # Words: in a source's own sentence read as a statement (scan), names this much farther
    # from the value than the nearest name are still its subject.
    near_name_slack: int = 4
    # Share of its IDF a claim word counts for when it is neither a name nor what the value
    # is the value of: an editor's description the source may word otherwise.
    periphery_weight: float = 0.7
    # Sentences at the top of a source (headline, dateline, lede) that establish its event.
    frame_sentences: int = 3
    # Weight of the words of a source's opening sentences in every later sentence of it.
    frame_weight: float = 0.5
    # rapidfuzz ratio above which two unit words are one unit ("resident"/"residents").
    unit_similarity: float = 85.0
    # "about 40" is read as 40 +/- 10%: AP-style rounding of estimates.
    approximation: float = 0.10


DEFAULT_THRESHOLDS = Thresholds()
