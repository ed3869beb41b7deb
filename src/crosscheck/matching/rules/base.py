"""What a matching rule is: an id, a docstring that is its spec, and one check.

Two kinds. A ``Rule`` decides that a passage which would support or conflict (or support a
claim stating no value) is only a mention, and says why. A ``Credit`` credits a passage's
sentence or clause with claim words said elsewhere (a pronoun's antecedent, a name carried
from the sentences before), which raises its alignment. Every piece of evidence records the
ids of the rules that decided it (``Evidence.rules``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from crosscheck.matching.context import ClaimContext
from crosscheck.matching.grammar import is_difference, phase_of
from crosscheck.matching.index import IndexedPassage
from crosscheck.model import Value


class Stage(str, Enum):
    """Where in deciding a relation a rule is asked."""

    SUPPORT = "support"
    """A value equal to the claim's, aligned enough to support."""
    CONFLICT = "conflict"
    """A value different from the claim's, aligned enough to conflict."""
    STATEMENT = "statement"
    """A sentence covering enough of the context of a claim that states no value."""
    OCCURRENCE = "occurrence"
    """A conflict, read against the sources that support the claim."""
    WINDOW = "window"
    """The words a passage is credited with (its sentence and what it continues)."""
    CLAUSE = "clause"
    """The words the clause of a passage's value is credited with."""


VALUE_STAGES = frozenset({Stage.SUPPORT, Stage.CONFLICT})


class Case:
    """One passage (and, at the value stages, one of its values) under a demoting rule."""

    def __init__(self, context: ClaimContext, item: IndexedPassage, stage: Stage,
                 checked: Value | None = None, value: Value | None = None,
                 clause: tuple[int, int] | None = None,
                 supporting_days: Sequence[float] = ()) -> None:
        self.context = context
        self.item = item
        self.stage = stage
        self._checked = checked
        self._value = value
        self.clause = clause if clause is not None else (0, len(item.text))
        self.supporting_days = supporting_days
        """Publication days of the sources that support the claim (OCCURRENCE stage)."""

    @property
    def text(self) -> str:
        return self.item.text

    @property
    def checked(self) -> Value:
        """The claim's value being checked (value stages only)."""
        assert self._checked is not None, f"{self.stage} has no claim value"
        return self._checked

    @property
    def value(self) -> Value:
        """The passage's value (value stages only)."""
        assert self._value is not None, f"{self.stage} has no passage value"
        return self._value

    @functools.cached_property
    def claim_phase(self) -> str | None:
        return self.context.claim_phases.get(self.checked)

    @functools.cached_property
    def passage_phase(self) -> str | None:
        return phase_of(self.text, self.value)

    @property
    def same_phase(self) -> bool:
        """Both dates say when something began (or ended, or resumed)."""
        return self.claim_phase is not None and self.claim_phase == self.passage_phase

    @functools.cached_property
    def both_differences(self) -> bool:
        """Both values are differences ("more than budgeted", "over budget")."""
        return (is_difference(self.context.analysis.claim.text, self.checked)
                and is_difference(self.text, self.value))


@dataclass(frozen=True)
class Rule:
    """A rule that makes a would-be support or conflict a mention, with its reason."""

    id: str
    doc: str
    stages: frozenset[Stage]
    check: Callable[[Case], str | None]

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]


@dataclass
class ClauseCase:
    """The words a passage's sentence (WINDOW) or a value's clause (CLAUSE) is credited with
    so far; credits add to ``weights`` (never overriding a word already credited)."""

    context: ClaimContext
    item: IndexedPassage
    weights: dict[str, float]
    parts: Sequence[IndexedPassage] = ()
    window: Mapping[str, float] = field(default_factory=dict)
    checked: Value | None = None
    value: Value | None = None
    span: tuple[int, int] = (0, 0)
    clause_bonus: float = 0.0
    """Flat coverage credited to the clause (the claim's other values stated in it)."""
    window_bonus: float = 0.0

    @property
    def clause_text(self) -> str:
        return self.item.text[self.span[0]:self.span[1]]

    def pair(self) -> tuple[Value, Value]:
        """The claim's value and the passage's (CLAUSE stage only)."""
        assert self.checked is not None and self.value is not None
        return self.checked, self.value


@dataclass(frozen=True)
class Credited:
    """What a credit gives: words (stem -> weight), a wider clause, or a flat bonus."""

    words: Mapping[str, float] = field(default_factory=dict)
    span: tuple[int, int] | None = None
    clause_bonus: float = 0.0
    window_bonus: float = 0.0


@dataclass(frozen=True)
class Credit:
    """A rule that credits a sentence or clause with claim words said elsewhere."""

    id: str
    doc: str
    stages: frozenset[Stage]
    credit: Callable[[ClauseCase], Credited | None]

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]


def rule(module_doc: str | None, rule_id: str, stages: frozenset[Stage],
         check: Callable[[Case], str | None]) -> Rule:
    """A Rule whose spec is its module's docstring."""
    assert module_doc, f"rule {rule_id} has no docstring"
    return Rule(rule_id, module_doc, stages, check)


def credit(module_doc: str | None, rule_id: str, stages: frozenset[Stage],
           give: Callable[[ClauseCase], Credited | None]) -> Credit:
    """A Credit whose spec is its module's docstring."""
    assert module_doc, f"rule {rule_id} has no docstring"
    return Credit(rule_id, module_doc, stages, give)
