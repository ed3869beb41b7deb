"""The hedged rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import hedged
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Vell plant employs 4,000 people.',
        'The Vell plant may employ 4,000 people.',
        True),
    Row('The Vell plant employs 4,000 people.',
        'Reportedly, the Vell plant employs 4,000 people.',
        True),
    Row('The Vell plant is expected to employ 4,000 people.',
        'The Vell plant is expected to employ 4,000 people.',
        False),
    Row('The Vell plant employs 4,000 people.',
        '“It might rain,” the manager said as the Vell plant took on 4,000 people.',
        False),
    Row('Dr. Vik may be the council leader.',
        'Dr. Vik may be the council leader.',
        False),
    Row('Dr. Vik is the council leader.',
        'Dr. Vik may be the council leader.',
        True),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_hedged(row: Row) -> None:
    assert fires(hedged.RULE, row) is row.fires
