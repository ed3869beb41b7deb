"""The other-phase rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_phase
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Port Melk strike began on June 2, 2025.',
        'The Port Melk strike ended on June 11, 2025.',
        True),
    Row('The Port Melk strike began on June 2, 2025.',
        'The Port Melk strike broke out on June 3, 2025.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_phase(row: Row) -> None:
    assert fires(other_phase.RULE, row) is row.fires
