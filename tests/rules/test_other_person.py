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
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_person(row: Row) -> None:
    assert fires(other_person.RULE, row) is row.fires
