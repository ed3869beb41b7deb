"""The unit-word rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import unit_word
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Tolo race winner was 27 years old.',
        'The Tolo race winner, aged 27, ran fast.',
        True),
    Row('The Tolo race winner was 27 years old.',
        'The Tolo race winner, 27 years old, ran fast.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_unit_word(row: Row) -> None:
    assert fires(unit_word.RULE, row) is row.fires
