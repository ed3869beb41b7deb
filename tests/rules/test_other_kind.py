"""The other-kind rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_kind
from tests.rules.helper import Row, fires

ROWS = [
    Row('Anthony LaSalle had three prior DUI convictions.',
        'Anthony LaSalle also has two motor vehicle theft convictions.',
        True),
    Row('Anthony LaSalle had three prior DUI convictions.',
        'Anthony LaSalle has two DUI convictions.',
        False),
    Row('INS Sukanya seized six AK-47 rifles.',
        'INS Sukanya seized six AK 47 rifles.',
        False),
    Row('Reggie Bush ran for 404 rushing yards.',
        'Reggie Bush had 440 receiving yards.',
        True),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_kind(row: Row) -> None:
    assert fires(other_kind.RULE, row) is row.fires
