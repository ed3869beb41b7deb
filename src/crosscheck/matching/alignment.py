"""Alignment: how much of the claim's context a passage, and a value's clause, cover.

A passage's window is its sentence (and the one it continues) with the words credits give it;
a value's clause is the span between clause breaks around it, likewise credited. Alignment
mixes the clause's coverage with the window's: a value counts only where its own clause is
about the claim's fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from crosscheck.matching.context import ClaimContext
from crosscheck.matching.index import IndexedPassage
from crosscheck.matching.rules import ClauseCase, Credit, Stage, credits
from crosscheck.model import Value
from crosscheck.text import clause_around


@dataclass(frozen=True)
class Window:
    """A passage with the sentence it continues, and the words it is credited with."""

    parts: tuple[IndexedPassage, ...]
    weights: dict[str, float]
    rules: tuple[str, ...]
    notes: tuple[str, ...]
    """``[id] what it credited`` for each credit that fired (kept when tracing)."""


@dataclass(frozen=True)
class Clause:
    """A value's clause: its span, the words it is credited with, its alignment."""

    span: tuple[int, int]
    text: str
    coverage: float
    matched: tuple[str, ...]
    alignment: float
    rules: tuple[str, ...]
    notes: tuple[str, ...]


def window(ctx: ClaimContext, position: int) -> Window:
    """The passage and, when it continues it, the sentence before, with their credits."""
    item = ctx.index.passages[position]
    parts = (item,) if item.previous is None else (ctx.index.passages[item.previous], item)
    case = ClauseCase(ctx, item, {t.stem: 1.0 for t in item.terms})
    fired, notes = _apply(ctx, case, credits(Stage.WINDOW))
    return Window(parts, case.weights, fired, notes)


def clause(ctx: ClaimContext, item: IndexedPassage, around: Window, checked: Value,
           value: Value, relevance: float) -> Clause:
    """The value's clause, credited, and its alignment with the claim."""
    case = ClauseCase(ctx, item, {}, around.parts, around.weights, checked, value,
                      clause_around(item.text, value.start, value.end))
    case.weights = _terms_in(item, case.span)
    fired, notes = _apply(ctx, case, credits(Stage.CLAUSE))
    clause_cov, matched = ctx.coverage(case.weights, case.clause_bonus)
    window_cov, _ = ctx.coverage(around.weights, case.window_bonus)
    weight = ctx.thresholds.clause_weight
    alignment = weight * clause_cov + (1 - weight) * max(window_cov, relevance)
    return Clause(case.span, case.clause_text, clause_cov, matched, alignment,
                  (*around.rules, *(r for r in fired if r not in around.rules)),
                  (*around.notes, *notes))


def _terms_in(item: IndexedPassage, span: tuple[int, int]) -> dict[str, float]:
    return {t.stem: 1.0 for t in item.terms if span[0] <= t.start < span[1]}


def _apply(ctx: ClaimContext, case: ClauseCase,
           chosen: Sequence[Credit]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Apply credits in order (none overriding a word already credited); the ids of those
    that credited a claim word, a wider clause or a bonus, and what each gave."""
    fired: list[str] = []
    notes: list[str] = []
    for rule in chosen:
        credited = rule.credit(case)
        if credited is None:
            continue
        if credited.span is not None:
            # A credit that moves the clause comes before any that add words to it.
            case.span = credited.span
            case.weights = _terms_in(case.item, credited.span)
            fired.append(rule.id)
            if ctx.trace:
                notes.append(f'[{rule.id}] the value\'s clause is "{case.clause_text.strip()}"')
        added = {s: w for s, w in credited.words.items() if s not in case.weights}
        for stem, weight in added.items():
            case.weights[stem] = weight
        if added and ctx.credits_claim(added):
            fired.append(rule.id)
            if ctx.trace:
                words = ", ".join(sorted(s for s in added if ctx.credits_claim((s,))))
                notes.append(f"[{rule.id}] credits {words}")
        if credited.clause_bonus or credited.window_bonus:
            case.clause_bonus = max(case.clause_bonus, credited.clause_bonus)
            case.window_bonus = max(case.window_bonus, credited.window_bonus)
            fired.append(rule.id)
            if ctx.trace:
                notes.append(f"[{rule.id}] the claim's other values stand near it")
    return tuple(dict.fromkeys(fired)), tuple(notes)
