"""The event-frame rule, row by row: claim, source (its last line is asked), fires?"""

from __future__ import annotations

import pytest

from crosscheck.matching.rules import event_frame
from tests.rules.helper import Row, fires

ROWS = [
    Row('Anthony LaCalamita shot three people in Troy.',
        'Troy shooting: man held\n'
        'Anthony LaCalamita was arrested on Monday.\n'
        'Police said three people were shot.',
        True),
    Row('Anthony LaCalamita shot three people in Troy.',
        'Police said three people were shot.',
        False),
    Row('Anthony LaCalamita shot three people in Troy.',
        'Troy shooting: man held\n'
        'Anthony LaCalamita was arrested on Monday.\n'
        'Rival Ferro Holdings said three people were shot.',
        False),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_event_frame(row: Row) -> None:
    assert fires(event_frame.RULE, row) is row.fires
