"""Reading a passage in its source against a claim: whom it names, whom it is still about.

News drops the subject once it is established, shortens a name after its first mention and
names the event once at the top. These functions look back through a passage's source to
tell whether the claim's names stand near it, which names it inherits, and whether a word for
what the claim's value is the value of stands near the passage's value.
"""

from __future__ import annotations

from collections.abc import Iterator

from crosscheck.lexicon.synonyms import synonyms
from crosscheck.lexicon.words import GENERIC_UNITS, LIGHT_VERBS
from crosscheck.matching.context import ClaimContext
from crosscheck.matching.grammar import noun_after_year
from crosscheck.matching.index import IndexedPassage
from crosscheck.model import Value
from crosscheck.text import token_distance


def before(ctx: ClaimContext, item: IndexedPassage, count: int) -> Iterator[IndexedPassage]:
    """Up to ``count`` sentences before ``item`` in its source, nearest first."""
    position = item.prior
    for _ in range(count):
        if position is None:
            return
        earlier = ctx.index.passages[position]
        yield earlier
        position = earlier.prior


def names_someone_else(ctx: ClaimContext, item: IndexedPassage) -> bool:
    """The sentence names a person or body the claim does not (see
    ``ClaimContext.names_someone_else``)."""
    return ctx.names_someone_else(item)


def carried_names(ctx: ClaimContext, item: IndexedPassage) -> dict[str, float]:
    """The claim's names a sentence leaves unsaid but is still about.

    News sentences drop the subject once it is established ("The company has 14,000
    employees.", "Turnout was 61 percent."): a sentence that names nobody the claim does
    not name inherits the claim's names from the sentences before it, at
    ``anaphor_weight``; at ``prior_weight`` once a sentence in between says what the
    claim says of someone else ("Rival Nordmark reported a net profit of ..."), which may
    be whom it is about. Only sentences that name someone count towards ``name_window``.
    """
    cached = ctx.carried.get(id(item))
    if cached is not None:
        return cached
    carried: dict[str, float] = {}
    ctx.carried[id(item)] = carried
    analysis, thresholds = ctx.analysis, ctx.thresholds
    if not analysis.names or names_someone_else(ctx, item):
        return carried
    wanted = {name for group in analysis.name_groups for name in group} - item.stems
    if item.previous is not None and not wanted & ctx.index.passages[item.previous].stems \
            and names_someone_else(ctx, ctx.index.passages[item.previous]):
        # "They attended Monday's meeting" after a sentence about two deputy ministers:
        # the pronoun stands for them, not for the claim's names said further back.
        return carried
    weight = thresholds.anaphor_weight
    naming = 0
    for earlier in before(ctx, item, thresholds.carry_limit):
        if not wanted or naming >= thresholds.name_window:
            break
        for name in sorted(wanted):
            if ctx.forms(name) & earlier.stems:
                carried[name] = weight
        wanted -= set(carried)
        if names_someone_else(ctx, earlier):
            naming += 1
            if ctx.says_what_claim_says(earlier):
                weight = thresholds.prior_weight
    return carried


def names_near(ctx: ClaimContext, item: IndexedPassage, partial: bool = True) -> bool:
    """Enough of the claim's names stand in the passage or the sentences before it.

    Names count by how rare they are: "Holdings" or "Council" alone, shared by many
    stories, does not make a passage about the claim's subject; the rare town name does.
    With ``partial``, a name's common parts count for their share of its rarity (enough
    to agree with, not to disagree).
    """
    thresholds = ctx.thresholds
    context = set(item.stems) | set(carried_names(ctx, item)) | ctx.frame(item)
    for earlier in before(ctx, item, thresholds.name_window):
        context.update(earlier.stems)
    total = found = 0.0
    for group in ctx.analysis.name_groups:
        weights = {name: ctx.name_idf(name) for name in group}
        weight = max(weights.values())
        total += weight
        # A part of the name as rare as the name stands for it ("Lind" for "Marta
        # Lind"); a common part ("Holdings") does not, unless the source named the whole
        # before and the part stands alone here ("Solvik was born": news names a
        # person or a firm in full once, then by one word). Other parts count for their
        # share of the name's rarity ("the Angels" for "the Los Angeles Angels").
        if any(w >= thresholds.name_part_share * weight and ctx.forms(name) & context
               for name, w in weights.items()) or short_form(ctx, item, group):
            found += weight
        elif partial:
            present = sum(w for name, w in weights.items() if ctx.forms(name) & context)
            found += weight * present / sum(weights.values())
    return total == 0 or found >= thresholds.names_share * total


def short_form(ctx: ClaimContext, item: IndexedPassage, group: tuple[str, ...]) -> bool:
    """A part of a name of several words stands alone in the passage (not inside
    another name: "Viul Holdings" is not "Danlin Holdings"), and the whole name stood
    in an earlier sentence of the same source."""
    if len(group) < 2:
        return False
    alone = False
    for number, stem, _ in item.capitalised:
        if stem in group and not any(
                other in (number - 1, number + 1) and other_stem not in group
                for other, other_stem, _ in item.capitalised):
            alone = True
    if not alone:
        return False
    return any(all(ctx.forms(part) & earlier.stems for part in group)
               for earlier in before(ctx, item, ctx.thresholds.source_lookback))


def unsaid(ctx: ClaimContext, item: IndexedPassage) -> list[str]:
    """The claim's words for what it says (not names, not light verbs) that neither the
    sentence nor the few before it in its source say."""
    said = set(item.stems)
    for earlier in before(ctx, item, ctx.thresholds.name_window):
        said.update(earlier.stems)
    analysis = ctx.analysis
    return [word for word in sorted(analysis.predicates - LIGHT_VERBS)
            if word not in analysis.names
            and not (ctx.forms(word) | synonyms(word) | {word}) & said]


def predicate_near(ctx: ClaimContext, item: IndexedPassage, checked: Value, value: Value,
                   people: bool = False) -> bool:
    """A word for what the claim's value is the value of stands near the passage's
    value, or is its unit. With ``people``, the claim's unit is such a word ("5,000
    employees" against "employs 7,000 people") and "people" is not."""
    attached = ctx.analysis.attached.get(checked, frozenset())
    if people:
        attached = (attached | {checked.unit or ""}) - GENERIC_UNITS - {""}
    elif not attached:
        return True
    forms = set().union(*(ctx.expansions.get(p, frozenset({p})) | synonyms(p)
                          for p in attached))
    if value.unit and not people:
        forms.add(value.unit)
    text = item.text
    modified = noun_after_year(text, value)
    if modified is not None:
        # "a 1956 joint declaration": the year dates the declaration, nothing else.
        return modified in forms
    return any(
        t.stem in forms and token_distance(text, t.start, t.end, value.start, value.end)
        <= ctx.thresholds.predicate_distance
        for t in item.terms)


def attribute_near(ctx: ClaimContext, item: IndexedPassage, checked: Value,
                   value: Value, by_unit: bool = True) -> bool:
    """The claim's own word for what its value counts (its nearest predicate, or a synonym)
    stands within a few words of the passage's value, or (``by_unit``) the two values share
    a unit that says it (not just "people"): unlike ``predicate_near``, a claim with no such
    word has none near, and the passage value's unit alone is not the claim's word."""
    if by_unit and checked.unit and checked.unit == value.unit and \
            checked.unit not in GENERIC_UNITS:
        return True  # "an eight-year contract": the unit says what it counts
    attached = ctx.analysis.attached.get(checked, frozenset()) - {checked.unit or ""}
    if not attached:
        return False
    forms = set().union(*(ctx.expansions.get(p, frozenset({p})) | synonyms(p)
                          for p in attached))
    text = item.text
    return any(t.stem in forms and token_distance(text, t.start, t.end, value.start,
                                                  value.end) <= ctx.thresholds.predicate_distance
               for t in item.terms)
