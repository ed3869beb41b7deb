"""Scan quality on the labelled corpora: precision of the top findings, recall of the
disagreements a reader finds (tests/quality/scan_expected.yaml).

Run: python bench/eval_scan.py [--verbose]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from crosscheck.checker import CheckConfig, scan_project

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
TOP = 10


@dataclass
class ScanQuality:
    """Counts behind precision at 10 and recall."""

    shown: int = 0
    correct: int = 0
    expected: int = 0
    found: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.shown if self.shown else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def evaluate() -> ScanQuality:
    """Scan every labelled corpus and score the top findings."""
    expected_all = yaml.safe_load((QUALITY / "scan_expected.yaml").read_text(encoding="utf-8"))
    quality = ScanQuality()
    for name, pairs in sorted(expected_all.items()):
        folder = QUALITY / name
        expected = {frozenset(pair) for pair in pairs}
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp) / name
            shutil.copytree(folder, work)
            if name == "kuril":
                shutil.copytree(ROOT / "seeds", work / "seeds")
            report = scan_project(CheckConfig(work / "claims.yaml"))
        top = report.disagreements[:TOP]
        got = {frozenset((f"{f.first.source}:{f.first.line}", f"{f.second.source}:{f.second.line}"))
               for f in top}
        quality.shown += len(top)
        quality.correct += len(got & expected)
        quality.expected += len(expected)
        quality.found += len(expected & {frozenset(
            (f"{f.first.source}:{f.first.line}", f"{f.second.source}:{f.second.line}"))
            for f in report.disagreements})
        quality.mistakes += [f"{name}: noise {sorted(p)}" for p in got - expected]
        quality.mistakes += [f"{name}: missed {sorted(p)}" for p in expected - got]
    return quality


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    quality = evaluate()
    print(f"scan: precision at {TOP} {quality.precision:.3f} ({quality.correct}/{quality.shown}), "
          f"recall {quality.recall:.3f} ({quality.found}/{quality.expected})")
    if args.verbose:
        print("\n".join(quality.mistakes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
