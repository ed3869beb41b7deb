"""The own-attribute rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import own_attribute
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Angels made Mark Teixeira a contract offer covering eight years.',
        'The Angels have offered an eight-year contract to Mark Teixeira.',
        True),
    Row('The Angels made Mark Teixeira a contract offer covering eight years.',
        'The Angels have offered a seven-year contract to Mark Teixeira.',
        False),
    Row('Tony Thompson lost to Wladimir Klitschko on July 7, 2012.',
        'Klitschko stopped Thompson on July 7, 2012.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_own_attribute(row: Row) -> None:
    assert fires(own_attribute.RULE, row) is row.fires
