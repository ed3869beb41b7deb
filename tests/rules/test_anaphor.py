"""The anaphor rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import anaphor
from tests.rules.helper import Row, fires

ROWS = [
    Row('Putin and Abe met on January 22, 2019.',
        'Putin hosted Abe in Moscow, and the two leaders met on January 22, 2019.',
        True),
    Row('Putin and Abe met on January 22, 2019.',
        'Putin hosted Abe in Moscow, and ministers met on January 22, 2019.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_anaphor(row: Row) -> None:
    assert fires(anaphor.RULE, row) is row.fires
