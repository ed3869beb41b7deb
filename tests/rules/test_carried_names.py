"""The carried-names rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import carried_names
from tests.rules.helper import Row, fires

ROWS = [
    Row('Risdan Holdings employs 4,000 people.',
        'Risdan Holdings is based in Vell.\n'
        'The company employs 4,000 people.',
        True),
    Row('Risdan Holdings employs 4,000 people.',
        'Risdan Holdings is based in Vell.\n'
        'Rival Viul Holdings employs 4,000 people.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_carried_names(row: Row) -> None:
    assert fires(carried_names.RULE, row) is row.fires
