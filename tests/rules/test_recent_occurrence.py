"""The recent-occurrence rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import recent_occurrence
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Port Melk strike began on June 2, 2025.',
        'The Port Melk strike began on February 23, 2019.',
        True, published='2019-02-25'),
    Row('The Port Melk strike began on June 2, 2025.',
        'The Port Melk strike began on June 9, 2025.',
        False, published='2025-06-12'),
    Row('The Port Melk strike began on June 2, 2025.',
        'The Port Melk strike of 2019 began on February 23, 2019.',
        False, published='2025-06-12'),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_recent_occurrence(row: Row) -> None:
    assert fires(recent_occurrence.RULE, row) is row.fires
