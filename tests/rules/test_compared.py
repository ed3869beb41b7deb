"""The compared rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import compared
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Red Sox offered $184 million.',
        'The Red Sox offer is less than the $184 million reported by WCVB.',
        True),
    Row('The Red Sox offered $184 million.',
        'The Red Sox offered $184 million.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_compared(row: Row) -> None:
    assert fires(compared.RULE, row) is row.fires
