"""The time-side rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import time_side
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Vell summit will be held on March 3, 2019.',
        'The Vell summit was held on January 22, 2019.',
        True, published='2019-02-01'),
    Row('The Vell summit was held on January 20, 2019.',
        'The Vell summit was held on January 22, 2019.',
        False, published='2019-02-01'),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_time_side(row: Row) -> None:
    assert fires(time_side.RULE, row) is row.fires
