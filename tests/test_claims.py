"""claims.yaml parsing: the contract, and an exact located message for every mistake."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from crosscheck.claims import parse_claims
from crosscheck.errors import ClaimsError


def parse(text: str):  # type: ignore[no-untyped-def]
    return parse_claims(textwrap.dedent(text).lstrip(), "claims.yaml")


def error_of(text: str) -> str:
    with pytest.raises(ClaimsError) as info:
        parse(text)
    return str(info.value)


def test_full_file() -> None:
    claims = parse("""
        version: 1
        corpus: [news, "extra/*.txt"]
        sources:
          news/a.txt:
            title: A title
            published: 2019-01-21
        claims:
          - id: expelled
            claim: The Soviet Union expelled all 17,000 residents.
            min_sources: 2
          - id: meeting
            claim: The 25th meeting is on January 22, 2019.
            value: 25th
            aliases: [the twenty-fifth summit]
    """)
    assert claims.corpus == ("news", "extra/*.txt")
    assert claims.sources[0].published == dt.date(2019, 1, 21)
    assert claims.sources[0].line == 4
    first, second = claims.claims
    assert (first.id, first.line, first.min_sources) == ("expelled", 8, 2)
    assert (second.value, second.aliases) == ("25th", ("the twenty-fifth summit",))


def test_corpus_defaults_to_seeds() -> None:
    claims = parse("""
        version: 1
        claims:
          - {id: a, claim: One claim.}
    """)
    assert claims.corpus == ("seeds",)


@pytest.mark.parametrize(("text", "message"), [
    ("version: 1\nclaims:\n  - id: a\n    claim: x\n    valeu: 3\n",
     'claims.yaml:5:5: claim "a": unknown key "valeu"; did you mean "value"?'),
    ("version: 1\nclaims:\n  - id: a\n    claim: x\n  - id: a\n    claim: y\n",
     'claims.yaml:5:5: duplicate claim id "a"; it is first used on line 3; ids must be unique'),
    ("version: 1\nclaims:\n  - id: a\n",
     'claims.yaml:3:5: claim "a" is missing "claim"; add `claim: <the sentence>`'),
    ("version: 1\nclaims:\n  - claim: x\n",
     'claims.yaml:3:5: a claim is missing "id"; add `id: a-short-slug`'),
    ("version: 1\nclaims: []\n",
     'claims.yaml:2:9: "claims" is empty; add at least one {id, claim} entry'),
    ("version: 2\nclaims:\n  - {id: a, claim: x}\n",
     "claims.yaml:1:10: unsupported version 2; this crosscheck reads version 1"),
    ("claims:\n  - {id: a, claim: x}\n",
     'claims.yaml:1:1: missing "version"; add `version: 1`'),
    ("version: 1\nclaims:\n  - {id: a, claim: x, min_sources: two}\n",
     'claims.yaml:3:36: claim "a": min_sources must be a whole number'),
    ("version: 1\nclaims:\n  - {id: a, claim: x, min_sources: 0}\n",
     'claims.yaml:3:36: claim "a": min_sources must be at least 1, not 0'),
    ("version: 1\nclaims:\n  - {id: Bad Id, claim: x}\n",
     'claims.yaml:3:10: claim "Bad Id": id must be a slug (a-z, 0-9, ".", "_", "-"); '
     'e.g. "bad-id"'),
    ("version: 1\nsources:\n  a.txt: {published: 21/01/2019}\nclaims:\n  - {id: a, claim: x}\n",
     'claims.yaml:3:22: published "21/01/2019" is not a date; write it as YYYY-MM-DD, '
     "e.g. 2019-01-21"),
    ("version: 1\nclaims:\n  - id: a\n    claim: [unclosed\n",
     "claims.yaml:5:1: YAML syntax error: expected ',' or ']', but got '<stream end>'; "
     "check indentation and quoting around this position"),
    ("version: 1\nclaimz: []\n",
     'claims.yaml:2:1: top level: unknown key "claimz"; did you mean "claims"?'),
    ("- just\n- a list\n",
     "claims.yaml:1:1: the top level must be a mapping; write it as `key: value` lines"),
    ("", "claims.yaml:1:1: the file is empty; start from `crosscheck --help` or the README's "
         "example"),
])
def test_errors_are_located_and_say_how_to_fix(text: str, message: str) -> None:
    assert error_of(text) == message


def test_alias_bomb_is_refused() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for level in "bcdefg":
        previous = chr(ord(level) - 1)
        bomb += f"{level}: &{level} [{', '.join(['*' + previous] * 10)}]\n"
    assert "expands to more than 100,000 YAML nodes" in error_of(bomb)
