"""The age-of-person rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import age_of_person
from tests.rules.helper import Row, fires

ROWS = [
    Row('Brian Nichols, who killed four people in Atlanta, was 37.',
        'Nichols, 37, was found guilty.',
        True),
    Row('Brian Nichols, who killed four people in Atlanta, was 37.',
        'Kirkpatrick, 37, was found guilty.',
        False),
    Row('Brian Nichols, who killed four people in Atlanta, was 37.',
        'The suspect, 37-year-old Brian Nichols, was held.',
        True),
    Row('Brian Nichols, who killed four people in Atlanta, was 37.',
        'A 37-year-old man was held in Atlanta.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_age_of_person(row: Row) -> None:
    assert fires(age_of_person.RULE, row) is row.fires
