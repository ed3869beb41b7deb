"""The bound-measure rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import bound_measure
from tests.rules.helper import Row, fires

ROWS = [
    Row('The film Northern Light grossed less than $90 million worldwide.',
        'The film Northern Light was made on a $12 million production budget.',
        True),
    Row('The film Northern Light grossed less than $90 million worldwide.',
        'The film Northern Light has grossed $85 million worldwide.',
        False),
    Row('The Tamsin Fire has burned more than 12,000 acres.',
        'The Tamsin Fire grew to 14,500 acres overnight.',
        False),
    Row('Police chased Ray Vell at speeds of up to 120 mph.',
        'Police chased Ray Vell at speeds up to 120 miles per hour on Interstate 75.',
        False),
    Row('Police chased Ray Vell at speeds of up to 120 mph.',
        'Police chased Ray Vell on Interstate 75.',
        True),
    Row('The film Northern Light grossed $85 million worldwide.',
        'The film Northern Light was made on an $85 million production budget.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_bound_measure(row: Row) -> None:
    assert fires(bound_measure.RULE, row) is row.fires
