"""The prior-sentence rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import prior_sentence
from tests.rules.helper import Row, fires

ROWS = [
    Row('Port Melk dock workers got a 5 percent rise.',
        'Port Melk dock workers signed the deal.\n'
        'The agreement gives them a 5 percent rise.',
        True),
    Row('Port Melk dock workers got a 5 percent rise.',
        'Port Melk dock workers signed the deal.\n'
        'The agreement gives pilots a 5 percent rise.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_prior_sentence(row: Row) -> None:
    assert fires(prior_sentence.RULE, row) is row.fires
