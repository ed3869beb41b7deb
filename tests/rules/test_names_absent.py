"""The names-absent rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import names_absent
from tests.rules.helper import Row, fires

ROWS = [
    Row('Risdan Holdings employs 4,000 people.',
        'Viul Holdings and Danlin Holdings both grew.\n'
        'Viul Holdings employs 4,000 people.',
        True),
    Row('Risdan Holdings employs 4,000 people.',
        'Risdan Holdings employs 4,000 people.',
        False),
    Row('Risdan Holdings employs 4,000 people.',
        'Risdan Holdings opened a plant in Vell.\n'
        'The plant employs 4,000 people.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_names_absent(row: Row) -> None:
    assert fires(names_absent.RULE, row) is row.fires
