"""The other-measure rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_measure
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Halden chain employs 9,000 people.',
        'The Halden chain has 7,000 employees.',
        False),
    Row('The Halden chain employs 9,000 people.',
        'The Halden chain served 7,000 people a day.',
        True),
    Row('The Halden chain employs 9,000 people.',
        'The Halden chain employs 7,000 people.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_measure(row: Row) -> None:
    assert fires(other_measure.RULE, row) is row.fires
