"""The other-happening rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import other_happening
from tests.rules.helper import Row, fires

ROWS = [
    Row('Three people were killed in the Elm Street shooting.',
        'Three people were wounded in the Elm Street shooting.',
        True),
    Row('Three people were killed in the Elm Street shooting.',
        'Three people died in the Elm Street shooting.',
        False),
    Row('Four people were killed in the Elm Street shooting.',
        'The Elm Street shooting killed three and wounded four.',
        True),
    Row('Forty-one people remain in hospital after the Ostrova derailment.',
        'Three people were killed and 41 injured in the Ostrova derailment.',
        True),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_other_happening(row: Row) -> None:
    assert fires(other_happening.RULE, row) is row.fires
