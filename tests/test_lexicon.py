"""The WordNet-derived lexicon: what the committed data answers, and how the build derives it.

The loader tests read the committed files. The build tests run scripts/build_lexicon.py on a
small WordNet written here in the database format (wndb(5)), so they run without WordNet;
one more checks the committed files are exactly what the script makes of the real WordNet 3.0
and is skipped where /usr/share/wordnet is not installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from crosscheck.lexicon import background, wordnet
from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "build_lexicon.py"
LEXICON = REPO / "src" / "crosscheck" / "lexicon"
SYSTEM_WORDNET = Path("/usr/share/wordnet")


@pytest.mark.parametrize(("form", "base"), [
    ("shot", "shoot"), ("fled", "flee"), ("men", "man"), ("better", "good"), ("sold", "sell"),
    ("children", "child"), ("worse", "bad"),
])
def test_irregular_forms_map_to_their_base(form: str, base: str) -> None:
    assert wordnet.irregular_forms()[form] == base


def test_irregular_forms_leave_out_forms_that_are_their_own_base() -> None:
    # adj.exc lists "offer off" and, on another line, "offer offer": "offer" is a base.
    assert "offer" not in wordnet.irregular_forms()


@pytest.mark.parametrize("noun", [
    "gunman", "teen", "receptionist", "suspect", "grandmother", "driver", "victim",
    "american",
])
def test_person_nouns_hold_nouns_for_people(noun: str) -> None:
    assert noun in wordnet.person_nouns()


@pytest.mark.parametrize("noun", ["park", "hand", "lincoln", "police", "car"])
def test_person_nouns_leave_out_rarer_senses_and_names(noun: str) -> None:
    assert noun not in wordnet.person_nouns()


@pytest.mark.parametrize(("word", "opposite"), [
    ("buy", "sell"), ("sell", "buy"), ("rise", "fall"), ("win", "lose"), ("alive", "dead"),
    ("victory", "defeat"),
])
def test_antonyms(word: str, opposite: str) -> None:
    assert opposite in wordnet.antonyms(word)


def test_antonyms_are_of_base_forms_and_nothing_for_unrelated_words() -> None:
    assert wordnet.antonyms("bought") == frozenset()
    assert "kill" not in wordnet.antonyms("injure")
    assert wordnet.antonyms("Buy") == wordnet.antonyms("buy")


def test_aliases_name_the_same_thing() -> None:
    assert "United States" in wordnet.aliases("US")
    assert {"US", "USA", "U.S."} <= wordnet.aliases("United States")
    assert "Britain" in wordnet.aliases("United Kingdom")
    assert "US" not in wordnet.aliases("US")


def test_aliases_are_case_sensitive() -> None:
    assert wordnet.aliases("us") == frozenset()
    assert any({"US", "United States"} <= group for group in wordnet.alias_groups())


def test_no_alias_group_is_only_case_variants() -> None:
    assert all(len({name.lower() for name in group}) >= 2
               for group in wordnet.alias_groups())


@pytest.mark.parametrize(("word", "is_word"), [
    ("meanwhile", True), ("Meanwhile", True), ("Officers", True), ("hurried", True),
    ("shot", True), ("ferro", False), ("Ferro", False), ("Einstein", False), ("Ted", False),
])
def test_is_dictionary_word(word: str, is_word: bool) -> None:
    assert wordnet.is_dictionary_word(word) is is_word


# A WordNet of a few synsets, in the database format; offsets need not be byte offsets here.
# 00007846 (person) and 10378412 (operator) are where WordNet 3.0 has them: the script
# checks them.
MINI_WORDNET = {
    "data.noun": """\
          1 This software and database is being provided to you, the LICENSEE, by
          2 Princeton University under the following license.
        00001740 03 n 01 entity 0 000 | that which is perceived
        00007846 03 n 01 person 0 001 @ 00001740 n 0000 | a human being
        10378412 18 n 01 operator 0 001 @ 00001740 n 0000 | an agent that operates a machine
        10000001 18 n 01 driver 0 001 @ 10378412 n 0000 | the operator of a motor vehicle
        10000002 18 n 02 teenager 0 teen 0 001 @ 00007846 n 0000 | a juvenile
        10000003 18 n 02 Lincoln 0 Abraham_Lincoln 0 001 @i 00007846 n 0000 | a president
        10000004 18 n 01 American 0 001 @ 00007846 n 0000 | a native of America
        08000001 15 n 01 park 0 001 @ 00001740 n 0000 | a large area of land
        10000005 18 n 01 park 0 001 @ 00007846 n 0000 | a rarer sense: a person
        08000002 15 n 05 United_States 0 US 0 U.S. 0 America 0 the_States 0 000 | a republic
        08000003 15 n 02 Ohio 0 OHIO 0 000 | a state, twice
        07000001 04 n 01 victory 0 001 ! 07000002 n 0101 | a win
        07000002 04 n 01 defeat 0 001 ! 07000001 n 0101 | a loss
        03000001 06 n 01 ax 0 000 | an edge tool
        03000002 06 n 01 axis 0 000 | a line
        """,
    "index.noun": """\
          1 This software and database is being provided to you, the LICENSEE, by
        abraham_lincoln n 1 1 @i 1 0 10000003
        american n 1 1 @ 1 0 10000004
        ax n 1 0 1 1 03000001
        axis n 1 0 1 9 03000002
        defeat n 1 1 ! 1 0 07000002
        driver n 1 1 @ 1 3 10000001
        entity n 1 0 1 0 00001740
        lincoln n 1 1 @i 1 0 10000003
        ohio n 1 0 1 0 08000003
        operator n 1 1 @ 1 0 10378412
        park n 2 1 @ 2 4 08000001 10000005
        person n 1 1 @ 1 5 00007846
        teen n 1 1 @ 1 0 10000002
        teenager n 1 1 @ 1 0 10000002
        u.s. n 1 0 1 0 08000002
        united_states n 1 0 1 0 08000002
        us n 1 0 1 0 08000002
        victory n 1 1 ! 1 0 07000001
        """,
    "data.verb": """\
        02000001 40 v 02 purchase 0 buy 0 001 ! 02000002 v 0201 01 + 08 00 | obtain by paying
        02000002 40 v 01 sell 0 001 ! 02000001 v 0102 01 + 08 00 | exchange for money
        02000003 40 v 02 buy_in 0 buy_into 0 001 ! 02000004 v 0101 01 + 08 00 | a phrase
        02000004 40 v 01 sell_out 0 001 ! 02000003 v 0101 01 + 08 00 | a phrase
        """,
    "index.verb": """\
        buy v 1 1 ! 1 9 02000001
        purchase v 1 1 ! 1 2 02000001
        sell v 1 1 ! 1 7 02000002
        """,
    "data.adj": """\
        01000001 00 a 01 alive(p) 0 001 ! 01000002 a 0101 | living
        01000002 00 a 01 dead 0 001 ! 01000001 a 0101 | no longer living
        01000003 00 s 01 good 0 000 | having desirable qualities
        01000004 00 s 01 well 0 000 | in good health
        """,
    "index.adj": """\
        alive a 1 1 ! 1 0 01000001
        dead a 1 1 ! 1 0 01000002
        good a 1 0 1 9 01000003
        well a 1 0 1 1 01000004
        """,
    "data.adv": "00100001 02 r 01 meanwhile 0 000 | at the same time\n",
    "index.adv": "meanwhile r 1 0 1 0 00100001\n",
    "verb.exc": "fled flee\nshot shoot\nbought buy\nallowed_for allow_for\n",
    "noun.exc": "axes ax axis\nmen man\nshot shott\n",
    "adj.exc": "better good well\noffer off\noffer offer\n",
}


def build(wordnet_dir: Path, output: Path) -> subprocess.CompletedProcess[str]:
    """Run the build script as a user would."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--wordnet", str(wordnet_dir), "--output", str(output)],
        capture_output=True, text=True, check=False, timeout=300)


@pytest.fixture(scope="module")
def mini_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[str]]:
    """The lexicon the script builds from MINI_WORDNET: the JSON and the word list."""
    root = tmp_path_factory.mktemp("wordnet")
    for name, text in MINI_WORDNET.items():
        (root / name).write_text(textwrap.dedent(text), encoding="ascii")
    output = root / "out"
    done = build(root, output)
    assert done.returncode == 0, done.stderr
    assert "person nouns          6" in done.stdout
    data = json.loads((output / "wordnet.json").read_text(encoding="ascii"))
    return data, (output / "wordnet-words.txt").read_text(encoding="ascii").splitlines()


def test_build_irregular_forms(mini_build: tuple[dict[str, Any], list[str]]) -> None:
    irregular = mini_build[0]["irregular"]
    assert irregular == {
        "fled": "flee", "bought": "buy", "men": "man",
        "shot": "shoot",  # verb.exc before noun.exc
        "axes": "axis",  # the base sense-tagged most often, not the first listed
        "better": "good",
    }  # "offer" is its own base on a second line; "allowed_for" is two words


def test_build_person_nouns_first_sense_only(
        mini_build: tuple[dict[str, Any], list[str]]) -> None:
    # park's person sense is its second; Lincoln is one person, not a kind; a driver is
    # an operator, which WordNet files beside person.
    assert mini_build[0]["person_nouns"] == ["american", "driver", "operator", "person",
                                             "teen", "teenager"]


def test_build_antonyms_are_the_words_the_pointer_names(
        mini_build: tuple[dict[str, Any], list[str]]) -> None:
    # "0201": the second word of purchase/buy, not purchase; multi-word pairs are left out.
    assert mini_build[0]["antonyms"] == [["alive", "dead"], ["buy", "sell"],
                                         ["defeat", "victory"]]


def test_build_alias_groups(mini_build: tuple[dict[str, Any], list[str]]) -> None:
    # "the States" is not capitalised; Ohio/OHIO differ only in case.
    assert mini_build[0]["aliases"] == [["Abraham Lincoln", "Lincoln"],
                                        ["America", "U.S.", "US", "United States"]]


def test_build_words_are_lower_case_single_lemmas(
        mini_build: tuple[dict[str, Any], list[str]]) -> None:
    words = mini_build[1]
    assert words == sorted(words)
    assert {"alive", "meanwhile", "teenager", "purchase"} <= set(words)
    assert not {"lincoln", "us", "buy_in", "united_states", "alive(p)"} & set(words)


def test_build_without_wordnet_says_how_to_get_it(tmp_path: Path) -> None:
    done = build(tmp_path, tmp_path / "out")
    assert done.returncode == 2
    assert "--wordnet DIR" in done.stderr
    assert "wordnet-base" in done.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not (SYSTEM_WORDNET / "data.noun").is_file(),
                    reason="WordNet 3.0 is not installed (apt-get install wordnet-base)")
def test_committed_lexicon_is_what_the_script_builds(tmp_path: Path) -> None:
    done = build(SYSTEM_WORDNET, tmp_path)
    assert done.returncode == 0, done.stderr
    for name in ("wordnet.json", "wordnet-words.txt", "irregular-stemming.json"):
        assert (tmp_path / name).read_bytes() == (LEXICON / name).read_bytes(), name


def test_background_lookup_finds_every_stem_the_file_holds_and_nothing_else() -> None:
    text = (LEXICON / "background.txt").read_text(encoding="utf-8")
    table = dict(line.split("\t", 1) for line in text.splitlines()
                 if line and not line.startswith("#"))
    assert len(table) > 60_000
    assert {stem: background.zipf(stem) for stem in table} == {
        stem: float(value) for stem, value in table.items()}
    for absent in ("", " ", "zzzzzzzz", "aaaa0", "#", "police\t"):
        assert background.zipf(absent) == background.UNSEEN_ZIPF, absent
