"""The registry of matching rules: every mechanism that decides a relation, by id.

Each rule is a module here with an ``ID``, a docstring that is its spec (the mechanism, an
example that fires and one that does not) and one check; ``crosscheck rules`` lists them and
every piece of evidence records the ids that decided it. Order matters: at each stage the
first demoting rule that fires gives the reason a passage is only a mention; credits apply in
order, none overriding a word an earlier one credited.
"""

from __future__ import annotations

from crosscheck.matching.rules import (
    age_of_person,
    anaphor,
    apposition,
    bound_measure,
    carried_names,
    compared,
    context_values,
    continued_sentence,
    dated_word,
    difference,
    earlier_value,
    event_frame,
    hedged,
    increment,
    names_absent,
    negated,
    no_predicate,
    other_framing,
    other_happening,
    other_kind,
    other_measure,
    other_namesake,
    other_occurrence,
    other_person,
    other_phase,
    other_place,
    other_subject,
    other_time,
    own_attribute,
    prior_sentence,
    quoted_aside,
    recent_occurrence,
    same_phase,
    scheduled,
    subject_switched,
    subjectless,
    time_side,
    unit_word,
    unsaid,
    vague_date,
    wanted,
    whole,
)
from crosscheck.matching.rules.base import (
    Case,
    ClauseCase,
    Credit,
    Credited,
    Rule,
    Stage,
)

# Rules that make a would-be support or conflict a mention, in the order they are asked.
DEMOTING: tuple[Rule, ...] = (
    earlier_value.RULE,
    difference.RULE,
    bound_measure.RULE,
    increment.RULE,
    whole.RULE,
    compared.RULE,
    other_kind.RULE,
    other_happening.RULE,
    names_absent.RULE,
    other_namesake.RULE,
    other_person.RULE,
    other_subject.RULE,
    other_time.RULE,
    negated.RULE,
    hedged.RULE,
    wanted.RULE,
    scheduled.RULE,
    vague_date.RULE,
    no_predicate.RULE,
    other_phase.RULE,
    dated_word.RULE,
    other_place.RULE,
    time_side.RULE,
    recent_occurrence.RULE,
    subject_switched.RULE,
    other_framing.RULE,
    unsaid.RULE,
    other_occurrence.RULE,
)
# Asked where two values differ and align, before the demoting rules: the same measure.
OTHER_MEASURE: Rule = other_measure.RULE
# Rules that explain why a rule above did not fire; they never demote.
EXPLAINING: tuple[Rule, ...] = (quoted_aside.RULE,)
# Rules that credit a passage's window or a value's clause with words said elsewhere.
# (Each stage keeps the order it had: a window's carried names come after its own words;
# a clause's after what a pronoun or a missing subject stands for.)
CREDITS: tuple[Credit, ...] = (
    continued_sentence.RULE,
    apposition.RULE,
    age_of_person.RULE,
    anaphor.RULE,
    subjectless.RULE,
    carried_names.RULE,
    prior_sentence.RULE,
    unit_word.RULE,
    same_phase.RULE,
    context_values.RULE,
    event_frame.RULE,
    own_attribute.RULE,
)
ALL: tuple[Rule | Credit, ...] = tuple(sorted(
    (*DEMOTING, OTHER_MEASURE, *EXPLAINING, *CREDITS), key=lambda r: r.id))
BY_ID: dict[str, Rule | Credit] = {r.id: r for r in ALL}


def demoting(stage: Stage) -> tuple[Rule, ...]:
    """The demoting rules asked at a stage, in order."""
    return _BY_STAGE[stage]


def credits(stage: Stage) -> tuple[Credit, ...]:
    """The credits applied at a stage (WINDOW or CLAUSE), in order."""
    return _CREDITS_BY_STAGE[stage]


_BY_STAGE = {stage: tuple(r for r in DEMOTING if stage in r.stages) for stage in Stage}
_CREDITS_BY_STAGE = {stage: tuple(c for c in CREDITS if stage in c.stages) for stage in Stage}

__all__ = ["ALL", "BY_ID", "CREDITS", "DEMOTING", "EXPLAINING", "OTHER_MEASURE", "Case",
           "ClauseCase", "Credit", "Credited", "Rule", "Stage", "credits", "demoting"]
