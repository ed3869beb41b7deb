"""The earlier-value rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import earlier_value
from tests.rules.helper import Row, fires

ROWS = [
    Row('Unemployment in Veloria was 4.6 percent in March.',
        'Unemployment in Veloria fell to 4.1 percent in March, from 4.6 percent in '
        'February.',
        True),
    Row('Unemployment in Veloria was 4.6 percent in March.',
        'Unemployment in Veloria fell to 4.1 percent in March.',
        False),
    Row('Sales at Risdan Holdings reached $1.6 billion.',
        'Sales at Risdan Holdings rose to $1.8 billion from $1.6 billion.',
        True),
    Row('Sales at Risdan Holdings reached $1.6 billion.',
        'Sales at Risdan Holdings came from $1.6 billion of exports.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_earlier_value(row: Row) -> None:
    assert fires(earlier_value.RULE, row) is row.fires
