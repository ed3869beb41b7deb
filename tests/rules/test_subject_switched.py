"""The subject-switched rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import subject_switched
from tests.rules.helper import Row, fires

ROWS = [
    Row('Halden Foods reported a net profit of $95 million.',
        'Halden Foods published its results on Monday.\n'
        'Rival Nordmark Grocers reported a net profit of $120 million.\n'
        'Net profit was $110 million.',
        True),
    Row('Halden Foods reported a net profit of $95 million.',
        'Halden Foods published its results on Monday.\n'
        'Net profit was $110 million.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_subject_switched(row: Row) -> None:
    assert fires(subject_switched.RULE, row) is row.fires
