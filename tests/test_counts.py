"""Counts of people said in the shapes news uses: each against a claim of three killed.

Written for these mechanisms (no corpus was read for them): the noun a count counts is its
unit, not what happened (killed); "dead", "hurt" used as nouns count people; a count said
with another kind of happening (wounded, sent to hospital) is neither support nor conflict.
"""

from __future__ import annotations

import pytest

from tests.conftest import ProjectFactory
from tests.test_matching import verdicts

CLAIM = ("  - id: toll\n"
         "    claim: Three people were killed in the shooting on Elm Street in Dorval.\n")


@pytest.mark.parametrize(("sentence", "status"), [
    ("Police reported the shooting deaths of three men on Elm Street in Dorval.", "supported"),
    ("The Elm Street shooting in Dorval left three people dead.", "supported"),
    ("3 dead, 5 hurt in Elm Street shooting in Dorval", "supported"),
    ("A family of three was found dead after the shooting on Elm Street in Dorval.",
     "supported"),
    ("The Elm Street shooting in Dorval claimed the lives of three people.", "supported"),
    ("The gunman opened fire on Elm Street in Dorval, killing three people.", "supported"),
    ("The Elm Street shooting in Dorval left four people dead.", "contradicted"),
    ("Four people died in the Elm Street shooting in Dorval.", "contradicted"),
    ("The Elm Street shooting in Dorval killed four and wounded two.", "contradicted"),
    ("4 dead, 5 hurt in Elm Street shooting in Dorval", "contradicted"),
    ("Three people were wounded in the Elm Street shooting in Dorval.", "unsupported"),
    ("The Elm Street shooting in Dorval sent three people to hospital.", "unsupported"),
    ("Five people were wounded in the Elm Street shooting in Dorval.", "unsupported"),
])
def test_a_count_of_the_killed_however_said(make_project: ProjectFactory, sentence: str,
                                             status: str) -> None:
    result = verdicts(make_project, CLAIM, {
        "news/a.txt": f"Shooting in Dorval\n\nPublished: 2025-06-12\n\n{sentence}\n"})
    assert result["toll"][0] == status
