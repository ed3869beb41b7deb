"""The quoted-aside rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import quoted_aside
from tests.rules.helper import Row, fires

ROWS = [
    Row('5,000 workers walked out at Port Melk.',
        '“We will not let our members down,” the union said as 5,000 workers walked '
        'out at Port Melk.',
        True),
    Row('5,000 workers walked out at Port Melk.',
        '“5,000 workers did not walk out,” the Port Melk union said.',
        False),
    Row('5,000 workers walked out at Port Melk.',
        'The union said 5,000 workers walked out at Port Melk.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_quoted_aside(row: Row) -> None:
    assert fires(quoted_aside.RULE, row) is row.fires
