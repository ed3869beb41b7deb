"""Pipeline stage, after loading: which sources are copies of one another (syndication).

A wire story republished by other sites (verbatim, re-headlined, trimmed, a paragraph
dropped, a "Republished from" line added) is one source of evidence, not one per site. A
source is a copy of another when most of its text appears there: its passages (the cleaned
sentences, page furniture already dropped) are cut into overlapping sequences of
SHINGLE_WORDS words, and the share of one source's sequences found in the other, of the
smaller of the two, is compared with COPY_SHARE. Containment rather than overlap (Jaccard):
a truncated copy is wholly inside its original, however much of the original it left out.
Only the sequences that start at an anchor word are kept (one word in SAMPLE, chosen by a
hash of the word, so that every copy keeps the same sequences), and two sources must share
at least MIN_SHARED of them.

Stock phrases: a sequence that COMMON sources hold without being copies of one another
(furniture, a stock sentence, a template's "the mayor of X said" or "opened in 1981") is no
evidence of copying, so the stock phrases two sources share count for neither, and sources
that share nothing else are not copies. But a source that holds a stock phrase the other
lacks differs from it there, as in any other sequence: two stories written from one
template about one town are told apart by the figures and names they do not share, even
where every sequence that carries those figures is common in the corpus.

Cost is linear in the corpus: the sequences of every source are sorted once (with numpy on
corpora of VECTOR_MIN_SEQUENCES sequences or more; plain Python below, where importing
numpy would cost more than it saves), which gives each sequence its holders. The pairs of
sources that share enough sequences other than stock phrases to reach COPY_SHARE of the
smaller are counted from the holders (a sequence pairs its first COMMON holders with the
rest, so a story republished a thousand times costs no more than one republished a few
dozen times), and only those pairs are compared sequence by sequence.

Groups are stars: sources are visited in order of originality (the earliest published,
then path order) and each one joins the group of the earlier source it shares most with,
or starts a group of its own, so the original of a group is its earliest source and groups
never chain. A claims.yaml ``independence`` rule can merge groups (sources from one
publisher count once) or keep detection from grouping the sources it names.

The thresholds are measured on a labelled sample of real and edited articles
(``python bench/eval_copies.py``), the cost and the precision at scale on generated corpora
(``python -m bench.copies_cost``).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, pairwise, repeat
from operator import add
from typing import TYPE_CHECKING, Protocol

from crosscheck.errors import ClaimsError
from crosscheck.model import ClaimsFile, IndependenceRule

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

SHINGLE_WORDS = 5  # words per sequence: long enough to be rare in independent writing
SAMPLE = 2  # one word in this many anchors a sequence (by hash, so the same in every copy)
COPY_SHARE = 0.5  # share of the smaller source's sequences found in the other
MIN_SHARED = 3  # sequences two sources must share, however short they are
COMMON = 20  # sources holding a sequence that make it a stock phrase, unless they are copies
PROBE = 8  # sources compared to tell a stock phrase from a widely syndicated story
SYNDICATED_SHARE = 0.8  # what those sources share when they are copies of one story
VECTOR_MIN_SEQUENCES = 250_000  # from here numpy, its import included, is the faster (measured)
PAIR_BLOCK = 1 << 18  # pairs or sequences taken at a time with numpy, to bound its memory

_HASH_BYTES = array("I").itemsize  # 4: a fingerprint's hashes are 32-bit
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


Hashes = memoryview
"""A fingerprint read as its hashes (``memoryview(packed).cast("I")``): no copy is made."""


def unpack(packed: bytes) -> Hashes:
    """The hashes of a fingerprint."""
    return memoryview(packed).cast("I")


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


Pair = tuple[int, int]
"""Two sources by their number in order of originality, the earlier first."""


class _Holders(Protocol):
    """Which sources hold each sequence (sources numbered in order of originality)."""

    def frequent(self) -> dict[int, list[int]]:
        """Sequences that COMMON or more sources hold -> their first PROBE holders."""

    def candidates(self, stock: set[int], share: float) -> list[Pair]:
        """The pairs of sources that share sequences that are not stock phrases, at least
        ``share`` of the smaller one's, counted over the first COMMON holders of each
        sequence and the rest."""


def _might_copy(count: int, first: int, second: int, share: float) -> bool:
    """Whether two sources holding ``first`` and ``second`` sequences that are not stock
    phrases, and sharing ``count`` of them, can be copies: copy_share's denominator, the
    smaller source less the stock phrases the two share, is never below the smaller count
    of sequences that are not stock phrases."""
    return count >= share * min(first, second)


class _HolderLists:
    """Holders as Python lists: for corpora too small to pay for importing numpy."""

    def __init__(self, packed: Sequence[bytes]) -> None:
        self.prints = [unpack(hashes) for hashes in packed]
        self.holders: dict[int, list[int]] = {}
        for number, hashes in enumerate(self.prints):
            for h in hashes:
                self.holders.setdefault(h, []).append(number)

    def frequent(self) -> dict[int, list[int]]:
        return {h: found[:PROBE] for h, found in self.holders.items() if len(found) >= COMMON}

    def candidates(self, stock: set[int], share: float) -> list[Pair]:
        counts: Counter[Pair] = Counter()
        for h, found in self.holders.items():
            if len(found) > 1 and h not in stock:
                counts.update(_pairs_of(found))
        own = [len(hashes) - len(stock.intersection(hashes)) for hashes in self.prints]
        return sorted(pair for pair, count in counts.items()
                      if _might_copy(count, own[pair[0]], own[pair[1]], share))


def _pairs_of(holders: list[int]) -> Iterator[Pair]:
    """Each of the first COMMON holders with every later one."""
    for rank, first in enumerate(holders[:COMMON]):
        for second in holders[rank + 1:]:
            yield first, second


class _HolderArrays:
    """Holders from one sort of every sequence of the corpus (numpy): the same answers as
    _HolderLists, with no Python loop over sequences."""

    def __init__(self, packed: Sequence[bytes]) -> None:
        import numpy as np

        self.sources = len(packed)
        self.sizes = np.fromiter(map(len, packed), dtype=np.int64,
                                 count=len(packed)) // _HASH_BYTES
        # (hash, holder) as one 64-bit key, sorted once: by sequence, then holder (in order
        # of originality). Each half is read back through a view, never copied.
        keys = np.empty(int(self.sizes.sum()), dtype=np.uint64)
        halves = keys.view(np.uint32).reshape(-1, 2)
        low, high = (0, 1) if sys.byteorder == "little" else (1, 0)
        halves[:, high] = np.frombuffer(b"".join(packed), dtype=np.uint32)
        halves[:, low] = np.repeat(np.arange(self.sources, dtype=np.uint32), self.sizes)
        keys.sort()
        self.hashes: npt.NDArray[np.uint32] = halves[:, high]
        self.owners: npt.NDArray[np.uint32] = halves[:, low]
        first = np.ones(len(keys), dtype=bool)
        first[1:] = self.hashes[1:] != self.hashes[:-1]
        self.starts: npt.NDArray[np.int64] = np.flatnonzero(first)
        self.counts: npt.NDArray[np.int64] = np.diff(np.append(self.starts, len(keys)))

    def frequent(self) -> dict[int, list[int]]:
        return {int(self.hashes[start]): self.owners[start:start + PROBE].tolist()
                for start in self.starts[self.counts >= COMMON].tolist()}

    def candidates(self, stock: set[int], share: float) -> list[Pair]:
        import numpy as np

        stocked = np.isin(self.hashes[self.starts],
                          np.fromiter(stock, dtype=np.uint32, count=len(stock)))
        own = self.sizes - self._held(np.repeat(stocked, self.counts))
        shared = (self.counts > 1) & ~stocked
        codes = self._pair_codes(self.starts[shared], self.counts[shared])
        if not len(codes):
            return []
        codes.sort()
        new = np.ones(len(codes), dtype=bool)
        np.not_equal(codes[1:], codes[:-1], out=new[1:])
        runs = np.flatnonzero(new)  # where each pair's codes start
        del new
        counts = np.diff(runs, append=len(codes))
        found: list[Pair] = []
        for block in range(0, len(runs), PAIR_BLOCK):  # a block at a time: less memory
            firsts, seconds = np.divmod(codes[runs[block:block + PAIR_BLOCK]], self.sources)
            smaller = np.minimum(own[firsts], own[seconds])
            keep = counts[block:block + PAIR_BLOCK] >= share * smaller
            found += zip(firsts[keep].tolist(), seconds[keep].tolist(), strict=True)
        return found

    def _held(self, chosen: npt.NDArray[np.bool_]) -> npt.NDArray[np.int64]:
        """Per source, how many of the chosen (sorted) sequences it holds."""
        import numpy as np

        held = np.zeros(self.sources, dtype=np.int64)
        for block in range(0, len(chosen), PAIR_BLOCK):  # bincount makes int64 copies
            owners = self.owners[block:block + PAIR_BLOCK][chosen[block:block + PAIR_BLOCK]]
            held += np.bincount(owners, minlength=self.sources)
        return held

    def _pair_codes(self, starts: npt.NDArray[np.int64],
                    counts: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """first * sources + second for each of the first COMMON holders of each sequence
        and every later holder (one pass per rank, each over every sequence at once)."""
        import numpy as np

        ranks = range(min(COMMON, int(counts.max(initial=0)) - 1))
        sizes = [int(np.maximum(counts - rank - 1, 0).sum()) for rank in ranks]
        codes = np.empty(sum(sizes), dtype=np.int64)
        done = 0
        for rank, size in zip(ranks, sizes, strict=True):
            live = counts > rank + 1
            start, later = starts[live] + rank, counts[live] - rank - 1
            firsts = np.repeat(self.owners[start].astype(np.int64), later)
            # the positions start + 1 ... start + later of every sequence, end to end
            ends = np.cumsum(later)
            positions = np.arange(size) + np.repeat(start + 1 - (ends - later), later)
            codes[done:done + size] = firsts * self.sources + self.owners[positions]
            done += size
        return codes


def _holders(packed: Sequence[bytes]) -> _Holders:
    if sum(map(len, packed)) // _HASH_BYTES >= VECTOR_MIN_SEQUENCES:
        return _HolderArrays(packed)
    return _HolderLists(packed)


def stock_phrases(frequent: Mapping[int, list[int]], prints: Sequence[bytes]) -> set[int]:
    """The frequent sequences (held by COMMON sources or more, given with their first PROBE
    holders) that are stock phrases: the holders are compared pair by pair, and the sequence
    is stock unless most pairs share at least SYNDICATED_SHARE (a story republished that
    widely is mostly republished whole; sources built from one template share about half
    their sequences). Comparing stops once the majority is known; a pair is compared once."""
    copies: dict[Pair, bool] = {}
    stock = set()
    for h, holders in frequent.items():
        pairs = len(holders) - 1
        found = missed = 0
        for pair in pairwise(holders):
            if pair not in copies:
                copies[pair] = _mostly_shared(unpack(prints[pair[0]]), unpack(prints[pair[1]]))
            if copies[pair]:
                found += 1
            else:
                missed += 1
            if found * 2 >= pairs or missed * 2 > pairs:
                break
        if found * 2 < pairs:
            stock.add(h)
    return stock


def _mostly_shared(first: Hashes, second: Hashes) -> bool:
    """Whether SYNDICATED_SHARE of the smaller source's sequences are in the other."""
    smaller = min(len(first), len(second))
    return smaller > 0 and len(set(first).intersection(second)) >= SYNDICATED_SHARE * smaller


def copy_share(first: set[int], second: Hashes, stock: set[int]) -> float:
    """The share of the smaller source's sequences found in the other, where the stock
    phrases both hold count for neither: the measure that makes a copy. 0 when they share
    fewer than MIN_SHARED sequences, or nothing but stock phrases."""
    shared = first.intersection(second)
    common = len(shared & stock)
    if len(shared) < MIN_SHARED or common == len(shared):
        return 0.0
    return (len(shared) - common) / (min(len(first), len(second)) - common)


def _copies(pairs: Iterable[Pair], prints: Sequence[bytes], stock: set[int],
            share: float) -> dict[int, tuple[float, int]]:
    """For each source that is a copy of an earlier one, (share, the earlier source): the
    one it shares most with, the earliest of equals."""
    earlier: defaultdict[int, list[int]] = defaultdict(list)
    for first, second in pairs:
        earlier[second].append(first)
    best: dict[int, tuple[float, int]] = {}
    for second, firsts in earlier.items():
        mine = set(unpack(prints[second]))
        for first in firsts:
            found = copy_share(mine, unpack(prints[first]), stock)
            if found >= share and (second not in best or found > best[second][0]):
                best[second] = (found, first)
    return best


def find_copies(candidates: Sequence[CopyCandidate],
                rules: Sequence[IndependenceRule] = (), share: float = COPY_SHARE) -> Grouping:
    """Group near-copies, then apply the claims file's independence rules. ``share`` is
    the containment that makes a copy (a parameter for the evaluation's sweep)."""
    ordered = sorted(candidates, key=_originality)
    prints = [c.fingerprint for c in ordered]
    holders = _holders(prints)
    stock = stock_phrases(holders.frequent(), prints)
    best = _copies(holders.candidates(stock, share), prints, stock, share)
    copy_of, why = _stars(ordered, best, _kept_apart(rules, ordered))
    return _merge_declared(ordered, rules, copy_of, why)


def _kept_apart(rules: Sequence[IndependenceRule],
                ordered: Sequence[CopyCandidate]) -> dict[int, set[int]]:
    """Source number -> the ``count: separately`` rules (by number) that name it."""
    number_of = {c.path: number for number, c in enumerate(ordered)}
    apart: dict[int, set[int]] = {}
    for number, rule in enumerate(rules):
        if rule.count == "separately":
            for path in rule_members(rule, ordered):
                apart.setdefault(number_of[path], set()).add(number)
    return apart


def _stars(ordered: Sequence[CopyCandidate], best: Mapping[int, tuple[float, int]],
           apart: Mapping[int, set[int]]) -> tuple[dict[str, str], dict[str, str]]:
    """(copy -> original, copy -> why): in order of originality, each copy joins the group
    of the earlier source it shares most with, unless a rule keeps it apart from a member
    of that group. Only copies and sources that rules name are visited."""
    group_of: dict[int, int] = {}
    rules_of: dict[int, set[int]] = {}  # group -> the rules that keep its members apart
    copy_of: dict[str, str] = {}
    why: dict[str, str] = {}
    for number in sorted(best.keys() | apart.keys()):
        mine = apart.get(number, set())
        group = number
        if number in best:
            found, first = best[number]
            joined = group_of.get(first, first)
            if not mine & rules_of.get(joined, set()):
                group = group_of[number] = joined
                original = ordered[joined].path
                copy_of[ordered[number].path] = original
                why[ordered[number].path] = f"{found:.0%} of its text is in {original}'s group"
        if mine:
            rules_of.setdefault(group, set()).update(mine)
    return copy_of, why


def _merge_declared(ordered: list[CopyCandidate], rules: Sequence[IndependenceRule],
                    copy_of: dict[str, str], why: dict[str, str]) -> Grouping:
    """Groups joined by ``count: once`` rules; the merged group's original is its earliest
    source, and every other member names it."""
    if not any(rule.count == "once" for rule in rules):
        return Grouping(copy_of, why)
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
