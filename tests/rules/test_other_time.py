"""The other-time rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_time
from tests.rules.helper import Row, fires

ROWS = [
    Row('Turnout in the 2023 Brennick election was 61 percent.',
        'Turnout in the 2019 Brennick election was 58 percent.',
        True),
    Row('Turnout in the 2023 Brennick election was 61 percent.',
        'Turnout in the 2023 Brennick election was 58 percent.',
        False),
    Row('Turnout in the 2023 Brennick election was 61 percent.',
        'Turnout in the Brennick election was 58 percent.',
        True, published='2019-05-02'),
    Row('Turnout in the 2023 Brennick election was 61 percent.',
        'Turnout in the Brennick election was 58 percent.',
        False, published='2023-10-16'),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_time(row: Row) -> None:
    assert fires(other_time.RULE, row) is row.fires
