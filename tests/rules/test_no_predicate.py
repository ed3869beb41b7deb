"""The no-predicate rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import no_predicate
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Soviet Union expelled 17,000 Japanese residents from the islands.',
        'The Soviet Union stationed 7,000 on the islands in 1946.',
        True),
    Row('The Soviet Union expelled 17,000 Japanese residents from the islands.',
        'The Soviet Union expelled 7,000 Japanese residents from the islands.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_no_predicate(row: Row) -> None:
    assert fires(no_predicate.RULE, row) is row.fires
