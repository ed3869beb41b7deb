"""The other-place rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_place
from tests.rules.helper import Row, fires

ROWS = [
    Row('The storm killed 12 people in Tallgrass.',
        'The storm killed 9 people in Harlow.',
        True),
    Row('The storm killed 12 people in Tallgrass.',
        'The storm killed 9 people in Tallgrass.',
        False),
    Row('The storm killed 12 people in Tallgrass.',
        'The storm killed 9 people.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_place(row: Row) -> None:
    assert fires(other_place.RULE, row) is row.fires
