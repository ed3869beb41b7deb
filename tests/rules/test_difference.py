"""The difference rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import difference
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Lindau bridge cost 190 million euros.',
        'The Lindau bridge cost 90 million euros more than budgeted.',
        True),
    Row('The Lindau bridge cost 90 million euros more than budgeted.',
        'The Lindau bridge came in 90 million euros over budget.',
        False),
    Row('The Lindau bridge cost 190 million euros.',
        'The Lindau bridge cost 190 million euros.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_difference(row: Row) -> None:
    assert fires(difference.RULE, row) is row.fires
