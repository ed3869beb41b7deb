"""The continued-sentence rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import continued_sentence
from tests.rules.helper import Row, fires

ROWS = [
    Row('Risdan Holdings employs 4,000 people.',
        'Risdan Holdings is based in Vell.\n'
        'It employs 4,000 people.',
        True),
    Row('Risdan Holdings employs 4,000 people.',
        'Risdan Holdings is based in Vell.\n'
        'The plant employs 4,000 people.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_continued_sentence(row: Row) -> None:
    assert fires(continued_sentence.RULE, row) is row.fires
