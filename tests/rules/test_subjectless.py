"""The subjectless rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import subjectless
from tests.rules.helper import Row, fires

ROWS = [
    Row('Tomas Berg took 41.5 percent.',
        'Her rival, Tomas Berg, took 41.5 percent.',
        True),
    Row('Tomas Berg took 41.5 percent.',
        'Her rival, Tomas Berg, and the mayor each took 41.5 percent.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_subjectless(row: Row) -> None:
    assert fires(subjectless.RULE, row) is row.fires
