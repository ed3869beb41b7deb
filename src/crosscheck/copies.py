"""Pipeline stage, after loading: which sources are copies of one another (syndication).

A wire story republished by other sites (verbatim, re-headlined, trimmed, a paragraph
dropped, a "Republished from" line added) is one source of evidence, not one per site. A
source is a copy of another when most of its text appears there: its passages (the cleaned
sentences, page furniture already dropped) are cut into overlapping sequences of
SHINGLE_WORDS words, and the share of one source's sequences found in the other, of the
smaller of the two, is compared with COPY_SHARE. Containment rather than overlap (Jaccard):
a truncated copy is wholly inside its original, however much of the original it left out.

Cost stays near linear in the corpus: only the sequences that start at an anchor word (one
word in SAMPLE, chosen by a hash of the word, so that every copy keeps the same sequences) are
kept, and each source is compared only with the earlier sources that share a kept sequence
with it, through an inverted index. A sequence that COMMON sources hold without being copies
of one another is a stock phrase (furniture, a template) and no evidence of copying.

Groups are stars: sources are visited in order of originality (the earliest published,
then path order) and each one joins the group of the earlier source it shares most with,
or starts a group of its own, so the original of a group is its earliest source and groups
never chain. A claims.yaml ``independence`` rule can merge groups (sources from one
publisher count once) or keep detection from grouping the sources it names.

The thresholds are measured on a labelled sample of real and edited articles:
``python bench/eval_copies.py``.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, pairwise, repeat
from operator import add

from crosscheck.errors import ClaimsError
from crosscheck.model import ClaimsFile, IndependenceRule

SHINGLE_WORDS = 5  # words per sequence: long enough to be rare in independent writing
SAMPLE = 2  # one word in this many anchors a sequence (by hash, so the same in every copy)
COPY_SHARE = 0.5  # share of the smaller source's sequences found in the other
MIN_SHARED = 3  # kept sequences two sources must share, however short they are
COMMON = 20  # sources holding a sequence that make it a stock phrase, unless they are copies
PROBE = 8  # sources compared to tell a stock phrase from a widely syndicated story
SYNDICATED_SHARE = 0.8  # what those sources share when they are copies of one story
MAX_POSTING = 200  # sources a sequence's posting keeps

_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(rb"\w+")


def _words(passages: Iterable[str]) -> tuple[bytes, list[bytes]]:
    """The passages' words, lower-cased runs of letters and digits, as UTF-8 joined by single
    spaces, and one by one. ASCII text takes the bytes pattern, which reads the same words
    there in two thirds of the time."""
    text = " ".join(passages).lower()
    if text.isascii():
        words = _ASCII_WORD.findall(text.encode("ascii"))
        return b" ".join(words), words
    joined = " ".join(_WORD.findall(text)).encode("utf-8")
    return joined, joined.split()


def fingerprint(passages: Iterable[str], words: int = SHINGLE_WORDS,
                sample: int = SAMPLE) -> bytes:
    """The kept word sequences of a source's passages: sorted unique 32-bit hashes (crc32 of
    the sequence's words joined by spaces), packed as ``array("I")`` bytes (compact to send
    between processes and to cache). A sequence is kept when its first word anchors it: the
    crc32 of the word is divisible by ``sample``.

    Words are lower-cased runs of letters and digits, so punctuation, quote styles and
    line breaks never matter; sequences run across sentence ends, so a source split into
    sentences differently still yields the same ones. Made while each source loads (in the
    loading workers on large corpora), so every step is a C loop or a comprehension."""
    joined, found = _words(passages)
    starts = len(found) - words + 1
    if starts < 1:
        return b""
    # Where each word starts in ``joined``: a sequence is one slice of it, hashed in C.
    offsets = [0, *accumulate(map(add, map(len, found), repeat(1)))]
    crc32 = zlib.crc32
    kept = {crc32(joined[offsets[i]:offsets[i + words] - 1])
            for i in range(starts) if not crc32(found[i]) % sample}
    return array("I", sorted(kept)).tobytes()


def unpack(packed: bytes) -> array[int]:
    """The hashes of a fingerprint."""
    hashes = array("I")
    hashes.frombytes(packed)
    return hashes


def shared_share(first: bytes, second: bytes) -> tuple[float, int]:
    """(share of the smaller fingerprint found in the other, sequences shared): the
    measure grouping uses, for one pair and without the corpus's stock phrases."""
    a, b = set(unpack(first)), set(unpack(second))
    shared = len(a & b)
    smaller = min(len(a), len(b))
    return (shared / smaller if smaller else 0.0), shared


@dataclass(frozen=True)
class CopyCandidate:
    """What grouping needs of one source."""

    path: str
    fingerprint: bytes
    published: dt.date | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Grouping:
    """Which sources are copies, of which original, and why."""

    copy_of: Mapping[str, str] = field(default_factory=dict)
    """copy's path -> its group's original; originals are not keys."""
    why: Mapping[str, str] = field(default_factory=dict)
    """copy's path -> how it was found ("87% of its text is in X", or a claims.yaml rule)."""

    def original(self, path: str) -> str:
        """The original of the source's group (itself for an original)."""
        return self.copy_of.get(path, path)


NO_COPIES = Grouping()


def _originality(candidate: CopyCandidate) -> tuple[bool, dt.date, str]:
    return (candidate.published is None, candidate.published or dt.date.min, candidate.path)


def _matches(rule: IndependenceRule, candidate: CopyCandidate) -> bool:
    if rule.publisher is not None:
        return (candidate.publisher is not None
                and _normal(candidate.publisher) == _normal(rule.publisher))
    return any(fnmatch.fnmatchcase(candidate.path, pattern) for pattern in rule.sources)


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def rule_members(rule: IndependenceRule, candidates: Iterable[CopyCandidate]) -> list[str]:
    """The paths a rule names, in the order given."""
    return [c.path for c in candidates if _matches(rule, c)]


def stock_phrases(fingerprints: Sequence[array[int]]) -> set[int]:
    """Sequences that many sources hold without being copies of one another: a site's
    furniture, a stock phrase, a template. A sequence COMMON sources hold is one unless
    those sources are copies of each other (a widely syndicated story): up to PROBE of
    them are compared pair by pair, and it is stock unless most pairs share at least
    SYNDICATED_SHARE (a story republished that widely is mostly republished whole; sources
    built from one template share about half their sequences)."""
    holders: defaultdict[int, list[int]] = defaultdict(list)
    frequency: Counter[int] = Counter()
    for hashes in fingerprints:
        frequency.update(hashes)
    frequent = {h for h, n in frequency.items() if n >= COMMON}
    if not frequent:
        return set()
    for number, hashes in enumerate(fingerprints):
        for h in frequent.intersection(hashes):
            if len(holders[h]) < PROBE:
                holders[h].append(number)
    stock = set()
    sets_of: dict[int, set[int]] = {}
    for h, numbers in holders.items():
        sets = [sets_of.get(n) or sets_of.setdefault(n, set(fingerprints[n])) for n in numbers]
        copies = sum(_share(a, b) >= SYNDICATED_SHARE for a, b in pairwise(sets))
        if copies * 2 < len(sets) - 1:
            stock.add(h)
    return stock


def _share(first: set[int], second: set[int]) -> float:
    smaller = min(len(first), len(second))
    return len(first & second) / smaller if smaller else 0.0


class _Detector:
    """Grouping over an inverted index of the kept sequences of the sources seen so far.

    A new source is compared with every earlier source it shares a sequence with, pair by
    pair, and joins the group of the one it shares most with (groups are stars: they are
    never merged, so a chain of partial copies cannot join unrelated stories, and a source
    like a digest that holds two stories joins the first). A posting stops growing at
    MAX_POSTING sources, so a story republished a thousand times costs no more than one
    republished a hundred times (a later copy still finds the first hundred)."""

    def __init__(self, stock: set[int], apart: Mapping[str, frozenset[int]],
                 share: float) -> None:
        self.stock = stock
        self.apart = apart
        self.share = share
        self.postings: dict[int, list[int]] = {}
        self.paths: list[str] = []
        self.sizes: list[int] = []
        self.group_of: list[int] = []
        """Per source, the first source of its group when it was indexed."""
        self.rules: dict[int, frozenset[int]] = {}
        """Per group, the claims file's rules that keep its members apart from others."""

    def visit(self, path: str, hashes: array[int]) -> tuple[str, float] | None:
        """The original ``path`` is a copy of, with the share; else it becomes one."""
        own = [h for h in hashes if h not in self.stock] if self.stock else list(hashes)
        # Counted in C: this loop runs over every kept sequence of the corpus.
        shared = Counter(chain.from_iterable(map(self.postings.get, own, repeat(()))))
        best: tuple[float, int] | None = None
        sizes = self.sizes
        mine = max(1, len(own))
        for number, count in shared.items():
            if count < MIN_SHARED:
                continue
            share = count / max(1, min(mine, sizes[number]))
            if share >= self.share and (best is None or share > best[0]):
                best = (share, number)
        number = len(self.paths)
        rules = self.apart.get(path, frozenset())
        group = number
        if best is not None:
            group = self.group_of[best[1]]
            if rules & self.rules[group]:
                best, group = None, number  # the claims file keeps them apart
        self.paths.append(path)
        self.sizes.append(len(own))
        self.group_of.append(group)
        self.rules[group] = self.rules.get(group, frozenset()) | rules
        for h in own:
            holders = self.postings.setdefault(h, [])
            if len(holders) < MAX_POSTING:
                holders.append(number)
        return None if best is None else (self.paths[group], best[0])


def find_copies(candidates: Sequence[CopyCandidate],
                rules: Sequence[IndependenceRule] = (), share: float = COPY_SHARE) -> Grouping:
    """Group near-copies, then apply the claims file's independence rules. ``share`` is
    the containment that makes a copy (a parameter for the evaluation's sweep)."""
    ordered = sorted(candidates, key=_originality)
    apart: dict[str, set[int]] = {}
    for number, rule in enumerate(rules):
        if rule.count == "separately":
            for path in rule_members(rule, ordered):
                apart.setdefault(path, set()).add(number)
    hashes = [unpack(c.fingerprint) for c in ordered]
    detector = _Detector(stock_phrases(hashes),
                         {path: frozenset(found) for path, found in apart.items()}, share)
    copy_of: dict[str, str] = {}
    why: dict[str, str] = {}
    for candidate, own in zip(ordered, hashes, strict=True):
        found = detector.visit(candidate.path, own)
        if found is not None:
            copy_of[candidate.path] = found[0]
            why[candidate.path] = f"{found[1]:.0%} of its text is in {found[0]}'s group"
    return _merge_declared(ordered, rules, copy_of, why)


def _merge_declared(ordered: list[CopyCandidate], rules: Sequence[IndependenceRule],
                    copy_of: dict[str, str], why: dict[str, str]) -> Grouping:
    """Groups joined by ``count: once`` rules; the merged group's original is its earliest
    source, and every other member names it."""
    rank = {c.path: number for number, c in enumerate(ordered)}
    parent = {c.path: copy_of.get(c.path, c.path) for c in ordered}

    def root(path: str) -> str:
        while parent[path] != path:
            parent[path] = parent[parent[path]]
            path = parent[path]
        return path

    declared: dict[str, str] = {}
    for rule in rules:
        if rule.count != "once":
            continue
        members = rule_members(rule, ordered)
        for path in members:
            declared.setdefault(path, f"claims.yaml line {rule.line}"
                                      + (f": {rule.reason}" if rule.reason else ""))
        roots = sorted({root(path) for path in members}, key=rank.__getitem__)
        for other in roots[1:]:
            parent[other] = roots[0]
    merged: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for candidate in ordered:
        original = root(candidate.path)
        if original != candidate.path:
            merged[candidate.path] = original
            reasons[candidate.path] = why.get(candidate.path) or declared.get(
                candidate.path, f"counted with {original} by a claims.yaml rule")
    return Grouping(merged, reasons)


def check_rules(claims: ClaimsFile, paths: Iterable[str]) -> None:
    """Every path or glob of an ``independence`` entry must name a corpus file (paths
    relative to the claims file, with ``/``); a publisher is checked once sources load."""
    if not claims.independence:
        return
    known = list(paths)
    for rule in claims.independence:
        for pattern in rule.sources:
            if not any(fnmatch.fnmatchcase(path, pattern) for path in known):
                raise ClaimsError(f'independence entry: "{pattern}" names no file in the '
                                  "corpus", path=claims.path, line=rule.line,
                                  hint="fix the path or glob (relative to the claims file), "
                                       "or add the file to `corpus`")


def unmatched_publishers(rules: Sequence[IndependenceRule],
                         candidates: Sequence[CopyCandidate]) -> list[str]:
    """Warnings for ``publisher`` rules that no loaded source's metadata names."""
    return [f"claims.yaml line {rule.line}: independence entry names publisher "
            f'"{rule.publisher}", which no source has (publishers come from `sources` '
            "metadata, front matter or HTML meta tags)"
            for rule in rules if rule.publisher is not None
            and not rule_members(rule, candidates)]
