"""The scheduled rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import scheduled
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Lindau bridge opened in 2025.',
        'The Lindau bridge is due to open in 2025.',
        True),
    Row('The Lindau bridge opened in 2025.',
        'The Lindau bridge opened in 2025.',
        False),
    Row('The Lindau bridge opened in 2025.',
        'The Lindau bridge is due to open in 2025 and was budgeted at 80 million euros.',
        True),
    Row('The Lindau bridge will open in 2025.',
        'The Lindau bridge is due to open in 2025.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_scheduled(row: Row) -> None:
    assert fires(scheduled.RULE, row) is row.fires
