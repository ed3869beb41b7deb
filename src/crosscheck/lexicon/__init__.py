"""Words are data: every word list and word pattern the pipeline reads text with.

Claim analysis, matching and value reading all read English the same way, so the words they
share live here as plain data modules, not inside the code that uses them:

- ``stems``: the stemmer and the irregular verb forms it is told about;
- ``words``: stop words, light verbs, nouns for people, currency words;
- ``patterns``: the small closed classes matching reads as regular expressions (negations,
  hedges, wants, schedules, pronouns, phases of an event, changes, attributions);
- ``synonyms``: groups of words news uses interchangeably for one event or quantity.

Nothing here decides anything; the rules in ``crosscheck.matching.rules`` do.
"""
