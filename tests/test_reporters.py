"""Reporters: exact output on a small hand-built report, and untrusted text kept inert."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck.model import (
    Claim,
    ClaimId,
    ClaimResult,
    Evidence,
    Relation,
    Report,
    SourceSummary,
    Status,
    Value,
    ValueKind,
)
from crosscheck.reporters import Format, render
from crosscheck.reporters.markdown import md

GOLDEN = Path(__file__).parent / "golden"
HOSTILE = "[bold red]pwned[/] \x1b[31mred\x1b[0m | `tick` <b>html</b> *star* @someone"


def _year(text: str, start: int, year: int) -> Value:
    low = float(dt.date(year, 1, 1).toordinal())
    high = float(dt.date(year, 12, 31).toordinal())
    return Value(ValueKind.DATE, start, start + len(text), text, low, high, str(year), "year",
                 f"the year {year}")


def sample_report(source_text: str = "The bridge opened in 2013 after delays.") -> Report:
    claim = Claim(ClaimId("bridge-opened"), "The bridge opened in 2014.", line=5, column=5)
    start = source_text.find("2013")
    found = _year("2013", start, 2013) if start >= 0 else None
    conflict = Evidence("docs/a.txt", 3, 1, Relation.CONFLICTS, source_text, 0.9, found,
                        _year("2014", 21, 2014), ("2013 differs from the claim's 2014",))
    support = Evidence("docs/b.txt", 7, 5, Relation.SUPPORTS,
                       "The bridge finally opened in 2014.", 0.8,
                       _year("2014", 29, 2014), _year("2014", 21, 2014), ("agrees",),
                       rules=("carried-names",))
    other = Claim(ClaimId("toll"), "The toll is 2 dollars.", line=8, column=5)
    return Report(
        "claims.yaml",
        (ClaimResult(claim, Status.DISPUTED, (conflict, support)),
         ClaimResult(other, Status.UNSUPPORTED, ())),
        (SourceSummary("docs/a.txt", 4, dt.date(2019, 1, 21), "claims.yaml line 3"),
         SourceSummary("docs/b.txt", 9, None, None)),
        ("docs/c.png: skipped, not a text file type",),
    )


@pytest.mark.parametrize(("fmt", "golden"), [
    (Format.TERMINAL, "sample.terminal.txt"),
    (Format.MARKDOWN, "sample.md"),
    (Format.JSON, "sample.json"),
])
def test_exact_output(fmt: Format, golden: str) -> None:
    expected = (GOLDEN / golden).read_text(encoding="utf-8")
    assert render(sample_report(), fmt, width=80) == expected


def test_terminal_shows_markup_and_escapes_literally() -> None:
    text = render(sample_report(HOSTILE + " in 2013"), Format.TERMINAL, color=True, width=200)
    assert "[bold red]pwned[/]" in text
    assert "\\x1b[31mred\\x1b[0m" in text
    assert "\x1b[31mred" not in text


def test_terminal_without_color_has_no_escape_sequences() -> None:
    assert "\x1b" not in render(sample_report(HOSTILE), Format.TERMINAL, color=False)


def test_markdown_table_survives_pipes_and_html() -> None:
    text = render(sample_report(HOSTILE + " in 2013"), Format.MARKDOWN)
    assert "<b>" not in text and "\x1b" not in text
    assert "\\| \\`tick\\` \\<b\\>html\\</b\\> \\*star\\* &#64;someone" in text
    for line in text.splitlines():
        if line.startswith("| "):
            assert line.count(" | ") - line.count("\\|") == 4


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_markdown_escaping_keeps_one_inert_line(text: str) -> None:
    escaped = md(text)
    assert "\n" not in escaped and "\r" not in escaped
    unescaped_pipes = escaped.replace("\\|", "")
    assert "|" not in unescaped_pipes
    assert "<" not in escaped.replace("\\<", "")


@settings(max_examples=100)
@given(st.text(max_size=200))
def test_json_is_valid_for_any_text(text: str) -> None:
    data = json.loads(render(sample_report(text), Format.JSON))
    assert data["claims"][0]["evidence"][0]["text"] == text
