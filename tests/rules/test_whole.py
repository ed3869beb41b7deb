"""The whole rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import whole
from tests.rules.helper import Row, fires

ROWS = [
    Row('Pierre Thomas missed 10 games.',
        "Pierre Thomas missed 10 of the Saints' 16 games.",
        True),
    Row('The Saints played 16 games.',
        'The Saints played 16 games.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_whole(row: Row) -> None:
    assert fires(whole.RULE, row) is row.fires
