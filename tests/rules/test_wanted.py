"""The wanted rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import wanted
from tests.rules.helper import Row, fires

ROWS = [
    Row('Port Melk dock workers got a 5 percent pay rise.',
        'Port Melk dock workers are demanding a 5 percent pay rise.',
        True),
    Row('Port Melk dock workers got a 9 percent pay rise.',
        'Port Melk dock workers will strike unless they receive 9 percent.',
        True),
    Row('Port Melk dock workers got a 5 percent pay rise.',
        'Port Melk dock workers got a 5 percent pay rise.',
        False),
    Row('Tokyo sought a visit by the Lindau president in 2014.',
        'Tokyo had initially sought a visit by the Lindau president in 2014.',
        False),
    Row('The Lindau president visited Tokyo in 2014.',
        'Tokyo had initially sought a visit by the Lindau president in 2014.',
        True),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_wanted(row: Row) -> None:
    assert fires(wanted.RULE, row) is row.fires
