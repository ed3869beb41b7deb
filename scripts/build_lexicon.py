"""Build crosscheck's lexicon from WordNet 3.0: irregular forms, person nouns, antonyms, aliases.

Run by whoever rebuilds the lexicon, never by crosscheck itself:

    python scripts/build_lexicon.py [--wordnet /usr/share/wordnet] [--output DIR]

It reads the WordNet database files directly (their format is wndb(5); on Debian and Ubuntu
they come with `apt-get install wordnet-base`) and writes, into src/crosscheck/lexicon/:

- ``wordnet.json``: ``irregular`` (inflected form -> base form), ``person_nouns``,
  ``antonyms`` (sorted pairs) and ``aliases`` (groups of proper names for one thing);
- ``wordnet-words.txt``: every single-word lemma written in lower case, one a line (the
  dictionary-word list is most of the data, and a plain list loads faster than JSON).

The output depends only on the WordNet files: same input, same bytes. Only the standard
library is used, so the script runs in any Python 3.10+.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

DEFAULT_WORDNET = Path("/usr/share/wordnet")
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "src" / "crosscheck" / "lexicon"
JSON_NAME = "wordnet.json"
WORDS_NAME = "wordnet-words.txt"
STEMMING_NAME = "irregular-stemming.json"

# The four parts of speech, by the letter WordNet's files use; adjective satellites ("s")
# live in data.adj with the head adjectives.
FILE_POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# Which base a form listed in several exception files maps to: a verb's first. crosscheck
# reads news, where an irregular form is far more often a verb's past ("left", "found")
# than a comparative or a plural, and the table is for a stemmer that must make a past
# tense meet its noun ("met" / "meeting").
EXCEPTION_FILES = ("verb", "noun", "adj")
# The synsets a person noun descends from, by offset in WordNet 3.0 (checked against their
# first word when building): person.n.01, and operator.n.02 ("an agent that operates some
# apparatus or machine"), which WordNet files under causal_agent beside person: without
# it driver, motorist, chauffeur and trucker would not be people.
PERSON_ROOTS = {("n", 7846): "person", ("n", 10378412): "operator"}
INSTANCE_POINTER = "@i"
HYPERNYM_POINTERS = frozenset({"@", INSTANCE_POINTER})
ANTONYM_POINTER = "!"
NAME_LETTERS = re.compile(r"[A-Z][a-z]+")  # a capitalised single word: "Japan"
PERTAINYM_POINTER = "\\"  # an adjective that pertains to a noun: Japanese -> Japan
FOLLOWED_POINTERS = HYPERNYM_POINTERS | {ANTONYM_POINTER, PERTAINYM_POINTER}

# What crosscheck's tokeniser reads as one word (crosscheck.text.WORD), in lower case:
# letters with inner apostrophes ("o'clock"), or an abbreviation ("a.m.").
SINGLE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*|(?:[a-z]\.){2,}")
LETTERS = re.compile(r"[a-z]+")
# Adjectives may carry a syntactic marker: "galore(ip)", "elect(p)", "beaten(a)".
ADJECTIVE_MARKER = re.compile(r"\((?:a|p|ip)\)$")


class Pointer(NamedTuple):
    """One pointer of a synset: its symbol, target, and the words it links (0 = all)."""

    symbol: str
    target: tuple[str, int]
    source_word: int
    target_word: int


@dataclass(frozen=True)
class Synset:
    """One line of a data.<pos> file: the synset's key, its words (as spelled) and pointers."""

    key: tuple[str, int]
    words: tuple[str, ...]
    pointers: tuple[Pointer, ...]


class IndexEntry(NamedTuple):
    """One line of an index.<pos> file: how often the lemma was sense-tagged, its synsets."""

    tagged: int
    synsets: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Lexicon:
    """Everything the build derives, ready to write."""

    irregular: Mapping[str, str]
    person_nouns: tuple[str, ...]
    antonyms: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, ...], ...]
    words: tuple[str, ...]
    demonyms: tuple[tuple[str, str], ...] = ()


def pos_letter(letter: str) -> str:
    """The file a synset of this part of speech is in: satellites ("s") are adjectives."""
    return "a" if letter == "s" else letter


def content_lines(path: Path) -> Iterator[str]:
    """A WordNet database file's lines, without the licence header (lines starting "  ")."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("  "):
                yield line.rstrip("\n")


def parse_synset(line: str) -> Synset:
    """A data-file line: offset, lexicographer file, type, words, pointers, (frames,) gloss.

    Only the pointers the lexicon follows are kept (hypernyms and antonyms).
    """
    fields = line.split(" | ", 1)[0].split()
    offset, pos = int(fields[0]), pos_letter(fields[2])
    word_count = int(fields[3], 16)
    words = tuple(ADJECTIVE_MARKER.sub("", word) if word.endswith(")") else word
                  for word in fields[4: 4 + 2 * word_count: 2])
    at = 4 + 2 * word_count
    pointers = []
    for i in range(int(fields[at])):
        symbol, target, target_pos, words_linked = fields[at + 1 + 4 * i: at + 5 + 4 * i]
        if symbol in FOLLOWED_POINTERS:
            pointers.append(Pointer(symbol, (pos_letter(target_pos), int(target)),
                                    int(words_linked[:2], 16), int(words_linked[2:], 16)))
    return Synset((pos, offset), words, tuple(pointers))


def read_synsets(wordnet: Path) -> dict[tuple[str, int], Synset]:
    """Every synset of the four data files, by (part of speech, byte offset)."""
    synsets = {}
    for pos, name in FILE_POS.items():
        for line in content_lines(wordnet / f"data.{name}"):
            synset = parse_synset(line)
            if synset.key[0] != pos:
                raise ValueError(f"data.{name}: synset {synset.key[1]} is not of part {pos}")
            synsets[synset.key] = synset
    return synsets


def read_index(wordnet: Path, pos: str) -> dict[str, IndexEntry]:
    """index.<pos>: lemma, pos, synset count, pointer symbols, sense counts, synset offsets."""
    index = {}
    for line in content_lines(wordnet / f"index.{FILE_POS[pos]}"):
        fields = line.split()
        synset_count, pointer_count = int(fields[2]), int(fields[3])
        tagged = int(fields[5 + pointer_count])
        offsets = fields[6 + pointer_count:]
        if len(offsets) != synset_count:
            raise ValueError(f"index.{FILE_POS[pos]}: {fields[0]!r} lists {len(offsets)} "
                             f"synsets, says {synset_count}")
        index[fields[0]] = IndexEntry(tagged, tuple((pos, int(o)) for o in offsets))
    return index


def read_exceptions(wordnet: Path, name: str) -> dict[str, list[str]]:
    """<pos>.exc: each inflected form and the base forms it may be of.

    A form may be on several lines (adj.exc has "offer off" and "offer offer"): its bases
    are gathered, in the file's order.
    """
    exceptions: dict[str, list[str]] = defaultdict(list)
    for line in content_lines(wordnet / f"{name}.exc"):
        form, *bases = line.split()
        known = exceptions[form]
        known.extend(base for base in bases if base not in known)
    return dict(exceptions)


def is_single_word(word: str) -> bool:
    """A word crosscheck reads as one lower-case token (no spaces, hyphens or digits)."""
    return SINGLE_WORD.fullmatch(word) is not None


def most_tagged(bases: Iterable[str], index: Mapping[str, IndexEntry]) -> str:
    """The base WordNet saw most often in its sense-tagged corpus; ties alphabetically."""
    return min(bases, key=lambda base: (-index[base].tagged if base in index else 0, base))


def irregular_forms(wordnet: Path, indexes: Mapping[str, Mapping[str, IndexEntry]],
                    ) -> dict[str, str]:
    """Every irregular form -> its base: verbs' first, then nouns', then adjectives'.

    A form with several bases in one file ("axes": ax, axis; "better": good, well) takes the
    one most often sense-tagged in WordNet's corpus. A form that is one of its own bases
    ("feed": feed, fee) is a base already and is left out, as is any multi-word form.
    """
    decided: dict[str, str | None] = {}
    for name in EXCEPTION_FILES:
        index = indexes[name[0]]
        for form, bases in read_exceptions(wordnet, name).items():
            if form in decided or not LETTERS.fullmatch(form):
                continue
            words = [base for base in bases if LETTERS.fullmatch(base)]
            if form in words:
                decided[form] = None
            elif words:
                decided[form] = most_tagged(words, index)
    return {form: base for form, base in decided.items() if base is not None}


def is_person(key: tuple[str, int], synsets: Mapping[tuple[str, int], Synset],
              known: dict[tuple[str, int], bool]) -> bool:
    """Whether a noun synset is a person root or has one among its hypernyms (@ and @i)."""
    if key not in known:
        known[key] = False  # a guard against cycles; WordNet's noun hierarchy has none
        known[key] = key in PERSON_ROOTS or any(
            is_person(pointer.target, synsets, known)
            for pointer in synsets[key].pointers if pointer.symbol in HYPERNYM_POINTERS)
    return known[key]


def person_nouns(index: Mapping[str, IndexEntry],
                 synsets: Mapping[tuple[str, int], Synset]) -> list[str]:
    """Common nouns whose first (most frequent) sense is a person: teen, gunman, suspect.

    Only the first sense counts: "park" and "hand" have a person among their rarer senses.
    A first sense that is an instance, one person ("Lincoln": an instance of President of
    the United States), is a name, not a noun for people; a kind of person spelled with a
    capital ("American", "Democrat") is a noun for people, lower-cased like the rest.
    """
    known: dict[tuple[str, int], bool] = {}
    nouns = []
    for lemma, entry in index.items():
        first = synsets[entry.synsets[0]]
        if (LETTERS.fullmatch(lemma) and not is_instance(first)
                and is_person(first.key, synsets, known)):
            nouns.append(lemma)
    return sorted(nouns)


def is_instance(synset: Synset) -> bool:
    """Whether a synset is one named thing (an instance hypernym, @i), not a kind."""
    return any(pointer.symbol == INSTANCE_POINTER for pointer in synset.pointers)


def antonym_pairs(synsets: Iterable[Synset]) -> list[tuple[str, str]]:
    """Word pairs WordNet links by an antonym pointer: buy/sell, rise/fall, win/lose.

    Every part of speech: verbs and adjectives, and nouns (victory/defeat, increase/decrease)
    and adverbs (more/less) are as clean. Antonymy in WordNet is lexical: the pointer names
    the word on each side ("0101": the first word of this synset, the first of the target).
    """
    by_key = {synset.key: synset for synset in synsets}
    pairs = set()
    for synset in by_key.values():
        for pointer in synset.pointers:
            if pointer.symbol != ANTONYM_POINTER or not pointer.source_word:
                continue
            word = synset.words[pointer.source_word - 1]
            other = by_key[pointer.target].words[pointer.target_word - 1]
            if LETTERS.fullmatch(word) and LETTERS.fullmatch(other) and word != other:
                pairs.add((min(word, other), max(word, other)))
    return sorted(pairs)


def demonym_pairs(synsets: Iterable[Synset]) -> list[tuple[str, str]]:
    """(adjective, place) pairs of capitalised single words WordNet links by a pertainym
    pointer: ("Japanese", "Japan"), ("Russian", "Russia"), ("Texan", "Texas")."""
    by_key = {synset.key: synset for synset in synsets}
    pairs = set()
    for synset in by_key.values():
        for pointer in synset.pointers:
            if pointer.symbol != PERTAINYM_POINTER or not pointer.source_word:
                continue
            word = synset.words[pointer.source_word - 1]
            other = by_key[pointer.target].words[pointer.target_word - 1]
            if (NAME_LETTERS.fullmatch(word) and NAME_LETTERS.fullmatch(other)
                    and word != other):
                pairs.add((word, other))
    return sorted(pairs)


def alias_groups(synsets: Iterable[Synset]) -> list[tuple[str, ...]]:
    """The proper names one noun synset gives one thing: US, U.S., USA, United States.

    Only capitalised names count ("the States" is left out); a group whose names differ
    only in case says nothing and is dropped.
    """
    groups = set()
    for synset in synsets:
        if synset.key[0] != "n":
            continue
        names = {word.replace("_", " ") for word in synset.words if word[0].isupper()}
        if len({name.lower() for name in names}) >= 2:
            groups.add(tuple(sorted(names)))
    return sorted(groups)


def dictionary_words(synsets: Iterable[Synset]) -> list[str]:
    """Every single-word lemma some synset writes in lower case: the English common words.

    A lemma only ever written capitalised is a name ("Einstein", "Paris"), which is what a
    capitalised word at the start of a sentence is told apart from.
    """
    return sorted({word for synset in synsets for word in synset.words
                   if is_single_word(word)})


def check_person_roots(synsets: Mapping[tuple[str, int], Synset]) -> None:
    """Stop if a person root is not where WordNet 3.0 has it (other versions move offsets)."""
    for key, word in PERSON_ROOTS.items():
        root = synsets.get(key)
        if root is None or root.words[0] != word:
            raise SystemExit(f"synset {key[1]:08d} is not {word!r}: is this WordNet 3.0? "
                             "(--wordnet DIR)")


def build(wordnet: Path) -> Lexicon:
    """Read a WordNet 3.0 database folder and derive the lexicon."""
    synsets = read_synsets(wordnet)
    check_person_roots(synsets)
    indexes = {pos: read_index(wordnet, pos) for pos in FILE_POS}
    return Lexicon(
        irregular=irregular_forms(wordnet, indexes),
        person_nouns=tuple(person_nouns(indexes["n"], synsets)),
        antonyms=tuple(antonym_pairs(synsets.values())),
        aliases=tuple(alias_groups(synsets.values())),
        words=tuple(dictionary_words(synsets.values())),
        demonyms=tuple(demonym_pairs(synsets.values())),
    )


def dump(value: object) -> str:
    """One JSON value, compact and ASCII-only."""
    return json.dumps(value, ensure_ascii=True, separators=(",", ":"))


def json_text(lexicon: Lexicon) -> str:
    """The JSON file: keys sorted, one entry a line, so a rebuild's diff is readable."""
    sections = {
        "about": [dump("Derived from Princeton WordNet 3.0 by scripts/build_lexicon.py; "
                       "licence in WORDNET-LICENSE. Do not edit: rebuild.")],
        "aliases": [dump(list(group)) for group in lexicon.aliases],
        "antonyms": [dump(list(pair)) for pair in lexicon.antonyms],
        "demonyms": [dump(list(pair)) for pair in lexicon.demonyms],
        "irregular": [f"{dump(form)}:{dump(base)}"
                      for form, base in sorted(lexicon.irregular.items())],
        "person_nouns": [dump(noun) for noun in lexicon.person_nouns],
    }
    parts = []
    for key, items in sorted(sections.items()):
        if key == "about":
            parts.append(f"{dump(key)}:{items[0]}")
            continue
        opening, closing = ("{", "}") if key == "irregular" else ("[", "]")
        parts.append(f"{dump(key)}:{opening}\n" + ",\n".join(items) + f"\n{closing}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def stemming_text(lexicon: Lexicon) -> str:
    """The irregular forms the stemmer maps to their base before stemming: those that are not
    words in their own right ("fled", "slain"; not "wound", a noun too), one a line. Kept
    apart from the rest so that every run of crosscheck reads only this small file."""
    lemmas = set(lexicon.words)
    pairs = [f"{dump(form)}:{dump(base)}" for form, base in sorted(lexicon.irregular.items())
             if form not in lemmas and "'" not in form]
    return "{\n" + ",\n".join(pairs) + "\n}\n"


def words_text(lexicon: Lexicon) -> str:
    """The dictionary-word list: one word a line, sorted."""
    return "".join(f"{word}\n" for word in lexicon.words)


def write_atomically(path: Path, text: str) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    with tempfile.NamedTemporaryFile("w", encoding="ascii", newline="\n", dir=path.parent,
                                     prefix=f".{path.name}.", delete=False) as tmp:
        tmp.write(text)
    Path(tmp.name).chmod(0o644)  # a temporary file is private; the lexicon is not
    Path(tmp.name).replace(path)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line: where WordNet is, where the lexicon goes."""
    parser = argparse.ArgumentParser(
        description="Derive crosscheck's lexicon (irregular forms, person nouns, antonyms, "
                    "aliases, dictionary words) from the WordNet 3.0 database files.",
        epilog="WordNet 3.0's database files come with the Debian/Ubuntu package "
               "wordnet-base (apt-get install wordnet-base).")
    parser.add_argument("--wordnet", type=Path, default=DEFAULT_WORDNET, metavar="DIR",
                        help=f"folder holding data.noun, index.noun, verb.exc, ... "
                             f"(default: {DEFAULT_WORDNET})")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, metavar="DIR",
                        help=f"folder to write {JSON_NAME} and {WORDS_NAME} into "
                             "(default: the package's lexicon folder)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the lexicon and report what it holds."""
    args = parse_args(argv)
    missing = [name for name in ("data.noun", "index.noun", "verb.exc")
               if not (args.wordnet / name).is_file()]
    if missing:
        print(f"error: {args.wordnet} has no {', '.join(missing)}: pass the WordNet 3.0 "
              "database folder with --wordnet DIR (Debian/Ubuntu: apt-get install "
              "wordnet-base)", file=sys.stderr)
        return 2
    lexicon = build(args.wordnet)
    args.output.mkdir(parents=True, exist_ok=True)
    write_atomically(args.output / JSON_NAME, json_text(lexicon))
    write_atomically(args.output / WORDS_NAME, words_text(lexicon))
    write_atomically(args.output / STEMMING_NAME, stemming_text(lexicon))
    print(f"irregular forms {len(lexicon.irregular):>7,}\n"
          f"person nouns    {len(lexicon.person_nouns):>7,}\n"
          f"antonym pairs   {len(lexicon.antonyms):>7,}\n"
          f"demonym pairs   {len(lexicon.demonyms):>7,}\n"
          f"alias groups    {len(lexicon.aliases):>7,}\n"
          f"words           {len(lexicon.words):>7,}\n"
          f"wrote {args.output / JSON_NAME}, {args.output / WORDS_NAME} and "
          f"{args.output / STEMMING_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
