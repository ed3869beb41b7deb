"""Copy detection: syndicated copies count once, on text written for these tests and on the
demo through the real command."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import shutil
import zlib
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest
from bench.copies_cost import corpus
from bench.eval_copies import group_scores, load_passages, read_pairs
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from crosscheck import copies
from crosscheck.claims import parse_claims
from crosscheck.cli import app
from crosscheck.copies import CopyCandidate, copy_share, find_copies, fingerprint, unpack
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
    assert "1 source supports it (not counting 4 copies), 2 needed" in result.stdout


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


FILLER = (
    "Residents said the decision had been expected for months.",
    "The proposal drew criticism from opposition members at a heated meeting.",
    "Local businesses welcomed the news, according to the chamber of commerce.",
    "The regional government has not commented on the matter.",
    "Critics argued that the process lacked transparency.",
    "Officials promised to publish more details in the coming weeks.",
    "The plan still needs approval from the national authorities.",
    "Several community groups have called for a public consultation.",
)


def _template_story(rng: random.Random, town: str, number: int) -> str:
    """A local story from one template: the town's name, figures and names from short
    lists (so every sequence that carries one is common in the corpus), stock sentences."""
    sentences = [
        f"{rng.choice(('Ana', 'Tomas', 'Lena'))} {rng.choice(('Kalo', 'Merv', 'Dansu'))}, the "
        f"mayor of {town}, said {rng.choice((300, 450, 600, 800))} residents were evacuated "
        f"after the flood on {rng.choice(('Monday', 'Tuesday', 'Friday'))}.",
        f"The {rng.choice(('Brata', 'Nikos', 'Ulren'))} Holdings board approved a "
        f"${rng.choice((40, 55, 70, 90))} million plan to rebuild the {town} harbour.",
        f"The old {town} bridge, which opened in {rng.choice((1961, 1974, 1988, 1999))}, "
        "will be closed for repairs.",
        *rng.sample(FILLER, 4),
    ]
    rng.shuffle(sentences)
    return (f"{town} news\n\nPublished: 2024-0{1 + number % 9}-1{number % 10}\n\n"
            + "\n\n".join(" ".join(sentences[i:i + 2]) for i in range(0, 7, 2)))


def _template_corpus() -> tuple[list[CopyCandidate], dict[str, str]]:
    """Twelve stories about each of 25 towns, and three copies of three of them."""
    rng = random.Random(3)
    syllables = ("ka", "lo", "mer", "vi", "dan", "su", "tor", "el", "bra", "nik", "os", "ul")
    texts = {}
    for _ in range(25):
        town = "".join(rng.choice(syllables) for _ in range(3)).capitalize()
        for number in range(12):
            texts[f"{town.lower()}/{number:02d}.txt"] = _template_story(rng, town, number)
    originals = sorted(texts)[5::100]
    planted = {f"zz/{path}": path for path in originals}
    edits: list[Callable[[str], str]] = [
        lambda t: t,  # verbatim
        lambda t: "Latest from the valley\n" + t.split("\n", 1)[1],  # re-headlined
        lambda t: "\n\n".join(t.split("\n\n")[:4]),  # truncated
    ]
    for edit, (copy, original) in zip(edits, planted.items(), strict=True):
        texts[copy] = edit(texts[original])
    return ([CopyCandidate(path, fingerprint(text.split("\n\n")))
             for path, text in texts.items()], planted)


@pytest.fixture(params=["lists", "numpy"])
def holders(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Grouping with each way of finding holders: plain Python, and numpy (which large
    corpora take) forced on a small one."""
    if request.param == "numpy":
        monkeypatch.setattr(copies, "VECTOR_MIN_SEQUENCES", 0)
    else:
        monkeypatch.setattr(copies, "VECTOR_MIN_SEQUENCES", 10**12)
    return str(request.param)


def test_template_stories_about_one_town_are_not_copies(holders: str) -> None:
    # Two stories about one town share the template's sentences with its name in them; the
    # figures and names that tell them apart are in sequences common in the corpus (stock
    # phrases). Counting those for neither side grouped different stories as copies.
    candidates, planted = _template_corpus()
    assert dict(find_copies(candidates).copy_of) == planted


def test_the_generated_benchmark_corpus_groups_its_planted_copies_only(holders: str) -> None:
    texts, planted = corpus(2000)
    grouping = find_copies([CopyCandidate(path, fingerprint(text.split("\n\n")))
                            for path, text in texts.items()])
    assert dict(grouping.copy_of) == planted


def _packed(hashes: set[int]) -> bytes:
    return array("I", sorted(hashes)).tobytes()


@pytest.mark.parametrize(("first", "second", "stock", "share"), [
    ({1, 2, 3, 4}, {1, 2, 3, 4, 5, 6, 7, 8}, set(), 1.0),  # truncated: wholly inside
    ({1, 2, 3, 4, 5, 6}, {1, 2, 3, 7, 8, 9}, set(), 0.5),
    ({1, 2}, {1, 2, 3}, set(), 0.0),  # fewer than MIN_SHARED sequences shared
    ({1, 2, 3, 4}, {1, 2, 3, 5}, {1, 2, 3}, 0.0),  # nothing shared but stock phrases
    ({1, 2, 3, 9}, {1, 2, 3, 9, 10}, {1, 2, 3}, 1.0),  # shared stock: neither side's
    # one town's template stories: three sequences with the town's name shared, the
    # stock phrases carrying their figures not
    ({1, 2, 3, 11, 12, 13, 14, 15}, {1, 2, 3, 21, 22, 23, 24, 25}, {11, 12, 21, 22}, 3 / 8),
])
def test_copy_share_counts_the_stock_phrases_both_hold_for_neither(
        first: set[int], second: set[int], stock: set[int], share: float) -> None:
    assert copy_share(first, unpack(_packed(second)), stock) == pytest.approx(share)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sets(st.integers(0, 40), max_size=25), min_size=21, max_size=45),
       st.sets(st.integers(0, 40), max_size=10), st.sampled_from([0.3, 0.5, 0.8]))
def test_both_ways_of_finding_holders_agree(prints: list[set[int]], stock: set[int],
                                            share: float) -> None:
    packed = [_packed(hashes) for hashes in prints]
    lists, arrays = copies._HolderLists(packed), copies._HolderArrays(packed)
    assert lists.frequent() == arrays.frequent()
    assert lists.candidates(stock, share) == arrays.candidates(stock, share)


def test_the_labelled_sample_keeps_its_precision_and_recall() -> None:
    # bench/eval_copies.py's measure; the README gives the numbers.
    scores, _ = group_scores(load_passages(), read_pairs(), copies.SHINGLE_WORDS,
                             copies.SAMPLE, copies.COPY_SHARE)
    real, edited = scores["real"], scores["edited"]
    assert real.true_positive >= 101 and real.false_positive <= 15  # P 0.871, R 0.842
    assert edited.true_positive == 252 and edited.false_positive == 0
