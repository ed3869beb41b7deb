"""Matching and verdicts on small corpora written for these tests (not the demo seeds)."""

from __future__ import annotations

from pathlib import Path

from crosscheck.model import Relation, Report, Status
from tests.conftest import ProjectFactory, run_check

FLOOD_A = """
    River flood forces evacuations

    March 4, 2021

    Officials said on Tuesday that the river flood forced 4,200 residents from their homes
    in Dorval. The regional council approved $12 million in emergency aid.
    The flood was the third in a decade. Governor Sergei Ivanov visited Dorval on Wednesday.
"""
FLOOD_B = """
    Dorval counts the cost

    Published: March 6, 2021

    The flood drove 4,200 Dorval residents from their homes, the council said.
    Governor Sergey Ivanov toured the town on March 3. Some 300 soldiers helped with sandbags.
    Emergency aid of over $12 million was approved.
"""
FLOOD_C = """
    A digest of regional news

    An earlier flood in 2015 forced 1,200 residents from their homes in Marlow.
    Officials denied that 4,000 residents had been evacuated from Dorval.
"""


def statuses(report: Report) -> dict[str, tuple[str, list[str], list[str]]]:
    def short(paths: tuple[str, ...]) -> list[str]:
        return [Path(p).stem for p in paths]

    return {r.claim.id: (r.status.value, short(r.sources_with(Relation.SUPPORTS)),
                         short(r.sources_with(Relation.CONFLICTS)))
            for r in report.results}


def flood(make_project: ProjectFactory, claims: str) -> dict[str, tuple[str, list[str],
                                                                      list[str]]]:
    return verdicts(make_project, claims,
                    {"news/a.txt": FLOOD_A, "news/b.txt": FLOOD_B, "news/c.txt": FLOOD_C})


def verdicts(make_project: ProjectFactory, claims: str,
             files: dict[str, str]) -> dict[str, tuple[str, list[str], list[str]]]:
    """Check ``claims`` (claims.yaml list items) against ``files``: id -> (status,
    supporting sources, conflicting sources)."""
    path = make_project("version: 1\ncorpus: [news]\nclaims:\n" + claims, files)
    return statuses(run_check(path))


def test_same_count_supports_from_two_sources(make_project: ProjectFactory) -> None:
    result = flood(make_project, "  - id: evacuated\n    claim: The flood forced 4,200 "
                                 "residents of Dorval from their homes.\n    min_sources: 2\n")
    assert result["evacuated"] == ("supported", ["a", "b"], [])


def test_wrong_count_is_contradicted_never_supported(make_project: ProjectFactory) -> None:
    result = flood(make_project, "  - id: trap\n    claim: The flood forced 1,200 residents of "
                                 "Dorval from their homes.\n")
    assert result["trap"] == ("contradicted", [], ["a", "b"])


def test_terse_claim(make_project: ProjectFactory) -> None:
    result = flood(make_project, "  - id: terse\n    claim: 4,200 Dorval residents forced "
                                 "from homes\n")
    assert result["terse"][0] == "supported"


def test_another_event_in_another_place_is_not_a_conflict(
        make_project: ProjectFactory) -> None:
    # c.txt's "1,200 residents" belongs to a 2015 flood in Marlow.
    result = flood(make_project, "  - id: evacuated\n    claim: The flood forced 4,200 "
                                 "residents from their homes in Dorval.\n")
    assert "c" not in result["evacuated"][2]


def test_denied_statement_is_only_a_mention(make_project: ProjectFactory) -> None:
    result = flood(make_project, "  - id: four-thousand\n    claim: 4,000 residents were "
                                 "evacuated from Dorval.\n")
    assert "c" not in result["four-thousand"][1]


def test_different_counted_thing_is_not_compared(make_project: ProjectFactory) -> None:
    # 4,200 residents are not 4,200 soldiers, so a and b do not support; b's "Some 300
    # soldiers" in the Dorval story does conflict.
    result = flood(make_project, "  - id: soldiers\n    claim: 4,200 soldiers helped with "
                                 "sandbags in Dorval.\n")
    assert result["soldiers"] == ("contradicted", [], ["b"])


def test_different_count_of_the_same_thing_conflicts(make_project: ProjectFactory) -> None:
    result = flood(make_project, "  - id: soldiers\n    claim: About 3,000 soldiers helped "
                                 "with sandbags.\n")
    assert result["soldiers"] == ("contradicted", [], ["b"])


def test_qualified_amount_does_not_support_the_exact_one(make_project: ProjectFactory) -> None:
    result = flood(make_project, "  - id: aid\n    claim: The council approved $12 million in "
                                 "emergency aid.\n")
    assert result["aid"] == ("supported", ["a"], [])  # b's "over $12 million" only mentions


def test_weekday_resolved_against_the_dateline(make_project: ProjectFactory) -> None:
    # a.txt is dated Thursday 4 March 2021: "visited ... on Wednesday" is 3 March.
    result = flood(make_project, "  - id: visit\n    claim: Governor Sergei Ivanov visited "
                                 "Dorval on March 3, 2021.\n    min_sources: 2\n")
    assert result["visit"] == ("supported", ["a", "b"], [])


def test_less_precise_date_is_consistent_not_support(make_project: ProjectFactory) -> None:
    path = make_project(
        "version: 1\ncorpus: [news]\nclaims:\n  - id: vote\n    claim: Parliament passed "
        "the budget on March 3, 2021.\n",
        {"news/a.txt": "Parliament passed the budget in March 2021 after a long debate.\n"})
    result = run_check(path).results[0]
    assert result.status is Status.UNSUPPORTED
    assert [e.relation for e in result.evidence] == [Relation.MENTIONS]


def test_value_attached_to_another_predicate(make_project: ProjectFactory) -> None:
    text = ("A state visit planned for 2019 was cancelled after the merger of the two "
            "utilities, which was completed in 2020.\n")
    result = verdicts(
        make_project,
        "  - id: merger\n    claim: The two utilities "
        "completed their merger in 2020.\n", {"news/a.txt": text})
    assert result["merger"] == ("supported", ["a"], [])


def test_value_in_the_continuing_sentence(make_project: ProjectFactory) -> None:
    text = "The ministers of Norway and Chile met in Oslo on Friday. It was their 12th meeting.\n"
    result = verdicts(
        make_project,
        "  - id: twelfth\n    claim: The ministers of "
        "Norway and Chile held their 12th meeting in Oslo.\n    value: 12th\n",
        {"news/a.txt": text})
    assert result["twelfth"] == ("supported", ["a"], [])


def test_claim_without_value_is_supported_by_a_sentence_covering_it(
        make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        "  - id: minister\n    claim: Chile's foreign "
        "minister is Ana Reyes.\n",
        {"news/a.txt": "Chilean Foreign Minister Ana Reyes arrived on Friday.\n"})
    assert result["minister"] == ("supported", ["a"], [])


def test_silent_corpus_leaves_a_claim_unsupported(make_project: ProjectFactory) -> None:
    result = flood(make_project, "  - id: other\n    claim: The orchestra played 14 concerts "
                                 "in Vienna.\n")
    assert result["other"] == ("unsupported", [], [])


def test_a_claim_about_a_time_compares_times(make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        "  - id: closing\n    claim: The polls in "
        "Dorval closed at 8 p.m.\n  - id: closing-trap\n    claim: The polls in Dorval "
        "closed at 9 p.m.\n",
        {"news/a.txt": "Published: 2021-05-02\n\nThe polls in Dorval closed at 8 p.m. on "
                       "Sunday, officials said.\n"})
    assert result["closing"] == ("supported", ["a"], [])
    assert result["closing-trap"] == ("contradicted", [], ["a"])


def test_statements_reported_as_false_are_mentions(make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        "  - id: toll\n    claim: 40 people died in "
        "the Dorval flood.\n",
        {"news/a.txt": "Posts on social media falsely claimed that 40 people died in the "
                       "Dorval flood.\n",
         "news/b.txt": "Officials wrongly said at first that 40 people had died in the "
                       "Dorval flood.\n"})
    assert result["toll"] == ("unsupported", [], [])


GROCER = """
    Published: 2024-04-25

    Brightwell Stores posts a strong first quarter

    Brightwell Stores said on Wednesday that sales rose 8% in the first quarter.
    Net profit was $41 million. The company employs about 22,000 people.

    Chief executive Ida Moss said the Leeds-based chain would open 12 shops this year.
    Shares rose 3.2 percent in London trading.

    Rival Parkway Foods reported a net profit of $18 million for the same quarter.
    Its shares fell 2 percent. Net profit was down from $25 million a year earlier.
"""


def grocer(make_project: ProjectFactory, claims: str) -> dict[str, tuple[str, list[str],
                                                                         list[str]]]:
    return verdicts(make_project, claims, {"news/grocer.txt": GROCER})


def test_sentence_without_a_subject_is_about_the_one_named_before(
        make_project: ProjectFactory) -> None:
    result = grocer(make_project, (
        "  - id: profit\n    claim: Brightwell Stores made a net profit of $41 million.\n"
        "  - id: staff\n    claim: Brightwell Stores employs about 22,000 people.\n"
        "  - id: staff-trap\n    claim: Brightwell Stores employs about 30,000 people.\n"
        "  - id: shares\n    claim: Brightwell shares rose 3.2 percent in London trading.\n"))
    assert result["profit"] == ("supported", ["grocer"], [])
    assert result["staff"] == ("supported", ["grocer"], [])
    assert result["staff-trap"] == ("contradicted", [], ["grocer"])
    # Past "Ida Moss", who says nothing about shares, the subject is still Brightwell.
    assert result["shares"] == ("supported", ["grocer"], [])


def test_subject_carried_past_a_rival_never_conflicts(make_project: ProjectFactory) -> None:
    # "Net profit was down from $25 million" follows the rival's results: it is not a
    # conflict for Brightwell's profit, whatever the number.
    result = grocer(make_project, (
        "  - id: profit\n    claim: Brightwell Stores made a net profit of $41 million.\n"
        "  - id: rival\n    claim: Parkway Foods made a net profit of $18 million.\n"))
    assert result["profit"] == ("supported", ["grocer"], [])
    assert result["rival"] == ("supported", ["grocer"], [])


def test_counts_of_people_conflict_only_through_the_same_verb(
        make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        "  - id: staff\n    claim: Corvin Mills has about 5,000 employees.\n",
        {"news/a.txt": "Published: 2024-01-02\n\nCorvin Mills employs 7,000 people.\n",
         "news/b.txt": "Published: 2024-01-02\n\nCorvin Mills welcomed 9,000 people to its "
                       "open day.\n"})
    assert result["staff"] == ("contradicted", [], ["a"])


def test_the_value_a_change_started_from_is_not_the_current_one() -> None:
    from crosscheck.matching import is_earlier_value
    from crosscheck.values import extract_values

    def earlier(text: str) -> list[str]:
        return [v.text for v in extract_values(text) if is_earlier_value(text, v)]

    assert earlier("Turnout was 61%, down from 68% in 2019.") == ["68%"]
    assert earlier("Sales rose to $1.8 billion from about $1.6 billion.") == ["about $1.6 billion"]
    assert earlier("Flights from 12 cities were cancelled.") == []
    assert earlier("It moved 300 people from their homes.") == []


def test_a_date_belongs_to_the_word_it_dates(make_project: ProjectFactory) -> None:
    # 1995 dates the "independence", not the election: no conflict with the election date.
    result = verdicts(
        make_project,
        "  - id: vote\n    claim: The general election was on May 4, 2024.\n",
        {"news/a.txt": "Published: 2024-05-06\n\nOstrel chose a new parliament in Saturday's "
                       "general election. It was the country's fourth general election "
                       "since independence in 1995.\n"})
    assert result["vote"] == ("supported", ["a"], [])


def test_light_verbs_and_the_subject_of_was(make_project: ProjectFactory) -> None:
    # "held" is not needed to find the election; "turnout ... was 70%" is about turnout, so
    # "Turnout was 64 percent" conflicts though "election" is nearer the claim's value.
    result = verdicts(
        make_project,
        "  - id: turnout\n    claim: Turnout in Ostrel's 2024 election was 70 percent.\n",
        {"news/a.txt": "Published: 2024-05-06\n\nOstrel elected a new parliament on Saturday. "
                       "Turnout was 64 percent.\n"})
    assert result["turnout"] == ("contradicted", [], ["a"])


PORT_NOW = """
    Published: 2025-06-12

    Port Melk strike ends

    The strike at Port Melk ended on Wednesday. Its 2,100 dock workers won a 6 percent raise,
    the union said. Some 90 vessels were held up.
"""
PORT_BEFORE = """
    Published: 2019-03-03

    Port Melk strike drags on

    Dock workers at Port Melk are demanding a 4 percent raise. About 40 ships are held up.
    In the end, dock workers at Port Melk won a 3 percent raise in the 2017 dispute.
"""


def test_wants_and_other_occurrences_do_not_conflict(make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        "  - id: raise\n    claim: Port Melk dock workers won a 6 percent raise.\n"
        "  - id: staff\n    claim: Port Melk has 2,100 dock workers.\n",
        {"news/now.txt": PORT_NOW, "news/before.txt": PORT_BEFORE})
    # "demanding 4 percent" is a want; "won 3 percent" in 2019 is another dispute's outcome,
    # far from the 2025 source that supports the claim.
    assert result["raise"] == ("supported", ["now"], [])
    # "Its 2,100 dock workers": the comma in 2,100 does not cut the clause.
    assert result["staff"] == ("supported", ["now"], [])


def test_prepared_stems_are_the_terms_of_each_passage() -> None:
    from crosscheck.matching import build_index, prepare_source
    from crosscheck.model import Source
    from crosscheck.text import terms

    text = ("Halvorsen Foods said on Wednesday that revenue rose 12% to $1.8 billion.\n\n"
            "The U.S. ally met Sergei Lavrov's team — twice — in Moscow. It's 'done'.\n")
    source = Source(path="a.txt", text=text)
    prepared = prepare_source(source)
    assert [s.split() for s in prepared.stems] == [
        [t.stem for t in terms(p.text)] for p in prepared.passages]
    index = build_index([source], [prepared])
    assert [p.terms for p in index.passages] == [terms(p.text) for p in prepared.passages]
    last = index.passages[-1]
    assert last.text[last.terms[-1].start:last.terms[-1].end] == "done"
    assert "revenu" in prepared.common.split() and "lavrov" in prepared.proper.split()
    assert "halvorsen" not in prepared.proper.split()  # a sentence's first word


COUNCIL = """
    Published: 2024-12-11

    Council votes its budget

    Harlow city council approved a budget of $900 million for 2025 on Tuesday.
    Mayor Tove Lind called it fair.

    In neighbouring Brant, the council approved $300 million on Monday.
"""
COUNCIL_BLOG = """
    Published: 2024-12-12

    Harlow's budget keeps growing

    The $900 million budget passed on Tuesday is 4 percent larger than this year's.
"""


def test_names_dates_and_labels_of_a_budget(make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        # "Harlow's": a possessive opening a claim is a name, so Brant's $300 million is
        # another council's, not a conflict.
        "  - id: total\n    claim: Harlow's 2025 budget is $900 million.\n"
        "    min_sources: 2\n"
        # The year labels the budget: one voted in December 2024 is still the 2025 budget.
        "  - id: growth\n    claim: Harlow's 2025 budget is 4 percent larger than the 2024 "
        "budget.\n    value: 4 percent\n"
        # A claim stating no value, supported by a sentence naming the rest of it.
        "  - id: mayor\n    claim: Tove Lind is the mayor of Harlow.\n",
        {"news/a.txt": COUNCIL, "news/b.txt": COUNCIL_BLOG})
    assert result["total"] == ("supported", ["a", "b"], [])
    assert result["growth"] == ("supported", ["b"], [])
    assert result["mayor"] == ("supported", ["a"], [])


def test_phases_of_one_event_do_not_conflict(make_project: ProjectFactory) -> None:
    from crosscheck.matching import phase_of
    from crosscheck.values import extract_values

    def phase(text: str) -> str | None:
        return phase_of(text, extract_values(text)[0])

    assert phase("The walkout began on June 2.") == "began"
    assert phase("Workers stopped work on June 2.") == "ended"
    assert phase("They went back to work on June 11.") == "resumed"
    assert phase("The ship docked on June 2.") is None
    result = verdicts(
        make_project,
        "  - id: back\n    claim: Port Linn dock workers went back to work on June 11, "
        "2025.\n",
        {"news/a.txt": "Published: 2025-06-12\n\nPort Linn dock workers had stopped work on "
                       "June 2.\n"})
    assert result["back"] == ("unsupported", [], [])


def test_a_place_named_in_a_sentence_does_not_change_its_subject(
        make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        "  - id: declared\n    claim: The Varn flu outbreak was declared on May 3, 2024.\n",
        {"news/a.txt": "Published: 2024-05-20\n\nFlu cases keep rising across Varn province, "
                       "officials said.\nThe outbreak was first declared on May 5 in the "
                       "village of Ossa.\n"})
    assert result["declared"] == ("contradicted", [], ["a"])


def test_newsroom_synonyms_meet_at_their_stems() -> None:
    from crosscheck.lexicon.stems import stem
    from crosscheck.lexicon.synonyms import synonyms

    assert stem("stoppage") in synonyms(stem("strike"))
    assert stem("walkout") in synonyms(stem("strikes"))
    assert stem("vessels") in synonyms(stem("ship"))
    assert stem("raise") in synonyms(stem("rise"))
    assert synonyms(stem("budget")) == frozenset()


def test_a_pronoun_inside_a_sentence_brings_in_the_one_before(
        make_project: ProjectFactory) -> None:
    result = verdicts(
        make_project,
        "  - id: raise\n    claim: Port Melk dock workers won a 9 percent pay rise.\n",
        {"news/a.txt": "Published: 2025-06-12\n\nThe strike at Port Melk is over.\n"
                       "About 2,000 dock workers voted for the offer on Monday.\n"
                       "The agreement gives them a pay increase of 6 percent.\n"})
    assert result["raise"] == ("contradicted", [], ["a"])


def test_a_year_widens_only_when_it_labels_a_thing() -> None:
    from crosscheck.matching import as_label_year
    from crosscheck.values import extract_values

    def widened(text: str) -> bool:
        year = extract_values(text)[0]
        return as_label_year(text, year, 366).low != year.low

    assert widened("Brennick's 2025 budget is $1.4 billion.")
    assert not widened("Turnout fell in 2025 and rose again.")  # "and" labels nothing
    assert not widened("The bridge opened in 2025.")


def test_evidence_says_which_words_came_from_the_sentences_before(
        make_project: ProjectFactory) -> None:
    path = make_project(
        "version: 1\ncorpus: [news]\nclaims:\n"
        "  - id: profit\n    claim: Brightwell Stores made a net profit of $41 million.\n",
        {"news/grocer.txt": GROCER})
    report = run_check(path)
    support = next(e for e in report.results[0].evidence if e.relation is Relation.SUPPORTS)
    assert support.text == "Net profit was $41 million."
    assert any("net, profit; from the sentences before: brightwel" in reason
               for reason in support.reasons), support.reasons


def test_a_sentence_with_none_of_the_claim_words_is_not_a_mention(
        make_project: ProjectFactory) -> None:
    path = make_project(
        "version: 1\ncorpus: [news]\nclaims:\n"
        "  - id: chief\n    claim: Deputy minister Ivo Rask summoned the Lorsk ambassador.\n",
        {"news/a.txt": "Published: 2024-03-02\n\nDeputy minister Ivo Rask summoned the Lorsk "
                       "ambassador on Friday.\nIn a time of both rumour and noise, careful "
                       "reporting matters more than ever.\n"})
    texts = [e.text for e in run_check(path).results[0].evidence]
    assert texts == ["Deputy minister Ivo Rask summoned the Lorsk ambassador on Friday."]


HARBOUR_WIRE = """
    Published: 2023-05-16

    Harbour strike enters second week

    PORT ELLEN — Dockers who walked out on Tuesday in the yards below Kelso Point have
    kept 40 ships waiting, union officials said Monday.

    By Monday evening 35 percent of cargo had been moved by rail instead.
"""
HARBOUR_LOCAL = """
    Published: 2023-05-17

    The harbour strike went on. By Wednesday 52 percent of cargo was moving by rail, the
    port authority said.
"""


def test_yearless_dates_datelines_and_places_do_not_change_the_subject(
        make_project: ProjectFactory) -> None:
    claims = ("  - id: ships\n    claim: The Port Ellen harbour strike has kept 40 ships "
              "waiting.\n"
              "  - id: rail\n    claim: 52 percent of cargo moved by rail on May 17.\n")
    result = verdicts(make_project, claims,
                      {"news/wire.txt": HARBOUR_WIRE, "news/local.txt": HARBOUR_LOCAL})
    # The dateline and "below Kelso Point" say where, not whom the sentence is about.
    assert result["ships"] == ("supported", ["wire"], [])
    # A claim's year-less "May 17" is Wednesday 17 May 2023; Monday's 35 percent is
    # another day's figure, not a disagreement.
    assert result["rail"] == ("supported", ["local"], [])


BRIDGE = """
    Published: 2022-09-01

    The Arnholt bridge is expected to reopen in the second week of October, the council said.
    "Nobody wanted this closure to last," council leader Imre Vass told reporters.
    A rival plan was not expected to reopen the bridge in October at all.
"""


def test_a_hedged_claim_and_quotes_about_something_else(make_project: ProjectFactory) -> None:
    claims = ("  - id: reopen\n    claim: The Arnholt bridge is expected to reopen in the "
              "second week of October.\n"
              "  - id: certain\n    claim: The Arnholt bridge reopened in the second week of "
              "October.\n"
              "  - id: leader\n    claim: Imre Vass is the council leader.\n")
    result = verdicts(make_project, claims, {"news/council.txt": BRIDGE})
    # Said as the claim says it, an expectation supports the expectation ...
    assert result["reopen"] == ("supported", ["council"], [])
    # ... but not a claim that it happened.
    assert result["certain"][0] == "unsupported"
    # A negation inside a quotation about something else does not negate the sentence.
    assert result["leader"] == ("supported", ["council"], [])


def test_began_and_broke_out_date_the_same_moment(make_project: ProjectFactory) -> None:
    source = """
        Published: 2021-05-20

        The strike at the Kessel steel plant began on May 4 after pay talks collapsed.
        It ended on May 19 with a new contract.
    """
    claims = ("  - id: right\n    claim: The Kessel plant strike broke out on May 4, 2021.\n"
              "  - id: wrong\n    claim: The Kessel plant strike broke out on May 3, 2021.\n")
    result = verdicts(make_project, claims, {"news/plant.txt": source})
    assert result["right"] == ("supported", ["plant"], [])
    assert result["wrong"] == ("contradicted", [], ["plant"])  # not the end date: May 19


def test_an_age_between_commas_supports_the_age(make_project: ProjectFactory) -> None:
    source = """
        Published: 2022-03-07

        Holm elected mayor of Vestby

        Mira Holm, 34, won the Vestby mayoral race on Sunday with 61 percent of the vote.
        Her rival, Jon Dahl, 58, conceded the same evening.
    """
    claims = ("  - id: age\n    claim: Mira Holm is 34 years old.\n"
              "  - id: wrong\n    claim: Mira Holm is 58 years old.\n")
    result = verdicts(make_project, claims, {"news/vestby.txt": source})
    assert result["age"] == ("supported", ["vestby"], [])
    assert result["wrong"][1] == []  # 58 is her rival's age


def test_a_source_written_before_a_named_events_year_reports_an_earlier_one(
        make_project: ProjectFactory) -> None:
    older = """
        Published: 2021-09-20

        The Aldmoor Regatta drew 310 boats on Saturday.
    """
    newer = """
        Published: 2022-09-19

        A record 420 boats sailed in the Aldmoor Regatta on Saturday.
    """
    claims = "  - id: boats\n    claim: 420 boats sailed in the 2022 Aldmoor Regatta.\n"
    # 2021's 310 boats is the 2021 regatta, published before 2022 began: no conflict.
    result = verdicts(make_project, claims, {"news/older.txt": older, "news/newer.txt": newer})
    assert result["boats"] == ("supported", ["newer"], [])


def test_a_valueless_claim_needs_its_own_words_said_nearby(
        make_project: ProjectFactory) -> None:
    otters = """
        Published: 2023-06-01

        Otters return to the Ardenne

        Otters are back in the Ardenne valley. Otter numbers rose for a third year, and
        otter tracks were found on every tributary. The otter survey was run by Dr. Inge
        Falk for the regional council.
    """
    beavers = """
        Published: 2023-06-02

        Beavers spread downstream

        Beavers have built dams on four more streams. The survey was run by Dr. Paul Roux
        for the regional council.
    """
    claims = ("  - id: falk\n    claim: Dr. Inge Falk ran the otter survey.\n"
              "  - id: roux\n    claim: Dr. Paul Roux ran the otter survey.\n")
    result = verdicts(make_project, claims,
                      {"news/otters.txt": otters, "news/beavers.txt": beavers})
    assert result["falk"] == ("supported", ["otters"], [])
    # Roux ran the beaver survey: his name is rare and "otter" common, but nothing near
    # his name speaks of otters.
    assert result["roux"][0] == "unsupported"


def test_an_amount_belongs_to_its_verb_not_its_currency(make_project: ProjectFactory) -> None:
    source = """
        Published: 2024-03-06

        Harbour crane sold

        The old Brakel harbour crane sold for 310,000 euros on Tuesday. It had been
        valued at 200,000 euros, and the whole auction raised 1.2 million euros.
    """
    later = """
        Published: 2024-03-09

        The Brakel harbour crane sold for 130,000 euros, the auctioneer said this week.
    """
    claims = "  - id: crane\n    claim: The Brakel harbour crane sold for 310,000 euros.\n"
    result = verdicts(make_project, claims, {"news/sale.txt": source, "news/later.txt": later})
    # The valuation and the auction's total are other amounts in euros; 130,000 is a sale.
    assert result["crane"] == ("disputed", ["sale"], ["later"])


def test_a_date_after_a_verbs_complement_is_the_verbs(make_project: ProjectFactory) -> None:
    source = """
        Published: 2023-11-08

        The Lenne tunnel opened to traffic on Monday after six years of work.
    """
    claims = ("  - id: right\n    claim: The Lenne tunnel opened on November 6, 2023.\n"
              "  - id: wrong\n    claim: The Lenne tunnel opened on November 1, 2023.\n")
    result = verdicts(make_project, claims, {"news/tunnel.txt": source})
    # "on Monday" dates the opening, not the traffic.
    assert result["right"] == ("supported", ["tunnel"], [])
    assert result["wrong"] == ("contradicted", [], ["tunnel"])


def test_a_schedule_is_not_support_that_it_happened(make_project: ProjectFactory) -> None:
    source = """
        Published: 2019-02-12

        The Varde ring road was approved on Monday. It is due to open in 2022 and is
        budgeted at 80 million euros.
    """
    claims = ("  - id: opened\n    claim: The Varde ring road opened in 2022.\n"
              "  - id: budget\n    claim: The Varde ring road was budgeted at 80 million "
              "euros.\n")
    result = verdicts(make_project, claims, {"news/road.txt": source})
    assert result["opened"][0] == "unsupported"  # a plan, not the opening
    assert result["budget"] == ("supported", ["road"], [])


def test_an_event_of_a_sources_own_days_years_away_is_another_occurrence(
        make_project: ProjectFactory) -> None:
    old_strike = """
        Published: 2021-03-02

        Dockers at Port Ellen began a strike on Monday over pay.
    """
    tunnel = """
        Published: 2026-04-28

        The Skala tunnel opened on Monday, ten years after work began.
    """
    claims = ("  - id: strike\n    claim: The Port Ellen dock strike began on June 2, 2025.\n"
              "  - id: tunnel\n    claim: The Skala tunnel opened in 2025.\n")
    result = verdicts(make_project, claims,
                      {"news/strike.txt": old_strike, "news/tunnel.txt": tunnel})
    # A 2021 paper's strike "on Monday" is an earlier strike, not a wrong date for 2025's.
    assert result["strike"][2] == []
    # A tunnel that opened in April 2026 did not open in 2025: months, not years, apart.
    assert result["tunnel"] == ("contradicted", [], ["tunnel"])


def test_a_name_shortened_after_its_first_mention(make_project: ProjectFactory) -> None:
    profile = """
        Published: 2025-05-02

        Painter Ida Brenner breaks her own record

        A seascape by Ida Brenner sold for 2.2 million euros on Thursday. The buyer was not
        named. The auction house had expected less. Bidding was slow at first. Then three
        collectors joined in. Brenner's previous record, 900,000 euros, was set in 2017 by
        dealer Lars Ek.
    """
    notes = """
        Published: 2025-05-03

        Brenner works are rising. A Brenner print made 40,000 euros. Brenner collectors were
        out in force. Two Brenner drawings sold. A Brenner etching did not. Brenner fans
        queued. The Brenner room was full.
    """
    claims = ("  - id: record\n    claim: Ida Brenner's previous auction record was "
              "900,000 euros.\n")
    path = make_project("version: 1\ncorpus: [news]\nclaims:\n" + claims,
                        {"news/profile.txt": profile, "news/notes.txt": notes})
    (record,) = run_check(path).results
    assert record.status is Status.SUPPORTED
    (evidence,) = [e for e in record.evidence if e.relation is Relation.SUPPORTS]
    # "Brenner" is the common part of the name in this corpus, "Ida" is five sentences back
    # and the sentence names someone else, but the profile named her in full first. And
    # the amount between commas is read with "Brenner's previous record" before it.
    assert any("Brenner's previous record, 900,000 euros" in reason
               for reason in evidence.reasons)


def test_a_difference_is_compared_with_differences_only(make_project: ProjectFactory) -> None:
    source = """
        Published: 2024-09-10

        The Orlen stadium cost 240 million euros, 40 million euros more than budgeted.
    """
    column = """
        Published: 2024-09-14

        The Orlen stadium ran 60 million euros over budget, a columnist wrote.
    """
    claims = ("  - id: overrun\n    claim: The Orlen stadium cost 40 million euros more than "
              "budgeted.\n"
              "  - id: total\n    claim: The Orlen stadium cost 240 million euros.\n")
    result = verdicts(make_project, claims, {"news/report.txt": source, "news/column.txt": column})
    # 240 million is the total, not a wrong overrun; 60 million over budget is one.
    assert result["overrun"] == ("disputed", ["report"], ["column"])
    # ... and an overrun is no wrong total.
    assert result["total"] == ("supported", ["report"], [])


def test_a_hedge_opening_a_sentence_is_still_a_hedge(make_project: ProjectFactory) -> None:
    source = """
        Published: 2025-04-17

        If the Lorne council approves the plan next week, the pool will reopen in June.
        Reportedly the council will approve 2 million euros for repairs.
    """
    claims = ("  - id: reopen\n    claim: The Lorne pool reopened in June 2025.\n"
              "  - id: repairs\n    claim: The Lorne council approved 2 million euros for "
              "repairs.\n")
    result = verdicts(make_project, claims, {"news/lorne.txt": source})
    assert result["reopen"][1] == [] and result["repairs"][1] == []


def test_an_acronym_is_not_stemmed() -> None:
    from crosscheck.text import content_stem

    assert content_stem("INS") == "ins"  # stemmed, it would be "in"
    assert content_stem("NATO") == "nato"
    assert content_stem("Killed") == content_stem("killed")


def test_bounds_on_both_sides(make_project: ProjectFactory) -> None:
    """"Fewer than 20,000" and "more than 21,000" cannot both hold; a bound is supported
    only by a value of what it bounds, not by any smaller amount the source gives."""
    result = verdicts(make_project, """\
  - id: recovered
    claim: Fewer than 20,000 people in Veloria have recovered from the virus.
  - id: gross
    claim: The Halden film "Northern Light" grossed less than $90 million worldwide.
""", {"news/a.txt": "Virus update\n\nMore than 21,000 people in Veloria have recovered "
                    "from the virus, officials said.\n",
      "news/b.txt": 'Northern Light review\n\nThe Halden film "Northern Light" was made on '
                    "a $12 million production budget.\n",
      "news/c.txt": 'Box office\n\nThe Halden film "Northern Light" has grossed $85 million '
                    "worldwide.\n"})
    assert result["recovered"] == ("contradicted", [], ["a"])
    assert result["gross"] == ("supported", ["c"], [])


def test_a_claim_about_what_was_wanted_is_supported_by_the_same_want(
        make_project: ProjectFactory) -> None:
    result = verdicts(make_project, """\
  - id: sought
    claim: Tokyo sought a visit by the Lindau president in 2014.
  - id: visited
    claim: The Lindau president visited Tokyo in 2014.
""", {"news/a.txt": "Visit talks\n\nTokyo had initially sought a visit by the Lindau "
                    "president in 2014, officials said.\n"})
    assert result["sought"] == ("supported", ["a"], [])
    assert result["visited"][1] == []
