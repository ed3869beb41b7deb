"""The same-phase rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import same_phase
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Carrow wildfire broke out on August 10, 2025.',
        'The Carrow wildfire began on August 10, 2025.',
        True),
    Row('The Carrow wildfire broke out on August 10, 2025.',
        'The Carrow wildfire was contained on August 14, 2025.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_same_phase(row: Row) -> None:
    assert fires(same_phase.RULE, row) is row.fires
