"""The negated rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import negated
from tests.rules.helper import Row, fires

ROWS = [
    Row('The Vell plant employs 4,000 people.',
        'Risdan denied that the Vell plant employs 4,000 people.',
        True),
    Row('The Vell plant employs 4,000 people.',
        'The Vell plant does not employ 4,000 people.',
        True),
    Row('The Vell plant employs 4,000 people.',
        'The Vell plant employs 4,000 people.',
        False),
    Row('5,000 workers walked out at Port Melk.',
        '“We will not let our members down,” the union said as 5,000 workers walked '
        'out at Port Melk.',
        False),
    Row('Dr. Vik led the walking study.',
        'Dr. Vik never led the walking study.',
        True),
    Row('Dr. Vik led the walking study.',
        'Dr. Vik led the walking study.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_negated(row: Row) -> None:
    assert fires(negated.RULE, row) is row.fires
