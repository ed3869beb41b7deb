"""Copy detection: syndicated copies count once, on text written for these tests and on the
demo through the real command."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import zlib
from array import array
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.claims import parse_claims
from crosscheck.cli import app
from crosscheck.copies import CopyCandidate, find_copies, fingerprint
from crosscheck.errors import ClaimsError
from crosscheck.model import IndependenceRule
from crosscheck.passages import split_passages
from crosscheck.sources import make_source

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()

ORIGINAL = """Harbour crane collapse halts work at Port Selvin

PORT SELVIN — A 60-metre container crane collapsed onto a cargo ship at Port Selvin on \
Tuesday morning, injuring four dock workers and halting all loading at the eastern terminal.

The crane, one of six operated by Selvin Terminal Services, gave way shortly after 7 a.m. as it \
lifted a container from the freighter Marisol, the port authority said in a statement.

Two of the injured workers were taken to St. Anne's Hospital with broken bones, and two were \
treated at the scene for cuts, according to the regional ambulance service.

"We heard a noise like thunder, and then the whole arm came down," said Tomas Brel, a crane \
operator who was working on the neighbouring berth.

The port authority said the eastern terminal would stay closed at least until Friday while \
engineers inspect the five remaining cranes.

Selvin Terminal Services said the crane had passed its annual safety inspection in March and \
that it was cooperating fully with investigators from the labour inspectorate.

The union representing dock workers called for an independent inquiry, saying it had warned \
about worn cables on the eastern cranes last year.

About 40 ships a week call at Port Selvin, the country's third-busiest container port, and \
shipping agents said some vessels would be diverted to Korvala.
"""

# Written separately about the same event: the same facts, one quote in common.
INDEPENDENT = """Four hurt as crane falls at Port Selvin terminal

Four dock workers were injured on Tuesday when a container crane toppled onto a freighter at \
the eastern terminal of Port Selvin, the port's operator confirmed.

Witnesses described a loud crack before the crane's boom fell across the deck of the Marisol, \
a feeder ship unloading containers from Rotterdam.

"We heard a noise like thunder, and then the whole arm came down," said Tomas Brel, a crane \
operator who was working on the neighbouring berth.

Emergency crews took two of the men to hospital. Their injuries were not life-threatening, a \
spokeswoman for the ambulance service said.

Loading has been suspended across the terminal. Port officials expect inspections of the \
other cranes to take the rest of the week, and several shipping lines are rerouting cargo to \
Korvala in the meantime.

Dock workers' representatives have long complained about maintenance at the terminal and \
want an inquiry that is independent of the port authority.
"""


def _sequences(text: str, words: int = 5, sample: int = 2) -> bytes:
    """The fingerprint as the module docstring defines it, spelled out."""
    found = re.findall(r"\w+", text.lower())
    kept = {zlib.crc32(" ".join(found[i:i + words]).encode())
            for i in range(len(found) - words + 1)
            if zlib.crc32(found[i].encode()) % sample == 0}
    return array("I", sorted(kept)).tobytes()


@pytest.mark.parametrize("text", [
    ORIGINAL, INDEPENDENT, "Café Müller, São Paulo: 3 «cafés» fermés — Straße ΣΑΣ ﬁn K", "a b c d",
    "", "Ünïcode and ASCII\nmixed, İstanbul; naïve résumé façade", ORIGINAL.replace("-", "_"),
])
@pytest.mark.parametrize(("words", "sample"), [(5, 2), (4, 1), (8, 4)])
def test_a_fingerprint_holds_the_anchored_word_sequences(text: str, words: int,
                                                        sample: int) -> None:
    assert fingerprint(text.split("\n"), words, sample) == _sequences(text, words, sample)


def _print(text: str, path: str = "x.txt") -> bytes:
    return fingerprint(p.text for p in split_passages(make_source(path, text, None)))


def _reheadlined(text: str) -> str:
    return "Crane accident at the port: what we know\n" + text.split("\n", 1)[1]


def _truncated(text: str) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join(paragraphs[:len(paragraphs) // 2 + 1])


def _grouping(texts: dict[str, str], dates: dict[str, dt.date] | None = None,
              rules: tuple[IndependenceRule, ...] = (),
              publishers: dict[str, str] | None = None) -> dict[str, str]:
    dates = dates or {}
    publishers = publishers or {}
    found = find_copies([CopyCandidate(path, _print(text, path), dates.get(path),
                                       publishers.get(path))
                         for path, text in texts.items()], rules)
    return dict(found.copy_of)


@pytest.mark.parametrize("edit", [lambda t: t, _reheadlined, _truncated,
                                  lambda t: "Republished from the Selvin Courier.\n\n" + t])
def test_an_edited_copy_is_grouped_with_its_original(edit: object) -> None:
    assert callable(edit)
    copy_of = _grouping({"a/original.txt": ORIGINAL, "b/copy.txt": edit(ORIGINAL)})
    assert copy_of == {"b/copy.txt": "a/original.txt"}


def test_a_different_article_on_the_same_event_is_not_a_copy() -> None:
    copy_of = _grouping({"a/original.txt": ORIGINAL, "b/other.txt": INDEPENDENT,
                         "c/copy.txt": _truncated(ORIGINAL)})
    assert copy_of == {"c/copy.txt": "a/original.txt"}


def test_the_original_is_the_earliest_published_else_the_first_path() -> None:
    texts = {"a.txt": ORIGINAL, "b.txt": ORIGINAL, "c.txt": _reheadlined(ORIGINAL)}
    assert _grouping(texts) == {"b.txt": "a.txt", "c.txt": "a.txt"}
    dated = _grouping(texts, {"c.txt": dt.date(2024, 3, 1), "b.txt": dt.date(2024, 3, 2)})
    assert dated == {"a.txt": "c.txt", "b.txt": "c.txt"}


def test_rules_count_a_publisher_once_and_keep_named_sources_apart() -> None:
    once = IndependenceRule("once", 3, publisher="Selvin Courier")
    copy_of = _grouping({"a.txt": ORIGINAL, "b.txt": INDEPENDENT}, rules=(once,),
                        publishers={"a.txt": "Selvin Courier", "b.txt": "selvin  courier"})
    assert copy_of == {"b.txt": "a.txt"}
    apart = IndependenceRule("separately", 5, sources=("wire/*.txt",))
    texts = {"wire/a.txt": ORIGINAL, "wire/b.txt": ORIGINAL, "site/c.txt": ORIGINAL}
    # c is first in path order; a joins it, and b may not join a group that holds a.
    assert _grouping(texts, rules=(apart,)) == {"wire/a.txt": "site/c.txt"}


@pytest.mark.parametrize(("entry", "message"), [
    ("- {sources: [a.txt], count: twice}", 'count must be "once" or "separately"'),
    ("- {sources: [a.txt], publisher: X, count: once}", 'exactly one of "sources"'),
    ("- {sources: [a.txt]}", 'missing "count"'),
    ("- {sources: [a.txt], count: once, resaon: x}", 'did you mean "reason"'),
    ("{sources: [a.txt], count: once}", '"independence" must be a list'),
])
def test_independence_entries_are_validated(entry: str, message: str) -> None:
    text = f"version: 1\nindependence:\n  {entry}\nclaims:\n  - {{id: a, claim: A.}}\n"
    with pytest.raises(ClaimsError, match=message) as error:
        parse_claims(text, "claims.yaml")
    assert error.value.line is not None and error.value.line >= 2


def _demo_with_copies(tmp_path: Path, min_sources: int, extra: str = "") -> Path:
    """Seeds 001 and 002 (both support the expelled-residents claim) and three renamed
    copies of 001, the last lightly edited."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("001_a1d2632bd97767d4.txt", "002_ff9e8690550813e8.txt"):
        shutil.copyfile(ROOT / "seeds" / name, seeds / name)
    text = (ROOT / "seeds" / "001_a1d2632bd97767d4.txt").read_text(encoding="utf-8")
    (seeds / "syndicated-a.txt").write_text(text, encoding="utf-8")
    (seeds / "syndicated-b.txt").write_text(text, encoding="utf-8")
    edited = "Republished from Bloomberg\n\n" + text.replace(" said", " says")
    (seeds / "syndicated-c.txt").write_text(edited, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "version: 1\ncorpus: [seeds]\nsources:\n"
        "  seeds/001_a1d2632bd97767d4.txt: {published: 2019-01-14}\n" + extra +
        "claims:\n  - id: residents-expelled\n"
        "    claim: The Soviet Union expelled all 17,000 Japanese residents of the islands.\n"
        f"    min_sources: {min_sources}\n", encoding="utf-8")
    return tmp_path / "claims.yaml"


def test_copies_of_a_demo_article_do_not_make_min_sources(tmp_path: Path) -> None:
    claims = _demo_with_copies(tmp_path, 3)
    result = runner.invoke(app, ["report", "--claims", str(claims), "--format", "json",
                                 "--no-cache"], catch_exceptions=False)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["claims"][0]["status"] == "unsupported"
    copies = {s["path"]: s["copy_of"] for s in report["sources"]}
    original = "seeds/001_a1d2632bd97767d4.txt"
    assert copies == {original: None, "seeds/002_ff9e8690550813e8.txt": None,
                      "seeds/syndicated-a.txt": original, "seeds/syndicated-b.txt": original,
                      "seeds/syndicated-c.txt": original}
    supporting = {e["source"]: e["copy_of"] for e in report["claims"][0]["evidence"]
                  if e["relation"] == "supports"}
    assert supporting["seeds/syndicated-c.txt"] == original
    assert supporting[original] is None
    terminal = runner.invoke(app, ["report", "--claims", str(claims), "--no-cache"],
                             catch_exceptions=False).stdout
    assert "5 supporting (2 independent, needs 3)" in terminal
    assert "also in copies: seeds/syndicated-a.txt:" in terminal
    assert "(copy of S1)" in terminal


def test_two_independent_sources_still_make_min_sources_two(tmp_path: Path) -> None:
    claims = _demo_with_copies(tmp_path, 2)
    result = runner.invoke(app, ["check", "--claims", str(claims), "--no-cache"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stdout


def test_a_declared_group_counts_once(tmp_path: Path) -> None:
    rule = ("independence:\n  - sources: [seeds/002_ff9e8690550813e8.txt, "
            "seeds/001_a1d2632bd97767d4.txt]\n    count: once\n    reason: one wire\n")
    claims = _demo_with_copies(tmp_path, 2, rule)
    result = runner.invoke(app, ["check", "--claims", str(claims), "--no-cache"],
                           catch_exceptions=False)
    assert result.exit_code == 1
    assert "1 source(s) support it (not counting 4 copies), 2 needed" in result.stdout


def test_a_rule_naming_no_corpus_file_is_an_input_error(tmp_path: Path) -> None:
    rule = "independence:\n  - sources: [seeds/missing-*.txt]\n    count: once\n"
    claims = _demo_with_copies(tmp_path, 2, rule)
    result = runner.invoke(app, ["report", "--claims", str(claims), "--no-cache"])
    assert result.exit_code == 2
    assert "names no file in the corpus" in result.output


def test_a_copy_that_edits_the_figure_still_conflicts(tmp_path: Path) -> None:
    claims = _demo_with_copies(tmp_path, 2)
    copy = tmp_path / "seeds" / "syndicated-b.txt"
    copy.write_text(copy.read_text(encoding="utf-8").replace("all 17,000", "all 7,000"),
                    encoding="utf-8")
    result = runner.invoke(app, ["report", "--claims", str(claims), "--format", "json",
                                 "--no-cache"], catch_exceptions=False)
    claim = json.loads(result.stdout)["claims"][0]
    assert claim["status"] == "disputed"
    conflicts = [e for e in claim["evidence"] if e["relation"] == "conflicts"]
    assert [(e["source"], e["copy_of"]) for e in conflicts] == [
        ("seeds/syndicated-b.txt", "seeds/001_a1d2632bd97767d4.txt")]
