"""Pipeline stage: claims x passages -> Evidence (supports / conflicts / mentions).

Candidate passages come from an inverted index of content terms (fuzzy-expanded with rapidfuzz
so "Sergei" finds "Sergey"). Each candidate is scored by how much of the claim's context it
covers, weighted by how informative each term is across the corpus (IDF). A passage value
decides a relation only when it is *aligned* with the claim: its own clause, not just its
sentence, must be about the claim's fact. Supports need less alignment than conflicts because
an equal value is itself evidence of the same fact, while a different one is evidence of
nothing until the context says it is the same fact.

The package, in the order a claim goes through it:

- ``index``: passages, their stems, postings and IDF (built once per corpus);
- ``context``: the claim's words as the corpus spells them, coverage (once per claim);
- ``candidates``: the passages worth relating in full;
- ``reading``: whom a passage names and is still about, in its source;
- ``alignment``: a passage's window and a value's clause, credited, and their alignment;
- ``relation``: supports / conflicts / mentions, asking the rules;
- ``grammar``: pure readings of a sentence around a value;
- ``rules``: one module per mechanism, each with an id (``crosscheck rules``).
"""

from __future__ import annotations

from crosscheck.matching.grammar import (
    as_label_year,
    is_difference,
    is_earlier_value,
    is_increment,
    is_vague,
    is_when_said,
    names_an_event,
    phase_of,
)
from crosscheck.matching.index import (
    CorpusIndex,
    IndexedPassage,
    PreparedSource,
    build_index,
    prepare_source,
)
from crosscheck.matching.relation import Matcher, relate_claim
from crosscheck.thresholds import DEFAULT_THRESHOLDS, Thresholds

__all__ = [
    "DEFAULT_THRESHOLDS", "CorpusIndex", "IndexedPassage", "Matcher", "PreparedSource",
    "Thresholds", "as_label_year", "build_index", "is_difference", "is_earlier_value",
    "is_increment", "is_vague", "is_when_said", "names_an_event", "phase_of", "prepare_source",
    "relate_claim",
]
