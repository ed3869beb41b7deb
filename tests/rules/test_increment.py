"""The increment rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import increment
from tests.rules.helper import Row, fires

ROWS = [
    Row('Five people died in the Tolo fire.',
        'Two more people died in the Tolo fire overnight.',
        True),
    Row('Three hundred troops were sent to Tolo.',
        'Another 300 troops were sent to Tolo.',
        True),
    Row('Five people died in the Tolo fire.',
        'Two people died in the Tolo fire.',
        False),
    Row('Five people died in the Tolo fire.',
        'Two more than expected died in the Tolo fire.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_increment(row: Row) -> None:
    assert fires(increment.RULE, row) is row.fires
