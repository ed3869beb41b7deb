"""The other-framing rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_framing
from tests.rules.helper import Row, fires

ROWS = [
    Row('Mayor Kessia won a second term on October 13, 2023.',
        'Mayor Kessia won a third term on October 20, 2027.',
        True, value='October 13, 2023'),
    Row('Mayor Kessia won a second term on October 13, 2023.',
        'Mayor Kessia won a second term on October 20, 2023.',
        False, value='October 13, 2023'),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_framing(row: Row) -> None:
    assert fires(other_framing.RULE, row) is row.fires
