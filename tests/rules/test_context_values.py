"""The context-values rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import context_values
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Jan. 22, 2019 summit in Moscow is the 25th meeting between Putin and Abe.',
        'The Jan. 22, 2019 talks are the 25th meeting between Putin and Abe.',
        True),
    Row('The Jan. 22, 2019 summit in Moscow is the 25th meeting between Putin and Abe.',
        'The talks are the 25th meeting between Putin and Abe.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_context_values(row: Row) -> None:
    assert fires(context_values.RULE, row) is row.fires
