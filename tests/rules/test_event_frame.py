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
    Row('INS Mysore captured 23 pirates off Aden.',
        'The navy took 23 pirates into custody off Aden on Saturday.\n'
        'Responding to a distress call, INS Mysore sped to the scene.',
        True, asked=0),
    Row('INS Mysore captured 23 pirates off Aden.',
        'The navy took 23 pirates into custody off Aden on Saturday.\n'
        'The navy said so.',
        False, asked=0),
    Row('4,200 residents of Dorval fled the flood.',
        'A digest of regional news\n'
        'An earlier flood forced 1,200 residents from Marlow.\n'
        'Officials said 4,200 residents fled Dorval.',
        False, asked=1),
]


@pytest.mark.parametrize("row", ROWS, ids=str)
def test_event_frame(row: Row) -> None:
    assert fires(event_frame.RULE, row) is row.fires
