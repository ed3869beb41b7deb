"""The other-person rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_person
from tests.rules.helper import Row, fires

ROWS = [
    Row('Eric Kirkpatrick was 61.',
        'Eric Kirkpatrick shot Benjamin Banky, 40.',
        True),
    Row('Eric Kirkpatrick was 61.',
        'Police allege Eric Kirkpatrick, 61, opened fire.',
        False),
    Row('Robert Pitman, charged over the fire in Wellington, Somerset, is 34.',
        'Robert Pitman, aged 24 and from Wellington, was charged.',
        False),
    Row('Raj Chohan was 59.',
        'The driver, Vishwanand Subryan, 23, was arrested.',
        True),
    Row('Lindsay Lohan was 26.',
        'Tara Reid checks into rehab.\n'
        'The 26-year-old actress checked into a Malibu clinic.',
        True),
    Row('Lindsay Lohan was 26.',
        'Lindsay Lohan checks into rehab.\n'
        'The 26-year-old actress checked into a Malibu clinic.',
        False),
    Row('Vincent Gigante was 77.',
        'Updated 20 December 2005, 10:39 GMT US.\n'
        'The mafia boss died in jail, aged 77.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_person(row: Row) -> None:
    assert fires(other_person.RULE, row) is row.fires
