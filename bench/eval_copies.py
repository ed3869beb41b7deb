"""Copy detection on the labelled sample: precision and recall of grouping.

bench/copies/ holds real ECB+ articles (some of them syndicated copies of one another), the
edited copies bench/make_copies.py writes from them, and pairs.tsv, each pair labelled
"copy" (one is, for the most part, the other's text) or "not" (written separately, if
about the same event). Every file is loaded as crosscheck loads a source, the whole sample
is grouped at once as a corpus would be, and a pair counts as grouped when both of its
sources end in one group. Then the same over a sweep of the threshold and of the sequence
length and sampling, each pair also judged alone (without the rest of the corpus).

Run: python bench/eval_copies.py [--sweep] [--verbose]
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from crosscheck import copies
from crosscheck.copies import CopyCandidate, find_copies, fingerprint
from crosscheck.passages import split_passages
from crosscheck.sources import make_source

SAMPLE_DIR = Path(__file__).resolve().parent / "copies"


@dataclass(frozen=True)
class Pair:
    first: str
    second: str
    copy: bool
    kind: str


@dataclass
class Score:
    """Counts behind precision and recall of "grouped" against "labelled copy"."""

    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0

    def add(self, labelled: bool, grouped: bool) -> None:
        if labelled and grouped:
            self.true_positive += 1
        elif grouped:
            self.false_positive += 1
        elif labelled:
            self.false_negative += 1
        else:
            self.true_negative += 1

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    def line(self) -> str:
        return (f"precision {self.precision:.3f} recall {self.recall:.3f} "
                f"({self.true_positive} grouped of {self.true_positive + self.false_negative}"
                f" copies; {self.false_positive} of "
                f"{self.false_positive + self.true_negative} others grouped)")


def read_pairs() -> list[Pair]:
    with (SAMPLE_DIR / "pairs.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [Pair(r["first"], r["second"], r["label"] == "copy", r["kind"]) for r in rows]


def load_passages() -> dict[str, list[str]]:
    """Every sample file's passages, as crosscheck reads a source."""
    found = {}
    for path in sorted(SAMPLE_DIR.rglob("*.txt")):
        name = path.relative_to(SAMPLE_DIR).as_posix()
        source = make_source(name, path.read_text(encoding="utf-8"), None)
        found[name] = [p.text for p in split_passages(source)]
    return found


def group_scores(passages: dict[str, list[str]], pairs: list[Pair], words: int, sample: int,
                 share: float) -> tuple[dict[str, Score], list[tuple[Pair, bool]]]:
    """Scores by kind of pair (and "all", "real", "edited") of grouping the whole sample."""
    candidates = [CopyCandidate(name, fingerprint(texts, words, sample))
                  for name, texts in passages.items()]
    grouping = find_copies(candidates, share=share)
    scores: dict[str, Score] = {}
    decided = []
    for pair in pairs:
        grouped = grouping.original(pair.first) == grouping.original(pair.second)
        decided.append((pair, grouped))
        family = "real" if pair.kind == "real" else "edited"
        for key in dict.fromkeys(("all", family, pair.kind)):
            scores.setdefault(key, Score()).add(pair.copy, grouped)
    return scores, decided


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", action="store_true", help="also sweep the parameters")
    parser.add_argument("--verbose", action="store_true", help="list every wrong pair")
    args = parser.parse_args()
    pairs = read_pairs()
    passages = load_passages()
    labels = Counter(("copy" if p.copy else "not", "real" if p.kind == "real" else "edited")
                     for p in pairs)
    print(f"{len(passages)} files, {len(pairs)} labelled pairs: "
          + ", ".join(f"{n} {label} ({family})" for (label, family), n in sorted(labels.items())))
    started = time.perf_counter()
    scores, decided = group_scores(passages, pairs, copies.SHINGLE_WORDS, copies.SAMPLE,
                                   copies.COPY_SHARE)
    elapsed = time.perf_counter() - started
    print(f"\nshipped settings: {copies.SHINGLE_WORDS}-word sequences, 1 in {copies.SAMPLE} "
          f"kept, copy at {copies.COPY_SHARE:.2f} ({elapsed:.2f} s with fingerprints)")
    for key in sorted(scores, key=lambda k: (k not in ("all", "real", "edited"), k)):
        print(f"  {key:<34} {scores[key].line()}")
    if args.verbose:
        for pair, grouped in decided:
            if grouped != pair.copy:
                print(f"  WRONG {'grouped' if grouped else 'apart'}: {pair.first} "
                      f"{pair.second} ({pair.kind})")
    if args.sweep:
        print("\nsweep (all pairs / real pairs only):")
        for words, sample in ((4, 1), (5, 1), (5, 2), (5, 4), (5, 8), (6, 4), (8, 4)):
            for share in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
                found, _ = group_scores(passages, pairs, words, sample, share)
                print(f"  words {words} sample 1/{sample} share {share:.1f}: "
                      f"all P {found['all'].precision:.3f} R {found['all'].recall:.3f}"
                      f"  real P {found['real'].precision:.3f} R {found['real'].recall:.3f}"
                      f"  edited R {found['edited'].recall:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
