"""Passages keep original line/column; sources get dates by precedence and decode safely."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscheck.claims import parse_claims
from crosscheck.errors import ClaimsError, CorpusError
from crosscheck.model import SourceMeta
from crosscheck.passages import split_passages
from crosscheck.sources import decode, find_dateline, make_source, read_sources


def passages_of(text: str) -> list[tuple[int, int, str]]:
    source = make_source("a.txt", text, None)
    return [(p.line, p.column, p.text) for p in split_passages(source)]


def test_sentences_carry_line_and_column_of_the_original_file() -> None:
    text = ("The title of this story\n\nFirst sentence here. Second one, on\nthe next line.\n\n"
            "  Third.\n")
    assert passages_of(text) == [
        (1, 1, "The title of this story"),
        (3, 1, "First sentence here."),
        (3, 22, "Second one, on the next line."),
        (6, 3, "Third."),
    ]


def test_a_heading_or_list_item_ends_its_sentence_without_a_full_stop() -> None:
    text = ("Floods hit the valley\nRain fell for nine days. Roads closed.\n"
            "- All schools in the valley shut\n- Trains stopped. Buses ran.\n")
    assert [p[2] for p in passages_of(text)] == [
        "Floods hit the valley", "Rain fell for nine days.", "Roads closed.",
        "All schools in the valley shut",
        "Trains stopped.", "Buses ran."]


def test_abbreviations_and_no_break_spaces_do_not_split() -> None:
    text = "Talks are set for Jan.\u00a022 in Moscow, the U.S. envoy said. He left."
    assert [p[2] for p in passages_of(text)] == [
        "Talks are set for Jan. 22 in Moscow, the U.S. envoy said.", "He left."]


def test_lines_without_words_are_not_passages() -> None:
    assert passages_of("***\n\n12345\n\n— · —\n") == []


def test_crlf_line_numbers() -> None:
    assert [p[0] for p in passages_of("One.\r\n\r\nTwo.\r\nThree.\r\n")] == [1, 3, 4]


@pytest.mark.parametrize(("text", "expected"), [
    ("# Headline\n\nBy Staff\n\nJanuary 21, 2019\n\nBody text.", dt.date(2019, 1, 21)),
    ("Headline\nPosted: 3 March 2020 10:15\nBody.", dt.date(2020, 3, 3)),
    ("Headline\nThe vote on January 21, 2019 was close and divisive for all.\n", None),
    ("21 July 2013 Last updated at 11:11 GMT\nWaitrose fire tackled\nBody.",
     dt.date(2013, 7, 21)),
    ("Headline\nStory Created: Aug 7, 2012 at 9:56 AM AKDT\nBody.", dt.date(2012, 8, 7)),
    ("Last Updated: Tuesday, 20 December 2005, 10:39 GMT\nBody.", dt.date(2005, 12, 20)),
    ("Headline\nThe fire on 21 July 2013 at 11:11 destroyed the old town hall.\n", None),
])
def test_dateline(text: str, expected: dt.date | None) -> None:
    found = find_dateline(text)
    assert (found[0] if found else None) == expected


def test_publication_date_precedence() -> None:
    text = "Headline\n\nJanuary 21, 2019\n\nBody."
    meta = SourceMeta("a.txt", 7, published=dt.date(2019, 1, 20),
                      url="https://x.test/2019/01/19/story")
    assert make_source("a.txt", text, meta).published == dt.date(2019, 1, 20)
    assert make_source("a.txt", text, meta).published_origin == "claims.yaml line 7"
    undated_meta = SourceMeta("a.txt", 7, url="https://x.test/2019/01/19/story")
    assert make_source("a.txt", text, undated_meta).published == dt.date(2019, 1, 21)
    from_url = make_source("a.txt", "Body only.", undated_meta)
    assert (from_url.published, from_url.published_origin) == (
        dt.date(2019, 1, 19), "the date in its URL")


@pytest.mark.parametrize(("data", "text"), [
    ("naïve café".encode(), "naïve café"),
    (b"\xef\xbb\xbfnaive", "naive"),
    ("naïve".encode("utf-16"), "naïve"),
    ("naïve – “quoted”".encode("cp1252"), "naïve – “quoted”"),
    (bytes([0x81, 0x8d, 0xe9]), "\x81\x8dé"),
])
def test_decode_chain(data: bytes, text: str) -> None:
    assert decode(data) == text


def _claims(corpus: str, sources: str = "") -> str:
    return f"version: 1\ncorpus: {corpus}\n{sources}claims:\n  - {{id: a, claim: x}}\n"


def test_corpus_entry_matching_nothing_is_an_error(tmp_path: Path) -> None:
    claims = parse_claims(_claims("[missing]"))
    with pytest.raises(CorpusError, match='corpus entry "missing" matches no files'):
        read_sources(claims, tmp_path)


def test_metadata_for_a_file_outside_the_corpus_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Text.")
    claims = parse_claims(_claims("[docs]", "sources:\n  docs/b.txt: {title: B}\n"))
    with pytest.raises(ClaimsError, match=r'claims.yaml:4:3: sources entry "docs/b.txt"'):
        read_sources(claims, tmp_path)


def test_folders_are_read_recursively_and_problems_become_warnings(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "b.txt").write_text("Second.")
    (docs / "sub" / "a.md").write_text("First.")
    (docs / "empty.txt").write_text("  \n")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02")
    (docs / "image.png").write_bytes(b"\x89PNG")
    (docs / ".hidden.txt").write_text("Hidden.")
    corpus = read_sources(parse_claims(_claims("[docs]")), tmp_path)
    assert [s.path for s in corpus.sources] == ["docs/b.txt", "docs/sub/a.md"]
    assert corpus.warnings == (
        "docs: skipped 1 file that is not a text type (1 .png); name them with a glob to "
        "include them",
        "docs/binary.txt: skipped, it looks binary",
        "docs/empty.txt: skipped, it is empty",
    )
