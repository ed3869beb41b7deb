"""Value extraction: numbers, ordinals, dates and relative dates, on sentences we wrote."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import ValueKind
from crosscheck.values import Reference, extract_values
from crosscheck.values.compare import comparable
from crosscheck.values.numbers import parse_number_words

MONDAY = Reference(dt.date(2019, 1, 21), "test dateline")


def day(iso: str) -> float:
    return float(dt.date.fromisoformat(iso).toordinal())


def found(text: str, ref: Reference | None = MONDAY) -> list[tuple[str, str, str]]:
    return [(v.kind.value, v.text, v.normalized) for v in extract_values(text, ref)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The flood displaced 17,000 villagers.", [("count", "17,000", "17000")]),
    ("Officials counted 17 000 ballots.", [("count", "17 000", "17000")]),
    ("The plant employs seventeen thousand workers.",
     [("count", "seventeen thousand", "17000")]),
    ("It cost $95 million to build.", [("money", "$95 million", "95000000")]),
    ("Turnout was 65 percent this time.", [("percent", "65 percent", "65")]),
    ("Turnout rose to 65% from 61%.", [("percent", "65%", "65"), ("percent", "61%", "61")]),
    ("The council held its twenty-fifth session.", [("ordinal", "twenty-fifth", "25th")]),
    ("It was the 3rd attempt.", [("ordinal", "3rd", "3rd")]),
    ("A dozen ships were seen.", [("count", "A dozen", "12")]),
    ("The fund grew to 2.3bn euros.", [("money", "2.3bn", "2300000000")]),
    ("The pipe is 5m long.", []),  # "m" without a currency is metres, not millions
    ("Revenue hit $2.3bn last quarter.", [("money", "$2.3bn", "2300000000")]),
    ("Between 10 and 12 people were hurt.", [("count", "Between 10 and 12", "10-12")]),
    ("The fire burned 10-12 homes.", [("count", "10-12", "10-12")]),
    ("The governor visited twice.", [("count", "twice", "2")]),
    ("Two-thirds of voters agreed.", [("percent", "Two-thirds", "66.67")]),
    ("The score was 3-1.", [("count", "3", "3")]),  # a score is not a range
])
def test_numbers(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, None) == expected


@pytest.mark.parametrize("text", [
    "He was one of the first to arrive.",
    "The two countries signed the pact.",
    "Call 555-123-4567 for details.",
    "The session opened at 9:27 a.m. sharp.",
    "You have {{numberArticlesLeft}} free articles left.",
    "She was the first woman to lead the party.",
])
def test_not_values(text: str) -> None:
    assert [v for v in extract_values(text) if v.kind is not ValueKind.DATE] == []


def test_qualifiers_become_intervals() -> None:
    (more,) = extract_values("more than 4,700 people fled")
    (fewer,) = extract_values("fewer than 4,800 people fled")
    assert more.low is not None and more.low > 4700 and more.high == float("inf")
    assert fewer.high is not None and fewer.high < 4800 and fewer.low == float("-inf")
    (about,) = extract_values("about 40 boats")
    assert (about.low, about.high) == pytest.approx((36.0, 44.0))


def test_over_before_a_number_word_is_a_preposition() -> None:
    (value,) = extract_values("a dispute over four islands")
    assert (value.low, value.high, value.unit) == (4.0, 4.0, "island")


def test_counted_thing_is_kept() -> None:
    (value,) = extract_values("expelling all 17,000 Japanese residents")
    assert value.unit == "resid"
    (part,) = extract_values("two of the four islands")
    assert part.unit == "island (part)"


@pytest.mark.parametrize(("text", "normalized"), [
    ("The vote is on January 21, 2019.", "2019-01-21"),
    ("The vote is on 21 January 2019.", "2019-01-21"),
    ("The vote is on 2019-01-21.", "2019-01-21"),
    ("Talks ran Jan. 21-22 in Geneva.", "2019-01-21/2019-01-22"),
    ("Prices rose in March 2018.", "2018-03"),
    ("The law dates from 1960.", "1960"),
    ("Growth slowed in the 1990s.", "1990s"),
])
def test_absolute_dates(text: str, normalized: str) -> None:
    dates = [v for v in extract_values(text, MONDAY) if v.kind is ValueKind.DATE]
    assert [d.normalized for d in dates] == [normalized]


def test_yearless_date_takes_the_publication_year() -> None:
    (value,) = extract_values("The talks are on Jan.\u00a022.", MONDAY)
    assert value.low == day("2019-01-22")
    assert "publication date 2019-01-21" in value.explanation


def test_yearless_date_without_publication_date_is_unresolved() -> None:
    (value,) = extract_values("The talks are on Jan. 22.", None)
    assert not value.resolved and value.month_day == (1, 22)


def test_a_yearless_claim_date_is_compared_by_month_and_day() -> None:
    from crosscheck.values.compare import Comparison, compare

    (claim,) = extract_values("The talks are on Jan. 22.", None)  # no year, no reference
    (same,) = extract_values("They will meet on Tuesday.", MONDAY)  # 2019-01-22
    (other,) = extract_values("They met on Jan. 23, 2019.", None)
    assert compare(claim, same) is Comparison.AGREES
    assert compare(claim, other) is Comparison.DIFFERS
    assert compare(same, claim) is Comparison.CONSISTENT  # a dated claim: the year may differ


@pytest.mark.parametrize(("text", "iso"), [
    ("The ministers will meet Tuesday in Oslo.", "2019-01-22"),
    ("The minister told reporters Wednesday that talks stalled.", "2019-01-16"),
    ("The board met on Friday.", "2019-01-18"),
    ("The report was released Monday.", "2019-01-21"),
    ("Officials said yesterday the deal was off.", "2019-01-20"),
    ("The vote is tomorrow.", "2019-01-22"),
])
def test_weekdays_and_deixis_resolve_against_the_publication_date(text: str, iso: str) -> None:
    dates = [v for v in extract_values(text, MONDAY) if v.kind is ValueKind.DATE]
    assert [(d.low, d.high) for d in dates] == [(day(iso), day(iso))]


def test_weekday_without_publication_date_is_honestly_unresolved() -> None:
    (value,) = extract_values("The ministers will meet Tuesday.", None)
    assert not value.resolved and "no publication date" in value.explanation


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Prices fell last week.", "2019-01-14", "2019-01-20"),
    ("The summit is later this month.", "2019-01-21", "2019-01-31"),
    ("Sales rose last month.", "2018-12-01", "2018-12-31"),
    ("The leaders agreed in November to talk.", "2018-11-01", "2018-11-30"),
    ("He expects to visit in June.", "2019-06-01", "2019-06-30"),
])
def test_relative_periods(text: str, first: str, last: str) -> None:
    dates = [v for v in extract_values(text, MONDAY) if v.kind is ValueKind.DATE]
    assert [(d.low, d.high) for d in dates] == [(day(first), day(last))]


def test_may_the_verb_is_not_a_month() -> None:
    assert extract_values("Talks may resume soon.", MONDAY) == ()


def test_every_value_explains_itself() -> None:
    values = extract_values("On Tuesday, 17,000 people marked the 25th anniversary in 2019.",
                            MONDAY)
    assert len(values) == 4
    assert all(v.explanation for v in values)


# --- properties ---------------------------------------------------------------------------

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """An independent English spelling of 1..999,999 to test the parser against."""
    if n >= 1000:
        rest = n % 1000
        return f"{spell(n // 1000)} thousand" + (f" {spell(rest)}" if rest else "")
    if n >= 100:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" and {spell(rest)}" if rest else "")
    if n >= 20:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    return ONES[n]


@given(st.integers(min_value=1, max_value=999_999))
def test_number_words_read_back_exactly(n: int) -> None:
    assert parse_number_words(spell(n)) == n


@given(st.integers(min_value=1000, max_value=10**12))
def test_separated_integers_read_back_exactly(n: int) -> None:
    (value,) = extract_values(f"The agency counted {n:,} cases.")
    assert value.low == value.high == float(n)


@given(st.text(max_size=300))
def test_extraction_never_raises(text: str) -> None:
    for value in extract_values(text, MONDAY):
        assert 0 <= value.start <= value.end <= len(text)


# --- regressions: each was a false positive or a miss once -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The committee meets every Friday.", []),
    ("In November, the leaders agreed to meet.", ["2018-11"]),
    ("The airline will cut 1,500 jobs by December.", ["2019-12"]),
    ("Talks may resume in May, a diplomat said.", ["2019-05"]),
    ("Prices rose last month.", ["2018-12"]),
])
def test_date_regressions(text: str, expected: list[str]) -> None:
    dates = [v.normalized for v in extract_values(text, MONDAY) if v.kind is ValueKind.DATE]
    assert dates == expected


def test_labelled_samples_keep_their_floor() -> None:
    from bench.eval_values import SAMPLES, evaluate

    for sample in SAMPLES:
        score = evaluate(sample)
        assert score.precision >= 0.95 and score.recall >= 0.95, (sample.name, score)


def test_times_are_values_only_when_asked_for() -> None:
    text = "The polls closed at 9:27 p.m. and counting began at 22:00."
    assert extract_values(text) == ()
    times = extract_values(text, include_times=True)
    assert [(v.kind.value, v.normalized, v.low, v.high) for v in times] == [
        ("time", "21:27", 1287.0, 1287.0), ("time", "22:00", 1320.0, 1320.0)]
    (hour,) = extract_values("Doors open at 9 a.m.", include_times=True)
    assert (hour.low, hour.high, hour.precision) == (540.0, 599.0, "hour")


def test_a_double_or_triple_thing_is_a_count() -> None:
    (value,) = extract_values("Police are investigating a double murder in the suburb.")
    assert (value.text, value.low, value.unit) == ("double", 2.0, "murder")


def units(text: str) -> list[tuple[str, str | None, float | None, float | None]]:
    return [(v.text, v.unit, v.low, v.high) for v in extract_values(text)]


def test_a_hyphened_measure_counts_its_word() -> None:
    assert units("a nine-day strike") == [("nine", "day", 9.0, 9.0)]
    assert units("The nine-day stoppage") == [("nine", "day", 9.0, 9.0)]  # not "the nine"
    assert units("a 40-page report") == [("40", "page", 40.0, 40.0)]
    # an age is a floor: a 70-year-old dispute is not yet 71 years old
    assert units("a 70-year-old dispute") == [("70", "year", 70.0, math.nextafter(71.0, 0))]
    assert units("a hundred people") == [("a hundred", "peopl", 100.0, 100.0)]


def test_units_skip_more_and_possessives() -> None:
    assert units("Two more people died.")[0][:2] == ("Two", "peopl")
    assert [v.unit for v in extract_values("40 percent of the country's container traffic")] \
        == ["% traffic"]


def test_two_estimates_differ_when_neither_reaches_the_other() -> None:
    from crosscheck.values.compare import Comparison, compare

    def comparison(claim: str, passage: str) -> Comparison:
        return compare(extract_values(claim)[0], extract_values(passage)[0])

    assert comparison("about 40 percent", "about 35 percent") is Comparison.DIFFERS
    assert comparison("about 4,000 people", "about 4,200 people") is Comparison.AGREES
    assert comparison("about 150 ships", "some 150 vessels") is Comparison.AGREES


@pytest.mark.parametrize(("text", "expected"), [
    ("TWENTY-ONE people died", ["21"]),  # spelled numbers in capitals
    ("HALF OF THE VOTERS left", ["50"]),
    ("TODAY the vote was held", ["today"]),  # day words in any case
    ("2019-01-22", ["2019-01-22"]),  # a date with no letters at all
    ("talks on Sept. 3, 2019", ["2019-09-03"]),  # an abbreviated month
    ("It costs twice as much", ["2"]),
    ("see https://example.com/one-two for three cases", ["3"]),  # a URL is not a number
    ("In Excess Of $5 million was paid", ["5000000"]),  # a qualifier in capitals
])
def test_patterns_are_tried_whenever_their_words_are_there(text: str,
                                                           expected: list[str]) -> None:
    """Patterns are skipped on texts lacking their words; never on one holding them."""
    assert [v.normalized for v in extract_values(text)] == expected


@pytest.mark.parametrize(("text", "low", "high"), [
    ("In Excess Of 5,000 people", 5000, math.inf),
    ("as many as 300 ships", -math.inf, 300),
    ("No fewer than 12 boats", 12, math.inf),
    ("5,000 people", 5000, 5000),
])
def test_a_qualifier_in_any_case_still_bounds_its_number(text: str, low: float,
                                                         high: float) -> None:
    value = extract_values(text)[0]
    assert (value.low, value.high) == pytest.approx((low, high))


@pytest.mark.parametrize(("text", "normalized", "low", "high"), [
    ("She won in 2:05:12.", "2:05:12", 7512, 7512),
    ("He ran 2 hours, 5 minutes and 12 seconds.", "2:05:12", 7512, 7512),
    ("The mile took 3 minutes 58 seconds.", "3:58", 238, 238),
    ("The split was 1h 02m 30s.", "1:02:30", 3750, 3750),
    ("The debate lasted 3 hours and 20 minutes.", "3:20:00", 12000, 12059),  # to the minute
])
def test_lengths_of_time_meet_in_seconds(text: str, normalized: str, low: float,
                                          high: float) -> None:
    (value,) = extract_values(text)
    assert (value.normalized, value.low, value.high, value.unit) == (
        normalized, low, high, "second")


@pytest.mark.parametrize("text", [
    "The talks began at 10:30 pm.",  # a time of day
    "They met at 14:05:12 pm.",
    "The flight lasted 5 hours.",  # one unit: a count of hours, as before
])
def test_times_of_day_and_single_units_are_not_lengths_of_time(text: str) -> None:
    assert all(v.unit != "second" for v in extract_values(text))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Mira Holm, 34, was elected on Sunday.", 34, 35),  # the age after a name
    ("Mira Holm is 34 years old.", 34, 35),
    ("The 34-year-old mayor was elected.", 34, 35),
])
def test_ages_are_floors_however_written(text: str, low: float, high: float) -> None:
    ages = [v for v in extract_values(text) if v.unit == "year"]
    # At least 34, under 35: the interval stops just short of the next birthday.
    assert [(v.low, v.high) for v in ages] == [(low, math.nextafter(high, 0))]


def test_consecutive_ages_differ() -> None:
    from crosscheck.values.compare import Comparison, compare

    (fifteen,) = extract_values("Kimani Gray was 15 years old.")
    (sixteen,) = extract_values("The 16-year-old Kimani Gray was shot.")
    assert compare(fifteen, sixteen) is Comparison.DIFFERS


def test_a_number_between_commas_is_an_age_only_after_a_name() -> None:
    (value,) = extract_values("Of the boats, 34, were lost.")
    assert value.unit is None and value.low == value.high == 34


@pytest.mark.parametrize(("text", "ages"), [
    ("Brian Nichols, who killed four people in Atlanta, was 37 when he was sentenced.", ["37"]),
    ("Vishwanand Subryan, the driver charged, is 23.", ["23"]),
    ("Police identified him as Anthony LaCalamita, 38.", ["38"]),
    ("Two men, ages 47 and 48, were shot.", ["47", "48"]),
    ("He was aged 61 at the time.", ["61"]),
    ("The score was 37.", []),
    ("The vote was 37 to 12.", []),
    ("It was 37.", []),
])
def test_a_bare_number_said_of_a_person_is_an_age(text: str, ages: list[str]) -> None:
    from crosscheck.values.compare import is_age

    assert [v.text for v in extract_values(text) if is_age(v)] == ages


def test_an_age_is_compared_only_with_ages() -> None:
    from crosscheck.values.compare import comparable

    age = extract_values("Mark Teixeira was 28 years old.")[0]
    contract = extract_values("He got an eight-year contract.")[0]
    assert age.unit == contract.unit == "year"
    assert comparable(age, contract) is False


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    ("five sentences of life without parole", "killed four people", False),
    ("9,000 people work there", "it runs 300 stores", False),
    ("9,000 people work there", "it has 7,000 employees", None),
    ("five people were killed", "four deaths were reported", None),
    ("23 people were held", "the 23 Somalis were held", None),
    ("4,000 residents left", "4,000 residents left", True),
    ("4,000 residents left", "4,000 cars left", False),
])
def test_a_count_of_people_is_not_a_count_of_things(claim: str, passage: str,
                                                     expected: bool | None) -> None:
    claimed, said = extract_values(claim)[0], extract_values(passage)[0]
    assert comparable(claimed, said) is expected


@pytest.mark.parametrize(("text", "unit"), [
    ("at speeds up to 120 miles per hour", "mph"),
    ("speeds of up to 120 mph", "mph"),
    ("driving 80 miles an hour", "mph"),
    ("at 100 km/h", "kph"),
    ("at 100 kilometres per hour", "kph"),
    ("100 miles away", "mile"),
])
def test_a_speed_is_one_unit_however_it_is_written(text: str, unit: str) -> None:
    assert [v.unit for v in extract_values(text)] == [unit]
