"""The vague-date rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import vague_date
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Vell summit was held on January 22, 2019.',
        'The Vell summit was held last month.',
        True, published='2019-03-04'),
    Row('The Vell summit was held on January 22, 2019.',
        'The Vell summit was held on Tuesday.',
        False, published='2019-01-24'),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_vague_date(row: Row) -> None:
    assert fires(vague_date.RULE, row) is row.fires
