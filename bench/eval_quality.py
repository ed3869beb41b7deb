"""Matching quality on the labelled corpora: status accuracy, and precision, recall and F1 of
the supports and conflicts relations, counted per (claim, source) pair.

Written sets: tests/quality (development: the rules were improved while reading its mistakes)
and tests/quality_heldout (written, with its labels, before crosscheck ever ran on it).
Real-news sets (tests/realnews, ECB+ articles written by others): real-dev (developed on)
and the held-out rounds real-r1, real-r2, real-r3, each scored once before anything is
changed for it. `all` scores the written sets and real-dev; a held-out round only runs when
named (or `real-heldout`, every round).

Run: python bench/eval_quality.py [--set NAME] [--verbose] [--topics]
Each corpus folder holds claims.yaml, its sources and expected.yaml (expected status and the
sources that support or conflict, per claim; ``trap: true`` marks a claim that no source
states, which must never be reported supported). ``uses_seeds: true`` copies the demo seeds in.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from crosscheck.checker import CheckConfig, check
from crosscheck.model import Relation, Status

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "realnews"
SETS = {"development": ROOT / "tests" / "quality", "heldout": ROOT / "tests" / "quality_heldout",
        "real-dev": REAL / "dev", "real-r1": REAL / "heldout" / "r1",
        "real-r2": REAL / "heldout" / "r2", "real-r3": REAL / "heldout" / "r3"}
GROUPS = {"all": ("development", "heldout", "real-dev"),
          "real-heldout": ("real-r1", "real-r2", "real-r3")}
SCORED = (Relation.SUPPORTS, Relation.CONFLICTS)


@dataclass
class Tally:
    """Counts for one relation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Quality:
    """Everything the script measures."""

    claims: int = 0
    correct_status: int = 0
    traps: int = 0
    traps_supported: list[str] = field(default_factory=list)
    relations: dict[Relation, Tally] = field(
        default_factory=lambda: {relation: Tally() for relation in SCORED})
    mistakes: list[str] = field(default_factory=list)
    topics: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Per corpus folder: (claims with the right status, claims)."""

    @property
    def status_accuracy(self) -> float:
        return self.correct_status / self.claims if self.claims else 1.0


def corpora(name: str = "development") -> Iterator[Path]:
    """Every labelled corpus folder of a set, sorted."""
    folder = SETS[name]
    yield from sorted(p for p in folder.iterdir() if (p / "expected.yaml").is_file())


def _short(path: str) -> str:
    """A source's label in expected.yaml: its file stem, or its number prefix for seeds."""
    stem = PurePosixPath(path).stem
    return stem.split("_")[0] if PurePosixPath(path).parts[0] == "seeds" else stem


def _expectations(folder: Path) -> tuple[dict[str, Any], bool]:
    data = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    if "claims" in data and isinstance(data["claims"], dict):
        return data["claims"], bool(data.get("uses_seeds"))
    return data, False


def evaluate_corpus(folder: Path, quality: Quality) -> None:
    """Run the real pipeline on one corpus and score it against its expectations."""
    expected, uses_seeds = _expectations(folder)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / folder.name
        shutil.copytree(folder, work)
        if uses_seeds:
            shutil.copytree(ROOT / "seeds", work / "seeds")
        report = check(CheckConfig(work / "claims.yaml"))
    right = total = 0
    for result in report.results:
        want = expected[result.claim.id]
        quality.claims += 1
        total += 1
        right += result.status.value == want["status"]
        label = f"{folder.name}/{result.claim.id}"
        if result.status.value == want["status"]:
            quality.correct_status += 1
        else:
            quality.mistakes.append(f"{label}: status {result.status.value}, expected "
                                    f"{want['status']}")
        if want.get("trap"):
            quality.traps += 1
            if result.status is Status.SUPPORTED:
                quality.traps_supported.append(label)
        for relation in SCORED:
            found = {_short(s) for s in result.sources_with(relation)}
            wanted = {str(s) for s in want.get(relation.value, [])}
            tally = quality.relations[relation]
            tally.tp += len(found & wanted)
            tally.fp += len(found - wanted)
            tally.fn += len(wanted - found)
            for source in sorted(found - wanted):
                quality.mistakes.append(f"{label}: {source} {relation.value} (not expected)")
            for source in sorted(wanted - found):
                quality.mistakes.append(f"{label}: {source} should {relation.value[:-1]}")
    quality.topics[folder.name] = (right, total)


def evaluate(name: str = "development") -> Quality:
    """Score every labelled corpus of a set."""
    quality = Quality()
    for folder in corpora(name):
        evaluate_corpus(folder, quality)
    return quality


def print_quality(name: str, quality: Quality, verbose: bool, topics: bool = False) -> None:
    print(f"{name}: {quality.claims} claims in {len(list(corpora(name)))} corpora; status "
          f"accuracy {quality.status_accuracy:.3f} ({quality.correct_status}/{quality.claims})")
    for relation, tally in quality.relations.items():
        print(f"  {relation.value:9}  precision {tally.precision:.3f}  recall "
              f"{tally.recall:.3f}  F1 {tally.f1:.3f}  (tp {tally.tp}, fp {tally.fp}, "
              f"fn {tally.fn})")
    print(f"  traps: {quality.traps}, reported supported: {len(quality.traps_supported)}"
          + (f" ({', '.join(quality.traps_supported)})" if quality.traps_supported else ""))
    if topics:
        for topic, (right, total) in sorted(quality.topics.items()):
            print(f"    {topic:32} status {right}/{total}")
    if verbose:
        print("\n".join(f"  {mistake}" for mistake in quality.mistakes))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=[*SETS, *GROUPS], default="all",
                        help="which labelled set to score (default: all: the written sets "
                             "and real-dev, each on its own)")
    parser.add_argument("--verbose", action="store_true", help="list every mistake")
    parser.add_argument("--topics", action="store_true", help="status per corpus folder")
    args = parser.parse_args()
    for name in GROUPS.get(args.set, (args.set,)):
        print_quality(name, evaluate(name), args.verbose, args.topics)
    return 0


if __name__ == "__main__":
    sys.exit(main())
