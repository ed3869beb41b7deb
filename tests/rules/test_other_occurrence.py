"""The other-occurrence rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_occurrence
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Port Melk strike cost 2,000 jobs.',
        'The Port Melk strike cost 1,500 jobs.',
        True, published='2019-03-01', supported_on='2025-06-12'),
    Row('The Port Melk strike cost 2,000 jobs.',
        'The Port Melk strike cost 1,500 jobs.',
        False, published='2025-06-14', supported_on='2025-06-12'),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_occurrence(row: Row) -> None:
    assert fires(other_occurrence.RULE, row) is row.fires
