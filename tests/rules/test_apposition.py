"""The apposition rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import apposition
from tests.rules.helper import Row, fires

ROWS = [
    Row('Amos Kiptanui is 27.',
        'Amos Kiptanui, 27, won the race.',
        True),
    Row('Amos Kiptanui is 27.',
        'Amos Kiptanui won the race at 27.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_apposition(row: Row) -> None:
    assert fires(apposition.RULE, row) is row.fires
