"""The other-subject rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_subject
from tests.rules.helper import Row, fires

ROWS = [
    Row('Halden Foods reported a net profit of $95 million.',
        'Shoppers returned, but rival Nordmark Grocers reported a net profit of $120 '
        'million.',
        True),
    Row('Halden Foods reported a net profit of $95 million.',
        'Halden Foods reported a net profit of $120 million.',
        False),
    Row('Halden Foods reported a net profit of $95 million.',
        'Shoppers returned and the grocer reported a net profit of $120 million, '
        'Nordmark Grocers said.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_subject(row: Row) -> None:
    assert fires(other_subject.RULE, row) is row.fires
