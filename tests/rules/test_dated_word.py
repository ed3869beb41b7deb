"""The dated-word rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import dated_word
from tests.rules.helper import Row, fires

ROWS = [
    Row('Ukraine declared its independence in 1991.',
        'Ukraine declared its independence after the referendum in 1990.',
        True),
    Row('Ukraine declared its independence in 1991.',
        'Ukraine declared its independence in 1990.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_dated_word(row: Row) -> None:
    assert fires(dated_word.RULE, row) is row.fires
