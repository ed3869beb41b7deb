"""The other-namesake rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_namesake
from tests.rules.helper import Row, fires

ROWS = [
    Row('INS Sukanya captured 23 pirates in the Gulf of Aden.',
        'Responding to a distress call, INS Mysore sped to the Gulf of Aden.\n'
        'The warship captured 23 pirates in the Gulf of Aden.',
        True),
    Row('INS Sukanya captured 23 pirates in the Gulf of Aden.',
        'Responding to a distress call, INS Sukanya sped to the Gulf of Aden.\n'
        'The warship captured 23 pirates in the Gulf of Aden.',
        False),
    Row('Risdan Holdings employs 4,000 people.',
        'Viul Holdings employs 4,000 people.',
        True),
    Row('Shinzo Abe met Vladimir Putin on January 22, 2019.',
        'Prime Minister Abe met Vladimir Putin on January 22, 2019.',
        False),
    Row('Alexandros Grigoropoulos was 15.',
        'Alexis Grigoropoulos was 15.',
        False),
    Row('Sergei Lavrov spoke for 40 minutes.',
        'Foreign Minister Sergey Lavrov spoke for 40 minutes.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_namesake(row: Row) -> None:
    assert fires(other_namesake.RULE, row) is row.fires
