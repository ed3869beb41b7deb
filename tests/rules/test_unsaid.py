"""The unsaid rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import unsaid
from tests.rules.helper import Row, fires

ROWS = [
    Row('Dr. Vik led the walking study.',
        'The cycling trial ended in May.\n'
        'It was led by Dr. Vik.',
        True),
    Row('Dr. Vik led the walking study.',
        'Dr. Vik led the walking study.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_unsaid(row: Row) -> None:
    assert fires(unsaid.RULE, row) is row.fires
